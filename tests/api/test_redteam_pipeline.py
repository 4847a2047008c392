"""Found by ``bench/redteam.py`` (matrix, the private-attendee canary): a member's pipeline
named people the member may not see.

The pipeline lists everyone I was suggested, contacted, met or work with; someone I work with
can be a private profile (an admin added them to my venture; a team formed at an event became
a venture). Their name and texts are theirs to hide: the pipeline shows their id only, as the
organiser's plan, cards and agendas do.
"""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over
from tests.conftest import person


@pytest.fixture
def client(community: Community) -> TestClient:
    return client_over(community)


def test_a_private_coworker_is_named_by_id_only(client: TestClient, community: Community) -> None:
    canary = uuid.uuid4().hex
    community.profiles.import_profiles([person("pia", name=f"Pia {canary}", visibility="private")])
    admin = {"Authorization": f"Bearer {community.security.create_token(None, role='admin')}"}
    bob = {"Authorization": f"Bearer {community.security.create_token('bob')}"}
    body = {"id": "vp", "owner": "bob", "exact": True}  # an admin creates it for bob
    assert client.post("/ventures", json=body, headers=admin).status_code == 201
    r = client.post("/ventures/vp/members", json={"member": "pia"}, headers=admin)
    assert r.status_code == 201, r.text
    pia = {"Authorization": f"Bearer {community.security.create_token('pia')}"}
    assert (
        client.post("/ventures/vp/invitation", json={"accept": True}, headers=pia).status_code
        == 200
    )
    assert client.get("/profiles/pia", headers=bob).status_code == 404  # hidden from bob
    rows = {r["person"]: r for r in client.get("/me/pipeline", headers=bob).json()}
    assert rows["pia"]["name"] == "pia" and rows["pia"]["stage"] == "working together"
    for fmt in ("json", "csv"):
        r = client.get(f"/me/pipeline?format={fmt}", headers=bob)
        assert r.status_code == 200 and canary not in r.text
    # a visible coworker keeps their name
    assert (
        client.post("/ventures/vp/members", json={"member": "cyd"}, headers=admin).status_code
        == 201
    )
    cyd = {"Authorization": f"Bearer {community.security.create_token('cyd')}"}
    assert (
        client.post("/ventures/vp/invitation", json={"accept": True}, headers=cyd).status_code
        == 200
    )
    rows = {r["person"]: r for r in client.get("/me/pipeline", headers=bob).json()}
    assert rows["cyd"]["name"] == "Cyd"
