"""Shared fixtures: a fake encoder, in-memory services and a tiny bilingual community."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, settings

from embeddings.encoder import FakeEncoder
from matcher.community import Community
from matcher.matching import MatchSettings

if TYPE_CHECKING:
    from tests.events_day import Clock

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci")

#: French words mapped onto English ones, so the fake encoder is "cross-lingual" for tests.
SYNONYMS = {
    "developpeur": "developer",
    "developpeuse": "developer",
    "technique": "technical",
    "associe": "partner",
    "associee": "partner",
    "vente": "sales",
    "ventes": "sales",
    "commercial": "sales",
    "clients": "customers",
    "code": "code",
    "produit": "product",
    "financement": "fundraising",
    "levee": "fundraising",
    "transparence": "transparency",
}


@pytest.fixture
def encoder() -> FakeEncoder:
    return FakeEncoder(dim=256, synonyms=SYNONYMS)


@pytest.fixture
def service(encoder: FakeEncoder) -> Community:
    return Community(":memory:", encoder, MatchSettings())


def person(pid: str, **fields: Any) -> dict[str, Any]:
    """A valid raw profile with overridable fields."""
    base: dict[str, Any] = {
        "id": pid,
        "name": pid.title(),
        "offers": "python developer backend code",
        "needs": "sales customers fundraising",
        "values": "transparency remote",
        "roles_offered": "tech",
        "roles_sought": "sales",
        "languages": "en;fr",
        "utc_offset": "1",
    }
    base.update(fields)
    return base


COMMUNITY = [
    person(
        "ana",
        offers="Développeuse Python, je code le produit. Backend et API.",
        needs="Un associé commercial pour la vente et les clients.",
        languages="fr;en",
    ),
    person(
        "bob",
        offers="Sales lead: I find customers and close deals.",
        needs="A technical partner, a developer who can code the product.",
        roles_offered="sales",
        roles_sought="tech",
        languages="en",
    ),
    person(
        "cyd",
        offers="Sales and customers in retail.",
        needs="A designer for the brand.",
        roles_offered="sales",
        roles_sought="design",
        languages="en",
    ),
    person(
        "dan",
        offers="Python developer, backend code.",
        needs="sales customers",
        roles_offered="tech",
        roles_sought="sales",
        languages="en",
    ),
    person(
        "eve",
        offers="Fundraising and finance, investors.",
        needs="A developer to code the product.",
        roles_offered="finance",
        roles_sought="tech",
        languages="de",
        utc_offset="1",
    ),
    person(
        "fay",
        offers="Sales, customers, partnerships.",
        needs="A developer to code.",
        roles_offered="sales",
        roles_sought="tech",
        languages="en",
        utc_offset="9",
    ),
    person(
        "gus",
        offers="Sales and customers.",
        needs="A developer to code the product.",
        roles_offered="sales",
        roles_sought="tech",
        visibility="private",
    ),
]


@pytest.fixture
def community(service: Community) -> Community:
    service.profiles.import_profiles(COMMUNITY)
    return service


# ------------------------------------------------------ an event on the day
@pytest.fixture
def day_clock() -> Clock:
    """A clock the test moves, on 1 May 2026 (three weeks before the event)."""
    from tests.events_day import Clock

    return Clock(dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC))


@pytest.fixture
def day(day_clock: Clock) -> Community:
    """A community with the event ``night`` (organiser p00, p01-p10 invited) in Paris."""
    from tests.events_day import DAY, ORG, PEOPLE

    c = Community(":memory:", FakeEncoder(dim=64, synonyms=SYNONYMS), clock=day_clock)
    c.profiles.import_profiles(PEOPLE)
    c.events.create_event("night", "Founders night", actor=ORG, details=DAY)
    c.events.add_attendees("night", [p["id"] for p in PEOPLE[1:11]], actor=ORG)
    return c
