"""Privacy rights: export all of a person's data, and erase the person everywhere.

* :meth:`PrivacyService.export` gathers what the API shows the person, in one
  document: profile, token metadata, avoid list, collaborations (their own ratings
  and notes only), endorsements given and received, introductions, ventures with the
  entries about them, and what each registered feature holds (``features``).
* :meth:`PrivacyService.erase` removes the person in one ``BEGIN IMMEDIATE``
  transaction: profile, vectors, tokens, avoid entries, collaborations, ratings,
  endorsements and introductions are deleted; in ledgers (append-only, other
  members' shares depend on them) the person's id becomes a random pseudonym and the
  notes they wrote or that describe their entries are dropped (a venture of theirs
  alone is deleted whole); every feature's
  :class:`~matcher.privacy.model.PrivacyHook` runs in the same transaction, and every
  registered person column is checked empty of the id before the commit, and the id is
  kept (as a keyed hash) so that nobody is ever given it again. Then the
  search state and the saved index forget the person (vectors scrubbed, file
  rewritten atomically), the trust graph cache is dropped, and the database file is
  checkpointed (``wal_checkpoint(TRUNCATE)``), and vacuumed if asked.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from matcher.access import OWN_DATA, Actor
from matcher.equity import (
    PERSON_COLUMNS,
    RESERVED_KEY,
    DepartureReport,
    EntryRewrite,
    EquityService,
    Posted,
    Rate,
    Venture,
    content_hash,
)
from matcher.errors import ErasureIncomplete, UnknownProfile
from matcher.events import EventStore
from matcher.loop import LoopStore
from matcher.matching import MatchingService
from matcher.privacy.model import ErasureReport, PrivacyHook, new_pseudonym
from matcher.privacy.store import PrivacyStore
from matcher.profiles import Profile
from matcher.security import SecurityStore, TokenInfo
from matcher.trust import Collaboration, Endorsement, IntroView, TrustService

__all__ = [
    "BUILTIN_COLUMNS",
    "Export",
    "PrivacyService",
    "VectorInfo",
    "VentureRecord",
]

logger = logging.getLogger(__name__)

#: Person-id columns of the built-in features, by feature: checked empty after an erasure.
BUILTIN_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "profiles": (
        ("profiles", "id"),
        ("vectors", "profile_id"),
        ("tokens", "profile_id"),
        ("avoids", "owner"),
        ("avoids", "other"),
        ("change_log", "key"),
    ),
    "trust": (
        ("collaborations", "proposer"),
        ("collaborations", "partner"),
        ("endorsements", "endorser"),
        ("endorsements", "endorsed"),
        ("introductions", "requester"),
        ("introductions", "target"),
        ("introductions", "connector"),
    ),
    "ventures": PERSON_COLUMNS,
}


@dataclass(frozen=True, slots=True)
class VectorInfo:
    """A vector computed from one of the person's texts (the numbers are not exported)."""

    field: str
    model: str
    dim: int
    text_hash: str


@dataclass(frozen=True, slots=True)
class VentureRecord:
    """A venture the person is in, with the entries about them, by them or approved by them."""

    venture: Venture
    members: tuple[str, ...]
    entries: tuple[Posted, ...]
    rates: tuple[Rate, ...]
    departure: DepartureReport | None


@dataclass(frozen=True, slots=True)
class Export:
    """Everything cofoundry holds about one person that the person may see."""

    person: str
    exported_at: dt.datetime
    #: None for an account whose member has not made a profile yet (their account, inbox and
    #: e-mails are in ``features``)
    profile: Profile | None
    created_at: str | None
    updated_at: str | None
    tokens: tuple[TokenInfo, ...]
    avoid: tuple[str, ...]
    collaborations: tuple[Collaboration, ...]
    endorsements_given: tuple[Endorsement, ...]
    endorsements_received: tuple[Endorsement, ...]
    introductions: tuple[IntroView, ...]
    ventures: tuple[VentureRecord, ...]
    vectors: tuple[VectorInfo, ...]
    features: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)


class PrivacyService:
    """Export and erasure over the services of one community (one database).

    Parameters
    ----------
    matching, trust, equity
        The matching (with its profiles), trust and equity services.
    vacuum : bool
        Also rebuild the database file after each erasure (see
        :meth:`matcher.db.Database.scrub`; not needed for the bytes
        to go, tested in ``tests/matcher/test_privacy.py``).

    Examples
    --------
    >>> from embeddings.encoder import FakeEncoder
    >>> from matcher.profiles import ProfileService
    >>> from matcher.schema import connect
    >>> profiles = ProfileService(connect(), FakeEncoder(dim=16))
    >>> _ = profiles.import_profiles([{"id": "ana", "name": "Ana", "offers": "o", "needs": "n"}])
    >>> privacy = PrivacyService(MatchingService(profiles), TrustService(profiles.db),
    ...                          EquityService(profiles.db))
    >>> privacy.export("ana", actor=Actor("ana")).profile.name
    'Ana'
    >>> privacy.erase("ana", actor=Actor("ana")).rows["profiles"]
    1
    >>> profiles.store.get_profile("ana") is None
    True
    """

    def __init__(
        self,
        matching: MatchingService,
        trust: TrustService,
        equity: EquityService,
        *,
        vacuum: bool = False,
    ) -> None:
        self.matching = matching
        self.profiles = matching.profiles
        self.trust = trust
        self.equity = equity
        self.vacuum = vacuum
        self.db = matching.db
        self.rows = PrivacyStore(self.db)
        #: called with (person, actor, proof) before an erasure that brings a ``proof`` (the
        #: account page's password): the accounts check that the member themself asks
        self.guards: list[Callable[[str, Actor | None, Mapping[str, str | None]], object]] = []
        self.tokens = SecurityStore(self.db)
        self.events = EventStore(self.db)
        loop = LoopStore(self.db)

        def erase_feedback(person: str, pseudonym: str) -> int:
            return trust.store.erase_feedback(person) + loop.erase(person, pseudonym)

        self.hooks: list[PrivacyHook] = [
            PrivacyHook(
                "events",
                export=self._export_events,
                erase=self.events.erase,
                columns=self.events.PERSON_COLUMNS,
            ),
            PrivacyHook(
                "feedback",
                export=trust.store.export_feedback,
                erase=erase_feedback,
                columns=trust.store.FEEDBACK_COLUMNS + loop.PERSON_COLUMNS,
            ),
            PrivacyHook(
                "ventures",
                export=self._export_invitations,
                erase=self._erase_ventures,
                columns=BUILTIN_COLUMNS["ventures"],
            ),
            PrivacyHook(
                "profiles",
                erase=self._erase_profile,
                columns=BUILTIN_COLUMNS["profiles"] + BUILTIN_COLUMNS["trust"],
            ),
        ]

    def register(self, hook: PrivacyHook) -> PrivacyHook:
        """Add a feature's hook (its erase runs before the built-in ones); return it.

        Examples
        --------
        >>> from embeddings.encoder import FakeEncoder
        >>> from matcher.profiles import ProfileService
        >>> from matcher.schema import connect
        >>> matching = MatchingService(ProfileService(connect(), FakeEncoder(dim=16)))
        >>> privacy = PrivacyService(matching, TrustService(matching.db),
        ...                          EquityService(matching.db))
        >>> privacy.register(PrivacyHook("workshops")).name in [h.name for h in privacy.hooks]
        True
        """
        if any(h.name == hook.name for h in self.hooks):
            raise ValueError(f"a privacy hook named {hook.name!r} is already registered")
        self.hooks.insert(0, hook)
        return hook

    @property
    def columns(self) -> tuple[tuple[str, str], ...]:
        """Every registered person-id column."""
        return tuple(c for h in self.hooks for c in h.columns)

    @staticmethod
    def _owner(person: str, actor: Actor | None, what: str) -> None:
        OWN_DATA.require(actor, person, what=what)

    # ------------------------------------------------------------- export
    def export(self, person: str, *, actor: Actor | None) -> Export:
        """All of ``person``'s data, as ``person`` may see it (the person or an admin asks).

        A member with no profile yet (an account signed up, its profile not made) gets what
        is held about them all the same: the right of access needs no profile first.

        Raises
        ------
        UnknownProfile
            No profile and no record names ``person`` (as :meth:`erase`).
        """
        self._owner(person, actor, "export the data")
        me = Actor(person)  # an admin's export shows what the person sees, no more
        with self.db.transaction():  # one consistent snapshot
            profile = self.profiles.store.get_profile(person)
            times = self.profiles.store.profile_times(person)
            if (profile is None or times is None) and not self.rows.references(
                person, self.columns
            ):
                raise UnknownProfile(f"no profile {person!r}", field="id", value=person)
            tokens = tuple(self.tokens.listed(person))
            vectors = tuple(VectorInfo(*v) for v in self.profiles.store.vector_info(person))
            avoid = tuple(self.trust.avoids.avoid_list(person))
            given = tuple(
                Endorsement(person, b, s) for b, s in self.trust.store.endorsements_given(person)
            )
            # the trust views are a profile's (deleting one deletes its trust records)
            collaborations = tuple(self.trust.collaborations(person, actor=me) if profile else ())
            received = tuple(self.trust.endorsements(person, actor=me) if profile else ())
            intros = tuple(self.trust.introductions(person, actor=me) if profile else ())
            ventures = tuple(self._venture_record(v, person) for v in self._my_ventures(person))
            features = {h.name: dict(h.export(person)) for h in self.hooks if h.export}
        return Export(
            person=person,
            exported_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
            profile=profile,
            created_at=times[0] if times else None,
            updated_at=times[1] if times else None,
            tokens=tokens,
            avoid=avoid,
            collaborations=collaborations,
            endorsements_given=given,
            endorsements_received=received,
            introductions=intros,
            ventures=ventures,
            vectors=vectors,
            features=features,
        )

    def _export_events(self, person: str) -> dict[str, Any]:
        """Events I organise or attend, my seats and teams; tablemates as I may see them
        (a private one is left out, as in my agenda)."""
        doc = self.events.export(person)
        others = {o for item in doc["agenda"] + doc["teams"] for o in item["with"]}
        me = Actor(person)
        shown = {
            p.id
            for p in self.profiles.store.profiles(sorted(others))
            if self.profiles.visible(p, me)
        }
        for item in doc["agenda"] + doc["teams"]:
            item["with"] = [o for o in item["with"] if o in shown]
        return doc

    def _my_ventures(self, person: str) -> list[str]:
        return self.equity.store.member_ventures(person, invited=False)

    def _export_invitations(self, person: str) -> dict[str, Any]:
        """Invitations to ventures the person has not answered (they read nothing else)."""
        return {
            "invitations": [
                {"venture": v, "invited_by": by, "invited_at": at}
                for v, by, at in self.equity.store.invitations_of(person)
            ]
        }

    def _venture_record(self, venture_id: str, person: str) -> VentureRecord:
        me = Actor(person)
        venture = self.equity.get_venture(venture_id, actor=me)
        entries = tuple(
            p
            for p in self.equity.ledger(venture_id, actor=me)
            if person in (p.row.entry.member, p.row.entry.author, p.row.approver)
        )
        rates = tuple(r for r in self.equity.store.member_rates(venture_id) if r.member == person)
        departure = next(
            (
                r.report
                for r in self.equity.departures(venture_id, actor=me)
                if r.report.departure.member == person
            ),
            None,
        )
        members = tuple(self.equity.members(venture_id, actor=me))
        return VentureRecord(venture, members, entries, rates, departure)

    # ------------------------------------------------------------ erasure
    def erase(
        self,
        person: str,
        *,
        actor: Actor | None,
        vacuum: bool | None = None,
        proof: Mapping[str, str | None] | None = None,
    ) -> ErasureReport:
        """Erase ``person`` everywhere (the person or an admin); see the module docstring.
        ``proof`` (a browser's request: its password and session) goes to the
        :attr:`guards` first, which refuse when it does not show the member themself asks.

        Raises
        ------
        UnknownProfile
            No profile and no record names ``person``.
        ErasureIncomplete
            A registered column still holds the id after every hook ran: nothing is
            erased (the transaction is rolled back).
        """
        self._owner(person, actor, "erase the data")
        if proof is not None:
            for guard in self.guards:
                guard(person, actor, proof)
        columns = self.columns
        with self.db.transaction():
            before = self.rows.references(person, columns)
            if before:
                pseudonym = new_pseudonym(self._taken)
                ventures = tuple(self.equity.store.ventures_of(person))
                for hook in self.hooks:
                    if hook.erase is not None:
                        changed = hook.erase(person, pseudonym)
                        logger.debug("erasure: %s changed %d rows", hook.name, changed)
                left = self.rows.references(person, columns)
                if left:
                    where = ", ".join(f"{t}.{c} ({n})" for (t, c), n in sorted(left.items()))
                    raise ErasureIncomplete(
                        f"erasure of {person!r} incomplete: {where} still hold the id; nothing"
                        " was erased",
                        field="id",
                        value=person,
                        hint="the feature owning these columns must erase them in its PrivacyHook",
                    )
                # the id is never given again: whatever a table or a cache still holds
                # under it reaches no newcomer (in this transaction: a sign-up waiting on
                # it reads it)
                self.profiles.store.bury(person)
                self.rows.bump_epoch(pseudonym)
                for venture_id in ventures:  # the erased member may be the one awaited
                    self.equity.seal_after_erasure(venture_id)
        if not before:
            # Nothing (left) to erase. An erasure killed between its commit and its scrub
            # left the person's bytes in the database file (the zeroed pages only in the
            # log): the next one finishes that before saying so. (A saved index it did not
            # patch is one erasure behind: the next start deletes it, see MatchingService.)
            self.db.scrub(vacuum=self.vacuum if vacuum is None else vacuum)
            raise UnknownProfile(f"no profile {person!r}", field="id", value=person)
        self.trust.forget_cached()
        self.equity.store.forget_cache()
        rewritten = self.matching.forget([person])
        checkpointed, vacuumed = self.db.scrub(vacuum=self.vacuum if vacuum is None else vacuum)
        rows: dict[str, int] = {}
        for (table, _), n in before.items():
            rows[table] = rows.get(table, 0) + n
        logger.info("erased a profile: %d rows in %d tables", sum(rows.values()), len(rows))
        return ErasureReport(
            person=person,
            rows=rows,
            ventures=ventures,
            index_rewritten=rewritten,
            checkpointed=checkpointed,
            vacuumed=vacuumed,
        )

    def _erase_profile(self, person: str, pseudonym: str) -> int:
        """Profile, vectors, tokens, avoids, collaborations, endorsements, introductions, and
        the person's own throttle bucket (tokens issued, keyed by their id)."""
        gone = int(self.profiles.store.delete_profile(person))
        gone += self.tokens.forget(person) + self.trust.forget(person)
        return gone + self.profiles.store.forget_changes(person, pseudonym)

    def _erase_ventures(self, person: str, pseudonym: str) -> int:
        """Pseudonymise the ledgers; drop notes of the person's entries; re-hash them.

        A venture where nobody else appears (the person's alone) is deleted whole: no
        one's records depend on it, and its name is the person's text.
        """
        solo = self.equity.store.solo_ventures(person)
        rewrites: list[EntryRewrite] = []
        for venture_id in self.equity.store.ventures_of(person):
            if venture_id in solo:
                continue
            for row in self.equity.store.ledger_rows(venture_id):
                e = row.entry
                if person not in (e.member, e.author):
                    continue
                new = replace(
                    e,
                    member=pseudonym if e.member == person else e.member,
                    author=pseudonym if e.author == person else e.author,
                    note="",
                )
                rewrites.append(
                    EntryRewrite(
                        row.rowid,
                        new.member,
                        new.author,
                        new.note,
                        f"{RESERVED_KEY}erased-{row.rowid}",
                        content_hash(venture_id, new),
                    )
                )
        return self.equity.store.pseudonymise(person, pseudonym, rewrites, drop=solo)

    def _taken(self, name: str) -> bool:
        """True if ``name`` is already a profile id, a pseudonym or a venture member."""
        return (
            self.profiles.store.get_profile(name) is not None
            or self.rows.is_pseudonym(name)
            or bool(self.equity.store.member_ventures(name))
        )
