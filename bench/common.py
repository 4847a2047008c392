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


def write_figures(script: str, argv: Any, result: dict[str, Any], out: Path, **head: Any) -> None:
    """Write the figures of a matching script (``bench/matching_*.py``) to ``out``: the command
    that made them, ``head`` (encoder, settings), the machine (Python, load average) and
    ``result``, as UTF-8 JSON; say where."""
    payload = {
        "command": f"python bench/{script} " + " ".join(argv),
        **head,
        "machine": {"python": platform.python_version(), "load_average": list(os.getloadavg())},
        **result,
    }
    out.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n")
    print(f"figures written to {out}")


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


class IndexSwap:
    """Swaps the vector index a matching service's search state searches (None: an exact
    scan of everyone), for a benchmark that compares indexes over one community in one
    process; each index's position -> row map is kept, so swapping back builds nothing
    (building it walks every id: about 40 ms at 100,000 people)."""

    def __init__(self, matching: Any) -> None:
        self.state = matching._state()
        self.full = self.state.index
        assert self.full is not None, "the community is searched without an index"
        self._maps: dict[int, Any] = {}

    def projected(self, dims: int) -> Any:
        """A graph index over ``dims`` principal directions of the state's keys
        (``VectorIndex(hnsw_dim=dims)``), built from the same rows as the full one."""
        from embeddings.index import VectorIndex
        from matcher.matching.ranking import pool_keys

        table = self.state.table
        return VectorIndex("hnsw", hnsw_dim=dims).fit_rows(
            lambda rows: pool_keys(table, rows),
            [p.id for p in table.profiles],
            model=self.full.model_,
        )

    def __call__(self, index: Any) -> None:
        state = self.state
        if state.index is not None:
            self._maps[id(state.index)] = state._rows
        state.index, state._rows = index, self._maps.get(id(index))


def recall_figures(found: dict[str, list[str]], exact: dict[str, list[str]]) -> dict[str, float]:
    """Mean, 5th percentile and worst over viewers of the share of ``exact[v]`` (an exact
    scan's suggestions) that ``found[v]`` holds."""
    r = np.array([len(set(found[v]) & set(want)) / max(1, len(want)) for v, want in exact.items()])
    return {
        "mean": round(float(r.mean()), 4),
        "p5": round(float(np.percentile(r, 5)), 4),
        "worst": round(float(r.min()), 4),
    }
