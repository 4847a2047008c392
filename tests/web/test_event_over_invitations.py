"""An event that has ended invites nobody: adding attendees, importing an attendee file and
e-mailing an invitation again are refused (409, naming the event's date and the fix) by the
service, the API, the CLI and the pages (English and French)."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app as cli
from api.web.i18n import translator
from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.community import Community
from matcher.errors import EventOver
from tests.apps import client_over
from tests.conftest import SYNONYMS
from tests.events_day import DAY, ORG, PEOPLE, Clock
from tests.web.pages import post, sign_in

FILE = b"name,email,offers,needs\nZoe,zoe@example.org,python code,sales customers\n"


def _ended(day: Community, day_clock: Clock) -> None:
    day.events.plan_rounds("night", rounds=2, actor=ORG)
    day_clock.paris(18, 0)
    day.events.add_attendees("night", ["p11"], actor=ORG)  # during the event: still possible
    day_clock.paris(23, 0)  # the last round ended at 18:25


def test_the_service_invites_nobody_to_an_event_that_has_ended(
    day: Community, day_clock: Clock
) -> None:
    assert day.events.ended("night", actor=ORG) is None
    _ended(day, day_clock)
    assert f"{day.events.ended('night', actor=ORG):%Y-%m-%d %H:%M}" == "2026-05-21 18:25"
    for invite in (
        lambda: day.events.add_attendees("night", ["p00"], actor=ORG),
        lambda: day.events.import_csv("night", FILE, actor=ORG),
        lambda: day.events.import_csv("night", FILE, actor=ORG, dry_run=True),
        lambda: day.events.resend_invitation("night", "p01", actor=ORG),
    ):
        with pytest.raises(EventOver, match=r"ended on 2026-05-21 at 18:25 \(Europe/Paris\)") as e:
            invite()
        assert e.value.field == "date" and e.value.value == "2026-05-21"
        assert "create a new event" in str(e.value)


def test_an_event_with_no_round_ends_with_its_day(day: Community, day_clock: Clock) -> None:
    day_clock.paris(23, 59)
    day.events.add_attendees("night", ["p11"], actor=ORG)
    day_clock.at = day_clock.at.replace(day=22, hour=1)  # 22 May, 03:00 in Paris
    with pytest.raises(EventOver, match="ended on 2026-05-22 at 00:00"):
        day.events.add_attendees("night", ["p00"], actor=ORG)


def test_the_api_refuses_them_409_naming_the_date(day: Community, day_clock: Clock) -> None:
    _ended(day, day_clock)
    api = client_over(day)
    auth = {"Authorization": f"Bearer {day.security.create_token('p00')}"}
    r = api.post("/events/night/attendees", json={"ids": ["p00"]}, headers=auth)
    assert r.status_code == 409, r.text
    body = r.json()
    assert body["field"] == "date" and body["value"] == "2026-05-21" and "new event" in body["hint"]
    r = api.post(
        "/events/night/attendees/import", content=FILE, headers={**auth, "Content-Type": "text/csv"}
    )
    assert r.status_code == 409 and r.json()["field"] == "date", r.text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_pages_say_so_in_the_readers_language(
    day: Community, day_clock: Clock, lang: str
) -> None:
    _ended(day, day_clock)
    org = client_over(day)
    sign_in(org, day.security.create_token("p00"))
    org.get(f"/web/events/night?lang={lang}")  # the language chosen, as a reader does
    r = post(org, "/web/events/night/attendees", {"ids": "p00"})
    assert r.status_code == 422
    # the form is gone from the page once the event has ended: the refusal takes its place
    said = unescape(re.findall(r'<p class="error" role="alert" id="ended">(.*?)</p>', r.text)[0])
    if lang == "en":
        assert "ended on 2026-05-21" in said and "create a new event" in said
    else:
        assert said == translator("fr").gettext(
            "This event is over: nobody can be invited to it any more. Create a new event for its next edition, or change this event's date if it was moved."
        )
        assert said.startswith("Cet événement est terminé")
    r = post(org, "/web/events/night/attendees/p01/invitation")
    assert r.status_code == 409 and ("ended on" in r.text or "terminé" in r.text)


def test_the_cli_refuses_them_naming_the_date(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    c = Community(db, FakeEncoder(dim=64, synonyms=SYNONYMS))  # today's clock: May 2026 is past
    c.profiles.import_profiles(PEOPLE)
    c.events.create_event("night", "Founders night", actor=ORG, details=DAY)
    c.close()
    r = CliRunner().invoke(cli, ["event", "add", "night", "p01", "--db", db, "--encoder", "fake"])
    assert r.exit_code == 2
    out = " ".join(r.output.split())
    assert "event 'night' ended on 2026-05-22 at 00:00" in out and "2026-05-21" in out
    assert "create a new event" in out


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_organisers_page_offers_no_invitation_once_the_event_has_ended(
    day: Community, day_clock: Clock, lang: str
) -> None:
    """After the event, the organiser's page still offered the attendee file's import, the
    form adding members by id and the buttons that e-mail an invitation, each refused once
    used ("this event is over"): they are gone, and one sentence says why and what to do."""
    day.events.plan_rounds("night", rounds=2, actor=ORG)
    day_clock.paris(18, 0)
    day.events.add_attendees("night", ["p11"], actor=ORG)
    org = client_over(day)
    sign_in(org, day.security.create_token("p00"))
    during = org.get(f"/web/events/night?lang={lang}").text
    no_address = translator(lang).gettext(
        "No e-mail address to send it to: give them the invitation link."
    )
    for form in ("/import", "/attendees"):
        assert f'action="/web/events/night{form}' in during, form
    assert no_address in unescape(during)
    day_clock.paris(23, 0)
    after = org.get(f"/web/events/night?lang={lang}").text
    for form in ("/import", "/attendees"):
        assert f'action="/web/events/night{form}' not in after, form
    assert '/invitation"' not in after and no_address not in unescape(after)
    said = translator(lang).gettext(
        "This event is over: nobody can be invited to it any more. Create a new event for its next edition, or change this event's date if it was moved."
    )
    assert said in unescape(after)
    assert 'action="/web/events/night/status?lang=' in after  # marks stay: who came, who left
    assert 'href="/web/events/night/invite"' in during
    assert 'href="/web/events/night/invite"' not in after


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_invitation_link_lets_nobody_join_once_the_event_has_ended(
    day: Community, day_clock: Clock, lang: str
) -> None:
    """The event's invitation link, opened after the event, still asked "Will you come?"
    and added whoever answered "I'm coming" to an event that was over: the service refuses
    a new attendee (EventOver), and the page says the event is over, with no form."""
    from tests.conftest import person

    code = day.events.invitation("night", actor=ORG)
    _ended(day, day_clock)
    day.profiles.import_profiles([{**person("zed"), "visibility": "public"}])
    zed = Actor("zed")
    with pytest.raises(EventOver, match="joining with the invitation link"):
        day.events.join(code, "going", actor=zed)
    assert day.events.invited_to(code, actor=zed).ended
    browser = client_over(day)
    sign_in(browser, day.security.create_token("zed"))
    page = unescape(browser.get(f"/web/invitations/{code}?lang={lang}").text)
    over = translator(lang).gettext("This event is over: it takes no new answer.")
    assert over in page and f'action="/web/invitations/{code}' not in page
    r = post(browser, f"/web/invitations/{code}?lang={lang}", {"answer": "going"})
    assert r.status_code == 409 and over in unescape(r.text)
    assert day.events.invited_to(code, actor=zed).me is None
