"""Accounts: sign-up, passwords, one-time links, sessions and API tokens; the throttles; no
answer that tells whether an address has an account."""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import replace

import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import ADMIN, Actor
from matcher.accounts import AccountService, AccountSettings, LinkPurpose, id_from_name
from matcher.community import Community
from matcher.errors import (
    InvalidInput,
    NotAllowed,
    NotAuthenticated,
    Throttled,
    UnknownItem,
)
from matcher.security import Limit
from tests.support import CHEAP, Clock, confirmed_sign_up

PASSWORD = "correct horse battery"


@pytest.fixture
def clock() -> Clock:
    return Clock()


def community(clock: Clock, settings: AccountSettings = CHEAP) -> Community:
    return Community(":memory:", FakeEncoder(dim=32), clock=clock, accounts=settings)


@pytest.fixture
def c(clock: Clock) -> Community:
    return community(clock)


def code_in(c: Community, to: str) -> str:
    """The code of the newest link e-mailed to ``to`` (read from the outbox)."""
    [message] = [m for m in c.mail.store.messages(limit=1000) if m.to == to][:1]
    found = re.search(r"code=(\S+)", message.body)
    assert found, message.body
    return found.group(1)


# ------------------------------------------------------------------ sign up
def test_sign_up_picks_the_id_from_the_name_never_taken_by_a_profile(c: Community) -> None:
    c.profiles.import_profiles([{"id": "ana-lopez", "name": "A", "offers": "o", "needs": "n"}])
    a = c.accounts.sign_up("Ana López", "ana@example.org", PASSWORD, lang="fr")
    b = c.accounts.sign_up("Ana López", "ana2@example.org", PASSWORD)
    assert (a.id, a.lang, b.id) == ("ana-lopez-2", "fr", "ana-lopez-3")
    assert id_from_name("  ") == "member"


def test_an_address_is_confirmed_by_one_account_whatever_its_case(c: Community) -> None:
    confirmed_sign_up(c, "Ana", "Ana@Example.org", PASSWORD)
    other = c.accounts.sign_up("Other", "ana@EXAMPLE.ORG", PASSWORD)  # no 409: see the module
    assert not other.confirmed
    assert c.accounts.store.by_email("ANA@example.org").id == "ana"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "email", "password", "field"),
    [
        ("", "a@example.org", PASSWORD, "name"),
        ("Ana", "not-an-address", PASSWORD, "email"),
        ("Ana", "a@example.org", "short", "password"),
        ("Ana", "a@example.org", "x" * 257, "password"),
        ("Ana", "a@example.org", "a@example.org", "password"),
        ("Ana Lopez Garcia", "a@example.org", "ana lopez garcia", "password"),
    ],
)
def test_sign_up_refuses_bad_fields_by_name(
    c: Community, name: str, email: str, password: str, field: str
) -> None:
    with pytest.raises(InvalidInput) as e:
        c.accounts.sign_up(name, email, password)
    assert e.value.field == field


def test_passwords_are_stored_as_argon2id_hashes(c: Community) -> None:
    a = c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)
    stored = c.accounts.store.password_hash(a.id)
    assert stored is not None and stored.startswith("$argon2id$") and PASSWORD not in stored


def test_a_hash_made_with_older_parameters_is_replaced_at_sign_in(c: Community) -> None:
    a = c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)
    old = c.accounts.store.password_hash(a.id)
    stronger = AccountSettings(hash_memory_kib=2048, hash_time=1, hash_parallelism=1)
    upgraded = AccountService(c.profiles, c.security, c.mail, stronger)  # a new release
    upgraded.sign_in("ana@example.org", PASSWORD)
    new = upgraded.store.password_hash(a.id)
    assert new != old and new is not None and "m=2048" in new


# ------------------------------------------------------------------ sign in
def test_sign_in_gives_a_new_session_each_time(c: Community) -> None:
    c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)
    _, one = c.accounts.sign_in("ANA@example.org", PASSWORD, label="Firefox")
    _, two = c.accounts.sign_in("ana@example.org", PASSWORD)
    assert one != two
    assert c.accounts.authenticate(one) == Actor("ana") == c.accounts.authenticate(two)
    assert [s.label for s in c.accounts.sessions("ana", actor=Actor("ana"))] in (
        ["Firefox", ""],
        ["", "Firefox"],
    )


def test_a_wrong_password_and_an_unknown_address_get_the_same_refusal(c: Community) -> None:
    c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)
    with pytest.raises(NotAuthenticated) as wrong:
        c.accounts.sign_in("ana@example.org", "wrong horse battery")
    with pytest.raises(NotAuthenticated) as unknown:
        c.accounts.sign_in("nobody@example.org", PASSWORD)
    assert wrong.value.as_dict() == unknown.value.as_dict()


def test_failures_are_throttled_per_account_and_address_not_for_the_owner_elsewhere(
    c: Community,
) -> None:
    c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)
    for _ in range(5):
        with pytest.raises(NotAuthenticated):
            c.accounts.sign_in("ana@example.org", "guess guess guess", client="6.6.6.6")
    with pytest.raises(Throttled) as e:  # even the right password, from the guessing address
        c.accounts.sign_in("ana@example.org", PASSWORD, client="6.6.6.6")
    assert "link" in str(e.value)
    # the owner, from another address, signs in as usual
    assert c.accounts.sign_in("ana@example.org", PASSWORD, client="1.2.3.4")[0].id == "ana"
    # an unknown address is throttled the same way (nothing tells them apart)
    for _ in range(5):
        with pytest.raises(NotAuthenticated):
            c.accounts.sign_in("nobody@example.org", "guess guess guess", client="6.6.6.6")
    with pytest.raises(Throttled):
        c.accounts.sign_in("nobody@example.org", "guess guess guess", client="6.6.6.6")


def test_a_guess_spread_over_many_addresses_is_stopped_and_the_link_still_works(
    clock: Clock,
) -> None:
    tight = replace(CHEAP, account_failures=Limit(per_minute=1, burst=10))
    c = community(clock, tight)
    confirmed_sign_up(c, "Ana", "ana@example.org", PASSWORD)
    for n in range(10):
        with pytest.raises(NotAuthenticated):
            c.accounts.sign_in("ana@example.org", "guess guess guess", client=f"10.0.0.{n}")
    with pytest.raises(Throttled):
        c.accounts.sign_in("ana@example.org", PASSWORD, client="1.2.3.4")
    c.accounts.request_link("ana@example.org", LinkPurpose.SIGNIN, client="1.2.3.4")
    account, _ = c.accounts.sign_in_with_link(code_in(c, "ana@example.org"))
    assert account.id == "ana"


def test_sign_in_attempts_per_address_are_limited(clock: Clock) -> None:
    c = community(
        clock,
        replace(CHEAP, signin=Limit(per_minute=1, burst=3)),
    )
    c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)
    for _ in range(3):
        c.accounts.sign_in("ana@example.org", PASSWORD, client="5.5.5.5")
    with pytest.raises(Throttled):
        c.accounts.sign_in("ana@example.org", PASSWORD, client="5.5.5.5")


# -------------------------------------------------------------------- links
def test_a_link_request_answers_the_same_whether_or_not_the_address_has_an_account(
    c: Community,
) -> None:
    confirmed_sign_up(c, "Ana", "ana@example.org", PASSWORD)
    assert c.accounts.request_link("ana@example.org", LinkPurpose.SIGNIN) is None
    assert c.accounts.request_link("nobody@example.org", LinkPurpose.SIGNIN) is None
    assert c.accounts.request_link("not an address", LinkPurpose.RESET) is None
    sent = [m.to for m in c.mail.store.messages() if m.kind != "confirm_link"]
    assert sent == ["ana@example.org"]


def test_link_requests_per_address_are_throttled_for_known_and_unknown_alike(
    c: Community,
) -> None:
    confirmed_sign_up(c, "Ana", "ana@example.org", PASSWORD)
    for email in ("ana@example.org", "nobody@example.org"):
        for _ in range(3):
            c.accounts.request_link(email, LinkPurpose.SIGNIN, client=email)
        with pytest.raises(Throttled):
            c.accounts.request_link(email, LinkPurpose.SIGNIN, client=email)


def test_a_stranger_asking_links_all_day_cannot_flood_a_mailbox_nor_lock_its_owner_out(
    c: Community, clock: Clock
) -> None:
    """A stranger types Ana's address into the link form every 2 minutes for a day, from a
    new client address each time; Ana asks for a sign-in link every hour. Her mailbox gets
    at most 3 links, then one per link's life (20 minutes); whenever she is refused, the
    newest link in it still signs her in."""
    confirmed_sign_up(c, "Ana", "ana@example.org", PASSWORD)
    refused = 0
    for minute in range(0, 24 * 60, 2):
        with suppress(Throttled):
            c.accounts.request_link("ana@example.org", LinkPurpose.SIGNIN, client=f"s{minute}")
        if minute % 60 == 30:
            try:
                c.accounts.request_link("ana@example.org", LinkPurpose.SIGNIN, client="ana")
            except Throttled as e:
                refused += 1
                assert e.hint == "use the last link you received"
                account, _ = c.accounts.sign_in_with_link(code_in(c, "ana@example.org"))
                assert account.id == "ana"
        clock.pass_(minutes=2)
    links = [m for m in c.mail.store.messages(limit=10_000) if m.kind == "signin_link"]
    assert 3 + 24 * 60 // 20 - 1 <= len(links) <= 3 + 24 * 60 // 20  # 288 + 3 before
    assert refused == 24  # the stranger keeps the bucket empty; Ana still gets in


def test_a_per_address_link_limit_slower_than_a_link_s_life_is_refused() -> None:
    with pytest.raises(ValueError, match="more than a link works"):
        AccountSettings(link_per_email=Limit(per_minute=1 / 30, burst=3))  # links live 20
    assert AccountSettings(link_minutes=5).links_per_email == Limit(per_minute=0.2, burst=3)


def test_a_sign_in_link_works_once(c: Community) -> None:
    confirmed_sign_up(c, "Ana", "ana@example.org", PASSWORD)
    c.accounts.request_link("ana@example.org", LinkPurpose.SIGNIN)
    code = code_in(c, "ana@example.org")
    account, session = c.accounts.sign_in_with_link(code)
    assert account.id == "ana" and c.accounts.authenticate(session) == Actor("ana")
    with pytest.raises(NotAuthenticated, match="used already"):
        c.accounts.sign_in_with_link(code)


def test_an_expired_tampered_superseded_or_misused_link_is_refused(
    c: Community, clock: Clock
) -> None:
    confirmed_sign_up(c, "Ana", "ana@example.org", PASSWORD)
    c.accounts.request_link("ana@example.org", LinkPurpose.SIGNIN)
    old = code_in(c, "ana@example.org")
    clock.pass_(minutes=5)
    c.accounts.request_link("ana@example.org", LinkPurpose.SIGNIN)
    new = code_in(c, "ana@example.org")
    with pytest.raises(NotAuthenticated, match="not valid"):
        c.accounts.sign_in_with_link(old)  # a newer link replaced it
    with pytest.raises(NotAuthenticated, match="not valid"):
        c.accounts.sign_in_with_link(new[:-1] + ("A" if new[-1] != "A" else "B"))
    with pytest.raises(NotAuthenticated, match="not valid"):
        c.accounts.reset_password(new, "a brand new password")  # a sign-in link is no reset
    clock.pass_(minutes=21)
    with pytest.raises(NotAuthenticated, match="expired"):
        c.accounts.sign_in_with_link(new)


def test_a_reset_sets_the_password_ends_every_session_and_every_other_link(
    c: Community,
) -> None:
    confirmed_sign_up(c, "Ana", "ana@example.org", PASSWORD)
    _, stolen = c.accounts.sign_in("ana@example.org", PASSWORD)
    # whoever holds the stolen session makes an API token (no password asked) to stay in
    kept = c.security.create_token("ana", label="mine now")
    c.accounts.request_link("ana@example.org", LinkPurpose.SIGNIN)
    signin_code = code_in(c, "ana@example.org")
    c.accounts.request_link("ana@example.org", LinkPurpose.RESET)
    reset_code = code_in(c, "ana@example.org")
    assert c.accounts.check_link(reset_code, LinkPurpose.RESET)
    with pytest.raises(InvalidInput):
        c.accounts.reset_password(reset_code, "short")  # nothing used up by a bad password
    _, fresh = c.accounts.reset_password(reset_code, "a brand new password")
    with pytest.raises(NotAuthenticated):
        c.accounts.authenticate(stolen)
    with pytest.raises(NotAuthenticated):  # the reset ends every way in, tokens too
        c.security.authenticate(kept)
    assert c.accounts.authenticate(fresh) == Actor("ana")
    with pytest.raises(NotAuthenticated):
        c.accounts.sign_in_with_link(signin_code)
    with pytest.raises(NotAuthenticated):
        c.accounts.reset_password(reset_code, "yet another password")
    with pytest.raises(NotAuthenticated):
        c.accounts.sign_in("ana@example.org", PASSWORD)
    assert c.accounts.sign_in("ana@example.org", "a brand new password")[0].id == "ana"


def test_the_link_email_is_in_the_members_language(c: Community) -> None:
    confirmed_sign_up(c, "Zoé", "zoe@example.org", PASSWORD, lang="fr")
    c.accounts.request_link("zoe@example.org", LinkPurpose.RESET)
    [m] = c.mail.store.messages()
    assert m.kind == "reset_link" and m.member_id == "zoe" and "/web/reset/new?code=cf1_" in m.body


# ----------------------------------------------------------------- sessions
def test_sessions_are_listed_revoked_one_by_one_or_everywhere(c: Community) -> None:
    c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)
    c.accounts.sign_up("Bob", "bob@example.org", PASSWORD)
    ana = Actor("ana")
    _, one = c.accounts.sign_in("ana@example.org", PASSWORD)
    _, two = c.accounts.sign_in("ana@example.org", PASSWORD)
    _, bobs = c.accounts.sign_in("bob@example.org", PASSWORD)
    listed = c.accounts.sessions("ana", actor=ana)
    assert len(listed) == 2 and all(len(s.id) == 12 for s in listed)
    with pytest.raises(NotAllowed):
        c.accounts.sessions("ana", actor=Actor("bob"))
    bob_session = c.accounts.sessions("bob", actor=Actor("bob"))[0].id
    with pytest.raises(UnknownItem):  # another member's session: as if it did not exist
        c.accounts.revoke_session("ana", bob_session, actor=ana)
    c.accounts.revoke_session("ana", listed[0].id, actor=ana)
    assert len(c.accounts.sessions("ana", actor=ana)) == 1
    assert c.accounts.sign_out_everywhere("ana", actor=ana) == 1
    for secret in (one, two):
        with pytest.raises(NotAuthenticated):
            c.accounts.authenticate(secret)
    assert c.accounts.authenticate(bobs) == Actor("bob")  # nobody else is signed out


def test_a_session_ends_after_its_lifetime(c: Community, clock: Clock) -> None:
    c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)
    _, secret = c.accounts.sign_in("ana@example.org", PASSWORD)
    clock.pass_(days=29)
    assert c.accounts.authenticate(secret) == Actor("ana")
    clock.pass_(days=1, seconds=1)
    with pytest.raises(NotAuthenticated, match="ended"):
        c.accounts.authenticate(secret)


# ------------------------------------------------------------------- tokens
def test_tokens_are_listed_without_secrets_and_a_revoked_one_is_refused_at_once(
    c: Community,
) -> None:
    c.profiles.import_profiles(
        [{"id": i, "name": i, "offers": "o", "needs": "n"} for i in ("ana", "bob")]
    )
    token = c.security.own_token("ana", label="laptop", actor=Actor("ana"))
    c.security.own_token("bob", actor=Actor("bob"))
    [listed] = c.security.tokens("ana", actor=Actor("ana"))
    assert listed.label == "laptop" and token not in repr(listed) and len(listed.id) == 12
    assert {t.profile_id for t in c.security.tokens(None, actor=ADMIN)} == {"ana", "bob"}
    with pytest.raises(NotAllowed):
        c.security.tokens(None, actor=Actor("ana"))
    bobs = c.security.tokens("bob", actor=Actor("bob"))[0].id
    with pytest.raises(UnknownItem):
        c.security.revoke_token("ana", bobs, actor=Actor("ana"))
    assert c.security.authenticate(token) == Actor("ana")
    c.security.revoke_token("ana", listed.id, actor=Actor("ana"))
    with pytest.raises(NotAuthenticated, match="revoked"):
        c.security.authenticate(token)
    with pytest.raises(UnknownItem):
        c.security.revoke_token("ana", "not-an-id", actor=Actor("ana"))


# ------------------------------------------------------------------ erasure
def test_erasing_a_member_removes_account_sessions_links_and_mail(c: Community) -> None:
    confirmed_sign_up(c, "Ana", "ana@example.org", PASSWORD)
    c.profiles.import_profiles([{"id": "ana", "name": "Ana", "offers": "o", "needs": "n"}])
    c.accounts.sign_in("ana@example.org", PASSWORD)
    c.accounts.request_link("ana@example.org", LinkPurpose.SIGNIN)
    exported = c.privacy.export("ana", actor=Actor("ana"))
    assert "ana@example.org" in repr(exported)
    c.privacy.erase("ana", actor=Actor("ana"))
    assert c.accounts.store.get("ana") is None
    assert c.mail.store.of_member("ana") == []
    assert c.accounts.store.sessions_of("ana") == []


@pytest.mark.parametrize("bad", ["Ana\x00Lopez", "Ana\tLopez", "\u202eazneK", "Ana\u2066Lopez"])
def test_an_account_name_is_one_line_shown_as_written(bad: str) -> None:
    """The account name follows the one control-character rule (matcher.errors), with no line
    breaks or tabs: a bidirectional override (a name shown backwards) is refused too, as in
    profiles; right-to-left names are welcome."""
    from matcher.accounts.model import check_name
    from matcher.loop.model import check_message

    with pytest.raises(InvalidInput, match="control character") as caught:
        check_name(bad)
    assert caught.value.field == "name"
    assert check_name("  ليلى  ") == "ليلى"
    # a message keeps its line breaks and tabs, and refuses the rest alike
    assert check_message("Bonjour\n\tBob") == "Bonjour\n\tBob"
    if bad != "Ana\tLopez":
        with pytest.raises(InvalidInput, match="control character") as caught:
            check_message(bad)
        assert caught.value.field == "text"
