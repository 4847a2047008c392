"""Hostile profile files through ``cofoundry import``: an error line naming the file and the
fix, never a traceback, and nothing imported.

* A JSON file with a number of 5,000 digits (over Python's 4,300-digit limit for reading an
  integer) or nested 100,000 deep printed a Python traceback (ValueError, RecursionError).
* A CSV cell over 131,072 characters (the csv module's field limit; an unclosed quote
  swallows the rest of a file into one cell) printed a traceback (``_csv.Error``).
* A workbook (or any zip) given as a profile file said its fix twice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from matcher.community import Community
from matcher.schema import connect

runner = CliRunner()

HEADER = "id,name,offers,needs\n"
PROFILE = '{"id": "zed", "name": "Zed", "offers": "Python", "needs": "sales", "utc_offset": %s}'


def _ids(env: Path) -> set[str]:
    from embeddings.encoder import FakeEncoder

    if not (env / "c.db").exists():
        return set()
    community = Community(connect(str(env / "c.db")), FakeEncoder(dim=64))
    return {p.id for p in community.profiles.store.profiles()}


def _import(env: Path, name: str, content: bytes) -> tuple[int, str]:
    (env / name).write_bytes(content)
    r = runner.invoke(app, ["import", str(env / name)])
    return r.exit_code, r.output


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        (
            "digits.json",
            ("[" + PROFILE % ("9" * 5000) + "]").encode(),
            "a number of 5000 digits",
        ),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (
            "long.csv",
            (HEADER + "zed," + "x" * 200_000 + ",Python,sales\n").encode(),
            "line 2: a cell is longer than",
        ),
        (
            "quote.csv",
            (HEADER + 'zed,"Zed,Python,sales\n' + ("bob,Bob,Go,sales\n" * 10_000)).encode(),
            "line 2: a cell is longer than",
        ),
    ],
    ids=["5000-digits", "deep", "long-cell", "unclosed-quote"],
)
def test_a_hostile_file_is_an_error_line(env: Path, name: str, content: bytes, said: str) -> None:
    code, output = _import(env, name, content)
    assert code == 2, output
    assert "Traceback" not in output and said in output, output
    assert name in output
    assert _ids(env) == set()


def test_a_workbook_says_its_fix_once(env: Path) -> None:
    code, output = _import(env, "people.csv", b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 64)
    assert code == 2, output
    assert output.count("save or download the sheet as CSV") == 1, output
