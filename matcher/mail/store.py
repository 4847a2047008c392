"""The outbox table: every e-mail, from the transaction that wrote it until it is sent.

A worker *claims* due messages (sets ``claimed_until``) in one ``UPDATE ... WHERE id IN
(SELECT ... LIMIT n) RETURNING`` statement, the claim of :mod:`matcher.db.jobs`: on
PostgreSQL the sub-select takes its rows ``FOR UPDATE SKIP LOCKED``, so workers in other
processes skip each other's rows; on SQLite the statement is a write transaction of its
own. Two workers never take the same message, and a claim does not wait for the
database's writer lock. The worker sends them, then marks each sent or failed. A worker that dies holding messages loses its claim when ``claimed_until``
passes; nothing is lost. A message sent but not yet marked when its worker died is sent
again (at-least-once) with the same ``Message-ID``.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable
from typing import Any

from matcher.addresses import address_key
from matcher.db import Database, utc_text
from matcher.errors import InvalidInput
from matcher.mail.model import STATES, Outgoing, Queued

__all__ = [
    "SECRET_ERASED",
    "MailStore",
    "m_outbox",
    "m_outbox_about",
    "m_outbox_cause",
    "m_outbox_lang",
    "m_outbox_unsubscribe",
]

#: What a sent message that held a one-time link keeps as its body.
SECRET_ERASED = "(sent; this message held a one-time link and its text was erased)"


def m_outbox(db: Database) -> None:
    """The outbox (issue 18)."""
    db.execute(
        f"CREATE TABLE outbox (id {db.id_column()}, kind TEXT NOT NULL,"
        " to_addr TEXT NOT NULL, member_id TEXT, subject TEXT NOT NULL, body TEXT NOT NULL,"
        " secret INTEGER NOT NULL DEFAULT 0, message_id TEXT NOT NULL, created_at TEXT NOT NULL,"
        " status TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,"
        " next_at DOUBLE PRECISION NOT NULL, claimed_until DOUBLE PRECISION, sent_at TEXT, last_error TEXT NOT NULL"
        " DEFAULT '')"
    )
    db.execute("CREATE INDEX idx_outbox_due ON outbox (status, next_at)")
    db.execute("CREATE INDEX idx_outbox_member ON outbox (member_id)")


def m_outbox_about(db: Database) -> None:
    """The member a message names (``about_id``): erasing them deletes it (privacy)."""
    db.execute("ALTER TABLE outbox ADD COLUMN about_id TEXT")
    db.execute("CREATE INDEX idx_outbox_about ON outbox (about_id)")


def m_outbox_unsubscribe(db: Database) -> None:
    """The path that switches a message's kind of e-mail off (RFC 8058 headers)."""
    db.execute("ALTER TABLE outbox ADD COLUMN unsubscribe TEXT NOT NULL DEFAULT ''")


def m_outbox_cause(db: Database) -> None:
    """What each message comes from (``cause``, e.g. ``intro:int_1``): a withdrawn request
    cancels its unsent e-mails (status ``cancelled``, the reason in ``last_error``)."""
    db.execute("ALTER TABLE outbox ADD COLUMN cause TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX idx_outbox_cause ON outbox (cause, status)")


def m_outbox_lang(db: Database) -> None:
    """The reader's language of each message (its HTML part says it: ``<html lang>``);
    messages queued before read ``''`` (no language said)."""
    db.execute("ALTER TABLE outbox ADD COLUMN lang TEXT NOT NULL DEFAULT ''")


_COLUMNS = (
    "id, to_addr, subject, body, kind, member_id, created_at, attempts, status, next_at,"
    " sent_at, last_error, message_id, unsubscribe, lang"
)


def _queued(row: Any) -> Queued:
    return Queued(
        id=int(row[0]),
        to=row[1],
        subject=row[2],
        body=row[3],
        kind=row[4],
        member_id=row[5],
        created_at=dt.datetime.fromisoformat(row[6]),
        attempts=int(row[7]),
        status=row[8],
        next_at=float(row[9]),
        sent_at=dt.datetime.fromisoformat(row[10]) if row[10] else None,
        last_error=row[11] or "",
        message_id=row[12],
        unsubscribe=row[13] or "",
        lang=row[14] or "",
    )


class MailStore:
    """The outbox over a :class:`~matcher.db.Database`.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> store = MailStore(connect())
    >>> now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    >>> with store.db.transaction():
    ...     n = store.put(Outgoing("bob@example.org", "Hi", "Text", "test"), now)
    >>> [m.subject for m in store.claim(now.timestamp(), lease=60, limit=10)]
    ['Hi']
    >>> store.claim(now.timestamp(), lease=60, limit=10)  # claimed: nobody else takes it
    []
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def put(self, message: Outgoing, now: dt.datetime, *, domain: str = "cofoundry.local") -> int:
        """Add a message, due now; its id. Must run in the transaction of its cause."""
        self.db.require_transaction()
        mid = f"<{secrets.token_hex(12)}@{domain}>"
        cur = self.db.execute(
            "INSERT INTO outbox (kind, to_addr, member_id, about_id, subject, body, secret,"
            " message_id, created_at, next_at, unsubscribe, cause, lang)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [
                message.kind,
                message.to,
                message.member_id,
                message.about,
                message.subject,
                message.body,
                int(message.secret),
                mid,
                utc_text(now),
                now.timestamp(),
                message.unsubscribe,
                message.cause,
                message.lang,
            ],
        )
        return int(cur.fetchone()[0])

    def claim(self, now: float, *, lease: float, limit: int) -> list[Queued]:
        """Take up to ``limit`` due messages for ``lease`` seconds (oldest first)."""
        rows = self.db.execute(
            "UPDATE outbox SET claimed_until = ? WHERE id IN (SELECT id FROM outbox"
            " WHERE status = 'pending' AND next_at <= ?"
            " AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY next_at, id LIMIT ?"
            f"{self.db.skip_locked()}) RETURNING {_COLUMNS}",
            [now + lease, now, now, limit],
        ).fetchall()
        return sorted((_queued(r) for r in rows), key=lambda m: (m.next_at, m.id))

    def mark_sent(self, message_id: int, when: dt.datetime) -> None:
        """The server accepted it: never send it again; erase a one-time link's text."""
        with self.db.transaction():
            self.db.execute(
                "UPDATE outbox SET status = 'sent', sent_at = ?, claimed_until = NULL,"
                " attempts = attempts + 1, last_error = '',"
                " body = CASE WHEN secret <> 0 THEN ? ELSE body END WHERE id = ?",
                [utc_text(when), SECRET_ERASED, message_id],
            )

    def mark_failed(self, message_id: int, error: str, next_at: float) -> None:
        """It failed: count the attempt, keep the reason, and release it until ``next_at``."""
        with self.db.transaction():
            self.db.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_at = ?,"
                " claimed_until = NULL WHERE id = ?",
                [error[:500], next_at, message_id],
            )

    def cancel(self, cause: str, reason: str) -> int:
        """Cancel the unsent messages of ``cause`` (status ``cancelled``, ``reason`` kept in
        ``last_error`` for the operator): no worker takes them any more. A message sent, or
        cancelled already, is left alone; one a worker holds at this moment may still go
        out (it is then marked sent, which it was). Must run in a transaction; how many.
        """
        self.db.require_transaction()
        if not cause:
            return 0
        return int(
            self.db.execute(
                "UPDATE outbox SET status = 'cancelled', last_error = ?"
                " WHERE cause = ? AND status = 'pending'",
                [reason[:500], cause],
            ).rowcount
        )

    def get(self, message_id: int) -> Queued | None:
        """One message, or None."""
        return self.db.first(f"SELECT {_COLUMNS} FROM outbox WHERE id = ?", [message_id], _queued)

    def messages(self, *, status: str | None = None, limit: int = 50) -> list[Queued]:
        """The newest messages (``status``: one of :data:`STATES`; None: all)."""
        if status is not None and status not in STATES:
            raise InvalidInput(
                f"status must be one of {', '.join(STATES)}",
                field="status",
                value=status,
                hint="leave it out for every message",
            )
        where, params = ("WHERE status = ?", [status]) if status else ("", [])
        return self.db.rows(
            f"SELECT {_COLUMNS} FROM outbox {where} ORDER BY id DESC LIMIT ?",
            [*params, limit],
            _queued,
        )

    def counts(self) -> dict[str, int]:
        """Messages per status."""
        rows = self.db.execute("SELECT status, count(*) FROM outbox GROUP BY status").fetchall()
        return {r[0]: int(r[1]) for r in rows}

    def of_member(self, member_id: str) -> list[Queued]:
        """The messages addressed to a member (their export)."""
        return self.db.rows(
            f"SELECT {_COLUMNS} FROM outbox WHERE member_id = ? ORDER BY id", [member_id], _queued
        )

    def count_about(
        self, member_id: str, about: str, kinds: Iterable[str], since: dt.datetime
    ) -> int:
        """How many messages of ``kinds`` to ``member_id`` that name ``about`` were queued
        since ``since`` (whatever became of them: sent, failed or cancelled)."""
        wanted = list(kinds)
        marks = ",".join("?" * len(wanted))
        row = self.db.execute(
            "SELECT count(*) FROM outbox WHERE member_id = ? AND about_id = ?"
            f" AND kind IN ({marks}) AND created_at >= ?",
            [member_id, about, *wanted, utc_text(since)],
        ).fetchone()
        return int(row[0]) if row else 0

    def rekey(self, old: str, new: str) -> int:
        """Move the messages to (or about) a member to a new id. Must run in a transaction."""
        self.db.require_transaction()
        moved = self.db.execute(
            "UPDATE outbox SET member_id = ? WHERE member_id = ?", [new, old]
        ).rowcount
        moved += self.db.execute(
            "UPDATE outbox SET about_id = ? WHERE about_id = ?", [new, old]
        ).rowcount
        return int(moved)

    def hand_to_address(self, member_id: str, kind: str) -> int:
        """Unfile the unsent messages of ``kind`` to a member from them (``member_id`` set to
        NULL): they belong to the address they go to (a confirmation code confirms whoever
        reads it), so erasing the member does not delete them. Must run in a transaction."""
        self.db.require_transaction()
        return int(
            self.db.execute(
                "UPDATE outbox SET member_id = NULL"
                " WHERE member_id = ? AND kind = ? AND status = 'pending'",
                [member_id, kind],
            ).rowcount
        )

    def drop_unsent(self, to: str, kind: str) -> int:
        """Delete the unsent messages of ``kind`` to the address ``to`` in any spelling of it
        (:func:`~matcher.addresses.address_key`: case and accents do not matter, where the
        database's ``lower()`` is ASCII-only): nobody can use them any more. Must run in a
        transaction."""
        self.db.require_transaction()
        key = address_key(to)
        pending = self.db.execute(
            "SELECT id, to_addr FROM outbox WHERE kind = ? AND status = 'pending'", [kind]
        ).fetchall()
        gone = [row[0] for row in pending if address_key(row[1]) == key]
        for start in range(0, len(gone), 500):
            chunk = gone[start : start + 500]
            self.db.execute(
                f"DELETE FROM outbox WHERE id IN ({', '.join('?' * len(chunk))})", chunk
            )
        return len(gone)

    def forget(self, member_id: str, pseudonym: str = "") -> int:
        """Delete every message to a member, and every message to others that names them
        (erasure: a request's e-mail quotes the requester's name). Must run in a transaction."""
        self.db.require_transaction()
        return int(
            self.db.execute(
                "DELETE FROM outbox WHERE member_id = ? OR about_id = ?", [member_id, member_id]
            ).rowcount
        )
