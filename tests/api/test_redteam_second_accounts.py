"""Two accounts invited on one owner's word alone cannot vouch for each other.

In a venture whose entries need another member's approval, an owner's second account
(invited by that owner alone) may not approve the owner's entries until another member
seconds it. But any member but the inviter could second: ana invited two accounts of her
own, each seconded the other, and either then approved ana's 1,000,000 cash entry, which
counted at once without bob ever seeing it. A member who joined on one member's word alone,
unseconded, now vouches for nobody (403 naming why); once another member seconds them, they
may.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over
from tests.ventures import join, person, venture

Auth = dict[str, dict[str, str]]


@pytest.fixture
def api(community: Community) -> tuple[TestClient, Auth]:
    venture(community.equity, "acme", "ana", "bob", name="Acme", require_approval=True)
    for pid in ("ana2", "ana3"):
        person(community.equity, pid)
    join(community.equity, "acme", "ana2", "ana3", by="ana")
    auth = {
        p: {"Authorization": f"Bearer {community.security.create_token(p)}"}
        for p in ("ana", "bob", "ana2", "ana3")
    }
    return client_over(community), auth


def test_two_unseconded_accounts_do_not_second_each_other(api: tuple[TestClient, Auth]) -> None:
    client, auth = api
    r = client.post("/ventures/acme/members/ana3/second", headers=auth["ana2"])
    assert r.status_code == 403, r.text
    body = r.json()
    assert body["field"] == "member" and "'ana2'" in body["detail"]
    assert "alone" in body["detail"] and body["hint"]

    entry = {"member": "ana", "kind": "cash", "on": "2024-01-02", "amount": "1000000"}
    r = client.post(
        "/ventures/acme/entries", json=entry, headers=auth["ana"] | {"Idempotency-Key": "k"}
    )
    assert r.status_code == 201
    number = r.json()["number"]
    for puppet in ("ana2", "ana3"):
        r = client.post(f"/ventures/acme/entries/{number}/approve", headers=auth[puppet])
        assert r.status_code == 403, r.text
    ledger = client.get("/ventures/acme/ledger", headers=auth["bob"]).json()
    assert ledger[-1]["state"] == "pending"


def test_a_member_seconded_by_another_may_second(api: tuple[TestClient, Auth]) -> None:
    client, auth = api
    assert client.post("/ventures/acme/members/ana2/second", headers=auth["bob"]).status_code == 200
    r = client.post("/ventures/acme/members/ana3/second", headers=auth["ana2"])
    assert r.status_code == 200, r.text
