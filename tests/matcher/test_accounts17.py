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
from matcher.accounts.store import m_address_side_keys
from matcher.community import Community
from matcher.schema import MIGRATIONS, open_database
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


# ------------------------------------------------- the addresses beside accounts
DECOMPOSED = "e\u0301lise@exemple.fr"  # e and a combining accent, as some keyboards send it
COMPOSED = "élise@exemple.fr"


def test_the_side_tables_are_keyed_by_the_one_address_rule(db_target: str) -> None:
    """Stops, proofs and confirmation codes written before (in Python's lower case, not in
    Unicode's composed form) are found by every spelling after the migration; a stop and a
    proof recorded under both spellings become one row with the earliest date; nothing is
    lost, and every row is keyed (the address as :func:`address_key` writes it)."""
    old = open_database(db_target, MIGRATIONS[: MIGRATIONS.index(m_address_side_keys)])
    early, late = "2026-01-01T00:00:00+00:00", "2026-02-01T00:00:00+00:00"
    with old.transaction():  # what the store wrote before: email.strip().lower()
        for email, at in ((DECOMPOSED, early), (COMPOSED, late)):
            old.execute("INSERT INTO address_stops (email, stopped_at) VALUES (?, ?)", [email, at])
            old.execute(
                "INSERT INTO address_proofs (member_id, email, proven_at) VALUES ('ana', ?, ?)",
                [email, at],
            )
        old.execute(
            "INSERT INTO address_stops (email, stopped_at) VALUES (?, ?)",
            ["zo\u0308e@exemple.fr", late],  # only the decomposed spelling
        )
        old.execute(
            "INSERT INTO address_proofs (member_id, email, proven_at) VALUES ('bob', ?, ?)",
            [DECOMPOSED, late],  # another member's proof of the same address stays theirs
        )
        old.execute(
            "INSERT INTO address_codes (hash, email, created_at, expires_at)"
            " VALUES ('h1', ?, ?, '2099-01-01T00:00:00+00:00')",
            [DECOMPOSED, early],
        )
    old.close()
    c = Community(db_target, FakeEncoder(dim=16), accounts=CHEAP)
    try:
        store = c.accounts.store
        for spelling in (COMPOSED, DECOMPOSED, "ÉLISE@Exemple.FR"):
            assert store.address_stopped(spelling), spelling
            assert store.proven("ana", spelling) and store.proven("bob", spelling), spelling
        assert store.address_stopped("zöe@exemple.fr") and store.address_stopped("ZÖE@exemple.fr")
        assert not store.address_stopped("elise@exemple.fr")  # no accent: another address
        stops = c.db.execute("SELECT email, stopped_at FROM address_stops ORDER BY email")
        assert sorted(stops.fetchall()) == sorted([(COMPOSED, early), ("zöe@exemple.fr", late)])
        assert [(e, at.isoformat()) for e, at in store.proofs("ana")] == [(COMPOSED, early)]
        assert [e for e, _ in store.proofs("bob")] == [COMPOSED]
        assert store.find_address_code("h1")[0] == COMPOSED  # type: ignore[index]
        with c.db.transaction():
            assert store.drop_address_codes("ÉLISE@exemple.fr") == 1
        # a stop link signed for one spelling reads as the address's key
        assert (
            c.inbox.unsubscribe_address_target(
                c.inbox.address_stop_path(DECOMPOSED).removeprefix("/web/stop/")
            )
            == COMPOSED
        )
    finally:
        c.close()
