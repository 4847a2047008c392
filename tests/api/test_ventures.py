"""Ventures end to end: HTTP (TestClient) and the ``cofoundry venture`` command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.cli import app as cli
from api.settings import Settings
from matcher.community import Community


@pytest.fixture
def client(community: Community) -> TestClient:
    return TestClient(create_app(Settings(db=":memory:", encoder="fake"), community=community))


@pytest.fixture
def tokens(community: Community) -> dict[str, dict[str, str]]:
    made = {p: community.security.create_token(p) for p in ("ana", "bob", "cyd")}
    made["admin"] = community.security.create_token(None, role="admin")
    return {k: {"Authorization": f"Bearer {t}"} for k, t in made.items()}


def assert_error(r: Any, status: int, field: str | None, text: str) -> None:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["field"] == field and text in body["detail"] and body["hint"], body


def _venture(client: TestClient, h: dict[str, dict[str, str]], **extra: Any) -> None:
    r = client.post("/ventures", json={"id": "acme", "name": "Acme", **extra}, headers=h["ana"])
    assert r.status_code == 201, r.text
    assert r.json()["members"] == ["ana"]
    r = client.post("/ventures/acme/members", json={"member": "bob"}, headers=h["ana"])
    assert r.json()["members"] == ["ana", "bob"]
    for member, salary in (("ana", "100000"), ("bob", "50000")):
        r = client.post(
            "/ventures/acme/rates",
            json={"member": member, "effective": "2024-01-01", "salary": salary},
            headers=h["ana"],
        )
        assert r.status_code == 201, r.text


def _post(client: TestClient, who: dict[str, str], key: str, **body: Any) -> Any:
    return client.post("/ventures/acme/entries", json=body, headers={**who, "Idempotency-Key": key})


def test_ledger_split_and_timeline(client: TestClient, tokens: dict[str, dict[str, str]]) -> None:
    _venture(client, tokens)
    r = _post(client, tokens["ana"], "a1", member="ana", kind="time", on="2024-01-10", hours=10)
    assert r.status_code == 201, r.text
    # 100,000 / 2,000 = 50 an hour x 10 h = 500 at risk x2 = 1,000 slices
    assert r.json()["computation"]["slices"] == "1000"
    assert "= 500 at risk x 2 = 1000 slices" in r.json()["computation"]["formula"]
    r = _post(client, tokens["bob"], "b1", member="bob", kind="cash", on="2024-02-01", amount="500")
    assert r.json()["computation"]["slices"] == "2000"
    # a retry with the same key is the same entry, counted once (200, not 201)
    again = _post(
        client, tokens["bob"], "b1", member="bob", kind="cash", on="2024-02-01", amount="500"
    )
    assert again.status_code == 200 and again.json()["id"] == r.json()["id"]
    other = _post(
        client, tokens["bob"], "b1", member="bob", kind="cash", on="2024-02-01", amount="9"
    )
    assert_error(other, 409, "idempotency_key", "already used for entry")
    split = client.get("/ventures/acme/split", headers=tokens["bob"]).json()
    assert split["total"] == "3000"
    assert [(m["member"], m["share"], m["percent"]) for m in split["members"]] == [
        ("ana", "1/3", "33.33"),
        ("bob", "2/3", "66.67"),
    ]
    early = client.get("/ventures/acme/split?as_of=2024-01-31", headers=tokens["ana"]).json()
    assert early["members"] == [early["members"][0]] and early["members"][0]["share"] == "1"
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/ventures/acme/timeline.csv", headers=tokens["ana"]).text)
        )
    )
    assert [(r["as_of"], r["member"], r["percent"]) for r in rows] == [
        ("2024-01-10", "ana", "100.00"),
        ("2024-02-01", "ana", "33.33"),
        ("2024-02-01", "bob", "66.67"),
    ]
    history = client.get("/ventures/acme/timeline.json", headers=tokens["ana"]).json()
    assert [h["as_of"] for h in history] == ["2024-01-10", "2024-02-01"]
    svg = client.get("/ventures/acme/timeline.svg", headers=tokens["ana"])
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert svg.text.startswith("<svg") and "<polyline" in svg.text and "<script" not in svg.text
    ledger = client.get("/ventures/acme/ledger", headers=tokens["ana"]).json()
    assert [(e["id"], e["author"], e["counts"]) for e in ledger] == [
        (1, "ana", True),
        (2, "bob", True),
    ]


def test_permissions(client: TestClient, tokens: dict[str, dict[str, str]]) -> None:
    _venture(client, tokens)
    r = _post(client, tokens["ana"], "a1", member="ana", kind="cash", on="2024-01-10", amount=100)
    entry = r.json()["id"]
    # no token: 401; not a member: 404 everywhere, as if the venture did not exist
    assert_error(client.get("/ventures/acme/ledger"), 401, None, "sign in")
    for path in ("/ventures/acme", "/ventures/acme/ledger", "/ventures/acme/split"):
        assert_error(client.get(path, headers=tokens["cyd"]), 404, "venture", "no venture 'acme'")
    assert_error(
        _post(client, tokens["cyd"], "c1", member="cyd", kind="cash", on="2024-01-10", amount=1),
        404,
        "venture",
        "that you belong to",
    )
    # a member may not post as someone else, nor reverse another's entry
    assert_error(
        _post(
            client,
            tokens["bob"],
            "b9",
            member="bob",
            kind="cash",
            on="2024-01-10",
            amount=1,
            author="ana",
        ),
        403,
        "author",
        "only act as yourself",
    )
    r = client.post(f"/ventures/acme/entries/{entry}/reverse", headers=tokens["bob"])
    assert_error(r, 403, "entry", "only the author ('ana') or the approver")
    # the author may not approve their own entry; another member may, and then may reverse it
    r = client.post(f"/ventures/acme/entries/{entry}/approve", headers=tokens["ana"])
    assert_error(r, 403, "entry", "another member must approve it")
    r = client.post(f"/ventures/acme/entries/{entry}/approve", headers=tokens["bob"])
    assert r.status_code == 200 and r.json()["approver"] == "bob"
    r = client.post(
        f"/ventures/acme/entries/{entry}/reverse", json={"on": "2024-02-01"}, headers=tokens["bob"]
    )
    assert r.status_code == 201 and r.json()["reverses"] == entry
    r = client.post(
        f"/ventures/acme/entries/{entry}/reverse", headers=tokens["admin"], json={"author": "ana"}
    )
    assert_error(r, 409, "entry", f"entry {entry} is already reversed by entry")
    assert client.get("/ventures/acme/split", headers=tokens["admin"]).json()["total"] == "0"
    assert_error(
        client.post("/ventures/acme/entries/99/approve", headers=tokens["bob"]),
        404,
        "entry",
        "no entry 99 in venture 'acme'",
    )


def test_errors_name_field_and_value(client: TestClient, tokens: dict[str, dict[str, str]]) -> None:
    _venture(client, tokens, freeze="2024-06-30")
    cases = [
        (
            {"member": "ana", "kind": "cash", "on": "2024-01-10", "amount": "-50"},
            "amount",
            "amount must be >= 0, got -50",
        ),
        (
            {"member": "zed", "kind": "cash", "on": "2024-01-10", "amount": "5"},
            "member",
            "member 'zed' is not a member of venture 'acme'",
        ),
        (
            {"member": "ana", "kind": "cash", "on": "2024-07-01", "amount": "5"},
            "on",
            "a contribution on 2024-07-01 is after the freeze",
        ),
        (
            {"member": "ana", "kind": "time", "on": "2023-12-01", "hours": "1"},
            "rate",
            "member 'ana' has no fair market salary on 2023-12-01",
        ),
    ]
    for i, (body, field, text) in enumerate(cases):
        assert_error(_post(client, tokens["ana"], f"e{i}", **body), 422, field, text)
    r = client.post("/ventures/acme/entries", json=cases[0][0], headers=tokens["ana"])
    assert_error(r, 422, "header.idempotency-key", "Field required")
    r = _post(
        client, tokens["ana"], "x", member="ana", kind="cash", on="2024-01-10", amount=1, bogus=1
    )
    assert_error(r, 422, "bogus", "Extra inputs are not permitted")


def test_departure_before_and_after(client: TestClient, tokens: dict[str, dict[str, str]]) -> None:
    _venture(client, tokens)
    _post(client, tokens["bob"], "b1", member="bob", kind="time", on="2024-01-10", hours=100)
    _post(client, tokens["bob"], "b2", member="bob", kind="cash", on="2024-01-10", amount=1000)
    _post(client, tokens["ana"], "a1", member="ana", kind="time", on="2024-01-10", hours=100)
    # bob: 100 h x 25 x2 = 5,000 + 1,000 x4 = 4,000 -> 9,000; resigning without good reason keeps
    # the cash at x1 = 1,000.
    r = client.post(
        "/ventures/acme/departures",
        json={"member": "bob", "on": "2024-02-01", "reason": "resigned-no-good-reason"},
        headers=tokens["ana"],
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["slices_before"] == "9000.0000" and body["slices_after"] == "1000.0000"
    assert body["after"] == {"cash": "1000.0000"}
    split = client.get("/ventures/acme/split", headers=tokens["ana"]).json()
    assert [(m["member"], m["share"], m["left"]) for m in split["members"]] == [
        ("ana", "10/11", False),
        ("bob", "1/11", True),
    ]
    r = _post(client, tokens["bob"], "b3", member="bob", kind="cash", on="2024-03-01", amount=5)
    assert_error(r, 422, "member", "member 'bob' has left venture 'acme'")


runner = CliRunner()


def test_cli_pie(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COFOUNDRY_DB", str(tmp_path / "pie.db"))

    def run(*args: str, code: int = 0) -> str:
        r = runner.invoke(cli, ["venture", *args])
        assert r.exit_code == code, r.output
        return r.output

    assert "members: ana, bob" in run("create", "acme", "--member", "ana", "--member", "bob")
    assert "(15 an hour at risk" in run(
        "rate",
        "set",
        "acme",
        "bob",
        "--salary",
        "50000",
        "--paid-salary",
        "20000",
        "--from",
        "2024-01-01",
    )
    out = run(
        "post", "acme", "--author", "bob", "--kind", "time", "--on", "2024-01-05", "--hours", "10"
    )
    assert "#1 2024-01-05 bob time by bob [counts]" in out and "= 300 slices" in out
    # the same command again is a retry: nothing is counted twice
    assert "already recorded (same idempotency key) as entry 1" in run(
        "post", "acme", "--author", "bob", "--kind", "time", "--on", "2024-01-05", "--hours", "10"
    )
    out = run(
        "post",
        "acme",
        "--author",
        "ana",
        "--kind",
        "expense",
        "--on",
        "2024-01-06",
        "--amount",
        "40",
        "--paid",
        "10",
    )
    assert "40 spent - 10 reimbursed = 30 at risk x 4 = 120 slices" in out
    data = json.loads(run("split", "acme", "--json"))
    assert [(m["member"], m["share"]) for m in data["members"]] == [("ana", "2/7"), ("bob", "5/7")]
    assert "total: 100.00%" in run("split", "acme", "--as-of", "2024-01-06")
    assert "reverses entry 1" in run(
        "reverse", "acme", "1", "--author", "bob", "--on", "2024-01-07"
    )
    assert "error: entry 1 is already reversed by entry 3" in run(
        "reverse", "acme", "1", "--author", "ana", code=2
    )
    assert "[reversed]" in run("ledger", "acme")
    assert "wrote" in run("timeline", "acme", "--out", str(tmp_path / "t.svg"))
    assert (tmp_path / "t.svg").read_text().startswith("<svg")
    run("timeline", "acme", "--out", str(tmp_path / "t.csv"))
    assert (tmp_path / "t.csv").read_text().splitlines()[0] == "as_of,member,slices,share,percent"
    out = run(
        "leave", "acme", "ana", "--reason", "fired-for-cause", "--on", "2024-02-01", "--buyback"
    )
    assert "buy-back: 30.00 paid" in out
    assert "error: reason must be one of" in run(
        "leave", "acme", "bob", "--reason", "bored", "--on", "2024-02-01", code=2
    )
    assert "error: --out must end in .svg, .csv or .json" in run(
        "timeline", "acme", "--out", "x.png", code=2
    )


def test_terms_apply_to_later_entries_only(
    client: TestClient, tokens: dict[str, dict[str, str]]
) -> None:
    _venture(client, tokens)
    _post(client, tokens["bob"], "b1", member="bob", kind="cash", on="2024-01-10", amount=100)
    r = client.post(
        "/ventures/acme/terms",
        json={"effective": "2024-01-05", "cash_multiplier": "3"},
        headers=tokens["ana"],
    )
    assert_error(r, 422, "effective", "would change entries already posted")
    r = client.post(
        "/ventures/acme/terms",
        json={"effective": "2024-02-01", "cash_multiplier": "3"},
        headers=tokens["ana"],
    )
    assert r.status_code == 201 and [t["cash_multiplier"] for t in r.json()] == ["4", "3"]
    _post(client, tokens["bob"], "b2", member="bob", kind="cash", on="2024-02-02", amount=100)
    # 100 x4 + 100 x3 = 700
    assert client.get("/ventures/acme/split", headers=tokens["bob"]).json()["total"] == "700"
