"""Hot-path cost of how the two text directions combine (``Weights.directions``), same run.

Usage::

    python bench/directions_speed.py [--n 100000] [--viewers 200] [--pool 200]

A synthetic community of ``--n`` profiles (random unit vectors of 512 dimensions, random
role tags, languages and commitments; no encoder) in one
:class:`matcher.matching.ranking.CandidateTable`; for ``--viewers`` viewers,
:func:`matcher.matching.ranking.rank_exact` re-ranks a pool of ``--pool`` rows (what a
suggestion costs once the index has answered, ``bench/match.py``'s index rows) and scans
every row (the exact path), once per ``directions`` value, interleaved viewer by viewer so
load on the machine falls on every variant alike (each variant first in turn). Prints mean and p50 milliseconds.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from matcher.matching.model import DIRECTIONS, Weights  # noqa: E402
from matcher.matching.ranking import CandidateTable, rank_exact  # noqa: E402
from matcher.profiles.model import Commitment, Profile, ProfileVectors, Role  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--viewers", type=int, default=200)
    parser.add_argument("--pool", type=int, default=200)
    parser.add_argument("--dim", type=int, default=512)
    args = parser.parse_args(argv)
    rng = np.random.default_rng(1)
    roles, commitments = list(Role), list(Commitment)
    profiles = []
    for i in range(args.n):
        off = tuple(rng.choice(roles, size=rng.integers(0, 3), replace=False))
        seek = tuple(rng.choice(roles, size=rng.integers(0, 3), replace=False))
        profiles.append(
            Profile(
                f"p{i:06d}",
                f"P{i}",
                "o",
                "n",
                roles_offered=off,
                roles_sought=seek,
                languages=("en", "fr") if i % 3 else ("fr",),
                commitment=commitments[i % 2],
                utc_offset=int(rng.integers(-2, 4)),
            )
        )

    def unit(n: int) -> np.ndarray:
        x = rng.standard_normal((n, args.dim)).astype(np.float32)
        return x / np.linalg.norm(x, axis=1, keepdims=True)

    offers, needs, values = unit(args.n), unit(args.n), unit(args.n)
    table = CandidateTable.from_columns(profiles, offers, needs, values)
    viewers = rng.choice(args.n, args.viewers, replace=False)
    weights = {d: Weights(directions=d) for d in DIRECTIONS}
    pool_ms: dict[str, list[float]] = {d: [] for d in DIRECTIONS}
    scan_ms: dict[str, list[float]] = {d: [] for d in DIRECTIONS}
    for v in viewers:
        viewer = profiles[v]
        vv = ProfileVectors(offers[v], needs[v], values[v])
        pool = rng.choice(args.n, args.pool, replace=False)
        turn = len(pool_ms[DIRECTIONS[0]]) % len(DIRECTIONS)  # each variant first in turn
        order = DIRECTIONS[turn:] + DIRECTIONS[:turn]
        for d in order:
            w = weights[d]
            t0 = time.perf_counter()
            rank_exact(viewer, vv, table, k=10, weights=w, rows=pool)
            pool_ms[d].append((time.perf_counter() - t0) * 1e3)
        if len(scan_ms[DIRECTIONS[0]]) < 20:  # the whole scan: 20 viewers are plenty
            for d in order:
                t0 = time.perf_counter()
                rank_exact(viewer, vv, table, k=10, weights=weights[d])
                scan_ms[d].append((time.perf_counter() - t0) * 1e3)
    print(f"{args.n} profiles, {args.viewers} viewers, pool {args.pool}")
    for d in DIRECTIONS:
        p, s = np.array(pool_ms[d]), np.array(scan_ms[d])
        print(
            f"{d:<9} pool re-rank mean {p.mean():.3f} ms p50 {np.median(p):.3f} ms"
            f" | full scan mean {s.mean():.1f} ms p50 {np.median(s):.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
