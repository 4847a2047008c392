"""Idempotency keys for requests that create things: claim a key, then store the response.

A client that sends ``Idempotency-Key: <uuid>`` with a POST may retry it any number of
times, even concurrently: the first request *claims* the key (in a ``BEGIN IMMEDIATE``
transaction, so exactly one of many concurrent requests, across every worker process,
wins), runs, and stores its successful response; the others wait for it and replay it.
The same key with a different request is refused. Failed requests (4xx, 5xx) release
the key, so a corrected request may reuse it.

Nothing readable is kept: the row is named by a SHA-256 of (scope, key), and the stored
response (which may hold a new token) is encrypted with AES-GCM under a key derived from
the idempotency key, which only the client knows. A row also keeps a hash of the profile
it belongs to, so that erasing that person deletes it (:meth:`IdempotencyStore.forget`). Rows are forgotten after ``keep_for``
seconds (a day by default); a claim whose request died (a killed worker) is taken over
after ``pending_timeout`` seconds.

**A request that died after its work committed** (killed between its write and the
storing of its answer) must not run again: while a request holds its claim
(:meth:`IdempotencyStore.holding`), every write transaction it commits marks the claim as
run (``ran_at``, in that very transaction: a commit hook of the database). A stale claim
that ran is ``lost``, never taken over: the work is done, its answer is gone, and a retry
is told so instead of doing the work twice (red team 17). So is a request that *failed*
after its work committed (a 500 past the write): its claim is not released but ``lost``.
Writes that are not the work (a throttle's bucket, a session seen: :func:`bookkeeping`)
mark nothing, so a request refused after them still frees its key.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from matcher.db import Database

__all__ = [
    "Claim",
    "IdempotencyStore",
    "Replay",
    "bookkeeping",
    "request_fingerprint",
    "subject_tag",
]


def m_idempotency(db: Database) -> None:
    """Claimed idempotency keys and their encrypted responses."""
    db.execute(
        "CREATE TABLE idempotency_keys (id TEXT PRIMARY KEY, request_hash TEXT NOT NULL,"
        " state TEXT NOT NULL CHECK (state IN ('pending', 'done')), status INTEGER,"
        f" media_type TEXT, body {db.blob_type}, created_at DOUBLE PRECISION NOT NULL,"
        " updated_at DOUBLE PRECISION NOT NULL)"
    )
    db.execute("CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at)")


def m_idempotency_subject(db: Database) -> None:
    """Whose stored response each row is (a hash of the profile id), so erasure purges it."""
    db.execute("ALTER TABLE idempotency_keys ADD COLUMN subject TEXT")
    db.execute("CREATE INDEX idempotency_keys_subject ON idempotency_keys (subject)")


def m_idempotency_ran(db: Database) -> None:
    """When the request holding a claim first committed a write (null: not yet): a claim
    whose request died after it is never run again (see the module)."""
    db.execute("ALTER TABLE idempotency_keys ADD COLUMN ran_at DOUBLE PRECISION")


#: The claim the current request holds (its store and row), set by
#: :meth:`IdempotencyStore.holding`: each context (a request's task and the threads it runs
#: work on) sees its own.
_HELD: ContextVar[tuple[IdempotencyStore, str] | None] = ContextVar(
    "cofoundry_idempotency_held", default=None
)
#: True inside :func:`bookkeeping`: a write that is not the request's work
_ASIDE: ContextVar[bool] = ContextVar("cofoundry_idempotency_aside", default=False)


@contextmanager
def bookkeeping() -> Iterator[None]:
    """Writes made in it are not the request's work (a throttle's bucket, a session seen):
    they do not mark a held claim as run, so a request refused after them still frees its
    key for a corrected one.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> db = connect()
    >>> idem = IdempotencyStore(db)
    >>> fp = request_fingerprint("POST", "/profiles", b"{}")
    >>> _ = idem.begin("tok", "k1", fp)
    >>> with idem.holding("tok", "k1"), bookkeeping(), db.transaction():
    ...     _ = db.execute("INSERT INTO meta (key, value) VALUES ('bucket', '1')")
    >>> idem.release("tok", "k1")
    >>> idem.begin("tok", "k1", fp).kind
    'claimed'
    """
    token = _ASIDE.set(True)
    try:
        yield
    finally:
        _ASIDE.reset(token)


def subject_tag(person: str) -> str:
    """What a row stores of the person it belongs to: a hash, not the id.

    Examples
    --------
    >>> len(subject_tag("ana")), subject_tag("ana") == subject_tag("ana"), "ana" in subject_tag("ana")
    (64, True, False)
    """
    return hashlib.sha256(f"subject\x00{person}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Replay:
    """A stored response (``location``: its ``Location`` header, if it had one)."""

    status: int
    media_type: str
    body: bytes
    location: str | None = None


#: How a stored body that had a ``Location`` starts (encrypted with it): this, the address, a
#: line break, then the body. No stored body starts with a NUL (JSON, CSV, HTML), so the rows
#: stored before it read as before.
_LOCATED = b"\x00location "


@dataclass(frozen=True, slots=True)
class Claim:
    """What :meth:`IdempotencyStore.begin` found.

    ``claimed``: go on and run the request; ``replay``: answer with ``replay``;
    ``pending``: another request holds the key, wait; ``mismatch``: the key was used for
    a different request; ``lost``: its request committed its work, then died or failed
    before its answer was stored (never run again).
    """

    kind: Literal["claimed", "replay", "pending", "mismatch", "lost"]
    replay: Replay | None = None


def request_fingerprint(method: str, path: str, body: bytes) -> str:
    """What must match for a retry to count as the same request.

    Examples
    --------
    >>> request_fingerprint("POST", "/profiles", b'{"a": 1}') == request_fingerprint(
    ...     "POST", "/profiles", b'{"a": 1}')
    True
    >>> request_fingerprint("POST", "/profiles", b'{"a": 1}') == request_fingerprint(
    ...     "POST", "/profiles", b'{"a": 2}')
    False
    """
    h = hashlib.sha256(f"{method}\x00{path}\x00".encode())
    h.update(body)
    return h.hexdigest()


def _row_id(scope: str, key: str) -> str:
    return hashlib.sha256(f"row\x00{scope}\x00{key}".encode()).hexdigest()


def _cipher(scope: str, key: str) -> AESGCM:
    return AESGCM(hashlib.sha256(f"aead\x00{scope}\x00{key}".encode()).digest())


class IdempotencyStore:
    """Claims and stored responses over a :class:`~matcher.db.Database`.

    Parameters
    ----------
    db : Database
    pending_timeout : float
        Seconds after which a claim whose request never finished may be taken over.
    keep_for : float
        Seconds a stored response is replayed; older rows are deleted.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> idem = IdempotencyStore(connect())
    >>> fp = request_fingerprint("POST", "/ventures", b"{}")
    >>> idem.begin("tok", "k1", fp).kind
    'claimed'
    >>> idem.begin("tok", "k1", fp).kind  # a concurrent retry waits
    'pending'
    >>> idem.finish("tok", "k1", 201, "application/json", b'{"id": "acme"}', location="/ventures/acme")
    >>> idem.begin("tok", "k1", fp).replay
    Replay(status=201, media_type='application/json', body=b'{"id": "acme"}', location='/ventures/acme')
    >>> idem.begin("tok", "k1", request_fingerprint("POST", "/ventures", b"[]")).kind
    'mismatch'
    >>> idem.begin("someone-else", "k1", fp).kind  # keys are scoped per caller
    'claimed'
    """

    def __init__(
        self, db: Database, *, pending_timeout: float = 60.0, keep_for: float = 86_400.0
    ) -> None:
        self.db = db
        self.pending_timeout = pending_timeout
        self.keep_for = keep_for
        db.commit_hooks.append(self._ran)

    @contextmanager
    def holding(self, scope: str, key: str) -> Iterator[None]:
        """While in it, the request holds its claim of ``key``: each write transaction it
        commits marks the claim as run, in that transaction (:meth:`begin` then never
        runs it again). The API's claim enters it for the rest of the request; a page's
        one-time key around its work.

        Examples
        --------
        >>> from matcher.schema import connect
        >>> db = connect()
        >>> idem = IdempotencyStore(db, pending_timeout=0)
        >>> fp = request_fingerprint("POST", "/ventures", b"{}")
        >>> idem.begin("tok", "k1", fp).kind
        'claimed'
        >>> with idem.holding("tok", "k1"), db.transaction():
        ...     _ = db.execute("INSERT INTO meta (key, value) VALUES ('work', 'done')")
        >>> idem.begin("tok", "k1", fp).kind  # its worker died: the work ran, the answer is lost
        'lost'
        """
        token = _HELD.set((self, _row_id(scope, key)))
        try:
            yield
        finally:
            _HELD.reset(token)

    def hold(self, scope: str, key: str) -> None:
        """:meth:`holding` for the rest of the current context (an API request's: it ends
        with the request)."""
        _HELD.set((self, _row_id(scope, key)))

    def _ran(self, db: Database) -> None:
        """The commit hook: a write of the request holding a claim marks the claim run."""
        held = _HELD.get()
        if held is None or held[0] is not self or _ASIDE.get():
            return
        db.execute(
            "UPDATE idempotency_keys SET ran_at = ? WHERE id = ? AND state = 'pending'"
            " AND ran_at IS NULL",
            [time.time(), held[1]],
        )

    def claim(self, scope: str, key: str, fingerprint: str, *, wait: float) -> Claim:
        """:meth:`begin`, waiting up to ``wait`` seconds while the key's first request is
        still running (a double tap, a client's retry): its answer, or ``pending`` still.
        It sleeps on the calling thread: the pages' one-time keys claim this way; the API,
        which may see 50 retries at once, polls :meth:`begin` from its event loop instead."""
        deadline = time.monotonic() + wait
        claim = self.begin(scope, key, fingerprint)
        while claim.kind == "pending" and time.monotonic() < deadline:
            time.sleep(0.05)
            claim = self.begin(scope, key, fingerprint)
        return claim

    def begin(self, scope: str, key: str, fingerprint: str, *, now: float | None = None) -> Claim:
        """Claim ``key`` for this request, or say why not (see :class:`Claim`)."""
        now = time.time() if now is None else now
        rid = _row_id(scope, key)
        with self.db.transaction():
            db = self.db
            db.execute("DELETE FROM idempotency_keys WHERE created_at < ?", [now - self.keep_for])
            row = db.execute(
                "SELECT request_hash, state, status, media_type, body, updated_at, ran_at"
                " FROM idempotency_keys WHERE id = ?",
                [rid],
            ).fetchone()
            stale = row is not None and max(row[5], row[6] or 0) < now - self.pending_timeout
            if row is None or (row[1] == "pending" and stale and row[6] is None):
                db.execute(  # a new claim, or one taken over: a fresh pending row
                    "INSERT INTO idempotency_keys (id, request_hash, state, created_at,"
                    " updated_at) VALUES (?, ?, 'pending', ?, ?) ON CONFLICT (id) DO UPDATE"
                    " SET request_hash = excluded.request_hash, state = excluded.state,"
                    " status = NULL, media_type = NULL, body = NULL,"
                    " created_at = excluded.created_at, updated_at = excluded.updated_at",
                    [rid, fingerprint, now, now],
                )
                return Claim("claimed")
            if row[0] != fingerprint:
                return Claim("mismatch")
            if row[1] == "pending" and row[2] is not None:  # failed after its work ran
                return Claim("lost")
            if row[1] == "pending":
                return Claim("lost" if stale else "pending")
            blob = bytes(row[4])
            try:
                body = _cipher(scope, key).decrypt(blob[:12], blob[12:], rid.encode())
            except InvalidTag:  # pragma: no cover - only if the row was altered by hand
                db.execute("DELETE FROM idempotency_keys WHERE id = ?", [rid])
                return Claim("mismatch")
            location = None
            if body.startswith(_LOCATED):
                head, _, body = body.partition(b"\n")
                location = head[len(_LOCATED) :].decode()
            return Claim("replay", Replay(int(row[2]), str(row[3]), body, location))

    def finish(
        self,
        scope: str,
        key: str,
        status: int,
        media_type: str,
        body: bytes,
        *,
        subject: str | None = None,
        location: str | None = None,
    ) -> None:
        """Store the response of the request that claimed ``key``; ``subject`` is the
        profile it belongs to (the caller, or the profile a sign-up created), so that
        erasing that person purges it (:meth:`forget`); ``location`` its ``Location``
        header, stored encrypted with the body (it may hold a profile's id)."""
        rid = _row_id(scope, key)
        if location:
            body = _LOCATED + location.encode() + b"\n" + body
        nonce = os.urandom(12)
        blob = nonce + _cipher(scope, key).encrypt(nonce, body, rid.encode())
        tag = None if subject is None else subject_tag(subject)
        with self.db.transaction():
            self.db.execute(
                "UPDATE idempotency_keys SET state = 'done', status = ?, media_type = ?,"
                " body = ?, updated_at = ?, subject = ? WHERE id = ?",
                [status, media_type, blob, time.time(), tag, rid],
            )

    def forget(self, person: str, pseudonym: str = "") -> int:
        """Delete every stored response that belongs to ``person`` (a privacy hook's
        ``erase``: it joins the erasure's transaction); returns the rows deleted.

        Examples
        --------
        >>> from matcher.schema import connect
        >>> idem = IdempotencyStore(connect())
        >>> fp = request_fingerprint("POST", "/profiles", b"{}")
        >>> _ = idem.begin("anonymous", "k1", fp)
        >>> idem.finish("anonymous", "k1", 201, "application/json", b"{}", subject="ana")
        >>> idem.forget("ana"), idem.begin("anonymous", "k1", fp).kind
        (1, 'claimed')
        """
        with self.db.transaction():
            return int(
                self.db.execute(
                    "DELETE FROM idempotency_keys WHERE subject = ?", [subject_tag(person)]
                ).rowcount
            )

    def release(self, scope: str, key: str, status: int = 500) -> None:
        """Forget a claim whose request failed, so that a corrected request may use the key;
        unless its work committed before it failed (``ran_at``): then the claim stays,
        pending with the failure's ``status`` (a request that ended), and :meth:`begin`
        answers ``lost`` for good: a retry runs nothing again.

        Examples
        --------
        >>> from matcher.schema import connect
        >>> db = connect()
        >>> idem = IdempotencyStore(db)
        >>> fp = request_fingerprint("POST", "/ventures", b"{}")
        >>> _ = idem.begin("tok", "k1", fp)
        >>> with idem.holding("tok", "k1"), db.transaction():  # its work commits, then it fails
        ...     _ = db.execute("INSERT INTO meta (key, value) VALUES ('work', 'done')")
        >>> idem.release("tok", "k1")
        >>> idem.begin("tok", "k1", fp).kind
        'lost'
        """
        rid = _row_id(scope, key)
        with self.db.transaction():
            self.db.execute(
                "DELETE FROM idempotency_keys WHERE id = ? AND state = 'pending'"
                " AND ran_at IS NULL",
                [rid],
            )
            self.db.execute(
                "UPDATE idempotency_keys SET status = ?, updated_at = ? WHERE id = ?"
                " AND state = 'pending'",
                [status, time.time(), rid],
            )
