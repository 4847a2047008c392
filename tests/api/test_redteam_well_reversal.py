"""A Well withdrawal is reversed by the depositor it spent, never by someone else.

A withdrawal spends the Well deposits of the members who hold some, pro rata: it gives
*them* slices (cash x4), not the member who posted it. Its reversal was left to the member
the entry names, like any other entry that counts, so ana could post a withdrawal of bob's
deposit (or find one) and reverse it alone: bob's 4000 slices went to 0, against the rule
"a reversal never takes slices from someone else". Now the reverser of a withdrawal that
counts is the one depositor it spent; one that spent several members' deposits is not
reversed (each one's part is taken back by a repayment they post or approve).
"""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over
from tests.ventures import venture

Auth = dict[str, dict[str, str]]


@pytest.fixture
def api(community: Community) -> tuple[TestClient, Auth]:
    venture(community.equity, "acme", "ana", "bob", "cyd", name="Acme")
    auth = {
        p: {"Authorization": f"Bearer {community.security.create_token(p)}"}
        for p in ("ana", "bob", "cyd")
    }
    return client_over(community), auth


def _post(client: TestClient, auth: dict[str, str], kind: str, member: str, on: str) -> None:
    body = {"member": member, "kind": kind, "on": on, "amount": "1000"}
    r = client.post(
        "/ventures/acme/entries", json=body, headers=auth | {"Idempotency-Key": uuid.uuid4().hex}
    )
    assert r.status_code == 201, r.text


def _slices(client: TestClient, auth: dict[str, str]) -> dict[str, str]:
    r = client.get("/ventures/acme/split", headers=auth)
    return {m["member"]: m["slices"] for m in r.json()["members"]}


def _reverse_offered(community: Community, who: str, number: int) -> bool:
    """The venture page's Reverse button (EquityService.entry_actions)."""
    actions = community.equity.entry_actions("acme", actor=Actor(who))
    return "reverse" in actions.get(number, frozenset())


def test_a_withdrawal_is_not_reversed_against_the_depositor(
    api: tuple[TestClient, Auth], community: Community
) -> None:
    client, auth = api
    _post(client, auth["bob"], "well-deposit", "bob", "2024-01-01")
    _post(client, auth["ana"], "well-withdrawal", "ana", "2024-01-02")  # spends bob's deposit
    assert _slices(client, auth["bob"])["bob"] == "4000"
    assert not _reverse_offered(community, "ana", 2) and _reverse_offered(community, "bob", 2)
    # the deposit the withdrawal took: its reversal is refused (409), and not offered
    assert not _reverse_offered(community, "bob", 1)
    r = client.post("/ventures/acme/entries/1/reverse", headers=auth["bob"])
    assert r.status_code == 409 and r.json()["field"] == "well", r.text

    r = client.post("/ventures/acme/entries/2/reverse", headers=auth["ana"])
    assert r.status_code == 403, r.text
    assert "bob" in r.json()["detail"] and r.json()["field"] == "entry"
    assert _slices(client, auth["bob"])["bob"] == "4000"  # nothing changed

    page = client.get("/ventures/acme/ledger", headers=auth["ana"]).json()
    assert page[1]["reversed_by"] is None

    r = client.post("/ventures/acme/entries/2/reverse", headers=auth["bob"])  # his to give up
    assert r.status_code == 201, r.text
    assert _slices(client, auth["bob"])["bob"] == "0"
    assert _reverse_offered(community, "bob", 1)  # the withdrawal reversed: it may go too
    r = client.post("/ventures/acme/entries/1/reverse", headers=auth["bob"])
    assert r.status_code == 201, r.text


def test_a_withdrawal_of_several_deposits_is_not_reversed_by_one(
    api: tuple[TestClient, Auth], community: Community
) -> None:
    client, auth = api
    _post(client, auth["bob"], "well-deposit", "bob", "2024-01-01")
    _post(client, auth["cyd"], "well-deposit", "cyd", "2024-01-01")
    _post(client, auth["ana"], "well-withdrawal", "ana", "2024-01-02")  # 500 from each
    assert not any(_reverse_offered(community, who, 3) for who in ("ana", "bob", "cyd"))
    before = _slices(client, auth["bob"])
    assert before["bob"] == before["cyd"] == "2000"
    for who in ("ana", "bob", "cyd"):
        r = client.post("/ventures/acme/entries/3/reverse", headers=auth[who])
        assert r.status_code == 409, r.text
        body = r.json()
        assert body["field"] == "entry" and body["value"] == 3
        assert "bob, cyd" in body["detail"] and "repayment" in body["hint"]
    assert _slices(client, auth["bob"]) == before


def test_a_withdrawal_that_spent_no_one_else_is_reversed_by_its_member(
    api: tuple[TestClient, Auth], community: Community
) -> None:
    client, auth = api
    _post(client, auth["ana"], "well-deposit", "ana", "2024-01-01")
    _post(client, auth["ana"], "well-withdrawal", "ana", "2024-01-02")
    assert _reverse_offered(community, "ana", 2) and not _reverse_offered(community, "bob", 2)
    r = client.post("/ventures/acme/entries/2/reverse", headers=auth["ana"])
    assert r.status_code == 201, r.text
    assert _slices(client, auth["ana"])["ana"] == "0"


def test_no_reverse_button_on_a_well_entry_a_departure_settled(
    api: tuple[TestClient, Auth], community: Community
) -> None:
    """A Well deposit dated on or before a recorded departure cannot be reversed (the
    leaver's Well was settled then), and the page still offered its Reverse button; the
    action then answered with the date field's sentence. The button now follows the rule."""
    client, auth = api
    _post(client, auth["bob"], "well-deposit", "bob", "2024-01-01")
    _post(client, auth["bob"], "cash", "bob", "2024-01-02")
    assert _reverse_offered(community, "bob", 1)
    leave = {"member": "cyd", "on": "2024-01-05", "reason": "resigned-good-reason"}
    r = client.post("/ventures/acme/departures", json=leave, headers=auth["ana"])
    assert r.status_code == 201, r.text
    assert not _reverse_offered(community, "bob", 1) and _reverse_offered(community, "bob", 2)
    r = client.post("/ventures/acme/entries/1/reverse", headers=auth["bob"])
    assert r.status_code == 422 and "settled when 'cyd' left" in r.json()["detail"], r.text
