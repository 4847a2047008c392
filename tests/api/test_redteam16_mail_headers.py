"""A name cannot add a header to an e-mail, nor a recipient (red team 16).

A name is one line (red team 14), but one line can still be an RFC 2047 encoded word:
ana named her profile ``=?utf-8?q?x=0D=0ABcc:_eve@example.org?=`` (an ASCII line, no
control character: every check let it through). Each notice quoting her name, "... asks to
meet you", put it in a subject; Python's e-mail library *decodes* encoded words in a header
value it is given, so the line break came back and bob's e-mail arrived with a header ana
wrote (``Bcc: eve@example.org`` here; a ``Reply-To:`` of hers to receive his answers, a
``Content-Type: text/html`` to make the body a page of hers, sent from the community's own
domain). An event's or a venture's name reached subjects the same way ("You are invited to
..."), and a plain ``=?utf-8?b?...?=`` showed bob a subject ana did not write ("Admin team
asks to meet you").

Now a subject holding ``=?`` is written as encoded words of its own
(:func:`matcher.mail.model.mime`): every mail reader shows it as it was typed, and no header
and no recipient comes from it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
from email.policy import default
from typing import Any

import pytest

from matcher.access import Actor
from matcher.mail import MailSettings
from matcher.mail.model import Queued, mime
from tests.conftest import person
from tests.mailserver import Inbox, smtp_server
from tests.support import accounts_community, confirmed_sign_up

INJECTED = "=?utf-8?q?x=0D=0ABcc:_eve@example.org=0D=0AReply-To:_eve@example.org?="
SPOOF = "=?utf-8?b?QWRtaW4gdGVhbQ==?="  # "Admin team"

Q = Queued(
    7,
    "bob@example.org",
    "Hello",
    "Body",
    "test",
    None,
    dt.datetime(2026, 1, 2, tzinfo=dt.UTC),
    0,
    "pending",
    0.0,
    message_id="<7.abc@cofoundry.local>",
)


@pytest.mark.parametrize(
    "subject",
    [
        f"{INJECTED} asks to meet you",
        f"{SPOOF} asks to meet you",
        f"You are invited to Élodie's night {INJECTED} " + "and more " * 11 + "and more",
        "=?",
    ],
)
def test_a_subject_reads_as_written_and_adds_no_header(subject: str) -> None:
    wire = mime(dataclasses.replace(Q, subject=subject), "cofoundry <noreply@example.org>")
    raw = wire.as_bytes()
    back = email.message_from_bytes(raw, policy=default)
    assert back["Subject"] == subject
    assert back["Bcc"] is None and back["Reply-To"] is None and b"\nBcc:" not in raw
    assert all(len(line) <= 998 for line in raw.splitlines())
    assert wire["Subject"] == subject  # what the outbox and the tests read


def test_a_plain_subject_is_written_as_before() -> None:
    wire = mime(dataclasses.replace(Q, subject="Ana asks to meet you"), "cofoundry <n@example.org>")
    assert b"\nSubject: Ana asks to meet you\n" in wire.as_bytes()


class Recipients(Inbox):
    """Also keeps each message's envelope recipients (whom the server delivers it to)."""

    def __init__(self) -> None:
        super().__init__()
        self.rcpt: list[list[str]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.rcpt.append(list(envelope.rcpt_tos))
        return await super().handle_DATA(server, session, envelope)


def test_a_members_name_sends_nobody_else_the_mail() -> None:
    with smtp_server() as (_, port):
        pass  # a free port for the server below
    inbox = Recipients()
    from aiosmtpd.controller import Controller

    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        c = accounts_community(mail=MailSettings(host="127.0.0.1", port=port, tls="none"))
        for pid in ("ana", "bob"):
            confirmed_sign_up(c, pid.title(), f"{pid}@example.org", "correct horse battery")
        c.profiles.create_profile(person("ana", name=f"{INJECTED} Ana"))
        c.profiles.create_profile(person("bob", email="bob@example.org"))
        c.trust.request_introduction("ana", "bob", message="hi", actor=Actor("ana"))
        c.mail.send_due()
        [message] = inbox.wait(1)
    finally:
        controller.stop()
    assert inbox.rcpt == [["bob@example.org"]]
    assert message["Bcc"] is None and message["Reply-To"] is None
    assert message["Subject"] == f"{INJECTED} Ana asks to meet you"
