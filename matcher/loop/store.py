"""The table of a venture's life (how it started, when it ended) and the pipeline's queries."""

from __future__ import annotations

import datetime as dt

from matcher.db import Database

__all__ = ["LoopStore", "m_venture_story"]


def m_venture_story(db: Database) -> None:
    """How a venture started (an accepted introduction, an event team) and when it ended."""
    db.execute(
        "CREATE TABLE venture_story (venture_id TEXT PRIMARY KEY REFERENCES ventures (id),"
        " origin TEXT NOT NULL, ended_on TEXT, ended_by TEXT)"
    )


class LoopStore:
    """A venture's story, over a :class:`~matcher.db.Database`.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> loop = LoopStore(connect())
    >>> loop.story("acme")
    ('', None)
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def set_origin(self, venture_id: str, origin: str) -> None:
        """Record how a venture started (e.g. ``intro:int_1``). Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO venture_story (venture_id, origin) VALUES (?, ?)"
            " ON CONFLICT (venture_id) DO UPDATE SET origin = excluded.origin",
            [venture_id, origin],
        )

    def end(self, venture_id: str, on: dt.date, by: str) -> None:
        """Record that a venture ended. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO venture_story (venture_id, origin, ended_on, ended_by) VALUES (?, '', ?, ?)"
            " ON CONFLICT (venture_id) DO UPDATE SET ended_on = excluded.ended_on,"
            " ended_by = excluded.ended_by",
            [venture_id, on.isoformat(), by],
        )

    def story(self, venture_id: str) -> tuple[str, dt.date | None]:
        """(origin, end date) of a venture; ``("", None)`` when nothing was recorded."""
        row = self.db.execute(
            "SELECT origin, ended_on FROM venture_story WHERE venture_id = ?", [venture_id]
        ).fetchone()
        if row is None:
            return "", None
        return row[0], None if row[1] is None else dt.date.fromisoformat(row[1])

    def origins(self, prefix: str) -> list[tuple[str, str]]:
        """(venture id, origin) of the ventures whose origin starts with ``prefix``."""
        rows = self.db.execute(
            "SELECT venture_id, origin FROM venture_story WHERE substr(origin, 1, ?) = ?"
            " ORDER BY venture_id",
            [len(prefix), prefix],
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def shared_ventures(self, person: str) -> list[tuple[str, str, str, dt.date | None]]:
        """(other member, venture id, venture created at, end date) for every venture of
        ``person``'s."""
        rows = self.db.execute(
            "SELECT o.member_id, v.id, v.created_at, s.ended_on FROM venture_members m"
            " JOIN venture_members o ON o.venture_id = m.venture_id AND o.member_id <> m.member_id"
            " JOIN ventures v ON v.id = m.venture_id"
            " LEFT JOIN venture_story s ON s.venture_id = v.id"
            " WHERE m.member_id = ? ORDER BY v.created_at",
            [person],
        ).fetchall()
        return [
            (r[0], r[1], r[2], None if r[3] is None else dt.date.fromisoformat(r[3])) for r in rows
        ]

    # ---------------------------------------------------------- privacy
    #: columns of these tables that hold person ids (checked empty after an erasure)
    PERSON_COLUMNS = (("venture_story", "ended_by"),)

    def erase(self, person: str, pseudonym: str) -> int:
        """A venture ``person`` ended keeps the pseudonym. Must run in the erasure's transaction."""
        self.db.require_transaction()
        moved = self.db.execute(
            "UPDATE venture_story SET ended_by = ? WHERE ended_by = ?", [pseudonym, person]
        ).rowcount
        return int(moved)
