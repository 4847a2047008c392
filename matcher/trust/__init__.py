"""Trust: collaborations both sides confirm, endorsements, personalised trust, warm and double
opt-in introductions, feedback after meetings, and avoid lists.

The public face of the domain: other domains import from here (or, from pure code, from
:mod:`matcher.trust.model`).
"""

from matcher.trust import model
from matcher.trust.model import *  # noqa: F403
from matcher.trust.service import MAX_K, IntroView, TrustService
from matcher.trust.store import AvoidStore, TrustStore

__all__ = ["MAX_K", "AvoidStore", "IntroView", "TrustService", "TrustStore"]
__all__ += model.__all__
__all__.sort(key=lambda name: (not name.isupper(), name))  # constants first
