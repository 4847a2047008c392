"""Trust: collaborations, endorsements, my trust scores, warm-intro paths, introductions.

Everything under ``/me`` is private to its owner: ratings and notes given, trust
scores, paths and introductions. Endorsements received are visible to members.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.deps import FeedbackDep, MemberDep, TrustDep, own_id
from api.idempotency import CREATES, CREATES_AT, located
from api.inputs import Digits
from api.schemas import ERROR_RESPONSES
from api.schemas_trust import (
    CollaborationAnswer,
    CollaborationCreate,
    CollaborationPublic,
    EndorsementCreate,
    EndorsementPublic,
    FeedbackCreate,
    FeedbackGiven,
    FeedbackPublic,
    IntroAnswer,
    IntroCreate,
    IntroPublic,
    PathPublic,
    RatingBody,
    TrustEntry,
)
from matcher.trust import MAX_K, MAX_PATHS

__all__ = ["TrustDep", "router"]

router = APIRouter(tags=["trust"], responses=ERROR_RESPONSES)


# ------------------------------------------------------------ collaborations
@router.post("/me/collaborations", response_model=CollaborationPublic, **CREATES)
def propose(body: CollaborationCreate, trust: TrustDep, actor: MemberDep) -> CollaborationPublic:
    """Propose a collaboration; it enters the trust graph only once the partner confirms it."""
    c = trust.propose_collaboration(
        own_id(actor),
        body.partner,
        body.project,
        body.started,
        body.ended,
        rating=body.rating,
        note=body.note,
        actor=actor,
    )
    return CollaborationPublic.of(c)


@router.get("/me/collaborations", response_model=list[CollaborationPublic])
def my_collaborations(trust: TrustDep, actor: MemberDep) -> list[CollaborationPublic]:
    """My collaborations, with my own ratings and notes only."""
    return [CollaborationPublic.of(c) for c in trust.collaborations(own_id(actor), actor=actor)]


@router.post("/me/collaborations/{collab_id}/answer", response_model=CollaborationPublic)
def answer_collaboration(
    collab_id: str, body: CollaborationAnswer, trust: TrustDep, actor: MemberDep
) -> CollaborationPublic:
    """Confirm (or decline) a collaboration someone proposed with me."""
    return CollaborationPublic.of(trust.answer_collaboration(collab_id, body.confirm, actor=actor))


@router.put("/me/collaborations/{collab_id}/rating", response_model=CollaborationPublic)
def rate(
    collab_id: str, body: RatingBody, trust: TrustDep, actor: MemberDep
) -> CollaborationPublic:
    """Rate a collaboration (-2..+2) with an optional private note."""
    return CollaborationPublic.of(
        trust.rate_collaboration(collab_id, body.rating, body.note, actor=actor)
    )


# -------------------------------------------------------------- endorsements
@router.post(
    "/profiles/{profile_id}/endorsements", response_model=list[EndorsementPublic], **CREATES
)
def endorse(
    profile_id: str, body: EndorsementCreate, trust: TrustDep, actor: MemberDep
) -> list[EndorsementPublic]:
    """Vouch for a skill of someone (a weak trust edge from me to them)."""
    done = trust.endorse(own_id(actor), profile_id, body.skill, actor=actor)
    return [EndorsementPublic.of(e) for e in done]


@router.delete(
    "/profiles/{profile_id}/endorsements/{skill}",
    response_model=list[EndorsementPublic],
)
def unendorse(
    profile_id: str, skill: str, trust: TrustDep, actor: MemberDep
) -> list[EndorsementPublic]:
    """Withdraw my endorsement of a skill."""
    return [
        EndorsementPublic.of(e)
        for e in trust.unendorse(own_id(actor), profile_id, skill, actor=actor)
    ]


@router.get(
    "/profiles/{profile_id}/endorsements",
    response_model=list[EndorsementPublic],
)
def endorsements(profile_id: str, trust: TrustDep, actor: MemberDep) -> list[EndorsementPublic]:
    """Skills others vouched for (visible to members)."""
    return [EndorsementPublic.of(e) for e in trust.endorsements(profile_id, actor=actor)]


# --------------------------------------------------------------- trust, paths
@router.get("/me/trust", response_model=list[TrustEntry])
def my_trust(
    trust: TrustDep, actor: MemberDep, k: Annotated[int, Query(ge=1, le=MAX_K), Digits] = 20
) -> list[TrustEntry]:
    """The people I trust most, from my own point of view (private to me)."""
    return [
        TrustEntry(id=pid, trust=t) for pid, t in trust.trust_for(own_id(actor), k=k, actor=actor)
    ]


@router.get("/me/paths/{other_id}", response_model=list[PathPublic])
def paths(
    other_id: str,
    trust: TrustDep,
    actor: MemberDep,
    k: Annotated[int, Query(ge=1, le=MAX_PATHS), Digits] = 3,
) -> list[PathPublic]:
    """The most trusted paths (at most 3 hops) from me to someone, best first."""
    return [PathPublic.of(p) for p in trust.intro_paths(own_id(actor), other_id, k=k, actor=actor)]


# ------------------------------------------------------------- introductions
@router.post("/me/introductions", response_model=IntroPublic, **CREATES_AT)
def request_intro(
    body: IntroCreate, trust: TrustDep, actor: MemberDep, response: Response
) -> IntroPublic:
    """Ask to be introduced (double opt-in: the target and the connector must both accept)."""
    view = trust.request_introduction(
        own_id(actor), body.target, connector=body.connector, message=body.message, actor=actor
    )
    located(response, "me", "introductions", view.id)
    return IntroPublic.of(view)


@router.get("/me/introductions", response_model=list[IntroPublic])
def my_intros(trust: TrustDep, actor: MemberDep) -> list[IntroPublic]:
    """Requests I made, received, or was asked to connect."""
    return [IntroPublic.of(v) for v in trust.introductions(own_id(actor), actor=actor)]


@router.get("/me/introductions/{intro_id}", response_model=IntroPublic)
def one_intro(intro_id: str, trust: TrustDep, actor: MemberDep) -> IntroPublic:
    """One request; contact details appear once everyone accepted."""
    return IntroPublic.of(trust.get_introduction(intro_id, actor=actor))


@router.post("/me/introductions/{intro_id}/answer", response_model=IntroPublic)
def answer_intro(
    intro_id: str, body: IntroAnswer, trust: TrustDep, actor: MemberDep
) -> IntroPublic:
    """Accept or decline (a decline is shown to the requester as "not accepted", no reason)."""
    return IntroPublic.of(trust.answer_introduction(intro_id, body.accept, actor=actor))


@router.post("/me/introductions/{intro_id}/withdraw", response_model=IntroPublic)
def withdraw_intro(intro_id: str, trust: TrustDep, actor: MemberDep) -> IntroPublic:
    """Withdraw a request I made while it is pending: nobody can answer it any more, and
    whoever was asked is told it was withdrawn (no reason given). 409 once it is no longer
    pending; 403 to its target and connector (they decline instead)."""
    return IntroPublic.of(trust.withdraw_introduction(intro_id, actor=actor))


# ------------------------------------------------------------------ feedback
@router.post("/me/feedback", response_model=FeedbackGiven, **CREATES)
def give_feedback(body: FeedbackCreate, feedback: FeedbackDep, actor: MemberDep) -> FeedbackGiven:
    """Leave private feedback about someone I met. Both saying 'again' proposes a
    collaboration; 'not-a-fit' keeps us apart in suggestions and events; 'met-before' tells
    event planners we already met."""
    given = feedback.give(own_id(actor), body.about, body.verdict, body.context, actor=actor)
    return FeedbackGiven.of(given)


@router.get("/me/feedback", response_model=list[FeedbackPublic])
def my_feedback(feedback: FeedbackDep, actor: MemberDep) -> list[FeedbackPublic]:
    """Everything I said (nobody else ever sees it)."""
    return [FeedbackPublic.of(f) for f in feedback.mine(own_id(actor), actor=actor)]
