"""One rule for when two spellings are the same account address, on both backends
(member16): :func:`matcher.addresses.address_key` (NFC, Unicode lower case), stored in
``accounts.email_key``. Before, the store compared with the database's ``lower()``, ASCII
only on SQLite (and on PostgreSQL as its locale decides: the tests' server lowered ``É`` no
more than SQLite did), while the service compared with Python's Unicode ``str.lower``:
``ÉLISE@exemple.fr`` and ``élise@exemple.fr`` were two confirmed accounts, the second
could not sign in as the first, and a change of address between the two spellings was
"the same address" to the service but a new one to the store."""

from __future__ import annotations

import logging
import re

import pytest

import matcher.schema
from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.accounts import LinkPurpose
from matcher.accounts.store import m_account_address_key
from matcher.community import Community
from matcher.errors import Conflict, NotAuthenticated
from matcher.schema import MIGRATIONS
from tests.support import CHEAP, confirm_code, confirmed_sign_up

PASSWORD = "a long enough password 1"
UPPER = "ÉLISE@Exemple.fr"
LOWER = "élise@exemple.fr"
DECOMPOSED = "e\u0301lise@exemple.fr"  # e and a combining acute accent: looks the same


@pytest.fixture
def c(backend: str) -> Community:
    return Community(":memory:", FakeEncoder(dim=16), accounts=CHEAP)


def _mail_to(c: Community, to: str, kind: str) -> str:
    for m in c.mail.store.messages(limit=1000):
        if m.to == to and m.kind == kind:
            found = re.search(r"code=(\S+)", m.body)
            assert found is not None
            return found.group(1)
    raise AssertionError(f"no {kind} to {to}")


@pytest.mark.parametrize("other", [LOWER, DECOMPOSED, "ÉLISE@EXEMPLE.FR"])
def test_sign_up_and_sign_in_take_any_spelling_of_the_address(c: Community, other: str) -> None:
    first = confirmed_sign_up(c, "Elise", UPPER, PASSWORD)
    assert c.accounts.store.by_email(other).id == first.id  # type: ignore[union-attr]
    assert c.accounts.sign_in(other, PASSWORD)[0].id == first.id
    # a second sign-up with another spelling is the same address: it cannot be confirmed
    second = c.accounts.sign_up("Mal", other, "another long password 2")
    assert not second.confirmed
    with pytest.raises(Exception, match="no confirmation link"):  # the owner is warned instead
        confirm_code(c, second.id)
    assert not c.accounts.store.get(second.id).confirmed  # type: ignore[union-attr]


def test_a_reset_link_asked_with_another_spelling_reaches_the_account(c: Community) -> None:
    account = confirmed_sign_up(c, "Elise", UPPER, PASSWORD)
    c.accounts.request_link(DECOMPOSED, LinkPurpose.RESET)
    code = _mail_to(c, account.email, "reset_link")
    done, _ = c.accounts.reset_password(code, "a brand new password 3")
    assert done.id == account.id
    assert c.accounts.sign_in(LOWER, "a brand new password 3")[0].id == account.id
    with pytest.raises(NotAuthenticated):
        c.accounts.sign_in(LOWER, PASSWORD)


def test_a_change_to_another_spelling_is_no_change_and_another_owner_is_kept(
    c: Community,
) -> None:
    elise = confirmed_sign_up(c, "Elise", UPPER, PASSWORD)
    with pytest.raises(Conflict, match="already your address"):
        c.accounts.request_email_change(elise.id, LOWER, actor=Actor(elise.id), password=PASSWORD)
    # another member cannot move onto Élise's address by spelling it otherwise
    bob = confirmed_sign_up(c, "Bob", "bob@example.org", "bob's long password 4")
    c.accounts.request_email_change(
        bob.id, DECOMPOSED, actor=Actor(bob.id), password="bob's long password 4"
    )
    # the address is held: no link goes there (asking tells nothing), Bob stays where he was
    links = [m for m in c.mail.store.messages(limit=1000) if m.kind == "email_change_link"]
    assert links == []
    assert c.accounts.get(bob.id, actor=Actor(bob.id)).email == "bob@example.org"
    assert c.accounts.sign_in(LOWER, PASSWORD)[0].id == elise.id


def test_a_claim_link_mailed_to_one_spelling_proves_the_other(c: Community) -> None:
    c.profiles.import_profiles(
        [{"id": "vic", "name": "Vic", "offers": "o", "needs": "n", "email": UPPER}]
    )
    with c.db.transaction():
        code = c.accounts.claim_link("vic")
    account = c.accounts.sign_up("Vic", LOWER, PASSWORD)
    claimed = c.accounts.claim_with_link(account.id, code, actor=Actor(account.id))
    assert claimed.id == "vic" and claimed.confirmed


def test_the_migration_converts_rows_and_reports_what_it_would_merge(
    backend: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A database made before: two confirmed accounts whose addresses differ only by a
    non-ASCII capital (the old index let them be) stay two accounts; the migration says so."""
    at = MIGRATIONS.index(m_account_address_key)
    db = matcher.schema.open_database(":memory:", MIGRATIONS[:at])
    rows = [("elise", UPPER), ("elise-2", LOWER), ("ana", "Ana@Example.org"), ("zed", LOWER)]
    with db.transaction():
        for n, (account_id, email) in enumerate(rows, 1):
            day = f"2026-01-0{n}T00:00:00Z"
            db.execute(
                "INSERT INTO accounts (id, email, name, lang, password_hash, created_at,"
                " confirmed_at, seq) VALUES (?, ?, ?, 'en', NULL, ?, ?, ?)",
                [account_id, email, account_id, day, None if account_id == "zed" else day, n],
            )
    db.migrations = MIGRATIONS
    with caplog.at_level(logging.WARNING, logger="matcher.accounts.store"):
        db.migrate()
    keys = dict(db.execute("SELECT id, email_key FROM accounts").fetchall())
    assert keys == {
        "elise": "élise@exemple.fr",  # the oldest keeps the address
        "elise-2": "élise@exemple.fr #2",  # kept apart, not merged
        "ana": "ana@example.org",
        "zed": "élise@exemple.fr",  # unconfirmed: any number may name an address
    }
    [said] = [r.getMessage() for r in caplog.records if "one address" in r.getMessage()]
    assert "'elise'" in said and "'elise-2'" in said, said
    # both still exist; the address signs in to the oldest
    from matcher.accounts.store import AccountStore

    store = AccountStore(db)
    assert store.by_email(LOWER).id == "elise"  # type: ignore[union-attr]
    assert store.get("elise-2") is not None
