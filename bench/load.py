"""HTTP load benchmark: the real server (``cofoundry serve``, 2 workers) under an open-model load.

Usage::

    python bench/load.py [--profiles 10000] [--encoder use-multilingual-v3] [--workers 2]
                         [--profile-rate 1000] [--match-rate 200] [--requests-s 10]
                         [--connections 100] [--time-limit 120] [--out bench/results/load.json]

Method:

1. **Data.** ``--profiles`` synthetic profiles from ``data/generate.py`` (seed 7), imported
   and encoded with ``--encoder`` (the real default model unless told otherwise) into a
   SQLite file cached under ``bench/.cache/`` (encoding 10k profiles takes minutes, once).
   An admin token is issued for the suggestion requests.
2. **Server.** ``cofoundry serve --workers 2`` on 127.0.0.1 and a free port, exactly as in
   production: start-up checks, JSON request logs (to a file), uvicorn with uvloop and
   httptools. The load starts once ``/ready`` has answered 200 twenty times in a row (both
   workers warm: encoder loaded, search state and index built).
3. **Load.** An open model (constant arrival rate): request ``i`` is *scheduled* at
   ``t0 + i / rate`` whether or not earlier ones have finished, over at most
   ``--connections`` keep-alive connections (aiohttp). Latency is measured from the
   scheduled time, not from when a connection became free, so a stalled server shows up in
   the latency instead of slowing the generator down (no coordinated omission). A fixed
   number of requests (``rate x --requests-s``) and a time limit bound every scenario;
   requests unanswered at the limit count as errors.
4. **Scenarios**, each after a short unmeasured warm-up at the same rate:
   ``GET /health`` (baseline: the cheapest route through the same stack, at the profile
   rate), ``GET /profiles/{id}`` (random public profiles, anonymous), and
   ``GET /profiles/{id}/matches?k=10`` (random viewers, explained, admin token), with
   ``COFOUNDRY_INDEX_KIND=hnsw`` by default: 10k profiles leave about 7,600 candidates,
   under the 10,000 below which ``auto`` scans every candidate exactly (12-100 ms a query
   here; the HNSW pool and exact re-rank take 3 ms at recall@10 0.996, bench/match.py).
   Ratios are against the baseline measured in the same run.

With ``--history`` (issue 21) the community has a past: a copy of the database where 90 % of
the members have years of collaborations (5 to 20 each, confirmed, rated, many ended and
decaying since; endorsements), written through the trust store, and the scenarios are
``GET /health`` (baseline), suggestions for the 10 % of members without any collaboration
(the baseline of the trust cost, same run), suggestions for members with a history (trust
on: local trust, the blend, a warm-intro path per suggestion), and the same while a
collaboration is proposed and confirmed through the API every ``--write-every`` seconds; after
each confirmation the proposer's ``GET /me/trust`` is polled until the partner appears (how
soon a write is seen, by whichever worker answers: each follows the change log).

Targets: profiles >= 1,000 req/s with p99 <= 50 ms; matches >= 200 req/s with p99 <= 150 ms
at 100 connections; 0 errors (with a history too, with and without the writes). A target is met when every request, offered at (at least) the
target rate, is answered without error and the p99 is within the limit: latency counts from
the scheduled time, so a server that falls behind the rate shows it there. The served rate
(answers over the time to the last answer, which includes that answer's latency) is reported
too; it is a little under the offered rate even when the server keeps up. The load generator runs on the same machine (loopback only)
and its CPU use is reported: on 2 shared cores it competes with the server.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import random
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CACHE = ROOT / "bench" / ".cache"


def _load_generator() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("generate", ROOT / "data" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_db(n: int, encoder: str, seed: int = 7) -> tuple[Path, list[str], str, float]:
    """The cached database of ``n`` encoded profiles; returns its path, the public ids,
    an admin token and the seconds spent building (0 when cached)."""
    from api.settings import Settings
    from api.wiring import build_community

    CACHE.mkdir(parents=True, exist_ok=True)
    db = CACHE / f"load-{n}-{seed}-{encoder.replace('/', '_')}.db"
    built = 0.0
    if not db.exists():
        start = time.perf_counter()
        tmp = db.with_suffix(".tmp.db")
        for leftover in CACHE.glob(tmp.name + "*"):
            leftover.unlink()
        rows, _pairs = _load_generator().generate(n, seed)
        service = build_community(Settings(db=str(tmp), encoder=encoder))
        print(f"encoding {n} profiles with {encoder} (once; cached in {db})", flush=True)
        service.profiles.import_profiles(rows, progress=True)
        service.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        service.close()
        tmp.rename(db)
        built = time.perf_counter() - start
    service = build_community(Settings(db=str(db), encoder=encoder))
    ids = [
        p.id
        for p in service.profiles.store.profiles()
        if p.visibility.value == "public" and p.consent
    ]
    token = service.security.create_token(None, role="admin", label="bench/load.py")
    service.close()
    return db, ids, token, built


#: how each side rates a collaboration (None: not rated)
RATINGS = (2, 1, 0, None, -1, -2)
RATING_WEIGHTS = (30, 30, 15, 15, 6, 4)
HISTORY_START = dt.date(2018, 1, 1)
HISTORY_END = dt.date(2026, 11, 30)
COHORT = 40


def add_history(base: Path, seed: int = 7, without: float = 0.1) -> tuple[Path, dict[str, Any]]:
    """A copy of ``base`` where members have years of collaborations; returns its path and
    figures on the history (cached beside ``base``).

    ``without`` of the members have none (the baseline viewers). Each of the others
    proposes ``ceil(d / 2)`` collaborations, ``d`` uniform in 5..20, 70 % of them within a
    cohort of 40 (people who work together know each other), the rest with anyone; so a
    member ends with 5 to 20 or so. Dates from 2018 to now, 30 to 900 days long (ongoing
    when they run past today); 92 % confirmed, 5 % proposed, 3 % declined; each side's
    rating drawn from :data:`RATINGS`. Half of the members endorse one to three of their
    partners.
    """
    from matcher.schema import connect
    from matcher.trust import Endorsement, TrustStore
    from matcher.trust.model import Collaboration, CollabStatus

    out = base.with_name(base.stem + f"-history-{seed}.db")
    if not out.exists():
        start = time.perf_counter()
        tmp = out.with_suffix(".tmp.db")
        for leftover in out.parent.glob(tmp.name + "*"):
            leftover.unlink()
        shutil.copy(base, tmp)
        db = connect(tmp)
        rng = random.Random(seed)
        ids = [r[0] for r in db.execute("SELECT id FROM profiles ORDER BY id").fetchall()]
        rng.shuffle(ids)
        members = ids[int(len(ids) * without) :]
        cohort = {pid: i // COHORT for i, pid in enumerate(members)}
        by_cohort: dict[int, list[str]] = {}
        for pid, c in cohort.items():
            by_cohort.setdefault(c, []).append(pid)
        store = TrustStore(db)
        days = (HISTORY_END - HISTORY_START).days
        n = 0
        partners: dict[str, set[str]] = {}
        with db.transaction():
            for a in members:
                for _ in range((rng.randint(5, 20) + 1) // 2):
                    pool = by_cohort[cohort[a]] if rng.random() < 0.7 else members
                    b = rng.choice(pool)
                    if b == a:
                        continue
                    started = HISTORY_START + dt.timedelta(days=rng.randrange(days))
                    ended: dt.date | None = started + dt.timedelta(days=rng.randint(30, 900))
                    if ended is not None and ended > HISTORY_END:
                        ended = None
                    roll = rng.random()
                    status = (
                        CollabStatus.CONFIRMED
                        if roll < 0.92
                        else CollabStatus.PROPOSED
                        if roll < 0.97
                        else CollabStatus.DECLINED
                    )
                    ra, rb = rng.choices(RATINGS, RATING_WEIGHTS, k=2)
                    store.put_collaboration(
                        Collaboration(
                            f"h{n:07d}", a, b, "past project", started, ended, status, ra, rb
                        )
                    )
                    n += 1
                    if status == CollabStatus.CONFIRMED:
                        partners.setdefault(a, set()).add(b)
                        partners.setdefault(b, set()).add(a)
            for a in members:
                if a in partners and rng.random() < 0.5:
                    for b in rng.sample(
                        sorted(partners[a]), min(len(partners[a]), rng.randint(1, 3))
                    ):
                        store.add_endorsement(
                            Endorsement(a, b, rng.choice(["sales", "code", "design"]))
                        )
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        tmp.rename(out)
        print(f"history written in {time.perf_counter() - start:.1f} s ({n} collaborations)")
    db = connect(out)
    degree = [
        int(r[0])
        for r in db.execute(
            "SELECT COUNT(*) FROM (SELECT proposer AS p FROM collaborations WHERE status ="
            " 'confirmed' UNION ALL SELECT partner FROM collaborations WHERE status = 'confirmed')"
            " GROUP BY p"
        ).fetchall()
    ]
    figures = {
        "collaborations": db.execute("SELECT COUNT(*) FROM collaborations").fetchone()[0],
        "confirmed": db.execute(
            "SELECT COUNT(*) FROM collaborations WHERE status = 'confirmed'"
        ).fetchone()[0],
        "ended": db.execute(
            "SELECT COUNT(*) FROM collaborations WHERE ended IS NOT NULL"
        ).fetchone()[0],
        "endorsements": db.execute("SELECT COUNT(*) FROM endorsements").fetchone()[0],
        "members_with_history": len(degree),
        "confirmed_per_member": {
            "p5": float(np.percentile(degree, 5)),
            "median": float(np.median(degree)),
            "p95": float(np.percentile(degree, 95)),
            "max": max(degree),
        },
    }
    db.close()
    return out, figures


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str, timeout: float = 2.0) -> int:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return int(r.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
    except OSError:
        return 0


def start_server(
    db: Path | str, encoder: str, workers: int, log: Path, index_kind: str = "auto"
) -> tuple[subprocess.Popen[bytes], str, float]:
    """``cofoundry serve`` on a free loopback port; returns once both workers are ready.

    ``db``: a SQLite file, or a ``postgresql://`` URL (``COFOUNDRY_DATABASE_URL``)."""
    port = _free_port()
    cli = Path(sys.executable).with_name("cofoundry")
    cmd = [str(cli)] if cli.exists() else [sys.executable, "-c", "from api.cli import main; main()"]
    cmd += ["serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    where = (
        {"COFOUNDRY_DATABASE_URL": str(db)}
        if str(db).startswith("postgresql://")
        else {"COFOUNDRY_DB": str(db), "COFOUNDRY_DATABASE_URL": ""}
    )
    env = (
        os.environ
        | where
        | {
            "COFOUNDRY_ENCODER": encoder,
            "COFOUNDRY_INDEX_KIND": index_kind,
        }
    )
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    streak = 0
    while streak < 20:
        if proc.poll() is not None:
            raise SystemExit(f"bench/load.py: the server exited; see {log}")
        if time.perf_counter() - start > 600:
            stop_server(proc)
            raise SystemExit("bench/load.py: the server was not ready after 600 s")
        streak = streak + 1 if _get(base + "/ready") == 200 else 0
        time.sleep(0.05 if streak else 0.5)
    return proc, base, time.perf_counter() - start


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    """Stop the server we started (its process group: the master and its workers)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def summarise(latencies_s: list[float], errors: int, n: int, elapsed: float) -> dict[str, Any]:
    """Throughput and latency percentiles (milliseconds) of one scenario.

    Examples
    --------
    >>> s = summarise([0.001] * 99 + [0.1], errors=0, n=100, elapsed=1.0)
    >>> s["ok"], s["req_per_s"], s["p50_ms"], s["max_ms"]
    (100, 100.0, 1.0, 100.0)
    """
    lat = np.array(latencies_s, dtype=float) * 1000
    pct = (
        {
            f"p{p}_ms".replace(".", "_"): round(float(np.percentile(lat, p)), 2)
            for p in (50, 90, 99, 99.9)
        }
        if len(lat)
        else {}
    )
    return {
        "requests": n,
        "ok": len(latencies_s),
        "errors": errors,
        "elapsed_s": round(elapsed, 3),
        "req_per_s": round(len(latencies_s) / elapsed, 1) if elapsed > 0 else 0.0,
        **pct,
        "max_ms": round(float(lat.max()), 2) if len(lat) else None,
    }


async def open_loop(
    base: str | list[str],
    paths: list[str],
    rate: float,
    connections: int,
    time_limit: float,
    headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Send ``len(paths)`` GETs at a constant arrival rate; latency from the scheduled time.

    With several ``base`` URLs (several server processes) the requests go round-robin, as
    behind a load balancer."""
    import aiohttp

    loop = asyncio.get_running_loop()
    n = len(paths)
    bases = [base] if isinstance(base, str) else base
    latencies: list[float] = []
    errors: dict[str, int] = {}
    last_done = 0.0
    connector = aiohttp.TCPConnector(limit=connections, force_close=False)
    timeout = aiohttp.ClientTimeout(total=time_limit)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        turn = iter(range(n))

        async def one(path: str, scheduled: float) -> None:
            nonlocal last_done
            url = bases[next(turn) % len(bases)] + path
            try:
                async with session.get(url, headers=headers) as resp:
                    await resp.read()
                    status = resp.status
            except Exception as exc:
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
                return
            now = loop.time()
            if status == 200:
                latencies.append(now - scheduled)
                last_done = max(last_done, now)
            else:
                errors[str(status)] = errors.get(str(status), 0) + 1

        t0 = loop.time() + 0.05
        deadline = t0 + time_limit
        tasks = []
        for i, path in enumerate(paths):
            scheduled = t0 + i / rate
            delay = scheduled - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            if loop.time() > deadline:
                break
            tasks.append(asyncio.create_task(one(path, scheduled)))
        _, pending = await asyncio.wait(tasks, timeout=max(0.0, deadline - loop.time()))
        for task in pending:
            task.cancel()
        unsent = n - len(tasks)
        if pending or unsent:
            errors["time limit"] = len(pending) + unsent
    elapsed = (last_done - t0) if last_done else 0.0
    out = summarise(latencies, sum(errors.values()), n, elapsed)
    out["error_kinds"] = errors
    out["offered_rate"] = rate
    return out


async def writer(
    base: str, members: list[tuple[str, str]], every: float, stop: asyncio.Event
) -> dict[str, Any]:
    """Every ``every`` seconds until ``stop``: ``a`` proposes a +2 collaboration with ``b``
    and ``b`` confirms it (two writes, through the API), then ``a``'s ``GET /me/trust``
    is polled until ``b`` appears. ``members`` are ``(id, member token)``, used in pairs."""
    import aiohttp

    loop = asyncio.get_running_loop()
    visible: list[float] = []
    polls: list[int] = []
    errors: dict[str, int] = {}
    writes = 0

    def auth(token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}", "Idempotency-Key": uuid.uuid4().hex}

    async with aiohttp.ClientSession(base) as session:
        next_at = loop.time()
        i = 0
        while not stop.is_set():
            await asyncio.sleep(max(0.0, next_at - loop.time()))
            next_at += every
            if stop.is_set():
                break
            (_, ta), (b, tb) = members[(2 * i) % len(members)], members[(2 * i + 1) % len(members)]
            i += 1
            body = {"partner": b, "project": f"bench {i}", "started": "2026-11-01", "rating": 2}
            async with session.post("/me/collaborations", json=body, headers=auth(ta)) as r:
                made = await r.json()
                if r.status != 201:
                    errors[f"propose {r.status}"] = errors.get(f"propose {r.status}", 0) + 1
                    continue
            answer = f"/me/collaborations/{made['id']}/answer"
            async with session.post(answer, json={"confirm": True}, headers=auth(tb)) as r:
                await r.read()
                if r.status != 200:
                    errors[f"confirm {r.status}"] = errors.get(f"confirm {r.status}", 0) + 1
                    continue
            writes += 2
            confirmed = loop.time()
            for n in range(1, 51):
                async with session.get(
                    "/me/trust?k=100", headers={"Authorization": f"Bearer {ta}"}
                ) as r:
                    seen = r.status == 200 and any(e["id"] == b for e in await r.json())
                if seen:
                    visible.append((loop.time() - confirmed) * 1000)
                    polls.append(n)
                    break
            else:
                errors["never seen"] = errors.get("never seen", 0) + 1
    return {
        "writes": writes,
        "confirmations": len(visible) + errors.get("never seen", 0),
        "errors": errors,
        "seen_by_the_next_query": sum(1 for n in polls if n == 1),
        "visible_after_ms": {
            "p50": round(float(np.percentile(visible, 50)), 2) if visible else None,
            "p99": round(float(np.percentile(visible, 99)), 2) if visible else None,
            "max": round(max(visible), 2) if visible else None,
        },
    }


async def load_with_writes(
    base: str,
    paths: list[str],
    rate: float,
    connections: int,
    time_limit: float,
    members: list[tuple[str, str]],
    every: float,
    headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    """:func:`open_loop` while :func:`writer` writes."""
    stop = asyncio.Event()
    task = asyncio.create_task(writer(base, members, every, stop))
    out = await open_loop(base, paths, rate, connections, time_limit, headers=headers)
    stop.set()
    out["writes"] = await task
    return out


def server_cpu_s(proc: subprocess.Popen[bytes]) -> float:
    """CPU seconds (user + system) used so far by the server: its master and its workers."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid, pgid = int(stat.parent.name), int(fields[1]), int(fields[2])
        if proc.pid in (pid, ppid, pgid):
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def run(
    name: str,
    base: str | list[str],
    paths: list[str],
    rate: float,
    args: Any,
    proc: subprocess.Popen[bytes],
    **kw: Any,
) -> dict[str, Any]:
    warm = paths[: max(50, len(paths) // 10)]
    members = kw.pop("members", None)
    asyncio.run(open_loop(base, warm, rate, args.connections, args.time_limit, **kw))
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    server0 = server_cpu_s(proc)
    if members:
        load = load_with_writes(
            base, paths, rate, args.connections, args.time_limit, members, args.write_every, **kw
        )
    else:
        load = open_loop(base, paths, rate, args.connections, args.time_limit, **kw)
    out = asyncio.run(load)
    server1 = server_cpu_s(proc)
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    out["scenario"] = name
    out["client_cpu_s"] = round(
        (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime), 2
    )
    # The server's own CPU time per request, and the rate at which it would keep every core
    # of this machine busy if it had them to itself (the load generator and other jobs here
    # take cores from it; this figure does not depend on them).
    out["server_cpu_s"] = round(server1 - server0, 2)
    done = out["ok"] + out["errors"]
    per = out["server_cpu_s"] / done if done else 0.0
    out["server_cpu_ms_per_request"] = round(per * 1000, 3)
    out["capacity_req_per_s_on_all_cores"] = round((os.cpu_count() or 1) / per, 1) if per else None
    print(
        f"{name:<34} {out['req_per_s']:>8.1f} req/s (offered {rate:g})  p50 {out.get('p50_ms')} ms"
        f"  p99 {out.get('p99_ms')} ms  max {out.get('max_ms')} ms  errors {out['errors']}"
        f"  server CPU {out['server_cpu_ms_per_request']} ms/request (all cores busy at"
        f" {out['capacity_req_per_s_on_all_cores']} req/s)  client CPU {out['client_cpu_s']} s",
        flush=True,
    )
    if "writes" in out:
        print(f"{'':<34} writes during the load: {json.dumps(out['writes'])}", flush=True)
    return out


def _install_uvloop() -> None:
    try:
        import uvloop

        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    except ImportError:  # pragma: no cover - uvloop is a dependency on POSIX
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profiles", type=int, default=10_000)
    parser.add_argument("--encoder", default="use-multilingual-v3")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--index-kind",
        default="hnsw",
        choices=["auto", "flat", "hnsw"],
        help="COFOUNDRY_INDEX_KIND of the server (auto scans exactly below 10,000 candidates)",
    )
    parser.add_argument("--profile-rate", type=float, default=1000)
    parser.add_argument("--match-rate", type=float, default=200)
    parser.add_argument("--requests-s", type=float, default=10, help="seconds of load each")
    parser.add_argument("--connections", type=int, default=100)
    parser.add_argument("--time-limit", type=float, default=120)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--history",
        action="store_true",
        help="members with years of collaborations; suggestions with trust, with and without"
        " writes (issue 21)",
    )
    parser.add_argument("--write-every", type=float, default=1.0, help="seconds between writes")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "load.json")
    args = parser.parse_args(argv)
    _install_uvloop()

    if args.history:
        return main_history(args)
    load_before = os.getloadavg()
    db, ids, token, built = build_db(args.profiles, args.encoder)
    rng = random.Random(args.seed)
    log = Path(tempfile.mkdtemp(prefix="cofoundry-load-")) / "server.log"
    proc, base, ready_s = start_server(db, args.encoder, args.workers, log, args.index_kind)
    print(
        f"server: {args.workers} workers on {base}, ready in {ready_s:.1f} s;"
        f" {len(ids)} public profiles of {args.profiles}; encoder {args.encoder};"
        f" index {args.index_kind};"
        f" load average before {load_before[0]:.2f} on {os.cpu_count()} CPUs",
        flush=True,
    )
    scenarios = []
    try:
        n_p = int(args.profile_rate * args.requests_s)
        n_m = int(args.match_rate * args.requests_s)
        admin = {"Authorization": f"Bearer {token}"}
        scenarios.append(
            run("GET /health (baseline)", base, ["/health"] * n_p, args.profile_rate, args, proc)
        )
        scenarios.append(
            run(
                "GET /profiles/{id}",
                base,
                [f"/profiles/{rng.choice(ids)}" for _ in range(n_p)],
                args.profile_rate,
                args,
                proc,
            )
        )
        scenarios.append(
            run(
                "GET /profiles/{id}/matches?k=10",
                base,
                [f"/profiles/{rng.choice(ids)}/matches?k=10" for _ in range(n_m)],
                args.match_rate,
                args,
                proc,
                headers=admin,
            )
        )
    finally:
        stop_server(proc)
    load_after = os.getloadavg()
    base_s, prof, match = scenarios
    targets = {
        "profiles": {
            "req_per_s": prof["req_per_s"],
            "p99_ms": prof.get("p99_ms"),
            "met": args.profile_rate >= 1000
            and prof["ok"] == prof["requests"]
            and (prof.get("p99_ms") or 1e9) <= 50,
        },
        "matches": {
            "req_per_s": match["req_per_s"],
            "p99_ms": match.get("p99_ms"),
            "met": args.match_rate >= 200
            and match["ok"] == match["requests"]
            and (match.get("p99_ms") or 1e9) <= 150,
        },
    }
    ratios = {
        "profile_p99_vs_health_p99": round(prof["p99_ms"] / base_s["p99_ms"], 2)
        if prof.get("p99_ms") and base_s.get("p99_ms")
        else None,
        "profile_p50_vs_health_p50": round(prof["p50_ms"] / base_s["p50_ms"], 2)
        if prof.get("p50_ms") and base_s.get("p50_ms")
        else None,
    }
    result = {
        "benchmark": "bench/load.py",
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in load_after],
            "note": "2 CPU cores shared with other jobs; the load generator runs on the same"
            " cores as the server (loopback)",
        },
        "setup": {
            "profiles": args.profiles,
            "public_profiles": len(ids),
            "encoder": args.encoder,
            "workers": args.workers,
            "index_kind": args.index_kind,
            "connections": args.connections,
            "requests_seconds": args.requests_s,
            "time_limit_s": args.time_limit,
            "database_build_s": round(built, 1),
            "server_ready_s": round(ready_s, 1),
            "latency": "from the scheduled send time (constant arrival rate, open model)",
        },
        "scenarios": scenarios,
        "ratios": ratios,
        "targets": targets,
    }
    _save(args.out, result)
    return 0


def _save(out: Path, result: dict[str, Any]) -> None:
    """Write the run's JSON and print its targets and ratios (both load scenarios)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n")
    targets, ratios = json.dumps(result["targets"]), json.dumps(result["ratios"])
    print(f"targets: {targets}\nratios: {ratios}\nwrote {out}")


def _pct_ratio(a: dict[str, Any], b: dict[str, Any], key: str) -> float | None:
    return round(a[key] / b[key], 2) if a.get(key) and b.get(key) else None


def main_history(args: Any) -> int:
    """The scenarios with a history (``--history``)."""
    from api.settings import Settings
    from api.wiring import build_community
    from matcher.trust import TrustService

    load_before = os.getloadavg()
    base_db, ids, _token, built = build_db(args.profiles, args.encoder)
    db, history = add_history(base_db)
    public = set(ids)
    community = build_community(Settings(db=str(db), encoder="fake"))
    with_history = sorted(
        {
            r[0]
            for r in community.db.execute(
                "SELECT proposer FROM collaborations WHERE status = 'confirmed' UNION"
                " SELECT partner FROM collaborations WHERE status = 'confirmed'"
            ).fetchall()
        }
        & public
    )
    without = sorted(public - set(with_history))
    rng = random.Random(args.seed)
    writers = rng.sample(with_history, 2 * int(args.requests_s * 3 / args.write_every + 10))
    members = [
        (pid, community.security.create_token(pid, label="bench/load.py")) for pid in writers
    ]
    admin_token = community.security.create_token(None, role="admin", label="bench/load.py")
    # the cold build, in process, as each worker does it when it starts
    trust = TrustService(community.db)
    trust.warm()
    cold = trust.cold_build_seconds
    graph = trust.live()
    history["trust_graph"] = {"people": len(graph), "arc_entries": graph.n_arcs}
    community.close()
    log = Path(tempfile.mkdtemp(prefix="cofoundry-load-")) / "server.log"
    proc, base, ready_s = start_server(db, args.encoder, args.workers, log, args.index_kind)
    print(
        f"server: {args.workers} workers on {base}, ready in {ready_s:.1f} s; history:"
        f" {json.dumps(history)}; trust graph cold build {cold:.2f} s in process;"
        f" load average before {load_before[0]:.2f} on {os.cpu_count()} CPUs",
        flush=True,
    )
    n_m = int(args.match_rate * args.requests_s)
    admin = {"Authorization": f"Bearer {admin_token}"}

    def matches(people: list[str]) -> list[str]:
        return [f"/profiles/{rng.choice(people)}/matches?k=10" for _ in range(n_m)]

    scenarios = []
    try:
        scenarios.append(
            run("GET /health (baseline)", base, ["/health"] * n_m, args.match_rate, args, proc)
        )
        for name, people, kw in (
            ("matches, no history (baseline)", without, {}),
            ("matches, history, trust on", with_history, {}),
            ("matches, history, writes", with_history, {"members": members}),
        ):
            scenarios.append(
                run(name, base, matches(people), args.match_rate, args, proc, headers=admin, **kw)
            )
    finally:
        stop_server(proc)
    load_after = os.getloadavg()
    health, plain, trusted, written = scenarios

    def met(s: dict[str, Any]) -> bool:
        return bool(
            args.match_rate >= 200 and s["ok"] == s["requests"] and (s.get("p99_ms") or 1e9) <= 150
        )

    writes = written["writes"]
    targets = {
        "matches_with_history": {"p99_ms": trusted.get("p99_ms"), "met": met(trusted)},
        "matches_with_history_and_writes": {
            "p99_ms": written.get("p99_ms"),
            "met": met(written) and not writes["errors"],
        },
        "write_visible_within_100_ms": {
            "p99_ms": writes["visible_after_ms"]["p99"],
            "met": bool(writes["confirmations"])
            and not writes["errors"]
            and (writes["visible_after_ms"]["p99"] or 1e9) <= 100,
        },
    }
    ratios = {
        "history_p50_vs_no_history_p50": _pct_ratio(trusted, plain, "p50_ms"),
        "history_p99_vs_no_history_p99": _pct_ratio(trusted, plain, "p99_ms"),
        "writes_p50_vs_no_history_p50": _pct_ratio(written, plain, "p50_ms"),
        "writes_p99_vs_no_history_p99": _pct_ratio(written, plain, "p99_ms"),
        "history_server_cpu_vs_no_history": round(
            trusted["server_cpu_ms_per_request"] / plain["server_cpu_ms_per_request"], 2
        )
        if plain["server_cpu_ms_per_request"]
        else None,
        "no_history_p50_vs_health_p50": _pct_ratio(plain, health, "p50_ms"),
    }
    result = {
        "benchmark": "bench/load.py --history",
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in load_after],
            "note": "2 CPU cores shared with other jobs; the load generator runs on the same"
            " cores as the server (loopback)",
        },
        "setup": {
            "profiles": args.profiles,
            "public_profiles": len(ids),
            "viewers_with_history": len(with_history),
            "viewers_without_history": len(without),
            "history": history,
            "trust_cold_build_s": round(cold or 0.0, 2),
            "encoder": args.encoder,
            "workers": args.workers,
            "index_kind": args.index_kind,
            "connections": args.connections,
            "requests_seconds": args.requests_s,
            "write_every_s": args.write_every,
            "time_limit_s": args.time_limit,
            "database_build_s": round(built, 1),
            "server_ready_s": round(ready_s, 1),
            "latency": "from the scheduled send time (constant arrival rate, open model)",
        },
        "scenarios": scenarios,
        "ratios": ratios,
        "targets": targets,
    }
    _save(args.out, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
