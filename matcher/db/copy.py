"""Copy a community from one database to another (SQLite to PostgreSQL), and prove it whole.

Both databases must be at the same schema version (open them through
:func:`matcher.schema.connect`, which migrates). Every table is copied in the order it
was created (so a row's foreign keys exist before it), in one transaction of the target;
identity counters then follow the copied maxima. Afterwards each table is read again on
both sides: the row counts and an order-free checksum of the rows (a SHA-256 over the
sorted SHA-256 of each row's values) must match, or :class:`CopyMismatch` is raised.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from matcher.db.database import Database
from matcher.errors import CofoundryError, counted

__all__ = ["CopyMismatch", "CopyReport", "TableCopy", "copy_database", "table_checksum"]

#: Tables the copy leaves alone: the schema's own bookkeeping.
SKIP = frozenset({"schema_migrations", "sqlite_sequence"})
#: Tables a migration fills in a new database (the community's signing keys): not a sign of
#: a used target; the copy replaces their rows with the source's (links signed with the
#: source's keys keep working).
SEEDED = frozenset({"signing_keys"})
BATCH = 1000


class CopyMismatch(CofoundryError):
    """A copied table differs from its source (counts or checksums)."""


@dataclass(frozen=True, slots=True)
class TableCopy:
    """One table: rows and checksum on each side."""

    table: str
    source_rows: int
    target_rows: int
    source_checksum: str
    target_checksum: str

    @property
    def ok(self) -> bool:
        """Same number of rows, same rows."""
        return (self.source_rows, self.source_checksum) == (
            self.target_rows,
            self.target_checksum,
        )


@dataclass(frozen=True, slots=True)
class CopyReport:
    """What :func:`copy_database` copied and checked."""

    tables: tuple[TableCopy, ...]
    seconds: float

    @property
    def ok(self) -> bool:
        """Every table matches."""
        return all(t.ok for t in self.tables)

    @property
    def rows(self) -> int:
        """Rows copied, over every table."""
        return sum(t.target_rows for t in self.tables)


def _canon(value: Any) -> bytes:
    """A value as bytes that do not depend on the backend that returned it."""
    if value is None:
        return b"N"
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int):
        return b"i" + str(value).encode()
    if isinstance(value, float):
        return b"f" + repr(value).encode()
    if isinstance(value, Decimal):
        return b"d" + str(value).encode()
    if isinstance(value, bytes | bytearray | memoryview):
        return b"b" + bytes(value)
    return b"s" + str(value).encode("utf-8")


def _row_digest(row: Sequence[Any]) -> bytes:
    h = hashlib.sha256()
    for value in row:
        part = _canon(value)
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.digest()


def table_checksum(db: Database, table: str, columns: Sequence[str]) -> tuple[int, str]:
    """``(rows, checksum)`` of ``table``: independent of row order and of the backend.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> db = connect()
    >>> table_checksum(db, "meta", ["key", "value"])[0]
    0
    """
    cols = ", ".join(f'"{c}"' for c in columns)
    digests = sorted(_row_digest(r) for r in db.execute(f'SELECT {cols} FROM "{table}"'))
    total = hashlib.sha256()
    for d in digests:
        total.update(d)
    return len(digests), total.hexdigest()


def _creation_order(db: Database) -> list[str]:
    """Tables in the order they were created (parents before children)."""
    if db.dialect == "sqlite":
        rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
        names = [r[0] for r in rows]
    else:
        rows = db.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE c.relkind = 'r' AND n.nspname = current_schema() ORDER BY c.oid"
        )
        names = [r[0] for r in rows]
    return [n for n in names if n not in SKIP]


def _batches(rows: Iterable[Any]) -> Iterable[list[Any]]:
    batch: list[Any] = []
    for row in rows:
        batch.append(tuple(row))
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _wipe(target: Database, tables: Sequence[str]) -> None:
    if target.dialect != "postgresql":
        raise CofoundryError(
            "only a PostgreSQL target can be overwritten",
            field="target",
            value=target.path,
            hint="copy into a new SQLite file instead",
        )
    names = ", ".join(f'"{t}"' for t in tables)
    target.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")


def copy_database(source: Database, target: Database, *, overwrite: bool = False) -> CopyReport:
    """Copy every row of ``source`` into ``target``, then check both, table by table.

    Parameters
    ----------
    source, target : Database
        At the same schema version (both opened with :func:`matcher.schema.connect`).
    overwrite : bool
        Empty a non-empty (PostgreSQL) target first; without it, a target holding any
        row is refused.

    Raises
    ------
    CofoundryError
        Schema versions differ, or the target is not empty.
    CopyMismatch
        A table's rows differ after the copy (the report is in the message).

    Examples
    --------
    >>> from matcher.schema import connect
    >>> from matcher.profiles import ProfileStore, check_profile
    >>> a, b = connect(), connect()
    >>> with a.transaction():
    ...     _ = ProfileStore(a).put_profile(check_profile({"id": "ana", "name": "Ana",
    ...                                                    "offers": "o", "needs": "n"}))
    >>> report = copy_database(a, b)
    >>> report.ok, ProfileStore(b).get_profile("ana").name, ProfileStore(b).data_version()
    (True, 'Ana', 1)
    """
    start = time.perf_counter()
    if source.schema_version() != target.schema_version():
        raise CofoundryError(
            f"schema versions differ: source {source.schema_version()},"
            f" target {target.schema_version()}",
            field="target",
            value=target.path,
            hint="open both with this version of cofoundry (cofoundry migrate) first",
        )
    tables = _creation_order(source)
    missing = sorted(set(tables) - target.table_names())
    if missing:
        raise CofoundryError(
            f"the target has no table {missing[0]!r}",
            field="target",
            value=target.path,
            hint="run cofoundry migrate on the target first",
        )
    busy = [
        t
        for t in tables
        if t not in SEEDED and target.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()
    ]
    if busy and not overwrite:
        raise CofoundryError(
            f"the target is not empty ({counted(len(busy), 'table')}"
            f" {'holds' if len(busy) == 1 else 'hold'} rows, e.g. {busy[0]!r})",
            field="target",
            value=target.path,
            hint="copy into an empty database, or pass --overwrite to replace its rows",
        )
    columns = {t: source.column_names(t) for t in tables}
    with target.transaction():
        if busy:
            _wipe(target, tables)
        for table in tables:
            if table in SEEDED:
                target.execute(f'DELETE FROM "{table}"')
            cols = columns[table]
            names = ", ".join(f'"{c}"' for c in cols)
            marks = ", ".join("?" * len(cols))
            insert = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
            rows = source.execute(f'SELECT {names} FROM "{table}"')
            for batch in _batches(rows):
                target.executemany(insert, batch)
        for table in tables:
            for column in _identity_columns(target, table):
                target.reset_sequence(table, column)
    checked = []
    for table in tables:
        n_s, sum_s = table_checksum(source, table, columns[table])
        n_t, sum_t = table_checksum(target, table, columns[table])
        checked.append(TableCopy(table, n_s, n_t, sum_s, sum_t))
    report = CopyReport(tuple(checked), time.perf_counter() - start)
    if not report.ok:
        bad = ", ".join(
            f"{t.table} ({t.source_rows} -> {t.target_rows} rows)" for t in checked if not t.ok
        )
        raise CopyMismatch(
            f"copied tables differ from their source: {bad}",
            field="target",
            value=target.path,
            hint="the target keeps what was copied; inspect it, then copy again with --overwrite",
        )
    return report


def _identity_columns(db: Database, table: str) -> list[str]:
    """Columns of ``table`` that the database numbers (PostgreSQL identities)."""
    if db.dialect != "postgresql":
        return []
    return db.column(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
        " AND table_schema = current_schema() AND is_identity = 'YES'",
        [table],
    )
