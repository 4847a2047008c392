"""Equity use cases: ventures, their append-only Slicing Pie ledger, splits and departures.

Permissions (decided here, from an :class:`~matcher.access.Actor`):

* creating a venture makes the creator a member; admins may do everything;
* only members of a venture read it (others are told it does not exist);
* members add members, rates, terms and departures, and post entries as themselves;
* only the author of an entry, its approver or an admin may reverse it; any member other
  than the author may approve it (when the venture asks for approval).

Posting is idempotent: the same idempotency key with the same content returns the entry
already posted; the same key with different content is a :class:`~matcher.errors.Conflict`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import secrets
from dataclasses import dataclass, replace
from decimal import Decimal

from matcher.access import LIST_VENTURES, POST_AS, REVERSE_ENTRY, Actor, signed_in
from matcher.db import Database
from matcher.equity.model import (
    Computation,
    Condition,
    Departure,
    DepartureReport,
    Entry,
    Kind,
    Ledger,
    Numbers,
    Rate,
    Split,
    Terms,
    Venture,
    check_entry,
    departure_reports,
    slices_for,
    split,
    terms_on,
    timeline,
)
from matcher.equity.store import EquityStore, LedgerRow
from matcher.errors import (
    Conflict,
    InvalidInput,
    NotAllowed,
    UnknownEntry,
    UnknownVenture,
)
from matcher.ids import check_id
from matcher.notices import Notice, NoticeKind, Notify, announce

__all__ = ["EquityService", "Posted"]

logger = logging.getLogger(__name__)

MAX_KEY = 200
MAX_NOTE = 2000


@dataclass(frozen=True, slots=True)
class Posted:
    """A ledger entry as shown to a member: the row, its computation, and whether it counts."""

    row: LedgerRow
    computation: Computation | None
    reversed_by: int | None
    counts: bool
    created: bool = False


def content_hash(venture_id: str, entry: Entry) -> str:
    """A stable hash of what an entry says (not its id, approval or posting time).

    Examples
    --------
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


class EquityService:
    """Slicing Pie use cases over a :class:`~matcher.db.Database`.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> svc = EquityService(connect())
    >>> ana, bob = Actor("ana"), Actor("bob")
    >>> _ = svc.create_venture("acme", "Acme", actor=ana)
    >>> _ = svc.add_member("acme", "bob", actor=ana)
    >>> _ = svc.set_rate("acme", Rate("ana", dt.date(2024, 1, 1), Decimal(100_000)), actor=ana)
    >>> p = svc.post("acme", {"member": "ana", "kind": "time", "on": "2024-01-02", "hours": 10},
    ...              key="k1", actor=ana)
    >>> p.computation.slices
    Fraction(1000, 1)
    >>> _ = svc.post("acme", {"member": "bob", "kind": "cash", "on": "2024-01-02", "amount": 250},
    ...              key="k2", actor=bob)
    >>> [(m.member, str(m.percent)) for m in svc.split("acme", actor=ana).members]
    [('ana', '50.00'), ('bob', '50.00')]
    """

    #: ventures whose entries' numbers are kept between splits (least recently used dropped)
    KEEP_NUMBERS = 16

    def __init__(self, db: Database) -> None:
        self.db = db
        self.store = EquityStore(db)
        #: told of each member added to a venture, in its transaction (the inbox)
        self.on_notice: list[Notify] = []
        self._kept: dict[str, Numbers] = {}

    def warm(self, limit: int | None = None) -> int:
        """Read and fold the ledgers of the most recently active ventures (``KEEP_NUMBERS`` by
        default): their parsed entries and entries' numbers are then kept, so the first split
        or history after a start pays neither the cold read nor the computation of every
        entry. Returns how many ventures were warmed.

        Examples
        --------
        >>> from matcher.schema import connect
        >>> svc = EquityService(connect())
        >>> _ = svc.create_venture("v", actor=Actor("ana"))
        >>> _ = svc.post("v", {"member": "ana", "kind": "cash", "on": "2024-01-01",
        ...                    "amount": "10"}, key="k", actor=Actor("ana"))
        >>> svc.warm(), len(svc._numbers("v").of(svc._ledger("v")))
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

    # ------------------------------------------------------------ access
    def _venture(self, venture_id: str, actor: Actor | None) -> Venture:
        actor = signed_in(actor)
        venture = self.store.get_venture(venture_id)
        members = self.store.venture_members(venture_id) if venture else []
        if venture is None or not (actor.is_admin or actor.profile_id in members):
            raise UnknownVenture(f"no venture {venture_id!r} that you belong to", value=venture_id)
        return venture

    def _author(self, venture_id: str, actor: Actor, author: str | None) -> str:
        """Who acts: the member behind the token, or (for an admin) the member named."""
        if not actor.is_admin:
            if author is not None:
                POST_AS.require(actor, author)
            assert actor.profile_id is not None
            return actor.profile_id
        if author is None:
            raise InvalidInput(
                "an admin must name the member who acts",
                field="author",
                value=None,
                hint="give --author MEMBER (or the author field)",
            )
        self._member(venture_id, author, "author")
        return author

    def _member(self, venture_id: str, member_id: str, field: str = "member") -> str:
        if member_id not in self.store.venture_members(venture_id):
            raise InvalidInput(
                f"{field} {member_id!r} is not a member of venture {venture_id!r}",
                field=field,
                value=member_id,
                hint="add them first (pie member add)",
            )
        return member_id

    # ----------------------------------------------------------- ventures
    def create_venture(
        self,
        venture_id: str | None,
        name: str = "",
        *,
        actor: Actor | None,
        require_approval: bool = False,
        freeze: dt.date | None = None,
        terms: Terms | None = None,
    ) -> Venture:
        """Create a venture; its creator (unless an admin without a profile) becomes a member.

        With ``venture_id`` None the id is picked here, 80 random bits (``v-`` and 20 hex
        digits): nobody can probe for it. A chosen id is public (taken: 409, whoever holds it).
        """
        actor = signed_in(actor)
        venture_id = venture_id or f"v-{secrets.token_hex(10)}"
        venture = Venture(check_id(venture_id, "venture"), name[:200], require_approval, freeze)
        with self.db.transaction():
            if self.store.get_venture(venture_id) is not None:
                raise Conflict(
                    f"venture {venture_id!r} already exists",
                    field="venture",
                    value=venture_id,
                    hint="choose another id",
                )
            self.store.add_venture(venture, actor.profile_id)
            self.store.add_terms(venture_id, terms or Terms())
            if actor.profile_id is not None:
                self.store.add_venture_member(venture_id, actor.profile_id, actor.profile_id)
        logger.info("venture created")  # no ids in logs: they outlive an erasure
        return venture

    def get_venture(self, venture_id: str, *, actor: Actor | None) -> Venture:
        """A venture its caller belongs to."""
        return self._venture(venture_id, actor)

    def ventures_of(self, member_id: str, *, actor: Actor | None) -> list[Venture]:
        """The ventures ``member_id`` belongs to (to that member or an admin)."""
        LIST_VENTURES.require(actor, member_id)
        found = (self.store.get_venture(v) for v in self.store.member_ventures(member_id))
        return [v for v in found if v is not None]

    def members(self, venture_id: str, *, actor: Actor | None) -> list[str]:
        """Member ids of a venture."""
        self._venture(venture_id, actor)
        return self.store.venture_members(venture_id)

    def add_member(self, venture_id: str, member_id: str, *, actor: Actor | None) -> list[str]:
        """Add a member (any member may); return the members."""
        with self.db.transaction():
            venture = self._venture(venture_id, actor)
            by = actor.profile_id if actor else None
            if self.store.add_venture_member(venture_id, check_id(member_id, "member"), by):
                facts = {
                    "who": by or "",
                    "venture": venture.id,
                    "title": venture.name or venture.id,
                }
                if member_id != by:
                    announce(self.on_notice, [Notice(member_id, NoticeKind.VENTURE_INVITE, facts)])
        return self.store.venture_members(venture_id)

    def set_freeze(
        self, venture_id: str, freeze: dt.date | None, *, actor: Actor | None
    ) -> Venture:
        """Set (or clear) the date after which the pie stops growing."""
        with self.db.transaction():
            venture = replace(self._venture(venture_id, actor), freeze=freeze)
            self.store.set_venture(venture)
        return venture

    def set_terms(self, venture_id: str, terms: Terms, *, actor: Actor | None) -> tuple[Terms, ...]:
        """New terms from ``terms.effective`` on; they may not reach back over posted entries."""
        with self.db.transaction():
            self._venture(venture_id, actor)
            for name in ("non_cash_multiplier", "cash_multiplier", "hours_per_year"):
                v: Decimal = getattr(terms, name)
                if not v.is_finite() or v <= 0:
                    raise InvalidInput(
                        f"terms: {name} must be > 0, got {v}",
                        field=name,
                        value=str(v),
                        hint="the model's defaults are 2 (non-cash), 4 (cash), 2000 hours",
                    )
            last = max((e.on for e in self.store.ledger_entries(venture_id)), default=None)
            if last is not None and terms.effective <= last:
                raise InvalidInput(
                    f"terms effective {terms.effective.isoformat()} would change entries already"
                    f" posted (last on {last.isoformat()})",
                    field="effective",
                    value=terms.effective.isoformat(),
                    hint="a change of terms applies to future contributions only; pick a later date",
                )
            if any(t.effective == terms.effective for t in self.store.venture_terms(venture_id)):
                raise Conflict(
                    f"venture {venture_id!r} already has terms effective"
                    f" {terms.effective.isoformat()}",
                    field="effective",
                    value=terms.effective.isoformat(),
                    hint="terms are append-only; pick another effective date",
                )
            self.store.add_terms(venture_id, terms)
        return self.store.venture_terms(venture_id)

    def terms_on(self, venture_id: str, on: dt.date, *, actor: Actor | None) -> Terms:
        """The venture's terms in force on ``on`` (members only)."""
        self._venture(venture_id, actor)
        return terms_on(self.store.venture_terms(venture_id), on)

    def set_rate(self, venture_id: str, rate: Rate, *, actor: Actor | None) -> tuple[Rate, ...]:
        """Record a member's fair market salary (and cash salary paid) from a date."""
        with self.db.transaction():
            self._venture(venture_id, actor)
            self._member(venture_id, rate.member)
            for name, v in (("salary", rate.salary), ("paid_salary", rate.paid_salary)):
                if not v.is_finite() or v < 0:
                    raise InvalidInput(
                        f"rate of {rate.member!r}: {name} must be >= 0, got {v}",
                        field=name,
                        value=str(v),
                        hint="give yearly amounts, e.g. 100000",
                    )
            if rate.paid_salary > rate.salary:
                raise InvalidInput(
                    f"rate of {rate.member!r}: paid_salary {rate.paid_salary} is above the fair"
                    f" market salary {rate.salary}",
                    field="paid_salary",
                    value=str(rate.paid_salary),
                    hint="a member paid at or above market puts no time at risk",
                )
            if any(
                r.member == rate.member and r.effective == rate.effective
                for r in self.store.member_rates(venture_id)
            ):
                raise Conflict(
                    f"{rate.member!r} already has a rate effective {rate.effective.isoformat()}",
                    field="effective",
                    value=rate.effective.isoformat(),
                    hint="rates are append-only; give the new rate a later effective date",
                )
            self.store.add_rate(venture_id, rate)
        return self.store.member_rates(venture_id)

    # ------------------------------------------------------------- ledger
    @staticmethod
    def parse_entry(raw: dict[str, object]) -> Entry:
        """An :class:`Entry` from plain values (strings, numbers), with errors naming the field.

        Examples
        --------
        >>> EquityService.parse_entry({"member": "ana", "kind": "cash", "on": "2024-01-02",
        ...                            "amount": "12.50"}).amount
        Decimal('12.50')
        """

        def dec(name: str) -> Decimal:
            value = raw.get(name)
            if value is None or value == "":
                return Decimal(0)
            try:
                return Decimal(str(value))
            except ArithmeticError:
                raise InvalidInput(
                    f"{name} must be a number, got {value!r}",
                    field=name,
                    value=str(value),
                    hint="write amounts like 1250.50",
                ) from None

        def choice(name: str, cls: type[Kind] | type[Condition], default: str | None) -> str:
            value = raw.get(name, default)
            options = [c.value for c in cls]
            if value not in options:
                raise InvalidInput(
                    f"{name} must be one of {', '.join(options)}, got {value!r}",
                    field=name,
                    value=value,
                    hint=f"use one of {', '.join(options)}",
                )
            return str(value)

        on = raw.get("on")
        try:
            day = on if isinstance(on, dt.date) else dt.date.fromisoformat(str(on))
        except ValueError:
            raise InvalidInput(
                f"on must be a date YYYY-MM-DD, got {on!r}",
                field="on",
                value=str(on),
                hint="e.g. 2024-03-01",
            ) from None
        rate = raw.get("rate")
        note = str(raw.get("note") or "")
        if len(note) > MAX_NOTE:
            raise InvalidInput(
                f"note is {len(note)} characters, over {MAX_NOTE}",
                field="note",
                value=len(note),
                hint="shorten the note",
            )
        return Entry(
            id=0,
            member=str(raw.get("member") or ""),
            kind=Kind(choice("kind", Kind, None)),
            on=day,
            amount=dec("amount"),
            hours=dec("hours"),
            months=dec("months"),
            paid=dec("paid"),
            condition=Condition(choice("condition", Condition, "new")),
            rate=None if rate is None or rate == "" else dec("rate"),
            note=note,
        )

    def _view(
        self, ledger: Ledger, row: LedgerRow, created: bool = False, reversed_by: int | None = -1
    ) -> Posted:
        entry = row.entry
        if reversed_by == -1:
            reversed_by = self.store.reversal_of(entry.id)
        computation = None
        if entry.reverses is None:
            terms = [t for t in ledger.terms if t.effective <= entry.on] or [ledger.terms[0]]
            computation = slices_for(entry, terms[-1], ledger.rates)
        counts = (
            entry.reverses is None
            and reversed_by is None
            and (entry.approved or not ledger.venture.require_approval)
        )
        return Posted(row, computation, reversed_by, counts, created)

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

    def post(
        self,
        venture_id: str,
        raw: dict[str, object] | Entry,
        *,
        key: str,
        actor: Actor | None,
        author: str | None = None,
    ) -> Posted:
        """Append a contribution (or Well deposit, withdrawal, repayment) to the ledger.

        Retrying with the same ``key`` and the same content returns the original entry.
        """
        entry = raw if isinstance(raw, Entry) else self.parse_entry(raw)
        if not key or len(key) > MAX_KEY:
            raise InvalidInput(
                f"idempotency key must be 1-{MAX_KEY} characters, got {len(key or '')}",
                field="idempotency_key",
                value=key,
                hint="send a unique Idempotency-Key per new entry (e.g. a UUID)",
            )
        with self.db.transaction():
            venture = self._venture(venture_id, actor)
            assert actor is not None
            who = self._author(venture_id, actor, author or (entry.author or None))
            entry = replace(entry, author=who, reverses=None, approved=False)
            h = content_hash(venture_id, entry)
            existing = self.store.entry_by_key(venture_id, key)
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
            self._member(venture_id, entry.member)
            check_entry(entry)
            ledger = self._settings(venture_id)
            if any(d.member == entry.member for d in ledger.departures):
                raise InvalidInput(
                    f"member {entry.member!r} has left venture {venture_id!r}",
                    field="member",
                    value=entry.member,
                    hint="a leaver's pie is settled; record contributions before the departure",
                )
            if (
                venture.freeze is not None
                and entry.on > venture.freeze
                and entry.kind is not Kind.REPAYMENT
            ):
                raise InvalidInput(
                    f"venture {venture_id!r} froze its pie on {venture.freeze.isoformat()};"
                    f" a contribution on {entry.on.isoformat()} is after the freeze",
                    field="on",
                    value=entry.on.isoformat(),
                    hint="after the freeze pay contributions in cash; the split is fixed",
                )
            terms = [t for t in ledger.terms if t.effective <= entry.on] or [ledger.terms[0]]
            slices_for(entry, terms[-1], ledger.rates)  # refuses a time entry without a rate
            new_id = self.store.add_entry(venture_id, entry, key, h)
            row = self.store.ledger_entry(venture_id, new_id)
            assert row is not None
            posted = self._view(ledger, row, created=True)
        logger.debug("ledger entry posted")  # no ids in logs
        return posted

    def _entry(self, venture_id: str, entry_id: int) -> LedgerRow:
        row = self.store.ledger_entry(venture_id, entry_id)
        if row is None:
            raise UnknownEntry(f"no entry {entry_id} in venture {venture_id!r}", value=entry_id)
        return row

    def reverse(
        self,
        venture_id: str,
        entry_id: int,
        *,
        actor: Actor | None,
        author: str | None = None,
        on: dt.date | None = None,
        note: str = "",
    ) -> Posted:
        """Post the reversing entry of ``entry_id`` (its author, its approver or an admin).

        Its idempotency key is ``reverse-<id>``: retrying returns the same reversal.
        """
        with self.db.transaction():
            self._venture(venture_id, actor)
            assert actor is not None
            who = self._author(venture_id, actor, author)
            row = self._entry(venture_id, entry_id)
            original = row.entry
            if original.reverses is not None:
                raise Conflict(
                    f"entry {entry_id} is itself a reversal of entry {original.reverses}",
                    field="entry",
                    value=entry_id,
                    hint="post the original again if the reversal was wrong",
                )
            REVERSE_ENTRY.require(
                actor if actor.is_admin else Actor(who),
                str(entry_id),
                [p for p in (original.author, row.approver) if p],
                value=entry_id,
                author=original.author,
            )
            key = f"reverse-{entry_id}"
            done = self.store.reversal_of(entry_id)
            if done is not None:
                previous = self._entry(venture_id, done)
                if previous.key == key and previous.entry.author == who:
                    return self._view(self._settings(venture_id), previous)
                raise Conflict(
                    f"entry {entry_id} is already reversed by entry {done}",
                    field="entry",
                    value=entry_id,
                    hint="an entry can be reversed only once",
                )
            day = max(on or dt.date.today(), original.on)
            reversal = replace(
                original, id=0, on=day, reverses=entry_id, author=who, note=note[:MAX_NOTE]
            )
            new_id = self.store.add_entry(
                venture_id, reversal, key, content_hash(venture_id, reversal)
            )
            new_row = self.store.ledger_entry(venture_id, new_id)
            assert new_row is not None
        return self._view(self._settings(venture_id), new_row, created=True)

    def approve(
        self, venture_id: str, entry_id: int, *, actor: Actor | None, author: str | None = None
    ) -> Posted:
        """Approve an entry: a member other than its author (idempotent)."""
        with self.db.transaction():
            self._venture(venture_id, actor)
            assert actor is not None
            who = self._author(venture_id, actor, author)
            row = self._entry(venture_id, entry_id)
            if row.entry.reverses is not None:
                raise InvalidInput(
                    f"entry {entry_id} is a reversal; reversals need no approval",
                    field="entry",
                    value=entry_id,
                    hint="approve the entries that add slices",
                )
            if who == row.entry.author:
                raise NotAllowed(
                    f"entry {entry_id} was posted by {who!r}: another member must approve it",
                    field="entry",
                    value=entry_id,
                    hint="ask another member of the venture to approve it",
                )
            if row.approver is None:
                self.store.add_approval(entry_id, who)
            row = self._entry(venture_id, entry_id)
            return self._view(self._settings(venture_id), row)

    def ledger(self, venture_id: str, *, actor: Actor | None) -> list[Posted]:
        """Every entry with its computation, in posting order (members only)."""
        self._venture(venture_id, actor)
        with self.db.transaction():  # one consistent snapshot
            settings = self._settings(venture_id)
            rows = self.store.ledger_rows(venture_id)
        reversed_by = {r.entry.reverses: r.entry.id for r in rows if r.entry.reverses is not None}
        return [
            self._view(settings, row, reversed_by=reversed_by.get(row.entry.id)) for row in rows
        ]

    # ------------------------------------------------------------- splits
    def split(self, venture_id: str, *, actor: Actor | None, as_of: dt.date | None = None) -> Split:
        """The split as of a date (default: the latest ledger date)."""
        self._venture(venture_id, actor)
        return split(self._ledger(venture_id), as_of=as_of, numbers=self._numbers(venture_id))

    def timeline(
        self, venture_id: str, *, actor: Actor | None, dates: list[dt.date] | None = None
    ) -> list[Split]:
        """Splits at every date the ledger changes (or at ``dates``)."""
        self._venture(venture_id, actor)
        return timeline(self._ledger(venture_id), dates, numbers=self._numbers(venture_id))

    def _check_departure(self, venture_id: str, ledger: Ledger, departure: Departure) -> None:
        self._member(venture_id, departure.member)
        if any(d.member == departure.member for d in ledger.departures):
            raise Conflict(
                f"member {departure.member!r} already left venture {venture_id!r}",
                field="member",
                value=departure.member,
                hint="a departure is recorded once",
            )
        later = [
            e.id
            for e in ledger.entries
            if e.member == departure.member and e.on > departure.on and e.reverses is None
        ]
        if later:
            raise InvalidInput(
                f"member {departure.member!r} has entries after {departure.on.isoformat()}"
                f" (first: {later[0]})",
                field="on",
                value=departure.on.isoformat(),
                hint="date the departure on or after the leaver's last contribution",
            )

    def leave(
        self, venture_id: str, departure: Departure, *, actor: Actor | None
    ) -> DepartureReport:
        """Record a departure; return the leaver's slices before and after the recovery rules."""
        with self.db.transaction():
            self._venture(venture_id, actor)
            assert actor is not None
            who = actor.profile_id or "admin"
            self._check_departure(venture_id, self._ledger(venture_id), departure)
            self.store.add_departure(venture_id, departure, who)
        ledger = self._ledger(venture_id)
        return next(
            r
            for r in departure_reports(ledger, as_of=departure.on)
            if r.departure.member == departure.member
        )

    def preview_departure(
        self, venture_id: str, departure: Departure, *, actor: Actor | None
    ) -> tuple[DepartureReport, Split, Split]:
        """What a departure would do, without recording it: the leaver's report and the
        venture's split on the departure date without it and with it.

        Examples
        --------
        >>> from matcher.equity.model import Reason
        >>> from matcher.schema import connect
        >>> svc = EquityService(connect())
        >>> ana = Actor("ana")
        >>> _ = svc.create_venture("acme", actor=ana); _ = svc.add_member("acme", "bob", actor=ana)
        >>> for who, amount in (("ana", 100), ("bob", 300)):
        ...     _ = svc.post("acme", {"member": who, "kind": "cash", "on": "2024-01-02",
        ...                           "amount": amount}, key=who, actor=Actor(who))
        >>> leave = Departure("bob", dt.date(2024, 2, 1), Reason.FIRED_FOR_CAUSE)
        >>> report, before, after = svc.preview_departure("acme", leave, actor=ana)
        >>> str(report.slices_before), str(report.slices_after)
        ('1200', '300')
        >>> [str(m.percent) for m in before.members], [str(m.percent) for m in after.members]
        (['25.00', '75.00'], ['57.14', '42.86'])
        >>> svc.departures("acme", actor=ana)
        []
        """
        self._venture(venture_id, actor)
        ledger = self._ledger(venture_id)
        self._check_departure(venture_id, ledger, departure)
        left = replace(ledger, departures=(*ledger.departures, departure))
        report = next(
            r
            for r in departure_reports(left, as_of=departure.on)
            if r.departure.member == departure.member
        )
        return report, split(ledger, as_of=departure.on), split(left, as_of=departure.on)

    def departures(self, venture_id: str, *, actor: Actor | None) -> list[DepartureReport]:
        """The recovery report of every departure so far."""
        self._venture(venture_id, actor)
        ledger = self._ledger(venture_id)
        return departure_reports(ledger, as_of=dt.date.max)
