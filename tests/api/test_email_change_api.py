"""Changing one's address through the API: ``POST /me/email`` (202, the same answer whoever
holds the address), ``GET /me/email``, ``POST /me/email/confirm``; bad input names the field."""

from __future__ import annotations

import re

from tests.apps import client_over
from tests.support import accounts_community, confirmed_sign_up

PASSWORD = "correct horse battery"


def test_the_api_changes_the_address_once_the_link_is_used() -> None:
    c = accounts_community()
    confirmed_sign_up(c, "Zed", "zed@example.org", PASSWORD)
    confirmed_sign_up(c, "Bob", "bob@example.org", PASSWORD)
    api = client_over(c)
    token = api.post("/accounts/signin", json={"email": "zed@example.org", "password": PASSWORD})
    headers = {"Authorization": f"Bearer {token.json()['token']}"}
    bad = api.post("/me/email", json={"email": "nope"}, headers=headers)
    assert bad.status_code == 422 and bad.json()["field"] == "email"
    # a token (or a session) alone does not move the account: its current password does
    bare = api.post("/me/email", json={"email": "zed@work.example"}, headers=headers)
    assert bare.status_code == 422 and bare.json()["field"] == "password"
    wrong = {"email": "zed@work.example", "password": "not the password"}
    refused = api.post("/me/email", json=wrong, headers=headers)
    assert refused.status_code == 401 and refused.json()["field"] == "password"
    assert "reset link" in refused.json()["hint"]
    own = api.post(
        "/me/email", json={"email": "ZED@example.org", "password": PASSWORD}, headers=headers
    )
    assert own.status_code == 409 and own.json()["field"] == "email"
    taken = api.post(
        "/me/email", json={"email": "bob@example.org", "password": PASSWORD}, headers=headers
    )
    free = api.post(
        "/me/email", json={"email": "zed@work.example", "password": PASSWORD}, headers=headers
    )
    assert (taken.status_code, free.status_code) == (202, 202)
    assert taken.json() == {"email": "zed@example.org", "pending_email": "bob@example.org"}
    assert api.get("/me/email", headers=headers).json()["pending_email"] == "zed@work.example"
    [body] = [m.body for m in c.mail.store.messages() if m.kind == "email_change_link"]
    code = re.search(r"code=(\S+)", body).group(1)  # type: ignore[union-attr]
    done = api.post("/me/email/confirm", json={"code": code}, headers=headers)
    assert done.status_code == 200 and done.json()["email"] == "zed@work.example"
    again = api.post("/me/email/confirm", json={"code": code}, headers=headers)
    assert again.status_code == 401 and again.json()["field"] == "code"
    assert api.get("/me/email", headers=headers).json() == {
        "email": "zed@work.example",
        "pending_email": None,
    }
