"""End to end through HTTP (FastAPI TestClient), with a fake encoder and in-memory SQLite."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from matcher.access import Actor
from matcher.community import Community
from matcher.security import new_token
from tests.apps import client_over
from tests.conftest import COMMUNITY, person
from tests.web.pages import sign_in


@pytest.fixture
def client(community: Community) -> TestClient:
    return client_over(community)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def assert_error(r: Any, status: int, field: str | None, text: str) -> None:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) >= {"detail", "field", "value", "hint"}
    assert body["field"] == field
    assert text in body["detail"]
    assert body["hint"]


def test_sign_up_read_update_delete(client: TestClient) -> None:
    r = client.post(
        "/profiles",
        json=person(
            "zoe",
            roles_offered=["tech"],
            roles_sought=["sales"],
            languages=["fr", "en"],
            utc_offset=1,
        ),
    )
    assert r.status_code == 201, r.text
    token = r.json()["token"]
    assert r.json()["profile"]["id"] == "zoe"
    assert client.get("/profiles/zoe").json()["email"] == ""
    assert client.get("/me", headers=bearer(token)).json()["id"] == "zoe"
    r = client.patch("/profiles/zoe", json={"headline": "CTO"}, headers=bearer(token))
    assert r.status_code == 200 and r.json()["headline"] == "CTO"
    r = client.get("/profiles/zoe/matches?k=3", headers=bearer(token))
    assert r.status_code == 200
    assert r.json()[0]["rank"] == 1 and "components" in r.json()[0]
    assert client.delete("/profiles/zoe", headers=bearer(token)).status_code == 204
    assert_error(client.get("/profiles/zoe"), 404, "id", "no profile 'zoe'")


def test_matches_are_explained(client: TestClient, community: Community) -> None:
    token = community.security.create_token("ana")
    r = client.get("/profiles/ana/matches", params={"k": 2}, headers=bearer(token))
    top = r.json()[0]
    assert top["id"] == "bob"
    assert top["meets_my_needs"][0]["need"].startswith("Un associé commercial")
    assert set(top["components"]) == {
        "need_met",
        "need_met_back",
        "reciprocal",
        "values",
        "roles",
        "preferences",
    }
    assert top["components"]["preferences"] is None  # nobody said what is nice to have
    assert [p["criterion"] for p in top["preferences"]] == ["commitment", "languages", "timezone"]
    assert top["roles_they_bring"] == ["sales"] and top["roles_i_bring"] == ["tech"]


def test_values_left_empty_are_null_and_not_counted(
    client: TestClient, community: Community
) -> None:
    """Someone who wrote nothing about how they work: ``values`` is null in the API, the
    score is the texts' and roles' alone, and the page says "not given", in both languages."""
    token = community.security.create_token("ana")
    before = client.get("/profiles/ana/matches", params={"k": 2}, headers=bearer(token)).json()
    community.profiles.update_profile("ana", {"values": ""}, actor=Actor("ana"))
    after = client.get("/profiles/ana/matches", params={"k": 2}, headers=bearer(token)).json()
    assert before[0]["components"]["values"] is not None
    assert all(m["components"]["values"] is None for m in after)
    c = after[0]["components"]
    assert after[0]["match"] == pytest.approx(
        (0.65 * c["reciprocal"] + 0.2 * c["roles"]) / 0.85, abs=2e-6
    )
    sign_in(client, token)
    assert "not given: not counted" in client.get("/web/suggestions?lang=en").text
    assert "non renseigné\u00a0: non compté" in client.get("/web/suggestions?lang=fr").text


def test_roles_and_ownership(client: TestClient, community: Community) -> None:
    ana, bob = community.security.create_token("ana"), community.security.create_token("bob")
    admin = community.security.create_token(None, role="admin")
    assert_error(client.get("/profiles/ana/matches"), 401, None, "sign in")
    assert_error(client.get("/profiles/ana/matches", headers=bearer(bob)), 403, "id", "private")
    assert client.get("/profiles/ana/matches", headers=bearer(admin)).status_code == 200
    assert_error(
        client.patch("/profiles/ana", json={"name": "X"}, headers=bearer(bob)),
        403,
        "id",
        "only change your own profile",
    )
    assert (
        client.patch("/profiles/ana", json={"name": "A"}, headers=bearer(admin)).status_code == 200
    )
    assert_error(client.delete("/profiles/ana", headers=bearer(bob)), 403, "id", "own profile")
    assert_error(client.get("/me", headers=bearer(new_token())), 401, None, "unknown or revoked")
    assert_error(client.get("/me", headers=bearer("cf_forged")), 401, None, "not a cofoundry token")
    # tokens are issued by admins only
    assert_error(
        client.post("/tokens", json={"profile_id": "bob"}, headers=bearer(ana)),
        403,
        None,
        "only admins",
    )
    r = client.post("/tokens", json={"profile_id": "bob"}, headers=bearer(admin))
    assert r.status_code == 201 and r.json()["token"].startswith("cf1_")


def test_private_and_members_profiles_are_hidden(client: TestClient, community: Community) -> None:
    assert_error(client.get("/profiles/gus"), 404, "id", "no profile 'gus'")
    ids = {p["id"] for p in client.get("/profiles").json()}
    assert "gus" not in ids and {"ana", "bob"} <= ids
    gus = community.security.create_token("gus")
    assert client.get("/profiles/gus", headers=bearer(gus)).status_code == 200
    community.profiles.update_profile(
        "bob", {"visibility": "members"}, actor=None or _admin(community)
    )
    assert_error(client.get("/profiles/bob"), 404, "id", "no profile")
    assert client.get("/profiles/bob", headers=bearer(gus)).status_code == 200


def _admin(service: Community) -> Any:
    from matcher.access import ADMIN

    return ADMIN


def test_avoid_list_is_private(client: TestClient, community: Community) -> None:
    ana, bob = community.security.create_token("ana"), community.security.create_token("bob")
    added = {"avoid": ["bob"], "changed": True}
    assert client.put("/me/avoid/bob", headers=bearer(ana)).json() == added
    assert client.put("/me/avoid/bob", headers=bearer(ana)).json() == added | {"changed": False}
    assert client.get("/me/avoid", headers=bearer(bob)).json() == {"avoid": []}
    r = client.get("/profiles/ana/matches", headers=bearer(ana))
    assert "bob" not in {s["id"] for s in r.json()}
    assert_error(client.put("/me/avoid/nobody", headers=bearer(ana)), 404, "id", "no profile")
    assert client.delete("/me/avoid/bob", headers=bearer(ana)).json() == {
        "avoid": [],
        "changed": True,
    }
    # taking off someone who was not on the list says so (it was "removed" before)
    assert client.delete("/me/avoid/bob", headers=bearer(ana)).json()["changed"] is False


@pytest.mark.parametrize(
    ("method", "url", "body", "status", "field", "text"),
    [
        ("post", "/profiles", person("x") | {"nedds": "typo"}, 422, "nedds", "Extra inputs"),
        ("post", "/profiles", person("x", commitment="weekends"), 422, "commitment", "Input"),
        ("post", "/profiles", person("Bad Id"), 422, "id", "pattern"),
        ("post", "/profiles", person("x", languages=["xx"]), 422, "languages", "ISO 639-1"),
        ("post", "/profiles", person("x", offers="o" * 2001), 422, "offers", "at most 2000"),
        ("post", "/profiles", person("ana"), 409, "id", "already taken"),
        ("get", "/profiles/ana/matches?k=1000", None, 422, "k", "whole number between 1 and 100"),
    ],
)
def test_bad_input_gets_a_named_error(
    client: TestClient,
    community: Community,
    method: str,
    url: str,
    body: Any,
    status: int,
    field: str,
    text: str,
) -> None:
    admin = community.security.create_token(None, role="admin")
    if isinstance(body, dict):
        for key in ("roles_offered", "roles_sought", "languages"):
            if isinstance(body.get(key), str):
                body[key] = body[key].split(";")
        if isinstance(body.get("utc_offset"), str):
            body["utc_offset"] = float(body["utc_offset"])
    r = client.request(method, url, json=body, headers=bearer(admin))
    assert_error(r, status, field, text)


def test_body_limit_and_malformed_json(community: Community) -> None:
    app = create_app(
        Settings(db=":memory:", encoder="fake", max_body_bytes=2048), community=community
    )
    client = TestClient(app)
    big = person("big", offers="x" * 1900, needs="y" * 1900)
    assert_error(client.post("/profiles", json=big), 413, "body", "over 2048 bytes")

    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(10):
            yield b"x" * 1000

    r = client.post("/profiles", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    r = client.post("/profiles", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["hint"]


def test_openapi_and_health(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert "/profiles/{profile_id}/matches" in spec["paths"]
    assert client.get("/docs").status_code == 200
    assert client.get("/health").json()["profiles"] == len(COMMUNITY)


def test_profiles_are_listed_a_page_at_a_time_after_an_id(
    client: TestClient, community: Community
) -> None:
    headers = bearer(community.security.create_token(None, role="admin"))
    everyone = [p["id"] for p in client.get("/profiles?limit=200", headers=headers).json()]
    assert everyone == sorted(everyone) and len(everyone) >= 3
    r = client.get("/profiles?limit=2", headers=headers)
    first = r.json()
    assert (
        r.headers["link"].endswith('; rel="next"')
        and f"after={first[-1]['id']}" in r.headers["link"]
    )
    following = r.headers["link"].split(">")[0].lstrip("<")
    assert following.startswith("http") and "limit=2" in following
    rest = client.get(f"/profiles?limit=200&after={first[-1]['id']}", headers=headers)
    assert "link" not in rest.headers  # the end
    assert [p["id"] for p in first + rest.json()] == everyone
    bad = client.get("/profiles?after=Bob%20Smith", headers=headers)
    assert_error(bad, 422, "after", "must be 1-64 lower-case letters")
    assert bad.json()["value"] == "Bob Smith"
