"""Request and response bodies of the ventures (Slicing Pie) routes. Unknown fields are rejected.

Requests are typed strictly and checked by the domain: numbers are JSON numbers or text
(never ``true``), dates are text ``YYYY-MM-DD`` (never ``0``), and the values go through
the same parse as the CLI, the web form and the CSV import
(:func:`matcher.equity.model.parse_entry`, ``parse_rate``, ``parse_terms``, ``parse_day``),
whose errors name the field, the value and the fix.

Exact numbers travel as strings: slices and shares as ``"num/den"`` fractions (``"1/3"``),
money and percentages as decimal strings, so nothing is rounded on the way.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, Field, StrictBool, StrictInt, StrictStr
from pydantic_core import PydanticCustomError

from api.inputs import Input
from api.schemas import fields_of
from matcher.equity import (
    MAX_NOTE,
    MAX_REASON,
    MAX_VENTURE_NAME,
    Condition,
    DayStatus,
    DepartureRecord,
    EndRecord,
    Entry,
    Invitation,
    Kind,
    Posted,
    Proposal,
    Rate,
    Reason,
    SalaryOffer,
    Terms,
    VentureView,
    fraction_text,
    parse_day,
    parse_entry,
    parse_rate,
    parse_salary_offer,
    parse_terms,
    split_dict,
)
from matcher.ids import MAX_ID

__all__ = [
    "AnswerIn",
    "DayStatusPublic",
    "DepartureAnswerIn",
    "DepartureIn",
    "DeparturePublic",
    "EndConfirmIn",
    "EndDeclineIn",
    "EndPublic",
    "EntryCreate",
    "EntryPublic",
    "FreezeIn",
    "ImportPublic",
    "InvitationPublic",
    "InviteIn",
    "MemberAdd",
    "RateIn",
    "RejectIn",
    "ReverseIn",
    "SalaryIn",
    "SalaryPublic",
    "SignIn",
    "SplitPublic",
    "TermsIn",
    "VentureCreate",
    "VenturePublic",
    "optional_day",
]

_ID = Field(min_length=1, max_length=MAX_ID)


def _json_number(value: Any) -> Any:
    """A number as JSON sends it, an integer, a finite decimal or text (``"1250.50"``,
    which the domain parses); never a boolean, ``NaN`` or an infinity."""
    finite = not isinstance(value, float) or math.isfinite(value)
    if isinstance(value, bool) or not isinstance(value, int | float | str) or not finite:
        got = "true or false" if isinstance(value, bool) else repr(value)[:40]
        raise PydanticCustomError(
            "number_type",
            'must be a number or a decimal text such as "12.50", got {got}',
            {"got": got},
        )
    return value


#: A number as JSON sends it (see :func:`_json_number`), parsed by the domain.
Number = Annotated[int | float | str, BeforeValidator(_json_number)]
#: A date as text ``YYYY-MM-DD`` (checked by :func:`matcher.equity.model.parse_day`).
Day = Annotated[StrictStr, Field(description="a date YYYY-MM-DD", examples=["2024-03-01"])]


def optional_day(value: str | None, field: str) -> dt.date | None:
    """A date given as text, or None (the domain's parse)."""
    return None if value is None else parse_day(value, field)


class TermsIn(Input):
    """Slicing Pie terms from ``effective`` on; missing values are the model's defaults."""

    effective: Day | None = None
    non_cash_multiplier: Number | None = None
    cash_multiplier: Number | None = None
    hours_per_year: Number | None = None
    commission_rate: Number | None = None
    royalty_rate: Number | None = None
    finder_rate: Number | None = None
    finder_threshold: Number | None = None
    finder_rate_above: Number | None = None

    def domain(self) -> Terms:
        return parse_terms(self.model_dump(exclude_none=True))


def terms_public(t: Terms) -> dict[str, str | None]:
    """Terms as strings (exact)."""
    return {
        "effective": t.effective.isoformat(),
        **t.values(),
    }


class VentureCreate(Input):
    id: StrictStr | None = Field(
        None,
        min_length=1,
        max_length=64,
        description="leave out and the server picks one nobody can guess; a chosen id is"
        " kept, followed by '-' and 6 random hex digits (acme-3f9a2c), taken or not: the"
        " answer tells nothing of other ventures (an admin's exact id: see exact)",
    )
    name: StrictStr = Field("", max_length=MAX_VENTURE_NAME)
    require_approval: StrictBool = Field(
        False, description="entries count once another member approves"
    )
    start: Day | None = Field(None, description="the first day an entry may be dated (today)")
    terms: TermsIn | None = None
    owner: StrictStr | None = Field(None, description="admins only: the venture's owner")
    exact: StrictBool = Field(
        False, description="admins only: the chosen id as given, without a suffix (409 when taken)"
    )


class EndPublic(BaseModel):
    """The end of a venture, or its proposal waiting for the members' confirmations."""

    venture: str
    proposal: int = Field(
        description="this proposal's number: give it back when you confirm, so that a"
        " confirmation never ends the venture on a day you did not read"
    )
    on: dt.date
    status: str = Field(description="proposed, ended or declined")
    proposed_by: str
    proposed_at: str
    ledger_hash: str
    confirmations: list[dict[str, str]]
    waiting: list[str]
    closed_by: str | None
    closed_at: str | None
    reason: str
    collaborations: list[dict[str, Any]] = Field(
        default_factory=list, description="proposed when the venture ended: rate them"
    )

    @classmethod
    def of(
        cls,
        end: EndRecord,
        waiting: tuple[str, ...] | list[str] = (),
        collaborations: list[dict[str, Any]] | None = None,
    ) -> EndPublic:
        return cls(
            **fields_of(
                cls,
                end,
                venture=end.venture_id,
                proposal=end.id,
                confirmations=[
                    {"member": m, "ledger_hash": h, "at": at} for m, h, at in end.confirmations
                ],
                waiting=list(waiting),
                collaborations=collaborations or [],
            )
        )


class VenturePublic(BaseModel):
    id: str
    name: str
    require_approval: bool
    start: dt.date
    freeze: dt.date | None
    frozen_at: str | None
    members: list[str] = Field(description="current members (owners included)")
    owners: list[str]
    invited: list[str] = Field(description="invited, not yet accepted")
    former: list[str] = Field(description="members who left")
    invited_salaries: dict[str, SalaryPublic] = Field(
        default_factory=dict, description="the opening salary each invitation carries"
    )
    end: EndPublic | None

    @classmethod
    def of(cls, view: VentureView) -> VenturePublic:
        v, roles = view.venture, view.roles
        waiting = [
            m
            for m in roles.members
            if view.end is not None
            and view.end.status == "proposed"
            and m not in {c[0] for c in view.end.confirmations}
        ]
        return cls(
            id=v.id,
            name=v.name,
            require_approval=v.require_approval,
            start=v.start,
            freeze=v.freeze,
            frozen_at=view.frozen_at,
            members=list(roles.members),
            owners=list(roles.owners),
            invited=list(roles.invited),
            former=list(roles.former),
            invited_salaries={
                m.member: SalaryPublic.of(m.offer[0])
                for m in roles.memberships
                if m.member in roles.invited and m.offer is not None
            },
            end=None if view.end is None else EndPublic.of(view.end, waiting),
        )


class SalaryPublic(BaseModel):
    """The opening salary an invitation carries: give it back to accept it."""

    salary: str
    paid_salary: str
    effective: str | None = Field(description="YYYY-MM-DD; null: the day the invitee joins")

    @classmethod
    def of(cls, offer: SalaryOffer) -> SalaryPublic:
        day = offer.effective.isoformat() if offer.effective else None
        return cls(salary=str(offer.salary), paid_salary=str(offer.paid_salary), effective=day)


class InvitationPublic(BaseModel):
    """An invitation as the invited person sees it (nothing of the ledger)."""

    venture: str
    name: str
    invited_by: str | None
    invited_at: str
    members: list[str]
    owners: list[str]
    salary: SalaryPublic | None = Field(
        None,
        description="the opening salary the invitation carries: accept the invitation with"
        " it (POST /ventures/{id}/invitation, salary) to accept the salary too",
    )

    @classmethod
    def of(cls, i: Invitation) -> InvitationPublic:
        salary = None if i.salary is None else SalaryPublic.of(i.salary)
        return cls(**fields_of(cls, i, venture=i.venture.id, name=i.venture.name, salary=salary))


class MemberAdd(Input):
    member: StrictStr = _ID


class SalaryIn(Input):
    """An opening salary: as a rate's fields (same checks, same errors)."""

    salary: Number | None = None
    paid_salary: Number | None = None
    effective: Day | None = Field(None, description="YYYY-MM-DD; default: the joining day")

    def offer(self) -> SalaryOffer | None:
        return parse_salary_offer(self.model_dump())


class InviteIn(SalaryIn):
    """Invite a person; optionally with their opening fair market salary (``salary``,
    ``paid_salary``, ``effective``, as for a rate; ``effective`` default: the day they
    join)."""

    member: StrictStr = _ID


class AnswerIn(Input):
    """Accept (join the venture) or decline an invitation."""

    accept: StrictBool
    members: list[Annotated[StrictStr, Field(max_length=200)]] | None = Field(
        None,
        max_length=1000,
        description="the members the invitation showed (GET /me/venture-invitations):"
        " an acceptance is refused (409, field members) when they changed since",
    )
    salary: SalaryIn | None = Field(
        None,
        description="the invitation's salary as shown (GET /me/venture-invitations): joining"
        " with it accepts it (in force from its day); left out, one joins and the salary"
        " waits for one's word as a proposal; another salary than the invitation's: 409,"
        " field salary",
    )


class FreezeIn(Input):
    """The day the pie stops growing (final: every entry posted afterwards is refused)."""

    freeze: Day


class RateIn(Input):
    """A member's yearly fair market salary and the cash salary actually paid, from a date."""

    member: StrictStr = _ID
    effective: Day
    salary: Number
    paid_salary: Number | None = None

    def domain(self) -> Rate:
        return parse_rate(self.model_dump())


class EntryCreate(Input):
    """A contribution (or Well deposit / withdrawal, or repayment). See
    :class:`matcher.equity.model.Entry`; checked by :func:`matcher.equity.model.parse_entry`."""

    member: StrictStr = Field(description="whose entry (yours; an owner may name another)")
    kind: StrictStr = Field(json_schema_extra={"enum": [k.value for k in Kind]})
    on: Day
    amount: Number | None = None
    hours: Number | None = None
    months: Number | None = None
    paid: Number | None = None
    condition: StrictStr | None = Field(
        None, json_schema_extra={"enum": [c.value for c in Condition]}
    )
    rate: Number | None = None
    note: StrictStr | None = None
    author: StrictStr | None = Field(None, description="admins only: the member who posts")

    def domain(self) -> Entry:
        return parse_entry(self.model_dump(exclude={"author"}))


class ReverseIn(Input):
    on: Day | None = Field(None, description="default: the reversed entry's date")
    note: StrictStr = Field("", max_length=MAX_NOTE)
    author: StrictStr | None = Field(None, description="admins only: the entry's author")


class RejectIn(Input):
    reason: StrictStr = Field(min_length=1, max_length=MAX_REASON)


class ComputationPublic(BaseModel):
    value: str
    unpaid: str
    multiplier: str
    slices: str
    slices_decimal: str
    formula: str


class EntryPublic(BaseModel):
    number: int = Field(description="the entry's number in its venture: 1, 2, ...")
    member: str
    kind: Kind
    on: dt.date
    amount: str
    hours: str
    months: str
    paid: str
    condition: Condition
    rate: str | None
    reverses: int | None
    reversed_by: int | None
    author: str
    approver: str | None
    rejected_by: str | None
    rejection: str
    state: str = Field(description="counts, pending, rejected, reversed or reversal")
    counts: bool
    note: str
    idempotency_key: str
    created_at: str
    computation: ComputationPublic | None

    @classmethod
    def of(cls, p: Posted) -> EntryPublic:
        e, c = p.row.entry, p.computation
        return cls(
            number=e.id,
            member=e.member,
            kind=e.kind,
            on=e.on,
            amount=str(e.amount),
            hours=str(e.hours),
            months=str(e.months),
            paid=str(e.paid),
            condition=e.condition,
            rate=None if e.rate is None else str(e.rate),
            reverses=e.reverses,
            reversed_by=p.reversed_by,
            author=e.author,
            approver=p.row.approver,
            rejected_by=p.row.rejecter,
            rejection=p.row.rejection,
            state=p.state,
            counts=p.counts,
            note=e.note,
            idempotency_key=p.row.key,
            created_at=p.row.created_at,
            computation=None
            if c is None
            else ComputationPublic(
                value=str(c.value),
                unpaid=str(c.unpaid),
                multiplier=str(c.multiplier),
                slices=str(c.slices),
                slices_decimal=fraction_text(c.slices),
                formula=c.formula,
            ),
        )


class ImportPublic(BaseModel):
    """What a ledger import wrote, and the rows refused (with skip_invalid)."""

    written: list[int] = Field(description="numbers of the new entries")
    already: int = Field(description="rows recorded before (same key and content)")
    rejected: list[dict[str, Any]]


class SplitPublic(BaseModel):
    """A split: ``share`` exact as a fraction, ``percent`` by largest remainder (sums to 100)."""

    as_of: dt.date
    total: str
    total_decimal: str
    members: list[dict[str, Any]]


def split_public(s: Any) -> SplitPublic:
    return SplitPublic(**split_dict(s))


class DepartureIn(Input):
    member: StrictStr = _ID
    on: Day
    reason: StrictStr = Field(json_schema_extra={"enum": [r.value for r in Reason]})
    buyback: StrictBool = Field(
        False, description="the company buys back (or offers to) at 1/slice"
    )
    refused: StrictBool = Field(False, description="the leaver refused the offer (good reasons)")


class DepartureAnswerIn(Input):
    """The leaver acknowledges their departure, or disputes it with a reason."""

    acknowledge: StrictBool
    note: StrictStr = Field("", max_length=MAX_NOTE)


#: The end proposal an answer was written for (confirm or decline), so a stale page's answer
#: never reaches a newer proposal.
EndProposal = Annotated[
    StrictInt | None,
    Field(
        ge=1,
        description="the number of the proposal you read (GET .../end: `proposal`): refused"
        " when another proposal is open, which may end the venture on another day",
    ),
]


class EndConfirmIn(Input):
    """Confirm the proposed end for the ledger one saw (its SHA-256)."""

    ledger_hash: StrictStr = Field(min_length=64, max_length=64)
    proposal: EndProposal = None


class SignIn(Input):
    """Sign the split of ``day`` for the fingerprint one read (the SHA-256 its split
    document prints); ``member``, when given, is the caller: each member signs for
    themself."""

    day: Day
    ledger_hash: StrictStr = Field(min_length=64, max_length=64)
    member: StrictStr | None = Field(None, min_length=1, max_length=MAX_ID)


class DayStatusPublic(BaseModel):
    """Where the signing of a day's split stands: its fingerprint now, who signed it (and
    whose signatures no longer count: they signed another fingerprint of that day), who
    is awaited; ``signed`` once every current member signed the same fingerprint, after
    which nothing dated on or before ``day`` changes."""

    day: dt.date
    ledger_hash: str = Field(description="the fingerprint of the day's split now")
    signed: bool
    signed_at: str | None
    signed_hash: str | None = Field(description="the fingerprint every member signed")
    rewritten: bool = Field(
        description="the fingerprint now differs from the one signed: an erasure renamed a"
        " member since"
    )
    signatures: list[dict[str, str]]
    stale: list[dict[str, str]] = Field(
        description="signatures of another fingerprint of that day: they no longer count"
    )
    awaited: list[str]

    @classmethod
    def of(cls, status: DayStatus) -> DayStatusPublic:
        def rows(signatures: tuple[Any, ...]) -> list[dict[str, str]]:
            return [
                {"member": s.member, "ledger_hash": s.ledger_hash, "at": s.at} for s in signatures
            ]

        return cls(
            day=status.day,
            ledger_hash=status.ledger_hash,
            signed=status.signed is not None,
            signed_at=status.signed.at if status.signed else None,
            signed_hash=status.signed.ledger_hash if status.signed else None,
            rewritten=status.rewritten,
            signatures=rows(status.signatures),
            stale=rows(status.stale),
            awaited=list(status.awaited),
        )


class EndDeclineIn(Input):
    """Decline the proposed end, with a reason (and the proposal one read)."""

    reason: StrictStr = Field(min_length=1, max_length=MAX_REASON)
    proposal: EndProposal = None


class ProposalAnswerIn(Input):
    """Accept a proposal, or decline it with a reason (its proposer's decline withdraws it)."""

    accept: StrictBool
    note: StrictStr = Field("", max_length=MAX_NOTE)


class ProposalPublic(BaseModel):
    """A step that waits for another member's word: a salary (``rate``), a freeze, a
    leaver's own good reason (``reason``), new terms (``terms``), a departure's cause the
    leaver disputes (``cause``), and where it stands."""

    proposal: int
    kind: Literal["rate", "freeze", "reason", "terms", "cause"]
    subject: str = Field(description="the member it is about (the venture, for a freeze)")
    data: dict[str, str] = Field(
        description="a rate's effective, salary, paid_salary and needs (member: it waits for"
        " its member, a lower or an opening salary another set; others: for every other"
        " member, a raise or one's own opening salary); a freeze's on; new terms'"
        " effective and values (as in POST /ventures/{id}/terms)"
    )
    proposed_by: str
    proposed_at: str
    status: Literal["open", "accepted", "declined", "withdrawn", "lapsed"] = Field(
        description="lapsed: nobody was left to answer it and it could no longer apply"
    )
    waiting: list[str] = Field(
        description="who it still waits for (for a reason: one of them is enough)"
    )
    answers: list[dict[str, str | bool]]
    closed_by: str | None
    closed_at: str | None
    reason: str

    @classmethod
    def of(cls, p: Proposal, waiting: tuple[str, ...]) -> ProposalPublic:
        return cls(
            proposal=p.id,
            kind=p.kind,
            subject=p.subject,
            data={k: v for k, v in p.data.items() if k != "report"},
            proposed_by=p.proposed_by,
            proposed_at=p.proposed_at,
            status=p.status,
            waiting=list(waiting),
            answers=[
                {"member": m, "accepted": ok, "note": note, "at": at}
                for m, ok, note, at in p.answers
            ],
            closed_by=p.closed_by,
            closed_at=p.closed_at,
            reason=p.reason,
        )


class DeparturePublic(BaseModel):
    member: str
    on: dt.date
    reason: Reason = Field(description="the reason the ledger applies")
    claimed: Reason | None = Field(
        None,
        description="the good reason the leaver gave for themself, when the ledger does not"
        " apply it: not confirmed by another owner yet (claim_status open) or disputed",
    )
    claim_status: str | None = Field(
        None, description="open, accepted, declined or withdrawn; None: no claim"
    )
    claim_proposal: int | None = None
    disputed: Reason | None = Field(
        None,
        description="the reason an owner recorded (for cause, without good reason), when the"
        " leaver disputes it and no other owner confirmed it: the ledger applies the"
        " leaver's best case meanwhile",
    )
    dispute_status: str | None = Field(
        None,
        description="the disputed reason's proposal: open, accepted, declined, withdrawn or"
        " lapsed; None: not disputed",
    )
    dispute_proposal: int | None = None
    buyback: bool
    refused: bool
    before: dict[str, str]
    after: dict[str, str]
    slices_before: str
    slices_after: str
    buyback_amount: str = Field(description="paid for the leaver's slices")
    buyback_offered: str = Field(description="offered (1 per slice kept), paid or refused")
    well_returned: str
    explanation: str
    recorded_by: str | None = None
    recorded_at: str | None = None
    acknowledged: bool | None = Field(None, description="the leaver's answer; None: not yet")
    answer_note: str = ""

    @classmethod
    def of(cls, r: Any, record: DepartureRecord | None = None) -> DeparturePublic:
        d = r.departure
        return cls(
            member=d.member,
            on=d.on,
            reason=d.reason,
            buyback=d.buyback,
            refused=d.refused,
            before={k: fraction_text(v) for k, v in r.before.items() if v},
            after={k: fraction_text(v) for k, v in r.after.items() if v},
            slices_before=fraction_text(r.slices_before),
            slices_after=fraction_text(r.slices_after),
            buyback_amount=str(r.buyback_amount),
            buyback_offered=str(r.buyback_offered),
            well_returned=fraction_text(r.well_returned, 2),
            explanation=r.explanation,
            recorded_by=None if record is None else record.author,
            recorded_at=None if record is None else record.created_at,
            acknowledged=None if record is None else record.acknowledged,
            answer_note="" if record is None else record.answer_note,
            claimed=d.claimed,
            claim_status=None if record is None or record.claim is None else record.claim.status,
            claim_proposal=None if record is None or record.claim is None else record.claim.id,
            disputed=d.disputed,
            dispute_status=None if record is None or record.cause is None else record.cause.status,
            dispute_proposal=None if record is None or record.cause is None else record.cause.id,
        )

    @classmethod
    def of_record(cls, record: DepartureRecord) -> DeparturePublic:
        return cls.of(record.report, record)
