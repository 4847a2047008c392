"""The table of erasures, the erasure counter, and the check that an erased id is gone.

Each domain deletes or pseudonymises its own rows (its store's ``forget`` or
``pseudonymise``); this store keeps what privacy itself owns: one row per erased person,
keyed by their pseudonym (never their id), the ``erasure_epoch`` counter that makes
other processes drop their caches, and the generic reference check run before an
erasure commits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from matcher.db import ERASURE_EPOCH, Database, utcnow_text

__all__ = ["PrivacyStore", "erasure_epoch", "m_privacy"]

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def m_privacy(db: Database) -> None:
    """Erasures: one row per erased person, keyed by their pseudonym (never their id)."""
    db.execute("CREATE TABLE erasures (pseudonym TEXT PRIMARY KEY, erased_at TEXT NOT NULL)")


def erasure_epoch(db: Database) -> int:
    """How many erasures the database has seen: caches built before a change of it are dropped.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> erasure_epoch(connect())
    0
    """
    return db.counter(ERASURE_EPOCH)


class PrivacyStore:
    """Erasure records and the reference check, over a :class:`~matcher.db.Database`.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> from matcher.profiles import ProfileStore
    >>> db = connect()
    >>> ProfileStore(db).put_bare("ana")
    >>> PrivacyStore(db).references("ana", [("profiles", "id"), ("avoids", "owner")])
    {('profiles', 'id'): 1}
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def is_pseudonym(self, name: str) -> bool:
        """True if ``name`` is the pseudonym of someone erased."""
        row = self.db.execute("SELECT 1 FROM erasures WHERE pseudonym = ?", [name]).fetchone()
        return row is not None

    def references(
        self, person: str, columns: Iterable[tuple[str, str]]
    ) -> dict[tuple[str, str], int]:
        """How many rows of each ``(table, column)`` hold ``person`` (only the non-zero ones)."""
        out: dict[tuple[str, str], int] = {}
        for table, column in columns:
            if not (_NAME.match(table) and _NAME.match(column)):
                raise ValueError(f"bad table or column name {table!r}.{column!r}")
            n = int(
                self.db.execute(
                    f'SELECT count(*) FROM "{table}" WHERE "{column}" = ?', [person]
                ).fetchone()[0]
            )
            if n:
                out[(table, column)] = n
        return out

    def bump_epoch(self, pseudonym: str) -> int:
        """Record one more erasure (epoch + 1, and the pseudonym). Must run in a transaction."""
        self.db.bump(ERASURE_EPOCH)
        self.db.execute(
            "INSERT INTO erasures (pseudonym, erased_at) VALUES (?, ?)", [pseudonym, utcnow_text()]
        )
        return erasure_epoch(self.db)
