"""An upper bound for hackathon teams of one size: set partitioning by column generation.

Teams of ``k`` people out of ``n = T k`` are a partition of the people into ``T``
*columns* (feasible teams: a holder of every required role, no forbidden pair).
The best plan's pair score is at most the value of the set-partitioning LP
``max sum_Q w(Q) x_Q``, ``sum_{Q containing i} x_Q = 1`` for every person ``i``,
``x >= 0``, whose columns are all the feasible teams. That LP is much tighter than
the clique-partitioning LP over pairs (:func:`matcher.events.planner.teams_bound`): a
column is a whole team, so the triangle, role and degree constraints hold inside
each column by construction.

There are too many columns to write down (``C(120, 4)`` = 8.2 million), so the
LP is solved by **column generation**: a restricted master LP (HiGHS, scipy) over
the columns found so far gives person duals ``pi``; the *pricing* step enumerates
every feasible team with numpy and adds those of positive reduced cost
``w(Q) - pi(Q)``. Since each member of a team of ``k`` is in ``k - 1`` of its pairs,
the reduced cost is the team's sum of the modified pair weights
``w'_ij = w_ij - (pi_i + pi_j) / (k - 1)``.

Every pricing round also gives a **valid bound**, whatever ``pi``: relax the rows
"each person exactly once" with multipliers ``pi`` and keep "exactly ``T``
distinct teams"; every plan is still feasible for the relaxation and has the
same value there, so no plan scores more than the Lagrangian

``L(pi) = sum_i pi_i + (sum of the T largest reduced costs over distinct feasible teams)``

and the bound is the smallest ``L`` seen. Column generation therefore never has
to converge: stopping at the time budget still leaves a valid (if looser) bound.
Pricing uses duals smoothed towards the best ``L`` so far (Wentges' stabilisation),
which damps the dual oscillation that makes plain column generation tail off.

**The teams' objective** subtracts ``balance x (strongest team - weakest team)`` from
the pair score, which the LP above ignores (a relaxation: still a bound, but loose by
about what balancing costs). A spread is never less than ``2 / T`` times the teams'
total distance to their mean strength ``m`` (with ``x_t`` the strengths of the ``T``
teams, all in ``[lo, hi]`` and summing to ``T m``: ``sum |x_t - m| = 2 sum (x_t - m)^+
<= 2 T a c / (a + c) <= T (hi - lo) / 2`` with ``a = hi - m``, ``c = m - lo``), and that
is a sum over the teams: so, given strengths, the column generation prices each team
at ``w(Q) - (2 balance / T) |strength(Q) - m|`` instead, and its Lagrangian bounds the
objective of every plan (``objective_bound``); the pair score's Lagrangian at its best
duals (one more pricing round) still bounds the pair score (``bound``). The
bound does not depend on the scale of the scores: multiplied by ``c > 0`` they give a
bound ``c`` times as large.

Keep-together pairs are not modelled: dropping a constraint only relaxes the
problem, so the bound stays valid (it may be looser when many pairs are kept
together).

Why hand-written: LP and MIP libraries (HiGHS, OR-Tools, PuLP) solve the master
but leave pricing to the caller, and no library prices cliques of a given size
under role and forbidden-pair constraints; here pricing is an exact numpy
enumeration, which is only practical while ``C(n, k)`` stays in the millions
(:data:`MAX_TEAMS`); beyond that (or for teams of two sizes) callers fall back to
the pair LP.
"""

from __future__ import annotations

import itertools
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from scipy.optimize import linprog

__all__ = ["MAX_TEAMS", "PartitionBound", "partition_bound"]

F64 = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]
Ints = npt.NDArray[np.intp]

MAX_TEAMS = 12_000_000  # largest C(n, k) priced by enumeration (about 60 ms a round at 8 M)


@dataclass(frozen=True, slots=True)
class PartitionBound:
    """The bound and how it was reached.

    ``bound`` is the smallest Lagrangian value seen (valid whatever happened);
    ``lp_value`` the restricted master LP's value at the end (a lower bound on the
    full LP; equal to it when ``converged``); ``rounds`` the pricing rounds and
    ``pricing_seconds`` their total time; ``columns`` the master's final size;
    ``history`` the seconds elapsed and the bound so far after each round; ``teams``
    the master's columns (feasible teams, less any start team that was not);
    ``objective_bound`` an upper bound of ``pair score - balance x strength spread``
    when ``strength`` was given (module docstring: then the column generation, its
    ``lp_value`` and ``history`` are the objective's, and ``bound`` is the pair score's
    Lagrangian at its best duals, valid but looser than the pair score's own column
    generation would give), else ``bound``.
    """

    bound: float
    lp_value: float
    rounds: int
    pricing_seconds: float
    columns: int
    converged: bool
    seconds: float
    history: tuple[tuple[float, float], ...] = field(default=(), repr=False)
    teams: tuple[tuple[int, ...], ...] = field(default=(), repr=False)
    objective_bound: float | None = None


class _Pricer:
    """Every feasible team of ``k``, enumerated as a first member ``a`` plus a later ``(k-1)``-set.

    The ``(k - 1)``-subsets of ``0..n-1`` in lexicographic order; those whose first
    member is after ``a`` are a suffix, so each team is met once, as ``a`` + suffix row.
    """

    def __init__(self, n: int, k: int, forbidden: Bools, roles: Bools) -> None:
        self.n, self.k = n, k
        m = k - 1
        if m:
            flat = np.fromiter(
                itertools.chain.from_iterable(itertools.combinations(range(n), m)),
                dtype=np.intp,
                count=math.comb(n, m) * m,
            )
            self.sub = flat.reshape(-1, m)
        else:  # pragma: no cover - teams of one are not teams
            self.sub = np.zeros((1, 0), dtype=np.intp)
        self.cols = [np.ascontiguousarray(self.sub[:, c]) for c in range(m)]
        first = self.sub[:, 0] if m else np.zeros(1, dtype=np.intp)
        self.start = np.searchsorted(first, np.arange(n), side="right")
        self.forbidden = forbidden
        self._spread: _Spread | None = None
        self._cost_rows: list[F64] = []
        nr = roles.shape[1]
        bits = (roles.astype(np.int64) << np.arange(nr, dtype=np.int64)).sum(axis=1)
        self.full = (1 << nr) - 1
        self.bits = bits
        sub_bits = np.zeros(len(self.sub), dtype=np.int64)
        for c in self.cols:
            sub_bits |= bits[c]
        # per first member, which suffix rows miss a required role (static, computed once)
        self.missing = [
            (sub_bits[self.start[a] :] | bits[a]) != self.full if nr else None for a in range(n)
        ]

    def price(
        self, wp: F64, keep: int, spread: _Spread | None = None
    ) -> tuple[F64, npt.NDArray[np.intp], npt.NDArray[np.intp]]:
        """The ``keep`` largest reduced costs (sorted, largest first), their first members and rows.

        ``wp`` holds the modified pair weights, ``-inf`` for a forbidden pair; a team
        missing a required role is worth ``-inf`` too; with ``spread``, each team costs
        its share of the strength spread as well (:meth:`_Spread.cost`).
        """
        inner = np.zeros(len(self.sub))
        for c, d in itertools.combinations(range(self.k - 1), 2):
            inner += wp[self.cols[c], self.cols[d]]
        costs = None if spread is None else self._costs(spread)
        vals: list[F64] = []
        firsts: list[Ints] = []
        rows: list[Ints] = []
        pool = 0
        thr = -np.inf
        for a in range(self.n - self.k + 1):
            s0 = int(self.start[a])
            if s0 >= len(self.sub):
                break
            u = wp[a]
            v = inner[s0:].copy()
            for col in self.cols:
                v += u[col[s0:]]
            if costs is not None:  # the spread's share, -inf for a missing role
                v += costs[a]
            elif (miss := self.missing[a]) is not None:
                v[miss] = -np.inf
            idx = np.flatnonzero(v > thr) if pool >= keep else np.arange(len(v))
            if len(idx) > keep:
                idx = idx[np.argpartition(-v[idx], keep - 1)[:keep]]
            vals.append(v[idx])
            firsts.append(np.full(len(idx), a, dtype=np.intp))
            rows.append(idx + s0)
            pool += len(idx)
            if pool >= 4 * keep:  # shrink the pool, raise the threshold
                allv = np.concatenate(vals)
                top = np.argpartition(-allv, keep - 1)[:keep]
                vals, firsts, rows = (
                    [allv[top]],
                    [np.concatenate(firsts)[top]],
                    [np.concatenate(rows)[top]],
                )
                pool = keep
                thr = float(vals[0].min())
        allv = np.concatenate(vals)
        fa = np.concatenate(firsts)
        ro = np.concatenate(rows)
        order = np.argsort(-allv, kind="stable")[:keep]
        return allv[order], fa[order], ro[order]

    def _costs(self, spread: _Spread) -> list[F64]:
        """Per first member, minus each suffix row's spread share (``-inf`` when it misses
        a required role): static, computed once per spread (8 bytes a team)."""
        if self._spread is not spread:
            sub_strength = np.zeros(len(self.sub))
            for col in self.cols:
                sub_strength += spread.strength[col]
            self._cost_rows = []
            for a in range(self.n):
                s0 = int(self.start[a])
                row = -spread.coef * np.abs(sub_strength[s0:] + (spread.strength[a] - spread.mean))
                if (miss := self.missing[a]) is not None:
                    row[miss] = -np.inf
                self._cost_rows.append(row)
            self._spread = spread
        return self._cost_rows

    def team(self, a: int, row: int) -> tuple[int, ...]:
        return (a, *(int(x) for x in self.sub[row]))


@dataclass(frozen=True, slots=True)
class _Spread:
    """The strength spread's share of each team: ``coef x |strength(team) - mean|``.

    ``coef = 2 x balance / T`` and ``mean`` the teams' mean strength: summed over the
    teams of any plan, at most ``balance x (strongest - weakest team)`` (module docstring).
    """

    strength: F64
    coef: float
    mean: float

    def cost(self, team: Sequence[int]) -> float:
        return self.coef * abs(float(self.strength[list(team)].sum()) - self.mean)


def _up(value: float) -> float:
    """``value`` to 6 decimals, rounded up (a bound must not drop below the true value)."""
    return math.ceil(round(value * 1e6, 3)) / 1e6


def _team_weight(s: F64, team: Sequence[int]) -> float:
    return float(sum(s[i, j] for i, j in itertools.combinations(team, 2)))


def partition_bound(
    scores: F64,
    size: int,
    *,
    forbidden: Bools | None = None,
    roles: Bools | None = None,
    start: Sequence[Sequence[int]] = (),
    seconds: float = 5.0,
    add: int = 300,
    smoothing: float = 0.8,
    max_teams: int = MAX_TEAMS,
    stop_at: float | None = None,
    strength: F64 | None = None,
    balance: float = 0.0,
) -> PartitionBound | None:
    """Upper bound on the pair score of any partition into teams of ``size`` (module docstring).

    Valid for every plan that puts a holder of each required role in every team and no
    forbidden pair together, whenever it stops; keep-together pairs are not modelled
    (a relaxation: the bound stays valid for plans that also keep them together).

    Parameters
    ----------
    scores : symmetric matrix of pair scores (``n x n``, ``n`` a multiple of ``size``).
    forbidden : pairs that may not share a team (``n x n`` booleans).
    roles : person x required role booleans; every team needs a holder of each role.
    start : teams known to be feasible (e.g. a heuristic's plan), the first columns.
    seconds : time budget; the bound is valid whenever it stops.
    add : columns added per pricing round (at most).
    smoothing : Wentges' dual smoothing factor (0 for none).
    max_teams : enumerate at most this many teams a round; above, return None.
    stop_at : stop as soon as the bound is at most this value (a caller whose plan is
        proven good enough once the bound drops there needs no tighter one); with
        ``strength``, the objective bound.
    strength, balance : each person's strength and the weight of the strength spread:
        with both (``balance > 0``), ``objective_bound`` also bounds ``pair score -
        balance x (strongest team - weakest team)``, a team's strength being the sum
        of its members'.

    Returns
    -------
    PartitionBound, or None when ``n`` is not a multiple of ``size``, the number of
    teams ``C(n, size)`` exceeds ``max_teams``, or no plan is feasible.

    Examples
    --------
    Two obvious pairs: the bound is the optimum, 10.

    >>> import numpy as np
    >>> s = np.array([[0, 5, 1, 1], [5, 0, 1, 1], [1, 1, 0, 5], [1, 1, 5, 0]], float)
    >>> r = partition_bound(s, 2)
    >>> r.bound, r.converged
    (10.0, True)

    With ``a`` and ``b`` kept apart, the best plan scores 2:

    >>> forb = np.zeros((4, 4), bool); forb[0, 1] = forb[1, 0] = True
    >>> partition_bound(s, 2, forbidden=forb).bound
    2.0

    With strengths to even out (``balance``), the objective's bound drops below the pair
    score's: the two strong pairs make one team 2 stronger than the other, and the best
    plan's objective is 10 - 2 = 8 (any other plan scores 2).

    >>> r = partition_bound(s, 2, strength=np.array([1, 1, 0, 0.0]), balance=1)
    >>> r.bound, r.objective_bound
    (10.0, 8.0)
    """
    t0 = time.perf_counter()
    n = scores.shape[0]
    if size < 2 or n % size or n == 0 or math.comb(n, size) > max_teams:
        return None
    tcount = n // size
    k = size
    forb = np.zeros((n, n), dtype=bool) if forbidden is None else forbidden.astype(bool)
    rl = np.zeros((n, 0), dtype=bool) if roles is None else roles.astype(bool)
    if tcount == 1:
        if forb[np.triu_indices(n, 1)].any() or not rl.any(axis=0).all():
            return None
        v = float(np.triu(scores, 1).sum())
        return PartitionBound(_up(v), v, 0, 0.0, 1, True, 0.0, objective_bound=_up(v))
    w = np.where(forb, -np.inf, scores).astype(np.float64)
    np.fill_diagonal(w, 0.0)
    pricer = _Pricer(n, k, forb, rl)
    spread = None
    if strength is not None and balance > 0:
        st = np.asarray(strength, dtype=np.float64)
        spread = _Spread(st, 2.0 * balance / tcount, float(st.sum()) / tcount)

    columns: list[tuple[int, ...]] = []
    weights: list[float] = []
    known: set[tuple[int, ...]] = set()

    def add_column(team: Sequence[int]) -> None:
        key = tuple(sorted(int(i) for i in team))
        if key not in known:
            known.add(key)
            columns.append(key)
            weights.append(_team_weight(scores, key))

    for team in start:
        tm = list(team)
        if len(tm) == k and not forb[np.ix_(tm, tm)].any() and (rl[tm].any(axis=0)).all():
            add_column(tm)
    # artificial singletons at a loss larger than any plan: the master is always feasible
    penalty = 1.0 + float(np.abs(np.triu(scores, 1)).sum())
    if spread is not None:
        penalty += balance * float(np.abs(spread.strength).sum())
    keep = max(tcount, add)
    rounds = 0
    pricing_s = 0.0
    history: list[tuple[float, float]] = []
    limit = -math.inf if stop_at is None else stop_at

    def lagrangian(pi: F64, sp_: _Spread | None) -> tuple[float, F64, Ints, Ints]:
        nonlocal pricing_s, rounds
        tp = time.perf_counter()
        wp = w - (pi[:, None] + pi[None, :]) / (k - 1)
        np.fill_diagonal(wp, 0.0)
        vals, fa, ro = pricer.price(wp, keep, sp_)
        pricing_s += time.perf_counter() - tp
        rounds += 1
        if len(vals) < tcount or not np.isfinite(vals[tcount - 1]):
            return math.inf, vals, fa, ro  # fewer than T feasible teams: no bound from here
        return float(pi.sum() + vals[:tcount].sum()), vals, fa, ro

    def take(vals: F64, fa: Ints, ro: Ints, limit: int) -> int:
        """Add up to ``limit`` positive columns, each person in at most 3 of them."""
        used = np.zeros(n, dtype=np.int64)
        added = 0
        for v, a, r in zip(vals.tolist(), fa.tolist(), ro.tolist(), strict=True):
            if v <= 1e-9 or added >= limit:
                break
            team = pricer.team(a, r)
            if max(int(used[i]) for i in team) >= 3:
                continue
            before = len(columns)
            add_column(team)
            if len(columns) > before:
                used[list(team)] += 1
                added += 1
        return added

    def generate(center: F64, sp_: _Spread | None) -> tuple[float, F64, float, bool]:
        """Column generation from duals ``center``: (best bound, its duals, LP value, converged)."""
        alpha = smoothing
        value, vals, fa, ro = lagrangian(center, sp_)
        best_bound = value
        history.append((time.perf_counter() - t0, best_bound))
        take(vals, fa, ro, add)
        lp_value = -math.inf
        converged = False
        while time.perf_counter() - t0 < seconds and best_bound > limit:
            cmat = sp.csr_matrix(
                (
                    np.ones(len(columns) * k),
                    (
                        np.repeat(np.arange(len(columns)), k),
                        np.array(columns, dtype=np.intp).reshape(-1),
                    ),
                ),
                shape=(len(columns), n),
            ).T.tocsr()
            cw = np.array(weights, dtype=np.float64)
            if sp_ is not None:
                cw -= np.array([sp_.cost(c) for c in columns])
            res = linprog(
                np.concatenate([-cw, np.full(n, penalty)]),
                A_eq=sp.hstack([cmat, sp.identity(n, format="csr")]).tocsr(),
                b_eq=np.ones(n),
                bounds=(0, None),
                method="highs",
            )
            if res.status != 0:  # pragma: no cover - the artificial columns make it feasible
                break
            lp_value = float(-res.fun)
            pi_lp = -np.asarray(res.eqlin.marginals, dtype=np.float64)
            if math.isfinite(best_bound) and best_bound - lp_value <= 1e-7 * max(
                1.0, abs(best_bound)
            ):
                converged = True
                break
            while True:
                pi = alpha * center + (1 - alpha) * pi_lp if math.isfinite(best_bound) else pi_lp
                value, vals, fa, ro = lagrangian(pi, sp_)
                if value < best_bound:
                    best_bound, center = value, pi
                history.append((time.perf_counter() - t0, best_bound))
                added = take(vals, fa, ro, add)
                if (
                    added
                    or alpha == 0
                    or time.perf_counter() - t0 >= seconds
                    or best_bound <= limit
                ):
                    break
                alpha = 0.0  # mis-pricing: nothing prices out at the smoothed duals; use the LP's
            if not added and alpha == 0:  # nothing prices out at the LP's duals: LP solved
                converged = True
                break
            alpha = smoothing
        return best_bound, center, lp_value, converged

    # the first duals: each person's fair share of their team in the start plan (its
    # value then sums to the plan's), else 0
    center = np.zeros(n)
    for team, value in zip(columns, weights, strict=True):
        center[list(team)] = (value - (spread.cost(team) if spread else 0.0)) / k
    if len({i for team in columns for i in team}) != sum(map(len, columns)):
        center[:] = 0.0  # the start overlaps: no plan to share out
    objective_bound, center, lp_value, converged = generate(center, spread)
    if not math.isfinite(objective_bound):
        return None
    best_bound = objective_bound
    if spread is not None:
        # the pair score's bound at the objective's best duals: one more pricing round
        # (never below the objective's: each team there costs its spread share less)
        best_bound, _, _, _ = lagrangian(center, None)
    return PartitionBound(
        bound=_up(best_bound),
        lp_value=round(lp_value, 6),
        rounds=rounds,
        pricing_seconds=round(pricing_s, 3),
        columns=len(columns),
        converged=converged,
        seconds=round(time.perf_counter() - t0, 3),
        history=tuple((round(a, 3), _up(b)) for a, b in history),
        teams=tuple(columns),
        objective_bound=_up(objective_bound),
    )
