"""Calm re-planning of hackathon teams on the day. Pure functions.

Once people have met their teammates, re-forming every team after a no-show or a late
arrival is unacceptable: :func:`repair_teams` mends the teams formed instead, moving as few
people as possible. Those gone (absent, left, declined) leave their team; each late arrival
joins the team that needs their roles most, or the smallest, at the best pair score, within
the sizes allowed (arrivals no team can take make a team of their own when they are enough);
then, while a team lacks a required role or is outside the sizes allowed,
the smallest repair is taken: one person from a team that can spare them (it keeps its
required roles and its size), else two steps (one person from a team that cannot spare
them, and someone of a third team that can takes their place there), else two teams merged,
else a team too small to live spread over the others; the fewest people moved first, then
the largest drop of what is lacking, then the best score. Forbidden pairs never
end in a team together, and a ``together`` pair is never split (one of them never moves
alone).

Input is plain data, as :func:`matcher.events.planner.form_teams` takes it; the output is
frozen and says who moved where (:class:`TeamMove`), so a shell can tell it in words.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from matcher.errors import InvalidInput
from matcher.events.model import TeamMove
from matcher.events.planner import MAX_GROUP, Team, check_scores

__all__ = ["TeamsRepair", "repair_teams", "team_size_range"]

F64 = npt.NDArray[np.float64]

#: Why someone changed team (:attr:`TeamMove.why`).
WHY = ("gone", "arrived", "role", "size", "merge")


@dataclass(frozen=True, slots=True)
class TeamsRepair:
    """The mended teams and how they changed.

    ``moves`` lists every change of team, those gone and arrived included; ``moved`` only
    the people already in a team who changed team (what the repair minimises); ``unplaced``
    the late arrivals no team could take (every team full, or everyone there forbidden to
    them); ``missing`` the (team, role) pairs still lacking after the repair and
    ``undersized`` the teams still below the sizes allowed (the people present cannot do
    better without moving more than a repair does: form the teams again).
    ``score`` is the sum of the within-team pair scores after, ``score_before`` of the teams
    as they were without those gone.
    """

    teams: tuple[Team, ...]
    moves: tuple[TeamMove, ...]
    moved: tuple[str, ...]
    gone: tuple[str, ...]
    arrived: tuple[str, ...]
    unplaced: tuple[str, ...]
    missing: tuple[tuple[int, str], ...]
    undersized: tuple[int, ...]
    score: float
    score_before: float

    @property
    def changed(self) -> bool:
        """Whether any team changed (someone left, arrived or moved)."""
        return bool(self.moves)

    @property
    def touched(self) -> tuple[int, ...]:
        """The teams whose members changed (numbers of before and after)."""
        return tuple(sorted({t for m in self.moves for t in (m.from_team, m.to_team) if t}))

    def concerned(self, before: Mapping[int, Sequence[str]]) -> tuple[str, ...]:
        """Everyone who sees a change: who moved, arrived or left, and the members (before
        and after) of every team touched; ``before`` the teams as they were."""
        touched = set(self.touched)
        out = {m.person for m in self.moves}
        out |= {p for n, members in before.items() if n in touched for p in members}
        out |= {p for t in self.teams if t.number in touched for p in t.members}
        return tuple(sorted(out))


def team_size_range(sizes: Sequence[int]) -> tuple[int, int]:
    """The sizes a mended team may have: within one of the layout's (``sizes``, one per
    team as formed), never below 2 nor above :data:`~matcher.events.planner.MAX_GROUP`.

    Examples
    --------
    >>> team_size_range([4, 4, 4]), team_size_range([6, 5]), team_size_range([2])
    ((3, 5), (4, 7), (2, 3))
    """
    if not sizes:
        raise InvalidInput(
            "no team sizes to mend teams within",
            field="sizes",
            value=list(sizes),
            hint="form the teams first",
        )
    return max(2, min(sizes) - 1), min(MAX_GROUP, max(sizes) + 1)


class _State:
    """Teams as lists of indices, with what the search evaluates fast."""

    def __init__(
        self,
        s: F64,
        forb: npt.NDArray[np.bool_],
        holders: npt.NDArray[np.bool_],
        partner: dict[int, set[int]],
        lo: int,
        hi: int,
        chain: bool = True,
    ) -> None:
        self.s, self.forb, self.holders, self.partner = s, forb, holders, partner
        self.lo, self.hi, self.chain = lo, hi, chain

    def deficiency(self, members: Sequence[int]) -> int:
        """Required roles lacking, plus how far the size is outside ``[lo, hi]``."""
        have = self.holders[list(members)].any(axis=0) if members else self.holders[:0].any(axis=0)
        lacking = int((~have).sum()) if self.holders.shape[1] else 0
        n = len(members)
        return lacking + max(0, self.lo - n) + max(0, n - self.hi)

    def fits(self, person: int, members: Iterable[int]) -> bool:
        return not any(self.forb[person, m] for m in members)

    def gain(self, person: int, members: Iterable[int]) -> float:
        return float(sum(self.s[person, m] for m in members if m != person))

    def can_leave(self, person: int, members: Sequence[int]) -> bool:
        """A member with a together partner in their team never moves alone."""
        return not (self.partner.get(person, set()) & set(members))


def repair_teams(
    people: Sequence[str],
    scores: npt.ArrayLike,
    teams: Mapping[int, Sequence[str]],
    *,
    offers: Mapping[str, Collection[str]] | None = None,
    required_roles: Sequence[str] = (),
    forbidden: Iterable[Collection[str]] = (),
    together: Iterable[Collection[str]] = (),
    sizes: Sequence[int] | None = None,
    max_steps: int = 50,
    two_step: bool = True,
) -> TeamsRepair:
    """Mend ``teams`` for the people now expected, moving as few people as possible.

    Parameters
    ----------
    people : sequence of str
        Everyone expected now, in the order of ``scores``: members of ``teams`` not in it are
        gone and leave their team; people in no team are late arrivals and join one.
    scores : (n, n) array
        Symmetric pair scores of ``people``.
    teams : mapping team number -> members
        The teams as formed (or as last mended).
    offers, required_roles
        Each person's roles, and the roles every team should hold.
    forbidden, together
        Pairs never in a team together; pairs never split.
    sizes : sequence of int
        The layout's sizes (one per team as formed; default: the teams' sizes): a mended team
        has one more or one fewer at most (:func:`team_size_range`).
    max_steps : int
        At most this many repairs after the arrivals are placed.
    two_step : bool
        Also try two-step repairs (one person moves in from a team that cannot spare them,
        someone of a third team that can takes their place); False: one step only, as before
        (for comparison).

    Examples
    --------
    Ana and Bo (tech) in team 1, Cy and Di in team 2; Bo does not come and team 1 needs
    tech: Di, the tech of team 2, is needed there too, so Eve, a late arrival with tech,
    joins team 1 and nobody else moves.

    >>> s = [[0, 0, 0, 1], [0, 0, 1, 0], [0, 1, 0, 0], [1, 0, 0, 0]]
    >>> fix = repair_teams(["ana", "cy", "di", "eve"], s, {1: ["ana", "bo"], 2: ["cy", "di"]},
    ...                    offers={"bo": {"tech"}, "di": {"tech"}, "eve": {"tech"}},
    ...                    required_roles=["tech"], sizes=[2, 2])
    >>> [(t.number, t.members) for t in fix.teams], fix.moved
    ([(1, ('ana', 'eve')), (2, ('cy', 'di'))], ())
    >>> [(m.person, m.from_team, m.to_team, m.why) for m in fix.moves]
    [('bo', 1, 0, 'gone'), ('eve', 0, 1, 'arrived')]
    """
    s = check_scores(list(people), scores)
    n = len(people)
    pos = {p: i for i, p in enumerate(people)}
    offers = offers or {}
    required = tuple(dict.fromkeys(required_roles))
    for number in teams:
        if number < 1:
            raise InvalidInput(
                f"team numbers start at 1, got {number}",
                field="teams",
                value=number,
                hint="number the teams 1, 2, 3...",
            )
    placed: dict[str, int] = {}
    for number, members in teams.items():
        for m in members:
            if m in placed:
                raise InvalidInput(
                    f"{m!r} is in teams {placed[m]} and {number}",
                    field="teams",
                    value=m,
                    hint="each person is in one team at most",
                )
            placed[m] = number
    lo, hi = team_size_range(list(sizes) if sizes else [len(m) for m in teams.values()])
    forb = np.zeros((n, n), dtype=bool)
    for pair in forbidden:
        a, b = (pos.get(p) for p in pair)
        if a is not None and b is not None:
            forb[a, b] = forb[b, a] = True
    partner: dict[int, set[int]] = {}
    for pair in together:
        a, b = (pos.get(p) for p in pair)
        if a is not None and b is not None:
            partner.setdefault(a, set()).add(b)
            partner.setdefault(b, set()).add(a)
    holders = np.array(
        [[r in offers.get(p, ()) for r in required] for p in people], dtype=bool
    ).reshape(n, len(required))
    st = _State(s, forb, holders, partner, lo, hi, two_step)

    gone = sorted(m for members in teams.values() for m in members if m not in pos)
    cur: dict[int, list[int]] = {
        number: [pos[m] for m in members if m in pos] for number, members in sorted(teams.items())
    }
    origin = {i: number for number, members in cur.items() for i in members}
    moves: list[TeamMove] = [TeamMove(p, placed[p], 0, "gone") for p in gone]
    score_before = sum(_team_score(s, m) for m in cur.values())

    # late arrivals: each where they help most (roles lacking, size), then the best score
    arrivals = sorted((i for p, i in pos.items() if p not in placed), key=lambda i: people[i])
    unplaced: list[int] = []
    for i in arrivals:
        best: tuple[tuple[float, ...], int] | None = None
        for number, team in cur.items():
            if len(team) >= hi or not st.fits(i, team):
                continue
            mates = partner.get(i, set())
            if mates and not mates & set(team) and any(j in origin for j in mates):
                continue  # a together partner already in a team: join theirs
            key = (
                st.deficiency(team) - st.deficiency([*team, i]),
                -len(team),
                st.gain(i, team),
                -number,
            )
            if best is None or key > best[0]:
                best = (key, number)
        if best is None:
            unplaced.append(i)
            continue
        cur[best[1]].append(i)
        moves.append(TeamMove(people[i], 0, best[1], "arrived"))

    # arrivals no team could take, enough to make a team of their own, make one
    if lo <= len(unplaced) <= hi and not any(
        forb[a, b] for a, b in itertools.combinations(unplaced, 2)
    ):
        number = max(cur, default=0) + 1
        cur[number] = list(unplaced)
        moves += [TeamMove(people[i], 0, number, "arrived") for i in unplaced]
        unplaced = []

    # then the smallest repairs, while one lowers what is lacking
    moved: dict[int, int] = {}  # person -> team they moved to (last)
    for _ in range(max_steps):
        action = _best_action(st, cur)
        if action is None:
            break
        for i, to_team, why in action:
            frm = next(t for t, m in cur.items() if i in m)
            cur[frm].remove(i)
            if to_team not in cur:
                cur[to_team] = []
            cur[to_team].append(i)
            moved[i] = to_team
            moves.append(TeamMove(people[i], frm, to_team, why))
        cur = {t: m for t, m in cur.items() if m}

    out_teams = []
    k = max(1, int(np.median([len(m) for m in cur.values()])) - 1) if cur else 1
    strength = -np.sort(-np.where(forb, 0.0, s), axis=1)[:, :k].mean(axis=1) if n else s[:0, 0]
    missing: list[tuple[int, str]] = []
    for number, team in sorted(cur.items()):
        mem = sorted(team, key=lambda i: people[i])
        have = sorted(set().union(*(set(offers.get(people[i], ())) for i in mem)))
        lacking = tuple(r for r in required if r not in have)
        missing += [(number, r) for r in lacking]
        out_teams.append(
            Team(
                number=number,
                members=tuple(people[i] for i in mem),
                score=round(_team_score(s, mem), 6),
                strength=round(float(strength[mem].sum()), 6),
                roles=tuple(have),
                missing_roles=lacking,
            )
        )
    # one net move per person: someone moved twice is told where they ended
    final: dict[str, TeamMove] = {}
    for mv in moves:
        first = final.get(mv.person)
        final[mv.person] = (
            mv if first is None else TeamMove(mv.person, first.from_team, mv.to_team, mv.why)
        )
    net = tuple(mv for mv in final.values() if mv.from_team != mv.to_team)
    moved_people = tuple(
        sorted(people[i] for i in moved if origin.get(i) != moved[i] and i in origin)
    )
    return TeamsRepair(
        teams=tuple(out_teams),
        moves=net,
        moved=moved_people,
        gone=tuple(gone),
        arrived=tuple(people[i] for i in arrivals if i not in unplaced),
        unplaced=tuple(people[i] for i in unplaced),
        missing=tuple(missing),
        undersized=tuple(t.number for t in out_teams if len(t.members) < lo),
        score=round(sum(t.score for t in out_teams), 6),
        score_before=round(score_before, 6),
    )


def _team_score(s: F64, members: Sequence[int]) -> float:
    return float(sum(s[a, b] for a, b in itertools.combinations(members, 2)))


Action = list[tuple[int, int, str]]


def _best_action(st: _State, cur: Mapping[int, list[int]]) -> Action | None:
    """The repair that lowers the teams' total deficiency with the fewest people moved, then
    the largest drop, then the best score; None when no repair lowers it."""
    deficient = [t for t, m in cur.items() if st.deficiency(m) > 0]
    if not deficient:
        return None
    best: tuple[tuple[float, ...], Action] | None = None

    def consider(action: Action, drop: int, gain: float) -> None:
        nonlocal best
        if drop <= 0:
            return
        key = (-len(action), drop, gain)
        if best is None or key > best[0]:
            best = (key, action)

    for t in deficient:
        target = cur[t]
        before_t = st.deficiency(target)
        # one person from a team that can spare them
        for _, i, rest, before_u in _leavers(st, cur, target, {t}):
            drop = before_t + before_u - st.deficiency([*target, i]) - st.deficiency(rest)
            if drop <= 0:
                continue
            gain = st.gain(i, target) - st.gain(i, rest)
            why = "role" if _brings_lacking(st, i, target) else "size"
            consider([(i, t, why)], drop, gain)
        # two teams merged (the smaller one's members move)
        for u, other in cur.items():
            if u == t or len(target) + len(other) > st.hi:
                continue
            if any(st.forb[a, b] for a in target for b in other):
                continue
            small, big_no = (target, u) if len(target) <= len(other) else (other, t)
            joined = [*target, *other]
            drop = before_t + st.deficiency(other) - st.deficiency(joined)
            gain = sum(st.gain(i, [j for j in joined if j not in small]) for i in small)
            consider([(i, big_no, "merge") for i in small], drop, gain)
        # a team too small to live, spread over the others
        if len(target) < st.lo:
            action: Action = []
            sizes = {u: len(m) for u, m in cur.items()}
            spread_gain = 0.0
            extra: dict[int, list[int]] = {}
            ok = True
            for i in target:
                if st.partner.get(i, set()) & set(target):
                    ok = False
                    break
                options = [
                    (st.gain(i, [*m, *extra.get(u, [])]), -u, u)
                    for u, m in cur.items()
                    if u != t and sizes[u] < st.hi and st.fits(i, [*m, *extra.get(u, [])])
                ]
                if not options:
                    ok = False
                    break
                g, _, u = max(options)
                sizes[u] += 1
                extra.setdefault(u, []).append(i)
                spread_gain += g
                action.append((i, u, "size"))
            if ok:
                after = sum(
                    st.deficiency([*m, *extra.get(u, [])]) for u, m in cur.items() if u != t
                )
                total = sum(st.deficiency(m) for m in cur.values())
                consider(action, total - after, spread_gain)
    # two people: one moves in from a team that cannot spare them, and someone of a third
    # team that can spare them takes their place there; looked for only when no repair
    # moves fewer (a move of one is always preferred)
    if st.chain and (best is None or len(best[1]) >= 2):
        for t in deficient:
            for chain, drop, gain in _chains(st, cur, t):
                consider(chain, drop, gain)
    return best[1] if best is not None else None


def _chains(
    st: _State, cur: Mapping[int, list[int]], t: int
) -> Iterable[tuple[Action, int, float]]:
    """The two-step repairs of team ``t``: ``i`` of team ``u`` joins ``t`` where it lowers
    what ``t`` lacks although ``u`` then lacks something (a role, or a size: a move of one
    that needs no second step is found on its own), and ``j`` of a third team ``w`` that
    can spare them (it lacks nothing more after) fills ``u``'s gap. Each with the drop of
    the three teams' deficiency and the score gained."""
    target = cur[t]
    before_t = st.deficiency(target)
    for u, i, rest, before_u in _leavers(st, cur, target, {t}):
        after_t = st.deficiency([*target, i])
        if after_t >= before_t:
            continue
        after_u = st.deficiency(rest)
        if after_u <= before_u:
            continue  # a move of one: found as such
        first = st.gain(i, target) - st.gain(i, rest)
        for _, j, left, before_w in _leavers(st, cur, rest, {t, u}):
            if st.deficiency(left) > before_w:
                continue  # w cannot spare them
            drop = before_t + before_u + before_w
            drop -= after_t + st.deficiency([*rest, j]) + st.deficiency(left)
            if drop <= 0:
                continue
            gain = first + st.gain(j, rest) - st.gain(j, left)
            why_i = "role" if _brings_lacking(st, i, target) else "size"
            why_j = "role" if _brings_lacking(st, j, rest) else "size"
            yield [(i, t, why_i), (j, u, why_j)], drop, gain


def _leavers(
    st: _State, cur: Mapping[int, list[int]], into: Sequence[int], skip: Collection[int]
) -> Iterable[tuple[int, int, list[int], int]]:
    """Everyone of a team ``u`` (not in ``skip``) who may leave it and fits beside
    ``into``: ``(u, person, the rest of u, what u lacks before)``."""
    for u, team in cur.items():
        if u in skip:
            continue
        before = st.deficiency(team)
        for i in team:
            if st.can_leave(i, team) and st.fits(i, into):
                yield u, i, [j for j in team if j != i], before


def _brings_lacking(st: _State, person: int, members: Sequence[int]) -> bool:
    """Whether ``person`` holds a required role ``members`` lack."""
    if not st.holders.shape[1]:
        return False
    have = st.holders[list(members)].any(axis=0) if members else np.zeros(st.holders.shape[1], bool)
    return bool((st.holders[person] & ~have).any())
