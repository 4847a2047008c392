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

from embeddings.encoder import Encoder
from matcher.db import Database
from matcher.equity import EquityService
from matcher.events import EventService
from matcher.loop import FeedbackService, LoopService
from matcher.matching import MatchingService, MatchSettings
from matcher.privacy import PrivacyHook, PrivacyService
from matcher.profiles import ProfileService
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
    encoder : Encoder
        Encodes profile texts.
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
    >>> sorted(h.name for h in c.privacy.hooks)
    ['events', 'feedback', 'idempotency', 'profiles', 'ventures']
    """

    def __init__(
        self,
        db: Database | str | Path,
        encoder: Encoder,
        match: MatchSettings | None = None,
        *,
        index_path: Path | None = None,
        security: SecuritySettings | None = None,
        trust: TrustSettings | None = None,
        invite_limits: InviteLimits | None = None,
        erase_vacuum: bool = False,
        clock: Callable[[], dt.datetime] | None = None,
        with_trust: bool = True,
    ) -> None:
        self.db = db if isinstance(db, Database) else connect(db)
        self.encoder = encoder
        self.profiles = ProfileService(self.db, encoder)
        self.trust = TrustService(
            self.db, trust, clock=clock, limits=invite_limits, visible=self.profiles.visible
        )
        self.matching = MatchingService(
            self.profiles,
            match,
            index_path=index_path,
            trust=self.trust if with_trust else None,
        )
        self.security = SecurityService(self.profiles, security, clock=clock)
        self.equity = EquityService(self.db)
        self.events = EventService(self.matching, clock=clock)
        self.profiles.shares_event = self.events.events.share_event
        self.feedback = FeedbackService(self.trust)
        self.loop = LoopService(self.matching, self.equity, self.feedback, self.events)
        self.privacy = PrivacyService(self.matching, self.trust, self.equity, vacuum=erase_vacuum)
        self.idempotency = IdempotencyStore(self.db)
        # the stored responses of a person's requests (their sign-up: profile and token)
        self.privacy.register(PrivacyHook("idempotency", erase=self.idempotency.forget))
        # deleting a profile deletes what every domain holds about the person
        self.profiles.on_delete += [self.security.store.forget, self.trust.forget]

    def warm(self) -> None:
        """Load the encoder, build the search state and read the busiest ledgers now."""
        self.matching.warm()
        self.equity.warm()

    def close(self) -> None:
        """Close the database connections."""
        self.db.close()
