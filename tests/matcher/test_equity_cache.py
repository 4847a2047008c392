"""The store's cache of parsed ledger entries never serves a stale ledger or split.

After every kind of write (a new entry, a reversal, an approval, a departure, a rolled-back
transaction, a write through another connection) the cached read must equal a cold read of
the same database file by a fresh :class:`~matcher.equity.EquityStore`, and the split must follow.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from matcher.access import ADMIN, Actor
from matcher.equity import (
    Departure,
    Entry,
    EquityService,
    EquityStore,
    Kind,
    Rate,
    Reason,
    Split,
    Terms,
    content_hash,
    split,
)
from matcher.errors import Conflict, InvalidInput
from matcher.schema import connect
from tests.ventures import START, create, join

DAY = dt.date(2024, 1, 1)


def cold(path: Path) -> EquityStore:
    return EquityStore(connect(path))


def check_fresh(store: EquityStore, path: Path) -> None:
    """The (cached) ledger equals the one a fresh store reads from the file."""
    fresh = cold(path)
    try:
        assert store.ledger("v") == fresh.ledger("v")
        assert store.ledger_entries("v") == fresh.ledger_entries("v")
    finally:
        fresh.db.close()


def cash(amount: int, day: int = 0) -> dict[str, object]:
    on = (DAY + dt.timedelta(days=day)).isoformat()
    return {"member": "ana", "kind": "cash", "on": on, "amount": Decimal(amount)}


def test_cache_follows_entries_reversals_approvals_departures(db_target: str) -> None:
    path = db_target
    svc = EquityService(connect(path))
    store = svc.store
    create(svc, "v", "ana", require_approval=True, start=START)
    join(svc, "v", "bob")
    ana, bob = Actor("ana"), Actor("bob")
    first = svc.post("v", cash(100), key="a", actor=ana).row.entry.id
    nothing = svc.split("v", actor=ana)  # not approved yet: nothing counts; members at 0
    assert nothing.total == 0 and [(m.member, str(m.percent)) for m in nothing.members] == [
        ("ana", "0.00"),
        ("bob", "0.00"),
    ]
    check_fresh(store, path)

    svc.approve("v", first, actor=bob)  # same last entry, one more approval
    assert svc.split("v", actor=ana).share("ana") == 1
    check_fresh(store, path)

    svc.post("v", {**cash(300, 1), "member": "bob"}, key="b", actor=bob)
    second = store.ledger_entries("v")[-1].id
    svc.approve("v", second, actor=ana)
    assert str(svc.split("v", actor=ana).share("bob")) == "3/4"
    check_fresh(store, path)

    svc.reverse("v", first, actor=ana, on=DAY + dt.timedelta(days=2))
    assert svc.split("v", actor=ana).share("bob") == 1
    check_fresh(store, path)

    before = svc.split("v", actor=ana).share("bob")
    svc.leave(
        "v", Departure("bob", DAY + dt.timedelta(days=3), Reason.FIRED_FOR_CAUSE), actor=ADMIN
    )
    after = svc.split("v", actor=ana)
    assert before == 1 and after.total == 300  # cash kept at x1
    check_fresh(store, path)
    store.db.close()


def test_rolled_back_write_is_never_cached(db_target: str) -> None:
    path = db_target
    svc = EquityService(connect(path))
    store = svc.store
    create(svc, "v", "ana", start=START)
    svc.post("v", cash(100), key="a", actor=Actor("ana"))
    assert store.ledger("v") is not None  # fills the cache
    ghost = Entry(0, "ana", Kind.CASH, DAY, amount=Decimal(999))
    with pytest.raises(RuntimeError, match="abort"), store.db.transaction():
        store.add_entry("v", ghost, "ghost", content_hash("v", ghost))
        inside = store.ledger("v")  # sees its own uncommitted entry, must not cache it
        assert inside is not None and inside.entries[-1].amount == 999
        raise RuntimeError("abort")
    # (SQLite reuses the id of the rolled-back entry for a different one; PostgreSQL does not)
    svc.post("v", cash(7), key="b", actor=Actor("ana"))
    ledger = store.ledger("v")
    assert ledger is not None and [e.amount for e in ledger.entries] == [100, 7]
    assert split(ledger).total == 428
    check_fresh(store, path)
    store.db.close()


def test_write_through_another_connection_is_seen(db_target: str) -> None:
    path = db_target
    svc = EquityService(connect(path))
    store = svc.store
    create(svc, "v", "ana", start=START)
    svc.post("v", cash(100), key="a", actor=Actor("ana"))
    assert split(store.ledger("v") or pytest.fail("no venture")).total == 400
    other = connect(path)
    EquityService(other).post("v", cash(50, 1), key="b", actor=Actor("ana"))
    other.close()
    ledger = store.ledger("v")
    assert ledger is not None and split(ledger).total == 600
    check_fresh(store, path)
    store.db.close()


def test_a_freeze_is_seen_by_another_connection(db_target: str) -> None:
    """A freeze (final since issue 17) set through one connection refuses a post through
    another, which had the ledger cached."""
    svc = EquityService(connect(db_target))
    create(svc, "v", "ana", start=START)
    svc.post("v", cash(100), key="a", actor=Actor("ana"))
    other = EquityService(connect(db_target))
    assert other.get_venture("v", actor=Actor("ana")).freeze is None
    svc.freeze("v", dt.date(2024, 1, 2), actor=Actor("ana"))
    assert other.get_venture("v", actor=Actor("ana")).freeze == dt.date(2024, 1, 2)
    with pytest.raises(Conflict):
        other.post("v", cash(50), key="b", actor=Actor("ana"))
    check_fresh(svc.store, db_target)
    other.db.close()
    svc.db.close()


def test_kept_numbers_follow_rates_and_terms(db_target: str) -> None:
    """Splits reuse each entry's numbers between calls, and drop them when a rate or the
    terms change: the service's split always equals a split computed from nothing."""
    svc = EquityService(connect(db_target))
    store = svc.store
    ana = Actor("ana")
    create(svc, "v", "ana", start=START)
    svc.set_rate("v", Rate("ana", DAY, Decimal(100_000)), actor=ana)
    later = (DAY + dt.timedelta(days=1)).isoformat()
    hours = {"member": "ana", "kind": "time", "on": later, "hours": Decimal(10)}
    svc.post("v", hours, key="t", actor=ana)
    svc.post("v", cash(500), key="c", actor=ana)

    def fresh() -> Split:
        ledger = store.ledger("v")
        assert ledger is not None
        return split(ledger, as_of=svc.today(), members=["ana"])

    first = svc.split("v", actor=ana)
    assert first == fresh() and first.total == 10 * 50 * 2 + 500 * 4
    assert svc.split("v", actor=ana) == first  # the second call reuses the numbers
    # a raise may not reach back over the hours already posted (issue 17: posted time was
    # re-priced); from the next day on it applies, and the posted hours keep their value
    with pytest.raises(InvalidInput, match="would re-price time already posted"):
        svc.set_rate("v", Rate("ana", DAY + dt.timedelta(days=1), Decimal(200_000)), actor=ana)
    svc.set_rate("v", Rate("ana", DAY + dt.timedelta(days=2), Decimal(200_000)), actor=ana)
    second = svc.split("v", actor=ana)
    assert second == fresh() and second == first
    # new terms apply to later contributions only
    svc.set_terms("v", Terms(DAY + dt.timedelta(days=3), non_cash_multiplier=Decimal(3)), actor=ana)
    svc.post("v", {**hours, "on": (DAY + dt.timedelta(days=4)).isoformat()}, key="t2", actor=ana)
    third = svc.split("v", actor=ana)
    assert third == fresh() and third.total == 10 * 50 * 2 + 500 * 4 + 10 * 100 * 3
    assert replace(svc.timeline("v", actor=ana)[-1], as_of=third.as_of) == third


def test_warm_reads_the_busiest_ledgers_first(db_target: str) -> None:
    """A server's warm-up (api.health.Readiness, also=(equity.warm,)) leaves the latest
    ventures' entries parsed and their numbers kept: the first split reads nothing cold."""
    path = db_target
    svc = EquityService(connect(path))
    for venture in ("old", "new"):
        create(svc, venture, "ana", start=START)
    svc.post("old", cash(1), key="a", actor=Actor("ana"))
    svc.post("new", cash(2), key="b", actor=Actor("ana"))
    svc.db.close()
    fresh = EquityService(connect(path))  # a restarted server: nothing cached
    assert fresh.store._ledger_cache == {}
    assert fresh.warm(limit=1) == 1
    assert set(fresh.store._ledger_cache) == {"new"}  # the latest activity first
    ledger = fresh.store.ledger("new")
    assert ledger is not None and len(fresh._numbers("new").of(ledger)) == 1
    assert fresh.warm() == 2 and set(fresh.store._ledger_cache) == {"old", "new"}
