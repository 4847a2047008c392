"""The right of access needs no profile: a member who signed up and has not made their
profile yet downloads what cofoundry holds about them (account, address, invitations,
e-mail choices, tokens), through the API and the account page.

``GET /me/export`` answered 404 "no profile 'ana'" although the account, its address, its
sessions, tokens and invitations were all held (and ``DELETE /me`` erased them): the
account page hid the link and sent the member to make a profile, i.e. to give more data
before seeing what was held. The export now has ``profile: null`` and everything else.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from matcher.access import ADMIN
from matcher.community import Community
from matcher.errors import UnknownProfile
from tests.api.test_accounts_api import signed_up
from tests.apps import client_over
from tests.support import accounts_community


def test_an_account_without_a_profile_exports_its_data() -> None:
    c: Community = accounts_community()
    api: TestClient = client_over(c)
    ana = signed_up(api, "Ana", "ana@example.org")
    r = api.post("/me/invitations", json={"days": 7, "label": "for bob"}, headers=ana)
    assert r.status_code == 201, r.text

    r = api.get("/me/export", headers=ana)
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["person"] == "ana"
    assert data["profile"] is None and data["created_at"] is None
    assert data["features"]["accounts"]["account"]["email"] == "ana@example.org"
    assert [i["label"] for i in data["features"]["accounts"]["invitations"]] == ["for bob"]
    assert [t["label"] for t in data["tokens"]] == ["sign-in"]
    assert data["collaborations"] == [] and data["introductions"] == []

    # once the profile is made, it is in the export; nobody is still nobody
    c.profiles.create_profile({"id": "ana", "name": "Ana", "offers": "o", "needs": "n"})
    assert api.get("/me/export", headers=ana).json()["profile"]["name"] == "Ana"
    with pytest.raises(UnknownProfile):
        c.privacy.export("nobody", actor=ADMIN)
