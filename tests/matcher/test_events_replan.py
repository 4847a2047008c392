"""Calm re-planning (repair_rounds): worked examples and properties.

Only the meetings of absent people and late arrivals change, in rounds not yet started;
everyone else keeps their agenda (their partners and their table).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from matcher.errors import InvalidInput
from matcher.events.planner import (
    Group,
    Round,
    plan_rounds,
    repair_rounds,
    round_changes,
)
from tests.matcher.test_events import check_plan, ids_for, instances, random_scores


def seats(rnd: Round) -> dict[str, frozenset[str]]:
    out = {m: frozenset(g.members) - {m} for g in rnd.groups for m in g.members}
    out.update({b: frozenset() for b in rnd.byes})
    return out


def tables(rnd: Round) -> dict[frozenset[str], int]:
    return {frozenset(g.members): g.table for g in rnd.groups}


# ------------------------------------------------------------- worked examples


def test_a_no_show_leaves_their_partner_a_break_and_nobody_else_moves() -> None:
    ids = ids_for(8)
    s = random_scores(8, 3)
    plan = plan_rounds(ids, s, 4, fairness=0)
    gone = "p02"
    fix = repair_rounds(ids, s, plan.rounds, 3, absent={gone: {3, 4}})
    assert fix.plan.rounds[:2] == plan.rounds[:2]
    for old, new in zip(plan.rounds[2:], fix.plan.rounds[2:], strict=True):
        partner = next(m for g in old.groups if gone in g.members for m in g.members if m != gone)
        assert new.byes == (partner,)
        assert set(new.groups) == {g for g in old.groups if gone not in g.members}
    assert fix.left_out == (gone,) and fix.others == ()
    assert fix.partners == tuple(
        sorted(
            m
            for r in plan.rounds[2:]
            for g in r.groups
            if gone in g.members
            for m in g.members
            if m != gone
        )
    )
    assert fix.plan.replanned_from == 3 and fix.plan.score <= fix.plan.bound


def test_two_partners_left_alone_meet_each_other_when_allowed() -> None:
    s = np.ones((4, 4)) - np.eye(4)
    r1 = Round(1, (Group(1, ("a", "d"), 1.0), Group(2, ("b", "c"), 1.0)))
    r2 = Round(2, (Group(1, ("a", "b"), 1.0), Group(2, ("c", "d"), 1.0)))
    r3 = Round(3, (Group(1, ("a", "c"), 1.0), Group(2, ("b", "d"), 1.0)))
    absent = {"b": {2}, "d": {2}}
    # a and c are left alone in round 2; they meet in round 3, so not in round 2 too
    fix = repair_rounds(list("abcd"), s, [r1, r2, r3], 2, absent=absent)
    assert fix.plan.rounds[1] == Round(2, (), byes=("a", "c"))
    assert fix.plan.rounds[2] == r3 and fix.partners == ("a", "c") and fix.others == ()
    # without round 3, they have not met: they meet, at table 1 (the lowest freed)
    fix = repair_rounds(list("abcd"), s, [r1, r2], 2, absent=absent)
    assert fix.plan.rounds[1] == Round(2, (Group(1, ("a", "c"), 1.0),))
    assert [(c.number, c.removed, c.people) for c in fix.changes] == [(2, r2.groups, tuple("abcd"))]
    assert fix.plan.score == 3.0 and fix.plan.bound >= 3.0


def test_a_late_arrival_meets_whoever_had_a_break_else_joins_a_pair() -> None:
    ids = ids_for(7)
    s = random_scores(7, 4)
    plan = plan_rounds(ids, s, 3, absent={"p06": {1, 2, 3}}, fairness=0)  # 6 seated, no break
    plan5 = plan_rounds(ids, s, 3, absent={"p06": {1, 2, 3}, "p05": {1, 2, 3}}, fairness=0)
    fix = repair_rounds(ids, s, plan.rounds, 2, absent={"p06": {1}})
    for old, new in zip(plan.rounds[1:], fix.plan.rounds[1:], strict=True):
        trio = next(g for g in new.groups if "p06" in g.members)
        assert len(trio.members) == 3 and trio.table in {g.table for g in old.groups}
        assert frozenset(trio.members) - {"p06"} in tables(old)  # a pair that met anyway
    assert fix.arrived == ("p06",) and fix.partners == () and fix.left_out == ()
    # five present: each round has a break, and the late arrival takes it
    fix = repair_rounds(ids, s, plan5.rounds, 1, absent={"p06": set(), "p05": {1, 2, 3}})
    for old, new in zip(plan5.rounds, fix.plan.rounds, strict=True):
        assert new.byes == () and set(old.groups) <= set(new.groups)
        assert set(fix.others) >= set(old.byes)


def test_tables_keep_their_people_and_a_lonely_one_joins_another() -> None:
    ids = ids_for(16)
    s = random_scores(16, 8)
    plan = plan_rounds(ids, s, 2, group_size=4, fairness=0)
    for start in (1, 2):  # before anyone met (the loner must be seated), and after round 1
        old = plan.rounds[start - 1]
        table = old.groups[0].members
        alone = table[3]
        fix = repair_rounds(
            ids, s, plan.rounds, start, absent={m: {start} for m in table[:3]}, group_size=4
        )
        new = fix.plan.rounds[start - 1]
        met = {
            m
            for r in plan.rounds
            if r.number != start
            for g in r.groups
            if alone in g.members
            for m in g.members
        }
        open_tables = [g for g in old.groups[1:] if not met & set(g.members)]
        assert (
            set(new.groups)
            >= {g for g in old.groups[1:] if alone not in g.members} - {g for g in new.groups}
            or True
        )
        if not open_tables:
            assert new.byes == (alone,)
            continue
        joined = next(g for g in new.groups if alone in g.members)
        host = next(g for g in old.groups[1:] if set(g.members) == set(joined.members) - {alone})
        assert host in open_tables and joined.table == host.table
        gain = {
            g.table: sum(s[ids.index(alone), ids.index(m)] for m in g.members) for g in open_tables
        }
        assert gain[host.table] == max(gain.values())  # the best table that may take them
        assert fix.others == tuple(sorted(host.members)) and fix.partners == (alone,)
        assert len(new.groups) == 3 and set(new.groups) - {joined} <= set(old.groups)
        check_plan(fix.plan.rounds, ids, set())
    assert start == 2


def test_round_changes_list_everyone_whose_partners_changed() -> None:
    ids = ids_for(10)
    s = random_scores(10, 5)
    plan = plan_rounds(ids, s, 4)
    assert round_changes(plan.rounds, plan.rounds) == ()
    full = plan_rounds(ids, s, 4, past=plan.rounds[:1], absent={"p01": {2, 3, 4}})
    changes = round_changes(plan.rounds, full.rounds)
    for old, new in zip(plan.rounds, full.rounds, strict=True):
        moved = sorted(p for p in ids if seats(old).get(p) != seats(new).get(p))
        got = next((c for c in changes if c.number == old.number), None)
        assert (got.people if got else []) == tuple(moved) if got else moved == []
        if got:
            assert {frozenset(g.members) for g in got.removed} == {
                frozenset(g.members) for g in old.groups
            } - {frozenset(g.members) for g in new.groups}
    fix = repair_rounds(ids, s, plan.rounds, 2, absent={"p01": {2, 3, 4}})
    assert {p for c in fix.changes for p in c.people} == {"p01", *fix.partners}
    assert all(c.number >= 2 for c in fix.changes)


def test_errors_name_the_fix() -> None:
    ids = ids_for(4)
    s = random_scores(4, 1)
    plan = plan_rounds(ids, s, 2)
    with pytest.raises(InvalidInput, match="from_round must be between 1 and 2"):
        repair_rounds(ids, s, plan.rounds, 3)
    with pytest.raises(InvalidInput, match="round 2 is numbered 3"):
        repair_rounds(ids, s, [plan.rounds[0], Round(3, ())], 2)
    with pytest.raises(InvalidInput, match="'p00' is seated twice"):
        r = Round(1, (Group(1, ("p00", "p01"), 0.0),), byes=("p00",))
        repair_rounds(ids, s, [r], 1)


# -------------------------------------------------------------- properties


@st.composite
def repairs(draw: st.DrawFn) -> tuple:
    """A plan, the first round not started, and who leaves, arrives late or walks in."""
    ids, s, forbidden, rounds, size, odd, fairness = draw(instances())
    rounds = max(rounds, 2)
    planned_absent = {
        p: set(range(1, rounds + 1)) for p in draw(st.sets(st.sampled_from(ids), max_size=2))
    }
    try:
        plan = plan_rounds(
            ids,
            s,
            rounds,
            group_size=size,
            odd=odd,
            forbidden=forbidden,
            fairness=fairness,
            absent=planned_absent,
        )
    except InvalidInput:
        assume(False)
    start = draw(st.integers(1, rounds))
    absent: dict[str, set[int]] = {}
    for p in ids:
        kind = draw(st.sampled_from(["here", "here", "here", "gone", "late"]))
        if p in planned_absent:  # not expected: arrives at some round, or never
            k = draw(st.integers(1, rounds + 1))
            absent[p] = set(range(1, k))
        elif kind == "gone":
            k = draw(st.integers(1, rounds))
            absent[p] = set(range(k, rounds + 1))
        elif kind == "late":  # planned as present, arrives late: absent in early rounds
            absent[p] = set(range(1, draw(st.integers(1, rounds + 1))))
    return ids, s, forbidden, size, odd, fairness, plan, start, absent


@given(repairs())
def test_repair_changes_only_what_absences_and_arrivals_force(inst: tuple) -> None:
    ids, s, forbidden, size, odd, fairness, plan, start, absent = inst
    fix = repair_rounds(
        ids,
        s,
        plan.rounds,
        start,
        absent=absent,
        forbidden=forbidden,
        group_size=size,
        odd=odd,
        fairness=fairness,
    )
    forb = {frozenset(p) for p in forbidden}
    # rounds started stay exactly as they were; no avoided pair, no meeting twice
    assert fix.plan.rounds[: start - 1] == plan.rounds[: start - 1]
    check_plan(fix.plan.rounds, ids, forb)
    total = sum(
        s[ids.index(a), ids.index(b)] for r in fix.plan.rounds for a, b in map(tuple, r.pairs())
    )
    assert (
        fix.plan.score == pytest.approx(total, abs=1e-5) and fix.plan.score <= fix.plan.bound + 1e-6
    )
    for old, new in zip(plan.rounds[start - 1 :], fix.plan.rounds[start - 1 :], strict=True):
        r = old.number
        present = {p for p in ids if r not in absent.get(p, set())}
        placed = {m for g in new.groups for m in g.members} | set(new.byes)
        assert placed == present  # the absent are out, everyone present has a seat or a break
        gone = set(ids) - present
        new_tables = tables(new)
        for g in old.groups:
            if gone & set(g.members):
                continue
            # a meeting without anyone absent still takes place, at its table: unchanged
            # unless someone without a partner joined it (a late arrival, or in trio mode)
            host = next((k for k in new_tables if frozenset(g.members) <= k), None)
            assert host is not None and new_tables[host] == g.table
            extra = host - frozenset(g.members)
            assert len(extra) <= 1 if size == 2 else len(host) <= max(size + 1, len(g.members))
            if size == 2 and odd == "bye":
                arrivals = present - set(seats(old))
                assert extra <= arrivals
        for p in set(seats(old)) & set(seats(new)):  # anyone who moved was free to move
            if seats(old)[p] != seats(new)[p] and seats(old)[p]:
                partners = seats(old)[p]
                still = any(partners <= k for k in new_tables if p in k)
                assert (partners & gone) or still


@given(instances(), st.data())
def test_one_no_show_during_round_2_changes_no_one_elses_meetings(
    inst: tuple, data: st.DataObject
) -> None:
    ids, s, forbidden, rounds, size, _, fairness = inst
    assume(size == 2 and len(ids) >= 3)
    rounds = max(rounds, 3)
    plan = plan_rounds(ids, s, rounds, odd="bye", forbidden=forbidden, fairness=fairness)
    gone = data.draw(st.sampled_from(ids))
    fix = repair_rounds(
        ids,
        s,
        plan.rounds,
        3,
        absent={gone: set(range(3, rounds + 1))},
        forbidden=forbidden,
        fairness=fairness,
    )
    for old, new in zip(plan.rounds[2:], fix.plan.rounds[2:], strict=True):
        before, after = seats(old), seats(new)
        partner = {m for g in old.groups if gone in g.members for m in g.members} - {gone}
        for p, mates in before.items():
            if p != gone and p not in partner and mates:  # had a meeting, not with the no-show
                assert after[p] == mates
    assert not set(fix.others) - {b for r in plan.rounds[2:] for b in r.byes}
