"""Calm re-planning of hackathon teams (matcher.events.teams_repair): worked examples with
hand-checked moves, and hypothesis properties (forbidden pairs never together, together pairs
never split, sizes within one of the layout, nobody moves when nothing lacks, two steps never
leave more lacking than one)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.errors import InvalidInput
from matcher.events import TeamsRepair, repair_teams, team_size_range


def _scores(n: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    s = rng.random((n, n))
    s = (s + s.T) / 2
    np.fill_diagonal(s, 0.0)
    return s


def _members(fix: TeamsRepair) -> dict[int, tuple[str, ...]]:
    return {t.number: t.members for t in fix.teams}


TEAMS = {1: ["a1", "a2", "a3"], 2: ["b1", "b2", "b3"], 3: ["c1", "c2", "c3"]}
PEOPLE = [p for m in TEAMS.values() for p in m]
TECH = {"a1": {"tech"}, "b1": {"tech"}, "b2": {"tech"}, "c1": {"tech"}}


def test_nothing_changed_moves_nobody() -> None:
    fix = repair_teams(PEOPLE, _scores(9), TEAMS, offers=TECH, required_roles=["tech"])
    assert not fix.changed and fix.moves == () and fix.moved == ()
    assert _members(fix) == {k: tuple(v) for k, v in TEAMS.items()}


def test_a_late_arrival_moves_only_themself() -> None:
    people = [*PEOPLE, "late"]
    s = _scores(10)
    s[9, :] = s[:, 9] = 0.0
    s[9, 6] = s[6, 9] = 0.9  # late fits c1 best
    fix = repair_teams(people, s, TEAMS, offers=TECH, required_roles=["tech"])
    assert fix.moved == ()
    assert [(m.person, m.from_team, m.to_team, m.why) for m in fix.moves] == [
        ("late", 0, 3, "arrived")
    ]
    assert fix.arrived == ("late",)
    # every other member keeps their team
    for number, members in TEAMS.items():
        assert set(members) <= set(_members(fix)[number])


def test_a_late_arrival_goes_where_their_role_lacks() -> None:
    offers = {"a1": {"tech"}, "b1": {"tech"}, "late": {"tech"}}  # team 3 lacks tech
    s = _scores(10)
    s[9, :3] = s[:3, 9] = 5.0  # team 1 would score best, but team 3 needs tech
    fix = repair_teams([*PEOPLE, "late"], s, TEAMS, offers=offers, required_roles=["tech"])
    assert "late" in _members(fix)[3] and fix.missing == () and fix.moved == ()


def test_a_missing_role_is_restored_by_moving_one_person() -> None:
    # a1, team 1's only tech, does not come; team 2 has two techs and can spare one
    people = [p for p in PEOPLE if p != "a1"]
    s = _scores(8, seed=3)
    fix = repair_teams(people, s, TEAMS, offers=TECH, required_roles=["tech"])
    assert fix.gone == ("a1",)
    assert len(fix.moved) == 1 and fix.moved[0] in ("b1", "b2")
    assert fix.missing == ()
    (move,) = [m for m in fix.moves if m.why != "gone"]
    assert (move.from_team, move.to_team, move.why) == (2, 1, "role")
    assert [(m.person, m.to_team, m.why) for m in fix.moves if m.why == "gone"] == [
        ("a1", 0, "gone")
    ]


def test_the_best_scoring_spare_holder_moves() -> None:
    people = [p for p in PEOPLE if p != "a1"]
    s = np.zeros((8, 8))
    pos = {p: i for i, p in enumerate(people)}
    s[pos["b2"], pos["a2"]] = s[pos["a2"], pos["b2"]] = 1.0  # b2 fits team 1 better than b1
    fix = repair_teams(people, s, TEAMS, offers=TECH, required_roles=["tech"])
    assert fix.moved == ("b2",)


def test_a_no_show_in_a_team_that_keeps_its_roles_moves_nobody() -> None:
    people = [p for p in PEOPLE if p != "a2"]
    fix = repair_teams(people, _scores(8), TEAMS, offers=TECH, required_roles=["tech"])
    assert fix.moved == () and [m.why for m in fix.moves] == ["gone"]
    assert _members(fix)[1] == ("a1", "a3")  # 2 is within one of 3


def test_two_small_teams_merge_when_no_single_move_helps() -> None:
    teams = {1: ["a1", "a2", "a3"], 2: ["b1", "b2", "b3"], 3: ["c1", "c2", "c3"]}
    gone = {"a2", "a3", "b3"}  # team 1 is down to a1 (below 2), team 2 to two
    people = [p for p in PEOPLE if p not in gone]
    fix = repair_teams(people, _scores(6, seed=1), teams, sizes=[3, 3, 3])
    assert fix.undersized == () and all(2 <= len(t.members) <= 4 for t in fix.teams)
    assert len(fix.moved) == 1  # a1 alone joins a team: one person moves


def test_forbidden_pairs_never_end_together() -> None:
    people = [p for p in PEOPLE if p != "a1"]
    # b1 may not be with a2; only b2 can go
    fix = repair_teams(
        people,
        _scores(8),
        TEAMS,
        offers=TECH,
        required_roles=["tech"],
        forbidden=[("b1", "a2")],
    )
    assert fix.moved == ("b2",)


def test_a_together_pair_is_never_split() -> None:
    people = [p for p in PEOPLE if p != "a1"]
    fix = repair_teams(
        people,
        _scores(8),
        TEAMS,
        offers=TECH,
        required_roles=["tech"],
        together=[("b2", "b3")],
    )
    assert fix.moved == ("b1",) or "b2" not in fix.moved
    team_of = {p: t.number for t in fix.teams for p in t.members}
    assert team_of["b2"] == team_of["b3"]


def test_a_role_nobody_can_spare_stays_missing() -> None:
    offers = {"a1": {"tech"}, "b1": {"tech"}, "c1": {"tech"}}
    people = [p for p in PEOPLE if p != "a1"]
    fix = repair_teams(people, _scores(8), TEAMS, offers=offers, required_roles=["tech"])
    assert fix.missing == ((1, "tech"),) and fix.moved == ()


def test_a_missing_role_is_restored_in_two_steps_when_no_team_can_spare_it_directly() -> None:
    """Team 1 loses its only tech. Team 2's tech is its only one; team 3's two techs are
    both on a1's avoid list: one step cannot give team 1 a tech (it stayed missing). Two
    steps can: b1 joins team 1 and a tech of team 3 takes b1's place."""
    teams = {1: ["a1", "a2", "a3"], 2: ["b1", "b2", "b3"], 3: ["c1", "c2", "c3"]}
    offers = {"a3": {"tech"}, "b1": {"tech"}, "c1": {"tech"}, "c2": {"tech"}}
    people = [p for m in teams.values() for p in m if p != "a3"]
    forbidden = [("a1", "c1"), ("a1", "c2")]
    s = _scores(8)
    kw = {"offers": offers, "required_roles": ["tech"], "forbidden": forbidden}
    one = repair_teams(people, s, teams, **kw, two_step=False)
    assert one.missing == ((1, "tech"),) and one.moved == ()
    fix = repair_teams(people, s, teams, **kw)
    assert fix.missing == () and len(fix.moved) == 2 and "b1" in fix.moved
    team_of = {p: t.number for t in fix.teams for p in t.members}
    assert team_of["b1"] == 1
    (c,) = (p for p in fix.moved if p != "b1")
    assert c in ("c1", "c2") and team_of[c] == 2
    assert {(m.person, m.from_team, m.to_team, m.why) for m in fix.moves} == {
        ("a3", 1, 0, "gone"),
        ("b1", 2, 1, "role"),
        (c, 3, 2, "role"),
    }


def test_one_step_is_taken_when_it_is_enough() -> None:
    """A tech team 3 can spare moves straight to team 1; no two-step chain is preferred."""
    offers = {"a1": {"tech"}, "b1": {"tech"}, "c1": {"tech"}, "c2": {"tech"}}
    people = [p for p in PEOPLE if p != "a1"]
    fix = repair_teams(people, _scores(8), TEAMS, offers=offers, required_roles=["tech"])
    assert fix.missing == () and len(fix.moved) == 1


def test_a_full_room_leaves_an_arrival_unplaced() -> None:
    teams = {1: ["a", "b"]}
    fix = repair_teams(["a", "b", "c", "d"], _scores(4), teams, sizes=[2])
    assert fix.arrived == ("c",) and fix.unplaced == ("d",)


def test_walk_ins_every_team_is_too_full_for_make_a_team_of_their_own() -> None:
    teams = {1: ["a", "b"], 2: ["c", "d"]}
    people = ["a", "b", "c", "d", "e", "f", "g", "h"]
    fix = repair_teams(people, _scores(8), teams, sizes=[2, 2])
    assert fix.unplaced == () and fix.moved == ()
    assert sorted(len(t.members) for t in fix.teams) == [2, 3, 3]
    assert _members(fix)[3] == ("g", "h")  # e and f took the two free seats first
    assert {m.person: m.to_team for m in fix.moves} == {"e": 1, "f": 2, "g": 3, "h": 3} or {
        m.person: m.to_team for m in fix.moves
    } == {"e": 2, "f": 1, "g": 3, "h": 3}


def test_errors_name_the_field() -> None:
    with pytest.raises(InvalidInput, match="'a' is in teams 1 and 2") as err:
        repair_teams(["a", "b"], _scores(2), {1: ["a"], 2: ["a", "b"]})
    assert err.value.field == "teams"
    with pytest.raises(InvalidInput, match="no team sizes"):
        team_size_range([])


@st.composite
def _instances(draw: st.DrawFn) -> tuple:
    n_teams = draw(st.integers(2, 5))
    size = draw(st.integers(2, 4))
    names = [f"p{i}" for i in range(n_teams * size + 3)]
    teams = {t + 1: names[t * size : (t + 1) * size] for t in range(n_teams)}
    in_teams = names[: n_teams * size]
    gone = draw(st.sets(st.sampled_from(in_teams), max_size=3))
    late = draw(st.sets(st.sampled_from(names[n_teams * size :])))
    people = [p for p in names if (p in in_teams and p not in gone) or p in late]
    offers = {p: {"tech"} for p in names if draw(st.booleans())}
    pairs = list(itertools.combinations(people, 2))
    forbidden = draw(st.sets(st.sampled_from(pairs), max_size=4)) if pairs else set()
    seed = draw(st.integers(0, 1000))
    return people, teams, offers, forbidden, seed, size


@settings(max_examples=150, deadline=None)
@given(_instances())
def test_properties(instance: tuple) -> None:
    people, teams, offers, forbidden, seed, size = instance
    s = _scores(len(people), seed)
    before_forbidden_together = {
        frozenset(pair) for pair in forbidden if any(set(pair) <= set(m) for m in teams.values())
    }
    fix = repair_teams(
        people, s, teams, offers=offers, required_roles=["tech"], forbidden=forbidden
    )
    lo, hi = team_size_range([size] * len(teams))
    placed = [p for t in fix.teams for p in t.members]
    # everyone present is in exactly one team, or an unplaced arrival; nobody gone remains
    assert len(placed) == len(set(placed))
    assert set(placed) | set(fix.unplaced) == set(people)
    # a forbidden pair ends together only if it was already (the repair never makes one)
    for t in fix.teams:
        for pair in itertools.combinations(t.members, 2):
            assert frozenset(pair) not in {frozenset(f) for f in forbidden} or (
                frozenset(pair) in before_forbidden_together
            )
        assert len(t.members) <= hi
    # who moved really changed team, and the moves say so
    origin = {p: n for n, m in teams.items() for p in m}
    team_of = {p: t.number for t in fix.teams for p in t.members}
    assert set(fix.moved) == {p for p in team_of if p in origin and origin[p] != team_of[p]}
    # nobody moves when nobody left and nothing lacked
    if not (set(origin) - set(people)) and fix.arrived == ():
        lacking = any(
            not any("tech" in offers.get(p, ()) for p in m) or len(m) < lo for m in teams.values()
        )
        if not lacking:
            assert fix.moved == ()
    # two steps never leave more lacking than one step alone
    one = repair_teams(
        people,
        s,
        teams,
        offers=offers,
        required_roles=["tech"],
        forbidden=forbidden,
        two_step=False,
    )
    assert len(fix.missing) + len(fix.undersized) <= len(one.missing) + len(one.undersized)
