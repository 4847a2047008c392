"""Properties of the calm re-plan as the service runs it (hypothesis): after someone is marked
absent (or leaves) once some rounds have started, or a walk-in checks in, the plan never seats
an avoided pair together, never repeats a meeting, keeps the rounds started as they were, and
changes only the meetings that involve the person concerned."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from embeddings.encoder import FakeEncoder
from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.events import Round
from tests.events_day import PEOPLE

ORG = Actor("p00")


def _groups(r: Round) -> set[tuple[int, frozenset[str]]]:
    return {(g.table, frozenset(g.members)) for g in r.groups}


def _world(n: int, avoid: list[tuple[int, int]]) -> Community:
    c = Community(":memory:", FakeEncoder(dim=32))
    c.profiles.import_profiles(PEOPLE[: n + 2])  # p00 organises; p(n+1) may walk in
    for a, b in avoid:
        if a != b and max(a, b) <= n + 1:
            c.trust.avoid(f"p{a:02d}", f"p{b:02d}", actor=ADMIN)
    c.events.create_event("e", actor=ORG)  # no clock: the organiser says which round started
    c.events.add_attendees("e", [f"p{i:02d}" for i in range(1, n + 1)], actor=ORG)
    return c


def _check_plan(c: Community, avoid: list[tuple[int, int]]) -> list[Round]:
    rounds = c.events.rounds("e", actor=ORG)
    avoided = {frozenset((f"p{a:02d}", f"p{b:02d}")) for a, b in avoid if a != b}
    met = [
        frozenset(p) for r in rounds for g in r.groups for p in itertools.combinations(g.members, 2)
    ]
    assert not avoided & set(met), "an avoided pair is seated together"
    assert len(met) == len(set(met)), "a meeting is repeated"
    for r in rounds:
        placed = [m for g in r.groups for m in g.members] + list(r.byes)
        assert len(placed) == len(set(placed)), f"someone is seated twice in round {r.number}"
    return rounds


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(4, 9),
    total=st.integers(2, 4),
    started=st.integers(0, 3),
    who=st.integers(1, 9),
    how=st.sampled_from(["absent", "left", "no-show"]),
    odd=st.sampled_from(["bye", "trio"]),
    avoid=st.lists(st.tuples(st.integers(1, 9), st.integers(1, 9)), max_size=4),
)
def test_a_calm_re_plan_changes_only_the_meetings_of_the_absent(
    n: int,
    total: int,
    started: int,
    who: int,
    how: str,
    odd: str,
    avoid: list[tuple[int, int]],
) -> None:
    c = _world(n, avoid)
    c.events.plan_rounds("e", rounds=total, actor=ORG, odd="trio" if odd == "trio" else "bye")
    started = min(started, total - 1)
    c.events.start_round("e", started, actor=ORG)
    before = _check_plan(c, avoid)
    absent = f"p{min(who, n):02d}"
    done = c.events.mark("e", absent, how, actor=ORG)
    assert done.attendee.since_round == started + 1
    after = _check_plan(c, avoid)
    assert after[:started] == before[:started]  # rounds started: untouched
    for old, new in zip(before[started:], after[started:], strict=True):
        assert absent not in {m for g in new.groups for m in g.members} | set(new.byes)
        partners = {m for g in old.groups if absent in g.members for m in g.members} - {absent}
        free = partners | set(old.byes)  # the people whose seat the absence frees
        for table, members in _groups(old):
            if absent in members:
                continue
            if odd == "bye":  # a meeting without the absent person stays, at its table
                assert (table, members) in _groups(new), f"round {old.number}: {members} moved"
            else:  # trio: it may only gain a partner left alone
                grown = [m for t, m in _groups(new) if members <= m and t == table]
                assert grown and grown[0] - members <= free, f"round {old.number}: {members}"
        for _, members in _groups(new) - _groups(old):
            assert members & free, f"round {old.number}: {sorted(members)} met, none concerned"
    if done.change is not None:
        assert done.change.left_out == (absent,) and done.change.from_round == started + 1


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(4, 8),
    total=st.integers(2, 4),
    started=st.integers(0, 3),
    avoid=st.lists(st.tuples(st.integers(1, 9), st.integers(1, 9)), max_size=4),
)
def test_a_walk_in_joins_without_moving_anyone(
    n: int, total: int, started: int, avoid: list[tuple[int, int]]
) -> None:
    c = _world(n, avoid)
    c.events.plan_rounds("e", rounds=total, actor=ORG)
    started = min(started, total - 1)
    c.events.start_round("e", started, actor=ORG)
    before = _check_plan(c, avoid)
    walk_in = f"p{n + 1:02d}"
    c.events.add_attendees("e", [walk_in], actor=ORG)
    code = c.events.badges("e", actor=ORG, person=walk_in)[0].code
    done = c.events.check_in("e", code, actor=ORG)
    after = _check_plan(c, avoid)
    assert after[:started] == before[:started]
    for old, new in zip(before[started:], after[started:], strict=True):
        for _, members in _groups(old) - _groups(new):  # a meeting that changed gained them
            assert any(m == members | {walk_in} for _, m in _groups(new)), sorted(members)
        for _, members in _groups(new) - _groups(old):
            assert walk_in in members, sorted(members)
    assert done.change is None or set(done.change.arrived) <= {walk_in}
