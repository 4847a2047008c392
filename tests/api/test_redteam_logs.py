"""Issue 16, item 4: logs hold no ids, no bodies, no values.

The README promises it ("no path parameters, query strings, bodies, tokens"); the outside
pass found ``venture ... created by <id>`` and ``unexpected error on PATCH /profiles/<id>``
with Pydantic's input in the traceback. Every record is captured at DEBUG, formatted as
``cofoundry serve`` writes it (JSON lines), and searched for the ids and texts sent.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel, ValidationError

from matcher.community import Community
from matcher.profiles import ProfileService
from tests.api.server_logs import captured_logs
from tests.apps import client_over
from tests.conftest import person


@pytest.fixture
def logs() -> Iterator[io.StringIO]:
    """Every record the server logs during the test (see tests/api/server_logs.py)."""
    with captured_logs() as stream:
        yield stream


@pytest.fixture
def client(community: Community) -> TestClient:
    return client_over(community)


def _bearer(r: Any) -> dict[str, str]:
    return {"Authorization": f"Bearer {r.json()['token']}"}


def test_the_life_of_a_member_leaves_no_id_in_the_logs(
    client: TestClient, community: Community, logs: io.StringIO
) -> None:
    me = "kz" + uuid.uuid4().hex[:12]
    venture = "v" + uuid.uuid4().hex[:12]
    event = "e" + uuid.uuid4().hex[:12]
    canary = uuid.uuid4().hex
    body = person(me, name=f"K {canary}", roles_offered=["tech"], roles_sought=["sales"])
    body |= {"languages": ["en"], "utc_offset": 1}
    r = client.post("/profiles", json=body, headers={"Idempotency-Key": canary})
    assert r.status_code == 201, r.text
    mine = _bearer(r)
    assert client.patch(f"/profiles/{me}", json={"offers": canary}, headers=mine).status_code == 200
    assert client.get(f"/profiles/{me}/matches", headers=mine).status_code == 200
    body = {"id": venture, "name": canary, "start": "2024-01-01"}
    r = client.post("/ventures", json=body, headers=mine)
    assert r.status_code == 201, r.text
    made = r.json()["id"]  # the chosen id and a random suffix
    entry = {"member": me, "kind": "cash", "on": "2024-01-01", "amount": "5", "note": canary}
    r = client.post(
        f"/ventures/{made}/entries", json=entry, headers=mine | {"Idempotency-Key": "e1"}
    )
    assert r.status_code == 201, r.text
    assert client.post("/events", json={"id": event}, headers=mine).status_code == 201
    r = client.post(f"/events/{event}/attendees", json={"ids": [me, "ana", "bob"]}, headers=mine)
    assert r.status_code == 200, r.text
    r = client.post(f"/events/{event}/rounds", json={"rounds": 2}, headers=mine)
    assert r.status_code == 200, r.text
    assert client.delete("/me", headers=mine).status_code == 200
    text = logs.getvalue()
    assert '"route": "/ventures/{venture_id}/entries"' in text  # the logs were captured
    for secret in (me, venture, made, event, canary):
        assert secret not in text, secret


class _Echo(BaseModel):
    number: int


def _pydantic_error(value: str) -> ValidationError:
    try:
        _Echo.model_validate({"number": value})
    except ValidationError as exc:
        return exc
    raise AssertionError("unreachable")


@pytest.mark.parametrize("kind", ["message", "pydantic"])
def test_an_unexpected_error_logs_the_route_and_the_frames_only(
    client: TestClient,
    community: Community,
    logs: io.StringIO,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    canary = uuid.uuid4().hex
    error = RuntimeError(f"bad input {canary}") if kind == "message" else _pydantic_error(canary)

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise error

    monkeypatch.setattr(ProfileService, "update_profile", broken)
    ana = {"Authorization": f"Bearer {community.security.create_token('ana')}"}
    # the exception does not escape the app (TestClient would raise it): the server answers
    # 500 in the error shape and keeps the connection
    r = client.patch("/profiles/ana", json={"headline": canary}, headers=ana)
    assert r.status_code == 500
    assert r.json()["detail"] == "internal error" and canary not in r.text
    text = logs.getvalue()
    assert "unexpected" in text and "/profiles/{profile_id}" in text
    assert type(error).__name__ in text and "test_redteam_logs.py" in text  # findable
    assert canary not in text
    assert "/profiles/ana" not in text.replace("/profiles/{profile_id}", "")
    assert client.get("/health").status_code == 200
