"""Trust end to end through HTTP: collaborations, trust, paths, double opt-in introductions."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.api.test_http import assert_error, bearer
from tests.apps import client_over


@pytest.fixture
def client(community: Community) -> TestClient:
    with community.db.transaction():  # give everyone a contact address
        for p in community.profiles.store.profiles():
            community.profiles.store.put_profile(_with_email(p))
    return client_over(community)


def _with_email(p: Any) -> Any:
    import dataclasses

    return dataclasses.replace(p, email=f"{p.id}@example.org")


@pytest.fixture
def tokens(community: Community) -> dict[str, dict[str, str]]:
    out = {
        pid: bearer(community.security.create_token(pid))
        for pid in ("ana", "bob", "cyd", "dan", "eve")
    }
    out["admin"] = bearer(community.security.create_token(None, role="admin"))
    return out


def worked_together(
    client: TestClient, tokens: dict[str, dict[str, str]], a: str, b: str, ra: int, rb: int
) -> str:
    r = client.post(
        "/me/collaborations",
        json={"partner": b, "project": "shop", "started": "2024-01-01", "rating": ra},
        headers=tokens[a],
    )
    assert r.status_code == 201, r.text
    cid = r.json()["id"]
    r = client.post(f"/me/collaborations/{cid}/answer", json={"confirm": True}, headers=tokens[b])
    assert r.json()["status"] == "confirmed", r.text
    r = client.put(f"/me/collaborations/{cid}/rating", json={"rating": rb}, headers=tokens[b])
    assert r.status_code == 200, r.text
    return str(cid)


def test_intro_flow_end_to_end(client: TestClient, tokens: dict[str, dict[str, str]]) -> None:
    worked_together(client, tokens, "ana", "bob", 2, 2)
    worked_together(client, tokens, "bob", "dan", 2, 1)
    # trust and paths, from ana's point of view only
    trust = client.get("/me/trust", headers=tokens["ana"]).json()
    assert [t["id"] for t in trust] == ["bob", "dan"] and trust[0]["trust"] == 1.0
    paths = client.get("/me/paths/dan", headers=tokens["ana"]).json()
    assert paths[0]["nodes"] == ["ana", "bob", "dan"] and paths[0]["connectors"] == ["bob"]
    # ana asks to meet dan through bob
    r = client.post(
        "/me/introductions",
        json={"target": "dan", "connector": "bob", "message": "Hello Dan"},
        headers=tokens["ana"],
    )
    assert r.status_code == 201, r.text
    intro = r.json()
    assert intro["status"] == "pending" and intro["contact"] == {}
    iid = intro["id"]
    # dan and bob see it in their inbox; cyd does not
    assert [i["id"] for i in client.get("/me/introductions", headers=tokens["dan"]).json()] == [iid]
    assert client.get("/me/introductions", headers=tokens["cyd"]).json() == []
    assert_error(
        client.get(f"/me/introductions/{iid}", headers=tokens["cyd"]),
        404,
        "introduction",
        "no introduction",
    )
    r = client.post(f"/me/introductions/{iid}/answer", json={"accept": True}, headers=tokens["dan"])
    assert r.json()["status"] == "pending" and r.json()["contact"] == {}
    r = client.post(f"/me/introductions/{iid}/answer", json={"accept": True}, headers=tokens["bob"])
    assert r.json()["status"] == "accepted" and r.json()["contact"] == {}  # connector: no contact
    mine = client.get(f"/me/introductions/{iid}", headers=tokens["ana"]).json()
    # the addresses were typed into POST /profiles and nobody confirmed them: not shown
    assert mine["status"] == "accepted" and mine["contact"] == {"dan": ""}
    assert mine["unconfirmed"] == ["dan"]
    theirs = client.get(f"/me/introductions/{iid}", headers=tokens["dan"]).json()
    assert theirs["contact"] == {"ana": ""} and theirs["unconfirmed"] == ["ana"]
    # a second request, declined: "not accepted", no reason, no contact
    iid2 = client.post("/me/introductions", json={"target": "cyd"}, headers=tokens["ana"]).json()[
        "id"
    ]
    client.post(f"/me/introductions/{iid2}/answer", json={"accept": False}, headers=tokens["cyd"])
    seen = client.get(f"/me/introductions/{iid2}", headers=tokens["ana"]).json()
    assert seen["status"] == "not accepted" and seen["contact"] == {}
    assert_error(
        client.post(
            f"/me/introductions/{iid2}/answer", json={"accept": True}, headers=tokens["cyd"]
        ),
        409,
        "status",
        "can no longer be answered",
    )


def test_suggestions_show_trust_and_the_intro_path(
    client: TestClient, tokens: dict[str, dict[str, str]]
) -> None:
    worked_together(client, tokens, "ana", "dan", 2, 2)
    worked_together(client, tokens, "dan", "bob", 2, 2)
    r = client.get("/profiles/ana/matches", params={"k": 3}, headers=tokens["ana"])
    bob = next(s for s in r.json() if s["id"] == "bob")
    assert bob["intro_path"] == ["ana", "dan", "bob"] and bob["trust"] > 0
    assert set(bob["components"]) == {
        "need_met",
        "need_met_back",
        "reciprocal",
        "values",
        "roles",
        "preferences",
    }


def test_private_data_stays_private(client: TestClient, tokens: dict[str, dict[str, str]]) -> None:
    cid = worked_together(client, tokens, "ana", "bob", 2, -1)
    client.put(
        f"/me/collaborations/{cid}/rating",
        json={"rating": -1, "note": "slow to reply"},
        headers=tokens["bob"],
    )
    ana_view = client.get("/me/collaborations", headers=tokens["ana"]).json()[0]
    assert ana_view["partner_rating"] is None and ana_view["partner_note"] == ""
    assert ana_view["proposer_rating"] == 2
    # avoid lists never show: bob avoids cyd; ana's path to cyd through bob disappears silently
    worked_together(client, tokens, "ana", "dan", 2, 2)
    worked_together(client, tokens, "bob", "cyd", 2, 2)
    worked_together(client, tokens, "dan", "cyd", 1, 1)
    before = client.get("/me/paths/cyd", headers=tokens["ana"]).json()
    client.put("/me/avoid/cyd", headers=tokens["bob"])
    after = client.get("/me/paths/cyd", headers=tokens["ana"]).json()
    assert all("bob" not in p["nodes"] for p in after) and len(after) <= len(before)
    assert "avoid" not in str(after)
    # every trust route needs a member token; nobody reads another member's data
    for method, url in (
        ("get", "/me/trust"),
        ("get", "/me/paths/bob"),
        ("get", "/me/introductions"),
        ("get", "/me/collaborations"),
    ):
        assert client.request(method, url).status_code == 401
    assert_error(
        client.post(
            f"/me/collaborations/{cid}/answer", json={"confirm": True}, headers=tokens["eve"]
        ),
        404,
        "collaboration",
        "no collaboration",
    )
    assert_error(client.get("/me/trust", headers=tokens["admin"]), 403, None, "no profile")
    r = client.post(
        "/me/collaborations",
        json={"partner": "bob", "project": "x", "started": "2024-01-01", "rating": 7},
        headers=tokens["ana"],
    )
    assert r.status_code == 422
    r = client.post("/me/introductions", json={"target": "bob", "extra": 1}, headers=tokens["ana"])
    assert r.status_code == 422


def test_endorsements(client: TestClient, tokens: dict[str, dict[str, str]]) -> None:
    r = client.post("/profiles/bob/endorsements", json={"skill": "Sales"}, headers=tokens["ana"])
    assert r.status_code == 201 and r.json() == [
        {"endorser": "ana", "endorsed": "bob", "skill": "sales"}
    ]
    assert client.get("/profiles/bob/endorsements", headers=tokens["cyd"]).json()[0]["skill"] == (
        "sales"
    )
    assert_error(
        client.post("/profiles/ana/endorsements", json={"skill": "x"}, headers=tokens["ana"]),
        422,
        "id",
        "cannot endorse yourself",
    )
    r = client.delete("/profiles/bob/endorsements/sales", headers=tokens["ana"])
    assert r.json() == []


def _through_bob(client: TestClient, tokens: dict[str, dict[str, str]]) -> str:
    """Ana asks to meet Dan through Bob."""
    worked_together(client, tokens, "ana", "bob", 2, 2)
    worked_together(client, tokens, "bob", "dan", 2, 2)
    r = client.post(
        "/me/introductions", json={"target": "dan", "connector": "bob"}, headers=tokens["ana"]
    )
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


def test_only_the_requester_withdraws_a_pending_request(
    client: TestClient, tokens: dict[str, dict[str, str]]
) -> None:
    iid = _through_bob(client, tokens)
    path = f"/me/introductions/{iid}/withdraw"
    assert_error(client.post(path), 401, None, "sign in")
    assert_error(client.post(path, headers=tokens["cyd"]), 404, "introduction", "no introduction")
    for who in ("bob", "dan", "admin"):  # they see it; the target and connector decline instead
        r = client.post(path, headers=tokens[who])
        assert_error(r, 403, "introduction", "only the member who asked")
        assert r.json()["value"] == iid and "decline it instead" in r.json()["hint"]
    assert_error(
        client.post("/me/introductions/int_nope/withdraw", headers=tokens["ana"]),
        404,
        "introduction",
        "no introduction",
    )
    r = client.post(path, headers=tokens["ana"])
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["id"] == iid and body["status"] == "withdrawn" and body["my_role"] == "requester"
    assert body["withdrawn_at"] is not None and body["contact"] == {}
    for who in ("ana", "bob", "dan"):
        seen = client.get(f"/me/introductions/{iid}", headers=tokens[who]).json()
        assert seen["status"] == "withdrawn" and seen["withdrawn_at"] == body["withdrawn_at"]
    listed = client.get("/me/introductions", headers=tokens["dan"]).json()
    assert [(i["id"], i["status"]) for i in listed] == [(iid, "withdrawn")]
    r = client.post(path, headers=tokens["ana"])  # twice
    assert_error(r, 409, "status", "is withdrawn; only a pending request can be withdrawn")
    assert r.json()["value"] == "withdrawn"
    answer = client.post(
        f"/me/introductions/{iid}/answer", json={"accept": True}, headers=tokens["bob"]
    )
    assert_error(answer, 409, "status", "is withdrawn; it can no longer be answered")
    assert "withdrew" in answer.json()["hint"]
    # not pending any more: accepted (or declined, expired, ended) is a 409 too
    r = client.post("/me/introductions", json={"target": "eve"}, headers=tokens["ana"])
    done = r.json()["id"]
    client.post(f"/me/introductions/{done}/answer", json={"accept": True}, headers=tokens["eve"])
    assert_error(
        client.post(f"/me/introductions/{done}/withdraw", headers=tokens["ana"]),
        409,
        "status",
        "is accepted; only a pending request can be withdrawn",
    )
    # withdrawn, Ana may ask Dan again at once
    r = client.post("/me/introductions", json={"target": "dan"}, headers=tokens["ana"])
    assert r.status_code == 201 and r.json()["status"] == "pending", r.text


def test_a_withdrawal_honours_its_idempotency_key(
    client: TestClient, tokens: dict[str, dict[str, str]]
) -> None:
    iid = _through_bob(client, tokens)
    path = f"/me/introductions/{iid}/withdraw"
    key = tokens["ana"] | {"Idempotency-Key": "withdraw-1"}
    first = client.post(path, headers=key)
    assert first.status_code == 200, first.text
    again = client.post(path, headers=key)  # a retry: the same answer, nothing done twice
    assert again.status_code == 200 and again.json() == first.json()
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert_error(client.post(path, headers=tokens["ana"]), 409, "status", "is withdrawn")
    bad = tokens["ana"] | {"Idempotency-Key": "bad key"}
    assert_error(client.post(path, headers=bad), 422, "Idempotency-Key", "")


def test_a_withdrawal_racing_an_acceptance_one_wins_the_other_gets_a_409(
    client: TestClient, tokens: dict[str, dict[str, str]]
) -> None:
    """Ana withdraws as Dan accepts (no connector), both at once: whichever commits first
    wins; the other is told where the request stands (409), never a 500."""
    import threading

    for target in ("dan", "eve", "cyd", "bob"):  # within the burst limit of 5 requests
        r = client.post("/me/introductions", json={"target": target}, headers=tokens["ana"])
        iid = r.json()["id"]
        start = threading.Barrier(2)
        got: dict[str, Any] = {}

        def call(
            name: str, path: str, who: str, body: Any, start: Any = start, got: Any = got
        ) -> None:
            start.wait()
            got[name] = client.post(path, json=body, headers=tokens[who])

        calls = [
            ("withdraw", f"/me/introductions/{iid}/withdraw", "ana", None),
            ("accept", f"/me/introductions/{iid}/answer", target, {"accept": True}),
        ]
        threads = [threading.Thread(target=call, args=c) for c in calls]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        statuses = {k: r.status_code for k, r in got.items()}
        texts = {k: r.text for k, r in got.items()}
        assert sorted(statuses.values()) == [200, 409], texts
        [loser] = [k for k, s in statuses.items() if s == 409]
        assert got[loser].json()["field"] == "status", texts
        final = client.get(f"/me/introductions/{iid}", headers=tokens["ana"]).json()["status"]
        assert final == ("accepted" if loser == "withdraw" else "withdrawn")
