"""The languages cofoundry writes to people in: its pages, e-mails, agendas and documents.

One definition for an account's language (:mod:`matcher.accounts`), a page's
(:mod:`api.web.i18n`, one catalogue each) and a split document's
(:mod:`matcher.equity.document`). A profile's *text* may be in any language; the languages
the text space tells apart are :data:`matcher.matching.textspace.LANGUAGES`, another idea.
This module is part of the floor (pure, no I/O), so every domain may import it.

It also tells a French text from an English one by its function words
(:func:`guess_language`): the text space centres each language apart
(:mod:`matcher.matching.textspace`), and an attendee file that names no language gives each
person the one of their own texts (:func:`matcher.profiles.imported_language`).

Examples
--------
>>> LANGS
('en', 'fr')
"""

from __future__ import annotations

import re

__all__ = ["LANGS", "guess_language", "text_language"]

LANGS = ("en", "fr")

_WORD = re.compile(r"[a-zàâäçéèêëîïôöûùüÿœ']+")
_FRENCH = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "une",
        "un",
        "et",
        "je",
        "j",
        "de",
        "du",
        "d",
        "pour",
        "qui",
        "que",
        "qu",
        "avec",
        "dans",
        "sur",
        "est",
        "pas",
        "mon",
        "ma",
        "mes",
        "nous",
        "vous",
        "ai",
        "suis",
        "sais",
        "cherche",
        "quelqu",
        "au",
        "aux",
        "ce",
        "cette",
        "ou",
        "mais",
        "très",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "i",
        "a",
        "of",
        "to",
        "for",
        "who",
        "with",
        "in",
        "on",
        "is",
        "my",
        "an",
        "want",
        "need",
        "someone",
        "looking",
        "have",
        "am",
        "can",
        "our",
        "we",
        "you",
        "that",
        "at",
        "or",
        "but",
    ]
)


def guess_language(text: str) -> str | None:
    """``fr`` or ``en``, the language whose function words (le, de, je, ... / the, of, I, ...)
    a text has more of; None when it has as many of each (none: a list of skills, a name).

    Examples
    --------
    >>> guess_language("Je cherche quelqu'un qui sache vendre aux hôpitaux.")
    'fr'
    >>> guess_language("I need someone who can sell to hospitals")
    'en'
    >>> guess_language("Python, SQL, React") is None, guess_language("") is None
    (True, True)
    """
    words = _WORD.findall(text.lower().replace("\u2019", "'"))
    parts = [p for w in words for p in w.split("'") if p]
    french = sum(p in _FRENCH for p in parts)
    english = sum(p in _ENGLISH for p in parts)
    return "fr" if french > english else "en" if english > french else None


def text_language(text: str) -> str:
    """``fr`` when a text has more French than English function words, else ``en``
    (:func:`guess_language`, English when it cannot tell).

    Examples
    --------
    >>> text_language("Je cherche quelqu'un qui sache vendre aux hôpitaux.")
    'fr'
    >>> text_language("Growth marketer, je fais du SEO for B2B startups and the like")
    'en'
    >>> text_language("")
    'en'
    """
    return guess_language(text) or "en"
