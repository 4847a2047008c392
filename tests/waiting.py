"""Waiting for another process: what one writes reaches another within a second.

Two communities on one database stand for two API processes. On SQLite the next read sees a
write; on PostgreSQL another process learns of it from the change log's notifications
(LISTEN), a few milliseconds later: a test asserts the promise (within a second), not an
instant.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def within_a_second(probe: Callable[[], T], ok: Callable[[T], bool], what: str) -> T:
    """``probe()``'s first answer that is ``ok``, asked every 20 ms; fails naming ``what``
    if none is within a second."""
    deadline = time.monotonic() + 1.0
    while True:
        seen = probe()
        if ok(seen):
            return seen
        assert time.monotonic() < deadline, f"{what} did not reach the other process in 1 s"
        time.sleep(0.02)
