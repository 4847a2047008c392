"""A third party integrating from the documentation, then attacking (api5).

* Endorsements: a skill has one form (NFC, no invisible characters, single spaces,
  lower-case), so "café" typed two ways, or "sales" with a zero-width space, is one skill,
  and the form sent to withdraw it finds it; and one member endorses at most
  ``MAX_SKILLS`` skills of another, so a list anyone may add to stays short (it grew
  without end: 300 skills in 0.8 s, each answer the whole list).
"""

from __future__ import annotations

import unicodedata
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from matcher.trust import MAX_SKILLS
from tests.api.test_http import assert_error, bearer
from tests.apps import client_over


@pytest.fixture
def api(community: Community) -> tuple[TestClient, dict[str, str]]:
    return client_over(community), bearer(community.security.create_token("ana"))


def _skills(client: TestClient, ana: dict[str, str]) -> list[str]:
    return [e["skill"] for e in client.get("/profiles/bob/endorsements", headers=ana).json()]


@pytest.mark.parametrize(
    "variant",
    [
        unicodedata.normalize("NFD", "Café"),  # e + combining acute
        "caf\u00e9\u200b",  # a zero-width space after it
        "  CAFÉ ",
    ],
)
def test_a_skill_spelt_two_ways_is_one_skill(
    api: tuple[TestClient, dict[str, str]], variant: str
) -> None:
    client, ana = api
    assert client.post("/profiles/bob/endorsements", json={"skill": "café"}, headers=ana).is_success
    r = client.post("/profiles/bob/endorsements", json={"skill": variant}, headers=ana)
    assert r.status_code == 201, r.text
    assert _skills(client, ana) == ["café"]
    # withdrawn by any of its spellings
    r = client.delete(f"/profiles/bob/endorsements/{quote(variant)}", headers=ana)
    assert r.status_code == 200, r.text
    assert _skills(client, ana) == []


def test_spaces_inside_a_skill_are_one(api: tuple[TestClient, dict[str, str]]) -> None:
    client, ana = api
    r = client.post(
        "/profiles/bob/endorsements", json={"skill": "product \u00a0  design"}, headers=ana
    )
    assert r.status_code == 201, r.text
    assert _skills(client, ana) == ["product design"]


def test_one_member_endorses_a_bounded_number_of_skills_of_another(
    api: tuple[TestClient, dict[str, str]],
) -> None:
    client, ana = api
    for i in range(MAX_SKILLS):
        r = client.post("/profiles/bob/endorsements", json={"skill": f"s{i}"}, headers=ana)
        assert r.status_code == 201, r.text
    r = client.post("/profiles/bob/endorsements", json={"skill": "one more"}, headers=ana)
    assert_error(r, 409, "skill", f"already endorse {MAX_SKILLS} skills of 'bob'")
    # one already given is no new one; and after withdrawing one, another fits
    assert client.post("/profiles/bob/endorsements", json={"skill": "S0"}, headers=ana).is_success
    assert client.delete("/profiles/bob/endorsements/s0", headers=ana).is_success
    r = client.post("/profiles/bob/endorsements", json={"skill": "one more"}, headers=ana)
    assert r.status_code == 201, r.text
    assert len(_skills(client, ana)) == MAX_SKILLS


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ('{"name": "Caf\u00e9"}'.encode("latin-1"), "application/json"),
        ('{"name": "Caf\u00e9"}'.encode("latin-1"), "application/json; charset=latin-1"),
        (b'{"name": "\xff\xfe"}', "application/merge-patch+json"),
    ],
)
def test_a_body_that_is_not_utf8_is_a_422_with_a_fix(
    api: tuple[TestClient, dict[str, str]], body: bytes, content_type: str
) -> None:
    client, ana = api
    r = client.post("/ventures", content=body, headers=ana | {"Content-Type": content_type})
    assert_error(r, 422, "body", "not valid UTF-8")
    assert "UTF-8" in r.json()["hint"]


def test_a_201_says_where_the_new_thing_is(
    api: tuple[TestClient, dict[str, str]], community: Community
) -> None:
    client, ana = api
    made = [
        client.post("/ventures", json={"name": "Acme"}, headers=ana),
        client.post("/ventures", json={"id": "acme"}, headers=ana),
        client.post("/events", json={"name": "Night"}, headers=ana),
        client.post("/me/introductions", json={"target": "bob"}, headers=ana),
    ]
    signed_up = client.post(
        "/profiles", json={"id": "zoe", "name": "Zoé", "offers": "code", "needs": "sales"}
    )
    zoe = bearer(signed_up.json()["token"])
    for r in [*made, signed_up]:
        assert r.status_code == 201, r.text
        where = r.headers["location"]
        again = client.get(where, headers=zoe if r is signed_up else ana)
        assert again.status_code == 200, (where, again.text)
    assert made[1].headers["location"] == f"/ventures/{made[1].json()['id']}"
    assert made[1].json()["id"].startswith("acme-")
    assert signed_up.headers["location"] == "/profiles/zoe"


def test_the_openapi_document_says_a_201_has_a_location(
    api: tuple[TestClient, dict[str, str]],
) -> None:
    client, _ = api
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/profiles", "/ventures", "/events", "/me/introductions"):
        created = paths[path]["post"]["responses"]["201"]
        assert "Location" in created["headers"], path
        assert "application/json" in created["content"], path


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "application/xml", None]
)
def test_a_body_not_sent_as_json_is_a_415(
    api: tuple[TestClient, dict[str, str]], content_type: str | None
) -> None:
    client, ana = api
    headers = ana | ({"Content-Type": content_type} if content_type else {})
    r = client.post("/ventures", content=b'{"name": "Acme"}', headers=headers)
    assert_error(r, 415, "Content-Type", "the body must be JSON")
    assert r.json()["value"] == content_type
    assert "415" in client.get("/openapi.json").json()["paths"]["/ventures"]["post"]["responses"]
    # sent as JSON, the same body is taken; JSON that is not an object stays a 422
    assert client.post("/ventures", json={"name": "Acme"}, headers=ana).status_code == 201
    assert_error(client.post("/ventures", json=[1], headers=ana), 422, "body", "dictionary")


def test_two_authorization_headers_are_refused(
    api: tuple[TestClient, dict[str, str]], community: Community
) -> None:
    # the first was taken and the second ignored: a proxy that adds its own header, or a
    # client that merges two, acted as whoever came first
    client, ana = api
    bob = bearer(community.security.create_token("bob"))
    twice = [("Authorization", ana["Authorization"]), ("Authorization", bob["Authorization"])]
    r = client.get("/me", headers=twice)
    assert_error(r, 401, None, "send one Authorization header")
    same = [("Authorization", ana["Authorization"])] * 2
    assert client.get("/me", headers=same).status_code == 401
    assert client.get("/me", headers=ana).json()["id"] == "ana"


def test_a_new_token_comes_with_its_id_and_expiry_as_listed(
    api: tuple[TestClient, dict[str, str]], community: Community
) -> None:
    # POST /me/tokens answered {member, token} and POST /tokens {token, profile_id, role}:
    # to revoke the token it just made, a script had to guess which listed one it was
    client, ana = api
    r = client.post("/me/tokens", json={"label": "ci"}, headers=ana)
    assert r.status_code == 201, r.text
    made = r.json()
    listed = {t["id"]: t for t in client.get("/me/tokens", headers=ana).json()}
    assert made["member"] == "ana"
    assert {k: v for k, v in made.items() if k not in ("token", "member")} == listed[made["id"]]
    admin = bearer(community.security.create_token(None, role="admin"))
    r = client.post("/tokens", json={"profile_id": "bob", "label": "ops"}, headers=admin)
    assert r.status_code == 201, r.text
    issued = r.json()
    bob = bearer(issued["token"])
    listed = {t["id"]: t for t in client.get("/me/tokens", headers=bob).json()}
    assert {k: v for k, v in issued.items() if k != "token"} == listed[issued["id"]]
    assert client.delete(f"/me/tokens/{issued['id']}", headers=bob).status_code == 204
    assert client.get("/me", headers=bob).status_code == 401


def test_a_header_is_named_as_it_is_sent(api: tuple[TestClient, dict[str, str]]) -> None:
    # the 422 named "header.idempotency-key", the 409 about the same key "Idempotency-Key"
    client, ana = api
    made = client.post("/ventures", json={"id": "acme"}, headers=ana)
    assert made.status_code == 201  # the venture exists: only the header is missing
    entry = {"member": "ana", "kind": "cash", "on": "2024-02-01", "amount": "10"}
    r = client.post(f"/ventures/{made.json()['id']}/entries", json=entry, headers=ana)
    assert_error(r, 422, "Idempotency-Key", "Field required")
    assert r.json()["hint"] == "send the header Idempotency-Key"
    r = client.post("/ventures", json={"name": "X"}, headers=ana | {"Idempotency-Key": "a b"})
    assert_error(r, 422, "Idempotency-Key", "has a space")
    assert client.post("/ventures", json={"name": "X"}, headers=ana | {"Idempotency-Key": "k"})
    r = client.post("/ventures", json={"name": "Y"}, headers=ana | {"Idempotency-Key": "k"})
    assert_error(r, 409, "Idempotency-Key", "already used")


def test_a_replayed_201_keeps_its_location(
    api: tuple[TestClient, dict[str, str]], community: Community
) -> None:
    client, ana = api
    key = ana | {"Idempotency-Key": "venture-1"}
    first = client.post("/ventures", json={"name": "Acme"}, headers=key)
    again = client.post("/ventures", json={"name": "Acme"}, headers=key)
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json() == first.json()
    assert (
        again.headers["location"] == first.headers["location"] == f"/ventures/{first.json()['id']}"
    )
    # stored encrypted with the body: the database holds no readable address
    rows = community.db.execute("SELECT body FROM idempotency_keys").fetchall()
    assert rows and all(b"/ventures/" not in bytes(r[0]) for r in rows)
    # a stored response without one (a token) replays as before
    admin = bearer(community.security.create_token(None, role="admin"))
    key = admin | {"Idempotency-Key": "token-1"}
    made = client.post("/tokens", json={"profile_id": "bob"}, headers=key)
    replayed = client.post("/tokens", json={"profile_id": "bob"}, headers=key)
    assert replayed.json() == made.json() and "location" not in replayed.headers


@pytest.mark.parametrize("amount", ["\uff11\uff12", "1\u06650", "\u0967\u0968"])
def test_an_amount_is_written_in_ascii_digits(
    api: tuple[TestClient, dict[str, str]], amount: str
) -> None:
    # full-width 12 was recorded as 12, and 1 U+0665 0 as 150: the k of a query was refused
    # in those digits, an amount taken; a ledger row should read as what it records
    client, ana = api
    made = client.post("/ventures", json={"id": "acme"}, headers=ana)
    assert made.status_code == 201  # the venture exists: only the amount is wrong
    entry = {"member": "ana", "kind": "cash", "on": "2024-02-01", "amount": amount}
    key = ana | {"Idempotency-Key": "e1"}
    r = client.post(f"/ventures/{made.json()['id']}/entries", json=entry, headers=key)
    assert_error(r, 422, "amount", "must be a number like 1250.50")
