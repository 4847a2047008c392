"""Crash safety: a writer process posting to the database (a SQLite file, or PostgreSQL) is
killed with SIGKILL at random moments, 120 times (40 on PostgreSQL, whose writer takes longer
to connect); after each kill the ledger must be whole.

Each write of the writer is one transaction holding an entry *and* its approval (the venture
requires approval), and every third step a reversal. So after any kill:

* SQLite's own integrity check passes (PostgreSQL: the server rolled the dead writer back);
* every entry is complete (its stored content hash matches its fields);
* every entry is approved (an entry without its approval would be half a write);
* every approval and every reversal points at an existing entry; nothing is reversed twice;
* the split is computable and its shares sum to exactly 1.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import time
from decimal import Decimal
from fractions import Fraction

import pytest

from matcher.access import Actor
from matcher.equity import EquityService, content_hash, split
from matcher.schema import connect
from tests.stores import AnyStore
from tests.ventures import venture

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

KILLS = 120
BASE = dt.date(2024, 1, 1)


def _writer(path: str, seed: int, ready: int) -> None:
    """Post entries forever (in the child process); write ``1`` to ``ready`` once started and
    ``w`` after each committed entry."""
    rng = random.Random(seed)
    svc = EquityService(connect(path))
    os.write(ready, b"1")
    i = 0
    while True:
        i += 1
        member, approver = rng.sample(["ana", "bob"], 2)
        raw: dict[str, object] = {
            "member": member,
            "kind": "cash",
            "on": (BASE + dt.timedelta(days=rng.randrange(30))).isoformat(),
            "amount": Decimal(rng.randrange(1, 10_000)) / 100,
        }
        with svc.db.transaction():
            posted = svc.post("v", raw, key=f"{seed}-{i}", actor=Actor(member))
            svc.approve("v", posted.row.entry.id, actor=Actor(approver))
        os.write(ready, b"w")
        if i % 3 == 0:
            svc.reverse("v", posted.row.entry.id, actor=Actor(member))


def _check(path: str, seen: set[str] | None = None, whole: bool = True) -> int:
    """Check the ledger after a kill; return its number of entries. Entries are append-only,
    so with ``seen`` (ids already checked, updated here) only new entries' hashes are
    recomputed; ``whole`` also splits the ledger (the final check does both in full)."""
    store = AnyStore(connect(path))
    try:
        if store.db.dialect == "sqlite":
            assert store.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = store.execute(
            "SELECT number, content_hash FROM ledger_entries WHERE venture_id = 'v'"
        ).fetchall()
        hashes = dict(rows)
        ledger = store.ledger("v")
        assert ledger is not None
        for e in ledger.entries:
            if seen is not None and e.id in seen:
                continue
            assert content_hash("v", e) == hashes[e.id], f"entry {e.id} is incomplete"
            assert e.reverses is not None or e.approved, f"entry {e.id} lost its approval"
        orphans = store.execute(
            "SELECT COUNT(*) FROM approvals a LEFT JOIN ledger_entries e ON e.id = a.entry_id"
            " WHERE e.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        dangling = store.execute(
            "SELECT COUNT(*) FROM ledger_entries r LEFT JOIN ledger_entries e ON e.id = r.reverses"
            " WHERE r.reverses IS NOT NULL AND e.id IS NULL"
        ).fetchone()[0]
        assert dangling == 0
        reversed_ids = [e.reverses for e in ledger.entries if e.reverses is not None]
        assert len(reversed_ids) == len(set(reversed_ids))
        if seen is not None:
            seen.update(e.id for e in ledger.entries)
        if not whole:
            return len(ledger.entries)
        s = split(ledger, as_of=BASE + dt.timedelta(days=60))
        if s.total:
            assert sum((m.share for m in s.members), Fraction(0)) == 1
        return len(ledger.entries)
    finally:
        store.close()


def test_sigkill_never_leaves_a_half_written_ledger(db_target: str, backend: str) -> None:
    path = db_target
    svc = EquityService(connect(path))
    venture(svc, "v", "ana", "bob", require_approval=True)
    svc.db.close()
    rng = random.Random(5)
    counts = []
    seen: set[str] = set()
    kills = KILLS if backend == "sqlite" else KILLS // 3
    for k in range(kills):
        ready_r, ready_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the writer
            try:
                _writer(path, seed=k, ready=ready_w)
            finally:
                os._exit(0)
        os.close(ready_w)
        # kill at a random moment of the writing, not while the child is still starting or
        # before its first commit (a loaded machine can take longer than the random delay)
        assert os.read(ready_r, 1) == b"1"
        assert os.read(ready_r, 1) == b"w"
        # a PostgreSQL write is a few round trips, not a file append: give it time to write
        time.sleep(rng.uniform(0.002, 0.04) * (1 if backend == "sqlite" else 4))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        os.close(ready_r)
        counts.append(_check(path, seen, whole=k % 10 == 9))
    assert _check(path) == counts[-1]  # and once more in full: every hash, the split
    # every writer had committed an entry before its kill: none of them was lost
    assert all(n >= k + 1 for k, n in enumerate(counts)), counts
    assert counts == sorted(counts)  # nothing committed was ever lost
