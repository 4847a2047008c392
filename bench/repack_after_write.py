"""The first read of the trust graph's arcs after one write, by the size of the overlay.

Usage::

    python bench/repack_after_write.py [--writes 30] [--seed 5] [--out FILE]

The community of ``bench/trust_service.py`` (100,000 members, 1M collaborations; its cached
database) read into the live graph by ``TrustService.live()``. Edges between random members
are then set in place (``LiveTrustGraph.set_edge``, no database) until the overlay (the rows
edited since the last compaction, counted out and in as ``n_overlay`` counts them) holds
about 0, 200, 2,000 and 10,000 rows (10,000 is where the service compacts at 100,000
people: ``TrustService._due``); at each size, ``--writes`` times: one more edge set, then
``LiveTrustGraph.arcs`` for the day, what the first local trust after the write calls.
CPU time (``time.thread_time``) of that call, p50 and p99. Run it from each checkout
(``PYTHONPATH``) to compare two versions of the code: the runs of 8 December are in
``bench/results/repack_after_write.json``.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import machine, pct, write_json  # noqa: E402
from bench.trust_service import build_db, clock  # noqa: E402
from matcher.trust import TrustService  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--writes", type=int, default=30)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    load_before = os.getloadavg()
    from matcher.schema import connect

    trust = TrustService(connect(build_db(100_000, 1_000_000, 1)), clock=clock)
    g = trust.live()
    day = trust.clock().date()
    rng = random.Random(args.seed)
    ids = sorted(g.index)
    sizes: dict[str, Any] = {}
    for target in (0, 200, 2_000, 10_000):
        while g.n_overlay < target:
            a, b = rng.sample(ids, 2)
            g.set_edge(a, b, [(1.0, None)])
        with g.lock:
            g.arcs(as_of=day)
        cpu = []
        for _ in range(args.writes):
            a, b = rng.sample(ids, 2)
            g.set_edge(a, b, [(1.0, None)])
            start = time.thread_time()
            with g.lock:
                g.arcs(as_of=day)
            cpu.append((time.thread_time() - start) * 1000)
        sizes[str(target)] = {"overlay_rows": g.n_overlay, "arcs_after_a_write_cpu_ms": pct(cpu)}
        print(f"overlay {g.n_overlay} rows: arcs() after a write {sizes[str(target)]}")
    out = {
        "benchmark": "bench/repack_after_write.py",
        "machine": machine(load_before),
        "writes_per_size": args.writes,
        "by_overlay": sizes,
    }
    if args.out is not None:
        write_json(args.out, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
