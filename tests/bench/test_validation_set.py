"""The hand-written bilingual validation set in bench/ is well-formed."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from matcher.profiles import Role

PATH = Path(__file__).resolve().parents[2] / "bench" / "validation_set.py"
ROLES = {r.value for r in Role}  # the domain's own list
FIELDS = {"id", "lang", "offers", "needs", "values", "roles_offered", "roles_sought", "partner"}


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cofoundry_bench_validation_set_test", PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def profiles() -> list[dict[str, Any]]:
    return list(_load().PROFILES)


def test_at_least_80_profiles(profiles: list[dict[str, Any]]) -> None:
    assert len(profiles) >= 80


def test_fields_present_and_texts_non_empty(profiles: list[dict[str, Any]]) -> None:
    for p in profiles:
        assert set(p) >= FIELDS, p["id"]
        for key in ("offers", "needs", "values"):
            assert isinstance(p[key], str) and p[key].strip(), (p["id"], key)
        assert p["lang"] in {"fr", "en", "mixed"}, p["id"]


def test_ids_unique(profiles: list[dict[str, Any]]) -> None:
    ids = [p["id"] for p in profiles]
    assert len(ids) == len(set(ids))


def test_partners_mutual(profiles: list[dict[str, Any]]) -> None:
    index = {p["id"]: p for p in profiles}
    for p in profiles:
        assert p["partner"] != p["id"], p["id"]
        assert p["partner"] in index, p["id"]
        assert index[p["partner"]]["partner"] == p["id"], p["id"]


def test_roles_valid_and_disjoint(profiles: list[dict[str, Any]]) -> None:
    for p in profiles:
        offered, sought = set(p["roles_offered"]), set(p["roles_sought"])
        assert offered and sought, p["id"]
        assert offered <= ROLES and sought <= ROLES, p["id"]
        assert not offered & sought, p["id"]


def test_at_least_40_pairs_and_40_percent_cross_lingual(profiles: list[dict[str, Any]]) -> None:
    index = {p["id"]: p for p in profiles}
    pairs = [(p, index[p["partner"]]) for p in profiles if p["id"] < p["partner"]]
    assert len(pairs) >= 40
    cross = [a for a, b in pairs if {a["lang"], b["lang"]} == {"fr", "en"}]
    assert len(cross) / len(pairs) >= 0.40
    langs = {frozenset((a["lang"], b["lang"])) for a, b in pairs}
    assert frozenset({"fr"}) in langs and frozenset({"en"}) in langs
    assert any("mixed" in pair for pair in langs)


def test_role_tags_alone_cannot_identify_partners(profiles: list[dict[str, Any]]) -> None:
    """Hard distractors: several profiles share each partner's exact role tags."""
    signature = {}
    for p in profiles:
        key = (frozenset(p["roles_offered"]), frozenset(p["roles_sought"]))
        signature[key] = signature.get(key, 0) + 1
    index = {p["id"]: p for p in profiles}
    ambiguous = 0
    for p in profiles:
        q = index[p["partner"]]
        if signature[(frozenset(q["roles_offered"]), frozenset(q["roles_sought"]))] >= 3:
            ambiguous += 1
    assert ambiguous / len(profiles) >= 0.5


def test_helpers_agree_with_data() -> None:
    module = _load()
    assert len(module.pairs()) * 2 == len(module.PROFILES)
    assert set(module.by_id()) == {p["id"] for p in module.PROFILES}
