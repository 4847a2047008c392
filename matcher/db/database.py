"""The database every domain store writes through: one interface, two backends.

:class:`Database` is what the domains see: ``execute`` (``?`` placeholders, or ``:name``
with a mapping), ``executemany``, ``transaction`` / ``require_transaction``, the
migrations, the ``meta`` counters, the change log and a few dialect helpers for the
pieces of SQL that differ (column types of DDL, JSON arrays as rows, deferred foreign
keys, table names). Two implementations:

* :class:`~matcher.db.sqlite.SQLiteDatabase`: a file (or ``:memory:``), the embedded
  default; writes in ``BEGIN IMMEDIATE`` transactions.
* :class:`~matcher.db.postgres.PostgresDatabase`: a PostgreSQL server through psycopg 3
  and its connection pool; write transactions hold one advisory lock per database, so
  they run one at a time as on SQLite (see that module for why).

:func:`open_database` picks one from a URL or a path.

**The change log** (``change_log``): one row per write that an in-memory state of
another process must learn of, with a sequence number (``seq``), a ``kind``
(``profile``, ``trust``, ``erasure_epoch``...) and a ``key`` (the person concerned; a
trust change names its pair in the key: ``pair a b``, see :mod:`matcher.trust.store`).
Write transactions are serial on both backends, so sequence numbers are handed out in
commit order: a reader that has seen every change up to ``seq`` N and reads those
after N misses none. :meth:`Database.head` is the last sequence number of a kind (with
PostgreSQL, kept current by LISTEN/NOTIFY without a query).

**Migrations**: an ordered list of functions, each given the :class:`Database`; the
position + 1 is the version recorded in ``schema_migrations``. The domains own their
migrations (each domain's ``store.py``); :mod:`matcher.schema` lists them in order.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, ClassVar, Literal, Protocol, TypeVar

__all__ = [
    "ERASURE_EPOCH",
    "MEMORY",
    "TRUST",
    "Cursor",
    "Database",
    "Dialect",
    "Migration",
    "Params",
    "m_change_log",
    "utc_text",
    "utcnow",
    "utcnow_text",
]

MEMORY = ":memory:"
#: Counter of erasures: in-memory search states and caches built before a change are dropped.
ERASURE_EPOCH = "erasure_epoch"
#: Kind of the change-log entries of trust writes (see :mod:`matcher.trust.store`).
TRUST = "trust"

#: A schema step: creates or changes tables through the database it is given.
Migration = Callable[["Database"], None]
Params = Sequence[Any] | dict[str, Any]
Dialect = Literal["sqlite", "postgresql"]
T = TypeVar("T")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class Cursor(Protocol):
    """What :meth:`Database.execute` returns: rows to fetch, and the rows a write changed."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


def utc_text(when: dt.datetime) -> str:
    """``when`` as the stores' timestamp text: in UTC, ISO-8601, to the second.

    Examples
    --------
    >>> paris = dt.timezone(dt.timedelta(hours=1))
    >>> utc_text(dt.datetime(2026, 1, 1, 12, 30, 15, 999, tzinfo=paris))
    '2026-01-01T11:30:15+00:00'
    """
    return when.astimezone(dt.UTC).isoformat(timespec="seconds")


def utcnow() -> dt.datetime:
    """The current time in UTC: the services' and stores' default clock (tests pass their own).

    Examples
    --------
    >>> utcnow().tzinfo
    datetime.timezone.utc
    """
    return dt.datetime.now(dt.UTC)


def utcnow_text() -> str:
    """The current UTC time as ISO-8601 text, to the second (the stores' timestamps).

    Examples
    --------
    >>> len(utcnow_text()) == len("2026-01-01T00:00:00+00:00")
    True
    """
    return utc_text(utcnow())


def m_change_log(db: Database) -> None:
    """One change log for every kind of write, with a sequence number per write.

    Replaces the profiles' ``changes`` table; its version numbers are kept as sequence
    numbers, so a vector index saved at data version N still catches up from N. The trust
    change log of issue 21 (``trust_changes``) goes too: a live trust graph is built from
    the tables when a process starts, and follows entries of kind ``trust`` from then on.
    """
    db.execute(
        f"CREATE TABLE change_log (seq {db.id_column('big')}, kind TEXT NOT NULL,"
        " key TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX change_log_kind ON change_log (kind, seq)")
    db.execute("CREATE INDEX change_log_key ON change_log (key)")
    db.execute(
        "INSERT INTO change_log (seq, kind, key) SELECT version, 'profile', profile_id"
        " FROM changes ORDER BY version"
    )
    db.execute("DROP TABLE changes")
    db.execute("DROP TABLE trust_changes")
    db.execute("DELETE FROM meta WHERE key IN ('trust_version', 'trust_changes_pruned')")
    db.reset_sequence("change_log", "seq")


class Database(ABC):
    """A database with its migrations applied (see the module docstring).

    Use :func:`matcher.db.open_database` (or :func:`matcher.schema.connect`) to open one.

    Examples
    --------
    >>> from matcher.db import open_database
    >>> def create(db: Database) -> None:
    ...     db.execute(f"CREATE TABLE notes (id {db.id_column()}, text TEXT NOT NULL)")
    >>> db = open_database(":memory:", [create])
    >>> with db.transaction():
    ...     _ = db.execute("INSERT INTO notes (text) VALUES (?)", ["hello"])
    >>> db.execute("SELECT text FROM notes").fetchall(), db.schema_version()
    ([('hello',)], 1)
    >>> db.execute("INSERT INTO notes (text) VALUES ('x')") and db.require_transaction()
    Traceback (most recent call last):
    ...
    RuntimeError: write outside a transaction; wrap it in `with db.transaction():`
    """

    dialect: ClassVar[Dialect]
    #: what to show of the database (a path, or a URL without its password)
    path: str
    migrations: tuple[Migration, ...]

    def __init__(self) -> None:
        self.heads_lock = threading.Lock()  # guards a backend's cached heads
        self._pending = threading.local()  # changes logged by this thread's transaction
        #: run at the end of every outermost write transaction, inside it, before COMMIT
        #: (:meth:`before_commit`): what must commit with any write of the caller
        self.commit_hooks: list[Callable[[Database], None]] = []

    # ------------------------------------------------------------ statements
    @abstractmethod
    def execute(self, sql: str, params: Params = ()) -> Cursor:
        """Run one statement (``?`` placeholders, or ``:name`` with a mapping)."""

    @abstractmethod
    def executemany(self, sql: str, rows: Iterable[Params]) -> Cursor:
        """Run one statement for each of ``rows``."""

    #: Parameters per statement of :meth:`insert_many` (SQLite allows 32,766, PostgreSQL 65,535).
    INSERT_PARAMS: ClassVar[int] = 30_000

    def insert_many(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """Insert ``rows`` (one value per column of ``columns``, in order) into ``table`` with
        as few statements as the backend takes: multi-row ``INSERT ... VALUES (...), (...)``
        of up to :data:`INSERT_PARAMS` parameters each (an 8,000-row ledger of 17 columns
        is 5 statements, not 8,000). In a transaction; returns the number of rows.

        Examples
        --------
        >>> from matcher.db import open_database
        >>> db = open_database(":memory:", [])
        >>> _ = db.execute("CREATE TABLE notes (id INTEGER, text TEXT)")
        >>> with db.transaction():
        ...     db.insert_many("notes", ["id", "text"], [(i, f"n{i}") for i in range(5)])
        5
        >>> db.column("SELECT text FROM notes ORDER BY id")
        ['n0', 'n1', 'n2', 'n3', 'n4']
        """
        self.require_transaction()
        if not columns or not all(_NAME.fullmatch(c) for c in (table, *columns)):
            raise ValueError(f"bad table or column names {table!r} {list(columns)!r}")
        width = len(columns)
        per = max(1, self.INSERT_PARAMS // width)
        head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
        one = "(" + ", ".join("?" * width) + ")"
        batch: list[Any] = []
        done = 0

        def flush() -> None:
            n = len(batch) // width
            self.execute(head + ", ".join([one] * n), batch)

        for row in rows:
            if len(row) != width:
                raise ValueError(f"a row of {len(row)} values for {width} columns of {table}")
            batch.extend(row)
            done += 1
            if len(batch) >= per * width:
                flush()
                batch = []
        if batch:
            flush()
        return done

    def column(self, sql: str, params: Params = ()) -> list[Any]:
        """The first value of every row ``sql`` returns, in order: a list of ids, of names.

        Examples
        --------
        >>> from matcher.db import open_database
        >>> db = open_database(":memory:", [])
        >>> db.column("SELECT ? UNION SELECT ? ORDER BY 1", ["bob", "ana"])
        ['ana', 'bob']
        """
        return [r[0] for r in self.execute(sql, params).fetchall()]

    def first(self, sql: str, params: Params, read: Callable[[Any], T]) -> T | None:
        """The first row ``sql`` returns, built by ``read``, or None when it returns none: a
        store's "the one with this id, or None".

        Examples
        --------
        >>> from matcher.db import open_database
        >>> db = open_database(":memory:", [])
        >>> db.first("SELECT ?, ?", ["ana", 3], tuple)
        ('ana', 3)
        >>> db.first("SELECT 1 WHERE 1 = 0", [], tuple) is None
        True
        """
        row = self.execute(sql, params).fetchone()
        return None if row is None else read(row)

    def rows(self, sql: str, params: Params, read: Callable[[Any], T]) -> list[T]:
        """Every row ``sql`` returns, in order, each built by ``read``.

        Examples
        --------
        >>> from matcher.db import open_database
        >>> db = open_database(":memory:", [])
        >>> db.rows("SELECT ?, 1 UNION SELECT ?, 2 ORDER BY 2", ["ana", "bob"], tuple)
        [('ana', 1), ('bob', 2)]
        """
        return [read(r) for r in self.execute(sql, params).fetchall()]

    @abstractmethod
    def close(self) -> None:
        """Close every connection (at shutdown; the object is unusable afterwards)."""

    # ----------------------------------------------------------- transactions
    @property
    @abstractmethod
    def in_transaction(self) -> bool:
        """True inside :meth:`transaction` on this thread."""

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """A write transaction; nested calls join the outer one. Writers run one at a time."""

    def require_transaction(self) -> None:
        """Refuse a write outside :meth:`transaction` (a programming error)."""
        if not self.in_transaction:
            raise RuntimeError("write outside a transaction; wrap it in `with db.transaction():`")

    # ----------------------------------------------------------------- dialect
    @abstractmethod
    def table_names(self) -> set[str]:
        """Names of the tables of the database."""

    @abstractmethod
    def column_names(self, table: str) -> list[str]:
        """Names of the columns of ``table``, in order."""

    @abstractmethod
    def id_column(self, size: Literal["int", "big"] = "int") -> str:
        """DDL of an integer primary key the database numbers (1, 2, ...; never reused)."""

    @property
    @abstractmethod
    def blob_type(self) -> str:
        """The column type of bytes (``BLOB``, ``BYTEA``)."""

    @abstractmethod
    def json_values(self, param: str = "?") -> str:
        """A sub-query whose column ``value`` holds the strings of a JSON array parameter.

        ``x IN ({db.json_values()})`` with ``json.dumps(ids)`` as the parameter.
        """

    @abstractmethod
    def defer_foreign_keys(self) -> None:
        """Check foreign keys at commit, not per statement, for the rest of this transaction
        (keys declared ``DEFERRABLE``)."""

    @abstractmethod
    def reset_sequence(self, table: str, column: str) -> None:
        """Make the next number of ``table.column`` (an :meth:`id_column`) follow its maximum."""

    @abstractmethod
    def scrub(self, *, vacuum: bool) -> tuple[bool, bool]:
        """Make deleted bytes leave the database files; return ``(checkpointed, vacuumed)``."""

    def skip_locked(self) -> str:
        """What a sub-select of a claim ends with, so that concurrent claims skip each
        other's rows instead of waiting for them or taking them too:
        ``FOR UPDATE SKIP LOCKED`` on PostgreSQL; nothing on SQLite, where a statement is a
        write transaction of its own (one writer at a time).

        A claim is one ``UPDATE t SET <taken> WHERE id IN (SELECT id FROM t WHERE <due>
        ORDER BY ... LIMIT n{db.skip_locked()}) RETURNING ...`` statement, outside any
        transaction (see :mod:`matcher.db.jobs` and the e-mail outbox).

        Examples
        --------
        >>> from matcher.db import open_database
        >>> open_database(":memory:").skip_locked()
        ''
        """
        return " FOR UPDATE SKIP LOCKED" if self.dialect == "postgresql" else ""

    def before_commit(self) -> None:
        """Run the :attr:`commit_hooks` (a backend calls it at the end of an outermost write
        transaction, inside it: a hook's writes commit with the transaction, or none do).

        Examples
        --------
        >>> from matcher.db import open_database
        >>> db = open_database(":memory:", [])
        >>> _ = db.execute("CREATE TABLE notes (text TEXT)")
        >>> db.commit_hooks.append(lambda d: d.execute("INSERT INTO notes VALUES ('hook')"))
        >>> with db.transaction():
        ...     _ = db.execute("INSERT INTO notes VALUES ('write')")
        >>> db.column("SELECT text FROM notes")
        ['write', 'hook']
        """
        for hook in self.commit_hooks:
            hook(self)

    def on_commit(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` after the current transaction commits (not if it rolls back)."""
        self.require_transaction()
        self._pending_state()[1].append(callback)

    # ------------------------------------------------------------- migrations
    def schema_version(self) -> int:
        """Highest applied migration (0 on an empty database)."""
        if "schema_migrations" not in self.table_names():
            return 0
        row = self.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    def migrate(self) -> int:
        """Apply pending migrations in one transaction; return the new version."""
        with self.transaction():
            self.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations"
                " (version INTEGER PRIMARY KEY, applied_at TEXT)"
            )
            current = self.schema_version()
            for version, step in enumerate(self.migrations, start=1):
                if version > current:
                    step(self)
                    self.execute(
                        "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                        [version, utcnow_text()],
                    )
        return self.schema_version()

    # --------------------------------------------------------------- counters
    def counter(self, key: str) -> int:
        """A counter kept in the ``meta`` table (0 when never bumped)."""
        row = self.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return int(row[0]) if row else 0

    def bump(self, key: str, about: str = "") -> None:
        """Add one to a ``meta`` counter and log a change of kind ``key``. In a transaction."""
        self.require_transaction()
        self.execute(
            "INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key)"
            " DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)",
            [key],
        )
        self.log_change(key, about)

    # ------------------------------------------------------------- change log
    def _pending_state(self) -> tuple[dict[str, int], list[Callable[[], None]]]:
        state: tuple[dict[str, int], list[Callable[[], None]]] | None = getattr(
            self._pending, "state", None
        )
        if state is None:
            state = self._pending.state = ({}, [])
        return state

    def take_pending(self) -> tuple[dict[str, int], list[Callable[[], None]]]:
        """What this thread's transaction logged (a backend calls it at the transaction's
        end, commit or not)."""
        state = self._pending_state()
        self._pending.state = None
        return state

    def log_change(self, kind: str, key: str) -> int:
        """Append ``(kind, key)`` to the change log; return its sequence number. In a transaction."""
        self.require_transaction()
        row = self.execute(
            "INSERT INTO change_log (kind, key) VALUES (?, ?) RETURNING seq", [kind, key]
        ).fetchone()
        seq = int(row[0])
        heads = self._pending_state()[0]
        heads[kind] = max(heads.get(kind, 0), seq)
        return seq

    def head(self, kind: str) -> int:
        """The sequence number of the last change of ``kind`` (0 if none)."""
        row = self.execute("SELECT MAX(seq) FROM change_log WHERE kind = ?", [kind]).fetchone()
        return int(row[0] or 0)

    def changes_since(self, seq: int, kind: str) -> list[tuple[int, str]]:
        """``(seq, key)`` of the changes of ``kind`` after ``seq``, in order."""
        rows = self.execute(
            "SELECT seq, key FROM change_log WHERE kind = ? AND seq > ? ORDER BY seq",
            [kind, seq],
        ).fetchall()
        return [(int(r[0]), str(r[1])) for r in rows]

    def forget_key(self, key: str) -> int:
        """Delete every change naming ``key`` (an erased person). In a transaction."""
        self.require_transaction()
        return int(self.execute("DELETE FROM change_log WHERE key = ?", [key]).rowcount)

    def after_commit(self, pending: tuple[dict[str, int], list[Callable[[], None]]]) -> None:
        """After a commit (a backend calls it): tell followers in this process, run the
        commit callbacks."""
        heads, callbacks = pending
        if heads:
            self._saw(heads)
        for callback in callbacks:
            callback()

    def _saw(self, heads: dict[str, int]) -> None:  # noqa: B027 - a hook, empty by default
        """Sequence numbers known to be committed (a backend that caches heads keeps them)."""
