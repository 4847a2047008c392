"""Ventures: a Slicing Pie ledger per venture, its roles, split, history, document and
departures.

Only a venture's members and former members (and admins) can see it; others, people only
invited included, get 404, as if it did not exist. Who may do what is the equity rules'
(``matcher.access``, ``equity.*``), applied by the service.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Header, Path, Query, Request, Response
from fastapi.responses import JSONResponse

from api.deps import EquityDep, MemberDep, own_id
from api.idempotency import CREATES, CREATES_AT, IDEMPOTENT, located
from api.inputs import Digits
from api.schemas import CSV_BODY, ERROR_RESPONSES, TEXT, answers
from api.schemas_ventures import (
    AnswerIn,
    DayStatusPublic,
    DepartureAnswerIn,
    DepartureIn,
    DeparturePublic,
    EntryCreate,
    EntryPublic,
    FreezeIn,
    ImportPublic,
    InvitationPublic,
    InviteIn,
    MemberAdd,
    ProposalAnswerIn,
    ProposalPublic,
    RateIn,
    RejectIn,
    ReverseIn,
    SignIn,
    SplitPublic,
    TermsIn,
    VentureCreate,
    VenturePublic,
    optional_day,
    split_public,
    terms_public,
)
from matcher.access import Actor
from matcher.equity import TIMELINES, EquityService, parse_day, parse_departure
from matcher.errors import InvalidInput

router = APIRouter(prefix="/ventures", tags=["ventures"], responses=ERROR_RESPONSES)
#: Routes about the caller's own invitations.
me_router = APIRouter(prefix="/me", tags=["ventures"], responses=ERROR_RESPONSES)

#: Entries are numbered 1, 2, ... in each venture.
EntryNumber = Annotated[int, Path(ge=1, le=2**63 - 1, description="the entry's number"), Digits]
#: A venture's proposals (salaries, freezes, leavers' reasons) by their number.
ProposalNumber = Annotated[
    int, Path(ge=1, le=2**63 - 1, description="the proposal's number"), Digits
]
AsOf = Annotated[str | None, Query(description="YYYY-MM-DD; default: today")]


@router.post("", response_model=VenturePublic, **CREATES_AT)
def create_venture(
    body: VentureCreate, equity: EquityDep, actor: MemberDep, response: Response
) -> VenturePublic:
    """Create a venture; the caller owns it (an admin names the owner)."""
    venture = equity.create_venture(
        body.id,
        body.name,
        actor=actor,
        require_approval=body.require_approval,
        terms=body.terms.domain() if body.terms else None,
        start=optional_day(body.start, "start"),
        owner=body.owner,
        exact=body.exact,
    )
    located(response, "ventures", venture.id)
    return VenturePublic.of(equity.view(venture.id, actor=actor))


@router.get("/{venture_id}", response_model=VenturePublic)
def get_venture(venture_id: str, equity: EquityDep, actor: MemberDep) -> VenturePublic:
    """A venture: its members, owners, invitations, former members, freeze and end."""
    return VenturePublic.of(equity.view(venture_id, actor=actor))


@router.post("/{venture_id}/members", response_model=VenturePublic, **CREATES)
def invite_member(
    venture_id: str, body: InviteIn, equity: EquityDep, actor: MemberDep
) -> VenturePublic:
    """Invite a person (an owner): they join when they accept. With ``salary`` (and
    ``paid_salary``, ``effective``, checked as for a rate), the invitation carries their
    opening salary, which they accept with it; inviting them again changes it."""
    view = equity.invite(venture_id, body.member, salary=body.offer(), actor=actor)
    return VenturePublic.of(view)


@router.post("/{venture_id}/invitation")
def answer_invitation(
    venture_id: str, body: AnswerIn, equity: EquityDep, actor: MemberDep
) -> dict[str, bool]:
    """Accept (join) or decline my invitation to a venture; with ``members``, only the
    venture whose members I read; with ``salary``, the salary the invitation carries,
    accepted with it (left out: I join, and the salary waits for my word as a proposal)."""
    salary = None if body.salary is None else body.salary.offer()
    if body.salary is not None and salary is None:
        raise InvalidInput(
            "salary must give the invitation's salary to accept it",
            field="salary",
            value=None,
            hint="copy the salary of GET /me/venture-invitations, or leave salary out to"
            " join and discuss the salary",
        )
    joined = equity.answer_invitation(
        venture_id, body.accept, members=body.members, salary=salary, actor=actor
    )
    return {"joined": joined}


@me_router.get("/venture-invitations", response_model=list[InvitationPublic])
def my_invitations(equity: EquityDep, actor: MemberDep) -> list[InvitationPublic]:
    """The invitations to ventures waiting for my answer."""
    return [InvitationPublic.of(i) for i in equity.invitations(own_id(actor), actor=actor)]


@router.post("/{venture_id}/owners", response_model=VenturePublic)
def name_owner(
    venture_id: str, body: MemberAdd, equity: EquityDep, actor: MemberDep
) -> VenturePublic:
    """Make a member an owner too (an owner)."""
    return VenturePublic.of(equity.name_owner(venture_id, body.member, actor=actor))


@router.post("/{venture_id}/members/{member}/second", response_model=VenturePublic)
def second_member(
    venture_id: str, member: str, equity: EquityDep, actor: MemberDep
) -> VenturePublic:
    """Vouch for a member another owner invited: their approvals then count for that
    owner's entries too."""
    return VenturePublic.of(equity.second(venture_id, member, actor=actor))


@router.put(
    "/{venture_id}/freeze",
    response_model=VenturePublic,
    responses={202: {"model": ProposalPublic, "description": "proposed: waits for the others"}},
)
def freeze(
    venture_id: str, body: FreezeIn, equity: EquityDep, actor: MemberDep
) -> VenturePublic | JSONResponse:
    """Freeze the pie (an owner; final): every entry posted afterwards is refused. With
    other current members it is a proposal (202) that applies when each accepts it."""
    venture = equity.freeze(venture_id, parse_day(body.freeze, "freeze"), actor=actor)
    if venture.freeze is None:
        return _proposed(equity, venture_id, "freeze", venture_id, actor)
    return VenturePublic.of(equity.view(venture_id, actor=actor))


def _proposed(
    equity: EquityService, venture_id: str, kind: str, subject: str, actor: Actor
) -> JSONResponse:
    """202 with the open proposal of ``kind`` about ``subject`` (the one a step just made)."""
    p = next(
        p
        for p in reversed(equity.proposals(venture_id, actor=actor, open_only=True))
        if p.kind == kind and p.subject == subject
    )
    body = ProposalPublic.of(p, equity.waiting_for(venture_id, p))
    return JSONResponse(body.model_dump(mode="json"), status_code=202)


@router.get("/{venture_id}/proposals", response_model=list[ProposalPublic])
def proposals(venture_id: str, equity: EquityDep, actor: MemberDep) -> list[ProposalPublic]:
    """Salaries, freezes and leavers' own good reasons that wait (or waited) for another
    member's word, oldest first, with who they still wait for."""
    return [
        ProposalPublic.of(p, equity.waiting_for(venture_id, p))
        for p in equity.proposals(venture_id, actor=actor)
    ]


@router.post("/{venture_id}/proposals/{number}/answer", response_model=ProposalPublic)
def answer_proposal(
    venture_id: str,
    number: ProposalNumber,
    body: ProposalAnswerIn,
    equity: EquityDep,
    actor: MemberDep,
) -> ProposalPublic:
    """Accept a proposal I am asked to answer, or decline it with a reason (its proposer
    declining withdraws it); the last word it waits for applies it."""
    p = equity.answer_proposal(venture_id, number, body.accept, body.note, actor=actor)
    return ProposalPublic.of(p, equity.waiting_for(venture_id, p))


@router.post(
    "/{venture_id}/terms",
    response_model=list[dict[str, str | None]],
    responses={202: {"model": ProposalPublic, "description": "proposed: waits for the others"}},
    **CREATES,
)
def set_terms(
    venture_id: str, body: TermsIn, equity: EquityDep, actor: MemberDep
) -> list[dict[str, str | None]] | JSONResponse:
    """New multipliers and rates from a date after the last entry (an owner; append-only);
    returns every term set. New terms that change how contributions count, in a venture
    with other current members, are a proposal (202) that applies when each accepts it."""
    terms = body.domain()
    every = equity.set_terms(venture_id, terms, actor=actor)
    if terms not in every:
        return _proposed(equity, venture_id, "terms", venture_id, actor)
    return [terms_public(t) for t in every]


@router.post(
    "/{venture_id}/rates",
    response_model=list[dict[str, str]],
    responses={202: {"model": ProposalPublic, "description": "proposed: waits for a member"}},
    **CREATES,
)
def set_rate(
    venture_id: str, body: RateIn, equity: EquityDep, actor: MemberDep
) -> list[dict[str, str]] | JSONResponse:
    """Record a member's fair market salary from a date after their last time entry (an
    owner); returns every rate. A rate that lowers another member's salary, or raises one
    at the others' expense, is a proposal (202) that applies once they accept it; so is a
    member's first rate (their word when another sets it, the others' for one's own), but
    in a venture with one member. Time of a member whose salary waits is refused (409,
    field ``rate``, naming the proposal)."""
    rate = body.domain()
    rates = equity.set_rate(venture_id, rate, actor=actor)
    if rate not in rates:
        return _proposed(equity, venture_id, "rate", rate.member, actor)
    return [
        {
            "member": r.member,
            "effective": r.effective.isoformat(),
            "salary": str(r.salary),
            "paid_salary": str(r.paid_salary),
        }
        for r in rates
    ]


@router.post("/{venture_id}/entries", status_code=201, response_model=EntryPublic)
def post_entry(
    venture_id: str,
    body: EntryCreate,
    equity: EquityDep,
    actor: MemberDep,
    response: Response,
    idempotency_key: Annotated[str, Header(min_length=1, max_length=200)],
) -> EntryPublic:
    """Append an entry. Retrying with the same ``Idempotency-Key`` returns it (200), once."""
    posted = equity.post(
        venture_id, body.domain(), key=idempotency_key, actor=actor, author=body.author
    )
    if not posted.created:
        response.status_code = 200
    return EntryPublic.of(posted)


@router.post(
    "/{venture_id}/entries/import",
    response_model=ImportPublic,
    openapi_extra=CSV_BODY,
)
async def import_entries(
    venture_id: str,
    request: Request,
    equity: EquityDep,
    actor: MemberDep,
    skip_invalid: bool = False,
) -> ImportPublic:
    """Import a ledger CSV (an owner): columns member, kind, on, amount, hours, months,
    paid, condition, rate, note, key; comma or semicolon; UTF-8, UTF-16 or Windows-1252. Every bad
    row is reported by line, field and fix, and nothing is written unless ``skip_invalid``."""
    raw = await request.body()
    report = equity.import_ledger(venture_id, raw, actor=actor, skip_invalid=skip_invalid)
    return ImportPublic(
        written=[p.row.entry.id for p in report.posted],
        already=report.already,
        rejected=[e.as_dict() for e in report.rejected],
    )


@router.post(
    "/{venture_id}/entries/{number}/reverse",
    status_code=201,
    dependencies=[IDEMPOTENT],
    response_model=EntryPublic,
)
def reverse_entry(
    venture_id: str,
    number: EntryNumber,
    equity: EquityDep,
    actor: MemberDep,
    response: Response,
    body: ReverseIn | None = None,
) -> EntryPublic:
    """Post the reversing entry (its author), dated at the entry unless ``on`` is given."""
    body = body or ReverseIn()
    posted = equity.reverse(
        venture_id,
        number,
        actor=actor,
        author=body.author,
        on=optional_day(body.on, "on"),
        note=body.note,
    )
    if not posted.created:
        response.status_code = 200
    return EntryPublic.of(posted)


@router.post("/{venture_id}/entries/{number}/approve", response_model=EntryPublic)
def approve_entry(
    venture_id: str, number: EntryNumber, equity: EquityDep, actor: MemberDep
) -> EntryPublic:
    """Approve an entry (a member other than its author and those its author alone added;
    for an entry about another member, that member)."""
    return EntryPublic.of(equity.approve(venture_id, number, actor=actor))


@router.post("/{venture_id}/entries/{number}/reject", response_model=EntryPublic)
def reject_entry(
    venture_id: str, number: EntryNumber, body: RejectIn, equity: EquityDep, actor: MemberDep
) -> EntryPublic:
    """Reject an entry waiting for approval, with a reason (whoever may approve it)."""
    return EntryPublic.of(equity.reject(venture_id, number, body.reason, actor=actor))


@router.get("/{venture_id}/ledger", response_model=list[EntryPublic])
def ledger(venture_id: str, equity: EquityDep, actor: MemberDep) -> list[EntryPublic]:
    """Every entry with its computation, in posting order."""
    return [EntryPublic.of(p) for p in equity.ledger(venture_id, actor=actor)]


@router.get("/{venture_id}/split", response_model=SplitPublic)
def get_split(
    venture_id: str, equity: EquityDep, actor: MemberDep, as_of: AsOf = None
) -> SplitPublic:
    """Each member's slices by kind, exact share and percentage as of a date (every member,
    at 0 when they have no slices)."""
    day = optional_day(as_of, "as_of")
    return split_public(equity.split(venture_id, actor=actor, as_of=day))


@router.post("/{venture_id}/signatures", response_model=DayStatusPublic)
def sign_day(venture_id: str, body: SignIn, equity: EquityDep, actor: MemberDep) -> DayStatusPublic:
    """Sign the split of a day for the fingerprint read (a current member, for themself).
    Once every current member signed the same fingerprint the day is signed: every write
    dated on or before it is refused (409, naming the day and "date it after ...").
    Signing again changes nothing."""
    day = parse_day(body.day, "day")
    status = equity.sign_day(venture_id, day, body.ledger_hash, actor=actor, member=body.member)
    return DayStatusPublic.of(status)


@router.get("/{venture_id}/signatures", response_model=list[DayStatusPublic])
def signatures(venture_id: str, equity: EquityDep, actor: MemberDep) -> list[DayStatusPublic]:
    """Every day someone signed the split of, the latest first: its fingerprint now, who
    signed, whose signature went stale, who is awaited, whether it is signed."""
    return [DayStatusPublic.of(s) for s in equity.signatures(venture_id, actor=actor)]


@router.get("/{venture_id}/signatures/{day}", response_model=DayStatusPublic)
def day_signatures(
    venture_id: str, day: str, equity: EquityDep, actor: MemberDep
) -> DayStatusPublic:
    """Where the signing of one day's split stands: the fingerprint to sign (the one its
    split document prints), who signed, who is awaited."""
    status = equity.day_status(venture_id, parse_day(day, "day"), actor=actor)
    return DayStatusPublic.of(status)


@router.get(
    "/{venture_id}/split.pdf",
    response_class=Response,
    responses=answers(
        "the split as a PDF document to sign",
        {"application/pdf": {"type": "string", "format": "binary"}},
    ),
)
def get_split_pdf(
    venture_id: str,
    equity: EquityDep,
    actor: MemberDep,
    as_of: AsOf = None,
    lang: Annotated[Literal["en", "fr"], Query(description="en or fr")] = "en",
) -> Response:
    """The split as a document to sign: terms, slices by kind, a chart, the ledger with its
    reversals, departures, the end's confirmations, and the ledger's SHA-256."""
    day = optional_day(as_of, "as_of")
    day = equity.document_day(venture_id, actor=actor, as_of=day)  # an end's: its day
    pdf = equity.split_pdf(venture_id, actor=actor, as_of=day, lang=lang)
    name = f"{venture_id}-split-{day.isoformat()}-{lang}.pdf"
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


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
    if fmt not in TIMELINES:
        raise InvalidInput(
            f"timeline format must be csv, json or svg, got {fmt!r}",
            field="format",
            value=fmt,
            hint="ask for timeline.csv, timeline.json or timeline.svg",
        )
    splits = equity.timeline(venture_id, actor=actor)
    return Response(TIMELINES[fmt](splits), media_type=_MEDIA[fmt])


@router.post("/{venture_id}/departures", response_model=DeparturePublic, **CREATES)
def leave(
    venture_id: str, body: DepartureIn, equity: EquityDep, actor: MemberDep
) -> DeparturePublic:
    """Record a departure (an owner; a member for their own resignation); returns the
    leaver's slices before and after the recovery rules, kept as recorded."""
    report = equity.leave(venture_id, parse_departure(body.model_dump()), actor=actor)
    member = report.departure.member
    record = next(
        (
            r
            for r in equity.departures(venture_id, actor=actor)
            if r.report.departure.member == member
        ),
        None,
    )
    return DeparturePublic.of(report, record)


@router.get("/{venture_id}/departures", response_model=list[DeparturePublic])
def departures(venture_id: str, equity: EquityDep, actor: MemberDep) -> list[DeparturePublic]:
    """Every departure as recorded (never recomputed), with the leaver's answer."""
    return [DeparturePublic.of_record(r) for r in equity.departures(venture_id, actor=actor)]


@router.post("/{venture_id}/departures/{member}/answer", response_model=DeparturePublic)
def answer_departure(
    venture_id: str, member: str, body: DepartureAnswerIn, equity: EquityDep, actor: MemberDep
) -> DeparturePublic:
    """The leaver acknowledges their departure, or disputes it with a reason (once)."""
    record = equity.answer_departure(venture_id, member, body.acknowledge, body.note, actor=actor)
    return DeparturePublic.of_record(record)
