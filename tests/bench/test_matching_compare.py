"""The adoption rules of docs/matching-quality.md, applied to the runs they were decided on
(bench/results): e5's query prompt was not adopted on 6 December (the sample data lost two
designed partners, rule 4) and was adopted on 7 December by the rule written before the
fifth blind set (v6) existed."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from bench.matching_compare import (
    CANDIDATE_HALVES,
    compare,
    compare_v6,
    judge_run,
    main,
    pick_candidate,
)

RESULTS = Path(__file__).resolve().parents[2] / "bench" / "results"


def _run(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((RESULTS / name).read_text(encoding="utf-8"))
    return data


def test_the_first_rule_kept_the_default_for_the_sample_data_alone() -> None:
    lines, adopted = compare(_run("matching-e5q-dev-baseline.json"), _run("matching-e5q-dev.json"))
    assert not adopted
    broken = [line for line in lines if line.startswith("[rule")]
    assert broken and all(line.startswith("[rule 4") for line in broken)


def test_the_rule_for_v6_adopts_the_query_prompt() -> None:
    older = (_run("matching-e5q-dev-baseline.json"), _run("matching-e5q-dev.json"))
    lines, adopted = compare_v6(
        _run("matching-v6-dev.json"), _run("matching-v6-dev-e5q.json"), older
    )
    assert adopted and lines[-1] == "ADOPT"
    assert not [line for line in lines if line.startswith("[rule")]
    # judged against itself, nothing rises: not adopted (rule 1 and 3 need a rise)
    same, kept = compare_v6(_run("matching-v6-dev.json"), _run("matching-v6-dev.json"), older)
    assert not kept and any(line.startswith("[rule 1") for line in same)


def test_the_rule_for_v6_needs_the_older_runs(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(
            [
                "--rule",
                "v6",
                str(RESULTS / "matching-v6-dev.json"),
                str(RESULTS / "matching-v6-dev-e5q.json"),
            ]
        )
    assert "--older" in capsys.readouterr().err


def test_the_command_pools_every_older_pair_it_is_given(capsys: pytest.CaptureFixture[str]) -> None:
    args = [str(RESULTS / "matching-v6-dev.json"), str(RESULTS / "matching-v6-dev-e5q.json")]
    older = [
        str(RESULTS / "matching-e5q-dev-baseline.json"),
        str(RESULTS / "matching-e5q-dev.json"),
    ]
    assert main(["--rule", "v6", *args, "--older", *older]) == 0
    out = capsys.readouterr().out
    assert "pooled v2-v6 dev text MRR (624 queries)" in out and out.rstrip().endswith("ADOPT")
    # the same pair twice pools the same queries once (keys are half:query)
    assert main(["--rule", "v6", *args, "--older", *older, "--older", *older]) == 0
    assert "(624 queries)" in capsys.readouterr().out


def test_the_rule_for_v7_needs_the_older_runs(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(
            [
                "--rule",
                "v7",
                str(RESULTS / "matching-v6-dev.json"),
                str(RESULTS / "matching-v6-dev.json"),
            ]
        )
    assert "--older" in capsys.readouterr().err


# ----------------------------------------- the candidate for v7 (packaged encoders, 7 December)
def _speeds(**by_name: float) -> dict[str, float]:
    return dict(by_name)


def test_the_candidate_rule_needs_a_rise_in_both_pooled_mrrs() -> None:
    base = _run("matching-dev-baseline16.json")
    lines, figures = judge_run(base, base)
    assert not figures["beats"] and figures["violations"] == 0
    assert figures["text"][0] == figures["text"][1] and figures["text"][2] == 0
    assert lines[-1] == "does not beat the default on pooled text and full MRR"
    text, full = figures["text"][0], figures["full"][0]
    assert 0.5 < text < full < 1  # the default's pooled figures over 600 queries
    # a run whose every partner is first beats it on both, and is chosen when fast enough
    best = copy.deepcopy(base)
    best["encoder"] = "perfect"
    for half in CANDIDATE_HALVES:
        for kind in ("ranks_text", "ranks_full"):
            ranks = best["sets"][half]["configs"]["default"][kind]
            ranks.update(dict.fromkeys(ranks, 1))
    report, chosen = pick_candidate(base, [best], _speeds(perfect=25.0))
    assert chosen == "perfect" and report[-1] == "THE CANDIDATE: perfect"
    report, chosen = pick_candidate(base, [best], _speeds(perfect=24.9))  # too slow
    assert chosen is None and report[-1] == "NO CANDIDATE"
    assert any("slower than 25 texts/s" in line for line in report)


def test_the_candidate_rule_names_what_a_run_lacks() -> None:
    base = _run("matching-dev-baseline16.json")
    short = copy.deepcopy(base)
    del short["sets"]["v6-dev"]
    with pytest.raises(ValueError, match=r"v6-dev missing: run bench/matching_eval.py"):
        judge_run(base, short)
    with pytest.raises(ValueError, match=r"no speed for encoder 'wordllama-l2-supercat'"):
        pick_candidate(base, [_run("matching-dev-wordllama.json")], _speeds(other=99.0))


def test_no_packaged_encoder_was_the_candidate_on_7_december(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The decision documented in docs/matching-quality.md, on the stored runs."""
    runs = [
        RESULTS / f"matching-dev-{name}.json"
        for name in (
            "wordllama",
            "ensemble-wordllama",
            "use-wordllama",
            "minilm",
            "ensemble-minilm",
        )
    ]
    main(
        [
            "--rule",
            "candidate",
            str(RESULTS / "matching-dev-baseline16.json"),
            *map(str, runs),
            "--speeds",
            str(RESULTS / "encoders-packaged.json"),
        ]
    )
    out = capsys.readouterr().out
    assert out.rstrip().endswith("NO CANDIDATE")
