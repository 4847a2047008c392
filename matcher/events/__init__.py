"""Events: speed-networking rounds and tables, hackathon teams, agendas, check-in.

The public face of the domain.
"""

from matcher.events.model import STATUSES, AgendaItem, Attendee, Event, EventView, Meeting
from matcher.events.outputs import agenda_html, agenda_json, cards_html, plan_csv, plan_json
from matcher.events.planner import Group, Odd, Round, RoundsPlan, Team, TeamsPlan
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
    "Odd",
    "Round",
    "RoundsPlan",
    "Team",
    "TeamsPlan",
    "agenda_html",
    "agenda_json",
    "cards_html",
    "plan_csv",
    "plan_json",
]
