"""The database floor: connections, transactions, migrations, the change log, background jobs.

Every domain store writes through a :class:`Database`; nothing else opens a connection.
:func:`open_database` picks the backend: a ``postgresql://`` URL opens PostgreSQL
(:mod:`matcher.db.postgres`), anything else is a SQLite file or ``:memory:``
(:mod:`matcher.db.sqlite`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from matcher.db.copy import CopyMismatch, CopyReport, TableCopy, copy_database
from matcher.db.database import (
    ERASURE_EPOCH,
    MEMORY,
    TRUST,
    Cursor,
    Database,
    Migration,
    m_change_log,
    utc_text,
    utcnow,
    utcnow_text,
)
from matcher.db.jobs import Job, Jobs, m_jobs
from matcher.db.postgres import is_postgres_url, redact
from matcher.db.rows import RowReader, optional
from matcher.db.sqlite import SQLiteDatabase

__all__ = [
    "ERASURE_EPOCH",
    "MEMORY",
    "TRUST",
    "CopyMismatch",
    "CopyReport",
    "Cursor",
    "Database",
    "Job",
    "Jobs",
    "Migration",
    "RowReader",
    "SQLiteDatabase",
    "TableCopy",
    "copy_database",
    "is_postgres_url",
    "m_change_log",
    "m_jobs",
    "open_database",
    "optional",
    "redact",
    "utc_text",
    "utcnow",
    "utcnow_text",
]


def open_database(target: str | Path = MEMORY, migrations: Sequence[Migration] = ()) -> Database:
    """The database at ``target`` with ``migrations`` applied.

    ``target``: a ``postgresql://`` URL (PostgreSQL, through psycopg), or a SQLite file
    path, or ``":memory:"``.

    Examples
    --------
    >>> open_database(":memory:").dialect
    'sqlite'
    """
    text = str(target)
    if is_postgres_url(text):
        from matcher.db.postgres import PostgresDatabase

        return PostgresDatabase(text, migrations)
    return SQLiteDatabase(text, migrations)
