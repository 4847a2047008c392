"""A learned need adapter, measured across sets (issue 20, a lever for the texts).

Usage::

    python bench/matching_adapter.py --folds                 # leave-one-set-out over v2-v6
    python bench/matching_adapter.py --final v7              # the candidate on v7's dev half
    python bench/matching_adapter.py --final v7 --half test  # once, after the decision
    python bench/matching_adapter.py --write-map "ridge lam=3"  # refit the shipped map
    python bench/matching_adapter.py --calibrate "ridge lam=3"  # phrase floor, score anchors

The encoder writes a need ("I am looking for someone who sells to hospitals") and an offer
("I sell to hospitals") in different voices; the product compares them by cosine. A linear
map ``W`` applied to every need vector the product stores (the whole field and each of its
phrases) before the text space (language centring and hubness reduction, unchanged) can learn
that voice from labelled pairs: the need of A should land on the offer of A's partner B. Two
fits, each pulled towards the identity (few pairs):

* **ridge**: ``W = (N'N + lam I)^-1 (N'O + lam I)`` over the raw need vectors ``N`` of every
  seeker and the raw offer vectors ``O`` of their partners (both directions of every pair);
* **procrustes**: the rotation ``R`` closest to ``N'O`` (``U V'`` of its SVD), blended
  ``(1 - beta) I + beta R``.

A mapped vector is normalised part by part (each encoder of an ensemble keeps its share,
:class:`embeddings.encoder.EnsembleEncoder`), so it has unit length like an encoded one.

The rule (docs/matching-quality.md, "The rule for the adapter on v7", written on 7 December
before any fit on that day's default): fits on ``old`` and v2-v6 (both halves), never on the
sample data nor on v7. ``--folds``: each of v2-v6 is measured (both halves, through the
product: the adapted needs written over the stored ones, every query a ``suggest``) by fits on
``old`` and the other four; the candidate (:func:`candidate`) is the fit with the highest full
MRR pooled over the five folds among those that raise both pooled full and pooled text MRR
over no adapter. ``--final v7``: the candidate fitted on ``old`` and all of v2-v6, against no
adapter, on v7's development half; the decision is printed by ``bench/matching_compare.py
--rule adapter``. Vectors come from the per-part caches of ``bench/matching_eval.py``
(``bench/.cache``): nothing is encoded twice.

``--write-map FIT`` fits ``FIT`` on ``old`` and v2-v6 as ``--final`` does and writes it where the
product reads it, ``embeddings/adapters/<name>.npy`` (float32; the name is the fit and a hash
of its numbers, :func:`embeddings.adapter.map_name`): the map behind
:data:`embeddings.encoder.NEED_MAP`, refitted the same way from the same sets and vectors.

``--calibrate FIT`` measures the explanations' phrase floor (``bench/phrase_floor.py``, the
development halves of v2-v5) and the score's anchors (``bench/matching_eval.py --calibrate``,
those of v2-v4) with needs mapped by ``FIT``, each half by the map of its fold (fitted on
``old`` and the other four of v2-v6): the shipped map was fitted on those halves, and a floor
or an anchor measured on its own training pairs would be too kind.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
for _p in (ROOT, ROOT / "bench"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

import matching_eval as me  # noqa: E402
from common import write_figures  # noqa: E402

from embeddings.adapter import apply_map, map_name  # noqa: E402
from embeddings.encoder import DEFAULT_ENCODER, AdaptedEncoder, encoder_from_name  # noqa: E402
from matcher.community import Community  # noqa: E402
from matcher.matching import MatchSettings  # noqa: E402
from matcher.profiles.store import StoredVector  # noqa: E402

F = np.ndarray

#: the sets the candidate is chosen on (leave one out); ``old`` is always fitted on
FOLD_SETS = ("v2", "v3", "v4", "v5", "v6")

FITS: dict[str, Any] = {
    "none": None,
    **{f"ridge lam={lam:g}": ("ridge", lam) for lam in (1, 3, 10, 30)},
    **{f"procrustes beta={b:g}": ("procrustes", b) for b in (0.25, 0.5)},
}

#: the default encoder without its need map: the raw vectors a map is fitted on and applied to
BASE_ENCODER = DEFAULT_ENCODER.rpartition("@")[0] or DEFAULT_ENCODER

KEEP = ("text", "full", "xling_text", "filter_violations", "ranks_text", "ranks_full")


# ------------------------------------------------------------------ sets
def load_set(name: str) -> me.EvalSet:
    """``old``, ``sample``, ``vN`` (both halves of a held-out set), ``vN-dev`` or ``vN-test``."""
    if name in ("old", "sample"):
        es: me.EvalSet = {"old": me.old_set, "sample": me.sample_set}[name]()
        return es
    version, _, half = name[1:].partition("-")
    if half:
        return me.held_out_set(int(version), half)
    dev, test = me.held_out_set(int(version), "dev"), me.held_out_set(int(version), "test")
    both = me.EvalSet(f"v{version}", dev.rows + test.rows)
    both.queries.extend(dev.queries + test.queries)
    return both


def raw(community: Community, field: str) -> dict[str, StoredVector]:
    model = community.profiles.encoder.name
    return {v.profile_id: v for v in community.profiles.store.vectors(model) if v.field == field}


def pairs(sets: Sequence[tuple[me.EvalSet, Community]]) -> tuple[F, F]:
    """Raw need vectors of every seeker and raw offer vectors of their partners."""
    n_rows, o_rows = [], []
    for es, community in sets:
        needs, offers = raw(community, "needs"), raw(community, "offers")
        for q in es.queries:
            if q.viewer in needs and q.partner in offers:
                n, o = needs[q.viewer].vector, offers[q.partner].vector
                if np.any(n) and np.any(o):
                    n_rows.append(n)
                    o_rows.append(o)
    return np.asarray(n_rows, np.float64), np.asarray(o_rows, np.float64)


# ------------------------------------------------------------------ fits
def ridge(n: F, o: F, lam: float) -> F:
    d = n.shape[1]
    return np.linalg.solve(n.T @ n + lam * np.eye(d), n.T @ o + lam * np.eye(d))


def procrustes(n: F, o: F, beta: float) -> F:
    u, _, vt = np.linalg.svd(n.T @ o)
    return (1 - beta) * np.eye(n.shape[1]) + beta * (u @ vt)


def fit(kind: tuple[str, float] | None, n: F, o: F) -> F | None:
    if kind is None:
        return None
    how, x = kind
    return ridge(n, o, x) if how == "ridge" else procrustes(n, o, x)


def write_needs(
    community: Community, needs: dict[str, StoredVector], w: F | None, blocks: Sequence[int]
) -> None:
    """Store ``needs`` (the raw ones) mapped by ``w`` (None: as encoded), whole and phrases."""
    store = community.profiles.store
    with community.db.transaction():
        for v in needs.values():
            if w is None:
                store.put_vector(v)
                continue
            phrases = v.phrase_vectors
            store.put_vector(
                replace(
                    v,
                    vector=apply_map(v.vector, w, blocks)[0],
                    phrase_vectors=apply_map(phrases, w, blocks).reshape(phrases.shape)
                    if len(phrases)
                    else phrases,
                )
            )


def measure(
    es: me.EvalSet, community: Community, fits: dict[str, F | None], blocks: Sequence[int]
) -> dict[str, dict[str, Any]]:
    """Each fit's figures on ``es`` through the product (``community`` holds ``es``)."""
    needs = raw(community, "needs")
    out = {}
    for label, w in fits.items():
        write_needs(community, needs, w, blocks)
        r = me.evaluate(community, es, MatchSettings())
        out[label] = {k: r[k] for k in KEEP}
        print(f"[{es.name}] {label:<22} {short(r)}", flush=True)
    write_needs(community, needs, None, blocks)
    return out


def short(r: dict[str, Any]) -> str:
    t, f, x = r["text"], r["full"], r["xling_text"]
    xs = f"{x['hit3']:.3f}" if x.get("n") else "  -  "
    return (
        f"text MRR {t['mrr']:.3f} h1 {t['hit1']:.3f} | full MRR {f['mrr']:.3f} h1 {f['hit1']:.3f}"
        f" h3 {f['hit3']:.3f} | x-ling text h3 {xs} | violations {r['filter_violations']}"
    )


# ------------------------------------------------------------------ pooling and the rule
def _rr(rank: int | None) -> float:
    return 0.0 if rank is None else 1.0 / rank


def pooled(folds: Sequence[tuple[me.EvalSet, dict[str, Any]]]) -> dict[str, Any]:
    """One fit's figures pooled over folds (query-weighted: every query of every held-out set
    counts once): text and full MRR and hit@1, cross-lingual text hit@3, violations."""
    text: list[int | None] = []
    full: list[int | None] = []
    cross: list[int | None] = []
    violations = 0
    for es, r in folds:
        for q in es.queries:
            key = f"{q.viewer}>{q.partner}"
            text.append(r["ranks_text"][key])
            full.append(r["ranks_full"][key])
            if q.cross:
                cross.append(r["ranks_text"][key])
        violations += r["filter_violations"]

    def mean(xs: Sequence[float]) -> float:
        return round(sum(xs) / len(xs), 4) if xs else 0.0

    return {
        "n": len(text),
        "text_mrr": mean([_rr(x) for x in text]),
        "text_hit1": mean([float(x == 1) for x in text]),
        "full_mrr": mean([_rr(x) for x in full]),
        "full_hit1": mean([float(x == 1) for x in full]),
        "xling_n": len(cross),
        "xling_text_hit3": mean([float(x is not None and x <= 3) for x in cross]),
        "violations": violations,
    }


def candidate(pool: dict[str, dict[str, Any]]) -> str | None:
    """The rule's candidate: among the fits (not ``none``) whose pooled full MRR and pooled
    text MRR both exceed ``none``'s, the one with the highest pooled full MRR (ties: the first
    in order); None when no fit raises both.

    Examples
    --------
    >>> candidate({"none": {"full_mrr": 0.7, "text_mrr": 0.6},
    ...            "a": {"full_mrr": 0.8, "text_mrr": 0.5},
    ...            "b": {"full_mrr": 0.72, "text_mrr": 0.61}})
    'b'
    """
    base = pool["none"]
    rising = [
        (-figures["full_mrr"], i, label)
        for i, (label, figures) in enumerate(pool.items())
        if label != "none"
        and figures["full_mrr"] > base["full_mrr"]
        and figures["text_mrr"] > base["text_mrr"]
    ]
    return min(rising)[2] if rising else None


def pooled_line(label: str, p: dict[str, Any]) -> str:
    return (
        f"{label:<22} text MRR {p['text_mrr']:.4f} | full MRR {p['full_mrr']:.4f}"
        f" h1 {p['full_hit1']:.4f} | x-ling text h3 {p['xling_text_hit3']:.4f}"
        f" ({p['xling_n']}) | violations {p['violations']} ({p['n']} queries)"
    )


# ------------------------------------------------------------------ runs
def build(name: str, encoder: Any) -> tuple[me.EvalSet, Community]:
    es = load_set(name)
    community, seconds, encoded = me.build(es, encoder)
    me.save_caches(encoder)
    print(f"[{name}] {len(es.rows)} profiles imported in {seconds:.1f} s ({encoded} texts)")
    return es, community


def run_folds(encoder: Any, fits: dict[str, Any]) -> dict[str, Any]:
    blocks = tuple(getattr(encoder, "blocks", ()))
    sets = {name: build(name, encoder) for name in ("old", *FOLD_SETS)}
    per_fold: dict[str, Any] = {}
    for target in FOLD_SETS:
        train = ["old", *(s for s in FOLD_SETS if s != target)]
        n, o = pairs([sets[s] for s in train])
        print(f"## fold {target}: fit on {'+'.join(train)} ({len(n)} need -> offer pairs)")
        es, community = sets[target]
        maps = {label: fit(kind, n, o) for label, kind in fits.items()}
        per_fold[target] = {"pairs_fitted": len(n), "fits": measure(es, community, maps, blocks)}
    pool = {
        label: pooled([(sets[t][0], per_fold[t]["fits"][label]) for t in FOLD_SETS])
        for label in fits
    }
    print("## pooled over the five folds (query-weighted)")
    for label, p in pool.items():
        print(pooled_line(label, p))
    best = candidate(pool) if "none" in pool else None
    print(f"THE CANDIDATE: {best}" if best else "NO CANDIDATE")
    return {"folds": per_fold, "pooled": pool, "candidate": best}


def run_final(encoder: Any, target: str, half: str, labels: Sequence[str]) -> dict[str, Any]:
    blocks = tuple(getattr(encoder, "blocks", ()))
    train = [build(name, encoder) for name in ("old", *FOLD_SETS)]
    n, o = pairs(train)
    print(f"## fit on old+{'+'.join(FOLD_SETS)} ({len(n)} need -> offer pairs)")
    maps = {label: fit(FITS[label], n, o) for label in labels}
    out: dict[str, Any] = {"pairs_fitted": len(n), "sets": {}}
    for name in (f"{target}-{half}", "sample"):
        es, community = build(name, encoder)
        out["sets"][name] = {
            "queries": len(es.queries),
            "configs": measure(es, community, maps, blocks),
        }
    return out


def write_map(encoder: Any, label: str) -> Path:
    """``label`` fitted on ``old`` and v2-v6, written (float32) as the product ships it."""
    n, o = pairs([build(name, encoder) for name in ("old", *FOLD_SETS)])
    w = fit(FITS[label], n, o)
    assert w is not None
    w32 = np.ascontiguousarray(w, dtype=np.float32)
    kind, x = FITS[label]
    name = map_name(f"{kind}-{'lam' if kind == 'ridge' else 'beta'}{x:g}", w32)
    path = ROOT / "embeddings" / "adapters" / f"{name}.npy"
    path.parent.mkdir(exist_ok=True)
    np.save(path, w32, allow_pickle=False)
    print(f"## fit {label} on old+{'+'.join(FOLD_SETS)} ({len(n)} need -> offer pairs)")
    return path


def run_calibrate(encoder: Any, label: str) -> dict[str, Any]:
    """The phrase floor and the score anchors with ``label``'s fold maps (see the module)."""
    import random

    import phrase_floor as pf

    blocks = tuple(getattr(encoder, "blocks", ()))
    sets = {name: build(name, encoder) for name in ("old", *FOLD_SETS)}

    def fold_map(target: str) -> F | None:
        train = ["old", *(s for s in FOLD_SETS if s != target)]
        return fit(FITS[label], *pairs([sets[s] for s in train]))

    maps = {t: fold_map(t) for t in ("v2", "v3", "v4", "v5")}

    def mapped(target: str) -> Any:
        return lambda community: write_needs(
            community, raw(community, "needs"), maps[target], blocks
        )

    rng = random.Random(1)  # bench/phrase_floor.py's seed: the same strangers
    floor_runs: dict[str, list[list[float]]] = {}
    per_set = {}
    for v in (2, 3, 4, 5):
        runs = pf.measure(v, encoder, rng, mapped(f"v{v}"))
        per_set[f"v{v}-dev"] = pf.summary(runs)
        for key, val in runs.items():
            floor_runs.setdefault(key, []).extend(val)
    floor = pf.summary(floor_runs)
    for kind, r in floor.items():
        print(f"phrase floor, {kind}: stranger quantiles {r['stranger quantiles']}")
        p95 = str(r["stranger quantiles"]["95"])
        print(f"  at the stranger 95th percentile {p95}: {r['floors'][p95]}")
    built = []
    for v in (2, 3, 4):
        es, community = build(f"v{v}-dev", encoder)
        mapped(f"v{v}")(community)
        built.append((community, es))
    anchors = me.calibration(built)
    anchors["sets"] = [es.name for _, es in built]
    print(f"score anchors: {anchors['anchors']}")
    return {
        "fit": label,
        "phrase_floor": {"pooled": floor, "per_set": per_set},
        "calibration": anchors,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument("--folds", action="store_true", help="leave-one-set-out over v2-v6")
    how.add_argument("--final", default="", help="a set never fitted on (v7): none and --fit")
    parser.add_argument("--half", default="dev", choices=["dev", "test"])
    parser.add_argument("--fit", default="", help="--final: the fit to judge (the candidate)")
    parser.add_argument("--fits", default="", help="--folds: comma-separated fit names")
    how.add_argument("--write-map", default="", help="fit FIT on old+v2-v6, ship it")
    how.add_argument("--calibrate", default="", help="phrase floor and anchors of FIT's folds")
    parser.add_argument(
        "--encoder",
        default=BASE_ENCODER,
        help="the encoder whose raw need vectors are mapped (default: the default's, unmapped)",
    )
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.final and args.fit not in FITS:
        parser.error(f"--final needs --fit, one of: {', '.join(FITS)} (got {args.fit!r})")
    real = encoder_from_name(args.encoder)
    if isinstance(real, AdaptedEncoder):
        parser.error(f"--encoder {args.encoder}: give an encoder without a need map ('@...')")
    encoder = me.cached(real, ROOT / "bench" / ".cache")
    if args.write_map:
        if args.write_map not in FITS or FITS[args.write_map] is None:
            parser.error(f"--write-map: one of {', '.join(list(FITS)[1:])}")
        print(f"shipped as {write_map(encoder, args.write_map)}")
        return 0
    if args.calibrate:
        if FITS.get(args.calibrate) is None:
            parser.error(f"--calibrate: one of {', '.join(list(FITS)[1:])}")
        result = run_calibrate(encoder, args.calibrate)
        default_out = ROOT / "bench" / "results" / "matching_adapter_calibrate.json"
    elif args.folds:
        fits = {k: v for k, v in FITS.items() if not args.fits or k in args.fits.split(",")}
        result = run_folds(encoder, fits)
        default_out = ROOT / "bench" / "results" / "matching_adapter_folds.json"
    else:
        labels = list(dict.fromkeys(["none", args.fit]))
        result = run_final(encoder, args.final, args.half, labels)
        default_out = ROOT / "bench" / "results" / f"matching_adapter_{args.final}_{args.half}.json"
    write_figures(
        "matching_adapter.py",
        argv or sys.argv[1:],
        result,
        args.out or default_out,
        encoder=encoder.name,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
