"""After the first plan the pages said "Nobody's agenda changed" ("Aucun programme n'a
changé"): a first plan makes everyone's agenda. The message now says what happened (how
many rounds, for how many people, at how many tables), the dashboard's list of changes too;
a re-plan still says whose agendas changed."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over
from tests.events_day import ORG
from tests.web.pages import csrf, sign_in


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split()).replace("\xa0", " ")


def _organiser(day: Community) -> TestClient:
    client = client_over(day)
    sign_in(client, day.security.create_token(ORG.profile_id or ""))
    return client


def _plan(client: TestClient, lang: str, rounds: int = 3, **more: str) -> str:
    form = {"csrf": csrf(client), "rounds": str(rounds), "group_size": "2", "odd": "bye"}
    r = client.post(
        f"/web/events/night/rounds?lang={lang}", data=form | more, follow_redirects=True
    )
    assert r.status_code == 200
    return _text(r.text)


@pytest.mark.parametrize(
    ("lang", "planned", "listed", "nothing"),
    [
        (
            "en",
            "The rounds are planned: 3 rounds for 10 people, at up to 5 tables a round.",
            "the rounds are planned: 10 people have their agenda.",
            "Nobody's agenda changed",
        ),
        (
            "fr",
            "Les tours sont planifiés : 3 tours pour 10 personnes, jusqu'à 5 tables par tour.",
            "les tours sont planifiés : 10 personnes ont leur programme.",
            "Aucun programme n'a changé",
        ),
    ],
)
def test_the_first_plan_says_what_it_did(
    day: Community, lang: str, planned: str, listed: str, nothing: str
) -> None:
    org = _organiser(day)
    page = _plan(org, lang)
    assert planned in page
    dashboard = _text(org.get(f"/web/events/night/dashboard?lang={lang}").text)
    assert listed in dashboard and nothing not in dashboard
    (change,) = day.events.changes("night", actor=ORG)
    assert change.kind == "plan" and len(change.moved) == 10
    card = _text(org.get(f"/web/events/night?lang={lang}&change=1").text)
    assert listed[0].upper() + listed[1:] in card and nothing not in card


def test_an_odd_first_plan_counts_everyone_seated_and_a_replan_who_moved(day: Community) -> None:
    """Nine people (one absent before the plan): 4 tables a round, 9 with an agenda (each
    sits out one round at most); a full re-plan with nothing changed says nobody's agenda
    changed, the re-plan's own sentence."""
    day.events.set_status("night", "p10", "absent", actor=ORG)
    org = _organiser(day)
    page = _plan(org, "en")
    assert "3 rounds for 9 people, at up to 4 tables a round." in page
    again = _plan(org, "en", confirm="yes", from_round="1")
    assert "All the rounds are re-planned." in again
    first, second = day.events.changes("night", actor=ORG)
    assert len(first.moved) == 9 and second.kind == "replan"
    dashboard = _text(org.get("/web/events/night/dashboard?lang=en").text)
    if second.moved:
        assert f"{len(second.moved)} agendas changed:" in dashboard
    else:
        assert "Nobody's agenda changed." in dashboard


def test_the_tables_a_message_counts_are_signed_with_the_rest(day: Community) -> None:
    """The first plan's message says three values (``v``, ``w``, ``x``): a link whose third
    value was changed by hand shows no message, as one with the first changed."""
    org = _organiser(day)
    form = {"csrf": csrf(org), "rounds": "3", "group_size": "2", "odd": "bye"}
    r = org.post("/web/events/night/rounds?lang=en", data=form, follow_redirects=False)
    location = r.headers["location"]
    assert "&x=5" in location and "&s=" in location
    assert "up to 5 tables a round" in _text(org.get(location).text)
    altered = _text(org.get(location.replace("&x=5", "&x=500")).text)
    assert "The rounds are planned" not in altered and "500" not in altered
