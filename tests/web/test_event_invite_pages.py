"""The pages of an imported attendee's invitation e-mail, in English and French: the import
says who was e-mailed and who has no address, the organiser's list says when and re-sends,
the personal link answers without an account and keeps the imported profile after sign-up,
and a forged or used link says it does not work (never the sign-in page)."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from api.web.letters import letters
from matcher.access import Actor
from matcher.community import Community
from tests.apps import app_over
from tests.events_day import DAY, Clock
from tests.support import accounts_community
from tests.web.pages import csrf, post, sign_in, unsigned

FILE = (
    "nom,courriel,apporte,cherche,langues\n"
    "Zoé Lefèvre,zoe@example.org,développement python,ventes et clients,fr\n"
    "Bob Smith,bob@example.org,sales deals,python code,en\n"
    "Ida Nomail,,design brand,python code,en\n"
).encode()
LINK = re.compile(r"http://testserver(/web/events/night/invited/cf1_[A-Za-z0-9_-]+)")


def text(html: str) -> str:
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC))


@pytest.fixture
def c(clock: Clock) -> Community:
    c = accounts_community(clock=clock, compose=letters("http://testserver"))
    c.profiles.import_profiles(
        [{"id": "org", "name": "Olga Org", "offers": "events", "needs": "people"}]
    )
    c.events.create_event("night", "Founders night", actor=Actor("org"), details=DAY)
    return c


@pytest.fixture
def org(c: Community) -> TestClient:
    client = TestClient(app_over(c))
    sign_in(client, c.security.create_token("org"))
    return client


def imported(org: TestClient, lang: str = "en", body: bytes = FILE, action: str = "import") -> str:
    """The page after the import: the event's page with its message, or the report."""
    org.get(f"/web/events/night?lang={lang}")
    r = org.post(
        "/web/events/night/import",
        data={"csrf": csrf(org), "action": action},
        files={"file": ("inscrits.csv", body, "text/csv")},
        follow_redirects=False,
    )
    if r.status_code == 303:
        assert unsigned(r.headers["location"]).endswith("done=attendees_imported&v=3&w=2#attendees")
        r = org.get(r.headers["location"])
    assert r.status_code == 200
    return text(r.text)


def link_to(c: Community, address: str) -> str:
    [message] = [m for m in c.mail.store.messages() if m.to == address]
    found = LINK.search(message.body)
    assert found is not None
    return found.group(1)


def test_the_import_says_who_was_emailed_in_each_language(c: Community, org: TestClient) -> None:
    page = imported(org, "fr")
    assert "3 inscriptions importées ; invitations envoyées par e\u2011mail : 2." in page
    assert "Donnez le lien d'invitation à qui n'a pas d'adresse e\u2011mail." in page
    zoe = next(m for m in c.mail.store.messages() if m.to == "zoe@example.org")
    bob = next(m for m in c.mail.store.messages() if m.to == "bob@example.org")
    assert zoe.subject == "Une invitation à Founders night"  # her profile's language
    assert "Ce lien est le vôtre" in zoe.body
    assert bob.subject == "You are invited to Founders night" and "This link is yours" in bob.body
    listing = text(org.get("/web/events/night?lang=en").text)
    # lower case after the stacked table's "Invitation e-mail:" (it read "Not sent")
    assert listing.count("yet sent May 1, 2026") == 2, listing
    assert "not sent" in listing and "Not sent" not in listing


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_report_of_the_good_lines_names_who_has_no_address(
    c: Community, org: TestClient, lang: str
) -> None:
    bad = FILE + b"Bad Line,bad@example.org,,python code,en\n"
    page = imported(org, lang, bad, action="good")
    words = {
        "en": ("2 invitations e-mailed", "1 person has no e-mail address"),
        "fr": (
            "2 invitations envoyées par e\u2011mail",
            "1 personne n'a pas d'adresse e\u2011mail",
        ),
    }[lang]
    assert all(w in page for w in words) and "ida-nomail-" in page
    assert {m.to for m in c.mail.store.messages()} == {"zoe@example.org", "bob@example.org"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_organiser_sends_one_invitation_again(
    c: Community, org: TestClient, clock: Clock, lang: str
) -> None:
    imported(org, lang)
    bob = next(a.profile_id for a in c.events.events.attendees("night") if "bob" in a.profile_id)
    first = link_to(c, "bob@example.org")
    r = post(org, f"/web/events/night/attendees/{bob}/invitation")
    assert r.status_code == 429  # a double click e-mails once
    words = {"en": "wait 10 minutes", "fr": "attendez 10 minutes"}[lang]
    assert words in text(r.text)
    clock.at += dt.timedelta(minutes=11)
    r = post(org, f"/web/events/night/attendees/{bob}/invitation")
    assert r.status_code == 303 and "done=invitation_emailed" in r.headers["location"]
    assert len([m for m in c.mail.store.messages() if m.to == "bob@example.org"]) == 2
    assert TestClient(app_over(c)).get(first).status_code == 401  # replaced by the new one
    ida = next(a.profile_id for a in c.events.events.attendees("night") if "ida" in a.profile_id)
    r = post(org, f"/web/events/night/attendees/{ida}/invitation")
    assert r.status_code == 422 and ida in text(r.text)


def test_the_link_answers_then_keeps_the_profile_after_sign_up(
    c: Community, org: TestClient
) -> None:
    imported(org)
    path = link_to(c, "bob@example.org")
    bob = TestClient(app_over(c))  # no account, not signed in
    page = bob.get(path + "?lang=fr")
    assert page.status_code == 200 and "Founders night" in page.text
    assert "Gardez votre profil" in text(page.text)
    r = post(bob, path, {"answer": "going"})
    assert r.status_code == 303 and "done=rsvp_saved" in r.headers["location"]
    assert post(bob, path, {"answer": "sometimes"}).status_code == 422
    r = post(
        bob,
        "/web/signup",
        {
            "name": "Bob S",
            "email": "bob@work.example",
            "password": "correct horse battery",
            "next": path,
        },
    )
    assert r.status_code == 303 and r.headers["location"] == path  # back, not a new profile
    r = post(bob, path + "/claim")
    assert r.status_code == 303 and r.headers["location"].startswith(
        "/web/events/night?done=profile_claimed"
    )
    pid = path.rsplit("/", 1)[1]
    who = next(a for a in c.events.events.attendees("night") if a.rsvp == "going")
    assert c.accounts.store.get(who.profile_id) is not None and pid not in who.profile_id
    assert bob.get("/web/events/night").status_code == 200  # their day, as a member now
    used = TestClient(app_over(c)).get(path)
    assert used.status_code == 401 and "does not work" in text(used.text)


def test_a_forged_link_or_another_events_says_it_does_not_work(
    c: Community, org: TestClient
) -> None:
    imported(org)
    c.events.create_event("day2", "Day two", actor=Actor("org"), details=DAY)
    stranger = TestClient(app_over(c))
    real = link_to(c, "bob@example.org")
    for path in (
        "/web/events/night/invited/cf1_forged",
        real.replace("/night/", "/day2/"),
        real.replace("/night/", "/nowhere/"),
    ):
        r = stranger.get(path + "?lang=fr")
        assert r.status_code == 401 and "Ce lien ne fonctionne pas" in text(r.text)
        assert post(stranger, path, {"answer": "going"}).status_code == 401
    r = post(stranger, real.replace("/night/", "/day2/") + "/claim")
    assert r.status_code in (303, 401)  # signed out: to the sign-in page; nothing claimed
    assert all(
        c.accounts.store.get(a.profile_id) is None
        for a in c.events.events.attendees("night")
        if a.profile_id != "org"
    )


@pytest.mark.parametrize(
    ("lang", "sent", "again"),
    [
        ("en", "sent May 1, 2026 at 11:00\u202fAM", "Send again"),
        ("fr", "envoyé le 1er mai 2026 à 11:00", "Renvoyer"),
    ],
)
def test_the_attendee_list_says_when_an_invitation_was_sent_apart_from_its_button(
    org: TestClient, lang: str, sent: str, again: str
) -> None:
    """The attendee list read "Sent 5/1/26, 11:00 AMSend again" (in French "Envoyé le
    01/05/2026 11:00Renvoyer", "Pas envoyéPas d'adresse…"): a short date that an English
    and a French reader read differently, run into the button or the note after it."""
    imported(org, lang)
    html = unescape(org.get(f"/web/events/night?lang={lang}").text)
    assert sent in html
    assert not re.search(
        r"(?:[Ss]ent|[Ee]nvoyé|[Nn]ot sent|[Pp]as envoyé)[^<]*<(?:form|span)", html
    )
