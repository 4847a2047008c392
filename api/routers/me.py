"""The signed-in member: their profile and their private avoid list."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from api.deps import CommunityDep, MemberDep, ProfilesDep, TrustDep, own_id
from api.idempotency import located
from api.schemas import (
    ERROR_RESPONSES,
    AvoidChanged,
    AvoidList,
    ProfilePublic,
    ProfileWrite,
)

router = APIRouter(prefix="/me", tags=["me"], responses=ERROR_RESPONSES)


@router.get("", response_model=ProfilePublic)
def me(profiles: ProfilesDep, actor: MemberDep) -> ProfilePublic:
    """My profile."""
    return ProfilePublic.of(profiles.get_profile(own_id(actor), actor=actor), show_email=True)


#: what ``PUT /me/profile`` answers: 201 with ``Location`` when it creates the profile
_WRITTEN: dict[int | str, dict[str, Any]] = {
    200: {"description": "My profile was there: it is replaced by the one sent"},
    201: {
        "description": "My profile is created",
        "model": ProfilePublic,
        "headers": {
            "Location": {"description": "the profile's address", "schema": {"type": "string"}}
        },
    },
}


@router.get("/profile", response_model=ProfilePublic)
def my_profile(profiles: ProfilesDep, actor: MemberDep) -> ProfilePublic:
    """My profile (as ``GET /me``)."""
    return me(profiles, actor)


@router.put("/profile", response_model=ProfilePublic, responses=_WRITTEN)
def write_my_profile(
    body: ProfileWrite, community: CommunityDep, actor: MemberDep, response: Response
) -> ProfilePublic:
    """Create my profile, or replace it whole, under my account's id (what the profile page
    does): 201 the first time (``Location``: the profile), 200 after. The fields left out
    take their defaults; without ``email``, my account's address goes in once confirmed.
    The same body sent twice leaves the same profile (idempotent). Then my suggestions are
    at ``GET /profiles/{id}/matches``."""
    member = own_id(actor)
    profile, created = community.accounts.write_profile(
        member, body.model_dump(mode="json"), actor=actor
    )
    if created:
        response.status_code = 201
        located(response, "profiles", profile.id)
    return ProfilePublic.of(profile, show_email=True)


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
