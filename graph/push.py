"""The forward push of :mod:`graph.local`, compiled (numba).

:func:`graph.local.local_trust` states the algorithm and its bounds; this module only runs it.
The push was written with numpy first, in synchronous rounds (every person over the threshold
pushed at once): about 15 rounds of some 40 numpy calls each for one viewer at 100,000 people,
so most of its 2 ms went to the calls, not to the arithmetic (17,000 arc visits). The same
rounds as plain loops, compiled once by numba, do the same arithmetic in the same order
without the per-call cost. No library does a forward push over a graph edited in place (the
PageRank of networkx, rustworkx or scipy is global), hence these loops.

The rounds are exactly those of the numpy version: the same people pushed in the same rounds,
the same threshold after each round (the results agree to rounding; tested against the power
iteration and the stated bounds in ``tests/graph/test_local.py``).

The graph arrives as :class:`graph.live.Arcs`: a CSR base (rows of people not edited since
the last compaction) and the packed overlay of the edited rows, both with weights decayed to
the day asked.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from numba import njit

__all__ = [
    "Workspace",
    "arcs_of",
    "claim_cuts",
    "clear",
    "kept_shares",
    "largest_held",
    "normalised_scores",
    "normalisers",
    "push_rounds",
    "split_buffers",
    "split_rounds",
]

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

#: How visit probabilities become trust, as :func:`push_rounds` takes it.
NORMALISE_CODE = {"out": 0, "degree": 1, "none": 2}


class Workspace:
    """Arrays kept from one push to the next over the same graph (one slot per row): asking
    the system for fresh zeroed memory of the graph's size at every push cost more than the
    push itself (page faults: 1 ms of a 2 ms push at 100,000 people), so they are allocated
    once and only the slots a push wrote are put back to zero (:func:`clear`). Not shared
    between threads: hold the graph's lock while one is in use.
    """

    def __init__(self, n: int) -> None:
        self.n = n
        self.p = np.zeros(n)
        self.r = np.zeros(n)
        self.cut = np.zeros(n)
        self.slot = np.zeros(n, dtype=np.int64)  # the split's rows (:func:`split_rounds`)
        self.member = np.zeros(n, dtype=np.bool_)
        self.seen = np.zeros(n, dtype=np.int64)  # round stamps, below :attr:`stamp`
        self.stamp = 1
        self.frontier = np.empty(n, dtype=np.int64)
        self.nxt = np.empty(n, dtype=np.int64)
        self.listed = np.empty(n, dtype=np.int64)
        self.held = np.empty(n, dtype=np.int64)
        self.rf = np.empty(n)
        self.order = np.empty(n, dtype=np.int64)
        self.touched = np.empty(n, dtype=np.int64)
        # :func:`split_rounds`'s (person, first hop) pairs: kept and grown from one split to
        # the next for the same reason (fresh arrays of a few MB were most of its cost);
        # ``rr``, ``pp`` and ``seen`` are zeros between splits
        self.split = split_buffers(0, 0)
        self._heavy: tuple[set[int], int, I64] | None = None

    def heavy_rows(self, heavy: set[int]) -> I64:
        """``heavy`` (:attr:`graph.live.DayDegrees.heavy`, a set that only grows) as an array,
        made again only when the set is another or has grown."""
        kept = self._heavy
        if kept is None or kept[0] is not heavy or kept[1] != len(heavy):
            rows = np.fromiter(heavy, dtype=np.int64, count=len(heavy))
            kept = self._heavy = (heavy, len(heavy), rows)
        return kept[2]

    def arrays(
        self,
    ) -> tuple[F64, F64, npt.NDArray[np.bool_], I64, I64, I64, I64, I64, F64, I64, I64]:
        """What :func:`push_rounds` takes as ``ws``."""
        return (
            self.p,
            self.r,
            self.member,
            self.seen,
            self.frontier,
            self.nxt,
            self.listed,
            self.held,
            self.rf,
            self.order,
            self.touched,
        )


@njit(cache=True, nogil=True)
def _row(x, arcs):  # type: ignore[no-untyped-def]
    """Where the arcs of row ``x`` are: ``(base, start, end)``, in the CSR base's arrays
    (``base``) or the overlay's. Positions only: returning the arrays themselves would count
    references at every call, which costs more than the arcs read."""
    n_base, indptr, _, _, dirty, ov_slot, ov_ptr, _, _ = arcs
    if x < n_base and not dirty[x]:
        return True, indptr[x], indptr[x + 1]
    q = ov_slot[x]
    if q < 0:
        return False, 0, 0
    return False, ov_ptr[q], ov_ptr[q + 1]


@njit(cache=True, nogil=True)
def arcs_of(x, arcs):  # type: ignore[no-untyped-def]
    """The arcs out of row ``x`` as ``(targets, weights)`` (copies; a pair with several
    parts appears once per part, as in :meth:`graph.live.LiveTrustGraph.gather`)."""
    _, _, base_target, base_weight, _, _, _, ov_target, ov_weight = arcs
    base, a, b = _row(x, arcs)
    if base:
        return base_target[a:b].copy(), base_weight[a:b].copy()
    return ov_target[a:b].copy(), ov_weight[a:b].copy()


@njit(cache=True, nogil=True)
def _norm(x, mode, prior, dout, mutual, arcs_out, arcs_in):  # type: ignore[no-untyped-def]
    if mode == 0:
        return dout[x] + prior
    if mode == 1:
        return mutual[x] + (arcs_out[x] + arcs_in[x]) / 2.0 + prior
    return 1.0


@njit(cache=True, nogil=True)
def _keep(x, cut, legit, has_legit, direct):  # type: ignore[no-untyped-def]
    out = 1.0 - cut[x]
    if has_legit:
        j = np.searchsorted(direct, x)
        if j < len(direct) and direct[j] == x:
            return out  # first-hand experience is kept
        out *= legit[x] if x < len(legit) else 0.0
    return out


@njit(cache=True, nogil=True)
def normalisers(nodes, mode, prior, dout, mutual, arcs_out, arcs_in):  # type: ignore[no-untyped-def]
    """What the visits of each of ``nodes`` are divided by (``mode``: :data:`NORMALISE_CODE`)."""
    out = np.empty(len(nodes))
    for i in range(len(nodes)):
        out[i] = _norm(nodes[i], mode, prior, dout, mutual, arcs_out, arcs_in)
    return out


@njit(cache=True, nogil=True)
def kept_shares(nodes, cut, legit, has_legit, direct):  # type: ignore[no-untyped-def]
    """The share of trust each of ``nodes`` keeps after negative claims (``cut``) and
    legitimacy (``legit``, except the viewer's first-hand ties ``direct``, sorted)."""
    out = np.empty(len(nodes))
    for i in range(len(nodes)):
        out[i] = _keep(nodes[i], cut, legit, has_legit, direct)
    return out


@njit(cache=True, nogil=True)
def claim_cuts(raters, shares, ptr, target, weight, dirty, negative_weight, cut):  # type: ignore[no-untyped-def]
    """The one-hop negative claims of :func:`graph.local._penalties` from the packed claims
    (:meth:`graph.live.LiveTrustGraph.claims_base`): for each person claimed against by one
    of ``raters`` (each with its share), the sum of share * |claim| in the order of
    ``raters`` (as ``np.bincount`` sums), its cut ``min(1, negative_weight * sum)`` (1 within
    1e-9 of it: :func:`graph.trust.claim_cut`) written into ``cut``. Returns ``(targets,
    ok)``: the people cut, sorted; ``ok`` False (and nothing written) when a rater is dirty:
    then the caller reads the claims from the graph's dict instead."""
    n_base = len(ptr) - 1
    count = 0
    for i in range(len(raters)):
        r = raters[i]
        if dirty[r]:
            return np.zeros(0, dtype=np.int64), False
        if r < n_base:
            count += ptr[r + 1] - ptr[r]
    tg = np.empty(count, dtype=np.int64)
    am = np.empty(count)
    k = 0
    for i in range(len(raters)):
        r = raters[i]
        if r >= n_base:
            continue
        for j in range(ptr[r], ptr[r + 1]):
            tg[k] = target[j]
            am[k] = shares[i] * -weight[j]
            k += 1
    order = np.argsort(tg, kind="mergesort")  # stable: each target's claims in rater order
    targets = np.empty(count, dtype=np.int64)
    m = 0
    j = 0
    while j < count:
        t = tg[order[j]]
        total = 0.0
        while j < count and tg[order[j]] == t:
            total += am[order[j]]
            j += 1
        c = min(1.0, negative_weight * total)
        cut[t] = 1.0 if c >= 1.0 - 1e-9 else c
        targets[m] = t
        m += 1
    return targets[:m], True


@njit(cache=True, nogil=True)
def largest_held(left, heavy, out, mutual, arcs_in, alpha):  # type: ignore[no-untyped-def]
    """The largest ``left[i] / (out[u] - alpha * (mutual[u] + arcs_in[u]))`` over the
    ``u = heavy[i]`` with ``left[i] > 0`` (-inf if none; inf if one of those has no positive
    slack): :func:`graph.local._largest_share`'s reading of the heavy people's residuals."""
    best = -np.inf
    for i in range(len(left)):
        if left[i] > 0:
            u = heavy[i]
            slack = out[u] - alpha * (mutual[u] + arcs_in[u])
            if not slack > 0:
                return np.inf
            best = max(best, left[i] / slack)
    return best


@njit(cache=True, nogil=True)
def normalised_scores(  # type: ignore[no-untyped-def]
    nodes, visits, keep, s, plain, scale, mode, prior, dout, mutual, arcs_out, arcs_in
):
    """The trust of each of ``nodes`` from its ``visits`` (:func:`graph.local.local_trust`'s
    last steps in one pass, the same operations in the same order as the numpy version they
    replace): divided by its normaliser (0 where that is not positive), times its kept share
    (``keep``, aligned with ``nodes``; empty: 1 for all), the viewer ``s`` 0 (its visits when
    ``plain``), then scaled by the largest (``scale``; at most 1). Returns ``(rows, scores,
    top)``: the rows and scores of those above 0, and ``top`` (the largest before scaling; 1
    when ``plain``; 0 when ``scale`` and nobody kept any trust)."""
    n = len(nodes)
    score = np.empty(n)
    whole = len(keep) == 0
    for i in range(n):
        x = nodes[i]
        under = _norm(x, mode, prior, dout, mutual, arcs_out, arcs_in)
        sc = visits[i] / under if under > 0 else 0.0
        if not whole:
            sc *= keep[i]
        if x == s:
            sc = visits[i] if plain else 0.0
        score[i] = sc
    top = 1.0
    if not plain:
        top = -np.inf
        for i in range(n):
            if score[i] > top:
                top = score[i]
        if n == 0:
            top = 0.0  # pragma: no cover - the viewer is always among the nodes
    if scale and top > 0:
        for i in range(n):
            score[i] = min(score[i] / top, 1.0)
    elif scale:
        top = 0.0
    else:
        top = 1.0
    m = 0
    for i in range(n):
        if score[i] > 0:
            m += 1
    rows = np.empty(m, dtype=np.int64)
    out = np.empty(m)
    m = 0
    for i in range(n):
        if score[i] > 0:
            rows[m] = nodes[i]
            out[m] = score[i]
            m += 1
    return rows, out, top


@njit(cache=True, nogil=True)
def push_rounds(  # type: ignore[no-untyped-def]
    s,
    arcs,
    dout,
    mutual,
    arcs_out,
    arcs_in,
    mode,
    prior,
    alpha,
    tol,
    eps,
    steps,
    max_pushes,
    max_rounds,
    cut,
    legit,
    has_legit,
    direct,
    kept_whole,
    ws,
    stamp,
):
    """The push from row ``s`` into the workspace ``ws`` (:class:`Workspace`'s arrays; ``p``
    and ``r`` all zeros, ``seen`` below ``stamp``).

    ``eps`` < 0: the threshold follows the answer (``tol``); ``steps`` < 0 and
    ``max_pushes`` < 0: none. Returns ``(nodes, threshold, pushes, rounds, failed)``:
    ``nodes`` the rows pushed (sorted; with ``steps``, also the last round's targets and
    ``s``), ``failed`` True when ``max_rounds`` was passed. ``p`` and ``r`` hold the result
    until :func:`clear` is called with ``nodes``; ``seen`` was written up to ``stamp + rounds``.
    """
    p, r, member, seen, frontier, nxt, listed, held, rf, order, touched = ws
    n_touched = 0  # people given a residual, each once (the pushed ones are in order)
    _, _, base_target, base_weight, _, _, _, ov_target, ov_weight = arcs
    n_order = 0  # the rows pushed (and, with steps, the last round's targets), each once
    n_held = 0
    nf = 0
    if dout[s] > 0:
        r[s] = 1.0
        frontier[0] = s
        nf = 1
    else:  # a viewer without arcs: every walk stays (returns) at the viewer
        p[s] = 1.0
        member[s] = True
        order[0] = s
        n_order = 1
    adaptive = eps < 0
    floor = tol * 1e-12
    threshold = floor if adaptive else eps
    best = 0.0
    best_raw = 0.0
    pushes = 0
    rounds = 0
    n_listed = 0
    failed = False
    while nf > 0:
        rounds += 1
        if rounds > max_rounds:
            failed = True
            break
        if max_pushes >= 0 and rounds > 1:
            total = 0
            for i in range(nf):
                _, a, b = _row(frontier[i], arcs)
                total += b - a
            if pushes + total > max_pushes:
                # spend what is left on the largest residuals per degree, then stop
                ratio = np.empty(nf)
                lens = np.zeros(nf, dtype=np.int64)
                for i in range(nf):
                    x = frontier[i]
                    _, a, b = _row(x, arcs)
                    lens[i] = b - a
                    ratio[i] = -r[x] / dout[x] if b > a else 0.0
                by = np.argsort(ratio, kind="mergesort")
                chosen = np.zeros(nf, dtype=np.bool_)
                used = 0
                for j in range(nf):
                    i = by[j]
                    if lens[i] == 0:
                        continue
                    used += lens[i]
                    if used <= max_pushes - pushes:
                        chosen[i] = True
                kept = 0
                for i in range(nf):
                    if lens[i] == 0 or chosen[i]:
                        frontier[kept] = frontier[i]
                        kept += 1
                    else:
                        held[n_held] = frontier[i]
                        n_held += 1
                nf = kept
                if nf == 0:
                    break
        for i in range(nf):
            x = frontier[i]
            if not member[x]:
                member[x] = True
                order[n_order] = x
                n_order += 1
            rf[i] = r[x]
            r[x] = 0.0
            p[x] += (1.0 - alpha) * rf[i]
        if adaptive and rounds > 1:
            for i in range(nf):
                x = frontier[i]
                if x == s:
                    continue
                under = _norm(x, mode, prior, dout, mutual, arcs_out, arcs_in)
                ratio_x = p[x] / under if under > 0 else 0.0
                best_raw = max(best_raw, ratio_x)
                if kept_whole:
                    best = max(best, best_raw)
                else:
                    best = max(best, ratio_x * _keep(x, cut, legit, has_legit, direct))
            threshold = max(floor, tol * (best if best > 0 else best_raw))
        back = 0.0
        n_listed = 0
        m = 0
        mark = stamp + rounds
        # every target is listed in the first round (for the estimate below) and with steps
        # (the last round's targets join the result); otherwise only those that pass the
        # threshold, which is fixed until the round ends: each once, in the order they pass it
        list_all = rounds == 1 or steps >= 0
        for i in range(nf):
            x = frontier[i]
            if dout[x] <= 0:  # people without arcs send their walks back to the viewer
                back += alpha * rf[i]
                continue
            base, a, b = _row(x, arcs)
            coef = alpha * rf[i] / dout[x]
            pushes += b - a
            for j in range(a, b):
                t = base_target[j] if base else ov_target[j]
                rt = r[t]
                if rt == 0.0 and not member[t] and n_touched < len(touched):
                    touched[n_touched] = t  # first touch: for clear()
                    n_touched += 1
                rt += coef * (base_weight[j] if base else ov_weight[j])
                r[t] = rt
                if list_all:
                    if seen[t] != mark:
                        seen[t] = mark
                        listed[n_listed] = t
                        n_listed += 1
                elif rt >= threshold * dout[t] and seen[t] != mark:
                    seen[t] = mark
                    nxt[m] = t
                    m += 1
        if back > 0:
            r[s] += back
        if steps >= 0 and rounds >= steps:
            break
        if adaptive and rounds == 1 and n_listed:
            # a lower bound on the final top trust: what the best neighbour gets when pushed
            est = 0.0
            for i in range(n_listed):
                t = listed[i]
                under = _norm(t, mode, prior, dout, mutual, arcs_out, arcs_in)
                e = (1.0 - alpha) * (r[t] / under if under > 0 else 0.0)
                if not kept_whole:
                    e *= _keep(t, cut, legit, has_legit, direct)
                est = max(est, e)
            best = est
            threshold = max(floor, tol * best)
        if list_all:
            for i in range(n_listed):
                t = listed[i]
                if r[t] >= threshold * dout[t]:
                    nxt[m] = t
                    m += 1
        # the viewer, when their walks came back over the threshold and they are not in yet
        # (listed: checked above with what came back; not listed: passed it before)
        if back > 0 and r[s] >= threshold * dout[s] and seen[s] != mark:
            nxt[m] = s
            m += 1
        frontier, nxt = nxt, frontier
        nf = m
        if n_held:
            break
    if n_held:  # stopped early: the threshold every residual is under
        for i in range(n_held + nf):
            x = held[i] if i < n_held else frontier[i - n_held]
            if dout[x] > 0:
                threshold = max(threshold, r[x] / dout[x])
            elif r[x] > 0:
                threshold = np.inf
    if steps >= 0:
        for i in range(n_listed + 1):
            t = listed[i] if i < n_listed else s
            if not member[t]:
                member[t] = True
                order[n_order] = t
                n_order += 1
    nodes = np.sort(order[:n_order])
    for i in range(n_order):
        member[nodes[i]] = False
    return nodes, threshold, pushes, rounds, failed, n_touched


@njit(cache=True, nogil=True)
def clear(p, r, nodes, touched, s):  # type: ignore[no-untyped-def]
    """Zero what :func:`push_rounds` wrote into ``p`` and ``r``: ``p`` lives on ``nodes``,
    ``r`` on them, on ``touched`` (the people first given a residual) and on the viewer ``s``."""
    r[s] = 0.0
    for i in range(len(nodes)):
        p[nodes[i]] = 0.0
        r[nodes[i]] = 0.0
    for i in range(len(touched)):
        r[touched[i]] = 0.0


@njit(cache=True, nogil=True)
def split_buffers(rows, pairs):  # type: ignore[no-untyped-def]
    """Empty buffers of :func:`split_rounds` for ``rows`` people and ``pairs`` (person,
    first hop) pairs: ``(owner, rr, pp, seen, listed, hot)``."""
    return (
        np.zeros(rows, dtype=np.int64),
        np.zeros(pairs),
        np.zeros(pairs),
        np.zeros(pairs, dtype=np.int64),
        np.empty(pairs, dtype=np.int64),
        np.empty(pairs, dtype=np.int64),
    )


@njit(cache=True, nogil=True)
def _grown(size, k, used, n_listed, n_hot, owner, rr, pp, seen, listed, hot):  # type: ignore[no-untyped-def]
    """:func:`split_rounds`'s arrays with room for ``size`` rows, what they held kept."""
    owner2 = np.zeros(size, dtype=np.int64)
    owner2[:used] = owner[:used]
    rr2 = np.zeros(size * k)
    rr2[: used * k] = rr[: used * k]
    pp2 = np.zeros(size * k)
    pp2[: used * k] = pp[: used * k]
    seen2 = np.zeros(size * k, dtype=np.int64)
    seen2[: used * k] = seen[: used * k]
    listed2 = np.empty(size * k, dtype=np.int64)
    listed2[:n_listed] = listed[:n_listed]
    hot2 = np.empty(size * k, dtype=np.int64)  # read on in the round under way
    hot2[:n_hot] = hot[:n_hot]
    return owner2, rr2, pp2, seen2, listed2, hot2


@njit(cache=True, nogil=True)
def split_rounds(  # type: ignore[no-untyped-def]
    s, arcs, dout, alpha, eps, max_pushes, max_rounds, nodes, heavy, slot, buffers
):
    """The viewer's walk split by first hop (:func:`graph.local._through_one_tie`).

    Returns ``(largest, first, residual, split_eps, pushes, heavy_r, buffers, used)``:
    ``largest`` aligned with ``nodes``, 0 for the viewer and its first hops (they are not cut
    back); ``first`` is empty when there is nothing to split (fewer than two first-hand ties,
    or a viewer without arcs out), and so are the other arrays. ``slot`` (one per row, zeros) is zeros again on
    return; ``buffers`` (:func:`split_buffers`, ``rr``, ``pp`` and ``seen`` zeros) come back,
    grown if the split needed more room, zeros again; the rows the split met (whose arcs or
    degrees it read) are the first ``used`` of ``buffers[0]``.
    """
    _, _, base_target, base_weight, _, _, _, ov_target, ov_weight = arcs
    base, a, b = _row(s, arcs)
    targets = base_target if base else ov_target
    weights = base_weight if base else ov_weight
    first = np.unique(targets[a:b])
    k = len(first)
    if k < 2 or not dout[s] > 0:
        return np.zeros(0), first[:0], 0.0, eps, 0, np.zeros(0), buffers, 0
    # slot: 1 + the row of each person met; 0: not met
    owner, rr, pp, seen, listed, hot = buffers
    used = 0
    size = min(len(owner), len(rr) // k)
    if size < k + 1:
        size = max(256, k + 1)
        owner, rr, pp, seen, listed, hot = split_buffers(size, size * k)
    for i in range(k + 1):
        x = first[i] if i < k else s
        if slot[x] == 0:
            owner[used] = x
            used += 1
            slot[x] = used
    known = used  # rows 0 .. known - 1: the first hops and the viewer, never cut back
    viewer_row = slot[s] - 1
    for i in range(k):
        hot[i] = (slot[first[i]] - 1) * k + i
    n_hot = k
    for j in range(a, b):
        i = np.searchsorted(first, targets[j])
        rr[(slot[first[i]] - 1) * k + i] += alpha * weights[j] / dout[s]
    pushes = 0
    rounds = 0
    fr = np.empty(0)
    while n_hot:
        rounds += 1
        if rounds > max_rounds or (max_pushes >= 0 and pushes >= max_pushes):
            break
        if len(fr) < n_hot:
            fr = np.empty(2 * n_hot)
        for i in range(n_hot):
            h = hot[i]
            fr[i] = rr[h]
            rr[h] = 0.0
            pp[h] += (1.0 - alpha) * fr[i]
        n_listed = 0
        for i in range(n_hot):
            h = hot[i]
            hop = h % k
            x = owner[h // k]
            if dout[x] <= 0:  # people without arcs send their walks back to the viewer
                to = viewer_row * k + hop
                rt = rr[to] + alpha * fr[i]
                rr[to] = rt
                if rt >= eps * dout[s] and seen[to] != rounds:
                    seen[to] = rounds
                    listed[n_listed] = to
                    n_listed += 1
                continue
            base, a2, b2 = _row(x, arcs)
            coef = alpha * fr[i] / dout[x]
            pushes += b2 - a2
            if used + (b2 - a2) > size:  # room for every target as a new row: grow once here
                size = max(2 * size, used + (b2 - a2))
                owner, rr, pp, seen, listed, hot = _grown(
                    size, k, used, n_listed, n_hot, owner, rr, pp, seen, listed, hot
                )
            for j in range(a2, b2):
                t = base_target[j] if base else ov_target[j]
                if slot[t] == 0:
                    owner[used] = t
                    used += 1
                    slot[t] = used
                to = (slot[t] - 1) * k + hop
                rt = rr[to] + coef * (base_weight[j] if base else ov_weight[j])
                rr[to] = rt
                # the threshold is fixed: a pair is hot once it passes it (each pair once)
                d = dout[t]
                if (d <= 0 or rt >= eps * d) and seen[to] != rounds:
                    seen[to] = rounds
                    listed[n_listed] = to
                    n_listed += 1
        hot, listed = listed, hot
        n_hot = n_listed
    # each part as it stands plus what its residual will leave where it is, (1 - alpha) of
    # it: still no more than the part's exact value, and closer to it
    largest = np.zeros(len(nodes))
    for i in range(len(nodes)):
        row = slot[nodes[i]] - 1
        if row >= known:
            best = 0.0
            for h in range(row * k, row * k + k):
                best = max(best, pp[h] + (1.0 - alpha) * rr[h])
            largest[i] = best
    residual = 0.0
    split_eps = eps
    for h in range(used * k):
        left = rr[h]
        if left > 0:
            residual += left
            d = dout[owner[h // k]]
            split_eps = max(split_eps, left / d if d > 0 else np.inf)
    heavy_r = np.zeros(len(heavy))
    for i in range(len(heavy)):
        row = slot[heavy[i]] - 1
        if row >= 0:
            heavy_r[i] = rr[row * k : row * k + k].max()
    for i in range(used):
        slot[owner[i]] = 0
    for h in range(used * k):
        rr[h] = 0.0
        pp[h] = 0.0
        seen[h] = 0
    buffers = (owner, rr, pp, seen, listed, hot)
    return largest, first, residual, split_eps, pushes, heavy_r, buffers, used
