"""Nobody steps into an erased member's place by taking their pseudonym as an id.

bob put 1,000 in cash into acme (4,000 slices) and erased his account: the ledger keeps his
slices under a pseudonym, ``former-member-`` and 12 hex digits, which every member of the
venture reads. ``POST /profiles`` with that id (or a sign-up named "Former Member ...", whose
id comes from the name) made a profile that *was* that venture member: it read the venture
and held bob's 4,000 slices (100 % of the pie), a partner's second account included. Ids
starting with ``former-member-`` are now kept for erased members: a profile's is refused
(422 naming it), an account's is never picked from a name.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from matcher.errors import ImportFailed
from matcher.ids import PSEUDONYM_PREFIX
from tests.apps import client_over
from tests.support import accounts_community
from tests.ventures import venture


def test_an_erased_members_pseudonym_cannot_be_taken() -> None:
    c: Community = accounts_community()
    api: TestClient = client_over(c)
    venture(c.equity, "acme", "ana", "bob", name="Acme")
    ana = {"Authorization": f"Bearer {c.security.create_token('ana')}"}
    bob = {"Authorization": f"Bearer {c.security.create_token('bob')}"}
    entry = {"member": "bob", "kind": "cash", "on": "2024-01-02", "amount": "1000"}
    r = api.post("/ventures/acme/entries", json=entry, headers=bob | {"Idempotency-Key": "k"})
    assert r.status_code == 201, r.text
    assert api.delete("/me", headers=bob).status_code == 200
    [former] = [m for m in api.get("/ventures/acme", headers=ana).json()["members"] if m != "ana"]
    assert former.startswith(PSEUDONYM_PREFIX)

    r = api.post("/profiles", json={"id": former, "name": "Mallory", "offers": "o", "needs": "n"})
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["field"] == "id" and body["value"] == former
    assert PSEUDONYM_PREFIX in body["detail"] and body["hint"] == "choose another id"
    with pytest.raises(ImportFailed):
        c.profiles.import_profiles([{"id": former, "name": "M", "offers": "o", "needs": "n"}])
    assert c.profiles.store.get_profile(former) is None

    # a sign-up named like the pseudonym gets another id
    account = c.accounts.sign_up(
        "Former Member " + former[len(PSEUDONYM_PREFIX) :], "m@example.org", "correct horse battery"
    )
    assert not account.id.startswith(PSEUDONYM_PREFIX)
    split = {
        m["member"]: m["percent"]
        for m in api.get("/ventures/acme/split", headers=ana).json()["members"]
    }
    assert split == {"ana": "0.00", former: "100.00"}
