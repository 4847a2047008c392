"""Bearer tokens: a recognisable, self-checking format; only their SHA-256 is stored.

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
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import zlib

from matcher.errors import NotAuthenticated

__all__ = ["PREFIX", "check_token", "new_token", "token_hash"]

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
