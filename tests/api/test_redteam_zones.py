"""A time zone is the name of a place: ``localtime``, ``posixrules`` and ``Factory`` are not.

The zone database holds files that name no place: ``localtime`` is the server's own zone
(whatever the host is set to), ``posixrules`` a template, ``Factory`` "no zone set". An
event's time zone was any name the zone library could open, so an organiser could set
``localtime`` and the event's 18:00 meant whatever the server's clock zone was (and
changed meaning when the service moved host); a profile took ``localtime`` too. Both now
follow one rule (:func:`matcher.profiles.is_zone`): IANA names of places, else 422.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over


@pytest.fixture
def api(community: Community) -> tuple[TestClient, dict[str, str]]:
    return client_over(community), {
        "Authorization": f"Bearer {community.security.create_token('ana')}"
    }


@pytest.mark.parametrize("zone", ["localtime", "posixrules", "Factory"])
def test_a_zone_that_names_no_place_is_refused(
    api: tuple[TestClient, dict[str, str]], zone: str
) -> None:
    client, auth = api
    r = client.post("/events", json={"name": "Night", "timezone": zone}, headers=auth)
    assert r.status_code == 422, r.text
    assert r.json()["field"] == "timezone" and r.json()["value"] == zone
    r = client.patch("/profiles/ana", json={"timezone": zone}, headers=auth)
    assert r.status_code == 422, r.text
    assert r.json()["field"] == "timezone"


@pytest.mark.parametrize("zone", ["Europe/Paris", "UTC", "America/Montreal", "Etc/GMT-3"])
def test_zones_of_places_are_taken(api: tuple[TestClient, dict[str, str]], zone: str) -> None:
    client, auth = api
    r = client.post("/events", json={"name": "Night", "timezone": zone}, headers=auth)
    assert r.status_code == 201 and r.json()["timezone"] == zone
    r = client.patch("/profiles/ana", json={"timezone": zone}, headers=auth)
    assert r.status_code == 200 and r.json()["timezone"] == zone
