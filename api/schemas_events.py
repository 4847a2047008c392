"""Request and response bodies of the event routes. Unknown fields are rejected, and the
new fields are strict: a number is not taken from a string, dates and times only from ISO
text (``2026-05-21``, ``18:30``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Annotated, Any, cast

from pydantic import (
    BaseModel,
    BeforeValidator,
    Field,
    StrictInt,
    StrictStr,
)

from api.inputs import Input, chosen_id
from api.schemas import fields_of
from matcher.events import (
    ANSWERS,
    BALANCE,
    FAIRNESS,
    GROUP_SIZE,
    MAX_ATTENDEES,
    MAX_BALANCE,
    MAX_EVENT_NAME,
    MAX_FAIRNESS,
    MAX_GROUP,
    MAX_PAUSES,
    MAX_PLACE_NAME,
    MAX_PLACES,
    MAX_ROUND_MINUTES,
    MAX_ROUNDS,
    MAX_SEATS,
    MAX_VENUE,
    ODD_MODES,
    TARGET_GAP,
    TIME_LIMIT,
    Answer,
    Attendee,
    AttendeeImport,
    AttendeeMark,
    Dashboard,
    EventReport,
    EventView,
    Group,
    Marked,
    MyDay,
    MyTeam,
    Odd,
    PlanChange,
    Round,
    RoundClock,
    Team,
    TeamChange,
    TeamLayout,
    agenda_json,
    organiser_summary,
    round_slot,
    starts_at,
)
from matcher.matching import Band, MatchScore
from matcher.profiles import Role

__all__ = [
    "AddedPublic",
    "AnswerIn",
    "AttendeePublic",
    "AttendeesAdd",
    "ChangePublic",
    "CheckInIn",
    "ClockPublic",
    "DashboardPublic",
    "EventCreate",
    "EventPublic",
    "EventUpdate",
    "ImportPublic",
    "InvitationPublic",
    "LayoutsPublic",
    "MyDayPublic",
    "MyTeamPublic",
    "PlanPublic",
    "ReportPublic",
    "RoundPublic",
    "RoundStartedIn",
    "RoundsIn",
    "StatusIn",
    "StatusPublic",
    "TeamPublic",
    "TeamsIn",
    "TeamsPublic",
    "attendee_public",
    "change_public",
    "clock_public",
    "dashboard_public",
    "event_public",
    "import_public",
    "layouts_public",
    "my_day_public",
    "my_team_public",
    "plan_public",
    "teams_public",
]


def _iso_date(value: object) -> object:
    if value is None or isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError("give the date as text YYYY-MM-DD")
    return dt.date.fromisoformat(value)


def _iso_time(value: object) -> object:
    if value is None or isinstance(value, dt.time):
        return value
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        raise ValueError("give the time as text HH:MM")
    return dt.time.fromisoformat(value)


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
IsoTime = Annotated[dt.time, BeforeValidator(_iso_time)]


class PlaceIn(Input):
    """A table or a room."""

    name: StrictStr = Field(min_length=1, max_length=MAX_PLACE_NAME)
    seats: StrictInt | None = Field(None, ge=1, le=MAX_SEATS)


class PauseIn(Input):
    """A longer break after a round."""

    after_round: StrictInt = Field(ge=1, le=MAX_ROUNDS)
    minutes: StrictInt = Field(ge=0, le=MAX_ROUND_MINUTES)


class EventDetails(Input):
    """An event's name and logistics; every field optional (a PATCH changes those given)."""

    name: StrictStr | None = Field(None, max_length=MAX_EVENT_NAME)
    date: IsoDate | None = Field(None, description="the day, YYYY-MM-DD")
    start: IsoTime | None = Field(None, description="local start time, HH:MM")
    timezone: StrictStr | None = Field(None, max_length=64, description="IANA, e.g. Europe/Paris")
    venue: StrictStr | None = Field(None, max_length=MAX_VENUE)
    address: StrictStr | None = Field(None, max_length=MAX_VENUE)
    places: list[PlaceIn] | None = Field(None, max_length=MAX_PLACES, description="tables or rooms")
    round_minutes: StrictInt | None = Field(None, ge=1, le=MAX_ROUND_MINUTES)
    break_minutes: StrictInt | None = Field(
        None, ge=0, le=MAX_ROUND_MINUTES, description="between rounds"
    )
    pauses: list[PauseIn] | None = Field(None, max_length=MAX_PAUSES, description="longer breaks")

    def details(self) -> dict[str, Any]:
        """The fields given, as the service takes them (``null`` clears date or start)."""
        return self.model_dump(exclude_unset=True, exclude={"id"})


class EventCreate(EventDetails):
    id: str | None = chosen_id(
        "leave out and the server picks one nobody can guess; a chosen id is"
        " public (409 when taken, whoever holds it)"
    )
    name: StrictStr | None = Field("", max_length=MAX_EVENT_NAME)

    def details(self) -> dict[str, Any]:
        """The logistics given (the name apart)."""
        return self.model_dump(exclude_unset=True, exclude={"id", "name"})


class EventUpdate(EventDetails):
    pass


class AttendeePublic(BaseModel):
    """An attendee: ``state`` is the word an organiser reads; ``status`` (present, no-show,
    late, left) and ``since_round`` what happened on the day; ``rsvp`` their answer. ``code``
    (their check-in code) only for the organiser and the attendee themself; ``emailed_at``
    when their invitation e-mail was last queued (imported people, and re-sends)."""

    id: str
    status: str
    since_round: int
    state: str | None = None
    rsvp: str | None = None
    checked_in_at: dt.datetime | None = None
    source: str | None = None
    code: str | None = None
    emailed_at: dt.datetime | None = None


def attendee_public(a: Attendee, *, with_code: bool = True) -> AttendeePublic:
    return AttendeePublic(
        **fields_of(AttendeePublic, a, id=a.profile_id, code=a.code if with_code else None)
    )


class PlacePublic(BaseModel):
    name: str
    seats: int | None


class PausePublic(BaseModel):
    after_round: int
    minutes: int


class EventPublic(BaseModel):
    """An event and its logistics; ``attendees`` and the plan summaries only for its
    organiser (``quality`` in plain words, the solver's numbers under ``solver``); ``me``: the
    caller's own attendance."""

    id: str
    name: str
    organiser: str | None
    organiser_view: bool
    date: dt.date | None = None
    start: dt.time | None = None
    timezone: str = "UTC"
    starts_at: dt.datetime | None = None
    venue: str = ""
    address: str = ""
    places: list[PlacePublic] = []
    round_minutes: int = 10
    break_minutes: int = 2
    pauses: list[PausePublic] = []
    attendees: list[AttendeePublic] = []
    rounds_summary: dict[str, Any] | None = None
    teams_summary: dict[str, Any] | None = None
    me: AttendeePublic | None = None


def event_public(view: EventView) -> EventPublic:
    e = view.event
    return EventPublic(
        id=e.id,
        name=e.name,
        organiser=e.organiser if view.organiser_view else None,
        organiser_view=view.organiser_view,
        date=e.date,
        start=e.start,
        timezone=e.timezone,
        starts_at=starts_at(e),
        venue=e.venue,
        address=e.address,
        places=[PlacePublic(name=p.name, seats=p.seats) for p in e.places],
        round_minutes=e.round_minutes,
        break_minutes=e.break_minutes,
        pauses=[PausePublic(after_round=p.after_round, minutes=p.minutes) for p in e.pauses],
        attendees=[attendee_public(a) for a in view.attendees],
        rounds_summary=organiser_summary(view.rounds_summary, "rounds"),
        teams_summary=organiser_summary(view.teams_summary, "teams"),
        me=attendee_public(view.me) if view.me is not None else None,
    )


class AttendeesAdd(Input):
    ids: list[str] = Field(min_length=1, max_length=MAX_ATTENDEES)


class AddedPublic(BaseModel):
    added: list[str]
    rejected: list[dict[str, Any]] = []


class StatusIn(Input):
    status: AttendeeMark
    round: StrictInt | None = Field(
        None,
        ge=1,
        le=MAX_ROUNDS,
        description="absent or left from / late until this round (default: the first round"
        " not started, by the clock)",
    )


class CheckInIn(Input):
    code: StrictStr = Field(min_length=4, max_length=20, description="the code on the badge")


class AnswerIn(Input):
    answer: Answer = ANSWERS[0]


class RoundStartedIn(Input):
    round: StrictInt = Field(
        ge=0, le=MAX_ROUNDS, description="the round that has started (0: none)"
    )


class ChangePublic(BaseModel):
    """A change of the plan: who saw their agenda change, and why."""

    number: int
    at: dt.datetime
    kind: str
    cause: str
    from_round: int
    moved: list[str]
    left_out: list[str]
    arrived: list[str]
    partners: list[str]
    others: list[str]


def change_public(c: PlanChange) -> ChangePublic:
    return ChangePublic(**fields_of(ChangePublic, c))


class TeamMovePublic(BaseModel):
    """One person's change of team: ``from_team`` 0 for an arrival, ``to_team`` 0 for someone
    gone; ``why``: gone, arrived, role, size or merge."""

    person: str
    from_team: int
    to_team: int
    why: str


class TeamChangePublic(BaseModel):
    """A calm re-plan of the teams: who changed team, who sees a change (``concerned``),
    the roles still lacking (``[team, role]``) and the arrivals no team could take."""

    number: int
    at: dt.datetime
    cause: str
    version: int
    moves: list[TeamMovePublic]
    concerned: list[str]
    score: float
    missing: list[tuple[int, str]]
    unplaced: list[str]


def team_change_public(c: TeamChange) -> TeamChangePublic:
    return TeamChangePublic(
        number=c.number,
        at=c.at,
        cause=c.cause,
        version=c.version,
        moves=[TeamMovePublic(**fields_of(TeamMovePublic, m)) for m in c.moves],
        concerned=list(c.concerned),
        score=c.score,
        missing=list(c.missing),
        unplaced=list(c.unplaced),
    )


class StatusPublic(AttendeePublic):
    """An attendee after a status change, and the calm re-plans it caused (null: none): of
    the rounds (``replan``) and of the teams (``team_replan``)."""

    replan: ChangePublic | None = None
    team_replan: TeamChangePublic | None = None


def status_public(done: Marked) -> StatusPublic:
    """An attendee after a status change (``PUT .../status``, ``POST .../checkin``,
    ``cofoundry event status --json``)."""
    return StatusPublic(
        **attendee_public(done.attendee).model_dump(),
        replan=change_public(done.change) if done.change is not None else None,
        team_replan=(
            team_change_public(done.team_change) if done.team_change is not None else None
        ),
    )


class ClockPublic(BaseModel):
    """Where the event stands: ``phase`` (unscheduled, before, round, between, after), the
    round running, the first round not started and when it starts."""

    phase: str
    current: int
    next_round: int
    next_start: dt.datetime | None


def clock_public(c: RoundClock) -> ClockPublic:
    return ClockPublic(**fields_of(ClockPublic, c))


class InvitationPublic(BaseModel):
    """The code of an event's invitation link (the link is ``/invitations/{code}``)."""

    event: str
    code: str


class LinePublic(BaseModel):
    line: int
    field: str | None
    value: str | None
    detail: str
    hint: str


class ImportLinePublic(BaseModel):
    line: int
    id: str | None
    name: str
    outcome: str
    problems: list[LinePublic]
    emailed: bool = False


class ImportPublic(BaseModel):
    """What an attendee import did (``written``), or would do (``dry_run``): ``emailed``
    the people sent an invitation e-mail with their personal link, ``not_emailed`` those
    added without one (no address in the file), ``held`` those whose invitation was held
    back (their address had too many e-mails nobody there asked for lately) and when it may
    be sent."""

    source: str
    dry_run: bool
    written: bool
    added: list[str]
    already: list[str]
    rejected: list[LinePublic]
    ignored_columns: list[str]
    lines: list[ImportLinePublic]
    emailed: list[str] = []
    not_emailed: list[str] = []
    held: dict[str, dt.datetime] = {}


def import_public(r: AttendeeImport) -> ImportPublic:
    def line(p: Any) -> LinePublic:
        return LinePublic(**fields_of(LinePublic, p))

    return ImportPublic(
        **fields_of(
            ImportPublic,
            r,
            added=r.ids("added") if r.written else [],
            already=r.ids("already"),
            not_emailed=r.not_emailed if r.written else [],
            held=r.held if r.written else {},
            rejected=[line(p) for p in r.problems],
            lines=[
                ImportLinePublic(
                    line=x.line,
                    id=x.id,
                    name=x.name,
                    outcome=x.outcome,
                    problems=[line(p) for p in x.problems],
                    emailed=x.emailed,
                )
                for x in r.lines
            ],
        )
    )


class RoundsIn(Input):
    rounds: int = Field(ge=1, le=MAX_ROUNDS)
    group_size: int = Field(
        GROUP_SIZE, ge=2, le=MAX_GROUP, description="2 for 1:1, n for tables of n (or n+1)"
    )
    odd: Odd = ODD_MODES[0]
    fairness: float = Field(FAIRNESS, ge=0, le=MAX_FAIRNESS)
    from_round: int = Field(
        1, ge=1, le=MAX_ROUNDS, description="re-plan from this round; earlier kept"
    )


class TableOut(BaseModel):
    table: int
    members: list[str]
    points: int | None = Field(
        description="the table's match as the suggestion cards show it, 0-100 (for three or"
        " more, the mean of its pairs' points); null if it cannot be read"
    )
    band: Band | None = Field(
        description="the word for the points: excellent >= 75, good >= 50, possible >= 20"
    )
    plan_score: float = Field(
        description="the planner's score of the table (the sum of its pairs' planning scores,"
        " trust blended in): to compare plans, not a pair's match"
    )


class RoundPublic(BaseModel):
    round: int
    tables: list[TableOut]
    byes: list[str]


class PlanPublic(BaseModel):
    summary: dict[str, Any] | None
    rounds: list[RoundPublic]


def _round(r: Round, matches: Mapping[tuple[int, int], MatchScore]) -> RoundPublic:
    def table(g: Group) -> TableOut:
        read = matches.get((r.number, g.table))
        return TableOut(
            table=g.table,
            members=list(g.members),
            points=None if read is None else read.points,
            band=None if read is None else cast(Band, read.band),
            plan_score=g.score,
        )

    return RoundPublic(round=r.number, tables=[table(g) for g in r.groups], byes=list(r.byes))


def plan_public(
    rounds: list[Round] | tuple[Round, ...],
    summary: dict[str, Any] | None,
    *,
    matches: Mapping[tuple[int, int], MatchScore],
) -> PlanPublic:
    """The plan; its summary in plain words (the solver's numbers under ``solver``); each
    table's match by ``(round, table)`` (``EventService.table_matches``)."""
    return PlanPublic(
        summary=organiser_summary(summary, "rounds"),
        rounds=[_round(r, matches) for r in rounds],
    )


class TeamsIn(Input):
    size: int = Field(ge=2, le=MAX_GROUP)
    sizes: list[StrictInt] | None = Field(
        None, max_length=1000, description="a layout from GET .../teams/layouts, one size a team"
    )
    target_gap: float = Field(
        TARGET_GAP,
        ge=0,
        le=0.5,
        strict=True,
        description="stop once proven within this share of the best",
    )
    required_roles: list[str] = Field([], max_length=len(Role))
    keep_collaborators: bool = False
    balance: float = Field(BALANCE, ge=0, le=MAX_BALANCE)
    #: a request holds a server worker while the solver runs: a minute at most here
    time_limit: float = Field(TIME_LIMIT, ge=1, le=60)


class TeamPublic(BaseModel):
    team: int
    members: list[str]
    points: int | None = Field(
        description="the team's match as people read it, 0-100: the mean of its pairs' card"
        " points (what `cofoundry event teams` and the organiser's page show); null if it"
        " cannot be read"
    )
    band: Band | None = Field(
        description="the word for the points: excellent >= 75, good >= 50, possible >= 20"
    )
    score: float
    strength: float
    roles: list[str]
    missing_roles: list[str]


class TeamsPublic(BaseModel):
    summary: dict[str, Any] | None
    teams: list[TeamPublic]


def _team(t: Team, read: MatchScore | None) -> TeamPublic:
    return TeamPublic(
        **fields_of(
            TeamPublic,
            t,
            team=t.number,
            points=None if read is None else read.points,
            band=None if read is None else cast(Band, read.band),
        )
    )


def teams_public(
    teams: list[Team] | tuple[Team, ...],
    summary: dict[str, Any] | None,
    *,
    matches: Mapping[int, MatchScore],
) -> TeamsPublic:
    """The teams; their summary in plain words (the solver's numbers under ``solver``); each
    team's match by number (``EventService.team_matches``)."""
    return TeamsPublic(
        summary=organiser_summary(summary, "teams"),
        teams=[_team(t, matches.get(t.number)) for t in teams],
    )


class LayoutPublic(BaseModel):
    """One way to split the people into teams: ``sizes`` (one per team, to send back as
    ``sizes``), ``kind`` (exact, larger, smaller, leftover, one team), ``counts`` ([size,
    teams]) and ``description`` (English)."""

    sizes: list[int]
    kind: str
    counts: list[list[int]]
    description: str
    default: bool


class LayoutsPublic(BaseModel):
    people: int
    size: int
    layouts: list[LayoutPublic]


def layouts_public(people: int, size: int, layouts: tuple[TeamLayout, ...]) -> LayoutsPublic:
    return LayoutsPublic(
        people=people,
        size=size,
        layouts=[
            LayoutPublic(
                sizes=list(x.sizes),
                kind=x.kind,
                counts=[[z, k] for z, k in x.counts],
                description=x.description,
                default=k == 0,
            )
            for k, x in enumerate(layouts)
        ],
    )


class TeammatePublic(BaseModel):
    id: str
    name: str
    headline: str
    roles: list[str]


class MyTeamPublic(BaseModel):
    """My team (``team`` null before teams are formed): its room and its members.
    ``formation``: null for the teams now; ``k`` for a team of the ``k``-th teams formed and
    since replaced (start its venture with ``?formation=k``)."""

    team: int | None
    place: str = ""
    members: list[TeammatePublic] = []
    missing_roles: list[str] = []
    changes: list[TeamChangePublic] = []
    formation: int | None = None


def my_team_public(t: MyTeam | None) -> MyTeamPublic:
    if t is None:
        return MyTeamPublic(team=None)
    return MyTeamPublic(
        team=t.number,
        place=t.place,
        members=[
            TeammatePublic(id=m.id, name=m.name, headline=m.headline, roles=list(m.roles))
            for m in t.members
        ],
        missing_roles=list(t.missing_roles),
        changes=[team_change_public(c) for c in t.changes],
        formation=t.formation,
    )


class MyDayPublic(BaseModel):
    """An attendee's event on one page."""

    event: EventPublic
    clock: ClockPublic
    agenda: list[dict[str, Any]]
    team: MyTeamPublic
    #: the teams I worked with and am no longer in (I left, was moved, or the teams were
    #: formed again), each with those I met in it: their ventures start as my team's does
    worked_with: list[MyTeamPublic] = []


def my_day_public(d: MyDay) -> MyDayPublic:
    return MyDayPublic(
        event=event_public(d.view),
        clock=clock_public(d.clock),
        agenda=agenda_json(d.agenda),
        team=my_team_public(d.team),
        worked_with=[my_team_public(t) for t in d.worked_with],
    )


class TableNowPublic(BaseModel):
    table: int
    place: str
    members: list[str]
    here: list[str]
    missing: list[str]


class DashboardPublic(BaseModel):
    """The organiser's view during the event: attendees by state, the round running (or
    next) and its tables, the empty ones, the places unused this round."""

    now: dt.datetime
    clock: ClockPublic
    rounds: int
    by_state: dict[str, list[str]]
    counts: dict[str, int]
    round: int
    round_start: dt.datetime | None
    round_end: dt.datetime | None
    tables: list[TableNowPublic]
    empty: list[TableNowPublic]
    breaks: list[str]
    unused_places: list[str]


def dashboard_public(d: Dashboard) -> DashboardPublic:
    def table(t: Any) -> TableNowPublic:
        return TableNowPublic(**fields_of(TableNowPublic, t))

    slot = round_slot(d.event, d.round) if d.round else None
    return DashboardPublic(
        now=d.now,
        clock=clock_public(d.clock),
        rounds=d.rounds,
        by_state={k: list(v) for k, v in d.by_state.items()},
        counts={k: len(v) for k, v in d.by_state.items()},
        round=d.round,
        round_start=slot[0] if slot else None,
        round_end=slot[1] if slot else None,
        tables=[table(t) for t in d.tables],
        empty=[table(t) for t in d.empty],
        breaks=list(d.breaks),
        unused_places=list(d.unused_places),
    )


class ReportPublic(BaseModel):
    """After the event, in figures (no private verdict shown)."""

    event: str
    attendees: int
    came: int
    absent: int = Field(description="did not come, or left early (the organiser marked them)")
    removed: int = Field(description="removed from the event by the organiser (counted apart)")
    rounds_held: int
    meetings_held: int
    teams: int
    feedback_given: int
    feedback_people: int
    again: int | None = Field(description="null: fewer than `least` (a verdict is private)")
    not_a_fit: int | None = Field(description="null: fewer than `least`")
    continuing_pairs: int | None = Field(description="null: fewer than `least`")
    ventures_from_teams: int
    ventures_from_intros: int
    least: int = Field(description="the least count of verdicts told; fewer is null")

    @classmethod
    def of(cls, r: EventReport) -> ReportPublic:
        return cls(**fields_of(cls, r, event=r.event.id))
