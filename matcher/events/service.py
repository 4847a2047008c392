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

import logging
import secrets
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from matcher.access import (
    HAVE_PROFILE,
    NAME_ORGANISER,
    ORGANISE_EVENT,
    READ_AGENDA,
    Actor,
    signed_in,
)
from matcher.errors import (
    Conflict,
    ImportFailed,
    InvalidInput,
    UnknownEvent,
    UnknownProfile,
)
from matcher.events.model import STATUSES, AgendaItem, Attendee, Event, EventView, Meeting
from matcher.events.planner import (
    Odd,
    Round,
    RoundsPlan,
    Team,
    TeamsPlan,
    form_teams,
    plan_rounds,
    plan_stats,
)
from matcher.events.store import EventStore
from matcher.ids import check_id
from matcher.matching import MatchingService, explain_pair
from matcher.profiles import ImportReport, Role, Visibility, check_rows
from matcher.trust import CollabStatus, TrustStore, Verdict, would_work_again

__all__ = [
    "EventService",
]

logger = logging.getLogger(__name__)

MAX_ATTENDEES = 2000


class EventService:
    """Matchmaking events over a community's profiles and matching.

    Examples
    --------
    >>> from embeddings.encoder import FakeEncoder
    >>> from matcher.access import ADMIN
    >>> from matcher.matching import MatchingService
    >>> from matcher.profiles import ProfileService
    >>> from matcher.schema import connect
    >>> svc = EventService(MatchingService(ProfileService(connect(), FakeEncoder(dim=64))))
    >>> _ = svc.profiles.import_profiles([
    ...     {"id": p, "name": p.title(), "offers": o, "needs": n}
    ...     for p, o, n in [("ana", "python code", "sales deals"), ("bob", "sales deals", "python code"),
    ...                     ("cyd", "design brand", "python code"), ("dan", "python code", "design brand")]])
    >>> _ = svc.create_event("night", "Demo night", actor=Actor("ana"))
    >>> _ = svc.add_attendees("night", ["ana", "bob", "cyd", "dan"], actor=Actor("ana"))
    >>> plan = svc.plan_rounds("night", rounds=1, actor=Actor("ana"))
    >>> [g.members for g in plan.rounds[0].groups]
    [('ana', 'bob'), ('cyd', 'dan')]
    >>> [m.with_id for m in svc.agenda("night", "bob", actor=Actor("bob"))[0].meetings]
    ['ana']
    """

    def __init__(self, matching: MatchingService) -> None:
        self.matching = matching
        self.profiles = matching.profiles
        self.db = matching.db
        self.events = EventStore(matching.db)
        self.pairs = TrustStore(matching.db)  # feedback, collaborations

    # ------------------------------------------------------------ access
    def _lookup(self, event_id: str, actor: Actor | None) -> tuple[Event, bool]:
        """The event and whether the actor organises it; 404 for strangers."""
        actor = signed_in(actor)
        event = self.events.get_event(event_id)
        if event is None:
            raise UnknownEvent(f"no event {event_id!r} that you organise or attend", value=event_id)
        if actor.is_admin or (event.organiser is not None and actor.profile_id == event.organiser):
            return event, True
        if actor.profile_id in {a.profile_id for a in self.events.attendees(event_id)}:
            return event, False
        raise UnknownEvent(f"no event {event_id!r} that you organise or attend", value=event_id)

    def _organised(self, event_id: str, actor: Actor | None, action: str) -> Event:
        event, organiser = self._lookup(event_id, actor)
        if not organiser:
            ORGANISE_EVENT.require(actor, event_id, what=action)
        return event

    # ------------------------------------------------------------ events
    def create_event(
        self,
        event_id: str | None,
        name: str = "",
        *,
        actor: Actor | None,
        organiser: str | None = None,
    ) -> Event:
        """Create an event; its creator is the organiser (an admin may name one).

        With ``event_id`` None the id is picked here, 80 random bits (``e-`` and 20 hex
        digits): nobody can probe for it. A chosen id is public (taken: 409, whoever holds it).
        """
        actor = signed_in(actor)
        event_id = event_id or f"e-{secrets.token_hex(10)}"
        if organiser is not None:
            NAME_ORGANISER.require(actor, organiser)
        who = organiser if organiser is not None else actor.profile_id
        event = Event(check_id(event_id, "event"), (name or event_id)[:200], who)
        with self.db.transaction():
            if who is not None and self.profiles.store.get_profile(who) is None:
                raise UnknownProfile(f"no profile {who!r}", field="organiser", value=who)
            if self.events.get_event(event_id) is not None:
                raise Conflict(
                    f"event {event_id!r} already exists",
                    field="event",
                    value=event_id,
                    hint="choose another id",
                )
            self.events.add_event(event)
        return event

    def get_event(self, event_id: str, *, actor: Actor | None) -> EventView:
        """The event; the organiser also gets its attendees and plan summaries."""
        event, organiser = self._lookup(event_id, actor)
        if not organiser:
            return EventView(event, False, (), None, None)
        return EventView(
            event,
            True,
            tuple(self.events.attendees(event_id)),
            self.events.summary(event_id, "rounds"),
            self.events.summary(event_id, "teams"),
        )

    def my_events(self, *, actor: Actor | None) -> list[Event]:
        """Events the caller organises or attends."""
        actor = HAVE_PROFILE.require(actor)
        assert actor.profile_id is not None
        return self.events.events_of(actor.profile_id)

    # --------------------------------------------------------- attendees
    def add_attendees(self, event_id: str, ids: Sequence[str], *, actor: Actor | None) -> list[str]:
        """Add existing profiles (each must be visible to the organiser); returns the new ones."""
        self._organised(event_id, actor, "add attendees")
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
            return self.events.add_attendees(event_id, list(dict.fromkeys(ids)))

    def _check_room(self, event_id: str, extra: int) -> None:
        if len(self.events.attendees(event_id)) + extra > MAX_ATTENDEES:
            raise InvalidInput(
                f"an event has at most {MAX_ATTENDEES} attendees",
                field="attendees",
                value=extra,
                hint="split the event into several",
            )

    def import_attendees(
        self,
        event_id: str,
        rows: Sequence[Mapping[str, Any]],
        *,
        actor: Actor | None,
        skip_invalid: bool = False,
        source: str = "CSV",
    ) -> tuple[ImportReport, list[str]]:
        """Create profiles for new people (a CSV's rows) and add them, in one transaction.

        Rows use the profile columns; ``visibility`` defaults to ``event-only`` (seen
        only at the event). An id that already exists is refused on its row (add
        existing people by id instead): an organiser never overwrites a profile.
        """
        self._organised(event_id, actor, "import attendees")
        fresh_rows = [dict(r) for r in rows]
        for r in fresh_rows:
            r.setdefault("visibility", Visibility.EVENT_ONLY.value)
        taken: list[InvalidInput] = []
        fresh = []
        for number, r in enumerate(fresh_rows, start=1):
            rid = r.get("id")
            if isinstance(rid, str) and self.profiles.store.get_profile(rid) is not None:
                taken.append(
                    InvalidInput(
                        f"row {number} id {rid!r}: a profile with this id already exists",
                        field="id",
                        value=rid,
                        hint="add existing people by id (event add), or give a new id",
                    )
                )
            else:
                fresh.append(r)
        if taken and not skip_invalid:
            _, bad = check_rows(fresh_rows)
            raise ImportFailed(taken + [e for _, _, errs in bad for e in errs], source=source)
        with self.db.transaction():
            self._check_room(event_id, len(fresh))
            report = self.profiles.import_profiles(fresh, skip_invalid=skip_invalid, source=source)
            added = self.events.add_attendees(event_id, list(report.created))
        return report, added

    def set_status(
        self,
        event_id: str,
        profile_id: str,
        status: str,
        *,
        actor: Actor | None,
        since_round: int = 1,
    ) -> Attendee:
        """Mark an attendee ``present``, a ``no-show`` from a round on, or ``late`` until a round."""
        self._organised(event_id, actor, "change an attendee's status")
        if status not in STATUSES:
            raise InvalidInput(
                f"status must be one of {', '.join(STATUSES)}",
                field="status",
                value=status,
                hint="late needs --round: the first round they attend",
            )
        if not 1 <= since_round <= 50:
            raise InvalidInput(
                "round must be between 1 and 50", field="round", value=since_round, hint="e.g. 3"
            )
        with self.db.transaction():
            if not self.events.set_status(event_id, profile_id, status, since_round):
                raise UnknownProfile(
                    f"{profile_id!r} does not attend event {event_id!r}",
                    field="profile",
                    value=profile_id,
                    hint="add them first",
                )
        return Attendee(profile_id, status, since_round)

    # ------------------------------------------------------------ scores
    def _plan_input(self, event_id: str) -> tuple[list[Attendee], list[str]]:
        attendees = self.events.attendees(event_id)
        if len(attendees) < 2:
            raise InvalidInput(
                f"event {event_id!r} has {len(attendees)} attendee(s); a plan needs at least 2",
                field="attendees",
                value=len(attendees),
                hint="add attendees first (event add / event import)",
            )
        return attendees, [a.profile_id for a in attendees]

    # ------------------------------------------------------------ rounds
    def plan_rounds(
        self,
        event_id: str,
        *,
        rounds: int,
        actor: Actor | None,
        group_size: int = 2,
        odd: Odd = "bye",
        fairness: float = 0.5,
        from_round: int = 1,
    ) -> RoundsPlan:
        """Plan (or, with ``from_round`` > 1, re-plan) the rounds; earlier rounds are kept.

        Pairs who know each other are not seated together: avoid lists, "not a fit" and
        "met before" feedback, collaborations; pairs who shared a table or a team at
        another event are worth 0 (seated only when nobody new is left for them)."""
        self._organised(event_id, actor, "plan rounds")
        attendees, ids = self._plan_input(event_id)
        past = self.events.rounds(event_id, before=from_round)
        if from_round < 1 or len(past) != from_round - 1:
            raise InvalidInput(
                f"cannot re-plan from round {from_round}: {len(past)} round(s) are planned before it",
                field="from_round",
                value=from_round,
                hint=f"re-plan from round {len(past) + 1} at the latest, or plan from round 1",
            )
        profiles, _, scores, forbidden = self.matching.pair_scores(ids, trust=True)
        order = [p.id for p in profiles]
        # people who know each other need not meet again: they said so ("met-before"
        # feedback), or they have a collaboration record (proposed or confirmed)
        here = set(order)
        forbidden |= self.pairs.pairs_with((Verdict.MET_BEFORE,), here)
        forbidden |= {
            frozenset((c.proposer, c.partner))
            for c in self.pairs.collaborations()
            if c.status is not CollabStatus.DECLINED and c.proposer in here and c.partner in here
        }
        # people who shared a table or a team at another event: worth nothing here, so
        # they meet again only when nobody new is left for them
        pos = {pid: i for i, pid in enumerate(order)}
        for pair in self.events.met_elsewhere(event_id, order):
            a, b = (pos[p] for p in pair)
            scores[a, b] = scores[b, a] = 0.0
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
        summary = {
            "rounds": rounds,
            "group_size": group_size,
            "odd": odd,
            "fairness": fairness,
            "score": plan.score,
            "bound": plan.bound,
            "greedy_score": plan.greedy_score,
            "ratio_to_bound": plan.ratio_to_bound,
            "ratio_to_greedy": plan.ratio_to_greedy,
            "replanned_from": from_round,
        }
        with self.db.transaction():
            self.events.save_rounds(event_id, plan.rounds, from_round, summary)
        logger.info("%d rounds planned from round %d", rounds, from_round)  # no ids in logs
        return plan

    def rounds(self, event_id: str, *, actor: Actor | None) -> list[Round]:
        """The stored rounds (organiser)."""
        self._organised(event_id, actor, "read the plan")
        return self.events.rounds(event_id)

    # ------------------------------------------------------------- teams
    def form_teams(
        self,
        event_id: str,
        *,
        size: int,
        actor: Actor | None,
        required_roles: Sequence[str] = (),
        keep_collaborators: bool = False,
        balance: float = 1.0,
        time_limit: float = 10.0,
    ) -> TeamsPlan:
        """Form hackathon teams among the attendees present (no-shows left out)."""
        self._organised(event_id, actor, "form teams")
        attendees, _ = self._plan_input(event_id)
        for r in required_roles:
            if r not in {x.value for x in Role}:
                raise InvalidInput(
                    f"unknown role {r!r}",
                    field="required_roles",
                    value=r,
                    hint="use " + ", ".join(x.value for x in Role),
                )
        present = [a.profile_id for a in attendees if a.status != "no-show"]
        profiles, _, scores, forbidden = self.matching.pair_scores(present, trust=True)
        order = [p.id for p in profiles]
        together: list[frozenset[str]] = []
        if keep_collaborators:
            idset = set(order)
            for c in self.pairs.collaborations(confirmed_only=True):
                if would_work_again(c) and c.proposer in idset and c.partner in idset:
                    together.append(frozenset((c.proposer, c.partner)))
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
        )
        summary = {
            "size": size,
            "required_roles": list(plan.required_roles),
            "keep_collaborators": keep_collaborators,
            "score": plan.score,
            "objective": plan.objective,
            "bound": plan.bound,
            "gap": plan.gap,
            "status": plan.status,
            "seconds": plan.seconds,
            "strength_spread": plan.strength_spread,
            "heuristic_score": plan.heuristic_score,
            "kept_together": [list(p) for p in plan.kept_together],
            "missing_roles": {str(t.number): list(t.missing_roles) for t in plan.teams},
            "roles": {str(t.number): list(t.roles) for t in plan.teams},
        }
        with self.db.transaction():
            self.events.save_teams(event_id, plan.teams, summary)
        return plan

    def teams(self, event_id: str, *, actor: Actor | None) -> list[Team]:
        """The stored teams (organiser)."""
        self._organised(event_id, actor, "read the teams")
        summary = self.events.summary(event_id, "teams") or {}
        roles = summary.get("roles", {})
        missing = summary.get("missing_roles", {})
        return [
            Team(
                number,
                members,
                score,
                strength,
                tuple(roles.get(str(number), ())),
                tuple(missing.get(str(number), ())),
            )
            for number, members, score, strength in self.events.teams(event_id)
        ]

    # ----------------------------------------------------------- agendas
    def agenda(self, event_id: str, person: str, *, actor: Actor | None) -> list[AgendaItem]:
        """``person``'s agenda: round, table, whom they meet and why. Themself or the organiser."""
        _, organiser = self._lookup(event_id, actor)
        if not organiser:
            READ_AGENDA.require(actor, person)
        return self.agendas(event_id, [person], actor=actor, _checked=True)[person]

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
        attendees = [a.profile_id for a in self.events.attendees(event_id)]
        if people is None:
            people = attendees
        for p in people:
            if p not in attendees:
                raise UnknownProfile(
                    f"{p!r} does not attend event {event_id!r}", field="profile", value=p
                )
        rounds = self.events.rounds(event_id)
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
        min_sim = self.matching.settings.min_phrase_similarity
        out: dict[str, list[AgendaItem]] = {}
        for person in people:
            # privacy: the agenda of someone the caller may not see keeps no text of theirs
            shown = person in profiles and self.profiles.visible(profiles[person], actor)
            items = []
            for rnd in rounds:
                group = next((g for g in rnd.groups if person in g.members), None)
                if group is None:
                    if person in rnd.byes:
                        items.append(AgendaItem(rnd.number, 0, ()))
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
                items.append(AgendaItem(rnd.number, group.table, tuple(meetings)))
            out[person] = items
        return out

    def display_name(self, person: str, *, actor: Actor | None) -> str:
        """``person``'s name as ``actor`` may see it; their id when the profile is hidden
        (privacy: a private attendee's name is not shown to the organiser)."""
        profile = self.profiles.store.get_profile(person)
        visible = profile is not None and self.profiles.visible(profile, actor)
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

    # -------------------------------------------------------- statistics
    def stats(self, event_id: str, *, actor: Actor | None) -> dict[str, Any]:
        """Organiser statistics: per-attendee average and worst score, byes, role coverage, unmet needs.

        ``unmet_needs``: roles an attendee seeks that nobody they met offers;
        ``team_unmet_needs``: roles a team member seeks that nobody in their team offers.
        """
        self._organised(event_id, actor, "read the statistics")
        attendees = self.events.attendees(event_id)
        ids = [a.profile_id for a in attendees]
        rounds = self.events.rounds(event_id)
        profiles, _, scores, _ = self.matching.pair_scores(ids)
        order = [p.id for p in profiles]
        per = plan_stats(order, scores, rounds) if order else {}
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
        team_unmet: dict[str, list[str]] = {}
        for _, members, _, _ in self.events.teams(event_id):
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
            "rounds": len(rounds),
            "meetings": sum(len(r.pairs()) for r in rounds),
            "average_score": round(float(np.mean(averages)), 6) if averages else 0.0,
            "worst_average": round(min(averages), 6) if averages else 0.0,
            "worst_meeting": round(min(v["worst"] for v in met_people), 6) if met_people else 0.0,
            "byes": {k: v["byes"] for k, v in per.items() if v["byes"]},
            "role_coverage": round(covered / len(seekers), 6) if seekers else 1.0,
            "unmet_needs": unmet,
            "per_attendee": per,
            "plan": self.events.summary(event_id, "rounds"),
            "teams": self.events.summary(event_id, "teams"),
            "team_unmet_needs": team_unmet,
        }
        return out
