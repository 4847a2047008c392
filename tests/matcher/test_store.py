from __future__ import annotations

import sqlite3

import pytest

from matcher.errors import CofoundryError
from matcher.profiles import check_profile
from matcher.store import MIGRATIONS, Store
from tests.conftest import person


def test_file_database_uses_wal_and_secure_delete(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "c.db")
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert store.schema_version() == len(MIGRATIONS)
    store.close()
    assert Store(tmp_path / "c.db").schema_version() == len(MIGRATIONS)  # idempotent


def test_a_failed_transaction_writes_nothing() -> None:
    store = Store(":memory:")
    with pytest.raises(RuntimeError, match="boom"), store.transaction():
        store.put_profile(check_profile(person("a")))
        raise RuntimeError("boom")
    assert store.count_profiles() == 0
    with pytest.raises(RuntimeError, match="outside a transaction"):
        store.put_profile(check_profile(person("a")))


def test_delete_removes_everything_attached() -> None:
    store = Store(":memory:")
    with store.transaction():
        store.put_profile(check_profile(person("a")))
        store.put_profile(check_profile(person("b")))
        store.add_avoid("a", "b")
        store.add_token("h", "a", "member", "")
    with store.transaction():
        assert store.delete_profile("a")
    assert store.avoided_either_way("b") == set()
    assert store.find_token("h") is None
    assert store.get_profile("a") is None


def test_unwritable_place_gives_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CofoundryError, match=r"database folder .* does not exist"):
        Store(tmp_path / "missing" / "c.db")


def test_data_version_moves_on_every_write() -> None:
    store = Store(":memory:")
    v0 = store.data_version()
    with store.transaction():
        store.put_profile(check_profile(person("a")))
    assert store.data_version() > v0


def test_concurrent_connection_sees_committed_data_only(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "c.db")
    other = sqlite3.connect(tmp_path / "c.db")
    with store.transaction():
        store.put_profile(check_profile(person("a")))
        assert other.execute("SELECT COUNT(*) FROM profiles").fetchone()[0] == 0
    assert other.execute("SELECT COUNT(*) FROM profiles").fetchone()[0] == 1
