"""The compiled forward push (``graph.push``) against the numpy push it replaced, in one run.

Usage::

    python bench/push_speed.py [--before 6bf7e8c] [--viewers 200] [--lone-tie 0.05]
                               [--out bench/results/push_speed.json]

Method. The community of ``bench/trust_service.py`` (100,000 members, 1,000,000
collaborations, 100,000 endorsements; its cached database), read into the live graph by
``TrustService.warm()``. The baseline is ``graph/local.py`` as it was at ``--before`` (the
numpy push in synchronous rounds), read from git and loaded as its own module over the same
graph; the code measured is today's ``graph.local.local_trust``. Both run with the service's
settings (``TrustSettings().walk()``, compact results as the service asks), plain and with ``lone_tie``, for the same viewers,
interleaved viewer by viewer (old, new, old, new...) so that the machine's load falls on both
alike; CPU time of the calling thread (``time.thread_time``). The compiled code is compiled
(or loaded from numba's cache) before timing. Both results are compared person by person:
the largest difference must stay within the two bounds reported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import time
import types
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import machine, pct, write_json  # noqa: E402
from bench.trust_service import build_db, clock  # noqa: E402


def old_module(commit: str) -> types.ModuleType:
    """``graph/local.py`` at ``commit``, loaded as a module of its own."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{commit}:graph/local.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    module = types.ModuleType("graph_local_before")
    module.__file__ = f"{commit}:graph/local.py"
    sys.modules[module.__name__] = module  # dataclass-style lookups of the module by name
    exec(compile(source, module.__file__, "exec"), module.__dict__)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", default="6bf7e8c", help="the commit of the numpy push")
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--collaborations", type=int, default=1_000_000)
    parser.add_argument("--viewers", type=int, default=200)
    parser.add_argument("--lone-tie", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "push_speed.json")
    args = parser.parse_args(argv)

    from graph.local import local_trust
    from matcher.schema import connect
    from matcher.trust import TrustService
    from matcher.trust.model import TrustSettings

    load_before = os.getloadavg()
    before = old_module(args.before)
    trust = TrustService(
        connect(build_db(args.people, args.collaborations, args.seed)), TrustSettings(), clock=clock
    )
    graph = trust.warm()
    day = clock().date()
    walk = {**trust.settings.walk(), "dense": False}  # as the service asks (compact results)
    rng = random.Random(args.seed)
    viewers = rng.sample(sorted(graph.index), args.viewers)
    start = time.perf_counter()
    local_trust(graph, viewers[0], as_of=day, **walk)
    local_trust(graph, viewers[0], as_of=day, **{**walk, "lone_tie": args.lone_tie})
    compile_s = time.perf_counter() - start
    for v in viewers[:10]:  # warm both: the day's degrees and weights
        before.local_trust(graph, v, as_of=day, **walk)
        local_trust(graph, v, as_of=day, **walk)

    results: dict[str, Any] = {}
    for name, lone in (("plain", None), ("lone_tie", args.lone_tie)):
        settings = {**walk, "lone_tie": lone}
        old_cpu: list[float] = []
        new_cpu: list[float] = []
        diffs: list[float] = []
        allowed: list[float] = []
        pushes: list[float] = []
        for v in viewers:
            cpu = time.thread_time()
            old = before.local_trust(graph, v, as_of=day, **settings)
            old_cpu.append((time.thread_time() - cpu) * 1000)
            cpu = time.thread_time()
            new = local_trust(graph, v, as_of=day, **settings)
            new_cpu.append((time.thread_time() - cpu) * 1000)
            people = set(old.as_dict()) | set(new.as_dict())
            diffs.append(max((abs(old.get(p, 0.0) - new.get(p, 0.0)) for p in people), default=0))
            allowed.append(old.error_bound + new.error_bound)
            pushes.append(float(new.pushes))
        within = sum(d <= a + 1e-12 for d, a in zip(diffs, allowed, strict=True))
        results[name] = {
            "numpy_push_cpu_ms": pct(old_cpu),
            "compiled_push_cpu_ms": pct(new_cpu),
            "ratio_p50_compiled_vs_numpy": round(pct(new_cpu)["p50"] / pct(old_cpu)["p50"], 3),
            "ratio_p99_compiled_vs_numpy": round(pct(new_cpu)["p99"] / pct(old_cpu)["p99"], 3),
            "largest_difference": max(diffs),
            "viewers_within_both_bounds": within,
            "arc_visits": pct(pushes),
        }
        print(
            f"{name}: numpy p50 {pct(old_cpu)['p50']} ms p99 {pct(old_cpu)['p99']} ms;"
            f" compiled p50 {pct(new_cpu)['p50']} ms p99 {pct(new_cpu)['p99']} ms"
            f" (x{results[name]['ratio_p50_compiled_vs_numpy']} p50); largest difference"
            f" {max(diffs):.2e}, {within}/{len(viewers)} within both bounds"
        )
    out = {
        "benchmark": "bench/push_speed.py",
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(load_before),
        "setup": {
            "people": args.people,
            "collaborations": args.collaborations,
            "people_in_graph": len(graph),
            "arc_entries": graph.n_arcs,
            "viewers": args.viewers,
            "baseline": f"graph/local.py at {args.before} (numpy, synchronous rounds)",
            "settings": {k: v for k, v in walk.items() if k not in ("lone_tie", "dense")},
            "dense": False,
            "lone_tie": args.lone_tie,
        },
        "compile_or_cache_load_s": round(compile_s, 2),
        **results,
    }
    write_json(args.out, out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
