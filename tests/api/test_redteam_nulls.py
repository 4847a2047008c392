"""``null`` in a profile update is refused, not read as "leave it as it is".

``PATCH /profiles/{id}`` dropped every ``null`` but ``available_from``'s as if the field had
not been sent, and answered 200: a member who sent ``{"email": null}`` to remove their
address (or ``{"headline": null}`` to clear it) was told it was done, and the address
stayed. Now such a ``null`` is a 422 naming the field, with the fix (leave the field out,
or send ``""`` to clear a text); ``available_from: null`` still clears the date.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over


@pytest.fixture
def api(community: Community) -> tuple[TestClient, dict[str, str]]:
    client = client_over(community)
    auth = {"Authorization": f"Bearer {community.security.create_token('ana')}"}
    r = client.patch(
        "/profiles/ana",
        json={"email": "ana@example.org", "headline": "Builder", "available_from": "2027-01-01"},
        headers=auth,
    )
    assert r.status_code == 200, r.text
    return client, auth


@pytest.mark.parametrize("field", ["email", "headline", "name", "languages", "preferences"])
def test_a_null_is_refused_naming_the_field(
    api: tuple[TestClient, dict[str, str]], field: str
) -> None:
    client, auth = api
    r = client.patch("/profiles/ana", json={field: None}, headers=auth)
    assert r.status_code == 422, r.text
    assert r.json()["field"] == field
    assert "leave the field out" in r.json()["hint"]
    me = client.get("/me", headers=auth).json()
    assert me["email"] == "ana@example.org" and me["headline"] == "Builder"


def test_an_empty_text_clears_and_a_null_date_clears(
    api: tuple[TestClient, dict[str, str]],
) -> None:
    client, auth = api
    r = client.patch(
        "/profiles/ana", json={"email": "", "headline": "", "available_from": None}, headers=auth
    )
    assert r.status_code == 200, r.text
    me = client.get("/me", headers=auth).json()
    assert (me["email"], me["headline"], me["available_from"]) == ("", "", None)


def test_an_available_date_with_a_typo_in_its_year_is_refused_and_the_old_one_kept(
    api: tuple[TestClient, dict[str, str]],
) -> None:
    """'2226-01-01' for 2026 was stored and shown as the day the person is free."""
    client, auth = api
    r = client.patch("/profiles/ana", json={"available_from": "2226-01-01"}, headers=auth)
    assert r.status_code == 422, r.text
    assert (r.json()["field"], r.json()["value"]) == ("available_from", "2226-01-01")
    assert "check the year" in r.json()["hint"]
    assert client.get("/me", headers=auth).json()["available_from"] == "2027-01-01"
