"""A learned need adapter, measured across sets (issue 20, a lever for the texts).

Usage::

    python bench/matching_adapter.py                  # cross-set folds, no v4
    python bench/matching_adapter.py --final v4       # fit on every other set, measure v4 once

The encoder writes a need ("I am looking for someone who sells to hospitals") and an offer
("I sell to hospitals") in different voices; the product compares them by cosine. A linear
map ``W`` applied to every need vector before the text space (language centring and hubness
reduction, unchanged) can learn that voice from labelled pairs: the need of A should land
on the offer of A's partner B. Two fits, each pulled towards the identity (few pairs):

* **ridge**: ``W = (N'N + lam I)^-1 (N'O + lam I)`` over the raw need vectors ``N`` of every
  seeker and the raw offer vectors ``O`` of their partners (both directions of every pair);
* **procrustes**: the rotation ``R`` closest to ``N'O`` (``U V'`` of its SVD), blended
  ``(1 - beta) I + beta R``.

Each fold fits on some sets and measures others through the product: the sets are imported
as ``bench/matching_eval.py`` does, the adapted need vectors written over the stored ones,
and every query is ``MatchingService.suggest`` (filters, text space, weights: all the
product's). A fold never measures a set it fitted on. The held-out sets' test halves were
read before (v2 on 4 December, v3 on 5 December): here they are training data and fold
targets like the rest, and only a set never used (``--final``) gives a figure to report.
"""

from __future__ import annotations

import argparse
import json
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

from embeddings.encoder import encoder_from_name  # noqa: E402
from matcher.community import Community  # noqa: E402
from matcher.matching import MatchSettings  # noqa: E402
from matcher.profiles.store import StoredVector  # noqa: E402

F = np.ndarray


def load_sets(names: Sequence[str], encoder: Any) -> dict[str, tuple[me.EvalSet, Community]]:
    """Each named set (``old``, ``sample``, ``vN`` = both halves of a held-out set, or
    ``vN-dev`` / ``vN-test``), imported through the product."""
    out = {}
    for name in names:
        if name in ("old", "sample"):
            es = {"old": me.old_set, "sample": me.sample_set}[name]()
        else:
            version, _, half = name[1:].partition("-")
            es = me.held_out_set(int(version), half) if half else _both(int(version))
        community, _, _ = me.build(es, encoder)
        out[name] = (es, community)
    if isinstance(encoder, me.CachedEncoder):
        encoder.save()
    return out


def _both(version: int) -> me.EvalSet:
    dev, test = me.held_out_set(version, "dev"), me.held_out_set(version, "test")
    both = me.EvalSet(f"v{version}", dev.rows + test.rows)
    both.queries.extend(dev.queries + test.queries)
    return both


def raw(community: Community, field: str) -> dict[str, StoredVector]:
    model = community.profiles.encoder.name
    return {v.profile_id: v for v in community.profiles.store.vectors(model) if v.field == field}


def pairs(sets: dict[str, tuple[me.EvalSet, Community]], names: Sequence[str]) -> tuple[F, F]:
    """Raw need vectors of every seeker and raw offer vectors of their partners."""
    n_rows, o_rows = [], []
    for name in names:
        es, community = sets[name]
        needs, offers = raw(community, "needs"), raw(community, "offers")
        for q in es.queries:
            if q.viewer in needs and q.partner in offers:
                n_rows.append(needs[q.viewer].vector)
                o_rows.append(offers[q.partner].vector)
    return np.asarray(n_rows, np.float64), np.asarray(o_rows, np.float64)


def ridge(n: F, o: F, lam: float) -> F:
    d = n.shape[1]
    return np.linalg.solve(n.T @ n + lam * np.eye(d), n.T @ o + lam * np.eye(d))


def procrustes(n: F, o: F, beta: float) -> F:
    u, _, vt = np.linalg.svd(n.T @ o)
    return (1 - beta) * np.eye(n.shape[1]) + beta * (u @ vt)


def adapted(community: Community, w: F | None) -> Community:
    """A copy of ``community``'s stored needs mapped by ``w`` (None: as encoded)."""
    if w is None:
        return community
    store = community.profiles.store
    with community.db.transaction():
        for v in raw(community, "needs").values():
            x = v.vector.astype(np.float64) @ w
            x /= np.linalg.norm(x) or 1.0
            store.put_vector(replace(v, vector=x.astype(np.float32)))
    return community


def measure(es: me.EvalSet, rows: list[dict[str, Any]], encoder: Any, w: F | None) -> dict:
    community, _, _ = me.build(me.EvalSet(es.name, rows), encoder)
    return me.evaluate(adapted(community, w), es, MatchSettings())


def short(r: dict[str, Any]) -> str:
    t, f, x = r["text"], r["full"], r["xling_text"]
    xs = f"{x['hit3']:.3f}" if x.get("n") else "  -  "
    return (
        f"text MRR {t['mrr']:.3f} h1 {t['hit1']:.3f} | full MRR {f['mrr']:.3f} h1 {f['hit1']:.3f}"
        f" h3 {f['hit3']:.3f} | x-ling text h3 {xs} | violations {r['filter_violations']}"
    )


FITS: dict[str, Any] = {
    "none": None,
    **{f"ridge lam={lam:g}": ("ridge", lam) for lam in (1, 3, 10, 30)},
    **{f"procrustes beta={b:g}": ("procrustes", b) for b in (0.25, 0.5)},
}


def fit(kind: tuple[str, float] | None, n: F, o: F) -> F | None:
    if kind is None:
        return None
    how, x = kind
    return ridge(n, o, x) if how == "ridge" else procrustes(n, o, x)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--final", default="", help="a set never used: fit on all others")
    parser.add_argument("--fits", default="", help="comma-separated fit names (default: all)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    real = encoder_from_name("use-multilingual-v3")
    encoder = me.CachedEncoder(real, ROOT / "bench" / ".cache" / f"eval-{real.name}.npz")
    fits = {k: v for k, v in FITS.items() if not args.fits or k in args.fits.split(",")}
    train_all = ["old", "sample", "v2", "v3"]
    if args.final:
        folds = [(train_all, [f"{args.final}-dev", f"{args.final}-test"])]
    else:  # each held-out set (and the sample data) measured by fits on the others
        folds = [
            (["old", "sample", "v2"], ["v3"]),
            (["old", "sample", "v3"], ["v2"]),
            (["old", "v2", "v3"], ["sample"]),
        ]
    names = sorted({n for tr, te in folds for n in tr + te})
    sets = load_sets(names, encoder)
    results: dict[str, Any] = {}
    for train, targets in folds:
        n, o = pairs(sets, train)
        print(f"## fit on {'+'.join(train)} ({len(n)} need -> offer pairs)", flush=True)
        for target in targets:
            es, _ = sets[target]
            for label, kind in fits.items():
                r = measure(es, es.rows, encoder, fit(kind, n, o))
                results.setdefault(target, {})[label] = {
                    k: r[k] for k in ("text", "full", "xling_text", "filter_violations")
                }
                print(f"[{target}] {label:<22} {short(r)}", flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
