"""Load benchmark: two API processes on one PostgreSQL against one process on SQLite, same run.

Usage::

    python bench/load_postgres.py [--profiles 10000] [--encoder use-multilingual-v3]
                                  [--profile-rate 600] [--match-rate 120] [--requests-s 10]
                                  [--writes 60] [--out bench/results/load_postgres.json]

Method:

1. **Data.** The cached SQLite database of ``bench/load.py`` (``--profiles`` synthetic
   profiles encoded with ``--encoder``), copied into a fresh PostgreSQL database with
   :func:`matcher.db.copy_database` (the ``cofoundry copy-db`` path; its time is reported).
   PostgreSQL 16 is started from the ``pgserver`` wheel (tests/pg.py) on this machine.
2. **Servers.** *SQLite*: one ``cofoundry serve`` process (one worker) on the file.
   *PostgreSQL*: two ``cofoundry serve`` processes (one worker each, their own port), on
   the same database, the load spread round-robin over both (a load balancer). Each
   process holds its own index and trust graph and follows the change log (LISTEN/NOTIFY).
3. **Load**, as ``bench/load.py``: an open model (constant arrival rate, latency from
   the scheduled send time) for ``GET /profiles/{id}`` and ``GET /profiles/{id}/matches``,
   the same rates for both setups, the SQLite one measured first, then PostgreSQL.
4. **Lag** (PostgreSQL): ``--writes`` times, a new profile designed for a viewer is
   created through process A (``POST /profiles``), and process B is asked for the
   viewer's suggestions every 5 ms until the new profile is among them: the time from
   the write's answer to its visibility on the other process. Target p99 <= 1 s.

CPU seconds of the server processes (and of PostgreSQL) per request are reported. The
load generator and PostgreSQL share the machine's cores with the servers (loopback).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import resource
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import write_json  # noqa: E402
from bench.load import (  # noqa: E402
    _install_uvloop,
    build_db,
    open_loop,
    start_server,
    stop_server,
)


def _cpu_of(pids: set[int]) -> float:
    """CPU seconds of the processes in ``pids`` and their children (process groups too)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid, pgid = int(stat.parent.name), int(fields[1]), int(fields[2])
        if pids & {pid, ppid, pgid}:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _postgres_pids() -> set[int]:
    pids = set()
    for comm in Path("/proc").glob("[0-9]*/comm"):
        try:
            if comm.read_text().strip() == "postgres":
                pids.add(int(comm.parent.name))
        except OSError:
            continue
    return pids


def scenario(
    name: str, bases: list[str], paths: list[str], rate: float, args: Any, pids: set[int], **kw: Any
) -> dict[str, Any]:
    warm = paths[: max(50, len(paths) // 10)]
    asyncio.run(open_loop(bases, warm, rate, args.connections, args.time_limit, **kw))
    c0, u0 = _cpu_of(pids), resource.getrusage(resource.RUSAGE_SELF)
    out = asyncio.run(open_loop(bases, paths, rate, args.connections, args.time_limit, **kw))
    c1, u1 = _cpu_of(pids), resource.getrusage(resource.RUSAGE_SELF)
    done = out["ok"] + out["errors"]
    out["scenario"] = name
    out["server_cpu_ms_per_request"] = round((c1 - c0) / done * 1000, 3) if done else None
    out["client_cpu_s"] = round((u1.ru_utime - u0.ru_utime) + (u1.ru_stime - u0.ru_stime), 2)
    print(
        f"{name:<52} {out['req_per_s']:>7.1f} req/s (offered {rate:g})  p50 {out.get('p50_ms')}"
        f" ms  p99 {out.get('p99_ms')} ms  errors {out['errors']}  server+db CPU"
        f" {out['server_cpu_ms_per_request']} ms/request",
        flush=True,
    )
    return out


def _post(base: str, path: str, body: Any, token: str) -> int:
    req = urllib.request.Request(
        base + path,
        data=json.dumps(body).encode(),
        method="POST",
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return int(r.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def _matches(base: str, viewer: str, token: str) -> set[str]:
    req = urllib.request.Request(
        f"{base}/profiles/{viewer}/matches?k=10&explain=false",
        headers={"Authorization": f"Bearer {token}"},
    )
    with urllib.request.urlopen(req, timeout=30) as r:
        return {m["id"] for m in json.loads(r.read())}


def measure_lag(
    a: str, b: str, token: str, viewers: list[dict[str, Any]], n: int
) -> dict[str, Any]:
    """Write on ``a``, poll ``b`` until the written profile is suggested."""
    lags, errors, timeouts = [], 0, 0
    for i in range(n):
        viewer = viewers[i % len(viewers)]
        pid = f"lag{i:04d}{random.randrange(10**6):06d}"
        # the viewer's mirror image: offers what they need, needs what they offer
        twin = {
            "id": pid,
            "name": f"Twin {i}",
            "offers": viewer["needs"],
            "needs": viewer["offers"],
            "values": viewer.get("values", ""),
            "roles_offered": viewer["roles_sought"] or ["sales"],
            "roles_sought": viewer["roles_offered"],
            "languages": viewer["languages"],
            "utc_offset": viewer.get("utc_offset", 0),
            "commitment": viewer.get("commitment", "full-time"),
        }
        if _post(a, "/profiles", twin, token) != 201:
            errors += 1
            continue
        written = time.perf_counter()
        while True:
            try:
                seen = pid in _matches(b, viewer["id"], token)
            except OSError:
                errors += 1
                break
            if seen:
                lags.append(time.perf_counter() - written)
                break
            if time.perf_counter() - written > 5:
                timeouts += 1
                break
            time.sleep(0.005)
    lat = np.array(lags) * 1000
    return {
        "writes": n,
        "seen": len(lags),
        "not_seen_in_5s": timeouts,
        "errors": errors,
        "p50_ms": round(float(np.percentile(lat, 50)), 1) if len(lat) else None,
        "p99_ms": round(float(np.percentile(lat, 99)), 1) if len(lat) else None,
        "max_ms": round(float(lat.max()), 1) if len(lat) else None,
    }


def _viewers(community: Any, n: int) -> list[dict[str, Any]]:
    """Public, consenting profiles whose twin would pass every filter (a common language)."""
    out = []
    for p in community.profiles.store.profiles():
        if p.visibility.value != "public" or not p.consent or not p.languages:
            continue
        if not p.roles_offered:
            continue
        out.append(
            {
                "id": p.id,
                "offers": p.offers,
                "needs": p.needs,
                "values": p.values,
                "roles_offered": [r.value for r in p.roles_offered],
                "roles_sought": [r.value for r in p.roles_sought],
                "languages": list(p.languages),
                "utc_offset": p.utc_offset if p.utc_offset is not None else 0,
                "commitment": p.commitment.value if p.commitment else "full-time",
            }
        )
        if len(out) >= n:
            break
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profiles", type=int, default=10_000)
    parser.add_argument("--encoder", default="use-multilingual-v3")
    parser.add_argument("--index-kind", default="hnsw", choices=["auto", "flat", "hnsw"])
    parser.add_argument("--profile-rate", type=float, default=600)
    parser.add_argument("--match-rate", type=float, default=120)
    parser.add_argument("--requests-s", type=float, default=10)
    parser.add_argument("--connections", type=int, default=100)
    parser.add_argument("--time-limit", type=float, default=120)
    parser.add_argument("--writes", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "load_postgres.json"
    )
    args = parser.parse_args(argv)
    _install_uvloop()
    # the lag writes sign up dozens of profiles from one address: no sign-up throttle here
    os.environ["COFOUNDRY_SIGNUP_PER_MINUTE"] = "0"
    from api.settings import Settings
    from api.wiring import build_community
    from matcher.db import copy_database
    from matcher.schema import connect
    from tests.pg import start_server as start_postgres

    load_before = os.getloadavg()
    db, ids, token, built = build_db(args.profiles, args.encoder)
    rng = random.Random(args.seed)
    n_p = int(args.profile_rate * args.requests_s)
    n_m = int(args.match_rate * args.requests_s)
    profile_paths = [f"/profiles/{rng.choice(ids)}" for _ in range(n_p)]
    match_paths = [f"/profiles/{rng.choice(ids)}/matches?k=10" for _ in range(n_m)]
    admin = {"Authorization": f"Bearer {token}"}
    logs = Path(tempfile.mkdtemp(prefix="cofoundry-loadpg-"))
    results: dict[str, Any] = {}

    # ---- one process on SQLite
    proc, base, ready = start_server(db, args.encoder, 1, logs / "sqlite.log", args.index_kind)
    print(f"SQLite: 1 process on {base}, ready in {ready:.1f} s", flush=True)
    try:
        pids = {proc.pid}
        results["sqlite_1_process"] = {
            "ready_s": round(ready, 1),
            "profiles": scenario(
                "SQLite 1 process  GET /profiles/{id}",
                [base],
                profile_paths,
                args.profile_rate,
                args,
                pids,
            ),
            "matches": scenario(
                "SQLite 1 process  GET /profiles/{id}/matches?k=10",
                [base],
                match_paths,
                args.match_rate,
                args,
                pids,
                headers=admin,
            ),
        }
    finally:
        stop_server(proc)

    # ---- two processes on PostgreSQL
    server = start_postgres("cofoundry_bench")
    schema = server.new_schema()
    url = server.schema_url(schema)
    try:
        start = time.perf_counter()
        src, dst = connect(db), connect(url)
        report = copy_database(src, dst)
        src.close()
        dst.close()
        copy_s = time.perf_counter() - start
        print(f"copied {report.rows} rows to PostgreSQL in {copy_s:.1f} s (checked)", flush=True)
        community = build_community(Settings(db=str(db), encoder="fake"))
        viewers = _viewers(community, 50)
        community.close()
        one, base1, ready1 = start_server(url, args.encoder, 1, logs / "pg1.log", args.index_kind)
        two, base2, ready2 = start_server(url, args.encoder, 1, logs / "pg2.log", args.index_kind)
        print(f"PostgreSQL: 2 processes on {base1}, {base2}", flush=True)
        try:
            pids = {one.pid, two.pid} | _postgres_pids()
            bases = [base1, base2]
            results["postgres_2_processes"] = {
                "ready_s": [round(ready1, 1), round(ready2, 1)],
                "copy_db_s": round(copy_s, 1),
                "copied_rows": report.rows,
                "profiles": scenario(
                    "PostgreSQL 2 processes  GET /profiles/{id}",
                    bases,
                    profile_paths,
                    args.profile_rate,
                    args,
                    pids,
                ),
                "matches": scenario(
                    "PostgreSQL 2 processes  GET /profiles/{id}/matches?k=10",
                    bases,
                    match_paths,
                    args.match_rate,
                    args,
                    pids,
                    headers=admin,
                ),
            }
            lag = measure_lag(base1, base2, token, viewers, args.writes)
            results["postgres_2_processes"]["write_to_other_process_lag"] = lag
            print(f"lag from a write on one process to its suggestion by the other: {lag}")
        finally:
            stop_server(one)
            stop_server(two)
    finally:
        server.drop_schema(schema)
        server.stop()

    load_after = os.getloadavg()
    out = {
        "benchmark": "bench/load_postgres.py",
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in load_after],
            "note": "2 CPU cores shared with other jobs; load generator, PostgreSQL and the"
            " servers on the same cores (loopback, Unix socket to PostgreSQL)",
        },
        "setup": {
            "profiles": args.profiles,
            "public_profiles": len(ids),
            "encoder": args.encoder,
            "index_kind": args.index_kind,
            "profile_rate": args.profile_rate,
            "match_rate": args.match_rate,
            "requests_seconds": args.requests_s,
            "database_build_s": round(built, 1),
        },
        "results": results,
    }
    write_json(args.out, out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
