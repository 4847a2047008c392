"""Inbox use cases: deliver a notice (an item, and an e-mail when the member wants one),
read the inbox and its unread count, mark items read, choose which kinds come by e-mail.

:meth:`InboxService.deliver` is the listener the community adds to the domains'
``on_notice`` lists; it runs inside the transaction of the change that caused the notice,
so the item, its e-mail in the outbox and the change are written together or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from matcher.access import READ_INBOX, Actor
from matcher.accounts import AccountService
from matcher.db import utcnow
from matcher.errors import UnknownItem
from matcher.ids import new_id
from matcher.inbox.model import (
    COALESCE,
    INVITATION_EMAILS_PER_DAY,
    UNSOLICITED,
    InboxItem,
    check_kind,
    email_choices,
    read_address_stop,
    read_unsubscribe,
    sign_address_stop,
    sign_unsubscribe,
)
from matcher.inbox.store import InboxStore
from matcher.mail import Compose, MailService, Outgoing, plain_letter
from matcher.notices import Notice, NoticeKind

__all__ = ["MAX_PAGE", "InboxService"]

MAX_PAGE = 200


class InboxService:
    """Every member's inbox over one community's database.

    Examples
    --------
    >>> from embeddings.encoder import FakeEncoder
    >>> from matcher.accounts import AccountSettings
    >>> from matcher.profiles import ProfileService
    >>> from matcher.schema import connect
    >>> from matcher.security import SecurityService
    >>> profiles = ProfileService(connect(), FakeEncoder(dim=32))
    >>> mail = MailService(profiles.db)
    >>> accounts = AccountService(profiles, SecurityService(profiles), mail,
    ...                           AccountSettings(hash_memory_kib=1024, hash_time=1))
    >>> bob = accounts.sign_up("Bob", "bob@example.org", "correct horse battery")
    >>> with accounts.db.transaction():  # as opening the e-mailed link does
    ...     _ = accounts.store.confirm(bob.id, accounts.clock())
    >>> inbox = InboxService(accounts, mail)
    >>> with inbox.db.transaction():
    ...     _ = inbox.deliver(Notice("bob", NoticeKind.INTRO_REQUEST, {"who": "ana", "name": "Ana"}))
    >>> inbox.unread("bob", actor=Actor("bob"))
    1
    >>> sorted(m.subject for m in mail.store.messages())  # with the sign-up's confirmation
    ['Ana asks to meet you', 'Confirm your e-mail address']

    Every such e-mail carries a link that switches its kind off without signing in:

    >>> path = inbox.unsubscribe_path(bob.id, NoticeKind.MESSAGE)
    >>> inbox.unsubscribe(path.rsplit("/", 1)[1])
    ('bob', <NoticeKind.MESSAGE: 'message'>)
    >>> inbox.email_choices("bob", actor=Actor("bob"))[NoticeKind.MESSAGE]
    False

    A domain's listener settles the items a step made moot, in its own transaction:

    >>> due = Notice("bob", NoticeKind.FEEDBACK_DUE, {"who": "ana", "context": "intro:i1"})
    >>> with inbox.db.transaction():
    ...     _ = inbox.deliver(due)
    ...     inbox.settle("bob", NoticeKind.FEEDBACK_DUE, "context", "intro:i1", done=True)
    1
    >>> inbox.store.unread("bob"), inbox.store.items("bob")[0].data["done"]
    (1, 'yes')
    """

    def __init__(
        self,
        accounts: AccountService,
        mail: MailService,
        *,
        compose: Compose | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.accounts = accounts
        self.mail = mail
        self.db = accounts.db
        self.store = InboxStore(accounts.db)
        self.compose: Compose = compose or plain_letter
        self.clock = clock or utcnow
        #: whom a member avoids or is avoided by (the community wires the trust domain's
        #: avoid lists): no invitation (:data:`~matcher.inbox.model.UNSOLICITED`) from them
        self.apart: Callable[[str], set[str]] = lambda member_id: set()

    def deliver(self, notice: Notice) -> str:
        """Write the notice to its member's inbox, and to the outbox when they want it by
        e-mail and have an address. Runs in the caller's transaction; the item's id.

        A kind in :data:`~matcher.inbox.model.COALESCE` with an unread item about the same
        thing adds nothing (that item's id). An invitation
        (:data:`~matcher.inbox.model.UNSOLICITED`) from someone either of the two avoids adds
        nothing either (``""``)."""
        self.db.require_transaction()
        who = notice.data.get("who", "")
        if self._unwanted(notice.to, notice.kind, who):  # no item, no e-mail, nobody told
            return ""
        key = COALESCE.get(notice.kind)
        if key is not None and notice.data.get(key):
            waiting = self.store.unread_about(notice.to, notice.kind, key, notice.data[key])
            if waiting is not None:  # still unread: it already says so
                return waiting
        item_id = new_id("inb_", 8)
        data = dict(notice.data)
        if who and not data.get("name"):  # the name shown, as it is now
            data["name"] = self.name_of(who)
        member = data.get("member", "")  # whose salary a proposal is about
        if member and not data.get("member_name"):
            data["member_name"] = self.name_of(member)
        self.store.add(item_id, notice.to, notice.kind, data, self.clock())
        # the page the notice names (an event's page), else the inbox
        self.email(
            notice.to,
            notice.kind,
            {"path": "/web/inbox"} | data,
            about=who or None,
            cause=notice.cause,
        )
        return item_id

    def name_of(self, member_id: str) -> str:
        """The name a notice shows of a member, as it is now (their profile's, else their
        account's, else their id)."""
        person = self.accounts.profiles.store.get_profile(member_id)
        account = self.accounts.store.get(member_id) if person is None else None
        return person.name if person else account.name if account else member_id

    def email(
        self,
        member_id: str,
        kind: NoticeKind,
        data: Mapping[str, str],
        *,
        about: str | None,
        secret: bool = False,
        invitation: bool = False,
        cause: str = "",
    ) -> int | None:
        """Queue the e-mail of ``kind`` to the member, when they want that kind by e-mail and
        have a confirmed address (:meth:`~matcher.accounts.AccountService.address_of`), with
        its unsubscribe link (in the body and the RFC 8058 headers). ``secret``: its link is
        a personal one (its text is erased once sent). ``invitation``: an organiser's own
        invitation, which may go to the address typed for a profile without an account
        (:meth:`~matcher.accounts.AccountService.invitation_address`). In the caller's
        transaction; the outbox id, or None when nothing was queued. ``cause``: what the
        e-mail comes from (:attr:`~matcher.notices.Notice.cause`)."""
        self.db.require_transaction()
        if not email_choices(self.store.email_choices(member_id))[kind]:
            return None
        if (
            self._unwanted(member_id, kind, about)
            or self.invitation_emails_left(member_id, kind, about) == 0
        ):
            return None
        address = (
            self.accounts.invitation_address(member_id)
            if invitation
            else self.accounts.address_of(member_id)
        )
        if address is None:
            return None
        to, lang = address
        facts = dict(data)
        if invitation and self.accounts.address_of(member_id) is None:
            # an address nobody proved: a budget per address across every sender, and the
            # link that stops all such letters to it (not just this profile's kind)
            if not self.accounts.take_unproven(to):
                return None
            stop = self.address_stop_path(to)
            facts["unproven"] = "yes"
        else:
            stop = self.unsubscribe_path(member_id, kind)
        subject, body = self.compose(kind.value, lang, facts | {"unsubscribe": stop})
        return self.mail.queue(
            Outgoing(
                to,
                subject,
                body,
                kind.value,
                member_id,
                secret=secret,
                about=about,
                unsubscribe=stop,
                cause=cause,
                lang=lang,
            )
        )

    def _unwanted(self, member_id: str, kind: NoticeKind, sender: str | None) -> bool:
        """Whether ``kind`` from ``sender`` is an invitation the member never gets: one of
        :data:`~matcher.inbox.model.UNSOLICITED` from someone either of them avoids."""
        return kind in UNSOLICITED and bool(sender) and sender in self.apart(member_id)

    def invitation_emails_left(
        self, member_id: str, kind: NoticeKind, sender: str | None
    ) -> int | None:
        """How many more invitation e-mails ``sender``'s invitations may send the member
        now (:data:`~matcher.inbox.model.INVITATION_EMAILS_PER_DAY` in 24 hours, both kinds
        of :data:`~matcher.inbox.model.UNSOLICITED` together); None for any other e-mail.

        Examples
        --------
        >>> from matcher.mail import MailService
        >>> from matcher.schema import connect
        >>> inbox = InboxService.__new__(InboxService)
        >>> inbox.mail, inbox.clock = MailService(connect()), utcnow
        >>> inbox.invitation_emails_left("bob", NoticeKind.EVENT_INVITE, "ana")
        3
        >>> inbox.invitation_emails_left("bob", NoticeKind.MESSAGE, "ana") is None
        True
        """
        if kind not in UNSOLICITED or not sender:
            return None
        since = self.clock() - dt.timedelta(days=1)
        kinds = sorted(k.value for k in UNSOLICITED)
        sent = self.mail.store.count_about(member_id, sender, kinds, since)
        return max(0, INVITATION_EMAILS_PER_DAY - sent)

    def unsubscribe_path(self, member_id: str, kind: NoticeKind) -> str:
        """The page that switches ``kind`` off for the member without signing in.

        See the class's example.
        """
        token = sign_unsubscribe(self.store.signing_key("unsubscribe"), member_id, kind)
        return f"/web/unsubscribe/{token}"

    def address_stop_path(self, address: str) -> str:
        """The page that stops every letter nobody asked for to ``address`` (unproven)."""
        return f"/web/stop/{sign_address_stop(self.store.signing_key('unsubscribe'), address)}"

    def unsubscribe_address_target(self, token: str) -> str:
        """The address a stop link (:meth:`address_stop_path`) is for (made up: unknown)."""
        return read_address_stop(self.store.signing_key("unsubscribe"), token)

    def unsubscribe_address(self, token: str) -> str:
        """Stop every letter nobody asked for to the token's address (no sign-in: the signed
        token is the proof; twice changes nothing); the address."""
        address = self.unsubscribe_address_target(token)
        self.accounts.stop_unproven(address)
        return address

    def unsubscribe_target(self, token: str) -> tuple[str, NoticeKind]:
        """Whose e-mail of which kind ``token`` switches off (a made-up token, or one of a
        member who left, is unknown)."""
        member_id, kind = read_unsubscribe(self.store.signing_key("unsubscribe"), token)
        if self.accounts.invitation_address(member_id) is None:  # an invitation's too
            raise UnknownItem(
                "no such unsubscribe link",
                field="token",
                value=token[:80],
                hint="this member has no e-mail with us any more",
            )
        return member_id, kind

    def unsubscribe(self, token: str) -> tuple[str, NoticeKind]:
        """Switch off the e-mail of the token's kind for its member (no sign-in: the signed
        token is the proof); who and which kind. Doing it twice changes nothing."""
        member_id, kind = self.unsubscribe_target(token)
        with self.db.transaction():
            self.store.set_email_choice(member_id, kind, False)
        return member_id, kind

    def settle(
        self, member_id: str, kind: NoticeKind, key: str, value: str, *, done: bool = False
    ) -> int:
        """Mark read the member's items of ``kind`` about ``value`` (fact ``key``): the
        conversation was read, the feedback was given (``done``). In the caller's
        transaction (the domain's listener); how many items.

        See the class's example.
        """
        return self.store.settle(member_id, kind, key, value, self.clock(), done=done)

    def items(
        self,
        member_id: str,
        *,
        actor: Actor | None,
        unread_only: bool = False,
        limit: int = 50,
        offset: int = 0,
    ) -> list[InboxItem]:
        """The member's items, newest first (to the member only: not even an admin)."""
        READ_INBOX.require(actor, member_id)
        limit = max(1, min(MAX_PAGE, limit))
        return self.store.items(member_id, unread_only=unread_only, limit=limit, offset=offset)

    def unread(self, member_id: str, *, actor: Actor | None) -> int:
        """How many items the member has not read (the count in the header)."""
        READ_INBOX.require(actor, member_id)
        return self.store.unread(member_id)

    def mark_read(self, member_id: str, item_id: str | None, *, actor: Actor | None) -> int:
        """Mark one item read (``None``: all of them); how many changed. Another member's
        item is answered as if it did not exist."""
        READ_INBOX.require(actor, member_id)
        with self.db.transaction():
            if item_id is not None and not self.store.exists(member_id, item_id):
                raise UnknownItem(f"no inbox item {item_id!r}", field="item", value=item_id)
            return self.store.mark_read(member_id, item_id, self.clock())

    def open(self, member_id: str, item_id: str, *, actor: Actor | None) -> InboxItem:
        """One item of the member's, marked read (another member's: as if it did not exist)."""
        READ_INBOX.require(actor, member_id)
        with self.db.transaction():
            item = self.store.get(member_id, item_id)
            if item is None:
                raise UnknownItem(f"no inbox item {item_id!r}", field="item", value=item_id)
            self.store.mark_read(member_id, item_id, self.clock())
        return item

    def email_choices(self, member_id: str, *, actor: Actor | None) -> dict[NoticeKind, bool]:
        """Which kinds of notice also come by e-mail (all of them unless switched off)."""
        READ_INBOX.require(actor, member_id)
        return email_choices(self.store.email_choices(member_id))

    def choose_email(
        self, member_id: str, kind: str, email: bool, *, actor: Actor | None
    ) -> dict[NoticeKind, bool]:
        """Switch the e-mail of one kind of notice on or off; the choices."""
        READ_INBOX.require(actor, member_id)
        chosen = check_kind(kind)
        with self.db.transaction():
            self.store.set_email_choice(member_id, chosen, bool(email))
        return email_choices(self.store.email_choices(member_id))

    def export(self, member_id: str) -> Mapping[str, object]:
        """The member's inbox and choices (their export)."""
        return {
            "items": [
                {
                    "id": i.id,
                    "kind": i.kind.value,
                    "data": dict(i.data),
                    "created_at": i.created_at.isoformat(),
                    "read_at": i.read_at.isoformat() if i.read_at else None,
                }
                for i in self.store.items(member_id, limit=100_000)
            ],
            "email": {
                k.value: v for k, v in email_choices(self.store.email_choices(member_id)).items()
            },
        }
