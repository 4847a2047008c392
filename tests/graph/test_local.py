"""Local trust by forward push: its error bounds against the exact personalised PageRank."""

from __future__ import annotations

import random
import warnings
from typing import Literal

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.legitimacy import legitimacy
from graph.live import LiveTrustGraph
from graph.local import LocalTrust, local_trust
from graph.trust import TrustGraph, personalized_trust, top_indices

PLAIN = {"normalise": "none", "scale": False}


def exact_visits(live: LiveTrustGraph, viewer: str) -> dict[str, float]:
    ref = live.snapshot(as_of=0)
    t = personalized_trust(ref, viewer, tol=1e-14, **PLAIN)
    return {pid: t[pid] for pid in ref.ids}


people = st.sampled_from([f"p{i}" for i in range(9)])
weighted = st.lists(
    st.tuples(people, people, st.floats(0.01, 1.0)).filter(lambda e: e[0] != e[1]),
    min_size=1,
    max_size=25,
)
claims = st.lists(
    st.tuples(people, people, st.floats(-1.0, -0.01)).filter(lambda e: e[0] != e[1]),
    max_size=3,
)


@settings(max_examples=120, deadline=None)
@given(
    edges=weighted,
    arcs=st.lists(
        st.tuples(people, people, st.floats(0.01, 1.0)).filter(lambda e: e[0] != e[1]), max_size=6
    ),
    eps=st.sampled_from([1e-2, 1e-3, 1e-5]),
)
def test_l1_error_is_the_residual_on_any_graph(
    edges: list[tuple[str, str, float]], arcs: list[tuple[str, str, float]], eps: float
) -> None:
    """0 <= pi - p and |pi - p|_1 = |r|_1 < eps * sum d(u), with one-way arcs and dangling people."""
    live = LiveTrustGraph.from_edges(
        [(a, b, w, None) for a, b, w in edges], arcs=[(a, b, w, None) for a, b, w in arcs]
    )
    total_degree = live.degrees(np.arange(live.capacity), as_of=0)[:2].sum()
    for viewer in sorted(live)[:4]:
        exact = exact_visits(live, viewer)
        t = local_trust(live, viewer, as_of=0, eps=eps, **PLAIN)
        approx = {pid: t.get(pid, 0.0) for pid in exact}
        gap = [exact[pid] - approx[pid] for pid in exact]
        assert min(gap) >= -1e-10
        assert sum(gap) == pytest.approx(t.residual, abs=1e-9)
        assert t.residual <= eps * max(total_degree, 1.0) + 1e-12


@settings(max_examples=120, deadline=None)
@given(
    edges=weighted,
    eps=st.sampled_from([1e-2, 1e-3, 1e-5]),
    budget=st.sampled_from([None, 3, 20]),
)
def test_pointwise_bound_on_mutual_graphs(
    edges: list[tuple[str, str, float]], eps: float, budget: int | None
) -> None:
    """Every edge mutual: 0 <= pi(w) - p(w) < eps * d(w) for everyone (Andersen-Chung-Lang),
    with the eps the push ended at (raised when a work budget stopped it early)."""
    live = LiveTrustGraph.from_edges([(a, b, w, None) for a, b, w in edges])
    for viewer in sorted(live)[:4]:
        exact = exact_visits(live, viewer)
        t = local_trust(live, viewer, as_of=0, eps=eps, max_pushes=budget, **PLAIN)
        assert t.eps >= eps and (budget is not None or t.eps == eps)
        for pid, x in exact.items():
            d = live.degrees(np.array([live.index[pid]]), as_of=0)[0, 0]
            assert -1e-10 <= x - t.get(pid, 0.0) <= t.eps * d + 1e-12


@settings(max_examples=120, deadline=None)
@given(
    edges=weighted,
    negatives=claims,
    tol=st.sampled_from([1e-2, 1e-3, 1e-4]),
    budget=st.sampled_from([None, 5, 30]),
)
def test_scaled_trust_is_within_tol_of_the_exact_one(
    edges: list[tuple[str, str, float]],
    negatives: list[tuple[str, str, float]],
    tol: float,
    budget: int | None,
) -> None:
    """The product's output (degree-normalised, claims, scaled): within error_bound, which is
    at most tol unless a work budget stopped the push."""
    live = LiveTrustGraph.from_edges(
        [(a, b, w, None) for a, b, w in edges],
        negatives=[(a, b, w, None) for a, b, w in negatives],
    )
    ref = live.snapshot(as_of=0)
    for viewer in sorted(live)[:4]:
        exact = personalized_trust(ref, viewer, tol=1e-14)  # "degree" = "out" on mutual graphs
        t = local_trust(live, viewer, as_of=0, tol=tol, max_pushes=budget)
        if budget is None:
            assert t.error_bound <= tol * (1 + 1e-9) or t.error_bound in (0.0, 1.0)
        worst = max(abs(exact[pid] - t.get(pid, 0.0)) for pid in ref.ids)
        assert worst <= t.error_bound + 1e-9


@pytest.mark.parametrize("steps", [1, 2, 3, 6])
def test_early_termination_equals_the_power_iteration(steps: int) -> None:
    rng = random.Random(steps)
    base = nx.gnp_random_graph(40, 0.08, seed=steps, directed=True)
    arcs = [(f"p{a}", f"p{b}", rng.uniform(0.1, 1.0)) for a, b in base.edges()]
    live = LiveTrustGraph.from_edges(arcs=[(a, b, w, None) for a, b, w in arcs])
    ref = TrustGraph(arcs=arcs)
    for viewer in ("p0", "p5"):
        if viewer not in live:
            continue
        old = personalized_trust(ref, viewer, steps=steps, **PLAIN)
        new = local_trust(live, viewer, as_of=0, eps=0.0, steps=steps, **PLAIN)
        for pid in ref.ids:
            assert new.get(pid, 0.0) == pytest.approx(old[pid], abs=1e-12)
        old_d = personalized_trust(ref, viewer, steps=steps)
        new_d = local_trust(live, viewer, as_of=0, eps=0.0, steps=steps, normalise="degree")
        for pid in ref.ids:
            assert new_d.get(pid, 0.0) == pytest.approx(old_d[pid], abs=1e-12)


def test_decayed_graph_and_its_snapshot_give_the_same_trust() -> None:
    live = LiveTrustGraph(half_life_days=30)
    live.set_edge("v", "a", [(1.0, 0)])
    live.set_edge("v", "b", [(1.0, 100)])  # ends after the day asked: not decayed yet
    live.set_edge("a", "c", [(0.5, None)])
    live.set_arc("b", "c", [(0.1, 10)])
    live.set_negative("a", "b", [(-0.5, 20)])
    for day in (5.0, 60.0, 400.0):
        exact = personalized_trust(live.snapshot(as_of=day), "v", tol=1e-14)
        t = local_trust(live, "v", as_of=day, tol=1e-9, normalise="degree")
        for pid in ("a", "b", "c"):
            assert t.get(pid, 0.0) == pytest.approx(exact[pid], abs=1e-6)


def test_endorsements_received_cannot_demote_anyone() -> None:
    """With the "out" normaliser, arcs into someone only add to their trust."""
    rng = random.Random(3)
    base = nx.powerlaw_cluster_graph(150, 3, 0.3, seed=3)
    edges = [(f"h{a}", f"h{b}", rng.uniform(0.2, 1.0), None) for a, b in base.edges()]
    fakes = [(f"f{i}", f"f{j}", 1.0, None) for i in range(20) for j in range(i + 1, 20)]
    attack = [("h7", "f0", 1.0, None)]
    before = LiveTrustGraph.from_edges(edges + fakes + attack)
    after = LiveTrustGraph.from_edges(
        edges + fakes + attack, arcs=[(f"f{i}", "h5", 0.1, None) for i in range(20)]
    )
    for viewer in ("h0", "h1", "h7"):
        b = local_trust(before, viewer, as_of=0, tol=1e-7, scale=False)
        a = local_trust(after, viewer, as_of=0, tol=1e-7, scale=False)
        assert a.get("h5", 0.0) >= b.get("h5", 0.0) - 1e-9
        old = local_trust(after, viewer, as_of=0, tol=1e-7, scale=False, normalise="degree")
        assert old.get("h5", 0.0) < b.get("h5", 0.0)  # the old rule demotes h5


def test_unknown_viewer_and_bad_settings() -> None:
    g = LiveTrustGraph.from_edges([("a", "b", 1.0, None)])
    assert len(local_trust(g, "nobody", as_of=0)) == 0
    with pytest.raises(ValueError, match="alpha must be in"):
        local_trust(g, "a", as_of=0, alpha=1.0)
    with pytest.raises(ValueError, match="tol must be > 0"):
        local_trust(g, "a", as_of=0, tol=0)
    with pytest.raises(ValueError, match="eps must be > 0"):
        local_trust(g, "a", as_of=0, eps=0.0)


def test_mapping_interface_and_top_after_erasure() -> None:
    g = LiveTrustGraph.from_edges([("a", "b", 1.0, None), ("a", "c", 0.5, None)])
    t = local_trust(g, "a", as_of=0)
    assert set(t) == {"b", "c"} and "a" not in t and t.get("zz", 0.0) == 0.0
    assert t["b"] == 1.0 and dict(t) == t.as_dict()
    g.remove_node("b")
    assert [pid for pid, _ in t.top(5)] == ["c"]


@given(
    values=st.lists(st.sampled_from([0.0, 0.1, 0.5, 0.5, 0.9, 1.0]), max_size=30),
    k=st.integers(0, 12),
    skip=st.sets(st.integers(0, 29), max_size=5),
)
def test_top_indices_equals_a_full_sort(values: list[float], k: int, skip: set[int]) -> None:
    arr = np.array(values, dtype=np.float64)
    full = sorted(
        (i for i in range(len(values)) if values[i] > 0 and i not in skip),
        key=lambda i: (-values[i], i),
    )[:k]
    assert top_indices(arr, k, skip=skip) == full


def test_legitimacy_lowers_second_hand_fakes_but_keeps_first_hand_ties() -> None:
    rng = random.Random(5)
    base = nx.powerlaw_cluster_graph(300, 4, 0.4, seed=5)
    edges = [(f"h{a}", f"h{b}", rng.uniform(0.2, 1.0), None) for a, b in base.edges()]
    fakes = [(f"f{i}", f"f{j}", 1.0, None) for i in range(30) for j in range(i + 1, 30)]
    g = LiveTrustGraph.from_edges([*edges, *fakes, ("h1", "f0", 1.0, None)])
    leg = legitimacy(g, [f"h{i}" for i in range(100, 120)], as_of=0)
    assert leg[g.index["f5"]] < 0.5 <= min(leg[g.index[f"h{i}"]] for i in range(100, 120))
    plain = local_trust(g, "h1", as_of=0, tol=1e-4)
    guarded = local_trust(g, "h1", as_of=0, tol=1e-4, legitimacy=leg)
    assert guarded.get("f0", 0.0) > 0  # h1 worked with f0 themselves: kept
    assert guarded.get("f5", 0.0) < plain.get("f5", 0.0)
    exact = personalized_trust(g.snapshot(as_of=0), "h1", tol=1e-14)
    assert abs(plain.get("f5", 0.0) - exact["f5"]) <= plain.error_bound + 1e-9


def test_compact_result_equals_the_dense_one() -> None:
    """``dense=False`` (what a suggestion asks) holds the same trust as the dense result."""
    rng = random.Random(3)
    people = [f"p{i}" for i in range(40)]
    edges = [(*rng.sample(people, 2), rng.uniform(0.1, 1.0), None) for _ in range(120)]
    negatives = [(*rng.sample(people, 2), -0.5, None) for _ in range(10)]
    live = LiveTrustGraph.from_edges(edges, negatives=negatives)
    for viewer in people[:5]:
        dense = local_trust(live, viewer, as_of=0, tol=1e-4)
        compact = local_trust(live, viewer, as_of=0, tol=1e-4, dense=False)
        assert compact.as_dict() == dense.as_dict() and len(compact) > 0
        assert all(compact[pid] == dense[pid] for pid in dense)
        assert compact.top(5) == dense.top(5) == dense.compact().top(5)


@settings(max_examples=120, deadline=None)
@given(
    edges=weighted,
    negatives=claims,
    tol=st.sampled_from([1e-2, 1e-3, 1e-4]),
    lone=st.sampled_from([0.0, 0.05, 0.5, 1.0]),
)
def test_lone_tie_trust_is_within_its_bound_of_the_exact_one(
    edges: list[tuple[str, str, float]],
    negatives: list[tuple[str, str, float]],
    tol: float,
    lone: float,
) -> None:
    """No single tie vouching alone (``lone_tie``), by the split push: within its reported
    error bound of the exact value (one power iteration per first-hand tie)."""
    live = LiveTrustGraph.from_edges(
        [(a, b, w, None) for a, b, w in edges],
        negatives=[(a, b, w, None) for a, b, w in negatives],
    )
    ref = live.snapshot(as_of=0)
    for viewer in sorted(live)[:4]:
        exact = personalized_trust(ref, viewer, tol=1e-14, lone_tie=lone)
        t = local_trust(live, viewer, as_of=0, tol=tol, lone_tie=lone)
        worst = max(abs(exact[pid] - t.get(pid, 0.0)) for pid in ref.ids)
        assert worst <= t.error_bound + 1e-9, (viewer, worst, t.error_bound)
        if lone == 1.0:
            assert t.as_dict() == local_trust(live, viewer, as_of=0, tol=tol).as_dict()


def test_no_single_tie_vouches_for_a_clique_behind_it() -> None:
    """A viewer with four collaborators, one of them a fake: the fake's clique ranks above
    many honest people two and three hops away in the plain walk, below all of them (the
    fake themself excepted: first-hand) once no single tie vouches alone."""
    base = nx.powerlaw_cluster_graph(300, 4, 0.4, seed=5)
    edges = [(f"h{a}", f"h{b}", 1.0, None) for a, b in base.edges()]
    fakes = [(f"f{i}", f"f{j}", 1.0, None) for i in range(30) for j in range(i + 1, 30)]
    v = min(n for n in base if base.degree(n) == 4)
    g = LiveTrustGraph.from_edges([*edges, *fakes, (f"h{v}", "f0", 1.0, None)])
    clique = [f"f{i}" for i in range(1, 30)]
    near = nx.single_source_shortest_path_length(base, v, cutoff=3)
    honest = [f"h{n}" for n, hops in near.items() if hops in (2, 3)]
    plain = local_trust(g, f"h{v}", as_of=0, tol=1e-4)
    lone = local_trust(g, f"h{v}", as_of=0, tol=1e-4, lone_tie=0.05)

    def below(t: LocalTrust) -> int:
        best_fake = max(t.get(f, 0.0) for f in clique)
        return sum(t.get(h, 0.0) < best_fake for h in honest)

    assert below(plain) > len(honest) // 3  # the clique outranks many of them
    assert below(lone) == 0
    assert lone.get("f0", 0.0) > 0  # first-hand: kept
    # a viewer with one tie only: the same order as the plain walk (everything one tie carries)
    single = LiveTrustGraph.from_edges([*edges, ("solo", "h7", 1.0, None)])
    a = local_trust(single, "solo", as_of=0, tol=1e-4).top(30)
    b = local_trust(single, "solo", as_of=0, tol=1e-4, lone_tie=0.05).top(30)
    assert [p for p, _ in a] == [p for p, _ in b]


@settings(max_examples=150, deadline=None)
@given(
    edges=weighted,
    arcs=st.lists(
        st.tuples(people, people, st.floats(0.01, 1.0)).filter(lambda e: e[0] != e[1]), max_size=6
    ),
    negatives=claims,
    alpha=st.sampled_from([0.5, 0.85, 0.95]),
    prior=st.sampled_from([0.0, 0.5, 1.0, 4.0]),
    tol=st.sampled_from([1e-2, 1e-3, 1e-4]),
    budget=st.sampled_from([None, 5, 30]),
    normalise=st.sampled_from(["out", "degree"]),
    lone=st.sampled_from([None, 0.05, 0.5]),
)
def test_scaled_trust_is_within_its_bound_with_one_way_arcs(
    edges: list[tuple[str, str, float]],
    arcs: list[tuple[str, str, float]],
    negatives: list[tuple[str, str, float]],
    alpha: float,
    prior: float,
    tol: float,
    budget: int | None,
    normalise: Literal["out", "degree"],
    lone: float | None,
) -> None:
    """One-way arcs and people without arcs out: every scaled trust within error_bound of the
    exact one (bound 3 of graph.local, or the L1 bound when bound 3 does not hold)."""
    live = LiveTrustGraph.from_edges(
        [(a, b, w, None) for a, b, w in edges],
        arcs=[(a, b, w, None) for a, b, w in arcs],
        negatives=[(a, b, w, None) for a, b, w in negatives],
    )
    ref = live.snapshot(as_of=0)
    kw = {"alpha": alpha, "degree_prior": prior, "normalise": normalise}
    for viewer in sorted(live)[:3]:
        exact = personalized_trust(ref, viewer, tol=1e-14, lone_tie=lone, **kw)
        t = local_trust(live, viewer, as_of=0, tol=tol, max_pushes=budget, lone_tie=lone, **kw)
        worst = max(abs(exact[pid] - t.get(pid, 0.0)) for pid in ref.ids)
        assert worst <= t.error_bound + 1e-9, (viewer, worst, t.error_bound)
        assert 0.0 <= t.error_bound <= 1.0


def test_arcs_in_a_minority_keep_the_bound_near_tol() -> None:
    """A community of collaborations with a few endorsements (weight 0.1, between
    collaborators): the stated bound stays within a small multiple of tol, where the L1 bound
    of before said nothing (> 1), and holds against the exact trust."""
    rng = random.Random(11)
    base = nx.powerlaw_cluster_graph(400, 3, 0.4, seed=11)
    edges = [(f"h{a}", f"h{b}", 1.0, None) for a, b in base.edges()]
    ends = rng.sample(sorted(base.edges()), len(edges) // 10)
    arcs = [(f"h{a}", f"h{b}", 0.1, None) for a, b in ends]
    live = LiveTrustGraph.from_edges(edges, arcs=arcs)
    assert live.has_arcs
    ref = live.snapshot(as_of=0)
    tol = 1e-3
    for viewer in ("h0", "h17", "h250"):
        for lone in (None, 0.05):
            exact = personalized_trust(ref, viewer, tol=1e-14, normalise="out", lone_tie=lone)
            t = local_trust(live, viewer, as_of=0, tol=tol, lone_tie=lone)
            worst = max(abs(exact[pid] - t.get(pid, 0.0)) for pid in ref.ids)
            assert 0 < worst <= t.error_bound + 1e-9
            assert t.error_bound <= tol * (3.0 if lone is None else 6.0), (viewer, t.error_bound)
            unscaled = local_trust(live, viewer, as_of=0, tol=tol, lone_tie=lone, scale=False)
            top = max(x for pid, x in unscaled.items() if pid != viewer)
            assert unscaled.residual / top > 1.0  # the L1 bound (prior 1): vacuous


def test_inflow_stays_an_upper_bound_under_edits(monkeypatch: pytest.MonkeyPatch) -> None:
    """DayDegrees.inflow, computed once a day, is only raised by edits, and everyone past its
    level stays in DayDegrees.heavy: after any edits both still hold for a fresh computation."""
    monkeypatch.setattr("graph.live.HEAVY", 5)
    rng = random.Random(4)
    people = [f"p{i}" for i in range(30)]
    g = LiveTrustGraph(half_life_days=100)
    for _ in range(60):
        g.set_edge(*rng.sample(people, 2), [(rng.uniform(0.1, 1.0), rng.choice([None, 5, 50]))])
    day = 80
    g.day_degrees(day)
    for step in range(200):
        a, b = rng.sample(people, 2)
        roll = rng.random()
        if roll < 0.45:
            g.set_arc(a, b, [(rng.uniform(0.05, 1.0), None)] if rng.random() < 0.8 else [])
        elif roll < 0.8:
            g.set_edge(a, b, [(rng.uniform(0.1, 1.0), 60)] if rng.random() < 0.7 else [])
        elif roll < 0.85 and len(people) > 10:
            g.remove_node(a)
            people.remove(a)
        kept = g.day_degrees(day)
        inflow, heavy = kept.inflow.copy(), set(kept.heavy)
        g._days.clear()
        fresh = g.day_degrees(day)
        assert (inflow[:4] >= fresh.inflow[:4] - 1e-12).all(), (step, inflow, fresh.inflow)
        has = fresh.out > 0
        inward = np.zeros(len(has))
        inward[has] = (fresh.mutual[has] + fresh.arcs_in[has]) / fresh.out[has]
        assert set(np.flatnonzero(inward > inflow[4]).tolist()) <= heavy, step
        fresh.inflow[:] = inflow  # go on from the kept (raised) values
        fresh.heavy.clear()
        fresh.heavy.update(heavy)


def test_no_prior_and_someone_without_arcs_out_still_gives_the_exact_trust() -> None:
    """With ``degree_prior=0`` an endorsed person with no arcs out has a normaliser of 0: their
    ratio was infinite during the push, the threshold with it, and the push stopped after a
    few steps (c at 0.14 instead of 0.27, d at 0, with a bound of 1). Their trust is 0, as in
    the final answer, and the push goes on to the tolerance."""
    g = LiveTrustGraph.from_edges(
        [("a", "b", 1.0, None), ("b", "c", 1.0, None), ("c", "d", 1.0, None), ("a", "e", 1.0, None)]
    )
    g.set_arc("b", "z", [(1.0, None)])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        t = local_trust(g, "a", as_of=0, tol=1e-3, degree_prior=0.0)
    exact = personalized_trust(g.snapshot(as_of=0), "a", degree_prior=0.0, normalise="out")
    assert t.error_bound <= 1e-3
    assert all(abs(t.get(k, 0.0) - exact[k]) <= t.error_bound for k in "bcdez")


@settings(max_examples=25, deadline=None)
@given(
    ops=st.lists(
        st.tuples(
            st.sampled_from(["edge", "arc", "drop", "erase", "compact", "query"]),
            st.integers(0, 14),
            st.integers(0, 14),
            st.floats(0.05, 1.0),
        ),
        min_size=5,
        max_size=20,
    ),
    lone=st.sampled_from([None, 0.05]),
)
def test_the_compiled_push_keeps_its_workspace_clean_across_edits(
    ops: list[tuple[str, int, int, float]], lone: float | None
) -> None:
    """One workspace serves every push over a graph (graph.push.Workspace): through edits in
    the overlay, people added past its size, erasures and compactions, each result stays within
    its bound of the exact trust, and nothing a push (or the lone-tie split) wrote is left for
    the next one."""
    from graph.local import _WORKSPACES

    live = LiveTrustGraph.from_edges([("p0", "p1", 1.0, None), ("p1", "p2", 1.0, None)])
    for op, i, j, w in ops:
        a, b = f"p{i}", f"p{j}"
        if op == "edge" and a != b:
            live.set_edge(a, b, [(w, None)])
        elif op == "arc" and a != b:
            live.set_arc(a, b, [(w / 10, None)])
        elif op == "drop" and a in live and b in live and a != b:
            live.set_edge(a, b, [])
        elif op == "erase" and a in live and len(live) > 2:
            live.remove_node(a)
        elif op == "compact":
            live.compact()
        for viewer in sorted(live)[:3]:
            ref = live.snapshot(as_of=0)
            exact = personalized_trust(ref, viewer, tol=1e-14, lone_tie=lone, normalise="out")
            t = local_trust(live, viewer, as_of=0, tol=1e-3, lone_tie=lone)
            worst = max((abs(exact[pid] - t.get(pid, 0.0)) for pid in exact.ids), default=0.0)
            assert worst <= t.error_bound + 1e-9
            ws = _WORKSPACES[live]
            assert not ws.p.any() and not ws.r.any() and not ws.cut.any()
            assert not ws.member.any() and not ws.slot.any()
            _, rr, pp, seen, _, _ = ws.split  # the split's (person, first hop) pairs
            assert not rr.any() and not pp.any() and not seen.any()


def test_claims_that_round_just_below_a_full_cut_cut_fully() -> None:
    """A viewer's "never again" of -0.9999999999999999 (shares of an out-weight add up to
    that) left 1e-16 of someone's trust, which scaling to the most trusted person raised
    back to 1.0 with a loose bound; it is a full cut, in the exact and the local trust."""
    live = LiveTrustGraph.from_edges(
        [("p0", "p1", 0.01, None)], negatives=[("p0", "p1", -0.9999999999999999, None)]
    )
    t = local_trust(live, "p0", as_of=0, tol=1e-3)
    exact = personalized_trust(live.snapshot(as_of=0), "p0", tol=1e-14)
    assert t.get("p1", 0.0) == exact["p1"] == 0.0
    assert t.error_bound <= 1e-3 or t.error_bound in (0.0, 1.0)


@settings(max_examples=60, deadline=None)
@given(
    claims=st.lists(
        st.tuples(st.integers(0, 9), st.integers(0, 9), st.floats(-1.0, -0.01), st.integers(0, 3)),
        max_size=25,
    ),
    ops=st.lists(
        st.tuples(
            st.sampled_from(["claim", "unclaim", "erase", "edge", "compact"]),
            st.integers(0, 12),
            st.integers(0, 12),
            st.floats(-1.0, -0.01),
        ),
        max_size=8,
    ),
    day=st.sampled_from([0, 2, 400]),
)
def test_compiled_claims_cut_exactly_what_the_claims_dict_cuts(
    claims: list[tuple[int, int, float, int]], ops: list[tuple[str, int, int, float]], day: int
) -> None:
    """The one-hop claims read from the cold build's packed claims (graph.push.claim_cuts)
    cut every person by exactly what the dict of claims gives (graph.local._penalties), and
    local trust is the same number for everyone, through edits (an edited rater is read from
    the dict until a compaction folds them back in), erasures, people added and compactions."""
    import graph.local as gl

    edges = [(f"p{i}", f"p{i + 1}", 1.0, None) for i in range(9)] + [("p0", "p5", 0.5, None)]
    negatives = [(f"p{r}", f"p{t}", w, e) for r, t, w, e in claims if r != t]
    live = LiveTrustGraph.from_edges(edges, negatives=negatives, half_life_days=3)
    for op, i, j, w in ops:
        a, b = f"p{i}", f"p{j}"
        if op == "claim" and a != b:
            live.set_negative(a, b, [(w, None)])
        elif op == "unclaim" and a != b and a in live and b in live:
            live.set_negative(a, b, [])
        elif op == "erase" and a in live and len(live) > 3:
            live.remove_node(a)
        elif op == "edge" and a != b:
            live.set_edge(a, b, [(1.0, None)])
        elif op == "compact":  # the edited raters' claims folded back into the packed ones
            live.compact()
            assert not live.claims_base(as_of=day)[3].any()
    for viewer in sorted(live):
        s = live.index[viewer]
        arcs = tuple(live.arcs(as_of=day))
        dst, w = gl.arcs_of(s, arcs)
        cut = np.zeros(live.capacity)
        rows = gl._cut_by_claims(live, s, dst, w, float(day), cut, 1.0)
        want_rows, amount = gl._penalties(live, s, dst, w, float(day))
        want = np.zeros(live.capacity)
        want[want_rows] = gl.claim_cut(amount, 1.0)
        assert rows.tolist() == want_rows.tolist()
        assert cut.tolist() == want.tolist()  # exactly, not to rounding
    for viewer in sorted(live)[:4]:
        fast = local_trust(live, viewer, as_of=day, tol=1e-3, lone_tie=0.05)
        with pytest.MonkeyPatch.context() as mp:  # every rater read from the dict
            mp.setattr(gl, "claim_cuts", lambda *a: (np.zeros(0, np.int64), False))
            slow = local_trust(live, viewer, as_of=day, tol=1e-3, lone_tie=0.05)
        assert fast.as_dict() == slow.as_dict()
        assert fast.error_bound == slow.error_bound
