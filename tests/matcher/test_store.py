from __future__ import annotations

import sqlite3

import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import ADMIN
from matcher.community import Community
from matcher.errors import CofoundryError
from matcher.profiles import ProfileStore, check_profile
from matcher.schema import MIGRATIONS, connect
from matcher.security import SecurityStore
from matcher.trust import AvoidStore
from tests.conftest import person


@pytest.mark.sqlite_only
def test_file_database_uses_wal_and_secure_delete(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = connect(tmp_path / "c.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert db.schema_version() == len(MIGRATIONS)
    db.close()
    assert connect(tmp_path / "c.db").schema_version() == len(MIGRATIONS)  # idempotent


def test_a_failed_transaction_writes_nothing() -> None:
    store = ProfileStore(connect(":memory:"))
    with pytest.raises(RuntimeError, match="boom"), store.db.transaction():
        store.put_profile(check_profile(person("a")))
        raise RuntimeError("boom")
    assert store.count_profiles() == 0
    with pytest.raises(RuntimeError, match="outside a transaction"):
        store.put_profile(check_profile(person("a")))


def test_delete_removes_everything_attached() -> None:
    community = Community(":memory:", FakeEncoder(dim=16))
    store, avoids, tokens = (
        community.profiles.store,
        AvoidStore(community.db),
        SecurityStore(community.db),
    )
    with community.db.transaction():
        store.put_profile(check_profile(person("a")))
        store.put_profile(check_profile(person("b")))
        avoids.add_avoid("a", "b")
        tokens.add_token("h", "a", "member", "", expires_at=community.security.clock())
    community.profiles.delete_profile("a", actor=ADMIN)
    assert avoids.avoided_either_way("b") == set()
    assert tokens.find_token("h") is None
    assert store.get_profile("a") is None


@pytest.mark.sqlite_only
def test_unwritable_place_gives_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CofoundryError, match=r"database folder .* does not exist"):
        connect(tmp_path / "missing" / "c.db")


def test_data_version_moves_on_every_write() -> None:
    store = ProfileStore(connect(":memory:"))
    v0 = store.data_version()
    with store.db.transaction():
        store.put_profile(check_profile(person("a")))
    assert store.data_version() > v0


@pytest.mark.sqlite_only
def test_concurrent_connection_sees_committed_data_only(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = ProfileStore(connect(tmp_path / "c.db"))
    other = sqlite3.connect(tmp_path / "c.db")
    with store.db.transaction():
        store.put_profile(check_profile(person("a")))
        assert other.execute("SELECT COUNT(*) FROM profiles").fetchone()[0] == 0
    assert other.execute("SELECT COUNT(*) FROM profiles").fetchone()[0] == 1


@pytest.mark.sqlite_only
def test_each_thread_writes_through_its_own_connection(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 16: one connection per thread, so a thread's transaction never carries
    another thread's statements, and eight threads writing at once all succeed."""
    import threading

    store = ProfileStore(connect(tmp_path / "c.db"))
    errors: list[BaseException] = []
    seen: set[int] = set()

    def write(n: int) -> None:
        try:
            seen.add(id(store.db.connection()))
            for i in range(20):
                with store.db.transaction():
                    store.put_profile(check_profile(person(f"t{n}-{i}")))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and store.count_profiles() == 160
    assert len(seen) == 8
