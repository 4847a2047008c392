"""How similar a need phrase and an offer phrase must be before an explanation shows them.

Usage::

    python bench/phrase_floor.py [--sets v2,v3,v4,v5] [--encoder NAME]
                                 [--out bench/results/phrase_floor.json]
    python bench/phrase_floor.py --encoder use-multilingual-v3 \
                                 --out bench/results/phrase_floor_use.json

A suggestion card quotes "your need <- their offer" lines: for each need phrase, the other
side's most similar offer phrase, kept when the similarity reaches
``MatchSettings.min_phrase_similarity``. Whether a line means anything depends on that
floor, and the floor's meaning depends on the encoder (raw cosines of e5 are about 0.7
between unrelated sentences, of USE about 0.1).

On the **development halves** of the held-out sets, imported through the product (as
``bench/matching_eval.py`` does), for every query (both directions of every pair):

* *partner*: each of the viewer's need phrases against the true partner's offer phrases
  (best similarity per need phrase);
* *stranger*: the same against a stranger's offers (a person of the same half drawn at
  random, neither the partner nor one of the pair's distractors): what a line is worth
  when nothing meets the need.

Both are measured on the raw phrase vectors and on phrase vectors centred like the whole
fields (the community's per-language field means taken away, an ensemble's parts
normalised one by one: :class:`matcher.matching.textspace.TextSpace`). Printed per
similarity: the stranger quantiles (a floor at the stranger 90th percentile shows a line
for a stranger's phrase one time in ten), and at each floor (0.15 to 0.6, and the stranger
95th percentile: the product's floor), the share of partner pairs with at least one line
and of stranger pairs with at least one line.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.common import machine, write_json  # noqa: E402
from bench.matching_eval import build, cached, held_out_set, save_caches  # noqa: E402
from embeddings.encoder import DEFAULT_ENCODER, encoder_from_name  # noqa: E402
from matcher.matching.textspace import text_language  # noqa: E402

FLOORS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def best_per_need(needs: np.ndarray, offers: np.ndarray) -> list[float]:
    if not len(needs) or not len(offers):
        return []
    return (needs @ offers.T).max(axis=1).tolist()


def measure(
    version: int, encoder: Any, rng: random.Random, prepare: Any = None
) -> dict[str, list[list[float]]]:
    """The partner and stranger similarities on ``version``'s development half;
    ``prepare(community)`` runs after the import (bench/matching_adapter.py writes a need map's
    vectors there)."""
    es = held_out_set(version, "dev")
    community, _, _ = build(es, encoder)
    if prepare is not None:
        prepare(community)
    vectors = community.profiles.load_vectors()
    space = community.matching._state().table.space  # bench: the fitted text space
    ids = sorted(vectors)

    def centred(x: np.ndarray, phrases: tuple[str, ...], means: dict[str, Any]) -> np.ndarray:
        if space is None or not len(x):
            return x
        return space._centre(x, [text_language(p) for p in phrases], means)

    out: dict[str, list[list[float]]] = {
        "raw partner": [],
        "raw stranger": [],
        "centred partner": [],
        "centred stranger": [],
    }
    for q in es.queries:
        if q.viewer not in vectors or q.partner not in vectors:
            continue
        avoid = {q.viewer, q.partner, *q.distractors, *q.traps}
        stranger = rng.choice([i for i in ids if i not in avoid])
        v = vectors[q.viewer]
        for label, other in (("partner", vectors[q.partner]), ("stranger", vectors[stranger])):
            out[f"raw {label}"].append(
                best_per_need(v.need_phrase_vectors, other.offer_phrase_vectors)
            )
            if space is not None:
                out[f"centred {label}"].append(
                    best_per_need(
                        centred(v.need_phrase_vectors, v.need_phrases, space.need_means),
                        centred(other.offer_phrase_vectors, other.offer_phrases, space.offer_means),
                    )
                )
    community.close()
    return out


def summary(runs: dict[str, list[list[float]]]) -> dict[str, Any]:
    res: dict[str, Any] = {}
    for kind in ("raw", "centred"):
        partner, stranger = runs[f"{kind} partner"], runs[f"{kind} stranger"]
        if not stranger:
            continue
        flat = np.array([s for q in stranger for s in q])
        pflat = np.array([s for q in partner for s in q])
        floors = sorted({*FLOORS, round(float(np.quantile(flat, 0.95)), 3)})
        res[kind] = {
            "stranger quantiles": {
                str(p): round(float(np.quantile(flat, p / 100)), 3) for p in (50, 75, 90, 95, 99)
            },
            "partner quantiles": {
                str(p): round(float(np.quantile(pflat, p / 100)), 3) for p in (25, 50, 75, 90)
            },
            "floors": {
                str(f): {
                    "partner pairs with a line": round(
                        float(np.mean([any(s >= f for s in q) for q in partner])), 3
                    ),
                    "stranger pairs with a line": round(
                        float(np.mean([any(s >= f for s in q) for q in stranger])), 3
                    ),
                    "partner lines": round(float(np.mean(pflat >= f)), 3),
                    "stranger lines": round(float(np.mean(flat >= f)), 3),
                }
                for f in floors
            },
        }
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default="2,3,4,5")
    ap.add_argument("--encoder", default=DEFAULT_ENCODER)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="bench/results/phrase_floor.json")
    a = ap.parse_args(argv)
    load = os.getloadavg()
    encoder = cached(encoder_from_name(a.encoder), ROOT / "bench" / ".cache")
    rng = random.Random(a.seed)
    pooled: dict[str, list[list[float]]] = {}
    per_set = {}
    for v in (int(s.strip().lstrip("v")) for s in a.sets.split(",")):
        runs = measure(v, encoder, rng)
        per_set[f"v{v}-dev"] = summary(runs)
        for key, val in runs.items():
            pooled.setdefault(key, []).extend(val)
        print(f"v{v}-dev: {len(runs['raw partner'])} queries", flush=True)
    save_caches(encoder)
    result = {"encoder": encoder.name, "pooled": summary(pooled), "per_set": per_set}
    for kind, r in result["pooled"].items():
        print(f"\n{kind}: stranger quantiles {r['stranger quantiles']}")
        print(f"{kind}: partner quantiles {r['partner quantiles']}")
        for f, row in r["floors"].items():
            print(f"  floor {f}: {row}")
    if a.out:
        write_json(Path(a.out), {"machine": machine(load), **result})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
