"""Teams of the size asked (layouts), the gap target, and plan quality in plain words."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.errors import InvalidInput
from matcher.events.planner import (
    TeamLayout,
    check_layout,
    form_teams,
    plan_quality,
    team_layouts,
)
from tests.matcher.test_events import brute_teams, ids_for, random_scores

# ----------------------------------------------------------------- layouts


def test_layouts_by_hand() -> None:
    assert [x.sizes for x in team_layouts(12, 6)] == [(6, 6)]
    assert [(x.kind, x.counts) for x in team_layouts(125, 6)] == [
        ("smaller", ((6, 20), (5, 1))),
        ("larger", ((7, 5), (6, 15))),
    ]
    # the case: 28 people asked for teams of 6 got four teams of 7
    default = team_layouts(28, 6)[0]
    assert default.description == "3 teams of 6 and 2 teams of 5" and 7 not in default.sizes
    assert [x.description for x in team_layouts(122, 6)] == [
        "2 teams of 7 and 18 teams of 6",
        "17 teams of 6 and 4 teams of 5",
        "20 teams of 6 and 1 team of 2",
    ]
    assert team_layouts(7, 3)[0].sizes == (4, 3)  # as before: one team of 4
    assert team_layouts(5, 6) == (TeamLayout((5,), "one team"),)
    assert team_layouts(1, 4) == ()
    assert TeamLayout((4, 3, 3), "smaller").description == "1 team of 4 and 2 teams of 3"


@given(st.integers(2, 300), st.integers(2, 12))
def test_layouts_are_correct(n: int, size: int) -> None:
    layouts = team_layouts(n, size)
    assert layouts, "at least one way to seat everyone"
    q, r = divmod(n, size)
    if r == 0:
        assert layouts == (TeamLayout((size,) * q, "exact"),)
    if n < size:
        assert [x.sizes for x in layouts] == [(n,)]
    assert len({x.sizes for x in layouts}) == len(layouts)  # no option twice
    for x in layouts:
        assert sum(x.sizes) == n and min(x.sizes) >= 2
        assert list(x.sizes) == sorted(x.sizes, reverse=True)
        assert max(x.sizes) - min(x.sizes) <= 1 or x.kind == "leftover"
        if x.kind == "larger":
            assert min(x.sizes) >= size and len(x.sizes) == q
            if r <= q:
                assert x.sizes.count(size + 1) == r
        if x.kind == "smaller":
            assert max(x.sizes) <= size and len(x.sizes) == q + 1
            if size - r <= q + 1:
                assert set(x.sizes) <= {size, size - 1}
        if x.kind == "leftover":
            assert x.sizes == (size,) * q + (r,)
        assert sum(k for _, k in x.counts) == len(x.sizes)
    if n >= size:  # the default strays least from the size asked
        worst = [max(abs(z - size) for z in x.sizes) for x in layouts]
        assert worst[0] == min(worst)
        smaller = next((x for x in layouts if x.kind == "smaller"), None)
        keeps_size = smaller is not None and size in smaller.sizes
        if r and r <= q and 2 * q >= size - 1 and size > 2 and keeps_size:
            # never all teams one larger when the other way keeps teams of the size asked;
            # when both are one off everywhere (24 people, size 7: 3 x 8 or 4 x 6), the
            # fewer teams off the size win
            assert set(layouts[0].sizes) != {size + 1}


def test_check_layout_names_the_options() -> None:
    assert check_layout(10, 4, [3, 4, 3]) == TeamLayout((4, 3, 3), "smaller")
    assert check_layout(10, 4, [6, 4]).kind == "chosen"
    with pytest.raises(InvalidInput, match=r"seat 8 people but 10 are present.*\[5, 5\]"):
        check_layout(10, 4, [4, 4])
    with pytest.raises(InvalidInput, match="every team must have 2 to 12 people"):
        check_layout(10, 4, [9, 1])
    with pytest.raises(InvalidInput, match="teams need at least 2"):
        check_layout(1, 4, None)


# ------------------------------------------------------------------- teams


@settings(max_examples=15, deadline=None)
@given(st.sampled_from([(12, 6), (12, 4), (18, 6), (15, 5), (12, 3)]), st.integers(0, 1000))
def test_teams_of_6_are_of_6(shape: tuple[int, int], seed: int) -> None:
    n, size = shape
    plan = form_teams(ids_for(n), random_scores(n, seed), size, time_limit=1, balance=0.5)
    assert [len(t.members) for t in plan.teams] == [size] * (n // size)
    assert plan.layout == TeamLayout((size,) * (n // size), "exact")


def test_teams_follow_the_layout_chosen_exactly() -> None:
    n = 14
    s = random_scores(n, 3)
    ids = ids_for(n)
    # 14 in teams of 6: two teams of 7 (both one off), unless the organiser chooses
    assert sorted(len(t.members) for t in form_teams(ids, s, 6, time_limit=2).teams) == [7, 7]
    for sizes in ([7, 7], [6, 4, 4], [5, 5, 4]):
        plan = form_teams(ids, s, 6, sizes=sizes, time_limit=2)
        assert sorted(len(t.members) for t in plan.teams) == sorted(sizes)
        assert plan.layout is not None and sorted(plan.layout.sizes) == sorted(sizes)
        assert plan.objective <= plan.bound + 1e-6
    with pytest.raises(InvalidInput, match="seat 12 people but 14 are present"):
        form_teams(ids, s, 6, sizes=[6, 6])


@pytest.mark.parametrize("sizes", [[3, 3, 2], [4, 4], [5, 3]])
def test_a_chosen_layout_is_solved_to_the_brute_force_optimum(sizes: list[int]) -> None:
    n = 8
    s = random_scores(n, 40 + len(sizes))
    ids = ids_for(n)
    plan = form_teams(ids, s, 3, sizes=sizes, balance=0, time_limit=10, target_gap=0)
    best = brute_teams(s, sorted(sizes, reverse=True), [set()] * n, [], [], [])
    assert plan.status == "OPTIMAL" and plan.score == pytest.approx(best, abs=2e-3)
    assert sorted(len(t.members) for t in plan.teams) == sorted(sizes)


def test_the_gap_target_stops_the_search_early() -> None:
    n = 24
    s = random_scores(n, 7)
    ids = ids_for(n)
    loose = form_teams(ids, s, 4, balance=0, time_limit=30, target_gap=0.5)
    # the bound, computed first, proves the first seating within 50 %: no search at all
    assert loose.stopped == "target_gap" and loose.status == "FEASIBLE"
    assert 0 < loose.gap <= 0.5 and loose.bound_detail is not None
    assert loose.target_gap == 0.5
    exact = form_teams(ids, s, 4, balance=0, time_limit=2, target_gap=0)
    assert exact.stopped in ("optimal", "time_limit")
    assert exact.objective >= loose.objective - 1e-6
    with pytest.raises(InvalidInput, match="target_gap must be between 0 and 1"):
        form_teams(ids, s, 4, target_gap=1.5)


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from([0.01, 0.05, 0.2]))
def test_a_plan_stopped_at_the_target_is_within_it(seed: int, target: float) -> None:
    n = 16
    s = random_scores(n, seed)
    plan = form_teams(ids_for(n), s, 4, balance=0.3, time_limit=2, target_gap=target)
    assert plan.objective <= plan.bound + 1e-6
    if plan.stopped == "target_gap":
        assert plan.gap <= target + 1e-6
    if plan.stopped == "optimal":
        assert plan.gap == 0.0 and plan.status == "OPTIMAL"


# ------------------------------------------------------------- plain words


def test_quality_in_plain_words() -> None:
    q = plan_quality(97.5, 100.0)
    assert (q.percent, q.kind) == (97, "near best")
    assert q.sentence.startswith("This plan reaches at least 97 % of the best possible")
    assert plan_quality(96.99, 100).kind == "good" and plan_quality(96.99, 100).percent == 96
    assert plan_quality(89.0, 100.0, subject="teams").sentence == (
        "These teams reach at least 89 % of the best possible, so at most 11 % short of it:"
        " giving the search more time may find better teams."
    )
    assert plan_quality(99.9999, 100.0).percent == 99  # never rounded up to "the best"
    assert (
        plan_quality(5.0, 5.0).kind == "best" and plan_quality(0.0, 0.0).kind == "nothing to gain"
    )
    assert plan_quality(-1.0, 3.0, subject="teams").percent == 0
    for word in ("gap", "bound", "LP", "solver", "objective"):
        for score in (10.0, 9.8, 9.3, 5.0):
            assert word not in plan_quality(score, 10.0).sentence
    with pytest.raises(InvalidInput, match="must be finite numbers"):
        plan_quality(math.nan, 1.0)


@given(st.floats(0, 1e6), st.floats(1e-6, 1e6))
def test_quality_never_overstates(score: float, bound: float) -> None:
    score = min(score, bound)
    q = plan_quality(score, bound)
    assert 0 <= q.percent <= 100
    assert q.percent <= 100 * score / bound + 1e-6 or q.kind == "best"
    assert np.isclose(score, bound) or q.kind != "best" or score >= bound - 1e-9 * bound


def test_teams_that_cannot_cover_the_roles_say_why_not_wait_longer() -> None:
    """Ten people in teams of two, each team needing tech, sales and design: three people
    offer none of them and only two offer all three, so no split works (CP-SAT proves it).
    The message names the layout, the roles and the people who offer none, and does not
    tell the organiser to allow more time (it said 'infeasible after 1 s ... or allow more
    time')."""
    offers = {
        "p0": set(),
        "p1": {"design", "sales", "tech"},
        "p2": {"design", "sales"},
        "p3": {"design", "sales", "tech"},
        "p4": {"design"},
        "p5": {"sales", "tech"},
        "p6": {"sales", "tech"},
        "p7": set(),
        "p8": {"design", "tech"},
        "p9": set(),
    }
    ids = list(offers)
    with pytest.raises(InvalidInput) as caught:
        form_teams(
            ids,
            random_scores(10, 3),
            2,
            offers=offers,
            required_roles=["tech", "sales", "design"],
            time_limit=1,
        )
    assert str(caught.value.detail) == (
        "no way to split the 10 attendees into 5 teams of 2 gives every team tech, sales,"
        " design (3 of them offer none of these roles)"
    )
    assert caught.value.field == "teams" and "more time" not in (caught.value.hint or "")
