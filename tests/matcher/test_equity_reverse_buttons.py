"""The venture page's Reverse buttons (``EquityService.entry_actions``) are the reversals the
service accepts (``EquityService.reverse``) for Well deposits and repayments, on ledgers of many Well deposits, withdrawals
and repayments by one depositor or two, with reversals; and the page folds the ledger a
fixed number of times, not once per deposit (``model.WellReversals`` decides the buttons
of a plain Well without folding it).
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.access import Actor
from matcher.equity import EquityService
from matcher.equity.model import Kind
from matcher.errors import CofoundryError
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
    numbers = [  # the entries the Well's rule governs (a withdrawal's reverser: see below)
        p.row.entry.id
        for p in svc.ledger("v", actor=Actor("ana"))
        if p.row.entry.kind in (Kind.WELL_DEPOSIT, Kind.REPAYMENT)
        and p.reversed_by is None  # reversed: reverse() returns the reversal again
    ]
    for who in ("ana", "bob"):
        actions = svc.entry_actions("v", actor=Actor(who))
        shown = {n for n in numbers if "reverse" in actions.get(n, frozenset())}
        assert shown == {n for n in numbers if _reversible(svc, n, who)}


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
