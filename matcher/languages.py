"""The languages cofoundry writes to people in: its pages, e-mails, agendas and documents.

One definition for an account's language (:mod:`matcher.accounts`), a page's
(:mod:`api.web.i18n`, one catalogue each) and a split document's
(:mod:`matcher.equity.document`). A profile's *text* may be in any language; the languages
the text space tells apart are :data:`matcher.matching.textspace.LANGUAGES`, another idea.
This module is part of the floor (pure, no I/O), so every domain may import it.

Examples
--------
>>> LANGS
('en', 'fr')
"""

from __future__ import annotations

__all__ = ["LANGS"]

LANGS = ("en", "fr")
