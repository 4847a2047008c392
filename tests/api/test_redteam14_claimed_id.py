"""A claim never leaves an account's records behind, and a newcomer never inherits an id
that records still name.

ana signed up (id ``ana``), asked to meet bob, put bob on her avoid list and saved him, then
claimed a profile made through the API (``POST /me/claim``): her account took that profile's
id, ``zed``, but her request, avoid list and marks stayed under ``ana``, lost to her (bob
back in her suggestions) and out of reach of her erasure. The next person to sign up as
"Ana" got the id ``ana`` and, with it, ana's private avoid list and marks and her pending
request to bob: had bob accepted, the newcomer would have had his contact details.

Such a claim is now refused (409, field ``claim``, in the page's language), nothing moved;
and a new account's id is one that no record names.
"""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.api.test_accounts_api import PASSWORD, signed_up
from tests.apps import client_over
from tests.support import accounts_community
from tests.web.pages import post


@pytest.fixture
def c() -> Community:
    c = accounts_community()
    c.profiles.import_profiles([{"id": "bob", "name": "Bob", "offers": "o", "needs": "n"}])
    return c


def made_by_script(api: TestClient, pid: str) -> str:
    """A profile made through the API; its token."""
    r = api.post("/profiles", json={"id": pid, "name": "Zed", "offers": "o", "needs": "n"})
    assert r.status_code == 201, r.text
    return str(r.json()["token"])


def test_a_claim_that_would_leave_records_behind_is_refused(c: Community) -> None:
    api = client_over(c)
    ana = signed_up(api, "Ana", "ana@example.org")
    assert api.put("/me/avoid/bob", headers=ana).status_code == 200
    assert api.put("/me/marks/bob", json={"mark": "saved"}, headers=ana).status_code == 200
    token = made_by_script(api, "zed")

    r = api.post("/me/claim", json={"token": token}, headers=ana)
    assert r.status_code == 409, r.text
    body = r.json()
    assert body["field"] == "claim" and "avoid list" in body["detail"] and body["hint"]
    assert api.get("/me/account", headers=ana).json()["id"] == "ana"  # nothing moved
    assert api.get("/me/avoid", headers=ana).json()["avoid"] == ["bob"]
    assert c.accounts.store.get("zed") is None

    # emptied, the claim goes through
    assert api.delete("/me/avoid/bob", headers=ana).status_code == 200
    assert api.delete("/me/marks/bob", headers=ana).status_code == 204
    r = api.post("/me/claim", json={"token": token}, headers=ana)
    assert r.status_code == 200 and r.json()["id"] == "zed", r.text


@pytest.mark.parametrize(
    ("lang", "says"),
    [("en", "would leave behind"), ("fr", "laisserait derrière lui")],
)
def test_the_account_page_says_why_in_its_language(c: Community, lang: str, says: str) -> None:
    client = client_over(c)
    form = {"name": "Ana", "email": "ana@example.org", "password": PASSWORD}
    assert post(client, "/web/signup", form).status_code == 303
    c.trust.avoid("ana", "bob", actor=Actor("ana"))  # as PUT /me/avoid/bob does
    token = made_by_script(client_over(c), "zed")
    r = post(client, f"/web/account/claim?lang={lang}", {"token": token})
    said = " ".join(re.findall(r'<p class="error"[^>]*>(.*?)</p>', unescape(r.text), re.S))
    assert r.status_code == 409 and says in said, said


def test_a_new_account_never_takes_an_id_records_still_name(c: Community) -> None:
    api = client_over(c)
    ana = signed_up(api, "Ana", "ana@example.org")
    assert api.put("/me/avoid/bob", headers=ana).status_code == 200
    assert api.put("/me/marks/bob", json={"mark": "saved"}, headers=ana).status_code == 200
    with c.db.transaction():  # what a claim did before it checked: the account moved alone
        c.accounts.store.rekey("ana", "zed")

    newcomer = signed_up(api, "Ana", "other-ana@example.org")
    assert api.get("/me/account", headers=newcomer).json()["id"] == "ana-2"
    assert api.get("/me/avoid", headers=newcomer).json()["avoid"] == []
    assert api.get("/me/marks", headers=newcomer).json() == {}
    # an id nothing names is still given as it is
    cy = signed_up(api, "Cy", "cy@example.org")
    assert api.get("/me/account", headers=cy).json()["id"] == "cy"
