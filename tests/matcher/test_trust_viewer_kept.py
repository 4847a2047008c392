"""A viewer's trust kept between requests (issue 21): reused only while nothing it depends
on has moved; a confirmation, a rating, an erasure, an avoid-list change or a new day is seen
by the next request, in this process and in another one following the change log."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.schema import connect
from matcher.trust import TrustService, ViewerTrust
from tests.matcher.test_trust_live import RATED, TODAY, clock, people, seed_history
from tests.matcher.test_trust_live import community as _community

ANA, ZED = "p000", "p039"


def community(db_target: str) -> Community:
    """Rated weights (``propagation="rated"``): a rating moves trust, so every edit is seen
    in the values (with ties a +2 on an existing tie changes nothing to look at)."""
    return _community(db_target, trust=RATED)


def fresh(c: Community, viewer: str, now: dt.datetime = TODAY) -> ViewerTrust:
    """The viewer's trust computed from the tables by a new service (nothing kept)."""
    return TrustService(c.db, clock=lambda: now, settings=RATED).viewer_trust(viewer)


def same(a: ViewerTrust, b: ViewerTrust) -> None:
    """The same trust (to rounding: a graph edited in place sums in another order than one
    built from the tables)."""
    assert a.has_edges == b.has_edges
    assert a.again == b.again
    assert dict(a.trust).keys() == dict(b.trust).keys()
    for pid, x in dict(a.trust).items():
        assert x == pytest.approx(b.trust[pid], abs=1e-12)


def confirmed(c: Community, a: str, b: str, rating: int = 2) -> str:
    col = c.trust.propose_collaboration(a, b, "new", "2026-01-01", rating=rating, actor=Actor(a))
    c.trust.answer_collaboration(col.id, True, actor=Actor(b))
    c.trust.rate_collaboration(col.id, rating, actor=Actor(b))
    return col.id


def test_kept_while_nothing_changes_and_equal_to_a_fresh_computation(db_target: str) -> None:
    c = community(db_target)
    seed_history(c)
    viewer = next(v for v in people(40) if c.trust.viewer_trust(v).has_edges)
    first = c.trust.viewer_trust(viewer)
    assert c.trust.viewer_trust(viewer) is first  # kept
    assert dict(first.trust) == dict(c.trust.local(viewer))  # exactly what it computes
    same(first, fresh(c, viewer))


def test_a_confirmation_and_a_rating_are_seen_by_the_next_request(db_target: str) -> None:
    c = community(db_target)
    seed_history(c)
    before = c.trust.viewer_trust(ANA)
    col = confirmed(c, ANA, ZED)
    after = c.trust.viewer_trust(ANA)
    assert after is not before
    assert after.trust.get(ZED, 0.0) == 1.0 and ZED in after.again
    same(after, fresh(c, ANA))
    assert any(
        s.candidate == ZED and s.trust == 1.0
        for s in c.matching.suggest(ANA, k=39, actor=Actor(ANA))
    )
    # a -2 from zed: no longer "would work again", and no more trust from that edge
    c.trust.rate_collaboration(col, -2, actor=Actor(ZED))
    rated = c.trust.viewer_trust(ANA)
    assert ZED not in rated.again
    same(rated, fresh(c, ANA))


def test_another_process_sees_a_confirmation_on_its_next_request(db_target: str) -> None:
    """Two services over one database (two server workers): what one kept is not served
    after the other wrote; the change log moves the key."""
    c = community(db_target)
    seed_history(c)
    other = TrustService(connect(db_target), clock=clock, settings=RATED)
    kept = other.viewer_trust(ANA)
    assert other.viewer_trust(ANA) is kept
    confirmed(c, ANA, ZED)
    seen = other.viewer_trust(ANA)
    assert seen.trust.get(ZED, 0.0) == 1.0
    same(seen, fresh(c, ANA))


def test_an_erasure_leaves_nothing_stale(db_target: str) -> None:
    c = community(db_target)
    seed_history(c)
    confirmed(c, ANA, ZED)
    assert ZED in c.trust.viewer_trust(ANA).trust
    assert ZED in {s.candidate for s in c.matching.suggest(ANA, k=39, actor=Actor(ANA))}
    other = TrustService(connect(db_target), clock=clock, settings=RATED)
    assert ZED in other.viewer_trust(ANA).trust  # kept by the other process too
    c.privacy.erase(ZED, actor=ADMIN)
    for service in (c.trust, other):
        vt = service.viewer_trust(ANA)
        assert ZED not in vt.trust and ZED not in vt.again
        assert ZED not in dict(vt.trust)
        assert ZED not in [pid for pid, _ in vt.most_trusted(50)]
    same(c.trust.viewer_trust(ANA), fresh(c, ANA))
    assert ZED not in {s.candidate for s in c.matching.suggest(ANA, k=38, actor=Actor(ANA))}


def test_an_avoid_list_change_is_seen_by_the_next_suggestion(db_target: str) -> None:
    c = community(db_target)
    seed_history(c)
    confirmed(c, ANA, ZED)
    shown = {s.candidate for s in c.matching.suggest(ANA, k=39, actor=Actor(ANA))}
    assert ZED in shown
    c.trust.avoid(ANA, ZED, actor=Actor(ANA))
    assert ZED not in {s.candidate for s in c.matching.suggest(ANA, k=39, actor=Actor(ANA))}
    c.trust.unavoid(ANA, ZED, actor=Actor(ANA))
    assert ZED in {s.candidate for s in c.matching.suggest(ANA, k=39, actor=Actor(ANA))}


def test_a_new_day_is_a_new_computation(db_target: str) -> None:
    now = [TODAY]
    c = community(db_target)
    seed_history(c)
    t = TrustService(c.db, clock=lambda: now[0], settings=RATED)
    today = t.viewer_trust(ANA)
    assert t.viewer_trust(ANA) is today
    now[0] = TODAY + dt.timedelta(days=400)  # the edges have decayed meanwhile
    later = t.viewer_trust(ANA)
    assert later is not today
    same(later, fresh(c, ANA, now[0]))


def test_nothing_is_kept_inside_a_transaction(db_target: str) -> None:
    c = community(db_target)
    seed_history(c)
    with c.db.transaction():
        inside = c.trust.viewer_trust(ANA)
        assert c.trust.viewer_trust(ANA) is not inside
    assert c.trust.viewer_trust(ANA) is not inside


def test_only_the_last_viewers_are_kept(db_target: str) -> None:
    c = community(db_target)
    seed_history(c)
    t = TrustService(c.db, clock=clock, settings=replace(RATED, viewers_kept=2))
    a, b, d = (t.viewer_trust(v) for v in ("p001", "p002", "p003"))
    assert t.viewer_trust("p003") is d and t.viewer_trust("p002") is b
    assert t.viewer_trust("p001") is not a  # the oldest was let go


def test_with_ties_a_new_tie_is_seen_by_the_next_request_in_both_processes(
    db_target: str,
) -> None:
    c = _community(db_target)  # the default: ties
    seed_history(c)
    other = TrustService(connect(db_target), clock=clock)
    zed = next(p for p in reversed(people(40)) if c.trust.graph().weight(ANA, p) == 0)
    before = {s: s.viewer_trust(ANA) for s in (c.trust, other)}
    confirmed(c, ANA, zed, rating=0)
    for service, kept in before.items():
        seen = service.viewer_trust(ANA)
        assert seen is not kept
        assert seen.trust.get(zed, 0.0) > kept.trust.get(zed, 0.0)
    assert dict(c.trust.viewer_trust(ANA).trust) == pytest.approx(
        dict(TrustService(c.db, clock=clock).viewer_trust(ANA).trust), abs=1e-12
    )
