"""A form's one-time key stores a fingerprint of the form (:mod:`api.web.once`): it left the
passwords in, so the stored SHA-256 of the token form was a fast verifier of the member's
password, testable offline against guesses by whoever reads the database. Secret fields
(passwords, tokens, codes) stay out of the fingerprint now."""

from __future__ import annotations

import pytest

from api.web.once import FIELD, is_secret
from matcher.community import Community
from tests.apps import client_over
from tests.support import accounts_community, confirm_address
from tests.web.pages import post


def _fingerprints_after_a_token_form(password: str) -> list[str]:
    c: Community = accounts_community()
    account = confirm_address(c, c.accounts.sign_up("Ana", "ana@example.org", password).id)
    web = client_over(c)
    r = post(web, "/web/signin", {"email": "ana@example.org", "password": password})
    assert r.status_code == 303, r.text
    form = {"label": "laptop", "token_password": password, FIELD: "the-same-key-12345"}
    r = post(web, "/web/account/tokens", form)
    assert r.status_code == 201, r.text
    assert account.id
    rows = c.db.execute("SELECT request_hash FROM idempotency_keys").fetchall()
    assert rows
    return sorted(str(row[0]) for row in rows)


def test_the_stored_fingerprint_of_a_form_does_not_depend_on_its_password() -> None:
    assert _fingerprints_after_a_token_form(
        "correct horse battery"
    ) == _fingerprints_after_a_token_form("another long passphrase")


@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("password", True),
        ("token_password", True),
        ("erase_password", True),
        ("token", True),
        ("code", True),
        ("new-secret", True),
        ("label", False),
        ("title", False),
        ("days", False),
    ],
)
def test_which_fields_are_secret(name: str, secret: bool) -> None:
    assert is_secret(name) is secret
