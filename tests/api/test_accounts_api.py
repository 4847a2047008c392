"""Accounts, tokens and the inbox through the HTTP API, and what an attacker tries: account
enumeration, a revoked token, another member's inbox, reused links."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from matcher.errors import NotAuthenticated
from tests.apps import client_over
from tests.support import accounts_community, confirm_code

PASSWORD = "correct horse battery"


@pytest.fixture
def c() -> Community:
    return accounts_community()


@pytest.fixture
def api(c: Community) -> TestClient:
    return client_over(c)


def signed_up(api: TestClient, name: str, email: str) -> dict[str, str]:
    """Sign up, sign in for a token, confirm the address with the e-mailed link; the bearer
    header."""
    r = api.post("/accounts", json={"name": name, "email": email, "password": PASSWORD})
    assert r.status_code == 201, r.text
    member = r.json()["id"]
    r = api.post("/accounts/signin", json={"email": email, "password": PASSWORD})
    assert r.status_code == 201, r.text
    headers = {"Authorization": f"Bearer {r.json()['token']}"}
    code = confirm_code(api.app.state.community, member)  # type: ignore[attr-defined]
    r = api.post("/me/confirm", json={"code": code}, headers=headers)
    assert r.status_code == 200 and r.json()["confirmed"], r.text
    return headers


def with_profile(api: TestClient, headers: dict[str, str], c: Community) -> str:
    member = api.get("/me/account", headers=headers).json()["id"]
    c.profiles.import_profiles([{"id": member, "name": member, "offers": "o", "needs": "n"}])
    return str(member)


def test_sign_up_sign_in_and_my_account(api: TestClient) -> None:
    r = api.post(
        "/accounts",
        json={"name": "Zoé Martin", "email": "Zoe@Example.org", "password": PASSWORD, "lang": "fr"},
    )
    assert r.status_code == 201
    assert r.json() | {"created_at": None} == {
        "id": "zoe-martin",
        "email": "Zoe@example.org",
        "name": "Zoé Martin",
        "lang": "fr",
        "created_at": None,
        "confirmed": False,
    }
    r = api.post("/accounts", json={"name": "Z", "email": "z2@example.org", "password": "short"})
    assert r.status_code == 422 and r.json()["field"] == "password"
    r = api.post("/accounts/signin", json={"email": "zoe@example.org", "password": PASSWORD})
    token = r.json()["token"]
    me = api.get("/me/account", headers={"Authorization": f"Bearer {token}"}).json()
    assert me["id"] == "zoe-martin" and "password" not in repr(me)
    # the address has an account already: the same answer (tests/api/test_email_confirmation.py)
    r = api.post("/accounts", json={"name": "Z", "email": "zoe@example.org", "password": PASSWORD})
    assert r.status_code == 201 and r.json()["confirmed"] is False


def test_no_answer_tells_whether_an_address_has_an_account(api: TestClient) -> None:
    signed_up(api, "Ana", "ana@example.org")
    wrong = api.post("/accounts/signin", json={"email": "ana@example.org", "password": "x" * 12})
    unknown = api.post("/accounts/signin", json={"email": "no@example.org", "password": "x" * 12})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    for purpose in ("signin", "reset"):
        known = api.post("/accounts/link", json={"email": "ana@example.org", "purpose": purpose})
        other = api.post("/accounts/link", json={"email": "no@example.org", "purpose": purpose})
        assert known.status_code == other.status_code == 202 and known.json() == other.json()


def test_a_revoked_token_is_refused_at_once(api: TestClient, c: Community) -> None:
    ana = signed_up(api, "Ana", "ana@example.org")
    with_profile(api, ana, c)
    r = api.post("/me/tokens", json={"label": "script", "password": PASSWORD}, headers=ana)
    assert r.status_code == 201
    script = {"Authorization": f"Bearer {r.json()['token']}"}
    listed = api.get("/me/tokens", headers=ana).json()
    assert sorted(t["label"] for t in listed) == ["script", "sign-in"]
    assert all(r.json()["token"] not in repr(t) for t in listed)
    assert api.get("/me", headers=script).status_code == 200
    [script_id] = [t["id"] for t in listed if t["label"] == "script"]
    assert api.delete(f"/me/tokens/{script_id}", headers=ana).status_code == 204
    r = api.get("/me", headers=script)
    assert r.status_code == 401 and "revoked" in r.json()["detail"]
    assert api.delete(f"/me/tokens/{script_id}", headers=ana).status_code == 404


def test_another_members_tokens_sessions_and_inbox_are_out_of_reach(
    api: TestClient, c: Community
) -> None:
    ana = signed_up(api, "Ana", "ana@example.org")
    bob = signed_up(api, "Bob", "bob@example.org")
    with_profile(api, ana, c)
    with_profile(api, bob, c)
    c.accounts.sign_in("bob@example.org", PASSWORD)  # a browser session of Bob's
    r = api.post("/me/introductions", json={"target": "bob"}, headers=ana)
    assert r.status_code == 201, r.text
    [item] = api.get("/me/inbox", headers=bob).json()
    assert item["kind"] == "intro_request" and item["data"]["who"] == "ana"
    assert api.get("/me/inbox/count", headers=bob).json() == {"unread": 1}
    assert api.get("/me/inbox", headers=ana).json() == []
    assert api.post(f"/me/inbox/{item['id']}/read", headers=ana).status_code == 404
    bob_token = api.get("/me/tokens", headers=bob).json()[0]["id"]
    assert api.delete(f"/me/tokens/{bob_token}", headers=ana).status_code == 404
    bob_session = api.get("/me/sessions", headers=bob).json()[0]["id"]
    assert api.delete(f"/me/sessions/{bob_session}", headers=ana).status_code == 404
    assert api.get("/me/inbox/count", headers=bob).json() == {"unread": 1}
    r = api.post(f"/me/inbox/{item['id']}/read", headers=bob)
    assert r.status_code == 200 and r.json() == {"unread": 0}


def test_email_choices_and_sign_out_everywhere(api: TestClient, c: Community) -> None:
    ana = signed_up(api, "Ana", "ana@example.org")
    r = api.put("/me/notifications/event_invite", json={"email": False}, headers=ana)
    assert r.status_code == 200 and r.json()["email"]["event_invite"] is False
    assert api.get("/me/notifications", headers=ana).json()["email"]["intro_request"] is True
    r = api.put("/me/notifications/spam", json={"email": False}, headers=ana)
    assert r.status_code == 422 and r.json()["field"] == "kind"
    r = api.put("/me/notifications/event_invite", json={"email": 0}, headers=ana)
    assert r.status_code == 422  # a flag is true or false
    _, s1 = c.accounts.sign_in("ana@example.org", PASSWORD)
    _, s2 = c.accounts.sign_in("ana@example.org", PASSWORD)
    assert len(api.get("/me/sessions", headers=ana).json()) == 2
    assert api.post("/me/signout-everywhere", headers=ana).json() == {"sessions_ended": 2}
    assert api.get("/me/sessions", headers=ana).json() == []
    for secret in (s1, s2):
        with pytest.raises(NotAuthenticated):
            c.accounts.authenticate(secret)


def test_a_reset_link_through_the_api_works_once(api: TestClient, c: Community) -> None:
    signed_up(api, "Ana", "ana@example.org")
    api.post("/accounts/link", json={"email": "ana@example.org", "purpose": "reset"})
    [mail] = [m for m in c.mail.store.messages() if m.kind == "reset_link"]
    code = re.search(r"code=(\S+)", mail.body)
    assert code
    r = api.post("/accounts/reset", json={"code": code.group(1), "password": "a new password!"})
    assert r.status_code == 200 and r.json()["member"] == "ana"
    r = api.post("/accounts/reset", json={"code": code.group(1), "password": "another one!!"})
    assert r.status_code == 401 and r.json()["field"] == "code"
    r = api.post(
        "/accounts/signin", json={"email": "ana@example.org", "password": "a new password!"}
    )
    assert r.status_code == 201


def test_sign_in_is_throttled_with_retry_after(api: TestClient) -> None:
    signed_up(api, "Ana", "ana@example.org")
    for _ in range(5):
        api.post("/accounts/signin", json={"email": "ana@example.org", "password": "x" * 12})
    r = api.post("/accounts/signin", json={"email": "ana@example.org", "password": PASSWORD})
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1


def test_unknown_fields_and_non_finite_numbers_are_refused(api: TestClient) -> None:
    r = api.post(
        "/accounts",
        json={"name": "A", "email": "a@example.org", "password": PASSWORD, "is_admin": True},
    )
    assert r.status_code == 422 and r.json()["field"] == "is_admin"
    r = api.post(
        "/accounts/link", content=b'{"email": NaN}', headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 422 and r.json()["field"] == "email"


def test_a_new_token_needs_the_current_password(api: TestClient, c: Community) -> None:
    """A token made with a token and no password: whoever held one bearer token (or sat at
    an unlocked screen) made more, while a change of address asks for the password."""
    ana = signed_up(api, "Ana", "ana@example.org")
    with_profile(api, ana, c)
    r = api.post("/me/tokens", json={"label": "script"}, headers=ana)
    assert r.status_code == 422 and r.json()["field"] == "password", r.text
    r = api.post("/me/tokens", json={"label": "script", "password": "x" * 12}, headers=ana)
    assert r.status_code == 401 and r.json()["field"] == "password", r.text
    assert [t["label"] for t in api.get("/me/tokens", headers=ana).json()] == ["sign-in"]
    r = api.post("/me/tokens", json={"label": "script", "password": PASSWORD}, headers=ana)
    assert r.status_code == 201, r.text
