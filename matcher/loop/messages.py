"""Messages after an introduction: once it is accepted, its people (the requester, the target,
and the connector if there was one) write to each other in one conversation, private to them.

* A conversation's id is its introduction's id; it exists as soon as the introduction is
  accepted, and is stored (members fixed) when its first message is written.
* Only its members read and write it (:data:`matcher.access.MESSAGES`; not even an admin);
  anyone else is told it does not exist.
* Reading a conversation marks it read for the reader; the inbox counts the unread ones.
* A new message announces a :class:`~matcher.notices.Notice` of kind ``message`` to every
  other member still on cofoundry (who wrote where, never the text), to the listeners in
  :attr:`MessageService.on_notice`, inside the transaction that stores the message: the
  community delivers it to their inbox and, by their choice, their e-mail. After the commit
  :attr:`MessageService.notify` (optional) hears a
  :class:`~matcher.loop.model.MessageNotice` per other member too.
* Reading a conversation calls each of :attr:`MessageService.on_read` with (reader,
  conversation): the community marks the reader's inbox items about it read.
* Export: every conversation of the person, their messages and those written to them.
  Erasure: the person's messages are deleted and a pseudonym takes their place among the
  members, so the conversation stays for the others (with their own messages); a
  conversation nobody is left to read is deleted whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from matcher.access import MESSAGES, Actor, signed_in
from matcher.errors import Conflict, UnknownIntroduction
from matcher.loop.model import Message, MessageNotice, Thread, check_message, is_repeat
from matcher.loop.store import MessageStore
from matcher.notices import Notice, NoticeKind, Notify, announce
from matcher.profiles import ProfileStore
from matcher.trust import IntroStatus, TrustService

__all__ = ["MessageService"]


class MessageService:
    """Conversations after an accepted introduction.

    Parameters
    ----------
    trust : TrustService
        The introductions (and the clock).
    notify : callable, optional
        ``notify(notice)``, called after a message is stored, once per other member: where
        the e-mail outbox plugs in (None: no e-mail).

    Examples
    --------
    >>> from matcher.schema import connect
    >>> db = connect()
    >>> ProfileStore(db).put_bare("ana", "bob")
    >>> trust = TrustService(db)
    >>> intro = trust.request_introduction("ana", "bob", actor=Actor("ana"))
    >>> _ = trust.answer_introduction(intro.id, True, actor=Actor("bob"))
    >>> sent = []
    >>> messages = MessageService(trust, notify=sent.append)
    >>> _ = messages.post(intro.id, "Hello Bob!", actor=Actor("ana"))
    >>> [(t.people, t.unread) for t in messages.threads("bob", actor=Actor("bob"))]
    [(('ana', 'bob'), 1)]
    >>> [m.body for m in messages.read(intro.id, actor=Actor("bob")).messages], sent[0].recipient
    (['Hello Bob!'], 'bob')
    >>> messages.threads("bob", actor=Actor("bob"))[0].unread
    0

    After the conversation, feedback (:class:`matcher.loop.feedback.FeedbackService`): both
    would work together again, so a collaboration is proposed.

    >>> from matcher.loop.feedback import FeedbackService
    >>> fb = FeedbackService(trust)
    >>> fb.give("ana", "bob", "again", f"intro:{intro.id}", actor=Actor("ana")).proposed is None
    True
    >>> c = fb.give("bob", "ana", "again", f"intro:{intro.id}", actor=Actor("bob")).proposed
    >>> (c.proposer, c.partner, c.status.value)
    ('ana', 'bob', 'proposed')
    """

    def __init__(
        self, trust: TrustService, *, notify: Callable[[MessageNotice], None] | None = None
    ) -> None:
        self.trust = trust
        self.db = trust.db
        self.store = MessageStore(trust.db)
        self.people = ProfileStore(trust.db)
        self.clock: Callable[[], dt.datetime] = trust.clock
        #: called with each new message's notices after the commit (see the module docstring)
        self.notify = notify
        #: listeners of the notices of a new message, inside its transaction (the inbox)
        self.on_notice: list[Notify] = []
        #: called with (reader, conversation) when a member reads a conversation
        self.on_read: list[Callable[[str, str], Any]] = []

    @staticmethod
    def _unknown(thread: str) -> UnknownIntroduction:
        return UnknownIntroduction(
            f"no conversation {thread!r}",
            field="thread",
            value=thread,
            hint="a conversation opens when an introduction is accepted",
        )

    def _members(self, thread: str, actor: Actor | None) -> list[tuple[str, str]]:
        """(person, role) of the conversation, if ``actor`` is one of them; else unknown."""
        actor = signed_in(actor, "read or write messages")
        members = self.store.members(thread)
        if not members:  # not written in yet: the accepted introduction says who is in it
            if actor.profile_id is None:
                raise self._unknown(thread)
            try:
                view = self.trust.get_introduction(thread, actor=Actor(actor.profile_id))
            except UnknownIntroduction:
                raise self._unknown(thread) from None
            if view.status is not IntroStatus.ACCEPTED:
                raise self._unknown(thread)
            members = [(view.requester, "requester"), (view.target, "target")]
            if view.connector is not None:
                members.append((view.connector, "connector"))
        if not MESSAGES.allows(actor, thread, [p for p, _ in members]):
            raise self._unknown(thread)  # not one of them (admins included): as if absent
        return members

    def threads(self, person: str, *, actor: Actor | None) -> list[Thread]:
        """``person``'s conversations (to ``person`` only), latest message first, each with
        how many messages they have not read; conversations not written in yet come last."""
        MESSAGES.require(actor, person, (person,), value=person)
        ids = {
            v.id
            for v in self.trust.introductions(person, actor=Actor(person))
            if v.status is IntroStatus.ACCEPTED
        }
        ids |= set(self.store.threads_of(person))
        apart = self.trust.avoids.avoided_either_way(person)
        unread = self.store.unread(person, ignore=apart)
        last = self.store.last_messages(sorted(ids), ignore=apart)
        out = []
        for thread in ids:
            people = tuple(p for p, _ in self.store.members(thread)) or self._intro_people(
                thread, person
            )
            at = last.get(thread)
            out.append(
                Thread(
                    thread,
                    people,
                    unread.get(thread, (0, "", ""))[0],
                    None if at is None else dt.datetime.fromisoformat(at),
                )
            )
        far = dt.datetime.min.replace(tzinfo=dt.UTC)
        return sorted(out, key=lambda t: (-(t.last_at or far).timestamp(), t.id))

    def _intro_people(self, thread: str, person: str) -> tuple[str, ...]:
        view = self.trust.get_introduction(thread, actor=Actor(person))
        return tuple(p for p in (view.requester, view.target, view.connector) if p)

    def read(self, thread: str, *, actor: Actor | None) -> Thread:
        """The conversation with its messages (to its members only); marks it read for the
        reader. The messages of someone the reader avoids (either way) are left out: whoever
        is avoided no longer reaches the reader, also in a conversation opened before."""
        members = self._members(thread, actor)
        assert actor is not None and actor.profile_id is not None
        messages = self.store.messages(thread)
        apart = self.trust.avoids.avoided_either_way(actor.profile_id)
        shown = [m for m in messages if m.author not in apart]
        if messages and any(p == actor.profile_id for p, _ in self.store.members(thread)):
            with self.db.transaction():
                self.store.mark_read(thread, actor.profile_id, messages[-1].id)
                for listener in self.on_read:
                    listener(actor.profile_id, thread)
        return Thread(
            thread,
            tuple(p for p, _ in members),
            0,
            shown[-1].at if shown else None,
            tuple(shown),
        )

    def post(self, thread: str, body: str, *, actor: Actor | None) -> Message:
        """Write in the conversation (its members only); every other member still on cofoundry
        is notified (:attr:`notify`), except those who avoid the writer or whom the writer
        avoids (either way): the message is kept but never reaches them, and the writer is not
        told (avoid lists are private). The writer's last message sent again at once
        (:func:`~matcher.loop.model.is_repeat`) is not written twice: that message is
        returned."""
        text = check_message(body)
        with self.db.transaction():
            members = self._members(thread, actor)
            assert actor is not None and actor.profile_id is not None
            me = actor.profile_id
            others = [p for p, _ in members if p != me]
            here = {p.id for p in self.people.profiles(others)}
            reached = here - self.trust.avoids.avoided_either_way(me)
            if not here:
                raise Conflict(
                    "everyone else in this conversation has left cofoundry",
                    field="thread",
                    value=thread,
                    hint="there is nobody left to read it",
                )
            now = self.clock()
            last = self.store.last_message(thread)
            if is_repeat(last, me, text, now):  # sent twice (a double tap): written once
                assert last is not None
                return last
            self.store.open_thread(thread, members, now)
            message = self.store.add_message(thread, me, text, now)
            facts = {"who": me, "thread": thread}
            announce(
                self.on_notice,
                [Notice(other, NoticeKind.MESSAGE, facts) for other in others if other in reached],
            )
        if self.notify is not None:
            for other in others:
                if other in reached:
                    self.notify(MessageNotice(other, me, thread, message.id))
        return message
