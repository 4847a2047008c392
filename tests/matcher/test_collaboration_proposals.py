"""Proposed collaborations wait for the partner's answer; one account cannot flood a stranger's
list (or everyone's) with claims of having worked together."""

from __future__ import annotations

import pytest

from matcher.access import Actor
from matcher.errors import Conflict
from matcher.trust import MAX_PENDING_PROPOSALS
from tests.matcher.test_trust_live import community

SPAMMER = Actor("p000")


def test_one_waiting_proposal_per_partner(db_target: str) -> None:
    c = community(db_target, n=4)
    t = c.trust
    first = t.propose_collaboration("p000", "p001", "Acme", "2025-01-01", actor=SPAMMER)
    with pytest.raises(Conflict, match="waiting for their answer") as e:
        t.propose_collaboration("p000", "p001", "Acme again", "2025-01-01", actor=SPAMMER)
    assert (e.value.field, e.value.value) == ("partner", "p001")
    assert len(t.collaborations("p001", actor=Actor("p001"))) == 1
    # once answered, the next project may be proposed (a pair can share several)
    t.answer_collaboration(first.id, True, actor=Actor("p001"))
    t.propose_collaboration("p000", "p001", "Beta", "2025-06-01", actor=SPAMMER)
    # the other side may propose too: their own proposal is not the proposer's
    t.propose_collaboration("p002", "p000", "Gamma", "2025-01-01", actor=Actor("p002"))
    t.propose_collaboration("p000", "p002", "Delta", "2025-01-01", actor=SPAMMER)


def test_at_most_so_many_proposals_wait_at_once(db_target: str) -> None:
    c = community(db_target, n=MAX_PENDING_PROPOSALS + 3)
    t = c.trust
    ids = [f"p{i:03d}" for i in range(1, MAX_PENDING_PROPOSALS + 3)]
    made = [
        t.propose_collaboration("p000", pid, "x", "2025-01-01", actor=SPAMMER)
        for pid in ids[:MAX_PENDING_PROPOSALS]
    ]
    with pytest.raises(Conflict, match="waiting for an answer") as e:
        t.propose_collaboration("p000", ids[-1], "x", "2025-01-01", actor=SPAMMER)
    assert (e.value.field, e.value.value) == ("proposals", MAX_PENDING_PROPOSALS)
    assert t.collaborations(ids[-1], actor=Actor(ids[-1])) == []
    # a decline or a confirmation frees a place
    t.answer_collaboration(made[0].id, False, actor=Actor(ids[0]))
    t.propose_collaboration("p000", ids[-1], "x", "2025-01-01", actor=SPAMMER)
