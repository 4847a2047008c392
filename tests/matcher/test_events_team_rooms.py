"""A team sits where its place seats it: a team of five was put at a place of two seats
when the places big enough were taken (the free place with the most seats, however few), and
a team grown by a calm re-plan stayed at its small place. Now a team goes to a place that
seats it, else to an overflow table, and the organiser is told (``unseated``; the CLI, the
organiser's page and the change's lines)."""

from __future__ import annotations

import pytest

from matcher.access import Actor
from matcher.community import Community
from matcher.events import team_change_lines, unseated
from tests.events_day import ORG

TWO = [{"name": n, "seats": 2} for n in ("A", "B", "C", "D", "E")]


def _placed(day: Community) -> dict[int, tuple[str, int]]:
    """Each stored team's number: (its place as members read it, how many are in it)."""
    out = {}
    for t in day.events.teams("night", actor=ORG):
        mine = day.events.team_of("night", t.members[0], actor=ORG)
        assert mine is not None
        out[t.number] = (mine.place, len(t.members))
    return out


def test_a_team_of_five_never_sits_at_a_place_of_two(day: Community) -> None:
    places = [
        {"name": "Bar", "seats": 2},
        {"name": "Window", "seats": 2},
        {"name": "Loft", "seats": 6},
    ]
    day.events.update_event("night", {"places": places}, actor=ORG)
    plan = day.events.form_teams("night", size=5, actor=ORG, time_limit=2)  # 10: 5 + 5
    assert sorted(len(t.members) for t in plan.teams) == [5, 5]
    placed = _placed(day)
    # one team in the Loft (6 seats), the other at an overflow table, not at Bar (2 seats)
    assert sorted(placed.values()) == [("Loft", 5), ("Table 4", 5)], placed
    event = day.events.get_event("night", actor=ORG).event
    assert unseated({n: size for n, (_, size) in placed.items()}, event.places) == [(4, 5)]


def test_mixed_places_each_team_at_the_smallest_that_seats_it(day: Community) -> None:
    places = [
        {"name": "Nook", "seats": 2},
        {"name": "Hall", "seats": 8},
        {"name": "Room", "seats": 4},
        {"name": "Desk", "seats": 3},
    ]
    day.events.update_event("night", {"places": places}, actor=ORG)
    day.events.form_teams("night", size=3, actor=ORG, time_limit=2, sizes=[4, 3, 3])
    placed = _placed(day)
    seats = {p["name"]: p["seats"] for p in places}
    assert all(size <= seats[place] for place, size in placed.values()), placed
    assert sorted(placed.values()) == [("Desk", 3), ("Hall", 3), ("Room", 4)], placed


@pytest.mark.parametrize(
    ("extra", "where"), [([{"name": "Big", "seats": 4}], "Big"), ([], "Table 6")]
)
def test_a_team_grown_by_a_calm_re_plan_moves_to_a_place_that_seats_it(
    day: Community, extra: list[dict[str, object]], where: str
) -> None:
    """Teams of two at places of two; p01 is absent, p02 alone joins another pair: that
    trio moves to the free place of four, else to an overflow table, and is told."""
    day.events.update_event("night", {"places": TWO + extra}, actor=ORG)
    plan = day.events.form_teams("night", size=2, actor=ORG, time_limit=2)
    assert all(t.number <= 5 for t in plan.teams)
    mate = next(m for t in plan.teams if "p01" in t.members for m in t.members if m != "p01")
    done = day.events.mark("night", "p01", "absent", actor=ORG)
    change = done.team_change
    assert change is not None and len(change.rooms) == 1, change
    old, new = change.rooms[0]
    placed = _placed(day)
    assert placed[new] == (where, 3) and old not in placed, placed
    assert all(size <= 2 for n, (_, size) in placed.items() if n != new), placed
    # every member of the trio sees the change, the organiser and they read it
    trio = next(t for t in day.events.teams("night", actor=ORG) if t.number == new)
    assert mate in trio.members and set(trio.members) <= set(change.concerned)
    line = f"Team {old} is now team {new}: its place had fewer seats than its people"
    assert line in team_change_lines(change)
    event = day.events.get_event("night", actor=ORG).event
    sizes = {n: size for n, (_, size) in placed.items()}
    assert unseated(sizes, event.places) == ([] if extra else [(new, 3)])
    # the change is stored: read back alike; a member reads their team's line
    assert day.events.team_changes("night", actor=ORG)[-1].rooms == change.rooms
    mine = day.events.team_of("night", mate, actor=Actor(mate))
    assert mine is not None and mine.number == new
