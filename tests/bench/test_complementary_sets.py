"""The held-out sets bench/eval/complementary_v2.json to _v9.json pass their checker."""

import copy
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

EVAL = Path(__file__).resolve().parents[2] / "bench" / "eval"
SETS = {
    2: "136 pairs, 690 people",
    3: "128 pairs, 663 people",
    4: "128 pairs, 655 people",
    5: "119 pairs, 604 people",
    6: "120 pairs, 600 people",
    7: "120 pairs, 600 people",
    8: "120 pairs, 600 people",
    9: "120 pairs, 600 people",
}


def load_checker(version: int = 3) -> ModuleType:
    """bench/eval/check.py (one checker for every set: ``version`` only names the test)."""
    spec = importlib.util.spec_from_file_location(f"check_for_v{version}", EVAL / "check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load(version: int) -> dict:
    return json.loads((EVAL / f"complementary_v{version}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("version", sorted(SETS))
def test_the_set_is_clean_and_balanced(version: int) -> None:
    problems, report = load_checker(version).check(load(version))
    assert problems == []
    assert report[0].startswith(SETS[version])


@pytest.mark.parametrize("version", sorted(SETS))
def test_the_split_in_the_set_is_the_frozen_split(version: int) -> None:
    data = load(version)
    frozen = json.loads((EVAL / f"split_v{version}.json").read_text(encoding="utf-8"))
    assert {p["id"]: p["split"] for p in data["pairs"]} == {
        pid: frozen[pid] for pid in (p["id"] for p in data["pairs"])
    }
    assert set(frozen) == {p["id"] for p in data["pairs"]}


@pytest.mark.parametrize("version", sorted(SETS))
def test_a_trap_that_passes_its_filter_is_reported(version: int) -> None:
    checker = load_checker(version)
    broken = copy.deepcopy(load(version))
    pair = next(p for p in broken["pairs"] if p["distractors"][-1]["filter"] == "consent")
    trap = next(p for p in broken["profiles"] if p["id"] == pair["distractors"][-1]["id"])
    trap["consent"] = True
    problems, _ = checker.check(broken)
    assert problems == [f"pair {pair['id']}: trap {trap['id']} claims 'consent' but fails []"]


def test_a_partial_v3_is_refused_unless_asked_for() -> None:
    checker = load_checker()
    data = load(3)
    half = {p["id"] for p in data["pairs"][:64]}
    data["pairs"] = [p for p in data["pairs"] if p["id"] in half]
    problems, _ = checker.check(data)
    assert any("128" in p for p in problems)


def test_every_set_rebuilds_to_the_committed_files() -> None:
    """The sources, people.py and build.py give back exactly the committed sets."""
    spec = importlib.util.spec_from_file_location("build_sets", EVAL / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for version in SETS:
        assert module.build(version, "frozen") == load(version), version
