"""The loop, the vocabulary: a member's pipeline of people, and feedback just given.

Pure data and its CSV rendering; the use cases are :mod:`matcher.loop.service` and
:mod:`matcher.loop.feedback`.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from matcher import csvio
from matcher.trust.model import Collaboration, Feedback

__all__ = ["Given", "PipelineRow", "PipelineStage", "pipeline_csv"]


@dataclass(frozen=True, slots=True)
class Given:
    """A verdict just recorded, and the collaboration it proposed (when both said again)."""

    feedback: Feedback
    proposed: Collaboration | None = None


class PipelineStage(IntEnum):
    """How far a member got with someone (a later stage replaces an earlier one)."""

    SUGGESTED = 1
    CONTACTED = 2
    MET = 3
    WORKING_TOGETHER = 4

    @property
    def label(self) -> str:
        """``working together`` and so on."""
        return self.name.lower().replace("_", " ")


@dataclass(frozen=True, slots=True)
class PipelineRow:
    """One person in a member's pipeline."""

    person: str
    name: str
    stage: PipelineStage
    since: dt.date
    detail: str
    next_step: str


def pipeline_csv(rows: Sequence[PipelineRow]) -> str:
    """The pipeline as CSV (one row per person).

    Examples
    --------
    >>> row = PipelineRow("bob", "Bob", PipelineStage.MET, dt.date(2025, 1, 2), "introduction accepted",
    ...                   "start a venture together")
    >>> print(pipeline_csv([row]).strip())
    person,name,stage,since,detail,next_step
    bob,Bob,met,2025-01-02,introduction accepted,start a venture together
    """
    buf = io.StringIO()
    w = csvio.writer(buf, lineterminator="\n")
    w.writerow(["person", "name", "stage", "since", "detail", "next_step"])
    for r in rows:
        w.writerow([r.person, r.name, r.stage.label, r.since.isoformat(), r.detail, r.next_step])
    return buf.getvalue()
