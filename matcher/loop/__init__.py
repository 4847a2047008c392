"""The loop: feedback after a meeting, a venture from an introduction or a team, the end of a
venture feeding trust, and each member's pipeline.

The public face of the domain.
"""

from matcher.loop.feedback import FeedbackService
from matcher.loop.model import Given, PipelineRow, PipelineStage, pipeline_csv
from matcher.loop.service import EndOutcome, LoopService
from matcher.loop.store import LoopStore

__all__ = [
    "EndOutcome",
    "FeedbackService",
    "Given",
    "LoopService",
    "LoopStore",
    "PipelineRow",
    "PipelineStage",
    "pipeline_csv",
]
