"""Red team 17: a full re-plan racing "round 2 has started" from another device; teams
formed while an attendee is erased.

``EventService.plan_rounds`` solves outside the writer lock (seconds for a large event),
then saves only if what it solved from is unchanged: the attendees and the stored rounds.
But the rule it checked first ("a round that has started never changes": no re-plan from
a round that has begun) read the event once, before solving, and the save never checked it
again. One organiser re-plans from round 2 while the other, at the door, presses "start
round 2" (or round 2's time comes): the start commits during the solve, and the save then
rewrote round 2 while people sat at its tables (high: everyone's current meeting changes
under them, and the record of who met whom with it).

The race is made certain: the other organiser's start commits while the planner solves.
The rule is now checked again in the saving transaction, on the event as it is then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

import matcher.events.service as events_service
from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.community import Community
from matcher.errors import OutOfRange
from tests.api.test_redteam17_races import at_once
from tests.conftest import SYNONYMS
from tests.events_day import DAY, ORG, PEOPLE, Clock
from tests.stores import dump_rows


@pytest.fixture
def desks(db_target: str) -> Iterator[tuple[Community, Community, Clock]]:
    """Two organisers' devices (two processes) over one database, and their clock."""
    clock = Clock(dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC))
    one, other = (
        Community(db_target, FakeEncoder(dim=64, synonyms=SYNONYMS), clock=clock) for _ in "ab"
    )
    one.profiles.import_profiles(PEOPLE)
    one.events.create_event("night", "Founders night", actor=ORG, details=DAY)
    one.events.add_attendees("night", [p["id"] for p in PEOPLE[1:11]], actor=ORG)
    one.events.plan_rounds("night", rounds=3, actor=ORG)
    one.events.start_round("night", 1, actor=ORG)  # the door opened early: round 1 is on
    yield one, other, clock
    one.close()
    other.close()


def while_solving(monkeypatch: pytest.MonkeyPatch, step: Any) -> None:
    """Run ``step`` once while the planner solves (outside the writer lock)."""
    real = events_service.plan_rounds
    done: list[bool] = []

    def solve(*args: Any, **kwargs: Any) -> Any:
        if not done:
            done.append(True)
            step()
        return real(*args, **kwargs)

    monkeypatch.setattr(events_service, "plan_rounds", solve)


def test_a_re_plan_never_rewrites_a_round_started_while_it_solved(
    desks: tuple[Community, Community, Clock], monkeypatch: pytest.MonkeyPatch
) -> None:
    one, other, _ = desks
    held = one.events.events.rounds("night")
    while_solving(monkeypatch, lambda: other.events.start_round("night", 2, actor=ORG))
    with pytest.raises(OutOfRange) as refused:
        one.events.plan_rounds("night", rounds=3, from_round=2, actor=ORG, fairness=0.0)
    assert (refused.value.field, refused.value.value) == ("from_round", 2)
    assert "round 2 has started" in str(refused.value)
    assert one.events.events.rounds("night") == held  # round 2 as its people sit in it
    # from round 3 (the first not started) it is planned
    monkeypatch.undo()
    one.events.plan_rounds("night", rounds=3, from_round=3, actor=ORG, fairness=0.0)
    assert one.events.events.rounds("night")[:2] == held[:2]


def test_a_re_plan_never_rewrites_a_round_whose_time_came_while_it_solved(
    desks: tuple[Community, Community, Clock], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The clock starts rounds too: round 2 begins at 18:15 (Paris) during the solve."""
    one, _, clock = desks
    clock.paris(18, 14)
    held = one.events.events.rounds("night")
    while_solving(monkeypatch, lambda: clock.paris(18, 16))
    with pytest.raises(OutOfRange) as refused:
        one.events.plan_rounds("night", rounds=3, from_round=2, actor=ORG, fairness=0.0)
    assert refused.value.field == "from_round"
    assert one.events.events.rounds("night") == held


def test_without_a_race_the_re_plan_is_saved(desks: tuple[Community, Community, Clock]) -> None:
    one, _, _ = desks
    one.events.plan_rounds("night", rounds=3, from_round=2, actor=ORG, fairness=0.0)
    assert len(one.events.changes("night", actor=ORG)) == 2  # the plan, the re-plan


def test_teams_formed_while_an_attendee_is_erased_never_seat_the_erased_id(
    desks: tuple[Community, Community, Clock], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Forming teams solved outside the lock and saved without looking again: an attendee
    erased (or removed, or gone) during the solve was saved in a team, their erased id shown
    to their teammates and kept in the database (high). Now formed again with who is there."""
    one, other, _ = desks
    real = events_service.form_teams
    done: list[bool] = []

    def solve(*args: Any, **kwargs: Any) -> Any:
        if not done:
            done.append(True)
            other.privacy.erase("p05", actor=Actor("p05"))
        return real(*args, **kwargs)

    monkeypatch.setattr(events_service, "form_teams", solve)
    plan = one.events.form_teams("night", size=3, actor=ORG, time_limit=1)
    seated = {m for t in plan.teams for m in t.members}
    assert "p05" not in seated and len(seated) == 9
    stored = {m for _, members, _, _ in one.events.events.teams("night") for m in members}
    assert stored == seated
    assert "p05" not in dump_rows(one.db)


def test_two_organisers_re_planning_at_once_both_save_and_neither_is_lost(
    desks: tuple[Community, Community, Clock],
) -> None:
    """Two full re-plans from round 2 at the same moment, from two processes: the second
    to save sees the first's plan (it is no longer what it solved from) and plans again
    with it, never over it; both are recorded, round 1 is kept, nobody sits twice."""
    one, other, _ = desks
    held = one.events.events.rounds("night")
    results = at_once(
        lambda: one.events.plan_rounds("night", rounds=3, from_round=2, actor=ORG),
        lambda: other.events.plan_rounds("night", rounds=3, from_round=2, actor=ORG),
    )
    assert all(not isinstance(r, Exception) for r in results), results
    changes = one.events.changes("night", actor=ORG)
    assert [c.kind for c in changes] == ["plan", "replan", "replan"]
    assert len({c.version for c in changes}) == 3  # each saved over the one before it
    rounds = one.events.events.rounds("night")
    assert rounds[0] == held[0]
    for r in rounds:
        people = [p for g in r.groups for p in g.members] + list(r.byes)
        assert len(people) == len(set(people)) == 10, r
