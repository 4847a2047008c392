"""An attendee cannot unsay that they came once the event is over.

An attendee who sat through an event's three rounds (the organiser did not use check-in:
the plan is then the record of who came) answered "not coming" the next day: the answer
was taken, so the organiser's report lost them and their meetings (10 attendees and 15
meetings became 9 and 12), and their team would have been mended after the fact. The
answer to an invitation (as an attendee, or by the invitation's link) is refused once the
event has ended, as a check-in is, naming the answer and the fix, in both languages on the
page; before the end it is taken as always.
"""

from __future__ import annotations

from html import unescape

import pytest

from matcher.access import Actor
from matcher.community import Community
from matcher.errors import EventOver
from tests.apps import client_over
from tests.events_day import ORG, Clock
from tests.web.pages import post, sign_in


def test_declining_after_the_event_is_refused_and_the_report_kept(
    day: Community, day_clock: Clock
) -> None:
    ev = day.events
    plan = ev.plan_rounds("night", rounds=3, actor=ORG)
    who = sorted(plan.rounds[0].groups[0].members)[0]
    day_clock.paris(23, 0)  # the rounds ended at 18:40
    before = day.loop.event_report("night", actor=ORG)
    for answer in ("declined", "maybe"):
        with pytest.raises(EventOver) as refused:
            ev.rsvp("night", answer, actor=Actor(who))
        assert refused.value.field == "answer" and refused.value.value == answer
        assert "over" in refused.value.detail and refused.value.hint
    assert day.loop.event_report("night", actor=ORG) == before
    assert tuple(ev.rounds("night", actor=ORG)) == tuple(plan.rounds)


def test_before_the_end_the_answer_is_taken(day: Community, day_clock: Clock) -> None:
    ev = day.events
    ev.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(17, 0)
    assert ev.rsvp("night", "declined", actor=Actor("p03")).rsvp == "declined"


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "is over"), ("fr", "Cet événement est terminé\u00a0: votre réponse")],
)
def test_the_page_says_why(day: Community, day_clock: Clock, lang: str, said: str) -> None:
    day.events.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(23, 0)
    client = client_over(day)
    sign_in(client, day.security.create_token("p03"))
    r = post(client, f"/web/events/night/rsvp?lang={lang}", {"answer": "declined"})
    assert r.status_code == 422, r.text  # the answer's field, as when checked in
    assert said in unescape(r.text), r.text
