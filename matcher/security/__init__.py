"""Security: sign-up, bearer tokens (stored hashed, expiring), throttles, idempotent requests.

The public face of the domain.
"""

from matcher.security.idempotency import (
    Claim,
    IdempotencyStore,
    Replay,
    bookkeeping,
    request_fingerprint,
)
from matcher.security.model import (
    MAX_LABEL,
    Bucket,
    Limit,
    TokenInfo,
    check_token,
    new_token,
    note_signature,
    signed_note,
    take,
    token_hash,
)
from matcher.security.service import SecurityService, SecuritySettings
from matcher.security.store import SecurityStore, StoredToken

__all__ = [
    "MAX_LABEL",
    "Bucket",
    "Claim",
    "IdempotencyStore",
    "Limit",
    "Replay",
    "SecurityService",
    "SecuritySettings",
    "SecurityStore",
    "StoredToken",
    "TokenInfo",
    "bookkeeping",
    "check_token",
    "new_token",
    "note_signature",
    "request_fingerprint",
    "signed_note",
    "take",
    "token_hash",
]
