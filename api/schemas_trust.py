"""Request and response bodies of the trust routes. Unknown fields are rejected."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from api.inputs import Input
from api.schemas import Mirror, fields_of
from graph.paths import TrustPath
from matcher.ids import MAX_ID
from matcher.loop import Given
from matcher.trust import (
    MAX_PROJECT,
    MAX_RATING,
    MAX_SKILL,
    MAX_TEXT,
    MIN_RATING,
    Collaboration,
    Feedback,
    IntroView,
    Verdict,
)

__all__ = [
    "CollaborationAnswer",
    "CollaborationCreate",
    "CollaborationPublic",
    "EndorsementCreate",
    "EndorsementPublic",
    "FeedbackCreate",
    "FeedbackGiven",
    "FeedbackPublic",
    "IntroAnswer",
    "IntroCreate",
    "IntroPublic",
    "PathPublic",
    "RatingBody",
    "TrustEntry",
]

Rating = Field(ge=MIN_RATING, le=MAX_RATING, description="-2 never again .. +2 again any time")


class CollaborationCreate(Input):
    """Propose a collaboration with ``partner``; it counts once they confirm it."""

    partner: str = Field(min_length=1, max_length=MAX_ID)
    project: str = Field(min_length=1, max_length=MAX_PROJECT)
    started: dt.date
    ended: dt.date | None = None
    rating: int | None = Field(
        None, ge=MIN_RATING, le=MAX_RATING, description="your rating, -2..+2"
    )
    note: str = Field("", max_length=MAX_TEXT, description="private to you")


class CollaborationAnswer(Input):
    confirm: bool


class RatingBody(Input):
    rating: int = Rating
    note: str = Field("", max_length=MAX_TEXT, description="private to you")


class CollaborationPublic(BaseModel):
    """A collaboration as you see it: the other side's rating and note are never shown."""

    id: str
    proposer: str
    partner: str
    project: str
    started: dt.date
    ended: dt.date | None
    status: str
    proposer_rating: int | None
    partner_rating: int | None
    proposer_note: str
    partner_note: str

    @classmethod
    def of(cls, c: Collaboration) -> CollaborationPublic:
        return cls(**fields_of(cls, c, status=c.status.value))


class EndorsementCreate(Input):
    skill: str = Field(min_length=1, max_length=MAX_SKILL)


class EndorsementPublic(Mirror):  # shows an Endorsement
    endorser: str
    endorsed: str
    skill: str


class TrustEntry(BaseModel):
    id: str
    trust: float = Field(description="in [0, 1], from your point of view")


class PathPublic(BaseModel):
    """A warm-introduction path, you first; its trust is the product of its edges' trust."""

    nodes: list[str]
    connectors: list[str]
    hops: int
    trust: float

    @classmethod
    def of(cls, p: TrustPath) -> PathPublic:
        return cls(**fields_of(cls, p, trust=round(p.trust, 6)))


class IntroCreate(Input):
    """Ask to meet ``target``, directly or through ``connector`` (first person on a warm path)."""

    target: str = Field(min_length=1, max_length=MAX_ID)
    connector: str | None = Field(None, min_length=1, max_length=MAX_ID)
    message: str = Field("", max_length=MAX_TEXT)


class IntroAnswer(Input):
    accept: bool


class IntroPublic(BaseModel):
    """An introduction request; ``contact`` is filled only once everyone accepted."""

    id: str
    requester: str
    target: str
    connector: str | None
    message: str
    status: str = Field(
        description="pending, accepted, not accepted, expired, ended (no connector left), or"
        " withdrawn (by its requester, while pending)"
    )
    my_role: str
    my_answer: bool | None
    created_at: dt.datetime
    expires_at: dt.datetime
    contact: dict[str, str] = Field(
        description="once everyone accepted: each partner's e-mail address, empty when none"
        " is given or it is not confirmed yet (then the partner is in `unconfirmed`)"
    )
    unconfirmed: list[str] = Field(
        default_factory=list,
        description="partners whose e-mail address is not shown: its owner has not"
        " confirmed it yet",
    )
    withdrawn_at: dt.datetime | None = Field(
        None, description="when its requester withdrew it (status withdrawn), else null"
    )

    @classmethod
    def of(cls, v: IntroView) -> IntroPublic:
        return cls(
            **fields_of(
                cls,
                v,
                status=v.status.value,
                contact=dict(v.contact),
                unconfirmed=list(v.unconfirmed),
            )
        )


class FeedbackCreate(Input):
    """My private verdict about someone I met (only I ever see it)."""

    about: str = Field(min_length=1, max_length=MAX_ID)
    verdict: Verdict = Field(
        description="again: I would like to work together; not-a-fit; met-before"
    )
    context: str | None = Field(
        None,
        max_length=140,
        description="the meeting: intro:<id> or event:<id> (required for 'again')",
    )


class FeedbackPublic(BaseModel):
    about: str
    verdict: Verdict
    context: str
    at: dt.datetime

    @classmethod
    def of(cls, f: Feedback) -> FeedbackPublic:
        return cls(**fields_of(cls, f, at=f.created_at))


class FeedbackGiven(BaseModel):
    """The verdict recorded and, when we both said 'again', the collaboration proposed."""

    feedback: FeedbackPublic
    proposed_collaboration: CollaborationPublic | None = None

    @classmethod
    def of(cls, g: Given) -> FeedbackGiven:
        return cls(
            feedback=FeedbackPublic.of(g.feedback),
            proposed_collaboration=None
            if g.proposed is None
            else CollaborationPublic.of(g.proposed),
        )
