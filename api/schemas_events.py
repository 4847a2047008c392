"""Request and response bodies of the event routes. Unknown fields are rejected."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from api.inputs import Input
from matcher.events import EventView, Round, RoundsPlan, Team, TeamsPlan

__all__ = [
    "AddedPublic",
    "AttendeePublic",
    "AttendeesAdd",
    "EventCreate",
    "EventPublic",
    "PlanPublic",
    "RoundPublic",
    "RoundsIn",
    "StatusIn",
    "TeamPublic",
    "TeamsIn",
    "TeamsPublic",
    "event_public",
    "plan_public",
    "rounds_summary",
    "teams_public",
    "teams_summary",
]


class EventCreate(Input):
    id: str | None = Field(
        None,
        min_length=1,
        max_length=64,
        pattern=r"^[a-z0-9][a-z0-9_-]*$",
        description="leave out and the server picks one nobody can guess; a chosen id is"
        " public (409 when taken, whoever holds it)",
    )
    name: str = Field("", max_length=200)


class AttendeePublic(BaseModel):
    id: str
    status: str
    since_round: int


class EventPublic(BaseModel):
    """An event; ``attendees`` and the plan summaries only for its organiser."""

    id: str
    name: str
    organiser: str | None
    organiser_view: bool
    attendees: list[AttendeePublic] = []
    rounds_summary: dict[str, Any] | None = None
    teams_summary: dict[str, Any] | None = None


def event_public(view: EventView) -> EventPublic:
    return EventPublic(
        id=view.event.id,
        name=view.event.name,
        organiser=view.event.organiser if view.organiser_view else None,
        organiser_view=view.organiser_view,
        attendees=[
            AttendeePublic(id=a.profile_id, status=a.status, since_round=a.since_round)
            for a in view.attendees
        ],
        rounds_summary=dict(view.rounds_summary) if view.rounds_summary else None,
        teams_summary=dict(view.teams_summary) if view.teams_summary else None,
    )


class AttendeesAdd(Input):
    ids: list[str] = Field(min_length=1, max_length=2000)


class AddedPublic(BaseModel):
    added: list[str]
    rejected: list[dict[str, Any]] = []


class StatusIn(Input):
    status: Literal["present", "no-show", "late"]
    round: int = Field(1, ge=1, le=50, description="no-show from / late until this round")


class RoundsIn(Input):
    rounds: int = Field(ge=1, le=50)
    group_size: int = Field(2, ge=2, le=12, description="2 for 1:1, n for tables of n (or n+1)")
    odd: Literal["bye", "trio"] = "bye"
    fairness: float = Field(0.5, ge=0, le=10)
    from_round: int = Field(1, ge=1, le=50, description="re-plan from this round; earlier kept")


class TableOut(BaseModel):
    table: int
    members: list[str]
    score: float


class RoundPublic(BaseModel):
    round: int
    tables: list[TableOut]
    byes: list[str]


class PlanPublic(BaseModel):
    summary: dict[str, Any] | None
    rounds: list[RoundPublic]


def _round(r: Round) -> RoundPublic:
    return RoundPublic(
        round=r.number,
        tables=[TableOut(table=g.table, members=list(g.members), score=g.score) for g in r.groups],
        byes=list(r.byes),
    )


def plan_public(
    rounds: list[Round] | tuple[Round, ...], summary: dict[str, Any] | None
) -> PlanPublic:
    return PlanPublic(summary=summary, rounds=[_round(r) for r in rounds])


def rounds_summary(plan: RoundsPlan) -> dict[str, Any]:
    return {
        "score": plan.score,
        "bound": plan.bound,
        "greedy_score": plan.greedy_score,
        "ratio_to_bound": plan.ratio_to_bound,
        "ratio_to_greedy": plan.ratio_to_greedy,
        "group_size": plan.group_size,
        "odd": plan.odd,
        "fairness": plan.fairness,
        "replanned_from": plan.replanned_from,
    }


class TeamsIn(Input):
    size: int = Field(ge=2, le=12)
    required_roles: list[str] = Field([], max_length=9)
    keep_collaborators: bool = False
    balance: float = Field(1.0, ge=0, le=100)
    time_limit: float = Field(10.0, ge=1, le=60)


class TeamPublic(BaseModel):
    team: int
    members: list[str]
    score: float
    strength: float
    roles: list[str]
    missing_roles: list[str]


class TeamsPublic(BaseModel):
    summary: dict[str, Any] | None
    teams: list[TeamPublic]


def _team(t: Team) -> TeamPublic:
    return TeamPublic(
        team=t.number,
        members=list(t.members),
        score=t.score,
        strength=t.strength,
        roles=list(t.roles),
        missing_roles=list(t.missing_roles),
    )


def teams_public(
    teams: list[Team] | tuple[Team, ...], summary: dict[str, Any] | None
) -> TeamsPublic:
    return TeamsPublic(summary=summary, teams=[_team(t) for t in teams])


def teams_summary(plan: TeamsPlan) -> dict[str, Any]:
    return {
        "score": plan.score,
        "objective": plan.objective,
        "bound": plan.bound,
        "gap": plan.gap,
        "status": plan.status,
        "seconds": plan.seconds,
        "strength_spread": plan.strength_spread,
        "heuristic_score": plan.heuristic_score,
    }
