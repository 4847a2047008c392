"""Equity use cases: ventures, their append-only Slicing Pie ledger, splits, departures and
the end of a venture, with the roles of a venture's people.

Who may do what is decided by the named rules of :mod:`matcher.access` (``equity.*``),
given the parties this service reads from the venture's records (:class:`Roles`); no
permission is tested anywhere else. In short:

* the creator is the venture's **owner**; owners invite people (who join when they
  accept), name other owners, set salaries and terms, freeze the pie, import a ledger,
  record another member's departure and propose to end the venture;
* a **member** posts entries about themself, approves or rejects others' entries (not
  their own, nor those of the owner who alone added them), reverses their own entries,
  records their own resignation, and confirms or declines a proposed end;
* a **former member** (their departure is recorded) reads the venture and acknowledges or
  disputes their departure; an **invited** person reads nothing until they accept;
* an **admin** acts on behalf of a named member under that member's rules, and never
  approves, rejects, accepts, confirms, acknowledges or disputes for anyone.

The past is fixed: an entry's slices change only through a reversal by its author or an
approval or rejection by the member it is about; rates and terms apply after the entries
already posted; a freeze refuses every entry posted after it; a departure's report is kept
as recorded; an ended venture accepts nothing. Every entry is dated between the venture's
start and tomorrow (time zones).

Posting is idempotent: the same idempotency key with the same content returns the entry
already posted; the same key with different content is a :class:`~matcher.errors.Conflict`.
Keys are scoped per author: another member's key is a new key (it never blocks their post
nor returns their entry).
Keys starting with ``#`` are the service's own (reversals, imports, erasure).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from matcher.access import (
    ANSWER_DEPARTURE,
    ANSWER_PROPOSAL,
    ANSWER_VENTURE_INVITATION,
    APPROVE_ENTRY,
    CONFIRM_END,
    CREATE_VENTURE,
    DECLINE_END,
    FREEZE_PIE,
    IMPORT_LEDGER,
    INVITE_MEMBER,
    LIST_VENTURES,
    NAME_OWNER,
    POST_AS,
    POST_ENTRY,
    POST_FOR_MEMBER,
    PROPOSE_END,
    READ_VENTURE,
    RECORD_DEPARTURE,
    REJECT_ENTRY,
    RESIGN,
    REVERSE_ENTRY,
    SECOND_MEMBER,
    SET_RATE,
    SET_TERMS,
    SIGN_DAY,
    Actor,
    Rule,
    actor_sees,
    signed_in,
)
from matcher.csvio import read_csv
from matcher.db import Database, utcnow
from matcher.equity.document import (
    DocDeparture,
    DocEnd,
    DocEntry,
    DocSigning,
    SplitDocument,
    split_pdf,
)
from matcher.equity.model import (
    ENTRY_FIELDS,
    FIRST_DAY,
    MAX_NOTE,
    MAX_REASON,
    MAX_VENTURE_NAME,
    Computation,
    Departure,
    DepartureReport,
    Entry,
    Kind,
    Ledger,
    Numbers,
    Rate,
    Reason,
    SalaryOffer,
    Split,
    Terms,
    TimeBudget,
    Venture,
    WellFold,
    WellReversals,
    best_case,
    check_entry,
    check_rate,
    check_terms,
    counts,
    departure_reports,
    ledger_as_of,
    ledger_hash,
    lowered_by_reversal,
    months_since,
    needs_approval,
    parse_entry,
    parse_terms,
    parse_text,
    slices_for,
    split,
    terms_on,
    timeline,
    well_shortfall,
)
from matcher.equity.store import (
    DaySignature,
    DepartureRecord,
    EndRecord,
    EquityStore,
    LedgerRow,
    Membership,
    Proposal,
    SignedDay,
    report_to_json,
)
from matcher.errors import (
    CofoundryError,
    Conflict,
    DayOutOfRange,
    ImportFailed,
    InvalidInput,
    NotAllowed,
    OutOfRange,
    SignedSplit,
    UnknownEntry,
    UnknownItem,
    UnknownProfile,
    UnknownVenture,
)
from matcher.ids import MAX_ID, check_id, chosen_id_errors, new_id
from matcher.notices import Notice, NoticeKind, Notify, announce
from matcher.profiles import Profile, ProfileStore

__all__ = [
    "RESERVED_KEY",
    "DayStatus",
    "EquityService",
    "Invitation",
    "LedgerImport",
    "Posted",
    "Roles",
    "VentureView",
    "content_hash",
]

logger = logging.getLogger(__name__)

#: a ledger fingerprint as printed: SHA-256 in hexadecimal
_HEX64 = re.compile(r"[0-9a-fA-F]{64}")


class _Unread:
    """Not read yet (:meth:`EquityService._unsigned` reads the signed day itself)."""


_UNREAD = _Unread()

MAX_KEY = 200
#: Idempotency keys the service makes start with this; users' keys may not.
RESERVED_KEY = "#"
#: An entry may be dated this many days after today (the day is not the same everywhere).
AHEAD = dt.timedelta(days=1)
#: The random bytes after a member's chosen venture id (``acme-3f9a2c``: 6 hex digits).
SUFFIX_BYTES = 3
#: Columns of a ledger CSV besides the entry's fields (see :meth:`EquityService.import_ledger`).
IMPORT_COLUMNS = (*ENTRY_FIELDS, "key")
#: Column names a spreadsheet may use instead (compared as :func:`_column` writes them): the
#: French of the venture page's own words, so a French ledger imports as it is.
_IMPORT_ALIASES = {
    "date": "on",
    "membre": "member",
    "idempotency_key": "key",
    "cle": "key",
    "type": "kind",
    "nature": "kind",
    "montant": "amount",
    "heures": "hours",
    "mois": "months",
    "paye": "paid",
    "verse": "paid",
    "etat": "condition",
    "taux": "rate",
    "remarque": "note",
    "commentaire": "note",
}
#: A kind as a French spreadsheet writes it (the venture page's French words, compared as
#: :func:`_column` writes them), for the import; the kinds' own names are read as they are.
_KIND_ALIASES = {
    "argent": Kind.CASH,
    "especes": Kind.CASH,
    "temps": Kind.TIME,
    "frais": Kind.EXPENSE,
    "depense": Kind.EXPENSE,
    "fournitures": Kind.SUPPLIES,
    "equipement": Kind.EQUIPMENT,
    "materiel": Kind.EQUIPMENT,
    "locaux": Kind.FACILITIES,
    "idee": Kind.IDEA,
    "ventes": Kind.SALES,
    "apport_de_fonds": Kind.FINDER,
    "depot_dans_le_puits": Kind.WELL_DEPOSIT,
    "retrait_du_puits": Kind.WELL_WITHDRAWAL,
    "remboursement": Kind.REPAYMENT,
}


_DAY = dt.timedelta(days=1)


def _salary_facts(offer: SalaryOffer) -> dict[str, str]:
    """An invitation's salary as a notice carries it (as a rate proposal's: ``salary``,
    ``paid_salary``, ``effective``, empty for the joining day)."""
    return {
        "salary": str(offer.salary),
        "paid_salary": str(offer.paid_salary),
        "effective": offer.effective.isoformat() if offer.effective else "",
    }


def _terms_reach(every: Sequence[Terms], effective: dt.date, start: dt.date) -> dt.date:
    """The first day new terms effective ``effective`` would change, given the venture's
    terms ``every``: their own day, or the venture's ``start`` when they come before every
    recorded terms (the first terms are in force before any: :func:`terms_on`,
    :func:`ledger_as_of`), so that they would replace the terms of every day until then.

    >>> first = (Terms(effective=dt.date(2024, 5, 1)),)
    >>> _terms_reach(first, dt.date(2024, 4, 15), dt.date(2023, 1, 1))
    datetime.date(2023, 1, 1)
    >>> _terms_reach(first, dt.date(2024, 6, 1), dt.date(2023, 1, 1))
    datetime.date(2024, 6, 1)
    """
    if any(t.effective <= effective for t in every):
        return effective
    return start


def _column(name: str) -> str:
    """A ledger CSV column as the import compares it: accents dropped, spaces and hyphens
    as underscores (``Paid Salary`` and ``paid-salary`` are ``paid_salary``).

    Examples
    --------
    >>> _column("Montant payé"), _column("idempotency-key")
    ('montant_paye', 'idempotency_key')
    """
    text = unicodedata.normalize("NFKD", name.strip().lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "_".join(text.replace("-", " ").split())


@dataclass(frozen=True, slots=True)
class Posted:
    """A ledger entry as shown to a member: the row, its computation, and whether it counts."""

    row: LedgerRow
    computation: Computation | None
    reversed_by: int | None
    counts: bool
    created: bool = False

    @property
    def state(self) -> str:
        """``reversal``, ``reversed``, ``rejected``, ``counts`` or ``pending``."""
        if self.row.entry.reverses is not None:
            return "reversal"
        if self.reversed_by is not None:
            return "reversed"
        if self.row.entry.rejected:
            return "rejected"
        return "counts" if self.counts else "pending"


@dataclass(frozen=True, slots=True)
class Roles:
    """Who is who in a venture, read from its records: the parties of the ``equity.*`` rules.

    Examples
    --------
    >>> from matcher.equity.store import Membership
    >>> m = (Membership("ana", "owner", "ana", "", "", False, None),
    ...      Membership("bob", "member", "ana", "", "", False, None),
    ...      Membership("cy", "member", "ana", "", "", True, None),
    ...      Membership("dee", "invited", "ana", "", None, False, None))
    >>> r = Roles(Venture("v"), m, frozenset({"bob"}))
    >>> r.owners, r.members, r.former, r.invited, r.readers
    (('ana',), ('ana', 'cy'), ('bob',), ('dee',), ('ana', 'bob', 'cy'))
    >>> r.approvers(Entry(1, "ana", Kind.CASH, dt.date(2024, 1, 1), author="ana"))
    ()
    >>> r.approvers(Entry(2, "cy", Kind.CASH, dt.date(2024, 1, 1), author="cy"))
    ()
    """

    venture: Venture
    memberships: tuple[Membership, ...]
    left: frozenset[str]

    def _with(self, roles: Iterable[str], *, left: bool | None = False) -> tuple[str, ...]:
        return tuple(
            m.member
            for m in self.memberships
            if m.role in roles and (left is None or (m.member in self.left) == left)
        )

    @property
    def owners(self) -> tuple[str, ...]:
        """Current owners (who have not left)."""
        return self._with(("owner",))

    @property
    def members(self) -> tuple[str, ...]:
        """Current members, owners included (joined, not left)."""
        return self._with(("owner", "member"))

    @property
    def former(self) -> tuple[str, ...]:
        """Members whose departure is recorded."""
        return self._with(("owner", "member"), left=True)

    @property
    def joined(self) -> tuple[str, ...]:
        """Everyone who joined: current and former members."""
        return self._with(("owner", "member"), left=None)

    @property
    def readers(self) -> tuple[str, ...]:
        """Who reads the venture: current and former members."""
        return self.joined

    @property
    def invited(self) -> tuple[str, ...]:
        """People invited who have not answered yet."""
        return self._with(("invited",), left=None)

    def membership(self, member: str) -> Membership | None:
        return next((m for m in self.memberships if m.member == member), None)

    def inviters(self, member: str) -> tuple[str, ...]:
        """Whose word alone brought ``member`` in: their inviter and, while that inviter
        joined on one word alone too (nobody seconded them), the inviter's inviter, and so
        on. A member invited while their inviter was the only member needs no second, so
        an account of the owner's made that way, named owner, could invite a third that
        approved the owner (the third was added by the second account, not by the owner):
        the chain names the owner too."""
        chain: list[str] = []
        m = self.membership(member)
        while (
            m is not None
            and m.seconded_by is None
            and m.added_by is not None
            and m.added_by != m.member
            and m.added_by not in chain
            and m.added_by != member
        ):
            chain.append(m.added_by)
            m = self.membership(m.added_by)
        return tuple(chain)

    def added_alone_by(self, member: str, author: str) -> bool:
        """True when ``member`` joined, on the word of ``author`` or of one ``author``
        alone brought in (:meth:`inviters`), a venture that had other members, and no other
        member seconded them."""
        m = self.membership(member)
        return (
            m is not None
            and m.needs_second
            and m.seconded_by is None
            and author in self.inviters(member)
        )

    def unvouched(self, member: str) -> bool:
        """True when ``member`` joined on one member's word alone and nobody seconded them
        yet: they vouch for nobody (two such accounts of one owner seconding each other
        would approve that owner's entries)."""
        m = self.membership(member)
        return m is not None and m.needs_second and m.seconded_by is None

    def vouched_alone(self, a: str, b: str) -> bool:
        """True when one of ``a`` and ``b`` joined on the other's word alone (unseconded):
        their approvals of each other's entries do not count (a second account)."""
        return self.added_alone_by(a, b) or self.added_alone_by(b, a)

    def reverser(self, entry: Entry) -> str:
        """Who may reverse ``entry``: a reversal never takes slices from someone else. An
        entry that counts is reversed by the member it is about (a repayment, which the
        reversal would give back, by its author); one that does not count yet, by its
        author."""
        if counts(entry, self.venture) and entry.kind is not Kind.REPAYMENT:
            return entry.member
        return entry.author

    def approvers(self, entry: Entry) -> tuple[str, ...]:
        """Who may approve or reject ``entry``: for an entry about another member than its
        author, that member; else every current member but the author. Never someone who
        joined on the author's word alone, nor the one on whose word alone the author
        joined (until another member seconds them)."""
        author = entry.author
        if author and author != entry.member:
            ok = entry.member in self.members and not self.vouched_alone(entry.member, author)
            return (entry.member,) if ok else ()
        return tuple(m for m in self.members if m != author and not self.vouched_alone(m, author))


@dataclass(frozen=True, slots=True)
class VentureView:
    """A venture as its readers see it: settings, roles, freeze and end."""

    venture: Venture
    roles: Roles
    created_by: str | None
    frozen_at: str | None
    end: EndRecord | None

    @property
    def ended(self) -> bool:
        return self.end is not None and self.end.status == "ended"


@dataclass(frozen=True, slots=True)
class DayStatus:
    """Where the signing of a day's split stands (:meth:`EquityService.day_status`).

    ``ledger_hash`` is the fingerprint of the day's split now (SHA-256 of
    :func:`~matcher.equity.model.ledger_as_of`); ``signed`` the record of the day once
    every current member signed it (final), with the fingerprint they signed (not the one
    now only when an erasure renamed a member since: ``rewritten``); ``signatures`` the
    signatures that count (for the fingerprint signed, or now), ``stale`` those given for
    another fingerprint, which no longer count (the ledger of that day changed since), and
    ``awaited`` the current members yet to sign (none once the day is signed)."""

    day: dt.date
    ledger_hash: str
    signed: SignedDay | None
    signatures: tuple[DaySignature, ...]
    stale: tuple[DaySignature, ...]
    awaited: tuple[str, ...]

    @property
    def rewritten(self) -> bool:
        return self.signed is not None and self.signed.ledger_hash != self.ledger_hash


@dataclass(frozen=True, slots=True)
class Invitation:
    """An invitation waiting for its answer, as the invited person sees it: the venture's
    name, who invited them and who the members are (nothing of the ledger)."""

    venture: Venture
    invited_by: str | None
    invited_at: str
    members: tuple[str, ...]
    owners: tuple[str, ...]
    #: the opening salary the invitation carries (:meth:`EquityService.invite`), if any
    salary: SalaryOffer | None = None


@dataclass(frozen=True, slots=True)
class LedgerImport:
    """What an import wrote: the new entries, how many rows were there already (the same
    key and content), and the rows refused (only when invalid rows were skipped)."""

    posted: tuple[Posted, ...]
    already: int
    rejected: tuple[InvalidInput, ...]


#: what an import's checks depend on besides the entries (:attr:`_Snapshot.state`): the
#: roles, the settings, the end, the freeze, the ledger's version and the last signed day
_ImportState = tuple[
    Roles,
    Ledger,
    EndRecord | None,
    tuple[str, str | None] | None,
    tuple[int, int, int],
    SignedDay | None,
]


@dataclass(frozen=True, slots=True)
class _Snapshot:
    """What an import checks its rows against, read in one transaction: ``state`` (the
    roles, the settings, the end, the freeze and the ledger's version: compared again in
    the write's transaction), the ledger with its entries, and the entries' keys
    (``(author, key) -> (number, content hash)``: each author's keys are their own)."""

    state: _ImportState
    ledger: Ledger
    keys: Mapping[tuple[str, str], tuple[int, str]]

    @property
    def roles(self) -> Roles:
        return self.state[0]

    @property
    def end(self) -> EndRecord | None:
        return self.state[2]

    @property
    def frozen(self) -> tuple[str, str | None] | None:
        return self.state[3]

    @property
    def signed(self) -> SignedDay | None:
        return self.state[5]


@dataclass(frozen=True, slots=True)
class _ImportPlan:
    """An import's rows checked: the entries to write ``(entry, key, content hash)``,
    numbered; how many rows were there already; the refused rows."""

    new: tuple[tuple[Entry, str, str], ...]
    already: int
    rejected: tuple[InvalidInput, ...]


def content_hash(venture_id: str, entry: Entry) -> str:
    """A stable hash of what an entry says (not its number, approval or posting time).

    Examples
    --------
    >>> from decimal import Decimal
    >>> e = Entry(0, "ana", Kind.CASH, dt.date(2024, 1, 1), amount=Decimal("10.0"))
    >>> content_hash("v", e) == content_hash("v", replace(e, id=9, amount=Decimal(10)))
    True
    """
    fields = {
        "venture": venture_id,
        "member": entry.member,
        "kind": entry.kind.value,
        "on": entry.on.isoformat(),
        "amount": str(entry.amount.normalize()),
        "hours": str(entry.hours.normalize()),
        "months": str(entry.months.normalize()),
        "paid": str(entry.paid.normalize()),
        "condition": entry.condition.value,
        "rate": None if entry.rate is None else str(entry.rate.normalize()),
        "reverses": entry.reverses,
        "author": entry.author,
        "note": entry.note,
    }
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()


def _entry_refused(
    number: int, why: str, hint: str, error: type[CofoundryError] = Conflict
) -> CofoundryError:
    """The refusal of a step on entry ``number``: ``error`` saying "entry <number> <why>"."""
    return error(f"entry {number} {why}", field="entry", value=number, hint=hint)


def _depositors(ledger: Ledger) -> frozenset[str]:
    """The members who ever deposited in the Well: the only ones holding Well slices."""
    return frozenset(e.member for e in ledger.entries if e.kind is Kind.WELL_DEPOSIT)


class _WellPage:
    """What the Reverse buttons of one venture page share (:meth:`EquityService.entry_actions`):
    the ledger as read, its :class:`~matcher.equity.model.WellReversals`, and its splits at
    every day a Well entry is dated, folded once when a button needs them."""

    def __init__(self, venture_id: str, ledger: Ledger) -> None:
        self.venture_id = venture_id
        self.ledger = ledger
        self.well = WellReversals(ledger)
        self.depositors = _depositors(ledger)
        self._splits: dict[dt.date, Split] | None = None
        self._all: dict[dt.date, Split] | None = None

    def splits(self, service: EquityService) -> dict[dt.date, Split]:
        if self._splits is None:
            kinds = (Kind.WELL_DEPOSIT, Kind.WELL_WITHDRAWAL, Kind.REPAYMENT)
            days = sorted({e.on for e in self.ledger.entries if e.kind in kinds})
            numbers = service._numbers(self.venture_id)
            folded = timeline(self.ledger, days, detail=False, numbers=numbers)
            self._splits = {s.as_of: s for s in folded}
        return self._splits

    def all_splits(self, service: EquityService) -> dict[dt.date, Split]:
        """The splits (slices only) at every date of the ledger, folded once for the page:
        what :func:`~matcher.equity.model.lowered_by_reversal` compares a withdrawal's
        reversal with."""
        if self._all is None:
            ledger = self.ledger
            days = sorted({e.on for e in ledger.entries} | {d.on for d in ledger.departures})
            numbers = service._numbers(self.venture_id)
            folded = timeline(ledger, days, detail=False, numbers=numbers)
            self._all = {s.as_of: s for s in folded}
        return self._all


class EquityService:
    """Slicing Pie use cases over a :class:`~matcher.db.Database`.

    Parameters
    ----------
    db : Database
    clock : callable, optional
        The current UTC time ("today" bounds entry dates; tests move it).
    visible : callable, optional
        ``visible(profile, actor)``: the visibility rule for people invited (the profile
        service's, which knows who shares an event).

    Examples
    --------
    >>> from decimal import Decimal
    >>> from matcher.profiles import check_profile
    >>> from matcher.schema import connect
    >>> db = connect()
    >>> with db.transaction():
    ...     _ = ProfileStore(db).put_profile(check_profile({"id": "bob", "name": "Bob",
    ...                                                     "offers": "o", "needs": "n"}))
    >>> svc = EquityService(db)
    >>> ana, bob = Actor("ana"), Actor("bob")
    >>> acme = svc.create_venture("acme", "Acme", actor=ana, start=dt.date(2024, 1, 1)).id
    >>> _ = svc.invite(acme, "bob", actor=ana)
    >>> _ = svc.answer_invitation(acme, True, actor=bob)
    >>> _ = svc.set_rate(acme, Rate("ana", dt.date(2024, 1, 1), Decimal(100_000)), actor=ana)
    >>> (opening,) = svc.proposals(acme, actor=bob, open_only=True)  # her salary: bob's word
    >>> svc.answer_proposal(acme, opening.id, True, actor=bob).status
    'accepted'
    >>> p = svc.post(acme, {"member": "ana", "kind": "time", "on": "2024-01-02", "hours": 10},
    ...              key="k1", actor=ana)
    >>> p.row.entry.id, p.computation.slices
    (1, Fraction(1000, 1))
    >>> _ = svc.post(acme, {"member": "bob", "kind": "cash", "on": "2024-01-02", "amount": 250},
    ...              key="k2", actor=bob)
    >>> [(m.member, str(m.percent)) for m in svc.split(acme, actor=ana).members]
    [('ana', '50.00'), ('bob', '50.00')]
    """

    #: ventures whose entries' numbers are kept between splits (least recently used dropped)
    KEEP_NUMBERS = 16

    def __init__(
        self,
        db: Database,
        *,
        clock: Callable[[], dt.datetime] | None = None,
        visible: Callable[[Profile, Actor | None], bool] | None = None,
    ) -> None:
        self.db = db
        self.store = EquityStore(db)
        self.people = ProfileStore(db)
        self.clock = clock or utcnow
        self.visible = visible or actor_sees
        #: told, in the change's transaction, of each invitation and of each entry that
        #: waits for someone's approval (the inbox)
        self.on_notice: list[Notify] = []
        self._kept: dict[str, Numbers] = {}

    def today(self) -> dt.date:
        """Today, by the service's clock (UTC)."""
        return self.clock().date()

    def warm(self, limit: int | None = None) -> int:
        """Read and fold the ledgers of the most recently active ventures (``KEEP_NUMBERS`` by
        default): their parsed entries and entries' numbers are then kept, so the first split
        or history after a start pays neither the cold read nor the computation of every
        entry. Returns how many ventures were warmed.

        Examples
        --------
        >>> from matcher.schema import connect
        >>> svc = EquityService(connect())
        >>> v = svc.create_venture("v", actor=Actor("ana"), start=dt.date(2024, 1, 1)).id
        >>> _ = svc.post(v, {"member": "ana", "kind": "cash", "on": "2024-01-01",
        ...                    "amount": "10"}, key="k", actor=Actor("ana"))
        >>> svc.warm(), len(svc._numbers(v).of(svc._ledger(v)))
        (1, 1)
        """
        ventures = self.store.recent_ventures(limit or self.KEEP_NUMBERS)
        for venture_id in ventures:
            split(self._ledger(venture_id), numbers=self._numbers(venture_id))
        return len(ventures)

    def _numbers(self, venture_id: str) -> Numbers:
        """The kept numbers of a venture's entries (see :class:`matcher.equity.model.Numbers`)."""
        numbers = self._kept.pop(venture_id, None) or Numbers()
        self._kept[venture_id] = numbers  # most recently used last
        while len(self._kept) > self.KEEP_NUMBERS:
            self._kept.pop(next(iter(self._kept)), None)
        return numbers

    # ------------------------------------------------------------ roles
    def _roles(self, venture_id: str) -> Roles | None:
        venture = self.store.get_venture(venture_id)
        if venture is None:
            return None
        left = frozenset(d.member for d in self.store.departures(venture_id))
        return Roles(venture, tuple(self.store.memberships(venture_id)), left)

    def _signers(self, roles: Roles) -> tuple[str, ...]:
        """The current members who confirm an end: all but the erased ones, whose pseudonym
        (kept in the ledger) has no profile and nobody to sign in as: waited for, it kept
        every end of the venture proposed, and its ledger locked, for ever."""
        return tuple(m for m in roles.members if self.people.get_profile(m) is not None)

    def _waiting(self, roles: Roles, end: EndRecord) -> tuple[str, ...]:
        """Who has yet to confirm ``end``: the :meth:`_signers` not among its confirmations,
        in the members' order (none unless it is proposed)."""
        if end.status != "proposed":
            return ()
        confirmed = {c[0] for c in end.confirmations}
        return tuple(m for m in self._signers(roles) if m not in confirmed)

    def end_waiting(self, venture_id: str, end: EndRecord) -> tuple[str, ...]:
        """:meth:`_waiting` of a venture's ``end`` (none when there is no such venture)."""
        roles = self._roles(venture_id)
        return () if roles is None else self._waiting(roles, end)

    def _readable(self, venture_id: str, actor: Actor | None) -> Roles:
        """The venture's roles, if ``actor`` may read it; else as if it did not exist."""
        actor = signed_in(actor)
        roles = self._roles(venture_id)
        if roles is None or not READ_VENTURE.allows(actor, venture_id, roles.readers):
            raise UnknownVenture(f"no venture {venture_id!r} that you belong to", value=venture_id)
        return roles

    @staticmethod
    def _facts(roles: Roles) -> dict[str, object]:
        return {
            "venture": roles.venture.id,
            "owners": ", ".join(roles.owners) or "none",
            "members": ", ".join(roles.members) or "none",
        }

    def _require(
        self,
        rule: Rule,
        actor: Actor,
        subject: str | None,
        parties: Iterable[str],
        roles: Roles,
        **facts: object,
    ) -> Actor:
        """``rule`` allows ``actor`` on ``subject`` (``parties``: the people it names), or
        its refusal naming the venture's facts and ``facts`` (its hint's ``{waiting}``)."""
        return rule.require(actor, subject, tuple(parties), **(self._facts(roles) | facts))

    def _owner_step(
        self,
        venture_id: str,
        actor: Actor | None,
        rule: Rule,
        subject: str | None,
        *,
        frozen_ok: bool = False,
    ) -> tuple[Roles, Actor]:
        """The checks an owner's change makes first: ``actor`` reads the venture, ``rule``
        allows them on ``subject`` with the owners as its parties, the ledger is open
        (:meth:`_open`). Returns the roles and the actor."""
        roles = self._readable(venture_id, actor)
        assert actor is not None
        self._require(rule, actor, subject, roles.owners, roles)
        self._open(roles, frozen_ok=frozen_ok)
        return roles, actor

    @staticmethod
    def _acting(actor: Actor, author: str | None, default: str | None = None) -> Actor:
        """Who acts: the member behind the token, or (for an admin) the member named."""
        if not actor.is_admin:
            if author is not None and author != actor.profile_id:
                POST_AS.require(actor, author)
            return actor
        who = author or default
        if not who:
            raise InvalidInput(
                "an admin must name the member on whose behalf they act",
                field="author",
                value=None,
                hint="give --author MEMBER (or the author field)",
            )
        return Actor(who)

    def _member_now(self, roles: Roles, member: str, field: str = "member") -> str:
        """``member`` is a current member (joined, not left); else the error says what they are."""
        if member in roles.left:
            raise InvalidInput(
                f"member {member!r} has left venture {roles.venture.id!r}",
                field=field,
                value=member,
                hint="a leaver's pie is settled; their entries no longer change",
            )
        if member not in roles.members:
            raise InvalidInput(
                f"{field} {member!r} is not a member of venture {roles.venture.id!r}",
                field=field,
                value=member,
                hint="an owner invites them first, and they accept",
            )
        return member

    def _open(self, roles: Roles, *, frozen_ok: bool = False) -> None:
        """The ledger can change: not ended, no end waiting for confirmation, not frozen
        (unless ``frozen_ok``)."""
        venture_id = roles.venture.id
        self._refuse_closed(
            roles, self.store.current_end(venture_id), self.store.frozen(venture_id), frozen_ok
        )

    def _refuse_closed(
        self,
        roles: Roles,
        end: EndRecord | None,
        frozen: tuple[str, str | None] | None,
        frozen_ok: bool = False,
    ) -> None:
        """:meth:`_open` given the venture's ``end`` and ``frozen`` as read (an import reads
        them once for all its rows)."""
        venture_id = roles.venture.id
        if end is not None and end.status == "ended":
            raise Conflict(
                f"venture {venture_id!r} ended on {end.on.isoformat()}: its ledger is closed",
                field="ledger",
                value=venture_id,
                hint="an ended venture's split is final; start a new venture to go on",
            )
        if end is not None:
            waiting = sorted(self._waiting(roles, end))
            raise Conflict(
                f"venture {venture_id!r} has a proposed end on {end.on.isoformat()} waiting for"
                f" {', '.join(waiting)}: the ledger is locked while members confirm it",
                field="ledger",
                value=venture_id,
                hint="confirm the end, or decline it (with a reason) to change the ledger",
            )
        if frozen is not None and not frozen_ok:
            freeze = roles.venture.freeze
            raise Conflict(
                f"venture {venture_id!r} froze its pie on"
                f" {freeze.isoformat() if freeze else '?'} (set {frozen[0]}): no entry is"
                " posted after a freeze, whatever its date",
                field="ledger",
                value=venture_id,
                hint="after the freeze, pay contributions in cash; the split is fixed",
            )

    @staticmethod
    def _from_start(
        roles: Roles, day: dt.date, field: str = "on", last: dt.date | None = None
    ) -> dt.date:
        """``day`` is on or after the venture's start: the first day of everything a ledger
        holds (entries, salaries, terms; no work before the start is counted). With ``last``
        (the end of the span the day must fall in) the refusal carries both days
        (:class:`~matcher.errors.DayOutOfRange`), for a page to say them."""
        start = roles.venture.start
        if day < start:
            detail = (
                f"{field} {day.isoformat()} is before venture {roles.venture.id!r} started"
                f" ({start.isoformat()})"
            )
            hint = "date it on or after the venture's start"
            if last is not None:
                raise DayOutOfRange(
                    detail, field=field, value=day.isoformat(), first=start, last=last, hint=hint
                )
            raise InvalidInput(detail, field=field, value=day.isoformat(), hint=hint)
        return day

    def _in_life(self, roles: Roles, day: dt.date, field: str = "on") -> dt.date:
        """``day`` is within the venture's life: from its start to tomorrow (a refusal
        carries both days, :class:`~matcher.errors.DayOutOfRange`, for a page to say them)."""
        start, latest = roles.venture.start, self.today() + AHEAD
        self._from_start(roles, day, field, last=latest)
        if day > latest:
            raise DayOutOfRange(
                f"{field} {day.isoformat()} is in the future (today is {self.today().isoformat()})",
                field=field,
                value=day.isoformat(),
                first=start,
                last=latest,
                hint="record contributions once they are made; a day ahead is allowed for time"
                " zones",
            )
        return day

    @staticmethod
    def _settled_by(entry: Entry, departures: Sequence[Departure]) -> Departure | None:
        """The last departure that settled the Well on or after ``entry``'s date, for a
        Well entry (None: the entry may still change the Well)."""
        if entry.kind not in (Kind.WELL_DEPOSIT, Kind.WELL_WITHDRAWAL):
            return None
        return next((d for d in reversed(departures) if d.on >= entry.on), None)

    def _well_settled(
        self,
        venture_id: str,
        entry: Entry,
        what: str = "",
        departures: Sequence[Departure] | None = None,
    ) -> None:
        """No Well entry dated on or before a recorded departure: the leaver's Well balance
        was settled then, and a change of it would change their recorded report
        (``departures``: the venture's, when already read)."""
        if departures is None:
            departures = self.store.departures(venture_id)
        d = self._settled_by(entry, departures)
        if d is not None:
            raise InvalidInput(
                f"{what or 'a Well entry'} dated {entry.on.isoformat()} would change the Well"
                f" that was settled when {d.member!r} left on {d.on.isoformat()}",
                field="on",
                value=entry.on.isoformat(),
                hint=f"date Well movements after {d.on.isoformat()}",
            )

    def _check_well(self, ledger: Ledger) -> None:
        self._refuse_shortfall(well_shortfall(ledger))

    @staticmethod
    def _refuse_shortfall(short: tuple[dt.date, Decimal] | None) -> None:
        if short is not None:
            day, missing = short
            raise InvalidInput(
                f"the Well would not cover the withdrawals of {day.isoformat()}:"
                f" {missing} more is taken than the depositors' balances hold",
                field="amount",
                value=str(missing),
                hint="a withdrawal takes only cash deposited in the Well before it; record the"
                " deposit first, or withdraw less",
            )

    # ----------------------------------------------------------- ventures
    def create_venture(
        self,
        venture_id: str | None,
        name: str = "",
        *,
        actor: Actor | None,
        require_approval: bool = False,
        terms: Terms | None = None,
        start: dt.date | None = None,
        owner: str | None = None,
        exact: bool = False,
    ) -> Venture:
        """Create a venture; its creator becomes its owner (an admin names the ``owner``).

        ``start`` (default today) is the first day an entry may be dated. With
        ``venture_id`` None the id is picked here, 80 random bits (``v-`` and 20 hex
        digits): nobody can probe for it; the venture then needs a ``name`` (a blank one is
        refused: its members would see the random id). A chosen id is a slug: the venture's
        id is it, ``-`` and 6 random hex digits (``acme-3f9a2c``), taken or not, so that
        whoever creates one learns nothing of the ventures they cannot read (a 409 for a
        taken id told a stranger that someone's private venture held it). An admin, who
        reads every venture, may ask for the id as given (``exact``: taken, 409); a member
        may not (403 on ``exact``).

        Examples
        --------
        >>> from matcher.access import ADMIN
        >>> from matcher.schema import connect
        >>> equity = EquityService(connect())
        >>> v = equity.create_venture("acme", actor=Actor("ana"), start=dt.date(2024, 1, 1))
        >>> v.id.startswith("acme-"), len(v.id)
        (True, 11)
        """
        actor = signed_in(actor)
        problems = self.venture_errors(venture_id, name, start)
        if problems:  # the first; a form shows them all (venture_errors)
            raise problems[0]
        if exact and not actor.is_admin:
            raise NotAllowed(
                "only an admin may give a venture an exact id",
                field="exact",
                value=True,
                hint="leave exact out: your chosen id is kept, followed by a random suffix",
            )
        title = parse_text(name, "name", MAX_VENTURE_NAME)
        slug = venture_id[: MAX_ID - 1 - 2 * SUFFIX_BYTES] if venture_id and not exact else None
        venture_id = venture_id or new_id("v-", 10)
        if actor.is_admin:
            if not owner:
                raise InvalidInput(
                    "an admin must name the venture's owner",
                    field="owner",
                    hint="give --owner PROFILE (or the owner field)",
                )
            self._visible_person(owner, actor, "owner")
        else:
            owner = owner or actor.profile_id
            CREATE_VENTURE.require(actor, owner)
        assert owner is not None
        day = start or self.today()
        venture = Venture(
            venture_id,
            title,
            require_approval,
            None,
            day,
        )
        terms = check_terms(terms or Terms())
        with self.db.transaction():
            if slug is not None:  # a suffix that is free: nobody sees which ones were taken
                venture_id = new_id(f"{slug}-", SUFFIX_BYTES)
                while self.store.get_venture(venture_id) is not None:
                    venture_id = new_id(f"{slug}-", SUFFIX_BYTES)
                venture = replace(venture, id=venture_id)
            elif self.store.get_venture(venture_id) is not None:
                raise Conflict.taken("venture", venture_id)
            self.store.add_venture(venture, None if actor.is_admin else owner)
            self.store.add_terms(venture_id, terms)
            self.store.add_membership(venture_id, owner, "owner", owner)
        logger.info("venture created")  # no ids in logs: they outlive an erasure
        return venture

    def venture_errors(
        self, venture_id: str | None, name: str, start: dt.date | None
    ) -> list[InvalidInput]:
        """Every problem of a new venture's id, name and start, one a field, as
        :meth:`create_venture` refuses them (it raises the first): a form shows each beside
        its field at once. A name that is not plain text; no name when no id is chosen (its
        members would see a random id); a start out of :data:`FIRST_DAY` .. tomorrow; a
        chosen id that is not one.

        Examples
        --------
        >>> from matcher.schema import connect
        >>> equity = EquityService(connect())
        >>> [e.field for e in equity.venture_errors("Acme!", "", dt.date(1900, 1, 1))]
        ['start', 'venture']
        >>> [e.field for e in equity.venture_errors(None, " ", None)]
        ['name']
        """
        errors: list[InvalidInput] = []
        try:
            title = parse_text(name, "name", MAX_VENTURE_NAME)
        except InvalidInput as exc:
            errors.append(exc)
        else:
            if not venture_id and not title:
                errors.append(
                    InvalidInput(
                        "a venture needs a name when no id is chosen",
                        field="name",
                        value=name,
                        hint="give it the name its members know it by, e.g. Acme",
                    )
                )
        day = start or self.today()
        if day < FIRST_DAY or day > self.today() + AHEAD:
            errors.append(
                InvalidInput(
                    f"start {day.isoformat()} must be between {FIRST_DAY.isoformat()} and tomorrow",
                    field="start",
                    value=day.isoformat(),
                    hint="the day the venture started (entries are dated on or after it)",
                )
            )
        return errors + chosen_id_errors(venture_id, "venture")

    def _visible_person(self, person: str, actor: Actor, field: str) -> str:
        """``person`` has a profile ``actor`` may see; else unknown (no id probing)."""
        check_id(person, field)
        profile = self.people.get_profile(person)
        if profile is None or not self.visible(profile, actor):
            raise UnknownProfile(f"no profile {person!r}", field=field, value=person)
        return person

    def get_venture(self, venture_id: str, *, actor: Actor | None) -> Venture:
        """A venture its caller may read."""
        return self._readable(venture_id, actor).venture

    def view(self, venture_id: str, *, actor: Actor | None) -> VentureView:
        """A venture with its roles, freeze and end, to its readers."""
        roles = self._readable(venture_id, actor)
        frozen = self.store.frozen(venture_id)
        return VentureView(
            roles.venture,
            roles,
            self.store.created_by(venture_id),
            None if frozen is None else frozen[0],
            self.store.current_end(venture_id),
        )

    def ventures_of(self, member_id: str, *, actor: Actor | None) -> list[Venture]:
        """The ventures ``member_id`` joined (current or former; to that member or an admin)."""
        LIST_VENTURES.require(actor, member_id)
        found = (
            self.store.get_venture(v) for v in self.store.member_ventures(member_id, invited=False)
        )
        return [v for v in found if v is not None]

    def invitations(self, member_id: str, *, actor: Actor | None) -> list[Invitation]:
        """The invitations waiting for ``member_id``'s answer (to that person or an admin)."""
        LIST_VENTURES.require(actor, member_id)
        out = []
        for venture_id, by, at in self.store.invitations_of(member_id):
            roles = self._roles(venture_id)
            if roles is not None:
                offer = self._offer(roles, member_id)
                out.append(Invitation(roles.venture, by, at, roles.members, roles.owners, offer))
        return out

    @staticmethod
    def _offer(roles: Roles, person: str) -> SalaryOffer | None:
        """The opening salary ``person``'s invitation carries, if any."""
        place = roles.membership(person)
        return place.offer[0] if place is not None and place.offer is not None else None

    def members(self, venture_id: str, *, actor: Actor | None) -> list[str]:
        """Ids of the people who joined the venture (current and former members)."""
        return list(self._readable(venture_id, actor).joined)

    def invite(
        self,
        venture_id: str,
        person: str,
        *,
        salary: SalaryOffer | None = None,
        actor: Actor | None,
    ) -> VentureView:
        """Invite a person (an owner): they join when they accept. Only a profile the
        inviter may see can be invited (others are unknown, as everywhere).

        ``salary``: the opening fair market salary the invitation carries, checked as a
        rate is (:func:`~matcher.equity.model.check_rate`, from the venture's start, not in
        a frozen venture). Inviting a person already invited with a salary changes it
        (and tells them again); their acceptance names the salary they accept
        (:meth:`answer_invitation`), so a change they did not read is never accepted."""
        with self.db.transaction():
            roles, actor = self._owner_step(
                venture_id, actor, INVITE_MEMBER, person, frozen_ok=salary is None
            )
            if salary is not None:
                check_rate(salary.rate(person, salary.effective or self.today()))
                if salary.effective is not None:
                    self._from_start(roles, salary.effective, "effective")
            self._vouched_for(roles, actor.profile_id, person, "may not invite anyone")
            self._visible_person(person, actor, "member")
            place = roles.membership(person)
            if person in roles.left:
                raise Conflict(
                    f"{person!r} left venture {venture_id!r}; a leaver does not rejoin",
                    field="member",
                    value=person,
                    hint="start a new venture with them",
                )
            if place is not None and place.joined:
                raise Conflict(
                    f"{person!r} is already a member of venture {venture_id!r}",
                    field="member",
                    value=person,
                    hint="nothing to do",
                )
            facts = {
                "who": actor.profile_id or "",
                "venture": venture_id,
                "title": roles.venture.name or venture_id,
            }
            if place is None:
                self.store.add_membership(venture_id, person, "invited", actor.profile_id)
            elif salary is None or salary.same(self._offer(roles, person)):
                salary = None  # invited again as before: nothing changes, nobody is told
            if salary is not None:
                self.store.set_offer(venture_id, person, salary, actor.profile_id or "admin")
                facts |= _salary_facts(salary)
            if place is None or salary is not None:
                announce(self.on_notice, [Notice(person, NoticeKind.VENTURE_INVITE, facts)])
        logger.info("venture member invited")  # no ids in logs
        return self.view(venture_id, actor=actor)

    def answer_invitation(
        self,
        venture_id: str,
        accept: bool,
        *,
        members: Iterable[str] | None = None,
        salary: SalaryOffer | None = None,
        actor: Actor | None,
    ) -> bool:
        """Accept (join) or decline an invitation, as the invited person; True if joined.

        An invitation that carries an opening salary (:meth:`invite`): accepting it with
        ``salary``, the salary the invitation showed, is the invitee's word on it, the
        word a first rate another sets waits for (:meth:`_rate_needs`): it is a ``rate``
        proposal of whoever set it, accepted by the new member at once, so it applies from
        its effective day (the joining day if it names none), unless the existing rule
        asks other members too (then it waits for them, as any proposal). Accepting
        without ``salary`` joins and leaves the salary an open proposal waiting for the
        new member ("join, discuss the salary"). A ``salary`` other than the invitation's
        (an owner changed it since it was read) is refused (409, field ``salary``, with
        the salary now), never accepted for an amount one did not read. Declining records
        nothing.

        ``members``: the members the invitation showed (its page's form carries them). One
        joins the partners one read of: when the members changed since (someone joined,
        or left), the acceptance is refused with the members now, never counted for a
        venture one did not see (an account joined meanwhile on one member's word, which
        a later member joining is taken to accept as a partner).

        One who joins a venture that already had members other than their inviter needs a
        second from one of them before their approvals count for the inviter's entries; one
        an admin invited needs none (an admin posts no entries, and vouches for nobody's
        second account).
        """
        actor = signed_in(actor)
        with self.db.transaction():
            roles = self._roles(venture_id)
            invited = () if roles is None else roles.invited
            me = actor.profile_id
            if roles is None or (not actor.is_admin and me not in invited):
                raise UnknownVenture(
                    f"no invitation to venture {venture_id!r} for you", value=venture_id
                )
            ANSWER_VENTURE_INVITATION.require(actor, me, invited, venture=venture_id)
            assert me is not None
            if not accept:
                self.store.remove_invitation(venture_id, me)
                return False
            self._open(roles, frozen_ok=True)
            offer = roles.membership(me)
            offered = offer.offer if offer is not None else None
            if salary is not None and (offered is None or not salary.same(offered[0])):
                now = "none" if offered is None else offered[0].text
                raise Conflict(
                    f"the salary of your invitation to venture {venture_id!r} is not the one"
                    f" you accept: it is now {now}",
                    field="salary",
                    value=now,
                    hint="read the invitation again, then accept it or join and discuss the salary",
                )
            if members is not None and sorted(set(members)) != sorted(roles.members):
                now = ", ".join(roles.members)
                raise Conflict(
                    f"the members of venture {venture_id!r} changed since you read the"
                    f" invitation: they are now {now}",
                    field="members",
                    value=now,
                    hint="read the invitation again, then accept or decline it",
                )
            place = roles.membership(me)
            inviter = place.added_by if place else None
            # an admin's invitation (no inviter) is the community's word, not one member's:
            # no member's second account to guard against, so no second is needed
            others = set(roles.members) - {inviter} if inviter is not None else set()
            self.store.join(venture_id, me, needs_second=bool(others))
            if offered is not None:
                self._opening_salary(venture_id, me, *offered, accepted=salary is not None)
        logger.info("venture invitation accepted")
        return True

    def _opening_salary(
        self, venture_id: str, member: str, offer: SalaryOffer, by: str, *, accepted: bool
    ) -> None:
        """The salary an invitation carried, once its invitee joined: the rate proposal
        ``by`` would make setting it now (:meth:`_offer_rate`, the same rule), accepted by
        the new member when they accepted the salary with the invitation. Accepted, one
        that cannot apply (the venture froze since, say) refuses the acceptance with the
        reason; not accepted, it is left to be proposed again (the invitee joins)."""
        roles = self._roles(venture_id)
        assert roles is not None
        rate = offer.rate(member, self.today())
        try:
            self._check_rate(roles, rate)
            self._open(roles)
        except CofoundryError:
            if accepted:
                raise
            return
        p = self._offer_rate(roles, rate, by, answered=member if accepted else None)
        if p is not None and accepted:
            self._accepted(roles, p, member, "accepted with the invitation")

    @staticmethod
    def _vouched_for(roles: Roles, member: str | None, subject: str, what: str) -> None:
        """``member`` is vouched for (:meth:`Roles.unvouched`): one who joined on one
        member's word alone, unseconded, vouches for nobody, so is not made an owner (who
        would invite a third account, added by them and not by the author, whose approvals
        count for the author's entries) and, an owner so named before, invites nobody."""
        if member is None or not roles.unvouched(member):
            return
        place = roles.membership(member)
        assert place is not None
        raise NotAllowed(
            f"{member!r} joined venture {roles.venture.id!r} on {place.added_by!r}'s word alone"
            f" and no other member seconded them yet: they {what}",
            field="member",
            value=subject,
            hint=f"another member seconds {member!r} first",
        )

    def name_owner(self, venture_id: str, member: str, *, actor: Actor | None) -> VentureView:
        """An owner makes a current member an owner too: one vouched for
        (:meth:`_vouched_for`)."""
        with self.db.transaction():
            roles, actor = self._owner_step(venture_id, actor, NAME_OWNER, member, frozen_ok=True)
            self._member_now(roles, member)
            self._vouched_for(roles, member, member, "may not be named an owner")
            self.store.make_owner(venture_id, member)
        return self.view(venture_id, actor=actor)

    def second(self, venture_id: str, member: str, *, actor: Actor | None) -> VentureView:
        """A member vouches for another's membership (not the one who invited them): from
        then on, that member's approvals count for their inviter's entries too."""
        with self.db.transaction():
            roles = self._readable(venture_id, actor)
            assert actor is not None
            self._member_now(roles, member)
            place = roles.membership(member)
            assert place is not None
            parties = set(roles.members) - {member, place.added_by or "", *roles.inviters(member)}
            self._require(SECOND_MEMBER, actor, member, parties, roles)
            me = actor.profile_id
            if me is not None and roles.unvouched(me):
                mine = roles.membership(me)
                assert mine is not None
                raise NotAllowed(
                    f"{me!r} joined venture {venture_id!r} on {mine.added_by!r}'s word alone and"
                    " no other member seconded them yet: they may not vouch for another member",
                    field="member",
                    value=member,
                    hint="ask a member whose own membership is vouched for to second them",
                )
            self._open(roles, frozen_ok=True)
            assert actor.profile_id is not None
            self.store.second(venture_id, member, actor.profile_id)
        return self.view(venture_id, actor=actor)

    def freeze(self, venture_id: str, on: dt.date, *, actor: Actor | None) -> Venture:
        """Freeze the pie on ``on`` (an owner proposes it; final): every entry posted
        afterwards is refused, whatever its date. ``on`` is on or after every entry that
        counts (a freeze never drops what counted), and no entry may wait for approval.

        A freeze stops every member's slices from growing (the Handbook: at breakeven or a
        funding round, a decision of the team): it applies at once only when the proposer
        is the only current member; otherwise it is a proposal (``freeze``) that applies
        when every other current member accepts it (:meth:`answer_proposal`), and the
        venture returned is not frozen yet."""
        with self.db.transaction():
            roles = self._readable(venture_id, actor)
            assert actor is not None
            self._require(FREEZE_PIE, actor, venture_id, roles.owners, roles)
            self._check_freeze(roles, on)
            me = actor.profile_id or "admin"
            others = [m for m in self._signers(roles) if m != me]
            if others:
                self._one_open(roles, "freeze", venture_id, "a freeze")
                self._propose(roles, "freeze", venture_id, {"on": on.isoformat()}, me)
                logger.info("venture freeze proposed")
                return roles.venture
            self.store.freeze(venture_id, on, actor.profile_id)
        logger.info("venture pie frozen")
        return replace(roles.venture, freeze=on)

    def _check_freeze(self, roles: Roles, on: dt.date) -> None:
        """A freeze on ``on`` may apply now (:meth:`freeze`, and again when it is accepted)."""
        venture_id = roles.venture.id
        frozen = self.store.frozen(venture_id)
        if frozen is not None and roles.venture.freeze is not None:
            raise Conflict(
                f"venture {venture_id!r} froze its pie on {roles.venture.freeze.isoformat()}"
                f" (set {frozen[0]}): a freeze is final",
                field="freeze",
                value=on.isoformat(),
                hint="the split is fixed; departures may still be recorded",
            )
        self._open(roles)
        self._in_life(roles, on, "freeze")
        self._unsigned(roles, on, "freeze", on.isoformat(), "a freeze")
        ledger = self._ledger(venture_id)
        self._none_pending(
            ledger.entries, ledger.venture, "freeze", on.isoformat(), "freezing the pie"
        )
        counted = [
            e.on for e in ledger.entries if e.reverses is not None or counts(e, ledger.venture)
        ]
        self._not_before(
            on,
            counted,
            "freeze",
            lambda last: (
                f"freeze {on.isoformat()} is before entries that count (the last on {last}):"
                " a freeze may not drop what counted",
                f"freeze on {last} or later",
            ),
        )

    def set_terms(self, venture_id: str, terms: Terms, *, actor: Actor | None) -> tuple[Terms, ...]:
        """New terms from ``terms.effective`` on (an owner), not before the venture's start;
        they may not reach back over posted entries.

        Terms say how every member's future contributions count (multipliers, hours a
        year, rates): new terms that differ from those in force the day before apply at once
        only when the proposer is the only current member; otherwise they are a proposal
        (``terms``) that applies when every other current member accepts it
        (:meth:`answer_proposal`), and are not among the terms returned. Terms equal to those
        in force move nobody's share and apply at once."""
        check_terms(terms)
        with self.db.transaction():
            roles, actor = self._owner_step(venture_id, actor, SET_TERMS, venture_id)
            self._check_terms(roles, terms)
            me = actor.profile_id or "admin"
            before = terms_on(self.store.venture_terms(venture_id), terms.effective - _DAY)
            same = replace(before, effective=terms.effective) == terms
            if not same and [m for m in self._signers(roles) if m != me]:
                self._one_open(roles, "terms", venture_id, "new terms")
                values = {k: v for k, v in terms.values().items() if v is not None}
                data = {"effective": terms.effective.isoformat(), **values}
                self._propose(roles, "terms", venture_id, data, me)
                logger.info("venture terms proposed")
            else:
                self.store.add_terms(venture_id, terms)
        return self.store.venture_terms(venture_id)

    def _check_terms(self, roles: Roles, terms: Terms) -> None:
        """``terms`` may take effect now (:meth:`set_terms`, and again when accepted)."""
        venture_id = roles.venture.id
        self._from_start(roles, terms.effective, "effective")
        day = terms.effective
        self._unsigned(roles, day, "effective", day.isoformat(), "new terms")
        every = self.store.venture_terms(venture_id)
        last = self._last_signed(venture_id)
        if last is not None and _terms_reach(every, day, roles.venture.start) <= last.day:
            first = min(t.effective for t in every).isoformat()
            raise SignedSplit(
                f"new terms effective {day.isoformat()} come before the venture's first terms"
                f" ({first}), so they would be in force from its start and change the split of"
                f" {last.day.isoformat()}, which every member of venture {venture_id!r} signed:"
                f" nothing dated on or before {last.day.isoformat()} changes",
                field="effective",
                value=day.isoformat(),
                signed=last.day,
                hint=f"date them on or after {first}, the first terms' day",
            )
        self._not_before(
            terms.effective,
            (e.on for e in self.store.ledger_entries(venture_id)),
            "effective",
            lambda last: (
                f"terms effective {terms.effective.isoformat()} would change entries already"
                f" posted (last on {last})",
                "a change of terms applies to future contributions only; pick a later date",
            ),
            after=True,
        )
        self._append_only(
            terms.effective,
            any(t.effective == terms.effective for t in self.store.venture_terms(venture_id)),
            f"venture {venture_id!r} already has terms effective",
            "terms are append-only; pick another effective date",
        )

    def terms_on(self, venture_id: str, on: dt.date, *, actor: Actor | None) -> Terms:
        """The venture's terms in force on ``on`` (to its readers)."""
        self._readable(venture_id, actor)
        return terms_on(self.store.venture_terms(venture_id), on)

    def set_rate(self, venture_id: str, rate: Rate, *, actor: Actor | None) -> tuple[Rate, ...]:
        """Record a member's fair market salary (and cash salary paid) from a date (an
        owner), from the venture's start on. A rate never reaches back over that member's time
        entries already posted.

        No owner moves another member's share alone: a rate that lowers another member's
        unpaid hourly value waits for that member's acceptance, one that raises a member's
        for the other current members' (:meth:`_rate_needs`, :meth:`answer_proposal`); it
        is then a ``rate`` proposal, not among the rates returned. A member's first rate
        waits too: for its member when another sets it, for the other members when the
        member sets their own; only a venture's sole member's applies at once."""
        check_rate(rate)
        with self.db.transaction():
            roles, actor = self._owner_step(venture_id, actor, SET_RATE, rate.member)
            self._check_rate(roles, rate)
            self._offer_rate(roles, rate, actor.profile_id or "admin")
        return self.store.member_rates(venture_id)

    def _offer_rate(
        self, roles: Roles, rate: Rate, proposer: str, *, answered: str | None = None
    ) -> Proposal | None:
        """``rate`` (checked) set by ``proposer``: recorded at once when it moves nobody's
        share against their word, else a ``rate`` proposal for those it waits for
        (:meth:`_rate_needs`), returned. ``answered``: a member who gives their word with
        this very step (an invitee accepting their salary), who is not told about it."""
        needs = self._rate_needs(roles, rate, proposer)
        if needs and [m for m in self._rate_waits(roles, rate.member, needs, proposer)]:
            self._one_open(roles, "rate", rate.member, f"a salary of {rate.member!r}")
            data = {
                "effective": rate.effective.isoformat(),
                "salary": str(rate.salary),
                "paid_salary": str(rate.paid_salary),
                "needs": needs,
            }
            logger.info("venture rate proposed")
            return self._propose(roles, "rate", rate.member, data, proposer, answered=answered)
        self.store.add_rate(roles.venture.id, rate)
        return None

    def _check_rate(self, roles: Roles, rate: Rate) -> None:
        """``rate`` may take its place now (:meth:`set_rate`, and again when accepted)."""
        venture_id = roles.venture.id
        self._member_now(roles, rate.member)
        self._from_start(roles, rate.effective, "effective")
        day = rate.effective
        self._unsigned(roles, day, "effective", day.isoformat(), f"a salary of {rate.member!r}")
        timed = [
            e.on
            for e in self.store.ledger_entries(venture_id)
            if e.member == rate.member and e.kind is Kind.TIME and e.reverses is None
        ]
        self._not_before(
            rate.effective,
            timed,
            "effective",
            lambda last: (
                f"a rate of {rate.member!r} effective {rate.effective.isoformat()} would"
                f" re-price time already posted (their last time entry is on {last})",
                f"a new rate applies from a later date: after {last}",
            ),
            after=True,
        )
        self._append_only(
            rate.effective,
            any(
                r.member == rate.member and r.effective == rate.effective
                for r in self.store.member_rates(venture_id)
            ),
            f"{rate.member!r} already has a rate effective",
            "rates are append-only; give the new rate a later effective date",
        )

    def _rate_needs(self, roles: Roles, rate: Rate, proposer: str) -> str:
        """Whose word ``rate`` waits for: ``member`` when it lowers another member's unpaid
        hourly value (salary - cash salary paid) below the rate in force the day before
        (their future slices fall), ``others`` when it raises it (every other member's
        share falls), ``""`` when it moves nobody's share.

        A member's first rate (none in force the day before) moves shares as much as any
        later one: set low by another, the member's slices per hour fall for ever; set high
        by the member themself, every other member's share falls. So it waits as a change
        does: for its member when another sets it (``member``), for every other current
        member when the member sets their own (``others``). A venture with one member never
        waits (:meth:`_rate_waits` finds nobody to ask)."""
        before = [
            r
            for r in self.store.member_rates(roles.venture.id)
            if r.member == rate.member and r.effective < rate.effective
        ]
        if not before:
            return "member" if proposer != rate.member else "others"
        prior = max(before, key=lambda r: r.effective)
        was, now = prior.salary - prior.paid_salary, rate.salary - rate.paid_salary
        if now < was and proposer != rate.member:
            return "member"
        return "others" if now > was else ""

    def _rate_waits(self, roles: Roles, member: str, needs: str, proposer: str) -> tuple[str, ...]:
        """The current members a rate of ``member`` waits for (:meth:`_rate_needs`)."""
        if needs == "member":
            return tuple(m for m in self._signers(roles) if m == member)
        return tuple(m for m in self._signers(roles) if m not in (member, proposer))

    def _rate_waiting(self, roles: Roles, entry: Entry, rates: Sequence[Rate]) -> None:
        """A time entry of a member with no rate in force on its day, while a rate that
        would be in force waits for acceptance (:meth:`set_rate`), is refused naming that
        proposal and whom it waits for: never valued at 0, nor held. Once the rate is
        accepted, the same entry is posted again. (With no rate proposed either, the
        model's own error asks for one: :func:`~matcher.equity.model.slices_for`.)"""
        member, on = entry.member, entry.on
        if any(r.member == member and r.effective <= on for r in rates):
            return
        for p in self.store.proposals(roles.venture.id, kind="rate", open_only=True):
            if p.subject != member or dt.date.fromisoformat(p.data["effective"]) > on:
                continue
            waits = ", ".join(self.waiting_for(roles.venture.id, p)) or "an answer"
            raise Conflict(
                f"{member!r} has no salary rate in force on {on.isoformat()}; it waits for"
                f" acceptance: proposal {p.id} (a salary of {p.data['salary']} from"
                f" {p.data['effective']}), waiting for {waits}",
                field="rate",
                value=p.id,
                hint=f"post this time again once proposal {p.id} is accepted",
            )

    # ------------------------------------------------------------- ledger
    @staticmethod
    def parse_entry(raw: Mapping[str, object]) -> Entry:
        """An :class:`Entry` from plain values: :func:`matcher.equity.model.parse_entry`."""
        return parse_entry(raw)

    @staticmethod
    def _pending(entry: Entry, venture: Venture) -> bool:
        return (
            entry.reverses is None
            and not entry.rejected
            and not entry.approved
            and needs_approval(entry, venture)
        )

    @classmethod
    def _none_pending(
        cls,
        entries: Iterable[Entry],
        venture: Venture,
        field: str,
        value: str,
        before: str,
        about: str = "",
    ) -> None:
        """No entry of ``entries`` waits for approval, or a :class:`Conflict` naming them
        (``about``: " about 'ana'") and the step they hold up (``before``: "freezing the
        pie")."""
        pending = [e.id for e in entries if cls._pending(e, venture)]
        if pending:
            raise Conflict(
                f"entries {', '.join(map(str, pending))}{about} wait for approval",
                field=field,
                value=value,
                hint=f"approve or reject them before {before}",
            )

    @staticmethod
    def _not_before(
        day: dt.date,
        dates: Iterable[dt.date],
        field: str,
        says: Callable[[str], tuple[str, str]],
        *,
        after: bool = False,
    ) -> None:
        """``day`` is on or after (``after``: strictly after) the last of ``dates``, or an
        :class:`InvalidInput` on ``field`` with the message and hint ``says`` gives for the
        last date (ISO)."""
        last = max(dates, default=None)
        if last is not None and (day <= last if after else day < last):
            message, hint = says(last.isoformat())
            raise InvalidInput(message, field=field, value=day.isoformat(), hint=hint)

    @staticmethod
    def _append_only(effective: dt.date, taken: bool, already: str, hint: str) -> None:
        """Terms and rates are append-only, one per ``effective`` date: if ``taken``, a
        :class:`Conflict` saying "<already> <effective>"."""
        if taken:
            raise Conflict(
                f"{already} {effective.isoformat()}",
                field="effective",
                value=effective.isoformat(),
                hint=hint,
            )

    @staticmethod
    def _reason(reason: str, needs: str, hint: str) -> str:
        """``reason`` as text of up to :data:`MAX_REASON` characters, never empty (``needs``: "a rejection")."""
        reason = parse_text(reason, "reason", MAX_REASON)
        if not reason:
            raise InvalidInput(f"{needs} needs a reason", field="reason", hint=hint)
        return reason

    def _view(
        self, ledger: Ledger, row: LedgerRow, created: bool = False, reversed_by: int | None = -1
    ) -> Posted:
        entry = row.entry
        if reversed_by == -1:
            reversed_by = self.store.reversal_of(ledger.venture.id, entry.id)
        computation = None
        if entry.reverses is None:
            terms = [t for t in ledger.terms if t.effective <= entry.on] or [ledger.terms[0]]
            computation = slices_for(entry, terms[-1], ledger.rates)
        ok = entry.reverses is None and reversed_by is None and counts(entry, ledger.venture)
        return Posted(row, computation, reversed_by, ok, created)

    def _settings(self, venture_id: str) -> Ledger:
        """The venture, its terms, rates and departures, without the entries (cheap)."""
        venture = self.store.get_venture(venture_id)
        assert venture is not None
        return Ledger(
            venture,
            self.store.venture_terms(venture_id),
            self.store.member_rates(venture_id),
            (),
            self.store.departures(venture_id),
        )

    def _ledger(self, venture_id: str) -> Ledger:
        ledger = self.store.ledger(venture_id)
        assert ledger is not None
        return ledger

    @staticmethod
    def _check_key(key: str) -> str:
        if not isinstance(key, str) or not key or len(key) > MAX_KEY:
            raise InvalidInput(
                f"idempotency key must be 1-{MAX_KEY} characters, got {len(key or '')}",
                field="idempotency_key",
                value=key,
                hint="send a unique Idempotency-Key per new entry (e.g. a UUID)",
            )
        if key.startswith(RESERVED_KEY):
            raise InvalidInput(
                f"idempotency key {key[:40]!r} starts with {RESERVED_KEY!r}, which is kept for"
                " the keys cofoundry makes (reversals, imports)",
                field="idempotency_key",
                value=key,
                hint="use another key, e.g. a UUID",
            )
        parse_text(key, "idempotency_key", MAX_KEY)
        return key

    def post(
        self,
        venture_id: str,
        raw: Mapping[str, object] | Entry,
        *,
        key: str,
        actor: Actor | None,
        author: str | None = None,
    ) -> Posted:
        """Append a contribution (or Well deposit, withdrawal, repayment) to the ledger.

        A member posts about themself; an owner may post about another current member (a
        repayment made to them, say), and that entry counts once that member approves it.
        Retrying with the same ``key`` and the same content returns the original entry.
        """
        entry = check_entry(raw) if isinstance(raw, Entry) else parse_entry(raw)
        self._check_key(key)
        return self._post(venture_id, entry, key, actor, author)

    def _post(
        self,
        venture_id: str,
        entry: Entry,
        key: str,
        actor: Actor | None,
        author: str | None,
    ) -> Posted:
        with self.db.transaction():
            roles = self._readable(venture_id, actor)
            assert actor is not None
            who = self._acting(actor, author or (entry.author or None))
            assert who.profile_id is not None
            entry = replace(
                entry, author=who.profile_id, reverses=None, approved=False, rejected=False
            )
            h = content_hash(venture_id, entry)
            existing = self.store.entry_by_key(venture_id, who.profile_id, key)
            if existing is not None:
                if existing.content_hash != h:
                    raise Conflict(
                        f"idempotency key {key!r} was already used for entry"
                        f" {existing.entry.id} with different content",
                        field="idempotency_key",
                        value=key,
                        hint="use a new key for a new entry; retry only with identical content",
                    )
                return self._view(self._settings(venture_id), existing)
            ledger = self._settings(venture_id)
            self._check_new(
                roles,
                who,
                entry,
                ledger,
                end=self.store.current_end(venture_id),
                frozen=self.store.frozen(venture_id),
                entries=lambda: self._ledger(venture_id).entries,
                signed=self._last_signed(venture_id),
            )
            number = self.store.add_entry(venture_id, entry, key, h)
            row = self.store.ledger_entry(venture_id, number)
            assert row is not None
            posted = self._view(ledger, row, created=True)
            self._ask_approval(roles, [row.entry])
        logger.debug("ledger entry posted")  # no ids in logs
        return posted

    def _check_new(
        self,
        roles: Roles,
        who: Actor,
        entry: Entry,
        settings: Ledger,
        *,
        end: EndRecord | None,
        frozen: tuple[str, str | None] | None,
        entries: Callable[[], Sequence[Entry]],
        signed: SignedDay | None,
        budget: TimeBudget | None = None,
        well: WellFold | None = None,
    ) -> None:
        """Every rule a new entry by ``who`` passes, in this order, against the venture as
        read (``settings``: its terms, rates and departures; ``entries``: its ledger, read
        only when a rule needs it): one definition for a post (:meth:`_post`) and an
        imported row (:meth:`_check_row`, against what the import read and the rows it
        accepted before; ``budget`` and ``well`` keep its time and its Well's fold across
        the rows: the Well checks a row in O(log n) in any date order, but for a row it
        refuses)."""
        venture_id = roles.venture.id
        self._member_now(roles, entry.member)
        if entry.member == who.profile_id:
            self._require(POST_ENTRY, who, entry.member, roles.members, roles)
        else:
            self._require(POST_FOR_MEMBER, who, entry.member, roles.owners, roles)
        self._refuse_closed(roles, end, frozen)
        self._in_life(roles, entry.on)
        self._unsigned(
            roles, entry.on, "on", entry.on.isoformat(), f"a {entry.kind.value} entry", signed
        )
        self._well_settled(venture_id, entry, departures=settings.departures)
        terms = [t for t in settings.terms if t.effective <= entry.on] or [settings.terms[0]]
        if entry.kind is Kind.TIME:
            self._rate_waiting(roles, entry, settings.rates)
        slices_for(entry, terms[-1], settings.rates)  # refuses a time entry without a rate
        self._time_fits(roles, venture_id, entry, budget)
        if well is not None and entry.kind in (
            Kind.WELL_WITHDRAWAL,
            Kind.REPAYMENT,
            Kind.WELL_DEPOSIT,
        ):
            if entry.kind is not Kind.WELL_DEPOSIT:  # as below, from the kept fold
                self._refuse_shortfall(well.shortfall_with(entry))
            last = well.last_withdrawal
            if entry.kind is Kind.WELL_WITHDRAWAL or last is None or entry.on > last:
                return  # no withdrawal on or after its day: none is shared again
            if well.sole_depositor(entry.member):
                return  # no other member holds a Well balance: none of them loses a share
        if entry.kind in (Kind.WELL_WITHDRAWAL, Kind.REPAYMENT, Kind.WELL_DEPOSIT):
            full = replace(settings, entries=tuple(entries()))
            probe = replace(entry, id=1 + max((e.id for e in full.entries), default=0))
            if entry.kind is not Kind.WELL_DEPOSIT:  # a deposit takes nothing out
                self._check_well(replace(full, entries=(*full.entries, probe)))
            if entry.kind is not Kind.WELL_WITHDRAWAL:  # as it will count once approved
                probe = replace(probe, approved=True)
                counted = replace(full, entries=(*full.entries, probe))
                what = f"a {entry.kind.value} dated {entry.on.isoformat()}"
                self._keeps_withdrawals(full, counted, probe, entry.member, what)

    def _time_fits(
        self, roles: Roles, venture_id: str, entry: Entry, budget: TimeBudget | None = None
    ) -> None:
        """A member's time up to any day fits in the days since the venture's start
        (:class:`~matcher.equity.model.TimeBudget`; ``budget``: the ledger's, kept by an
        import across its rows). A facilities entry's months (of rent for one space) fit on
        their own: several spaces may be lent over one month."""
        start = roles.venture.start
        if entry.kind is Kind.FACILITIES:
            most = months_since(start, entry.on)
            if entry.months > most:
                raise OutOfRange(
                    detail=f"{entry.months.normalize():f} months of rent up to"
                    f" {entry.on.isoformat()} is more than the months since venture"
                    f" {roles.venture.id!r} started on {start.isoformat()} ({most} at most)",
                    field="months",
                    value=f"{entry.months.normalize():f}",
                    low=0,
                    high=most,
                    hint="give the months the space was used; a month started counts whole",
                )
            return
        if entry.kind is not Kind.TIME:
            return
        if budget is None:
            budget = TimeBudget(start, self._ledger(venture_id).entries)
        over = budget.over(entry)
        if over is None:
            return
        field, claimed, most, day = over
        unit, per = (field, "24 hours a day" if field == "hours" else "one month a month")
        asked: Decimal = getattr(entry, field)
        raise OutOfRange(
            detail=f"{entry.member!r} would have {claimed.normalize():f} {unit} of"
            f" time up to {day.isoformat()}, more than {per} since venture"
            f" {roles.venture.id!r} started on {start.isoformat()} ({most} {unit})",
            field=field,
            value=f"{asked.normalize():f}",
            low=0,
            high=float(max(Decimal(0), most - (claimed - asked))),
            hint=f"give the {unit} worked; time before the venture's start does not count",
        )

    def _ask_approval(self, roles: Roles, entries: Iterable[Entry]) -> None:
        """Tell each member who may approve one of ``entries`` that it waits for them (in
        the posting's transaction): one notice per member and author, the first entry's
        number and how many wait."""
        waiting: dict[tuple[str, str], list[int]] = {}
        for entry in entries:
            if self._pending(entry, roles.venture):
                for member in roles.approvers(entry):
                    waiting.setdefault((member, entry.author or ""), []).append(entry.id)
        venture = roles.venture
        announce(
            self.on_notice,
            [
                Notice(
                    member,
                    NoticeKind.LEDGER_APPROVAL,
                    {
                        "who": author,
                        "venture": venture.id,
                        "title": venture.name or venture.id,
                        "entry": str(min(numbers)),
                        "count": str(len(numbers)),
                    },
                )
                for (member, author), numbers in waiting.items()
            ],
        )

    def _entry(self, venture_id: str, number: int) -> LedgerRow:
        """Entry ``number``, or :class:`UnknownEntry`: a number no database column holds
        (a page's form edited to 20 digits) is asked of no store."""
        row = self.store.ledger_entry(venture_id, number) if 0 < number < 2**63 else None
        if row is None:
            raise UnknownEntry(f"no entry {number} in venture {venture_id!r}", value=number)
        return row

    def _settled(self, roles: Roles, entry: Entry) -> None:
        """Entries about a leaver no longer change (their departure's report is kept)."""
        if entry.member in roles.left:
            raise Conflict(
                f"entry {entry.id} is about {entry.member!r}, who left venture"
                f" {roles.venture.id!r}: it no longer changes",
                field="entry",
                value=entry.id,
                hint="a departure settles the leaver's entries as they were",
            )

    @staticmethod
    def _keeps_withdrawals(
        before: Ledger,
        after: Ledger,
        change: Entry,
        may_lose: str,
        what: str,
        hint: str = "",
        folded: Mapping[dt.date, Split] | None = None,
    ) -> None:
        """A Well deposit, a repayment or the reversal of one (``change``) changes a
        member's Well balance, and so how each day's withdrawals since the entry's date were
        shared among the depositors (pro rata to their balances that day), after the fact
        (a reversal re-folds the ledger without its entry from its own date on): refused
        (:class:`Conflict` on ``on``) when ``after`` gives a member other than ``may_lose``
        fewer slices than ``before`` on the change's date or a withdrawal day after it.
        ``hint`` says what to do instead (default: date it after the last withdrawal);
        ``folded``: the splits of ``before`` at its dates, when already folded."""
        since = change.on
        if change.reverses is not None:
            since = next(e.on for e in before.entries if e.id == change.reverses)
        days = {e.on for e in before.entries if e.kind is Kind.WELL_WITHDRAWAL and e.on >= since}
        if not days:
            return
        last = max(days)
        dates = sorted({change.on} | {d for d in days if d >= change.on})
        splits = timeline(before, dates) if folded is None else [folded[d] for d in dates]
        for was, now in zip(splits, timeline(after, dates), strict=True):
            had = {m.member: m.slices for m in was.members}
            lost = sorted(
                m.member
                for m in now.members
                if m.member != may_lose and m.slices < had.get(m.member, 0)
            )
            if lost:
                raise Conflict(
                    f"{what} would lower the slices {', '.join(map(repr, lost))} had on"
                    f" {was.as_of.isoformat()} from the Well's withdrawals, already shared"
                    f" among the depositors' balances of their day (the last: {last.isoformat()})",
                    field="on",
                    value=change.on.isoformat(),
                    hint=hint or f"date it after {last.isoformat()}, the last withdrawal's day",
                )

    def _reverser(self, roles: Roles, entry: Entry, on: dt.date | None = None) -> str:
        """Who may reverse ``entry`` (by a reversal dated ``on``, default: at the entry):
        :meth:`Roles.reverser`, but for a Well withdrawal that counts,
        :meth:`_withdrawal_reverser`; one whose reversal would lower several members'
        slices is reversed by none of them (:class:`Conflict`)."""
        if (
            entry.kind is not Kind.WELL_WITHDRAWAL
            or entry.reverses is not None
            or not counts(entry, roles.venture)
            or self.store.reversal_of(roles.venture.id, entry.id) is not None
        ):
            return roles.reverser(entry)
        ledger = self._ledger(roles.venture.id)
        reverser, lowered = self._withdrawal_reverser(roles, ledger, entry, on)
        if len(lowered) > 1:
            day = (on or entry.on).isoformat()
            raise _entry_refused(
                entry.id,
                f"spent the Well deposits of members whose slices its reversal would lower"
                f" ({', '.join(lowered)}, on {day} or a day since), and no one reverses for"
                " the others",
                "each depositor's part is taken back by a repayment they post or approve",
            )
        return reverser

    def _withdrawal_reverser(
        self,
        roles: Roles,
        ledger: Ledger,
        entry: Entry,
        on: dt.date | None = None,
        page: _WellPage | None = None,
    ) -> tuple[str, tuple[str, ...]]:
        """Who may reverse the Well withdrawal ``entry`` that counts (by a reversal dated
        ``on``, default: at the entry), and the members whose slices that reversal would
        lower on its day or any day since: the one rule of :meth:`reverse` and the page's
        button (:meth:`entry_actions`). A withdrawal gives its slices to the members whose
        deposits it spent, not to the member it names; its reversal re-shares every later
        withdrawal and repayment, and rewrites the split of every day from its date (a
        split document already signed included): it is reversed by the one member it would
        lower on any of those days (a reversal never takes slices from someone else), by
        nobody when it would lower several (the second element names them), and by
        :meth:`Roles.reverser` when it lowers nobody. Only a member who deposited in the
        Well holds Well slices, so when no one but that default member ever deposited the
        answer needs no fold; else the ledger is folded with the reversal (``page``: the
        venture page's, whose depositors and splits at every date are worked out once for
        all its buttons, and only when a button needs them)."""
        default = roles.reverser(entry)
        depositors = _depositors(ledger) if page is None else page.depositors
        if depositors <= {default}:
            return default, ()
        before = None if page is None else page.all_splits(self)
        lowered = lowered_by_reversal(
            ledger, entry, on, numbers=self._numbers(roles.venture.id), before=before
        )
        if len(lowered) == 1:
            return lowered[0], lowered
        return ("" if lowered else default), lowered

    def reverse(
        self,
        venture_id: str,
        number: int,
        *,
        actor: Actor | None,
        author: str | None = None,
        on: dt.date | None = None,
        note: str = "",
    ) -> Posted:
        """Post the reversing entry of entry ``number``, dated at the entry (or ``on``, not
        earlier); once. By the member it is about when it counts (a repayment: its author),
        by its author while it does not count (:meth:`Roles.reverser`); an admin acts on
        their behalf.

        Its idempotency key is ``#reverse-<number>``: retrying returns the same reversal.
        """
        note = parse_text(note, "note")
        with self.db.transaction():
            roles = self._readable(venture_id, actor)
            assert actor is not None
            row = self._entry(venture_id, number)
            original = row.entry
            reverser = self._reverser(roles, original, on)
            who = self._acting(actor, author, default=reverser)
            if original.reverses is not None:
                raise _entry_refused(
                    number,
                    f"is itself a reversal of entry {original.reverses}",
                    "post the original again if the reversal was wrong",
                )
            parties = [reverser] if reverser in roles.members else []
            REVERSE_ENTRY.require(who, str(number), parties, value=number, author=reverser)
            done = self.store.reversal_of(venture_id, number)
            if done is not None:
                previous = self._entry(venture_id, done)
                if previous.entry.author == who.profile_id:
                    return self._view(self._settings(venture_id), previous)
                raise _entry_refused(
                    number,
                    f"is already reversed by entry {done}",
                    "an entry can be reversed only once",
                )
            if original.rejected:
                raise _entry_refused(
                    number,
                    "was rejected: it never counted",
                    "nothing to reverse; post a corrected entry if needed",
                )
            self._settled(roles, original)
            self._open(roles)
            day = original.on if on is None else on
            if day < original.on:
                raise InvalidInput(
                    f"a reversal of entry {number} may not be dated {day.isoformat()}, before"
                    f" the entry ({original.on.isoformat()})",
                    field="on",
                    value=day.isoformat(),
                    hint="leave the date out: the reversal is dated at the entry",
                )
            self._in_life(roles, day)
            self._unsigned(roles, day, "on", day.isoformat(), f"a reversal of entry {number}")
            self._well_settled(venture_id, original, f"a reversal of entry {number}")
            assert who.profile_id is not None
            reversal = replace(
                original,
                id=0,
                on=day,
                reverses=number,
                author=who.profile_id,
                note=note,
                approved=False,
                rejected=False,
            )
            refused = self._reversal_refused(venture_id, roles, original, reversal)
            if refused is not None:
                raise refused
            new = self.store.add_entry(
                venture_id,
                reversal,
                f"{RESERVED_KEY}reverse-{number}",
                content_hash(venture_id, reversal),
            )
            new_row = self.store.ledger_entry(venture_id, new)
            assert new_row is not None
        return self._view(self._settings(venture_id), new_row, created=True)

    def _reversal_offered(
        self,
        venture_id: str,
        roles: Roles,
        original: Entry,
        reversal: Entry,
        page: _WellPage,
    ) -> bool:
        """The Reverse button of ``original``: :meth:`_reversal_refused` finds nothing.
        ``page``, built once for the page from the same ledger, answers without folding the
        ledger where that is exact (:class:`~matcher.equity.model.WellReversals`), so that
        a page of many deposits by one member folds it once, not three times per deposit;
        elsewhere the rule folds the ledger with the reversal, once."""
        if reversal.on == original.on:
            refused = page.well.refused(original, reversal.author)
            if refused is not None:
                return not refused
        return self._reversal_refused(venture_id, roles, original, reversal, page) is None

    def _reversal_refused(
        self,
        venture_id: str,
        roles: Roles,
        original: Entry,
        reversal: Entry,
        page: _WellPage | None = None,
    ) -> CofoundryError | None:
        """Why the Well refuses ``reversal`` (of a deposit or a repayment that counts), or
        None: one rule for :meth:`reverse` and the Reverse button (:meth:`entry_actions`,
        through :meth:`_reversal_offered`). A deposit whose money withdrawals took is
        reversed only once they are; a deposit or repayment whose reversal would share past
        withdrawals again and lower another member's slices is refused."""
        number = original.id
        if original.kind not in (Kind.WELL_DEPOSIT, Kind.REPAYMENT) or not counts(
            original, roles.venture
        ):
            return None
        day = reversal.on
        full = self._ledger(venture_id) if page is None else page.ledger
        if not any(w.kind is Kind.WELL_WITHDRAWAL and w.on >= original.on for w in full.entries):
            return None  # no withdrawal since it: none shared again, none short (no fold)
        probe = replace(reversal, id=1 + max(e.id for e in full.entries))
        at_entry = page is not None and day == original.on  # what the page's facts are of
        if original.kind is Kind.WELL_DEPOSIT and not (
            at_entry and page is not None and page.well.short(original) is False
        ):
            short = well_shortfall(replace(full, entries=(*full.entries, probe)))
            if short is not None:  # withdrawals took what it put in the Well
                return Conflict(
                    f"entry {number} cannot be reversed: the Well's withdrawals of"
                    f" {short[0].isoformat()} took {short[1]} of what it deposited",
                    field="well",
                    value=number,
                    hint="reverse those withdrawals first, then this deposit",
                )
        reversed_ = replace(full, entries=(*full.entries, probe))
        what = f"a reversal of entry {number} dated {day.isoformat()}"
        hint = (
            "a reversal shares the Well's past withdrawals again without the entry;"
            " to put money back in the Well, post a new deposit dated after them"
        )
        folded = page.splits(self) if at_entry and page is not None else None
        try:
            self._keeps_withdrawals(full, reversed_, probe, reversal.author, what, hint, folded)
        except Conflict as exc:
            return exc
        return None

    def _review(
        self, venture_id: str, number: int, actor: Actor | None, rule: Rule
    ) -> tuple[Roles, LedgerRow, str]:
        """The checks an approval and a rejection share: the entry, the reviewer's right."""
        roles = self._readable(venture_id, actor)
        assert actor is not None
        row = self._entry(venture_id, number)
        entry = row.entry
        if entry.reverses is not None:
            raise _entry_refused(
                number,
                "is a reversal; reversals need no approval",
                "approve the entries that add slices",
                InvalidInput,
            )
        approvers = roles.approvers(entry)
        me = actor.profile_id
        if actor.is_admin:
            why = "an admin never approves or rejects for a member"
        elif me == entry.author:
            why = "its author may not review it"
        elif me is not None and roles.added_alone_by(me, entry.author):
            why = f"{entry.author!r} alone added you, and no other member seconded you"
        elif me is not None and roles.added_alone_by(entry.author, me):
            why = f"you alone added {entry.author!r}, and no other member seconded them"
        elif entry.author != entry.member:
            why = f"an entry about {entry.member!r} is approved by {entry.member!r}"
        else:
            why = "only a current member may review it"
        rule.require(
            actor,
            str(number),
            approvers,
            value=number,
            why=why,
            approvers=", ".join(approvers) or "nobody (no member may)",
        )
        assert me is not None
        reversed_by = self.store.reversal_of(venture_id, number)
        if reversed_by is not None:
            raise _entry_refused(
                number,
                f"was withdrawn (reversed by entry {reversed_by})",
                "nothing to review",
            )
        self._settled(roles, entry)
        self._open(roles, frozen_ok=True)
        return roles, row, me

    def approve(self, venture_id: str, number: int, *, actor: Actor | None) -> Posted:
        """Approve an entry: a member other than its author and the people its author alone
        added; for an entry about another member, that member (idempotent)."""
        with self.db.transaction():
            roles, row, me = self._review(venture_id, number, actor, APPROVE_ENTRY)
            if row.rejecter is not None:
                raise _entry_refused(
                    number,
                    f"was rejected by {row.rejecter!r}: {row.rejection}",
                    "the author posts a corrected entry",
                )
            if row.approver is None:
                entry = row.entry
                self._unsigned(roles, entry.on, "entry", number, f"approving entry {number},")
                self._well_settled(venture_id, entry, f"approving entry {number}")
                if entry.kind in (Kind.WELL_WITHDRAWAL, Kind.REPAYMENT, Kind.WELL_DEPOSIT):
                    full = self._ledger(venture_id)
                    approved = replace(
                        full,
                        entries=tuple(
                            replace(e, approved=True) if e.id == number else e for e in full.entries
                        ),
                    )
                    if entry.kind is not Kind.WELL_DEPOSIT:
                        self._check_well(approved)
                    if entry.kind is not Kind.WELL_WITHDRAWAL:
                        what = f"approving entry {number} ({entry.kind.value})"
                        self._keeps_withdrawals(full, approved, entry, entry.member, what)
                self.store.add_approval(venture_id, number, me)
            row = self._entry(venture_id, number)
            return self._view(self._settings(venture_id), row)

    def reject(self, venture_id: str, number: int, reason: str, *, actor: Actor | None) -> Posted:
        """Reject an entry waiting for approval, with a reason (whoever may approve it): it
        never counts; its author may post a corrected one (idempotent)."""
        reason = self._reason(
            reason, "a rejection", "say what is wrong, so the author can post a corrected entry"
        )
        with self.db.transaction():
            roles, row, me = self._review(venture_id, number, actor, REJECT_ENTRY)
            if row.rejecter is None:
                if row.approver is not None:
                    raise _entry_refused(
                        number,
                        f"is already approved by {row.approver!r}",
                        "an approved entry is corrected by its author's reversal",
                    )
                if not needs_approval(row.entry, roles.venture):
                    raise _entry_refused(
                        number,
                        "needs no approval: it counts as posted",
                        "ask its author to reverse it if it is wrong",
                    )
                day = row.entry.on
                self._unsigned(roles, day, "entry", number, f"rejecting entry {number},")
                self.store.add_rejection(venture_id, number, me, reason)
            row = self._entry(venture_id, number)
            return self._view(self._settings(venture_id), row)

    def ledger(self, venture_id: str, *, actor: Actor | None) -> list[Posted]:
        """Every entry with its computation, in posting order (to its readers)."""
        self._readable(venture_id, actor)
        with self.db.transaction():  # one consistent snapshot
            settings = self._settings(venture_id)
            rows = self.store.ledger_rows(venture_id)
        reversed_by = {r.entry.reverses: r.entry.id for r in rows if r.entry.reverses is not None}
        return [
            self._view(settings, row, reversed_by=reversed_by.get(row.entry.id)) for row in rows
        ]

    def actions(self, venture_id: str, *, actor: Actor | None) -> frozenset[str]:
        """What ``actor`` may do in the venture now (by the rules, for the pages' forms):
        ``invite``, ``name_owner``, ``second``, ``set_rate``, ``set_terms``, ``freeze``,
        ``import``, ``post``, ``post_for``, ``record_departure``, ``resign``,
        ``propose_end``, ``confirm_end``, ``decline_end``."""
        roles = self._readable(venture_id, actor)
        assert actor is not None
        me = actor.profile_id
        end = self.store.current_end(venture_id)
        frozen = self.store.frozen(venture_id) is not None
        out: set[str] = set()
        if end is not None:
            confirmed = {c[0] for c in end.confirmations}
            if (
                end.status == "proposed"
                and me not in confirmed
                and CONFIRM_END.allows(actor, venture_id, roles.members)
            ):
                out.add("confirm_end")
            if end.status == "proposed" and DECLINE_END.allows(actor, venture_id, roles.members):
                out.add("decline_end")
            return frozenset(out)
        owner_rules = (
            ("invite", INVITE_MEMBER),
            ("name_owner", NAME_OWNER),
            ("set_rate", SET_RATE),
            ("set_terms", SET_TERMS),
            ("import", IMPORT_LEDGER),
            ("record_departure", RECORD_DEPARTURE),
        )
        out |= {name for name, rule in owner_rules if rule.allows(actor, None, roles.owners)}
        if me is not None and roles.unvouched(me):  # as :meth:`_vouched_for`
            out.discard("invite")
        if not frozen:
            out |= {"freeze"} if FREEZE_PIE.allows(actor, venture_id, roles.owners) else set()
            if me is not None and POST_ENTRY.allows(Actor(me), me, roles.members):
                out.add("post")
            if POST_FOR_MEMBER.allows(actor, None, roles.owners) and not actor.is_admin:
                out.add("post_for")
        else:
            out -= {"set_rate", "set_terms", "import"}
        if me is not None and RESIGN.allows(actor, me, roles.members):
            out.add("resign")
        if (
            me is not None
            and len(roles.members) > 1
            and not roles.unvouched(me)
            and SECOND_MEMBER.allows(actor, None, roles.members)
        ):
            out.add("second")
        if PROPOSE_END.allows(actor, venture_id, roles.owners):
            out.add("propose_end")
        return frozenset(out)

    def entry_actions(self, venture_id: str, *, actor: Actor | None) -> dict[int, frozenset[str]]:
        """For each entry, what ``actor`` may do to it now: ``approve``, ``reject``, ``reverse``."""
        roles = self._readable(venture_id, actor)
        assert actor is not None
        end = self.store.current_end(venture_id)
        if end is not None:
            return {}
        frozen = self.store.frozen(venture_id) is not None
        me = actor.profile_id
        out: dict[int, frozenset[str]] = {}
        posted = self.ledger(venture_id, actor=actor)
        departures = self.store.departures(venture_id)
        well = _WellPage(venture_id, self._ledger(venture_id))  # the page's Reverse buttons
        for p in posted:
            e = p.row.entry
            if e.reverses is not None or p.reversed_by is not None or e.member in roles.left:
                continue
            can: set[str] = set()
            if not e.rejected and not frozen and self._settled_by(e, departures) is None:
                reverser = roles.reverser(e)
                if e.kind is Kind.WELL_WITHDRAWAL and p.counts:  # as _reverser
                    reverser = self._withdrawal_reverser(roles, well.ledger, e, page=well)[0]
                who = Actor(reverser) if actor.is_admin else actor
                parties = [reverser] if reverser in roles.members else []
                if REVERSE_ENTRY.allows(who, str(e.id), parties) and (
                    e.kind not in (Kind.WELL_DEPOSIT, Kind.REPAYMENT)
                    or self._reversal_offered(
                        venture_id,
                        roles,
                        e,
                        replace(
                            e,
                            id=0,
                            reverses=e.id,
                            author=who.profile_id or "",
                            note="",
                            approved=False,
                        ),
                        well,
                    )
                ):
                    can.add("reverse")
            pending = self._pending(e, roles.venture)
            if pending and me is not None and APPROVE_ENTRY.allows(actor, None, roles.approvers(e)):
                can |= {"reject"} if self._settled_by(e, departures) else {"approve", "reject"}
            if can:
                out[e.id] = frozenset(can)
        return out

    # ------------------------------------------------------------- splits
    def split(self, venture_id: str, *, actor: Actor | None, as_of: dt.date | None = None) -> Split:
        """The split as of a date (default: today): every member who joined is shown, at 0
        when they have no slices."""
        roles = self._readable(venture_id, actor)
        return split(
            self._ledger(venture_id),
            as_of=as_of or self.today(),
            numbers=self._numbers(venture_id),
            members=roles.joined,
        )

    def timeline(
        self, venture_id: str, *, actor: Actor | None, dates: list[dt.date] | None = None
    ) -> list[Split]:
        """Splits at every date the ledger changes (or at ``dates``)."""
        self._readable(venture_id, actor)
        return timeline(self._ledger(venture_id), dates, numbers=self._numbers(venture_id))

    def ledger_hash(
        self, venture_id: str, *, actor: Actor | None, as_of: dt.date | None = None
    ) -> str:
        """The SHA-256 of the venture's ledger, or of the ledger up to ``as_of`` as the split
        document of that day prints it (:func:`matcher.equity.model.ledger_hash`)."""
        self._readable(venture_id, actor)
        return ledger_hash(self._ledger(venture_id), as_of)

    def document_day(
        self, venture_id: str, *, actor: Actor | None, as_of: dt.date | None = None
    ) -> dt.date:
        """The day the split document of ``as_of`` is of (:meth:`split_document`): that day;
        by default, for a venture whose end is proposed or confirmed, the end's day, else
        today. A file name says it, never "today"."""
        self._readable(venture_id, actor)
        end = self.store.current_end(venture_id)
        return self._document_day(as_of, end)

    def _document_day(self, as_of: dt.date | None, end: EndRecord | None) -> dt.date:
        return as_of or (end.on if end is not None else self.today())

    def split_document(
        self,
        venture_id: str,
        *,
        actor: Actor | None,
        as_of: dt.date | None = None,
        names: Mapping[str, str] | None = None,
    ) -> SplitDocument:
        """What the signed split document shows, as of a date (default: today; for a
        venture whose end is proposed or confirmed, its end date), to the venture's readers."""
        roles = self._readable(venture_id, actor)
        with self.db.transaction():  # one snapshot: the hash is the ledger shown
            ledger = self._ledger(venture_id)
            end = self.store.current_end(venture_id)
            records = self.store.departure_records(venture_id)
            rows = self.store.ledger_rows(venture_id)
            # an end's document (proposed or ended) is that of its day: the ledger to confirm
            day = self._document_day(as_of, end)
            status = self._day_status(roles, ledger, day)  # who signed that day's split
        settings = replace(ledger, entries=())
        reversed_by = {r.entry.reverses: r.entry.id for r in rows if r.entry.reverses is not None}
        entries = []
        for row in rows:
            e = row.entry
            if e.on > day:
                continue
            posted = self._view(settings, row, reversed_by=reversed_by.get(e.id))
            state = posted.state
            if state == "reversed" and e.reverses is None:
                rev = next(r for r in rows if r.entry.id == posted.reversed_by)
                if rev.entry.on > day:  # reversed after the document's date: it counted then
                    state = "counts" if counts(e, ledger.venture) else "pending"
            entries.append(
                DocEntry(
                    e.id,
                    e.on,
                    e.member,
                    e.kind.value,
                    e.author,
                    None if posted.computation is None else posted.computation.slices,
                    state,
                    e.reverses,
                    posted.reversed_by,
                    row.rejecter if e.rejected else row.approver,
                    row.rejection,
                    e.note,
                    row.recorded_on if row.back_dated else None,
                )
            )
        waiting: tuple[str, ...] = ()
        doc_end = None
        if end is not None:
            waiting = self._waiting(roles, end)
            doc_end = DocEnd(
                end.status,
                end.on,
                end.proposed_by,
                end.ledger_hash,
                end.confirmations,
                waiting,
                self._rewritten(ledger, end),
            )
        then = ledger_as_of(ledger, day)  # the terms, salaries and freeze of that day
        return SplitDocument(
            then.venture,
            day,
            split(ledger, as_of=day, numbers=self._numbers(venture_id), members=roles.joined),
            then.terms,
            then.rates,
            tuple(entries),
            tuple(
                DocDeparture(
                    r.report,
                    r.acknowledged,
                    r.answer_note,
                    None if r.claim is None else r.claim.status,
                    "" if r.claim is None else r.claim.closed_by or "",
                    "" if r.claim is None else r.claim.reason,
                )
                for r in records
                if r.report.departure.on <= day
            ),
            ledger_hash(ledger, day),  # the ledger up to the day, as the document shows it
            roles.owners,
            doc_end,
            dict(names or {}),
            DocSigning(
                status.signed is not None,
                tuple((x.member, x.ledger_hash, x.at) for x in status.signatures),
                status.awaited,
                status.rewritten,
            ),
        )

    def split_pdf(
        self,
        venture_id: str,
        *,
        actor: Actor | None,
        as_of: dt.date | None = None,
        lang: str = "en",
        names: Mapping[str, str] | None = None,
    ) -> bytes:
        """The split document as a PDF (:mod:`matcher.equity.document`), in ``en`` or ``fr``."""
        return split_pdf(
            self.split_document(venture_id, actor=actor, as_of=as_of, names=names), lang
        )

    # --------------------------------------------------------- departures
    def _check_departure(self, roles: Roles, ledger: Ledger, departure: Departure) -> None:
        venture_id = roles.venture.id
        if departure.member in roles.left:
            raise Conflict(
                f"member {departure.member!r} already left venture {venture_id!r}",
                field="member",
                value=departure.member,
                hint="a departure is recorded once",
            )
        self._member_now(roles, departure.member)
        others = set(roles.members) - {departure.member}
        if roles.owners == (departure.member,) and others:
            raise Conflict(
                f"{departure.member!r} is the last owner of venture {venture_id!r}",
                field="member",
                value=departure.member,
                hint="name another owner first (an owner names owners)",
            )
        self._in_life(roles, departure.on)
        mine = [e for e in ledger.entries if e.member == departure.member]
        self._none_pending(
            mine,
            ledger.venture,
            "member",
            departure.member,
            "recording the departure",
            about=f" about {departure.member!r}",
        )
        later = [e.id for e in mine if e.on > departure.on and e.reverses is None]
        if later:
            raise InvalidInput(
                f"member {departure.member!r} has entries after {departure.on.isoformat()}"
                f" (first: {later[0]})",
                field="on",
                value=departure.on.isoformat(),
                hint="date the departure on or after the leaver's last contribution",
            )

    @staticmethod
    def _report(ledger: Ledger, departure: Departure) -> DepartureReport:
        left = replace(ledger, departures=(*ledger.departures, departure))
        return next(
            r
            for r in departure_reports(left, as_of=dt.date.max)
            if r.departure.member == departure.member
        )

    def _may_record(self, roles: Roles, actor: Actor, departure: Departure) -> None:
        if not actor.is_admin and actor.profile_id == departure.member:
            self._require(RESIGN, actor, departure.member, roles.members, roles)
            if departure.reason.value.startswith("fired"):
                raise InvalidInput(
                    f"you may record your own resignation, not {departure.reason.value}",
                    field="reason",
                    value=departure.reason.value,
                    hint="resigned-good-reason or resigned-no-good-reason; an owner records"
                    " anything else",
                )
        else:
            self._require(RECORD_DEPARTURE, actor, departure.member, roles.owners, roles)

    def leave(
        self, venture_id: str, departure: Departure, *, actor: Actor | None
    ) -> DepartureReport:
        """Record a departure (an owner, or the member for their own resignation); return
        the leaver's slices before and after the recovery rules, kept as recorded."""
        with self.db.transaction():
            roles = self._readable(venture_id, actor)
            assert actor is not None
            self._may_record(roles, actor, departure)
            self._open(roles, frozen_ok=True)
            day = departure.on
            self._unsigned(
                roles, day, "on", day.isoformat(), f"the departure of {departure.member!r}"
            )
            ledger = self._ledger(venture_id)
            self._check_departure(roles, ledger, departure)
            self._check_well(replace(ledger, departures=(*ledger.departures, departure)))
            applied = departure
            if self._claims(roles, actor, departure):
                applied = replace(
                    departure, reason=Reason.RESIGNED_NO_GOOD_REASON, claimed=departure.reason
                )
                self._check_well(replace(ledger, departures=(*ledger.departures, applied)))
            report = self._report(ledger, applied)
            self.store.add_departure(venture_id, applied, actor.profile_id or "admin")
            self.store.add_departure_report(venture_id, report)
            if applied.claimed is not None:  # the report of the reason claimed, kept now
                claimed = report_to_json(self._report(ledger, departure))
                self._propose(
                    roles,
                    "reason",
                    departure.member,
                    {"report": claimed},
                    departure.member,
                )
            # the leaver may have been the one member a day's signing awaited
            after = self._roles(venture_id)
            assert after is not None
            days = {s.day for s in self.store.day_signatures(venture_id)}
            self._seal(after, replace(ledger, departures=self.store.departures(venture_id)), days)
        logger.info("venture departure recorded")
        return report

    @staticmethod
    def _claims(roles: Roles, actor: Actor, departure: Departure) -> bool:
        """True when ``departure`` is a leaver's own resignation for good reason in a venture
        with other current members: a reason that favours its author, which applies only
        once another owner confirms it (:meth:`_confirmers`); meanwhile the ledger applies
        the leaver's worst case, a resignation without good reason (what the leaver may
        record alone anyway). A leaver alone in the venture moves nobody's share."""
        return (
            not actor.is_admin
            and actor.profile_id == departure.member
            and departure.reason is Reason.RESIGNED_GOOD_REASON
            and bool(set(roles.members) - {departure.member})
        )

    def _confirmers(self, roles: Roles, leaver: str) -> tuple[str, ...]:
        """Who may confirm or dispute ``leaver``'s own good reason: a current owner other
        than the leaver, not one of them on the other's word alone (a second account), nor
        an erased one (:meth:`_signers`)."""
        signers = set(self._signers(roles))
        return tuple(
            o
            for o in roles.owners
            if o != leaver and o in signers and not roles.vouched_alone(o, leaver)
        )

    def preview_departure(
        self, venture_id: str, departure: Departure, *, actor: Actor | None
    ) -> tuple[DepartureReport, Split, Split]:
        """What a departure would do, without recording it: the leaver's report and the
        venture's split on the departure date without it and with it (to its readers). A
        leaver's own good reason shows as :meth:`leave` would apply it (their worst case
        until another owner confirms it).

        Examples
        --------
        >>> from matcher.equity.model import Reason
        >>> from matcher.schema import connect
        >>> svc = EquityService(connect())
        >>> ana = Actor("ana")
        >>> acme = svc.create_venture("acme", actor=ana, start=dt.date(2024, 1, 1)).id
        >>> _ = svc.post(acme, {"member": "ana", "kind": "cash", "on": "2024-01-02",
        ...                       "amount": 300}, key="a", actor=ana)
        >>> leave = Departure("ana", dt.date(2024, 2, 1), Reason.RESIGNED_NO_GOOD_REASON)
        >>> report, before, after = svc.preview_departure(acme, leave, actor=ana)
        >>> str(report.slices_before), str(report.slices_after)
        ('1200', '300')
        >>> svc.departures(acme, actor=ana)
        []
        """
        roles = self._readable(venture_id, actor)
        assert actor is not None
        ledger = self._ledger(venture_id)
        self._check_departure(roles, ledger, departure)
        if self._claims(roles, actor, departure):  # as :meth:`leave` would record it
            departure = replace(
                departure, reason=Reason.RESIGNED_NO_GOOD_REASON, claimed=departure.reason
            )
        left = replace(ledger, departures=(*ledger.departures, departure))
        report = self._report(ledger, departure)
        return report, split(ledger, as_of=departure.on), split(left, as_of=departure.on)

    def departures(self, venture_id: str, *, actor: Actor | None) -> list[DepartureRecord]:
        """Every departure as recorded (its report never changes), with the leaver's answer."""
        self._readable(venture_id, actor)
        return self.store.departure_records(venture_id)

    def answer_departure(
        self,
        venture_id: str,
        member: str,
        acknowledge: bool,
        note: str = "",
        *,
        actor: Actor | None,
    ) -> DepartureRecord:
        """The leaver acknowledges their departure, or disputes it with a reason (once)."""
        note = parse_text(note, "note", MAX_NOTE)
        with self.db.transaction():
            roles = self._readable(venture_id, actor)
            assert actor is not None
            ANSWER_DEPARTURE.require(actor, member)
            record = next(
                (
                    r
                    for r in self.store.departure_records(venture_id)
                    if r.report.departure.member == member
                ),
                None,
            )
            if record is None or member not in roles.left:
                raise InvalidInput(
                    f"no departure of {member!r} is recorded in venture {venture_id!r}",
                    field="member",
                    value=member,
                    hint="only a leaver acknowledges or disputes their departure",
                )
            if record.acknowledged is not None:
                raise Conflict(
                    f"{member!r} already {'acknowledged' if record.acknowledged else 'disputed'}"
                    " their departure",
                    field="member",
                    value=member,
                    hint="an answer is given once",
                )
            if not acknowledge and not note:
                raise InvalidInput(
                    "a dispute needs a reason",
                    field="note",
                    hint="say what you dispute: the date, the reason, the buy-back",
                )
            if not acknowledge:
                self._dispute_open(roles)
            self.store.add_departure_answer(venture_id, member, acknowledge, note)
            if not acknowledge:
                self._dispute(roles, record)
            return next(
                r
                for r in self.store.departure_records(venture_id)
                if r.report.departure.member == member
            )

    def _dispute_open(self, roles: Roles) -> None:
        """A dispute may still change the ledger: no end is proposed (the members confirm
        the ledger's SHA-256 they read) nor confirmed (the split its members signed is
        final). A dispute changes the departure, and with it every other member's share:
        sent after the end, it applied the leaver's best case to a signed split, and the
        owner who could confirm the cause was refused (the ledger closed). A freeze does
        not close it: recovery rules still apply after a freeze."""
        end = self.store.current_end(roles.venture.id)
        if end is None:
            return
        venture_id, on = roles.venture.id, end.on.isoformat()
        if end.status == "ended":
            raise Conflict(
                f"venture {venture_id!r} ended on {on}: its members signed its split, which a"
                " dispute would change",
                field="ledger",
                value=venture_id,
                hint="an ended venture's split is final; talk to its owners",
            )
        waiting = ", ".join(sorted(self._waiting(roles, end))) or "nobody"
        raise Conflict(
            f"venture {venture_id!r} has a proposed end on {on} waiting for {waiting}: the"
            " ledger is locked while members confirm it, and a dispute would change it",
            field="ledger",
            value=venture_id,
            hint="ask a member to decline the end, then dispute your departure",
        )

    def _dispute(self, roles: Roles, record: DepartureRecord) -> None:
        """A leaver disputes a departure another recorded that costs them slices (for
        cause, without good reason): the recorder's word alone no longer stands. Until one
        other owner (not the recorder, nor one on either's word alone) confirms it (a
        ``cause`` proposal of the recorder), the ledger applies the leaver's best case
        (:func:`~matcher.equity.model.best_case`, every slice kept), and says so; the report
        shown meanwhile is the one computed for it now."""
        departure = record.report.departure
        leaver = departure.member
        if not departure.reason.at_fault or record.author in (leaver, None):
            return
        if departure.claimed is not None:  # the leaver's own claim: answered by its proposal
            return
        self._unsigned(
            roles, departure.on, "member", leaver, f"a dispute of the departure of {leaver!r}"
        )
        ledger = self._ledger(roles.venture.id)
        others = tuple(d for d in ledger.departures if d.member != leaver)
        best = replace(departure, reason=best_case(departure.reason), disputed=departure.reason)
        self._check_well(replace(ledger, departures=(*others, best)))
        report = report_to_json(self._report(replace(ledger, departures=others), best))
        self._propose(roles, "cause", leaver, {"report": report}, record.author)

    def _cause_confirmers(self, roles: Roles, p: Proposal) -> tuple[str, ...]:
        """Who may confirm a disputed departure: a current owner other than the leaver and
        its recorder, not one on the recorder's word alone, nor erased."""
        return tuple(
            o
            for o in self._confirmers(roles, p.subject)
            if o != p.proposed_by and not roles.vouched_alone(o, p.proposed_by)
        )

    # ------------------------------------------------------------ proposals
    def proposals(
        self, venture_id: str, *, actor: Actor | None, open_only: bool = False
    ) -> list[Proposal]:
        """The venture's proposals (to its readers): salaries, freezes and leavers' own good
        reasons that wait, or waited, for another member's word; oldest first. Those nobody
        is left to answer are settled first (:meth:`_settle`)."""
        roles = self._readable(venture_id, actor)
        if any(
            self._unanswerable(roles, p) for p in self.store.proposals(venture_id, open_only=True)
        ):  # a read writes only when something is to settle
            with self.db.transaction():
                self._settle(self._readable(venture_id, actor))
        return self.store.proposals(venture_id, open_only=open_only)

    def waiting_for(self, venture_id: str, proposal: Proposal) -> tuple[str, ...]:
        """Who an open ``proposal`` still waits for (one of them, for a leaver's reason)."""
        roles = self._roles(venture_id)
        if roles is None or proposal.status != "open":
            return ()
        needed, _ = self._needed(roles, proposal)
        return tuple(m for m in needed if m not in proposal.accepted_by)

    def _needed(self, roles: Roles, p: Proposal) -> tuple[tuple[str, ...], bool]:
        """Who must agree to ``p`` and whether one of them is enough: a leaver's own good
        reason, one other owner (:meth:`_confirmers`); a freeze, every other current
        member; a rate, the member it lowers or the others it dilutes (:meth:`_rate_waits`)."""
        if p.kind == "reason":
            return self._confirmers(roles, p.subject), True
        if p.kind == "cause":
            return self._cause_confirmers(roles, p), True
        if p.kind in ("freeze", "terms"):
            return tuple(m for m in self._signers(roles) if m != p.proposed_by), False
        return self._rate_waits(roles, p.subject, p.data["needs"], p.proposed_by), False

    def _propose(
        self,
        roles: Roles,
        kind: str,
        subject: str,
        data: Mapping[str, str],
        by: str,
        *,
        answered: str | None = None,
    ) -> Proposal:
        """Record a proposal and tell each member it waits for (an inbox notice, and the
        e-mail members get for it), but ``answered`` (who answers it in the same step), in
        the step's transaction. A ``cause`` proposal is opened by its leaver's dispute, not
        by its proposer (the recorder, who made no new step): its notice names the leaver
        as who acted, and the recorder apart."""
        number = self.store.add_proposal(roles.venture.id, kind, subject, data, by)
        p = self.store.proposal(roles.venture.id, number)
        assert p is not None
        needed, _ = self._needed(roles, p)
        told = self._told(roles, p, by)
        if kind == "cause":
            told |= {"who": subject, "recorder": "" if by == "admin" else by}
        announce(
            self.on_notice,
            [Notice(m, NoticeKind.VENTURE_PROPOSAL, told) for m in needed if m != answered],
        )
        return p

    def _close(
        self, roles: Roles, p: Proposal, status: str, by: str | None, reason: str = ""
    ) -> None:
        """Close ``p`` (``status``) and tell its proposer, unless they closed it themself
        or are gone (an admin, an erased member)."""
        self.store.close_proposal(p.id, status, by, reason)
        proposer = p.proposed_by
        if proposer in (by, "admin") or self.people.get_profile(proposer) is None:
            return
        facts = self._told(roles, p, by or "") | {"status": status}
        announce(self.on_notice, [Notice(proposer, NoticeKind.PROPOSAL_ANSWER, facts)])

    @staticmethod
    def _told(roles: Roles, p: Proposal, who: str) -> dict[str, str]:
        """What a notice about proposal ``p`` says: who acted (none: an admin, or nobody
        when it settled), the venture, the proposal's number and kind."""
        venture = roles.venture
        facts = {
            "who": "" if who == "admin" else who,
            "venture": venture.id,
            "title": venture.name or venture.id,
            "proposal": str(p.id),
            "what": p.kind,
        }
        if p.kind == "rate":  # which salary: whose, how much, from when
            facts |= {"member": p.subject} | {
                k: p.data[k] for k in ("salary", "paid_salary", "effective")
            }
        return facts

    def _unanswerable(self, roles: Roles, p: Proposal) -> bool:
        """True when nobody is left to answer open proposal ``p`` (:meth:`_settle`)."""
        needed, one = self._needed(roles, p)
        return not needed if one else all(m in p.accepted_by for m in needed)

    def _settle(self, roles: Roles) -> None:
        """Close the open proposals nobody is left to answer: an erased member's word is
        no longer asked (they cannot sign in), as for an end (:meth:`_signers`). A salary,
        a freeze or new terms whose every member asked who is left has accepted applies,
        checked again as if made now (as it would have applied at once had nobody been
        asked), or lapses when it can no longer apply (time posted since, say); a leaver's
        own good reason with no owner left to confirm it lapses (their worst case stays:
        nobody but its author vouched for it). Must run in a transaction."""
        for p in self.store.proposals(roles.venture.id, open_only=True):
            if not self._unanswerable(roles, p):
                continue
            if self._needed(roles, p)[1]:
                self._close(roles, p, "lapsed", None, "no owner left to confirm it")
                continue
            try:
                self._apply(roles, p)
            except CofoundryError as exc:
                self._close(roles, p, "lapsed", None, str(exc)[:MAX_NOTE])
            else:
                self._close(
                    roles, p, "accepted", None, "every member asked who is left accepted it"
                )
            logger.info("venture proposal settled")

    def _one_open(self, roles: Roles, kind: str, subject: str, what: str) -> None:
        """No other proposal of ``kind`` about ``subject`` is open, or a :class:`Conflict`."""
        self._settle(roles)
        for p in self.store.proposals(roles.venture.id, kind=kind, open_only=True):
            if p.subject == subject:
                raise Conflict(
                    f"{what} proposed by {p.proposed_by!r} (proposal {p.id}) already waits for"
                    f" {', '.join(self.waiting_for(roles.venture.id, p)) or 'an answer'}",
                    field="proposal",
                    value=p.id,
                    hint=f"answer proposal {p.id}, or its proposer withdraws it, first",
                )

    def answer_proposal(
        self,
        venture_id: str,
        number: int,
        accept: bool,
        note: str = "",
        *,
        actor: Actor | None,
    ) -> Proposal:
        """Accept or decline (with a reason) proposal ``number``, as a member it waits for
        (:meth:`_needed`); its proposer declining it withdraws it. When the last word it
        waits for is given, it applies: the rate is recorded, the pie frozen, the leaver's
        good reason applied (their report is then the one kept for it). A declined leaver's
        reason stays their worst case; the leaver may still dispute their departure."""
        note = parse_text(note, "note", MAX_NOTE)
        with self.db.transaction():
            roles = self._readable(venture_id, actor)
            assert actor is not None
            self._settle(roles)
            p = self.store.proposal(venture_id, number)
            if p is None:
                raise UnknownItem(
                    f"no proposal {number} in venture {venture_id!r}",
                    field="proposal",
                    value=number,
                    hint=f"list the venture's proposals (GET /ventures/{venture_id}/proposals)",
                )
            if p.status != "open":
                raise Conflict(
                    f"proposal {number} of venture {venture_id!r} was already {p.status}",
                    field="proposal",
                    value=number,
                    hint="an answer is given once, to an open proposal",
                )
            me = actor.profile_id or ("admin" if actor.is_admin else None)
            withdraw = not accept and me is not None and me == p.proposed_by
            needed, _ = self._needed(roles, p)
            if not withdraw:
                waiting = [m for m in needed if m not in p.accepted_by]
                if me in p.accepted_by:  # a second click, another tab: said as such
                    raise Conflict(
                        f"{me!r} accepted proposal {number} of venture {venture_id!r} already;"
                        f" it waits for {', '.join(waiting) or 'an answer'}",
                        field="proposal",
                        value=number,
                        hint="an answer is given once: nothing more to do",
                    )
                self._require(
                    ANSWER_PROPOSAL, actor, str(number), waiting, roles,
                    waiting=", ".join(waiting) or "nobody",
                )  # fmt: skip
            # a leaver's reason and a disputed cause: recovery rules still apply after a freeze
            self._open(roles, frozen_ok=p.kind in ("reason", "cause"))
            assert me is not None
            if withdraw:
                self.store.close_proposal(p.id, "withdrawn", me, note)
                # those it still waited for learn there is nothing to answer any more
                told = self._told(roles, p, me) | {"status": "withdrawn", "done": "1"}
                asked = [m for m in needed if m not in p.accepted_by and m != me]
                announce(
                    self.on_notice, [Notice(m, NoticeKind.VENTURE_PROPOSAL, told) for m in asked]
                )
            elif not accept:
                if not note:
                    raise InvalidInput(
                        "declining a proposal needs a reason",
                        field="note",
                        hint="say what you dispute: the salary, the day, the reason",
                    )
                self.store.add_proposal_answer(p.id, me, False, note)
                self._close(roles, p, "declined", me, note)
            else:
                self._accepted(roles, p, me, note)
            done = self.store.proposal(venture_id, number)
            assert done is not None
        logger.info("venture proposal answered")
        return done

    def _accepted(self, roles: Roles, p: Proposal, me: str, note: str) -> None:
        """``me`` accepts open proposal ``p``; with the last word it waits for, it applies
        (:meth:`_apply`) and closes, its proposer told."""
        needed, one = self._needed(roles, p)
        self.store.add_proposal_answer(p.id, me, True, note)
        if one or set(needed) <= p.accepted_by | {me}:
            self._apply(roles, p)
            self._close(roles, p, "accepted", me)

    def _apply(self, roles: Roles, p: Proposal) -> None:
        """What an accepted proposal does, checked again as if it were made now."""
        venture_id = roles.venture.id
        if p.kind == "rate":
            rate = Rate(
                p.subject,
                dt.date.fromisoformat(p.data["effective"]),
                Decimal(p.data["salary"]),
                Decimal(p.data["paid_salary"]),
            )
            self._check_rate(roles, rate)
            self.store.add_rate(venture_id, rate)
        elif p.kind == "terms":
            terms = parse_terms({k: v for k, v in p.data.items() if v is not None})
            self._check_terms(roles, terms)
            self.store.add_terms(venture_id, terms)
        elif p.kind == "freeze":
            day = dt.date.fromisoformat(p.data["on"])
            self._check_freeze(roles, day)
            self.store.freeze(venture_id, day, p.proposed_by)
        else:  # "cause" (a disputed cost confirmed) or "reason" (a leaver's own good reason)
            # the departure as it would count once confirmed: the reason the recorder gave
            # (``disputed`` keeps it) or the one the leaver claimed (``claimed``)
            held = "disputed" if p.kind == "cause" else "claimed"
            ledger = self._ledger(venture_id)
            left_on = self._proposal_day(p, ledger)
            if left_on is not None:
                what = f"confirming proposal {p.id} ({p.kind}),"
                self._unsigned(roles, left_on, "proposal", p.id, what)
            changes: dict[str, Any] = {held: None}
            confirmed = [
                replace(d, reason=getattr(d, held), **changes)
                if d.member == p.subject and getattr(d, held) is not None
                else d
                for d in ledger.departures
            ]
            self._check_well(replace(ledger, departures=tuple(confirmed)))

    # ---------------------------------------------------------- signed days
    def _last_signed(self, venture_id: str) -> SignedDay | None:
        """The latest day every current member signed, or None: nothing dated on or
        before it changes (:meth:`_unsigned`)."""
        days = self.store.signed_days(venture_id)
        return days[-1] if days else None

    def _unsigned(
        self,
        roles: Roles,
        day: dt.date,
        field: str,
        value: object,
        what: str,
        signed: SignedDay | _Unread | None = _UNREAD,
    ) -> None:
        """A write dated ``day`` (``what``: "a cash entry") leaves every signed split as
        signed: ``day`` is after the latest day every current member signed, or a
        :class:`~matcher.errors.SignedSplit` naming the write's ``field`` and ``value``,
        that day, and the fix. Called in the write's own transaction (the signed day read
        there), by every write that changes what :func:`ledger_as_of` holds: a new entry,
        a reversal, an approval or a rejection, a departure and a dispute of it, a
        confirmed cause or reason, a salary, terms, a freeze (``signed``: as an import
        read it)."""
        last = self._last_signed(roles.venture.id) if isinstance(signed, _Unread) else signed
        if last is None or day > last.day:
            return
        signed_on = last.day.isoformat()
        raise SignedSplit(
            f"{what} dated {day.isoformat()} would change the split of {signed_on}, which"
            f" every member of venture {roles.venture.id!r} signed: nothing dated on or"
            f" before {signed_on} changes",
            field=field,
            value=value,
            signed=last.day,
            hint=f"date it after {signed_on}",
        )

    @staticmethod
    def _proposal_day(p: Proposal, ledger: Ledger) -> dt.date | None:
        """The day from which open proposal ``p`` would change the ledger once accepted
        (a salary's or terms' effective day, a freeze's day, a departure's for a cause or
        a leaver's reason)."""
        if p.kind == "terms":
            day = dt.date.fromisoformat(p.data["effective"])
            return _terms_reach(ledger.terms, day, ledger.venture.start)
        if p.kind == "rate":
            return dt.date.fromisoformat(p.data["effective"])
        if p.kind == "freeze":
            return dt.date.fromisoformat(p.data["on"])
        return next((d.on for d in ledger.departures if d.member == p.subject), None)

    def sign_day(
        self,
        venture_id: str,
        day: dt.date,
        ledger_hash_seen: str,
        *,
        actor: Actor | None,
        member: str | None = None,
    ) -> DayStatus:
        """``actor`` (a current member, for themself: ``member``, when given, is them) signs
        the split of ``day`` for the fingerprint they read (``ledger_hash_seen``, as the
        split document of that day prints it). ``day`` is within the venture's life and not
        after today; nothing dated on or before it waits for a member's word (an entry for
        approval, a salary, terms, a freeze, a cause or reason for confirmation); the
        fingerprint is that day's now. When every current member (erased ones aside:
        :meth:`_signers`) has signed the same fingerprint, the day is signed, for good:
        from then on every write dated on or before it is refused (:meth:`_unsigned`).
        Signing again is a no-op; a member who joined after the day was signed may add
        their signature to it."""
        if not isinstance(ledger_hash_seen, str) or not _HEX64.fullmatch(ledger_hash_seen.strip()):
            raise InvalidInput(
                "ledger_hash must be the 64 hexadecimal characters of the split's SHA-256,"
                f" got {str(ledger_hash_seen)[:80]!r}",
                field="ledger_hash",
                value=str(ledger_hash_seen)[:80],
                hint="copy the fingerprint the split document of that day prints",
            )
        seen = ledger_hash_seen.strip().lower()
        with self.db.transaction():
            roles = self._readable(venture_id, actor)
            assert actor is not None
            me = actor.profile_id
            signers = self._signers(roles)
            parties = signers if member is None or member == me else ()
            self._require(SIGN_DAY, actor, member or me, parties, roles)
            assert me is not None
            today = self.today()
            self._from_start(roles, day, "day", last=today)
            if day > today:
                raise DayOutOfRange(
                    f"day {day.isoformat()} is in the future (today is {today.isoformat()}):"
                    " a split is signed for a day that has come",
                    field="day",
                    value=day.isoformat(),
                    first=roles.venture.start,
                    last=today,
                    hint=f"sign a day from {roles.venture.start.isoformat()} to"
                    f" {today.isoformat()}",
                )
            self._settle(roles)
            ledger = self._ledger(venture_id)
            what = f"signing the split of {day.isoformat()}"
            self._none_pending(
                (e for e in ledger.entries if e.on <= day),
                ledger.venture,
                "day",
                day.isoformat(),
                what,
            )
            waiting = [
                p
                for p in self.store.proposals(venture_id, open_only=True)
                if (self._proposal_day(p, ledger) or day) <= day
            ]
            if waiting:
                raise Conflict(
                    f"proposals {', '.join(str(p.id) for p in waiting)}"
                    f" ({', '.join(p.kind for p in waiting)}) wait for an answer and would"
                    f" change the split of {day.isoformat()}",
                    field="day",
                    value=day.isoformat(),
                    hint=f"answer them (or their proposers withdraw them) before {what}",
                )
            digest = ledger_hash(ledger, day)
            if seen != digest:
                raise Conflict(
                    f"the fingerprint you sign ({seen[:16]}...) is not that of the split of"
                    f" {day.isoformat()} now: {digest}",
                    field="ledger_hash",
                    value=seen,
                    hint=f"read the split of {day.isoformat()} again (something dated by then"
                    " was recorded since), then sign the fingerprint it shows",
                )
            self.store.add_day_signature(venture_id, day, me, digest)
            self._seal(roles, ledger, (day,))
            return self._day_status(roles, ledger, day)

    def seal_after_erasure(self, venture_id: str) -> None:
        """In the erasure's transaction, once the erased person's profile is gone: a day
        every member left has signed for its fingerprint now (the erased member was the
        one awaited) is signed (:meth:`_seal`), as after a departure."""
        roles = self._roles(venture_id)
        if roles is None:  # the person's own venture, deleted whole
            return
        days = {s.day for s in self.store.day_signatures(venture_id)}
        if days:
            self._seal(roles, self._ledger(venture_id), days)

    def _seal(self, roles: Roles, ledger: Ledger, days: Iterable[dt.date]) -> None:
        """Record as signed each of ``days`` (not signed yet) that every current member
        (:meth:`_signers`) has signed for its fingerprint now: after a signature, and after
        a departure, which leaves the members who all signed a day (the leaver was the one
        awaited) with it signed, not open to a back-dated write until one of them signs
        again. Must run in a transaction."""
        venture_id = roles.venture.id
        signers = set(self._signers(roles))
        signed = {d.day for d in self.store.signed_days(venture_id)}
        signatures = self.store.day_signatures(venture_id)
        for day in sorted(set(days) - signed):
            digest = ledger_hash(ledger, day)
            done = {s.member for s in signatures if s.day == day and s.ledger_hash == digest}
            if signers and signers <= done:
                self.store.add_signed_day(venture_id, day, digest)
                logger.info("venture day signed")

    def _day_status(self, roles: Roles, ledger: Ledger, day: dt.date) -> DayStatus:
        venture_id = roles.venture.id
        digest = ledger_hash(ledger, day)
        signed = next((d for d in self.store.signed_days(venture_id) if d.day == day), None)
        counted = signed.ledger_hash if signed is not None else digest
        mine = [s for s in self.store.day_signatures(venture_id) if s.day == day]
        counts = tuple(s for s in mine if s.ledger_hash == counted)
        who = {s.member for s in counts}
        latest: dict[str, DaySignature] = {}
        for s in mine:  # each member's latest stale signature, if they have not signed again
            if s.ledger_hash != counted and s.member not in who:
                latest[s.member] = s
        awaited = () if signed else tuple(m for m in self._signers(roles) if m not in who)
        return DayStatus(day, digest, signed, counts, tuple(latest.values()), awaited)

    def day_status(self, venture_id: str, day: dt.date, *, actor: Actor | None) -> DayStatus:
        """Where the signing of ``day``'s split stands (to the venture's readers)."""
        roles = self._readable(venture_id, actor)
        # the ledger read on its own (its parsed entries kept between calls: a read inside
        # a writer's transaction would parse every entry again, 0.9 s at 100,000)
        return self._day_status(roles, self._ledger(venture_id), day)

    def signed_days(self, venture_id: str, *, actor: Actor | None) -> list[SignedDay]:
        """The days every current member signed, the earliest first (to its readers)."""
        self._readable(venture_id, actor)
        return self.store.signed_days(venture_id)

    def signatures(self, venture_id: str, *, actor: Actor | None) -> list[DayStatus]:
        """Every day someone signed the split of, the latest first (to its readers)."""
        roles = self._readable(venture_id, actor)
        ledger = self._ledger(venture_id)  # on its own, as for day_status
        days = sorted({s.day for s in self.store.day_signatures(venture_id)}, reverse=True)
        return [self._day_status(roles, ledger, d) for d in days]

    # ------------------------------------------------------------------ end
    def end_record(self, venture_id: str, *, actor: Actor | None) -> EndRecord | None:
        """The venture's end (ended, signed off) or its proposal waiting for confirmations."""
        self._readable(venture_id, actor)
        return self.store.current_end(venture_id)

    @staticmethod
    def _rewritten(ledger: Ledger, end: EndRecord) -> bool:
        """True when ``ledger`` is no longer the one its members confirmed at ``end``: once a
        venture has ended nothing changes its ledger but an erasure (the person's id becomes
        a pseudonym, their notes go), which changes its hash, not its split."""
        return end.status == "ended" and ledger_hash(ledger) != end.ledger_hash

    def rewritten_since_end(self, venture_id: str, *, actor: Actor | None) -> bool:
        """True when the venture ended and its ledger was rewritten by an erasure since (its
        members confirmed another hash): the pages and the split document say so."""
        self._readable(venture_id, actor)
        end = self.store.current_end(venture_id)
        return end is not None and self._rewritten(self._ledger(venture_id), end)

    def propose_end(
        self, venture_id: str, on: dt.date | None = None, *, actor: Actor | None
    ) -> EndRecord:
        """Propose to end the venture on ``on`` (an owner; default today). The ledger locks;
        every current member confirms it (:meth:`confirm_end`) or one declines it. The
        proposer's own confirmation is recorded with the proposal; a venture whose only
        member proposes ends at once."""
        with self.db.transaction():
            roles, actor = self._owner_step(
                venture_id, actor, PROPOSE_END, venture_id, frozen_ok=True
            )
            me = actor.profile_id
            assert me is not None
            day = on or self.today()
            self._in_life(roles, day)
            ledger = self._ledger(venture_id)
            self._none_pending(
                ledger.entries, ledger.venture, "on", day.isoformat(), "ending the venture"
            )
            self._settle(roles)
            waiting = self.store.proposals(venture_id, open_only=True)
            if waiting:
                raise Conflict(
                    f"proposals {', '.join(str(p.id) for p in waiting)} wait for an answer"
                    f" ({', '.join(p.kind for p in waiting)})",
                    field="proposal",
                    value=waiting[0].id,
                    hint="answer them (or their proposers withdraw them) before ending the venture",
                )
            dates = [e.on for e in ledger.entries] + [d.on for d in ledger.departures]
            # its document holds the whole ledger, the hash its members confirm
            dates += [r.effective for r in ledger.rates] + [t.effective for t in ledger.terms]
            dates += [ledger.venture.freeze] if ledger.venture.freeze else []
            self._not_before(
                day,
                dates,
                "on",
                lambda last: (
                    f"end date {day.isoformat()} is before the ledger's last date ({last})",
                    f"end it on {last} or later",
                ),
            )
            digest = ledger_hash(ledger)
            end_id = self.store.add_end(venture_id, day, me, digest)
            self.store.add_end_confirmation(end_id, me, digest)
            if set(self._signers(roles)) <= {me}:
                self.store.close_end(end_id, "ended", me)
            record = self.store.current_end(venture_id)
            assert record is not None
        logger.info("venture end proposed")
        return record

    def confirm_end(
        self,
        venture_id: str,
        ledger_hash_seen: str,
        *,
        proposal: int | None = None,
        actor: Actor | None,
    ) -> EndRecord:
        """Confirm the proposed end for the ledger one saw (its hash, from the proposal or
        the split document); once every current member has (but the erased ones:
        :meth:`_signers`), the venture is ended. ``proposal``: the id of the proposal one
        read (a page's form carries it): a confirmation of a proposal since declined never
        confirms a later one, which may end the same ledger on another day."""
        with self.db.transaction():
            roles = self._readable(venture_id, actor)
            assert actor is not None
            record = self._proposal(roles)
            self._require(CONFIRM_END, actor, venture_id, roles.members, roles)
            self._answers(record, proposal, "confirm")
            me = actor.profile_id
            assert me is not None
            seen = ledger_hash_seen.strip().lower()  # hexadecimal: its letters' case aside
            if seen != record.ledger_hash:
                raise Conflict(
                    f"the ledger you confirm (hash {ledger_hash_seen[:16]!r}...) is not the"
                    f" one proposed for the end (hash {record.ledger_hash[:16]}...)",
                    field="ledger_hash",
                    value=ledger_hash_seen[:80],
                    hint="read the split document again and confirm the hash it shows",
                )
            self.store.add_end_confirmation(record.id, me, seen)
            confirmed = {c[0] for c in record.confirmations} | {me}
            if set(self._signers(roles)) <= confirmed:
                self.store.close_end(record.id, "ended", me)
            done = self.store.current_end(venture_id)
            assert done is not None
        return done

    def decline_end(
        self,
        venture_id: str,
        reason: str,
        *,
        proposal: int | None = None,
        actor: Actor | None,
    ) -> EndRecord:
        """Decline the proposed end, with a reason (a current member): the ledger reopens.
        ``proposal``: the id of the proposal one read (the page's form carries it), as for
        :meth:`confirm_end`: a decline written for a proposal since declined never declines
        a later one."""
        reason = self._reason(
            reason, "declining an end", "say what must change before the venture ends"
        )
        with self.db.transaction():
            roles = self._readable(venture_id, actor)
            assert actor is not None
            record = self._proposal(roles)
            self._require(DECLINE_END, actor, venture_id, roles.members, roles)
            self._answers(record, proposal, "decline")
            self.store.close_end(record.id, "declined", actor.profile_id, reason)
        return replace(record, status="declined", closed_by=actor.profile_id, reason=reason)

    @staticmethod
    def _answers(record: EndRecord, proposal: int | None, verb: str) -> None:
        """An answer (``verb``: "confirm", "decline") that names the proposal it read
        answers that one only: if another is open now, a :class:`Conflict` on ``proposal``
        whose value is the day now proposed (the pages say it the reader's way)."""
        if proposal is not None and proposal != record.id:
            raise Conflict(
                f"the end you {verb} (proposal {proposal}) is no longer proposed; the"
                f" proposal now open ({record.id}) ends the venture on {record.on.isoformat()}",
                field="proposal",
                value=record.on.isoformat(),
                hint="read the proposal now open, then confirm or decline it",
            )

    def _proposal(self, roles: Roles) -> EndRecord:
        record = self.store.current_end(roles.venture.id)
        if record is None or record.status != "proposed":
            what = "has ended" if record is not None else "has no proposed end"
            raise Conflict(
                f"venture {roles.venture.id!r} {what}",
                field="venture",
                value=roles.venture.id,
                hint="an owner proposes the end first" if record is None else "nothing to do",
            )
        return record

    # --------------------------------------------------------------- import
    def import_ledger(
        self,
        venture_id: str,
        data: bytes | str,
        *,
        actor: Actor | None,
        skip_invalid: bool = False,
    ) -> LedgerImport:
        """Import a ledger from a spreadsheet's CSV (an owner): one entry per row, columns
        ``member, kind, on, amount, hours, months, paid, condition, rate, note`` and an
        optional ``key``, or their French names, with kinds in English or the venture page's
        French (:data:`_IMPORT_ALIASES`, :data:`_KIND_ALIASES`). Rows about the owner count as their own posts; rows about other
        members count once each member approves them. Every bad row is reported by line,
        field and fix; nothing is written if any row is bad, unless ``skip_invalid``.
        Importing the same file again adds nothing (each row's key is its content)."""
        source = "ledger CSV"
        header, rows = read_csv(
            data,
            source=source,
            hint="split the ledger into several files",
            columns=",".join(IMPORT_COLUMNS[:4]),
        )
        snap = self._import_snapshot(venture_id, actor)
        assert actor is not None
        self._require(IMPORT_LEDGER, actor, venture_id, snap.roles.owners, snap.roles)
        columns = {c: _IMPORT_ALIASES.get(_column(c), _column(c)) for c in header}
        unknown = [c for c, name in columns.items() if name not in IMPORT_COLUMNS]
        missing = [c for c in ("member", "kind", "on") if c not in columns.values()]
        if unknown or missing:
            what = f"unknown column {unknown[0]!r}" if unknown else f"no column {missing[0]!r}"
            raise InvalidInput(
                f"{source}: line 1: {what}",
                field="file",
                value=(unknown or missing)[0],
                hint=f"the columns are {', '.join(IMPORT_COLUMNS)} (member, kind, on required)",
            )
        if not rows:
            raise InvalidInput(
                f"{source}: no rows under the header", field="file", hint="one line per entry"
            )
        cells = []
        for row in rows:
            cell = {columns[c]: v for c, v in row.cells.items()}
            kind = _KIND_ALIASES.get(_column(str(cell.get("kind") or "")))
            if kind is not None:
                cell["kind"] = kind.value
            cells.append((row.line, cell))
        # a row's error names the column as the file does (``taux``, not ``rate``)
        named = {name: c for c, name in columns.items()}
        # check every row outside the writer lock, against the ledger as read once
        plan = self._plan_import(snap, cells, actor, named)
        try:
            if plan.rejected and not skip_invalid:
                raise ImportFailed(list(plan.rejected), source=source)
            with self.db.transaction():  # the write: short, all or nothing
                if self._import_state(venture_id, actor) != snap.state:
                    # the venture changed since the rows were checked: check them again,
                    # under the lock this time, where nothing changes
                    snap = self._import_snapshot(venture_id, actor)
                    plan = self._plan_import(snap, cells, actor, named)
                    if plan.rejected and not skip_invalid:
                        raise ImportFailed(list(plan.rejected), source=source)
                self.store.add_entries(venture_id, plan.new)
                self._ask_approval(snap.roles, [e for e, _, _ in plan.new])
        except ImportFailed as exc:
            exc.hint = (
                "fix the rows and import the file again, or import with skip-invalid to"
                " write the valid rows (the file can be imported again: rows already"
                " recorded are not counted twice)"
            )
            raise
        # read back after the commit (the rows never change), outside the writer lock
        written = (
            self.store.ledger_rows(venture_id, after=plan.new[0][0].id - 1) if plan.new else []
        )
        last = plan.new[-1][0].id if plan.new else 0
        posted = [
            self._view(snap.ledger, r, created=True, reversed_by=None)
            for r in written
            if r.entry.id <= last
        ]
        rejected, already = plan.rejected, plan.already
        logger.info(
            "ledger import: %d new, %d already, %d refused",
            len(posted),
            already,
            len(rejected),
        )
        return LedgerImport(tuple(posted), already, tuple(rejected))

    def _import_snapshot(self, venture_id: str, actor: Actor | None) -> _Snapshot:
        """What an import checks its rows against, read in one short transaction (an
        :class:`UnknownVenture` if ``actor`` may not read the venture)."""
        with self.db.transaction():
            state = self._import_state(venture_id, actor)
            ledger = self._ledger(venture_id)
            keys = self.store.entry_keys(venture_id)
        return _Snapshot(state, ledger, keys)

    def _import_state(self, venture_id: str, actor: Actor | None) -> _ImportState:
        """What an import's checks depend on besides the entries themselves (a handful of
        statements, whatever the size of the ledger): :attr:`_Snapshot.state`."""
        return (
            self._readable(venture_id, actor),
            self._settings(venture_id),
            self.store.current_end(venture_id),
            self.store.frozen(venture_id),
            self.store.ledger_version(venture_id),
            self._last_signed(venture_id),
        )

    def _plan_import(
        self,
        snap: _Snapshot,
        rows: Sequence[tuple[int, dict[str, str]]],
        actor: Actor | None,
        named: Mapping[str, str] | None = None,
    ) -> _ImportPlan:
        """Check every row as :meth:`post` would, in order, each against the ledger and the
        rows accepted before it: the entries to write (numbered), how many rows were there
        already, and each refused row's error naming its line, and its column as the file
        names it (``named``: field -> the file's column; :attr:`InvalidInput.column`)."""
        assert actor is not None
        venture_id = snap.roles.venture.id
        entries = list(snap.ledger.entries)
        budget = TimeBudget(snap.roles.venture.start, entries)
        well = WellFold(lambda: replace(snap.ledger, entries=tuple(entries)))
        keys = dict(snap.keys)
        number = max((e.id for e in entries), default=0) + 1
        seen: dict[str, int] = {}
        new: list[tuple[Entry, str, str]] = []
        rejected: list[InvalidInput] = []
        already = 0
        for line, cells in rows:
            cells = dict(cells)
            user_key = cells.pop("key", "")
            try:
                entry = parse_entry(cells)
                if user_key:
                    key = self._check_key(user_key)
                else:
                    digest = content_hash(venture_id, entry)
                    seen[digest] = seen.get(digest, 0) + 1
                    key = f"{RESERVED_KEY}import-{digest[:32]}-{seen[digest]}"
                author = None if not actor.is_admin else entry.member
                checked = self._check_row(
                    snap, entries, budget, well, keys, entry, key, actor, author
                )
            except CofoundryError as exc:
                rejected.append(
                    InvalidInput(
                        f"line {line}: {exc.detail}",
                        field=exc.field,
                        value=exc.value,
                        hint=exc.hint,
                        line=line,
                        column=(named or {}).get(exc.field or ""),
                    )
                )
                continue
            if checked is None:
                already += 1
                continue
            entry, h = checked
            entry = replace(entry, id=number)
            number += 1
            entries.append(entry)
            budget.add(entry)
            well.add(entry)
            keys[(entry.author or "", key)] = (entry.id, h)
            new.append((entry, key, h))
        return _ImportPlan(tuple(new), already, tuple(rejected))

    def _check_row(
        self,
        snap: _Snapshot,
        entries: Sequence[Entry],
        budget: TimeBudget,
        well: WellFold,
        keys: Mapping[tuple[str, str], tuple[int, str]],
        entry: Entry,
        key: str,
        actor: Actor,
        author: str | None,
    ) -> tuple[Entry, str] | None:
        """:meth:`_post`'s checks of one imported row, in its order, against what the
        import read (``entries``, ``budget`` and ``keys`` include the rows accepted before
        it): the entry and its content hash, or None when its key holds it already."""
        roles, ledger = snap.roles, snap.ledger
        venture_id = roles.venture.id
        who = self._acting(actor, author or (entry.author or None))
        assert who.profile_id is not None
        entry = replace(entry, author=who.profile_id, reverses=None, approved=False, rejected=False)
        h = content_hash(venture_id, entry)
        existing = keys.get((who.profile_id, key))
        if existing is not None:
            if existing[1] != h:
                raise Conflict(
                    f"idempotency key {key!r} was already used for entry {existing[0]} with"
                    " different content",
                    field="idempotency_key",
                    value=key,
                    hint="use a new key for a new entry; retry only with identical content",
                )
            return None
        self._check_new(
            roles,
            who,
            entry,
            ledger,
            end=snap.end,
            frozen=snap.frozen,
            entries=lambda: entries,
            signed=snap.signed,
            budget=budget,
            well=well,
        )
        return entry, h
