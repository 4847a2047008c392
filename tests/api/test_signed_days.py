"""Signing the split of a day through the API (sign19), as an adversary: one partner
signing for another, a stale fingerprint, days out of the venture's life, garbage in
every field (422 naming it, never a 500), a member of another venture, and, once every
member signed, back-dating refused on every write path (409 naming the signed day)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.api.test_ventures import _cli_venture, cli_db, run
from tests.apps import client_over
from tests.ventures import two_ventures

__all__ = ["cli_db"]

DAY = "2024-03-31"
Api = tuple[TestClient, dict[str, dict[str, str]]]


@pytest.fixture
def api(community: Community) -> Api:
    auth = two_ventures(community)
    client = client_over(community)
    for who in ("ana", "bob"):
        body = {"member": who, "kind": "cash", "on": "2024-02-01", "amount": 100}
        r = client.post(
            "/ventures/acme/entries", json=body, headers=auth[who] | {"Idempotency-Key": who}
        )
        assert r.status_code == 201, r.text
    return client, auth


def _fingerprint(client: TestClient, auth: dict[str, str], day: str = DAY) -> str:
    r = client.get(f"/ventures/acme/signatures/{day}", headers=auth)
    assert r.status_code == 200, r.text
    return str(r.json()["ledger_hash"])


def _sign(client: TestClient, auth: dict[str, str], body: object) -> object:
    return client.post("/ventures/acme/signatures", json=body, headers=auth)


def test_three_partners_sign_and_back_dating_is_refused_on_every_path(api: Api) -> None:
    client, auth = api
    fp = _fingerprint(client, auth["ana"])
    for who in ("ana", "bob"):
        r = _sign(client, auth[who], {"day": DAY, "ledger_hash": fp})
        assert r.status_code == 200 and not r.json()["signed"], r.text
    assert r.json()["awaited"] == ["cy"]
    r = _sign(client, auth["cy"], {"day": DAY, "ledger_hash": fp.upper(), "member": "cy"})
    assert r.status_code == 200 and r.json()["signed"] and r.json()["signed_hash"] == fp, r.text
    (listed,) = client.get("/ventures/acme/signatures", headers=auth["bob"]).json()
    assert listed["day"] == DAY and [s["member"] for s in listed["signatures"]] == [
        "ana",
        "bob",
        "cy",
    ]
    writes = [
        ("/ventures/acme/entries", {"member": "ana", "kind": "cash", "on": DAY, "amount": 5}, "on"),
        ("/ventures/acme/entries/1/reverse", {}, "on"),
        ("/ventures/acme/entries/1/reverse", {"on": DAY}, "on"),
        (
            "/ventures/acme/departures",
            {"member": "cy", "on": DAY, "reason": "fired-without-cause"},
            "on",
        ),
        ("/ventures/acme/rates", {"member": "bob", "effective": DAY, "salary": 90000}, "effective"),
        ("/ventures/acme/terms", {"effective": "2024-03-01", "cash_multiplier": 5}, "effective"),
    ]
    for i, (path, body, field) in enumerate(writes):
        r = client.post(path, json=body, headers=auth["ana"] | {"Idempotency-Key": f"w{i}"})
        assert r.status_code == 409, (path, r.text)
        assert r.json()["field"] == field and r.json()["signed"] == DAY, r.text
        assert r.json()["hint"] == f"date it after {DAY}"
    r = client.put("/ventures/acme/freeze", json={"freeze": DAY}, headers=auth["ana"])
    assert r.status_code == 409 and r.json()["field"] == "freeze", r.text
    csv = f"member,kind,on,amount\nana,cash,{DAY},3\n"
    r = client.post(
        "/ventures/acme/entries/import",
        content=csv,
        headers=auth["ana"] | {"Content-Type": "text/csv"},
    )
    assert r.status_code in (409, 422) and DAY in r.text and "line 2" in r.text, r.text
    assert _fingerprint(client, auth["ana"]) == fp
    body = {"member": "ana", "kind": "cash", "on": "2024-04-01", "amount": 5}
    r = client.post(
        "/ventures/acme/entries", json=body, headers=auth["ana"] | {"Idempotency-Key": "later"}
    )
    assert r.status_code == 201, r.text  # dated after the signed day: taken
    assert _fingerprint(client, auth["ana"]) == fp


def test_one_partner_signing_for_another_is_refused_naming_nothing_secret(api: Api) -> None:
    client, auth = api
    fp = _fingerprint(client, auth["ana"])
    r = _sign(client, auth["ana"], {"day": DAY, "ledger_hash": fp, "member": "bob"})
    assert r.status_code == 403 and r.json()["field"] == "member", r.text
    assert "cy" not in r.text and "bob, cy" not in r.text
    assert client.get("/ventures/acme/signatures", headers=auth["bob"]).json() == []


def test_a_stale_fingerprint_days_out_of_life_and_another_venture(api: Api) -> None:
    client, auth = api
    fp = _fingerprint(client, auth["ana"])
    body = {"member": "bob", "kind": "cash", "on": "2024-03-02", "amount": 1}
    client.post("/ventures/acme/entries", json=body, headers=auth["bob"] | {"Idempotency-Key": "x"})
    r = _sign(client, auth["ana"], {"day": DAY, "ledger_hash": fp})
    assert r.status_code == 409 and r.json()["field"] == "ledger_hash", r.text
    assert _fingerprint(client, auth["ana"]) in r.json()["detail"]
    for day in ("2999-01-01", "1900-01-01", "2022-12-31"):
        r = _sign(client, auth["ana"], {"day": day, "ledger_hash": fp})
        assert r.status_code == 422 and r.json()["field"] == "day", r.text
    r = _sign(client, auth["dan"], {"day": DAY, "ledger_hash": fp})
    assert r.status_code == 404, r.text
    r = client.get("/ventures/acme/signatures", headers=auth["dan"])
    assert r.status_code == 404, r.text


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"day": "NaN", "ledger_hash": "0" * 64}, "day"),
        ({"day": "2024-02-30", "ledger_hash": "0" * 64}, "day"),
        ({"day": 20240331, "ledger_hash": "0" * 64}, "day"),
        ({"day": None, "ledger_hash": "0" * 64}, "day"),
        ({"day": "", "ledger_hash": "0" * 64}, "day"),
        ({"day": "9" * 400, "ledger_hash": "0" * 64}, "day"),
        ({"ledger_hash": "0" * 64}, "day"),
        ({"day": DAY, "ledger_hash": "NaN"}, "ledger_hash"),
        ({"day": DAY, "ledger_hash": "z" * 64}, "ledger_hash"),
        ({"day": DAY, "ledger_hash": 1e308}, "ledger_hash"),
        ({"day": DAY}, "ledger_hash"),
        ({"day": DAY, "ledger_hash": "0" * 64, "member": 7}, "member"),
        ({"day": DAY, "ledger_hash": "0" * 64, "member": ""}, "member"),
        ({"day": DAY, "ledger_hash": "0" * 64, "extra": 1}, "extra"),
    ],
)
def test_garbage_in_every_field_is_a_422_naming_it(api: Api, body: object, field: str) -> None:
    client, auth = api
    r = _sign(client, auth["ana"], body)
    assert r.status_code == 422 and r.json()["field"] == field, r.text
    r = client.get("/ventures/acme/signatures/NaN", headers=auth["ana"])
    assert r.status_code == 422 and r.json()["field"] == "day", r.text


def test_the_cli_signs_lists_and_refuses_back_dating(cli_db: Path, tmp_path: Path) -> None:
    _cli_venture()
    run("post", "acme", "--kind", "cash", "--on", "2024-02-01", "--amount", "100", "--as", "ana")
    out = run("pdf", "acme", "--out", str(tmp_path / "s.pdf"), "--as-of", DAY, "--as", "bob")
    fp = out.split()[-1]
    out = run("sign", "acme", DAY, "--hash", "0" * 64, "--as", "ana", code=2)
    assert "fingerprint" in out and fp[:16] in out
    out = run("sign", "acme", DAY, "--hash", fp, "--as", "ana")
    assert f"the split of {DAY} is signed by ana; waiting for bob" in out
    out = run("signatures", "acme", "--day", DAY, "--as", "bob", "--json")
    assert json.loads(out)[0]["awaited"] == ["bob"]
    out = run("sign", "acme", DAY, "--hash", fp, "--as", "bob")
    assert "is signed by every member (ana, bob" in out and f"signed fingerprint {fp}" in out
    out = run("post", "acme", "--kind", "cash", "--on", DAY, "--amount", "5", "--as", "ana", code=2)
    assert f"date it after {DAY}" in out
    out = run("sign", "acme", "NaN", "--hash", fp, "--as", "ana", code=2)
    assert "day" in out and "Traceback" not in out
    assert f"the split of {DAY} is signed by every member" in run(
        "signatures", "acme", "--as", "ana"
    )
