"""A venture's life in the loop, through the services (and so the loop's store on both
backends: this module is in the store contract): started from an accepted introduction,
in both members' pipelines, ended once, each pair then asked to rate the collaboration."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.access import Actor
from matcher.community import Community
from matcher.errors import Conflict, UnknownIntroduction
from matcher.loop import PipelineStage
from matcher.trust import CollabStatus


def test_a_venture_from_an_introduction_shows_in_pipelines_and_ends_once(
    community: Community,
) -> None:
    intro = community.trust.request_introduction("ana", "bob", actor=Actor("ana"))
    community.trust.answer_introduction(intro.id, True, actor=Actor("bob"))
    venture, members = community.loop.venture_from_intro(intro.id, "duo", "Duo", actor=Actor("bob"))
    duo = venture.id  # the id bob chose, and a random suffix
    assert duo.startswith("duo-") and members == ["bob"]  # ana is invited: she joins by accepting
    assert community.equity.answer_invitation(duo, True, actor=Actor("ana"))
    rows = {r.person: r for r in community.loop.pipeline("ana", actor=Actor("ana"))}
    assert rows["bob"].stage is PipelineStage.WORKING_TOGETHER
    assert rows["bob"].detail == "venture 'Duo'"  # its name, not its id (walk15)
    assert community.loop.ended_on(duo) is None

    day = dt.date.today()
    asked = community.loop.end_venture(duo, day, actor=Actor("bob"))  # the owner proposes
    assert not asked.ended and asked.waiting == ("ana",)
    assert community.loop.ended_on(duo) is None
    done = community.loop.confirm_end(duo, asked.end.ledger_hash, actor=Actor("ana"))
    assert done.ended
    assert {(frozenset((c.proposer, c.partner)), c.status) for c in done.collaborations} == {
        (frozenset(("ana", "bob")), CollabStatus.PROPOSED)
    }
    assert community.loop.ended_on(duo) == day
    rows = {r.person: r for r in community.loop.pipeline("bob", actor=Actor("bob"))}
    assert rows["ana"].detail == "collaboration 'Duo' (proposed)"  # the step after the venture
    shared = community.loop.loop.shared_ventures("bob")  # the store under the pipeline
    assert [(other, v, name, ended) for other, v, name, _, ended in shared] == [
        ("ana", duo, "Duo", day)
    ]
    with pytest.raises(Conflict):  # ended once
        community.loop.end_venture(duo, day, actor=Actor("bob"))


def test_the_pipeline_lists_the_suggestions_of_a_day_best_first(community: Community) -> None:
    """Within one stage and day, suggestions come in the order of their score (as on the
    suggestions page), not by id."""
    from tests.conftest import person

    community.profiles.import_profiles(
        [
            person(
                f"{c}{i}",
                offers=f"sales {c} customers",
                needs="python code",
                roles_offered="sales",
                roles_sought="tech",
            )
            for i, c in enumerate("zyxwvu")
        ]
    )
    rows = community.loop.pipeline("ana", actor=Actor("ana"))
    suggested = [r for r in rows if r.stage is PipelineStage.SUGGESTED]
    assert len(suggested) > 3
    scores = [r.score or 0.0 for r in suggested]
    assert scores == sorted(scores, reverse=True), [(r.person, r.score) for r in suggested]


def test_no_venture_from_an_introduction_once_either_avoids_the_other(
    community: Community,
) -> None:
    """Ana and Bob were introduced; then Bob put Ana on his avoid list. Ana could still
    start a venture from the introduction, which invited Bob (her name in his inbox)."""
    intro = community.trust.request_introduction("ana", "bob", actor=Actor("ana"))
    community.trust.answer_introduction(intro.id, True, actor=Actor("bob"))
    community.trust.avoid("bob", "ana", actor=Actor("bob"))
    for me in ("ana", "bob"):
        with pytest.raises(UnknownIntroduction):
            community.loop.venture_from_intro(intro.id, None, "Duo", actor=Actor(me))
    assert community.equity.invitations("bob", actor=Actor("bob")) == []
