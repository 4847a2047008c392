"""Events: speed-networking rounds and tables, hackathon teams, agendas, check-in, calendars.

The public face of the domain.
"""

from matcher.events import model, outputs
from matcher.events.model import *  # noqa: F403
from matcher.events.outputs import *  # noqa: F403
from matcher.events.planner import (
    Group,
    Odd,
    PlanQuality,
    Round,
    RoundsPlan,
    Team,
    TeamLayout,
    TeamsPlan,
    plan_quality,
)
from matcher.events.service import EventService
from matcher.events.store import EventStore

__all__ = [
    "EventService",
    "EventStore",
    "Group",
    "Odd",
    "PlanQuality",
    "Round",
    "RoundsPlan",
    "Team",
    "TeamLayout",
    "TeamsPlan",
    "plan_quality",
]
__all__ += model.__all__
__all__ += outputs.__all__
__all__.sort(key=lambda name: (not name.isupper(), name))  # constants first
