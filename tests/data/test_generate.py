"""Tests for the shipped sample data (data/generate.py and its committed output)."""

import csv
import importlib.util
import json
import re
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from matcher.profiles import Role

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
ROLES = {r.value for r in Role}  # the domain's own list
LANGS = {"fr", "en", "es", "de", "pt", "ar", "wo", "it"}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9.-]*@example\.(org|com|net)$")
KNOWN_OFFSETS = {"Paris": 1.0, "Montréal": -5.0, "Dakar": 0.0, "Singapore": 8.0, "London": 0.0}

# Function words, enough to tell French from English in these texts.
FR_WORDS = frozenset(
    {"je", "j", "de", "des", "et", "le", "la", "les", "un", "une", "pour", "avec", "dans", "qui"}
    | {"est", "sur", "du", "nous", "mon", "ma", "mes", "ans", "à", "au", "aux", "ce", "que"}
    | {"pas", "d", "l", "qu", "il", "me", "en", "ça", "on"}
)
EN_WORDS = frozenset(
    {"i", "the", "and", "a", "of", "to", "with", "for", "in", "my", "who", "is", "we", "our"}
    | {"years", "an", "that", "can", "it", "be", "as", "at", "i'm", "i've", "i'd", "what"}
    | {"someone"}
)


def text_lang(text: str) -> str:
    tokens = re.findall(r"[a-zà-ÿ']+", text.lower())
    fr = sum(t in FR_WORDS or t.split("'")[0] in FR_WORDS for t in tokens)
    en = sum(t in EN_WORDS for t in tokens)
    return "fr" if fr > en else "en" if en > fr else "?"


def langs_of(profile: dict[str, Any]) -> set[str]:
    return {text_lang(profile[f]) for f in ("offers", "needs", "values")}


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "cofoundry_data_generate", DATA_DIR / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(gen: ModuleType) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    profiles, pairs = gen.generate()
    return profiles, pairs


@pytest.fixture(scope="module")
def profiles(generated: tuple[list[dict[str, Any]], list[tuple[str, str]]]) -> list[dict[str, Any]]:
    return generated[0]


@pytest.fixture(scope="module")
def pairs(generated: tuple[list[dict[str, Any]], list[tuple[str, str]]]) -> list[tuple[str, str]]:
    return generated[1]


@pytest.fixture(scope="module")
def by_id(profiles: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {p["id"]: p for p in profiles}


def test_same_seed_same_output_and_another_seed_differs(gen: ModuleType) -> None:
    assert gen.generate(200, seed=3) == gen.generate(200, seed=3)
    assert gen.generate(200, seed=3)[0] != gen.generate(200, seed=4)[0]


def test_committed_files_equal_a_fresh_run(gen: ModuleType, tmp_path: Path) -> None:
    gen.write(tmp_path)
    for name in ("profiles.json", "pairs.json"):
        committed = json.loads((DATA_DIR / name).read_text("utf-8"))
        fresh = json.loads((tmp_path / name).read_text("utf-8"))
        assert committed == fresh, f"data/{name} is stale: run python data/generate.py"
    committed_csv = (DATA_DIR / "profiles.csv").read_text("utf-8")
    assert committed_csv == (tmp_path / "profiles.csv").read_text("utf-8")


def test_committed_json_is_the_default_generate(
    profiles: list[dict[str, Any]], pairs: list[tuple[str, str]]
) -> None:
    assert json.loads((DATA_DIR / "profiles.json").read_text("utf-8")) == profiles
    committed_pairs = json.loads((DATA_DIR / "pairs.json").read_text("utf-8"))
    assert [(row["a"], row["b"]) for row in committed_pairs] == pairs
    assert all(len(row["why"]) > 20 for row in committed_pairs)


def test_csv_has_the_same_rows_as_json(gen: ModuleType, profiles: list[dict[str, Any]]) -> None:
    with (DATA_DIR / "profiles.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(gen.COLUMNS)
    assert len(rows) == len(profiles)
    for row, prof in zip(rows, profiles, strict=True):
        for key in gen.COLUMNS:
            value = prof[key]
            if isinstance(value, bool):
                expected = "true" if value else "false"
            elif isinstance(value, list):
                expected = ";".join(value)
            else:
                expected = str(value)
            assert row[key] == expected, (prof["id"], key)


def test_counts_and_ids(profiles: list[dict[str, Any]], pairs: list[tuple[str, str]]) -> None:
    assert len(profiles) == 360
    assert len(pairs) >= 40
    ids = [p["id"] for p in profiles]
    assert len(set(ids)) == len(ids)
    assert all(ID_RE.match(i) for i in ids)
    members = [i for pair in pairs for i in pair]
    assert len(set(members)) == len(members), "a profile belongs to two designed pairs"


def test_every_profile_follows_the_schema(gen: ModuleType, profiles: list[dict[str, Any]]) -> None:
    first, last = date(2026, 11, 1), date(2027, 6, 30)
    offsets: dict[str, float] = {}
    for p in profiles:
        assert list(p) == list(gen.COLUMNS), p["id"]
        assert 1 <= len(p["name"]) <= 80
        assert 1 <= len(p["headline"]) <= 120 and "\n" not in p["headline"]
        assert 40 <= len(p["offers"]) <= 600, p["id"]
        assert 30 <= len(p["needs"]) <= 500, p["id"]
        assert 30 <= len(p["values"]) <= 400, p["id"]
        assert 1 <= len(p["roles_offered"]) <= 2 and set(p["roles_offered"]) <= ROLES
        assert 1 <= len(p["roles_sought"]) <= 2 and set(p["roles_sought"]) <= ROLES
        assert not set(p["roles_offered"]) & set(p["roles_sought"]), p["id"]
        assert p["commitment"] in {"full-time", "part-time", "side-project"}
        if p["available_from"]:
            assert first <= date.fromisoformat(p["available_from"]) <= last
        city, country = p["location"].split(", ")
        assert city and country
        assert isinstance(p["utc_offset"], float)
        assert offsets.setdefault(p["location"], p["utc_offset"]) == p["utc_offset"]
        if city in KNOWN_OFFSETS:
            assert p["utc_offset"] == KNOWN_OFFSETS[city]
        assert 1 <= len(p["languages"]) <= 3 and set(p["languages"]) <= LANGS
        assert len(set(p["languages"])) == len(p["languages"])
        assert p["stage"] in {"idea", "prototype", "revenue"}
        assert p["visibility"] in {"public", "members", "event-only", "private"}
        assert isinstance(p["consent"], bool)
        assert EMAIL_RE.match(p["email"]), p["email"]
    emails = [p["email"].split("@")[0] for p in profiles]
    assert len(set(emails)) == len(emails)


def test_visibility_and_consent_shares(profiles: list[dict[str, Any]]) -> None:
    n = len(profiles)
    public = sum(p["visibility"] == "public" for p in profiles) / n
    consent = sum(p["consent"] for p in profiles) / n
    assert 0.72 <= public <= 0.9
    assert 0.9 <= consent <= 0.99
    assert {p["visibility"] for p in profiles} == {"public", "members", "event-only", "private"}


def test_language_mix_and_consistency(profiles: list[dict[str, Any]]) -> None:
    n = len(profiles)
    seen = [langs_of(p) for p in profiles]
    assert sum("fr" in s for s in seen) / n >= 0.3
    assert sum("en" in s for s in seen) / n >= 0.3
    assert sum(s == {"fr"} for s in seen) / n >= 0.3
    assert sum(s == {"en"} for s in seen) / n >= 0.3
    assert sum(s == {"fr", "en"} for s in seen) / n >= 0.1
    for p, s in zip(profiles, seen, strict=True):
        assert "?" not in s, p["id"]
        assert s <= set(p["languages"]), (p["id"], s, p["languages"])


def test_french_texts_keep_their_accents(profiles: list[dict[str, Any]]) -> None:
    french = [p["offers"] for p in profiles if text_lang(p["offers"]) == "fr"]
    assert sum(bool(re.search("[éèêàçù]", t)) for t in french) / len(french) > 0.8


def test_designed_pairs_pass_the_hard_filters(
    profiles: list[dict[str, Any]],
    pairs: list[tuple[str, str]],
    by_id: dict[str, dict[str, Any]],
) -> None:
    position = {p["id"]: i for i, p in enumerate(profiles)}
    compatible = {
        frozenset({"full-time"}),
        frozenset({"part-time"}),
        frozenset({"side-project"}),
        frozenset({"full-time", "part-time"}),
        frozenset({"part-time", "side-project"}),
    }
    for a_id, b_id in pairs:
        a, b = by_id[a_id], by_id[b_id]
        assert abs(position[a_id] - position[b_id]) > 1, (a_id, b_id)
        assert a["consent"] and b["consent"]
        assert a["visibility"] == b["visibility"] == "public"
        assert set(a["languages"]) & set(b["languages"]), (a_id, b_id)
        assert frozenset({a["commitment"], b["commitment"]}) in compatible, (a_id, b_id)
        assert abs(a["utc_offset"] - b["utc_offset"]) <= 6, (a_id, b_id)
        assert set(a["roles_sought"]) <= set(b["roles_offered"]), (a_id, b_id)
        assert set(b["roles_sought"]) <= set(a["roles_offered"]), (a_id, b_id)


def test_at_least_12_cross_lingual_pairs(
    pairs: list[tuple[str, str]], by_id: dict[str, dict[str, Any]]
) -> None:
    cross = [
        (a, b)
        for a, b in pairs
        if langs_of(by_id[a]) == {"fr"}
        and langs_of(by_id[b]) == {"en"}
        and set(by_id[a]["languages"]) & set(by_id[b]["languages"])
    ]
    assert len(cross) >= 12


def test_first_pair_reads_as_an_obvious_match(
    pairs: list[tuple[str, str]], by_id: dict[str, dict[str, Any]]
) -> None:
    a, b = by_id[pairs[0][0]], by_id[pairs[0][1]]
    assert a["roles_offered"] == b["roles_sought"] == ["sales"]
    assert b["roles_offered"] == a["roles_sought"] == ["tech"]
    assert "revendeurs" in a["offers"] and "revendeurs" in b["needs"]
    assert "full-stack" in a["needs"]


def test_phrase_pools_are_large_enough(gen: ModuleType) -> None:
    for role in ROLES:
        for lang in ("fr", "en"):
            assert len(gen._OFFERS[role][lang]) >= 8, (role, lang)
            assert len(gen._NEEDS[role][lang]) >= 6, (role, lang)
    for key, by_lang in gen._VALUES.items():
        assert len(by_lang["fr"]) == len(by_lang["en"]) >= 2, key


def test_texts_stay_varied_at_scale(gen: ModuleType) -> None:
    profiles, pairs = gen.generate(3000, seed=11)
    assert len(pairs) == 60
    for field, share in (("offers", 0.95), ("needs", 0.9), ("values", 0.7)):
        distinct = len({p[field] for p in profiles})
        assert distinct / len(profiles) >= share, field


def test_small_and_empty_runs(gen: ModuleType) -> None:
    assert gen.generate(0) == ([], [])
    profiles, pairs = gen.generate(12, seed=5)
    assert len(profiles) == 12 and len(pairs) == 2
    with pytest.raises(ValueError, match="n must be >= 0, got -1"):
        gen.generate(-1)
