"""A team's match as people read it (``EventService.team_matches``, what ``cofoundry event
teams`` prints): the mean of its pairs' card points and that mean's word, never the solver's
raw score; organiser only."""

from __future__ import annotations

import itertools

import pytest

from matcher.access import Actor
from matcher.community import Community
from matcher.errors import UnknownEvent
from matcher.events import mean_points
from matcher.matching import band_of, match_score
from tests.events_day import ORG


def test_a_teams_points_are_the_mean_of_its_pairs_card_points(day: Community) -> None:
    plan = day.events.form_teams("night", size=3, actor=ORG, time_limit=2)
    read = day.events.team_matches("night", actor=ORG)  # the stored teams
    assert sorted(read) == [t.number for t in plan.teams]
    profiles, _, scores, _ = day.matching.pair_scores(sorted(day.events.names("night", actor=ORG)))
    pos = {p.id: k for k, p in enumerate(profiles)}
    for team in plan.teams:
        pairs = [
            match_score(float(scores[pos[a], pos[b]])).points
            for a, b in itertools.combinations(team.members, 2)
        ]
        expected = mean_points(pairs)
        assert (read[team.number].points, read[team.number].band) == (
            expected,
            band_of(expected),
        )


def test_an_attendee_cannot_read_the_teams_matches(day: Community) -> None:
    day.events.form_teams("night", size=3, actor=ORG, time_limit=2)
    with pytest.raises(Exception, match="organis"):
        day.events.team_matches("night", actor=Actor("p01"))
    with pytest.raises(UnknownEvent):
        day.events.team_matches("night", actor=Actor("stranger"))
