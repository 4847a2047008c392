"""The outbox and its SMTP worker, against a real SMTP server (aiosmtpd) started by the test:
delivery, retry with backoff, nothing lost, nothing claimed twice, one-time links erased."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from matcher.db import Database
from matcher.errors import InvalidInput
from matcher.mail import (
    SECRET_ERASED,
    MailService,
    MailSettings,
    Outgoing,
    backoff,
    check_address,
)
from matcher.schema import connect
from tests.mailserver import body, smtp_server
from tests.support import Clock, free_port


def mailer(db: Database, port: int, clock: Clock) -> MailService:
    settings = MailSettings(
        host="127.0.0.1",
        port=port,
        tls="none",
        sender="cofoundry <noreply@example.org>",
        timeout=5,
        retry_base=30,
        retry_cap=600,
    )
    return MailService(db, settings, clock=clock)


def queue(mail: MailService, to: str, subject: str, *, secret: bool = False) -> int:
    with mail.db.transaction():
        return mail.queue(Outgoing(to, subject, f"Body of {subject}\n", "test", "bob", secret))


def test_a_queued_message_is_delivered_over_smtp_once() -> None:
    clock = Clock()
    with smtp_server() as (inbox, port):
        mail = mailer(connect(), port, clock)
        first = queue(mail, "bob@example.org", "Bonjour Bob")
        assert mail.send_due().sent == 1
        assert mail.send_due().sent == 0  # sent: never again
        [got] = inbox.wait(1)
        assert got["To"] == "bob@example.org" and got["Subject"] == "Bonjour Bob"
        assert got["From"] == "cofoundry <noreply@example.org>"
        assert body(got) == "Body of Bonjour Bob\n"
        stored = mail.store.get(first)
        assert stored is not None and stored.status == "sent" and stored.attempts == 1
        assert got["Message-ID"] == stored.message_id


def test_the_unsubscribe_address_goes_over_the_wire_whole() -> None:
    """RFC 8058's header is an address in angle brackets that mail clients read; folded at
    78 columns it went out as RFC 2047 encoded-words (``=?utf-8?q?=3Chttps...``), which they
    do not (the parsed header looked right: only the bytes on the wire show it)."""
    clock = Clock()
    stop = "/web/unsubscribe/cDAwMTE.event_invite.V1wfQIbb4o5sGwiMrfwUES78"
    settings = MailSettings(
        host="127.0.0.1",
        port=0,
        tls="none",
        sender="cofoundry <noreply@example.org>",
        timeout=5,
        public_url="https://events.cofoundry.example.org",
    )
    with smtp_server() as (inbox, port):
        mail = MailService(connect(), replace(settings, port=port), clock=clock)
        with mail.db.transaction():
            mail.queue(
                Outgoing(
                    "bob@example.org", "Soirée", "Body\n", "event_invite", "bob", unsubscribe=stop
                )
            )
        assert mail.send_due().sent == 1
        inbox.wait(1)
        lines = inbox.raw[0].splitlines()
        header = b"List-Unsubscribe: <https://events.cofoundry.example.org" + stop.encode() + b">"
        assert header in lines, [x for x in lines if x.startswith(b"List-Unsubscribe")]


def test_a_failed_send_is_retried_with_backoff_and_never_lost() -> None:
    clock = Clock()
    port = free_port()
    mail = mailer(connect(), port, clock)  # nobody listens yet
    mid = queue(mail, "bob@example.org", "Retry me")
    assert mail.send_due().failed == 1
    m = mail.store.get(mid)
    assert m is not None and m.status == "pending" and m.attempts == 1
    assert "Connection" in m.last_error or "refused" in m.last_error.lower()
    assert m.next_at == clock.now.timestamp() + 30
    assert mail.send_due().failed == 0  # not due before its backoff
    clock.pass_(seconds=30)
    assert mail.send_due().failed == 1
    m = mail.store.get(mid)
    assert m is not None and m.attempts == 2 and m.next_at == clock.now.timestamp() + 60
    with smtp_server(port) as (inbox, _):
        inbox.refuse = 1  # the server says "try later" once
        clock.pass_(seconds=60)
        assert mail.send_due().failed == 1
        m = mail.store.get(mid)
        assert m is not None and "451" in m.last_error and m.attempts == 3
        clock.pass_(seconds=120)
        assert mail.send_due().sent == 1
        assert [g["Subject"] for g in inbox.wait(1)] == ["Retry me"]
    m = mail.store.get(mid)
    assert m is not None and m.status == "sent" and m.last_error == ""


def test_two_workers_never_take_the_same_message(tmp_path: object) -> None:
    clock = Clock()
    db = connect()
    with smtp_server() as (inbox, port):
        one, two = mailer(db, port, clock), mailer(db, port, clock)
        for n in range(5):
            queue(one, f"p{n}@example.org", f"m{n}")
        taken = one.store.claim(clock.now.timestamp(), lease=60, limit=3)
        assert len(taken) == 3
        assert two.send_due().sent == 2  # only the two nobody holds
        clock.pass_(seconds=61)  # the first worker died holding three: its lease runs out
        assert two.send_due().sent == 3
        assert sorted(m["Subject"] for m in inbox.wait(5)) == [f"m{n}" for n in range(5)]
        assert len(inbox.messages) == 5


def test_a_message_with_a_one_time_link_loses_its_text_once_sent() -> None:
    clock = Clock()
    with smtp_server() as (inbox, port):
        mail = mailer(connect(), port, clock)
        mid = queue(mail, "ana@example.org", "Your link", secret=True)
        pending = mail.store.get(mid)
        assert pending is not None and "Body of" in pending.body  # waiting: the text is there
        mail.send_due()
        assert body(inbox.wait(1)[0]) == "Body of Your link\n"  # delivered whole
    sent = mail.store.get(mid)
    assert sent is not None and sent.body == SECRET_ERASED


def test_the_outbox_is_written_with_its_cause_or_not_at_all() -> None:
    mail = MailService(connect())
    with pytest.raises(RuntimeError):
        mail.queue(Outgoing("bob@example.org", "x", "y", "test"))  # outside a transaction
    with pytest.raises(ZeroDivisionError), mail.db.transaction():
        mail.queue(Outgoing("bob@example.org", "x", "y", "test"))
        _ = 1 / 0  # the cause fails: its e-mail goes with it
    assert mail.store.counts() == {}


def test_without_a_server_mail_waits_in_the_outbox() -> None:
    mail = MailService(connect())
    queue(mail, "bob@example.org", "Waiting")
    assert mail.transport is None and mail.send_due().sent == 0
    assert [m.subject for m in mail.store.messages(status="pending")] == ["Waiting"]


def test_backoff_doubles_up_to_its_cap() -> None:
    assert [backoff(n, 10, 100) for n in range(0, 7)] == [0, 10, 20, 40, 80, 100, 100]


@pytest.mark.parametrize("bad", ["", "ana", "ana@", "@example.org", "a b@example.org", "a@b"])
def test_addresses_are_checked(bad: str) -> None:
    with pytest.raises(InvalidInput, match="email"):
        check_address(bad)


def test_two_worker_processes_on_one_database_send_each_message_once(db_target: str) -> None:
    """Two workers, each with its own connections to one database (two processes: on the
    postgres backend, two pools on one PostgreSQL, claiming with SKIP LOCKED), both alive
    and sending at once: every message goes out exactly once."""
    clock = Clock()
    count = 40
    with smtp_server() as (inbox, port):
        dbs = [connect(db_target), connect(db_target)]
        one, two = (mailer(db, port, clock) for db in dbs)
        for n in range(count):
            queue(one, f"p{n}@example.org", f"m{n}")
        start = threading.Barrier(2)
        sent: list[int] = []

        def work(mail: MailService) -> None:
            start.wait()
            total = 0
            while (report := mail.send_due(limit=2)).sent + report.failed:
                total += report.sent
            sent.append(total)

        threads = [threading.Thread(target=work, args=(m,)) for m in (one, two)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        got = [m["Subject"] for m in inbox.wait(count)]
        assert sorted(got) == sorted(f"m{n}" for n in range(count))  # each once
        assert len(inbox.messages) == count and sum(sent) == count
        assert one.store.counts() == {"sent": count}
        for db in dbs:
            db.close()
