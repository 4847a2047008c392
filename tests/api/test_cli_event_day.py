"""``cofoundry event`` on the day: logistics, a French Excel import with a bad line, the
invitation code, plain words for the plan, the round started, a calm re-plan after an absence,
check-in, team layouts and teams of the sizes chosen, calendars, badges, dashboard, changes
and the report."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import icalendar
import pytest
from typer.testing import CliRunner

from api.cli import app as cli

runner = CliRunner()

ROWS = [
    ("Zoé Lefèvre", "python code backend", "sales customers", "tech", "sales"),
    ("Hélène Durand", "sales customers", "python code backend", "sales", "tech"),
    ("Éric Petit", "design brand", "python code backend", "design", "tech"),
    ("Anaïs Roy", "python code backend", "design brand", "tech", "design"),
    ("Bob Smith", "sales customers", "design brand", "sales", "design"),
    ("Chloé Martin", "finance investors", "sales customers", "finance", "sales"),
    ("Dan Brown", "legal contracts", "finance investors", "legal", "finance"),
    ("Eve Adams", "python code backend", "legal contracts", "tech", "legal"),
]


def _file(bad: bool) -> bytes:
    lines = ["Nom;E-mail;Offers;Needs;Roles_offered;Roles_sought;Languages;Billet"]
    for k, (name, offers, needs, role, seek) in enumerate(ROWS):
        needs_cell = "" if bad and k == 1 else needs
        email = f"p{k}@example.org"
        lines.append(f"{name};{email};{offers};{needs_cell};{role};{seek};fr,en;T{k}")
    return codecs.BOM_UTF8 + "\r\n".join(lines).encode("cp1252")


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COFOUNDRY_DB", str(tmp_path / "day.db"))
    monkeypatch.setenv("COFOUNDRY_ENCODER", "fake")

    def invoke(*args: str, code: int = 0) -> str:
        r = runner.invoke(cli, ["event", *args])
        assert r.exit_code == code, r.output
        return r.output

    return invoke


def test_cli_event_on_the_day(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    out = run(
        "create",
        "night",
        "--name",
        "Founders night",
        "--date",
        "2030-06-01",
        "--start",
        "18:00",
        "--timezone",
        "Europe/Paris",
        "--venue",
        "Loft",
        "--place",
        "Bar",
        "--place",
        "Window:2",
        "--round-minutes",
        "8",
        "--break-minutes",
        "2",
        "--pause",
        "2:15",
    )
    assert "2030-06-01 18:00 (Europe/Paris)" in out and "places: Bar, Window" in out
    assert "not a known IANA time zone" in run("update", "night", "--timezone", "Atlantis", code=2)
    # the import: a bad line stops it, with its line and the fix; then the fixed file
    bad, good = tmp_path / "bad.csv", tmp_path / "good.csv"
    bad.write_bytes(_file(bad=True))
    good.write_bytes(_file(bad=False))
    out = run("import", "night", str(bad), code=2)
    assert (
        "line 3, needs:" in out and "nothing imported" in out and "columns ignored: billet" in out
    )
    assert "would add 8 attendees" in run("import", "night", str(good), "--dry-run")
    assert "added 8 attendees" in run("import", "night", str(good))
    assert "8 already attending" in run("import", "night", str(good))
    assert len(run("invitation", "night").strip()) == 12
    # plan: plain words, by name and place, the cards' points (the solver's numbers: --json)
    out = run("rounds", "night", "--rounds", "3")
    assert "of the best possible" in out or "best possible" in out
    assert "round 1 18:00-18:08" in out and "  Bar: " in out and "  Window: " in out
    assert "Zoé Lefèvre" in out and " points, " in out and "details" not in out
    changes = run("changes", "night")
    assert "plan from round 1 (organiser): planned for 8 people" in changes
    # the first round has started; an absence re-plans calmly from round 2
    assert "next round 2" in run("round", "night", "1")
    show = json.loads(run("show", "night"))
    seated = {a["id"]: a for a in show["attendees"]}
    someone = sorted(seated)[0]
    out = run("status", "night", someone, "absent")
    assert "calm re-plan from round 2" in out and ": no-show (round 2), absent" in out
    assert not any(p in out for p in seated), out  # names, not ids (they are in --json)
    changes = json.loads(run("changes", "night", "--json"))
    assert [c["kind"] for c in changes] == ["plan", "repair"]
    # check-in by the badge's code (typed with a dash, in lower case): it opens on the
    # event's day, so the events' clock (the service's default) is moved to 17:00 that day
    other = sorted(seated)[1]
    typed = seated[other]["code"][:4].lower() + "-" + seated[other]["code"][4:]
    refused = " ".join(run("checkin", "night", typed, code=2).split())
    # what was typed is the value; when the doors open is in the message and the hint
    assert f"(got {typed!r})" in refused and "opens at 00:00 on 1 June 2030" in refused
    assert "check them in from 00:00 on 1 June 2030" in refused
    on_the_day = dt.datetime(2030, 6, 1, 15, 0, tzinfo=dt.UTC)
    monkeypatch.setattr("matcher.events.service.utcnow", lambda: on_the_day)
    said = run("checkin", "night", typed)
    assert ": present (round 1), checked-in" in said and other not in said, said
    board = run("dashboard", "night")
    assert "checked-in 1" in board and "  empty: " in board
    assert not any(p in board for p in seated), board  # who sits there, by name
    # removed from the event, then added back
    third = sorted(seated)[2]
    said = run("status", "night", third, "removed")
    assert ": left (round 2), removed" in said and third not in said, said
    assert "was removed from event" in run("status", "night", third, "absent", code=2)
    said = json.loads(run("status", "night", third, "going", "--json"))
    assert (said["id"], said["status"], said["state"]) == (third, "present", "going")
    # teams: the layouts, then the one chosen
    out = run("layouts", "night", "--size", "3")
    assert "7 people in teams of 3:" in out and "--sizes 3,2,2" in out
    out = run("teams", "night", "--size", "3", "--sizes", "3,2,2", "--time-limit", "2")
    assert ("best possible" in out or "as good as" in out) and "gap" not in out
    assert "team 1 (Bar): " in out and "team 2 (Window): " in out and " points, " in out
    assert not any(f"{p} " in out for p in seated)  # names, not ids
    teams = json.loads(run("export", "night", "--format", "teams"))
    assert sorted(len(t["members"]) for t in teams["teams"]) == [2, 2, 3]
    # the points and their word the text shows are in the JSON (export, and teams --json)
    printed = re.findall(r"^team (\d+) .*  (\d+) points, (\w+)  roles", out, re.M)
    assert len(printed) == 3
    assert sorted((str(t["team"]), str(t["points"]), t["band"]) for t in teams["teams"]) == sorted(
        printed
    )
    again = json.loads(
        run("teams", "night", "--size", "3", "--sizes", "3,2,2", "--time-limit", "2", "--json")
    )
    assert all(
        isinstance(t["points"], int) and 0 <= t["points"] <= 100 and t["band"]
        for t in again["teams"]
    )
    teams = json.loads(run("export", "night", "--format", "teams"))
    assert [(t["points"], t["band"]) for t in again["teams"]] == [
        (t["points"], t["band"]) for t in teams["teams"]
    ]
    assert "team " in run("team", "night", other)
    # files: calendars parse, badges carry QR codes, the report as CSV
    ics = tmp_path / "mine.ics"
    run("calendar", "night", other, "--out", str(ics))
    entries = icalendar.Calendar.from_ical(ics.read_text()).walk("VEVENT")
    assert len(entries) == 3 and "Loft" in str(entries[0]["location"])
    assert [e["dtstart"].dt.strftime("%H:%M") for e in entries] == ["18:00", "18:10", "18:33"]
    badges = tmp_path / "badges.html"
    run("badges", "night", "--out", str(badges), "--base-url", "https://ev.example")
    assert badges.read_text().count("<svg") == 8
    report = list(csv.reader(io.StringIO(run("report", "night", "--format", "csv"))))
    assert report[0] == ["key", "Figure", "Value"]
    assert "Teams formed: 3" in run("report", "night")
    # places of two seats only but one free: the team of three sits at an overflow table,
    # never at a place of two, and the organiser is told
    places = ["--place", "Bar:2", "--place", "Window:2", "--place", "Nook:2", "--place", "Den:2"]
    run("update", "night", *places)
    out = run("teams", "night", "--size", "3", "--sizes", "3,2,2", "--time-limit", "2")
    assert re.search(r"^team 5 \(Table 5\): ", out, re.M), out
    assert "team 5 (3 people) sits at Table 5: no free place seats 3" in out, out


def test_a_printed_agenda_follows_its_attendees_language_not_the_organisers(  # type: ignore[no-untyped-def]
    run, tmp_path: Path
) -> None:
    """An attendee without an account was printed in the organiser's language when their
    profile named two (``fr;en``, as an import guesses a French writer's), though their
    invitation went in French: their agenda now follows the language they are written to
    in, the guessed one (first) when the file gave none."""
    run("create", "soir", "--name", "Soirée")
    rows = [
        "name,email,offers,needs",
        "Zoé Lefèvre,z@example.org,Je développe le produit et je code l'API,Je cherche quelqu'un pour la vente",
        "Bob Smith,b@example.org,I sell to hospitals and I close the deals,I need someone who can code",
        "Ann Lee,a@example.org,I design the brand and the product,I need someone to build it",
        "Éric Petit,e@example.org,Je vends aux hôpitaux et je signe les contrats,Je cherche un développeur",
    ]
    (tmp_path / "soir.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert "added 4 attendees" in run("import", "soir", str(tmp_path / "soir.csv"))
    run("rounds", "soir", "--rounds", "2")
    ids = {a["id"]: a for a in json.loads(run("show", "soir"))["attendees"]}
    french = []
    for pid in ids:
        html = run("agenda", "soir", pid, "--html")
        french.append('<section class="page" lang="fr">' in html or '<html lang="fr">' in html)
    # the organiser (the command line) reads English; the two French writers read French
    assert sorted(french) == [False, False, True, True], french
