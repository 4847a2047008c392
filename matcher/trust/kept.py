"""Viewers' trust kept between requests, each until the graph changes around them (issue 21).

A viewer's trust (:func:`graph.local.local_trust`) reads the arcs, degrees, claims and flags
of a few thousand rows of the trust graph (its *support*, :attr:`graph.local.LocalTrust.support`)
and a few numbers about the graph as a whole (:meth:`graph.live.LiveTrustGraph.shared_state`).
An edit to other rows cannot change it, so a write far away keeps it; an edit to one of its
rows drops it (:meth:`KeptViewers.drop_touching`, given the rows the graph says an edit changed:
:meth:`graph.live.LiveTrustGraph.take_edited`). The rest of what it depends on (the graph
object, the day, the legitimacy in use, the settings, the shared numbers) is the key the
caller passes: an entry whose key is not the :meth:`same` as the caller's is a miss.

Bounded by count and by an estimate of the memory it holds (:func:`entry_bytes`), the least
recently used let go first. Not thread-safe on its own: :class:`matcher.trust.TrustService`
calls it under its lock.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from matcher.trust.model import ViewerTrust

__all__ = ["KeptViewers", "entry_bytes"]

I64 = npt.NDArray[np.int64]

#: Bytes per person with trust: their row and score (8 + 8) and, once a suggestion looked
#: someone up, the dict the lookups use (slots, an int and a float object: about 110).
PER_TRUSTED = 136
#: Bytes per row of the support (the result's own array of 64-bit rows, not copied).
PER_SUPPORT = 8
#: Bytes per member of the "would work again" set (a set slot; the ids are the graph's).
PER_AGAIN = 64
#: The objects around the arrays (the entry, the trust, their headers).
OVERHEAD = 2048
#: Bits of each entry's filter of its support (row modulo this): exact up to 131,072 rows;
#: an edit is checked against an entry's support only when the filter says it may hold it,
#: so that a write costs a lookup per kept viewer, not a search (5.7 ms for 512 viewers of
#: 5,000 rows each with a search each, under a load average of 17).
FILTER_BITS = 1 << 17


class _Key(Protocol):
    def same(self, other: Any) -> bool: ...  # pragma: no cover - a protocol


def entry_bytes(value: ViewerTrust, support: I64) -> int:
    """An upper estimate of the memory one kept viewer holds (tested against ``tracemalloc``
    in ``tests/matcher/test_trust_kept.py``)."""
    return (
        OVERHEAD
        + FILTER_BITS // 8
        + PER_TRUSTED * len(value.trust)
        + PER_SUPPORT * len(support)
        + PER_AGAIN * len(value.again)
    )


@dataclass(slots=True)
class _Entry:
    key: _Key
    value: ViewerTrust
    support: I64  # sorted rows, each once
    nbytes: int
    filter: bytes  # bit ``row % FILTER_BITS`` set for each row of the support


class KeptViewers:
    """Each viewer's trust with the key and the rows it was computed from, least recently used
    let go first past ``count`` viewers or ``max_bytes`` (estimated: :func:`entry_bytes`).

    Examples
    --------
    >>> class Key:
    ...     def same(self, other): return other is self
    >>> key, kept = Key(), KeptViewers(count=2, max_bytes=10**6)
    >>> ana = ViewerTrust("ana", {"bob": 1.0}, has_edges=True)
    >>> kept.put("ana", key, ana, np.array([0, 1, 7]))
    >>> kept.get("ana", key) is ana, kept.get("ana", Key())  # another key: a miss
    (True, None)
    >>> kept.drop_touching({3, 4}, set()), kept.get("ana", key) is ana  # far away: kept
    (0, True)
    >>> kept.drop_touching({7}, set()), kept.get("ana", key)  # row 7 was read: dropped
    (1, None)
    >>> kept.stats["hits"], kept.stats["misses"], kept.stats["dropped"]
    (2, 2, 1)
    """

    def __init__(self, count: int, max_bytes: int) -> None:
        self.count = count
        self.max_bytes = max_bytes
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self.nbytes = 0
        #: hits, misses, entries dropped by an edit around them, let go for room, refused
        #: (larger than the whole budget)
        self.stats = {"hits": 0, "misses": 0, "dropped": 0, "evicted": 0, "refused": 0}

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, viewer: object) -> bool:
        return viewer in self._entries

    def get(self, viewer: str, key: _Key) -> ViewerTrust | None:
        """The viewer's kept trust if it was computed on the same ``key``, else None."""
        entry = self._entries.get(viewer)
        if entry is None or not entry.key.same(key):
            self.stats["misses"] += 1
            return None
        self._entries.move_to_end(viewer)
        self.stats["hits"] += 1
        return entry.value

    def put(
        self, viewer: str, key: _Key, value: ViewerTrust, support: Iterable[int] | np.ndarray
    ) -> None:
        """Keep ``value``, computed on ``key`` from the rows ``support`` (an array of 64-bit
        rows sorted and each once, as :attr:`graph.local.LocalTrust.support` is, is kept as
        it is; anything else is sorted first)."""
        rows = support
        if not (isinstance(rows, np.ndarray) and rows.dtype == np.int64):
            rows = np.unique(np.fromiter(support, dtype=np.int64))
        nbytes = entry_bytes(value, rows)
        self._pop(viewer)
        if self.count <= 0 or nbytes > self.max_bytes:
            self.stats["refused"] += 1
            return
        self._entries[viewer] = _Entry(key, value, rows, nbytes, _filter(rows))
        self.nbytes += nbytes
        while len(self._entries) > self.count or self.nbytes > self.max_bytes:
            self._pop(next(iter(self._entries)))
            self.stats["evicted"] += 1

    def _pop(self, viewer: str) -> None:
        entry = self._entries.pop(viewer, None)
        if entry is not None:
            self.nbytes -= entry.nbytes

    def drop_touching(self, rows: Collection[int], viewers: Collection[str]) -> int:
        """Let go of every viewer whose support holds one of ``rows`` (the rows an edit
        changed), and of ``viewers`` (people whose own row was just made: someone outside the
        graph has an empty support); returns how many."""
        if not self._entries or (not rows and not viewers):
            return 0
        edited = np.unique(np.fromiter(rows, dtype=np.int64, count=len(rows)))
        at = [(h >> 3, 1 << (h & 7)) for h in (edited % FILTER_BITS).tolist()]
        gone = []
        for viewer, entry in self._entries.items():
            f = entry.filter
            if viewer in viewers or (
                any(f[byte] & bit for byte, bit in at) and _meets(entry.support, edited)
            ):
                gone.append(viewer)
        for viewer in gone:
            self._pop(viewer)
        self.stats["dropped"] += len(gone)
        return len(gone)

    def clear(self) -> None:
        """Let go of everything (a graph built again, an erasure in this process)."""
        self.stats["dropped"] += len(self._entries)
        self._entries.clear()
        self.nbytes = 0


def _filter(rows: I64) -> bytes:
    """The bits ``row % FILTER_BITS`` of ``rows``, packed (bit ``i`` of byte ``b`` is row
    ``8 b + i``)."""
    mask = np.zeros(FILTER_BITS, dtype=np.bool_)
    mask[rows % FILTER_BITS] = True
    return np.packbits(mask, bitorder="little").tobytes()


def _meets(support: I64, edited: npt.NDArray[np.int64]) -> bool:
    """Whether the sorted ``support`` and the sorted ``edited`` share a row."""
    if not len(support) or not len(edited):
        return False
    at = np.searchsorted(support, edited)
    at[at == len(support)] = len(support) - 1
    return bool((support[at] == edited).any())
