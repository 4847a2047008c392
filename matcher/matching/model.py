"""How well two people fit: hard filters, score components and their weighted sum. Pure functions.

The score of candidate B for viewer A (all vectors L2-normalised, so an inner
product is a cosine):

* ``need_met`` = ``max(0, cos(needs_A, offers_B))``: B brings what A looks for;
* ``need_met_back`` = ``max(0, cos(needs_B, offers_A))``: A brings what B looks for;
* ``reciprocal`` = the two directions combined (:func:`two_way`): by default their
  *balanced* mean, the square of the mean of their square roots (half their arithmetic
  mean plus half their geometric mean). A pair whose texts meet well both ways outranks
  one that meets as well on average but one way only (a twin, a one-sided fit), yet one
  weak direction (a paraphrase the encoder misses) lowers a true pair's score without
  sinking it. ``Weights(directions="mean")`` takes the arithmetic mean, ``"harmonic"``
  the harmonic mean (no one-sided fit ranks high, but a true pair whose texts meet well
  one way only sinks too). Measured on the development half of
  ``bench/eval/complementary_v2.json``, the ``old`` set and the sample data
  (``bench/matching_levers_recip.py``): balanced over mean, full MRR 0.874 -> 0.884 and
  hit@1 0.816 -> 0.838 on the development half, 34 -> 35 of 48 sample pairs first, the
  ``old`` set 0.978 -> 0.984; harmonic is worse than the mean on all three;
* ``values`` = ``max(0, cos(values_A, values_B))``: how they work; unknown (``None``,
  not counted: the other weights are scaled up to sum to 1) when either side wrote nothing
  about how they work, so leaving that field empty neither lowers nor raises a score;
* ``roles`` = harmonic mean of the share of A's sought roles that B offers and
  the share of B's sought roles that A offers (0.5, unknown, for a side that seeks no role
  or whose other side has no role tag at all), minus a penalty of
  ``overlap_penalty`` x (Jaccard overlap of the roles both offer): two people who
  only bring the same thing are not complementary.

In a community of ``MatchSettings.text_space_from`` people or more, the two cosines are
taken in the community's text space (:mod:`matcher.matching.textspace`: language centring,
hubness reduction). :func:`match_score` is how every page shows a score (0-100 and a word).

``score = w_reciprocal * reciprocal + w_values * values + w_roles * roles``,
weights normalised to sum to 1 (defaults 0.65, 0.15, 0.2: see :class:`Weights`), so scores lie in
[0, 1] (without the values term when it is unknown: :func:`blend`). Hard filters run before any scoring (see :func:`filter_reason`).

**Preferences** (:class:`matcher.profiles.model.Preferences`): each person says, per criterion
(roles, commitment, languages, time zone, stage, industry), must-have, nice-to-have or
don't-care. Must-haves are hard filters, both ways. When either side has nice-to-haves,
``preferences`` = the mean over the sides that have some of the share of their
nice-to-haves the other meets, and the score becomes
``(score + w_preferences * preferences) / (1 + w_preferences)`` (default weight 0.1);
pairs where neither side has any keep the score above unchanged.

**One score, shown one way.** A pair's score (``Suggestion.match``: the same both ways, on
every page and in the API) is shown to people by :func:`match_score` only: a whole
number from 0 to 100 and a word. The ranking of a viewer's suggestions may also weigh trust
(``Suggestion.score``), but that viewer-specific number is never shown as "the score".
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from matcher.errors import InvalidInput
from matcher.profiles.model import CRITERIA, Profile, Role, Strength

__all__ = [
    "BANDS",
    "DEFAULT_PHRASE_FLOOR",
    "DIRECTIONS",
    "FEATURE_WORDS",
    "PHRASE_FLOORS",
    "SCORE_ANCHORS",
    "Band",
    "Components",
    "Filters",
    "LearnedOrder",
    "MatchScore",
    "PairFit",
    "PhraseMatch",
    "PreferenceCheck",
    "Suggestion",
    "Weights",
    "band_floor",
    "band_of",
    "blend",
    "blend_preferences",
    "combine",
    "criteria_met",
    "filter_reason",
    "harmonic",
    "match_score",
    "phrase_floor",
    "points_by_part",
    "preference_checks",
    "preference_mix",
    "preference_share",
    "role_score",
    "two_way",
]


#: how :func:`two_way` may combine the two directions of a pair's texts
DIRECTIONS = ("balanced", "mean", "harmonic")


@dataclass(frozen=True, slots=True)
class Weights:
    """Weights of the score components; they need not sum to 1 (they are normalised).

    ``directions``: how the two text directions make ``reciprocal`` (:func:`two_way`).

    The defaults (0.65, 0.15, 0.2; 0.6, 0.15, 0.25 before) give the texts more of the say:
    where one side has no role tag the role term is the same 0.5 for most candidates and
    only dilutes the texts. Measured with the balanced directions
    (``bench/matching_levers_recip.py``): development half of
    ``bench/eval/complementary_v2.json`` full MRR 0.884 -> 0.898, hit@1 0.838 -> 0.860;
    sample data 35 of 48 first either way; the ``old`` set 0.984 -> 0.978 (its value with
    the weights and the mean before).

    Examples
    --------
    >>> Weights().normalised()
    Weights(reciprocal=0.65, values=0.15, roles=0.2, overlap_penalty=0.5, preferences=0.1, directions='balanced')
    >>> Weights(reciprocal=-1)
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: weight reciprocal must be >= 0 (got -1); use 0 to switch a component off
    >>> Weights(directions="min")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: directions must be one of balanced, mean, harmonic (got 'min'); use balanced (the default), mean or harmonic
    """

    reciprocal: float = 0.65
    values: float = 0.15
    roles: float = 0.2
    overlap_penalty: float = 0.5
    #: weight of the nice-to-haves met, relative to the rest of the score (which sums to 1)
    preferences: float = 0.1
    directions: str = "balanced"
    #: :meth:`normalised`, made once per instance (every score asks for it: a suggestion
    #: with trust about 45 times, 7 us each with this class's checks)
    _normal: Weights | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("reciprocal", "values", "roles", "overlap_penalty", "preferences"):
            value = getattr(self, name)
            if not value >= 0:
                raise InvalidInput(
                    f"weight {name} must be >= 0",
                    field=name,
                    value=value,
                    hint="use 0 to switch a component off",
                )
        if self.reciprocal + self.values + self.roles == 0:
            raise InvalidInput(
                "weights reciprocal, values and roles are all 0",
                field="weights",
                value=0,
                hint="give at least one a positive weight",
            )
        if self.directions not in DIRECTIONS:
            raise InvalidInput(
                f"directions must be one of {', '.join(DIRECTIONS)}",
                field="directions",
                value=self.directions,
                hint="use balanced (the default), mean or harmonic",
            )

    def normalised(self) -> Weights:
        """The same weights scaled so reciprocal + values + roles = 1 (made once, then kept)."""
        if self._normal is not None:
            return self._normal
        total = self.reciprocal + self.values + self.roles
        out = Weights(
            round(self.reciprocal / total, 12),
            round(self.values / total, 12),
            round(self.roles / total, 12),
            self.overlap_penalty,
            self.preferences,
            self.directions,
        )
        object.__setattr__(self, "_normal", out)
        return out


@dataclass(frozen=True, slots=True)
class Filters:
    """Hard filters applied before scoring.

    Parameters
    ----------
    max_utc_gap : float or None
        Largest difference of UTC offsets, in hours (None: no limit).
    max_commitment_gap : int or None
        Largest gap between commitment levels (full-time 0, part-time 1,
        side project 2). The default 1 keeps full-time away from side projects.
    require_common_language : bool
        Both must speak at least one language in common.
    """

    max_utc_gap: float | None = 6.0
    max_commitment_gap: int | None = 1
    require_common_language: bool = True


def harmonic(a: float, b: float) -> float:
    """Harmonic mean of two similarities, negatives counted as 0.

    Examples
    --------
    >>> harmonic(0.8, 0.2)
    0.32
    >>> harmonic(0.9, -0.1)
    0.0
    >>> harmonic(0.5, 0.5)
    0.5
    """
    a, b = max(0.0, a), max(0.0, b)
    if a + b == 0:
        return 0.0
    return round(2 * a * b / (a + b), 12)


def two_way(need_met: float, need_met_back: float, directions: str = "balanced") -> float:
    """The ``reciprocal`` component: the two text directions of a pair, negatives counted as 0,
    combined by their balanced mean ``((sqrt(a) + sqrt(b)) / 2) ** 2`` (default), their
    arithmetic mean or their harmonic mean (see the module).

    Examples
    --------
    >>> two_way(0.4, 0.0), two_way(0.4, 0.0, "mean"), two_way(0.4, 0.0, "harmonic")
    (0.1, 0.2, 0.0)
    >>> two_way(0.2, 0.2), two_way(0.3, 0.1), two_way(0.3, 0.1, "mean")  # same sum
    (0.2, 0.186602540378, 0.2)
    """
    if directions == "harmonic":
        return harmonic(need_met, need_met_back)
    a, b = max(0.0, need_met), max(0.0, need_met_back)
    if directions == "mean":
        return round((a + b) / 2, 12)
    return round(((math.sqrt(a) + math.sqrt(b)) / 2) ** 2, 12)


def role_score(a: Profile, b: Profile, overlap_penalty: float = 0.5) -> float:
    """Role complementarity of two people, symmetric, in [0, 1].

    A side that seeks no role counts as half satisfied (0.5): it neither helps nor blocks.
    So does a side seeking roles from someone with no role tag at all: an untagged person
    is unknown, not someone who brings nothing, so a tagged stranger does not outrank
    them for the tags alone.

    Examples
    --------
    >>> from matcher.profiles.model import Profile, Role
    >>> dev = Profile("dev", "Dev", "o", "n", roles_offered=(Role.TECH,), roles_sought=(Role.SALES,))
    >>> seller = Profile("s", "S", "o", "n", roles_offered=(Role.SALES, Role.MARKETING),
    ...                  roles_sought=(Role.TECH, Role.DESIGN))
    >>> role_score(dev, seller)  # dev gets 1/1 of what they seek, seller 1/2: H(1, 0.5)
    0.666666666667
    >>> other_dev = Profile("d2", "D2", "o", "n", roles_offered=(Role.TECH,))
    >>> role_score(dev, other_dev)  # H(0, 0.5) = 0, and both only bring tech
    0.0
    >>> role_score(dev, Profile("u", "U", "o", "n"))  # untagged: H(0.5, 0.5)
    0.5
    """

    def share(seeker: Profile, giver: Profile) -> float:
        if not seeker.roles_sought or not (giver.roles_offered or giver.roles_sought):
            return 0.5
        met = sum(1 for r in seeker.roles_sought if r in giver.roles_offered)
        return met / len(seeker.roles_sought)

    base = harmonic(share(a, b), share(b, a))
    offered_a, offered_b = set(a.roles_offered), set(b.roles_offered)
    overlap = (
        len(offered_a & offered_b) / len(offered_a | offered_b) if offered_a | offered_b else 0.0
    )
    return round(max(0.0, base - overlap_penalty * overlap), 12)


def criteria_met(a: Profile, b: Profile, filters: Filters = Filters()) -> dict[str, bool]:
    """For each criterion of :data:`matcher.profiles.model.CRITERIA`, whether ``b`` meets it for ``a``.

    Tolerances come from ``filters`` (a criterion the community switched off, e.g.
    ``max_utc_gap=None``, is always met); a criterion ``a`` gave nothing for (no roles
    sought, no industry) is met.

    Examples
    --------
    >>> from matcher.profiles.model import Profile, Role, Stage
    >>> a = Profile("a", "A", "o", "n", roles_sought=(Role.SALES,), industries=("health",))
    >>> b = Profile("b", "B", "o", "n", roles_offered=(Role.SALES,), stage=Stage.REVENUE,
    ...             utc_offset=9)
    >>> criteria_met(a, b)
    {'roles': True, 'commitment': True, 'languages': True, 'timezone': False, 'stage': False, 'industry': False}
    """
    common_industry = bool(set(a.industries) & set(b.industries))
    return {
        "roles": not a.roles_sought or any(r in b.roles_offered for r in a.roles_sought),
        "commitment": filters.max_commitment_gap is None
        or abs(a.commitment.level - b.commitment.level) <= filters.max_commitment_gap,
        "languages": not filters.require_common_language
        or bool(set(a.languages) & set(b.languages)),
        "timezone": filters.max_utc_gap is None
        or abs(a.utc_offset - b.utc_offset) <= filters.max_utc_gap + 1e-6,
        "stage": a.stage == b.stage,
        "industry": not a.industries or common_industry,
    }


def _missed(criterion: str, a: Profile, b: Profile, filters: Filters) -> str:
    """Why ``b`` misses ``a``'s must-have ``criterion``, in words."""
    if criterion == "languages":
        return "no common language"
    if criterion == "commitment":
        return f"commitment {a.commitment.value} vs {b.commitment.value}"
    if criterion == "timezone":
        gap_h = abs(a.utc_offset - b.utc_offset)
        return f"time zones {gap_h:.1f} h apart (limit {filters.max_utc_gap:.1f} h)"
    if criterion == "roles":
        return f"brings none of the roles sought ({', '.join(r.value for r in a.roles_sought)})"
    if criterion == "stage":
        return f"stage {a.stage.value} vs {b.stage.value}"
    return f"no common industry ({', '.join(a.industries)})"


#: the order in which must-haves are checked (and the first one missed is reported)
_MUST_ORDER = ("languages", "commitment", "timezone", "roles", "stage", "industry")


def filter_reason(
    viewer: Profile,
    candidate: Profile,
    filters: Filters = Filters(),
    avoided: Collection[str] = (),
) -> str | None:
    """Why ``candidate`` may not be suggested to ``viewer``, or None if they may meet.

    Must-haves filter both ways: the candidate must meet the viewer's, and the viewer the
    candidate's (a reason about the candidate's own must-have ends in "(their must-have)").

    Parameters
    ----------
    avoided : collection of str
        Ids the viewer must never be shown: those on the viewer's avoid list and
        those who put the viewer on theirs (the service computes both ways).

    Examples
    --------
    >>> from matcher.profiles.model import Preferences, Profile, Stage, Strength
    >>> a = Profile("a", "A", "o", "n", languages=("fr",), utc_offset=1)
    >>> b = Profile("b", "B", "o", "n", languages=("en",), utc_offset=1)
    >>> filter_reason(a, b)
    'no common language'
    >>> c = Profile("c", "C", "o", "n", languages=("fr", "en"), utc_offset=9)
    >>> filter_reason(a, c)
    'time zones 8.0 h apart (limit 6.0 h)'
    >>> filter_reason(a, c, Filters(max_utc_gap=None)) is None
    True
    >>> relaxed = Preferences(timezone=Strength.ANY)
    >>> from dataclasses import replace
    >>> filter_reason(replace(a, preferences=relaxed), replace(c, preferences=relaxed)) is None
    True
    >>> picky = replace(c, stage=Stage.REVENUE,
    ...                 preferences=Preferences(stage=Strength.MUST, timezone=Strength.ANY))
    >>> filter_reason(replace(a, preferences=relaxed), picky)
    'stage revenue vs idea (their must-have)'
    """
    if candidate.id == viewer.id:
        return "same person"
    if not candidate.suggestable:
        return "not open to suggestions"
    if candidate.id in avoided:
        return "avoided"
    mine = criteria_met(viewer, candidate, filters)
    theirs = criteria_met(candidate, viewer, filters)
    for c in _MUST_ORDER:
        if viewer.preferences.strength(c) is Strength.MUST and not mine[c]:
            return _missed(c, viewer, candidate, filters)
        if candidate.preferences.strength(c) is Strength.MUST and not theirs[c]:
            return _missed(c, candidate, viewer, filters) + " (their must-have)"
    return None


def preference_share(a: Profile, b: Profile, filters: Filters = Filters()) -> float | None:
    """The preference component of a pair: the mean, over the sides that have nice-to-haves,
    of the share of them the other side meets; None when neither side has any.

    Examples
    --------
    >>> from matcher.profiles.model import Preferences, Profile, Stage, Strength
    >>> a = Profile("a", "A", "o", "n", preferences=Preferences(stage=Strength.NICE,
    ...             industry=Strength.NICE), industries=("energy",))
    >>> b = Profile("b", "B", "o", "n", industries=("energy", "health"))
    >>> preference_share(a, b), preference_share(b, a)  # b meets both; b has none
    (1.0, 1.0)
    >>> preference_share(a, Profile("c", "C", "o", "n", stage=Stage.REVENUE))  # neither
    0.0
    >>> preference_share(b, b) is None
    True
    """
    shares = []
    for x, y in ((a, b), (b, a)):
        nices = x.preferences.nices()
        if nices:
            met = criteria_met(x, y, filters)
            shares.append(sum(met[c] for c in nices) / len(nices))
    return sum(shares) / len(shares) if shares else None


def preference_mix(score: Any, share: Any, weight: float) -> Any:
    """The score with the preference share weighed in, ``(score + weight * share) / (1 +
    weight)``: the one definition, for floats and NumPy arrays alike (not rounded).

    Examples
    --------
    >>> preference_mix(0.5, 1.0, 0.1), preference_mix(0.5, 0.0, 0.1)
    (0.5454545454545454, 0.45454545454545453)
    """
    return (score + weight * share) / (1 + weight)


def blend_preferences(score: float, share: float | None, weight: float) -> float:
    """The score with the preference component weighed in (unchanged when ``share`` is None),
    to 6 decimals (:func:`preference_mix`).

    Examples
    --------
    >>> blend_preferences(0.5, None, 0.1), blend_preferences(0.5, 1.0, 0.1)
    (0.5, 0.545455)
    """
    if share is None:
        return score
    return round(float(preference_mix(score, share, weight)), 6)


def preference_checks(
    viewer: Profile, candidate: Profile, filters: Filters = Filters()
) -> tuple[PreferenceCheck, ...]:
    """The viewer's must-haves and nice-to-haves, each with whether the candidate meets it.

    Examples
    --------
    >>> from matcher.profiles.model import Preferences, Profile, Strength
    >>> a = Profile("a", "A", "o", "n", preferences=Preferences(stage=Strength.NICE))
    >>> [(c.criterion, c.strength.value, c.met) for c in preference_checks(a, a)]
    [('commitment', 'must', True), ('languages', 'must', True), ('timezone', 'must', True), ('stage', 'nice', True)]
    """
    met = criteria_met(viewer, candidate, filters)
    return tuple(
        PreferenceCheck(c, viewer.preferences.strength(c), met[c])
        for c in CRITERIA
        if viewer.preferences.strength(c) is not Strength.ANY
    )


def blend(reciprocal: Any, values: Any, roles: Any, known: Any, weights: Weights) -> Any:
    """The weighted sum of the three components, the values term only where ``known``
    (elsewhere the other two weights scaled up to sum to 1): the one definition of the
    match-score blend, for floats and for NumPy arrays alike.

    Examples
    --------
    >>> w = Weights()
    >>> round(blend(0.5, 0.5, 1.0, True, w), 6)  # 0.65 * 0.5 + 0.15 * 0.5 + 0.2 * 1.0
    0.6
    >>> round(blend(0.5, 0.0, 1.0, False, w), 6)  # (0.65 * 0.5 + 0.2 * 1.0) / 0.85
    0.617647
    """
    w = weights.normalised()
    raw = w.reciprocal * reciprocal + w.values * values * known + w.roles * roles
    return raw / (1.0 - w.values * (1 - known))


def combine(
    need_met: float,
    need_met_back: float,
    values: float | None,
    roles: float,
    weights: Weights = Weights(),
) -> tuple[float, Components]:
    """Weighted score of a pair and its components, each rounded to 6 decimals;
    ``values=None``: unknown (one side wrote nothing about how they work), not counted.

    Examples
    --------
    >>> score, parts = combine(0.8, 0.2, 0.5, 1.0)
    >>> parts.reciprocal, score  # ((sqrt(0.8) + sqrt(0.2)) / 2) ** 2 = 0.45; 0.65 * 0.45 + 0.15 * 0.5 + 0.2
    (0.45, 0.5675)
    >>> combine(0.8, 0.2, None, 1.0)[0]  # (0.65 * 0.45 + 0.2 * 1.0) / 0.85
    0.579412
    >>> combine(0.8, 0.2, 0.5, 1.0, Weights(directions="mean"))[1].reciprocal
    0.5
    """
    w = weights.normalised()
    need_met, need_met_back = max(0.0, need_met), max(0.0, need_met_back)
    known = values is not None
    kept = max(0.0, values) if values is not None else 0.0
    reciprocal = two_way(need_met, need_met_back, w.directions)
    score = float(blend(reciprocal, kept, roles, known, weights))
    parts = Components.rounded(need_met, need_met_back, reciprocal, kept if known else None, roles)
    return round(score, 6), parts


#: ``(score, points)`` anchors of :func:`match_score`, from the development halves of
#: ``bench/eval/complementary_v2.json``, ``_v3`` and ``_v4`` pooled (390 queries), with the
#: default settings and encoder (``python bench/matching_eval.py --sets v2,v3,v4
#: --calibrate``, 6 December): 20 points at the score of the weakest 5 % of true partners; 50
#: where at least half of the suggestions at or above it are the true partner; 75 where at
#: least 95 % are; 95 at the score of the strongest 5 %. (With ``use-multilingual-v3`` alone
#: and v2's half they were 0.22, 0.27, 0.365 and 0.508: its scores read a few points lower.
#: With the need map of the default since 7 December, each half's needs mapped by the map of its
#: fold, they are 0.243, 0.3, 0.4 and 0.515, within 0.006 of these: kept; ``python
#: bench/matching_adapter.py --calibrate "ridge lam=3"``.)
SCORE_ANCHORS: tuple[tuple[float, int], ...] = (
    (0.0, 0),
    (0.237, 20),
    (0.305, 50),
    (0.395, 75),
    (0.517, 95),
    (1.0, 100),
)

#: The explanations' floor when neither the settings nor :data:`PHRASE_FLOORS` give one: a
#: phrase pair under this cosine is not quoted (an encoder's own floor is better: cosines of
#: unrelated sentences are about 0.1 with one encoder and 0.7 with another).
DEFAULT_PHRASE_FLOOR = 0.25

#: The floor of each encoder (by :attr:`embeddings.encoder.Encoder.name`) under which a need
#: and an offer phrase are not quoted as "your need <- their offer": the 95th percentile of
#: the best match between a member's need phrases and a *stranger's* offer phrases (a person
#: of the same set drawn at random, neither the partner nor a distractor), on the
#: development halves of the held-out sets v2-v5 pooled (504 queries;
#: ``python bench/phrase_floor.py``, ``bench/results/phrase_floor*.json``, 6 December):
#: 0.248 for USE, 0.548 for the ensemble, 0.872 for e5 alone, 0.840 for e5 with its query
#: prefix on needs, 0.531 for the ensemble with it (the default since 7 December: 68 % of
#: true partners get a line, 7 % of strangers). A quoted line is then more alike than 19 of
#: 20 lines a random member would give; 66 % (USE), 61 % (ensemble), 25 % and 43 % (e5) of
#: true partners get at least one line, 6-8 % of strangers. (The floor of 0.25 every encoder had until then
#: quoted a line for every stranger with the ensemble and e5.) 0.58 for that ensemble with its
#: needs mapped by the need map (the default since 7 December, evening; its stranger 95th
#: percentile is 0.575, each half's needs mapped by the map of its fold, not fitted on it:
#: ``python bench/matching_adapter.py --calibrate "ridge lam=3"``): 75 % of true partners get a
#: line, 7 % of strangers.
PHRASE_FLOORS: Mapping[str, float] = {
    "use-multilingual-v3": 0.25,
    "use-multilingual-v3+st:multilingual-e5-small": 0.55,
    "use-multilingual-v3+st:multilingual-e5-small-q": 0.53,
    "use-multilingual-v3+st:multilingual-e5-small-q@needs-ridge-lam3-577d4bf0": 0.58,
    "st:multilingual-e5-small": 0.87,
    "st:multilingual-e5-small-q": 0.84,
}


def phrase_floor(encoder: str, setting: float | None = None) -> float:
    """The cosine a phrase pair must reach to be quoted in an explanation: ``setting`` when
    one is given, else the encoder's measured floor (:data:`PHRASE_FLOORS`), else
    :data:`DEFAULT_PHRASE_FLOOR`.

    Examples
    --------
    >>> phrase_floor("use-multilingual-v3"), phrase_floor("fake-bow-64")
    (0.25, 0.25)
    >>> phrase_floor("use-multilingual-v3", 0.4)
    0.4
    """
    if setting is not None:
        return setting
    return PHRASE_FLOORS.get(encoder, DEFAULT_PHRASE_FLOOR)


#: The word every page shows beside a pair's points.
Band = Literal["excellent", "good", "possible", "weak"]
#: ``(fewest points, word)``, best first.
BANDS: tuple[tuple[int, Band], ...] = (
    (75, "excellent"),
    (50, "good"),
    (20, "possible"),
    (0, "weak"),
)


@dataclass(frozen=True, slots=True)
class MatchScore:
    """A pair's score as people read it: 0-100 points and a word (see :func:`match_score`)."""

    points: int
    band: str


def match_score(score: float) -> MatchScore:
    """The one calibrated reading of a blended score: points from 0 to 100 and a word.

    Piecewise linear between :data:`SCORE_ANCHORS`, so the bands mean the same in every
    community: on the development set, 95 % of the suggestions rated ``excellent`` (75 and
    more) were the person's designed partner, and at least half of those rated ``good``
    (50 and more); ``possible`` starts at the score of the weakest 5 % of true partners.
    Every page, API answer and export shows this, never the raw score alone.

    Examples
    --------
    >>> match_score(0.395), match_score(0.31).band, match_score(0.1).points
    (MatchScore(points=75, band='excellent'), 'good', 8)
    >>> match_score(1.0).points, match_score(-0.2).points, match_score(0.25).band
    (100, 0, 'possible')
    """
    x = min(1.0, max(0.0, float(score)))
    points = 100.0
    for (x0, y0), (x1, y1) in itertools.pairwise(SCORE_ANCHORS):
        if x <= x1:
            points = y0 + (y1 - y0) * (x - x0) / (x1 - x0)
            break
    whole = round(points + 1e-9)
    return MatchScore(whole, band_of(whole))


def points_by_part(
    components: Components, points: int, weights: Weights = Weights()
) -> dict[str, int]:
    """How many of a pair's ``points`` (:func:`match_score` of its blend) each part brings,
    whole numbers that add up to ``points``: the card's figure told part by part, in its
    own terms, instead of the parts' raw values (0.12 beside 64/100).

    Each part's share is its term of the blend (:func:`blend`, then
    :func:`blend_preferences`); the two text directions share the ``reciprocal`` term as
    :func:`two_way` makes it (balanced: in proportion to their square roots; mean: to
    their values; harmonic: in halves). Keys ``need_met``, ``need_met_back``, ``values``
    and ``roles``, and ``preferences`` when it counts; ``values`` is left out when unknown.

    Examples
    --------
    >>> parts = Components(need_met=0.16, need_met_back=0.04, reciprocal=0.09, values=0.3,
    ...                    roles=1.0)
    >>> match_score(0.65 * 0.09 + 0.15 * 0.3 + 0.2 * 1.0).points
    49
    >>> points_by_part(parts, 49)  # 0.0585 both ways (2:1), 0.045 values, 0.2 roles
    {'need_met': 7, 'need_met_back': 3, 'values': 7, 'roles': 32}
    >>> points_by_part(Components(0.16, 0.04, 0.09, None, 1.0, 1.0), 50)["preferences"]
    12
    >>> points_by_part(Components(0.0, 0.0, 0.0, 0.0, 0.0), 0)
    {'need_met': 0, 'need_met_back': 0, 'values': 0, 'roles': 0}
    """
    w = weights.normalised()
    known = components.values is not None
    a, b = max(0.0, components.need_met), max(0.0, components.need_met_back)
    if w.directions == "balanced":
        a, b = math.sqrt(a), math.sqrt(b)
    elif w.directions == "harmonic":
        a, b = float(a > 0 and b > 0), float(a > 0 and b > 0)
    mine = a / (a + b) if a + b > 0 else 0.5
    # each term is the blend of that part alone (the blend is linear in its parts): the
    # one definition of the blend, not a copy of its weights
    both = float(blend(components.reciprocal, 0.0, 0.0, known, weights))
    terms = {"need_met": both * mine, "need_met_back": both * (1 - mine)}
    if known:
        terms["values"] = float(blend(0.0, components.values or 0.0, 0.0, known, weights))
    terms["roles"] = float(blend(0.0, 0.0, components.roles, known, weights))
    if components.preferences is not None:  # the preference mix, linear in its parts too
        terms = {k: preference_mix(v, 0.0, w.preferences) for k, v in terms.items()}
        terms["preferences"] = preference_mix(0.0, components.preferences, w.preferences)
    total = sum(terms.values())
    if total <= 0:
        return dict.fromkeys(terms, 0)
    exact = {k: points * v / total for k, v in terms.items()}
    whole = {k: math.floor(v) for k, v in exact.items()}
    left = points - sum(whole.values())
    for k in sorted(exact, key=lambda k: whole[k] - exact[k])[:left]:  # largest remainders
        whole[k] += 1
    return whole


def band_of(points: float) -> Band:
    """The word of :data:`BANDS` for ``points`` (0-100): what :func:`match_score` says of a
    pair, and of a mean of pairs' points (an attendee's meetings at an event).

    Examples
    --------
    >>> band_of(75), band_of(58), band_of(20), band_of(19)
    ('excellent', 'good', 'possible', 'weak')
    """
    return next((word for least, word in BANDS if points >= least), BANDS[-1][1])


def band_floor(score: float) -> int:
    """The fewest points of the band :func:`match_score` puts ``score`` in (75, 50, 20 or 0).

    A learned order (:mod:`matcher.matching.rerank`) reorders suggestions within a band only,
    so a list never shows a lower band above a higher one.

    Examples
    --------
    >>> band_floor(0.45), band_floor(0.33), band_floor(0.05)
    (75, 50, 0)
    """
    points = match_score(score).points
    return next(least for least, _ in BANDS if points >= least)


@dataclass(frozen=True, slots=True)
class PreferenceCheck:
    """Whether a candidate meets one of the viewer's must-have or nice-to-have criteria."""

    criterion: str
    strength: Strength
    met: bool


@dataclass(frozen=True, slots=True)
class Components:
    """The parts of a suggestion's score, each in [0, 1] (see :mod:`matcher.matching.model`)."""

    need_met: float  # c(A->B): how well B's offers meet A's needs
    need_met_back: float  # c(B->A): how well A's offers meet B's needs
    reciprocal: float  # the two combined (:func:`two_way`: their balanced mean by default)
    #: how alike they work; None when either side wrote nothing about it (not counted)
    values: float | None
    roles: float
    #: share of the nice-to-haves met (both sides' mean); None when neither side has any
    preferences: float | None = None

    @classmethod
    def rounded(
        cls,
        need_met: float,
        need_met_back: float,
        reciprocal: float,
        values: float | None,
        roles: float,
        preferences: float | None = None,
    ) -> Components:
        """The parts as every page shows them: each to 6 decimals (None stays None); the one
        rounding of :func:`combine` and :func:`matcher.matching.ranking.rank_exact`.

        Examples
        --------
        >>> Components.rounded(0.1234567, 0.5, 0.25, None, 1.0)
        Components(need_met=0.123457, need_met_back=0.5, reciprocal=0.25, values=None, roles=1.0, preferences=None)
        """
        return cls(
            need_met=round(need_met, 6),
            need_met_back=round(need_met_back, 6),
            reciprocal=round(reciprocal, 6),
            values=None if values is None else round(values, 6),
            roles=round(roles, 6),
            preferences=None if preferences is None else round(preferences, 6),
        )


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """A phrase of one side's needs met by a phrase of the other side's offers."""

    need: str
    offer: str
    similarity: float


#: How an explanation names each feature of the re-ranker (:mod:`matcher.matching.rerank`).
FEATURE_WORDS: Mapping[str, str] = {
    "reciprocal": "what you offer each other",
    "need_met": "what they bring you",
    "need_met_back": "what you bring them",
    "values": "how you work",
    "roles": "roles",
    "preferences": "nice-to-haves",
    "languages": "languages",
    "timezone": "time zone",
    "commitment": "commitment",
}


@dataclass(frozen=True, slots=True)
class LearnedOrder:
    """How a suggestion was placed by the community's re-ranker (part of its explanation).

    ``because``: the components that raised this pair most in the learned order. The
    pair's score (:attr:`Suggestion.rating`) is not changed by it: only the order is.
    """

    version: int
    because: tuple[str, ...] = ()

    @property
    def note(self) -> str:
        """The sentence a card shows.

        Examples
        --------
        >>> LearnedOrder(3, ("roles", "values")).note
        "ordered using what this community's feedback taught (version 3); here most: roles, how you work"
        """
        text = f"ordered using what this community's feedback taught (version {self.version})"
        if self.because:
            text += "; here most: " + ", ".join(FEATURE_WORDS[f] for f in self.because)
        return text


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One ranked, explained suggestion of ``candidate`` for ``viewer``."""

    viewer: str
    candidate: str
    score: float
    components: Components
    meets_my_needs: tuple[PhraseMatch, ...] = ()
    meets_their_needs: tuple[PhraseMatch, ...] = ()
    roles_they_bring: tuple[Role, ...] = ()
    roles_i_bring: tuple[Role, ...] = ()
    common_languages: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())
    # trust (None / empty when the viewer has no trust edge; see matcher.trust)
    trust: float | None = None
    worked_together_again: bool = False
    intro_path: tuple[str, ...] = ()
    #: the viewer's must-have and nice-to-have criteria, and whether the candidate meets each
    preferences: tuple[PreferenceCheck, ...] = ()
    #: the pair's own score, before trust: the same both ways and on every page (``score``
    #: is the ranking score, with the viewer's trust blended in when they have some)
    match: float | None = None
    #: set when the community's re-ranker ordered the list (``score`` is then its ranking
    #: score); None: the fixed weights ordered it
    learned: LearnedOrder | None = None
    #: how many of the card's points each part of the score brings (:func:`points_by_part`
    #: with the community's weights; they add up to ``rating.points``): what every shell
    #: shows instead of the parts' raw values
    parts: Mapping[str, int] = field(default_factory=dict, hash=False)

    @property
    def rating(self) -> MatchScore:
        """The pair's score as every page shows it: :func:`match_score` of :attr:`match`."""
        return match_score(self.score if self.match is None else self.match)


@dataclass(frozen=True, slots=True)
class PairFit:
    """Why two people fit, as one of them sees it (``MatchingService.explain``).

    ``suggestion`` holds the same score and explanation as a suggestion card; it is None
    when a hard filter keeps them apart, and ``kept_apart`` says which (in words, such as
    ``no common language``).
    """

    viewer: str
    candidate: str
    suggestion: Suggestion | None
    kept_apart: str | None = None
