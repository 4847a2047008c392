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
from matcher.errors import NotAuthenticated, Throttled
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


def test_no_spelling_of_an_address_gets_a_letter_nobody_can_use(clock: Clock, server) -> None:  # type: ignore[no-untyped-def]
    """Two sign-ups name one address in two spellings (case and accents, one address by
    :func:`matcher.addresses.address_key`); once both are erased, no letter goes to either
    spelling (the outbox compared them with SQLite's ASCII-only ``lower()``: the letter to
    ``ÉLISE@`` was still sent)."""
    inbox, port = server
    c = community(clock, port)
    first = c.accounts.sign_up("Mallory", "ÉLISE@exemple.fr", OTHER)
    second = c.accounts.sign_up("Mallory", "élise@exemple.fr", OTHER)
    c.accounts.sign_up("Bob", "bob@example.org", PASSWORD)
    c.privacy.erase(first.id, actor=Actor(first.id))
    c.privacy.erase(second.id, actor=Actor(second.id))
    assert c.mail.send_due().sent == 1  # Bob's; nothing to either spelling of Élise's
    assert [m["To"] for m in inbox.messages] == ["bob@example.org"]
    c.db.close()


def codes_in_outbox(c: Community, to: str) -> list[tuple[dt.datetime, str]]:
    """(queued at, code) of the confirmation letters to ``to``, newest first."""
    found = []
    for m in c.mail.store.messages(limit=10_000):
        code = CODE.search(m.body)
        if m.kind == "confirm_link" and m.to.lower() == to.lower() and code is not None:
            found.append((m.created_at, code.group(1)))
    return found


def test_a_stranger_signing_up_all_day_mails_the_address_a_handful_of_times(clock: Clock) -> None:
    c = Community(":memory:", FakeEncoder(dim=32), clock=clock, accounts=CHEAP)
    ana = c.accounts.sign_up("Ana", "ana@example.org", PASSWORD, client="192.0.2.1")
    limit = CHEAP.confirm_per_email
    assert (limit.burst, round(1 / limit.per_minute)) == (3, 360)  # 3, then one in 6 hours
    start = clock.now
    refused = 0
    for n in range(288):  # a sign-up every 5 minutes for a day, from 288 client addresses
        clock.now += dt.timedelta(minutes=5)
        c.accounts.sign_up(f"M{n}", "ana@example.org", OTHER, client=f"198.51.{n // 200}.{n % 200}")
        if n % 12 == 0:  # Ana asks for a letter every hour
            try:
                c.accounts.resend_confirmation(ana.id, actor=Actor(ana.id))
            except Throttled as e:
                refused += 1
                assert "in the last 6 hours" in str(e) and e.field == "email"
                # never without a usable code: the newest letter in her mailbox still works
                queued, _ = codes_in_outbox(c, "ana@example.org")[0]
                assert clock.now - queued < dt.timedelta(hours=CHEAP.confirm_hours)
    letters = codes_in_outbox(c, "ana@example.org")
    assert refused > 20
    # her sign-up's and two more at once, then one 6 hours after each (at 6:05, 12:05, 18:05)
    assert len(letters) == 3 + 3
    assert all(queued - start <= dt.timedelta(days=1) for queued, _ in letters)
    assert c.accounts.confirm(ana.id, letters[0][1], actor=Actor(ana.id)).confirmed


def codes_kept(c: Community) -> int:
    return int(c.db.execute("SELECT count(*) FROM address_codes").fetchone()[0])


def test_expired_codes_are_purged_and_never_confirm(clock: Clock) -> None:
    c = Community(":memory:", FakeEncoder(dim=32), clock=clock, accounts=CHEAP)
    ana = c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)
    [(_, old)] = codes_in_outbox(c, "ana@example.org")
    clock.now += dt.timedelta(hours=CHEAP.confirm_hours - 1)
    c.accounts.sign_up("Bob", "bob@example.org", PASSWORD)  # still live: Bob's code
    clock.now += dt.timedelta(hours=1, seconds=1)
    with pytest.raises(NotAuthenticated, match="expired"):
        c.accounts.confirm(ana.id, old, actor=Actor(ana.id))
    # no new code is made, yet the expired one (and the address it names) goes
    assert codes_kept(c) == 2
    assert c.accounts.purge_expired() == 1
    assert codes_kept(c) == 1  # Bob's, live
    with pytest.raises(NotAuthenticated):
        c.accounts.confirm(ana.id, old, actor=Actor(ana.id))
    assert not c.accounts.store.get(ana.id).confirmed  # type: ignore[union-attr]
