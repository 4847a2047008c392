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
"""

from __future__ import annotations

import re

__all__ = ["VOWELS", "elides", "first_of_month"]

#: The letters before which French elides "de" and "que" (not h nor y: "de Hugo", "de Yann").
VOWELS = frozenset("AEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆaeiouàâäéèêëîïôöùûüœæ")

_FIRST = re.compile(r"(?<!\d)1(?=\s)")


def elides(value: object) -> bool:
    """True if "de" or "que" before ``value`` (a name, a title) becomes "d'" or "qu'"."""
    return str(value)[:1] in VOWELS


def first_of_month(text: str) -> str:
    """``text``, a French date of the first of a month written in words, with "1er"."""
    return _FIRST.sub("1er", text, count=1)
