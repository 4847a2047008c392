"""The need adapter's bench (bench/matching_adapter.py) and its rule (bench/matching_compare.py
--rule adapter), on tiny fabricated results: the candidate the rule of 7 December names, the
pooled figures it is named by, and the decision on v7's development half."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bench.matching_adapter import apply_map, candidate, pooled, procrustes, ridge
from bench.matching_compare import compare_adapter, main
from bench.matching_eval import EvalSet, Query


def _pool(text: float, full: float) -> dict[str, float]:
    return {"text_mrr": text, "full_mrr": full}


def test_the_candidate_is_the_best_full_mrr_among_fits_that_raise_both() -> None:
    pool = {
        "none": _pool(0.60, 0.70),
        "ridge lam=1": _pool(0.59, 0.90),  # best full MRR, but text falls: not a candidate
        "ridge lam=3": _pool(0.65, 0.72),
        "ridge lam=10": _pool(0.62, 0.74),
        "procrustes beta=0.5": _pool(0.70, 0.70),  # text rises, full only equal: not one
    }
    assert candidate(pool) == "ridge lam=10"
    del pool["ridge lam=10"]
    assert candidate(pool) == "ridge lam=3"


def test_no_candidate_when_no_fit_raises_both() -> None:
    pool = {
        "none": _pool(0.60, 0.70),
        "ridge lam=1": _pool(0.60, 0.75),  # text only equal
        "ridge lam=3": _pool(0.65, 0.69),
    }
    assert candidate(pool) is None
    assert candidate({"none": _pool(0.6, 0.7)}) is None


def test_pooling_weights_every_query_once() -> None:
    # a fold of 1 query at rank 1 and a fold of 3 queries at rank 2: pooled MRR is
    # (1 + 3 * 0.5) / 4 = 0.625, not the mean of the folds' MRRs (0.75)
    small = EvalSet("a", [], [Query("a1", "b1", "p1", cross=True)])
    big = EvalSet("b", [], [Query(f"x{i}", f"y{i}", f"q{i}") for i in range(3)])
    r_small = {"ranks_text": {"a1>b1": 1}, "ranks_full": {"a1>b1": 1}, "filter_violations": 0}
    r_big = {
        "ranks_text": {f"x{i}>y{i}": 2 for i in range(3)},
        "ranks_full": {"x0>y0": 2, "x1>y1": None, "x2>y2": 4},
        "filter_violations": 1,
    }
    p = pooled([(small, r_small), (big, r_big)])
    assert p["n"] == 4 and p["text_mrr"] == 0.625
    assert p["full_mrr"] == round((1 + 0.5 + 0 + 0.25) / 4, 4)
    assert p["xling_n"] == 1 and p["xling_text_hit3"] == 1.0
    assert p["violations"] == 1 and p["full_hit1"] == 0.25


def test_a_mapped_need_keeps_each_parts_share_and_an_empty_one_stays_empty() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(5, 12))
    x[:, :8] /= np.linalg.norm(x[:, :8], axis=1, keepdims=True) * np.sqrt(2)
    x[:, 8:] /= np.linalg.norm(x[:, 8:], axis=1, keepdims=True) * np.sqrt(2)
    x[3] = 0.0
    w = np.eye(12) + 0.3 * rng.normal(size=(12, 12))
    y = apply_map(x, w, (8, 4))
    assert y.dtype == np.float32 and not y[3].any()
    kept = [0, 1, 2, 4]
    assert np.allclose(np.linalg.norm(y[kept], axis=1), 1.0, atol=1e-6)
    assert np.allclose(np.linalg.norm(y[kept, :8], axis=1), 1 / np.sqrt(2), atol=1e-6)
    assert not np.allclose(y[kept], x[kept], atol=1e-3)  # the map moved them
    assert np.allclose(apply_map(x, np.eye(12), (8, 4)), x, atol=1e-6)  # identity: unchanged


def test_the_fits_learn_a_known_map_and_lean_to_the_identity() -> None:
    rng = np.random.default_rng(1)
    n = rng.normal(size=(400, 6))
    q, _ = np.linalg.qr(rng.normal(size=(6, 6)))
    o = n @ q
    assert np.allclose(ridge(n, o, 1e-6), q, atol=1e-4)
    assert np.allclose(procrustes(n, o, 1.0), q, atol=1e-6)
    assert np.allclose(procrustes(n, o, 0.0), np.eye(6))
    assert np.allclose(ridge(n, o, 1e9), np.eye(6), atol=1e-3)


def _result(
    after_text: list[int | None], after_full: list[int | None], violations: int = 0
) -> dict[str, Any]:
    keys = [f"v7p00{i}a>v7p00{i}b" for i in range(1, 5)]  # not cross pairs of v7's dev half
    before = [2, 1, 3, None]

    def config(text: list[int | None], full: list[int | None], v: int) -> dict[str, Any]:
        return {
            "ranks_text": dict(zip(keys, text, strict=True)),
            "ranks_full": dict(zip(keys, full, strict=True)),
            "filter_violations": v,
        }

    return {
        "sets": {
            "v7-dev": {
                "configs": {
                    "none": config(before, before, 0),
                    "ridge lam=3": config(after_text, after_full, violations),
                }
            }
        }
    }


def test_the_adapter_rule_adopts_only_a_rise_in_both_without_violations() -> None:
    lines, ok = compare_adapter(_result([1, 1, 3, None], [1, 1, 2, None]))
    assert ok and lines[-1] == "ADOPT" and lines[0] == "none -> ridge lam=3"
    lines, ok = compare_adapter(_result([1, 1, 3, None], [2, 1, 3, None]))  # full equal
    assert not ok and any(line.startswith("[rule 1: full") for line in lines)
    lines, ok = compare_adapter(_result([1, 1, 3, None], [1, 1, 2, None], violations=2))
    assert not ok and any(line.startswith("[rule 3") for line in lines)


def test_the_adapter_rule_reads_one_final_result(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "final.json"
    path.write_text(json.dumps(_result([1, 1, 3, None], [1, 1, 2, None])))
    assert main(["--rule", "adapter", str(path)]) == 0
    assert capsys.readouterr().out.strip().endswith("ADOPT")
    with pytest.raises(SystemExit):
        main(["--rule", "adapter", str(path), str(path)])
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"sets": {"v6-dev": {}}}))
    with pytest.raises(SystemExit):
        main(["--rule", "adapter", str(wrong)])
    assert "not v7-dev" in capsys.readouterr().err


def test_a_test_half_is_reported_not_judged() -> None:
    result = _result([1, 1, 3, None], [1, 1, 2, None])
    result["sets"]["v7-test"] = result["sets"].pop("v7-dev")
    lines, ok = compare_adapter(result, "v7-test")
    assert not ok and lines[-1].startswith("REPORTED")
