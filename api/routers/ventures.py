"""Ventures: a Slicing Pie ledger per venture, its split, history and departures.

Only members of a venture (and admins) can see it; others get 404, as if it did not exist.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Response

from api.deps import EquityDep, MemberDep
from api.idempotency import IDEMPOTENT
from api.inputs import Day
from api.schemas import ERROR_RESPONSES, TEXT, answers
from api.schemas_ventures import (
    ApproveIn,
    DepartureIn,
    DeparturePublic,
    EntryCreate,
    EntryPublic,
    FreezeIn,
    MemberAdd,
    RateIn,
    ReverseIn,
    SplitPublic,
    TermsIn,
    VentureCreate,
    VenturePublic,
    split_public,
)
from matcher.equity import Departure, Rate, timeline_csv, timeline_json, timeline_svg
from matcher.errors import InvalidInput

router = APIRouter(prefix="/ventures", tags=["ventures"])

_ERRORS = ERROR_RESPONSES
#: SQLite integers are 64-bit: a larger id is refused (422), not a server error.
EntryId = Annotated[int, Path(ge=1, le=2**63 - 1, description="ledger entry id")]


_public = VenturePublic.of


@router.post(
    "", status_code=201, response_model=VenturePublic, responses=_ERRORS, dependencies=[IDEMPOTENT]
)
def create_venture(body: VentureCreate, equity: EquityDep, actor: MemberDep) -> VenturePublic:
    """Create a venture; the caller becomes its first member."""
    venture = equity.create_venture(
        body.id,
        body.name,
        actor=actor,
        require_approval=body.require_approval,
        freeze=body.freeze,
        terms=body.terms.domain() if body.terms else None,
    )
    return _public(venture, equity.members(venture.id, actor=actor))


@router.get("/{venture_id}", response_model=VenturePublic, responses=_ERRORS)
def get_venture(venture_id: str, equity: EquityDep, actor: MemberDep) -> VenturePublic:
    """A venture and its members."""
    venture = equity.get_venture(venture_id, actor=actor)
    return _public(venture, equity.members(venture_id, actor=actor))


@router.post("/{venture_id}/members", response_model=VenturePublic, responses=_ERRORS)
def add_member(
    venture_id: str, body: MemberAdd, equity: EquityDep, actor: MemberDep
) -> VenturePublic:
    """Add a member (by profile id)."""
    members = equity.add_member(venture_id, body.member, actor=actor)
    return _public(equity.get_venture(venture_id, actor=actor), members)


@router.put("/{venture_id}/freeze", response_model=VenturePublic, responses=_ERRORS)
def set_freeze(
    venture_id: str, body: FreezeIn, equity: EquityDep, actor: MemberDep
) -> VenturePublic:
    """Set or clear the freeze date (breakeven or a funding round)."""
    venture = equity.set_freeze(venture_id, body.freeze, actor=actor)
    return _public(venture, equity.members(venture_id, actor=actor))


@router.post("/{venture_id}/terms", status_code=201, responses=_ERRORS, dependencies=[IDEMPOTENT])
def set_terms(
    venture_id: str, body: TermsIn, equity: EquityDep, actor: MemberDep
) -> list[dict[str, str | None]]:
    """New multipliers and rates from a date after the last entry (append-only)."""
    terms = equity.set_terms(venture_id, body.domain(), actor=actor)
    return [
        {
            k: (None if v is None else str(v))
            for k, v in TermsIn.model_validate(t, from_attributes=True).model_dump().items()
        }
        for t in terms
    ]


@router.post("/{venture_id}/rates", status_code=201, responses=_ERRORS, dependencies=[IDEMPOTENT])
def set_rate(
    venture_id: str, body: RateIn, equity: EquityDep, actor: MemberDep
) -> list[dict[str, str]]:
    """Record a member's fair market salary from a date; returns every rate."""
    rates = equity.set_rate(
        venture_id,
        Rate(body.member, body.effective, body.salary, body.paid_salary),
        actor=actor,
    )
    return [
        {
            "member": r.member,
            "effective": r.effective.isoformat(),
            "salary": str(r.salary),
            "paid_salary": str(r.paid_salary),
        }
        for r in rates
    ]


@router.post(
    "/{venture_id}/entries", status_code=201, response_model=EntryPublic, responses=_ERRORS
)
def post_entry(
    venture_id: str,
    body: EntryCreate,
    equity: EquityDep,
    actor: MemberDep,
    response: Response,
    idempotency_key: Annotated[str, Header(min_length=1, max_length=200)],
) -> EntryPublic:
    """Append an entry. Retrying with the same ``Idempotency-Key`` returns it (200), once."""
    raw = body.model_dump(exclude={"author"})
    posted = equity.post(venture_id, raw, key=idempotency_key, actor=actor, author=body.author)
    if not posted.created:
        response.status_code = 200
    return EntryPublic.of(posted)


@router.post(
    "/{venture_id}/entries/{entry_id}/reverse",
    status_code=201,
    response_model=EntryPublic,
    responses=_ERRORS,
)
def reverse_entry(
    venture_id: str,
    entry_id: EntryId,
    equity: EquityDep,
    actor: MemberDep,
    response: Response,
    body: ReverseIn | None = None,
) -> EntryPublic:
    """Post the reversing entry (the author, the approver or an admin); only once."""
    body = body or ReverseIn()
    posted = equity.reverse(
        venture_id, entry_id, actor=actor, author=body.author, on=body.on, note=body.note
    )
    if not posted.created:
        response.status_code = 200
    return EntryPublic.of(posted)


@router.post(
    "/{venture_id}/entries/{entry_id}/approve", response_model=EntryPublic, responses=_ERRORS
)
def approve_entry(
    venture_id: str,
    entry_id: EntryId,
    equity: EquityDep,
    actor: MemberDep,
    body: ApproveIn | None = None,
) -> EntryPublic:
    """Approve an entry (a member other than its author)."""
    author = body.author if body else None
    return EntryPublic.of(equity.approve(venture_id, entry_id, actor=actor, author=author))


@router.get("/{venture_id}/ledger", response_model=list[EntryPublic], responses=_ERRORS)
def ledger(venture_id: str, equity: EquityDep, actor: MemberDep) -> list[EntryPublic]:
    """Every entry with its computation, in posting order."""
    return [EntryPublic.of(p) for p in equity.ledger(venture_id, actor=actor)]


@router.get("/{venture_id}/split", response_model=SplitPublic, responses=_ERRORS)
def get_split(
    venture_id: str,
    equity: EquityDep,
    actor: MemberDep,
    as_of: Annotated[Day | None, Query(description="YYYY-MM-DD; default: latest")] = None,
) -> SplitPublic:
    """Each member's slices by kind, exact share and percentage as of a date."""
    return split_public(equity.split(venture_id, actor=actor, as_of=as_of))


_MEDIA = {"csv": "text/csv", "json": "application/json", "svg": "image/svg+xml"}


@router.get(
    "/{venture_id}/timeline.{fmt}",
    response_class=Response,
    responses=answers(
        "shares over time: timeline.csv, timeline.json or timeline.svg",
        {
            "text/csv": TEXT,
            "application/json": {"type": "array", "items": {"type": "object"}},
            "image/svg+xml": TEXT,
        },
    ),
)
def get_timeline(venture_id: str, fmt: str, equity: EquityDep, actor: MemberDep) -> Response:
    """Shares over time, at every date the ledger changes: ``csv``, ``json`` or ``svg``."""
    if fmt not in _MEDIA:
        raise InvalidInput(
            f"timeline format must be csv, json or svg, got {fmt!r}",
            field="format",
            value=fmt,
            hint="ask for timeline.csv, timeline.json or timeline.svg",
        )
    splits = equity.timeline(venture_id, actor=actor)
    render = {"csv": timeline_csv, "json": timeline_json, "svg": timeline_svg}[fmt]
    return Response(render(splits), media_type=_MEDIA[fmt])


@router.post(
    "/{venture_id}/departures",
    status_code=201,
    response_model=DeparturePublic,
    responses=_ERRORS,
    dependencies=[IDEMPOTENT],
)
def leave(
    venture_id: str, body: DepartureIn, equity: EquityDep, actor: MemberDep
) -> DeparturePublic:
    """Record a departure; returns the leaver's slices before and after the recovery rules."""
    report = equity.leave(
        venture_id,
        Departure(body.member, body.on, body.reason, body.buyback, body.refused),
        actor=actor,
    )
    return DeparturePublic.of(report)


@router.get("/{venture_id}/departures", response_model=list[DeparturePublic], responses=_ERRORS)
def departures(venture_id: str, equity: EquityDep, actor: MemberDep) -> list[DeparturePublic]:
    """Every departure with its before / after report."""
    return [DeparturePublic.of(r) for r in equity.departures(venture_id, actor=actor)]
