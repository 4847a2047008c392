"""Sign-up invitations: a member's link that lets newcomers sign up, limited in time and in
uses, revocable; a community may require one (``invite_only``). Through the domain, the
pages and the API; covered by export and erasure."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from embeddings.encoder import FakeEncoder
from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.errors import Conflict, InvalidInput, NotAllowed, UnknownItem
from tests.apps import app_over, client_over
from tests.support import CHEAP, Clock, accounts_community
from tests.web.pages import post

PASSWORD = "correct horse battery"


@pytest.fixture
def clock() -> Clock:
    return Clock()


def build(clock: Clock, *, invite_only: bool = False) -> Community:
    c = Community(
        ":memory:",
        FakeEncoder(dim=32),
        clock=clock,
        accounts=dataclasses.replace(CHEAP, invite_only=invite_only),
    )
    c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)
    return c


def test_an_invitation_lets_as_many_sign_up_as_it_allows_until_it_expires(clock: Clock) -> None:
    c = build(clock)
    inv = c.accounts.invite("ana", days=7, uses=2, label="meetup", actor=Actor("ana"))
    assert inv.state(clock.now) == "open" and inv.expires_at == clock.now + dt.timedelta(days=7)
    c.accounts.sign_up("Bob", "bob@example.org", PASSWORD, invitation=inv.code)
    c.accounts.sign_up("Cyd", "cyd@example.org", PASSWORD, invitation=inv.code)
    with pytest.raises(Conflict, match="this invitation is used up"):
        c.accounts.sign_up("Dan", "dan@example.org", PASSWORD, invitation=inv.code)
    assert c.accounts.store.get("dan") is None  # refused whole: no account without a use
    [listed] = c.accounts.invitations("ana", actor=Actor("ana"))
    assert listed.uses == 2 and listed.state(clock.now) == "used up"
    assert c.accounts.store.invited_with("bob") == (inv.id, "ana")
    other = c.accounts.invite("ana", days=1, actor=Actor("ana"))
    clock.now += dt.timedelta(days=1)
    with pytest.raises(Conflict, match="expired"):
        c.accounts.sign_up("Eve", "eve@example.org", PASSWORD, invitation=other.code)


def test_a_revoked_invitation_stops_at_once_and_only_its_maker_revokes(clock: Clock) -> None:
    c = build(clock)
    c.accounts.sign_up("Bob", "bob@example.org", PASSWORD)
    inv = c.accounts.invite("ana", actor=Actor("ana"))
    with pytest.raises(NotAllowed):
        c.accounts.invite("ana", actor=Actor("bob"))
    with pytest.raises(UnknownItem):  # Bob cannot revoke Ana's (as if it did not exist)
        c.accounts.revoke_invitation("bob", inv.id, actor=Actor("bob"))
    assert c.accounts.revoke_invitation("ana", inv.id, actor=Actor("ana")).revoked_at
    with pytest.raises(Conflict, match="revoked"):
        c.accounts.invitation(inv.code)
    with pytest.raises(UnknownItem, match="no such invitation"):
        c.accounts.invitation("made-up")
    assert c.accounts.invite("ana", actor=ADMIN).created_by == "ana"  # an admin, for her


@pytest.mark.parametrize(
    ("days", "uses", "field"),
    [(0, None, "days"), (91, None, "days"), (7, 0, "uses"), ("x", 2, "days")],
)
def test_an_invitations_terms_are_checked(
    clock: Clock, days: object, uses: object, field: str
) -> None:
    c = build(clock)
    with pytest.raises(InvalidInput) as refused:
        c.accounts.invite("ana", days=days, uses=uses, actor=Actor("ana"))
    assert refused.value.field == field


def test_an_invite_only_community_needs_an_open_invitation(clock: Clock) -> None:
    c = accounts_community(clock=clock)
    c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)  # the first member, before the rule
    closed = Community(
        c.db,
        FakeEncoder(dim=32),
        clock=clock,
        accounts=dataclasses.replace(CHEAP, invite_only=True),
    )
    with pytest.raises(InvalidInput, match="joined by invitation") as refused:
        closed.accounts.sign_up("Bob", "bob@example.org", PASSWORD)
    assert refused.value.field == "invitation"
    inv = closed.accounts.invite("ana", uses=1, actor=Actor("ana"))
    web = client_over(closed)
    page = web.get("/web/signup").text
    assert "joined by invitation" in page and 'action="/web/signup"' not in page
    r = post(web, "/web/signup", {"name": "Cyd", "email": "cyd@example.org", "password": PASSWORD})
    assert r.status_code == 422 and "joined by invitation" in r.text
    assert 'action="/web/signup"' in web.get(f"/web/join/{inv.code}").text
    assert closed.accounts.sign_up("Bob", "bob@example.org", PASSWORD, invitation=inv.code)


def test_invitations_are_exported_and_erased_with_their_maker(clock: Clock) -> None:
    c = build(clock)
    inv = c.accounts.invite("ana", label="meetup", actor=Actor("ana"))
    c.accounts.sign_up("Bob", "bob@example.org", PASSWORD, invitation=inv.code)
    c.profiles.import_profiles(
        [
            {"id": "ana", "name": "Ana", "offers": "o", "needs": "n"},
            {"id": "bob", "name": "Bob", "offers": "o", "needs": "n"},
        ]
    )
    mine = c.privacy.export("ana", actor=Actor("ana")).features["accounts"]
    assert [i["label"] for i in mine["invitations"]] == ["meetup"]  # type: ignore[index]
    assert (
        c.privacy.export("bob", actor=Actor("bob")).features["accounts"]["invited_with"] == inv.id
    )  # type: ignore[index]
    c.privacy.erase("ana", actor=Actor("ana"))
    for table in ("invitations", "invitation_uses"):
        assert c.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    with pytest.raises(UnknownItem):
        c.accounts.invitation(inv.code)


def test_the_pages_make_share_and_revoke_a_link(clock: Clock) -> None:
    c = build(clock)
    app = app_over(c)
    ana = TestClient(app)
    r = post(ana, "/web/signin", {"email": "ana@example.org", "password": PASSWORD})
    assert r.status_code == 303
    r = post(ana, "/web/account/invitations", {"days": "3", "uses": "1", "label": "March"})
    assert r.status_code == 303 and r.headers["location"].endswith("#invitations")
    page = unescape(ana.get("/web/account").text)
    # COFOUNDRY_PUBLIC_URL unset: the link starts with the address the page was reached at
    link = re.search(r'value="http://testserver(/web/join/[\w-]+)"', page)
    assert link is not None and "sign-ups: 0 of 1" in page
    assert post(ana, "/web/account/invitations", {"days": "365"}).status_code == 422
    newcomer = TestClient(app)
    form = newcomer.get(link.group(1)).text
    assert "Ana invited you to join cofoundry." in unescape(form)
    code = link.group(1).rsplit("/", 1)[1]
    data = {"name": "Bob", "email": "bob@example.org", "password": PASSWORD, "invitation": code}
    r = post(newcomer, "/web/signup", data)
    assert r.status_code == 303 and r.headers["location"] == "/web/profile/new"
    late = TestClient(app)
    assert late.get(link.group(1)).status_code == 409  # used up: the page says so
    data = {"name": "Cyd", "email": "cyd@example.org", "password": PASSWORD, "invitation": code}
    r = post(late, "/web/signup", data)
    assert r.status_code == 409 and "used up" in unescape(r.text)
    assert c.accounts.store.get("cyd") is None
    inv2 = c.accounts.invite("ana", actor=Actor("ana"))
    r = post(ana, f"/web/account/invitations/{inv2.id}/revoke")
    assert r.status_code == 303
    assert TestClient(app).get(f"/web/join/{inv2.code}").status_code == 409


def test_the_api_makes_lists_and_revokes_invitations(clock: Clock) -> None:
    c = build(clock)
    api = client_over(c)
    token = c.security.create_token("ana", label="t")
    auth = {"Authorization": f"Bearer {token}"}
    r = api.post("/me/invitations", json={"days": 2, "uses": 1}, headers=auth)
    assert r.status_code == 201 and r.json()["state"] == "open"
    code, inv_id = r.json()["code"], r.json()["id"]
    assert api.post("/me/invitations", json={"days": 0}, headers=auth).status_code == 422
    r = api.post(
        "/accounts",
        json={"name": "Bob", "email": "bob@example.org", "password": PASSWORD, "invitation": code},
    )
    assert r.status_code == 201
    [listed] = api.get("/me/invitations", headers=auth).json()
    assert listed["uses"] == 1 and listed["state"] == "used up"
    assert api.delete(f"/me/invitations/{inv_id}", headers=auth).status_code == 204
    assert api.delete("/me/invitations/inv_nope", headers=auth).status_code == 404
    assert api.get("/me/invitations").status_code == 401
