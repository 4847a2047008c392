"""Trust at scale in the service (issue 21): the live graph, local trust, the change log,
erasure, legitimacy, and threads with a connection each."""

from __future__ import annotations

import datetime as dt
import random
import threading
from pathlib import Path

import pytest

import matcher.trust.store as trust_store
from embeddings.encoder import FakeEncoder
from graph.trust import TrustGraph, personalized_trust
from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.schema import connect
from matcher.trust import TrustService, TrustSettings
from matcher.trust.model import Collaboration, CollabStatus, Endorsement, both_rated_well
from tests.conftest import person

TODAY = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)


def clock() -> dt.datetime:
    return TODAY


def people(n: int) -> list[str]:
    return [f"p{i:03d}" for i in range(n)]


RATED = TrustSettings(propagation="rated")  # weights from ratings and age, decaying


def community(path: Path | str, n: int = 40, trust: TrustSettings | None = None) -> Community:
    c = Community(path, FakeEncoder(dim=16), clock=clock, trust=trust)
    c.profiles.import_profiles([person(pid) for pid in people(n)])
    return c


def seed_history(
    c: Community, *, m: int = 120, endorsements: int = 30, seed: int = 0
) -> list[Collaboration]:
    """Years of collaborations (ended ones decaying, a few negative ratings), written
    straight through the store: the history a community arrives with."""
    rng = random.Random(seed)
    ids = [p.id for p in c.profiles.store.profiles()]
    out = []
    with c.db.transaction():
        for i in range(m):
            a, b = rng.sample(ids, 2)
            started = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2000))
            ended = None if rng.random() < 0.3 else started + dt.timedelta(rng.randrange(30, 600))
            ratings = [2, 2, 1, 1, 0, None, -1, -2]
            collab = Collaboration(
                f"h{i}",
                a,
                b,
                "project",
                started,
                ended,
                CollabStatus.CONFIRMED if rng.random() < 0.9 else CollabStatus.PROPOSED,
                rng.choice(ratings),
                rng.choice(ratings),
            )
            c.trust.store.put_collaboration(collab)
            out.append(collab)
        for _ in range(endorsements):
            a, b = rng.sample(ids, 2)
            c.trust.store.add_endorsement(Endorsement(a, b, "sales"))
    return out


def exact(t: TrustService, viewer: str, graph: TrustGraph) -> dict[str, float]:
    s = t.settings
    values = personalized_trust(
        graph,
        viewer,
        alpha=s.alpha,
        normalise=s.normalise,
        degree_prior=s.degree_prior,
        negative_weight=s.negative_weight,
        lone_tie=s.lone_tie,
        tol=1e-13,
    )
    return {pid: values[pid] for pid in graph.ids if pid != viewer}


def same_graph(a: TrustGraph, b: TrustGraph) -> None:
    """Two graphs hold the same weights and claims for everyone with an edge."""
    for pid in set(a.ids) | set(b.ids):
        for other in set(a.ids) | set(b.ids):
            assert a.weight(pid, other) == pytest.approx(b.weight(pid, other), abs=1e-12)
    assert a.negatives.keys() == b.negatives.keys()
    for key, x in a.negatives.items():
        assert b.negatives[key] == pytest.approx(x, abs=1e-12)


# ------------------------------------------------------------------ accuracy
@pytest.mark.parametrize("endorsements", [0, 30], ids=["collaborations", "with-endorsements"])
def test_service_trust_is_within_its_bound_of_the_exact_pagerank(
    db_target: str, endorsements: int
) -> None:
    """What the service serves (local push) against the power iteration to convergence on
    the same graph: every person within the reported bound, and that bound within
    ``error_allowed`` (``tol`` for the plain walk; ``(1 + 2 (1 - lone_tie)) tol`` with the
    lone tie, the default) when every edge is mutual (the stated guarantee)."""
    c = community(db_target)
    seed_history(c, endorsements=endorsements)
    t = c.trust
    graph = t.snapshot()
    worst = 0.0
    for viewer in people(40)[:15]:
        local = t.local(viewer)
        if endorsements == 0:
            assert local.error_bound <= t.settings.error_allowed * (1 + 1e-9)  # float rounding
        for pid, x in exact(t, viewer, graph).items():
            error = abs(local.get(pid, 0.0) - x)
            assert error <= local.error_bound + 1e-9, (viewer, pid, error, local.error_bound)
            worst = max(worst, error)
    assert worst > 0  # the test compares two different computations


def test_suggestions_and_trust_list_use_the_local_trust(db_target: str) -> None:
    c = community(db_target)
    seed_history(c)
    t = c.trust
    viewer = next(v for v in people(40) if t.viewer_trust(v).has_edges)
    local = t.local(viewer)
    assert t.viewer_trust(viewer).trust == dict(local)
    listed = t.trust_for(viewer, k=10, actor=Actor(viewer))
    assert listed == [(pid, round(x, 6)) for pid, x in local.top(10)]
    assert t.viewer_trust("p039-unknown").has_edges is False


# ------------------------------------------------------------- edits in place
def test_an_edit_is_seen_by_the_next_query_without_a_rebuild(db_target: str) -> None:
    c = community(db_target, trust=RATED)  # ratings move the weights: every edit shows
    seed_history(c)
    t = c.trust
    g = t.warm()
    ana, zed = "p000", "p039"
    before = dict(t.local(ana))
    history = t.graph().weight(ana, zed)
    # a new collaboration, confirmed and rated +2 both ways: zed is ana's most trusted
    col = t.propose_collaboration(ana, zed, "new", "2026-01-01", rating=2, actor=Actor(ana))
    assert t.local(ana).get(zed, 0.0) == pytest.approx(before.get(zed, 0.0))  # proposed: no change
    t.answer_collaboration(col.id, True, actor=Actor(zed))
    t.rate_collaboration(col.id, 2, actor=Actor(zed))
    assert t.trust_for(ana, k=1, actor=Actor(ana)) == [(zed, 1.0)]
    # an endorsement is an arc of 0.1, withdrawn is gone
    assert not t.store.endorses("p001", zed)
    w = t.graph().weight("p001", zed)
    t.endorse("p001", zed, "sales", actor=Actor("p001"))
    assert t.graph().weight("p001", zed) == pytest.approx(w + 0.1)
    t.unendorse("p001", zed, "sales", actor=Actor("p001"))
    assert t.graph().weight("p001", zed) == pytest.approx(w)
    # a -2 from zed: no edge any more, and a one-hop claim that wipes ana out for zed
    t.rate_collaboration(col.id, -2, actor=Actor(zed))
    assert t.graph().weight(ana, zed) == pytest.approx(history)
    assert t.local(zed).get(ana, 0.0) == 0.0
    assert t.live() is g  # never rebuilt
    # and the graph edited in place is the graph a cold build makes of the tables
    same_graph(t.snapshot(), TrustService(c.db, clock=clock, settings=RATED).snapshot())


def test_with_ties_a_confirmed_collaboration_is_one_tie_whatever_its_ratings(
    db_target: str,
) -> None:
    c = community(db_target)
    seed_history(c)
    t = c.trust
    assert t.settings.propagation == "ties"
    g = t.warm()
    ana = "p000"
    zed = next(p for p in reversed(people(40)) if t.graph().weight(ana, p) == 0)  # no tie yet
    before = dict(t.local(ana))
    col = t.propose_collaboration(ana, zed, "new", "2026-01-01", rating=0, actor=Actor(ana))
    t.answer_collaboration(col.id, True, actor=Actor(zed))
    assert t.graph().weight(ana, zed) == 1.0
    after = dict(t.local(ana))
    assert after[zed] > before.get(zed, 0.0)
    t.rate_collaboration(col.id, 2, actor=Actor(zed))  # a rating does not move a tie
    assert t.graph().weight(ana, zed) == 1.0
    assert dict(t.local(ana)) == pytest.approx(after)
    again = t.propose_collaboration(zed, ana, "again", "2026-02-01", actor=Actor(zed))
    t.answer_collaboration(again.id, True, actor=Actor(ana))  # a second one: still one tie
    assert t.graph().weight(ana, zed) == 1.0
    t.rate_collaboration(col.id, -2, actor=Actor(zed))  # a negative rating cuts that one
    assert t.graph().weight(ana, zed) == 1.0  # the other collaboration keeps the tie
    assert t.live() is g
    same_graph(t.snapshot(), TrustService(c.db, clock=clock).snapshot())


def test_a_new_day_decays_without_a_rebuild(db_target: str) -> None:
    now = [TODAY]
    c = Community(db_target, FakeEncoder(dim=16), clock=lambda: now[0], trust=RATED)
    c.profiles.import_profiles([person("ana"), person("bob")])
    col = c.trust.propose_collaboration(
        "ana", "bob", "p", "2020-01-01", "2024-06-01", rating=2, actor=Actor("ana")
    )
    c.trust.answer_collaboration(col.id, True, actor=Actor("bob"))
    c.trust.rate_collaboration(col.id, 2, actor=Actor("bob"))
    g = c.trust.live()
    w = c.trust.graph().weight("ana", "bob")
    now[0] = TODAY + dt.timedelta(days=730)  # one more half-life
    assert c.trust.graph().weight("ana", "bob") == pytest.approx(w / 2)
    assert c.trust.live() is g


def test_another_process_follows_the_change_log(db_target: str) -> None:
    """Two services over one database file (two server workers): a write through one is
    applied in place by the other on its next read."""
    c = community(db_target)
    seed_history(c)
    other = TrustService(connect(db_target), clock=clock)
    g = other.warm()
    col = c.trust.propose_collaboration("p000", "p039", "x", "2026-01-01", actor=Actor("p000"))
    c.trust.answer_collaboration(col.id, True, actor=Actor("p039"))
    assert "p039" in other.local("p000")
    assert other.live() is g
    same_graph(other.snapshot(), c.trust.snapshot())


def rows_again(c: Community, viewer: str) -> frozenset[str]:
    """The "would work again" set read from the collaborations' rows."""
    return frozenset(
        other
        for other, ra, rb in c.trust.store.confirmed_ratings(viewer)
        if both_rated_well(ra, rb)
    )


@pytest.mark.parametrize("settings", [RATED, TrustSettings()], ids=["rated", "ties"])
def test_would_work_again_is_the_rows_after_the_cold_build_and_every_write(
    db_target: str, settings: TrustSettings
) -> None:
    """Each member's "would work again" set, from the graph the cold build filled and the
    change log kept since, in this process and in another one: what the rows say after a
    confirmation, a rating down, a rating up and an erasure."""
    c = community(db_target, trust=settings)
    seed_history(c)
    other = TrustService(connect(db_target), clock=clock, settings=settings)
    members = people(40)
    ana, zed = "p000", "p039"

    def check() -> None:
        for service in (c.trust, other):
            for viewer in members:
                vt = service.viewer_trust(viewer)
                assert vt.again == (rows_again(c, viewer) if vt.has_edges else frozenset())

    check()
    assert any(c.trust.viewer_trust(v).again for v in members)
    col = c.trust.propose_collaboration(ana, zed, "new", "2026-01-01", rating=1, actor=Actor(ana))
    c.trust.answer_collaboration(col.id, True, actor=Actor(zed))
    c.trust.rate_collaboration(col.id, 1, actor=Actor(zed))  # both +1: would work again
    assert zed in other.viewer_trust(ana).again and ana in other.viewer_trust(zed).again
    check()
    c.trust.rate_collaboration(col.id, 0, actor=Actor(zed))  # no longer
    assert zed not in other.viewer_trust(ana).again
    check()
    c.trust.rate_collaboration(col.id, 2, actor=Actor(zed))  # again
    assert zed in other.viewer_trust(ana).again
    check()
    c.privacy.erase(zed, actor=ADMIN)
    members.remove(zed)
    assert zed not in other.viewer_trust(ana).again
    check()


def test_a_process_behind_the_pruned_log_rebuilds(
    db_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(trust_store, "KEEP_CHANGES", 2)
    monkeypatch.setattr(trust_store, "PRUNE_EVERY", 1)
    c = community(db_target, n=10)
    other = TrustService(connect(db_target), clock=clock)
    g = other.warm()
    for b in people(10)[1:6]:
        col = c.trust.propose_collaboration("p000", b, "x", "2026-01-01", actor=Actor("p000"))
        c.trust.answer_collaboration(col.id, True, actor=Actor(b))
    assert other.live() is not g  # the log no longer reaches back: built again
    assert sorted(other.local("p000")) == people(10)[1:6]


# ------------------------------------------------------------------- erasure
def test_erasure_leaves_every_live_graph_at_once(db_target: str) -> None:
    c = community(db_target)
    seed_history(c)
    # someone with only negative claims, and someone left without any tie
    with c.db.transaction():
        c.trust.store.put_collaboration(
            Collaboration(
                "neg",
                "p001",
                "p002",
                "p",
                dt.date(2025, 1, 1),
                None,
                CollabStatus.CONFIRMED,
                -2,
                -2,
            )
        )
    c.profiles.import_profiles([person("lone"), person("lonely")])
    c.trust.endorse("lone", "lonely", "sales", actor=Actor("lone"))
    other = TrustService(connect(db_target), clock=clock)
    for t in (c.trust, other):
        t.warm()
    c.trust.unendorse("lone", "lonely", "sales", actor=Actor("lone"))
    other.live()  # lone is now in other's graph without any tie
    assert "lone" in other.live() and not other.live().neighbours("lone")
    erased = ["p001", "lone", "p010"]
    for pid in erased:
        c.privacy.erase(pid, actor=ADMIN)
        assert pid not in c.trust.live()  # at once, before any query
    for t in (c.trust, other):
        g = t.live()
        for pid in erased:
            assert pid not in g
            assert all(g.name(i) != pid for i in range(g.capacity))
            assert all(pid not in t.local(v) for v in ("p000", "p002", "p020"))
    for pid in erased:  # nor in the change log on disk
        rows = c.db.execute("SELECT key FROM change_log WHERE kind = 'trust'").fetchall()
        assert [r[0] for r in rows if pid in r[0].split(" ")] == []
    same_graph(other.snapshot(), TrustService(c.db, clock=clock).snapshot())


# ---------------------------------------------------------------- legitimacy
def sybil_community(db_target: str) -> tuple[Community, list[str], list[str]]:
    """60 honest people (a ring with chords), 20 fakes with as few ties as honest people
    (a ring with chords too, all +2), attached by a +2 collaboration to p001, a neighbour of
    the viewer p000."""
    c = community(db_target, n=60)
    c.profiles.import_profiles([person(f"fake{i:02d}") for i in range(20)])
    honest, fakes = people(60), [f"fake{i:02d}" for i in range(20)]
    rng = random.Random(3)
    pairs = [(honest[i], honest[(i + 1) % 60]) for i in range(60)]
    pairs += [tuple(rng.sample(honest, 2)) for _ in range(120)]
    pairs += [(fakes[i], fakes[(i + 1) % 20]) for i in range(20)]
    pairs += [tuple(rng.sample(fakes, 2)) for _ in range(20)]
    pairs += [("p001", "fake00")]
    with c.db.transaction():
        for i, (a, b) in enumerate(pairs):
            c.trust.store.put_collaboration(
                Collaboration(
                    f"c{i}", a, b, "p", dt.date(2025, 1, 1), None, CollabStatus.CONFIRMED, 2, 2
                )
            )
    return c, honest, fakes


def test_legitimacy_from_members_seen_in_person_keeps_fakes_out(db_target: str) -> None:
    c, honest, fakes = sybil_community(db_target)
    plain = TrustService(c.db, clock=clock)
    seen = honest[10:60:10]  # 5 members checked in at an event
    guarded = TrustService(c.db, clock=clock, seeds=lambda: seen, background=False)
    assert len(seen) == guarded.settings.min_seeds
    before, after = plain.local("p000"), guarded.local("p000")
    # the fakes' total trust falls by more than half (0.44 -> 0.15); honest people keep theirs
    assert sum(after.get(f, 0.0) for f in fakes) < 0.5 * sum(before.get(f, 0.0) for f in fakes)
    assert [after.get(h, 0.0) for h in honest] == [before.get(h, 0.0) for h in honest]
    # first-hand experience is kept: p001 confirmed a +2 with fake00
    assert guarded.local("p001")["fake00"] == pytest.approx(plain.local("p001")["fake00"])
    # too few seeds: legitimacy stays off
    few = TrustService(c.db, clock=clock, seeds=lambda: seen[:4], background=False)
    assert dict(few.local("p000")) == dict(before)


def test_the_community_seeds_legitimacy_with_members_checked_in(db_target: str) -> None:
    c = community(db_target, n=8)
    event = c.events.create_event("night", "Night", actor=ADMIN, organiser="p000")
    c.events.add_attendees(event.id, people(8)[1:7], actor=ADMIN)
    with c.db.transaction():
        for pid in people(8)[1:6]:
            assert c.events.events.set_checked_in(event.id, pid, TODAY)
    assert c.trust.seeds is not None and sorted(c.trust.seeds()) == people(8)[1:6]


# --------------------------------------------------------------- concurrency
def test_writers_and_readers_on_threads_with_a_connection_each(db_target: str) -> None:
    """4 writers confirm and rate collaborations while 4 readers ask for trust, paths and
    suggestions' trust: no error, and the graph kept in place equals a cold build."""
    c = community(db_target)
    seed_history(c, m=60)
    t = c.trust
    g = t.warm()
    errors: list[BaseException] = []
    ids = people(40)

    def write(w: int) -> None:
        rng = random.Random(w)
        try:
            for _ in range(15):
                a, b = rng.sample(ids, 2)
                col = t.propose_collaboration(a, b, "x", "2025-01-01", actor=Actor(a))
                t.answer_collaboration(col.id, True, actor=Actor(b))
                t.rate_collaboration(col.id, rng.choice([-1, 1, 2]), actor=Actor(a))
                t.endorse(b, a, "code", actor=Actor(b))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def read(r: int) -> None:
        rng = random.Random(100 + r)
        try:
            for _ in range(40):
                v, o = rng.sample(ids, 2)
                t.trust_for(v, k=10, actor=Actor(v))
                t.viewer_trust(v)
                t.intro_paths(v, o, actor=Actor(v))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(4)]
    threads += [threading.Thread(target=read, args=(i,)) for i in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    assert t.live() is g
    same_graph(t.snapshot(), TrustService(c.db, clock=clock).snapshot())


def test_a_read_inside_a_write_transaction_applies_nothing_that_may_roll_back(
    db_target: str,
) -> None:
    c = community(db_target, n=5)
    t = c.trust
    g = t.warm()
    confirmed = Collaboration(
        "gone", "p000", "p001", "p", dt.date(2025, 1, 1), None, CollabStatus.CONFIRMED, 2, 2
    )
    with pytest.raises(RuntimeError), c.db.transaction():
        t.store.put_collaboration(confirmed)
        assert "p001" not in t.local("p000")  # not applied while it may roll back
        raise RuntimeError("rolled back")
    assert "p001" not in t.local("p000")
    # the next write takes the rolled-back sequence number again, and is applied
    col = t.propose_collaboration("p000", "p002", "x", "2026-01-01", actor=Actor("p000"))
    t.answer_collaboration(col.id, True, actor=Actor("p002"))
    assert list(t.local("p000")) == ["p002"]
    assert t.live() is g


def test_the_lone_tie_option_keeps_a_clique_behind_one_fooled_member_out(db_target: str) -> None:
    """``TrustSettings(lone_tie=0.05)`` through the service: a member with three honest
    collaborators and one confirmed collaboration with a fake whose eleven fake partners
    confirm each other. The plain walk ranks the fakes above most honest members; the option
    ranks every honest member above them (the fake they worked with excepted: first-hand)."""
    import networkx as nx

    base = nx.powerlaw_cluster_graph(60, 3, 0.4, seed=5)
    viewer = f"p{min(x for x in base if base.degree(x) == 3):03d}"
    honest = [f"p{x:03d}" for x in base if f"p{x:03d}" != viewer]
    fakes = [f"f{i}" for i in range(12)]
    pairs = [(f"p{a:03d}", f"p{b:03d}") for a, b in base.edges()]
    pairs += [(viewer, "f0"), *((a, b) for i, a in enumerate(fakes) for b in fakes[i + 1 :])]
    c = community(db_target, n=60)
    c.profiles.import_profiles([person(f) for f in fakes])
    with c.db.transaction():
        for i, (a, b) in enumerate(pairs):
            c.trust.store.put_collaboration(
                Collaboration(f"c{i}", a, b, "p", dt.date(2025, 1, 1), None, CollabStatus.CONFIRMED)
            )
    below = {}
    for lone in (None, 0.05):
        service = TrustService(c.db, TrustSettings(lone_tie=lone), clock=clock, background=False)
        t = service.local(viewer)
        best_fake = max(t.get(f, 0.0) for f in fakes[1:])
        below[lone] = sum(t.get(h, 0.0) < best_fake for h in honest)
        assert t.get("f0", 0.0) > 0
    assert below[None] > len(honest) // 2, below
    assert below[0.05] == 0, below


def test_the_cold_build_pauses_the_garbage_collector_and_leaves_it_as_it_was(
    db_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cold build runs with Python's cyclic collector paused (millions of tuples, none in
    a cycle), and leaves it running, or paused if it was."""
    import gc

    import matcher.trust.service as trust_service

    c = community(db_target)
    seed_history(c)
    seen: list[bool] = []
    build = trust_service.live_graph_rows

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(trust_service, "live_graph_rows", spy)
    assert gc.isenabled()
    graph = TrustService(connect(db_target), clock=clock).warm()
    assert seen == [False] and gc.isenabled() and len(graph) > 0
    gc.disable()
    try:
        TrustService(connect(db_target), clock=clock).warm()
        assert seen == [False, False] and not gc.isenabled()
    finally:
        gc.enable()
