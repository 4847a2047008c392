"""Trust benchmark: speed against networkx, and Sybil resistance under attack.

Usage::

    python bench/trust.py [--people 100000] [--m 10] [--viewers 5] [--seed 1]
                          [--sybil-viewers 100] [--out bench/results/trust.json]

Method (ratios are taken against a baseline measured in the same run):

1. **Speed.** A synthetic graph of ``--people`` people grown by preferential
   attachment with triad closure (``networkx.powerlaw_cluster_graph(n, m, 0.5)``:
   power-law degrees and clustering; ``m = 10`` gives about 1M edges), each edge
   a mutual collaboration with a weight drawn uniformly in [0.05, 1].
   :class:`graph.trust.TrustGraph` is built once (timed apart). For the same
   ``--viewers`` viewers:

   * *baseline*: ``networkx.pagerank(G, alpha=0.85, personalization={v: 1},
     weight="weight")`` with its default tolerance, on the graph the TrustGraph
     holds (networkx converts the graph to a scipy matrix on every call, which is
     part of what a user of networkx pays per viewer);
   * *plain*: :func:`graph.trust.personalized_trust` in plain PageRank mode with
     the same stopping rule as networkx (L1 change < n x 1e-6), its largest
     difference from the baseline, and the largest error of each against a run
     converged to 1e-12 (networkx starts from the uniform vector, we start at the
     viewer, so with the same loose stopping rule the two stop at different points);
   * *product*: the default configuration (:data:`PRODUCT`), as matching uses it.

   Warm introductions: :func:`graph.paths.trusted_paths` (k = 3, at most 3 hops,
   20 random people excluded as on avoid lists) between each viewer and 20 people
   drawn among those 2 or 3 hops away, against ``networkx.bidirectional_dijkstra``
   on ``-log(weight)`` (the same objective without the hop limit, exclusions or
   alternatives) on the same pairs.
2. **Sybil resistance.** 1,000 honest people
   (``powerlaw_cluster_graph(1000, 5, 0.5)``, weights uniform in [0.2, 1]) and a
   clique of fake accounts whose internal edges all have the top weight 1, joined
   to honest people by ``g`` attack edges of weight 1 (an honest person fooled
   into confirming a collaboration and rating it +2), ``g`` in {1, 5, 20, 100}:
   attack edges join random honest people to random fakes. From
   ``--sybil-viewers`` random honest viewers: AUC of trust (honest others vs
   fakes; ties count one half), and the number of fakes in each viewer's top 20.
   Then at ``g = 5`` the clique grows from 50 to 200 fakes (same attack edges) and
   the fakes' total trust, summed over viewers, is compared.

Each configuration of :data:`CONFIGS` is measured; targets: speed ratio >= 20,
AUC >= 0.95 up to g = 20, at most one fake in any top 20, clique growth <= +10 %.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.legitimacy import legitimacy
from graph.live import LiveTrustGraph
from graph.local import local_trust
from graph.paths import trusted_paths
from graph.trust import TrustGraph, personalized_trust

logger = logging.getLogger("bench.trust")

#: The configuration the product uses (matcher.trust.model.TrustSettings defaults).
PRODUCT: dict[str, Any] = {"alpha": 0.85, "steps": None, "normalise": "degree", "degree_prior": 1.0}

#: The local configuration the product moves to (graph.local.local_trust).
LOCAL: dict[str, Any] = {
    "alpha": 0.85,
    "normalise": "out",
    "degree_prior": 1.0,
    "tol": 0.02,
    "max_pushes": 200_000,
}
#: The exact reference of LOCAL: the old power iteration with the same normaliser.
EXACT: dict[str, Any] = {"alpha": 0.85, "steps": None, "normalise": "out", "degree_prior": 1.0}
HALF_LIFE = 730.0
AS_OF = 739_000  # a day number (2024-04-..): half the edges ended in the four years before

#: Configurations measured for Sybil resistance.
CONFIGS: dict[str, dict[str, Any]] = {
    "plain-ppr": {"alpha": 0.85, "steps": None, "normalise": "none"},
    "ppr-degree": PRODUCT,
    "ppr-degree-no-prior": {"alpha": 0.85, "steps": None, "normalise": "degree", "degree_prior": 0},
    "ppr-degree-a0.7": {"alpha": 0.7, "steps": None, "normalise": "degree"},
    "early-stop-degree-10": {"alpha": 0.85, "steps": 10, "normalise": "degree"},
}
G_VALUES = (1, 5, 20, 100)


def _timed(fn: Any, *args: Any, **kwargs: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - start


def speed(people: int, m: int, viewers: int, seed: int) -> dict[str, Any]:
    """Per-viewer trust and path times against networkx on a large synthetic graph."""
    rng = random.Random(seed)
    base, t_gen = _timed(nx.powerlaw_cluster_graph, people, m, 0.5, seed=seed)
    edges = [(f"p{a}", f"p{b}", rng.uniform(0.05, 1.0)) for a, b in base.edges()]
    del base
    graph, t_build = _timed(TrustGraph, edges)
    logger.info(
        "graph: %d people, %d edges, generated %.1fs, built %.1fs",
        len(graph),
        len(edges),
        t_gen,
        t_build,
    )
    chosen = rng.sample(graph.ids, viewers)
    n = len(graph)
    nx_times, plain_times, product_times, diffs = [], [], [], []
    nx_errors: list[float] = []
    plain_errors: list[float] = []
    for v in chosen:
        ref, t_nx = _timed(
            nx.pagerank, graph.nx, alpha=0.85, personalization={v: 1}, weight="weight"
        )
        plain, t_plain = _timed(
            personalized_trust, graph, v, alpha=0.85, tol=n * 1e-6, normalise="none", scale=False
        )
        _, t_product = _timed(personalized_trust, graph, v, **PRODUCT)
        ref_vec = np.array([ref[pid] for pid in graph.ids])
        exact = personalized_trust(graph, v, tol=1e-12, normalise="none", scale=False).values
        diffs.append(float(np.abs(ref_vec - plain.values).max()))
        nx_errors.append(float(np.abs(ref_vec - exact).max()))
        plain_errors.append(float(np.abs(plain.values - exact).max()))
        nx_times.append(t_nx)
        plain_times.append(t_plain)
        product_times.append(t_product)
        logger.info(
            "viewer %s: networkx %.3fs, plain %.4fs, product %.4fs", v, t_nx, t_plain, t_product
        )
    # warm introductions
    cost = {
        (a, b): -math.log(min(1.0, d["weight"])) + 1e-12 for a, b, d in graph.nx.edges(data=True)
    }
    path_times, dijkstra_times, found, hops = [], [], 0, []
    for v in chosen:
        near = nx.single_source_shortest_path_length(graph.nx, v, cutoff=3)
        far = sorted(p for p, d in near.items() if d >= 2)
        targets = rng.sample(far, min(20, len(far)))
        excluded = set(rng.sample(graph.ids, 20)) - {v}
        for t in targets:
            paths, t_path = _timed(trusted_paths, graph, v, t, k=3, exclude=excluded - {t})
            _, t_dij = _timed(
                nx.bidirectional_dijkstra, graph.nx, v, t, weight=lambda a, b, _d: cost[(a, b)]
            )
            path_times.append(t_path)
            dijkstra_times.append(t_dij)
            if paths:
                found += 1
                hops.append(paths[0].hops)
    return {
        "people": n,
        "edges": len(edges),
        "generate_s": round(t_gen, 2),
        "build_s": round(t_build, 2),
        "viewers": viewers,
        "networkx_pagerank_s": round(float(np.median(nx_times)), 4),
        "plain_s": round(float(np.median(plain_times)), 4),
        "product_s": round(float(np.median(product_times)), 4),
        "ratio_plain": round(float(np.median(nx_times) / np.median(plain_times)), 1),
        "ratio_product": round(float(np.median(nx_times) / np.median(product_times)), 1),
        "plain_max_abs_diff_vs_networkx": max(diffs),
        "networkx_max_abs_error_vs_converged": max(nx_errors),
        "plain_max_abs_error_vs_converged": max(plain_errors),
        "path_pairs": len(path_times),
        "path_found": found,
        "path_mean_hops": round(float(np.mean(hops)), 2) if hops else None,
        "path_p50_ms": round(1000 * float(np.median(path_times)), 3),
        "path_p99_ms": round(1000 * float(np.percentile(path_times, 99)), 3),
        "dijkstra_p50_ms": round(1000 * float(np.median(dijkstra_times)), 3),
        "ratio_path_vs_dijkstra": round(
            float(np.median(dijkstra_times) / np.median(path_times)), 1
        ),
    }


def _q(values: list[float], q: float) -> float:
    return round(1000 * float(np.percentile(values, q)), 3)


def scale(
    base_edges: list[tuple[int, int]], people: int, viewers: int, seed: int
) -> dict[str, Any]:
    """Before (static graph, power iteration, full sort) and after (live graph, local push,
    top-k, edits in place), on the same community: the figures of issue 21."""
    rng = random.Random(seed + 5)
    ids = [f"p{i}" for i in range(people)]
    weight = [rng.uniform(0.05, 1.0) for _ in base_edges]
    ended = [None if rng.random() < 0.5 else AS_OF - rng.randrange(1460) for _ in base_edges]
    decayed = [
        w if e is None else w * 2.0 ** (-(AS_OF - e) / HALF_LIFE)
        for w, e in zip(weight, ended, strict=True)
    ]
    # ---- cold builds
    start = time.perf_counter()
    static = TrustGraph((ids[a], ids[b], w) for (a, b), w in zip(base_edges, decayed, strict=True))
    t_static = time.perf_counter() - start
    marks: list[tuple[int, float]] = []
    start = time.perf_counter()
    live = LiveTrustGraph.from_edges(
        ((ids[a], ids[b], w, e) for (a, b), w, e in zip(base_edges, weight, ended, strict=True)),
        half_life_days=HALF_LIFE,
        progress=lambda k: marks.append((k, time.perf_counter() - start)),
    )
    t_live = time.perf_counter() - start
    logger.info("cold build: static %.1fs, live %.1fs (%s)", t_static, t_live, marks[-1:])
    # ---- the first query of a day decays the base weights and degrees once
    start = time.perf_counter()
    live.day_degrees(AS_OF)
    live.spread(np.zeros(1, dtype=np.int64), as_of=AS_OF)
    t_day = time.perf_counter() - start
    # ---- one viewer's trust
    chosen = rng.sample(ids, viewers)
    exact_n = min(20, viewers)
    before_t, after_t, top_before_t, top_after_t = [], [], [], []
    errors, bounds, overlap, pushes, reached = [], [], [], [], []
    for i, v in enumerate(chosen):
        t0 = time.perf_counter()
        t = local_trust(live, v, as_of=AS_OF, **LOCAL)
        after_t.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        top_after = t.top(30)
        top_after_t.append(time.perf_counter() - t0)
        pushes.append(t.pushes)
        reached.append(len(t))
        bounds.append(t.error_bound)
        if i < exact_n:
            t0 = time.perf_counter()
            ref = personalized_trust(static, v, **EXACT)
            before_t.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            top_before = ref.top(len(static))  # what TrustService did per request
            top_before_t.append(time.perf_counter() - t0)
            approx = np.array([t.get(pid, 0.0) for pid in static.ids])
            errors.append(float(np.abs(approx - ref.values).max()))
            best = {pid for pid, _ in top_before[:30]}
            overlap.append(len(best & {pid for pid, _ in top_after}) / max(1, len(best)))
    # ---- confirmations applied in place, then seen by the next query
    write_t, visible_t, seen = [], [], 0
    for _ in range(200):
        a, b = rng.sample(ids, 2)
        t0 = time.perf_counter()
        live.set_edge(a, b, [(1.0, None)])
        t1 = time.perf_counter()
        t = local_trust(live, a, as_of=AS_OF, **LOCAL)
        t2 = time.perf_counter()
        write_t.append(t1 - t0)
        visible_t.append(t2 - t0)
        seen += b in t
    t_compact = live.compact()
    start = time.perf_counter()
    live.day_degrees(AS_OF + 1)
    local_trust(live, chosen[0], as_of=AS_OF + 1, **LOCAL)
    t_next_day = time.perf_counter() - start
    start = time.perf_counter()
    leg = legitimacy(live, rng.sample(ids, 200), as_of=AS_OF)
    t_leg = time.perf_counter() - start
    # ---- warm-intro paths on the live graph (the view a request uses)
    path_live, path_static = [], []
    for v in chosen[:20]:
        view = live.at(AS_OF)  # one view per request: a viewer and 10 candidates
        for target in rng.sample(ids, 10):
            t0 = time.perf_counter()
            trusted_paths(view, v, target, k=1)
            path_live.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            trusted_paths(static, v, target, k=1)
            path_static.append(time.perf_counter() - t0)
    return {
        "people": people,
        "edges": len(base_edges),
        "local_config": LOCAL,
        "cold_build_s": {"before_static": round(t_static, 2), "after_live": round(t_live, 2)},
        "one_viewer_trust_ms": {
            "before_p50": _q(before_t, 50),
            "before_p99": _q(before_t, 99),
            "before_viewers": len(before_t),
            "after_p50": _q(after_t, 50),
            "after_p99": _q(after_t, 99),
            "after_max": round(1000 * max(after_t), 3),
            "after_viewers": len(after_t),
            "pushes_p50": int(np.median(pushes)),
            "reached_p50": int(np.median(reached)),
        },
        "accuracy_vs_exact": {
            "viewers": len(errors),
            "max_abs_error": round(max(errors), 5),
            "error_bound_max": round(max(bounds), 5),
            "within_bound": all(e <= b + 1e-9 for e, b in zip(errors, bounds, strict=False)),
            "top30_overlap_mean": round(float(np.mean(overlap)), 4),
            "top30_overlap_min": round(float(min(overlap)), 4),
        },
        "top_k_ms": {
            "before_sort_everyone_p50": _q(top_before_t, 50),
            "after_top30_p50": _q(top_after_t, 50),
        },
        "confirmation": {
            "writes": len(write_t),
            "write_p50_ms": _q(write_t, 50),
            "write_p99_ms": _q(write_t, 99),
            "write_then_query_p50_ms": _q(visible_t, 50),
            "write_then_query_p99_ms": _q(visible_t, 99),
            "seen_by_next_query": seen,
            "compact_s": round(t_compact, 3),
        },
        "new_day": {"first_query_s": round(t_day, 3), "next_day_query_s": round(t_next_day, 3)},
        "legitimacy_refresh_s": round(t_leg, 3),
        "legitimacy_under_1_share": round(float(np.mean(leg[: live.capacity] < 1)), 4),
        "paths_ms": {
            "live_view_p50": _q(path_live, 50),
            "live_view_p99": _q(path_live, 99),
            "static_p50": _q(path_static, 50),
        },
    }


def _auc(honest: np.ndarray, fake: np.ndarray) -> float:
    """P(honest > fake) + P(tie) / 2 (Mann-Whitney)."""
    allv = np.concatenate([honest, fake])
    order = allv.argsort(kind="mergesort")
    ranks = np.empty(len(allv))
    sorted_v = allv[order]
    i = 0
    while i < len(allv):  # average ranks over ties
        j = i
        while j + 1 < len(allv) and sorted_v[j + 1] == sorted_v[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    r_honest = ranks[: len(honest)].sum()
    n_h, n_f = len(honest), len(fake)
    return float((r_honest - n_h * (n_h + 1) / 2) / (n_h * n_f))


def _sybil_graph(
    honest: list[tuple[str, str, float]], fakes: int, attack: list[tuple[str, int]]
) -> TrustGraph:
    clique = [(f"f{i}", f"f{j}", 1.0) for i in range(fakes) for j in range(i + 1, fakes)]
    bridges = [(h, f"f{f}", 1.0) for h, f in attack]
    return TrustGraph(honest + clique + bridges)


def sybil(seed: int, n_viewers: int) -> dict[str, Any]:
    """AUC and top-20 fakes per configuration and number of attack edges."""
    rng = random.Random(seed)
    base = nx.powerlaw_cluster_graph(1000, 5, 0.5, seed=seed)
    honest = [(f"h{a}", f"h{b}", rng.uniform(0.2, 1.0)) for a, b in base.edges()]
    honest_ids = [f"h{i}" for i in range(1000)]
    viewers = rng.sample(honest_ids, n_viewers)
    # the same attack edges for every configuration
    attacks = {g: [(rng.choice(honest_ids), rng.randrange(50)) for _ in range(g)] for g in G_VALUES}
    growth_attack = [(rng.choice(honest_ids), rng.randrange(50)) for _ in range(5)]
    out: dict[str, Any] = {}
    for name, cfg in CONFIGS.items():
        rows = {}
        for g in G_VALUES:
            graph = _sybil_graph(honest, 50, attacks[g])
            h_idx = np.array([graph.index[h] for h in honest_ids])
            f_idx = np.array([graph.index[f"f{i}"] for i in range(50)])
            aucs, top_fakes = [], []
            for v in viewers:
                t = personalized_trust(graph, v, **cfg)
                others = h_idx[h_idx != graph.index[v]]
                aucs.append(_auc(t.values[others], t.values[f_idx]))
                top_fakes.append(sum(1 for pid, _ in t.top(20) if pid.startswith("f")))
            rows[f"g={g}"] = {
                "auc_mean": round(float(np.mean(aucs)), 4),
                "auc_min": round(float(np.min(aucs)), 4),
                "top20_fakes_max": int(max(top_fakes)),
                "top20_fakes_mean": round(float(np.mean(top_fakes)), 3),
            }
        # clique growth at g = 5, same attack edges
        totals = {}
        for fakes in (50, 200):
            graph = _sybil_graph(honest, fakes, growth_attack)
            f_idx = np.array([graph.index[f"f{i}"] for i in range(fakes)])
            totals[fakes] = sum(
                float(personalized_trust(graph, v, **cfg).values[f_idx].sum()) for v in viewers
            )
        rows["clique_50_to_200_total_trust_ratio"] = round(totals[200] / totals[50], 4)
        out[name] = rows
        logger.info("sybil %s: %s", name, rows)
    return out


def verdict(speed_res: dict[str, Any] | None, sybil_res: dict[str, Any]) -> dict[str, Any]:
    """Which targets the product configuration meets."""
    prod = sybil_res["ppr-degree"]
    res: dict[str, Any] = {
        "mean_auc_ge_0.95_up_to_g20": all(prod[f"g={g}"]["auc_mean"] >= 0.95 for g in (1, 5, 20)),
        "top20_at_most_1_fake_up_to_g20": all(
            prod[f"g={g}"]["top20_fakes_max"] <= 1 for g in (1, 5, 20)
        ),
        "clique_growth_le_10pct": prod["clique_50_to_200_total_trust_ratio"] <= 1.10,
    }
    if speed_res is not None:
        res["speed_ratio_ge_20"] = speed_res["ratio_product"] >= 20
    return res


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--m", type=int, default=10)
    parser.add_argument("--viewers", type=int, default=5)
    parser.add_argument("--sybil-viewers", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-networkx", action="store_true", help="no networkx baseline")
    parser.add_argument("--scale-viewers", type=int, default=200)
    parser.add_argument("--out", type=Path, default=Path("bench/results/trust.json"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    speed_res = None
    if not args.skip_speed and not args.skip_networkx:
        speed_res = speed(args.people, args.m, args.viewers, args.seed)
    scale_res = None
    if not args.skip_speed:
        start = time.perf_counter()
        base = nx.powerlaw_cluster_graph(args.people, args.m, 0.5, seed=args.seed)
        edges = sorted(base.edges())
        del base
        logger.info("scale graph generated in %.1fs", time.perf_counter() - start)
        scale_res = scale(edges, args.people, args.scale_viewers, args.seed)
        logger.info("scale: %s", json.dumps(scale_res))
    sybil_res = sybil(args.seed, args.sybil_viewers)
    result = {
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "product_config": PRODUCT,
        "scale": scale_res,
        "speed": speed_res,
        "sybil": sybil_res,
        "targets_met": verdict(speed_res, sybil_res),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    sys.stdout.write(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
