"""Accounts on both backends (web17): two first writes of one member's profile at the same
moment (two browser tabs, the API twice in parallel), from two connections, end with one
profile and no error."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.community import Community
from tests.support import CHEAP, confirmed_sign_up

PASSWORD = "a long enough password 1"


def _fields(offers: str) -> dict[str, Any]:
    return {"name": "Zoé", "offers": offers, "needs": "Sales and partnerships"}


def _race(writers: list[tuple[Community, str]], holder: Community, member: str) -> dict[str, Any]:
    """Each writer writes ``member``'s profile with its offers, from its own thread and
    connection, at the same moment; what each got (a result or an error), by offers. A third
    connection (``holder``) holds the writer lock while both read that there is no profile
    yet: then both write, one after the other (the race, every time)."""
    barrier = threading.Barrier(len(writers) + 1)
    answers: dict[str, Any] = {}

    def write(c: Community, offers: str) -> None:
        barrier.wait()
        try:
            answers[offers] = c.accounts.write_profile(member, _fields(offers), actor=Actor(member))
        except Exception as exc:
            answers[offers] = exc

    threads = [threading.Thread(target=write, args=w) for w in writers]
    with holder.db.transaction():
        for t in threads:
            t.start()
        barrier.wait()
        time.sleep(0.5)  # both read "no profile", then wait for the lock
    for t in threads:
        t.join(timeout=60)
    return answers


@pytest.mark.parametrize("rounds", [3])
def test_two_first_writes_of_one_profile_at_once_make_one_profile(
    db_target: str, rounds: int
) -> None:
    """Each round, a new account whose first profile two connections (two worker processes)
    write at the same moment: both answers are a profile, exactly one says it was created,
    and one profile is stored, the second written (it replaced the first). Without the
    service's rule for it, the second write is refused ("profile id ... is already taken")."""
    one = Community(db_target, FakeEncoder(dim=16), accounts=CHEAP)
    two = Community(db_target, FakeEncoder(dim=16), accounts=CHEAP)
    holder = Community(db_target, FakeEncoder(dim=16), accounts=CHEAP)
    try:
        for n in range(rounds):
            member = confirmed_sign_up(one, f"Zoé {n}", f"zoe{n}@example.org", PASSWORD).id
            answers = _race(
                [(one, "Code from tab one"), (two, "Design from tab two")], holder, member
            )
            errors = [a for a in answers.values() if isinstance(a, Exception)]
            assert errors == [], errors
            assert sorted(created for _, created in answers.values()) == [False, True]
            rows = one.db.execute("SELECT count(*) FROM profiles WHERE id = ?", [member])
            assert rows.fetchone()[0] == 1
            stored = one.profiles.store.get_profile(member)
            replaced = next(p for p, created in answers.values() if not created)
            assert stored is not None and stored.offers == replaced.offers
    finally:
        for c in (one, two, holder):
            c.close()
