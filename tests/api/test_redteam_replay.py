"""Issue 16, item 5: an erased member's stored responses go with them.

``POST /profiles`` with an ``Idempotency-Key`` stores its response (the profile and the
token, encrypted) for a day, for retries. Replaying an erased member's sign-up used to
answer 201 with the erased profile; their other stored responses (a venture they created)
replayed too, even to their deleted token.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from matcher.community import Community
from tests.conftest import COMMUNITY, person


@pytest.fixture
def world(db_target: str) -> Iterator[tuple[TestClient, Community]]:
    """The API over a database file (or a PostgreSQL schema: the store contract)."""
    app = create_app(Settings(db=db_target, encoder="fake", index_kind="flat"))
    service: Community = app.state.community
    service.profiles.import_profiles(COMMUNITY)
    yield TestClient(app), service
    service.close()


def _sign_up(me: str, canary: str) -> dict[str, Any]:
    body = person(me, name=f"K {canary}", roles_offered=["tech"], roles_sought=["sales"])
    return body | {"languages": ["en"], "utc_offset": 1}


def _rows(service: Community) -> int:
    return int(service.db.execute("SELECT COUNT(*) FROM idempotency_keys").fetchone()[0])


def test_replaying_an_erased_sign_up_does_not_answer_the_erased_profile(
    world: tuple[TestClient, Community],
) -> None:
    client, service = world
    canary = uuid.uuid4().hex
    me = "kz" + uuid.uuid4().hex[:12]
    key = {"Idempotency-Key": str(uuid.uuid4())}
    first = client.post("/profiles", json=_sign_up(me, canary), headers=key)
    assert first.status_code == 201
    mine = {"Authorization": f"Bearer {first.json()['token']}"}
    # a retry before the erasure is a replay: the same token
    again = client.post("/profiles", json=_sign_up(me, canary), headers=key)
    assert again.headers.get("idempotent-replayed") == "true" and again.text == first.text
    # a venture of mine, with a key; and one of ana's, which must stay
    vkey = {"Idempotency-Key": "venture-1"}
    assert client.post("/ventures", json={"id": "mine"}, headers=mine | vkey).status_code == 201
    ana = {"Authorization": f"Bearer {service.security.create_token('ana')}"}
    assert client.post("/ventures", json={"id": "hers"}, headers=ana | vkey).status_code == 201
    assert _rows(service) == 3

    assert client.delete("/me", headers=mine).status_code == 200

    assert _rows(service) == 1  # ana's stays
    replay = client.post("/profiles", json=_sign_up(me, canary), headers=key)
    assert replay.headers.get("idempotent-replayed") != "true"
    assert first.json()["token"] not in replay.text
    # my deleted token replays nothing either: it is refused before any key is looked up
    r = client.post("/ventures", json={"id": "mine"}, headers=mine | vkey)
    assert r.status_code == 401 and "mine" not in r.text
    # ana's own retry still replays
    r = client.post("/ventures", json={"id": "hers"}, headers=ana | vkey)
    assert r.status_code == 201 and r.headers.get("idempotent-replayed") == "true"


def test_an_erasure_by_an_admin_purges_the_members_stored_responses(
    world: tuple[TestClient, Community],
) -> None:
    client, service = world
    me = "kz" + uuid.uuid4().hex[:12]
    key = {"Idempotency-Key": str(uuid.uuid4())}
    first = client.post("/profiles", json=_sign_up(me, "x"), headers=key)
    assert first.status_code == 201
    admin = {"Authorization": f"Bearer {service.security.create_token(None, role='admin')}"}
    assert client.delete(f"/profiles/{me}", headers=admin).status_code == 204
    assert _rows(service) == 0
    replay = client.post("/profiles", json=_sign_up(me, "x"), headers=key)
    assert replay.headers.get("idempotent-replayed") != "true"
    assert first.json()["token"] not in replay.text
