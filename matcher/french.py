"""French typography that Babel does not do: it formats numbers and dates in the reader's
locale, but it neither elides "de" and "que" before a vowel ("d'Acme", not "de Acme") nor
writes the first of a month "1er" (CLDR's French patterns say "1 mars"). One definition for
the web pages (``api.web.i18n``) and the split document (``matcher.equity.document``).

Examples
--------
>>> elides("Acme"), elides("Élodie"), elides("Hugo"), elides("Yann"), elides("")
(True, True, False, False, False)
>>> first_of_month("1 mars 2024"), first_of_month("dimanche 1 mars 2024 à 10:00")
('1er mars 2024', 'dimanche 1er mars 2024 à 10:00')
>>> first_of_month("01/03/2024"), first_of_month("11 mars 2024")
('01/03/2024', '11 mars 2024')
>>> elide("Statut de {name}", {"name": "Ana"}, BRACES), elide("de %(n)s", {"n": "Hugo"}, PERCENT)
("Statut d'{name}", 'de %(n)s')
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["BRACES", "PERCENT", "VOWELS", "elide", "elides", "first_of_month"]

#: The letters before which French elides "de" and "que" (not h nor y: "de Hugo", "de Yann").
VOWELS = frozenset("AEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆaeiouàâäéèêëîïôöùûüœæ")

_FIRST = re.compile(r"(?<!\d)1(?=\s)")

#: "de" or "que" right before a placeholder, as Python's ``%`` writes it (``%(name)s``: the
#: pages' gettext messages) and as ``str.format`` does (``{name}``: the split document).
#: Groups: the word, the placeholder, its name.
PERCENT = re.compile(r"\b([Dd]e|[Qq]ue) (%\((\w+)\)s)")
BRACES = re.compile(r"\b([Dd]e|[Qq]ue) (\{(\w+)\})")


def elides(value: object) -> bool:
    """True if "de" or "que" before ``value`` (a name, a title) becomes "d'" or "qu'"."""
    return str(value)[:1] in VOWELS


def first_of_month(text: str) -> str:
    """``text``, a French date of the first of a month written in words, with "1er"."""
    return _FIRST.sub("1er", text, count=1)


def elide(text: str, values: Mapping[str, object], placeholders: re.Pattern[str]) -> str:
    """``text`` (a French message, before its placeholders are filled) with "de" or "que"
    written "d'" or "qu'" before each placeholder (:data:`PERCENT` or :data:`BRACES`) whose
    value :func:`elides`."""

    def one(m: re.Match[str]) -> str:
        return (
            f"{m.group(1)[:-1]}'{m.group(2)}" if elides(values.get(m.group(3), "")) else m.group(0)
        )

    return placeholders.sub(one, text)
