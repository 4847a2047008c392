"""``PUT /me/profile``: an account signed up through the API writes its profile through the
API (before, only the profile page could: ``GET /me`` answered 409 naming the page and
``PATCH /profiles/{id}`` 404 for an id with no profile yet). The same use case as the page
(:meth:`~matcher.accounts.AccountService.write_profile`): the same checks, the same errors.

An admin asking about an account with no profile is told whose profile is missing, not
"you have no profile yet"."""

from __future__ import annotations

from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.errors import NoProfileYet
from tests.api.test_accounts_api import signed_up
from tests.apps import client_over
from tests.support import accounts_community
from tests.web.pages import post, sign_in

ANA = {
    "name": "Ana Lopez",
    "offers": "python backend code, data pipelines",
    "needs": "sales, customers, marketing",
    "roles_offered": ["tech"],
    "roles_sought": ["sales"],
    "languages": ["en", "fr"],
}


@pytest.fixture
def c() -> Community:
    c = accounts_community()
    c.profiles.create_profile(
        {
            "id": "bob",
            "name": "Bob",
            "offers": "sales, customers, marketing",
            "needs": "python backend code, data pipelines",
            "roles_offered": "sales",
            "roles_sought": "tech",
        }
    )
    return c


def test_sign_up_write_the_profile_then_get_suggestions(c: Community) -> None:
    api = client_over(c)
    ana = signed_up(api, "Ana", "ana@example.org")
    r = api.get("/me", headers=ana)
    assert r.status_code == 409 and "PUT /me/profile" in r.json()["hint"], r.text

    r = api.put("/me/profile", json=ANA, headers=ana)
    assert r.status_code == 201, r.text
    assert r.headers["location"] == "/profiles/ana"
    body = r.json()
    assert body["id"] == "ana" and body["offers"] == ANA["offers"]
    assert body["email"] == "ana@example.org"  # the confirmed account's address
    assert api.get("/me", headers=ana).json() == body
    assert api.get("/me/profile", headers=ana).json() == body

    r = api.get("/profiles/ana/matches", headers=ana)
    assert r.status_code == 200 and [s["id"] for s in r.json()] == ["bob"], r.text

    # the same body again: the same profile, 200 (idempotent)
    again = api.put("/me/profile", json=ANA, headers=ana)
    assert again.status_code == 200 and again.json() == body, again.text
    # a replacement: what is left out takes its default
    r = api.put(
        "/me/profile", json={"name": "Ana", "offers": "design", "needs": "code"}, headers=ana
    )
    assert r.status_code == 200, r.text
    assert r.json()["roles_offered"] == [] and r.json()["languages"] == ["en"]
    assert c.profiles.store.get_profile("ana").offers == "design"  # type: ignore[union-attr]


def test_a_second_account_cannot_write_the_first_ones(c: Community) -> None:
    api = client_over(c)
    ana = signed_up(api, "Ana", "ana@example.org")
    eve = signed_up(api, "Eve", "eve@example.org")
    assert api.put("/me/profile", json=ANA, headers=ana).status_code == 201
    # /me is always the caller: Eve's PUT writes Eve's profile, never Ana's
    r = api.put("/me/profile", json=ANA | {"name": "Not Ana"}, headers=eve)
    assert r.status_code == 201 and r.json()["id"] == "eve", r.text
    assert c.profiles.store.get_profile("ana").name == "Ana Lopez"  # type: ignore[union-attr]
    # an id in the body is refused by name, not used
    r = api.put("/me/profile", json=ANA | {"id": "ana"}, headers=eve)
    assert r.status_code == 422 and r.json()["field"] == "id", r.text
    r = api.patch("/profiles/ana", json={"name": "Not Ana"}, headers=eve)
    assert r.status_code == 403, r.text
    assert c.profiles.store.get_profile("ana").name == "Ana Lopez"  # type: ignore[union-attr]
    # the domain's rule, whatever the shell
    with pytest.raises(Exception, match="only change your own profile"):
        c.accounts.write_profile("ana", ANA, actor=Actor("eve"))
    r = api.put("/me/profile", json=ANA)
    assert r.status_code == 401, r.text


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ('{"name": "Ana", "offers": "o", "needs": "n", "utc_offset": NaN}', "utc_offset"),
        ('{"name": "Ana", "offers": "o", "needs": "n", "utc_offset": Infinity}', "utc_offset"),
        ('{"name": "Ana", "offers": "o", "needs": "n", "commitment": "always"}', "commitment"),
        ('{"name": "Ana", "offers": "", "needs": "n"}', "offers"),
        ('{"name": "Ana", "needs": "n"}', "offers"),
        ('{"name": "Ana", "offers": "o", "needs": "n", "languages": ["xx"]}', "languages"),
        ('{"name": "Ana", "offers": "o", "needs": "n", "timezone": "Mars/Base"}', "timezone"),
        ('{"name": "Ana", "offers": "o", "needs": "n", "shoe": 42}', "shoe"),
        ("[1, 2]", None),
        ("garbage{", None),
    ],
)
def test_bad_bodies_get_422_naming_the_field(c: Community, body: str, field: str | None) -> None:
    api = client_over(c)
    ana = signed_up(api, "Ana", "ana@example.org")
    r = api.put("/me/profile", content=body, headers=ana | {"Content-Type": "application/json"})
    assert r.status_code == 422, r.text
    if field is not None:
        assert r.json()["field"] == field, r.text
    assert r.json()["hint"], r.text
    assert c.profiles.store.get_profile("ana") is None  # nothing written


def test_bad_bodies_keep_the_profile_there(c: Community) -> None:
    api = client_over(c)
    ana = signed_up(api, "Ana", "ana@example.org")
    first = api.put("/me/profile", json=ANA, headers=ana).json()
    r = api.put("/me/profile", json=ANA | {"languages": []}, headers=ana)
    assert r.status_code == 422 and r.json()["field"] == "languages", r.text
    assert api.get("/me", headers=ana).json() == first


def test_the_openapi_document_describes_the_route(c: Community) -> None:
    doc = client_over(c).get("/openapi.json").json()
    put = doc["paths"]["/me/profile"]["put"]
    assert {"200", "201", "409", "422"} <= set(put["responses"]) or {"200", "201", "422"} <= set(
        put["responses"]
    )
    assert "Location" in put["responses"]["201"]["headers"]
    assert put["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "ProfileWrite"
    )


def test_an_admin_is_told_whose_profile_is_missing(c: Community) -> None:
    api = client_over(c)
    signed_up(api, "Ana", "ana@example.org")
    admin = {"Authorization": f"Bearer {c.security.create_token(None, role='admin')}"}
    r = api.get("/profiles/ana", headers=admin)
    assert r.status_code == 409, r.text
    body = r.json()
    assert body["detail"] == "'ana' has no profile yet", body
    assert "you have" not in r.text and "your profile" not in r.text, body
    assert "only they can write it" in body["hint"], body
    err = c.profiles.missing("ana", ADMIN)
    assert isinstance(err, NoProfileYet) and not err.own
    own = c.profiles.missing("ana", Actor("ana"))
    assert isinstance(own, NoProfileYet) and own.own and own.detail == "you have no profile yet"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_page_creates_the_profile_through_the_same_use_case(c: Community, lang: str) -> None:
    api = client_over(c)
    ana = signed_up(api, "Ana", "ana@example.org")
    browser = TestClient(api.app)
    sign_in(browser, ana["Authorization"].split()[1])
    assert browser.get(f"/web/profile/new?lang={lang}").status_code == 200
    form = {
        "name": "Ana",
        "headline": "",
        "offers": "code",
        "needs": "sales",
        "values": "",
        "roles_offered": "tech",
        "roles_sought": "sales",
        "commitment": "full-time",
        "available_from": "",
        "location": "",
        "timezone": "Europe/Paris",
        "languages": "fr",
        "stage": "idea",
        "visibility": "public",
        "consent": "on",
        "email": "",
        "next": "",
    }
    r = post(browser, f"/web/profile/new?lang={lang}", form)
    assert r.status_code == 201, unescape(r.text)[:2000]
    profile = c.profiles.store.get_profile("ana")
    assert profile is not None and profile.email == "ana@example.org"
    # the API sees it, and replaces it
    assert api.get("/me", headers=ana).json()["offers"] == "code"
    assert api.put("/me/profile", json=ANA, headers=ana).status_code == 200


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "'ana' has no profile yet"),
        ("fr", "«\xa0ana\xa0» a un compte mais pas encore de profil\xa0: seule cette personne"),
    ],
)
def test_a_page_tells_an_admin_whose_profile_is_missing(lang: str, said: str) -> None:
    from api.web.feedback import error_message
    from api.web.i18n import translator

    shown = error_message(NoProfileYet("ana", own=False), translator(lang))
    assert said in shown, shown
    assert "you have" not in shown.lower() and "vous n'avez" not in shown.lower(), shown
    assert "PUT /" not in shown  # the API's route is not a page's advice
