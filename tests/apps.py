"""The API app for in-process tests: one app per settings, pointed at each test's community.

FastAPI builds an app's routing state (every route's request handling) once per app, on
its first request or its OpenAPI schema: about 0.3 s for our 230 routes, paid by every
test that builds its own app. Every route, probe and the lifespan read the community
from ``app.state`` (see :func:`api.app.create_app`), so one app per settings serves every
test once its state points at that test's community: :func:`app_over` does that, and
:func:`client_over` gives a fresh client (no cookie crosses tests).

Use it for one community at a time. A test that needs two apps alive over two different
communities at once (or tests app construction itself) calls ``create_app``.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.app import create_app
from api.health import Readiness
from api.settings import Settings
from matcher.community import Community

__all__ = ["app_over", "client_over"]

_APPS: dict[str, FastAPI] = {}


def app_over(community: Community, settings: Settings | None = None) -> FastAPI:
    """The shared app for ``settings`` (default: in-memory, fake encoder), serving ``community``."""
    settings = settings or Settings(db=":memory:", encoder="fake")
    key = settings.model_dump_json()
    app = _APPS.get(key)
    if app is None:
        app = _APPS[key] = create_app(settings, community=community)
        return app
    app.state.community = community
    app.state.idempotency = community.idempotency
    app.state.readiness = Readiness(
        community, warm_on_start=settings.warm_on_start, also=[app.openapi]
    )
    return app


def client_over(
    community: Community, settings: Settings | None = None, **kwargs: Any
) -> TestClient:
    """A new test client of :func:`app_over` (``kwargs`` go to ``TestClient``)."""
    return TestClient(app_over(community, settings), **kwargs)
