"""Security, the pure rules: bearer tokens (format, checksum, hash) and throttling (token buckets).

Bearer tokens: a recognisable, self-checking format; only their SHA-256 is stored.

A token reads ``cf1_<secret>_<check>``: 43 URL-safe characters of secret (256 random bits)
and 6 base-32 characters of a CRC-32 of the secret, the scheme GitHub uses for its tokens.

Why not HMAC-signed tokens? A signature lets a server accept a token without a lookup, but
every request here must look the token up anyway: to learn its profile and role, and so
that revoking (deleting the row) and expiry (a column of the row) take effect at once. A
lookup of a 256-bit secret's hash cannot be forged any more than a signature can, and it
needs no server secret to keep in sync between workers, rotate, or leak. So the format
carries no authority; it lets the server tell, before any lookup and with a precise
message, a value that is not a cofoundry token at all ("unsigned", garbage, another
service's key) from a damaged or tampered one (the check fails) and from one that was
never issued or was revoked (no row); and it lets secret scanners recognise a leaked
token. The expiry lives in the database, not in the token, so it can be shortened or
revoked without reissuing anything.

Tokens issued before this format (``cf_`` + 43 characters) are still accepted while
their row exists and has not expired.

Throttling: a token bucket per (action, client), pure arithmetic over plain numbers.

Each bucket holds up to ``burst`` attempts and refills at ``per_minute / 60`` attempts a
second; an attempt takes one, and an empty bucket says how long to wait. The state (level,
time of the last update) lives in SQLite (:class:`matcher.security.store.SecurityStore`),
so every worker process of a server shares it and a restart does not reset it.

Written by hand (a dozen lines) because the libraries that do this (``limits``,
``slowapi``) keep their state in memory, Redis or Memcached, not in the SQLite file this
service already has; a per-process limiter would multiply the limit by the worker count.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import math
import re
import secrets
import zlib
from dataclasses import dataclass

from matcher.errors import NotAuthenticated

__all__ = [
    "BUCKET_RETENTION_S",
    "MAX_LABEL",
    "PREFIX",
    "Bucket",
    "Limit",
    "TokenInfo",
    "check_token",
    "new_token",
    "note_signature",
    "signed_note",
    "take",
    "token_hash",
]

#: The longest label (a note to recognise a token, a session or an invitation), in characters.
MAX_LABEL = 80
PREFIX = "cf1_"
_SECRET = 43  # characters of secrets.token_urlsafe(32)
_FORMAT = re.compile(r"^cf1_([A-Za-z0-9_-]{43})_([A-Z2-7]{6})$")
_LEGACY = re.compile(r"^cf_[A-Za-z0-9_-]{43}$")
_HINT = "create one with `cofoundry token create`, or sign up with POST /profiles"


def _check(secret: str) -> str:
    crc = zlib.crc32(secret.encode()).to_bytes(4, "big")
    return base64.b32encode(crc).decode()[:6]


def new_token() -> str:
    """A fresh token (256 random bits and a checksum).

    Examples
    --------
    >>> t = new_token()
    >>> t.startswith("cf1_"), len(t), check_token(t) == t
    (True, 54, True)
    """
    secret = secrets.token_urlsafe(32)
    return f"{PREFIX}{secret}_{_check(secret)}"


def check_token(token: str) -> str:
    """Return ``token`` if it is well formed, else refuse it with a message that says why.

    Raises
    ------
    NotAuthenticated
        For anything that is not a cofoundry token, or whose checksum does not match
        (a damaged or tampered token).

    Examples
    --------
    >>> check_token("hello")
    Traceback (most recent call last):
    ...
    matcher.errors.NotAuthenticated: not a cofoundry token: tokens start with 'cf1_'; create one with `cofoundry token create`, or sign up with POST /profiles
    >>> t = new_token()
    >>> tampered = t[:10] + ("A" if t[10] != "A" else "B") + t[11:]
    >>> check_token(tampered)
    Traceback (most recent call last):
    ...
    matcher.errors.NotAuthenticated: damaged or tampered token: its checksum does not match; send the token exactly as it was issued, or create a new one
    """
    if _LEGACY.match(token):
        return token
    m = _FORMAT.match(token)
    if m is None:
        raise NotAuthenticated(f"not a cofoundry token: tokens start with {PREFIX!r}", hint=_HINT)
    if not secrets.compare_digest(_check(m.group(1)), m.group(2)):
        raise NotAuthenticated(
            "damaged or tampered token: its checksum does not match",
            hint="send the token exactly as it was issued, or create a new one",
        )
    return token


def token_hash(token: str) -> str:
    """What the database keeps of a token: its SHA-256, in hex.

    Examples
    --------
    >>> token_hash("cf_x")[:12]
    '93ba558f09f9'
    """
    return hashlib.sha256(token.encode()).hexdigest()


def note_signature(secret: str, *parts: str) -> str:
    """The signature of a note a page shows after a form (its name and the values it says),
    for the browser whose secret is ``secret`` (its CSRF cookie: a value only that browser
    and the server know). A link that carries a note and its values is shown as the site's
    words only in the browser it was made for: a stranger's link, made in their own browser
    or by hand, says nothing (a note could otherwise say anything in the site's voice:
    "your account is suspended, write to ...").

    Examples
    --------
    >>> sig = note_signature("browser-secret-1", "avoid_added", "Bob")
    >>> len(sig), sig == note_signature("browser-secret-2", "avoid_added", "Bob")
    (22, False)
    """
    message = b"\0".join([b"note", *(p.encode() for p in parts)])
    mac = hmac.new(secret.encode(), message, hashlib.sha256).digest()[:16]
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def signed_note(secret: str, signature: str, *parts: str) -> bool:
    """Whether ``signature`` is :func:`note_signature` of ``parts`` for the browser whose
    secret is ``secret``; False for an empty secret (no browser to bind to) or any change.

    Examples
    --------
    >>> sig = note_signature("browser-secret-1", "avoid_added", "Bob")
    >>> signed_note("browser-secret-1", sig, "avoid_added", "Bob")
    True
    >>> signed_note("browser-secret-1", sig, "avoid_added", "Write to eve@evil.example")
    False
    >>> signed_note("browser-secret-2", sig, "avoid_added", "Bob"), signed_note("", sig, "avoid_added", "Bob")
    (False, False)
    """
    if not secret or not isinstance(signature, str):
        return False
    return hmac.compare_digest(signature.encode(), note_signature(secret, *parts).encode())


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """A token as its owner sees it in a list: its public id (12 hex digits of its hash: it
    names the row and reveals nothing of the secret), role, label and dates.

    Examples
    --------
    >>> import datetime as dt
    >>> t = TokenInfo("93ba558f09f9", "ana", "member", "laptop", dt.datetime(2026, 1, 1, tzinfo=dt.UTC), None)
    >>> t.id
    '93ba558f09f9'
    """

    id: str
    profile_id: str | None
    role: str
    label: str
    created_at: dt.datetime
    expires_at: dt.datetime | None


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


#: Seconds after its last use a throttle bucket is dropped: its key (a client or e-mail
#: address) is personal data not kept longer than it serves. Every shipped :class:`Limit`
#: refills within 25 minutes, so a dropped bucket was full again; a limit set to refill
#: more slowly than this starts afresh after a day without attempts.
BUCKET_RETENTION_S = 86_400.0


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
