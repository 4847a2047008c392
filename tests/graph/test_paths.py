"""Warm-intro paths: hand-computed answers, exclusions, brute force with networkx."""

from __future__ import annotations

import itertools
import math

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.live import LiveTrustGraph
from graph.paths import Excluded, most_trusted_path, near, trusted_paths, trusted_paths_from
from graph.trust import TrustGraph


def test_best_path_maximises_the_product_not_the_hops() -> None:
    g = TrustGraph(
        [("a", "d", 0.1), ("a", "b", 0.9), ("b", "c", 0.9), ("c", "d", 0.9), ("a", "x", 0.5)]
    )
    paths = trusted_paths(g, "a", "d", k=5)
    assert [p.nodes for p in paths] == [("a", "b", "c", "d"), ("a", "d")]
    assert paths[0].trust == pytest.approx(0.729)
    assert paths[0].connectors == ("b", "c") and paths[0].hops == 3


def test_at_most_three_hops() -> None:
    g = TrustGraph([("a", "b", 1.0), ("b", "c", 1.0), ("c", "d", 1.0), ("d", "e", 1.0)])
    assert most_trusted_path(g, "a", "e") is None
    assert most_trusted_path(g, "a", "d") is not None
    with pytest.raises(ValueError, match="max_hops must be 1, 2 or 3"):
        trusted_paths(g, "a", "e", max_hops=4)


def test_excluded_people_are_never_connectors() -> None:
    g = TrustGraph([("a", "b", 1.0), ("b", "d", 1.0), ("a", "c", 0.2), ("c", "d", 0.2)])
    assert [p.nodes for p in trusted_paths(g, "a", "d", exclude={"b"})] == [("a", "c", "d")]
    assert trusted_paths(g, "a", "d", exclude={"b", "c"}) == []


def test_arcs_above_one_are_capped() -> None:
    g = TrustGraph([("a", "b", 3.0), ("b", "c", 0.5)])
    assert most_trusted_path(g, "a", "c") == trusted_paths(g, "a", "c")[0]
    assert trusted_paths(g, "a", "c")[0].trust == 0.5


people = st.sampled_from([f"p{i}" for i in range(9)])
edge_lists = st.lists(
    st.tuples(people, people, st.floats(0.05, 1.0)).filter(lambda e: e[0] != e[1]),
    min_size=1,
    max_size=30,
)


@given(edges=edge_lists, excluded=st.sets(people, max_size=3), k=st.integers(1, 4))
def test_matches_brute_force_and_skips_excluded(
    edges: list[tuple[str, str, float]], excluded: set[str], k: int
) -> None:
    g = TrustGraph(arcs=edges)
    source, target = "p0", "p1"
    if source not in g or target not in g:
        return
    ours = trusted_paths(g, source, target, k=k, exclude=excluded)
    brute = []
    for nodes in nx.all_simple_paths(g.nx, source, target, cutoff=3):
        if excluded & set(nodes[1:-1]):
            continue
        trust = math.prod(min(1.0, g.weight(a, b)) for a, b in itertools.pairwise(nodes))
        brute.append((-trust, len(nodes) - 1, tuple(nodes)))
    brute.sort()
    assert [p.nodes for p in ours] == [nodes for _, _, nodes in brute[:k]]
    for p in ours:
        assert not excluded & set(p.connectors)
        assert 0 < p.trust <= 1


@given(
    edges=st.lists(
        st.tuples(people, people, st.sampled_from([1.0, 1.0, 0.5, 0.3, 2.0])).filter(
            lambda e: e[0] != e[1]
        ),
        min_size=1,
        max_size=40,
    ),
    excluded=st.lists(st.sets(people, max_size=2), min_size=9, max_size=9),
    liked=st.dictionaries(people, st.sampled_from([0.0, 0.1, 0.5, 1.0]), max_size=9),
    k=st.integers(1, 3),
    hops=st.integers(1, 3),
)
def test_paths_from_one_source_to_many_are_each_targets_own_search(
    edges: list[tuple[str, str, float]],
    excluded: list[set[str]],
    liked: dict[str, float],
    k: int,
    hops: int,
) -> None:
    g = TrustGraph(arcs=edges)
    targets = [(f"p{i}", excluded[i]) for i in range(9)]
    many = trusted_paths_from(g, "p0", targets, k=k, max_hops=hops, prefer=liked)
    assert many == {
        t: trusted_paths(g, "p0", t, k=k, max_hops=hops, exclude=ex, prefer=liked)
        for t, ex in targets
    }


@given(
    edges=st.lists(
        st.tuples(people, people, st.sampled_from([1.0, 1.0, 1.0, 0.5, 2.0])).filter(
            lambda e: e[0] != e[1]
        ),
        min_size=1,
        max_size=40,
    ),
    excluded=st.sets(people, max_size=2),
    liked=st.dictionaries(people, st.sampled_from([0.0, 0.1, 0.25, 0.5, 1.0]), max_size=9),
    k=st.integers(1, 3),
)
def test_with_ties_and_a_preference_the_search_stops_early_on_the_brute_force_answer(
    edges: list[tuple[str, str, float]], excluded: set[str], liked: dict[str, float], k: int
) -> None:
    # ties: most paths weigh the same, so the order is hops, then the liking, then ids, and
    # the search may stop once no other first connector can do better; it must not miss one
    g = TrustGraph(arcs=edges)
    if "p0" not in g or "p1" not in g:
        return
    ours = trusted_paths(g, "p0", "p1", k=k, exclude=excluded, prefer=liked)
    brute = []
    for nodes in nx.all_simple_paths(g.nx, "p0", "p1", cutoff=3):
        if excluded & set(nodes[1:-1]):
            continue
        trust = math.prod(min(1.0, g.weight(a, b)) for a, b in itertools.pairwise(nodes))
        fond = sum(liked.get(c, 0.0) for c in nodes[1:-1])
        brute.append((-trust, len(nodes) - 1, -fond, tuple(nodes)))
    brute.sort()
    assert [p.nodes for p in ours] == [nodes for *_, nodes in brute[:k]]


@given(
    edges=st.lists(
        st.tuples(
            people, people, st.floats(0.05, 1.0), st.one_of(st.none(), st.integers(0, 30))
        ).filter(lambda e: e[0] != e[1]),
        min_size=1,
        max_size=30,
    ),
    excluded=st.sets(people, max_size=2),
    day=st.integers(0, 60),
)
def test_a_live_graph_on_one_day_gives_the_paths_of_its_snapshot(
    edges: list[tuple[str, str, float, int | None]], excluded: set[str], day: int
) -> None:
    live = LiveTrustGraph.from_edges(arcs=edges, half_life_days=10)
    snap = live.snapshot(as_of=day)
    for target in ("p1", "p2"):
        ours = trusted_paths(live.at(day), "p0", target, k=3, exclude=excluded)
        ref = trusted_paths(snap, "p0", target, k=3, exclude=excluded)
        assert [p.nodes for p in ours] == [p.nodes for p in ref]
        assert [p.trust for p in ours] == pytest.approx([p.trust for p in ref])


@given(
    edges=edge_lists,
    parts=st.lists(st.sets(people, max_size=3), min_size=0, max_size=3),
    hops=st.integers(1, 3),
)
def test_near_is_everyone_within_reach_through_allowed_people(
    edges: list[tuple[str, str, float]], parts: list[set[str]], hops: int
) -> None:
    """:func:`near`, which unites rows and subtracts the excluded parts a set at a time:
    the source and everyone a walk of at most ``hops - 1`` arcs through people none of the
    parts holds reaches, whatever the parts are (sets, frozensets, a mapping's keys, a list)."""
    g = TrustGraph(arcs=edges)
    kinds = [set, frozenset, lambda p: dict.fromkeys(p).keys(), list]
    excluded = Excluded(*(kind(part) for kind, part in zip(itertools.cycle(kinds), parts)))
    banned = set().union(*parts)
    if "p0" not in g:
        assert near(g, "p0", max_hops=hops, exclude=excluded) == set()
        return
    reached, frontier = {"p0"}, {"p0"}
    for _ in range(hops - 1):
        frontier = {y for x in frontier for y in g.nx.successors(x) if y not in banned} - reached
        reached |= frontier
    assert near(g, "p0", max_hops=hops, exclude=excluded) == reached
