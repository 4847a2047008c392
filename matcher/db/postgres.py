"""The shared backend: a PostgreSQL server, through psycopg 3 and its connection pool.

Chosen by a URL (``COFOUNDRY_DATABASE_URL=postgresql://user:pass@host/db``); psycopg is
imported only then, so the SQLite default needs no driver and no server.

* **Statements** keep the stores' ``?`` placeholders (and ``:name`` with a mapping): each
  statement is converted once to psycopg's ``%s`` / ``%(name)s`` (cached), skipping
  string literals and quoted names, and ``::`` casts. The stores stay one SQL for both
  backends; the few pieces that differ are methods of the database (column types,
  JSON arrays as rows, deferred keys, table names, trigger DDL in the migrations).
  Outside a transaction a statement borrows a pooled connection (autocommit) and
  returns its rows fetched; inside one it runs on the transaction's connection.
* **Transactions** (:meth:`PostgresDatabase.transaction`): ``READ COMMITTED`` plus one
  transaction-scoped advisory lock per database (``pg_advisory_xact_lock``), taken
  first: write transactions run one at a time across every process, exactly as
  SQLite's ``BEGIN IMMEDIATE``. Every store was written for that model (read, check,
  write), so the ledger, introduction quotas, idempotency claims and throttle buckets
  are serial without a lock of their own, and change-log sequence numbers are handed
  out in commit order (a follower never skips a change committed late). Reads outside
  a transaction run in parallel on the pool. Background jobs are claimed with
  ``FOR UPDATE SKIP LOCKED`` outside that lock (see :mod:`matcher.db.jobs`).
* **Followers**: a commit that logged changes sends ``NOTIFY cofoundry_changes`` with
  the new sequence numbers; a listener thread (started at the first
  :meth:`PostgresDatabase.head`) keeps the last one per kind, so the per-request "has
  anything changed?" costs no query, and a write on one process is seen by the others
  within milliseconds. Without a listening connection (starting, or lost), ``head``
  asks the database.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import lru_cache
from typing import TYPE_CHECKING, Any, ClassVar, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from matcher.db.database import Database, Dialect, Migration, Params
from matcher.errors import CofoundryError, NulCharacter

if TYPE_CHECKING:  # pragma: no cover
    import psycopg
    import psycopg_pool

__all__ = ["CHANNEL", "PostgresDatabase", "is_postgres_url", "redact", "to_pyformat"]

logger = logging.getLogger(__name__)

#: The NOTIFY channel of the change log.
CHANNEL = "cofoundry_changes"
#: Collations that order text as SQLite does (by code point: UTF-8 bytes).
C_COLLATIONS = ("C", "POSIX", "C.UTF-8", "C.utf8", "ucs_basic")
#: The advisory lock every write transaction holds (one writer at a time per database).
WRITER_LOCK = 0x636F66  # "cof"
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_POOL_OPTIONS = ("pool_min", "pool_max", "pool_timeout")
#: Seconds without a round trip on the listening connection after which its heads are not
#: trusted (it makes one every half second): a connection that stalls without closing (a
#: half-open TCP connection, a partition) must not leave a process serving stale data.
LISTENER_STALE_S = 1.5
#: Seconds a write transaction may wait for its process (a statement) before PostgreSQL
#: ends it (``idle_in_transaction_session_timeout``, unless the server or the URL sets
#: one): a process frozen or cut off inside a write transaction would otherwise hold the
#: writer lock, and so stop every write of every process, until TCP gives up (hours).
IDLE_IN_TRANSACTION_S = 60
#: libpq settings of the listening connection over TCP (unless the URL sets them): a
#: stalled connection fails within seconds instead of the system's 15 minutes.
_LISTENER_TCP = {
    "keepalives": "1",
    "keepalives_idle": "5",
    "keepalives_interval": "2",
    "keepalives_count": "3",
    "tcp_user_timeout": "10000",
}


def is_postgres_url(target: str) -> bool:
    """True for a ``postgresql://`` (or ``postgres://``) URL.

    >>> is_postgres_url("postgresql://localhost/cofoundry"), is_postgres_url("c.db")
    (True, False)
    """
    return target.startswith(("postgresql://", "postgres://"))


def _pool_option(opts: dict[str, str], name: str, default: float, url: str) -> float:
    """A pool option of the URL as a positive number, or an error naming it and the fix."""
    raw = opts.get(name)
    if raw is None:
        return default
    try:
        value = float(raw) if name == "pool_timeout" else int(raw)
    except ValueError:
        value = 0
    if not value > 0:
        raise CofoundryError(
            f"database URL {redact(url)}: {name} must be a positive"
            f" {'number of seconds' if name == 'pool_timeout' else 'whole number'}, got {raw!r}",
            field="database_url",
            value=redact(url),
            hint=f"fix {name} in COFOUNDRY_DATABASE_URL (e.g. {name}={int(default)}) or remove it",
        )
    return value


def redact(url: str) -> str:
    """The URL without its password (for messages and logs).

    >>> redact("postgresql://app:s3cret@db.example/cofoundry?sslmode=require")
    'postgresql://app:***@db.example/cofoundry?sslmode=require'
    """
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:  # unparsable: show no part of it that may hold a password
        return url.split("://", 1)[0] + "://***"
    if password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(
        (parts.scheme, f"{user}:***@{netloc[1]}", parts.path, parts.query, parts.fragment)
    )


@lru_cache(maxsize=4096)
def to_pyformat(sql: str) -> str:
    """``sql`` with ``?`` as ``%s``, ``:name`` as ``%(name)s`` and ``%`` as ``%%``.

    String literals, quoted names and ``::`` casts are left alone.

    Examples
    --------
    >>> to_pyformat("SELECT '?', x FROM t WHERE a = ? AND b LIKE '%a' AND c = :c::int")
    "SELECT '?', x FROM t WHERE a = %s AND b LIKE '%%a' AND c = %(c)s::int"
    """
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":  # a literal or a quoted name: copy to its closing quote
            j = i + 1
            while j < n:
                if sql[j] == ch:
                    if j + 1 < n and sql[j + 1] == ch:  # doubled quote inside
                        j += 2
                        continue
                    break
                j += 1
            out.append(sql[i : j + 1].replace("%", "%%"))
            i = j + 1
        elif ch == "?":
            out.append("%s")
            i += 1
        elif ch == "%":
            out.append("%%")
            i += 1
        elif ch == ":" and i + 1 < n and sql[i + 1] == ":":
            out.append("::")
            i += 2
        elif ch == ":" and (m := _NAME.match(sql, i + 1)) is not None:
            out.append(f"%({m.group()})s")
            i = m.end()
        else:
            out.append(ch)
            i += 1
    return "".join(out)


class _Rows:
    """Fetched rows, read like a cursor (the connection went back to the pool)."""

    __slots__ = ("_pos", "_rows", "rowcount")

    def __init__(self, rows: list[Any], rowcount: int) -> None:
        self._rows = rows
        self._pos = 0
        self.rowcount = rowcount

    def fetchone(self) -> Any:
        if self._pos >= len(self._rows):
            return None
        self._pos += 1
        return self._rows[self._pos - 1]

    def fetchall(self) -> list[Any]:
        rest = self._rows[self._pos :]
        self._pos = len(self._rows)
        return rest

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


def _no_nul(params: Params) -> Params:
    """``params``, unless a text among them holds U+0000: PostgreSQL's text cannot, and
    psycopg refuses it (``DataError``) in any statement, a lookup included, where SQLite
    answers "no such thing". Refused here as :class:`~matcher.errors.NulCharacter` (422),
    whatever the shell: an id in a path, a form's field, a file's cell.

    Examples
    --------
    >>> _no_nul(["ana", 3])
    ['ana', 3]
    >>> _no_nul(["a" + chr(0) + "b"])
    Traceback (most recent call last):
    ...
    matcher.errors.NulCharacter: text holds the character U+0000 (NUL) at position 1, which no id, name or text may hold (got 'a\\x00b'); remove it: nothing the product stores holds one
    """
    values = params.values() if isinstance(params, dict) else params
    for value in values:
        if isinstance(value, str) and "\x00" in value:
            raise NulCharacter(
                f"text holds the character U+0000 (NUL) at position {value.index(chr(0))},"
                " which no id, name or text may hold",
                value=value[:80],
                hint="remove it: nothing the product stores holds one",
            )
    return params


def _run(conn: psycopg.Connection[Any], sql: str, params: Params) -> _Rows:
    cur = conn.execute(to_pyformat(sql), _no_nul(params))
    rows = cur.fetchall() if cur.description is not None else []
    return _Rows(rows, cur.rowcount)


def _configure(conn: psycopg.Connection[Any]) -> None:
    """Python booleans travel as 0 / 1, as sqlite3 sends them (the schema's flags are
    integers); a write transaction left idle ends (:data:`IDLE_IN_TRANSACTION_S`)."""
    from psycopg.adapt import Dumper

    class IntBool(Dumper):
        oid = 23  # int4

        def dump(self, obj: Any) -> bytes:
            return b"1" if obj else b"0"

    conn.adapters.register_dumper(bool, IntBool)
    current = conn.execute("SHOW idle_in_transaction_session_timeout").fetchone()
    if current is not None and current[0] in ("0", "0ms"):  # not set by the server or URL
        conn.execute(
            f"SET idle_in_transaction_session_timeout = '{int(IDLE_IN_TRANSACTION_S * 1000)}ms'"
        )


class _Local(threading.local):
    conn: Any = None
    depth: int = 0


class PostgresDatabase(Database):
    """A PostgreSQL database (one per community) with its migrations applied.

    Parameters
    ----------
    url : str
        ``postgresql://user:password@host:port/dbname?options``: any libpq parameter,
        plus ``pool_min`` / ``pool_max`` (connections kept by this process; default 1 and
        10) and ``pool_timeout`` (seconds a request waits for a free connection, 30).
    migrations : sequence of Migration
        The schema, in order (see :mod:`matcher.schema`); applied on open.
    """

    dialect: ClassVar[Dialect] = "postgresql"

    def __init__(self, url: str, migrations: Sequence[Migration] = ()) -> None:
        super().__init__()
        self.url = url
        self.path = redact(url)
        self.migrations = tuple(migrations)
        try:
            import psycopg
            import psycopg_pool
        except ImportError as exc:  # pragma: no cover - both are dependencies
            raise CofoundryError(
                f"PostgreSQL needs psycopg 3 and psycopg_pool ({exc})",
                field="database_url",
                value=self.path,
                hint="pip install 'psycopg[binary]' psycopg_pool",
            ) from None
        self._psycopg = psycopg
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - parses the port (a ValueError when it is not a number)
        except ValueError as exc:
            raise CofoundryError(
                f"database URL {self.path} cannot be read: {exc}",
                field="database_url",
                value=self.path,
                hint="fix COFOUNDRY_DATABASE_URL: postgresql://user:password@host:port/dbname"
                " (an IPv6 host in [brackets]; a password's reserved characters such as @ : /"
                " written as %40 %3A %2F)",
            ) from None
        query = dict(parse_qsl(parts.query))
        opts = {k: query.pop(k) for k in _POOL_OPTIONS if k in query}
        self.conninfo = urlunsplit(
            (parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment)
        )
        pool_min = int(_pool_option(opts, "pool_min", 1, url))
        pool_max = int(_pool_option(opts, "pool_max", 10, url))
        if pool_min > pool_max:
            raise CofoundryError(
                f"database URL {self.path}: pool_min ({pool_min}) is above pool_max ({pool_max})",
                field="database_url",
                value=self.path,
                hint="in COFOUNDRY_DATABASE_URL make pool_min <= pool_max (defaults 1 and 10)",
            )
        self._local = _Local()
        self._pool: psycopg_pool.ConnectionPool[Any] = psycopg_pool.ConnectionPool(
            self.conninfo,
            min_size=pool_min,
            max_size=pool_max,
            timeout=_pool_option(opts, "pool_timeout", 30, url),
            kwargs={"autocommit": True},
            configure=_configure,
            open=False,
            name="cofoundry",
            num_workers=1,
        )
        # one direct attempt first: a wrong host, port or password is said at once (the
        # pool would retry for 15 s and then hide why)
        try:
            psycopg.connect(self.conninfo, connect_timeout=5).close()
            reason = ""
        except psycopg.Error as exc:
            reason = str(exc).strip()
        if not reason:
            try:
                self._pool.open(wait=True, timeout=15)
            except psycopg_pool.PoolTimeout:
                reason = "no connection within 15 s"
        if reason:
            self._pool.close()
            raise CofoundryError(
                f"cannot connect to PostgreSQL at {self.path}: {reason}",
                field="database_url",
                value=self.path,
                hint="check that the server runs and the URL (host, port, user, password,"
                " database name) is right, or unset COFOUNDRY_DATABASE_URL to use SQLite",
            ) from None
        schema, collation = self.execute(
            "SELECT current_schema(), datcollate FROM pg_database WHERE datname = current_database()"
        ).fetchone()
        # one channel per schema: two communities in one database never hear each other
        self.channel = CHANNEL if schema in (None, "public") else f"{CHANNEL}_{schema}"
        #: the database's own collation: when it is not C, :meth:`migrate` gives every text
        #: column ``COLLATE "C"`` (see :meth:`text_in_c_order`)
        self.collation = str(collation)
        self._heads: dict[str, int] = {}
        self._listening = False
        self._alive = 0.0  # time.monotonic() of the listener's last round trip
        self._stalled = False  # said once in the log per stall
        self._stop = threading.Event()
        self._follower: threading.Thread | None = None
        self.migrate()

    # ------------------------------------------------------------- migrations
    def migrate(self) -> int:
        """Apply pending migrations, then (on a database created with another collation
        than C) :meth:`text_in_c_order`; return the new version."""
        version = super().migrate()
        if self.collation not in C_COLLATIONS:
            self.text_in_c_order()
        return version

    def text_in_c_order(self) -> int:
        """Give every text column of the schema that lacks it ``COLLATE "C"``; return how
        many changed.

        A server created with ``en_US.UTF-8`` or ``fr_FR.UTF-8`` (a common default) sorts
        text by language rules: case and accents ignored at first, hyphens and spaces
        skipped (``a-c`` between ``ab`` and ``ad``). SQLite and Python compare code points.
        Ids, names and e-mails listed by ``ORDER BY`` would come in another order on each
        backend, and a page read after a cursor that Python picked (``WHERE id > ?``) could
        skip or repeat rows. With C, the UTF-8 bytes order, both backends agree: every
        ``ORDER BY``, comparison, index and unique constraint on text behaves as on SQLite.
        Tables added by later migrations get it when they are applied.
        """
        rows = self.execute(
            "SELECT c.table_name, c.column_name FROM information_schema.columns c"
            " JOIN information_schema.tables t ON t.table_schema = c.table_schema"
            " AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'"
            " WHERE c.table_schema = current_schema() AND c.data_type = 'text'"
            " AND coalesce(c.collation_name, '') NOT IN ('C', 'POSIX')"
            " ORDER BY c.table_name, c.ordinal_position"
        ).fetchall()
        if rows:
            with self.transaction():
                for table, column in rows:
                    self.execute(
                        f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE text COLLATE "C"'
                    )
            logger.info(
                'database %s sorts text by %r: %d text columns given COLLATE "C" (the order'
                " of SQLite)",
                self.path,
                self.collation,
                len(rows),
            )
        return len(rows)

    # ------------------------------------------------------------ statements
    def execute(self, sql: str, params: Params = ()) -> _Rows:
        """Run one statement: on this thread's transaction, or a pooled connection."""
        conn = self._local.conn
        if conn is not None:
            return _run(conn, sql, params)
        with self._pool.connection() as conn:
            return _run(conn, sql, params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> _Rows:
        """Run one statement for each of ``rows``."""
        batch = [_no_nul(row) for row in rows]
        conn = self._local.conn
        if conn is not None:
            with conn.cursor() as cur:
                cur.executemany(to_pyformat(sql), batch)
                return _Rows([], cur.rowcount)
        with self._pool.connection() as conn, conn.cursor() as cur:
            cur.executemany(to_pyformat(sql), batch)
            return _Rows([], cur.rowcount)

    def insert_many(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """Insert ``rows`` into ``table`` with one ``COPY ... FROM STDIN`` (the rows stream to
        the server; no statement per row, nor a statement of thousands of parameters to
        build and parse). In a transaction; returns the number of rows."""
        self.require_transaction()
        if not columns or not all(_NAME.fullmatch(c) for c in (table, *columns)):
            raise ValueError(f"bad table or column names {table!r} {list(columns)!r}")
        width, done = len(columns), 0
        conn = self._local.conn
        with (
            conn.cursor() as cur,
            cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
        ):
            for row in rows:
                if len(row) != width:
                    raise ValueError(f"a row of {len(row)} values for {width} columns of {table}")
                copy.write_row(_no_nul(row))
                done += 1
        return done

    def close(self) -> None:
        """Stop the listener and close the pool."""
        self._stop.set()
        follower = self._follower
        if follower is not None and follower is not threading.current_thread():
            with suppress(self._psycopg.Error):  # wake it from its wait for notifications
                self.execute("SELECT pg_notify(?, '')", [self.channel])
            follower.join(timeout=5)
        self._pool.close()

    # ----------------------------------------------------------- transactions
    @property
    def in_transaction(self) -> bool:
        """True inside :meth:`transaction` on this thread."""
        return self._local.depth > 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """``BEGIN``, the writer lock, ... ``COMMIT``; nested calls join the outer transaction."""
        local = self._local
        if local.depth:
            local.depth += 1
            try:
                yield
            finally:
                local.depth -= 1
            return
        conn = self._pool.getconn()
        try:
            conn.execute("BEGIN")
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [WRITER_LOCK])
            local.conn, local.depth = conn, 1
            try:
                yield
                self.before_commit()
            except BaseException:
                local.conn, local.depth = None, 0
                self.take_pending()
                conn.execute("ROLLBACK")
                raise
            local.conn, local.depth = None, 0
            pending = self.take_pending()
            if pending[0]:  # delivered to the listeners when (and only if) this commits
                payload = " ".join(f"{k}={v}" for k, v in sorted(pending[0].items()))
                conn.execute("SELECT pg_notify(%s, %s)", [self.channel, payload])
            conn.execute("COMMIT")
        finally:
            local.conn, local.depth = None, 0
            self._pool.putconn(conn)
        self.after_commit(pending)

    # ----------------------------------------------------------------- dialect
    def table_names(self) -> set[str]:
        """Tables of the schemas on the search path."""
        rows = self.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
            " AND table_schema = ANY (current_schemas(false))"
        ).fetchall()
        return {r[0] for r in rows}

    def column_names(self, table: str) -> list[str]:
        """Names of the columns of ``table``, in order."""
        return self.column(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
            " AND table_schema = current_schema() ORDER BY ordinal_position",
            [table],
        )

    def id_column(self, size: Literal["int", "big"] = "int") -> str:
        """An identity column (``GENERATED BY DEFAULT AS IDENTITY``)."""
        kind = "BIGINT" if size == "big" else "INTEGER"
        return f"{kind} GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"

    @property
    def blob_type(self) -> str:
        """``BYTEA``."""
        return "BYTEA"

    def json_values(self, param: str = "?") -> str:
        """``SELECT json_array_elements_text(?) AS value``."""
        return f"SELECT json_array_elements_text(CAST({param} AS json)) AS value"

    def defer_foreign_keys(self) -> None:
        """``SET CONSTRAINTS ALL DEFERRED`` (keys declared ``DEFERRABLE``)."""
        self.execute("SET CONSTRAINTS ALL DEFERRED")

    def reset_sequence(self, table: str, column: str) -> None:
        """``setval`` of the column's identity sequence to its maximum."""
        if not (_NAME.fullmatch(table) and _NAME.fullmatch(column)):
            raise ValueError(f"bad table or column name {table!r}.{column!r}")
        self.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"
            f" COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)"
        )

    def scrub(self, *, vacuum: bool) -> tuple[bool, bool]:
        """``VACUUM`` (``VACUUM FULL`` with ``vacuum``): dead rows of erased people go.

        Plain VACUUM removes the dead row versions and marks their space free (not
        zeroed: new rows overwrite it); VACUUM FULL rewrites every table into new
        files. Old WAL segments hold the rows until the server recycles them (and
        backups or replicas until they age out): see docs/deployment.md.
        """
        if self.in_transaction:
            raise RuntimeError("scrub must run outside a transaction")
        tables = ", ".join(f'"{t}"' for t in sorted(self.table_names()))
        self.execute(("VACUUM FULL " if vacuum else "VACUUM ") + tables)
        return True, vacuum

    # ------------------------------------------------------------- followers
    def head(self, kind: str) -> int:
        """The last sequence number of ``kind``: from the listener, or asked of the database."""
        if self._follower is None:
            self._start_follower()
        if self._listening:
            if time.monotonic() - self._alive <= LISTENER_STALE_S:
                with self.heads_lock:
                    return self._heads.get(kind, 0)
            if not self._stalled:
                self._stalled = True
                logger.warning(
                    "change listener silent for more than %s s; asking the database until it"
                    " answers again",
                    LISTENER_STALE_S,
                )
        return super().head(kind)

    def _saw(self, heads: dict[str, int]) -> None:
        with self.heads_lock:
            for kind, seq in heads.items():
                if seq > self._heads.get(kind, 0):
                    self._heads[kind] = seq

    def _start_follower(self) -> None:
        with self.heads_lock:
            if self._follower is not None or self._stop.is_set():
                return
            self._follower = threading.Thread(
                target=self._follow, name="cofoundry-changes", daemon=True
            )
            self._follower.start()

    def _follow(self) -> None:
        """LISTEN, read the heads, then apply every notification; reconnect when lost."""
        psycopg = self._psycopg
        given = self._psycopg.conninfo.conninfo_to_dict(self.conninfo)
        tcp = {k: v for k, v in _LISTENER_TCP.items() if k not in given}
        delay = 0.2
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.conninfo, autocommit=True, **tcp) as conn:
                    conn.execute(f'LISTEN "{self.channel}"')
                    rows = conn.execute(
                        "SELECT kind, MAX(seq) FROM change_log GROUP BY kind"
                    ).fetchall()
                    self._saw({str(k): int(v) for k, v in rows})
                    self._alive = time.monotonic()
                    self._listening = True
                    delay = 0.2
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=0.5):
                            self._saw(_parse(note.payload))
                            if self._stop.is_set():
                                break
                        conn.execute("SELECT 1")  # a lost server shows here, not never
                        self._alive = time.monotonic()
                        self._stalled = False
            except Exception as exc:
                if self._listening:
                    logger.warning("change listener lost its connection (%s); reconnecting", exc)
                self._listening = False
                self._stop.wait(delay)
                delay = min(delay * 2, 5.0)
        self._listening = False


def _parse(payload: str) -> dict[str, int]:
    """``"profile=12 trust=9"`` -> ``{"profile": 12, "trust": 9}`` (malformed parts skipped)."""
    out: dict[str, int] = {}
    for part in payload.split():
        kind, _, seq = part.partition("=")
        if seq.isdigit():
            out[kind] = int(seq)
    return out
