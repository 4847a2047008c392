"""Crash safety of imports: ``cofoundry import`` of a large CSV is killed with SIGKILL at
random moments, 100 times; after each kill the database opens cleanly and holds all of that
import or none of it.

Each round imports a new file of ROWS profiles (ids ``r<round>-...``) in a forked child and
kills it after a random delay drawn over the length of an import (parsing, checking, the one
transaction of the profiles, encoding, the one transaction of the vectors). Afterwards:

* the database opens (migrations run) and SQLite's integrity check passes;
* the round's profiles are all there or none are (one transaction);
* their vectors too: all ``3 x ROWS`` or none (encoded after the profiles, in a transaction
  of their own: a kill in between leaves profiles without vectors, which the next search
  encodes, never half of them);
* every earlier round that completed is still whole (nothing committed is lost).
"""

from __future__ import annotations

import csv
import os
import random
import signal
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from embeddings.encoder import FakeEncoder, Vectors
from matcher.db import Database
from matcher.schema import connect
from tests.conftest import person

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

KILLS = 100
ROWS = 200
ENCODE_SECONDS_PER_TEXT = 0.0005


def _write_csv(path: Path, prefix: str) -> None:
    rows = [
        person(f"{prefix}-{i:04d}", offers=f"python backend code {i}", needs=f"sales {i}")
        for i in range(ROWS)
    ]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=sorted(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def _import(db: Path, src: Path) -> None:
    """In the child: the CLI command itself, as a user runs it.

    The fake encoder is made as slow per sentence as a real model is relative to the rest
    of an import (encoding is most of a real import's time; the fake one is nearly free),
    so that kills land between the two transactions often enough to be seen, whatever the
    machine's load.
    """
    fast = FakeEncoder.encode

    def slow(self: FakeEncoder, texts: Sequence[str], *, progress: bool = False) -> Vectors:
        time.sleep(ENCODE_SECONDS_PER_TEXT * len(texts))
        return fast(self, texts, progress=progress)

    FakeEncoder.encode = slow  # type: ignore[method-assign]  # in the forked child only
    result = CliRunner().invoke(app, ["import", str(src), "--db", str(db), "--encoder", "fake"])
    os._exit(result.exit_code)


def _count(store: Database, table: str, column: str, prefix: str) -> int:
    sql = f"SELECT COUNT(*) FROM {table} WHERE {column} LIKE ?"
    return int(store.execute(sql, [f"{prefix}-%"]).fetchone()[0])


def _timed_import(db: Path, src: Path) -> float:
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        _import(db, src)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    return time.perf_counter() - start


def test_sigkill_never_leaves_half_an_import(tmp_path: Path) -> None:
    db = tmp_path / "import.db"
    connect(db).close()
    rng = random.Random(7)
    warm = tmp_path / "warm.csv"
    _write_csv(warm, "warm")
    span = _timed_import(db, warm)  # how long one import takes now, for the kill delays
    done: list[str] = ["warm"]
    outcomes = {"none": 0, "profiles only": 0, "all": 0}
    for k in range(KILLS):
        if k and k % 10 == 0:  # imports slow down as the file grows or the machine gets busy
            again = tmp_path / f"t{k:03d}.csv"
            _write_csv(again, f"t{k:03d}")
            span = _timed_import(db, again)
            done.append(f"t{k:03d}")
        prefix = f"r{k:03d}"
        src = tmp_path / f"{prefix}.csv"
        _write_csv(src, prefix)
        pid = os.fork()
        if pid == 0:
            _import(db, src)
        time.sleep(rng.uniform(0.0, span * 1.5))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)

        store = connect(db)  # opens and migrates cleanly after every kill
        try:
            assert store.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            profiles = _count(store, "profiles", "id", prefix)
            vectors = _count(store, "vectors", "profile_id", prefix)
            assert profiles in (0, ROWS), f"round {k}: {profiles} of {ROWS} profiles"
            assert vectors in (0, 3 * ROWS), f"round {k}: {vectors} of {3 * ROWS} vectors"
            assert not (profiles == 0 and vectors), f"round {k}: vectors without profiles"
            by_round = dict(
                store.execute(
                    "SELECT substr(profile_id, 1, instr(profile_id, '-') - 1), COUNT(*)"
                    " FROM vectors GROUP BY 1"
                ).fetchall()
            )
            assert all(by_round[earlier] == 3 * ROWS for earlier in done), by_round
        finally:
            store.close()
        if profiles == 0:
            outcomes["none"] += 1
        elif vectors == 0:
            outcomes["profiles only"] += 1
        else:
            outcomes["all"] += 1
            done.append(prefix)
    # The kills landed all over the import, not only before or after it.
    assert min(outcomes.values()) >= 5, outcomes
