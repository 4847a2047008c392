"""Events: speed-networking rounds and tables, hackathon teams, agendas, check-in.

The public face of the domain.
"""

from matcher.events.model import AgendaItem, Attendee, Event, EventView, Meeting, STATUSES
from matcher.events.planner import Group, Round, RoundsPlan, Team, TeamsPlan
from matcher.events.service import EventService
from matcher.events.store import EventStore

__all__ = [
    "STATUSES",
    "AgendaItem",
    "Attendee",
    "Event",
    "EventService",
    "EventStore",
    "EventView",
    "Group",
    "Meeting",
    "Round",
    "RoundsPlan",
    "Team",
    "TeamsPlan",
]
