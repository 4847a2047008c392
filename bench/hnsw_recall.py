"""Why the graph index misses every one of some viewers' ten suggestions, and what finds them.

Usage::

    python bench/hnsw_recall.py [--people 20000] [--db FILE] [--viewers 200]
                                [--efs 64,256,1024] [--pools 200] [--rules 0,0.5]
                                [--graphs flat,ip,l2] [--real] [--index FILE]
                                [--second 0,0.05] [--lists FILE] [--out FILE]

A community of ``--people`` members (``data/generate.py`` rows imported with the fake encoder
at the default encoder's width, cached under ``bench/.cache/``; ``--db`` opens or builds the
database at that path instead: the same rows at 100,000 are ``bench/suggest_trust.py``'s
profiles without its trust tables; ``--real``: every profile of the evaluation sets with the
default encoder, as ``bench/hnsw_projection.py``). For ``--viewers`` random members (all of
them with ``--real`` and a large number): their ten suggestions without trust from an exact
scan of everyone (the reference), and through the product's own search
(``MatchingService.suggest``) over each index swapped into its search state, at each
efSearch, pool size and ``pool_allowed`` (``--rules``; 0 is the rule before 7 December: the
pool kept once ``k`` people pass the filters). Recall@10 (mean, 5th percentile, worst, viewers
at 0) and the suggestions' CPU (p50, p99). Indexes over the pool keys (``pool_keys``):

* ``flat``: an exact scan of the linear score (the surrogate's loss alone);
* ``ip``: the product's graph, inner product over the keys as they are;
* ``l2``: the keys with one more column ``sqrt(M^2 - |k|^2)`` (M the largest key norm) and
  the query with a 0 there, searched by L2 distance (the MIPS-to-L2 reduction of Bachrach
  et al. 2014, ``hnsw_metric="l2"``): ``|q - k'|^2 = |q|^2 + M^2 - 2 q.k``, so the nearest
  are the largest inner products, over keys of one norm.

``--index FILE``: the ``ip`` graph is read from a saved product index over the same
community (``bench/suggest_trust.py`` saves one beside its database: ``--db`` that database)
instead of built (883 s at 100,000 under load). ``--second``: values of the setting
``second_search`` (the share of the community's queries whose graph pool is searched again,
wider, see :class:`matcher.matching.MatchSettings`), each measured as another row; the code
of before 7 December has no such setting and is measured at its own rule only. ``--lists``:
every viewer's ten of each row, to compare two versions' lists.

For the viewers at recall 0 under the rule before 7 December (any index, efSearch 256, pool
200): the norm of their query and its cosine with the mean key, the norm percentiles of their
best keys, the ranks of their best in the linear score, and how many people pass their filters
in the community and in the linear pool.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import cache_slot, generator, machine, pct, write_json  # noqa: E402
from embeddings.encoder import DEFAULT_ENCODER, FakeEncoder, encoder_from_name  # noqa: E402
from embeddings.index import VectorIndex  # noqa: E402
from matcher.access import Actor  # noqa: E402
from matcher.community import Community  # noqa: E402
from matcher.matching import MatchSettings  # noqa: E402
from matcher.matching.ranking import (  # noqa: E402
    allowed_count,
    pool_keys,
    pool_query,
    rank_exact,
)

EXACT = MatchSettings(exact_below=10**9)  # no product index: the bench builds its own


def fake_community(people: int, seed: int, dim: int, db: Path | None) -> Community:
    """``people`` generated profiles with the fake encoder (built once, then read)."""
    if db is not None and db.exists():
        return Community(db, FakeEncoder(dim=dim), EXACT, with_trust=False)
    path, tmp = (db, db) if db is not None else cache_slot(f"hnsw-recall-{people}-{seed}-{dim}.db")
    if tmp is None:
        return Community(path, FakeEncoder(dim=dim), EXACT, with_trust=False)
    rows, _ = generator().generate(people, seed)
    for i, row in enumerate(rows):
        row["id"] = f"m{i:07d}"
        row["visibility"] = "public"
    community = Community(tmp, FakeEncoder(dim=dim), EXACT, with_trust=False)
    start = time.perf_counter()
    community.profiles.import_profiles(rows)
    print(f"imported {people} profiles in {time.perf_counter() - start:.0f} s", flush=True)
    if tmp != path:
        community.db.close()
        tmp.rename(path)
        return Community(path, FakeEncoder(dim=dim), EXACT, with_trust=False)
    return community


def graph(
    keys: np.ndarray, ids: list[str], kind: str, saved: Path | None = None
) -> tuple[VectorIndex, float]:
    """An index over ``keys``: ``flat`` (exact), or a graph ``ip`` or ``l2`` (see the
    module; ``ip`` read from ``saved`` when given); and its build time (s)."""
    start = time.perf_counter()
    if kind == "ip" and saved is not None:
        return VectorIndex.load(saved), 0.0
    if kind == "flat":
        index = VectorIndex("flat").fit(keys, ids)
    else:
        index = VectorIndex("hnsw", hnsw_metric="l2" if kind == "l2" else "ip").fit(keys, ids)
    return index, time.perf_counter() - start


def figures(r: list[float]) -> dict[str, Any]:
    """Mean, 5th percentile, worst of the recalls ``r`` and how many are 0."""
    a = np.asarray(r)
    return {
        "mean": round(float(a.mean()), 4),
        "p5": round(float(np.percentile(a, 5)), 4),
        "worst": round(float(a.min()), 4),
        "at_zero": int((a == 0).sum()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--viewers", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--efs", default="64,256,1024")
    parser.add_argument("--pools", default="200")
    parser.add_argument("--rules", default="0,0.5", help="values of pool_allowed")
    parser.add_argument("--graphs", default="flat,ip,l2")
    parser.add_argument("--real", action="store_true")
    parser.add_argument("--index", type=Path, default=None, help="a saved graph for ip")
    parser.add_argument("--second", default="0", help="values of second_search")
    parser.add_argument("--lists", type=Path, default=None, help="write every viewer's ten")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "hnsw_recall.json")
    args = parser.parse_args(argv)
    import faiss

    faiss.omp_set_num_threads(1)
    load_before = os.getloadavg()
    if args.real:
        from bench.hnsw_projection import evaluation_community

        community, encoder = evaluation_community(EXACT)
    else:
        dim = encoder_from_name(DEFAULT_ENCODER).dim
        community, encoder = fake_community(args.people, args.seed, dim, args.db), f"fake, {dim}"
    matching = community.matching
    base = matching.settings
    state = matching._state()
    table = state.table
    ids = [p.id for p in table.profiles]
    keys = pool_keys(table)
    norms = np.linalg.norm(keys, axis=1)
    rng = random.Random(args.seed)
    picked = rng.sample(range(len(table)), min(args.viewers, len(table)))

    def ten(viewer: str) -> list[str]:
        got = matching.suggest(viewer, k=10, actor=Actor(viewer), explain=False)
        return [s.candidate for s in got]

    exact = {ids[r]: ten(ids[r]) for r in picked}
    exact = {v: got for v, got in exact.items() if got}
    viewers = list(exact)
    print(f"{len(table)} people, {len(viewers)} viewers, keys {keys.shape[1]} wide", flush=True)
    out: dict[str, Any] = {
        "benchmark": "bench/hnsw_recall.py",
        "setup": {"people": len(table), "viewers": len(viewers), "encoder": encoder, "k": 10},
        "key_norms": {
            f"p{p}": round(float(np.percentile(norms, p)), 3) for p in (0, 1, 50, 99, 100)
        },
        "recall_at_10": {},
    }
    zero: dict[str, list[str]] = {}
    lists: dict[str, dict[str, list[str]]] = {"exact": exact}
    has_second = hasattr(base, "second_search")  # the code before 7 December has none
    seconds = [float(x) for x in args.second.split(",")] if has_second else [None]
    for kind in args.graphs.split(","):
        index, built = graph(keys, ids, kind, args.index)
        state.index, state._rows = index, None
        res: dict[str, Any] = {"build_s": round(built, 1)}
        for ef in [int(e) for e in args.efs.split(",")] if kind != "flat" else [0]:
            index.ef_search = ef
            for pool in [int(p) for p in args.pools.split(",")]:
                for rule in [float(r) for r in args.rules.split(",")]:
                    for second in seconds:
                        extra = {} if second is None else {"second_search": second}
                        matching.settings = replace(base, pool=pool, pool_allowed=rule, **extra)
                        if has_second:  # the floor of this index and setting, measured now
                            state.floor = None
                            matching._floor(state)
                        r, cpu, found = [], [], {}
                        for v in viewers:
                            start = time.thread_time()
                            got = found[v] = ten(v)
                            cpu.append((time.thread_time() - start) * 1000)
                            r.append(len(set(got) & set(exact[v])) / len(exact[v]))
                        name = f"ef {ef}, pool {pool}, pool_allowed {rule}"
                        if second is not None:
                            name += f", second_search {second}"
                        res[name] = {**figures(r), "suggest_cpu_ms": pct(cpu)}
                        if has_second:
                            res[name]["floor"] = round(float(state.floor or 0.0), 4)
                        lists[f"{kind}: {name}"] = found
                        print(kind, name, res[name], flush=True)
                        if ef in (0, 256) and pool == 200 and rule == 0 and not second:
                            zero[kind] = [v for v, x in zip(viewers, r, strict=True) if x == 0]
        out["recall_at_10"][kind] = res
        matching.settings = base
    state.index, state._rows = None, None
    out["zero_viewers_by_index"] = {k: len(v) for k, v in zero.items()}
    lost = sorted(set().union(*zero.values())) if zero else []
    out["zero_viewers"] = diagnose(matching, keys, norms, lost)
    out["machine"] = machine(load_before)
    write_json(args.out, out)
    if args.lists is not None:
        write_json(args.lists, lists)
    print(f"wrote {args.out}")
    return 0


def diagnose(
    matching: Any, keys: np.ndarray, norms: np.ndarray, lost: list[str], pool: int = 200
) -> list[dict[str, Any]]:
    """What sets the viewers at recall 0 apart (see the module)."""
    state, s = matching._state(), matching.settings
    table = state.table
    mean_key = keys.mean(axis=0)
    out = []
    for v in lost:
        row = table.row_of[v]
        viewer, vv = table.profiles[row], state.vectors[v]
        q = pool_query(viewer, vv, s.weights, table)
        want = [
            r.row for r in rank_exact(viewer, vv, table, k=10, weights=s.weights, filters=s.filters)
        ]
        lin = keys @ q
        lin[row] = -np.inf
        order = np.argsort(-lin, kind="stable")
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        qn = float(np.linalg.norm(q))
        info = {
            "query_norm": round(qn, 3),
            "query_cos_mean_key": round(float(q @ mean_key / (qn * np.linalg.norm(mean_key))), 3),
            "best_key_norm_percentiles": [
                round(float((norms < norms[w]).mean() * 100)) for w in want
            ],
            "best_linear_ranks": sorted(int(rank[w]) for w in want),
            "allowed_in_community": allowed_count(viewer, table, np.arange(len(table)), s.filters),
            "allowed_in_linear_pool": allowed_count(viewer, table, order[:pool], s.filters),
        }
        print("zero", v, info, flush=True)
        out.append(info)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
