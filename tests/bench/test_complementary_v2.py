"""The held-out evaluation set bench/eval/complementary_v2.json passes its own checker."""

import copy
import importlib.util
import json
from pathlib import Path
from types import ModuleType

EVAL = Path(__file__).resolve().parents[2] / "bench" / "eval"


def load_checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_v2", EVAL / "check_v2.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_set_is_clean_and_balanced() -> None:
    checker = load_checker()
    data = json.loads((EVAL / "complementary_v2.json").read_text(encoding="utf-8"))
    problems, report = checker.check(data)
    assert problems == []
    assert report[0].startswith("136 pairs, 690 people")


def test_the_split_in_the_set_is_the_frozen_split() -> None:
    data = json.loads((EVAL / "complementary_v2.json").read_text(encoding="utf-8"))
    frozen = json.loads((EVAL / "split_v2.json").read_text(encoding="utf-8"))
    assert {p["id"]: p["split"] for p in data["pairs"]} == {
        pid: frozen[pid] for pid in (p["id"] for p in data["pairs"])
    }


def test_a_trap_that_passes_its_filter_is_reported() -> None:
    checker = load_checker()
    data = json.loads((EVAL / "complementary_v2.json").read_text(encoding="utf-8"))
    broken = copy.deepcopy(data)
    pair = next(p for p in broken["pairs"] if p["distractors"][-1]["filter"] == "consent")
    trap = next(p for p in broken["profiles"] if p["id"] == pair["distractors"][-1]["id"])
    trap["consent"] = True
    problems, _ = checker.check(broken)
    assert problems == [f"pair {pair['id']}: trap {trap['id']} claims 'consent' but fails []"]
