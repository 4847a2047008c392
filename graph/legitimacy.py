"""Community-wide legitimacy: how well each person is woven into the honest graph.

Personalised trust cannot tell a cluster of fake accounts from an honest group
when the viewer (or a direct tie of theirs) confirmed a collaboration with one
of the fakes: seen from there, the fakes are a few hops away like anyone else.
What does tell them apart is *global*: the fakes reach the rest of the
community only through the few attack edges, so a random walk spreading from
many honest people (seeds: members known to be real, e.g. checked in at an
event) mixes over the honest graph long before much of it crosses into the
fakes. This is SybilRank (Cao, Sirivianos, Yang and Pregueiro, "Aiding the
detection of fake accounts in large scale social online services", NSDI 2012):
an early-terminated power iteration from the seeds, ``O(log n)`` steps, its
result divided by the degree. The walk here is lazy (it stays put half of the
time), which removes the back-and-forth between the two sides of a bipartite-like
graph. Its length trades the two errors: too short and honest people far from
every seed are not reached yet, too long and the walk has leaked into the fakes.
The default, ``ceil(log2(n))`` steps with ``floor = 0.5``, was chosen on
``bench/sybil.py`` (1,000 honest people, 20 seeds; without any attack it leaves
every honest person at 1, where 6 steps left 5 % under 1).

:func:`legitimacy` returns, per person, ``min(1, level(u) / (floor * median))``
with ``level(u) = x(u) / d(u)`` (``x`` the walk after ``steps`` steps, ``d`` the
weighted degree) and ``median`` the median level over everyone with an edge: once
the walk has mixed over the honest graph, honest people sit around the median
(the stationary level is the same for everyone), while a fake cluster the walk
barely entered sits far below it and gets a factor near 0. The median assumes
that honest people are most of those with collaborations (a fake cluster larger
than the community would pull it down, and with it the bar).
:func:`graph.local.local_trust` multiplies trust by it (``legitimacy=``), except
for the viewer's own direct ties (first-hand experience is kept).

It is a whole-graph computation (``steps`` sparse products over every arc,
about 0.3 s for two million arcs): meant for a background refresh, not for
each request.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from graph.live import LiveTrustGraph, day_number

__all__ = ["legitimacy"]

F64 = npt.NDArray[np.float64]


def legitimacy(
    graph: LiveTrustGraph,
    seeds: Iterable[str],
    *,
    as_of: dt.date | int | float,
    steps: int | None = None,
    floor: float = 0.5,
) -> F64:
    """Per-row legitimacy in [0, 1] from a walk spreading out of ``seeds`` (see the module docstring).

    Parameters
    ----------
    graph : LiveTrustGraph
    seeds : iterable of str
        People known to be real; unknown ids are ignored.
    as_of : date or day number
        Day at which edge weights are decayed.
    steps : int, optional
        Walk length; default ``ceil(log2(n))`` for ``n`` people.
    floor : float
        Share of the median level at which someone counts as fully legitimate.

    Returns
    -------
    ndarray
        Indexed by graph row (erased rows: 0). All ones when there is no seed.

    Examples
    --------
    Two honest triangles joined by an edge, and a fake triangle hanging off one honest person.

    >>> honest = [("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"), ("e", "f"), ("d", "f"),
    ...           ("c", "d"), ("b", "e"), ("a", "f")]
    >>> fake = [("x", "y"), ("y", "z"), ("x", "z"), ("f", "x")]
    >>> g = LiveTrustGraph.from_edges([(u, v, 1.0, None) for u, v in honest + fake])
    >>> leg = legitimacy(g, ["a", "d"], as_of=0, steps=4)
    >>> [round(float(leg[g.index[p]]), 2) for p in "abfxyz"]
    [1.0, 1.0, 1.0, 0.57, 0.17, 0.17]
    """
    if not floor > 0:
        raise ValueError(f"floor must be > 0, got {floor!r}; use 0.5")
    day = day_number(as_of)
    with graph.lock:
        n = graph.capacity
        rows = np.asarray(sorted(graph.index.values()), dtype=np.int64)
        start = sorted({i for pid in seeds if (i := graph.index.get(pid)) is not None})
        if not start:
            out = np.zeros(n)
            out[rows] = 1.0
            return out
        order, lens, target, weight = graph.spread(rows, as_of=day)
        dout = graph.day_degrees(day).out[:n].copy()
    source = rows[np.repeat(order, lens)]
    inv = np.zeros(n)
    inv[dout > 0] = 1.0 / dout[dout > 0]
    # x_{t+1}(v) = sum_u x_t(u) w(u, v) / d(u): the transpose of the row-stochastic walk
    walk = sp.csr_array((weight * inv[source], (target, source)), shape=(n, n))
    x = np.zeros(n)
    x[start] = 1.0 / len(start)
    for _ in range(steps if steps is not None else math.ceil(math.log2(max(n, 2)))):
        dangling = float(x[dout <= 0].sum())
        x = 0.5 * (x + walk @ x)  # a lazy walk: no back-and-forth between two sides
        if dangling > 0:  # a walk with nowhere to go starts again from the seeds
            x[start] += 0.5 * dangling / len(start)
            x[dout <= 0] *= 0.5
    linked = dout > 0
    level = x * inv
    median = float(np.median(level[linked])) if linked.any() else 0.0
    out = np.minimum(level / (floor * median), 1.0) if median > 0 else np.where(level > 0, 1.0, 0)
    out[start] = 1.0
    return np.asarray(out, dtype=np.float64)
