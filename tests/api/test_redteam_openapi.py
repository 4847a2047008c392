"""Issue 16, item 9: the OpenAPI document says what the routes return.

* Agendas and table cards are HTML, the plan is CSV or JSON, the pipeline JSON or CSV, an
  attendee's agenda JSON or HTML, a timeline CSV, JSON or SVG: each documents those media
  types (they were all documented as JSON), and each answer's type is one it documents.
* A 405 lists in ``Allow`` every method of the path, not the first route's one.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from matcher.community import Community
from tests.apps import client_over

#: (method, path template, path parameters, query): the routes that answer more than JSON
NON_JSON: list[tuple[str, str, dict[str, str], str]] = [
    ("GET", "/events/{event_id}/agendas", {"event_id": "night"}, ""),
    ("GET", "/events/{event_id}/cards", {"event_id": "night"}, ""),
    ("GET", "/events/{event_id}/plan", {"event_id": "night"}, ""),
    ("GET", "/events/{event_id}/plan", {"event_id": "night"}, "format=json"),
    (
        "GET",
        "/events/{event_id}/agenda/{profile_id}",
        {"event_id": "night", "profile_id": "bob"},
        "",
    ),
    (
        "GET",
        "/events/{event_id}/agenda/{profile_id}",
        {"event_id": "night", "profile_id": "bob"},
        "format=html",
    ),
    ("GET", "/me/pipeline", {}, ""),
    ("GET", "/me/pipeline", {}, "format=csv"),
    ("GET", "/ventures/{venture_id}/timeline.{fmt}", {"venture_id": "acme", "fmt": "csv"}, ""),
    ("GET", "/ventures/{venture_id}/timeline.{fmt}", {"venture_id": "acme", "fmt": "json"}, ""),
    ("GET", "/ventures/{venture_id}/timeline.{fmt}", {"venture_id": "acme", "fmt": "svg"}, ""),
]


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    app = create_app(Settings(db=":memory:", encoder="fake", warm_on_start=False))
    return dict(TestClient(app).get("/openapi.json").json())


@pytest.fixture
def world(community: Community) -> tuple[TestClient, dict[str, str]]:
    client = client_over(community)
    ana = {"Authorization": f"Bearer {community.security.create_token('ana')}"}
    assert client.post("/events", json={"id": "night"}, headers=ana).status_code == 201
    ids = {"ids": ["ana", "bob", "cyd", "dan"]}
    assert client.post("/events/night/attendees", json=ids, headers=ana).status_code == 200
    assert client.post("/events/night/rounds", json={"rounds": 2}, headers=ana).status_code == 200
    admin = {"Authorization": f"Bearer {community.security.create_token(None, role='admin')}"}
    acme = {"id": "acme", "owner": "ana", "exact": True}  # only an admin's id is exact
    assert client.post("/ventures", json=acme, headers=admin).status_code == 201
    return client, ana


def _documented(doc: dict[str, Any], method: str, path: str, status: int) -> set[str]:
    responses = doc["paths"][path][method.lower()]["responses"]
    return set(responses.get(str(status), {}).get("content", {}))


@pytest.mark.parametrize(
    ("method", "path", "params", "query"),
    NON_JSON,
    ids=[f"{m} {p}?{q}" for m, p, _, q in NON_JSON],
)
def test_the_media_type_of_an_answer_is_documented(
    doc: dict[str, Any],
    world: tuple[TestClient, dict[str, str]],
    method: str,
    path: str,
    params: dict[str, str],
    query: str,
) -> None:
    client, ana = world
    url = path.format(**params) + (f"?{query}" if query else "")
    r = client.request(method, url, headers=ana)
    assert r.status_code == 200, r.text
    media = r.headers["content-type"].split(";")[0]
    assert media in _documented(doc, method, path, 200), (media, path)


@pytest.mark.parametrize(
    ("path", "types"),
    [
        ("/events/{event_id}/agendas", {"text/html"}),
        ("/events/{event_id}/cards", {"text/html"}),
        ("/events/{event_id}/plan", {"text/csv", "application/json"}),
        ("/events/{event_id}/agenda/{profile_id}", {"application/json", "text/html"}),
        ("/me/pipeline", {"application/json", "text/csv"}),
        (
            "/ventures/{venture_id}/timeline.{fmt}",
            {"text/csv", "application/json", "image/svg+xml"},
        ),
    ],
)
def test_non_json_routes_document_exactly_their_media_types(
    doc: dict[str, Any], path: str, types: set[str]
) -> None:
    assert _documented(doc, "GET", path, 200) == types


def test_a_405_allows_every_method_of_the_path(
    doc: dict[str, Any], world: tuple[TestClient, dict[str, str]]
) -> None:
    client, ana = world
    verbs = {"get", "post", "put", "patch", "delete"}
    checked = 0
    for template, item in doc["paths"].items():
        allowed = {m for m in item if m in verbs}
        missing = sorted(verbs - allowed)
        if not missing:
            continue
        path = re.sub(r"\{[^}]+\}", "x", template)
        r = client.request(missing[0].upper(), path, headers=ana)
        assert r.status_code == 405, (template, missing[0], r.status_code)
        got = {m.strip().lower() for m in r.headers["allow"].split(",")}
        assert got - {"head"} == allowed, (template, r.headers["allow"])
        assert r.json()["hint"]
        checked += 1
    assert checked > 40
