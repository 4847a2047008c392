"""A change of an event's schedule never turns a round that has started into one to come.

During round 2 of the event ``night`` (18:00 in Paris, three rounds of 10 minutes), the
organiser moved its start to 19:00 ("we are running late"): by the clock no round had
started any more, so the rounds held could be re-planned. Marking one person absent then
rewrote round 1 (the calm re-plan runs from the first round not started: round 1 again),
the report counted no meeting held, and a full re-plan from round 1 was allowed. Moving the
date of an event that has ended to next month (to use it again) did the same to all its
rounds. Now a change of the date, the start, the time zone, the rhythm or the longer breaks
that would make a round that has started start later is refused (409, naming the field,
the value and the fix: a longer break after the round on now, or a new event); a change
that leaves the rounds started as they are, or is made before the first round, is taken.
"""

from __future__ import annotations

from html import unescape

import pytest

from matcher.access import Actor
from matcher.community import Community
from matcher.errors import RoundStarted
from tests.api.test_http import assert_error
from tests.apps import client_over
from tests.events_day import ORG, Clock, seats
from tests.web.pages import post, sign_in


def _planned(day: Community, day_clock: Clock) -> None:
    day.events.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(18, 20)  # round 2 runs (18:15-18:25)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("start", "19:00"),
        ("date", "2026-06-21"),
        ("timezone", "America/Montreal"),
        ("round_minutes", 30),
        ("break_minutes", 30),
        ("pauses", [{"after_round": 1, "minutes": 60}]),
    ],
)
def test_a_change_that_would_unstart_a_round_is_refused(
    day: Community, day_clock: Clock, field: str, value: object
) -> None:
    _planned(day, day_clock)
    ev = day.events
    before = ev.get_event("night", actor=ORG).event
    held = seats(ev.rounds("night", actor=ORG))
    report = day.loop.event_report("night", actor=ORG)
    with pytest.raises(RoundStarted) as refused:
        ev.update_event("night", {field: value}, actor=ORG)
    assert refused.value.field == field and refused.value.value == value
    assert "round 2 has started" in refused.value.detail, refused.value.detail
    assert "pauses" in (refused.value.hint or "")
    assert ev.get_event("night", actor=ORG).event == before  # nothing written
    # the rounds held stay held: a calm re-plan starts at round 3, the report is as it was
    change = ev.mark("night", "p01", "absent", actor=ORG).change
    assert change is None or change.from_round == 3
    assert {k: seats(ev.rounds("night", actor=ORG))[k] for k in (1, 2)} == {
        k: held[k] for k in (1, 2)
    }
    assert day.loop.event_report("night", actor=ORG).meetings_held == report.meetings_held


def test_an_ended_event_moved_to_next_month_is_refused(day: Community, day_clock: Clock) -> None:
    day.events.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(23, 0)  # over since 18:40
    with pytest.raises(RoundStarted) as refused:
        day.events.update_event("night", {"date": "2026-06-21"}, actor=ORG)
    assert "round 3 has started" in refused.value.detail
    assert "new event" in (refused.value.hint or "")


def test_changes_that_keep_the_rounds_started_are_taken(day: Community, day_clock: Clock) -> None:
    _planned(day, day_clock)
    ev = day.events
    # running late: a longer break after the round on now moves only round 3
    e = ev.update_event("night", {"pauses": [{"after_round": 2, "minutes": 20}]}, actor=ORG)
    assert ev.round_clock("night", actor=ORG).next_round == 3
    # earlier: more rounds started, none fewer; and what is no schedule
    ev.update_event("night", {"start": "17:55", "venue": "Bar du coin"}, actor=ORG)
    assert ev.round_clock("night", actor=ORG).next_round == 3
    assert e.name == ev.update_event("night", {"name": e.name}, actor=ORG).name


def test_before_the_first_round_the_start_moves_freely(day: Community, day_clock: Clock) -> None:
    day.events.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(17, 50)
    assert day.events.update_event("night", {"start": "19:00"}, actor=ORG).start is not None
    # and without rounds planned, any time
    day_clock.paris(23, 0)
    day.events.create_event("other", "Other", actor=ORG, details={"date": "2026-05-21"})
    assert day.events.update_event("other", {"date": "2026-06-21"}, actor=ORG).date is not None


def test_the_api_answers_409_naming_the_field(day: Community, day_clock: Clock) -> None:
    _planned(day, day_clock)
    token = day.security.create_token("p00")
    r = client_over(day).patch(
        "/events/night", json={"start": "19:00"}, headers={"Authorization": f"Bearer {token}"}
    )
    assert_error(r, 409, "start", "round 2 has started")
    assert r.json()["value"] == "19:00"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "round 2 has started"),
        ("fr", "Un tour a déjà commencé\u00a0: ce changement le ferait commencer plus tard"),
    ],
)
def test_the_edit_page_says_why(day: Community, day_clock: Clock, lang: str, said: str) -> None:
    _planned(day, day_clock)
    client = client_over(day)
    sign_in(client, day.security.create_token("p00"))
    form = {
        "name": "Founders night",
        "date": "2026-05-21",
        "start": "19:00",
        "timezone": "Europe/Paris",
        "venue": "Loft",
        "address": "5 parvis Alan Turing, Paris",
        "places": "Bar\nWindow:2",
        "round_minutes": "10",
        "break_minutes": "5",
        "pauses": "",
    }
    r = post(client, f"/web/events/night/edit?lang={lang}", form)
    assert r.status_code in (409, 422), r.text
    assert said in unescape(r.text), r.text
    assert day.events.get_event("night", actor=Actor("p00")).event.start is not None
    assert day.events.round_clock("night", actor=ORG).next_round == 3
