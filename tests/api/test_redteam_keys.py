"""A JSON body that gives a key twice is refused, naming the key: nothing is kept silently.

Python's JSON parser keeps the last of two values: ``{"amount": "10", ..., "amount":
"1000"}`` recorded an entry of 1000 and dropped the 10 without a word, whichever the
client meant (a merge gone wrong, a template filled twice). Now every JSON body of the API
with a key given twice in one object, at any depth, is a 422 naming it, before any route
runs; nothing is written.
"""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over
from tests.ventures import venture

JSON = {"Content-Type": "application/json"}


@pytest.fixture
def api(community: Community) -> tuple[TestClient, dict[str, str]]:
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    token = community.security.create_token("ana")
    return client_over(community), {"Authorization": f"Bearer {token}"} | JSON


def test_an_entry_with_its_amount_twice_is_refused(api: tuple[TestClient, dict[str, str]]) -> None:
    client, auth = api
    body = (
        b'{"member": "ana", "kind": "cash", "on": "2024-01-01", "amount": "10", "amount": "1000"}'
    )
    r = client.post(
        "/ventures/acme/entries",
        content=body,
        headers=auth | {"Idempotency-Key": uuid.uuid4().hex},
    )
    assert r.status_code == 422, r.text
    assert r.json()["field"] == "amount" and r.json()["value"] == "1000"
    assert "twice" in r.json()["detail"] and "send each field once" in r.json()["hint"]
    assert client.get("/ventures/acme/ledger", headers=auth).json() == []


@pytest.mark.parametrize(
    ("method", "path", "body", "key"),
    [
        ("PATCH", "/profiles/ana", b'{"name": "Ana", "headline": "x", "name": "Eve"}', "name"),
        (
            "POST",
            "/ventures",
            b'{"id": "v9", "terms": {"cash_multiplier": 4, "cash_multiplier": 40}}',
            "cash_multiplier",
        ),
        ("POST", "/profiles", b'{"id": "zed", "id": "zoe"}', "id"),
    ],
    ids=["profile", "nested terms", "sign-up"],
)
def test_any_body_with_a_key_twice_is_refused(
    api: tuple[TestClient, dict[str, str]], method: str, path: str, body: bytes, key: str
) -> None:
    client, auth = api
    r = client.request(method, path, content=body, headers=auth)
    assert r.status_code == 422, r.text
    assert r.json()["field"] == key
    assert client.get("/profiles/ana", headers=auth).json()["name"] == "Ana"


def test_bodies_that_are_not_json_objects_are_left_to_their_routes(
    api: tuple[TestClient, dict[str, str]],
) -> None:
    client, auth = api
    r = client.patch("/profiles/ana", content=b'{"name": ', headers=auth)
    assert r.status_code == 422 and r.json()["field"] == "body"
    assert r.json()["hint"] == "send a valid JSON object ({...}) as /docs shows it"
    r = client.post(
        "/ventures/acme/entries/import",
        content=b"member,kind,on,amount,amount\nana,cash,2024-01-01,10,20\n",
        headers=auth | {"Content-Type": "text/csv"},
    )
    assert r.status_code == 422 and "appears twice in the header" in r.json()["detail"]
    r = client.patch("/profiles/ana", json={"headline": "Builder"}, headers=auth)
    assert r.status_code == 200 and r.json()["headline"] == "Builder"


def test_a_body_nested_too_deeply_is_a_422_with_its_fix(
    api: tuple[TestClient, dict[str, str]],
) -> None:
    """``[[[...]]]`` 100,000 deep is more than Python's parser reads: FastAPI answered 400
    "There was an error parsing the body" with no fix (and a second parse must not turn it
    into a 500)."""
    client, auth = api
    deep = b'{"name": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    for method, path in (("PATCH", "/profiles/ana"), ("POST", "/profiles")):
        r = client.request(method, path, content=deep, headers=auth)
        assert r.status_code == 422, r.text
        assert r.json()["field"] == "body" and "nested too deeply" in r.json()["detail"]
        assert r.json()["hint"]
