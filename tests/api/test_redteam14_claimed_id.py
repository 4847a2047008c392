"""A newcomer never inherits what an account left under the id it had before a claim.

ana signed up (id ``ana``), asked to meet bob, put bob on her avoid list and saved him, then
claimed a profile made through the API (``POST /me/claim``): her account took that profile's
id, ``zed``, but her request, avoid list and marks stayed under ``ana``. The next person to
sign up as "Ana" got the id ``ana`` and, with it, ana's private avoid list and marks and her
pending request to bob: had bob accepted, the newcomer would have had his contact details.
A new account's id is now one that no record names.
"""

from __future__ import annotations

from fastapi.testclient import TestClient

from matcher.community import Community
from tests.api.test_accounts_api import signed_up
from tests.apps import client_over
from tests.support import accounts_community


def test_a_new_account_never_takes_an_id_records_still_name() -> None:
    c: Community = accounts_community()
    api: TestClient = client_over(c)
    ana = signed_up(api, "Ana", "ana@example.org")
    c.profiles.import_profiles([{"id": "bob", "name": "Bob", "offers": "o", "needs": "n"}])
    r = api.post("/me/introductions", json={"target": "bob", "message": "hi"}, headers=ana)
    assert r.status_code == 201, r.text
    assert api.put("/me/avoid/bob", headers=ana).status_code == 200
    assert api.put("/me/marks/bob", json={"mark": "saved"}, headers=ana).status_code == 200
    made = api.post("/profiles", json={"id": "zed", "name": "Zed", "offers": "o", "needs": "n"})
    r = api.post("/me/claim", json={"token": made.json()["token"]}, headers=ana)
    assert r.status_code == 200 and r.json()["id"] == "zed", r.text

    newcomer = signed_up(api, "Ana", "other-ana@example.org")
    assert api.get("/me/account", headers=newcomer).json()["id"] == "ana-2"
    assert api.get("/me/introductions", headers=newcomer).json() == []
    assert api.get("/me/avoid", headers=newcomer).json()["avoid"] == []
    assert api.get("/me/marks", headers=newcomer).json() == {}
    # an id nothing names is still given as it is
    assert (
        api.get("/me/account", headers=signed_up(api, "Cy", "cy@example.org")).json()["id"] == "cy"
    )
