"""The adoption rules of docs/matching-quality.md, applied to the runs they were decided on
(bench/results): e5's query prompt was not adopted on 6 December (the sample data lost two
designed partners, rule 4) and was adopted on 7 December by the rule written before the
fifth blind set (v6) existed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench.matching_compare import compare, compare_v6, main

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
