"""``cofoundry event ...``: matchmaking events from the command line, on a local database.

A thin shell over :class:`matcher.events.service.EventService`. The command line is the
local operator (an admin, like the other commands): it may act for any organiser.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer

from api.console import WHOLE, Common, Panels, common, err, out, read_input, say, write_file
from api.schemas_events import (
    ReportPublic,
    change_public,
    dashboard_public,
    event_public,
    import_public,
    layouts_public,
    plan_public,
    status_public,
    team_change_public,
    teams_public,
)
from api.web.event_words import printed_agendas
from matcher.access import ADMIN
from matcher.errors import InvalidInput, UnknownProfile, counted
from matcher.events import (
    BALANCE,
    FAIRNESS,
    GROUP_SIZE,
    ODD_MODES,
    ROUNDS,
    TARGET_GAP,
    TEAM_SIZE,
    TIME_LIMIT,
    Event,
    EventService,
    Marked,
    Odd,
    RoundsPlan,
    agenda_json,
    badges_html,
    cards_html,
    check_odd,
    clock_text,
    parse_sizes,
    pause_from_text,
    place_from_text,
    place_of,
    plan_csv,
    plan_json,
    plan_quality,
    report_csv,
    report_html,
    report_note,
    report_rows,
    round_slot,
    team_change_lines,
    unseated,
    when_text,
)

__all__ = ["EVENT_PANELS", "EventArg", "event_app"]

event_app = typer.Typer(
    help="Matchmaking events: attendees, speed-networking rounds, teams, agendas.",
    no_args_is_help=True,
)

#: The help's panels, in the order of an organiser's work.
EVENT_PANELS: Panels = (
    ("Prepare", ("create", "update", "invitation", "import", "add", "resend", "badges")),
    ("Plan", ("rounds", "replan", "layouts", "teams")),
    ("On the day", ("checkin", "status", "round", "dashboard", "changes", "team-changes")),
    ("Look up, print, export", ("show", "agenda", "team", "calendar", "export", "stats")),
    ("Afterwards", ("report", "venture")),
)

EventArg = Annotated[str, typer.Argument(help="Event id.")]
PersonArg = Annotated[str, typer.Argument(help="Profile id.")]
OutOpt = Annotated[Path | None, typer.Option("--out", help="File to write.")]


def _write(text: str, target: Path | None) -> None:
    if target is None:
        out.file.write(text if text.endswith("\n") else text + "\n")
        out.file.flush()
        return
    write_file(target, text.encode("utf-8"))
    say(f"wrote {target}")


DateOpt = Annotated[str | None, typer.Option("--date", help="The day, YYYY-MM-DD.")]
StartOpt = Annotated[str | None, typer.Option("--start", help="Local start time, HH:MM.")]
ZoneOpt = Annotated[
    str | None, typer.Option("--timezone", help="IANA time zone, e.g. Europe/Paris.")
]
VenueOpt = Annotated[str | None, typer.Option("--venue", help="Where: the venue's name.")]
AddressOpt = Annotated[str | None, typer.Option("--address", help="The venue's address.")]
PlaceOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--place", help="A table or room, in order: NAME or NAME:SEATS (repeat the option)."
    ),
]
RoundOpt = Annotated[
    int | None, typer.Option("--round-minutes", help="Length of a round.", parser=WHOLE)
]
BreakOpt = Annotated[
    int | None, typer.Option("--break-minutes", help="Break between two rounds.", parser=WHOLE)
]
PauseOpt = Annotated[
    list[str] | None,
    typer.Option("--pause", help="A longer break: ROUND:MINUTES, after that round (repeat)."),
]


@dataclass(frozen=True, slots=True)
class Logistics:
    """The logistics options of ``event create`` and ``event update``, declared once."""

    date: DateOpt = None
    start: StartOpt = None
    timezone: ZoneOpt = None
    venue: VenueOpt = None
    address: AddressOpt = None
    place: PlaceOpt = None
    round_minutes: RoundOpt = None
    break_minutes: BreakOpt = None
    pause: PauseOpt = None

    def details(self) -> dict[str, Any]:
        """The logistics given on the command line (the service checks them)."""
        out: dict[str, Any] = {}
        for key, value in (
            ("date", self.date),
            ("start", self.start),
            ("timezone", self.timezone),
            ("venue", self.venue),
            ("address", self.address),
            ("round_minutes", self.round_minutes),
            ("break_minutes", self.break_minutes),
        ):
            if value is not None:
                out[key] = None if value == "" and key in ("date", "start") else value
        if self.place is not None:
            out["places"] = [place_from_text(x) for x in self.place]
        if self.pause is not None:
            out["pauses"] = [pause_from_text(x) for x in self.pause]
        return out


def _say_event(e: Any) -> None:
    say(f"{e.id}: {e.name}")
    when = when_text(e)
    if when:
        say(f"  {when}")
    if e.places:
        say("  places: " + ", ".join(p.name for p in e.places))
    say(f"  rounds of {e.round_minutes} min, {e.break_minutes} min between them")


@event_app.command("create")
@common("db", "encoder")
def create(
    opts: Common,
    event: EventArg,
    name: Annotated[str, typer.Option(help="Display name.")] = "",
    organiser: Annotated[
        str | None, typer.Option(help="Profile id of the organiser (default: none, admin only).")
    ] = None,
    logistics: Logistics = Logistics(),
) -> None:
    """Create an event, with its logistics (date, start, time zone, venue, places, rhythm)."""
    details = logistics.details()
    e = opts.community().events.create_event(
        event, name, actor=ADMIN, organiser=organiser, details=details
    )
    say(f"created event {e.id} ({e.name}), organiser {e.organiser or '(admin)'}")
    if details:
        _say_event(e)


@event_app.command("update")
@common("db", "encoder")
def update(
    opts: Common,
    event: EventArg,
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    logistics: Logistics = Logistics(),
) -> None:
    """Change an event's name or logistics (only the options given; --date "" clears it)."""
    details = logistics.details()
    if name is not None:
        details["name"] = name
    _say_event(opts.community().events.update_event(event, details, actor=ADMIN))


@event_app.command("invitation")
@common("db", "encoder")
def invitation(
    opts: Common,
    event: EventArg,
    renew: Annotated[bool, typer.Option("--renew", help="A new code; the old link stops.")] = False,
) -> None:
    """The invitation code to share (members join with it at /invitations/CODE)."""
    say(opts.community().events.invitation(event, actor=ADMIN, renew=renew))


@event_app.command("import")
@common("as_json", "db", "encoder")
def import_(
    opts: Common,
    event: EventArg,
    file: Annotated[Path, typer.Argument(help="A CSV of the people to invite (profile columns).")],
    skip_invalid: Annotated[
        bool, typer.Option("--skip-invalid", help="Import the good lines, list the bad ones.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say what would happen; write nothing.")
    ] = False,
) -> None:
    """Invite the people of a CSV (comma or semicolon; UTF-8, UTF-16 or Windows-1252): each line an
    event-only profile and an invitation, e-mailed with a personal link when the line has an
    address. Importing the same file again adds nothing twice (nor e-mails anyone twice), so
    fix the bad lines and import the whole file again."""
    report = opts.community().events.import_csv(
        event,
        read_input(file, field="file", hint="check the path"),
        actor=ADMIN,
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        source=file.name,
    )
    if opts.as_json:
        _write(import_public(report).model_dump_json(indent=2), None)
    else:
        added, already = report.ids("added"), report.ids("already")
        verb = "would add" if dry_run else "added" if report.written else "would have added"
        say(f"{verb} {counted(len(added), 'attendee')} to {event} from {file.name}")
        if already:
            say(f"  {len(already)} already attending (left as they were)")
        if report.written and added:
            say(f"  e-mailed {counted(len(report.emailed), 'invitation')} with a personal link")
        if report.written and report.not_emailed:
            few = ", ".join(report.not_emailed[:10]) + (
                ", ..." if len(report.not_emailed) > 10 else ""
            )
            say(
                f"  {len(report.not_emailed)} without an e-mail address, not e-mailed"
                f" (give them the invitation link): {few}"
            )
        if report.written and report.held:
            until = max(report.held.values())
            say(
                f"  {counted(len(report.held), 'invitation')} held back, not sent: their address had too"
                " many e-mails nobody there asked for lately; send them from"
                f" {until:%Y-%m-%d %H:%M} UTC (cofoundry event resend EVENT ID), or give them the"
                " invitation link: " + ", ".join(list(report.held)[:10])
            )
        if report.ignored_columns:
            say("  columns ignored: " + ", ".join(report.ignored_columns))
        for p in report.problems:
            got = "" if p.value is None or p.value in p.what else f" (got {p.value!r})"
            say(f"  line {p.line}, {p.field or 'file'}: {p.what}{got}; {p.hint}")
    if report.problems and not report.written and not dry_run:
        say("nothing imported: fix the lines above, or use --skip-invalid")
        raise typer.Exit(2)


@event_app.command("add")
@common("db", "encoder")
def add(
    opts: Common, event: EventArg, ids: Annotated[list[str], typer.Argument(help="Profile ids.")]
) -> None:
    """Add existing profiles to the event."""
    added = opts.community().events.add_attendees(event, ids, actor=ADMIN)
    say(f"added {counted(len(added), 'attendee')} to {event}")


@event_app.command("resend")
@common("db", "encoder")
def resend(
    opts: Common, event: EventArg, person: Annotated[str, typer.Argument(help="A profile id.")]
) -> None:
    """Send an attendee's invitation e-mail again (a new personal link for someone who has
    no account yet: the earlier one stops working)."""
    done = opts.community().events.resend_invitation(event, person, actor=ADMIN)
    assert done.emailed_at is not None
    say(f"{person}: invitation e-mailed at {done.emailed_at:%Y-%m-%d %H:%M} UTC")


def _say_marked(done: Marked, names: dict[str, str], as_json: bool = False) -> None:
    """An attendee after a change of status and the calm re-plans it caused, by name
    (``names``: :meth:`~matcher.events.EventService.names`; ids in ``--json``)."""
    if as_json:
        _write(status_public(done).model_dump_json(indent=2), None)
        return

    def named(people: Iterable[str]) -> str:
        return ", ".join(names.get(p, p) for p in people)

    a = done.attendee
    say(f"{names.get(a.profile_id, a.profile_id)}: {a.status} (round {a.since_round}), {a.state}")
    c = done.change
    if c is not None:
        others = f", others: {named(c.others)}" if c.others else ""
        say(
            f"calm re-plan from round {c.from_round}: {counted(len(c.moved), 'agenda')} changed"
            f" (partners: {named(c.partners) or '-'}{others})"
        )
    if done.team_change is not None:
        tc = done.team_change
        moved = sum(1 for m in tc.moves if m.from_team and m.to_team)
        say(f"calm team re-plan: {counted(moved, 'person', 'people')} changed team")
        for line in team_change_lines(tc, names):
            say(f"  {line}")
        for team, role in tc.missing:
            say(f"  team {team} still has nobody for {role}: form the teams again to give it one")
        if tc.unplaced:
            say(f"  no team could take: {named(tc.unplaced)} (every team is full)")


@event_app.command("status")
@common("as_json", "db", "encoder")
def status(
    opts: Common,
    event: EventArg,
    person: PersonArg,
    state: Annotated[
        str,
        typer.Argument(
            help="absent (no-show), left, late, checked-in, present, invited, going, maybe,"
            " declined; removed (out of the event: no more answers; going adds them back)."
        ),
    ],
    round_: Annotated[
        int | None,
        typer.Option(
            "--round",
            help="absent or left from this round / late: the first round attended (default:"
            " the first round not started).",
            parser=WHOLE,
        ),
    ] = None,
) -> None:
    """Mark an attendee; the plan is re-planned calmly (only their meetings change)."""
    events = opts.community().events
    done = events.mark(event, person, state, actor=ADMIN, round=round_)
    _say_marked(done, events.names(event, actor=ADMIN), opts.as_json)


@event_app.command("checkin")
@common("as_json", "db", "encoder")
def checkin(
    opts: Common,
    event: EventArg,
    code: Annotated[str, typer.Argument(help="The code on the badge.")],
) -> None:
    """Check an attendee in by their badge's code (a late arrival is fitted in); a name
    typed instead lists the attendees it names, with their codes."""
    events = opts.community().events
    try:
        done = events.check_in(event, code, actor=ADMIN)
    except UnknownProfile as exc:
        named = events.attendees_named(event, code, actor=ADMIN) if exc.field == "code" else []
        if not named:
            raise
        names = events.names(event, actor=ADMIN)
        found = "; ".join(
            f"{names[a.profile_id]} ({a.profile_id}): {a.code}, {a.state}" for a in named
        )
        raise UnknownProfile(
            f"no badge of event {event!r} has the code {code!r}; attendees named so: {found}",
            field="code",
            value=code,
            hint="check one in by the code given",
        ) from None
    _say_marked(done, events.names(event, actor=ADMIN), opts.as_json)


@event_app.command("round")
@common("db", "encoder")
def round_started(
    opts: Common,
    event: EventArg,
    number: Annotated[
        int, typer.Argument(help="The round that has started (0: none).", parser=WHOLE)
    ],
) -> None:
    """Say which round has started (an event without a clock)."""
    c = opts.community().events.start_round(event, number, actor=ADMIN)
    say(f"{event}: {c.phase}, round {c.current or '-'}, next round {c.next_round}")


@event_app.command("changes")
@common("as_json", "db", "encoder")
def changes(opts: Common, event: EventArg) -> None:
    """Every change of the plan and who it moved."""
    svc = opts.community().events
    found = svc.changes(event, actor=ADMIN)
    if opts.as_json:
        _write(json.dumps([change_public(c).model_dump(mode="json") for c in found]), None)
        return
    names = svc.names(event, actor=ADMIN)
    for c in found:
        who = ", ".join(names.get(p, p) for p in c.moved)
        what = (  # a first plan made everyone's agenda: nobody "moved"
            f"planned for {counted(len(c.moved), 'person', 'people')}"
            if c.kind == "plan"
            else f"{counted(len(c.moved), 'agenda')} changed" + (f": {who}" if who else "")
        )
        say(
            f"{c.number}. {c.at:%Y-%m-%d %H:%M} {c.kind} from round {c.from_round} ({c.cause}): {what}"
        )


@event_app.command("team-changes")
@common("as_json", "db", "encoder")
def team_changes(opts: Common, event: EventArg) -> None:
    """Every calm re-plan of the teams and who changed team."""
    svc = opts.community().events
    found = svc.team_changes(event, actor=ADMIN)
    if opts.as_json:
        _write(json.dumps([team_change_public(c).model_dump(mode="json") for c in found]), None)
        return
    names = svc.names(event, actor=ADMIN)
    for c in found:
        say(f"{c.number}. {c.at:%Y-%m-%d %H:%M} ({c.cause}), version {c.version}:")
        for line in team_change_lines(c, names):
            say(f"  {line}")
        for team, role in c.missing:
            say(f"  team {team} still has nobody for {role}")
        if c.unplaced:
            say(f"  no team could take: {', '.join(names.get(p, p) for p in c.unplaced)}")


@event_app.command("dashboard")
@common("as_json", "db", "encoder")
def dashboard(opts: Common, event: EventArg) -> None:
    """Who is here, which round, which tables are empty."""
    svc = opts.community().events
    d = dashboard_public(svc.dashboard(event, actor=ADMIN))
    if opts.as_json:
        _write(d.model_dump_json(indent=2), None)
        return
    names = svc.names(event, actor=ADMIN)
    say(
        f"{d.clock.phase}: round {d.clock.current or '-'} of {d.rounds},"
        f" next round {d.clock.next_round}"
    )
    say(", ".join(f"{k} {v}" for k, v in d.counts.items() if v))
    if d.round:
        say(f"round {d.round}: {counted(len(d.tables), 'table')}, {len(d.empty)} empty")
        for t in d.empty:
            say(f"  empty: {t.place} ({', '.join(names.get(m, m) for m in t.members)})")


def _plan(
    svc: EventService,
    as_json: bool,
    event: str,
    rounds: int,
    size: int,
    odd: Odd,
    fairness: float,
    from_round: int,
) -> None:
    """Plan ``rounds`` rounds of groups of ``size`` (re-planning from ``from_round``), print
    the plan."""
    plan = svc.plan_rounds(
        event,
        rounds=rounds,
        actor=ADMIN,
        group_size=size,
        odd=odd,
        fairness=fairness,
        from_round=from_round,
    )
    _print_plan(svc, plan, as_json, svc.get_event(event, actor=ADMIN).event)


def _print_plan(svc: EventService, plan: RoundsPlan, as_json: bool, event: Event) -> None:
    """The plan, round by round: its clock times when the event has them, then each table
    (its place's name) with who sits there, by name, and their match as the web pages read
    it (0-100 points and its word: :meth:`~matcher.events.EventService.table_matches`), then
    who has a break; the plan's quality in one sentence. Ids and the solver's raw numbers
    are in ``--json``."""
    matches = svc.table_matches(event.id, plan.rounds, actor=ADMIN)
    if as_json:
        _write(
            plan_public(plan.rounds, plan.summary(), matches=matches).model_dump_json(indent=2),
            None,
        )
        return
    names = svc.names(event.id, actor=ADMIN)
    for r in plan.rounds:
        slot = round_slot(event, r.number)
        when = (
            f" {clock_text(slot[0], f'{slot[0]:%H:%M}')}-{clock_text(slot[1], f'{slot[1]:%H:%M}')}"
            if slot is not None
            else ""
        )
        say(f"round {r.number}{when}")
        for g in r.groups:
            match = matches.get((r.number, g.table))
            read = f"  ({match.points} points, {match.band})" if match is not None else ""
            who = " + ".join(names.get(m, m) for m in g.members)
            say(f"  {place_of(event, g.table)}: {who}{read}")
        if r.byes:
            say(f"  break: {', '.join(names.get(b, b) for b in r.byes)}")
    say(plan_quality(plan.score, plan.bound).sentence)


@event_app.command("rounds")
@common("as_json", "db", "encoder")
def rounds(
    opts: Common,
    event: EventArg,
    rounds: Annotated[
        int, typer.Option("--rounds", help="Total number of rounds.", parser=WHOLE)
    ] = ROUNDS,
    size: Annotated[
        int, typer.Option("--size", help="2 for 1:1, n for tables of n.", parser=WHOLE)
    ] = GROUP_SIZE,
    odd: Annotated[
        str,
        typer.Option(
            "--odd", help=f"{' or '.join(ODD_MODES)}: who is left over sits out or joins a pair."
        ),
    ] = ODD_MODES[0],
    fairness: Annotated[float, typer.Option(help="0: total only; higher: fairer.")] = FAIRNESS,
    from_round: Annotated[
        int,
        typer.Option(
            "--from-round",
            help="Re-plan from this round (the first not started at the earliest: a round that"
            " has started never changes); earlier ones are kept.",
            parser=WHOLE,
        ),
    ] = 1,
) -> None:
    """Plan speed-networking rounds (or re-plan from --from-round)."""
    mode = check_odd(odd)
    _plan(opts.community().events, opts.as_json, event, rounds, size, mode, fairness, from_round)


@event_app.command("replan")
@common("as_json", "db", "encoder")
def replan(
    opts: Common,
    event: EventArg,
    from_round: Annotated[
        int,
        typer.Option(
            "--from-round",
            help="The first round not started (a round that has started never changes).",
            parser=WHOLE,
        ),
    ],
) -> None:
    """Re-plan from the first round not started with the plan's settings, after no-shows or
    arrivals."""
    svc = opts.community().events
    svc.rounds(event, actor=ADMIN)
    summary: dict[str, Any] = svc.events.summary(event, "rounds") or {}
    if not summary:
        raise InvalidInput(
            f"event {event!r} has no plan yet",
            field="event",
            hint="plan it first: event rounds",
        )
    mode = check_odd(summary["odd"])
    size, fairness = int(summary["group_size"]), float(summary["fairness"])
    _plan(svc, opts.as_json, event, int(summary["rounds"]), size, mode, fairness, from_round)


@event_app.command("teams")
@common("as_json", "db", "encoder")
def teams(
    opts: Common,
    event: EventArg,
    size: Annotated[
        int, typer.Option("--size", help="Team size (some get one more).", parser=WHOLE)
    ] = TEAM_SIZE,
    roles: Annotated[str, typer.Option("--roles", help="Required roles, comma-separated.")] = "",
    keep_collaborators: Annotated[
        bool, typer.Option("--keep-collaborators", help="Keep past good collaborators together.")
    ] = False,
    balance: Annotated[float, typer.Option(help="Weight of the strength spread.")] = BALANCE,
    time_limit: Annotated[
        float, typer.Option("--time-limit", help="Seconds for CP-SAT.")
    ] = TIME_LIMIT,
    sizes: Annotated[
        str,
        typer.Option("--sizes", help="The layout chosen (event layouts), e.g. 7,7,6,6."),
    ] = "",
    target_gap: Annotated[
        float, typer.Option("--target-gap", help="Stop once proven within this share.")
    ] = TARGET_GAP,
) -> None:
    """Form hackathon teams of the sizes asked, covering the required roles; says how good
    they are (and the solver's gap)."""
    svc = opts.community().events
    plan = svc.form_teams(
        event,
        size=size,
        actor=ADMIN,
        required_roles=[r.strip() for r in roles.split(",") if r.strip()],
        keep_collaborators=keep_collaborators,
        balance=balance,
        time_limit=time_limit,
        sizes=parse_sizes(sizes),
        target_gap=target_gap,
    )
    matches = svc.team_matches(event, plan.teams, actor=ADMIN)
    if opts.as_json:
        _write(
            teams_public(plan.teams, plan.summary(), matches=matches).model_dump_json(indent=2),
            None,
        )
        return
    names = svc.names(event, actor=ADMIN)
    where = svc.get_event(event, actor=ADMIN).event
    for t in plan.teams:
        match = matches.get(t.number)
        read = f"  {match.points} points, {match.band}" if match is not None else ""
        missing = f"  missing: {', '.join(t.missing_roles)}" if t.missing_roles else ""
        say(
            f"team {t.number} ({place_of(where, t.number)}):"
            f" {', '.join(names.get(m, m) for m in t.members)}{read}"
            f"  roles: {', '.join(t.roles) or '-'}{missing}"
        )
    for number, people in unseated({t.number: len(t.members) for t in plan.teams}, where.places):
        say(
            f"team {number} ({people} people) sits at {place_of(where, number)}: no free place"
            f" seats {people}; give the event a larger one (event update --place NAME:SEATS)"
        )
    say(plan_quality(plan.objective, plan.bound, subject="teams").sentence)


@event_app.command("layouts")
@common("as_json", "db", "encoder")
def layouts(
    opts: Common,
    event: EventArg,
    size: Annotated[
        int, typer.Option("--size", help="The team size asked.", parser=WHOLE)
    ] = TEAM_SIZE,
) -> None:
    """Before forming teams: how the people present split into teams of about --size."""
    people, found = opts.community().events.team_layouts(event, size, actor=ADMIN)
    if opts.as_json:
        _write(layouts_public(people, size, found).model_dump_json(indent=2), None)
        return
    say(f"{people} people in teams of {size}:")
    for k, x in enumerate(found):
        default = " (default)" if k == 0 else ""
        say(f"  --sizes {','.join(map(str, x.sizes))}: {x.description}, {x.kind}{default}")


@event_app.command("team")
@common("db", "encoder")
def team(opts: Common, event: EventArg, person: PersonArg) -> None:
    """An attendee's team, its room and their teammates."""
    found = opts.community().events.team_of(event, person, actor=ADMIN)
    if found is None:
        say(f"{person} is in no team (teams not formed yet?)")
        return
    say(f"team {found.number} ({found.place})")
    for m in found.members:
        say(f"  {m.name} ({m.id}){': ' + m.headline if m.headline else ''}")


@event_app.command("export")
@common("db", "encoder")
def export(
    opts: Common,
    event: EventArg,
    fmt: Annotated[
        str, typer.Option("--format", help="csv, json, agendas (HTML), cards (HTML) or teams.")
    ] = "csv",
    out_file: OutOpt = None,
) -> None:
    """Export the plan (CSV, JSON), printable agendas, table cards or the teams."""
    svc = opts.community().events
    view = svc.get_event(event, actor=ADMIN)
    names = svc.names(event, actor=ADMIN)
    if fmt in ("csv", "json"):
        plan = svc.rounds(event, actor=ADMIN)
        matches = svc.table_matches(event, plan, actor=ADMIN)
        text = (
            plan_csv(plan, names, matches=matches)
            if fmt == "csv"
            else plan_json(plan, svc.events.summary(event, "rounds"), names, matches=matches)
        )
    elif fmt == "agendas":
        agendas = svc.agendas(event, actor=ADMIN)
        langs = svc.agenda_languages(event, list(agendas), actor=ADMIN)
        text = printed_agendas(view.event, agendas, names, "en", langs)
    elif fmt == "cards":
        text = cards_html(view.event.name, svc.rounds(event, actor=ADMIN), names, event=view.event)
    elif fmt == "teams":
        ts = svc.teams(event, actor=ADMIN)
        found = teams_public(
            ts, svc.events.summary(event, "teams"), matches=svc.team_matches(event, ts, actor=ADMIN)
        )
        text = found.model_dump_json(indent=2)
    else:
        raise InvalidInput(
            "format must be csv, json, agendas, cards or teams",
            field="format",
            value=fmt,
            hint="e.g. --format agendas --out agendas.html",
        )
    _write(text, out_file)


@event_app.command("agenda")
@common("as_json", "db", "encoder")
def agenda(
    opts: Common,
    event: EventArg,
    person: PersonArg,
    html: Annotated[bool, typer.Option("--html", help="Printable HTML.")] = False,
) -> None:
    """One attendee's agenda: round, table, whom they meet and why."""
    svc = opts.community().events
    items = svc.agenda(event, person, actor=ADMIN)
    if html:
        view = svc.get_event(event, actor=ADMIN)
        langs = svc.agenda_languages(event, [person], actor=ADMIN)
        names = svc.names(event, actor=ADMIN)
        _write(printed_agendas(view.event, {person: items}, names, "en", langs), None)
        return
    if opts.as_json:
        _write(json.dumps(agenda_json(items), ensure_ascii=False, indent=2), None)
        return
    for item in items:
        when = f" {clock_text(item.start, f'{item.start:%H:%M}')}" if item.start is not None else ""
        if item.table == 0:
            say(f"round {item.round}{when}: break")
            continue
        for m in item.meetings:
            why = "; ".join(f'"{p.need}" <- "{p.offer}"' for p in m.meets_my_needs[:1])
            roles = f" they bring {','.join(m.roles_they_bring)}" if m.roles_they_bring else ""
            place = f" ({item.place})" if item.place else ""
            say(
                f"round {item.round}{when}, table {item.table}{place}: {m.with_name}"
                f" ({m.with_id}) match {m.rating.points}/100 ({m.rating.band}){roles} {why}"
            )


@event_app.command("stats")
@common("as_json", "db", "encoder")
def stats(opts: Common, event: EventArg) -> None:
    """Organiser statistics: average and worst score per attendee, role coverage, unmet needs."""
    svc = opts.community().events
    st = svc.stats(event, actor=ADMIN)
    if opts.as_json:
        _write(json.dumps(st, ensure_ascii=False, indent=2), None)
        return
    say(
        f"{counted(st['attendees'], 'attendee')} ({st['present']} present, {st['late']} late,"
        f" {st['no_show']} no-show), {counted(st['rounds'], 'round')},"
        f" {counted(st['meetings'], 'meeting')}"
    )
    if st["average_band"] is not None:  # as the suggestion cards read a pair's score
        say(
            f"average match per attendee {_read(st, 'average')}, lowest attendee average"
            f" {_read(st, 'worst_average')}, weakest meeting {_read(st, 'worst_meeting')}"
        )
    say(
        f"raw scores: average {st['average_score']:.3f}, worst attendee average"
        f" {st['worst_average']:.3f}, worst meeting {st['worst_meeting']:.3f}"
    )
    say(f"role coverage {100 * st['role_coverage']:.1f} % of those seeking roles")
    names = svc.names(event, actor=ADMIN) if st["unmet_needs"] else {}
    for pid, roles in sorted(
        st["unmet_needs"].items(), key=lambda kv: (names.get(kv[0], kv[0]), kv[0])
    ):
        say(f"  unmet: {names.get(pid, pid)} still seeks {', '.join(roles)}")
    if st["plan"]:
        p = st["plan"]
        say(
            f"plan score {p['score']:.3f} = {100 * p['ratio_to_bound']:.1f} % of the bound,"
            f" x{p['ratio_to_greedy']:.3f} the greedy baseline"
        )


def _read(st: dict[str, Any], name: str) -> str:
    """A statistic in points and its word, such as ``52/100 (good)``."""
    return f"{st[name + '_points']}/100 ({st[name + '_band']})"


@event_app.command("show")
@common("db", "encoder")
def show(opts: Common, event: EventArg) -> None:
    """The event, its attendees and plan summaries (JSON)."""
    view = opts.community().events.get_event(event, actor=ADMIN)
    _write(event_public(view).model_dump_json(indent=2), None)


@event_app.command("calendar")
@common("db", "encoder")
def calendar(
    opts: Common,
    event: EventArg,
    person: Annotated[
        str | None, typer.Argument(help="Profile id (default: the event's own calendar).")
    ] = None,
    out_file: Annotated[Path | None, typer.Option("--out", help="File to write (.ics).")] = None,
) -> None:
    """A calendar file (.ics): an attendee's meetings, or the event itself."""
    svc = opts.community().events
    if person is None:
        text = svc.event_calendar(event, actor=ADMIN)
    else:
        text = svc.attendee_calendar(event, person, actor=ADMIN)
    _write(text, out_file)


@event_app.command("badges")
@common("db", "encoder")
def badges(
    opts: Common,
    event: EventArg,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="Where the site runs: the QR codes open its check-in (default:"
            " COFOUNDRY_PUBLIC_URL).",
        ),
    ] = None,
    person: Annotated[str | None, typer.Option("--person", help="One attendee's badge.")] = None,
    out_file: Annotated[Path | None, typer.Option("--out", help="File to write (HTML).")] = None,
) -> None:
    """Printable badges with a QR code of the check-in page (and the code to type)."""
    svc = opts.community().events
    found = svc.badges(event, actor=ADMIN, person=person)
    view = svc.get_event(event, actor=ADMIN)
    settings = opts.settings()
    site = base_url.rstrip("/") if base_url else settings.site_address()
    if not base_url and "public_url" not in settings.model_fields_set:
        err.print(
            f"the QR codes open {site}, COFOUNDRY_PUBLIC_URL's default: set it (or --base-url)"
            " to the site's address as members reach it",
            markup=False,
            highlight=False,
        )
    url = f"{site}/web/events/{event}/checkin?code={{code}}"
    _write(badges_html(view.event, found, checkin_url=url), out_file)


@event_app.command("report")
@common("db", "encoder")
def report(
    opts: Common,
    event: EventArg,
    fmt: Annotated[str, typer.Option("--format", help="text, csv, html or json.")] = "text",
    out_file: OutOpt = None,
) -> None:
    """After the event: who came, meetings held, feedback, pairs continuing, ventures."""
    found = opts.community().loop.event_report(event, actor=ADMIN)
    if fmt == "csv":
        _write(report_csv(found), out_file)
    elif fmt == "html":
        _write(report_html(found), out_file)
    elif fmt == "json":
        _write(ReportPublic.of(found).model_dump_json(indent=2), out_file)
    elif fmt == "text":
        if note := report_note(found):
            say(note)
        for _, label, value in report_rows(found):
            say(f"{label}: {value}")
    else:
        raise InvalidInput(
            "format must be text, csv, html or json",
            field="format",
            value=fmt,
            hint="e.g. --format csv --out report.csv",
        )
