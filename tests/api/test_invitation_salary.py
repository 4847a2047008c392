"""An invitation that carries the opening salary (ledger15): through the API and the CLI.

The invitee reads the salary with the invitation (``GET /me/venture-invitations``,
``cofoundry venture invitations``) and accepts it by naming it when they join; a salary
changed since is refused (409, field ``salary``), never accepted in their name; joining
without it leaves it a proposal waiting for them; bad amounts are 422 naming the field.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.cli import app as cli
from matcher.access import ADMIN
from matcher.community import Community
from matcher.equity import EquityService
from matcher.schema import connect
from tests.apps import client_over
from tests.ventures import START, create, person

Auth = dict[str, dict[str, str]]
INVITE = {"member": "bob", "salary": "60000", "paid_salary": "10000", "effective": "2024-05-01"}


@pytest.fixture
def api(community: Community) -> tuple[TestClient, Auth]:
    create(community.equity, "acme", "ana", "Acme", start=START)
    for p in ("bob", "cy"):
        person(community.equity, p)
    auth = {
        p: {"Authorization": f"Bearer {community.security.create_token(p)}"}
        for p in ("ana", "bob", "cy")
    }
    return client_over(community), auth


def test_the_invitee_reads_the_salary_and_accepts_it_with_the_invitation(
    api: tuple[TestClient, Auth], community: Community
) -> None:
    client, auth = api
    r = client.post("/ventures/acme/members", json=INVITE, headers=auth["ana"])
    assert r.status_code == 201, r.text
    assert r.json()["invited_salaries"] == {
        "bob": {"salary": "60000", "paid_salary": "10000", "effective": "2024-05-01"}
    }
    (invitation,) = client.get("/me/venture-invitations", headers=auth["bob"]).json()
    shown = invitation["salary"]
    assert shown == {"salary": "60000", "paid_salary": "10000", "effective": "2024-05-01"}
    body = {"accept": True, "members": invitation["members"], "salary": shown}
    r = client.post("/ventures/acme/invitation", json=body, headers=auth["bob"])
    assert r.status_code == 200 and r.json() == {"joined": True}, r.text
    rates = [
        (r.member, str(r.effective), str(r.salary))
        for r in community.equity.store.member_rates("acme")
    ]
    assert rates == [("bob", "2024-05-01", "60000")]
    r = client.get("/ventures/acme/proposals", headers=auth["bob"])
    assert [(p["subject"], p["status"]) for p in r.json()] == [("bob", "accepted")]


def test_a_salary_changed_after_it_was_read_is_refused_and_join_and_discuss(
    api: tuple[TestClient, Auth], community: Community
) -> None:
    client, auth = api
    client.post("/ventures/acme/members", json=INVITE, headers=auth["ana"])
    (seen,) = client.get("/me/venture-invitations", headers=auth["bob"]).json()
    lower = INVITE | {"salary": "6000", "paid_salary": "0"}
    assert client.post("/ventures/acme/members", json=lower, headers=auth["ana"]).status_code == 201
    body = {"accept": True, "salary": seen["salary"]}
    r = client.post("/ventures/acme/invitation", json=body, headers=auth["bob"])
    assert r.status_code == 409, r.text
    err = r.json()
    assert err["field"] == "salary" and "6000" in err["value"] and err["hint"]
    assert community.equity.store.member_rates("acme") == ()
    # an empty salary object is not an acceptance of anything
    r = client.post(
        "/ventures/acme/invitation", json={"accept": True, "salary": {}}, headers=auth["bob"]
    )
    assert r.status_code == 422 and r.json()["field"] == "salary", r.text
    # join, discuss the salary: a proposal waits for bob
    r = client.post("/ventures/acme/invitation", json={"accept": True}, headers=auth["bob"])
    assert r.status_code == 200, r.text
    (p,) = client.get("/ventures/acme/proposals", headers=auth["bob"]).json()
    assert (p["subject"], p["status"], p["waiting"], p["data"]["salary"]) == (
        "bob",
        "open",
        ["bob"],
        "6000",
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("salary", "NaN"),
        ("salary", "-1"),
        ("salary", "1e999999"),
        ("salary", "99999999999999999999"),
        ("paid_salary", "70000"),
        ("effective", "2024-02-30"),
        ("effective", "2000-01-01"),
    ],
)
def test_bad_salaries_are_422_naming_the_field(
    api: tuple[TestClient, Auth], community: Community, field: str, value: str
) -> None:
    client, auth = api
    body = {"member": "bob", "salary": "60000"} | {field: value}
    r = client.post("/ventures/acme/members", json=body, headers=auth["ana"])
    assert r.status_code == 422, r.text
    assert r.json()["field"] == field, r.text
    assert community.equity.view("acme", actor=ADMIN).roles.invited == ()


def test_a_json_nan_salary_is_422_naming_the_field(api: tuple[TestClient, Auth]) -> None:
    client, auth = api
    raw = '{"member": "bob", "salary": NaN}'
    headers = auth["ana"] | {"Content-Type": "application/json"}
    r = client.post("/ventures/acme/members", content=raw, headers=headers)
    assert r.status_code == 422 and r.json()["field"] == "salary", r.text


def test_the_command_line_carries_the_salary_both_ways(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "pie.db"
    monkeypatch.setenv("COFOUNDRY_DB", str(path))
    equity = EquityService(connect(path))
    create(equity, "acme", "ana", start=START)
    for p in ("bob", "cy"):
        person(equity, p)
    equity.db.close()

    def run(*args: str, code: int = 0) -> str:
        r = CliRunner().invoke(cli, ["venture", *args])
        assert r.exit_code == code and "Traceback" not in r.output, r.output
        return r.output

    out = run("member", "invite", "acme", "bob", "--salary", "60000", "--from", "2024-05-01",
              "--as", "ana")  # fmt: skip
    assert "with a salary of 60000 (0 paid) from 2024-05-01" in out
    assert "bob: salary 60000 (0 paid) from 2024-05-01" in run("show", "acme", "--as", "ana")
    out = run("member", "invite", "acme", "cy", "--salary", "NaN", "--as", "ana", code=2)
    assert "salary" in out
    assert "a salary of 60000 (0 paid) from 2024-05-01" in run("invitations", "--as", "bob")
    out = run("accept", "acme", "--salary", "65000", "--from", "2024-05-01", "--as", "bob", code=2)
    assert "it is now a salary of 60000" in out
    out = run("accept", "acme", "--salary", "60000", "--from", "2024-05-01", "--as", "bob")
    assert "you accepted a salary of 60000 (0 paid) from 2024-05-01: it is in force" in out
    # cy joins to discuss: the command says the proposal that waits for her
    run("member", "invite", "acme", "cy", "--salary", "50000", "--as", "ana")
    out = run("accept", "acme", "--as", "cy")
    assert "you joined acme" in out and "(rate) waits for cy" in out
