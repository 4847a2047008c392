"""PostgreSQL created with a language collation (``en_US.UTF-8``, the default of many
servers) orders text as SQLite and Python do: by code point.

Under ``en_US.UTF-8`` hyphens and underscores are skipped at first and case comes after
the letters: ``a-c`` sorts after ``ab``, where SQLite and Python put it first. Ids listed
by ``ORDER BY``, and pages read after a cursor (``WHERE id > ?``), then differed between the
backends. A real server is started here with that locale compiled for it (the system has
only the C locales); nothing is mocked.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from matcher.access import Actor
from matcher.equity import EquityService
from matcher.profiles import ProfileStore
from matcher.schema import connect
from tests.pg import PgServer, ServerUnavailable, start_server
from tests.ventures import create

#: ids whose order depends on the collation: hyphens, underscores, digits
IDS = ["a-c", "ab", "a_d", "a", "ad", "b-2", "b10", "b9", "b_1", "ba", "z", "0a", "9-9", "99"]


@pytest.fixture(scope="module")
def english() -> Iterator[PgServer]:
    try:
        server = start_server("cofoundry_en_us", collation="en_US.UTF-8", locales=["en_US.UTF-8"])
    except ServerUnavailable as exc:
        pytest.fail(f"PostgreSQL with en_US.UTF-8 is unavailable: {exc}", pytrace=False)
    yield server
    server.stop()


def test_the_server_really_sorts_by_language_rules(english: PgServer) -> None:
    with english.admin() as conn:
        got = [r[0] for r in conn.execute("SELECT unnest(%s::text[]) AS x ORDER BY x", [IDS])]
        collation = conn.execute(
            "SELECT datcollate FROM pg_database WHERE datname = current_database()"
        ).fetchone()[0]
    assert collation == "en_US.UTF-8"
    assert got != sorted(IDS)  # else this test proves nothing


def test_ids_list_and_page_in_the_order_of_sqlite(english: PgServer) -> None:
    schema = english.new_schema()
    db = connect(english.schema_url(schema))
    try:
        store = ProfileStore(db)
        store.put_bare(*IDS)
        assert db.column("SELECT id FROM profiles ORDER BY id") == sorted(IDS)
        pages: list[str] = []
        after = None
        while page := store.profiles_after(after, 3):  # keyset: the last id read is the cursor
            pages += [p.id for p in page]
            after = max(p.id for p in page)  # Python's order picks the cursor
        assert pages == sorted(IDS)  # before: rows skipped and repeated
        equity = EquityService(db)
        create(equity, "v", "a", "V")
        for pid in (i for i in IDS if i != "a"):
            equity.invite("v", pid, actor=Actor("a"))
            equity.answer_invitation("v", True, actor=Actor(pid))
        assert equity.store.venture_members("v") == sorted(IDS)
        assert equity.members("v", actor=Actor("a")) == sorted(IDS)
    finally:
        db.close()
        english.drop_schema(schema)


def test_a_table_made_by_a_later_migration_is_in_c_order_too(english: PgServer) -> None:
    schema = english.new_schema()
    url = english.schema_url(schema)
    connect(url).close()

    def later(db: object) -> None:
        db.execute("CREATE TABLE later (name TEXT PRIMARY KEY)")  # type: ignore[attr-defined]

    from matcher.db import open_database
    from matcher.schema import MIGRATIONS

    db = open_database(url, [*MIGRATIONS, later])
    try:
        with db.transaction():
            db.insert_many("later", ["name"], [(i,) for i in IDS])
        assert db.column("SELECT name FROM later ORDER BY name") == sorted(IDS)
        assert db.column("SELECT name FROM later WHERE name > ? ORDER BY name", ["a-c"]) == [
            i for i in sorted(IDS) if i > "a-c"
        ]
    finally:
        db.close()
        english.drop_schema(schema)
