"""Small things many test modules need, defined once.

``CHEAP``: account settings whose password hashing costs a millisecond instead of the
product's ~0.1 s (argon2 with 1 MiB and one pass), so tests that sign people up stay fast;
every other account setting is the product's default. ``accounts_community``: an in-memory
community with the fake encoder and those settings. ``free_port``: a local TCP port for a
server a test starts (SMTP, uvicorn, PostgreSQL).
"""

from __future__ import annotations

import socket
from typing import Any

from embeddings.encoder import FakeEncoder
from matcher.accounts import AccountSettings
from matcher.community import Community

__all__ = ["CHEAP", "accounts_community", "free_port"]

CHEAP = AccountSettings(hash_memory_kib=1024, hash_time=1, hash_parallelism=1)


def accounts_community(**options: Any) -> Community:
    """An in-memory community, the fake encoder and :data:`CHEAP` accounts; ``options`` as
    :class:`~matcher.community.Community` takes them (clock, mail, security...)."""
    return Community(":memory:", FakeEncoder(dim=32), accounts=CHEAP, **options)


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
