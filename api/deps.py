"""Dependencies shared by the routers: the service and the calling actor."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from matcher.errors import NotAuthenticated
from matcher.service import Actor, Service
from matcher.service_equity import EquityService
from matcher.service_feedback import FeedbackService
from matcher.service_loop import LoopService
from matcher.service_privacy import PrivacyService
from matcher.service_trust import TrustService

__all__ = [
    "ActorDep",
    "EquityDep",
    "FeedbackDep",
    "LoopDep",
    "MemberDep",
    "PrivacyDep",
    "ServiceDep",
    "TrustDep",
]

_bearer = HTTPBearer(auto_error=False, description="a token from POST /profiles or the CLI")


def get_service(request: Request) -> Service:
    """The service built by :func:`api.app.create_app`."""
    service: Service = request.app.state.service
    return service


ServiceDep = Annotated[Service, Depends(get_service)]


def get_equity(request: Request) -> EquityService:
    """The equity service built by :func:`api.app.create_app`."""
    equity: EquityService = request.app.state.equity
    return equity


EquityDep = Annotated[EquityService, Depends(get_equity)]


def get_trust(request: Request) -> TrustService:
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


def get_actor(
    service: ServiceDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Actor | None:
    """The caller, or None when no token was sent (a bad token is refused with 401)."""
    return service.authenticate(credentials.credentials if credentials else None)


ActorDep = Annotated[Actor | None, Depends(get_actor)]


def get_member(actor: ActorDep) -> Actor:
    """The caller, who must be signed in."""
    if actor is None:
        raise NotAuthenticated("sign in first", hint="send Authorization: Bearer <token>")
    return actor


MemberDep = Annotated[Actor, Depends(get_member)]
