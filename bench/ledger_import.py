"""Ledger import through the service: rows per second as the ledger grows, time rows (each
checked against the member's time so far) against cash rows (no such check), same run.

Usage::

    python bench/ledger_import.py [--sizes 500,2000,8000] [--repeats 3]
                                  [--out bench/results/ledger_import.json]

Method: a venture of two members in an in-memory SQLite database, started on the first
row's day (1 January 2000); one CSV of ``n`` rows for one member, one a day, imported with
``EquityService.import_ledger`` (parse, check, post and store every row in one transaction),
best of ``--repeats``, for each size:

* *time* rows (6 hours a day): each is checked against the member's time up to its day
  and every later day (``matcher.equity.model.TimeBudget``, kept across the rows);
* *cash* rows (the baseline of the same run): the same import without that check;
* the *time* rows last day first (``reversed``), with the check as it is (a segment tree per
  limit, :class:`~matcher.equity.model.TimeBudget`) and as before (each row summed every
  entry after its day: O(n^2)), same run.

The figure that carries is the ratio of rows per second, time against cash, at each size:
flat when the check costs the same at every size (linear import). Before the budget was
kept across rows, the check re-read and sorted the member's whole history for each row:
2,000 time rows took 10.1 s against 0.48 s for the import before the check existed.

**Both backends** (``--backends N``, default 8,000; ``0`` skips it): one import of ``N``
mixed rows (time and cash for the owner, cash and expenses for a member, Well deposits and
withdrawals, one each per 200 rows) into a venture in a SQLite file and in a PostgreSQL schema (the server of
``tests/pg.py``, started here), best of ``--repeats``:

* *wall time* of the import;
* *statements per row*: every statement the import sends through the database layer
  (``Database.execute``, which also carries each multi-row statement of
  ``insert_many``; ``executemany`` counts each of its rows), divided by ``N``;
* *writer wait*: another process makes one small write transaction every 20 ms while the
  import runs; its longest wait is how long the import kept every other writer out (on
  SQLite a write that waits more than the 5 s busy timeout fails: counted apart).

**The Well** (``--well 2000,8000``, to ``bench/results/ledger_import_well.json``): the
mixed rows with a Well deposit every 20 rows and a withdrawal 10 rows later, imported with
the Well's fold kept across the rows (``matcher.equity.model.WellFold``) and, in the same
run, as before it was (each withdrawal checked by folding the whole ledger again, each
deposit by reading every entry): seconds each, in-memory SQLite. Then the same rows
shuffled (after one deposit on the first day that covers every withdrawal, so that every
row is accepted in any order), imported with the Well check as it is (bounds of the Well on
each withdrawal's day, kept in a segment tree, in any order) and, in the same run, with the
check before them (:class:`PreviousWellFold`: a row out of date order folded the whole
ledger again, and a deposit dated before the last withdrawal folded it twice more).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import machine, write_json  # noqa: E402
from matcher.access import Actor  # noqa: E402
from matcher.equity import EquityService  # noqa: E402
from matcher.equity import model as m  # noqa: E402
from matcher.equity.model import Rate  # noqa: E402
from matcher.schema import connect  # noqa: E402
from tests.stores import count_statements  # noqa: E402
from tests.ventures import agreed_rate, venture  # noqa: E402

START = dt.date(2000, 1, 1)  # 8,000 daily rows end in 2021


def csv_rows(kind: str, n: int) -> bytes:
    """``n`` rows for ana, one a day from the venture's start."""
    cells = "hours" if kind == "time" else "amount"
    value = "6" if kind == "time" else "100"
    rows = [f"member,kind,on,{cells},note"] + [
        f"ana,{kind},{START + dt.timedelta(days=i)},{value},day {i}" for i in range(n)
    ]
    return "\n".join(rows).encode()


def reversed_time_rows(n: int) -> bytes:
    """The time rows of :func:`csv_rows` last day first: each row is dated before every
    row already imported (the worst order for the time check)."""
    header, *rows = csv_rows("time", n).decode().splitlines()
    return "\n".join([header, *reversed(rows)]).encode()


def reversed_seconds(n: int, *, trees: bool) -> float:
    """One import of :func:`reversed_time_rows`, in seconds: with the time check as it is
    (``trees``: :class:`~matcher.equity.model.TimeBudget` keeps a segment tree per limit
    once a member has ``TREE_FROM`` entries) or as before (each row summed every later
    entry: ``TREE_FROM`` out of reach)."""
    from unittest import mock

    if trees:
        return timed_import(reversed_time_rows(n), n)
    with mock.patch.object(m.TimeBudget, "TREE_FROM", 10**12):
        return timed_import(reversed_time_rows(n), n)


def timed_import(data: bytes, n: int) -> float:
    """One import of ``data`` (``n`` rows, all valid) into a fresh venture (in-memory
    SQLite), in seconds."""
    equity = EquityService(connect(":memory:"))
    venture(equity, "v", "ana", "bob", start=START)
    agreed_rate(equity, "v", Rate("ana", START, Decimal(60000)), "ana")  # bob's word on it
    t = time.perf_counter()
    done = equity.import_ledger("v", data, actor=Actor("ana"))
    seconds = time.perf_counter() - t
    assert len(done.posted) == n and not done.rejected, done.rejected[:1]
    equity.db.close()
    return seconds


def import_seconds(kind: str, n: int) -> float:
    """One import of ``n`` rows of ``kind`` into a fresh venture, in seconds."""
    return timed_import(csv_rows(kind, n), n)


def run(sizes: list[int], repeats: int) -> dict[str, Any]:
    load = os.getloadavg()
    out: dict[str, Any] = {"sizes": {}}
    for n in sizes:
        best = {"time": float("inf"), "cash": float("inf")}
        for _ in range(repeats):  # interleaved: both kinds see the same load
            for kind in best:
                best[kind] = min(best[kind], import_seconds(kind, n))
        per_s = {kind: n / s for kind, s in best.items()}
        out["sizes"][str(n)] = {
            "time_rows_s": round(best["time"], 3),
            "cash_rows_s": round(best["cash"], 3),
            "time_rows_per_s": round(per_s["time"]),
            "cash_rows_per_s": round(per_s["cash"]),
            "time_vs_cash_rows_per_s": round(per_s["time"] / per_s["cash"], 3),
        }
        print(
            f"{n:>6} rows: time {per_s['time']:,.0f} rows/s, cash {per_s['cash']:,.0f} rows/s,"
            f" time/cash x{per_s['time'] / per_s['cash']:.3f}"
        )
    out["reversed"] = {}
    for n in sizes:  # the time rows last day first, before and after, same run
        after = min(reversed_seconds(n, trees=True) for _ in range(repeats))
        before = min(reversed_seconds(n, trees=False) for _ in range(repeats))
        out["reversed"][str(n)] = {
            "before_s": round(before, 3),
            "after_s": round(after, 3),
            "after_rows_per_s": round(n / after),
            "speed_up": round(before / after, 1),
        }
        print(f"{n:>6} time rows last day first: {out['reversed'][str(n)]}")
    first, last = out["sizes"][str(sizes[0])], out["sizes"][str(sizes[-1])]
    out["time_rows_per_s_largest_vs_smallest"] = round(
        last["time_rows_per_s"] / first["time_rows_per_s"], 3
    )
    out["machine"] = machine(load, note="2 CPU cores shared with other jobs: wall times")
    return out


def mixed_rows(n: int) -> bytes:
    """``n`` rows of several kinds for ana (the owner) and bob, a row a day, with a Well
    deposit every 200 days that a withdrawal spends 100 days later (each withdrawal checks
    the Well over the whole ledger: many of them make the import quadratic, before and
    after this benchmark was written)."""
    rows = ["member,kind,on,amount,hours,note"]
    for i in range(n):
        day = START + dt.timedelta(days=i)
        if i % 200 == 0:
            rows.append(f"ana,well-deposit,{day},500,,well {i}")
        elif i % 200 == 100:
            rows.append(f"ana,well-withdrawal,{day},400,,spent {i}")
        elif i % 4 == 0:
            rows.append(f"bob,cash,{day},{50 + i % 7},,bob {i}")
        elif i % 4 == 1:
            rows.append(f"bob,expense,{day},{20 + i % 5},,bob {i}")
        elif i % 4 == 2:
            rows.append(f"ana,time,{day},,{1 + i % 8},ana {i}")
        else:
            rows.append(f"ana,cash,{day},{100 + i % 9},,ana {i}")
    return "\n".join(rows).encode()


def well_rows(n: int) -> bytes:
    """``n`` mixed rows as :func:`mixed_rows`, with a Well deposit every 20 days that a
    withdrawal spends 10 days later (400 withdrawals in 8,000 rows)."""
    rows = mixed_rows(n).decode().splitlines()
    for i in range(n):
        day = START + dt.timedelta(days=i)
        if i % 20 == 0:
            rows[i + 1] = f"ana,well-deposit,{day},500,,well {i}"
        elif i % 20 == 10:
            rows[i + 1] = f"ana,well-withdrawal,{day},400,,spent {i}"
    return "\n".join(rows).encode()


def shuffled_well_rows(n: int, seed: int = 7) -> bytes:
    """The rows of :func:`well_rows` in a random order, after one deposit on the first day
    that covers every withdrawal (so that every row is accepted in any order)."""
    header, *rows = well_rows(n).decode().splitlines()
    random.Random(seed).shuffle(rows)
    first = f"ana,well-deposit,{START},{400 * (n // 20 + 1)},,the float"
    return "\n".join([header, first, *rows]).encode()


class PreviousWellFold:
    """The Well check of an import before its bounds (the baseline of the shuffled rows):
    ``matcher.equity.model.WellFold`` as it was, keeping the ledger's fold across rows in
    date order and folding the whole ledger again for a row dated earlier; no
    ``sole_depositor`` (each deposit dated before the last withdrawal folded the ledger
    twice to compare the withdrawals' shares)."""

    def __init__(self, ledger: Callable[[], m.Ledger]) -> None:
        self._ledger = ledger
        first = ledger()
        self.venture = first.venture
        self.last_withdrawal = max(
            (e.on for e in first.entries if e.kind is m.Kind.WELL_WITHDRAWAL), default=None
        )
        self._pie: Any = None
        self._found: list[tuple[dt.date, Decimal]] = []
        self._last: dt.date | None = None

    def sole_depositor(self, member: str) -> bool:
        return False

    def _fold(self) -> Any:
        if self._pie is None:
            ledger = self._ledger()
            found: list[tuple[dt.date, Decimal]] = []
            final: list[Any] = []
            with m._gc_paused():
                m._timeline(ledger, None, False, None, (), found, final)
            self._pie = final[0] if final else m._Pie(ledger, shortfalls=found)
            self._found = found
            items, reversed_on = m._items(ledger)
            self._last = max([t[0] for t in items] + list(reversed_on.values()), default=None)
        return self._pie

    def _ahead(self, entry: m.Entry) -> bool:
        self._fold()
        return entry.reverses is None and (self._last is None or entry.on > self._last)

    def shortfall_with(self, entry: m.Entry) -> tuple[dt.date, Decimal] | None:
        if not self._ahead(entry):
            ledger = self._ledger()
            return m.well_shortfall(replace(ledger, entries=(*ledger.entries, entry)))
        pie = self._fold().copy()
        found = pie.shortfalls = list(self._found)
        if m.counts(entry, self.venture):
            with m._gc_paused():
                pie.apply(entry)
                pie._flush()
        return min(found) if found else None

    def add(self, entry: m.Entry) -> None:
        if entry.kind is m.Kind.WELL_WITHDRAWAL:
            self.last_withdrawal = max(filter(None, (self.last_withdrawal, entry.on)))
        if self._pie is None or (entry.reverses is None and not m.counts(entry, self.venture)):
            return
        if not self._ahead(entry):
            self._pie = None
            return
        self._pie.position += 1
        self._pie.apply(entry)
        self._last = entry.on


def well_import_seconds(n: int, *, kept: bool, shuffled: bool = False) -> float:
    """One import of :func:`well_rows` (:func:`shuffled_well_rows` when ``shuffled``) into
    a fresh venture (in-memory SQLite), in seconds, with the Well check as it is
    (``kept``) or before. In date order, before is each withdrawal checked over the whole
    ledger and each deposit against every entry (``EquityService._check_new`` called
    without its ``well``); shuffled, it is :class:`PreviousWellFold`."""
    from unittest import mock

    from matcher.equity import service

    check = EquityService._check_new

    def straight(self: EquityService, *args: Any, well: Any = None, **kw: Any) -> None:
        check(self, *args, **kw)

    data = shuffled_well_rows(n) if shuffled else well_rows(n)
    rows = n + 1 if shuffled else n
    if kept:
        return timed_import(data, rows)
    if shuffled:
        with mock.patch.object(service, "WellFold", PreviousWellFold):
            return timed_import(data, rows)
    with mock.patch.object(EquityService, "_check_new", straight):
        return timed_import(data, rows)


def run_well(sizes: list[int]) -> dict[str, Any]:
    """:func:`well_import_seconds` before and after, at each size, in the same run: rows
    in date order, and the same rows shuffled."""
    load = os.getloadavg()
    out: dict[str, Any] = {"sizes": {}, "shuffled": {}}
    for key, shuffled, said in (("sizes", False, "with"), ("shuffled", True, "shuffled,")):
        for n in sizes:
            after = well_import_seconds(n, kept=True, shuffled=shuffled)
            before = well_import_seconds(n, kept=False, shuffled=shuffled)
            out[key][str(n)] = {
                "withdrawals": n // 20,
                "before_s": round(before, 2),
                "after_s": round(after, 3),
                "after_rows_per_s": round(n / after),
                "speed_up": round(before / after, 1),
            }
            print(f"{n:>6} rows {said} a withdrawal every 20: {out[key][str(n)]}")
    out["machine"] = machine(load, note="2 CPU cores shared with other jobs: wall times")
    return out


def _writer(target: str, ready: Any, stop: Any, out: Any) -> None:
    """Another process: one small write transaction every 20 ms until ``stop``; sends the
    waits (seconds) through ``out``."""
    db = connect(target)
    waits: list[float] = []
    ready.set()
    failed = 0
    while not stop.is_set():
        t = time.perf_counter()
        try:
            with db.transaction():
                db.execute(
                    "INSERT INTO meta (key, value) VALUES ('bench_writer', '1') ON CONFLICT"
                    " (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)"
                )
        except Exception:  # SQLite: "database is locked" after its 5 s busy timeout
            failed += 1
        waits.append(time.perf_counter() - t)
        time.sleep(0.02)
    out.send((waits, failed))
    db.close()


def backend_import(target: str, n: int) -> dict[str, float]:
    """One import of ``n`` mixed rows into a fresh venture at ``target``, with another
    process writing meanwhile: seconds, statements per row, the other writer's waits."""
    import multiprocessing as mp

    equity = EquityService(connect(target))
    vid = f"v{time.monotonic_ns()}"
    venture(equity, vid, "ana", "bob", start=START)
    agreed_rate(equity, vid, Rate("ana", START, Decimal(60000)), "ana")
    data = mixed_rows(n)
    ctx = mp.get_context("fork")
    ready, stop = ctx.Event(), ctx.Event()
    recv, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_writer, args=(target, ready, stop, send), daemon=True)
    child.start()
    ready.wait(60)
    time.sleep(0.1)
    seen = count_statements(equity.db)
    t = time.perf_counter()
    done = equity.import_ledger(vid, data, actor=Actor("ana"))
    seconds = time.perf_counter() - t
    statements = seen[0]
    stop.set()
    waits, failed = recv.recv()
    child.join(30)
    assert len(done.posted) == n and not done.rejected, done.rejected[:1]
    equity.db.close()
    return {
        "import_s": seconds,
        "statements_per_row": statements / n,
        "writer_wait_max_s": max(waits),
        "writer_writes_during_import": len(waits),
        "writer_writes_failed": failed,
    }


def run_backends(n: int, repeats: int) -> dict[str, Any]:
    """:func:`backend_import` on a SQLite file and a PostgreSQL schema, best of ``repeats``."""
    import tempfile

    from tests.pg import start_server

    out: dict[str, Any] = {}
    folder = Path(tempfile.mkdtemp(prefix="cf-ledger-import-"))
    server = start_server("cofoundry_bench_import")
    try:
        targets = {
            "sqlite": str(folder / "c.db"),
            "postgresql": server.schema_url(server.new_schema()),
        }
        for name, target in targets.items():
            runs = [backend_import(target, n) for _ in range(repeats)]
            best = min(runs, key=lambda r: r["import_s"])
            out[name] = {
                "rows": n,
                "import_s": round(best["import_s"], 3),
                "rows_per_s": round(n / best["import_s"]),
                "statements_per_row": round(best["statements_per_row"], 3),
                "writer_wait_max_s": round(max(r["writer_wait_max_s"] for r in runs), 3),
                "writer_wait_max_s_best_run": round(best["writer_wait_max_s"], 3),
                "writer_writes_failed": sum(r["writer_writes_failed"] for r in runs),
            }
            print(f"{name}: {out[name]}")
    finally:
        server.stop()
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000,8000")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--backends", type=int, default=8000, help="rows (0: skip)")
    parser.add_argument(
        "--well",
        default="",
        help="sizes of the Well scenario, before and after (e.g. 2000,8000; written to"
        " bench/results/ledger_import_well.json); with it, only this scenario runs",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/ledger_import.json")
    args = parser.parse_args()
    if args.well:
        well = sorted(int(x) for x in args.well.split(",") if x)
        write_json(ROOT / "bench/results/ledger_import_well.json", run_well(well))
        return
    sizes = sorted(int(x) for x in args.sizes.split(",") if x)
    result = run(sizes, args.repeats) if sizes else {}
    if args.backends:
        result["backends"] = run_backends(args.backends, args.repeats)
    elif args.out.exists():  # --backends 0: the figures of the last run that measured them
        kept = json.loads(args.out.read_text()).get("backends")
        if kept:
            result["backends"] = kept | {"note": "from an earlier run (--backends 0 here)"}
    if sizes:
        print(
            "time rows per second at the largest size / at the smallest:"
            f" x{result['time_rows_per_s_largest_vs_smallest']} (1.0: linear)"
        )
    write_json(args.out, result)


if __name__ == "__main__":
    main()
