"""The letters that carry an address's confirmation code, as an adversary sees them, over a
real SMTP server (aiosmtpd) and on both backends: a letter belongs to the address (its code
confirms any sign-up naming it), so it outlives the sign-up that caused it while someone can
still be confirmed with it, and is never sent once nobody can."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.community import Community
from matcher.mail import MailSettings
from tests.mailserver import body, smtp_server
from tests.support import CHEAP, Clock

PASSWORD = "correct horse battery"
OTHER = "a stranger's password"
CODE = re.compile(r"code=(\S+)")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server():  # type: ignore[no-untyped-def]
    with smtp_server() as (inbox, port):
        yield inbox, port


def community(clock: Clock, port: int) -> Community:
    mail = MailSettings(host="127.0.0.1", port=port, tls="none", timeout=5)
    return Community(":memory:", FakeEncoder(dim=32), clock=clock, accounts=CHEAP, mail=mail)


def received_codes(inbox, to: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The confirmation codes the server received for ``to``, oldest first."""
    found = [CODE.search(body(m)) for m in inbox.messages if m["To"].lower() == to.lower()]
    return [f.group(1) for f in found if f is not None]


def test_a_letter_outlives_the_strangers_sign_ups_that_caused_it(clock: Clock, server) -> None:  # type: ignore[no-untyped-def]
    inbox, port = server
    c = community(clock, port)
    strangers = [
        c.accounts.sign_up(f"Mallory {n}", "ana@example.org", OTHER, client=f"198.51.100.{n}")
        for n in range(3)
    ]
    ana = c.accounts.sign_up("Ana", "ana@example.org", PASSWORD, client="192.0.2.1")
    # the strangers leave before the worker runs: their letters are Ana's address's
    for s in strangers:
        c.privacy.erase(s.id, actor=Actor(s.id))
    assert c.mail.send_due().sent == 3
    codes = received_codes(inbox, "ana@example.org")
    assert len(codes) == 3
    assert c.accounts.confirm(ana.id, codes[-1], actor=Actor(ana.id)).confirmed
    c.db.close()


def test_a_letter_nobody_can_use_any_more_is_not_sent(clock: Clock, server) -> None:  # type: ignore[no-untyped-def]
    inbox, port = server
    c = community(clock, port)
    mallory = c.accounts.sign_up("Mallory", "ana@example.org", OTHER)
    c.accounts.sign_up("Bob", "bob@example.org", PASSWORD)
    c.privacy.erase(mallory.id, actor=Actor(mallory.id))  # the one sign-up naming Ana's
    assert c.mail.send_due().sent == 1  # Bob's; nothing to Ana's address
    assert [m["To"] for m in inbox.messages] == ["bob@example.org"]
    assert c.db.execute("SELECT count(*) FROM address_codes").fetchone()[0] == 1  # Bob's
    c.db.close()
