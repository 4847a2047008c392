"""What a ledger may hold is dated from the venture's start on: entries, and also a member's
salary and the venture's terms (a new user's walk recorded a salary "from 1900" in a venture
started in 2023)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.access import Actor
from matcher.equity import EquityService
from matcher.equity.model import Entry, Kind, Rate, Terms, TimeBudget, months_since
from matcher.errors import InvalidInput
from matcher.schema import connect
from tests.ventures import START, agreed_rate, venture

ANA = Actor("ana")
BEFORE = dt.date(1900, 1, 1)


@pytest.fixture
def equity() -> EquityService:
    svc = EquityService(connect(":memory:"), clock=lambda: dt.datetime(2024, 6, 1, tzinfo=dt.UTC))
    venture(svc, "acme", "ana", "bob")
    return svc


@pytest.mark.parametrize("day", [BEFORE, START - dt.timedelta(days=1)])
def test_a_salary_before_the_start_is_refused(equity: EquityService, day: dt.date) -> None:
    with pytest.raises(InvalidInput) as refused:
        equity.set_rate("acme", Rate("bob", day, Decimal(60_000)), actor=ANA)
    e = refused.value
    assert (e.field, e.value) == ("effective", day.isoformat())
    assert f"is before venture 'acme' started ({START})" in str(e)
    assert e.hint == "date it on or after the venture's start"
    assert equity.store.member_rates("acme") == ()
    agreed_rate(equity, "acme", Rate("bob", START, Decimal(60_000)), "ana")  # the start is fine
    assert [r.effective for r in equity.store.member_rates("acme")] == [START]


def test_terms_before_the_start_are_refused(equity: EquityService) -> None:
    before = equity.store.venture_terms("acme")
    with pytest.raises(InvalidInput) as refused:
        equity.set_terms("acme", Terms(BEFORE, cash_multiplier=Decimal(3)), actor=ANA)
    assert refused.value.field == "effective" and refused.value.value == BEFORE.isoformat()
    assert equity.store.venture_terms("acme") == before


def test_an_entry_before_the_start_is_refused_by_the_same_rule(equity: EquityService) -> None:
    """Entries, one by one or imported, were already refused: the same message."""
    with pytest.raises(InvalidInput) as refused:
        equity.post(
            "acme",
            {"member": "ana", "kind": "cash", "on": BEFORE, "amount": 10},
            key="k1",
            actor=ANA,
        )
    assert (refused.value.field, refused.value.value) == ("on", BEFORE.isoformat())
    assert f"is before venture 'acme' started ({START})" in str(refused.value)


# ------------------------------------------------------- time within the days since the start
@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 40),  # day after the start
            st.integers(0, 30),  # hours
            st.integers(0, 2),  # months
            st.sampled_from(["ana", "bob"]),
        ),
        max_size=25,
    )
)
def test_the_time_budget_agrees_with_counting_every_day(
    rows: list[tuple[int, int, int, str]],
) -> None:
    """TimeBudget (kept across an import's rows, in any date order) refuses exactly the
    entries after which some member's time up to some day passes 24 hours a day or a month
    a month since the start, counting every entry accepted before; with its trees from the
    first entry on (TREE_FROM 0) too, and then it says the same as without them."""
    start = dt.date(2024, 1, 31)
    budget = TimeBudget(start)
    trees = TimeBudget(start)
    trees.TREE_FROM = 0
    kept: list[Entry] = []
    for n, (offset, hours, months, member) in enumerate(rows, 1):
        e = Entry(n, member, Kind.TIME, start + dt.timedelta(days=offset),
                  hours=Decimal(hours), months=Decimal(months))  # fmt: skip
        mine = [k for k in (*kept, e) if k.member == member]
        fits = all(
            sum(k.hours for k in mine if k.on <= day) <= 24 * ((day - start).days + 1)
            and sum(k.months for k in mine if k.on <= day) <= months_since(start, day)
            for day in {k.on for k in mine}
        )
        assert (budget.over(e) is None) == fits, (kept, e)
        assert trees.over(e) == budget.over(e), (kept, e)
        if fits:
            budget.add(e)
            trees.add(e)
            kept.append(e)


def test_the_time_budget_in_reverse_date_order_checks_no_later_entry_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Rows imported last day first each summed every entry after their day (O(n^2) for
    the import); past TREE_FROM later entries the trees answer, and the pass over the later
    entries only tells an entry that does not fit, as before."""
    start = dt.date(2024, 1, 1)
    budget = TimeBudget(start)
    rows = [Entry(n, "ana", Kind.TIME, start + dt.timedelta(days=300 - n), hours=Decimal(6))
            for n in range(300)]  # fmt: skip
    scans = []
    scan = TimeBudget._scan
    monkeypatch.setattr(TimeBudget, "_scan", lambda self, e: scans.append(e) or scan(self, e))
    for e in rows:
        assert budget.over(e) is None
        budget.add(e)
    assert len(scans) == TimeBudget.TREE_FROM  # the first rows, with few later entries
    day = start + dt.timedelta(days=1)
    big = Entry(999, "ana", Kind.TIME, day, hours=Decimal(43))  # 49 h in the first two days
    assert budget.over(big) == ("hours", Decimal(49), 48, day)
    assert budget.over(replace(big, hours=Decimal(42))) is None
