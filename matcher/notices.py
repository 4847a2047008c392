"""Notices: what one domain tells a member about (a request to answer, an invitation), as data.

A domain that does something a member should hear about (trust: an introduction request,
its answer, and the feedback due once it is accepted; equity: a venture invitation, an entry
to approve, a proposal to answer or its outcome; events: an event invitation; loop: a new message in a conversation) builds a
:class:`Notice` and hands it to every listener in its ``on_notice`` list, *inside* the
transaction that makes the change, so the inbox item and its e-mail are written with the
change or not at all. The domain knows nothing of inboxes or e-mail: the community wires
:meth:`matcher.inbox.InboxService.deliver` into those lists.

This module is part of the floor (pure, no I/O), so every domain may import it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["Notice", "NoticeKind", "Notify", "announce"]


class NoticeKind(StrEnum):
    """What a notice is about; each kind is an inbox item and, by default, an e-mail."""

    INTRO_REQUEST = "intro_request"  # someone asks to meet you, or asks you to connect
    INTRO_ANSWER = "intro_answer"  # the person you asked (or the connector) answered
    INTRO_MOVED = "intro_moved"  # your pending request goes through another connector now
    INTRO_ENDED = "intro_ended"  # your pending request ended: no connector is left for it
    INTRO_WITHDRAWN = "intro_withdrawn"  # a request you were asked about was withdrawn
    VENTURE_INVITE = "venture_invite"  # you are invited to a venture (you join by accepting)
    LEDGER_APPROVAL = "ledger_approval"  # an entry of a venture's ledger waits for your approval
    # a venture's proposal (a salary, a freeze, new terms, a leaver's reason) waits for you
    VENTURE_PROPOSAL = "venture_proposal"
    PROPOSAL_ANSWER = "proposal_answer"  # your proposal was accepted, declined or lapsed
    EVENT_INVITE = "event_invite"  # an organiser invited you to an event
    MESSAGE = "message"  # someone wrote to you in a conversation
    FEEDBACK_DUE = "feedback_due"  # an introduction was accepted: say how the meeting went
    DIGEST = "digest"  # the weekly e-mail of new suggestions (an e-mail only, no inbox item)


@dataclass(frozen=True, slots=True)
class Notice:
    """One thing to tell one member.

    Parameters
    ----------
    to : str
        The member's id.
    kind : NoticeKind
        What it is about.
    data : mapping of str to str
        The facts the inbox and the e-mail show (ids and names, never private text).
    cause : str
        What the notice comes from as a whole (``intro:int_1``), when a later change can
        make it moot: its e-mail, not sent yet, is then cancelled (``obsolete`` hooks; the
        outbox keeps it as ``cancelled``). Empty: nothing cancels it.

    Examples
    --------
    >>> n = Notice("bob", NoticeKind.INTRO_REQUEST, {"intro": "int_1", "from": "ana"})
    >>> n.kind.value, n.data["from"]
    ('intro_request', 'ana')
    """

    to: str
    kind: NoticeKind
    data: Mapping[str, str] = field(default_factory=dict)
    cause: str = ""


#: A listener: called with each notice inside the transaction that caused it (what it
#: returns is ignored).
Notify = Callable[[Notice], object]


def announce(listeners: Iterable[Notify], notices: Iterable[Notice]) -> None:
    """Hand every notice to every listener (in the caller's transaction).

    Examples
    --------
    >>> heard = []
    >>> announce([heard.append], [Notice("bob", NoticeKind.EVENT_INVITE, {"event": "e1"})])
    >>> heard[0].to
    'bob'
    """
    fixed = list(listeners)
    for notice in notices:
        for listener in fixed:
            listener(notice)
