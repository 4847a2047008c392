"""Matchmaking events: logistics, invitations and RSVP, attendees and check-in, speed-networking
rounds (calm re-planning), hackathon teams, agendas, calendars, badges, the dashboard, the
report afterwards.

Only an event's organiser (its creator) or an admin plans, exports and reads statistics;
an attendee sees the event, their own agenda, calendar, badge and team (403 for anything
more); anyone else gets 404, as if the event did not exist. An invitation code opens the
event's name and logistics to anyone signed in (``/invitations/{code}``).
"""

from __future__ import annotations

import json
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse

from api.deps import EventsDep, LoopDep, MemberDep, own_id
from api.idempotency import CREATES_AT, located
from api.inputs import Digits
from api.schemas import CSV_BODY, ERROR_RESPONSES, TEXT, answers
from api.schemas_events import (
    AddedPublic,
    AnswerIn,
    AttendeePublic,
    AttendeesAdd,
    ChangePublic,
    CheckInIn,
    ClockPublic,
    DashboardPublic,
    EventCreate,
    EventPublic,
    EventUpdate,
    ImportPublic,
    InvitationPublic,
    LayoutsPublic,
    MyDayPublic,
    MyTeamPublic,
    PlanPublic,
    ReportPublic,
    RoundsIn,
    RoundStartedIn,
    StatusIn,
    StatusPublic,
    TeamChangePublic,
    TeamsIn,
    TeamsPublic,
    attendee_public,
    change_public,
    clock_public,
    dashboard_public,
    event_public,
    import_public,
    layouts_public,
    my_day_public,
    my_team_public,
    plan_public,
    status_public,
    team_change_public,
    teams_public,
)
from api.settings import Settings
from api.web.event_words import printed_agendas
from matcher.errors import counted
from matcher.events import (
    MAX_GROUP,
    agenda_json,
    badge_svg,
    badges_html,
    cards_html,
    plan_csv,
    plan_json,
    report_csv,
    report_html,
)

router = APIRouter(prefix="/events", tags=["events"], responses=ERROR_RESPONSES)
invitations = APIRouter(prefix="/invitations", tags=["events"], responses=ERROR_RESPONSES)


@router.post("", response_model=EventPublic, **CREATES_AT)
def create_event(
    body: EventCreate, events: EventsDep, actor: MemberDep, response: Response
) -> EventPublic:
    """Create an event with its logistics (date, start, time zone, venue, address, places,
    round and break minutes, longer breaks); the caller is its organiser."""
    event = events.create_event(body.id, body.name or "", actor=actor, details=body.details())
    located(response, "events", event.id)
    return event_public(events.get_event(event.id, actor=actor))


@router.get("", response_model=list[EventPublic])
def my_events(
    events: EventsDep, actor: MemberDep, today: Annotated[bool, Query()] = False
) -> list[EventPublic]:
    """Events I organise or attend (``today``: only those taking place today, in their own
    time zone, that I did not decline)."""
    return [
        event_public(events.get_event(e.id, actor=actor))
        for e in events.my_events(actor=actor, today=today)
    ]


@router.get("/{event_id}", response_model=EventPublic)
def get_event(event_id: str, events: EventsDep, actor: MemberDep) -> EventPublic:
    """The event (attendees and plan summaries for the organiser only)."""
    return event_public(events.get_event(event_id, actor=actor))


@router.patch("/{event_id}", response_model=EventPublic)
def update_event(
    event_id: str, body: EventUpdate, events: EventsDep, actor: MemberDep
) -> EventPublic:
    """Change the event's name or logistics (organiser); agendas and calendars follow."""
    events.update_event(event_id, body.details(), actor=actor)
    return event_public(events.get_event(event_id, actor=actor))


# ------------------------------------------------------------------ invitations
@router.get("/{event_id}/invitation", response_model=InvitationPublic)
def invitation(event_id: str, events: EventsDep, actor: MemberDep) -> InvitationPublic:
    """The invitation code to share (organiser): the link is ``/invitations/{code}``."""
    return InvitationPublic(event=event_id, code=events.invitation(event_id, actor=actor))


@router.post("/{event_id}/invitation", response_model=InvitationPublic)
def renew_invitation(event_id: str, events: EventsDep, actor: MemberDep) -> InvitationPublic:
    """A new invitation code (organiser); the old link stops working."""
    code = events.invitation(event_id, actor=actor, renew=True)
    return InvitationPublic(event=event_id, code=code)


@invitations.get("/{code}", response_model=EventPublic)
def invited_to(code: str, events: EventsDep, actor: MemberDep) -> EventPublic:
    """The event an invitation opens: its name and logistics, and my answer if I gave one."""
    return event_public(events.invited_to(code, actor=actor))


@invitations.post("/{code}", response_model=AttendeePublic)
def join(code: str, body: AnswerIn, events: EventsDep, actor: MemberDep) -> AttendeePublic:
    """Answer an invitation (going, maybe, declined): I become an attendee, or change my answer."""
    return attendee_public(events.join(code, body.answer, actor=actor))


@router.put("/{event_id}/rsvp", response_model=AttendeePublic)
def rsvp(event_id: str, body: AnswerIn, events: EventsDep, actor: MemberDep) -> AttendeePublic:
    """My answer to the invitation (an attendee): going, maybe or declined."""
    return attendee_public(events.rsvp(event_id, body.answer, actor=actor))


# -------------------------------------------------------------------- attendees
@router.post("/{event_id}/attendees", response_model=AddedPublic)
def add_attendees(
    event_id: str, body: AttendeesAdd, events: EventsDep, actor: MemberDep
) -> AddedPublic:
    """Add existing profiles by id."""
    return AddedPublic(added=events.add_attendees(event_id, body.ids, actor=actor))


@router.post(
    "/{event_id}/attendees/import",
    response_model=ImportPublic,
    openapi_extra=CSV_BODY,
)
async def import_attendees(
    event_id: str,
    request: Request,
    events: EventsDep,
    actor: MemberDep,
    skip_invalid: bool = False,
    dry_run: bool = False,
) -> Response:
    """Invite the people of a CSV file as people have it (comma, semicolon or tab; UTF-8
    with or without BOM, Windows-1252, or UTF-16 with its BOM): one event-only profile and invitation per line. The same
    file imported again adds nothing twice (``already``), so a partial import is resumed by
    importing the whole file again. Every bad line is listed with its line, column, value and
    fix; with bad lines and without ``skip_invalid`` nothing is written (422); ``dry_run``
    writes nothing and says what an import would do. Each person added with an e-mail
    address is sent the invitation with a personal link (``emailed``; ``not_emailed``: added
    without an address): they answer, and keep their profile once signed in."""
    raw = await request.body()
    report = import_public(
        events.import_csv(event_id, raw, actor=actor, dry_run=dry_run, skip_invalid=skip_invalid)
    )
    if report.dry_run or report.written:
        return JSONResponse(report.model_dump(mode="json"))
    first = report.rejected[0]
    return JSONResponse(
        {
            "detail": f"{counted(len(report.rejected), 'problem')} in the file, nothing imported;"
            f" first: {first.detail}",
            "field": first.field,
            "value": first.value,
            "hint": "fix the lines listed and import the file again, or import with"
            " skip_invalid=true to keep the good lines",
            "errors": [e.model_dump() for e in report.rejected],
            **report.model_dump(mode="json"),
        },
        status_code=422,
    )


@router.put("/{event_id}/attendees/{profile_id}/status", response_model=StatusPublic)
def set_status(
    event_id: str, profile_id: str, body: StatusIn, events: EventsDep, actor: MemberDep
) -> StatusPublic:
    """Mark an attendee (organiser): absent (no-show) or left from ``round`` on, late until
    ``round``, checked-in, present, or an answer (invited, going, maybe, declined). ``round``
    defaults to the first round not started, by the clock. If the plan must change, only the
    meetings of that person change, in the rounds not started (``replan``: who moved); if
    teams are formed, the fewest people change team (``team_replan``: who moved where)."""
    return status_public(
        events.mark(event_id, profile_id, body.status, actor=actor, round=body.round)
    )


@router.post("/{event_id}/attendees/{profile_id}/invitation", response_model=AttendeePublic)
def resend_invitation(
    event_id: str, profile_id: str, events: EventsDep, actor: MemberDep
) -> AttendeePublic:
    """Send an attendee's invitation e-mail again (organiser): someone without an account
    gets a new personal link (the earlier one stops working). 422 without an e-mail address,
    409 when they switched these e-mails off, 429 within minutes of the last one."""
    return attendee_public(events.resend_invitation(event_id, profile_id, actor=actor))


@router.get("/{event_id}/checkin/{code}", response_model=AttendeePublic)
def who_has_code(event_id: str, code: str, events: EventsDep, actor: MemberDep) -> AttendeePublic:
    """Whose badge carries ``code`` (organiser): read it before checking them in."""
    return attendee_public(events.attendee_by_code(event_id, code, actor=actor))


@router.post("/{event_id}/checkin", response_model=StatusPublic)
def check_in(event_id: str, body: CheckInIn, events: EventsDep, actor: MemberDep) -> StatusPublic:
    """Check an attendee in by the code on their badge (organiser; scanned or typed). A late
    arrival is fitted into the rounds not started without moving anyone else."""
    return status_public(events.check_in(event_id, body.code, actor=actor))


@router.put("/{event_id}/round", response_model=ClockPublic)
def start_round(
    event_id: str, body: RoundStartedIn, events: EventsDep, actor: MemberDep
) -> ClockPublic:
    """Say which round has started (organiser; for an event without a clock, or ahead of it)."""
    return clock_public(events.start_round(event_id, body.round, actor=actor))


@router.get("/{event_id}/changes", response_model=list[ChangePublic])
def changes(event_id: str, events: EventsDep, actor: MemberDep) -> list[ChangePublic]:
    """Every change of the plan, and who it moved (organiser)."""
    return [change_public(c) for c in events.changes(event_id, actor=actor)]


@router.get("/{event_id}/dashboard", response_model=DashboardPublic)
def dashboard(event_id: str, events: EventsDep, actor: MemberDep) -> DashboardPublic:
    """During the event (organiser): who is here, checked in, absent; the round running (or
    next) by the clock; its tables, the empty ones, the places unused."""
    return dashboard_public(events.dashboard(event_id, actor=actor))


@router.post("/{event_id}/rounds", response_model=PlanPublic)
def plan_rounds(event_id: str, body: RoundsIn, events: EventsDep, actor: MemberDep) -> PlanPublic:
    """Plan the rounds, or re-plan from ``from_round`` keeping the earlier rounds as they were."""
    plan = events.plan_rounds(
        event_id,
        rounds=body.rounds,
        actor=actor,
        group_size=body.group_size,
        odd=body.odd,
        fairness=body.fairness,
        from_round=body.from_round,
    )
    matches = events.table_matches(event_id, plan.rounds, actor=actor)
    return plan_public(plan.rounds, plan.summary(), matches=matches)


@router.get("/{event_id}/rounds", response_model=PlanPublic)
def get_rounds(event_id: str, events: EventsDep, actor: MemberDep) -> PlanPublic:
    """The stored rounds and their summary (score, bound, greedy baseline); each table's
    match as the suggestion cards show it (``points``, ``band``) and the planner's
    ``plan_score``."""
    rounds = events.rounds(event_id, actor=actor)
    matches = events.table_matches(event_id, rounds, actor=actor)
    return plan_public(rounds, events.events.summary(event_id, "rounds"), matches=matches)


@router.get(
    "/{event_id}/plan",
    response_class=Response,
    responses=answers(
        "the plan: CSV (one line per person per round), or JSON with ?format=json",
        {"text/csv": TEXT, "application/json": {"type": "object"}},
    ),
)
def export_plan(
    event_id: str,
    events: EventsDep,
    actor: MemberDep,
    format: Annotated[Literal["csv", "json"], Query()] = "csv",
) -> Response:
    """The plan as CSV (one line per person per round) or JSON. Each table's ``points``
    (0-100) and ``band`` are its match as the suggestion cards show it (for a table of three
    or more, the mean of its pairs' points); the JSON keeps the planner's ``plan_score``."""
    rounds = events.rounds(event_id, actor=actor)
    names = events.names(event_id, actor=actor)
    matches = events.table_matches(event_id, rounds, actor=actor)
    if format == "json":
        summary = events.events.summary(event_id, "rounds")
        return Response(
            plan_json(rounds, summary, names, matches=matches), media_type="application/json"
        )
    return Response(plan_csv(rounds, names, matches=matches), media_type="text/csv; charset=utf-8")


@router.post("/{event_id}/teams", response_model=TeamsPublic)
def form_teams(event_id: str, body: TeamsIn, events: EventsDep, actor: MemberDep) -> TeamsPublic:
    """Form hackathon teams (CP-SAT, with a time limit); reports the optimality gap."""
    plan = events.form_teams(
        event_id,
        size=body.size,
        actor=actor,
        required_roles=body.required_roles,
        keep_collaborators=body.keep_collaborators,
        balance=body.balance,
        time_limit=body.time_limit,
        sizes=body.sizes,
        target_gap=float(body.target_gap),
    )
    matches = events.team_matches(event_id, plan.teams, actor=actor)
    return teams_public(plan.teams, plan.summary(), matches=matches)


@router.get("/{event_id}/teams/changes", response_model=list[TeamChangePublic])
def team_changes(event_id: str, events: EventsDep, actor: MemberDep) -> list[TeamChangePublic]:
    """Every calm re-plan of the teams since they were formed, who it moved where and who
    sees a change (organiser)."""
    return [team_change_public(c) for c in events.team_changes(event_id, actor=actor)]


@router.get("/{event_id}/teams/layouts", response_model=LayoutsPublic)
def team_layouts(
    event_id: str,
    events: EventsDep,
    actor: MemberDep,
    size: Annotated[int, Query(ge=2, le=MAX_GROUP), Digits],
) -> LayoutsPublic:
    """Before forming teams (organiser): how the people present split into teams of about
    ``size``; send the chosen ``sizes`` to ``POST .../teams``."""
    people, layouts = events.team_layouts(event_id, size, actor=actor)
    return layouts_public(people, size, layouts)


@router.get("/{event_id}/my-team", response_model=MyTeamPublic)
def my_team(event_id: str, events: EventsDep, actor: MemberDep) -> MyTeamPublic:
    """My team and teammates (an attendee; ``team`` null before teams are formed)."""
    return my_team_public(events.team_of(event_id, own_id(actor), actor=actor))


@router.get("/{event_id}/me", response_model=MyDayPublic)
def my_day(event_id: str, events: EventsDep, actor: MemberDep) -> MyDayPublic:
    """My event on one page (an attendee): the event and where it stands, my attendance and
    check-in code, my agenda with clock times and places, my team."""
    return my_day_public(events.my_day(event_id, actor=actor))


@router.get("/{event_id}/teams", response_model=TeamsPublic)
def get_teams(event_id: str, events: EventsDep, actor: MemberDep) -> TeamsPublic:
    """The stored teams and their summary."""
    teams = events.teams(event_id, actor=actor)
    matches = events.team_matches(event_id, teams, actor=actor)
    return teams_public(teams, events.events.summary(event_id, "teams"), matches=matches)


@router.get(
    "/{event_id}/agendas",
    response_class=Response,
    responses=answers("every agenda, one printable page each", {"text/html": TEXT}),
)
def all_agendas(event_id: str, events: EventsDep, actor: MemberDep) -> Response:
    """Every attendee's agenda, printable: one page per person (organiser), each in the
    language the attendee reads (their profile's only language, else their account's), else
    in English."""
    agendas = events.agendas(event_id, actor=actor)
    view = events.get_event(event_id, actor=actor)
    names = events.names(event_id, actor=actor)
    langs = events.agenda_languages(event_id, list(agendas), actor=actor)
    html = printed_agendas(view.event, agendas, names, "en", langs)
    return Response(html, media_type="text/html")


@router.get(
    "/{event_id}/cards",
    response_class=Response,
    responses=answers("table cards, printable", {"text/html": TEXT}),
)
def table_cards(event_id: str, events: EventsDep, actor: MemberDep) -> Response:
    """Table cards for every round (organiser)."""
    rounds = events.rounds(event_id, actor=actor)
    view = events.get_event(event_id, actor=actor)
    names = events.names(event_id, actor=actor)
    return Response(
        cards_html(view.event.name, rounds, names, event=view.event), media_type="text/html"
    )


@router.get(
    "/{event_id}/agenda/{profile_id}",
    response_class=Response,
    responses=answers(
        "one agenda: JSON (round, table, who, why), or printable HTML with ?format=html",
        {"application/json": {"type": "array", "items": {"type": "object"}}, "text/html": TEXT},
    ),
)
def agenda(
    event_id: str,
    profile_id: str,
    events: EventsDep,
    actor: MemberDep,
    format: Annotated[Literal["json", "html"], Query()] = "json",
) -> Response:
    """One attendee's agenda (that attendee or the organiser): round, table, who, why."""
    items = events.agenda(event_id, profile_id, actor=actor)
    if format == "html":
        view = events.get_event(event_id, actor=actor)
        name = events.display_name(profile_id, actor=actor)
        langs = events.agenda_languages(event_id, [profile_id], actor=actor)
        html = printed_agendas(view.event, {profile_id: items}, {profile_id: name}, "en", langs)
        return Response(html, media_type="text/html")
    return Response(
        json.dumps(agenda_json(items), ensure_ascii=False), media_type="application/json"
    )


@router.get("/{event_id}/stats")
def stats(event_id: str, events: EventsDep, actor: MemberDep) -> dict[str, object]:
    """Organiser statistics: average and worst score per attendee, byes, role coverage, unmet needs."""
    return events.stats(event_id, actor=actor)


# ------------------------------------------------------------ files of the day
_ICS = "text/calendar; charset=utf-8"


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


@router.get("/{event_id}/calendar.ics")
def event_calendar(event_id: str, events: EventsDep, actor: MemberDep) -> Response:
    """The event's calendar file (organiser and attendees)."""
    text = events.event_calendar(event_id, actor=actor)
    return Response(text, media_type=_ICS, headers=_attachment(f"{event_id}.ics"))


@router.get("/{event_id}/agenda/{profile_id}/calendar.ics")
def agenda_calendar(
    event_id: str, profile_id: str, events: EventsDep, actor: MemberDep
) -> Response:
    """An attendee's calendar file, every meeting with its time, place, whom and why (that
    attendee or the organiser). Imported again after a change, it updates the entries."""
    text = events.attendee_calendar(event_id, profile_id, actor=actor)
    return Response(text, media_type=_ICS, headers=_attachment(f"{event_id}-{profile_id}.ics"))


def _checkin_url(request: Request, event_id: str) -> str:
    """What a badge's QR code opens: the organiser's check-in page with the code (``{code}``
    is filled per badge; an event id is plain, so it holds no brace), at the site's address
    (:meth:`~api.settings.Settings.site_address`)."""
    settings: Settings = request.app.state.settings
    return f"{settings.site_address(str(request.base_url))}/web/events/{event_id}/checkin?code={{code}}"


@router.get(
    "/{event_id}/badges",
    response_class=Response,
    responses=answers("every badge as one printable HTML page", {"text/html": TEXT}),
)
def badges(event_id: str, request: Request, events: EventsDep, actor: MemberDep) -> Response:
    """Every attendee's badge, printable, with a QR code of the check-in page (organiser)."""
    found = events.badges(event_id, actor=actor)
    event = events.get_event(event_id, actor=actor).event
    html = badges_html(event, found, checkin_url=_checkin_url(request, event_id))
    return Response(html, media_type="text/html")


@router.get(
    "/{event_id}/badge/{profile_id}",
    response_class=Response,
    responses=answers(
        "the badge as a printable HTML page, or its QR code alone with ?format=svg",
        {"text/html": TEXT, "image/svg+xml": TEXT},
    ),
)
def badge(
    event_id: str,
    profile_id: str,
    request: Request,
    events: EventsDep,
    actor: MemberDep,
    format: Annotated[Literal["html", "svg"], Query()] = "html",
) -> Response:
    """One attendee's badge (that attendee or the organiser); ``svg``: its QR code alone, to
    show on a phone at the door."""
    (found,) = events.badges(event_id, actor=actor, person=profile_id)
    url = _checkin_url(request, event_id)
    if format == "svg":
        return Response(badge_svg(url.format(code=found.code)), media_type="image/svg+xml")
    event = events.get_event(event_id, actor=actor).event
    return Response(badges_html(event, [found], checkin_url=url), media_type="text/html")


@router.get(
    "/{event_id}/report",
    response_class=Response,
    responses=answers(
        "the report: JSON, CSV with ?format=csv or a printable page with ?format=html",
        {
            "application/json": {"type": "object"},
            "text/csv": TEXT,
            "text/html": TEXT,
        },
    ),
)
def report(
    event_id: str,
    loop: LoopDep,
    actor: MemberDep,
    format: Annotated[Literal["json", "csv", "html"], Query()] = "json",
) -> Response:
    """After the event (organiser): who came, meetings held, feedback given, pairs who both
    want to continue, ventures started; as JSON, CSV or a printable page."""
    found = loop.event_report(event_id, actor=actor)
    if format == "csv":
        return Response(
            report_csv(found),
            media_type="text/csv; charset=utf-8",
            headers=_attachment(f"{event_id}-report.csv"),
        )
    if format == "html":
        return Response(report_html(found), media_type="text/html")
    return JSONResponse(ReportPublic.of(found).model_dump(mode="json"))
