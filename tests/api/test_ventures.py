"""Ventures end to end: HTTP (TestClient) and the ``cofoundry venture`` command line.

The second half is issue 17's list, one regression test per case, tried as two partners who
fall out would: through the API, then through the CLI under the same rules.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.cli import app as cli
from matcher.community import Community
from matcher.equity import EquityService
from matcher.schema import connect
from tests.apps import client_over
from tests.ventures import agreed_rate_api, person

H = dict[str, dict[str, str]]


@pytest.fixture
def client(community: Community) -> TestClient:
    return client_over(community)


@pytest.fixture
def tokens(community: Community) -> H:
    made = {p: community.security.create_token(p) for p in ("ana", "bob", "cyd", "dan")}
    made["admin"] = community.security.create_token(None, role="admin")
    return {k: {"Authorization": f"Bearer {t}"} for k, t in made.items()}


def assert_error(r: Any, status: int, field: str | None, text: str) -> None:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["field"] == field and text in body["detail"] and body["hint"], body


def _venture(client: TestClient, h: H, **extra: Any) -> None:
    """ana owns acme (started 2024-01-01); bob is invited and accepts; ana sets salaries
    and bob accepts them.
    An admin creates it with ana as its owner: only an admin's id is exact."""
    body = {"id": "acme", "name": "Acme", "start": "2024-01-01", "owner": "ana", "exact": True}
    r = client.post("/ventures", json=body | extra, headers=h["admin"])
    assert r.status_code == 201, r.text
    assert (r.json()["members"], r.json()["owners"]) == (["ana"], ["ana"])
    r = client.post("/ventures/acme/members", json={"member": "bob"}, headers=h["ana"])
    assert (r.json()["members"], r.json()["invited"]) == (["ana"], ["bob"])
    r = client.post("/ventures/acme/invitation", json={"accept": True}, headers=h["bob"])
    assert r.json() == {"joined": True}, r.text
    for member, salary in (("ana", "100000"), ("bob", "50000")):
        # an opening salary waits for bob's word: his own, and ana's (his share is at stake)
        body = {"member": member, "effective": "2024-01-01", "salary": salary}
        agreed_rate_api(client, "acme", body, h["ana"], h["bob"])


def _post(client: TestClient, who: dict[str, str], key: str, **body: Any) -> Any:
    return client.post("/ventures/acme/entries", json=body, headers={**who, "Idempotency-Key": key})


def _split(client: TestClient, who: dict[str, str], **params: str) -> dict[str, str]:
    r = client.get("/ventures/acme/split", params=params, headers=who)
    assert r.status_code == 200, r.text
    return {m["member"]: m["percent"] for m in r.json()["members"]}


def test_a_venture_without_a_name_nor_an_id_is_refused(client: TestClient, tokens: H) -> None:
    """Else its members would see its random id as its name."""
    for body in ({}, {"name": ""}, {"name": "  "}):
        r = client.post("/ventures", json={"start": "2024-01-01", **body}, headers=tokens["ana"])
        assert_error(r, 422, "name", "needs a name")
    r = client.post("/ventures", json={"id": "plain", "start": "2024-01-01"}, headers=tokens["ana"])
    assert r.status_code == 201  # a chosen id names it
    r = client.post(
        "/ventures", json={"name": "Acme", "start": "2024-01-01"}, headers=tokens["ana"]
    )
    assert r.status_code == 201 and r.json()["name"] == "Acme"


def test_ledger_split_and_timeline(client: TestClient, tokens: H) -> None:
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
    assert again.status_code == 200 and again.json()["number"] == r.json()["number"]
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
    # members with no slices yet are shown at 0.00 %
    early = _split(client, tokens["ana"], as_of="2024-01-31")
    assert early == {"ana": "100.00", "bob": "0.00"}
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/ventures/acme/timeline.csv", headers=tokens["ana"]).text)
        )
    )
    assert [(r["as_of"], r["member"], r["percent"]) for r in rows if r["percent"] != "0.00"] == [
        ("2024-01-10", "ana", "100.00"),
        ("2024-02-01", "ana", "33.33"),
        ("2024-02-01", "bob", "66.67"),
    ]
    history = client.get("/ventures/acme/timeline.json", headers=tokens["ana"]).json()
    assert [h["as_of"] for h in history] == ["2024-01-10", "2024-02-01"]
    svg = client.get("/ventures/acme/timeline.svg", headers=tokens["ana"])
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert svg.text.startswith("<svg") and "<polyline" in svg.text and "<script" not in svg.text
    xml = client.get("/ventures/acme/timeline.xml", headers=tokens["ana"])
    assert xml.status_code == 422
    assert xml.json()["detail"] == "timeline format must be csv, json or svg, got 'xml'"
    ledger = client.get("/ventures/acme/ledger", headers=tokens["ana"]).json()
    assert [(e["number"], e["author"], e["counts"]) for e in ledger] == [
        (1, "ana", True),
        (2, "bob", True),
    ]


def test_outsiders_and_the_invited_see_nothing(client: TestClient, tokens: H) -> None:
    _venture(client, tokens)
    _post(client, tokens["ana"], "a1", member="ana", kind="cash", on="2024-01-10", amount=100)
    assert_error(client.get("/ventures/acme/ledger"), 401, None, "sign in")
    r = client.post("/ventures/acme/members", json={"member": "cyd"}, headers=tokens["ana"])
    assert r.status_code == 201 and r.json()["invited"] == ["cyd"]
    for who in ("cyd", "dan"):  # invited (not yet accepted) or a stranger: no such venture
        for path in ("/ventures/acme", "/ventures/acme/ledger", "/ventures/acme/split"):
            assert_error(client.get(path, headers=tokens[who]), 404, "venture", "no venture")
    # the invitation shows who invited and who is in it, nothing of the ledger
    (inv,) = client.get("/me/venture-invitations", headers=tokens["cyd"]).json()
    assert (
        inv["venture"] == "acme" and inv["invited_by"] == "ana" and "ledger" not in json.dumps(inv)
    )
    r = client.post("/ventures/acme/invitation", json={"accept": False}, headers=tokens["cyd"])
    assert r.json() == {"joined": False}
    assert client.get("/ventures/acme", headers=tokens["ana"]).json()["invited"] == []


# --------------------------------------------------------------- issue 17, through the API


def test_a_member_cannot_wipe_another_members_slices(client: TestClient, tokens: H) -> None:
    _venture(client, tokens)
    _post(client, tokens["ana"], "a1", member="ana", kind="cash", on="2024-01-10", amount=100)
    _post(client, tokens["bob"], "b1", member="bob", kind="cash", on="2024-01-10", amount=100)
    # bob's "repayment" to ana: nobody posts about another member (bob is not an owner)
    r = _post(
        client, tokens["bob"], "b2", member="ana", kind="repayment", on="2024-01-11", amount=100
    )
    assert_error(r, 403, "member", "only an owner may post an entry about another member")
    assert "'ana'" in r.json()["hint"] and "{" not in r.json()["hint"]
    # an owner may post about another member, but it counts only once that member approves
    r = _post(
        client, tokens["ana"], "a2", member="bob", kind="repayment", on="2024-01-11", amount=100
    )
    assert r.status_code == 201 and r.json()["state"] == "pending", r.text
    assert _split(client, tokens["bob"]) == {"ana": "50.00", "bob": "50.00"}
    number = r.json()["number"]
    assert_error(
        client.post(f"/ventures/acme/entries/{number}/approve", headers=tokens["ana"]),
        403,
        "entry",
        "its author may not review it",
    )
    r = client.post(
        f"/ventures/acme/entries/{number}/reject",
        json={"reason": "not agreed"},
        headers=tokens["bob"],
    )
    assert r.status_code == 200 and r.json()["state"] == "rejected", r.text
    assert r.json()["rejection"] == "not agreed" and r.json()["rejected_by"] == "bob"
    assert _split(client, tokens["bob"]) == {"ana": "50.00", "bob": "50.00"}
    # and bob may not reverse ana's entry: a reversal never takes another member's slices
    r = client.post("/ventures/acme/entries/1/reverse", headers=tokens["bob"])
    assert_error(r, 403, "entry", "only 'ana' may reverse entry 1")


def test_posted_time_cannot_be_repriced(client: TestClient, tokens: H) -> None:
    _venture(client, tokens)
    r = _post(client, tokens["bob"], "b1", member="bob", kind="time", on="2024-02-01", hours=40)
    assert r.json()["computation"]["slices"] == "2000"  # 50,000/2,000 x 40 x 2
    # a member sets nobody's rate; an owner never before an entry of that member
    body = {"member": "bob", "effective": "2024-01-15", "salary": "50"}
    assert_error(
        client.post("/ventures/acme/rates", json=body, headers=tokens["bob"]),
        403,
        "member",
        "only an owner of venture 'acme' may set salaries",
    )
    r = client.post("/ventures/acme/rates", json=body, headers=tokens["ana"])
    assert_error(r, 422, "effective", "2024-02-01")
    r = client.post(
        "/ventures/acme/terms",
        json={"effective": "2024-01-05", "cash_multiplier": "3"},
        headers=tokens["ana"],
    )
    assert_error(r, 422, "effective", "would change entries already posted")
    ledger = client.get("/ventures/acme/ledger", headers=tokens["bob"]).json()
    assert ledger[0]["computation"]["slices"] == "2000"
    # from a later date both apply to later entries only
    body = {"member": "bob", "effective": "2024-03-01", "salary": "100000"}
    assert client.post("/ventures/acme/rates", json=body, headers=tokens["ana"]).status_code == 201
    r = client.post(
        "/ventures/acme/terms",
        json={"effective": "2024-03-01", "cash_multiplier": "3"},
        headers=tokens["ana"],
    )
    # terms that change how contributions count wait for the other members (ledger13b)
    assert r.status_code == 202 and (r.json()["kind"], r.json()["waiting"]) == ("terms", ["bob"])
    assert r.json()["data"]["cash_multiplier"] == "3"
    answer = f"/ventures/acme/proposals/{r.json()['proposal']}/answer"
    r = client.post(answer, json={"accept": True}, headers=tokens["bob"])
    assert r.status_code == 200 and r.json()["status"] == "accepted"
    r = _post(client, tokens["bob"], "b3", member="bob", kind="cash", on="2024-03-03", amount=10)
    assert r.json()["computation"]["slices"] == "30"  # x3 since 2024-03-01
    r = _post(client, tokens["bob"], "b2", member="bob", kind="time", on="2024-03-02", hours=40)
    assert r.json()["computation"]["slices"] == "4000"
    ledger = client.get("/ventures/acme/ledger", headers=tokens["bob"]).json()
    assert ledger[0]["computation"]["slices"] == "2000"


def test_only_owners_run_the_venture(client: TestClient, tokens: H, community: Community) -> None:
    _venture(client, tokens)
    _post(client, tokens["bob"], "b1", member="bob", kind="time", on="2024-02-01", hours=40)
    leave = {"member": "ana", "on": "2024-03-01", "reason": "fired-for-cause"}
    # a member records no one else's departure, adds no one, freezes nothing
    assert_error(
        client.post("/ventures/acme/departures", json=leave, headers=tokens["bob"]),
        403,
        "member",
        "",
    )
    assert_error(
        client.post("/ventures/acme/members", json={"member": "cyd"}, headers=tokens["bob"]),
        403,
        "member",
        "",
    )
    assert_error(
        client.put("/ventures/acme/freeze", json={"freeze": "2024-03-01"}, headers=tokens["bob"]),
        403,
        "venture",
        "",
    )
    # no ghost members: an id nobody registered, or a profile the owner may not see, is unknown
    r = client.post("/ventures/acme/members", json={"member": "ghost"}, headers=tokens["ana"])
    assert_error(r, 404, "member", "no profile 'ghost'")
    # a leaver does nothing more: bob resigns, then may not record ana's departure
    mine = {"member": "bob", "on": "2024-03-01", "reason": "resigned-good-reason"}
    r = client.post("/ventures/acme/departures", json=mine, headers=tokens["bob"])
    assert r.status_code == 201, r.text
    r = client.post("/ventures/acme/departures", json=leave, headers=tokens["bob"])
    assert r.status_code == 403, r.text
    venture = client.get("/ventures/acme", headers=tokens["bob"]).json()
    assert venture["former"] == ["bob"] and venture["members"] == ["ana"]


def test_a_second_account_cannot_approve(
    client: TestClient, tokens: H, community: Community
) -> None:
    _venture(client, tokens, require_approval=True)
    person(community.equity, "ana2")
    ana2 = {"Authorization": f"Bearer {community.security.create_token('ana2')}"}
    client.post("/ventures/acme/members", json={"member": "ana2"}, headers=tokens["ana"])
    client.post("/ventures/acme/invitation", json={"accept": True}, headers=ana2)
    r = _post(client, tokens["ana"], "a1", member="ana", kind="cash", on="2024-01-10", amount=100)
    assert r.json()["state"] == "pending"
    assert_error(
        client.post("/ventures/acme/entries/1/approve", headers=ana2),
        403,
        "entry",
        "'ana' alone added you",
    )
    assert _split(client, tokens["bob"]) == {"ana": "0.00", "ana2": "0.00", "bob": "0.00"}
    # once bob seconds ana2's membership, ana2 is a partner like any other
    r = client.post("/ventures/acme/members/ana2/second", headers=tokens["bob"])
    assert r.status_code == 200, r.text
    assert client.post("/ventures/acme/entries/1/approve", headers=ana2).status_code == 200


def test_a_freeze_freezes(client: TestClient, tokens: H) -> None:
    _venture(client, tokens)
    _post(client, tokens["bob"], "b1", member="bob", kind="cash", on="2024-03-01", amount=100)
    # a retroactive freeze would drop an entry that counts: refused
    r = client.put("/ventures/acme/freeze", json={"freeze": "2024-02-01"}, headers=tokens["ana"])
    assert_error(r, 422, "freeze", "2024-03-01")
    # loose values are refused, not coerced ({"freeze": 0} froze a pie on 1970-01-01)
    for loose in (0, True, 20240301, None, "NaN"):
        r = client.put("/ventures/acme/freeze", json={"freeze": loose}, headers=tokens["ana"])
        assert r.status_code == 422 and r.json()["field"] == "freeze", (loose, r.text)
    r = client.put("/ventures/acme/freeze", json={"freeze": "2024-03-01"}, headers=tokens["ana"])
    # a freeze stops bob's slices too: it waits for his word
    assert r.status_code == 202 and r.json()["waiting"] == ["bob"], r.text
    number = r.json()["proposal"]
    r = client.post(
        f"/ventures/acme/proposals/{number}/answer",
        json={"accept": True},
        headers=tokens["bob"],
    )
    assert r.status_code == 200 and r.json()["status"] == "accepted", r.text
    r = client.get("/ventures/acme", headers=tokens["ana"])
    assert r.json()["freeze"] == "2024-03-01", r.text
    # an entry backdated to before the freeze, posted after it: refused
    r = _post(client, tokens["ana"], "a1", member="ana", kind="cash", on="2024-02-28", amount=1)
    assert_error(r, 409, "ledger", "no entry is posted after a freeze")
    r = client.put("/ventures/acme/freeze", json={"freeze": "2024-04-01"}, headers=tokens["ana"])
    assert r.status_code == 409, r.text  # final
    assert _split(client, tokens["ana"]) == {"ana": "0.00", "bob": "100.00"}


def test_an_end_is_confirmed_and_closes_the_ledger(client: TestClient, tokens: H) -> None:
    _venture(client, tokens)
    _post(client, tokens["bob"], "b1", member="bob", kind="cash", on="2024-03-01", amount=100)
    assert_error(
        client.post("/ventures/acme/end", json={}, headers=tokens["bob"]), 403, "venture", ""
    )
    r = client.post("/ventures/acme/end", json={"on": "2099-01-01"}, headers=tokens["ana"])
    assert_error(r, 422, "on", "2099-01-01")
    r = client.post("/ventures/acme/end", json={}, headers=tokens["ana"])
    assert r.status_code == 200 and r.json()["status"] == "proposed", r.text
    end = r.json()
    assert end["waiting"] == ["bob"] and end["collaborations"] == []
    # while members confirm, the ledger is locked
    r = _post(client, tokens["ana"], "a1", member="ana", kind="cash", on="2024-03-02", amount=1)
    assert_error(r, 409, "ledger", "locked")
    # a confirmation is for the ledger one saw
    wrong = {"ledger_hash": "0" * 64}
    r = client.post("/ventures/acme/end/confirm", json=wrong, headers=tokens["bob"])
    assert r.status_code in (409, 422) and r.json()["field"] == "ledger_hash", r.text
    r = client.post(
        "/ventures/acme/end/confirm",
        json={"ledger_hash": end["ledger_hash"]},
        headers=tokens["bob"],
    )
    assert r.status_code == 200 and r.json()["status"] == "ended", r.text
    assert len(r.json()["collaborations"]) == 1
    # ended: nothing more is posted, future-dated or not
    for day in ("2024-03-02", "2099-01-01"):
        r = _post(client, tokens["ana"], f"a-{day}", member="ana", kind="cash", on=day, amount=1)
        assert r.status_code in (409, 422) and r.status_code != 201, r.text
    r = _post(client, tokens["ana"], "a2", member="ana", kind="cash", on="2024-03-02", amount=1)
    assert_error(r, 409, "ledger", "its ledger is closed")
    assert client.get("/ventures/acme/end", headers=tokens["ana"]).json()["status"] == "ended"
    pdf = client.get("/ventures/acme/split.pdf", headers=tokens["bob"])
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    # the document of an end is that of its day, and its file says so, never "today"
    day = end["on"]
    assert f'filename="acme-split-{day}-en.pdf"' in pdf.headers["content-disposition"]


def test_no_entry_can_be_made_irreversible(client: TestClient, tokens: H) -> None:
    _venture(client, tokens)
    r = _post(
        client, tokens["ana"], "reverse-1", member="ana", kind="cash", on="2024-01-10", amount=5
    )
    assert r.status_code == 201 and r.json()["number"] == 1
    r = _post(
        client, tokens["ana"], "reverse-2", member="ana", kind="cash", on="2024-01-11", amount=5
    )
    assert r.status_code == 201 and r.json()["number"] == 2
    # reversal keys live in a namespace users cannot reach
    r = _post(
        client, tokens["ana"], "#reverse-1", member="ana", kind="cash", on="2024-01-11", amount=5
    )
    assert r.status_code == 422 and "idempotency" in r.json()["field"], r.text
    r = client.post("/ventures/acme/entries/2/reverse", headers=tokens["ana"])
    assert r.status_code == 201 and r.json()["reverses"] == 2, r.text
    # dated at the entry: the split before today no longer counts it either
    assert r.json()["on"] == "2024-01-11"
    assert (
        client.get("/ventures/acme/split?as_of=2024-01-12", headers=tokens["ana"]).json()["total"]
        == "20"
    )
    again = client.post("/ventures/acme/entries/2/reverse", headers=tokens["ana"])
    assert again.status_code == 200 and again.json()["number"] == r.json()["number"]


@pytest.mark.parametrize("day", ["0001-01-01", "2023-12-31", "2099-01-01", "2024-02-30", "NaN"])
def test_dates_out_of_the_ventures_life_are_refused(
    client: TestClient, tokens: H, day: str
) -> None:
    _venture(client, tokens)
    r = _post(client, tokens["ana"], "a1", member="ana", kind="cash", on=day, amount=5)
    assert_error(r, 422, "on", day)


def test_the_default_split_is_as_of_today(client: TestClient, tokens: H) -> None:
    _venture(client, tokens)
    assert client.get("/ventures/acme/split", headers=tokens["ana"]).json()["as_of"] == (
        __import__("datetime").date.today().isoformat()
    )


@pytest.mark.parametrize(
    "field, value",
    [
        ("amount", "NaN"),
        ("amount", "sNaN"),
        ("amount", "1e999999"),
        ("hours", "-Infinity"),
    ],
)
def test_loose_numbers_are_refused(client: TestClient, tokens: H, field: str, value: Any) -> None:
    _venture(client, tokens)
    kind = "time" if field == "hours" else "cash"
    r = _post(
        client, tokens["ana"], "a1", member="ana", kind=kind, on="2024-01-10", **{field: value}
    )
    assert r.status_code == 422 and r.json()["field"] == field, r.text


def test_well_departures_and_buybacks(client: TestClient, tokens: H) -> None:
    _venture(client, tokens)
    _post(client, tokens["bob"], "b1", member="bob", kind="time", on="2024-01-10", hours=100)
    _post(client, tokens["bob"], "b2", member="bob", kind="cash", on="2024-01-10", amount=1000)
    _post(client, tokens["ana"], "a1", member="ana", kind="time", on="2024-01-10", hours=100)
    # the Well: a withdrawal never exceeds the balance
    _post(
        client, tokens["ana"], "w1", member="ana", kind="well-deposit", on="2024-01-11", amount=100
    )
    r = _post(
        client,
        tokens["ana"],
        "w2",
        member="ana",
        kind="well-withdrawal",
        on="2024-01-12",
        amount=1000,
    )
    assert_error(r, 422, "amount", "900.00 more is taken than the depositors' balances hold")
    # bob: 100 h x 25 x2 = 5,000 + 1,000 x4 = 4,000 -> 9,000; resigning with a good reason
    # and refusing the buy-back offer keeps them, and the refusal is recorded with its amount
    leave = {
        "member": "bob",
        "on": "2024-02-01",
        "reason": "resigned-good-reason",
        "buyback": True,
        "refused": True,
    }
    r = client.post("/ventures/acme/departures", json=leave, headers=tokens["ana"])
    assert r.status_code == 201, r.text
    report = r.json()
    assert report["slices_before"] == "9000.0000" and report["slices_after"] == "9000.0000"
    assert report["refused"] and report["buyback_amount"] == "0"
    assert report["buyback_offered"] == "9000.00" and "refused" in report["explanation"]
    # a later reversal of an earlier entry does not change the recorded report
    client.post("/ventures/acme/entries/3/reverse", headers=tokens["ana"])
    (recorded,) = client.get("/ventures/acme/departures", headers=tokens["ana"]).json()
    assert recorded["slices_before"] == "9000.0000" and recorded["buyback_offered"] == "9000.00"
    # the leaver acknowledges or disputes it, once; nobody else answers for them
    body = {"acknowledge": False, "note": "the date is wrong"}
    assert (
        client.post(
            "/ventures/acme/departures/bob/answer", json=body, headers=tokens["ana"]
        ).status_code
        == 403
    )
    r = client.post("/ventures/acme/departures/bob/answer", json=body, headers=tokens["bob"])
    assert r.status_code == 200 and r.json()["acknowledged"] is False, r.text
    r = _post(client, tokens["bob"], "b3", member="bob", kind="cash", on="2024-03-01", amount=5)
    assert r.status_code in (403, 422), r.text


def test_entries_are_numbered_per_venture(client: TestClient, tokens: H) -> None:
    _venture(client, tokens)
    _post(client, tokens["ana"], "a1", member="ana", kind="cash", on="2024-01-10", amount=5)
    beta = {"id": "beta", "start": "2024-01-01", "owner": "bob", "exact": True}
    client.post("/ventures", json=beta, headers=tokens["admin"])
    r = client.post(
        "/ventures/beta/entries",
        json={"member": "bob", "kind": "cash", "on": "2024-01-10", "amount": 5},
        headers={**tokens["bob"], "Idempotency-Key": "b1"},
    )
    assert r.status_code == 201 and r.json()["number"] == 1, r.text


def test_the_ledger_csv_import_names_every_bad_row(client: TestClient, tokens: H) -> None:
    _venture(client, tokens)
    data = (
        "member;kind;on;amount;hours\n"
        "ana;cash;2024-01-10;100;\n"
        "bob;time;2024-01-11;;5\n"
        "ana;cash;2099-01-01;100;\n"
        "ana;cash;2024-01-12;NaN;\n"
    ).encode("cp1252")
    headers = {**tokens["ana"], "content-type": "text/csv"}
    r = client.post("/ventures/acme/entries/import", content=data, headers=headers)
    assert r.status_code == 422, r.text
    text = r.text
    assert "line 4" in text and "line 5" in text and "2099-01-01" in text
    assert client.get("/ventures/acme/ledger", headers=tokens["ana"]).json() == []
    r = client.post(
        "/ventures/acme/entries/import?skip_invalid=true", content=data, headers=headers
    )
    assert r.status_code == 200 and len(r.json()["written"]) == 2, r.text
    ledger = client.get("/ventures/acme/ledger", headers=tokens["ana"]).json()
    # bob's row, imported by ana, counts once bob approves it
    assert [(e["member"], e["state"]) for e in ledger] == [("ana", "counts"), ("bob", "pending")]


def test_a_french_ledger_imports_with_the_pages_french_words(client: TestClient, tokens: H) -> None:
    """A ledger kept in French Excel ('membre;type;date;montant;heures', kinds 'argent',
    'temps', 'Dépôt dans le Puits') was refused for its 'type' column, and then each row for
    its kind: the import read only the English names."""
    _venture(client, tokens)
    data = (
        "Membre;Type;Date;Montant;Heures;Remarque\n"
        "ana;argent;2024-01-10;100;;apport initial\n"
        "bob;Temps;2024-01-11;;5;\n"
        "ana;Dépôt dans le Puits;2024-01-12;50;;\n"
        "ana;bananes;2024-01-13;50;;\n"
    ).encode("cp1252")
    headers = {**tokens["ana"], "content-type": "text/csv"}
    r = client.post("/ventures/acme/entries/import", content=data, headers=headers)
    assert r.status_code == 422, r.text  # an unknown kind is still named, on its line
    assert "line 5" in r.text and "bananes" in r.text
    r = client.post(
        "/ventures/acme/entries/import?skip_invalid=true", content=data, headers=headers
    )
    assert r.status_code == 200 and len(r.json()["written"]) == 3, r.text
    ledger = client.get("/ventures/acme/ledger", headers=tokens["ana"]).json()
    assert [(e["member"], e["kind"]) for e in ledger] == [
        ("ana", "cash"),
        ("bob", "time"),
        ("ana", "well-deposit"),
    ]
    assert ledger[0]["note"] == "apport initial"


# --------------------------------------------------------------- the command line

runner = CliRunner()


@pytest.fixture
def cli_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pie.db"
    monkeypatch.setenv("COFOUNDRY_DB", str(path))
    equity = EquityService(connect(path))
    for pid in ("ana", "bob", "cyd"):
        person(equity, pid)
    equity.db.close()
    return path


def run(*args: str, code: int = 0) -> str:
    r = runner.invoke(cli, ["venture", *args])
    assert r.exit_code == code, r.output
    assert "Traceback" not in r.output
    return r.output


def _cli_venture() -> None:
    exact = ("--admin", "--owner", "ana", "--exact")  # only an admin's id is exact
    assert "owner: ana" in run("create", "acme", "--start", "2024-01-01", *exact)
    assert "invited: bob" in run("member", "invite", "acme", "bob", "--as", "ana")
    assert "you joined acme (members ana)" in run("accept", "acme", "--as", "bob")


def test_cli_accept_names_the_members_it_saw(cli_db: Path) -> None:
    """Before, the CLI's accept joined whatever the venture had become (ledger13b)."""
    _cli_venture()
    run("member", "invite", "acme", "cyd", "--as", "ana")
    out = run("accept", "acme", "--members", "ana", "--as", "cyd", code=2)
    assert "members" in out and "bob" in out
    assert "you joined acme (members ana, bob)" in run(
        "accept", "acme", "--members", "ana,bob", "--as", "cyd"
    )


def test_cli_pie(cli_db: Path, tmp_path: Path) -> None:
    _cli_venture()
    assert "proposal 1 (rate) waits for bob" in run(
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
        "--as",
        "ana",
    )  # fmt: skip  (bob's opening salary waits for his word: ledger14)
    assert "proposal 1 (rate bob): accepted" in run(
        "answer", "acme", "1", "--accept", "--as", "bob"
    )
    assert "(15 an hour at risk" in run(
        "rate",
        "set",
        "acme",
        "bob",
        "--salary",
        "60000",
        "--paid-salary",
        "30000",
        "--from",
        "2024-01-02",
        "--as",
        "ana",
    )  # fmt: skip  (the same unpaid value moves nobody's share: at once)
    post = ("post", "acme", "--kind", "time", "--on", "2024-01-05", "--hours", "10", "--as", "bob")
    out = run(*post)
    assert "#1 2024-01-05 bob time by bob [counts]" in out and "= 300 slices" in out
    today = dt.datetime.now(dt.UTC).date().isoformat()  # posted today for a day in 2024:
    assert f"[counts] (recorded on {today})" in run("ledger", "acme", "--as", "ana")
    # the same command again is a retry: nothing is counted twice
    assert "already recorded (same idempotency key) as entry 1" in run(*post)
    out = run(
        "post", "acme", "--kind", "expense", "--on", "2024-01-06", "--amount", "40",
        "--paid", "10", "--as", "ana",
    )  # fmt: skip
    assert "40 spent - 10 reimbursed = 30 at risk x 4 = 120 slices" in out
    data = json.loads(run("split", "acme", "--json", "--as", "ana"))
    assert [(m["member"], m["share"]) for m in data["members"]] == [("ana", "2/7"), ("bob", "5/7")]
    assert "total: 100.00%" in run("split", "acme", "--as-of", "2024-01-06", "--as", "bob")
    assert "error: only 'bob' may reverse entry 1" in run(
        "reverse", "acme", "1", "--as", "ana", code=2
    )
    assert "[reverses #1]" in run("reverse", "acme", "1", "--as", "bob")
    assert "[reversed by #3]" in run("ledger", "acme", "--as", "ana")
    assert "wrote" in run("timeline", "acme", "--out", str(tmp_path / "t.svg"), "--as", "ana")
    assert (tmp_path / "t.svg").read_text().startswith("<svg")
    assert "error: --out must end in .svg, .csv or .json, got 't.txt'" in run(
        "timeline", "acme", "--out", str(tmp_path / "t.txt"), "--as", "ana", code=2
    )
    assert not (tmp_path / "t.txt").exists()
    run("pdf", "acme", "--out", str(tmp_path / "s.pdf"), "--lang", "fr", "--as", "bob")
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    assert "error: reason must be one of" in run(
        "leave", "acme", "bob", "--reason", "bored", "--on", "2024-02-01", "--as", "ana", code=2
    )


def test_cli_says_who_acts_and_follows_the_member_rules(cli_db: Path) -> None:
    # no actor: an error, not an implicit admin
    assert "say who acts: --as MEMBER" in run("create", "acme", code=2)
    _cli_venture()
    # bob is no owner: the API's refusals, word for word
    assert "error:" in run("member", "invite", "acme", "cyd", "--as", "bob", code=2)
    assert "error:" in run("freeze", "acme", "2024-02-01", "--as", "bob", code=2)
    assert "error:" in run(
        "rate", "set", "acme", "ana", "--salary", "1", "--from", "2024-01-01", "--as", "bob", code=2
    )
    assert "error: only an owner may post an entry about another member ('ana')" in run(
        "post", "acme", "--member", "ana", "--kind", "repayment", "--on", "2024-01-10",
        "--amount", "5", "--as", "bob", code=2,
    )  # fmt: skip
    # the operator acts only with --admin, and never approves for a member
    assert "invited cyd" in run("member", "invite", "acme", "cyd", "--admin")
    waiting = run("invitations", "--as", "cyd")  # it said "invited by None"
    assert "acme (no name): invited by the community's administrators on" in waiting, waiting
    assert "No such option: --admin" in run("approve", "acme", "1", "--admin", code=2)


@pytest.mark.parametrize(
    "args, field",
    [
        (("--cash", "-4"), "cash_multiplier"),
        (("--cash", "NaN"), "cash_multiplier"),
        (("--non-cash", "sNaN"), "non_cash_multiplier"),
        (("--commission", "1e999999"), "commission_rate"),
        (("--start", "0001-01-01"), "start"),
        (("--start", "2099-01-01"), "start"),
    ],
)
def test_cli_refuses_loose_values_in_one_line(
    cli_db: Path, args: tuple[str, ...], field: str
) -> None:
    out = run("create", "acme", *args, "--as", "ana", code=2)
    assert out.startswith("error:") and field in out, out


@pytest.mark.parametrize("amount", ["NaN", "sNaN", "1e999999", "-Infinity", "true"])
def test_cli_refuses_loose_amounts(cli_db: Path, amount: str) -> None:
    _cli_venture()
    out = run(
        "post", "acme", "--kind", "cash", "--on", "2024-01-10", "--amount", amount, "--as", "ana",
        code=2,
    )  # fmt: skip
    assert out.startswith("error: amount"), out


def test_cli_import_of_invalid_utf8_and_bad_rows(cli_db: Path, tmp_path: Path) -> None:
    _cli_venture()
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"member,kind,on,amount\nana,cash,2024-01-10,\xff\xfe\x00100\n")
    out = run("import", "acme", str(bad), "--as", "ana", code=2)
    assert out.startswith("error:") and "line" in out, out
    rows = tmp_path / "rows.csv"
    rows.write_text("member,kind,on,amount\nana,cash,2024-01-10,100\nana,cash,0001-01-01,5\n")
    out = run("import", "acme", str(rows), "--as", "ana", code=2)
    assert "line 3" in out and "0001-01-01" in out, out
    assert "imported 1 entry" in run("import", "acme", str(rows), "--skip-invalid", "--as", "ana")


def test_cli_reads_files_and_takes_answers_in_one_line(cli_db: Path, tmp_path: Path) -> None:
    _cli_venture()
    missing = run("import", "acme", str(tmp_path / "none.csv"), "--as", "ana", code=2)
    assert missing.startswith("error: file") and "does not exist" in missing, missing
    folder = run("import", "acme", str(tmp_path), "--as", "ana", code=2)
    assert folder.startswith("error: cannot read"), folder
    leave = ("leave", "acme", "bob", "--reason", "resigned-good-reason", "--on", "2024-02-01")
    run(*leave, "--as", "ana")
    out = run("departure", "dispute", "acme", "--note", "wrong date", "--as", "bob")
    assert "you disputed your departure from acme" in out
    assert "disputed: wrong date" in run("departures", "acme", "--as", "ana")


def test_a_cli_invitation_reaches_the_invitees_inbox(cli_db: Path) -> None:
    """``venture create --invite`` from the command line tells the invitee as the API does
    (an inbox item, and an e-mail where they chose one): the command line used a bare
    equity service that told nobody."""
    from api.settings import Settings
    from api.wiring import build_community
    from matcher.access import Actor
    from matcher.notices import NoticeKind

    run("create", "beta", "--start", "2024-01-01", "--admin", "--owner", "ana", "--exact")
    run("member", "invite", "beta", "cyd", "--as", "ana")
    community = build_community(Settings(db=str(cli_db), encoder="fake"))
    items = community.inbox.items("cyd", actor=Actor("cyd"))
    assert [(i.kind, i.data.get("venture")) for i in items] == [(NoticeKind.VENTURE_INVITE, "beta")]
    assert community.inbox.items("ana", actor=Actor("ana")) == []
