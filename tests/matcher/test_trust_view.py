"""The trust graph's view for intro paths (issue 21): kept across writes, re-reading only the
rows of the people a change edited, and always equal to a view read afresh."""

from __future__ import annotations

import datetime as dt

from matcher.access import Actor
from matcher.trust import TrustService
from tests.matcher.test_trust_live import RATED, TODAY, community, people, seed_history

EVERYONE = people(40)


def rows(t: TrustService) -> dict[tuple[str, bool], dict[str, float]]:
    """Every row of today's view, read through it (out and in)."""
    view = t.graph()
    return {
        (p, incoming): dict(view.in_weights(p) if incoming else view.out_weights(p))
        for p in EVERYONE
        for incoming in (False, True)
    }


def fresh(t: TrustService) -> dict[tuple[str, bool], dict[str, float]]:
    """The same rows from a view made now, which has read nothing before."""
    view = t.live().at(TODAY.date())
    return {
        (p, incoming): dict(view.in_weights(p) if incoming else view.out_weights(p))
        for p in EVERYONE
        for incoming in (False, True)
    }


def test_the_view_is_kept_across_writes_and_equal_to_a_fresh_one(db_target: str) -> None:
    c = community(db_target, trust=RATED)  # ratings move the weights: every edit shows
    seed_history(c)
    t = c.trust
    view = t.graph()
    assert rows(t) == fresh(t)  # every row read, and kept
    ana, zed = "p000", "p039"
    col = t.propose_collaboration(ana, zed, "new", "2026-01-01", rating=2, actor=Actor(ana))
    t.answer_collaboration(col.id, True, actor=Actor(zed))
    assert t.graph() is view  # kept: only ana's and zed's rows are read again
    assert t.graph().weight(ana, zed) > 0
    assert rows(t) == fresh(t)
    t.rate_collaboration(col.id, -2, actor=Actor(zed))
    t.endorse("p001", zed, "sales", actor=Actor("p001"))
    assert rows(t) == fresh(t)
    # another process's write, followed through the change log
    other = TrustService(c.db, clock=lambda: TODAY, settings=RATED)
    theirs = other.graph()
    col2 = t.propose_collaboration("p002", "p003", "x", "2026-01-01", rating=2, actor=Actor("p002"))
    t.answer_collaboration(col2.id, True, actor=Actor("p003"))
    assert other.graph() is theirs and rows(other) == fresh(other)
    assert [p.nodes for p in other.intro_paths("p002", "p003", k=1, actor=Actor("p002"))] == [
        ("p002", "p003")
    ]
    # an erasure, or a new day, starts a new view
    c.privacy.erase("p004", actor=Actor("p004"))
    assert t.graph() is not view
    assert rows(t) == fresh(t)
    view = t.graph()
    assert t.graph(as_of=TODAY.date() + dt.timedelta(days=1)) is not view
