"""The organiser removes an attendee from the event, and may add them back.

Red team 13 found no way to remove someone: "not coming" was the organiser's only mark, and
the person answered "coming" again through the invitation's link or their page and was
seated again. Now the mark ``removed`` takes them out: they no longer answer (409
``RemovedAttendee``, field ``answer``, by the API, the link and the page, in English and
French; no reason is given), they are out of the rounds not started by the calm re-plan
(only their partners' later meetings change; the meetings they held stay, in the report and
in their partners' feedback), every other mark of them is refused until the organiser adds
them back (mark ``going``: expected again), and their page says they were removed, without
a form to answer.
"""

from __future__ import annotations

import csv
import io
import re
from html import unescape

import pytest

from matcher.access import Actor
from matcher.community import Community
from matcher.errors import RemovedAttendee
from tests.api.test_http import assert_error
from tests.api.test_redteam13_events_privacy import sees
from tests.apps import client_over
from tests.conftest import person
from tests.events_day import ORG, Clock, seats
from tests.web.pages import post, sign_in


def test_a_removed_attendee_leaves_the_rounds_to_come_and_keeps_what_was_held(
    day: Community, day_clock: Clock
) -> None:
    ev = day.events
    ev.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(18, 20)
    before = seats(ev.rounds("night", actor=ORG))
    report = day.loop.event_report("night", actor=ORG)
    done = ev.mark("night", "p01", "removed", actor=ORG)
    assert done.attendee.state == "removed" and not done.attendee.expected
    after = seats(ev.rounds("night", actor=ORG))
    assert after[1] == before[1] and after[2] == before[2]  # rounds started never change
    assert "p01" not in after[3] or after[3]["p01"] == frozenset()
    assert all("p01" not in others for p, others in after[3].items() if p != "p01")
    # only p01's partner of round 3 moves in round 3
    moved = {p for p in after[3] if p != "p01" and after[3][p] != before[3].get(p)}
    assert moved <= set(before[3]["p01"]) | {
        q for p in before[3]["p01"] for q in after[3].get(p, ())
    }
    assert day.loop.event_report("night", actor=ORG).meetings_held == report.meetings_held
    (partner,) = before[1]["p01"]
    assert "p01" in ev.met_at_tables("night", actor=Actor(partner))
    # they no longer answer: not by their page (rsvp), not by the invitation's link
    with pytest.raises(RemovedAttendee) as refused:
        ev.rsvp("night", "going", actor=Actor("p01"))
    assert refused.value.field == "answer" and "removed you" in refused.value.detail
    assert "organiser" in (refused.value.hint or "")
    with pytest.raises(RemovedAttendee):
        ev.join(ev.invitation("night", actor=ORG), "going", actor=Actor("p01"))
    # nor are they marked or checked in until added back
    with pytest.raises(RemovedAttendee) as refused:
        ev.mark("night", "p01", "absent", actor=ORG)
    assert refused.value.field == "status" and "going" in (refused.value.hint or "")
    code = ev.get_event("night", actor=Actor("p01")).me.code
    with pytest.raises(RemovedAttendee):
        ev.check_in("night", code, actor=ORG)
    assert ev.mark("night", "p01", "removed", actor=ORG).attendee.state == "removed"  # twice
    # added back: expected in round 3 again, and answering as before
    back = ev.mark("night", "p01", "going", actor=ORG).attendee
    assert back.state == "going" and back.removed_at is None
    assert seats(ev.rounds("night", actor=ORG))[3].get("p01")
    assert ev.rsvp("night", "maybe", actor=Actor("p01")).rsvp == "maybe"
    assert day.loop.event_report("night", actor=ORG).meetings_held >= report.meetings_held


def test_removed_before_the_rounds_they_meet_nobody(day: Community) -> None:
    ev = day.events
    ev.plan_rounds("night", rounds=3, actor=ORG)
    ev.mark("night", "p02", "removed", actor=ORG)
    assert all(
        "p02" not in s or not s["p02"] for s in seats(ev.rounds("night", actor=ORG)).values()
    )
    assert ev.my_day("night", actor=Actor("p02")).agenda == () or all(
        not item.meetings for item in ev.my_day("night", actor=Actor("p02")).agenda
    )


def test_the_api_removes_and_refuses_the_answer(day: Community) -> None:
    client = client_over(day)
    org = {"Authorization": f"Bearer {day.security.create_token('p00')}"}
    p03 = {"Authorization": f"Bearer {day.security.create_token('p03')}"}
    r = client.put("/events/night/attendees/p03/status", json={"status": "removed"}, headers=org)
    assert r.status_code == 200, r.text
    r = client.put("/events/night/rsvp", json={"answer": "going"}, headers=p03)
    assert_error(r, 409, "answer", "removed you")
    r = client.put("/events/night/attendees/p03/status", json={"status": "going"}, headers=org)
    assert r.status_code == 200, r.text
    r = client.put("/events/night/rsvp", json={"answer": "going"}, headers=p03)
    assert r.status_code == 200, r.text


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "The organiser removed you from this event: your answer no longer changes."),
        ("fr", "L'organisation vous a retiré de cet événement"),
    ],
)
def test_the_removed_persons_page_says_so(day: Community, lang: str, said: str) -> None:
    day.events.mark("night", "p04", "removed", actor=ORG)
    client = client_over(day)
    sign_in(client, day.security.create_token("p04"))
    page = unescape(client.get(f"/web/events/night?lang={lang}").text)
    assert said in page and 'action="/web/events/night/rsvp' not in page
    code = day.events.invitation("night", actor=ORG)
    page = unescape(client.get(f"/web/invitations/{code}?lang={lang}").text)
    assert said in page and f'action="/web/invitations/{code}' not in page
    r = post(client, f"/web/events/night/rsvp?lang={lang}", {"answer": "going"})
    assert r.status_code in (409, 422) and said in unescape(r.text), r.text[-2000:]
    assert day.events.get_event("night", actor=Actor("p04")).me.state == "removed"


def test_the_organisers_dashboard_offers_removal(day: Community) -> None:
    client = client_over(day)
    sign_in(client, day.security.create_token("p00"))
    page = unescape(client.get("/web/events/night/dashboard?lang=fr").text)
    assert 'value="removed"' in page and "retirer de l'événement" in page
    r = post(
        client, "/web/events/night/dashboard", {"profile": "p05", "status": "removed", "round": ""}
    )
    assert r.status_code in (200, 303), r.text[-2000:]
    assert day.events.get_event("night", actor=Actor("p05")).me.state == "removed"


def test_a_removed_attendee_no_longer_sees_the_event_only_attendees(day: Community) -> None:
    """Removed, mal no longer saw Zoe's event-only profile through the event (nor Zoe mal's
    membership there): removal ends what attending showed; a meeting held would still show it."""
    (line,) = day.events.import_csv("night", FILE, actor=ORG).lines
    zoe = line.id
    assert zoe is not None
    day.profiles.import_profiles([person("mal", visibility="members")])
    day.events.join(day.events.invitation("night", actor=ORG), "going", actor=Actor("mal"))
    day.events.mark("night", zoe, "going", actor=ORG)
    assert sees(day, "mal", zoe)
    day.events.mark("night", "mal", "removed", actor=ORG)
    assert not sees(day, "mal", zoe)
    assert sees(day, "p00", zoe)  # the organiser still does
    day.events.mark("night", "mal", "going", actor=ORG)  # added back
    assert sees(day, "mal", zoe)


FILE = "name,email,offers,needs\nZoe Secret,zoe@example.org,python code,sales deals\n"


def test_the_report_counts_the_removed_apart_from_the_absent(
    day: Community, day_clock: Clock
) -> None:
    """The report's "Absent or left early" left out whoever the organiser removed, and no
    line counted them: ten invited, one absent, and two people nowhere. Now "Removed by the
    organiser" counts them, apart (one who came before being removed also counts as come),
    in the JSON, the CSV (API, page in English and French) and the printed page alike."""
    ev = day.events
    ev.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(17, 0)
    for p in ("p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08"):
        ev.mark("night", p, "checked-in", actor=ORG)
    ev.mark("night", "p09", "absent", actor=ORG)  # never came
    ev.mark("night", "p10", "removed", actor=ORG)  # removed before coming
    day_clock.paris(18, 20)
    ev.mark("night", "p08", "left", actor=ORG)  # came, left early
    ev.mark("night", "p01", "removed", actor=ORG)  # came, then removed
    report = day.loop.event_report("night", actor=ORG)
    assert (report.attendees, report.came, report.absent, report.removed) == (10, 8, 2, 2)
    # the same people as the organiser's dashboard counts by state
    board = ev.dashboard("night", actor=ORG).by_state
    assert report.absent == len(board["absent"]) + len(board["left"])
    assert report.removed == len(board["removed"]) and set(board["removed"]) == {"p01", "p10"}
    client = client_over(day)
    org = {"Authorization": f"Bearer {day.security.create_token('p00')}"}
    body = client.get("/events/night/report", headers=org).json()
    assert (body["absent"], body["removed"]) == (2, 2)
    rows = {
        r[0]: r[1:]
        for r in csv.reader(
            io.StringIO(client.get("/events/night/report?format=csv", headers=org).text)
        )
    }
    assert rows["absent"] == ["Absent or left early", "2"]
    assert rows["removed"] == ["Removed by the organiser", "2"]
    assert (
        "Removed by the organiser"
        in client.get("/events/night/report?format=html", headers=org).text
    )
    sign_in(client, day.security.create_token("p00"))
    for lang, words in (("en", "Removed by the organiser"), ("fr", "Retraits par l'organisation")):
        page = unescape(client.get(f"/web/events/night/report?lang={lang}").text)
        assert re.search(rf"{re.escape(words)}</t[dh]>\s*<td[^>]*>2<", page), page[-3000:]
        sheet = client.get(f"/web/events/night/report.csv?lang={lang}").text
        assert f"removed;{words};2" in sheet or f"removed,{words},2" in sheet, sheet
