"""The pool's surrogate on real text: how often the linear score an index searches keeps the
exact top 10 within a pool, before and after its hub and unknown-values terms.

Usage::

    python bench/pool_recall.py [--pools 20,50,200] [--out FILE]

Every profile of the evaluation sets (the demo's sample data and both halves of
``bench/eval/complementary_v2`` to ``_v5``: about 2,700 people written by hand, English,
French and mixed), imported into one community with the default encoder (vectors cached
under ``bench/.cache/``, as ``bench/matching_eval.py`` caches them; the community's text
space fitted as in the product). For every member: the exact top 10 (a scan of everyone,
filters applied), against the top 10 of a pool of each size drawn by an exact scan of the
linear score ``pool_query . pool_keys`` (no graph index: this is the surrogate's loss alone,
the index adds its own), re-ranked exactly and widened as the product widens it (doubled
while fewer than 10 pass the filters, an exact scan at 8x). Recall@10 per half of the sets
(the development half: the sample data and the ``dev`` halves; the test half: the ``test``
halves), mean, 5th percentile and worst, and the viewers with none of their exact ten.

Variants, all in one run over the same keys (the query's last two entries switched):

* ``before``: the linear score as it was until 7 December (no hub terms, a candidate who
  wrote no values counted 0 for values), the baseline;
* ``hub terms``: the hub terms only;
* ``guess G``: the hub terms and an unknown-values guess of ``G`` (development half only:
  how :data:`matcher.matching.ranking.UNKNOWN_VALUES_GUESS` was chosen);
* ``product``: the product's query as it is (both halves; the test half is reported, not
  tuned on).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import machine, write_json  # noqa: E402
from bench.hnsw_projection import evaluation_community  # noqa: E402
from matcher.matching import MatchSettings  # noqa: E402
from matcher.matching.ranking import (  # noqa: E402
    UNKNOWN_VALUES_GUESS,
    pool_keys,
    pool_query,
    rank_exact,
)

GUESSES = (0.0, 0.3, 0.5, 0.7)


def half_of(profile_id: str) -> str:
    """``test`` for the test halves' people, ``dev`` for the rest (ids are ``<set>-<id>``)."""
    return "test" if profile_id.split("-")[0].endswith("test") else "dev"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pools", default="20,50,200")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "pool_recall.json")
    args = parser.parse_args(argv)
    pools = [int(p) for p in args.pools.split(",")]
    load_before = os.getloadavg()
    community, encoder_name = evaluation_community(MatchSettings(exact_below=10**9))
    matching = community.matching
    state = matching._state()
    table, settings = state.table, matching.settings
    w = settings.weights.normalised()
    keys = pool_keys(table)

    def queries(viewer: Any, vectors: Any, half: str) -> dict[str, np.ndarray]:
        q = pool_query(viewer, vectors, settings.weights, table)
        guess = q[-1] / UNKNOWN_VALUES_GUESS if UNKNOWN_VALUES_GUESS else 0.0  # w_values or 0
        out = {}
        before = q.copy()
        before[-2:] = 0.0
        out["before"] = before
        hub = q.copy()
        hub[-1] = 0.0
        out["hub terms"] = hub
        if half == "dev":
            for g in GUESSES:
                v = q.copy()
                v[-1] = guess * g
                out[f"guess {g}"] = v
        out["product"] = q
        return out

    def top10(viewer: Any, vectors: Any, order: np.ndarray, pool: int) -> set[int]:
        size = pool
        while True:
            got = rank_exact(
                viewer, vectors, table, k=10, weights=settings.weights,
                filters=settings.filters, rows=order[:size],
            )  # fmt: skip
            if len(got) >= 10 or size >= len(order):
                return {r.row for r in got}
            if size >= 8 * pool:  # as the product: filters reject most of the pool
                got = rank_exact(
                    viewer, vectors, table, k=10, weights=settings.weights,
                    filters=settings.filters,
                )  # fmt: skip
                return {r.row for r in got}
            size *= 2

    recalls: dict[tuple[str, str, int], list[float]] = {}
    for i, viewer in enumerate(table.profiles):
        vectors = state.vectors[viewer.id]
        want = {
            r.row
            for r in rank_exact(
                viewer, vectors, table, k=10, weights=settings.weights, filters=settings.filters
            )
        }
        if not want:
            continue
        half = half_of(viewer.id)
        for name, q in queries(viewer, vectors, half).items():
            linear = keys @ q
            linear[i] = -np.inf
            order = np.argsort(-linear, kind="stable")
            for pool in pools:
                got = top10(viewer, vectors, order, pool)
                recalls.setdefault((half, name, pool), []).append(len(got & want) / len(want))
    out: dict[str, Any] = {
        "benchmark": "bench/pool_recall.py",
        "machine": machine(load_before),
        "encoder": encoder_name,
        "profiles": len(table),
        "weights": {"reciprocal": w.reciprocal, "values": w.values, "roles": w.roles},
        "values_unknown": int((~table.values_known).sum()),
        "unknown_values_guess": UNKNOWN_VALUES_GUESS,
        "recall_at_10": {},
    }
    for (half, name, pool), r in sorted(recalls.items()):
        a = np.asarray(r)
        got = {
            "viewers": len(a),
            "mean": round(float(a.mean()), 4),
            "p5": round(float(np.percentile(a, 5)), 4),
            "worst": round(float(a.min()), 4),
            "none_of_ten": int((a == 0).sum()),
        }
        out["recall_at_10"][f"{half}, {name}, pool {pool}"] = got
        print(f"{half:4} {name:10} pool {pool:3}: {got}")
    write_json(args.out, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
