"""A member's and an admin's rough edges on the pages (web17), in English and French: a
message after a form read its words from the address, so anyone could send a member a link
to the real site that said their words in the site's voice; an admin opening the page of
an account without a profile got a bare "not found"."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import quote

import pytest
from fastapi import Request
from fastapi.testclient import TestClient

from api.web.context import Page, get_page
from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over
from tests.support import accounts_community, confirmed_sign_up
from tests.web.pages import browser, post, unsigned

#: What a stranger would like the site to say.
BAIT = "Your account is suspended, write to eve@evil.example"


def _text(html: str) -> str:
    return re.sub(r"[ \t\n]+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


@pytest.fixture
def app(community: Community) -> TestClient:
    return client_over(community)


# ------------------------------------------------------- messages after a form
@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "Bob is on your avoid list."), ("fr", "Bob est sur votre liste.")],
)
def test_a_form_s_message_shows_in_the_browser_that_sent_it(
    app: TestClient, community: Community, lang: str, said: str
) -> None:
    ana = browser(app, community, "ana")
    r = post(ana, f"/web/avoid?lang={lang}", {"other": "bob"})
    assert r.status_code == 303
    assert unsigned(r.headers["location"]) == f"/web/avoid?done=avoid_added&v=Bob&lang={lang}"
    assert "&s=" in r.headers["location"]
    assert said in _text(ana.get(r.headers["location"]).text)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_stranger_s_link_makes_the_site_say_nothing(
    app: TestClient, community: Community, lang: str
) -> None:
    """A link written by hand, a genuine link with its words changed, and a genuine link
    made in the stranger's own browser (their avoid list holds a profile named with the
    bait) all show the member no message at all; the page itself still opens."""
    ana, eve = browser(app, community, "ana"), browser(app, community, "cyd")
    forged = f"/web/avoid?done=avoid_added&v={quote(BAIT)}&lang={lang}"
    r = ana.get(forged)
    assert r.status_code == 200 and "eve@evil.example" not in _text(r.text)
    # a genuine link, its value changed
    genuine = post(eve, "/web/avoid", {"other": "bob"}).headers["location"]
    altered = genuine.replace("v=Bob", f"v={quote(BAIT)}")
    assert altered != genuine and "eve@evil.example" not in _text(ana.get(altered).text)
    # the genuine link itself, in another browser: no message (it was the stranger's)
    page = _text(ana.get(f"{genuine}&lang={lang}").text)
    assert "Bob is on your" not in page and "Bob est sur votre" not in page
    # the stranger's own profile named with the bait, avoided in their own browser
    community.profiles.import_profiles([_profile("bait", BAIT)])
    theirs = post(eve, "/web/avoid", {"other": "bait"}).headers["location"]
    assert "&s=" in theirs and BAIT in _text(eve.get(theirs).text)  # theirs, in their browser
    assert "eve@evil.example" not in _text(ana.get(theirs).text)  # and nowhere else
    # the home page passes a message on only when it is genuine
    r = ana.get(f"/web?done=avoid_added&v={quote(BAIT)}", follow_redirects=False)
    assert r.status_code in (302, 303, 307) and "evil" not in r.headers["location"]


def test_a_message_without_words_of_its_own_needs_no_signature(app: TestClient) -> None:
    """A fixed sentence (nothing from the address in it) shows from a plain link, and a
    value added to it by hand is not shown."""
    for lang, said in (("en", "You are signed out."), ("fr", "Votre session est fermée.")):
        assert said in _text(app.get(f"/web/signin?done=signed_out&lang={lang}").text)
    r = app.get(f"/web/signin?done=signed_out&v={quote(BAIT)}&lang=en")
    shown = _text(r.text)
    assert r.status_code == 200 and "evil" not in shown and "You are signed out." not in shown


def _profile(pid: str, name: str) -> dict[str, object]:
    return {
        "id": pid,
        "name": name,
        "offers": "Sales in retail",
        "needs": "A technical co-founder",
        "languages": ["en"],
    }


# ------------------------------------------------ an account without a profile
@pytest.mark.parametrize(
    ("lang", "said", "title"),
    [
        ("en", "'{id}' has no profile yet", "This could not be done"),
        ("fr", "«\xa0{id}\xa0» a un compte mais pas encore de profil", "Cela n'a pas pu être fait"),
    ],
)
def test_an_admin_is_told_whose_profile_is_missing(lang: str, said: str, title: str) -> None:
    """An admin opening the page of an account that wrote no profile reads whose profile is
    missing (409, NoProfileYet with own=False), in their language, as the API says it; a
    member opening the same page reads "not found", as for an id nobody has (whether an
    account exists is nobody else's business).

    The pages sign nobody in as an admin (a session is a member's, whatever token began it),
    so the admin's page is the real page with its viewer made an admin
    (``dependency_overrides``); the API's answer is a real admin token's."""
    c = accounts_community()
    c.profiles.import_profiles(
        [_profile("root", "Root"), _profile("bob", "Bob"), _profile("cyd", "Cyd")]
    )
    zed = confirmed_sign_up(c, "Zed", "zed@example.org", "a long enough password 1").id
    app = client_over(c)
    member = browser(app, c, "bob")
    r = member.get(f"/web/people/{zed}?lang={lang}")
    assert r.status_code == 404 and "has no profile" not in r.text and "pas encore" not in r.text

    def admin_page(request: Request) -> Page:
        page = get_page(request)
        page.actor = Actor("root", role="admin")
        return page

    admin = browser(app, c, "root")
    app.app.dependency_overrides[get_page] = admin_page
    r = admin.get(f"/web/people/{zed}?lang={lang}")
    shown = _text(r.text)
    assert r.status_code == 409, (r.status_code, shown[:300])
    assert said.format(id=zed) in shown and title in shown, shown[:600]
    assert "PUT /" not in shown and "you have no profile" not in shown.lower()
    # an id nobody has stays "not found" for the admin too
    assert admin.get(f"/web/people/nobody-here?lang={lang}").status_code == 404
    app.app.dependency_overrides.clear()
    # the API, with a real admin token, says the same
    token = c.security.create_token("root", role="admin")
    r = app.get(f"/people/{zed}", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 409 and r.json()["detail"] == f"{zed!r} has no profile yet", r.json()
    bob = c.security.create_token("bob")
    r = app.get(f"/people/{zed}", headers={"Authorization": f"Bearer {bob}"})
    assert r.status_code == 404 and "has no profile" not in r.text
