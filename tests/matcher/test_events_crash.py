"""Crash safety of event plans: a planner process killed with SIGKILL at random moments, 100+ times.

The child plans the rounds of a small event, re-plans them from a random round, and forms
teams, in a loop, on a file database; the parent kills it at a random moment after it
started (see the readiness pipe, as in ``test_equity_crash.py``) and checks the stored plan
after every kill. A plan is written in one ``BEGIN IMMEDIATE`` transaction (seats and the
summary together), so after any kill:

* SQLite's own integrity check passes;
* the stored rounds are exactly 1..``summary["rounds"]`` (a re-plan never leaves a gap or
  a round of the old plan beyond the new one), and there is no summary without seats;
* every round is whole: every attendee sits exactly once (at a table or on a bye), each
  table has ``group_size`` people, and fewer than ``group_size`` have a bye;
* the teams cover every attendee exactly once and are the teams the summary describes.

The writes the parent sees change between kills (the child made progress) and a plan,
once seen, is either kept or replaced whole by a later one.
"""

from __future__ import annotations

import json
import os
import random
import signal
import time
from pathlib import Path

import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.events import EventService, EventStore
from matcher.schema import connect
from tests.conftest import SYNONYMS, person
from tests.stores import AnyStore

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

KILLS = 100
PEOPLE = [f"p{i}" for i in range(9)]  # odd: every round has a bye
ORG = Actor("org")


def _service(path: Path) -> EventService:
    return Community(path, FakeEncoder(dim=32, synonyms=SYNONYMS)).events


def _planner(path: Path, seed: int, ready: int) -> None:
    """Plan, re-plan and form teams forever (in the child); write a byte to ``ready`` once
    started, and one after each plan."""
    rng = random.Random(seed)
    events = _service(path)
    os.write(ready, b"1")
    if seed % 10 == 0:  # teams take longer (CP-SAT): these children start with them
        events.form_teams("e", size=3, actor=ORG, time_limit=1, balance=rng.random())
    while True:
        os.write(ready, b"p")
        planned = len(events.events.rounds("e"))
        if planned and rng.random() < 0.5:  # re-plan: rounds before from_round are kept
            rounds = rng.randint(max(planned, 2), 5)
            events.plan_rounds(
                "e",
                rounds=rounds,
                from_round=rng.randint(2, min(planned + 1, rounds)),
                actor=ORG,
                fairness=rng.random(),
            )
        elif rng.random() < 0.7:
            events.plan_rounds("e", rounds=rng.randint(2, 5), actor=ORG, fairness=rng.random())
        else:
            events.form_teams("e", size=3, actor=ORG, time_limit=1, balance=rng.random())


def _check(path: Path) -> tuple[str | None, str | None]:
    """Assert the stored plan is whole; return the rounds and teams summaries (JSON text)."""
    store = AnyStore(connect(path))
    try:
        db = store
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        events = EventStore(store.db)
        attendees = sorted(a.profile_id for a in events.attendees("e"))
        assert attendees == sorted(PEOPLE)
        summary = events.summary("e", "rounds")
        rounds = events.rounds("e")
        if summary is None:
            assert rounds == []
        else:
            assert [r.number for r in rounds] == list(range(1, summary["rounds"] + 1)), summary
            size = summary["group_size"]
            for r in rounds:
                seated = [m for g in r.groups for m in g.members] + list(r.byes)
                assert sorted(seated) == attendees, f"round {r.number} is not whole: {seated}"
                assert all(len(g.members) == size for g in r.groups), r
                assert len(r.byes) < size, r
        teams_summary = events.summary("e", "teams")
        teams = events.teams("e")
        if teams_summary is None:
            assert teams == []
        else:
            members = sorted(m for _, ms, _, _ in teams for m in ms)
            assert members == attendees, f"teams are not whole: {teams}"
            assert {str(t) for t, _, _, _ in teams} == set(teams_summary["roles"])
        plans = db.execute("SELECT kind, summary FROM event_plans WHERE event_id = 'e'").fetchall()
        by_kind = dict(plans)
        return by_kind.get("rounds"), by_kind.get("teams")
    finally:
        store.close()


def _setup(path: Path) -> EventService:
    events = _service(path)
    events.profiles.import_profiles(
        [
            person(
                pid,
                offers="python code backend" if i % 2 else "sales customers deals",
                needs="sales customers deals" if i % 2 else "python code backend",
                roles_offered="tech" if i % 2 else "sales",
            )
            for i, pid in enumerate(PEOPLE)
        ]
        + [person("org")]
    )
    events.create_event("e", "Crash night", actor=ORG)
    events.add_attendees("e", PEOPLE, actor=ADMIN)
    events.profiles.ensure_vectors(PEOPLE)
    return events


@pytest.mark.parametrize(
    "half",
    [
        "DELETE FROM event_seats WHERE round = 2 AND profile_id = 'p3'",
        "DELETE FROM event_seats WHERE round = 3",
        "DELETE FROM event_teams WHERE profile_id = 'p0'",
        "UPDATE event_seats SET round = 9 WHERE round = 3",
    ],
)
def test_the_check_catches_a_half_written_plan(tmp_path: Path, half: str) -> None:
    """The checks can fail: a plan with a write cut in half is caught."""
    path = tmp_path / "events.db"
    events = _setup(path)
    events.plan_rounds("e", rounds=3, actor=ORG)
    events.form_teams("e", size=3, actor=ORG, time_limit=1)
    events.db.close()
    _check(path)
    store = AnyStore(connect(path))
    with store.transaction():
        store.execute(half)
    store.close()
    with pytest.raises(AssertionError):
        _check(path)


def test_sigkill_never_leaves_a_half_written_plan(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    _setup(path).db.close()
    rng = random.Random(11)
    seen: list[tuple[str | None, str | None]] = []
    for k in range(KILLS):
        ready_r, ready_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the planner
            try:
                _planner(path, seed=k, ready=ready_w)
            except BaseException as e:  # a planner that stops by itself fails the test
                os.write(2, f"planner failed: {e!r}\n".encode())
            finally:
                os._exit(3)
        os.close(ready_w)
        # kill at a random moment of the planning, not while the child is still starting
        assert os.read(ready_r, 1) == b"1"
        if k % 4 == 0:  # some kills after a plan has surely been written, however slow the machine
            assert os.read(ready_r, 2) in (b"p", b"pp")
            assert os.read(ready_r, 1) == b"p"
        time.sleep(rng.uniform(0.1, 0.7) if k % 10 == 0 else rng.uniform(0.005, 0.08))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        os.close(ready_r)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        seen.append(_check(path))
    rounds_plans = {r for r, _ in seen if r is not None}
    team_plans = {t for _, t in seen if t is not None}
    assert len(rounds_plans) > KILLS // 10, "the planner made too little progress between kills"
    assert team_plans, "no team plan was ever written"
    replanned = [json.loads(r)["replanned_from"] for r in rounds_plans]
    assert any(n > 1 for n in replanned), "no re-plan from a later round was ever stored"
