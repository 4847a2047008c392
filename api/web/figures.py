"""The domain's limits the pages say: in the forms' hints (``maxlength``, ``max``,
``minlength``) and in the error sentences (:data:`api.web.feedback.FIGURES`). Read from the
domain, never written again in the shell."""

from __future__ import annotations

from matcher.accounts import (
    MAX_INVITE_DAYS,
    MAX_INVITE_USES,
    MAX_LABEL,
    MAX_NAME,
    MAX_PASSWORD,
    MIN_PASSWORD,
)
from matcher.equity import MAX_AMOUNT, MAX_NOTE, MAX_REASON, MAX_VENTURE_NAME
from matcher.events import BADGE_CODE_LENGTH, MAX_EVENT_NAME, MAX_GROUP, MAX_ROUNDS, MAX_VENUE
from matcher.ids import MAX_ID
from matcher.mail import MAX_ADDRESS
from matcher.profiles import LIMITS
from matcher.trust import MAX_PROJECT, MAX_TEXT

__all__ = ["FORM_LIMITS"]

#: The domain's limits, for the forms' hints (``maxlength``, ``max``, ``minlength``): a browser
#: stops a long value before it is sent; the domain checks every value again.
FORM_LIMITS = {
    "id": MAX_ID,
    "name": MAX_NAME,
    "email": MAX_ADDRESS,
    "password": MAX_PASSWORD,
    "min_password": MIN_PASSWORD,
    "label": MAX_LABEL,
    "invite_days": MAX_INVITE_DAYS,
    "invite_uses": MAX_INVITE_USES,
    "profile_name": LIMITS["name"],
    "headline": LIMITS["headline"],
    "location": LIMITS["location"],
    # what one brings, looks for and how one works: one limit (a browser cuts a pasted text
    # at it, so the form says it)
    "profile_text": LIMITS["offers"],
    # up to `industries` labels of `industry` characters, with ", " between them
    "industries": LIMITS["industries"] * (LIMITS["industry"] + 4),
    "rounds": MAX_ROUNDS,
    "group": MAX_GROUP,
    "event_name": MAX_EVENT_NAME,
    "venue": MAX_VENUE,
    "project": MAX_PROJECT,
    "venture_name": MAX_VENTURE_NAME,
    "reason": MAX_REASON,
    "note": MAX_NOTE,
    "intro_message": MAX_TEXT,
    "industry_count": LIMITS["industries"],
    "languages": LIMITS["languages"],
    "code_length": BADGE_CODE_LENGTH,
    "amount": int(MAX_AMOUNT),
}
