"""Tests for the phrase files of data/generate.py (data/phrases/)."""

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest

DATA_DIR = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """The generator and its phrase files, copied to a folder of their own."""
    shutil.copy(DATA_DIR / "generate.py", tmp_path / "generate.py")
    shutil.copytree(DATA_DIR / "phrases", tmp_path / "phrases")
    return tmp_path


def load(folder: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_copy", folder / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_copy_of_the_folder_reads_its_own_phrase_files(data_copy: Path) -> None:
    copy = load(data_copy)
    read_from: Path = copy.PHRASES
    assert read_from == data_copy / "phrases"
    committed = json.loads((DATA_DIR / "profiles.json").read_text("utf-8"))
    assert copy.generate()[0] == committed


def test_parallel_lists_of_different_lengths_are_refused(data_copy: Path) -> None:
    path = data_copy / "phrases" / "en" / "industries.json"
    industries = json.loads(path.read_text("utf-8"))
    industries["energy"]["projects"].pop()
    path.write_text(json.dumps(industries, ensure_ascii=False), "utf-8")
    with pytest.raises(ValueError, match=r"industries\.json: energy\.projects: lengths"):
        load(data_copy)


def test_phrase_files_are_utf8_json_with_sorted_keys() -> None:
    def keys_sorted(node: object) -> bool:
        if isinstance(node, dict):
            return list(node) == sorted(node) and all(keys_sorted(v) for v in node.values())
        if isinstance(node, list):
            return all(keys_sorted(v) for v in node)
        return True

    files = sorted((DATA_DIR / "phrases").rglob("*.json"))
    assert {f.parent.name for f in files} == {"phrases", "fr", "en"}
    for path in files:
        assert keys_sorted(json.loads(path.read_text("utf-8"))), path
