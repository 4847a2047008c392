"""Every domain store of one database behind one object, for tests that read across domains.

Product code reaches each domain's store through that domain; tests often check rows of
several domains at once (after an erasure, a crash, a concurrent write), so this looks a
method up in each store in turn, then in the :class:`~matcher.db.Database` itself.
"""

from __future__ import annotations

from typing import Any

from matcher.db import Database
from matcher.equity import EquityStore
from matcher.events import EventStore
from matcher.loop import LoopStore
from matcher.privacy import PrivacyStore
from matcher.profiles import ProfileStore
from matcher.security import SecurityStore
from matcher.trust import AvoidStore, TrustStore


class AnyStore:
    """``AnyStore(db).get_profile(...)``, ``.ledger(...)``, ``.execute(...)``: the first store
    (or the database) that has the method answers."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._stores = (
            ProfileStore(db),
            EquityStore(db),
            TrustStore(db),
            AvoidStore(db),
            SecurityStore(db),
            EventStore(db),
            LoopStore(db),
            PrivacyStore(db),
            db,
        )

    def __getattr__(self, name: str) -> Any:
        for store in self._stores:
            if hasattr(type(store), name) or name in vars(store):
                return getattr(store, name)
        raise AttributeError(name)


def dump_rows(db: Database) -> str:
    """Every row of every table, as text (to check that a value is gone from the database).

    A value shows as ``'bob'`` (a column) or ``"bob"`` (inside JSON text).
    """
    lines = []
    for table in sorted(db.table_names()):
        for row in db.execute(f'SELECT * FROM "{table}"'):
            lines.append(f"{table}: {row!r}")
    return "\n".join(lines)


def count_statements(db: Database) -> list[int]:
    """Count the statements ``db`` runs from now on (``[n]``, updated in place): the
    database layer's public calls, wrapped on this one object (``insert_many`` sends its
    multi-row statements through ``execute``)."""
    seen = [0]
    execute, executemany = db.execute, db.executemany

    def counted_execute(sql: str, params: Any = ()) -> Any:
        seen[0] += 1
        return execute(sql, params)

    def counted_many(sql: str, rows: Any) -> Any:
        batch = list(rows)
        seen[0] += len(batch)
        return executemany(sql, batch)

    db.execute = counted_execute  # type: ignore[method-assign]
    db.executemany = counted_many  # type: ignore[method-assign]
    return seen
