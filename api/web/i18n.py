"""The language of the pages: the user's choice (``?lang=`` or the switch, kept in a cookie),
else the browser's ``Accept-Language``, else English; and the translator over the catalogue.

The catalogue is a plain dict per language (:mod:`api.web.catalogue`) rather than gettext
``.po`` files through Babel: two languages and a few hundred short strings need no compile
step, no extraction tool and no new dependency, and a test checks that both languages have
exactly the same keys and the same ``{placeholders}``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from api.web.catalogue import MESSAGES

__all__ = ["DEFAULT", "LANGS", "Translator", "negotiate", "pick_language"]

LANGS = ("en", "fr")
DEFAULT = "en"
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


class _Keep(dict[str, object]):
    """Format values; a placeholder without a value stays as it is (never an error page)."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True, slots=True)
class Translator:
    """``t(key, **values)``: the message ``key`` in ``lang`` with its ``{placeholders}`` filled.

    A missing key is a bug (the catalogue test catches it); it shows the key rather than fail.

    Examples
    --------
    >>> t = Translator("fr")
    >>> t("nav.signout")
    'Se déconnecter'
    >>> Translator("en")("flash.avoid_added", v="bob")
    'bob is on your avoid list.'
    >>> Translator("en")("flash.avoid_added")  # a missing value shows its placeholder
    '{v} is on your avoid list.'
    """

    lang: str
    messages: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: MESSAGES)

    def __call__(self, key: str, **values: object) -> str:
        text = self.messages[self.lang].get(key)
        if text is None:
            return key
        return text.format_map(_Keep(values))

    def has(self, key: str) -> bool:
        """True if ``key`` is in the catalogue."""
        return key in self.messages[self.lang]
