"""Fixtures shared by the API and CLI tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A command line's surroundings: a fresh database file and the fake encoder, through the
    settings' environment variables, run from ``tmp_path`` (returned). A test module that
    needs more (people imported, an event) overrides it and asks for this one."""
    monkeypatch.setenv("COFOUNDRY_DB", str(tmp_path / "c.db"))
    monkeypatch.setenv("COFOUNDRY_ENCODER", "fake")
    monkeypatch.chdir(tmp_path)
    return tmp_path
