"""Check-in opens on the event's day, and an organiser undoes a check-in made by mistake.

Red team 13 found that an organiser trying the scanner on 1 May, three weeks before the
event of 21 May, checked the attendee in: their answer was locked until the day ("you are
checked in") and, nobody else checking in, the report said "came 1, meetings 0". Now a
check-in opens at 00:00 on the event's day in its time zone (and still closes when its last
round ends): before, it is refused (409, field ``code``) naming when it opens and the fix,
on the API, the command line and the page, in English and French; finding a badge (what
a scanner test needs) still works. A check-in made by mistake is undone by marking the
attendee "going" again (expected again), after which they answer as before.
"""

from __future__ import annotations

from html import unescape

import pytest

from matcher.access import Actor
from matcher.community import Community
from matcher.errors import Conflict
from tests.api.test_http import assert_error
from tests.apps import client_over
from tests.events_day import ORG, Clock
from tests.web.pages import post, sign_in


def test_a_check_in_weeks_ahead_is_refused_naming_when_doors_open(
    day: Community, day_clock: Clock
) -> None:
    ev = day.events
    code = ev.get_event("night", actor=Actor("p01")).me.code
    assert ev.attendee_by_code("night", code, actor=ORG).profile_id == "p01"  # the scanner finds
    with pytest.raises(Conflict) as refused:
        ev.check_in("night", code, actor=ORG)
    assert refused.value.field == "code"
    assert "2026-05-21 at 00:00" in refused.value.detail and "Europe/Paris" in refused.value.detail
    assert "date" in (refused.value.hint or "")
    with pytest.raises(Conflict):
        ev.mark("night", "p01", "checked-in", actor=ORG)
    me = ev.get_event("night", actor=Actor("p01")).me
    assert me.checked_in_at is None
    assert ev.rsvp("night", "declined", actor=Actor("p01")).rsvp == "declined"
    # on the day, from midnight at the venue, doors are open
    day_clock.paris(0, 0)
    assert ev.check_in("night", code, actor=ORG).attendee.state == "checked-in"


def test_the_api_and_the_page_say_when_check_in_opens(day: Community) -> None:
    code = day.events.get_event("night", actor=Actor("p01")).me.code
    with client_over(day) as client:
        token = day.security.create_token("p00")  # the organiser
        r = client.post(
            "/events/night/checkin",
            json={"code": code},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert_error(r, 409, "code", "2026-05-21 at 00:00")
    for lang, words in (
        ("en", "Check-in at event 'night' opens"),  # a page's sentence: capital first
        ("fr", "L'enregistrement ouvre"),
    ):
        client = client_over(day)
        sign_in(client, day.security.create_token("p00"))
        page = post(client, f"/web/events/night/checkin?lang={lang}", {"code": code})
        assert page.status_code == 409, page.text[-2000:]
        assert words in unescape(page.text), page.text[-3000:]


def test_a_check_in_made_by_mistake_is_undone(day: Community, day_clock: Clock) -> None:
    ev = day.events
    day_clock.paris(17, 0)
    ev.mark("night", "p01", "checked-in", actor=ORG)
    undone = ev.mark("night", "p01", "going", actor=ORG).attendee
    assert undone.checked_in_at is None and undone.state == "going"
    assert ev.rsvp("night", "maybe", actor=Actor("p01")).rsvp == "maybe"
