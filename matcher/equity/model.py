"""Dynamic equity: the Slicing Pie model, exact and pure (no I/O).

The rules are Mike Moyer's, as published in *The Slicing Pie Handbook* (2016) and
on slicingpie.com and its help centre (support.slicingpie.com). Each rule below
names its source; where the model leaves a choice to the team, it is a field of
:class:`Terms` or :class:`Venture` with the model's recommended default.

Allocation framework (Handbook, ch. "The Allocation Framework"; slicingpie.com)
    * A person's share of the pie = their slices / all slices ("% share of the
      reward = % share of what's at risk").
    * Slices = fair market value of the *unpaid, at-risk* part x a multiplier:
      non-cash x2, cash x4 (:attr:`Terms.non_cash_multiplier`,
      :attr:`Terms.cash_multiplier`). A change of terms applies to contributions
      dated on or after its effective date only.
    * **Time**: (fair market salary - cash salary paid) / 2,000 hours per year x
      hours x2; or per month, (salary - paid) / 12 x months. Example from the
      Handbook: 100,000 a year unpaid is 50 an hour, so 1 hour = 100 slices; with
      20,000 of it paid, 15 an hour and 30 slices per hour. One rate per member
      with effective dates (:class:`Rate`).
    * **Cash and unreimbursed expenses** count when spent: amount - amount
      reimbursed, x4 (2,500 -> 10,000 slices; 40 spent with 10 reimbursed -> 120).
      Customary personal costs (commuting, one's own lunch) are not contributions;
      do not record them.
    * **The Well** (slicingpie.com, "I want my money back"; Handbook, ch. "Cash"):
      cash deposited in a company account earns nothing until the company spends
      it; each withdrawal is split among the depositors in proportion to their
      Well balance at that moment, x4.
    * **Supplies and equipment**: bought new for the company and unreimbursed:
      price x4 (a cash outlay); pre-owned and under a year old: purchase price x2;
      older: resale value x2 (:class:`Condition`).
    * **Facilities**: market rent of the space actually used - rent paid, x2
      (1,000 a month -> 2,000 slices a month).
    * **Ideas and IP** (only the founding, protectable idea): royalty rate x
      attributable revenue - cash royalty paid, x2. The rate is the team's choice
      (:attr:`Terms.royalty_rate`, no default in the model: it must be set).
    * **Relationships**: unpaid sales commission = revenue x commission rate
      (:attr:`Terms.commission_rate`, the same for everyone, default 10 %) - cash
      commission paid, x2; an investor finder's fee = 5 % of the first 1,000,000
      raised + 2.5 % of the rest (:attr:`Terms.finder_rate`,
      :attr:`Terms.finder_threshold`, :attr:`Terms.finder_rate_above`) - paid, x2.
    * **Cash paid back** to a member reduces their cash contributions first, then
      their Well balance, then their non-cash contributions; slices never go
      negative (Handbook, ch. "Cash"; DESIGN.md section 6).

Recovery framework (support.slicingpie.com, "Recovery Framework", "Buyback";
slicingpie.com, "Slices that can survive separation")
    * Fired *for cause* or resigned *without good reason*: slices for time, ideas,
      relationships and facilities are lost; cash, supplies and equipment are kept
      but recomputed without the multiplier (x1); the company may force a
      buy-back at 1 unit of money per slice.
    * Fired *without cause* or resigned *for good reason* (a move of more than 50
      miles, death or disability, a pay cut others do not share...): every slice is
      kept with its multiplier; the company may offer a buy-back at 1 per slice and
      the leaver may refuse it.
    * A leaver's Well balance is returned to them (it was never at risk).

Freeze (Handbook, ch. "Freezing the Pie"): at breakeven or a funding round the pie
stops growing (:attr:`Venture.freeze`); contributions dated after it count for
nothing (the service refuses every entry posted after the freeze); recovery rules
still apply.

Plain values (text from a form, a CSV cell, a JSON number, a command-line argument)
become an :class:`Entry` through :func:`parse_entry` and nothing else; the entry is then
checked by :func:`check_entry`. Both refuse rather than coerce: a boolean is not a
number, a number is not a date, ``NaN``, ``Infinity``, ``sNaN`` and ``1e999999`` are not
amounts, and an amount has at most :data:`PLACES` decimals and at most :data:`MAX_AMOUNT`.

Exactness: money is :class:`~decimal.Decimal`, slices and shares are exact
(:class:`~fractions.Fraction`; internally a Decimal whenever that is exact, which
keeps 100k-entry splits fast); percentages are rounded only for display, by largest
remainder, so they sum to exactly 100.00.

Order: a split depends on the ledger's *content*, never on the order entries were
posted. Entries are folded by date, then by phase (contributions and deposits,
Well withdrawals, repayments, departures); effects within a phase commute.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
import json
import math
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from dataclasses import fields as dataclass_fields
from decimal import Context, Decimal, Inexact
from enum import StrEnum
from fractions import Fraction
from operator import itemgetter
from typing import Any

from matcher.errors import InvalidInput, NotANumber, TooLong, blank, counted
from matcher.ids import check_id
from matcher.memory import gc_paused

__all__ = [
    "CASH_KINDS",
    "COUNTED",
    "ENTRY_FIELDS",
    "FIRST_DAY",
    "MAX_AMOUNT",
    "MAX_NOTE",
    "MAX_REASON",
    "MAX_VENTURE_NAME",
    "NON_CASH_KINDS",
    "PLACES",
    "Computation",
    "Condition",
    "Departure",
    "DepartureReport",
    "Entry",
    "Formula",
    "Kind",
    "Ledger",
    "MemberSplit",
    "Numbers",
    "Rate",
    "Reason",
    "SalaryOffer",
    "Split",
    "Terms",
    "TimeBudget",
    "Venture",
    "WellFold",
    "WellReversals",
    "apply_departure",
    "best_case",
    "check_entry",
    "check_rate",
    "check_terms",
    "counts",
    "departure_reports",
    "entry_errors",
    "finite_decimal",
    "hourly_at_risk",
    "largest_remainder",
    "ledger_as_of",
    "ledger_hash",
    "lowered_by_reversal",
    "months_since",
    "needs_approval",
    "parse_choice",
    "parse_day",
    "parse_departure",
    "parse_entry",
    "parse_number",
    "parse_rate",
    "parse_salary_offer",
    "parse_terms",
    "parse_text",
    "rate_errors",
    "slices_for",
    "split",
    "terms_on",
    "timeline",
    "well_shortfall",
]

Number = Decimal | Fraction
ZERO = Decimal(0)
_FZERO = Fraction(0)
_WHOLE: dict[Decimal, int | Fraction] = {}  # multiplier -> the same number as int or Fraction
_EXACT = Context(prec=80, traps=[Inexact])

#: The largest amount, hours or months of an entry (a trillion), and the most decimals
#: it may have: ``Decimal`` arithmetic on ``1e999999`` overflows, and ``1e-999999`` is
#: no amount anyone means.
MAX_AMOUNT = Decimal(10) ** 12
PLACES = 6
#: The longest note of an entry.
MAX_NOTE = 2000
#: A venture's name, and the reason given with a rejection or a refusal, at most.
MAX_VENTURE_NAME = 200
MAX_REASON = 500
#: No venture starts before this day (the default terms' effective date).
FIRST_DAY = dt.date(1970, 1, 1)


class Kind(StrEnum):
    """What was contributed (or, for the last three, how cash moved)."""

    TIME = "time"
    CASH = "cash"
    EXPENSE = "expense"
    SUPPLIES = "supplies"
    EQUIPMENT = "equipment"
    FACILITIES = "facilities"
    IDEA = "idea"
    SALES = "sales"
    FINDER = "finder"
    WELL_DEPOSIT = "well-deposit"
    WELL_WITHDRAWAL = "well-withdrawal"
    REPAYMENT = "repayment"


#: Slices kept (at x1) by a leaver at fault, paid back first; ``well`` is cash spent from the Well.
CASH_KINDS: tuple[str, ...] = ("cash", "expense", "supplies", "equipment", "well")
#: Slices lost by a leaver at fault (time, ideas, relationships, facilities).
NON_CASH_KINDS: tuple[str, ...] = ("time", "facilities", "idea", "sales", "finder")
_BUCKETS = CASH_KINDS + NON_CASH_KINDS


class Condition(StrEnum):
    """Supplies and equipment: new (x cash multiplier), pre-owned < 1 year, or older."""

    NEW = "new"
    USED_RECENT = "used-recent"
    USED_OLD = "used-old"


class Reason(StrEnum):
    """Why a member leaves; decides which slices survive (the recovery framework)."""

    FIRED_FOR_CAUSE = "fired-for-cause"
    RESIGNED_NO_GOOD_REASON = "resigned-no-good-reason"
    FIRED_WITHOUT_CAUSE = "fired-without-cause"
    RESIGNED_GOOD_REASON = "resigned-good-reason"

    @property
    def at_fault(self) -> bool:
        """True when the leaver bears the cost (for cause, or no good reason)."""
        return self in (Reason.FIRED_FOR_CAUSE, Reason.RESIGNED_NO_GOOD_REASON)


@dataclass(frozen=True, slots=True)
class Terms:
    """The venture's Slicing Pie terms from ``effective`` on (the model's defaults).

    Examples
    --------
    >>> Terms().cash_multiplier, Terms().non_cash_multiplier, Terms().hours_per_year
    (Decimal('4'), Decimal('2'), Decimal('2000'))
    """

    effective: dt.date = dt.date(1970, 1, 1)
    non_cash_multiplier: Decimal = Decimal(2)
    cash_multiplier: Decimal = Decimal(4)
    hours_per_year: Decimal = Decimal(2000)
    commission_rate: Decimal = Decimal("0.10")
    royalty_rate: Decimal | None = None
    finder_rate: Decimal = Decimal("0.05")
    finder_threshold: Decimal = Decimal(1_000_000)
    finder_rate_above: Decimal = Decimal("0.025")

    def values(self) -> dict[str, str | None]:
        """Every term but the date, as exact strings (None: no value), in field order.

        >>> Terms(royalty_rate=None).values()["cash_multiplier"]
        '4'
        """
        return {
            f.name: None if (v := getattr(self, f.name)) is None else str(v)
            for f in dataclass_fields(self)
            if f.name != "effective"
        }


@dataclass(frozen=True, slots=True)
class Venture:
    """A venture: whether entries need another member's approval, when the pie froze, and
    the day it started (no entry is dated before it)."""

    id: str
    name: str = ""
    require_approval: bool = False
    freeze: dt.date | None = None
    start: dt.date = FIRST_DAY


@dataclass(frozen=True, slots=True)
class Rate:
    """A member's fair market salary (and cash salary actually paid) per year, from ``effective``."""

    member: str
    effective: dt.date
    salary: Decimal
    paid_salary: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class SalaryOffer:
    """The opening fair market salary an invitation carries (and the cash salary paid),
    per year, from ``effective`` (None: the day the invitee joins).

    Examples
    --------
    >>> offer = SalaryOffer(Decimal(60_000))
    >>> offer.rate("bob", dt.date(2026, 12, 7))
    Rate(member='bob', effective=datetime.date(2026, 12, 7), salary=Decimal('60000'), paid_salary=Decimal('0'))
    """

    salary: Decimal
    paid_salary: Decimal = ZERO
    effective: dt.date | None = None

    def rate(self, member: str, joined: dt.date) -> Rate:
        """The member's :class:`Rate` this offer becomes, ``joined`` being their joining day."""
        return Rate(member, self.effective or joined, self.salary, self.paid_salary)

    @property
    def text(self) -> str:
        """The offer in the API's and the CLI's English.

        >>> SalaryOffer(Decimal(60000), Decimal(0), dt.date(2026, 12, 1)).text
        'a salary of 60000 (0 paid) from 2026-12-01'
        >>> SalaryOffer(Decimal(60000)).text
        'a salary of 60000 (0 paid) from the joining day'
        """
        day = self.effective.isoformat() if self.effective else "the joining day"
        return f"a salary of {self.salary} ({self.paid_salary} paid) from {day}"

    def same(self, other: SalaryOffer | None) -> bool:
        """The same salary, paid salary and day (``60000`` is ``60000.00``)."""
        return other is not None and (self.salary, self.paid_salary, self.effective) == (
            other.salary,
            other.paid_salary,
            other.effective,
        )


@dataclass(frozen=True, slots=True)
class Entry:
    """One ledger entry (append-only; a correction is a new entry with ``reverses`` set).

    ``amount`` is the money of the entry: cash spent, price or value of supplies,
    equipment, monthly rent, attributable revenue (idea, sales), amount raised
    (finder), deposited, withdrawn or paid back. Time uses ``hours`` or ``months``.
    ``paid`` is cash the member received for it (salary, reimbursement, rent,
    royalty or commission paid). ``id`` is the entry's number in its venture (1, 2, ...);
    ``reverses`` the number of the entry a reversal takes back. ``approved`` and
    ``rejected`` tell what the approvers said (see :func:`counts`).
    """

    id: int
    member: str
    kind: Kind
    on: dt.date
    amount: Decimal = ZERO
    hours: Decimal = ZERO
    months: Decimal = ZERO
    paid: Decimal = ZERO
    condition: Condition = Condition.NEW
    rate: Decimal | None = None
    reverses: int | None = None
    approved: bool = True
    author: str = ""
    note: str = ""
    rejected: bool = False


def needs_approval(entry: Entry, venture: Venture) -> bool:
    """True when ``entry`` counts only once approved: the venture asks for approval, or the
    entry names another member than its author (that member must approve it).

    Examples
    --------
    >>> day = dt.date(2024, 1, 1)
    >>> mine = Entry(1, "ana", Kind.CASH, day, amount=Decimal(5), author="ana", approved=False)
    >>> needs_approval(mine, Venture("v")), needs_approval(mine, Venture("v", require_approval=True))
    (False, True)
    >>> needs_approval(Entry(2, "bob", Kind.REPAYMENT, day, amount=Decimal(5), author="ana"),
    ...                Venture("v"))
    True
    """
    return venture.require_approval or bool(entry.author and entry.author != entry.member)


def counts(entry: Entry, venture: Venture) -> bool:
    """True when an entry that is not a reversal counts in the split (reversals aside):
    not rejected, and approved when it needs approval (:func:`needs_approval`).

    Examples
    --------
    >>> e = Entry(1, "ana", Kind.CASH, dt.date(2024, 1, 1), amount=Decimal(5), approved=False)
    >>> counts(e, Venture("v")), counts(e, Venture("v", require_approval=True))
    (True, False)
    """
    if entry.rejected:
        return False
    return entry.approved or not needs_approval(entry, venture)


@dataclass(frozen=True, slots=True)
class Departure:
    """A member leaves on ``on`` for ``reason``; ``buyback``: the company buys (or offers to).

    ``claimed``: the reason the leaver gave for their own resignation when it is not the
    one the ledger applies: a good reason a leaver records for themself favours its author,
    so until another owner confirms it (or when one disputes it) the ledger applies the
    leaver's worst case, ``reason`` (resigned without good reason), and says so.

    ``disputed``: the reason an owner recorded for another member's departure that costs
    the leaver slices (for cause, without good reason) when the leaver disputes it and no
    other owner has confirmed it: meanwhile the ledger applies the leaver's best case,
    ``reason`` (:func:`best_case`), and says so.

    Examples
    --------
    >>> d = Departure("bob", dt.date(2024, 2, 1), Reason.RESIGNED_NO_GOOD_REASON,
    ...               claimed=Reason.RESIGNED_GOOD_REASON)
    >>> d.reason.at_fault, d.claimed.at_fault
    (True, False)
    """

    member: str
    on: dt.date
    reason: Reason
    buyback: bool = False
    refused: bool = False
    claimed: Reason | None = None
    disputed: Reason | None = None


def best_case(reason: Reason) -> Reason:
    """The reason a departure recorded as ``reason`` counts as while its leaver disputes it
    and no other owner confirmed it: for cause becomes without cause, without good reason
    becomes with good reason (both keep every slice).

    >>> best_case(Reason.FIRED_FOR_CAUSE).value, best_case(Reason.RESIGNED_NO_GOOD_REASON).value
    ('fired-without-cause', 'resigned-good-reason')
    """
    return {
        Reason.FIRED_FOR_CAUSE: Reason.FIRED_WITHOUT_CAUSE,
        Reason.RESIGNED_NO_GOOD_REASON: Reason.RESIGNED_GOOD_REASON,
    }.get(reason, reason)


@dataclass(frozen=True, slots=True)
class Ledger:
    """Everything a split needs: the venture, its terms history, rates, entries, departures."""

    venture: Venture
    terms: tuple[Terms, ...] = (Terms(),)
    rates: tuple[Rate, ...] = ()
    entries: tuple[Entry, ...] = ()
    departures: tuple[Departure, ...] = ()


class Formula(StrEnum):
    """How an entry's value is worked out, in English over named figures: a page says it in
    its reader's language from the member and the figures (:attr:`Computation.figures`),
    without reading the English back (:attr:`Computation.formula` is the English). A figure
    of :data:`COUNTED` comes with its noun in the number it takes (``1 month``, ``3
    months``, ``1 slice``)."""

    TIME_HOURS = "({salary} - {paid_salary} paid) / {hours_per_year} h x {hours} h"
    TIME_HOURS_PAID = (
        "({salary} - {paid_salary} paid) / {hours_per_year} h x {hours} h - {paid} paid"
    )
    TIME_MONTHS = "({salary} - {paid_salary} paid) / 12 x {months}"
    TIME_MONTHS_PAID = "({salary} - {paid_salary} paid) / 12 x {months} - {paid} paid"
    SPENT = "{amount} spent - {paid} reimbursed"
    NEW = "{amount} price (new) - {paid} reimbursed"
    USED_RECENT = "{amount} purchase price (< 1 year old) - {paid} reimbursed"
    USED_OLD = "{amount} resale value (older) - {paid} reimbursed"
    RENT = "{amount} rent/month x {months} - {paid} paid"
    ROYALTY = "{amount} revenue x {rate} royalty - {paid} paid"
    COMMISSION = "{amount} revenue x {rate} commission - {paid} paid"
    FINDER = "{rate} x {low} + {rate_above} x {high} raised - {paid} paid"
    WELL_WITHDRAWAL = "{amount} spent from the Well, split among depositors pro rata"
    WELL_DEPOSIT = "{amount} deposited in the Well"
    REPAYMENT = "{amount} paid back: reduces cash, then Well balance, then non-cash"
    #: the end of every computation, after its value
    SLICES = "{how} = {unpaid} at risk x {multiplier} = {slices}"


#: The figures a formula writes with their noun, in its number: figure -> (singular, plural)
COUNTED: Mapping[str, tuple[str, str]] = {
    "months": ("month", "months"),
    "slices": ("slice", "slices"),
}


@dataclass(frozen=True, slots=True)
class Computation:
    """How one entry becomes slices: fair value, unpaid (at-risk) part, multiplier, slices;
    ``how`` and ``figures`` say how the value was worked out (see :class:`Formula`)."""

    value: Decimal
    unpaid: Fraction
    multiplier: Decimal
    slices: Fraction
    how: Formula
    figures: Mapping[str, Number]

    @property
    def formula(self) -> str:
        """The whole computation in English: ``... = 50 at risk x 2 = 100 slices``, its
        counted figures in their number (:data:`COUNTED`: ``x 1 month``, ``= 1 slice``).

        Examples
        --------
        >>> c = Computation(Decimal(50), Fraction(50), Decimal(2), Fraction(1, 2), Formula.RENT,
        ...     {"amount": Decimal(50), "months": Decimal(1), "paid": Decimal(0),
        ...      "unpaid": Fraction(50), "multiplier": Decimal(2), "slices": Fraction(1)})
        >>> c.formula
        '50 rent/month x 1 month - 0 paid = 50 at risk x 2 = 1 slice'
        """
        shown = {name: _show(x) for name, x in self.figures.items()}
        for name, (one, many) in COUNTED.items():
            if name in self.figures:
                shown[name] = counted(0, one, many, shown=shown[name])
        return Formula.SLICES.format(how=self.how.format(**shown), **shown)


@dataclass(frozen=True, slots=True)
class MemberSplit:
    """One member's part of a split."""

    member: str
    slices: Fraction
    share: Fraction
    percent: Decimal
    by_kind: Mapping[str, Fraction] = field(default_factory=dict)
    value_by_kind: Mapping[str, Fraction] = field(default_factory=dict)
    well_balance: Fraction = Fraction(0)
    left: bool = False


@dataclass(frozen=True, slots=True)
class Split:
    """The pie as of a date: total slices and each member's exact share."""

    as_of: dt.date
    total: Fraction
    members: tuple[MemberSplit, ...]

    def share(self, member: str) -> Fraction:
        """Exact share of ``member`` (0 if absent)."""
        return next((m.share for m in self.members if m.member == member), Fraction(0))


@dataclass(frozen=True, slots=True)
class DepartureReport:
    """A departure's effect on the leaver: slices by kind before and after, and any buy-back."""

    departure: Departure
    before: Mapping[str, Fraction]
    after: Mapping[str, Fraction]
    buyback_amount: Decimal
    well_returned: Fraction
    explanation: str
    #: what the company offered (1 per slice kept), paid or not: a refused offer keeps its amount
    buyback_offered: Decimal = Decimal(0)

    @property
    def slices_before(self) -> Fraction:
        return sum(self.before.values(), Fraction(0))

    @property
    def slices_after(self) -> Fraction:
        return sum(self.after.values(), Fraction(0))


# --------------------------------------------------------------------- numbers
def _f(x: Number) -> Fraction:
    return x if isinstance(x, Fraction) else Fraction(x)


def _exact(
    decimal_op: Callable[[Decimal, Decimal], Decimal],
    fraction_op: Callable[[Fraction, Fraction], Fraction],
    a: Number,
    b: Number,
) -> Number:
    """``decimal_op`` when both are Decimals and the result is exact, else ``fraction_op``."""
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        try:
            return decimal_op(a, b)
        except Inexact:
            pass  # not representable as a Decimal: fall through to exact fractions
    return fraction_op(_f(a), _f(b))


def _mul(a: Number, b: Number) -> Number:
    return _exact(_EXACT.multiply, operator.mul, a, b)


def _div(a: Number, b: Number) -> Number:
    return _exact(_EXACT.divide, operator.truediv, a, b)


def _sub(a: Number, b: Number) -> Number:
    return _exact(_EXACT.subtract, operator.sub, a, b)


def _add(a: Number, b: Number) -> Number:
    return _exact(_EXACT.add, operator.add, a, b)


def _pos(x: Number) -> Number:
    return x if x > 0 else ZERO


def finite_decimal(x: Fraction) -> Decimal | None:
    """``x`` as an exact decimal when it has one (its denominator divides a power of ten),
    else None: 61728/25 is 2469.12, 1/3 has none.

    >>> finite_decimal(Fraction(61728, 25)), finite_decimal(Fraction(1, 3))
    (Decimal('2469.12'), None)
    """
    den = x.denominator
    for p in (2, 5):
        while den % p == 0:
            den //= p
    if den != 1:
        return None
    return (Decimal(x.numerator) / Decimal(x.denominator)).normalize()


def _show(x: Number, places: int = 2) -> str:
    """A number as the ledger's formulas write it: exact when it ends (``2469.12``), else
    rounded with ``...`` (``16666.6667...``)."""
    if isinstance(x, Fraction):
        if x.denominator == 1:
            return str(x.numerator)
        exact = finite_decimal(x)
        if exact is not None:
            return f"{exact:f}"
        d = Decimal(x.numerator) / Decimal(x.denominator)
        return f"{d:.{places + 2}f}".rstrip("0").rstrip(".") + "..."
    return f"{x.normalize():f}" if x == x.to_integral_value() else f"{x:f}"


# ------------------------------------------------------------------ plain values
#: a number as text, in ASCII digits: ``\d`` alone also takes full-width digits (U+FF11 U+FF12
#: for 12) and an Arabic-Indic digit inside others (1, U+0665, 0 for 150), which a reader of
#: the row does not read as the amount
_NUMBER = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: spaces a spreadsheet or a locale puts between thousands (space, no-break, narrow no-break)
_GROUPING = str.maketrans("", "", " \u00a0\u202f\u2009")
#: a comma that may group thousands as well as mark decimals: ``1,500`` is 1500 in English
#: and 1.5 in French (a comma then three digits, after one to three digits not led by 0)
_AMBIGUOUS = re.compile(r"[+-]?[1-9]\d{0,2},\d{3}")


def _bounded(value: Decimal, name: str, label: str, low: Decimal, high: Decimal) -> Decimal:
    """``value`` if finite, within [low, high] and with at most :data:`PLACES` decimals."""
    if not value.is_finite():
        raise InvalidInput(
            f"{label}{name} must be a number, got {value}",
            field=name,
            value=str(value),
            hint="write amounts like 1250.50",
        )
    if value < low or value > high:
        raise InvalidInput(
            f"{label}{name} must be between {low} and {high}, got {value}",
            field=name,
            value=str(value),
            hint=(
                "record a refund as a reversing entry or a repayment"
                if value < low and low == 0
                else f"give a value from {low} to {high}"
            ),
        )
    if value != 0 and int(value.as_tuple().exponent) < -PLACES:
        raise InvalidInput(
            f"{label}{name} has more than {PLACES} decimals, got {value}",
            field=name,
            value=str(value),
            hint=f"round it to {PLACES} decimals or fewer",
        )
    return value


def parse_number(
    value: object,
    name: str,
    *,
    default: Decimal | None = ZERO,
    low: Decimal = ZERO,
    high: Decimal = MAX_AMOUNT,
) -> Decimal | None:
    """A plain value as a bounded Decimal: the one reading of numbers for every shell.

    Accepts a Decimal, an int, a finite float, or text like ``1250.50``, ``1250,50`` or
    ``1 250,50`` (a space between thousands, a decimal comma); ``None`` or ``""`` is
    ``default``. Refuses booleans, exponents (``1e3``), ``NaN``, ``Infinity``, ``sNaN``,
    values outside [``low``, ``high``] and more than :data:`PLACES` decimals, and a comma
    that reads two ways: ``1,500`` is one thousand five hundred in English and one and a
    half in French (it was read as 1.5, a thousandth of what an English speaker meant).

    Examples
    --------
    >>> parse_number("1 250,50", "amount"), parse_number(12, "hours"), parse_number("", "paid")
    (Decimal('1250.50'), Decimal('12'), Decimal('0'))
    >>> parse_number(True, "amount")
    Traceback (most recent call last):
    ...
    matcher.errors.NotANumber: amount must be a number, got True; write amounts like 1250.50
    >>> parse_number("1e999999", "amount")
    Traceback (most recent call last):
    ...
    matcher.errors.NotANumber: amount must be a number like 1250.50, got '1e999999'; write amounts like 1250.50, without exponent
    >>> parse_number(float("nan"), "amount")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: amount must be a number, got NaN; write amounts like 1250.50
    >>> parse_number("1,500", "amount")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: amount 1,500 reads two ways: 1500 with a thousands separator, 1.500 with a decimal comma; write 1500 or 1.500, without a comma
    >>> parse_number("0,125", "rate"), parse_number("1500,25", "amount")
    (Decimal('0.125'), Decimal('1500.25'))
    >>> parse_number("-0.00", "paid")
    Decimal('0.00')
    >>> parse_number("1\u06650", "amount")
    Traceback (most recent call last):
    ...
    matcher.errors.NotANumber: amount must be a number like 1250.50, got '1\u06650'; write amounts like 1250.50, without exponent
    """
    if value is None or value == "":
        return default
    if isinstance(value, bool) or not isinstance(value, Decimal | int | float | str):
        raise NotANumber(
            f"{name} must be a number, got {value!r}",
            field=name,
            value=repr(value)[:80],
            hint="write amounts like 1250.50",
        )
    if isinstance(value, str):
        text = value.strip().translate(_GROUPING)
        if not _NUMBER.fullmatch(text):
            raise NotANumber(
                f"{name} must be a number like 1250.50, got {value[:80]!r}",
                field=name,
                value=value[:80],
                hint="write amounts like 1250.50, without exponent",
            )
        if _AMBIGUOUS.fullmatch(text):
            whole, decimals = text.split(",")
            raise InvalidInput(
                f"{name} {value.strip()[:80]} reads two ways: {whole}{decimals} with a thousands"
                f" separator, {whole}.{decimals} with a decimal comma",
                field=name,
                value=value[:80],
                hint=f"write {whole}{decimals} or {whole}.{decimals}, without a comma",
            )
        number = Decimal(text.replace(",", "."))
    elif isinstance(value, float):
        number = Decimal(repr(value))  # the shortest text of the float: 0.1 is 0.1; nan is NaN
    else:
        number = Decimal(value)
    if number.is_zero():  # '-0' is 0: a sign there would change the entry's hash, not its value
        number = number.copy_abs()
    return _bounded(number, name, "", low, high)


def parse_day(value: object, name: str) -> dt.date:
    """A plain value as a date: a ``date`` or text ``YYYY-MM-DD``, nothing else (``0`` is
    not 1970-01-01, ``"20240102"`` is not a date).

    Examples
    --------
    >>> parse_day("2024-01-02", "on")
    datetime.date(2024, 1, 2)
    >>> parse_day(0, "freeze")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: freeze must be a date YYYY-MM-DD, got 0; e.g. 2024-03-01
    """
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and _DAY.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InvalidInput(
        f"{name} must be a date YYYY-MM-DD, got {value!r}"[:200],
        field=name,
        value=str(value)[:80],
        hint="e.g. 2024-03-01",
    )


def parse_text(value: object, name: str, limit: int = MAX_NOTE) -> str:
    """A plain value as text: a string (None is ""), at most ``limit`` characters, valid
    Unicode (no bytes that were not UTF-8) and no NUL; text that shows nothing (zero-width
    spaces: :func:`matcher.errors.blank`) is "", as spaces are: a venture's name, a reason.

    Examples
    --------
    >>> parse_text("  rent for May ", "note"), parse_text("\\u200b\\u2060", "name")
    ('rent for May', '')
    >>> parse_text("caf\\udce9", "note")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: note is not valid text (a byte that is not UTF-8, at character 4); save the text as UTF-8
    """
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(
            f"{name} must be text, got {value!r}"[:200],
            field=name,
            value=repr(value)[:80],
            hint="write it as text",
        )
    text = "" if blank(value) else value.strip()
    for i, c in enumerate(text):
        if "\ud800" <= c <= "\udfff" or c == "\x00":
            raise InvalidInput(
                f"{name} is not valid text (a byte that is not UTF-8, at character {i + 1})",
                field=name,
                hint="save the text as UTF-8",
            )
    return TooLong.unless_short(text, limit, field=name, hint=f"shorten the {name}")


def parse_choice(value: object, name: str, cls: type[StrEnum], default: str | None = None) -> str:
    """A plain value as one of an enumeration's values (``default`` for None or "").

    Examples
    --------
    >>> parse_choice("cash", "kind", Kind)
    'cash'
    >>> parse_choice("money", "kind", Kind)
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: kind must be one of time, cash, expense, supplies, equipment, facilities, idea, sales, finder, well-deposit, well-withdrawal, repayment, got 'money'; use one of time, cash, expense, supplies, equipment, facilities, idea, sales, finder, well-deposit, well-withdrawal, repayment
    """
    if (value is None or value == "") and default is not None:
        return default
    options = [c.value for c in cls]
    if not isinstance(value, str) or value.strip() not in options:
        raise InvalidInput(
            f"{name} must be one of {', '.join(options)}, got {value!r}"[:400],
            field=name,
            value=str(value)[:80],
            hint=f"use one of {', '.join(options)}",
        )
    return value.strip()


#: The fields of an entry given as plain values (see :func:`parse_entry`).
ENTRY_FIELDS = (
    "member",
    "kind",
    "on",
    "amount",
    "hours",
    "months",
    "paid",
    "condition",
    "rate",
    "note",
)


def parse_entry(raw: Mapping[str, object]) -> Entry:
    """An :class:`Entry` from plain values (strings, numbers), checked by :func:`check_entry`:
    the one way a form, a CSV row, a JSON body or a command line becomes an entry.

    ``raw`` holds :data:`ENTRY_FIELDS` (missing numbers are 0; ``condition`` defaults to
    ``new``); any other key is refused. Errors name the field, the value and the fix.

    Examples
    --------
    >>> e = parse_entry({"member": "ana", "kind": "cash", "on": "2024-01-02", "amount": "12,50"})
    >>> e.amount, e.on, e.kind
    (Decimal('12.50'), datetime.date(2024, 1, 2), <Kind.CASH: 'cash'>)
    >>> parse_entry({"member": "ana", "kind": "cash", "on": "2024-01-02", "amount": "sNaN"})
    Traceback (most recent call last):
    ...
    matcher.errors.NotANumber: amount must be a number like 1250.50, got 'sNaN'; write amounts like 1250.50, without exponent
    >>> parse_entry({"member": "ana", "kind": "cash", "on": "2024-01-02", "amount": 1, "x": 2})
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: x is not a field of an entry (got 'x'); use member, kind, on, amount, hours, months, paid, condition, rate, note
    """
    fields, errors = _entry_fields(raw)
    if errors:
        raise errors[0]
    return check_entry(Entry(id=0, **fields))


def entry_errors(raw: Mapping[str, object]) -> list[InvalidInput]:
    """Every problem :func:`parse_entry` finds in ``raw``, one a field (each field is read on
    its own, so none hides another), then the first of :func:`check_entry` once every field
    reads: a form shows each beside its field at once. Empty: the entry is valid.

    Examples
    --------
    >>> errs = entry_errors({"member": "ana", "kind": "cash", "on": "2024-02-30",
    ...                      "amount": "twelve", "hours": "x"})
    >>> [e.field for e in errs]
    ['on', 'amount', 'hours']
    >>> [e.field for e in entry_errors({"member": "ana", "kind": "cash", "on": "2024-01-02"})]
    ['amount']
    >>> entry_errors({"member": "ana", "kind": "cash", "on": "2024-01-02", "amount": "5"})
    []
    """
    fields, errors = _entry_fields(raw)
    if not errors:
        try:
            check_entry(Entry(id=0, **fields))
        except InvalidInput as exc:
            errors.append(exc)
    return errors


def _entry_member(member: object) -> str:
    if not isinstance(member, str) or not member.strip():
        raise InvalidInput(
            "member is required: the profile id of the member the entry is about",
            field="member",
            value=None if member is None else str(member)[:80],
            hint="give the member's profile id",
        )
    return check_id(parse_text(member, "member", 64), "member")


def _entry_fields(raw: Mapping[str, object]) -> tuple[dict[str, Any], list[InvalidInput]]:
    """The fields of an :class:`Entry` read from ``raw``, and the problem of each field that
    does not read (an unknown key first)."""
    errors = [
        InvalidInput(
            f"{key} is not a field of an entry",
            field=str(key),
            value=str(key),
            hint=f"use {', '.join(ENTRY_FIELDS)}",
        )
        for key in raw
        if key not in ENTRY_FIELDS
    ]
    readers: dict[str, Callable[[object], Any]] = {
        "member": _entry_member,
        "kind": lambda v: Kind(parse_choice(v, "kind", Kind)),
        "on": lambda v: parse_day(v, "on"),
        "amount": lambda v: _n(parse_number(v, "amount")),
        "hours": lambda v: _n(parse_number(v, "hours")),
        "months": lambda v: _n(parse_number(v, "months")),
        "paid": lambda v: _n(parse_number(v, "paid")),
        "condition": lambda v: Condition(parse_choice(v, "condition", Condition, "new")),
        "rate": lambda v: parse_number(v, "rate", default=None, high=Decimal(1)),
        "note": lambda v: parse_text(v, "note"),
    }
    fields, problems = _read_each(readers, raw)
    return fields, errors + problems


def _read_each(
    readers: Mapping[str, Callable[[object], Any]], raw: Mapping[str, object]
) -> tuple[dict[str, Any], list[InvalidInput]]:
    """Each field of ``raw`` read by its reader, on its own: the values that read, and the
    problem of each that does not (so a form can show them all at once)."""
    fields: dict[str, Any] = {}
    errors: list[InvalidInput] = []
    for name, read in readers.items():
        try:
            fields[name] = read(raw.get(name))
        except InvalidInput as exc:
            errors.append(exc)
    return fields, errors


def _n(value: Decimal | None) -> Decimal:
    assert value is not None  # parse_number's default is 0 here
    return value


# ------------------------------------------------------------------ validation
def check_entry(entry: Entry) -> Entry:
    """Validate an entry at the boundary; return it unchanged.

    Raises
    ------
    InvalidInput
        A quantity that is negative, not finite, too large or too precise; a time entry
        without hours or months; a facilities entry without months; a money entry
        without an amount; a rate outside [0, 1]; a note too long or not text.

    Examples
    --------
    >>> e = Entry(1, "ana", Kind.CASH, dt.date(2024, 1, 1), amount=Decimal("-50"))
    >>> check_entry(e)
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: entry 1: amount must be >= 0, got -50; record a refund as a reversing entry or a repayment
    """
    label = f"entry {entry.id}" if entry.id else f"new {entry.kind.value} entry"
    for name in ("amount", "hours", "months", "paid"):
        v: Decimal = getattr(entry, name)
        if not v.is_finite() or v < 0:
            raise InvalidInput(
                f"{label}: {name} must be >= 0, got {v}",
                field=name,
                value=str(v),
                hint="record a refund as a reversing entry or a repayment",
            )
        _bounded(v, name, f"{label}: ", ZERO, MAX_AMOUNT)
    if entry.rate is not None and not (entry.rate.is_finite() and 0 <= entry.rate <= 1):
        raise InvalidInput(
            f"{label}: rate must be between 0 and 1, got {entry.rate}",
            field="rate",
            value=str(entry.rate),
            hint="write 10 % as 0.10",
        )
    parse_text(entry.note, "note")
    if entry.kind is Kind.TIME and (entry.hours > 0) == (entry.months > 0):
        raise InvalidInput(
            f"{label}: a time entry needs hours or months (one of them, > 0)",
            field="hours",
            value=f"hours={entry.hours}, months={entry.months}",
            hint="give hours (such as 12) or months (such as 1), not both",
        )
    if entry.kind is Kind.FACILITIES and entry.months <= 0:
        raise InvalidInput(
            f"{label}: a facilities entry needs months > 0 (amount is the monthly market rent)",
            field="months",
            value=str(entry.months),
            hint="give the number of months the space was used",
        )
    if entry.kind is not Kind.TIME and entry.kind is not Kind.FACILITIES and entry.amount <= 0:
        raise InvalidInput(
            f"{label}: amount must be > 0 for a {entry.kind.value} entry, got {entry.amount}",
            field="amount",
            value=str(entry.amount),
            hint="give the money amount of the contribution",
        )
    return entry


def check_rate(rate: Rate) -> Rate:
    """Validate a member's rate: yearly salaries from 0 to :data:`MAX_AMOUNT`, the salary
    paid not above the fair market salary.

    Examples
    --------
    >>> check_rate(Rate("ana", dt.date(2024, 1, 1), Decimal(50_000), Decimal(60_000)))
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: rate of 'ana': paid_salary 60000 is above the fair market salary 50000; a member paid at or above market puts no time at risk
    """
    for name, v in (("salary", rate.salary), ("paid_salary", rate.paid_salary)):
        _bounded(v, name, f"rate of {rate.member!r}: ", ZERO, MAX_AMOUNT)
    if rate.paid_salary > rate.salary:
        raise InvalidInput(
            f"rate of {rate.member!r}: paid_salary {rate.paid_salary} is above the fair"
            f" market salary {rate.salary}",
            field="paid_salary",
            value=str(rate.paid_salary),
            hint="a member paid at or above market puts no time at risk",
        )
    return rate


def parse_rate(raw: Mapping[str, object]) -> Rate:
    """A :class:`Rate` from plain values (``member``, ``effective``, ``salary``,
    ``paid_salary``), checked by :func:`check_rate`.

    Examples
    --------
    >>> parse_rate({"member": "bob", "effective": "2024-01-01", "salary": "50 000",
    ...             "paid_salary": "20000"}).paid_salary
    Decimal('20000')
    """
    fields, errors = _rate_fields(raw)
    if errors:
        raise errors[0]
    return check_rate(Rate(**fields))


def rate_errors(raw: Mapping[str, object]) -> list[InvalidInput]:
    """Every problem :func:`parse_rate` finds, one a field (each read on its own), then
    :func:`check_rate`'s once every field reads: a form shows them all at once.

    Examples
    --------
    >>> raw = {"member": "bob", "effective": "2024-13-01", "salary": "", "paid_salary": "x"}
    >>> [e.field for e in rate_errors(raw)]
    ['salary', 'effective', 'paid_salary']
    """
    fields, errors = _rate_fields(raw)
    if not errors:
        try:
            check_rate(Rate(**fields))
        except InvalidInput as exc:
            errors.append(exc)
    return errors


def parse_salary_offer(raw: Mapping[str, object], member: str = "") -> SalaryOffer | None:
    """The opening salary an invitation carries, from plain values (``salary``,
    ``paid_salary``, ``effective``, the rates' names), checked as a rate is
    (:func:`check_rate`: the same errors); None when ``salary`` and the others are all
    left out (an invitation without a salary). ``effective`` left out: the joining day.

    Examples
    --------
    >>> parse_salary_offer({"salary": "60 000"}).salary
    Decimal('60000')
    >>> parse_salary_offer({}) is None
    True
    >>> parse_salary_offer({"salary": "-5"}, "bob")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: salary must be between 0 and 1000000000000, got -5; record a refund as a reversing entry or a repayment
    """
    if all(raw.get(name) in (None, "") for name in ("salary", "paid_salary", "effective")):
        return None
    given = {name: raw.get(name) for name in ("salary", "paid_salary", "effective")}
    readers: dict[str, Callable[[object], Any]] = {
        "salary": _rate_salary,
        "paid_salary": lambda v: _n(parse_number(v, "paid_salary")),
        "effective": lambda v: None if v in (None, "") else parse_day(v, "effective"),
    }
    fields, errors = _read_each(readers, given)
    if errors:
        raise errors[0]
    offer = SalaryOffer(fields["salary"], fields["paid_salary"], fields["effective"])
    check_rate(offer.rate(member or "the invitee", fields["effective"] or FIRST_DAY))
    return offer


def _rate_salary(value: object) -> Decimal:
    salary = parse_number(value, "salary", default=None)
    if salary is None:
        raise InvalidInput(
            "salary is required: the yearly fair market salary",
            field="salary",
            hint="e.g. 100000",
        )
    return salary


def _rate_fields(raw: Mapping[str, object]) -> tuple[dict[str, Any], list[InvalidInput]]:
    """The fields of a :class:`Rate` read from ``raw``, and the problem of each that does
    not read."""
    readers: dict[str, Callable[[object], Any]] = {  # the salary first, as ever
        "salary": _rate_salary,
        "member": lambda v: check_id(parse_text(v, "member", 64), "member"),
        "effective": lambda v: parse_day(v, "effective"),
        "paid_salary": lambda v: _n(parse_number(v, "paid_salary")),
    }
    return _read_each(readers, raw)


def parse_departure(raw: Mapping[str, object]) -> Departure:
    """A :class:`Departure` from plain values: ``member``, ``on``, ``reason`` and the
    booleans ``buyback`` and ``refused`` (missing: False; a buy-back can be refused only
    by a leaver not at fault).

    Examples
    --------
    >>> parse_departure({"member": "bob", "on": "2024-02-01", "reason": "fired-for-cause"}).reason
    <Reason.FIRED_FOR_CAUSE: 'fired-for-cause'>
    """
    flags = {}
    for name in ("buyback", "refused"):
        value = raw.get(name, False)
        if not isinstance(value, bool):
            raise InvalidInput(
                f"{name} must be true or false, got {value!r}"[:200],
                field=name,
                value=str(value)[:80],
                hint="true or false",
            )
        flags[name] = value
    reason = Reason(parse_choice(raw.get("reason"), "reason", Reason))
    if flags["refused"] and (not flags["buyback"] or reason.at_fault):
        raise InvalidInput(
            "refused: only a leaver not at fault may refuse a buy-back offer",
            field="refused",
            value=True,
            hint="give buyback with a not-at-fault reason, or leave refused out",
        )
    return Departure(
        check_id(parse_text(raw.get("member"), "member", 64), "member"),
        parse_day(raw.get("on"), "on"),
        reason,
        flags["buyback"],
        flags["refused"],
    )


#: Bounds of each number of the terms: (low, high, whether 0 itself is allowed).
_TERM_BOUNDS: dict[str, tuple[Decimal, Decimal, bool]] = {
    "non_cash_multiplier": (ZERO, Decimal(100), False),
    "cash_multiplier": (ZERO, Decimal(100), False),
    "hours_per_year": (ZERO, Decimal(8784), False),
    "commission_rate": (ZERO, Decimal(1), True),
    "royalty_rate": (ZERO, Decimal(1), True),
    "finder_rate": (ZERO, Decimal(1), True),
    "finder_threshold": (ZERO, MAX_AMOUNT, True),
    "finder_rate_above": (ZERO, Decimal(1), True),
}


def check_terms(terms: Terms) -> Terms:
    """Validate terms: multipliers and hours a year above 0, rates between 0 and 1.

    Examples
    --------
    >>> check_terms(Terms(cash_multiplier=Decimal(-4)))
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: terms: cash_multiplier must be between 0 and 100 (above 0), got -4; the model's defaults are 2 (non-cash), 4 (cash), 2000 hours
    """
    for name, (low, high, zero) in _TERM_BOUNDS.items():
        v: Decimal | None = getattr(terms, name)
        if v is None:
            continue
        if not v.is_finite() or v < low or v > high or (v == 0 and not zero):
            above = "" if zero else " (above 0)"
            raise InvalidInput(
                f"terms: {name} must be between {low} and {high}{above}, got {v}",
                field=name,
                value=str(v),
                hint="the model's defaults are 2 (non-cash), 4 (cash), 2000 hours",
            )
        _bounded(v, name, "terms: ", low, high)
    return terms


def parse_terms(raw: Mapping[str, object]) -> Terms:
    """:class:`Terms` from plain values (missing ones are the model's defaults), checked by
    :func:`check_terms`; ``royalty_rate`` may be empty (no royalty rate).

    Examples
    --------
    >>> parse_terms({"effective": "2025-01-01", "cash_multiplier": "3"}).cash_multiplier
    Decimal('3')
    """
    defaults = Terms()
    for key in raw:
        if key != "effective" and key not in _TERM_BOUNDS:
            raise InvalidInput(
                f"{key} is not a field of the terms",
                field=str(key),
                value=str(key),
                hint=f"use effective, {', '.join(_TERM_BOUNDS)}",
            )
    values: dict[str, Decimal | None] = {}
    for name, (low, high, _) in _TERM_BOUNDS.items():
        default: Decimal | None = getattr(defaults, name)
        values[name] = parse_number(raw.get(name), name, default=default, low=low, high=high)
    effective = raw.get("effective")
    day = defaults.effective if effective is None else parse_day(effective, "effective")
    return check_terms(Terms(day, **values))  # type: ignore[arg-type]


def _rate_for(rates: Sequence[Rate], member: str, on: dt.date) -> Rate:
    best: Rate | None = None
    for r in rates:
        if (
            r.member == member
            and r.effective <= on
            and (best is None or r.effective >= best.effective)
        ):
            best = r
    if best is None:
        raise InvalidInput(
            f"member {member!r} has no fair market salary on {on.isoformat()}",
            field="rate",
            value=member,
            hint="first record their fair market salary, effective on or before the entry's date",
        )
    return best


def hourly_at_risk(rate: Rate, terms: Terms) -> Decimal:
    """The unpaid, at-risk part of one hour of ``rate``'s member under ``terms``:
    ``(fair market salary - cash salary paid) / hours a year``.

    Examples
    --------
    >>> hourly_at_risk(Rate("ana", dt.date(2024, 1, 1), Decimal(50_000), Decimal(20_000)), Terms())
    Decimal('15')
    """
    return (rate.salary - rate.paid_salary) / terms.hours_per_year


def terms_on(terms: Sequence[Terms], on: dt.date) -> Terms:
    """The terms in force on ``on`` (the latest effective on or before it; the first ones
    before any).

    Examples
    --------
    >>> later = Terms(effective=dt.date(2025, 1, 1), cash_multiplier=Decimal(3))
    >>> terms_on((Terms(), later), dt.date(2025, 6, 1)).cash_multiplier
    Decimal('3')
    """
    best = terms[0]
    for t in terms:
        if t.effective <= on and t.effective >= best.effective:
            best = t
    return best


# ---------------------------------------------------------------- one entry
_TWELVE = Decimal(12)


def _unpaid(entry: Entry, terms: Terms, rate: Rate | None) -> tuple[Number, Decimal]:
    """The unpaid (at-risk) money of one entry and its multiplier: the numbers of the model.

    The fold and :func:`slices_for` both use this one function, so a split always adds
    up the slices shown on the entries.
    """
    k = entry.kind
    paid = entry.paid
    if k is Kind.TIME:
        assert rate is not None
        at_risk = _pos(_sub(rate.salary, rate.paid_salary))
        if entry.hours:
            unpaid = _mul(_div(at_risk, terms.hours_per_year), entry.hours)
        else:
            unpaid = _mul(_div(at_risk, _TWELVE), entry.months)
        return (_pos(_sub(unpaid, paid)) if paid else unpaid), terms.non_cash_multiplier
    if k is Kind.CASH or k is Kind.EXPENSE:
        return _pos(_sub(entry.amount, paid)), terms.cash_multiplier
    if k is Kind.SUPPLIES or k is Kind.EQUIPMENT:
        new = entry.condition is Condition.NEW
        mult = terms.cash_multiplier if new else terms.non_cash_multiplier
        return _pos(_sub(entry.amount, paid)), mult
    if k is Kind.FACILITIES:
        return _pos(_sub(_mul(entry.amount, entry.months), paid)), terms.non_cash_multiplier
    if k is Kind.IDEA or k is Kind.SALES:
        r = entry.rate
        if r is None:
            r = terms.royalty_rate if k is Kind.IDEA else terms.commission_rate
        if r is None:
            raise InvalidInput(
                f"entry {entry.id}: an idea needs a royalty rate, and the venture sets none",
                field="rate",
                value=None,
                hint="give the entry a rate (0.05 for 5 %) or set the venture's royalty_rate",
            )
        return _pos(_sub(_mul(entry.amount, r), paid)), terms.non_cash_multiplier
    if k is Kind.FINDER:
        low = min(entry.amount, terms.finder_threshold)
        high = _pos(_sub(entry.amount, terms.finder_threshold))
        fee = _add(_mul(low, terms.finder_rate), _mul(high, terms.finder_rate_above))
        return _pos(_sub(fee, paid)), terms.non_cash_multiplier
    if k is Kind.WELL_WITHDRAWAL:
        return entry.amount, terms.cash_multiplier
    return ZERO, ZERO  # deposits and repayments add no slices themselves


def _value(
    entry: Entry, terms: Terms, rate: Rate | None
) -> tuple[Number, Number, Decimal, Formula, dict[str, Number]]:
    """(fair value, unpaid part, multiplier, formula, its figures) of one entry, for display."""
    unpaid, mult = _unpaid(entry, terms, rate)
    k, paid, amount = entry.kind, entry.paid, entry.amount
    if k is Kind.TIME:
        assert rate is not None
        figures: dict[str, Number] = {"salary": rate.salary, "paid_salary": rate.paid_salary}
        if paid:
            figures["paid"] = paid
        if entry.hours:
            fair = _mul(_div(rate.salary, terms.hours_per_year), entry.hours)
            figures |= {"hours_per_year": terms.hours_per_year, "hours": entry.hours}
            how = Formula.TIME_HOURS_PAID if paid else Formula.TIME_HOURS
        else:
            fair = _mul(_div(rate.salary, _TWELVE), entry.months)
            figures["months"] = entry.months
            how = Formula.TIME_MONTHS_PAID if paid else Formula.TIME_MONTHS
        return fair, unpaid, mult, how, figures
    spent: dict[str, Number] = {"amount": amount, "paid": paid}
    if k is Kind.CASH or k is Kind.EXPENSE:
        return amount, unpaid, mult, Formula.SPENT, spent
    if k is Kind.SUPPLIES or k is Kind.EQUIPMENT:
        assert entry.condition is not None
        return amount, unpaid, mult, Formula[entry.condition.name], spent
    if k is Kind.FACILITIES:
        return (
            _mul(amount, entry.months),
            unpaid,
            mult,
            Formula.RENT,
            spent | {"months": entry.months},
        )
    if k is Kind.IDEA or k is Kind.SALES:
        r = entry.rate
        if r is None:
            r = terms.royalty_rate if k is Kind.IDEA else terms.commission_rate
        assert r is not None  # _unpaid refused a missing rate
        how = Formula.ROYALTY if k is Kind.IDEA else Formula.COMMISSION
        return _mul(amount, r), unpaid, mult, how, spent | {"rate": r}
    if k is Kind.FINDER:
        low = min(amount, terms.finder_threshold)
        high = _pos(_sub(amount, terms.finder_threshold))
        fee = _add(_mul(low, terms.finder_rate), _mul(high, terms.finder_rate_above))
        figures = {"rate": terms.finder_rate, "low": low, "rate_above": terms.finder_rate_above}
        return fee, unpaid, mult, Formula.FINDER, figures | {"high": high, "paid": paid}
    if k is Kind.WELL_WITHDRAWAL:
        return amount, unpaid, mult, Formula.WELL_WITHDRAWAL, {"amount": amount}
    if k is Kind.WELL_DEPOSIT:
        return amount, unpaid, mult, Formula.WELL_DEPOSIT, {"amount": amount}
    return amount, unpaid, mult, Formula.REPAYMENT, {"amount": amount}


def months_since(start: dt.date, day: dt.date) -> int:
    """The calendar months from ``start`` to ``day``, both counted whole.

    Examples
    --------
    >>> months_since(dt.date(2024, 1, 31), dt.date(2024, 2, 1)), months_since(dt.date(2024, 1, 1), dt.date(2024, 1, 1))
    (2, 1)
    """
    return (day.year - start.year) * 12 + day.month - start.month + 1


class _Slack:
    """For each day ``0 .. n - 1`` after a start, how much more time fits up to it: the most
    (``caps``) less the time counted up to that day. :meth:`take` counts time from a day on
    (every later day too), :meth:`first_below` finds the first day from one on where less
    than some time fits: both O(log n), a segment tree whose nodes keep the least of their
    days, less what was taken from all of them at once (``taken``, never pushed down)."""

    __slots__ = ("least", "n", "taken")

    def __init__(self, caps: Sequence[Decimal]) -> None:
        self.n = len(caps)  # a power of two
        self.least: list[Decimal] = [_NEVER] * self.n + list(caps)
        self.taken: list[Decimal] = [ZERO] * (2 * self.n)
        for i in range(self.n - 1, 0, -1):
            self.least[i] = min(self.least[2 * i], self.least[2 * i + 1])

    def take(self, day: int, amount: Decimal) -> None:
        """``amount`` less fits up to ``day`` and every later day."""
        if amount:
            self._take(1, 0, self.n, day, amount)

    def _take(self, node: int, lo: int, hi: int, day: int, amount: Decimal) -> None:
        if hi <= day:
            return
        if day <= lo:
            self.least[node] -= amount
            self.taken[node] += amount
            return
        mid = (lo + hi) // 2
        self._take(2 * node, lo, mid, day, amount)
        self._take(2 * node + 1, mid, hi, day, amount)
        self.least[node] = min(self.least[2 * node], self.least[2 * node + 1]) - self.taken[node]

    def first_below(self, day: int, amount: Decimal) -> int | None:
        """The first day from ``day`` on where less than ``amount`` fits; None if none."""
        return self._first(1, 0, self.n, day, amount, ZERO)

    def _first(
        self, node: int, lo: int, hi: int, day: int, amount: Decimal, above: Decimal
    ) -> int | None:
        if hi <= day or self.least[node] - above >= amount:
            return None
        if hi - lo == 1:
            return lo
        above += self.taken[node]
        mid = (lo + hi) // 2
        found = self._first(2 * node, lo, mid, day, amount, above)
        return (
            found if found is not None else self._first(2 * node + 1, mid, hi, day, amount, above)
        )


#: More than any time: the days of :class:`_Slack` past the last one.
_NEVER = Decimal("Infinity")


class TimeBudget:
    """Each member's time so far, to check that a new time entry fits: a member's time up to
    any day is at most 24 hours a day and one month a month since the venture's start (a
    month started counts whole), counting their time entries that are neither rejected nor
    reversed. Hours beyond that are a typo or a grab: one entry of 10^12 hours took the
    whole pie, and only its member could reverse it.

    A new entry changes the totals of its own day and of every later day, so those are
    checked (a back-dated entry must fit too). Built once from a ledger, then :meth:`add`
    keeps it current: an import checks each row against the rows before it, by a pass over
    the member's entries after its day while they are fewer than :attr:`TREE_FROM` (an
    import in date order: none), else with a :class:`_Slack` per limit (hours, months) over
    the days since the start, built once for the member and kept current from then on, so
    that each row costs O(log days) in any date order (an import in reverse date order
    summed every later entry again for each row: O(n^2)); an entry that does not fit is
    told, as always, by the pass over the entries after its day.

    Examples
    --------
    >>> start = dt.date(2024, 1, 1)
    >>> budget = TimeBudget(start, [Entry(1, "ana", Kind.TIME, start, hours=Decimal(20))])
    >>> budget.over(Entry(2, "ana", Kind.TIME, start, hours=Decimal(5)))  # 25 on day one
    ('hours', Decimal('25'), 24, datetime.date(2024, 1, 1))
    >>> budget.over(Entry(2, "ana", Kind.TIME, dt.date(2024, 1, 2), hours=Decimal(5))) is None
    True
    """

    #: From how many entries after a new entry's day the check uses :class:`_Slack` trees.
    TREE_FROM = 64

    def __init__(self, start: dt.date, entries: Iterable[Entry] = ()) -> None:
        self.start = start
        entries = list(entries)
        gone = {e.reverses for e in entries if e.reverses is not None}
        # per member: (day, hours, months) sorted by day, and the totals
        self._rows: dict[str, list[tuple[dt.date, Decimal, Decimal]]] = {}
        self._totals: dict[str, tuple[Decimal, Decimal]] = {}
        # per member with many entries: what more fits each day, hours and months
        self._slack: dict[str, tuple[_Slack, _Slack]] = {}
        counted = (
            e
            for e in entries
            if e.kind is Kind.TIME and e.reverses is None and not e.rejected and e.id not in gone
        )
        for e in sorted(counted, key=lambda e: e.on):
            self._rows.setdefault(e.member, []).append((e.on, e.hours, e.months))
            h, m = self._totals.get(e.member, (ZERO, ZERO))
            self._totals[e.member] = (h + e.hours, m + e.months)

    def over(self, entry: Entry) -> tuple[str, Decimal, int, dt.date] | None:
        """The first limit ``entry`` (a time entry) would pass, as (field, the member's time
        up to that day with it, the most, the day); None when it fits."""
        rows = self._rows.get(entry.member, [])
        later = len(rows) - bisect.bisect_right(rows, entry.on, key=itemgetter(0))
        slack = self._trees(entry.member, entry.on) if later >= self.TREE_FROM else None
        if slack is not None:
            day = (entry.on - self.start).days
            hours, months = slack
            fits = hours.first_below(day, entry.hours) is None
            if fits and months.first_below(day, entry.months) is None:
                return None
        return self._scan(entry)  # few later entries, or one that does not fit: in words

    def _scan(self, entry: Entry) -> tuple[str, Decimal, int, dt.date] | None:
        """:meth:`over`, by a pass over the member's entries after ``entry``'s day."""
        rows = self._rows.get(entry.member, [])
        at = bisect.bisect_right(rows, entry.on, key=itemgetter(0))
        later = rows[at:]  # after the new entry's day: few, for an import in date order
        total_h, total_m = self._totals.get(entry.member, (ZERO, ZERO))
        hours = total_h - sum((r[1] for r in later), ZERO) + entry.hours
        months = total_m - sum((r[2] for r in later), ZERO) + entry.months
        checks = [(entry.on, hours, months)]
        for i, (day, h, m) in enumerate(later):
            hours, months = hours + h, months + m
            if i + 1 == len(later) or later[i + 1][0] != day:  # the day's last entry
                checks.append((day, hours, months))
        for day, h, m in checks:
            if h > 24 * ((day - self.start).days + 1):
                return "hours", h, 24 * ((day - self.start).days + 1), day
            if m > months_since(self.start, day):
                return "months", m, months_since(self.start, day), day
        return None

    def _trees(self, member: str, on: dt.date) -> tuple[_Slack, _Slack] | None:
        """The member's :class:`_Slack` trees, covering ``on`` (built, or built again over
        twice the days, when needed); None for a day before the start (which :meth:`_scan`
        tells)."""
        rows = self._rows.get(member, [])
        day = (on - self.start).days
        if day < 0:
            return None
        found = self._slack.get(member)
        if found is not None and day < found[0].n:
            return found
        last = max(day, (rows[-1][0] - self.start).days if rows else 0)
        n = 1 << max(last, 1).bit_length()  # a power of two above the last day
        hours = _Slack([Decimal(24 * (d + 1)) for d in range(n)])
        months = _Slack(
            [Decimal(months_since(self.start, self.start + dt.timedelta(days=d))) for d in range(n)]
        )
        for on_, h, m in rows:  # an entry before the start counts from the first day
            d = max((on_ - self.start).days, 0)
            hours.take(d, h)
            months.take(d, m)
        self._slack[member] = (hours, months)
        return hours, months

    def add(self, entry: Entry) -> None:
        """Count ``entry`` (a new time entry, or any entry: others are left out)."""
        if entry.kind is not Kind.TIME or entry.reverses is not None or entry.rejected:
            return
        bisect.insort(
            self._rows.setdefault(entry.member, []),
            (entry.on, entry.hours, entry.months),
            key=itemgetter(0),
        )
        h, m = self._totals.get(entry.member, (ZERO, ZERO))
        self._totals[entry.member] = (h + entry.hours, m + entry.months)
        slack = self._slack.get(entry.member)
        day = max((entry.on - self.start).days, 0)
        if slack is not None and day < slack[0].n:
            slack[0].take(day, entry.hours)
            slack[1].take(day, entry.months)
        elif slack is not None:  # out of the trees' days: built again when next needed
            del self._slack[entry.member]


def slices_for(entry: Entry, terms: Terms, rates: Sequence[Rate] = ()) -> Computation:
    """The computation of one entry: value, unpaid part, multiplier, slices and a formula.

    Parameters
    ----------
    entry : Entry
    terms : Terms
        The terms in effect on the entry's date.
    rates : sequence of Rate
        Member rates (needed for time entries); the one in effect on the entry's date is used.

    Examples
    --------
    >>> day = dt.date(2024, 3, 1)
    >>> rate = Rate("ana", dt.date(2024, 1, 1), Decimal(100_000))
    >>> c = slices_for(Entry(1, "ana", Kind.TIME, day, hours=Decimal(1)), Terms(), [rate])
    >>> c.slices, c.formula
    (Fraction(100, 1), '(100000 - 0 paid) / 2000 h x 1 h = 50 at risk x 2 = 100 slices')
    >>> slices_for(Entry(2, "ana", Kind.CASH, day, amount=Decimal(2500)), Terms()).slices
    Fraction(10000, 1)
    """
    rate = _rate_for(rates, entry.member, entry.on) if entry.kind is Kind.TIME else None
    fair, unpaid, mult, how, numbers = _value(entry, terms, rate)
    slices = _f(_mul(unpaid, mult))
    numbers |= {"unpaid": unpaid, "multiplier": mult, "slices": slices}
    fair_d = fair if isinstance(fair, Decimal) else Decimal(fair.numerator) / fair.denominator
    return Computation(fair_d, _f(unpaid), mult, slices, how, numbers)


# ----------------------------------------------------------------- the fold
class _Member:
    """One member in the fold: unpaid value per (kind, multiplier), Well balance, left or not.

    Slices are never stored per part: a part's slices are its value x its multiplier, so
    paying money back (which lowers a value) keeps slices exact without any division.
    Values are kept as a Decimal (``parts``, ``total``) while exact, which is nearly always,
    plus a Fraction for the rest (``fparts``, ``ftotal``: e.g. a month of salary / 12).
    """

    __slots__ = ("fparts", "ftotal", "left", "parts", "total", "well")

    def __init__(self) -> None:
        self.parts: dict[tuple[str, Decimal], Decimal] = {}
        self.fparts: dict[tuple[str, Decimal], Fraction] = {}
        self.total = ZERO
        self.ftotal = Fraction(0)
        self.well = ZERO
        self.left = False

    def copy(self) -> _Member:
        m = _Member.__new__(_Member)
        m.parts, m.fparts = dict(self.parts), dict(self.fparts)
        m.total, m.ftotal, m.well, m.left = self.total, self.ftotal, self.well, self.left
        return m

    def add(self, bucket: str, multiplier: Decimal, value: Number) -> None:
        key = (bucket, multiplier)
        if type(value) is Decimal:
            try:
                part = _EXACT.add(self.parts.get(key, ZERO), value)
                total = _EXACT.add(self.total, _EXACT.multiply(value, multiplier))
            except Inexact:
                pass
            else:
                self.parts[key], self.total = part, total
                return
        f = _f(value)
        self.fparts[key] = self.fparts.get(key, _FZERO) + f
        whole = _WHOLE.get(multiplier)
        if whole is None:  # an integral multiplier (2, 4, 1) multiplies as an int
            n, d = multiplier.as_integer_ratio()
            whole = _WHOLE[multiplier] = n if d == 1 else Fraction(n, d)
        self.ftotal += f * whole

    def add_part(self, key: tuple[str, Decimal], value: Number, slices: Decimal | None) -> None:
        """Add ``value`` to the part ``key``; ``slices`` is value x multiplier when exact."""
        if slices is not None and type(value) is Decimal:
            try:
                part = _EXACT.add(self.parts.get(key, ZERO), value)
                total = _EXACT.add(self.total, slices)
            except Inexact:
                pass
            else:
                self.parts[key], self.total = part, total
                return
        self.add(key[0], key[1], value)

    def value(self, key: tuple[str, Decimal]) -> Number:
        d = self.parts.get(key, ZERO)
        return Fraction(d) + self.fparts[key] if key in self.fparts else d

    def put(self, key: tuple[str, Decimal], value: Number) -> None:
        if isinstance(value, Decimal):
            self.parts[key] = value
            self.fparts.pop(key, None)
        else:
            self.parts.pop(key, None)
            self.fparts[key] = value

    def recount(self) -> None:
        self.total, self.ftotal = ZERO, Fraction(0)
        parts, fparts = self.parts, self.fparts
        self.parts, self.fparts = {}, {}
        for (bucket, mult), v in parts.items():
            self.add(bucket, mult, v)
        for (bucket, mult), f in fparts.items():
            self.add(bucket, mult, f)

    def slices(self) -> Fraction:
        return Fraction(*self.ratio())

    def ratio(self) -> tuple[int, int]:
        """Slices as (numerator, denominator) integers, denominator > 0 (maybe not lowest terms)."""
        n, d = self.total.as_integer_ratio()
        f = self.ftotal
        if f:
            fn, fd = f.as_integer_ratio()
            return n * fd + fn * d, d * fd
        return n, d

    def part_keys(self) -> list[tuple[str, Decimal]]:
        return [*self.parts, *(k for k in self.fparts if k not in self.parts)]

    def by_kind(self) -> tuple[dict[str, Number], dict[str, Number]]:
        slices: dict[str, Number] = {}
        values: dict[str, Number] = {}
        for key in self.part_keys():
            bucket, mult = key
            v = self.value(key)
            slices[bucket] = _add(slices.get(bucket, ZERO), _mul(v, mult))
            values[bucket] = _add(values.get(bucket, ZERO), v)
        kept = [k for k in _BUCKETS if values.get(k)]  # a part taken back to 0 is not shown
        return {k: slices[k] for k in kept}, {k: values[k] for k in kept}


_BUCKET_OF = {
    Kind.TIME: "time",
    Kind.CASH: "cash",
    Kind.EXPENSE: "expense",
    Kind.SUPPLIES: "supplies",
    Kind.EQUIPMENT: "equipment",
    Kind.FACILITIES: "facilities",
    Kind.IDEA: "idea",
    Kind.SALES: "sales",
    Kind.FINDER: "finder",
}
_PHASE = {Kind.WELL_WITHDRAWAL: 1, Kind.REPAYMENT: 2}


class _KeyTable(dict[tuple[str, Decimal], tuple[str, Decimal]]):
    """Interns part keys: ``table[(bucket, multiplier)]`` is always the same tuple."""

    def __missing__(self, key: tuple[str, Decimal]) -> tuple[str, Decimal]:
        self[key] = key
        return key


#: One shared part key per (bucket, multiplier), so the fold allocates no key per entry.
_KEYS = _KeyTable()
#: (part key, unpaid money, slices when an exact Decimal) of one contribution.
_Numbers = tuple[tuple[str, Decimal], Number, Decimal | None]
_ONE = Decimal(1)


class Numbers:
    """What each entry is worth, kept between folds of one venture's ledger.

    An entry's unpaid value and slices depend only on the entry (ledger rows never change),
    the venture's terms and its members' rates; this keeps them while the terms and rates
    are the same, so a split or a history after a new post computes only the new entries.
    Give one to :func:`split` / :func:`timeline` for a venture and keep it for the next call.

    Examples
    --------
    >>> day = dt.date(2024, 1, 1)
    >>> led = Ledger(Venture("v"), entries=(Entry(1, "ana", Kind.CASH, day, amount=Decimal(5)),))
    >>> memo = Numbers()
    >>> split(led, numbers=memo).total, len(memo.of(led))
    (Fraction(20, 1), 1)
    >>> len(memo.of(Ledger(Venture("v"), terms=(Terms(day, cash_multiplier=Decimal(3)),))))
    0
    """

    __slots__ = ("_key", "_numbers")

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._numbers: dict[int, _Numbers] = {}

    def of(self, ledger: Ledger) -> dict[int, _Numbers]:
        """The numbers computed so far for ``ledger`` (emptied when its terms or rates changed)."""
        key = (ledger.venture.id, ledger.terms, ledger.rates)
        if key != self._key:
            self._key, self._numbers = key, {}
        return self._numbers

    def fork(self) -> Numbers:
        """A copy whose new numbers stay its own: for a fold of a ledger with an entry it
        does not hold (a probe numbered as the next entry will be), which must not be kept
        for the ledger's next real entry of that number."""
        forked = Numbers()
        forked._key, forked._numbers = self._key, dict(self._numbers)
        return forked


class _Pie:
    """The state of the fold: one :class:`_Member` per member, plus departure reports.

    Well withdrawals of one day are pooled and allocated once (``_flush``), in cents by
    largest remainder, so their order within the day cannot matter. ``touched`` remembers,
    per member, the position of the last departure or repayment that reached the non-cash
    contributions, and ``repaid`` that of the last repayment: a contribution folded after
    them can be taken out again by subtraction (see :func:`timeline`). A repayment takes
    from cash, then the Well, and only then from non-cash contributions, so a non-cash
    contribution can be taken out after a repayment that never reached non-cash.
    """

    def __init__(
        self,
        ledger: Ledger,
        rates: dict[str, list[Rate]] | None = None,
        numbers: Numbers | None = None,
        shortfalls: list[tuple[dt.date, Decimal]] | None = None,
    ) -> None:
        self.ledger = ledger
        self.terms = ledger.terms
        if rates is None:
            rates = {}
            for r in sorted(ledger.rates, key=lambda r: r.effective):
                rates.setdefault(r.member, []).append(r)
        self.rates = rates
        self.rate_days = {m: [r.effective for r in rs] for m, rs in rates.items()}
        self.members: dict[str, _Member] = {}
        self.reports: list[DepartureReport] = []
        self.pending = ZERO
        self.pending_on: dt.date | None = None
        #: Well withdrawals the depositors' balances could not cover: (day, money missing),
        #: shared by the copies (every fold of a history reports into one list)
        self.shortfalls = [] if shortfalls is None else shortfalls
        self.position = -1
        self.touched: dict[str, int] = {}
        self.repaid: dict[str, int] = {}
        self.freeze = ledger.venture.freeze
        # entry id -> its numbers: kept by the caller between folds when it passes ``numbers``
        self.cache: dict[int, _Numbers] = {} if numbers is None else numbers.of(ledger)
        self.per_unit: dict[tuple[int, int, bool], Number] = {}  # (rate, terms, hourly) -> money

    def copy(self) -> _Pie:
        self._flush()
        p = _Pie.__new__(_Pie)
        p.ledger, p.terms, p.rates, p.rate_days = (
            self.ledger,
            self.terms,
            self.rates,
            self.rate_days,
        )
        p.members = {k: m.copy() for k, m in self.members.items()}
        p.reports = list(self.reports)
        p.pending, p.pending_on, p.position = ZERO, None, self.position
        p.shortfalls = self.shortfalls
        p.touched, p.repaid = dict(self.touched), dict(self.repaid)
        p.cache = self.cache  # shared: an entry's numbers never change
        p.per_unit, p.freeze = self.per_unit, self.freeze
        return p

    def _rate(self, member: str, on: dt.date) -> Rate:
        i = bisect.bisect_right(self.rate_days.get(member, []), on)
        if i == 0:
            return _rate_for((), member, on)  # raises the error naming member and date
        return self.rates[member][i - 1]

    def member(self, mid: str) -> _Member:
        m = self.members.get(mid)
        if m is None:
            m = self.members[mid] = _Member()
        return m

    def _frozen(self, item: Entry) -> bool:
        freeze = self.ledger.venture.freeze
        return freeze is not None and item.on > freeze and item.kind in _GROWS

    def _contribution(self, item: Entry) -> _Numbers:
        done = self.cache.get(item.id)
        if done is None:
            done = self.cache[item.id] = self._compute(item)
        return done

    def _compute(self, item: Entry) -> _Numbers:
        """(part key, unpaid money, slices when an exact Decimal) of a contribution.

        The same numbers as :func:`_unpaid`, with the common cases done directly: money
        spent (Decimal arithmetic, exact) and unpaid time (the rate per hour or month is
        computed once per rate and terms).
        """
        terms = self.terms[0] if len(self.terms) == 1 else terms_on(self.terms, item.on)
        k = item.kind
        unpaid: Number | None = None
        if k is Kind.TIME and not item.paid:
            rate = self._rate(item.member, item.on)
            hourly = bool(item.hours)
            memo = (id(rate), id(terms), hourly)
            per = self.per_unit.get(memo)
            if per is None:
                at_risk = _pos(_sub(rate.salary, rate.paid_salary))
                per = _div(at_risk, terms.hours_per_year if hourly else _TWELVE)
                self.per_unit[memo] = per
            mult = terms.non_cash_multiplier
            qty = item.hours if hourly else item.months
            if type(per) is Decimal:
                try:
                    unpaid = _EXACT.multiply(per, qty)
                    return _KEYS[("time", mult)], unpaid, _EXACT.multiply(unpaid, mult)
                except Inexact:
                    pass
            unpaid = _mul(per, qty)
        elif k is Kind.CASH or k is Kind.EXPENSE:
            try:
                unpaid = _pos(_EXACT.subtract(item.amount, item.paid))
            except Inexact:
                unpaid = None
            mult = terms.cash_multiplier
        if unpaid is None:
            time_rate = self._rate(item.member, item.on) if k is Kind.TIME else None
            unpaid, mult = _unpaid(item, terms, time_rate)
        slices: Decimal | None = None
        if type(unpaid) is Decimal:
            try:
                slices = _EXACT.multiply(unpaid, mult)
            except Inexact:
                slices = None
        return _KEYS[(_BUCKET_OF[k], mult)], unpaid, slices

    def apply(self, item: Entry | Departure) -> None:
        if isinstance(item, Departure):
            self._flush()
            self._depart(item)
            return
        kind = item.kind
        if kind in _BUCKET_OF:  # a contribution: the common case, kept short
            if self.freeze is not None and item.on > self.freeze:
                return
            if self.pending:
                self._flush()
            done = self.cache.get(item.id)
            if done is None:
                done = self.cache[item.id] = self._compute(item)
            m = self.members.get(item.member)
            if m is None:
                m = self.members[item.member] = _Member()
            m.add_part(*done)
            return
        if self._frozen(item):
            return
        if kind is Kind.WELL_WITHDRAWAL:
            if self.pending_on != item.on:
                self._flush()
            self.pending += item.amount
            self.pending_on = item.on
            return
        if self.pending:
            self._flush()
        if kind is Kind.REPAYMENT:
            self.repaid[item.member] = self.position
            if self._repay(self.member(item.member), item.amount):
                self.touched[item.member] = self.position
        elif kind is Kind.WELL_DEPOSIT:
            m = self.member(item.member)
            m.well += item.amount
        else:
            self.member(item.member).add_part(*self._contribution(item))

    def can_subtract(self, item: Entry | Departure, position: int) -> bool:
        """True when taking ``item`` out by subtraction equals never having folded it."""
        if not isinstance(item, Entry) or item.kind not in _BUCKET_OF:
            return False
        if self.touched.get(item.member, -1) >= position:
            return False
        cash = _BUCKET_OF[item.kind] in CASH_KINDS
        return not cash or self.repaid.get(item.member, -1) < position

    def subtract(self, item: Entry) -> None:
        if self._frozen(item):
            return
        key, unpaid, slices = self._contribution(item)
        self.member(item.member).add_part(key, -unpaid, None if slices is None else -slices)

    def _flush(self) -> None:
        """Allocate the pooled Well withdrawals among depositors pro rata, exactly to the cent."""
        amount, on = self.pending, self.pending_on
        self.pending, self.pending_on = ZERO, None
        if not amount or on is None:
            return
        balances = {mid: m.well for mid, m in sorted(self.members.items()) if m.well > 0}
        if not balances:
            self.shortfalls.append((on, amount))
            return
        exponent = min(-2, *(int(x.as_tuple().exponent) for x in (amount, *balances.values())))
        quantum = Decimal(1).scaleb(exponent)
        units = {mid: int(b.scaleb(-exponent)) for mid, b in balances.items()}
        total = sum(units.values())
        wanted = int(amount.scaleb(-exponent))
        if wanted > total:
            self.shortfalls.append((on, quantum * (wanted - total)))
        spent = min(wanted, total)
        parts = {mid: spent * u // total for mid, u in units.items()}
        order = sorted(units, key=lambda mid: (-(spent * units[mid] % total), mid))
        for mid in order[: spent - sum(parts.values())]:
            parts[mid] += 1
        mult = terms_on(self.terms, on).cash_multiplier
        for mid, part in parts.items():
            money = quantum * part
            m = self.members[mid]
            m.well -= money
            m.add("well", mult, money)

    @staticmethod
    def _repay(m: _Member, amount: Decimal) -> bool:
        """Pay ``amount`` back; True when it reached the non-cash contributions."""
        left: Number = amount
        for b in CASH_KINDS:
            left = _take(m, b, left)
        if left > 0 and m.well > 0:
            assert isinstance(left, Decimal)  # cash parts are money: still a Decimal here
            take = min(m.well, left)
            m.well = _EXACT.subtract(m.well, take)
            left = _EXACT.subtract(left, take)
        reached = left > 0
        for b in NON_CASH_KINDS:
            left = _take(m, b, left)
        m.recount()
        return reached

    def _depart(self, d: Departure) -> None:
        m = self.member(d.member)
        self.touched[d.member] = self.position
        kinds, value_kinds = m.by_kind()
        values = {k: _f(v) for k, v in value_kinds.items()}
        report = apply_departure({k: _f(v) for k, v in kinds.items()}, values, Fraction(m.well), d)
        if report.after != report.before:  # at fault (cash kept at x1) or bought back
            m.parts, m.fparts = {}, {}
            for k, v in values.items():
                if report.after.get(k):
                    m.put((k, _ONE), v if v.denominator != 1 else Decimal(v.numerator))
            m.recount()
        m.well = ZERO
        m.left = True
        self.reports.append(report)

    def snapshot(self, as_of: dt.date, detail: bool = True, shown: Iterable[str] = ()) -> Split:
        self._flush()
        # a member shows once they hold slices or Well cash, or have left; ``shown`` always
        for mid in shown:
            self.member(mid)
        listed = set(shown)
        ids = sorted(
            k
            for k, m in self.members.items()
            if m.total or m.ftotal or m.well or m.left or k in listed
        )
        ratios = {mid: self.members[mid].ratio() for mid in ids}
        totals = {mid: Fraction(n, d) for mid, (n, d) in ratios.items()}
        shares, percents, total = _shares(ratios)
        rows = []
        for mid in ids:
            m = self.members[mid]
            if detail:
                kinds, values = m.by_kind()
                by_kind = {k: _f(v) for k, v in kinds.items()}
                value_by_kind = {k: _f(v) for k, v in values.items()}
            else:
                by_kind, value_by_kind = {}, {}
            rows.append(
                MemberSplit(
                    mid,
                    totals[mid],
                    shares[mid],
                    percents[mid],
                    by_kind,
                    value_by_kind,
                    Fraction(m.well) if m.well else _FZERO,
                    m.left,
                )
            )
        return Split(as_of, total, tuple(rows))


def _shares(
    ratios: Mapping[str, tuple[int, int]],
) -> tuple[dict[str, Fraction], dict[str, Decimal], Fraction]:
    """Exact shares, largest-remainder percentages and the total, in integers over a common
    denominator (``ratios``: each member's slices as numerator and positive denominator)."""
    den = math.lcm(*(d for _, d in ratios.values())) if ratios else 1
    ints = {k: n * (den // d) for k, (n, d) in ratios.items()}
    whole = sum(ints.values())
    if not whole:
        zero = Decimal("0.00")
        return {k: Fraction(0) for k in ints}, {k: zero for k in ints}, Fraction(0)
    unit = 10_000
    floors: dict[str, int] = {}
    rests: dict[str, int] = {}
    for k, v in ints.items():
        floors[k], rests[k] = divmod(v * unit, whole)
    order = sorted(ints, key=lambda k: (-rests[k], k))
    for k in order[: unit - sum(floors.values())]:
        floors[k] += 1
    return (
        {k: Fraction(v, whole) for k, v in ints.items()},
        {k: Decimal(v).scaleb(-2) for k, v in floors.items()},
        Fraction(whole, den),
    )


_GROWS = frozenset(set(Kind) - {Kind.REPAYMENT})
#: The kinds whose entries share the Well's withdrawals again, or take back what it gave.
_RESHARES = frozenset({Kind.WELL_DEPOSIT, Kind.WELL_WITHDRAWAL, Kind.REPAYMENT})


def _take(m: _Member, bucket: str, left: Number) -> Number:
    """Lower ``bucket``'s values by up to ``left`` money, highest multiplier first."""
    if left <= 0:
        return left
    for key in sorted((k for k in m.part_keys() if k[0] == bucket), key=lambda k: -k[1]):
        v = m.value(key)
        if v <= 0:
            continue
        take = v if v <= left else left
        m.put(key, _sub(v, take))
        left = _sub(left, take)
        if left <= 0:
            break
    return left


# ------------------------------------------------------------------ recovery
def apply_departure(
    slices: Mapping[str, Fraction],
    values: Mapping[str, Fraction],
    well_balance: Fraction,
    departure: Departure,
) -> DepartureReport:
    """Apply the recovery framework to a leaver's slices by kind.

    Parameters
    ----------
    slices, values : mapping of kind to Fraction
        The leaver's slices and unpaid (at-risk) money by kind just before leaving
        (``MemberSplit.by_kind`` and ``MemberSplit.value_by_kind``).
    well_balance : Fraction
        Cash still in the Well, returned to the leaver.
    departure : Departure

    Examples
    --------
    >>> leave = Departure("bob", dt.date(2024, 6, 1), Reason.RESIGNED_NO_GOOD_REASON)
    >>> r = apply_departure({"time": Fraction(6000), "cash": Fraction(4000)},
    ...                     {"time": Fraction(3000), "cash": Fraction(1000)}, Fraction(0), leave)
    >>> r.slices_before, r.slices_after, r.after["time"], r.after["cash"]
    (Fraction(10000, 1), Fraction(1000, 1), Fraction(0, 1), Fraction(1000, 1))
    """
    before = {k: _f(slices.get(k, Fraction(0))) for k in _BUCKETS}
    if departure.reason.at_fault:
        after = {
            k: (_f(values.get(k, Fraction(0))) if k in CASH_KINDS else Fraction(0))
            for k in _BUCKETS
        }
        rule = (
            f"{departure.reason.value}: time, idea, relationship and facilities slices are lost;"
            " cash, supplies and equipment are kept at x1"
        )
        buy = departure.buyback
        rule += "; the company buys the rest back at 1 per slice" if buy else ""
    else:
        after = dict(before)
        rule = f"{departure.reason.value}: every slice is kept with its multiplier"
        buy = departure.buyback and not departure.refused
        if departure.buyback:
            rule += (
                "; the leaver refused the company's buy-back offer"
                if departure.refused
                else "; the leaver accepted the company's buy-back at 1 per slice"
            )
    if departure.claimed is not None:
        rule = (
            f"{departure.claimed.value} claimed by the leaver, not confirmed by another owner;"
            f" meanwhile {rule}"
        )
    if departure.disputed is not None:
        rule = (
            f"{departure.disputed.value} recorded by an owner and disputed by the leaver, not"
            f" confirmed by another owner; meanwhile {rule}"
        )
    kept = sum(after.values(), Fraction(0))
    offered = amount = Decimal(0)
    if departure.buyback:
        offered = (Decimal(kept.numerator) / Decimal(kept.denominator)).quantize(Decimal("0.01"))
        if departure.refused and not departure.reason.at_fault:
            rule += f" (offered {offered})"
    if buy:
        amount = offered
        after = {k: Fraction(0) for k in _BUCKETS}
    return DepartureReport(departure, before, after, amount, well_balance, rule, offered)


# --------------------------------------------------------------- split, timeline
def largest_remainder(shares: Mapping[str, Fraction], places: int = 2) -> dict[str, Decimal]:
    """Percentages rounded to ``places`` decimals that sum to exactly 100 (largest remainder).

    Ties go to the smaller key, so the result is deterministic. An empty pie is all zeros.

    Examples
    --------
    >>> third = Fraction(1, 3)
    >>> largest_remainder({"a": third, "b": third, "c": third})
    {'a': Decimal('33.34'), 'b': Decimal('33.33'), 'c': Decimal('33.33')}
    """
    unit = 100 * 10**places
    quantum = Decimal(1).scaleb(-places)
    if not shares or sum(shares.values()) == 0:
        return {k: Decimal(0).quantize(quantum) for k in shares}
    floors = {k: (s * unit).numerator // (s * unit).denominator for k, s in shares.items()}
    missing = unit - sum(floors.values())
    order = sorted(shares, key=lambda k: (-(shares[k] * unit - floors[k]), k))
    for k in order[:missing]:
        floors[k] += 1
    return {k: (Decimal(v) / 10**places).quantize(quantum) for k, v in floors.items()}


def _items(
    ledger: Ledger,
) -> tuple[list[tuple[dt.date, int, Entry | Departure]], dict[int, dt.date]]:
    reversed_on: dict[int, dt.date] = {}
    for e in ledger.entries:
        if e.reverses is not None:
            reversed_on[e.reverses] = e.on
    items: list[tuple[dt.date, int, Entry | Departure]] = []
    venture = ledger.venture
    for e in ledger.entries:
        if e.reverses is None and counts(e, venture):
            items.append((e.on, _PHASE.get(e.kind, 0), e))
    for d in ledger.departures:
        items.append((d.on, 3, d))
    items.sort(key=itemgetter(0, 1))  # stable: ties keep posting order
    return items, reversed_on


def timeline(
    ledger: Ledger,
    dates: Iterable[dt.date] | None = None,
    *,
    detail: bool = True,
    numbers: Numbers | None = None,
    members: Iterable[str] = (),
) -> list[Split]:
    """Splits at several dates in one pass (as-of history).

    Parameters
    ----------
    ledger : Ledger
    dates : iterable of date, optional
        Defaults to every date on which the ledger changes.
    detail : bool
        Fill each member's slices by kind (False: only slices, shares and percentages,
        which is all a chart needs, and faster).
    numbers : Numbers, optional
        Entries' numbers kept from an earlier call on the same venture (see :class:`Numbers`).
    members : iterable of str
        Members shown at every date even without slices (at 0, 0.00 %).

    Examples
    --------
    >>> d1, d2 = dt.date(2024, 1, 1), dt.date(2024, 2, 1)
    >>> led = Ledger(Venture("v"), entries=(
    ...     Entry(1, "ana", Kind.CASH, d1, amount=Decimal(100)),
    ...     Entry(2, "bob", Kind.CASH, d2, amount=Decimal(300))))
    >>> [str(s.share("ana")) for s in timeline(led)]
    ['1', '1/4']
    """
    with gc_paused():
        return _timeline(ledger, dates, detail, numbers, tuple(members))


def _timeline(
    ledger: Ledger,
    dates: Iterable[dt.date] | None,
    detail: bool,
    numbers: Numbers | None,
    shown: tuple[str, ...] = (),
    shortfalls: list[tuple[dt.date, Decimal]] | None = None,
    final: list[_Pie] | None = None,
) -> list[Split]:
    items, reversed_on = _items(ledger)
    if dates is None:
        wanted = sorted({t[0] for t in items} | set(reversed_on.values()))
    else:
        wanted = sorted(set(dates))
    days = [t[0] for t in items]
    things = [t[2] for t in items]
    # rev_at[i]: the date item i is reversed on (None: never); by_reversal: positions by that date
    rev_at: list[dt.date | None] = [None] * len(items)
    by_reversal: dict[dt.date, list[int]] = {}
    for i, item in enumerate(things):
        if type(item) is Entry and item.id in reversed_on:
            rev_at[i] = r = reversed_on[item.id]
            by_reversal.setdefault(r, []).append(i)
    rev_dates = sorted(by_reversal)
    pie = _Pie(ledger, numbers=numbers, shortfalls=shortfalls)
    snaps: list[tuple[int, _Pie]] = [(0, pie.copy())]
    pointer = high = 0
    last: dt.date | None = None
    out: list[Split] = []
    for when in wanted:
        # Reversals taking effect in (last, when] of entries already folded: take each out
        # by subtraction when that is exact, else roll back to a snapshot before it.
        lo = 0 if last is None else bisect.bisect_right(rev_dates, last)
        hi = bisect.bisect_right(rev_dates, when)
        done = sorted(p for r in rev_dates[lo:hi] for p in by_reversal[r] if p < pointer)
        if done and all(pie.can_subtract(items[p][2], p) for p in done):
            for p in done:
                item = items[p][2]
                assert isinstance(item, Entry)
                pie.subtract(item)
                for at, saved in reversed(snaps):  # snapshots that hold the entry lose it too
                    if at <= p:
                        break
                    saved.subtract(item)
        elif done:
            idx = bisect.bisect_right([s[0] for s in snaps], done[0]) - 1
            pointer, saved = snaps[idx]
            del snaps[idx + 1 :]
            pie = saved.copy()
        end = bisect.bisect_right(days, when, pointer)
        while pointer < end:
            if pointer < high and pointer and days[pointer - 1] < days[pointer]:
                snaps.append((pointer, pie.copy()))  # re-folding: keep the day's snapshot
            gone = rev_at[pointer]
            pie.position = pointer
            pointer += 1
            if gone is not None and gone <= when:
                continue
            pie.apply(things[pointer - 1])
        high = max(high, pointer)
        if snaps[-1][0] != pointer:
            snaps.append((pointer, pie.copy()))
        out.append(pie.snapshot(when, detail, shown))
        last = when
    if final is not None:  # the fold at the last date: everything folded, reversals out
        final.append(pie)
    return out


def split(
    ledger: Ledger,
    as_of: dt.date | None = None,
    *,
    numbers: Numbers | None = None,
    members: Iterable[str] = (),
) -> Split:
    """The pie as of a date (default: the last date in the ledger): exact shares and percentages.

    ``members`` are shown even without slices (at 0, 0.00 %).

    Examples
    --------
    >>> day = dt.date(2024, 1, 1)
    >>> led = Ledger(Venture("v"), rates=(Rate("ana", day, Decimal(100_000)),), entries=(
    ...     Entry(1, "ana", Kind.TIME, day, hours=Decimal(10)),
    ...     Entry(2, "bob", Kind.CASH, day, amount=Decimal(500))))
    >>> s = split(led)
    >>> s.total, [(m.member, m.slices, str(m.share), str(m.percent)) for m in s.members]
    (Fraction(3000, 1), [('ana', Fraction(1000, 1), '1/3', '33.33'), ('bob', Fraction(2000, 1), '2/3', '66.67')])
    """
    if as_of is None:
        dates = [e.on for e in ledger.entries] + [d.on for d in ledger.departures]
        as_of = max(dates) if dates else dt.date.today()
    return timeline(ledger, [as_of], numbers=numbers, members=members)[0]


def departure_reports(ledger: Ledger, as_of: dt.date | None = None) -> list[DepartureReport]:
    """The recovery reports of the departures up to ``as_of`` (before/after for each leaver).

    Examples
    --------
    >>> day = dt.date(2024, 1, 1)
    >>> led = Ledger(Venture("v"), entries=(Entry(1, "bob", Kind.CASH, day, amount=Decimal(10)),),
    ...              departures=(Departure("bob", day, Reason.FIRED_FOR_CAUSE),))
    >>> [(r.slices_before, r.slices_after) for r in departure_reports(led)]
    [(Fraction(40, 1), Fraction(10, 1))]
    """
    items, reversed_on = _items(ledger)
    when = as_of or max((t[0] for t in items), default=dt.date.today())
    pie = _Pie(ledger)
    for on, _, item in items:
        if on > when:
            break
        if isinstance(item, Entry) and item.id in reversed_on and reversed_on[item.id] <= when:
            continue
        pie.apply(item)
    return pie.reports


def lowered_by_reversal(
    ledger: Ledger,
    entry: Entry,
    on: dt.date | None = None,
    *,
    numbers: Numbers | None = None,
    before: Mapping[dt.date, Split] | None = None,
) -> tuple[str, ...]:
    """The members whose slices a reversal of ``entry`` dated ``on`` (default: at the
    entry) would lower on that day or any later day, sorted: the split with the reversal
    against the split as it is, on the reversal's day and every later date where the
    difference between the two can change: a Well entry's, a repayment's, a reversal's or
    a departure's (another contribution adds the same slices to both; between those dates
    the difference stays as it was, which a property test checks against every date).
    When it lowers several members on its own day, those only (the later days are not
    folded: who reverses it is then already known to be nobody).

    ``before``: the splits of ``ledger`` as it is at those dates, when already folded
    (else folded here, with ``numbers``).

    Examples
    --------
    >>> d1, d2 = dt.date(2024, 1, 1), dt.date(2024, 1, 2)
    >>> led = Ledger(Venture("v"), entries=(
    ...     Entry(1, "ana", Kind.WELL_DEPOSIT, d1, amount=Decimal(100)),
    ...     Entry(2, "bob", Kind.WELL_WITHDRAWAL, d2, amount=Decimal(60))))
    >>> lowered_by_reversal(led, led.entries[1])
    ('ana',)
    """
    day = entry.on if on is None else on
    dates = sorted(
        {day}
        | {e.on for e in ledger.entries if e.on > day and (e.kind in _RESHARES or e.reverses)}
        | {d.on for d in ledger.departures if d.on > day}
    )
    probe = replace(
        entry,
        id=1 + max(e.id for e in ledger.entries),
        on=day,
        reverses=entry.id,
        approved=False,
        rejected=False,
    )
    with_it = replace(ledger, entries=(*ledger.entries, probe))

    def lowered_on(days: list[dt.date]) -> set[str]:
        if before is None:
            was = timeline(ledger, days, detail=False, numbers=numbers)
        else:
            was = [before[d] for d in days]
        kept = None if numbers is None else numbers.fork()  # the probe's numbers not kept
        now = timeline(with_it, days, detail=False, numbers=kept)
        out: set[str] = set()
        for a, b in zip(was, now, strict=True):
            has = {m.member: m.slices for m in b.members}
            out |= {m.member for m in a.members if has.get(m.member, 0) < m.slices}
        return out

    lowered = lowered_on([day])  # one day, the fold up to it: enough when it lowers several
    if len(lowered) < 2 and len(dates) > 1:
        lowered |= lowered_on(dates[1:])
    return tuple(sorted(lowered))


def well_shortfall(ledger: Ledger) -> tuple[dt.date, Decimal] | None:
    """The first Well withdrawal the depositors' balances cannot cover, as (day, money
    missing), or None when the Well always holds what is taken from it.

    A withdrawal is split among the depositors in proportion to their balance; money taken
    beyond the balance would be nobody's (it would vanish from the pie), so the service
    refuses any entry, reversal, approval or departure after which this is not None. The
    Well is checked as of every date the ledger changes (a withdrawal reversed later still
    counted until then).

    Examples
    --------
    >>> day = dt.date(2024, 1, 1)
    >>> led = Ledger(Venture("v"), entries=(
    ...     Entry(1, "ana", Kind.WELL_DEPOSIT, day, amount=Decimal(100)),
    ...     Entry(2, "ana", Kind.WELL_WITHDRAWAL, day, amount=Decimal(1000))))
    >>> well_shortfall(led)
    (datetime.date(2024, 1, 1), Decimal('900.00'))
    """
    found: list[tuple[dt.date, Decimal]] = []
    with gc_paused():
        _timeline(ledger, None, False, None, (), found)  # the pie as of every date it changes
    return min(found) if found else None


class _Margins:
    """For each day a Well withdrawal counts on, a lower bound of what the Well holds when
    that day's withdrawals are taken, minus those withdrawals, over every as-of view of a
    ledger (in integer units of ``10**-PLACES``): deposits that count and are never
    reversed, less every withdrawal that counts (reversed or not: it counted until its
    reversal), less every repayment that counts, from the day after it (a repayment takes
    at most its amount from the Well, after the day's withdrawals). While no bound is
    negative no withdrawal takes more than the Well holds, in any view: the Well's total is
    exactly its deposits less what was taken from it, and withdrawals of one day are taken
    together, after the day's deposits (:data:`_PHASE`).

    A departure returns the leaver's Well balance, which the bound does not follow:
    :meth:`of` gives None for a ledger where a leaver deposited on or before their
    departure (their balance then is 0 otherwise). A segment tree over the days keeps the
    bounds: an entry changes those of every day from its own (or the next) in O(log days),
    and the least bound is at its root.
    """

    __slots__ = ("first", "leaves", "low", "own", "reversed", "taken", "venture")

    _NONE = 10**40  # a day without withdrawals: no bound (far above any sum of amounts)

    def __init__(self, venture: Venture, first: int, last: int, reversed_ids: set[int]) -> None:
        self.venture = venture
        self.reversed = reversed_ids
        self.first = first
        leaves = 1
        while leaves < last - first + 1:
            leaves *= 2
        self.leaves = leaves
        self.low = [self._NONE] * (2 * leaves)  # least bound under each node, own adds in
        self.own = [0] * (2 * leaves)  # what was added to the whole node
        self.taken: dict[int, int] = {}  # day -> withdrawals that count on it

    @classmethod
    def of(cls, ledger: Ledger, also: dt.date | None = None) -> _Margins | None:
        """The bounds of ``ledger`` over its days (and ``also``), or None when they do not
        hold (a leaver's deposit on or before their departure, an amount finer than
        :data:`PLACES` decimals)."""
        left = {d.member: d.on for d in ledger.departures}
        if any(
            e.kind is Kind.WELL_DEPOSIT and e.member in left and e.on <= left[e.member]
            for e in ledger.entries
        ) or len(ledger.departures) != len(left):
            return None
        days = [e.on.toordinal() for e in ledger.entries]
        if also is not None:
            days.append(also.toordinal())
        if not days:
            return None
        first, last = min(days), max(days)
        pad = max(366, last - first)  # room for rows dated around the ledger's days
        reversed_ids = {e.reverses for e in ledger.entries if e.reverses is not None}
        margins = cls(ledger.venture, first - pad, last + pad, reversed_ids)
        for e in ledger.entries:
            if not margins.apply(e, 1):
                return None
        return margins

    def covers(self, day: dt.date) -> bool:
        return 0 <= day.toordinal() - self.first < self.leaves

    def least(self) -> int:
        return self.low[1]

    def _add(self, start: int, value: int, stop: int | None = None) -> None:
        """Add ``value`` to the bounds of the days from ``start`` (an ordinal) to ``stop``
        (excluded; default: every later day)."""
        n = self.leaves
        lo = max(0, start - self.first) + n
        hi = n + n if stop is None else stop - self.first + n
        if lo >= hi:
            return
        low, own = self.low, self.own
        a, b = lo, hi
        while a < b:
            if a & 1:
                low[a] += value
                own[a] += value
                a += 1
            if b & 1:
                b -= 1
                low[b] += value
                own[b] += value
            a >>= 1
            b >>= 1
        for i in (lo, hi - 1):
            i >>= 1
            while i:
                low[i] = min(low[2 * i], low[2 * i + 1]) + own[i]
                i >>= 1

    def apply(self, entry: Entry, sign: int) -> bool:
        """Count ``entry`` in the bounds (``sign`` 1) or take it out again (-1); False when
        its amount is finer than :data:`PLACES` decimals (the bounds no longer hold)."""
        kind = entry.kind
        if kind not in (Kind.WELL_DEPOSIT, Kind.WELL_WITHDRAWAL, Kind.REPAYMENT):
            return True
        if entry.reverses is not None or not counts(entry, self.venture):
            return True
        freeze = self.venture.freeze
        if freeze is not None and entry.on > freeze and kind in _GROWS:
            return True
        units = entry.amount.scaleb(PLACES)
        if units != units.to_integral_value():
            return False
        amount = sign * int(units)
        day = entry.on.toordinal()
        if kind is Kind.WELL_DEPOSIT:
            if entry.id not in self.reversed:
                self._add(day, amount)
        elif kind is Kind.REPAYMENT:
            self._add(day + 1, -amount)
        else:
            self._add(day, -amount)
            was = self.taken.get(day, 0)
            self.taken[day] = was + sign
            if was == 0 and sign > 0:
                self._add(day, -self._NONE, day + 1)
            elif was == 1 and sign < 0:
                self._add(day, self._NONE, day + 1)
        return True


class WellFold:
    """:func:`well_shortfall` of a ledger that grows by entries, each checked before it is
    added, without folding the whole ledger again for each (a ledger import).

    Two ways to an answer, both exact. First, lower bounds of what the Well holds on each
    withdrawal's day (:class:`_Margins`), kept up to date in O(log days) per entry in any
    date order: when none is negative with the entry added, no withdrawal takes more than
    the Well holds, and the answer is None. Otherwise (a withdrawal refused, a repayment
    that its member's cash covered, a leaver's deposit), the fold of the ledger: an entry
    dated after every date the kept fold holds (its entries that count, departures,
    reversals) only extends it, from a copy of the kept pie (O(members)); an entry dated
    earlier, or a reversal, drops the kept fold, and the check folds the ledger again (the
    answer of :func:`well_shortfall`, at its cost). ``last_withdrawal`` is the latest Well
    withdrawal of the ledger, counted or not (the days
    :meth:`EquityService._keeps_withdrawals` looks at), and :meth:`sole_depositor` tells
    when a member's Well deposit or repayment cannot change the other members' slices.

    Examples
    --------
    >>> day = dt.date(2024, 1, 1)
    >>> led = Ledger(Venture("v"), entries=(Entry(1, "ana", Kind.WELL_DEPOSIT, day,
    ...                                           amount=Decimal(100)),))
    >>> well = WellFold(lambda: led)
    >>> take = Entry(2, "ana", Kind.WELL_WITHDRAWAL, day + dt.timedelta(days=1),
    ...              amount=Decimal(150))
    >>> well.shortfall_with(take)
    (datetime.date(2024, 1, 2), Decimal('50.00'))
    >>> well.add(replace(take, amount=Decimal(60)))
    >>> well.shortfall_with(replace(take, id=3, amount=Decimal(60)))
    >>> well.shortfall_with(replace(take, id=3, on=take.on + dt.timedelta(days=1)))
    (datetime.date(2024, 1, 3), Decimal('110.00'))
    >>> well.sole_depositor("ana"), well.sole_depositor("bob")
    (True, False)
    """

    def __init__(self, ledger: Callable[[], Ledger]) -> None:
        self._ledger = ledger  # the ledger as it stands, entries added included
        first = ledger()
        self.venture = first.venture
        self.last_withdrawal = max(
            (e.on for e in first.entries if e.kind is Kind.WELL_WITHDRAWAL), default=None
        )
        self._depositors = {e.member for e in first.entries if e.kind is Kind.WELL_DEPOSIT}
        self._left = {d.member: d.on for d in first.departures}
        self._pie: _Pie | None = None
        self._found: list[tuple[dt.date, Decimal]] = []
        self._last: dt.date | None = None
        self._margins: _Margins | None = None
        self._margins_built = False  # False: (re)built from the ledger when next needed

    def sole_depositor(self, member: str) -> bool:
        """True when no member but ``member`` ever deposited in the Well (an entry of any
        state): the others then hold no Well balance on any day, and no change of
        ``member``'s balance changes how a withdrawal is shared among them."""
        return self._depositors <= {member}

    def _fold(self) -> _Pie:
        if self._pie is None:
            ledger = self._ledger()
            found: list[tuple[dt.date, Decimal]] = []
            final: list[_Pie] = []
            with gc_paused():
                _timeline(ledger, None, False, None, (), found, final)
            self._pie = final[0] if final else _Pie(ledger, shortfalls=found)
            self._found = found
            items, reversed_on = _items(ledger)
            self._last = max([t[0] for t in items] + list(reversed_on.values()), default=None)
        return self._pie

    def _ahead(self, entry: Entry) -> bool:
        self._fold()
        return entry.reverses is None and (self._last is None or entry.on > self._last)

    def _leaver_deposit(self, entry: Entry) -> bool:
        """A deposit by a leaver on or before their departure (see :class:`_Margins`)."""
        left = self._left.get(entry.member)
        return entry.kind is Kind.WELL_DEPOSIT and left is not None and entry.on <= left

    def _bounds(self, entry: Entry) -> _Margins | None:
        """The bounds of the ledger, covering ``entry``'s day, or None when they do not
        hold for the ledger with ``entry``."""
        if entry.reverses is not None or self._leaver_deposit(entry):
            return None
        if not self._margins_built or (
            self._margins is not None and not self._margins.covers(entry.on)
        ):
            self._margins = _Margins.of(self._ledger(), entry.on)
            self._margins_built = True
        return self._margins

    def shortfall_with(self, entry: Entry) -> tuple[dt.date, Decimal] | None:
        """:func:`well_shortfall` of the ledger with ``entry`` added."""
        margins = self._bounds(entry)
        if margins is not None and margins.apply(entry, 1):
            fits = margins.least() >= 0
            margins.apply(entry, -1)
            if fits:
                return None
        if not self._ahead(entry):
            ledger = self._ledger()
            return well_shortfall(replace(ledger, entries=(*ledger.entries, entry)))
        pie = self._fold().copy()  # flushes the kept pie's last day into the shortfalls
        found = pie.shortfalls = list(self._found)
        if counts(entry, self.venture):
            with gc_paused():
                pie.apply(entry)
                pie._flush()
        return min(found) if found else None

    def add(self, entry: Entry) -> None:
        """``entry`` was added to the ledger (call it once the ledger returns it)."""
        if entry.kind is Kind.WELL_WITHDRAWAL:
            self.last_withdrawal = max(filter(None, (self.last_withdrawal, entry.on)))
        if entry.kind is Kind.WELL_DEPOSIT:
            self._depositors.add(entry.member)
        margins = self._margins
        if margins is not None:  # None: not built yet, or the bounds do not hold
            if entry.reverses is not None or not margins.covers(entry.on):
                self._margins, self._margins_built = None, False  # built again when needed
            elif self._leaver_deposit(entry) or not margins.apply(entry, 1):
                self._margins = None  # and for good
        if self._pie is None or (entry.reverses is None and not counts(entry, self.venture)):
            return  # not folded yet, or nothing to fold
        if not self._ahead(entry):
            self._pie = None  # folded again when next needed
            return
        self._pie.position += 1
        self._pie.apply(entry)
        self._last = entry.on


class WellReversals:
    """Which reversals of a ledger's Well deposits and repayments the Well refuses (the rule
    of ``EquityService._reversal_refused``), decided for a whole page at once from the
    ledger's Well movements, where that is exact; None where it is not.

    The ledger is *plain* when the Well's total follows from deposits and withdrawals
    alone: no Well entry (deposit, withdrawal, repayment) is reversed, no member who ever
    deposited has a repayment that counts (it could take from their balance), no leaver
    deposited on or before their departure, and no withdrawal takes more than the Well
    holds. Then what the Well holds after each withdrawal day is the deposits so far less
    the withdrawals so far (the day's deposits come before its withdrawals), and the
    reversal of a deposit of ``a`` leaves a withdrawal short exactly when that margin on
    its day or a later withdrawal day is below ``a``: refused (True). Otherwise, when no
    one but its member ever deposited (and its member reverses it), the reversal changes
    no one else's share of a withdrawal: allowed (False). A repayment of a member who never
    deposited never took from the Well: its reversal by its member changes no one else's
    slices (False). Every other case is left to the fold (None).

    Examples
    --------
    >>> day = dt.date(2024, 1, 1)
    >>> led = Ledger(Venture("v"), entries=(
    ...     Entry(1, "ana", Kind.WELL_DEPOSIT, day, amount=Decimal(100)),
    ...     Entry(2, "ana", Kind.WELL_DEPOSIT, day, amount=Decimal(50)),
    ...     Entry(3, "ana", Kind.WELL_WITHDRAWAL, day + dt.timedelta(days=1), amount=Decimal(90))))
    >>> well = WellReversals(led)
    >>> well.refused(led.entries[0], "ana"), well.refused(led.entries[1], "ana")
    (True, False)
    """

    def __init__(self, ledger: Ledger) -> None:
        self.venture = venture = ledger.venture
        entries = ledger.entries
        self.depositors = {e.member for e in entries if e.kind is Kind.WELL_DEPOSIT}
        well_kinds = (Kind.WELL_DEPOSIT, Kind.WELL_WITHDRAWAL, Kind.REPAYMENT)
        self.last_withdrawal = max(
            (e.on for e in entries if e.kind is Kind.WELL_WITHDRAWAL), default=None
        )
        left = {d.member: d.on for d in ledger.departures}
        self.plain = len(left) == len(ledger.departures) and not any(
            (e.reverses is not None and e.kind in well_kinds)
            or (
                e.kind is Kind.REPAYMENT
                and e.member in self.depositors
                and e.reverses is None
                and counts(e, venture)
            )
            or (e.kind is Kind.WELL_DEPOSIT and e.member in left and e.on <= left[e.member])
            for e in entries
        )
        # per withdrawal day, in order: the deposits less the withdrawals up to that day
        moved: dict[dt.date, list[Decimal]] = {}
        for e in entries:
            if e.kind not in (Kind.WELL_DEPOSIT, Kind.WELL_WITHDRAWAL):
                continue
            if e.reverses is not None or not counts(e, venture) or self._frozen(e):
                continue
            day = moved.setdefault(e.on, [ZERO, ZERO])
            day[e.kind is Kind.WELL_WITHDRAWAL] += e.amount
        self.days: list[dt.date] = []
        margins: list[Decimal] = []
        held = ZERO
        for on in sorted(moved):
            put, took = moved[on]
            held = _EXACT.subtract(_EXACT.add(held, put), took)
            if took:
                self.days.append(on)
                margins.append(held)
        if margins and min(margins) < 0:
            self.plain = False  # a withdrawal already short: left to the fold
        # least[i]: the least margin on withdrawal day i or later
        self.least = list(itertools.accumulate(reversed(margins), min))[::-1]

    def _frozen(self, entry: Entry) -> bool:
        freeze = self.venture.freeze
        return freeze is not None and entry.on > freeze and entry.kind in _GROWS

    def refused(self, entry: Entry, author: str) -> bool | None:
        """True when the Well refuses the reversal of ``entry`` by ``author`` (dated at the
        entry), False when it does not, None when only the fold can tell."""
        if entry.kind not in (Kind.WELL_DEPOSIT, Kind.REPAYMENT) or not counts(entry, self.venture):
            return False
        if self.last_withdrawal is None or self.last_withdrawal < entry.on:
            return False  # no withdrawal since it: none shared again, none short
        if not self.plain:
            return None
        if entry.kind is Kind.REPAYMENT:
            return False if entry.member == author else None
        if self.short(entry):
            return True
        if self.depositors <= {author} and entry.member == author:
            return False
        return None

    def short(self, entry: Entry) -> bool | None:
        """True when the reversal of ``entry`` (a Well deposit that counts, dated at it)
        leaves a withdrawal short in some as-of view (:func:`well_shortfall`), False when it
        does not, None when only the fold can tell."""
        if not self.plain or entry.kind is not Kind.WELL_DEPOSIT:
            return None
        if not counts(entry, self.venture) or self._frozen(entry):
            return False  # it never counted: its reversal changes nothing
        at = bisect.bisect_left(self.days, entry.on)
        return at < len(self.least) and self.least[at] < entry.amount


def _money(x: Decimal) -> str:
    return f"{x.normalize():f}"


def ledger_as_of(ledger: Ledger, as_of: dt.date) -> Ledger:
    """The ledger as it stood on ``as_of``: its entries and departures dated on or before
    it, the terms and salaries effective by then, and the freeze if it was dated by then.
    The split of that day is the same as the whole ledger's; what a document of that day
    prints and hashes is this, so that nothing later changes it.

    Examples
    --------
    >>> day = dt.date(2024, 1, 1)
    >>> later = dt.date(2024, 6, 1)
    >>> led = Ledger(Venture("v", freeze=later), rates=(Rate("ana", day, Decimal(9)),
    ...              Rate("ana", later, Decimal(12))), terms=(Terms(), Terms(effective=later)))
    >>> cut = ledger_as_of(led, dt.date(2024, 3, 1))
    >>> cut.venture.freeze, [r.salary for r in cut.rates], len(cut.terms)
    (None, [Decimal('9')], 1)
    >>> ledger_as_of(led, later) == led
    True
    """
    venture = ledger.venture
    if venture.freeze is not None and venture.freeze > as_of:
        venture = replace(venture, freeze=None)
    terms = tuple(t for t in ledger.terms if t.effective <= as_of)
    return replace(
        ledger,
        venture=venture,
        terms=terms or ledger.terms[:1],
        rates=tuple(r for r in ledger.rates if r.effective <= as_of),
        entries=tuple(e for e in ledger.entries if e.on <= as_of),
        departures=tuple(d for d in ledger.departures if d.on <= as_of),
    )


def ledger_hash(ledger: Ledger, as_of: dt.date | None = None) -> str:
    """SHA-256 of the ledger's canonical JSON: the venture's settings, terms, rates, every
    entry (number, content, author, approved or rejected, what it reverses) and the
    departures. Two copies of a ledger are the same ledger exactly when their hashes are
    equal; posting order does not matter for the split but does for the hash (entries are
    numbered), as it should for a record people sign.

    With ``as_of``: the ledger up to that day, as a split document of that day shows it
    (:func:`ledger_as_of`: what is dated or effective on or before it), so two documents
    of one day agree however the ledger went on, a later salary, terms or freeze included.
    When nothing is dated later it is the whole ledger's hash (a venture's end is never before its last date: the
    document of its end has the hash its members confirmed).

    Examples
    --------
    >>> day = dt.date(2024, 1, 1)
    >>> led = Ledger(Venture("v"), entries=(Entry(1, "ana", Kind.CASH, day, amount=Decimal(5)),))
    >>> same = Ledger(Venture("v"), entries=(Entry(1, "ana", Kind.CASH, day, amount=Decimal("5.00")),))
    >>> ledger_hash(led) == ledger_hash(same), len(ledger_hash(led))
    (True, 64)
    >>> later = Entry(2, "ana", Kind.CASH, dt.date(2024, 3, 1), amount=Decimal(7))
    >>> grown = replace(led, entries=(*led.entries, later))
    >>> ledger_hash(grown, as_of=day) == ledger_hash(led) == ledger_hash(led, as_of=day)
    True
    >>> ledger_hash(grown, as_of=later.on) == ledger_hash(grown) != ledger_hash(led)
    True
    """
    if as_of is not None:
        ledger = ledger_as_of(ledger, as_of)
    v = ledger.venture
    doc = {
        "venture": {
            "id": v.id,
            "name": v.name,
            "require_approval": v.require_approval,
            "freeze": v.freeze.isoformat() if v.freeze else None,
            "start": v.start.isoformat(),
        },
        "terms": [
            {
                "effective": t.effective.isoformat(),
                **{
                    name: None if getattr(t, name) is None else _money(getattr(t, name))
                    for name in _TERM_BOUNDS
                },
            }
            for t in sorted(ledger.terms, key=lambda t: t.effective)
        ],
        "rates": [
            [r.member, r.effective.isoformat(), _money(r.salary), _money(r.paid_salary)]
            for r in sorted(ledger.rates, key=lambda r: (r.member, r.effective))
        ],
        "entries": [
            {
                "number": e.id,
                "member": e.member,
                "kind": e.kind.value,
                "on": e.on.isoformat(),
                "amount": _money(e.amount),
                "hours": _money(e.hours),
                "months": _money(e.months),
                "paid": _money(e.paid),
                "condition": e.condition.value,
                "rate": None if e.rate is None else _money(e.rate),
                "reverses": e.reverses,
                "author": e.author,
                "note": e.note,
                "approved": e.approved,
                "rejected": e.rejected,
            }
            for e in sorted(ledger.entries, key=lambda e: e.id)
        ],
        "departures": [
            # a reason claimed and not applied (yet) is part of what members sign; the
            # departures without one hash as they always did
            [d.member, d.on.isoformat(), d.reason.value, d.buyback, d.refused]
            + ([d.claimed.value] if d.claimed is not None else [])
            + (["disputed", d.disputed.value] if d.disputed is not None else [])
            for d in sorted(ledger.departures, key=lambda d: (d.on, d.member))
        ],
    }
    text = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
