"""Idempotency keys are scoped per (venture, author, key), on both backends.

Partners of a venture used to share one key namespace: the CLI derives a key from the
arguments (venture, acting member, fields), so any partner could compute another's key and
post with it first; that member's own post was then refused (the key "was already used
with different content") or, with a replay, answered with someone else's entry. Now each
author's keys are their own, and the migration keeps every existing row.
"""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.access import Actor
from matcher.db import open_database
from matcher.equity import EquityService
from matcher.equity.store import m_entry_keys_per_author
from matcher.errors import Conflict
from matcher.schema import MIGRATIONS, connect
from tests.ventures import before_proposals, venture

ANA, BOB = Actor("ana"), Actor("bob")
CASH = {"member": "ana", "kind": "cash", "on": "2024-01-02", "amount": "100"}


def _service(target: str = ":memory:") -> EquityService:
    return EquityService(connect(target), clock=lambda: dt.datetime(2024, 6, 1, tzinfo=dt.UTC))


def test_a_partner_posting_with_anothers_key_gets_their_own_entry() -> None:
    svc = _service()
    venture(svc, "v", "ana", "bob")
    # bob takes the key ana's CLI will use, first, with his own entry
    theirs = svc.post("v", CASH | {"member": "bob"}, key="cli-ana-1", actor=BOB)
    assert theirs.created and theirs.row.entry.member == "bob"
    mine = svc.post("v", CASH, key="cli-ana-1", actor=ANA)  # not blocked
    assert mine.created and mine.row.entry.member == "ana" and mine.row.entry.author == "ana"
    assert mine.row.entry.id != theirs.row.entry.id
    # each replay returns the replayer's own entry, never the other's
    again = svc.post("v", CASH, key="cli-ana-1", actor=ANA)
    assert not again.created and again.row.entry.id == mine.row.entry.id
    his = svc.post("v", CASH | {"member": "bob"}, key="cli-ana-1", actor=BOB)
    assert not his.created and his.row.entry.id == theirs.row.entry.id
    # a different content under one's own key is still a conflict, naming one's own entry
    with pytest.raises(Conflict, match=f"entry {mine.row.entry.id} with different"):
        svc.post("v", CASH | {"amount": "5"}, key="cli-ana-1", actor=ANA)
    # an import's keys are the importer's: bob's key in ana's file is a new key for ana
    csv = b"member,kind,on,amount,key\nana,cash,2024-01-03,7,cli-bob-9\n"
    svc.post("v", CASH | {"member": "bob", "amount": "9"}, key="cli-bob-9", actor=BOB)
    done = svc.import_ledger("v", csv, actor=ANA)
    assert len(done.posted) == 1 and done.already == 0
    assert svc.import_ledger("v", csv, actor=ANA).already == 1
    assert len(svc.ledger("v", actor=ANA)) == 4


def test_the_migration_keeps_every_row_and_scopes_the_keys(
    db_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = open_database(db_target, MIGRATIONS[: MIGRATIONS.index(m_entry_keys_per_author)])
    svc = EquityService(old, clock=lambda: dt.datetime(2024, 6, 1, tzinfo=dt.UTC))
    before_proposals(svc, monkeypatch)
    venture(svc, "v", "ana", "bob", require_approval=True)
    first = svc.post("v", CASH, key="k1", actor=ANA)
    svc.post("v", CASH | {"member": "bob"}, key="k2", actor=BOB)
    svc.post("v", CASH | {"amount": "3"}, key="k3", actor=ANA)
    svc.approve("v", 1, actor=BOB)
    svc.reject("v", 3, "no", actor=BOB)
    svc.reverse("v", 1, actor=ANA)
    with pytest.raises(Exception, match=r"(?i)unique"):  # before: one namespace per venture
        svc.post("v", CASH | {"member": "bob"}, key="k1", actor=BOB)
    before = [
        (p.row.entry, p.row.key, p.row.approver, p.row.rejecter) for p in svc.ledger("v", actor=ANA)
    ]
    split = svc.split("v", actor=ANA, as_of=dt.date(2024, 1, 5))
    old.close()
    monkeypatch.undo()

    svc = EquityService(connect(db_target), clock=lambda: dt.datetime(2024, 6, 1, tzinfo=dt.UTC))
    after = [
        (p.row.entry, p.row.key, p.row.approver, p.row.rejecter) for p in svc.ledger("v", actor=ANA)
    ]
    assert after == before
    assert svc.split("v", actor=ANA, as_of=dt.date(2024, 1, 5)) == split
    assert svc.post("v", CASH, key="k1", actor=ANA).row.entry.id == first.row.entry.id
    theirs = svc.post("v", CASH | {"member": "bob"}, key="k1", actor=BOB)
    assert theirs.created and theirs.row.entry.id == 5  # numbers and ids go on
    db = svc.db
    with pytest.raises(Exception, match="append-only"), db.transaction():
        db.execute("UPDATE ledger_entries SET note = 'x'")
    with pytest.raises(Exception, match="append-only"), db.transaction():
        db.execute("DELETE FROM approvals")
    with pytest.raises(Exception, match="append-only"), db.transaction():
        db.execute("DELETE FROM rejections")
    with pytest.raises(Exception, match=r"(?i)unique"), db.transaction():  # once
        db.execute(
            "INSERT INTO ledger_entries (venture_id, member_id, kind, on_date, amount, hours,"
            " months, paid, condition, rate, reverses, author, note, idempotency_key,"
            " content_hash, created_at, number) SELECT venture_id, member_id, kind, on_date,"
            " amount, hours, months, paid, condition, rate, reverses, author, note, 'z',"
            " content_hash, created_at, 99 FROM ledger_entries WHERE reverses IS NOT NULL"
        )
    with pytest.raises(Exception, match=r"(?i)unique"), db.transaction():  # key once
        db.execute(
            "INSERT INTO ledger_entries (venture_id, member_id, kind, on_date, amount, hours,"
            " months, paid, condition, rate, author, note, idempotency_key, content_hash,"
            " created_at, number) SELECT venture_id, member_id, kind, on_date, amount, hours,"
            " months, paid, condition, rate, author, note, idempotency_key, content_hash,"
            " created_at, 98 FROM ledger_entries WHERE number = 1"
        )
    db.close()
