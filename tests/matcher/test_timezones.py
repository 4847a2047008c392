"""A profile's time zone is an IANA name chosen by city, so its offset follows daylight
saving time: Paris and New York are 6 hours apart in February and 5 in the weeks between
the American and the European change (2026: 8 and 29 March). Old profiles with a fixed
offset keep it; the migration gives a zone to those whose location names a listed city
with that offset."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.community import Community
from matcher.errors import InvalidInput
from matcher.matching import Filters, MatchSettings
from matcher.profiles import Profile, ProfileStore, check_profile, profile_to_dict
from matcher.profiles.store import m_profile_zones
from matcher.schema import connect
from tests.apps import client_over

FEB = dt.datetime(2026, 2, 10, 12, 0, tzinfo=dt.UTC)
MARCH = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)  # New York on summer time, Paris not
APRIL = dt.datetime(2026, 4, 10, 12, 0, tzinfo=dt.UTC)  # both on summer time


class Clock:
    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


def people() -> list[dict[str, object]]:
    return [
        {
            "id": "ana",
            "name": "Ana",
            "offers": "python backend code",
            "needs": "sales and customers",
            "timezone": "Europe/Paris",
            "location": "Paris",
        },
        {
            "id": "ben",
            "name": "Ben",
            "offers": "sales and customers",
            "needs": "python backend code",
            "timezone": "America/New_York",
            "location": "New York",
        },
    ]


def test_the_offset_follows_summer_time_in_reads_and_suggestions() -> None:
    clock = Clock(FEB)
    c = Community(
        ":memory:",
        FakeEncoder(dim=32),
        MatchSettings(filters=Filters(max_utc_gap=5)),
        clock=clock,
    )
    c.profiles.import_profiles(people())
    ana = Actor("ana")
    assert c.profiles.store.get_profile("ben").utc_offset == -5.0  # type: ignore[union-attr]
    assert [s.candidate for s in c.matching.suggest("ana", actor=ana)] == []  # 6 h apart
    clock.at = MARCH  # no write in between: the search state catches the change itself
    assert c.profiles.store.get_profile("ben").utc_offset == -4.0  # type: ignore[union-attr]
    assert [s.candidate for s in c.matching.suggest("ana", actor=ana)] == ["ben"]  # 5 h
    clock.at = APRIL
    assert c.profiles.store.get_profile("ana").utc_offset == 2.0  # type: ignore[union-attr]
    assert [s.candidate for s in c.matching.suggest("ana", actor=ana)] == []  # 6 h again


def test_a_fixed_offset_stays_fixed_and_a_bad_zone_is_refused() -> None:
    fixed = check_profile({"id": "a", "name": "A", "offers": "o", "needs": "n", "utc_offset": 1})
    assert fixed.timezone == "" and fixed.at_time(dt.datetime(2026, 7, 1, tzinfo=dt.UTC)) is fixed
    with pytest.raises(InvalidInput, match="timezone must be an IANA time zone name") as bad:
        check_profile({"id": "a", "name": "A", "offers": "o", "needs": "n", "timezone": "UTC+1"})
    assert bad.value.field == "timezone"


def test_the_migration_gives_a_zone_where_the_location_names_the_city() -> None:
    db = connect()
    store = ProfileStore(db)
    old = [
        Profile("paris", "P", "o", "n", location="Paris, France", utc_offset=2.0),  # summer
        Profile("lyon", "L", "o", "n", location="Lyon", utc_offset=1.0),  # no listed city
        Profile("odd", "O", "o", "n", location="Paris", utc_offset=5.0),  # not Paris's offset
        Profile("nyc", "N", "o", "n", location="New York", utc_offset=-5.0),
    ]
    with db.transaction():
        for p in old:  # written as before this version: no time zone in the data
            data = profile_to_dict(p)
            data.pop("timezone")
            store.put_profile(p)
            db.execute("UPDATE profiles SET data = ? WHERE id = ?", [json.dumps(data), p.id])
        m_profile_zones(db)
    store.clock = lambda: FEB
    zones = {p.id: (p.timezone, p.utc_offset) for p in store.profiles()}
    assert zones == {
        "paris": ("Europe/Paris", 1.0),
        "lyon": ("", 1.0),  # kept, and read as before
        "odd": ("", 5.0),
        "nyc": ("America/New_York", -5.0),
    }


def test_the_profile_form_and_the_api_keep_the_zone_name() -> None:
    clock = Clock(MARCH)
    c = Community(":memory:", FakeEncoder(dim=32), clock=clock)
    api = client_over(c)
    body = people()[1]
    r = api.post("/profiles", json=body)
    assert r.status_code == 201, r.text
    token = r.json()["token"]
    me = api.get("/profiles/ben", headers={"Authorization": f"Bearer {token}"}).json()
    assert me["timezone"] == "America/New_York" and me["utc_offset"] == -4.0
    r = api.post("/profiles", json=people()[0] | {"timezone": "Mars/Olympus"})
    assert r.status_code == 422 and r.json()["field"] == "timezone"


def test_create_and_update_answer_with_the_zones_offset_as_later_reads_do() -> None:
    """A profile made with a zone and no number: the answer to the creation and to an
    update already carries the zone's offset of the moment (it said 0 before)."""
    c = Community(":memory:", FakeEncoder(dim=32), clock=Clock(MARCH))
    [ben] = [p for p in people() if p["id"] == "ben"]
    created = c.profiles.create_profile(ben)
    assert created.utc_offset == -4.0 == c.profiles.store.get_profile("ben").utc_offset  # type: ignore[union-attr]
    updated = c.profiles.update_profile("ben", {"headline": "sales"}, actor=Actor("ben"))
    assert updated.utc_offset == -4.0 and updated.timezone == "America/New_York"
