"""What the community text space costs a suggestion: before/after ratios in one run.

Usage::

    python bench/suggest_latency.py                 # 100,000 profiles, 200 viewers
    python bench/suggest_latency.py --size 10000 --queries 100 --out /tmp/latency.json

Profiles from ``data/generate.py`` (validated by ``check_rows``), vectors random but
clustered (512-d, unit norm: the real model's size; the values do not change what the
arithmetic costs). Two candidate tables over the same rows: without a text space (today's
``hubness_k=0, centre_languages=False``) and with the default one
(:func:`matcher.matching.textspace.fit_text_space`). Interleaved per viewer, both:

* ``exact``: :func:`matcher.matching.ranking.rank_exact` over every row (the path of
  communities under ``MatchSettings.exact_below``);
* ``pool``: ``pool_query`` and ``rank_exact`` over a pool of 200 rows (the index path's
  re-rank; the HNSW search itself is the same for both: same key length).

p50 / p99 in ms and the after/before ratios; plus the seconds to fit the space and to build
each table (paid once per full state build, not per query).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import generator, write_json  # noqa: E402
from matcher.matching import MatchSettings  # noqa: E402
from matcher.matching.ranking import CandidateTable, pool_query, rank_exact  # noqa: E402
from matcher.matching.textspace import fit_text_space, text_language  # noqa: E402
from matcher.profiles.model import ProfileVectors  # noqa: E402
from matcher.profiles.validation import check_rows  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "suggest_latency.json"


def _vectors(n: int, dim: int, seed: int) -> list[ProfileVectors]:
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((64, dim)).astype(np.float32)

    def field() -> np.ndarray:
        x = centres[rng.integers(0, 64, n)] + rng.standard_normal((n, dim)).astype(np.float32)
        return x / np.linalg.norm(x, axis=1, keepdims=True)

    o, nd, v = field(), field(), field()
    return [ProfileVectors(o[i], nd[i], v[i]) for i in range(n)]


def _ms(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "p50": round(statistics.median(ordered) * 1000, 3),
        "p99": round(ordered[int(0.99 * (len(ordered) - 1))] * 1000, 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    rows, _ = generator().generate(args.size, args.seed)
    profiles, bad = check_rows(rows)
    assert not bad, bad[:1]
    dim = 512
    vectors = _vectors(len(profiles), dim, args.seed)
    settings = MatchSettings()
    t0 = time.perf_counter()
    before = CandidateTable.build(profiles, vectors, dim)
    t_before = time.perf_counter() - t0
    t0 = time.perf_counter()
    space = fit_text_space(
        np.stack([v.offers for v in vectors]),
        np.stack([v.needs for v in vectors]),
        [text_language(p.offers) for p in profiles],
        [text_language(p.needs) for p in profiles],
        k=settings.hubness_k,
        centre_languages=settings.centre_languages,
    )
    t_fit = time.perf_counter() - t0
    t0 = time.perf_counter()
    after = CandidateTable.build(profiles, vectors, dim, space=space)
    t_after = time.perf_counter() - t0
    print(
        f"{len(profiles)} profiles: table {t_before:.1f} s; text space fit {t_fit:.1f} s,"
        f" table with it {t_after:.1f} s"
    )

    rng = np.random.default_rng(args.seed + 1)
    viewers = rng.choice(len(profiles), args.queries, replace=False)
    times: dict[str, list[float]] = {k: [] for k in ("exact0", "exact1", "pool0", "pool1")}
    for i, r in enumerate(viewers):
        viewer, vv = profiles[int(r)], vectors[int(r)]
        pool = rng.choice(len(profiles), 200, replace=False)
        order = (0, 1) if i % 2 == 0 else (1, 0)
        for which in order:
            table = (before, after)[which]
            t0 = time.perf_counter()
            rank_exact(viewer, vv, table, k=10)
            times[f"exact{which}"].append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            pool_query(viewer, vv, settings.weights, table)
            rank_exact(viewer, vv, table, k=10, rows=pool)
            times[f"pool{which}"].append(time.perf_counter() - t0)
    out: dict[str, Any] = {
        "size": len(profiles),
        "queries": args.queries,
        "seconds": {"table": t_before, "fit_space": t_fit, "table_with_space": t_after},
        "load_average": list(os.getloadavg()),
    }
    for kind in ("exact", "pool"):
        b, a = _ms(times[f"{kind}0"]), _ms(times[f"{kind}1"])
        out[kind] = {"before": b, "after": a, "ratio_p50": round(a["p50"] / b["p50"], 3)}
        print(
            f"{kind:<5} before p50 {b['p50']:.2f} ms p99 {b['p99']:.2f} | after p50"
            f" {a['p50']:.2f} ms p99 {a['p99']:.2f} | ratio p50 {out[kind]['ratio_p50']:.2f}"
        )
    write_json(args.out, out)
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
