"""A seeded event for the tests of events on the day: twelve people, an organiser, a venue in
Paris with two named places, and a clock the test moves. The fixtures ``day`` (the community
with the event ``night``) and ``day_clock`` are in ``tests/conftest.py``."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from matcher.access import Actor
from matcher.community import Community
from matcher.events import Round, Team
from tests.conftest import person

PARIS = ZoneInfo("Europe/Paris")
WORDS = ["python code", "sales customers", "design brand", "finance investors", "legal contracts"]
PEOPLE = [
    person(
        f"p{i:02d}",
        offers=WORDS[i % 5],
        needs=WORDS[(i + 1) % 5],
        roles_offered="tech" if i % 2 else "sales",
        roles_sought="sales" if i % 2 else "tech",
        languages="en",
    )
    for i in range(12)
]
ORG = Actor("p00")
DAY = {
    "date": "2026-05-21",
    "start": "18:00",
    "timezone": "Europe/Paris",
    "venue": "Loft",
    "address": "5 parvis Alan Turing, Paris",
    "places": ["Bar", {"name": "Window", "seats": 2}],
    "round_minutes": 10,
    "break_minutes": 5,
}


class Clock:
    """A clock the test moves (aware, UTC)."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at

    def paris(self, hour: int, minute: int) -> None:
        self.at = dt.datetime(2026, 5, 21, hour, minute, tzinfo=PARIS).astimezone(dt.UTC)


def seats(rounds: list[Round]) -> dict[int, dict[str, frozenset[str]]]:
    out: dict[int, dict[str, frozenset[str]]] = {}
    for r in rounds:
        out[r.number] = {m: frozenset(g.members) - {m} for g in r.groups for m in g.members}
        out[r.number] |= {b: frozenset() for b in r.byes}
    return out


def left_their_team(day: Community, *, formed_again: bool = False) -> Team:
    """On the event ``night`` of ``day``: nine people take part (p10 declined), teams of
    three are formed, everyone checks in (at 17:00 on the day: ``day``'s clock is a
    :class:`Clock`, moved there), then p01 leaves their team; with ``formed_again``, the
    organiser forms teams of four after that. p01's first team."""
    day.events.mark("night", "p10", "declined", actor=ORG)
    day.events.form_teams("night", size=3, actor=ORG, time_limit=2.0)
    clock = day.events.clock
    assert isinstance(clock, Clock)
    clock.paris(17, 0)  # check-in opens on the day
    for p in (f"p{i:02d}" for i in range(1, 10)):
        day.events.mark("night", p, "checked-in", actor=ORG)
    team = next(x for x in day.events.teams("night", actor=ORG) if "p01" in x.members)
    day.events.mark("night", "p01", "left", actor=ORG)
    if formed_again:
        day.events.form_teams("night", size=4, actor=ORG, time_limit=2.0)
    return team


def reading_both(c: Community, first: str = "en") -> None:
    """The day's people read English and French alike, ``first`` first (their profiles say
    ``en;fr`` or ``fr;en``): a printed agenda is then in ``first``, the language they are
    written to in without an account (each English-only reader's was in English), whatever
    the organiser reads."""
    langs = f"{first};{'fr' if first == 'en' else 'en'}"
    c.profiles.import_profiles([{**p, "languages": langs} for p in PEOPLE])
