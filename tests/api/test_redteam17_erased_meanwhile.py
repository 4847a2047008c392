"""Red team 17: an introduction request, or a mark, straddling an erasure.

``TrustService.request_introduction`` checked that the requester, the target (and the
connector) have a profile *before* its write transaction, then wrote the request in it.
An erasure committed in between (another request, another process) had already deleted
every introduction naming the person: the new request was written after it, naming the
erased id. The id is free again, so the next member to sign up as "Bob" is ``bob``, and
finds Ana's request to the erased Bob (her message, and on "accept" her contact details)
in their inbox; the erased person's id stays in the database (high: a privacy breach, and
contact details revealed to a stranger).

The race is made certain: the erasure runs at the moment the request's write transaction
begins, after every check made before it. Each check of a person is now made again inside
the write (as the collaboration and endorsement writes already did). On both backends.

A member's private mark ("skip" this person, or "save" them) had the same race
(``LoopService.mark``): written after the erasure, it named the erased id, and the newcomer
given that id was skipped in the owner's suggestions from their first day (medium).
A claim of an API-made profile by its token checked the token before its write too: one
revoked in between still claimed the profile (low).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.community import Community
from matcher.errors import CofoundryError, ImportFailed, UnknownProfile
from matcher.loop import Mark
from tests.conftest import COMMUNITY
from tests.support import CHEAP, before_the_write


@pytest.fixture
def c(backend: str) -> Iterator[Community]:
    c = Community(":memory:", FakeEncoder(dim=32))
    c.profiles.import_profiles(COMMUNITY)
    yield c
    c.close()


def names(c: Community, person: str) -> int:
    return int(
        c.db.execute(
            "SELECT COUNT(*) FROM introductions WHERE ? IN (requester, target, connector)",
            [person],
        ).fetchone()[0]
    )


def test_a_request_to_someone_erased_meanwhile_is_refused_and_names_no_one(
    c: Community,
) -> None:
    undo = before_the_write(c, lambda: c.privacy.erase("bob", actor=Actor("bob")))
    with pytest.raises(UnknownProfile) as refused:
        c.trust.request_introduction("ana", "bob", message="hi Bob", actor=Actor("ana"))
    assert (refused.value.field, refused.value.value) == ("target", "bob")
    assert names(c, "bob") == 0 and names(c, "ana") == 0
    # nobody is given the id "bob" again (tests/api/test_erased_ids.py); had a newcomer
    # been, they would find nothing meant for the erased Bob
    undo()
    with pytest.raises(ImportFailed):
        c.profiles.import_profiles([{"id": "bob", "name": "Bob Two", "offers": "x", "needs": "y"}])
    assert c.trust.store.introductions("bob") == []


def test_a_request_from_someone_erased_meanwhile_is_refused(
    c: Community,
) -> None:
    before_the_write(c, lambda: c.privacy.erase("ana", actor=Actor("ana")))
    with pytest.raises(CofoundryError) as refused:
        c.trust.request_introduction("ana", "bob", message="hi Bob", actor=Actor("ana"))
    assert refused.value.field == "requester"
    assert names(c, "ana") == 0 and names(c, "bob") == 0


def test_a_request_through_a_connector_erased_meanwhile_is_refused(
    c: Community,
) -> None:
    c.profiles.import_profiles([{"id": "dan", "name": "Dan", "offers": "ops", "needs": "x"}])
    for a, b in (("ana", "bob"), ("bob", "dan")):
        done = c.trust.propose_collaboration(a, b, "project", "2024-01-01", actor=Actor(a))
        c.trust.answer_collaboration(done.id, True, actor=Actor(b))
    before_the_write(c, lambda: c.privacy.erase("bob", actor=Actor("bob")))
    with pytest.raises(UnknownProfile) as refused:
        c.trust.request_introduction("ana", "dan", connector="bob", actor=Actor("ana"))
    assert (refused.value.field, refused.value.value) == ("connector", "bob")
    assert names(c, "bob") == 0 and names(c, "dan") == 0


def test_without_a_race_the_request_is_written(c: Community) -> None:
    intro = c.trust.request_introduction("ana", "bob", message="hi Bob", actor=Actor("ana"))
    assert names(c, "bob") == 1
    assert [i.id for i in c.trust.introductions("bob", actor=Actor("bob"))] == [intro.id]


def test_a_mark_on_someone_erased_meanwhile_is_refused_and_names_no_one(
    c: Community,
) -> None:
    undo = before_the_write(c, lambda: c.privacy.erase("bob", actor=Actor("bob")))
    with pytest.raises(UnknownProfile) as refused:
        c.loop.mark("ana", "bob", Mark.SKIPPED, actor=Actor("ana"))
    assert (refused.value.field, refused.value.value) == ("person", "bob")
    assert c.loop.marks("ana", actor=Actor("ana")) == {}
    undo()  # nobody gets the id "bob" again: the newcomer "Bob" is "bob-2"
    with pytest.raises(ImportFailed):
        c.profiles.import_profiles([{"id": "bob", "name": "Bob Two", "offers": "x", "needs": "y"}])
    c.profiles.import_profiles([{"id": "bob-2", "name": "Bob Two", "offers": "x", "needs": "y"}])
    assert c.loop.marks("ana", actor=Actor("ana")) == {}
    assert c.loop.mark("ana", "bob-2", Mark.SAVED, actor=Actor("ana")) == {"bob-2": Mark.SAVED}


def test_a_claim_with_a_token_revoked_meanwhile_claims_nothing(
    backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An account claims an API-made profile by proving its token: the token was checked,
    then the profile taken in another transaction. Its owner revoking the (leaked) token in
    between did not stop the claim (low: a narrow window, a leaked token). The token is
    checked again in the claim's write."""
    a = Community(":memory:", FakeEncoder(dim=32), accounts=CHEAP)
    a.profiles.import_profiles([{"id": "zoe", "name": "Zoé", "offers": "design", "needs": "x"}])
    leaked = a.security.create_token("zoe", label="script")
    (listed,) = a.security.tokens("zoe", actor=Actor("zoe"))
    thief = a.accounts.sign_up("Thief", "thief@example.org", "correct horse battery")
    real = a.security.authenticate
    calls: list[bool] = []

    def authenticate(token: str | None) -> Any:
        found = real(token)
        if not calls:  # right after the claim's first check: the owner revokes it
            calls.append(True)
            a.security.revoke_token("zoe", listed.id, actor=Actor("zoe"))
        return found

    monkeypatch.setattr(a.security, "authenticate", authenticate)
    with pytest.raises(CofoundryError) as refused:
        a.accounts.claim(thief.id, leaked, actor=Actor(thief.id))
    assert refused.value.field == "token" and calls
    assert a.accounts.store.get("zoe") is None  # the profile has no account
    assert a.accounts.store.get(thief.id) is not None
    a.close()
