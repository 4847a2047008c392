"""The weekly digest: an e-mail to each member about the people newly suggested to them.

* A member with an account and a profile gets at most one digest in
  :data:`~matcher.loop.model.DIGEST_EVERY` (7 days), and only when their suggestions hold
  someone no earlier digest named (up to :data:`~matcher.loop.model.DIGEST_SIZE` looked
  at): no news, no e-mail.
* It is an e-mail of kind ``digest``, switched on or off like every notice (account page,
  ``PUT /me/notifications/digest``, or its unsubscribe link); it adds no inbox item (the
  suggestions page is where they are).
* The e-mail gives a count and the page, never names: an e-mail stays in the outbox after
  it is sent, and nobody is named there who might later leave.
* ``cofoundry digest`` runs it once; ``cofoundry worker`` runs it every hour beside the
  outbox. The check of the last digest and the new one share one ``BEGIN IMMEDIATE``
  transaction, so two workers never send a member two digests.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from matcher.access import Actor
from matcher.inbox import InboxService
from matcher.loop.model import DIGEST_EVERY, DIGEST_SIZE
from matcher.loop.store import DigestStore
from matcher.matching import MatchingService
from matcher.notices import NoticeKind

__all__ = ["DigestReport", "DigestService"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DigestReport:
    """What one run did: members looked at, digests queued."""

    members: int = 0
    sent: int = 0


class DigestService:
    """Weekly digests of new suggestions.

    Examples
    --------
    >>> from matcher.community import Community
    >>> from embeddings.encoder import FakeEncoder
    >>> from matcher.accounts import AccountSettings
    >>> c = Community(":memory:", FakeEncoder(dim=32),
    ...               accounts=AccountSettings(hash_memory_kib=1024, hash_time=1))
    >>> for name in ("Ana", "Bob"):  # each confirms the address, as the e-mailed link does
    ...     a = c.accounts.sign_up(name, f"{name.lower()}@example.org", "correct horse battery")
    ...     with c.db.transaction():
    ...         _ = c.accounts.store.confirm(a.id, c.accounts.clock())
    >>> _ = c.profiles.import_profiles([
    ...     {"id": "ana", "name": "Ana", "offers": "python", "needs": "sales"},
    ...     {"id": "bob", "name": "Bob", "offers": "sales", "needs": "python"}])
    >>> c.digest.run()
    DigestReport(members=2, sent=2)
    >>> c.digest.run()  # a week has not passed
    DigestReport(members=2, sent=0)
    """

    def __init__(
        self,
        matching: MatchingService,
        inbox: InboxService,
        *,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.matching = matching
        self.inbox = inbox
        self.db = inbox.db
        self.store = DigestStore(inbox.db)
        self.clock = clock or inbox.clock

    def members(self) -> list[str]:
        """Who may get a digest: members with an account and a profile."""
        accounts = self.inbox.accounts.store.ids()
        found = self.matching.profiles.store.profiles(sorted(accounts))
        return sorted(p.id for p in found)

    def _due(self, member_id: str, now: dt.datetime) -> bool:
        last = self.store.last(member_id)
        return last is None or now - last >= DIGEST_EVERY

    def send(self, member_id: str) -> int | None:
        """Queue the member's digest if one is due and there is someone new; the outbox id,
        else None."""
        now = self.clock()
        wanted = self.inbox.email_choices(member_id, actor=Actor(member_id))
        if not wanted[NoticeKind.DIGEST] or not self._due(member_id, now):
            return None
        suggestions = self.matching.suggest(
            member_id, k=DIGEST_SIZE, actor=Actor(member_id), explain=False
        )
        seen = self.store.sent_to(member_id)
        new = [s.candidate for s in suggestions if s.candidate not in seen]
        if not new:
            return None
        with self.db.transaction():
            if not self._due(member_id, now):  # another worker sent it meanwhile
                return None
            data = {"count": str(len(new)), "path": "/web/suggestions"}
            queued = self.inbox.email(member_id, NoticeKind.DIGEST, data, about=None)
            if queued is not None:
                self.store.record(member_id, new, now)
        return queued

    def run(self) -> DigestReport:
        """Queue every due digest; what was done."""
        members = self.members()
        sent = 0
        for member_id in members:
            try:
                sent += self.send(member_id) is not None
            except Exception:  # one member's failure (a profile mid-erasure) stops no one
                log.exception("digest for %s not queued", member_id)
        return DigestReport(len(members), sent)
