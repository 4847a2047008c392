"""A member's first salary waits for the right word (ledger14): through the API and the CLI.

An owner opening another member's salary low, or their own high, was recorded at once
(201); it is now a proposal (202) answered by the member it opens (or, for one's own, by
every other member), and time meanwhile is refused naming it (409, field ``rate``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.cli import app as cli
from matcher.community import Community
from matcher.equity import EquityService
from matcher.schema import connect
from tests.apps import client_over
from tests.ventures import START, Auth, two_ventures, venture


@pytest.fixture
def api(community: Community) -> tuple[TestClient, Auth]:
    return client_over(community), two_ventures(community)


def _time(client: TestClient, who: dict[str, str], key: str, member: str) -> object:
    body = {"member": member, "kind": "time", "on": "2024-01-02", "hours": "10"}
    return client.post("/ventures/acme/entries", json=body, headers=who | {"Idempotency-Key": key})


def test_an_owner_opening_another_members_salary_low_is_a_proposal_for_them(
    api: tuple[TestClient, Auth], community: Community
) -> None:
    client, auth = api
    low = {"member": "bob", "effective": START.isoformat(), "salary": "1000"}
    r = client.post("/ventures/acme/rates", json=low, headers=auth["ana"])
    assert r.status_code == 202, r.text
    body = r.json()
    assert (body["kind"], body["subject"], body["waiting"], body["data"]["needs"]) == (
        "rate",
        "bob",
        ["bob"],
        "member",
    )
    number = body["proposal"]
    assert community.equity.store.member_rates("acme") == ()
    r = _time(client, auth["bob"], "t1", "bob")
    assert r.status_code == 409, r.text  # type: ignore[attr-defined]
    err = r.json()  # type: ignore[attr-defined]
    assert (err["field"], err["value"]) == ("rate", number)
    assert f"it waits for acceptance: proposal {number}" in err["detail"] and err["hint"]
    answer = f"/ventures/acme/proposals/{number}/answer"
    for who, status in (("cy", 403), ("ana", 403), ("dan", 404), ("eve", 404)):
        r = client.post(answer, json={"accept": True}, headers=auth[who])
        assert r.status_code == status, (who, r.text)
    r = client.post(answer, json={"accept": True}, headers=auth["bob"])
    assert r.status_code == 200 and r.json()["status"] == "accepted", r.text
    r = client.post(answer, json={"accept": True}, headers=auth["bob"])  # stale: answered
    assert r.status_code == 409 and r.json()["field"] == "proposal", r.text
    assert _time(client, auth["bob"], "t2", "bob").status_code == 201  # type: ignore[attr-defined]


def test_an_owner_opening_their_own_salary_high_waits_for_the_others(
    api: tuple[TestClient, Auth], community: Community
) -> None:
    client, auth = api
    high = {"member": "ana", "effective": START.isoformat(), "salary": "900000"}
    r = client.post("/ventures/acme/rates", json=high, headers=auth["ana"])
    assert r.status_code == 202 and r.json()["waiting"] == ["bob", "cy"], r.text
    assert r.json()["data"]["needs"] == "others"
    answer = f"/ventures/acme/proposals/{r.json()['proposal']}/answer"
    r = client.post(answer, json={"accept": True}, headers=auth["ana"])  # her own, for them
    assert r.status_code == 403 and r.json()["field"] == "proposal", r.text
    r = client.post(answer, json={"accept": True}, headers=auth["bob"])
    assert r.status_code == 200 and r.json()["status"] == "open" and r.json()["waiting"] == ["cy"]
    r = client.post(
        answer, json={"accept": False, "note": "ten times the market"}, headers=auth["cy"]
    )
    assert r.status_code == 200 and r.json()["status"] == "declined", r.text
    assert community.equity.store.member_rates("acme") == ()


def test_the_command_line_says_an_opening_salary_waits_and_for_whom(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "pie.db"
    monkeypatch.setenv("COFOUNDRY_DB", str(path))
    equity = EquityService(connect(path))
    venture(equity, "acme", "ana", "bob", "cy")
    equity.db.close()

    def run(*args: str, code: int = 0) -> str:
        r = CliRunner().invoke(cli, ["venture", *args])
        assert r.exit_code == code and "Traceback" not in r.output, r.output
        return r.output

    out = run(
        "rate", "set", "acme", "bob", "--salary", "1000", "--from", "2023-01-01", "--as", "ana"
    )
    assert "proposal 1 (rate) waits for bob" in out and "a year" not in out
    out = run(
        "rate", "set", "acme", "ana", "--salary", "900000", "--from", "2023-01-01", "--as", "ana"
    )
    assert "proposal 2 (rate) waits for bob, cy" in out
    listed = run("proposals", "acme", "--as", "cy")
    assert (
        "1 rate bob (effective 2023-01-01, paid_salary 0, salary 1000) by ana: waits for bob"
        in listed
    )
    assert (
        "2 rate ana (effective 2023-01-01, paid_salary 0, salary 900000) by ana: waits for bob, cy"
        in listed
    )
    out = run(
        "post",
        "acme",
        "--kind",
        "time",
        "--on",
        "2024-01-02",
        "--hours",
        "10",
        "--as",
        "bob",
        code=2,
    )
    assert "it waits for acceptance: proposal 1" in out
    run("answer", "acme", "1", "--accept", "--as", "cy", code=2)  # not asked
    assert "proposal 1 (rate bob): accepted" in run(
        "answer", "acme", "1", "--accept", "--as", "bob"
    )
    run("post", "acme", "--kind", "time", "--on", "2024-01-02", "--hours", "10", "--as", "bob")
    # the solo founder of another venture opens her salary at once
    solo = EquityService(connect(path))
    venture(solo, "solo", "zoe")
    solo.db.close()
    out = run(
        "rate", "set", "solo", "zoe", "--salary", "90000", "--from", "2023-01-01", "--as", "zoe"
    )
    assert "zoe: 90000 a year" in out
