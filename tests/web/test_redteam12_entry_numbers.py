"""An entry number too big for the database is an entry that does not exist, never a 500.

The venture page's Approve, Reject and Reverse forms post to
``/web/ventures/{id}/entries/{number}/...``; a number edited to 20 digits (over the 64-bit
integers a database column holds) reached SQLite, which raised ``OverflowError``: the member
saw "unexpected error" (500). The API bounds its path; the page and the CLI did not. The
ledger's service now answers such a number as it answers any number it does not hold: no
such entry, naming the entry and where its numbers are listed, on both backends.
"""

from __future__ import annotations

from html import unescape

import pytest

from matcher.access import Actor
from matcher.community import Community
from matcher.errors import UnknownEntry
from tests.apps import client_over
from tests.ventures import venture
from tests.web.pages import post, sign_in

HUGE = 10**20


@pytest.mark.parametrize("action", ["approve", "reject", "reverse"])
def test_a_huge_entry_number_on_the_page_is_no_such_entry(
    community: Community, action: str
) -> None:
    venture(community.equity, "acme", "ana", "bob", require_approval=True)
    client = client_over(community)
    sign_in(client, community.security.create_token("bob"))
    r = post(client, f"/web/ventures/acme/entries/{HUGE}/{action}?lang=fr", {"reason": "non"})
    assert r.status_code == 404, r.text
    assert str(HUGE) in unescape(r.text)


@pytest.mark.parametrize("number", [HUGE, -HUGE, 2**63])
def test_the_service_says_no_such_entry(community: Community, number: int) -> None:
    venture(community.equity, "acme", "ana", "bob", require_approval=True)
    bob = Actor("bob")
    for call in (
        lambda: community.equity.approve("acme", number, actor=bob),
        lambda: community.equity.reject("acme", number, "no", actor=bob),
        lambda: community.equity.reverse("acme", number, actor=bob),
    ):
        with pytest.raises(UnknownEntry) as caught:
            call()
        assert caught.value.field == "entry" and caught.value.value == number
        assert caught.value.hint


def test_the_api_still_bounds_its_path(community: Community) -> None:
    venture(community.equity, "acme", "ana", "bob", require_approval=True)
    client = client_over(community)
    auth = {"Authorization": f"Bearer {community.security.create_token('bob')}"}
    r = client.post(f"/ventures/acme/entries/{HUGE}/approve", headers=auth)
    assert r.status_code == 422 and r.json()["field"] == "number", r.text


@pytest.mark.parametrize("number", ["1e3", "１", "1_0"])
def test_an_entry_number_that_is_no_number_is_a_page_not_json(
    community: Community, number: str
) -> None:
    """``/web/ventures/acme/entries/1e3/approve`` answered the API's JSON error, in English,
    on a page: the page's error now, in its language, naming the entry."""
    venture(community.equity, "acme", "ana", "bob", require_approval=True)
    client = client_over(community)
    sign_in(client, community.security.create_token("bob"))
    r = post(client, f"/web/ventures/acme/entries/{number}/approve?lang=fr", {})
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("text/html"), r.text
    assert number in unescape(r.text) and 'lang="fr"' in r.text
