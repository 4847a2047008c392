"""The sign-up page answers a taken address as a free one; the banner of an unconfirmed
member, its resend button, and the confirmation link opened signed out, as someone else,
and twice (en, fr)."""

from __future__ import annotations

from html import unescape

from fastapi.testclient import TestClient

from api.web.letters import letters
from matcher.community import Community
from tests.apps import app_over
from tests.support import accounts_community, confirm_code, confirmed_sign_up
from tests.web.pages import post

PASSWORD = "correct horse battery"


def _community() -> Community:
    return accounts_community(compose=letters("http://testserver"))


def test_a_taken_address_signs_up_as_a_free_one_and_its_owner_is_told() -> None:
    c = _community()
    confirmed_sign_up(c, "Ana", "ana@example.org", PASSWORD)
    app = app_over(c)
    answers = []
    for name, email in (("Zed", "zed@example.org"), ("Bea", "ana@example.org")):
        client = TestClient(app)  # type: ignore[arg-type]
        r = post(client, "/web/signup", {"name": name, "email": email, "password": PASSWORD})
        page = client.get("/web/profile/new?lang=fr")
        answers.append((r.status_code, r.headers["location"], page.status_code))
        assert 'id="confirm-banner"' in page.text and email in unescape(page.text)
    assert answers[0] == answers[1] == (303, "/web/profile/new", 200)
    [note] = [m for m in c.mail.store.messages() if m.kind == "signup_attempt"]
    assert note.to == "ana@example.org" and "/web/signin" in note.body and "code=" not in note.body


def test_the_link_confirms_only_signed_in_as_its_account_and_once() -> None:
    c = _community()
    app = app_over(c)
    zed = TestClient(app)  # type: ignore[arg-type]
    post(
        zed,
        "/web/signup?lang=fr",
        {"name": "Zed", "email": "zed@example.org", "password": PASSWORD},
    )
    code = confirm_code(c, "zed")
    stranger = TestClient(app)  # type: ignore[arg-type]
    r = stranger.get(f"/web/confirm?code={code}", follow_redirects=False)  # signed out
    assert r.status_code == 303 and r.headers["location"].startswith("/web/signin?next=")
    post(stranger, "/web/signup", {"name": "Eve", "email": "eve@example.org", "password": PASSWORD})
    r = stranger.get(f"/web/confirm?code={code}&lang=en")  # another account's link
    assert r.status_code == 400 and "not valid for this account" in unescape(r.text)
    r = post(zed, "/web/confirm/resend", {"next": "/web/profile/new"})
    assert r.status_code == 303 and "done=confirm_sent" in r.headers["location"]
    assert "Un nouveau lien de confirmation" in unescape(zed.get(r.headers["location"]).text)
    assert confirm_code(c, "zed") != code
    # the first link still works: a newer one replaces none (a stranger asking for more
    # would otherwise take the owner's away; see test_email_confirmation)
    r = zed.get(f"/web/confirm?code={code}")
    assert r.status_code == 200 and "zed@example.org est confirmée" in unescape(r.text)
    assert 'id="confirm-banner"' not in r.text
    r = zed.get(f"/web/confirm?code={code}")  # a replay
    assert r.status_code == 400 and "a déjà servi" in unescape(r.text)
