"""``cofoundry token list|revoke``, ``cofoundry mail outbox|send`` and ``cofoundry worker``:
a worker killed with SIGKILL in the middle of a delivery loses nothing; the one message in
flight at the kill may arrive twice, with the same Message-ID (SMTP has no idempotent
submission: at-least-once, and the copy is recognisable)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from api.cli import app
from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.community import Community
from matcher.mail import Outgoing
from tests.mailserver import Inbox, smtp_server
from tests.support import CHEAP, confirmed_sign_up, free_port

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


def test_token_list_and_revoke(env: Path) -> None:
    c = Community(env / "c.db", FakeEncoder(dim=16))
    c.profiles.import_profiles([{"id": "ana", "name": "Ana", "offers": "o", "needs": "n"}])
    token = c.security.create_token("ana", label="laptop")
    r = runner.invoke(app, ["token", "list", "--profile", "ana"])
    assert r.exit_code == 0 and "laptop" in r.output and token not in r.output
    [listed] = c.security.tokens("ana", actor=Actor("ana"))
    assert r.output.startswith(listed.id)
    r = runner.invoke(app, ["token", "revoke", listed.id])
    assert r.exit_code == 0 and "revoked" in r.output
    assert runner.invoke(app, ["token", "list"]).output == ""
    r = runner.invoke(app, ["token", "revoke", listed.id])
    assert r.exit_code == 2 and "no token" in r.output


def test_mail_outbox_and_send(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    c = Community(env / "c.db", FakeEncoder(dim=16))
    with c.db.transaction():
        c.mail.queue(Outgoing("bob@example.org", "Hello Bob", "Open this link.", "test"))
    r = runner.invoke(app, ["mail", "outbox", "--body"])
    assert r.exit_code == 0 and "to bob@example.org [pending, 0 tries] Hello Bob" in r.output
    assert "Open this link." in r.output
    assert runner.invoke(app, ["mail", "send"]).exit_code == 1  # no server: it stays
    with smtp_server() as (inbox, port):
        monkeypatch.setenv("COFOUNDRY_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("COFOUNDRY_SMTP_PORT", str(port))
        monkeypatch.setenv("COFOUNDRY_SMTP_TLS", "none")
        r = runner.invoke(app, ["mail", "send"])
        assert r.exit_code == 0 and "1 sent, 0 failed" in r.output
        assert [m["Subject"] for m in inbox.wait(1)] == ["Hello Bob"]
    assert "[sent]" in runner.invoke(app, ["mail", "outbox"]).output


class Slow(Inbox):
    """Holds every message ``delay`` seconds before accepting it."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay
        self.started: list[float] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.started.append(time.monotonic())
        await asyncio.sleep(self.delay)
        return await super().handle_DATA(server, session, envelope)


def test_digest_queues_the_due_weekly_digests(env: Path) -> None:

    c = Community(
        env / "c.db",
        FakeEncoder(dim=16),
        accounts=CHEAP,
    )
    for pid in ("ana", "bob"):
        confirmed_sign_up(c, pid.title(), f"{pid}@example.org", "correct horse battery")
    c.profiles.import_profiles(
        [
            {"id": "ana", "name": "Ana", "offers": "python", "needs": "sales"},
            {"id": "bob", "name": "Bob", "offers": "sales", "needs": "python"},
        ]
    )
    r = runner.invoke(app, ["digest"])
    assert r.exit_code == 0 and "2 digests queued (2 members looked at)" in r.output
    assert runner.invoke(app, ["digest"]).output.startswith("0 digests queued")
    r = runner.invoke(app, ["mail", "outbox"])
    assert r.output.count("New people to meet this week") == 2


def test_a_worker_killed_mid_delivery_loses_nothing_and_repeats_at_most_the_one_in_flight(
    tmp_path: Path,
) -> None:
    from aiosmtpd.controller import Controller

    db = tmp_path / "c.db"
    c = Community(db, FakeEncoder(dim=16))
    with c.db.transaction():
        for n in range(6):
            c.mail.queue(Outgoing(f"p{n}@example.org", f"m{n}", "text", "test"))
    port = free_port()
    handler = Slow(delay=1.0)
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    environ = os.environ | {
        "COFOUNDRY_DB": str(db),
        "COFOUNDRY_ENCODER": "fake",
        "COFOUNDRY_SMTP_HOST": "127.0.0.1",
        "COFOUNDRY_SMTP_PORT": str(port),
        "COFOUNDRY_SMTP_TLS": "none",
        "COFOUNDRY_MAIL_LEASE_SECONDS": "2",
        "PYTHONPATH": str(ROOT),
    }
    command = [
        sys.executable,
        "-c",
        "from api.cli import main; main()",
        "worker",
        "--interval",
        "0.2",
    ]
    try:
        worker = subprocess.Popen(command, env=environ, cwd=tmp_path)
        deadline = time.monotonic() + 60
        while len(handler.started) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(handler.started) >= 3, "the worker did not start sending"
        time.sleep(0.3)  # in the middle of a message the server has not accepted yet
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
        delivered = len(handler.messages)
        assert 1 <= delivered < 6
        again = subprocess.Popen(command, env=environ, cwd=tmp_path)
        try:
            deadline = time.monotonic() + 60
            while len(handler.messages) < 6 and time.monotonic() < deadline:
                time.sleep(0.1)
        finally:
            again.send_signal(signal.SIGTERM)
            again.wait(timeout=20)
    finally:
        controller.stop()
    by_id: dict[str, list[str]] = {}
    for m in handler.messages:
        by_id.setdefault(m["Message-ID"], []).append(m["Subject"])
    assert sorted(s for subjects in by_id.values() for s in set(subjects)) == [
        f"m{n}" for n in range(6)
    ]  # every message arrived, each under its own Message-ID
    copies = [subjects for subjects in by_id.values() if len(subjects) > 1]
    assert len(handler.messages) <= 7 and len(copies) <= 1  # at most the one in flight, again
    assert c.mail.store.counts() == {"sent": 6}
