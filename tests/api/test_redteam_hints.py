"""A refused value's hint says what to send, not "see /docs for the expected format".

Every validation error but a handful answered with the same hint, so a client sending
``limit=abc``, ``offset=-1``, an id ``"E17"`` or a role ``"superuser"`` learnt that the value
was wrong but not the fix (the brief of the error shape: the field, the value and the fix).
The hint now comes from the error itself: the bound, the length, the choices, or an id
close to the one sent.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over


@pytest.fixture
def api(community: Community) -> tuple[TestClient, dict[str, str]]:
    admin = community.security.create_token(None, role="admin")
    return client_over(community), {"Authorization": f"Bearer {admin}"}


CASES = [
    ("GET", "/profiles?limit=abc", None, "limit", "give a whole number from 1 to 200"),
    ("GET", "/profiles?limit=500", None, "limit", "give a whole number from 1 to 200"),
    ("GET", "/profiles?offset=-1", None, "offset", "give a whole number from 0 to 1000000"),
    ("GET", "/profiles/ana/matches?explain=maybe", None, "explain", "write true or false"),
    ("GET", "/profiles?after=" + "z" * 65, None, "after", "shorten it to 64 characters or fewer"),
    ("POST", "/tokens", {"role": "superuser"}, "role", "use 'member' or 'admin'"),
    (
        "POST",
        "/events",
        {"id": "Founders.Night"},
        "id",
        "use lower-case letters, digits, '-' and '_', starting with a letter or a digit:"
        " 'founders-night'",
    ),
    ("POST", "/events/x/attendees", {"ids": []}, "ids", "give at least 1 item"),
    (
        "POST",
        "/accounts",
        {"name": "Q", "email": "q@example.org", "password": "correct horse", "lang": "de"},
        "lang",
        "use en or fr",
    ),
    (
        "POST",
        "/ventures",
        {"id": "v1"},
        "Idempotency-Key",
        "use printable ASCII without spaces, such as a UUID",
    ),
]


@pytest.mark.parametrize(
    ("method", "path", "body", "field", "hint"), CASES, ids=[c[3] + ":" + c[4] for c in CASES]
)
def test_the_hint_names_the_fix(
    api: tuple[TestClient, dict[str, str]],
    method: str,
    path: str,
    body: dict[str, object] | None,
    field: str,
    hint: str,
) -> None:
    client, auth = api
    key = "has space" if field == "Idempotency-Key" else "k-1"
    r = client.request(method, path, json=body, headers=auth | {"Idempotency-Key": key})
    assert r.status_code == 422, r.text
    assert r.json()["field"] == field
    assert r.json()["hint"] == hint
