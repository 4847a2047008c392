"""Whole numbers in a query (``k``, ``offset``, ``limit``...) are plain ASCII digits: Python's
``int()`` (and Pydantic's lax parsing) read ``1_0``, `` 10``, ``+10`` and ``10.0`` as 10; a
number out of its range is told the whole range, not only the bound it broke; ``offset`` and
``after`` together are refused rather than both applied (red team)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over


@pytest.fixture
def api(community: Community) -> tuple[TestClient, dict[str, str]]:
    token = community.security.create_token("ana")
    return client_over(community), {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("value", ["1_0", " 10", "10 ", "+10", "١٠", "10.0", "٣", "1e1", "0x10"])
@pytest.mark.parametrize(
    ("path", "name", "low", "high"),
    [
        ("/profiles/ana/matches?k=", "k", 1, 100),
        ("/profiles?limit=", "limit", 1, 200),
        ("/profiles?offset=", "offset", 0, 1_000_000),
        ("/me/inbox?limit=", "limit", 1, 200),
    ],
)
def test_only_ascii_digits_make_a_query_number(
    api: tuple[TestClient, dict[str, str]], path: str, name: str, low: int, high: int, value: str
) -> None:
    client, auth = api
    r = client.get(path + value.replace("+", "%2B"), headers=auth)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["field"] == name and body["value"] == value, body
    assert f"between {low:,} and {high:,}".replace(",", "") in (
        body["detail"] + body["hint"]
    ).replace(",", ""), body


@pytest.mark.parametrize(
    ("path", "name", "low", "high"),
    [
        ("/profiles/ana/matches?k=10000000", "k", 1, 100),
        ("/profiles/ana/matches?k=0", "k", 1, 100),
        ("/profiles?limit=10000000", "limit", 1, 200),
        ("/profiles?offset=-1", "offset", 0, 1_000_000),
    ],
)
def test_a_number_out_of_range_is_told_the_whole_range(
    api: tuple[TestClient, dict[str, str]], path: str, name: str, low: int, high: int
) -> None:
    client, auth = api
    r = client.get(path, headers=auth)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["field"] == name, body
    said = (body["detail"] + " " + body["hint"]).replace(",", "")
    assert f"between {low} and {high}" in said, body


def test_a_body_number_out_of_range_is_told_the_whole_range(
    api: tuple[TestClient, dict[str, str]],
) -> None:
    client, auth = api
    r = client.post(
        "/events", json={"id": "night", "name": "Night", "round_minutes": 10**9}, headers=auth
    )
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["field"] == "round_minutes", body
    assert "between 1 and 240" in body["detail"] + " " + body["hint"], body


def test_plain_digits_still_work(api: tuple[TestClient, dict[str, str]]) -> None:
    client, auth = api
    assert client.get("/profiles/ana/matches?k=3", headers=auth).status_code == 200
    assert client.get("/profiles?limit=2&offset=1", headers=auth).status_code == 200


def test_offset_and_after_together_are_refused(api: tuple[TestClient, dict[str, str]]) -> None:
    client, auth = api
    r = client.get("/profiles?offset=1&after=ana", headers=auth)
    assert r.status_code == 422, r.text
    body = r.json()
    assert "offset" in body["detail"] and "after" in body["detail"], body
    assert "one" in body["hint"], body
    assert client.get("/profiles?after=ana", headers=auth).status_code == 200
