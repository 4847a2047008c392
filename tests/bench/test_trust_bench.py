"""The trust benchmark's measures are right on hand-computed cases."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

PATH = Path(__file__).resolve().parents[2] / "bench" / "trust.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_trust", PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_auc_by_hand(bench: ModuleType) -> None:
    assert bench._auc(np.array([3.0, 2.0]), np.array([1.0])) == 1.0
    assert bench._auc(np.array([1.0]), np.array([2.0, 3.0])) == 0.0
    # one tie out of two pairs: (1 + 0.5) / 2
    assert bench._auc(np.array([2.0]), np.array([1.0, 2.0])) == 0.75


def test_sybil_graph_joins_the_clique_by_the_attack_edges(bench: ModuleType) -> None:
    g = bench._sybil_graph([("h0", "h1", 0.5)], 4, [("h0", 2)])
    assert g.weight("f0", "f3") == 1.0 and g.weight("h0", "f2") == 1.0
    assert g.n_edges == 2 * (1 + 6 + 1)
