"""The Well check of a ledger import, kept across its rows (``WellFold``), gives exactly the
answers of the straightforward check (``well_shortfall`` of the whole ledger with the row),
row after row, in date order or not, over ledgers with reversals, departures, entries
waiting for approval, a freeze, and withdrawals several a day; and a Well deposit or a
repayment by the only depositor changes no one else's slices.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.access import Actor
from matcher.equity import EquityService, model
from matcher.equity.model import (
    Departure,
    Entry,
    Kind,
    Ledger,
    Reason,
    Venture,
    WellFold,
    WellReversals,
    counts,
    well_shortfall,
)
from matcher.errors import CofoundryError, Conflict
from matcher.schema import connect
from tests.ventures import count_folds, venture

DAY = dt.date(2024, 1, 1)
ANA = Actor("ana")
MEMBERS = ("ana", "bob", "cy")
KINDS = (Kind.WELL_DEPOSIT, Kind.WELL_WITHDRAWAL, Kind.REPAYMENT, Kind.CASH, Kind.EXPENSE)

rows = st.tuples(
    st.sampled_from(MEMBERS),
    st.sampled_from(KINDS),
    st.integers(0, 40),  # the day
    st.integers(1, 400),  # the amount
    st.sampled_from(("", "", "", "pending", "approved", "rejected")),
    st.sampled_from(("ana", "bob")),  # the author
)


def _entry(i: int, row: tuple[str, Kind, int, int, str, str]) -> Entry:
    member, kind, day, amount, state, author = row
    return Entry(
        i,
        member,
        kind,
        DAY + dt.timedelta(days=day),
        amount=Decimal(amount) / (100 if amount % 7 == 0 else 1),
        approved=state != "pending",
        rejected=state == "rejected",
        author=author,
    )


def _ledger(
    venture: Venture,
    base: list[tuple[str, Kind, int, int, str, str]],
    reversals: dict[int, int],
    departure: tuple[str, int] | None,
    *,
    of_reversals: bool = False,
) -> Ledger:
    """The ledger of ``base``'s rows, then a reversal of entry ``target`` ``later`` days after
    it for each of ``reversals`` (of a reversal made before it too, ``of_reversals``), and
    ``departure`` (member, days after DAY)."""
    entries = [_entry(i + 1, r) for i, r in enumerate(base)]
    for target, later in reversals.items():
        if target <= (len(entries) if of_reversals else len(base)):
            original = entries[target - 1]
            entries.append(
                replace(
                    original,
                    id=len(entries) + 1,
                    on=original.on + dt.timedelta(days=later),
                    reverses=target,
                )
            )
    departures: tuple[Departure, ...] = ()
    if departure is not None:
        departures = (
            Departure(departure[0], DAY + dt.timedelta(days=departure[1]), Reason.FIRED_FOR_CAUSE),
        )
    return Ledger(venture, entries=tuple(entries), departures=departures)


@settings(max_examples=300)
@given(
    base=st.lists(rows, max_size=25),
    reversals=st.lists(st.tuples(st.integers(1, 25), st.integers(0, 10)), max_size=4),
    departure=st.none() | st.tuples(st.sampled_from(MEMBERS), st.integers(0, 40)),
    require_approval=st.booleans(),
    freeze=st.none() | st.integers(10, 60),
    new=st.lists(st.tuples(rows, st.booleans()), max_size=25),
    ordered=st.booleans(),
)
def test_the_kept_well_fold_answers_as_the_whole_ledger(
    base: list[tuple[str, Kind, int, int, str, str]],
    reversals: list[tuple[int, int]],
    departure: tuple[str, int] | None,
    require_approval: bool,
    freeze: int | None,
    new: list[tuple[tuple[str, Kind, int, int, str, str], bool]],
    ordered: bool,
) -> None:
    venture = Venture(
        "v",
        require_approval=require_approval,
        freeze=None if freeze is None else DAY + dt.timedelta(days=freeze),
    )
    first: dict[int, int] = {}  # the first reversal of each entry
    for target, later in reversals:
        first.setdefault(target, later)
    ledger = _ledger(venture, base, first, departure)
    if ordered:  # an import of a spreadsheet's rows, in date order after the ledger
        top = max([e.on for e in ledger.entries] + [d.on for d in ledger.departures], default=DAY)
        new = [
            ((r[0], r[1], r[2] + (top - DAY).days, *r[3:]), keep)  # type: ignore[misc]
            for r, keep in sorted(new, key=lambda x: x[0][2])
        ]
    well = WellFold(lambda: ledger)
    for row, keep in new:
        entry = _entry(len(ledger.entries) + 1, row)
        expected = well_shortfall(replace(ledger, entries=(*ledger.entries, entry)))
        assert well.shortfall_with(entry) == expected
        if entry.kind in (Kind.WELL_DEPOSIT, Kind.REPAYMENT) and well.sole_depositor(entry.member):
            _others_keep_their_slices(ledger, replace(entry, approved=True, rejected=False))
        if keep or expected is None:  # the import adds the rows it accepts
            ledger = replace(ledger, entries=(*ledger.entries, entry))
            well.add(entry)
        last = max((e.on for e in ledger.entries if e.kind is Kind.WELL_WITHDRAWAL), default=None)
        assert well.last_withdrawal == last


def _on(day: int) -> dt.date:
    return DAY + dt.timedelta(days=day)


def _well(kind: Kind, day: int, amount: str, member: str = "ana", **kw: Any) -> Entry:
    return Entry(0, member, kind, _on(day), amount=Decimal(amount), author=member, **kw)


@pytest.mark.parametrize(
    ("ledger", "row", "expected"),
    [
        pytest.param(  # the deposit reversed on day 5: the Well as of day 5 never held it
            [_well(Kind.WELL_DEPOSIT, 0, "100"), _well(Kind.WELL_DEPOSIT, 5, "100", reverses=1)],
            _well(Kind.WELL_WITHDRAWAL, 2, "80"),
            (_on(2), Decimal("80")),
            id="reversed deposit",
        ),
        pytest.param(  # a withdrawal reversed later counted until then
            [
                _well(Kind.WELL_DEPOSIT, 0, "100"),
                _well(Kind.WELL_WITHDRAWAL, 1, "70"),
                _well(Kind.WELL_WITHDRAWAL, 9, "70", reverses=2),
            ],
            _well(Kind.WELL_WITHDRAWAL, 2, "40"),
            (_on(2), Decimal("10.00")),
            id="reversed withdrawal",
        ),
        pytest.param(  # no balance at all: the whole amount is missing
            [_well(Kind.WELL_DEPOSIT, 3, "100")],
            _well(Kind.WELL_WITHDRAWAL, 2, "100"),
            (_on(2), Decimal("100")),
            id="deposit the day after",
        ),
        pytest.param(  # a deposit of the day comes before its withdrawals
            [_well(Kind.WELL_DEPOSIT, 3, "100")],
            _well(Kind.WELL_WITHDRAWAL, 3, "100"),
            None,
            id="same-day deposit",
        ),
        pytest.param(  # the day's repayment comes after its withdrawals, and takes the Well
            [_well(Kind.WELL_DEPOSIT, 0, "100"), _well(Kind.WELL_WITHDRAWAL, 3, "100")],
            _well(Kind.REPAYMENT, 3, "50"),
            None,
            id="same-day repayment",
        ),
        pytest.param(
            [_well(Kind.WELL_DEPOSIT, 0, "100"), _well(Kind.WELL_WITHDRAWAL, 3, "100")],
            _well(Kind.REPAYMENT, 2, "50"),
            (_on(3), Decimal("50.00")),
            id="repayment before a withdrawal",
        ),
        pytest.param(  # cash of her own is paid back first: the Well keeps its 100
            [
                _well(Kind.CASH, 0, "50"),
                _well(Kind.WELL_DEPOSIT, 0, "100"),
                _well(Kind.WELL_WITHDRAWAL, 3, "100"),
            ],
            _well(Kind.REPAYMENT, 2, "50"),
            None,
            id="repayment of cash",
        ),
        pytest.param(  # bob's 100 went back to him when he left on day 2
            [_well(Kind.WELL_DEPOSIT, 0, "100", "bob"), _well(Kind.WELL_DEPOSIT, 0, "20")],
            _well(Kind.WELL_WITHDRAWAL, 3, "50"),
            (_on(3), Decimal("30.00")),
            id="leaver's deposit",
        ),
    ],
)
def test_the_well_check_of_a_row_among_entries_of_its_day_and_reversals(
    ledger: list[Entry], row: Entry, expected: tuple[dt.date, Decimal] | None
) -> None:
    entries = tuple(replace(e, id=i) for i, e in enumerate(ledger, 1))
    left = (Departure("bob", _on(2), Reason.FIRED_WITHOUT_CAUSE),)
    led = Ledger(Venture("v"), entries=entries, departures=left)
    row = replace(row, id=len(entries) + 1)
    assert well_shortfall(replace(led, entries=(*entries, row))) == expected
    assert WellFold(lambda: led).shortfall_with(row) == expected


def _reversal_refused(ledger: Ledger, entry: Entry, author: str) -> bool:
    """The Well's rule for the reversal of ``entry`` by ``author`` dated at the entry, as
    ``EquityService._reversal_refused`` folds it."""
    if entry.kind not in (Kind.WELL_DEPOSIT, Kind.REPAYMENT) or not counts(entry, ledger.venture):
        return False
    if not any(w.kind is Kind.WELL_WITHDRAWAL and w.on >= entry.on for w in ledger.entries):
        return False
    probe = replace(
        entry,
        id=1 + max(e.id for e in ledger.entries),
        reverses=entry.id,
        author=author,
        approved=False,
        note="",
    )
    after = replace(ledger, entries=(*ledger.entries, probe))
    if entry.kind is Kind.WELL_DEPOSIT and well_shortfall(after) is not None:
        return True
    try:
        EquityService._keeps_withdrawals(ledger, after, probe, author, "a reversal")
    except Conflict:
        return True
    return False


@settings(max_examples=300, deadline=None)
@given(
    base=st.lists(rows, max_size=25),
    reversals=st.lists(st.tuples(st.integers(1, 25), st.integers(0, 10)), max_size=2),
    departure=st.none() | st.tuples(st.sampled_from(MEMBERS), st.integers(0, 40)),
    freeze=st.none() | st.integers(10, 60),
    depositors=st.sampled_from([("ana",), MEMBERS]),
)
def test_the_reverse_buttons_of_a_page_answer_as_the_fold(
    base: list[tuple[str, Kind, int, int, str, str]],
    reversals: list[tuple[int, int]],
    departure: tuple[str, int] | None,
    freeze: int | None,
    depositors: tuple[str, ...],
) -> None:
    venture = Venture("v", freeze=None if freeze is None else DAY + dt.timedelta(days=freeze))
    base = [  # deposits by ``depositors`` only (one of them, or anyone)
        (r[0] if r[1] is not Kind.WELL_DEPOSIT or r[0] in depositors else depositors[0], *r[1:])
        for r in base
    ]
    ledger = _ledger(venture, base, dict(reversals), departure, of_reversals=True)
    page = WellReversals(ledger)
    top = 1 + max((e.id for e in ledger.entries), default=0)
    for entry in ledger.entries:
        short = page.short(entry)
        if short is not None and entry.kind is Kind.WELL_DEPOSIT and counts(entry, venture):
            probe = replace(entry, id=top, reverses=entry.id, approved=False)
            after = replace(ledger, entries=(*ledger.entries, probe))
            assert short == (well_shortfall(after) is not None), entry
        if entry.reverses is None:
            for author in MEMBERS:
                decided = page.refused(entry, author)
                if decided is not None:
                    assert decided == _reversal_refused(ledger, entry, author), (entry, author)


@pytest.mark.parametrize(
    ("taken", "refused"),
    [("100", False), ("100.000001", True), ("150", True)],  # of the 160 deposited by day 2
)
def test_a_deposit_is_reversed_while_the_withdrawals_since_leave_its_amount(
    taken: str, refused: bool
) -> None:
    entries = (
        _well(Kind.WELL_DEPOSIT, 0, "100"),
        _well(Kind.WELL_DEPOSIT, 1, "60"),
        _well(Kind.WELL_WITHDRAWAL, 2, taken),
        _well(Kind.WELL_DEPOSIT, 3, "500"),
        _well(Kind.WELL_WITHDRAWAL, 4, "10"),
    )
    led = Ledger(Venture("v"), entries=tuple(replace(e, id=i) for i, e in enumerate(entries, 1)))
    second = led.entries[1]
    assert WellReversals(led).refused(second, "ana") is refused
    assert _reversal_refused(led, second, "ana") is refused
    assert WellReversals(led).refused(second, "bob") is (True if refused else None)


def test_the_reverse_buttons_are_left_to_the_fold_when_the_well_is_not_plain() -> None:
    entries = (
        _well(Kind.WELL_DEPOSIT, 0, "100"),
        _well(Kind.WELL_WITHDRAWAL, 2, "40"),
        _well(Kind.REPAYMENT, 3, "10"),  # ana deposited: it may take from her balance
    )
    led = Ledger(Venture("v"), entries=tuple(replace(e, id=i) for i, e in enumerate(entries, 1)))
    assert WellReversals(led).refused(led.entries[0], "ana") is None
    assert WellReversals(replace(led, entries=led.entries[:2])).refused(led.entries[0], "ana")


def _others_keep_their_slices(ledger: Ledger, entry: Entry) -> None:
    """``entry`` (a Well deposit or a repayment, counted) changes no other member's slices
    on any day: what ``WellFold.sole_depositor`` lets an import skip checking."""
    after = replace(ledger, entries=(*ledger.entries, entry))
    days = sorted({e.on for e in after.entries} | {d.on for d in after.departures})
    for was, now in zip(model.timeline(ledger, days), model.timeline(after, days), strict=True):
        had = {m.member: m.slices for m in was.members if m.member != entry.member}
        assert had == {m.member: m.slices for m in now.members if m.member in had}


def _import_service() -> EquityService:
    svc = EquityService(connect(), clock=lambda: dt.datetime(2025, 6, 1, tzinfo=dt.UTC))
    venture(svc, "v", "ana", "bob", start=DAY)
    return svc


def test_an_import_folds_the_ledger_a_few_times_not_once_per_withdrawal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    svc = _import_service()
    svc.post("v", {"member": "ana", "kind": "cash", "on": DAY, "amount": 1}, key="k", actor=ANA)
    lines = ["member,kind,on,amount"]
    for i in range(400):  # a deposit every 20 rows, a withdrawal 10 rows later
        kind = {0: "well-deposit", 10: "well-withdrawal"}.get(i % 20, "cash")
        lines.append(f"ana,{kind},{DAY + dt.timedelta(days=i)},{500 if i % 20 == 0 else 400}")
    folds = count_folds(monkeypatch)
    done = svc.import_ledger("v", "\n".join(lines).encode(), actor=ANA)
    assert len(done.posted) == 400
    assert folds[0] <= 2  # before: one per withdrawal (20)


def test_an_import_of_shuffled_rows_folds_the_ledger_a_few_times_not_once_per_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    svc = _import_service()
    deposit = {"member": "ana", "kind": "well-deposit", "on": DAY, "amount": 8000}
    svc.post("v", deposit, key="k", actor=ANA)  # covers every withdrawal, in any order
    lines = []
    for i in range(400):  # as above, the rows out of date order
        kind = {0: "well-deposit", 10: "well-withdrawal"}.get(i % 20, "cash")
        lines.append(f"ana,{kind},{DAY + dt.timedelta(days=i)},{500 if i % 20 == 0 else 400}")
    random.Random(7).shuffle(lines)
    folds = count_folds(monkeypatch)
    data = "\n".join(["member,kind,on,amount", *lines]).encode()
    done = svc.import_ledger("v", data, actor=ANA)
    assert len(done.posted) == 400
    assert folds[0] <= 2  # before: one per withdrawal and two per deposit out of order


@settings(max_examples=25, deadline=None)
@given(
    new=st.lists(
        st.tuples(st.sampled_from(KINDS[:3]), st.integers(0, 12), st.integers(1, 9)), max_size=14
    )
)
def test_an_import_accepts_and_refuses_the_rows_posting_them_one_by_one_would(
    new: list[tuple[Kind, int, int]],
) -> None:
    imported, posted = _import_service(), _import_service()
    for svc in (imported, posted):
        svc.post(
            "v",
            {"member": "bob", "kind": "well-deposit", "on": DAY, "amount": 10},
            key="b",
            actor=Actor("bob"),
        )
    rows = [
        {
            "member": "ana",
            "kind": kind.value,
            "on": str(DAY + dt.timedelta(days=day)),
            "amount": str(amount * 3),
        }
        for kind, day, amount in new
    ]
    expected = []
    for i, row in enumerate(rows):
        try:
            posted.post("v", row, key=f"r{i}", actor=ANA)
        except CofoundryError as exc:
            expected.append((i + 2, exc.detail))
    if not rows:
        return
    csv = "member,kind,on,amount\n" + "\n".join(",".join(r.values()) for r in rows)
    done = imported.import_ledger("v", csv.encode(), actor=ANA, skip_invalid=True)
    assert [(e.line, e.detail) for e in done.rejected] == [
        (line, f"line {line}: {detail}") for line, detail in expected
    ]
    assert imported.split("v", actor=ANA) == posted.split("v", actor=ANA)
