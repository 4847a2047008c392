"""The loop: feedback after a meeting, a venture from an introduction or a team, the end of a
venture feeding trust, each member's pipeline, where they stand with each person, and the
messages after an accepted introduction.

The public face of the domain.
"""

from matcher.loop.digest import DigestReport, DigestService
from matcher.loop.feedback import FeedbackService
from matcher.loop.messages import MessageService
from matcher.loop.model import (
    DIGEST_EVERY,
    DIGEST_SIZE,
    MAX_MESSAGE,
    Given,
    Mark,
    Message,
    MessageNotice,
    NextStep,
    Person,
    PipelineRow,
    PipelineStage,
    Said,
    Standing,
    Thread,
    pipeline_csv,
)
from matcher.loop.service import EndOutcome, LoopService
from matcher.loop.store import DigestStore, LoopStore, MessageStore

__all__ = [
    "DIGEST_EVERY",
    "DIGEST_SIZE",
    "MAX_MESSAGE",
    "DigestReport",
    "DigestService",
    "DigestStore",
    "EndOutcome",
    "FeedbackService",
    "Given",
    "LoopService",
    "LoopStore",
    "Mark",
    "Message",
    "MessageNotice",
    "MessageService",
    "MessageStore",
    "NextStep",
    "Person",
    "PipelineRow",
    "PipelineStage",
    "Said",
    "Standing",
    "Thread",
    "pipeline_csv",
]
