"""Background jobs, each taken by exactly one worker at a time, on either backend.

A job is a row of ``jobs``: a ``kind`` (``email``, ``compact-index``...), a JSON payload
and an optional ``key`` (at most one job per ``(kind, key)``: enqueueing it again while
it waits or runs does nothing). A worker **claims** the oldest due job of a kind for
``lease_seconds``; it then calls :meth:`Jobs.done` or :meth:`Jobs.fail` (with a time to
retry, or none to give up). A worker that dies leaves its lease to expire: the job is
claimed again by another worker, with ``attempts`` one higher.

The claim is one ``UPDATE ... WHERE id = (SELECT ... LIMIT 1) RETURNING`` statement:
on PostgreSQL the sub-select takes its row ``FOR UPDATE SKIP LOCKED``, so concurrent
workers skip each other's rows instead of waiting or taking the same one; on SQLite a
statement is a write transaction of its own (one writer at a time). Neither takes the
database's writer lock, so a busy queue does not hold up the requests.

Examples
--------
>>> from matcher.schema import connect
>>> jobs = Jobs(connect())
>>> jid = jobs.enqueue("email", {"to": "ana"}, key="welcome:ana", now=100.0)
>>> jobs.enqueue("email", {"to": "ana"}, key="welcome:ana", now=101.0) == jid  # once
True
>>> job = jobs.claim("email", "worker-1", lease_seconds=60, now=102.0)
>>> job.payload, job.attempts, jobs.claim("email", "worker-2", lease_seconds=60, now=103.0)
({'to': 'ana'}, 1, None)
>>> jobs.fail(job.id, retry_at=200.0, error="SMTP timeout")
>>> jobs.claim("email", "worker-2", lease_seconds=60, now=150.0) is None  # not due yet
True
>>> again = jobs.claim("email", "worker-2", lease_seconds=60, now=201.0)
>>> again.attempts, jobs.done(again.id), jobs.counts("email")
(2, None, {'done': 1})
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from matcher.db.database import Database, utcnow_text

__all__ = ["Job", "Jobs", "m_jobs"]


def m_jobs(db: Database) -> None:
    """The job queue (see :mod:`matcher.db.jobs`)."""
    db.execute(
        f"CREATE TABLE jobs (id {db.id_column('big')}, kind TEXT NOT NULL, key TEXT,"
        " payload TEXT NOT NULL,"
        " state TEXT NOT NULL CHECK (state IN ('ready', 'taken', 'done', 'failed')),"
        " run_at DOUBLE PRECISION NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
        " worker TEXT, lease_until DOUBLE PRECISION, last_error TEXT,"
        " created_at TEXT NOT NULL, finished_at TEXT)"
    )
    # at most one waiting or running job per (kind, key); finished ones do not count
    db.execute(
        "CREATE UNIQUE INDEX jobs_kind_key ON jobs (kind, key)"
        " WHERE key IS NOT NULL AND state IN ('ready', 'taken')"
    )
    db.execute("CREATE INDEX jobs_due ON jobs (kind, state, run_at)")


@dataclass(frozen=True, slots=True)
class Job:
    """A claimed job: run it, then :meth:`Jobs.done` or :meth:`Jobs.fail` it."""

    id: int
    kind: str
    key: str | None
    payload: dict[str, Any]
    attempts: int
    worker: str
    lease_until: float


class Jobs:
    """The job queue of a database (see the module docstring)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        skip = db.skip_locked()
        self._claim_sql = (
            "UPDATE jobs SET state = 'taken', worker = ?, lease_until = ?,"
            " attempts = attempts + 1 WHERE id = (SELECT id FROM jobs WHERE kind = ? AND"
            " ((state = 'ready' AND run_at <= ?) OR (state = 'taken' AND lease_until < ?))"
            f" ORDER BY run_at, id LIMIT 1{skip})"
            " RETURNING id, kind, key, payload, attempts, worker, lease_until"
        )

    def enqueue(
        self,
        kind: str,
        payload: dict[str, Any],
        key: str | None = None,
        *,
        run_at: float | None = None,
        now: float | None = None,
    ) -> int:
        """Add a job (due at ``run_at``, default now); return its id.

        With a ``key``, a job of the same kind and key that waits or runs is kept
        instead, and its id returned. Joins the caller's transaction if there is one
        (the job exists only if that commits: an outbox).
        """
        now = time.time() if now is None else now
        while True:
            row = self.db.execute(
                "INSERT INTO jobs (kind, key, payload, state, run_at, created_at)"
                " VALUES (?, ?, ?, 'ready', ?, ?) ON CONFLICT (kind, key)"
                " WHERE key IS NOT NULL AND state IN ('ready', 'taken') DO NOTHING RETURNING id",
                [
                    kind,
                    key,
                    json.dumps(payload, sort_keys=True),
                    now if run_at is None else run_at,
                    utcnow_text(),
                ],
            ).fetchone()
            if row is not None:
                return int(row[0])
            found = self.db.execute(
                "SELECT id FROM jobs WHERE kind = ? AND key = ? AND state IN ('ready', 'taken')",
                [kind, key],
            ).fetchone()
            if found is not None:
                return int(found[0])
            # the job that held the key finished between the two statements (another
            # process's done or fail): the key is free again, so add it anew

    def claim(
        self, kind: str, worker: str, lease_seconds: float, *, now: float | None = None
    ) -> Job | None:
        """Take the oldest due job of ``kind`` for ``lease_seconds``, or None if there is none.

        A job whose lease expired (its worker died) is due again.
        """
        now = time.time() if now is None else now
        row = self.db.execute(
            self._claim_sql, [worker, now + lease_seconds, kind, now, now]
        ).fetchone()
        if row is None:
            return None
        return Job(
            int(row[0]), row[1], row[2], json.loads(row[3]), int(row[4]), row[5], float(row[6])
        )

    def done(self, job_id: int) -> None:
        """The job succeeded: it is never run again."""
        self.db.execute(
            "UPDATE jobs SET state = 'done', lease_until = NULL, finished_at = ? WHERE id = ?",
            [utcnow_text(), job_id],
        )

    def fail(self, job_id: int, retry_at: float | None, error: str = "") -> None:
        """The job failed: run it again at ``retry_at`` (epoch seconds), or never (None)."""
        if retry_at is None:
            self.db.execute(
                "UPDATE jobs SET state = 'failed', lease_until = NULL, last_error = ?,"
                " finished_at = ? WHERE id = ?",
                [error, utcnow_text(), job_id],
            )
        else:
            self.db.execute(
                "UPDATE jobs SET state = 'ready', run_at = ?, lease_until = NULL,"
                " last_error = ? WHERE id = ?",
                [retry_at, error, job_id],
            )

    def holder(self, kind: str, key: str) -> tuple[str, float] | None:
        """``(worker, lease_until)`` of the job of ``kind`` and ``key`` being run, or None."""
        row = self.db.execute(
            "SELECT worker, lease_until FROM jobs WHERE kind = ? AND key = ? AND state = 'taken'",
            [kind, key],
        ).fetchone()
        return None if row is None else (str(row[0]), float(row[1]))

    def counts(self, kind: str) -> dict[str, int]:
        """How many jobs of ``kind`` are in each state."""
        rows = self.db.execute(
            "SELECT state, COUNT(*) FROM jobs WHERE kind = ? GROUP BY state ORDER BY state", [kind]
        ).fetchall()
        return {r[0]: int(r[1]) for r in rows}
