"""Personalised, Sybil-resistant trust over a weighted graph of people.

Generic: people are string ids, trust is a weighted edge. networkx builds and
holds the graph (:attr:`TrustGraph.nx`); a scipy sparse transition matrix is
built once from the same edges, and each viewer's trust is a power iteration
over it.

The model, for a viewer ``v``:

1. **Propagation** (personalised PageRank): a walker starts at ``v``; at each
   step it follows an out-edge with probability ``alpha`` (choosing edges in
   proportion to their weight: *degree-normalised* transitions) or jumps back
   to ``v``. A walker at a node with no out-edge jumps back to ``v``. The
   stationary visit probability is ``p(u)``. With ``steps`` set, propagation
   stops after that many steps (early termination, as in SybilRank): trust
   reaches at most ``steps`` hops.
2. **Degree normalisation** (``normalise="degree"``): ``p(u) / (deg(u) + prior)``,
   with ``deg`` the weighted degree, the mean of in- and out-weight. On an
   undirected graph a random walk visits nodes in proportion to their degree, so
   this removes the advantage of simply having many edges, such as those of a
   clique of fake accounts. The ``degree_prior`` keeps someone whose only tie is
   one weak edge from looking as trusted as a close collaborator. With
   ``normalise="out"`` the degree is the out-weight alone (what the walk divides
   by): the same on mutual edges, but one-way arcs someone *receives* (e.g.
   endorsements) no longer raise their degree, so nobody can be demoted by being
   endorsed (with ``"degree"``, 50 endorsements by fakes halve a person's trust).
3. **Scaling** (``scale=True``): divided by the largest value among the other
   people, so trust lies in [0, 1] and the most trusted person scores 1.
4. **Negative claims act one hop only**: a negative claim ``(rater, target,
   weight < 0)`` never enters propagation. It lowers ``target`` for the viewer
   when the viewer is the rater, and for viewers who trust the rater directly,
   in proportion to the share of the viewer's out-weight that goes to the rater:
   ``trust(t) *= 1 - min(1, negative_weight * sum(share(r) * |w(r, t)|))`` with
   ``share(v) = 1``.

With ``normalise="none"``, ``scale=False`` and no negative claims the result is
exactly ``networkx.pagerank(G, alpha, personalization={viewer: 1})``.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import networkx as nx
import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

__all__ = ["Trust", "TrustGraph", "claim_cut", "personalized_trust", "top_indices"]

logger = logging.getLogger(__name__)

F64 = npt.NDArray[np.float64]
Edge = tuple[str, str, float]


def _check_weight(edge: Edge, *, negative: bool) -> None:
    a, b, w = edge
    if a == b:
        raise ValueError(f"edge ({a!r}, {b!r}): a person cannot trust themselves; drop the loop")
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
            " as negatives (they act one hop only)"
        )


class TrustGraph:
    """Who trusts whom, and how much: a weighted directed graph plus one-hop negative claims.

    Parameters
    ----------
    edges : iterable of (str, str, float)
        Mutual trust (e.g. a confirmed collaboration): added in both directions.
        Weights must be > 0; repeated pairs add up.
    arcs : iterable of (str, str, float)
        One-way trust ``a -> b`` (e.g. ``a`` endorses ``b``). Weights > 0; repeats add up.
    negatives : iterable of (str, str, float)
        Negative claims ``(rater, target, weight)`` with weight in [-1, 0); they
        act one hop only (see the module docstring). Repeats add up (capped at -1).
    nodes : iterable of str
        People without any edge yet.

    Attributes
    ----------
    nx : networkx.DiGraph
        The graph (positive weights on attribute ``weight``).
    ids : tuple of str
        Node ids, sorted: row ``i`` of every vector is ``ids[i]``.

    Examples
    --------
    >>> g = TrustGraph([("ana", "bob", 1.0)], arcs=[("bob", "cy", 0.1)])
    >>> g.ids, g.nx["bob"]["cy"]["weight"], g.nx.has_edge("cy", "bob")
    (('ana', 'bob', 'cy'), 0.1, False)
    >>> len(g), g.n_edges
    (3, 3)
    """

    def __init__(
        self,
        edges: Iterable[Edge] = (),
        *,
        arcs: Iterable[Edge] = (),
        negatives: Iterable[Edge] = (),
        nodes: Iterable[str] = (),
    ) -> None:
        weights: dict[tuple[str, str], float] = {}
        for edge in edges:
            _check_weight(edge, negative=False)
            a, b, w = edge
            weights[(a, b)] = weights.get((a, b), 0.0) + float(w)
            weights[(b, a)] = weights.get((b, a), 0.0) + float(w)
        for arc in arcs:
            _check_weight(arc, negative=False)
            a, b, w = arc
            weights[(a, b)] = weights.get((a, b), 0.0) + float(w)
        neg: dict[tuple[str, str], float] = {}
        for claim in negatives:
            _check_weight(claim, negative=True)
            a, b, w = claim
            neg[(a, b)] = max(-1.0, neg.get((a, b), 0.0) + float(w))
        names = set(nodes)
        for a, b in weights:
            names.add(a)
            names.add(b)
        for a, b in neg:
            names.add(a)
            names.add(b)
        self.ids: tuple[str, ...] = tuple(sorted(names))
        self.index: dict[str, int] = {pid: i for i, pid in enumerate(self.ids)}
        self.negatives: dict[tuple[str, str], float] = neg
        graph = nx.DiGraph()
        graph.add_nodes_from(self.ids)
        # sorted so that the graph (and every float sum over it) is independent of input order
        ordered = sorted(weights.items())
        graph.add_weighted_edges_from((a, b, w) for (a, b), w in ordered)
        self.nx: nx.DiGraph = graph
        n = len(self.ids)
        idx = self.index
        src = np.fromiter((idx[a] for (a, _), _ in ordered), dtype=np.int64, count=len(ordered))
        dst = np.fromiter((idx[b] for (_, b), _ in ordered), dtype=np.int64, count=len(ordered))
        val = np.fromiter((w for _, w in ordered), dtype=np.float64, count=len(ordered))
        adj = sp.csr_array((val, (src, dst)), shape=(n, n))
        self.out_weight: F64 = np.asarray(adj.sum(axis=1), dtype=np.float64).ravel()
        self.in_weight: F64 = np.asarray(adj.sum(axis=0), dtype=np.float64).ravel()
        inv = np.zeros(n)
        nonzero = self.out_weight > 0
        inv[nonzero] = 1.0 / self.out_weight[nonzero]
        # column-stochastic transpose of the degree-normalised transition matrix
        self._pt: sp.csr_array = sp.csr_array((sp.diags_array(inv) @ adj).T)
        self._dangling: npt.NDArray[np.bool_] = ~nonzero
        self._neg_by_rater: dict[int, list[tuple[int, float]]] = {}
        for (a, b), w in sorted(neg.items()):
            self._neg_by_rater.setdefault(idx[a], []).append((idx[b], w))
        logger.debug("trust graph: %d people, %d weighted arcs", n, len(ordered))

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, pid: object) -> bool:
        return pid in self.index

    @property
    def n_edges(self) -> int:
        """Number of directed weighted arcs (a mutual edge counts twice)."""
        return int(self.nx.number_of_edges())

    def weight(self, a: str, b: str) -> float:
        """Positive weight of the arc ``a -> b`` (0.0 if none).

        Examples
        --------
        >>> TrustGraph([("a", "b", 0.5), ("a", "b", 0.25)]).weight("b", "a")
        0.75
        """
        data = self.nx.get_edge_data(a, b)
        return float(data["weight"]) if data else 0.0

    def successors(self, pid: str) -> Mapping[str, Mapping[str, float]]:
        """The people ``pid`` trusts, with the arc data (``{"weight": w}``).

        Examples
        --------
        >>> dict(TrustGraph([("a", "b", 0.5)]).successors("a"))
        {'b': {'weight': 0.5}}
        """
        if pid not in self.index:
            return {}
        succ: Mapping[str, Mapping[str, float]] = self.nx.succ[pid]
        return succ

    def predecessors(self, pid: str) -> Mapping[str, Mapping[str, float]]:
        """The people who trust ``pid``, with the arc data.

        Examples
        --------
        >>> sorted(TrustGraph(arcs=[("a", "c", 0.1), ("b", "c", 0.1)]).predecessors("c"))
        ['a', 'b']
        """
        if pid not in self.index:
            return {}
        pred: Mapping[str, Mapping[str, float]] = self.nx.pred[pid]
        return pred

    def out_weights(self, pid: str) -> Mapping[str, float]:
        """``{b: weight}`` for every arc ``pid -> b`` (a view, nothing copied).

        Examples
        --------
        >>> dict(TrustGraph([("a", "b", 0.5)]).out_weights("a"))
        {'b': 0.5}
        """
        return _Weights(self.nx.succ[pid] if pid in self.index else {})

    def in_weights(self, pid: str) -> Mapping[str, float]:
        """``{a: weight}`` for every arc ``a -> pid`` (a view, nothing copied)."""
        return _Weights(self.nx.pred[pid] if pid in self.index else {})

    def propagate(
        self,
        seeds: F64,
        *,
        alpha: float = 0.85,
        steps: int | None = None,
        tol: float = 1e-10,
        max_iter: int = 1000,
    ) -> F64:
        """Personalised PageRank by power iteration for one or many seed vectors.

        Parameters
        ----------
        seeds : ndarray, shape (n,) or (n, m)
            Teleport distribution(s), each column summing to 1.
        alpha : float
            Probability of following an edge at each step (networkx's ``alpha``).
        steps : int, optional
            Stop after exactly this many steps (early termination); by default
            iterate until the L1 change of every column is under ``tol``.
        tol, max_iter
            Convergence threshold (L1, absolute) and iteration cap.

        Returns
        -------
        ndarray
            Visit probabilities, same shape as ``seeds``.

        Examples
        --------
        >>> g = TrustGraph([("a", "b", 1.0)])
        >>> g.propagate(np.array([1.0, 0.0]), alpha=0.5).round(4).tolist()
        [0.6667, 0.3333]
        """
        if not 0.0 <= alpha < 1.0:
            raise ValueError(f"alpha must be in [0, 1), got {alpha!r}; networkx uses 0.85")
        p = np.asarray(seeds, dtype=np.float64)
        x = p.copy()
        limit = steps if steps is not None else max_iter
        for it in range(limit):
            dangling = x[self._dangling].sum(axis=0)
            new = alpha * (self._pt @ x + dangling * p) + (1.0 - alpha) * p
            err = np.abs(new - x).sum(axis=0).max()
            x = new
            if steps is None and err < tol:
                logger.debug("personalised trust converged in %d iterations", it + 1)
                break
        else:
            if steps is None:
                logger.warning("personalised trust did not converge in %d iterations", limit)
        return x


def top_indices(
    values: F64,
    k: int,
    *,
    skip: Iterable[int] = (),
    key: Callable[[int], Any] | None = None,
) -> list[int]:
    """Positions of the ``k`` largest positive ``values``, best first, without sorting them all.

    ``np.argpartition`` keeps every value tied with the k-th largest; only those
    are sorted, by value and then by ``key`` (default: the position). Positions
    in ``skip`` are left out. O(n + k log k).

    Examples
    --------
    >>> top_indices(np.array([0.5, 0.0, 0.9, 0.5, 0.1]), 3)
    [2, 0, 3]
    >>> top_indices(np.array([0.5, 0.0, 0.9, 0.5, 0.1]), 3, skip={2}, key=lambda i: -i)
    [3, 0, 4]
    """
    if k <= 0 or len(values) == 0:
        return []
    banned = set(skip)
    want = k + len(banned)
    if want < len(values):
        neg = -values
        kth = np.partition(neg, want - 1)[want - 1]
        cand = np.flatnonzero(neg <= kth)
    else:
        cand = np.arange(len(values))
    cand = cand[values[cand] > 0]
    tie = key if key is not None else int
    order = sorted(cand.tolist(), key=lambda i: (-float(values[i]), tie(i)))
    return [i for i in order if i not in banned][:k]


class _Weights(Mapping[str, float]):
    """A networkx adjacency ``{b: {"weight": w}}`` read as ``{b: w}``."""

    __slots__ = ("_adj",)

    def __init__(self, adj: Mapping[str, Mapping[str, Any]]) -> None:
        self._adj = adj

    def __getitem__(self, key: str) -> float:
        return float(self._adj[key]["weight"])

    def __contains__(self, key: object) -> bool:
        return key in self._adj

    def __iter__(self) -> Iterator[str]:
        return iter(self._adj)

    def __len__(self) -> int:
        return len(self._adj)


@dataclass(frozen=True, slots=True, eq=False)
class Trust:
    """One viewer's trust in everyone of a :class:`TrustGraph`.

    ``values[i]`` is the trust in ``ids[i]``. The viewer's own entry is 0, except in
    plain PageRank mode (``normalise="none"``, ``scale=False``) where every entry,
    the viewer's included, is the raw visit probability.
    """

    viewer: str
    ids: tuple[str, ...]
    values: F64
    index: Mapping[str, int]

    def __getitem__(self, pid: str) -> float:
        """Trust in ``pid`` (0.0 for someone outside the graph)."""
        i = self.index.get(pid)
        return float(self.values[i]) if i is not None else 0.0

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def top(self, k: int = 20, *, exclude: Iterable[str] = ()) -> list[tuple[str, float]]:
        """The ``k`` most trusted people with trust > 0, best first (ties by id).

        Examples
        --------
        >>> g = TrustGraph([("a", "b", 1.0), ("b", "c", 1.0)])
        >>> [pid for pid, _ in personalized_trust(g, "a").top(2)]
        ['b', 'c']
        """
        skip = {self.index[p] for p in exclude if p in self.index}
        return [
            (self.ids[i], float(self.values[i])) for i in top_indices(self.values, k, skip=skip)
        ]

    def as_dict(self) -> dict[str, float]:
        """Everyone with trust > 0.

        Examples
        --------
        >>> personalized_trust(TrustGraph([("a", "b", 1.0)]), "a").as_dict()
        {'b': 1.0}
        """
        return {self.ids[i]: float(self.values[i]) for i in np.flatnonzero(self.values > 0)}


def _lone_tie(
    graph: TrustGraph,
    viewer: str,
    p: F64,
    *,
    alpha: float,
    tol: float,
    keep: float,
) -> F64:
    """``p`` less ``1 - keep`` of the largest part that went through one first-hand tie.

    A walk from the viewer first goes to a person ``u`` with probability ``alpha w(v, u) /
    d(v)`` and then walks on as a walk from ``u`` would: ``p = (1 - alpha) e_v + sum_u alpha
    w(v, u) / d(v) pi_u`` (a walk that reaches someone without arcs restarts at the viewer,
    as in ``p``, and keeps counting in ``pi_u``). The largest of those parts is taken from everyone but the
    viewer and their direct ties (whose trust is first-hand)."""
    ties = graph.out_weights(viewer)
    if len(ties) < 2:
        return p
    v = graph.index[viewer]
    first = np.array([graph.index[u] for u in sorted(ties)], dtype=np.int64)
    share = np.array([ties[u] for u in sorted(ties)]) * alpha / graph.out_weight[v]
    seeds = np.zeros((len(graph), len(first)))
    seeds[first, np.arange(len(first))] = 1.0
    parts = graph.propagate(seeds, alpha=alpha, tol=tol)
    if alpha > 0 and graph._dangling.any():
        # propagate() restarts a walk that reaches someone without arcs at its seed; the
        # viewer's walk restarts at the viewer: part_u = G0 e_u + rho_u p, with G0 the walk
        # that ends there. From parts[:, u] = G0 e_u / (1 - rho_u) and rho_u = alpha / (1 -
        # alpha) * (G0 e_u)(dangling): with z = alpha / (1 - alpha) * parts[dangling, u],
        # G0 e_u = parts[:, u] / (1 + z) and rho_u = z / (1 + z).
        z = alpha / (1.0 - alpha) * parts[graph._dangling].sum(axis=0)
        parts = (parts + np.outer(p, z)) / (1.0 + z)
    largest = (parts * share).max(axis=1)
    out = p.copy()
    strangers = np.ones(len(graph), dtype=bool)
    strangers[first] = False
    strangers[v] = False
    out[strangers] = np.maximum(0.0, p[strangers] - (1.0 - keep) * largest[strangers])
    return out


def _seed(graph: TrustGraph, viewers: Sequence[str]) -> F64:
    seeds = np.zeros((len(graph), len(viewers)))
    for j, v in enumerate(viewers):
        seeds[graph.index[v], j] = 1.0
    return seeds


def claim_cut(amount: F64, negative_weight: float) -> F64:
    """The share of someone's trust that negative claims take away: ``negative_weight *
    amount``, at most 1. A cut within 1e-9 of 1 is 1: claims that add up to a full "never
    again" but round just below it (shares of a viewer's out-weight) must not leave a trace of
    1e-16 that scaling to the most trusted person would raise back to full trust.

    >>> claim_cut(np.array([0.5, 0.9999999999999999, 3.0]), 1.0).tolist()
    [0.5, 1.0, 1.0]
    """
    cut = np.minimum(1.0, negative_weight * np.asarray(amount, dtype=np.float64))
    out: F64 = np.where(cut >= 1.0 - 1e-9, 1.0, cut)
    return out


def _finish(
    graph: TrustGraph,
    viewer: str,
    p: F64,
    *,
    normalise: Literal["out", "degree", "none"],
    scale: bool,
    negative_weight: float,
    degree_prior: float,
) -> F64:
    v = graph.index[viewer]
    score = p.copy()
    if normalise in ("degree", "out"):
        if normalise == "degree":
            degree = (graph.out_weight + graph.in_weight) / 2.0 + degree_prior
        else:
            degree = graph.out_weight + degree_prior
        score = np.divide(score, degree, out=np.zeros_like(score), where=degree > 0)
    if negative_weight > 0 and graph.negatives:
        penalty: dict[int, float] = {}
        raters = [(v, 1.0)]
        total = graph.out_weight[v]
        if total > 0:
            raters += [
                (graph.index[u], float(d["weight"]) / total)
                for u, d in graph.nx.succ[viewer].items()
            ]
        for rater, share in raters:
            for target, w in graph._neg_by_rater.get(rater, ()):
                penalty[target] = penalty.get(target, 0.0) + share * -w
        for target, amount in penalty.items():
            score[target] *= 1.0 - float(claim_cut(np.array([amount]), negative_weight)[0])
    score[v] = 0.0
    if scale:
        top = score.max() if len(score) else 0.0
        if top > 0:
            score = np.minimum(score / top, 1.0)
    return score


def personalized_trust(
    graph: TrustGraph,
    viewer: str,
    *,
    alpha: float = 0.85,
    steps: int | None = None,
    tol: float = 1e-10,
    normalise: Literal["out", "degree", "none"] = "degree",
    degree_prior: float = 1.0,
    scale: bool = True,
    negative_weight: float = 1.0,
    lone_tie: float | None = None,
) -> Trust:
    """Trust of ``viewer`` in everyone else, seeded at the viewer (see the module docstring).

    Parameters
    ----------
    graph : TrustGraph
    viewer : str
        Whose point of view; someone outside the graph trusts nobody (all zeros).
    alpha : float
        Probability of following an edge at each step.
    steps : int, optional
        Early termination after this many steps (trust reaches at most this many hops).
    tol : float
        L1 convergence threshold when ``steps`` is None.
    normalise : {"degree", "out", "none"}
        Divide by the weighted degree (Sybil resistance), by the out-weight only
        (arcs received do not count), or keep visit probabilities.
    degree_prior : float
        Added to every degree before dividing (>= 0).
    scale : bool
        Divide by the largest trust, so values lie in [0, 1].
    negative_weight : float
        Strength of one-hop negative claims (0 ignores them).
    lone_tie : float, optional
        Keep only this share of what reaches someone beyond the viewer's direct ties
        through the viewer's one busiest tie (see :func:`graph.local.local_trust`; the
        exact value it approximates). None: the plain walk; not applied with ``steps``.

    Returns
    -------
    Trust

    Examples
    --------
    A path a - b - c: plain personalised PageRank, as networkx computes it.

    >>> g = TrustGraph([("a", "b", 1.0), ("b", "c", 1.0)])
    >>> plain = personalized_trust(g, "a", normalise="none", scale=False)
    >>> reference = nx.pagerank(g.nx, personalization={"a": 1}, tol=1e-12, max_iter=1000)
    >>> round(plain["b"], 6), round(reference["b"], 6)
    (0.459459, 0.459459)

    The default: degree-normalised and scaled to [0, 1]; ``a`` rated ``c`` badly.

    >>> g = TrustGraph([("a", "b", 1.0), ("a", "c", 1.0)], negatives=[("a", "c", -0.5)])
    >>> t = personalized_trust(g, "a")
    >>> t["b"], t["c"], t["a"]
    (1.0, 0.5, 0.0)
    """
    if degree_prior < 0:
        raise ValueError(f"degree_prior must be >= 0, got {degree_prior!r}; use 1.0")
    if viewer not in graph.index:
        return Trust(viewer, graph.ids, np.zeros(len(graph)), graph.index)
    p = graph.propagate(_seed(graph, [viewer])[:, 0], alpha=alpha, steps=steps, tol=tol)
    if lone_tie is not None and lone_tie < 1.0 and steps is None:
        p = _lone_tie(graph, viewer, p, alpha=alpha, tol=tol, keep=lone_tie)
    values = _finish(
        graph,
        viewer,
        p,
        normalise=normalise,
        scale=scale,
        negative_weight=negative_weight,
        degree_prior=degree_prior,
    )
    if normalise == "none" and not scale:
        values[graph.index[viewer]] = p[graph.index[viewer]]
    return Trust(viewer, graph.ids, values, graph.index)
