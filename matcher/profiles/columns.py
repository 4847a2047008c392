"""The column names of profile files, in French and English: one table read by the profile
import (:func:`matcher.profiles.parse_csv`) and by an event's attendee import
(:meth:`matcher.events.EventService.import_csv`).

A header is looked up in any case, with or without accents, spaces collapsed and ``_`` read
as a space (``Rôles cherchés``, ``roles cherches``, ``ROLES_SOUGHT``). A person's name may
come in two columns, first and last (``Prénom`` and ``Nom`` or ``Nom de famille``,
``First name`` and ``Last name``): they are joined, first name first. ``Nom`` or ``Name``
beside a first-name column is the family name; a full-name column (``Nom complet``,
``Full name``) beside a part of the name is refused, as two columns of one field are.

Examples
--------
>>> fields = column_fields(("prénom", "nom", "courriel", "ce que je propose", "besoins"))
>>> fields
{'prénom': 'first_name', 'nom': 'last_name', 'courriel': 'email', 'ce que je propose': 'offers', 'besoins': 'needs'}
>>> profile_row({"prénom": " Élodie ", "nom": "Martin", "besoins": "ventes"}, fields)
{'needs': 'ventes', 'name': 'Élodie Martin'}
>>> columns_language(fields), columns_language(("name", "what i offer", "email"))
('fr', 'en')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from matcher.errors import ColumnTwice
from matcher.languages import guess_language
from matcher.profiles.model import industry_label

__all__ = [
    "COLUMNS",
    "COLUMN_ALIASES",
    "NAME_PARTS",
    "REQUIRED",
    "aliases_of",
    "column_fields",
    "column_key",
    "columns_language",
    "imported_language",
    "imported_languages",
    "language_given",
    "missing_columns",
    "profile_row",
]

#: The columns of a profile file, as the fields of a profile are named.
COLUMNS = (
    "id",
    "name",
    "headline",
    "offers",
    "needs",
    "values",
    "roles_offered",
    "roles_sought",
    "commitment",
    "available_from",
    "location",
    "utc_offset",
    "timezone",
    "languages",
    "stage",
    "visibility",
    "consent",
    "email",
    "industries",
    "preferences",
)
#: The columns a file must have (an attendee file may leave ``id`` out).
REQUIRED = ("id", "name", "offers", "needs")

#: The two columns a name may be split into; joined into ``name``, never stored.
NAME_PARTS = ("first_name", "last_name")

_FRENCH = {
    "nom": "name",
    "nom complet": "name",
    "prénom": "first_name",
    "nom de famille": "last_name",
    "courriel": "email",
    "adresse e-mail": "email",
    "adresse mail": "email",
    "adresse électronique": "email",
    "identifiant": "id",
    "titre": "headline",
    "accroche": "headline",
    "offre": "offers",
    "apporte": "offers",
    "ce que je propose": "offers",
    "ce que j'apporte": "offers",
    "besoins": "needs",
    "besoin": "needs",
    "cherche": "needs",
    "ce que je cherche": "needs",
    "valeurs": "values",
    "rôles": "roles_offered",
    "rôles offerts": "roles_offered",
    "rôles apportés": "roles_offered",
    "rôles proposés": "roles_offered",
    "rôles recherchés": "roles_sought",
    "rôles cherchés": "roles_sought",
    "engagement": "commitment",
    "disponible à partir du": "available_from",
    "disponibilité": "available_from",
    "lieu": "location",
    "ville": "location",
    "décalage utc": "utc_offset",
    "fuseau horaire": "timezone",
    "langues": "languages",
    "langue": "languages",
    "étape": "stage",
    "visibilité": "visibility",
    "consentement": "consent",
    "secteurs": "industries",
    "préférences": "preferences",
}
_ENGLISH = {
    **{field.replace("_", " "): field for field in COLUMNS if field not in ("id", "email")},
    "full name": "name",
    "first name": "first_name",
    "given name": "first_name",
    "last name": "last_name",
    "family name": "last_name",
    "surname": "last_name",
    "title": "headline",
    "offer": "offers",
    "what i offer": "offers",
    "what i bring": "offers",
    "need": "needs",
    "what i need": "needs",
    "what i look for": "needs",
    "looking for": "needs",
    "roles": "roles_offered",
    "time zone": "timezone",
    "language": "languages",
    "email address": "email",
    "e-mail address": "email",
    "industry": "industries",
}
_EITHER = {"id": "id", "email": "email", "e-mail": "email", "mail": "email"}


def column_key(header: str) -> str:
    """How a header is looked up: lower case, no accents, spaces collapsed, ``_`` a space,
    the typographic apostrophe (U+2019) a straight one (:func:`~matcher.profiles.model.industry_label`).

    Examples
    --------
    >>> column_key(" Ce que J\\u2019apporte "), column_key("ROLES_SOUGHT")
    ("ce que j'apporte", 'roles sought')
    """
    return industry_label(header.replace("_", " ").replace("\u2019", "'"))


def _keyed(table: Mapping[str, str]) -> dict[str, str]:
    return {column_key(name): field for name, field in table.items()}


_FRENCH_KEYS, _ENGLISH_KEYS, _EITHER_KEYS = _keyed(_FRENCH), _keyed(_ENGLISH), _keyed(_EITHER)

#: Every column name understood, French and English, as :func:`column_key` writes it, and
#: the field it fills (a profile's, or one of :data:`NAME_PARTS`).
COLUMN_ALIASES = _ENGLISH_KEYS | _FRENCH_KEYS | _EITHER_KEYS

#: The language of a column name, where it has one (``rôles`` and ``roles`` read alike:
#: neither language's).
_LANGUAGE_OF = {
    **dict.fromkeys(_FRENCH_KEYS.keys() - _ENGLISH_KEYS.keys() - _EITHER_KEYS.keys(), "fr"),
    **dict.fromkeys(_ENGLISH_KEYS.keys() - _FRENCH_KEYS.keys() - _EITHER_KEYS.keys(), "en"),
}


def aliases_of(field: str) -> list[str]:
    """A few names a column for ``field`` may have, for a hint: the field's own, then the
    first other English name and the first French name of the table.

    Examples
    --------
    >>> aliases_of("needs"), aliases_of("id")
    (['needs', 'need', 'besoins'], ['id', 'identifiant'])
    """
    english = [n for n, f in _ENGLISH.items() if f == field and n != field.replace("_", " ")]
    french = [n for n, f in _FRENCH.items() if f == field]
    return [field, *english[:1], *french[:1]]


def missing_columns(fields: Sequence[str]) -> tuple[str, str]:
    """What a file without a column for each of ``fields`` is told, by a profile import and
    an attendee import alike: the names each column may have, English and French
    (:func:`aliases_of`), and the hint to add them.

    Examples
    --------
    >>> missing_columns(["needs"])
    ('needs / need / besoins', "add it to the file's first line, by one of these names")
    >>> missing_columns(["name", "offers"])[0]
    'name / full name / nom, offers / offer / offre'
    """
    value = ", ".join(" / ".join(aliases_of(f)) for f in fields)
    hint = (
        "add "
        + ("it" if len(fields) == 1 else "one column for each")
        + " to the file's first line, by one of these names"
    )
    return value, hint


def column_fields(header: Iterable[str], *, source: str | None = None) -> dict[str, str]:
    """Each header name (empty ones left out) and the field its column fills: a profile
    field, one of :data:`NAME_PARTS`, or the name itself when it means none (an unknown
    column, for the caller to list or refuse).

    Two columns that mean the same field are refused (field ``columns``): one of them
    would be dropped, silently; ``source`` (the file's name) begins the message.

    Examples
    --------
    >>> column_fields(["First name", "Last name", "What I offer", "Besoins"])
    {'First name': 'first_name', 'Last name': 'last_name', 'What I offer': 'offers', 'Besoins': 'needs'}
    >>> column_fields(["Nom", "Nom complet"])
    Traceback (most recent call last):
    ...
    matcher.errors.ColumnTwice: columns 'Nom' and 'Nom complet' both mean name (got 'Nom, Nom complet'); keep one of them, or rename the other
    """
    fields = {h: COLUMN_ALIASES.get(column_key(h), h) for h in header if h}
    if "first_name" in fields.values() and "last_name" not in fields.values():
        for h, field in fields.items():  # "Prénom;Nom": the name beside it is the family name
            if field == "name" and column_key(h) in ("nom", "name"):
                fields[h] = "last_name"
                break
    seen: dict[str, str] = {}
    twice: tuple[str, str, str] | None = None
    for h, field in fields.items():
        if field in seen:
            twice = twice or (seen[field], h, field)
        seen[field] = h
    parts = [seen[part] for part in NAME_PARTS if part in seen]
    if "name" in seen and parts:  # a whole name beside a part of it: which one is meant?
        twice = twice or (seen["name"], parts[0], "name")
    if twice is not None:
        first, second, field = twice
        raise ColumnTwice(
            (f"{source}: " if source else "")
            + f"columns {first!r} and {second!r} both mean {field.replace('_', ' ')}",
            field="columns",
            value=f"{first}, {second}",
            hint="keep one of them, or rename the other",
        )
    return fields


def profile_row(cells: Mapping[str, Any], fields: Mapping[str, str]) -> dict[str, Any]:
    """A row's cells under the fields their columns fill (:func:`column_fields`); a first
    and a last name joined into ``name`` (:func:`column_fields` refuses them beside a
    whole-name column).

    Examples
    --------
    >>> fields = column_fields(["First name", "Last name"])
    >>> profile_row({"First name": "Ana", "Last name": " van  Dijk "}, fields)
    {'name': 'Ana van Dijk'}
    >>> profile_row({"First name": "Ana"}, fields)
    {'name': 'Ana'}
    """
    row = {fields.get(h, h): v for h, v in cells.items()}
    parts = [row.pop(part, None) for part in NAME_PARTS]
    joined = " ".join(" ".join(str(p).split()) for p in parts if p is not None and str(p).strip())
    if joined and "name" not in row:
        row["name"] = joined
    return row


def columns_language(header: Iterable[str]) -> str | None:
    """``fr`` or ``en``: the language most of a file's column names are in; None when as
    many are in each (``id``, ``e-mail`` and unknown names are in neither).

    Examples
    --------
    >>> columns_language(["Nom", "E-mail", "Offre", "Besoins"])
    'fr'
    >>> columns_language(["id", "e-mail", "rôles"]) is None
    True
    """
    langs = [_LANGUAGE_OF.get(column_key(h)) for h in header]
    fr, en = langs.count("fr"), langs.count("en")
    return "fr" if fr > en else "en" if en > fr else None


#: The texts of a row its language is guessed from (the name says nothing of it).
_TEXTS = ("headline", "offers", "needs", "values")


def imported_language(row: Mapping[str, Any], file_language: str) -> str:
    """The language of a person imported without one (no ``languages`` column, or an
    empty cell): the language of their own texts (:func:`~matcher.languages.guess_language`
    over headline, offers, needs and values), else ``file_language`` (the caller's: the
    language of the file's column names, :func:`columns_language`, else the organiser's).

    Examples
    --------
    >>> imported_language({"offers": "Je développe des applications", "needs": "un associé"}, "en")
    'fr'
    >>> imported_language({"offers": "Python, SQL", "needs": "ventes B2B"}, "fr")
    'fr'
    >>> imported_language({"offers": "I build the app", "needs": "un associé"}, "fr")
    'en'
    """
    texts = " ".join(str(row[f]) for f in _TEXTS if isinstance(row.get(f), str))
    return guess_language(texts) or file_language


def imported_languages(row: Mapping[str, Any], file_language: str) -> str:
    """The ``languages`` cell of a person imported without one: :func:`imported_language`
    first (the language they are written to in: e-mails go in a profile's first language
    of the pages when it names two), then English, the profile default, which stays among
    them: a guess never keeps anyone from the people they would have met before (a
    language in common is a hard filter of the matching, and so of an event's plan).

    Examples
    --------
    >>> imported_languages({"offers": "Je développe des applications"}, "en")
    'fr;en'
    >>> imported_languages({"offers": "I build the app"}, "fr"), imported_languages({}, "en")
    ('en', 'en')
    """
    first = imported_language(row, file_language)
    return ";".join(dict.fromkeys((first, "en")))


def language_given(row: Mapping[str, Any]) -> bool:
    """Whether a row of a file names a language: a ``languages`` cell, key or list that is
    not empty (a profile import or an attendee import gives the others
    :func:`imported_languages`).

    Examples
    --------
    >>> language_given({"languages": "fr"}), language_given({"languages": " "}), language_given({})
    (True, False, False)
    >>> language_given({"languages": []}), language_given({"languages": None})
    (False, False)
    """
    value = row.get("languages")
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return not isinstance(value, list | tuple) or bool(value)
