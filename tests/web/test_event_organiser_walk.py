"""What an organiser's walk before and after the day found, through the app (TestClient) and
the CLI, over the ``day`` fixture (the event ``night`` in Paris, organiser p00, p01-p10
invited): each test fails without its fix."""

from __future__ import annotations

import datetime as dt
from html import unescape

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from api.web.i18n import LANGS, translator
from matcher.community import Community
from matcher.errors import InvalidInput
from tests.events_day import ORG
from tests.web.pages import csrf, error_for, post, sign_in, value_of


def _client(day: Community, who: str | None = None) -> TestClient:
    client = TestClient(create_app(Settings(db=":memory:", encoder="fake"), community=day))
    if who:
        sign_in(client, day.security.create_token(who))
    return client


@pytest.mark.parametrize("lang", LANGS)
def test_a_date_out_of_the_events_years_is_refused_not_a_500(day: Community, lang: str) -> None:
    """An event on 31 December 9999 at 23:50 in Kiritimati (UTC+14) was created, then every
    page that says its clock times answered 500 (the last round ends past year 9999)."""
    org = _client(day, "p00")
    fields = {
        "name": "Far",
        "date": "9999-12-31",
        "start": "23:50",
        "timezone": "Pacific/Kiritimati",
    }
    r = post(org, f"/web/events?lang={lang}", fields)
    assert r.status_code == 422 and value_of(r.text, "f-date") == "9999-12-31"
    said = unescape(error_for(r.text, "f-date"))
    if lang == "en":
        assert "2000-01-01 to 2099-12-31" in said and "9999-12-31" in said
    else:
        t = translator(lang)
        assert t.date(dt.date(2000, 1, 1)) in said and t.date(dt.date(2099, 12, 31)) in said
    r = post(org, f"/web/events/night/edit?lang={lang}", {"date": "0001-01-01"})
    assert r.status_code == 422 and value_of(r.text, "f-date") == "0001-01-01"
    with pytest.raises(InvalidInput, match="2000-01-01 to 2099-12-31"):
        day.events.update_event("night", {"date": "2100-01-01"}, actor=ORG)


ROOM_FILE = (
    "name,email,offers,needs\n"
    "Ana,ana@example.org,python code,sales customers\n"
    "Bob,bob@example.org,sales customers,python code\n"
    "Cyd,cyd@example.org,design brand,finance investors\n"
)


@pytest.mark.parametrize("lang", LANGS)
def test_checking_a_file_says_the_event_would_be_too_big(
    day: Community, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Check the file" said "No problem" for more people than an event holds, then "Import"
    refused the same file (and in French the refusal spoke of a plan needing 2 attendees)."""
    monkeypatch.setattr("matcher.events.service.MAX_ATTENDEES", 12)
    org = _client(day, "p00")
    before = len(day.events.events.attendees("night"))
    for action in ("check", "import"):
        r = org.post(
            f"/web/events/night/import?lang={lang}",
            data={"csrf": csrf(org), "action": action},
            files={"file": ("inscrits.csv", ROOM_FILE.encode(), "text/csv")},
            follow_redirects=False,
        )
        assert r.status_code == 422, (action, r.status_code)
        said = unescape(error_for(r.text, "f-file"))
        t = translator(lang)
        if lang == "en":
            assert "between 0 and 12 (got 13)" in said and "room for 2 more" in said
        else:
            assert said == t.gettext(
                "An event has at most %(high)s attendees: split the file, or the event into several.",
                high="12",
            )
    assert len(day.events.events.attendees("night")) == before
    with pytest.raises(InvalidInput, match="got 13"):
        day.events.import_csv("night", ROOM_FILE, actor=ORG, dry_run=True)
