"""A command told to write where it cannot says so, without a traceback nor a stray file.

``--out`` naming a folder, or a file in a folder that does not exist, ended the command
with a Python traceback (IsADirectoryError, FileNotFoundError) instead of an ``error:``
line and exit status 2, and the atomic writer left its ``*.tmp`` file next to the folder
given. ``event export --out`` wrote in place, not atomically, with the same tracebacks.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app

runner = CliRunner()


@pytest.fixture
def env(env: Path) -> Path:  # the shared one (tests/api/conftest.py), and more
    (env / "people.csv").write_text("id,name,offers,needs\nana,Ana,python,sales\n")
    assert runner.invoke(app, ["import", "people.csv"]).exit_code == 0
    assert runner.invoke(app, ["event", "create", "night", "--name", "Night"]).exit_code == 0
    (env / "out").mkdir()
    return env


COMMANDS = [
    ["privacy", "export", "ana"],
    ["event", "export", "night", "--format", "teams"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=["privacy export", "event export"])
@pytest.mark.parametrize(
    ("target", "says"),
    [("out", "it is a folder"), ("missing/x.json", "No such file or directory")],
    ids=["a folder", "no such folder"],
)
def test_an_unwritable_out_is_an_error_line(
    env: Path, command: list[str], target: str, says: str
) -> None:
    r = runner.invoke(app, [*command, "--out", str(env / target)])
    assert r.exit_code == 2, r.output
    assert f"cannot write {env / target}: {says}" in r.output
    assert "Traceback" not in r.output
    assert sorted(p.name for p in env.rglob("*.tmp")) == []


def test_a_writable_out_is_written(env: Path) -> None:
    r = runner.invoke(app, ["privacy", "export", "ana", "--out", str(env / "out" / "ana.json")])
    assert r.exit_code == 0, r.output
    assert '"person": "ana"' in (env / "out" / "ana.json").read_text()
