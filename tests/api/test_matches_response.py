"""``GET /profiles/{id}/matches`` sends exactly what the reference path would.

The route validates its suggestions once and serialises them itself (instead of returning
models for FastAPI to validate again against ``response_model``), and takes the suggested
people's names from the in-memory search state instead of reading them again. The
reference below is the route as it was: ``service.matching.suggest``, each candidate read from the
store, ``SuggestionPublic.of`` for each, and FastAPI's own serialisation of the
``response_model`` (pydantic-core JSON of ``list[SuggestionPublic]``).
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from api.schemas import SuggestionPublic
from matcher.access import ADMIN, Actor
from matcher.community import Community
from tests.apps import client_over
from tests.conftest import COMMUNITY, person

REFERENCE = TypeAdapter(list[SuggestionPublic])


@pytest.fixture
def client(community: Community) -> TestClient:
    return client_over(community)


def reference(service: Community, pid: str, k: int, explain: bool = True) -> bytes:
    suggestions = service.matching.suggest(pid, k=k, actor=ADMIN, explain=explain)
    models = []
    for i, s in enumerate(suggestions, 1):
        candidate = service.profiles.store.get_profile(s.candidate)
        assert candidate is not None
        models.append(SuggestionPublic.of(i, s, candidate))
    return REFERENCE.dump_json(models, by_alias=True)


def admin(service: Community) -> dict[str, str]:
    return {"Authorization": f"Bearer {service.security.create_token(None, role='admin')}"}


@pytest.mark.parametrize("explain", [True, False])
def test_every_viewer_gets_the_bytes_of_the_reference_path(
    client: TestClient, community: Community, explain: bool
) -> None:
    headers = admin(community)
    seen = 0
    for row in COMMUNITY:
        pid = row["id"]
        for k in (1, 3, 100):
            r = client.get(
                f"/profiles/{pid}/matches", params={"k": k, "explain": explain}, headers=headers
            )
            assert r.status_code == 200, r.text
            assert r.headers["content-type"] == "application/json"
            assert r.content == reference(community, pid, k, explain)
            seen += len(r.json())
    assert seen > 0  # some viewers have suggestions: the comparison is not between empty lists


def test_names_follow_an_edit_and_trust_fields_are_sent(
    client: TestClient, community: Community
) -> None:
    """A suggested person renamed after the search state was built shows the new name; a
    viewer with trust edges gets trust, the again flag and the intro path, as before."""
    headers = admin(community)
    first = client.get("/profiles/ana/matches", headers=headers).json()
    assert first
    other = first[0]["id"]
    community.profiles.update_profile(other, {"name": "Renamed Person"}, actor=ADMIN)
    after = client.get("/profiles/ana/matches", headers=headers)
    assert [s["name"] for s in after.json() if s["id"] == other] == ["Renamed Person"]
    assert after.content == reference(community, "ana", 10)

    trust = client.app.state.community.trust  # type: ignore[attr-defined]
    c = trust.propose_collaboration("ana", other, "a pilot", "2024-01-01", actor=Actor("ana"))
    trust.answer_collaboration(c.id, True, actor=Actor(other))
    trust.rate_collaboration(c.id, 2, actor=Actor("ana"))
    trust.rate_collaboration(c.id, 2, actor=Actor(other))
    r = client.get("/profiles/ana/matches", headers=headers)
    assert next(s["trust"] for s in r.json() if s["id"] == other)  # the trusted path ran
    assert r.content == reference(community, "ana", 10)


def test_a_hidden_viewer_is_still_read_from_the_store(
    client: TestClient, community: Community
) -> None:
    """A viewer who may not be suggested (no consent) is not in the search state; their
    own suggestions are computed from their stored profile, as before."""
    community.profiles.import_profiles([person("zed", consent="false", languages="fr;en")])
    r = client.get("/profiles/zed/matches", headers=admin(community))
    assert r.status_code == 200
    assert r.content == reference(community, "zed", 10)
