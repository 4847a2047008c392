"""A graph index over principal directions, on real vectors: what it costs the pool's recall.

Usage::

    python bench/hnsw_projection.py [--dims 256] [--pools 20,50,200] [--out FILE]

Every profile of the evaluation sets (the demo's sample data and both halves of
``bench/eval/complementary_v2`` to ``_v5``: about 2,700 people written by hand, English,
French and mixed) imported into one community with the default encoder (its vectors cached
under ``bench/.cache/``, as ``bench/matching_eval.py`` caches them), an HNSW index forced at
this size (``exact_below=0``). For every member, their ten suggestions (without trust)
taken from a pool of each size, once over the full keys and once over the graph of
``--dims`` principal directions (``hnsw_dim``), against an exact scan of everyone: recall@10
(mean, 5th percentile, worst) and the share of the keys' energy the directions keep.

``bench/suggest_trust.py --hnsw-dim`` measures the same index at 100,000 members for speed
and memory, over the fake encoder's vectors, whose spectrum is flatter than the real ones'
in some places and steeper in others: this script is the recall on real text.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import IndexSwap, machine, recall_figures, write_json  # noqa: E402
from bench.matching_eval import CachedEncoder, held_out_set, sample_set  # noqa: E402
from embeddings.encoder import DEFAULT_ENCODER, encoder_from_name  # noqa: E402
from matcher.access import Actor  # noqa: E402
from matcher.community import Community  # noqa: E402
from matcher.matching import MatchSettings  # noqa: E402
from matcher.matching.ranking import pool_keys  # noqa: E402


def everyone() -> list[dict[str, Any]]:
    """The rows of every evaluation set, their ids prefixed by the set's name (unique)."""
    rows = []
    sets = [sample_set()] + [held_out_set(v, s) for v in (2, 3, 4, 5) for s in ("dev", "test")]
    for es in sets:
        tag = re.sub(r"[^a-z0-9]", "", es.name)
        for row in es.rows:
            rows.append({**row, "id": f"{tag}-{row['id']}".lower()})
    return rows


def evaluation_community(settings: MatchSettings) -> tuple[Community, str]:
    """Every profile of the evaluation sets (:func:`everyone`) in one community in memory,
    with the default encoder (its vectors cached under ``bench/.cache/``); and the encoder's
    name."""
    real = encoder_from_name(DEFAULT_ENCODER)
    encoder = CachedEncoder(real, ROOT / "bench" / ".cache" / f"eval-{real.name}.npz")
    community = Community(":memory:", encoder, settings, with_trust=False)
    rows = everyone()
    start = time.perf_counter()
    community.profiles.import_profiles(rows, source="evaluation sets")
    print(f"imported {len(rows)} profiles in {time.perf_counter() - start:.0f} s")
    encoder.save()
    return community, real.name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dims", type=int, default=256)
    parser.add_argument("--pools", default="20,50,200")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "hnsw_projection.json"
    )
    args = parser.parse_args(argv)
    load_before = __import__("os").getloadavg()
    community, encoder_name = evaluation_community(MatchSettings(index_kind="hnsw", exact_below=0))
    matching = community.matching
    over = IndexSwap(matching)
    full, table = over.full, over.state.table
    projected = over.projected(args.dims)
    keys = pool_keys(table).astype(np.float64)
    spectrum = np.linalg.eigvalsh(keys.T @ keys)[::-1]
    energy = float(spectrum[: args.dims].sum() / spectrum.sum())
    viewers = [p.id for p in table.profiles]

    def ten(viewer: str) -> list[str]:
        got = matching.suggest(viewer, k=10, actor=Actor(viewer), explain=False)
        return [s.candidate for s in got]

    over(None)  # an exact scan of everyone
    exact = {v: ten(v) for v in viewers}
    out: dict[str, Any] = {
        "benchmark": "bench/hnsw_projection.py",
        "machine": machine(load_before),
        "encoder": encoder_name,
        "profiles": len(table),
        "key_columns": full.kept_dim,
        "dims": args.dims,
        "energy_kept": round(energy, 4),
        "recall_at_10": {},
    }
    for pool in [int(p) for p in args.pools.split(",")]:
        matching.settings = replace(matching.settings, pool=pool)
        for name, index in (("full", full), (f"{args.dims} directions", projected)):
            over(index)
            got = recall_figures({v: ten(v) for v in viewers}, exact)
            out["recall_at_10"][f"pool {pool}, {name}"] = got
            print(f"pool {pool}, {name}: recall@10 {got}")
    print(f"{args.dims} directions keep {energy:.3f} of the keys' energy")
    write_json(args.out, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
