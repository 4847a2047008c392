"""The signed-in member: their profile and their private avoid list."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import MemberDep, ServiceDep
from api.schemas import ERROR_RESPONSES, AvoidList, ProfilePublic
from matcher.errors import NotAllowed
from matcher.service import Actor

router = APIRouter(prefix="/me", tags=["me"])
_ERRORS = ERROR_RESPONSES


def _own_id(actor: Actor) -> str:
    if actor.profile_id is None:
        raise NotAllowed(
            "this token belongs to no profile", hint="use a member token for /me routes"
        )
    return actor.profile_id


@router.get("", response_model=ProfilePublic, responses=_ERRORS)
def me(service: ServiceDep, actor: MemberDep) -> ProfilePublic:
    """My profile."""
    return ProfilePublic.of(service.get_profile(_own_id(actor), actor=actor), show_email=True)


@router.get("/avoid", response_model=AvoidList, responses=_ERRORS)
def avoid_list(service: ServiceDep, actor: MemberDep) -> AvoidList:
    """People I never want suggested, nor to meet at events. Nobody else can read this list."""
    return AvoidList(avoid=service.avoid_list(_own_id(actor), actor=actor))


@router.put("/avoid/{other_id}", response_model=AvoidList, responses=_ERRORS)
def avoid(other_id: str, service: ServiceDep, actor: MemberDep) -> AvoidList:
    """Add someone to my avoid list (both of us stop seeing each other in suggestions)."""
    return AvoidList(avoid=service.avoid(_own_id(actor), other_id, actor=actor))


@router.delete("/avoid/{other_id}", response_model=AvoidList, responses=_ERRORS)
def unavoid(other_id: str, service: ServiceDep, actor: MemberDep) -> AvoidList:
    """Take someone off my avoid list."""
    return AvoidList(avoid=service.unavoid(_own_id(actor), other_id, actor=actor))
