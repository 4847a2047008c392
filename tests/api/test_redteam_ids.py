"""Issue 16, item 8: id probing.

A venture (or event) you are not in answers 404 as if absent; but creating one with a taken
id answers 409, so an outsider could probe ids (``acme-merger``?). Ids a client chooses are
one public namespace, like profile ids: a taken id is refused with the same answer whoever
holds it. A venture or event created without an id gets one the server picks, with 80
random bits: nobody can probe for it.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over


@pytest.fixture
def client(community: Community) -> TestClient:
    return client_over(community)


@pytest.fixture
def auth(community: Community) -> dict[str, dict[str, str]]:
    return {
        p: {"Authorization": f"Bearer {community.security.create_token(p)}"} for p in ("ana", "eve")
    }


@pytest.mark.parametrize(("path", "prefix"), [("/ventures", "v-"), ("/events", "e-")])
def test_created_without_an_id_it_gets_an_unguessable_one(
    client: TestClient, auth: dict[str, dict[str, str]], path: str, prefix: str
) -> None:
    made = []
    for _ in range(3):
        r = client.post(path, json={"name": "secret merger"}, headers=auth["ana"])
        assert r.status_code == 201, r.text
        made.append(r.json()["id"])
    assert len(set(made)) == 3
    assert all(re.fullmatch(prefix + "[0-9a-f]{20}", m) for m in made), made
    # the owner reaches it; an outsider gets 404, as for any id
    assert client.get(f"{path}/{made[0]}", headers=auth["ana"]).status_code == 200
    assert client.get(f"{path}/{made[0]}", headers=auth["eve"]).status_code == 404


@pytest.mark.parametrize("path", ["/events"])
def test_a_taken_id_is_refused_alike_whoever_holds_it(
    client: TestClient, auth: dict[str, dict[str, str]], path: str
) -> None:
    assert client.post(path, json={"id": "acme"}, headers=auth["ana"]).status_code == 201
    mine = client.post(path, json={"id": "acme"}, headers=auth["ana"])
    theirs = client.post(path, json={"id": "acme"}, headers=auth["eve"])
    assert mine.status_code == theirs.status_code == 409
    assert mine.json() == theirs.json()  # nothing about who holds it, or what it is
    assert "ana" not in theirs.text


def _shape(r: Any, slug: str) -> tuple[int, str, Any]:
    """What a creator sees of a new venture, its random suffix taken out."""
    body = r.json()
    made = body.pop("id")
    assert re.fullmatch(re.escape(slug) + "-[0-9a-f]{6}", made), made
    assert r.headers["location"] == f"/ventures/{made}"
    return r.status_code, made, body


def test_a_stranger_probing_venture_ids_learns_nothing(
    client: TestClient, auth: dict[str, dict[str, str]], community: Community
) -> None:
    """eve asks for the ids of ana's private ventures (one an admin gave an exact id, as
    every venture had before; one ana chose) and for ids nobody holds: every answer is a
    new venture of hers under the id she chose and a random suffix, alike whether it was
    taken or not (before: 409 "venture 'acme' already exists" for a taken one only)."""
    admin = {"Authorization": f"Bearer {community.security.create_token(None, role='admin')}"}
    exact = {"id": "acme", "name": "Acme", "owner": "ana", "exact": True}
    assert client.post("/ventures", json=exact, headers=admin).status_code == 201
    chosen = client.post("/ventures", json={"id": "merger"}, headers=auth["ana"])
    assert chosen.status_code == 201, chosen.text
    held = chosen.json()["id"]  # merger-3f9a2c
    probes = {"acme": True, held: True, "merger": False, "nobody-holds": False}
    seen = {}
    for slug, taken in probes.items():
        r = client.post("/ventures", json={"id": slug, "name": "Probe"}, headers=auth["eve"])
        status, made, body = _shape(r, slug)
        seen[taken] = seen.get(taken, set()) | {(status, repr(sorted(body.items())))}
        assert "ana" not in r.text and "Acme" not in r.text
        assert client.get(f"/ventures/{made}", headers=auth["eve"]).status_code == 200
    assert seen[True] == seen[False] and len(seen[True]) == 1  # taken or not: one answer
    for held_id in ("acme", held):  # ana's ventures are hers, and still hidden from eve
        assert client.get(f"/ventures/{held_id}", headers=auth["ana"]).status_code == 200
        assert client.get(f"/ventures/{held_id}", headers=auth["eve"]).status_code == 404


def test_only_an_admin_chooses_an_exact_venture_id(
    client: TestClient, auth: dict[str, dict[str, str]], community: Community
) -> None:
    r = client.post("/ventures", json={"id": "acme", "exact": True}, headers=auth["eve"])
    assert r.status_code == 403 and r.json()["field"] == "exact", r.text
    assert "admin" in r.json()["detail"] and "suffix" in r.json()["hint"]
    admin = {"Authorization": f"Bearer {community.security.create_token(None, role='admin')}"}
    exact = {"id": "acme", "owner": "ana", "exact": True}
    assert client.post("/ventures", json=exact, headers=admin).json()["id"] == "acme"
    r = client.post("/ventures", json=exact, headers=admin)  # an admin reads every venture
    assert r.status_code == 409 and r.json()["field"] == "venture", r.text


def test_a_venture_from_an_introduction_can_leave_the_id_to_the_server(
    client: TestClient, auth: dict[str, dict[str, str]], community: Community
) -> None:
    bob = {"Authorization": f"Bearer {community.security.create_token('bob')}"}
    r = client.post(
        "/me/introductions", json={"target": "bob", "message": "hi"}, headers=auth["ana"]
    )
    assert r.status_code == 201, r.text
    intro = r.json()["id"]
    r = client.post(f"/me/introductions/{intro}/answer", json={"accept": True}, headers=bob)
    assert r.status_code == 200, r.text
    r = client.post(f"/me/introductions/{intro}/venture", json={}, headers=auth["ana"])
    assert r.status_code == 201, r.text
    venture = r.json()
    assert re.fullmatch("v-[0-9a-f]{20}", venture["id"]) and venture["members"] == ["ana"]
    assert venture["invited"] == ["bob"]  # bob joins by accepting (issue 17)
