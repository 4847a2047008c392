"""A local query's support (issue 21): what :func:`graph.local.local_trust` reads, so that an
answer can be kept until an edit touches it.

The claim tested: after any edits, a viewer whose support holds none of the rows the edits
changed (:meth:`graph.live.LiveTrustGraph.take_edited`), on a graph whose shared state
(:meth:`~graph.live.LiveTrustGraph.shared_state`) is the same, gets exactly the answer it got
before: the same rows, the same floats, the same error bound, the same work.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.live import LiveTrustGraph
from graph.local import LocalTrust, local_trust

NAMES = [f"p{i}" for i in range(14)]
person = st.sampled_from(NAMES)
pair = st.tuples(person, person).filter(lambda e: e[0] != e[1])
weight = st.sampled_from([0.1, 0.25, 0.5, 1.0])
ended = st.sampled_from([None, -400.0, -30.0, 10.0])

edit = st.one_of(
    st.tuples(st.just("edge"), pair, st.lists(st.tuples(weight, ended), max_size=2)),
    st.tuples(st.just("arc"), pair, st.lists(st.tuples(st.just(0.1), ended), max_size=1)),
    st.tuples(
        st.just("claim"),
        pair,
        st.lists(st.tuples(st.sampled_from([-0.5, -1.0]), ended), max_size=1),
    ),
    st.tuples(st.just("flag"), pair, st.booleans()),
    st.tuples(st.just("erase"), st.tuples(person, person), st.none()),
    st.tuples(st.just("sweep"), st.tuples(person, person), st.none()),
)


def apply(g: LiveTrustGraph, change: tuple[str, tuple[str, str], Any]) -> None:
    kind, (a, b), arg = change
    if kind == "edge":
        g.set_edge(a, b, arg)
    elif kind == "arc":
        g.set_arc(a, b, arg)
    elif kind == "claim":
        g.set_negative(a, b, arg)
    elif kind == "flag":
        g.set_flag(a, b, arg)
    elif kind == "erase":
        g.remove_node(a)
    else:
        g.drop_isolated()


def identical(a: LocalTrust, b: LocalTrust) -> None:
    np.testing.assert_array_equal(a.rows, b.rows)
    np.testing.assert_array_equal(a.scores, b.scores)  # bit for bit, not approximately
    for name in ("error_bound", "eps", "residual", "pushes", "rounds"):
        assert getattr(a, name) == getattr(b, name), name
    assert a.support is not None and b.support is not None
    np.testing.assert_array_equal(a.support, b.support)


WALKS = [
    {"tol": 0.02, "lone_tie": 0.05},  # the service's default
    {"tol": 0.02, "lone_tie": None},
    {"tol": 1e-3, "lone_tie": 0.05, "normalise": "degree"},
    {"tol": 0.05, "lone_tie": 0.05, "max_pushes": 12},  # the work budget bites
]


@settings(max_examples=250, deadline=None)
@given(
    history=st.lists(edit, min_size=4, max_size=30),
    later=st.lists(edit, min_size=1, max_size=6),
    walk=st.sampled_from(WALKS),
    half_life=st.sampled_from([None, 730.0]),
)
def test_an_edit_outside_the_support_leaves_the_answer_exactly_as_it_was(
    history: list[Any], later: list[Any], walk: dict[str, Any], half_life: float | None
) -> None:
    g = LiveTrustGraph(half_life_days=half_life)
    for change in history:
        apply(g, change)
    g.watch_edits()
    g.take_edited()
    day = 0.0
    before = {v: local_trust(g, v, as_of=day, support=True, **walk) for v in NAMES}
    shared = g.shared_state(day)
    for change in later:
        apply(g, change)
    edited = g.take_edited()
    now = g.shared_state(day)
    same_shared = now[0] is shared[0] and now[1] == shared[1]
    for v, old in before.items():
        assert old.support is not None
        fresh = local_trust(g, v, as_of=day, support=True, **walk)
        row = g.index.get(v)  # (someone outside the graph read nothing: their row, once made)
        if same_shared and not set(old.support.tolist()) & edited and row not in edited:
            identical(fresh, old)
            assert dict(fresh) == dict(old)


def test_the_support_holds_what_the_push_read() -> None:
    """A path a - b - c - d - e and a far pair x - y: a's support is its neighbourhood (the
    people pushed and those given a residual), never x or y; an edit between x and y names
    their rows only."""
    g = LiveTrustGraph.from_edges(
        [(u, v, 1.0, None) for u, v in ("ab", "bc", "cd", "de")] + [("x", "y", 1.0, None)]
    )
    g.watch_edits()
    t = local_trust(g, "a", as_of=0, support=True)
    assert t.support is not None
    read = set(g.names(t.support))
    assert {"a", "b", "c"} <= read and not read & {"x", "y"}
    g.set_edge("x", "y", [(0.5, None)])
    assert g.take_edited() == {g.index["x"], g.index["y"]}
    g.remove_node("c")  # c and everyone tied to c
    assert g.take_edited() == {g.index["b"], g.index["d"], 2}
    assert local_trust(g, "zed", as_of=0, support=True).support is not None
    assert not len(local_trust(g, "zed", as_of=0, support=True).support)  # type: ignore[arg-type]


def test_the_shared_state_moves_with_what_every_bound_reads() -> None:
    """A compaction, a new day, and the first one-way arc move it; an edit that raises no
    graph-wide number leaves it."""
    g = LiveTrustGraph.from_edges(
        [(u, v, 1.0, None) for u, v in ("ab", "bc", "cd", "de", "ea")] + [("x", "y", 1.0, None)]
    )

    def state(day: float = 0.0) -> tuple[object, tuple[float, ...]]:
        return g.shared_state(day)

    first = state()
    assert state()[0] is first[0] and state()[1] == first[1]
    g.set_edge("x", "y", [(0.5, None)])  # a lighter tie: no graph-wide number rises
    assert state()[1] == first[1]
    g.set_arc("x", "a", [(0.1, None)])  # the first one-way arc
    assert state()[1] != first[1]
    second = state()
    g.compact()
    assert state()[1] != second[1]
    assert state(1.0)[0] is not state(0.0)[0]


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.integers(0, 2**40), max_size=60))
def test_distinct_rows_equal_numpy_unique(rows: list[int]) -> None:
    """The support's rows, sorted and each once by a sort (:func:`graph.local.distinct`, 8x
    cheaper than NumPy 2.3's hashing ``unique`` at 100,000 people), are ``numpy.unique``'s:
    the same values, the same order, the same dtype (the kept viewers' filters read them)."""
    from graph.local import distinct

    a = np.array(rows, dtype=np.int64)
    got, want = distinct(a), np.unique(a)
    assert got.dtype == want.dtype == np.int64
    assert got.tolist() == want.tolist()


@settings(max_examples=60, deadline=None)
@given(edits=st.lists(edit, max_size=25), viewer=person)
def test_the_support_is_sorted_and_each_row_once(edits: list[Any], viewer: str) -> None:
    """What :class:`matcher.trust.kept.KeptViewers` keeps as it is (no sort there) is sorted,
    each row once, and holds the viewer's own row."""
    g = LiveTrustGraph()
    for e in edits:
        apply(g, e)
    t = local_trust(g, viewer, as_of=0, support=True)
    assert t.support is not None
    rows = t.support.tolist()
    assert rows == sorted(set(rows))
    if viewer in g.index:
        assert g.index[viewer] in rows
