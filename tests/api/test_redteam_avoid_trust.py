"""A partner turned hostile writes free text about a member through the trust routes: an
endorsement's skill ("lying to investors", shown to every member) and a collaboration
proposal's project. Once the member avoids them (either way), neither reaches anyone but the
writer, who is not told (avoid lists are private)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.test_http import assert_error
from tests.api.test_trust_api import client, tokens

__all__ = ["client", "tokens"]  # the fixtures

Tokens = dict[str, dict[str, str]]


def test_an_avoided_endorser_is_shown_to_nobody_but_themselves(
    client: TestClient, tokens: Tokens
) -> None:
    r = client.post("/profiles/bob/endorsements", json={"skill": "python"}, headers=tokens["cyd"])
    assert r.status_code == 201, r.text
    client.post("/profiles/bob/endorsements", json={"skill": "lying"}, headers=tokens["ana"])
    assert client.put("/me/avoid/ana", headers=tokens["bob"]).status_code == 200
    for who in ("bob", "cyd", "dan"):
        r = client.get("/profiles/bob/endorsements", headers=tokens[who])
        assert [(e["endorser"], e["skill"]) for e in r.json()] == [("cyd", "python")], who
    r = client.get("/profiles/bob/endorsements", headers=tokens["ana"])
    assert ("ana", "lying") in [(e["endorser"], e["skill"]) for e in r.json()]
    # the same whoever put whom on their list
    client.delete("/me/avoid/ana", headers=tokens["bob"])
    client.put("/me/avoid/bob", headers=tokens["ana"])
    r = client.get("/profiles/bob/endorsements", headers=tokens["dan"])
    assert [e["endorser"] for e in r.json()] == ["cyd"]


def test_a_proposal_from_someone_avoided_never_reaches_the_member(
    client: TestClient, tokens: Tokens
) -> None:
    client.put("/me/avoid/ana", headers=tokens["bob"])
    r = client.post(
        "/me/collaborations",
        json={"partner": "bob", "project": "I am watching you", "started": "2024-01-01"},
        headers=tokens["ana"],
    )
    assert r.status_code == 201, r.text  # not told
    assert client.get("/me/collaborations", headers=tokens["bob"]).json() == []
    assert [
        c["project"] for c in client.get("/me/collaborations", headers=tokens["ana"]).json()
    ] == ["I am watching you"]


def test_the_pipeline_keeps_out_what_someone_avoided_sent(
    client: TestClient, tokens: Tokens
) -> None:
    client.put("/me/avoid/ana", headers=tokens["bob"])
    r = client.post("/me/introductions", json={"target": "bob"}, headers=tokens["ana"])
    assert r.status_code == 201, r.text
    r = client.post(
        "/me/collaborations",
        json={"partner": "bob", "project": "I am watching you", "started": "2024-01-01"},
        headers=tokens["ana"],
    )
    assert r.status_code == 201, r.text
    r = client.get("/me/pipeline", headers=tokens["bob"])
    assert r.status_code == 200, r.text
    assert "ana" not in [row["person"] for row in r.json()], r.text
    assert "watching" not in r.text


def test_standings_keep_out_a_request_from_someone_avoided(
    client: TestClient, tokens: Tokens
) -> None:
    client.put("/me/avoid/ana", headers=tokens["bob"])
    r = client.post("/me/introductions", json={"target": "bob"}, headers=tokens["ana"])
    assert r.status_code == 201, r.text
    assert "ana" not in client.get("/me/standings", headers=tokens["bob"]).json()
    assert client.get("/me/standings", headers=tokens["ana"]).json()["bob"] == "asked"


def test_oneself_is_refused_with_the_fix(client: TestClient, tokens: Tokens) -> None:
    # every error names the fix: these two answered "hint": null
    r = client.put("/me/avoid/ana", headers=tokens["ana"])
    assert_error(r, 422, "id", "you cannot avoid yourself")
    r = client.post("/me/introductions", json={"target": "ana"}, headers=tokens["ana"])
    assert_error(r, 422, "target", "you cannot ask to meet yourself")
