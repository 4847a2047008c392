"""Trust use cases: collaborations, endorsements, personalised trust, warm and double opt-in intros.

Routes and CLI commands call one method here. Permissions come from an
:class:`matcher.access.Actor`: a member acts only as themselves; ratings and
notes given, trust scores, intro paths and introductions are private to the
people involved; avoid lists are never shown, they only remove people.

Trust at scale (issue 21). The service holds the community's trust graph in memory as a
:class:`graph.live.LiveTrustGraph`, built once (:meth:`TrustService.warm`, the cold start)
and then kept up to date in place: every write that changes trust appends to the store's
change log (kind ``trust`` of :mod:`matcher.db`'s one change log: a pair whose collaborations changed, an endorsement, the
ties of an erased person), and every read first applies what was logged since (a few
rows read again, by any process sharing the database). Decay is applied when trust is
read, so a new day needs no rebuild. One viewer's trust is local
(:func:`graph.local.local_trust`: a forward push whose cost follows the viewer's
neighbourhood, within ``TrustSettings.tol`` of the exact personalised PageRank), and,
once enough members are known to be real (``seeds``: checked in at an event), it is
weighed by their legitimacy (:func:`graph.legitimacy.legitimacy`, refreshed in the
background), which keeps clusters of fake accounts out past 20 attack edges.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from graph.legitimacy import legitimacy
from graph.live import LiveTrustGraph, TrustView, day_number
from graph.local import LocalTrust, local_trust
from graph.paths import Excluded, TrustPath, near, trusted_paths, trusted_paths_from
from graph.trust import TrustGraph
from matcher.access import (
    ACT_AS,
    ANSWER_COLLABORATION,
    EDIT_PROFILE,
    RATE_COLLABORATION,
    WITHDRAW_INTRODUCTION,
    Actor,
    actor_sees,
    put_forward,
    signed_in,
)
from matcher.db import ERASURE_EPOCH, Database
from matcher.errors import (
    CofoundryError,
    Conflict,
    ControlCharacter,
    InvalidInput,
    TooLong,
    UnknownCollaboration,
    UnknownIntroduction,
    UnknownProfile,
    blank,
)
from matcher.ids import new_id
from matcher.memory import gc_paused
from matcher.notices import Notice, NoticeKind, Notify, announce
from matcher.profiles import Profile, ProfileStore
from matcher.trust.kept import KeptViewers
from matcher.trust.model import (
    MAX_PATHS,
    MAX_PENDING_PROPOSALS,
    MAX_PROJECT,
    MAX_SKILL,
    MAX_SKILLS,
    MAX_TEXT,
    AvoidChange,
    Collaboration,
    CollabStatus,
    Endorsement,
    Introduction,
    IntroStatus,
    InviteLimits,
    TrustSettings,
    ViewerTrust,
    both_rated_well,
    check_collaboration_dates,
    check_invitation,
    check_rating,
    check_skill,
    intro_status,
    live_graph,
    live_graph_rows,
    pair_parts,
    redact_for,
    would_work_again,
)
from matcher.trust.store import ARC, PAIR, SWEEP, AvoidStore, TrustChange, TrustStore

__all__ = ["IntroView", "TrustService"]

logger = logging.getLogger(__name__)
MAX_K = 100


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


#: Why a request that is no longer pending cannot be withdrawn, and what to do instead.
_NOT_WITHDRAWN = {
    IntroStatus.ACCEPTED: "it was accepted: write to each other in your conversation instead",
    IntroStatus.NOT_ACCEPTED: "it was not accepted; nothing to withdraw",
    IntroStatus.EXPIRED: "it expired unanswered; nothing to withdraw",
    IntroStatus.ENDED: "it ended: nobody was left to introduce you; nothing to withdraw",
    IntroStatus.WITHDRAWN: "you withdrew it already; nothing more to do",
}


@dataclass(frozen=True, slots=True)
class IntroView:
    """An introduction as one of the people involved sees it.

    ``contact`` holds the e-mail addresses of the requester and the target once
    everyone accepted (the connector's is never shown), and is empty before. An address
    its owner has not proved yet (``proven``, the accounts' rule) is not shown: its entry
    holds ``""`` and its member is in ``unconfirmed`` (a page says it waits for
    confirmation). A decline by anyone reads ``not accepted``: who declined and why is
    not shown. ``withdrawn_at``: when the requester withdrew it (status ``withdrawn``).
    """

    id: str
    requester: str
    target: str
    connector: str | None
    message: str
    status: IntroStatus
    my_role: str
    my_answer: bool | None
    created_at: dt.datetime
    expires_at: dt.datetime
    contact: tuple[tuple[str, str], ...] = ()
    unconfirmed: tuple[str, ...] = ()
    withdrawn_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class _Legitimacy:
    """Legitimacy per graph row, and what it was computed from."""

    values: npt.NDArray[np.float64]
    day: dt.date
    writes: int
    at: float  # time.monotonic() of the computation


@dataclass(frozen=True, slots=True)
class _Hidden:
    """The people not put forward, at a version of the profiles' change log and an
    erasure epoch (see :meth:`TrustService._private`)."""

    version: int
    epoch: int
    ids: frozenset[str]


@dataclass(frozen=True, slots=True)
class _StateKey:
    """What one viewer's trust depends on besides the rows it read (see
    :meth:`TrustService.viewer_trust`).

    The objects are held, and compared by identity: a graph, legitimacy, settings or day's
    degrees replaced by a new one is a new state even if the old one's memory is reused.
    ``shared``: the day and :meth:`graph.live.LiveTrustGraph.shared_state`'s numbers.
    """

    graph: LiveTrustGraph
    legit: _Legitimacy | None
    settings: TrustSettings
    degrees: object
    shared: tuple[float, ...]

    def same(self, other: _StateKey) -> bool:
        return (
            self.graph is other.graph
            and self.legit is other.legit
            and self.settings is other.settings
            and self.degrees is other.degrees
            and self.shared == other.shared
        )


def _cause(intro: Introduction) -> str:
    """What the notices of a request come from (:attr:`matcher.notices.Notice.cause`)."""
    return f"intro:{intro.id}"


class TrustService:
    """Trust use cases over a :class:`~matcher.db.Database`.

    Parameters
    ----------
    db : Database
        Shared with the other domains' services.
    settings : TrustSettings
    clock : callable, optional
        Returns the current UTC time (tests move it to expire requests).
    limits : InviteLimits, optional
        How many introduction requests a member may send.
    visible : callable, optional
        ``visible(profile, actor)``: the visibility rule (see :attr:`visible`).
    seeds : callable, optional
        ``seeds()``: members known to be real (see :attr:`seeds`).
    background : bool
        Refresh legitimacy and compact the graph on a background thread (True), or
        in the query that finds them due (False: deterministic, for tests).

    Examples
    --------
    >>> from matcher.schema import connect
    >>> db = connect()
    >>> ProfileStore(db).put_bare("ana", "bob", "cy")
    >>> trust = TrustService(db)
    >>> ana, bob, cy = Actor("ana"), Actor("bob"), Actor("cy")
    >>> c = trust.propose_collaboration("ana", "bob", "shop", "2024-01-01", actor=ana)
    >>> c = trust.answer_collaboration(c.id, True, actor=bob)
    >>> c = trust.rate_collaboration(c.id, 2, actor=ana)
    >>> c = trust.rate_collaboration(c.id, 2, actor=bob)
    >>> c2 = trust.propose_collaboration("bob", "cy", "app", "2024-01-01", actor=bob)
    >>> _ = trust.answer_collaboration(c2.id, True, actor=cy)
    >>> [(pid, round(t, 2)) for pid, t in trust.trust_for("ana", actor=ana)]
    [('bob', 1.0), ('cy', 0.64)]
    >>> [p.nodes for p in trust.intro_paths("ana", "cy", actor=ana)]
    [('ana', 'bob', 'cy')]
    """

    def __init__(
        self,
        db: Database,
        settings: TrustSettings | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
        limits: InviteLimits | None = None,
        visible: Callable[[Profile, Actor | None], bool] | None = None,
        seeds: Callable[[], Iterable[str]] | None = None,
        background: bool = True,
    ) -> None:
        self.db = db
        #: the visibility rule for the people named in requests (the profile service's,
        #: which knows who shares an event; by default :func:`matcher.access.actor_sees`)
        self.visible = visible or actor_sees
        self.store = TrustStore(db)
        self.avoids = AvoidStore(db)
        self.people = ProfileStore(db)
        #: whether a member's owner proved they read an address (the community wires the
        #: accounts' :meth:`~matcher.accounts.AccountService.proven`); by default none is
        #: proven, so no address is shown
        self.proven: Callable[[str, str], bool] = lambda _member, _address: False
        #: the error for a profile not there (the community wires the profiles'
        #: :meth:`~matcher.profiles.ProfileService.missing`: a member without a profile yet
        #: is told so); by default unknown
        self.missing: Callable[..., CofoundryError] = lambda person, _actor, field="id": (
            UnknownProfile(f"no profile {person!r}", field=field, value=person)
        )
        #: told of each introduction request and answer, in its transaction (the inbox)
        self.on_notice: list[Notify] = []
        #: ``obsolete(cause, reason)``: the notices of ``cause`` (``intro:<id>``) are moot,
        #: in the transaction that made them so (a withdrawn request: the community cancels
        #: their e-mails not sent yet, :meth:`~matcher.mail.MailService.cancel`)
        self.on_obsolete: list[Callable[[str, str], object]] = []
        self.settings = settings or TrustSettings()
        self.limits = limits or InviteLimits()
        self.clock = clock or _utcnow
        #: members known to be real, the seeds of legitimacy (the community's: members
        #: checked in at an event); legitimacy applies from ``settings.min_seeds`` of them
        self.seeds = seeds
        self.background = background
        self._live: LiveTrustGraph | None = None
        self._seq = 0  # the last change of the log applied to the live graph
        self._legit: _Legitimacy | None = None
        self._trust_view: tuple[LiveTrustGraph, float, TrustView] | None = None
        self._maintaining = False
        #: seconds the last cold build took (None before the first)
        self.cold_build_seconds: float | None = None
        self._private_cache: _Hidden | None = None
        #: viewers' trust kept between requests: see :meth:`viewer_trust`
        self.kept = KeptViewers(
            self.settings.viewers_kept, int(self.settings.viewers_kept_mb * 2**20)
        )
        self._kept_gen = 0  # moved by every edit applied to the live graph (and clear)
        self._lock = threading.RLock()

    # ------------------------------------------------------------- helpers
    def _exists(self, person: str, field: str = "id", *, actor: Actor | None = None) -> None:
        """``person`` exists and, when ``actor`` is given, is visible to them (else: unknown)."""
        profile = self.people.get_profile(person)
        if profile is None and actor is not None:  # the actor's own, not written yet?
            raise self.missing(person, actor, field=field)
        if profile is None or (actor is not None and not actor_sees(profile, actor)):
            raise UnknownProfile(f"no profile {person!r}", field=field, value=person)

    def _own(self, person: str, actor: Actor | None, field: str = "id") -> None:
        """``person``, whom ``actor`` acts as, has a profile (else :attr:`missing`: a member
        who has not written theirs yet is told so and how)."""
        if self.people.get_profile(person) is None:
            raise self.missing(person, actor, field=field)

    def forget_cached(self) -> None:
        """After an erasure: apply it to the live graph now and drop the hidden set (they
        may name the person)."""
        with self._lock:
            self._private_cache = None
            self._trust_view = None
            self._forget_kept()
            if self._live is not None:
                self.live()

    def _forget_kept(self) -> None:
        """Let go of every viewer's kept trust (under the lock)."""
        self.kept.clear()
        self._kept_gen += 1

    @staticmethod
    def _text(value: str, field: str, limit: int = MAX_TEXT) -> str:
        """``value`` within ``limit``; "" when it shows nothing (:func:`matcher.errors.blank`:
        a project or skill of zero-width spaces is as missing as an empty one); a control
        character (a NUL, an escape) is refused as in every other free text."""
        text = TooLong.unless_short(value, limit, field=field, hint="shorten it")
        control = ControlCharacter.find(
            text, field=field, hint="remove control characters such as NUL; line breaks are fine"
        )
        if control is not None:
            raise control
        return "" if blank(text) else text

    @staticmethod
    def _date(value: str | dt.date | None, field: str) -> dt.date | None:
        if value is None or value == "":
            return None
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise InvalidInput(
                f"{field} must be a date", field=field, value=value, hint="use YYYY-MM-DD"
            ) from None

    # ------------------------------------------------------------ the live graph
    def warm(self, *, progress: Callable[[int], None] | None = None) -> LiveTrustGraph:
        """Build the live graph now (the cold start), so the first query need not wait.

        ``progress`` is called with the number of records read, every 100,000 (a progress
        bar); :attr:`cold_build_seconds` says how long it took. The people not put forward
        are read too (every profile: a second at 10k), which the first suggestion with
        trust would otherwise wait for.
        """
        with self._lock:
            g = self._cold_start(progress) if self._live is None else self.live()
            self._private()
            return g

    def _cold_start(self, progress: Callable[[int], None] | None) -> LiveTrustGraph:
        start = time.perf_counter()
        # the log position first: a write landing while the tables are read is applied
        # again afterwards, which changes nothing (every change re-reads its rows)
        seq = self.store.last_change()
        with gc_paused():
            g = live_graph_rows(
                self.store.confirmed_rows(),
                self.store.endorsement_pairs(),
                settings=self.settings,
                progress=progress,
            )
        self._live, self._seq, self._trust_view = g, seq, None
        g.watch_edits()  # from now on each edit says which rows it changed
        self._forget_kept()
        self._legit = self._legitimacy(g, self._seed_list(), self.clock().date())
        self.cold_build_seconds = time.perf_counter() - start
        logger.info(
            "trust graph built: %d people, %d arcs in %.2f s",
            len(g),
            g.n_arcs,
            self.cold_build_seconds,
        )
        return g

    def live(self) -> LiveTrustGraph:
        """The community's trust graph, with every change logged so far applied in place.

        Built from the tables the first time (or when this process fell further behind
        than the log keeps); afterwards each change re-reads only its own rows: the
        collaborations of one pair, the endorsements from one person to another, or the
        ties of someone erased.
        """
        with self._lock:
            g = self._live
            if g is not None and self.db.in_transaction:
                # this transaction's own changes may still roll back (and their sequence
                # numbers be reused): they are applied once committed
                return g
            changes = None if g is None else self.store.changes_since(self._seq)
            if g is None or changes is None:
                if self.db.in_transaction:  # built from uncommitted rows: not kept
                    return live_graph(
                        self.store.collaborations(confirmed_only=True),
                        self.store.endorsements(),
                        settings=self.settings,
                    )
                return self._cold_start(None)
            edited: set[str] = set()
            for change in changes:
                self._apply(g, change)
                self._seq = change.seq
                if change.kind in (PAIR, ARC) and change.b is not None:
                    edited |= {change.a, change.b}
                else:  # people swept or erased: the view starts again
                    self._trust_view = None
            if edited and self._trust_view is not None:
                # after the edits: only the rows of the people whose arcs changed are read again
                self._trust_view[2].forget(edited)
            rows = g.take_edited()
            if rows:
                # the viewers whose trust read one of those rows (or who just joined the graph)
                joined = {name for r in rows if (name := g.name(r)) is not None}
                self.kept.drop_touching(rows, joined)
                self._kept_gen += 1
            return g

    def _apply(self, g: LiveTrustGraph, change: TrustChange) -> None:
        a, b, s = change.a, change.b, self.settings
        if change.kind == PAIR and b is not None:
            between = self.store.collaborations_between(a, b)
            edge, ab, ba = pair_parts(between, a, b, s)
            if edge or ab or ba or (a in g and b in g):
                g.set_edge(a, b, edge)
                g.set_negative(a, b, ab)
                g.set_negative(b, a, ba)
                g.set_flag(a, b, any(would_work_again(c) for c in between))
        elif change.kind == ARC and b is not None:
            parts = [(s.endorsement_weight, None)] if self.store.endorses(a, b) else []
            if parts or (a in g and b in g):
                g.set_arc(a, b, parts)
        elif change.kind == SWEEP:
            g.drop_isolated()
        else:  # TOUCH: someone tied to ``a`` was erased; whoever has no profile left goes
            around = g.neighbours(a)
            alive = {p.id for p in self.people.profiles(sorted(around))}
            for pid in around - alive:
                g.remove_node(pid)

    def graph(self, *, as_of: dt.date | None = None) -> TrustView:
        """The trust graph as seen today (or on ``as_of``): who is in it and each edge's
        weight, for warm-intro paths.

        One view per graph and day, shared by the requests: it keeps the rows it read, and
        :meth:`live` tells it whose rows a change edited (a confirmation re-reads the rows
        of its two people, not every row the paths had read).
        """
        g = self.live()
        day = day_number(as_of or self.clock().date())
        with self._lock:
            view = self._trust_view
            if view is None or view[0] is not g or view[1] != day:
                view = self._trust_view = (g, day, g.at(day))
            return view[2]

    def snapshot(self, *, as_of: dt.date | None = None) -> TrustGraph:
        """The whole graph decayed to ``as_of`` (default today) as a static
        :class:`graph.trust.TrustGraph` (networkx inside: for notebooks and exact checks)."""
        return self.live().snapshot(as_of=as_of or self.clock().date())

    # ------------------------------------------------------------ legitimacy
    def _seed_list(self) -> list[str]:
        return sorted(set(self.seeds())) if self.seeds is not None else []

    def _legitimacy(self, g: LiveTrustGraph, seeds: list[str], day: dt.date) -> _Legitimacy | None:
        if self.settings.min_seeds == 0 or len(seeds) < self.settings.min_seeds:
            return None
        writes = g.writes
        values = legitimacy(g, seeds, as_of=day)
        return _Legitimacy(values, day, writes, time.monotonic())

    #: seconds after which legitimacy is computed again (new seeds are taken up)
    LEGITIMACY_MAX_AGE = 600.0

    def _due(self, g: LiveTrustGraph, day: dt.date) -> tuple[bool, bool]:
        """(legitimacy due, compaction due)."""
        leg = self._legit
        if self.seeds is None or self.settings.min_seeds == 0:
            due = False
        elif leg is None:  # too few seeds so far: look again now and then
            due = self._last_seed_look + self.LEGITIMACY_MAX_AGE < time.monotonic()
        else:
            due = (
                leg.day != day
                or g.capacity > len(leg.values)  # newcomers count 0 until then
                or g.writes - leg.writes >= max(50, len(g) // 100)
                or leg.at + self.LEGITIMACY_MAX_AGE < time.monotonic()
            )
        return due, g.n_overlay > max(2_000, g.capacity // 10)

    _last_seed_look = -float("inf")

    def maintain(self, *, wait: bool = False) -> None:
        """Refresh legitimacy and compact the graph if due; on a background thread unless
        ``wait`` (or the service was made with ``background=False``)."""
        self._maintain(self.live(), wait=wait)

    def _maintain(self, g: LiveTrustGraph, *, wait: bool = False) -> None:
        day = self.clock().date()
        with self._lock:
            leg_due, compact_due = self._due(g, day)
            if self._maintaining or not (leg_due or compact_due):
                return
            self._maintaining = True
            seeds = self._seed_list() if leg_due else []  # read here: this thread's connection
            if leg_due:
                self._last_seed_look = time.monotonic()

        def work() -> None:
            try:
                if compact_due:
                    g.compact()
                if leg_due:
                    fresh = self._legitimacy(g, seeds, day)
                    with self._lock:
                        if self._live is g:
                            self._legit = fresh
            finally:
                self._maintaining = False

        if self.background and not wait:
            threading.Thread(target=work, name="trust-maintenance", daemon=True).start()
        else:
            work()

    # ------------------------------------------------------- collaborations
    def propose_collaboration(
        self,
        proposer: str,
        partner: str,
        project: str,
        started: str | dt.date,
        ended: str | dt.date | None = None,
        *,
        rating: int | None = None,
        note: str = "",
        actor: Actor | None,
        by_member: bool = True,
    ) -> Collaboration:
        """Propose a collaboration; it counts for trust only once ``partner`` confirms it.
        Its dates follow :func:`~matcher.trust.model.check_collaboration_dates`: it has
        happened, and did not start before 1950. A member's own proposal waits for its
        answer (one per partner, :data:`~matcher.trust.model.MAX_PENDING_PROPOSALS` at
        once); ``by_member=False``: one the product makes for them (a venture's end, both
        saying they would work together again), never refused for that."""
        ACT_AS.require(actor, proposer, what="propose a collaboration")
        if proposer == partner:
            raise InvalidInput(
                "a collaboration needs two different people",
                field="partner",
                value=partner,
                hint="name the person you worked with",
            )
        project = self._text(project, "project", MAX_PROJECT)
        if not project:
            raise InvalidInput("project must not be empty", field="project", hint="name it")
        start = self._date(started, "started")
        if start is None:
            raise InvalidInput("started is required", field="started", hint="use YYYY-MM-DD")
        end = self._date(ended, "ended")
        start, end = check_collaboration_dates(start, end, self.clock().date())
        c = Collaboration(
            id=new_id("col_"),
            proposer=proposer,
            partner=partner,
            project=project,
            started=start,
            ended=end,
            proposer_rating=None if rating is None else check_rating(rating),
            proposer_note=self._text(note, "note"),
        )
        with self.db.transaction():
            self._own(proposer, actor)
            self._exists(partner, "partner", actor=actor)
            waiting = self.store.waiting_partners(proposer) if by_member else []
            if partner in waiting:
                raise Conflict(
                    f"your proposal of a collaboration to {partner!r} is waiting for their answer",
                    field="partner",
                    value=partner,
                    hint="wait for their answer, then propose the next project",
                )
            if len(waiting) >= MAX_PENDING_PROPOSALS:
                raise Conflict(
                    f"{len(waiting)} of your proposals are waiting for an answer, the most that"
                    " may wait at once",
                    field="proposals",
                    value=len(waiting),
                    hint="wait for answers, then propose again",
                )
            self.store.put_collaboration(c)
        return c

    def _collab_for(self, collab_id: str, actor: Actor | None) -> Collaboration:
        actor = signed_in(actor)
        c = self.store.get_collaboration(collab_id)
        if c is None or not (actor.is_admin or actor.profile_id in (c.proposer, c.partner)):
            raise UnknownCollaboration(f"no collaboration {collab_id!r}", value=collab_id)
        return c

    def answer_collaboration(
        self, collab_id: str, confirm: bool, *, actor: Actor | None
    ) -> Collaboration:
        """The partner confirms (or declines) a proposed collaboration."""
        with self.db.transaction():
            c = self._collab_for(collab_id, actor)
            ANSWER_COLLABORATION.require(actor, c.partner, value=collab_id, collaboration=collab_id)
            if c.status != CollabStatus.PROPOSED:
                raise Conflict(
                    f"collaboration {collab_id!r} is already {c.status.value}",
                    field="status",
                    value=c.status.value,
                    hint="propose it again if this was a mistake",
                )
            status = CollabStatus.CONFIRMED if confirm else CollabStatus.DECLINED
            c = replace(c, status=status)
            self.store.put_collaboration(c)
        assert actor is not None
        return redact_for(c, None if actor.is_admin else actor.profile_id)

    def rate_collaboration(
        self, collab_id: str, rating: int, note: str = "", *, actor: Actor | None
    ) -> Collaboration:
        """One side rates the collaboration (-2..+2) with an optional private note."""
        value = check_rating(rating)
        note = self._text(note, "note")
        with self.db.transaction():
            c = self._collab_for(collab_id, actor)
            actor = RATE_COLLABORATION.require(
                actor, collab_id, (c.proposer, c.partner), value=collab_id
            )
            if c.status == CollabStatus.DECLINED:
                raise Conflict(
                    f"collaboration {collab_id!r} was declined; it cannot be rated",
                    field="status",
                    value=c.status.value,
                    hint="propose it again",
                )
            if actor.profile_id == c.proposer:
                c = replace(c, proposer_rating=value, proposer_note=note)
            else:
                c = replace(c, partner_rating=value, partner_note=note)
            self.store.put_collaboration(c)
        return redact_for(c, actor.profile_id)

    def collaborations(self, person: str, *, actor: Actor | None) -> list[Collaboration]:
        """``person``'s collaborations, to themselves: the other side's rating and note hidden."""
        ACT_AS.require(actor, person, what="list collaborations")
        assert actor is not None
        viewer = None if actor.is_admin else person
        apart = set() if actor.is_admin else self.avoids.avoided_either_way(person)
        return [
            redact_for(c, viewer)
            for c in self.store.collaborations(person)
            # a proposal from someone I avoid never reaches me (its project is free text)
            if not (
                c.status == CollabStatus.PROPOSED and c.partner == person and c.proposer in apart
            )
        ]

    # --------------------------------------------------------- endorsements
    def endorse(
        self, endorser: str, endorsed: str, skill: str, *, actor: Actor | None
    ) -> list[Endorsement]:
        """``endorser`` vouches for a skill of ``endorsed``; returns what ``endorsed`` received."""
        ACT_AS.require(actor, endorser, what="endorse someone")
        skill = self._text(check_skill(skill), "skill", MAX_SKILL)
        if not skill:
            raise InvalidInput("skill must not be empty", field="skill", hint="e.g. python")
        if endorser == endorsed:
            raise InvalidInput(
                "you cannot endorse yourself", field="id", value=endorsed, hint="ask a peer"
            )
        with self.db.transaction():
            self._exists(endorsed, actor=actor)
            given = self.store.skills_endorsed(endorser, endorsed)
            if skill not in given and len(given) >= MAX_SKILLS:
                raise Conflict(
                    f"you already endorse {MAX_SKILLS} skills of {endorsed!r}, the most one"
                    " member endorses of another",
                    field="skill",
                    value=skill,
                    hint="withdraw one first (DELETE /profiles/{id}/endorsements/{skill})",
                )
            self.store.add_endorsement(Endorsement(endorser, endorsed, skill))
        return self.endorsements(endorsed, actor=actor)

    def unendorse(
        self, endorser: str, endorsed: str, skill: str, *, actor: Actor | None
    ) -> list[Endorsement]:
        """Withdraw an endorsement."""
        ACT_AS.require(actor, endorser, what="withdraw an endorsement")
        with self.db.transaction():
            self._exists(endorsed, actor=actor)
            self.store.remove_endorsement(Endorsement(endorser, endorsed, check_skill(skill)))
        return self.endorsements(endorsed, actor=actor)

    def endorsements(self, person: str, *, actor: Actor | None) -> list[Endorsement]:
        """Endorsements ``person`` received (public to signed-in members).

        Those of someone ``person`` avoids (either way) are shown to nobody but their endorser
        (a skill is free text: "lying to investors" must not stay on someone's page; the
        endorser is not told, avoid lists are private)."""
        actor = signed_in(actor)
        self._exists(person, actor=actor)
        endorsers = {e.endorser for e in self.store.endorsements(person)}
        seen = {p.id for p in self.people.profiles(sorted(endorsers)) if actor_sees(p, actor)}
        apart = self.avoids.avoided_either_way(person) - {actor.profile_id}
        return [e for e in self.store.endorsements(person) if e.endorser in seen - apart]

    # ---------------------------------------------------------------- trust
    def local(self, viewer: str, *, as_of: dt.date | None = None) -> LocalTrust:
        """``viewer``'s trust in the people around them, within ``settings.tol`` of the exact
        personalised PageRank (``error_bound`` on the result; no permission check: internal).

        Examples
        --------
        >>> from matcher.schema import connect
        >>> db = connect()
        >>> t = TrustService(db).local("nobody")
        >>> len(t), t.error_bound
        (0, 0.0)
        """
        return self._local(self.live(), viewer, as_of)

    def _local(
        self,
        g: LiveTrustGraph,
        viewer: str,
        as_of: dt.date | None,
        *,
        dense: bool = True,
        support: bool = False,
    ) -> LocalTrust:
        self._maintain(g)
        leg = self._legit
        return local_trust(
            g,
            viewer,
            as_of=as_of or self.clock().date(),
            legitimacy=None if leg is None else leg.values,
            dense=dense,
            support=support,
            **self.settings.walk(),
        )

    def _has_edges(self, g: LiveTrustGraph, viewer: str) -> bool:
        i = g.index.get(viewer)
        if i is None:
            return False
        deg = g.degrees(np.array([i], dtype=np.int64), as_of=self.clock().date())
        return bool(deg[0, 0] + deg[1, 0] > 0)

    def trust_for(
        self, viewer: str, *, k: int = 20, actor: Actor | None
    ) -> list[tuple[str, float]]:
        """The ``k`` people ``viewer`` trusts most, in [0, 1] (private to the viewer)."""
        ACT_AS.require(actor, viewer, what="see trust scores")
        InvalidInput.unless_within(k, 1, MAX_K, field="k", hint="10 is the usual page")
        self._own(viewer, actor)  # a mistyped id is unknown, not someone without trust yet
        hidden = set(self.avoids.avoid_list(viewer)) | self._private()
        return [(pid, round(t, 6)) for pid, t in self.local(viewer).top(k, exclude=hidden)]

    def viewer_trust(self, viewer: str) -> ViewerTrust:
        """Trust from ``viewer``'s point of view, for matching (no permission check: internal).

        Without a trust edge, trust leaves the suggestions untouched: nothing more is
        computed or read (the common case, asked on every suggestion).

        Kept (:attr:`kept`, ``settings.viewers_kept`` viewers within
        ``settings.viewers_kept_mb``) until an edit touches one of the rows it read
        (:attr:`graph.local.LocalTrust.support`): every confirmation, rating, endorsement,
        erasure or negative claim, in any process, reaches the live graph through the change
        log (:meth:`live` follows it on every call), and the graph names the rows each edit
        changed; a write elsewhere keeps it. Also let go when anything it depends on as a
        whole moves: the day (time decay), the legitimacy in use, the settings, the graph
        (built again) or its layout (compacted), and the numbers the error bound takes from
        everyone (:meth:`graph.live.LiveTrustGraph.shared_state`). Inside a transaction
        nothing is kept (its changes may still roll back). A result computed while another
        thread applied an edit is not kept (the edit may have landed mid-computation).
        """
        g = self.live()
        with self._lock:
            key = self._state_key(g)
            gen = self._kept_gen
            if key is not None:
                hit = self.kept.get(viewer, key)
                if hit is not None:
                    return hit
        support: Any
        if not self._has_edges(g, viewer):
            out = ViewerTrust(viewer)
            row = g.index.get(viewer)
            support = () if row is None else (row,)
        else:
            # compact (no array the size of the graph): the event planner holds one per attendee
            trust = self._local(g, viewer, None, dense=False, support=key is not None)
            support = trust.support
            if g is self._live and not self.db.in_transaction:
                # the graph's flags, kept by the cold build and every change since: no query
                again = frozenset(g.flagged(viewer))
            else:  # a graph built from uncommitted rows, or edits not applied yet: the rows
                again = frozenset(
                    other
                    for other, ra, rb in self.store.confirmed_ratings(viewer)
                    if both_rated_well(ra, rb)
                )
            out = ViewerTrust(viewer, trust, again, has_edges=True)
        with self._lock:
            # the key of the state it was computed on: a change meanwhile makes it a miss
            again_key = self._state_key(g)
            if (
                key is not None
                and again_key is not None
                and key.same(again_key)
                and self._kept_gen == gen
                and support is not None
            ):
                self.kept.put(viewer, key, out, support)
        return out

    def _state_key(self, g: LiveTrustGraph) -> _StateKey | None:
        """What a viewer's trust depends on besides the viewer and the rows it read (None:
        not to be kept)."""
        if self.db.in_transaction or g is not self._live:
            return None
        day = self.clock().date()
        degrees, shared = g.shared_state(day)
        return _StateKey(g, self._legit, self.settings, degrees, (day.toordinal(), *shared))

    # ---------------------------------------------------------------- paths
    def _excluded(self, a: str, b: str) -> Excluded:
        """Connectors nobody may pass through: either end's avoid list, both ways, and hidden people."""
        banned = self.avoids.avoided_either_way(a) | self.avoids.avoided_either_way(b)
        return Excluded(banned, self._private())

    #: most profile changes applied to the hidden set one by one; past it, read everyone
    HIDDEN_CATCH_UP = 1000

    def _private(self) -> frozenset[str]:
        """Ids of people not put forward (private, event-only, or no consent): never shown as
        connectors nor in anyone's trust list.

        Read from every profile once (a second at 10k profiles), then kept up to date from
        the profiles' change log: a profile written since is read again, alone, so one
        edit anywhere in the community no longer makes the next suggestion with trust read
        every profile. An erasure (in any process: the erasure epoch) reads everyone again.
        """
        with self._lock:
            version = self.people.data_version()
            epoch = self.db.head(ERASURE_EPOCH)
            cached = self._private_cache
            if cached is not None and cached.version == version and cached.epoch == epoch:
                return cached.ids
            changed = (
                self.people.changed_since(cached.version)
                if cached is not None and cached.epoch == epoch
                else None
            )
            if cached is None or changed is None or len(changed) > self.HIDDEN_CATCH_UP:
                private = frozenset(p.id for p in self.people.profiles() if not put_forward(p))
            else:
                # a profile deleted meanwhile is hidden no more (gone, as a full read says)
                hidden = {p.id for p in self.people.profiles(sorted(changed)) if not put_forward(p)}
                private = (cached.ids - changed) | hidden
            self._private_cache = _Hidden(version, epoch, private)
            return private

    def _paths(self, a: str, b: str, k: int) -> list[TrustPath]:
        if b in self.avoids.avoided_either_way(a):
            return []
        s = self.settings
        return trusted_paths(
            self.graph(),
            a,
            b,
            k=k,
            max_hops=s.max_hops,
            exclude=self._excluded(a, b),
            prefer=self.viewer_trust(a).trust,  # with ties many paths weigh the same
        )

    def intro_paths(
        self, a: str, b: str, *, k: int | None = None, actor: Actor | None
    ) -> list[TrustPath]:
        """The most trusted paths from ``a`` to ``b`` (at most 3 hops), best first; owner only.

        Between paths of equal trust and length (with ties, every path of collaborations
        weighs 1) the one through the connectors ``a`` trusts most comes first.

        Nobody on an avoid list of ``a`` or ``b`` (either way) is ever on a path.
        """
        ACT_AS.require(actor, a, what="look for introduction paths")
        self._exists(b, actor=actor)
        k = self.settings.paths_k if k is None else k
        InvalidInput.unless_within(k, 1, MAX_PATHS, field="k", hint="use 3")
        return self._paths(a, b, k)

    def intro_path(self, viewer: str, candidate: str) -> tuple[str, ...]:
        """The best path's ids, viewer first (empty if none); for suggestions."""
        paths = self._paths(viewer, candidate, 1)
        return paths[0].nodes if paths else ()

    def intro_paths_to(
        self,
        viewer: str,
        candidates: Iterable[str],
        *,
        trust: ViewerTrust | None = None,
        avoided: Collection[str] | None = None,
    ) -> dict[str, tuple[str, ...]]:
        """:meth:`intro_path` to each candidate, on one view of the graph with the viewer's
        avoid list and the hidden people read once (a page of suggestions).

        What the page's request read already is not read again: ``trust``, the viewer's
        trust the page was ranked with (:meth:`viewer_trust`: it orders the connectors of
        equal paths), and ``avoided``, the viewer's avoid list both ways
        (:meth:`AvoidStore.avoided_either_way`)."""
        graph = self.graph()
        mine = self.avoids.avoided_either_way(viewer) if avoided is None else avoided
        hidden = self._private()
        hops = self.settings.max_hops
        if trust is None or trust.viewer != viewer:
            trust = self.viewer_trust(viewer)
        liked = trust.trust
        # the hidden people are many: searched in place, never copied into one set per path
        around = near(graph, viewer, max_hops=hops, exclude=Excluded(mine, hidden))
        out: dict[str, tuple[str, ...]] = {}
        candidates = list(candidates)
        reachable = []
        for candidate in candidates:
            if candidate in mine or not around & graph.in_weights(candidate).keys():
                out[candidate] = ()  # avoided, or no path of `hops` arcs can reach them
            else:
                reachable.append(candidate)
        theirs = self.avoids.avoided_each(reachable)  # one query for the page
        found = trusted_paths_from(
            graph,
            viewer,
            [(c, Excluded(mine, hidden, theirs[c])) for c in reachable],
            k=1,
            max_hops=hops,
            prefer=liked,
        )
        for candidate, paths in found.items():
            out[candidate] = paths[0].nodes if paths else ()
        return {c: out[c] for c in candidates}  # in the page's order

    # -------------------------------------------------------- introductions
    def request_introduction(
        self,
        requester: str,
        target: str,
        *,
        connector: str | None = None,
        message: str = "",
        actor: Actor | None,
    ) -> IntroView:
        """Ask to be introduced to ``target``, directly or through ``connector``.

        The connector must be the first person on one of the warm paths from the
        requester to the target. Fair invitations (:func:`matcher.trust.model.check_invitation`):
        at most ``limits.weekly`` requests in 7 days and ``limits.burst`` in
        ``limits.burst_minutes``, and nobody asked again soon after declining; the count and
        the new request share one ``BEGIN IMMEDIATE`` transaction, so concurrent requests
        never exceed the limits.
        """
        ACT_AS.require(actor, requester, what="ask for an introduction")
        # the person asked would get a request from someone they cannot look up, and
        # accepting it would give their contact details to a blank
        self._own(requester, actor, "requester")
        message = self._text(message, "message")
        if target == requester:
            raise InvalidInput(
                "you cannot ask to meet yourself",
                field="target",
                value=target,
                hint="name the person you would like to meet",
            )
        self._exists(target, "target", actor=actor)
        if connector is not None:
            if connector in (requester, target):
                raise InvalidInput(
                    "the connector must be a third person",
                    field="connector",
                    value=connector,
                    hint="leave it out to ask directly",
                )
            firsts = {p.connectors[0] for p in self._paths(requester, target, 10) if p.connectors}
            if connector not in firsts:
                raise InvalidInput(
                    f"no warm path from you to {target!r} goes through {connector!r}",
                    field="connector",
                    value=connector,
                    hint="pick a connector from your intro paths, or ask directly",
                )
        now = self.clock()
        loop = self.store
        with self.db.transaction():
            # the people again, in the write: one of them erased since the checks above
            # (another request) would be named by a request written after their erasure,
            # and their id, free again, is the next sign-up's (red team 17)
            self._own(requester, actor, "requester")
            self._exists(target, "target", actor=actor)
            if connector is not None:
                self._exists(connector, "connector")
            check_invitation(
                loop.requests_sent(requester, now - dt.timedelta(days=7)),
                now,
                self.limits,
                declined_at=loop.last_declined(requester, target),
                target=target,
            )
            for old in self.store.introductions(requester):
                if (
                    old.requester == requester
                    and old.target == target
                    and intro_status(old, now) == IntroStatus.PENDING
                ):
                    raise Conflict(
                        f"you already asked to meet {target!r} (request {old.id!r})",
                        field="target",
                        value=target,
                        hint="wait for an answer or for it to expire",
                    )
            intro = Introduction(
                id=new_id("int_"),
                requester=requester,
                target=target,
                connector=connector,
                message=message,
                created_at=now,
                expires_at=now + dt.timedelta(days=self.settings.intro_ttl_days),
            )
            asked = self._asked(intro)
            intro = replace(intro, told=frozenset(n.data["as"] for n in asked))
            self.store.put_introduction(intro)
            announce(self.on_notice, asked)
        return self._view(intro, requester, now)

    def _asked(self, intro: Introduction) -> list[Notice]:
        """Who hears of a new request: the target and the connector, unless they avoid the
        requester (then the request is hidden from them, and so is its notice)."""
        facts = {"who": intro.requester, "intro": intro.id}
        return [
            Notice(person, NoticeKind.INTRO_REQUEST, facts | {"as": role}, _cause(intro))
            for person, role in ((intro.target, "target"), (intro.connector, "connector"))
            if person is not None and not self._hidden_from(intro, person)
        ]

    @staticmethod
    def _feedback_due(intro: Introduction) -> list[Notice]:
        """Once accepted, the requester and the target each have feedback to give about the
        other (context ``intro:<id>``); the connector met nobody new."""
        context = f"intro:{intro.id}"
        return [
            Notice(
                me, NoticeKind.FEEDBACK_DUE, {"who": other, "intro": intro.id, "context": context}
            )
            for me, other in ((intro.requester, intro.target), (intro.target, intro.requester))
        ]

    def _view(self, intro: Introduction, person: str | None, now: dt.datetime) -> IntroView:
        status = intro_status(intro, now)
        if person == intro.requester:
            role, answer = "requester", None
        elif person == intro.target:
            role, answer = "target", intro.target_answer
        elif person == intro.connector:
            role, answer = "connector", intro.connector_answer
        else:
            role, answer = "admin", None
        contact: tuple[tuple[str, str], ...] = ()
        unconfirmed: tuple[str, ...] = ()
        if status == IntroStatus.ACCEPTED and role in ("requester", "target", "admin"):
            people = {p.id: p for p in self.people.profiles([intro.requester, intro.target])}
            shown = [p for p in (intro.requester, intro.target) if p in people and p != person]
            typed = {pid: people[pid].email.strip() for pid in shown}
            proven = {pid: bool(typed[pid]) and self.proven(pid, typed[pid]) for pid in shown}
            contact = tuple((pid, typed[pid] if proven[pid] else "") for pid in shown)
            unconfirmed = tuple(pid for pid in shown if typed[pid] and not proven[pid])
        return IntroView(
            id=intro.id,
            requester=intro.requester,
            target=intro.target,
            connector=intro.connector,
            message=intro.message,
            status=status,
            my_role=role,
            my_answer=answer,
            created_at=intro.created_at,
            expires_at=intro.expires_at,
            contact=contact,
            unconfirmed=unconfirmed,
            withdrawn_at=intro.withdrawn_at,
        )

    def introduced(self, viewer: str, person: str) -> bool:
        """Does an introduction show ``person`` to ``viewer`` whatever its visibility
        (:func:`matcher.access.can_see`)? Yes if ``person`` asked ``viewer`` (to meet
        them, or to relay) and the request stands or was accepted, unless an avoid list
        hides it; and if ``person`` accepted to meet ``viewer``. Nobody is asked to answer
        a stranger, and asking shows no one to the asker before they said yes."""
        now = self.clock()
        asked = any(
            intro_status(i, now) in (IntroStatus.PENDING, IntroStatus.ACCEPTED)
            and not self._hidden_from(i, viewer)
            for i in self.store.requests_from(person, viewer)
        )
        return asked or any(
            i.target == person and intro_status(i, now) == IntroStatus.ACCEPTED
            for i in self.store.requests_from(viewer, person)
        )

    def _hidden_from(self, intro: Introduction, person: str) -> bool:
        # a target or connector never sees requests from someone they avoid (nor vice versa);
        # a connector never sees a request to meet someone they avoid (nor vice versa)
        if person == intro.requester:
            return False
        apart = self.avoids.avoided_either_way(person)
        if person == intro.connector and person != intro.target:
            return bool(apart & {intro.requester, intro.target})
        return intro.requester in apart

    def answer_introduction(self, intro_id: str, accept: bool, *, actor: Actor | None) -> IntroView:
        """The target or the connector accepts or declines; expired requests cannot be answered."""
        actor = signed_in(actor)
        person = actor.profile_id
        now = self.clock()
        with self.db.transaction():
            intro = self.store.get_introduction(intro_id)
            if (
                intro is None
                or person is None
                or person not in (intro.target, intro.connector)
                or self._hidden_from(intro, person)
            ):
                raise UnknownIntroduction(f"no introduction {intro_id!r}", value=intro_id)
            status = intro_status(intro, now)
            if status != IntroStatus.PENDING:
                raise Conflict(
                    f"introduction {intro_id!r} is {status.value}; it can no longer be answered",
                    field="status",
                    value=status.value,
                    hint=(
                        "the requester may ask again"
                        if status in (IntroStatus.EXPIRED, IntroStatus.ENDED)
                        else "the requester withdrew it; nothing to answer"
                        if status == IntroStatus.WITHDRAWN
                        else "it has been answered already; nothing more to do"
                    ),
                )
            if person == intro.target:
                intro = replace(intro, target_answer=accept)
            else:
                intro = replace(intro, connector_answer=accept)
            self.store.put_introduction(intro)
            answer = "accepted" if accept else "declined"
            facts = {"who": person, "intro": intro.id, "answer": answer}
            notices = [Notice(intro.requester, NoticeKind.INTRO_ANSWER, facts, _cause(intro))]
            if intro_status(intro, now) == IntroStatus.ACCEPTED:
                notices += self._feedback_due(intro)
            announce(self.on_notice, notices)
        return self._view(intro, person, now)

    def introductions(self, person: str, *, actor: Actor | None) -> list[IntroView]:
        """Requests ``person`` made, received or was asked to connect (to ``person`` only)."""
        ACT_AS.require(actor, person, what="see introductions")
        now = self.clock()
        return [
            self._view(i, person, now)
            for i in self.store.introductions(person)
            if not self._hidden_from(i, person)
        ]

    def get_introduction(self, intro_id: str, *, actor: Actor | None) -> IntroView:
        """One request, to the people involved (or an admin)."""
        intro, person = self._readable_intro(intro_id, signed_in(actor))
        return self._view(intro, person, self.clock())

    def _readable_intro(self, intro_id: str, actor: Actor) -> tuple[Introduction, str | None]:
        """The request and the person ``actor`` reads it as (None: an admin not involved),
        if ``actor`` may read it: one of its people it is not hidden from, or an admin;
        anyone else is told there is no such request."""
        intro = self.store.get_introduction(intro_id)
        person = actor.profile_id
        involved = intro is not None and person in (intro.requester, intro.target, intro.connector)
        if (
            intro is None
            or not (actor.is_admin or involved)
            or (involved and person is not None and self._hidden_from(intro, person))
        ):
            raise UnknownIntroduction(f"no introduction {intro_id!r}", value=intro_id)
        return intro, person if involved else None

    def withdraw_introduction(self, intro_id: str, *, actor: Actor | None) -> IntroView:
        """The requester takes back a request while it is pending (asked the wrong person,
        found a partner elsewhere, changed their mind): it reads ``withdrawn`` to everyone
        involved, nobody can answer it any more, and whoever was told of it (the target and
        the connector, unless they avoid the requester) is told it was withdrawn, no reason
        given (``intro_withdrawn``). Only its requester may (not an admin: the request is
        theirs; :data:`~matcher.access.WITHDRAW_INTRODUCTION`); a request that is no longer
        pending (answered, expired, ended, withdrawn already) is a conflict. It was sent:
        it still counts against the requester's invitation limits, and a new request to
        the same person may follow at once (a withdrawal declines nothing, so no pause).

        The read and the write share one ``BEGIN IMMEDIATE`` transaction with
        :meth:`answer_introduction`'s: of a withdrawal and an answer at the same moment,
        whichever commits first wins and the other is refused as a conflict.
        """
        actor = signed_in(actor, "withdraw an introduction request")
        now = self.clock()
        with self.db.transaction():
            intro, _ = self._readable_intro(intro_id, actor)
            WITHDRAW_INTRODUCTION.require(
                actor, intro.requester, value=intro_id, introduction=intro_id
            )
            status = intro_status(intro, now)
            if status != IntroStatus.PENDING:
                raise Conflict(
                    f"introduction {intro_id!r} is {status.value}; only a pending request"
                    " can be withdrawn",
                    field="status",
                    value=status.value,
                    hint=_NOT_WITHDRAWN[status],
                )
            intro = replace(intro, withdrawn_at=now)
            self.store.put_introduction(intro)
            # its e-mails not sent yet (the request itself, an answer, a move) are moot
            for obsolete in self.on_obsolete:
                obsolete(_cause(intro), f"introduction request {intro.id} withdrawn")
            announce(self.on_notice, self._withdrawn(intro))
        return self._view(intro, intro.requester, now)

    def _withdrawn(self, intro: Introduction) -> list[Notice]:
        """Who hears that a request was withdrawn: whoever was told of it (``told``: a
        person who avoided the requester when it came was not) and would be told of it now
        (the target and the connector, unless they avoid the requester), nobody else."""
        return [
            Notice(n.to, NoticeKind.INTRO_WITHDRAWN, n.data)
            for n in self._asked(intro)
            if n.data["as"] in intro.told
        ]

    # --------------------------------------------------------------- avoids
    def avoid(self, owner: str, other: str, *, actor: Actor | None) -> AvoidChange:
        """Put ``other`` on ``owner``'s private avoid list; returns the list, and whether
        ``other`` was not on it yet."""
        EDIT_PROFILE.require(actor, owner)
        if owner == other:
            raise InvalidInput(
                "you cannot avoid yourself",
                field="id",
                value=other,
                hint="name the person you do not want to meet",
            )
        with self.db.transaction():
            profile = self.people.get_profile(other)
            if profile is None or not self.visible(profile, actor):  # hidden: as if absent
                raise UnknownProfile(f"no profile {other!r}", field="id", value=other)
            added = self.avoids.add_avoid(owner, other)
            self._connectors_apart(owner, other)
            return AvoidChange(tuple(self.avoids.avoid_list(owner)), changed=added)

    def _connectors_apart(self, owner: str, other: str) -> None:
        """After ``owner`` avoids ``other``: a pending request where one of them connects
        and the other asked or is asked no longer goes through that connector (an avoided
        person never sees nor acts on your things): :meth:`_new_connector`; nobody is told
        who avoided whom, or that anyone did. Must run in a transaction."""
        now = self.clock()
        notices: list[Notice] = []
        for intro in self.store.introductions(owner):
            if intro.connector is None or intro_status(intro, now) != IntroStatus.PENDING:
                continue
            if intro.connector not in (owner, other):
                continue
            if (other if intro.connector == owner else owner) not in (
                intro.requester,
                intro.target,
            ):
                continue
            notices += self._new_connector(intro)
        announce(self.on_notice, notices)

    def profiles_saved(self, profiles: Sequence[Profile]) -> None:
        """After ``profiles`` were written: those not put forward (private, event-only, or
        no consent) are shown as a connector to nobody, so they leave the pending requests
        they were to relay (:meth:`_connector_gone`; one query for an import). In the
        writer's transaction."""
        self._connector_gone([p.id for p in profiles if not put_forward(p)])

    def _connector_gone(self, people: Sequence[str]) -> None:
        """``people`` may no longer relay requests (hidden, or erased): each pending request
        one of them connects goes through :meth:`_new_connector`. Must run in a
        transaction."""
        now = self.clock()
        notices: list[Notice] = []
        for intro in self.store.connected_by(people):
            if intro_status(intro, now) == IntroStatus.PENDING:
                notices += self._new_connector(intro)
        announce(self.on_notice, notices)

    def _new_connector(self, intro: Introduction) -> list[Notice]:
        """**The one rule for a pending request whose connector may no longer relay it**:
        it moves to the first connector of another warm path from the requester to the
        target (nobody either of them avoids, nor anyone hidden), who is asked as any
        connector is, the target's answer kept, and the requester is told that it moved
        (not why); with no other path it **ends** (``ended``: its connector cleared, so
        nobody is named, and it stays on the requester's page even once the connector is
        erased) and the requester is told that it ended, not why (an inbox item; an e-mail
        at a proven address). Stores the request; returns the notices. Must run in a
        transaction."""
        firsts = [
            p.connectors[0]
            for p in self._paths(intro.requester, intro.target, 10)
            if p.connectors and intro.connector not in p.connectors
        ]
        notices: list[Notice] = []
        if firsts:
            intro = replace(intro, connector=firsts[0], connector_answer=None)
            asked = [n for n in self._asked(intro) if n.data.get("as") == "connector"]
            # the new connector is told of it, or not (hidden from them): not the old one's
            told = intro.told - {"connector"} | ({"connector"} if asked else set())
            intro = replace(intro, told=frozenset(told))
            notices += asked
            facts = {"who": intro.target, "intro": intro.id}
            notices.append(Notice(intro.requester, NoticeKind.INTRO_MOVED, facts, _cause(intro)))
        else:
            intro = replace(
                intro,
                connector=None,
                connector_answer=None,
                ended_at=self.clock(),
                told=intro.told - {"connector"},
            )
            facts = {"who": intro.target, "intro": intro.id}
            notices.append(Notice(intro.requester, NoticeKind.INTRO_ENDED, facts))
        self.store.put_introduction(intro)
        return notices

    def unavoid(self, owner: str, other: str, *, actor: Actor | None) -> AvoidChange:
        """Take ``other`` off ``owner``'s avoid list; returns the list, and whether ``other``
        was on it (removing someone who was not changes nothing, and says so)."""
        EDIT_PROFILE.require(actor, owner)
        with self.db.transaction():
            removed = self.avoids.remove_avoid(owner, other)
            return AvoidChange(tuple(self.avoids.avoid_list(owner)), changed=removed)

    def avoid_list(self, owner: str, *, actor: Actor | None) -> list[str]:
        """The owner's avoid list, to the owner (or an admin) only."""
        EDIT_PROFILE.require(actor, owner)
        return self.avoids.avoid_list(owner)

    # -------------------------------------------------------------- privacy
    def forget(self, person: str) -> int:
        """Delete the person's collaborations, endorsements, introductions and avoid entries
        (a profile deleted); the next read of the live graph removes them. Must run in a
        transaction."""
        self._connector_gone([person])  # their pending requests move on first (or end)
        gone = self.store.forget(person) + self.avoids.forget(person)
        with self._lock:  # the live graph follows once committed (the change log says how)
            self._private_cache = None
            self._trust_view = None
            self._forget_kept()
        return gone
