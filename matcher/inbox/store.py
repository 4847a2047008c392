"""The inbox tables: items, and each member's e-mail choice per kind of notice."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from typing import Any

from matcher.db import Database, utc_text
from matcher.inbox.model import InboxItem
from matcher.notices import NoticeKind

__all__ = ["InboxStore", "m_inbox", "m_inbox_seq", "m_signing_keys"]


def m_inbox(db: Database) -> None:
    """Inbox items and notification choices (issue 18)."""
    db.execute(
        "CREATE TABLE inbox_items (id TEXT PRIMARY KEY, member_id TEXT NOT NULL,"
        " kind TEXT NOT NULL, data TEXT NOT NULL, created_at TEXT NOT NULL, read_at TEXT)"
    )
    db.execute("CREATE INDEX idx_inbox_member ON inbox_items (member_id, read_at)")
    db.execute(
        "CREATE TABLE notification_prefs (member_id TEXT NOT NULL, kind TEXT NOT NULL,"
        " email INTEGER NOT NULL, PRIMARY KEY (member_id, kind))"
    )


def m_inbox_seq(db: Database) -> None:
    """The order items were added in as a column (``seq``): it was SQLite's ``rowid``, which
    PostgreSQL has not (items of the same second list newest first on both)."""
    db.execute("ALTER TABLE inbox_items ADD COLUMN seq INTEGER NOT NULL DEFAULT 0")
    if db.dialect == "sqlite":
        db.execute("UPDATE inbox_items SET seq = rowid")


def m_signing_keys(db: Database) -> None:
    """The community's signing keys (one per purpose): the unsubscribe links' key."""
    db.execute("CREATE TABLE signing_keys (purpose TEXT PRIMARY KEY, secret TEXT NOT NULL)")
    db.execute(
        "INSERT INTO signing_keys (purpose, secret) VALUES ('unsubscribe', ?)",
        [secrets.token_hex(32)],
    )


def _item(row: Any) -> InboxItem:
    return InboxItem(
        row[0],
        row[1],
        NoticeKind(row[2]),
        json.loads(row[3]),
        dt.datetime.fromisoformat(row[4]),
        dt.datetime.fromisoformat(row[5]) if row[5] else None,
    )


class InboxStore:
    """Inbox items and e-mail choices over a :class:`~matcher.db.Database`.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> store = InboxStore(connect())
    >>> now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    >>> with store.db.transaction():
    ...     store.add("inb_1", "bob", NoticeKind.EVENT_INVITE, {"event": "e1"}, now)
    >>> store.unread("bob"), [i.data["event"] for i in store.items("bob")]
    (1, ['e1'])
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        item_id: str,
        member_id: str,
        kind: NoticeKind,
        data: dict[str, str],
        now: dt.datetime,
    ) -> None:
        """Store a new, unread item. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            # writers are serial on both backends: the next number is the largest plus one
            "INSERT INTO inbox_items (id, member_id, kind, data, created_at, seq)"
            " VALUES (?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM inbox_items))",
            [item_id, member_id, kind.value, json.dumps(data, sort_keys=True), utc_text(now)],
        )

    def items(
        self, member_id: str, *, unread_only: bool = False, limit: int = 100, offset: int = 0
    ) -> list[InboxItem]:
        """The member's items, newest first."""
        extra = " AND read_at IS NULL" if unread_only else ""
        return self.db.rows(
            "SELECT id, member_id, kind, data, created_at, read_at FROM inbox_items"
            f" WHERE member_id = ?{extra} ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?",
            [member_id, limit, offset],
            _item,
        )

    def unread(self, member_id: str) -> int:
        """How many of the member's items are unread."""
        row = self.db.execute(
            "SELECT count(*) FROM inbox_items WHERE member_id = ? AND read_at IS NULL",
            [member_id],
        ).fetchone()
        return int(row[0])

    def mark_read(self, member_id: str, item_id: str | None, now: dt.datetime) -> int:
        """Mark one item (or, with None, every item) of the member read; how many changed.
        Must run in a transaction."""
        self.db.require_transaction()
        sql = "UPDATE inbox_items SET read_at = ? WHERE member_id = ? AND read_at IS NULL"
        params: list[Any] = [utc_text(now), member_id]
        if item_id is not None:
            sql += " AND id = ?"
            params.append(item_id)
        return int(self.db.execute(sql, params).rowcount)

    def get(self, member_id: str, item_id: str) -> InboxItem | None:
        """The member's item with this id, or None (another member's: None too)."""
        return self.db.first(
            "SELECT id, member_id, kind, data, created_at, read_at FROM inbox_items"
            " WHERE member_id = ? AND id = ?",
            [member_id, item_id],
            _item,
        )

    def exists(self, member_id: str, item_id: str) -> bool:
        """True if the item is the member's."""
        row = self.db.execute(
            "SELECT 1 FROM inbox_items WHERE member_id = ? AND id = ?", [member_id, item_id]
        ).fetchone()
        return row is not None

    def unread_about(self, member_id: str, kind: NoticeKind, key: str, value: str) -> str | None:
        """The id of an unread item of the member's of this kind whose fact ``key`` is
        ``value``, or None."""
        row = self.db.execute(
            "SELECT id FROM inbox_items WHERE member_id = ? AND kind = ? AND read_at IS NULL"
            f" AND {self._fact()} = ? LIMIT 1",
            [member_id, kind.value, key, value],
        ).fetchone()
        return None if row is None else str(row[0])

    def settle(
        self,
        member_id: str,
        kind: NoticeKind,
        key: str,
        value: str,
        now: dt.datetime,
        *,
        done: bool = False,
    ) -> int:
        """Mark read the member's items of this kind whose fact ``key`` is ``value`` (and,
        with ``done``, record that what they asked is done); how many. In a transaction."""
        self.db.require_transaction()
        mark = (
            "json_set(data, '$.done', 'yes')"
            if self.db.dialect == "sqlite"
            else """(data::jsonb || '{"done": "yes"}'::jsonb)::text"""
        )
        extra = f", data = {mark}" if done else ""
        cur = self.db.execute(
            f"UPDATE inbox_items SET read_at = coalesce(read_at, ?){extra}"
            f" WHERE member_id = ? AND kind = ? AND {self._fact()} = ?",
            [utc_text(now), member_id, kind.value, key, value],
        )
        return int(cur.rowcount)

    def _fact(self) -> str:
        """SQL for an item's fact named by the next ``?`` (its data is a JSON object)."""
        if self.db.dialect == "sqlite":
            return "json_extract(data, '$.' || ?)"
        return "(data::jsonb ->> CAST(? AS TEXT))"

    def signing_key(self, purpose: str) -> bytes:
        """The community's key for ``purpose`` (made by the migration)."""
        row = self.db.execute(
            "SELECT secret FROM signing_keys WHERE purpose = ?", [purpose]
        ).fetchone()
        if row is None:
            raise LookupError(f"no signing key for {purpose!r}: the database is not migrated")
        return bytes.fromhex(row[0])

    def email_choices(self, member_id: str) -> dict[str, bool]:
        """The kinds the member chose to get (or not) by e-mail."""
        rows = self.db.execute(
            "SELECT kind, email FROM notification_prefs WHERE member_id = ?", [member_id]
        ).fetchall()
        return {r[0]: bool(r[1]) for r in rows}

    def set_email_choice(self, member_id: str, kind: NoticeKind, email: bool) -> None:
        """Save a choice. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO notification_prefs (member_id, kind, email) VALUES (?, ?, ?)"
            " ON CONFLICT(member_id, kind) DO UPDATE SET email = excluded.email",
            [member_id, kind.value, int(email)],
        )

    def rekey(self, old: str, new: str) -> int:
        """Move a member's items and choices to a new id (an account that claimed a profile;
        its choices win over the profile's). Must run in a transaction."""
        self.db.require_transaction()
        moved = self.db.execute(
            "UPDATE inbox_items SET member_id = ? WHERE member_id = ?", [new, old]
        ).rowcount
        self.db.execute(  # the account's choice of a kind replaces the profile's
            "DELETE FROM notification_prefs WHERE member_id = ? AND kind IN"
            " (SELECT kind FROM notification_prefs WHERE member_id = ?)",
            [new, old],
        )
        moved += self.db.execute(
            "UPDATE notification_prefs SET member_id = ? WHERE member_id = ?", [new, old]
        ).rowcount
        return int(moved)

    def forget(self, member_id: str, pseudonym: str = "") -> int:
        """Delete the member's items and choices (erasure). Must run in a transaction.

        Items addressed to others about the member (``who``, or ``member``: whose salary a
        proposal is about) keep the fact, but the id is replaced by the pseudonym and the
        name shown at the time is dropped.
        """
        self.db.require_transaction()
        gone = 0
        for sql in (
            "DELETE FROM inbox_items WHERE member_id = ?",
            "DELETE FROM notification_prefs WHERE member_id = ?",
        ):
            gone += int(self.db.execute(sql, [member_id]).rowcount)
        rows = self.db.execute(
            "SELECT id, data FROM inbox_items WHERE data LIKE ?", [f'%"{member_id}"%']
        ).fetchall()
        for item_id, text in rows:
            data = json.loads(text)
            changed = dict(data)
            # who acted, and whose salary a proposal is about, with the names shown then
            for key, name in (("who", "name"), ("member", "member_name")):
                if data.get(key) == member_id:
                    changed |= {key: pseudonym, name: ""}
            if changed != data:
                self.db.execute(
                    "UPDATE inbox_items SET data = ? WHERE id = ?",
                    [json.dumps(changed, sort_keys=True), item_id],
                )
                gone += 1
        return gone
