"""The embedded backend: a SQLite file (or ``:memory:``), the default.

* **One connection per thread** for a database file (WAL mode, ``busy_timeout``):
  a thread's transaction never shares a connection with another thread's reads or
  writes, so two workers and their thread pools wait for each other's write lock
  (``busy_timeout``) instead of failing with "database is locked". An in-memory
  database (tests) is one connection shared by every thread, its transactions
  serialised by a lock.
* **Transactions**: :meth:`SQLiteDatabase.transaction` is ``BEGIN IMMEDIATE`` ...
  ``COMMIT``, rolled back on any exception; a nested call joins the outer transaction of
  its thread. One writer at a time, in every process.
* ``secure_delete`` on every connection, so erased text is overwritten.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import ClassVar, Literal

from matcher.db.database import MEMORY, Database, Dialect, Migration, Params
from matcher.errors import CofoundryError

__all__ = ["SQLiteDatabase"]

logger = logging.getLogger(__name__)


class _Local(threading.local):
    conn: sqlite3.Connection | None = None
    depth: int = 0


class SQLiteDatabase(Database):
    """A SQLite database file (or ``":memory:"``) with its migrations applied.

    Parameters
    ----------
    path : str or Path
        A database file, or ``":memory:"`` (tests).
    migrations : sequence of Migration
        The schema, in order (see :mod:`matcher.schema`); applied on open.

    Examples
    --------
    >>> db = SQLiteDatabase(":memory:")
    >>> db.dialect, db.execute("PRAGMA secure_delete").fetchone()[0]
    ('sqlite', 1)
    """

    dialect: ClassVar[Dialect] = "sqlite"

    def __init__(self, path: str | Path = MEMORY, migrations: Sequence[Migration] = ()) -> None:
        super().__init__()
        self.path = str(path)
        self.migrations = tuple(migrations)
        if self.path != MEMORY:
            parent = Path(self.path).parent
            if not parent.exists():
                raise CofoundryError(
                    f"database folder {str(parent)!r} does not exist",
                    field="db",
                    value=self.path,
                    hint="create the folder or point COFOUNDRY_DB at a writable path",
                )
        self._local = _Local()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        # in-memory: one connection for every thread
        self._shared: sqlite3.Connection | None = None
        self._shared_depth = 0
        self._lock = threading.RLock()
        self._trace: Callable[[str], None] | None = None
        if self.path == MEMORY:
            self._shared = self._open()
        else:
            self.connection()  # fail now, with the path in the message, if it cannot open
        self.migrate()

    # ------------------------------------------------------------ connections
    def _open(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
            if self.path != MEMORY:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise CofoundryError(
                f"cannot open database {self.path!r}: {exc}",
                field="db",
                value=self.path,
                hint="check the path is writable, or point COFOUNDRY_DB elsewhere",
            ) from exc
        if self._trace is not None:
            conn.set_trace_callback(self._trace)
        with self._all_lock:
            self._all.append(conn)
        return conn

    def connection(self) -> sqlite3.Connection:
        """This thread's connection (the shared one for ``:memory:``)."""
        if self._shared is not None:
            return self._shared
        conn = self._local.conn
        if conn is None:
            conn = self._local.conn = self._open()
        return conn

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection (for ``backup``, ``iterdump``)."""
        return self.connection()

    def trace(self, callback: Callable[[str], None] | None) -> None:
        """Call ``callback(sql)`` for every statement on every connection (None: stop)."""
        self._trace = callback
        with self._all_lock:
            for conn in self._all:
                conn.set_trace_callback(callback)

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        """Run one statement on this thread's connection."""
        return self.connection().execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> sqlite3.Cursor:
        """Run one statement for each of ``rows``."""
        return self.connection().executemany(sql, rows)

    def close(self) -> None:
        """Close every connection (at shutdown; the object is unusable afterwards)."""
        with self._all_lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = _Local()

    # ----------------------------------------------------------- transactions
    def _get_depth(self) -> int:
        return self._shared_depth if self._shared is not None else self._local.depth

    def _set_depth(self, depth: int) -> None:
        if self._shared is not None:
            self._shared_depth = depth
        else:
            self._local.depth = depth

    @property
    def in_transaction(self) -> bool:
        """True inside :meth:`transaction` on this thread."""
        return self._get_depth() > 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``; nested calls join the outer transaction."""
        # one writer at a time in this process (other processes wait in busy_timeout)
        with self._lock:
            depth = self._get_depth()
            if depth:
                self._set_depth(depth + 1)
                try:
                    yield
                finally:
                    self._set_depth(depth)
                return
            conn = self.connection()
            conn.execute("BEGIN IMMEDIATE")
            self._set_depth(1)
            try:
                yield
                self.before_commit()
            except BaseException:
                self._set_depth(0)
                self.take_pending()
                conn.execute("ROLLBACK")
                raise
            self._set_depth(0)
            pending = self.take_pending()
            conn.execute("COMMIT")
        self.after_commit(pending)

    # ----------------------------------------------------------------- dialect
    def table_names(self) -> set[str]:
        """Names of the tables of the database."""
        rows = self.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return {r[0] for r in rows if not r[0].startswith("sqlite_")}

    def column_names(self, table: str) -> list[str]:
        """Names of the columns of ``table``, in order."""
        return [r[1] for r in self.execute("SELECT * FROM pragma_table_info(?)", [table])]

    def id_column(self, size: Literal["int", "big"] = "int") -> str:
        """``INTEGER PRIMARY KEY AUTOINCREMENT`` (numbers are never reused)."""
        return "INTEGER PRIMARY KEY AUTOINCREMENT"

    @property
    def blob_type(self) -> str:
        """``BLOB``."""
        return "BLOB"

    def json_values(self, param: str = "?") -> str:
        """``SELECT value FROM json_each(?)``."""
        return f"SELECT value FROM json_each({param})"

    def defer_foreign_keys(self) -> None:
        """``PRAGMA defer_foreign_keys`` (until the transaction ends)."""
        self.execute("PRAGMA defer_foreign_keys = ON")

    def reset_sequence(self, table: str, column: str) -> None:
        """Nothing to do: AUTOINCREMENT follows the largest number ever inserted."""

    # ------------------------------------------------------------------- file
    def scrub(self, *, vacuum: bool, attempts: int = 20) -> tuple[bool, bool]:
        """Make deleted bytes leave the database files; return ``(checkpointed, vacuumed)``.

        ``secure_delete`` zeroes deleted cells and freed pages, but in WAL mode the
        zeroed pages live in the ``-wal`` file until a checkpoint:
        ``wal_checkpoint(TRUNCATE)`` copies them into the database and truncates the
        log to zero bytes. ``vacuum`` also rewrites the whole file (it blocks every
        writer for a full copy). A checkpoint waits for readers of other connections;
        it is retried ``attempts`` times, 50 ms apart. Must run outside a transaction;
        a no-op for ``:memory:``.
        """
        if self.path == MEMORY:
            return True, False
        if self.in_transaction:
            raise RuntimeError("scrub must run outside a transaction")
        with self._lock:
            checkpointed = self._checkpoint(attempts)
            if vacuum:
                self.execute("VACUUM")
                checkpointed = self._checkpoint(attempts)
        return checkpointed, vacuum

    def _checkpoint(self, attempts: int) -> bool:
        for _ in range(attempts):
            busy, _log, _done = self.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                return True
            time.sleep(0.05)
        logger.warning("WAL checkpoint blocked by another connection; the next one completes it")
        return False
