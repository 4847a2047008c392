"""``cofoundry rerank train | status | off | on`` end to end (typer's CliRunner, fake encoder)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from api.settings import Settings
from api.wiring import build_community
from matcher.access import ADMIN
from tests.matcher.test_rerank import people, seed_feedback

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COFOUNDRY_DB", str(tmp_path / "c.db"))
    monkeypatch.setenv("COFOUNDRY_ENCODER", "fake")
    monkeypatch.chdir(tmp_path)
    community = build_community(Settings())
    community.profiles.import_profiles(people())
    community.close()
    return tmp_path


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
