"""The tables of tokens and throttling buckets (the SQL of :mod:`matcher.security.model`).

Tokens are stored by their SHA-256 only, with an expiry. Throttle buckets are rows of
``throttle_buckets``, updated in ``BEGIN IMMEDIATE`` transactions so that every worker
process of a server sees and takes from the same bucket.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from matcher.db import Database, utc_text
from matcher.security.idempotency import bookkeeping
from matcher.security.model import BUCKET_RETENTION_S, Bucket, Limit, TokenInfo, take

__all__ = ["SecurityStore", "StoredToken", "m_security", "m_tokens"]


def m_tokens(db: Database) -> None:
    """Bearer tokens, by their hash (part of the first schema)."""
    db.execute(
        'CREATE TABLE "tokens" ("token_hash" TEXT PRIMARY KEY, "profile_id" TEXT, "role" TEXT,'
        ' "label" TEXT, "created_at" TEXT)'
    )
    db.execute('CREATE INDEX "idx_tokens_profile_id" ON "tokens" ("profile_id")')


def legacy_expiry(db: Database) -> str:
    """SQL of ``created_at`` + 90 days, in the stores' timestamp format (tokens issued
    before expiry existed)."""
    if db.dialect == "postgresql":
        return (
            "to_char(CAST(substr(created_at, 1, 19) AS timestamp) + interval '90 days',"
            ' \'YYYY-MM-DD"T"HH24:MI:SS"+00:00"\')'
        )
    return "strftime('%Y-%m-%dT%H:%M:%S+00:00', substr(created_at, 1, 19), '+90 days')"


def m_security(db: Database) -> None:
    """Tokens expire; throttling buckets shared by every worker."""
    db.execute("ALTER TABLE tokens ADD COLUMN expires_at TEXT")
    # Tokens issued before expiry existed get the default lifetime from their creation.
    db.execute(f"UPDATE tokens SET expires_at = {legacy_expiry(db)}")
    db.execute(
        "CREATE TABLE throttle_buckets (bucket TEXT PRIMARY KEY, level DOUBLE PRECISION NOT NULL,"
        " updated DOUBLE PRECISION NOT NULL)"
    )


@dataclass(frozen=True, slots=True)
class StoredToken:
    """What the database knows of a token (never the token itself)."""

    profile_id: str | None
    role: str
    expires_at: dt.datetime | None


class SecurityStore:
    """Token rows with their expiry, and throttle buckets, over a :class:`~matcher.db.Database`.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> sec = SecurityStore(connect())
    >>> when = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    >>> with sec.db.transaction():
    ...     sec.add_token("h1", None, "admin", "ops", expires_at=when)
    >>> sec.find_token("h1")
    StoredToken(profile_id=None, role='admin', expires_at=datetime.datetime(2030, 1, 1, 0, 0, tzinfo=datetime.timezone.utc))
    >>> lim = Limit(per_minute=60, burst=1)
    >>> sec.take("signup:1.2.3.4", lim, now=0.0), sec.take("signup:1.2.3.4", lim, now=0.0)
    (0, 1)
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._swept = -math.inf  # when this handle last dropped the buckets full again

    # ---------------------------------------------------------------- tokens
    def add_token(
        self,
        token_hash: str,
        profile_id: str | None,
        role: str,
        label: str,
        *,
        expires_at: dt.datetime,
    ) -> None:
        """Store a token by its hash, with its expiry. Must run in a transaction."""
        self.db.require_transaction()
        now = dt.datetime.now(dt.UTC)
        self.db.execute(
            "INSERT INTO tokens (token_hash, profile_id, role, label, created_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [token_hash, profile_id, role, label, utc_text(now), utc_text(expires_at)],
        )

    def find_token(self, token_hash: str) -> StoredToken | None:
        """The token row of a hash, or None."""
        row = self.db.execute(
            "SELECT profile_id, role, expires_at FROM tokens WHERE token_hash = ?", [token_hash]
        ).fetchone()
        if row is None:
            return None
        expires = dt.datetime.fromisoformat(row[2]) if row[2] else None
        return StoredToken(row[0], row[1], expires)

    def info(self, hashed: str) -> TokenInfo | None:
        """The token whose SHA-256 is ``hashed``, as its owner sees it in a list."""
        found = self._infos("WHERE token_hash = ?", [hashed])
        return found[0] if found else None

    def listed(self, person: str | None) -> list[TokenInfo]:
        """The tokens of a person (None: every token), oldest first, by their public id."""
        if person is None:
            return self._infos("", [])
        return self._infos("WHERE profile_id = ?", [person])

    def _infos(self, where: str, params: list[str]) -> list[TokenInfo]:
        rows = self.db.execute(
            "SELECT substr(token_hash, 1, 12), profile_id, role, label, created_at, expires_at"
            f" FROM tokens {where} ORDER BY created_at, token_hash",
            params,
        ).fetchall()
        return [
            TokenInfo(
                r[0],
                r[1],
                r[2],
                r[3] or "",
                dt.datetime.fromisoformat(r[4]),
                dt.datetime.fromisoformat(r[5]) if r[5] else None,
            )
            for r in rows
        ]

    def revoke(self, person: str | None, token_id: str) -> int:
        """Delete the token whose public id is ``token_id`` (a person's own when ``person``
        is given); how many rows went (0 or 1). Must run in a transaction."""
        self.db.require_transaction()
        if len(token_id) != 12 or not all(c in "0123456789abcdef" for c in token_id):
            return 0
        sql = "DELETE FROM tokens WHERE substr(token_hash, 1, 12) = ?"
        params: list[str] = [token_id]
        if person is not None:
            sql += " AND profile_id = ?"
            params.append(person)
        return int(self.db.execute(sql, params).rowcount)

    def rekey(self, old: str, new: str) -> int:
        """Move a member's tokens to a new id (an account that claimed a profile). Must run
        in a transaction."""
        self.db.require_transaction()
        return int(
            self.db.execute(
                "UPDATE tokens SET profile_id = ? WHERE profile_id = ?", [new, old]
            ).rowcount
        )

    def forget(self, person: str) -> int:
        """Delete the person's tokens and the throttle bucket keyed by their id (tokens they
        issued as an admin with a profile; buckets keyed by addresses name no profile).
        Must run in a transaction."""
        self.db.require_transaction()
        gone = self.db.execute("DELETE FROM tokens WHERE profile_id = ?", [person]).rowcount
        gone += self.db.execute(
            "DELETE FROM throttle_buckets WHERE bucket = ?", [f"token:{person}"]
        ).rowcount
        return int(gone)

    # -------------------------------------------------------------- throttle
    def take(self, bucket: str, limit: Limit, *, now: float) -> int:
        """Take one attempt from ``bucket``: 0 if allowed, else the seconds to wait.

        At most once an hour (per store handle) it first drops the buckets untouched for
        :data:`~matcher.security.model.BUCKET_RETENTION_S` (a day): their keys are client
        addresses and e-mail addresses, not kept longer than they serve, and under the
        shipped limits they are full again long before.
        """
        with bookkeeping():  # not a request's work: an idempotent request's key stays free
            if now - self._swept >= 3600.0:
                self.forget_buckets(now - BUCKET_RETENTION_S)
                self._swept = now
            with self.db.transaction():
                row = self.db.execute(
                    "SELECT level, updated FROM throttle_buckets WHERE bucket = ?", [bucket]
                ).fetchone()
                state, wait = take(Bucket(row[0], row[1]) if row else None, now, limit)
                self.db.execute(
                    "INSERT INTO throttle_buckets (bucket, level, updated) VALUES (?, ?, ?)"
                    " ON CONFLICT(bucket) DO UPDATE SET level = excluded.level,"
                    " updated = excluded.updated",
                    [bucket, state.level, state.updated],
                )
        return wait

    def wait_for(self, bucket: str, limit: Limit, *, now: float) -> int:
        """Seconds until ``bucket`` allows an attempt (0: now), without taking one."""
        row = self.db.execute(
            "SELECT level, updated FROM throttle_buckets WHERE bucket = ?", [bucket]
        ).fetchone()
        if row is None:
            return 0
        return take(Bucket(row[0], row[1]), now, limit)[1]

    def forget_buckets(self, older_than: float) -> int:
        """Drop buckets untouched since ``older_than`` (they would be full again)."""
        with self.db.transaction():
            return int(
                self.db.execute(
                    "DELETE FROM throttle_buckets WHERE updated < ?", [older_than]
                ).rowcount
            )
