"""An account's e-mail address is unconfirmed until its member opens the link sent to it,
signed in: until then nothing else is e-mailed to it, no other member sees it, and a
stranger's sign-up with someone's address neither mails them more than a note nor blocks
them (tests as an adversary; both backends)."""

from __future__ import annotations

import datetime as dt
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
    ana = c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)
    # Ana opens the stranger's link by mistake: refused, since she is signed in as herself
    with pytest.raises(NotAuthenticated, match="not valid for this account"):
        c.accounts.confirm(ana.id, stranger_code, actor=Actor(ana.id))
    assert c.accounts.confirm(ana.id, confirm_code(c, ana.id), actor=Actor(ana.id)).confirmed
    assert c.accounts.store.by_email("ana@example.org").id == ana.id  # type: ignore[union-attr]
    # the stranger's link, opened by the stranger, no longer confirms anything
    with pytest.raises(Conflict, match="another account has confirmed") as e:
        c.accounts.confirm(stranger.id, stranger_code, actor=Actor(stranger.id))
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
    with pytest.raises(NotAuthenticated, match="not valid"):  # replaced by the new one
        c.accounts.confirm("ana", old, actor=Actor("ana"))
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
