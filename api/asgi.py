"""The one skeleton of cofoundry's ASGI middlewares: HTTP requests are handled, the rest
(lifespan, websockets) pass through untouched.

The ASGI types are Starlette's (:mod:`starlette.types`); a middleware overrides
:meth:`HttpMiddleware.handle`, and :meth:`HttpMiddleware.watches` when it looks only at
some HTTP requests.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "ASGIApp",
    "BodyTooLarge",
    "HttpMiddleware",
    "Message",
    "Receive",
    "Scope",
    "Send",
    "read_body",
    "replaying",
]


class HttpMiddleware:
    """Base of an ASGI middleware over ``app`` that handles the HTTP requests it watches.

    Examples
    --------
    >>> from fastapi import FastAPI
    >>> from fastapi.testclient import TestClient
    >>> class Hello(HttpMiddleware):
    ...     async def handle(self, scope, receive, send):
    ...         async def add(message):
    ...             if message["type"] == "http.response.start":
    ...                 message["headers"] = [*message.get("headers", []), (b"x-hello", b"1")]
    ...             await send(message)
    ...         await self.app(scope, receive, add)
    >>> app = FastAPI()
    >>> app.add_middleware(Hello)
    >>> TestClient(app).get("/nothing").headers["x-hello"]
    '1'
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def watches(self, scope: Scope) -> bool:
        """Whether this HTTP request is handled (else it goes straight to ``app``)."""
        return True

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one watched HTTP request (call ``self.app`` to go on)."""
        raise NotImplementedError

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.watches(scope):
            await self.app(scope, receive, send)
            return
        await self.handle(scope, receive, send)


class BodyTooLarge(Exception):
    """A request body passed the limit :func:`read_body` was given."""


async def read_body(receive: Receive, limit: int | None = None) -> bytes | None:
    """The whole request body, read message by message (None: the client left first);
    :class:`BodyTooLarge` as soon as it passes ``limit`` bytes. A middleware that reads it
    hands it on with :func:`replaying`.

    Examples
    --------
    >>> import asyncio
    >>> parts = iter([{"type": "http.request", "body": b"ab", "more_body": True},
    ...               {"type": "http.request", "body": b"c"}])
    >>> async def receive():
    ...     return next(parts)
    >>> asyncio.run(read_body(receive))
    b'abc'
    """
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None  # the client left
        chunk = message.get("body", b"")
        size += len(chunk)
        if limit is not None and size > limit:
            raise BodyTooLarge(size)
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def replaying(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives ``body`` (a request body a middleware read whole) as one
    message, then whatever ``receive`` gives (a disconnect).

    Examples
    --------
    >>> import asyncio
    >>> async def nothing():
    ...     return {"type": "http.disconnect"}
    >>> again = replaying(b"{}", nothing)
    >>> asyncio.run(again())["body"], asyncio.run(again())["type"]
    (b'{}', 'http.disconnect')
    """
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
