"""Throttling: a token bucket per (action, client), pure arithmetic over plain numbers.

Each bucket holds up to ``burst`` attempts and refills at ``per_minute / 60`` attempts a
second; an attempt takes one, and an empty bucket says how long to wait. The state (level,
time of the last update) lives in SQLite (:class:`matcher.store_security.SecurityStore`),
so every worker process of a server shares it and a restart does not reset it.

Written by hand (a dozen lines) because the libraries that do this (``limits``,
``slowapi``) keep their state in memory, Redis or Memcached, not in the SQLite file this
service already has; a per-process limiter would multiply the limit by the worker count.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["Bucket", "Limit", "take"]


@dataclass(frozen=True, slots=True)
class Limit:
    """At most ``burst`` attempts at once, then ``per_minute`` attempts a minute.

    Examples
    --------
    >>> Limit(per_minute=6, burst=3).per_second
    0.1
    """

    per_minute: float
    burst: int

    @property
    def per_second(self) -> float:
        return self.per_minute / 60.0


@dataclass(frozen=True, slots=True)
class Bucket:
    """A bucket's state: attempts ``level`` left at time ``updated`` (seconds)."""

    level: float
    updated: float


def take(bucket: Bucket | None, now: float, limit: Limit) -> tuple[Bucket, int]:
    """Take one attempt: the new state and 0, or the refilled state and the seconds to wait.

    Examples
    --------
    >>> lim = Limit(per_minute=60, burst=2)
    >>> b, wait = take(None, 0.0, lim); b.level, wait
    (1.0, 0)
    >>> b, wait = take(b, 0.0, lim); b.level, wait
    (0.0, 0)
    >>> take(b, 0.25, lim)[1]  # empty: one attempt comes back after 1 s
    1
    >>> take(b, 1.0, lim)[1]
    0
    """
    if limit.burst <= 0 or limit.per_minute <= 0:
        return bucket or Bucket(0.0, now), 0  # throttling off
    if bucket is None:
        level = float(limit.burst)
    else:
        elapsed = max(0.0, now - bucket.updated)
        level = min(float(limit.burst), bucket.level + elapsed * limit.per_second)
    if level >= 1.0:
        return Bucket(level - 1.0, now), 0
    wait = math.ceil((1.0 - level) / limit.per_second)
    return Bucket(level, now), max(1, wait)
