"""Matching benchmark: encoding throughput, exact versus index search, recall@10, memory.

Usage::

    python bench/match.py [--sizes 10000,100000] [--queries 200] [--seed 1]
                          [--out bench/results/match.json]

Method (every ratio is taken against a baseline measured in the same run, since
machines are noisy):

1. **Data.** Synthetic profiles come from ``data/generate.py``
   (``generate(n, seed) -> (profiles, pairs)``), loaded by path; every row is
   validated with :func:`matcher.profiles.validation.check_rows`. If the script is not there
   yet, the benchmark polls for it (``--wait``).
2. **Encoding throughput**, on the first 2,000 profiles of the first size, with
   the real model (``use-multilingual-v3``, ``threads=2``), after a warm-up:

   * *raw*: ``USEEncoder().encode(texts)`` on their non-empty field texts;
   * *service*: :meth:`matcher.profiles.service.Service.ensure_vectors` over the same
     profiles in an in-memory ``connect(":memory:")`` (profiles inserted first,
     untimed), which also splits each text into phrases, encodes those too and
     writes every vector to SQLite.

   The two alternate for two rounds and the fastest run of each counts; both are
   given in whole field texts per second (what a user waits for), and the ratio is
   service / raw. The service's encoder time is separated from its own work.
3. **Vectors for search.** Each distinct field text is encoded once with the real
   model (in chunks saved as it goes, so an interrupted run resumes) and the
   ``(n, 3, 512)`` array is cached in
   ``bench/.cache/vectors-<n>-<seed>.npy`` (a JSON beside it records the method and
   a hash of the texts, so a changed generator invalidates it). When the estimate
   from the measured throughput passes ``--max-encode-seconds``, the unique
   *phrases* (:func:`matcher.matching.ranking.split_phrases`) are encoded instead and a
   text's vector is the normalised mean of its phrase vectors; the output says
   which method was used.
4. **Search**, per size, over a :class:`matcher.matching.ranking.CandidateTable` of the
   suggestable profiles, for ``--queries`` viewers drawn with ``--seed`` among all
   profiles, default ``Filters()`` and ``Weights()``, ``k = 10``:

   * *exact*: ``rank_exact`` over every row: the reference top-10 and the
     brute-force numpy baseline;
   * *index*: a :class:`embeddings.index.VectorIndex` (``flat`` or ``hnsw``) over
     ``pool_keys(table)``, queried with ``pool_query``; the pool is re-ranked by
     ``rank_exact(rows=...)`` and widened (doubled, then an exact scan past 8x)
     exactly as ``Service._rank`` does. The latency of one whole suggestion query
     (query vector, search, re-rank) is measured in process.

   The exact scan and the index settings are interleaved in blocks of ``--block``
   viewers, so a burst of load from another process hits the baseline and the
   settings alike. Other processes' share of the CPUs is measured (``/proc/stat``)
   and printed; above 10 % the figures are marked noisy. Recall does not depend
   on load; latencies do, the exact scan (two BLAS threads) most of all.

   For each setting (kind, HNSW ``M`` and efConstruction, ``ef_search``, pool):
   p50 / p99 latency,
   recall@10 against the exact top-10 (by profile, and tie-aware: a returned
   candidate whose score equals the exact 10th score counts as a hit), the speed
   ratio exact p50 / index p50, how often the pool was widened, and the HNSW
   build time. ``ef_search`` below the pool size is raised to the pool by
   ``VectorIndex.search``; such duplicates are measured once.
5. **Memory per profile**: bytes of the table's arrays and of the index
   (``faiss.serialize_index``), divided by the number of indexed profiles, and
   the growth of the resident set size (``VmRSS``) while building each.

The target of the issue is 100k profiles, p50 <= 20 ms with recall@10 >= 0.95;
the benchmark reports the cheapest setting that meets it, the fastest that clears
it by a 0.02 recall margin, or by how much the best settings miss it; and the size
below which an exact scan stays within the latency target
(``MatchSettings.exact_below``).

Output: a plain-text table on stdout and JSON in ``--out``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import importlib.util
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import faiss  # noqa: E402

from bench.common import write_json  # noqa: E402
from embeddings.encoder import USEEncoder  # noqa: E402
from embeddings.index import VectorIndex  # noqa: E402
from matcher.community import Community  # noqa: E402
from matcher.matching.ranking import (  # noqa: E402
    CandidateTable,
    Ranked,
    pool_keys,
    pool_query,
    rank_exact,
)
from matcher.profiles import ProfileStore  # noqa: E402
from matcher.profiles.model import (  # noqa: E402
    Profile,
    ProfileVectors,
    split_phrases,
)
from matcher.profiles.validation import check_rows, profile_to_dict  # noqa: E402
from matcher.schema import connect  # noqa: E402

GENERATOR = ROOT / "data" / "generate.py"
CACHE = ROOT / "bench" / ".cache"
RESULTS = ROOT / "bench" / "results" / "match.json"
FIELDS = ("offers", "needs", "values")
K = 10
THROUGHPUT_PROFILES = 2_000
TARGET_SIZE = 100_000
TARGET_P50_MS = 20.0
TARGET_RECALL = 0.95
RECALL_MARGIN = 0.02

F32 = npt.NDArray[np.float32]


# --------------------------------------------------------------------- utilities
def log(message: str) -> None:
    """Progress on stderr, so stdout holds only the tables."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def rss_bytes() -> int:
    """Current resident set size of this process (``VmRSS``)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


class CpuMeter:
    """Share of the machine's CPUs used by *other* processes since creation (noise indicator).

    Reads ``/proc/stat`` (all processes) and ``/proc/self/stat`` (this one); the
    difference, over the elapsed time and the number of CPUs, is the load that
    competed with the benchmark. Above about 0.1 the figures are suspect: BLAS
    threads that spin while waiting slow down several-fold when a core is taken.
    """

    def __init__(self) -> None:
        self._start = self._read()

    @staticmethod
    def _read() -> tuple[float, float, float]:
        tick = os.sysconf("SC_CLK_TCK")
        with open("/proc/stat", encoding="ascii") as fh:
            parts = [int(x) for x in fh.readline().split()[1:]]
        busy = sum(parts) - parts[3] - (parts[4] if len(parts) > 4 else 0)
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        own = int(fields[11]) + int(fields[12])
        return busy / tick, own / tick, time.monotonic()

    def others(self) -> float:
        """Mean fraction of all CPUs busy with other processes since the meter started."""
        busy0, own0, t0 = self._start
        busy1, own1, t1 = self._read()
        cpus = os.cpu_count() or 1
        if t1 <= t0:
            return 0.0
        return round(max(0.0, (busy1 - busy0) - (own1 - own0)) / ((t1 - t0) * cpus), 3)


def percentile_ms(seconds: Sequence[float], q: float) -> float:
    """The ``q``-th percentile of latencies given in seconds, in milliseconds."""
    return round(float(np.percentile(np.asarray(seconds) * 1000.0, q)), 3)


def parse_ints(text: str) -> list[int]:
    """``"100,200"`` -> ``[100, 200]`` (underscores allowed)."""
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def parse_hnsw(text: str) -> list[tuple[int, int]]:
    """``"16:80,32"`` -> ``[(16, 80), (32, 80)]``: HNSW ``M`` and efConstruction (default 80)."""
    out = []
    for pair in text.split(","):
        if pair.strip():
            m, _, efc = pair.partition(":")
            out.append((int(m), int(efc or 80)))
    return out


def load_generator(path: Path, wait_seconds: float) -> ModuleType:
    """Import the generator script by path, polling until it appears (it may still be written)."""
    deadline = time.monotonic() + wait_seconds
    announced = False
    while True:
        if path.exists():
            spec = importlib.util.spec_from_file_location("cofoundry_data_generate", path)
            if spec is None or spec.loader is None:
                raise SystemExit(f"bench/match.py: cannot import {path}")
            module = importlib.util.module_from_spec(spec)
            try:
                spec.loader.exec_module(module)
            except Exception as exc:  # a half-written file: wait for the next version
                if time.monotonic() > deadline:
                    raise SystemExit(f"bench/match.py: {path} does not import: {exc}") from exc
                log(f"{path} does not import yet ({exc}); retrying in 30 s")
                time.sleep(30)
                continue
            if not hasattr(module, "generate"):
                raise SystemExit(f"bench/match.py: {path} has no generate(n, seed)")
            return module
        if time.monotonic() > deadline:
            raise SystemExit(
                f"bench/match.py: {path} is missing after {wait_seconds:.0f} s;"
                " write it (generate(n, seed) -> (profiles, pairs)) or raise --wait"
            )
        if not announced:
            log(f"waiting for {path} (up to {wait_seconds:.0f} s)")
            announced = True
        time.sleep(30)


def load_profiles(gen: ModuleType, n: int, seed: int) -> tuple[list[Profile], dict[str, Any]]:
    """Generate ``n`` rows with ``seed`` and validate them; bad rows are counted and dropped."""
    t0 = time.perf_counter()
    rows, pairs = gen.generate(n, seed)
    t_gen = time.perf_counter() - t0
    raw = [profile_to_dict(r) if isinstance(r, Profile) else r for r in rows]
    t0 = time.perf_counter()
    good, bad = check_rows(raw)
    t_check = time.perf_counter() - t0
    if bad:
        first = "; ".join(str(e) for e in bad[0][2][:3])
        log(f"{len(bad)} of {len(raw)} generated rows are invalid and dropped (first: {first})")
    info = {
        "rows": len(raw),
        "valid": len(good),
        "rejected": len(bad),
        "first_rejection": str(bad[0][2][0]) if bad else None,
        "pairs": len(pairs) if hasattr(pairs, "__len__") else None,
        "generate_s": round(t_gen, 2),
        "check_rows_s": round(t_check, 2),
    }
    return good, info


# -------------------------------------------------------------------- encoding
def measure_encoding(
    encoder: USEEncoder, profiles: Sequence[Profile], rounds: int = 2
) -> dict[str, Any]:
    """Raw encoder versus ``Service.ensure_vectors`` on the same profiles.

    The two alternate for ``rounds`` rounds (raw, service, raw, service...) and the
    fastest run of each counts, so a burst of load from another process does not
    skew the ratio; each service run starts from a fresh in-memory store.
    """
    texts = [getattr(p, f) for p in profiles for f in FIELDS]
    nonempty = [t for t in texts if t.strip()]
    encoder.encode(nonempty[:128])  # load the model and warm up
    original = encoder.encode
    sent: list[int] = []
    distinct: list[int] = []
    inside: list[float] = []

    def counting(batch: Sequence[str], *, progress: bool = False) -> F32:
        sent.append(len(batch))
        distinct.append(len(set(batch)))
        t0 = time.perf_counter()
        out = original(batch, progress=progress)
        inside.append(time.perf_counter() - t0)
        return out

    meter = CpuMeter()
    raw_runs: list[float] = []
    service_runs: list[tuple[float, float]] = []
    fields = 0
    for _ in range(rounds):
        t0 = time.perf_counter()
        encoder.encode(nonempty)
        raw_runs.append(time.perf_counter() - t0)

        store = connect(":memory:")
        profile_store = ProfileStore(store)
        with store.transaction():
            for p in profiles:
                profile_store.put_profile(p)
        service = Community(store, encoder)
        sent.clear()
        distinct.clear()
        inside.clear()
        encoder.encode = counting  # type: ignore[method-assign]
        try:
            t0 = time.perf_counter()
            fields = service.profiles.ensure_vectors()
            service_runs.append((time.perf_counter() - t0, sum(inside)))
        finally:
            del encoder.encode
        store.close()
    raw_s = min(raw_runs)
    service_s, encoder_s = min(service_runs)
    raw_rate = len(nonempty) / raw_s
    service_rate = len(nonempty) / service_s
    return {
        "profiles": len(profiles),
        "field_texts": len(nonempty),
        "distinct_field_texts": len(set(nonempty)),
        "mean_chars_per_text": round(sum(map(len, nonempty)) / len(nonempty), 1),
        "raw_runs_s": [round(x, 2) for x in raw_runs],
        "raw_texts_per_s": round(raw_rate, 1),
        "service_runs_s": [round(x, 2) for x, _ in service_runs],
        "service_fields_encoded": fields,
        "service_strings_sent_to_encoder": sum(sent),
        "service_distinct_strings": sum(distinct),
        "service_encoder_s": round(encoder_s, 2),
        "service_other_s": round(service_s - encoder_s, 2),
        "service_field_texts_per_s": round(service_rate, 1),
        "service_strings_per_s": round(sum(sent) / service_s, 1),
        "ratio_service_over_raw": round(service_rate / raw_rate, 3),
        "other_processes_cpu": meter.others(),
        "note": "rates in whole field texts per second (what a user waits for), best of the"
        " runs; the service also encodes every phrase and writes SQLite",
    }


def _texts_hash(profiles: Sequence[Profile]) -> str:
    h = hashlib.sha256()
    for p in profiles:
        for f in FIELDS:
            h.update(getattr(p, f).encode())
            h.update(b"\x00")
    return h.hexdigest()[:24]


def _normalised_rows(x: F32) -> F32:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(x / norms, dtype=np.float32)


def encode_resumable(encoder: USEEncoder, strings: Sequence[str], chunk: int = 8192) -> F32:
    """Encode ``strings`` in chunks saved under ``bench/.cache/partial-<hash>/``, logging progress.

    An interrupted run (or one slowed down by other processes and stopped) resumes
    where it left off; the folder is removed once every chunk is done.
    """
    h = hashlib.sha256(encoder.name.encode())
    for t in strings:
        h.update(t.encode())
        h.update(b"\x00")
    folder = CACHE / f"partial-{h.hexdigest()[:16]}"
    folder.mkdir(parents=True, exist_ok=True)
    parts: list[F32] = []
    t0 = time.perf_counter()
    done_now = 0
    for number, lo in enumerate(range(0, len(strings), chunk)):
        hi = min(lo + chunk, len(strings))
        part = folder / f"chunk-{number:05d}.npy"
        if part.exists():
            parts.append(np.load(part))
            continue
        vecs = encoder.encode(strings[lo:hi])
        tmp = part.with_suffix(".tmp.npy")
        np.save(tmp, vecs)
        os.replace(tmp, part)
        parts.append(vecs)
        done_now += hi - lo
        rate = done_now / (time.perf_counter() - t0)
        log(
            f"  encoded {hi}/{len(strings)} ({rate:.0f}/s,"
            f" {(len(strings) - hi) / rate:.0f} s to go)"
        )
    for part in folder.glob("chunk-*.npy"):
        part.unlink()
    folder.rmdir()
    if not parts:
        return np.zeros((0, encoder.dim), dtype=np.float32)
    return np.concatenate(parts)


def encode_profiles(
    encoder: USEEncoder,
    profiles: Sequence[Profile],
    n: int,
    seed: int,
    rate: float,
    max_seconds: float,
    memo: dict[str, F32],
) -> tuple[F32, dict[str, Any]]:
    """The ``(len(profiles), 3, dim)`` field vectors, from the cache or the real model."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"vectors-{n}-{seed}.npy"
    meta_path = path.with_suffix(".json")
    digest = _texts_hash(profiles)
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("texts") == digest and meta.get("model") == encoder.name:
            arr = np.load(path)
            if arr.shape == (len(profiles), len(FIELDS), encoder.dim):
                log(f"vectors for n={n} loaded from {path.relative_to(ROOT)}")
                return arr, {**meta, "cache": "hit", "path": str(path.relative_to(ROOT))}
    texts = [getattr(p, f) for p in profiles for f in FIELDS]
    distinct = list(dict.fromkeys(t for t in texts if t.strip()))
    todo = [t for t in distinct if t not in memo]
    estimate = len(todo) / rate
    method = "texts"
    t0 = time.perf_counter()
    if estimate <= max_seconds:
        log(f"encoding {len(todo)} distinct field texts (about {estimate:.0f} s)")
        if todo:
            memo.update(zip(todo, encode_resumable(encoder, todo), strict=True))
        lookup = memo
    else:
        method = "phrases"
        split = {t: split_phrases(t) or (t,) for t in distinct}
        phrases = list(dict.fromkeys(ph for parts in split.values() for ph in parts))
        log(
            f"{len(todo)} texts would take about {estimate:.0f} s > {max_seconds:.0f} s:"
            f" encoding {len(phrases)} distinct phrases instead"
        )
        pv = dict(zip(phrases, encode_resumable(encoder, phrases), strict=True))
        lookup = {
            t: _normalised_rows(np.mean([pv[ph] for ph in parts], axis=0)[None, :])[0]
            for t, parts in split.items()
        }
    seconds = time.perf_counter() - t0
    arr = np.zeros((len(profiles), len(FIELDS), encoder.dim), dtype=np.float32)
    for i, p in enumerate(profiles):
        for j, f in enumerate(FIELDS):
            v = lookup.get(getattr(p, f))
            if v is not None:
                arr[i, j] = v
    np.save(path, arr)
    meta = {
        "method": method,
        "model": encoder.name,
        "texts": digest,
        "distinct_texts": len(distinct),
        "encoded_now": len(todo) if method == "texts" else len(distinct),
        "encode_s": round(seconds, 1),
    }
    meta_path.write_text(json.dumps(meta, indent=1))
    return arr, {**meta, "cache": "miss", "path": str(path.relative_to(ROOT))}


# ---------------------------------------------------------------------- search
@dataclass
class Reference:
    """The exact top-10 of each viewer and the exact scan's latencies."""

    rows: list[list[int]] = field(default_factory=list)
    tenth: list[float] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)


@dataclass
class Setting:
    """One index setting, with its measurements."""

    kind: str
    pool: int
    index: VectorIndex
    m: int | None = None
    ef_search: int | None = None
    ef_construction: int | None = None
    seconds: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    recall_ties: list[float] = field(default_factory=list)
    widened: int = 0
    exact_fallbacks: int = 0


def index_rank(
    viewer: Profile,
    vec: ProfileVectors,
    table: CandidateTable,
    index: VectorIndex,
    pool: int,
) -> tuple[list[Ranked], int, bool]:
    """One suggestion query through the index, widening the pool as ``Service._rank`` does.

    Returns the top-k, the final pool size and whether it ended in an exact scan.
    """
    query = pool_query(viewer, vec)
    size = pool
    while True:
        hits = index.search(query, k=size, exclude=[viewer.id])[0]
        rows = [table.row_of[i] for i, _ in hits if i in table.row_of]
        ranked = rank_exact(viewer, vec, table, rows=rows, k=K)
        if len(ranked) >= K or len(hits) < size:
            return ranked, size, False
        if size >= 8 * pool:
            return rank_exact(viewer, vec, table, k=K), size, True
        size *= 2


def run_exact(ref: Reference, viewer: Profile, vec: ProfileVectors, table: CandidateTable) -> None:
    """Time the exhaustive exact ranking of one viewer and keep it as the reference."""
    t0 = time.perf_counter()
    ranked = rank_exact(viewer, vec, table, k=K)
    ref.seconds.append(time.perf_counter() - t0)
    ref.rows.append([r.row for r in ranked])
    ref.tenth.append(ranked[-1].score if len(ranked) == K else -1.0)


def run_index(
    s: Setting, q: int, viewer: Profile, vec: ProfileVectors, table: CandidateTable, ref: Reference
) -> None:
    """Time one query of setting ``s`` and score it against the reference of viewer ``q``."""
    if s.ef_search is not None:
        s.index.ef_search = s.ef_search
    t0 = time.perf_counter()
    ranked, size, fallback = index_rank(viewer, vec, table, s.index, s.pool)
    s.seconds.append(time.perf_counter() - t0)
    s.widened += size > s.pool
    s.exact_fallbacks += fallback
    truth = ref.rows[q]
    if not truth:
        return
    got = {r.row for r in ranked}
    s.recall.append(len(got & set(truth)) / len(truth))
    tenth = ref.tenth[q]
    if tenth < 0:  # fewer than k eligible candidates: every one must be found
        s.recall_ties.append(s.recall[-1])
    else:
        s.recall_ties.append(sum(r.score >= tenth for r in ranked[:K]) / K)


def measure(
    viewers: Sequence[Profile],
    vv: Sequence[ProfileVectors],
    table: CandidateTable,
    settings: Sequence[Setting],
    block: int,
) -> Reference:
    """Run the exact scan and every setting over all viewers, interleaved in blocks.

    For each block of ``block`` viewers the exact scan runs first (it gives the
    reference), then each setting over the same viewers; a burst of load from
    another process therefore hits the baseline and the settings alike, and each
    setting still runs ``block`` queries in a row (its caches stay warm).
    """
    for i in range(min(2, len(viewers))):  # warm-up, untimed
        rank_exact(viewers[i], vv[i], table, k=K)
        for s in settings:
            if s.ef_search is not None:
                s.index.ef_search = s.ef_search
            index_rank(viewers[i], vv[i], table, s.index, s.pool)
    ref = Reference()
    for lo in range(0, len(viewers), block):
        span = range(lo, min(lo + block, len(viewers)))
        for q in span:
            run_exact(ref, viewers[q], vv[q], table)
        for s in settings:
            for q in span:
                run_index(s, q, viewers[q], vv[q], table, ref)
    return ref


def setting_row(s: Setting, exact_p50: float) -> dict[str, Any]:
    """JSON row of a measured setting."""
    p50 = percentile_ms(s.seconds, 50)
    return {
        "kind": s.kind,
        "hnsw_m": s.m,
        "ef_construction": s.ef_construction,
        "ef_search": s.ef_search,
        "pool": s.pool,
        "p50_ms": p50,
        "p99_ms": percentile_ms(s.seconds, 99),
        "mean_ms": round(float(np.mean(s.seconds)) * 1000, 3),
        "recall_at_10": round(float(np.mean(s.recall)), 4) if s.recall else None,
        "recall_at_10_ties": round(float(np.mean(s.recall_ties)), 4) if s.recall_ties else None,
        "min_recall_at_10": round(float(np.min(s.recall)), 2) if s.recall else None,
        "viewers_recall_below_half": int(sum(r < 0.5 for r in s.recall)),
        "speedup_vs_exact": round(exact_p50 / p50, 2) if p50 > 0 else None,
        "widened": s.widened,
        "exact_fallbacks": s.exact_fallbacks,
    }


def table_bytes(table: CandidateTable) -> int:
    """Bytes of the numeric columns of a candidate table."""
    arrays = (
        table.offers,
        table.needs,
        table.values,
        table.roles_offered,
        table.roles_sought,
        table.commitment,
        table.utc_offset,
        table.languages,
        table.suggestable,
    )
    return int(sum(a.nbytes for a in arrays))


def build_index(
    keys: F32, ids: Sequence[str], make: Callable[[], VectorIndex]
) -> tuple[VectorIndex, dict[str, Any]]:
    """Fit an index, timing it and measuring its size and the RSS it added."""
    gc.collect()
    before = rss_bytes()
    t0 = time.perf_counter()
    index = make().fit(keys, ids, model="bench")
    build_s = time.perf_counter() - t0
    grown = rss_bytes() - before
    serialized = len(faiss.serialize_index(index.index_))
    n = len(ids)
    return index, {
        "build_s": round(build_s, 2),
        "serialized_bytes": serialized,
        "bytes_per_profile": round(serialized / n, 1),
        "rss_growth_bytes_per_profile": round(grown / n, 1),
    }


def bench_size(
    n: int,
    seed: int,
    profiles: Sequence[Profile],
    vectors: F32,
    args: argparse.Namespace,
) -> dict[str, Any]:
    """Every search measurement for one community size."""
    gc.collect()
    meter = CpuMeter()
    pv = [ProfileVectors(vectors[i, 0], vectors[i, 1], vectors[i, 2]) for i in range(len(profiles))]
    cand = [i for i, p in enumerate(profiles) if p.suggestable]
    rss0 = rss_bytes()
    t0 = time.perf_counter()
    table = CandidateTable.build(
        [profiles[i] for i in cand], [pv[i] for i in cand], vectors.shape[2]
    )
    table_s = time.perf_counter() - t0
    table_rss = rss_bytes() - rss0
    m = len(table)
    rng = np.random.default_rng(seed)
    picks = rng.choice(len(profiles), size=min(args.queries, len(profiles)), replace=False)
    viewers = [profiles[int(i)] for i in picks]
    vv = [pv[int(i)] for i in picks]

    keys = pool_keys(table)
    ids = [p.id for p in table.profiles]
    builds: list[dict[str, Any]] = []
    settings: list[Setting] = []
    log(f"n={n}: flat index over {m} candidates")
    flat, info = build_index(keys, ids, lambda: VectorIndex(kind="flat"))
    builds.append({"kind": "flat", **info})
    settings += [Setting("flat", pool, flat) for pool in args.pools]
    for hnsw_m, efc in args.hnsw:
        log(f"n={n}: building HNSW M={hnsw_m} efConstruction={efc}")
        hnsw, info = build_index(
            keys,
            ids,
            lambda hnsw_m=hnsw_m, efc=efc: VectorIndex(
                kind="hnsw", hnsw_m=hnsw_m, ef_construction=efc
            ),
        )
        builds.append({"kind": "hnsw", "hnsw_m": hnsw_m, "ef_construction": efc, **info})
        log(f"  built in {info['build_s']} s")
        for pool in args.pools:
            seen: set[int] = set()
            for ef in args.ef_search:
                effective = max(ef, pool + 1)  # VectorIndex.search raises efSearch to the fetch
                if effective not in seen:
                    seen.add(effective)
                    settings.append(Setting("hnsw", pool, hnsw, hnsw_m, effective, efc))
    del keys
    gc.collect()

    log(f"n={n}: exact scan and {len(settings)} index settings, {len(viewers)} viewers")
    ref = measure(viewers, vv, table, settings, args.block)
    exact_p50 = percentile_ms(ref.seconds, 50)
    rows = [setting_row(s, exact_p50) for s in settings]
    for r in rows:
        log(
            f"  {r['kind']} M={r['hnsw_m']} efC={r['ef_construction']} ef={r['ef_search']}"
            f" pool={r['pool']}:"
            f" p50 {r['p50_ms']} ms, recall@10 {r['recall_at_10']}"
        )
    eligible = [len(r) for r in ref.rows]
    tb = table_bytes(table)
    return {
        "n": n,
        "profiles": len(profiles),
        "candidates": m,
        "dim_keys": len(pool_query(viewers[0], vv[0])),
        "viewers": len(viewers),
        "eligible_top_k_mean": round(float(np.mean(eligible)), 2),
        "viewers_with_fewer_than_k": int(sum(e < K for e in eligible)),
        "exact": {
            "p50_ms": exact_p50,
            "p99_ms": percentile_ms(ref.seconds, 99),
            "mean_ms": round(float(np.mean(ref.seconds)) * 1000, 3),
        },
        "table": {
            "build_s": round(table_s, 2),
            "bytes_per_profile": round(tb / m, 1),
            "rss_growth_bytes_per_profile": round(table_rss / m, 1),
        },
        "indexes": builds,
        "settings": rows,
        "other_processes_cpu": meter.others(),
    }


# ------------------------------------------------------------------ reporting
def meets(row: dict[str, Any]) -> bool:
    """Whether a setting meets the issue's target."""
    return row["p50_ms"] <= TARGET_P50_MS and (row["recall_at_10"] or 0.0) >= TARGET_RECALL


def _label(r: dict[str, Any]) -> str:
    if r["kind"] == "flat":
        return f"flat pool={r['pool']}"
    return (
        f"hnsw M={r['hnsw_m']} efC={r['ef_construction']} ef_search={r['ef_search']}"
        f" pool={r['pool']}"
    )


def recommend(sizes: list[dict[str, Any]]) -> dict[str, Any]:
    """Recommended defaults, from the target size (or the largest measured).

    ``recommended`` is the fastest HNSW setting within the latency target whose
    recall@10 clears the target by ``RECALL_MARGIN`` (recall moves by about 0.01
    between seeds), else the cheapest one that meets the target.
    """
    big = next((s for s in sizes if s["n"] == TARGET_SIZE), sizes[-1])
    index_rows = [r for r in big["settings"] if r["kind"] == "hnsw"] or big["settings"]
    fast = [r for r in index_rows if r["p50_ms"] <= TARGET_P50_MS]
    ok = [r for r in fast if (r["recall_at_10"] or 0.0) >= TARGET_RECALL]
    safe = [r for r in ok if r["recall_at_10"] >= TARGET_RECALL + RECALL_MARGIN]
    out: dict[str, Any] = {
        "measured_at_n": big["n"],
        "target": {"n": TARGET_SIZE, "p50_ms": TARGET_P50_MS, "recall_at_10": TARGET_RECALL},
        "met": bool(ok),
    }
    if fast:
        out["most_accurate_within_latency"] = max(
            fast, key=lambda r: (r["recall_at_10"], -r["p50_ms"])
        )
    if ok:
        out["cheapest"] = min(ok, key=lambda r: (r["p50_ms"], -r["recall_at_10"]))
        out["recommended"] = min(safe or ok, key=lambda r: (r["p50_ms"], -r["recall_at_10"]))
    else:
        accurate = [r for r in index_rows if (r["recall_at_10"] or 0) >= TARGET_RECALL]
        if fast:
            best = out["most_accurate_within_latency"]
            out["recall_gap"] = round(TARGET_RECALL - best["recall_at_10"], 4)
        if accurate:
            out["fastest_with_recall"] = min(accurate, key=lambda r: r["p50_ms"])
            out["latency_gap_ms"] = round(out["fastest_with_recall"]["p50_ms"] - TARGET_P50_MS, 3)
    # the exact scan grows linearly with the number of candidates: where does it cross 20 ms?
    pts = sorted((s["candidates"], s["exact"]["p50_ms"]) for s in sizes)
    if len(pts) >= 2 and pts[-1][0] > pts[0][0]:
        (n0, t0), (n1, t1) = pts[0], pts[-1]
        slope = (t1 - t0) / (n1 - n0)
        if slope > 0:
            out["exact_below_estimate"] = max(0, int(n0 + (TARGET_P50_MS - t0) / slope))
        out["exact_ms_per_1000_candidates"] = round(slope * 1000, 3)
    return out


def format_size(s: dict[str, Any]) -> str:
    """A plain-text table for one size."""
    e = s["exact"]
    lines = [
        f"n = {s['n']} profiles, {s['candidates']} candidates, {s['viewers']} viewers,"
        f" keys of dim {s['dim_keys']}; mean eligible in top-10: {s['eligible_top_k_mean']}",
        f"exact scan (rank_exact, all rows): p50 {e['p50_ms']:.2f} ms  p99 {e['p99_ms']:.2f} ms",
        f"other processes used {s['other_processes_cpu']:.0%} of the CPUs meanwhile"
        + ("  (NOISY: rerun on an idle machine)" if s["other_processes_cpu"] > 0.1 else ""),
        f"table: {s['table']['bytes_per_profile']:.0f} B/profile"
        f" (RSS +{s['table']['rss_growth_bytes_per_profile']:.0f} B/profile),"
        f" built in {s['table']['build_s']} s",
    ]
    for b in s["indexes"]:
        label = (
            "flat" if b["kind"] == "flat" else f"hnsw M={b['hnsw_m']} efC={b['ef_construction']}"
        )
        lines.append(
            f"index {label}: build {b['build_s']} s, {b['bytes_per_profile']:.0f} B/profile"
            f" (RSS +{b['rss_growth_bytes_per_profile']:.0f} B/profile)"
        )
    header = (
        f"{'kind':<5} {'M':>3} {'efC':>4} {'ef':>5} {'pool':>5} {'p50 ms':>8} {'p99 ms':>8}"
        f" {'recall':>7} {'r-ties':>7} {'min':>5} {'<0.5':>5} {'speedup':>8} {'widened':>8}"
    )
    lines += [header, "-" * len(header)]
    for r in s["settings"]:
        lines.append(
            f"{r['kind']:<5} {r['hnsw_m'] or '-':>3} {r['ef_construction'] or '-':>4}"
            f" {r['ef_search'] or '-':>5} {r['pool']:>5}"
            f" {r['p50_ms']:>8.2f} {r['p99_ms']:>8.2f} {r['recall_at_10']:>7.3f}"
            f" {r['recall_at_10_ties']:>7.3f} {r['min_recall_at_10']:>5.2f}"
            f" {r['viewers_recall_below_half']:>5}"
            f" {r['speedup_vs_exact']:>7.1f}x {r['widened']:>8}" + ("  *" if meets(r) else "")
        )
    return "\n".join(lines)


def format_recommendation(rec: dict[str, Any]) -> str:
    """The recommendation as text."""
    lines = [
        f"target: n = {TARGET_SIZE}, p50 <= {TARGET_P50_MS:g} ms, recall@10 >= {TARGET_RECALL}"
        f" (judged at n = {rec['measured_at_n']})"
    ]

    def fig(r: dict[str, Any]) -> str:
        return f"{_label(r)}: p50 {r['p50_ms']:.2f} ms, recall@10 {r['recall_at_10']:.3f}"

    if rec["met"]:
        lines.append(f"  cheapest that meets it:   {fig(rec['cheapest'])}")
        margin = TARGET_RECALL + RECALL_MARGIN
        lines.append(f"  recommended (recall >= {margin:.2f}): {fig(rec['recommended'])}")
        best = rec["most_accurate_within_latency"]
        lines.append(f"  most accurate within {TARGET_P50_MS:g} ms: {fig(best)}")
    else:
        lines.append("  NOT met by any setting measured")
        if "recall_gap" in rec:
            lines.append(
                f"  best recall within {TARGET_P50_MS:g} ms is short by {rec['recall_gap']}:"
                f" {fig(rec['most_accurate_within_latency'])}"
            )
        if "latency_gap_ms" in rec:
            lines.append(
                f"  fastest with recall >= {TARGET_RECALL} is over by {rec['latency_gap_ms']} ms:"
                f" {fig(rec['fastest_with_recall'])}"
            )
    if "exact_below_estimate" in rec:
        lines.append(
            f"exact scan: {rec['exact_ms_per_1000_candidates']} ms per 1,000 candidates; within"
            f" {TARGET_P50_MS:g} ms below about {rec['exact_below_estimate']} candidates"
            " (MatchSettings.exact_below)"
        )
    return "\n".join(lines)


# ------------------------------------------------------------------------ main
def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="community sizes, comma-separated")
    parser.add_argument("--queries", type=int, default=200, help="viewers per size")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--pools", default="100,200,400,800", help="pool sizes to try")
    parser.add_argument("--ef-search", default="128,256,512", help="HNSW efSearch values")
    parser.add_argument(
        "--hnsw",
        default="16:80,32:80,32:200",
        help="HNSW indexes to build, as M:efConstruction pairs",
    )
    parser.add_argument("--block", type=int, default=20, help="viewers per interleaved block")
    parser.add_argument(
        "--max-encode-seconds",
        type=float,
        default=600.0,
        help="above this estimate, encode phrases instead of whole texts",
    )
    parser.add_argument("--generator", type=Path, default=GENERATOR, help="data generator script")
    parser.add_argument(
        "--wait", type=float, default=1800.0, help="seconds to wait for the generator to appear"
    )
    args = parser.parse_args(argv)
    sizes = parse_ints(args.sizes)
    args.pools = parse_ints(args.pools)
    args.ef_search = parse_ints(args.ef_search)
    args.hnsw = parse_hnsw(args.hnsw)

    started = time.perf_counter()
    faiss.omp_set_num_threads(2)
    gen = load_generator(args.generator, args.wait)
    encoder = USEEncoder(threads=2)

    results: dict[str, Any] = {
        "meta": {
            "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "python": platform.python_version(),
            "machine": platform.machine(),
            "cpus": os.cpu_count(),
            "numpy": np.__version__,
            "faiss": faiss.__version__,
            "encoder": encoder.name,
            "seed": args.seed,
            "queries": args.queries,
            "k": K,
            "filters": "Filters() defaults",
            "weights": "Weights() defaults",
        },
        "sizes": [],
    }
    memo: dict[str, F32] = {}
    encoding: dict[str, Any] | None = None
    for n in sizes:
        log(f"n={n}: generating and validating profiles")
        profiles, data_info = load_profiles(gen, n, args.seed)
        if encoding is None:
            log(f"encoding throughput on the first {THROUGHPUT_PROFILES} profiles")
            encoding = measure_encoding(encoder, profiles[:THROUGHPUT_PROFILES])
            results["encoding"] = encoding
            print(
                f"[other processes used {encoding['other_processes_cpu']:.0%} of the CPUs]"
                f" encoding {encoding['profiles']} profiles"
                f" ({encoding['field_texts']} field texts):"
                f" raw {encoding['raw_texts_per_s']:.0f} texts/s,"
                f" Service.ensure_vectors {encoding['service_field_texts_per_s']:.0f} texts/s"
                f" ({encoding['service_strings_sent_to_encoder']} strings sent,"
                f" {encoding['service_distinct_strings']} distinct;"
                f" {encoding['service_encoder_s']} s in the encoder,"
                f" {encoding['service_other_s']} s splitting and writing);"
                f" service/raw = {encoding['ratio_service_over_raw']:.2f}",
                flush=True,
            )
        vectors, vec_info = encode_profiles(
            encoder,
            profiles,
            n,
            args.seed,
            encoding["raw_texts_per_s"],
            args.max_encode_seconds,
            memo,
        )
        size = bench_size(n, args.seed, profiles, vectors, args)
        size["data"] = data_info
        size["vectors"] = vec_info
        results["sizes"].append(size)
        print()
        print(
            f"vectors: {vec_info['method']} ({vec_info['distinct_texts']} distinct texts;"
            f" cache {vec_info['cache']}, encoded in {vec_info['encode_s']} s)"
        )
        print(format_size(size), flush=True)
        del vectors, profiles
        gc.collect()

    rec = recommend(results["sizes"])
    results["recommendation"] = rec
    results["meta"]["total_s"] = round(time.perf_counter() - started, 1)
    print()
    print(format_recommendation(rec))
    print(f"total run time {results['meta']['total_s']:.0f} s")
    write_json(args.out, results)
    log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
