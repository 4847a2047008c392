"""The loop: a venture from an introduction, ending a venture, my pipeline."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Response

from api.deps import LoopDep, MemberDep, own_id
from api.idempotency import IDEMPOTENT
from api.schemas import ERROR_RESPONSES, TEXT, answers
from api.schemas_loop import PipelinePublic, VentureEnd, VentureFromIntro
from api.schemas_trust import CollaborationPublic
from api.schemas_ventures import VenturePublic
from matcher.loop import pipeline_csv
from matcher.matching import MAX_K

__all__ = ["router"]

router = APIRouter(tags=["loop"])


@router.post(
    "/me/introductions/{intro_id}/venture",
    status_code=201,
    response_model=VenturePublic,
    responses=ERROR_RESPONSES,
    dependencies=[IDEMPOTENT],
)
def venture_from_intro(
    intro_id: str, body: VentureFromIntro, loop: LoopDep, actor: MemberDep
) -> VenturePublic:
    """Start a venture with the other person of an accepted introduction: both become
    members, with the Slicing Pie's default terms."""
    venture, members = loop.venture_from_intro(intro_id, body.id, body.name, actor=actor)
    return VenturePublic.of(venture, members)


@router.post(
    "/events/{event_id}/teams/{team}/venture",
    status_code=201,
    response_model=VenturePublic,
    responses=ERROR_RESPONSES,
    dependencies=[IDEMPOTENT],
)
def venture_from_team(
    event_id: str,
    team: Annotated[int, Path(ge=1, le=10_000)],
    body: VentureFromIntro,
    loop: LoopDep,
    actor: MemberDep,
) -> VenturePublic:
    """Turn my team at an event into a venture: every team member becomes a member, with the
    Slicing Pie's default terms."""
    venture, members = loop.venture_from_team(event_id, team, body.id, body.name, actor=actor)
    return VenturePublic.of(venture, members)


@router.post(
    "/ventures/{venture_id}/end",
    response_model=list[CollaborationPublic],
    responses=ERROR_RESPONSES,
    dependencies=[IDEMPOTENT],
)
def end_venture(
    venture_id: str, body: VentureEnd, loop: LoopDep, actor: MemberDep
) -> list[CollaborationPublic]:
    """Record the end of a venture; every pair of members is asked to confirm and rate
    their collaboration (the proposed records are returned)."""
    return [CollaborationPublic.of(c) for c in loop.end_venture(venture_id, body.on, actor=actor)]


@router.get(
    "/me/pipeline",
    response_model=list[PipelinePublic],
    responses=answers("my pipeline: JSON, or CSV with ?format=csv", {"text/csv": TEXT}),
)
def pipeline(
    loop: LoopDep,
    actor: MemberDep,
    k: Annotated[int, Query(ge=1, le=MAX_K, description="suggestions to include")] = 10,
    format: Annotated[Literal["json", "csv"], Query(description="json or csv")] = "json",
) -> list[PipelinePublic] | Response:
    """People I was suggested, contacted, met and work with, with dates and next steps."""
    person = own_id(actor)
    rows = loop.pipeline(person, actor=actor, k=k)
    if format == "csv":
        return Response(
            pipeline_csv(rows),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="pipeline-{person}.csv"'},
        )
    return [PipelinePublic.of(r) for r in rows]
