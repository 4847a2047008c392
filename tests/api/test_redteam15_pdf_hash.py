"""The CLI's ``venture pdf`` prints the hash its PDF holds (red team 15).

A member compares the SHA-256 a signed split document prints with the ledger's to see
whether anything changed since. Without ``--as-of``, the PDF is the split of today (or of
a proposed end's day) and prints the hash of the ledger up to that day; the command printed
the whole ledger's hash, which differs as soon as anything is dated later (an entry dated
tomorrow, allowed for time zones; a salary from next month): the two copies of one
document named two hashes, and a member checking the PDF against the command's line saw a
change where there was none. The command now prints the document's own hash.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from matcher.access import ADMIN
from matcher.equity import EquityService
from matcher.schema import connect
from tests.api.test_ventures import _cli_venture, cli_db, run

__all__ = ["cli_db"]


def test_the_pdf_command_prints_the_hash_its_document_holds(cli_db: Path, tmp_path: Path) -> None:
    _cli_venture()
    tomorrow = (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)).isoformat()
    run("post", "acme", "--kind", "cash", "--on", tomorrow, "--amount", "100", "--as", "ana")
    out = run("pdf", "acme", "--out", str(tmp_path / "s.pdf"), "--as", "bob")
    equity = EquityService(connect(cli_db))
    try:
        document = equity.split_document("acme", actor=ADMIN)
        whole = equity.ledger_hash("acme", actor=ADMIN)
    finally:
        equity.db.close()
    assert document.ledger_hash != whole  # tomorrow's entry is not in today's document
    assert f"ledger SHA-256 up to {document.as_of.isoformat()} {document.ledger_hash}" in out
    assert whole not in out
    # with --as-of, the day named (as before)
    day = "2024-01-01"
    out = run("pdf", "acme", "--out", str(tmp_path / "d.pdf"), "--as-of", day, "--as", "bob")
    assert f"ledger SHA-256 up to {day} " in out
