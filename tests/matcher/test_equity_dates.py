"""What a ledger may hold is dated from the venture's start on: entries, and also a member's
salary and the venture's terms (a new user's walk recorded a salary "from 1900" in a venture
started in 2023)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from matcher.access import Actor
from matcher.equity import EquityService
from matcher.equity.model import Rate, Terms
from matcher.errors import InvalidInput
from matcher.schema import connect
from tests.ventures import START, venture

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
    equity.set_rate("acme", Rate("bob", START, Decimal(60_000)), actor=ANA)  # the start is fine
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
