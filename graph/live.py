"""A trust graph that changes in place, with time decay applied when it is read.

:class:`graph.trust.TrustGraph` is built once from every edge (networkx plus a
scipy matrix, about 30 s for a million edges) and holds weights already
decayed to one day. :class:`LiveTrustGraph` is made for a running service:

* **Edits in place.** :meth:`~LiveTrustGraph.set_edge`, :meth:`~LiveTrustGraph.set_arc`,
  :meth:`~LiveTrustGraph.set_negative` replace everything one pair holds, and
  :meth:`~LiveTrustGraph.remove_node` erases a person; each costs a few small
  array operations on the rows of the people involved (no rebuild).
* **Decay at query time.** Every edge keeps the parts it is made of, each a
  ``(weight, ended)``: its weight on day ``t`` is
  ``weight * 2 ** (-max(0, t - ended) / half_life_days)`` (no decay while
  ``ended`` is None). Nothing is stored per day, so a new day costs nothing.
  Weighted degrees are kept as ``const + anch * 2 ** (-(t - epoch) / half_life)``
  (``anch`` holds each ended part anchored at a fixed epoch day), which is exact
  for every part that ended on or before ``t``; the few people with a part
  ending after ``t`` have their degree summed from their rows.
* **Rows as a CSR base plus a small overlay.** The rows of the people edited
  since the last :meth:`~LiveTrustGraph.compact` live in a dict of small arrays
  (the overlay); the others are slices of one compressed sparse row array.
  :meth:`~LiveTrustGraph.gather` returns the rows of many people at once
  (vectorised over the base), which is what local propagation
  (:func:`graph.local.local_trust`) needs. :meth:`~LiveTrustGraph.compact`
  folds the overlay into a new base; it builds outside the lock, so readers and
  writers wait only for the final swap.

Kinds of edges: a **mutual** edge (``set_edge``, e.g. a confirmed collaboration)
is an arc both ways; an **arc** (``set_arc``, e.g. an endorsement) is one way
and is also recorded in the target's incoming row (for
:meth:`TrustView.predecessors` and for erasure); a **negative claim**
(``set_negative``) never enters propagation (see :mod:`graph.trust`). A **flag** on a pair
(``set_flag``, e.g. "both would work together again") is a mark kept beside the edges for the
caller to read back per person (:meth:`LiveTrustGraph.flagged`); it never enters propagation.

All public methods take one re-entrant lock, so the graph can be shared by
threads (a write waits for the query in progress, and the other way round).
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from graph.trust import TrustGraph

__all__ = ["Arcs", "DayDegrees", "LiveTrustGraph", "Part", "TrustView", "day_number"]

logger = logging.getLogger(__name__)

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]
I8 = npt.NDArray[np.int8]
Row = tuple[I64, F64, F64, I8]
#: One part of an edge: its weight and the day it stopped growing (None: still running).
Part = tuple[float, "dt.date | int | float | None"]

MUTUAL, OUT, IN = 0, 1, 2
#: How many people :attr:`DayDegrees.heavy` holds when a day is computed.
HEAVY = 256
_MAX_EXPONENT = 512.0  # re-anchor degrees before 2 ** exponent loses range
_EMPTY_I = np.zeros(0, dtype=np.int64)
_EMPTY_F = np.zeros(0, dtype=np.float64)
_EMPTY_K = np.zeros(0, dtype=np.int8)
_EMPTY_ROW: Row = (_EMPTY_I, _EMPTY_F, _EMPTY_F, _EMPTY_K)


class Arcs(NamedTuple):
    """Every arc of a :class:`LiveTrustGraph` on one day, as flat arrays (:meth:`LiveTrustGraph.arcs`):
    the CSR base (``indptr``, ``target``, ``weight``, for the rows below ``n_base`` that are not
    ``dirty``) and the packed overlay of the edited rows (``ov_slot``, ``ov_ptr``, ``ov_target``,
    ``ov_weight``; see :meth:`_Rows.packed`)."""

    n_base: int
    indptr: I64
    target: I64
    weight: F64
    dirty: npt.NDArray[np.bool_]
    ov_slot: I64
    ov_ptr: I64
    ov_target: I64
    ov_weight: F64


class DayDegrees(NamedTuple):
    """Everyone's weighted degrees on one day, as arrays indexed by row."""

    day: float
    mutual: F64
    arcs_out: F64
    arcs_in: F64
    out: F64  # mutual + arcs_out: what a walk leaving someone divides by
    #: Upper bounds over everyone, for :func:`graph.local.local_trust`'s error bound: ``[0]`` the
    #: largest ``(mutual + arcs_in) / out`` (weight in over weight out) of someone with
    #: ``out > 0``, ``[1]`` the largest ``arcs_in`` of someone with ``out == 0``, ``[2]`` the
    #: largest ``out``, ``[3]`` the largest ``out / (mutual + (arcs_out + arcs_in) / 2)``; ``[4]``
    #: a level (at least 1) that only the people in ``heavy`` pass. Exact when the day is first
    #: computed; an edit only raises ``[0]`` to ``[3]`` (to the edited people's values), so they
    #: stay upper bounds until the day is computed again.
    inflow: F64
    #: Rows whose ``(mutual + arcs_in) / out`` passes ``inflow[4]`` (at most :data:`HEAVY` when the
    #: day is computed; an edit adds the edited people who pass it).
    heavy: set[int]


def day_number(value: dt.date | int | float | None) -> float:
    """A day as a number (``date.toordinal()``); None (still running) is +infinity.

    Examples
    --------
    >>> day_number(dt.date(2024, 1, 2)) - day_number(dt.date(2024, 1, 1)), day_number(None)
    (1.0, inf)
    """
    if value is None:
        return math.inf
    if isinstance(value, dt.date):
        return float(value.toordinal())
    day = float(value)
    if math.isnan(day):
        raise ValueError("day must be a date, a day number or None, got nan")
    return day


class _Packed:
    """The overlay of a :class:`_Rows` packed for one day (:meth:`_Rows.packed`): ``ptr``,
    ``target`` and ``weight`` are buffers with room to append, used up to ``rows + 1``,
    ``used`` and ``used`` entries; ``live`` of those arcs are read (the rest are old arcs of
    rows edited again)."""

    __slots__ = ("day", "live", "out", "ptr", "rows", "slot", "target", "used", "weight")

    def __init__(
        self,
        day: float,
        slot: I64,
        ptr: I64,
        target: I64,
        weight: F64,
        rows: int,
        used: int,
        live: int,
    ) -> None:
        self.day, self.slot, self.ptr, self.target, self.weight = day, slot, ptr, target, weight
        self.rows, self.used, self.live = rows, used, live
        self.out: tuple[I64, I64, I64, F64] | None = None  # the arrays last handed out


def _room(buf: npt.NDArray[Any], need: int) -> npt.NDArray[Any]:
    """``buf``, or a copy at least twice as long when it holds fewer than ``need`` entries."""
    if need <= len(buf):
        return buf
    grown = np.empty(max(need, 2 * len(buf), 64), dtype=buf.dtype)
    grown[: len(buf)] = buf
    return grown


class _Rows:
    """Rows of arcs: a CSR base over the first ``n_base`` people plus an overlay of edited rows.

    Rows are tuples of arrays ``(dst, weight, ended, kind)``, never changed in place
    (an edit replaces the row), so a row handed out stays valid.
    """

    __slots__ = (
        "_pack",
        "_pending",
        "dirty",
        "ended",
        "indptr",
        "kind",
        "n_base",
        "overlay",
        "target",
        "version",
        "weight",
    )

    def __init__(
        self, indptr: I64, target: I64, weight: F64, ended: F64, kind: I8, capacity: int
    ) -> None:
        self.indptr = indptr
        self.target = target
        self.weight = weight
        self.ended = ended
        self.kind = kind
        self.n_base = len(indptr) - 1
        self.overlay: dict[int, Row] = {}
        self.dirty = np.zeros(max(capacity, self.n_base), dtype=bool)
        self.version = 0  # edits of the overlay (a key for what is packed from it)
        self._pack: _Packed | None = None  # the overlay packed for compiled code (one day)
        self._pending: list[int] = []  # rows edited since it was packed

    @classmethod
    def empty(cls, capacity: int) -> _Rows:
        return cls(np.zeros(1, dtype=np.int64), _EMPTY_I, _EMPTY_F, _EMPTY_F, _EMPTY_K, capacity)

    @classmethod
    def from_arcs(
        cls, src: I64, dst: I64, weight: F64, ended: F64, kind: I8, n: int, capacity: int
    ) -> _Rows:
        order = np.argsort(src, kind="stable")
        counts = np.bincount(src, minlength=n)
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(counts, out=indptr[1:])
        return cls(indptr, dst[order], weight[order], ended[order], kind[order], capacity)

    def grow(self, capacity: int) -> None:
        if capacity > len(self.dirty):
            dirty = np.zeros(capacity, dtype=bool)
            dirty[: len(self.dirty)] = self.dirty
            self.dirty = dirty

    def row(self, u: int) -> Row:
        row = self.overlay.get(u)
        if row is not None:
            return row
        if u < self.n_base:
            s, e = int(self.indptr[u]), int(self.indptr[u + 1])
            return (self.target[s:e], self.weight[s:e], self.ended[s:e], self.kind[s:e])
        return _EMPTY_ROW

    def set_row(self, u: int, row: Row) -> None:
        self.overlay[u] = row
        self.dirty[u] = True
        self.version += 1
        if self._pack is not None:
            self._pending.append(u)

    def packed(self, day: float, decay: Callable[[F64, F64], F64]) -> tuple[I64, I64, I64, F64]:
        """The overlay as flat arrays, for compiled code (:mod:`graph.push`): ``(slot, ptr,
        target, weight)``, the arcs of an edited row ``u`` at ``ptr[slot[u]]:ptr[slot[u] + 1]``
        (``slot[u]`` is -1 for the other rows), weights decayed to ``day`` by ``decay``
        (elementwise: a row's weights do not depend on the other rows).

        Kept for the day and brought up to date by the rows edited since: each is appended
        (its old arcs left unread) instead of packing every edited row again, so the first
        request after a write pays for the rows that write changed, not for the whole
        overlay (up to a tenth of the people before :meth:`LiveTrustGraph.compact`). Packed
        afresh on another day, or when the unread arcs outgrow the read ones. The arrays
        handed out are changed by the next call after an edit: use them under the graph's
        lock, as :meth:`LiveTrustGraph.arcs` says."""
        pack = self._pack
        if pack is None or pack.day != day:
            return self._pack_all(day, decay)
        if pack.out is not None and not self._pending and len(pack.slot) == len(self.dirty):
            return pack.out
        if self._pending:
            self._append(pack, decay)
            if pack.used > 2 * pack.live + 4096:  # mostly arcs no row reads any more
                return self._pack_all(day, decay)
        if len(pack.slot) < len(self.dirty):  # people added since: no arcs in the overlay
            slot = np.full(len(self.dirty), -1, dtype=np.int64)
            slot[: len(pack.slot)] = pack.slot
            pack.slot = slot
        pack.out = (
            pack.slot,
            pack.ptr[: pack.rows + 1],
            pack.target[: pack.used],
            pack.weight[: pack.used],
        )
        return pack.out

    def _pack_all(self, day: float, decay: Callable[[F64, F64], F64]) -> tuple[I64, I64, I64, F64]:
        """Every edited row packed again, in the overlay's order (see :meth:`packed`)."""
        self._pending = []
        slot = np.full(len(self.dirty), -1, dtype=np.int64)
        rows = list(self.overlay.items())
        ptr = np.zeros(len(rows) + 1, dtype=np.int64)
        for q, (u, row) in enumerate(rows):
            slot[u] = q
            ptr[q + 1] = ptr[q] + len(row[0])
        target = np.concatenate([row[0] for _, row in rows]) if rows else _EMPTY_I
        weight = decay(
            np.concatenate([row[1] for _, row in rows]) if rows else _EMPTY_F,
            np.concatenate([row[2] for _, row in rows]) if rows else _EMPTY_F,
        )
        used = int(ptr[-1])
        self._pack = _Packed(
            day,
            slot,
            ptr,
            np.ascontiguousarray(target, dtype=np.int64),
            np.ascontiguousarray(weight, dtype=np.float64),
            len(rows),
            used,
            used,
        )
        return self.packed(day, decay)

    def _append(self, pack: _Packed, decay: Callable[[F64, F64], F64]) -> None:
        """The rows edited since ``pack`` was brought up to date, appended to it."""
        if len(pack.slot) < len(self.dirty):
            slot = np.full(len(self.dirty), -1, dtype=np.int64)
            slot[: len(pack.slot)] = pack.slot
            pack.slot = slot
        edited = dict.fromkeys(self._pending)  # each row once, in the order of its edits
        self._pending = []
        rows = [(u, self.overlay.get(u, _EMPTY_ROW)) for u in edited]
        extra = sum(len(row[0]) for _, row in rows)
        pack.ptr = _room(pack.ptr, pack.rows + 1 + len(rows))
        pack.target = _room(pack.target, pack.used + extra)
        pack.weight = _room(pack.weight, pack.used + extra)
        for u, (dst, weight, ended, _) in rows:
            q = int(pack.slot[u])
            if q >= 0:  # its old arcs stay where they are, unread
                pack.live -= int(pack.ptr[q + 1] - pack.ptr[q])
            a, b = pack.used, pack.used + len(dst)
            pack.target[a:b] = dst
            pack.weight[a:b] = decay(weight, ended)
            pack.rows += 1
            pack.ptr[pack.rows] = b
            pack.slot[u] = pack.rows - 1
            pack.used, pack.live = b, pack.live + len(dst)

    def gather(self, nodes: I64) -> tuple[I64, I64, F64, F64, I8]:
        """Every arc of ``nodes``: (position in ``nodes`` of its source, target, weight, ended, kind)."""
        clean = nodes < self.n_base
        clean[clean] = ~self.dirty[nodes[clean]]
        parts: list[tuple[I64, I64, F64, F64, I8]] = []
        if clean.any():
            pos = np.flatnonzero(clean)
            rows = nodes[pos]
            starts = self.indptr[rows]
            lens = self.indptr[rows + 1] - starts
            total = int(lens.sum())
            offsets = np.cumsum(lens) - lens
            idx = np.arange(total, dtype=np.int64) + np.repeat(starts - offsets, lens)
            parts.append(
                (
                    np.repeat(pos, lens),
                    self.target[idx],
                    self.weight[idx],
                    self.ended[idx],
                    self.kind[idx],
                )
            )
        if not clean.all():
            for p in np.flatnonzero(~clean):
                row = self.overlay.get(int(nodes[p]))
                if row is not None and len(row[0]):
                    parts.append((np.full(len(row[0]), p, dtype=np.int64), *row))
        if not parts:
            return _EMPTY_I, _EMPTY_I, _EMPTY_F, _EMPTY_F, _EMPTY_K
        if len(parts) == 1:
            return parts[0]
        owner, target, weight, ended, kind = zip(*parts, strict=True)
        return (
            np.concatenate(owner),
            np.concatenate(target),
            np.concatenate(weight),
            np.concatenate(ended),
            np.concatenate(kind),
        )

    def spread(
        self, nodes: I64, base_weight: F64, decay: Callable[[F64, F64], F64]
    ) -> tuple[I64, I64, I64, F64]:
        """Arcs of ``nodes`` for propagation, with fewer passes than :meth:`gather`.

        Returns ``(order, lens, target, weight)``: the arcs of ``nodes[order[i]]`` are
        the next ``lens[i]`` entries of ``target`` and ``weight`` (rows without arcs
        are left out). Base rows take their weights from ``base_weight`` (aligned
        with the base arrays, e.g. decayed to a day); overlay rows go through ``decay``.
        """
        clean = nodes < self.n_base
        clean[clean] = ~self.dirty[nodes[clean]]
        pos = np.flatnonzero(clean)
        rows = nodes[pos]
        starts = self.indptr[rows]
        lens = self.indptr[rows + 1] - starts
        nz = lens > 0
        if not nz.all():
            pos, starts, lens = pos[nz], starts[nz], lens[nz]
        orders: list[I64] = []
        counts: list[I64] = []
        targets: list[I64] = []
        weights: list[F64] = []
        if len(lens):
            orders.append(pos)
            counts.append(lens)
            # entry indices row after row: a cumulative sum of ones that jumps at row starts
            step = np.ones(int(lens.sum()), dtype=np.int64)
            step[0] = starts[0]
            if len(lens) > 1:
                step[np.cumsum(lens[:-1])] = starts[1:] - (starts[:-1] + lens[:-1]) + 1
            idx = np.cumsum(step)
            targets.append(self.target[idx])
            weights.append(base_weight[idx])
        if len(pos) < len(nodes):
            for p in np.flatnonzero(~clean).tolist():
                row = self.overlay.get(int(nodes[p]))
                if row is not None and len(row[0]):
                    orders.append(np.array([p], dtype=np.int64))
                    counts.append(np.array([len(row[0])], dtype=np.int64))
                    targets.append(row[0])
                    weights.append(decay(row[1], row[2]))
        if not targets:
            return _EMPTY_I, _EMPTY_I, _EMPTY_I, _EMPTY_F
        if len(targets) == 1:
            return orders[0], counts[0], targets[0], weights[0]
        return (
            np.concatenate(orders),
            np.concatenate(counts),
            np.concatenate(targets),
            np.concatenate(weights),
        )

    def counts(self, nodes: I64) -> I64:
        """Number of arc entries of each of ``nodes``."""
        clean = nodes < self.n_base
        clean[clean] = ~self.dirty[nodes[clean]]
        out = np.zeros(len(nodes), dtype=np.int64)
        rows = nodes[clean]
        out[clean] = self.indptr[rows + 1] - self.indptr[rows]
        for p in np.flatnonzero(~clean).tolist():
            row = self.overlay.get(int(nodes[p]))
            out[p] = len(row[0]) if row is not None else 0
        return out

    def size(self) -> int:
        """Number of arc entries."""
        replaced = sum(
            int(self.indptr[u + 1] - self.indptr[u]) for u in self.overlay if u < self.n_base
        )
        return len(self.target) - replaced + sum(len(r[0]) for r in self.overlay.values())


def _inflow(deg: F64, out: F64) -> F64:
    """:attr:`DayDegrees.inflow` of the people whose degrees are the columns of ``deg``
    (rows mutual, arcs out, arcs in) with total out-weights ``out``."""
    has = out > 0
    mutual, arcs_out, arcs_in, total = deg[MUTUAL, has], deg[OUT, has], deg[IN, has], out[has]
    inward = (mutual + arcs_in) / total
    mean = total / (mutual + (arcs_out + arcs_in) / 2.0)
    return np.array(
        [
            float(inward.max()) if total.size else 0.0,
            float(deg[IN, ~has].max()) if (~has).any() else 0.0,
            float(total.max()) if total.size else 0.0,
            float(mean.max()) if total.size else 0.0,
        ]
    )


def _check_parts(a: str, b: str, parts: Iterable[Part], *, negative: bool) -> tuple[F64, F64]:
    if a == b:
        raise ValueError(f"edge ({a!r}, {b!r}): a person cannot trust themselves; drop the loop")
    weights, ended = [], []
    for part in parts:
        w, end = float(part[0]), day_number(part[1])
        if not math.isfinite(w):
            raise ValueError(f"edge ({a!r}, {b!r}): weight must be finite, got {w!r}")
        if negative and not -1.0 <= w < 0.0:
            raise ValueError(
                f"negative claim ({a!r}, {b!r}): weight must be in [-1, 0), got {w!r};"
                " pass positive weights as edges"
            )
        if not negative and w <= 0.0:
            raise ValueError(
                f"edge ({a!r}, {b!r}): weight must be > 0, got {w!r}; pass negative ratings"
                " as negatives (they act one hop only), or no part to remove the edge"
            )
        weights.append(w)
        ended.append(end)
    return np.asarray(weights, dtype=np.float64), np.asarray(ended, dtype=np.float64)


class _ClaimsBase:
    """The negative claims the cold build read, packed by rater (a CSR), for
    :meth:`LiveTrustGraph.claims_base`: each claim ``(rater, target)`` once, its parts in
    the order they were read (as :attr:`LiveTrustGraph._neg` holds them). Raters whose
    claims changed since are marked in :attr:`LiveTrustGraph._claims_dirty` and read from
    the dict instead."""

    __slots__ = ("days", "end", "n", "ptr", "starts", "target", "weight")

    def __init__(self, n: int, rater: I64, target: I64, weight: F64, end: F64) -> None:
        order = np.lexsort((target, rater))  # stable: the parts of a claim keep their order
        rater, target = rater[order], target[order]
        self.weight, self.end = weight[order], end[order]
        first = np.ones(len(order), dtype=np.bool_)
        first[1:] = (rater[1:] != rater[:-1]) | (target[1:] != target[:-1])
        self.starts = np.flatnonzero(first)  # each claim's first part
        self.target = target[self.starts]
        self.n = n
        self.ptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(rater[self.starts], minlength=n), out=self.ptr[1:])
        self.days: dict[float, F64] = {}  # each claim's summed weight on the last days asked


class _PairFlags:
    """Flagged pairs of rows, both ways: a CSR base built in one vectorised pass (the cold
    build) and the pairs edited since in a dict (row -> other row -> flagged or not)."""

    __slots__ = ("edits", "indptr", "targets")

    def __init__(self, n: int, a: I64, b: I64) -> None:
        src, dst = np.concatenate([a, b]), np.concatenate([b, a])
        order = np.argsort(src, kind="stable")  # by row (the order within a row is no matter)
        self.targets = dst[order]
        self.indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(src, minlength=n), out=self.indptr[1:])
        self.edits: dict[int, dict[int, bool]] = {}

    def of(self, u: int) -> list[int]:
        """The rows flagged with row ``u``."""
        base: list[int] = (
            self.targets[self.indptr[u] : self.indptr[u + 1]].tolist()
            if u + 1 < len(self.indptr)
            else []
        )
        edits = self.edits.get(u)
        if not edits:
            return base
        return [v for v in base if edits.get(v, True)] + [
            v for v, on in edits.items() if on and v not in base
        ]

    def set(self, u: int, v: int, on: bool) -> None:
        self.edits.setdefault(u, {})[v] = on
        self.edits.setdefault(v, {})[u] = on


class LiveTrustGraph:
    """Who trusts whom, edited in place, with each edge's weight decaying from the day it ended.

    Parameters
    ----------
    half_life_days : float, optional
        A part's weight halves every this many days after it ended; None: no decay.
    epoch : date or day number, optional
        Anchor day of the stored degrees (default: the first day seen). Any day
        works; it only needs to stay within a few hundred half-lives of the days
        queried (the graph re-anchors itself otherwise).

    Attributes
    ----------
    index : dict of str to int
        Row of each person (rows of erased people are never reused).
    lock : threading.RLock
        Taken by every method; hold it to make several reads see the same graph.

    Examples
    --------
    >>> g = LiveTrustGraph(half_life_days=730)
    >>> g.set_edge("ana", "bob", [(1.0, dt.date(2022, 1, 1))])
    >>> g.set_arc("bob", "cy", [(0.1, None)])
    >>> day = dt.date(2024, 1, 1)  # two years after the end: half the weight
    >>> g.weight("bob", "ana", as_of=day), g.weight("bob", "cy", as_of=day), len(g)
    (0.5, 0.1, 3)
    >>> g.set_edge("ana", "bob", [])  # removing every part removes the edge
    >>> g.weight("ana", "bob", as_of=day), "ana" in g
    (0.0, True)
    """

    def __init__(
        self,
        *,
        half_life_days: float | None = None,
        epoch: dt.date | int | float | None = None,
    ) -> None:
        if half_life_days is not None and not half_life_days > 0:
            raise ValueError(f"half_life_days must be > 0 or None, got {half_life_days!r}")
        self.half_life_days = half_life_days
        self._epoch: float | None = None if epoch is None else day_number(epoch)
        self._ids: list[str | None] = []
        self._names = np.empty(0, dtype=object)  # the same ids, for vectorised lookups
        self.index: dict[str, int] = {}
        self.lock = threading.RLock()
        self._reset_rows(_Rows.empty(0), _Rows.empty(0), 0)
        # rater -> target -> parts (weight < 0, ended); target -> raters
        self._neg: dict[int, dict[int, tuple[F64, F64]]] = {}
        self._neg_in: dict[int, set[int]] = {}
        self._flags = _PairFlags(0, _EMPTY_I, _EMPTY_I)
        self._claims = _ClaimsBase(0, _EMPTY_I, _EMPTY_I, _EMPTY_F, _EMPTY_F)
        self._claims_dirty = np.zeros(0, dtype=np.bool_)  # raters edited since the base
        self.writes = 0  # edits since construction (a cheap change counter)
        self.compactions = 0  # :meth:`compact` calls (the layout, not the values, changed)
        self._edited: set[int] | None = None  # rows edited since :meth:`take_edited`
        self._has_arcs_at: tuple[_Rows, int, bool] | None = None

    def _reset_rows(self, out: _Rows, inn: _Rows, capacity: int) -> None:
        self._out = out
        self._in = inn
        self._const = np.zeros((3, capacity))  # mutual, out, in weighted degrees (no decay)
        self._anch = np.zeros((3, capacity))  # the same, ended parts anchored at the epoch
        self._max_end = np.full(capacity, -math.inf)  # last finite end day of a person's parts
        self._days: dict[float, DayDegrees] = {}  # degrees on the last days asked
        self._day_weights: dict[tuple[int, float], F64] = {}  # base weights on those days

    # ------------------------------------------------------------ construction
    @classmethod
    def from_edges(
        cls,
        edges: Iterable[tuple[str, str, float, dt.date | int | float | None]] = (),
        *,
        arcs: Iterable[tuple[str, str, float, dt.date | int | float | None]] = (),
        negatives: Iterable[tuple[str, str, float, dt.date | int | float | None]] = (),
        nodes: Iterable[str] = (),
        flagged: Iterable[tuple[str, str]] = (),
        half_life_days: float | None = None,
        epoch: dt.date | int | float | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> LiveTrustGraph:
        """Build a graph in one go (vectorised): the cold start of a service.

        Each edge is one part ``(a, b, weight, ended)``; repeated pairs become
        several parts of one edge (their weights add up, each decaying on its own).

        Parameters
        ----------
        edges, arcs, negatives : iterables of (str, str, float, ended)
            Mutual edges, one-way arcs and negative claims (weight in [-1, 0)).
        nodes : iterable of str
            People without any edge yet.
        flagged : iterable of (str, str)
            Pairs to flag (:meth:`set_flag`), each either way round.
        half_life_days, epoch
            As for the constructor.
        progress : callable, optional
            Called with the number of records read so far, every 100,000 (a progress bar).

        Examples
        --------
        >>> g = LiveTrustGraph.from_edges([("a", "b", 0.5, None), ("a", "b", 0.25, None)],
        ...                               arcs=[("b", "c", 0.1, None)])
        >>> g.weight("b", "a", as_of=0), g.weight("b", "c", as_of=0), g.weight("c", "b", as_of=0)
        (0.75, 0.1, 0.0)
        """
        g = cls(half_life_days=half_life_days, epoch=epoch)
        index = g.index
        ids = g._ids

        def node(pid: str) -> int:
            i = index.get(pid)
            if i is None:
                i = index[pid] = len(ids)
                ids.append(pid)
            return i

        def read(
            records: Iterable[tuple[str, str, float, dt.date | int | float | None]],
            *,
            negative: bool,
            counted: int,
        ) -> tuple[list[int], list[int], list[float], list[float]]:
            src: list[int] = []
            dst: list[int] = []
            weight: list[float] = []
            ended: list[float] = []
            get = index.get
            for i, (a, b, w, end) in enumerate(records, start=counted + 1):
                # node() inlined for the people met before (most): a call less per id
                x = get(a)
                src.append(node(a) if x is None else x)
                y = get(b)
                dst.append(node(b) if y is None else y)
                weight.append(w)
                ended.append(math.inf if end is None else day_number(end))
                if progress is not None and i % 100_000 == 0:
                    progress(i)
            # checked in bulk; a bad record is checked again alone for its message
            ws = np.asarray(weight, dtype=np.float64)
            bad = np.flatnonzero(
                (np.asarray(src) == np.asarray(dst))
                | ~np.isfinite(ws)
                | ((ws < -1.0) | (ws >= 0.0) if negative else ws <= 0.0)
            )
            if bad.size:
                j = int(bad[0])
                _check_parts(
                    ids[src[j]] or "", ids[dst[j]] or "", [(ws[j], None)], negative=negative
                )
            return src, dst, weight, ended

        es, ed, ew, ee = read(edges, negative=False, counted=0)
        as_, ad, aw, ae = read(arcs, negative=False, counted=len(es))
        ns, nd, nw, ne = read(negatives, negative=True, counted=len(es) + len(as_))
        pairs_flagged = list(flagged)
        try:  # people with edges already (the cold build's): one lookup each
            fa = [index[a] for a, _ in pairs_flagged]
            fb = [index[b] for _, b in pairs_flagged]
        except KeyError:  # someone new: added in the order met, as edges add people
            fa, fb = [], []
            for a, b in pairs_flagged:
                fa.append(node(a))
                fb.append(node(b))
        for pid in nodes:
            node(pid)
        g._names = np.empty(len(ids), dtype=object)
        g._names[:] = ids
        if progress is not None:
            progress(len(es) + len(as_) + len(ns))
        n = len(ids)
        e_src, e_dst = np.asarray(es, dtype=np.int64), np.asarray(ed, dtype=np.int64)
        a_src, a_dst = np.asarray(as_, dtype=np.int64), np.asarray(ad, dtype=np.int64)
        e_w, e_end = np.asarray(ew, dtype=np.float64), np.asarray(ee, dtype=np.float64)
        a_w, a_end = np.asarray(aw, dtype=np.float64), np.asarray(ae, dtype=np.float64)
        out = _Rows.from_arcs(
            np.concatenate([e_src, e_dst, a_src]),
            np.concatenate([e_dst, e_src, a_dst]),
            np.concatenate([e_w, e_w, a_w]),
            np.concatenate([e_end, e_end, a_end]),
            np.concatenate(
                [
                    np.full(2 * len(e_src), MUTUAL, dtype=np.int8),
                    np.full(len(a_src), OUT, dtype=np.int8),
                ]
            ),
            n,
            n,
        )
        inn = _Rows.from_arcs(a_dst, a_src, a_w, a_end, np.full(len(a_src), IN, np.int8), n, n)
        g._reset_rows(out, inn, n)
        g._flags = _PairFlags(n, np.asarray(fa, dtype=np.int64), np.asarray(fb, dtype=np.int64))
        finite = np.concatenate([e_end, a_end])
        finite = finite[np.isfinite(finite)]
        if g._epoch is None and finite.size:
            g._epoch = float(finite.max())
        g._recount_all()
        pairs: dict[tuple[int, int], tuple[list[float], list[float]]] = {}
        for r, t, w, end in zip(ns, nd, nw, ne, strict=True):
            ws_, es_ = pairs.setdefault((r, t), ([], []))
            ws_.append(w)
            es_.append(end)
        for (r, t), (ws_, es_) in pairs.items():
            g._neg.setdefault(r, {})[t] = (np.asarray(ws_), np.asarray(es_))
            g._neg_in.setdefault(t, set()).add(r)
        g._claims = _ClaimsBase(
            n,
            np.asarray(ns, dtype=np.int64),
            np.asarray(nd, dtype=np.int64),
            np.asarray(nw, dtype=np.float64),
            np.asarray(ne, dtype=np.float64),
        )
        g._claims_dirty = np.zeros(n, dtype=np.bool_)
        logger.debug("live trust graph: %d people, %d arc entries", len(g), g.n_arcs)
        return g

    # ----------------------------------------------------------------- lookup
    def __len__(self) -> int:
        return len(self.index)

    def __contains__(self, pid: object) -> bool:
        return pid in self.index

    def __iter__(self) -> Iterator[str]:
        return iter(list(self.index))

    @property
    def capacity(self) -> int:
        """Number of rows (people ever added, erased ones included)."""
        return len(self._ids)

    @property
    def n_arcs(self) -> int:
        """Number of propagating arc entries (a mutual part counts twice)."""
        with self.lock:
            return self._out.size()

    @property
    def n_overlay(self) -> int:
        """Rows edited since the last :meth:`compact`."""
        return len(self._out.overlay) + len(self._in.overlay)

    def name(self, i: int) -> str | None:
        """The id of row ``i`` (None once erased)."""
        return self._ids[i]

    def names(self, rows: Sequence[int] | I64) -> list[str | None]:
        """The ids of many rows."""
        ids = self._ids
        return [ids[int(i)] for i in rows]

    def neighbours(self, pid: str) -> set[str]:
        """Everyone ``pid`` shares an edge, an arc or a negative claim with, either way.

        Examples
        --------
        >>> g = LiveTrustGraph()
        >>> g.set_edge("a", "b", [(1.0, None)]); g.set_arc("c", "a", [(0.1, None)])
        >>> g.set_negative("d", "a", [(-0.5, None)])
        >>> sorted(g.neighbours("a")), sorted(g.neighbours("c")), g.neighbours("x")
        (['b', 'c', 'd'], ['a'], set())
        """
        with self.lock:
            i = self.index.get(pid)
            if i is None:
                return set()
            rows = set(self._out.row(i)[0].tolist()) | set(self._in.row(i)[0].tolist())
            rows |= set(self._neg.get(i, {})) | self._neg_in.get(i, set())
            return {name for j in rows if (name := self._ids[j]) is not None}

    # ------------------------------------------------------------------ edits
    def _node(self, pid: str) -> int:
        i = self.index.get(pid)
        if i is not None:
            return i
        i = self.index[pid] = len(self._ids)
        self._ids.append(pid)
        self._mark(i)
        if i >= len(self._names):
            names = np.empty(max(16, 2 * len(self._names)), dtype=object)
            names[: len(self._names)] = self._names
            self._names = names
        self._names[i] = pid
        if i >= self._const.shape[1]:
            capacity = max(16, 2 * self._const.shape[1])
            for name in ("_const", "_anch"):
                old = getattr(self, name)
                new = np.zeros((3, capacity))
                new[:, : old.shape[1]] = old
                setattr(self, name, new)
            max_end = np.full(capacity, -math.inf)
            max_end[: len(self._max_end)] = self._max_end
            self._max_end = max_end
            self._out.grow(capacity)
            self._in.grow(capacity)
            self._days.clear()
        if i >= len(self._claims_dirty):
            dirty = np.zeros(max(16, 2 * len(self._claims_dirty), i + 1), dtype=np.bool_)
            dirty[: len(self._claims_dirty)] = self._claims_dirty
            self._claims_dirty = dirty
        return i

    def watch_edits(self) -> None:
        """From now on, note every row an edit changes (:meth:`take_edited`)."""
        with self.lock:
            if self._edited is None:
                self._edited = set()

    def take_edited(self) -> set[int]:
        """The rows whose arcs (either way), degrees, claims (given or received), pair flags
        or id an edit changed since the last call (after :meth:`watch_edits`; empty before).

        A local query (:func:`graph.local.local_trust`) that read none of them, on a graph
        whose :meth:`shared_state` is the same, gives the same answer again.

        Examples
        --------
        >>> g = LiveTrustGraph()
        >>> g.watch_edits(); g.set_edge("a", "b", [(1.0, None)]); _ = g.take_edited()
        >>> g.set_arc("c", "b", [(0.1, None)]); sorted(g.take_edited()), g.take_edited()
        ([1, 2], set())
        """
        with self.lock:
            if not self._edited:
                return set()
            out, self._edited = self._edited, set()
            return out

    def _mark(self, u: int) -> None:
        if self._edited is not None:
            self._edited.add(u)

    def shared_state(self, as_of: dt.date | int | float) -> tuple[DayDegrees, tuple[float, ...]]:
        """What :func:`graph.local.local_trust` reads of the graph as a whole on ``as_of``,
        besides the rows it touches: the day's degrees (an object, compared by identity: made
        again on a new day, a re-anchoring or growth) and the numbers its error bound takes
        from everyone (:attr:`DayDegrees.inflow`, raised in place by edits), whether any arc
        is one-way, and how many compactions changed the layout."""
        with self.lock:
            deg = self.day_degrees(as_of)
            shared = (float(self.compactions), float(self.has_arcs), *deg.inflow.tolist())
            return deg, shared

    def add_node(self, pid: str) -> None:
        """Add someone without edges (nothing happens if they are already in).

        Examples
        --------
        >>> g = LiveTrustGraph()
        >>> g.add_node("ana"); len(g), "ana" in g
        (1, True)
        """
        with self.lock:
            self._node(pid)
            self.writes += 1

    def _check_epoch(self, ended: F64) -> None:
        finite = ended[np.isfinite(ended)]
        if not finite.size or self.half_life_days is None:
            return
        if self._epoch is None:
            self._epoch = float(finite.max())
            return
        spread = np.abs(finite - self._epoch).max() / self.half_life_days
        if spread > _MAX_EXPONENT:
            self._epoch = float(finite.max())
            self._recount_all()

    def _replace(self, rows: _Rows, u: int, v: int, kind: int, w: F64, ended: F64) -> None:
        dst, weight, end, kinds = rows.row(u)
        keep = (dst != v) | (kinds != kind)
        rows.set_row(
            u,
            (
                np.concatenate([dst[keep], np.full(len(w), v, dtype=np.int64)]),
                np.concatenate([weight[keep], w]),
                np.concatenate([end[keep], ended]),
                np.concatenate([kinds[keep], np.full(len(w), kind, dtype=np.int8)]),
            ),
        )

    def set_edge(self, a: str, b: str, parts: Iterable[Part]) -> None:
        """Replace every part of the mutual edge between ``a`` and ``b`` (none: remove it).

        Examples
        --------
        >>> g = LiveTrustGraph()
        >>> g.set_edge("a", "b", [(0.5, None), (0.25, None)])  # two collaborations
        >>> g.weight("a", "b", as_of=0), g.weight("b", "a", as_of=0)
        (0.75, 0.75)
        """
        w, ended = _check_parts(a, b, parts, negative=False)
        with self.lock:
            self._check_epoch(ended)
            ia, ib = self._node(a), self._node(b)
            self._replace(self._out, ia, ib, MUTUAL, w, ended)
            self._replace(self._out, ib, ia, MUTUAL, w, ended)
            self._recount(ia)
            self._recount(ib)
            self.writes += 1

    def set_arc(self, a: str, b: str, parts: Iterable[Part]) -> None:
        """Replace every part of the one-way arc ``a -> b`` (none: remove it).

        Examples
        --------
        >>> g = LiveTrustGraph()
        >>> g.set_arc("a", "b", [(0.1, None)])
        >>> g.weight("a", "b", as_of=0), g.weight("b", "a", as_of=0)
        (0.1, 0.0)
        """
        w, ended = _check_parts(a, b, parts, negative=False)
        with self.lock:
            self._check_epoch(ended)
            ia, ib = self._node(a), self._node(b)
            self._replace(self._out, ia, ib, OUT, w, ended)
            self._replace(self._in, ib, ia, IN, w, ended)
            self._recount(ia)
            self._recount(ib)
            self.writes += 1

    def set_negative(self, rater: str, target: str, parts: Iterable[Part]) -> None:
        """Replace the negative claims of ``rater`` about ``target`` (weights in [-1, 0)).

        Examples
        --------
        >>> g = LiveTrustGraph()
        >>> g.set_negative("a", "b", [(-0.5, None), (-0.75, None)])
        >>> g.negative("a", "b", as_of=0)  # claims add up, capped at -1
        -1.0
        """
        w, ended = _check_parts(rater, target, parts, negative=True)
        with self.lock:
            ir, it = self._node(rater), self._node(target)
            self._mark(ir)
            self._mark(it)
            if len(w) or it in self._neg.get(ir, {}):  # (no claim before nor after: unchanged)
                self._dirty_claims(ir)
            if len(w):
                self._neg.setdefault(ir, {})[it] = (w, ended)
                self._neg_in.setdefault(it, set()).add(ir)
            else:
                self._neg.get(ir, {}).pop(it, None)
                self._neg_in.get(it, set()).discard(ir)
            self.writes += 1

    def set_flag(self, a: str, b: str, flag: bool) -> None:
        """Flag the pair ``a``, ``b`` (either way round), or take the flag off.

        Examples
        --------
        >>> g = LiveTrustGraph()
        >>> g.set_edge("a", "b", [(1.0, None)]); g.set_flag("b", "a", True)
        >>> g.flagged("a"), g.flagged("b"), g.weight("a", "b", as_of=0)
        (['b'], ['a'], 1.0)
        >>> g.set_flag("a", "b", False); g.flagged("a")
        []
        """
        with self.lock:
            if not flag and (a not in self.index or b not in self.index):
                return
            ia, ib = self._node(a), self._node(b)
            self._flags.set(ia, ib, flag)
            self._mark(ia)
            self._mark(ib)
            self.writes += 1

    def flagged(self, pid: str) -> list[str]:
        """Everyone whose pair with ``pid`` is flagged (:meth:`set_flag`), erased people left
        out.

        Examples
        --------
        >>> g = LiveTrustGraph.from_edges([("a", "b", 1.0, None), ("a", "c", 1.0, None)],
        ...                               flagged=[("c", "a")])
        >>> g.flagged("a"), g.flagged("c"), g.flagged("b"), g.flagged("nobody")
        (['c'], ['a'], [], [])
        """
        with self.lock:
            i = self.index.get(pid)
            if i is None:
                return []
            ids = self._ids
            return [name for j in self._flags.of(i) if (name := ids[j]) is not None]

    def remove_node(self, pid: str) -> bool:
        """Erase ``pid``: every edge, arc and claim they give or receive, and their id.

        Returns False if they were not in the graph.

        Examples
        --------
        >>> g = LiveTrustGraph()
        >>> g.set_edge("a", "b", [(1.0, None)]); g.set_arc("c", "b", [(0.1, None)])
        >>> g.remove_node("b"), "b" in g, g.weight("a", "b", as_of=0), g.n_arcs
        (True, False, 0.0, 0)
        """
        with self.lock:
            i = self.index.pop(pid, None)
            if i is None:
                return False
            dst, _, _, kinds = self._out.row(i)
            for j in np.unique(dst[kinds == MUTUAL]):
                self._drop(self._out, int(j), i)
                self._recount(int(j))
            for j in np.unique(dst[kinds == OUT]):
                self._drop(self._in, int(j), i)
                self._recount(int(j))
            for j in np.unique(self._in.row(i)[0]):
                self._drop(self._out, int(j), i)
                self._recount(int(j))
            self._out.set_row(i, _EMPTY_ROW)
            self._in.set_row(i, _EMPTY_ROW)
            self._recount(i)
            self._dirty_claims(i)
            for target in self._neg.pop(i, {}):
                self._neg_in.get(target, set()).discard(i)
                self._mark(target)
            for rater in self._neg_in.pop(i, set()):
                self._neg.get(rater, {}).pop(i, None)
                self._dirty_claims(rater)
            self._ids[i] = None
            self._names[i] = None
            self.writes += 1
            return True

    def drop_isolated(self) -> int:
        """Remove everyone left without any edge, arc or claim; returns how many.

        An isolated person has no effect on anyone's trust; dropping them lets a
        process forget an erased person it was never told the id of.

        Examples
        --------
        >>> g = LiveTrustGraph()
        >>> g.set_edge("a", "b", [(1.0, None)]); g.add_node("c"); g.set_edge("a", "b", [])
        >>> g.drop_isolated(), len(g)
        (3, 0)
        """
        with self.lock:
            lonely = [
                pid
                for pid, i in self.index.items()
                if not len(self._out.row(i)[0])
                and not len(self._in.row(i)[0])
                and not self._neg.get(i)
                and not self._neg_in.get(i)
            ]
            for pid in lonely:
                self.remove_node(pid)
            return len(lonely)

    @staticmethod
    def _drop(rows: _Rows, u: int, v: int) -> None:
        dst, weight, end, kinds = rows.row(u)
        keep = dst != v
        rows.set_row(u, (dst[keep], weight[keep], end[keep], kinds[keep]))

    # --------------------------------------------------------------- degrees
    def _anchor(self, weight: F64, ended: F64) -> tuple[F64, F64]:
        """Split parts into (weight that never decays, weight anchored at the epoch)."""
        if self.half_life_days is None or self._epoch is None:
            return weight, np.zeros_like(weight)
        finite = np.isfinite(ended)
        const = np.where(finite, 0.0, weight)
        exponent = np.where(finite, ended - self._epoch, 0.0) / self.half_life_days
        anch = np.where(finite, weight * np.exp2(exponent), 0.0)
        return const, anch

    def _recount(self, u: int) -> None:
        """Degrees of one person, summed again from their rows (no drift from edits)."""
        self._mark(u)
        _, weight, ended, kinds = self._out.row(u)
        in_w, in_end = self._in.row(u)[1], self._in.row(u)[2]
        const, anch = self._anchor(weight, ended)
        in_const, in_anch = self._anchor(in_w, in_end)
        for k, (c, a) in enumerate(
            (
                (const[kinds == MUTUAL], anch[kinds == MUTUAL]),
                (const[kinds == OUT], anch[kinds == OUT]),
                (in_const, in_anch),
            )
        ):
            self._const[k, u] = c.sum()
            self._anch[k, u] = a.sum()
        ends = np.concatenate([ended, in_end])
        ends = ends[np.isfinite(ends)]
        self._max_end[u] = ends.max() if ends.size else -math.inf
        for day, d in self._days.items():
            col = self._exact_degrees(np.array([u], dtype=np.int64), day)[:, 0]
            d.mutual[u], d.arcs_out[u], d.arcs_in[u] = col
            d.out[u] = col[MUTUAL] + col[OUT]
            np.maximum(d.inflow[:4], _inflow(col[:, None], d.out[u : u + 1]), out=d.inflow[:4])
            if d.out[u] > 0 and col[MUTUAL] + col[IN] > d.inflow[4] * d.out[u]:
                d.heavy.add(u)

    def _recount_all(self) -> None:
        self._days.clear()
        n = len(self._ids)
        nodes = np.arange(n, dtype=np.int64)
        capacity = max(n, self._const.shape[1])
        self._const = np.zeros((3, capacity))
        self._anch = np.zeros((3, capacity))
        self._max_end = np.full(capacity, -math.inf)
        for rows, kinds_wanted in ((self._out, (MUTUAL, OUT)), (self._in, (IN,))):
            owner, _, weight, ended, kinds = rows.gather(nodes)
            const, anch = self._anchor(weight, ended)
            for k in kinds_wanted:
                mask = kinds == k
                self._const[k, :n] = np.bincount(owner[mask], const[mask], minlength=n)
                self._anch[k, :n] = np.bincount(owner[mask], anch[mask], minlength=n)
            finite = np.isfinite(ended)
            np.maximum.at(self._max_end, owner[finite], ended[finite])

    def _decay(self, weight: F64, ended: F64, day: float) -> F64:
        if self.half_life_days is None:
            return weight
        return weight * np.exp2(np.minimum(ended - day, 0.0) / self.half_life_days)

    def degrees(self, nodes: I64, *, as_of: dt.date | int | float) -> F64:
        """Weighted degrees on day ``as_of``: rows (mutual, arcs out, arcs in) by ``nodes``.

        Examples
        --------
        >>> g = LiveTrustGraph(half_life_days=1)
        >>> g.set_edge("a", "b", [(1.0, 10)]); g.set_arc("a", "c", [(0.5, None)])
        >>> g.degrees(np.array([0, 2]), as_of=11).tolist()  # a's edge halved; c's arc in
        [[0.5, 0.0], [0.5, 0.0], [0.0, 0.5]]
        """
        with self.lock:
            d = self.day_degrees(as_of)
            nodes = np.asarray(nodes, dtype=np.int64)
            return np.stack([d.mutual[nodes], d.arcs_out[nodes], d.arcs_in[nodes]])

    def day_degrees(self, as_of: dt.date | int | float) -> DayDegrees:
        """Everyone's weighted degrees on day ``as_of`` (arrays indexed by row; do not modify).

        Computed in one vectorised pass over the people (not the edges) from the
        anchored degrees, cached for the last two days asked, and kept up to date
        by every edit.

        Examples
        --------
        >>> g = LiveTrustGraph(half_life_days=730)
        >>> g.set_edge("a", "b", [(1.0, dt.date(2022, 1, 1))])
        >>> g.day_degrees(dt.date(2024, 1, 1)).out[: g.capacity].tolist()
        [0.5, 0.5]
        """
        day = day_number(as_of)
        with self.lock:
            cached = self._days.get(day)
            if cached is not None:
                return cached
            deg = self._const.copy()
            if self.half_life_days is not None and self._epoch is not None:
                deg += self._anch * 2.0 ** (-(day - self._epoch) / self.half_life_days)
                late = np.flatnonzero(self._max_end > day)
                if late.size:  # a part that ends after `day`: not decaying yet, sum it exactly
                    deg[:, late] = self._exact_degrees(late.astype(np.int64), day)
            total = deg[MUTUAL] + deg[OUT]
            inflow = _inflow(deg, total)
            inward = np.zeros(len(total))
            has = total > 0
            inward[has] = (deg[MUTUAL, has] + deg[IN, has]) / total[has]
            if len(inward) > HEAVY:
                level = max(1.0, float(np.partition(inward, len(inward) - HEAVY)[-HEAVY]))
            else:
                level = 1.0
            heavy = set(np.flatnonzero(inward > level).tolist())
            inflow = np.append(inflow, level)
            out = DayDegrees(day, deg[MUTUAL], deg[OUT], deg[IN], total, inflow, heavy)
            self._days[day] = out
            while len(self._days) > 2:
                self._days.pop(next(iter(self._days)))
            return out

    def _exact_degrees(self, nodes: I64, day: float) -> F64:
        out = np.zeros((3, len(nodes)))
        for rows in (self._out, self._in):
            owner, _, weight, ended, kinds = rows.gather(nodes)
            w = self._decay(weight, ended, day)
            for k in (MUTUAL, OUT, IN):
                mask = kinds == k
                if mask.any():
                    out[k] += np.bincount(owner[mask], w[mask], minlength=len(nodes))
        return out

    # ----------------------------------------------------------------- reads
    def gather(self, nodes: I64, *, as_of: dt.date | int | float) -> tuple[I64, I64, F64]:
        """Every propagating arc of ``nodes`` on day ``as_of``, decayed.

        Returns ``(owner, target, weight)``: ``nodes[owner[j]] -> target[j]`` weighs
        ``weight[j]`` (a pair with several parts appears once per part).

        Examples
        --------
        >>> g = LiveTrustGraph()
        >>> g.set_edge("a", "b", [(1.0, None)]); g.set_arc("a", "c", [(0.5, None)])
        >>> [x.tolist() for x in g.gather(np.array([0]), as_of=0)]
        [[0, 0], [1, 2], [1.0, 0.5]]
        """
        day = day_number(as_of)
        with self.lock:
            owner, target, weight, ended, _ = self._out.gather(
                np.asarray(nodes, dtype=np.int64).copy()
            )
            return owner, target, self._decay(weight, ended, day)

    def spread(self, nodes: I64, *, as_of: dt.date | int | float) -> tuple[I64, I64, I64, F64]:
        """The arcs of ``nodes`` on day ``as_of``, grouped by source, for propagation.

        Returns ``(order, lens, target, weight)``: the arcs of ``nodes[order[i]]``
        are the next ``lens[i]`` entries of ``target`` and ``weight`` (people without
        arcs are left out). Weights of the CSR base come from a per-day cache (one
        vectorised pass over the base the first time a day is asked).

        Examples
        --------
        >>> g = LiveTrustGraph()
        >>> g.set_edge("a", "b", [(1.0, None)]); g.set_arc("a", "c", [(0.5, None)])
        >>> [x.tolist() for x in g.spread(np.array([1, 0]), as_of=0)]
        [[0, 1], [1, 2], [0, 1, 2], [1.0, 1.0, 0.5]]
        """
        day = day_number(as_of)
        with self.lock:
            base = self._base_weight(day)
            return self._out.spread(
                np.asarray(nodes, dtype=np.int64),  # only read
                base,
                lambda w, end: self._decay(w, end, day),
            )

    def arcs(self, *, as_of: dt.date | int | float) -> Arcs:
        """Every arc on day ``as_of`` as flat arrays, for compiled propagation
        (:mod:`graph.push`); hold :attr:`lock` while they are used (an edit may replace them).
        The base's weights and the packed overlay are kept until the next edit or another day.
        """
        day = day_number(as_of)
        with self.lock:
            rows = self._out
            slot, ptr, target, weight = rows.packed(day, lambda w, end: self._decay(w, end, day))
            return Arcs(
                rows.n_base,
                rows.indptr,
                rows.target,
                self._base_weight(day),
                rows.dirty,
                slot,
                ptr,
                target,
                weight,
            )

    def arc_counts(self, nodes: I64) -> I64:
        """How many arc entries (parts) each of ``nodes`` has: the cost of pushing them.

        Examples
        --------
        >>> g = LiveTrustGraph()
        >>> g.set_edge("a", "b", [(1.0, None), (0.5, None)]); g.set_arc("a", "c", [(0.1, None)])
        >>> g.arc_counts(np.array([0, 1, 2])).tolist()
        [3, 2, 0]
        """
        with self.lock:
            return self._out.counts(np.asarray(nodes, dtype=np.int64).copy())

    def _base_weight(self, day: float) -> F64:
        """The CSR base's weights decayed to ``day`` (cached for the last two days)."""
        rows = self._out
        if self.half_life_days is None:
            return rows.weight
        key = (id(rows), day)
        cached = self._day_weights.get(key)
        if cached is None:
            cached = self._decay(rows.weight, rows.ended, day)
            self._day_weights[key] = cached
            while len(self._day_weights) > 2:
                self._day_weights.pop(next(iter(self._day_weights)))
        return cached

    def negatives_of(self, rater: int, *, as_of: dt.date | int | float) -> dict[int, float]:
        """Claims of row ``rater`` on day ``as_of``: target row -> summed weight (>= -1)."""
        day = day_number(as_of)
        with self.lock:
            claims = self._neg.get(rater)
            if not claims:
                return {}
            return {
                t: max(-1.0, float(self._decay(w, end, day).sum()))
                for t, (w, end) in claims.items()
            }

    def _repack_claims(self) -> None:
        """Fold the claims of the raters edited since into the packed claims (hold the lock):
        the other raters' parts kept as they are, the edited raters' read from the dict."""
        edited = np.flatnonzero(self._claims_dirty)
        if not len(edited):
            return
        base = self._claims
        per_claim = np.diff(np.append(base.starts, len(base.weight)))
        claim_rater = np.repeat(np.arange(base.n, dtype=np.int64), np.diff(base.ptr))
        rater = np.repeat(claim_rater, per_claim)
        target = np.repeat(base.target, per_claim)
        keep = ~self._claims_dirty[rater]
        raters, targets, weights, ends = [rater[keep]], [target[keep]], [], []
        weights.append(base.weight[keep])
        ends.append(base.end[keep])
        for r in edited.tolist():
            for t, (w, end) in self._neg.get(r, {}).items():
                raters.append(np.full(len(w), r, dtype=np.int64))
                targets.append(np.full(len(w), t, dtype=np.int64))
                weights.append(w)
                ends.append(end)
        self._claims = _ClaimsBase(
            len(self._ids),
            np.concatenate(raters),
            np.concatenate(targets),
            np.concatenate(weights).astype(np.float64),
            np.concatenate(ends).astype(np.float64),
        )
        self._claims_dirty[:] = False

    def _dirty_claims(self, rater: int) -> None:
        """``rater``'s claims are no longer those of the packed base (read them from the dict)."""
        self._mark(rater)
        if rater < len(self._claims_dirty):
            self._claims_dirty[rater] = True

    def claims_base(
        self, *, as_of: dt.date | int | float
    ) -> tuple[I64, I64, F64, npt.NDArray[np.bool_]]:
        """The claims the cold build read, packed by rater, decayed to ``as_of``: ``(ptr,
        target, weight, dirty)``: the claims of a rater ``r < len(ptr) - 1`` whose
        ``dirty[r]`` is False are ``target[ptr[r]:ptr[r + 1]]``, each of ``weight`` (summed
        over its parts, >= -1: the same numbers as :meth:`claims_of`); a dirty rater's
        (edited since) are only in :meth:`claims_of`; so are the claims of every rater
        ``r >= len(ptr) - 1`` (added since) marked in ``dirty``, the others have none
        (``dirty`` covers every row). For a compiled reader
        (:func:`graph.push.claim_cuts`); hold :attr:`lock` while it reads.

        Examples
        --------
        >>> g = LiveTrustGraph.from_edges(negatives=[("a", "b", -0.5, None), ("a", "c", -1.0, 0),
        ...                                          ("a", "b", -0.75, None)])
        >>> ptr, target, weight, dirty = g.claims_base(as_of=0)
        >>> ptr.tolist(), target.tolist(), weight.tolist(), dirty.tolist()
        ([0, 2, 2, 2], [1, 2], [-1.0, -1.0], [False, False, False])
        >>> g.set_negative("a", "b", []); g.claims_base(as_of=0)[3].tolist()
        [True, False, False]
        """
        day = day_number(as_of)
        with self.lock:
            base = self._claims
            summed = base.days.get(day)
            if summed is None:
                if len(base.starts):
                    parts = self._decay(base.weight, base.end, day)
                    summed = np.maximum(np.add.reduceat(parts, base.starts), -1.0)
                else:
                    summed = _EMPTY_F
                base.days[day] = summed
                while len(base.days) > 2:
                    base.days.pop(next(iter(base.days)))
            return base.ptr, base.target, summed, self._claims_dirty

    def claims_of(
        self, raters: Sequence[int], *, as_of: dt.date | int | float
    ) -> tuple[I64, I64, F64]:
        """The claims of many raters at once, decayed to ``as_of`` in one vectorised pass.

        Returns ``(which, target, weight)``: ``raters[which[j]]`` claims ``weight[j]``
        (summed over the claim's parts, >= -1) about row ``target[j]``; the same as
        :meth:`negatives_of` for each rater, without a numpy call per claim.

        Examples
        --------
        >>> g = LiveTrustGraph(half_life_days=1)
        >>> g.set_negative("a", "b", [(-0.5, None)]); g.set_negative("c", "b", [(-1.0, 0)])
        >>> [x.tolist() for x in g.claims_of([0, 2, 1], as_of=1)]
        [[0, 1], [1, 1], [-0.5, -0.5]]
        """
        day = day_number(as_of)
        with self.lock:
            which: list[int] = []
            targets: list[int] = []
            lens: list[int] = []
            weights: list[F64] = []
            ends: list[F64] = []
            for pos, rater in enumerate(raters):
                claims = self._neg.get(rater)
                if not claims:
                    continue
                for t, (w, end) in claims.items():
                    which.append(pos)
                    targets.append(t)
                    lens.append(len(w))
                    weights.append(w)
                    ends.append(end)
            if not which:
                return _EMPTY_I, _EMPTY_I, _EMPTY_F
            parts = self._decay(np.concatenate(weights), np.concatenate(ends), day)
            starts = np.zeros(len(lens), dtype=np.int64)
            np.cumsum(lens[:-1], out=starts[1:])
            summed = np.maximum(np.add.reduceat(parts, starts), -1.0)
            return (
                np.asarray(which, dtype=np.int64),
                np.asarray(targets, dtype=np.int64),
                summed,
            )

    def negative(self, rater: str, target: str, *, as_of: dt.date | int | float) -> float:
        """The summed claim of ``rater`` about ``target`` on day ``as_of`` (0.0 if none)."""
        ir, it = self.index.get(rater), self.index.get(target)
        if ir is None or it is None:
            return 0.0
        return self.negatives_of(ir, as_of=as_of).get(it, 0.0)

    def at(self, as_of: dt.date | int | float) -> TrustView:
        """The graph as seen on day ``as_of`` (for :func:`graph.paths.trusted_paths`)."""
        return TrustView(self, day_number(as_of))

    def weight(self, a: str, b: str, *, as_of: dt.date | int | float) -> float:
        """Positive weight of ``a -> b`` on day ``as_of`` (0.0 if none)."""
        return self.at(as_of).weight(a, b)

    @property
    def has_arcs(self) -> bool:
        """True if some arc is one-way (then only the L1 error bound of local trust holds)."""
        with self.lock:
            seen = self._has_arcs_at  # the count is kept until the rows of arcs in change
            if seen is None or seen[0] is not self._in or seen[1] != self._in.version:
                seen = self._has_arcs_at = (self._in, self._in.version, self._in.size() > 0)
            return seen[2]

    def snapshot(self, *, as_of: dt.date | int | float) -> TrustGraph:
        """The same graph, decayed to ``as_of``, as a static :class:`graph.trust.TrustGraph`.

        It is the exact reference: ``graph.trust.personalized_trust`` on it is the
        power iteration to convergence. Slow (networkx): for tests and benchmarks.

        Examples
        --------
        >>> g = LiveTrustGraph(half_life_days=1)
        >>> g.set_edge("a", "b", [(1.0, 0)]); g.set_negative("a", "c", [(-0.5, None)])
        >>> s = g.snapshot(as_of=1)
        >>> s.weight("a", "b"), s.negatives
        (0.5, {('a', 'c'): -0.5})
        """
        day = day_number(as_of)
        with self.lock:
            live = np.asarray(sorted(self.index.values()), dtype=np.int64)
            owner, target, weight, ended, kinds = self._out.gather(live.copy())
            w = self._decay(weight, ended, day)
            src = live[owner]
            ids = self._ids
            mutual = (kinds == MUTUAL) & (src < target)
            edges = [
                (str(ids[a]), str(ids[b]), float(x))
                for a, b, x in zip(src[mutual], target[mutual], w[mutual], strict=True)
                if x > 0
            ]
            arc = kinds == OUT
            arcs = [
                (str(ids[a]), str(ids[b]), float(x))
                for a, b, x in zip(src[arc], target[arc], w[arc], strict=True)
                if x > 0
            ]
            negatives = [
                (str(ids[r]), str(ids[t]), x)
                for r in self._neg
                for t, x in self.negatives_of(r, as_of=day).items()
                if x < 0
            ]
            nodes = [str(ids[i]) for i in live]
        return TrustGraph(edges, arcs=arcs, negatives=negatives, nodes=nodes)

    # ------------------------------------------------------------ compaction
    def compact(self) -> float:
        """Fold the edited rows into a new CSR base; returns the seconds it took.

        The new base is built from a snapshot, outside the lock; rows edited
        meanwhile stay in the new overlay. Queries give the same answers before
        and after.

        Examples
        --------
        >>> g = LiveTrustGraph()
        >>> g.set_edge("a", "b", [(1.0, None)]); g.n_overlay
        2
        >>> _ = g.compact(); g.n_overlay, g.weight("a", "b", as_of=0)
        (0, 1.0)
        """
        start = time.perf_counter()
        with self.lock:
            before = (self._out, dict(self._out.overlay), self._in, dict(self._in.overlay))
            n = len(self._ids)
        out, out_seen, inn, in_seen = before
        nodes = np.arange(n, dtype=np.int64)
        new_rows = []
        for rows in (out, inn):
            owner, target, weight, ended, kinds = rows.gather(nodes.copy())
            new_rows.append(_Rows.from_arcs(owner, target, weight, ended, kinds, n, n))
        with self.lock:
            for old, seen, new in (
                (self._out, out_seen, new_rows[0]),
                (self._in, in_seen, new_rows[1]),
            ):
                new.grow(len(old.dirty))
                for u, row in old.overlay.items():  # edited after the snapshot
                    if seen.get(u) is not row:
                        new.set_row(u, row)
            self._out, self._in = new_rows
            self._day_weights.clear()
            self._repack_claims()
            self.compactions += 1
        took = time.perf_counter() - start
        logger.debug("trust graph compacted in %.3fs: %d people", took, n)
        return took


class TrustView:
    """A :class:`LiveTrustGraph` as seen on one day, with the interface
    :func:`graph.paths.trusted_paths` reads (:class:`graph.paths.Network`).

    A view keeps the rows it has read (the paths from one viewer to many candidates
    read the same rows again), the last :attr:`ROWS_KEPT` to twice as many: when the
    rows kept reach it they become the older generation, which a row read again leaves
    for the newer, and the generation before goes (a view lives a day, and a day of
    suggestions at 100k people would otherwise read nearly every row). Whoever edits the graph while a view is in use calls
    :meth:`forget` with the people whose arcs changed, after the edit: the view then
    reads their rows again and keeps every other row (else make one view per request,
    so that it never serves a row older than the request).

    Examples
    --------
    >>> g = LiveTrustGraph()
    >>> g.set_edge("a", "b", [(1.0, None)]); g.set_arc("c", "b", [(0.1, None)])
    >>> view = g.at(0)
    >>> dict(view.successors("a")), sorted(view.predecessors("b"))
    ({'b': {'weight': 1.0}}, ['a', 'c'])
    """

    __slots__ = ("_cache", "_forgets", "_keep", "_old", "day", "graph")

    #: rows kept in the newer generation (the view keeps at most twice as many)
    ROWS_KEPT = 10_000

    def __init__(self, graph: LiveTrustGraph, day: float) -> None:
        self.graph = graph
        self.day = day
        self._cache: dict[tuple[str, bool], dict[str, float]] = {}
        self._old: dict[tuple[str, bool], dict[str, float]] = {}  # the generation before
        self._forgets = 0  # calls of forget() so far
        self._keep = threading.Lock()  # a row is kept, or people forgotten, one at a time

    def __contains__(self, pid: object) -> bool:
        return pid in self.graph

    def _summed(self, pid: str, incoming: bool) -> dict[str, float]:
        key = (pid, incoming)
        cached = self._cache.get(key)
        if cached is None:
            forgets = self._forgets
            cached = self._old.get(key)
            if cached is None:
                cached = self._read(pid, incoming)
            with self._keep:
                # read before an edit that forget() has since announced: used once, not kept
                if self._forgets == forgets:
                    if len(self._cache) >= self.ROWS_KEPT:
                        self._old, self._cache = self._cache, {}
                    self._cache[key] = cached
        return cached

    @property
    def rows_kept(self) -> int:
        """The number of rows kept (each person's arcs out, or in).

        Examples
        --------
        >>> g = LiveTrustGraph()
        >>> g.set_edge("a", "b", [(1.0, None)]); g.set_edge("b", "c", [(1.0, None)])
        >>> class Small(TrustView):
        ...     ROWS_KEPT = 2
        >>> view = Small(g, 0)
        >>> for pid in "abc": _ = view.out_weights(pid)
        >>> view.rows_kept  # a's and b's rows went to the older generation when c's came
        3
        >>> _ = view.in_weights("a"); _ = view.in_weights("b")
        >>> view.rows_kept  # a's and b's out rows have gone
        3
        """
        return len(self._cache) + len(self._old)

    def forget(self, people: Iterable[str]) -> None:
        """Read the rows of ``people`` again (their arcs changed); call it after the edit.

        Examples
        --------
        >>> g = LiveTrustGraph()
        >>> g.set_edge("a", "b", [(1.0, None)])
        >>> view = g.at(0)
        >>> view.weight("a", "b")
        1.0
        >>> g.set_edge("a", "b", [(0.5, None)])
        >>> view.weight("a", "b"), view.forget(["a", "b"]), view.weight("a", "b")
        (1.0, None, 0.5)
        """
        with self._keep:
            self._forgets += 1
            for pid in people:
                for rows in (self._cache, self._old):
                    rows.pop((pid, False), None)
                    rows.pop((pid, True), None)

    def _read(self, pid: str, incoming: bool) -> dict[str, float]:
        g = self.graph
        with g.lock:
            i = g.index.get(pid)
            if i is None:
                return {}
            rows = g._out
            if i < rows.n_base and not rows.dirty[i]:  # a base row: decayed weights are cached
                s, e = int(rows.indptr[i]), int(rows.indptr[i + 1])
                dst, w, kinds = rows.target[s:e], g._base_weight(self.day)[s:e], rows.kind[s:e]
            else:
                dst, weight, ended, kinds = rows.row(i)
                w = g._decay(weight, ended, self.day)
            if incoming:
                mutual = kinds == MUTUAL
                in_dst, in_w, in_end, _ = g._in.row(i)
                dst = np.concatenate([dst[mutual], in_dst])
                w = np.concatenate([w[mutual], g._decay(in_w, in_end, self.day)])
            names = g._names[dst].tolist()
            out = dict(zip(names, w.tolist(), strict=True))
            if len(out) < len(names):  # a pair with several parts: add them up
                out = {}
                for name, x in zip(names, w.tolist(), strict=True):
                    out[name] = out.get(name, 0.0) + x
            out.pop(None, None)
            return out

    def weight(self, a: str, b: str) -> float:
        """Positive weight of ``a -> b`` (0.0 if none)."""
        return self._summed(a, incoming=False).get(b, 0.0)

    def out_weights(self, pid: str) -> Mapping[str, float]:
        """``{b: w}`` for every arc ``pid -> b`` (cached by the view)."""
        return self._summed(pid, incoming=False)

    def in_weights(self, pid: str) -> Mapping[str, float]:
        """``{a: w}`` for every arc ``a -> pid`` (cached by the view)."""
        return self._summed(pid, incoming=True)

    def successors(self, pid: str) -> Mapping[str, Mapping[str, float]]:
        """The people ``pid`` trusts, as ``{id: {"weight": w}}``."""
        return {b: {"weight": w} for b, w in self._summed(pid, incoming=False).items()}

    def predecessors(self, pid: str) -> Mapping[str, Mapping[str, float]]:
        """The people who trust ``pid``, as ``{id: {"weight": w}}``."""
        return {a: {"weight": w} for a, w in self._summed(pid, incoming=True).items()}
