"""Profiles: create, read, update, delete, and their suggestions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import TypeAdapter

from api.deps import (
    ActorDep,
    ClientDep,
    MatchingDep,
    PrivacyDep,
    ProfilesDep,
    SecurityDep,
    one_at_a_time,
)
from api.idempotency import CREATES_AT, belongs_to, located
from api.inputs import Digits
from api.schemas import (
    ERROR_RESPONSES,
    Created,
    ProfileCreate,
    ProfilePublic,
    ProfileUpdate,
    SuggestionPublic,
)
from matcher.access import Actor
from matcher.matching import MAX_K, MatchingService

router = APIRouter(prefix="/profiles", tags=["profiles"], responses=ERROR_RESPONSES)


def _shows_email(actor: Actor | None, profile_id: str) -> bool:
    return actor is not None and (actor.is_admin or actor.profile_id == profile_id)


@router.post("", response_model=Created, **CREATES_AT)
def create_profile(
    body: ProfileCreate,
    security: SecurityDep,
    client: ClientDep,
    request: Request,
    response: Response,
) -> Created:
    """Sign up: create a profile. The response holds the owner's token, shown only once.

    Throttled per client address (429 with ``Retry-After``); a retry with the same
    ``Idempotency-Key`` returns the first response (the same token) and is not counted,
    until the profile is erased.
    """
    security.throttle("signup", client)
    profile, token = security.sign_up(body.model_dump(mode="json"))
    belongs_to(request, profile.id)  # erasing the profile forgets the stored response
    located(response, "profiles", profile.id)
    return Created(profile=ProfilePublic.of(profile, show_email=True), token=token)


@router.get("", response_model=list[ProfilePublic])
def list_profiles(
    request: Request,
    response: Response,
    profiles: ProfilesDep,
    actor: ActorDep,
    offset: Annotated[int, Query(ge=0, le=1_000_000), Digits] = 0,
    limit: Annotated[int, Query(ge=1, le=200), Digits] = 50,
    after: Annotated[
        str | None,
        Query(
            max_length=64,
            description="The last id of the previous page: the next page starts after it"
            " (cheaper than a large offset).",
        ),
    ] = None,
) -> list[ProfilePublic]:
    """Profiles visible to the caller, by id, a page at a time (``limit``; ``after`` the last
    id of the previous page, or ``offset`` visible ones skipped). While there may be more, a
    ``Link: <...>; rel="next"`` header gives the next page's address (a page can be short
    and still not the last: one request reads a bounded number of profiles)."""
    page = profiles.list_profiles(actor=actor, offset=offset, limit=limit, after=after)
    if page.next_after is not None:
        following = request.url.remove_query_params("offset").include_query_params(
            after=page.next_after, limit=limit
        )
        response.headers["Link"] = f'<{following}>; rel="next"'
    return [ProfilePublic.of(p, show_email=_shows_email(actor, p.id)) for p in page.profiles]


@router.get("/{profile_id}", response_model=ProfilePublic)
async def get_profile(profile_id: str, profiles: ProfilesDep, actor: ActorDep) -> ProfilePublic:
    """One profile, if the caller may see it.

    ``async`` on purpose: one indexed SQLite read (well under a millisecond) costs less
    than the hop to a worker thread that a plain ``def`` route takes (the hot read path).
    """
    profile = profiles.get_profile(profile_id, actor=actor)
    return ProfilePublic.of(profile, show_email=_shows_email(actor, profile_id))


@router.patch("/{profile_id}", response_model=ProfilePublic)
def update_profile(
    profile_id: str, body: ProfileUpdate, profiles: ProfilesDep, actor: ActorDep
) -> ProfilePublic:
    """Change some fields of a profile (its owner or an admin)."""
    profile = profiles.update_profile(profile_id, body.changes(), actor=actor)
    return ProfilePublic.of(profile, show_email=True)


@router.delete("/{profile_id}", status_code=204)
def delete_profile(profile_id: str, privacy: PrivacyDep, actor: ActorDep) -> Response:
    """Erase a profile everywhere, as ``DELETE /me`` does (its owner or an admin)."""
    privacy.erase(profile_id, actor=actor)
    return Response(status_code=204)


#: serialises the suggestions as FastAPI's ``response_model`` would (pydantic-core JSON)
_SUGGESTIONS = TypeAdapter(list[SuggestionPublic])


@router.get("/{profile_id}/matches", response_model=list[SuggestionPublic])
async def matches(
    profile_id: str,
    matching: MatchingDep,
    actor: ActorDep,
    k: Annotated[int, Query(ge=1, le=MAX_K, description="how many suggestions"), Digits] = 10,
    explain: Annotated[bool, Query(description="include matched phrases")] = True,
) -> Response:
    """Ranked, explained suggestions of associates (private to the profile's owner and admins).

    The suggestions are validated once, in one call, and serialised here to the bytes
    FastAPI would send: returning models would validate them a second time against
    ``response_model``, in a second hop to a worker thread (this is the busiest route).
    The work runs in a worker thread, one suggestion at a time per process
    (:func:`api.deps.one_at_a_time`: concurrent ones only fought over the GIL).
    """
    return await one_at_a_time(_suggestions, matching, profile_id, k, actor, explain)


def _suggestions(
    matching: MatchingService, profile_id: str, k: int, actor: Actor | None, explain: bool
) -> Response:
    """The suggestions' response: suggested, validated and serialised in one call."""
    suggestions = matching.suggest(profile_id, k=k, actor=actor, explain=explain)
    people = matching.suggested_profiles(suggestions)
    body = _SUGGESTIONS.validate_python(
        [SuggestionPublic.data(i, s, people[s.candidate]) for i, s in enumerate(suggestions, 1)]
    )
    return Response(_SUGGESTIONS.dump_json(body, by_alias=True), media_type="application/json")
