"""Crash safety of an erasure: ``cofoundry privacy erase`` is killed with SIGKILL at random
moments; after each kill the database opens cleanly and holds all of the person or none of
them (profile, vectors, collaborations, endorsements, introductions), and running the command
again finishes the job: the person is gone, and their words are in no byte of the files.

The erasure is one transaction, then a checkpoint of the write-ahead log (and, every other
round, ``--vacuum``): a kill after the commit leaves nobody to erase, and the next command
says so ("no profile"), its own connection checkpointing the log on the way out.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from embeddings.encoder import FakeEncoder
from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.errors import UnknownProfile
from matcher.schema import connect
from tests.conftest import person

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

KILLS = 24
PEOPLE = 120


def _erase_in_child(db: Path, pid: str, *, vacuum: bool) -> int:
    """In a forked child: the CLI command itself; returns the child's process id. The
    parent never runs the command itself: a connection open in a process that forks is
    shared with the child (SQLite's warning), which corrupted the file in early versions
    of this test."""
    child = os.fork()
    if child == 0:
        args = ["privacy", "erase", pid, "--yes", "--db", str(db), "--encoder", "fake"]
        flag = "--vacuum" if vacuum else "--no-vacuum"
        os._exit(CliRunner().invoke(app, [*args, flag]).exit_code)
    return child


def _erase(db: Path, pid: str, *, vacuum: bool) -> int:
    _, status = os.waitpid(_erase_in_child(db, pid, vacuum=vacuum), 0)
    assert os.WIFEXITED(status)
    return os.WEXITSTATUS(status)


def _seed(db: Path) -> None:
    c = Community(connect(db), FakeEncoder(dim=64))
    rows = [person(f"p{i:03d}", offers=f"python code canary{i:03d}x") for i in range(PEOPLE)]
    c.profiles.import_profiles(rows)
    for i in range(1, 100):  # each with someone who is never erased here (p100-p109)
        me, other = Actor(f"p{i:03d}"), f"p{100 + i % 10:03d}"
        c.trust.propose_collaboration(f"p{i:03d}", other, "shop", "2024-01-01", actor=me)
        c.trust.endorse(f"p{i:03d}", other, "python", actor=me)
        c.trust.request_introduction(f"p{i:03d}", other, message=f"canary{i:03d}y", actor=me)
    c.db.close()


def _held(db: Path, pid: str) -> dict[str, int]:
    store = connect(db)
    try:
        assert store.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = {
            "profiles": "SELECT COUNT(*) FROM profiles WHERE id = ?",
            "vectors": "SELECT COUNT(*) FROM vectors WHERE profile_id = ?",
            "collaborations": "SELECT COUNT(*) FROM collaborations WHERE proposer = ?",
            "endorsements": "SELECT COUNT(*) FROM endorsements WHERE endorser = ?",
            "introductions": "SELECT COUNT(*) FROM introductions WHERE requester = ?",
        }
        return {t: int(store.execute(sql, [pid]).fetchone()[0]) for t, sql in counts.items()}
    finally:
        store.close()


def test_sigkill_never_leaves_half_an_erasure(tmp_path: Path) -> None:
    db = tmp_path / "erase.db"
    _seed(db)
    whole = {"profiles": 1, "vectors": 3, "collaborations": 1, "endorsements": 1}
    whole["introductions"] = 1
    gone = dict.fromkeys(whole, 0)
    start = time.perf_counter()
    assert _erase(db, "p119", vacuum=True) == 0
    span = time.perf_counter() - start  # one erasure now, for the kill delays
    rng = random.Random(9)
    outcomes = {"kept": 0, "erased": 0}
    for k in range(1, KILLS + 1):
        pid = f"p{k:03d}"
        child = _erase_in_child(db, pid, vacuum=k % 2 == 0)
        time.sleep(rng.uniform(0.0, span * 2))
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        held = _held(db, pid)
        assert held in (whole, gone), f"round {k}: half an erasure: {held}"
        outcomes["kept" if held == whole else "erased"] += 1
        assert _erase(db, pid, vacuum=False) == (0 if held == whole else 2)
        assert _held(db, pid) == gone
        files = b"".join(p.read_bytes() for p in tmp_path.glob("erase.db*"))
        assert f"canary{k:03d}x".encode() not in files, f"round {k}: their offers are left"
        assert f"canary{k:03d}y".encode() not in files, f"round {k}: their message is left"
    assert min(outcomes.values()) >= 1, outcomes  # kills landed before and after the commit


def test_an_erasure_stopped_after_its_commit_is_finished_by_the_next(tmp_path: Path) -> None:
    """A crash between the commit and the checkpoint left the person's words in the database
    file (the zeroed pages were only in the log), and the next ``erase`` answered "no
    profile" without checkpointing: the bytes stayed until some later checkpoint."""
    db = tmp_path / "erase.db"
    _seed(db)
    c = Community(connect(db), FakeEncoder(dim=64))

    class Crash(BaseException):
        pass

    def crash(*args: object, **kwargs: object) -> bool:
        raise Crash

    keep = c.privacy.db.scrub
    c.privacy.db.scrub = crash  # type: ignore[method-assign]  # the kill, after the commit
    with pytest.raises(Crash):
        c.privacy.erase("p007", actor=ADMIN)
    c.privacy.db.scrub = keep  # type: ignore[method-assign]
    assert _held(db, "p007")["profiles"] == 0
    assert b"canary007x" in db.read_bytes()  # the old page, until a checkpoint
    with pytest.raises(UnknownProfile):
        c.privacy.erase("p007", actor=ADMIN)
    files = b"".join(p.read_bytes() for p in tmp_path.glob("erase.db*"))
    assert b"canary007x" not in files and b"canary007y" not in files
