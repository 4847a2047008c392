"""The learned blend's bench (bench/matching_blend_fit.py) and its rule (bench/matching_compare.py
--rule blend), on tiny fabricated data: symmetric features, the fixed blend re-scored as the
product scores, a fit that learns what separates partners, the candidate and the decision."""

from __future__ import annotations

from typing import Any

import numpy as np

from bench.matching_blend_fit import (
    FEATURE_SETS,
    SetData,
    candidate,
    features,
    fit,
    fixed,
    rank_map,
)
from bench.matching_compare import compare_blend
from bench.matching_eval import EvalSet, Query
from bench.matching_levers_recip import Parts
from matcher.matching.model import blend_preferences, combine


def _parts(seed: int = 0, n: int = 6) -> Parts:
    rng = np.random.default_rng(seed)
    met = rng.uniform(0, 0.6, (n, n))
    values = rng.uniform(0, 1, (n, n))
    values = (values + values.T) / 2
    values[0, :] = values[:, 0] = np.nan  # person 0 wrote no values
    roles = rng.uniform(0, 1, (n, n))
    roles = (roles + roles.T) / 2
    pref = np.full((n, n), np.nan)
    pref[1, 2] = pref[2, 1] = 1.0
    ok = ~np.eye(n, dtype=bool)
    ids = [f"p{i}" for i in range(n)]
    tagged = np.array([i % 2 == 0 for i in range(n)])
    zeros = np.zeros(n, int)
    return Parts(
        ids, met, met.T.copy(), values, roles, pref, ok, tagged, np.arange(n), zeros, zeros
    )


def test_features_are_symmetric_so_any_learned_score_is() -> None:
    x = features(_parts())
    for name, m in x.items():
        assert np.array_equal(m, m.T), name
    assert set(x["untagged"][0]) == {0.0, 1.0}
    assert x["values_unknown"][0, 1] == 1.0 and x["values"][0, 1] == 0.0


def test_the_fixed_blend_rescored_is_the_products_score() -> None:
    p = _parts()
    s = fixed(p)
    for i, j in ((0, 1), (1, 2), (3, 4)):
        values = None if np.isnan(p.values[i, j]) else float(p.values[i, j])
        score, _ = combine(float(p.met[i, j]), float(p.back[i, j]), values, float(p.roles[i, j]))
        pref = None if np.isnan(p.pref[i, j]) else float(p.pref[i, j])
        assert abs(s[i, j] - blend_preferences(score, pref, 0.1)) < 1e-6


def _set(seed: int) -> SetData:
    """Six people, pairs (0, 1), (2, 3), (4, 5) whose *weaker* direction is high while a
    one-sided rival meets one direction very well: the fixed blend misses some, the smaller
    direction finds them."""
    p = _parts(seed)
    n = len(p.ids)
    met = np.full((n, n), 0.05)
    for a, b in ((0, 1), (2, 3), (4, 5)):
        met[a, b] = met[b, a] = 0.3
    met[0, 2], met[2, 4], met[4, 0] = 0.9, 0.9, 0.9  # one way only
    p.met, p.back = met, met.T.copy()
    p.roles = np.full((n, n), 0.5)
    qs = [Query(f"p{a}", f"p{b}", f"{a}{b}") for a, b in ((0, 1), (1, 0), (2, 3), (3, 2), (4, 5))]
    es = EvalSet("toy", [], qs)
    return SetData("toy", es, p, features(p), fixed(p))


def test_a_fit_learns_the_weaker_direction() -> None:
    d = _set(1)
    learned = fit("directions C=1", ("directions", 1.0), [d, _set(2)])
    assert set(learned.weights) == set(FEATURE_SETS["directions"])
    assert learned.weights["lo"] > learned.weights["hi"]
    before = rank_map(d, d.fixed)
    after = rank_map(d, learned.score(d.x))
    assert sum(1 / r for r in after.values() if r) >= sum(1 / r for r in before.values() if r)
    assert after["p0>p1"] == 1


def test_the_candidate_raises_pooled_full_mrr() -> None:
    pool = {"fixed": {"full_mrr": 0.7}, "a": {"full_mrr": 0.69}, "b": {"full_mrr": 0.75}}
    assert candidate(pool) == "b"
    assert candidate({"fixed": {"full_mrr": 0.7}, "a": {"full_mrr": 0.7}}) is None


def _result(before: list[int | None], after: list[int | None], differs: int = 0) -> Any:
    keys = [f"a{i}>b{i}" for i in range(len(before))]
    cfg = lambda ranks: {  # noqa: E731
        "ranks_full": dict(zip(keys, ranks, strict=True)),
        "ranks_text": dict.fromkeys(keys, 1),
        "filter_violations": 0,
    }
    return {
        "sets": {
            "v8-dev": {
                "replica_differs": differs,
                "configs": {"default": cfg(before), "directions C=1": cfg(after)},
            }
        }
    }


def test_the_rule_adopts_a_rise_beyond_one_se_and_refuses_a_hit1_fall() -> None:
    before = [1, 2, 2, 3, None, 1, 2, 2, 1, 4] * 4
    better = [1, 1, 1, 3, 2, 1, 1, 2, 1, 2] * 4
    lines, ok = compare_blend(_result(before, better))
    assert ok, lines
    # a rise in MRR that costs hit@1 (0.4 -> 0.3; MRR 0.4 -> 0.65)
    h1_before = [1, 1, 1, 1, None, None, None, None, None, None] * 4
    worse_h1 = [1, 1, 1, 2, 2, 2, 2, 2, 2, 2] * 4
    lines, ok = compare_blend(_result(h1_before, worse_h1))
    assert not ok and any("rule 2" in x for x in lines)
    # not reproducing the product: no decision
    lines, ok = compare_blend(_result(before, better, differs=1))
    assert not ok and any("rule 4" in x for x in lines)
    # the same ranks: no rise
    lines, ok = compare_blend(_result(before, before))
    assert not ok and any("rule 1" in x for x in lines)
