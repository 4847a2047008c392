"""The loop's tables and queries: a venture's life (how it started, when it ended), the pipeline's
queries, each member's marks on people (saved, skipped), and the conversations after an accepted introduction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from matcher.db import Database, utc_text
from matcher.loop.model import Mark, Message

__all__ = [
    "DigestStore",
    "LoopStore",
    "MessageStore",
    "m_digests",
    "m_marks",
    "m_messages",
    "m_thread_seats",
    "m_venture_story",
]


def m_venture_story(db: Database) -> None:
    """How a venture started (an accepted introduction, an event team) and when it ended."""
    db.execute(
        "CREATE TABLE venture_story (venture_id TEXT PRIMARY KEY REFERENCES ventures (id),"
        " origin TEXT NOT NULL, ended_on TEXT, ended_by TEXT)"
    )


def m_marks(db: Database) -> None:
    """A member's marks on people (saved, skipped)."""
    for sql in (
        "CREATE TABLE marks (owner TEXT NOT NULL, other TEXT NOT NULL, mark TEXT NOT NULL,"
        " created_at TEXT NOT NULL, PRIMARY KEY (owner, other))",
        "CREATE INDEX marks_other ON marks (other)",
    ):
        db.execute(sql)


def m_thread_seats(db: Database) -> None:
    """The order of a thread's members as a column (``seat``, 1, 2, ...): it was SQLite's
    ``rowid``, which PostgreSQL has not."""
    db.execute("ALTER TABLE thread_members ADD COLUMN seat INTEGER NOT NULL DEFAULT 0")
    if db.dialect == "sqlite":
        db.execute("UPDATE thread_members SET seat = rowid")


def m_messages(db: Database) -> None:
    """Conversations after an accepted introduction: a thread per introduction (its id), its
    members with how far each has read, and the messages."""
    for sql in (
        "CREATE TABLE threads (id TEXT PRIMARY KEY, created_at TEXT NOT NULL)",
        "CREATE TABLE thread_members (thread_id TEXT NOT NULL REFERENCES threads(id),"
        " person TEXT NOT NULL, role TEXT NOT NULL, read_upto INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (thread_id, person))",
        "CREATE INDEX thread_members_person ON thread_members (person)",
        f"CREATE TABLE messages (id {db.id_column()},"
        " thread_id TEXT NOT NULL REFERENCES threads(id), author TEXT NOT NULL,"
        " body TEXT NOT NULL, created_at TEXT NOT NULL)",
        "CREATE INDEX messages_thread ON messages (thread_id, id)",
        "CREATE INDEX messages_author ON messages (author)",
    ):
        db.execute(sql)


def m_digests(db: Database) -> None:
    """Who was in each member's weekly digest of new suggestions, and when."""
    for sql in (
        "CREATE TABLE digest_sent (member_id TEXT NOT NULL, candidate TEXT NOT NULL,"
        " sent_at TEXT NOT NULL, PRIMARY KEY (member_id, candidate))",
        "CREATE INDEX digest_sent_candidate ON digest_sent (candidate)",
    ):
        db.execute(sql)


class DigestStore:
    """The weekly digests sent, over a :class:`~matcher.db.Database`.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> store = DigestStore(connect())
    >>> now = dt.datetime(2026, 3, 2, tzinfo=dt.UTC)
    >>> with store.db.transaction():
    ...     store.record("ana", ["bob", "cyd"], now)
    >>> store.last("ana") == now, sorted(store.sent_to("ana")), store.last("bob")
    (True, ['bob', 'cyd'], None)
    """

    #: columns that hold person ids (checked empty after an erasure)
    PERSON_COLUMNS = (("digest_sent", "member_id"), ("digest_sent", "candidate"))

    def __init__(self, db: Database) -> None:
        self.db = db

    def last(self, member_id: str) -> dt.datetime | None:
        """When the member's last digest was written, or None."""
        row = self.db.execute(
            "SELECT max(sent_at) FROM digest_sent WHERE member_id = ?", [member_id]
        ).fetchone()
        return dt.datetime.fromisoformat(row[0]) if row and row[0] else None

    def sent_to(self, member_id: str) -> set[str]:
        """Everyone a digest already named to the member."""
        rows = self.db.execute(
            "SELECT candidate FROM digest_sent WHERE member_id = ?", [member_id]
        ).fetchall()
        return {r[0] for r in rows}

    def record(self, member_id: str, candidates: Sequence[str], now: dt.datetime) -> None:
        """A digest naming ``candidates`` went to the member. Must run in a transaction."""
        self.db.require_transaction()
        at = utc_text(now)
        self.db.executemany(
            "INSERT INTO digest_sent (member_id, candidate, sent_at) VALUES (?, ?, ?)"
            " ON CONFLICT (member_id, candidate) DO UPDATE SET sent_at = excluded.sent_at",
            [(member_id, c, at) for c in candidates],
        )

    def export(self, member_id: str) -> dict[str, object]:
        """Who the member's digests named, and when (their export)."""
        rows = self.db.execute(
            "SELECT candidate, sent_at FROM digest_sent WHERE member_id = ?"
            " ORDER BY sent_at, candidate",
            [member_id],
        ).fetchall()
        return {"suggested": [{"person": r[0], "at": r[1]} for r in rows]}

    def erase(self, member_id: str, pseudonym: str = "") -> int:
        """Delete the member's digests and their name in others'. In the erasure's
        transaction."""
        self.db.require_transaction()
        return int(
            self.db.execute(
                "DELETE FROM digest_sent WHERE member_id = ? OR candidate = ?",
                [member_id, member_id],
            ).rowcount
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

    def shared_ventures(self, person: str) -> list[tuple[str, str, str, str, dt.date | None]]:
        """(other member, venture id, venture name, venture created at, end date) for every
        venture of ``person``'s (people only invited are not in it yet)."""
        rows = self.db.execute(
            "SELECT o.member_id, v.id, v.name, v.created_at, s.ended_on FROM venture_members m"
            " JOIN venture_members o ON o.venture_id = m.venture_id AND o.member_id <> m.member_id"
            " AND o.role <> 'invited' JOIN ventures v ON v.id = m.venture_id"
            " LEFT JOIN venture_story s ON s.venture_id = v.id"
            " WHERE m.member_id = ? AND m.role <> 'invited' ORDER BY v.created_at",
            [person],
        ).fetchall()
        return [
            (r[0], r[1], r[2], r[3], None if r[4] is None else dt.date.fromisoformat(r[4]))
            for r in rows
        ]

    # ------------------------------------------------------------- marks
    def set_mark(self, owner: str, other: str, mark: Mark, at: dt.datetime) -> None:
        """Mark ``other`` for ``owner`` (replacing an earlier mark). In a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO marks (owner, other, mark, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (owner, other) DO UPDATE SET mark = excluded.mark,"
            " created_at = excluded.created_at",
            [owner, other, mark.value, at.isoformat(timespec="seconds")],
        )

    def clear_mark(self, owner: str, other: str) -> bool:
        """Take ``owner``'s mark off ``other``; False if there was none. In a transaction."""
        self.db.require_transaction()
        gone = self.db.execute(
            "DELETE FROM marks WHERE owner = ? AND other = ?", [owner, other]
        ).rowcount
        return bool(gone)

    def marks(self, owner: str) -> dict[str, Mark]:
        """``owner``'s marks, by person."""
        rows = self.db.execute(
            "SELECT other, mark FROM marks WHERE owner = ? ORDER BY created_at DESC, other",
            [owner],
        ).fetchall()
        return {r[0]: Mark(r[1]) for r in rows}

    def skipped(self, owner: str) -> set[str]:
        """The people ``owner`` skipped (left out of their suggestions)."""
        rows = self.db.execute(
            "SELECT other FROM marks WHERE owner = ? AND mark = ?", [owner, Mark.SKIPPED.value]
        ).fetchall()
        return {r[0] for r in rows}

    # ---------------------------------------------------------- privacy
    #: columns of these tables that hold person ids (checked empty after an erasure)
    PERSON_COLUMNS = (("venture_story", "ended_by"),)
    #: the same, for the marks (:meth:`erase_marks`)
    MARK_COLUMNS = (("marks", "owner"), ("marks", "other"))

    def export_marks(self, person: str) -> list[dict[str, str]]:
        """``person``'s marks on people (saved, skipped), for the export."""
        rows = self.db.execute(
            "SELECT other, mark, created_at FROM marks WHERE owner = ? ORDER BY created_at, other",
            [person],
        ).fetchall()
        return [{"person": r[0], "mark": r[1], "at": r[2]} for r in rows]

    def erase(self, person: str, pseudonym: str) -> int:
        """A venture ``person`` ended keeps the pseudonym. Must run in the erasure's transaction."""
        self.db.require_transaction()
        moved = self.db.execute(
            "UPDATE venture_story SET ended_by = ? WHERE ended_by = ?", [pseudonym, person]
        ).rowcount
        return int(moved)

    def erase_marks(self, person: str) -> int:
        """Delete ``person``'s marks and the marks others put on them. In the erasure's
        transaction."""
        self.db.require_transaction()
        gone = self.db.execute(
            "DELETE FROM marks WHERE owner = ? OR other = ?", [person, person]
        ).rowcount
        return int(gone)


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


class MessageStore:
    """Conversations after an accepted introduction, over a :class:`~matcher.db.Database`.

    A thread's id is its introduction's id; its members are fixed when the first message is
    written. Erasure (:meth:`erase`) deletes the erased person's messages and puts a
    pseudonym in their place among the members: the thread stays for the others.

    Examples
    --------
    >>> import datetime as dt
    >>> from matcher.schema import connect
    >>> store = MessageStore(connect())
    >>> at = dt.datetime(2026, 1, 2, 9, 30, tzinfo=dt.UTC)
    >>> with store.db.transaction():
    ...     store.open_thread("int_1", [("ana", "requester"), ("bob", "target")], at)
    ...     first = store.add_message("int_1", "ana", "Hello Bob", at)
    >>> store.unread("bob"), store.unread("ana")
    ({'int_1': (1, 'ana', '2026-01-02T09:30:00+00:00')}, {})
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def open_thread(self, thread: str, members: Sequence[tuple[str, str]], at: dt.datetime) -> None:
        """Create the thread with its members (person, role), if it does not exist yet.
        In a transaction."""
        self.db.require_transaction()
        cur = self.db.execute(
            "INSERT INTO threads (id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [thread, at.isoformat(timespec="seconds")],
        )
        if cur.rowcount:
            self.db.executemany(
                "INSERT INTO thread_members (thread_id, person, role, seat) VALUES (?, ?, ?, ?)",
                [(thread, person, role, seat) for seat, (person, role) in enumerate(members, 1)],
            )

    def members(self, thread: str) -> list[tuple[str, str]]:
        """(person, role) of the thread's members, or [] if it has none yet."""
        rows = self.db.execute(
            "SELECT person, role FROM thread_members WHERE thread_id = ? ORDER BY seat", [thread]
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def threads_of(self, person: str) -> list[str]:
        """The threads ``person`` is a member of."""
        return self.db.column(
            "SELECT thread_id FROM thread_members WHERE person = ? ORDER BY thread_id", [person]
        )

    def add_message(self, thread: str, author: str, body: str, at: dt.datetime) -> Message:
        """Append a message (its author has read up to it). In a transaction."""
        self.db.require_transaction()
        stamp = at.isoformat(timespec="seconds")
        cur = self.db.execute(
            "INSERT INTO messages (thread_id, author, body, created_at) VALUES (?, ?, ?, ?)"
            " RETURNING id",
            [thread, author, body, stamp],
        )
        new_id = int(cur.fetchone()[0])
        self.mark_read(thread, author, new_id)
        return Message(new_id, thread, author, body, _at(stamp))

    def messages(self, thread: str) -> list[Message]:
        """The thread's messages, oldest first."""
        return self.db.rows(
            "SELECT id, thread_id, author, body, created_at FROM messages WHERE thread_id = ?"
            " ORDER BY id",
            [thread],
            lambda r: Message(r[0], r[1], r[2], r[3], _at(r[4])),
        )

    def last_message(self, thread: str) -> Message | None:
        """The thread's newest message, or None."""
        rows = self.db.rows(
            "SELECT id, thread_id, author, body, created_at FROM messages WHERE thread_id = ?"
            " ORDER BY id DESC LIMIT 1",
            [thread],
            lambda r: Message(r[0], r[1], r[2], r[3], _at(r[4])),
        )
        return rows[0] if rows else None

    def mark_read(self, thread: str, person: str, upto: int) -> None:
        """``person`` has read the thread up to message ``upto``. In a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "UPDATE thread_members SET read_upto = ? WHERE thread_id = ? AND person = ?"
            " AND read_upto < ?",
            [upto, thread, person, upto],
        )

    def unread(
        self, person: str, *, ignore: Collection[str] = ()
    ) -> dict[str, tuple[int, str, str]]:
        """For each thread of ``person`` with messages from others they have not read: (how
        many, the last one's author, its time); the messages of the people in ``ignore`` (those
        ``person`` avoids, either way) do not count."""
        skip = sorted(ignore)
        rows = self.db.execute(
            "SELECT m.thread_id, count(*), max(m.id) FROM thread_members t"
            " JOIN messages m ON m.thread_id = t.thread_id AND m.id > t.read_upto"
            " AND m.author <> t.person WHERE t.person = ?"
            + (f" AND m.author NOT IN ({','.join('?' * len(skip))})" if skip else "")
            + " GROUP BY m.thread_id",
            [person, *skip],
        ).fetchall()
        out = {}
        for thread, count, last in rows:
            author, at = self.db.execute(
                "SELECT author, created_at FROM messages WHERE id = ?", [last]
            ).fetchone()
            out[thread] = (int(count), author, at)
        return out

    def last_messages(
        self, threads: Sequence[str], *, ignore: Collection[str] = ()
    ) -> dict[str, str]:
        """The time of each thread's last message (threads without one left out), not
        counting the messages of the people in ``ignore``."""
        if not threads:
            return {}
        marks = ",".join("?" * len(threads))
        skip = sorted(ignore)
        rows = self.db.execute(
            f"SELECT thread_id, max(created_at) FROM messages WHERE thread_id IN ({marks})"
            + (f" AND author NOT IN ({','.join('?' * len(skip))})" if skip else "")
            + " GROUP BY thread_id",
            [*threads, *skip],
        ).fetchall()
        return {r[0]: r[1] for r in rows}

    # ---------------------------------------------------------- privacy
    #: columns of these tables that hold person ids (checked empty after an erasure)
    PERSON_COLUMNS = (("thread_members", "person"), ("messages", "author"))

    def export(self, person: str) -> dict[str, object]:
        """The conversations ``person`` is in: the members and every message, theirs and those
        written to them."""
        threads = []
        for thread in self.threads_of(person):
            threads.append(
                {
                    "thread": thread,
                    "members": [p for p, _ in self.members(thread)],
                    "messages": [
                        {"author": m.author, "body": m.body, "at": m.at.isoformat()}
                        for m in self.messages(thread)
                    ],
                }
            )
        return {"threads": threads}

    def erase(self, person: str, pseudonym: str) -> int:
        """Delete ``person``'s messages, and put ``pseudonym`` in their place among the members
        (the thread stays for the others); a thread left with no one else is deleted whole.
        In the erasure's transaction."""
        self.db.require_transaction()
        changed = self.db.execute("DELETE FROM messages WHERE author = ?", [person]).rowcount
        for thread in self.threads_of(person):
            alive = self.db.execute(  # other members who still have a profile
                "SELECT count(*) FROM thread_members t JOIN profiles p ON p.id = t.person"
                " WHERE t.thread_id = ? AND t.person <> ?",
                [thread, person],
            ).fetchone()[0]
            if alive:
                changed += self.db.execute(
                    "UPDATE thread_members SET person = ? WHERE thread_id = ? AND person = ?",
                    [pseudonym, thread, person],
                ).rowcount
            else:  # nobody left to read it
                for table, column in (("messages", "thread_id"), ("thread_members", "thread_id")):
                    changed += self.db.execute(
                        f"DELETE FROM {table} WHERE {column} = ?", [thread]
                    ).rowcount
                self.db.execute("DELETE FROM threads WHERE id = ?", [thread])
        return int(changed)
