"""An owner's second account made owner cannot bring in a third that approves the owner.

In a venture whose entries need another member's approval, ana (an owner, with bob) invited
an account of her own, ana2: unseconded, ana2 may not approve ana's entries. But ana could
name ana2 an owner at once; ana2 then invited ana3, whom nobody but ana2 vouched for, and
ana3's approval counted for ana's 1,000,000 cash entry (ana3 was added by ana2, not by ana,
so the "added alone by the author" rule did not see it): ana's share moved without bob.

A member who joined on one member's word alone, unseconded, vouches for nobody: they are not
named owner until another member seconds them (403 naming why and the fix), and an owner
in that state invites nobody (an owner so named before this rule).
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over
from tests.ventures import join, person, venture
from tests.web.pages import sign_in

Auth = dict[str, dict[str, str]]


@pytest.fixture
def api(community: Community) -> tuple[TestClient, Auth]:
    venture(community.equity, "acme", "ana", "bob", name="Acme", require_approval=True)
    for pid in ("ana2", "ana3"):
        person(community.equity, pid)
    join(community.equity, "acme", "ana2", by="ana")
    auth = {
        p: {"Authorization": f"Bearer {community.security.create_token(p)}"}
        for p in ("ana", "bob", "ana2", "ana3")
    }
    return client_over(community), auth


def test_an_unseconded_member_is_not_named_owner(api: tuple[TestClient, Auth]) -> None:
    client, auth = api
    r = client.post("/ventures/acme/owners", json={"member": "ana2"}, headers=auth["ana"])
    assert r.status_code == 403, r.text
    body = r.json()
    assert body["field"] == "member" and body["value"] == "ana2"
    assert "'ana2'" in body["detail"] and "seconded" in body["detail"]
    assert "second" in body["hint"]
    view = client.get("/ventures/acme", headers=auth["bob"]).json()
    assert "ana2" not in view["owners"]


def test_an_owner_chain_does_not_approve_the_owner(
    api: tuple[TestClient, Auth], community: Community
) -> None:
    """The attack end to end, with an owner named before the rule (as the database may hold
    one): the unseconded owner's invitation is refused, so no third account approves."""
    client, auth = api
    with community.db.transaction():  # named owner before the rule existed
        community.equity.store.make_owner("acme", "ana2")
    r = client.post("/ventures/acme/members", json={"member": "ana3"}, headers=auth["ana2"])
    assert r.status_code == 403, r.text
    body = r.json()
    assert body["field"] == "member" and "'ana2'" in body["detail"] and body["hint"]
    assert "ana3" not in community.equity.view("acme", actor=Actor("bob")).roles.invited


def test_once_seconded_the_member_is_named_owner_and_invites(
    api: tuple[TestClient, Auth],
) -> None:
    client, auth = api
    assert client.post("/ventures/acme/members/ana2/second", headers=auth["bob"]).status_code == 200
    r = client.post("/ventures/acme/owners", json={"member": "ana2"}, headers=auth["ana"])
    assert r.status_code == 200, r.text
    r = client.post("/ventures/acme/members", json={"member": "ana3"}, headers=auth["ana2"])
    assert r.status_code == 201, r.text


def test_the_page_offers_no_owner_button_for_an_unseconded_member(
    api: tuple[TestClient, Auth], community: Community
) -> None:
    client, _ = api
    sign_in(client, community.security.create_token("ana"))
    page = client.get("/web/ventures/acme?lang=en")
    assert page.status_code == 200
    form = page.text.split('action="/web/ventures/acme/owners?lang=en"')[1].split("</form>")[0]
    assert 'value="bob"' in form and 'value="ana2"' not in form
