"""Matchmaking-event use cases: events, attendees, rounds, teams, agendas and statistics.

Permissions (decided here, from an :class:`~matcher.access.Actor`):

* the creator of an event is its organiser; only the organiser (or an admin) changes it,
  plans it, exports it and reads its statistics;
* an attendee sees the event's name and their own agenda, nobody else's (403 for more);
* anyone else is told the event does not exist (404).

Scores are the reciprocal suggestion score of :mod:`matcher.matching.model`, computed for every
pair of attendees at once (:func:`matcher.matching.ranking.score_matrix`), with the hard filters adapted to a
room: avoid lists (both ways) and no common language forbid a meeting; a commitment or
time-zone mismatch makes it worth 0. Visibility and consent do not apply: the people
came to the event to meet each other.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, Literal
from zoneinfo import ZoneInfo

import numpy as np

from matcher.access import (
    ANSWER_INVITATION,
    HAVE_PROFILE,
    NAME_ORGANISER,
    ORGANISE_EVENT,
    READ_AGENDA,
    Actor,
    signed_in,
)
from matcher.accounts import LinkPurpose, reading_lang
from matcher.addresses import address_key
from matcher.csvio import read_csv
from matcher.db import utcnow
from matcher.errors import (
    Conflict,
    EventOver,
    InvalidInput,
    MissingColumns,
    NoRows,
    NotAuthenticated,
    NotOpenYet,
    OutOfRange,
    RemovedAttendee,
    RoundStarted,
    Throttled,
    UnknownEvent,
    UnknownProfile,
    counted,
)
from matcher.events.model import (
    ANSWERS,
    BADGE_CODE_LENGTH,
    MARKS,
    STATES,
    AgendaItem,
    Attendee,
    AttendeeImport,
    Badge,
    Dashboard,
    Event,
    EventView,
    ImportLine,
    LineProblem,
    Marked,
    Meeting,
    MyDay,
    MyTeam,
    Place,
    PlanChange,
    RoundClock,
    TableNow,
    TeamChange,
    Teammate,
    check_event_details,
    check_rounds_ahead,
    check_rounds_kept,
    check_start_exists,
    doors_open,
    ended_at,
    fill_places,
    fit_places,
    import_id,
    invitation_facts,
    new_event_errors,
    place_of,
    reseat,
    round_clock,
    round_slot,
    tables_held,
)
from matcher.events.outputs import attendee_ics, event_ics
from matcher.events.planner import (
    BALANCE,
    FAIRNESS,
    GROUP_SIZE,
    MAX_ROUNDS,
    ODD_MODES,
    TARGET_GAP,
    TIME_LIMIT,
    Group,
    Odd,
    PlanQuality,
    Round,
    RoundsPlan,
    Team,
    TeamLayout,
    TeamsPlan,
    check_layout,
    check_odd,
    check_team_size,
    form_teams,
    mean_points,
    plan_quality,
    plan_rounds,
    plan_stats,
    repair_needed,
    repair_rounds,
    round_changes,
    table_points,
    team_layouts,
)
from matcher.events.store import EventStore
from matcher.events.teams_repair import repair_teams
from matcher.ids import free_id, new_id
from matcher.inbox import INVITATION_EMAILS_PER_DAY, InboxService
from matcher.matching import MatchingService, MatchScore, band_of, explain_pair, match_score
from matcher.notices import Notice, NoticeKind, Notify, announce
from matcher.profiles import (
    COLUMNS,
    NAME_PARTS,
    REQUIRED,
    Role,
    Visibility,
    column_fields,
    columns_language,
    imported_languages,
    industry_label,
    language_given,
    missing_columns,
    profile_errors,
    profile_row,
    role_named,
)
from matcher.trust import CollabStatus, TrustStore, Verdict, would_work_again

__all__ = [
    "MAX_ATTENDEES",
    "RESEND_MINUTES",
    "EventService",
]

logger = logging.getLogger(__name__)

MAX_ATTENDEES = 2000

#: An organiser may send one person's invitation e-mail again after this many minutes.
RESEND_MINUTES = 10


def _into_places(
    rounds: Sequence[Round], places: Sequence[Place]
) -> tuple[list[Round], dict[str, int]]:
    """``rounds`` with each overflow table moved to an empty named place that seats it
    (:func:`~matcher.events.model.fill_places`), and who moved, with the first round they
    moved in."""
    out: list[Round] = []
    placed: dict[str, int] = {}
    for rnd in rounds:
        moves = fill_places({g.table: len(g.members) for g in rnd.groups}, places)
        if moves:
            for g in rnd.groups:
                for p in g.members if g.table in moves else ():
                    placed.setdefault(p, rnd.number)
            groups = (replace(g, table=moves.get(g.table, g.table)) for g in rnd.groups)
            rnd = replace(rnd, groups=tuple(sorted(groups, key=lambda g: g.table)))
        out.append(rnd)
    return out, placed


def _at_places(rnd: Round, places: Sequence[Place]) -> Round:
    """``rnd`` with its tables numbered so that each sits at a place with seats for it, where
    the places allow (:func:`~matcher.events.model.fit_places`); the meetings are unchanged."""
    numbers = fit_places([len(g.members) for g in rnd.groups], places)
    if numbers is None:
        return rnd
    groups = (replace(g, table=n) for g, n in zip(rnd.groups, numbers, strict=True))
    return replace(rnd, groups=tuple(sorted(groups, key=lambda g: g.table)))


class EventService:
    """Matchmaking events over a community's profiles and matching.

    ``clock`` gives the current time (aware, UTC); the rounds already started, which a calm
    re-plan never changes, follow from it and from the event's schedule.

    Examples
    --------
    >>> from embeddings.encoder import FakeEncoder
    >>> from matcher.matching import MatchingService
    >>> from matcher.profiles import ProfileService
    >>> from matcher.schema import connect
    >>> import datetime as dt
    >>> may = lambda: dt.datetime(2026, 5, 1, tzinfo=dt.UTC)  # before the event: it invites
    >>> svc = EventService(MatchingService(ProfileService(connect(), FakeEncoder(dim=64))), clock=may)
    >>> _ = svc.profiles.import_profiles([
    ...     {"id": p, "name": p.title(), "offers": o, "needs": n}
    ...     for p, o, n in [("ana", "python code", "sales deals"), ("bob", "sales deals", "python code"),
    ...                     ("cyd", "design brand", "python code"), ("dan", "python code", "design brand")]])
    >>> _ = svc.create_event("night", "Demo night", actor=Actor("ana"),
    ...                      details={"date": "2026-05-21", "start": "18:30", "timezone": "Europe/Paris"})
    >>> _ = svc.add_attendees("night", ["ana", "bob", "cyd", "dan"], actor=Actor("ana"))
    >>> plan = svc.plan_rounds("night", rounds=1, actor=Actor("ana"))
    >>> [g.members for g in plan.rounds[0].groups]
    [('ana', 'bob'), ('cyd', 'dan')]
    >>> item = svc.agenda("night", "bob", actor=Actor("bob"))[0]
    >>> [m.with_id for m in item.meetings], item.start.strftime("%H:%M %Z"), item.place
    (['ana'], '18:30 CEST', 'Table 1')
    """

    def __init__(
        self, matching: MatchingService, *, clock: Callable[[], dt.datetime] | None = None
    ) -> None:
        self.matching = matching
        self.profiles = matching.profiles
        self.db = matching.db
        self.events = EventStore(matching.db)
        self.pairs = TrustStore(matching.db)  # feedback, collaborations
        #: told of each person an organiser invites, in its transaction (the inbox)
        self.on_notice: list[Notify] = []
        #: whether an id is a member's who has no profile yet (an account: the community wires
        #: :meth:`~matcher.security.SecurityService.known_member`); an import never makes a
        #: profile under it, which would be the member's own
        self.known_member: Callable[[str], bool] = lambda member_id: False
        self.clock = clock or utcnow
        #: writes the invitation e-mails of imported people (the community wires its inbox;
        #: without one, an import e-mails nobody)
        self.inbox: InboxService | None = None

    # ------------------------------------------------------------ access
    def _lookup(self, event_id: str, actor: Actor | None) -> tuple[Event, bool]:
        """The event and whether the actor organises it; 404 for strangers."""
        actor = signed_in(actor)
        event = self.events.get_event(event_id)
        if event is None:
            raise UnknownEvent(f"no event {event_id!r} that you organise or attend", value=event_id)
        if actor.is_admin or (event.organiser is not None and actor.profile_id == event.organiser):
            return event, True
        if actor.profile_id is not None and self.events.attendee(event_id, actor.profile_id):
            return event, False
        raise UnknownEvent(f"no event {event_id!r} that you organise or attend", value=event_id)

    def _organised(self, event_id: str, actor: Actor | None, action: str) -> Event:
        event, organiser = self._lookup(event_id, actor)
        if not organiser:
            ORGANISE_EVENT.require(actor, event_id, what=action)
        return event

    def require_organiser(self, event_id: str, *, actor: Actor | None, action: str) -> Event:
        """The event, if ``actor`` organises it (or is an admin): 404 for strangers, 403 for
        its attendees (for use cases of other domains about an event, e.g. its report)."""
        return self._organised(event_id, actor, action)

    def _attendee(self, event_id: str, person: str) -> Attendee:
        found = self.events.attendee(event_id, person)
        if found is None:
            raise UnknownProfile(
                f"{person!r} does not attend event {event_id!r}",
                field="profile",
                value=person,
                hint="add them first",
            )
        return found

    # ------------------------------------------------------------ events
    def create_event(
        self,
        event_id: str | None,
        name: str = "",
        *,
        actor: Actor | None,
        organiser: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> Event:
        """Create an event; its creator is the organiser (an admin may name one).

        With ``event_id`` None the id is picked here, 80 random bits (``e-`` and 20 hex
        digits): nobody can probe for it; the event then needs a ``name`` (a blank one is
        refused: people would see the random id). A chosen id is public (taken: 409,
        whoever holds it) and names an event given no name.
        ``details``: its logistics (:func:`~matcher.events.model.check_event_details`: date,
        start, timezone, venue, address, places, round_minutes, break_minutes, pauses).
        Without a ``timezone`` the event takes the organiser's own (their profile's), else
        UTC: an organiser in Paris who types 18:00 means 18:00 in Paris."""
        actor = signed_in(actor)
        if organiser is not None:
            NAME_ORGANISER.require(actor, organiser)
        who = organiser if organiser is not None else actor.profile_id
        problems = new_event_errors(event_id, name, details or {})
        if problems:  # the first; a form shows them all (new_event_errors)
            raise problems[0]
        given = {"name": name, **(details or {})} if name and name.strip() else details or {}
        checked = check_event_details(given)
        event_id = event_id or new_id("e-", 10)
        title = checked.pop("name", None) or event_id
        event = Event(event_id, title, who)
        with self.db.transaction():
            host = self.profiles.store.get_profile(who) if who is not None else None
            if who is not None and host is None:
                raise self.profiles.missing(who, actor, field="organiser")
            if "timezone" not in checked and host is not None and host.timezone:
                checked["timezone"] = host.timezone
            if self.events.get_event(event_id) is not None:
                raise Conflict.taken("event", event_id)
            self.events.add_event(event, checked)
            stored = self.events.get_event(event_id)
            assert stored is not None
            check_start_exists(stored)  # with the organiser's zone: known only now
        return stored

    def update_event(
        self, event_id: str, details: Mapping[str, Any], *, actor: Actor | None
    ) -> Event:
        """Change an event's name or logistics (organiser). Agendas and calendar files follow:
        every slot's clock time and place is computed from them, and the calendars' sequence
        numbers go up so calendar apps update. A change that would make a round that has
        started start later is refused (:func:`~matcher.events.model.check_rounds_kept`)."""
        self._organised(event_id, actor, "change the event")
        checked = check_event_details(details)
        if not checked:
            raise InvalidInput(
                "nothing to change", field=None, hint="give at least one field, e.g. date"
            )
        with self.db.transaction():
            before = self.events.get_event(event_id)
            assert before is not None
            self.events.update_event(event_id, checked)
            event = self.events.get_event(event_id)
            assert event is not None
            check_start_exists(event)  # the day, the time and the zone as they now stand
            # a round held stays held: re-plans, the report and feedback read it so
            check_rounds_kept(
                before, event, len(self.events.rounds(event_id)), self.clock(), details
            )
        return event

    def get_event(self, event_id: str, *, actor: Actor | None) -> EventView:
        """The event; the organiser also gets its attendees and plan summaries; an attendee
        their own attendance (``me``)."""
        event, organiser = self._lookup(event_id, actor)
        me = None
        if actor is not None and actor.profile_id is not None:
            me = self.events.attendee(event_id, actor.profile_id)
        if not organiser:
            return EventView(event, False, (), None, None, me)
        return EventView(
            event,
            True,
            tuple(self.events.attendees(event_id)),
            self.events.summary(event_id, "rounds"),
            self.events.summary(event_id, "teams"),
            me,
        )

    def my_events(self, *, actor: Actor | None, today: bool = False) -> list[Event]:
        """Events the caller organises or attends; with ``today``, only those that take place
        today (the date in each event's own time zone, or an evening past midnight until its
        last round ends) and that they did not decline."""
        actor = HAVE_PROFILE.require(actor)
        assert actor.profile_id is not None
        events = self.events.events_of(actor.profile_id)
        if not today:
            return events
        now = self.clock()
        out = []
        for e in events:
            if e.date is None or not (
                e.date == now.astimezone(_zone(e)).date() or self._running(e, now)
            ):
                continue
            me = self.events.attendee(e.id, actor.profile_id)
            if me is None or me.rsvp != "declined":
                out.append(e)
        return out

    def _running(self, event: Event, now: dt.datetime) -> bool:
        """Whether ``now`` is between the start of ``event``'s first round and the end of its
        last (an evening that runs past midnight is still on, the day after its date)."""
        first = round_slot(event, 1)
        last = round_slot(event, max(len(self.events.rounds(event.id)), 1))
        return first is not None and last is not None and first[0] <= now < last[1]

    def round_clock(self, event_id: str, *, actor: Actor | None) -> RoundClock:
        """Where the event stands now: before, during round k, between rounds, after."""
        event, _ = self._lookup(event_id, actor)
        return round_clock(event, len(self.events.rounds(event_id)), self.clock())

    def start_round(self, event_id: str, number: int, *, actor: Actor | None) -> RoundClock:
        """Say that round ``number`` has started (for an event without a clock, or ahead of
        it): a calm re-plan then leaves rounds up to ``number`` as they are. 0 undoes."""
        self._organised(event_id, actor, "start a round")
        count = len(self.events.rounds(event_id))
        InvalidInput.unless_within(
            number,
            0,
            count,
            field="round",
            unit=" (the rounds planned)",
            hint="plan the rounds first" if not count else f"e.g. {min(count, 1)}",
        )
        with self.db.transaction():
            self.events.set_rounds_started(event_id, number)
            event = self.events.get_event(event_id)
        assert event is not None
        return round_clock(event, count, self.clock())

    # ------------------------------------------------------- invitations
    def invitation(self, event_id: str, *, actor: Actor | None, renew: bool = False) -> str:
        """The event's invitation code (organiser); ``renew`` replaces it (the old link stops
        working). Anyone signed in who has it may join the event (:meth:`join`)."""
        self._organised(event_id, actor, "invite people")
        if renew:
            with self.db.transaction():
                return self.events.new_invite_code(event_id)
        code = self.events.invite_code(event_id)
        assert code is not None
        return code

    def invited_to(self, code: str, *, actor: Actor | None) -> EventView:
        """The event an invitation code opens (its name and logistics, no attendee), and the
        caller's attendance if they already answered.

        The code is the capability (12 random characters, about 60 bits): whoever holds the
        link sees what it invites to before signing up, as anyone could after signing up;
        ``actor`` None (not signed in) sees the same without an answer."""
        event = self.events.event_by_code(code)
        if event is None:
            raise UnknownEvent(
                "no event has this invitation code",
                field="code",
                value=code,
                hint="ask the organiser for a new link",
            )
        me = (
            self.events.attendee(event.id, actor.profile_id)
            if actor is not None and actor.profile_id
            else None
        )
        return EventView(event, False, (), None, None, me, ended=self._ended(event) is not None)

    def join(self, code: str, answer: str = "going", *, actor: Actor | None) -> Attendee:
        """Answer an invitation by code: the caller (a member) becomes an attendee with their
        answer (going, maybe or declined), or changes it; once the event has ended, no answer
        changes and nobody new joins (:class:`~matcher.errors.EventOver`)."""
        actor = HAVE_PROFILE.require(actor)
        assert actor.profile_id is not None
        event = self.invited_to(code, actor=actor).event
        return self._answer(event, actor.profile_id, answer, join=True)

    def rsvp(self, event_id: str, answer: str, *, actor: Actor | None) -> Attendee:
        """An attendee answers their invitation: going, maybe or declined; refused
        (``Conflict``, field ``answer``) once they are checked in: they are here."""
        event, _ = self._lookup(event_id, actor)
        person = actor.profile_id if actor is not None else None
        ANSWER_INVITATION.require(
            actor,
            person if person and self.events.attendee(event_id, person) else None,
            value=event_id,
            event=event_id,
        )
        assert person is not None
        return self._answer(event, person, answer, join=False)

    def _answer(self, event: Event, person: str, answer: str, *, join: bool) -> Attendee:
        if answer not in ANSWERS:
            raise InvalidInput(
                f"answer must be {', '.join(ANSWERS[:-1])} or {ANSWERS[-1]}",
                field="answer",
                value=answer,
                hint="going: you will come; maybe; declined: you will not",
            )
        with self.db.transaction():
            if join and self.events.attendee(event.id, person) is None:
                self._unless_ended(event, "joining with the invitation link")
                self._check_room(event.id, 1)
                self.events.add_attendees(event.id, [person], rsvp=answer, source="link")
            else:
                self._unless_removed(event, self._attendee(event.id, person), answer)
                self._answer_in_time(event, answer)
                if self._attendee(event.id, person).checked_in_at is not None:
                    # here: "not coming" would take them out of the plan and lose the
                    # check-in (the record of who came); only the organiser marks a leaver
                    raise Conflict(
                        f"you are checked in at event {event.id!r}: you are here, and your"
                        " answer no longer changes",
                        field="answer",
                        value=answer,
                        hint="if you leave early, tell the organiser, who marks you as gone",
                    )
                if answer == "declined":
                    self._unless_met(event, person)
                self.events.set_rsvp(event.id, person, answer)
            self._calm(event.id, f"rsvp:{answer}")
            if answer == "declined":  # their team is mended as when the organiser marks it
                self._calm_teams(event.id, "declined")
            return self._attendee(event.id, person)

    @staticmethod
    def _unless_removed(event: Event, attendee: Attendee, answer: str) -> None:
        """Refuse the answer of someone the organiser removed from ``event`` (by its link or
        their page): "coming" would seat them again. No reason is given."""
        if attendee.removed_at is None:
            return
        raise RemovedAttendee(
            f"the organiser removed you from event {event.id!r}: your answer no longer changes",
            field="answer",
            value=answer,
            hint="if you think it is a mistake, ask the organiser",
        )

    def _answer_in_time(self, event: Event, answer: str) -> None:
        """Refuse an answer to an invitation once ``event`` has ended
        (:func:`~matcher.events.model.ended_at`): who came is then the record (the plan, the
        check-ins, the absences the organiser marked); "not coming" the next day took the
        attendee and their meetings out of the organiser's report, and mended their team
        after the fact."""
        end = self._ended(event)
        if end is None:
            return
        raise EventOver(
            f"event {event.id!r} is over (it ended on {end:%Y-%m-%d at %H:%M},"
            f" {event.timezone}): your answer no longer changes",
            field="answer",
            value=answer,
            hint="if the record of who came is wrong, tell the organiser, who corrects it",
        )

    def _unless_met(self, event: Event, person: str) -> None:
        """Refuse ``person``'s "not coming" once they held a meeting in a round that has
        started (:func:`~matcher.events.model.tables_held`, the one rule of who met): a
        decline takes them out of every round, so their meetings held left the report and
        their partners' feedback. Who held none (marked absent, invited after the plan)
        still declines; the organiser marks someone who leaves as gone."""
        rounds = self.events.rounds(event.id)
        attendees = self.events.attendees(event.id)
        held = [
            number
            for number, there in tables_held(
                event, rounds, attendees, self.clock(), check_ins=False
            )
            if person in there and len(there) > 1
        ]
        if not held:
            return
        raise RoundStarted(
            f"you held meetings in round {held[0]} of event {event.id!r}, which has started:"
            " 'not coming' would take them back, and a round that has started never changes",
            field="answer",
            value="declined",
            hint="if you leave, tell the organiser, who marks you as gone from the next round",
        )

    # --------------------------------------------------------- attendees
    def add_attendees(self, event_id: str, ids: Sequence[str], *, actor: Actor | None) -> list[str]:
        """Add existing profiles (each must be visible to the organiser), invited; returns the
        new ones."""
        event = self._organised(event_id, actor, "add attendees")
        self._unless_ended(event, "adding attendees")
        if len(ids) > MAX_ATTENDEES:
            raise InvalidInput(
                f"at most {MAX_ATTENDEES} attendees per call",
                field="ids",
                value=len(ids),
                hint="add them in several calls",
            )
        with self.db.transaction():
            for pid in ids:
                self.profiles.get_profile(pid, actor=actor)  # unknown or hidden: 404
            self._check_room(event_id, len(ids))
            added = self.events.add_attendees(event_id, list(dict.fromkeys(ids)))
            # the e-mail opens the event's page, which an attendee sees (invited or not)
            facts = {
                "who": event.organiser or "",
                **invitation_facts(event),
                "path": f"/web/events/{event.id}",
            }
            announce(
                self.on_notice,
                [
                    Notice(pid, NoticeKind.EVENT_INVITE, facts)
                    for pid in added
                    if pid != event.organiser
                ],
            )
            return added

    def _check_room(self, event_id: str, extra: int) -> None:
        """At most :data:`MAX_ATTENDEES` attendees once ``extra`` more are in (the total is the
        value refused)."""
        there = len(self.events.attendees(event_id))
        InvalidInput.unless_within(
            there + extra,
            0,
            MAX_ATTENDEES,
            field="attendees",
            hint=f"there is room for {max(0, MAX_ATTENDEES - there)} more: split the event",
        )

    def import_csv(
        self,
        event_id: str,
        data: bytes | str,
        *,
        actor: Actor | None,
        dry_run: bool = False,
        skip_invalid: bool = False,
        source: str = "CSV",
    ) -> AttendeeImport:
        """Invite the people of an attendee file: the files people have (read by
        :func:`matcher.csvio.read_csv`: comma, semicolon or tab, UTF-8 with or without BOM,
        Windows-1252, or UTF-16 with its BOM), one line per person, the profile columns (their
        French and English names are understood, e.g. ``nom``, ``courriel``, ``ce que je
        propose``: :data:`~matcher.profiles.COLUMN_ALIASES`; a first and a last name are
        joined; other columns are ignored and listed).

        A person the file gives no language (no ``languages`` column, or an empty cell) gets
        the language of their own texts, else of the file's column names, else the
        organiser's, first among their languages, English kept after it
        (:func:`~matcher.profiles.imported_languages`): their invitation e-mail is in it.

        Each line becomes an event-only profile and an invited attendee. A line without an
        ``id`` gets one from the name and the e-mail (:func:`~matcher.events.model.import_id`),
        so the **same file imported again adds nothing twice**: a person already attending is
        ``already`` (left as they are), which makes a partial import resumable (fix the bad
        lines, import the whole file again). An id that belongs to someone else's profile is
        refused on its line (an organiser never overwrites a profile: add such people by id).

        Every bad line is reported with its line number, column, value and fix. Without
        ``skip_invalid``, one bad line writes nothing (all or nothing: a failed import is
        cleanly redone); with it, the good lines are imported. ``dry_run`` reports what an
        import would do and writes nothing.

        Each person added with an e-mail address is sent the invitation, with a personal link
        (:meth:`_email_invitation`), in the import's transaction; the report says who
        (``emailed``) and who was added without an address (``not_emailed``). A dry run and a
        re-import (``already``) e-mail nobody.
        """
        event = self._organised(event_id, actor, "import attendees")
        self._unless_ended(event, "importing attendees")
        header, rows = read_csv(data, source=source, columns="name,email,offers,needs")
        if not rows:  # a check would say "nothing to do", an import would do nothing
            raise NoRows(
                f"{source}: the file has no line after its header",
                field="file",
                value=", ".join(header),
                hint="add one line per person under the header line, then import it again",
            )
        field_of = column_fields(header, source=source)
        given = set(field_of.values())
        if given & set(NAME_PARTS):  # a first and a last name make the name
            given.add("name")
        missing = [f for f in REQUIRED if f != "id" and f not in given]
        if missing:  # every line would fail on it: said once, for the file
            value, hint = missing_columns(missing)
            raise MissingColumns(  # the value said in the sentence: not again as "(got ...)"
                f"{source}: no column for {value} (the file's columns are {', '.join(header)})",
                field="columns",
                value=value,
                columns=tuple(header),
                hint=hint,
            )
        ignored = tuple(h for h, f in field_of.items() if f not in COLUMNS and f not in NAME_PARTS)
        column_of = {f: h for h, f in field_of.items()}
        if "name" not in column_of:  # a problem of the joined name is told on its first part
            column_of["name"] = next(h for h, f in field_of.items() if f in NAME_PARTS)
        # the language of a person the file gives none: their texts', else the column
        # names', else the organiser's (imported_languages)
        file_language = columns_language(header) or self._organiser_language(event)
        attending = {a.profile_id for a in self.events.attendees(event_id)}
        fresh_read = False  # ``attending`` is read again once, at the first id taken
        lines: list[ImportLine] = []
        fresh: list[dict[str, Any]] = []
        first_line: dict[str, int] = {}
        first_email: dict[str, int] = {}
        for row in rows:
            raw: dict[str, Any] = {
                f: v for f, v in profile_row(row.cells, field_of).items() if f in COLUMNS
            }
            if not language_given(raw):
                raw["languages"] = imported_languages(raw, file_language)
            raw.setdefault("visibility", Visibility.EVENT_ONLY.value)
            name = str(raw.get("name", ""))
            email = address_key(str(raw.get("email", "")))  # the one rule of addresses
            made_id = "id" not in raw  # an id made here is no text of the file: not named
            if made_id and (name or email):  # never an erased member's (then "-2", ...)
                raw["id"] = free_id(import_id(event_id, name, email), self.profiles.store.is_buried)
            pid = raw.get("id") if isinstance(raw.get("id"), str) else None

            def problem(
                field: str | None,
                detail: str,
                value: Any,
                hint: str,
                reason: Literal["invalid", "duplicate", "taken"] = "invalid",
                same_as: int | None = None,
                line: int = row.line,
                error: InvalidInput | None = None,
            ) -> LineProblem:
                return LineProblem.of(
                    source, column_of, line, field, detail, value, hint, reason, same_as, error
                )

            problems = [
                problem(e.field, e.detail, e.value, e.hint or "", error=e)
                for e in profile_errors(raw, where="" if made_id else None)
            ]
            if pid is not None and pid in first_line and not made_id:
                problems.append(
                    problem(
                        "id",
                        f"{pid!r} is already on line {first_line[pid]}",
                        pid,
                        "keep one line per person",
                        "duplicate",
                        first_line[pid],
                    )
                )
            elif pid is not None and pid in first_line and not email:
                # an id made here is no text of the file: the same name, with no e-mail on
                # either line, is told on the name (with an e-mail, on the e-mail below)
                problems.append(
                    problem(
                        "name",
                        f"{name!r} is already on line {first_line[pid]}, neither with an e-mail",
                        name,
                        "keep one line per person, or give each their e-mail address",
                        "duplicate",
                        first_line[pid],
                    )
                )
            if email and email in first_email:
                problems.append(
                    problem(
                        "email",
                        f"{email!r} is already on line {first_email[email]}",
                        email,
                        "keep one line per person",
                        "duplicate",
                        first_email[email],
                    )
                )
            if pid is not None:
                first_line.setdefault(pid, row.line)
            if email:
                first_email.setdefault(email, row.line)
            taken = None if problems or pid in attending else self._id_taken(pid)
            if taken is not None and not fresh_read:  # an attendee since? (a double submit)
                attending, fresh_read = (
                    {a.profile_id for a in self.events.attendees(event_id)},
                    True,
                )
                taken = None if pid in attending else taken
            if taken is not None:
                problems.append(problem("id", taken[0], pid, taken[1], "taken"))
            if problems:
                lines.append(ImportLine(row.line, pid, name, "rejected", tuple(problems)))
            elif pid in attending:
                lines.append(ImportLine(row.line, pid, name, "already"))
            else:
                lines.append(ImportLine(row.line, pid, name, "added"))
                fresh.append(raw)
        rejected = any(x.outcome == "rejected" for x in lines)
        write = not dry_run and (skip_invalid or not rejected)
        if dry_run and fresh:  # a check says what the import would refuse
            self._check_room(event_id, len(fresh))
        if write and fresh:
            emailed: set[str] = set()
            held: dict[str, dt.datetime | None] = {}
            with self.db.transaction():
                # the ids again, in the writing transaction: an id taken since its line was
                # read (a member signed up and wrote their profile, another organiser
                # imported it) is refused as it would have been then, never overwritten
                lines = self._taken_since(event_id, lines, source, column_of)
                if any(x.outcome == "rejected" for x in lines) and not skip_invalid:
                    write = False
                now = {x.id for x in lines if x.outcome == "added"}
                fresh = [r for r in fresh if r["id"] in now] if write else []
                if fresh:
                    self._check_room(event_id, len(fresh))
                    self.profiles.import_profiles(fresh, source=source)
                    added = self.events.add_attendees(
                        event_id, [r["id"] for r in fresh], rsvp="invited", source="import"
                    )
                    emailed = {
                        pid
                        for pid in added
                        if pid != event.organiser and self._email_invitation(event, pid)
                    }
                    held = {pid: self._held_until(pid) for pid in added if pid not in emailed}
            lines = [
                replace(x, emailed=x.id in emailed, held_until=held.get(x.id or "")) for x in lines
            ]
        return AttendeeImport(source, dry_run, write, tuple(lines), ignored)

    def _id_taken(self, pid: str | None) -> tuple[str, str] | None:
        """Why an imported line may not take ``pid`` (its detail and hint), or None: an id
        of someone else's profile, or of a member who has not written their profile yet
        (:meth:`~matcher.security.SecurityService.known_member`): an organiser never
        writes a person's profile. The caller leaves out the event's attendees (their line
        is ``already``)."""
        if pid is None:
            return None
        if self.profiles.store.get_profile(pid) is not None or self.profiles.store.is_buried(pid):
            # an erased member's id is never given again, and told as a taken one: saying
            # "erased" would say that the person existed
            return (
                f"a profile with the id {pid!r} already exists",
                "add this person to the event by their id instead, or give this line a new id",
            )
        if self.known_member(pid):
            # a member who has not written their profile yet: the organiser's text and
            # address would become theirs
            return (
                f"the id {pid!r} is a member's, who has not written their profile yet",
                "leave the id empty (one is made from the name and e-mail), or give"
                " this line another id",
            )
        return None

    def _taken_since(
        self,
        event_id: str,
        lines: Sequence[ImportLine],
        source: str,
        column_of: Mapping[str, str],
    ) -> list[ImportLine]:
        """``lines`` with each ``added`` line checked again (:meth:`_id_taken`) in the
        writing transaction: one whose id was taken since it was read is ``rejected``
        (``taken``), one whose person became an attendee meanwhile (the same file imported
        twice at once) is ``already``. ``column_of``: the file's columns by field (no ``id``:
        the ids were made from the names). Must run in a transaction."""
        attending = {a.profile_id for a in self.events.attendees(event_id)}
        checked: list[ImportLine] = []
        for x in lines:
            taken = None if x.outcome != "added" else self._id_taken(x.id)
            if x.outcome == "added" and x.id in attending:
                x = replace(x, outcome="already")
            elif taken is not None:
                what, hint = taken
                problem = LineProblem.of(source, column_of, x.line, "id", what, x.id, hint, "taken")
                x = replace(x, outcome="rejected", problems=(problem,))
            checked.append(x)
        return checked

    def _organiser_language(self, event: Event) -> str:
        """The language the organiser reads (:meth:`~matcher.accounts.AccountService.reading_language`,
        their profile's alone without an inbox), else English: the last guess of an
        imported person's language (:func:`~matcher.profiles.imported_language`)."""
        who = event.organiser
        if who is None:
            return "en"
        if self.inbox is not None:
            return self.inbox.accounts.reading_language(who) or "en"
        profile = self.profiles.store.get_profile(who)
        return (reading_lang(profile.languages) if profile is not None else None) or "en"

    def _held_until(self, person: str) -> dt.datetime | None:
        """When ``person``'s invitation, held back by their address's budget of letters
        nobody asked for, may be sent; None when it was not held."""
        refused = self.inbox.accounts.unproven_refusal(person) if self.inbox else None
        return None if refused is None else self.clock() + dt.timedelta(seconds=refused.retry_after)

    def _email_invitation(self, event: Event, person: str) -> bool:
        """Queue ``person``'s invitation e-mail and record when (in the caller's transaction).

        Someone with no account yet (an imported person) gets a personal link
        (:meth:`~matcher.accounts.AccountService.claim_link`): with it they see the event,
        answer, and claim the profile made for them once signed in; the message's text is
        erased from the outbox once sent. A member gets the event's page. False when nothing
        was queued: no address, that e-mail switched off, or no inbox wired."""
        if self.inbox is None or not self._has_address(person):
            return False
        accounts = self.inbox.accounts
        if accounts.unproven_refusal(person) is not None:  # before a new link replaces one
            return False
        personal = accounts.store.get(person) is None
        path = f"/web/events/{event.id}"
        if personal:
            path += f"/invited/{accounts.claim_link(person)}"
        who = event.organiser or ""
        facts = {
            "who": who,
            "name": self.inbox.name_of(who) if who else "",
            **invitation_facts(event),
            "path": path,
        }
        if personal:  # the letter says the link is theirs alone
            facts["personal"] = "yes"
        queued = self.inbox.email(
            person,
            NoticeKind.EVENT_INVITE,
            facts,
            about=who or None,
            secret=personal,
            invitation=True,
        )
        if queued is None:
            return False
        self.events.set_emailed(event.id, person, self.clock())
        return True

    def _has_address(self, person: str) -> bool:
        """Whether an invitation e-mail can reach ``person``: an inbox is wired and they have
        an e-mail address (their confirmed account's, else their profile's: an organiser's
        invitation is the one e-mail that goes to an address nobody proved yet)."""
        return self.inbox is not None and self.inbox.accounts.invitation_address(person) is not None

    def without_address(self, event_id: str, *, actor: Actor | None) -> frozenset[str]:
        """The attendees no invitation e-mail can reach, for want of an address (organiser):
        :meth:`resend_invitation` refuses them, so a page offers them no button to send it
        and says why."""
        self._organised(event_id, actor, "send an invitation")
        attendees = self.events.attendees(event_id)
        return frozenset(a.profile_id for a in attendees if not self._has_address(a.profile_id))

    def resend_invitation(self, event_id: str, person: str, *, actor: Actor | None) -> Attendee:
        """Send an attendee's invitation e-mail again (organiser): a new personal link for
        someone without an account (the earlier one stops working). Refused for someone with
        no e-mail address (422) or who switched these e-mails off (409), and within
        :data:`RESEND_MINUTES` minutes of the last one (429: a double click sends one)."""
        event = self._organised(event_id, actor, "send an invitation")
        self._unless_ended(event, "e-mailing an invitation")
        with self.db.transaction():
            before = self._attendee(event_id, person)
            now = self.clock()
            if before.emailed_at is not None:
                wait = before.emailed_at + dt.timedelta(minutes=RESEND_MINUTES) - now
                if wait > dt.timedelta(0):
                    raise Throttled(
                        f"{person!r} was e-mailed the invitation at {before.emailed_at:%H:%M} UTC",
                        retry_after=math.ceil(wait.total_seconds()),
                        field="invitation_email",
                        value=person,
                        hint=f"wait {RESEND_MINUTES} minutes before sending it again",
                        limit="invitation_email",
                        figures={"minutes": RESEND_MINUTES},
                    )
            if not self._has_address(person):
                raise InvalidInput(
                    f"{person!r} has no e-mail address",
                    field="invitation_email",
                    value=person,
                    hint="add it to their profile, or give them the event's invitation link",
                )
            refused = self.inbox.accounts.unproven_refusal(person) if self.inbox else None
            if refused is not None:  # the address's budget, across every sender
                raise refused
            self._unless_mailed_enough(event, person)
            if not self._email_invitation(event, person):
                raise Conflict(
                    f"{person!r} switched event invitation e-mails off",
                    field="invitation_email",
                    value=person,
                    hint="give them the event's invitation link another way",
                )
            return self._attendee(event_id, person)

    def _unless_mailed_enough(self, event: Event, person: str) -> None:
        """Refuse an invitation e-mail the organiser's invitations have sent ``person``
        enough of today (:data:`~matcher.inbox.INVITATION_EMAILS_PER_DAY` in 24 hours, from
        all their events and ventures): one member cannot mail-bomb another through
        invitations (red team 16). A member's own invitations count, nobody else's."""
        left = (
            self.inbox.invitation_emails_left(person, NoticeKind.EVENT_INVITE, event.organiser)
            if self.inbox is not None
            else None
        )
        if left != 0:
            return
        raise Throttled(
            f"your invitations have e-mailed {person!r} {INVITATION_EMAILS_PER_DAY} times in"
            " the last 24 hours, the most one sender's invitations may",
            retry_after=3600,
            field="invitation_sender",
            value=person,
            hint="they see every invitation in their inbox; send this one again tomorrow, or"
            " give them the event's invitation link another way",
            limit="invitation_sender",
            figures={"limit": INVITATION_EMAILS_PER_DAY},
        )

    # ----------------------------------------------- the personal link
    def _link_holder(self, event_id: str, code: str) -> tuple[Event, str]:
        """The event and the attendee a personal invitation link names; refused alike when
        the link is unknown, used, expired, replaced, or names no attendee of this event."""
        person = self.inbox.accounts.link_holder(code, LinkPurpose.CLAIM) if self.inbox else None
        event = self.events.get_event(event_id)
        if person is None or event is None or self.events.attendee(event_id, person) is None:
            raise NotAuthenticated(
                "this invitation link does not work: it was used, it expired, a newer one was"
                " sent, or it is for another event",
                field="code",
                hint="sign in if you already kept your profile, or ask the organiser to send it"
                " again",
            )
        return event, person

    def invited_by_link(self, event_id: str, code: str) -> EventView:
        """The event a personal invitation link opens (no sign-in: the link is the proof),
        with the attendance (``me``) of the person it names."""
        event, person = self._link_holder(event_id, code)
        return EventView(event, False, (), None, None, self.events.attendee(event_id, person))

    def answer_by_link(self, event_id: str, code: str, answer: str) -> Attendee:
        """Answer for the person a personal invitation link names: going, maybe or declined
        (again and again until they claim their profile)."""
        event, person = self._link_holder(event_id, code)
        assert self.inbox is not None
        with self.db.transaction():  # answering proves the address the link was mailed to
            self.inbox.accounts.prove_by_link(code, person)
            return self._answer(event, person, answer, join=False)

    def claim_by_link(self, event_id: str, code: str, *, actor: Actor | None) -> str:
        """The signed-in caller's account (with no profile yet) takes the profile a personal
        invitation link names, and the link is used up; the profile's id, now theirs."""
        actor = signed_in(actor, "keep your profile")
        _, person = self._link_holder(event_id, code)
        assert self.inbox is not None and actor.profile_id is not None
        self.inbox.accounts.claim_with_link(actor.profile_id, code, actor=actor)
        return person

    # ---------------------------------------------------------- the day
    def mark(
        self,
        event_id: str,
        person: str,
        mark: str,
        *,
        actor: Actor | None,
        round: int | None = None,
    ) -> Marked:
        """Set an attendee's state (organiser) and re-plan calmly if the plan must change.

        ``mark`` is a state (:data:`~matcher.events.model.STATES`) or a day status of the
        first pages (``present``, ``no-show``, ``late``):

        * ``absent`` (``no-show``) or ``left``: they miss the rounds from ``round`` on
          (default: the first round not started, by the clock);
        * ``late``: they arrive at ``round`` (default: the first round not started);
        * ``checked-in``: they are here (see :meth:`check_in`); ``present``: expected for
          every round again;
        * ``invited``, ``going``, ``maybe``: their answer, and they are expected (a check-in or
          an absence is undone); ``declined``: they will not come;
        * ``removed``: taken out of the event by the organiser (no reason is kept): they no
          longer answer (:class:`~matcher.errors.RemovedAttendee`) and are ``left`` from the
          first round not started (the meetings held stay); ``invited``, ``going`` or
          ``maybe`` adds them back, expected in the rounds not started (their check-in, if
          any, is kept); any other mark is refused until then.

        Then, if rounds are planned and some have not started, the **calm re-plan**
        (:func:`~matcher.events.planner.repair_rounds`) changes only the meetings of the
        people concerned, in the rounds not started; everyone else's agenda stays as it was.
        The change is stored (:meth:`changes`) and returned. A full re-plan stays an explicit
        action (:meth:`plan_rounds` with ``from_round``).

        If teams are formed, they are mended the same way, at once
        (:func:`~matcher.events.teams_repair.repair_teams`): someone gone leaves their team,
        an arrival joins one, and the fewest people move to give a team back a required role
        or a size within one of its layout; the change is stored (:meth:`team_changes`).
        Forming the teams again stays an explicit action (:meth:`form_teams`).
        """
        event = self._organised(event_id, actor, "change an attendee's status")
        if mark not in MARKS:
            raise InvalidInput(
                f"status must be one of {', '.join(MARKS)}",
                field="status",
                value=mark,
                hint="e.g. absent (a no-show), left, checked-in, late with the round they arrive",
            )
        if round is not None:
            InvalidInput.unless_within(round, 1, MAX_ROUNDS, field="round", hint="e.g. 3")
        with self.db.transaction():
            now = self.clock()
            before = self._attendee(event_id, person)
            rounds = self.events.rounds(event_id)
            opened = round_clock(event, len(rounds), now).next_round
            since = round if round is not None else opened
            status, since_round = before.status, before.since_round
            rsvp, checked = before.rsvp, before.checked_in_at
            removed = before.removed_at
            if removed is not None and mark not in ("removed", "invited", "going", "maybe"):
                raise RemovedAttendee(
                    f"{person!r} was removed from event {event_id!r}, so they cannot be marked"
                    f" {mark}",
                    field="status",
                    value=mark,
                    hint="add them back first: mark them going (expected again)",
                )
            if mark == "removed":
                if removed is None:
                    removed = now
                    # from the first round not started (a round held stays held), unless
                    # they are out of it already
                    out = before.status in ("no-show", "left") and before.since_round <= opened
                    if not out:
                        status, since_round = "left", opened
            elif removed is not None:  # added back: expected from now on; what was held stays
                removed, rsvp, status, since_round = None, mark, "present", 1
            elif mark in ("absent", "no-show"):
                status, since_round = "no-show", since
            elif mark == "left":
                status, since_round = "left", since
            elif mark == "late":
                status, since_round = ("late", since) if since > 1 else ("present", 1)
            elif mark == "present":
                status, since_round = "present", 1
            elif mark == "checked-in":  # a badge scanned twice keeps its arrival time
                self._unless_over(event, len(rounds), now, person)
                self._unless_closed(event, now, person)
                checked = checked if before.state == "checked-in" else now
                rsvp = "going" if rsvp in ("invited", "declined") else rsvp
                status, since_round = self._arrival(before, opened, rounds)
            elif mark == "declined":
                rsvp = "declined"
            else:  # invited, going, maybe: expected again
                rsvp, checked, status, since_round = mark, None, "present", 1
            self.events.set_status(event_id, person, status, since_round)
            self.events.set_rsvp(event_id, person, rsvp)
            self.events.set_checked_in(event_id, person, checked)
            self.events.set_removed(event_id, person, removed)
            change = self._calm(event_id, mark)
            team_change = self._calm_teams(event_id, mark, vouched=person)
            return Marked(self._attendee(event_id, person), change, team_change)

    def ended(self, event_id: str, *, actor: Actor | None) -> dt.datetime | None:
        """When the event ended, if it has (:func:`~matcher.events.model.ended_at`), else
        None: from then on it invites nobody (adding, importing, e-mailing an invitation
        are refused with :class:`~matcher.errors.EventOver`), so a page offers none of it."""
        event, _ = self._lookup(event_id, actor)
        return self._ended(event)

    def _ended(self, event: Event) -> dt.datetime | None:
        end = ended_at(event, len(self.events.rounds(event.id)))
        return None if end is None or self.clock() < end else end

    def _unless_ended(self, event: Event, what: str) -> None:
        """Refuse an invitation (adding, importing, e-mailing one) once ``event`` has ended
        (:func:`~matcher.events.model.ended_at`): it would invite people to the past."""
        end = self._ended(event)
        if end is None:
            return
        raise EventOver(
            f"event {event.id!r} ended on {end:%Y-%m-%d at %H:%M} ({event.timezone}), so {what}"
            " would invite people to an event that is over",
            field="date",
            value=event.date.isoformat() if event.date else None,
            hint="create a new event for its next edition, or change this event's date if it"
            " was moved",
        )

    @staticmethod
    def _unless_over(event: Event, rounds: int, now: dt.datetime, person: str) -> None:
        """Refuse a check-in once the event's last round has ended: it records an arrival,
        and one after the event made the person absent from every round (and, the report
        counting the checked in once anyone is, emptied its meetings)."""
        if round_clock(event, rounds, now).phase != "after":
            return
        raise Conflict(
            f"event {event.id!r} is over: its last round has ended, so nobody checks in now",
            field="code",
            value=person,
            hint="a check-in records an arrival during the event; mark whoever was absent"
            " with their status instead",
        )

    @staticmethod
    def _unless_closed(event: Event, now: dt.datetime, given: str, field: str = "profile") -> None:
        """Refuse a check-in before the event's doors open (:func:`doors_open`: 00:00 on its
        day, in its time zone): a check-in weeks ahead (an organiser trying the scanner)
        locked the attendee's answer until the day and counted them as come. The refusal's
        value is what was ``given`` (the badge's code, or the attendee, under ``field``); when
        the doors open is in its message and hint, and in ``opens`` for a reader's words."""
        opens = doors_open(event)
        if opens is None or now >= opens:
            return
        when = f"{opens:%H:%M} on {opens.day} {opens:%B %Y} ({event.timezone})"
        raise NotOpenYet(
            f"check-in at event {event.id!r} opens at {when}, on the event's day: nobody checks"
            " in before",
            field=field,
            value=given,
            hint=f"check them in from {when}; to try the scanner, find a badge by its code,"
            " which checks nobody in; if the event was moved, change its date",
            opens=opens,
            timezone=event.timezone,
        )

    @staticmethod
    def _arrival(before: Attendee, opened: int, rounds: Sequence[Round]) -> tuple[str, int]:
        """Status and round of someone checking in while round ``opened`` is the first not
        started. Someone marked absent, expected later, or seated in no round started so far
        (a walk-in) arrives at ``opened``; anyone else stays as they were (the check-in is
        recorded late, they were there)."""
        seated = any(
            before.profile_id in r.byes or any(before.profile_id in g.members for g in r.groups)
            for r in rounds
            if r.number < opened
        )
        expected = before.status == "present" or (
            before.status == "late" and before.since_round <= opened
        )
        if expected and (seated or opened == 1):
            return before.status, before.since_round
        return ("late", opened) if opened > 1 else ("present", 1)

    def set_status(
        self,
        event_id: str,
        profile_id: str,
        status: str,
        *,
        actor: Actor | None,
        since_round: int = 1,
    ) -> Attendee:
        """Mark an attendee ``present``, a ``no-show`` from a round on, or ``late`` until a round
        (the first pages' form; :meth:`mark` with ``round=since_round``, calm re-plan included)."""
        return self.mark(event_id, profile_id, status, actor=actor, round=since_round).attendee

    def attendee_by_code(self, event_id: str, code: str, *, actor: Actor | None) -> Attendee:
        """Whose badge has ``code`` (organiser), to show before checking them in (a check-in
        page opened from a QR code reads first, then checks in on a confirmation)."""
        self._organised(event_id, actor, "check attendees in")
        found = self.events.attendee_by_code(event_id, code)
        if found is None:
            raise UnknownProfile(
                f"no attendee of event {event_id!r} has the check-in code {code!r}",
                field="code",
                value=code,
                hint=f"type the {BADGE_CODE_LENGTH} characters under the QR code of the badge",
            )
        return found

    def attendees_named(self, event_id: str, text: str, *, actor: Actor | None) -> list[Attendee]:
        """The attendees whose name holds ``text`` (organiser), in the order of their names:
        in any case, with or without accents, spaces collapsed (as
        :func:`~matcher.profiles.industry_label` reads a word), so the check-in desk finds
        someone who came without their badge by typing part of their name. Only the names
        the organiser may see are searched; nothing for a blank ``text``.

        Examples
        --------
        >>> from embeddings.encoder import FakeEncoder
        >>> from matcher.matching import MatchingService
        >>> from matcher.profiles import ProfileService
        >>> from matcher.schema import connect
        >>> svc = EventService(MatchingService(ProfileService(connect(), FakeEncoder(dim=16))))
        >>> _ = svc.profiles.import_profiles([
        ...     {"id": p, "name": n, "offers": "code", "needs": "sales"}
        ...     for p, n in [("lea", "Léa Fontaine"), ("leo", "Léo Durand"), ("tom", "Tom Wright")]])
        >>> _ = svc.create_event("night", "Night", actor=Actor("tom"))
        >>> _ = svc.add_attendees("night", ["lea", "leo", "tom"], actor=Actor("tom"))
        >>> [a.profile_id for a in svc.attendees_named("night", " LE", actor=Actor("tom"))]
        ['lea', 'leo']
        >>> [a.profile_id for a in svc.attendees_named("night", "lea fontaine", actor=Actor("tom"))]
        ['lea']
        """
        self._organised(event_id, actor, "find an attendee")
        names = self.names(event_id, actor=actor)  # only the names the organiser may see
        wanted = industry_label(text)
        if not wanted:
            return []
        plain = {person: industry_label(name) for person, name in names.items()}
        found = [
            a for a in self.events.attendees(event_id) if wanted in plain.get(a.profile_id, "")
        ]
        return sorted(found, key=lambda a: (plain[a.profile_id], a.profile_id))

    def check_in(self, event_id: str, code: str, *, actor: Actor | None) -> Marked:
        """Check an attendee in by the code on their badge (organiser; scanned or typed).

        Someone marked absent, or expected later, who checks in arrives at the first round not
        started: the calm re-plan fits them into the remaining rounds without moving others
        (they take a break's place or join a pair)."""
        found = self.attendee_by_code(event_id, code, actor=actor)
        event = self._organised(event_id, actor, "check an attendee in")
        if found.removed_at is None:  # a removed attendee is told so first (by mark)
            self._unless_closed(event, self.clock(), code, "code")
        return self.mark(event_id, found.profile_id, "checked-in", actor=actor)

    def changes(self, event_id: str, *, actor: Actor | None) -> list[PlanChange]:
        """Every change of the plan, oldest first, with who it moved (organiser)."""
        self._organised(event_id, actor, "read the changes")
        return self.events.changes(event_id)

    def _calm(self, event_id: str, cause: str) -> PlanChange | None:
        """The calm re-plan after a status change (in the caller's transaction): only the seats
        of absent people and arrivals change, in the rounds not started; None if nothing must."""
        rounds = self.events.rounds(event_id)
        event = self.events.get_event(event_id)
        summary = self.events.summary(event_id, "rounds")
        if not rounds or event is None or summary is None:
            return None
        now = self.clock()
        from_round = round_clock(event, len(rounds), now).next_round
        if from_round > len(rounds):
            return None
        attendees = [a for a in self.events.attendees(event_id) if a.rsvp != "declined"]
        absent = {a.profile_id: a.absent_rounds(len(rounds)) for a in attendees}
        if not repair_needed([a.profile_id for a in attendees], rounds, from_round, absent):
            return None
        order, scores, forbidden = self._planning_scores(
            event_id, [a.profile_id for a in attendees]
        )
        try:
            fix = repair_rounds(
                order,
                scores,
                rounds,
                from_round,
                absent=absent,
                forbidden=forbidden,
                group_size=int(summary.get("group_size", GROUP_SIZE)),
                odd=check_odd(summary.get("odd", ODD_MODES[0])),
                fairness=float(summary.get("fairness", FAIRNESS)),
            )
        except InvalidInput as exc:  # the status is kept; the organiser can re-plan in full
            # no ids in logs (they outlive an erasure): the error's type only
            logger.warning("no calm re-plan after %s: %s", cause, type(exc).__name__)
            return None
        if not fix.changes:
            return None
        # no named place left empty while an overflow table is used (fill_places): the
        # people of a table moved there see their agenda change too
        filled, placed = _into_places(fix.plan.rounds[from_round - 1 :], event.places)
        plan = replace(fix.plan, rounds=(*fix.plan.rounds[: from_round - 1], *filled))
        new_summary = {**summary, **_rounds_figures(plan), "repaired_from": from_round}
        version = self.events.save_rounds(event_id, plan.rounds, from_round, new_summary)
        # the change is told from the first round whose meetings changed: someone absent from
        # round 2 keeps their round 1, which the rounds not started (from_round) include
        first_changed = min([*(c.number for c in fix.changes), *placed.values()])
        met = {p for c in fix.changes for p in c.people}  # whose meetings changed
        change = self.events.add_change(
            event_id,
            PlanChange(
                0,
                now,
                "repair",
                cause,
                first_changed,
                version,
                tuple(sorted(met | set(placed))),
                fix.left_out,
                fix.arrived,
                fix.partners,
                tuple(sorted(set(fix.others) | (set(placed) - met))),
                plan.score,
            ),
        )
        logger.info(
            "calm re-plan from round %d (%s): %d moved, %d others",
            first_changed,
            cause,
            len(change.moved),
            len(change.others),
        )
        return change

    def team_changes(self, event_id: str, *, actor: Actor | None) -> list[TeamChange]:
        """Every calm re-plan of the teams since they were formed, oldest first (organiser)."""
        self._organised(event_id, actor, "read the changes")
        return self._team_changes(event_id)

    def _team_changes(self, event_id: str) -> list[TeamChange]:
        summary = self.events.summary(event_id, "teams") or {}
        return [TeamChange.from_json(c) for c in summary.get("changes", ())]

    def _calm_teams(
        self, event_id: str, cause: str, *, vouched: str | None = None
    ) -> TeamChange | None:
        """The calm re-plan of the teams after a status change (in the caller's transaction):
        those gone leave their team, arrivals join one, and the fewest people move where a
        team lacks a required role or is outside its sizes; None if no team must change.
        An arrival is someone in no team who is checked in, or ``vouched`` (the attendee
        the organiser just marked expected); whoever merely joined by the link, or was
        added, after the teams were formed waits until then."""
        summary = self.events.summary(event_id, "teams")
        stored = self.events.teams(event_id)
        if summary is None or not stored:
            return None
        before = {number: members for number, members, _, _ in stored}
        in_teams = {m for members in before.values() for m in members}
        # someone in no team joins one once checked in (here) or marked expected by the
        # organiser (``vouched``: the person just marked), not for having answered an
        # invitation link or been added after the teams were formed
        expected = [
            a.profile_id
            for a in self.events.attendees(event_id)
            if a.rsvp != "declined"
            and a.status not in ("no-show", "left")
            and (a.profile_id in in_teams or a.checked_in_at is not None or a.profile_id == vouched)
        ]
        if in_teams == set(expected):
            return None
        profiles, _, scores, forbidden = self.matching.pair_scores(expected, trust=True)
        order = [p.id for p in profiles]
        together = self._together(order) if summary.get("keep_collaborators") else []
        try:
            fix = repair_teams(
                order,
                scores,
                before,
                offers={p.id: {r.value for r in p.roles_offered} for p in profiles},
                required_roles=list(summary.get("required_roles", ())),
                forbidden=forbidden,
                together=[t for t in together if t not in forbidden],
                sizes=list(summary.get("sizes", ())) or None,
            )
        except InvalidInput as exc:  # the status is kept; the organiser can form teams again
            logger.warning("no calm team re-plan after %s: %s", cause, type(exc).__name__)
            return None
        if not fix.changed:
            return None
        concerned = set(fix.concerned(before))
        # a team grown beyond its place's seats moves to a place that seats it, else to an
        # overflow table (reseat); its members see the change, the organiser reads it
        event = self.events.get_event(event_id)
        rooms = reseat({t.number: len(t.members) for t in fix.teams}, event.places if event else ())
        if rooms:
            moved_teams = (replace(t, number=rooms.get(t.number, t.number)) for t in fix.teams)
            fix = replace(
                fix,
                teams=tuple(sorted(moved_teams, key=lambda t: t.number)),
                moves=tuple(replace(m, to_team=rooms.get(m.to_team, m.to_team)) for m in fix.moves),
                missing=tuple((rooms.get(n, n), r) for n, r in fix.missing),
            )
            concerned |= {p for t in fix.teams if t.number in rooms.values() for p in t.members}
        version = self.events.bump_version(event_id)
        changes = list(summary.get("changes", ()))
        change = TeamChange(
            len(changes) + 1,
            self.clock().replace(microsecond=0),  # as stored
            cause,
            version,
            fix.moves,
            tuple(sorted(concerned)),
            fix.score,
            fix.missing,
            fix.unplaced,
            tuple(sorted(rooms.items())),
        )
        new_summary = summary | {
            "score": fix.score,
            "repaired": True,
            "unplaced": list(fix.unplaced),
            "missing_roles": {str(t.number): list(t.missing_roles) for t in fix.teams},
            "roles": {str(t.number): list(t.roles) for t in fix.teams},
            "changes": [*changes, change.to_json()],
        }
        self.events.save_teams(event_id, fix.teams, new_summary)
        logger.info(
            "calm team re-plan (%s): %d moved, %d arrived, %d gone",
            cause,
            len(fix.moved),
            len(fix.arrived),
            len(fix.gone),
        )
        return change

    def _as_seen(self, change: TeamChange, person: str) -> TeamChange:
        """``change`` as ``person`` may read it: the moves of people they may see (and their
        own); privacy: a private attendee's move is not told to anyone else."""
        ids = {m.person for m in change.moves} | set(change.concerned)
        seen = {
            p.id
            for p in self.profiles.store.profiles(sorted(ids))
            if p.id == person or self.profiles.visible(p, Actor(person))
        }
        return replace(
            change,
            moves=tuple(m for m in change.moves if m.person in seen),
            concerned=tuple(p for p in change.concerned if p in seen),
            unplaced=tuple(p for p in change.unplaced if p in seen),
        )

    def _together(self, order: Sequence[str]) -> list[frozenset[str]]:
        """Past good collaborators among ``order`` (confirmed, both would work again)."""
        idset = set(order)
        return [
            frozenset((c.proposer, c.partner))
            for c in self.pairs.collaborations(confirmed_only=True)
            if would_work_again(c) and c.proposer in idset and c.partner in idset
        ]

    # ------------------------------------------------------------ scores
    def _plan_input(self, event_id: str) -> tuple[list[Attendee], list[str]]:
        """The attendees a plan seats (those who declined are left out) and their ids."""
        attendees = [a for a in self.events.attendees(event_id) if a.rsvp != "declined"]
        if len(attendees) < 2:
            raise InvalidInput(
                f"event {event_id!r} has {counted(len(attendees), 'attendee')} to seat; a plan"
                " needs at"
                " least 2",
                field="attendees",
                value=len(attendees),
                hint="add attendees first (event add / event import)",
            )
        return attendees, [a.profile_id for a in attendees]

    def _planning_scores(
        self, event_id: str, ids: Sequence[str]
    ) -> tuple[list[str], np.ndarray[Any, np.dtype[np.float64]], set[frozenset[str]]]:
        """Attendee order, pair scores and forbidden pairs for planning.

        Pairs who know each other are not seated together: avoid lists, "not a fit" and
        "met before" feedback, collaborations; pairs who shared a table or a team at
        another event are worth 0 (seated only when nobody new is left for them)."""
        profiles, _, scores, forbidden = self.matching.pair_scores(ids, trust=True)
        order = [p.id for p in profiles]
        here = set(order)
        forbidden |= self.pairs.pairs_with((Verdict.MET_BEFORE,), here)
        forbidden |= {
            frozenset((c.proposer, c.partner))
            for c in self.pairs.collaborations()
            if c.status is not CollabStatus.DECLINED and c.proposer in here and c.partner in here
        }
        pos = {pid: i for i, pid in enumerate(order)}
        for pair in self.events.met_elsewhere(event_id, order, now=self.clock()):
            a, b = (pos[p] for p in pair)
            scores[a, b] = scores[b, a] = 0.0
        return order, scores, forbidden

    # ------------------------------------------------------------ rounds
    def plan_rounds(
        self,
        event_id: str,
        *,
        rounds: int,
        actor: Actor | None,
        group_size: int = GROUP_SIZE,
        odd: Odd = "bye",
        fairness: float = FAIRNESS,
        from_round: int = 1,
    ) -> RoundsPlan:
        """Plan (or, with ``from_round`` > 1, re-plan in full) the rounds; earlier rounds are
        kept. The full re-plan is the organiser's explicit choice: it may change everyone's
        later meetings (a status change re-plans calmly instead, :meth:`mark`). A table sits at
        a place with seats for it where the event's places allow (a trio not at ``Window:2``).

        Pairs who know each other are not seated together: avoid lists, "not a fit" and
        "met before" feedback, collaborations; pairs who shared a table or a team at
        another event are worth 0 (seated only when nobody new is left for them).

        The new rounds must be to come: a round whose time has passed would count as held
        (:func:`~matcher.events.model.check_rounds_ahead`)."""
        event = self._organised(event_id, actor, "plan rounds")

        def solve(
            attendees: list[Attendee], stored: list[Round]
        ) -> tuple[RoundsPlan, dict[str, Any], tuple[str, ...]]:
            ids = [a.profile_id for a in attendees]
            self._check_from_round(event, stored, from_round)
            check_rounds_ahead(event, rounds, from_round, self.clock())
            past = [r for r in stored if r.number < from_round]
            order, scores, forbidden = self._planning_scores(event_id, ids)
            absent = {a.profile_id: a.absent_rounds(rounds) for a in attendees}
            plan = plan_rounds(
                order,
                scores,
                rounds,
                group_size=group_size,
                odd=odd,
                forbidden=forbidden,
                past=past,
                absent=absent,
                fairness=fairness,
            )
            plan = replace(
                plan,
                rounds=tuple(
                    _at_places(r, event.places) if r.number >= from_round else r
                    for r in plan.rounds
                ),
            )
            summary = {"rounds": rounds, **_rounds_figures(plan), **plan.summary()}
            # a first plan makes everyone's agenda (not "nobody's agenda changed")
            moved = (
                plan.seated
                if not stored
                else tuple(
                    sorted({p for c in round_changes(stored, plan.rounds) for p in c.people})
                )
            )
            return plan, summary, moved

        # solved outside the writer lock (seconds for a large event), then saved only if
        # what it was solved from is unchanged: an absence, an arrival, a round started, a
        # change of the event or another plan saved meanwhile (another organiser's device,
        # another process) is planned with, never overwritten; after three such changes it
        # is solved under the lock
        for attempt in range(4):
            locked = attempt == 3
            if not locked:
                attendees = self._plan_input(event_id)[0]
                stored = self.events.rounds(event_id)
                plan, summary, moved = solve(attendees, stored)
            with self.db.transaction():
                now = self._organised(event_id, actor, "plan rounds")
                if locked:
                    event = now
                    attendees = self._plan_input(event_id)[0]
                    stored = self.events.rounds(event_id)
                    plan, summary, moved = solve(attendees, stored)
                elif (
                    now != event
                    or self._plan_input(event_id)[0] != attendees
                    or self.events.rounds(event_id) != stored
                ):
                    event = now
                    continue
                # the rule again at the save: a round whose time came during the solve has
                # started, and never changes (red team 17)
                self._check_from_round(event, stored, from_round)
                check_rounds_ahead(event, rounds, from_round, self.clock())
                version = self.events.save_rounds(event_id, plan.rounds, from_round, summary)
                self.events.add_change(
                    event_id,
                    PlanChange(
                        0,
                        self.clock(),
                        "replan" if stored else "plan",
                        "organiser",
                        from_round,
                        version,
                        moved,
                        others=moved,
                        score=plan.score,
                    ),
                )
            break
        logger.info("%d rounds planned from round %d", rounds, from_round)  # no ids in logs
        return plan

    def check_from_round(self, event_id: str, from_round: int, *, actor: Actor | None) -> None:
        """Refuse a full re-plan from a round that has started (organiser): a page asks before
        its confirmation, as :meth:`plan_rounds` does."""
        event = self._organised(event_id, actor, "plan rounds")
        self._check_from_round(event, self.events.rounds(event_id), from_round)

    def _check_from_round(self, event: Event, stored: Sequence[Round], from_round: int) -> int:
        """A round that has started (by the clock, or the organiser said so) never changes:
        re-planning it would rewrite who met whom. A first plan has nothing to keep. The
        first round not started (the earliest a plan may start from). Nor may a plan start
        after the round right after those planned (a gap in the numbers)."""
        opened = round_clock(event, len(stored), self.clock()).next_round if stored else 1
        if from_round < opened:
            raise OutOfRange(
                field="from_round",
                value=from_round,
                low=opened,
                high=len(stored) + 1,
                hint=f"round {opened - 1} has started, and a round that has started never"
                f" changes: re-plan from round {opened}, the first not started",
            )
        if from_round > len(stored) + 1:
            earliest = (
                "or plan from round 1"
                if opened == 1
                else f"from round {opened} at the earliest (the rounds before it have started)"
            )
            raise InvalidInput(
                f"cannot re-plan from round {from_round}: {counted(len(stored), 'round')}"
                f" {'is' if len(stored) == 1 else 'are'} planned"
                " before it",
                field="from_round",
                value=from_round,
                hint=f"re-plan from round {len(stored) + 1} at the latest, {earliest}",
            )
        return opened

    def rounds(self, event_id: str, *, actor: Actor | None) -> list[Round]:
        """The stored rounds (organiser)."""
        self._organised(event_id, actor, "read the plan")
        return self.events.rounds(event_id)

    def table_matches(
        self, event_id: str, rounds: Sequence[Round] | None = None, *, actor: Actor | None
    ) -> dict[tuple[int, int], MatchScore]:
        """Each table's match as the suggestion cards read it, by ``(round, table)``: for a
        pair, :func:`~matcher.matching.match_score` of their score now (the card's points
        and word); for a table of three or more, the mean of its pairs' points
        (:func:`~matcher.events.planner.mean_points`) and that mean's word (``band_of``), as
        :meth:`stats` reads an attendee's meetings. Of ``rounds`` (default: the stored
        ones; organiser).

        A table's ``score`` is the planner's, kept for scripts: the sum of its pairs'
        planning scores when it was planned (with trust blended in, and pairs who met at
        another event worth 0), which no page shows as a pair's score.
        """
        self._organised(event_id, actor, "read the plan")
        if rounds is None:
            rounds = self.events.rounds(event_id)
        ids = sorted({m for r in rounds for g in r.groups for m in g.members})
        if len(ids) < 2:
            return {}
        profiles, _, scores, _ = self.matching.pair_scores(ids)
        read = table_points([p.id for p in profiles], scores, rounds, points=_points)
        return {k: MatchScore(v, band_of(v)) for k, v in read.items()}

    def team_matches(
        self, event_id: str, teams: Sequence[Team] | None = None, *, actor: Actor | None
    ) -> dict[int, MatchScore]:
        """Each team's match as people read it, by team number: the mean of its pairs'
        points and that mean's word, as :meth:`table_matches` reads a table of three or more
        (a team's ``score`` is the solver's, kept for scripts). Of ``teams`` (default: the
        stored ones; organiser)."""
        self._organised(event_id, actor, "read the teams")
        if teams is None:
            teams = self._stored_teams(event_id)
        as_tables = Round(1, tuple(Group(t.number, t.members, t.score) for t in teams))
        read = self.table_matches(event_id, [as_tables], actor=actor)
        return {number: match for (_, number), match in read.items()}

    # ------------------------------------------------------------- teams
    def _team_people(self, event_id: str) -> list[str]:
        """Who is placed in teams: every attendee who did not decline and is not absent or
        gone (a late arrival is in a team)."""
        attendees, _ = self._plan_input(event_id)
        return [a.profile_id for a in attendees if a.status not in ("no-show", "left")]

    def team_layouts(
        self, event_id: str, size: int, *, actor: Actor | None
    ) -> tuple[int, tuple[TeamLayout, ...]]:
        """Before forming teams: how many people they seat and the ways to split them into
        teams of about ``size``, the default first (:func:`~matcher.events.planner.team_layouts`:
        exactly ``size`` when it divides the number; otherwise where the rest goes)."""
        self._organised(event_id, actor, "form teams")
        check_team_size(size)
        people = self._team_people(event_id)
        return len(people), team_layouts(len(people), size)

    def form_teams(
        self,
        event_id: str,
        *,
        size: int,
        actor: Actor | None,
        required_roles: Sequence[str] = (),
        keep_collaborators: bool = False,
        balance: float = BALANCE,
        time_limit: float = TIME_LIMIT,
        sizes: Sequence[int] | None = None,
        target_gap: float = TARGET_GAP,
    ) -> TeamsPlan:
        """Form hackathon teams among the attendees expected (no-shows, those who left or
        declined are left out), of exactly the sizes of ``sizes`` (a layout from
        :meth:`team_layouts`; default: its first). A team sits in a room with seats for it
        where the event's places allow (:func:`~matcher.events.model.fit_places`)."""
        event = self._organised(event_id, actor, "form teams")
        # as a profile's roles are read: "Tech", " tech" and "technique" are tech
        required_roles = list(
            dict.fromkeys(role.value if (role := role_named(r)) else r for r in required_roles)
        )
        for r in required_roles:
            if r not in {x.value for x in Role}:
                raise InvalidInput(
                    f"unknown role {r!r}",
                    field="required_roles",
                    value=r,
                    hint="use " + ", ".join(x.value for x in Role),
                )

        def solve(present: list[str]) -> tuple[TeamsPlan, dict[str, Any]]:
            check_layout(len(present), size, sizes)
            profiles, _, scores, forbidden = self.matching.pair_scores(present, trust=True)
            order = [p.id for p in profiles]
            together = self._together(order) if keep_collaborators else []
            plan = form_teams(
                order,
                scores,
                size,
                offers={p.id: {r.value for r in p.roles_offered} for p in profiles},
                required_roles=required_roles,
                forbidden=forbidden,
                together=[t for t in together if t not in forbidden],
                balance=balance,
                time_limit=time_limit,
                sizes=sizes,
                target_gap=target_gap,
            )
            numbers = fit_places([len(t.members) for t in plan.teams], event.places)
            if numbers is not None:  # a team where its room has seats for it
                teams = (replace(t, number=n) for t, n in zip(plan.teams, numbers, strict=True))
                plan = replace(plan, teams=tuple(sorted(teams, key=lambda t: t.number)))
            quality = plan_quality(plan.objective, plan.bound, subject="teams")
            summary = {
                "size": size,
                **plan.summary(),
                "layout_text": plan.layout.description if plan.layout else "",
                "required_roles": list(plan.required_roles),
                "keep_collaborators": keep_collaborators,
                "quality": _quality(quality),
                "kept_together": [list(p) for p in plan.kept_together],
                "missing_roles": {str(t.number): list(t.missing_roles) for t in plan.teams},
                "roles": {str(t.number): list(t.roles) for t in plan.teams},
            }
            return plan, summary

        # solved outside the writer lock (up to ``time_limit`` seconds), then saved only if
        # who is placed is unchanged: an arrival, a departure, a removal or an erasure
        # meanwhile (another device, another process) is formed with, never saved over
        # (an erased or removed person in a team would be shown to its members again: red
        # team 17); after three such changes it is solved under the lock
        for attempt in range(4):
            locked = attempt == 3
            if not locked:
                present = self._team_people(event_id)
                plan, summary = solve(present)
            with self.db.transaction():
                if locked:
                    plan, summary = solve(self._team_people(event_id))
                elif self._team_people(event_id) != present:
                    continue
                summary |= self._teams_replaced(event_id)
                self.events.save_teams(event_id, plan.teams, summary)
                self.events.bump_version(event_id)
            return plan
        raise AssertionError("unreachable: the fourth attempt is solved under the lock")

    def _teams_replaced(self, event_id: str) -> dict[str, Any]:
        """What forming the teams again keeps of the teams it replaces: once the day has
        begun (someone checked in, or marked as having left), who met whom in them is part
        of the day (:func:`~matcher.events.model.teams_met`), so they are kept as they are
        now with their changes (``earlier``), after any replaced before them. Before, the
        teams replaced never met: nothing is kept."""
        old = self.events.summary(event_id, "teams")
        stored = self.events.teams(event_id)
        earlier = list((old or {}).get("earlier", ()))
        begun = any(
            a.checked_in_at is not None or a.status == "left"
            for a in self.events.attendees(event_id)
        )
        if old is not None and stored and begun:
            teams = {str(number): list(members) for number, members, _, _ in stored}
            earlier.append({"teams": teams, "changes": list(old.get("changes", ()))})
        return {"earlier": earlier} if earlier else {}

    def teams(self, event_id: str, *, actor: Actor | None) -> list[Team]:
        """The stored teams (organiser)."""
        self._organised(event_id, actor, "read the teams")
        return self._stored_teams(event_id)

    def _teams_summary(self, event_id: str) -> dict[str, Any] | None:
        """The teams' summary as stored, its roles and missing roles as they are now
        (:meth:`_stored_teams`)."""
        summary = self.events.summary(event_id, "teams")
        if summary is None:
            return None
        teams = self._stored_teams(event_id)
        return summary | {
            "missing_roles": {str(t.number): list(t.missing_roles) for t in teams},
            "roles": {str(t.number): list(t.roles) for t in teams},
        }

    def _stored_teams(self, event_id: str) -> list[Team]:
        """The stored teams, each with the roles its members still expected bring and the
        required roles it now lacks: a no-show, someone who left or declined after the teams
        were formed takes their roles away (the roles stored at forming kept saying the team
        had them)."""
        summary = self.events.summary(event_id, "teams") or {}
        required = list(summary.get("required_roles", ()))
        stored = self.events.teams(event_id)
        gone = {
            a.profile_id
            for a in self.events.attendees(event_id)
            if a.rsvp == "declined" or a.status in ("no-show", "left")
        }
        here = [m for _, members, _, _ in stored for m in members if m not in gone]
        offers = {
            p.id: {r.value for r in p.roles_offered} for p in self.profiles.store.profiles(here)
        }
        teams = []
        for number, members, score, strength in stored:
            have = set().union(*(offers.get(m, set()) for m in members if m not in gone))
            teams.append(
                Team(
                    number,
                    members,
                    score,
                    strength,
                    tuple(sorted(have)),
                    tuple(r for r in required if r not in have),
                )
            )
        return teams

    def team_of(self, event_id: str, person: str, *, actor: Actor | None) -> MyTeam | None:
        """``person``'s team and teammates (themself or the organiser); None before teams are
        formed or if they are in none. A teammate the person may not see is not named."""
        event, organiser = self._lookup(event_id, actor)
        if not organiser:
            READ_AGENDA.require(actor, person)
        self._attendee(event_id, person)
        team = next((t for t in self._stored_teams(event_id) if person in t.members), None)
        if team is None:
            return None
        profiles = {p.id: p for p in self.profiles.store.profiles(list(team.members))}
        # a no-show is nobody's teammate (teams mended on the day no longer list them)
        absent = {a.profile_id for a in self.events.attendees(event_id) if a.state == "absent"}
        mates = []
        for m in team.members:
            p = profiles.get(m)
            if p is None or (m != person and not self.profiles.visible(p, Actor(person))):
                continue  # privacy: a private teammate is not named to anyone
            if m != person and m in absent:
                continue
            mates.append(Teammate(m, p.name, p.headline, tuple(r.value for r in p.roles_offered)))
        mine = tuple(
            self._as_seen(c, person) for c in self._team_changes(event_id) if person in c.concerned
        )
        return MyTeam(
            team.number, place_of(event, team.number), tuple(mates), team.missing_roles, mine
        )

    # ----------------------------------------------------------- agendas
    def agenda(self, event_id: str, person: str, *, actor: Actor | None) -> list[AgendaItem]:
        """``person``'s agenda: round, clock time, place, whom they meet and why. Themself or
        the organiser."""
        _, organiser = self._lookup(event_id, actor)
        if not organiser:
            READ_AGENDA.require(actor, person)
        return self.agendas(event_id, [person], actor=actor, _checked=True)[person]

    def agenda_languages(
        self, event_id: str, people: Sequence[str], *, actor: Actor | None
    ) -> dict[str, str]:
        """The language each of ``people`` reads their printed agenda in, for those whose
        language is known (:meth:`~matcher.accounts.AccountService.reading_language`); the
        others read the organiser's (the organiser; an attendee for their own agenda)."""
        _, organiser = self._lookup(event_id, actor)
        if not organiser and list(people) != [signed_in(actor).profile_id]:
            self._organised(event_id, actor, "export agendas")
        if self.inbox is None:
            return {}
        accounts = self.inbox.accounts
        found = {p: accounts.reading_language(p) for p in people}
        return {p: lang for p, lang in found.items() if lang is not None}

    def agendas(
        self,
        event_id: str,
        people: Sequence[str] | None = None,
        *,
        actor: Actor | None,
        _checked: bool = False,
    ) -> dict[str, list[AgendaItem]]:
        """Agendas of ``people`` (default: every attendee), organiser only."""
        if not _checked:
            self._organised(event_id, actor, "export agendas")
        event = self.events.get_event(event_id)
        assert event is not None
        attendees = [a.profile_id for a in self.events.attendees(event_id)]
        if people is None:
            people = attendees
        for p in people:
            if p not in attendees:
                raise UnknownProfile(
                    f"{p!r} does not attend event {event_id!r}", field="profile", value=p
                )
        rounds = self.events.rounds(event_id)
        slots = {r.number: round_slot(event, r.number) for r in rounds}
        involved = sorted(
            set(people)
            | {
                m
                for r in rounds
                for g in r.groups
                if set(g.members) & set(people)
                for m in g.members
            }
        )
        profiles = {p.id: p for p in self.profiles.store.profiles(involved)}
        self.profiles.ensure_vectors(involved)
        vectors = self.profiles.load_vectors(involved)
        _, _, scores, _ = self.matching.pair_scores(involved)
        pos = {pid: i for i, pid in enumerate(p for p in involved if p in profiles)}
        min_sim = self.matching.phrase_floor
        out: dict[str, list[AgendaItem]] = {}
        for person in people:
            # privacy: the agenda of someone the caller may not see keeps no text of theirs
            shown = person in profiles and self.profiles.visible(profiles[person], actor)
            revisions = self.events.revisions(event_id, person)
            items = []
            for rnd in rounds:
                slot = slots[rnd.number]
                start, end = slot if slot is not None else (None, None)
                revision = revisions.get(rnd.number, 0)
                group = next((g for g in rnd.groups if person in g.members), None)
                if group is None:
                    if person in rnd.byes:
                        items.append(AgendaItem(rnd.number, 0, (), start, end, "", revision))
                    continue
                meetings = []
                for other in group.members:
                    if other == person or other not in profiles or person not in profiles:
                        continue
                    if not self.profiles.visible(profiles[other], Actor(person)):
                        continue  # privacy: a private tablemate is not named to anyone
                    them = profiles[other]
                    why = explain_pair(
                        profiles[person],
                        vectors[person],
                        them,
                        vectors[other],
                        min_similarity=min_sim,
                        phrases=shown,
                    )
                    meetings.append(
                        Meeting(
                            with_id=other,
                            with_name=them.name,
                            headline=them.headline,
                            score=round(float(scores[pos[person], pos[other]]), 6),
                            meets_my_needs=why.meets_my_needs,
                            meets_their_needs=why.meets_their_needs,
                            roles_they_bring=why.roles_they_bring,
                            roles_i_bring=why.roles_i_bring,
                            common_languages=why.common_languages,
                        )
                    )
                items.append(
                    AgendaItem(
                        rnd.number,
                        group.table,
                        tuple(meetings),
                        start,
                        end,
                        place_of(event, group.table),
                        revision,
                    )
                )
            out[person] = items
        return out

    def my_day(self, event_id: str, *, actor: Actor | None) -> MyDay:
        """The caller's event on one page (an attendee): the event and where it stands, their
        attendance and check-in code, their agenda with clock times and places, their team."""
        actor = HAVE_PROFILE.require(actor)
        assert actor.profile_id is not None
        view = self.get_event(event_id, actor=actor)
        me = self._attendee(event_id, actor.profile_id)
        agenda = self.agenda(event_id, actor.profile_id, actor=actor)
        team = self.team_of(event_id, actor.profile_id, actor=actor)
        rounds = len(self.events.rounds(event_id))
        return MyDay(
            view,
            me,
            round_clock(view.event, rounds, self.clock()),
            tuple(agenda),
            team,
            self._worked_with(view.event, actor, team.number if team else None),
            rounds,
        )

    def _worked_with(self, event: Event, actor: Actor, now: int | None) -> tuple[MyTeam, ...]:
        """The teams the caller met and is no longer in, each with the caller and those they
        met in it, by name (:func:`~matcher.events.model.teams_met`, the rule the team's
        venture follows): the teams now (team ``now`` aside), then the teams formed before
        and replaced, oldest first (``formation``), unless everyone the caller met there
        is in their team now (its venture invites them)."""
        me = actor.profile_id
        assert me is not None
        met = self.events.teams_met(event.id)
        kept = met.mates(me, now) if now is not None else frozenset()
        found: list[tuple[int, frozenset[str], int | None]] = [
            (number, met.mates(me, number), None) for number in sorted(met.pairs) if number != now
        ]
        for k, old in enumerate(met.earlier, start=1):
            found += [(n, met.mates(me, n, k), k) for n in sorted(old)]
        out = []
        for number, mates, formation in found:
            if not mates or (formation is not None and mates <= kept):
                continue
            members = tuple(
                Teammate(p.id, p.name, p.headline, tuple(r.value for r in p.roles_offered))
                for p in self.profiles.store.profiles(sorted({me, *mates}))
                if p.id == me or self.profiles.visible(p, actor)
            )
            place = place_of(event, number) if formation is None else ""
            out.append(MyTeam(number, place, members, formation=formation))
        return tuple(out)

    def met_at_tables(self, event_id: str, *, actor: Actor | None) -> frozenset[str]:
        """Whom the caller (an attendee) met at a table of a round held, both there
        (:func:`~matcher.events.model.tables_held`): not the meetings still to come, nor
        those either was marked absent from (check-ins aside: nobody is kept from saying how
        a meeting went for not being scanned at the door)."""
        actor = HAVE_PROFILE.require(actor)
        me = actor.profile_id
        assert me is not None
        event = self.get_event(event_id, actor=actor).event
        self._attendee(event_id, me)
        rounds = self.events.rounds(event_id)
        people = self.events.attendees(event_id)
        held = tables_held(event, rounds, people, self.clock(), check_ins=False)
        return frozenset(p for _, there in held if me in there for p in there if p != me)

    def met_in_teams(self, event_id: str, *, actor: Actor | None) -> tuple[Teammate, ...]:
        """Whom the caller (an attendee) met in a team over the day, by name
        (:func:`~matcher.events.model.teams_met`: a teammate who left after working with
        them, or whom they left, included; a no-show, or someone who joined after one of
        them had gone, not). A teammate the caller may not see is not named."""
        actor = HAVE_PROFILE.require(actor)
        me = actor.profile_id
        assert me is not None
        self.get_event(event_id, actor=actor)
        self._attendee(event_id, me)
        mates = sorted(self.events.teams_met(event_id).mates(me))
        return tuple(
            Teammate(p.id, p.name, p.headline, tuple(r.value for r in p.roles_offered))
            for p in self.profiles.store.profiles(mates)
            if self.profiles.visible(p, actor)
        )

    # --------------------------------------------------------- calendars
    def attendee_calendar(
        self,
        event_id: str,
        person: str,
        *,
        actor: Actor | None,
        labels: Mapping[str, str] | None = None,
    ) -> str:
        """``person``'s calendar file (iCalendar): one entry per round, with its time, place,
        whom they meet and why (themself or the organiser). Entries keep their UID and their
        SEQUENCE goes up when the seat or the schedule changes, so calendar apps update."""
        items = self.agenda(event_id, person, actor=actor)
        event = self.events.get_event(event_id)
        assert event is not None
        _require_schedule(event)
        name = self.display_name(person, actor=actor)
        return attendee_ics(event, person, name, items, stamp=self.clock(), labels=labels)

    def event_calendar(
        self, event_id: str, *, actor: Actor | None, labels: Mapping[str, str] | None = None
    ) -> str:
        """The event's calendar file (iCalendar): one entry from its start to the end of its
        last planned round, at its venue (organiser and attendees)."""
        event, _ = self._lookup(event_id, actor)
        _require_schedule(event)
        return event_ics(
            event, len(self.events.rounds(event_id)), stamp=self.clock(), labels=labels
        )

    # ------------------------------------------------------------ badges
    def badges(
        self, event_id: str, *, actor: Actor | None, person: str | None = None
    ) -> list[Badge]:
        """Badges: every attendee's (organiser), or ``person``'s (themself or the organiser),
        with the check-in code their QR code carries, and their team once teams are formed."""
        event, organiser = self._lookup(event_id, actor)
        if person is None:
            if not organiser:
                ORGANISE_EVENT.require(actor, event_id, what="print the badges")
            people = [a for a in self.events.attendees(event_id) if a.rsvp != "declined"]
        else:
            if not organiser:
                READ_AGENDA.require(actor, person)
            people = [self._attendee(event_id, person)]
        team_of = {m: t.number for t in self._stored_teams(event_id) for m in t.members}
        profiles = {p.id: p for p in self.profiles.store.profiles([a.profile_id for a in people])}
        out = []
        for a in people:
            p = profiles.get(a.profile_id)
            seen = p is not None and (
                self.profiles.visible(p, actor)
                or (actor is not None and actor.profile_id == a.profile_id)
            )
            team = team_of.get(a.profile_id)
            out.append(
                Badge(
                    a.profile_id,
                    p.name if p is not None and seen else a.profile_id,
                    p.headline if p is not None and seen else "",
                    a.code,
                    team,
                    place_of(event, team) if team else "",
                )
            )
        return out

    def display_name(self, person: str, *, actor: Actor | None) -> str:
        """``person``'s name as ``actor`` may see it; their id when the profile is hidden
        (privacy: a private attendee's name is not shown to the organiser)."""
        profile = self.profiles.store.get_profile(person)
        visible = profile is not None and (
            self.profiles.visible(profile, actor)
            or (actor is not None and actor.profile_id == person)
        )
        return profile.name if profile is not None and visible else person

    def names(self, event_id: str, *, actor: Actor | None) -> dict[str, str]:
        """Display names of the attendees (organiser), for exports."""
        self._organised(event_id, actor, "export the plan")
        ids = [a.profile_id for a in self.events.attendees(event_id)]
        # privacy: only the people the organiser may see are named (event-only ones are)
        return {
            p.id: p.name
            for p in self.profiles.store.profiles(ids)
            if self.profiles.visible(p, actor)
        }

    # --------------------------------------------------------- dashboard
    def dashboard(self, event_id: str, *, actor: Actor | None) -> Dashboard:
        """The organiser's view during the event: who is here, checked in, absent; the round
        running (or next) by the clock; its tables, the empty ones and the unused places."""
        event = self._organised(event_id, actor, "read the dashboard")
        now = self.clock()
        attendees = self.events.attendees(event_id)
        rounds = self.events.rounds(event_id)
        clock = round_clock(event, len(rounds), now)
        by_state = {s: tuple(a.profile_id for a in attendees if a.state == s) for s in STATES}
        shown = clock.current or (clock.next_round if clock.next_round <= len(rounds) else 0)
        tables: list[TableNow] = []
        breaks: tuple[str, ...] = ()
        if shown:
            rnd = rounds[shown - 1]
            status = {a.profile_id: a for a in attendees}

            def here(p: str) -> bool:
                a = status.get(p)
                return (
                    a is not None
                    and a.checked_in_at is not None
                    and shown not in a.absent_rounds(len(rounds))
                )

            for g in rnd.groups:
                tables.append(
                    TableNow(
                        g.table,
                        place_of(event, g.table),
                        g.members,
                        tuple(m for m in g.members if here(m)),
                        tuple(m for m in g.members if not here(m)),
                    )
                )
            breaks = rnd.byes
        used = {t.place for t in tables}
        return Dashboard(
            event=event,
            now=now,
            clock=clock,
            rounds=len(rounds),
            by_state=by_state,
            round=shown,
            tables=tuple(tables),
            empty=tuple(t for t in tables if not t.here),
            breaks=breaks,
            unused_places=tuple(p.name for p in event.places if p.name not in used),
        )

    # -------------------------------------------------------- statistics

    def stats(self, event_id: str, *, actor: Actor | None) -> dict[str, Any]:
        """Organiser statistics: per-attendee average and worst score, byes, role coverage, unmet needs.

        Scores as people read them (:func:`~matcher.matching.match_score`, the points and word
        of the suggestion cards): per attendee ``average_points``, the mean of their meetings'
        points (each meeting read on its own), and its ``average_band``; overall
        ``average_points`` (the mean of the attendees' ``average_points``), ``worst_average_points``
        and ``worst_meeting_points``, each with its ``*_band``. Bands are None when nobody met.
        The raw blends (``average``, ``worst``, ``average_score``, ``worst_average``,
        ``worst_meeting``) stay for scripts.

        ``unmet_needs``: roles an attendee seeks that nobody they met offers;
        ``team_unmet_needs``: roles a team member seeks that nobody in their team offers.
        """
        self._organised(event_id, actor, "read the statistics")
        attendees = self.events.attendees(event_id)
        ids = [a.profile_id for a in attendees]
        rounds = self.events.rounds(event_id)
        profiles, _, scores, _ = self.matching.pair_scores(ids)
        order = [p.id for p in profiles]
        per: dict[str, dict[str, Any]] = {
            pid: {**v, "average_band": band_of(v["average_points"]) if v["meetings"] else None}
            for pid, v in (
                plan_stats(order, scores, rounds, points=_points) if order else {}
            ).items()
        }
        by_id = {p.id: p for p in profiles}
        met_roles: dict[str, set[str]] = {p: set() for p in order}
        for r in rounds:
            for g in r.groups:
                for a in g.members:
                    for b in g.members:
                        if a != b and a in by_id and b in by_id:
                            met_roles[a] |= {x.value for x in by_id[b].roles_offered}
        unmet = {
            p.id: sorted(x.value for x in p.roles_sought if x.value not in met_roles[p.id])
            for p in profiles
            if any(x.value not in met_roles[p.id] for x in p.roles_sought)
        }
        seekers = [p for p in profiles if p.roles_sought]
        covered = sum(1 for p in seekers if p.id not in unmet)
        met_people = [v for v in per.values() if v["meetings"]]
        averages = [v["average"] for v in met_people]
        attendee_means = [v["average_points"] for v in met_people]
        team_unmet: dict[str, list[str]] = {}
        gone = {
            a.profile_id
            for a in attendees
            if a.rsvp == "declined" or a.status in ("no-show", "left")
        }
        for _, members, _, _ in self.events.teams(event_id):
            members = tuple(m for m in members if m not in gone)  # a no-show brings nothing
            brought = {x.value for m in members if m in by_id for x in by_id[m].roles_offered}
            for m in members:
                if m in by_id:
                    missing = sorted(
                        x.value for x in by_id[m].roles_sought if x.value not in brought
                    )
                    if missing:
                        team_unmet[m] = missing
        out: dict[str, Any] = {
            "attendees": len(attendees),
            "present": sum(1 for a in attendees if a.status == "present"),
            "no_show": sum(1 for a in attendees if a.status == "no-show"),
            "late": sum(1 for a in attendees if a.status == "late"),
            "states": {x: sum(1 for a in attendees if a.state == x) for x in STATES},
            "rounds": len(rounds),
            "meetings": sum(len(r.pairs()) for r in rounds),
            "average_score": round(float(np.mean(averages)), 6) if averages else 0.0,
            "worst_average": round(min(averages), 6) if averages else 0.0,
            "worst_meeting": round(min(v["worst"] for v in met_people), 6) if met_people else 0.0,
            **_read("average", mean_points(attendee_means) if attendee_means else None),
            **_read("worst_average", min(attendee_means, default=None)),
            **_read("worst_meeting", min((v["worst_points"] for v in met_people), default=None)),
            "byes": {k: v["byes"] for k, v in per.items() if v["byes"]},
            "role_coverage": round(covered / len(seekers), 6) if seekers else 1.0,
            "unmet_needs": unmet,
            "per_attendee": per,
            "plan": self.events.summary(event_id, "rounds"),
            "teams": self._teams_summary(event_id),
            "team_unmet_needs": team_unmet,
        }
        return out


def _points(score: float) -> int:
    """A meeting's score as people read it: the points of the suggestion cards."""
    return match_score(score).points


def _read(name: str, points: int | None) -> dict[str, Any]:
    """``{name}_points`` and ``{name}_band`` of a statistic (0 and None when nobody met)."""
    return {
        f"{name}_points": 0 if points is None else points,
        f"{name}_band": None if points is None else band_of(points),
    }


def _zone(event: Event) -> ZoneInfo:
    return ZoneInfo(event.timezone)


def _quality(q: PlanQuality) -> dict[str, Any]:
    return {"percent": q.percent, "kind": q.kind, "sentence": q.sentence}


def _rounds_figures(plan: RoundsPlan) -> dict[str, Any]:
    """A rounds plan's figures as stored in its summary: the solver's numbers and, in plain
    words, how good it is."""
    return {**plan.figures(), "quality": _quality(plan_quality(plan.score, plan.bound))}


def _require_schedule(event: Event) -> None:
    if not event.scheduled:
        raise InvalidInput(
            f"event {event.id!r} has no date or start time yet, so no calendar",
            field="date",
            value=None,
            hint="the organiser sets the date, start time and time zone of the event",
        )
