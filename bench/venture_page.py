"""The venture page's Reverse buttons on a ledger of many Well deposits and withdrawals:
``EquityService.entry_actions`` (what the page asks the service for each entry), before
and after the Well's rule for the buttons was decided for the whole page at once.

Usage::

    python bench/venture_page.py [--entries 2000] [--repeats 3]
                                 [--out bench/results/venture_page.json]

Method: a venture of two members in an in-memory SQLite database; ``--entries`` entries,
one a day: a Well deposit of 500 every 10 days, a withdrawal of 400 five days later, and
cash and time in between (ana's and bob's). Two ledgers: the deposits all ana's (*one
depositor*), or every other one bob's (*two depositors*). Best of ``--repeats``, each
measure in the same run:

* *after*: ``entry_actions`` as it is: ``model.WellReversals``, built once for the page,
  decides a deposit's button without folding the ledger where that is exact (a deposit the
  withdrawals since took: refused; one they left, by the only depositor: allowed), and
  the rule (``EquityService._reversal_refused``) decides the rest with one fold each (the
  ledger with the reversal; the ledger as it is folded once for the page, and no
  shortfall fold where ``WellReversals`` knows there is none);
* *before*: the same call with every deposit's button decided by the rule's fold (three
  folds of the ledger per deposit with a later withdrawal), as it was.

The figure that carries is the ratio before / after at the same size. Both give the same
buttons (checked here, and by ``tests/matcher/test_equity_reverse_buttons.py``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import machine, write_json  # noqa: E402
from matcher.access import Actor  # noqa: E402
from matcher.equity import EquityService  # noqa: E402
from matcher.equity.model import Rate  # noqa: E402
from matcher.schema import connect  # noqa: E402
from tests.ventures import agreed_rate, venture  # noqa: E402

START = dt.date(2000, 1, 1)
ANA, BOB = Actor("ana"), Actor("bob")


def ledger(n: int, depositors: int) -> EquityService:
    """A venture of ``n`` entries (see the module's docstring)."""
    from decimal import Decimal

    svc = EquityService(connect(":memory:"), clock=lambda: dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    venture(svc, "v", "ana", "bob", start=START)
    agreed_rate(svc, "v", Rate("ana", START, Decimal(60000)), ANA)  # bob's word on it
    rows = ["member,kind,on,amount,hours"]
    for i in range(n):
        day = START + dt.timedelta(days=i)
        if i % 10 == 0 and depositors == 2 and i % 20 == 10:
            body = {"member": "bob", "kind": "well-deposit", "on": str(day), "amount": 500}
            svc.post("v", body, key=f"b{i}", actor=BOB)  # bob's own: it counts
        elif i % 10 == 0:
            rows.append(f"ana,well-deposit,{day},500,")
        elif i % 10 == 5:
            rows.append(f"ana,well-withdrawal,{day},400,")
        elif i % 2:
            rows.append(f"ana,time,{day},,4")
        else:
            rows.append(f"bob,cash,{day},{30 + i % 7},")
    done = svc.import_ledger("v", "\n".join(rows).encode(), actor=ANA)
    assert not done.rejected, done.rejected[:1]
    return svc


def page_seconds(svc: EquityService, *, before: bool) -> tuple[float, dict[int, frozenset[str]]]:
    """One ``entry_actions`` of ana's page, in seconds, and its answer."""

    def folded(
        self: EquityService, venture_id: str, roles: Any, original: Any, reversal: Any, page: Any
    ) -> bool:
        return self._reversal_refused(venture_id, roles, original, reversal) is None

    patch = mock.patch.object(EquityService, "_reversal_offered", folded) if before else None
    if patch is not None:
        patch.start()
    try:
        t = time.perf_counter()
        actions = svc.entry_actions("v", actor=ANA)
        return time.perf_counter() - t, actions
    finally:
        if patch is not None:
            patch.stop()


def run(n: int, repeats: int) -> dict[str, Any]:
    load = os.getloadavg()
    out: dict[str, Any] = {"entries": n}
    for depositors in (1, 2):
        svc = ledger(n, depositors)
        svc.entry_actions("v", actor=ANA)  # warm: the ledger read and its numbers kept
        best = {"after": float("inf"), "before": float("inf")}
        answers = {}
        for _ in range(repeats):  # interleaved: both see the same load
            for name in best:
                seconds, answers[name] = page_seconds(svc, before=name == "before")
                best[name] = min(best[name], seconds)
        assert answers["after"] == answers["before"]
        entries = svc.ledger("v", actor=ANA)
        deposits = sum(1 for p in entries if p.row.entry.kind.value == "well-deposit")
        offered = sum(1 for can in answers["after"].values() if "reverse" in can)
        key = "one_depositor" if depositors == 1 else "two_depositors"
        out[key] = {
            "entries": len(entries),
            "deposits": deposits,
            "reverse_buttons": offered,
            "before_s": round(best["before"], 3),
            "after_s": round(best["after"], 3),
            "speed_up": round(best["before"] / best["after"], 1),
        }
        print(f"{key}: {out[key]}")
        svc.db.close()
    out["machine"] = machine(load, note="2 CPU cores shared with other jobs: wall times")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/venture_page.json")
    args = parser.parse_args()
    write_json(args.out, run(args.entries, args.repeats))


if __name__ == "__main__":
    main()
