"""``Idempotency-Key`` for the POST routes that create things.

A route opts in with ``dependencies=[IDEMPOTENT]`` (which also documents and validates the
header); :class:`IdempotencyMiddleware` then handles every request to it that carries the
header (see :mod:`matcher.store_idempotency` for the storage):

* the first request with a key runs and its 2xx response is stored;
* a retry with the same key and the same body gets that response again, with the header
  ``Idempotent-Replayed: true`` (and does not count against the sign-up throttle);
* a retry that arrives while the first is still running waits for it (up to ``wait``
  seconds, then 409 with ``Retry-After``): 50 concurrent retries create one thing;
* the same key with a different body, or on another route, is refused (409);
* a request that failed (4xx, 5xx) leaves the key free, so a corrected request may use it.

Keys are scoped per credential: the SHA-256 of the ``Authorization`` header (anonymous
callers share one scope, so their keys should be random, such as UUIDs).

The ledger's ``POST /ventures/{id}/entries`` keeps its own, stronger scheme (the key is
stored with the entry, in the same transaction) and does not use this one.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Annotated, Any

import anyio
from fastapi import Depends, Header
from starlette.concurrency import run_in_threadpool
from starlette.routing import BaseRoute, Match

from api.errors import error_body
from matcher.store_idempotency import Claim, IdempotencyStore, request_fingerprint

__all__ = ["IDEMPOTENT", "IdempotencyMiddleware", "idempotency_key"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_KEY = 200
_KEY = re.compile(r"^[\x21-\x7e]{1,200}$")  # printable ASCII, no spaces


def idempotency_key(
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
    """The ``Idempotency-Key`` header (validated and documented; the middleware acts on it)."""
    return idempotency_key


IDEMPOTENT = Depends(idempotency_key)


def _is_idempotent(route: BaseRoute) -> bool:
    deps = getattr(route, "dependencies", ())
    return any(getattr(d, "dependency", None) is idempotency_key for d in deps)


def _json_error(
    status: int, body: dict[str, Any], headers: Sequence[tuple[bytes, bytes]] = ()
) -> Message:
    return {
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json"), *headers],
        "body": json.dumps(body).encode(),
    }


class IdempotencyMiddleware:
    """Replays stored responses of the routes marked with :data:`IDEMPOTENT`.

    Parameters
    ----------
    app : ASGI app
    routes : callable
        Returns the application's routes (read once, on the first request).
    store : IdempotencyStore
    wait : float
        Seconds a retry waits for the request that holds its key.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        routes: Callable[[], Sequence[BaseRoute]],
        store: IdempotencyStore,
        wait: float = 10.0,
    ) -> None:
        self.app = app
        self.routes = routes
        self.store = store
        self.wait = wait
        self._marked: list[BaseRoute] | None = None

    def _wants(self, scope: Scope) -> bool:
        if self._marked is None:
            self._marked = [r for r in self.routes() if _is_idempotent(r)]
        return any(r.matches(scope)[0] is Match.FULL for r in self._marked)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        raw_key = headers.get(b"idempotency-key")
        key = raw_key.decode("latin-1") if raw_key is not None else None
        if key is None or not _KEY.match(key) or not self._wants(scope):
            await self.app(scope, receive, send)  # the route validates (or ignores) the header
            return
        chunks = []
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        who = hashlib.sha256(headers.get(b"authorization", b"")).hexdigest()
        fingerprint = request_fingerprint("POST", scope["path"], body)

        deadline = time.monotonic() + self.wait
        claim: Claim = await run_in_threadpool(self.store.begin, who, key, fingerprint)
        while claim.kind == "pending" and time.monotonic() < deadline:
            await anyio.sleep(0.05)
            claim = await run_in_threadpool(self.store.begin, who, key, fingerprint)
        if claim.kind == "replay":
            assert claim.replay is not None
            r = claim.replay
            await send(
                {
                    "type": "http.response.start",
                    "status": r.status,
                    "headers": [
                        (b"content-type", r.media_type.encode("latin-1")),
                        (b"idempotent-replayed", b"true"),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": r.body})
            return
        if claim.kind != "claimed":
            await self._refuse(send, claim.kind)
            return

        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        status = 500
        media_type = "application/json"
        out: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal status, media_type
            if message["type"] == "http.response.start":
                status = int(message["status"])
                for name, value in message.get("headers", []):
                    if name.lower() == b"content-type":
                        media_type = value.decode("latin-1")
            elif message["type"] == "http.response.body":
                out.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, replay, capture)
        finally:
            if 200 <= status < 300:
                await run_in_threadpool(
                    self.store.finish, who, key, status, media_type, b"".join(out)
                )
            else:
                await run_in_threadpool(self.store.release, who, key)

    async def _refuse(self, send: Send, kind: str) -> None:
        if kind == "mismatch":
            body = error_body(
                "this Idempotency-Key was already used for a different request",
                "Idempotency-Key",
                None,
                "use a new key for a new request; retry only with the identical body",
            )
            extra: list[tuple[bytes, bytes]] = []
        else:
            body = error_body(
                "a request with this Idempotency-Key is still being processed",
                "Idempotency-Key",
                None,
                "retry in a moment: you will get its response",
            )
            extra = [(b"retry-after", b"1")]
        message = _json_error(409, body, extra)
        payload = message.pop("body")
        await send(message)
        await send({"type": "http.response.body", "body": payload})
