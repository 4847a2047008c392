"""Closing the loop, the pure rules: fair invitation limits and feedback after a meeting.

* **Invitation limits** (:class:`InviteLimits`, :func:`check_invitation`): a member may ask
  for at most ``weekly`` introductions in any 7 days, and at most ``burst`` within
  ``burst_minutes`` (a spam-like burst is refused, with the time the next request is
  possible); asking again someone who declined you is refused for ``after_decline_days``.
* **Feedback** (:class:`Feedback`): after a meeting (an introduction, an event round, a
  team), each side may leave a private verdict about the other: ``again`` (I would like to
  work together), ``not-a-fit`` or ``met-before``. Mutual ``again`` proposes a collaboration
  record; ``not-a-fit`` by either side keeps the two apart in later suggestions and events;
  ``met-before`` tells the event planner they need not meet again.

Nothing here reads a clock or a database: times come in as arguments.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from matcher.errors import InvalidInput, Throttled

__all__ = [
    "Feedback",
    "InviteLimits",
    "Verdict",
    "check_invitation",
    "parse_context",
]


class Verdict(StrEnum):
    """What one person privately says about another after meeting them."""

    AGAIN = "again"
    NOT_A_FIT = "not-a-fit"
    MET_BEFORE = "met-before"


#: kinds of meeting a feedback can refer to: ``intro:<id>``, ``event:<id>``, or none
CONTEXT_KINDS = ("intro", "event")


def parse_context(text: str | None) -> tuple[str, str] | None:
    """``"intro:int_1"`` -> ``("intro", "int_1")``; None or ``""`` -> None.

    Examples
    --------
    >>> parse_context("event:spring-2025"), parse_context(None)
    (('event', 'spring-2025'), None)
    >>> parse_context("party:1")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: context must be intro:<id> or event:<id> (got 'party:1'); name the meeting, e.g. intro:int_3f2a or event:spring-meetup
    """
    if text is None or text == "":
        return None
    kind, sep, ident = text.partition(":")
    if not sep or kind not in CONTEXT_KINDS or not ident or len(text) > 140:
        raise InvalidInput(
            "context must be intro:<id> or event:<id>",
            field="context",
            value=text,
            hint="name the meeting, e.g. intro:int_3f2a or event:spring-meetup",
        )
    return kind, ident


@dataclass(frozen=True, slots=True)
class Feedback:
    """One person's private verdict about another, after a meeting (``context``)."""

    author: str
    about: str
    verdict: Verdict
    context: str  # "" when not tied to one meeting
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class InviteLimits:
    """Fair invitations: how many introduction requests a member may send.

    Examples
    --------
    >>> InviteLimits().weekly, InviteLimits().burst
    (20, 5)
    >>> InviteLimits(weekly=0)
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: invitation limit weekly must be >= 1 (got 0); use 20
    """

    weekly: int = 20
    burst: int = 5
    burst_minutes: int = 10
    after_decline_days: int = 90

    def __post_init__(self) -> None:
        for name, default in (
            ("weekly", 20),
            ("burst", 5),
            ("burst_minutes", 10),
            ("after_decline_days", 90),
        ):
            if getattr(self, name) < 1:
                raise InvalidInput(
                    f"invitation limit {name} must be >= 1",
                    field=name,
                    value=getattr(self, name),
                    hint=f"use {default}",
                )


def _wait(until: dt.datetime, now: dt.datetime) -> int:
    return max(1, math.ceil((until - now).total_seconds()))


def check_invitation(
    sent: Sequence[dt.datetime],
    now: dt.datetime,
    limits: InviteLimits = InviteLimits(),
    *,
    declined_at: dt.datetime | None = None,
    target: str = "",
) -> None:
    """Refuse a new introduction request that would break the limits (:class:`Throttled`).

    Parameters
    ----------
    sent : sequence of datetime
        When the requester's earlier requests were sent (any order).
    declined_at : datetime, optional
        When ``target`` last declined a request from this requester.

    Examples
    --------
    >>> t = dt.datetime(2025, 3, 3, 12, 0, tzinfo=dt.UTC)
    >>> check_invitation([t - dt.timedelta(days=d) for d in range(1, 8)], t)  # 7 this week
    >>> check_invitation([t - dt.timedelta(minutes=m) for m in range(5)], t)
    Traceback (most recent call last):
    ...
    matcher.errors.Throttled: 5 introduction requests in the last 10 minutes; the limit is 5 (got 5); slow down: the next one is possible in 360 s
    >>> week = [t - dt.timedelta(hours=7 * h + 1) for h in range(20)]
    >>> check_invitation(week, t)
    Traceback (most recent call last):
    ...
    matcher.errors.Throttled: 20 introduction requests in the last 7 days; the limit is 20 per week (got 20); the next one is possible on 2025-03-04 22:00 UTC
    """
    burst_start = now - dt.timedelta(minutes=limits.burst_minutes)
    recent = sorted(t for t in sent if t > burst_start)
    if len(recent) >= limits.burst:
        until = recent[-limits.burst] + dt.timedelta(minutes=limits.burst_minutes)
        wait = _wait(until, now)
        raise Throttled(
            f"{len(recent)} introduction requests in the last {limits.burst_minutes} minutes;"
            f" the limit is {limits.burst}",
            retry_after=wait,
            field="target",
            value=len(recent),
            hint=f"slow down: the next one is possible in {wait} s",
        )
    week_start = now - dt.timedelta(days=7)
    week = sorted(t for t in sent if t > week_start)
    if len(week) >= limits.weekly:
        until = week[-limits.weekly] + dt.timedelta(days=7)
        raise Throttled(
            f"{len(week)} introduction requests in the last 7 days; the limit is"
            f" {limits.weekly} per week",
            retry_after=_wait(until, now),
            field="target",
            value=len(week),
            hint=f"the next one is possible on {until.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC",
        )
    if declined_at is not None:
        until = declined_at + dt.timedelta(days=limits.after_decline_days)
        if now < until:
            raise Throttled(
                f"{target or 'this person'} did not accept your last request",
                retry_after=_wait(until, now),
                field="target",
                value=target or None,
                hint="look at your other suggestions; people who decline are not asked again"
                f" for {limits.after_decline_days} days",
            )
