"""Dependencies shared by the routers: the service and the calling actor.

They are ``async``: FastAPI runs a plain ``def`` dependency in a worker thread, and a thread
hop per dependency costs more than what these do (an attribute read; at most two indexed
SQLite reads). The only write (counting a refused token) goes to a thread.
"""

from __future__ import annotations

import asyncio
import functools
import weakref
from collections.abc import Awaitable, Callable
from typing import Annotated, TypeVar

import anyio
import anyio.to_thread
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from api.idempotency import belongs_to
from matcher.access import HAVE_PROFILE, Actor, signed_in
from matcher.community import Community
from matcher.equity import EquityService
from matcher.errors import NotAuthenticated
from matcher.events import EventService
from matcher.loop import FeedbackService, LoopService
from matcher.matching import MatchingService
from matcher.privacy import PrivacyService
from matcher.profiles import ProfileService
from matcher.security import SecurityService
from matcher.trust import TrustService

__all__ = [
    "ActorDep",
    "ClientDep",
    "CommunityDep",
    "EquityDep",
    "EventsDep",
    "FeedbackDep",
    "LoopDep",
    "MatchingDep",
    "MemberDep",
    "PrivacyDep",
    "ProfilesDep",
    "SecurityDep",
    "TrustDep",
    "client_address",
    "client_of",
    "own_id",
]

T = TypeVar("T")

_bearer = HTTPBearer(auto_error=False, description="a token from POST /profiles or the CLI")


async def get_community(request: Request) -> Community:
    """The community built by :func:`api.app.create_app`."""
    community: Community = request.app.state.community
    return community


CommunityDep = Annotated[Community, Depends(get_community)]


def _service(part: Callable[[Community], T]) -> Callable[[Request], Awaitable[T]]:
    """The dependency that gives one service of the community (``part`` picks it).

    It reads the community itself rather than through :data:`CommunityDep`: each
    dependency FastAPI resolves costs tens of microseconds per request, on every route.
    """

    async def service(request: Request) -> T:
        community: Community = request.app.state.community
        return part(community)

    return service


ProfilesDep = Annotated[ProfileService, Depends(_service(lambda c: c.profiles))]
MatchingDep = Annotated[MatchingService, Depends(_service(lambda c: c.matching))]
SecurityDep = Annotated[SecurityService, Depends(_service(lambda c: c.security))]
EquityDep = Annotated[EquityService, Depends(_service(lambda c: c.equity))]
TrustDep = Annotated[TrustService, Depends(_service(lambda c: c.trust))]
EventsDep = Annotated[EventService, Depends(_service(lambda c: c.events))]
FeedbackDep = Annotated[FeedbackService, Depends(_service(lambda c: c.feedback))]
LoopDep = Annotated[LoopService, Depends(_service(lambda c: c.loop))]
PrivacyDep = Annotated[PrivacyService, Depends(_service(lambda c: c.privacy))]


def client_address(request: Request) -> str:
    """The client's address, the key of the per-client throttles (of the API and the pages).

    Behind a reverse proxy, run uvicorn with ``--proxy-headers`` (and
    ``--forwarded-allow-ips``) so that this is the real client, not the proxy.
    """
    return request.client.host if request.client else "unknown"


async def client_of(request: Request) -> str:
    """:func:`client_address` as a dependency."""
    return client_address(request)


ClientDep = Annotated[str, Depends(client_of)]


async def get_actor(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Actor | None:
    """The caller, or None when no token was sent.

    A bad token is refused with 401 and counted against the client's address; after too
    many (``auth_failure`` limit), bad tokens from that address get 429 for a while. A valid
    token is never refused for its address's failures: one client behind a shared address
    (a NAT, an office) cannot lock the others out.

    The security service and the client's address are read here, not as dependencies of
    their own (on every signed-in request, each would cost tens of microseconds).
    """
    service: SecurityService = request.app.state.community.security
    client = client_address(request)
    if len(request.headers.getlist("authorization")) > 1:  # which one counts is not known
        await run_in_threadpool(service.throttle, "auth_failure", client)
        raise NotAuthenticated(
            "send one Authorization header: this request has several",
            hint="send Authorization: Bearer <token> once",
        )
    if credentials is None:
        if request.headers.get("authorization"):
            await run_in_threadpool(service.throttle, "auth_failure", client)
            raise NotAuthenticated(
                "the Authorization header must read 'Bearer <token>'",
                hint="send Authorization: Bearer <token>",
            )
        return None
    try:
        actor = service.authenticate(credentials.credentials)
    except NotAuthenticated:  # past the limit a bad token gets 429; a good one always passes
        service.check_throttle("auth_failure", client)
        await run_in_threadpool(service.throttle, "auth_failure", client)
        raise
    if actor is not None:  # a stored response of theirs goes with them
        belongs_to(request, actor.profile_id)
    return actor


ActorDep = Annotated[Actor | None, Depends(get_actor)]


async def get_member(actor: ActorDep) -> Actor:
    """The caller, who must be signed in."""
    return signed_in(actor)


MemberDep = Annotated[Actor, Depends(get_member)]


#: per event loop (tests run several): the limiter of :func:`one_at_a_time`
_busy: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, anyio.CapacityLimiter] = (
    weakref.WeakKeyDictionary()
)


async def one_at_a_time(func: Callable[..., T], *args: object) -> T:
    """``func(*args)`` in a worker thread, one such call at a time in this process.

    For CPU-bound routes (the suggestions: milliseconds of Python and NumPy holding the
    GIL): run concurrently in the thread pool, the requests of one process only take turns
    on the GIL, and the switching costs CPU (measured with bench/load.py's 100 connections
    at 200/s: 9.9 ms of server CPU per suggestion with history, 8.3 ms one at a time; run
    in the event loop itself, no better, and /health waits behind every suggestion). One
    at a time they queue here instead, while the event loop keeps answering the rest.
    """
    loop = asyncio.get_running_loop()
    limiter = _busy.get(loop)
    if limiter is None:
        limiter = _busy[loop] = anyio.CapacityLimiter(1)
    return await anyio.to_thread.run_sync(functools.partial(func, *args), limiter=limiter)


def own_id(actor: Actor) -> str:
    """The signed-in member's own profile id, for the ``/me`` routes (an admin token has none:
    403)."""
    HAVE_PROFILE.require(actor)
    assert actor.profile_id is not None
    return actor.profile_id
