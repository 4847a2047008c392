"""What a new user's walk through the pages found, through the app (TestClient), in English and
French: each test fails without its fix."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from api.web.letters import letters
from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over
from tests.events_day import DAY, Clock
from tests.support import accounts_community
from tests.ventures import venture
from tests.web.pages import error_for, post, sign_in
from tests.web.test_event_invite_pages import imported


def _member(community: Community, who: str = "ana") -> TestClient:
    client = client_over(community)
    sign_in(client, community.security.create_token(who))
    return client


# ------------------------------------------------------------- collaborations
@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "Write the start date YYYY-MM-DD, from January 1, 1950 to today."),
        ("fr", "Écrivez la date de début AAAA-MM-JJ, du 1er janvier 1950 à aujourd'hui."),
    ],
)
def test_a_collaboration_dated_1900_is_refused_on_the_page(
    community: Community, lang: str, says: str
) -> None:
    """A collaboration started on 1 January 1900 was accepted (a typo for 2000): the form now
    refuses it under its start date, saying from when, in the reader's language."""
    ana = _member(community)
    form = {"partner": "bob", "project": "shop", "started": "1900-01-01", "ended": ""}
    r = post(ana, f"/web/collaborations?lang={lang}", form | {"rating": "", "note": ""})
    assert r.status_code == 422
    assert unescape(error_for(r.text, "f-started")) == says
    assert community.trust.collaborations("ana", actor=Actor("ana")) == []


# -------------------------------------------------------------------- ventures
@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "from the venture's start on"),
        ("fr", "à partir du début du projet"),
    ],
)
def test_a_salary_dated_before_the_venture_started_is_refused_on_the_page(
    community: Community, lang: str, says: str
) -> None:
    """A salary "from 1900" was recorded in a venture started in 2023: entries before the
    start were refused, salaries were not. The rates form now refuses it under its date."""
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    ana = _member(community)
    form = {"member": "bob", "effective": "1900-01-01", "salary": "60000", "paid_salary": ""}
    r = post(ana, f"/web/ventures/acme/rates?lang={lang}", form)
    assert r.status_code == 422
    assert says in unescape(error_for(r.text, "r-effective"))
    assert community.equity.store.member_rates("acme") == ()


# ---------------------------------------------------------------------- events
@pytest.fixture
def c() -> Community:
    """The event ``night`` organised by ``org`` (tests/web/test_event_invite_pages.py)."""
    clock = Clock(dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC))
    c = accounts_community(clock=clock, compose=letters("http://t"))
    c.profiles.import_profiles([{"id": "org", "name": "Olga", "offers": "e", "needs": "p"}])
    c.events.create_event("night", "Founders night", actor=Actor("org"), details=DAY)
    return c


@pytest.fixture
def org(c: Community) -> TestClient:
    return _member(c, "org")


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "No e-mail address to send it to: give them the invitation link."),
        ("fr", "Pas d'adresse e\u2011mail où l'envoyer\u00a0: donnez-lui le lien d'invitation."),
    ],
)
def test_the_organiser_page_offers_no_send_to_an_attendee_without_an_address(
    c: Community, org: TestClient, lang: str, says: str
) -> None:
    """The attendees' list offered "Send" for an imported attendee without an e-mail address;
    clicking it answered 422. It now offers no button for them and says why."""
    imported(org, lang)
    ids = {a.profile_id.split("-")[0]: a.profile_id for a in c.events.events.attendees("night")}
    page = org.get(f"/web/events/night?lang={lang}").text
    assert f"/attendees/{ids['ida']}/invitation" not in page
    assert f"/attendees/{ids['bob']}/invitation" in page  # who has one keeps the button
    rows = [unescape(r) for r in page.split("<tr") if '<th scope="row">' in r]
    assert [says in r for r in rows if "Ida Nomail" in r] == [True]
    assert [says in r for r in rows if "Bob Smith" in r] == [False]


def test_a_refusal_in_english_names_the_attendee_once(c: Community, org: TestClient) -> None:
    """The refusal to e-mail an attendee without an address read "'ida-nomail-…' has no
    e-mail address (got 'ida-nomail-…')": the id once now."""
    imported(org, "en")
    ida = next(a.profile_id for a in c.events.events.attendees("night") if "ida" in a.profile_id)
    r = post(org, f"/web/events/night/attendees/{ida}/invitation?lang=en")
    assert r.status_code == 422
    said = re.findall(r'<p class="error"[^>]*>([^<]*)<', unescape(r.text))
    assert said and unescape(" ".join(said)).count(ida) == 1, said


# ---------------------------------------------------------------------- the icon
@pytest.mark.parametrize("path", ["/web", "/web/signin", "/web/ventures", "/web/no-such-page"])
def test_every_page_has_an_icon_that_answers(community: Community, path: str) -> None:
    """Every page asked for /favicon.ico and got a 404 (a line in the logs, an error in the
    browser's console): the pages link a small SVG icon, and /favicon.ico answers it too."""
    ana = _member(community)
    page = ana.get(f"{path}?lang=fr").text
    found = re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', page)
    assert found, page[:400]
    for where in (found.group(1), "/favicon.ico"):
        r = ana.get(where)
        assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
        assert r.text.startswith("<svg") and len(r.content) < 1024


# --------------------------------------------------------------- a venture's end
@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "Write the end date YYYY-MM-DD: not before the venture's start"),
        ("fr", "Écrivez la date de fin AAAA-MM-JJ\u00a0: pas avant le début du projet"),
    ],
)
@pytest.mark.parametrize("day", ["", "hier", "1900-01-01", "2999-01-01"])
def test_the_end_form_names_its_date_as_the_page_labels_it(
    community: Community, lang: str, says: str, day: str
) -> None:
    """A missing or bad date on the form ending a venture said "on must be a date YYYY-MM-DD,
    got ''" (or "on 1900-01-01 is before venture 'acme' started") in English: "on" is the
    service's name of the field, which the page labels "Ended on". It now says the end date,
    in English as in French, under the form's date."""
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    ana = _member(community)
    r = post(ana, f"/web/ventures/acme/end?lang={lang}", {"ended_on": day})
    assert r.status_code == 422
    said = unescape(error_for(r.text, "x-on"))
    assert said.startswith(says), said
    assert not said.startswith("on ") and "on must be" not in said


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "entries 1 wait for approval"),
        ("fr", "Des écritures attendent une approbation\u00a0: approuvez-les ou refusez-les"),
    ],
)
def test_the_end_form_says_entries_wait_for_approval(
    community: Community, lang: str, says: str
) -> None:
    """Entries waiting for approval hold the end up: the French form said "This venture has
    already ended" (the end form took every refusal for one of its date)."""
    venture(community.equity, "acme", "ana", "bob", name="Acme", require_approval=True)
    entry = {"member": "bob", "kind": "cash", "on": "2024-01-08", "amount": 10}
    community.equity.post("acme", entry, key="k1", actor=Actor("bob"))
    today = community.equity.today().isoformat()
    r = post(_member(community), f"/web/ventures/acme/end?lang={lang}", {"ended_on": today})
    assert r.status_code == 409
    assert unescape(error_for(r.text, "x-on")).startswith(says)
