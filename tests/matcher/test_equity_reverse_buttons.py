"""The venture page's Reverse buttons (``EquityService.entry_actions``) are the reversals the
service accepts (``EquityService.reverse``) for Well deposits, withdrawals and repayments, on
ledgers of many Well deposits, withdrawals and repayments by one depositor or two, with
reversals; a withdrawal is reversed by the one member whose slices its reversal would lower
on its day or any day since (``EquityService._withdrawal_reverser``); and the page folds the ledger a
fixed number of times, not once per deposit (``model.WellReversals`` decides the buttons
of a plain Well without folding it).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.access import Actor
from matcher.equity import EquityService
from matcher.equity.model import Entry, Kind, Ledger, lowered_by_reversal, timeline
from matcher.errors import CofoundryError, NotAllowed
from matcher.schema import connect
from tests.ventures import count_folds, venture

DAY = dt.date(2024, 1, 1)


class _Undo(Exception):
    """Rolls back the transaction a reversal was tried in."""


def _service() -> EquityService:
    svc = EquityService(connect(), clock=lambda: dt.datetime(2025, 6, 1, tzinfo=dt.UTC))
    venture(svc, "v", "ana", "bob", start=DAY)
    return svc


def _ledger(
    svc: EquityService,
    seed: int,
    depositors: tuple[str, ...],
    n: int,
    repaid: tuple[str, ...] = ("ana", "bob"),
    reversals: float = 0.1,
) -> None:
    """``n`` posts (some refused: a withdrawal the Well cannot cover) and a few reversals:
    deposits by ``depositors``, repayments to ``repaid``."""
    rng = random.Random(seed)
    for i in range(n):
        kind = rng.choice(["well-deposit", "well-deposit", "well-withdrawal", "cash", "repayment"])
        member = rng.choice(
            depositors if kind == "well-deposit" else repaid if kind == "repayment" else "ab"
        )
        member = {"a": "ana", "b": "bob"}.get(member, member)
        row = {
            "member": member,
            "kind": kind,
            "on": str(DAY + dt.timedelta(days=rng.randrange(60))),
            "amount": str(rng.choice([10, 25, 40, 100, 150])),
        }
        try:
            posted = svc.post("v", row, key=f"k{i}", actor=Actor(member))
            if rng.random() < reversals:  # the entry just posted (refused posts take no number)
                svc.reverse("v", posted.row.entry.id, actor=Actor(member))
        except CofoundryError:  # refused: the ledger stays as it was, as in the product
            continue


def _reversible(svc: EquityService, number: int, who: str) -> bool:
    """``who``'s reversal of entry ``number`` goes through (then it is rolled back)."""
    try:
        with svc.db.transaction():
            svc.reverse("v", number, actor=Actor(who))
            raise _Undo
    except _Undo:
        return True
    except CofoundryError:
        return False


def _buttons_and_reversals(svc: EquityService) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """For each Well entry not reversed: who is offered its Reverse button, who may reverse it."""
    numbers = [  # the entries the Well's rule governs, and the withdrawals' reversers
        p.row.entry.id
        for p in svc.ledger("v", actor=Actor("ana"))
        if p.row.entry.kind in (Kind.WELL_DEPOSIT, Kind.REPAYMENT, Kind.WELL_WITHDRAWAL)
        and p.row.entry.reverses is None
        and p.reversed_by is None  # reversed: reverse() returns the reversal again
    ]
    shown: dict[int, set[str]] = {n: set() for n in numbers}
    accepted: dict[int, set[str]] = {n: set() for n in numbers}
    for who in ("ana", "bob"):
        actions = svc.entry_actions("v", actor=Actor(who))
        for n in numbers:
            if "reverse" in actions.get(n, frozenset()):
                shown[n].add(who)
            if _reversible(svc, n, who):
                accepted[n].add(who)
    return shown, accepted


def test_a_withdrawal_whose_reversal_a_later_repayment_absorbs_is_reversed_by_its_depositor() -> (
    None
):
    """Seed 28 of the property below: withdrawals 15 and 23 are bob's, and spent ana's
    deposits; a repayment to ana on 2024-02-10 absorbs their reversal at the ledger's last
    date. Reversed by bob, they lowered ana's slices of every day from theirs to 2024-02-10
    (the service judged at the last date only, and accepted bob while the page offered ana
    the button and the service refused her 403): only ana may reverse them, and the page
    offers it to her alone."""
    svc = _service()
    _ledger(svc, 28, ("ana", "bob"), 40)
    shown, accepted = _buttons_and_reversals(svc)
    for number in (15, 23):
        entry = svc.ledger("v", actor=Actor("ana"))[number - 1].row.entry
        assert (entry.kind, entry.member) == (Kind.WELL_WITHDRAWAL, "bob")
        assert shown[number] == accepted[number] == {"ana"}
    with pytest.raises(NotAllowed, match="15"):  # the API's 403
        svc.reverse("v", 15, actor=Actor("bob"))


@settings(max_examples=30, deadline=None)
@given(
    seed=st.integers(0, 10**6),
    depositors=st.sampled_from([("ana",), ("ana", "bob")]),
    repaid=st.sampled_from([("bob",), ("ana", "bob")]),
    reversals=st.sampled_from([0.0, 0.1]),
)
def test_the_reverse_buttons_are_the_reversals_the_service_accepts(
    seed: int, depositors: tuple[str, ...], repaid: tuple[str, ...], reversals: float
) -> None:
    svc = _service()
    _ledger(svc, seed, depositors, 40, repaid, reversals)
    shown, accepted = _buttons_and_reversals(svc)
    assert shown == accepted


def test_a_page_of_many_deposits_folds_the_ledger_a_few_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    svc = _service()
    ana = Actor("ana")
    for i in range(60):  # a deposit a day, a withdrawal every other day
        on = str(DAY + dt.timedelta(days=i))
        svc.post(
            "v",
            {"member": "ana", "kind": "well-deposit", "on": on, "amount": 100},
            key=f"d{i}",
            actor=ana,
        )
        if i % 2:
            svc.post(
                "v",
                {"member": "ana", "kind": "well-withdrawal", "on": on, "amount": 150},
                key=f"w{i}",
                actor=ana,
            )
    folds = count_folds(monkeypatch)
    actions = svc.entry_actions("v", actor=ana)
    assert folds[0] <= 1  # before: three per deposit with a later withdrawal (177)
    offered = sorted(n for n, can in actions.items() if "reverse" in can)
    assert offered and len(offered) < 90  # the last deposits only, and the withdrawals


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10**6), repaid=st.sampled_from([("bob",), ("ana", "bob")]))
def test_a_withdrawal_reversal_lowers_only_members_who_deposited(
    seed: int, repaid: tuple[str, ...]
) -> None:
    """Why ``_withdrawal_reverser`` answers without a fold when nobody but the member a
    withdrawal names ever deposited: a reversal lowers only Well depositors' slices."""
    svc = _service()
    _ledger(svc, seed, ("ana",), 40, repaid)
    ledger = svc._ledger("v")
    depositors = {e.member for e in ledger.entries if e.kind is Kind.WELL_DEPOSIT}
    for e in ledger.entries:
        if e.kind is Kind.WELL_WITHDRAWAL and e.reverses is None:
            for on in (e.on, e.on + dt.timedelta(days=7)):
                assert set(lowered_by_reversal(ledger, e, on)) <= depositors


def _lowered_on_every_day(ledger: Ledger, entry: Entry, on: dt.date) -> set[str]:
    """The oracle of ``lowered_by_reversal``: the pie with and without the reversal on
    every date of the ledger from ``on``."""
    probe = replace(entry, id=1 + max(e.id for e in ledger.entries), on=on, reverses=entry.id)
    dates = sorted({on} | {e.on for e in ledger.entries if e.on > on})
    was = timeline(ledger, dates)
    now = timeline(replace(ledger, entries=(*ledger.entries, probe)), dates)
    lowered: set[str] = set()
    for a, b in zip(was, now, strict=True):
        has = {m.member: m.slices for m in b.members}
        lowered |= {m.member for m in a.members if has.get(m.member, 0) < m.slices}
    return lowered


@settings(max_examples=30, deadline=None)
@given(
    seed=st.integers(0, 10**6),
    depositors=st.sampled_from([("ana",), ("ana", "bob")]),
    reversals=st.sampled_from([0.0, 0.2]),
)
def test_a_withdrawal_reversal_is_judged_on_the_days_that_can_change_it(
    seed: int, depositors: tuple[str, ...], reversals: float
) -> None:
    """``lowered_by_reversal`` looks at the days of Well entries, repayments, reversals and
    departures only, and stops at the withdrawal's day when it lowers several: the same
    verdict (nobody, or who) as every day of the ledger."""
    svc = _service()
    _ledger(svc, seed, depositors, 40, ("ana", "bob"), reversals)
    ledger = svc._ledger("v")
    for e in ledger.entries:
        if e.kind is Kind.WELL_WITHDRAWAL and e.reverses is None:
            for on in (e.on, e.on + dt.timedelta(days=7)):
                fast, every = (
                    set(lowered_by_reversal(ledger, e, on)),
                    _lowered_on_every_day(ledger, e, on),
                )
                assert fast == every or (len(fast) > 1 and fast <= every)
