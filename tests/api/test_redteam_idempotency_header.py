"""An ``Idempotency-Key`` that cannot be a key (control characters, spaces, non-ASCII, over
200 characters) is refused on every route, naming the header, its value escaped and the fix.
It was accepted by the routes that do not take the header (a sign-up, the ledger's entries,
whose key had no rule of characters): the client believed its retries safe."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.community import Community
from tests.apps import client_over
from tests.support import accounts_community
from tests.ventures import create

SIGN_UP = {"name": "Bo", "email": "bo@example.org", "password": "correct horse battery"}


@pytest.fixture
def c() -> Community:
    return accounts_community()


@pytest.mark.parametrize(
    ("key", "shown", "problem"),
    [
        (b"a\tb", "a\\tb", "a control character"),
        (b"a\x7fb", "a\\x7fb", "a control character"),
        (b"a\x1b[31mb", "a\\x1b[31mb", "a control character"),
        (b"a b", "a b", "a space"),
        ("clé".encode(), "clé", "a character outside printable ASCII"),
        (b"k" * 201, "k" * 40 + "…", "201 characters"),
    ],
)
def test_a_sign_up_refuses_a_key_that_cannot_be_one(
    c: Community, key: bytes, shown: str, problem: str
) -> None:
    r = client_over(c).post("/accounts", json=SIGN_UP, headers={"Idempotency-Key": key})
    assert r.status_code in (400, 422), r.text
    body = r.json()
    assert body["field"] == "Idempotency-Key"
    assert body["value"] == shown
    assert problem in body["detail"] and body["detail"].startswith("Idempotency-Key")
    assert "UUID" in body["hint"]
    assert c.accounts.store.by_email("bo@example.org") is None  # nothing made


def test_the_ledger_refuses_a_key_with_a_control_character(c: Community) -> None:
    create(c.equity, "acme", "ana", "Acme")
    token = c.security.create_token("ana")
    entry = {"member": "ana", "kind": "cash", "on": dt.date.today().isoformat(), "amount": "10"}
    r = client_over(c).post(
        "/ventures/acme/entries",
        json=entry,
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": b"entry\x00one"},
    )
    assert r.status_code in (400, 422), r.text
    assert r.json()["field"] == "Idempotency-Key" and r.json()["value"] == "entry\\x00one"


def test_a_good_key_still_works(c: Community) -> None:
    r = client_over(c).post(
        "/accounts", json=SIGN_UP, headers={"Idempotency-Key": "7d0c6f7e-1b1e-4d7a-9a55-3f1c"}
    )
    assert r.status_code == 201, r.text
