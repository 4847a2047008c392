"""The events benchmark runs end to end on a small instance and writes consistent figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PATH = Path(__file__).resolve().parents[2] / "bench" / "events.py"


def test_small_run_writes_consistent_results(tmp_path: Path) -> None:
    out = tmp_path / "events.json"
    args = ["--attendees", "24", "--rounds", "3", "--participants", "12", "--size", "3"]
    args += ["--time-limit", "2", "--encoder", "fake", "--out", str(out)]
    done = subprocess.run(
        [sys.executable, str(PATH), *args], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "% of the LP bound" in done.stdout and "gap" in done.stdout
    result = json.loads(out.read_text())
    rounds, teams = result["rounds"], result["teams"]
    assert rounds["greedy_score"] <= rounds["bound"] and rounds["score"] <= rounds["bound"]
    assert rounds["ratio_to_bound"] == round(rounds["score"] / rounds["bound"], 6)
    assert teams["teams"] == 4 and teams["objective"] <= teams["bound"]
    assert 0 <= teams["gap"] <= 1 and teams["missing_roles"] == 0
    repair = result["team_repair"]
    assert len(repair["no_shows"]) == 4 and repair["repair_seconds_max"] < 5
    for case in repair["no_shows"]:  # a no-show moves at most one other person here
        assert case["repair"]["moved"] <= 1
    cascade = repair["cascade"]  # the same no-shows repaired one step at a time, then two
    for label in ("one_step", "two_step"):
        assert len(cascade[label]["moved"]) == len(cascade["people"])
    assert cascade["two_step"]["missing_roles_end"] <= cascade["one_step"]["missing_roles_end"]
