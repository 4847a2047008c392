"""Red team of the signed day through the API (red19): garbage a partner's script might
send, another venture's id, and a signed split bent by terms that come before the
venture's first ones (the hole fixed in ``EquityService._check_terms``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from matcher.community import Community
from matcher.equity import Terms
from tests.api.test_signed_days import DAY, Api, _fingerprint, _sign
from tests.apps import client_over
from tests.ventures import START, create, two_ventures


@pytest.fixture
def api(community: Community) -> Api:
    auth = two_ventures(community)
    client = client_over(community)
    body = {"member": "ana", "kind": "cash", "on": "2024-02-01", "amount": 100}
    r = client.post(
        "/ventures/acme/entries", json=body, headers=auth["ana"] | {"Idempotency-Key": "a"}
    )
    assert r.status_code == 201, r.text
    return client, auth


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (b'{"day": "2026-11-31", "ledger_hash": "' + b"0" * 64 + b'"}', "day"),
        (b'{"day": "0001-01-01", "ledger_hash": "' + b"0" * 64 + b'"}', "day"),
        (b'{"day": NaN, "ledger_hash": "' + b"0" * 64 + b'"}', None),
        (b'{"day": "' + DAY.encode() + b'", "ledger_hash": NaN}', None),
        (b'{"day": "' + DAY.encode() + b'", "ledger_hash": 1e999}', None),
        (b'{"day": 1e999, "ledger_hash": "' + b"0" * 64 + b'"}', None),
        (
            b'{"day": "' + DAY.encode() + b'", "ledger_hash": "' + b"a" * 200_000 + b'"}',
            "ledger_hash",
        ),
        (b'{"day": "' + DAY.encode() + b'", "ledger_hash": " ' + b"a" * 64 + b' "}', "ledger_hash"),
        (
            b'{"day": "'
            + DAY.encode()
            + b'", "ledger_hash": "'
            + b"0" * 64
            + b'", "member": "'
            + b"m" * 200_000
            + b'"}',
            "member",
        ),
    ],
)
def test_garbage_is_a_4xx_naming_its_field_never_a_500(
    api: Api, raw: bytes, field: str | None
) -> None:
    client, auth = api
    r = client.post(
        "/ventures/acme/signatures",
        content=raw,
        headers=auth["ana"] | {"Content-Type": "application/json"},
    )
    assert r.status_code in (400, 409, 422), r.text  # a spaced fingerprint: read, and stale
    if field is not None:
        assert r.json()["field"] == field, r.text
    assert len(r.text) < 2_000  # the 200,000 characters are not echoed back
    assert client.get("/ventures/acme/signatures", headers=auth["ana"]).json() == []


def test_another_ventures_id_tells_nothing_more_than_an_unknown_one(api: Api) -> None:
    client, auth = api
    fp = _fingerprint(client, auth["ana"])
    other = _sign(client, auth["ana"], {"day": DAY, "ledger_hash": fp})  # ana's own: fine
    assert other.status_code == 200, other.text
    for path in ("/ventures/other/signatures", "/ventures/other/signatures/" + DAY):
        theirs = client.get(path, headers=auth["ana"])
        nobody = client.get(path.replace("other", "nosuch"), headers=auth["ana"])
        assert theirs.status_code == nobody.status_code == 404
        assert theirs.json()["detail"].replace("other", "X") == nobody.json()["detail"].replace(
            "nosuch", "X"
        )
    r = client.post(
        "/ventures/other/signatures", json={"day": DAY, "ledger_hash": fp}, headers=auth["ana"]
    )
    assert r.status_code == 404 and "dan" not in r.text and "eve" not in r.text, r.text


def test_terms_before_the_first_ones_are_refused_once_the_day_is_signed(
    community: Community,
) -> None:
    """A venture created with terms effective after the signed day: new terms dated
    between the two became the terms of every earlier day (409 naming effective)."""
    client = client_over(community)
    later = Terms(effective=dt.date(2024, 5, 1), cash_multiplier=Decimal(4))
    create(community.equity, "solo", "ana", "Solo", terms=later, start=START)
    auth = {"Authorization": f"Bearer {community.security.create_token('ana')}"}
    body = {"member": "ana", "kind": "cash", "on": "2024-02-01", "amount": 100}
    client.post("/ventures/solo/entries", json=body, headers=auth | {"Idempotency-Key": "a"})
    fp = client.get(f"/ventures/solo/signatures/{DAY}", headers=auth).json()["ledger_hash"]
    r = client.post("/ventures/solo/signatures", json={"day": DAY, "ledger_hash": fp}, headers=auth)
    assert r.status_code == 200 and r.json()["signed"], r.text
    r = client.post(
        "/ventures/solo/terms",
        json={"effective": "2024-04-15", "cash_multiplier": 1},
        headers=auth,
    )
    assert r.status_code == 409, r.text
    assert (r.json()["field"], r.json()["value"], r.json()["signed"]) == (
        "effective",
        "2024-04-15",
        DAY,
    )
    assert "2024-05-01" in r.json()["hint"]
    assert client.get(f"/ventures/solo/signatures/{DAY}", headers=auth).json()["ledger_hash"] == fp
