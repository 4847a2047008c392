"""The set-partitioning bound for teams of one size: valid against brute force, tight when easy."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from matcher.events.planner import form_teams, teams_bound
from matcher.events.teams_bound import partition_bound

# (people, team size) pairs with people a multiple of the size, 6 to 10 people
SHAPES = [(6, 2), (6, 3), (8, 2), (8, 4), (9, 3), (10, 2)]


def partitions(people: list[int], k: int) -> Iterator[list[tuple[int, ...]]]:
    """Every partition of ``people`` into teams of ``k`` (brute force)."""
    if not people:
        yield []
        return
    first, rest = people[0], people[1:]
    for mates in itertools.combinations(rest, k - 1):
        left = [p for p in rest if p not in mates]
        for tail in partitions(left, k):
            yield [(first, *mates), *tail]


def best_partition(s: np.ndarray, k: int, forbidden: np.ndarray, roles: np.ndarray) -> float | None:
    """The best feasible plan's pair score, or None when no plan is feasible."""
    best = None
    for plan in partitions(list(range(s.shape[0])), k):
        if any(forbidden[a, b] for t in plan for a, b in itertools.combinations(t, 2)):
            continue
        if not all(roles[list(t)].any(axis=0).all() for t in plan):
            continue
        value = sum(s[a, b] for t in plan for a, b in itertools.combinations(t, 2))
        best = value if best is None else max(best, value)
    return best


@st.composite
def instances(draw: st.DrawFn) -> tuple[np.ndarray, int, np.ndarray, np.ndarray]:
    n, k = draw(st.sampled_from(SHAPES))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    s = np.round(rng.random((n, n)), 3)
    s = (s + s.T) / 2
    np.fill_diagonal(s, 0.0)
    forbidden = np.triu(rng.random((n, n)) < draw(st.sampled_from([0.0, 0.1, 0.25])), 1)
    forbidden |= forbidden.T
    roles = rng.random((n, draw(st.integers(0, 2)))) < draw(st.sampled_from([0.3, 0.6]))
    return s, k, forbidden, roles


@given(instances(), st.sampled_from([0.0, 2.0]), st.booleans())
def test_bound_is_never_below_the_brute_force_optimum(
    inst: tuple[np.ndarray, int, np.ndarray, np.ndarray], seconds: float, with_start: bool
) -> None:
    s, k, forbidden, roles = inst
    best = best_partition(s, k, forbidden, roles)
    start = []
    if with_start and best is not None:  # any feasible plan as the first columns
        start = next(
            p
            for p in partitions(list(range(s.shape[0])), k)
            if not any(forbidden[a, b] for t in p for a, b in itertools.combinations(t, 2))
            and all(roles[list(t)].any(axis=0).all() for t in p)
        )
    got = partition_bound(s, k, forbidden=forbidden, roles=roles, start=start, seconds=seconds)
    if best is not None:
        assert got is not None
        assert got.bound >= best - 1e-6
        assert got.lp_value <= got.bound + 1e-6  # the master is a restriction of the LP
        if got.converged:  # the full LP bounds every plan too
            assert got.lp_value >= best - 1e-6


def test_bound_is_the_optimum_on_easy_instances() -> None:
    # four obvious pairs, and four obvious trios (a clear block structure)
    s = np.zeros((8, 8))
    for a, b in [(0, 1), (2, 3), (4, 5), (6, 7)]:
        s[a, b] = s[b, a] = 3.0
    s[s == 0] = 0.1
    np.fill_diagonal(s, 0.0)
    got = partition_bound(s, 2)
    assert got is not None and got.converged and got.bound == pytest.approx(12.0, abs=1e-6)
    s = np.full((9, 9), 0.2)
    for team in [(0, 1, 2), (3, 4, 5), (6, 7, 8)]:
        for a, b in itertools.combinations(team, 2):
            s[a, b] = s[b, a] = 1.0
    np.fill_diagonal(s, 0.0)
    got = partition_bound(s, 3)
    assert got is not None and got.bound == pytest.approx(9.0, abs=1e-6)
    # a required role held by one person per trio changes nothing
    roles = np.zeros((9, 1), dtype=bool)
    roles[[0, 3, 6], 0] = True
    got = partition_bound(s, 3, roles=roles)
    assert got is not None and got.bound == pytest.approx(9.0, abs=1e-6)
    # held by one trio only, it breaks the trios up: the bound drops with the optimum
    roles = np.zeros((9, 1), dtype=bool)
    roles[[0, 1, 2], 0] = True
    got = partition_bound(s, 3, roles=roles)
    best = best_partition(s, 3, np.zeros((9, 9), dtype=bool), roles)
    assert got is not None and best == pytest.approx(3.4)
    assert best - 1e-6 <= got.bound <= 4.2 + 1e-6  # the LP value; 9 without the role


def test_bound_is_tighter_than_the_pair_lp_here() -> None:
    rng = np.random.default_rng(11)
    s = np.round(rng.random((12, 12)), 3)
    s = (s + s.T) / 2
    np.fill_diagonal(s, 0.0)
    got = partition_bound(s, 3)
    best = best_partition(s, 3, np.zeros((12, 12), dtype=bool), np.zeros((12, 0), dtype=bool))
    assert got is not None and best is not None
    assert best - 1e-6 <= got.bound < teams_bound(s, [3, 3, 3, 3]) - 0.1


def test_no_bound_for_two_sizes_too_many_teams_or_no_plan() -> None:
    s = np.ones((7, 7)) - np.eye(7)
    assert partition_bound(s, 3) is None  # 7 people: a team of 4 and one of 3
    assert partition_bound(np.ones((40, 40)) - np.eye(40), 5, max_teams=1000) is None
    forbidden = np.ones((4, 4), dtype=bool)  # nobody may team up
    assert partition_bound(s[:4, :4], 2, forbidden=forbidden) is None


def test_form_teams_uses_the_bound_and_reports_a_sound_gap() -> None:
    rng = np.random.default_rng(11)
    n = 12
    s = np.round(rng.random((n, n)), 3)
    s = (s + s.T) / 2
    np.fill_diagonal(s, 0.0)
    ids = [f"p{i:02d}" for i in range(n)]
    offers = {ids[i]: {"tech"} for i in range(0, n, 3)}
    plan = form_teams(ids, s, 4, offers=offers, required_roles=["tech"], balance=0.5, time_limit=2)
    assert plan.bound_detail is not None
    roles = np.array([[ids[i] in offers] for i in range(n)])
    best = best_partition(s, 4, np.zeros((n, n), dtype=bool), roles)
    assert best is not None
    assert plan.bound_detail.bound >= best - 1e-6
    assert plan.bound >= plan.objective - 1e-9
    assert plan.gap >= 0
    assert plan.gap == pytest.approx((plan.bound - plan.objective) / plan.bound, abs=1e-5)


def best_objective(s: np.ndarray, k: int, strength: np.ndarray, balance: float) -> float:
    """The best plan's ``pair score - balance x strength spread`` (brute force)."""
    best = -np.inf
    for plan in partitions(list(range(s.shape[0])), k):
        pair = sum(s[a, b] for t in plan for a, b in itertools.combinations(t, 2))
        sums = [strength[list(t)].sum() for t in plan]
        best = max(best, pair - balance * (max(sums) - min(sums)))
    return float(best)


@given(instances(), st.sampled_from([0.5, 1.0, 3.0]), st.integers(0, 2**32 - 1))
def test_objective_bound_is_never_below_the_best_objective(
    inst: tuple[np.ndarray, int, np.ndarray, np.ndarray], balance: float, seed: int
) -> None:
    s, k, _, _ = inst
    strength = np.round(np.random.default_rng(seed).random(s.shape[0]), 3)
    got = partition_bound(s, k, strength=strength, balance=balance, seconds=2.0)
    assert got is not None and got.objective_bound is not None
    assert got.objective_bound >= best_objective(s, k, strength, balance) - 1e-6
    assert got.objective_bound <= got.bound  # the spread only costs


def test_objective_bound_counts_what_balancing_costs() -> None:
    # three tight trios of unequal strength: the pair bound (9) ignores that evening
    # them out costs; the objective's bound is the best plan's objective (9 - 2 = 7)
    s = np.full((9, 9), 0.2)
    for team in [(0, 1, 2), (3, 4, 5), (6, 7, 8)]:
        for a, b in itertools.combinations(team, 2):
            s[a, b] = s[b, a] = 1.0
    np.fill_diagonal(s, 0.0)
    strength = np.array([1.0, 1, 1, 0.5, 0.5, 0.5, 1 / 3, 1 / 3, 1 / 3])
    got = partition_bound(s, 3, strength=strength, balance=1.0)
    best = best_objective(s, 3, strength, 1.0)
    assert got is not None and got.objective_bound is not None
    assert got.bound == pytest.approx(9.0, abs=1e-6)
    assert best == pytest.approx(7.0)
    assert best - 1e-6 <= got.objective_bound < got.bound - 1
    # without a balance (or strengths) the two bounds are one
    plain = partition_bound(s, 3, strength=strength, balance=0.0)
    assert plain is not None and plain.objective_bound == plain.bound


def test_bounds_follow_the_scale_of_the_scores() -> None:
    # scores and strengths 40 % lower: both bounds 40 % lower, the same relative gap
    rng = np.random.default_rng(5)
    s = np.round(rng.random((12, 12)), 3)
    s = (s + s.T) / 2
    np.fill_diagonal(s, 0.0)
    strength = np.round(rng.random(12), 3)
    one = partition_bound(s, 3, strength=strength, balance=1.0)
    low = partition_bound(0.6 * s, 3, strength=0.6 * strength, balance=1.0)
    assert one is not None and low is not None
    assert one.objective_bound is not None and low.objective_bound is not None
    assert low.bound == pytest.approx(0.6 * one.bound, abs=1e-5)
    assert low.objective_bound == pytest.approx(0.6 * one.objective_bound, abs=1e-5)


def test_form_teams_stops_on_the_objective_bound() -> None:
    # four tight pairs, two strong and two weak: the pair bound (12) leaves the best plan
    # (objective 12 - 2 = 10) 17 % short; the objective's bound proves it best at once
    s = np.full((8, 8), 0.1)
    for a, b in [(0, 1), (2, 3), (4, 5), (6, 7)]:
        s[a, b] = s[b, a] = 3.0
    np.fill_diagonal(s, 0.0)
    ids = [f"p{i}" for i in range(8)]
    strength = dict(zip(ids, [1.0, 1, 1, 1, 0, 0, 0, 0], strict=True))
    plan = form_teams(ids, s, 2, strength=strength, balance=1.0, time_limit=5)
    assert plan.bound_detail is not None and plan.bound_detail.bound == pytest.approx(12.0)
    assert plan.objective == pytest.approx(10.0)
    assert plan.bound_detail.objective_bound == pytest.approx(10.0, abs=1e-5)
    assert plan.gap == 0.0 and plan.stopped == "optimal"


def test_form_teams_does_not_depend_on_the_scale_of_the_scores() -> None:
    # the match scores shrank 40 % on 5 December: the same teams, the same relative gap
    rng = np.random.default_rng(3)
    n = 16
    s = np.round(rng.random((n, n)), 3)
    s = (s + s.T) / 2
    np.fill_diagonal(s, 0.0)
    ids = [f"p{i:02d}" for i in range(n)]
    offers = {ids[i]: {"tech"} for i in range(0, n, 3)}
    plans = [
        form_teams(ids, c * s, 4, offers=offers, required_roles=["tech"], time_limit=3)
        for c in (1.0, 0.6)
    ]
    one, low = plans
    assert [t.members for t in one.teams] == [t.members for t in low.teams]
    # (strengths in CP-SAT's unit, 1e-5 here: in fixed thousandths the spread was 0.0008 off)
    assert low.objective == pytest.approx(0.6 * one.objective, abs=1e-4)
    assert low.bound == pytest.approx(0.6 * one.bound, abs=1e-4)
    assert low.gap == pytest.approx(one.gap, abs=1e-5)
    assert one.bound_detail is not None and one.bound_detail.objective_bound is not None
    assert one.bound_detail.objective_bound < one.bound_detail.bound  # the spread counted
