"""An event run on the day, end to end over HTTP: the organiser creates it with its logistics,
imports a semicolon CSV from French Excel with a bad line, fixes it, shares the invitation
link, plans, prints badges; attendees answer, check in and read their agenda on the day; a
no-show during round 2 changes no one else's later meetings; teams of 6 are of 6; calendar
files parse and follow the plan; the dashboard and the report afterwards."""

from __future__ import annotations

import codecs
import csv
import io
from typing import Any

import icalendar
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over
from tests.events_day import PEOPLE, Clock, left_their_team

H = dict[str, str]


def _client(day: Community) -> tuple[TestClient, dict[str, H]]:
    client = client_over(day)
    tokens = {
        p["id"]: {"Authorization": f"Bearer {day.security.create_token(p['id'])}"} for p in PEOPLE
    }
    return client, tokens


FRENCH_EXCEL = (
    "Nom;E-mail;Offers;Needs;Languages;Billet\r\n"
    "Zoé Lefèvre;zoe@example.org;développement python;ventes et clients;fr,en;A12\r\n"
    "Hélène Durand;helene@example.org;ventes, négociation;;fr,en;A13\r\n"
    "Éric Petit;eric@example.org;design et marque;python code;fr,en;A14\r\n"
)


def _file(text: str) -> bytes:
    return codecs.BOM_UTF8 + text.encode("cp1252")


def _tables(plan: dict[str, Any]) -> dict[int, dict[str, frozenset[str]]]:
    out: dict[int, dict[str, frozenset[str]]] = {}
    for r in plan["rounds"]:
        seats = out.setdefault(r["round"], {})
        for t in r["tables"]:
            for m in t["members"]:
                seats[m] = frozenset(t["members"]) - {m}
        for b in r["byes"]:
            seats[b] = frozenset()
    return out


def test_an_event_on_the_day(day: Community, day_clock: Clock) -> None:
    client, h = _client(day)
    org = h["p00"]
    # --- the organiser creates the event from the form's fields
    r = client.post(
        "/events",
        json={
            "id": "demo",
            "name": "Demo day",
            "date": "2026-05-21",
            "start": "18:00",
            "timezone": "Europe/Paris",
            "venue": "Loft",
            "address": "5 parvis Alan Turing, Paris",
            "places": [{"name": "Bar"}, {"name": "Window", "seats": 2}],
            "round_minutes": 10,
            "break_minutes": 5,
        },
        headers=org,
    )
    assert r.status_code == 201, r.text
    assert r.json()["starts_at"] == "2026-05-21T18:00:00+02:00"
    bad = client.post("/events", json={"id": "x", "round_minutes": "10"}, headers=org)
    assert bad.status_code == 422 and bad.json()["field"] == "round_minutes"  # no coercion
    # --- a French Excel file with a bad line: 422, every problem with its line and fix
    url = "/events/demo/attendees/import"
    csv_headers = {**org, "Content-Type": "text/csv"}
    r = client.post(url, content=_file(FRENCH_EXCEL), headers=csv_headers)
    assert r.status_code == 422, r.text
    (problem,) = r.json()["errors"]
    assert (problem["line"], problem["field"]) == (3, "needs") and problem["hint"]
    assert r.json()["ignored_columns"] == ["billet"] and not r.json()["written"]
    fixed = _file(FRENCH_EXCEL.replace("négociation;;fr", "négociation;python code;fr"))
    dry = client.post(url, content=fixed, headers=csv_headers, params={"dry_run": "true"})
    assert dry.status_code == 200 and [x["outcome"] for x in dry.json()["lines"]] == ["added"] * 3
    r = client.post(url, content=fixed, headers=csv_headers)
    assert r.status_code == 200 and len(r.json()["added"]) == 3
    r = client.post(url, content=fixed, headers=csv_headers)  # the same file again
    assert r.json()["added"] == [] and len(r.json()["already"]) == 3
    # --- members join by the invitation link
    code = client.get("/events/demo/invitation", headers=org).json()["code"]
    for p in ("p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09"):
        answer = "declined" if p == "p09" else "going"
        r = client.post(f"/invitations/{code}", json={"answer": answer}, headers=h[p])
        assert r.status_code == 200 and r.json()["state"] == answer
    assert client.get(f"/invitations/{code}", headers=h["p10"]).json()["name"] == "Demo day"
    # --- plan: quality in plain words; badges
    plan = client.post("/events/demo/rounds", json={"rounds": 4}, headers=org).json()
    assert plan["summary"]["quality"]["sentence"]
    assert "p09" not in {m for t in plan["rounds"][0]["tables"] for m in t["members"]}
    badges = client.get("/events/demo/badges", headers=org)
    assert badges.status_code == 200 and badges.text.count('class="badge"') == 11
    assert badges.text.count("<svg") == 11
    # --- the day: check-in by code, my day, today's events
    day_clock.paris(17, 50)
    attendees = {a["id"]: a for a in client.get("/events/demo", headers=org).json()["attendees"]}
    for p in ("p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08"):
        r = client.post("/events/demo/checkin", json={"code": attendees[p]["code"]}, headers=org)
        assert r.status_code == 200 and r.json()["state"] == "checked-in"
    today = client.get("/events?today=true", headers=h["p01"]).json()
    assert [e["id"] for e in today] == ["demo", "night"]  # the fixture's event is today too
    assert client.get("/events?today=true", headers=h["p11"]).json() == []
    mine = client.get("/events/demo/me", headers=h["p01"]).json()
    assert mine["clock"]["phase"] == "before" and mine["event"]["me"]["state"] == "checked-in"
    assert mine["agenda"][1]["start"] == "2026-05-21T18:15:00+02:00"
    assert all(item["place"] for item in mine["agenda"] if not item["break"])  # 11: breaks
    # --- a no-show during round 2: nobody else's later meetings change
    day_clock.paris(18, 20)
    before = _tables(client.get("/events/demo/rounds", headers=org).json())
    r = client.put("/events/demo/attendees/p03/status", json={"status": "absent"}, headers=org)
    assert r.status_code == 200, r.text
    replan = r.json()["replan"]
    after = _tables(client.get("/events/demo/rounds", headers=org).json())
    assert {k: after[k] for k in (1, 2)} == {k: before[k] for k in (1, 2)}
    on_break = set()
    for rnd in (3, 4):  # 11 people: one break a round, which may now meet the partner left
        byes = {p for p, mates in before[rnd].items() if not mates}
        on_break |= byes
        changed = {p for p in after[rnd] if after[rnd][p] != before[rnd].get(p)}
        assert changed <= set(before[rnd]["p03"]) | byes, (rnd, changed)
        assert "p03" not in after[rnd]
    assert replan["from_round"] == 3 and set(replan["others"]) <= on_break
    board = client.get("/events/demo/dashboard", headers=org).json()
    assert board["round"] == 2 and board["counts"]["absent"] == 1
    assert board["counts"]["checked-in"] == 7 and board["counts"]["declined"] == 1
    # --- calendar files parse and match the agenda
    ics = client.get("/events/demo/agenda/p01/calendar.ics", headers=h["p01"])
    assert ics.headers["content-type"].startswith("text/calendar")
    entries = icalendar.Calendar.from_ical(ics.text).walk("VEVENT")
    agenda = client.get("/events/demo/agenda/p01", headers=h["p01"]).json()
    assert [v["dtstart"].dt.isoformat() for v in entries] == [i["start"] for i in agenda]
    assert client.get("/events/demo/calendar.ics", headers=h["p02"]).status_code == 200
    # --- teams of 6 are of 6 (12 people here: two teams of exactly 6)
    client.put("/events/demo/attendees/p03/status", json={"status": "going"}, headers=org)
    client.post(f"/invitations/{code}", json={"answer": "going"}, headers=h["p10"])
    layouts = client.get("/events/demo/teams/layouts?size=6", headers=org).json()
    assert layouts["people"] == 12 and layouts["layouts"][0]["sizes"] == [6, 6]
    teams = client.post(
        "/events/demo/teams",
        json={"size": 6, "sizes": layouts["layouts"][0]["sizes"], "time_limit": 2},
        headers=org,
    )
    assert teams.status_code == 200, teams.text
    assert [len(t["members"]) for t in teams.json()["teams"]] == [6, 6]
    team = client.get("/events/demo/my-team", headers=h["p01"]).json()
    # two teams of six: one in the Bar (no seats said), the other not at Window (2 seats)
    assert (team["team"], team["place"]) in ((1, "Bar"), (3, "Table 3")), team
    assert "p01" in [m["id"] for m in team["members"]]
    # --- afterwards: feedback, then the report
    day_clock.paris(21, 0)
    first = plan["rounds"][0]["tables"][0]["members"]
    a, b = first[0], first[1]
    for x, y in ((a, b), (b, a)):
        if x.startswith("p"):
            body = {"about": y, "verdict": "again", "context": "event:demo"}
            assert client.post("/me/feedback", json=body, headers=h[x]).status_code == 201
    report = client.get("/events/demo/report", headers=org).json()
    assert report["rounds_held"] == 4 and report["meetings_held"] > 0
    assert report["feedback_given"] == sum(1 for x in (a, b) if x.startswith("p"))
    rows = list(
        csv.reader(io.StringIO(client.get("/events/demo/report?format=csv", headers=org).text))
    )
    assert rows[0] == ["key", "Figure", "Value"] and ["teams", "Teams formed", "2"] in rows
    printable = client.get("/events/demo/report?format=html", headers=org).text
    assert "Demo day: after the event" in printable


def test_who_left_a_team_formed_again_starts_its_venture(day: Community) -> None:
    """The day of someone who left a team since formed again lists that team (``formation``
    1), and ``?formation=1`` starts its venture with the people they worked with."""
    client, h = _client(day)
    me, first = "p01", set(left_their_team(day, formed_again=True).members)
    r = client.get("/events/night/me", headers=h[me])
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["team"]["team"] is None
    (former,) = body["worked_with"]
    assert former["formation"] == 1 and {m["id"] for m in former["members"]} == first
    url = f"/events/night/teams/{former['team']}/venture"
    r = client.post(url, params={"formation": 1}, json={"id": "old"}, headers=h[me])
    assert r.status_code == 201, r.text
    assert r.json()["id"].startswith("old-")  # a member's chosen id gets a random suffix
    roles = day.equity.view(r.json()["id"], actor=Actor(me)).roles
    assert roles.members == (me,) and set(roles.invited) == first - {me}
    r = client.post(url, params={"formation": 7}, json={"id": "x"}, headers=h[me])
    assert r.status_code == 422 and r.json()["field"] == "formation", r.text
    assert "between 1 and 2" in r.json()["detail"]
