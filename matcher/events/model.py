"""Events, the vocabulary: an event, its attendees, and what an attendee's agenda shows.

Frozen dataclasses, no I/O (the planning algorithms are :mod:`matcher.events.planner`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from matcher.matching.model import PhraseMatch
from matcher.profiles.model import Role

__all__ = ["STATUSES", "AgendaItem", "Attendee", "Event", "EventView", "Meeting"]

#: An attendee's status on the day.
STATUSES = ("present", "no-show", "late")


@dataclass(frozen=True, slots=True)
class Event:
    """A matchmaking event; ``organiser`` is the profile that created it (None: an admin's)."""

    id: str
    name: str
    organiser: str | None


@dataclass(frozen=True, slots=True)
class Attendee:
    """A person at an event: ``present``, ``no-show`` from ``since_round``, or ``late`` until it."""

    profile_id: str
    status: str = "present"
    since_round: int = 1

    def absent_rounds(self, rounds: int) -> set[int]:
        """The round numbers (1..rounds) this attendee misses.

        Examples
        --------
        >>> Attendee("a", "late", 3).absent_rounds(5), Attendee("b", "no-show", 2).absent_rounds(4)
        ({1, 2}, {2, 3, 4})
        """
        if self.status == "late":
            return set(range(1, min(self.since_round, rounds + 1)))
        if self.status == "no-show":
            return set(range(self.since_round, rounds + 1))
        return set()


@dataclass(frozen=True, slots=True)
class EventView:
    """An event as the caller may see it (attendee lists and plans only for the organiser)."""

    event: Event
    organiser_view: bool
    attendees: tuple[Attendee, ...]
    rounds_summary: Mapping[str, Any] | None
    teams_summary: Mapping[str, Any] | None


@dataclass(frozen=True, slots=True)
class Meeting:
    """One partner in an agenda, and why the two should meet."""

    with_id: str
    with_name: str
    headline: str
    score: float
    meets_my_needs: tuple[PhraseMatch, ...]
    meets_their_needs: tuple[PhraseMatch, ...]
    roles_they_bring: tuple[Role, ...]
    roles_i_bring: tuple[Role, ...]
    common_languages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One round of one attendee's agenda (``table`` 0 and no meetings: a bye)."""

    round: int
    table: int
    meetings: tuple[Meeting, ...]
