"""What several benchmarks share: the sample-data generator, percentiles and the cache of
built databases."""

from __future__ import annotations

import importlib.util
import json
import os
import platform
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
#: databases the benchmarks build once (minutes) and reuse; git ignores it
CACHE = ROOT / "bench" / ".cache"


def generator() -> Any:
    """``data/generate.py`` as a module (``data/`` is not a package)."""
    spec = importlib.util.spec_from_file_location("cofoundry_gen", ROOT / "data" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pct(values: list[float]) -> dict[str, float]:
    """p50, p99 and the largest of ``values``, rounded to 3 decimals."""
    a = np.asarray(values)
    return {
        "p50": round(float(np.percentile(a, 50)), 3),
        "p99": round(float(np.percentile(a, 99)), 3),
        "max": round(float(a.max()), 3),
    }


def machine(load_before: tuple[float, ...], **extra: Any) -> dict[str, Any]:
    """The ``machine`` block of a result: cores, Python, the load average before the run
    (``os.getloadavg()`` taken at its start) and now, and ``extra`` (e.g. a ``note``)."""
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        **extra,
    }


def write_json(path: Path, result: Any) -> None:
    """Write a benchmark's ``result`` to ``path`` (indented JSON, its folder made)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=1) + "\n")


def cache_slot(name: str) -> tuple[Path, Path | None]:
    """``(path, tmp)`` for the cached database ``name`` under :data:`CACHE`: ``tmp`` is None
    when ``path`` is already built; otherwise the file to build into (and rename to ``path``
    when done), cleared of what an interrupted build left."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / name
    if path.exists():
        return path, None
    tmp = path.with_suffix(".tmp.db")
    for leftover in CACHE.glob(tmp.name + "*"):
        leftover.unlink()
    return path, tmp
