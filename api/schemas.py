"""Request and response bodies, by role: Create / Update / Public. Unknown fields are rejected."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from api.inputs import ID_SHAPE, Input
from matcher.access import Role as ActorRole
from matcher.matching import Band, Suggestion
from matcher.profiles import (
    CRITERIA,
    LIMITS,
    MAX_UTC_OFFSET,
    MIN_UTC_OFFSET,
    Commitment,
    Profile,
    Role,
    Stage,
    Strength,
    Visibility,
)
from matcher.security import MAX_LABEL, TokenInfo
from matcher.trust import AvoidChange

__all__ = [
    "ERROR_RESPONSES",
    "AvoidChanged",
    "AvoidList",
    "ComponentsPublic",
    "Created",
    "ErrorBody",
    "FitPublic",
    "LearnedOrderPublic",
    "Mirror",
    "PhrasePublic",
    "PreferenceCheckPublic",
    "PreferencesIn",
    "ProfileCreate",
    "ProfilePublic",
    "ProfileUpdate",
    "ProfileWrite",
    "Ready",
    "SuggestionPublic",
    "TokenCreate",
    "TokenCreated",
    "fields_of",
]


def fields_of(model: type[BaseModel], source: object, **changed: Any) -> dict[str, Any]:
    """The values of a response model's fields, each read from the attribute of the same name
    of ``source`` (the domain object it shows), but for those given in ``changed``.

    Examples
    --------
    >>> class Pair(BaseModel):
    ...     a: int
    ...     b: str
    >>> fields_of(Pair, Pair(a=1, b="x"), b="y")
    {'a': 1, 'b': 'y'}
    """
    return {
        name: changed[name] if name in changed else getattr(source, name)
        for name in model.model_fields
    }


class Mirror(BaseModel):
    """A response model each of whose fields shows the attribute of the same name of the
    domain object it stands for.

    Examples
    --------
    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class Point:
    ...     x: int
    ...     y: int
    >>> class PointPublic(Mirror):
    ...     x: int
    >>> PointPublic.of(Point(1, 2))
    PointPublic(x=1)
    """

    @classmethod
    def of(cls, source: object) -> Self:
        """The model of ``source`` (:func:`fields_of`)."""
        return cls(**fields_of(cls, source))


class PreferencesIn(Input):
    """How much each criterion matters about the people suggested to me: ``must`` filters
    (both ways), ``nice`` weighs, ``any`` does not count."""

    roles: Strength = Field(Strength.ANY, description="they bring a role I seek")
    commitment: Strength = Field(Strength.MUST, description="our commitments are close")
    languages: Strength = Field(Strength.MUST, description="we share a language")
    timezone: Strength = Field(Strength.MUST, description="our time zones are close")
    stage: Strength = Field(Strength.ANY, description="our projects are at the same stage")
    industry: Strength = Field(Strength.ANY, description="we share an industry")


class _ProfileFields(BaseModel):
    """The fields of a profile, shared by what comes in and what goes out."""

    name: str = Field(min_length=1, max_length=LIMITS["name"])
    headline: str = Field("", max_length=LIMITS["headline"])
    offers: str = Field(min_length=1, max_length=LIMITS["offers"], description="what I bring")
    needs: str = Field(min_length=1, max_length=LIMITS["needs"], description="what I look for")
    values: str = Field("", max_length=LIMITS["values"], description="how I work")
    roles_offered: list[Role] = Field(default_factory=list, max_length=len(Role))
    roles_sought: list[Role] = Field(default_factory=list, max_length=len(Role))
    commitment: Commitment = Commitment.FULL_TIME
    available_from: dt.date | None = None
    location: str = Field("", max_length=LIMITS["location"])
    utc_offset: float = Field(0.0, ge=MIN_UTC_OFFSET, le=MAX_UTC_OFFSET)
    timezone: str = Field(
        "", max_length=64, description="IANA time zone (Europe/Paris): follows summer time"
    )
    languages: list[str] = Field(
        default_factory=lambda: ["en"], min_length=1, max_length=LIMITS["languages"]
    )
    stage: Stage = Stage.IDEA
    visibility: Visibility = Visibility.PUBLIC
    consent: bool = True
    email: str = Field("", max_length=LIMITS["email"])
    industries: list[Annotated[str, Field(min_length=1, max_length=LIMITS["industry"])]] = Field(
        default_factory=list,
        max_length=LIMITS["industries"],
        description="short labels, e.g. health, energy",
    )
    preferences: PreferencesIn = Field(default_factory=PreferencesIn)


class ProfileCreate(Input, _ProfileFields):
    """A new profile."""

    id: str = Field(min_length=1, max_length=LIMITS["id"], pattern=ID_SHAPE)


class ProfileWrite(Input, _ProfileFields):
    """My profile, whole (``PUT /me/profile``): its id is my account's; the fields left out
    take their defaults; with no ``email``, my account's address once confirmed."""


class ProfileUpdate(Input):
    """A partial update: only the fields sent change."""

    name: str | None = Field(None, min_length=1, max_length=LIMITS["name"])
    headline: str | None = Field(None, max_length=LIMITS["headline"])
    offers: str | None = Field(None, min_length=1, max_length=LIMITS["offers"])
    needs: str | None = Field(None, min_length=1, max_length=LIMITS["needs"])
    values: str | None = Field(None, max_length=LIMITS["values"])
    roles_offered: list[Role] | None = Field(None, max_length=len(Role))
    roles_sought: list[Role] | None = Field(None, max_length=len(Role))
    commitment: Commitment | None = None
    available_from: dt.date | None = None
    location: str | None = Field(None, max_length=LIMITS["location"])
    utc_offset: float | None = Field(None, ge=MIN_UTC_OFFSET, le=MAX_UTC_OFFSET)
    timezone: str | None = Field(None, max_length=64)
    languages: list[str] | None = Field(None, min_length=1, max_length=LIMITS["languages"])
    stage: Stage | None = None
    visibility: Visibility | None = None
    consent: bool | None = None
    email: str | None = Field(None, max_length=LIMITS["email"])
    industries: list[Annotated[str, Field(min_length=1, max_length=LIMITS["industry"])]] | None = (
        Field(None, max_length=LIMITS["industries"])
    )
    preferences: PreferencesIn | None = None

    @field_validator("*", mode="before")
    @classmethod
    def _not_null(cls, value: Any, info: ValidationInfo) -> Any:
        """``null`` clears ``available_from`` only: for another field it was read as "not
        sent", so ``{"email": null}`` answered 200 and kept the address the member meant
        to remove."""
        if value is None and info.field_name != "available_from":
            raise PydanticCustomError("null_value", "cannot be null: null does not clear it")
        return value

    def changes(self) -> dict[str, Any]:
        """The fields that were sent, in the domain's raw form."""
        out = self.model_dump(mode="json", exclude_unset=True)
        return {k: v for k, v in out.items() if not (v is None and k != "available_from")}


class ProfilePublic(_ProfileFields):
    """A profile as others see it (``email`` only for its owner and admins)."""

    model_config = ConfigDict(extra="forbid")

    id: str

    @classmethod
    def of(cls, profile: Profile, *, show_email: bool) -> ProfilePublic:
        return cls(
            **fields_of(
                cls,
                profile,
                roles_offered=list(profile.roles_offered),
                roles_sought=list(profile.roles_sought),
                languages=list(profile.languages),
                email=profile.email if show_email else "",
                industries=list(profile.industries),
                preferences=PreferencesIn(**{c: profile.preferences.strength(c) for c in CRITERIA}),
            )
        )


class Created(BaseModel):
    """A created profile and its owner's token (shown once: keep it)."""

    profile: ProfilePublic
    token: str


class ComponentsPublic(BaseModel):
    need_met: float = Field(description="cos(my needs, their offers), floored at 0")
    need_met_back: float = Field(description="cos(their needs, my offers), floored at 0")
    reciprocal: float = Field(
        description="the two directions combined (their balanced mean by default: half their"
        " mean, half their geometric mean; settings: directions)"
    )
    values: float | None = Field(
        description="cos(my values, their values), floored at 0; null when either side wrote"
        " nothing about how they work (then not counted in the score)"
    )
    roles: float = Field(description="role complementarity, both ways")
    preferences: float | None = Field(
        None, description="share of the nice-to-haves met, both sides; None: neither has any"
    )


class LearnedOrderPublic(BaseModel):
    """How the community's re-ranker placed a suggestion (the score shown is not changed)."""

    version: int = Field(description="the re-ranker's version (cofoundry rerank status)")
    because: list[str] = Field(description="the components that raised this pair most")
    note: str = Field(description="the sentence a card shows")


class FitPublic(BaseModel):
    """A pair's score as every page shows it (``matcher.matching.match_score``)."""

    points: int = Field(description="0-100, calibrated")
    band: Band = Field(
        description="the word for the points: excellent >= 75, good >= 50, possible >= 20"
    )


class PreferenceCheckPublic(BaseModel):
    criterion: str
    strength: Strength
    met: bool


class PhrasePublic(BaseModel):
    need: str
    offer: str
    similarity: float


class SuggestionPublic(BaseModel):
    """One suggestion with its explanation."""

    rank: int
    id: str
    name: str
    headline: str
    score: float = Field(description="the ranking score (with my trust blended in, if any)")
    match: float = Field(description="the pair's own score, the same both ways and everywhere")
    points: int = Field(description="the pair's score as every page shows it, 0-100 (calibrated)")
    band: Band = Field(
        description="the word for the points: excellent >= 75, good >= 50, possible >= 20"
    )
    components: ComponentsPublic
    parts: dict[str, int] = Field(
        description="how many of the points each part brings (keys as in components; they add"
        " up to points): what a card shows instead of the components' raw values"
    )
    meets_my_needs: list[PhrasePublic]
    meets_their_needs: list[PhrasePublic]
    roles_they_bring: list[Role]
    roles_i_bring: list[Role]
    common_languages: list[str]
    trust: float | None = Field(None, description="my trust in them in [0, 1]; None: no data")
    worked_together_again: bool = Field(False, description="we worked together; both would again")
    intro_path: list[str] = Field(default_factory=list, description="warm-intro path, me first")
    preferences: list[PreferenceCheckPublic] = Field(
        default_factory=list, description="my must-haves and nice-to-haves, and which they meet"
    )
    learned: LearnedOrderPublic | None = Field(
        None,
        description="set when this community's re-ranker ordered the list (score is then its"
        " ranking score; match, points and band are unchanged); null: the fixed weights",
    )

    @classmethod
    def of(cls, rank: int, s: Suggestion, candidate: Profile) -> SuggestionPublic:
        return cls.model_validate(cls.data(rank, s, candidate))

    @staticmethod
    def data(rank: int, s: Suggestion, candidate: Profile) -> dict[str, Any]:
        """The fields as plain data, to validate in one call (:meth:`of`, or a list of them
        at once with a ``TypeAdapter``: the suggestions route builds ten per request)."""
        c = s.components
        return {
            "rank": rank,
            "id": s.candidate,
            "name": candidate.name,
            "headline": candidate.headline,
            "score": s.score,
            "match": s.score if s.match is None else s.match,
            "points": s.rating.points,
            "band": s.rating.band,
            "components": {
                "need_met": c.need_met,
                "need_met_back": c.need_met_back,
                "reciprocal": c.reciprocal,
                "values": c.values,
                "roles": c.roles,
                "preferences": c.preferences,
            },
            "parts": dict(s.parts),
            "meets_my_needs": [vars_of(m) for m in s.meets_my_needs],
            "meets_their_needs": [vars_of(m) for m in s.meets_their_needs],
            "roles_they_bring": list(s.roles_they_bring),
            "roles_i_bring": list(s.roles_i_bring),
            "common_languages": list(s.common_languages),
            "trust": s.trust,
            "worked_together_again": s.worked_together_again,
            "intro_path": list(s.intro_path),
            "preferences": [vars_of(p) for p in s.preferences],
            "learned": None
            if s.learned is None
            else {
                "version": s.learned.version,
                "because": list(s.learned.because),
                "note": s.learned.note,
            },
        }


def vars_of(obj: Any) -> dict[str, Any]:
    """Fields of a slotted dataclass as a dict."""
    return {name: getattr(obj, name) for name in obj.__slots__}


class TokenCreate(Input):
    profile_id: str | None = Field(None, max_length=LIMITS["id"])
    role: ActorRole = "member"
    label: str = Field("", max_length=MAX_LABEL)


class TokenCreated(BaseModel):
    """A token just issued (shown once), with what ``GET /me/tokens`` lists of it: its
    ``id`` (to revoke it by), label and dates."""

    token: str
    id: str
    profile_id: str | None
    role: ActorRole
    label: str
    created_at: dt.datetime
    expires_at: dt.datetime | None

    @classmethod
    def of(cls, token: str, info: TokenInfo) -> TokenCreated:
        return cls(
            token=token,
            id=info.id,
            profile_id=info.profile_id,
            role="admin" if info.role == "admin" else "member",
            label=info.label,
            created_at=info.created_at,
            expires_at=info.expires_at,
        )


class AvoidList(BaseModel):
    avoid: list[str]


class AvoidChanged(AvoidList):
    """My avoid list after one person put on it or taken off, and whether that changed it
    (false: already on it, or not on it)."""

    changed: bool

    @classmethod
    def of(cls, change: AvoidChange) -> AvoidChanged:
        return cls(avoid=list(change.avoid), changed=change.changed)


class ErrorBody(BaseModel):
    """Every error response."""

    detail: str
    field: str | None = None
    value: Any = None
    hint: str | None = None
    line: int | None = Field(None, description="for a row of an imported file: its line")
    length: int | None = Field(None, description="for a text over its limit: its length")
    limit: int | None = Field(None, description="for a text over its limit: the limit")
    low: float | None = Field(None, description="for a number out of its range: the lowest")
    high: float | None = Field(None, description="for a number out of its range: the highest")


class Ready(BaseModel):
    """``GET /ready`` when ready: what each check found."""

    status: str
    checks: dict[str, str]


#: OpenAPI documentation of the error responses every router may return.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403, 404, 409, 413, 415, 422, 429)
}


def answers(
    description: str, content: dict[str, dict[str, Any]]
) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` of a route whose 200 is not (only) JSON: each media type it
    answers with its schema, and the error responses.

    Examples
    --------
    >>> answers("the plan", {"text/csv": TEXT})[200]["content"]
    {'text/csv': {'schema': {'type': 'string'}}}
    """
    body = {media: {"schema": schema} for media, schema in content.items()}
    return {200: {"description": description, "content": body}, **ERROR_RESPONSES}


#: The schema of a text document (CSV, HTML, SVG) in :func:`answers`.
TEXT: dict[str, Any] = {"type": "string"}

#: ``openapi_extra`` of a route whose request body is a CSV file (read raw, not JSON).
CSV_BODY: dict[str, Any] = {
    "requestBody": {"content": {"text/csv": {"schema": {"type": "string"}}}, "required": True}
}
