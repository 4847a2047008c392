"""Confirming an end for the ledger's SHA-256 as read, whatever its letters' case.

A SHA-256 is hexadecimal: ``BAA0...`` and ``baa0...`` are one hash. A member who copied the
hash from a printed split document in capitals (as some fonts and OCR give it) was told
"the ledger you confirm is not the one proposed for the end", the same answer as for
another ledger. The service now compares the hash as a number, case aside; a hash that
differs is still refused.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over
from tests.ventures import venture


@pytest.fixture
def api(community: Community) -> tuple[TestClient, dict[str, dict[str, str]]]:
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    auth = {
        p: {"Authorization": f"Bearer {community.security.create_token(p)}"} for p in ("ana", "bob")
    }
    return client_over(community), auth


def test_a_hash_in_capitals_confirms_the_end(
    api: tuple[TestClient, dict[str, dict[str, str]]],
) -> None:
    client, auth = api
    end = client.post("/ventures/acme/end", json={"on": "2024-06-01"}, headers=auth["ana"]).json()
    wrong = "0" * 64
    r = client.post("/ventures/acme/end/confirm", json={"ledger_hash": wrong}, headers=auth["bob"])
    assert r.status_code == 409 and r.json()["field"] == "ledger_hash"
    upper = end["ledger_hash"].upper()
    r = client.post("/ventures/acme/end/confirm", json={"ledger_hash": upper}, headers=auth["bob"])
    assert r.status_code == 200, r.text
    done = r.json()
    assert done["status"] == "ended"
    assert {c["ledger_hash"] for c in done["confirmations"]} == {end["ledger_hash"]}


def test_a_confirmation_for_a_declined_proposal_never_ends_on_another_day(
    api: tuple[TestClient, dict[str, dict[str, str]]],
) -> None:
    """Bob declines an end on 1 June; Ana proposes 1 March for the same ledger (the same
    hash). Bob's client, sending back the proposal it read, is refused with the day now
    proposed; the venture has not ended."""
    client, auth = api
    june = client.post("/ventures/acme/end", json={"on": "2024-06-01"}, headers=auth["ana"])
    first = june.json()
    assert june.status_code == 200 and isinstance(first["proposal"], int), june.text
    r = client.post("/ventures/acme/end/decline", json={"reason": "too early"}, headers=auth["bob"])
    assert r.status_code == 200, r.text
    march = client.post("/ventures/acme/end", json={"on": "2024-03-01"}, headers=auth["ana"])
    assert march.json()["ledger_hash"] == first["ledger_hash"], march.text
    stale = {"ledger_hash": first["ledger_hash"], "proposal": first["proposal"]}
    r = client.post("/ventures/acme/end/confirm", json=stale, headers=auth["bob"])
    assert r.status_code == 409, r.text
    assert r.json()["field"] == "proposal" and "2024-03-01" in r.json()["detail"]
    status = client.get("/ventures/acme/end", headers=auth["bob"]).json()
    assert status["status"] == "proposed" and status["on"] == "2024-03-01"
    fresh = {"ledger_hash": status["ledger_hash"], "proposal": status["proposal"]}
    r = client.post("/ventures/acme/end/confirm", json=fresh, headers=auth["bob"])
    assert r.status_code == 200 and r.json()["status"] == "ended", r.text
