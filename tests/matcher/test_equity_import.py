"""The ledger import on both backends: a few statements whatever its size, its rows checked
outside the writer lock and written in one short transaction, guarded against a change of
the venture meanwhile, all or nothing under SIGKILL, and refusing exactly what posting the
rows one by one refuses, with the same messages."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import time
from decimal import Decimal
from typing import Any

import pytest

from matcher.access import Actor
from matcher.equity import EquityService
from matcher.equity.model import Rate
from matcher.errors import CofoundryError, ImportFailed
from matcher.schema import connect
from tests.stores import count_statements
from tests.ventures import START, agreed_rate, venture

ANA, BOB = Actor("ana"), Actor("bob")


def _service(target: str = ":memory:", vid: str = "v") -> EquityService:
    svc = EquityService(connect(target), clock=lambda: dt.datetime(2024, 6, 1, tzinfo=dt.UTC))
    venture(svc, vid, "ana", "bob")
    agreed_rate(svc, vid, Rate("ana", START, Decimal(60000)), ANA)
    return svc


def _rows(n: int, tag: str = "") -> bytes:
    """``n`` valid rows of several kinds, one a day from the venture's start."""
    lines = ["member,kind,on,amount,hours,note"]
    for i in range(n):
        day = START + dt.timedelta(days=i % 500)
        if i % 10 == 0:
            lines.append(f"ana,well-deposit,{day},500,,{tag}w{i}")
        elif i % 10 == 5:
            lines.append(f"ana,well-withdrawal,{day},100,,{tag}s{i}")
        elif i % 3 == 0:
            lines.append(f"ana,time,{day},,2,{tag}t{i}")
        else:
            lines.append(f"{'bob' if i % 2 else 'ana'},cash,{day},{10 + i % 7},,{tag}c{i}")
    return "\n".join(lines).encode()


def test_an_import_costs_the_same_few_statements_at_any_size() -> None:
    # before: about 14 statements per row (the venture, its settings and departures were
    # read again for every row), 2,800 for 200 rows
    counts = {}
    for n in (200, 2000):
        svc = _service()
        seen = count_statements(svc.db)
        done = svc.import_ledger("v", _rows(n), actor=ANA)
        assert len(done.posted) == n and not done.rejected
        counts[n] = seen[0]
    assert counts[200] < 40, counts
    assert counts[2000] <= counts[200] + 2, counts  # one more multi-row INSERT at most
    # and the entries are there, numbered in order, readable as any posted entry
    rows = svc.ledger("v", actor=ANA)
    assert [p.row.entry.id for p in rows] == list(range(1, 2001))


def test_the_rows_are_checked_outside_the_writer_lock() -> None:
    svc = _service()
    inside: list[bool] = []
    check = svc._check_row

    def spy(*args: Any) -> Any:
        inside.append(svc.db.in_transaction)
        return check(*args)

    svc._check_row = spy  # type: ignore[method-assign]
    svc.import_ledger("v", _rows(50), actor=ANA)
    assert len(inside) == 50 and not any(inside)  # before: every row in the transaction


def test_a_change_while_the_rows_are_checked_is_seen_by_the_write() -> None:
    """Another writer posts the file's first row (same key) and freezes the pie while the
    import checks its rows: the write sees the venture changed, checks again under the lock,
    and refuses the rows as posting them now would."""
    svc = _service()
    other = EquityService(svc.db, clock=svc.clock)
    plan = svc._plan_import
    calls: list[int] = []

    def meanwhile(*args: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            other.post(
                "v", {"member": "ana", "kind": "cash", "on": "2024-01-02", "amount": "7"},
                key="k1", actor=ANA,
            )  # fmt: skip
            other.freeze("v", dt.date(2024, 3, 1), actor=ANA)  # bob's word freezes it
            (proposed,) = other.proposals("v", actor=ANA, open_only=True)
            other.answer_proposal("v", proposed.id, True, actor=Actor("bob"))
        return plan(*args)

    svc._plan_import = meanwhile  # type: ignore[method-assign]
    data = b"member,kind,on,amount,key\nana,cash,2024-01-02,7,k1\nana,cash,2024-01-03,8,k2\n"
    with pytest.raises(ImportFailed) as err:
        svc.import_ledger("v", data, actor=ANA)
    assert len(calls) == 2  # checked again, in the write's transaction
    assert [e.line for e in err.value.errors] == [3]  # k1 is there already; k2 is refused
    assert "froze its pie" in err.value.errors[0].detail
    assert [p.row.key for p in svc.ledger("v", actor=ANA)] == ["k1"]


def test_the_import_refuses_what_posting_refuses_with_the_same_messages() -> None:
    """An adversary's file: NaN, infinity, a huge amount, a row before the venture, in the
    future, a duplicate key with other content, the same row twice, too many hours, a Well
    withdrawal beyond the Well, a stranger, an unknown kind. The import (skipping invalid
    rows) keeps and refuses exactly what posting each row in turn keeps and refuses."""
    rows = [
        ("ana", "cash", "2024-01-02", "NaN", "", "a"),
        ("ana", "cash", "2024-01-02", "inf", "", "b"),
        ("ana", "cash", "2024-01-02", "1e30", "", "c"),
        ("ana", "cash", "2024-01-02", "99999999999999999999999", "", "d"),
        ("ana", "cash", "2022-12-31", "5", "", "e"),
        ("ana", "cash", "2030-01-01", "5", "", "f"),
        ("ana", "cash", "2024-01-05", "5", "", "g"),
        ("ana", "cash", "2024-01-05", "6", "", "g"),
        ("ana", "cash", "2024-01-05", "5", "", "g"),
        ("ana", "time", "2023-01-01", "", "30", "h"),
        ("ana", "time", "2023-01-02", "", "20", "i"),
        ("ana", "time", "2023-01-02", "", "20", "j"),
        ("ana", "well-deposit", "2024-02-01", "100", "", "k"),
        ("ana", "well-withdrawal", "2024-02-02", "150", "", "l"),
        ("ana", "well-withdrawal", "2024-02-02", "60", "", "m"),
        ("ana", "well-withdrawal", "2024-02-03", "60", "", "n"),
        ("zed", "cash", "2024-01-02", "5", "", "o"),
        ("ana", "gift", "2024-01-02", "5", "", "p"),
        ("bob", "cash", "2024-01-02", "-5", "", "q"),
        ("bob", "cash", "2024-01-02", "5", "", "#r"),
        # a back-dated deposit for bob would take a share of ana's withdrawal (the Well rule)
        ("ana", "well-deposit", "2024-03-01", "1000", "", "s1"),
        ("ana", "well-withdrawal", "2024-03-05", "1000", "", "s2"),
        ("bob", "well-deposit", "2024-03-02", "1000000", "", "s3"),
    ]
    head = "member,kind,on,amount,hours,key"
    data = "\n".join([head] + [",".join(r) for r in rows]).encode()
    imported = _service()
    done = imported.import_ledger("v", data, actor=ANA, skip_invalid=True)
    posted = _service()
    refused: list[tuple[int, str]] = []
    kept = already = 0
    for line, (member, kind, on, amount, hours, key) in enumerate(rows, start=2):
        raw = {"member": member, "kind": kind, "on": on, "amount": amount, "hours": hours}
        try:
            p = posted.post("v", {k: v for k, v in raw.items() if v}, key=key, actor=ANA)
        except CofoundryError as exc:
            refused.append((line, f"line {line}: {exc.detail}"))
            continue
        kept, already = kept + p.created, already + (not p.created)
    assert [(e.line, e.detail) for e in done.rejected] == refused
    assert (len(done.posted), done.already) == (kept, already)
    assert [p.row.entry for p in imported.ledger("v", actor=ANA)] == [
        p.row.entry for p in posted.ledger("v", actor=ANA)
    ]
    assert len(refused) >= 13  # the adversary's rows were refused, each with its line
    assert "ana" in dict(refused)[len(rows) + 1]  # the back-dated deposit: ana would lose


# ------------------------------------------------------------ processes
def _import_forever(target: str, data: bytes, ready: int) -> None:
    svc = EquityService(connect(target))
    os.write(ready, b"1")
    svc.import_ledger("v", data, actor=ANA)
    os.write(ready, b"d")


def test_sigkill_during_an_import_writes_all_of_it_or_nothing(db_target: str) -> None:
    svc = _service(db_target)
    svc.db.close()
    n = 3000
    data = _rows(n)
    rng = random.Random(3)
    for _ in range(6):
        ready_r, ready_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the importer
            try:
                _import_forever(db_target, data, ready_w)
            finally:
                os._exit(0)
        os.close(ready_w)
        assert os.read(ready_r, 1) == b"1"
        time.sleep(rng.uniform(0.0, 1.5))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(ready_r)
        check = EquityService(connect(db_target))
        count = check.db.execute("SELECT count(*) FROM ledger_entries").fetchone()[0]
        check.db.close()
        assert count in (0, n), count  # never part of the file
        if count:
            break
    again = EquityService(connect(db_target))
    done = again.import_ledger("v", data, actor=ANA)
    assert len(done.posted) + done.already == n and not done.rejected
    assert len(again.ledger("v", actor=ANA)) == n  # complete, nothing twice
    again.db.close()


def test_two_processes_importing_the_same_file_write_it_once(db_target: str) -> None:
    svc = _service(db_target)
    svc.db.close()
    n = 1500
    data = _rows(n)
    pids = []
    pipes = []
    for _ in range(2):
        ready_r, ready_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                _import_forever(db_target, data, ready_w)
                code = 0
            finally:
                os._exit(code)
        os.close(ready_w)
        pids.append(pid)
        pipes.append(ready_r)
    for pid, ready_r in zip(pids, pipes, strict=True):
        _, status = os.waitpid(pid, 0)
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
        assert os.read(ready_r, 2) == b"1d"
        os.close(ready_r)
    check = EquityService(connect(db_target))
    entries = [p.row for p in check.ledger("v", actor=ANA)]
    check.db.close()
    assert len(entries) == n and [r.entry.id for r in entries] == list(range(1, n + 1))
    assert len({r.key for r in entries}) == n
