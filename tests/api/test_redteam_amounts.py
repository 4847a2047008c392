"""An amount whose comma reads two ways is refused, not read as a thousandth of itself.

``"1,500"`` is one thousand five hundred to an English speaker and one and a half to a
French one. The ledger read it as 1.5 (a decimal comma), so a cash contribution typed
"1,500" in a JSON body, a form or an imported ledger counted a thousandth of what was
meant, silently. Now it is a 422 naming the field, the value and both readings; a comma
that reads one way only (``12,50``, ``0,125``, ``1500,25``, ``1 500,50``) is still a decimal
comma.
"""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over
from tests.ventures import venture

ENTRY = {"member": "ana", "kind": "cash", "on": "2024-01-01"}


@pytest.fixture
def api(community: Community) -> tuple[TestClient, dict[str, str]]:
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    token = community.security.create_token("ana")
    return client_over(community), {"Authorization": f"Bearer {token}"}


def _post(api: tuple[TestClient, dict[str, str]], amount: str) -> dict[str, object]:
    client, auth = api
    r = client.post(
        "/ventures/acme/entries",
        json=ENTRY | {"amount": amount},
        headers=auth | {"Idempotency-Key": uuid.uuid4().hex},
    )
    return {"status": r.status_code} | r.json()


@pytest.mark.parametrize("amount", ["1,500", "12,345", "999,000", "+1,500", " 1,500 "])
def test_a_comma_that_reads_two_ways_is_refused(
    api: tuple[TestClient, dict[str, str]], amount: str
) -> None:
    body = _post(api, amount)
    assert body["status"] == 422
    assert body["field"] == "amount"
    assert body["value"] == amount.strip()
    assert "reads two ways" in str(body["detail"])
    whole, decimals = amount.strip().split(",")
    assert f"write {whole}{decimals} or {whole}.{decimals}" in str(body["hint"])


@pytest.mark.parametrize(
    ("amount", "stored"),
    [("12,50", "12.50"), ("1500,25", "1500.25"), ("1 500,50", "1500.50"), ("0,125", "0.125")],
)
def test_a_comma_that_reads_one_way_is_a_decimal_comma(
    api: tuple[TestClient, dict[str, str]], amount: str, stored: str
) -> None:
    body = _post(api, amount)
    assert body["status"] == 201, body
    assert body["amount"] == stored


def test_an_imported_ledger_refuses_the_ambiguous_amount(
    api: tuple[TestClient, dict[str, str]],
) -> None:
    client, auth = api
    csv = "member;kind;on;amount\nana;cash;2024-01-02;1,500\nana;cash;2024-01-03;2,50\n"
    r = client.post(
        "/ventures/acme/entries/import",
        content=csv.encode(),
        headers=auth | {"Content-Type": "text/csv"},
    )
    assert r.status_code == 422, r.text
    (problem,) = r.json()["errors"]
    assert problem["field"] == "amount" and problem["line"] == 2
    assert client.get("/ventures/acme/ledger", headers=auth).json() == []  # nothing written
