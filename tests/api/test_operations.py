"""Operations: liveness and readiness, structured logs with request ids, start-up errors."""

from __future__ import annotations

import io
import json
import logging
import os
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api import startup
from api.app import create_app
from api.cli import app as cli
from api.observability import JsonFormatter
from api.settings import Settings
from api.wiring import build_community
from matcher.community import Community
from matcher.schema import MIGRATIONS
from tests.api.test_cli import runner
from tests.api.test_http import assert_error
from tests.conftest import COMMUNITY, person


def _wait_ready(client: TestClient, timeout: float = 30) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        r = client.get("/ready")
        if r.status_code == 200 or time.monotonic() > deadline:
            return r
        time.sleep(0.05)


# ------------------------------------------------------------ health, ready
def test_health_answers_at_once_and_ready_once_warm(community: Community) -> None:
    client = TestClient(create_app(Settings(db=":memory:", encoder="fake"), community=community))
    assert client.get("/health").json()["status"] == "ok"
    r = client.get("/ready")  # no lifespan here: the first probe starts the warm-up
    assert_error(r, 503, None, "starting")
    r = _wait_ready(client)
    assert r.status_code == 200, r.text
    assert r.json() == {
        "status": "ready",
        "checks": {
            "database": "writable",
            "migrations": f"{len(MIGRATIONS)}/{len(MIGRATIONS)}",
            "encoder": community.encoder.name,
            "index": "exact scan, up to date",
        },
    }


def test_the_server_warms_up_when_it_starts(community: Community) -> None:
    with TestClient(create_app(Settings(db=":memory:", encoder="fake"), community=community)) as c:
        assert _wait_ready(c).status_code == 200


def test_the_warm_up_builds_every_route_before_ready(community: Community) -> None:
    # FastAPI builds a route's request handling on the first request routed past it (190 ms
    # on a worker's first write at 10k profiles, under load); the OpenAPI schema builds them
    # all, in the warm-up, before the worker says it is ready
    app = create_app(Settings(db=":memory:", encoder="fake"), community=community)
    assert app.openapi_schema is None
    with TestClient(app) as c:
        assert _wait_ready(c).status_code == 200
        assert app.openapi_schema is not None


def test_not_ready_when_the_database_is_not_writable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(db=str(tmp_path / "ro.db"), encoder="fake")
    client = TestClient(create_app(settings))
    assert _wait_ready(client).status_code == 200
    monkeypatch.setattr(os, "access", lambda *_a, **_k: False)  # tests run as root
    r = client.get("/ready")
    assert_error(r, 503, "COFOUNDRY_DB", "is not writable")
    assert "write access" in r.json()["hint"]


def test_not_ready_when_the_schema_is_not_this_codes(community: Community) -> None:
    client = TestClient(create_app(Settings(db=":memory:", encoder="fake"), community=community))
    assert _wait_ready(client).status_code == 200
    with community.db.transaction():
        community.db.execute("INSERT INTO schema_migrations VALUES (99, 'later')")
    assert_error(client.get("/ready"), 503, "COFOUNDRY_DB", "schema is at version 99")


def test_not_ready_while_far_behind_then_caught_up(community: Community) -> None:
    client = TestClient(create_app(Settings(db=":memory:", encoder="fake"), community=community))
    assert _wait_ready(client).status_code == 200
    # 1,100 profiles changed: over the 1,000 caught up one by one (lag counts profiles)
    community.profiles.import_profiles([person(f"x{i:04d}") for i in range(1100)])
    r = client.get("/ready")
    assert_error(r, 503, None, "changes behind the database; rebuilding")
    r = _wait_ready(client)
    assert r.status_code == 200 and r.json()["checks"]["index"] == "exact scan, up to date"


# -------------------------------------------------------------------- logs
def test_every_request_gets_an_id_and_one_json_log_line(
    community: Community, caplog: pytest.LogCaptureFixture
) -> None:
    client = TestClient(create_app(Settings(db=":memory:", encoder="fake"), community=community))
    caplog.set_level(logging.INFO, logger="cofoundry.requests")
    r = client.get("/profiles/ana", headers={"X-Request-ID": "req-42.a"})
    assert r.headers["x-request-id"] == "req-42.a"
    fresh = client.get("/profiles/nobody")
    assert fresh.status_code == 404 and len(fresh.headers["x-request-id"]) == 32
    bad = client.get("/health", headers={"X-Request-ID": "no spaces <or> tags"})
    assert bad.headers["x-request-id"] != "no spaces <or> tags"
    records = [rec for rec in caplog.records if rec.name == "cofoundry.requests"]
    assert [rec.route for rec in records] == [  # type: ignore[attr-defined]
        "/profiles/{profile_id}",
        "/profiles/{profile_id}",
        "/health",
    ]
    lines = [json.loads(JsonFormatter().format(rec)) for rec in records]
    assert lines[0]["request_id"] == "req-42.a" and lines[0]["status"] == 200
    assert lines[1]["status"] == 404 and lines[1]["method"] == "GET"
    assert {"ts", "level", "message", "duration_ms", "pid"} <= set(lines[0])
    text = "\n".join(JsonFormatter().format(rec) for rec in records)
    assert "ana" not in text and "nobody" not in text  # no ids, no personal data


def test_413_and_unmatched_routes_are_logged_too(
    community: Community, caplog: pytest.LogCaptureFixture
) -> None:
    client = TestClient(create_app(Settings(db=":memory:", encoder="fake"), community=community))
    caplog.set_level(logging.INFO, logger="cofoundry.requests")
    r = client.post("/profiles", content=b"x" * 2_000_000)
    assert r.status_code == 413 and r.headers["x-request-id"]
    client.get("/no/such/route")
    routes = [(rec.route, rec.status) for rec in caplog.records if rec.name == "cofoundry.requests"]  # type: ignore[attr-defined]
    assert routes == [("(unmatched)", 413), ("(unmatched)", 404)]


def test_log_records_inside_a_request_carry_its_id(community: Community) -> None:
    from api.observability import configure_logging

    stream = io.StringIO()
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        configure_logging("DEBUG", stream=stream)
        client = TestClient(
            create_app(Settings(db=":memory:", encoder="fake"), community=community)
        )
        client.post("/profiles", json={"nope": 1}, headers={"X-Request-ID": "abc"})
    finally:
        root.handlers[:], _ = saved
        root.setLevel(saved[1])
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert any(line.get("request_id") == "abc" and line["message"] == "request" for line in lines)


# --------------------------------------------------------------- start-up
@pytest.fixture
def env(env: Path, monkeypatch: pytest.MonkeyPatch) -> Path:  # conftest's, plain logs
    monkeypatch.setenv("COFOUNDRY_LOG_JSON", "false")
    return env


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: calls.append(k))
    return calls


def _fails(args: list[str], setting: str, *words: str) -> str:
    r = runner.invoke(cli, ["serve", *args])
    assert r.exit_code == 2, r.output
    assert "Traceback" not in r.output
    assert r.output.count("error:") == 1
    for w in (setting, *words):
        assert w in r.output, r.output
    return r.output


def test_serve_starts_when_all_is_well(env: Path, served: list[dict[str, Any]]) -> None:
    r = runner.invoke(cli, ["serve", "--port", "8123", "--workers", "2"])
    assert r.exit_code == 0, r.output
    assert served == [
        {
            "factory": True,
            "host": "127.0.0.1",
            "port": 8123,
            "workers": 2,
            "access_log": False,
            "log_config": None,
            "timeout_worker_healthcheck": 60,
        }
    ]


def test_serve_refuses_an_unknown_model(env: Path, served: list[dict[str, Any]]) -> None:
    _fails(["--encoder", "no-such-model"], "COFOUNDRY_ENCODER", "unknown encoder", "fake")
    assert served == []


@pytest.mark.slow  # imports sentence-transformers and torch (20 s)
def test_serve_refuses_a_model_folder_that_is_not_a_model(
    env: Path, served: list[dict[str, Any]]
) -> None:
    (env / "model").mkdir()
    (env / "model" / "config.json").write_text("{}")
    _fails(["--encoder", str(env / "model")], "COFOUNDRY_ENCODER", "does not load")


def test_serve_refuses_an_unwritable_database(
    env: Path, served: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    _fails(["--db", str(env / "missing" / "x.db")], "COFOUNDRY_DB", "does not exist")
    monkeypatch.setattr(startup.os, "access", lambda *_a, **_k: False)
    _fails(["--db", str(env / "x.db")], "COFOUNDRY_DB", "not writable", "write access")
    monkeypatch.undo()
    (env / "junk.db").write_bytes(b"this is not a database" * 100)
    _fails(["--db", str(env / "junk.db")], "COFOUNDRY_DB", "not a database")
    assert served == []


def test_serve_refuses_a_stale_index(
    env: Path, served: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COFOUNDRY_INDEX_KIND", "flat")  # an index file at any size
    settings = Settings()
    service = build_community(settings)
    service.profiles.import_profiles(COMMUNITY)
    service.warm()  # builds and saves the index
    index = settings.resolved_index_path()
    assert index is not None and index.exists()
    assert runner.invoke(cli, ["serve"]).exit_code == 0
    service.profiles.import_profiles([person(f"y{i:04d}") for i in range(1100)])  # > 1000 caught up
    out = _fails([], "COFOUNDRY_INDEX_PATH", "is stale", "profiles changed", "cofoundry reindex")
    assert str(index) in out
    assert runner.invoke(cli, ["reindex"]).exit_code == 0
    assert runner.invoke(cli, ["serve"]).exit_code == 0
    index.write_bytes(b"garbage")
    _fails([], "COFOUNDRY_INDEX_PATH", "cannot be read")


def test_every_setting_defaults_to_the_domains_own_default() -> None:
    """The settings translate, they do not restate: with nothing set, each domain gets
    exactly its own defaults (a default changed in the domain changes the service's)."""
    import dataclasses

    from matcher.matching import MatchSettings
    from matcher.security import SecuritySettings
    from matcher.trust import InviteLimits, TrustSettings

    s = Settings(db=":memory:", encoder="fake")
    domain = MatchSettings()
    served = s.match_settings()
    assert {
        f.name: getattr(served, f.name)
        for f in dataclasses.fields(domain)
        if getattr(served, f.name) != getattr(domain, f.name)
    } == {}
    assert s.invite_limits() == InviteLimits()
    assert s.security_settings() == SecuritySettings()
    assert s.trust_settings() == TrustSettings()
    assert (
        Settings(db=":memory:", encoder="fake", directions="harmonic")
        .match_settings()
        .weights.directions
        == "harmonic"
    )


def test_ready_counts_one_change_to_catch_up_in_the_singular(community: Community) -> None:
    """One profile written since the search state was built made /ready say "exact scan, 1
    changes to catch up"; it says "1 change"."""
    client = TestClient(create_app(Settings(db=":memory:", encoder="fake"), community=community))
    assert _wait_ready(client).status_code == 200
    community.profiles.import_profiles([person("x0001")])
    r = client.get("/ready")
    assert (
        r.status_code == 200 and r.json()["checks"]["index"] == "exact scan, 1 change to catch up"
    )
