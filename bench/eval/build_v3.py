"""Assemble bench/eval/complementary_v3.json from bench/eval/sources_v3/batch*.py.

The split is assigned ONCE (``--assign-split``), by the rule below, and stored in
``split_v3.json``; every later build reads it back and never changes it.

Split rule (stratified by language kind and roles kind, and within them by length kind):
one ``rng = random.Random(2026)``; group the pairs by (language kind, roles kind) and visit
the groups in sorted order of that key; in each group, sort the pair ids, ``rng.shuffle``
them, then stable-sort them by length kind (long, mixed, short); draw the group's first side
with ``rng.choice(["dev", "test"])`` and deal the sorted ids alternately to that side and
the other.  An even group is split exactly in half; an odd one gives its extra pair to the
side drawn first.

Usage::

    python bench/eval/build_v3.py --draft         # split computed by the rule, not stored;
                                                  # tolerates missing batch files (partial set)
    python bench/eval/build_v3.py --assign-split  # once, with all 128 pairs: store the split
    python bench/eval/build_v3.py                 # rebuild with the stored split
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources_v3"
OUT = HERE / "complementary_v3.json"
SPLIT_FILE = HERE / "split_v3.json"
SEED = 2026
LENGTH_ORDER = ("long", "mixed", "short")
N_BATCHES = 8  # batch1-4: pairs 1-64 (helper v3a); batch5-8: pairs 65-128 (helper v3b)

sys.path.insert(0, str(HERE))
from check_v3 import N_PAIRS, length_kind, roles_kind  # noqa: E402


def load_batches(draft: bool) -> list[dict[str, Any]]:
    """Load every batch; only a draft may lack some (they are written in parallel)."""
    paths = sorted(SOURCES.glob("batch*.py"), key=lambda p: int(p.stem[5:]))
    missing = sorted(set(range(1, N_BATCHES + 1)) - {int(p.stem[5:]) for p in paths})
    if missing and not draft:
        sys.exit(f"missing batch files {missing} in {SOURCES}; only --draft builds a partial set")
    if missing:
        print(f"draft: batches {missing} are missing, building a partial set")
    items: list[dict[str, Any]] = []
    for path in paths:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.path.insert(0, str(SOURCES))
        spec.loader.exec_module(module)
        items.extend(module.PAIRS)
    return items


def assign_split(pairs: list[dict[str, Any]]) -> dict[str, str]:
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    length = {p["id"]: p["length"] for p in pairs}
    for p in pairs:
        groups[(p["language"], p["roles"])].append(p["id"])
    rng = random.Random(SEED)
    split: dict[str, str] = {}
    for key in sorted(groups):
        ids = sorted(groups[key])
        rng.shuffle(ids)
        ids.sort(key=lambda pid: LENGTH_ORDER.index(length[pid]))
        first = rng.choice(["dev", "test"])
        other = "test" if first == "dev" else "dev"
        for i, pid in enumerate(ids):
            split[pid] = first if i % 2 == 0 else other
    return split


def build(mode: str) -> dict[str, Any]:
    items = load_batches(draft=mode == "draft")
    profiles: list[dict[str, Any]] = []
    pairs: list[dict[str, Any]] = []
    for item in items:
        people = {p["id"]: p for p in item["profiles"]}
        pair = dict(item["pair"])
        a, b = people[pair["a"]], people[pair["b"]]
        pair["roles"] = roles_kind(a, b)
        pair["length"] = length_kind(a, b)
        pairs.append(pair)
        profiles.extend(item["profiles"])
    pairs.sort(key=lambda p: p["id"])
    if mode == "draft":
        split = assign_split(pairs)
    elif mode == "assign":
        ids = {p["id"] for p in pairs}
        want = {f"v3p{n:03d}" for n in range(1, N_PAIRS + 1)}
        if ids != want:
            sys.exit(
                f"refusing to assign the split: {len(ids)} pairs, want all {N_PAIRS}"
                f" (missing {sorted(want - ids)[:10]}..., extra {sorted(ids - want)[:10]})"
            )
        if SPLIT_FILE.exists():
            sys.exit(f"{SPLIT_FILE.name} exists: the split is frozen; delete nothing, rebuild")
        split = assign_split(pairs)
        SPLIT_FILE.write_text(json.dumps(split, indent=1, sort_keys=True) + "\n")
    else:
        split = json.loads(SPLIT_FILE.read_text())
        unknown = [p["id"] for p in pairs if p["id"] not in split]
        if unknown:
            sys.exit(f"pairs without a frozen split: {unknown}; add them to {SPLIT_FILE.name}")
    ordered = []
    keys = ("id", "a", "b", "split", "language", "roles", "length", "domain", "why")
    for p in pairs:
        p["split"] = split[p["id"]]
        ordered.append({k: p[k] for k in keys} | {"distractors": p["distractors"]})
    return {"version": 3, "profiles": profiles, "pairs": ordered}


def main(argv: list[str]) -> int:
    mode = {"--draft": "draft", "--assign-split": "assign"}.get(argv[1] if len(argv) > 1 else "")
    data = build(mode or "frozen")
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(data['pairs'])} pairs, {len(data['profiles'])} people)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
