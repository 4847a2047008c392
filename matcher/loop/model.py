"""The loop, the vocabulary: a member's pipeline of people, and feedback just given.

Pure data and its CSV rendering; the use cases are :mod:`matcher.loop.service` and
:mod:`matcher.loop.feedback`.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum

from matcher import csvio
from matcher.errors import InvalidInput
from matcher.trust.model import Collaboration, Feedback

__all__ = ["PIPELINE_COLUMNS", "Given", "PipelineRow", "PipelineStage", "pipeline_csv"]

#: The columns of :func:`pipeline_csv`: stable identifiers (the API's and the CLI's header).
PIPELINE_COLUMNS = ("person", "name", "stage", "since", "detail", "next_step")


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


def _stage_label(stage: PipelineStage) -> str:
    return stage.label


def pipeline_csv(
    rows: Sequence[PipelineRow],
    header: Sequence[str] = PIPELINE_COLUMNS,
    stage_text: Callable[[PipelineStage], str] = _stage_label,
) -> str:
    """The pipeline as CSV (one row per person).

    In English by default (the API and the CLI). A shell writing it for a reader passes a
    translated ``header`` (the columns of :data:`PIPELINE_COLUMNS`, in order), the reader's
    ``stage_text`` and rows whose detail and next step it told in the reader's language;
    dates stay ISO.

    Examples
    --------
    >>> row = PipelineRow("bob", "Bob", PipelineStage.MET, dt.date(2025, 1, 2), "introduction accepted",
    ...                   "start a venture together")
    >>> print(pipeline_csv([row]).strip())
    person,name,stage,since,detail,next_step
    bob,Bob,met,2025-01-02,introduction accepted,start a venture together
    >>> print(pipeline_csv([row], header="abcdef", stage_text=lambda s: "rencontre").splitlines()[1])
    bob,Bob,rencontre,2025-01-02,introduction accepted,start a venture together
    """
    if len(header) != len(PIPELINE_COLUMNS):
        raise InvalidInput(
            f"the pipeline CSV has {len(PIPELINE_COLUMNS)} columns, the header names {len(header)}",
            field="header",
            value=list(header),
            hint="name " + ", ".join(PIPELINE_COLUMNS) + " in this order",
        )
    buf = io.StringIO()
    w = csvio.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(
            [r.person, r.name, stage_text(r.stage), r.since.isoformat(), r.detail, r.next_step]
        )
    return buf.getvalue()
