"""People and messages: another member's page as I see them, where I stand with each person,
my saved and skipped people, and the conversations after an accepted introduction."""

from __future__ import annotations

from fastapi import APIRouter, Response

from api.deps import CommunityDep, LoopDep, MemberDep, own_id
from api.idempotency import CREATES
from api.schemas import ERROR_RESPONSES
from api.schemas_people import (
    MarkBody,
    MessageCreate,
    MessagePublic,
    PersonPublic,
    ThreadPublic,
)

__all__ = ["router"]

router = APIRouter(tags=["people"], responses=ERROR_RESPONSES)


@router.get("/people/{person_id}", response_model=PersonPublic)
def person(person_id: str, loop: LoopDep, actor: MemberDep) -> PersonPublic:
    """Another member as I see them: what they let me see, why we fit (the same score as on
    my suggestions), where we stand, the people we both trust."""
    return PersonPublic.of(loop.person(own_id(actor), person_id, actor=actor))


@router.get("/me/standings", response_model=dict[str, str])
def standings(loop: LoopDep, actor: MemberDep) -> dict[str, str]:
    """Where I stand with each person I dealt with: asked, asked-you, declined, accepted,
    met or partners."""
    return {p: s.value for p, s in loop.standings(own_id(actor), actor=actor).items()}


@router.get("/me/marks", response_model=dict[str, str])
def marks(loop: LoopDep, actor: MemberDep) -> dict[str, str]:
    """My saved and skipped people (private: only I see them)."""
    return {p: m.value for p, m in loop.marks(own_id(actor), actor=actor).items()}


@router.put("/me/marks/{person_id}", response_model=dict[str, str])
def mark(person_id: str, body: MarkBody, loop: LoopDep, actor: MemberDep) -> dict[str, str]:
    """Save a person, or skip them: a skipped person leaves my suggestions (one way; they are
    not told). Returns my marks."""
    done = loop.mark(own_id(actor), person_id, body.mark, actor=actor)
    return {p: m.value for p, m in done.items()}


@router.delete("/me/marks/{person_id}", status_code=204)
def unmark(person_id: str, loop: LoopDep, actor: MemberDep) -> Response:
    """Take my mark off a person (a skipped person comes back to my suggestions)."""
    loop.mark(own_id(actor), person_id, None, actor=actor)
    return Response(status_code=204)


@router.get("/me/threads", response_model=list[ThreadPublic])
def threads(community: CommunityDep, actor: MemberDep) -> list[ThreadPublic]:
    """My conversations, latest message first, each with how many messages I have not read."""
    return [ThreadPublic.of(t) for t in community.messages.threads(own_id(actor), actor=actor)]


@router.get("/me/threads/{thread_id}", response_model=ThreadPublic)
def thread(thread_id: str, community: CommunityDep, actor: MemberDep) -> ThreadPublic:
    """A conversation with its messages (its people only; not even an admin); marks it read."""
    own_id(actor)  # an admin has no "me", and no conversation
    return ThreadPublic.of(community.messages.read(thread_id, actor=actor))


@router.post("/me/threads/{thread_id}/messages", response_model=MessagePublic, **CREATES)
def post_message(
    thread_id: str, body: MessageCreate, community: CommunityDep, actor: MemberDep
) -> MessagePublic:
    """Write in a conversation (its people only); the others are notified."""
    own_id(actor)
    return MessagePublic.of(community.messages.post(thread_id, body.text, actor=actor))
