"""Python's cyclic garbage collector paused around work that makes many objects and no cycles.

Folding a 100k-entry ledger (:mod:`matcher.equity.model`) and the trust graph's cold build
(:mod:`matcher.trust.service`, millions of tuples at 1M collaborations) allocate so much
that the collector runs its older generations again and again, walking everything alive to
find cycles that are not there (a third of an as-of history's time; 7.5-8.0 s instead of
5.7-6.0 s CPU for the cold build). Reference counting still frees every object at once.

The collector is one switch for the whole process, so a pause is counted: threads that
pause it at the same time (a server folding a ledger while the trust graph builds) leave
it paused until the last of them is done, and switch it on again only if it was on when
the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused for the block (counted across threads).

    Examples
    --------
    >>> import gc
    >>> with gc_paused():
    ...     with gc_paused():
    ...         inner = gc.isenabled()
    ...     still = gc.isenabled()
    >>> inner, still, gc.isenabled()
    (False, False, True)
    """
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
