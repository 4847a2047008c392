"""Hostile input: every limit answers 413 or 422 in the one JSON error shape, never 500.

Each row of LIMITS sends one bad request to a real route (signed in as ``ana``, a member
of venture ``acme``) and names the status and the field the error must point at.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from matcher.community import Community
from matcher.trust import MAX_TEXT
from tests.conftest import person
from tests.ventures import venture

MIB = 1_048_576


@pytest.fixture
def api(community: Community) -> tuple[TestClient, dict[str, str]]:
    app = create_app(
        Settings(db=":memory:", encoder="fake", warm_on_start=False), community=community
    )
    venture(app.state.community.equity, "acme", "ana", "bob", name="Acme")
    token = community.security.create_token("ana")
    return TestClient(app, raise_server_exceptions=False), {"Authorization": f"Bearer {token}"}


def profile(**fields: Any) -> dict[str, Any]:
    body = person("zed", roles_offered=["tech"], roles_sought=["sales"], languages=["en"])
    body.update(utc_offset=1)
    body.update(fields)
    return body


def entry(**fields: Any) -> dict[str, Any]:
    return {"member": "ana", "kind": "cash", "on": "2024-01-01", "amount": "10"} | fields


KEY = {"Idempotency-Key": "k-1"}

# (id, method, path, request kwargs, status, field named by the error)
LIMITS: list[tuple[str, str, str, dict[str, Any], int, str | None]] = [
    ("unknown field", "POST", "/profiles", {"json": profile(nedds="x")}, 422, "nedds"),
    ("unknown field, update", "PATCH", "/profiles/ana", {"json": {"nmae": "A"}}, 422, "nmae"),
    (
        "unknown field, venture",
        "POST",
        "/ventures",
        {"json": {"id": "v2", "ownr": "x"}},
        422,
        "ownr",
    ),
    (
        "unknown field, entry",
        "POST",
        "/ventures/acme/entries",
        {"json": entry(x=1), "headers": KEY},
        422,
        "x",
    ),
    ("k too small", "GET", "/profiles/ana/matches?k=0", {}, 422, "k"),
    ("k too large", "GET", "/profiles/ana/matches?k=101", {}, 422, "k"),
    ("k not a number", "GET", "/profiles/ana/matches?k=ten", {}, 422, "k"),
    ("page size too large", "GET", "/profiles?limit=201", {}, 422, "limit"),
    ("page size zero", "GET", "/profiles?limit=0", {}, 422, "limit"),
    ("negative offset", "GET", "/profiles?offset=-1", {}, 422, "offset"),
    ("huge offset", "GET", "/profiles?offset=" + "9" * 30, {}, 422, "offset"),
    ("trust k too large", "GET", "/me/trust?k=101", {}, 422, "k"),
    ("paths k too large", "GET", "/me/paths/bob?k=11", {}, 422, "k"),
    ("offers too long", "POST", "/profiles", {"json": profile(offers="x" * 2001)}, 422, "offers"),
    ("name too long", "PATCH", "/profiles/ana", {"json": {"name": "n" * 81}}, 422, "name"),
    ("id too long", "POST", "/profiles", {"json": profile(id="a" * 65)}, 422, "id"),
    ("id bad pattern", "POST", "/profiles", {"json": profile(id="Ana!")}, 422, "id"),
    ("empty offers", "POST", "/profiles", {"json": profile(offers="")}, 422, "offers"),
    (
        "too many languages",
        "POST",
        "/profiles",
        {"json": profile(languages=["en"] * 50)},
        422,
        "languages",
    ),
    (
        "too many roles",
        "POST",
        "/profiles",
        {"json": profile(roles_offered=["tech"] * 10)},
        422,
        "roles_offered",
    ),
    (
        "utc offset out of range",
        "POST",
        "/profiles",
        {"json": profile(utc_offset=1e308)},
        422,
        "utc_offset",
    ),
    (
        "note too long",
        "POST",
        "/me/collaborations",
        {
            "json": {
                "partner": "bob",
                "project": "p",
                "started": "2024-01-01",
                "note": "n" * (MAX_TEXT + 1),
            }
        },
        422,
        "note",
    ),
    (
        "intro message too long",
        "POST",
        "/me/introductions",
        {"json": {"target": "bob", "message": "m" * (MAX_TEXT + 1)}},
        422,
        "message",
    ),
    (
        "skill too long",
        "POST",
        "/profiles/bob/endorsements",
        {"json": {"skill": "s" * 61}},
        422,
        "skill",
    ),
    (
        "venture name too long",
        "POST",
        "/ventures",
        {"json": {"id": "v2", "name": "n" * 201}},
        422,
        "name",
    ),
    (
        "amount overflows",
        "POST",
        "/ventures/acme/entries",
        {"json": entry(amount="1e999999"), "headers": KEY},
        422,
        "amount",
    ),
    (
        "amount too precise",
        "POST",
        "/ventures/acme/entries",
        {"json": entry(amount="1e-999999"), "headers": KEY},
        422,
        "amount",
    ),
    (
        "amount not a number",
        "POST",
        "/ventures/acme/entries",
        {"json": entry(amount="NaN"), "headers": KEY},
        422,
        "amount",
    ),
    (
        "salary overflows",
        "POST",
        "/ventures/acme/rates",
        {"json": {"member": "ana", "effective": "2024-01-01", "salary": "1e999999"}},
        422,
        "salary",
    ),
    (
        "multiplier overflows",
        "POST",
        "/ventures/acme/terms",
        {"json": {"effective": "2024-01-01", "finder_threshold": "1e99"}},
        422,
        "finder_threshold",
    ),
    (
        "entry id beyond 64 bits",
        "POST",
        f"/ventures/acme/entries/{2**63}/approve",
        {},
        422,
        "number",
    ),
    (
        "idempotency key too long",
        "POST",
        "/ventures",
        {"json": {"id": "v3"}, "headers": {"Idempotency-Key": "k" * 201}},
        422,
        "Idempotency-Key",
    ),
    (
        "ledger key missing",
        "POST",
        "/ventures/acme/entries",
        {"json": entry()},
        422,
        "Idempotency-Key",
    ),
    (
        "not JSON",
        "POST",
        "/profiles",
        {"content": b"{not json", "headers": {"content-type": "application/json"}},
        422,
        "body",
    ),
    (
        "lone surrogate",
        "POST",
        "/profiles",
        {
            "content": json.dumps(profile(name="\ud800")).encode(),
            "headers": {"content-type": "application/json"},
        },
        422,
        "name",
    ),
    (
        "body over 1 MiB",
        "POST",
        "/profiles",
        {"content": b"x" * (MIB + 1), "headers": {"content-type": "application/json"}},
        413,
        "body",
    ),
]


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "field"),
    [row[1:] for row in LIMITS],
    ids=[row[0] for row in LIMITS],
)
def test_each_limit_answers_413_or_422_in_the_error_shape(
    api: tuple[TestClient, dict[str, str]],
    method: str,
    path: str,
    kwargs: dict[str, Any],
    status: int,
    field: str | None,
) -> None:
    client, auth = api
    kwargs = dict(kwargs)
    kwargs["headers"] = auth | kwargs.get("headers", {})
    r = client.request(method, path, **kwargs)
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) >= {"detail", "field", "value", "hint"}
    assert body["field"] == field
    assert body["detail"] and body["hint"]
    assert len(r.text) < 10_000  # a huge bad value is not echoed back whole


def _chunks(total: int, size: int = 65_536) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        n = min(size, total - sent)
        sent += n
        yield b" " * n


def test_chunked_body_over_the_limit_is_refused_without_reading_it_all(
    api: tuple[TestClient, dict[str, str]],
) -> None:
    client, auth = api
    consumed = 0

    def body() -> Iterator[bytes]:
        nonlocal consumed
        for chunk in _chunks(8 * MIB):
            consumed += len(chunk)
            yield chunk

    r = client.post(
        "/profiles", content=body(), headers=auth | {"content-type": "application/json"}
    )
    assert r.status_code == 413
    assert r.json()["field"] == "body" and "over 1048576 bytes" in r.json()["detail"]


def test_a_body_just_under_the_limit_is_read(api: tuple[TestClient, dict[str, str]]) -> None:
    client, _auth = api
    padded = json.dumps(profile(id="pad")).encode()
    padded = padded[:-1] + b" " * (MIB - len(padded)) + b"}"
    assert len(padded) == MIB
    r = client.post("/profiles", content=padded, headers={"content-type": "application/json"})
    assert r.status_code == 201, r.text
