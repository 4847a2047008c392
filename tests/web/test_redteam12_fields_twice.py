"""A form that sends one field twice with two values is refused, naming the field: nothing
is kept silently.

The API refuses a JSON body giving a key twice (``test_redteam_keys``); the web pages read
the last of two values and dropped the other without a word: the contribution form sent with
``amount=10`` and ``amount=1000`` (a page edited by hand, a browser extension filling a field
twice, a form built by a script) recorded 1,000 in the ledger, which the member never saw.
A field sent twice with different values is now refused (422) in the page's language, naming
the field and its values, and nothing is recorded; the same value twice is one value, and
repeated fields that are lists (checkboxes) are read as lists, as before.
"""

from __future__ import annotations

from html import unescape
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over
from tests.ventures import venture
from tests.web.pages import csrf, sign_in


def _send(client: TestClient, path: str, pairs: list[tuple[str, str]]) -> object:
    return client.post(
        path,
        content=urlencode([("csrf", csrf(client)), *pairs]),
        headers={"content-type": "application/x-www-form-urlencoded"},
        follow_redirects=False,
    )


@pytest.fixture
def bob(community: Community) -> TestClient:
    venture(community.equity, "acme", "ana", "bob")
    client = client_over(community)
    sign_in(client, community.security.create_token("bob"))
    return client


ENTRY = [("member", "bob"), ("kind", "cash"), ("on", "2024-01-02"), ("note", ""), ("key", "k1")]


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "was sent twice"), ("fr", "envoyé deux fois")],
)
def test_an_amount_sent_twice_records_nothing(
    bob: TestClient, community: Community, lang: str, said: str
) -> None:
    r = _send(
        bob,
        f"/web/ventures/acme/entries?lang={lang}",
        [*ENTRY, ("amount", "10"), ("amount", "1000")],
    )
    assert r.status_code == 422, r.text  # type: ignore[attr-defined]
    text = unescape(r.text)  # type: ignore[attr-defined]
    assert said in text and "amount" in text and "1000" in text, text
    assert community.equity.ledger("acme", actor=Actor("bob")) == []


def test_the_same_value_twice_is_one_value(bob: TestClient, community: Community) -> None:
    r = _send(bob, "/web/ventures/acme/entries", [*ENTRY, ("amount", "10"), ("amount", "10")])
    assert r.status_code == 303, r.text  # type: ignore[attr-defined]
    [posted] = community.equity.ledger("acme", actor=Actor("bob"))
    assert posted.row.entry.amount == 10


def test_checkboxes_stay_lists(bob: TestClient, community: Community) -> None:
    r = _send(bob, "/web/account/email", [("email", "message"), ("email", "venture_invite")])
    assert r.status_code == 303, r.text  # type: ignore[attr-defined]
