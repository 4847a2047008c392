"""A valid ``Idempotency-Key`` is honoured by every POST, never silently ignored.

Retrying ``POST /accounts`` with the same key made two accounts (``bo``, ``bo-2``): the
route took the header without honouring it. Every POST now honours the key (clients send
one with every POST), and the published document lists it on each creating route."""

from __future__ import annotations

import pytest

from matcher.community import Community
from tests.apps import client_over
from tests.support import accounts_community

SIGN_UP = {"name": "Bo", "email": "bo@example.org", "password": "correct horse battery"}


@pytest.fixture
def c() -> Community:
    return accounts_community()


def test_a_sign_up_retried_with_its_key_makes_one_account(c: Community) -> None:
    api = client_over(c)
    key = {"Idempotency-Key": "4f1e-sign-up-bo"}
    first = api.post("/accounts", json=SIGN_UP, headers=key)
    again = api.post("/accounts", json=SIGN_UP, headers=key)
    assert first.status_code == again.status_code == 201, again.text
    assert again.json() == first.json() and first.json()["id"] == "bo"
    assert again.headers["idempotent-replayed"] == "true"
    assert c.accounts.store.get("bo-2") is None


def test_a_post_that_creates_nothing_honours_a_key_too(c: Community) -> None:
    api = client_over(c)
    assert api.post("/accounts", json=SIGN_UP).status_code == 201
    key = {"Idempotency-Key": "9a0b-sign-in"}
    signin = {"email": SIGN_UP["email"], "password": SIGN_UP["password"]}
    first = api.post("/accounts/signin", json=signin, headers=key)
    again = api.post("/accounts/signin", json=signin, headers=key)
    assert first.status_code == again.status_code == 201, again.text
    assert again.json()["token"] == first.json()["token"]  # one token made, not two
    assert again.headers["idempotent-replayed"] == "true"
    assert len(c.security.store.listed("bo")) == 1


def test_every_creating_post_honours_the_key(c: Community) -> None:
    """The published document says so: each POST answering 201 takes the header."""
    paths = client_over(c).get("/openapi.json").json()["paths"]
    creating = {
        p: op
        for p, ops in paths.items()
        if "201" in (op := ops.get("post", {})).get("responses", {})
    }
    assert len(creating) > 15
    missing = [
        p
        for p, op in creating.items()
        if not any(
            q["in"] == "header" and q["name"].lower() == "idempotency-key"
            for q in op.get("parameters", [])
        )
    ]
    assert missing == []
    assert {"/accounts", "/profiles", "/me/introductions", "/me/collaborations"} <= set(creating)
