"""SQLite storage through sqlite-utils: the only module that writes SQL.

* WAL mode for file databases; ``secure_delete`` on, so erased text is overwritten.
* Every write runs inside :meth:`Store.transaction` (``BEGIN IMMEDIATE`` ...
  ``COMMIT``, rolled back on any exception): a crash leaves the old state or the
  new one, never half of a write.
* Versioned migrations (:data:`MIGRATIONS`), recorded in ``schema_migrations``.

Profiles are stored as JSON documents (the columns of :mod:`matcher.profiles`),
vectors as float32 blobs tagged with the model name, dimension and text hash.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import sqlite_utils

from matcher.equity import Condition, Departure, Entry, Kind, Ledger, Rate, Reason, Terms, Venture
from matcher.errors import CofoundryError
from matcher.models import Profile
from matcher.profiles import check_profile, profile_to_dict
from matcher.store_events import m_events
from matcher.store_idempotency import m_idempotency, m_idempotency_subject
from matcher.store_loop import m_feedback, m_venture_story
from matcher.store_privacy import m_privacy
from matcher.store_security import m_security
from matcher.trust import Collaboration, CollabStatus, Endorsement, Introduction

__all__ = ["MIGRATIONS", "LedgerRow", "Store", "StoredVector"]

F32 = npt.NDArray[np.float32]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _m1_initial(db: sqlite_utils.Database) -> None:
    table = db.table
    table("profiles").create(
        {"id": str, "data": str, "created_at": str, "updated_at": str}, pk="id"
    )
    table("vectors").create(
        {
            "profile_id": str,
            "field": str,
            "model": str,
            "dim": int,
            "text_hash": str,
            "vector": bytes,
            "phrases": str,
            "phrase_vectors": bytes,
        },
        pk=("profile_id", "field"),
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    table("tokens").create(
        {
            "token_hash": str,
            "profile_id": str,
            "role": str,
            "label": str,
            "created_at": str,
        },
        pk="token_hash",
    )
    table("tokens").create_index(["profile_id"])
    table("avoids").create({"owner": str, "other": str, "created_at": str}, pk=("owner", "other"))
    table("avoids").create_index(["other"])
    table("meta").create({"key": str, "value": str}, pk="key")
    # One row per write that can change suggestions: the in-memory search state and the
    # saved index catch up from here instead of being rebuilt.
    db.execute(
        "CREATE TABLE changes (version INTEGER PRIMARY KEY AUTOINCREMENT, profile_id TEXT NOT NULL)"
    )


def _m2_equity(db: sqlite_utils.Database) -> None:
    """Slicing Pie ventures and their append-only ledger (see :mod:`matcher.equity`)."""
    for sql in (
        "CREATE TABLE ventures (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
        " require_approval INTEGER NOT NULL, freeze TEXT, created_by TEXT, created_at TEXT NOT NULL)",
        "CREATE TABLE venture_members (venture_id TEXT NOT NULL REFERENCES ventures(id),"
        " member_id TEXT NOT NULL, added_by TEXT, added_at TEXT NOT NULL,"
        " PRIMARY KEY (venture_id, member_id))",
        "CREATE TABLE venture_terms (venture_id TEXT NOT NULL REFERENCES ventures(id),"
        " effective TEXT NOT NULL, data TEXT NOT NULL, created_at TEXT NOT NULL,"
        " PRIMARY KEY (venture_id, effective))",
        "CREATE TABLE member_rates (venture_id TEXT NOT NULL, member_id TEXT NOT NULL,"
        " effective TEXT NOT NULL, salary TEXT NOT NULL, paid_salary TEXT NOT NULL,"
        " created_at TEXT NOT NULL, PRIMARY KEY (venture_id, member_id, effective),"
        " FOREIGN KEY (venture_id, member_id) REFERENCES venture_members(venture_id, member_id))",
        "CREATE TABLE ledger_entries (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " venture_id TEXT NOT NULL REFERENCES ventures(id), member_id TEXT NOT NULL,"
        " kind TEXT NOT NULL, on_date TEXT NOT NULL, amount TEXT NOT NULL, hours TEXT NOT NULL,"
        " months TEXT NOT NULL, paid TEXT NOT NULL, condition TEXT NOT NULL, rate TEXT,"
        " reverses INTEGER UNIQUE REFERENCES ledger_entries(id), author TEXT NOT NULL,"
        " note TEXT NOT NULL, idempotency_key TEXT NOT NULL, content_hash TEXT NOT NULL,"
        " created_at TEXT NOT NULL, UNIQUE (venture_id, idempotency_key))",
        "CREATE INDEX ledger_entries_venture ON ledger_entries (venture_id, on_date)",
        "CREATE TABLE approvals (entry_id INTEGER PRIMARY KEY REFERENCES ledger_entries(id),"
        " approver TEXT NOT NULL, created_at TEXT NOT NULL)",
        "CREATE TABLE departures (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " venture_id TEXT NOT NULL REFERENCES ventures(id), member_id TEXT NOT NULL,"
        " on_date TEXT NOT NULL, reason TEXT NOT NULL, buyback INTEGER NOT NULL,"
        " refused INTEGER NOT NULL, author TEXT NOT NULL, created_at TEXT NOT NULL,"
        " UNIQUE (venture_id, member_id))",
    ):
        db.execute(sql)
    # The ledger is append-only: the database itself refuses to change or remove a row.
    for table in ("ledger_entries", "approvals", "departures"):
        for op in ("UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table}"
                f" BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def _m3_trust(db: sqlite_utils.Database) -> None:
    """Collaborations, endorsements and introductions (see :mod:`matcher.trust`)."""
    for sql in (
        "CREATE TABLE collaborations (id TEXT PRIMARY KEY, proposer TEXT NOT NULL,"
        " partner TEXT NOT NULL, project TEXT NOT NULL, started TEXT NOT NULL, ended TEXT,"
        " status TEXT NOT NULL CHECK (status IN ('proposed', 'confirmed', 'declined')),"
        " proposer_rating INTEGER CHECK (proposer_rating BETWEEN -2 AND 2),"
        " partner_rating INTEGER CHECK (partner_rating BETWEEN -2 AND 2),"
        " proposer_note TEXT NOT NULL, partner_note TEXT NOT NULL, created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL, CHECK (proposer <> partner))",
        "CREATE INDEX collaborations_proposer ON collaborations (proposer)",
        "CREATE INDEX collaborations_partner ON collaborations (partner)",
        "CREATE TABLE endorsements (endorser TEXT NOT NULL, endorsed TEXT NOT NULL,"
        " skill TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (endorser, endorsed, skill),"
        " CHECK (endorser <> endorsed))",
        "CREATE INDEX endorsements_endorsed ON endorsements (endorsed)",
        "CREATE TABLE introductions (id TEXT PRIMARY KEY, requester TEXT NOT NULL,"
        " target TEXT NOT NULL, connector TEXT, message TEXT NOT NULL, created_at TEXT NOT NULL,"
        " expires_at TEXT NOT NULL, target_answer INTEGER, connector_answer INTEGER)",
        "CREATE INDEX introductions_requester ON introductions (requester)",
        "CREATE INDEX introductions_target ON introductions (target)",
        "CREATE INDEX introductions_connector ON introductions (connector)",
    ):
        db.execute(sql)


#: Ordered schema migrations; the position + 1 is the version.
MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _m1_initial,
    _m2_equity,
    _m3_trust,
    m_feedback,
    m_venture_story,
    m_events,
    m_privacy,
    m_security,  # matcher/store_security.py: token expiry, throttle buckets
    m_idempotency,  # matcher/store_idempotency.py
    m_idempotency_subject,  # matcher/store_idempotency.py: whose response (erasure purges it)
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


@dataclass(frozen=True, slots=True, eq=False)
class StoredVector:
    """One encoded field of one profile."""

    profile_id: str
    field: str
    model: str
    dim: int
    text_hash: str
    vector: F32
    phrases: tuple[str, ...]
    phrase_vectors: F32


class Store:
    """The profile database.

    Parameters
    ----------
    path : str or Path
        A database file, or ``":memory:"`` (tests).

    Examples
    --------
    >>> from matcher.profiles import check_profile
    >>> store = Store(":memory:")
    >>> with store.transaction():
    ...     created = store.put_profile(check_profile({"id": "ana", "name": "Ana", "offers": "o",
    ...                                                "needs": "n"}))
    >>> store.get_profile("ana").name, store.schema_version() == len(MIGRATIONS)
    ('Ana', True)
    """

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        if self.path != ":memory:":
            parent = Path(self.path).parent
            if not parent.exists():
                raise CofoundryError(
                    f"database folder {str(parent)!r} does not exist",
                    field="db",
                    value=self.path,
                    hint="create the folder or point COFOUNDRY_DB at a writable path",
                )
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
            if self.path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise CofoundryError(
                f"cannot open database {self.path!r}: {exc}",
                field="db",
                value=self.path,
                hint="check the path is writable, or point COFOUNDRY_DB elsewhere",
            ) from exc
        self.db = sqlite_utils.Database(conn)
        self._lock = threading.RLock()
        self._depth = 0
        self._ledger_cache: dict[str, _EntriesCache] = {}  # equity: parsed entries per venture
        self.migrate()

    # ---------------------------------------------------------- transactions
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``; nested calls join the outer transaction."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self.db.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                self.db.execute("ROLLBACK")
                raise
            self._depth = 0
            self.db.execute("COMMIT")

    def _require_tx(self) -> None:
        if not self._depth:
            raise RuntimeError(
                "write outside a transaction; wrap it in `with store.transaction():`"
            )

    # ------------------------------------------------------------ migrations
    def schema_version(self) -> int:
        """Highest applied migration (0 on an empty database)."""
        if not self.db["schema_migrations"].exists():
            return 0
        row = next(self.db.query("SELECT MAX(version) AS v FROM schema_migrations"))
        return int(row["v"] or 0)

    def migrate(self) -> int:
        """Apply pending migrations, each in its own transaction; return the new version."""
        with self.transaction():
            if not self.db["schema_migrations"].exists():
                self.db.table("schema_migrations").create(
                    {"version": int, "applied_at": str}, pk="version"
                )
            current = self.schema_version()
            for version, step in enumerate(MIGRATIONS, start=1):
                if version > current:
                    step(self.db)
                    self.db.execute(
                        "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                        [version, _now()],
                    )
        return self.schema_version()

    # -------------------------------------------------------------- profiles
    def put_profile(self, profile: Profile) -> bool:
        """Insert or replace a profile; True if it was new. Must run in a transaction."""
        self._require_tx()
        now = _now()
        data = json.dumps(profile_to_dict(profile), ensure_ascii=False, sort_keys=True)
        existed = self.db.execute("SELECT 1 FROM profiles WHERE id = ?", [profile.id]).fetchone()
        if existed:
            self.db.execute(
                "UPDATE profiles SET data = ?, updated_at = ? WHERE id = ?",
                [data, now, profile.id],
            )
        else:
            self.db.execute(
                "INSERT INTO profiles (id, data, created_at, updated_at) VALUES (?, ?, ?, ?)",
                [profile.id, data, now, now],
            )
        self.touch(profile.id)
        return not existed

    def get_profile(self, profile_id: str) -> Profile | None:
        """The profile with this id, or None."""
        row = self.db.execute("SELECT data FROM profiles WHERE id = ?", [profile_id]).fetchone()
        return check_profile(json.loads(row[0])) if row else None

    def profiles(self, ids: Sequence[str] | None = None) -> list[Profile]:
        """All profiles (or those with ``ids``), ordered by id."""
        if ids is None:
            rows = self.db.execute("SELECT data FROM profiles ORDER BY id").fetchall()
        else:
            rows = []
            for chunk in _chunks(list(ids), 500):
                marks = ",".join("?" * len(chunk))
                rows += self.db.execute(
                    f"SELECT data FROM profiles WHERE id IN ({marks}) ORDER BY id", chunk
                ).fetchall()
        return [check_profile(json.loads(r[0])) for r in rows]

    def profile_ids(self) -> set[str]:
        """Ids of every stored profile."""
        return {r[0] for r in self.db.execute("SELECT id FROM profiles").fetchall()}

    def count_profiles(self) -> int:
        """How many profiles are stored."""
        return int(self.db.execute("SELECT COUNT(*) FROM profiles").fetchone()[0])

    def delete_profile(self, profile_id: str) -> bool:
        """Erase a profile, its vectors, tokens and avoid entries; True if it existed."""
        self._require_tx()
        for sql in (
            "DELETE FROM vectors WHERE profile_id = ?",
            "DELETE FROM tokens WHERE profile_id = ?",
            "DELETE FROM avoids WHERE owner = ? OR other = ?",
            "DELETE FROM collaborations WHERE proposer = ? OR partner = ?",
            "DELETE FROM endorsements WHERE endorser = ? OR endorsed = ?",
            "DELETE FROM introductions WHERE requester = ? OR target = ? OR connector = ?",
            _BUMP_TRUST,
        ):
            self.db.execute(sql, [profile_id] * sql.count("?"))
        gone = self.db.execute("DELETE FROM profiles WHERE id = ?", [profile_id]).rowcount
        self.touch(profile_id)
        return bool(gone)

    # --------------------------------------------------------------- vectors
    def put_vector(self, v: StoredVector) -> None:
        """Insert or replace one encoded field. Must run in a transaction."""
        self._require_tx()
        self.db.execute(
            "INSERT OR REPLACE INTO vectors (profile_id, field, model, dim, text_hash, vector,"
            " phrases, phrase_vectors) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                v.profile_id,
                v.field,
                v.model,
                v.dim,
                v.text_hash,
                np.ascontiguousarray(v.vector, dtype=np.float32).tobytes(),
                json.dumps(list(v.phrases), ensure_ascii=False),
                np.ascontiguousarray(v.phrase_vectors, dtype=np.float32).tobytes(),
            ],
        )
        self.touch(v.profile_id)

    def vector_hashes(self, model: str) -> dict[tuple[str, str], str]:
        """``(profile_id, field) -> text_hash`` of the vectors stored for ``model``."""
        rows = self.db.execute(
            "SELECT profile_id, field, text_hash FROM vectors WHERE model = ?", [model]
        ).fetchall()
        return {(r[0], r[1]): r[2] for r in rows}

    def vectors(self, model: str, ids: Iterable[str] | None = None) -> Iterator[StoredVector]:
        """Stored vectors of ``model`` (for ``ids``, or all), in profile id order."""
        sql = (
            "SELECT profile_id, field, model, dim, text_hash, vector, phrases, phrase_vectors"
            " FROM vectors WHERE model = ?"
        )
        if ids is None:
            batches: list[list[str] | None] = [None]
        else:
            batches = list(_chunks(list(ids), 500))
        for chunk in batches:
            params: list[Any] = [model]
            query = sql
            if chunk is not None:
                query += f" AND profile_id IN ({','.join('?' * len(chunk))})"
                params += chunk
            for r in self.db.execute(query + " ORDER BY profile_id, field", params):
                dim = int(r[3])
                yield StoredVector(
                    profile_id=r[0],
                    field=r[1],
                    model=r[2],
                    dim=dim,
                    text_hash=r[4],
                    vector=np.frombuffer(r[5], dtype=np.float32),
                    phrases=tuple(json.loads(r[6])),
                    phrase_vectors=np.frombuffer(r[7], dtype=np.float32).reshape(-1, dim),
                )

    # ------------------------------------------------------------ version
    def touch(self, profile_id: str) -> int:
        """Record that ``profile_id`` changed (profile, vectors, deletion); return the new version."""
        self._require_tx()
        cur = self.db.execute("INSERT INTO changes (profile_id) VALUES (?)", [profile_id])
        return int(cur.lastrowid or 0)

    def data_version(self) -> int:
        """A counter that grows with every profile or vector write (0 on an empty database)."""
        row = self.db.execute("SELECT MAX(version) FROM changes").fetchone()
        return int(row[0] or 0)

    def changed_since(self, version: int) -> set[str]:
        """Ids of the profiles written after ``version`` (see :meth:`data_version`)."""
        rows = self.db.execute(
            "SELECT DISTINCT profile_id FROM changes WHERE version > ?", [version]
        ).fetchall()
        return {r[0] for r in rows}

    # ---------------------------------------------------------------- tokens
    def add_token(self, token_hash: str, profile_id: str | None, role: str, label: str) -> None:
        """Store a token by its hash. Must run in a transaction."""
        self._require_tx()
        self.db.execute(
            "INSERT INTO tokens (token_hash, profile_id, role, label, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [token_hash, profile_id, role, label, _now()],
        )

    def find_token(self, token_hash: str) -> tuple[str | None, str] | None:
        """``(profile_id, role)`` of a token hash, or None."""
        row = self.db.execute(
            "SELECT profile_id, role FROM tokens WHERE token_hash = ?", [token_hash]
        ).fetchone()
        return (row[0], row[1]) if row else None

    # ---------------------------------------------------------------- avoids
    def add_avoid(self, owner: str, other: str) -> None:
        """``owner`` never wants to be matched with ``other``. Must run in a transaction."""
        self._require_tx()
        self.db.execute(
            "INSERT OR IGNORE INTO avoids (owner, other, created_at) VALUES (?, ?, ?)",
            [owner, other, _now()],
        )

    def remove_avoid(self, owner: str, other: str) -> bool:
        """Take ``other`` off ``owner``'s avoid list; True if it was there."""
        self._require_tx()
        return bool(
            self.db.execute(
                "DELETE FROM avoids WHERE owner = ? AND other = ?", [owner, other]
            ).rowcount
        )

    def avoid_list(self, owner: str) -> list[str]:
        """Ids on ``owner``'s own avoid list (private to the owner)."""
        rows = self.db.execute(
            "SELECT other FROM avoids WHERE owner = ? ORDER BY other", [owner]
        ).fetchall()
        return [r[0] for r in rows]

    def avoided_either_way(self, person: str) -> set[str]:
        """Ids ``person`` avoids or is avoided by: they are never matched together."""
        rows = self.db.execute(
            "SELECT other FROM avoids WHERE owner = ? UNION SELECT owner FROM avoids WHERE other = ?",
            [person, person],
        ).fetchall()
        return {r[0] for r in rows}

    def close(self) -> None:
        """Close the connection."""
        self.db.conn.close()

    # ---- equity
    # Ventures and their append-only Slicing Pie ledger. Ledger rows (entries, approvals,
    # departures) are only ever inserted; triggers refuse UPDATE and DELETE.
    def add_venture(self, venture: Venture, created_by: str | None) -> None:
        """Insert a venture. Must run in a transaction."""
        self._require_tx()
        self.db.execute(
            "INSERT INTO ventures (id, name, require_approval, freeze, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                venture.id,
                venture.name,
                int(venture.require_approval),
                venture.freeze.isoformat() if venture.freeze else None,
                created_by,
                _now(),
            ],
        )

    def set_venture(self, venture: Venture) -> None:
        """Change a venture's settings (name, approval rule, freeze date); not its ledger."""
        self._require_tx()
        self.db.execute(
            "UPDATE ventures SET name = ?, require_approval = ?, freeze = ? WHERE id = ?",
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
            "SELECT id, name, require_approval, freeze FROM ventures WHERE id = ?", [venture_id]
        ).fetchone()
        if row is None:
            return None
        return Venture(row[0], row[1], bool(row[2]), _date(row[3]) if row[3] else None)

    def add_venture_member(self, venture_id: str, member_id: str, added_by: str | None) -> bool:
        """Add a member; False if already one. Must run in a transaction."""
        self._require_tx()
        cur = self.db.execute(
            "INSERT OR IGNORE INTO venture_members (venture_id, member_id, added_by, added_at)"
            " VALUES (?, ?, ?, ?)",
            [venture_id, member_id, added_by, _now()],
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
        self._require_tx()
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
            [venture_id, terms.effective.isoformat(), json.dumps(data, sort_keys=True), _now()],
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
        self._require_tx()
        self.db.execute(
            "INSERT INTO member_rates (venture_id, member_id, effective, salary, paid_salary,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                venture_id,
                rate.member,
                rate.effective.isoformat(),
                str(rate.salary),
                str(rate.paid_salary),
                _now(),
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
        self._require_tx()
        cur = self.db.execute(
            "INSERT INTO ledger_entries (venture_id, member_id, kind, on_date, amount, hours,"
            " months, paid, condition, rate, reverses, author, note, idempotency_key,"
            " content_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                _now(),
            ],
        )
        return int(cur.lastrowid or 0)

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
        return self._cached_entries(venture_id, fill=not self._depth)

    def _cached_entries(self, venture_id: str, *, fill: bool) -> tuple[Entry, ...]:
        with self.transaction():
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
        self._require_tx()
        self.db.execute(
            "INSERT INTO approvals (entry_id, approver, created_at) VALUES (?, ?, ?)",
            [entry_id, approver, _now()],
        )

    def add_departure(self, venture_id: str, departure: Departure, author: str) -> None:
        """Record a member's departure. Must run in a transaction."""
        self._require_tx()
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
                _now(),
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
        fill = not self._depth  # not inside a writer's transaction: may fill the entry cache
        with self.transaction():  # one consistent read (BEGIN IMMEDIATE also waits for writers)
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

    # ---- trust
    # Collaborations (two confirmations, a rating each), endorsements and double opt-in
    # introductions (see :mod:`matcher.trust`). ``trust_version`` grows with every write, so a
    # trust graph built earlier is known to be stale.
    def bump_trust_version(self) -> None:
        """Mark the trust data as changed. Must run in a transaction."""
        self._require_tx()
        self.db.execute(_BUMP_TRUST)

    def trust_version(self) -> int:
        """A counter that grows with every collaboration, endorsement or erasure."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'trust_version'").fetchone()
        return int(row[0]) if row else 0

    def put_collaboration(self, c: Collaboration) -> None:
        """Insert or replace a collaboration record. Must run in a transaction."""
        self._require_tx()
        now = _now()
        self.db.execute(
            "INSERT INTO collaborations (id, proposer, partner, project, started, ended, status,"
            " proposer_rating, partner_rating, proposer_note, partner_note, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE"
            " SET project = excluded.project, started = excluded.started, ended = excluded.ended,"
            " status = excluded.status, proposer_rating = excluded.proposer_rating,"
            " partner_rating = excluded.partner_rating, proposer_note = excluded.proposer_note,"
            " partner_note = excluded.partner_note, updated_at = excluded.updated_at",
            [
                c.id,
                c.proposer,
                c.partner,
                c.project,
                c.started.isoformat(),
                c.ended.isoformat() if c.ended else None,
                c.status.value,
                c.proposer_rating,
                c.partner_rating,
                c.proposer_note,
                c.partner_note,
                now,
                now,
            ],
        )
        self.bump_trust_version()

    def get_collaboration(self, collab_id: str) -> Collaboration | None:
        """The collaboration with this id, or None."""
        row = self.db.execute(f"{_COLLAB_SELECT} WHERE id = ?", [collab_id]).fetchone()
        return _collaboration(row) if row else None

    def collaborations(
        self, person: str | None = None, *, confirmed_only: bool = False
    ) -> list[Collaboration]:
        """Collaborations of ``person`` (or everyone's), oldest first."""
        where: list[str] = []
        params: list[str] = []
        if person is not None:
            where.append("(proposer = ? OR partner = ?)")
            params += [person, person]
        if confirmed_only:
            where.append("status = 'confirmed'")
        sql = _COLLAB_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        rows = self.db.execute(sql + " ORDER BY created_at, id", params).fetchall()
        return [_collaboration(r) for r in rows]

    def add_endorsement(self, e: Endorsement) -> bool:
        """Record an endorsement; True if it was new. Must run in a transaction."""
        self._require_tx()
        added = self.db.execute(
            "INSERT OR IGNORE INTO endorsements (endorser, endorsed, skill, created_at)"
            " VALUES (?, ?, ?, ?)",
            [e.endorser, e.endorsed, e.skill, _now()],
        ).rowcount
        if added:
            self.bump_trust_version()
        return bool(added)

    def remove_endorsement(self, e: Endorsement) -> bool:
        """Withdraw an endorsement; True if it existed. Must run in a transaction."""
        self._require_tx()
        gone = self.db.execute(
            "DELETE FROM endorsements WHERE endorser = ? AND endorsed = ? AND skill = ?",
            [e.endorser, e.endorsed, e.skill],
        ).rowcount
        if gone:
            self.bump_trust_version()
        return bool(gone)

    def endorsements(self, endorsed: str | None = None) -> list[Endorsement]:
        """Endorsements received by ``endorsed`` (or all), by endorser and skill."""
        sql = "SELECT endorser, endorsed, skill FROM endorsements"
        params: list[str] = []
        if endorsed is not None:
            sql += " WHERE endorsed = ?"
            params.append(endorsed)
        rows = self.db.execute(sql + " ORDER BY endorsed, endorser, skill", params).fetchall()
        return [Endorsement(r[0], r[1], r[2]) for r in rows]

    def put_introduction(self, i: Introduction) -> None:
        """Insert or replace an introduction request. Must run in a transaction."""
        self._require_tx()
        self.db.execute(
            "INSERT OR REPLACE INTO introductions (id, requester, target, connector, message,"
            " created_at, expires_at, target_answer, connector_answer)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                i.id,
                i.requester,
                i.target,
                i.connector,
                i.message,
                i.created_at.isoformat(),
                i.expires_at.isoformat(),
                i.target_answer,
                i.connector_answer,
            ],
        )

    def get_introduction(self, intro_id: str) -> Introduction | None:
        """The introduction request with this id, or None."""
        row = self.db.execute(f"{_INTRO_SELECT} WHERE id = ?", [intro_id]).fetchone()
        return _introduction(row) if row else None

    def introductions(self, person: str) -> list[Introduction]:
        """Requests ``person`` made, received, or was asked to connect, newest first."""
        rows = self.db.execute(
            f"{_INTRO_SELECT} WHERE requester = ? OR target = ? OR connector = ?"
            " ORDER BY created_at DESC, id",
            [person, person, person],
        ).fetchall()
        return [_introduction(r) for r in rows]


_BUMP_TRUST = (
    "INSERT INTO meta (key, value) VALUES ('trust_version', '1') ON CONFLICT(key)"
    " DO UPDATE SET value = CAST(value AS INTEGER) + 1"
)
_COLLAB_SELECT = (
    "SELECT id, proposer, partner, project, started, ended, status, proposer_rating,"
    " partner_rating, proposer_note, partner_note FROM collaborations"
)
_INTRO_SELECT = (
    "SELECT id, requester, target, connector, message, created_at, expires_at, target_answer,"
    " connector_answer FROM introductions"
)


def _collaboration(r: Sequence[Any]) -> Collaboration:
    return Collaboration(
        id=r[0],
        proposer=r[1],
        partner=r[2],
        project=r[3],
        started=dt.date.fromisoformat(r[4]),
        ended=dt.date.fromisoformat(r[5]) if r[5] else None,
        status=CollabStatus(r[6]),
        proposer_rating=r[7],
        partner_rating=r[8],
        proposer_note=r[9],
        partner_note=r[10],
    )


def _answer(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _introduction(r: Sequence[Any]) -> Introduction:
    return Introduction(
        id=r[0],
        requester=r[1],
        target=r[2],
        connector=r[3],
        message=r[4],
        created_at=dt.datetime.fromisoformat(r[5]),
        expires_at=dt.datetime.fromisoformat(r[6]),
        target_answer=_answer(r[7]),
        connector_answer=_answer(r[8]),
    )


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
