"""Trust between people, the pure rules: collaborations, endorsements, introductions, feedback
after a meeting, invitation limits, and the trust graph they build.

Pure core, no I/O: times come in as arguments. The rules:

* A **collaboration** counts only once the partner has **confirmed** it; a
  proposed, declined or one-sided record (and any rating on it) changes nobody's
  trust.
* With ``propagation="ties"`` (the default) a pair of people who confirmed at least one
  collaboration with no negative rating is **one tie of weight 1**, however they rated it,
  when it ended and how many collaborations they confirmed: trust spreads by who worked
  with whom, not by claims the two sides make about it. Ratings and dates are claims that
  a cluster of fake accounts writes as it likes: with rated weights, fakes that rate one
  another low make the edges from the honest people they fooled weigh more than their own
  (the walk leaves a fake towards the honest side and comes back by it), and
  bench/sybil.py measured that game taking the mean AUC from 0.945 to 0.62 at 100 attack
  edges (0.624 with legitimacy seeds); ties are immune to it (0.962, and 0.998 with seeds;
  docs/domains/trust.md has every scenario, including the few where ties do worse).
  With ``propagation="rated"`` (before) the edge weight comes from **both ratings**
  (-2..+2; a side that has not rated counts 0) and decays with age (``half_life_days``,
  from the end date, or not at all while it runs): if neither
  rating is negative, ``weight = decay * (base_weight + (1 - base_weight) * (r_a + r_b)
  / 4)`` (a confirmed, unrated collaboration is worth ``base_weight``; +2/+2 is worth 1),
  summed over the pair's collaborations.
* If a rating is negative there is no positive edge, and each negative rating becomes a
  one-hop negative claim of ``decay * rating / 2`` from the rater about the other (see
  :mod:`graph.trust`: it lowers the other for the rater and for those who trust the
  rater directly, never further), in both modes.
* An **endorsement** (A vouches for a skill of B) is a weak one-way edge A -> B of
  ``endorsement_weight``, counted once per pair whatever the number of skills. It
  never lowers B: trust is normalised by the out-weight (``normalise="out"``), so
  endorsements B receives do not enter B's degree.
* An **introduction** is double opt-in: accepted only when the target and the
  connector (if any) both accept; a decline shows as ``not accepted`` with no
  reason; unanswered requests expire.
* **Invitation limits** (:class:`InviteLimits`, :func:`check_invitation`): a member may ask
  for at most ``weekly`` introductions in any 7 days, and at most ``burst`` within
  ``burst_minutes`` (a spam-like burst is refused, with the time the next request is
  possible); asking again someone who declined you is refused for ``after_decline_days``.
* **Feedback** (:class:`Feedback`): after a meeting (an introduction, an event round, a
  team), each side may leave a private verdict about the other: ``again`` (I would like to
  work together), ``not-a-fit`` or ``met-before``. Mutual ``again`` proposes a collaboration
  record; ``not-a-fit`` by either side keeps the two apart in later suggestions and events;
  ``met-before`` tells the event planner they need not meet again.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, runtime_checkable

from graph.live import LiveTrustGraph, Part
from graph.local import SPLIT_THRESHOLD
from graph.trust import TrustGraph
from matcher.errors import InvalidInput, Throttled, counted

__all__ = [
    "FIRST_COLLABORATION_DATE",
    "INTRO_AFTER_DECLINE",
    "INTRO_BURST",
    "INTRO_WEEK",
    "MAX_PATHS",
    "MAX_PENDING_PROPOSALS",
    "MAX_PROJECT",
    "MAX_RATING",
    "MAX_SKILL",
    "MAX_SKILLS",
    "MAX_TEXT",
    "MIN_RATING",
    "AvoidChange",
    "CollabStatus",
    "Collaboration",
    "Endorsement",
    "Feedback",
    "IntroStatus",
    "Introduction",
    "InviteLimits",
    "Propagation",
    "RankedTrust",
    "TrustProvider",
    "TrustSettings",
    "Verdict",
    "ViewerTrust",
    "build_graph",
    "check_collaboration_dates",
    "check_invitation",
    "check_rating",
    "check_skill",
    "collaboration_edges",
    "intro_status",
    "live_graph",
    "live_graph_rows",
    "pair_parts",
    "parse_context",
    "recency",
    "redact_for",
    "would_work_again",
]

#: What trust walks over: ``ties`` (each confirmed collaboration once) or ``rated`` (weighted by
#: the ratings).
Propagation = Literal["ties", "rated"]
#: A rating after a collaboration: -2 (never again) .. +2 (again any time).
MIN_RATING, MAX_RATING = -2, 2
#: Which limit refused an introduction request (:attr:`~matcher.errors.Throttled.limit`).
INTRO_BURST, INTRO_WEEK, INTRO_AFTER_DECLINE = "intro-burst", "intro-week", "intro-after-decline"
#: A collaboration's project, at most.
MAX_PROJECT = 200
#: Collaborations one member may have proposed and still waiting for an answer: past it, a
#: proposal waits for answers (one account cannot fill strangers' lists with claims).
MAX_PENDING_PROPOSALS = 20
#: The longest skill one can endorse, in characters.
MAX_SKILL = 60
#: The most skills one member endorses of another: a list that anyone may add to, shown on
#: the profile, stays short (and one endorsement already counts for the whole pair).
MAX_SKILLS = 20
#: Characters that show nothing and mean nothing inside a skill (zero-width space, word
#: joiner, byte-order mark, soft hyphen): "sa\u200bles" is "sales" to whoever reads it.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"))
#: The most introduction paths one request asks for.
MAX_PATHS = 10
#: No collaboration starts (or ends) before this day. A fixed day, not "N years before today":
#: whoever worked with a partner before 1950 is past 90 now, so such a date is a typo (1900
#: for 2000, a two-digit year); and a fixed day never turns a collaboration accepted today
#: into one refused later. It is before every venture's first day (the equity's 1970), so
#: the collaborations the end of a venture proposes always pass.
FIRST_COLLABORATION_DATE = dt.date(1950, 1, 1)

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

Blendable = TypeVar("Blendable", float, "npt.NDArray[np.float64]")


MAX_TEXT = 500


class CollabStatus(StrEnum):
    """Where a proposed collaboration stands."""

    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    DECLINED = "declined"


class IntroStatus(StrEnum):
    """Where an introduction request stands, as everyone involved sees it."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    NOT_ACCEPTED = "not accepted"
    EXPIRED = "expired"
    #: no connector was left to relay it (nobody is told why): it ended unanswered
    ENDED = "ended"
    #: its requester took it back while it was pending (nobody declined it)
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True, slots=True)
class AvoidChange:
    """An owner's avoid list after adding or removing someone, and whether that changed it
    (``changed`` is False for someone already on the list, or removed who was not on it).

    Examples
    --------
    >>> AvoidChange(("bob",), changed=False).avoid
    ('bob',)
    """

    avoid: tuple[str, ...]
    changed: bool


@dataclass(frozen=True, slots=True)
class TrustSettings:
    """How trust is computed (every parameter is documented in docs/domains/trust.md).

    Parameters
    ----------
    propagation : {"ties", "rated"}
        What a confirmed collaboration weighs in the walk: one tie of weight 1 per pair
        ("ties", the default: ratings and dates, which fakes choose freely, cannot bend
        it) or its ratings and age ("rated": ``base_weight``, ``half_life_days``).
    half_life_days : float
        A collaboration's weight halves every this many days after it ended ("rated"),
        and so does a negative claim (both modes).
    base_weight : float
        Weight of a confirmed collaboration rated 0 by both sides, in (0, 1] ("rated").
    endorsement_weight : float
        Weight of an endorsement edge (weak).
    alpha, steps, normalise, degree_prior, negative_weight
        Passed to :func:`graph.local.local_trust` (and to the exact
        :func:`graph.trust.personalized_trust` they approximate).
    tol : float
        Error allowed on each trust value (in [0, 1], relative to the most trusted
        person): local trust stops pushing once every remaining residual is under it,
        and reports the bound it holds (tested against the exact computation); with
        ``lone_tie`` (the default) the bound is :attr:`error_allowed`.
    max_pushes : int or None
        Work budget of one viewer's trust (arc visits); a viewer whose neighbourhood
        needs more gets a looser, reported bound. None: no budget.
    lone_tie : float or None
        No single tie vouches alone: of what reaches someone beyond the viewer's own
        collaborators through one of them only, this share is kept (passed to
        :func:`graph.local.local_trust`); a person two hops away through several of the
        viewer's collaborators keeps their trust. 0.05 by default (fake accounts behind one
        fooled member stay out of that member's trust, with or without members checked in
        at events: ``docs/domains/trust.md``); None or 1: the plain walk.
    min_seeds : int
        Legitimacy (:func:`graph.legitimacy.legitimacy`) is applied once at least this many
        members are known to be real (checked in at an event); 0 turns it off.
    intro_ttl_days : int
        An introduction request not answered in this many days expires.
    max_hops, paths_k
        Warm-intro paths: longest path and how many alternatives.
    trust_weight, again_weight
        Weights of trust and of "worked together and would again" in the
        suggestion score; applied only when the viewer has trust edges.
    viewers_kept, viewers_kept_mb
        How many viewers' trust each process keeps between requests, and the memory they
        may hold (estimated, megabytes): a viewer's trust is kept until an edit touches one
        of the rows it read (:mod:`matcher.trust.kept`); 0 keeps none.

    Examples
    --------
    >>> TrustSettings().half_life_days
    730.0
    >>> TrustSettings(base_weight=0)
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: trust setting base_weight must be in (0, 1] (got 0); use 0.2
    """

    propagation: Propagation = "ties"
    half_life_days: float = 730.0
    base_weight: float = 0.2
    endorsement_weight: float = 0.1
    alpha: float = 0.85
    steps: int | None = None
    normalise: Literal["out", "degree", "none"] = "out"
    degree_prior: float = 1.0
    negative_weight: float = 1.0
    tol: float = 0.02
    max_pushes: int | None = 200_000
    lone_tie: float | None = 0.05
    min_seeds: int = 5
    intro_ttl_days: int = 14
    max_hops: int = 3
    paths_k: int = 3
    trust_weight: float = 0.4
    again_weight: float = 0.05
    viewers_kept: int = 512
    viewers_kept_mb: float = 64.0

    def __post_init__(self) -> None:
        checks = {
            "propagation": (self.propagation in ("ties", "rated"), 'use "ties"'),
            "half_life_days": (self.half_life_days > 0, "use 730 (two years)"),
            "base_weight": (0 < self.base_weight <= 1, "use 0.2"),
            "endorsement_weight": (0 < self.endorsement_weight <= 1, "use 0.1"),
            "alpha": (0 <= self.alpha < 1, "use 0.85"),
            "negative_weight": (self.negative_weight >= 0, "use 1"),
            "degree_prior": (self.degree_prior >= 0, "use 1"),
            "tol": (0 < self.tol < 1, "use 0.02"),
            "max_pushes": (
                self.max_pushes is None or self.max_pushes >= 1,
                "use 200000, or None for no budget",
            ),
            "lone_tie": (
                self.lone_tie is None or 0 <= self.lone_tie <= 1,
                "use 0.05, or None for the plain walk",
            ),
            "min_seeds": (self.min_seeds >= 0, "use 5, or 0 to turn legitimacy off"),
            "intro_ttl_days": (self.intro_ttl_days >= 1, "use 14"),
            "max_hops": (1 <= self.max_hops <= 3, "use 3"),
            "paths_k": (1 <= self.paths_k <= MAX_PATHS, "use 3"),
            "trust_weight": (0 <= self.trust_weight < 1, "use 0.4"),
            "again_weight": (
                self.again_weight >= 0 and self.trust_weight + self.again_weight < 1,
                "keep trust_weight + again_weight under 1",
            ),
            "viewers_kept": (self.viewers_kept >= 0, "use 512, or 0 to keep none"),
            "viewers_kept_mb": (self.viewers_kept_mb >= 0, "use 64, or 0 to keep none"),
        }
        bounds = {
            "propagation": '"ties" or "rated"',
            "half_life_days": "> 0",
            "base_weight": "in (0, 1]",
            "endorsement_weight": "in (0, 1]",
            "alpha": "in [0, 1)",
            "negative_weight": ">= 0",
            "degree_prior": ">= 0",
            "tol": "in (0, 1)",
            "max_pushes": ">= 1 or None",
            "lone_tie": "in [0, 1] or None",
            "min_seeds": ">= 0",
            "intro_ttl_days": ">= 1",
            "max_hops": "1, 2 or 3",
            "paths_k": f"between 1 and {MAX_PATHS}",
            "trust_weight": "in [0, 1)",
            "again_weight": ">= 0",
            "viewers_kept": ">= 0",
            "viewers_kept_mb": ">= 0",
        }
        for name, (ok, hint) in checks.items():
            if not ok:
                raise InvalidInput(
                    f"trust setting {name} must be {bounds[name]}",
                    field=name,
                    value=getattr(self, name),
                    hint=hint,
                )

    def walk(self) -> dict[str, Any]:
        """The keyword arguments of :func:`graph.local.local_trust` these settings give (the
        service's walk; a benchmark changes one of them to compare).

        >>> TrustSettings().walk()["tol"], TrustSettings(steps=4).walk()["eps"]
        (0.02, 0.0)
        """
        return {
            "alpha": self.alpha,
            "normalise": self.normalise,
            "degree_prior": self.degree_prior,
            "negative_weight": self.negative_weight,
            "max_pushes": self.max_pushes,
            "lone_tie": self.lone_tie,
            "tol": self.tol,
            "steps": self.steps,
            "eps": None if self.steps is None else 0.0,  # early termination: exactly `steps`
        }

    @property
    def error_allowed(self) -> float:
        """The bound a viewer's trust holds against the exact value when every edge is mutual:
        ``tol`` for the plain walk; with ``lone_tie``, ``(1 + SPLIT_THRESHOLD * (1 -
        lone_tie)) * tol`` (the walk split by first hop, to twice the walk's threshold, adds
        its own error times the share taken away: :data:`graph.local.SPLIT_THRESHOLD`).

        >>> round(TrustSettings().error_allowed, 3), TrustSettings(lone_tie=None).error_allowed
        (0.058, 0.02)
        """
        if self.lone_tie is None or self.lone_tie >= 1:
            return self.tol
        return (1.0 + SPLIT_THRESHOLD * (1.0 - self.lone_tie)) * self.tol

    def blend(self, score: Blendable, trust: Blendable, again: Blendable) -> Blendable:
        """The suggestion score with trust: ``(1 - w_t - w_a) * score + w_t * trust +
        w_a * again``, for one candidate (floats) or a row of them (arrays).

        >>> TrustSettings(trust_weight=0.3, again_weight=0.1).blend(0.5, 1.0, 0.0)
        0.6
        """
        keep = 1.0 - self.trust_weight - self.again_weight
        return keep * score + self.trust_weight * trust + self.again_weight * again


def check_collaboration_dates(
    started: dt.date, ended: dt.date | None, today: dt.date
) -> tuple[dt.date, dt.date | None]:
    """A collaboration's start and end (None: it goes on): the one rule of every path that
    records one. It has happened (nothing after ``today``: trust is earned by work done, not
    planned), ends on or after its start, and starts on or after
    :data:`FIRST_COLLABORATION_DATE`.

    Examples
    --------
    >>> today = dt.date(2026, 1, 1)
    >>> check_collaboration_dates(dt.date(2024, 1, 1), None, today)
    (datetime.date(2024, 1, 1), None)
    >>> check_collaboration_dates(dt.date(1900, 1, 1), None, today)
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: started (1900-01-01) is before 1950-01-01: too long ago for a collaboration; check the year
    >>> check_collaboration_dates(dt.date(2024, 1, 1), dt.date(2023, 1, 1), today)
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: ended (2023-01-01) is before started (2024-01-01); swap the dates
    """
    if ended is not None and ended < started:
        raise InvalidInput(
            f"ended ({ended}) is before started ({started})",
            field="ended",
            value=str(ended),
            hint="swap the dates",
        )
    for name, day in (("started", started), ("ended", ended)):
        if day is None:
            continue
        if day < FIRST_COLLABORATION_DATE:
            raise InvalidInput(
                f"{name} ({day}) is before {FIRST_COLLABORATION_DATE}: too long ago for a"
                " collaboration",
                field=name,
                value=str(day),
                hint="check the year",
            )
        if day > today:
            raise InvalidInput(
                f"{name} ({day}) is after today ({today})",
                field=name,
                value=str(day),
                hint="a collaboration counts once it has happened; leave ended empty if it goes on",
            )
    return started, ended


def check_rating(value: object, *, field_name: str = "rating") -> int:
    """A rating as an int in -2..+2.

    Examples
    --------
    >>> check_rating(2), check_rating("-1")
    (2, -1)
    >>> check_rating(3)
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: rating must be an integer from -2 to +2 (got 3); use -2 (never again) .. +2 (again any time)
    """
    try:
        rating = int(str(value))
    except ValueError:
        rating = 99
    if isinstance(value, bool) or not MIN_RATING <= rating <= MAX_RATING:
        raise InvalidInput(
            f"rating must be an integer from {MIN_RATING} to {MAX_RATING:+d}",
            field=field_name,
            value=value,
            hint="use -2 (never again) .. +2 (again any time)",
        )
    return rating


@dataclass(frozen=True, slots=True)
class Collaboration:
    """Two people worked on a project; counts for trust once ``partner`` confirmed it."""

    id: str
    proposer: str
    partner: str
    project: str
    started: dt.date
    ended: dt.date | None = None
    status: CollabStatus = CollabStatus.PROPOSED
    proposer_rating: int | None = None
    partner_rating: int | None = None
    proposer_note: str = ""
    partner_note: str = ""

    @property
    def counts(self) -> bool:
        """True once both sides confirmed it (only then does it enter the trust graph)."""
        return self.status == CollabStatus.CONFIRMED

    def other(self, person: str) -> str:
        """The other side of the collaboration."""
        return self.partner if person == self.proposer else self.proposer

    def rating_by(self, person: str) -> int | None:
        """The rating ``person`` gave (None if not rated, or not a side)."""
        if person == self.proposer:
            return self.proposer_rating
        if person == self.partner:
            return self.partner_rating
        return None


def redact_for(c: Collaboration, viewer: str | None) -> Collaboration:
    """The collaboration as ``viewer`` may see it: the other side's rating and note are private.

    ``viewer=None`` (an admin) sees everything.

    Examples
    --------
    >>> c = Collaboration("c1", "ana", "bob", "shop", dt.date(2024, 1, 1), proposer_rating=2,
    ...                   partner_rating=-1, partner_note="late")
    >>> r = redact_for(c, "ana")
    >>> r.proposer_rating, r.partner_rating, r.partner_note
    (2, None, '')
    """
    if viewer is None:
        return c
    if viewer == c.proposer:
        return replace(c, partner_rating=None, partner_note="")
    if viewer == c.partner:
        return replace(c, proposer_rating=None, proposer_note="")
    return replace(c, proposer_rating=None, proposer_note="", partner_rating=None, partner_note="")


def would_work_again(c: Collaboration) -> bool:
    """Confirmed and both sides rated it +1 or more: they would work together again.

    Examples
    --------
    >>> c = Collaboration("c1", "a", "b", "p", dt.date(2024, 1, 1), None, CollabStatus.CONFIRMED,
    ...                   proposer_rating=2, partner_rating=1)
    >>> would_work_again(c), would_work_again(replace(c, partner_rating=0))
    (True, False)
    """
    return c.counts and both_rated_well(c.proposer_rating, c.partner_rating)


def both_rated_well(proposer_rating: int | None, partner_rating: int | None) -> bool:
    """Both sides rated a (confirmed) collaboration +1 or more: :func:`would_work_again`'s rule
    on the two ratings alone (for reads that do not build a :class:`Collaboration`).

    Examples
    --------
    >>> both_rated_well(2, 1), both_rated_well(2, 0), both_rated_well(None, 2)
    (True, False, False)
    """
    return (
        proposer_rating is not None
        and partner_rating is not None
        and (min(proposer_rating, partner_rating) >= 1)
    )


def recency(ended: dt.date | None, as_of: dt.date, half_life_days: float) -> float:
    """``2 ** (-age / half_life_days)``; 1 while the collaboration runs (or ended in the future).

    Examples
    --------
    >>> recency(dt.date(2022, 1, 1), dt.date(2024, 1, 1), 730.0)
    0.5
    >>> recency(None, dt.date(2024, 1, 1), 730.0)
    1.0
    """
    if ended is None:
        return 1.0
    age = max(0, (as_of - ended).days)
    return float(round(2.0 ** (-age / half_life_days), 12))


def collaboration_edges(
    c: Collaboration, as_of: dt.date, settings: TrustSettings = TrustSettings()
) -> tuple[float, list[tuple[str, str, float]]]:
    """The positive weight of a collaboration and its one-hop negative claims.

    Returns ``(0.0, [])`` for a collaboration that does not count (not confirmed).

    Examples
    --------
    >>> c = Collaboration("c1", "a", "b", "p", dt.date(2020, 1, 1), dt.date(2022, 1, 1),
    ...                   CollabStatus.CONFIRMED, 2, 2)
    >>> collaboration_edges(c, dt.date(2022, 1, 1))
    (1.0, [])
    >>> collaboration_edges(replace(c, partner_rating=None), dt.date(2024, 1, 1))  # a tie
    (1.0, [])
    >>> rated = TrustSettings(propagation="rated")
    >>> collaboration_edges(replace(c, partner_rating=None), dt.date(2024, 1, 1), rated)  # half-life
    (0.3, [])
    >>> collaboration_edges(replace(c, partner_rating=-2), dt.date(2022, 1, 1))
    (0.0, [('b', 'a', -1.0)])
    >>> collaboration_edges(replace(c, status=CollabStatus.PROPOSED, partner_rating=-2),
    ...                     dt.date(2022, 1, 1))
    (0.0, [])
    """
    if not c.counts:
        return 0.0, []
    decay = recency(c.ended, as_of, settings.half_life_days)
    ra, rb = c.proposer_rating or 0, c.partner_rating or 0
    if ra < 0 or rb < 0:
        claims = [
            (rater, other, round(decay * r / 2, 12))
            for rater, other, r in ((c.proposer, c.partner, ra), (c.partner, c.proposer, rb))
            if r < 0
        ]
        return 0.0, claims
    if settings.propagation == "ties":
        return 1.0, []
    return round(decay * _rated(ra, rb, settings), 12), []


def _rated(ra: int, rb: int, settings: TrustSettings) -> float:
    """Weight of a confirmed collaboration rated ``ra``, ``rb`` >= 0 (unrated: 0), undecayed."""
    b = settings.base_weight
    return b + (1 - b) * (ra + rb) / 4


def _tie_pairs(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """With ``propagation="ties"``: each pair once, whatever the order of its two people
    (several collaborations of one pair are one tie)."""
    return sorted({(a, b) if a < b else (b, a) for a, b in pairs})


def check_skill(skill: str) -> str:
    """A skill in the one form it is stored, shown and withdrawn in: Unicode NFC (a "é" typed
    as "e" and an accent is the same letter), without invisible characters, runs of spaces
    as one, lower-case; "" when nothing is left.

    Two spellings that look the same are one skill, so a member cannot endorse "sales"
    twice, and the form sent to withdraw it finds the one stored.

    Examples
    --------
    >>> check_skill("  Product   Design ")
    'product design'
    >>> check_skill("Cafe\u0301") == check_skill("Caf\u00e9") == "caf\u00e9"
    True
    >>> check_skill("sa\u200bles"), check_skill("\u200b\u2060")
    ('sales', '')
    """
    text = unicodedata.normalize("NFC", skill).translate(_INVISIBLE)
    return " ".join(text.split()).lower()


@dataclass(frozen=True, slots=True)
class Endorsement:
    """``endorser`` vouches for ``skill`` of ``endorsed``."""

    endorser: str
    endorsed: str
    skill: str


def build_graph(
    collaborations: Iterable[Collaboration],
    endorsements: Iterable[Endorsement],
    *,
    as_of: dt.date,
    settings: TrustSettings = TrustSettings(),
    people: Iterable[str] = (),
) -> TrustGraph:
    """The trust graph of a community: confirmed collaborations and endorsements.

    Examples
    --------
    >>> cs = [Collaboration("c1", "a", "b", "p", dt.date(2024, 1, 1), None,
    ...                     CollabStatus.CONFIRMED, 2, 2),
    ...       Collaboration("c2", "a", "c", "p", dt.date(2024, 1, 1), None,
    ...                     CollabStatus.PROPOSED, -2, None)]
    >>> g = build_graph(cs, [Endorsement("b", "c", "sales")], as_of=dt.date(2024, 6, 1))
    >>> g.weight("a", "b"), g.weight("b", "c"), g.weight("a", "c"), g.negatives
    (1.0, 0.1, 0.0, {})
    """
    edges: list[tuple[str, str, float]] = []
    negatives: list[tuple[str, str, float]] = []
    for c in collaborations:
        weight, claims = collaboration_edges(c, as_of, settings)
        if weight > 0:
            edges.append((c.proposer, c.partner, weight))
        negatives.extend(claim for claim in claims if claim[2] < 0)
    if settings.propagation == "ties":
        edges = [(a, b, 1.0) for a, b in _tie_pairs((a, b) for a, b, _ in edges)]
    pairs = sorted({(e.endorser, e.endorsed) for e in endorsements if e.endorser != e.endorsed})
    arcs = [(a, b, settings.endorsement_weight) for a, b in pairs]
    return TrustGraph(edges, arcs=arcs, negatives=negatives, nodes=people)


def pair_parts(
    collaborations: Iterable[Collaboration],
    a: str,
    b: str,
    settings: TrustSettings = TrustSettings(),
) -> tuple[list[Part], list[Part], list[Part]]:
    """What the collaborations between ``a`` and ``b`` put in a :class:`graph.live.LiveTrustGraph`.

    Returns the parts of the mutual edge and of the negative claims ``a -> b`` and
    ``b -> a``, each ``(weight with no decay, ended)``: the live graph decays them at
    query time, as :func:`collaboration_edges` would on that day. Collaborations of
    other pairs are ignored. After any write on a collaboration, a service calls
    ``set_edge(a, b, edge)``, ``set_negative(a, b, ab)`` and ``set_negative(b, a, ba)``.

    Examples
    --------
    >>> end = dt.date(2022, 1, 1)
    >>> cs = [Collaboration("c1", "a", "b", "p", dt.date(2021, 1, 1), end,
    ...                     CollabStatus.CONFIRMED, 2, 2),
    ...       Collaboration("c2", "b", "a", "q", dt.date(2023, 1, 1), None,
    ...                     CollabStatus.CONFIRMED, -2, 1)]
    >>> pair_parts(cs, "a", "b")  # one tie, undecayed
    ([(1.0, None)], [], [(-1.0, None)])
    >>> pair_parts(cs, "a", "b", TrustSettings(propagation="rated"))
    ([(1.0, datetime.date(2022, 1, 1))], [], [(-1.0, None)])
    """
    edge: list[Part] = []
    claims: dict[str, list[Part]] = {a: [], b: []}
    for c in collaborations:
        if {c.proposer, c.partner} != {a, b}:
            continue
        weight, negatives = collaboration_edges(c, c.ended or c.started, settings)  # no decay
        if weight > 0:
            edge.append((weight, c.ended))
        for rater, _, w in negatives:
            claims[rater].append((w, c.ended))
    if edge and settings.propagation == "ties":
        edge = [(1.0, None)]
    return edge, claims[a], claims[b]


def live_graph(
    collaborations: Iterable[Collaboration],
    endorsements: Iterable[Endorsement],
    *,
    settings: TrustSettings = TrustSettings(),
    people: Iterable[str] = (),
    progress: Callable[[int], None] | None = None,
) -> LiveTrustGraph:
    """The community's trust graph as a :class:`graph.live.LiveTrustGraph` (the cold start).

    The same rules as :func:`build_graph`, with the decay left to query time: on
    any day, ``live_graph(...).snapshot(as_of=day)`` has the weights of
    ``build_graph(..., as_of=day)``.

    Examples
    --------
    >>> cs = [Collaboration("c1", "a", "b", "p", dt.date(2020, 1, 1), dt.date(2022, 1, 1),
    ...                     CollabStatus.CONFIRMED, 2, 2)]
    >>> g = live_graph(cs, [Endorsement("b", "c", "sales")], settings=TrustSettings(propagation="rated"))
    >>> g.weight("a", "b", as_of=dt.date(2024, 1, 1)), g.weight("b", "c", as_of=dt.date(2024, 1, 1))
    (0.5, 0.1)
    >>> live_graph(cs, []).weight("a", "b", as_of=dt.date(2024, 1, 1))  # ties: no decay
    1.0
    """
    return live_graph_rows(
        (
            (c.proposer, c.partner, c.ended, c.proposer_rating, c.partner_rating)
            for c in collaborations
            if c.counts
        ),
        ((e.endorser, e.endorsed) for e in endorsements),
        settings=settings,
        people=people,
        progress=progress,
    )


def live_graph_rows(
    confirmed: Iterable[tuple[str, str, dt.date | None, int | None, int | None]],
    endorsements: Iterable[tuple[str, str]],
    *,
    settings: TrustSettings = TrustSettings(),
    people: Iterable[str] = (),
    progress: Callable[[int], None] | None = None,
) -> LiveTrustGraph:
    """:func:`live_graph` from plain rows: confirmed collaborations as ``(proposer, partner,
    ended, proposer_rating, partner_rating)`` and endorsements as ``(endorser, endorsed)``
    (the cold build of a service: no object per row). The pairs who both rated a
    collaboration +1 or more (:func:`both_rated_well`) are flagged: "would work again",
    read back with :meth:`graph.live.LiveTrustGraph.flagged`.

    Examples
    --------
    >>> g = live_graph_rows([("a", "b", None, 2, 2), ("a", "c", None, -2, 1)], [("b", "c")])
    >>> day = dt.date(2024, 1, 1)
    >>> g.weight("a", "b", as_of=day), g.weight("b", "c", as_of=day), g.negative("a", "c", as_of=day)
    (1.0, 0.1, -1.0)
    >>> g.flagged("a"), g.flagged("c")
    (['b'], [])
    """
    edges: list[tuple[str, str, float, dt.date | None]] = []
    negatives: list[tuple[str, str, float, dt.date | None]] = []
    again: list[tuple[str, str]] = []  # both rated it +1 or more: both_rated_well
    for a, b, ended, ra, rb in confirmed:  # the rule of collaboration_edges, without decay
        ra, rb = ra or 0, rb or 0
        if ra < 0 or rb < 0:
            if ra < 0:
                negatives.append((a, b, round(ra / 2, 12), ended))
            if rb < 0:
                negatives.append((b, a, round(rb / 2, 12), ended))
        else:
            edges.append((a, b, round(_rated(ra, rb, settings), 12), ended))
            if ra >= 1 and rb >= 1:
                again.append((a, b))
    if settings.propagation == "ties":  # undecayed: a tie does not age
        edges = [(a, b, 1.0, None) for a, b in _tie_pairs((a, b) for a, b, _, _ in edges)]
    pairs = sorted({(x, y) for x, y in endorsements if x != y})
    return LiveTrustGraph.from_edges(
        edges,
        arcs=[(x, y, settings.endorsement_weight, None) for x, y in pairs],
        negatives=negatives,
        nodes=people,
        flagged=again,
        half_life_days=settings.half_life_days,
        progress=progress,
    )


@dataclass(frozen=True, slots=True)
class Introduction:
    """A double opt-in introduction request: ``requester`` asks to meet ``target``.

    ``target_answer`` and ``connector_answer`` are None until answered. ``ended_at``: when
    it ended for want of a connector (every warm path gone; its connector then cleared).
    ``withdrawn_at``: when its requester withdrew it, while it was pending. ``told``: the
    roles (``target``, ``connector``) whose person was told of the request (an
    ``intro_request`` notice): whoever avoided the requester when it came was not, and is
    not told of its withdrawal either; a new connector is told when the request moves to
    them.
    """

    id: str
    requester: str
    target: str
    connector: str | None
    message: str
    created_at: dt.datetime
    expires_at: dt.datetime
    target_answer: bool | None = None
    connector_answer: bool | None = None
    ended_at: dt.datetime | None = None
    withdrawn_at: dt.datetime | None = None
    told: frozenset[str] = frozenset()


def intro_status(intro: Introduction, now: dt.datetime) -> IntroStatus:
    """Where a request stands: a decline by anyone is ``not accepted``, with no reason given.

    Examples
    --------
    >>> t0 = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    >>> i = Introduction("i1", "a", "b", "c", "hi", t0, t0 + dt.timedelta(days=14))
    >>> intro_status(i, t0).value
    'pending'
    >>> intro_status(replace(i, target_answer=True), t0).value  # the connector has not answered
    'pending'
    >>> intro_status(replace(i, target_answer=True, connector_answer=True), t0).value
    'accepted'
    >>> intro_status(replace(i, connector_answer=False), t0).value
    'not accepted'
    >>> intro_status(i, t0 + dt.timedelta(days=15)).value
    'expired'
    >>> intro_status(replace(i, connector=None, ended_at=t0), t0).value
    'ended'
    >>> intro_status(replace(i, target_answer=True, withdrawn_at=t0), t0).value
    'withdrawn'
    """
    if intro.withdrawn_at is not None:
        return IntroStatus.WITHDRAWN
    if intro.ended_at is not None:
        return IntroStatus.ENDED
    answers = [intro.target_answer]
    if intro.connector is not None:
        answers.append(intro.connector_answer)
    if any(a is False for a in answers):
        return IntroStatus.NOT_ACCEPTED
    if all(a is True for a in answers):
        return IntroStatus.ACCEPTED
    if now >= intro.expires_at:
        return IntroStatus.EXPIRED
    return IntroStatus.PENDING


@dataclass(frozen=True, slots=True)
class ViewerTrust:
    """What matching needs to know about trust from one viewer's point of view.

    ``trust`` maps people to trust in [0, 1] (absent: 0); ``again`` holds those the
    viewer worked with and both would again; ``has_edges`` is False when the
    viewer has no trust edge at all (trust then leaves scores untouched).
    """

    viewer: str
    trust: Mapping[str, float] = field(default_factory=dict)
    again: frozenset[str] = frozenset()
    has_edges: bool = False

    def most_trusted(self, k: int) -> list[tuple[str, float]]:
        """The ``k`` most trusted people (trust > 0), best first, ties by id; without sorting
        everyone when ``trust`` can rank itself (a :class:`graph.local.LocalTrust`).

        Examples
        --------
        >>> ViewerTrust("ana", {"bob": 0.5, "cy": 1.0, "dan": 0.0}).most_trusted(5)
        [('cy', 1.0), ('bob', 0.5)]
        """
        if isinstance(self.trust, RankedTrust):
            return self.trust.top(k)
        ranked = heapq.nsmallest(k, ((-t, pid) for pid, t in self.trust.items() if t > 0))
        return [(pid, -t) for t, pid in ranked]


@runtime_checkable
class RankedTrust(Protocol):
    """A mapping of trust that returns its top ``k`` itself (:class:`graph.local.LocalTrust`)."""

    def top(self, k: int = 20, *, exclude: Iterable[str] = ()) -> list[tuple[str, float]]:
        """The ``k`` most trusted, best first."""
        ...


class TrustProvider(Protocol):
    """What :class:`matcher.matching.service.MatchingService` asks of a trust service while suggesting."""

    settings: TrustSettings

    def viewer_trust(self, viewer: str) -> ViewerTrust:
        """Trust from ``viewer``'s point of view."""
        ...

    def intro_path(self, viewer: str, candidate: str) -> tuple[str, ...]:
        """The best warm-intro path from viewer to candidate (empty if none)."""
        ...

    def intro_paths_to(
        self,
        viewer: str,
        candidates: Iterable[str],
        *,
        trust: ViewerTrust | None = None,
        avoided: Collection[str] | None = None,
    ) -> dict[str, tuple[str, ...]]:
        """:meth:`intro_path` to each of ``candidates`` (a page of suggestions at once);
        ``trust`` (the viewer's) and ``avoided`` (their avoid list, both ways) when the
        caller holds them already."""
        ...


class Verdict(StrEnum):
    """What one person privately says about another after meeting them."""

    AGAIN = "again"
    NOT_A_FIT = "not-a-fit"
    MET_BEFORE = "met-before"


#: kinds of meeting a feedback can refer to: ``intro:<id>``, ``event:<id>``, or none
CONTEXT_KINDS = ("intro", "event")


def parse_context(text: str | None) -> tuple[str, str] | None:
    """``"intro:int_1"`` -> ``("intro", "int_1")``; None or ``""`` -> None.

    Examples
    --------
    >>> parse_context("event:spring-2025"), parse_context(None)
    (('event', 'spring-2025'), None)
    >>> parse_context("party:1")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: context must be intro:<id> or event:<id> (got 'party:1'); name the meeting, e.g. intro:int_3f2a or event:spring-meetup
    """
    if text is None or text == "":
        return None
    kind, sep, ident = text.partition(":")
    if not sep or kind not in CONTEXT_KINDS or not ident or len(text) > 140:
        raise InvalidInput(
            "context must be intro:<id> or event:<id>",
            field="context",
            value=text,
            hint="name the meeting, e.g. intro:int_3f2a or event:spring-meetup",
        )
    return kind, ident


@dataclass(frozen=True, slots=True)
class Feedback:
    """One person's private verdict about another, after a meeting (``context``)."""

    author: str
    about: str
    verdict: Verdict
    context: str  # "" when not tied to one meeting
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class InviteLimits:
    """Fair invitations: how many introduction requests a member may send.

    Examples
    --------
    >>> InviteLimits().weekly, InviteLimits().burst
    (20, 5)
    >>> InviteLimits(weekly=0)
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: invitation limit weekly must be >= 1 (got 0); use 20
    """

    weekly: int = 20
    burst: int = 5
    burst_minutes: int = 10
    after_decline_days: int = 90

    def __post_init__(self) -> None:
        for name, default in (
            ("weekly", 20),
            ("burst", 5),
            ("burst_minutes", 10),
            ("after_decline_days", 90),
        ):
            if getattr(self, name) < 1:
                raise InvalidInput(
                    f"invitation limit {name} must be >= 1",
                    field=name,
                    value=getattr(self, name),
                    hint=f"use {default}",
                )


def _wait(until: dt.datetime, now: dt.datetime) -> int:
    return max(1, math.ceil((until - now).total_seconds()))


def check_invitation(
    sent: Sequence[dt.datetime],
    now: dt.datetime,
    limits: InviteLimits = InviteLimits(),
    *,
    declined_at: dt.datetime | None = None,
    target: str = "",
) -> None:
    """Refuse a new introduction request that would break the limits (:class:`Throttled`).

    Parameters
    ----------
    sent : sequence of datetime
        When the requester's earlier requests were sent (any order).
    declined_at : datetime, optional
        When ``target`` last declined a request from this requester.

    Examples
    --------
    >>> t = dt.datetime(2025, 3, 3, 12, 0, tzinfo=dt.UTC)
    >>> check_invitation([t - dt.timedelta(days=d) for d in range(1, 8)], t)  # 7 this week
    >>> check_invitation([t - dt.timedelta(minutes=m) for m in range(5)], t)
    Traceback (most recent call last):
    ...
    matcher.errors.Throttled: 5 introduction requests in the last 10 minutes; the limit is 5; slow down: the next one is possible in 360 s
    >>> week = [t - dt.timedelta(hours=7 * h + 1) for h in range(20)]
    >>> check_invitation(week, t)
    Traceback (most recent call last):
    ...
    matcher.errors.Throttled: 20 introduction requests in the last 7 days; the limit is 20 per week; the next one is possible on 2025-03-04 22:00 UTC
    """
    burst_start = now - dt.timedelta(minutes=limits.burst_minutes)
    recent = sorted(t for t in sent if t > burst_start)
    if len(recent) >= limits.burst:
        until = recent[-limits.burst] + dt.timedelta(minutes=limits.burst_minutes)
        wait = _wait(until, now)
        raise Throttled(
            f"{len(recent)} introduction requests in the last"
            f" {counted(limits.burst_minutes, 'minute')};"
            f" the limit is {limits.burst}",
            retry_after=wait,
            field="target",
            value=len(recent),
            hint=f"slow down: the next one is possible in {wait} s",
            limit=INTRO_BURST,
            figures={"count": len(recent), "minutes": limits.burst_minutes, "limit": limits.burst},
        )
    week_start = now - dt.timedelta(days=7)
    week = sorted(t for t in sent if t > week_start)
    if len(week) >= limits.weekly:
        until = week[-limits.weekly] + dt.timedelta(days=7)
        raise Throttled(
            f"{len(week)} introduction requests in the last 7 days; the limit is"
            f" {limits.weekly} per week",
            retry_after=_wait(until, now),
            field="target",
            value=len(week),
            hint=f"the next one is possible on {until.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC",
            limit=INTRO_WEEK,
            figures={"count": len(week), "days": 7, "limit": limits.weekly},
        )
    if declined_at is not None:
        until = declined_at + dt.timedelta(days=limits.after_decline_days)
        if now < until:
            raise Throttled(
                f"{target or 'this person'} did not accept your last request",
                retry_after=_wait(until, now),
                field="target",
                value=target or None,
                hint="look at your other suggestions; people who decline are not asked again"
                f" for {counted(limits.after_decline_days, 'day')}",
                limit=INTRO_AFTER_DECLINE,
                figures={"days": limits.after_decline_days},
            )
