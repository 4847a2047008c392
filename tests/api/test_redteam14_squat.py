"""An anonymous ``POST /profiles`` cannot take the id of an account that has no profile yet.

A member signs up (an account, id ``bob``) and has not made their profile yet. Anyone could
then ``POST /profiles`` with ``"id": "bob"``: the profile was made under the account's id,
and the token it returned acted as bob: it read bob's account (his e-mail address), inbox,
tokens and export, and could erase him. The id is now taken by the account (409, as for a
profile's id); bob makes his own profile, and no stranger's token acts as him.
"""

from __future__ import annotations

from fastapi.testclient import TestClient

from matcher.community import Community
from tests.api.test_accounts_api import signed_up
from tests.apps import client_over
from tests.support import accounts_community


def test_an_anonymous_sign_up_cannot_take_an_accounts_id() -> None:
    c: Community = accounts_community()
    api: TestClient = client_over(c)
    bob = signed_up(api, "Bob", "bob@example.org")

    r = api.post("/profiles", json={"id": "bob", "name": "Bob", "offers": "o", "needs": "n"})
    assert r.status_code == 409, r.text
    body = r.json()
    assert body["field"] == "id" and body["value"] == "bob" and body["hint"]
    assert "token" not in body
    assert c.profiles.store.get_profile("bob") is None
    assert [t.label for t in c.security.store.listed("bob")] == ["sign-in"]

    # bob is untouched and still makes his own profile; a free id still signs up
    assert api.get("/me/account", headers=bob).json()["email"] == "bob@example.org"
    assert api.get("/me", headers=bob).status_code == 409  # no profile yet: write it
    c.profiles.create_profile({"id": "bob", "name": "Bob", "offers": "o", "needs": "n"})
    assert api.get("/me", headers=bob).json()["name"] == "Bob"
    r = api.post("/profiles", json={"id": "eve", "name": "Eve", "offers": "o", "needs": "n"})
    assert r.status_code == 201, r.text


def test_a_member_without_a_profile_cannot_ask_for_an_introduction() -> None:
    """Red team 14: a member who signed up and wrote no profile asked bob for an
    introduction (201); bob saw a request from someone whose page answers 404, and accepting
    it would have given his contact details to a blank. 409 on ``requester``, nothing sent;
    once the profile is written, the same request goes."""
    c: Community = accounts_community()
    api: TestClient = client_over(c)
    c.profiles.create_profile({"id": "bob", "name": "Bob", "offers": "o", "needs": "n"})
    ana = signed_up(api, "Ana", "ana@example.org")
    r = api.post("/me/introductions", json={"target": "bob", "message": "hi"}, headers=ana)
    assert r.status_code == 409, r.text
    body = r.json()
    assert body["field"] == "profile" and body["value"] == "ana"
    assert "profile first" in body["hint"]
    assert c.trust.store.introductions("bob") == []
    c.profiles.create_profile({"id": "ana", "name": "Ana", "offers": "o", "needs": "n"})
    r = api.post("/me/introductions", json={"target": "bob", "message": "hi"}, headers=ana)
    assert r.status_code == 201, r.text
