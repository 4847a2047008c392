"""The loop: a venture from an introduction, ending a venture, my pipeline."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Response

from api.deps import LoopDep, MemberDep, own_id
from api.idempotency import CREATES_AT, IDEMPOTENT, located
from api.inputs import Digits
from api.schemas import ERROR_RESPONSES, TEXT, answers
from api.schemas_loop import PipelinePublic, VentureEnd, VentureFromIntro
from api.schemas_trust import CollaborationPublic
from api.schemas_ventures import EndConfirmIn, EndDeclineIn, EndPublic, VenturePublic, optional_day
from matcher.errors import Conflict
from matcher.loop import EndOutcome, pipeline_csv
from matcher.matching import MAX_K

__all__ = ["router"]

router = APIRouter(tags=["loop"], responses=ERROR_RESPONSES)


@router.post("/me/introductions/{intro_id}/venture", response_model=VenturePublic, **CREATES_AT)
def venture_from_intro(
    intro_id: str, body: VentureFromIntro, loop: LoopDep, actor: MemberDep, response: Response
) -> VenturePublic:
    """Start a venture with the other person of an accepted introduction: the caller owns
    it and the other is invited (they join by accepting), with the default Slicing Pie terms."""
    venture, _ = loop.venture_from_intro(
        intro_id, body.id, body.name, actor=actor, start=optional_day(body.start, "start")
    )
    located(response, "ventures", venture.id)
    return VenturePublic.of(loop.equity.view(venture.id, actor=actor))


@router.post("/events/{event_id}/teams/{team}/venture", response_model=VenturePublic, **CREATES_AT)
def venture_from_team(
    event_id: str,
    team: Annotated[int, Path(ge=1, le=10_000), Digits],
    body: VentureFromIntro,
    loop: LoopDep,
    actor: MemberDep,
    response: Response,
    formation: Annotated[int | None, Query(ge=1, le=10_000), Digits] = None,
) -> VenturePublic:
    """Turn my team at an event into a venture: I own it and the other team members I
    worked with are invited, with the Slicing Pie's default terms. ``formation``: a team
    of teams since formed again (as ``GET /events/{id}/me`` lists it in ``worked_with``)."""
    venture, _ = loop.venture_from_team(
        event_id,
        team,
        body.id,
        body.name,
        actor=actor,
        start=optional_day(body.start, "start"),
        formation=formation,
    )
    located(response, "ventures", venture.id)
    return VenturePublic.of(loop.equity.view(venture.id, actor=actor))


def _end(outcome: EndOutcome) -> EndPublic:
    collabs = [CollaborationPublic.of(c).model_dump(mode="json") for c in outcome.collaborations]
    return EndPublic.of(outcome.end, outcome.waiting, collabs)


@router.post(
    "/ventures/{venture_id}/end",
    response_model=EndPublic,
    dependencies=[IDEMPOTENT],
)
def end_venture(venture_id: str, body: VentureEnd, loop: LoopDep, actor: MemberDep) -> EndPublic:
    """Propose to end the venture (an owner): the ledger locks and every current member
    confirms it for the ledger they saw, or one declines. When the last one confirms (at
    once for a venture of one), every pair of members is asked to confirm and rate their
    collaboration (``collaborations``)."""
    return _end(loop.end_venture(venture_id, optional_day(body.on, "on"), actor=actor))


@router.get("/ventures/{venture_id}/end", response_model=EndPublic)
def get_end(venture_id: str, loop: LoopDep, actor: MemberDep) -> EndPublic:
    """The venture's end (signed off: who confirmed, the ledger's hash) or its proposal."""
    outcome = loop.end_state(venture_id, actor=actor)
    if outcome is None:
        raise Conflict(
            f"venture {venture_id!r} has no proposed end",
            field="venture",
            value=venture_id,
            hint="an owner proposes the end with POST /ventures/{id}/end",
        )
    return _end(outcome)


@router.post("/ventures/{venture_id}/end/confirm", response_model=EndPublic)
def confirm_end(venture_id: str, body: EndConfirmIn, loop: LoopDep, actor: MemberDep) -> EndPublic:
    """Confirm the proposed end for the ledger I saw (its SHA-256, shown with the proposal
    and on the split document) and, with ``proposal``, for the proposal I read."""
    return _end(loop.confirm_end(venture_id, body.ledger_hash, proposal=body.proposal, actor=actor))


@router.post("/ventures/{venture_id}/end/decline", response_model=EndPublic)
def decline_end(venture_id: str, body: EndDeclineIn, loop: LoopDep, actor: MemberDep) -> EndPublic:
    """Decline the proposed end, with a reason: the ledger opens again. With
    ``proposal``, only the proposal I read."""
    return _end(loop.decline_end(venture_id, body.reason, proposal=body.proposal, actor=actor))


@router.get(
    "/me/pipeline",
    response_model=list[PipelinePublic],
    responses=answers("my pipeline: JSON, or CSV with ?format=csv", {"text/csv": TEXT}),
)
def pipeline(
    loop: LoopDep,
    actor: MemberDep,
    k: Annotated[int, Query(ge=1, le=MAX_K, description="suggestions to include"), Digits] = 10,
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
