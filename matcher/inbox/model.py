"""The inbox, the pure rules: an item per notice, read or unread, and each member's choice of
which notices also come by e-mail.

An item keeps what its notice said (ids and names at the time), so the inbox reads the same
after a name changes; the page links to the live object (the introduction, the event).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from matcher.errors import InvalidInput
from matcher.notices import NoticeKind

__all__ = ["COALESCE", "INBOX_ONLY_BY_DEFAULT", "KINDS", "InboxItem", "check_kind", "email_choices"]

#: Every kind of notice, in the order the account page lists them.
KINDS: tuple[NoticeKind, ...] = tuple(NoticeKind)

#: Kinds that do not pile up: while a member has an unread item of this kind with the same
#: value of the fact named here (the same conversation, the same meeting), a new notice adds
#: no item and no e-mail. Ten messages in a conversation are one "new message" until read.
COALESCE: dict[NoticeKind, str] = {
    NoticeKind.MESSAGE: "thread",
    NoticeKind.FEEDBACK_DUE: "context",
}


@dataclass(frozen=True, slots=True)
class InboxItem:
    """One thing a member was told.

    Examples
    --------
    >>> item = InboxItem("inb_1", "bob", NoticeKind.INTRO_REQUEST, {"from": "ana"},
    ...                  dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    >>> item.unread
    True
    """

    id: str
    member_id: str
    kind: NoticeKind
    data: Mapping[str, str] = field(default_factory=dict)
    created_at: dt.datetime = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    read_at: dt.datetime | None = None

    @property
    def unread(self) -> bool:
        """True until the member opens it (or marks everything read)."""
        return self.read_at is None


def check_kind(raw: object) -> NoticeKind:
    """A kind of notice by its name; refused with the list.

    Examples
    --------
    >>> check_kind("event_invite").value
    'event_invite'
    >>> check_kind("spam")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: kind must be one of intro_request, intro_answer, venture_invite, event_invite, message, feedback_due (got 'spam'); pick one of them
    """
    try:
        return NoticeKind(str(raw))
    except ValueError:
        raise InvalidInput(
            "kind must be one of " + ", ".join(k.value for k in KINDS),
            field="kind",
            value=raw,
            hint="pick one of them",
        ) from None


#: Kinds that come by e-mail only when the member asks for it: "feedback due" is written
#: the moment an introduction is accepted, next to the answer's own e-mail (the member
#: finds it in the inbox after the meeting).
INBOX_ONLY_BY_DEFAULT: frozenset[NoticeKind] = frozenset({NoticeKind.FEEDBACK_DUE})


def email_choices(saved: Mapping[str, bool]) -> dict[NoticeKind, bool]:
    """Whether each kind also comes by e-mail: the member's choice, else yes (except the
    kinds in :data:`INBOX_ONLY_BY_DEFAULT`).

    Examples
    --------
    >>> email_choices({"event_invite": False})[NoticeKind.EVENT_INVITE]
    False
    >>> email_choices({})[NoticeKind.INTRO_REQUEST], email_choices({})[NoticeKind.FEEDBACK_DUE]
    (True, False)
    """
    return {k: saved.get(k.value, k not in INBOX_ONLY_BY_DEFAULT) for k in KINDS}
