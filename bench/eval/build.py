"""Assemble a held-out set, bench/eval/complementary_vN.json (v2-v9), from bench/eval/sources_vN/batch*.py.

The batches describe people with :mod:`people` (``person``, ``pair``; ids carry the set's
version). The split is assigned ONCE per set (``--assign-split``), by the rule below, and
stored in ``split_vN.json``; every later build reads it back and never changes it.

Split rule (stratified by language kind and roles kind, and within them by length kind):
one ``rng = random.Random(2026)``; group the pairs by (language kind, roles kind) and visit
the groups in sorted order of that key; in each group, sort the pair ids, ``rng.shuffle``
them, then stable-sort them by length kind (long, mixed, short); draw the group's first side
with ``rng.choice(["dev", "test"])`` and deal the sorted ids alternately to that side and
the other.  An even group is split exactly in half; an odd one gives its extra pair to the
side drawn first.

Usage::

    python bench/eval/build.py v3 --draft         # split computed by the rule, not stored;
                                                  # tolerates missing batch files (partial set)
    python bench/eval/build.py v3 --assign-split  # once, with every pair: store the split
    python bench/eval/build.py v3                 # rebuild with the stored split (v2 alike)
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
SEED = 2026
LENGTH_ORDER = ("long", "mixed", "short")
#: batch files per set: v2 7 (20 pairs each, 16 in the last); v3 8 (16 each: batch1-4 and
#: batch5-8 written by two helpers in parallel); v4 8 (16 each, one helper); v5 8 (15 each);
#: v6 12 (10 each); v7 12 (10 each); v8 12 (10 each); v9 12 (10 each)
BATCHES = {2: 7, 3: 8, 4: 8, 5: 8, 6: 12, 7: 12, 8: 12, 9: 12}

sys.path.insert(0, str(HERE))
import people  # noqa: E402
from check import SETS, length_kind, roles_kind  # noqa: E402


def load_batches(version: int, draft: bool) -> list[dict[str, Any]]:
    """Load every batch of a set; only a draft may lack some (they are written in parallel)."""
    sources = HERE / f"sources_v{version}"
    people.VERSION = version  # the batches' ids: v{version}pNNN...
    paths = sorted(sources.glob("batch*.py"), key=lambda p: int(p.stem[5:]))
    missing = sorted(set(range(1, BATCHES[version] + 1)) - {int(p.stem[5:]) for p in paths})
    if missing and not draft:
        sys.exit(f"missing batch files {missing} in {sources}; only --draft builds a partial set")
    if missing:
        print(f"draft: batches {missing} are missing, building a partial set")
    items: list[dict[str, Any]] = []
    for path in paths:
        spec = importlib.util.spec_from_file_location(f"v{version}_{path.stem}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
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


def build(version: int, mode: str) -> dict[str, Any]:
    split_file = HERE / f"split_v{version}.json"
    items = load_batches(version, draft=mode == "draft")
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
        n_pairs = SETS[version]["pairs"]
        want = {f"v{version}p{n:03d}" for n in range(1, n_pairs + 1)}
        if ids != want:
            sys.exit(
                f"refusing to assign the split: {len(ids)} pairs, want all {n_pairs}"
                f" (missing {sorted(want - ids)[:10]}..., extra {sorted(ids - want)[:10]})"
            )
        if split_file.exists():
            sys.exit(f"{split_file.name} exists: the split is frozen; delete nothing, rebuild")
        split = assign_split(pairs)
        split_file.write_text(json.dumps(split, indent=1, sort_keys=True) + "\n")
    else:
        split = json.loads(split_file.read_text())
        unknown = [p["id"] for p in pairs if p["id"] not in split]
        if unknown:
            sys.exit(f"pairs without a frozen split: {unknown}; add them to {split_file.name}")
    ordered = []
    keys = ("id", "a", "b", "split", "language", "roles", "length", "domain", "why")
    for p in pairs:
        p["split"] = split[p["id"]]
        ordered.append({k: p[k] for k in keys} | {"distractors": p["distractors"]})
    return {"version": version, "profiles": profiles, "pairs": ordered}


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] not in ("v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9"):
        print("usage: build.py v2|v3|v4|v5|v6|v7|v8|v9 [--draft | --assign-split]", file=sys.stderr)
        return 2
    version = int(argv[1][1])
    mode = {"--draft": "draft", "--assign-split": "assign"}.get(argv[2] if len(argv) > 2 else "")
    data = build(version, mode or "frozen")
    out = HERE / f"complementary_v{version}.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(data['pairs'])} pairs, {len(data['profiles'])} people)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
