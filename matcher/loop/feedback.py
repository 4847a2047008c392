"""Feedback after a meeting: private verdicts that steer later suggestions and events.

``again`` needs a meeting the two really had (``intro:<id>``, an accepted introduction
between them, or ``event:<id>``, an event where they sat at the same table in a round held,
both there, or were in the same team); ``not-a-fit`` and ``met-before`` may be given with or
without one. Only the author ever sees a verdict. Effects:

* both said ``again`` (in any context) -> a collaboration is proposed between them (the
  later one confirms it, as for any collaboration, before it counts for trust);
* either said ``not-a-fit`` -> they are never suggested to each other again
  (:meth:`matcher.trust.store.TrustStore.kept_apart`), nor seated together by the planner;
* ``met-before`` -> the event planner counts them as having met already.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from matcher.access import ACT_AS, GIVE_FEEDBACK, Actor
from matcher.errors import InvalidInput, UnknownProfile
from matcher.events import EventStore, tables_held
from matcher.loop.model import Given
from matcher.profiles import ProfileStore
from matcher.trust import (
    Collaboration,
    CollabStatus,
    Feedback,
    IntroStatus,
    TrustService,
    Verdict,
    intro_status,
    parse_context,
)

__all__ = ["FeedbackService"]

#: checks that two people met in a context of one kind: (context id, a, b) -> True if so
MeetingCheck = Callable[[str, str, str], bool]


class FeedbackService:
    """Leave and read private feedback.

    Examples
    --------
    See :class:`matcher.loop.messages.MessageService`: after their accepted introduction
    and their conversation, both people say ``again`` and a collaboration is proposed.
    """

    def __init__(self, trust: TrustService) -> None:
        self.trust = trust
        self.db = trust.db
        self.store = trust.store
        self.people = ProfileStore(trust.db)
        self.events = EventStore(trust.db)
        self.clock: Callable[[], dt.datetime] = trust.clock
        #: called with each verdict given, inside its transaction (the inbox settles the
        #: author's "feedback due" item for that meeting)
        self.on_given: list[Callable[[Feedback], object]] = []
        #: context kind -> check that two people met there
        self.meetings: dict[str, MeetingCheck] = {
            "intro": self._met_by_intro,
            "event": self._met_at_event,
        }

    def _met_by_intro(self, intro_id: str, a: str, b: str) -> bool:
        intro = self.store.get_introduction(intro_id)
        return (
            intro is not None
            and {intro.requester, intro.target} == {a, b}
            and intro_status(intro, self.clock()) == IntroStatus.ACCEPTED
        )

    def _met_at_event(self, event_id: str, a: str, b: str) -> bool:
        """They sat at the same table in a round held, both there (:func:`tables_held`: not a
        round still to come, nor one either was marked absent from, whoever was scanned at
        the door), or in the same team at the same time (:func:`~matcher.events.teams_met`:
        someone who left met their team, a no-show nobody)."""
        events = self.events
        event = events.get_event(event_id)
        if event is None:
            return False
        rounds = events.rounds(event_id)
        if rounds:
            people = events.attendees(event_id)
            held = tables_held(event, rounds, people, self.clock(), check_ins=False)
            if any(a in there and b in there for _, there in held):
                return True
        # one rule (matcher.events.teams_met): those who left met their team, no-shows nobody
        return events.teams_met(event_id).met(a, b)

    def give(
        self,
        author: str,
        about: str,
        verdict: str | Verdict,
        context: str | None = None,
        *,
        actor: Actor | None,
    ) -> Given:
        """Record ``author``'s private verdict about ``about`` (changing an earlier one for
        the same meeting), and propose a collaboration when both said ``again``."""
        GIVE_FEEDBACK.require(actor, author)
        try:
            verdict = Verdict(verdict)
        except ValueError:
            raise InvalidInput(
                "verdict must be again, not-a-fit or met-before",
                field="verdict",
                value=verdict,
                hint="again: I would like to work together; not-a-fit; met-before",
            ) from None
        if about == author:
            raise InvalidInput(
                "feedback is about someone else", field="about", value=about, hint="name them"
            )
        parsed = parse_context(context)
        if parsed is None and verdict is Verdict.AGAIN:
            raise InvalidInput(
                "'again' needs the meeting it follows",
                field="context",
                value=context,
                hint="give context intro:<id> or event:<id>",
            )
        now = self.clock()
        with self.db.transaction():
            profile = self.people.get_profile(about)
            # privacy: someone hidden from the author answers as if they did not exist
            if profile is None or not self.trust.visible(profile, Actor(author)):
                raise UnknownProfile(f"no profile {about!r}", field="about", value=about)
            if parsed is not None:
                kind, ident = parsed
                check = self.meetings.get(kind)
                if check is None or not check(ident, author, about):
                    raise InvalidInput(
                        f"you did not meet {about!r} in {context}",
                        field="context",
                        value=context,
                        hint="name an accepted introduction between you, or an event you"
                        " both attended",
                    )
            feedback = Feedback(author, about, verdict, context or "", now)
            self.store.put_feedback(feedback)
            for listener in self.on_given:
                listener(feedback)
            proposed = None
            if verdict is Verdict.AGAIN and Verdict.AGAIN in self.store.verdicts(about, author):
                proposed = self._propose(about, author, context or "", now)
        return Given(feedback, proposed)

    def _propose(self, first: str, second: str, context: str, now: dt.datetime) -> Collaboration:
        """A proposed collaboration from ``first`` (who said again first) to ``second``,
        unless one between them is already proposed or confirmed."""
        for c in self.store.collaborations(first):
            if c.other(first) == second and c.status is not CollabStatus.DECLINED:
                return c
        return self.trust.propose_collaboration(
            first,
            second,
            f"met via {context}" if context else "met on cofoundry",
            now.date(),
            actor=Actor(first),
            by_member=False,
        )

    def mine(self, person: str, *, actor: Actor | None) -> list[Feedback]:
        """Everything ``person`` said (to ``person`` only, or an admin)."""
        ACT_AS.require(actor, person, what="see feedback")
        return self.store.feedback_by(person)
