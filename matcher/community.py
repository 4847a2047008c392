"""A community: one database and every domain's service over it, wired once.

The composition root of the domain layer: the HTTP API, the CLI, the web pages, the
notebooks and the tests build a :class:`Community` and call its services; none of them
wires services by hand. Each domain's service stays usable on its own (over a
:class:`~matcher.db.Database`); here they are connected to each other: suggestions see
trust, profiles see who shares an event, deleting a profile reaches every domain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from embeddings.encoder import Encoder, encoder_from_name
from matcher.accounts import AccountService, AccountSettings
from matcher.db import Database
from matcher.equity import EquityService
from matcher.events import EventService
from matcher.inbox import InboxService
from matcher.loop import DigestService, FeedbackService, LoopService, MessageService
from matcher.mail import Compose, MailService, MailSettings, Transport
from matcher.matching import MatchingService, MatchSettings
from matcher.notices import NoticeKind
from matcher.privacy import PrivacyHook, PrivacyService
from matcher.profiles import ProfileService, encoder_in
from matcher.schema import connect
from matcher.security import IdempotencyStore, SecurityService, SecuritySettings
from matcher.trust import InviteLimits, TrustService, TrustSettings

__all__ = ["Community"]


class Community:
    """Every service of one community, over one database.

    Parameters
    ----------
    db : Database, str or Path
        The database, or its path (``":memory:"`` for tests); the schema is applied.
    encoder : Encoder, optional
        Encodes profile texts (none: the encoder the database's vectors were made with, or
        :data:`~embeddings.encoder.DEFAULT_ENCODER` for a database without vectors; see
        :func:`~matcher.profiles.service.encoder_in`).
    match : MatchSettings, optional
        How suggestions are computed.
    index_path : Path, optional
        Where the vector index is saved (rebuilt when missing or stale).
    security : SecuritySettings, optional
        Token lifetime and throttles.
    trust : TrustSettings, optional
        How trust is computed and blended.
    invite_limits : InviteLimits, optional
        How many introduction requests a member may send.
    erase_vacuum : bool
        Also rebuild the database file after each erasure.
    clock : callable, optional
        The current UTC time (tests move it).
    with_trust : bool
        Blend trust into suggestions (default True; False for the plain text match).
    mail : MailSettings, optional
        The SMTP server (none: e-mail waits in the outbox).
    accounts : AccountSettings, optional
        Session and link lifetimes, sign-in throttles, the password hash's cost.
    compose : callable, optional
        Writes the e-mails in the reader's language (default: plain English).
    transport : Transport, optional
        Delivers e-mail instead of SMTP (a test's server, say).

    Examples
    --------
    >>> from embeddings.encoder import FakeEncoder
    >>> from matcher.access import ADMIN
    >>> c = Community(":memory:", FakeEncoder(dim=64))
    >>> _ = c.profiles.import_profiles([
    ...     {"id": "ana", "name": "Ana", "offers": "python code backend", "needs": "sales",
    ...      "roles_offered": "tech", "roles_sought": "sales"},
    ...     {"id": "bob", "name": "Bob", "offers": "sales", "needs": "python code backend",
    ...      "roles_offered": "sales", "roles_sought": "tech"},
    ... ])
    >>> [s.candidate for s in c.matching.suggest("ana", k=3, actor=ADMIN)]
    ['bob']
    >>> names = sorted(h.name for h in c.privacy.hooks)
    >>> names[:6]
    ['accounts', 'digests', 'events', 'feedback', 'idempotency', 'inbox']
    >>> names[6:]
    ['mail', 'marks', 'messages', 'profiles', 'ventures']
    """

    def __init__(
        self,
        db: Database | str | Path,
        encoder: Encoder | None = None,
        match: MatchSettings | None = None,
        *,
        index_path: Path | None = None,
        security: SecuritySettings | None = None,
        trust: TrustSettings | None = None,
        invite_limits: InviteLimits | None = None,
        erase_vacuum: bool = False,
        clock: Callable[[], dt.datetime] | None = None,
        with_trust: bool = True,
        mail: MailSettings | None = None,
        accounts: AccountSettings | None = None,
        compose: Compose | None = None,
        transport: Transport | None = None,
    ) -> None:
        self.db = db if isinstance(db, Database) else connect(db)
        if encoder is None:  # the one the stored vectors were made with, else the default
            encoder = encoder_from_name(encoder_in(self.db))
        self.encoder = encoder
        self.profiles = ProfileService(self.db, encoder)
        if clock is not None:  # a time zone's offset is read at this time (tests move it)
            self.profiles.store.clock = clock
        self.trust = TrustService(
            self.db, trust, clock=clock, limits=invite_limits, visible=self.profiles.visible
        )
        self.matching = MatchingService(
            self.profiles,
            match,
            index_path=index_path,
            trust=self.trust if with_trust else None,
            clock=clock,
        )
        self.security = SecurityService(self.profiles, security, clock=clock)
        self.equity = EquityService(self.db, clock=clock, visible=self.profiles.visible)
        self.events = EventService(self.matching, clock=clock)
        self.profiles.shares_event = self.events.events.share_event
        self.profiles.introduced = self.trust.introduced
        # legitimacy (Sybil resistance) starts from members an organiser saw in person
        self.trust.seeds = self.events.events.checked_in_people
        self.feedback = FeedbackService(self.trust)
        self.loop = LoopService(self.matching, self.equity, self.feedback, self.events)
        self.privacy = PrivacyService(self.matching, self.trust, self.equity, vacuum=erase_vacuum)
        self.idempotency = IdempotencyStore(self.db)
        self.mail = MailService(self.db, mail, transport=transport, clock=clock)
        self.accounts = AccountService(
            self.profiles, self.security, self.mail, accounts, compose=compose, clock=clock
        )
        self.security.members.append(lambda member: self.accounts.store.get(member) is not None)
        # an organiser's import never makes the profile of a member who has none yet
        self.events.known_member = self.security.known_member
        # a member without a profile yet is told so, and how to write it (NoProfileYet)
        self.profiles.known_member = self.security.known_member
        self.trust.missing = self.profiles.missing
        # a new account's id is one no record names (what an old id left is not inherited)
        self.accounts.in_use.append(
            lambda member: bool(self.privacy.rows.references(member, self.privacy.columns))
        )
        # an erasure from the account page asks for the password (or a recent link sign-in)
        self.privacy.guards.append(
            lambda person, actor, proof: self.accounts.prove_self(
                person, actor=actor, password=proof.get("password"), session=proof.get("session")
            )
        )
        # an introduction shows a partner's address only once its owner proved they read it
        self.trust.proven = self.accounts.proven
        self.inbox = InboxService(self.accounts, self.mail, compose=compose, clock=clock)
        # no invitation reaches a member from someone either of them avoids
        self.inbox.apart = self.trust.avoids.avoided_either_way
        # a withdrawn introduction request's e-mails not sent yet never go
        self.trust.on_obsolete.append(self.mail.cancel)
        # an account that claims an API-made profile takes its id: what other domains keep
        # under the account's id moves with it
        self.accounts.on_rekey += [
            self.inbox.store.rekey,
            self.mail.store.rekey,
            self.security.store.rekey,
        ]
        # what a member should hear about reaches their inbox (and e-mail) in the same
        # transaction as the change
        for domain in (self.trust, self.equity, self.events):
            domain.on_notice.append(self.inbox.deliver)
        # a withdrawn request: the notice that asked for an answer no longer asks for one
        self.trust.on_notice.append(
            lambda n: (
                self.inbox.settle(
                    n.to, NoticeKind.INTRO_REQUEST, "intro", n.data["intro"], done=True
                )
                if n.kind is NoticeKind.INTRO_WITHDRAWN
                else 0
            )
        )
        # the people an organiser imports get their invitation by e-mail, with a personal link
        self.events.inbox = self.inbox
        # registered before the accounts' hook, so it runs after it (a later hook runs
        # first): the account's unsent confirmation letters are handed to their address
        # before the member's letters go
        self.privacy.register(
            PrivacyHook(
                "mail",
                erase=self.mail.store.forget,
                columns=(("outbox", "member_id"), ("outbox", "about_id")),
            )
        )
        self.privacy.register(
            PrivacyHook(
                "accounts",
                export=self.accounts.export,
                erase=self.accounts.forget,
                columns=(
                    ("accounts", "id"),
                    ("sessions", "member_id"),
                    ("account_links", "account_id"),
                    ("invitations", "created_by"),
                    ("invitation_uses", "account_id"),
                    ("address_proofs", "member_id"),
                ),
            )
        )
        self.privacy.register(
            PrivacyHook(
                "inbox",
                export=self.inbox.export,
                erase=self.inbox.store.forget,
                columns=(("inbox_items", "member_id"), ("notification_prefs", "member_id")),
            )
        )
        # conversations after an accepted introduction: a new message reaches the others'
        # inboxes (and e-mail) with the message; reading the conversation settles it
        self.messages = MessageService(self.trust)
        self.messages.on_notice.append(self.inbox.deliver)
        self.messages.on_read.append(
            lambda reader, thread: self.inbox.settle(reader, NoticeKind.MESSAGE, "thread", thread)
        )
        # feedback given about a meeting settles the author's "feedback due" item for it
        self.feedback.on_given.append(
            lambda f: (
                self.inbox.settle(
                    f.author, NoticeKind.FEEDBACK_DUE, "context", f.context, done=True
                )
                if f.context
                else 0
            )
        )
        self.privacy.register(PrivacyHook.of("messages", self.messages.store))
        # the weekly e-mail of new suggestions (``cofoundry digest``, ``cofoundry worker``)
        self.digest = DigestService(self.matching, self.inbox, clock=clock)
        self.privacy.register(PrivacyHook.of("digests", self.digest.store))
        # the people a member saved or skipped; skipped ones leave their suggestions
        self.privacy.register(
            PrivacyHook(
                "marks",
                export=self.loop.export_marks,
                erase=lambda person, _pseudonym: self.loop.loop.erase_marks(person),
                columns=self.loop.loop.MARK_COLUMNS,
            )
        )
        self.matching.left_out.append(self.loop.loop.skipped)
        # the stored responses of a person's requests (their sign-up: profile and token)
        self.privacy.register(PrivacyHook("idempotency", erase=self.idempotency.forget))
        # deleting a profile deletes what every domain holds about the person
        self.profiles.on_delete += [self.security.store.forget, self.trust.forget]
        # a connector who turns private leaves the pending requests they were to relay
        self.profiles.on_saved.append(self.trust.profiles_saved)

    def warm(self, *, progress: Callable[[int], None] | None = None) -> None:
        """Load the encoder, build the search state and the trust graph, and read the
        busiest ledgers now (``progress``: records of the trust graph read so far)."""
        self.matching.warm()
        self.trust.warm(progress=progress)
        self.equity.warm()

    def close(self) -> None:
        """Close the database connections."""
        self.db.close()
