"""Events: speed-networking rounds and tables, hackathon teams, agendas, check-in, calendars.

The public face of the domain.
"""

from matcher.events import model, outputs, planner, teams_repair
from matcher.events.model import *  # noqa: F403
from matcher.events.outputs import *  # noqa: F403
from matcher.events.planner import *  # noqa: F403
from matcher.events.service import MAX_ATTENDEES, RESEND_MINUTES, EventService
from matcher.events.store import EventStore
from matcher.events.teams_repair import *  # noqa: F403

__all__ = [
    "MAX_ATTENDEES",
    "RESEND_MINUTES",
    "EventService",
    "EventStore",
    *model.__all__,
    *outputs.__all__,
    *planner.__all__,
    *teams_repair.__all__,
]
__all__.sort(key=lambda name: (not name.isupper(), name))  # constants first
