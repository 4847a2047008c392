"""Request and response bodies of the ventures (Slicing Pie) routes. Unknown fields are rejected.

Exact numbers travel as strings: slices and shares as ``"num/den"`` fractions (``"1/3"``),
money and percentages as decimal strings, so nothing is rounded on the way.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

from api.inputs import Input
from matcher.equity import (
    Condition,
    DepartureReport,
    Kind,
    Posted,
    Reason,
    Terms,
    Venture,
    fraction_text,
    split_dict,
)

__all__ = [
    "ApproveIn",
    "DepartureIn",
    "DeparturePublic",
    "EntryCreate",
    "EntryPublic",
    "FreezeIn",
    "MemberAdd",
    "RateIn",
    "ReverseIn",
    "SplitPublic",
    "TermsIn",
    "VentureCreate",
    "VenturePublic",
]

_ID = Field(min_length=1, max_length=64)
#: Bounds on every number: a trillion and 6 decimal places. Decimal arithmetic with
#: ``1e999999`` overflows (and ``1e-999999`` is no amount anyone means).
MAX = Decimal(10) ** 12
_PLACES = 6


def _num(default: Any = ..., **bounds: Any) -> Any:
    bounds.setdefault("ge", -MAX)
    bounds.setdefault("le", MAX)
    return Field(default, decimal_places=_PLACES, **bounds)


#: the model's default terms: the API's defaults are these, never a copy
_TERMS = Terms()


class TermsIn(Input):
    """Slicing Pie terms from ``effective`` on; the defaults are the model's."""

    effective: dt.date = _TERMS.effective
    non_cash_multiplier: Decimal = _num(_TERMS.non_cash_multiplier, gt=0, ge=None, le=100)
    cash_multiplier: Decimal = _num(_TERMS.cash_multiplier, gt=0, ge=None, le=100)
    hours_per_year: Decimal = _num(_TERMS.hours_per_year, gt=0, ge=None, le=8784)
    commission_rate: Decimal = _num(_TERMS.commission_rate, ge=0, le=1)
    royalty_rate: Decimal | None = _num(_TERMS.royalty_rate, ge=0, le=1)
    finder_rate: Decimal = _num(_TERMS.finder_rate, ge=0, le=1)
    finder_threshold: Decimal = _num(_TERMS.finder_threshold, ge=0)
    finder_rate_above: Decimal = _num(_TERMS.finder_rate_above, ge=0, le=1)

    def domain(self) -> Terms:
        return Terms(**self.model_dump())


class VentureCreate(Input):
    id: str | None = Field(
        None,
        min_length=1,
        max_length=64,
        description="leave out and the server picks one nobody can guess; a chosen id is"
        " public (409 when taken, whoever holds it)",
    )
    name: str = Field("", max_length=200)
    require_approval: bool = Field(False, description="entries count once another member approves")
    freeze: dt.date | None = Field(None, description="after this date the pie stops growing")
    terms: TermsIn | None = None


class VenturePublic(BaseModel):
    id: str
    name: str
    require_approval: bool
    freeze: dt.date | None
    members: list[str]

    @classmethod
    def of(cls, venture: Venture, members: list[str]) -> VenturePublic:
        return cls(
            id=venture.id,
            name=venture.name,
            require_approval=venture.require_approval,
            freeze=venture.freeze,
            members=members,
        )


class MemberAdd(Input):
    member: str = _ID


class FreezeIn(Input):
    freeze: dt.date | None


class RateIn(Input):
    """A member's yearly fair market salary and the cash salary actually paid, from a date."""

    member: str = _ID
    effective: dt.date
    salary: Decimal = _num()
    paid_salary: Decimal = _num(Decimal(0))


class EntryCreate(Input):
    """A contribution (or Well deposit / withdrawal, or repayment). See matcher.equity.Entry."""

    member: str = _ID
    kind: Kind
    on: dt.date
    amount: Decimal = _num(Decimal(0))
    hours: Decimal = _num(Decimal(0))
    months: Decimal = _num(Decimal(0))
    paid: Decimal = _num(Decimal(0))
    condition: Condition = Condition.NEW
    rate: Decimal | None = _num(None)
    note: str = Field("", max_length=2000)
    author: str | None = Field(None, description="admins only: the member who posts")


class ReverseIn(Input):
    on: dt.date | None = None
    note: str = Field("", max_length=2000)
    author: str | None = None


class ApproveIn(Input):
    author: str | None = None


class ComputationPublic(BaseModel):
    value: str
    unpaid: str
    multiplier: str
    slices: str
    slices_decimal: str
    formula: str


class EntryPublic(BaseModel):
    id: int
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
    counts: bool
    note: str
    idempotency_key: str
    created_at: str
    computation: ComputationPublic | None

    @classmethod
    def of(cls, p: Posted) -> EntryPublic:
        e, c = p.row.entry, p.computation
        return cls(
            id=e.id,
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


class SplitPublic(BaseModel):
    """A split: ``share`` exact as a fraction, ``percent`` by largest remainder (sums to 100)."""

    as_of: dt.date
    total: str
    total_decimal: str
    members: list[dict[str, Any]]


def split_public(s: Any) -> SplitPublic:
    return SplitPublic(**split_dict(s))


class DepartureIn(Input):
    member: str = _ID
    on: dt.date
    reason: Reason
    buyback: bool = Field(False, description="the company buys back (or offers to) at 1/slice")
    refused: bool = Field(False, description="the leaver refused the offer (good reasons only)")


class DeparturePublic(BaseModel):
    member: str
    on: dt.date
    reason: Reason
    before: dict[str, str]
    after: dict[str, str]
    slices_before: str
    slices_after: str
    buyback_amount: str
    well_returned: str
    explanation: str

    @classmethod
    def of(cls, r: DepartureReport) -> DeparturePublic:
        return cls(
            member=r.departure.member,
            on=r.departure.on,
            reason=r.departure.reason,
            before={k: fraction_text(v) for k, v in r.before.items() if v},
            after={k: fraction_text(v) for k, v in r.after.items() if v},
            slices_before=fraction_text(r.slices_before),
            slices_after=fraction_text(r.slices_after),
            buyback_amount=str(r.buyback_amount),
            well_returned=fraction_text(r.well_returned, 2),
            explanation=r.explanation,
        )
