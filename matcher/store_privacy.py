"""SQL of export and erasure: the person's rows, the ledger rewrite, the reference check, the file.

The ledger tables are append-only: triggers refuse any ``UPDATE`` or ``DELETE``.
Erasure is the one controlled exception (:meth:`PrivacyStore.rewrite_ledger`): inside
the erasure's ``BEGIN IMMEDIATE`` transaction it drops those triggers, replaces the
person's id by the pseudonym, and re-creates the triggers from the exact SQL read
from ``sqlite_master`` before dropping them. DDL is transactional in SQLite: other
connections never see the ledger without its triggers, and a crash or an error rolls
the triggers back together with the rows.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlite_utils

if TYPE_CHECKING:
    from matcher.store import Store

__all__ = ["EntryRewrite", "PrivacyStore", "erasure_epoch"]

logger = logging.getLogger(__name__)

#: Tables whose triggers make them append-only (see ``matcher.store._m2_equity``).
APPEND_ONLY = ("ledger_entries", "approvals", "departures")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def m_privacy(db: sqlite_utils.Database) -> None:
    """Erasures: one row per erased person, keyed by their pseudonym (never their id)."""
    db.execute("CREATE TABLE erasures (pseudonym TEXT PRIMARY KEY, erased_at TEXT NOT NULL)")


def erasure_epoch(store: Store) -> int:
    """How many erasures the database has seen: caches built before a change of it are dropped.

    Examples
    --------
    >>> from matcher.store import Store
    >>> erasure_epoch(Store(":memory:"))
    0
    """
    row = store.db.execute("SELECT value FROM meta WHERE key = 'erasure_epoch'").fetchone()
    return int(row[0]) if row else 0


@dataclass(frozen=True, slots=True)
class EntryRewrite:
    """New values of one ledger entry whose member or author is erased."""

    id: int
    member: str
    author: str
    note: str
    key: str
    content_hash: str


class PrivacyStore:
    """Queries of export and erasure over a :class:`~matcher.store.Store` (same connection).

    Examples
    --------
    >>> from matcher.store import Store
    >>> from matcher.profiles import check_profile
    >>> store = Store(":memory:")
    >>> with store.transaction():
    ...     _ = store.put_profile(check_profile({"id": "ana", "name": "A", "offers": "o",
    ...                                          "needs": "n"}))
    >>> PrivacyStore(store).references("ana", [("profiles", "id"), ("avoids", "owner")])
    {('profiles', 'id'): 1}
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def db(self) -> sqlite_utils.Database:
        return self.store.db

    # ------------------------------------------------------------- export
    def profile_times(self, person: str) -> tuple[str, str] | None:
        """``(created_at, updated_at)`` of the person's profile row, or None."""
        row = self.db.execute(
            "SELECT created_at, updated_at FROM profiles WHERE id = ?", [person]
        ).fetchone()
        return (row[0], row[1]) if row else None

    def forget_throttle(self, person: str) -> int:
        """Delete the throttle bucket keyed by the person's id (tokens they issued as an
        admin with a profile); buckets keyed by client addresses name no profile."""
        self.store._require_tx()
        return int(
            self.store.db.execute(
                "DELETE FROM throttle_buckets WHERE bucket = ?", [f"token:{person}"]
            ).rowcount
        )

    def tokens(self, person: str) -> list[tuple[str, str, str]]:
        """``(role, label, created_at)`` of the person's tokens (never their hashes)."""
        rows = self.db.execute(
            "SELECT role, label, created_at FROM tokens WHERE profile_id = ? ORDER BY created_at",
            [person],
        ).fetchall()
        return [(r[0], r[1], r[2]) for r in rows]

    def vectors(self, person: str) -> list[tuple[str, str, int, str]]:
        """``(field, model, dim, text_hash)`` of the vectors computed from the person's texts."""
        rows = self.db.execute(
            "SELECT field, model, dim, text_hash FROM vectors WHERE profile_id = ?"
            " ORDER BY model, field",
            [person],
        ).fetchall()
        return [(r[0], r[1], int(r[2]), r[3]) for r in rows]

    def endorsements_given(self, person: str) -> list[tuple[str, str]]:
        """``(endorsed, skill)`` of the endorsements the person gave."""
        rows = self.db.execute(
            "SELECT endorsed, skill FROM endorsements WHERE endorser = ? ORDER BY endorsed, skill",
            [person],
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def ventures_of(self, person: str) -> list[str]:
        """Ventures whose records name the person (member, author, approver, leaver, creator)."""
        rows = self.db.execute(
            "SELECT venture_id FROM venture_members WHERE member_id = ? OR added_by = ?"
            " UNION SELECT venture_id FROM member_rates WHERE member_id = ?"
            " UNION SELECT venture_id FROM ledger_entries WHERE member_id = ? OR author = ?"
            " UNION SELECT e.venture_id FROM approvals a JOIN ledger_entries e"
            " ON e.id = a.entry_id WHERE a.approver = ?"
            " UNION SELECT venture_id FROM departures WHERE member_id = ? OR author = ?"
            " UNION SELECT id FROM ventures WHERE created_by = ? ORDER BY 1",
            [person] * 9,
        ).fetchall()
        return [r[0] for r in rows]

    # ------------------------------------------------------------ erasure
    def taken(self, name: str) -> bool:
        """True if ``name`` is already a profile id, a pseudonym or a venture member."""
        return bool(
            self.db.execute(
                "SELECT 1 FROM profiles WHERE id = ? UNION ALL SELECT 1 FROM erasures"
                " WHERE pseudonym = ? UNION ALL SELECT 1 FROM venture_members"
                " WHERE member_id = ? LIMIT 1",
                [name, name, name],
            ).fetchone()
        )

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

    def forget_changes(self, person: str, pseudonym: str) -> int:
        """Drop the person's rows from the change log; log the erasure under the pseudonym.

        Other processes cannot learn from the log which id to drop from their search
        state: the erasure epoch (:meth:`bump_epoch`) makes them rebuild it instead.
        Must run in a transaction.
        """
        self.store._require_tx()
        gone = self.db.execute("DELETE FROM changes WHERE profile_id = ?", [person]).rowcount
        self.store.touch(pseudonym)
        return int(gone)

    def bump_epoch(self, pseudonym: str) -> int:
        """Record one more erasure (epoch + 1, and the pseudonym). Must run in a transaction."""
        self.store._require_tx()
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES ('erasure_epoch', '1') ON CONFLICT(key)"
            " DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self.db.execute(
            "INSERT INTO erasures (pseudonym, erased_at) VALUES (?, ?)", [pseudonym, now]
        )
        return erasure_epoch(self.store)

    def solo_ventures(self, person: str) -> list[str]:
        """Ventures whose every member, author and approver is ``person``: nobody depends on them."""
        rows = self.db.execute(
            "SELECT v.id FROM ventures v WHERE EXISTS (SELECT 1 FROM venture_members m"
            " WHERE m.venture_id = v.id AND m.member_id = ?) AND NOT EXISTS (SELECT 1 FROM"
            " venture_members m WHERE m.venture_id = v.id AND m.member_id <> ?) AND NOT EXISTS"
            " (SELECT 1 FROM ledger_entries e LEFT JOIN approvals a ON a.entry_id = e.id"
            " WHERE e.venture_id = v.id AND (e.member_id <> ? OR e.author <> ?"
            " OR a.approver <> ?)) AND NOT EXISTS (SELECT 1 FROM departures d"
            " WHERE d.venture_id = v.id AND (d.member_id <> ? OR d.author <> ?)) ORDER BY v.id",
            [person] * 7,
        ).fetchall()
        return [r[0] for r in rows]

    def rewrite_ledger(
        self,
        person: str,
        pseudonym: str,
        entries: Sequence[EntryRewrite],
        *,
        drop: Sequence[str] = (),
    ) -> int:
        """Replace ``person`` by ``pseudonym`` in every venture table; return the rows changed.

        ``entries`` carry the new member, author, note, idempotency key and content hash
        of each ledger entry naming the person (computed by the equity rules). The
        append-only triggers are dropped and re-created around the update, in the
        caller's transaction (see the module docstring). The ventures in ``drop`` (the
        person's alone, :meth:`solo_ventures`) are deleted whole instead, their name
        included. Must run in a transaction.
        """
        self.store._require_tx()
        marks = ",".join("?" * len(APPEND_ONLY))
        triggers = self.db.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})",
            list(APPEND_ONLY),
        ).fetchall()
        # venture_members is referenced by member_rates (composite key): check at commit.
        self.db.execute("PRAGMA defer_foreign_keys = ON")
        for name, _ in triggers:
            self.db.execute(f'DROP TRIGGER "{name}"')
        changed = 0
        for venture_id in drop:
            for sql in (
                "DELETE FROM approvals WHERE entry_id IN"
                " (SELECT id FROM ledger_entries WHERE venture_id = ?)",
                "DELETE FROM ledger_entries WHERE venture_id = ? AND reverses IS NOT NULL",
                "DELETE FROM ledger_entries WHERE venture_id = ?",
                "DELETE FROM departures WHERE venture_id = ?",
                "DELETE FROM member_rates WHERE venture_id = ?",
                "DELETE FROM venture_terms WHERE venture_id = ?",
                "DELETE FROM venture_members WHERE venture_id = ?",
                "DELETE FROM ventures WHERE id = ?",
            ):
                changed += self.db.execute(sql, [venture_id]).rowcount
        for sql in (
            "UPDATE venture_members SET member_id = :ps WHERE member_id = :p",
            "UPDATE venture_members SET added_by = :ps WHERE added_by = :p",
            "UPDATE member_rates SET member_id = :ps WHERE member_id = :p",
            "UPDATE ventures SET created_by = :ps WHERE created_by = :p",
            "UPDATE approvals SET approver = :ps WHERE approver = :p",
            "UPDATE departures SET member_id = :ps WHERE member_id = :p",
            "UPDATE departures SET author = :ps WHERE author = :p",
        ):
            changed += self.db.execute(sql, {"p": person, "ps": pseudonym}).rowcount
        for e in entries:
            changed += self.db.execute(
                "UPDATE ledger_entries SET member_id = ?, author = ?, note = ?,"
                " idempotency_key = ?, content_hash = ? WHERE id = ?",
                [e.member, e.author, e.note, e.key, e.content_hash, e.id],
            ).rowcount
        for _, sql in triggers:
            self.db.execute(sql)
        self.store._ledger_cache.clear()  # parsed entries naming the person (always safe)
        return changed

    # --------------------------------------------------------------- file
    def scrub_file(self, *, vacuum: bool, attempts: int = 20) -> tuple[bool, bool]:
        """Make erased bytes leave the database files; return ``(checkpointed, vacuumed)``.

        ``secure_delete`` (on for every connection of :class:`~matcher.store.Store`)
        zeroes deleted cells and freed pages, but in WAL mode the zeroed pages live in
        the ``-wal`` file until a checkpoint: ``wal_checkpoint(TRUNCATE)`` copies them
        into the database and truncates the log to zero bytes. That suffices: SQLite's
        index b-trees keep keys in interior cells too, but a deleted interior key is
        replaced and its cell zeroed as well (``tests/matcher/test_privacy.py`` erases
        a run of ids from multi-level indexes and finds none; with ``secure_delete``
        off the same test finds most of them). ``vacuum`` also rewrites the whole file
        (compacts it; it blocks every writer for a full copy). A checkpoint waits for
        readers of other connections; it is retried ``attempts`` times, 50 ms apart.
        Must run outside a transaction; a no-op for ``:memory:``.
        """
        if self.store.path == ":memory:":
            return True, False
        if self.store._depth:
            raise RuntimeError("scrub_file must run outside a transaction")
        with self.store._lock:
            checkpointed = self._checkpoint(attempts)
            if vacuum:
                self.db.execute("VACUUM")
                checkpointed = self._checkpoint(attempts)
        return checkpointed, vacuum

    def _checkpoint(self, attempts: int) -> bool:
        for _ in range(attempts):
            busy, _log, _done = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                return True
            time.sleep(0.05)
        logger.warning("WAL checkpoint blocked by another connection; the next one completes it")
        return False
