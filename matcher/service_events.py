"""Matchmaking-event use cases: events, attendees, rounds, teams, agendas and statistics.

Permissions (decided here, from an :class:`~matcher.service.Actor`):

* the creator of an event is its organiser; only the organiser (or an admin) changes it,
  plans it, exports it and reads its statistics;
* an attendee sees the event's name and their own agenda, nobody else's (403 for more);
* anyone else is told the event does not exist (404).

Scores are the reciprocal suggestion score of :mod:`matcher.scoring`, computed for every
pair of attendees at once (:func:`score_matrix`), with the hard filters adapted to a
room: avoid lists (both ways) and no common language forbid a meeting; a commitment or
time-zone mismatch makes it worth 0. Visibility and consent do not apply: the people
came to the event to meet each other.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from matcher.errors import (
    Conflict,
    ImportFailed,
    InvalidInput,
    NotAllowed,
    NotAuthenticated,
    UnknownEvent,
    UnknownProfile,
)
from matcher.events import (
    Odd,
    Round,
    RoundsPlan,
    Team,
    TeamsPlan,
    form_teams,
    plan_rounds,
    plan_stats,
)
from matcher.feedback import Verdict
from matcher.models import PhraseMatch, Profile, Role, Visibility
from matcher.profiles import check_rows
from matcher.ranking import (
    CandidateTable,
    ProfileVectors,
    explain_roles,
    match_phrases,
    pair_criteria,
)
from matcher.scoring import Filters, Weights
from matcher.service import Actor, ImportReport, Service
from matcher.store_events import STATUSES, Attendee, Event, EventStore
from matcher.store_loop import LoopStore
from matcher.trust import CollabStatus, TrustSettings, ViewerTrust, would_work_again

__all__ = [
    "AgendaItem",
    "EventService",
    "EventView",
    "Meeting",
    "blend_trust",
    "score_matrix",
]

logger = logging.getLogger(__name__)

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
MAX_ATTENDEES = 2000


def score_matrix(
    table: CandidateTable, weights: Weights = Weights(), filters: Filters = Filters()
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_]]:
    """Scores of every pair of rows of ``table`` at once, and the pairs that may not meet.

    The same formula as :func:`matcher.ranking.rank_exact` (which scores one viewer
    against many), as matrices: ``S = w_r H(N O^T, O N^T) + w_v V V^T + w_roles R``.
    No common language forbids a pair; a missed must-have of either side (by default a
    commitment or time-zone gap over the filters' limits, see
    :class:`matcher.models.Preferences`) makes it worth 0; nice-to-haves are blended in as
    in the suggestions.

    Examples
    --------
    >>> from matcher.models import Profile, Role
    >>> e = np.eye(4, dtype=np.float32)
    >>> ana = Profile("ana", "Ana", "code", "sales", roles_offered=(Role.TECH,),
    ...               roles_sought=(Role.SALES,))
    >>> bob = Profile("bob", "Bob", "sales", "code", roles_offered=(Role.SALES,),
    ...               roles_sought=(Role.TECH,))
    >>> cyd = Profile("cyd", "Cyd", "sales", "design", roles_offered=(Role.SALES,),
    ...               languages=("fr",))
    >>> vec = [ProfileVectors(e[0], e[1], e[2]), ProfileVectors(e[1], e[0], e[2]),
    ...        ProfileVectors(e[1], e[3], e[2])]
    >>> s, forbidden = score_matrix(CandidateTable.build([ana, bob, cyd], vec, 4))
    >>> s.round(6).tolist()[0], forbidden[0].tolist()
    ([0.0, 1.0, 0.0], [True, False, True])
    """
    w = weights.normalised()
    offers = table.offers.astype(np.float64)
    needs = table.needs.astype(np.float64)
    met = np.maximum(needs @ offers.T, 0.0)  # met[a, b]: b's offers meet a's needs
    back = met.T
    denom = met + back
    reciprocal = np.where(denom > 0, 2 * met * back / np.where(denom > 0, denom, 1), 0.0)
    values = np.maximum(table.values.astype(np.float64) @ table.values.T.astype(np.float64), 0.0)
    seek = table.roles_sought.astype(np.float64)
    off = table.roles_offered.astype(np.float64)
    n_seek = seek.sum(axis=1)
    share = np.where(  # share[a, b]: part of a's sought roles that b offers (0.5 if none sought)
        n_seek[:, None] > 0, (seek @ off.T) / np.maximum(n_seek, 1)[:, None], 0.5
    )
    both = share + share.T
    roles = np.where(both > 0, 2 * share * share.T / np.where(both > 0, both, 1), 0.0)
    inter = off @ off.T
    n_off = off.sum(axis=1)
    union = n_off[:, None] + n_off[None, :] - inter
    roles = np.maximum(
        roles - w.overlap_penalty * np.where(union > 0, inter / np.maximum(union, 1), 0.0), 0.0
    )
    score = np.round(w.reciprocal * reciprocal + w.values * values + w.roles * roles, 6)
    # each person's must-haves (both ways) and nice-to-haves, as in the suggestions
    musts_met, share, has_share = pair_criteria(table, filters)
    blended = np.round((score + w.preferences * share) / (1 + w.preferences), 6)
    score = np.where(has_share, blended, score)
    forbidden = np.zeros(score.shape, dtype=bool)
    if filters.require_common_language:  # people with no language in common cannot talk
        lang = table.languages.astype(np.int32)
        forbidden |= (lang @ lang.T) == 0
    worthless = ~musts_met  # a missed must-have: worth nothing, seated only if nothing else
    score = np.where(worthless | forbidden, 0.0, score)
    np.fill_diagonal(score, 0.0)
    np.fill_diagonal(forbidden, True)
    return np.asarray((score + score.T) / 2, np.float64), forbidden


def blend_trust(
    scores: npt.NDArray[np.float64],
    ids: Sequence[str],
    views: Sequence[ViewerTrust],
    settings: TrustSettings,
) -> npt.NDArray[np.float64]:
    """Pair scores with trust, as the suggestions blend it, seen from both sides.

    Row ``a`` is ``a``'s view: ``(1 - w_t - w_a) * score + w_t * trust + w_a * again``
    when ``a`` has trust edges, the plain score otherwise (as in
    :meth:`matcher.service.Service.suggest`); a pair is worth the mean of its two
    views. A pair worth 0 (a missed must-have) stays at 0.

    Examples
    --------
    >>> s = np.array([[0, 0.5, 0.5], [0.5, 0, 0.2], [0.5, 0.2, 0]])
    >>> ana = ViewerTrust("ana", {"cyd": 1.0}, frozenset(), True)
    >>> views = [ana, ViewerTrust("bob"), ViewerTrust("cyd")]
    >>> ts = TrustSettings(trust_weight=0.3, again_weight=0.0)
    >>> blend_trust(s, ["ana", "bob", "cyd"], views, ts).round(3).tolist()
    [[0.0, 0.425, 0.575], [0.425, 0.0, 0.2], [0.575, 0.2, 0.0]]
    """
    pos = {pid: i for i, pid in enumerate(ids)}
    view = scores.copy()
    for a, vt in enumerate(views):
        if not vt.has_edges:
            continue
        trust = np.zeros(len(ids))
        again = np.zeros(len(ids))
        for pid, t in vt.trust.items():
            if pid in pos:
                trust[pos[pid]] = t
        for pid in vt.again:
            if pid in pos:
                again[pos[pid]] = 1.0
        view[a] = settings.blend(scores[a], trust, again)
    out = np.where(scores > 0, (view + view.T) / 2, 0.0)
    np.fill_diagonal(out, 0.0)
    return np.asarray(np.round(out, 6), np.float64)


@dataclass(frozen=True, slots=True)
class EventView:
    """An event as the caller may see it (attendee lists and plans only for the organiser)."""

    event: Event
    organiser_view: bool
    attendees: tuple[Attendee, ...]
    rounds_summary: Mapping[str, Any] | None
    teams_summary: Mapping[str, Any] | None


@dataclass(frozen=True, slots=True)
class Meeting:
    """One partner in an agenda, and why the two should meet."""

    with_id: str
    with_name: str
    headline: str
    score: float
    meets_my_needs: tuple[PhraseMatch, ...]
    meets_their_needs: tuple[PhraseMatch, ...]
    roles_they_bring: tuple[Role, ...]
    roles_i_bring: tuple[Role, ...]
    common_languages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One round of one attendee's agenda (``table`` 0 and no meetings: a bye)."""

    round: int
    table: int
    meetings: tuple[Meeting, ...]


def _check_id(value: str, field: str) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise InvalidInput(
            f"{field} must be 1-64 lower-case letters, digits, '_' or '-', got {value!r}",
            field=field,
            value=value,
            hint="use a short id such as 'demo-night'",
        )
    return value


class EventService:
    """Matchmaking events over the main :class:`~matcher.service.Service` (profiles, vectors).

    Examples
    --------
    >>> from embeddings.encoder import FakeEncoder
    >>> from matcher.service import ADMIN
    >>> from matcher.store import Store
    >>> svc = EventService(Service(Store(":memory:"), FakeEncoder(dim=64)))
    >>> _ = svc.service.import_profiles([
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

    def __init__(self, service: Service) -> None:
        self.service = service
        self.store = service.store
        self.events = EventStore(service.store)

    # ------------------------------------------------------------ access
    def _lookup(self, event_id: str, actor: Actor | None) -> tuple[Event, bool]:
        """The event and whether the actor organises it; 404 for strangers."""
        if actor is None:
            raise NotAuthenticated("sign in first", hint="send Authorization: Bearer <token>")
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
            raise NotAllowed(
                f"only the organiser of event {event_id!r} may {action}",
                field="event",
                value=event_id,
                hint="ask the organiser; as an attendee you can read your own agenda",
            )
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
        if actor is None:
            raise NotAuthenticated("sign in first", hint="send Authorization: Bearer <token>")
        event_id = event_id or f"e-{secrets.token_hex(10)}"
        if organiser is not None and not actor.is_admin and organiser != actor.profile_id:
            raise NotAllowed(
                "only an admin may name another organiser",
                field="organiser",
                value=organiser,
                hint="leave organiser out; you will organise the event",
            )
        who = organiser if organiser is not None else actor.profile_id
        event = Event(_check_id(event_id, "event"), (name or event_id)[:200], who)
        with self.store.transaction():
            if who is not None and self.store.get_profile(who) is None:
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
        if actor is None:
            raise NotAuthenticated("sign in first", hint="send Authorization: Bearer <token>")
        if actor.profile_id is None:
            raise NotAllowed(
                "this token belongs to no profile", hint="use a member token for your events"
            )
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
        with self.store.transaction():
            for pid in ids:
                self.service.get_profile(pid, actor=actor)  # unknown or hidden: 404
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
            if isinstance(rid, str) and self.store.get_profile(rid) is not None:
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
        with self.store.transaction():
            self._check_room(event_id, len(fresh))
            report = self.service.import_profiles(fresh, skip_invalid=skip_invalid, source=source)
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
        with self.store.transaction():
            if not self.events.set_status(event_id, profile_id, status, since_round):
                raise UnknownProfile(
                    f"{profile_id!r} does not attend event {event_id!r}",
                    field="profile",
                    value=profile_id,
                    hint="add them first",
                )
        return Attendee(profile_id, status, since_round)

    # ------------------------------------------------------------ scores
    def _scores(
        self, ids: Sequence[str], *, trust: bool = False
    ) -> tuple[
        list[Profile], dict[str, ProfileVectors], npt.NDArray[np.float64], set[frozenset[str]]
    ]:
        """Profiles, vectors, the score matrix and the forbidden pairs of ``ids``.

        With ``trust`` (planning), the scores carry trust as the suggestions do
        (:func:`blend_trust`): whom your collaborators worked well with, what feedback
        taught; agendas and statistics show the plain match score.
        """
        profiles = self.store.profiles(list(ids))
        by_id = {p.id: p for p in profiles}
        order = [by_id[i] for i in ids if i in by_id]
        self.service.ensure_vectors([p.id for p in order])
        vectors = self.service._load_vectors([p.id for p in order])  # the service's own reader
        table = CandidateTable.build(
            order, [vectors[p.id] for p in order], self.service.encoder.dim
        )
        s = self.service.settings
        scores, forbidden_mask = score_matrix(table, s.weights, s.filters)
        provider = self.service.trust
        if trust and provider is not None:
            views = [provider.viewer_trust(p.id) for p in order]
            if any(v.has_edges for v in views):
                scores = blend_trust(scores, [p.id for p in order], views, provider.settings)
        idset = {p.id for p in order}
        forbidden = {
            frozenset((order[a].id, order[b].id))
            for a, b in zip(*np.nonzero(np.triu(forbidden_mask, 1)), strict=True)
        }
        loop = LoopStore(self.store)
        for p in order:
            # avoid lists, "not a fit" feedback and declined introductions, both ways
            for other in self.store.avoided_either_way(p.id) | loop.kept_apart(p.id):
                if other in idset:
                    forbidden.add(frozenset((p.id, other)))
        return order, vectors, scores, forbidden

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
        profiles, _, scores, forbidden = self._scores(ids, trust=True)
        order = [p.id for p in profiles]
        # people who know each other need not meet again: they said so ("met-before"
        # feedback), or they have a collaboration record (proposed or confirmed)
        here = set(order)
        forbidden |= LoopStore(self.store).pairs_with((Verdict.MET_BEFORE,), here)
        forbidden |= {
            frozenset((c.proposer, c.partner))
            for c in self.store.collaborations()
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
        with self.store.transaction():
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
        profiles, _, scores, forbidden = self._scores(present, trust=True)
        order = [p.id for p in profiles]
        together: list[frozenset[str]] = []
        if keep_collaborators:
            idset = set(order)
            for c in self.store.collaborations(confirmed_only=True):
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
        with self.store.transaction():
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
        assert actor is not None
        if not organiser and actor.profile_id != person:
            raise NotAllowed(
                "an attendee sees only their own agenda",
                field="profile",
                value=person,
                hint="ask for your own agenda",
            )
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
        profiles = {p.id: p for p in self.store.profiles(involved)}
        self.service.ensure_vectors(involved)
        vectors = self.service._load_vectors(involved)
        _, _, scores, _ = self._scores(involved)
        pos = {pid: i for i, pid in enumerate(p for p in involved if p in profiles)}
        min_sim = self.service.settings.min_phrase_similarity
        out: dict[str, list[AgendaItem]] = {}
        for person in people:
            # privacy: the agenda of someone the caller may not see keeps no text of theirs
            shown = person in profiles and self.service._visible(profiles[person], actor)
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
                    if not self.service._visible(profiles[other], Actor(person)):
                        continue  # privacy: a private tablemate is not named to anyone
                    me, them = profiles[person], profiles[other]
                    mv, tv = vectors[person], vectors[other]
                    theirs, mine = explain_roles(me, them)
                    meetings.append(
                        Meeting(
                            with_id=other,
                            with_name=them.name,
                            headline=them.headline,
                            score=round(float(scores[pos[person], pos[other]]), 6),
                            meets_my_needs=match_phrases(
                                mv.need_phrases,
                                mv.need_phrase_vectors,
                                tv.offer_phrases,
                                tv.offer_phrase_vectors,
                                min_similarity=min_sim,
                            ),
                            meets_their_needs=match_phrases(
                                tv.need_phrases,
                                tv.need_phrase_vectors,
                                mv.offer_phrases,
                                mv.offer_phrase_vectors,
                                min_similarity=min_sim,
                            ),
                            roles_they_bring=theirs,
                            roles_i_bring=mine,
                            common_languages=tuple(c for c in me.languages if c in them.languages),
                        )
                    )
                    if not shown:
                        meetings[-1] = replace(
                            meetings[-1], meets_my_needs=(), meets_their_needs=()
                        )
                items.append(AgendaItem(rnd.number, group.table, tuple(meetings)))
            out[person] = items
        return out

    def names(self, event_id: str, *, actor: Actor | None) -> dict[str, str]:
        """Display names of the attendees (organiser), for exports."""
        self._organised(event_id, actor, "export the plan")
        ids = [a.profile_id for a in self.events.attendees(event_id)]
        # privacy: only the people the organiser may see are named (event-only ones are)
        return {p.id: p.name for p in self.store.profiles(ids) if self.service._visible(p, actor)}

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
        profiles, _, scores, _ = self._scores(ids)
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
