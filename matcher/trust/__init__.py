"""Trust: collaborations both sides confirm, endorsements, personalised trust, warm and double
opt-in introductions, feedback after meetings, and avoid lists.

The public face of the domain: other domains import from here (or, from pure code, from
:mod:`matcher.trust.model`).
"""

from matcher.trust.model import (
    INTRO_AFTER_DECLINE,
    INTRO_BURST,
    INTRO_WEEK,
    MAX_PATHS,
    MAX_PROJECT,
    MAX_RATING,
    MAX_SKILL,
    MAX_TEXT,
    MIN_RATING,
    Collaboration,
    CollabStatus,
    Endorsement,
    Feedback,
    Introduction,
    IntroStatus,
    InviteLimits,
    Propagation,
    TrustProvider,
    TrustSettings,
    Verdict,
    ViewerTrust,
    check_invitation,
    check_rating,
    intro_status,
    parse_context,
    redact_for,
    would_work_again,
)
from matcher.trust.service import MAX_K, IntroView, TrustService
from matcher.trust.store import AvoidStore, TrustStore

__all__ = [
    "INTRO_AFTER_DECLINE",
    "INTRO_BURST",
    "INTRO_WEEK",
    "MAX_K",
    "MAX_PATHS",
    "MAX_PROJECT",
    "MAX_RATING",
    "MAX_SKILL",
    "MAX_TEXT",
    "MIN_RATING",
    "AvoidStore",
    "CollabStatus",
    "Collaboration",
    "Endorsement",
    "Feedback",
    "IntroStatus",
    "IntroView",
    "Introduction",
    "InviteLimits",
    "Propagation",
    "TrustProvider",
    "TrustService",
    "TrustSettings",
    "TrustStore",
    "Verdict",
    "ViewerTrust",
    "check_invitation",
    "check_rating",
    "intro_status",
    "parse_context",
    "redact_for",
    "would_work_again",
]
