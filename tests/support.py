"""Small things many test modules need, defined once.

``CHEAP``: account settings whose password hashing costs a millisecond instead of the
product's ~0.1 s (argon2 with 1 MiB and one pass), so tests that sign people up stay fast;
every other account setting is the product's default. ``accounts_community``: an in-memory
community with the fake encoder and those settings. ``free_port``: a local TCP port for a
server a test starts (SMTP, uvicorn, PostgreSQL). ``confirm_address`` and
``confirmed_sign_up``: what a member does after signing up, open the confirmation link
e-mailed to them (read from the outbox) while signed in: only then do e-mails reach them.
``at_once`` and ``before_the_write``: the two ways race tests make a race certain (calls
released together; another process's write committed just before this one's begins).
"""

from __future__ import annotations

import datetime as dt
import re
import socket
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.accounts import Account, AccountSettings
from matcher.community import Community
from matcher.errors import CofoundryError

__all__ = [
    "CHEAP",
    "accounts_community",
    "at_once",
    "before_the_write",
    "confirm_address",
    "confirm_code",
    "confirmed_sign_up",
    "free_port",
]

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


def confirm_code(c: Community, member_id: str) -> str:
    """The code of the newest confirmation link e-mailed to the account ``member_id``."""
    for m in c.mail.store.messages(limit=10_000):
        if m.kind == "confirm_link" and m.member_id == member_id:
            found = re.search(r"code=(\S+)", m.body)
            assert found, m.body
            return found.group(1)
    raise AssertionError(f"no confirmation link was e-mailed to {member_id!r}")


def confirm_address(c: Community, member_id: str) -> Account:
    """Confirm the account's address as its owner does: the e-mailed link, signed in. The
    confirmation e-mail then leaves the outbox (delivered and read), so a test that reads
    the outbox sees what comes after the sign-up, as before addresses were confirmed."""
    account = c.accounts.confirm(member_id, confirm_code(c, member_id), actor=Actor(member_id))
    with c.db.transaction():
        c.db.execute(
            "DELETE FROM outbox WHERE kind = 'confirm_link' AND member_id = ?", [member_id]
        )
    return account


def confirmed_sign_up(c: Community, name: str, email: str, password: str, **kw: Any) -> Account:
    """Sign up (``kw`` as :meth:`~matcher.accounts.AccountService.sign_up` takes them), then
    confirm the address (:func:`confirm_address`)."""
    return confirm_address(c, c.accounts.sign_up(name, email, password, **kw).id)


class Clock:
    """A clock the test sets or moves, for services that take ``clock=``: ``now`` (aware,
    UTC; 2 March 2026, 9:00 unless given), moved on by :meth:`pass_`."""

    def __init__(self, now: dt.datetime = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def pass_(self, **delta: float) -> None:
        """Move the clock on by ``timedelta(**delta)``."""
        self.now += dt.timedelta(**delta)


def at_once(*calls: Callable[[], Any]) -> list[Any]:
    """Run ``calls`` in threads released together; each one's result or exception (a
    :class:`~matcher.errors.CofoundryError`: a refusal), in order."""
    start = threading.Barrier(len(calls))
    out: list[Any] = [None] * len(calls)

    def run(i: int, call: Callable[[], Any]) -> None:
        start.wait()
        try:
            out[i] = call()
        except CofoundryError as exc:  # anything else fails the thread, and the test
            out[i] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    return out


def before_the_write(c: Community, step: Callable[[], Any]) -> Callable[[], None]:
    """Run ``step`` once, when ``c``'s next write transaction begins (after every check
    made before it): another process's request committing in between. Returns the undo."""
    real = c.db.transaction
    done: list[bool] = []

    def transaction() -> AbstractContextManager[None]:
        if not done and not c.db.in_transaction:
            done.append(True)
            step()
        return real()

    c.db.transaction = transaction  # type: ignore[method-assign]
    return lambda: setattr(c.db, "transaction", real)
