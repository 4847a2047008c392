"""Dependencies shared by the routers: the service and the calling actor."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from matcher.errors import NotAuthenticated
from matcher.service import Actor, Service

__all__ = ["ActorDep", "MemberDep", "ServiceDep"]

_bearer = HTTPBearer(auto_error=False, description="a token from POST /profiles or the CLI")


def get_service(request: Request) -> Service:
    """The service built by :func:`api.app.create_app`."""
    service: Service = request.app.state.service
    return service


ServiceDep = Annotated[Service, Depends(get_service)]


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
