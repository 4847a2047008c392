"""Suggestions with trust at scale (issue 21's "suggestions with trust p50 <= 10 ms").

Usage::

    python bench/suggest_trust.py [--people 100000] [--collaborations 1000000]
                                  [--viewers 200] [--dim N] [--seed 1] [--out FILE]

The community of ``bench/trust_service.py`` (same cached trust tables: ``--people`` members,
``--collaborations`` collaborations, 92 % confirmed, one endorsement per 10), plus a profile
for every member (``data/generate.py`` rows, imported with the fake encoder at ``--dim``
dimensions, by default the default encoder's: 896 for USE and e5-small together; 512 was
USE's alone, the default until 6 December), cached under ``bench/.cache/``. One
:class:`matcher.community.Community` over it, warmed (search state and trust graph). Then for
``--viewers`` random members who have a confirmed collaboration, interleaved per viewer:

* ``with trust``: ``MatchingService.suggest(viewer, k=10)``, the product's path (local trust,
  the "would work again" set, the blend over the pool of best matches and most trusted);
* ``without trust`` (the baseline of the same run): the same call with the matching
  service's trust provider taken away for that call: the plain match over the same state;
* ``without trust, first call``: as many other members, interleaved with those, each asked
  without trust as their first call. The "without" above runs after the same viewer's calls
  with trust, on an index search already warm for them (about 2 ms less at 100k, measured 7
  December), so its ratio counts that warmth against trust; this one does not.

Wall and CPU (``time.thread_time``) per call, p50 and p99, and the ratios with/without;
``with_trust_digest``, a hash of every field of the viewers' suggestions with trust: two
versions of the code run on the same cache (say main's, copied aside with ``git archive`` and
run alternately with this run) suggest the same exactly when their digests are equal.

``--returning N,M`` (1 and 10 by default; empty to skip) adds returning viewers: after the
above, for ``--viewers`` other members with a confirmed collaboration, each asks twice (a
page, then a reload or the next page) with ``N`` (then ``M``) collaborations confirmed
somewhere in the community between the two (each a random pair, seven in ten within a cohort
of 40, as the history was built: 10 is ten seconds at issue 21's write a second); a member of
the others asks in between (the first request after the write: it packed the graph's edited
rows again for everyone until 8 December's branch ``speed19``, since only the rows the write
changed), timed apart (``after_write_cpu_ms``). Half of them, interleaved with the other half,
with the viewers' trust kept between requests (``settings.viewers_kept``), half with nothing
kept (the baseline of the same run): first and returning views' CPU p50 and p99, each way,
and how many returning views found their trust kept. The first view does the same work
either way (the kept copy adds the support's bookkeeping). The collaborations written are
declined at the end, so the cached community keeps its confirmed collaborations (its digest)
for the next run.

``--tol X`` adds, for the same viewers, interleaved, suggestions with trust at the service's
``tol`` and at ``X``: CPU p50 and p99 of each, the pushes and the error bound each viewer's
trust reports, and how many viewers get the same ten suggestions (the same people in the
same order) and the same ten with the same scores.

``--hnsw-dim D`` adds the graph index over the keys' ``D`` principal directions (the setting
``hnsw_dim``; built once and cached beside the other): for the same viewers, interleaved, the
suggestions with trust over each index (CPU p50 and p99, the ratio), the recall of each
index's ten suggestions without trust against an exact scan of everyone, and each index's
size on disk.
Run it twice (``--dim 512 --out ...``) to compare sizes: two communities of 100k in one
process slow each other (tried on 6 December: 21.0 ms with trust at 896-d beside a 512-d copy,
13.1 ms alone), so each size has a run of its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import shutil
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    IndexSwap,
    cache_slot,
    generator,
    machine,
    pct,
    recall_figures,
    write_json,
)
from bench.trust_service import build_db, clock  # noqa: E402
from embeddings.encoder import DEFAULT_ENCODER, FakeEncoder, encoder_from_name  # noqa: E402
from embeddings.index import VectorIndex  # noqa: E402
from matcher.access import Actor  # noqa: E402
from matcher.community import Community  # noqa: E402
from matcher.trust import Collaboration, CollabStatus  # noqa: E402


def with_profiles(people: int, collaborations: int, seed: int, dim: int) -> Path:
    """The trust community of ``bench/trust_service.py`` with a profile per member (cached)."""
    path, tmp = cache_slot(f"suggest-trust-{people}-{collaborations}-{seed}-{dim}.db")
    if tmp is None:
        return path
    source = build_db(people, collaborations, seed)
    shutil.copyfile(source, tmp)
    rows, _ = generator().generate(people, seed)
    for i, row in enumerate(rows):
        row["id"] = f"m{i:07d}"
        row["visibility"] = "public"
    community = Community(tmp, FakeEncoder(dim=dim), clock=clock)
    start = time.perf_counter()
    report = community.profiles.import_profiles(rows)
    print(f"imported {len(report.created)} profiles in {time.perf_counter() - start:.0f} s")
    community.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    community.db.close()
    tmp.rename(path)
    return path


def warmed(path: Path, dim: int) -> tuple[Community, float, float, bool]:
    """A :class:`Community` over ``path`` with its search state and trust graph built."""
    index = path.with_suffix(".index")  # the vector index, built once and loaded after
    cached = index.exists()
    community = Community(path, FakeEncoder(dim=dim), clock=clock, index_path=index)
    start, cpu = time.perf_counter(), time.process_time()
    community.warm()
    warm_s, warm_cpu = time.perf_counter() - start, time.process_time() - cpu
    community.matching.save_index()
    print(f"{dim} dims, warm (search state and trust graph): {warm_s:.1f} s ({warm_cpu:.1f} s CPU)")
    return community, warm_s, warm_cpu, cached


def time_cold_without(community: Community, viewer: str, timings: dict[str, list[float]]) -> None:
    """Time one viewer's suggestions without trust as their first call (the index not yet
    searched for them), the baseline :func:`time_viewer`'s "without" flatters: it runs after
    the same viewer's two calls with trust, on a warm search (about 2 ms less at 100k)."""
    matching, trust = community.matching, community.trust
    matching.trust = None
    try:
        start, cpu = time.perf_counter(), time.thread_time()
        matching.suggest(viewer, k=10, actor=Actor(viewer))
        timings["cold_without"].append((time.perf_counter() - start) * 1000)
        timings["cold_without_cpu"].append((time.thread_time() - cpu) * 1000)
    finally:
        matching.trust = trust


def time_viewer(
    community: Community, viewer: str, timings: dict[str, list[float]], digest: Any = None
) -> bool:
    """Time one viewer's suggestions with trust, again, and without; True if one is trusted.

    ``digest``: a hash fed every field of the suggestions with trust (floats by their repr),
    to compare two versions of the code on the same viewers (``--against``)."""
    matching, trust = community.matching, community.trust
    start, cpu = time.perf_counter(), time.thread_time()
    got = matching.suggest(viewer, k=10, actor=Actor(viewer))
    timings["with"].append((time.perf_counter() - start) * 1000)
    timings["with_cpu"].append((time.thread_time() - cpu) * 1000)
    if digest is not None:
        digest.update(repr(got).encode())
    cpu = time.thread_time()
    matching.suggest(viewer, k=10, actor=Actor(viewer))  # the same viewer again: trust kept
    timings["again_cpu"].append((time.thread_time() - cpu) * 1000)
    matching.trust = None
    try:
        start, cpu = time.perf_counter(), time.thread_time()
        matching.suggest(viewer, k=10, actor=Actor(viewer))
        timings["without"].append((time.perf_counter() - start) * 1000)
        timings["without_cpu"].append((time.thread_time() - cpu) * 1000)
    finally:
        matching.trust = trust
    return any(s.trust for s in got)


def confirm_somewhere(
    community: Community, rng: random.Random, n: int, written: list[Collaboration]
) -> None:
    """``n`` collaborations confirmed between random members (seven in ten within a cohort,
    as the community's history), in one transaction: the change log carries them to the live
    graph on the next request."""
    from bench.load import COHORT

    people = len(community.trust.live().index)
    store = community.trust.store
    with community.db.transaction():
        for _ in range(n):
            i = rng.randrange(people)
            j = (i // COHORT) * COHORT + rng.randrange(COHORT) if rng.random() < 0.7 else i
            if j == i or j >= people:
                j = rng.randrange(people)
            if j == i:
                continue
            c = Collaboration(
                f"bench-returning-{len(written)}-{rng.randrange(10**9)}",
                f"m{i:07d}",
                f"m{j:07d}",
                "bench: returning viewer",
                dt.date(2025, 1, 1),
                None,
                CollabStatus.CONFIRMED,
                1,
                1,
            )
            store.put_collaboration(c)
            written.append(c)


def undo(community: Community, written: list[Collaboration]) -> None:
    """Decline what :func:`confirm_somewhere` confirmed (the graph and the cached community's
    confirmed collaborations as they were)."""
    with community.db.transaction():
        for c in written:
            community.trust.store.put_collaboration(replace(c, status=CollabStatus.DECLINED))
    community.trust.live()


def returning_viewers(
    community: Community, viewers: list[str], traffic: list[str], between: int, seed: int
) -> dict[str, Any]:
    """Each viewer asks twice with ``between`` confirmations elsewhere in between; alternately
    with the trust kept between requests and with nothing kept (see the module)."""
    trust, matching = community.trust, community.matching
    # "off": nothing kept for those viewers (the same cache, told to keep none, so that it
    # still hears of every edit for the viewers it holds)
    kept, count = trust.kept, trust.kept.count
    rng = random.Random(seed)
    cpu: dict[str, list[float]] = {
        f"{way}_{view}": [] for way in ("kept", "off") for view in ("first", "returning")
    }
    written: list[Collaboration] = []
    after_write: list[float] = []  # the other member's request, the first after the write
    after_write_wall: list[float] = []
    found_kept = 0
    support: list[int] = []  # rows each kept viewer's trust read
    entry_kb: list[float] = []
    try:
        for i, v in enumerate(viewers):
            way = "kept" if i % 2 == 0 else "off"
            kept.count = count if way == "kept" else 0
            start = time.thread_time()
            matching.suggest(v, k=10, actor=Actor(v))
            cpu[f"{way}_first"].append((time.thread_time() - start) * 1000)
            entry = kept._entries.get(v)
            if entry is not None:
                support.append(len(entry.support))
                entry_kb.append(entry.nbytes / 1024)
            confirm_somewhere(community, rng, between, written)
            # the other members' requests meanwhile (timed apart): the first request after
            # a write brings the graph's packed rows up to date, kept or not
            other = traffic[i % len(traffic)]
            start, wall = time.thread_time(), time.perf_counter()
            matching.suggest(other, k=10, actor=Actor(other))
            after_write.append((time.thread_time() - start) * 1000)
            after_write_wall.append((time.perf_counter() - wall) * 1000)
            hits = kept.stats["hits"]
            start = time.thread_time()
            matching.suggest(v, k=10, actor=Actor(v))
            cpu[f"{way}_returning"].append((time.thread_time() - start) * 1000)
            found_kept += way == "kept" and kept.stats["hits"] > hits
    finally:
        kept.count = count
        undo(community, written)
    out: dict[str, Any] = {f"{key}_cpu_ms": pct(values) for key, values in cpu.items()}
    n_kept = len(cpu["kept_returning"])
    out |= {
        # the first request after the write(s), another member's (a first view, trust not
        # kept): what a write adds to the one request that follows it
        "after_write_cpu_ms": pct(after_write),
        "after_write_ms": pct(after_write_wall),
        "confirmations_between": between,
        "viewers_each_way": n_kept,
        "returning_views_found_kept": found_kept,
        "share_found_kept": round(found_kept / max(1, n_kept), 3),
        "support_rows": pct([float(x) for x in support]),
        "entry_kb": pct(entry_kb),
        "kept_stats": dict(kept.stats),
        "ratios": {
            "returning_kept_vs_off_cpu_p50": round(
                float(np.median(cpu["kept_returning"]) / np.median(cpu["off_returning"])), 3
            ),
            "returning_kept_vs_off_cpu_p99": round(
                float(
                    np.percentile(cpu["kept_returning"], 99)
                    / np.percentile(cpu["off_returning"], 99)
                ),
                3,
            ),
            "first_kept_vs_off_cpu_p50": round(
                float(np.median(cpu["kept_first"]) / np.median(cpu["off_first"])), 3
            ),
        },
    }
    return out


def compare_tol(community: Community, viewers: list[str], tol: float) -> dict[str, Any]:
    """Suggestions with trust at the service's ``tol`` and at ``tol``, interleaved (see the
    module): nothing kept between calls, so each computes its viewer's trust."""
    trust, matching = community.trust, community.matching
    base = trust.settings
    ways = {"service": base, "looser": replace(base, tol=tol)}
    cpu: dict[str, list[float]] = {w: [] for w in ways}
    bound: dict[str, list[float]] = {w: [] for w in ways}
    pushes: dict[str, list[float]] = {w: [] for w in ways}
    got: dict[str, dict[str, list[tuple[str, float]]]] = {w: {} for w in ways}
    try:
        for v in viewers:
            for way, settings in ways.items():
                trust.settings = settings
                trust.kept.clear()
                start = time.thread_time()
                out = matching.suggest(v, k=10, actor=Actor(v))
                cpu[way].append((time.thread_time() - start) * 1000)
                got[way][v] = [(s.candidate, s.score) for s in out]
                local = trust.viewer_trust(v).trust
                bound[way].append(float(getattr(local, "error_bound", 0.0)))
                pushes[way].append(float(getattr(local, "pushes", 0)))
    finally:
        trust.settings = base
        trust.kept.clear()
    same_people = sum(
        [c for c, _ in got["service"][v]] == [c for c, _ in got["looser"][v]] for v in viewers
    )
    same_all = sum(got["service"][v] == got["looser"][v] for v in viewers)
    return {
        "tol": {"service": base.tol, "looser": tol},
        "cpu_ms": {w: pct(x) for w, x in cpu.items()},
        "error_bound": {w: pct(x) for w, x in bound.items()},
        "pushes": {w: pct(x) for w, x in pushes.items()},
        "viewers": len(viewers),
        "same_ten_people_in_order": same_people,
        "same_ten_and_scores": same_all,
        "ratio_looser_vs_service_cpu_p50": round(
            float(np.median(cpu["looser"]) / np.median(cpu["service"])), 3
        ),
    }


def projected_index(community: Community, path: Path, dims: int) -> tuple[VectorIndex, float]:
    """The graph index over ``dims`` principal directions of the community's keys (cached
    next to ``path``), and its build time in seconds (0.0 when read from the cache)."""
    swap = IndexSwap(community.matching)
    cached = path.with_suffix(f".hnsw{dims}.index")
    if cached.exists():
        return VectorIndex.load(cached, model=swap.full.model_), 0.0
    start = time.perf_counter()
    index = swap.projected(dims)
    built = time.perf_counter() - start
    index.save(cached)
    return index, built


def compare_projected(
    community: Community, path: Path, viewers: list[str], dims: int
) -> dict[str, Any]:
    """Suggestions over the full graph index against one over ``dims`` principal
    directions, for the same viewers, interleaved (see the module)."""
    matching = community.matching
    over = IndexSwap(matching)
    full = over.full
    projected, built = projected_index(community, path, dims)
    indexes = {"full": full, "projected": projected}

    def plain(viewer: str) -> list[str]:  # ten suggestions without trust
        trust, matching.trust = matching.trust, None
        try:
            got = matching.suggest(viewer, k=10, actor=Actor(viewer), explain=False)
        finally:
            matching.trust = trust
        return [s.candidate for s in got]

    try:
        over(None)  # an exact scan of everyone
        exact = {v: plain(v) for v in viewers}
        cpu: dict[str, list[float]] = {k: [] for k in indexes}
        found: dict[str, dict[str, list[str]]] = {k: {} for k in indexes}
        for v in viewers:
            for key, index in indexes.items():
                over(index)
                community.trust.kept.clear()  # each call computes the viewer's trust
                start = time.thread_time()
                matching.suggest(v, k=10, actor=Actor(v))
                cpu[key].append((time.thread_time() - start) * 1000)
                found[key][v] = plain(v)
    finally:
        over(full)
    sizes = {
        "full": path.with_suffix(".index"),
        "projected": path.with_suffix(f".hnsw{dims}.index"),
    }
    out: dict[str, Any] = {"hnsw_dim": dims, "build_s": round(built, 1) if built else None}
    for key in indexes:
        out[key] = {
            "kept_dim": indexes[key].kept_dim,
            "file_mb": round(sizes[key].stat().st_size / 2**20, 1),
            "suggest_with_trust_cpu_ms": pct(cpu[key]),
            "recall_at_10": recall_figures(found[key], exact),
        }
    out["ratio_projected_vs_full_cpu_p50"] = round(
        float(np.median(cpu["projected"]) / np.median(cpu["full"])), 3
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--collaborations", type=int, default=1_000_000)
    parser.add_argument("--viewers", type=int, default=200)
    parser.add_argument(
        "--dim", type=int, default=None, help="vector size (default: the default encoder's)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--returning",
        default="1,10",
        help="returning viewers: confirmations elsewhere between a viewer's two views, one"
        " scenario per number (empty: skip)",
    )
    parser.add_argument(
        "--hnsw-dim",
        type=int,
        default=0,
        help="also compare a graph index over this many principal directions (0: no)",
    )
    parser.add_argument(
        "--tol", type=float, default=0.0, help="also compare the blend's trust at this tol"
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "suggest_trust.json"
    )
    args = parser.parse_args(argv)
    dim = args.dim or encoder_from_name(DEFAULT_ENCODER).dim
    load_before = os.getloadavg()
    path = with_profiles(args.people, args.collaborations, args.seed, dim)
    community, warm_s, warm_cpu, cached = warmed(path, dim)
    trust = community.trust
    graph = trust.live()
    rng = random.Random(args.seed)
    kept, trust.kept.count = trust.kept.count, 0  # nothing kept before the timed calls
    drawn = [
        v
        for v in rng.sample(sorted(graph.index), args.viewers * 4)
        if trust.viewer_trust(v).has_edges
    ]
    viewers, others = drawn[: args.viewers], drawn[args.viewers : 2 * args.viewers]
    trust.kept.count = kept
    for v in viewers[:20]:  # warm-up: the day's degrees and weights, the pages of SQLite
        community.matching.suggest(v, k=10, actor=Actor(v))
    keys = ("with", "with_cpu", "without", "without_cpu", "again_cpu")
    t: dict[str, list[float]] = {k: [] for k in (*keys, "cold_without", "cold_without_cpu")}
    trusted_in_top = 0
    digest = hashlib.sha256()
    for i, v in enumerate(viewers):  # interleaved: the same load for both
        trusted_in_top += time_viewer(community, v, t, digest)
        if i < len(others):
            time_cold_without(community, others[i], t)
    out: dict[str, Any] = {
        "benchmark": "bench/suggest_trust.py",
        "machine": machine(load_before),
        "setup": {
            "people": args.people,
            "collaborations": args.collaborations,
            "viewers": len(viewers),
            "k": 10,
            "encoder": f"fake, {dim} dimensions",
            "index": community.matching.settings.index_kind,
            "exact_below": community.matching.settings.exact_below,
            "index_loaded_from_cache": cached,
        },
        "warm_s": round(warm_s, 1),
        "warm_cpu_s": round(warm_cpu, 1),
        "suggest_with_trust_ms": pct(t["with"]),
        "suggest_with_trust_cpu_ms": pct(t["with_cpu"]),
        "suggest_without_trust_ms": pct(t["without"]),
        "suggest_without_trust_cpu_ms": pct(t["without_cpu"]),
        "suggest_with_trust_again_cpu_ms": pct(t["again_cpu"]),
        # other viewers, each asked first without trust (the fair baseline: see
        # time_cold_without)
        "suggest_without_trust_first_call_ms": pct(t["cold_without"]),
        "suggest_without_trust_first_call_cpu_ms": pct(t["cold_without_cpu"]),
        "viewers_with_a_trusted_person_in_their_10": trusted_in_top,
        # every field of every viewer's suggestions with trust: equal for two versions of the
        # code that suggest the same (a speed change must not move it)
        "with_trust_digest": digest.hexdigest()[:16],
        "ratios": {
            "with_vs_without_p50": round(float(np.median(t["with"]) / np.median(t["without"])), 2),
            "with_vs_without_cpu_p50": round(
                float(np.median(t["with_cpu"]) / np.median(t["without_cpu"])), 2
            ),
            "with_vs_without_first_call_cpu_p50": round(
                float(np.median(t["with_cpu"]) / np.median(t["cold_without_cpu"])), 2
            ),
        },
    }
    out["targets"] = {
        "suggestions_with_trust_p50_<=_10_ms (wall)": out["suggest_with_trust_ms"]["p50"] <= 10,
        "suggestions_with_trust_p50_<=_10_ms (CPU)": out["suggest_with_trust_cpu_ms"]["p50"] <= 10,
    }
    for key in (
        "suggest_with_trust_ms",
        "suggest_with_trust_cpu_ms",
        "suggest_without_trust_ms",
        "suggest_without_trust_cpu_ms",
        "suggest_with_trust_again_cpu_ms",
        "suggest_without_trust_first_call_cpu_ms",
    ):
        print(f"{dim} dims: {key}: {out[key]}")
    print(f"ratios: {out['ratios']}; targets: {out['targets']}")
    if args.returning:
        used = set(viewers) | set(others)
        pool = [v for v in rng.sample(sorted(graph.index), args.viewers * 8) if v not in used]
        again = [v for v in pool if trust.viewer_trust(v).has_edges]
        out["returning_viewers"] = {}
        for k, n in enumerate(int(x) for x in args.returning.split(",")):
            trust.kept.clear()  # (the draw above, or the scenario before, kept some)
            # other viewers for each scenario (none asked before); the rest ask in between
            size = 2 * args.viewers
            asked = again[k * size : (k + 1) * size]
            traffic = again[: k * size] + again[(k + 1) * size :]
            got = returning_viewers(community, asked, traffic, n, args.seed)
            out["returning_viewers"][f"{n}_between"] = got
            print(f"returning viewers, {n} confirmations between: {got}")
    if args.tol:
        out["looser_tol"] = compare_tol(community, viewers, args.tol)
        print(f"tol {args.tol}: {out['looser_tol']}")
    if args.hnsw_dim:
        out["projected_index"] = compare_projected(community, path, viewers, args.hnsw_dim)
        print(f"graph index over {args.hnsw_dim} directions: {out['projected_index']}")
    write_json(args.out, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
