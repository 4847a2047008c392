"""A learned blend, measured across sets (issue 20; docs/matching-quality.md, "A learned blend").

Usage::

    python bench/matching_blend_fit.py --folds              # leave-one-set-out over v2-v7
    python bench/matching_blend_fit.py --final v8 --fit "directions C=1"   # v8's dev half

The product's score is a fixed blend of components it computes for every pair (the two text
directions, values, roles, the nice-to-haves: :mod:`matcher.matching.model`). This script
replaces that blend by a linear score ``w . x(A, B)`` over *symmetric* features of the pair
(:data:`FEATURES`: the smaller and the larger text direction, their balanced mean, values,
roles, the nice-to-haves, and indicators of what is unknown), so the score of A for B is the
score of B for A, and learns ``w`` from labelled pairs by a pairwise logistic regression: the
partner's features minus those of each of the :data:`RIVALS` candidates the fixed blend ranks
highest (scikit-learn's ``LogisticRegression``, L2, no intercept, features scaled by their
pooled standard deviation).

Components come from the product's exact ranking over each set (both halves in one community,
:func:`bench.matching_levers_recip.components`), the fixed blend re-scored from them must give
the product's order query by query (checked and printed first). Training sets: ``old`` and
v2-v7; the needs of v2-v6 mapped by the need map of their fold (ridge lam 3 fitted on ``old``
and the other four, as ``bench/matching_adapter.py --calibrate`` does: the shipped map was
fitted on them), those of ``old`` and v7 by the shipped map. ``--folds``: each of v2-v7 scored
by fits on ``old`` and the other five; the candidate (:func:`candidate`) is the fit with the
highest pooled full MRR among those that raise it over the fixed blend. ``--final v8``: the
candidate fitted on all of them against the default on v8's development half: the default
through the product (every query a ``suggest``), the candidate re-scored over the same
community's components; ``python bench/matching_compare.py --rule blend FILE`` decides.
Text-only figures are not changed by this lever (the texts' own ranking).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
for _p in (ROOT, ROOT / "bench"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

import matching_adapter as ma  # noqa: E402
import matching_eval as me  # noqa: E402
from common import write_figures  # noqa: E402
from matching_levers_recip import Parts, components, figs, ranks  # noqa: E402

from embeddings.adapter import load_map  # noqa: E402
from embeddings.encoder import DEFAULT_ENCODER, NEED_MAP, encoder_from_name  # noqa: E402
from matcher.matching import MatchSettings, Weights  # noqa: E402
from matcher.matching.model import blend, preference_mix  # noqa: E402

F = np.ndarray

#: the sets the candidate is chosen on (leave one out); ``old`` is always fitted on
FOLD_SETS = ("v2", "v3", "v4", "v5", "v6", "v7")
#: how many of the fixed blend's best rivals of the partner make a query's training pairs
RIVALS = 30

FEATURES = (
    "lo",
    "hi",
    "reciprocal",
    "values",
    "values_unknown",
    "roles",
    "untagged",
    "nice",
    "nice_none",
)
_REST = ("values", "values_unknown", "roles", "untagged", "nice", "nice_none")
FEATURE_SETS: dict[str, tuple[str, ...]] = {
    "refit": ("reciprocal", *_REST),
    "directions": ("lo", "hi", *_REST),
    "directions+reciprocal": ("lo", "hi", "reciprocal", *_REST),
}
CS = (0.01, 0.1, 1.0, 10.0)
FITS: dict[str, tuple[str, float] | None] = {
    "fixed": None,
    **{f"{fs} C={c:g}": (fs, c) for fs in FEATURE_SETS for c in CS},
}


# ------------------------------------------------------------------ features
def features(p: Parts) -> dict[str, F]:
    """The symmetric features of every pair (rows: viewers, columns: candidates)."""
    a, b = np.maximum(np.nan_to_num(p.met), 0), np.maximum(np.nan_to_num(p.back), 0)
    tagged = p.tagged[:, None] & p.tagged[None, :]
    return {
        "lo": np.minimum(a, b),
        "hi": np.maximum(a, b),
        "reciprocal": ((np.sqrt(a) + np.sqrt(b)) / 2) ** 2,
        "values": np.nan_to_num(p.values),
        "values_unknown": np.isnan(p.values).astype(float),
        "roles": np.nan_to_num(p.roles),
        "untagged": (~tagged).astype(float),
        "nice": np.nan_to_num(p.pref),
        "nice_none": np.isnan(p.pref).astype(float),
    }


def fixed(p: Parts, weights: Weights = Weights()) -> F:
    """Today's blend over the components (:func:`matcher.matching.model.blend`, then the
    nice-to-haves): what the product ranks by."""
    x = features(p)
    known = 1.0 - x["values_unknown"]
    score = blend(x["reciprocal"], x["values"], x["roles"], known, weights)
    with_pref = preference_mix(score, x["nice"], weights.normalised().preferences)
    return np.where(x["nice_none"] > 0, score, with_pref)


@dataclass
class Learned:
    """A fitted linear score: ``intercept + sum(weights[f] * x[f])``."""

    label: str
    weights: dict[str, float]
    intercept: float = 0.0

    def score(self, x: dict[str, F]) -> F:
        out = np.full(next(iter(x.values())).shape, self.intercept)
        for name, w in self.weights.items():
            out = out + w * x[name]
        return out


@dataclass
class SetData:
    name: str
    es: me.EvalSet
    parts: Parts
    x: dict[str, F]
    fixed: F
    #: :func:`training_rows`, once computed
    rows: tuple[F, F, F] | None = None


def training_rows(d: SetData) -> tuple[F, F, F]:
    """Per query: the partner's features minus each of its ``RIVALS`` best rivals' (by the
    fixed blend), and the rows (partner and rivals) themselves, and their fixed scores."""
    row = {x: i for i, x in enumerate(d.parts.ids)}
    names = list(FEATURES)
    stack = np.stack([d.x[f] for f in names], axis=-1)
    diffs, rows, fixed_rows = [], [], []
    for q in d.es.queries:
        i, j = row[q.viewer], row[q.partner]
        if not d.parts.ok[i, j]:
            continue
        s = np.where(d.parts.ok[i], d.fixed[i], -np.inf)
        s[j] = -np.inf
        rivals = [k for k in np.argsort(-s, kind="stable")[:RIVALS] if np.isfinite(s[k])]
        diffs.append(stack[i, j][None, :] - stack[i, rivals])
        rows.append(stack[i, [j, *rivals]])
        fixed_rows.append(d.fixed[i, [j, *rivals]])
    return np.concatenate(diffs), np.concatenate(rows), np.concatenate(fixed_rows)


def _rows_of(d: SetData) -> tuple[F, F, F]:
    """:func:`training_rows` of ``d``, computed once per set (every fit of every fold)."""
    if d.rows is None:
        d.rows = training_rows(d)
    return d.rows


def fit(label: str, kind: tuple[str, float], train: Sequence[SetData]) -> Learned:
    """The pairwise logistic fit ``kind`` (feature set, C) on ``train``, mapped affinely so
    that it has the fixed blend's mean and spread over the training rows."""
    from sklearn.linear_model import LogisticRegression

    fs, c = kind
    cols = [FEATURES.index(f) for f in FEATURE_SETS[fs]]
    parts = [_rows_of(d) for d in train]
    diffs = np.concatenate([p[0] for p in parts])[:, cols]
    rows = np.concatenate([p[1] for p in parts])[:, cols]
    fixed_rows = np.concatenate([p[2] for p in parts])
    scale = rows.std(axis=0)
    scale[scale == 0] = 1.0
    z = diffs / scale
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000)
    model.fit(np.vstack([z, -z]), np.r_[np.ones(len(z)), np.zeros(len(z))])
    w = model.coef_[0] / scale
    raw = rows @ w
    a = fixed_rows.std() / raw.std()
    b = fixed_rows.mean() - a * raw.mean()
    weights = {f: float(a * x) for f, x in zip(FEATURE_SETS[fs], w, strict=True)}
    return Learned(label, weights, float(b))


# ------------------------------------------------------------------ sets
def load(name: str, encoder: Any, need_map: F | None, blocks: Sequence[int]) -> SetData:
    """``name`` imported alone (both halves of a held-out set), its needs mapped by
    ``need_map`` (None: as encoded), and every allowed pair's components and features."""
    es, community = ma.build(name, encoder)
    if need_map is not None:
        ma.write_needs(community, ma.raw(community, "needs"), need_map, blocks)
    t0 = time.perf_counter()
    parts = components(community)
    print(f"[{name}] components of {len(parts.ids)} people in {time.perf_counter() - t0:.1f} s")
    return SetData(name, es, parts, features(parts), fixed(parts))


def check_fixed(d: SetData) -> int:
    """How many queries the fixed blend re-scored ranks differently from the product's exact
    ranking (``rank_exact``'s own scores): must be 0 before any other figure is trusted."""
    qs = [(q.viewer, q.partner) for q in d.es.queries]
    assert d.parts.score is not None
    product = ranks(d.parts, np.nan_to_num(d.parts.score, nan=-1.0), qs)
    mine = ranks(d.parts, d.fixed, qs)
    return sum(a != b for a, b in zip(product, mine, strict=True))


def training_sets(encoder: Any) -> dict[str, SetData]:
    """``old`` and v2-v7, needs mapped as the rule says (fold maps for v2-v6); kept in
    ``bench/.cache`` (keyed by the encoder, the need map and the sets' files) so that
    ``--final`` reuses what ``--folds`` computed."""
    key = hashlib.sha256(
        "\n".join(
            [
                encoder.name,
                NEED_MAP,
                *FOLD_SETS,
                *(hashlib.sha256((me.EVAL / f).read_bytes()).hexdigest() for f in _set_files()),
            ]
        ).encode()
    ).hexdigest()[:16]
    path = ROOT / "bench" / ".cache" / f"blend-sets-{key}.pkl"
    if path.exists():
        with path.open("rb") as fh:
            kept: dict[str, SetData] = pickle.load(fh)  # our own cache
        return kept
    out = _training_sets(encoder)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        pickle.dump(out, fh)
    return out


def _set_files() -> list[str]:
    return [f"complementary_{v}.json" for v in FOLD_SETS] + [f"split_{v}.json" for v in FOLD_SETS]


def need_maps(built: dict[str, tuple[me.EvalSet, Any]]) -> dict[str, F]:
    """The need map each of ``old`` and v2-v7 is measured with: for v2-v6 the map of their
    fold (ridge lam 3 fitted on ``old`` and the other four, from ``built``: each imported alone,
    needs as encoded), for ``old`` and v7 the shipped map."""
    shipped = load_map(NEED_MAP).astype(np.float64)
    out: dict[str, F] = {}
    for name in ("old", *FOLD_SETS):
        if name in ma.FOLD_SETS:
            others = ["old", *(s for s in ma.FOLD_SETS if s != name)]
            fold = ma.fit(("ridge", 3.0), *ma.pairs([built[s] for s in others]))
            assert fold is not None
            out[name] = fold
        else:
            out[name] = shipped
    return out


def _training_sets(encoder: Any) -> dict[str, SetData]:
    blocks = tuple(getattr(encoder, "blocks", ()))
    built = {name: ma.build(name, encoder) for name in ("old", *ma.FOLD_SETS)}
    maps = need_maps(built)
    out: dict[str, SetData] = {}
    for name in ("old", *FOLD_SETS):
        out[name] = load(name, encoder, maps[name], blocks)
        bad = check_fixed(out[name])
        print(f"[{name}] fixed blend re-scored vs the product's ranking: {bad} queries differ")
        if bad:
            raise SystemExit(f"{name}: the re-scored fixed blend does not reproduce the product")
    return out


# ------------------------------------------------------------------ figures and the rule
def _key(q: me.Query) -> str:
    return f"{q.viewer}>{q.partner}"


def rank_map(d: SetData, score: F) -> dict[str, int | None]:
    qs = [(q.viewer, q.partner) for q in d.es.queries]
    rk = ranks(d.parts, score, qs)
    return {
        _key(q): (None if r == float("inf") else int(r))
        for q, r in zip(d.es.queries, rk, strict=True)
    }


def pooled(results: Sequence[tuple[SetData, dict[str, int | None]]]) -> dict[str, Any]:
    full: list[float] = []
    cross: list[float] = []
    for d, rk in results:
        for q in d.es.queries:
            r = rk[_key(q)]
            full.append(float("inf") if r is None else float(r))
            if q.cross:
                cross.append(full[-1])
    mrr, h1, h3 = figs(full)
    return {
        "n": len(full),
        "full_mrr": round(mrr, 4),
        "full_hit1": round(h1, 4),
        "full_hit3": round(h3, 4),
        "xling_n": len(cross),
        "xling_full_hit3": round(figs(cross)[2], 4) if cross else 0.0,
    }


def candidate(pool: dict[str, dict[str, Any]]) -> str | None:
    """The rule's candidate: the fit (not ``fixed``) with the highest pooled full MRR among
    those whose pooled full MRR exceeds the fixed blend's (ties: the first); None if none.

    Examples
    --------
    >>> candidate({"fixed": {"full_mrr": 0.7}, "a": {"full_mrr": 0.69},
    ...            "b": {"full_mrr": 0.72}, "c": {"full_mrr": 0.72}})
    'b'
    >>> candidate({"fixed": {"full_mrr": 0.7}, "a": {"full_mrr": 0.7}}) is None
    True
    """
    base = pool["fixed"]["full_mrr"]
    rising = [
        (-f["full_mrr"], i, label)
        for i, (label, f) in enumerate(pool.items())
        if label != "fixed" and f["full_mrr"] > base
    ]
    return min(rising)[2] if rising else None


def line(label: str, p: dict[str, Any]) -> str:
    return (
        f"{label:<30} full MRR {p['full_mrr']:.4f} h1 {p['full_hit1']:.4f} h3 {p['full_hit3']:.4f}"
        f" | x-ling full h3 {p['xling_full_hit3']:.4f} ({p['xling_n']}) ({p['n']} queries)"
    )


def run_folds(sets: dict[str, SetData]) -> dict[str, Any]:
    per_fold: dict[str, Any] = {}
    for target in FOLD_SETS:
        train = [sets[s] for s in ("old", *FOLD_SETS) if s != target]
        d = sets[target]
        fold: dict[str, Any] = {}
        for label, kind in FITS.items():
            learned = None if kind is None else fit(label, kind, train)
            score = d.fixed if learned is None else learned.score(d.x)
            rk = rank_map(d, score)
            fold[label] = {
                "ranks_full": rk,
                "weights": None if learned is None else learned.weights,
                "intercept": None if learned is None else learned.intercept,
                **pooled([(d, rk)]),
            }
            print(f"[fold {target}] {line(label, fold[label])}", flush=True)
        per_fold[target] = fold
    pool = {
        label: pooled([(sets[t], per_fold[t][label]["ranks_full"]) for t in FOLD_SETS])
        for label in FITS
    }
    print("## pooled over the six folds (query-weighted)")
    for label, p in pool.items():
        print(line(label, p))
    best = candidate(pool)
    print(f"THE CANDIDATE: {best}" if best else "NO CANDIDATE")
    return {"folds": per_fold, "pooled": pool, "candidate": best}


def run_final(sets: dict[str, SetData], target: str, label: str) -> dict[str, Any]:
    """``label`` fitted on every training set, against the default on ``target``'s development
    half (and the sample data, reported): the default through the product."""
    kind = FITS[label]
    assert kind is not None
    learned = fit(label, kind, list(sets.values()))
    print(f"## {label} on old+{'+'.join(FOLD_SETS)}: {learned}")
    product = me.cached(encoder_from_name(DEFAULT_ENCODER), ROOT / "bench" / ".cache")
    out: dict[str, Any] = {
        "fit": label,
        "weights": learned.weights,
        "intercept": learned.intercept,
        "sets": {},
    }
    for name in (f"{target}-dev", "sample"):
        es, community = ma.build(name, product)
        default = me.evaluate(community, es, MatchSettings())
        parts = components(community)
        d = SetData(name, es, parts, features(parts), fixed(parts))
        replica = rank_map(d, d.fixed)
        differ = sum(replica[k] != v for k, v in default["ranks_full"].items())
        print(f"[{name}] fixed blend re-scored vs the product's suggest: {differ} queries differ")
        mine = rank_map(d, learned.score(d.x))
        out["sets"][name] = {
            "queries": len(es.queries),
            "replica_differs": differ,
            "configs": {
                "default": {k: default[k] for k in ma.KEEP},
                label: {
                    "ranks_full": mine,
                    "ranks_text": default["ranks_text"],
                    "filter_violations": 0,
                },
            },
        }
        for lab, rk in (("default", default["ranks_full"]), (label, mine)):
            print(f"[{name}] {line(lab, pooled([(d, rk)]))}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument("--folds", action="store_true", help="leave-one-set-out over v2-v7")
    how.add_argument("--final", default="", help="a set never fitted on (v8): its dev half")
    parser.add_argument("--fit", default="", help="--final: the fit to judge (the candidate)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.final and FITS.get(args.fit) is None:
        parser.error(f"--final needs --fit, one of: {', '.join(list(FITS)[1:])}")
    encoder = me.cached(encoder_from_name(ma.BASE_ENCODER), ROOT / "bench" / ".cache")
    sets = training_sets(encoder)
    if args.folds:
        result = run_folds(sets)
        default_out = ROOT / "bench" / "results" / "matching_blend_folds.json"
    else:
        result = run_final(sets, args.final, args.fit)
        default_out = ROOT / "bench" / "results" / f"matching_blend_{args.final}_dev.json"
    write_figures(
        "matching_blend_fit.py",
        argv or sys.argv[1:],
        result,
        args.out or default_out,
        encoder=DEFAULT_ENCODER,
        rivals=RIVALS,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
