"""Matchmaking events: speed-networking rounds, tables and hackathon teams. Pure functions.

Input is plain data: attendee ids, a symmetric matrix of pairwise scores (the
reciprocal suggestion score, see :func:`matcher.matching.ranking.score_matrix`), forbidden pairs (avoid
lists, both ways; no common language), past rounds and roles. Output is frozen
dataclasses. Nothing here reads a database or a clock.

Speed networking (:func:`plan_rounds`)
    Round by round, a **maximum-weight matching** (rustworkx's blossom
    algorithm, exact) over the pairs that have not met and are not forbidden;
    with an odd number present, a dummy vertex joined only to those with the
    fewest byes so far takes one person out (a **bye**), or that person joins the
    pair that suits them best (a **trio**): nobody sits out twice before everybody
    present sat out once. A **fairness** term raises the weight of the pairs of
    attendees served below their own potential so far (their meetings'
    average score over the average of their best possible ones), so the popular
    few do not take every good match. Tables of ``n`` (``group_size >= 3``) are
    formed per round by a greedy seating improved by best-swap local search.
    Re-planning passes the rounds already held as ``past``: they are returned
    unchanged, and their meetings count as met.

Calm re-planning (:func:`repair_rounds`)
    When someone is absent or arrives late, only the meetings that involve them
    change, in the rounds not yet started: the partners they leave alone are paired
    with each other or with whoever had a break (a maximum-weight matching), late
    arrivals take a break's place or join a pair as a third, and everyone else keeps
    their partners and their table. :func:`round_changes` lists, round by round, who
    would see their agenda change between two versions of a plan (a full re-plan by
    :func:`plan_rounds` changes many; a repair only those concerned).

The upper bound (:func:`rounds_bound`)
    An LP relaxation solved by HiGHS (scipy): a variable ``0 <= x_ij <= 1`` per
    pair still allowed to meet, ``sum_j x_ij <= d_i`` where ``d_i`` is how many
    partners ``i`` can still get (the rounds they attend, times the table size
    minus one), and the number of meetings per round capped by the seats. The
    meetings of any plan satisfy every constraint (each round gives a person one
    partner, or ``n - 1`` at a table, and no pair meets twice), so no plan can
    score more than the LP optimum: it is a valid upper bound for the
    multi-round problem, unlike the per-round optimum, which a myopic plan
    reaches but a better sequence may not.

Teams (:func:`form_teams`)
    Team sizes first: :func:`team_layouts` says, before solving, how ``n`` people fit
    teams of the size asked (exactly that size when it divides ``n``; otherwise the
    remainder as teams of one more, some teams of one fewer, or one smaller team), the
    default first; the teams follow the chosen layout exactly. An OR-Tools **CP-SAT**
    model: person ``i`` in team ``t`` (``x_it``), each team of its layout's size,
    every required role offered in every team, avoid pairs in different teams, past good
    collaborators in the same team (when asked), and the objective ``sum of within-team
    pair scores - balance x (strongest team - weakest team)``, with a time limit. The gap
    is reported against the smaller of CP-SAT's own bound and an upper bound of the
    objective (of the pair score alone for teams of two sizes). For teams of one size that
    is the **set-partitioning LP** (a column per
    feasible team) solved by column generation with exact numpy pricing, every round a
    valid Lagrangian bound (:func:`matcher.events.teams_bound.partition_bound`, at most 55 % of
    the time), then the same LP with each team charged its share of the strength spread
    (``2 balance / T x |team strength - mean|``, summed never more than the spread's
    cost), which bounds the objective itself; computed **first**, from a greedy seating
    improved by swaps: the search
    then stops as soon as its plan is proven within ``target_gap`` (3 % by default) of
    that bound. Until then: the best plan made of the bound's columns (a MIP) evened out
    by swap search, then iterated swap search (at most a fifth of the time), then CP-SAT
    started from the best seating so far (a complete hint) for the rest of 95 % of the
    time; the best of them is kept. For teams of two sizes (or too many teams to
    enumerate) there is no bound before CP-SAT (its own bound, weak on large instances,
    does not stop it early), and afterwards an LP relaxation of the clique-partitioning
    problem (:func:`teams_bound`: a variable per pair, degree at most ``size - 1``, each
    person's team holding every required role, triangle and 2-partition inequalities of
    Grötschel and Wakabayashi added as cuts for about 55 % of the time; CP-SAT then has
    15 %) solved by HiGHS (scipy). On large instances the LP, not CP-SAT, gives the
    bound: CP-SAT's own bound stays near the sum of everyone's best pairs. Scores and
    strengths enter CP-SAT as integers, in units of 1e-4 of the power of ten of the largest
    of them (relative: teams and gaps do not depend on the scale of the scores), balance in
    thousandths.

In plain words (:func:`plan_quality`)
    A plan's score over its bound as "at least 97 % of the best possible", with one
    sentence an organiser can read (and a kind, for translation).
"""

from __future__ import annotations

import heapq
import itertools
import logging
import math
import time
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

import numpy as np
import numpy.typing as npt
import rustworkx as rx
import scipy.sparse as sp
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

from matcher.errors import InvalidInput, RolesNotCovered, counted
from matcher.events.teams_bound import PartitionBound, partition_bound

__all__ = [
    "BALANCE",
    "FAIRNESS",
    "GROUP_SIZE",
    "MAX_BALANCE",
    "MAX_FAIRNESS",
    "MAX_GROUP",
    "MAX_ROUNDS",
    "MAX_TIME_LIMIT",
    "ODD_MODES",
    "ROUNDS",
    "TARGET_GAP",
    "TEAM_SIZE",
    "TIME_LIMIT",
    "Group",
    "Odd",
    "PlanQuality",
    "Round",
    "RoundChange",
    "RoundsPlan",
    "RoundsRepair",
    "Team",
    "TeamLayout",
    "TeamsPlan",
    "check_layout",
    "check_odd",
    "check_rounds_args",
    "check_scores",
    "check_team_size",
    "form_teams",
    "greedy_rounds",
    "half_up",
    "mean_points",
    "parse_sizes",
    "plan_quality",
    "plan_rounds",
    "plan_stats",
    "repair_needed",
    "repair_rounds",
    "round_changes",
    "rounds_bound",
    "table_points",
    "team_layouts",
    "teams_bound",
]

logger = logging.getLogger(__name__)

F64 = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]
Odd = Literal["bye", "trio"]
#: the odd modes, in the order shown to people (the first is the default)
ODD_MODES: tuple[Odd, ...] = get_args(Odd)
Stop = Literal["optimal", "target_gap", "time_limit"]
MAX_ROUNDS = 50
MAX_GROUP = 12
#: People at a table in a speed-networking round, by default (2: one-to-one meetings).
GROUP_SIZE = 2
#: What an organiser is offered first: rounds in an evening, people in a hackathon team.
ROUNDS = 6
TEAM_SIZE = 4
#: How much fairness weighs against the total (0: the total only), by default and at most.
FAIRNESS = 0.5
MAX_FAIRNESS = 10.0
#: Team forming stops once its plan is proven within this share of the best, by default.
TARGET_GAP = 0.03
#: Team forming: the weight of the strength spread (0: ignored), by default and at most; the
#: solver's time in seconds, by default and at most.
BALANCE = 1.0
MAX_BALANCE = 100.0
TIME_LIMIT = 10.0
MAX_TIME_LIMIT = 600.0
_SCALE = 1_000_000  # matching weights are integers: scores to 6 decimals
_BLOCKED = -1e6  # a forbidden or repeated pair at a table


# ----------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Group:
    """One table in one round: its members (2 for a 1:1 meeting, 3 for a trio) and their score."""

    table: int
    members: tuple[str, ...]
    score: float


@dataclass(frozen=True, slots=True)
class Round:
    """One round: its tables and who sits out (a bye)."""

    number: int
    groups: tuple[Group, ...]
    byes: tuple[str, ...] = ()

    def pairs(self) -> set[frozenset[str]]:
        """Every pair that meets in this round."""
        return {frozenset(p) for g in self.groups for p in itertools.combinations(g.members, 2)}


@dataclass(frozen=True, slots=True)
class RoundsPlan:
    """A speed-networking plan and how good it is.

    ``score`` is the sum of the scores of every pair that meets (past rounds
    included); ``bound`` an upper bound on any plan's score with the same past
    (see :func:`rounds_bound`); ``greedy_score`` the score of the greedy baseline
    (best remaining pair first) over the same rounds (0 when its seating of tables gets
    stuck on a repeated or forbidden pair).
    """

    attendees: tuple[str, ...]
    rounds: tuple[Round, ...]
    group_size: int
    odd: Odd
    score: float
    bound: float
    greedy_score: float
    fairness: float
    replanned_from: int = 1

    @property
    def ratio_to_bound(self) -> float:
        """``score / bound`` (1 when the bound is 0)."""
        return round(self.score / self.bound, 6) if self.bound > 0 else 1.0

    @property
    def ratio_to_greedy(self) -> float:
        """``score / greedy_score`` (1 when the greedy score is 0)."""
        return round(self.score / self.greedy_score, 6) if self.greedy_score > 0 else 1.0

    @property
    def tables(self) -> int:
        """The most tables any round uses (what the room must hold)."""
        return max((len(r.groups) for r in self.rounds), default=0)

    @property
    def seated(self) -> tuple[str, ...]:
        """Everyone with a seat at some table of the plan, in order: whose agenda a first
        plan makes (an attendee absent from every round has none)."""
        return tuple(sorted({p for r in self.rounds for g in r.groups for p in g.members}))

    def figures(self) -> dict[str, Any]:
        """The solver's numbers: score, bound, greedy score and the two ratios."""
        return {
            "score": self.score,
            "bound": self.bound,
            "greedy_score": self.greedy_score,
            "ratio_to_bound": self.ratio_to_bound,
            "ratio_to_greedy": self.ratio_to_greedy,
        }

    def summary(self) -> dict[str, Any]:
        """The plan's figures and settings, as stored with it and shown by every shell."""
        return {
            **self.figures(),
            "group_size": self.group_size,
            "odd": self.odd,
            "fairness": self.fairness,
            "replanned_from": self.replanned_from,
        }


@dataclass(frozen=True, slots=True)
class Team:
    """One hackathon team."""

    number: int
    members: tuple[str, ...]
    score: float
    strength: float
    roles: tuple[str, ...]
    missing_roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TeamsPlan:
    """Teams, the solver's verdict and the optimality gap.

    ``objective`` is what CP-SAT maximised (pair scores minus ``balance`` x the
    strength spread); ``bound`` an upper bound of it; ``gap = (bound - objective) / bound``;
    ``heuristic_score`` the pair score of the first seating (greedy, improved by swap
    search, before the bound), for comparison; ``bound_detail`` how the set-partitioning bound
    went (teams of one size; None when another bound was used); ``layout`` the team
    sizes used; ``stopped`` why the search stopped: ``optimal`` (proven best),
    ``target_gap`` (proven within ``target_gap`` of the best before the time limit) or
    ``time_limit``.
    """

    teams: tuple[Team, ...]
    score: float
    objective: float
    bound: float
    gap: float
    status: str
    seconds: float
    strength_spread: float
    heuristic_score: float
    required_roles: tuple[str, ...] = ()
    kept_together: tuple[tuple[str, str], ...] = ()
    bound_detail: PartitionBound | None = None
    layout: TeamLayout | None = None
    stopped: Stop = "time_limit"
    target_gap: float = 0.0

    def summary(self) -> dict[str, Any]:
        """The solver's verdict and figures, as stored with the teams and shown by every shell."""
        return {
            "score": self.score,
            "objective": self.objective,
            "bound": self.bound,
            "gap": self.gap,
            "status": self.status,
            "seconds": self.seconds,
            "strength_spread": self.strength_spread,
            "heuristic_score": self.heuristic_score,
            "stopped": self.stopped,
            "target_gap": self.target_gap,
            "sizes": [len(t.members) for t in self.teams],
            "layout": self.layout.kind if self.layout else "",
        }


# ------------------------------------------------------------ checking


def check_scores(ids: Sequence[str], scores: npt.ArrayLike) -> F64:
    """The score matrix as float64, after checking it fits ``ids``.

    Examples
    --------
    >>> check_scores(["a", "b"], [[0, 0.5], [0.5, 0]]).tolist()
    [[0.0, 0.5], [0.5, 0.0]]
    >>> check_scores(["a", "b"], [[0, 0.5], [0.4, 0]])
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: scores must be symmetric; score[a][b] = 0.5 but score[b][a] = 0.4; average the two directions first
    """
    if len(set(ids)) != len(ids):
        dup = next(i for i in ids if list(ids).count(i) > 1)
        raise InvalidInput(
            f"attendee {dup!r} is listed twice", field="attendees", value=dup, hint="list each once"
        )
    s = np.asarray(scores, dtype=np.float64)
    n = len(ids)
    if s.shape != (n, n):
        raise InvalidInput(
            f"scores must be a {n} x {n} matrix, got shape {s.shape}",
            field="scores",
            hint="one row and one column per attendee, in the order of the ids",
        )
    if n and not np.isfinite(s).all():
        raise InvalidInput("scores must be finite numbers", field="scores", hint="replace NaN by 0")
    if n and (s < 0).any():
        raise InvalidInput(
            "scores must be >= 0",
            field="scores",
            hint="give a pair that must never meet as forbidden",
        )
    if n and not np.allclose(s, s.T, atol=1e-9):
        i, j = np.argwhere(~np.isclose(s, s.T, atol=1e-9))[0]
        raise InvalidInput(
            f"scores must be symmetric; score[{ids[i]}][{ids[j]}] = {s[i, j]:g} but"
            f" score[{ids[j]}][{ids[i]}] = {s[j, i]:g}",
            field="scores",
            hint="average the two directions first",
        )
    s = s.copy()
    np.fill_diagonal(s, 0.0)
    return s


def _index(ids: Sequence[str]) -> dict[str, int]:
    return {pid: i for i, pid in enumerate(ids)}


def _pair_matrix(
    pos: Mapping[str, int], pairs: Iterable[Collection[str]], n: int, field_name: str
) -> Bools:
    m = np.zeros((n, n), dtype=bool)
    for pair in pairs:
        a, b = tuple(pair) if len(pair) == 2 else (None, None)
        if a is None or b is None or a == b:
            raise InvalidInput(
                f"{field_name}: a pair needs two different people, got {tuple(pair)!r}",
                field=field_name,
                value=list(pair),
                hint="give pairs of two attendee ids",
            )
        if a in pos and b in pos:  # pairs with someone not attending do not matter
            m[pos[a], pos[b]] = m[pos[b], pos[a]] = True
    return m


def check_rounds_args(rounds: int, group_size: int, fairness: float, odd: str) -> None:
    """Refuse a number of rounds, a table size, a fairness or an odd mode out of range (a
    shell asks this before confirming a re-plan, so nobody confirms a plan that cannot be)."""
    InvalidInput.unless_within(
        rounds, 1, MAX_ROUNDS, field="rounds", hint="an evening usually has 4 to 8"
    )
    InvalidInput.unless_within(
        group_size,
        2,
        MAX_GROUP,
        field="group_size",
        hint="use 2 for 1:1 meetings, 3 to 12 for tables",
    )
    InvalidInput.unless_within(
        fairness,
        0,
        MAX_FAIRNESS,
        field="fairness",
        hint=f"0 maximises the total only; {FAIRNESS} is the default",
    )
    check_odd(odd)


def parse_sizes(text: str) -> tuple[int, ...] | None:
    """A team layout as people write it (``"7,7,6,6"``: one size per team, as
    :meth:`EventService.team_layouts` offers them), None when empty; anything else in it is
    :class:`InvalidInput` naming the field ``sizes``, never dropped.

    Examples
    --------
    >>> parse_sizes("7, 7,6,6"), parse_sizes(" ")
    ((7, 7, 6, 6), None)
    >>> parse_sizes("5,4,4,x")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: sizes must be whole numbers separated by commas (got '5,4,4,x'); e.g. 7,7,6,6 (see the layouts offered)
    """
    parts = [x.strip() for x in text.split(",")]
    if not any(parts):
        return None
    if not all(x.isascii() and x.isdigit() for x in parts):
        raise InvalidInput(
            "sizes must be whole numbers separated by commas",
            field="sizes",
            value=text,
            hint="e.g. 7,7,6,6 (see the layouts offered)",
        )
    return tuple(int(x) for x in parts)


def check_odd(value: object) -> Odd:
    """``value`` as an :data:`Odd` mode (what to do with the one left over), or
    :class:`InvalidInput` naming the field and the modes.

    Examples
    --------
    >>> ODD_MODES, check_odd("trio")
    (('bye', 'trio'), 'trio')
    >>> check_odd("triple")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: odd must be bye or trio (got 'triple'); bye: one person sits out, trio: they join a pair
    """
    for mode in ODD_MODES:
        if value == mode:
            return mode
    raise InvalidInput(
        f"odd must be {' or '.join(ODD_MODES)}",
        field="odd",
        value=value,
        hint="bye: one person sits out, trio: they join a pair",
    )


# ------------------------------------------------------------- rounds


@dataclass
class _State:
    """Who met whom, byes and service so far (mutable while planning, never returned)."""

    met: Bools
    byes: npt.NDArray[np.int64]
    served: F64
    attended: npt.NDArray[np.int64]
    potential: F64
    score: float = 0.0

    def copy(self) -> _State:
        return _State(
            self.met.copy(),
            self.byes.copy(),
            self.served.copy(),
            self.attended.copy(),
            self.potential,
            self.score,
        )

    def record(self, groups: Sequence[Sequence[int]], byes: Sequence[int], s: F64) -> None:
        for g in groups:
            for a, b in itertools.combinations(g, 2):
                self.met[a, b] = self.met[b, a] = True
                self.served[a] += s[a, b]
                self.served[b] += s[a, b]
                self.score += float(s[a, b])
            for a in g:
                self.attended[a] += 1
        for b in byes:
            self.byes[b] += 1


def _potential(s: F64, allowed: Bools, k: int) -> F64:
    """Each attendee's average score over their ``k`` best allowed partners (at least 1e-9)."""
    masked = np.where(allowed, s, 0.0)
    k = max(1, min(k, max(1, s.shape[0] - 1)))
    top = -np.sort(-masked, axis=1)[:, :k]
    return np.asarray(np.maximum(top.mean(axis=1), 1e-9), dtype=np.float64)


def _fair_weights(s: F64, st: _State, fairness: float) -> F64:
    """Scores raised for attendees served below their potential: ``s_ij (1 + f (d_i + d_j))``."""
    if fairness <= 0:
        return s
    ratio = np.where(st.attended > 0, st.served / (np.maximum(st.attended, 1) * st.potential), 1.0)
    deficit = np.clip(1.0 - ratio, 0.0, 1.0)
    return np.asarray(s * (1.0 + fairness * (deficit[:, None] + deficit[None, :])), np.float64)


def _max_matching(
    present: Sequence[int], w: F64, allowed: Bools, dummy_to: Collection[int] = ()
) -> tuple[list[tuple[int, int]], list[int]]:
    """Maximum-cardinality, then maximum-weight matching of ``present`` (rustworkx blossom).

    With ``dummy_to``, an extra vertex joined to those people takes one of them
    out (the bye). Returns the pairs and who is left without a partner.
    """
    p = np.asarray(present, dtype=np.intp)
    m = len(p)
    g = rx.PyGraph()
    g.add_nodes_from(range(m + (1 if dummy_to else 0)))
    sub = allowed[np.ix_(p, p)]
    iu, ju = np.nonzero(np.triu(sub, 1))
    wi = (np.round(w[p[iu], p[ju]] * _SCALE).astype(np.int64) + 1).tolist()
    g.add_edges_from(list(zip(iu.tolist(), ju.tolist(), wi, strict=True)))
    if dummy_to:
        local = {int(v): k for k, v in enumerate(p)}
        g.add_edges_from([(local[d], m, 0) for d in dummy_to])
    matching = rx.max_weight_matching(g, max_cardinality=True, weight_fn=lambda x: int(x))
    pairs: list[tuple[int, int]] = []
    taken: set[int] = set()
    for a, b in matching:
        taken.update((a, b))
        if a < m and b < m:
            pairs.append((int(p[a]), int(p[b])))
    single = [int(p[k]) for k in range(m) if k not in taken]
    bye = [int(p[a if b == m else b]) for a, b in matching if m in (a, b)]
    return pairs, sorted(single + bye)


def _round_pairs(
    present: Sequence[int], w: F64, allowed: Bools, st: _State
) -> tuple[list[tuple[int, int]], list[int]]:
    """One round of 1:1 meetings; with an odd number present, the bye goes to the least-byed."""
    if len(present) % 2 == 0:
        return _max_matching(present, w, allowed)
    counts = sorted({int(st.byes[i]) for i in present})
    best: tuple[list[tuple[int, int]], list[int]] | None = None
    for tier in counts:  # widen the bye candidates only if the fewest-byes ones cannot sit out
        cands = [i for i in present if st.byes[i] <= tier]
        pairs, out = _max_matching(present, w, allowed, cands)
        if best is None or len(out) < len(best[1]):
            best = (pairs, out)
        if len(out) == 1:
            break
    assert best is not None
    return best


def _add_trio(
    pairs: list[tuple[int, int]], out: list[int], w: F64, allowed: Bools
) -> tuple[list[tuple[int, ...]], list[int]]:
    """The person left out joins the pair that suits them best (both pairs allowed)."""
    groups: list[tuple[int, ...]] = [tuple(p) for p in pairs]
    if len(out) != 1 or not pairs:
        return groups, out
    b = out[0]
    best, where = -1.0, -1
    for k, (x, y) in enumerate(pairs):
        if allowed[b, x] and allowed[b, y] and w[b, x] + w[b, y] > best:
            best, where = float(w[b, x] + w[b, y]), k
    if where < 0:
        return groups, out
    groups[where] = (*groups[where], b)
    return groups, []


def _table_sizes(count: int, n: int, *, nearest: bool = True) -> list[int]:
    """Seats per table for ``count`` people at tables of about ``n``, as even as possible.

    ``nearest``: the number of tables nearest to ``count / n`` (tables of ``n - 1`` to
    ``n + 1``, for rounds); otherwise ``count // n`` tables (``n`` or more, for teams).

    Examples
    --------
    >>> _table_sizes(10, 3), _table_sizes(8, 4), _table_sizes(5, 3), _table_sizes(2, 4)
    ([4, 3, 3], [4, 4], [3, 2], [2])
    >>> _table_sizes(5, 3, nearest=False), _table_sizes(9, 4, nearest=False)
    ([5], [5, 4])
    """
    tables = max(1, (count + n // 2) // n if nearest else count // n)
    base, extra = divmod(count, tables)
    return [base + 1] * extra + [base] * (tables - extra)


def _seat_greedy(w: F64, sizes: Sequence[int], order: Sequence[int] | None = None) -> list[int]:
    """Greedy seating: each person (hardest first) to the open table they gain most at.

    ``w`` holds the pair weights among the people to seat (blocked pairs very
    negative). Returns a table number per person.
    """
    m = w.shape[0]
    label = [-1] * m
    gain = np.zeros((m, len(sizes)))
    room = list(sizes)
    if order is None:
        blocked = (w <= _BLOCKED / 2).sum(axis=1)
        order = sorted(range(m), key=lambda i: (-int(blocked[i]), -float(w[i].max(initial=0))))
    for i in order:
        best_t, best_v = -1, -math.inf
        for t in range(len(sizes)):
            if room[t] == 0:
                continue
            v = gain[i, t] + 1e-9 * room[t]  # ties: the emptier table
            if v > best_v:
                best_t, best_v = t, v
        label[i] = best_t
        room[best_t] -= 1
        gain[:, best_t] += w[:, i]
    return label


def _improve_swaps(
    w: F64,
    label: list[int],
    frozen: Collection[int] = (),
    max_swaps: int = 100_000,
    roles: Bools | None = None,
) -> list[int]:
    """Best-improvement swap local search on a seating (sum of within-table pair weights).

    Hand-written because it is a few lines of numpy: each step evaluates every
    swap of two people at different tables at once and applies the best one, until
    no swap improves the total. With ``roles`` (person x required role), a swap that
    would take a table's last holder of a role away without bringing another is skipped.
    """
    m = w.shape[0]
    lab = np.asarray(label, dtype=np.intp)
    tables = int(lab.max()) + 1 if m else 0
    onehot = np.zeros((m, tables))
    onehot[np.arange(m), lab] = 1.0
    gain = w @ onehot  # gain[i, t] = sum of w[i, j] for j at table t
    movable = np.ones(m, dtype=bool)
    movable[list(frozen)] = False
    lacks = None if roles is None or not roles.shape[1] else (~roles).astype(np.float64)
    for _ in range(max_swaps):
        own = gain[np.arange(m), lab]
        cross = gain[:, lab]  # cross[a, b] = gain of a at b's table
        delta = cross - own[:, None] + cross.T - own[None, :] - 2 * w
        same = lab[:, None] == lab[None, :]
        delta[same] = 0.0
        delta[~movable, :] = 0.0
        delta[:, ~movable] = 0.0
        if lacks is not None and roles is not None:
            holders = np.zeros((tables, roles.shape[1]))
            np.add.at(holders, lab, roles.astype(np.float64))
            critical = roles & (holders[lab] == 1)  # a is their table's only holder of r
            breaks = (critical.astype(np.float64) @ lacks.T) > 0  # b does not bring r back
            delta[breaks | breaks.T] = 0.0
        a, b = np.unravel_index(int(np.argmax(delta)), delta.shape)
        if delta[a, b] <= 1e-9:
            break
        ta, tb = lab[a], lab[b]
        gain[:, ta] += w[:, b] - w[:, a]
        gain[:, tb] += w[:, a] - w[:, b]
        lab[a], lab[b] = tb, ta
    return [int(v) for v in lab]


def _round_tables(
    present: Sequence[int], w: F64, allowed: Bools, n: int, *, improve: bool = True
) -> list[tuple[int, ...]]:
    p = np.asarray(present, dtype=np.intp)
    sub = np.where(allowed[np.ix_(p, p)], w[np.ix_(p, p)], _BLOCKED)
    np.fill_diagonal(sub, 0.0)
    sizes = _table_sizes(len(p), n)
    label = _seat_greedy(sub, sizes)
    if improve:
        label = _improve_swaps(sub, label)
    groups: list[list[int]] = [[] for _ in sizes]
    for k, t in enumerate(label):
        groups[t].append(int(p[k]))
    for g in groups:
        for a, b in itertools.combinations(g, 2):
            if not allowed[a, b]:
                raise _Stuck(a, b)
    return [tuple(sorted(g)) for g in groups if g]


class _Stuck(Exception):
    def __init__(self, a: int, b: int) -> None:
        self.a, self.b = a, b


def _greedy_pairs(
    present: Sequence[int], s: F64, allowed: Bools, st: _State
) -> tuple[list[tuple[int, int]], list[int]]:
    """The baseline: repeatedly take the best remaining allowed pair (byes to the least-byed)."""
    p = np.asarray(present, dtype=np.intp)
    free = set(p.tolist())
    if len(p) % 2 == 1:
        bye = min(p.tolist(), key=lambda i: (int(st.byes[i]), i))
        free.discard(bye)
    sub = allowed[np.ix_(p, p)]
    iu, ju = np.nonzero(np.triu(sub, 1))
    a, b = p[iu], p[ju]
    order = np.argsort(-s[a, b], kind="stable")
    pairs = []
    for k in order.tolist():
        x, y = int(a[k]), int(b[k])
        if x in free and y in free:
            pairs.append((x, y))
            free.discard(x)
            free.discard(y)
            if len(free) < 2:
                break
    return pairs, sorted(set(p.tolist()) - {v for pr in pairs for v in pr})


def _present(n: int, r: int, absent: Mapping[int, Collection[int]]) -> list[int]:
    return [i for i in range(n) if r not in absent.get(i, ())]


def _run_rounds(
    ids: Sequence[str],
    s: F64,
    forbidden: Bools,
    st: _State,
    start: int,
    rounds: int,
    group_size: int,
    odd: Odd,
    fairness: float,
    absent: Mapping[int, Collection[int]],
    *,
    greedy: bool,
) -> list[Round]:
    out: list[Round] = []
    n = len(ids)
    for r in range(start, rounds + 1):
        present = _present(n, r, absent)
        allowed = ~(st.met | forbidden)
        np.fill_diagonal(allowed, False)
        byes: list[int] = []
        if group_size == 2:
            if greedy:
                pairs, byes = _greedy_pairs(present, s, allowed, st)
                w = s
            else:
                w = _fair_weights(s, st, fairness)
                pairs, byes = _round_pairs(present, w, allowed, st)
            groups: list[tuple[int, ...]] = [tuple(p) for p in pairs]
            if odd == "trio":
                groups, byes = _add_trio(pairs, byes, w, allowed)
        elif len(present) < 2:  # nobody to sit with: a break
            groups, byes = [], list(present)
        else:
            w = s if greedy else _fair_weights(s, st, fairness)
            try:
                try:
                    groups = _round_tables(present, w, allowed, group_size, improve=not greedy)
                except _Stuck:
                    if not greedy:
                        raise
                    # the baseline's greedy seating is stuck: let the swap search seat it
                    groups = _round_tables(present, w, allowed, group_size, improve=True)
            except _Stuck as stuck:
                raise InvalidInput(
                    f"round {r}: cannot seat every table without a repeated or forbidden pair"
                    f" ({ids[stuck.a]!r} and {ids[stuck.b]!r})",
                    field="rounds",
                    value=rounds,
                    hint="plan fewer rounds or use smaller tables",
                ) from None
        if odd == "trio" and group_size == 2:
            trio_people = [g[-1] for g in groups if len(g) == 3]
            st.record(groups, [], s)
            for t in trio_people:
                st.byes[t] += 1  # the odd one out rotates like a bye
        else:
            st.record(groups, byes, s)
        ordered = sorted(
            (tuple(sorted(g, key=lambda i: ids[i])) for g in groups), key=lambda g: ids[g[0]]
        )
        out.append(
            Round(
                number=r,
                groups=tuple(
                    Group(
                        table=k + 1,
                        members=tuple(ids[i] for i in g),
                        score=round(
                            float(sum(s[a, b] for a, b in itertools.combinations(g, 2))), 6
                        ),
                    )
                    for k, g in enumerate(ordered)
                ),
                byes=tuple(sorted(ids[b] for b in byes)),
            )
        )
    return out


def _check_numbered(rounds: Sequence[Round], field: str, hint: str) -> None:
    """Refuse rounds not numbered 1, 2, ... in order (``field`` names the argument)."""
    for k, rnd in enumerate(rounds, start=1):
        if rnd.number != k:
            what = "past rounds" if field == "past" else "rounds"
            raise InvalidInput(
                f"{what} must be numbered 1, 2, ...; round {k} is numbered {rnd.number}",
                field=field,
                value=rnd.number,
                hint=hint,
            )


def _initial_state(
    ids: Sequence[str],
    s: F64,
    forbidden: Bools,
    past: Sequence[Round],
    rounds: int,
    group_size: int,
) -> _State:
    n = len(ids)
    pos = _index(ids)
    st = _State(
        met=np.zeros((n, n), dtype=bool),
        byes=np.zeros(n, dtype=np.int64),
        served=np.zeros(n),
        attended=np.zeros(n, dtype=np.int64),
        potential=_potential(s, ~forbidden, rounds * (group_size - 1)),
    )
    _check_numbered(past, "past", "pass the rounds already held, in order")
    for rnd in past:
        groups = [[pos[m] for m in g.members if m in pos] for g in rnd.groups]
        st.record(groups, [pos[b] for b in rnd.byes if b in pos], s)
    return st


def plan_rounds(
    ids: Sequence[str],
    scores: npt.ArrayLike,
    rounds: int,
    *,
    group_size: int = GROUP_SIZE,
    odd: Odd = "bye",
    forbidden: Iterable[Collection[str]] = (),
    past: Sequence[Round] = (),
    absent: Mapping[str, Collection[int]] | None = None,
    fairness: float = FAIRNESS,
) -> RoundsPlan:
    """Plan rounds ``len(past) + 1 .. rounds`` of speed networking (see the module docstring).

    Parameters
    ----------
    ids : sequence of str
        Attendees, in the order of the rows of ``scores``.
    scores : array (n, n)
        Symmetric pair scores, >= 0 (the diagonal is ignored).
    rounds : int
        The total number of rounds, past ones included.
    group_size : int
        2 for 1:1 meetings, ``n >= 3`` for tables of about ``n`` (``n - 1`` to ``n + 1``).
    odd : {"bye", "trio"}
        With an odd number present at 1:1: one person sits out, or joins a pair.
    forbidden : pairs of ids
        Pairs that must never meet (avoid lists, both ways).
    past : sequence of Round
        Rounds already held, returned unchanged; their pairs count as met.
    absent : mapping id -> round numbers
        Rounds an attendee misses (no-show: every remaining round; late: the first ones).
    fairness : float
        0 maximises the total only; higher values favour attendees served below their potential.

    Examples
    --------
    >>> s = [[0, 9, 2, 1], [9, 0, 1, 2], [2, 1, 0, 8], [1, 2, 8, 0]]
    >>> plan = plan_rounds(["a", "b", "c", "d"], s, 2, fairness=0)
    >>> [[g.members for g in r.groups] for r in plan.rounds]
    [[('a', 'b'), ('c', 'd')], [('a', 'c'), ('b', 'd')]]
    >>> plan.score, plan.bound, plan.greedy_score
    (21.0, 21.0, 21.0)
    >>> plan_rounds(["a", "b", "c"], [[0, 1, 1], [1, 0, 1], [1, 1, 0]], 3).rounds[2].byes
    ('c',)
    """
    check_rounds_args(rounds, group_size, fairness, odd)
    s = check_scores(ids, scores)
    if len(past) >= rounds:
        raise InvalidInput(
            f"{counted(len(past), 'round')} {'is' if len(past) == 1 else 'are'} already held,"
            f" and the plan has {rounds}",
            field="rounds",
            value=rounds,
            hint="ask for more rounds than those already held",
        )
    pos = _index(ids)
    n = len(ids)
    forb = _pair_matrix(pos, forbidden, n, "forbidden")
    absent_idx = {pos[k]: set(v) for k, v in (absent or {}).items() if k in pos}
    start = len(past) + 1
    st = _initial_state(ids, s, forb, past, rounds, group_size)
    base = st.copy()
    new = _run_rounds(
        ids, s, forb, st, start, rounds, group_size, odd, fairness, absent_idx, greedy=False
    )
    bound, greedy_score = _bound_and_greedy(
        ids, s, forb, base, start, rounds, group_size, odd, absent_idx
    )
    return _plan(
        ids,
        tuple(past) + tuple(new),
        group_size,
        odd,
        fairness,
        start,
        st.score,
        bound,
        greedy_score,
    )


def _plan(
    ids: Sequence[str],
    rounds: tuple[Round, ...],
    group_size: int,
    odd: Odd,
    fairness: float,
    start: int,
    score: float,
    bound: float,
    greedy_score: float,
) -> RoundsPlan:
    """A plan of rounds with its figures to 6 places; the bound is never below the plan's
    score nor the greedy baseline's (a planned or a repaired plan alike)."""
    return RoundsPlan(
        attendees=tuple(ids),
        rounds=rounds,
        group_size=group_size,
        odd=odd,
        score=round(score, 6),
        bound=round(max(bound, score, greedy_score), 6),
        greedy_score=round(greedy_score, 6),
        fairness=fairness,
        replanned_from=start,
    )


def _bound_and_greedy(
    ids: Sequence[str],
    s: F64,
    forb: Bools,
    base: _State,
    start: int,
    rounds: int,
    group_size: int,
    odd: Odd,
    absent_idx: Mapping[int, Collection[int]],
) -> tuple[float, float]:
    """The LP bound and the greedy baseline's score of rounds ``start..rounds`` after ``base``.

    Both include ``base.score`` (the rounds already held). A baseline that cannot seat
    the tables without a repeat (its greedy seating and swap search both stuck) scores 0:
    the plan stands without it.
    """
    n = len(ids)
    gst = base.copy()
    try:
        _run_rounds(ids, s, forb, gst, start, rounds, group_size, odd, 0.0, absent_idx, greedy=True)
    except InvalidInput:
        gst.score = 0.0
    bound = base.score + rounds_bound(
        s,
        allowed=~(base.met | forb),
        present_rounds=[len(_present(n, r, absent_idx)) for r in range(start, rounds + 1)],
        attends=np.array(
            [
                sum(1 for r in range(start, rounds + 1) if r not in absent_idx.get(i, ()))
                for i in range(n)
            ]
        ),
        group_size=group_size,
        odd=odd,
    )
    return bound, gst.score


def greedy_rounds(
    ids: Sequence[str],
    scores: npt.ArrayLike,
    rounds: int,
    *,
    group_size: int = GROUP_SIZE,
    forbidden: Iterable[Collection[str]] = (),
) -> tuple[Round, ...]:
    """The baseline plan: each round, repeatedly the best remaining pair (or greedy seating).

    Examples
    --------
    >>> s = [[0, 5, 4, 0], [5, 0, 0, 4], [4, 0, 0, 0], [0, 4, 0, 0]]
    >>> [g.members for g in greedy_rounds(list("abcd"), s, 1)[0].groups]  # a-b first: c, d left
    [('a', 'b'), ('c', 'd')]
    """
    check_rounds_args(rounds, group_size, 0.0, "bye")
    s = check_scores(ids, scores)
    n = len(ids)
    forb = _pair_matrix(_index(ids), forbidden, n, "forbidden")
    st = _initial_state(ids, s, forb, (), rounds, group_size)
    return tuple(_run_rounds(ids, s, forb, st, 1, rounds, group_size, "bye", 0.0, {}, greedy=True))


# ------------------------------------------------------------ calm re-planning


@dataclass(frozen=True, slots=True)
class RoundChange:
    """How one round differs between two versions of a plan.

    ``removed`` holds the old round's groups that are gone and ``added`` the new
    round's groups that were not there (a group is the same when it has the same
    members); ``people`` everyone whose partners or break changed in this round,
    including whoever is no longer there or newly there.
    """

    number: int
    removed: tuple[Group, ...]
    added: tuple[Group, ...]
    people: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RoundsRepair:
    """A plan repaired around absences and late arrivals, and what the repair changed.

    ``plan`` is the whole plan (rounds already started unchanged); ``changes`` one
    :class:`RoundChange` per round that changed. The people concerned, each sorted, by
    what happened to them in a round: ``left_out`` lost their seat (absent),
    ``arrived`` were present without a seat (late arrivals), ``partners`` were in a
    group with someone absent, and ``others`` are everyone whose agenda changed in a
    round where they were none of these: they had a break and now meet someone, or
    someone joined their meeting (a late arrival, or a partner left alone in trio mode).
    With ``odd="bye"``, a no-show changes their partners' agendas and, in a round where
    someone had a break, that person's: a partner left alone meets them instead of both
    sitting out (:func:`repair_rounds` pairs everyone free in a round).
    """

    plan: RoundsPlan
    changes: tuple[RoundChange, ...]
    left_out: tuple[str, ...]
    arrived: tuple[str, ...]
    partners: tuple[str, ...]
    others: tuple[str, ...]


def _seats(rnd: Round) -> dict[str, frozenset[str]]:
    """Each person of a round and their partners there (empty for a break)."""
    out: dict[str, frozenset[str]] = {}
    for g in rnd.groups:
        for m in g.members:
            out[m] = frozenset(g.members) - {m}
    for b in rnd.byes:
        out[b] = frozenset()
    return out


def round_changes(before: Sequence[Round], after: Sequence[Round]) -> tuple[RoundChange, ...]:
    """What changed, round by round, from one version of a plan to another.

    A person's seat changes when their partners change, when a break becomes a
    meeting (or the reverse), or when they appear or disappear; table numbers are
    not compared (:func:`repair_rounds` keeps them, :func:`plan_rounds` renumbers).

    Examples
    --------
    >>> old = [Round(1, (Group(1, ("a", "b"), 1.0), Group(2, ("c", "d"), 1.0)))]
    >>> new = [Round(1, (Group(1, ("a", "b"), 1.0),), byes=("c",))]
    >>> [(c.number, [g.members for g in c.removed], c.added, c.people) for c in round_changes(old, new)]
    [(1, [('c', 'd')], (), ('c', 'd'))]
    """
    old_by = {r.number: r for r in before}
    new_by = {r.number: r for r in after}
    out = []
    for number in sorted(old_by.keys() | new_by.keys()):
        old = old_by.get(number, Round(number, ()))
        new = new_by.get(number, Round(number, ()))
        so, sn = _seats(old), _seats(new)
        people = tuple(sorted(p for p in so.keys() | sn.keys() if so.get(p) != sn.get(p)))
        if not people:
            continue
        og = {frozenset(g.members) for g in old.groups}
        ng = {frozenset(g.members) for g in new.groups}
        out.append(
            RoundChange(
                number=number,
                removed=tuple(g for g in old.groups if frozenset(g.members) not in ng),
                added=tuple(g for g in new.groups if frozenset(g.members) not in og),
                people=people,
            )
        )
    return tuple(out)


def _check_held_rounds(rounds: Sequence[Round], from_round: int) -> None:
    if not 1 <= len(rounds) <= MAX_ROUNDS:
        raise InvalidInput(
            f"the plan must have 1 to {MAX_ROUNDS} rounds, got {len(rounds)}",
            field="rounds",
            value=len(rounds),
            hint="plan the rounds first (plan_rounds)",
        )
    _check_numbered(rounds, "rounds", "pass the whole plan, in order")
    for rnd in rounds:
        placed = [m for g in rnd.groups for m in g.members] + list(rnd.byes)
        if len(placed) != len(set(placed)):
            dup = next(m for m in placed if placed.count(m) > 1)
            raise InvalidInput(
                f"round {rnd.number}: {dup!r} is seated twice",
                field="rounds",
                value=dup,
                hint="seat each attendee once per round",
            )
    InvalidInput.unless_within(
        from_round,
        1,
        len(rounds),
        field="from_round",
        unit=" (the rounds not yet started)",
        hint="every round has started: there is nothing left to re-plan",
    )


def repair_needed(
    ids: Sequence[str],
    rounds: Sequence[Round],
    from_round: int,
    absent: Mapping[str, Collection[int]] | None = None,
) -> tuple[tuple[int, str], ...]:
    """The seats :func:`repair_rounds` would change: ``(round, person)`` for each person seated
    in a round from ``from_round`` on who is absent there (or no longer among ``ids``), and
    each person of ``ids`` present in such a round without a seat (a late arrival). Empty:
    the plan already fits who is here, and nothing needs re-planning.

    Examples
    --------
    >>> r = [Round(1, (Group(1, ("a", "b"), 1.0),)), Round(2, (Group(1, ("a", "b"), 1.0),))]
    >>> repair_needed(["a", "b", "c"], r, 2, {"b": {2}, "c": {1}})
    ((2, 'b'), (2, 'c'))
    >>> repair_needed(["a", "b"], r, 1)
    ()
    """
    here = set(ids)
    out: list[tuple[int, str]] = []
    for rnd in rounds:
        if rnd.number < from_round:
            continue
        seated = [m for g in rnd.groups for m in g.members] + list(rnd.byes)
        gone = {p for p in seated if p not in here or rnd.number in (absent or {}).get(p, ())}
        arriving = {p for p in here - set(seated) if rnd.number not in (absent or {}).get(p, ())}
        out += [(rnd.number, p) for p in sorted(gone | arriving)]
    return tuple(out)


def repair_rounds(
    ids: Sequence[str],
    scores: npt.ArrayLike,
    rounds: Sequence[Round],
    from_round: int,
    *,
    absent: Mapping[str, Collection[int]] | None = None,
    forbidden: Iterable[Collection[str]] = (),
    group_size: int = GROUP_SIZE,
    odd: Odd = "bye",
    fairness: float = FAIRNESS,
) -> RoundsRepair:
    """Calm re-planning: change only the meetings of people who are absent or arrive late.

    Rounds before ``from_round`` (started or held) are returned unchanged. In each
    later round, every group whose members are all present stays as it is, at its
    table; only these seats change:

    * **Absent** people (``absent``: the rounds each misses, as for :func:`plan_rounds`;
      people seated but not in ``ids`` count as absent too) leave their group. A group
      keeps meeting while at least two of its members remain (a trio becomes a pair, a
      table loses a seat); a person left alone is **free**.
    * **Late arrivals** (present in a round where the plan gives them no seat) are free,
      and so is anyone present whom the plan gave a break.
    * **1:1 rounds**: the free people of the round are paired by a maximum-weight
      matching (fairness weights as in :func:`plan_rounds`) over the pairs allowed: not
      avoided and not meeting in any other round of the plan. With one person too many,
      the one with the fewest breaks so far is left over. A late arrival left over joins
      the pair that suits them best as a third (never a trio already); a partner left
      alone sits out with ``odd="bye"`` and joins the best pair with ``odd="trio"``;
      nobody joins a pair with whom any member is avoided or already met; otherwise
      they sit out.
    * **Tables**: a free person joins, best gain first, a table with a seat left empty
      (fewer than ``group_size``), else one of at most ``group_size`` (so at most
      ``group_size + 1`` seats, the planner's largest), where they meet nobody again and
      nobody they avoid; otherwise they sit out. Nobody else moves.

    New meetings take the lowest table numbers free in their round (freed now, or left
    empty by an earlier change: table k sits at the event's place k, so its named places fill
    before an overflow table), then new ones; kept groups keep theirs. ``plan.bound`` is the bound of the same event re-planned in full
    (:func:`rounds_bound`), at least the repaired plan's score; ``plan.greedy_score``
    the greedy baseline's from ``from_round`` (0 when it cannot seat the tables). To re-plan everything instead, call
    :func:`plan_rounds` with ``past=rounds[:from_round - 1]``.

    Parameters
    ----------
    ids : sequence of str
        The attendees, in the order of the rows of ``scores`` (late arrivals included).
    scores : array (n, n)
        Symmetric pair scores, >= 0.
    rounds : sequence of Round
        The whole current plan, numbered 1, 2, ...
    from_round : int
        The first round not yet started.
    absent : mapping id -> round numbers
        Rounds each attendee misses (no-show from round k: ``k..last``; late until
        round k: ``1..k-1``).
    forbidden : pairs of ids
        Pairs that must never meet.
    group_size, odd, fairness
        As the plan was made (:func:`plan_rounds`).

    Examples
    --------
    Four people, two rounds; ``d`` does not come back for round 2. Their partner
    there, ``b``, sits out; ``a`` and ``c`` keep their meeting, at their table.

    >>> s = [[0, 9, 2, 1], [9, 0, 1, 2], [2, 1, 0, 8], [1, 2, 8, 0]]
    >>> plan = plan_rounds(list("abcd"), s, 2, fairness=0)
    >>> [[g.members for g in r.groups] for r in plan.rounds]
    [[('a', 'b'), ('c', 'd')], [('a', 'c'), ('b', 'd')]]
    >>> fix = repair_rounds(list("abcd"), s, plan.rounds, 2, absent={"d": {2}})
    >>> r2 = fix.plan.rounds[1]
    >>> [(g.table, g.members) for g in r2.groups], r2.byes
    ([(1, ('a', 'c'))], ('b',))
    >>> fix.left_out, fix.partners, fix.others, fix.plan.score
    (('d',), ('b',), (), 19.0)
    """
    check_rounds_args(len(rounds) if rounds else 1, group_size, fairness, odd)
    _check_held_rounds(rounds, from_round)
    s = check_scores(ids, scores)
    pos = _index(ids)
    n = len(ids)
    total = len(rounds)
    forb = _pair_matrix(pos, forbidden, n, "forbidden")
    absent_idx = {pos[k]: set(v) for k, v in (absent or {}).items() if k in pos}

    # 1. take the absent out of every later round; note who is left free
    taken = [_take_out(rnd, pos, absent_idx) for rnd in rounds[from_round - 1 :]]
    met = np.zeros((n, n), dtype=bool)
    for rnd in rounds[: from_round - 1]:
        for g in rnd.groups:
            _meet(met, [pos[m] for m in g.members if m in pos])
    for kept in taken:
        for members in kept.tables.values():
            _meet(met, members)

    # 2. seat the free people, round by round (breaks and service so far count)
    st = _initial_state(ids, s, forb, rounds[: from_round - 1], total, group_size)
    base = st.copy()
    repaired: list[Round] = []
    for rnd, t in zip(rounds[from_round - 1 :], taken, strict=True):
        tables = dict(t.tables)
        top = max([*tables, *t.freed, *(g.table for g in rnd.groups), 0])
        # the lowest numbers free in the round: those freed now and those an earlier change
        # left empty (table k sits at place k: the named places fill before an overflow table)
        spare = [k for k in range(1, top + 1) if k not in tables]
        w = _fair_weights(s, st, fairness)
        byes: list[int] = []
        joined: list[int] = []

        def allowed_now() -> Bools:
            ok = ~(met | forb)
            np.fill_diagonal(ok, False)
            return ok

        if group_size == 2:
            pool = sorted(t.free)
            pairs, out = _round_pairs(pool, w, allowed_now(), st) if len(pool) > 1 else ([], pool)
            for a, b in pairs:
                if spare:
                    number = spare.pop(0)
                else:
                    top += 1
                    number = top
                tables[number] = (a, b)
                _meet(met, (a, b))
            for i in out:
                if i in t.arrived or odd == "trio":
                    where = _best_table(i, tables, allowed_now(), w, cap=3, prefer_below=3)
                    if where is not None:
                        tables[where] = (*tables[where], i)
                        _meet(met, tables[where])
                        joined.append(i)
                        continue
                byes.append(i)
        else:
            ok = allowed_now()
            order = sorted(
                t.free,
                key=lambda i: (sum(bool(ok[i, list(g)].all()) for g in tables.values()), ids[i]),
            )
            for i in order:
                where = _best_table(
                    i, tables, allowed_now(), w, cap=group_size + 1, prefer_below=group_size
                )
                if where is None:
                    byes.append(i)
                else:
                    tables[where] = (*tables[where], i)
                    _meet(met, tables[where])
        groups = [tables[k] for k in sorted(tables)]
        st.record(groups, byes, s)
        if odd == "trio" and group_size == 2:
            for i in joined:  # the odd one out rotates like a bye (as in plan_rounds)
                st.byes[i] += 1
        old = {(g.table, frozenset(g.members)): g for g in rnd.groups}
        new_groups = []
        for k in sorted(tables):
            names = tuple(sorted(ids[i] for i in tables[k]))
            same = old.get((k, frozenset(names)))
            score = float(sum(s[a, b] for a, b in itertools.combinations(tables[k], 2)))
            new_groups.append(same or Group(table=k, members=names, score=round(score, 6)))
        repaired.append(Round(rnd.number, tuple(new_groups), tuple(sorted(ids[b] for b in byes))))

    # 3. the plan, its bound and baseline, and what changed for whom
    new_rounds = tuple(rounds[: from_round - 1]) + tuple(repaired)
    has_trio = group_size == 2 and any(len(g.members) == 3 for r in repaired for g in r.groups)
    bound, greedy_score = _bound_and_greedy(
        ids,
        s,
        forb,
        base,
        from_round,
        total,
        group_size,
        "trio" if has_trio else odd,
        absent_idx,
    )
    changes = round_changes(rounds, new_rounds)
    by_round = {r.number: t for r, t in zip(rounds[from_round - 1 :], taken, strict=True)}
    left_out = {p for t in taken for p in t.left_out}
    arrived = {ids[i] for t in taken for i in t.arrived}
    partners = {ids[i] for t in taken for i in t.partners}
    others: set[str] = set()
    for c in changes:
        t = by_round[c.number]
        known = set(t.left_out) | {ids[i] for i in t.arrived | t.partners}
        others.update(p for p in c.people if p not in known)
    return RoundsRepair(
        plan=_plan(
            ids, new_rounds, group_size, odd, fairness, from_round, st.score, bound, greedy_score
        ),
        changes=changes,
        left_out=tuple(sorted(left_out)),
        arrived=tuple(sorted(arrived)),
        partners=tuple(sorted(partners)),
        others=tuple(sorted(others)),
    )


@dataclass(frozen=True, slots=True)
class _TakenOut:
    """One later round with the absent taken out (indices into the attendees)."""

    tables: dict[int, tuple[int, ...]]  # table -> members still there (2 or more)
    freed: tuple[int, ...]  # tables left with fewer than two people
    free: tuple[int, ...]  # people to seat: left alone, on a break, or arriving
    arrived: frozenset[int]
    partners: frozenset[int]
    left_out: tuple[str, ...]


def _take_out(
    rnd: Round, pos: Mapping[str, int], absent: Mapping[int, Collection[int]]
) -> _TakenOut:
    r = rnd.number

    def here(m: str) -> bool:
        return m in pos and r not in absent.get(pos[m], ())

    tables: dict[int, tuple[int, ...]] = {}
    freed: list[int] = []
    free: list[int] = []
    partners: set[int] = set()
    left_out: list[str] = []
    for g in rnd.groups:
        stay = tuple(pos[m] for m in g.members if here(m))
        gone = [m for m in g.members if not here(m)]
        left_out += gone
        if gone:
            partners.update(stay)
        if len(stay) >= 2:
            tables[g.table] = stay
        else:
            freed.append(g.table)
            free.extend(stay)
    for b in rnd.byes:
        if here(b):
            free.append(pos[b])
        else:
            left_out.append(b)
    placed = {pos[m] for g in rnd.groups for m in g.members if m in pos}
    placed |= {pos[b] for b in rnd.byes if b in pos}
    arrived = frozenset(i for m, i in pos.items() if i not in placed and r not in absent.get(i, ()))
    return _TakenOut(
        tables=tables,
        freed=tuple(freed),
        free=tuple(sorted({*free, *arrived})),
        arrived=arrived,
        partners=frozenset(partners),
        left_out=tuple(left_out),
    )


def _meet(met: Bools, group: Sequence[int]) -> None:
    for a, b in itertools.combinations(group, 2):
        met[a, b] = met[b, a] = True


def _best_table(
    i: int,
    tables: Mapping[int, tuple[int, ...]],
    allowed: Bools,
    w: F64,
    *,
    cap: int,
    prefer_below: int,
) -> int | None:
    """The table ``i`` should join: fewer than ``cap`` people, every pair allowed; a table
    of fewer than ``prefer_below`` people first, then the largest gain (then the lowest number)."""
    best, best_key = None, (False, -math.inf)
    for number in sorted(tables):
        g = list(tables[number])
        if len(g) >= cap or not allowed[i, g].all():
            continue
        key = (len(g) < prefer_below, float(w[i, g].sum()))
        if key > best_key:
            best, best_key = number, key
    return best


def rounds_bound(
    scores: F64,
    *,
    allowed: Bools,
    present_rounds: Sequence[int],
    attends: npt.ArrayLike,
    group_size: int = GROUP_SIZE,
    odd: Odd = "bye",
) -> float:
    """An upper bound on the score of the remaining rounds: an LP relaxation (HiGHS).

    ``max sum s_ij x_ij`` over allowed pairs, ``0 <= x_ij <= 1``, each person
    ``i`` in at most ``attends_i x (group_size - 1)`` pairs (one more per round
    in a trio), and at most as many pairs as the rounds' seats allow. Every
    plan's meetings satisfy these constraints, so none can score more.

    Examples
    --------
    >>> import numpy as np
    >>> s = np.array([[0, 3, 2], [3, 0, 1], [2, 1, 0]], float)
    >>> ok = ~np.eye(3, dtype=bool)
    >>> rounds_bound(s, allowed=ok, present_rounds=[3], attends=[1, 1, 1])  # one pair per round
    3.0
    >>> rounds_bound(s, allowed=ok, present_rounds=[3, 3], attends=[2, 2, 2])
    5.0
    """
    n = scores.shape[0]
    att = np.asarray(attends, dtype=np.float64)
    iu, ju = np.nonzero(np.triu(allowed, 1) & (scores > 0))
    if not len(iu) or not present_rounds:
        return 0.0
    w = scores[iu, ju]
    k = len(iu)
    cols = np.concatenate([np.arange(k), np.arange(k)])
    rows = np.concatenate([iu, ju])
    deg = sp.csr_matrix((np.ones(2 * k), (rows, cols)), shape=(n, k))
    seats = 0.0
    odd_rounds = 0
    for p in present_rounds:
        if group_size == 2:
            seats += p // 2 + (2 if odd == "trio" and p % 2 and p >= 3 else 0)
            odd_rounds += p % 2
        else:
            seats += sum(z * (z - 1) / 2 for z in _table_sizes(p, group_size)) if p else 0
    if group_size == 2 and odd == "trio" and odd_rounds:
        # x: pair variables, then t_i >= 0 extra partners in trios, sum t_i <= 3 per odd round
        a_deg = sp.hstack([deg, -sp.identity(n)])
        a_tot = sp.hstack([sp.csr_matrix(np.ones((1, k))), sp.csr_matrix((1, n))])
        a_trio = sp.hstack([sp.csr_matrix((1, k)), sp.csr_matrix(np.ones((1, n)))])
        a = sp.vstack([a_deg, a_tot, a_trio]).tocsr()
        b = np.concatenate([att, [seats, 3.0 * odd_rounds]])
        c = np.concatenate([-w, np.zeros(n)])
        bounds = [(0, 1)] * k + [(0, float(x)) for x in att]
    else:
        per_person = att * (group_size - 1)
        if group_size > 2:
            sizes = [max(_table_sizes(p, group_size)) for p in present_rounds if p]
            biggest = max(sizes, default=1) - 1
            per_person = att * biggest
        a = sp.vstack([deg, sp.csr_matrix(np.ones((1, k)))]).tocsr()
        b = np.concatenate([per_person, [seats]])
        c = -w
        bounds = [(0, 1)] * k
    res = linprog(c, A_ub=a, b_ub=b, bounds=bounds, method="highs")
    if res.status != 0:  # pragma: no cover - the LP is always feasible (x = 0) and bounded
        return float(w.sum())
    return round(float(-res.fun) + 1e-7, 6)


# --------------------------------------------------------------- teams


def teams_bound(
    scores: F64,
    sizes: Sequence[int],
    *,
    forbidden: Bools | None = None,
    together: Bools | None = None,
    roles: Bools | None = None,
    cut_rounds: int = 30,
    max_cuts: int = 1500,
    seconds: float = 10.0,
) -> float:
    """Upper bound on the within-team pair score: clique-partitioning LP with cuts.

    ``max sum s_ij y_ij``, ``0 <= y_ij <= 1`` (0 for forbidden, 1 for together pairs),
    ``sum_j y_ij <= max size - 1``, ``sum y <= sum over teams of size (size - 1) / 2``,
    for each required role (columns of ``roles``, person x role) and each person
    ``i`` without it, ``sum over holders j of y_ij >= 1`` (i's team has one), and,
    added in rounds while time lasts (``seconds``), the most violated triangle
    inequalities ``y_ij + y_jk - y_ik <= 1`` and 2-partition inequalities
    ``sum_{t in T} y_it - sum_{t < u in T} y_tu <= 1`` (HiGHS). A partition into teams
    satisfies them all, so the LP value bounds every plan.

    Examples
    --------
    >>> import numpy as np
    >>> s = np.array([[0, 5, 1, 1], [5, 0, 1, 1], [1, 1, 0, 5], [1, 1, 5, 0]], float)
    >>> teams_bound(s, [2, 2])
    10.0
    """
    n = scores.shape[0]
    iu, ju = np.triu_indices(n, 1)
    k = len(iu)
    if not k:
        return 0.0
    w = scores[iu, ju]
    lo = np.zeros(k)
    hi = np.ones(k)
    if forbidden is not None:
        hi[forbidden[iu, ju]] = 0.0
    if together is not None:
        lo[together[iu, ju]] = 1.0
        hi = np.maximum(hi, lo)
    pid = np.zeros((n, n), dtype=np.int64)
    pid[iu, ju] = np.arange(k)
    pid[ju, iu] = np.arange(k)
    rows = np.concatenate([iu, ju])
    cols = np.concatenate([np.arange(k), np.arange(k)])
    base = sp.vstack(
        [
            sp.csr_matrix((np.ones(2 * k), (rows, cols)), shape=(n, k)),
            sp.csr_matrix(np.ones((1, k))),
        ]
    ).tocsr()
    b0 = np.concatenate([np.full(n, max(sizes) - 1.0), [sum(z * (z - 1) / 2 for z in sizes)]])
    if roles is not None and roles.shape[1]:
        r_rows: list[int] = []
        r_cols: list[int] = []
        count = 0
        for r in range(roles.shape[1]):
            holders = np.nonzero(roles[:, r])[0]
            for i in np.nonzero(~roles[:, r])[0].tolist():
                r_rows += [count] * len(holders)
                r_cols += [int(pid[i, j]) for j in holders]
                count += 1
        if count:
            a_roles = sp.csr_matrix((-np.ones(len(r_rows)), (r_rows, r_cols)), shape=(count, k))
            base = sp.vstack([base, a_roles]).tocsr()
            b0 = np.concatenate([b0, -np.ones(count)])
    cuts: list[tuple[tuple[int, ...], tuple[float, ...], float]] = []
    seen: set[frozenset[int]] = set()
    deadline = time.perf_counter() + seconds
    value = float(w.sum())
    for _ in range(cut_rounds + 1):
        if cuts:
            r_idx = np.concatenate([np.full(len(c[0]), q) for q, c in enumerate(cuts)])
            c_idx = np.concatenate([np.array(c[0]) for c in cuts])
            vals = np.concatenate([np.array(c[1]) for c in cuts])
            a_cut = sp.csr_matrix((vals, (r_idx, c_idx)), shape=(len(cuts), k))
            a = sp.vstack([base, a_cut]).tocsr()
            b = np.concatenate([b0, [c[2] for c in cuts]])
        else:
            a, b = base, b0
        res = linprog(-w, A_ub=a, b_ub=b, bounds=np.column_stack([lo, hi]), method="highs")
        if res.status != 0:  # pragma: no cover - infeasible only if together pairs overflow
            break
        value = min(value, float(-res.fun))
        if time.perf_counter() > deadline:
            break
        y = np.zeros((n, n))
        y[iu, ju] = res.x
        y = y + y.T
        found: list[tuple[float, tuple[tuple[int, ...], tuple[float, ...], float]]] = []
        for j in range(n):  # triangles y_ij + y_jk - y_ik <= 1
            viol = y[:, j][:, None] + y[j, :][None, :] - y - 1.0
            viol[j, :] = viol[:, j] = -1.0
            np.fill_diagonal(viol, -1.0)
            ii, kk = np.nonzero(np.triu(viol > 1e-6, 1))
            found.extend(
                (
                    float(viol[i, q]),
                    ((int(pid[i, j]), int(pid[j, q]), int(pid[i, q])), (1.0, 1.0, -1.0), 1.0),
                )
                for i, q in zip(ii.tolist(), kk.tolist(), strict=True)
            )
        # 2-partition inequalities y(i, T) - y(T) <= 1: i shares a team with m of T, and
        # m - m (m - 1) / 2 <= 1 for every m; T grown greedily around each person
        for i in range(n):
            group: list[int] = []
            for j in np.argsort(-y[i]).tolist():
                if y[i, j] <= 1e-6:
                    break
                if y[i, j] - sum(y[j, t] for t in group) > 1e-6:
                    group.append(j)
            if len(group) < 3:
                continue
            lhs = sum(y[i, t] for t in group) - sum(
                y[a, c] for a, c in itertools.combinations(group, 2)
            )
            key = frozenset([i, *group]) | {-1 - i}
            if lhs > 1 + 1e-6 and key not in seen:
                seen.add(key)
                star: tuple[int, ...] = tuple(int(pid[i, t]) for t in group) + tuple(
                    int(pid[a, c]) for a, c in itertools.combinations(group, 2)
                )
                coef = (1.0,) * len(group) + (-1.0,) * (len(star) - len(group))
                found.append((float(lhs) - 1, (star, coef, 1.0)))
        if not found:
            break
        cuts += [c[1] for c in heapq.nlargest(max_cuts, found, key=lambda f: f[0])]
    return round(value + 1e-7, 6)


@dataclass
class _TeamInput:
    s: F64
    sizes: list[int]
    offers: list[frozenset[str]]
    required: tuple[str, ...]
    forbidden: Bools
    together: Bools
    strength: F64
    groups: list[list[int]] = field(default_factory=list)


def _union_groups(n: int, together: Bools) -> list[list[int]]:
    parent = list(range(n))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b in zip(*np.nonzero(np.triu(together, 1)), strict=True):
        parent[find(int(a))] = find(int(b))
    comps: dict[int, list[int]] = {}
    for i in range(n):
        comps.setdefault(find(i), []).append(i)
    return sorted(comps.values(), key=lambda g: (-len(g), g[0]))


def _heuristic_teams(
    ti: _TeamInput,
    seconds: float = 0.0,
    seed: int = 0,
    balance: float = 0.0,
    *,
    good_enough: float = math.inf,
) -> list[int]:
    """Greedy seating (together groups first, roles covered first) improved by swaps."""
    n = ti.s.shape[0]
    w = np.where(ti.forbidden, _BLOCKED, ti.s)
    np.fill_diagonal(w, 0.0)
    tables = len(ti.sizes)
    room = list(ti.sizes)
    label = [-1] * n
    gain = np.zeros((n, tables))

    def put(i: int, t: int) -> None:
        label[i] = t
        room[t] -= 1
        gain[:, t] += w[:, i]

    # keep-together groups, largest first, to the table with most room
    for g in ti.groups:
        if len(g) < 2:
            continue
        t = max(range(tables), key=lambda q: (room[q], -q))
        for i in g:
            put(i, t)
    # one holder of each required role per team, scarcest role first
    for role in sorted(ti.required, key=lambda r: sum(r in o for o in ti.offers)):
        for t in range(tables):
            if any(label[i] == t and role in ti.offers[i] for i in range(n)) or room[t] == 0:
                continue
            cands = [i for i in range(n) if label[i] < 0 and role in ti.offers[i]]
            if cands:
                put(max(cands, key=lambda i: gain[i, t] - 0.01 * len(ti.offers[i])), t)
    for i in sorted(range(n), key=lambda i: -float(w[i].max(initial=0))):
        if label[i] < 0:
            open_t = [t for t in range(tables) if room[t] > 0]
            put(i, max(open_t, key=lambda t: (gain[i, t], room[t])))
    frozen = {i for g in ti.groups if len(g) > 1 for i in g}
    roles = np.array([[r in o for r in ti.required] for o in ti.offers], dtype=bool).reshape(
        n, len(ti.required)
    )
    return _iterated_swaps(
        w, label, frozen, seconds, seed, roles, ti.strength, balance, good_enough=good_enough
    )


def _iterated_swaps(
    w: F64,
    label: list[int],
    frozen: Collection[int],
    seconds: float,
    seed: int,
    roles: Bools | None = None,
    strength: F64 | None = None,
    balance: float = 0.0,
    *,
    good_enough: float = math.inf,
) -> list[int]:
    """Iterated local search on ``pair score - balance x strength spread``.

    Swap-improve the pair score, even out the strongest and weakest tables (the
    best swap between them, while the objective improves), then kick a few movable
    people and start again; a seating is kept when its objective is at least as good.
    Stops after ``seconds``, or once a seating covering every role is worth
    ``good_enough``.
    """
    rng = np.random.default_rng(seed)
    st = np.zeros(len(label)) if strength is None else strength
    fixed = set(frozen)

    def value(lab: Sequence[int]) -> float:
        if not balance:
            return _teams_score(w, lab)
        sums = np.bincount(np.asarray(lab), weights=st)
        return _teams_score(w, lab) - balance * float(sums.max() - sums.min())

    def level(lab: list[int]) -> list[int]:
        if not balance:
            return lab
        current = value(lab)
        for _ in range(4 * len(lab)):
            sums = np.bincount(np.asarray(lab), weights=st)
            hi_t, lo_t = int(np.argmax(sums)), int(np.argmin(sums))
            best_move, best_val = None, current
            for a in (i for i, t in enumerate(lab) if t == hi_t and i not in fixed):
                for b in (i for i, t in enumerate(lab) if t == lo_t and i not in fixed):
                    lab[a], lab[b] = lo_t, hi_t
                    v = value(lab)
                    if v > best_val + 1e-12 and _covers(lab, roles):
                        best_move, best_val = (a, b), v
                    lab[a], lab[b] = hi_t, lo_t
            if best_move is None:
                break
            a, b = best_move
            lab[a], lab[b] = lo_t, hi_t
            current = best_val
        return lab

    best = level(_improve_swaps(w, label, frozen, roles=roles))
    best_v = value(best)
    movable = [i for i in range(len(label)) if i not in fixed]
    deadline = time.perf_counter() + seconds
    stall = 0
    while len(movable) >= 4 and time.perf_counter() < deadline and stall < 50 * len(movable):
        if best_v >= good_enough and _covers(best, roles):
            break
        cur = list(best)
        for _ in range(int(rng.integers(2, 5))):
            a, b = rng.choice(movable, 2, replace=False)
            cur[a], cur[b] = cur[b], cur[a]
        cur = level(_improve_swaps(w, cur, frozen, roles=roles))
        v = value(cur)
        stall = 0 if v > best_v + 1e-9 else stall + 1
        if v >= best_v - 1e-12 and _covers(cur, roles):
            best, best_v = cur, v
    return best


def _covers(label: Sequence[int], roles: Bools | None) -> bool:
    """Every table has a holder of every required role."""
    if roles is None or not roles.shape[1]:
        return True
    lab = np.asarray(label)
    holders = np.zeros((int(lab.max()) + 1, roles.shape[1]))
    np.add.at(holders, lab, roles.astype(np.float64))
    return bool((holders > 0).all())


LayoutKind = Literal["exact", "larger", "smaller", "leftover", "one team", "chosen"]


@dataclass(frozen=True, slots=True)
class TeamLayout:
    """How many teams of which size, said before the teams are formed.

    ``sizes`` has one entry per team, largest first; ``kind`` says how the people who do
    not fit teams of the size asked are placed: ``exact`` (nobody left over), ``larger``
    (spread over the teams, some one larger), ``smaller`` (one team more, some teams one
    smaller), ``leftover`` (one smaller team of the remainder), ``one team`` (fewer
    people than the size asked) or ``chosen`` (sizes given by the organiser).
    """

    sizes: tuple[int, ...]
    kind: LayoutKind

    @property
    def counts(self) -> tuple[tuple[int, int], ...]:
        """``(size, number of teams)``, largest size first."""
        return tuple((z, self.sizes.count(z)) for z in sorted(set(self.sizes), reverse=True))

    @property
    def description(self) -> str:
        """The layout in words, e.g. ``"20 teams of 6 and 1 team of 5"``.

        Examples
        --------
        >>> TeamLayout((7, 7, 6), "larger").description
        '2 teams of 7 and 1 team of 6'
        """
        parts = [f"{k} team{'s' if k > 1 else ''} of {z}" for z, k in self.counts]
        return " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)


def _layout_key(layout: TeamLayout, size: int) -> tuple[int, int, int, int]:
    """Default preference: sizes nearest the one asked, most teams of exactly that size,
    then larger teams rather than smaller."""
    off = [z for z in layout.sizes if z != size]
    return (
        max((abs(z - size) for z in off), default=0),
        len(off),
        -(len(layout.sizes) - len(off)),
        -min(layout.sizes),
    )


def check_team_size(size: int) -> None:
    """Refuse a team size outside 2 to :data:`MAX_GROUP` (the one rule of every shell).

    Examples
    --------
    >>> check_team_size(4)
    >>> check_team_size(13)
    Traceback (most recent call last):
    ...
    matcher.errors.OutOfRange: size must be between 2 and 12 (got 13); teams of 3 to 5 work best at hackathons
    """
    InvalidInput.unless_within(
        size, 2, MAX_GROUP, field="size", hint="teams of 3 to 5 work best at hackathons"
    )


def team_layouts(n: int, size: int) -> tuple[TeamLayout, ...]:
    """The ways to seat ``n`` people in teams of about ``size``, the default first.

    When ``size`` divides ``n`` there is one: teams of exactly ``size``. Otherwise, with
    ``n = q x size + r``: ``larger``, ``q`` teams as even as possible (``r`` teams of
    ``size + 1`` when ``r <= q``); ``smaller``, ``q + 1`` teams as even as possible (teams
    of ``size`` and ``size - 1`` when there are enough of them; none below 2 people);
    ``leftover``, ``q`` teams of ``size`` and one of ``r`` (when ``r >= 2``). An option
    that repeats another is left out. The default (first) keeps the sizes nearest the one
    asked: the smallest largest deviation from ``size``, then the fewest teams of another
    size, then the most of ``size``, then larger teams rather than smaller ones. Fewer
    than ``size`` people make one team; fewer than 2, none. No team exceeds
    :data:`MAX_GROUP`.

    Examples
    --------
    >>> [x.description for x in team_layouts(120, 4)]
    ['30 teams of 4']
    >>> [(x.kind, x.description) for x in team_layouts(125, 6)]
    [('smaller', '20 teams of 6 and 1 team of 5'), ('larger', '5 teams of 7 and 15 teams of 6')]
    >>> [(x.kind, x.description) for x in team_layouts(122, 6)]
    [('larger', '2 teams of 7 and 18 teams of 6'), ('smaller', '17 teams of 6 and 4 teams of 5'), ('leftover', '20 teams of 6 and 1 team of 2')]
    >>> [x.description for x in team_layouts(28, 6)]  # never four teams of 7 by default
    ['3 teams of 6 and 2 teams of 5', '4 teams of 7', '4 teams of 6 and 1 team of 4']
    >>> [x.description for x in team_layouts(14, 6)]  # no team of 6 but with a team of 2
    ['2 teams of 7', '2 teams of 5 and 1 team of 4', '2 teams of 6 and 1 team of 2']
    """
    if n < 2 or size < 2:
        return ()
    if n <= size:
        return (TeamLayout((n,), "exact" if n == size else "one team"),)
    q, r = divmod(n, size)
    if r == 0:
        return (TeamLayout((size,) * q, "exact"),)
    found: list[TeamLayout] = []
    larger = tuple(_table_sizes(n, size, nearest=False))  # q teams, as even as possible
    if max(larger) <= MAX_GROUP:
        found.append(TeamLayout(larger, "larger"))
    base, extra = divmod(n, q + 1)  # q + 1 teams, as even as possible
    if base >= 2:
        found.append(TeamLayout((base + 1,) * extra + (base,) * (q + 1 - extra), "smaller"))
    if r >= 2:
        found.append(TeamLayout((size,) * q + (r,), "leftover"))
    unique: dict[tuple[int, ...], TeamLayout] = {}
    for layout in found:
        unique.setdefault(layout.sizes, layout)
    return tuple(sorted(unique.values(), key=lambda x: _layout_key(x, size)))


def check_layout(n: int, size: int, sizes: Sequence[int] | None) -> TeamLayout:
    """The layout to use: ``sizes`` as given (after checking them), else the default.

    Examples
    --------
    >>> check_layout(10, 4, None).sizes, check_layout(10, 4, [5, 5]).sizes
    ((4, 3, 3), (5, 5))
    >>> check_layout(10, 4, [4, 4])
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: the team sizes [4, 4] seat 8 people but 10 are present; choose one of: 1 team of 4 and 2 teams of 3 ([4, 3, 3]), 2 teams of 5 ([5, 5]), 2 teams of 4 and 1 team of 2 ([4, 4, 2])
    """
    options = team_layouts(n, size)
    if sizes is None:
        if not options:
            raise InvalidInput(
                f"{counted(n, 'attendee')} present; teams need at least 2",
                field="attendees",
                value=n,
                hint="add attendees first",
            )
        return options[0]
    chosen = sorted((int(z) for z in sizes), reverse=True)
    listed = ", ".join(f"{x.description} ({list(x.sizes)})" for x in options)
    if sum(chosen) != n:
        raise InvalidInput(
            f"the team sizes {list(sizes)} seat {sum(chosen)} people but {n} are present",
            field="sizes",
            value=list(sizes),
            hint=f"choose one of: {listed}" if listed else "add attendees first",
        )
    if not chosen or min(chosen) < 2 or max(chosen) > MAX_GROUP:
        raise InvalidInput(
            f"every team must have 2 to {MAX_GROUP} people, got sizes {list(sizes)}",
            field="sizes",
            value=list(sizes),
            hint=f"choose one of: {listed}" if listed else "add attendees first",
        )
    match = next((x for x in options if list(x.sizes) == chosen), None)
    return match or TeamLayout(tuple(chosen), "chosen")


def form_teams(
    ids: Sequence[str],
    scores: npt.ArrayLike,
    size: int,
    *,
    offers: Mapping[str, Collection[str]] | None = None,
    required_roles: Sequence[str] = (),
    forbidden: Iterable[Collection[str]] = (),
    together: Iterable[Collection[str]] = (),
    strength: Mapping[str, float] | None = None,
    balance: float = BALANCE,
    time_limit: float = TIME_LIMIT,
    target_gap: float = TARGET_GAP,
    sizes: Sequence[int] | None = None,
    workers: int = 2,
    seed: int = 0,
) -> TeamsPlan:
    """Hackathon teams of exactly the sizes of a layout (see the module docstring).

    Parameters
    ----------
    size : int
        The team size asked. When it does not divide the number of people, the layout
        (:func:`team_layouts`) says how the rest is placed.
    sizes : sequence of int, optional
        The layout chosen by the organiser, one size per team (e.g. ``[7, 7, 6, 6]``),
        respected exactly; by default the first of :func:`team_layouts` (teams of exactly
        ``size`` when it divides the number of people).
    offers : mapping id -> roles
        The roles each attendee brings.
    required_roles : roles every team must have.
    forbidden, together : pairs of ids
        Never in the same team / always in the same team.
    strength : mapping id -> float
        How strong each attendee is (default: their average score with their best
        ``size - 1`` partners); teams are balanced by ``balance`` x (strongest - weakest team).
    time_limit : float
        Seconds for the whole search at most: the heuristic, the bound and CP-SAT share them.
    target_gap : float
        Stop as soon as the plan is proven within this fraction of the best possible
        (``(bound - objective) / bound <= target_gap``): the bound is computed first, then
        the seating is improved (swap search, the plan made of the bound's teams, CP-SAT
        started from the best seating so far) only until it gets there. 0.03 by default;
        0 searches until the time limit or a proof of optimality. ``stopped`` says why the
        search stopped.

    Examples
    --------
    >>> s = [[0, 5, 1, 1], [5, 0, 1, 1], [1, 1, 0, 5], [1, 1, 5, 0]]
    >>> plan = form_teams(list("abcd"), s, 2, balance=0, time_limit=5)
    >>> [t.members for t in plan.teams], plan.score, plan.gap, plan.status
    ([('a', 'b'), ('c', 'd')], 10.0, 0.0, 'OPTIMAL')
    >>> roles = {"a": {"tech"}, "b": {"tech"}, "c": {"sales"}, "d": {"sales"}}
    >>> plan = form_teams(list("abcd"), s, 2, offers=roles, required_roles=["tech", "sales"])
    >>> [t.members for t in plan.teams]
    [('a', 'c'), ('b', 'd')]
    """
    started = time.perf_counter()
    s = check_scores(ids, scores)
    n = len(ids)
    check_team_size(size)
    InvalidInput.unless_within(
        time_limit,
        1,
        MAX_TIME_LIMIT,
        field="time_limit",
        unit=" seconds",
        hint=f"{TIME_LIMIT:g} is usually enough",
    )
    InvalidInput.unless_within(
        balance,
        0,
        MAX_BALANCE,
        field="balance",
        hint="0 ignores how strong teams are; 1 evens them out",
    )
    if n < 2:
        raise InvalidInput(
            f"{counted(n, 'attendee')} present; teams need at least 2",
            field="attendees",
            value=n,
            hint="add attendees first",
        )
    pos = _index(ids)
    roles_of = [frozenset((offers or {}).get(i, ())) for i in ids]
    required = tuple(dict.fromkeys(required_roles))
    forb = _pair_matrix(pos, forbidden, n, "forbidden")
    tog = _pair_matrix(pos, together, n, "together")
    if not 0 <= target_gap < 1:
        raise InvalidInput(
            "target_gap must be between 0 and 1",
            field="target_gap",
            value=target_gap,
            hint="0.03 stops once the plan is proven within 3 % of the best; 0 searches on",
        )
    layout = check_layout(n, size, sizes)
    sizes = list(layout.sizes)
    tcount = len(sizes)
    for role in required:
        holders = sum(role in r for r in roles_of)
        if holders < tcount:
            raise RolesNotCovered(
                f"only {counted(holders, 'attendee')} {'offers' if holders == 1 else 'offer'}"
                f" {role}, and {'the team needs' if tcount == 1 else f'{tcount} teams each need'}"
                " one",
                field="required_roles",
                value=role,
                hint="require fewer roles, form fewer (larger) teams, or invite more people",
            )
    groups = _union_groups(n, tog)
    if groups and len(groups[0]) > max(sizes):
        raise InvalidInput(
            f"{len(groups[0])} people must stay together ({', '.join(ids[i] for i in groups[0])}),"
            f" more than a team of {max(sizes)}",
            field="together",
            value=len(groups[0]),
            hint="keep fewer collaborators together or make larger teams",
        )
    for g in groups:
        for a, b in itertools.combinations(g, 2):
            if forb[a, b]:
                raise InvalidInput(
                    f"{ids[a]!r} and {ids[b]!r} must be both together and apart",
                    field="together",
                    value=[ids[a], ids[b]],
                    hint="drop one of the two constraints",
                )
    if strength is None:
        k = max(1, size - 1)
        strength_arr = -np.sort(-np.where(forb, 0.0, s), axis=1)[:, :k].mean(axis=1)
    else:
        strength_arr = np.array([float(strength.get(i, 0.0)) for i in ids])
    ti = _TeamInput(s, sizes, roles_of, required, forb, tog, strength_arr, groups)
    roles_mat = np.array([[r in o for r in required] for o in roles_of], dtype=bool).reshape(
        n, len(required)
    )
    w_swap = np.where(forb, _BLOCKED, s)
    np.fill_diagonal(w_swap, 0.0)
    frozen = {i for g in groups if len(g) > 1 for i in g}

    # strengths in CP-SAT's unit, as it counts them and the spread is reported
    unit = _unit(s, strength_arr)
    spread_strength = np.round(strength_arr / unit) * unit

    def value(lab: Sequence[int]) -> float:
        return _plan_value(s, lab, spread_strength, balance)

    def within(objective: float, bound: float) -> bool:
        """Whether ``bound`` proves ``objective`` within the target gap."""
        if not (target_gap > 0 and math.isfinite(bound)):
            return False
        return bound - objective <= target_gap * max(bound, 1e-12) + 1e-9

    def valid(lab: Sequence[int]) -> bool:
        """Every team holds every required role and no avoid pair."""
        together_pairs = np.asarray(lab)[:, None] == np.asarray(lab)[None, :]
        return _covers(lab, roles_mat) and not (together_pairs & forb).any()

    def done(lab: Sequence[int]) -> bool:
        """A valid seating proven within the target gap of the bound."""
        return valid(lab) and within(value(lab), outer)

    # 1. a first seating: greedy, improved by swaps (no kicks yet)
    hint_label = _heuristic_teams(ti, 0.0, seed, balance)
    # 2. the bound first (teams of one size: set partitioning by column generation), so
    # that the search can stop as soon as it proves the seating good enough; None for
    # teams of two sizes or too many teams to price
    part: PartitionBound | None = None
    if len(set(sizes)) == 1 and n > sizes[0]:
        first = value(hint_label)
        part = partition_bound(
            s,
            sizes[0],
            forbidden=forb,
            roles=roles_mat,
            start=[[i for i in range(n) if hint_label[i] == t] for t in set(hint_label)],
            seconds=0.55 * time_limit,
            stop_at=first / (1 - target_gap) if 0 < target_gap < 1 else None,
            strength=spread_strength,
            balance=balance,
        )
    # the objective's bound (the spread's cost counted; the pair score's bound without it)
    outer = math.inf
    if part is not None:
        outer = min(
            part.bound, part.bound if part.objective_bound is None else part.objective_bound
        )
    logger.debug("teams: first seating %.3f, bound %.3f", value(hint_label), outer)
    enough = (1 - target_gap) * outer if target_gap > 0 else math.inf
    heuristic_score = _teams_score(s, hint_label)
    # 3. the bound's columns hold good teams: the best plan made of them (a MIP), evened
    # out by the swap search, replaces the seating when its objective is better
    hint_value = value(hint_label)
    if part is not None and hint_value < outer - 1e-6 and not done(hint_label):
        cols = _column_plan(
            s,
            part.teams,
            groups,
            seconds=0.15 * time_limit,
            rel_gap=target_gap / 3 if target_gap > 0 else 1e-4,
        )
        if cols is not None and not _same_teams(cols, hint_label):
            cols = _iterated_swaps(
                w_swap,
                cols,
                frozen,
                0.05 * time_limit,
                seed,
                roles_mat,
                strength_arr,
                balance,
                good_enough=enough,
            )
            if value(cols) > hint_value and valid(cols):
                hint_label, hint_value = cols, value(cols)
        logger.debug(
            "teams: column plan %.3f after %.1f s", hint_value, time.perf_counter() - started
        )
    # 4. iterated swap search from the best seating so far, until the bound proves it good
    # enough (or a fifth of the time has passed)
    if not done(hint_label):
        hint_label = _iterated_swaps(
            w_swap,
            hint_label,
            frozen,
            0.2 * time_limit,
            seed,
            roles_mat,
            strength_arr,
            balance,
            good_enough=enough,
        )
        hint_value = value(hint_label)
    logger.debug("teams: swap search %.3f after %.1f s", hint_value, time.perf_counter() - started)
    # 5. CP-SAT from that seating, for the time left, unless the bound already proves the
    # seating good enough; stopped as soon as that bound proves its plan good enough
    if part is not None:
        cp_seconds = max(0.15 * time_limit, 0.95 * time_limit - (time.perf_counter() - started))
    else:
        cp_seconds = 0.15 * time_limit
    hint_ok = valid(hint_label)
    run_cp = not done(hint_label)
    cp = (
        _cp_teams(ti, balance, hint_label, cp_seconds, workers, seed, target_gap, outer, unit)
        if run_cp
        else None
    )
    if cp is not None and cp.status == "INFEASIBLE":  # proven: more time would not help
        none = sum(not set(required) & r for r in roles_of)
        refusal = RolesNotCovered if required else InvalidInput  # else avoid pairs...
        raise refusal(
            f"no way to split the {n} attendees into {layout.description}"
            + (
                f" gives every team {', '.join(required)}"
                + (f" ({none} of them offer none of these roles)" if none else "")
                if required
                else " keeps apart those who avoid each other and together those kept together"
            ),
            field="teams",
            value=layout.description,
            hint="form larger teams, require fewer roles, or keep fewer people together",
        )
    if cp is not None and cp.label is None and not hint_ok:
        raise InvalidInput(
            f"no team plan satisfies every constraint ({cp.status.lower()} after {time_limit:g} s)",
            field="teams",
            value=cp.status,
            hint="require fewer roles, keep fewer people together, or allow more time",
        )
    label = hint_label
    if (
        cp is not None and cp.label is not None and (not hint_ok or value(cp.label) >= hint_value)
    ):  # CP-SAT may stop before it improves on (or even reloads) the seating it had
        label = cp.label
    # the strength spread in CP-SAT's unit, as it counts it
    sums = np.bincount(np.asarray(label), weights=np.round(strength_arr / unit), minlength=tcount)
    spread_units = float(sums.max() - sums.min()) * unit
    score = _teams_score(s, label)
    objective = score - balance * spread_units
    cp_bound = cp.bound if cp is not None else math.inf
    if cp is not None and cp.status == "OPTIMAL":
        bound = objective
    elif part is not None:
        bound = min(outer, cp_bound)
    else:
        bound = min(
            cp_bound,
            teams_bound(
                s,
                sizes,
                forbidden=forb,
                together=tog,
                roles=roles_mat,
                seconds=max(0.5, 0.55 * time_limit),
            ),
        )
    bound = max(bound, objective)
    gap = 0.0 if bound <= 0 else max(0.0, (bound - objective) / bound)
    proven = (cp is not None and cp.status == "OPTIMAL") or gap <= 1e-9
    if proven:
        stopped: Stop = "optimal"
    elif ((cp is None) or cp.reached) and gap <= target_gap + 1e-9:
        # CP-SAT's own stop counts in rounded units: the label is given only when the gap
        # reported, in the plan's own figures, is within the target (it once was 1.0017 %
        # for a 1 % target)
        stopped = "target_gap"
    else:
        stopped = "time_limit"
    logger.debug("teams: %s after %.1f s, gap %.4f", stopped, time.perf_counter() - started, gap)
    teams = []
    members_of: list[list[int]] = [[] for _ in range(tcount)]
    for i, t in enumerate(label):
        members_of[t].append(i)
    order = sorted(range(tcount), key=lambda t: ids[min(members_of[t], key=lambda i: ids[i])])
    for number, t in enumerate(order, start=1):
        mem = sorted(members_of[t], key=lambda i: ids[i])
        have = sorted(set().union(*(roles_of[i] for i in mem)))
        teams.append(
            Team(
                number=number,
                members=tuple(ids[i] for i in mem),
                score=round(float(sum(s[a, b] for a, b in itertools.combinations(mem, 2))), 6),
                strength=round(float(strength_arr[mem].sum()), 6),
                roles=tuple(have),
                missing_roles=tuple(r for r in required if r not in have),
            )
        )
    return TeamsPlan(
        teams=tuple(teams),
        score=round(score, 6),
        objective=round(objective, 6),
        bound=round(bound, 6),
        gap=round(gap, 6),
        status="OPTIMAL" if proven else "FEASIBLE",
        seconds=round(time.perf_counter() - started, 3),
        strength_spread=round(spread_units, 6),
        heuristic_score=round(heuristic_score, 6),
        required_roles=required,
        kept_together=tuple(
            (ids[int(a)], ids[int(b)]) for a, b in zip(*np.nonzero(np.triu(tog, 1)), strict=True)
        ),
        bound_detail=part,
        layout=layout,
        stopped=stopped,
        target_gap=target_gap,
    )


@dataclass(frozen=True, slots=True)
class _CpResult:
    """What CP-SAT found: its status, best seating (None if none), its proven bound (inf
    without a solution), and whether it stopped at the target gap."""

    status: str
    label: list[int] | None
    bound: float
    reached: bool


def _cp_teams(
    ti: _TeamInput,
    balance: float,
    hint_label: Sequence[int],
    seconds: float,
    workers: int,
    seed: int,
    target_gap: float,
    outer: float,
    unit: float = 1e-3,
) -> _CpResult:
    """The CP-SAT model of the module docstring, started from ``hint_label``.

    With ``target_gap > 0`` and a finite ``outer`` (the bound found before), it stops as
    soon as its plan is within ``target_gap`` of ``outer``. Its own bound does not stop
    it: on large instances it stays far above the optimum, and small ones are solved to
    proven optimality in a fraction of a second anyway.
    """
    from ortools.sat.python import cp_model  # heavy import, only when teams are formed

    s, sizes, roles_of, required = ti.s, ti.sizes, ti.offers, ti.required
    forb, tog, strength_arr = ti.forbidden, ti.together, ti.strength
    n = s.shape[0]
    tcount = len(sizes)
    steps = 1000  # balance in thousandths
    units = steps / unit  # objective units per score unit
    model = cp_model.CpModel()
    x = [[model.new_bool_var(f"x{i}_{t}") for t in range(tcount)] for i in range(n)]
    team = [model.new_int_var(0, tcount - 1, f"team{i}") for i in range(n)]
    for i in range(n):
        model.add_exactly_one(x[i])
        model.add(team[i] == sum(t * x[i][t] for t in range(tcount)))
    for t in range(tcount):
        model.add(sum(x[i][t] for i in range(n)) == sizes[t])
        for role in required:
            model.add(sum(x[i][t] for i in range(n) if role in roles_of[i]) >= 1)
    for a, b in zip(*np.nonzero(np.triu(forb, 1)), strict=True):
        model.add(team[int(a)] != team[int(b)])
    for a, b in zip(*np.nonzero(np.triu(tog, 1)), strict=True):
        model.add(team[int(a)] == team[int(b)])
    iu, ju = np.nonzero(np.triu((s > 0) & ~forb, 1))
    weights = np.round(s[iu, ju] / unit).astype(np.int64)
    ys = []
    incident: list[list[int]] = [[] for _ in range(n)]
    for k, (a, b) in enumerate(zip(iu.tolist(), ju.tolist(), strict=True)):
        y = model.new_bool_var(f"y{a}_{b}")
        model.add(team[a] == team[b]).only_enforce_if(y)
        ys.append(y)
        incident[a].append(k)
        incident[b].append(k)
    for i in range(n):
        if incident[i]:
            model.add(sum(ys[k] for k in incident[i]) <= max(sizes) - 1)
    st_int = np.round(strength_arr / unit).astype(np.int64)
    total_strength = int(st_int.sum())
    tstr = [model.new_int_var(0, max(total_strength, 0), f"str{t}") for t in range(tcount)]
    for t in range(tcount):
        model.add(tstr[t] == sum(int(st_int[i]) * x[i][t] for i in range(n)))
    hi = model.new_int_var(0, max(total_strength, 0), "hi")
    lo = model.new_int_var(0, max(total_strength, 0), "lo")
    model.add_max_equality(hi, tstr)
    model.add_min_equality(lo, tstr)
    bal = round(balance * steps)
    model.maximize(
        sum(int(wk) * y for wk, y in zip(weights.tolist(), ys, strict=True)) * steps
        - bal * (hi - lo)
    )
    # the hint: the heuristic seating, teams renumbered among equal sizes so person 0 is in
    # the first team of its size (the symmetry break below)
    free: dict[int, list[int]] = {}
    for t, z in enumerate(sizes):
        free.setdefault(z, []).append(t)
    renum: dict[int, int] = {}
    for lab in hint_label:
        if lab not in renum:
            renum[lab] = free[sizes[lab]].pop(0)
    hint = [renum[lab] for lab in hint_label]
    if len(set(sizes)) == 1:  # teams of one size are interchangeable: person 0 in team 0
        model.add(x[0][0] == 1)
    for i in range(n):
        for t in range(tcount):
            model.add_hint(x[i][t], hint[i] == t)
        model.add_hint(team[i], hint[i])
    for k, (a, b) in enumerate(zip(iu.tolist(), ju.tolist(), strict=True)):
        model.add_hint(ys[k], hint[a] == hint[b])
    hinted = [int(sum(int(st_int[i]) for i in range(n) if hint[i] == t)) for t in range(tcount)]
    for t in range(tcount):
        model.add_hint(tstr[t], hinted[t])
    model.add_hint(hi, max(hinted))
    model.add_hint(lo, min(hinted))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = float(seconds)
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed

    # each pair's score is rounded to ``unit``: a plan's true score may be lower than the
    # solver's by half a unit per pair in a team, which the stop must allow for (without it a
    # plan "within 1 %" came out 1.0002 % short)
    rounding = 0.5 * steps * sum(k * (k - 1) // 2 for k in sizes)

    class Watch(cp_model.CpSolverSolutionCallback):
        """Stops the search once a plan is proven within the target gap of ``outer``."""

        def __init__(self) -> None:
            super().__init__()
            self.reached = False

        def on_solution_callback(self) -> None:
            short = outer * units - float(self.objective_value) + rounding
            if short <= target_gap * outer * units:
                self.reached = True
                self.stop_search()

    watch = Watch()
    if target_gap > 0 and math.isfinite(outer):
        status = solver.solve(model, watch)
    else:
        status = solver.solve(model)
    name = solver.status_name(status)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return _CpResult(name, None, math.inf, False)
    return _CpResult(
        status=name,
        label=[int(solver.value(team[i])) for i in range(n)],
        bound=solver.best_objective_bound / units,
        reached=watch.reached and status != cp_model.OPTIMAL,
    )


def _unit(s: F64, strength: F64) -> float:
    """The score one CP-SAT unit is worth: 1e-4 of the largest score or strength's power of ten.

    Relative, so that teams and gaps do not depend on the scale of the scores (they shrank
    40 % on 5 December, and in fixed thousandths the weakest pairs lost their digits); a
    power of ten, so that round figures (strengths of 1 or 0.5) stay exact.
    """
    top = max(float(np.abs(s).max(initial=0.0)), float(np.abs(strength).max(initial=0.0)))
    return 10.0 ** (math.floor(math.log10(top)) - 4) if top > 0 else 1e-3


def _plan_value(s: F64, label: Sequence[int], strength: F64, balance: float) -> float:
    """``pair score - balance x strength spread`` of a seating."""
    sums = np.bincount(np.asarray(label), weights=strength)
    return _teams_score(s, label) - balance * float(sums.max() - sums.min())


def _same_teams(a: Sequence[int], b: Sequence[int]) -> bool:
    """Whether two seatings make the same teams (whatever their numbers)."""
    return {frozenset(i for i, t in enumerate(a) if t == u) for u in set(a)} == {
        frozenset(i for i, t in enumerate(b) if t == u) for u in set(b)
    }


def _column_plan(
    s: F64,
    teams: Sequence[Sequence[int]],
    groups: Sequence[Sequence[int]],
    seconds: float,
    rel_gap: float = 1e-4,
) -> list[int] | None:
    """The best partition of the people into some of ``teams`` (by pair score), or None.

    A set-partitioning MIP over the given teams (HiGHS through scipy's ``milp``, stopped
    after ``seconds``, or once its plan is within ``rel_gap`` of its own bound, with its
    best plan so far); teams that split a keep-together group are left out. Returns a
    label per person.
    """
    n = s.shape[0]
    keep = [
        t for t in teams if all(len(set(g) & set(t)) in (0, len(g)) for g in groups if len(g) > 1)
    ]
    if not keep:
        return None
    m = len(keep)
    k = len(keep[0])
    w = np.array([sum(s[a, b] for a, b in itertools.combinations(t, 2)) for t in keep])
    a_eq = sp.csr_matrix(
        (np.ones(m * k), (np.array(keep, dtype=np.intp).reshape(-1), np.repeat(np.arange(m), k))),
        shape=(n, m),
    )
    res = milp(
        -w,
        constraints=LinearConstraint(a_eq, 1.0, 1.0),
        integrality=np.ones(m),
        bounds=Bounds(0.0, 1.0),
        options={"time_limit": max(0.1, seconds), "mip_rel_gap": rel_gap},
    )
    if res.x is None:
        return None
    label = [-1] * n
    for number, q in enumerate(np.flatnonzero(res.x > 0.5).tolist()):
        for i in keep[q]:
            label[i] = number
    return label if min(label) >= 0 else None


def _teams_score(s: F64, label: Sequence[int]) -> float:
    lab = np.asarray(label)
    same = lab[:, None] == lab[None, :]
    return float(np.triu(np.where(same, s, 0.0), 1).sum())


# ------------------------------------------------------------ plain words


QualityKind = Literal["best", "near best", "good", "could be better", "nothing to gain"]


@dataclass(frozen=True, slots=True)
class PlanQuality:
    """How good a plan is, for an organiser: a percentage of the best possible and why.

    ``percent`` is a floor: the plan reaches at least that share of the best possible
    plan (the bound is an upper estimate of the best, so the true share may be higher;
    it is never lower). ``kind`` names the sentence, so that it can be translated:
    ``best`` (proven best), ``near best`` (>= 97 %), ``good`` (>= 90 %), ``could be
    better`` (< 90 %), ``nothing to gain`` (no pair scores above 0). ``sentence`` is the
    English sentence.
    """

    percent: int
    kind: QualityKind
    sentence: str


def plan_quality(
    score: float, bound: float, *, subject: Literal["rounds", "teams"] = "rounds"
) -> PlanQuality:
    """Say how good a plan is in plain words: a percentage of the best possible.

    ``score`` is the plan's value (``RoundsPlan.score``, ``TeamsPlan.objective``) and
    ``bound`` its upper bound (``.bound``): no plan can score more, so the plan reaches at
    least ``score / bound`` of the best possible, rounded down to a whole percent.

    Examples
    --------
    >>> q = plan_quality(357.7, 358.7)
    >>> q.percent, q.kind
    (99, 'near best')
    >>> q.sentence
    'This plan reaches at least 99 % of the best possible, so at most 1 % short of it: searching longer would change little.'
    >>> plan_quality(52.3, 53.5, subject="teams").sentence
    'These teams reach at least 97 % of the best possible, so at most 3 % short of it: searching longer would change little.'
    >>> plan_quality(10.0, 10.0).sentence
    'This plan is the best possible: no other plan brings better meetings.'
    >>> plan_quality(8.4, 10.0, subject="teams").kind
    'could be better'
    """
    if not (math.isfinite(score) and math.isfinite(bound)):
        raise InvalidInput(
            f"a plan's score and bound must be finite numbers, got {score} and {bound}",
            field="score",
            value=score,
            hint="pass the plan's score (objective for teams) and its bound",
        )
    this = "This plan" if subject == "rounds" else "These teams"
    reach = "reaches" if subject == "rounds" else "reach"
    if bound <= 1e-12:
        return PlanQuality(
            100,
            "nothing to gain",
            "No pair here scores above zero, so every plan is as good as this one."
            if subject == "rounds"
            # teams: the objective also weighs the strength spread, so pairs may score
            else "No split into teams can score above zero here, so every split is as good"
            " as this one.",
        )
    if score >= bound - 1e-9 * max(1.0, bound):
        better = (
            "plan brings better meetings" if subject == "rounds" else "split makes better teams"
        )
        are = "is" if subject == "rounds" else "are"
        return PlanQuality(100, "best", f"{this} {are} the best possible: no other {better}.")
    percent = max(0, min(99, math.floor(100 * score / bound + 1e-9)))
    head = (
        f"{this} {reach} at least {percent} % of the best possible,"
        f" so at most {100 - percent} % short of it"
    )
    if percent >= 97:
        return PlanQuality(percent, "near best", f"{head}: searching longer would change little.")
    if percent >= 90:
        return PlanQuality(percent, "good", f"{head}: a better plan may exist.")
    hint = (
        "the best possible is estimated generously, so the true shortfall is likely smaller"
        if subject == "rounds"
        else "giving the search more time may find better teams"
    )
    return PlanQuality(percent, "could be better", f"{head}: {hint}.")


# --------------------------------------------------------------- statistics


def plan_stats(
    ids: Sequence[str],
    scores: npt.ArrayLike,
    rounds: Sequence[Round],
    *,
    points: Callable[[float], int] | None = None,
) -> dict[str, dict[str, float]]:
    """Per attendee: meetings, byes, average and worst meeting score, and fair share.

    ``share`` is the fairness floor's measure: the total of the attendee's meetings over
    the total of their best possible ones, as many as they had (1: nobody could have
    served them better).

    With ``points``, how people read a pair's score (0-100, such as
    ``match_score(x).points``), also ``average_points``: the mean of the points of the
    attendee's meetings (each meeting read on its own, not the points of the average score),
    rounded half up to a whole number, and ``worst_points``: their weakest meeting's points
    (both 0 without a meeting, as ``average`` and ``worst``).

    Examples
    --------
    >>> s = [[0, 0.8, 0.2], [0.8, 0, 0.4], [0.2, 0.4, 0]]
    >>> r = Round(1, (Group(1, ("a", "c"), 0.2),), byes=("b",))
    >>> stats = plan_stats(["a", "b", "c"], s, [r])
    >>> stats["b"], stats["a"]["share"]
    ({'meetings': 0, 'byes': 1, 'average': 0.0, 'worst': 0.0, 'share': 1.0}, 0.25)
    >>> r2 = Round(2, (Group(1, ("a", "b"), 0.8),), byes=("c",))
    >>> a = plan_stats(["a", "b", "c"], s, [r, r2], points=lambda x: round(100 * x) + 5)["a"]
    >>> a["average"], a["average_points"], a["worst_points"]
    (0.5, 55, 25)
    """
    s = check_scores(ids, scores)
    pos = _index(ids)
    got: dict[str, list[float]] = {i: [] for i in ids}
    byes = dict.fromkeys(ids, 0)
    for rnd in rounds:
        for g in rnd.groups:
            for a in g.members:
                for b in g.members:
                    if a != b and a in pos and b in pos:
                        got[a].append(float(s[pos[a], pos[b]]))
        for b in rnd.byes:
            if b in byes:
                byes[b] += 1
    out: dict[str, dict[str, float]] = {
        i: {
            "meetings": len(got[i]),
            "byes": byes[i],
            "average": round(sum(got[i]) / len(got[i]), 6) if got[i] else 0.0,
            "worst": round(min(got[i]), 6) if got[i] else 0.0,
            "share": _share(got[i], s[pos[i]]),
        }
        for i in ids
    }
    if points is not None:
        for i in ids:
            read = [points(x) for x in got[i]]
            out[i]["average_points"] = mean_points(read) if read else 0
            out[i]["worst_points"] = min(read) if read else 0
    return out


def table_points(
    ids: Sequence[str],
    scores: npt.ArrayLike,
    rounds: Sequence[Round],
    *,
    points: Callable[[float], int],
) -> dict[tuple[int, int], int]:
    """Each table's match as people read it, by ``(round, table)``: the points of its pair
    (``points``, such as ``match_score(x).points``), or for a table of three or more the mean
    of its pairs' points (:func:`mean_points`, as :func:`plan_stats` averages an attendee's
    meetings). Tables with fewer than two members of ``ids`` are left out.

    The group's own ``score`` is the planner's (the sum of its pairs' planning scores), not
    read here: ``scores`` are the pairs' scores as the suggestion cards show them.

    Examples
    --------
    >>> s = [[0, 0.8, 0.2], [0.8, 0, 0.4], [0.2, 0.4, 0]]
    >>> r = Round(1, (Group(1, ("a", "b", "c"), 1.4),))
    >>> table_points(["a", "b", "c"], s, [r], points=lambda x: round(100 * x) + 5)
    {(1, 1): 52}
    """
    s = check_scores(ids, scores)
    pos = _index(ids)
    out: dict[tuple[int, int], int] = {}
    for rnd in rounds:
        for g in rnd.groups:
            here = [m for m in g.members if m in pos]
            read = [points(float(s[pos[a], pos[b]])) for a, b in itertools.combinations(here, 2)]
            if read:
                out[rnd.number, g.table] = mean_points(read)
    return out


def mean_points(points: Sequence[float]) -> int:
    """The mean of pairs' points as people read it: rounded half up (:func:`half_up`). The
    one averaging of points: an attendee's meetings, a table's pairs, the attendees' means.

    Examples
    --------
    >>> mean_points([20, 95]), mean_points([64])
    (58, 64)
    """
    return half_up(sum(points) / len(points))


def half_up(x: float) -> int:
    """``x`` rounded to a whole number, halves up (a mean of points as people round it).

    Examples
    --------
    >>> half_up(57.5), half_up(52.5), half_up(35.49)
    (58, 53, 35)
    """
    return math.floor(x + 0.5 + 1e-9)


def _share(got: Sequence[float], row: F64) -> float:
    if not got:
        return 1.0
    best = float(-np.sort(-row)[: len(got)].sum())
    return round(min(1.0, sum(got) / best), 6) if best > 0 else 1.0
