"""Matchmaking events: attendees, speed-networking rounds, hackathon teams, agendas, statistics.

Only an event's organiser (its creator) or an admin plans, exports and reads statistics;
an attendee sees the event's name and their own agenda (403 for anything more);
anyone else gets 404, as if the event did not exist.
"""

from __future__ import annotations

import json
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response

from api.deps import EventsDep, MemberDep
from api.idempotency import IDEMPOTENT
from api.schemas import ERROR_RESPONSES, TEXT, answers
from api.schemas_events import (
    AddedPublic,
    AttendeePublic,
    AttendeesAdd,
    EventCreate,
    EventPublic,
    PlanPublic,
    RoundsIn,
    StatusIn,
    TeamsIn,
    TeamsPublic,
    event_public,
    plan_public,
    rounds_summary,
    teams_public,
    teams_summary,
)
from matcher.errors import InvalidInput
from matcher.events import agenda_html, agenda_json, cards_html, plan_csv, plan_json
from matcher.profiles import parse_csv

router = APIRouter(prefix="/events", tags=["events"])

_ERRORS = ERROR_RESPONSES
MAX_CSV_BYTES = 1_000_000


@router.post(
    "", status_code=201, response_model=EventPublic, responses=_ERRORS, dependencies=[IDEMPOTENT]
)
def create_event(body: EventCreate, events: EventsDep, actor: MemberDep) -> EventPublic:
    """Create an event; the caller is its organiser."""
    event = events.create_event(body.id, body.name, actor=actor)
    return event_public(events.get_event(event.id, actor=actor))


@router.get("", response_model=list[EventPublic], responses=_ERRORS)
def my_events(events: EventsDep, actor: MemberDep) -> list[EventPublic]:
    """Events I organise or attend."""
    return [
        event_public(events.get_event(e.id, actor=actor)) for e in events.my_events(actor=actor)
    ]


@router.get("/{event_id}", response_model=EventPublic, responses=_ERRORS)
def get_event(event_id: str, events: EventsDep, actor: MemberDep) -> EventPublic:
    """The event (attendees and plan summaries for the organiser only)."""
    return event_public(events.get_event(event_id, actor=actor))


@router.post("/{event_id}/attendees", response_model=AddedPublic, responses=_ERRORS)
def add_attendees(
    event_id: str, body: AttendeesAdd, events: EventsDep, actor: MemberDep
) -> AddedPublic:
    """Add existing profiles by id."""
    return AddedPublic(added=events.add_attendees(event_id, body.ids, actor=actor))


@router.post(
    "/{event_id}/attendees/import",
    response_model=AddedPublic,
    responses=_ERRORS,
    openapi_extra={
        "requestBody": {"content": {"text/csv": {"schema": {"type": "string"}}}, "required": True}
    },
)
async def import_attendees(
    event_id: str,
    request: Request,
    events: EventsDep,
    actor: MemberDep,
    skip_invalid: bool = False,
) -> AddedPublic:
    """Create profiles for the new people of a CSV (profile columns) and add them."""
    raw = await request.body()
    if len(raw) > MAX_CSV_BYTES:
        raise InvalidInput(f"CSV over {MAX_CSV_BYTES} bytes", field="body", hint="split the file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(
            "the CSV must be UTF-8", field="body", hint="save the file as UTF-8"
        ) from None
    rows = parse_csv(text)
    report, added = events.import_attendees(event_id, rows, actor=actor, skip_invalid=skip_invalid)
    return AddedPublic(
        added=added,
        rejected=[
            {"row": n, "errors": [e.as_dict() for e in errs]} for n, _, errs in report.rejected
        ],
    )


@router.put(
    "/{event_id}/attendees/{profile_id}/status", response_model=AttendeePublic, responses=_ERRORS
)
def set_status(
    event_id: str, profile_id: str, body: StatusIn, events: EventsDep, actor: MemberDep
) -> AttendeePublic:
    """Mark an attendee present, a no-show (from ``round`` on) or late (arriving at ``round``)."""
    a = events.set_status(event_id, profile_id, body.status, actor=actor, since_round=body.round)
    return AttendeePublic(id=a.profile_id, status=a.status, since_round=a.since_round)


@router.post("/{event_id}/rounds", response_model=PlanPublic, responses=_ERRORS)
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
    return plan_public(plan.rounds, rounds_summary(plan))


@router.get("/{event_id}/rounds", response_model=PlanPublic, responses=_ERRORS)
def get_rounds(event_id: str, events: EventsDep, actor: MemberDep) -> PlanPublic:
    """The stored rounds and their summary (score, bound, greedy baseline)."""
    rounds = events.rounds(event_id, actor=actor)
    return plan_public(rounds, events.events.summary(event_id, "rounds"))


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
    """The plan as CSV (one line per person per round) or JSON."""
    rounds = events.rounds(event_id, actor=actor)
    names = events.names(event_id, actor=actor)
    if format == "json":
        summary = events.events.summary(event_id, "rounds")
        return Response(plan_json(rounds, summary, names), media_type="application/json")
    return Response(plan_csv(rounds, names), media_type="text/csv; charset=utf-8")


@router.post("/{event_id}/teams", response_model=TeamsPublic, responses=_ERRORS)
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
    )
    return teams_public(plan.teams, teams_summary(plan))


@router.get("/{event_id}/teams", response_model=TeamsPublic, responses=_ERRORS)
def get_teams(event_id: str, events: EventsDep, actor: MemberDep) -> TeamsPublic:
    """The stored teams and their summary."""
    teams = events.teams(event_id, actor=actor)
    return teams_public(teams, events.events.summary(event_id, "teams"))


@router.get(
    "/{event_id}/agendas",
    response_class=Response,
    responses=answers("every agenda, one printable page each", {"text/html": TEXT}),
)
def all_agendas(event_id: str, events: EventsDep, actor: MemberDep) -> Response:
    """Every attendee's agenda, printable: one page per person (organiser)."""
    agendas = events.agendas(event_id, actor=actor)
    view = events.get_event(event_id, actor=actor)
    names = events.names(event_id, actor=actor)
    return Response(agenda_html(view.event.name, agendas, names), media_type="text/html")


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
    return Response(cards_html(view.event.name, rounds, names), media_type="text/html")


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
        return Response(
            agenda_html(view.event.name, {profile_id: items}, {profile_id: name}),
            media_type="text/html",
        )
    return Response(
        json.dumps(agenda_json(items), ensure_ascii=False), media_type="application/json"
    )


@router.get("/{event_id}/stats", responses=_ERRORS)
def stats(event_id: str, events: EventsDep, actor: MemberDep) -> dict[str, object]:
    """Organiser statistics: average and worst score per attendee, byes, role coverage, unmet needs."""
    return events.stats(event_id, actor=actor)
