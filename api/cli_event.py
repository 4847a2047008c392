"""``cofoundry event ...``: matchmaking events from the command line, on a local database.

A thin shell over :class:`matcher.events.service.EventService`. The command line is the
local operator (an admin, like the other commands): it may act for any organiser.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from api.console import DbOpt, EncoderOpt, JsonOpt, out
from api.console import errors as _errors
from api.console import settings_from as _settings
from api.schemas_events import (
    event_public,
    plan_public,
    rounds_summary,
    teams_public,
    teams_summary,
)
from api.wiring import build_community
from matcher.access import ADMIN
from matcher.errors import InvalidInput
from matcher.events import (
    EventService,
    Odd,
    RoundsPlan,
    agenda_html,
    agenda_json,
    cards_html,
    plan_csv,
    plan_json,
)
from matcher.profiles import parse_csv

__all__ = ["event_app"]

event_app = typer.Typer(
    help="Matchmaking events: attendees, speed-networking rounds, teams, agendas.",
    no_args_is_help=True,
)

EventArg = Annotated[str, typer.Argument(help="Event id.")]


def _events(db: str | None, encoder: str | None) -> EventService:
    return build_community(_settings(db, encoder)).events


def _say(text: str) -> None:
    out.print(text, markup=False, highlight=False)


def _write(text: str, target: Path | None) -> None:
    if target is None:
        out.file.write(text if text.endswith("\n") else text + "\n")
        out.file.flush()
        return
    target.write_text(text, encoding="utf-8")
    _say(f"wrote {target}")


@event_app.command("create")
def create(
    event: EventArg,
    name: Annotated[str, typer.Option(help="Display name.")] = "",
    organiser: Annotated[
        str | None, typer.Option(help="Profile id of the organiser (default: none, admin only).")
    ] = None,
    db: DbOpt = None,
    encoder: EncoderOpt = None,
) -> None:
    """Create an event."""
    with _errors():
        e = _events(db, encoder).create_event(event, name, actor=ADMIN, organiser=organiser)
        _say(f"created event {e.id} ({e.name}), organiser {e.organiser or '(admin)'}")


@event_app.command("import")
def import_(
    event: EventArg,
    file: Annotated[Path, typer.Argument(help="A CSV of new people (profile columns).")],
    skip_invalid: Annotated[bool, typer.Option("--skip-invalid")] = False,
    db: DbOpt = None,
    encoder: EncoderOpt = None,
) -> None:
    """Create profiles for the new people of a CSV and add them to the event (one transaction)."""
    with _errors():
        if not file.exists():
            raise InvalidInput(f"no file {str(file)!r}", field="file", hint="check the path")
        rows = parse_csv(file.read_text(encoding="utf-8"), source=file.name)
        report, added = _events(db, encoder).import_attendees(
            event, rows, actor=ADMIN, skip_invalid=skip_invalid, source=file.name
        )
        _say(f"added {len(added)} attendees to {event} from {file.name}")
        for number, _, errs in report.rejected:
            for e in errs:
                _say(f"  rejected row {number}: {e}")


@event_app.command("add")
def add(
    event: EventArg,
    ids: Annotated[list[str], typer.Argument(help="Profile ids.")],
    db: DbOpt = None,
    encoder: EncoderOpt = None,
) -> None:
    """Add existing profiles to the event."""
    with _errors():
        added = _events(db, encoder).add_attendees(event, ids, actor=ADMIN)
        _say(f"added {len(added)} attendees to {event}")


@event_app.command("status")
def status(
    event: EventArg,
    person: Annotated[str, typer.Argument(help="Profile id.")],
    state: Annotated[str, typer.Argument(help="present, no-show or late.")],
    round_: Annotated[
        int, typer.Option("--round", help="no-show from this round / late: first round attended.")
    ] = 1,
    db: DbOpt = None,
    encoder: EncoderOpt = None,
) -> None:
    """Mark an attendee present, a no-show or late (then re-plan from the current round)."""
    with _errors():
        a = _events(db, encoder).set_status(event, person, state, actor=ADMIN, since_round=round_)
        _say(f"{a.profile_id}: {a.status} (round {a.since_round})")


def _print_plan(plan: RoundsPlan, as_json: bool) -> None:
    if as_json:
        _write(plan_public(plan.rounds, rounds_summary(plan)).model_dump_json(indent=2), None)
        return
    for r in plan.rounds:
        tables = "  ".join(f"{g.table}:{'+'.join(g.members)}" for g in r.groups)
        byes = f"  break: {', '.join(r.byes)}" if r.byes else ""
        _say(f"round {r.number}: {tables}{byes}")
    _say(
        f"score {plan.score:.3f}, upper bound {plan.bound:.3f} ({100 * plan.ratio_to_bound:.1f} %),"
        f" greedy baseline {plan.greedy_score:.3f} (x{plan.ratio_to_greedy:.3f})"
    )


@event_app.command("rounds")
def rounds(
    event: EventArg,
    rounds: Annotated[int, typer.Option("--rounds", help="Total number of rounds.")] = 6,
    size: Annotated[int, typer.Option("--size", help="2 for 1:1, n for tables of n.")] = 2,
    odd: Annotated[str, typer.Option("--odd", help="bye or trio.")] = "bye",
    fairness: Annotated[float, typer.Option(help="0: total only; higher: fairer.")] = 0.5,
    from_round: Annotated[
        int, typer.Option("--from-round", help="Re-plan from this round; earlier ones are kept.")
    ] = 1,
    as_json: JsonOpt = False,
    db: DbOpt = None,
    encoder: EncoderOpt = None,
) -> None:
    """Plan speed-networking rounds (or re-plan from --from-round)."""
    with _errors():
        if odd not in ("bye", "trio"):
            raise InvalidInput("odd must be bye or trio", field="odd", value=odd, hint="use bye")
        mode: Odd = "trio" if odd == "trio" else "bye"
        plan = _events(db, encoder).plan_rounds(
            event,
            rounds=rounds,
            actor=ADMIN,
            group_size=size,
            odd=mode,
            fairness=fairness,
            from_round=from_round,
        )
        _print_plan(plan, as_json)


@event_app.command("replan")
def replan(
    event: EventArg,
    from_round: Annotated[int, typer.Option("--from-round", help="The current round.")],
    as_json: JsonOpt = False,
    db: DbOpt = None,
    encoder: EncoderOpt = None,
) -> None:
    """Re-plan from the current round with the plan's settings, after no-shows or arrivals."""
    with _errors():
        svc = _events(db, encoder)
        svc.rounds(event, actor=ADMIN)
        summary: dict[str, Any] = svc.events.summary(event, "rounds") or {}
        if not summary:
            raise InvalidInput(
                f"event {event!r} has no plan yet",
                field="event",
                hint="plan it first: event rounds",
            )
        plan = svc.plan_rounds(
            event,
            rounds=int(summary["rounds"]),
            actor=ADMIN,
            group_size=int(summary["group_size"]),
            odd="trio" if summary["odd"] == "trio" else "bye",
            fairness=float(summary["fairness"]),
            from_round=from_round,
        )
        _print_plan(plan, as_json)


@event_app.command("teams")
def teams(
    event: EventArg,
    size: Annotated[int, typer.Option("--size", help="Team size (some get one more).")] = 4,
    roles: Annotated[str, typer.Option("--roles", help="Required roles, comma-separated.")] = "",
    keep_collaborators: Annotated[
        bool, typer.Option("--keep-collaborators", help="Keep past good collaborators together.")
    ] = False,
    balance: Annotated[float, typer.Option(help="Weight of the strength spread.")] = 1.0,
    time_limit: Annotated[float, typer.Option("--time-limit", help="Seconds for CP-SAT.")] = 10.0,
    as_json: JsonOpt = False,
    db: DbOpt = None,
    encoder: EncoderOpt = None,
) -> None:
    """Form hackathon teams covering the required roles (CP-SAT); prints the optimality gap."""
    with _errors():
        plan = _events(db, encoder).form_teams(
            event,
            size=size,
            actor=ADMIN,
            required_roles=[r.strip() for r in roles.split(",") if r.strip()],
            keep_collaborators=keep_collaborators,
            balance=balance,
            time_limit=time_limit,
        )
        if as_json:
            _write(teams_public(plan.teams, teams_summary(plan)).model_dump_json(indent=2), None)
            return
        for t in plan.teams:
            missing = f" MISSING {','.join(t.missing_roles)}" if t.missing_roles else ""
            _say(
                f"team {t.number}: {', '.join(t.members)}  score {t.score:.3f}"
                f"  roles {','.join(t.roles)}{missing}"
            )
        _say(
            f"{plan.status}: score {plan.score:.3f}, objective {plan.objective:.3f}, bound"
            f" {plan.bound:.3f}, gap {100 * plan.gap:.1f} %, strength spread"
            f" {plan.strength_spread:.3f}, {plan.seconds:.1f} s"
        )


@event_app.command("export")
def export(
    event: EventArg,
    fmt: Annotated[
        str, typer.Option("--format", help="csv, json, agendas (HTML), cards (HTML) or teams.")
    ] = "csv",
    out_file: Annotated[Path | None, typer.Option("--out", help="File to write.")] = None,
    db: DbOpt = None,
    encoder: EncoderOpt = None,
) -> None:
    """Export the plan (CSV, JSON), printable agendas, table cards or the teams."""
    with _errors():
        svc = _events(db, encoder)
        view = svc.get_event(event, actor=ADMIN)
        names = svc.names(event, actor=ADMIN)
        if fmt == "csv":
            text = plan_csv(svc.rounds(event, actor=ADMIN), names)
        elif fmt == "json":
            text = plan_json(
                svc.rounds(event, actor=ADMIN), svc.events.summary(event, "rounds"), names
            )
        elif fmt == "agendas":
            text = agenda_html(view.event.name, svc.agendas(event, actor=ADMIN), names)
        elif fmt == "cards":
            text = cards_html(view.event.name, svc.rounds(event, actor=ADMIN), names)
        elif fmt == "teams":
            ts = svc.teams(event, actor=ADMIN)
            text = teams_public(ts, svc.events.summary(event, "teams")).model_dump_json(indent=2)
        else:
            raise InvalidInput(
                "format must be csv, json, agendas, cards or teams",
                field="format",
                value=fmt,
                hint="e.g. --format agendas --out agendas.html",
            )
        _write(text, out_file)


@event_app.command("agenda")
def agenda(
    event: EventArg,
    person: Annotated[str, typer.Argument(help="Profile id.")],
    html: Annotated[bool, typer.Option("--html", help="Printable HTML.")] = False,
    as_json: JsonOpt = False,
    db: DbOpt = None,
    encoder: EncoderOpt = None,
) -> None:
    """One attendee's agenda: round, table, whom they meet and why."""
    with _errors():
        svc = _events(db, encoder)
        items = svc.agenda(event, person, actor=ADMIN)
        if html:
            view = svc.get_event(event, actor=ADMIN)
            _write(
                agenda_html(view.event.name, {person: items}, svc.names(event, actor=ADMIN)), None
            )
            return
        if as_json:
            _write(json.dumps(agenda_json(items), ensure_ascii=False, indent=2), None)
            return
        for item in items:
            if item.table == 0:
                _say(f"round {item.round}: break")
                continue
            for m in item.meetings:
                why = "; ".join(f'"{p.need}" <- "{p.offer}"' for p in m.meets_my_needs[:1])
                roles = f" they bring {','.join(m.roles_they_bring)}" if m.roles_they_bring else ""
                _say(
                    f"round {item.round}, table {item.table}: {m.with_name} ({m.with_id})"
                    f" score {m.score:.3f}{roles} {why}"
                )


@event_app.command("stats")
def stats(
    event: EventArg, as_json: JsonOpt = False, db: DbOpt = None, encoder: EncoderOpt = None
) -> None:
    """Organiser statistics: average and worst score per attendee, role coverage, unmet needs."""
    with _errors():
        st = _events(db, encoder).stats(event, actor=ADMIN)
        if as_json:
            _write(json.dumps(st, ensure_ascii=False, indent=2), None)
            return
        _say(
            f"{st['attendees']} attendees ({st['present']} present, {st['late']} late,"
            f" {st['no_show']} no-show), {st['rounds']} rounds, {st['meetings']} meetings"
        )
        _say(
            f"average score {st['average_score']:.3f}, worst attendee average"
            f" {st['worst_average']:.3f}, worst meeting {st['worst_meeting']:.3f}"
        )
        _say(f"role coverage {100 * st['role_coverage']:.1f} % of those seeking roles")
        for pid, roles in sorted(st["unmet_needs"].items()):
            _say(f"  unmet: {pid} still seeks {', '.join(roles)}")
        if st["plan"]:
            p = st["plan"]
            _say(
                f"plan score {p['score']:.3f} = {100 * p['ratio_to_bound']:.1f} % of the bound,"
                f" x{p['ratio_to_greedy']:.3f} the greedy baseline"
            )


@event_app.command("show")
def show(event: EventArg, db: DbOpt = None, encoder: EncoderOpt = None) -> None:
    """The event, its attendees and plan summaries (JSON)."""
    with _errors():
        view = _events(db, encoder).get_event(event, actor=ADMIN)
        _write(event_public(view).model_dump_json(indent=2), None)
