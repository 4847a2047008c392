"""Warm introductions: the most trusted short paths between two people.

The trust of a path is the product of the trust of its arcs (each arc weight
capped at 1), so the best path is a shortest path on ``-log(weight)``; hops are
limited (at most 3: A, two connectors, B), and some people may be excluded as
connectors (for instance everyone on the avoid list of either end).

Paths of at most three hops are enumerated around the two ends with a bound:
a three-hop path through a first connector ``x`` can be no better than
``w(A, x) * max_in(B)`` (arcs are capped at 1), so first connectors are tried
best first and the search stops when that bound falls under the k-th best path
found.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Protocol

__all__ = [
    "Excluded",
    "Network",
    "TrustPath",
    "most_trusted_path",
    "near",
    "trusted_paths",
    "trusted_paths_from",
]


class Network(Protocol):
    """What path search reads of a graph: :class:`graph.trust.TrustGraph` and
    :class:`graph.live.TrustView` (a live graph on one day) both provide it."""

    def __contains__(self, pid: object) -> bool: ...

    def weight(self, a: str, b: str) -> float:
        """Positive weight of ``a -> b`` (0.0 if none)."""
        ...

    def out_weights(self, pid: str) -> Mapping[str, float]:
        """``{b: w}`` for every arc ``pid -> b``."""
        ...

    def in_weights(self, pid: str) -> Mapping[str, float]:
        """``{a: w}`` for every arc ``a -> pid``."""
        ...


@dataclass(frozen=True, slots=True)
class TrustPath:
    """A path ``nodes[0] -> ... -> nodes[-1]`` and its trust (product of arc trust, in (0, 1])."""

    nodes: tuple[str, ...]
    trust: float

    @property
    def hops(self) -> int:
        """Number of arcs on the path."""
        return len(self.nodes) - 1

    @property
    def connectors(self) -> tuple[str, ...]:
        """The people between the two ends."""
        return self.nodes[1:-1]


class Excluded:
    """People excluded from a path search, as the union of several collections, without
    copying them into one set (a community's hidden people can number thousands, and a
    page of suggestions searches paths to a dozen people).

    Examples
    --------
    >>> hidden = frozenset({"h1", "h2"})
    >>> banned = Excluded({"x"}, hidden)
    >>> "x" in banned, "h2" in banned, "y" in banned
    (True, True, False)
    """

    __slots__ = ("parts",)

    def __init__(self, *parts: Container[str]) -> None:
        self.parts = parts

    def __contains__(self, pid: object) -> bool:
        for part in self.parts:  # noqa: SIM110 (a plain loop: no generator per test, a hot path)
            if pid in part:
                return True
        return False


def _banned(exclude: Iterable[str] | Excluded, *also: str) -> Excluded:
    """``exclude`` and ``also`` as one :class:`Excluded` (a plain iterable is read once)."""
    if isinstance(exclude, Excluded):
        return Excluded(*exclude.parts, set(also))
    if not isinstance(exclude, AbstractSet):
        exclude = set(exclude)
    return Excluded(exclude, set(also))


_Key = tuple[float, int, float, tuple[str, ...]]


class _Best:
    """The k best paths seen so far (a bounded heap on the reversed key): higher trust, then
    fewer hops, then connectors ``prefer`` rates higher (summed), then ids (deterministic)."""

    def __init__(self, k: int, prefer: Mapping[str, float] | None = None) -> None:
        self.k = k
        self.prefer = prefer
        self.heap: list[tuple[_Key, TrustPath]] = []

    def _key(self, path: TrustPath) -> _Key:
        liked = sum(self.prefer.get(c, 0.0) for c in path.connectors) if self.prefer else 0.0
        return (-path.trust, path.hops, -liked, path.nodes)

    def beats_every_3_hop(self, trust: float, liked: float, last: Callable[[], float]) -> bool:
        """Whether k paths are known and the worst of them ranks before every 3-hop path of
        trust at most ``trust`` whose connectors ``prefer`` rates at most ``liked + last()``
        in sum (``last()``, the most liked last connector's liking, asked only when the
        trust ties: a lookup per last connector that most targets never need)."""
        if len(self.heap) < self.k:
            return False
        key = max(self.heap, key=lambda item: item[0])[0]
        worst_trust, hops, worst_liked = -key[0], key[1], -key[2]
        if trust != worst_trust:
            return trust < worst_trust
        # equal liking: the ids decide, keep looking
        return hops < 3 or worst_liked > liked + last()

    def offer(self, path: TrustPath) -> None:
        entry = (self._key(path), path)
        if len(self.heap) < self.k:
            self.heap.append(entry)
            return
        worst_i = max(range(len(self.heap)), key=lambda i: self.heap[i][0])
        if entry[0] < self.heap[worst_i][0]:
            self.heap[worst_i] = entry

    def result(self) -> list[TrustPath]:
        return [p for _, p in sorted(self.heap, key=lambda item: item[0])]


def trusted_paths(
    graph: Network,
    source: str,
    target: str,
    *,
    k: int = 3,
    max_hops: int = 3,
    exclude: Iterable[str] | Excluded = (),
    prefer: Mapping[str, float] | None = None,
) -> list[TrustPath]:
    """The ``k`` most trusted paths from ``source`` to ``target`` of at most ``max_hops`` arcs.

    Parameters
    ----------
    graph : Network
        A :class:`graph.trust.TrustGraph`, or a live graph on one day
        (:meth:`graph.live.LiveTrustGraph.at`).
    source, target : str
        The two ends (who asks, whom they want to meet).
    k : int
        How many paths (the best one and ``k - 1`` alternatives).
    max_hops : {1, 2, 3}
        Longest path allowed.
    exclude : iterable of str, or Excluded
        People who must never be connectors on a path.
    prefer : mapping of str to float, optional
        Between paths of equal trust and length, those whose connectors score higher here
        (summed) come first: e.g. the source's own trust in each person, when every
        collaboration weighs 1 and many paths tie.

    Returns
    -------
    list of TrustPath
        Best first: highest trust, then fewest hops, then ``prefer``, then ids. Empty if none.

    Examples
    --------
    ``a`` knows ``b`` well and ``c`` a little; both know ``d``.

    >>> from graph.trust import TrustGraph
    >>> g = TrustGraph([("a", "b", 0.9), ("b", "d", 0.8), ("a", "c", 0.5), ("c", "d", 1.0)])
    >>> [(p.nodes, round(p.trust, 2)) for p in trusted_paths(g, "a", "d")]
    [(('a', 'b', 'd'), 0.72), (('a', 'c', 'd'), 0.5)]
    >>> [p.nodes for p in trusted_paths(g, "a", "d", exclude={"b"})]
    [('a', 'c', 'd')]

    Every tie weighing 1, the paths through ``b`` and ``c`` tie: ``prefer`` decides.

    >>> ties = TrustGraph([("a", "b", 1.0), ("b", "d", 1.0), ("a", "c", 1.0), ("c", "d", 1.0)])
    >>> [p.nodes for p in trusted_paths(ties, "a", "d", k=1)]
    [('a', 'b', 'd')]
    >>> [p.nodes for p in trusted_paths(ties, "a", "d", k=1, prefer={"b": 0.2, "c": 0.7})]
    [('a', 'c', 'd')]
    """
    _check(k, max_hops)
    if source == target or source not in graph or target not in graph:
        return []
    return _Source(graph, source, max_hops, prefer).paths(target, k, exclude)


def trusted_paths_from(
    graph: Network,
    source: str,
    targets: Iterable[tuple[str, Iterable[str] | Excluded]],
    *,
    k: int = 3,
    max_hops: int = 3,
    prefer: Mapping[str, float] | None = None,
) -> dict[str, list[TrustPath]]:
    """:func:`trusted_paths` from one ``source`` to each of ``targets`` (pairs of a target and
    the people excluded for it), with what depends on the source alone (its arcs, ordered
    by trust and ``prefer``) worked out once: a page of suggestions.

    Examples
    --------
    >>> from graph.trust import TrustGraph
    >>> g = TrustGraph([("a", "b", 0.9), ("b", "d", 0.8), ("a", "c", 0.5), ("c", "d", 1.0),
    ...                 ("c", "e", 1.0)])
    >>> got = trusted_paths_from(g, "a", [("d", {"b"}), ("e", ()), ("z", ())], k=1)
    >>> {t: [p.nodes for p in paths] for t, paths in got.items()}
    {'d': [('a', 'c', 'd')], 'e': [('a', 'c', 'e')], 'z': []}
    """
    _check(k, max_hops)
    pending = list(targets)
    if source not in graph:
        return {target: [] for target, _ in pending}
    around = _Source(graph, source, max_hops, prefer)
    return {
        target: [] if target == source or target not in graph else around.paths(target, k, exclude)
        for target, exclude in pending
    }


def _check(k: int, max_hops: int) -> None:
    if not 1 <= max_hops <= 3:
        raise ValueError(f"max_hops must be 1, 2 or 3, got {max_hops!r}; longer intros go cold")
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k!r}")


class _Source:
    """The search from one source: its first arcs (capped at 1) and, for paths of three
    hops, the first connectors in the order they are tried (most trusted first, then the
    most liked, then by id), the same for every target."""

    __slots__ = ("first", "graph", "liking", "max_hops", "ordered", "prefer", "source")

    def __init__(
        self, graph: Network, source: str, max_hops: int, prefer: Mapping[str, float] | None
    ) -> None:
        self.graph, self.source, self.max_hops, self.prefer = graph, source, max_hops, prefer
        self.liking = prefer.get if prefer else (lambda pid, default: 0.0)
        self.first: dict[str, float] = {}
        self.ordered: list[tuple[str, float]] = []
        if max_hops > 1:
            self.first = {x: min(1.0, w) for x, w in graph.out_weights(source).items()}
        if max_hops > 2:
            liking = self.liking
            # the most trusted first connectors first, and among equals the most liked: once
            # the k best known rank before any path through x, they rank before those through
            # the rest (with ties every path weighs 1, so liking is what lets the search stop
            # early)
            self.ordered = sorted(
                self.first.items(), key=lambda item: (-item[1], -liking(item[0], 0.0), item[0])
            )

    def paths(self, target: str, k: int, exclude: Iterable[str] | Excluded) -> list[TrustPath]:
        """The ``k`` most trusted paths to ``target`` (not the source; in the graph)."""
        graph, source, liking = self.graph, self.source, self.liking
        banned = _banned(exclude, source, target)
        best = _Best(k, self.prefer)

        direct = graph.weight(source, target)
        if direct > 0:
            best.offer(TrustPath((source, target), min(1.0, direct)))
        if self.max_hops == 1:
            return best.result()
        first = self.first
        # the last connectors allowed, tested against ``banned`` once here, not once per pair
        last = {y: min(1.0, w) for y, w in graph.in_weights(target).items() if y not in banned}
        for x in first:
            if x in last:
                best.offer(TrustPath((source, x, target), first[x] * last[x]))
        if self.max_hops == 2:
            return best.result()
        max_last = max(last.values(), default=0.0)
        most_liked: list[float] = []  # the most liked last connector's liking, once asked

        def most_liked_last() -> float:
            # only a tie on trust with the k-th best path asks (with ``prefer`` a trust map,
            # a lookup per last connector: most targets never need it)
            if not most_liked:
                most_liked.append(max((liking(y, 0.0) for y in last), default=0.0))
            return most_liked[0]

        for x, wx in self.ordered:
            if x in banned:
                continue
            if best.beats_every_3_hop(wx * max_last, liking(x, 0.0), most_liked_last):
                break  # no later first connector can beat the k-th best path
            for y, t in _middle(graph, x, last):
                best.offer(TrustPath((source, x, y, target), wx * t * last[y]))
        return best.result()


def _middle(graph: Network, x: str, last: dict[str, float]) -> Iterator[tuple[str, float]]:
    """Second connectors ``y`` reachable from ``x`` that reach the target, with w(x, y)
    (``last``: the allowed last connectors, already cleared of the banned)."""
    succ = graph.out_weights(x)
    if len(succ) <= len(last):
        for y, w in succ.items():
            if y in last:
                yield y, min(1.0, w)
    else:
        for y in last:
            if y in succ:
                yield y, min(1.0, succ[y])


def near(
    graph: Network, source: str, *, max_hops: int = 3, exclude: Iterable[str] | Excluded = ()
) -> set[str]:
    """``source`` and the people a path of at most ``max_hops - 1`` arcs from it reaches
    through allowed connectors: a target can only be reached in ``max_hops`` arcs from
    one of them. A cheap test before :func:`trusted_paths` for many targets from one source
    (most suggested people are nowhere near the viewer).

    Examples
    --------
    >>> from graph.trust import TrustGraph
    >>> g = TrustGraph([("a", "b", 0.9), ("b", "c", 0.8), ("c", "d", 1.0), ("d", "e", 1.0)])
    >>> sorted(near(g, "a")), sorted(near(g, "a", max_hops=2)), sorted(near(g, "a", exclude={"b"}))
    (['a', 'b', 'c'], ['a', 'b'], ['a'])
    >>> [bool(set(g.in_weights(t)) & near(g, "a")) for t in ("d", "e")]
    [True, False]
    """
    if source not in graph:
        return set()
    banned = _banned(exclude)
    out, frontier = {source}, {source}
    for _ in range(max_hops - 1):
        # the rows united, then each excluded part taken out, in C: no Python test per arc
        # (a viewer's second hop is hundreds of arcs, and each test asks every part)
        step = set().union(*(graph.out_weights(x).keys() for x in frontier))
        for part in banned.parts:
            step = _without(step, part)
        frontier = step - out
        out |= step
    return out


def _without(people: set[str], part: Container[str]) -> set[str]:
    """``people`` less those in ``part`` (a set is subtracted; any other container asked
    person by person)."""
    if isinstance(part, AbstractSet):
        return people - part if len(part) else people
    return {y for y in people if y not in part}


def most_trusted_path(
    graph: Network,
    source: str,
    target: str,
    *,
    max_hops: int = 3,
    exclude: Iterable[str] | Excluded = (),
) -> TrustPath | None:
    """The single most trusted path (see :func:`trusted_paths`), or None.

    Examples
    --------
    >>> from graph.trust import TrustGraph
    >>> g = TrustGraph([("a", "b", 1.0), ("b", "c", 0.5), ("c", "d", 0.5)])
    >>> most_trusted_path(g, "a", "d")
    TrustPath(nodes=('a', 'b', 'c', 'd'), trust=0.25)
    >>> most_trusted_path(g, "a", "d", max_hops=2) is None
    True
    """
    paths = trusted_paths(graph, source, target, k=1, max_hops=max_hops, exclude=exclude)
    return paths[0] if paths else None
