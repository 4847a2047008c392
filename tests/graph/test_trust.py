"""Personalised trust: hand-computed tiny graphs, networkx equality, properties."""

from __future__ import annotations

import random

import networkx as nx
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.trust import TrustGraph, personalized_trust

PLAIN = {"normalise": "none", "scale": False}


def test_two_people_by_hand() -> None:
    # x_a = 0.5 x_b + 0.5, x_b = 0.5 x_a  =>  x_a = 2/3, x_b = 1/3
    g = TrustGraph([("a", "b", 1.0)])
    t = personalized_trust(g, "a", alpha=0.5, **PLAIN)
    assert t["a"] == pytest.approx(2 / 3, abs=1e-9)
    assert t["b"] == pytest.approx(1 / 3, abs=1e-9)


def test_weights_split_the_walk_by_hand() -> None:
    # a trusts b with 3 and c with 1; b and c trust nobody (dangling: back to a).
    # x_b = 0.5 * 3/4 * x_a, x_c = 0.5 * 1/4 * x_a, x_a = 1 - x_b - x_c  =>  x_a = 1/1.5
    g = TrustGraph(arcs=[("a", "b", 3.0), ("a", "c", 1.0)])
    t = personalized_trust(g, "a", alpha=0.5, **PLAIN)
    assert t["a"] == pytest.approx(2 / 3, abs=1e-9)
    assert t["b"] == pytest.approx(0.25, abs=1e-9)
    assert t["c"] == pytest.approx(1 / 12, abs=1e-9)
    scaled = personalized_trust(g, "a", alpha=0.5, normalise="none")
    assert (scaled["b"], scaled["c"], scaled["a"]) == pytest.approx((1.0, 1 / 3, 0.0))


def test_degree_normalisation_by_hand() -> None:
    # star centred on a: b and c are symmetric, so both get the top trust
    g = TrustGraph([("a", "b", 1.0), ("a", "c", 1.0)])
    t = personalized_trust(g, "a")
    assert (t["b"], t["c"], t["a"]) == (1.0, 1.0, 0.0)
    assert personalized_trust(g, "nobody").as_dict() == {}


def test_own_and_friend_negative_claims_act_one_hop() -> None:
    edges = [("v", "u", 1.0), ("v", "t", 1.0), ("u", "x", 1.0)]
    base = personalized_trust(TrustGraph(edges), "v")
    own = personalized_trust(TrustGraph(edges, negatives=[("v", "t", -1.0)]), "v")
    assert own["t"] == 0.0
    # u holds half of v's out-weight: u's -1 claim halves t for v
    unscaled = personalized_trust(TrustGraph(edges), "v", scale=False)
    friend = personalized_trust(TrustGraph(edges, negatives=[("u", "t", -1.0)]), "v", scale=False)
    assert friend["t"] == pytest.approx(unscaled["t"] * 0.5)
    assert friend["u"] == unscaled["u"]
    # x is two hops from v: its claim changes nothing for v
    far = personalized_trust(TrustGraph(edges, negatives=[("x", "t", -1.0)]), "v")
    np.testing.assert_array_equal(far.values, base.values)


def _random_weighted(n: int, p: float, seed: int, directed: bool) -> list[tuple[str, str, float]]:
    rng = random.Random(seed)
    g = nx.gnp_random_graph(n, p, seed=seed, directed=directed)
    return [(f"p{a}", f"p{b}", rng.uniform(0.05, 2.0)) for a, b in g.edges()]


@pytest.mark.parametrize(("seed", "directed"), [(1, False), (2, True), (3, True), (4, False)])
def test_plain_mode_equals_networkx_pagerank(seed: int, directed: bool) -> None:
    edges = _random_weighted(60, 0.06, seed, directed)  # sparse: dangling nodes and islands
    g = TrustGraph(arcs=edges, nodes=[f"p{i}" for i in range(60)])
    for viewer in ("p0", "p7", "p31"):
        ours = personalized_trust(g, viewer, alpha=0.85, **PLAIN)
        ref = nx.pagerank(g.nx, alpha=0.85, personalization={viewer: 1}, tol=1e-12, max_iter=2000)
        worst = max(abs(ours[pid] - ref[pid]) for pid in g.ids)
        assert worst < 1e-6


def test_batch_propagation_equals_one_at_a_time() -> None:
    g = TrustGraph(_random_weighted(40, 0.1, 5, False))
    seeds = np.zeros((len(g), 2))
    seeds[0, 0] = seeds[5, 1] = 1.0
    both = g.propagate(seeds)
    np.testing.assert_allclose(both[:, 1], g.propagate(seeds[:, 1]), atol=1e-12)


def test_early_termination_reaches_only_that_many_hops() -> None:
    g = TrustGraph([("a", "b", 1.0), ("b", "c", 1.0), ("c", "d", 1.0)])
    t = personalized_trust(g, "a", steps=2)
    assert t["c"] > 0 and t["d"] == 0.0


def test_bad_weights_name_the_edge() -> None:
    with pytest.raises(ValueError, match=r"edge \('a', 'b'\): weight must be > 0, got -1"):
        TrustGraph([("a", "b", -1.0)])
    with pytest.raises(ValueError, match=r"negative claim \('a', 'b'\): weight must be in"):
        TrustGraph(negatives=[("a", "b", 0.5)])
    with pytest.raises(ValueError, match="cannot trust themselves"):
        TrustGraph([("a", "a", 1.0)])


people = st.sampled_from([f"p{i}" for i in range(8)])
edge_lists = st.lists(
    st.tuples(people, people, st.floats(0.01, 1.0)).filter(lambda e: e[0] != e[1]),
    min_size=1,
    max_size=20,
)
neg_lists = st.lists(
    st.tuples(people, people, st.floats(-1.0, -0.01)).filter(lambda e: e[0] != e[1]),
    max_size=4,
)


@given(edges=edge_lists, negatives=neg_lists, seed=st.integers(0, 1000))
def test_trust_is_in_unit_interval_and_order_free(
    edges: list[tuple[str, str, float]], negatives: list[tuple[str, str, float]], seed: int
) -> None:
    g = TrustGraph(edges, negatives=negatives)
    shuffled = edges[:]
    random.Random(seed).shuffle(shuffled)
    h = TrustGraph(shuffled[::-1], negatives=negatives[::-1])
    for viewer in g.ids:
        t = personalized_trust(g, viewer)
        assert np.all(t.values >= 0) and np.all(t.values <= 1)
        assert t[viewer] == 0.0
        np.testing.assert_allclose(t.values, personalized_trust(h, viewer).values, atol=1e-12)


@given(edges=edge_lists, claim=st.tuples(people, people).filter(lambda c: c[0] != c[1]))
def test_a_negative_claim_only_moves_the_rater_and_those_who_trust_them(
    edges: list[tuple[str, str, float]], claim: tuple[str, str]
) -> None:
    rater, target = claim
    before = TrustGraph(edges, nodes=claim)
    after = TrustGraph(edges, negatives=[(rater, target, -1.0)], nodes=claim)
    for viewer in before.ids:
        changed = not np.allclose(
            personalized_trust(before, viewer).values, personalized_trust(after, viewer).values
        )
        if changed:
            assert viewer == rater or before.weight(viewer, rater) > 0
