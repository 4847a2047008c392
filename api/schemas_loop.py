"""Request and response bodies of the loop routes: a venture from an introduction, the end
of a venture, and a member's pipeline. Unknown fields are rejected."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field, StrictStr

from api.inputs import Input, chosen_id
from api.schemas import FitPublic, fields_of
from matcher.equity import MAX_VENTURE_NAME
from matcher.loop import PipelineRow
from matcher.matching import match_score

__all__ = ["PipelinePublic", "VentureEnd", "VentureFromIntro"]


class VentureFromIntro(Input):
    """Start a venture with the other person of an accepted introduction."""

    id: str | None = chosen_id("leave out and the server picks one nobody can guess")
    name: str = Field("", max_length=MAX_VENTURE_NAME)
    start: StrictStr | None = Field(
        None, description="YYYY-MM-DD: the first day an entry may be dated (default today)"
    )


class VentureEnd(Input):
    """Propose to end the venture on this day (YYYY-MM-DD, default today)."""

    on: StrictStr | None = None


class PipelinePublic(BaseModel):
    """One person in my pipeline, at the furthest stage we reached."""

    person: str
    name: str
    stage: str = Field(description="suggested, contacted, met or working together")
    since: dt.date
    detail: str
    next_step: str
    score: float | None = Field(
        None, description="a suggestion's score: the pair's own, the same on every page"
    )
    fit: FitPublic | None = Field(None, description="the score as the pages show it, 0-100")

    @classmethod
    def of(cls, r: PipelineRow) -> PipelinePublic:
        fit = None
        if r.score is not None:
            shown = match_score(r.score)
            fit = FitPublic(points=shown.points, band=shown.band)
        return cls(**fields_of(cls, r, stage=r.stage.label, fit=fit))
