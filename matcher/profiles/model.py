"""A person looking for associates: the profile and its vocabulary (roles, commitment, stage,
visibility, preferences). Frozen, slotted dataclasses; plain data in, plain data out."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import numpy as np
import numpy.typing as npt

__all__ = [
    "CRITERIA",
    "IMPORT_STEPS",
    "ROLE_WORDS",
    "ZONES",
    "Commitment",
    "Preferences",
    "Profile",
    "ProfileVectors",
    "Role",
    "Stage",
    "Steps",
    "Strength",
    "Visibility",
    "industry_label",
    "is_zone",
    "role_named",
    "split_phrases",
    "zone_offset",
]

#: How a long import tells where it is: ``steps(step, done, total)`` after each chunk of
#: rows or texts, ``step`` one of :data:`IMPORT_STEPS` (a command line draws it as bars).
Steps = Callable[[str, int, int], None]

#: The steps of an import, in order.
IMPORT_STEPS = ("checking rows", "writing profiles", "encoding texts", "writing vectors")

#: The time zones offered by city (IANA names); a profile keeps the IANA
#: name, so its offset follows daylight saving time (:func:`zone_offset`).
ZONES = (
    "Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles", "America/Denver",
    "America/Mexico_City", "America/Chicago", "America/New_York", "America/Toronto",
    "America/Bogota", "America/Lima", "America/Halifax", "America/Santiago",
    "America/Sao_Paulo", "America/Argentina/Buenos_Aires", "Atlantic/Azores", "Africa/Dakar",
    "Africa/Abidjan", "Europe/London", "Europe/Lisbon", "Europe/Paris", "Africa/Casablanca",
    "Europe/Brussels", "Europe/Berlin", "Europe/Madrid", "Europe/Rome", "Africa/Algiers",
    "Africa/Tunis", "Africa/Lagos", "Africa/Kinshasa", "Europe/Athens", "Europe/Bucharest",
    "Europe/Kyiv", "Africa/Cairo", "Africa/Johannesburg", "Asia/Beirut", "Europe/Istanbul",
    "Europe/Moscow", "Africa/Nairobi", "Asia/Dubai", "Indian/Reunion", "Indian/Mauritius",
    "Asia/Karachi", "Asia/Kolkata", "Asia/Dhaka", "Asia/Bangkok", "Asia/Ho_Chi_Minh",
    "Asia/Singapore", "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney", "Pacific/Noumea",
    "Pacific/Auckland", "Pacific/Tahiti", "America/Martinique", "America/Cayenne",
)  # fmt: skip


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


#: Files of the zone database that name no place: ``localtime`` is the server's own zone
#: (whatever the machine is set to: the meaning of an event's 18:00 would follow the host),
#: ``posixrules`` a template, ``Factory`` "no zone set".
NOT_PLACES = frozenset({"localtime", "posixrules", "Factory"})


@cache
def _known_zones() -> frozenset[str]:
    return frozenset(available_timezones()) - NOT_PLACES


def is_zone(name: str) -> bool:
    """True if ``name`` is an IANA time zone name this machine knows (``Europe/Paris``).

    Examples
    --------
    >>> is_zone("Europe/Paris"), is_zone("UTC+1"), is_zone(""), is_zone("localtime")
    (True, False, False, False)
    """
    if not name or name not in _known_zones():
        return False
    try:
        _zone(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def zone_offset(zone: str, at: dt.datetime) -> float:
    """A time zone's offset from UTC in hours at the moment ``at`` (daylight saving time
    included).

    Examples
    --------
    >>> winter, summer = (dt.datetime(2026, m, 15, tzinfo=dt.UTC) for m in (1, 7))
    >>> zone_offset("Europe/Paris", winter), zone_offset("Europe/Paris", summer)
    (1.0, 2.0)
    >>> zone_offset("Asia/Kolkata", winter)
    5.5
    """
    delta = at.astimezone(_zone(zone)).utcoffset()
    return 0.0 if delta is None else delta.total_seconds() / 3600


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


#: Other words for a role, as people type them in files and options: the names the French
#: pages give the roles, and common plurals; read without case or accents (:func:`role_named`)
ROLE_WORDS = {
    "technique": "tech",
    "produit": "product",
    "vente": "sales",
    "ventes": "sales",
    "operations": "operations",
    "juridique": "legal",
    "domain expertise": "domain",
    "expertise metier": "domain",
}


@lru_cache(maxsize=4096)  # read for every role of every imported profile
def role_named(word: str) -> Role | None:
    """The role ``word`` names: its value or a word of :data:`ROLE_WORDS`, in any case and
    with or without accents (what a file typed in French or English says); None otherwise.

    Examples
    --------
    >>> role_named(" Tech "), role_named("Ventes"), role_named("Opérations")
    (<Role.TECH: 'tech'>, <Role.SALES: 'sales'>, <Role.OPERATIONS: 'operations'>)
    >>> role_named("Expertise métier"), role_named("wizard")
    (<Role.DOMAIN: 'domain'>, None)
    """
    plain = unicodedata.normalize("NFKD", " ".join(word.split()).casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = ROLE_WORDS.get(plain, plain)
    return next((r for r in Role if r.value == plain), None)


def industry_label(word: str) -> str:
    """The label an industry is matched on: ``word`` in lower case, without accents, its
    spaces collapsed, so that what a member types in French or English ("Santé", "sante",
    " Énergie ") meets the same label everyone else typed.

    Examples
    --------
    >>> industry_label(" Santé "), industry_label("Énergie  verte"), industry_label("fintech")
    ('sante', 'energie verte', 'fintech')
    """
    plain = unicodedata.normalize("NFKD", " ".join(word.split()).casefold())
    return "".join(c for c in plain if not unicodedata.combining(c))


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
    #: the IANA time zone chosen by city ("" for a fixed offset given as a number); when
    #: set, ``utc_offset`` is the zone's offset at the time the profile was read
    timezone: str = ""
    languages: tuple[str, ...] = ("en",)
    stage: Stage = Stage.IDEA
    visibility: Visibility = Visibility.PUBLIC
    consent: bool = True
    email: str = ""
    industries: tuple[str, ...] = ()
    preferences: Preferences = field(default_factory=Preferences)

    def at_time(self, at: dt.datetime) -> Profile:
        """The profile with ``utc_offset`` as its time zone's offset at ``at`` (itself when
        it has a fixed offset).

        Examples
        --------
        >>> p = Profile("a", "A", "o", "n", timezone="America/New_York", utc_offset=-5)
        >>> p.at_time(dt.datetime(2026, 3, 10, tzinfo=dt.UTC)).utc_offset  # DST since Mar 8
        -4.0
        """
        if not self.timezone:
            return self
        offset = zone_offset(self.timezone, at)
        return self if offset == self.utc_offset else replace(self, utc_offset=offset)

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
