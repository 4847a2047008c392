"""Preferences with strength, end to end: must-haves filter both ways, nice-to-haves weigh,
and every suggestion says which were met (issue 9, part 1)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from matcher.errors import ImportFailed
from tests.api.test_http import assert_error, bearer
from tests.apps import client_over
from tests.conftest import person


@pytest.fixture
def client(community: Community) -> TestClient:
    return client_over(community)


def ids(client: TestClient, token: str, who: str = "ana") -> list[str]:
    r = client.get(f"/profiles/{who}/matches", params={"k": 20}, headers=bearer(token))
    assert r.status_code == 200, r.text
    return [s["id"] for s in r.json()]


def test_a_must_have_filters_both_ways(client: TestClient, community: Community) -> None:
    ana, fay = community.security.create_token("ana"), community.security.create_token("fay")
    assert "fay" not in ids(client, ana)  # 8 h apart: both keep the default must-have
    relaxed = {"preferences": {"timezone": "any"}}
    assert client.patch("/profiles/ana", json=relaxed, headers=bearer(ana)).status_code == 200
    assert "fay" not in ids(client, ana)  # fay still requires a close time zone
    assert client.patch("/profiles/fay", json=relaxed, headers=bearer(fay)).status_code == 200
    assert "fay" in ids(client, ana) and "ana" in ids(client, fay, "fay")

    # a must-have stage: only people at the same stage remain, and they see ana no more
    stage = {"stage": "prototype", "preferences": {"timezone": "any", "stage": "must"}}
    assert client.patch("/profiles/ana", json=stage, headers=bearer(ana)).status_code == 200
    assert ids(client, ana) == []
    assert "ana" not in ids(client, fay, "fay")
    r = client.get("/profiles/ana", headers=bearer(ana)).json()
    assert r["preferences"] == {
        "roles": "any",
        "commitment": "must",
        "languages": "must",
        "timezone": "any",
        "stage": "must",
        "industry": "any",
    }


def test_a_nice_to_have_weighs_and_is_explained(client: TestClient, community: Community) -> None:
    twin = person(
        "bea",
        offers="Sales lead: I find customers and close deals.",
        needs="A technical partner, a developer who can code the product.",
        roles_offered="sales",
        roles_sought="tech",
        languages="en",
        industries="health;retail",
    )
    community.profiles.import_profiles([twin | {"id": "bea"}])
    ana = community.security.create_token("ana")
    before = client.get("/profiles/ana/matches", headers=bearer(ana)).json()
    score = {s["id"]: s["score"] for s in before}
    assert score["bea"] == score["bob"]  # same texts and roles: a tie, broken by id
    wish = {"industries": ["health"], "preferences": {"industry": "nice", "stage": "nice"}}
    assert client.patch("/profiles/ana", json=wish, headers=bearer(ana)).status_code == 200
    after = client.get("/profiles/ana/matches", headers=bearer(ana)).json()
    top = {s["id"]: s for s in after}
    assert [s["id"] for s in after][:2] == ["bea", "bob"]  # bea shares the industry
    assert top["bea"]["components"]["preferences"] == 1.0  # stage idea = idea, health
    assert top["bob"]["components"]["preferences"] == 0.5  # stage only
    checks = {p["criterion"]: (p["strength"], p["met"]) for p in top["bob"]["preferences"]}
    assert checks["industry"] == ("nice", False) and checks["stage"] == ("nice", True)
    # the blend: (score + 0.1 x share) / 1.1
    assert top["bea"]["score"] == pytest.approx((score["bea"] + 0.1) / 1.1, abs=2e-6)
    assert top["bob"]["score"] == pytest.approx((score["bob"] + 0.05) / 1.1, abs=2e-6)


def test_bad_preferences_are_refused_with_the_field(
    client: TestClient, community: Community
) -> None:
    ana = community.security.create_token("ana")
    r = client.patch(
        "/profiles/ana", json={"preferences": {"timezone": "maybe"}}, headers=bearer(ana)
    )
    assert r.status_code == 422 and "timezone" in r.text
    r = client.patch("/profiles/ana", json={"preferences": {"salary": "must"}}, headers=bearer(ana))
    assert r.status_code == 422 and "salary" in r.text
    assert_error(
        client.post(
            "/profiles",
            json=person(
                "zed",
                roles_offered=["tech"],
                roles_sought=["sales"],
                languages=["en"],
                utc_offset=1,
                industries=["Health care!"],
            ),
        ),
        422,
        "industries",
        "industry 'Health care!'",
    )
    with pytest.raises(ImportFailed) as bad:
        community.profiles.import_profiles([person("zed", preferences="timezone=sometimes")])
    message = str(bad.value)
    assert "row 1 id 'zed': preferences: timezone must be must, nice or any" in message
    assert message.count("write criterion=strength pairs") == 1
    assert community.profiles.store.get_profile("zed") is None  # nothing half-imported
