"""Server CPU per suggestion request, in process: what ``GET /profiles/{id}/matches`` costs.

Usage::

    python bench/match_request.py [--profiles 10000] [--encoder use-multilingual-v3]
                                  [--requests 300] [--index-kind hnsw] [--profile]
                                  [--dump FILE] [--out bench/results/match_request.json]

Method: the database of ``bench/load.py`` (``--profiles`` synthetic profiles, encoded with the
real model, cached under ``bench/.cache/``; built by ``bench/load.py`` if missing), the app of
``cofoundry serve`` (``create_app``, JSON request logs to a null stream, the same index kind as
the load benchmark) called as an ASGI application in this process, with the scope uvicorn
sends (no sockets, no HTTP parsing: those cost the same for every route). CPU time
(``time.process_time``, every thread of the process) per request, over ``--requests``
requests of each kind in ``--rounds`` alternating rounds (the median round is reported: the
machine is shared), after a warm-up:

* ``GET /health``: the baseline, the cheapest route through the same stack;
* ``GET /profiles/{id}/matches?k=10`` for random viewers, explained, with an admin token.

The figure that matters is ``matches_cpu_ms``: two cores serve ``2000 / matches_cpu_ms``
requests a second at most, and ``bench/load.py`` needs 200/s with queueing headroom (about
5 ms). The ratio against health is the robust figure across machines. With ``--profile``, a
cProfile of the matches requests is printed, grouped by part (search, explanations,
serialisation, ...). With ``--dump FILE``, the responses to the same requests (alternately
``k=10``, ``k=3&explain=false`` and ``k=100``) are written to FILE with their SHA-256: the
same digest before and after a change means the same bytes were sent.

With ``--history`` (issue 21) the database is ``bench/load.py``'s copy where 90 % of the
members have years of collaborations (:func:`bench.load.add_history`), and a third kind of
request joins the alternating rounds: suggestions for viewers with a history (trust on),
against the same for the 10 % without any collaboration (the baseline: trust skipped);
results go to ``bench/results/match_request_history.json`` unless ``--out`` says otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import hashlib
import io
import json
import os
import platform
import pstats
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: how the profile is split: (part, [(file suffix, function name), ...]), by cumulative time
PARTS = (
    ("search: HNSW pool", [("ranking.py", "pool_query"), ("index.py", "_search")]),
    ("search: exact re-rank", [("ranking.py", "rank_exact")]),
    ("explanations (10 suggestions)", [("service.py", "_suggestion")]),
    ("trust: local trust", [("service.py", "viewer_trust")]),
    ("trust: warm-intro paths", [("service.py", "intro_paths_to")]),
    ("profiles of the 10", [("service.py", "suggested_profiles")]),
    ("response: pydantic + JSON", [("schemas.py", "of"), ("type_adapter.py", "dump_json")]),
    ("auth (token, throttle check)", [("deps.py", "get_actor")]),
    ("request log", [("observability.py", "format")]),
)


def _split(stats: pstats.Stats, requests: int) -> dict[str, float]:
    """Cumulative time per part, in ms per request.

    ``search: pool to rows`` is the rest of ``Service._rank`` (ids to table rows, the
    index lock); ``suggest: the rest`` the rest of ``Service.suggest`` (state version
    check, avoid lists: SQLite reads); ``framework`` the rest of the whole request
    (routing, middleware, dependency solving, query validation).
    """
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]

    def cum(suffix: str, name: str) -> float:
        return (
            1000
            / requests
            * sum(
                ct
                for (filename, _line, func), (_cc, _nc, _tt, ct, _callers) in raw.items()
                if filename.endswith(suffix) and func == name
            )
        )

    part = {name: sum(cum(suffix, fn) for suffix, fn in funcs) for name, funcs in PARTS}
    searched = part["search: HNSW pool"] + part["search: exact re-rank"]
    part["search: pool to rows"] = cum("service.py", "_rank") - searched
    trust = part["trust: local trust"] + part["trust: warm-intro paths"]
    suggested = cum("service.py", "_rank") + part["explanations (10 suggestions)"] + trust
    part["suggest: the rest (SQLite reads)"] = cum("service.py", "suggest") - suggested
    whole = cum("fastapi/applications.py", "__call__")
    part["framework (routing, middleware, dependencies)"] = whole - sum(part.values())
    part["whole request"] = whole
    return {k: round(v, 3) for k, v in part.items()}


async def call(
    app: Any, path: str, query: str = "", headers: list[tuple[bytes, bytes]] | None = None
) -> bytes:
    """One GET through the ASGI app, as uvicorn would send it; returns the body (200 only)."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1"), *(headers or [])],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    status = sent[0]["status"]
    body = b"".join(m.get("body", b"") for m in sent[1:])
    if status != 200:
        raise SystemExit(f"GET {path}?{query} answered {status}: {body[:300]!r}")
    return body


async def timed(
    app: Any, paths: list[str], query: str = "", headers: list[tuple[bytes, bytes]] | None = None
) -> float:
    """CPU ms per request (every thread of this process, so the worker-thread hop counts)."""
    start = time.process_time()
    for path in paths:
        await call(app, path, query, headers)
    return (time.process_time() - start) * 1000 / len(paths)


async def profile(
    app: Any, paths: list[str], headers: list[tuple[bytes, bytes]]
) -> dict[str, float]:
    """cProfile the requests, with the worker-thread hop made inline (cProfile sees one thread)."""
    import anyio.to_thread

    original = anyio.to_thread.run_sync

    async def inline(func: Any, *args: Any, **_: Any) -> Any:
        return func(*args)

    anyio.to_thread.run_sync = inline  # type: ignore[assignment]
    prof = cProfile.Profile()
    try:
        prof.enable()
        for path in paths:
            await call(app, path, "k=10", headers)
        prof.disable()
    finally:
        anyio.to_thread.run_sync = original
    text = io.StringIO()
    pstats.Stats(prof, stream=text).sort_stats("tottime").print_stats(35)
    pstats.Stats(prof, stream=text).sort_stats("cumulative").print_stats(60)
    print(text.getvalue())
    split = _split(pstats.Stats(prof), len(paths))
    print("time per part, ms/request (wall time under cProfile, so inflated):")
    for k, v in split.items():
        print(f"  {k:<46} {v:>8.3f}")
    return split


async def dump(app: Any, paths: list[str], headers: list[tuple[bytes, bytes]], out: Path) -> None:
    """Write every response body (one per line) and its SHA-256: run it before and after a
    change to show the responses are byte for byte the same."""
    queries = ["k=10", "k=3&explain=false", "k=100"]
    with out.open("wb") as f:
        for i, path in enumerate(paths):
            f.write(await call(app, path, queries[i % 3], headers) + b"\n")
    print(f"responses in {out}: sha256 {hashlib.sha256(out.read_bytes()).hexdigest()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profiles", type=int, default=10_000)
    parser.add_argument("--encoder", default="use-multilingual-v3")
    parser.add_argument("--index-kind", default="hnsw", choices=["auto", "flat", "hnsw"])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds (median)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", action="store_true", help="print a cProfile split")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "match_request.json"
    )
    parser.add_argument(
        "--dump", type=Path, default=None, help="write the responses (k=10, 3, 100) to compare"
    )
    parser.add_argument(
        "--history", action="store_true", help="members with collaborations: trust on"
    )
    args = parser.parse_args(argv)
    if args.history and args.out == ROOT / "bench" / "results" / "match_request.json":
        args.out = ROOT / "bench" / "results" / "match_request_history.json"

    from api.app import create_app
    from api.settings import Settings
    from bench.load import add_history, build_db

    db, ids, token, _ = build_db(args.profiles, args.encoder)
    rng = random.Random(args.seed)
    history: dict[str, Any] | None = None
    trusted_paths: list[str] = []
    if args.history:
        from api.wiring import build_community

        db, history = add_history(db)
        community = build_community(Settings(db=str(db), encoder="fake"))
        token = community.security.create_token(None, role="admin", label="match_request")
        linked = {
            r[0]
            for r in community.db.execute(
                "SELECT proposer FROM collaborations WHERE status = 'confirmed' UNION"
                " SELECT partner FROM collaborations WHERE status = 'confirmed'"
            ).fetchall()
        }
        community.close()
        with_history = sorted(set(ids) & linked)
        ids = sorted(set(ids) - linked)  # the baseline: viewers without any collaboration
        trusted_paths = [
            f"/profiles/{rng.choice(with_history)}/matches" for _ in range(args.requests)
        ]
    settings = Settings(db=str(db), encoder=args.encoder, index_kind=args.index_kind, log_json=True)
    app = create_app(settings)
    from api.observability import configure_logging

    configure_logging("INFO", stream=io.StringIO())  # as `serve` does, but to nowhere
    viewers = [rng.choice(ids) for _ in range(args.requests)]
    admin = [(b"authorization", f"Bearer {token}".encode())]
    match_paths = [f"/profiles/{v}/matches" for v in viewers]
    split = None
    trusted_cpu: float | None = None

    async def drive() -> tuple[float, float]:
        nonlocal split, trusted_cpu
        async with app.router.lifespan_context(app):
            app.state.readiness.warm_up(block=True)  # joins the start-up warm-up
            for path in match_paths[:30] + trusted_paths[:30]:  # search state, index, caches
                await call(app, path, "k=10", admin)
                await call(app, "/health")
            # alternate rounds of both routes; the median round is robust to other jobs
            healths, matches_, trusted_ = [], [], []
            step = max(1, len(match_paths) // args.rounds)
            for start in range(0, len(match_paths), step):
                chunk = match_paths[start : start + step]
                healths.append(await timed(app, ["/health"] * len(chunk)))
                matches_.append(await timed(app, chunk, "k=10", admin))
                if trusted_paths:
                    trusted_.append(
                        await timed(app, trusted_paths[start : start + step], "k=10", admin)
                    )
            health, matches = statistics.median(healths), statistics.median(matches_)
            if trusted_:
                trusted_cpu = statistics.median(trusted_)
            if args.profile:
                split = await profile(app, trusted_paths or match_paths, admin)
            if args.dump:
                await dump(app, match_paths, admin, args.dump)
            return health, matches

    health, matches = asyncio.run(drive())

    result = {
        "benchmark": "bench/match_request.py",
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average": [round(x, 2) for x in os.getloadavg()],
        },
        "setup": {
            "profiles": args.profiles,
            "encoder": args.encoder,
            "index_kind": args.index_kind,
            "requests": args.requests,
            "client": "ASGI calls in process (no sockets, no HTTP parsing)",
        },
        "health_cpu_ms": round(health, 3),
        "matches_cpu_ms": round(matches, 3),
        "matches_vs_health": round(matches / health, 2),
        "profile_split_ms": split,
    }
    print(
        f"GET /health {health:.3f} ms CPU/request; GET /profiles/{{id}}/matches?k=10"
        f" {matches:.3f} ms CPU/request ({matches / health:.1f}x health)"
    )
    if history is not None and trusted_cpu is not None:
        result["setup"]["history"] = history
        result["matches_cpu_ms_viewers_without_history"] = result.pop("matches_cpu_ms")
        result["matches_cpu_ms_viewers_with_history"] = round(trusted_cpu, 3)
        result["with_history_vs_without"] = round(trusted_cpu / matches, 2)
        result["with_history_vs_health"] = round(trusted_cpu / health, 2)
        print(
            f"with a history (trust on): {trusted_cpu:.3f} ms CPU/request"
            f" ({trusted_cpu / matches:.2f}x the viewers without one)"
        )
    if args.out:
        args.out.write_text(json.dumps(result, indent=1) + "\n")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
