"""The incremental trust graph: edits in place, decay at query time, against a rebuilt reference."""

from __future__ import annotations

import datetime as dt
import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.live import LiveTrustGraph, TrustView
from graph.trust import TrustGraph

HALF = 10.0  # days, so that decay shows within small day numbers


def reference(
    edges: dict[frozenset[str], list[tuple[float, float | None]]],
    arcs: dict[tuple[str, str], list[tuple[float, float | None]]],
    negatives: dict[tuple[str, str], list[tuple[float, float | None]]],
    people: set[str],
    day: float,
) -> TrustGraph:
    """The static graph rebuilt from scratch, weights decayed to ``day`` by hand."""

    def decayed(w: float, end: float | None) -> float:
        return w if end is None else w * 2.0 ** (-max(0.0, day - end) / HALF)

    return TrustGraph(
        [(*sorted(pair), decayed(w, e)) for pair, parts in edges.items() for w, e in parts],
        arcs=[(a, b, decayed(w, e)) for (a, b), parts in arcs.items() for w, e in parts],
        negatives=[
            (a, b, max(-1.0, sum(decayed(w, e) for w, e in parts)))
            for (a, b), parts in negatives.items()
            if parts
        ],
        nodes=people,
    )


def same_graph(live: LiveTrustGraph, ref: TrustGraph, day: float) -> None:
    snap = live.snapshot(as_of=day)
    assert snap.ids == ref.ids
    for a in ref.ids:
        for b in ref.ids:
            assert snap.weight(a, b) == pytest.approx(ref.weight(a, b), abs=1e-12)
    assert set(snap.negatives) == set(ref.negatives)
    for key, w in ref.negatives.items():
        assert snap.negatives[key] == pytest.approx(w, abs=1e-12)
    # degrees kept in place equal the degrees of the rebuilt graph
    rows = np.array([live.index[pid] for pid in ref.ids], dtype=np.int64)
    deg = live.degrees(rows, as_of=day)
    np.testing.assert_allclose(deg[0] + deg[1], ref.out_weight, atol=1e-9)
    np.testing.assert_allclose(deg[0] + deg[2], ref.in_weight, atol=1e-9)
    # the propagation rows (CSR base and overlay, grouped by source) hold the same arcs
    order, lens, target, weight = live.spread(rows[::-1].copy(), as_of=day)
    owner = rows[::-1][np.repeat(order, lens)]
    assert live.arc_counts(rows).sum() == len(target)
    got = sorted(zip(owner.tolist(), target.tolist(), np.round(weight, 12).tolist(), strict=True))
    o2, t2, w2 = live.gather(rows, as_of=day)
    want = sorted(zip(rows[o2].tolist(), t2.tolist(), np.round(w2, 12).tolist(), strict=True))
    assert got == want
    view = live.at(day)
    for pid in ref.ids:
        assert {b: d["weight"] for b, d in view.successors(pid).items()} == pytest.approx(
            {b: d["weight"] for b, d in ref.successors(pid).items()}
        )
        assert {a: d["weight"] for a, d in view.predecessors(pid).items()} == pytest.approx(
            {a: d["weight"] for a, d in ref.predecessors(pid).items()}
        )


people = st.sampled_from(["a", "b", "c", "d", "e"])
ends = st.one_of(st.none(), st.integers(0, 40).map(float))
parts = st.lists(st.tuples(st.floats(0.05, 1.0), ends), max_size=2)
neg_parts = st.lists(st.tuples(st.floats(-1.0, -0.05), ends), max_size=2)
ops = st.lists(
    st.one_of(
        st.tuples(st.just("edge"), people, people, parts),
        st.tuples(st.just("arc"), people, people, parts),
        st.tuples(st.just("neg"), people, people, neg_parts),
        st.tuples(st.just("remove"), people, people, st.just([])),
        st.tuples(st.just("compact"), people, people, st.just([])),
    ),
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(ops=ops, day=st.integers(0, 60).map(float))
def test_edits_in_place_equal_a_rebuild(
    ops: list[tuple[str, str, str, list[tuple[float, float | None]]]], day: float
) -> None:
    live = LiveTrustGraph(half_life_days=HALF)
    edges: dict[frozenset[str], list[tuple[float, float | None]]] = {}
    arcs: dict[tuple[str, str], list[tuple[float, float | None]]] = {}
    negatives: dict[tuple[str, str], list[tuple[float, float | None]]] = {}
    present: set[str] = set()
    for op, a, b, ps in ops:
        if op == "compact":
            live.compact()
            continue
        if op == "remove":
            assert live.remove_node(a) == (a in present)
            present.discard(a)
            edges = {k: v for k, v in edges.items() if a not in k}
            arcs = {k: v for k, v in arcs.items() if a not in k}
            negatives = {k: v for k, v in negatives.items() if a not in k}
            continue
        if a == b:
            continue
        present |= {a, b}
        if op == "edge":
            live.set_edge(a, b, ps)
            edges[frozenset((a, b))] = list(ps)
        elif op == "arc":
            live.set_arc(a, b, ps)
            arcs[(a, b)] = list(ps)
        else:
            live.set_negative(a, b, ps)
            negatives[(a, b)] = list(ps)
    ref = reference(edges, arcs, negatives, present, day)
    same_graph(live, ref, day)
    live.compact()
    same_graph(live, ref, day)
    assert sorted(live) == sorted(present)


def test_bulk_build_equals_edits() -> None:
    rows = [("a", "b", 0.5, 3.0), ("b", "c", 1.0, None), ("a", "b", 0.25, None)]
    bulk = LiveTrustGraph.from_edges(
        rows,
        arcs=[("c", "a", 0.1, None)],
        negatives=[("c", "b", -0.5, 1.0)],
        nodes=["z"],
        half_life_days=HALF,
    )
    live = LiveTrustGraph(half_life_days=HALF)
    live.set_edge("a", "b", [(0.5, 3.0), (0.25, None)])
    live.set_edge("b", "c", [(1.0, None)])
    live.set_arc("c", "a", [(0.1, None)])
    live.set_negative("c", "b", [(-0.5, 1.0)])
    live.add_node("z")
    for day in (0.0, 3.0, 13.0):
        same_graph(bulk, live.snapshot(as_of=day), day)


def test_decay_is_applied_at_query_time_by_hand() -> None:
    g = LiveTrustGraph(half_life_days=730)
    start = dt.date(2024, 1, 1)
    g.set_edge("ana", "bob", [(1.0, start)])  # ended on 2024-01-01
    g.set_edge("ana", "cy", [(0.8, dt.date(2026, 1, 1))])  # ends in the future
    g.set_edge("bob", "cy", [(0.5, None)])  # still running
    assert g.weight("ana", "bob", as_of=start) == 1.0
    assert g.weight("ana", "bob", as_of=start + dt.timedelta(days=730)) == pytest.approx(0.5)
    assert g.weight("ana", "cy", as_of=dt.date(2025, 1, 1)) == 0.8  # not decaying yet
    later = dt.date(2026, 1, 1) + dt.timedelta(days=1460)
    assert g.weight("ana", "cy", as_of=later) == pytest.approx(0.2)
    assert g.weight("bob", "cy", as_of=later) == 0.5
    ana = np.array([g.index["ana"]])
    # the degree of someone with a part ending later is summed exactly from the rows
    assert g.degrees(ana, as_of=dt.date(2025, 1, 1))[0, 0] == pytest.approx(0.8 + 2 ** (-366 / 730))
    assert g.degrees(ana, as_of=later)[0, 0] == pytest.approx(
        0.2 + 2 ** (-(later - start).days / 730)
    )


def test_erasure_forgets_the_person_everywhere() -> None:
    g = LiveTrustGraph()
    g.set_edge("ana", "bob", [(1.0, None)])
    g.set_arc("bob", "cy", [(0.1, None)])
    g.set_arc("cy", "bob", [(0.1, None)])
    g.set_negative("bob", "ana", [(-1.0, None)])
    g.set_negative("ana", "bob", [(-1.0, None)])
    assert g.remove_node("bob")
    assert "bob" not in g and "bob" not in g.names(range(g.capacity))
    assert g.n_arcs == 0 and g.negative("ana", "bob", as_of=0) == 0.0
    assert dict(g.at(0).successors("cy")) == {} and dict(g.at(0).predecessors("cy")) == {}
    assert not g.remove_node("bob")


def test_bad_parts_name_the_edge() -> None:
    g = LiveTrustGraph()
    with pytest.raises(ValueError, match=r"edge \('a', 'b'\): weight must be > 0, got -1"):
        g.set_edge("a", "b", [(-1.0, None)])
    with pytest.raises(ValueError, match=r"negative claim \('a', 'b'\): weight must be in"):
        g.set_negative("a", "b", [(0.5, None)])
    with pytest.raises(ValueError, match="cannot trust themselves"):
        g.set_arc("a", "a", [(1.0, None)])
    with pytest.raises(ValueError, match="half_life_days must be > 0"):
        LiveTrustGraph(half_life_days=0)


def test_far_days_re_anchor_the_degrees() -> None:
    g = LiveTrustGraph(half_life_days=1.0, epoch=0)
    g.set_edge("a", "b", [(1.0, 0.0)])
    g.set_edge("b", "c", [(1.0, 2000.0)])  # 2000 half-lives from the epoch
    deg = g.degrees(np.array([g.index["b"]]), as_of=2001.0)
    assert deg[0, 0] == pytest.approx(0.5)
    assert np.isfinite(g._anch).all()


def test_claims_of_many_raters_equal_each_rater_read_alone() -> None:
    """The batch read of negative claims (one vectorised decay) gives what negatives_of gives
    rater by rater: parts summed, decayed to the day, floored at -1."""
    g = LiveTrustGraph(half_life_days=10)
    g.set_negative("a", "b", [(-0.75, 20), (-0.75, None)])  # two parts: summed, floored at -1
    g.set_negative("a", "c", [(-0.5, 5)])
    g.set_negative("c", "b", [(-0.2, None)])
    g.set_edge("a", "d", [(1.0, None)])  # d has no claim
    raters = [g.index[p] for p in ("d", "c", "a", "c")]
    which, target, weight = g.claims_of(raters, as_of=25)
    got = sorted(zip(which.tolist(), target.tolist(), weight.tolist(), strict=True))
    want = sorted(
        (pos, t, x)
        for pos, rater in enumerate(raters)
        for t, x in g.negatives_of(rater, as_of=25).items()
    )
    assert [(p, t) for p, t, _ in got] == [(p, t) for p, t, _ in want]
    assert [x for *_, x in got] == pytest.approx([x for *_, x in want])
    assert min(x for *_, x in got) == -1.0 and len(got) == 4
    assert [a.tolist() for a in g.claims_of([g.index["d"]], as_of=25)] == [[], [], []]


def test_a_view_keeps_a_bounded_number_of_rows_and_reads_them_right() -> None:
    """A day's view keeps at most twice :attr:`TrustView.ROWS_KEPT` rows however many people
    it is asked about (it once kept every row until the day changed), and a row it let go
    or an edit it was told of reads the graph again."""

    class Small(TrustView):
        ROWS_KEPT = 8

    people = [f"p{i:02d}" for i in range(40)]
    g = LiveTrustGraph()
    for a, b in itertools.pairwise(people):
        g.set_edge(a, b, [(1.0, None)])
    view = Small(g, 0)
    for _ in range(2):
        for pid in people:
            assert dict(view.out_weights(pid)) == {b: 1.0 for b in g.neighbours(pid)}, pid
            assert view.rows_kept <= 2 * Small.ROWS_KEPT
    assert view.rows_kept > Small.ROWS_KEPT  # the older generation is still there
    old = next(iter(view._old))[0]
    g.set_edge(old, "zed", [(0.5, None)])
    view.forget([old, "zed"])
    assert view.out_weights(old)["zed"] == 0.5


def packed_rows(live: LiveTrustGraph, day: float) -> dict[int, tuple[list[int], list[float]]]:
    """Every row's arcs as the compiled push reads them from :meth:`LiveTrustGraph.arcs`."""
    from graph.push import arcs_of

    with live.lock:
        arcs = tuple(live.arcs(as_of=day))
        assert len(arcs[5]) == len(arcs[4])  # a slot for every row the graph may hold
        got = {}
        for x in range(live.capacity):
            target, weight = arcs_of(x, arcs)
            got[x] = (target.tolist(), weight.tolist())
    return got


def fresh_rows(live: LiveTrustGraph, day: float) -> dict[int, tuple[list[int], list[float]]]:
    """The same rows from a full repack: each row's arcs decayed to ``day`` alone."""
    rows, want = live._out, {}
    for x in range(live.capacity):
        target, weight, ended, _ = rows.row(x)
        if x < rows.n_base and not rows.dirty[x]:  # a base row: the base's decayed weights
            s, e = int(rows.indptr[x]), int(rows.indptr[x + 1])
            weight = live._base_weight(day)[s:e]
        else:
            weight = live._decay(weight, ended, day)
        want[x] = (target.tolist(), weight.tolist())
    return want


@settings(max_examples=150, deadline=None)
@given(
    ops=st.lists(
        st.one_of(
            st.tuples(st.just("edge"), people, people, parts),
            st.tuples(st.just("arc"), people, people, parts),
            st.tuples(st.just("remove"), people, people, st.just([])),
            st.tuples(st.just("compact"), people, people, st.just([])),
            st.tuples(st.just("new"), people, people, st.just([])),
            st.tuples(st.just("read"), people, people, st.just([])),
        ),
        max_size=40,
    ),
    days=st.lists(st.integers(0, 60).map(float), min_size=1, max_size=3),
)
def test_the_packed_overlay_kept_up_to_date_equals_a_full_repack(
    ops: list[tuple[str, str, str, list[tuple[float, float | None]]]], days: list[float]
) -> None:
    """The edited rows packed for compiled code (:meth:`LiveTrustGraph.arcs`), brought up
    to date after each write by appending the rows it changed, read the same arcs (the same
    weights to the bit) as the rows packed afresh, whatever the edits, new people, erasures,
    compactions and days between two reads."""
    live = LiveTrustGraph(half_life_days=HALF)
    new = 0
    for i, (op, a, b, ps) in enumerate(ops):
        day = days[i % len(days)]
        if op == "compact":
            live.compact()
        elif op == "remove":
            live.remove_node(a)
        elif op == "new":
            live.add_node(f"n{new}")
            new += 1
        elif op == "read":
            assert packed_rows(live, day) == fresh_rows(live, day)
        elif a != b:
            (live.set_edge if op == "edge" else live.set_arc)(a, b, ps)
    for day in days:
        assert packed_rows(live, day) == fresh_rows(live, day)


def test_a_write_packs_only_the_rows_it_changed() -> None:
    """The first read after a write appends the rows that write edited to the packed overlay
    (the arrays read before are extended, not built again from every edited row: up to a
    tenth of the people at 100,000 before a compaction); a read on another day packs afresh."""
    live = LiveTrustGraph(half_life_days=HALF)
    for i in range(50):
        live.set_edge(f"p{i}", f"p{i + 1}", [(1.0, None), (0.5, 3.0)])
    before = live.arcs(as_of=5)
    assert len(before.ov_target) == 50 * 2 * 2  # every edited row, packed once
    assert live.arcs(as_of=5).ov_target is before.ov_target  # nothing edited since: kept
    live.set_edge("p3", "p40", [(0.25, None)])
    after = live.arcs(as_of=5)
    # p3 (to p2, p4 and now p40: 2 + 2 + 1 parts) and p40 (p39, p41, p3) appended, alone
    assert len(after.ov_target) == len(before.ov_target) + 5 + 5
    live.set_arc("p7", "p8", [(0.1, None)])
    again = live.arcs(as_of=5)
    assert len(again.ov_target) == len(after.ov_target) + 2 + 2 + 1
    assert np.shares_memory(again.ov_target, after.ov_target)  # extended in place
    later = live.arcs(as_of=6)  # another day: packed afresh, the old arcs dropped
    assert len(later.ov_target) == 50 * 2 * 2 + 2 + 1
    assert not np.shares_memory(later.ov_target, again.ov_target)
