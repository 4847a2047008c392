"""Changing one's e-mail address on the account page (EN, FR): the form, the pending address,
the link mailed to the new one, the notice and its link back mailed to the old one."""

from __future__ import annotations

from html import unescape

import pytest
from fastapi.testclient import TestClient

from api.web.letters import letters
from matcher.access import Actor
from matcher.accounts import LinkPurpose
from matcher.community import Community
from matcher.security import Limit, SecuritySettings
from tests.apps import app_over
from tests.support import accounts_community
from tests.web.pages import error_for, post
from tests.web.test_account_pages import PASSWORD, join, link_code


@pytest.fixture
def c() -> Community:
    return accounts_community(
        security=SecuritySettings(signup=Limit(per_minute=1, burst=6)),
        compose=letters("http://testserver"),
    )


def test_a_member_changes_their_address_on_the_account_page(c: Community) -> None:
    web = TestClient(app_over(c))  # type: ignore[arg-type]
    ana = join(web, "Ana", "ana@example.org", c)
    r = post(web, "/web/account/address", {"email": "ana@work.example", "password": PASSWORD})
    assert r.status_code == 303 and r.headers["location"].startswith("/web/account")
    page = unescape(web.get(r.headers["location"]).text)
    assert "We sent a link to ana@work.example" in page
    assert "Waiting for ana@work.example" in page and "stays ana@example.org" in page
    code = link_code(c, "ana@work.example", "email_change_link")
    r = web.get(f"/web/account/address/confirm?code={code}", follow_redirects=False)
    assert r.status_code == 303, r.text
    assert "Your e-mail address is now ana@work.example" in unescape(
        web.get(r.headers["location"]).text
    )
    assert c.accounts.store.get(ana).email == "ana@work.example"  # type: ignore[union-attr]
    # the old address's notice carries a link back: a page with a button, then the POST
    back = link_code(c, "ana@example.org", "email_changed")
    other = TestClient(app_over(c))  # type: ignore[arg-type]
    shown = other.get(f"/web/account/address/revert?code={back}&lang=fr")
    assert shown.status_code == 200 and "Reprendre mon compte" in unescape(shown.text)
    assert c.accounts.store.get(ana).email == "ana@work.example"  # type: ignore[union-attr]
    r = post(other, "/web/account/address/revert", {"code": back})
    assert r.status_code == 303 and r.headers["location"].startswith("/web/reset")
    assert c.accounts.store.get(ana).email == "ana@example.org"  # type: ignore[union-attr]
    assert web.get("/web/account", follow_redirects=False).status_code != 200  # signed out


def test_the_address_form_refuses_beside_its_field_in_french(c: Community) -> None:
    web = TestClient(app_over(c))  # type: ignore[arg-type]
    join(web, "Ana", "ana@example.org", c, lang="fr")
    r = post(web, "/web/account/address", {"email": "pas-une-adresse", "password": PASSWORD})
    assert r.status_code == 422
    assert "pas-une-adresse" in unescape(error_for(r.text, "f-new-email"))
    r = post(web, "/web/account/address", {"email": "ANA@example.org", "password": PASSWORD})
    assert r.status_code == 409
    assert "est déjà votre adresse" in unescape(error_for(r.text, "f-new-email"))


def test_a_link_of_another_account_changes_nothing(c: Community) -> None:
    ana_web, bob_web = (TestClient(app_over(c)) for _ in range(2))  # type: ignore[arg-type]
    ana = join(ana_web, "Ana", "ana@example.org", c)
    join(bob_web, "Bob", "bob@example.org", c)
    post(ana_web, "/web/account/address", {"email": "new@example.org", "password": PASSWORD})
    code = link_code(c, "new@example.org", "email_change_link")
    r = bob_web.get(f"/web/account/address/confirm?code={code}")
    assert r.status_code == 400
    assert c.accounts.store.get(ana).email == "ana@example.org"  # type: ignore[union-attr]


def test_too_many_requests_for_one_address_are_told_beside_the_field_in_french(
    c: Community,
) -> None:
    web = TestClient(app_over(c))  # type: ignore[arg-type]
    join(web, "Ana", "ana@example.org", c, lang="fr")
    for _ in range(3):
        post(web, "/web/account/address", {"email": "vic@example.org", "password": PASSWORD})
    r = post(web, "/web/account/address", {"email": "vic@example.org", "password": PASSWORD})
    assert r.status_code == 429
    assert "Trop de liens" in unescape(error_for(r.text, "f-new-email"))


def test_the_address_form_asks_for_the_current_password_in_french(c: Community) -> None:
    web = TestClient(app_over(c))  # type: ignore[arg-type]
    ana = join(web, "Ana", "ana@example.org", c, lang="fr")
    page = web.get("/web/account").text
    assert 'id="f-address-password"' in page and 'autocomplete="current-password"' in page
    r = post(web, "/web/account/address", {"email": "thief@example.org"})
    assert r.status_code == 422
    assert "mot de passe actuel" in unescape(error_for(r.text, "f-address-password"))
    r = post(web, "/web/account/address", {"email": "thief@example.org", "password": "not hers!!"})
    assert r.status_code == 401 and "thief@example.org" in r.text  # the address kept
    assert "not hers!!" not in r.text  # never the password
    assert "réinitialisation" in unescape(error_for(r.text, "f-address-password"))
    assert c.accounts.pending_email(ana, actor=Actor(ana)) is None
    r = post(web, "/web/account/address", {"email": "new@example.org", "password": PASSWORD})
    assert r.status_code == 303


def test_an_account_without_a_password_changes_its_address_soon_after_a_link_sign_in(
    c: Community,
) -> None:
    web = TestClient(app_over(c))  # type: ignore[arg-type]
    ana = join(web, "Ana", "ana@example.org", c)
    with c.db.transaction():
        c.accounts.store.drop_password(ana)
    assert 'id="f-address-password"' not in web.get("/web/account").text
    r = post(web, "/web/account/address", {"email": "new@example.org"})
    assert r.status_code == 403  # its session began at sign-up, with no link
    assert "sign in again with a link" in unescape(error_for(r.text, "f-address-password"))
    c.accounts.request_link("ana@example.org", LinkPurpose.SIGNIN)
    code = link_code(c, "ana@example.org", "signin_link")
    assert post(web, "/web/link/use", {"code": code}).status_code == 303
    r = post(web, "/web/account/address", {"email": "new@example.org"})
    assert r.status_code == 303  # signed in with a link a moment ago
