"""Dependencies shared by the routers: the service and the calling actor.

They are ``async``: FastAPI runs a plain ``def`` dependency in a worker thread, and a thread
hop per dependency costs more than what these do (an attribute read; at most two indexed
SQLite reads). The only write (counting a refused token) goes to a thread.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from api.idempotency import belongs_to
from matcher.errors import NotAuthenticated
from matcher.service import Actor, Service
from matcher.service_equity import EquityService
from matcher.service_feedback import FeedbackService
from matcher.service_loop import LoopService
from matcher.service_privacy import PrivacyService
from matcher.service_trust import TrustService

__all__ = [
    "ActorDep",
    "ClientDep",
    "EquityDep",
    "FeedbackDep",
    "LoopDep",
    "MemberDep",
    "PrivacyDep",
    "ServiceDep",
    "TrustDep",
    "client_of",
]

_bearer = HTTPBearer(auto_error=False, description="a token from POST /profiles or the CLI")


async def get_service(request: Request) -> Service:
    """The service built by :func:`api.app.create_app`."""
    service: Service = request.app.state.service
    return service


ServiceDep = Annotated[Service, Depends(get_service)]


async def get_equity(request: Request) -> EquityService:
    """The equity service built by :func:`api.app.create_app`."""
    equity: EquityService = request.app.state.equity
    return equity


EquityDep = Annotated[EquityService, Depends(get_equity)]


async def get_trust(request: Request) -> TrustService:
    """The trust service built by :func:`api.app.create_app`."""
    trust: TrustService = request.app.state.trust
    return trust


TrustDep = Annotated[TrustService, Depends(get_trust)]


def get_feedback(request: Request) -> FeedbackService:
    """The feedback service built by :func:`api.app.create_app`."""
    feedback: FeedbackService = request.app.state.feedback
    return feedback


FeedbackDep = Annotated[FeedbackService, Depends(get_feedback)]


def get_loop(request: Request) -> LoopService:
    """The loop service built by :func:`api.app.create_app`."""
    loop: LoopService = request.app.state.loop
    return loop


LoopDep = Annotated[LoopService, Depends(get_loop)]


def get_privacy(request: Request) -> PrivacyService:
    """The privacy service (export, erasure) built by :func:`api.app.create_app`."""
    privacy: PrivacyService = request.app.state.privacy
    return privacy


PrivacyDep = Annotated[PrivacyService, Depends(get_privacy)]


async def client_of(request: Request) -> str:
    """The client's address, the key of the per-client throttles.

    Behind a reverse proxy, run uvicorn with ``--proxy-headers`` (and
    ``--forwarded-allow-ips``) so that this is the real client, not the proxy.
    """
    return request.client.host if request.client else "unknown"


ClientDep = Annotated[str, Depends(client_of)]


async def get_actor(
    request: Request,
    service: ServiceDep,
    client: ClientDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Actor | None:
    """The caller, or None when no token was sent.

    A bad token is refused with 401 and counted against the client's address; after too
    many (``auth_failure`` limit), every token from that address gets 429 for a while.
    """
    if credentials is None:
        if request.headers.get("authorization"):
            await run_in_threadpool(service.throttle, "auth_failure", client)
            raise NotAuthenticated(
                "the Authorization header must read 'Bearer <token>'",
                hint="send Authorization: Bearer <token>",
            )
        return None
    service.check_throttle("auth_failure", client)
    try:
        actor = service.authenticate(credentials.credentials)
    except NotAuthenticated:
        await run_in_threadpool(service.throttle, "auth_failure", client)
        raise
    if actor is not None:  # a stored response of theirs goes with them
        belongs_to(request, actor.profile_id)
    return actor


ActorDep = Annotated[Actor | None, Depends(get_actor)]


async def get_member(actor: ActorDep) -> Actor:
    """The caller, who must be signed in."""
    if actor is None:
        raise NotAuthenticated("sign in first", hint="send Authorization: Bearer <token>")
    return actor


MemberDep = Annotated[Actor, Depends(get_member)]
