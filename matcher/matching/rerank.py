"""Learning from the loop: a per-community re-ranker over the explained components. Pure.

The fixed weights (:class:`matcher.matching.model.Weights`) blend a pair's explained
components into one score, the same in every community. What a community says after its
members meet (private feedback, answers to introduction requests) tells which components
predict a good meeting *there*. This module turns that feedback into labelled pairs, the
pairs into features, fits a regularised logistic regression on the older part and measures
it on the newer part against the fixed weights (an off-policy evaluation on held-out
feedback).

**Labels** (:func:`labels_from`), one per (viewer, candidate), viewer first:

* positive: the viewer said ``again`` after meeting the candidate (a meeting held and
  wished again), or the candidate accepted the viewer's introduction request (the meeting
  the introduction opens);
* negative: the viewer said ``not-a-fit`` about the candidate, or the candidate declined
  the viewer's request (a decline by a connector says nothing of the pair: left out);
* ``met-before``, pending and expired requests carry no verdict: left out.

A viewer's own word about a pair outweighs the other side's answer to a request; of
several words on one pair, the latest counts.

**Features** (:data:`FEATURES`, :func:`pair_features`): the components every suggestion
explains (text fit each way and both ways, values, roles, nice-to-haves met) and the
pair's language, time-zone and commitment closeness, each in [0, 1]. Trust is left out on
purpose: two people who both said ``again`` are proposed a collaboration, which raises
their trust once confirmed, so trust computed after the fact would carry the label itself.

**Scale**: the learned score is a probability; it orders suggestions, it is never shown as
"the score" (:func:`matcher.matching.model.match_score` of the pair's fixed blend stays the
one number every page shows).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

import numpy as np

from matcher.errors import InvalidInput, NotEnoughFeedback
from matcher.matching.model import Components
from matcher.profiles.model import Profile
from matcher.trust.model import Feedback, Introduction, Verdict

__all__ = [
    "FEATURES",
    "Evaluation",
    "Example",
    "LabelledPair",
    "LearnedWeights",
    "RerankSettings",
    "RerankStatus",
    "Reranker",
    "auc",
    "check_training",
    "evaluate",
    "fit",
    "labels_digest",
    "labels_from",
    "mean_reciprocal_rank",
    "pair_features",
    "split_by_time",
    "viewer_weights",
]

#: The features of a pair, in order (each in [0, 1]).
FEATURES: tuple[str, ...] = (
    "reciprocal",
    "need_met",
    "need_met_back",
    "values",
    "roles",
    "preferences",
    "languages",
    "timezone",
    "commitment",
)


@dataclass(frozen=True, slots=True)
class RerankSettings:
    """How the re-ranker is trained.

    Parameters
    ----------
    min_examples : int
        Fewest labelled pairs to train on (older and newer parts together).
    holdout : float
        Share of the labelled pairs, the newest, kept out of training to evaluate on.
    c : float
        Inverse strength of the L2 regularisation (scikit-learn's ``C``).
    per_viewer : int
        A viewer's labelled pairs together weigh at most this many pairs: one member who
        gives a lot of feedback (or gives it to mislead) cannot outweigh the others.
    """

    min_examples: int = 30
    holdout: float = 0.3
    c: float = 1.0
    per_viewer: int = 10

    def __post_init__(self) -> None:
        for name, rule, holds in _RERANK_RULES:
            value = getattr(self, name)
            if not holds(value):
                raise InvalidInput(
                    f"rerank {name} must be {rule}",
                    field=name,
                    value=value,
                    hint=f"use {RerankSettings.__dataclass_fields__[name].default}",
                )


#: Each setting of :class:`RerankSettings`, the rule it keeps (as the error says it) and its
#: test.
_RERANK_RULES: tuple[tuple[str, str, Callable[[Any], bool]], ...] = (
    ("min_examples", ">= 4", lambda n: n >= 4),
    ("holdout", "between 0.05 and 0.5", lambda x: 0.05 <= x <= 0.5),
    ("c", "> 0", lambda x: x > 0 and math.isfinite(x)),
    ("per_viewer", ">= 1", lambda n: n >= 1),
)


@dataclass(frozen=True, slots=True)
class Example:
    """What happened between a viewer and a candidate: ``label`` 1 (good) or 0, ``at`` when
    it was said, ``source`` which signal (``again``, ``not-a-fit``, ``accepted``,
    ``declined``)."""

    viewer: str
    candidate: str
    label: int
    at: dt.datetime
    source: str


@dataclass(frozen=True, slots=True)
class LabelledPair:
    """An example with the pair's features and its fixed-weight score (the baseline)."""

    example: Example
    features: tuple[float, ...]
    fixed: float


def labels_digest(examples: Iterable[Example]) -> str:
    """One digest of a set of labels (who, about whom, which outcome, from which signal): it
    changes when a label is added, changed or erased, and names no one (12 hex digits of a
    SHA-256 over all of them together).

    Examples
    --------
    >>> t = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    >>> a = [Example("ana", "bob", 1, t, "again"), Example("cyd", "ana", 0, t, "declined")]
    >>> labels_digest(a) == labels_digest(reversed(a)), labels_digest(a) == labels_digest(a[:1])
    (True, False)
    """
    lines = sorted(f"{e.viewer}\t{e.candidate}\t{e.label}\t{e.source}" for e in examples)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:12]


def labels_from(
    feedback: Iterable[Feedback], introductions: Iterable[Introduction]
) -> list[Example]:
    """One labelled example per (viewer, candidate), from feedback and introductions.

    Sorted by time, then viewer and candidate (see the module's rules).

    Examples
    --------
    >>> t = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    >>> day = dt.timedelta(days=1)
    >>> fb = [Feedback("ana", "bob", Verdict.AGAIN, "event:e1", t + day),
    ...       Feedback("ana", "cyd", Verdict.MET_BEFORE, "", t),
    ...       Feedback("dan", "ana", Verdict.NOT_A_FIT, "", t + 2 * day)]
    >>> intros = [Introduction("i1", "ana", "bob", None, "", t, t + 14 * day, False),
    ...           Introduction("i2", "cyd", "dan", None, "", t, t + 14 * day, True),
    ...           Introduction("i3", "cyd", "eve", "fay", "", t, t + 14 * day, None, False)]
    >>> [(e.viewer, e.candidate, e.label, e.source) for e in labels_from(fb, intros)]
    [('cyd', 'dan', 1, 'accepted'), ('ana', 'bob', 1, 'again'), ('dan', 'ana', 0, 'not-a-fit')]
    """
    said: dict[tuple[str, str], Example] = {}
    for i in introductions:
        if i.target_answer is None or i.connector_answer is False:
            continue  # no answer yet, or a connector's no: nothing said about the pair
        key = (i.requester, i.target)
        label, source = (1, "accepted") if i.target_answer else (0, "declined")
        ex = Example(i.requester, i.target, label, i.created_at, source)
        if key not in said or said[key].at <= ex.at:
            said[key] = ex
    own: dict[tuple[str, str], Example] = {}
    for f in feedback:
        if f.verdict is Verdict.MET_BEFORE:
            continue
        key = (f.author, f.about)
        label = 1 if f.verdict is Verdict.AGAIN else 0
        ex = Example(f.author, f.about, label, f.created_at, f.verdict.value)
        if key not in own or own[key].at <= ex.at:
            own[key] = ex
    merged = said | own  # the viewer's own word first
    return sorted(merged.values(), key=lambda e: (e.at, e.viewer, e.candidate))


def pair_features(components: Components, viewer: Profile, candidate: Profile) -> tuple[float, ...]:
    """The features of a pair (:data:`FEATURES`), each in [0, 1].

    ``preferences`` is 0.5 when neither side has nice-to-haves (neither met nor missed);
    ``languages`` is the share of their languages in common (Jaccard), ``timezone``
    ``1 - gap / 12 h`` (0 from 12 hours apart), ``commitment`` ``1 - gap / 2`` levels.

    Examples
    --------
    >>> from matcher.profiles.model import Commitment
    >>> a = Profile("a", "A", "o", "n", languages=("en", "fr"), utc_offset=1)
    >>> b = Profile("b", "B", "o", "n", languages=("fr",), utc_offset=-5,
    ...             commitment=Commitment.PART_TIME)
    >>> pair_features(Components(0.6, 0.4, 0.48, 0.7, 1.0), a, b)
    (0.48, 0.6, 0.4, 0.7, 1.0, 0.5, 0.5, 0.5, 0.5)
    """
    la, lb = set(viewer.languages), set(candidate.languages)
    languages = len(la & lb) / len(la | lb) if la | lb else 0.0
    gap = abs(viewer.utc_offset - candidate.utc_offset)
    commitment = abs(viewer.commitment.level - candidate.commitment.level)
    c = components
    return (
        c.reciprocal,
        c.need_met,
        c.need_met_back,
        0.0 if c.values is None else c.values,  # unknown: 0, the cosine its zero vector had
        c.roles,
        0.5 if c.preferences is None else c.preferences,
        round(languages, 6),
        round(max(0.0, 1.0 - gap / 12.0), 6),
        round(max(0.0, 1.0 - commitment / 2.0), 6),
    )


def split_by_time(
    pairs: Sequence[LabelledPair], holdout: float
) -> tuple[list[LabelledPair], list[LabelledPair]]:
    """``(older, newer)``: the newest ``holdout`` share (at least one pair) kept apart.

    ``pairs`` are taken in time order (ties by viewer and candidate), so the split is the
    same every time it is computed on the same feedback.

    Examples
    --------
    >>> t = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    >>> ps = [LabelledPair(Example("a", c, 1, t + dt.timedelta(days=i), "again"), (), 0.0)
    ...       for i, c in enumerate("bcdefghijk")]
    >>> old, new = split_by_time(ps, 0.3)
    >>> [p.example.candidate for p in new], len(old)
    (['i', 'j', 'k'], 7)
    """
    ordered = sorted(pairs, key=lambda p: (p.example.at, p.example.viewer, p.example.candidate))
    n_test = max(1, round(len(ordered) * holdout))
    return ordered[:-n_test], ordered[-n_test:]


def check_training(
    pairs: Sequence[LabelledPair], settings: RerankSettings = RerankSettings()
) -> tuple[list[LabelledPair], list[LabelledPair]]:
    """The time split of ``pairs``, or :class:`NotEnoughFeedback` saying what is missing.

    Refused: fewer than ``settings.min_examples`` pairs; one class only (all good or all
    bad); an older or a newer part with one class only (nothing to learn, or an evaluation
    that cannot tell good from bad).

    Examples
    --------
    >>> t = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    >>> few = [LabelledPair(Example("a", "b", 1, t, "again"), (), 0.0)] * 3
    >>> check_training(few)
    Traceback (most recent call last):
    ...
    matcher.errors.NotEnoughFeedback: rerank: 3 labelled pairs, at least 30 needed; collect more feedback (again / not a fit after meetings, introductions answered) and train again
    """
    n = len(pairs)
    hint = (
        "collect more feedback (again / not a fit after meetings, introductions answered)"
        " and train again"
    )
    if n < settings.min_examples:
        raise NotEnoughFeedback(
            f"rerank: {n} labelled pairs, at least {settings.min_examples} needed",
            field="examples",
            value=n,
            hint=hint,
        )
    counts = Counter(p.example.label for p in pairs)
    if len(counts) < 2:
        kind = "positive" if 1 in counts else "negative"
        raise NotEnoughFeedback(
            f"rerank: all {n} labelled pairs are {kind}; a model needs good and bad outcomes",
            field="labels",
            value=dict(sorted(counts.items())),
            hint=hint,
        )
    older, newer = split_by_time(pairs, settings.holdout)
    for name, part in (("older (training)", older), ("newer (held-out)", newer)):
        labels = {p.example.label for p in part}
        if len(labels) < 2:
            raise NotEnoughFeedback(
                f"rerank: the {name} part's {len(part)} pairs are all"
                f" {'positive' if 1 in labels else 'negative'}; it needs both",
                field="labels",
                value=len(part),
                hint=hint,
            )
    return older, newer


def viewer_weights(pairs: Sequence[LabelledPair], per_viewer: int) -> np.ndarray:
    """A sample weight per pair: a viewer's pairs together weigh at most ``per_viewer``.

    Examples
    --------
    >>> t = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    >>> ps = [LabelledPair(Example(v, "x", 1, t, "again"), (), 0.0) for v in "aaaab"]
    >>> viewer_weights(ps, 2).tolist()
    [0.5, 0.5, 0.5, 0.5, 1.0]
    """
    n = Counter(p.example.viewer for p in pairs)
    return np.array([min(1.0, per_viewer / n[p.example.viewer]) for p in pairs], dtype=np.float64)


@dataclass(frozen=True, slots=True)
class LearnedWeights:
    """A fitted logistic regression over standardised features, as plain numbers.

    ``logit(x) = intercept + sum(coefficients[i] * (x[i] - means[i]) / scales[i])``.
    """

    features: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    coefficients: tuple[float, ...]
    intercept: float

    def logits(self, x: np.ndarray) -> np.ndarray:
        """The logits of rows of features ``x`` (shape ``(n, len(features))``)."""
        z = (np.asarray(x, np.float64) - np.array(self.means)) / np.array(self.scales)
        out: np.ndarray = z @ np.array(self.coefficients) + self.intercept
        return out

    def score(self, x: Sequence[float]) -> float:
        """The learned probability that a pair with features ``x`` goes well.

        Examples
        --------
        >>> w = LearnedWeights(("roles",), (0.5,), (0.25,), (2.0,), 0.0)
        >>> w.score([0.5]), round(w.score([0.75]), 4)
        (0.5, 0.8808)
        """
        return round(float(1.0 / (1.0 + np.exp(-self.logits(np.array([x]))[0]))), 6)

    def contributions(self, x: Sequence[float]) -> dict[str, float]:
        """How much each feature raises (or lowers) this pair's logit against the community's
        average pair.

        Examples
        --------
        >>> w = LearnedWeights(("roles", "values"), (0.5, 0.5), (0.25, 0.5), (2.0, -1.0), 0.0)
        >>> w.contributions([0.75, 1.0])
        {'roles': 2.0, 'values': -1.0}
        """
        z = (np.asarray(x, np.float64) - np.array(self.means)) / np.array(self.scales)
        parts = z * np.array(self.coefficients)
        return {f: round(float(v), 6) for f, v in zip(self.features, parts, strict=True)}

    def top(self, x: Sequence[float], n: int = 2) -> tuple[str, ...]:
        """The ``n`` features that raise this pair most because it has *more* of something
        the community's feedback rewards (a positive coefficient and a value above the
        average pair): an explanation names what the pair has, never what it lacks.

        Examples
        --------
        >>> w = LearnedWeights(("roles", "values"), (0.5, 0.5), (0.25, 0.5), (2.0, -1.0), 0.0)
        >>> w.top([0.75, 1.0]), w.top([0.25, 0.0])
        (('roles',), ())
        """
        parts = self.contributions(x)
        good = dict(zip(self.features, self.coefficients, strict=True))
        ranked = sorted(
            ((v, f) for f, v in parts.items() if v > 0 and good[f] > 0), key=lambda t: (-t[0], t[1])
        )
        return tuple(f for _, f in ranked[:n])

    def as_json(self) -> dict[str, object]:
        """The weights as JSON numbers (no pickle): ``{feature: coefficient}`` and the rest."""
        return {
            "features": list(self.features),
            "coefficients": dict(zip(self.features, self.coefficients, strict=True)),
            "intercept": self.intercept,
            "means": list(self.means),
            "scales": list(self.scales),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> LearnedWeights:
        """The weights :meth:`as_json` wrote.

        Examples
        --------
        >>> w = LearnedWeights(("roles",), (0.5,), (0.25,), (2.0,), -0.1)
        >>> LearnedWeights.from_json(w.as_json()) == w
        True
        """
        features = tuple(str(f) for f in data["features"])  # type: ignore[attr-defined]
        coefficients = data["coefficients"]
        assert isinstance(coefficients, Mapping)
        return cls(
            features,
            tuple(float(v) for v in data["means"]),  # type: ignore[attr-defined]
            tuple(float(v) for v in data["scales"]),  # type: ignore[attr-defined]
            tuple(float(coefficients[f]) for f in features),
            float(data["intercept"]),  # type: ignore[arg-type]
        )


def fit(
    pairs: Sequence[LabelledPair], settings: RerankSettings = RerankSettings()
) -> LearnedWeights:
    """A regularised (L2) logistic regression of the labels on the standardised features,
    with no negative coefficient.

    Classes are balanced (a community with few good outcomes still learns what tells them
    apart), and each viewer's pairs weigh at most ``settings.per_viewer``
    (:func:`viewer_weights`). Deterministic (the lbfgs solver).

    **No negative coefficient** (an active set: the most negative feature is dropped and the
    rest fitted again, until none is negative): every component is "more is better" by
    design, and the labelled pairs are the ones the fixed weights ranked high, among which
    one component's excess goes with another's shortfall (a selection effect, not a taste):
    a negative coefficient learned there would push down, among all candidates, the pairs
    that fit best. With it, more of any component never lowers a pair, and an explanation can
    name what raised it.

    Examples
    --------
    >>> t = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    >>> ps = [LabelledPair(Example(f"v{i}", "c", int(r > 0.5), t, "again"), (r, 0.5, 1 - r), r)
    ...       for i, r in enumerate([0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9])]
    >>> w = fit(ps)
    >>> w.coefficients[0] > 0, w.coefficients[1:]
    (True, (0.0, 0.0))
    """
    from sklearn.linear_model import LogisticRegression  # imported when a model is trained

    x = np.array([p.features for p in pairs], dtype=np.float64)
    y = np.array([p.example.label for p in pairs], dtype=np.int64)
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales = np.where(scales > 1e-9, scales, 1.0)
    z = (x - means) / scales
    weight = viewer_weights(pairs, settings.per_viewer)
    active = [i for i in range(x.shape[1]) if x[:, i].std() > 1e-9]
    coefficients = np.zeros(x.shape[1])
    intercept = 0.0
    while active:
        model = LogisticRegression(C=settings.c, class_weight="balanced", max_iter=1000)
        model.fit(z[:, active], y, sample_weight=weight)
        coef = model.coef_[0]
        intercept = float(model.intercept_[0])
        if (coef >= 0).all():
            coefficients[active] = coef
            break
        active.pop(int(np.argmin(coef)))
    names = FEATURES if x.shape[1] == len(FEATURES) else tuple(f"x{i}" for i in range(x.shape[1]))
    return LearnedWeights(
        names,
        tuple(round(float(v), 9) for v in means),
        tuple(round(float(v), 9) for v in scales),
        tuple(round(float(v), 9) + 0.0 for v in coefficients),
        round(intercept, 9),
    )


def auc(scores: Sequence[float], labels: Sequence[int]) -> float:
    """Area under the ROC curve: the chance that a random positive scores above a random
    negative (ties count half).

    Examples
    --------
    >>> auc([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0]), auc([0.5, 0.5], [1, 0])
    (0.75, 0.5)
    """
    s, y = np.asarray(scores, np.float64), np.asarray(labels)
    pos, neg = s[y == 1], s[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).sum()
    ties = (pos[:, None] == neg[None, :]).sum()
    return round(float((greater + 0.5 * ties) / (len(pos) * len(neg))), 6)


def mean_reciprocal_rank(
    lists: Iterable[Sequence[tuple[float, str, int]]],
) -> tuple[float, float, int]:
    """``(MRR, precision@1, lists)`` of the first positive in each list of
    ``(score, candidate, label)``, ranked by score (ties by candidate); lists without both
    a positive and a negative are skipped (their order teaches nothing).

    Examples
    --------
    >>> mean_reciprocal_rank([[(0.9, "b", 0), (0.5, "c", 1)], [(0.4, "d", 1), (0.2, "e", 0)]])
    (0.75, 0.5, 2)
    """
    rr, hits = [], []
    for items in lists:
        labels = {label for _, _, label in items}
        if labels != {0, 1}:
            continue
        ranked = sorted(items, key=lambda t: (-t[0], t[1]))
        first = next(i for i, (_, _, label) in enumerate(ranked, 1) if label == 1)
        rr.append(1.0 / first)
        hits.append(1.0 if first == 1 else 0.0)
    if not rr:
        return float("nan"), float("nan"), 0
    return round(sum(rr) / len(rr), 6), round(sum(hits) / len(hits), 6), len(rr)


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The held-out evaluation of a model against the fixed weights.

    The pairs are the newer part of the community's feedback (after ``split_at``); AUC is
    over all of them, MRR and precision@1 over each viewer's held-out pairs (``lists``: the
    viewers with a good and a bad outcome among them).
    """

    train_examples: int
    test_examples: int
    split_at: str
    auc_learned: float
    auc_fixed: float
    mrr_learned: float
    mrr_fixed: float
    p1_learned: float
    p1_fixed: float
    lists: int

    @property
    def beats_fixed(self) -> bool:
        """Better AUC than the fixed weights on held-out pairs, and an MRR no worse."""
        mrr_ok = self.lists == 0 or self.mrr_learned >= self.mrr_fixed
        return self.auc_learned > self.auc_fixed and mrr_ok

    @property
    def mrr_lift(self) -> float:
        """``mrr_learned / mrr_fixed`` (nan without lists)."""
        if self.lists == 0 or not self.mrr_fixed:
            return float("nan")
        return round(self.mrr_learned / self.mrr_fixed, 4)

    def as_json(self) -> dict[str, object]:
        """As JSON numbers (NaN, as when no viewer has a list, written as null)."""
        out: dict[str, object] = {}
        for name in self.__slots__:
            value = getattr(self, name)
            out[name] = None if isinstance(value, float) and math.isnan(value) else value
        return out | {"beats_fixed": self.beats_fixed}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Evaluation:
        """The evaluation :meth:`as_json` wrote: each field read as its type says (a float
        written as null is NaN)."""

        def num(value: Any) -> float:
            return float("nan") if value is None else float(value)

        read: dict[str, Callable[[Any], Any]] = {"int": int, "str": str, "float": num}
        return cls(**{f.name: read[str(f.type)](data[f.name]) for f in fields(cls)})


def evaluate(
    weights: LearnedWeights, older: Sequence[LabelledPair], newer: Sequence[LabelledPair]
) -> Evaluation:
    """How ``weights`` and the fixed weights rank the held-out ``newer`` pairs.

    Off-policy: only pairs that were met or asked for carry a label, and they were chosen
    under the fixed weights' ranking (no propensities are logged, so no reweighting); the
    figures compare two orders of the same labelled pairs, not an online experiment.

    Examples
    --------
    >>> t = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    >>> w = LearnedWeights(("roles",), (0.5,), (0.25,), (2.0,), 0.0)
    >>> new = [LabelledPair(Example("a", c, y, t, "again"), (r,), f)
    ...        for c, y, r, f in [("b", 1, 0.9, 0.2), ("c", 0, 0.1, 0.3)]]
    >>> e = evaluate(w, [], new)
    >>> e.auc_learned, e.auc_fixed, e.mrr_learned, e.mrr_fixed, e.beats_fixed
    (1.0, 0.0, 1.0, 0.5, True)
    """
    x = np.array([p.features for p in newer], dtype=np.float64)
    learned = weights.logits(x).tolist() if len(newer) else []
    labels = [p.example.label for p in newer]
    fixed = [p.fixed for p in newer]
    by_viewer_l: dict[str, list[tuple[float, str, int]]] = defaultdict(list)
    by_viewer_f: dict[str, list[tuple[float, str, int]]] = defaultdict(list)
    for p, score in zip(newer, learned, strict=True):
        by_viewer_l[p.example.viewer].append((score, p.example.candidate, p.example.label))
        by_viewer_f[p.example.viewer].append((p.fixed, p.example.candidate, p.example.label))
    mrr_l, p1_l, lists = mean_reciprocal_rank(by_viewer_l.values())
    mrr_f, p1_f, _ = mean_reciprocal_rank(by_viewer_f.values())
    split_at = min(p.example.at for p in newer).isoformat() if newer else ""
    return Evaluation(
        train_examples=len(older),
        test_examples=len(newer),
        split_at=split_at,
        auc_learned=auc(learned, labels),
        auc_fixed=auc(fixed, labels),
        mrr_learned=mrr_l,
        mrr_fixed=mrr_f,
        p1_learned=p1_l,
        p1_fixed=p1_f,
        lists=lists,
    )


@dataclass(frozen=True, slots=True)
class Reranker:
    """One trained, versioned re-ranker of a community (a row of ``rerank_models``).

    ``erasure_epoch`` is the number of erasures the community had when it was trained:
    members erased since then gave feedback it learned from (the next training leaves
    them out).
    """

    version: int
    trained_at: dt.datetime
    examples: int
    positives: int
    weights: LearnedWeights
    evaluation: Evaluation
    erasure_epoch: int = 0
    #: :func:`labels_digest` of the labels it was trained on ("" before it was kept)
    labels_digest: str = ""

    @property
    def beats_fixed(self) -> bool:
        """Whether it beat the fixed weights on held-out feedback (else never used)."""
        return self.evaluation.beats_fixed


@dataclass(frozen=True, slots=True)
class RerankStatus:
    """Whether the community's suggestions are ordered by a re-ranker, and why (not).

    ``setting``: the server's setting (``COFOUNDRY_RERANK``); ``switch``: the community's
    switch (``cofoundry rerank on`` / ``off``); ``latest``: the newest model;
    ``erasures_since``: members erased since it was trained.
    """

    setting: bool
    switch: bool
    latest: Reranker | None
    erasures_since: int = 0

    @property
    def in_use(self) -> int | None:
        """The version that orders suggestions, or None: the fixed weights do.

        The newest model decides: one that did not beat the fixed weights on held-out
        feedback is stored but not used, and an older one is not used in its place (the
        newest evaluation is the best evidence of what helps now).
        """
        m = self.latest
        if not (self.setting and self.switch) or m is None or not m.beats_fixed:
            return None
        return m.version

    @property
    def reason(self) -> str:
        """Why suggestions are ordered as they are, in a sentence.

        Examples
        --------
        >>> RerankStatus(True, True, None).reason
        'no re-ranker trained yet: suggestions use the fixed weights (cofoundry rerank train)'
        """
        m = self.latest
        if m is None:
            return (
                "no re-ranker trained yet: suggestions use the fixed weights"
                " (cofoundry rerank train)"
            )
        e = m.evaluation
        figures = (
            f"held-out AUC {e.auc_learned:.3f} vs {e.auc_fixed:.3f} for the fixed weights,"
            f" MRR {e.mrr_learned:.3f} vs {e.mrr_fixed:.3f} over {e.lists} members' lists"
        )
        if not m.beats_fixed:
            return (
                f"version {m.version} did not beat the fixed weights ({figures}): stored but"
                " not switched on; suggestions use the fixed weights"
            )
        if not self.setting:
            return "turned off by the setting COFOUNDRY_RERANK: suggestions use the fixed weights"
        if not self.switch:
            return (
                "turned off for this community (cofoundry rerank on turns it back on):"
                " suggestions use the fixed weights"
            )
        return f"version {m.version} orders suggestions ({figures})"
