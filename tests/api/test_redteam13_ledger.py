"""No partner moves another's share alone (ledger13): through the API.

1. A leaver's own good reason waits for another owner's word; meanwhile the ledger applies
   the leaver's worst case (``claimed`` shows what they claimed).
2. A salary that lowers another member's waits for them (202 with the proposal).
3. An account invited while its owner was the only member needs no second; named owner, it
   invited a third account whose approval counted for the owner's entries (the third was
   added by the second account, not by the owner). The chain of those who joined on one
   word alone now names the owner too: the third approves neither, and the owner's
   accounts do not second it.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.cli import app as cli
from matcher.access import Actor
from matcher.community import Community
from matcher.equity import EquityService
from matcher.schema import connect
from tests.apps import client_over
from tests.ventures import START, agreed_rate_api, create, join, person, venture

Auth = dict[str, dict[str, str]]


def _auth(community: Community, *people: str) -> Auth:
    return {p: {"Authorization": f"Bearer {community.security.create_token(p)}"} for p in people}


def _post(client: TestClient, auth: dict[str, str], key: str, **entry: object) -> object:
    return client.post(
        "/ventures/acme/entries", json=entry, headers=auth | {"Idempotency-Key": key}
    )


@pytest.fixture
def api(community: Community) -> tuple[TestClient, Auth]:
    venture(community.equity, "acme", "ana", "bob", "cy", name="Acme")
    return client_over(community), _auth(community, "ana", "bob", "cy")


def test_a_leavers_own_good_reason_waits_for_an_owner(api: tuple[TestClient, Auth]) -> None:
    client, auth = api
    rate = {"member": "bob", "effective": START.isoformat(), "salary": "100000"}
    agreed_rate_api(client, "acme", rate, auth["ana"], auth["bob"])  # his opening salary
    r = _post(client, auth["bob"], "t1", member="bob", kind="time", on="2024-01-02", hours=10)
    assert r.status_code == 201, r.text  # type: ignore[attr-defined]
    leave = {"member": "bob", "on": "2024-02-01", "reason": "resigned-good-reason"}
    r = client.post("/ventures/acme/departures", json=leave, headers=auth["bob"])
    assert r.status_code == 201, r.text
    body = r.json()
    assert (body["reason"], body["claimed"], body["claim_status"]) == (
        "resigned-no-good-reason",
        "resigned-good-reason",
        "open",
    )
    assert (Decimal(body["slices_before"]), Decimal(body["slices_after"])) == (1000, 0)
    split = client.get("/ventures/acme/split", headers=auth["cy"]).json()
    assert Decimal({m["member"]: m["slices"] for m in split["members"]}.get("bob", "0")) == 0
    number = body["claim_proposal"]
    (_, shown) = client.get("/ventures/acme/proposals", headers=auth["cy"]).json()
    assert (shown["kind"], shown["subject"], shown["waiting"]) == ("reason", "bob", ["ana"])
    answer = {"accept": True}
    r = client.post(f"/ventures/acme/proposals/{number}/answer", json=answer, headers=auth["cy"])
    assert r.status_code == 403 and r.json()["field"] == "proposal", r.text
    r = client.post(f"/ventures/acme/proposals/{number}/answer", json=answer, headers=auth["ana"])
    assert r.status_code == 200 and r.json()["status"] == "accepted", r.text
    (gone,) = client.get("/ventures/acme/departures", headers=auth["bob"]).json()
    assert (gone["reason"], gone["claimed"], Decimal(gone["slices_after"])) == (
        "resigned-good-reason",
        None,
        1000,
    )
    r = client.post(f"/ventures/acme/proposals/{number}/answer", json=answer, headers=auth["ana"])
    assert r.status_code == 409 and r.json()["field"] == "proposal", r.text


def test_a_lower_salary_waits_for_its_member(api: tuple[TestClient, Auth]) -> None:
    client, auth = api
    first = {"member": "bob", "effective": START.isoformat(), "salary": "100000"}
    agreed_rate_api(client, "acme", first, auth["ana"], auth["bob"])
    lower = {"member": "bob", "effective": "2024-02-01", "salary": "50000"}
    r = client.post("/ventures/acme/rates", json=lower, headers=auth["ana"])
    assert r.status_code == 202 and r.json()["waiting"] == ["bob"], r.text
    number = r.json()["proposal"]
    no = {"accept": False}
    r = client.post(f"/ventures/acme/proposals/{number}/answer", json=no, headers=auth["bob"])
    assert r.status_code == 422 and r.json()["field"] == "note", r.text
    no = {"accept": False, "note": "the market pays 100k"}
    r = client.post(f"/ventures/acme/proposals/{number}/answer", json=no, headers=auth["bob"])
    assert r.status_code == 200 and r.json()["status"] == "declined", r.text
    r = client.post("/ventures/acme/proposals/99/answer", json=no, headers=auth["bob"])
    assert r.status_code == 404 and r.json()["field"] == "proposal", r.text


def test_an_account_of_the_sole_owner_named_owner_brings_no_approver_in(
    community: Community,
) -> None:
    eq = community.equity
    create(eq, "acme", "ana", "Acme", start=START, require_approval=True)
    join(eq, "acme", "ana2", by="ana")  # ana alone: no second needed
    eq.name_owner("acme", "ana2", actor=Actor("ana"))
    join(eq, "acme", "bob", by="ana")
    person(eq, "ana3")
    join(eq, "acme", "ana3", by="ana2")  # ana2's word alone, after bob joined
    client = client_over(community)
    auth = _auth(community, "ana", "ana2", "ana3", "bob")
    r = _post(client, auth["ana"], "a1", member="ana", kind="cash", on="2024-01-02", amount=10**6)
    number = r.json()["number"]  # type: ignore[attr-defined]
    r = client.post(f"/ventures/acme/entries/{number}/approve", headers=auth["ana3"])
    assert r.status_code == 403, r.text
    # nor do ana's accounts vouch for ana3: only bob's second counts
    r = client.post("/ventures/acme/members/ana3/second", headers=auth["ana"])
    assert r.status_code == 403, r.text
    r = client.post("/ventures/acme/members/bob/second", headers=auth["ana2"])  # bob's own
    assert r.status_code == 200, r.text
    r = client.post("/ventures/acme/members/ana3/second", headers=auth["bob"])
    assert r.status_code == 200, r.text
    r = client.post(f"/ventures/acme/entries/{number}/approve", headers=auth["ana3"])
    assert r.status_code == 200, r.text


def test_the_command_line_proposes_lists_and_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "pie.db"
    monkeypatch.setenv("COFOUNDRY_DB", str(path))
    equity = EquityService(connect(path))
    venture(equity, "acme", "ana", "bob")
    equity.db.close()

    def run(*args: str, code: int = 0) -> str:
        r = CliRunner().invoke(cli, ["venture", *args])
        assert r.exit_code == code and "Traceback" not in r.output, r.output
        return r.output

    out = run("freeze", "acme", "2024-03-01", "--as", "ana")
    assert "proposal 1 (freeze) waits for bob" in out and "froze" not in out
    assert "1 freeze acme (on 2024-03-01) by ana: waits for bob" in run(
        "proposals", "acme", "--as", "bob"
    )
    assert "error:" in run("answer", "acme", "1", "--decline", "--as", "bob", code=2)
    assert "proposal 1 (freeze acme): accepted" in run(
        "answer", "acme", "1", "--accept", "--as", "bob"
    )
    assert "accepted by bob" in run("proposals", "acme", "--as", "ana")
    out = run(
        "leave", "acme", "bob", "--reason", "resigned-good-reason", "--on", "2024-03-01",
        "--as", "bob",
    )  # fmt: skip
    assert "claimed by the leaver" in out and "proposal 2 (reason) waits for ana" in out
    assert "resigned-good-reason claimed (waiting for an owner's word, proposal 2)" in run(
        "departures", "acme", "--as", "ana"
    )


def test_an_acceptance_names_the_members_it_read(community: Community) -> None:
    """Bob read his invitation when ana was the only member; ana2 (an account of ana's,
    needing no second: ana was alone) joined before bob accepted. His acceptance joined a
    venture with a partner he never saw listed; now it names the members he read, and is
    refused with the members now."""
    eq = community.equity
    create(eq, "acme", "ana", "Acme", start=START)
    for pid in ("ana2", "bob"):
        person(eq, pid)
        eq.invite("acme", pid, actor=Actor("ana"))
    client = client_over(community)
    auth = _auth(community, "bob")
    (read,) = client.get("/me/venture-invitations", headers=auth["bob"]).json()
    assert read["members"] == ["ana"], read
    eq.answer_invitation("acme", True, actor=Actor("ana2"))
    answer = {"accept": True, "members": read["members"]}
    r = client.post("/ventures/acme/invitation", json=answer, headers=auth["bob"])
    assert r.status_code == 409, r.text
    body = r.json()
    assert body["field"] == "members" and "ana2" in body["detail"] and body["hint"]
    assert "bob" not in eq.view("acme", actor=Actor("ana")).roles.members
    answer = {"accept": True, "members": ["ana2", "ana"]}
    r = client.post("/ventures/acme/invitation", json=answer, headers=auth["bob"])
    assert r.status_code == 200 and r.json() == {"joined": True}, r.text


def test_a_disputed_cause_waits_for_another_owner(api: tuple[TestClient, Auth]) -> None:
    """ledger13b: an owner's "for cause" costs a disputing leaver nothing until another
    owner (not the recorder) confirms it; the API says which state it is in."""
    client, auth = api
    owner = {"member": "cy"}
    assert client.post("/ventures/acme/owners", json=owner, headers=auth["ana"]).status_code == 200
    rate = {"member": "bob", "effective": START.isoformat(), "salary": "100000"}
    agreed_rate_api(client, "acme", rate, auth["ana"], auth["bob"])
    r = _post(client, auth["bob"], "t1", member="bob", kind="time", on="2024-01-02", hours=10)
    assert r.status_code == 201, r.text  # type: ignore[attr-defined]
    leave = {"member": "bob", "on": "2024-02-01", "reason": "fired-for-cause"}
    r = client.post("/ventures/acme/departures", json=leave, headers=auth["ana"])
    assert r.status_code == 201 and Decimal(r.json()["slices_after"]) == 0, r.text
    dispute = {"acknowledge": False, "note": "I was never warned"}
    r = client.post("/ventures/acme/departures/bob/answer", json=dispute, headers=auth["bob"])
    assert r.status_code == 200, r.text
    (gone,) = client.get("/ventures/acme/departures", headers=auth["cy"]).json()
    assert (gone["reason"], gone["disputed"], gone["dispute_status"]) == (
        "fired-without-cause",
        "fired-for-cause",
        "open",
    )
    assert Decimal(gone["slices_after"]) == 1000
    (_, shown) = client.get("/ventures/acme/proposals", headers=auth["bob"]).json()
    assert (shown["kind"], shown["proposed_by"], shown["waiting"]) == ("cause", "ana", ["cy"])
    answer = {"accept": True}
    url = f"/ventures/acme/proposals/{gone['dispute_proposal']}/answer"
    assert client.post(url, json=answer, headers=auth["ana"]).status_code == 403
    assert client.post(url, json=answer, headers=auth["cy"]).json()["status"] == "accepted"
    (gone,) = client.get("/ventures/acme/departures", headers=auth["bob"]).json()
    assert (gone["reason"], gone["disputed"], Decimal(gone["slices_after"])) == (
        "fired-for-cause",
        None,
        0,
    )


def test_the_command_line_shows_terms_proposed_and_a_disputed_cause(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ledger13b: `terms set` says whom new terms wait for; a leaver's dispute of a cause
    says it counts as their best case, and `departures` says it is not confirmed."""
    path = tmp_path / "pie.db"
    monkeypatch.setenv("COFOUNDRY_DB", str(path))
    equity = EquityService(connect(path))
    venture(equity, "acme", "ana", "bob", "cy")
    equity.name_owner("acme", "cy", actor=Actor("ana"))
    equity.db.close()

    def run(*args: str, code: int = 0) -> str:
        r = CliRunner().invoke(cli, ["venture", *args])
        assert r.exit_code == code and "Traceback" not in r.output, r.output
        return r.output

    out = run("terms", "set", "acme", "--from", "2024-02-01", "--cash", "8", "--as", "ana")
    assert "proposal 1 (terms) waits for bob, cy" in out
    run("answer", "acme", "1", "--decline", "--note", "no", "--as", "cy")
    run("leave", "acme", "bob", "--reason", "fired-for-cause", "--on", "2024-03-01", "--as", "ana")
    out = run("departure", "dispute", "acme", "--note", "never warned", "--as", "bob")
    assert "proposal 2, waiting for cy" in out and "fired-without-cause" in out
    assert "recorded as fired-for-cause and disputed: not confirmed by another owner" in run(
        "departures", "acme", "--as", "ana"
    )
