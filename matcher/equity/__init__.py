"""Equity: ventures and their Slicing Pie ledger, exact splits at any date, departures.

The public face of the domain: other domains import from here (or, from pure code, from
:mod:`matcher.equity.model`).
"""

from matcher.equity.chart import (
    fraction_text,
    split_dict,
    timeline_csv,
    timeline_json,
    timeline_svg,
)
from matcher.equity.model import (
    Computation,
    Condition,
    Departure,
    DepartureReport,
    Entry,
    Kind,
    Ledger,
    MemberSplit,
    Rate,
    Reason,
    Split,
    Terms,
    Venture,
    hourly_at_risk,
    largest_remainder,
    slices_for,
    split,
)
from matcher.equity.service import EquityService, Posted, content_hash
from matcher.equity.store import EntryRewrite, EquityStore, LedgerRow

__all__ = [
    "Computation",
    "Condition",
    "Departure",
    "DepartureReport",
    "Entry",
    "EntryRewrite",
    "EquityService",
    "EquityStore",
    "Kind",
    "Ledger",
    "LedgerRow",
    "MemberSplit",
    "Posted",
    "Rate",
    "Reason",
    "Split",
    "Terms",
    "Venture",
    "content_hash",
    "fraction_text",
    "hourly_at_risk",
    "largest_remainder",
    "slices_for",
    "split",
    "split_dict",
    "timeline_csv",
    "timeline_json",
    "timeline_svg",
]
