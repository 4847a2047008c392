"""A learned need adapter, measured across sets (issue 20, a lever for the texts).

Usage::

    python bench/matching_adapter.py --folds                 # leave-one-set-out over v2-v6
    python bench/matching_adapter.py --final v7              # the candidate on v7's dev half
    python bench/matching_adapter.py --final v7 --half test  # once, after the decision

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
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
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

from embeddings.encoder import DEFAULT_ENCODER, encoder_from_name  # noqa: E402
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


def save_caches(encoder: Any) -> None:
    for part in getattr(encoder, "parts", [encoder]):
        if isinstance(part, me.CachedEncoder):
            part.save()


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


def apply_map(x: F, w: F, blocks: Sequence[int]) -> F:
    """Rows of ``x`` mapped by ``w``, each part of ``blocks`` (an ensemble's widths; ``()``:
    one part) normalised to ``1 / sqrt(parts)``; a zero row (an empty text) stays zero."""
    x = np.atleast_2d(np.asarray(x, np.float64))
    y = x @ w
    widths = list(blocks) or [y.shape[1]]
    scale = 1.0 / math.sqrt(len(widths))
    start = 0
    for width in widths:
        part = y[:, start : start + width]
        norms = np.linalg.norm(part, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        y[:, start : start + width] = part / norms * scale
        start += width
    y[~np.any(x, axis=1)] = 0.0
    return y.astype(np.float32)


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
    save_caches(encoder)
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument("--folds", action="store_true", help="leave-one-set-out over v2-v6")
    how.add_argument("--final", default="", help="a set never fitted on (v7): none and --fit")
    parser.add_argument("--half", default="dev", choices=["dev", "test"])
    parser.add_argument("--fit", default="", help="--final: the fit to judge (the candidate)")
    parser.add_argument("--fits", default="", help="--folds: comma-separated fit names")
    parser.add_argument("--encoder", default=DEFAULT_ENCODER)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.final and args.fit not in FITS:
        parser.error(f"--final needs --fit, one of: {', '.join(FITS)} (got {args.fit!r})")
    encoder = me.cached(encoder_from_name(args.encoder), ROOT / "bench" / ".cache")
    if args.folds:
        fits = {k: v for k, v in FITS.items() if not args.fits or k in args.fits.split(",")}
        result = run_folds(encoder, fits)
        default_out = ROOT / "bench" / "results" / "matching_adapter_folds.json"
    else:
        labels = list(dict.fromkeys(["none", args.fit]))
        result = run_final(encoder, args.final, args.half, labels)
        default_out = ROOT / "bench" / "results" / f"matching_adapter_{args.final}_{args.half}.json"
    payload = {
        "command": "python bench/matching_adapter.py " + " ".join(argv or sys.argv[1:]),
        "encoder": encoder.name,
        "machine": {"python": platform.python_version(), "load_average": list(os.getloadavg())},
        **result,
    }
    out = args.out or default_out
    out.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n")
    print(f"figures written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
