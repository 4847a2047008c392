"""The red-team runner (``bench/redteam.py``): its checks on hand-made cases, and a quick run
against a real server (the sections matrix, numbers, csv and erasure; the load section is
``tests/api/test_redteam_concurrency.py``)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PATH = ROOT / "bench" / "redteam.py"


@pytest.fixture(scope="module")
def redteam() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_redteam", PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_formula_cells_are_found_and_numbers_are_not(redteam: ModuleType) -> None:
    text = 'name,score\n=1+1,-0.5\n"\'=1+1",2/3\n@SUM(A1),1e5\n"\tx",-3\n'
    assert redteam.dangerous_cells(text) == ["=1+1", "@SUM(A1)", "\tx"]


def test_a_canary_leaks_unless_the_role_may_see_it(redteam: ModuleType) -> None:
    canaries = {"email": "cnry-email-1", "ledger": "cnry-ledger-2"}
    assert redteam.leaked("x cnry-email-1 cnry-ledger-2", canaries, {"ledger"}) == ["email"]
    assert redteam.leaked("nothing here", canaries, set()) == []


DOC = {
    "paths": {},
    "components": {
        "schemas": {
            "Terms": {
                "type": "object",
                "properties": {"rate": {"type": "number", "minimum": 0, "maximum": 1}},
            },
            "Body": {
                "type": "object",
                "required": ["id", "on", "count", "flag"],
                "properties": {
                    "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$"},
                    "on": {"type": "string", "format": "date"},
                    "count": {"type": "integer", "minimum": 2, "maximum": 50},
                    "flag": {"type": "boolean"},
                    "amount": {"anyOf": [{"type": "number"}, {"type": "string"}]},
                    "terms": {"anyOf": [{"$ref": "#/components/schemas/Terms"}, {"type": "null"}]},
                },
            },
        }
    },
}


def test_example_bodies_and_number_fields_come_from_the_schema(redteam: ModuleType) -> None:
    schema = redteam.Schema(DOC)
    body = {"$ref": "#/components/schemas/Body"}
    assert schema.example(body) == {"id": "redteam", "on": "2024-03-01", "count": 2, "flag": False}
    assert schema.example(body, values={"amount": 5})["amount"] == 5
    assert list(schema.number_fields(body)) == ["count", "amount", "terms.rate"]


def test_the_table_says_fail_on_a_5xx_or_a_leak(redteam: ModuleType) -> None:
    clean, broken = redteam.Section("clean"), redteam.Section("broken")
    clean.count(200, "GET /x")
    broken.count(500, "GET /y")
    broken.count(503, "GET /ready", designed=True)  # a documented 503 is an answer
    broken.leaks.append("GET /z: email canary")
    text = redteam.table([clean, broken])
    assert "clean" in text and text.count("FAIL") == 2  # broken, and the total
    assert broken.problems() == ["500 on GET /y", "GET /z: email canary"]


def test_a_quick_run_against_a_real_server_finds_nothing() -> None:
    """``python bench/redteam.py --quick``: every operation as six roles, non-finite numbers
    in every number field, every CSV export, the erasure canary; exit status 0."""
    done = subprocess.run(
        [sys.executable, str(PATH), "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    lines = done.stdout.splitlines()
    rows = {line.split()[0]: line.split() for line in lines if line[:1].isalpha()}
    assert set(rows) >= {"matrix", "numbers", "csv", "erasure", "logs", "total"}
    assert int(rows["matrix"][1]) >= 6 * 60  # every operation as every role
    assert int(rows["numbers"][1]) >= 200
    assert rows["total"][-1] == "ok" and rows["total"][4] == "0"  # no 5xx
