"""The people hidden from trust lists and intro paths (not put forward: private, event-only,
no consent) follow profile edits one profile at a time (issue 21: no full recompute on a
write), in this process and in another one following the change log."""

from __future__ import annotations

from typing import Any

import pytest

from matcher.access import Actor
from matcher.community import Community
from matcher.trust import TrustService
from tests.matcher.test_trust_live import clock, community, people, seed_history


def listed(t: TrustService, viewer: str) -> set[str]:
    return {pid for pid, _ in t.trust_for(viewer, k=100, actor=Actor(viewer))}


def full_reads(t: TrustService, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every read of the profiles by ``t``: None for a read of everyone, else the ids."""
    calls: list[Any] = []
    read = t.people.profiles

    def spy(ids: Any = None) -> Any:
        calls.append(None if ids is None else list(ids))
        return read(ids)

    monkeypatch.setattr(t.people, "profiles", spy)
    return calls


def setup(db_target: str) -> tuple[Community, str, str]:
    c = community(db_target)
    seed_history(c)
    viewer = next(v for v in people(40) if len(listed(c.trust, v)) >= 3)
    other = sorted(listed(c.trust, viewer))[0]
    return c, viewer, other


def test_a_profile_made_private_leaves_trust_lists_at_once_read_alone(
    db_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    c, viewer, other = setup(db_target)
    reads = full_reads(c.trust, monkeypatch)
    c.profiles.update_profile(other, {"visibility": "private"}, actor=Actor(other))
    assert other not in listed(c.trust, viewer)
    assert reads == [[other]]  # the edited profile alone, not everyone
    c.profiles.update_profile(other, {"visibility": "public"}, actor=Actor(other))
    assert other in listed(c.trust, viewer)
    c.profiles.update_profile(other, {"consent": False}, actor=Actor(other))
    assert other not in listed(c.trust, viewer)
    assert None not in reads
    # the same hidden set as a service that reads everyone
    assert listed(c.trust, viewer) == listed(TrustService(c.db, clock=clock), viewer)


def test_another_process_follows_and_an_erasure_reads_everyone(
    db_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    c, viewer, other = setup(db_target)
    elsewhere = TrustService(c.db, clock=clock)  # another worker, same database
    assert other in listed(elsewhere, viewer)
    reads = full_reads(elsewhere, monkeypatch)
    c.profiles.update_profile(other, {"visibility": "members"}, actor=Actor(other))
    assert other in listed(elsewhere, viewer)  # members: still put forward
    c.profiles.update_profile(other, {"visibility": "private"}, actor=Actor(other))
    assert other not in listed(elsewhere, viewer)
    assert None not in reads
    gone = next(p for p in people(40) if p not in (viewer, other))
    before = len(reads)
    c.privacy.erase(gone, actor=Actor(gone))
    listed(elsewhere, viewer)
    assert None in reads[before:]  # the erasure epoch moved: everyone read again
    assert listed(elsewhere, viewer) == listed(TrustService(c.db, clock=clock), viewer)
