"""The lexical channel's bench (bench/matching_lexical.py) and its rule (bench/matching_compare.py
--rule lexical), on tiny fabricated data: the TF-IDF cosines (orientation, cognates through
character n-grams, empty texts), the mix that keeps a pair's score the same both ways, the
candidate and the decision."""

from __future__ import annotations

from typing import Any

import numpy as np

from bench.matching_blend_fit import fixed
from bench.matching_compare import compare_lexical
from bench.matching_levers_recip import Parts
from bench.matching_lexical import candidate, lexical, mixed

CORPUS = [
    "responsable logistique entrepôt",
    "je cherche un développeur",
    "warehouse logistics and freight",
    "looking for sales",
    "pottery and ceramics studio",
    "",
]


def test_needs_are_rows_offers_columns_and_empty_texts_meet_nothing() -> None:
    needs = ["pointe shoes supplier", ""]
    offers = ["I make pointe shoes", "accounting", ""]
    m = lexical([*needs, *offers], needs, offers, "word")
    assert m.shape == (2, 3)
    assert m[0, 0] > 0.3
    assert m[0, 1] == 0.0 and m[0, 2] == 0.0
    assert not m[1].any()  # an empty need meets no offer


def test_a_french_need_meets_an_english_offer_through_character_ngrams_only() -> None:
    needs = ["quelqu'un pour la logistique", "céramique"]
    offers = ["warehouse logistics", "ceramic studio", "accounting"]
    words = lexical(CORPUS, needs, offers, "word")
    chars = lexical(CORPUS, needs, offers, "char")
    assert words[0, 0] == 0.0 and words[1, 1] == 0.0  # no word in common
    assert chars[0, 0] > chars[0, 2] and chars[0, 0] > 0.1
    assert chars[1, 1] > chars[1, 2] and chars[1, 1] > 0.1  # accents stripped: ceram...


def _parts(n: int = 5, seed: int = 0) -> Parts:
    rng = np.random.default_rng(seed)
    met = rng.uniform(0, 0.5, (n, n))
    values = rng.uniform(0, 1, (n, n))
    values = (values + values.T) / 2
    roles = np.full((n, n), 0.5)
    pref = np.full((n, n), np.nan)
    ok = ~np.eye(n, dtype=bool)
    zeros = np.zeros(n, int)
    ids = [f"p{i}" for i in range(n)]
    return Parts(
        ids,
        met,
        met.T.copy(),
        values,
        roles,
        pref,
        ok,
        np.ones(n, bool),
        np.arange(n),
        zeros,
        zeros,
    )


def test_the_mix_keeps_the_pair_score_the_same_both_ways_and_beta_0_is_the_product() -> None:
    p = _parts()
    lex = np.random.default_rng(1).uniform(0, 1, (5, 5))  # needs of row x offers of column
    before = fixed(p)
    assert np.allclose(before, before.T, equal_nan=True)
    after = fixed(mixed(p, lex, 0.3))
    assert np.allclose(after, after.T, equal_nan=True)
    assert not np.allclose(after, before, equal_nan=True)
    assert np.array_equal(fixed(mixed(p, lex, 0.0)), before, equal_nan=True)
    m = mixed(p, lex, 0.3)
    assert abs(m.met[0, 1] - (0.7 * p.met[0, 1] + 0.3 * lex[0, 1])) < 1e-12
    assert abs(m.back[0, 1] - (0.7 * p.back[0, 1] + 0.3 * lex[1, 0])) < 1e-12
    assert np.isnan(m.met[2, 2])  # a pair the filters refuse stays refused


def _summary(full: float, text: float, fse: float = 0.01, tse: float = 0.01) -> dict[str, Any]:
    return {
        "full": {"mrr": full},
        "text": {"mrr": text},
        "full_diff": full - 0.7,
        "text_diff": text - 0.6,
        "full_se": fse,
        "text_se": tse,
    }


def test_the_candidate_raises_both_mrrs_by_more_than_one_se() -> None:
    pool = {
        "default": {"full": {"mrr": 0.7}, "text": {"mrr": 0.6}},
        "word beta=0.1": _summary(0.75, 0.605),  # text within one se
        "word beta=0.2": _summary(0.72, 0.62),
        "char beta=0.1": _summary(0.73, 0.64),
    }
    assert candidate(pool) == "char beta=0.1"
    pool["char beta=0.1"] = _summary(0.73, 0.64, fse=0.05)
    assert candidate(pool) == "word beta=0.2"
    assert candidate({"default": pool["default"], "x": _summary(0.69, 0.7)}) is None


def _result(
    before: list[int | None],
    after: list[int | None],
    text_after: list[int | None] | None = None,
    differs: int = 0,
    ratio: float = 1.05,
) -> Any:
    keys = [f"a{i}>b{i}" for i in range(len(before))]

    def cfg(full: list[int | None], text: list[int | None]) -> dict[str, Any]:
        return {
            "ranks_full": dict(zip(keys, full, strict=True)),
            "ranks_text": dict(zip(keys, text, strict=True)),
            "filter_violations": 0,
        }

    cost = {"suggest_s": 0.01, "suggest_plus_lexical_s": 0.01 * ratio, "ratio": ratio}
    return {
        "sets": {
            "v8-dev": {
                "replica_differs": differs,
                "cost": cost,
                "configs": {
                    "default": cfg(before, before),
                    "char beta=0.2": cfg(after, after if text_after is None else text_after),
                },
            }
        }
    }


def test_the_rule_adopts_a_rise_beyond_one_se_and_refuses_each_failed_point() -> None:
    before = [1, 2, 2, 3, None, 1, 2, 2, 1, 4] * 4
    better = [1, 1, 1, 3, 2, 1, 1, 2, 1, 2] * 4
    lines, ok = compare_lexical(_result(before, better))
    assert ok, lines
    lines, ok = compare_lexical(_result(before, better, text_after=[None] * 40))
    assert not ok and any("rule 2" in x for x in lines)
    lines, ok = compare_lexical(_result(before, better, differs=1))
    assert not ok and any("rule 5" in x for x in lines)
    lines, ok = compare_lexical(_result(before, better, ratio=1.3))
    assert not ok and any("rule 6" in x for x in lines)
    lines, ok = compare_lexical(_result(before, before))
    assert not ok and any("rule 1" in x for x in lines)
    h1_before = [1, 1, 1, 1, None, None, None, None, None, None] * 4
    worse_h1 = [1, 1, 1, 2, 2, 2, 2, 2, 2, 2] * 4
    lines, ok = compare_lexical(_result(h1_before, worse_h1))
    assert not ok and any("rule 3" in x for x in lines)
