"""Red team 17: a password sign-in straddling an erasure or a password reset.

``AccountService.sign_in`` checked the password (:meth:`verify`, memory-hard: the slowest
step of a request) outside any transaction, then started the session in a transaction of
its own. Whatever committed in between was not seen by the second step:

* the owner **erases** the account meanwhile: the erasure deletes the account and its
  sessions, then the sign-in inserts a session for the erased id. That session outlives the
  erasure, and the id is free again: whoever signs up next under the same name gets the id
  ``bob`` back, and the old session's cookie acts as them (critical: a stranger's account);
* the owner **resets the password** (the way to take a stolen account back: every session
  ends) meanwhile: a sign-in with the old password, checked a moment before, still gets a
  session after the reset (high).

The race is made certain here: the step that commits "meanwhile" runs inside the sign-in's
password check, as another process's request does when the two overlap. The fix: the
session starts only if, in its transaction, the account still holds the very hash the
password was checked against (a compare-and-set); else the sign-in is refused as a wrong
password (it is one now). On both backends.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import matcher.accounts.service as accounts_service
from matcher.access import Actor
from matcher.accounts import LinkPurpose
from matcher.community import Community
from matcher.errors import NotAuthenticated
from tests.support import accounts_community, confirmed_sign_up

PASSWORD, NEW = "correct horse battery", "another staple entirely"


@pytest.fixture
def c(backend: str) -> Iterator[Community]:
    c = accounts_community()
    bob = confirmed_sign_up(c, "Bob", "bob@example.org", PASSWORD)
    assert bob.id == "bob"
    c.profiles.create_profile({"id": "bob", "name": "Bob", "offers": "code", "needs": "sales"})
    yield c
    c.close()


def meanwhile(monkeypatch: pytest.MonkeyPatch, step: Callable[[], Any]) -> None:
    """Run ``step`` once, right after the sign-in's password check succeeds (before the
    session is written): a request of another process committing in between."""
    real = accounts_service.verify_password
    done: list[bool] = []

    def verify(hasher: Any, stored: str, password: str) -> bool:
        ok = real(hasher, stored, password)
        if ok and not done:
            done.append(True)
            step()
        return ok

    monkeypatch.setattr(accounts_service, "verify_password", verify)


def sessions_of(c: Community, member: str) -> int:
    return int(
        c.db.execute("SELECT COUNT(*) FROM sessions WHERE member_id = ?", [member]).fetchone()[0]
    )


def test_a_sign_in_straddling_an_erasure_leaves_no_session(
    c: Community, monkeypatch: pytest.MonkeyPatch
) -> None:
    meanwhile(monkeypatch, lambda: c.privacy.erase("bob", actor=Actor("bob")))
    with pytest.raises(NotAuthenticated) as refused:
        c.accounts.sign_in("bob@example.org", PASSWORD)
    assert refused.value.field == "password"
    assert sessions_of(c, "bob") == 0  # nothing outlives the erasure
    assert c.accounts.store.get("bob") is None

    # the id is never given again (tests/api/test_erased_ids.py): a new member signing up
    # as "Bob" is "bob-2", and no session names "bob"
    monkeypatch.undo()
    newcomer = confirmed_sign_up(c, "Bob", "other-bob@example.org", "a new person's pass")
    assert newcomer.id == "bob-2" and sessions_of(c, "bob") == 0


def test_a_sign_in_with_the_old_password_straddling_a_reset_gets_no_session(
    c: Community, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = reset_code(c)
    kept: list[str] = []

    def owner_takes_the_account_back() -> None:
        kept.append(c.accounts.reset_password(code, NEW)[1])

    meanwhile(monkeypatch, owner_takes_the_account_back)
    with pytest.raises(NotAuthenticated) as refused:
        c.accounts.sign_in("bob@example.org", PASSWORD)  # the thief's, a moment before
    assert refused.value.field == "password"
    assert sessions_of(c, "bob") == 1  # the owner's, from the reset: no other
    assert c.accounts.authenticate(kept[0]) == Actor("bob")

    monkeypatch.undo()  # afterwards: the old password is wrong, the new one right
    with pytest.raises(NotAuthenticated):
        c.accounts.sign_in("bob@example.org", PASSWORD)
    assert c.accounts.sign_in("bob@example.org", NEW)[0].id == "bob"


def reset_code(c: Community) -> str:
    c.accounts.request_link("bob@example.org", LinkPurpose.RESET)
    letter = next(m for m in c.mail.store.messages(limit=100) if m.kind == "reset_link")
    found = re.search(r"code=(\S+)", letter.body)
    assert found
    return found.group(1)


def test_a_rehash_straddling_a_reset_never_puts_the_old_password_back(
    c: Community, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sign-in re-hashes a password hashed with older parameters, in a write of its own:
    it wrote the old password's new hash over the hash the reset had just set (the reset
    undone, the thief's password working again). It replaces only the hash it checked."""
    code = reset_code(c)
    monkeypatch.setattr(type(c.accounts.hasher), "check_needs_rehash", lambda self, h: True)
    meanwhile(monkeypatch, lambda: c.accounts.reset_password(code, NEW))
    with pytest.raises(NotAuthenticated):
        c.accounts.sign_in("bob@example.org", PASSWORD)
    monkeypatch.undo()
    with pytest.raises(NotAuthenticated):  # the old password stays wrong
        c.accounts.verify("bob@example.org", PASSWORD)
    assert c.accounts.verify("bob@example.org", NEW).id == "bob"


def test_the_api_sign_in_straddling_a_reset_gets_no_token(
    c: Community, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``POST /accounts/signin`` (a token for a script) checked the password, then created
    the token: a token created after the reset outlived it (the reset revokes tokens)."""
    code = reset_code(c)
    meanwhile(monkeypatch, lambda: c.accounts.reset_password(code, NEW))
    with pytest.raises(NotAuthenticated):
        c.accounts.sign_in_token("bob@example.org", PASSWORD, label="script")
    tokens = c.db.execute("SELECT COUNT(*) FROM tokens WHERE profile_id = 'bob'").fetchone()
    assert tokens[0] == 0
    monkeypatch.undo()
    account, token = c.accounts.sign_in_token("bob@example.org", NEW, label="script")
    assert account.id == "bob"
    assert c.security.authenticate(token) == Actor("bob")


def test_a_sign_in_without_a_race_still_works_and_a_rehash_is_no_race(
    c: Community, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The compare-and-set must not refuse an honest sign-in: nothing meanwhile, or the
    sign-in's own re-hash of a password hashed with older parameters."""
    account, secret = c.accounts.sign_in("bob@example.org", PASSWORD)
    assert account.id == "bob" and c.accounts.authenticate(secret) == Actor("bob")
    monkeypatch.setattr(type(c.accounts.hasher), "check_needs_rehash", lambda self, h: True)
    before = c.accounts.store.password_hash("bob")
    account, secret = c.accounts.sign_in("bob@example.org", PASSWORD)
    assert c.accounts.authenticate(secret) == Actor("bob")
    assert c.accounts.store.password_hash("bob") != before  # re-hashed, and signed in


def test_a_token_pasted_at_sign_in_by_someone_erased_meanwhile_starts_no_session(
    c: Community,
) -> None:
    """The sign-in page's token fold checks the token, then starts a session: an erasure
    committed in between (the token's member erased from another device) left a session of
    the erased id. In that order, here: the token checked, the erasure, the session."""
    token = c.security.create_token("bob")
    actor = c.security.authenticate(token)
    assert actor == Actor("bob")
    c.privacy.erase("bob", actor=Actor("bob"))
    with pytest.raises(NotAuthenticated) as refused:
        c.accounts.start_session("bob", label="pasted token")
    assert refused.value.field == "member"
    assert sessions_of(c, "bob") == 0


def test_a_token_made_with_the_old_password_straddling_a_reset_is_refused(
    c: Community, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The account page's "new token" (``POST /me/tokens``) asks for the password, checks
    it, then makes the token: a reset committed in between left the thief (signed in, and
    knowing the old password) a token made after the reset, which revokes them all. The
    same for a change of address asked with the old password."""
    code = reset_code(c)
    secret = c.accounts.sign_in("bob@example.org", PASSWORD)[1]  # the thief's session
    meanwhile(monkeypatch, lambda: c.accounts.reset_password(code, NEW))
    with pytest.raises(NotAuthenticated) as refused:
        c.accounts.own_token("bob", actor=Actor("bob"), password=PASSWORD, session=secret)
    assert refused.value.field == "password" and str(refused.value).startswith("password is wrong;")
    tokens = c.db.execute("SELECT COUNT(*) FROM tokens WHERE profile_id = 'bob'").fetchone()
    assert tokens[0] == 0

    monkeypatch.undo()
    code = reset_code(c)
    meanwhile(monkeypatch, lambda: c.accounts.reset_password(code, PASSWORD + " again"))
    with pytest.raises(NotAuthenticated, match=r"^password is wrong;"):
        c.accounts.request_email_change(
            "bob", "thief@example.org", actor=Actor("bob"), password=NEW
        )
    assert c.accounts.pending_email("bob", actor=Actor("bob")) is None
    # without a race, both work
    monkeypatch.undo()
    assert c.accounts.own_token("bob", actor=Actor("bob"), password=PASSWORD + " again")
    c.accounts.request_email_change(
        "bob", "new@example.org", actor=Actor("bob"), password=PASSWORD + " again"
    )
    assert c.accounts.pending_email("bob", actor=Actor("bob")) == "new@example.org"
