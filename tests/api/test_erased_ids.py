"""An erased member's id is never given to anyone again: the root of red team 17's holes.

Red team 17 found, one by one, records written or held under an erased id (a session, a
token, an introduction request, a mark, a seat, a cached trust entry, an e-mail, a stored
answer) that whoever took the id next read. Each was closed; the id itself stayed free, so
the next "Bob" to sign up was ``bob`` again. The erasure now keeps the id, as a keyed hash
(HMAC-SHA256 under a signing key of the database, ``erased_ids``), in its own transaction;
every way of taking an id reads it in the write that takes the id: a sign-up (the web's
and the API's ``POST /accounts``: the id made from the name skips it), ``POST /profiles``,
a profile import (CLI), an organiser's attendee import. A refused id is told as a taken
one, never as erased (that would say the person existed), with a free id to try. On both
backends; the race with an erasure from another process is forced, and also run at once.
"""

from __future__ import annotations

import csv
import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.cli import app as cli
from embeddings.encoder import FakeEncoder
from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.db.copy import copy_database
from matcher.errors import CofoundryError, Conflict, ImportFailed, InvalidInput
from matcher.privacy import PrivacyHook
from tests.apps import client_over
from tests.events_day import DAY, Clock
from tests.pg import PgServer
from tests.support import CHEAP, at_once, before_the_write
from tests.web.pages import post

PASSWORD = "correct horse battery"
runner = CliRunner()


def bob(pid: str = "bob", **more: str) -> dict[str, str]:
    return {"id": pid, "name": "Bob Martin", "offers": "sales", "needs": "code", **more}


@pytest.fixture
def c(backend: str) -> Iterator[Community]:
    c = Community(":memory:", FakeEncoder(dim=32), accounts=CHEAP)
    c.profiles.import_profiles([bob(), bob("ana", name="Ana Lopez")])
    yield c
    c.close()


def erased(c: Community, pid: str = "bob") -> None:
    c.privacy.erase(pid, actor=Actor(pid))
    assert c.profiles.store.get_profile(pid) is None and c.accounts.store.get(pid) is None


def test_the_erasure_keeps_a_keyed_hash_not_the_id(c: Community) -> None:
    erased(c)
    (row,) = c.db.execute("SELECT * FROM erased_ids").fetchall()
    assert len(row) == 1 and len(row[0]) == 64 and "bob" not in row[0]
    assert c.profiles.store.buried(["bob", "ana", "bob-2"]) == {"bob"}


def test_the_key_is_the_same_in_every_process(db_target: str) -> None:
    """Two communities over one database (two processes; then a restart): one key."""
    one = Community(db_target, FakeEncoder(dim=32), accounts=CHEAP)
    one.profiles.import_profiles([bob()])
    erased(one)
    other = Community(db_target, FakeEncoder(dim=32), accounts=CHEAP)
    assert other.profiles.store.is_buried("bob") and not other.profiles.store.is_buried("ana")
    one.close()
    other.close()
    again = Community(db_target, FakeEncoder(dim=32), accounts=CHEAP)
    assert again.accounts.sign_up("Bob", "bob@example.org", PASSWORD).id == "bob-2"
    again.close()


def test_without_its_key_no_id_is_given_rather_than_an_erased_one(c: Community) -> None:
    """The key deleted by hand (or a rotation): the check fails loudly, it is never skipped
    (every erased id would be free again)."""
    erased(c)
    c.db.execute("DELETE FROM signing_keys WHERE purpose = 'erased_ids'")
    with pytest.raises(LookupError, match="erased_ids"):
        c.accounts.sign_up("Bob", "b@example.org", PASSWORD)
    with pytest.raises(LookupError):
        c.security.sign_up(bob("zed"))
    assert c.db.execute("SELECT COUNT(*) FROM accounts").fetchone()[0] == 0


def test_an_api_sign_up_cannot_take_an_erased_id(c: Community) -> None:
    api = client_over(c)
    erased(c)
    r = api.post("/profiles", json=bob())
    assert r.status_code == 409, r.text
    refused = r.json()
    live = api.post("/profiles", json=bob("ana")).json()  # a member's id: told the same way
    assert refused["detail"] == live["detail"].replace("'ana'", "'bob'")
    assert "erased" not in r.text.lower() and "token" not in refused
    assert (refused["field"], refused["value"]) == ("id", "bob")
    assert refused["hint"] == "choose another id, for example 'bob-2'"
    assert c.profiles.store.get_profile("bob") is None
    r = api.post("/profiles", json=bob("bob-2"))
    assert r.status_code == 201, r.text
    # the hint skips every id held or erased
    erased(c, "bob-2")
    assert api.post("/profiles", json=bob()).json()["hint"].endswith("'bob-3'")


@pytest.mark.parametrize(
    ("spelling", "status"),
    [("Bob", 422), ("BOB", 422), ("bób", 422), ("bob\u0301", 422), (" bob ", 409)],
)
def test_another_spelling_of_an_erased_id_is_no_way_around(
    c: Community, spelling: str, status: int
) -> None:
    """Ids are plain lower-case ASCII and never folded: another spelling is refused for its
    shape (422), not written as a second id; spaces around it are trimmed, and then it is
    the erased id (409). The names ids are made from are folded (NFKD, lower case) before
    the erased ids are read."""
    api = client_over(c)
    erased(c)
    r = api.post("/profiles", json=bob(spelling))
    assert r.status_code == status, r.text
    assert r.json()["field"] == "id"
    assert c.db.execute("SELECT COUNT(*) FROM profiles").fetchone()[0] == 1  # ana alone
    for name in ("BOB", "Böb", "Bo\u0301b"):
        assert c.accounts.sign_up(name, f"{len(name)}x@example.org", PASSWORD).id != "bob"


def test_an_account_sign_up_by_api_and_by_web_gets_another_id(c: Community) -> None:
    erased(c)
    api = client_over(c)
    r = api.post("/accounts", json={"name": "Bob", "email": "b1@example.org", "password": PASSWORD})
    assert r.status_code == 201 and r.json()["id"] == "bob-2", r.text
    form = {"name": "Bob", "email": "b2@example.org", "password": PASSWORD}
    assert post(client_over(c), "/web/signup", form).status_code == 303
    ids = {a for (a,) in c.db.execute("SELECT id FROM accounts").fetchall()}
    assert ids == {"bob-2", "bob-3"}


def test_an_account_erased_without_a_profile_keeps_its_id_too(c: Community) -> None:
    zoe = c.accounts.sign_up("Zoé Martin", "zoe@example.org", PASSWORD)
    assert zoe.id == "zoe-martin"
    c.privacy.erase(zoe.id, actor=Actor(zoe.id))
    assert c.accounts.sign_up("Zoe Martin", "z2@example.org", PASSWORD).id == "zoe-martin-2"
    with pytest.raises(Conflict) as refused:
        c.security.sign_up(bob("zoe-martin"))
    assert refused.value.field == "id" and "already taken" in str(refused.value)


def test_a_profile_import_refuses_an_erased_id_on_its_row(c: Community) -> None:
    erased(c)
    rows = [bob("cyd", name="Cyd"), bob(), bob("dan", name="Dan")]
    with pytest.raises(ImportFailed) as failed:
        c.profiles.import_profiles(rows)
    (error,) = failed.value.errors
    assert (error.field, error.value) == ("id", "bob")
    assert str(error).startswith("row 2: profile id 'bob' is already taken; choose another")
    assert c.profiles.store.get_profile("cyd") is None  # all or nothing
    report = c.profiles.import_profiles(rows, skip_invalid=True)
    assert report.created == ("cyd", "dan") and c.profiles.store.get_profile("bob") is None
    assert [(n, raw["id"]) for n, raw, _ in report.rejected] == [(2, "bob")]


def test_a_csv_import_by_the_command_line(
    db_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three profiles, the second's id erased: the others import, the refused row is named
    with its number and reason in the rejected file."""
    monkeypatch.setenv("COFOUNDRY_DB", db_target)
    monkeypatch.setenv("COFOUNDRY_ENCODER", "fake")
    monkeypatch.chdir(tmp_path)
    first = tmp_path / "first.csv"
    first.write_text("id,name,offers,needs\nbob,Bob,sales,code\n", encoding="utf-8")
    assert runner.invoke(cli, ["import", str(first)]).exit_code == 0
    r = runner.invoke(cli, ["privacy", "erase", "bob", "--yes"])
    assert r.exit_code == 0, r.output
    src = tmp_path / "people.csv"
    src.write_text(
        "id,name,offers,needs\ncyd,Cyd,design,sales\nbob,Bob Two,sales,code\ndan,Dan,ops,x\n",
        encoding="utf-8",
    )
    r = runner.invoke(cli, ["import", str(src)])
    assert r.exit_code != 0 and "row 2: profile id 'bob' is already taken" in r.output
    r = runner.invoke(cli, ["import", str(src), "--skip-invalid"])
    assert r.exit_code == 0, r.output
    assert "imported 2 new profiles" in r.output and "rejected 1 row" in r.output
    with (tmp_path / "people.csv.rejected.csv").open(encoding="utf-8", newline="") as fh:
        (line,) = csv.DictReader(fh)
    assert (line["row"], line["id"], line["name"]) == ("2", "bob", "Bob Two")
    assert line["errors"] == (
        "row 2: profile id 'bob' is already taken; choose another id, for example 'bob-2'"
    )
    c = Community(db_target, FakeEncoder(dim=32))
    assert c.profiles.store.get_profile("bob") is None
    assert c.profiles.store.get_profile("dan") is not None
    c.close()


def test_an_attendee_import_refuses_an_erased_id_and_makes_another_from_a_name() -> None:
    clock = Clock(dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC))  # three weeks before
    c = Community(":memory:", FakeEncoder(dim=32), accounts=CHEAP, clock=clock)
    c.profiles.import_profiles([bob(), bob("ana", name="Ana Lopez")])
    org = Actor("ana")
    c.events.create_event("night", "Founders night", actor=org, details=DAY)
    with_id = "id;name;offers;needs\nbob;Bob Two;sales;code\ncyd;Cyd;design;sales\n"
    made = "name;email;offers;needs\nZed Roe;zed@example.org;sales;code\n"
    first = c.events.import_csv("night", made, actor=org)
    [zed] = first.ids("added")
    erased(c)
    c.privacy.erase(zed, actor=ADMIN)

    done = c.events.import_csv("night", with_id, actor=org, skip_invalid=True)
    assert done.ids("added") == ["cyd"]
    (line,) = [x for x in done.lines if x.outcome == "rejected"]
    assert (line.line, line.id) == (2, "bob")
    (problem,) = line.problems
    assert problem.reason == "taken" and "erased" not in str(problem)
    assert "a profile with the id 'bob' already exists" in str(problem)
    # a person whose id is made from their name and address, erased and invited again,
    # gets another id: never the erased one (nor its records)
    again = c.events.import_csv("night", made, actor=org)
    assert again.ids("added") == [f"{zed}-2"]


@pytest.fixture
def two(db_target: str) -> Iterator[tuple[Community, Community]]:
    """Two communities over one database: two processes, as the database sees them."""
    one = Community(db_target, FakeEncoder(dim=32), accounts=CHEAP)
    other = Community(db_target, FakeEncoder(dim=32), accounts=CHEAP)
    one.profiles.import_profiles([bob()])
    yield one, other
    one.close()
    other.close()


def test_an_erasure_committed_as_a_sign_up_writes_is_seen(
    two: tuple[Community, Community],
) -> None:
    one, other = two
    undo = before_the_write(other, lambda: erased(one))
    account = other.accounts.sign_up("Bob", "bob2@example.org", PASSWORD)
    undo()
    assert account.id == "bob-2"


def test_an_erasure_committed_as_a_profile_is_created_is_seen(
    two: tuple[Community, Community],
) -> None:
    one, other = two
    before_the_write(other, lambda: erased(one))
    with pytest.raises(Conflict) as refused:
        other.security.sign_up(bob())
    assert (refused.value.field, refused.value.value) == ("id", "bob")
    assert one.profiles.store.get_profile("bob") is None


def test_an_erasure_committed_as_an_import_writes_is_seen(
    two: tuple[Community, Community],
) -> None:
    one, other = two
    before_the_write(other, lambda: erased(one))
    report = other.profiles.import_profiles([bob("cyd", name="Cyd"), bob()], skip_invalid=True)
    assert report.created == ("cyd",) and [n for n, _, _ in report.rejected] == [2]
    assert one.profiles.store.get_profile("bob") is None


def test_a_sign_up_waiting_on_the_erasure_reads_the_id_it_kept(
    two: tuple[Community, Community],
) -> None:
    """Another process's ``POST /profiles`` (and a sign-up) start while the erasure's
    transaction is open: they wait on the writer lock and, once the erasure commits, read
    the id kept by that very commit (kept by a later write, they slipped in between: this
    test took ``bob`` then)."""
    one, other = two
    got: list[Any] = []

    def take_the_id() -> None:
        try:
            got.append(other.security.sign_up(bob())[0].id)
        except Conflict as refused:
            got.append(refused.field)
        got.append(other.accounts.sign_up("Bob", "b2@example.org", PASSWORD).id)

    taking = threading.Thread(target=take_the_id)

    def meanwhile(person: str, pseudonym: str) -> int:
        taking.start()
        time.sleep(0.5)  # it waits on the erasure's lock
        return 0

    one.privacy.register(PrivacyHook("meanwhile", erase=meanwhile))
    one.privacy.erase("bob", actor=Actor("bob"))
    taking.join(timeout=60)
    assert got == ["id", "bob-2"]


def test_an_erasure_and_sign_ups_at_the_same_moment(two: tuple[Community, Community]) -> None:
    """Bob erases himself while a new "Bob" signs up and a script posts a profile ``bob``,
    from other processes: whichever commits first, nobody gets ``bob``."""
    one, other = two
    gone, account, posted = at_once(
        lambda: one.privacy.erase("bob", actor=Actor("bob")),
        lambda: other.accounts.sign_up("Bob", "bob2@example.org", PASSWORD),
        lambda: other.security.sign_up(bob()),
    )
    assert not isinstance(gone, CofoundryError), gone
    assert account.id == "bob-2"
    assert isinstance(posted, Conflict) and posted.field == "id"
    assert one.profiles.store.get_profile("bob") is None
    assert one.profiles.store.is_buried("bob")


def test_a_bad_id_is_still_refused_for_its_shape_first(c: Community) -> None:
    erased(c)
    with pytest.raises(InvalidInput) as refused:
        c.security.sign_up(bob("Bob Martin"))
    assert refused.value.field == "id" and "lower-case" in str(refused.value)


def test_the_web_client_signs_up_as_usual_when_nothing_was_erased(c: Community) -> None:
    api: TestClient = client_over(c)
    r = api.post("/accounts", json={"name": "Eve", "email": "e@example.org", "password": PASSWORD})
    assert r.status_code == 201 and r.json()["id"] == "eve", r.text


@pytest.mark.sqlite_only  # copies a SQLite file to a PostgreSQL schema itself
def test_a_copy_to_postgresql_keeps_the_erased_ids(tmp_path: Path, postgres: PgServer) -> None:
    """``cofoundry copy-db`` carries the signing keys with the rows (the key is the
    database's), so the erased ids stay erased on the other backend."""
    here = Community(str(tmp_path / "c.db"), FakeEncoder(dim=32), accounts=CHEAP)
    here.profiles.import_profiles([bob()])
    erased(here)
    schema = postgres.new_schema()
    try:
        there = Community(postgres.schema_url(schema), FakeEncoder(dim=32), accounts=CHEAP)
        assert not there.profiles.store.is_buried("bob")  # its own key, nobody erased
        assert copy_database(here.db, there.db, overwrite=True).ok
        assert there.profiles.store.is_buried("bob")
        assert there.accounts.sign_up("Bob", "b@example.org", PASSWORD).id == "bob-2"
        there.close()
    finally:
        postgres.drop_schema(schema)
    here.close()
