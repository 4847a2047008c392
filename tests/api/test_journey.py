"""One journey from match to split and back, through HTTP (issue 9): suggested, introduced,
met, feedback, a venture from the introduction, contributions, a departure, the end of the
venture, ratings, and suggestions that change because of them; the pipeline follows."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.api.test_http import assert_error
from tests.apps import client_over


@pytest.fixture
def client(community: Community) -> TestClient:
    return client_over(community)


@pytest.fixture
def h(community: Community) -> dict[str, dict[str, str]]:
    return {
        p: {"Authorization": f"Bearer {community.security.create_token(p)}"}
        for p in ("ana", "bob", "cyd", "dan")
    }


def stages(client: TestClient, who: dict[str, str]) -> dict[str, tuple[str, str]]:
    r = client.get("/me/pipeline", headers=who)
    assert r.status_code == 200, r.text
    return {row["person"]: (row["stage"], row["next_step"]) for row in r.json()}


def test_from_suggestion_to_split_and_back(
    client: TestClient, h: dict[str, dict[str, str]]
) -> None:
    ana, bob = h["ana"], h["bob"]
    # 1. suggested
    assert stages(client, ana)["bob"] == ("suggested", "ask for an introduction")
    # 2. contacted
    intro = client.post("/me/introductions", json={"target": "bob"}, headers=ana).json()
    assert stages(client, ana)["bob"][0] == "contacted"
    assert stages(client, bob)["ana"] == ("contacted", "answer their request")
    # no venture before both said yes
    assert_error(
        client.post(f"/me/introductions/{intro['id']}/venture", json={"id": "shop"}, headers=ana),
        409,
        "introduction",
        "not accepted",
    )
    # 3. met
    client.post(f"/me/introductions/{intro['id']}/answer", json={"accept": True}, headers=bob)
    stage, step = stages(client, ana)["bob"]
    assert stage == "met" and step.startswith("tell us how it went")
    # 4. feedback both ways: a collaboration is proposed
    ctx = f"intro:{intro['id']}"
    client.post(
        "/me/feedback", json={"about": "bob", "verdict": "again", "context": ctx}, headers=ana
    )
    r = client.post(
        "/me/feedback", json={"about": "ana", "verdict": "again", "context": ctx}, headers=bob
    )
    assert r.json()["proposed_collaboration"]["status"] == "proposed"
    # 5. a venture in one step, default Slicing Pie terms
    r = client.post(
        f"/me/introductions/{intro['id']}/venture",
        json={"id": "shop", "name": "The shop", "start": "2025-01-01"},
        headers=bob,
    )
    assert r.status_code == 201, r.text
    shop = r.json()["id"]  # shop-3f9a2c: the id bob chose, and a random suffix
    assert (r.json()["members"], r.json()["invited"]) == (["bob"], ["ana"])  # ana accepts
    r = client.post(f"/ventures/{shop}/invitation", json={"accept": True}, headers=ana)
    assert r.status_code == 200 and r.json() == {"joined": True}, r.text
    assert stages(client, ana)["bob"] == ("working together", "record your contributions")
    # 6. contributions and the split
    for key, (who, amount) in enumerate((("ana", 1000), ("bob", 3000))):
        entry = {"member": who, "kind": "cash", "on": "2025-01-10", "amount": amount}
        headers = {**h[who], "Idempotency-Key": f"k{key}"}
        assert (
            client.post(f"/ventures/{shop}/entries", json=entry, headers=headers).status_code == 201
        )
    split = client.get(f"/ventures/{shop}/split", headers=ana).json()
    assert {m["member"]: m["percent"] for m in split["members"]} == {"ana": "25.00", "bob": "75.00"}
    # 7. bob leaves for a good reason: he keeps his slices
    r = client.post(
        f"/ventures/{shop}/departures",
        json={"member": "bob", "on": "2025-02-01", "reason": "resigned-good-reason"},
        headers=bob,
    )
    assert_error(r, 409, "member", f"'bob' is the last owner of venture {shop!r}")
    r = client.post(f"/ventures/{shop}/owners", json={"member": "ana"}, headers=bob)
    assert r.status_code == 200 and r.json()["owners"] == ["ana", "bob"], r.text
    leave = {"member": "bob", "on": "2025-02-01", "reason": "resigned-good-reason"}
    r = client.post(f"/ventures/{shop}/departures", json=leave, headers=bob)
    assert r.status_code == 201, r.text
    # a good reason the leaver gives himself counts once another owner confirms it
    assert r.json()["claimed"] == "resigned-good-reason" and r.json()["claim_status"] == "open"
    claim = r.json()["claim_proposal"]
    r = client.post(
        f"/ventures/{shop}/proposals/{claim}/answer", json={"accept": True}, headers=ana
    )
    assert r.status_code == 200 and r.json()["status"] == "accepted", r.text
    (gone,) = client.get(f"/ventures/{shop}/departures", headers=bob).json()
    assert (gone["reason"], gone["claimed"], gone["slices_after"]) == (
        "resigned-good-reason",
        None,
        gone["slices_before"],
    )
    # 8. the venture ends: the pair is asked to confirm and rate
    # bob left, so ana is the only member: proposing the end ends it, nobody else confirms
    r = client.post(f"/ventures/{shop}/end", json={"on": "2025-03-01"}, headers=bob)
    assert_error(r, 403, "venture", "")  # a leaver ends nothing
    r = client.post(f"/ventures/{shop}/end", json={"on": "2025-03-01"}, headers=ana)
    assert r.status_code == 200 and r.json()["status"] == "ended", r.text
    (collab,) = r.json()["collaborations"]
    assert (collab["proposer"], collab["partner"], collab["project"]) == ("ana", "bob", "The shop")
    assert (collab["started"], collab["ended"]) == ("2025-01-10", "2025-03-01")
    assert_error(client.post(f"/ventures/{shop}/end", json={}, headers=ana), 409, "ledger", "ended")
    assert stages(client, bob)["ana"] == ("working together", "confirm it")
    # 9. confirm and rate: the trust graph learns, suggestions change
    before = {s["id"]: s for s in client.get("/profiles/ana/matches", headers=ana).json()}
    assert before["bob"]["trust"] is None and not before["bob"]["worked_together_again"]
    cid = collab["id"]
    client.post(f"/me/collaborations/{cid}/answer", json={"confirm": True}, headers=bob)
    client.put(f"/me/collaborations/{cid}/rating", json={"rating": 2}, headers=ana)
    client.put(f"/me/collaborations/{cid}/rating", json={"rating": 2}, headers=bob)
    after = {s["id"]: s for s in client.get("/profiles/ana/matches", headers=ana).json()}
    assert after["bob"]["worked_together_again"] and after["bob"]["trust"] > 0
    assert after["bob"]["score"] > before["bob"]["score"]
    # the pipeline as CSV
    r = client.get("/me/pipeline", params={"format": "csv"}, headers=ana)
    assert r.headers["content-type"].startswith("text/csv")
    lines = r.text.splitlines()
    assert lines[0] == "person,name,stage,since,detail,next_step"
    assert any(line.startswith("bob,Bob,working together,") for line in lines)


def test_the_pipeline_is_private(client: TestClient, h: dict[str, dict[str, str]]) -> None:
    assert client.get("/me/pipeline").status_code == 401
    assert "dan" in stages(client, h["ana"])
    # a "not a fit" person leaves the suggested part of the pipeline
    client.post("/me/feedback", json={"about": "dan", "verdict": "not-a-fit"}, headers=h["ana"])
    assert stages(client, h["ana"])["dan"][0] == "met"  # the feedback itself is a meeting
    assert "ana" not in stages(client, h["dan"])  # dan never learns of it


def test_only_members_end_a_venture(client: TestClient, h: dict[str, dict[str, str]]) -> None:
    lab = client.post("/ventures", json={"id": "lab"}, headers=h["ana"]).json()["id"]
    assert_error(client.post(f"/ventures/{lab}/end", json={}, headers=h["cyd"]), 404, "venture", "")
    today = dt.date.today().isoformat()
    r = client.post(f"/ventures/{lab}/end", json={"on": today}, headers=h["ana"])
    # a venture of one ends at once, with nobody to rate
    assert r.status_code == 200 and r.json()["status"] == "ended", r.text
    assert r.json()["collaborations"] == []
