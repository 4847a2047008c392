"""A round is planned before it starts: never at a time that has passed.

The event ``night`` (18:00 in Paris, rounds of 10 minutes and breaks of 5) held its three
rounds by 18:40. At 23:00 the organiser planned two more "from round 4": rounds 4 and 5 took
the times 18:45 and 19:00, which had passed, so they counted as held at once: the report
went from 15 meetings held to 25 (none of them happened), the new pairs could say "again"
about each other, and the planning of later events kept them apart as having met. A first
plan made after the event's day did the same with all its rounds. Now a plan whose first
new round's time has passed is refused (409 ``RoundStarted`` on ``rounds``, with the time
and the fix: a longer break so that the rounds start later, a start to come before any
round, or a new event); planning rounds still to come is taken as always.
"""

from __future__ import annotations

from html import unescape

import pytest

from matcher.community import Community
from matcher.errors import RoundStarted
from tests.api.test_http import assert_error
from tests.apps import client_over
from tests.events_day import ORG, Clock
from tests.web.pages import post, sign_in


def test_more_rounds_after_the_end_are_refused(day: Community, day_clock: Clock) -> None:
    ev = day.events
    ev.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(23, 0)
    report = day.loop.event_report("night", actor=ORG)
    rounds = ev.rounds("night", actor=ORG)
    with pytest.raises(RoundStarted) as refused:
        ev.plan_rounds("night", rounds=5, from_round=4, actor=ORG)
    assert refused.value.field == "rounds" and refused.value.value == 5
    assert "round 4 would start at 18:45" in refused.value.detail, refused.value.detail
    assert "pauses" in (refused.value.hint or "") and "new event" in (refused.value.hint or "")
    assert ev.rounds("night", actor=ORG) == rounds
    assert day.loop.event_report("night", actor=ORG) == report


def test_a_first_plan_after_the_event_is_refused(day: Community, day_clock: Clock) -> None:
    day_clock.paris(23, 0)
    with pytest.raises(RoundStarted) as refused:
        day.events.plan_rounds("night", rounds=3, actor=ORG)
    assert "round 1 would start at 18:00" in refused.value.detail
    assert "start" in (refused.value.hint or "")
    assert day.events.rounds("night", actor=ORG) == []
    assert day.loop.event_report("night", actor=ORG).meetings_held == 0


def test_rounds_to_come_are_planned_during_the_event(day: Community, day_clock: Clock) -> None:
    ev = day.events
    ev.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(18, 20)  # round 2 runs: rounds 3 and 4 are to come
    assert len(ev.plan_rounds("night", rounds=4, from_round=3, actor=ORG).rounds) == 4
    day_clock.paris(18, 50)  # round 5 would start at 19:00, to come: taken
    assert len(ev.plan_rounds("night", rounds=5, from_round=5, actor=ORG).rounds) == 5
    day_clock.paris(19, 20)  # the rounds are over; a longer break opens two more
    ev.update_event("night", {"pauses": [{"after_round": 5, "minutes": 30}]}, actor=ORG)
    assert len(ev.plan_rounds("night", rounds=7, from_round=6, actor=ORG).rounds) == 7


def test_an_event_without_a_clock_plans_as_before(day: Community, day_clock: Clock) -> None:
    day.events.update_event("night", {"date": None}, actor=ORG)
    day_clock.paris(23, 0)
    assert len(day.events.plan_rounds("night", rounds=2, actor=ORG).rounds) == 2


def test_the_api_answers_409(day: Community, day_clock: Clock) -> None:
    day_clock.paris(23, 0)
    token = day.security.create_token("p00")
    r = client_over(day).post(
        "/events/night/rounds", json={"rounds": 3}, headers={"Authorization": f"Bearer {token}"}
    )
    assert_error(r, 409, "rounds", "has passed")


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "has passed"), ("fr", "Ces tours commenceraient à une heure déjà passée")],
)
def test_the_page_says_why(day: Community, day_clock: Clock, lang: str, said: str) -> None:
    day_clock.paris(23, 0)
    client = client_over(day)
    sign_in(client, day.security.create_token("p00"))
    r = post(client, f"/web/events/night/rounds?lang={lang}", {"rounds": "3", "group_size": "2"})
    assert r.status_code in (409, 422), r.text
    assert said in unescape(r.text), r.text
    assert day.events.rounds("night", actor=ORG) == []
