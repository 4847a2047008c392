"""An e-mail address holding an RFC 2047 encoded word is refused where it enters (red team 16).

``=?utf-8?q?eve=40evil.example_?=@bigcorp.example`` passed the address rule (no space, no
angle bracket, one ``@``, a dot in the domain). The e-mail library decodes encoded words in
a ``To`` header, so every letter to that address left as ``To: eve@evil.example
@bigcorp.example``, which the SMTP client reads as eve's address: a member signed up with
it, got its confirmation link in eve's mailbox, and held a *proven* address at a domain
that was never theirs (shown as proven to their introduction partners); an organiser's
attendee file could send an invitation that way too. Such an address is now refused naming
the field, the value and the fix, by every door (:func:`matcher.addresses.address_problem`).
"""

from __future__ import annotations

import pytest

from matcher.errors import InvalidInput
from matcher.mail import check_address
from tests.apps import client_over
from tests.support import accounts_community

SLY = "=?utf-8?q?eve=40evil.example_?=@bigcorp.example"


@pytest.mark.parametrize("address", [SLY, "=?utf-8?q?a?=@example.org", "a=?b@example.org"])
def test_an_address_with_an_encoded_word_is_refused(address: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        check_address(address)
    err = refused.value
    assert err.field == "email" and err.value == address
    assert "“=?”" in err.detail and "encoded word" in err.detail
    assert "the address as your mail program shows it" in (err.hint or "")


def test_every_door_refuses_it() -> None:
    c = accounts_community()
    api = client_over(c)
    r = api.post(
        "/accounts", json={"name": "Eve", "email": SLY, "password": "correct horse battery"}
    )
    assert r.status_code == 422 and r.json()["field"] == "email", r.text
    assert c.mail.store.messages(limit=10) == []
    r = api.post("/profiles", json={"id": "zed", "name": "Zed", "offers": "o", "needs": "n"})
    token = {"Authorization": f"Bearer {r.json()['token']}"}
    r = api.patch("/profiles/zed", json={"email": SLY}, headers=token)
    assert r.status_code == 422 and r.json()["field"] == "email", r.text


def test_an_ordinary_address_still_passes() -> None:
    assert check_address("ana.lopez+cofoundry=x@example.org") == "ana.lopez+cofoundry=x@example.org"
