"""An account's e-mail address is unconfirmed until its member opens the link sent to it,
signed in: until then nothing else is e-mailed to it, no other member sees it, and a
stranger's sign-up with someone's address neither mails them more than a note nor blocks
them (tests as an adversary; both backends)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

import psycopg
import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.accounts import LinkPurpose
from matcher.accounts.store import m_account_confirmation
from matcher.community import Community
from matcher.db import open_database
from matcher.errors import Conflict, NotAllowed, NotAuthenticated, Throttled
from matcher.schema import MIGRATIONS
from tests.support import CHEAP, Clock, confirm_code

integrity = (sqlite3.IntegrityError, psycopg.IntegrityError)
PASSWORD = "correct horse battery"
OTHER = "a stranger's password"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def c(clock: Clock) -> Community:
    return Community(":memory:", FakeEncoder(dim=32), clock=clock, accounts=CHEAP)


def kinds_to(c: Community, to: str) -> list[str]:
    return [m.kind for m in reversed(c.mail.store.messages(limit=500)) if m.to == to]


def test_a_new_account_is_unconfirmed_and_gets_only_its_confirmation_link(c: Community) -> None:
    ana = c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)
    assert not ana.confirmed and c.accounts.address_of("ana") is None
    assert kinds_to(c, "ana@example.org") == ["confirm_link"]
    c.profiles.import_profiles([{"id": "ana", "name": "Ana", "offers": "o", "needs": "n"}])
    c.accounts.request_link("ana@example.org", LinkPurpose.SIGNIN)  # no sign-in link yet
    c.accounts.request_link("ana@example.org", LinkPurpose.RESET)
    assert kinds_to(c, "ana@example.org") == ["confirm_link"]
    confirmed = c.accounts.confirm("ana", confirm_code(c, "ana"), actor=Actor("ana"))
    assert confirmed.confirmed and c.accounts.address_of("ana") == ("ana@example.org", "en")


def test_a_strangers_sign_up_with_a_members_address_answers_alike_and_only_warns_her(
    c: Community,
) -> None:
    c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)
    c.accounts.confirm("ana", confirm_code(c, "ana"), actor=Actor("ana"))
    fresh = c.accounts.sign_up("Bob", "bob@example.org", OTHER)
    taken = c.accounts.sign_up("Mallory", "ANA@example.org", OTHER)
    # the same kind of answer: a new unconfirmed account, its own id
    assert (fresh.confirmed, taken.confirmed, taken.id) == (False, False, "mallory")
    assert kinds_to(c, "ANA@example.org") == [] and kinds_to(c, "ana@example.org")[-1:] == [
        "signup_attempt"
    ]
    [note] = [m for m in c.mail.store.messages() if m.kind == "signup_attempt"]
    assert note.member_id == "ana" and "code=" not in note.body  # no link to hand on
    # Mallory's account gets nothing, cannot confirm the address, nor take Ana's sign-in
    assert c.accounts.address_of("mallory") is None
    with pytest.raises(NotAuthenticated):
        c.accounts.confirm("mallory", confirm_code(c, "ana"), actor=Actor("mallory"))
    assert c.accounts.sign_in("ana@example.org", PASSWORD)[0].id == "ana"
    assert c.accounts.sign_in("ana@example.org", OTHER)[0].id == "mallory"  # its own session
    # and the letters to Ana's address stop at its throttle: 3 at once, the link included
    for n in range(5):
        c.accounts.sign_up(f"M{n}", "ana@example.org", OTHER)
    assert kinds_to(c, "ana@example.org").count("signup_attempt") == 2


def test_a_stranger_first_never_blocks_the_owner_of_the_address(c: Community) -> None:
    stranger = c.accounts.sign_up("Mallory", "ana@example.org", OTHER)
    stranger_code = confirm_code(c, stranger.id)  # it went to Ana's mailbox
    bob = c.accounts.sign_up("Bob", "bob@example.org", PASSWORD)
    ana = c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)
    # a code of Ana's address confirms no account of another address
    with pytest.raises(NotAuthenticated, match="not valid for this account"):
        c.accounts.confirm(bob.id, stranger_code, actor=Actor(bob.id))
    # the letter the stranger caused is in Ana's mailbox: reading it proves the address, so
    # opened signed in as herself it confirms her account (not the stranger's)
    assert c.accounts.confirm(ana.id, stranger_code, actor=Actor(ana.id)).confirmed
    assert c.accounts.store.by_email("ana@example.org").id == ana.id  # type: ignore[union-attr]
    # the other letter, opened by the stranger (who cannot read it), confirms nothing
    with pytest.raises(Conflict, match="another account has confirmed") as e:
        c.accounts.confirm(stranger.id, confirm_code(c, ana.id), actor=Actor(stranger.id))
    assert e.value.field == "email"
    assert not c.accounts.store.get(stranger.id).confirmed  # type: ignore[union-attr]


def test_a_confirmation_link_works_once_for_its_account_until_it_expires(
    c: Community, clock: Clock
) -> None:
    c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)
    old = confirm_code(c, "ana")
    with pytest.raises(NotAllowed):  # someone else signed in
        c.accounts.confirm("ana", old, actor=Actor("bob"))
    c.accounts.resend_confirmation("ana", actor=Actor("ana"))
    new = confirm_code(c, "ana")
    assert new != old  # both work: a newer one replaces none (see the strangers' tests)
    clock.now += dt.timedelta(hours=CHEAP.confirm_hours, seconds=1)
    with pytest.raises(NotAuthenticated, match="expired"):
        c.accounts.confirm("ana", new, actor=Actor("ana"))
    c.accounts.resend_confirmation("ana", actor=Actor("ana"))
    newest = confirm_code(c, "ana")
    assert c.accounts.confirm("ana", newest, actor=Actor("ana")).confirmed
    with pytest.raises(NotAuthenticated, match="used already"):  # a replay
        c.accounts.confirm("ana", newest, actor=Actor("ana"))
    with pytest.raises(Conflict, match="confirmed already"):
        c.accounts.resend_confirmation("ana", actor=Actor("ana"))


def test_resending_is_throttled_per_address(c: Community) -> None:
    c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)  # the first of the bucket's 3
    c.accounts.resend_confirmation("ana", actor=Actor("ana"))
    c.accounts.resend_confirmation("ana", actor=Actor("ana"))
    with pytest.raises(Throttled) as e:
        c.accounts.resend_confirmation("ana", actor=Actor("ana"))
    assert e.value.retry_after >= 1 and e.value.field == "email"


def test_a_claim_link_opened_by_the_address_it_was_sent_to_confirms_it(c: Community) -> None:
    c.profiles.import_profiles(
        [{"id": "zoe", "name": "Zoé", "offers": "o", "needs": "n", "email": "zoe@example.org"}]
    )
    with c.db.transaction():
        code = c.accounts.claim_link("zoe")
    account = c.accounts.sign_up("Zoé M", "Zoe@example.org", PASSWORD)
    claimed = c.accounts.claim_with_link(account.id, code, actor=Actor(account.id))
    assert (claimed.id, claimed.confirmed) == ("zoe", True)


def test_accounts_made_before_count_as_confirmed_and_one_address_one_confirmed(
    db_target: str,
) -> None:
    path = db_target  # a SQLite file, or a PostgreSQL schema
    old = open_database(path, MIGRATIONS[: MIGRATIONS.index(m_account_confirmation)])
    with old.transaction():
        old.execute(
            "INSERT INTO accounts (id, email, name, lang, password_hash, created_at)"
            " VALUES ('old', 'old@example.org', 'Old', 'fr', NULL, '2026-01-01T00:00:00+00:00')"
        )
    old.close()
    c = Community(path, FakeEncoder(dim=32), accounts=CHEAP)
    assert c.accounts.store.get("old").confirmed  # type: ignore[union-attr]
    assert c.accounts.address_of("old") == ("old@example.org", "fr")
    newcomer = c.accounts.sign_up("New", "OLD@example.org", PASSWORD)
    with pytest.raises(integrity), c.db.transaction():  # the index itself says one
        c.db.execute("UPDATE accounts SET confirmed_at = created_at WHERE id = ?", [newcomer.id])
    c.db.close()


def codes_mailed_to(c: Community, to: str) -> list[str]:
    """The codes of the confirmation links in ``to``'s mailbox, newest first."""
    return [
        re.search(r"code=(\S+)", m.body).group(1)  # type: ignore[union-attr]
        for m in c.mail.store.messages(limit=10_000)
        if m.kind == "confirm_link" and m.to.lower() == to.lower()
    ]


def test_a_stranger_signing_up_50_times_first_cannot_keep_the_owner_from_confirming(
    c: Community, clock: Clock
) -> None:
    # the adversary: 50 sign-ups with Ana's address from 50 client addresses, then more
    # while she waits; then Ana signs up, and asks again when told nothing new was sent
    for n in range(50):
        c.accounts.sign_up(f"Mallory {n}", "ana@example.org", OTHER, client=f"198.51.100.{n}")
    ana = c.accounts.sign_up("Ana", "ana@example.org", PASSWORD, client="192.0.2.1")
    with pytest.raises(Throttled, match="sent to this address in the last 6 hours") as e:
        c.accounts.resend_confirmation(ana.id, actor=Actor(ana.id))
    assert e.value.field == "email" and "open the newest" in e.value.hint
    # her mailbox was not flooded: the address's budget of letters, for every sign-up
    mailbox = codes_mailed_to(c, "ana@example.org")
    assert len(mailbox) == 3
    # and the newest letter in it (sent for a stranger's sign-up) confirms her own account
    assert c.accounts.confirm(ana.id, mailbox[0], actor=Actor(ana.id)).confirmed
    for n in range(3):  # the strangers' accounts can no longer confirm anything
        with pytest.raises((Conflict, NotAuthenticated)):
            c.accounts.confirm(f"mallory-{n}", mailbox[-1], actor=Actor(f"mallory-{n}"))


def test_a_wait_of_one_minute_is_said_in_the_singular(c: Community, clock: Clock) -> None:
    """Asked again less than a minute before the next letter is due, the refusal said "you
    can ask for another in 1 minutes"; now "in 1 minute"."""
    for n in range(50):
        c.accounts.sign_up(f"Mallory {n}", "ana@example.org", OTHER, client=f"198.51.100.{n}")
    ana = c.accounts.sign_up("Ana", "ana@example.org", PASSWORD, client="192.0.2.1")
    with pytest.raises(Throttled) as first:
        c.accounts.resend_confirmation(ana.id, actor=Actor(ana.id))
    clock.now += dt.timedelta(seconds=first.value.retry_after - 30)
    with pytest.raises(Throttled, match=r"ask for another in 1 minute;") as e:
        c.accounts.resend_confirmation(ana.id, actor=Actor(ana.id))
    assert e.value.figures["minutes"] == 1


def test_the_owner_still_confirms_when_the_strangers_keep_the_budget_empty(
    c: Community, clock: Clock
) -> None:
    # the strangers sign up again each time a letter is due, for two days and more: every
    # letter goes to Ana's mailbox, and the newest works for her account, whoever caused it
    ana = c.accounts.sign_up("Ana", "ana@example.org", PASSWORD, client="192.0.2.1")
    for n in range(700):
        clock.now += dt.timedelta(minutes=5)
        c.accounts.sign_up(f"M{n}", "ana@example.org", OTHER, client=f"198.51.{n // 200}.{n % 200}")
    newest = codes_mailed_to(c, "ana@example.org")[0]
    assert c.accounts.confirm(ana.id, newest, actor=Actor(ana.id)).confirmed


def test_a_stranger_erasing_their_sign_ups_does_not_take_the_owners_link_away(
    c: Community,
) -> None:
    strangers = [
        c.accounts.sign_up(f"Mallory {n}", "ana@example.org", OTHER, client=f"198.51.100.{n}")
        for n in range(3)
    ]
    ana = c.accounts.sign_up("Ana", "ana@example.org", PASSWORD, client="192.0.2.1")
    mailbox = codes_mailed_to(c, "ana@example.org")
    for s in strangers:
        c.privacy.erase(s.id, actor=Actor(s.id))
    assert c.accounts.confirm(ana.id, mailbox[0], actor=Actor(ana.id)).confirmed


def test_an_address_code_confirms_the_owner_once_on_both_backends(
    db_target: str, clock: Clock
) -> None:
    c = Community(db_target, FakeEncoder(dim=32), clock=clock, accounts=CHEAP)
    for n in range(5):
        c.accounts.sign_up(f"Mallory {n}", "ana@example.org", OTHER, client=f"198.51.100.{n}")
    ana = c.accounts.sign_up("Ana", "Ana@Example.org", PASSWORD)
    mailbox = codes_mailed_to(c, "ana@example.org")
    assert len(mailbox) == 3
    assert c.accounts.confirm(ana.id, mailbox[1], actor=Actor(ana.id)).confirmed
    with pytest.raises(NotAuthenticated, match="used already"):
        c.accounts.confirm(ana.id, mailbox[1], actor=Actor(ana.id))
    with pytest.raises(Conflict, match="another account"):
        c.accounts.confirm("mallory-0", mailbox[0], actor=Actor("mallory-0"))
    clock.now += dt.timedelta(hours=CHEAP.confirm_hours, seconds=1)
    with pytest.raises(NotAuthenticated, match="expired"):
        c.accounts.confirm("mallory-1", mailbox[2], actor=Actor("mallory-1"))
    c.db.close()
