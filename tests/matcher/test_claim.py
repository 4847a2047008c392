"""Claiming a profile made through the API from a web account (by proving its token), and
erasing an account that has no profile: through the domain, the pages and the API."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.accounts import LinkPurpose
from matcher.community import Community
from matcher.errors import Conflict, InvalidInput, NotAllowed, Throttled
from matcher.security import Limit, SecuritySettings
from tests.apps import app_over, client_over
from tests.support import accounts_community, confirm_address
from tests.web.pages import post

PASSWORD = "correct horse battery"


@pytest.fixture
def c() -> Community:
    c = accounts_community(security=SecuritySettings(auth_failure=Limit(per_minute=1, burst=3)))
    c.profiles.import_profiles([{"id": "zoe", "name": "Zoé", "offers": "design", "needs": "code"}])
    return c


def test_an_account_claims_an_api_profile_by_its_token(c: Community) -> None:
    api_token = c.security.create_token("zoe", label="script")  # made by a script
    account = c.accounts.sign_up("Zoé Martin", "zoe@example.org", PASSWORD)
    assert account.id == "zoe-martin"
    _, session = c.accounts.sign_in("zoe@example.org", PASSWORD)
    c.inbox.choose_email(account.id, "digest", False, actor=Actor(account.id))
    c.accounts.request_link("zoe@example.org", LinkPurpose.SIGNIN)
    claimed = c.accounts.claim(account.id, api_token, actor=Actor(account.id))
    assert claimed.id == "zoe" and claimed.email == "zoe@example.org"
    assert c.accounts.store.get("zoe-martin") is None
    assert c.accounts.authenticate(session) == Actor("zoe")  # the same browser, now Zoé's
    assert not c.inbox.email_choices("zoe", actor=Actor("zoe"))["digest"]  # type: ignore[index]
    assert {m.member_id for m in c.mail.store.messages()} == {"zoe"}
    assert c.accounts.sign_in("zoe@example.org", PASSWORD)[0].id == "zoe"
    assert c.privacy.rows.references("zoe-martin", c.privacy.columns) == {}


def test_a_claim_needs_a_members_valid_token_and_is_throttled(c: Community) -> None:
    account = c.accounts.sign_up("Zed", "zed@example.org", PASSWORD)
    me = Actor(account.id)
    for bad in ("nonsense", "cf_" + "0" * 40):
        with pytest.raises(InvalidInput, match="token is unknown") as refused:
            c.accounts.claim(account.id, bad, actor=me, client="10.0.0.9")
        assert refused.value.field == "token"
    with pytest.raises(InvalidInput):
        c.accounts.claim(
            account.id, c.security.create_token(None, role="admin"), actor=me, client="10.0.0.9"
        )
    with pytest.raises(Throttled):  # a fourth try from that address waits
        c.accounts.claim(account.id, c.security.create_token("zoe"), actor=me, client="10.0.0.9")
    with pytest.raises(NotAllowed):  # only for one's own account
        c.accounts.claim(account.id, c.security.create_token("zoe"), actor=Actor("zoe"))


def test_a_profile_with_an_account_or_an_account_with_a_profile_cannot_claim(c: Community) -> None:
    token = c.security.create_token("zoe")
    first = c.accounts.sign_up("Ann", "ann@example.org", PASSWORD)
    c.accounts.claim(first.id, token, actor=Actor(first.id))
    second = c.accounts.sign_up("Bea", "bea@example.org", PASSWORD)
    with pytest.raises(Conflict, match="already has an account"):
        c.accounts.claim(second.id, token, actor=Actor(second.id))
    c.profiles.import_profiles([{"id": second.id, "name": "Bea", "offers": "o", "needs": "n"}])
    with pytest.raises(Conflict, match="already has a profile"):
        c.accounts.claim(second.id, token, actor=Actor(second.id))


def test_erasing_an_account_without_a_profile_removes_it_all(c: Community) -> None:
    # confirmed, so that a reset link is sent (an account's links; a confirmation code is
    # the address's, in address_codes)
    account = confirm_address(c, c.accounts.sign_up("Zed", "zed@example.org", PASSWORD).id)
    me = Actor(account.id)
    c.accounts.sign_in("zed@example.org", PASSWORD)
    token = c.security.own_token(account.id, label="x", actor=me)
    c.accounts.request_link("zed@example.org", LinkPurpose.RESET)
    c.accounts.invite(account.id, actor=me)
    report = c.privacy.erase(account.id, actor=me)
    assert {"accounts", "sessions", "tokens", "outbox", "account_links", "invitations"} <= set(
        report.rows
    )
    assert c.privacy.rows.references(account.id, c.privacy.columns) == {}
    assert c.accounts.store.by_email("zed@example.org") is None
    with pytest.raises(Exception, match="unknown or revoked"):
        c.security.authenticate(token)
    # the address is free again; the id never is (tests/api/test_erased_ids.py)
    assert c.accounts.sign_up("Zed", "zed@example.org", PASSWORD).id == "zed-2"


def test_the_pages_claim_and_erase(c: Community) -> None:
    app = app_over(c)
    web = TestClient(app)
    r = post(
        web, "/web/signup", {"name": "Zoé M", "email": "zoe@example.org", "password": PASSWORD}
    )
    assert r.status_code == 303
    page = web.get("/web/account").text
    assert 'action="/web/account/claim"' in page and 'action="/web/account/erase"' in page
    r = post(web, "/web/account/claim", {"token": "nonsense"})
    assert r.status_code == 422 and "token" in unescape(r.text).lower()
    r = post(web, "/web/account/claim", {"token": c.security.create_token("zoe")})
    assert r.status_code == 303 and r.headers["location"].startswith("/web/profile")
    assert c.accounts.store.get("zoe").email == "zoe@example.org"  # type: ignore[union-attr]
    assert 'action="/web/account/claim"' not in web.get("/web/account").text
    assert post(web, "/web/account/erase", {}).status_code == 422  # the box not ticked
    assert post(web, "/web/account/erase", {"confirm": "yes"}).status_code == 422  # no password
    r = post(web, "/web/account/erase", {"confirm": "yes", "erase_password": PASSWORD})
    assert r.status_code == 303 and r.headers["location"].startswith("/web")
    assert c.accounts.store.by_email("zoe@example.org") is None
    assert c.profiles.store.get_profile("zoe") is None
    assert web.get("/web/account", follow_redirects=False).status_code == 303  # signed out


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_forged_claim_is_refused_with_its_reason_and_the_fix(c: Community, lang: str) -> None:
    """The claim form is not shown to an account that has a profile; a claim posted anyway
    answers 409 with a sentence saying what is wrong and what to do, in the reader's words."""
    web = client_over(c)
    post(web, "/web/signup", {"name": "Zoé M", "email": "zoe@example.org", "password": PASSWORD})
    assert (
        post(web, "/web/account/claim", {"token": c.security.create_token("zoe")}).status_code
        == 303
    )
    c.profiles.import_profiles([{"id": "bob", "name": "Bob", "offers": "o", "needs": "n"}])
    web.get(f"/web/account?lang={lang}")
    r = post(web, "/web/account/claim", {"token": c.security.create_token("bob")})
    assert r.status_code == 409
    said = re.search(r'<p class="error" role="alert">(.*?)</p>', r.text, re.S)
    assert said is not None, "a refusal without words"
    words = unescape(said.group(1))
    if lang == "en":
        assert words.startswith("account 'zoe' already has a profile")
        assert "erase one of them first" in words
    else:
        assert words == (
            "Votre compte a déjà un profil, et un compte n'en porte qu'un\u00a0: pour en lier"
            " un autre, effacez d'abord ce compte."
        )


def test_the_api_claims_and_erases_an_account_without_a_profile(c: Community) -> None:
    api = client_over(c)
    r = api.post(
        "/accounts", json={"name": "Zed", "email": "zed@example.org", "password": PASSWORD}
    )
    assert r.status_code == 201
    r = api.post("/accounts/signin", json={"email": "zed@example.org", "password": PASSWORD})
    auth = {"Authorization": f"Bearer {r.json()['token']}"}
    assert api.post("/me/claim", json={"token": "x"}, headers=auth).status_code == 422
    r = api.delete("/me", headers=auth)
    assert r.status_code == 200, r.text
    assert api.get("/me/account", headers=auth).status_code == 401
    assert c.accounts.store.by_email("zed@example.org") is None
