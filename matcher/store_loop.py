"""SQL for closing the loop: private feedback after meetings, and who must be kept apart.

A thin layer over :class:`matcher.store.Store` (its connection and transactions); the
migration :func:`m_feedback` is listed in :data:`matcher.store.MIGRATIONS`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import sqlite_utils

from matcher.feedback import Feedback, Verdict

if TYPE_CHECKING:
    from matcher.store import Store

__all__ = ["LoopStore", "m_feedback", "m_venture_story"]


def m_feedback(db: sqlite_utils.Database) -> None:
    """Feedback after meetings: one verdict per (author, about, context), private to its author."""
    for sql in (
        "CREATE TABLE feedback (author TEXT NOT NULL, about TEXT NOT NULL,"
        " context TEXT NOT NULL, verdict TEXT NOT NULL"
        " CHECK (verdict IN ('again', 'not-a-fit', 'met-before')),"
        " created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
        " PRIMARY KEY (author, about, context), CHECK (author <> about))",
        "CREATE INDEX feedback_about ON feedback (about)",
    ):
        db.execute(sql)


def m_venture_story(db: sqlite_utils.Database) -> None:
    """How a venture started (an accepted introduction, an event team) and when it ended."""
    db.execute(
        "CREATE TABLE venture_story (venture_id TEXT PRIMARY KEY REFERENCES ventures (id),"
        " origin TEXT NOT NULL, ended_on TEXT, ended_by TEXT)"
    )


def _feedback(row: tuple[str, str, str, str, str]) -> Feedback:
    return Feedback(row[0], row[1], Verdict(row[3]), row[2], dt.datetime.fromisoformat(row[4]))


class LoopStore:
    """Feedback rows and the pairs they keep apart.

    Examples
    --------
    >>> from matcher.store import Store
    >>> store = Store(":memory:")
    >>> loop = LoopStore(store)
    >>> t = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    >>> with store.transaction():
    ...     loop.put_feedback(Feedback("ana", "bob", Verdict.NOT_A_FIT, "", t))
    >>> loop.kept_apart("bob"), loop.kept_apart("cy")
    ({'ana'}, set())
    """

    _SELECT = "SELECT author, about, context, verdict, updated_at FROM feedback"

    def __init__(self, store: Store) -> None:
        self.store = store

    def put_feedback(self, f: Feedback) -> None:
        """Record (or change) one verdict. Must run in a transaction."""
        self.store._require_tx()
        at = f.created_at.isoformat()
        self.store.db.execute(
            "INSERT INTO feedback (author, about, context, verdict, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (author, about, context) DO UPDATE"
            " SET verdict = excluded.verdict, updated_at = excluded.updated_at",
            [f.author, f.about, f.context, f.verdict.value, at, at],
        )

    def feedback_by(self, author: str) -> list[Feedback]:
        """Everything ``author`` said, newest first (theirs to see, nobody else's)."""
        rows = self.store.db.execute(
            f"{self._SELECT} WHERE author = ? ORDER BY updated_at DESC, about, context",
            [author],
        ).fetchall()
        return [_feedback(r) for r in rows]

    def verdicts(self, author: str, about: str) -> set[Verdict]:
        """The verdicts ``author`` gave about ``about``, in any context."""
        rows = self.store.db.execute(
            "SELECT DISTINCT verdict FROM feedback WHERE author = ? AND about = ?", [author, about]
        ).fetchall()
        return {Verdict(r[0]) for r in rows}

    def kept_apart(self, person: str) -> set[str]:
        """People never to be suggested to or seated with ``person``: a "not a fit" either
        way, or an introduction request one of them declined as its target."""
        rows = self.store.db.execute(
            "SELECT about FROM feedback WHERE author = ? AND verdict = 'not-a-fit'"
            " UNION SELECT author FROM feedback WHERE about = ? AND verdict = 'not-a-fit'"
            " UNION SELECT target FROM introductions WHERE requester = ? AND target_answer = 0"
            " UNION SELECT requester FROM introductions WHERE target = ? AND target_answer = 0",
            [person, person, person, person],
        ).fetchall()
        return {r[0] for r in rows}

    def pairs_with(self, verdicts: tuple[Verdict, ...], people: set[str]) -> set[frozenset[str]]:
        """Pairs among ``people`` where either side gave one of ``verdicts`` (for planners)."""
        if not people or not verdicts:
            return set()
        marks = ",".join("?" * len(verdicts))
        rows = self.store.db.execute(
            f"SELECT author, about FROM feedback WHERE verdict IN ({marks})",
            [v.value for v in verdicts],
        ).fetchall()
        return {frozenset(r) for r in rows if r[0] in people and r[1] in people}

    def requests_sent(self, requester: str, since: dt.datetime) -> list[dt.datetime]:
        """When ``requester`` sent introduction requests after ``since``."""
        margin = (since - dt.timedelta(days=1)).isoformat()  # text order is only near-exact
        rows = self.store.db.execute(
            "SELECT created_at FROM introductions WHERE requester = ? AND created_at > ?",
            [requester, margin],
        ).fetchall()
        times = (dt.datetime.fromisoformat(r[0]) for r in rows)
        return [t for t in times if t > since]

    def last_declined(self, requester: str, target: str) -> dt.datetime | None:
        """When the last request from ``requester`` that ``target`` declined was sent."""
        row = self.store.db.execute(
            "SELECT max(created_at) FROM introductions WHERE requester = ? AND target = ?"
            " AND target_answer = 0",
            [requester, target],
        ).fetchone()
        return None if row is None or row[0] is None else dt.datetime.fromisoformat(row[0])

    # ---------------------------------------------------------- ventures
    def set_origin(self, venture_id: str, origin: str) -> None:
        """Record how a venture started (e.g. ``intro:int_1``). Must run in a transaction."""
        self.store._require_tx()
        self.store.db.execute(
            "INSERT INTO venture_story (venture_id, origin) VALUES (?, ?)"
            " ON CONFLICT (venture_id) DO UPDATE SET origin = excluded.origin",
            [venture_id, origin],
        )

    def end(self, venture_id: str, on: dt.date, by: str) -> None:
        """Record that a venture ended. Must run in a transaction."""
        self.store._require_tx()
        self.store.db.execute(
            "INSERT INTO venture_story (venture_id, origin, ended_on, ended_by) VALUES (?, '', ?, ?)"
            " ON CONFLICT (venture_id) DO UPDATE SET ended_on = excluded.ended_on,"
            " ended_by = excluded.ended_by",
            [venture_id, on.isoformat(), by],
        )

    def story(self, venture_id: str) -> tuple[str, dt.date | None]:
        """(origin, end date) of a venture; ``("", None)`` when nothing was recorded."""
        row = self.store.db.execute(
            "SELECT origin, ended_on FROM venture_story WHERE venture_id = ?", [venture_id]
        ).fetchone()
        if row is None:
            return "", None
        return row[0], None if row[1] is None else dt.date.fromisoformat(row[1])

    def shared_ventures(self, person: str) -> list[tuple[str, str, str, dt.date | None]]:
        """(other member, venture id, venture created at, end date) for every venture of
        ``person``'s."""
        rows = self.store.db.execute(
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
    PERSON_COLUMNS = (("feedback", "author"), ("feedback", "about"), ("venture_story", "ended_by"))

    def export(self, person: str) -> dict[str, object]:
        """What ``person`` may see here: the feedback they gave (never what others said)."""
        return {
            "feedback_given": [
                {
                    "about": f.about,
                    "verdict": f.verdict.value,
                    "context": f.context,
                    "at": f.created_at.isoformat(),
                }
                for f in self.feedback_by(person)
            ]
        }

    def erase(self, person: str, pseudonym: str) -> int:
        """Delete feedback by or about ``person``; a venture they ended keeps the pseudonym.
        Must run in the erasure's transaction."""
        self.store._require_tx()
        db = self.store.db
        gone = db.execute(
            "DELETE FROM feedback WHERE author = ? OR about = ?", [person, person]
        ).rowcount
        moved = db.execute(
            "UPDATE venture_story SET ended_by = ? WHERE ended_by = ?", [pseudonym, person]
        ).rowcount
        return int(gone) + int(moved)
