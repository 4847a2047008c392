"""Local personalised trust: forward push over a :class:`graph.live.LiveTrustGraph`.

:func:`graph.trust.personalized_trust` iterates over the whole graph (every
person, every edge, each step) until it converges. :func:`local_trust` computes
the same personalised PageRank by *forward push* (Andersen, Chung and Lang,
"Local graph partitioning using PageRank vectors", FOCS 2006): it only
touches the people whose share of the walk is large enough to matter, so its
cost depends on the viewer's neighbourhood and on the tolerance, not on the
size of the graph.

**Push.** Two vectors, the estimate ``p`` and the residual ``r``, start at
``p = 0`` and ``r = e_v`` (all the walk at the viewer ``v``). Pushing a person
``u`` moves ``(1 - alpha) r(u)`` into ``p(u)`` and spreads ``alpha r(u)`` over
``u``'s arcs in proportion to their (decayed) weights, or back to ``v`` if
``u`` has no arc (as networkx treats dangling nodes). With ``G`` the matrix
whose column ``u`` is where a walk started at ``u`` stops (stopping with
probability ``1 - alpha`` at each step), the exact personalised PageRank is
``pi = G e_v``; every push keeps the invariant ``pi = p + G r`` (``G e_u =
(1 - alpha) e_u + alpha G P^T e_u``). Pushes run in synchronous rounds (every
person over the threshold at once; compiled, :mod:`graph.push`) until every
residual is under the threshold: ``r(u) < eps * d(u)``, ``d(u)`` the weighted
out-degree (people without arcs are always pushed).

**Error bounds** (what :class:`LocalTrust` reports):

1. Always: ``0 <= pi - p`` component-wise and ``|pi - p|_1 = |r|_1`` exactly,
   since ``G`` is non-negative with columns summing to 1; ``|r|_1 < eps *
   sum of d(u) over the people still holding residual`` (``LocalTrust.residual``).
2. When every edge is mutual (a symmetric graph, no one-way arc): for every
   person ``w``, ``0 <= pi(w) - p(w) < eps * d(w)``. Proof: the walk is
   reversible, ``d(u) G(w, u) = d(w) G(u, w)``, so ``pi(w) - p(w) =
   sum_u r(u) G(w, u) < eps * d(w) * sum_u G(u, w) = eps * d(w)`` (the last sum
   is where a walk from ``w`` stops: 1). This is Andersen, Chung and Lang's
   bound. Hence the degree-normalised trust ``p(w) / (d(w) + prior)`` is within
   ``eps`` of the exact one, for everyone, reached or not.
3. With one-way arcs (e.g. endorsements): with ``beta`` the largest ratio of
   weight in to weight out, ``d_in(x) / d(x)`` over the people with arcs out
   (``d_in(x) = mutual(x) + arcs_in(x)``, ``d(x) = mutual(x) + arcs_out(x)``;
   1 on a symmetric graph), and ``alpha * beta < 1``: for every person ``w``
   with arcs out, ``0 <= e(w) <= eps * d(w) * (1 - alpha) / (1 - alpha *
   beta)``, and for someone without arcs out, ``e(w) <= alpha * arcs_in(w)``
   times the same per-degree bound, where ``e = G0 r`` is the error of the walk
   that ends (instead of restarting at ``v``) when it reaches someone without
   arcs out. Proof: ``e = (1 - alpha) r + alpha T0 e`` (``T0`` moves mass along
   the arcs, ``(T0 x)(w) = sum_u W(u, w) x(u) / d(u)``). Let ``g = e / d`` and
   ``u`` a person with arcs out where ``g`` is largest (``g(u) = g*``); every
   arc into ``u`` comes from someone with arcs out, so ``g* d(u) = (1 -
   alpha) r(u) + alpha sum_x W(x, u) g(x) <= (1 - alpha) eps d(u) + alpha g*
   d_in(u) <= (1 - alpha) eps d(u) + alpha beta g* d(u)``, hence ``g* (1 -
   alpha beta) <= (1 - alpha) eps``. Someone without arcs out holds no
   residual (they are always pushed), so ``e(w) = alpha sum_x W(x, w) g(x) <=
   alpha arcs_in(w) g*``. On a symmetric graph this is bound 2 again.

   The same step with the residual left instead of ``eps``: ``g* <= (1 -
   alpha) r(u) / (d(u) - alpha d_in(u))`` at the ``u`` where ``g`` is largest
   (``d(u) - alpha d_in(u) > 0`` for all since ``alpha beta < 1``; if ``u``
   held no residual, ``g* <= 0``). So ``g* <= (1 - alpha) max_u r(u) / (d(u)
   - alpha d_in(u))``, which is what is reported: ``eps / (1 - alpha b)`` for
   everyone whose ``d_in / d`` is at most a level ``b``, and the exact ratio
   for the few above it (:attr:`graph.live.DayDegrees.heavy`, the 256 people
   with the most weight in per weight out, kept with the degrees), so that a
   few people with much weight in do not set everyone's bound, at the cost of
   reading 256 residuals.

   The restarts need no bound of their own for *scaled* trust: a walk that
   reaches someone without arcs out (a share ``rho`` of the residual's walk)
   starts again as the viewer's own walk, so ``pi = p + G0 r + rho pi``, i.e.
   ``pi = (p + e) / (1 - rho)``: a common factor, which scaling removes. Hence
   ``0 <= x*(w) - x(w) <= delta`` for the normalised trust before scaling
   (``x*`` exact, up to the common factor; ``delta = C eps``, ``C`` from the
   bound above and the normaliser: ``max d / (max d + prior)`` or ``alpha
   max arcs_in / prior`` with "out", at most 2 with "degree"). ``beta``,
   ``max d`` and ``max arcs_in`` of the people without arcs out come from
   :attr:`graph.live.DayDegrees.inflow` (computed once a day, raised by every
   edit: upper bounds), so the bound costs almost nothing per query. It needs
   ``alpha * beta < 1``: one person anywhere whose weight in exceeds ``1 /
   alpha`` times their weight out (with endorsements of weight 0.1 and
   ``alpha = 0.85``: someone with one collaboration endorsed by two people who
   are not their collaborators) leaves only bound 1 (its L1 form, ``residual /
   prior``). Without scaling, and for the lone-tie split (where the restart
   keeps the first tie's label), bound 3 is used only when nobody without arcs
   out receives an arc (then no walk restarts).

**Scaling.** With normalised trust off by at most ``delta+`` upwards and
``delta-`` downwards (``delta-`` is the lone-tie split's error: it takes
away), dividing by the largest value ``top`` gives scaled trust within
``(delta+ + delta-) / top`` of the exact scaled trust (exact top ``U`` in
``[top - delta-, top + delta+]`` and ``x* <= U``), and never more than 1
(scaled trust is in [0, 1]).

**Tolerance.** With ``tol`` (the default) the threshold follows the answer:
``eps = tol * M``, ``M`` the largest degree-normalised trust found so far (it
only grows during the push, so earlier thresholds were lower). After scaling
the most trusted person to 1, every trust is then within ``tol`` of the exact
scaled trust on a symmetric graph, and within ``tol * (1 - alpha) / (1 - alpha
* beta)`` (times the normaliser's factor) with one-way arcs (``LocalTrust.error_bound``
states the bound that holds for the graph at hand). The work is at most ``1 / ((1 - alpha)
eps)`` arc visits: each push moves at least ``(1 - alpha) eps d(u)`` into
``p``, whose total is at most 1.

After propagation come the same steps as in :mod:`graph.trust`: degree
normalisation, one-hop negative claims, scaling to [0, 1].
"""

from __future__ import annotations

import datetime as dt
import math
import weakref
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from graph.live import DayDegrees, LiveTrustGraph, day_number
from graph.push import (
    NORMALISE_CODE,
    Workspace,
    arcs_of,
    claim_cuts,
    clear,
    kept_shares,
    largest_held,
    normalised_scores,
    push_rounds,
    split_rounds,
)
from graph.trust import claim_cut, top_indices

__all__ = ["SPLIT_THRESHOLD", "LocalTrust", "Normalise", "local_trust"]

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

#: How visit probabilities become trust: divided by the weighted out-degree plus a
#: prior ("out": endorsements received never lower anyone), by the mean of the
#: in- and out-degree plus a prior ("degree": :mod:`graph.trust`'s rule), or kept.
Normalise = Literal["out", "degree", "none"]

#: The lone-tie split's push threshold, a multiple of the walk's final one. Measured on 200
#: viewers at 100,000 people / 1M collaborations (6 December 2026, one process, three rounds
#: interleaved): the split at twice the walk's threshold costs about half as many pushes, one
#: viewer's trust 1.35 to 1.48 ms CPU p50 against 1.73 to 1.91 at the same threshold (plain
#: walk 1.04 to 1.19), and 99.7 % of a top 20 is the same; the bound the split adds,
#: ``(1 - lone_tie)`` times its threshold, doubles (reported p50 0.069 against 0.047 with
#: endorsements).
SPLIT_THRESHOLD = 2.0


class LocalTrust(Mapping[str, float]):
    """One viewer's trust in the people local propagation reached (a mapping id -> trust > 0).

    People not in the mapping have trust 0 (``t.get(pid, 0.0)``). Lookups are O(1)
    and :meth:`top` does not sort everyone.

    Attributes
    ----------
    viewer : str
    rows : ndarray of int
        Graph rows of the people with trust > 0, aligned with ``scores``.
    scores : ndarray of float
        Their trust.
    residual : float
        ``|pi - p|_1``: the walk's probability not yet placed (exact L1 error of the
        visit probabilities before normalisation).
    eps : float
        The threshold every residual ended under: ``r(u) < eps * d(u)``.
    error_bound : float
        A bound on ``|trust - exact trust|`` for every person, reached or not (see the module
        docstring): ``eps / M`` on a graph whose edges are all mutual; with one-way arcs the
        smaller of ``eps * C / M`` (bound 3, ``C = (1 - alpha) / (1 - alpha * beta)`` times the
        normaliser's factor) and ``residual / (prior * M)``; at most 1 (``M`` the largest
        normalised trust, the lone-tie split's error added).
    pushes : int
        Arc visits made (the work).
    rounds : int
        Synchronous push rounds.
    support : ndarray of int or None
        With ``local_trust(..., support=True)``: every row whose arcs, degrees, claims or
        flags the computation read (sorted): the people it pushed, those it gave a
        residual, those the lone-tie split met, and the viewer. The result is a function of
        those rows and of the graph-wide state :meth:`graph.live.LiveTrustGraph.shared_state`
        names: an edit to other rows leaves it as it is (how :class:`matcher.trust.TrustService`
        keeps a viewer's trust between requests).
    """

    __slots__ = (
        "_dense",
        "_found",
        "_ids",
        "_index",
        "_tops",
        "eps",
        "error_bound",
        "pushes",
        "residual",
        "rounds",
        "rows",
        "scores",
        "support",
        "viewer",
    )

    def __init__(
        self,
        viewer: str,
        rows: I64,
        scores: F64,
        dense: F64 | None,
        graph: LiveTrustGraph,
        *,
        residual: float = 0.0,
        eps: float = 0.0,
        error_bound: float = 0.0,
        pushes: int = 0,
        rounds: int = 0,
        support: I64 | None = None,
    ) -> None:
        self.viewer = viewer
        self.rows = rows
        self.scores = scores
        self._dense = dense
        self._found: dict[int, float] | None = None
        self._ids = graph._ids
        self._index = graph.index
        self.residual = residual
        self.eps = eps
        self.error_bound = error_bound
        self.pushes = pushes
        self.rounds = rounds
        self.support = support
        self._tops: dict[int, list[int]] = {}  # k -> order of the top k (no exclusion)

    def _value(self, pid: object) -> float | None:
        i = self._index.get(pid) if isinstance(pid, str) else None
        if i is None:
            return None
        if self._dense is None:  # compact: row -> trust, built on the first lookup
            found = self._found
            if found is None:
                # a suggestion asks about a hundred people (its pool, its intro paths'
                # connectors): a dict lookup each instead of a NumPy binary search each
                found = self._found = dict(
                    zip(self.rows.tolist(), self.scores.tolist(), strict=True)
                )
            return found.get(i)
        if i >= len(self._dense) or not self._dense[i] > 0:
            return None
        return float(self._dense[i])

    def __getitem__(self, pid: str) -> float:
        x = self._value(pid)
        if x is None:
            raise KeyError(pid)
        return x

    def get(self, pid: str, default: float | None = None) -> float | None:  # type: ignore[override]
        x = self._value(pid)
        return default if x is None else x

    def __contains__(self, pid: object) -> bool:
        return self._value(pid) is not None

    def compact(self) -> LocalTrust:
        """The same trust without the array the size of the graph: lookups in a dict of the
        people reached, built on the first lookup (what a suggestion or an event plan keeps
        per viewer).

        Examples
        --------
        >>> g = LiveTrustGraph.from_edges([("a", "b", 1.0, None), ("b", "c", 1.0, None)])
        >>> t = local_trust(g, "a", as_of=0).compact()
        >>> round(t["c"], 2), t.get("a", 0.0), "zed" in t, t.top(1)
        (0.64, 0.0, False, [('b', 1.0)])
        """
        out = LocalTrust.__new__(LocalTrust)
        for name in self.__slots__:
            setattr(out, name, getattr(self, name))
        out._dense = None
        return out

    def __iter__(self) -> Iterator[str]:
        ids = self._ids
        return (name for i in self.rows.tolist() if (name := ids[i]) is not None)

    def __len__(self) -> int:
        return len(self.rows)

    def top(self, k: int = 20, *, exclude: Iterable[str] = ()) -> list[tuple[str, float]]:
        """The ``k`` most trusted people, best first (ties by id), without sorting everyone.

        Examples
        --------
        >>> g = LiveTrustGraph.from_edges([("a", "b", 1.0, None), ("b", "c", 1.0, None)])
        >>> t = local_trust(g, "a", as_of=0)
        >>> t.top(1), [(pid, round(x, 2)) for pid, x in t.top(5, exclude={"b"})]
        ([('b', 1.0)], [('c', 0.64)])
        """
        ids, rows = self._ids, self.rows
        banned = [i for pid in exclude if (i := self._index.get(pid)) is not None]
        order = self._tops.get(k) if not banned else None
        if order is None:
            skip = np.flatnonzero(np.isin(rows, banned)).tolist() if banned else ()
            order = top_indices(self.scores, k, skip=skip, key=lambda j: str(ids[int(rows[j])]))
            if not banned:  # a suggestion asks for the same k on every page: kept
                self._tops[k] = order
        # people erased since the query are left out
        return [
            (name, float(self.scores[j])) for j in order if (name := ids[int(rows[j])]) is not None
        ]

    def as_dict(self) -> dict[str, float]:
        """Everyone with trust > 0, as a plain dict (keeps no array the size of the graph).

        Examples
        --------
        >>> g = LiveTrustGraph.from_edges([("a", "b", 1.0, None), ("b", "c", 1.0, None)])
        >>> {pid: round(x, 2) for pid, x in local_trust(g, "a", as_of=0).as_dict().items()}
        {'b': 1.0, 'c': 0.64}
        """
        ids = self._ids
        return {
            name: x
            for i, x in zip(self.rows.tolist(), self.scores.tolist(), strict=True)
            if (name := ids[i]) is not None
        }


def local_trust(
    graph: LiveTrustGraph,
    viewer: str,
    *,
    as_of: dt.date | int | float,
    alpha: float = 0.85,
    tol: float = 1e-3,
    eps: float | None = None,
    steps: int | None = None,
    normalise: Normalise = "out",
    degree_prior: float = 1.0,
    negative_weight: float = 1.0,
    scale: bool = True,
    legitimacy: F64 | None = None,
    max_pushes: int | None = None,
    max_rounds: int = 100_000,
    dense: bool = True,
    lone_tie: float | None = None,
    split_threshold: float = SPLIT_THRESHOLD,
    support: bool = False,
) -> LocalTrust:
    """Trust of ``viewer`` in the people around them, by forward push (see the module docstring).

    Parameters
    ----------
    graph : LiveTrustGraph
    viewer : str
        Whose point of view; someone outside the graph trusts nobody.
    as_of : date or day number
        Day at which edge weights are decayed.
    alpha : float
        Probability of following an arc at each step.
    tol : float
        Target error of the scaled trust (relative to the most trusted person):
        the push threshold is ``tol`` times the largest normalised trust found.
    eps : float, optional
        A fixed push threshold instead (``r(u) < eps * d(u)`` at the end); 0 pushes
        until every residual is spent (only with ``steps``).
    steps : int, optional
        Early termination: stop after this many rounds and keep the residual as
        visits (with ``eps=0``, exactly ``steps`` power iterations of
        :meth:`graph.trust.TrustGraph.propagate`).
    normalise : {"out", "degree", "none"}
        See :data:`Normalise`.
    degree_prior : float
        Added to every degree before dividing (>= 0).
    negative_weight : float
        Strength of one-hop negative claims (0 ignores them).
    scale : bool
        Divide by the largest trust, so values lie in [0, 1].
    legitimacy : ndarray, optional
        A factor in [0, 1] per graph row (:func:`graph.legitimacy.legitimacy`) that
        multiplies everyone's trust except the viewer's direct ties; rows added since
        it was computed count 0 until the next refresh.
    max_pushes : int, optional
        A work budget (arc visits): when the next round would pass it, the people
        with the largest residual per degree are pushed within what is left and the
        push stops. The bounds reported then follow the residuals left (``eps`` is
        raised to the largest ``r(u) / d(u)``), so ``error_bound`` may exceed ``tol``.
    max_rounds : int
        A guard: raise if the push has not finished after this many rounds.
    dense : bool
        Keep an array the size of the graph for O(1) lookups; False gives the
        :meth:`LocalTrust.compact` form directly (lookups in a dict of the people reached).
    lone_tie : float, optional
        No single tie vouches alone: the share, in [0, 1], of what reaches a person
        through the viewer's one busiest first-hand tie that is kept (the rest of their
        trust, through the viewer's other ties, is kept whole). The viewer's direct ties
        keep all their trust. None (or 1): the plain walk. The walk is split by first
        hop (:func:`_through_one_tie`) to ``split_threshold`` times the walk's final
        threshold, so the error bound adds the split's own. Not applied with ``steps``
        (early termination keeps the plain walk).
    split_threshold : float
        With ``lone_tie``: the split's push threshold as a multiple of the walk's (>= 1;
        :data:`SPLIT_THRESHOLD`). The split's error enters the trust times
        ``1 - lone_tie``, so the bound for collaborations only is
        ``(1 + split_threshold * (1 - lone_tie)) * tol``.
    support : bool
        Also report the rows the computation read (:attr:`LocalTrust.support`).

    Returns
    -------
    LocalTrust

    Examples
    --------
    A path a - b - c - d: the trust of a, and the same against the power iteration.

    >>> g = LiveTrustGraph.from_edges([("a", "b", 1.0, None), ("b", "c", 1.0, None),
    ...                                ("c", "d", 1.0, None)])
    >>> t = local_trust(g, "a", as_of=0, tol=1e-6)
    >>> [(pid, round(x, 4)) for pid, x in t.top(3)]
    [('b', 1.0), ('c', 0.6654), ('d', 0.4242)]
    >>> from graph.trust import personalized_trust
    >>> exact = personalized_trust(g.snapshot(as_of=0), "a")
    >>> round(exact["c"], 4), t.error_bound <= 1e-6, abs(exact["c"] - t["c"]) <= t.error_bound
    (0.6654, True, True)
    """
    if not 0.0 <= alpha < 1.0:
        raise ValueError(f"alpha must be in [0, 1), got {alpha!r}; networkx uses 0.85")
    if degree_prior < 0:
        raise ValueError(f"degree_prior must be >= 0, got {degree_prior!r}; use 1.0")
    if eps is None and not tol > 0:
        raise ValueError(f"tol must be > 0, got {tol!r}; use 1e-3, or pass eps and steps")
    if eps is not None and (eps < 0 or (eps == 0 and steps is None)):
        raise ValueError(f"eps must be > 0 (or 0 with steps), got {eps!r}")
    if not split_threshold >= 1.0:
        raise ValueError(f"split_threshold must be >= 1, got {split_threshold!r}; use 2.0")
    day = day_number(as_of)
    empty = np.zeros(0)
    with graph.lock:
        s = graph.index.get(viewer)
        n = graph.capacity
        if s is None:
            none = np.zeros(0, np.int64) if support else None
            return LocalTrust(viewer, np.zeros(0, np.int64), empty, empty, graph, support=none)
        deg = graph.day_degrees(day)
        dout = deg.out

        ws = _workspace(graph, n)
        cut = ws.cut
        arcs = tuple(graph.arcs(as_of=day))
        first_targets, first_weights = arcs_of(s, arcs)
        penalised = np.zeros(0, dtype=np.int64)
        if negative_weight > 0:
            penalised = _cut_by_claims(
                graph, s, first_targets, first_weights, day, cut, negative_weight
            )
        direct = np.unique(first_targets) if legitimacy is not None else np.zeros(0, np.int64)

        mode, prior = NORMALISE_CODE[normalise], float(degree_prior)
        has_legit = legitimacy is not None
        legit = np.ascontiguousarray(legitimacy, np.float64) if has_legit else np.zeros(0)
        heavy = ws.heavy_rows(deg.heavy)
        nodes = None
        n_touched = 0
        try:
            nodes, threshold, pushes, rounds, failed, n_touched = push_rounds(
                s,
                arcs,
                dout,
                deg.mutual,
                deg.arcs_out,
                deg.arcs_in,
                mode,
                prior,
                float(alpha),
                float(tol),
                -1.0 if eps is None else float(eps),
                -1 if steps is None else int(steps),
                -1 if max_pushes is None else int(max_pushes),
                int(max_rounds),
                cut,
                legit,
                has_legit,
                direct,
                not has_legit and not len(penalised),  # every kept share is 1
                ws.arrays(),
                ws.stamp,
            )
            ws.stamp += rounds + 1
            read: list[I64] = [nodes, ws.touched[:n_touched].copy()] if support else []
            visits = ws.p[nodes]  # aligned with nodes
            held_r = ws.r[heavy]  # residuals of the people with the most weight in per out
            if steps is not None:
                left = ws.r[nodes]
                residual = float(left.sum())
                visits += left
            else:
                residual = max(0.0, 1.0 - float(visits.sum()))
            if has_legit:
                keep_nodes = kept_shares(nodes, cut, legit, has_legit, direct)
            elif len(penalised):  # 1 - cut: 1 but for the people claimed against
                keep_nodes = np.ones(len(nodes))
                at = np.searchsorted(nodes, penalised)
                hit = at < len(nodes)
                hit[hit] = nodes[at[hit]] == penalised[hit]
                keep_nodes[at[hit]] = 1.0 - cut[penalised[hit]]
            else:
                keep_nodes = _NO_CUT  # every share kept whole
        finally:
            if nodes is None:  # the push failed: nobody knows which slots it wrote
                _WORKSPACES.pop(graph, None)
            else:
                clear(ws.p, ws.r, nodes, ws.touched[:n_touched], s)
                cut[penalised] = 0.0
        if failed:
            raise RuntimeError(
                f"local trust of {viewer!r} did not finish in {max_rounds} rounds; raise tol or eps"
            )
        # the lone-tie cut's own error (0 without it): it lowers trust, so it may err downwards
        cut_residual = cut_eps = split_eps = 0.0
        split_done = False
        heavy_r = np.zeros(len(heavy))  # the split's largest residual of each heavy person
        if lone_tie is not None and lone_tie < 1.0 and steps is None:
            try:
                split = _through_one_tie(
                    arcs,
                    s,
                    alpha,
                    threshold * split_threshold,
                    nodes,
                    dout,
                    max_pushes,
                    max_rounds,
                    heavy,
                    ws,
                )
            except BaseException:  # nobody knows which slots the split wrote
                _WORKSPACES.pop(graph, None)
                raise
            if split is not None:
                largest, met, split_residual, split_eps, split_pushes, heavy_r = split
                if support:
                    read.append(met)
                # largest is 0 for the viewer and its first hops: only strangers lose
                visits = np.maximum(0.0, visits - (1.0 - lone_tie) * largest)
                cut_residual = (1.0 - lone_tie) * split_residual
                cut_eps = (1.0 - lone_tie) * split_eps
                pushes += split_pushes
                split_done = True
        plain = normalise == "none" and not scale
        # divided by the normaliser, times the share kept, the viewer's own 0, scaled (top 0:
        # nobody kept any trust, only the trivial bound holds); the rows above 0
        kept, kept_scores, top = normalised_scores(
            nodes,
            visits,
            keep_nodes,
            s,
            plain,
            scale,
            mode,
            prior,
            dout,
            deg.mutual,
            deg.arcs_out,
            deg.arcs_in,
        )
        if steps is not None:
            bound = 0.0 if threshold == 0 else math.inf
        elif top == 0:
            bound = 0.0 if residual + cut_residual == 0 else 1.0
        else:
            per = degree_prior if normalise != "none" else 1.0
            # largest error of a normalised trust: upwards (gain) and downwards (loss)
            gain, loss = _ratio(residual, per), _ratio(cut_residual, per)
            factor = _pointwise(
                deg.inflow, alpha, normalise, degree_prior, graph.has_arcs, scale, split_done
            )
            if factor is not None:
                per_eps, reach = factor
                main = _largest_share(held_r, heavy, threshold, deg, alpha)
                gain = min(gain, reach * min(per_eps * threshold, main))
                if split_done:
                    split_main = _largest_share(heavy_r, heavy, split_eps, deg, alpha)
                    share = 1.0 - (lone_tie or 0.0)
                    loss = min(loss, reach * share * min(per_eps * split_eps, split_main))
            # scaled: (gain + loss) / top (module docstring); unscaled: the larger of the two
            bound = min(1.0, (gain + loss) / top) if scale else max(gain, loss)
        residual += cut_residual
        threshold += cut_eps
        full: F64 | None = None
        if dense:
            full = np.zeros(n)
            full[kept] = kept_scores
        rows_read = None
        if support:  # (the viewer's first hops are in it: they were given a residual)
            rows_read = distinct(np.concatenate([*read, np.array([s], dtype=np.int64)]))
        return LocalTrust(
            viewer,
            kept,
            kept_scores,
            full,
            graph,
            residual=residual,
            eps=threshold,
            error_bound=bound,
            pushes=pushes,
            rounds=rounds,
            support=rows_read,
        )


def distinct(rows: I64) -> I64:
    """``rows`` sorted, each once: :func:`numpy.unique`'s result, by a sort and a comparison
    of neighbours. NumPy 2.3's ``unique`` goes through a hash table first (``_unique_hash``)
    and sorts after: 0.92 ms for a viewer's support at 100,000 people (9,400 rows read, 6,900
    distinct), against 0.11 ms this way (8 December, same process, same arrays).

    Examples
    --------
    >>> distinct(np.array([5, 1, 5, 3, 1], dtype=np.int64)).tolist()
    [1, 3, 5]
    """
    out = np.sort(rows)
    if len(out) > 1:
        keep = np.empty(len(out), dtype=np.bool_)
        keep[0] = True
        np.not_equal(out[1:], out[:-1], out=keep[1:])
        out = out[keep]
    return out


_NO_CUT = np.zeros(0)  # :func:`graph.push.normalised_scores`: every share kept whole

#: One :class:`graph.push.Workspace` per graph, used under the graph's lock.
_WORKSPACES: weakref.WeakKeyDictionary[LiveTrustGraph, Workspace] = weakref.WeakKeyDictionary()


def _workspace(graph: LiveTrustGraph, n: int) -> Workspace:
    """The graph's workspace, with a slot for each of its ``n`` rows (hold ``graph.lock``)."""
    ws = _WORKSPACES.get(graph)
    if ws is None or ws.n < n:
        ws = _WORKSPACES[graph] = Workspace(max(n, 2 * ws.n if ws is not None else n))
    return ws


def _ratio(x: float, per: float) -> float:
    """``x / per``, 0 when ``x`` is 0 and infinite when ``per`` is 0."""
    if x <= 0:
        return 0.0
    return x / per if per > 0 else math.inf


def _pointwise(
    inflow: F64,
    alpha: float,
    normalise: Normalise,
    degree_prior: float,
    has_arcs: bool,
    scale: bool,
    split: bool,
) -> tuple[float, float] | None:
    """``C`` as a pair whose product it is: every normalised trust is within ``C * eps`` of the
    exact one when every residual is under ``eps`` per unit of out-weight (the module
    docstring's bound 3), or None when no such bound is known (then only the L1 bound holds).
    The pair: ``(1 - alpha) / (1 - alpha * beta)`` (the error per unit of out-weight, over
    ``eps``) and ``reach``, the largest out-weight (or in-weight, for people without arcs out)
    over the normaliser.

    ``inflow`` is :attr:`graph.live.DayDegrees.inflow`: ``beta`` (the largest weight in over
    weight out), ``a`` (the largest weight of arcs into someone without arcs out), the largest
    out-weight and the largest out-weight over the mean of in- and out-weight."""
    beta, dangling, largest, mean = inflow[:4].tolist()
    if not has_arcs:  # every edge mutual: Andersen-Chung-Lang (beta = 1, nobody dangling)
        beta, dangling, mean = 1.0, 0.0, 1.0
    if not alpha * beta < 1.0 - 1e-9:
        return None
    if dangling > 0 and (split or not scale):
        # walks that reach someone without arcs restart at the viewer: only a common factor
        # of the plain walk's trust, which scaling removes (not of the split by first tie)
        return None
    per_eps = (1.0 - alpha) / (1.0 - alpha * beta)  # error per unit of out-weight, over eps
    if normalise == "out":
        reach = largest / (largest + degree_prior) if largest > 0 else 0.0
        if degree_prior > 0:
            reach = max(reach, alpha * dangling / degree_prior)
    elif normalise == "degree":
        # d / (q + prior) with q = mutual + (arcs_out + arcs_in) / 2 >= d / mean and d <= largest
        reach = mean * largest / (largest + mean * degree_prior) if largest > 0 else 0.0
        if dangling > 0:
            reach = max(reach, 2.0 * alpha)
    else:
        reach = max(largest, alpha * dangling)
    return per_eps, reach


def _largest_share(left: F64, heavy: I64, eps: float, deg: DayDegrees, alpha: float) -> float:
    """Bound 3 with the residuals left: ``(1 - alpha) max r(u) / (d(u) - alpha d_in(u))``
    over everyone, with ``r(u) < eps d(u)`` for all and ``left`` the residuals of ``heavy``
    (:attr:`graph.live.DayDegrees.heavy`, the only people whose ``d_in / d`` passes the level
    ``b = inflow[4]``): ``(1 - alpha) max(eps / (1 - alpha b), max over heavy)``."""
    level = float(deg.inflow[4])
    if not alpha * level < 1.0 - 1e-9:
        return math.inf
    largest = eps / (1.0 - alpha * level)
    held = float(largest_held(left, heavy, deg.out, deg.mutual, deg.arcs_in, float(alpha)))
    if held == math.inf:
        return math.inf
    return (1.0 - alpha) * max(largest, held)


def _through_one_tie(
    arcs: tuple[Any, ...],
    s: int,
    alpha: float,
    eps: float,
    nodes: I64,
    dout: F64,
    max_pushes: int | None,
    max_rounds: int,
    heavy: I64,
    ws: Workspace,
) -> tuple[F64, I64, float, float, int, F64] | None:
    """The viewer's walk split by its first step: for each of ``nodes`` (sorted), the
    largest visit probability that came through one first-hand tie (a walk keeps the label
    of the first person it went to, even when it comes back through the viewer); 0 for the
    viewer and its first hops, whom the cut never lowers.

    The same forward push as :func:`local_trust`, over (person, first hop) pairs, with the
    threshold ``eps`` (:func:`graph.push.split_rounds`): each part's residual ends under
    ``eps * d(u)``, so on a symmetric graph each part is within ``eps * d(w)`` of its exact
    value for every ``w``, and so is their largest. Returns ``(largest, met, residual, eps,
    pushes, heavy_r)``, ``met`` the rows the split read (their arcs or degrees), ``heavy_r``
    the largest residual over the first hops of each of ``heavy`` (for bound 3); None when the viewer has fewer than two first-hand ties (nothing
    to split: one tie carries everything).
    """
    largest, first, residual, split_eps, pushes, heavy_r, ws.split, used = split_rounds(
        s,
        arcs,
        dout,
        float(alpha),
        float(eps),
        -1 if max_pushes is None else int(max_pushes),
        int(max_rounds),
        nodes,
        heavy,
        ws.slot,
        ws.split,
    )
    if not len(first):
        return None
    met = ws.split[0][:used].copy()  # the rows the split read (its support)
    return largest, met, float(residual), float(split_eps), int(pushes), heavy_r


def _cut_by_claims(
    graph: LiveTrustGraph, s: int, dst: I64, w: F64, day: float, cut: F64, negative_weight: float
) -> I64:
    """Write into ``cut`` the share of trust the one-hop negative claims seen by row ``s``
    take from each person claimed against (:func:`_penalties`, :func:`graph.trust.claim_cut`);
    returns those people's rows, sorted. Compiled over the claims the cold build packed
    (:func:`graph.push.claim_cuts`), unless one of the raters was edited since."""
    total = float(w.sum())
    raters = np.append(dst, s)
    shares = np.append(w / total if total > 0 else np.zeros(len(w)), 1.0)
    ptr, target, weight, dirty = graph.claims_base(as_of=day)
    penalised, ok = claim_cuts(raters, shares, ptr, target, weight, dirty, negative_weight, cut)
    if ok:
        return penalised  # type: ignore[no-any-return]
    penalised, amount = _penalties(graph, s, dst, w, day)
    cut[penalised] = claim_cut(amount, negative_weight)
    return penalised


def _penalties(graph: LiveTrustGraph, s: int, dst: I64, w: F64, day: float) -> tuple[I64, F64]:
    """One-hop negative claims seen by row ``s``: its own (share 1), and those of the people
    it trusts directly (``dst``, the targets of its arcs, weighing ``w``: their share of its
    out-weight). Returns the target rows (each once) and, for each, the sum of share * |claim|."""
    total = float(w.sum())
    raters = np.append(dst, s)
    shares = np.append(w / total if total > 0 else np.zeros(len(w)), 1.0)
    which, target, claim = graph.claims_of(raters.tolist(), as_of=day)
    if not len(target):
        return target, claim
    targets, at = np.unique(target, return_inverse=True)
    amount: F64 = np.bincount(at, shares[which] * -claim, minlength=len(targets)).astype(float)
    return targets, amount
