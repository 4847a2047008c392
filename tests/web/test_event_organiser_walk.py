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
from tests.web.pages import error_for, post, sign_in, value_of


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
