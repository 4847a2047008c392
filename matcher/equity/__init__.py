"""Equity: ventures and their Slicing Pie ledger, exact splits at any date, departures.

The public face of the domain: other domains import from here (or, from pure code, from
:mod:`matcher.equity.model`).
"""

from matcher.equity import chart, model, service, store
from matcher.equity.chart import *  # noqa: F403
from matcher.equity.model import *  # noqa: F403
from matcher.equity.service import *  # noqa: F403
from matcher.equity.store import *  # noqa: F403

__all__ = [*chart.__all__, *model.__all__, *service.__all__, *store.__all__]
__all__.sort(key=lambda name: (not name.isupper(), name))  # constants first
