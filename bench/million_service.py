"""A million profiles through the service: the state the product builds, and a member's suggestion.

Usage::

    python bench/million_service.py [--n 1000000] [--viewers 200] [--keep] [--erasure]
                                    [--out bench/results/million_service.json]

Method:

1. **Data.** A SQLite database of ``--n`` synthetic profiles, written through the
   profile store (:meth:`ProfileStore.put_profile`, :meth:`ProfileStore.put_vector`):
   vectors of the product's dimension (512, ``use-multilingual-v3``'s) stored under the
   name of a 512-d :class:`~embeddings.encoder.FakeEncoder`, which the service then never
   runs (every profile is encoded). Each field is a mix of two of 2,000 random topic
   directions (weights 1 and U(0, 0.5)) plus Gaussian noise, normalised; offers and
   needs carry two phrases each (their vectors: the field's, and a noisy one) for the
   explanations. Roles, languages (en, fr, de), commitment and UTC offsets are drawn at
   random; a fixed seed, so the file is cached in ``bench/.cache`` (``--keep``).
2. **State.** A fresh process opens a :class:`~matcher.community.Community` on the file
   with the product's settings at that size (:meth:`api.settings.Settings.match_settings`:
   an inverted file of 8-bit vectors over 256 principal directions, nprobe 512, the
   float16 candidate table) and builds the search state as the first request would
   (:meth:`MatchingService.warm`, no index file): seconds, RSS after, peak RSS.
3. **Suggestions.** ``--viewers`` random members ask for 10 explained suggestions
   through :meth:`MatchingService.suggest`, the method ``GET /profiles/{id}/matches``
   calls (after one warm-up): p50/p99 wall milliseconds and CPU milliseconds (the
   process's, less moved by other jobs than wall time; a read's wait for the disk is not
   in it); then the index alone (``VectorIndex.search_positions``, the pool of 200) for the
   same viewers' queries, so that what the rest of a suggestion costs is measured under
   the same load; the process's RSS afterwards (steady) and its peak (``VmHWM``).
4. **An erasure elsewhere** (``--erasure``). A second community on the file (another
   process) erases a member the first one holds; the first one's next suggestions are
   timed: the first catches up (the erased person leaves the table and the index in
   place), against the state's build time above, which every process paid per erasure
   before. The erased profile and its vectors are put back afterwards (and its id is no
   longer kept as erased).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import cache_slot  # noqa: E402

DIM = 512
TOPICS = 2000
CHUNK = 10_000
ROLES = ("tech", "sales", "design", "product", "finance", "operations")


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def status(field: str) -> float:
    """A ``/proc/self/status`` field (``VmRSS``, ``VmHWM``) in GiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return round(int(line.split()[1]) / 2**20, 3)
    return 0.0


def pct(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)) * 1000, 2)


def _fields(rng: np.random.Generator, topics: np.ndarray, m: int) -> np.ndarray:
    a, b = rng.integers(0, TOPICS, m), rng.integers(0, TOPICS, m)
    x = topics[a] + rng.uniform(0, 0.5, (m, 1)).astype(np.float32) * topics[b]
    x += rng.standard_normal((m, DIM)).astype(np.float32) * np.float32(0.2 / np.sqrt(DIM))
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return x.astype(np.float32)


def build_db(n: int, seed: int = 3) -> Path:
    """The cached database of ``n`` synthetic profiles with 512-d vectors (see the module)."""
    from embeddings.encoder import FakeEncoder
    from matcher.profiles.store import ProfileStore, StoredVector
    from matcher.profiles.validation import check_profile
    from matcher.schema import connect

    path, tmp = cache_slot(f"million-service-{n}-{seed}.db")
    if tmp is None:
        return path
    model = FakeEncoder(dim=DIM).name
    rng = np.random.default_rng(seed)
    topics = rng.standard_normal((TOPICS, DIM)).astype(np.float32)
    topics /= np.linalg.norm(topics, axis=1, keepdims=True)
    db = connect(tmp)
    store = ProfileStore(db)
    t0 = time.perf_counter()
    for start in range(0, n, CHUNK):
        m = min(CHUNK, n - start)
        offers, needs, values = (_fields(rng, topics, m) for _ in range(3))
        noisy = [_fields(rng, topics, m) * 0.3 + f * 0.7 for f in (offers, needs)]
        langs = rng.choice(["en", "en;fr", "fr", "de;en"], m)
        with db.transaction():
            for j in range(m):
                pid = f"m{start + j:07d}"
                give, want = rng.choice(ROLES, 2, replace=False)
                store.put_profile(
                    check_profile(
                        {
                            "id": pid,
                            "name": f"Member {start + j}",
                            "offers": f"offer {j % 97}. skill {j % 89}",
                            "needs": f"need {j % 83}. help {j % 79}",
                            "values": f"value {j % 7}",
                            "roles_offered": str(give),
                            "roles_sought": str(want),
                            "languages": str(langs[j]),
                            "utc_offset": str(int(rng.integers(-5, 6))),
                        }
                    )
                )
                for f, vec, ph in (
                    ("offers", offers[j], (f"offer {j % 97}.", f"skill {j % 89}")),
                    ("needs", needs[j], (f"need {j % 83}.", f"help {j % 79}")),
                    ("values", values[j], ()),
                ):
                    phrase_vectors = (
                        np.stack([vec, noisy[0 if f == "offers" else 1][j]])
                        if ph
                        else np.zeros((0, DIM), np.float32)
                    )
                    store.put_vector(
                        StoredVector(pid, f, model, DIM, f"h{f}{pid}", vec, ph, phrase_vectors)
                    )
        if (start + m) % 100_000 == 0 or start + m == n:
            log(f"written {start + m} / {n} ({time.perf_counter() - t0:.0f} s)")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    tmp.rename(path)
    return path


def measure(path: Path, viewers: int, seed: int = 11, erasure: bool = False) -> dict[str, Any]:
    """Build the product's state on ``path`` in this process and time suggestions (then,
    with ``erasure``, the catch-up after another process erased someone)."""
    from api.settings import Settings
    from embeddings.encoder import FakeEncoder
    from matcher.access import ADMIN
    from matcher.community import Community
    from matcher.matching.ranking import pool_query

    settings = Settings(db=str(path), encoder="fake")
    gc.collect()
    rss0 = status("VmRSS")
    t0 = time.perf_counter()
    community = Community(
        str(path), FakeEncoder(dim=DIM), settings.match_settings(), trust=settings.trust_settings()
    )
    matching = community.matching
    matching.warm()
    build_s = time.perf_counter() - t0
    gc.collect()
    state = matching._state()
    index = state.index
    built = {
        "build_s": round(build_s, 1),
        "rss_before_gib": rss0,
        "rss_after_build_gib": status("VmRSS"),
        "peak_rss_build_gib": status("VmHWM"),
        "index": None
        if index is None
        else {
            "kind": index.kind_,
            "projected": index.projected,
            "nprobe": index.nprobe,
            "vectors": len(index),
        },
        "table_rows": len(state.table),
        "table_text_dtype": str(state.table.offers.dtype),
    }
    log(f"state built {built}")
    ids = [p.id for p in state.table.profiles]
    pick = np.random.default_rng(seed).choice(len(ids), viewers + 1, replace=False)
    times, cpu, shown, phrases = [], [], 0, 0
    for i, r in enumerate(pick):
        t, c = time.perf_counter(), time.process_time()
        got = matching.suggest(ids[r], k=10, actor=ADMIN)
        if i:  # the first one warms up
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            shown += len(got)
            phrases += sum(bool(s.meets_my_needs or s.meets_their_needs) for s in got)
    # the index alone, for the same viewers' queries right after (on a shared machine the
    # load moves both: the difference is what the rest of a suggestion costs)
    alone = []
    if index is not None:
        table, pool = state.table, matching.settings.pool
        for r in pick[1:]:
            viewer = table.profiles[r]
            vv = state.vectors[viewer.id]
            query = pool_query(viewer, vv, matching.settings.weights, table)
            t = time.perf_counter()
            index.search_positions(query, k=pool, exclude=[viewer.id])
            alone.append(time.perf_counter() - t)
    out = {
        **built,
        "suggest": {
            "viewers": viewers,
            "k": 10,
            "p50_ms": pct(times, 50),
            "p90_ms": pct(times, 90),
            "p99_ms": pct(times, 99),
            "cpu_p50_ms": pct(cpu, 50),
            "cpu_p99_ms": pct(cpu, 99),
            "index_alone_p50_ms": pct(alone, 50) if alone else None,
            "index_alone_p99_ms": pct(alone, 99) if alone else None,
            "mean_shown": round(shown / viewers, 2),
            "cards_with_phrases": round(phrases / max(shown, 1), 3),
        },
        "rss_steady_gib": status("VmRSS"),
        "peak_rss_gib": status("VmHWM"),
    }
    log(f"suggest {out['suggest']} rss {out['rss_steady_gib']} peak {out['peak_rss_gib']}")
    if erasure:
        out["erasure_elsewhere"] = erasure_elsewhere(path, matching, ids, pick, settings)
        log(f"erasure elsewhere {out['erasure_elsewhere']}")
    return out


def erasure_elsewhere(
    path: Path, matching: Any, ids: list[str], pick: np.ndarray, settings: Any
) -> dict[str, Any]:
    """Another process (a second community on the file) erases one member; this process's
    next suggestion catches up: the erased person leaves its table and index in place. The
    erased profile and its vectors are put back afterwards, so a kept database stays the
    same community (the change log and the data version move on)."""
    from embeddings.encoder import FakeEncoder
    from matcher.access import ADMIN
    from matcher.community import Community

    other = Community(str(path), FakeEncoder(dim=DIM), settings.match_settings())
    gone = ids[int(pick[-1])]  # a member the first process holds (not a viewer below)
    profile = other.profiles.store.get_profile(gone)
    cursor = other.db.execute("SELECT * FROM vectors WHERE profile_id = ?", [gone])
    columns = [d[0] for d in cursor.description]
    vectors = cursor.fetchall()
    buried = other.db.execute("SELECT digest FROM erased_ids").fetchall()
    t = time.perf_counter()
    other.privacy.erase(gone, actor=ADMIN, vacuum=False)
    erase_s = time.perf_counter() - t
    index_before = matching._state().index
    times = []
    for r in pick[:6]:
        t = time.perf_counter()
        matching.suggest(ids[int(r)], k=10, actor=ADMIN)
        times.append(time.perf_counter() - t)
    state = matching._state()
    forgotten = gone not in state.table.row_of and (state.index is None or gone not in state.index)
    patched = state.index is index_before
    assert profile is not None
    with other.db.transaction():
        other.profiles.store.put_profile(profile)
        marks = ", ".join("?" for _ in columns)
        for row in vectors:
            other.db.execute(f"INSERT INTO vectors ({', '.join(columns)}) VALUES ({marks})", row)
        # and its id is not kept as erased (matcher.profiles.ProfileStore.bury): the same
        # community, whose ids may be taken as before
        other.db.execute("DELETE FROM erased_ids")
        other.db.executemany("INSERT INTO erased_ids (digest) VALUES (?)", buried)
    other.close()
    return {
        "erase_s": round(erase_s, 2),
        "first_suggestion_after_ms": round(times[0] * 1000, 1),
        "next_suggestions_ms": [round(x * 1000, 1) for x in times[1:]],
        "forgotten_here": forgotten,
        "index_patched_in_place": patched,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--viewers", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="keep the database in bench/.cache")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "million_service.json"
    )
    parser.add_argument(
        "--erasure",
        action="store_true",
        help="then erase a member from a second community on the file and time the catch-up",
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args(argv)
    if args.measure:  # a fresh process: its peak RSS is the service's, not the writer's
        print(json.dumps(measure(args.measure, args.viewers, erasure=args.erasure)))
        return 0
    load0 = os.getloadavg()
    t0 = time.perf_counter()
    path = build_db(args.n)
    write_s = time.perf_counter() - t0
    child = subprocess.run(
        [sys.executable, __file__, "--measure", str(path), "--viewers", str(args.viewers)]
        + (["--erasure"] if args.erasure else []),
        check=True,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    result = json.loads(child.stdout.strip().splitlines()[-1])
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    doc = {
        "benchmark": "bench/million_service.py",
        "command": "python bench/million_service.py " + " ".join(argv or sys.argv[1:]),
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_before": [round(x, 2) for x in load0],
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
            "note": "2 cores shared with other jobs; the state is built and served in one process",
        },
        "n": args.n,
        "dim": DIM,
        "database_gib": round(size / 2**30, 2),
        "database_write_s": round(write_s, 1),
        **result,
    }
    if not args.keep:
        for p in path.parent.glob(path.name + "*"):
            p.unlink()
    args.out.write_text(json.dumps(doc, indent=1) + "\n")
    log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
