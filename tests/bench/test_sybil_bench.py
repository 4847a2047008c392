"""The Sybil harness measures what it says, on hand-checked cases."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

PATH = Path(__file__).resolve().parents[2] / "bench" / "sybil.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_sybil", PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_auc_and_per_viewer_figures_by_hand(bench: ModuleType) -> None:
    assert bench.auc(np.array([3.0, 2.0]), np.array([1.0])) == 1.0
    assert bench.auc(np.array([2.0]), np.array([1.0, 2.0])) == 0.75  # one tie of two pairs
    assert bench.per_viewer([1.0, 0.5, 0.75]) == {"n": 3, "mean": 0.75, "worst": 0.5, "p5": 0.525}


def test_fakes_confirm_among_themselves_at_the_top_weight(bench: ModuleType) -> None:
    clique = bench.fake_collaborations(5, "clique", 1)
    assert len(clique) == 10 and all(c.counts and c.proposer_rating == 2 for c in clique)
    mimic = bench.fake_collaborations(50, "mimic", 1)
    degrees: dict[str, int] = {}
    for c in mimic:
        degrees[c.proposer] = degrees.get(c.proposer, 0) + 1
        degrees[c.partner] = degrees.get(c.partner, 0) + 1
    assert min(degrees.values()) >= 4 and max(degrees.values()) < 49  # honest-like, no clique


def test_attack_edges_and_a_compromised_account(bench: ModuleType) -> None:
    honest = [f"h{i}" for i in range(10)]
    edges = bench.attack_collaborations(honest, [1] * 10, 50, 20, 1)
    assert len(edges) == 20 and all(c.partner.startswith("f") for c in edges)
    one = bench.attack_collaborations(honest, [1] * 10, 50, 20, 1, compromised="h3")
    assert {c.proposer for c in one} == {"h3"} and len({c.partner for c in one}) == 20


def test_a_viewer_tied_to_a_fake_is_counted_apart(bench: ModuleType) -> None:
    honest = ["h0", "h1", "h2"]
    trust = {"h0": {"h1": 1.0, "f0": 0.5}, "h2": {"h1": 1.0}}
    score = lambda v: trust.get(v, {})  # noqa: E731
    res = bench.measure(score, score, ["h0", "h2"], honest, ["f0"], {"h0": {"f0"}})
    assert res["auc_adjacent"]["n"] == 1 and res["auc_not_adjacent"]["n"] == 1
    assert res["top20_fakes_max"] == 1 and res["top20_fakes_not_first_hand_max"] == 0


def test_the_rating_game_leaves_the_fakes_own_ties_unrated(bench: ModuleType) -> None:
    game = bench.fake_collaborations(5, "game-clique", 1)
    assert len(game) == 10 and all(c.counts for c in game)
    assert {(c.proposer_rating, c.partner_rating) for c in game} == {(0, 0)}
    with pytest.raises(ValueError, match="clique"):
        bench.fake_collaborations(5, "ring", 1)
