"""A person looking for associates: the profile and its vocabulary (roles, commitment, stage,
visibility, preferences). Frozen, slotted dataclasses; plain data in, plain data out."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
import numpy.typing as npt

__all__ = [
    "CRITERIA",
    "Commitment",
    "Preferences",
    "Profile",
    "ProfileVectors",
    "Role",
    "Stage",
    "Strength",
    "Visibility",
    "split_phrases",
]


class Role(StrEnum):
    """What a person brings or looks for. ``domain`` is a domain expert (health, energy...)."""

    TECH = "tech"
    PRODUCT = "product"
    DESIGN = "design"
    SALES = "sales"
    MARKETING = "marketing"
    FINANCE = "finance"
    OPERATIONS = "operations"
    LEGAL = "legal"
    DOMAIN = "domain"


class Commitment(StrEnum):
    """How much time a person puts in, from most to least."""

    FULL_TIME = "full-time"
    PART_TIME = "part-time"
    SIDE_PROJECT = "side-project"

    @property
    def level(self) -> int:
        """0 for full-time, 1 for part-time, 2 for a side project."""
        return _COMMITMENT_LEVEL[self]


_COMMITMENT_LEVEL = {c: i for i, c in enumerate(Commitment)}  # read on every suggestion


class Stage(StrEnum):
    """How far the person's project is."""

    IDEA = "idea"
    PROTOTYPE = "prototype"
    REVENUE = "revenue"


class Visibility(StrEnum):
    """Who may see a profile: everyone, signed-in members, event co-attendees, or only its owner."""

    PUBLIC = "public"
    MEMBERS = "members"
    EVENT_ONLY = "event-only"
    PRIVATE = "private"


class Strength(StrEnum):
    """How much a criterion matters to a person: it filters, it weighs, or it does not count."""

    MUST = "must"
    NICE = "nice"
    ANY = "any"


#: The criteria a person can give a strength to (see :class:`Preferences`).
CRITERIA = ("roles", "commitment", "languages", "timezone", "stage", "industry")


@dataclass(frozen=True, slots=True)
class Preferences:
    """How much each criterion matters to a person, about the people suggested to them.

    ``roles``: they bring at least one of the roles I seek; ``commitment``: our commitments
    are close enough (the community's tolerance); ``languages``: we share a language;
    ``timezone``: our UTC offsets are close enough; ``stage``: our projects are at the same
    stage; ``industry``: we share an industry. A must-have filters (both ways: a person is
    never shown to someone whose must-haves they miss), a nice-to-have weighs, ``any`` does
    not count. The defaults are the community's usual hard filters (common language,
    commitment and time zone) and nothing else.

    Examples
    --------
    >>> Preferences().musts()
    ('commitment', 'languages', 'timezone')
    >>> Preferences(stage=Strength.NICE).nices()
    ('stage',)
    """

    roles: Strength = Strength.ANY
    commitment: Strength = Strength.MUST
    languages: Strength = Strength.MUST
    timezone: Strength = Strength.MUST
    stage: Strength = Strength.ANY
    industry: Strength = Strength.ANY

    def strength(self, criterion: str) -> Strength:
        """The strength of one criterion (one of :data:`CRITERIA`)."""
        value: Strength = getattr(self, criterion)
        return value

    def musts(self) -> tuple[str, ...]:
        """The must-have criteria, in :data:`CRITERIA` order."""
        return tuple(c for c in CRITERIA if self.strength(c) is Strength.MUST)

    def nices(self) -> tuple[str, ...]:
        """The nice-to-have criteria, in :data:`CRITERIA` order."""
        return tuple(c for c in CRITERIA if self.strength(c) is Strength.NICE)


@dataclass(frozen=True, slots=True)
class Profile:
    """A person looking for associates.

    Texts may be French, English or both. ``offers`` is what the person brings,
    ``needs`` what they look for, ``values`` how they work.
    """

    id: str
    name: str
    offers: str
    needs: str
    values: str = ""
    headline: str = ""
    roles_offered: tuple[Role, ...] = ()
    roles_sought: tuple[Role, ...] = ()
    commitment: Commitment = Commitment.FULL_TIME
    available_from: dt.date | None = None
    location: str = ""
    utc_offset: float = 0.0
    languages: tuple[str, ...] = ("en",)
    stage: Stage = Stage.IDEA
    visibility: Visibility = Visibility.PUBLIC
    consent: bool = True
    email: str = ""
    industries: tuple[str, ...] = ()
    preferences: Preferences = field(default_factory=Preferences)

    @property
    def suggestable(self) -> bool:
        """True if this person may appear in someone else's suggestions."""
        return self.consent and self.visibility in (Visibility.PUBLIC, Visibility.MEMBERS)


F32 = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True, eq=False)
class ProfileVectors:
    """The encoded texts of one profile: whole fields, and phrases for explanations."""

    offers: F32
    needs: F32
    values: F32
    offer_phrases: tuple[str, ...] = ()
    offer_phrase_vectors: F32 = field(default_factory=lambda: np.zeros((0, 1), np.float32))
    need_phrases: tuple[str, ...] = ()
    need_phrase_vectors: F32 = field(default_factory=lambda: np.zeros((0, 1), np.float32))


_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+|\s+[•·–]\s+|\s+-\s+")


def split_phrases(text: str, *, limit: int = 8, max_len: int = 200) -> tuple[str, ...]:
    """Cut a free text into phrases (sentences, lines, bullets; long sentences at commas).

    Examples
    --------
    >>> split_phrases("Je code en Python. I also do design; and sales!\\n- growth")
    ('Je code en Python.', 'I also do design; and sales!', 'growth')
    """
    phrases: list[str] = []
    for part in _SPLIT.split(text):
        part = part.strip(" -•·\t")
        if not part:
            continue
        if len(part) > max_len:
            phrases.extend(p.strip() for p in part.split(",") if p.strip())
        else:
            phrases.append(part)
    return tuple(phrases[:limit])
