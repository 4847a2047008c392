"""Equity: ventures and their Slicing Pie ledger, exact splits at any date, departures.

The public face of the domain: other domains import from here (or, from pure code, from
:mod:`matcher.equity.model`).
"""

from matcher.equity import chart, model, service
from matcher.equity.chart import *  # noqa: F403
from matcher.equity.model import *  # noqa: F403
from matcher.equity.service import *  # noqa: F403
from matcher.equity.store import (
    PERSON_COLUMNS,
    DepartureRecord,
    EndRecord,
    EntryRewrite,
    EquityStore,
    LedgerRow,
    Membership,
)

__all__ = [
    "PERSON_COLUMNS",
    "DepartureRecord",
    "EndRecord",
    "EntryRewrite",
    "EquityStore",
    "LedgerRow",
    "Membership",
]
__all__ += chart.__all__
__all__ += model.__all__
__all__ += service.__all__
__all__.sort(key=lambda name: (not name.isupper(), name))  # constants first
