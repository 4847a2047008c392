"""The FastAPI application, built by :func:`create_app` (nothing is built at import time)."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request

from api.asgi import BodyTooLarge, read_body, replaying
from api.errors import LastResort, error_body, install_error_handlers
from api.headers import SecurityHeaders
from api.health import Readiness
from api.idempotency import CHECK_KEY, HONOUR_KEY, IdempotencyMiddleware
from api.inputs import OneKeyOnce
from api.observability import RequestLog, configure_logging
from api.routers import accounts as account_routes
from api.routers import events, me, people, privacy, profiles, tokens, ventures
from api.routers import loop as loop_routes
from api.routers import trust as trust_routes
from api.schemas import ErrorBody, Ready
from api.settings import Settings
from api.web import install as install_web
from api.web.render import too_large_page
from api.wiring import build_community
from matcher.community import Community

__all__ = ["create_app"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413, whether or not Content-Length is sent."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                await self._refuse(scope, receive, send)
                return
        # Read the whole body first (it is at most `limit` bytes), then replay it to the app.
        try:
            body = await read_body(receive, self.limit)
        except BodyTooLarge:
            await self._refuse(scope, receive, send)
            return
        if body is not None:
            await self.app(scope, replaying(body, receive), send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        import json

        if str(scope.get("path", "")).startswith("/web/"):  # a form of the web pages: a page
            response = too_large_page(Request(scope), self.limit)
            await response(scope, receive, send)
            return

        body = json.dumps(
            error_body(f"request body over {self.limit} bytes", "body", None, "send a smaller body")
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": body})


def create_app(settings: Settings | None = None, *, community: Community | None = None) -> FastAPI:
    """Build the API: settings are read and the community is built here, when called.

    Parameters
    ----------
    settings : Settings, optional
        Defaults to ``Settings()`` (environment variables ``COFOUNDRY_*``).
    community : Community, optional
        An already built community (tests inject one with a fake encoder).

    Examples
    --------
    >>> from fastapi.testclient import TestClient
    >>> app = create_app(Settings(db=":memory:", encoder="fake"))
    >>> TestClient(app).get("/health").json()
    {'status': 'ok', 'profiles': 0, 'encoder': 'fake-bow-64'}
    """
    settings = settings or Settings()
    if settings.log_json:
        configure_logging(settings.log_level)
    community = community or build_community(settings)

    # the app's community, readiness and settings live in ``app.state``, read from there by
    # every route (api/deps.py, api/web/context.py), the probes and the lifespan below
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        community: Community = app.state.community
        if settings.warm_on_start:
            app.state.readiness.warm_up()  # in a thread: /health answers at once, /ready once warm
        stop = threading.Event()
        if settings.mail_worker and community.mail.transport is not None:
            threading.Thread(
                target=community.mail.run, args=(stop,), name="mail-worker", daemon=True
            ).start()
        yield
        stop.set()
        community.matching.save_index()  # the next start loads it instead of catching up

    app = FastAPI(
        lifespan=lifespan,
        title="cofoundry",
        version="0.1.0",
        description="Find complementary, compatible associates; every suggestion explained.",
        # a malformed Idempotency-Key is refused on every route, a valid one honoured by
        # every POST (a retry with it gets the first answer)
        dependencies=[CHECK_KEY, HONOUR_KEY],
    )
    app.state.community = community
    app.state.settings = settings
    # warm at start: every route's request handling (built with the OpenAPI schema), the
    # search state, and the busiest ledgers (a first split pays no cold read)
    readiness = Readiness(community, warm_on_start=settings.warm_on_start, also=[app.openapi])
    install_error_handlers(app)

    # the probes first: a route is found by trying every route before it in turn, and
    # /health behind the 230 others cost more in routing (0.5 ms) than in answering
    @app.get("/health", tags=["health"])
    async def health(request: Request) -> dict[str, Any]:
        """Liveness: the process answers. With the number of profiles and the encoder in use."""
        community: Community = request.app.state.community
        return {
            "status": "ok",
            "profiles": community.profiles.store.count_profiles(),
            "encoder": community.encoder.name,
        }

    @app.get("/ready", tags=["health"], response_model=Ready, responses={503: {"model": ErrorBody}})
    def ready(request: Request) -> Ready:
        """Readiness: database writable, schema current, encoder loaded, search state fresh.

        503 with the reason, the setting at fault and what to do when not (see api/health.py).
        """
        return Ready(status="ready", checks=request.app.state.readiness.check())

    for router in (
        profiles.router,
        me.router,
        tokens.router,
        trust_routes.router,
        account_routes.accounts,
        account_routes.me,
        ventures.router,
        ventures.me_router,
        loop_routes.router,
        people.router,
        events.router,
        events.invitations,
    ):
        app.include_router(router)
    install_web(app)  # the web pages, under /web
    app.include_router(privacy.router)

    app.state.readiness = readiness
    # Outermost last: security headers -> request id and log -> last resort -> body limit ->
    # one key once (JSON) -> idempotency -> routes.
    app.state.idempotency = community.idempotency
    app.add_middleware(IdempotencyMiddleware)
    app.add_middleware(OneKeyOnce)  # inside the body limit: the body it reads is bounded
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(LastResort)  # inside RequestLog: its log line has the request id
    app.add_middleware(RequestLog)
    app.add_middleware(SecurityHeaders)  # outermost: every answer gets them, errors too
    return app
