"""A withdrawn introduction request and the outbox, over a real SMTP server (aiosmtpd): the
request's e-mails still waiting are cancelled (status ``cancelled``, the reason kept for the
operator) and never delivered; one already sent is left as it was; the withdrawal is told
only to those who were told of the request (a target who avoided the requester then, and
stopped since, never saw it and hears nothing of its withdrawal). Also the migration that
adds ``outbox.cause`` and ``introductions.told`` to a database made before them, on both
backends."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app as cli
from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.community import Community
from matcher.db import open_database
from matcher.mail import MailSettings, Outgoing
from matcher.mail.store import MailStore, m_outbox_cause
from matcher.schema import MIGRATIONS
from matcher.trust import TrustStore
from matcher.trust.store import m_intro_told
from tests.mailserver import Inbox, smtp_server
from tests.support import CHEAP, confirmed_sign_up

PEOPLE = ["ana", "bob", "cyd", "dan"]
T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def server() -> Iterator[tuple[Inbox, int]]:
    with smtp_server() as (inbox, port):
        yield inbox, port


def community(port: int) -> Community:
    """Ana, Bob, Cyd and Dan with confirmed addresses; Ana and Bob, Bob and Cyd worked
    together (Bob connects Ana to Cyd); the sign-up mail already sent."""
    mail = MailSettings(host="127.0.0.1", port=port, tls="none", timeout=5)
    c = Community(":memory:", FakeEncoder(dim=32), accounts=CHEAP, mail=mail)
    for p in PEOPLE:
        confirmed_sign_up(c, p.title(), f"{p}@example.org", "correct horse battery")
    c.profiles.import_profiles(
        [{"id": p, "name": p.title(), "offers": "sales", "needs": "python"} for p in PEOPLE]
    )
    for a, b in (("ana", "bob"), ("bob", "cyd")):
        done = c.trust.propose_collaboration(a, b, "project", "2024-01-01", actor=Actor(a))
        c.trust.answer_collaboration(done.id, True, actor=Actor(b))
    c.mail.send_due(limit=1000)
    assert "pending" not in c.mail.store.counts()
    return c


def received(inbox: Inbox, who: str) -> list[str]:
    """The kinds of cofoundry mail ``who`` received over the wire (by subject words)."""
    return [
        "withdrawn"
        if "withdrew" in m["Subject"]
        else "request"
        if "meet" in m["Subject"] or "introduc" in m["Subject"].lower()
        else m["Subject"]
        for m in inbox.to(f"{who}@example.org")
        if "confirm" not in m["Subject"].lower()
    ]


def test_the_request_mail_still_waiting_is_never_delivered(server: tuple[Inbox, int]) -> None:
    inbox, port = server
    c = community(port)
    intro = c.trust.request_introduction("ana", "cyd", connector="bob", actor=Actor("ana")).id
    waiting = [m for m in c.mail.store.messages(status="pending") if m.kind == "intro_request"]
    assert sorted(m.to for m in waiting) == ["bob@example.org", "cyd@example.org"]

    c.trust.withdraw_introduction(intro, actor=Actor("ana"))
    before = len(inbox.messages)
    assert c.mail.send_due(limit=1000).sent == 2  # the two withdrawal notices, nothing else
    inbox.wait(before + 2)
    for who in ("bob", "cyd"):
        assert received(inbox, who) == ["withdrawn"], received(inbox, who)
    for m in waiting:  # kept for the operator, with the reason, and never taken again
        kept = c.mail.store.get(m.id)
        assert kept is not None and kept.status == "cancelled" and kept.sent_at is None
        assert kept.last_error == f"introduction request {intro} withdrawn"
    assert c.mail.store.counts()["cancelled"] == 2
    assert c.mail.send_due(limit=1000).sent == 0
    assert received(inbox, "ana") == []


def test_a_request_mail_already_sent_is_left_alone(server: tuple[Inbox, int]) -> None:
    inbox, port = server
    c = community(port)
    intro = c.trust.request_introduction("ana", "cyd", connector="bob", actor=Actor("ana")).id
    assert c.mail.send_due(limit=1000).sent == 2
    sent = {m.id: m for m in c.mail.store.messages(status="sent") if m.kind == "intro_request"}
    c.trust.withdraw_introduction(intro, actor=Actor("ana"))
    assert c.mail.send_due(limit=1000).sent == 2
    inbox.wait(len(inbox.messages))
    for who in ("bob", "cyd"):
        assert received(inbox, who) == ["request", "withdrawn"], received(inbox, who)
    assert {i: c.mail.store.get(i) for i in sent} == sent  # untouched
    assert "cancelled" not in c.mail.store.counts()


def test_only_the_request_withdrawn_is_cancelled(server: tuple[Inbox, int]) -> None:
    _, port = server
    c = community(port)
    mine = c.trust.request_introduction("ana", "cyd", connector="bob", actor=Actor("ana")).id
    other = c.trust.request_introduction("bob", "dan", actor=Actor("bob")).id
    c.trust.withdraw_introduction(mine, actor=Actor("ana"))
    pending = [m for m in c.mail.store.messages(status="pending") if m.kind == "intro_request"]
    assert [m.to for m in pending] == ["dan@example.org"], other


def test_a_target_who_avoided_the_requester_then_is_not_told_of_the_withdrawal(
    server: tuple[Inbox, int],
) -> None:
    """Bob avoided Ana when she asked to meet him: the request was hidden from him, no
    notice, no e-mail. He stops avoiding her; she withdraws: he never saw the request and
    is told nothing of its withdrawal, in his inbox or by e-mail."""
    inbox, port = server
    c = community(port)
    c.trust.avoid("bob", "ana", actor=Actor("bob"))
    intro = c.trust.request_introduction("ana", "bob", actor=Actor("ana")).id
    c.trust.unavoid("bob", "ana", actor=Actor("bob"))
    c.trust.withdraw_introduction(intro, actor=Actor("ana"))
    assert [i.kind.value for i in c.inbox.items("bob", actor=Actor("bob"))] == []
    assert c.mail.send_due(limit=1000).sent == 0
    assert received(inbox, "bob") == []
    # told of one: told of its withdrawal
    again = c.trust.request_introduction("ana", "bob", actor=Actor("ana")).id
    c.trust.withdraw_introduction(again, actor=Actor("ana"))
    kinds = [i.kind.value for i in c.inbox.items("bob", actor=Actor("bob"))]
    assert sorted(kinds) == ["intro_request", "intro_withdrawn"]


def test_a_connector_the_request_moved_away_from_is_not_told(server: tuple[Inbox, int]) -> None:
    """Ana asks to meet Cyd through Bob; Bob then avoids Cyd, so the request moves to Dan
    (the other warm path): Dan is told of it, and of its withdrawal; Bob, no longer its
    connector, hears of neither the move nor the withdrawal."""
    _, port = server
    c = community(port)
    for a, b in (("ana", "dan"), ("dan", "cyd")):
        done = c.trust.propose_collaboration(a, b, "project", "2024-01-01", actor=Actor(a))
        c.trust.answer_collaboration(done.id, True, actor=Actor(b))
    intro = c.trust.request_introduction("ana", "cyd", connector="bob", actor=Actor("ana")).id
    c.trust.avoid("bob", "cyd", actor=Actor("bob"))
    moved = c.trust.store.get_introduction(intro)
    assert moved is not None and moved.connector == "dan" and moved.told == {"target", "connector"}
    c.trust.withdraw_introduction(intro, actor=Actor("ana"))
    told = {
        who: sorted(i.kind.value for i in c.inbox.items(who, actor=Actor(who)))
        for who in ("bob", "cyd", "dan")
    }
    assert told == {
        "bob": ["intro_request"],
        "cyd": ["intro_request", "intro_withdrawn"],
        "dan": ["intro_request", "intro_withdrawn"],
    }


def test_the_migrations_on_a_database_made_before_them(db_target: str) -> None:
    """A request and an e-mail made before the migrations: the request reads as told to its
    target and connector (what a withdrawal assumed until then), the e-mail has no cause
    (nothing cancels it); new ones keep theirs."""
    old = open_database(db_target, MIGRATIONS[: MIGRATIONS.index(m_intro_told)])
    with old.transaction():
        for intro, connector in (("int_a", None), ("int_b", "bob")):
            old.execute(
                "INSERT INTO introductions (id, requester, target, connector, message,"
                " created_at, expires_at) VALUES (?, 'ana', 'cyd', ?, 'hi', ?, ?)",
                [intro, connector, T0.isoformat(), (T0 + dt.timedelta(days=14)).isoformat()],
            )
        old.execute(
            "INSERT INTO outbox (kind, to_addr, subject, body, message_id, created_at, next_at)"
            " VALUES ('intro_request', 'bob@example.org', 'Hi', 'Text', '<m@x>', ?, ?)",
            [T0.isoformat(), T0.timestamp()],
        )
    old.close()
    assert MIGRATIONS.index(m_outbox_cause) > MIGRATIONS.index(m_intro_told)
    db = open_database(db_target, MIGRATIONS)
    store, mail = TrustStore(db), MailStore(db)
    a, b = store.get_introduction("int_a"), store.get_introduction("int_b")
    assert a is not None and a.told == {"target"}
    assert b is not None and b.told == {"target", "connector"}
    with db.transaction():
        assert mail.cancel("", "nothing") == 0  # no cause: never cancelled
        new = mail.put(Outgoing("c@example.org", "S", "B", "intro_request", cause="intro:x"), T0)
        assert mail.cancel("intro:x", "introduction request x withdrawn") == 1
    kept = mail.get(new)
    assert kept is not None and kept.status == "cancelled"
    assert [m.status for m in mail.messages()] == ["cancelled", "pending"]
    db.close()


def test_the_operator_sees_the_cancelled_mail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``cofoundry mail outbox`` shows a cancelled e-mail with its reason; a state it does
    not know is refused with the states it knows."""
    monkeypatch.setenv("COFOUNDRY_DB", str(tmp_path / "c.db"))
    monkeypatch.setenv("COFOUNDRY_ENCODER", "fake")
    c = Community(tmp_path / "c.db", FakeEncoder(dim=16), accounts=CHEAP)
    for p in ("ana", "bob"):
        confirmed_sign_up(c, p.title(), f"{p}@example.org", "correct horse battery")
    c.profiles.import_profiles(
        [{"id": p, "name": p.title(), "offers": "o", "needs": "n"} for p in ("ana", "bob")]
    )
    intro = c.trust.request_introduction("ana", "bob", actor=Actor("ana")).id
    c.trust.withdraw_introduction(intro, actor=Actor("ana"))
    runner = CliRunner()
    r = runner.invoke(cli, ["mail", "outbox", "--status", "cancelled"])
    assert r.exit_code == 0, r.output
    [line] = r.output.strip().splitlines()
    assert "to bob@example.org" in line
    assert f"[cancelled: introduction request {intro} withdrawn]" in line
    r = runner.invoke(cli, ["mail", "outbox", "--status", "pending"])
    assert "intro_withdrawn" not in r.output and "withdrew" in r.output  # the notice waits
    r = runner.invoke(cli, ["mail", "outbox", "--status", "gone"])
    assert r.exit_code == 2
    said = " ".join(r.output.split())
    assert "status must be one of pending, sent, cancelled (got 'gone')" in said, said
