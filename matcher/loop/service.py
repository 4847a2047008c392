"""One journey from match to split: a venture from an introduction, its end feeding trust,
and each member's pipeline of potential associates.

* :meth:`LoopService.venture_from_intro`: one of the two people of an accepted
  introduction starts a venture in one step (they own it, the other is invited and joins
  by accepting; the model's default Slicing Pie terms); :meth:`LoopService.venture_from_team`
  does the same for a team formed at an event (the other team members are invited).
* :meth:`LoopService.end_venture` proposes the end (an owner) and
  :meth:`LoopService.confirm_end` records each member's confirmation
  (:meth:`matcher.equity.EquityService.propose_end`); when the last one confirms, the
  venture is ended and a collaboration is proposed for every pair of its members, so each
  is asked to confirm and rate it; confirmed ratings feed the trust graph
  (:mod:`matcher.trust`).
* :meth:`LoopService.pipeline`: the people a member is suggested, contacted, met and works
  with, each at their furthest stage, with dates and the next step; :func:`pipeline_csv`.
* :meth:`LoopService.standings`: where a member stands with each person (asked, asked you,
  declined, accepted, met, partners); :meth:`LoopService.person`: another member's page as
  the member sees them (their visible profile, why they fit, the people both trust);
  :meth:`LoopService.mark`: save a person to come back to, or skip them (they leave the
  member's suggestions, one way).
* :meth:`LoopService.event_report`: after an event, what came of it (meetings held, feedback
  given, pairs who want to continue, ventures started), in figures for its organiser.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from itertools import combinations

from matcher.access import ACT_AS, HAVE_PROFILE, MARK_PEOPLE, Actor
from matcher.equity import MAX_VENTURE_NAME, EndRecord, EquityService, Venture
from matcher.errors import Conflict, InvalidInput, UnknownIntroduction, UnknownProfile
from matcher.events import (
    EventReport,
    EventService,
    EventStore,
    rounds_held,
    tables_held,
    verdict_counts,
)
from matcher.loop.feedback import FeedbackService
from matcher.loop.model import (
    Mark,
    NextStep,
    Person,
    PipelineRow,
    PipelineStage,
    Said,
    Standing,
    furthest,
    may_ask,
)
from matcher.loop.store import LoopStore
from matcher.matching import MatchingService
from matcher.profiles import ProfileStore
from matcher.trust import (
    AvoidStore,
    Collaboration,
    CollabStatus,
    IntroStatus,
    Verdict,
    intro_status,
)

__all__ = ["EndOutcome", "LoopService"]


@dataclass(frozen=True, slots=True)
class EndOutcome:
    """Where the end of a venture stands, and the collaborations proposed when it ended."""

    end: EndRecord
    waiting: tuple[str, ...]  # current members who have not confirmed yet
    collaborations: tuple[Collaboration, ...] = ()

    @property
    def ended(self) -> bool:
        return self.end.status == "ended"


class LoopService:
    """The loop's use cases over the matching, trust, equity and feedback services.

    Examples
    --------
    >>> from embeddings.encoder import FakeEncoder
    >>> from matcher.community import Community
    >>> c = Community(":memory:", FakeEncoder(dim=16))
    >>> _ = c.profiles.import_profiles([
    ...     {"id": "ana", "name": "Ana", "offers": "code", "needs": "sales"},
    ...     {"id": "bob", "name": "Bob", "offers": "sales", "needs": "code"},
    ...     {"id": "cyd", "name": "Cyd", "offers": "design", "needs": "code"}])

    A person's page (:meth:`person`) shows whom both trust:

    >>> _ = c.trust.endorse("cyd", "ana", "code", actor=Actor("cyd"))
    >>> _ = c.trust.endorse("cyd", "bob", "sales", actor=Actor("cyd"))
    >>> page = c.loop.person("ana", "bob", actor=Actor("ana"))
    >>> page.profile.name, page.shared, page.may_ask, page.standing
    ('Bob', ('cyd',), True, None)

    Where a person stands with each person they dealt with (:meth:`standings`):

    >>> _ = c.trust.request_introduction("ana", "bob", actor=Actor("ana"))
    >>> intro = c.trust.request_introduction("cyd", "ana", actor=Actor("cyd"))
    >>> _ = c.trust.answer_introduction(intro.id, True, actor=Actor("ana"))
    >>> sorted((p, s.value) for p, s in c.loop.standings("ana", actor=Actor("ana")).items())
    [('bob', 'asked'), ('cyd', 'accepted')]
    >>> c.loop.standings("bob", actor=Actor("bob"))["ana"].value
    'asked-you'

    Skipping someone (:meth:`mark`) takes them out of one's suggestions only, one way:

    >>> c.loop.mark("ana", "bob", Mark.SKIPPED, actor=Actor("ana"))
    {'bob': <Mark.SKIPPED: 'skipped'>}
    >>> [s.candidate for s in c.matching.suggest("ana", k=5, actor=Actor("ana"))]
    ['cyd']
    >>> "ana" in [s.candidate for s in c.matching.suggest("bob", k=5, actor=Actor("bob"))]
    True
    >>> c.loop.mark("ana", "bob", None, actor=Actor("ana"))
    {}
    """

    def __init__(
        self,
        matching: MatchingService,
        equity: EquityService,
        feedback: FeedbackService,
        events: EventService | None = None,
    ) -> None:
        self.matching = matching
        self.equity = equity
        self.feedback = feedback
        self.trust = feedback.trust
        self.db = matching.db
        self.loop = LoopStore(self.db)
        self.people = ProfileStore(self.db)
        self.ledgers = equity.store
        self.events = EventStore(self.db)
        self.event_service = events or EventService(matching, clock=self.trust.clock)
        self.avoids = AvoidStore(self.db)

    @staticmethod
    def _me(actor: Actor | None) -> str:
        actor = HAVE_PROFILE.require(actor)
        assert actor.profile_id is not None
        return actor.profile_id

    # ------------------------------------------------------------ ventures
    def venture_from_intro(
        self,
        intro_id: str,
        venture_id: str | None,
        name: str = "",
        *,
        actor: Actor | None,
        start: dt.date | None = None,
    ) -> tuple[Venture, list[str]]:
        """Start a venture with the other person of an accepted introduction (one step):
        the caller owns it, the other person is invited (they join by accepting).

        Returns the venture and its members (the caller, until the other accepts). Once
        either avoids the other, the introduction is unknown here (nobody is told why).
        """
        me = self._me(actor)
        intro = self.trust.store.get_introduction(intro_id)
        apart = self.trust.avoids.avoided_either_way(me)
        if (
            intro is None
            or me not in (intro.requester, intro.target)
            or {intro.requester, intro.target} & apart  # avoided since: as if none
        ):
            raise UnknownIntroduction(f"no introduction {intro_id!r}", value=intro_id)
        status = intro_status(intro, self.trust.clock())
        if status != IntroStatus.ACCEPTED:
            raise Conflict(
                f"introduction {intro_id!r} is {status.value}, not accepted",
                field="introduction",
                value=intro_id,
                hint="a venture starts from an introduction both sides accepted",
            )
        other = intro.target if me == intro.requester else intro.requester
        return self._start(venture_id, name, [other], f"intro:{intro_id}", actor, start)

    def venture_from_team(
        self,
        event_id: str,
        team: int,
        venture_id: str | None,
        name: str = "",
        *,
        actor: Actor | None,
        start: dt.date | None = None,
        formation: int | None = None,
    ) -> tuple[Venture, list[str]]:
        """Turn a team formed at an event into a venture in one step: the caller owns it and
        the other team members are invited, with the Slicing Pie's default terms. Only a
        team member may. The members are those the caller met in that team over the day
        (:func:`~matcher.events.teams_met`): whoever left after working with the team is
        invited, a no-show is not; nor is anyone the caller avoids or who avoids them
        (either way: an avoided person never sees your things). ``formation``: a team of
        the teams formed before and replaced on the day (``k``: the ``k``-th teams formed,
        as the attendee's day lists them); by default, the teams now."""
        me = self._me(actor)
        # whom I met in that team (matcher.events.teams_met): a member who left after
        # working with us is invited, a no-show is not, and a no-show starts nothing
        mates = self.events.teams_met(event_id).mates(me, team, formation)
        if not mates:
            raise InvalidInput(
                f"you are not in team {team} of event {event_id!r}",
                field="team",
                value=team,
                hint="name a team you were placed in (see your agenda)",
            )
        # nobody I avoid, nor anyone who avoids me, is invited (nor told why)
        apart = self.trust.avoids.avoided_either_way(me)
        others = [m for m in sorted(mates - apart) if self.people.get_profile(m) is not None]
        origin = f"event:{event_id}/team:{team}"
        if formation is not None:
            origin += f"/formation:{formation}"
        return self._start(venture_id, name, others, origin, actor, start)

    def _start(
        self,
        venture_id: str | None,
        name: str,
        others: list[str],
        origin: str,
        actor: Actor | None,
        start: dt.date | None,
    ) -> tuple[Venture, list[str]]:
        """Create the venture (the actor its owner), invite ``others``, record its origin:
        all of it in one transaction, or nothing. Returns the venture and its members.
        Without a name nor an id, it is named after its people ("Ana Lopez & Bob Martin")."""
        if not venture_id and not (name or "").strip():
            people = [self.people.get_profile(p) for p in (self._me(actor), *others)]
            name = " & ".join(p.name for p in people if p is not None)[:MAX_VENTURE_NAME]
        with self.db.transaction():
            venture = self.equity.create_venture(venture_id, name, actor=actor, start=start)
            for other in others:
                self.equity.invite(venture.id, other, actor=actor)
            self.loop.set_origin(venture.id, origin)
        return venture, self.ledgers.venture_members(venture.id)

    def end_venture(
        self, venture_id: str, on: dt.date | None = None, *, actor: Actor | None
    ) -> EndOutcome:
        """Propose the end of a venture (an owner; see
        :meth:`matcher.equity.EquityService.propose_end`); when the proposer is its only
        member, it ends at once."""
        self._me(actor)
        with self.db.transaction():
            day = on or self.trust.clock().date()
            record = self.equity.propose_end(venture_id, day, actor=actor)
            return self._outcome(venture_id, record, actor)

    def confirm_end(
        self,
        venture_id: str,
        ledger_hash: str,
        *,
        proposal: int | None = None,
        actor: Actor | None,
    ) -> EndOutcome:
        """Confirm a proposed end for the ledger one saw (and the proposal one read, if
        given); the last confirmation ends the venture and asks every pair of its members to
        confirm and rate their collaboration."""
        self._me(actor)
        with self.db.transaction():
            record = self.equity.confirm_end(
                venture_id, ledger_hash, proposal=proposal, actor=actor
            )
            return self._outcome(venture_id, record, actor)

    def decline_end(
        self,
        venture_id: str,
        reason: str,
        *,
        proposal: int | None = None,
        actor: Actor | None,
    ) -> EndOutcome:
        """Decline a proposed end (the proposal one read, if given), with a reason: the
        ledger opens again."""
        self._me(actor)
        record = self.equity.decline_end(venture_id, reason, proposal=proposal, actor=actor)
        return EndOutcome(record, ())

    def end_state(self, venture_id: str, *, actor: Actor | None) -> EndOutcome | None:
        """The venture's end or proposed end (to its readers), None if neither."""
        record = self.equity.end_record(venture_id, actor=actor)
        if record is None:
            return None
        return EndOutcome(record, self.equity.end_waiting(venture_id, record))

    def _outcome(self, venture_id: str, record: EndRecord, actor: Actor | None) -> EndOutcome:
        """When ``record`` just ended the venture: record it in the venture's story and ask
        each pair of members to rate their collaboration. Runs in the caller's transaction."""
        if record.status != "ended":
            return EndOutcome(record, self.equity.end_waiting(venture_id, record))
        venture = self.equity.get_venture(venture_id, actor=actor)
        day = record.on
        self.loop.end(venture_id, day, record.proposed_by)
        members = self.ledgers.venture_members(venture_id)
        started = self._started(venture_id, day)
        project = venture.name or venture.id
        existing = {
            frozenset((c.proposer, c.partner))
            for m in members
            for c in self.trust.store.collaborations(m)
            if c.project == project and c.status is not CollabStatus.DECLINED
        }
        proposed = []
        for a, b in combinations(members, 2):
            if frozenset((a, b)) in existing or self.people.get_profile(a) is None:
                continue
            if self.people.get_profile(b) is None:
                continue
            proposed.append(
                self.trust.propose_collaboration(
                    a, b, project, started, day, actor=Actor(a), by_member=False
                )
            )
        return EndOutcome(record, (), tuple(proposed))

    def ended_on(self, venture_id: str) -> dt.date | None:
        """When the venture ended (None: it goes on)."""
        return self.loop.story(venture_id)[1]

    def _started(self, venture_id: str, default: dt.date) -> dt.date:
        entries = self.ledgers.ledger_entries(venture_id)
        return min((e.on for e in entries), default=default)

    # ------------------------------------------------------------ pipeline
    def pipeline(self, person: str, *, actor: Actor | None, k: int = 10) -> list[PipelineRow]:
        """Everyone in ``person``'s pipeline at their furthest stage, latest stage first."""
        ACT_AS.require(actor, person, what="see a pipeline")  # the owner (or an admin) only
        now = self.trust.clock()
        today = now.date()
        rows: dict[str, PipelineRow] = {}
        rank: dict[str, tuple[int, int, dt.date]] = {}

        def put(row: PipelineRow) -> None:
            # the furthest stage; within it the most pressing step (mine to do first, then
            # a suggestion, then waiting), then the latest
            key = (int(row.stage), row.urgency, row.since)
            if row.person not in rank or key > rank[row.person]:
                rows[row.person], rank[row.person] = row, key

        told = PipelineRow.told
        for s in self.matching.suggest(person, k=k, actor=actor, explain=False):
            rating = s.rating  # the pair's score as every page shows it
            put(
                told(
                    s.candidate,
                    PipelineStage.SUGGESTED,
                    today,
                    Said.MATCH,
                    NextStep.ASK,
                    s.match,
                    points=str(rating.points),
                    band=rating.band,
                )
            )
        # what someone I avoid (either way) sent me never reaches me: their requests (as in
        # my introductions) and their collaboration proposals
        apart = self.avoids.avoided_either_way(person)
        for intro in self.trust.store.introductions(person):
            if person not in (intro.requester, intro.target):
                continue  # asked to connect others: not my pipeline
            if person == intro.target and intro.requester in apart:
                continue
            other = intro.target if person == intro.requester else intro.requester
            status = intro_status(intro, now)
            day = intro.created_at.date()
            if status == IntroStatus.ACCEPTED:
                given = self.trust.store.verdicts(person, other)
                step = NextStep.START_VENTURE if given else NextStep.FEEDBACK
                put(told(other, PipelineStage.MET, day, Said.INTRO_ACCEPTED, step, intro=intro.id))
            elif status == IntroStatus.PENDING:
                mine = person == intro.requester
                put(
                    told(
                        other,
                        PipelineStage.CONTACTED,
                        day,
                        Said.INTRO_PENDING,
                        NextStep.WAIT_ANSWER if mine else NextStep.ANSWER,
                        until=intro.expires_at.date().isoformat(),
                    )
                )
            else:
                said = {
                    IntroStatus.EXPIRED: Said.INTRO_EXPIRED,
                    IntroStatus.ENDED: Said.INTRO_ENDED,
                    IntroStatus.WITHDRAWN: Said.INTRO_WITHDRAWN,
                }.get(status, Said.INTRO_NOT_ACCEPTED)
                put(told(other, PipelineStage.CONTACTED, day, said, NextStep.OTHER_SUGGESTIONS))
        for f in self.trust.store.feedback_by(person):
            again = f.verdict is Verdict.AGAIN
            put(
                told(
                    f.about,
                    PipelineStage.MET,
                    f.created_at.date(),
                    Said.VERDICT,
                    NextStep.START_VENTURE if again else NextStep.NOTHING,
                    verdict=f.verdict.value,
                )
            )
        for other, venture_id, name, created, ended in self.loop.shared_ventures(person):
            day = dt.datetime.fromisoformat(created).date()
            if ended is None:
                row = told(
                    other,
                    PipelineStage.WORKING_TOGETHER,
                    day,
                    Said.VENTURE,
                    NextStep.RECORD,
                    venture=venture_id,
                    name=name,
                )
            else:
                row = told(
                    other,
                    PipelineStage.WORKING_TOGETHER,
                    day,
                    Said.VENTURE_ENDED,
                    NextStep.RATE_COLLABORATIONS,
                    venture=venture_id,
                    name=name,
                    ended=ended.isoformat(),
                )
            put(row)
        for c in self.trust.store.collaborations(person):
            if c.status is CollabStatus.DECLINED:
                continue
            if c.status is CollabStatus.PROPOSED and c.partner == person and c.proposer in apart:
                continue
            if c.status is CollabStatus.PROPOSED:
                mine = person == c.partner
                step = NextStep.CONFIRM if mine else NextStep.WAIT_CONFIRMATION
            else:
                step = NextStep.RATE if c.rating_by(person) is None else NextStep.NOTHING
            put(
                told(
                    c.other(person),
                    PipelineStage.WORKING_TOGETHER,
                    c.started,
                    Said.COLLABORATION,
                    step,
                    project=c.project,
                    status=c.status.value,
                )
            )
        rows.pop(person, None)
        hidden = self.avoids.avoided_either_way(person) | self.trust.store.kept_apart(person)
        people = {p.id: p for p in self.people.profiles(sorted(rows))}
        # someone I may not see (a private coworker an admin added) is named by id only
        named = {pid: p.name if self.trust.visible(p, actor) else pid for pid, p in people.items()}
        out = [
            replace(r, name=named[r.person])
            for r in rows.values()
            if r.person in people and (r.stage > PipelineStage.SUGGESTED or r.person not in hidden)
        ]
        # latest stage first; within a day the best suggestion first
        return sorted(
            out, key=lambda r: (-r.stage, -r.since.toordinal(), -(r.score or 0.0), r.person)
        )

    # -------------------------------------------------------------- people
    def standings(self, person: str, *, actor: Actor | None) -> dict[str, Standing]:
        """Where ``person`` stands with each person they have dealt with (the owner, or an
        admin): the furthest of what happened between them (see :class:`Standing`).

        An expired request leaves no standing: it may be asked again.

        See the class's example.
        """
        ACT_AS.require(actor, person, what="see where you stand with people")
        return self._standings(person)

    def _standings(self, person: str) -> dict[str, Standing]:
        now = self.trust.clock()
        out: dict[str, Standing] = {}

        def put(other: str, standing: Standing) -> None:
            got = furthest(out.get(other), standing)
            if got is not None:
                out[other] = got

        apart = self.avoids.avoided_either_way(person)
        for intro in self.trust.store.introductions(person):
            if person not in (intro.requester, intro.target):
                continue  # a connector: not between them and me
            if person == intro.target and intro.requester in apart:
                continue  # never reached me (as in my introductions)
            other = intro.target if person == intro.requester else intro.requester
            status = intro_status(intro, now)
            if status is IntroStatus.ACCEPTED:
                put(other, Standing.ACCEPTED)
            elif status is IntroStatus.PENDING:
                put(other, Standing.ASKED if person == intro.requester else Standing.ASKED_YOU)
            elif status is IntroStatus.NOT_ACCEPTED:
                put(other, Standing.DECLINED)
        for f in self.trust.store.feedback_by(person):
            put(f.about, Standing.MET)
        for other, _venture, _name, _created, _ended in self.loop.shared_ventures(person):
            put(other, Standing.PARTNERS)
        for c in self.trust.store.collaborations(person, confirmed_only=True):
            put(c.other(person), Standing.PARTNERS)
        out.pop(person, None)
        return out

    def _circle(self, person: str) -> set[str]:
        """The people ``person`` trusts or is trusted by: confirmed collaborations and
        endorsements, either way."""
        near = {
            c.other(person) for c in self.trust.store.collaborations(person, confirmed_only=True)
        }
        near |= {b for b, _ in self.trust.store.endorsements_given(person)}
        near |= {e.endorser for e in self.trust.store.endorsements(person)}
        near.discard(person)
        return near

    def person(self, viewer: str, other: str, *, actor: Actor | None) -> Person:
        """``other``'s page as ``viewer`` sees it (the viewer, or an admin on their behalf).

        Only what ``other`` lets ``viewer`` see: a profile hidden from them is
        :class:`~matcher.errors.UnknownProfile`, as if absent. An account that wrote no
        profile yet is :class:`~matcher.errors.NoProfileYet` (``own=False``: whose profile is
        missing) for an admin who asks on the viewer's behalf, unknown for anyone else. The score is
        :meth:`MatchingService.explain`'s, the same as on a suggestion card.

        See the class's example.
        """
        ACT_AS.require(actor, viewer, what="see people")
        me = Actor(viewer)  # an admin sees the page as the viewer would
        if other == viewer:
            raise InvalidInput(
                "this is your own profile, not another member's",
                field="person",
                value=other,
                hint="open your profile page to see or change it",
            )
        profiles = self.matching.profiles
        if profiles.store.get_profile(other) is None:  # the one rule: ProfileService.missing
            raise profiles.missing(other, actor, hint="check the id; hidden profiles are not shown")
        profile = profiles.get_profile(other, actor=me)  # hidden from the viewer: unknown
        fit = self.matching.explain(viewer, other, actor=me)
        standing = self._standings(viewer).get(other)
        mark = self.loop.marks(viewer).get(other)
        near = sorted(self._circle(viewer) & self._circle(other))
        shown = tuple(p.id for p in self.people.profiles(near) if self.trust.visible(p, me))
        return Person(profile, fit, standing, mark, tuple(sorted(shown)), may_ask(standing))

    def mark(
        self, owner: str, other: str, mark: Mark | None, *, actor: Actor | None
    ) -> dict[str, Mark]:
        """Save ``other`` (to come back to) or skip them (they leave ``owner``'s suggestions;
        one way: they are not told), or take the mark off (``mark=None``). The owner only.

        Returns the owner's marks.

        See the class's example.
        """
        MARK_PEOPLE.require(actor, owner)
        with self.db.transaction():
            # read in the write: a mark written after ``other``'s erasure (another request)
            # would name the erased id, free again for the next sign-up (red team 17)
            profile = self.people.get_profile(other)
            if other == owner or profile is None or not self.trust.visible(profile, Actor(owner)):
                raise UnknownProfile(
                    f"no other member {other!r} to save or skip",
                    field="person",
                    value=other,
                    hint="name a member from your suggestions",
                )
            if mark is None:
                self.loop.clear_mark(owner, other)
            else:
                self.loop.set_mark(owner, other, mark, self.trust.clock())
        return self.loop.marks(owner)

    def marks(self, owner: str, *, actor: Actor | None) -> dict[str, Mark]:
        """``owner``'s saved and skipped people (the owner only), latest first."""
        MARK_PEOPLE.require(actor, owner)
        return self.loop.marks(owner)

    def export_marks(self, person: str) -> dict[str, object]:
        """For the export: ``person``'s marks on people."""
        return {"marks": self.loop.export_marks(person)}

    # --------------------------------------------------------------- events
    def event_report(self, event_id: str, *, actor: Actor | None) -> EventReport:
        """What came of an event, for its organiser: who came, the rounds and meetings held,
        the teams, the feedback given about its meetings (counts only: a verdict is private),
        the pairs who both said they would work together again, and the ventures started from
        one of its teams or from an introduction between two people who met there.

        Rounds held: those the clock (or the organiser's marker) says have started; for an
        event with neither, every planned round. A meeting is held when both are there: not
        marked absent for its round and, once the organiser checked anyone in, checked in
        (check-in is then the record of who came; without any, the plan and the absences
        marked are all there is): the people seated at a table of a round held or in a team
        (a hackathon may have no rounds) at the same time, less the no-shows: who left after
        working with a team met it (:func:`~matcher.events.teams_met`)."""
        event = self.event_service.require_organiser(
            event_id, actor=actor, action="read the event's report"
        )
        attendees = [a for a in self.events.attendees(event_id) if a.rsvp != "declined"]
        rounds = self.events.rounds(event_id)
        now = self.trust.clock()
        checked = {a.profile_id for a in attendees if a.checked_in_at is not None}
        met: set[frozenset[str]] = set()
        met_someone: set[str] = set()
        meetings = 0
        for _, there in tables_held(event, rounds, attendees, now):
            meetings += len(there) * (len(there) - 1) // 2
            met |= {frozenset(pair) for pair in combinations(there, 2)}
            met_someone |= set(there) if len(there) > 1 else set()
        teams = self.events.teams(event_id)
        # one rule (matcher.events.teams_met): who left met their team, a no-show nobody;
        # a hackathon may have no rounds: its teams say who came, as its tables would
        in_teams = self.events.teams_met(event_id).all_pairs()
        met |= in_teams
        met_someone |= {p for pair in in_teams for p in pair}
        verdicts = self.trust.store.feedback_in(f"event:{event_id}")
        again = {(f.author, f.about) for f in verdicts if f.verdict is Verdict.AGAIN}
        told = verdict_counts(
            len(again),
            sum(1 for f in verdicts if f.verdict is Verdict.NOT_A_FIT),
            sum(1 for f in verdicts if f.verdict is Verdict.MET_BEFORE),
            sum(1 for a, b in again if a < b and (b, a) in again),
            len({f.author for f in verdicts}),
        )
        from_intros = 0
        for _, origin in self.loop.origins("intro:"):
            intro = self.trust.store.get_introduction(origin.removeprefix("intro:"))
            if intro is not None and frozenset((intro.requester, intro.target)) in met:
                from_intros += 1
        return EventReport(
            event=event,
            attendees=len(attendees),
            came=len(checked) if checked else len(met_someone),
            absent=sum(1 for a in attendees if a.state in ("absent", "left")),
            removed=sum(1 for a in attendees if a.state == "removed"),
            rounds_held=rounds_held(event, len(rounds), now),
            meetings_held=meetings,
            teams=len(teams),
            feedback_given=len(verdicts),
            feedback_people=len({f.author for f in verdicts}),
            again=told[0],  # small counts held back: a verdict is private
            not_a_fit=told[1],
            continuing_pairs=told[2],
            ventures_from_teams=len(self.loop.origins(f"event:{event_id}/team:")),
            ventures_from_intros=from_intros,
        )
