"""The files of an event: the attendee CSV as people have it (semicolon, Windows-1252, a BOM, a
bad line; dry run, resume), calendar files parsed back with icalendar and compared with the
plan (and their sequence numbers when the plan or the schedule changes), badges whose QR code
carries the check-in URL, and the after-event report as CSV and HTML."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from pathlib import Path

import icalendar
import pytest

from matcher.access import Actor
from matcher.community import Community
from matcher.errors import InvalidInput
from matcher.events import badge_svg, badges_html, report_csv, report_html
from tests.events_day import ORG, PARIS, Clock

FILE = (
    "Nom;E-mail;Offers;Needs;Languages;Ticket\r\n"
    "Zoé Lefèvre;zoe@example.org;développement python;ventes et clients;fr;A12\r\n"
    "Hélène Durand;helene@example.org;ventes, négociation;python code;fr;A13\r\n"
    "Bob Smith;bob@example.org;sales deals;;en;B01\r\n"  # line 4: no needs
    "Åsa Berg;asa@example.org;design brand;python code;sv;B02\r\n"
)


def cp1252_with_bom(text: str) -> bytes:
    return codecs.BOM_UTF8 + text.encode("cp1252")


def test_a_french_excel_file_with_a_bad_line(day: Community) -> None:
    ev = day.events
    data = cp1252_with_bom(FILE)
    dry = ev.import_csv("night", data, actor=ORG, dry_run=True, source="inscrits.csv")
    assert not dry.written and [x.outcome for x in dry.lines] == [
        "added",
        "added",
        "rejected",
        "added",
    ]
    (bad,) = dry.problems
    assert (bad.line, bad.field, bad.value) == (4, "needs", None)
    assert bad.detail.startswith("inscrits.csv line 4: ") and "needs is required" in bad.detail
    assert bad.hint
    assert dry.ignored_columns == ("ticket",)
    assert dry.lines[0].name == "Zoé Lefèvre"  # Windows-1252 read as such, BOM dropped
    assert len(ev.events.attendees("night")) == 10  # nothing written
    # all or nothing: the bad line stops the import
    refused = ev.import_csv("night", data, actor=ORG)
    assert not refused.written and len(ev.events.attendees("night")) == 10
    # the good lines now, then the fixed file: only the fixed line is added
    partial = ev.import_csv("night", data, actor=ORG, skip_invalid=True)
    assert partial.written and len(partial.ids("added")) == 3
    assert len(ev.events.attendees("night")) == 13
    fixed = cp1252_with_bom(FILE.replace("sales deals;;en", "sales deals;python code;en"))
    again = ev.import_csv("night", fixed, actor=ORG)
    assert [x.outcome for x in again.lines] == ["already", "already", "added", "already"]
    assert len(ev.events.attendees("night")) == 14
    zoe = day.profiles.store.get_profile(partial.ids("added")[0])
    assert zoe is not None and zoe.name == "Zoé Lefèvre" and zoe.visibility.value == "event-only"
    added = ev.events.attendee("night", zoe.id)
    assert added is not None and (added.rsvp, added.source) == ("invited", "import")
    # the same file a third time adds nothing twice
    third = ev.import_csv("night", fixed, actor=ORG)
    assert third.ids("added") == [] and len(ev.events.attendees("night")) == 14


def test_excel_unicode_text_utf16_with_tabs(day: Community) -> None:
    """Excel's "Unicode text" export: UTF-16 with its byte-order mark, tab-separated."""
    text = FILE.replace(";", "\t").replace("sales deals\t\t", "sales deals\tpython code\t")
    for encoding in ("utf-16", "utf-16-be"):
        data = (codecs.BOM_UTF16_BE if encoding.endswith("be") else b"") + text.encode(encoding)
        dry = day.events.import_csv("night", data, actor=ORG, dry_run=True)
        assert [x.name for x in dry.lines] == [
            "Zoé Lefèvre",
            "Hélène Durand",
            "Bob Smith",
            "Åsa Berg",
        ]
        assert list(dry.problems) == [] and dry.ignored_columns == ("ticket",)


def test_the_sample_french_excel_file_of_the_organisers_guide(day: Community) -> None:
    """``data/inscrits_excel.csv`` is what docs/organiser-day.md says: French Excel's CSV
    (semicolons, Windows-1252, CRLF), 12 people, one bad line (line 5, a language written
    ``français``) that, fixed, lets the whole file in."""
    raw = (Path(__file__).resolve().parents[2] / "data" / "inscrits_excel.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert raw.count(b"\r\n") == 13 and raw.split(b"\r\n")[0].count(b";") == 5
    report = day.events.import_csv("night", raw, actor=ORG, dry_run=True)
    assert [(p.line, p.field, p.value) for p in report.problems] == [(5, "langues", "français")]
    assert report.ignored_columns == ("billet",) and len(report.lines) == 12
    fixed = raw.replace("français".encode("cp1252"), b"fr")
    done = day.events.import_csv("night", fixed, actor=ORG)
    assert done.written and len(done.ids("added")) == 12


def test_comma_utf8_files_ids_and_duplicates(day: Community) -> None:
    ev = day.events
    text = (
        "id,name,email,offers,needs\n"
        "new1,New One,one@example.org,python code,sales\n"
        "p02,Taken,taken@example.org,python code,sales\n"  # someone else's profile
        "new3,Again,ONE@example.org,python code,sales\n"  # the same e-mail as line 2
        "Bad Id,Bad,bad@example.org,python code,sales\n"
    )
    report = ev.import_csv("night", ("\ufeff" + text).encode(), actor=ORG, dry_run=True)
    outcome = {x.line: (x.outcome, [p.field for p in x.problems]) for x in report.lines}
    assert outcome == {
        2: ("added", []),
        3: ("already", []),  # p02 attends the event already: left as they are
        4: ("rejected", ["email"]),
        5: ("rejected", ["id"]),
    }
    assert "line 2" in report.lines[2].problems[0].detail
    p11 = text.replace("p02,Taken", "p11,Taken")  # p11 exists and does not attend
    refused = ev.import_csv("night", p11, actor=ORG, dry_run=True)
    assert "a profile with the id 'p11' already exists" in refused.lines[1].problems[0].detail


def test_calendar_files_match_the_plan_and_update(day: Community, day_clock: Clock) -> None:
    ev = day.events
    ev.plan_rounds("night", rounds=3, actor=ORG)
    person = "p01"

    def parsed() -> dict[int, icalendar.Event]:
        text = ev.attendee_calendar("night", person, actor=Actor(person))
        cal = icalendar.Calendar.from_ical(text)
        out = {}
        for v in cal.walk("VEVENT"):
            uid = str(v["uid"])
            assert uid.startswith("night.round-") and uid.endswith(f".{person}@cofoundry")
            out[int(uid.split(".")[1].removeprefix("round-"))] = v
        return out

    first = parsed()
    agenda = ev.agenda("night", person, actor=Actor(person))
    assert sorted(first) == [i.round for i in agenda]
    for item in agenda:
        v = first[item.round]
        assert v["dtstart"].dt == item.start and v["dtend"].dt == item.end
        assert str(v["dtstart"].params["TZID"]) == "Europe/Paris"
        assert str(v["location"]).startswith(item.place) and "Loft" in str(v["location"])
        names = [m.with_name for m in item.meetings]
        assert all(n in str(v["summary"]) for n in names) and names
        assert all(n in str(v["description"]) for n in names)
    # a calm re-plan: the seats that change get a higher sequence, the others keep theirs
    day_clock.paris(18, 5)
    partner = agenda[2].meetings[0].with_id
    ev.mark("night", partner, "absent", actor=ORG)
    second = parsed()
    for r in (1, 2):
        assert int(second[r]["sequence"]) == int(first[r]["sequence"])
    assert int(second[3]["sequence"]) > int(first[3]["sequence"])
    assert partner not in str(second[3]["summary"])
    # the start moves: every entry moves and its sequence goes up (earlier: a round that
    # has started, round 1 at 18:05, never starts later)
    ev.update_event("night", {"start": "17:30"}, actor=ORG)
    third = parsed()
    for r in (1, 2, 3):
        assert int(third[r]["sequence"]) > int(second[r]["sequence"])
        assert second[r]["dtstart"].dt - third[r]["dtstart"].dt == dt.timedelta(minutes=30)


def test_the_event_calendar(day: Community) -> None:
    ev = day.events
    ev.plan_rounds("night", rounds=3, actor=ORG)
    text = ev.event_calendar("night", actor=Actor("p05"))  # an attendee may read it
    (v,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert str(v["uid"]) == "night@cofoundry" and str(v["summary"]) == "Founders night"
    assert v["dtstart"].dt == dt.datetime(2026, 5, 21, 18, 0, tzinfo=PARIS)
    assert v["dtend"].dt == dt.datetime(2026, 5, 21, 18, 40, tzinfo=PARIS)
    assert str(v["location"]) == "Loft, 5 parvis Alan Turing, Paris"
    ev.update_event("night", {"date": None}, actor=ORG)
    with pytest.raises(Exception, match="no date or start time yet"):
        ev.event_calendar("night", actor=ORG)


def test_a_round_in_the_hour_the_clocks_go_back_lasts_its_minutes_in_the_calendar(
    day: Community,
) -> None:
    """Round 3 of a night in Paris ran 02:30 (summer time) to 02:30 (winter time) on 25
    October 2026; its calendar entry said 02:30 to 02:30 in Europe/Paris, which a calendar
    reads as the first 02:30 twice: an entry of no length (the agenda said an hour)."""
    ev = day.events
    night = {"date": "2026-10-24", "start": "23:30", "round_minutes": 60, "break_minutes": 30}
    ev.update_event("night", night, actor=ORG)
    ev.plan_rounds("night", rounds=5, actor=ORG)
    for person in ("p01", "p02"):
        agenda = ev.agenda("night", person, actor=Actor(person))
        text = ev.attendee_calendar("night", person, actor=Actor(person))
        entries = {
            int(str(v["uid"]).split(".")[1].removeprefix("round-")): v
            for v in icalendar.Calendar.from_ical(text).walk("VEVENT")
        }
        for item in agenda:
            v = entries[item.round]
            assert item.start is not None and item.end is not None
            assert v["dtstart"].dt.astimezone(dt.UTC) == item.start.astimezone(dt.UTC)
            assert v["dtend"].dt.astimezone(dt.UTC) == item.end.astimezone(dt.UTC)
            assert v["dtend"].dt - v["dtstart"].dt == dt.timedelta(hours=1)
    text = ev.event_calendar("night", actor=ORG)
    (v,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert v["dtend"].dt.astimezone(dt.UTC) - v["dtstart"].dt.astimezone(dt.UTC) == dt.timedelta(
        hours=7
    )  # 23:30 summer time to 05:30 winter time


@pytest.mark.parametrize("day_of", ["2026-07-01", "2040-07-01", "2099-07-01"])
def test_the_calendar_files_own_time_zone_covers_the_event(day: Community, day_of: str) -> None:
    """The files' VTIMEZONE covered 1970-2037 (icalendar's default) while events run to
    2099: a calendar that reads the file's own zone put a 2040 summer evening on winter
    time, an hour off."""
    ev = day.events
    ev.update_event("night", {"date": day_of}, actor=ORG)
    ev.plan_rounds("night", rounds=2, actor=ORG)
    for text in (
        ev.event_calendar("night", actor=ORG),
        ev.attendee_calendar("night", "p01", actor=Actor("p01")),
    ):
        cal = icalendar.Calendar.from_ical(text)
        (zone,) = cal.walk("VTIMEZONE")
        own = zone.to_tz(lookup_tzid=False)  # the file's definition, not the system's
        for v in cal.walk("VEVENT"):
            start = v["dtstart"].dt
            assert (
                start.replace(tzinfo=own).utcoffset() == start.utcoffset() == dt.timedelta(hours=2)
            )


def test_badges_carry_the_check_in_url(day: Community) -> None:
    ev = day.events
    ev.form_teams("night", size=5, actor=ORG, time_limit=2)
    badges = ev.badges("night", actor=ORG)
    # two teams of five: one in the Bar (no seats said), the other not at Window (2 seats)
    # but at an overflow table
    assert len(badges) == 10 and all(
        (b.team, b.place) in ((1, "Bar"), (3, "Table 3")) for b in badges
    )
    url = "https://example.org/web/events/night/checkin?code={code}"
    event = ev.get_event("night", actor=ORG).event
    html = badges_html(event, badges, checkin_url=url)
    for b in badges:
        assert badge_svg(url.format(code=b.code)) in html  # the QR code of their URL
        assert f"{b.code[:4]}-{b.code[4:]}" in html
    assert html.count('class="badge"') == 10 and "Team 1 &middot; Bar" in html


def test_the_report_as_csv_and_printable_page(day: Community, day_clock: Clock) -> None:
    ev = day.events
    ev.plan_rounds("night", rounds=2, actor=ORG)
    day_clock.paris(22, 0)
    report = day.loop.event_report("night", actor=ORG)
    rows = list(csv.reader(io.StringIO(report_csv(report))))
    assert rows[0] == ["key", "Figure", "Value"]
    figures = {r[0]: int(r[2]) for r in rows[1:]}
    assert figures["meetings_held"] == report.meetings_held == 10
    assert figures["rounds_held"] == 2
    french = report_csv(report, {"report.meetings_held": "Rencontres", "report.value": "Valeur"})
    assert "meetings_held,Rencontres,10" in french and ",Valeur" in french.splitlines()[0]
    html = report_html(report, lang="fr")
    assert '<html lang="fr">' in html and '<tr id="meetings_held">' in html


def test_a_file_without_a_needs_column_is_refused_once_for_the_file(day: Community) -> None:
    """Each line said "needs is required" when the column was missing altogether: now one
    refusal names the missing column and the names it may have, and nothing is written."""
    ev = day.events
    before = len(ev.get_event("night", actor=ORG).attendees)
    data = "nom;e-mail;offre\nZoé;zoe@example.org;design\nYann;yann@example.org;code\n"
    with pytest.raises(InvalidInput) as refused:
        ev.import_csv("night", data.encode(), actor=ORG, source="inscrits.csv")
    assert refused.value.field == "columns"
    assert refused.value.value == "needs / need / besoins"
    assert "no column for needs" in str(refused.value) and "nom, e-mail, offre" in str(
        refused.value
    )
    assert len(ev.get_event("night", actor=ORG).attendees) == before
