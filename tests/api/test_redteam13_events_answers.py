"""An attendee cannot unsay, during the event, the meetings they held.

During round 2 of the event ``night`` (three rounds; the organiser did not use check-in, so
the plan is the record of who came), p01, who sat at a table in round 1 and in round 2,
answered "not coming": the answer was taken, so the report lost them and their meetings
(10 attendees and 10 meetings became 9 and 8), and their partner of round 1 could no longer
say how that meeting went (p01 left the partner's list of people met). Redteam 12 refused
such an answer once the event is over; during it, it went through. Now an answer of "not
coming" from someone who held a meeting in a round that has started is refused
(409 ``RoundStarted``, naming the answer and the fix: the organiser marks them as gone),
by the API, the invitation's link and the page, in English and French; someone who held no
meeting (marked absent from round 1, or invited after the plan) still declines, and
"coming" or "maybe" are taken as always.
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


def _round_2(day: Community, day_clock: Clock) -> str:
    """Three rounds planned, round 2 running; p01's partner of round 1."""
    ev = day.events
    ev.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(18, 20)
    (partner,) = seats(ev.rounds("night", actor=ORG))[1]["p01"]
    return partner


def test_declining_during_the_event_keeps_the_meetings_held(
    day: Community, day_clock: Clock
) -> None:
    ev = day.events
    partner = _round_2(day, day_clock)
    rounds = ev.rounds("night", actor=ORG)
    report = day.loop.event_report("night", actor=ORG)
    assert "p01" in ev.met_at_tables("night", actor=Actor(partner))
    with pytest.raises(RoundStarted) as refused:
        ev.rsvp("night", "declined", actor=Actor("p01"))
    assert refused.value.field == "answer" and refused.value.value == "declined"
    assert "round 1" in refused.value.detail and "gone" in (refused.value.hint or "")
    # the invitation's link answers the same way
    code = ev.invitation("night", actor=ORG)
    with pytest.raises(RoundStarted):
        ev.join(code, "declined", actor=Actor("p01"))
    assert ev.get_event("night", actor=Actor("p01")).me.rsvp != "declined"
    assert day.loop.event_report("night", actor=ORG) == report
    assert ev.rounds("night", actor=ORG) == rounds
    assert "p01" in ev.met_at_tables("night", actor=Actor(partner))
    # "coming" and "maybe" change nothing held: taken
    assert ev.rsvp("night", "maybe", actor=Actor("p01")).rsvp == "maybe"
    # the organiser still marks them as gone, from the round not started
    ev.mark("night", "p01", "left", actor=ORG)
    assert day.loop.event_report("night", actor=ORG).meetings_held == report.meetings_held


def test_who_held_no_meeting_still_declines(day: Community, day_clock: Clock) -> None:
    ev = day.events
    _round_2(day, day_clock)
    ev.mark("night", "p02", "absent", actor=ORG, round=1)  # never came
    assert ev.rsvp("night", "declined", actor=Actor("p02")).rsvp == "declined"
    day.profiles.import_profiles([{**_profile("p11")}])
    ev.add_attendees("night", ["p11"], actor=ORG)  # invited after the plan: seated nowhere
    assert ev.rsvp("night", "declined", actor=Actor("p11")).rsvp == "declined"


def _profile(pid: str) -> dict[str, str]:
    from tests.events_day import PEOPLE

    return {**PEOPLE[-1], "id": pid, "name": pid.upper()}


def test_the_api_answers_409_naming_the_answer(day: Community, day_clock: Clock) -> None:
    _round_2(day, day_clock)
    token = day.security.create_token("p01")
    r = client_over(day).put(
        "/events/night/rsvp",
        json={"answer": "declined"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert_error(r, 409, "answer", "round 1")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "you held meetings in round 1"),
        ("fr", "Les tours ont commencé et vous étiez à une table"),
    ],
)
def test_the_page_says_why(day: Community, day_clock: Clock, lang: str, said: str) -> None:
    _round_2(day, day_clock)
    client = client_over(day)
    sign_in(client, day.security.create_token("p01"))
    r = post(client, f"/web/events/night/rsvp?lang={lang}", {"answer": "declined"})
    assert r.status_code in (409, 422), r.text
    assert said in unescape(r.text), r.text
