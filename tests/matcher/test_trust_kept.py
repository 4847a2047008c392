"""A viewer's trust kept until the graph changes around them (issue 21): a write that touches
a row the viewer's trust read lets it go, in this process and in another one following the
change log, and the next answer is exactly a fresh computation's; a write elsewhere keeps it;
within the memory and count it is given."""

from __future__ import annotations

import datetime as dt
import random
import threading
import tracemalloc
from dataclasses import replace
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.local import LocalTrust
from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.schema import connect
from matcher.trust import TrustService, ViewerTrust
from matcher.trust.kept import KeptViewers, entry_bytes
from tests.conftest import person
from tests.matcher.test_trust_live import RATED, clock, people, seed_history
from tests.matcher.test_trust_live import community as _community

ANA = "p000"


def community(db_target: str) -> Community:
    c = _community(db_target, trust=RATED)  # ratings move weights: every edit shows
    seed_history(c)
    return c


def uncached(t: TrustService, viewer: str) -> ViewerTrust:
    """The viewer's trust computed afresh by the same service on the same live graph."""
    t.live()  # every change logged so far applied (and the viewers it touched let go)
    saved, t.kept = t.kept, KeptViewers(0, 0)
    try:
        return t.viewer_trust(viewer)
    finally:
        t.kept = saved


def identical(a: ViewerTrust, b: ViewerTrust) -> None:
    """The same answer, bit for bit: every value, the bound, the work."""
    assert (a.viewer, a.has_edges, a.again) == (b.viewer, b.has_edges, b.again)
    assert dict(a.trust) == dict(b.trust)
    if isinstance(a.trust, LocalTrust) or isinstance(b.trust, LocalTrust):
        assert isinstance(a.trust, LocalTrust) and isinstance(b.trust, LocalTrust)
        np.testing.assert_array_equal(a.trust.rows, b.trust.rows)
        np.testing.assert_array_equal(a.trust.scores, b.trust.scores)
        for name in ("error_bound", "eps", "residual", "pushes", "rounds"):
            assert getattr(a.trust, name) == getattr(b.trust, name), name


def read_by(t: TrustService, viewer: str) -> set[str]:
    """The people whose rows the viewer's kept trust read."""
    entry = t.kept._entries[viewer]
    g = t.live()
    return {name for r in entry.support.tolist() if (name := g.name(r)) is not None}


def confirmed(c: Community, a: str, b: str, rating: int = 2) -> str:
    col = c.trust.propose_collaboration(a, b, "new", "2026-01-01", rating=rating, actor=Actor(a))
    c.trust.answer_collaboration(col.id, True, actor=Actor(b))
    c.trust.rate_collaboration(col.id, rating, actor=Actor(b))
    return col.id


def with_far_pairs(c: Community) -> tuple[str, str]:
    """Four new members in two pairs, tied to nobody else: far from everyone's trust. (Their
    rows exist before any viewer's trust is kept: the graph's first rows past its capacity
    make the day's degrees again, which lets every kept viewer go.)"""
    c.profiles.import_profiles([person(f"far{i}") for i in range(1, 5)])
    confirmed(c, "far1", "far2")
    confirmed(c, "far3", "far4")
    c.trust.live()
    return "far2", "far3"


def test_a_write_next_to_a_kept_viewer_changes_the_next_answer(db_target: str) -> None:
    c = community(db_target)
    other = TrustService(connect(db_target), clock=clock, settings=RATED)
    kept = {t: t.viewer_trust(ANA) for t in (c.trust, other)}
    for t, vt in kept.items():
        assert t.viewer_trust(ANA) is vt  # kept while nothing moves
    # someone the viewer's trust read, two hops away, confirms with a newcomer
    around = read_by(c.trust, ANA) - {ANA, *dict(kept[c.trust].trust)}
    near = sorted(around or read_by(c.trust, ANA) - {ANA})[0]
    c.profiles.import_profiles([person("new1")])
    confirmed(c, near, "new1")
    for t, vt in kept.items():
        seen = t.viewer_trust(ANA)
        assert seen is not vt
        assert t.kept.stats["dropped"] >= 1
        identical(seen, uncached(t, ANA))
        assert "new1" in read_by(t, ANA)  # the newcomer is in what the new answer read


def test_a_rating_and_an_endorsement_in_the_support_are_seen(db_target: str) -> None:
    c = community(db_target)
    other = TrustService(connect(db_target), clock=clock, settings=RATED)
    col = confirmed(c, ANA, "p039")
    for t in (c.trust, other):
        t.viewer_trust(ANA)
    c.trust.rate_collaboration(col, -2, actor=Actor("p039"))  # no longer "would work again"
    for t in (c.trust, other):
        seen = t.viewer_trust(ANA)
        assert "p039" not in seen.again
        identical(seen, uncached(t, ANA))
    hop = sorted(read_by(c.trust, ANA) - {ANA})[0]
    c.trust.endorse(hop, ANA, "sales", actor=Actor(hop))
    for t in (c.trust, other):
        before = t.kept.stats["dropped"]
        seen = t.viewer_trust(ANA)
        assert t.kept.stats["dropped"] == before + 1 or ANA not in t.kept
        identical(seen, uncached(t, ANA))


def test_a_write_far_away_keeps_the_viewer(db_target: str) -> None:
    c = community(db_target)
    a, b = with_far_pairs(c)
    other = TrustService(connect(db_target), clock=clock, settings=RATED)
    kept = {t: t.viewer_trust(ANA) for t in (c.trust, other)}
    hits = {t: t.kept.stats["hits"] for t in kept}
    col = confirmed(c, a, b)  # a collaboration between two people far from the viewer
    c.trust.rate_collaboration(col, 1, actor=Actor(b))
    for t, vt in kept.items():
        assert t.viewer_trust(ANA) is vt  # kept: the write touched no row it read
        assert t.kept.stats["hits"] == hits[t] + 1
        identical(vt, uncached(t, ANA))  # and it is what a fresh computation gives
        identical(t.viewer_trust(a), uncached(t, a))  # while the pair sees their write
        assert b in read_by(t, a)


def test_an_erasure_of_someone_read_lets_the_viewer_go(db_target: str) -> None:
    c = community(db_target)
    confirmed(c, ANA, "p039")
    other = TrustService(connect(db_target), clock=clock, settings=RATED)
    for t in (c.trust, other):
        assert "p039" in t.viewer_trust(ANA).trust
    c.privacy.erase("p039", actor=ADMIN)
    for t in (c.trust, other):
        seen = t.viewer_trust(ANA)
        assert "p039" not in seen.trust and "p039" not in seen.again
        assert "p039" not in [pid for pid, _ in seen.most_trusted(50)]
        identical(seen, uncached(t, ANA))
        assert "p039" not in read_by(t, ANA)


def test_a_result_computed_across_an_edit_is_not_kept(db_target: str) -> None:
    """Two threads of one process: one computes a viewer's trust while another applies a
    write next to them. What was computed meanwhile is served once (to the thread that asked
    before the write) and never kept: the next request computes again."""
    c = community(db_target)
    t = c.trust
    first = t.viewer_trust(ANA)
    hop = sorted(read_by(t, ANA) - {ANA})[0]
    t.kept.clear()
    c.profiles.import_profiles([person("new1")])
    original = t._local
    landed = []

    def local_then_a_write(*args: Any, **kwargs: Any) -> LocalTrust:
        out = original(*args, **kwargs)
        if not landed:  # the other thread's write lands after the push, before it is kept
            landed.append(True)
            writer = threading.Thread(target=lambda: confirmed(c, hop, "new1"))
            writer.start()
            writer.join()
            worker = threading.Thread(target=t.live)  # and is applied by another request
            worker.start()
            worker.join()
        return out

    t._local = local_then_a_write  # type: ignore[method-assign]
    try:
        during = t.viewer_trust(ANA)
    finally:
        t._local = original  # type: ignore[method-assign]
    identical(during, first)  # computed before the write: the old answer
    assert ANA not in t.kept  # but not kept
    after = t.viewer_trust(ANA)
    assert after is not during
    identical(after, uncached(t, ANA))


def test_threads_asking_while_another_writes_end_on_fresh_answers(db_target: str) -> None:
    c = community(db_target)
    viewers = people(12)
    done = threading.Event()
    errors: list[BaseException] = []

    def ask() -> None:
        rng = random.Random(threading.get_ident())
        try:
            while not done.is_set():
                c.trust.viewer_trust(rng.choice(viewers))
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    readers = [threading.Thread(target=ask) for _ in range(3)]
    for r in readers:
        r.start()
    try:
        for i in range(6):
            confirmed(c, viewers[i], viewers[-1 - i], rating=1 + i % 2)
    finally:
        done.set()
        for r in readers:
            r.join()
    assert not errors
    for v in viewers:
        identical(c.trust.viewer_trust(v), uncached(c.trust, v))


def test_the_kept_viewers_stay_within_their_count_and_memory(db_target: str) -> None:
    c = community(db_target)
    t = TrustService(c.db, clock=clock, settings=replace(RATED, viewers_kept=5))
    for v in people(40):
        t.viewer_trust(v)
        assert len(t.kept) <= 5
    budget = 3 * max(e.nbytes for e in t.kept._entries.values())
    t = TrustService(c.db, clock=clock, settings=replace(RATED, viewers_kept_mb=budget / 2**20))
    for v in people(40):
        t.viewer_trust(v)
        assert t.kept.nbytes <= t.kept.max_bytes
        assert t.kept.nbytes == sum(e.nbytes for e in t.kept._entries.values())
    assert 1 <= len(t.kept) <= 3 and t.kept.stats["evicted"] > 0
    off = TrustService(c.db, clock=clock, settings=replace(RATED, viewers_kept=0))
    assert off.viewer_trust(ANA) is not off.viewer_trust(ANA) and not len(off.kept)


@pytest.mark.one_backend  # no database
def test_the_memory_estimate_is_not_below_what_an_entry_holds() -> None:
    """:func:`entry_bytes` against ``tracemalloc``: a viewer's trust as a suggestion leaves it
    (its lookups' dict built, its top asked), with a support of a few thousand rows."""
    from graph.live import LiveTrustGraph
    from graph.local import local_trust

    rng = random.Random(3)
    n = 3000
    edges = [(f"m{rng.randrange(n)}", f"m{rng.randrange(n)}", 1.0, None) for _ in range(6 * n)]
    g = LiveTrustGraph.from_edges([e for e in edges if e[0] != e[1]])
    local_trust(g, "m1", as_of=0, tol=0.002, dense=False, support=True)  # warm-up
    tracemalloc.start()
    try:
        snap = tracemalloc.take_snapshot()
        trust = local_trust(g, "m1", as_of=0, tol=0.002, dense=False, support=True)
        vt = ViewerTrust("m1", trust, frozenset(g.names(trust.rows[:50])), has_edges=True)  # type: ignore[arg-type]
        vt.trust.get("m2")
        vt.most_trusted(30)
        assert trust.support is not None
        kept = KeptViewers(10, 10**9)
        kept.put("m1", object(), vt, trust.support)  # type: ignore[arg-type]
        held = sum(s.size_diff for s in tracemalloc.take_snapshot().compare_to(snap, "filename"))
    finally:
        tracemalloc.stop()
    assert len(trust) > 1000
    assert kept.nbytes == entry_bytes(vt, kept._entries["m1"].support) >= held > 0
    assert kept.nbytes <= 1.3 * held  # an estimate, not a guess


OPS = st.lists(
    st.tuples(
        st.sampled_from(["confirm", "rate", "endorse", "unendorse", "ask", "ask", "ask"]),
        st.integers(0, 15),
        st.integers(0, 15),
        st.sampled_from([-2, 0, 1, 2]),
        st.booleans(),  # which service asks
    ),
    min_size=5,
    max_size=30,
)


@pytest.mark.sqlite_only  # two services over one SQLite file
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=OPS, ties=st.booleans())
def test_kept_answers_always_equal_fresh_ones(
    tmp_path_factory: Any, ops: list[Any], ties: bool
) -> None:
    """Random writes interleaved with random questions, through two services over one
    SQLite file (two server workers): every answer either service gives equals, bit for bit,
    what that service computes afresh on its graph at that moment."""
    path = str(tmp_path_factory.mktemp("kept") / "c.db")
    s = None if ties else RATED
    c = Community(path, _fake(), clock=clock, trust=s)
    ids = [f"q{i:02d}" for i in range(16)]
    c.profiles.import_profiles([person(pid) for pid in ids])
    for i in range(0, 16, 2):  # a few ties to start from
        confirmed(c, ids[i], ids[(i + 3) % 16], rating=1)
    other = TrustService(connect(path), clock=clock, settings=s or c.trust.settings)
    cols: dict[tuple[str, str], str] = {}
    for op, i, j, rating, which in ops:
        a, b = ids[i], ids[j]
        if op == "ask":
            t = c.trust if which else other
            identical(t.viewer_trust(a), uncached(t, a))
            continue
        if a == b:
            continue
        if op == "confirm" and (a, b) not in cols:
            cols[(a, b)] = confirmed(c, a, b, rating=max(rating, 0))
        elif op == "rate" and (a, b) in cols:
            c.trust.rate_collaboration(cols[(a, b)], rating, actor=Actor(b))
        elif op == "endorse":
            c.trust.endorse(a, b, "sales", actor=Actor(a))
        elif op == "unendorse":
            c.trust.unendorse(a, b, "sales", actor=Actor(a))
    for t in (c.trust, other):
        for v in ids:
            identical(t.viewer_trust(v), uncached(t, v))


def _fake() -> Any:
    from embeddings.encoder import FakeEncoder

    return FakeEncoder(dim=16)


def test_a_new_day_lets_every_viewer_go(db_target: str) -> None:
    now = [clock()]
    c = community(db_target)
    t = TrustService(c.db, clock=lambda: now[0], settings=RATED)
    today = t.viewer_trust(ANA)
    now[0] += dt.timedelta(days=1)
    assert t.viewer_trust(ANA) is not today
