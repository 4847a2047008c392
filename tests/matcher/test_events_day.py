"""Events that run on the day (issue 19), as use cases: logistics and clock times, invitations
and RSVP, check-in, calm re-planning by the clock, dashboard, teams of the size asked, the
after-event report, and the migration of events made before."""

from __future__ import annotations

import datetime as dt
import sqlite3

import psycopg
import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.db import open_database
from matcher.errors import (
    Conflict,
    InvalidInput,
    NotAllowed,
    OutOfRange,
    UnknownEvent,
    UnknownProfile,
)
from matcher.events import EventService, Round
from matcher.events.store import m_events_day
from matcher.schema import MIGRATIONS
from tests.events_day import ORG, PARIS, Clock, seats


# ------------------------------------------------------------------ logistics
def test_every_slot_has_a_clock_time_and_a_place(day: Community) -> None:
    ev = day.events
    ev.plan_rounds("night", rounds=3, actor=ORG)
    items = ev.agenda("night", "p01", actor=Actor("p01"))
    assert [(i.start.strftime("%H:%M"), i.end.strftime("%H:%M")) for i in items] == [
        ("18:00", "18:10"),
        ("18:15", "18:25"),
        ("18:30", "18:40"),
    ]
    assert all(i.start.tzinfo == PARIS for i in items)
    names = {1: "Bar", 2: "Window"}
    assert all(i.place == names.get(i.table, f"Table {i.table}") for i in items)
    # a longer break after round 1 moves the later rounds, and agendas follow
    ev.update_event("night", {"pauses": [{"after_round": 1, "minutes": 20}]}, actor=ORG)
    later = ev.agenda("night", "p01", actor=Actor("p01"))
    assert [i.start.strftime("%H:%M") for i in later] == ["18:00", "18:30", "18:45"]


def test_logistics_are_checked_with_the_fix(day: Community) -> None:
    ev = day.events
    with pytest.raises(InvalidInput, match=r"not a known IANA time zone.*Europe/Paris"):
        ev.update_event("night", {"timezone": "Mars/Olympus"}, actor=ORG)
    with pytest.raises(InvalidInput, match="place 2 has the same name as place 1"):
        ev.update_event("night", {"places": ["Bar", "bar"]}, actor=ORG)
    with pytest.raises(InvalidInput, match="must be a local time HH:MM"):
        ev.update_event("night", {"start": "25:00"}, actor=ORG)
    with pytest.raises(InvalidInput, match="is not a field of an event"):
        ev.update_event("night", {"colour": "red"}, actor=ORG)
    with pytest.raises(NotAllowed, match="only the organiser"):
        ev.update_event("night", {"venue": "Elsewhere"}, actor=Actor("p01"))


def test_a_new_event_takes_its_organisers_time_zone_unless_told(day: Community) -> None:
    ev = day.events
    day.profiles.update_profile("p01", {"timezone": "America/Montreal"}, actor=Actor("p01"))
    mine = ev.create_event("mtl", "Soirée", actor=Actor("p01"), details={"start": "18:00"})
    assert mine.timezone == "America/Montreal"
    told = ev.create_event(
        "lon", "Drinks", actor=Actor("p01"), details={"timezone": "Europe/London"}
    )
    assert told.timezone == "Europe/London"
    day.profiles.update_profile("p02", {"timezone": ""}, actor=Actor("p02"))
    assert ev.create_event("utc", "Call", actor=Actor("p02")).timezone == "UTC"  # none given


# ---------------------------------------------------------------- invitations
def test_invitation_link_and_rsvp(day: Community) -> None:
    ev = day.events
    code = ev.invitation("night", actor=ORG)
    with pytest.raises(NotAllowed):
        ev.invitation("night", actor=Actor("p01"))  # an attendee may not share it
    with pytest.raises(UnknownEvent):
        ev.invitation("night", actor=Actor("p11"))  # a stranger learns nothing
    assert ev.invited_to(code.lower(), actor=Actor("p11")).event.name == "Founders night"
    joined = ev.join(code, "maybe", actor=Actor("p11"))
    assert (joined.rsvp, joined.source, joined.state) == ("maybe", "link", "maybe")
    assert ev.rsvp("night", "going", actor=Actor("p11")).state == "going"
    assert ev.rsvp("night", "declined", actor=Actor("p01")).state == "declined"
    with pytest.raises(InvalidInput, match="answer must be going, maybe or declined"):
        ev.rsvp("night", "yes", actor=Actor("p01"))
    with pytest.raises(NotAllowed, match="only an attendee"):
        ev.rsvp("night", "going", actor=ORG)  # the organiser does not attend
    fresh = ev.invitation("night", actor=ORG, renew=True)
    assert fresh != code
    with pytest.raises(UnknownEvent, match="no event has this invitation code"):
        ev.join(code, actor=Actor("p11"))
    # who declined is not seated
    plan = ev.plan_rounds("night", rounds=2, actor=ORG)
    assert "p01" not in plan.attendees and "p11" in plan.attendees


def test_events_of_today_in_their_time_zone(day: Community, day_clock: Clock) -> None:
    ev = day.events
    day_clock.at = dt.datetime(2026, 5, 20, 21, 30, tzinfo=dt.UTC)  # 23:30 in Paris: the 20th
    assert ev.my_events(actor=Actor("p01"), today=True) == []
    day_clock.at = dt.datetime(2026, 5, 20, 22, 30, tzinfo=dt.UTC)  # 00:30 in Paris: the 21st
    assert [e.id for e in ev.my_events(actor=Actor("p01"), today=True)] == ["night"]
    ev.rsvp("night", "declined", actor=Actor("p01"))
    assert ev.my_events(actor=Actor("p01"), today=True) == []


def test_an_evening_past_midnight_is_still_todays_until_its_last_round_ends(
    day: Community, day_clock: Clock
) -> None:
    """A night from 23:30 on 24 October: at 00:45 its rounds still ran, yet it was no
    longer 'today's event' (the date had changed), so /web stopped opening the attendees'
    day in the middle of round 2."""
    ev = day.events
    night = {"date": "2026-10-24", "start": "23:30", "round_minutes": 60, "break_minutes": 30}
    ev.update_event("night", night, actor=ORG)
    ev.plan_rounds("night", rounds=3, actor=ORG)  # 23:30 to 03:30 (summer time)
    paris = lambda d, h, m: dt.datetime(2026, 10, d, h, m, tzinfo=PARIS).astimezone(dt.UTC)  # noqa: E731
    for at, today in ((paris(25, 0, 45), True), (paris(25, 2, 15), True), (paris(25, 4, 0), False)):
        day_clock.at = at
        assert [e.id for e in ev.my_events(actor=Actor("p01"), today=True)] == (
            ["night"] if today else []
        ), at


# ------------------------------------------------------------------- check-in
def test_check_in_by_the_code_on_the_badge(day: Community, day_clock: Clock) -> None:
    ev = day.events
    badge = ev.badges("night", actor=ORG, person="p02")[0]
    day_clock.paris(17, 50)
    typed = f" {badge.code[:4].lower()}-{badge.code[4:]} "
    assert ev.attendee_by_code("night", typed, actor=ORG).state == "invited"  # read first
    with pytest.raises(NotAllowed):
        ev.attendee_by_code("night", typed, actor=Actor("p02"))
    done = ev.check_in("night", typed, actor=ORG)
    assert done.attendee.profile_id == "p02" and done.attendee.state == "checked-in"
    assert done.attendee.checked_in_at == day_clock.at and done.change is None  # no plan yet
    with pytest.raises(UnknownProfile, match="has the check-in code"):
        ev.check_in("night", "AAAA-AAAA", actor=ORG)
    with pytest.raises(NotAllowed, match="only the organiser"):
        ev.check_in("night", badge.code, actor=Actor("p02"))
    # a badge is its owner's or the organiser's to read
    assert ev.badges("night", actor=Actor("p02"), person="p02")[0].code == badge.code
    with pytest.raises(NotAllowed):
        ev.badges("night", actor=Actor("p03"), person="p02")
    with pytest.raises(NotAllowed):
        ev.badges("night", actor=Actor("p03"))


def test_an_answer_after_check_in_cannot_undo_it(day: Community, day_clock: Clock) -> None:
    """Checked in at the door, then 'not coming' sent from the day page (its answer form
    stayed there): the attendee read declined, left the plan and their check-in was lost.
    Once checked in, an answer is refused, saying why and what to do instead."""
    ev = day.events
    day_clock.paris(17, 50)
    code = ev.badges("night", actor=ORG, person="p02")[0].code
    ev.check_in("night", code, actor=ORG)
    for answer in ("declined", "maybe", "going"):
        with pytest.raises(Conflict, match="checked in") as refused:
            ev.rsvp("night", answer, actor=Actor("p02"))
        assert refused.value.field == "answer" and refused.value.value == answer
        assert "organiser" in (refused.value.hint or "")
    assert ev.attendee_by_code("night", code, actor=ORG).state == "checked-in"


def test_nobody_checks_in_once_the_event_is_over(day: Community, day_clock: Clock) -> None:
    """A badge scanned the morning after made its holder late from a round after the last,
    so absent from every round they sat in, and (the report counting the checked in once
    anyone is) the report's meetings fell to 0."""
    ev = day.events
    ev.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(23, 0)  # the rounds ended at 18:40
    badge = ev.badges("night", actor=ORG, person="p02")[0]
    before = day.loop.event_report("night", actor=ORG)
    with pytest.raises(Conflict, match="is over") as refused:
        ev.check_in("night", badge.code, actor=ORG)
    assert refused.value.field == "code"
    with pytest.raises(Conflict, match="is over"):
        ev.mark("night", "p02", "checked-in", actor=ORG)
    assert ev.attendee_by_code("night", badge.code, actor=ORG).state == "invited"
    assert day.loop.event_report("night", actor=ORG) == before
    ev.mark("night", "p03", "absent", actor=ORG, round=2)  # the record is still corrected


# --------------------------------------------------------- calm re-planning
def test_a_no_show_during_round_2_changes_no_one_elses_later_meetings(
    day: Community, day_clock: Clock
) -> None:
    ev = day.events
    ev.plan_rounds("night", rounds=4, actor=ORG)
    before = ev.rounds("night", actor=ORG)
    day_clock.paris(18, 20)  # round 2 runs (18:15-18:25)
    absent = "p03"
    done = ev.mark("night", absent, "absent", actor=ORG)
    assert done.attendee.state == "absent" and done.attendee.since_round == 3
    change = done.change
    assert change is not None and change.kind == "repair" and change.from_round == 3
    after = ev.rounds("night", actor=ORG)
    assert after[:2] == before[:2]  # rounds started: as they were
    old, new = seats(before), seats(after)
    partners = {p for r in (3, 4) for p in old[r][absent]}
    for r in (3, 4):
        assert absent not in new[r]
        moved = {p for p in new[r] if new[r][p] != old[r].get(p)}
        assert moved <= partners  # nobody else's meeting changed
    assert change.left_out == (absent,) and set(change.partners) == partners
    assert change.others == ()
    assert ev.changes("night", actor=ORG)[-1] == change
    # marking the same again changes nothing more
    assert ev.mark("night", absent, "absent", actor=ORG).change is None


def test_a_late_arrival_is_fitted_in_without_moving_others(
    day: Community, day_clock: Clock
) -> None:
    ev = day.events
    ev.plan_rounds("night", rounds=4, actor=ORG)  # 10 people, no breaks
    before = ev.rounds("night", actor=ORG)
    ev.add_attendees("night", ["p11"], actor=ORG)  # a walk-in
    day_clock.paris(18, 20)
    code = ev.badges("night", actor=ORG, person="p11")[0].code
    done = ev.check_in("night", code, actor=ORG)
    assert (done.attendee.status, done.attendee.since_round) == ("late", 3)
    assert done.change is not None and done.change.arrived == ("p11",)
    after = ev.rounds("night", actor=ORG)
    assert after[:2] == before[:2]
    old, new = seats(before), seats(after)
    for r in (3, 4):
        assert "p11" in new[r]
        moved = {p for p in old[r] if new[r][p] != old[r][p]}
        assert moved <= new[r]["p11"]  # only whoever they joined sees a change
    assert done.change.others == tuple(sorted(set(done.change.moved) - {"p11"}))


def test_without_a_clock_the_organiser_says_which_round_started(day: Community) -> None:
    ev = day.events
    ev.update_event("night", {"date": None, "start": None}, actor=ORG)
    ev.plan_rounds("night", rounds=3, actor=ORG)
    assert ev.round_clock("night", actor=ORG).phase == "unscheduled"
    ev.start_round("night", 2, actor=ORG)
    before = ev.rounds("night", actor=ORG)
    done = ev.mark("night", "p04", "left", actor=ORG)
    assert done.attendee.since_round == 3 and done.attendee.state == "left"
    assert done.change is not None and done.change.from_round == 3
    assert ev.rounds("night", actor=ORG)[:2] == before[:2]
    with pytest.raises(InvalidInput, match="round must be between 0 and 3"):
        ev.start_round("night", 4, actor=ORG)


def test_the_first_pages_statuses_still_work(day: Community) -> None:
    """present / no-show / late with a round, as the organiser pages send them."""
    ev = day.events
    ev.update_event("night", {"date": None, "start": None}, actor=ORG)
    ev.plan_rounds("night", rounds=4, actor=ORG)
    first = ev.rounds("night", actor=ORG)
    a = ev.set_status("night", "p05", "no-show", actor=ORG, since_round=3)
    assert (a.status, a.since_round, a.state) == ("no-show", 3, "absent")
    stored = ev.rounds("night", actor=ORG)
    assert stored[:2] == first[:2]  # absent from round 3: rounds 1 and 2 keep them
    assert all("p05" not in seats([r])[r.number] for r in stored[2:])
    a = ev.set_status("night", "p05", "present", actor=ORG)
    assert (a.status, a.state) == ("present", "invited")
    assert all("p05" in seats([r])[r.number] for r in ev.rounds("night", actor=ORG))


# ------------------------------------------------------------------- dashboard
def test_dashboard_during_the_event(day: Community, day_clock: Clock) -> None:
    ev = day.events
    plan = ev.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(17, 55)
    board = ev.dashboard("night", actor=ORG)
    assert board.clock.phase == "before" and board.round == 1
    assert len(board.empty) == len(plan.rounds[0].groups)  # nobody checked in yet
    bar = plan.rounds[0].groups[0]
    for who in bar.members:
        code = ev.badges("night", actor=ORG, person=who)[0].code
        ev.check_in("night", code, actor=ORG)
    ev.mark("night", "p09", "absent", actor=ORG)
    board = ev.dashboard("night", actor=ORG)
    assert set(board.by_state["checked-in"]) == set(bar.members)
    assert board.by_state["absent"] == ("p09",)
    assert bar.table not in {t.table for t in board.empty}
    assert [t.place for t in board.tables if t.table <= 2] == [
        x for k, x in ((1, "Bar"), (2, "Window")) if k in {t.table for t in board.tables}
    ]
    assert board.unused_places == tuple(
        x for k, x in ((1, "Bar"), (2, "Window")) if k not in {t.table for t in board.tables}
    )
    day_clock.paris(18, 17)
    assert ev.dashboard("night", actor=ORG).clock.current == 2
    with pytest.raises(NotAllowed):
        ev.dashboard("night", actor=Actor("p01"))


# -------------------------------------------------------------------- teams
@pytest.mark.one_backend  # the solver's test: teams are stored by test_events_service on both
def test_teams_of_the_size_asked(day: Community) -> None:
    ev = day.events
    ev.add_attendees("night", ["p11"], actor=ORG)  # 11 people
    n, layouts = ev.team_layouts("night", 6, actor=ORG)
    assert n == 11 and [x.sizes for x in layouts] == [(6, 5), (11,)][: len(layouts)]
    _, threes = ev.team_layouts("night", 3, actor=ORG)
    assert [x.sizes for x in threes][:2] == [(3, 3, 3, 2), (4, 4, 3)]
    plan = ev.form_teams("night", size=3, actor=ORG, time_limit=2)
    assert sorted(len(t.members) for t in plan.teams) == [2, 3, 3, 3]  # the default layout
    chosen = ev.form_teams("night", size=3, actor=ORG, sizes=[4, 4, 3], time_limit=2)
    assert sorted(len(t.members) for t in chosen.teams) == [3, 4, 4]
    with pytest.raises(InvalidInput, match="seat 9 people but 11 are present"):
        ev.form_teams("night", size=3, actor=ORG, sizes=[3, 3, 3], time_limit=2)
    mine = ev.team_of("night", "p01", actor=Actor("p01"))
    assert mine is not None and "p01" in {m.id for m in mine.members}
    assert mine.place == {1: "Bar", 2: "Window"}.get(mine.number, f"Table {mine.number}")
    with pytest.raises(NotAllowed, match="only their own agenda"):
        ev.team_of("night", "p02", actor=Actor("p01"))
    summary = ev.get_event("night", actor=ORG).teams_summary
    assert summary is not None and summary["quality"]["kind"] in (
        "best",
        "near best",
        "good",
        "could be better",
        "nothing to gain",
    )


def test_a_round_everyone_is_absent_from_stays_and_seats_whoever_comes_back(
    day: Community, day_clock: Clock
) -> None:
    """Everyone marked absent during round 2 of 4: rounds 3 and 4, left with nobody, were
    no longer stored (a round is its seats), so the event had 2 rounds; marked expected
    again, nobody was seated anywhere (nothing to re-plan) and the dashboard said 2 rounds."""
    ev = day.events
    ev.plan_rounds("night", rounds=4, actor=ORG)
    day_clock.paris(18, 20)  # round 2 runs
    people = sorted(a.profile_id for a in ev.get_event("night", actor=ORG).attendees)
    for p in people:
        ev.mark("night", p, "absent", actor=ORG)
    rounds = ev.rounds("night", actor=ORG)
    assert [r.number for r in rounds] == [1, 2, 3, 4]
    assert rounds[2].groups == rounds[2].byes == ()
    assert ev.dashboard("night", actor=ORG).rounds == 4
    back = people[:4]
    for p in back:
        ev.mark("night", p, "going", actor=ORG)
    for r in ev.rounds("night", actor=ORG)[2:]:
        assert sorted(m for g in r.groups for m in g.members) + sorted(r.byes) != []
        assert {m for g in r.groups for m in g.members} | set(r.byes) == set(back)
    assert ev.agenda("night", back[0], actor=ORG)[3].meetings


def test_tables_and_teams_sit_where_the_places_have_seats_for_them(day: Community) -> None:
    """The places' seats were read by nobody: a table of four sat at 'Window:3' and a team
    of four in a room of three, with 'Loft:4' free."""
    ev = day.events
    seats = {"Window": 3, "Bar": 3, "Loft": 4}
    places = [{"name": name, "seats": n} for name, n in seats.items()]
    ev.update_event("night", {"places": places}, actor=ORG)

    def fits(place: str, size: int) -> bool:
        return size <= seats[place]

    plan = ev.plan_rounds("night", rounds=1, group_size=3, actor=ORG)  # 10: tables 4, 3, 3
    assert any(len(g.members) == 4 for r in plan.rounds for g in r.groups)
    for r in ev.rounds("night", actor=ORG):
        assert sorted(g.table for g in r.groups) == list(range(1, len(r.groups) + 1))
        for g in r.groups:
            item = ev.agenda("night", g.members[0], actor=ORG)[r.number - 1]
            assert fits(item.place, len(g.members)), (r.number, item.place, g.members)
    teams = ev.form_teams("night", size=3, actor=ORG, time_limit=2)  # 10: teams 4, 3, 3
    assert sorted(len(t.members) for t in teams.teams) == [3, 3, 4]
    for t in ev.teams("night", actor=ORG):
        mine = ev.team_of("night", t.members[0], actor=ORG)
        assert mine is not None and fits(mine.place, len(t.members)), (mine.place, t.members)


# ------------------------------------------------------------------- report
def test_after_the_event_report(day: Community, day_clock: Clock) -> None:
    ev = day.events
    plan = ev.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(18, 20)
    ev.mark("night", "p10", "left", actor=ORG)  # gone after round 2
    day_clock.paris(21, 0)
    a, b = sorted(plan.rounds[0].groups[0].members)
    for x, y in ((a, b), (b, a)):
        day.feedback.give(x, y, "again", "event:night", actor=Actor(x))
    c, d = sorted(plan.rounds[0].groups[1].members)
    day.feedback.give(c, d, "not-a-fit", "event:night", actor=Actor(c))
    teams = ev.form_teams("night", size=5, actor=ORG, time_limit=2)
    member = teams.teams[0].members[0]
    day.loop.venture_from_team("night", 1, "crew", actor=Actor(member))
    report = day.loop.event_report("night", actor=ORG)
    held = ev.rounds("night", actor=ORG)
    meetings = sum(len(r.groups) for r in held)
    assert (report.attendees, report.absent, report.rounds_held) == (10, 1, 3)
    assert report.meetings_held == meetings
    assert (report.feedback_given, report.feedback_people) == (3, 3)
    # three people answered: their verdicts are not broken down (REPORT_LEAST)
    assert (report.again, report.not_a_fit, report.continuing_pairs) == (None, None, None)
    assert (report.teams, report.ventures_from_teams) == (2, 1)
    with pytest.raises(NotAllowed):
        day.loop.event_report("night", actor=Actor("p01"))


def test_once_anyone_is_checked_in_the_report_counts_check_ins_not_the_plan(
    day: Community, day_clock: Clock
) -> None:
    """Two people never came and nobody marked them absent: the report counted them as
    'came' and their planned meetings as held. Once the organiser checks people in, presence
    is the check-in."""
    ev = day.events
    ev.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(17, 50)
    people = sorted(a.profile_id for a in ev.get_event("night", actor=ORG).attendees)
    away = set(people[:2])
    for badge in ev.badges("night", actor=ORG):
        if badge.profile_id not in away:
            ev.check_in("night", badge.code, actor=ORG)
    day_clock.paris(21, 0)
    report = day.loop.event_report("night", actor=ORG)
    rounds = ev.rounds("night", actor=ORG)
    expected = sum(
        k * (k - 1) // 2
        for r in rounds[: report.rounds_held]
        for g in r.groups
        for k in [len(set(g.members) - away)]
    )
    planned = sum(len(g.members) * (len(g.members) - 1) // 2 for r in rounds for g in r.groups)
    assert report.came == len(people) - 2
    assert report.meetings_held == expected < planned


def test_again_follows_a_meeting_held_not_one_to_come_nor_one_missed(
    day: Community, day_clock: Clock
) -> None:
    """Two attendees seated together in round 4 both said 'again' during round 2 (a
    collaboration was proposed for a meeting not held yet), and a partner who never came was
    offered on the feedback page and accepted: 'met' read the plan, not the rounds held."""
    ev = day.events
    ev.plan_rounds("night", rounds=4, actor=ORG)
    day_clock.paris(18, 20)  # round 2 runs
    plan = ev.rounds("night", actor=ORG)
    a, b = plan[3].groups[0].members[:2]
    with pytest.raises(InvalidInput, match="you did not meet") as refused:
        day.feedback.give(a, b, "again", "event:night", actor=Actor(a))
    assert refused.value.field == "context"
    assert b not in ev.met_at_tables("night", actor=Actor(a))
    c, d = plan[0].groups[0].members[:2]  # round 1, held
    ev.mark("night", d, "absent", actor=ORG, round=1)  # they never came
    with pytest.raises(InvalidInput, match="you did not meet"):
        day.feedback.give(c, d, "again", "event:night", actor=Actor(c))
    assert d not in ev.met_at_tables("night", actor=Actor(c))
    e, f = plan[1].groups[1].members[:2]  # round 2 has started: held
    # the organiser scanned only someone else's badge: e and f still met (the report's
    # record of who came is the check-ins; nobody unscanned is kept from feedback)
    other = next(b for b in ev.badges("night", actor=ORG) if b.profile_id not in (e, f, d))
    ev.check_in("night", other.code, actor=ORG)
    assert f in ev.met_at_tables("night", actor=Actor(e))
    assert day.feedback.give(e, f, "again", "event:night", actor=Actor(e)).feedback.about == f
    report = day.loop.event_report("night", actor=ORG)
    assert report.rounds_held == 2
    assert report.meetings_held == 0  # the report counts the checked in: one person


def test_planning_elsewhere_counts_the_tables_held_not_the_seats(
    day: Community, day_clock: Clock
) -> None:
    """Planning the next event lowers the pairs who met at this one: who sat at a table is
    :func:`~matcher.events.tables_held`'s answer, not the stored seats. Someone marked
    absent from the round under way (its seats stay: it has started) did not meet that
    table, and the rounds still to come met nobody yet."""
    ev = day.events
    ev.plan_rounds("night", rounds=4, actor=ORG)
    day_clock.paris(18, 20)  # round 2 runs (18:15-18:25)
    plan = ev.rounds("night", actor=ORG)
    c, d = plan[1].groups[0].members[:2]
    ev.mark("night", d, "absent", actor=ORG, round=2)  # they left before round 2
    assert d in ev.rounds("night", actor=ORG)[1].groups[0].members  # the seat stays
    plan = ev.rounds("night", actor=ORG)  # rounds 3 and 4 re-planned without d

    def pairs(rounds: list[Round]) -> set[frozenset[str]]:
        return {
            frozenset((a, b))
            for r in rounds
            for g in r.groups
            for a in g.members
            for b in g.members
            if a < b
        }

    ev.create_event("next", actor=ORG)
    ids = [a.profile_id for a in ev.events.attendees("night")]
    met = ev.events.met_elsewhere("next", ids, now=day_clock())
    assert frozenset((c, d)) not in met  # absent from that table
    assert met == pairs(plan[:2]) - {p for p in pairs(plan[1:2]) if d in p}  # 3, 4: not yet
    day_clock.paris(22, 0)  # the evening is over
    met = ev.events.met_elsewhere("next", ids, now=day_clock())
    assert met == pairs(plan) - {p for p in pairs(plan[1:2]) if d in p}


def test_a_round_number_beyond_any_range_is_refused_with_the_range(
    day: Community, day_clock: Clock
) -> None:
    """A round typed as 99999999999999999999 (wider than any database integer): every use
    case refuses it with the range allowed before it reaches the database (PostgreSQL's
    bigint ends at 9223372036854775807), and the check before a re-plan's confirmation
    refuses it as the re-plan does (it let it through: the confirmation asked about round
    99999999999999999999)."""
    ev = day.events
    big = 99999999999999999999
    ev.plan_rounds("night", rounds=3, actor=ORG)
    before = ev.events.attendee("night", "p03")
    with pytest.raises(OutOfRange, match="round must be between 1 and 50"):
        ev.mark("night", "p03", "absent", actor=ORG, round=big)
    with pytest.raises(OutOfRange, match="round must be between 0 and 3"):
        ev.start_round("night", big, actor=ORG)
    for check in (
        lambda: ev.check_from_round("night", big, actor=ORG),
        lambda: ev.plan_rounds("night", rounds=3, actor=ORG, from_round=big),
    ):
        with pytest.raises(InvalidInput, match="re-plan from round 4 at the latest") as refused:
            check()
        assert refused.value.field == "from_round"
    with pytest.raises(OutOfRange, match="rounds must be between 1 and 50"):
        ev.plan_rounds("night", rounds=big, actor=ORG)
    assert ev.events.attendee("night", "p03") == before


# ---------------------------------------------------------------- migration
def test_events_made_before_keep_working(db_target: str) -> None:
    path = db_target  # a SQLite file, or a PostgreSQL schema
    old = open_database(path, MIGRATIONS[: MIGRATIONS.index(m_events_day)])
    with old.transaction():
        old.execute(
            "INSERT INTO events (id, name, organiser, created_at) VALUES ('old', 'Old', NULL, 'x')"
        )
        old.execute(
            "INSERT INTO event_attendees (event_id, profile_id, status, since_round, added_at)"
            " VALUES ('old', 'ana', 'no-show', 2, 'x'), ('old', 'bob', 'present', 1, 'x')"
        )
    old.close()
    c = Community(path, FakeEncoder(dim=32))
    event = c.events.get_event("old", actor=ADMIN)
    assert (event.event.date, event.event.timezone, event.event.round_minutes) == (None, "UTC", 10)
    states = {a.profile_id: (a.state, a.rsvp, len(a.code)) for a in event.attendees}
    assert states == {"ana": ("absent", "going", 8), "bob": ("going", "going", 8)}
    assert len(c.events.invitation("old", actor=ADMIN)) == 12
    integrity = (sqlite3.IntegrityError, psycopg.IntegrityError)
    with pytest.raises(integrity), c.db.transaction():  # the status is still checked
        c.db.execute("UPDATE event_attendees SET status = 'gone' WHERE profile_id = 'bob'")
    c.close()


def test_service_without_a_community_uses_the_wall_clock() -> None:
    c = Community(":memory:", FakeEncoder(dim=16))
    assert isinstance(c.events, EventService)
    assert abs((c.events.clock() - dt.datetime.now(dt.UTC)).total_seconds()) < 5


def test_the_marks_are_the_states_then_the_day_statuses() -> None:
    """One list of words per concept: the API's ``AttendeeMark`` type is the domain's, in order."""
    from matcher.events import ANSWERS, MARKS, RSVPS, STATES, STATUSES

    assert (*STATES, *STATUSES) == MARKS
    assert ("invited", *ANSWERS) == RSVPS


def test_a_full_re_plan_never_changes_a_round_that_has_started(
    day: Community, day_clock: Clock
) -> None:
    """21:07 with round 3 on: a full re-plan from round 1 (the form's old default) rewrote the
    rounds held, so the report said people met whom they never sat with."""
    ev = day.events
    ev.plan_rounds("night", rounds=5, actor=ORG)
    day_clock.paris(18, 35)  # round 3 runs (18:30-18:40)
    ev.mark("night", "p03", "absent", actor=ORG, round=1)  # they never came
    before = ev.rounds("night", actor=ORG)
    for start in (1, 2, 3):
        with pytest.raises(OutOfRange, match="round 3 has started") as refused:
            ev.plan_rounds("night", rounds=5, actor=ORG, from_round=start)
        assert refused.value.field == "from_round" and refused.value.value == start
        assert "re-plan from round 4" in str(refused.value) and refused.value.low == 4
    assert ev.rounds("night", actor=ORG) == before  # nothing changed
    with pytest.raises(InvalidInput, match="at the latest") as refused:  # a gap: too far
        ev.plan_rounds("night", rounds=5, actor=ORG, from_round=7)
    assert "plan from round 1" not in str(refused.value), refused.value  # round 1 was held
    assert "from round 4 at the earliest" in str(refused.value)
    ev.plan_rounds("night", rounds=5, actor=ORG, from_round=4)
    assert ev.rounds("night", actor=ORG)[:3] == before[:3]
    # an organiser who says round 4 has started (ahead of the clock) protects it too
    ev.start_round("night", 4, actor=ORG)
    with pytest.raises(InvalidInput, match="round 4 has started"):
        ev.plan_rounds("night", rounds=5, actor=ORG, from_round=4)


def test_a_hackathon_without_rounds_reports_who_came_from_its_teams(
    day: Community, day_clock: Clock
) -> None:
    """A hackathon: teams, no rounds, nobody checked in, one no-show marked. The report said
    0 came: it counted only the people seated at a table of a round."""
    ev = day.events
    people = sorted(a.profile_id for a in ev.get_event("night", actor=ORG).attendees)
    plan = ev.form_teams("night", size=5, actor=ORG, time_limit=2)
    away = plan.teams[0].members[0]
    ev.mark("night", away, "no-show", actor=ORG)
    day_clock.paris(21, 0)
    report = day.loop.event_report("night", actor=ORG)
    assert (report.rounds_held, report.meetings_held, report.teams) == (0, 0, 2)
    assert (report.attendees, report.absent, report.came) == (len(people), 1, len(people) - 1)
