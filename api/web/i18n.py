"""The reader's language, and the translator that speaks it: gettext catalogues and Babel.

The language of a page is the user's choice (``?lang=`` or the switch, kept in a cookie),
else the browser's ``Accept-Language``, else English (:func:`pick_language`).

English is the source language: the msgids of the catalogue are the English texts, as the
code and the templates write them (``_("Sign in")``), so a page in English needs no
catalogue and a translator reads the sentence to translate, not a key. French lives in
``api/web/locale/fr/LC_MESSAGES/messages.po``, managed with Babel (:mod:`api.web.translations`).
Where one English word has two French ones (``sales``: a role, *vente*, or a kind of
contribution, *ventes*), the message has a context (``pgettext``); the labels of the
enumerations all have one (:mod:`api.web.labels`).

:func:`translator` gives the :class:`Translator` of a language anywhere, in a request or not
(an e-mail, a CSV export, a printed page): messages with their plural forms, and numbers,
percentages and dates in the reader's locale.
"""

from __future__ import annotations

import datetime as dt
import gettext as gettext_module
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import cache

from babel import Locale
from babel.core import get_global
from babel.dates import (
    format_date,
    format_datetime,
    format_time,
    format_timedelta,
    get_timezone_location,
)
from babel.numbers import format_decimal, format_percent, get_decimal_symbol
from babel.units import format_unit

from matcher import french
from matcher.csvio import CsvStyle
from matcher.equity import finite_decimal
from matcher.errors import InvalidInput
from matcher.languages import LANGS

__all__ = [
    "DEFAULT",
    "LANGS",
    "NC_",
    "NN_",
    "N_",
    "SOURCE",
    "Message",
    "Translator",
    "elide",
    "negotiate",
    "pick_language",
    "rounded",
    "translator",
]

DEFAULT = "en"
#: The language of the msgids: its pages need no catalogue.
SOURCE = "en"
_RANGE = re.compile(r"^\s*([A-Za-z]{1,8})(?:-[A-Za-z0-9]{1,8})*\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*$")


def negotiate(accept_language: str | None) -> str:
    """The best of our languages for an ``Accept-Language`` header (English if none fits).

    Examples
    --------
    >>> negotiate("fr-CA,fr;q=0.9,en;q=0.8"), negotiate("de, en;q=0.5"), negotiate(None)
    ('fr', 'en', 'en')
    >>> negotiate("en;q=0.2, fr;q=0.7"), negotiate("garbage;;")
    ('fr', 'en')
    """
    best, best_q = DEFAULT, -1.0
    for i, part in enumerate((accept_language or "").split(",")[:20]):
        m = _RANGE.match(part)
        if not m:
            continue
        lang = m.group(1).lower()
        try:
            q = float(m.group(2)) if m.group(2) else 1.0
        except ValueError:
            continue
        q -= i * 1e-6  # equal weights: the first one listed wins
        if lang in LANGS and q > best_q and q > 0:
            best, best_q = lang, q
    return best


def pick_language(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    """The page's language: the query's, else the cookie's, else negotiated from the header.

    Examples
    --------
    >>> pick_language("fr", "en", "en"), pick_language(None, "fr", "en"), pick_language("xx", None, "fr")
    ('fr', 'fr', 'fr')
    """
    for choice in (query, cookie):
        if choice in LANGS:
            return str(choice)
    return negotiate(accept_language)


# ------------------------------------------------------------------ markers
def N_(message: str) -> str:
    """Mark ``message`` for extraction, to be translated later (``gettext_noop``).

    Examples
    --------
    >>> N_("Sign in")
    'Sign in'
    """
    return message


@dataclass(frozen=True, slots=True)
class Message:
    """A message kept for later: its msgid, and its plural or its context when it has one."""

    msgid: str
    plural: str | None = None
    context: str | None = None


def NC_(context: str, message: str) -> Message:
    """Mark ``message`` with its ``context`` for extraction (``pgettext_noop``).

    Examples
    --------
    >>> translator("fr").message(NC_("role", "sales")), translator("fr").message(NC_("contribution kind", "sales"))
    ('vente', 'ventes')
    """
    return Message(message, context=context)


def NN_(singular: str, plural: str) -> Message:
    """Mark a message and its plural for extraction (``ngettext_noop``).

    Examples
    --------
    >>> m = NN_("%(num)s attendee added.", "%(num)s attendees added.")
    >>> translator("en").message(m, 1), translator("fr").message(m, 2)
    ('1 attendee added.', '2 inscriptions ajoutées.')
    """
    return Message(singular, plural=plural)


def rounded(x: float | Decimal | Fraction, places: int = 2) -> Decimal:
    """``x`` as :meth:`Translator.number` writes it with ``places`` decimals, as a number:
    the count that picks the plural form of that text (``1.00`` is plural in English).

    >>> rounded(Fraction(1, 3)), rounded(1)
    (Decimal('0.33'), Decimal('1.00'))
    """
    if isinstance(x, Fraction):
        x = Decimal(x.numerator) / Decimal(x.denominator)
    return Decimal(str(x) if isinstance(x, float) else x).quantize(Decimal(1).scaleb(-places))


# --------------------------------------------------------------- translator
def _fill(text: str, values: dict[str, object]) -> str:
    """``%(name)s`` placeholders filled; a message given no values is returned as it is."""
    return text % values if values else text


def elide(lang: str, text: str, values: Mapping[str, object]) -> str:
    """``text`` with the French ``de``/``que`` before a placeholder whose value begins with a
    vowel elided (``Statut d'Alice``, not ``Statut de Alice``); other languages as they are.

    >>> elide("fr", "Statut de %(name)s", {"name": "Élodie"}), elide("fr", "Statut de %(name)s", {"name": "Bob"})
    ("Statut d'%(name)s", 'Statut de %(name)s')
    >>> elide("en", "Status of %(name)s", {"name": "Ana"})
    'Status of %(name)s'
    """
    return french.elide(text, values, french.PERCENT) if lang == "fr" and values else text


@dataclass(frozen=True, slots=True)
class Translator:
    """Messages, numbers and dates in one language: ``t.gettext("Hello %(name)s", name=n)``.

    Placeholders are ``%(name)s`` (Python's, flagged ``python-format`` by Babel, so a
    translation that drops or renames one fails ``pybabel compile``). With ``ngettext``,
    ``%(num)s`` is the count written in the reader's locale.

    Examples
    --------
    >>> fr = translator("fr")
    >>> fr.gettext("Sign out"), translator("en").gettext("Sign out")
    ('Se déconnecter', 'Sign out')
    >>> fr.gettext("Welcome, %(name)s", name="Zoé")
    'Bienvenue, Zoé'
    >>> [fr.ngettext("%(num)s no-show", "%(num)s no-shows", n) for n in (0, 1, 2)]
    ['0 absence', '1 absence', '2 absences']
    >>> fr.percent(0.125, 1), translator("en").percent(0.125, 1)
    ('12,5\\xa0%', '12.5%')
    >>> fr.date(dt.date(2026, 12, 4)), translator("en").date(dt.date(2026, 12, 4))
    ('4 décembre 2026', 'December 4, 2026')
    """

    lang: str
    translations: gettext_module.NullTranslations
    locale: Locale

    # messages
    def gettext(self, message: str, /, **values: object) -> str:
        """``message`` in this language, its ``%(name)s`` placeholders filled from ``values``."""
        return _fill(elide(self.lang, self.translations.gettext(message), values), values)

    def ngettext(self, singular: str, plural: str, n: float | Decimal, /, **values: object) -> str:
        """The form of the message for ``n`` (``%(num)s`` is ``n`` in the reader's locale);
        ``n`` may be a setting's figure that is not whole, or an amount (:meth:`plural_count`)."""
        values.setdefault("num", self.figure(n))
        count = self.plural_count(n)
        return _fill(
            elide(self.lang, self.translations.ngettext(singular, plural, count), values), values
        )

    def pgettext(self, context: str, message: str, /, **values: object) -> str:
        """``message`` as meant in ``context`` (``sales`` as a role, or as a kind of contribution)."""
        return _fill(elide(self.lang, self.translations.pgettext(context, message), values), values)

    def npgettext(
        self, context: str, singular: str, plural: str, n: float, /, **values: object
    ) -> str:
        """:meth:`ngettext` with a context."""
        values.setdefault("num", self.figure(n))
        count = self.plural_count(n)
        return _fill(
            elide(self.lang, self.translations.npgettext(context, singular, plural, count), values),
            values,
        )

    def message(self, message: Message | str, n: float | None = None, /, **values: object) -> str:
        """A message marked earlier with :func:`N_`, :func:`NC_` or :func:`NN_` (``n`` for a plural)."""
        if isinstance(message, str):
            return self.gettext(message, **values)
        if message.plural is not None:
            count = 0 if n is None else n
            if message.context is not None:
                return self.npgettext(
                    message.context, message.msgid, message.plural, count, **values
                )
            return self.ngettext(message.msgid, message.plural, count, **values)
        if message.context is not None:
            return self.pgettext(message.context, message.msgid, **values)
        return self.gettext(message.msgid, **values)

    # numbers and dates
    def plural_count(self, x: float | Decimal) -> int:
        """The whole number that picks the plural form of ``x`` (a setting such as 0.5
        minutes) for :meth:`ngettext`: ``x`` when it is whole; for a fraction, 1 where the
        language counts it as one (French: *0,5 minute*), else 2 (*0.5 minutes*). A
        :class:`~decimal.Decimal` counts as it is written, its decimals shown too (CLDR's
        rule, through Babel; :func:`rounded`): English says *1.00 slices*, French *1,00
        part*.

        Examples
        --------
        >>> fr, en = translator("fr"), translator("en")
        >>> fr.plural_count(20.0), fr.plural_count(0.5), en.plural_count(0.5), fr.plural_count(2.5)
        (20, 1, 2, 2)
        >>> en.plural_count(Decimal("1.00")), fr.plural_count(Decimal("1.00")), en.plural_count(Decimal(1))
        (2, 1, 1)
        """
        if isinstance(x, Decimal) and isinstance(e := x.as_tuple().exponent, int) and e < 0:
            return 1 if self.locale.plural_form(x) == "one" else 2
        if float(x).is_integer():
            return int(x)
        return 1 if self.locale.plural_form(Decimal(repr(float(x)))) == "one" else 2

    def integer(self, n: int) -> str:
        """A whole number with the locale's grouping (``12 345`` in French).

        Examples
        --------
        >>> translator("fr").integer(12345) == "12\\u202f345", translator("en").integer(12345)
        (True, '12,345')
        """
        return format_decimal(n, format="#,##0", locale=self.locale)

    def megabytes(self, size: int) -> str:
        """A size in bytes in megabytes, rounded up to 2 decimals (a file one byte over 1 MB
        is not "1 MB"), with the locale's unit (``1,05 Mo`` in French).

        Examples
        --------
        >>> translator("fr").megabytes(1_049_001), translator("en").megabytes(1_000_000)
        ('1,05\u202fMo', '1 MB')
        """
        return format_unit(
            math.ceil(size / 10_000) / 100,
            "digital-megabyte",
            length="short",
            format="#,##0.##",
            locale=self.locale,
        )

    def number(self, x: float | Decimal | Fraction | int, places: int = 2) -> str:
        """``x`` with exactly ``places`` decimals, in the locale (``0,50`` in French).

        Examples
        --------
        >>> translator("fr").number(0.5), translator("en").number(Fraction(50_000, 3), 1)
        ('0,50', '16,666.7')
        """
        if isinstance(x, Fraction):
            x = Decimal(x.numerator) / Decimal(x.denominator)
        pattern = "#,##0" + ("." + "0" * places if places > 0 else "")
        return format_decimal(x, format=pattern, locale=self.locale)

    def figure(self, x: float | Decimal | Fraction | int) -> str:
        """A figure as people write it, in the locale: a whole number without decimals
        (``10``, not ``10.00``), a decimal with the places it has (``0,5``; ``2 469,12`` for
        61728/25), a fraction that never ends to 2 places and ``…`` (``16 666,67…``).

        Examples
        --------
        >>> fr, en = translator("fr"), translator("en")
        >>> fr.figure(10.0), fr.figure(0.5), en.figure(Fraction(61728, 25)), en.figure(Fraction(1, 3))
        ('10', '0,5', '2,469.12', '0.33…')
        >>> en.figure(Decimal("2500.00")), en.figure(0.1)
        ('2,500', '0.1')
        """
        if isinstance(x, Fraction):
            exact = finite_decimal(x)
            if exact is None:  # it never ends: 2 places and an ellipsis
                return self.number(x, 2) + "…"
            x = exact
        elif isinstance(x, float):
            x = Decimal(repr(x))  # the shortest decimal that reads back as x
        elif isinstance(x, int):
            return self.integer(x)
        exponent = x.normalize().as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        return self.number(x, places)

    def percent(self, ratio: float | Decimal | Fraction, places: int = 0) -> str:
        """A ratio as a percentage in the locale, with exactly ``places`` decimals.

        Examples
        --------
        >>> translator("fr").percent(Decimal("0.5")), translator("en").percent(0.25, 2)
        ('50\\xa0%', '25.00%')
        """
        if isinstance(ratio, Fraction):
            ratio = Decimal(ratio.numerator) / Decimal(ratio.denominator)
        pattern = self.locale.percent_formats[None].pattern
        if places > 0:  # the locale's pattern ("#,##0 %"), with its decimals
            pattern = pattern.replace("0", "0." + "0" * places, 1)
        return format_percent(ratio, format=pattern, locale=self.locale)

    def csv_style(self) -> CsvStyle:
        """How a CSV file downloaded from a page writes its values for this reader, who opens
        it in a spreadsheet: the locale's short date with its full year, numbers with the
        locale's decimal sign and no grouping (exact, as a spreadsheet reads them), and
        semicolons between cells where the decimal sign is a comma (as French Excel reads
        and saves them). The API's and the CLI's files keep :data:`matcher.csvio.MACHINE`.

        Examples
        --------
        >>> fr, en = translator("fr").csv_style(), translator("en").csv_style()
        >>> fr.delimiter, fr.day(dt.date(2024, 1, 8)), fr.number(Decimal("16666.6667"))
        (';', '08/01/2024', '16666,6667')
        >>> en.delimiter, en.day(dt.date(2024, 1, 8)), en.number(Decimal("33.33"))
        (',', '1/8/2024', '33.33')
        """
        sign = get_decimal_symbol(self.locale)
        pattern = re.sub(r"y+", "y", self.locale.date_formats["short"].pattern)

        def day(d: dt.date) -> str:
            return format_date(d, pattern, locale=self.locale)

        def number(x: Decimal) -> str:
            return str(x).replace(".", sign)

        return CsvStyle(";" if sign == "," else ",", day, number)

    def language(self, code: str) -> str:
        """A language's name from its ISO 639-1 code, in this language (an unknown code as is).

        Examples
        --------
        >>> translator("fr").language("en"), translator("en").language("fr"), translator("en").language("zz")
        ('anglais', 'French', 'zz')
        """
        name = self.locale.languages.get(code)
        return str(name) if name else code

    def date(self, day: dt.date, format: str = "long") -> str:
        """A day in the locale (``4 décembre 2026``, ``December 4, 2026``); never ISO in prose.

        French writes the first of a month ``1er``, which CLDR's patterns do not say:

        >>> translator("fr").date(dt.date(2024, 3, 1)), translator("fr").date(dt.date(2024, 3, 1), "short")
        ('1er mars 2024', '01/03/2024')
        """
        text = format_date(day, format=format, locale=self.locale)
        if self.lang == "fr" and day.day == 1:
            text = french.first_of_month(text)
        return text

    def time(self, moment: dt.time | dt.datetime, format: str = "short") -> str:
        """A time of day in the locale (``12:06``, ``12:06 PM``)."""
        return format_time(moment, format=format, locale=self.locale)

    def zone(self, name: str) -> str:
        """A time zone as a reader says it: by its city in the reader's language (``Paris
        time``, ``heure de Londres``), the one way every page and letter names a zone (the
        pages keep the IANA name in a ``title``). A zone CLDR files under another city
        (``America/Montreal`` under Toronto) keeps its own city; ``UTC`` and a name Babel
        does not know show as they are.

        >>> translator("fr").zone("Europe/London"), translator("en").zone("America/Montreal")
        ('heure de Londres', 'Montreal time')
        >>> translator("fr").zone("America/New_York"), translator("en").zone("UTC")
        ('heure de New York', 'UTC')
        """
        if not name or "/" not in name or name.startswith("Etc/"):
            return name
        if get_global("zone_aliases").get(name, name) != name:  # filed under another city
            city = name.rsplit("/", 1)[-1].replace("_", " ")
        else:
            try:
                city = get_timezone_location(name, locale=self.locale, return_city=True)
            except LookupError:
                return name
        return self.gettext("%(city)s time", city=city)

    def datetime(self, moment: dt.datetime, format: str = "long") -> str:
        """A date and time in the locale."""
        return format_datetime(moment, format=format, locale=self.locale)

    def ago(self, moment: dt.datetime, now: dt.datetime) -> str:
        """How long before ``now`` a moment was, in words and without a time zone to get
        wrong (two sessions opened the same day differ by when each was last used).

        >>> now = dt.datetime(2026, 12, 6, 12, tzinfo=dt.UTC)
        >>> translator("en").ago(now - dt.timedelta(minutes=5), now)
        '5 minutes ago'
        >>> translator("fr").ago(now - dt.timedelta(days=3), now)
        'il y a 3 jours'
        """
        return format_timedelta(moment - now, add_direction=True, locale=self.locale)


@cache
def translator(lang: str) -> Translator:
    """The translator of ``lang`` (one of :data:`LANGS`), loaded once; usable outside a request.

    English, the source language, needs no catalogue; French reads the compiled ``.mo``.

    Examples
    --------
    >>> translator("fr").gettext("Sign in")
    'Se connecter'
    >>> translator("de")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: language must be one of en, fr (got 'de'); add its catalogue under api/web/locale first
    """
    if lang not in LANGS:
        raise InvalidInput(
            f"language must be one of {', '.join(LANGS)}",
            field="lang",
            value=lang,
            hint="add its catalogue under api/web/locale first",
        )
    # the catalogue files are read on first use (and `python -m api.web.translations` runs
    # without this package having imported it first)
    from api.web.translations import load

    translations = gettext_module.NullTranslations() if lang == SOURCE else load(lang)
    return Translator(lang, translations, Locale.parse(lang))
