"""The signed-in member: their profile and their private avoid list."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import MemberDep, ProfilesDep, TrustDep, own_id
from api.schemas import ERROR_RESPONSES, AvoidChanged, AvoidList, ProfilePublic

router = APIRouter(prefix="/me", tags=["me"], responses=ERROR_RESPONSES)


@router.get("", response_model=ProfilePublic)
def me(profiles: ProfilesDep, actor: MemberDep) -> ProfilePublic:
    """My profile."""
    return ProfilePublic.of(profiles.get_profile(own_id(actor), actor=actor), show_email=True)


@router.get("/avoid", response_model=AvoidList)
def avoid_list(trust: TrustDep, actor: MemberDep) -> AvoidList:
    """People I never want suggested, nor to meet at events. Nobody else can read this list."""
    return AvoidList(avoid=trust.avoid_list(own_id(actor), actor=actor))


@router.put("/avoid/{other_id}", response_model=AvoidChanged)
def avoid(other_id: str, trust: TrustDep, actor: MemberDep) -> AvoidChanged:
    """Add someone to my avoid list (both of us stop seeing each other in suggestions;
    ``changed``: false if they were on it already)."""
    return AvoidChanged.of(trust.avoid(own_id(actor), other_id, actor=actor))


@router.delete("/avoid/{other_id}", response_model=AvoidChanged)
def unavoid(other_id: str, trust: TrustDep, actor: MemberDep) -> AvoidChanged:
    """Take someone off my avoid list (``changed``: false if they were not on it)."""
    return AvoidChanged.of(trust.unavoid(own_id(actor), other_id, actor=actor))
