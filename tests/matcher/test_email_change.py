"""A member changes their e-mail address: the new one is used only once a link mailed to it
is opened, signed in; until then the old one stays in use; the old one is told of the change;
sign-in by the new one only after; another account's confirmed address cannot be taken, and
asking for it tells nothing (tests as a demanding user and as an adversary; both backends)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.accounts import LinkPurpose
from matcher.community import Community
from matcher.errors import (
    Conflict,
    InvalidInput,
    NotAllowed,
    NotAuthenticated,
    Throttled,
)
from tests.support import CHEAP, Clock, accounts_community, confirmed_sign_up

PASSWORD = "correct horse battery"
ANA = Actor("ana")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def c(clock: Clock) -> Community:
    c = accounts_community(clock=clock)
    confirmed_sign_up(c, "Ana", "ana@example.org", PASSWORD)
    c.profiles.import_profiles(
        [{"id": "ana", "name": "Ana", "offers": "o", "needs": "n", "email": "ana@example.org"}]
    )
    return c


def mail_to(c: Community, to: str) -> list[tuple[str, str]]:
    """(kind, body) of the messages to ``to``, oldest first."""
    return [(m.kind, m.body) for m in reversed(c.mail.store.messages(limit=500)) if m.to == to]


def change_code(c: Community, to: str) -> str:
    for kind, body in reversed(mail_to(c, to)):
        if kind == "email_change_link":
            found = re.search(r"code=(\S+)", body)
            assert found is not None
            return found.group(1)
    raise AssertionError(f"no change link to {to}")


def test_the_new_address_counts_only_once_its_link_is_opened(c: Community) -> None:
    pending = c.accounts.request_email_change(
        "ana", " Ana.Lopez@Work.example ", actor=ANA, password=PASSWORD
    )
    assert pending == "Ana.Lopez@work.example"
    assert c.accounts.pending_email("ana", actor=ANA) == pending
    # until then the old address stays in use: sign-in, links, notices, the contact
    assert c.accounts.address_of("ana") == ("ana@example.org", "en")
    assert c.accounts.sign_in("ana@example.org", PASSWORD)[0].id == "ana"
    with pytest.raises(NotAuthenticated):
        c.accounts.sign_in(pending, PASSWORD)
    c.accounts.request_link(pending, LinkPurpose.RESET)  # nothing for an unproven address
    assert [k for k, _ in mail_to(c, pending)] == ["email_change_link"]
    account = c.accounts.confirm_email_change("ana", change_code(c, pending), actor=ANA)
    assert (account.email, account.confirmed) == (pending, True)
    assert c.accounts.pending_email("ana", actor=ANA) is None
    assert c.accounts.address_of("ana") == (pending, "en")
    assert c.accounts.sign_in("ana.lopez@work.example", PASSWORD)[0].id == "ana"
    with pytest.raises(NotAuthenticated):
        c.accounts.sign_in("ana@example.org", PASSWORD)
    # the profile's contact follows (it was the old address), proven
    assert c.accounts.contact_of("ana") == (pending, True)
    # the old address is told, and how to react if it was not the member
    [(_, body)] = [m for m in mail_to(c, "ana@example.org") if m[0] == "email_changed"]
    assert pending in body
    # a replay does nothing more
    with pytest.raises(NotAuthenticated, match="used already"):
        c.accounts.confirm_email_change("ana", change_code(c, pending), actor=ANA)


def test_the_link_works_only_signed_in_to_that_account(c: Community) -> None:
    confirmed_sign_up(c, "Bob", "bob@example.org", PASSWORD)
    c.accounts.request_email_change("ana", "new@example.org", actor=ANA, password=PASSWORD)
    code = change_code(c, "new@example.org")
    with pytest.raises(NotAllowed):
        c.accounts.confirm_email_change("ana", code, actor=Actor("bob"))
    with pytest.raises(NotAuthenticated, match="not valid for this account"):
        c.accounts.confirm_email_change("bob", code, actor=Actor("bob"))
    with pytest.raises(NotAuthenticated, match="not valid"):  # a confirmation code is not one
        c.accounts.confirm_email_change("ana", "cf1_made-up", actor=ANA)
    assert c.accounts.get("ana", actor=ANA).email == "ana@example.org"


def test_a_newer_request_replaces_the_pending_one_and_a_link_expires(
    c: Community, clock: Clock
) -> None:
    c.accounts.request_email_change("ana", "typo@exmaple.org", actor=ANA, password=PASSWORD)
    old = change_code(c, "typo@exmaple.org")
    c.accounts.request_email_change("ana", "new@example.org", actor=ANA, password=PASSWORD)
    assert c.accounts.pending_email("ana", actor=ANA) == "new@example.org"
    with pytest.raises(NotAuthenticated):
        c.accounts.confirm_email_change("ana", old, actor=ANA)
    clock.now += dt.timedelta(hours=CHEAP.confirm_hours, seconds=1)
    assert c.accounts.pending_email("ana", actor=ANA) is None
    with pytest.raises(NotAuthenticated, match="expired"):
        c.accounts.confirm_email_change("ana", change_code(c, "new@example.org"), actor=ANA)
    assert c.accounts.get("ana", actor=ANA).email == "ana@example.org"


def test_another_accounts_confirmed_address_cannot_be_taken_nor_probed(c: Community) -> None:
    confirmed_sign_up(c, "Bob", "bob@example.org", PASSWORD)
    before = len(mail_to(c, "bob@example.org"))
    # the same answer as for a free address: nothing tells Ana the address is Bob's
    assert c.accounts.request_email_change(
        "ana", "BOB@example.org", actor=ANA, password=PASSWORD
    ) == ("BOB@example.org")
    assert c.accounts.pending_email("ana", actor=ANA) == "BOB@example.org"
    kinds = [k for k, _ in mail_to(c, "bob@example.org")[before:]]
    assert kinds == ["email_change_attempt"]  # Bob is told; no link to hand on
    assert c.accounts.get("ana", actor=ANA).email == "ana@example.org"


def test_an_address_confirmed_by_another_meanwhile_is_refused(c: Community) -> None:
    c.accounts.request_email_change("ana", "zed@example.org", actor=ANA, password=PASSWORD)
    code = change_code(c, "zed@example.org")
    confirmed_sign_up(c, "Zed", "zed@example.org", PASSWORD)  # Zed got there first
    with pytest.raises(Conflict, match="another account has confirmed") as e:
        c.accounts.confirm_email_change("ana", code, actor=ANA)
    assert e.value.field == "email"
    assert c.accounts.get("ana", actor=ANA).email == "ana@example.org"


def test_bad_input_names_the_field_and_the_fix(c: Community) -> None:
    with pytest.raises(InvalidInput) as e:
        c.accounts.request_email_change("ana", "not-an-address", actor=ANA, password=PASSWORD)
    assert (e.value.field, e.value.value) == ("email", "not-an-address")
    with pytest.raises(Conflict, match="already your address") as same:
        c.accounts.request_email_change("ana", "ANA@example.org", actor=ANA, password=PASSWORD)
    assert same.value.field == "email"
    with pytest.raises(NotAllowed):
        c.accounts.request_email_change("ana", "x@example.org", actor=Actor("bob"))


def test_requests_cannot_flood_an_address(c: Community) -> None:
    for _ in range(3):
        c.accounts.request_email_change("ana", "victim@example.org", actor=ANA, password=PASSWORD)
    with pytest.raises(Throttled) as e:
        c.accounts.request_email_change("ana", "victim@example.org", actor=ANA, password=PASSWORD)
    assert e.value.field == "email"
    assert len(mail_to(c, "victim@example.org")) == 3


def test_an_unconfirmed_account_fixes_a_typo_in_its_address(c: Community) -> None:
    typo = c.accounts.sign_up("Zoé", "zoe@exmaple.org", PASSWORD)
    me = Actor(typo.id)
    c.accounts.request_email_change(typo.id, "zoe@example.org", actor=me, password=PASSWORD)
    done = c.accounts.confirm_email_change(typo.id, change_code(c, "zoe@example.org"), actor=me)
    assert (done.email, done.confirmed) == ("zoe@example.org", True)
    # no notice to a typo, and its confirmation letter, which nobody can use now, is not sent
    assert mail_to(c, "zoe@exmaple.org") == []


def test_a_change_on_both_backends(db_target: str, clock: Clock) -> None:
    c = Community(db_target, FakeEncoder(dim=32), clock=clock, accounts=CHEAP)
    confirmed_sign_up(c, "Ana", "ana@example.org", PASSWORD)
    c.accounts.request_email_change("ana", "new@example.org", actor=ANA, password=PASSWORD)
    assert c.accounts.pending_email("ana", actor=ANA) == "new@example.org"
    c.accounts.confirm_email_change("ana", change_code(c, "new@example.org"), actor=ANA)
    assert c.accounts.store.by_email("NEW@example.org").id == "ana"  # type: ignore[union-attr]
    assert c.accounts.store.by_email("ana@example.org") is None
    c.db.close()


def test_the_old_address_takes_the_account_back_when_it_was_not_the_member(
    c: Community, clock: Clock
) -> None:
    # someone with Ana's session moves her account to their address, and makes a token
    _, thief_session = c.accounts.sign_in("ana@example.org", PASSWORD)
    thief_token = c.security.own_token("ana", label="mine now", actor=ANA)
    c.accounts.request_email_change("ana", "thief@example.org", actor=ANA, password=PASSWORD)
    c.accounts.confirm_email_change("ana", change_code(c, "thief@example.org"), actor=ANA)
    [(_, notice)] = [m for m in mail_to(c, "ana@example.org") if m[0] == "email_changed"]
    found = re.search(r"code=(\S+)", notice)
    assert found is not None
    clock.now += dt.timedelta(days=2)
    back = c.accounts.revert_email_change(found.group(1))
    assert (back.email, back.confirmed) == ("ana@example.org", True)
    with pytest.raises(NotAuthenticated):  # every session ends, the thief's too
        c.accounts.authenticate(thief_session)
    with pytest.raises(NotAuthenticated):  # and every token: one outlived the move back
        c.security.authenticate(thief_token)
    with pytest.raises(NotAuthenticated):  # and the password: Ana resets it by e-mail
        c.accounts.sign_in("ana@example.org", PASSWORD)
    c.accounts.request_link("ana@example.org", LinkPurpose.RESET)
    assert mail_to(c, "ana@example.org")[-1][0] == "reset_link"
    with pytest.raises(NotAuthenticated, match="used already"):
        c.accounts.revert_email_change(found.group(1))


def test_change_requests_do_not_spend_the_owners_confirmation_letters(c: Community) -> None:
    for _ in range(3):  # Ana asks to move to Vic's address until refused
        c.accounts.request_email_change("ana", "vic@example.org", actor=ANA, password=PASSWORD)
    vic = c.accounts.sign_up("Vic", "vic@example.org", PASSWORD)
    assert mail_to(c, "vic@example.org")[-1][0] == "confirm_link"
    code = re.search(r"code=(\S+)", mail_to(c, "vic@example.org")[-1][1])
    assert code is not None
    assert c.accounts.confirm(vic.id, code.group(1), actor=Actor(vic.id)).confirmed


def test_changing_the_address_needs_the_current_password(c: Community, clock: Clock) -> None:
    # someone at Ana's unlocked laptop (her session) cannot move the account to their address
    with pytest.raises(InvalidInput) as e:
        c.accounts.request_email_change("ana", "thief@example.org", actor=ANA)
    assert e.value.field == "password" and "current password" in e.value.hint
    with pytest.raises(NotAuthenticated) as wrong:
        c.accounts.request_email_change(
            "ana", "thief@example.org", actor=ANA, password="not her password"
        )
    assert wrong.value.field == "password" and "reset" in wrong.value.hint
    assert (
        mail_to(c, "thief@example.org") == [] and c.accounts.pending_email("ana", actor=ANA) is None
    )
    for _ in range(4):  # guessing it is throttled, per account
        with pytest.raises(NotAuthenticated):
            c.accounts.request_email_change(
                "ana", "thief@example.org", actor=ANA, password="guess 1234"
            )
    with pytest.raises(Throttled) as slow:
        c.accounts.request_email_change("ana", "thief@example.org", actor=ANA, password=PASSWORD)
    assert slow.value.field == "password"
    clock.now += dt.timedelta(minutes=2)
    moved = c.accounts.request_email_change("ana", "new@example.org", actor=ANA, password=PASSWORD)
    assert moved == "new@example.org"


def test_an_account_without_a_password_needs_a_sign_in_of_the_last_10_minutes(
    c: Community, clock: Clock
) -> None:
    with c.db.transaction():  # as after a change was undone from the old address
        c.accounts.store.drop_password("ana")
    old = c.accounts.start_session("ana")
    clock.now += dt.timedelta(minutes=11)
    for session in (None, old, "not a session"):
        with pytest.raises(NotAllowed) as e:
            c.accounts.request_email_change(
                "ana", "new@example.org", actor=ANA, password=PASSWORD, session=session
            )
        assert e.value.field == "password" and "sign in again" in e.value.hint
    # a session opened with an API token (one made with a stolen session, say) proves nothing
    opened = c.accounts.start_session("ana")
    with pytest.raises(NotAllowed):
        c.accounts.request_email_change("ana", "new@example.org", actor=ANA, session=opened)
    # a sign-in with a link mailed to the address does, for 10 minutes
    c.accounts.request_link("ana@example.org", LinkPurpose.SIGNIN)
    [link] = [b for k, b in mail_to(c, "ana@example.org") if k == "signin_link"]
    code = re.search(r"code=(\S+)", link)
    assert code is not None
    _, fresh = c.accounts.sign_in_with_link(code.group(1))
    moved = c.accounts.request_email_change("ana", "new@example.org", actor=ANA, session=fresh)
    assert moved == "new@example.org"
