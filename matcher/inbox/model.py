"""The inbox, the pure rules: an item per notice, read or unread, and each member's choice of
which notices also come by e-mail.

An item keeps what its notice said (ids and names at the time), so the inbox reads the same
after a name changes; the page links to the live object (the introduction, the event).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field

from matcher.addresses import address_key
from matcher.errors import InvalidInput, UnknownItem
from matcher.notices import NoticeKind

__all__ = [
    "COALESCE",
    "INBOX_ONLY_BY_DEFAULT",
    "INVITATION_EMAILS_PER_DAY",
    "KINDS",
    "UNSOLICITED",
    "InboxItem",
    "check_kind",
    "email_choices",
    "read_address_stop",
    "read_unsubscribe",
    "sign_address_stop",
    "sign_unsubscribe",
]

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
    >>> check_kind("spam")  # doctest: +ELLIPSIS
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


#: Kinds that come by e-mail only when the member asks for it: "feedback due" is written
#: the moment an introduction is accepted, next to the answer's own e-mail (the member
#: finds it in the inbox after the meeting).
INBOX_ONLY_BY_DEFAULT: frozenset[NoticeKind] = frozenset({NoticeKind.FEEDBACK_DUE})

#: Invitations a member did not ask for: an organiser's to an event, an owner's to a
#: venture. Anyone may send one to any member they can see, as often as they create an
#: event or a venture, so (red team 16) none reaches a member from someone either of them
#: avoids (no item, no e-mail; the sender is not told), and one sender's reach a member by
#: e-mail at most :data:`INVITATION_EMAILS_PER_DAY` times in 24 hours (the inbox lists them
#: all): a stranger cannot mail-bomb a member through invitations.
UNSOLICITED: frozenset[NoticeKind] = frozenset({NoticeKind.EVENT_INVITE, NoticeKind.VENTURE_INVITE})
#: Invitation e-mails (:data:`UNSOLICITED`) one sender's invitations send one member in 24 hours.
INVITATION_EMAILS_PER_DAY = 3


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


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _mac(key: bytes, member_id: str, kind: NoticeKind) -> bytes:
    # the purpose is part of what is signed: this signature opens nothing else
    message = b"\0".join((b"unsubscribe", member_id.encode(), kind.value.encode()))
    return hmac.new(key, message, hashlib.sha256).digest()[:18]


def sign_unsubscribe(key: bytes, member_id: str, kind: NoticeKind) -> str:
    """The token of an unsubscribe link: it switches off one kind of e-mail for one member,
    without signing in, and does nothing else (signed with the community's key).

    Examples
    --------
    >>> token = sign_unsubscribe(b"k" * 32, "bob", NoticeKind.DIGEST)
    >>> read_unsubscribe(b"k" * 32, token)
    ('bob', <NoticeKind.DIGEST: 'digest'>)
    """
    member = _b64(member_id.encode())
    return f"{member}.{kind.value}.{_b64(_mac(key, member_id, kind))}"


def read_unsubscribe(key: bytes, token: str) -> tuple[str, NoticeKind]:
    """Who and which kind an unsubscribe token is for; refused as unknown when it was not
    signed with ``key`` (changed, cut, made up).

    Examples
    --------
    >>> token = sign_unsubscribe(b"k" * 32, "bob", NoticeKind.MESSAGE)
    >>> try:
    ...     read_unsubscribe(b"k" * 32, token.replace("message", "digest"))
    ... except UnknownItem as refused:
    ...     print(refused.field, refused.hint)
    token open the link of a recent e-mail, or choose your e-mails on your account page
    """
    refused = UnknownItem(
        "no such unsubscribe link",
        field="token",
        value=token[:80],
        hint="open the link of a recent e-mail, or choose your e-mails on your account page",
    )
    parts = token.split(".") if isinstance(token, str) and len(token) <= 400 else []
    if len(parts) != 3:
        raise refused
    member_b64, kind_raw, mac_b64 = parts
    try:
        member_id = base64.urlsafe_b64decode(member_b64 + "=" * (-len(member_b64) % 4)).decode()
        mac = base64.urlsafe_b64decode(mac_b64 + "=" * (-len(mac_b64) % 4))
        kind = NoticeKind(kind_raw)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise refused from None
    if not hmac.compare_digest(mac, _mac(key, member_id, kind)):
        raise refused
    return member_id, kind


def _address_mac(key: bytes, address: str) -> bytes:
    # another purpose than a member's unsubscribe token: neither opens the other
    return hmac.new(key, b"\0".join((b"stop-address", address.encode())), hashlib.sha256).digest()[
        :18
    ]


def sign_address_stop(key: bytes, address: str) -> str:
    """The token of the link in a letter to an unproven address: it stops every letter
    nobody there asked for (an organiser's invitation, from anyone), without signing in
    (signed with the community's key; the address by its key,
    :func:`~matcher.addresses.address_key`).

    Examples
    --------
    >>> token = sign_address_stop(b"k" * 32, "Zoe@Example.org")
    >>> read_address_stop(b"k" * 32, token)
    'zoe@example.org'
    """
    address = address_key(address)
    return f"{_b64(address.encode())}.{_b64(_address_mac(key, address))}"


def read_address_stop(key: bytes, token: str) -> str:
    """The address a stop token is for; refused as unknown when it was not signed with
    ``key`` (changed, cut, made up).

    Examples
    --------
    >>> try:
    ...     read_address_stop(b"k" * 32, sign_address_stop(b"k" * 32, "a@b.org")[:-2])
    ... except UnknownItem as refused:
    ...     print(refused.field)
    token
    """
    refused = UnknownItem(
        "no such link to stop e-mails",
        field="token",
        value=token[:80] if isinstance(token, str) else None,
        hint="open the link of the most recent e-mail",
    )
    parts = token.split(".") if isinstance(token, str) and len(token) <= 600 else []
    if len(parts) != 2:
        raise refused
    try:
        address = base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)).decode()
        mac = base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise refused from None
    if not hmac.compare_digest(mac, _address_mac(key, address)):
        raise refused
    return address
