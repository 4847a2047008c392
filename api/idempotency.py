"""``Idempotency-Key`` for every POST route.

The app declares ``dependencies=[CHECK_KEY, HONOUR_KEY]``, so every POST honours the key (a
valid key silently ignored let a retried ``POST /accounts`` make two accounts); the routes
that create things also document it, with :data:`CREATES` (``dependencies=[IDEMPOTENT]``). The dependency documents and validates
the header, claims the key before the route runs (or answers with the stored response),
and :class:`IdempotencyMiddleware` stores the response of the request that claimed it
(see :mod:`matcher.security.idempotency` for the storage):

* the first request with a key runs and its 2xx response is stored;
* a retry with the same key and the same body gets that response again, with the header
  ``Idempotent-Replayed: true`` (and does not count against the sign-up throttle);
* a retry that arrives while the first is still running waits for it (up to ``wait``
  seconds, then 409 with ``Retry-After``): 50 concurrent retries create one thing;
* the same key with a different body, or on another route, is refused (409);
* a request that failed (4xx, 5xx) leaves the key free, so a corrected request may use it;
  unless its work committed before it failed: then a retry is refused (409) and runs
  nothing again (``tests/api/test_idempotency_failed_after_commit.py``).

A key is 1 to :data:`MAX_KEY` printable ASCII characters without spaces (a UUID fits):
:func:`check_key_header`, a dependency of every route, refuses any other on every route, those
that ignore the header too, naming the header, the value (escaped) and the fix.

Keys are scoped per credential: the SHA-256 of the ``Authorization`` header (anonymous
callers share one scope, so their keys should be random, such as UUIDs). A stored response
belongs to the signed-in member, or to the profile a sign-up created (:func:`belongs_to`):
erasing that person deletes it, so an erased member's sign-up is never replayed.

The ledger's ``POST /ventures/{id}/entries`` keeps its own, stronger scheme (the key is
stored with the entry, in the same transaction) and does not use this one.
"""

from __future__ import annotations

import hashlib
import re
import time
import unicodedata
from functools import partial
from typing import Annotated, Any
from urllib.parse import quote

import anyio
from fastapi import Depends, Header, Request, Response
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool

from api.asgi import HttpMiddleware, Message, Receive, Scope, Send
from matcher.errors import Conflict, InvalidInput
from matcher.security import Claim, IdempotencyStore, Replay, request_fingerprint

__all__ = [
    "CHECK_KEY",
    "CREATES",
    "CREATES_AT",
    "HONOUR_KEY",
    "IDEMPOTENT",
    "IdempotencyMiddleware",
    "Replayed",
    "belongs_to",
    "check_key_header",
    "idempotency_key",
    "located",
]


MAX_KEY = 200
#: How much of a refused key its error shows (a key of 5,000 characters is not echoed whole).
_SHOWN_KEY = 40
_HOLDER = "cofoundry.idempotency"  # scope key: where the dependency tells the middleware
#: The refusal of a retry whose first request committed its work and died before answering.
LOST = (
    "the first request with this Idempotency-Key was carried out, but its answer was lost"
    " (its process stopped, or it failed, before answering); it is not run again"
)
LOST_HINT = "look for what it made (list your ventures, events...), or send a new key to ask again"


class Replayed(Exception):
    """Raised by the dependency to answer with a stored response (see api/errors.py)."""

    def __init__(self, replay: Replay) -> None:
        self.replay = replay


def _escaped(key: str) -> str:
    """``key`` as it can be shown: control characters escaped (``\\t``, ``\\x7f``), cut to
    :data:`_SHOWN_KEY` characters and ``…``.

    >>> _escaped("a\\tb\\x7f"), _escaped("k" * 50) == "k" * 40 + "…"
    ('a\\\\tb\\\\x7f', True)
    """
    shown = "".join(
        repr(ch)[1:-1] if unicodedata.category(ch).startswith("C") else ch for ch in key
    )
    return shown if len(shown) <= _SHOWN_KEY else shown[:_SHOWN_KEY] + "…"


def _key_problem(key: str) -> str | None:
    """What keeps ``key`` from being an ``Idempotency-Key``, or None.

    >>> _key_problem("7d0c6f7e-1b1e"), _key_problem("a\\x00b"), _key_problem("a b"), _key_problem("é")
    (None, 'a control character', 'a space', 'a character outside printable ASCII')
    """
    if re.fullmatch(r"[\x21-\x7e]+", key) and len(key) <= MAX_KEY:
        return None
    if any(unicodedata.category(ch) == "Cc" for ch in key):
        return "a control character"
    if " " in key:
        return "a space"
    if not key:
        return "nothing"
    if len(key) > MAX_KEY:
        return f"{len(key)} characters"
    return "a character outside printable ASCII"


def check_key_header(request: Request) -> None:
    """Refuse a malformed ``Idempotency-Key`` on any route (:class:`InvalidInput`, 422):
    a route that ignores the header would otherwise take it silently, and the client believe
    its retries safe. The header's bytes are read as UTF-8 where they are."""
    raw = next((v for k, v in request.headers.raw if k == b"idempotency-key"), None)
    if raw is None:
        return
    key = raw.decode("utf-8", "backslashreplace")
    problem = _key_problem(key)
    if problem is not None:
        raise InvalidInput(
            f"Idempotency-Key {_escaped(key)!r} has {problem}: a key is 1 to {MAX_KEY}"
            " printable ASCII characters, without spaces",
            field="Idempotency-Key",
            value=_escaped(key),
            hint="use printable ASCII without spaces, such as a UUID",
        )


def _keeps_its_own(request: Request) -> bool:
    """Whether the route reads ``Idempotency-Key`` itself (the ledger's entries), keeping
    its own scheme instead of this one."""
    route = request.scope.get("route")
    return isinstance(route, APIRoute) and any(
        p.alias.lower() == "idempotency-key" for p in route.dependant.header_params
    )


#: The dependency every route declares (:func:`check_key_header`).
CHECK_KEY = Depends(check_key_header)


async def idempotency_key(
    request: Request,
    idempotency_key: Annotated[
        str | None,
        Header(
            min_length=1,
            max_length=MAX_KEY,
            pattern=r"^[\x21-\x7e]+$",
            description="a unique key per new resource (e.g. a UUID); retries with the same"
            " key and body return the first response instead of creating another",
        ),
    ] = None,
) -> str | None:
    """The documented ``Idempotency-Key`` of a route that creates something: claimed (see
    :func:`_claim`) by the app's :data:`HONOUR_KEY`, or here for an app built without it."""
    await _claim(request, idempotency_key)
    return idempotency_key


async def honour_key(request: Request) -> None:
    """Every POST honours a valid ``Idempotency-Key`` (:func:`_claim`), documented or not:
    a key silently ignored let a retried ``POST /accounts`` make a second account."""
    await _claim(request, request.headers.get("idempotency-key"))


async def _claim(request: Request, idempotency_key: str | None) -> None:
    """Claim the ``Idempotency-Key`` for this request, or answer with the stored response.

    Raises :class:`Replayed` (the stored response), or :class:`~matcher.errors.Conflict`
    (409) when the key belongs to another request or its first request is still running
    after ``idempotency_wait`` seconds.
    """
    holder = request.scope.get(_HOLDER)
    if idempotency_key is None or holder is None or "claim" in holder:
        return
    if _keeps_its_own(request):
        return
    store: IdempotencyStore = request.app.state.idempotency
    wait: float = request.app.state.settings.idempotency_wait
    who = hashlib.sha256(request.headers.get("authorization", "").encode("latin-1")).hexdigest()
    body = await request.body()
    fingerprint = request_fingerprint(request.method, request.url.path, body)
    # Wait on the event loop, not on a worker thread: 50 retries each sleeping in a thread
    # would hold all of the pool's 40, and the first request could never get one to finish.
    deadline = time.monotonic() + wait
    claim: Claim = await run_in_threadpool(store.begin, who, idempotency_key, fingerprint)
    while claim.kind == "pending" and time.monotonic() < deadline:
        await anyio.sleep(0.05)
        claim = await run_in_threadpool(store.begin, who, idempotency_key, fingerprint)
    if claim.kind == "replay":
        assert claim.replay is not None
        raise Replayed(claim.replay)
    if claim.kind == "mismatch":
        raise Conflict(
            "this Idempotency-Key was already used for a different request",
            field="Idempotency-Key",
            hint="use a new key for a new request; retry only with the identical body",
        )
    if claim.kind == "pending":
        raise Conflict(
            "a request with this Idempotency-Key is still being processed",
            field="Idempotency-Key",
            hint="retry in a moment: you will get its response",
        )
    if claim.kind == "lost":
        raise Conflict(LOST, field="Idempotency-Key", hint=LOST_HINT)
    holder["claim"] = (store, who, idempotency_key)
    store.hold(who, idempotency_key)  # its writes mark the claim run (never run twice)


IDEMPOTENT = Depends(idempotency_key)
#: What the app declares for every route (:func:`honour_key`).
HONOUR_KEY = Depends(honour_key)
#: What a route that creates something declares: it answers 201, and a retry with the same
#: Idempotency-Key gets the first answer (``@router.post(path, response_model=M, **CREATES)``).
CREATES: dict[str, Any] = {"status_code": 201, "dependencies": [IDEMPOTENT]}
#: :data:`CREATES`, for a route whose new thing has an address of its own: its 201 carries
#: ``Location`` (set with :func:`located`), and the OpenAPI document says so.
CREATES_AT: dict[str, Any] = CREATES | {
    "responses": {
        201: {
            "description": "Created",
            "headers": {
                "Location": {
                    "description": "the new thing's address, relative to this server",
                    "schema": {"type": "string"},
                }
            },
        }
    }
}


def located(response: Response, *parts: str) -> None:
    """Give a 201 the address of what it created: ``Location: /parts[0]/parts[1]...``
    (each part percent-encoded).

    Examples
    --------
    >>> r = Response()
    >>> located(r, "ventures", "acme")
    >>> r.headers["location"]
    '/ventures/acme'
    """
    response.headers["Location"] = "/" + "/".join(quote(p, safe="") for p in parts)


def belongs_to(request: Request, profile_id: str | None) -> None:
    """Record whose response this request's stored response is (the signed-in member, or
    the profile a sign-up creates): erasing that person deletes it (see
    :meth:`matcher.store_idempotency.IdempotencyStore.forget`). Nothing when no key is held.
    """
    holder = request.scope.get(_HOLDER)
    if holder is not None and profile_id is not None:
        holder["subject"] = profile_id


class IdempotencyMiddleware(HttpMiddleware):
    """Stores the response of a request whose route claimed its ``Idempotency-Key``.

    Only POST requests that carry the header are watched; the route's dependency decides
    (by claiming) whether the response is kept: 2xx responses are stored, others release
    the claim so the key can be used again.
    """

    def watches(self, scope: Scope) -> bool:
        """Only POST requests with an ``Idempotency-Key`` header."""
        return scope["method"] == "POST" and any(
            name == b"idempotency-key" for name, _ in scope.get("headers", [])
        )

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        holder: dict[str, Any] = {}
        scope[_HOLDER] = holder
        status = 500
        media_type = "application/json"
        location: str | None = None
        out: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal status, media_type, location
            if message["type"] == "http.response.start":
                status = int(message["status"])
                for name, value in message.get("headers", []):
                    if name.lower() == b"content-type":
                        media_type = value.decode("latin-1")
                    elif name.lower() == b"location":
                        location = value.decode("latin-1")
            elif message["type"] == "http.response.body" and "claim" in holder:
                out.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            claim = holder.get("claim")
            if claim is not None:
                store, who, key = claim
                if 200 <= status < 300:
                    body = b"".join(out)
                    await run_in_threadpool(
                        partial(store.finish, subject=holder.get("subject"), location=location),
                        who,
                        key,
                        status,
                        media_type,
                        body,
                    )
                else:
                    await run_in_threadpool(store.release, who, key, status)
