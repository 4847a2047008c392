"""A partner who reshares the Well behind another's back.

Each day's Well withdrawals are shared among the depositors pro rata to their balances that
day, and each depositor's part becomes their cash slices. A deposit dated back before a
withdrawal already recorded, or a repayment's reversal (dated at the repayment), changes
those balances after the fact: bob withdrew his own 1,000 (4,000 slices, 100 % of the pie),
then ana posted a deposit of 1,000,000 dated two days before it and took 99.9 % of his
withdrawal's slices, her own entry, counting at once; a repayment ana reversed gave her half
of bob's. "Nothing changes the slices of an entry already posted except a reversal, or an
entry the affected member approves" (docs/domains/equity.md): such a change is now refused
(409 on ``on``, naming the member, the withdrawal's day and the date to use), and dated
after the last withdrawal it is taken as before.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from matcher.errors import Conflict
from tests.apps import client_over
from tests.ventures import venture

H = dict[str, dict[str, str]]


@pytest.fixture
def api(community: Community) -> tuple[TestClient, H]:
    venture(community.equity, "acme", "ana", "bob", "cyd", name="Acme")
    auth = {
        p: {"Authorization": f"Bearer {community.security.create_token(p)}"}
        for p in ("ana", "bob", "cyd")
    }
    return client_over(community), auth


def _post(client: TestClient, who: dict[str, str], key: str, **body: Any) -> Any:
    return client.post("/ventures/acme/entries", json=body, headers={**who, "Idempotency-Key": key})


def _percent(client: TestClient, who: dict[str, str]) -> dict[str, str]:
    r = client.get("/ventures/acme/split", headers=who)
    assert r.status_code == 200, r.text
    return {m["member"]: m["percent"] for m in r.json()["members"]}


def _refused(r: Any, *words: str) -> None:
    assert r.status_code == 409, r.text
    body = r.json()
    assert body["field"] == "on" and body["hint"], body
    assert all(w in body["detail"] for w in words), body


def _bob_withdraws(client: TestClient, h: H) -> None:
    for key, kind, day in (
        ("b1", "well-deposit", "2024-03-01"),
        ("b2", "well-withdrawal", "2024-03-05"),
    ):
        r = _post(client, h["bob"], key, member="bob", kind=kind, on=day, amount=1000)
        assert r.status_code == 201, r.text
    assert _percent(client, h["ana"])["bob"] == "100.00"


def test_a_deposit_dated_before_a_recorded_withdrawal_is_refused(api: tuple[TestClient, H]) -> None:
    client, h = api
    _bob_withdraws(client, h)
    r = _post(
        client, h["ana"], "a1", member="ana", kind="well-deposit", on="2024-03-02", amount=1000000
    )
    _refused(r, "'bob'", "2024-03-05")
    assert "2024-03-05" in r.json()["hint"]
    r = _post(
        client, h["ana"], "a2", member="ana", kind="well-deposit", on="2024-03-05", amount=1000
    )
    _refused(
        r, "'bob'", "2024-03-05"
    )  # that day's withdrawals are shared among that day's balances
    assert _percent(client, h["ana"])["bob"] == "100.00"
    # dated after the last withdrawal, it is taken, and bob keeps his slices
    r = _post(
        client, h["ana"], "a3", member="ana", kind="well-deposit", on="2024-03-06", amount=1000000
    )
    assert r.status_code == 201, r.text
    assert _percent(client, h["ana"])["bob"] == "100.00"


def test_a_repayments_reversal_does_not_take_back_another_depositors_slices(
    api: tuple[TestClient, H],
) -> None:
    client, h = api
    ana = h["ana"]
    for key, kind, day in (("a1", "well-deposit", "2024-03-01"), ("a2", "repayment", "2024-03-02")):
        assert (
            _post(client, ana, key, member="ana", kind=kind, on=day, amount=1000).status_code == 201
        )
    r = _post(
        client, h["bob"], "b1", member="bob", kind="well-deposit", on="2024-03-03", amount=1000
    )
    assert r.status_code == 201, r.text
    r = _post(
        client, h["bob"], "b2", member="bob", kind="well-withdrawal", on="2024-03-05", amount=1000
    )
    assert r.status_code == 201, r.text
    assert _percent(client, ana) == {"ana": "0.00", "bob": "100.00", "cyd": "0.00"}
    # the page offers no Reverse button the reversal would refuse (one rule for both)
    community = client.app.state.community  # type: ignore[attr-defined]
    assert "reverse" not in community.equity.entry_actions("acme", actor=Actor("ana")).get(
        2, frozenset()
    )
    r = client.post("/ventures/acme/entries/2/reverse", json={}, headers=ana)
    _refused(r, "'bob'", "2024-03-05")
    assert _percent(client, ana)["bob"] == "100.00"
    # dated later, it shares the withdrawals again from that day: refused too; money put
    # back in the Well is a new deposit, which reshares nothing
    r = client.post("/ventures/acme/entries/2/reverse", json={"on": "2024-03-06"}, headers=ana)
    _refused(r, "'bob'", "2024-03-06")
    assert "new deposit" in r.json()["hint"]
    r = _post(client, ana, "a3", member="ana", kind="well-deposit", on="2024-03-06", amount=1000)
    assert r.status_code == 201, r.text
    assert _percent(client, ana)["bob"] == "100.00"


def test_an_approval_does_not_reshare_a_recorded_withdrawal(community: Community) -> None:
    """An owner's deposit about another member counts once that member approves it: dated
    back before a withdrawal, it would take a third member's slices; the approval is
    refused as the post would be."""
    eq = community.equity
    venture(eq, "pie", "ana", "bob", "cyd")

    def cyd(key: str, kind: str, day: int) -> None:
        entry = {"member": "cyd", "kind": kind, "on": f"2024-03-0{day}", "amount": 1000}
        eq.post("pie", entry, key=key, actor=Actor("cyd"))

    cyd("c1", "well-deposit", 1)
    # posted before the withdrawal, approved after it
    entry = {"member": "bob", "kind": "well-deposit", "on": "2024-03-02", "amount": 5000}
    pending = eq.post("pie", entry, key="a1", actor=Actor("ana"))
    assert pending.state == "pending"
    cyd("c2", "well-withdrawal", 5)
    with pytest.raises(Conflict, match="'cyd'") as refused:
        eq.approve("pie", pending.row.entry.id, actor=Actor("bob"))
    assert refused.value.field == "on"
    cyd = next(m for m in eq.split("pie", actor=Actor("cyd")).members if m.member == "cyd")
    assert cyd.slices == 4000
