"""Who outranks the partner: the development half's failures, by kind (never the test half).

Usage::

    python bench/matching_failures.py --set v3     # or v2

For every query of the development half whose partner is not suggested first, the (at most
three) profiles ranked just above the partner, counted by kind: the pair's own twin,
one-sided fit or filter trap (a trap is one for A only: B may be shown it), or another
pair's person (A, B or a distractor of theirs). Through the product's import and
``MatchingService.suggest``, as ``bench/matching_eval.py`` ranks.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import matching_eval as me  # noqa: E402

from matcher.access import ADMIN  # noqa: E402
from matcher.matching import MatchingService, MatchSettings  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="v3", choices=["v2", "v3"])
    args = parser.parse_args(argv)
    version = int(args.set[1])
    real = me.encoder_from_name("use-multilingual-v3")
    encoder = me.CachedEncoder(real, HERE / ".cache" / f"eval-{real.name}.npz")
    es = me.held_out_set(version, "dev")
    community, _, _ = me.build(es, encoder)
    encoder.save()
    service = MatchingService(community.profiles, MatchSettings())
    data = json.loads((me.EVAL / f"complementary_v{version}.json").read_text(encoding="utf-8"))
    kind_of: dict[str, tuple[str, str]] = {}
    for p in data["pairs"]:
        kind_of[p["a"]] = ("A", p["id"])
        kind_of[p["b"]] = ("B", p["id"])
        for d in p["distractors"]:
            kind_of[d["id"]] = (d["kind"], p["id"])
    kinds: Counter[str] = Counter()
    failing = 0
    for q in es.queries:
        ids = [s.candidate for s in service.suggest(q.viewer, k=me.MAX_K, actor=ADMIN)]
        rank = ids.index(q.partner) + 1 if q.partner in ids else None
        if rank == 1:
            continue
        failing += 1
        for other in ids[: (rank - 1 if rank else 3)][:3]:
            kind, pair = kind_of[other]
            kinds[kind if pair == kind_of[q.viewer][1] else f"another pair's {kind}"] += 1
    print(f"[{es.name}] {failing} of {len(es.queries)} queries without the partner first;")
    print(f"the up to 3 profiles just above the partner ({sum(kinds.values())}):")
    for kind, n in kinds.most_common():
        print(f"  {kind:<28} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
