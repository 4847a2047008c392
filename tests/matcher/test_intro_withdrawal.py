"""A withdrawn introduction request on both backends: the migration that adds
``introductions.withdrawn_at`` to a database made before it, the column read back, and a
withdrawal racing an acceptance from another process (whichever commits first wins)."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace

import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.community import Community
from matcher.db import open_database
from matcher.errors import Conflict
from matcher.schema import MIGRATIONS
from matcher.trust import IntroStatus, TrustStore
from matcher.trust.model import Introduction, intro_status
from matcher.trust.store import m_intro_withdrawn
from tests.conftest import COMMUNITY

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def test_the_migration_keeps_earlier_requests_pending_and_stores_the_withdrawal(
    db_target: str,
) -> None:
    old = open_database(db_target, MIGRATIONS[: MIGRATIONS.index(m_intro_withdrawn)])
    with old.transaction():  # a request made before the migration
        old.execute(
            "INSERT INTO introductions (id, requester, target, connector, message, created_at,"
            " expires_at) VALUES ('int_old', 'ana', 'bob', NULL, 'hi', ?, ?)",
            [T0.isoformat(), (T0 + dt.timedelta(days=14)).isoformat()],
        )
    old.close()
    db = open_database(db_target, MIGRATIONS)
    store = TrustStore(db)
    before = store.get_introduction("int_old")
    assert before is not None and before.withdrawn_at is None
    assert intro_status(before, T0) == IntroStatus.PENDING
    later = T0 + dt.timedelta(hours=5, minutes=7)
    with db.transaction():
        store.put_introduction(replace(before, withdrawn_at=later))
    after = store.get_introduction("int_old")
    assert after == replace(before, withdrawn_at=later)
    assert intro_status(after, T0) == IntroStatus.WITHDRAWN
    assert [i.withdrawn_at for i in store.introductions("bob")] == [later]
    fresh = Introduction("int_new", "ana", "cyd", None, "", T0, T0 + dt.timedelta(days=14))
    with db.transaction():
        store.put_introduction(fresh)
    assert store.get_introduction("int_new") == fresh
    db.close()


@pytest.mark.parametrize("first", ["withdraw", "accept", "at once"])
def test_a_withdrawal_and_an_acceptance_at_once_one_wins_the_other_is_refused(
    db_target: str, first: str
) -> None:
    """Ana withdraws while Bob accepts, each in their own process (one community each over
    the same database): one commits first and wins; the other is refused with a 409 that
    says where the request stands, and nothing of the loser is written."""
    one = Community(db_target, FakeEncoder(dim=32))
    one.profiles.import_profiles(COMMUNITY)
    two = Community(db_target, FakeEncoder(dim=32))
    intro = one.trust.request_introduction("ana", "bob", actor=Actor("ana")).id
    outcome: dict[str, object] = {}
    start = threading.Barrier(2)

    def withdraw() -> None:
        start.wait()
        try:
            outcome["withdraw"] = one.trust.withdraw_introduction(intro, actor=Actor("ana"))
        except Conflict as exc:
            outcome["withdraw"] = exc

    def accept() -> None:
        start.wait()
        try:
            outcome["accept"] = two.trust.answer_introduction(intro, True, actor=Actor("bob"))
        except Conflict as exc:
            outcome["accept"] = exc

    if first == "at once":
        threads = [threading.Thread(target=withdraw), threading.Thread(target=accept)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    else:
        start = threading.Barrier(1)
        (withdraw if first == "withdraw" else accept)()
        (accept if first == "withdraw" else withdraw)()
    refused = [k for k, v in outcome.items() if isinstance(v, Conflict)]
    assert len(refused) == 1, outcome
    lost = outcome[refused[0]]
    assert isinstance(lost, Conflict) and lost.field == "status"
    final = one.trust.get_introduction(intro, actor=Actor("ana")).status
    if refused == ["accept"]:  # the withdrawal won
        assert final == IntroStatus.WITHDRAWN and "is withdrawn" in str(lost)
        assert "can no longer be answered" in str(lost)
    else:
        assert final == IntroStatus.ACCEPTED and "is accepted" in str(lost)
        assert "only a pending request can be withdrawn" in str(lost)
    if first != "at once":
        assert refused == ["accept" if first == "withdraw" else "withdraw"]
    one.db.close()
    two.db.close()
