"""An event cannot start at a time its day does not have.

The night the clocks go forward skips an hour: 02:30 on 29 March 2026 in Paris is no time
at all. An event set to start then was kept, its page said 02:30, and it started at 03:30
by every clock (its ``starts_at`` said 02:30+01:00); a PATCH could move an event there too.
Now the domain refuses it (:class:`matcher.errors.NoSuchTime`, 422 on ``start``, with the
time the clocks show instead), and the pages say so in both languages rather than "write
the time as HH:MM".
"""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from api.web.feedback import error_message
from api.web.i18n import translator
from matcher.community import Community
from matcher.errors import NoSuchTime
from matcher.events import Event, check_start_exists
from tests.apps import client_over

PARIS = {"name": "Night", "date": "2026-03-29", "timezone": "Europe/Paris"}


@pytest.fixture
def api(community: Community) -> tuple[TestClient, dict[str, str]]:
    return client_over(community), {
        "Authorization": f"Bearer {community.security.create_token('ana')}"
    }


@pytest.mark.parametrize(
    ("body", "hint"),
    [
        (PARIS | {"start": "02:30"}, "start at 03:30, or at another time"),
        (PARIS | {"start": "02:00"}, "start at 03:00, or at another time"),
        (
            {
                "name": "N",
                "date": "2026-10-04",
                "timezone": "Australia/Lord_Howe",
                "start": "02:15",
            },
            "start at 02:45, or at another time",
        ),
    ],
    ids=["paris 02:30", "paris 02:00", "lord howe half hour"],
)
def test_a_start_the_clocks_skip_is_refused(
    api: tuple[TestClient, dict[str, str]], body: dict[str, str], hint: str
) -> None:
    client, auth = api
    r = client.post("/events", json=body | {"id": "night"}, headers=auth)
    assert r.status_code == 422, r.text
    assert r.json()["field"] == "start" and r.json()["hint"] == hint
    assert "does not exist" in r.json()["detail"]
    assert client.get("/events/night", headers=auth).status_code == 404  # nothing stored


def test_a_change_onto_a_skipped_time_is_refused_and_nothing_changes(
    api: tuple[TestClient, dict[str, str]],
) -> None:
    client, auth = api
    r = client.post("/events", json=PARIS | {"id": "night", "start": "03:30"}, headers=auth)
    assert r.status_code == 201 and r.json()["starts_at"] == "2026-03-29T03:30:00+02:00"
    r = client.patch("/events/night", json={"start": "02:15"}, headers=auth)
    assert r.status_code == 422 and r.json()["field"] == "start"
    assert client.get("/events/night", headers=auth).json()["start"] == "03:30:00"
    # the hour that happens twice (clocks go back) is a time: its first occurrence
    r = client.patch("/events/night", json={"date": "2026-10-25", "start": "02:30"}, headers=auth)
    assert r.status_code == 200 and r.json()["starts_at"] == "2026-10-25T02:30:00+02:00"


def test_the_pages_say_why_in_both_languages() -> None:
    night = Event("e", "E", None, dt.date(2026, 3, 29), dt.time(2, 30), "Europe/Paris")
    with pytest.raises(NoSuchTime) as caught:
        check_start_exists(night)
    en, fr = (error_message(caught.value, translator(lang)) for lang in ("en", "fr"))
    assert "02:30 does not exist on 2026-03-29 in Europe/Paris" in en and "03:30" in en
    assert fr.startswith("02:30 n'existe pas ce jour-là")
    assert "HH:MM" not in en + fr
