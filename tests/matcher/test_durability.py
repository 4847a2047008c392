"""Durability under concurrency: 4 writer processes x 1,000 writes on one database file.

Each writer runs real use cases (sign-ups, each a profile, a token and its vectors; ledger
posts, each an entry with its idempotency key), every one its own ``BEGIN IMMEDIATE``
transaction, all at once against one WAL database. Afterwards every write is there, and
no writer saw an error ("database is locked" or any other).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import traceback
from pathlib import Path

import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.community import Community
from matcher.equity import EquityService
from matcher.schema import connect
from tests.conftest import person
from tests.stores import AnyStore
from tests.ventures import venture

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

WRITERS = 4
WRITES = 1000


def _writer(path: str, w: int, start: mp.synchronize.Event, errors: mp.Queue) -> None:  # type: ignore[type-arg]
    try:
        store = AnyStore(connect(path))
        service = Community(store.db, FakeEncoder(dim=16))
        equity = EquityService(store.db)
        start.wait()
        for i in range(WRITES):
            if i % 2 == 0:
                service.security.sign_up(person(f"w{w}-{i:04d}", roles_offered="", roles_sought=""))
            else:
                raw: dict[str, object] = {
                    "member": f"m{w}",
                    "kind": "cash",
                    "on": "2024-01-01",
                    "amount": str(i),
                }
                equity.post("v", raw, key=f"w{w}-{i}", actor=Actor(f"m{w}"))
        store.close()
    except BaseException:
        errors.put(f"writer {w}: {traceback.format_exc()}")
        raise


def test_4_writers_x_1000_writes_lose_nothing_and_never_see_a_locked_database(
    tmp_path: Path,
) -> None:
    path = str(tmp_path / "busy.db")
    equity = EquityService(connect(path))
    venture(equity, "v", "m0", *(f"m{w}" for w in range(1, WRITERS)))
    equity.db.close()

    ctx = mp.get_context("fork")
    start, errors = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(path, w, start, errors)) for w in range(WRITERS)]
    for p in procs:
        p.start()
    start.set()  # all at once
    for p in procs:
        p.join(timeout=600)
    failures = []
    while not errors.empty():
        failures.append(errors.get())
    assert not failures, "\n".join(failures)
    assert [p.exitcode for p in procs] == [0] * WRITERS

    store = AnyStore(connect(path))
    db = store
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    half = WRITES // 2
    for w in range(WRITERS):
        profiles = db.execute(
            "SELECT COUNT(*) FROM profiles WHERE id LIKE ?", [f"w{w}-%"]
        ).fetchone()[0]
        tokens = db.execute(
            "SELECT COUNT(*) FROM tokens WHERE profile_id LIKE ?", [f"w{w}-%"]
        ).fetchone()[0]
        vectors = db.execute(
            "SELECT COUNT(*) FROM vectors WHERE profile_id LIKE ?", [f"w{w}-%"]
        ).fetchone()[0]
        entries = db.execute(
            "SELECT COUNT(*) FROM ledger_entries WHERE member_id = ?", [f"m{w}"]
        ).fetchone()[0]
        assert (profiles, tokens, vectors, entries) == (half, half, 3 * half, half)
    total = db.execute("SELECT COUNT(*) FROM ledger_entries").fetchone()[0]
    assert total == WRITERS * half
    store.close()
