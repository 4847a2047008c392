"""PostgreSQL through the shells: `cofoundry migrate`, `cofoundry copy-db`, and two
`cofoundry serve` processes on one database (write on one, read on the other; erase on one,
gone from both; one killed while the other serves)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from api.cli import app
from embeddings.encoder import FakeEncoder
from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.db import copy_database
from matcher.schema import MIGRATIONS, connect
from tests.conftest import COMMUNITY, SYNONYMS, person
from tests.pg import PgServer
from tests.support import free_port
from tests.ventures import venture
from tests.waiting import within_a_second

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pg_url(postgres: PgServer) -> Iterator[str]:
    """The URL of a fresh, empty schema."""
    schema = postgres.new_schema()
    yield postgres.schema_url(schema)
    postgres.drop_schema(schema)


def _populate(community: Community) -> None:
    """A bit of every domain: profiles and vectors, trust, a ledger, an event, a token."""
    community.profiles.import_profiles(COMMUNITY)
    trust = community.trust
    c = trust.propose_collaboration("ana", "bob", "shop", "2024-01-01", actor=Actor("ana"))
    trust.answer_collaboration(c.id, True, actor=Actor("bob"))
    trust.endorse("cyd", "dan", "sales", actor=Actor("cyd"))
    equity = community.equity
    venture(equity, "acme", "ana", "bob", require_approval=True)  # bob invited, accepted
    posted = equity.post(
        "acme",
        {"member": "bob", "kind": "cash", "on": "2024-02-01", "amount": Decimal("12.50")},
        key="k1",
        actor=Actor("bob"),
    )
    equity.approve("acme", posted.row.entry.id, actor=Actor("ana"))
    community.events.create_event("night", "Night", actor=Actor("ana"))
    community.events.add_attendees("night", ["ana", "bob", "cyd", "dan"], actor=Actor("ana"))
    community.events.plan_rounds("night", rounds=2, actor=Actor("ana"))
    community.security.create_token("ana", role="member", label="cli")


def test_migrate_creates_then_reports_the_schema(pg_url: str) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["migrate", "--database-url", pg_url])
    assert result.exit_code == 0, result.output
    assert f"schema at version {len(MIGRATIONS)}" in result.output
    assert "postgresql://" in result.output
    again = runner.invoke(app, ["migrate", "--database-url", pg_url])
    assert again.exit_code == 0 and f"version {len(MIGRATIONS)}" in again.output


def test_copy_db_moves_a_community_and_checks_every_table(tmp_path: Path, pg_url: str) -> None:
    source = tmp_path / "c.db"
    here = Community(source, FakeEncoder(dim=64, synonyms=SYNONYMS))
    _populate(here)
    expected = [(s.candidate, s.score) for s in here.matching.suggest("ana", k=5, actor=ADMIN)]
    split = here.equity.split("acme", actor=Actor("ana"))
    here.close()

    runner = CliRunner()
    result = runner.invoke(app, ["copy-db", str(source), pg_url])
    assert result.exit_code == 0, result.output
    assert "counts and checksums match" in result.output
    for table in ("profiles", "vectors", "ledger_entries", "event_seats", "change_log"):
        assert f"  {table} " in result.output

    there = Community(pg_url, FakeEncoder(dim=64, synonyms=SYNONYMS))
    assert [(s.candidate, s.score) for s in there.matching.suggest("ana", k=5, actor=ADMIN)] == (
        expected
    )
    assert there.equity.split("acme", actor=Actor("ana")) == split
    assert there.trust.graph().weight("ana", "bob") > 0
    # the encoder a database was built with, read on this backend too (both ways)
    models = there.profiles.store.vector_models()
    assert list(models) == ["fake-bow-64"] and models["fake-bow-64"] > 0
    there.db.execute("DELETE FROM change_log WHERE kind = 'profile'")
    assert there.profiles.store.vector_models() == models
    # numbering goes on after the copied rows
    posted = there.equity.post(
        "acme",
        {"member": "bob", "kind": "cash", "on": "2024-03-01", "amount": Decimal(1)},
        key="k2",
        actor=Actor("bob"),
    )
    assert posted.row.entry.id == 2
    there.close()

    refused = runner.invoke(app, ["copy-db", str(source), pg_url])
    assert refused.exit_code == 2 and "the target is not empty" in refused.output
    assert "--overwrite" in refused.output
    replaced = runner.invoke(app, ["copy-db", pg_url, "--db", str(source), "--overwrite"])
    assert replaced.exit_code == 0, replaced.output


def test_a_changed_row_fails_the_check(tmp_path: Path, pg_url: str) -> None:
    """The checksums are not decoration: a row that differs after the copy is reported."""
    from matcher.db.copy import table_checksum

    src, dst = connect(tmp_path / "c.db"), connect(pg_url)
    here = Community(src, FakeEncoder(dim=64))
    here.profiles.import_profiles(COMMUNITY[:3])
    copy_database(src, dst)
    cols = dst.column_names("profiles")
    before = table_checksum(dst, "profiles", cols)
    with dst.transaction():
        dst.execute("UPDATE profiles SET updated_at = 'x' WHERE id = 'ana'")
    assert table_checksum(dst, "profiles", cols) != before
    assert table_checksum(dst, "profiles", cols)[0] == before[0]
    src.close()
    dst.close()


# ------------------------------------------------------------ two processes
def _call(
    base: str, path: str, method: str = "GET", body: Any = None, token: str | None = None
) -> tuple[int, Any]:
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"null")


def _serve(url: str, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = os.environ | {
        "COFOUNDRY_DATABASE_URL": url,
        "COFOUNDRY_ENCODER": "fake",
        "COFOUNDRY_INDEX_KIND": "flat",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("COFOUNDRY_DB", None)
    cmd = [sys.executable, "-c", "from api.cli import main; main()", "serve", "--port", str(port)]
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log.open("wb")
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        if proc.poll() is not None:
            pytest.fail(f"cofoundry serve exited:\n{log.read_text()[-3000:]}")
        try:
            if _call(base, "/ready")[0] == 200:
                return proc, base
        except OSError:
            pass
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"cofoundry serve not ready in 120 s:\n{log.read_text()[-3000:]}")
        time.sleep(0.2)


def _api_person(pid: str) -> dict[str, Any]:
    """A sales person ana (a developer seeking sales, in tests.conftest) is suggested."""
    return person(
        pid,
        offers="Sales lead: I find customers and close deals.",
        needs="A technical partner, a developer who can code the product.",
        roles_offered=["sales"],
        roles_sought=["tech"],
        languages=["en"],
        utc_offset=1,
    )


def _suggested(base: str, viewer: str, token: str) -> set[str]:
    status, body = _call(base, f"/profiles/{viewer}/matches?k=10", token=token)
    assert status == 200, body
    return {m["id"] for m in body}


def _within(seconds: float, check: Any) -> float:
    """Seconds from now to the start of the first ``check()`` (a request) that holds: a
    request made that long after the write sees it. Fails when a check started after
    ``seconds`` does not hold. (The end of that request would add its own duration, seconds
    on a loaded machine, to the lag.)"""
    start = time.monotonic()
    while True:
        asked = time.monotonic() - start
        if check():
            return asked
        if asked > seconds:
            pytest.fail(f"not seen within {seconds} s")
        time.sleep(0.01)


def test_two_api_processes_on_one_database(tmp_path: Path, pg_url: str) -> None:
    setup = Community(pg_url, FakeEncoder(dim=64))
    setup.profiles.import_profiles(COMMUNITY)
    token = setup.security.create_token(None, role="admin", label="test")
    bob = setup.security.create_token("bob", role="member", label="test")
    setup.close()
    one, base1 = _serve(pg_url, tmp_path / "one.log")
    two, base2 = _serve(pg_url, tmp_path / "two.log")
    try:
        assert "zoe" not in _suggested(base2, "ana", token)
        # write on one, read on the other, within a second
        new = _api_person("zoe")
        status, body = _call(base1, "/profiles", "POST", new, token)
        assert status == 201, body
        lag = _within(1.0, lambda: "zoe" in _suggested(base2, "ana", token))
        # erase on one: gone from both
        assert "bob" in _suggested(base2, "ana", token)
        status, body = _call(base1, "/me", "DELETE", None, bob)
        assert status == 200, body
        _within(1.0, lambda: "bob" not in _suggested(base2, "ana", token))
        assert "bob" not in _suggested(base1, "ana", token)
        assert _call(base2, "/profiles/bob", token=token)[0] == 404
        # kill -9 one: the other goes on serving, reads and writes
        os.kill(one.pid, signal.SIGKILL)
        one.wait(timeout=30)
        for _ in range(20):
            assert _suggested(base2, "ana", token)
        status, _ = _call(base2, "/profiles", "POST", _api_person("yan"), token)
        assert status == 201
        assert lag < 1.0
    finally:
        for proc in (one, two):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


# ------------------------------------------------------------ a stalled listener
class _StallingProxy:
    """A TCP proxy to the test server that can stall the connection that sent ``LISTEN``:
    its bytes stop flowing both ways while the connection stays open (a half-open TCP
    connection, a partition), the other connections go on."""

    def __init__(self, server_url: str) -> None:
        import psycopg

        info = psycopg.conninfo.conninfo_to_dict(server_url)
        host, port = str(info.get("host") or "localhost"), int(info.get("port") or 5432)
        self.target: tuple[int, Any] = (
            (socket.AF_UNIX, f"{host}/.s.PGSQL.{port}")
            if host.startswith("/")
            else (socket.AF_INET, (host, port))
        )
        self.stalled = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.socket(self.target[0])
            upstream.connect(self.target[1])
            state: dict[str, bool] = {}
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b, state), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, state: dict[str, bool]) -> None:
        try:
            while data := src.recv(65536):
                state["listen"] = state.get("listen", False) or b"LISTEN" in data
                while self.stalled.is_set() and state["listen"]:
                    time.sleep(0.02)
                dst.sendall(data)
        except OSError:
            pass
        for end in (src, dst):
            end.close()

    def url(self, schema_url: str) -> str:
        """``schema_url`` through the proxy (its host and port replaced)."""
        import psycopg

        info = psycopg.conninfo.conninfo_to_dict(schema_url)
        user, dbname, options = info.get("user", ""), info.get("dbname", ""), info["options"]
        if info.get("password"):
            user += ":" + urllib.parse.quote(str(info["password"]), safe="")
        return (
            f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"
            f"?options={urllib.parse.quote(str(options))}"
        )


def test_a_stalled_listening_connection_does_not_hide_other_writes(
    postgres: PgServer, pg_url: str
) -> None:
    """The listener's connection stops answering without closing: the process notices
    within seconds (it asks the database instead) rather than serving stale data until
    TCP gives up (15 minutes by default), and goes back to listening when it answers."""
    proxy = _StallingProxy(postgres.url)
    writer, reader = connect(pg_url), connect(proxy.url(pg_url))
    try:
        assert reader.head("profile") == 0  # starts the listener
        within_a_second(lambda: reader._listening, bool, "the listener")  # type: ignore[attr-defined]
        with writer.transaction():
            writer.log_change("profile", "one")
        within_a_second(lambda: reader.head("profile"), lambda h: h == 1, "a write")
        proxy.stalled.set()
        with writer.transaction():
            seq = writer.log_change("profile", "two")
        start = time.monotonic()
        while reader.head("profile") < seq:
            assert time.monotonic() - start < 3.0, "a write not seen while the listener stalls"
            time.sleep(0.02)
        proxy.stalled.clear()
        with writer.transaction():
            seq = writer.log_change("profile", "three")
        within_a_second(lambda: reader.head("profile"), lambda h: h == seq, "a write after")
    finally:
        proxy.stalled.clear()
        proxy.listener.close()
        writer.close()
        reader.close()


def test_a_write_transaction_left_idle_does_not_stop_the_other_processes(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process frozen (or cut off) inside a write transaction holds the writer lock: the
    server ends that transaction after ``IDLE_IN_TRANSACTION_S`` and the other processes
    write again; the frozen one finds its transaction gone, nothing of it written."""
    import psycopg

    from matcher.db import postgres

    monkeypatch.setattr(postgres, "IDLE_IN_TRANSACTION_S", 0.5)
    frozen, other = connect(pg_url), connect(pg_url)
    held = frozen.transaction()
    held.__enter__()  # BEGIN, the writer lock, one write... and then nothing
    frozen.log_change("profile", "frozen")
    pid = frozen.execute("SELECT pg_backend_pid()").fetchone()[0]
    done = threading.Event()

    def write() -> None:
        with other.transaction():
            other.log_change("profile", "other")
        done.set()

    threading.Thread(target=write, daemon=True).start()
    try:
        assert done.wait(5.0), "the other process's write waited for the frozen transaction"
        with pytest.raises(psycopg.Error):
            held.__exit__(None, None, None)  # the frozen process wakes: its COMMIT fails
        assert [k for _, k in other.changes_since(0, "profile")] == ["other"]
    finally:
        if not done.is_set():  # without the timeout: end it here, or nothing closes
            with psycopg.connect(pg_url, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", [pid])
            done.wait(5.0)
        frozen.close()
        other.close()
