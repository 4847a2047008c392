"""The loop: feedback after a meeting, a venture from an introduction or a team, the end of a
venture feeding trust, each member's pipeline, where they stand with each person, and the
messages after an accepted introduction.

The public face of the domain.
"""

from matcher.loop import digest, feedback, messages, model, service
from matcher.loop.digest import *  # noqa: F403
from matcher.loop.feedback import *  # noqa: F403
from matcher.loop.messages import *  # noqa: F403
from matcher.loop.model import *  # noqa: F403
from matcher.loop.service import *  # noqa: F403
from matcher.loop.store import DigestStore, LoopStore, MessageStore

__all__ = [
    "DigestStore",
    "LoopStore",
    "MessageStore",
    *digest.__all__,
    *feedback.__all__,
    *messages.__all__,
    *model.__all__,
    *service.__all__,
]
__all__.sort(key=lambda name: (not name.isupper(), name))  # constants first
