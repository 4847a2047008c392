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

__all__ = ["KINDS", "InboxItem", "check_kind", "email_choices"]

#: Every kind of notice, in the order the account page lists them.
KINDS: tuple[NoticeKind, ...] = tuple(NoticeKind)


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
    matcher.errors.InvalidInput: kind must be one of intro_request, intro_answer, ... (got 'spam'); pick one of them
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


def email_choices(saved: Mapping[str, bool]) -> dict[NoticeKind, bool]:
    """Whether each kind also comes by e-mail: the member's choice, else yes.

    Examples
    --------
    >>> email_choices({"event_invite": False})[NoticeKind.EVENT_INVITE]
    False
    >>> email_choices({})[NoticeKind.INTRO_REQUEST]
    True
    """
    return {k: saved.get(k.value, True) for k in KINDS}
