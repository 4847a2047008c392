"""A million profiles: which index serves suggestions at that size, and the trust graph at scale.

Usage::

    python bench/million.py [--n 1000000] [--queries 1000] [--base 4000]
                            [--indexes product] [--nprobe 384,512,640] [--ivf-dim 256]
                            [--half-check 0]
                            [--pgvector 0] [--trust 1000000,10000000]
                            [--out bench/results/million.json]
    python bench/million.py --tables bench/results/million.json   # the tables of the docs

Method:

1. **Vectors of the product's dimension.** A suggestion searches the pool keys of
   :func:`matcher.matching.ranking.pool_keys`: offers, needs and values (3 x 512, the
   default encoder's dimension) and 19 role features, 1555 floats. ``--base`` profiles
   from ``data/generate.py`` are encoded once with the real encoder
   (``use-multilingual-v3``) and their keys computed by the product's code. The million
   synthetic keys are drawn from them: each field of a synthetic profile is a mix of
   that field of two random base profiles (weights 1 and U(0, 0.5)) plus Gaussian noise
   (sigma 0.2 / sqrt(512)), normalised; the role features are those of a third. Keys
   are generated chunk by chunk from a seed (never 6 GB at once), and regenerated for
   each index. Queries are :func:`~matcher.matching.ranking.pool_query` vectors of
   ``--queries`` synthetic viewers (default weights).
2. **Exact reference**: the top 10 keys by inner product for every query, by a streamed
   scan of all keys (BLAS, chunk by chunk).
3. **Indexes** (FAISS, built on 2 threads, searched on 1 thread as a server worker is):

   * ``product`` (the default): the product's own :class:`embeddings.index.VectorIndex`
     with ``kind="auto"``, which at this size is an inverted file of 8-bit vectors
     (``IVF{4 sqrt(n)},SQ8``, cells trained on 16 keys each) over the keys' ``--ivf-dim``
     principal directions (uncentred; 256 by default, 0: all 1,555), searched through
     :meth:`~embeddings.index.VectorIndex.search_positions` for a pool of 200 at each
     ``--nprobe``, as :class:`matcher.matching.MatchingService` does, then the pool
     re-ranked by the exact inner product from the keys kept in float16 (the stand-in for
     the candidate table, which the service re-ranks from): timed with the search, and
     ``recall_at_10`` is that of the re-ranked top 10 (the index's own order:
     ``recall_at_10_index_order``). The process's RSS (index, float16 table, ids) is
     reported;
   * ``ivfpq``: keys projected on their 256 principal directions (uncentred, so inner
     products are kept), ``IVF2048,PQ32`` (trained on 100k held-out keys) for a pool of
     200, re-ranked by 8-bit scalar-quantised full keys (``IndexRefine``);
   * ``hnsw-pca-sq8``: HNSW (M 32, efConstruction 80) over the same projection, stored
     8-bit, pool 200 re-ranked by 8-bit full keys;
   * ``hnsw-flat``: what the product uses today (HNSW M 32, efConstruction 200, float32
     full keys); its build at 1M takes hours on 2 cores, so it is measured at the size
     given after ``@`` and extrapolated (labelled as such).

   For each: build seconds, resident memory growth (RSS) and serialised size, p50/p99
   latency of one search of a pool of 200 with its re-rank, recall@10 against the exact
   top 10. The product then scores the pool's top with the exact harmonic score
   (about 3 ms for 200 candidates, bench/match.py): not included here.

   ``--half-check N``: the exact top 10 over the first N keys stored in float16 against
   float32 (the candidate table's text columns from ``COFOUNDRY_HALF_TABLE_FROM``).
4. **pgvector** (``--pgvector N``): the same keys in PostgreSQL 16 + pgvector 0.6 (the
   pgserver wheel), an HNSW index (``vector_ip_ops``, m 16, ef_construction 64), queried
   ``ORDER BY key <#> q LIMIT 10`` with ``hnsw.ef_search`` 100 and 200, against FAISS
   HNSW at the same size; build time, index size, latency (including the round trip),
   recall@10. Its build time at 1M is extrapolated, labelled.
5. **Trust graph** (``--trust``): the product's path, :func:`bench_trust`: the cold
   start of :class:`matcher.trust.TrustService` (``live_graph_rows`` over a stream of
   N confirmed collaborations among N / 10 people), legitimacy from 50 seeds, then
   :func:`graph.local.local_trust` with the default settings for 200 viewers; build
   seconds, RSS growth and the process's peak, ms per viewer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from embeddings.index import IVF_DIM  # noqa: E402

CACHE = ROOT / "bench" / ".cache"
F32 = np.float32
DIM_FIELD = 512
CHUNK = 50_000


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def rss(field: str = "VmRSS") -> int:
    """Resident memory of this process in bytes (``VmHWM``: its peak so far)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0


def pct(values: list[float], q: float) -> float:
    return round(float(np.percentile(np.array(values) * 1000, q)), 3)


# ------------------------------------------------------------------ data
def base_keys(n: int, encoder_name: str) -> np.ndarray:
    """Pool keys of ``n`` generated profiles encoded with the real encoder (cached)."""
    path = CACHE / f"million-base-{n}-{encoder_name}.npy"
    if path.exists():
        return np.load(path)
    from bench.load import _load_generator
    from embeddings.encoder import encoder_from_name
    from matcher.matching.ranking import CandidateTable, pool_keys
    from matcher.profiles import ProfileVectors, check_profile

    profiles = [check_profile(row) for row in _load_generator().generate(n, 11)[0]]
    encoder = encoder_from_name(encoder_name)
    log(f"encoding {n} base profiles with {encoder.name}")
    texts = [t for p in profiles for t in (p.offers, p.needs, p.values or p.offers)]
    vecs = encoder.encode(texts).reshape(len(profiles), 3, -1).astype(F32)
    empty = np.zeros((0, vecs.shape[2]), dtype=F32)
    pvs = [ProfileVectors(v[0], v[1], v[2], (), empty, (), empty) for v in vecs]
    table = CandidateTable.build(profiles, pvs, vecs.shape[2])
    keys = pool_keys(table)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, keys)
    return keys


class Synth:
    """Synthetic pool keys (and queries) drawn from the base keys, chunk by chunk."""

    def __init__(self, base: np.ndarray, seed: int) -> None:
        self.base = base
        self.seed = seed
        self.dim = base.shape[1]

    def _field(self, rng: np.random.Generator, block: np.ndarray, m: int) -> np.ndarray:
        a = rng.integers(0, len(block), m)
        b = rng.integers(0, len(block), m)
        t = rng.uniform(0, 0.5, (m, 1)).astype(F32)
        v = block[a] + t * block[b]
        v += rng.standard_normal(v.shape, dtype=F32) * (0.2 / np.sqrt(block.shape[1]))
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        return v

    def keys(self, start: int, m: int) -> np.ndarray:
        rng = np.random.default_rng([self.seed, start])
        d = DIM_FIELD
        fields = [self._field(rng, self.base[:, i * d : (i + 1) * d], m) for i in range(3)]
        roles = self.base[rng.integers(0, len(self.base), m), 3 * d :]
        return np.ascontiguousarray(np.hstack([*fields, roles]), dtype=F32)

    def chunks(self, n: int) -> Iterator[tuple[int, np.ndarray]]:
        """The first ``n`` keys, :data:`CHUNK` at a time. A chunk's keys come from a seed of
        its start: every user must chunk alike to see the same keys (the pgvector table once
        did not, and its recall against the truth was 0)."""
        for start in range(0, n, CHUNK):
            yield start, self.keys(start, min(CHUNK, n - start))

    def queries(self, k: int) -> np.ndarray:
        """pool_query of ``k`` synthetic viewers (default weights)."""
        from matcher.matching.model import Weights

        w = Weights().normalised()
        key = self.keys(10**9, k)  # viewers: not among the indexed keys
        d = DIM_FIELD
        offers, needs, values = key[:, :d], key[:, d : 2 * d], key[:, 2 * d : 3 * d]
        offered, seek = key[:, 3 * d : 3 * d + 9], key[:, 3 * d + 9 : 3 * d + 18]
        last = np.full((k, 1), w.roles / 2, dtype=F32)
        q = np.hstack(
            [
                w.reciprocal / 2 * needs,
                w.reciprocal / 2 * offers,
                w.values * values,
                w.roles / 2 * seek,
                w.roles / 2 * offered,
                last,
            ]
        )
        return np.ascontiguousarray(q, dtype=F32)


def exact_top(synth: Synth, n: int, queries: np.ndarray, k: int = 10) -> np.ndarray:
    """Ids of the exact top ``k`` keys for every query (streamed)."""
    best_s = np.full((len(queries), k), -np.inf, dtype=F32)
    best_i = np.zeros((len(queries), k), dtype=np.int64)
    for start, chunk in synth.chunks(n):
        s = queries @ chunk.T
        part = np.argpartition(-s, k - 1, axis=1)[:, :k]
        cand_s = np.take_along_axis(s, part, axis=1)
        all_s = np.hstack([best_s, cand_s])
        all_i = np.hstack([best_i, part + start])
        keep = np.argsort(-all_s, axis=1)[:, :k]
        best_s = np.take_along_axis(all_s, keep, axis=1)
        best_i = np.take_along_axis(all_i, keep, axis=1)
    return best_i


def half_agreement(synth: Synth, n: int, queries: np.ndarray, k: int = 10) -> dict[str, Any]:
    """How the exact top ``k`` over ``n`` keys moves when the keys are stored in float16 (the
    candidate table at a million) instead of float32: the mean share of the float32 top
    ``k`` kept, the share of queries whose top ``k`` is the same list in the same order,
    and the largest change of a score."""
    tops: dict[str, np.ndarray] = {}
    worst = 0.0
    for name, dtype in (("float32", F32), ("float16", np.float16)):
        best_s = np.full((len(queries), k), -np.inf, dtype=F32)
        best_i = np.zeros((len(queries), k), dtype=np.int64)
        for start, chunk in synth.chunks(n):
            stored = chunk.astype(dtype).astype(F32)
            s = queries @ stored.T
            if dtype is np.float16:
                worst = max(worst, float(np.abs(s - queries @ chunk.T).max()))
            part = np.argpartition(-s, k - 1, axis=1)[:, :k]
            all_s = np.hstack([best_s, np.take_along_axis(s, part, axis=1)])
            all_i = np.hstack([best_i, part + start])
            keep = np.argsort(-all_s, axis=1, kind="stable")[:, :k]
            best_s = np.take_along_axis(all_s, keep, axis=1)
            best_i = np.take_along_axis(all_i, keep, axis=1)
        tops[name] = best_i
    out = {
        "n": n,
        "queries": len(queries),
        "top10_overlap": recall(tops["float16"], tops["float32"]),
        "same_ordered_top10": round(float((tops["float16"] == tops["float32"]).all(1).mean()), 4),
        "max_score_change": round(worst, 6),
    }
    log(f"float16 table {out}")
    return out


def recall(found: np.ndarray, truth: np.ndarray) -> float:
    hits = [len(set(f[f >= 0]) & set(t)) for f, t in zip(found, truth, strict=True)]
    return round(float(np.mean(hits)) / truth.shape[1], 4)


# --------------------------------------------------------------- indexes
def _padded(x: np.ndarray) -> np.ndarray:
    """Keys padded with zeros to 1560 (a multiple of 8 and of 30; inner products unchanged)."""
    pad = (-x.shape[1]) % 8
    return np.ascontiguousarray(np.pad(x, ((0, 0), (0, pad))), dtype=F32) if pad else x


def _projection(sample: np.ndarray, out: int) -> Any:
    """The top ``out`` principal directions of the uncentred keys, as a FAISS transform.

    FAISS's PCA subtracts the mean, which changes inner products (``(q - m).(x - m)``
    ranks differently from ``q.x``); the uncentred projection keeps them, up to the energy
    left out (under a few percent here: the keys are three 512-d embeddings that share
    most of their directions).
    """
    import faiss

    _, sv, vt = np.linalg.svd(sample[: min(len(sample), 20_000)], full_matrices=False)
    energy = float((sv[:out] ** 2).sum() / (sv**2).sum())
    log(f"projection to {out} dimensions keeps {energy:.3f} of the keys' energy")
    transform = faiss.LinearTransform(sample.shape[1], out, False)
    faiss.copy_array_to_vector(np.ascontiguousarray(vt[:out], dtype=F32).ravel(), transform.A)
    transform.is_trained = True
    return transform


def build_faiss(kind: str, synth: Synth, n: int, threads: int = 2) -> tuple[Any, dict[str, Any]]:
    import faiss

    faiss.omp_set_num_threads(threads)
    gc.collect()
    r0, t0 = rss(), time.perf_counter()
    dim = synth.dim + (-synth.dim) % 8
    ip = faiss.METRIC_INNER_PRODUCT
    if kind == "hnsw-flat":
        index = faiss.IndexHNSWFlat(dim, 32, ip)
        index.hnsw.efConstruction = 200
    else:
        refine = faiss.IndexScalarQuantizer(dim, faiss.ScalarQuantizer.QT_8bit, ip)
        train = _padded(np.vstack([synth.keys(n + i * CHUNK, CHUNK) for i in range(2)]))
        log(f"{kind}: training on {len(train)} held-out keys")
        project = _projection(train, 256)  # inner products kept: no centring
        if kind == "ivfpq":
            inner: Any = faiss.index_factory(256, "IVF2048,PQ32", ip)
        elif kind == "hnsw-pca-sq8":
            inner = faiss.index_factory(256, "HNSW32_SQ8", ip)
            inner.hnsw.efConstruction = 80
        else:
            raise SystemExit(f"unknown index {kind!r}")
        index = faiss.IndexRefine(faiss.IndexPreTransform(project, inner), refine)
        index.train(train)
        del train
    for start, chunk in synth.chunks(n):
        index.add(_padded(chunk))
        if start % 200_000 == 0:
            log(f"{kind}: {start + len(chunk)} / {n} added ({time.perf_counter() - t0:.0f} s)")
    build_s = time.perf_counter() - t0
    gc.collect()
    info = {
        "index": kind,
        "n": n,
        "build_s": round(build_s, 1),
        "rss_growth_gib": round((rss() - r0) / 2**30, 3),
        "serialized_gib": round(len(faiss.serialize_index(index)) / 2**30, 3),
    }
    return index, info


def search_faiss(
    index: Any, kind: str, queries: np.ndarray, truth: np.ndarray, settings: list[int]
) -> list[dict[str, Any]]:
    import faiss

    faiss.omp_set_num_threads(1)
    q = _padded(queries)
    rows = []
    for value in settings:
        if kind == "hnsw-flat":
            params = faiss.SearchParametersHNSW(efSearch=value)
            k_search = 200
        elif kind == "ivfpq":
            params = faiss.SearchParametersIVF(nprobe=value)
            params = faiss.IndexRefineSearchParameters(k_factor=20, base_index_params=params)
            k_search = 10
        else:
            params = faiss.IndexRefineSearchParameters(
                k_factor=20, base_index_params=faiss.SearchParametersHNSW(efSearch=value)
            )
            k_search = 10
        times, found = [], []
        for i in range(len(q)):
            t = time.perf_counter()
            _, ids = index.search(q[i : i + 1], k_search, params=params)
            times.append(time.perf_counter() - t)
            found.append(ids[0][:10])
        rows.append(
            {
                "setting": {"hnsw-flat": "efSearch", "ivfpq": "nprobe"}.get(kind, "efSearch")
                + f"={value}",
                "pool": 200,
                "p50_ms": pct(times, 50),
                "p99_ms": pct(times, 99),
                "recall_at_10": recall(np.array(found), truth),
            }
        )
        log(f"{kind} {rows[-1]}")
    return rows


def build_product(
    synth: Synth, n: int, ivf_dim: int, threads: int = 2
) -> tuple[Any, np.ndarray, dict[str, Any]]:
    """The product's own index at ``n`` keys: :class:`embeddings.index.VectorIndex` with
    ``kind="auto"`` (an inverted file of 8-bit vectors from ``IVF_FROM`` keys, over their
    ``ivf_dim`` principal directions), fitted on the first 200,000 keys (its projection,
    cells and quantiser trained on a sample of them) and the rest added chunk by chunk
    (the float32 keys of a million never sit in memory at once, as ``fit`` would need);
    the cells are those ``auto`` gives ``n`` keys (``4 * sqrt(n)``).

    Also returns the keys in float16, ``n x dim``: the stand-in for the candidate
    table's columns, from which the suggestions re-rank the pool exactly. The index's
    memory is the process's growth less that table."""
    import math

    import faiss

    from embeddings.index import VectorIndex

    faiss.omp_set_num_threads(threads)
    gc.collect()
    r0, t0 = rss(), time.perf_counter()
    table = np.empty((n, synth.dim), dtype=np.float16)
    index = VectorIndex("auto", nlist=round(4 * math.sqrt(n)), ivf_dim=ivf_dim)
    first = min(n, 200_000)
    head = np.vstack([c for _, c in synth.chunks(first)])
    table[:first] = head
    index.fit(head, [f"k{i}" for i in range(first)], model="synthetic")
    nlist = faiss.extract_index_ivf(index.index_).nlist if index.kind_ == "ivf" else 0
    log(
        f"product index ({index.kind_}, nlist {nlist}): fitted on {first} keys"
        f" ({time.perf_counter() - t0:.0f} s)"
    )
    del head
    for start in range(first, n, CHUNK):
        m = min(CHUNK, n - start)
        keys = synth.keys(start, m)
        table[start : start + m] = keys
        index.add(keys, [f"k{i}" for i in range(start, start + m)])
        if start % 200_000 == 0:
            log(f"product: {start + m} / {n} added ({time.perf_counter() - t0:.0f} s)")
    build_s = time.perf_counter() - t0
    gc.collect()
    projected = index.kind_ == "ivf" and 0 < index.ivf_dim < synth.dim
    info = {
        "index": f"product {index.kind_} (IVF{nlist},SQ8"
        + (f" over {index.ivf_dim} principal directions)" if projected else ")"),
        "n": n,
        "build_s": round(build_s, 1),
        "rss_growth_gib": round((rss() - r0 - table.nbytes) / 2**30, 3),
        "serialized_gib": round(len(faiss.serialize_index(index.index_)) / 2**30, 3),
        "table_float16_gib": round(table.nbytes / 2**30, 3),
    }
    log(f"product {info}")
    return index, table, info


def search_product(
    index: Any,
    table: np.ndarray,
    queries: np.ndarray,
    truth: np.ndarray,
    settings: list[int],
    pool: int = 200,
) -> list[dict[str, Any]]:
    """Time :meth:`VectorIndex.search_positions` for a pool of ``pool`` (what a suggestion
    asks) at each ``nprobe``, and the pool's exact re-rank: its keys gathered from the
    float16 ``table`` and scored by the full inner product, as the suggestions re-rank the
    pool from the candidate table (:func:`~matcher.matching.ranking.rank_exact` then
    scores the harmonic form, about 3 ms for 200, bench/match.py: not included).
    ``recall_at_10``: the re-ranked top 10 against the exact top 10 (what is served);
    ``recall_at_10_index_order``: the pool's first 10 in the index's own order.
    ``cpu_p50_ms`` is the searching thread's CPU time: what the query costs a core of its
    own, without the wait for a core that a shared machine adds to the wall time."""
    import faiss

    faiss.omp_set_num_threads(1)
    rows = []
    for value in settings:
        index.nprobe = value
        times, cpu, found, order = [], [], [], []
        for q in queries:
            t, c = time.perf_counter(), time.thread_time()
            hits = index.search_positions(q, pool)
            scores = table[hits].astype(F32) @ q
            top = hits[np.argsort(-scores, kind="stable")[:10]]
            cpu.append(time.thread_time() - c)
            times.append(time.perf_counter() - t)
            found.append(np.pad(top, (0, 10 - len(top)), constant_values=-1))
            order.append(np.pad(hits[:10], (0, 10 - len(hits[:10])), constant_values=-1))
        rows.append(
            {
                "setting": f"nprobe={value}",
                "pool": pool,
                "p50_ms": pct(times, 50),
                "p99_ms": pct(times, 99),
                "cpu_p50_ms": pct(cpu, 50),
                "recall_at_10": recall(np.array(found), truth),
                "recall_at_10_index_order": recall(np.array(order), truth),
            }
        )
        log(f"product {rows[-1]}")
    return rows


# --------------------------------------------------------------- pgvector
def bench_pgvector(synth: Synth, n: int, queries: np.ndarray, truth: np.ndarray) -> dict[str, Any]:
    from tests.pg import start_server

    server = start_server("cofoundry_vectors")
    out: dict[str, Any] = {"n": n}
    try:
        with server.admin() as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS vector")
            conn.execute("DROP TABLE IF EXISTS items")
            conn.execute(f"CREATE TABLE items (id integer PRIMARY KEY, key vector({synth.dim}))")
            t0 = time.perf_counter()
            with conn.cursor().copy("COPY items (id, key) FROM STDIN") as copy:
                for start, chunk in synth.chunks(n):
                    for i, row in enumerate(chunk):
                        copy.write_row((start + i, "[" + ",".join(f"{x:.6g}" for x in row) + "]"))
            out["load_s"] = round(time.perf_counter() - t0, 1)
            conn.execute("SET maintenance_work_mem = '4GB'")
            conn.execute("SET max_parallel_maintenance_workers = 1")
            t0 = time.perf_counter()
            conn.execute(
                "CREATE INDEX items_hnsw ON items USING hnsw (key vector_ip_ops)"
                " WITH (m = 16, ef_construction = 64)"
            )
            out["build_s"] = round(time.perf_counter() - t0, 1)
            out["index_gib"] = round(
                conn.execute("SELECT pg_relation_size('items_hnsw')").fetchone()[0] / 2**30, 3
            )
            out["table_gib"] = round(
                conn.execute("SELECT pg_total_relation_size('items')").fetchone()[0] / 2**30
                - out["index_gib"],
                3,
            )
            rows = []
            texts = ["[" + ",".join(f"{x:.6g}" for x in q) + "]" for q in queries]
            for ef in (100, 200):
                conn.execute(f"SET hnsw.ef_search = {ef}")
                times, found = [], []
                for q in texts:
                    t = time.perf_counter()
                    ids = conn.execute(
                        "SELECT id FROM items ORDER BY key <#> %s::vector LIMIT 10", [q]
                    ).fetchall()
                    times.append(time.perf_counter() - t)
                    found.append(np.array([r[0] for r in ids] + [-1] * (10 - len(ids))))
                rows.append(
                    {
                        "setting": f"hnsw.ef_search={ef}",
                        "p50_ms": pct(times, 50),
                        "p99_ms": pct(times, 99),
                        "recall_at_10": recall(np.array(found), truth),
                    }
                )
                log(f"pgvector {rows[-1]}")
            out["searches"] = rows
    finally:
        server.stop()
    # extrapolation of the build to 1M: HNSW insertions cost ~ log(n) each
    scale = 1_000_000 / n * np.log(1_000_000) / np.log(n)
    out["build_s_at_1m_extrapolated"] = round(out["build_s"] * scale)
    return out


# ------------------------------------------------------------------ trust
def collaboration_rows(
    m: int, names: list[str], day: dt.date, rng: np.random.Generator
) -> Iterator[tuple[str, str, dt.date | None, int | None, int | None]]:
    """``m`` confirmed collaborations as the store streams them: ``(proposer, partner,
    ended, proposer_rating, partner_rating)``, plain Python values as a cursor hands over.

    Half the partners are near the proposer (ids within 200: a local community), half
    anywhere; ratings uniform in -1..2; a third ended in the last four years.
    """
    people = len(names)
    a = rng.integers(0, people, m)
    near = (a + rng.integers(1, 200, m)) % people
    far = (a + 1 + rng.integers(0, people - 1, m)) % people
    b = np.where(rng.random(m) < 0.5, near, far)
    del near, far
    ratings = rng.integers(-1, 3, (m, 2))
    ended = np.where(rng.random(m) < 1 / 3, rng.integers(0, 4 * 365, m), -1)
    dates = [day - dt.timedelta(days=d) for d in range(4 * 365)]
    for i in range(m):
        e = int(ended[i])
        yield (
            names[a[i]],
            names[b[i]],
            dates[e] if e >= 0 else None,
            int(ratings[i, 0]),
            int(ratings[i, 1]),
        )


def bench_trust(sizes: list[int], viewers: int = 200, seeds: int = 50) -> list[dict[str, Any]]:
    """The product's trust path at ``sizes`` confirmed collaborations among ``m / 10`` people.

    What :class:`matcher.trust.TrustService` does: the cold start
    (:func:`matcher.trust.model.live_graph_rows` over the store's row stream, here a
    generator of the same tuples), legitimacy from ``seeds`` checked-in members
    (:func:`graph.legitimacy.legitimacy`), then one viewer's trust
    (:func:`graph.local.local_trust` with the default :class:`TrustSettings`, compacted
    as :meth:`TrustService.viewer_trust` keeps it) for ``viewers`` random people.
    The rows are those of :func:`collaboration_rows`.
    """
    from graph.legitimacy import legitimacy
    from graph.local import local_trust
    from matcher.trust.model import TrustSettings, live_graph_rows

    s = TrustSettings()
    day = dt.date(2025, 1, 1)
    rows = []
    for m in sizes:
        gc.collect()
        people = max(10, m // 10)
        rng = np.random.default_rng(3)
        names = [f"p{i}" for i in range(people)]
        r0, t0 = rss(), time.perf_counter()
        graph = live_graph_rows(collaboration_rows(m, names, day, rng), [], settings=s)
        t1 = time.perf_counter()
        built_rss = rss()
        seed_ids = [names[i] for i in rng.choice(people, seeds, replace=False)]
        leg = legitimacy(graph, seed_ids, as_of=day)
        t2 = time.perf_counter()
        per, reached, bounds = [], [], []
        for v in rng.integers(0, people, viewers):
            t = time.perf_counter()
            trust = local_trust(
                graph,
                names[v],
                as_of=day,
                alpha=s.alpha,
                normalise=s.normalise,
                degree_prior=s.degree_prior,
                negative_weight=s.negative_weight,
                legitimacy=leg,
                max_pushes=s.max_pushes,
                tol=s.tol,
            ).compact()
            per.append(time.perf_counter() - t)
            reached.append(len(trust))
            bounds.append(trust.error_bound)
        row = {
            "collaborations": m,
            "people": people,
            "arc_entries": graph.n_arcs,
            "build_s": round(t1 - t0, 1),
            "rss_growth_gib": round((built_rss - r0) / 2**30, 3),
            "process_peak_rss_gib": round(rss("VmHWM") / 2**30, 3),
            "legitimacy_s": round(t2 - t1, 1),
            "viewers": viewers,
            "per_viewer_p50_ms": pct(per, 50),
            "per_viewer_p99_ms": pct(per, 99),
            "reached_p50": int(np.median(reached)),
            "error_bound_max": round(float(max(bounds)), 4),
        }
        rows.append(row)
        log(f"trust {row}")
        del graph, leg, names
    return rows


def tables(result: dict[str, Any]) -> str:
    """The results as the Markdown tables of docs/deployment.md."""
    out = []
    if result.get("indexes"):
        out.append(
            "| index | keys | build | memory (RSS growth / serialised) | setting |"
            " p50 | p99 | CPU p50 | recall@10 |\n|---|---|---|---|---|---|---|---|---|"
        )
        for info in result["indexes"]:
            extra = ""
            if "build_s_at_target_extrapolated" in info:
                extra = (
                    f" (at {result['setup']['n']:,}: ~{info['build_s_at_target_extrapolated']:,} s,"
                    f" ~{info['memory_gib_at_target_extrapolated']} GiB, extrapolated)"
                )
            for i, row in enumerate(info["searches"]):
                head = (
                    f"| {info['index']} | {info['n']:,} | {info['build_s']:,} s{extra} |"
                    f" {info['rss_growth_gib']} / {info['serialized_gib']} GiB |"
                    if i == 0
                    else "| | | | |"
                )
                cpu = f"{row['cpu_p50_ms']} ms" if "cpu_p50_ms" in row else ""
                out.append(
                    f"{head} {row['setting']} | {row['p50_ms']} ms | {row['p99_ms']} ms |"
                    f" {cpu} | {row['recall_at_10']} |"
                )
    if result.get("pgvector"):
        pg, fa = result["pgvector"]["pgvector"], result["pgvector"]["faiss_hnsw_same_size"]
        out.append(
            "\n| at the same size | build | memory | setting | p50 | p99 | recall@10 |"
            "\n|---|---|---|---|---|---|---|"
        )
        for i, row in enumerate(pg["searches"]):
            head = (
                f"| pgvector HNSW, {pg['n']:,} keys (in PostgreSQL, over a socket) |"
                f" {pg['build_s']} s (~{pg['build_s_at_1m_extrapolated']:,} s at 1M,"
                f" extrapolated) | index {pg['index_gib']} GiB + table {pg['table_gib']} GiB"
                " on disk, in the server |"
                if i == 0
                else "| | | |"
            )
            out.append(
                f"{head} {row['setting']} | {row['p50_ms']} ms | {row['p99_ms']} ms |"
                f" {row['recall_at_10']} |"
            )
        for i, row in enumerate(fa["searches"]):
            head = (
                f"| FAISS HNSW in the process, {fa['n']:,} keys | {fa['build_s']} s |"
                f" {fa['rss_growth_gib']} GiB RSS per process |"
                if i == 0
                else "| | | |"
            )
            out.append(
                f"{head} {row['setting']} | {row['p50_ms']} ms | {row['p99_ms']} ms |"
                f" {row['recall_at_10']} |"
            )
    if result.get("trust"):
        out.append(
            "\n| collaborations | people | cold build | memory (RSS growth; process peak) |"
            " legitimacy | per viewer p50 | p99 | reached (median) |"
            "\n|---|---|---|---|---|---|---|---|"
        )
        for row in result["trust"]["measured"]:
            out.append(
                f"| {row['collaborations']:,} | {row['people']:,} | {row['build_s']} s |"
                f" {row['rss_growth_gib']} GiB; {row.get('process_peak_rss_gib', '?')} GiB |"
                f" {row['legitimacy_s']} s |"
                f" {row['per_viewer_p50_ms']} ms | {row['per_viewer_p99_ms']} ms |"
                f" {row['reached_p50']:,} |"
            )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--base", type=int, default=4000)
    parser.add_argument("--encoder", default="use-multilingual-v3")
    parser.add_argument("--indexes", default="product")
    parser.add_argument("--nprobe", default="384,512,640", help="settings of the product's index")
    parser.add_argument(
        "--ivf-dim",
        type=int,
        default=IVF_DIM,
        help="principal directions the product's inverted file keeps (0: all)",
    )
    parser.add_argument(
        "--half-check",
        type=int,
        default=0,
        help="keys over which the exact top 10 from float16 keys is compared with float32",
    )
    parser.add_argument("--pgvector", type=int, default=0)
    parser.add_argument("--trust", default="1000000,10000000")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "million.json")
    parser.add_argument(
        "--tables", type=Path, help="print the Markdown tables of a results file, and exit"
    )
    args = parser.parse_args(argv)
    if args.tables:
        print(tables(json.loads(args.tables.read_text())))
        return 0
    os.environ.setdefault("OMP_NUM_THREADS", "2")
    result: dict[str, Any] = {
        "benchmark": "bench/million.py",
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_before": [round(x, 2) for x in os.getloadavg()],
            "note": "2 cores shared with other jobs; builds on 2 threads, searches on 1",
        },
        "setup": vars(args) | {"out": str(args.out)},
    }
    base = base_keys(args.base, args.encoder)
    synth = Synth(base, args.seed)
    queries = synth.queries(args.queries)
    result["dimension"] = synth.dim
    truths: dict[int, np.ndarray] = {}

    def truth(n: int) -> np.ndarray:
        if n not in truths:
            t0 = time.perf_counter()
            truths[n] = exact_top(synth, n, queries)
            log(f"exact top-10 over {n} keys in {time.perf_counter() - t0:.1f} s")
        return truths[n]

    if args.half_check:
        result["float16_table"] = half_agreement(synth, args.half_check, queries)
        args.out.write_text(json.dumps(result, indent=1) + "\n")
    result["indexes"] = []
    for spec in filter(None, args.indexes.split(",")):
        kind, _, size = spec.partition("@")
        n = int(size) if size else args.n
        if kind == "product":
            index, table, info = build_product(synth, n, args.ivf_dim)
            probes = [int(x) for x in args.nprobe.split(",")]
            info["searches"] = search_product(index, table, queries, truth(n), probes)
            info["process_rss_gib"] = round(rss() / 2**30, 3)
            info["process_peak_rss_gib"] = round(rss("VmHWM") / 2**30, 3)
            log(f"process RSS {info['process_rss_gib']} GiB, peak {info['process_peak_rss_gib']}")
            result["indexes"].append(info)
            del index, table
            gc.collect()
            args.out.write_text(json.dumps(result, indent=1) + "\n")
            continue
        index, info = build_faiss(kind, synth, n)
        settings = {
            "ivfpq": [32, 64, 128, 256],
            "hnsw-pca-sq8": [64, 128, 256],
            "hnsw-flat": [256],
        }[kind]
        info["searches"] = search_faiss(index, kind, queries, truth(n), settings)
        if n != args.n:
            scale = args.n / n * np.log(args.n) / np.log(n)
            info["build_s_at_target_extrapolated"] = round(info["build_s"] * scale)
            info["memory_gib_at_target_extrapolated"] = round(
                info["serialized_gib"] * args.n / n, 2
            )
        result["indexes"].append(info)
        del index
        gc.collect()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=1) + "\n")
    if args.pgvector:
        n = args.pgvector
        pg = bench_pgvector(synth, n, queries, truth(n))
        index, info = build_faiss("hnsw-flat", synth, n)
        info["searches"] = search_faiss(index, "hnsw-flat", queries, truth(n), [128, 256])
        del index
        result["pgvector"] = {"pgvector": pg, "faiss_hnsw_same_size": info}
        args.out.write_text(json.dumps(result, indent=1) + "\n")
    if args.trust:
        sizes = [int(x) for x in args.trust.split(",")]
        rows = bench_trust(sizes)
        result["trust"] = {"measured": rows}
    result["machine"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    log(f"wrote {args.out}")
    print(tables(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
