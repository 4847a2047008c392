"""``cofoundry rerank train | status | off | on`` end to end (typer's CliRunner, fake encoder)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from api.settings import Settings
from api.wiring import build_community
from matcher.access import ADMIN
from tests.matcher.test_rerank import people, seed_feedback

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(env: Path) -> Path:  # the shared one (tests/api/conftest.py), and more
    community = build_community(Settings())
    community.profiles.import_profiles(people())
    community.close()
    return env


def test_train_status_off_on(env: Path) -> None:
    r = runner.invoke(app, ["rerank", "status"])
    assert r.exit_code == 0, r.output
    assert "no re-ranker trained yet" in r.output
    r = runner.invoke(app, ["rerank", "train"])
    assert r.exit_code == 2
    assert "0 labelled pairs, at least 30 needed" in r.output
    community = build_community(Settings())
    seed_feedback(community, "timezone")
    community.close()
    r = runner.invoke(app, ["rerank", "train"])
    assert r.exit_code == 0, r.output
    assert "version 1 orders suggestions" in r.output and "held-out   AUC" in r.output
    assert "trained" in r.output and "160 labelled pairs" in r.output
    status = json.loads(runner.invoke(app, ["rerank", "status", "--json"]).stdout)
    assert status["in_use"] == 1 and status["latest"]["beats_fixed"] is True
    e = status["latest"]["evaluation"]
    assert e["auc_learned"] > e["auc_fixed"] and e["test_examples"] == 48
    assert set(status["latest"]["coefficients"]) >= {"reciprocal", "roles", "timezone"}
    shown = json.loads(runner.invoke(app, ["match", "p00", "--json"]).stdout)
    assert shown[0]["learned"]["version"] == 1
    assert "ordered using what this community's feedback taught" in shown[0]["learned"]["note"]
    assert "ordered using what this community" in runner.invoke(app, ["match", "p00"]).output
    r = runner.invoke(app, ["rerank", "off"])
    assert r.exit_code == 0 and "turned off for this community" in r.output
    shown_off = json.loads(runner.invoke(app, ["match", "p00", "--json"]).stdout)
    assert all(s["learned"] is None for s in shown_off)
    # the same pair shows the same points with and without the learned order
    points = {s["id"]: s["points"] for s in shown_off}
    assert all(points[s["id"]] == s["points"] for s in shown if s["id"] in points)
    r = runner.invoke(app, ["rerank", "on"])
    assert r.exit_code == 0 and "version 1 orders suggestions" in r.output
    community = build_community(Settings())
    assert community.matching.reranker_status(actor=ADMIN).in_use == 1
    community.close()


def test_two_workers_without_smtp_train_one_version_and_stop_on_sigterm(env: Path) -> None:
    """``cofoundry worker`` re-trains when due: two of them on one database, started at once,
    make one version (the lease), then find nothing new to learn; SIGTERM stops them."""
    community = build_community(Settings())
    seed_feedback(community, "timezone")
    command = [sys.executable, "-c", "from api.cli import main; main()", "worker"]
    environ = os.environ | {"PYTHONPATH": str(ROOT), "COFOUNDRY_SMTP_HOST": ""}
    workers = [
        subprocess.Popen(
            [*command, "--retrain-every", "1"],
            env=environ,
            cwd=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        deadline = time.monotonic() + 60
        while community.matching.rerank.latest_version() == 0 and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(2.5)  # two more passes of each worker: nothing new, nothing trained
        assert community.matching.rerank.latest_version() == 1
    finally:
        for w in workers:
            w.send_signal(signal.SIGTERM)
        outputs = [w.communicate(timeout=30)[0] for w in workers]
    assert [w.returncode for w in workers] == [0, 0], outputs
    assert all("re-training only" in o for o in outputs), outputs
    community.close()
    nothing = runner.invoke(app, ["worker", "--retrain-every", "0"])
    assert nothing.exit_code == 1 and "nothing to do" in nothing.output
