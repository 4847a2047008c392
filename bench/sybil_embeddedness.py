"""Probe (not the product): does weighting each step of the trust walk by the edge's
embeddedness keep Sybils out where the plain walk does not?

Usage::

    python bench/sybil_embeddedness.py [--seeds 1,2] [--viewers 60]
                                       [--out bench/results/sybil_embeddedness.json]

An attack edge (an honest person fooled into confirming a collaboration with a fake)
usually closes no triangle: the fake shares no partner with the person fooled. Honest
ties in a clustered community mostly do. The probe weights every edge ``(u, v)`` of the
ties graph by ``floor + (1 - floor) * min(1, c(u, v) / beta)``, ``c`` the number of
common partners, so a walk crosses an edge that closes no triangle with weight ``floor``,
and compares, on :mod:`bench.sybil`'s communities and attacks (the same generators), the
personalised PageRank (networkx, alpha 0.85, to 1e-10) divided by the weighted degree plus
1 (the product's "out" normalisation) without weights ("plain": the product's ranking, up to
its tolerance) and with them, per viewer: AUC honest against fakes (mean, worst, mean over
the viewers tied to a fake). The honest cost: on the community without fakes, how much of
each viewer's top 20 stays the same as with the plain walk, and the share of a viewer's
direct ties in their top 20.

Seed 1 was looked at first (the three settings were fixed before any run); seed 2 is a
second community, run once after.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.sybil import (  # noqa: E402
    attack_collaborations,
    auc,
    fake_collaborations,
    honest_collaborations,
)

#: name -> (beta, floor); beta 0: every edge weight 1 (the plain walk)
SETTINGS = {"plain": (0, 1.0), "b2 f0.1": (2, 0.1), "b3 f0.2": (3, 0.2), "b1 f0.05": (1, 0.05)}
ATTACKS = (("clique", 50, 20), ("clique", 50, 100), ("mimic", 50, 1), ("mimic", 50, 20),
           ("mimic", 50, 100), ("clique", 200, 500))  # fmt: skip
HONEST = 1000


def ties(collaborations: list[Any]) -> nx.Graph:
    g = nx.Graph()
    g.add_edges_from((c.proposer, c.partner) for c in collaborations)
    return g


def weighted(g: nx.Graph, beta: float, floor: float) -> tuple[nx.DiGraph, dict[str, float]]:
    h = nx.DiGraph()
    for u, v in g.edges():
        c = len(set(g[u]) & set(g[v]))
        w = floor + (1 - floor) * min(1.0, c / beta) if beta > 0 else 1.0
        h.add_edge(u, v, weight=w)
        h.add_edge(v, u, weight=w)
    degree = {n: float(sum(d["weight"] for _, _, d in h.out_edges(n, data=True))) for n in h}
    return h, degree


def trust(h: nx.DiGraph, degree: dict[str, float], viewer: str) -> dict[str, float]:
    p = nx.pagerank(h, alpha=0.85, personalization={viewer: 1}, weight="weight", tol=1e-10,
                    max_iter=1000)  # fmt: skip
    return {k: x / (degree[k] + 1.0) for k, x in p.items() if k != viewer}


def community(seed: int) -> tuple[list[Any], list[str], dict[str, int], random.Random]:
    rng = random.Random(seed)
    collabs = honest_collaborations(HONEST, seed)
    honest = [f"h{i}" for i in range(HONEST)]
    degree: dict[str, int] = {}
    for c in collabs:
        degree[c.proposer] = degree.get(c.proposer, 0) + 1
        degree[c.partner] = degree.get(c.partner, 0) + 1
    return collabs, honest, degree, rng


def attack(seed: int, shape: str, size: int, g_edges: int, viewers_n: int) -> dict[str, Any]:
    collabs, honest, degree, rng = community(seed)
    viewers = rng.sample(honest, viewers_n)
    attack_c = attack_collaborations(
        honest, [degree.get(h, 0) for h in honest], size, g_edges, seed
    )
    g = ties(collabs + fake_collaborations(size, shape, seed) + attack_c)
    fakes = [f"f{i}" for i in range(size) if f"f{i}" in g]
    adjacent = {c.proposer for c in attack_c}
    out: dict[str, Any] = {}
    for name, (beta, floor) in SETTINGS.items():
        h, wdeg = weighted(g, beta, floor)
        every, tied = [], []
        for v in viewers:
            t = trust(h, wdeg, v)
            a = auc(np.array([t.get(p, 0.0) for p in honest if p != v]),
                    np.array([t.get(p, 0.0) for p in fakes]))  # fmt: skip
            every.append(a)
            if v in adjacent:
                tied.append(a)
        out[name] = {
            "auc_mean": round(float(np.mean(every)), 4),
            "auc_worst": round(float(np.min(every)), 4),
            "auc_p5": round(float(np.percentile(every, 5)), 4),
            "auc_mean_viewers_tied_to_a_fake": round(float(np.mean(tied)), 4) if tied else None,
            "viewers_tied_to_a_fake": len(tied),
        }
    return out


def honest_cost(seed: int, viewers_n: int) -> dict[str, Any]:
    collabs, honest, _, rng = community(seed)
    viewers = rng.sample(honest, viewers_n)
    g = ties(collabs)
    tops: dict[str, list[list[str]]] = {}
    out: dict[str, Any] = {}
    for name, (beta, floor) in SETTINGS.items():
        h, wdeg = weighted(g, beta, floor)
        tops[name] = [
            [k for k, _ in sorted(trust(h, wdeg, v).items(), key=lambda kv: (-kv[1], kv[0]))[:20]]
            for v in viewers
        ]
        same = [len(set(a) & set(b)) / 20 for a, b in zip(tops["plain"], tops[name], strict=True)]
        direct = [
            len(set(top) & set(g[v])) / max(1, min(20, g.degree(v)))
            for top, v in zip(tops[name], viewers, strict=True)
        ]
        out[name] = {
            "top20_same_as_plain_mean": round(float(np.mean(same)), 3),
            "top20_same_as_plain_worst": round(float(np.min(same)), 3),
            "direct_ties_in_top20_mean": round(float(np.mean(direct)), 3),
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", default="1,2")
    parser.add_argument("--viewers", type=int, default=60)
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/sybil_embeddedness.json")
    args = parser.parse_args()
    doc: dict[str, Any] = {
        "benchmark": "bench/sybil_embeddedness.py",
        "command": "python bench/sybil_embeddedness.py " + " ".join(sys.argv[1:]),
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "settings": {k: {"beta": b, "floor": f} for k, (b, f) in SETTINGS.items()},
        "seeds": {},
    }
    for seed in (int(s) for s in args.seeds.split(",")):
        runs: dict[str, Any] = {"honest_cost": honest_cost(seed, args.viewers)}
        print(f"seed {seed} honest cost {runs['honest_cost']}", flush=True)
        for shape, size, g_edges in ATTACKS:
            t0 = time.perf_counter()
            key = f"{shape} {size}, {g_edges} attack edges"
            runs[key] = attack(seed, shape, size, g_edges, args.viewers)
            line = {k: (v["auc_mean"], v["auc_worst"]) for k, v in runs[key].items()}
            print(f"seed {seed} {key}: {line} ({time.perf_counter() - t0:.0f} s)", flush=True)
        doc["seeds"][str(seed)] = runs
    args.out.write_text(json.dumps(doc, indent=1) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
