"""Bodies a careless or hostile client sends, at the HTTP edge: a 422 that names the field,
the value and the fix, never a bare 400.

* An integer of 5,000 digits (over Python's 4,300-digit limit for reading one) answered
  400 "There was an error parsing the body", naming no field and no fix.
* A request with no body at all (or ``null``) answered "Field required" naming no field.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over

JSON = {"Content-Type": "application/json"}


@pytest.fixture
def api(community: Community) -> tuple[TestClient, dict[str, str]]:
    token = community.security.create_token("ana")
    return client_over(community, raise_server_exceptions=False), {
        "Authorization": f"Bearer {token}"
    }


@pytest.mark.parametrize("digits", ["9" * 5000, "-" + "9" * 4301])
def test_an_integer_too_long_to_read_is_a_422_naming_the_field(
    api: tuple[TestClient, dict[str, str]], digits: str
) -> None:
    client, auth = api
    body = '{"headline": "CTO", "utc_offset": ' + digits + "}"
    r = client.patch("/profiles/ana", content=body.encode(), headers=auth | JSON)
    assert r.status_code == 422, r.text
    error = r.json()
    assert error["field"] == "utc_offset"
    assert f"{len(digits.lstrip('-'))} digits" in error["detail"]
    assert error["hint"] and error["value"].startswith(digits[:10])
    assert client.get("/me", headers=auth).json()["headline"] == ""


@pytest.mark.parametrize("body", [b"", b"null", b"  "])
def test_a_missing_body_names_the_body(api: tuple[TestClient, dict[str, str]], body: bytes) -> None:
    client, auth = api
    r = client.patch("/profiles/ana", content=body, headers=auth | JSON)
    assert r.status_code == 422, r.text
    error = r.json()
    assert error["field"] == "body", error
    assert "JSON object" in error["hint"]


def test_minus_zero_hours_from_utc_is_zero(api: tuple[TestClient, dict[str, str]]) -> None:
    client, auth = api
    r = client.patch("/profiles/ana", content=b'{"utc_offset": -0.0}', headers=auth | JSON)
    assert r.status_code == 200, r.text
    assert r.text.count('"utc_offset":0.0') == 1, r.text  # not -0.0 (the page showed "-0")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ('{"languages": ["en", ' + "1" * 5000 + "]}", "languages"),
        (
            '{"name": "x", "preferences": {"roles": "must", "stage": ' + "7" * 4400 + "}}",
            "preferences.stage",
        ),
    ],
    ids=["in a list", "in a nested object"],
)
def test_an_integer_too_long_inside_names_its_path(
    api: tuple[TestClient, dict[str, str]], body: str, field: str
) -> None:
    client, auth = api
    r = client.patch("/profiles/ana", content=body.encode(), headers=auth | JSON)
    assert r.status_code == 422, r.text
    assert r.json()["field"] == field
