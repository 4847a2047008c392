"""Request and response bodies of the people and messages routes. Unknown fields are rejected."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from api.inputs import Input
from api.schemas import FitPublic, Mirror, ProfilePublic, SuggestionPublic, fields_of
from matcher.loop import MAX_MESSAGE, Mark, Person, Standing, Thread

__all__ = ["MarkBody", "MessageCreate", "MessagePublic", "PersonPublic", "ThreadPublic"]


class MarkBody(Input):
    """Save a person (to come back to) or skip them (they leave my suggestions)."""

    mark: Mark


class MessageCreate(Input):
    """A message in a conversation."""

    text: str = Field(min_length=1, max_length=MAX_MESSAGE)


class MessagePublic(Mirror):  # shows a Message
    id: int
    author: str
    body: str
    at: dt.datetime


class ThreadPublic(BaseModel):
    """A conversation after an accepted introduction (its id is the introduction's)."""

    id: str
    people: list[str]
    unread: int = Field(description="messages I have not read")
    last_at: dt.datetime | None
    messages: list[MessagePublic] = Field(description="empty in a list of conversations")

    @classmethod
    def of(cls, t: Thread) -> ThreadPublic:
        return cls(
            **fields_of(
                cls, t, people=list(t.people), messages=[MessagePublic.of(m) for m in t.messages]
            )
        )


class PersonPublic(BaseModel):
    """Another member as I see them: what they let me see, why we fit, where we stand."""

    profile: ProfilePublic
    fit: FitPublic | None = Field(description="the pair's score as every page shows it")
    why: SuggestionPublic | None = Field(description="the explanation, as on a suggestion")
    kept_apart: str | None = Field(description="the hard filter that keeps us apart, if any")
    standing: Standing | None
    mark: Mark | None
    shared: list[str] = Field(description="people we both trust (that I may see)")
    may_ask: bool = Field(description="an introduction may be requested")

    @classmethod
    def of(cls, p: Person) -> PersonPublic:
        s = p.fit.suggestion
        fit = None if s is None else FitPublic(points=s.rating.points, band=s.rating.band)
        return cls(
            profile=ProfilePublic.of(p.profile, show_email=False),
            fit=fit,
            why=None if s is None else SuggestionPublic.of(0, s, p.profile),
            kept_apart=p.fit.kept_apart,
            standing=p.standing,
            mark=p.mark,
            shared=list(p.shared),
            may_ask=p.may_ask,
        )
