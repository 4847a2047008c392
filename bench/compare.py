"""Run one benchmark on two checkouts in the same run, interleaved, and compare its figures.

Used for issue 15 (the restructure must leave every benchmark's figures unchanged within
noise): ``before`` and ``after`` are two checkouts of the project (``git worktree add``), the
benchmark script is run from each in turn (A B A B ...) so that whatever else the machine is
doing weighs on both alike, each run writing its JSON with ``--out``. For every number the
two sides report, the median over the repeats is printed with the ratio after/before; numbers
whose name says they are a time or a rate are compared as speeds, the others (scores, counts,
AUCs) should be equal and any difference is listed apart.

Run::

    python bench/compare.py --before ../baseline --after . --repeats 3 \\
        --out bench/results/restructure-equity.json -- bench/equity.py --entries 20000
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: Name parts of a figure that measures speed (time or rate); the rest should not move.
SPEED_WORDS = ("seconds", "_ms", "per_s", "rate", "throughput", "ratio", "_vs_", "load", "_s_")


def leaves(node: Any, path: str = "") -> Iterator[tuple[str, float]]:
    """Every number in a JSON document with its dotted path (lists: their index).

    Examples
    --------
    >>> dict(leaves({"a": {"b": 1.5, "c": [2, True]}}))
    {'a.b': 1.5, 'a.c[0]': 2}
    """
    if isinstance(node, dict):
        for key, value in node.items():
            yield from leaves(value, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from leaves(value, f"{path}[{i}]")
    elif isinstance(node, int | float) and not isinstance(node, bool):
        yield path, node


def is_speed(name: str) -> bool:
    """Whether a figure is a time or a rate (it may move with the machine's load).

    Examples
    --------
    >>> is_speed("core.split_s"), is_speed("teams.score"), is_speed("core.total_slices")
    (True, False, False)
    """
    last = name.rsplit(".", 1)[-1]
    return any(word in last for word in SPEED_WORDS) or last.endswith("_s")


def run_once(checkout: Path, script: list[str], out: Path) -> float:
    """Run the benchmark from ``checkout`` (its code on the path) and return the wall time."""
    env = dict(os.environ, PYTHONPATH=str(checkout), TOKENIZERS_PARALLELISM="false")
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, *script, "--out", str(out)],
        cwd=checkout,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def compare(runs: dict[str, list[dict[str, float]]]) -> dict[str, Any]:
    """Medians per side, ratios for speeds, and the non-speed figures that differ."""
    names = [n for n in runs["before"][0] if all(n in r for r in runs["before"] + runs["after"])]
    speeds: dict[str, dict[str, float]] = {}
    changed: dict[str, dict[str, float]] = {}
    for name in names:
        before = statistics.median(r[name] for r in runs["before"])
        after = statistics.median(r[name] for r in runs["after"])
        if is_speed(name):
            ratio = after / before if before else float("nan")
            speeds[name] = {"before": before, "after": after, "after_over_before": ratio}
        elif before != after:
            changed[name] = {"before": before, "after": after}
    return {"speeds": speeds, "other_figures_that_differ": changed, "same": len(names)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--before", type=Path, required=True, help="checkout of the old code")
    ap.add_argument("--after", type=Path, required=True, help="checkout of the new code")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("script", nargs=argparse.REMAINDER, help="-- bench/x.py [its options]")
    args = ap.parse_args()
    script = [a for a in args.script if a != "--"]
    runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    walls: dict[str, list[float]] = {"before": [], "after": []}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeats):
            order = ("before", "after") if i % 2 == 0 else ("after", "before")
            for side in order:
                out = Path(tmp) / f"{side}-{i}.json"
                checkout = (args.before if side == "before" else args.after).resolve()
                walls[side].append(run_once(checkout, script, out))
                runs[side].append(dict(leaves(json.loads(out.read_text()))))
                print(f"[{time.strftime('%H:%M:%S')}] {side} run {i + 1}: {walls[side][-1]:.1f} s")
    result = {
        "script": script,
        "repeats": args.repeats,
        "before": str(args.before),
        "after": str(args.after),
        "wall_s": {side: statistics.median(w) for side, w in walls.items()},
        **compare(runs),
    }
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    print(f"{'figure':60s} {'before':>12s} {'after':>12s}  after/before")
    for name, row in result["speeds"].items():
        print(
            f"{name[:60]:60s} {row['before']:12.5g} {row['after']:12.5g}  "
            f"{row['after_over_before']:.3f}"
        )
    print(f"{result['same']} figures compared; non-speed figures that differ:")
    for name, row in result["other_figures_that_differ"].items():
        print(f"  {name}: {row['before']} -> {row['after']}")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
