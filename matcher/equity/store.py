"""The tables of ventures and their append-only Slicing Pie ledger, and their queries.

Ledger rows (entries, approvals, departures) are only ever inserted: triggers refuse
``UPDATE`` and ``DELETE``. The one controlled exception is erasure
(:meth:`EquityStore.pseudonymise`), which drops the triggers inside the erasure's
transaction, replaces the person's id by a pseudonym, and re-creates them from the
exact SQL read before (DDL is transactional in SQLite: other connections never see
the ledger without its triggers). On PostgreSQL the trigger function lets through the
one transaction that set ``cofoundry.erasing`` (``SET LOCAL``: it ends with it).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from matcher.db import Database, utcnow_text
from matcher.equity.model import (
    Condition,
    Departure,
    Entry,
    Kind,
    Ledger,
    Rate,
    Reason,
    Terms,
    Venture,
)

__all__ = ["APPEND_ONLY", "EntryRewrite", "EquityStore", "LedgerRow", "m_equity"]

#: Tables whose triggers make them append-only (see :func:`m_equity`).
APPEND_ONLY = ("ledger_entries", "approvals", "departures")


def m_equity(db: Database) -> None:
    """Slicing Pie ventures and their append-only ledger (see :mod:`matcher.equity`)."""
    for sql in (
        "CREATE TABLE ventures (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
        ' require_approval INTEGER NOT NULL, "freeze" TEXT, created_by TEXT, created_at TEXT NOT NULL)',
        "CREATE TABLE venture_members (venture_id TEXT NOT NULL REFERENCES ventures(id),"
        " member_id TEXT NOT NULL, added_by TEXT, added_at TEXT NOT NULL,"
        " PRIMARY KEY (venture_id, member_id))",
        "CREATE TABLE venture_terms (venture_id TEXT NOT NULL REFERENCES ventures(id),"
        " effective TEXT NOT NULL, data TEXT NOT NULL, created_at TEXT NOT NULL,"
        " PRIMARY KEY (venture_id, effective))",
        "CREATE TABLE member_rates (venture_id TEXT NOT NULL, member_id TEXT NOT NULL,"
        " effective TEXT NOT NULL, salary TEXT NOT NULL, paid_salary TEXT NOT NULL,"
        " created_at TEXT NOT NULL, PRIMARY KEY (venture_id, member_id, effective),"
        " FOREIGN KEY (venture_id, member_id) REFERENCES venture_members(venture_id, member_id)"
        " DEFERRABLE INITIALLY IMMEDIATE)",
        f"CREATE TABLE ledger_entries (id {db.id_column()},"
        " venture_id TEXT NOT NULL REFERENCES ventures(id), member_id TEXT NOT NULL,"
        " kind TEXT NOT NULL, on_date TEXT NOT NULL, amount TEXT NOT NULL, hours TEXT NOT NULL,"
        " months TEXT NOT NULL, paid TEXT NOT NULL, condition TEXT NOT NULL, rate TEXT,"
        " reverses INTEGER UNIQUE REFERENCES ledger_entries(id), author TEXT NOT NULL,"
        " note TEXT NOT NULL, idempotency_key TEXT NOT NULL, content_hash TEXT NOT NULL,"
        " created_at TEXT NOT NULL, UNIQUE (venture_id, idempotency_key))",
        "CREATE INDEX ledger_entries_venture ON ledger_entries (venture_id, on_date)",
        "CREATE TABLE approvals (entry_id INTEGER PRIMARY KEY REFERENCES ledger_entries(id),"
        " approver TEXT NOT NULL, created_at TEXT NOT NULL)",
        f"CREATE TABLE departures (id {db.id_column()},"
        " venture_id TEXT NOT NULL REFERENCES ventures(id), member_id TEXT NOT NULL,"
        " on_date TEXT NOT NULL, reason TEXT NOT NULL, buyback INTEGER NOT NULL,"
        " refused INTEGER NOT NULL, author TEXT NOT NULL, created_at TEXT NOT NULL,"
        " UNIQUE (venture_id, member_id))",
    ):
        db.execute(sql)
    # The ledger is append-only: the database itself refuses to change or remove a row.
    if db.dialect == "postgresql":
        # one function for the three tables; an erasure lifts it for its own transaction
        # only (SET LOCAL cofoundry.erasing, see EquityStore.pseudonymise)
        db.execute(
            "CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN IF current_setting('cofoundry.erasing', true) = 'on' THEN"
            " RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;"
            " RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$"
        )
    for table in APPEND_ONLY:
        for op in ("UPDATE", "DELETE"):
            if db.dialect == "postgresql":
                db.execute(
                    f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table}"
                    " FOR EACH ROW EXECUTE FUNCTION ledger_append_only()"
                )
            else:
                db.execute(
                    f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table}"
                    f" BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                )


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """A ledger entry with its audit fields: idempotency key, content hash, time, approver."""

    entry: Entry
    key: str
    content_hash: str
    created_at: str
    approver: str | None


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@dataclass(frozen=True, slots=True)
class _EntriesCache:
    """A venture's parsed ledger entries, valid while its last entry and the approvals match.

    Ledger rows and approvals are append-only (triggers refuse UPDATE and DELETE), so the
    entries up to ``last_id`` never change, except that an entry may become approved: a new
    approval changes ``approvals`` (the count of the approvals table).
    """

    last_id: int
    last_hash: str
    approvals: int
    entries: tuple[Entry, ...]
    epoch: str = ""  # meta 'erasure_epoch': an erasure rewrites ledger rows in place


@dataclass(frozen=True, slots=True)
class EntryRewrite:
    """New values of one ledger entry whose member or author is erased."""

    id: int
    member: str
    author: str
    note: str
    key: str
    content_hash: str


class EquityStore:
    """Ventures, members, terms, rates and the ledger, over a :class:`~matcher.db.Database`.

    Parsed ledger entries are cached per venture (the ledger is append-only), so keep one
    store per database and share it.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> store = EquityStore(connect())
    >>> with store.db.transaction():
    ...     store.add_venture(Venture("acme", "Acme"), created_by="ana")
    ...     _ = store.add_venture_member("acme", "ana", added_by="ana")
    >>> store.venture_members("acme"), store.ledger("acme").venture.name
    (['ana'], 'Acme')
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._ledger_cache: dict[str, _EntriesCache] = {}  # parsed entries per venture

    def forget_cache(self) -> None:
        """Drop every parsed ledger (after an erasure rewrote ledger rows)."""
        self._ledger_cache.clear()

    def add_venture(self, venture: Venture, created_by: str | None) -> None:
        """Insert a venture. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            'INSERT INTO ventures (id, name, require_approval, "freeze", created_by, created_at)'
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                venture.id,
                venture.name,
                int(venture.require_approval),
                venture.freeze.isoformat() if venture.freeze else None,
                created_by,
                utcnow_text(),
            ],
        )

    def set_venture(self, venture: Venture) -> None:
        """Change a venture's settings (name, approval rule, freeze date); not its ledger."""
        self.db.require_transaction()
        self.db.execute(
            'UPDATE ventures SET name = ?, require_approval = ?, "freeze" = ? WHERE id = ?',
            [
                venture.name,
                int(venture.require_approval),
                venture.freeze.isoformat() if venture.freeze else None,
                venture.id,
            ],
        )

    def get_venture(self, venture_id: str) -> Venture | None:
        """The venture with this id, or None."""
        row = self.db.execute(
            'SELECT id, name, require_approval, "freeze" FROM ventures WHERE id = ?', [venture_id]
        ).fetchone()
        if row is None:
            return None
        return Venture(row[0], row[1], bool(row[2]), _date(row[3]) if row[3] else None)

    def add_venture_member(self, venture_id: str, member_id: str, added_by: str | None) -> bool:
        """Add a member; False if already one. Must run in a transaction."""
        self.db.require_transaction()
        cur = self.db.execute(
            "INSERT INTO venture_members (venture_id, member_id, added_by, added_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [venture_id, member_id, added_by, utcnow_text()],
        )
        return bool(cur.rowcount)

    def venture_members(self, venture_id: str) -> list[str]:
        """Member ids of a venture, sorted."""
        rows = self.db.execute(
            "SELECT member_id FROM venture_members WHERE venture_id = ? ORDER BY member_id",
            [venture_id],
        ).fetchall()
        return [r[0] for r in rows]

    def recent_ventures(self, limit: int) -> list[str]:
        """Ids of the ``limit`` ventures with the latest ledger entries, latest first."""
        rows = self.db.execute(
            "SELECT venture_id FROM ledger_entries GROUP BY venture_id ORDER BY max(id) DESC"
            " LIMIT ?",
            [limit],
        ).fetchall()
        return [r[0] for r in rows]

    def member_ventures(self, member_id: str) -> list[str]:
        """Ids of the ventures ``member_id`` belongs to."""
        rows = self.db.execute(
            "SELECT venture_id FROM venture_members WHERE member_id = ? ORDER BY venture_id",
            [member_id],
        ).fetchall()
        return [r[0] for r in rows]

    def add_terms(self, venture_id: str, terms: Terms) -> None:
        """Record the venture's terms from ``terms.effective`` on. Must run in a transaction."""
        self.db.require_transaction()
        data = {
            k: (str(v) if v is not None else None)
            for k, v in (
                ("non_cash_multiplier", terms.non_cash_multiplier),
                ("cash_multiplier", terms.cash_multiplier),
                ("hours_per_year", terms.hours_per_year),
                ("commission_rate", terms.commission_rate),
                ("royalty_rate", terms.royalty_rate),
                ("finder_rate", terms.finder_rate),
                ("finder_threshold", terms.finder_threshold),
                ("finder_rate_above", terms.finder_rate_above),
            )
        }
        self.db.execute(
            "INSERT INTO venture_terms (venture_id, effective, data, created_at) VALUES (?, ?, ?, ?)",
            [
                venture_id,
                terms.effective.isoformat(),
                json.dumps(data, sort_keys=True),
                utcnow_text(),
            ],
        )

    def venture_terms(self, venture_id: str) -> tuple[Terms, ...]:
        """The venture's terms, oldest first (the model's defaults if none were recorded)."""
        rows = self.db.execute(
            "SELECT effective, data FROM venture_terms WHERE venture_id = ? ORDER BY effective",
            [venture_id],
        ).fetchall()
        out = []
        for effective, data in rows:
            raw: dict[str, Any] = {
                k: (Decimal(v) if v is not None else None) for k, v in json.loads(data).items()
            }
            out.append(Terms(effective=_date(effective), **raw))
        return tuple(out) or (Terms(),)

    def add_rate(self, venture_id: str, rate: Rate) -> None:
        """Record a member's fair market salary from a date. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO member_rates (venture_id, member_id, effective, salary, paid_salary,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                venture_id,
                rate.member,
                rate.effective.isoformat(),
                str(rate.salary),
                str(rate.paid_salary),
                utcnow_text(),
            ],
        )

    def member_rates(self, venture_id: str) -> tuple[Rate, ...]:
        """Every rate of a venture's members, by member then date."""
        rows = self.db.execute(
            "SELECT member_id, effective, salary, paid_salary FROM member_rates"
            " WHERE venture_id = ? ORDER BY member_id, effective",
            [venture_id],
        ).fetchall()
        return tuple(Rate(r[0], _date(r[1]), Decimal(r[2]), Decimal(r[3])) for r in rows)

    def add_entry(self, venture_id: str, entry: Entry, key: str, content_hash: str) -> int:
        """Append a ledger entry (its ``id`` is ignored); return the new id. In a transaction."""
        self.db.require_transaction()
        row = self.db.execute(
            "INSERT INTO ledger_entries (venture_id, member_id, kind, on_date, amount, hours,"
            " months, paid, condition, rate, reverses, author, note, idempotency_key,"
            " content_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " RETURNING id",
            [
                venture_id,
                entry.member,
                entry.kind.value,
                entry.on.isoformat(),
                str(entry.amount),
                str(entry.hours),
                str(entry.months),
                str(entry.paid),
                entry.condition.value,
                None if entry.rate is None else str(entry.rate),
                entry.reverses,
                entry.author,
                entry.note,
                key,
                content_hash,
                utcnow_text(),
            ],
        ).fetchone()
        return int(row[0])

    _ENTRY_SQL = (
        "SELECT e.id, e.member_id, e.kind, e.on_date, e.amount, e.hours, e.months, e.paid,"
        " e.condition, e.rate, e.reverses, a.approver IS NOT NULL, e.author, e.note,"
        " e.idempotency_key, e.content_hash, e.created_at, a.approver"
        " FROM ledger_entries e LEFT JOIN approvals a ON a.entry_id = e.id"
    )

    @staticmethod
    def _entry(r: Sequence[Any]) -> Entry:
        return Entry(
            id=int(r[0]),
            member=r[1],
            kind=Kind(r[2]),
            on=_date(r[3]),
            amount=Decimal(r[4]),
            hours=Decimal(r[5]),
            months=Decimal(r[6]),
            paid=Decimal(r[7]),
            condition=Condition(r[8]),
            rate=None if r[9] is None else Decimal(r[9]),
            reverses=r[10],
            approved=bool(r[11]),
            author=r[12],
            note=r[13],
        )

    def _row(self, r: Sequence[Any]) -> LedgerRow:
        return LedgerRow(self._entry(r), r[14], r[15], r[16], r[17])

    _FOLD_SQL = (
        "SELECT e.id, e.member_id, e.kind, e.on_date, e.amount, e.hours, e.months, e.paid,"
        " e.condition, e.rate, e.reverses, a.approver IS NOT NULL, e.author, e.note"
        " FROM ledger_entries e LEFT JOIN approvals a ON a.entry_id = e.id"
        " WHERE e.venture_id = ? AND e.id > ? ORDER BY e.id"
    )

    @staticmethod
    def _entries(rows: Sequence[Sequence[Any]]) -> list[Entry]:
        """Entries from ``_FOLD_SQL`` rows; repeated texts (dates, zeros, kinds) parse once."""
        nums: dict[str, Decimal] = {}
        days: dict[str, dt.date] = {}
        kinds = {k.value: k for k in Kind}
        conditions = {c.value: c for c in Condition}
        out = []
        for r in rows:
            on = days.get(r[3])
            if on is None:
                on = days[r[3]] = dt.date.fromisoformat(r[3])
            vals = []
            for text in (r[4], r[5], r[6], r[7]):
                if text in nums:
                    vals.append(nums[text])
                    continue
                d = Decimal(text)
                if len(nums) < 4096:  # zeros and round amounts; not every random amount
                    nums[text] = d
                vals.append(d)
            rate = None if r[9] is None else Decimal(r[9])
            kind, cond, approved = kinds[r[2]], conditions[r[8]], bool(r[11])
            amount, hours, months, paid = vals
            head = (r[0], r[1], kind, on, amount, hours, months, paid)  # in field order
            out.append(Entry(*head, cond, rate, r[10], approved, r[12], r[13]))
        return out

    def ledger_entries(self, venture_id: str) -> tuple[Entry, ...]:
        """Every entry of a venture, in posting order (with its approval state).

        Parsed entries are cached per venture: the ledger is append-only, so a later call
        reads only the entries added since (by id), and re-reads the approval flags when
        the approvals table has grown. The cache is only filled from a read in a
        transaction of its own (committed rows, which never change).
        """
        return self._cached_entries(venture_id, fill=not self.db.in_transaction)

    def _cached_entries(self, venture_id: str, *, fill: bool) -> tuple[Entry, ...]:
        with self.db.transaction():
            last = self.db.execute(  # max(id): from the venture index alone, no sort
                "SELECT id, content_hash FROM ledger_entries WHERE id ="
                " (SELECT max(id) FROM ledger_entries WHERE venture_id = ?)",
                [venture_id],
            ).fetchone()
            if last is None:
                return ()
            approvals, epoch = self.db.execute(
                "SELECT (SELECT count(*) FROM approvals),"
                " (SELECT value FROM meta WHERE key = 'erasure_epoch')"
            ).fetchone()
            approvals, epoch = int(approvals), str(epoch or "")
            cached = self._ledger_cache.get(venture_id)
            if cached is not None and cached.epoch != epoch:  # rows were pseudonymised
                cached = None
            key = (int(last[0]), str(last[1]), approvals)
            if cached is not None and (cached.last_id, cached.last_hash, cached.approvals) == key:
                return cached.entries
            since = 0 if cached is None or cached.last_id > key[0] else cached.last_id
            old = () if since == 0 or cached is None else cached.entries
            if old and cached is not None and cached.approvals != approvals:
                approved = {
                    int(r[0])
                    for r in self.db.execute(
                        "SELECT a.entry_id FROM approvals a JOIN ledger_entries e"
                        " ON e.id = a.entry_id WHERE e.venture_id = ? AND e.id <= ?",
                        [venture_id, since],
                    ).fetchall()
                }
                old = tuple(
                    replace(e, approved=True) if not e.approved and e.id in approved else e
                    for e in old
                )
            rows = self.db.execute(self._FOLD_SQL, [venture_id, since]).fetchall()
            entries = old + tuple(self._entries(rows))
            if fill:  # a read-only transaction of our own: only committed rows are cached
                self._ledger_cache[venture_id] = _EntriesCache(*key, entries, epoch)
            return entries

    def ledger_rows(self, venture_id: str) -> list[LedgerRow]:
        """Every entry of a venture with its audit fields, in posting order."""
        rows = self.db.execute(
            self._ENTRY_SQL + " WHERE e.venture_id = ? ORDER BY e.id", [venture_id]
        ).fetchall()
        return [self._row(r) for r in rows]

    def ledger_entry(self, venture_id: str, entry_id: int) -> LedgerRow | None:
        """One entry with its audit fields, or None."""
        row = self.db.execute(
            self._ENTRY_SQL + " WHERE e.venture_id = ? AND e.id = ?", [venture_id, entry_id]
        ).fetchone()
        return None if row is None else self._row(row)

    def entry_by_key(self, venture_id: str, key: str) -> LedgerRow | None:
        """The entry posted with this idempotency key, or None."""
        row = self.db.execute(
            self._ENTRY_SQL + " WHERE e.venture_id = ? AND e.idempotency_key = ?",
            [venture_id, key],
        ).fetchone()
        return None if row is None else self._row(row)

    def reversal_of(self, entry_id: int) -> int | None:
        """Id of the entry that reverses ``entry_id``, or None."""
        row = self.db.execute(
            "SELECT id FROM ledger_entries WHERE reverses = ?", [entry_id]
        ).fetchone()
        return None if row is None else int(row[0])

    def add_approval(self, entry_id: int, approver: str) -> None:
        """Record that ``approver`` approved an entry. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO approvals (entry_id, approver, created_at) VALUES (?, ?, ?)",
            [entry_id, approver, utcnow_text()],
        )

    def add_departure(self, venture_id: str, departure: Departure, author: str) -> None:
        """Record a member's departure. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO departures (venture_id, member_id, on_date, reason, buyback, refused,"
            " author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                venture_id,
                departure.member,
                departure.on.isoformat(),
                departure.reason.value,
                int(departure.buyback),
                int(departure.refused),
                author,
                utcnow_text(),
            ],
        )

    def departures(self, venture_id: str) -> tuple[Departure, ...]:
        """A venture's departures, by date."""
        rows = self.db.execute(
            "SELECT member_id, on_date, reason, buyback, refused FROM departures"
            " WHERE venture_id = ? ORDER BY on_date, id",
            [venture_id],
        ).fetchall()
        return tuple(
            Departure(r[0], _date(r[1]), Reason(r[2]), bool(r[3]), bool(r[4])) for r in rows
        )

    def ledger(self, venture_id: str) -> Ledger | None:
        """Everything a split needs, read in one snapshot; None for an unknown venture."""
        fill = (
            not self.db.in_transaction
        )  # not inside a writer's transaction: may fill the entry cache
        with self.db.transaction():  # one consistent read (BEGIN IMMEDIATE also waits for writers)
            venture = self.get_venture(venture_id)
            if venture is None:
                return None
            return Ledger(
                venture,
                self.venture_terms(venture_id),
                self.member_rates(venture_id),
                self._cached_entries(venture_id, fill=fill),
                self.departures(venture_id),
            )

    # ------------------------------------------------------------- privacy
    def ventures_of(self, person: str) -> list[str]:
        """Ventures whose records name the person (member, author, approver, leaver, creator)."""
        rows = self.db.execute(
            "SELECT venture_id FROM venture_members WHERE member_id = ? OR added_by = ?"
            " UNION SELECT venture_id FROM member_rates WHERE member_id = ?"
            " UNION SELECT venture_id FROM ledger_entries WHERE member_id = ? OR author = ?"
            " UNION SELECT e.venture_id FROM approvals a JOIN ledger_entries e"
            " ON e.id = a.entry_id WHERE a.approver = ?"
            " UNION SELECT venture_id FROM departures WHERE member_id = ? OR author = ?"
            " UNION SELECT id FROM ventures WHERE created_by = ? ORDER BY 1",
            [person] * 9,
        ).fetchall()
        return [r[0] for r in rows]

    def solo_ventures(self, person: str) -> list[str]:
        """Ventures whose every member, author and approver is ``person``: nobody depends on them."""
        rows = self.db.execute(
            "SELECT v.id FROM ventures v WHERE EXISTS (SELECT 1 FROM venture_members m"
            " WHERE m.venture_id = v.id AND m.member_id = ?) AND NOT EXISTS (SELECT 1 FROM"
            " venture_members m WHERE m.venture_id = v.id AND m.member_id <> ?) AND NOT EXISTS"
            " (SELECT 1 FROM ledger_entries e LEFT JOIN approvals a ON a.entry_id = e.id"
            " WHERE e.venture_id = v.id AND (e.member_id <> ? OR e.author <> ?"
            " OR a.approver <> ?)) AND NOT EXISTS (SELECT 1 FROM departures d"
            " WHERE d.venture_id = v.id AND (d.member_id <> ? OR d.author <> ?)) ORDER BY v.id",
            [person] * 7,
        ).fetchall()
        return [r[0] for r in rows]

    def pseudonymise(
        self,
        person: str,
        pseudonym: str,
        entries: Sequence[EntryRewrite],
        *,
        drop: Sequence[str] = (),
    ) -> int:
        """Replace ``person`` by ``pseudonym`` in every venture table; return the rows changed.

        ``entries`` carry the new member, author, note, idempotency key and content hash
        of each ledger entry naming the person (computed by the equity rules). The
        append-only triggers are dropped and re-created around the update, in the
        caller's transaction (see the module docstring). The ventures in ``drop`` (the
        person's alone, :meth:`solo_ventures`) are deleted whole instead, their name
        included. Must run in a transaction.
        """
        self.db.require_transaction()
        triggers: list[tuple[str, str]] = []
        if self.db.dialect == "postgresql":  # the triggers let this transaction through
            self.db.execute("SET LOCAL cofoundry.erasing = 'on'")
        else:
            marks = ",".join("?" * len(APPEND_ONLY))
            triggers = self.db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                f" AND tbl_name IN ({marks})",
                list(APPEND_ONLY),
            ).fetchall()
        # venture_members is referenced by member_rates (composite key): check at commit.
        self.db.defer_foreign_keys()
        for name, _ in triggers:
            self.db.execute(f'DROP TRIGGER "{name}"')
        changed = 0
        for venture_id in drop:
            for sql in (
                "DELETE FROM approvals WHERE entry_id IN"
                " (SELECT id FROM ledger_entries WHERE venture_id = ?)",
                "DELETE FROM ledger_entries WHERE venture_id = ? AND reverses IS NOT NULL",
                "DELETE FROM ledger_entries WHERE venture_id = ?",
                "DELETE FROM departures WHERE venture_id = ?",
                "DELETE FROM member_rates WHERE venture_id = ?",
                "DELETE FROM venture_terms WHERE venture_id = ?",
                "DELETE FROM venture_members WHERE venture_id = ?",
                "DELETE FROM ventures WHERE id = ?",
            ):
                changed += self.db.execute(sql, [venture_id]).rowcount
        for sql in (
            "UPDATE venture_members SET member_id = :ps WHERE member_id = :p",
            "UPDATE venture_members SET added_by = :ps WHERE added_by = :p",
            "UPDATE member_rates SET member_id = :ps WHERE member_id = :p",
            "UPDATE ventures SET created_by = :ps WHERE created_by = :p",
            "UPDATE approvals SET approver = :ps WHERE approver = :p",
            "UPDATE departures SET member_id = :ps WHERE member_id = :p",
            "UPDATE departures SET author = :ps WHERE author = :p",
        ):
            changed += self.db.execute(sql, {"p": person, "ps": pseudonym}).rowcount
        for e in entries:
            changed += self.db.execute(
                "UPDATE ledger_entries SET member_id = ?, author = ?, note = ?,"
                " idempotency_key = ?, content_hash = ? WHERE id = ?",
                [e.member, e.author, e.note, e.key, e.content_hash, e.id],
            ).rowcount
        for _, sql in triggers:
            self.db.execute(sql)
        if self.db.dialect == "postgresql":
            self.db.execute("SET LOCAL cofoundry.erasing = 'off'")
        self.forget_cache()  # parsed entries naming the person (always safe)
        return changed
