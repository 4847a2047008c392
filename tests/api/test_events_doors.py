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

import datetime as dt
from html import unescape
from zoneinfo import ZoneInfo

import pytest

from matcher.access import Actor
from matcher.community import Community
from matcher.errors import NotOpenYet
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
    typed = code[:4].lower() + "-" + code[4:]  # as an organiser types it
    with pytest.raises(NotOpenYet) as refused:
        ev.check_in("night", typed, actor=ORG)
    # the value is what was given; when the doors open is in the message and the hint
    assert (refused.value.field, refused.value.value) == ("code", typed)
    opens = "00:00 on 21 May 2026 (Europe/Paris)"
    assert f"opens at {opens}" in refused.value.detail
    assert f"from {opens}" in (refused.value.hint or "") and "date" in (refused.value.hint or "")
    assert f"(got {typed!r})" in str(refused.value)
    assert refused.value.opens == dt.datetime(2026, 5, 21, tzinfo=ZoneInfo("Europe/Paris"))
    with pytest.raises(NotOpenYet) as refused:
        ev.mark("night", "p01", "checked-in", actor=ORG)
    assert (refused.value.field, refused.value.value) == ("profile", "p01")
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
        assert_error(r, 409, "code", "opens at 00:00 on 21 May 2026 (Europe/Paris)")
        assert r.json()["value"] == code and "00:00 on 21 May 2026" in r.json()["hint"]
    for lang, words in (
        # a page's sentence: capital first
        ("en", "Check-in at event 'night' opens at 00:00 on 21 May 2026 (Europe/Paris)"),
        # the moment as a French reader writes it (Babel), never ISO
        ("fr", "L'enregistrement ouvre le 21 mai 2026 à 00:00 (heure de Paris)"),
    ):
        client = client_over(day)
        sign_in(client, day.security.create_token("p00"))
        page = post(client, f"/web/events/night/checkin?lang={lang}", {"code": code})
        assert page.status_code == 409, page.text[-2000:]
        said = unescape(page.text)
        assert words in said, said[-3000:]
        assert "2026-05-21" not in said
        # marked checked-in from the dashboard: the same refusal, in the same words
        page = post(
            client,
            f"/web/events/night/dashboard?lang={lang}",
            {"profile": "p01", "status": "checked-in", "round": ""},
        )
        assert words in unescape(page.text), page.text[-3000:]


def test_a_check_in_made_by_mistake_is_undone(day: Community, day_clock: Clock) -> None:
    ev = day.events
    day_clock.paris(17, 0)
    ev.mark("night", "p01", "checked-in", actor=ORG)
    undone = ev.mark("night", "p01", "going", actor=ORG).attendee
    assert undone.checked_in_at is None and undone.state == "going"
    assert ev.rsvp("night", "maybe", actor=Actor("p01")).rsvp == "maybe"
