"""A venture with an erased member can still end.

An erased member stays in the ledger under a pseudonym (``former-member-...``) that has no
profile and nobody to sign in as. The end of a venture waited for every current member's
confirmation, the pseudonym's included: an end proposed before or after the erasure stayed
"proposed" for ever, and the ledger stayed locked ("waiting for former-member-..."); the
only way out was to record a departure for the pseudonym, whose recovery rules change the
erased member's slices. Now an erasure withdraws an open proposal (the ledger its members
confirmed named the person: its hash changed), and an end waits only for members who can
confirm.
"""

from __future__ import annotations

import html
import io
import re
import uuid

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over
from tests.ventures import venture
from tests.web.pages import sign_in


@pytest.fixture
def api(community: Community) -> tuple[TestClient, dict[str, dict[str, str]]]:
    venture(community.equity, "acme", "ana", "bob", "dan", name="Acme")
    auth = {
        p: {"Authorization": f"Bearer {community.security.create_token(p)}"}
        for p in ("ana", "bob", "dan")
    }
    return client_over(community), auth


def _post(client: TestClient, path: str, body: dict[str, str], auth: dict[str, str]) -> dict:
    r = client.post(path, json=body, headers=auth | {"Idempotency-Key": uuid.uuid4().hex})
    assert r.status_code in (200, 201), r.text
    return dict(r.json())


def test_an_end_proposed_before_an_erasure_is_withdrawn_and_proposed_again(
    api: tuple[TestClient, dict[str, dict[str, str]]],
) -> None:
    client, auth = api
    _post(
        client,
        "/ventures/acme/entries",
        {"member": "dan", "kind": "cash", "on": "2024-01-01", "amount": "10"},
        auth["dan"],
    )
    end = _post(client, "/ventures/acme/end", {"on": "2024-06-01"}, auth["ana"])
    _post(client, "/ventures/acme/end/confirm", {"ledger_hash": end["ledger_hash"]}, auth["bob"])
    assert client.delete("/me", headers=auth["dan"]).status_code == 200

    r = client.get("/ventures/acme/end", headers=auth["ana"])
    assert r.status_code == 409  # withdrawn: nothing waits for the erased member
    entry = {"member": "ana", "kind": "cash", "on": "2024-05-01", "amount": "5"}
    _post(client, "/ventures/acme/entries", entry, auth["ana"])  # the ledger is open again

    end = _post(client, "/ventures/acme/end", {"on": "2024-06-01"}, auth["ana"])
    assert end["status"] == "proposed" and end["waiting"] == ["bob"]
    done = _post(
        client, "/ventures/acme/end/confirm", {"ledger_hash": end["ledger_hash"]}, auth["bob"]
    )
    assert done["status"] == "ended" and done["waiting"] == []


def test_an_end_proposed_after_an_erasure_waits_only_for_who_can_confirm(
    api: tuple[TestClient, dict[str, dict[str, str]]],
) -> None:
    client, auth = api
    assert client.delete("/me", headers=auth["bob"]).status_code == 200
    assert client.delete("/me", headers=auth["dan"]).status_code == 200
    end = _post(client, "/ventures/acme/end", {"on": "2024-06-01"}, auth["ana"])
    assert end["status"] == "ended"  # nobody else can confirm: the owner's proposal ends it


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "a member's data was erased"),
        ("fr", "les données d'un membre ont été effacées"),
    ],
)
def test_a_signed_ledger_rewritten_by_an_erasure_says_so(
    api: tuple[TestClient, dict[str, dict[str, str]]],
    community: Community,
    lang: str,
    says: str,
) -> None:
    """An erasure after the end rewrites the ledger (the person's id becomes a pseudonym,
    their notes go), so its SHA-256 changes: the split document printed the new hash under
    the members' confirmations of the old one, with nothing to say why, as a forged ledger
    would look. It now says that a member's data was erased since (split unchanged)."""
    pypdf = pytest.importorskip("pypdf")
    client, auth = api
    entry = {"member": "dan", "kind": "cash", "on": "2024-01-01", "amount": "10", "note": "x"}
    _post(client, "/ventures/acme/entries", entry, auth["dan"])
    end = _post(client, "/ventures/acme/end", {"on": "2024-06-01"}, auth["ana"])
    for who in ("bob", "dan"):
        _post(client, "/ventures/acme/end/confirm", {"ledger_hash": end["ledger_hash"]}, auth[who])

    def text() -> str:
        r = client.get(f"/ventures/acme/split.pdf?lang={lang}", headers=auth["ana"])
        assert r.status_code == 200, r.text
        pages = pypdf.PdfReader(io.BytesIO(r.content)).pages
        return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))

    assert says not in text()  # signed and untouched: nothing to explain
    assert client.delete("/me", headers=auth["dan"]).status_code == 200
    shown = text()
    assert says in shown
    web = client_over(community, headers={"Accept-Language": lang})
    sign_in(web, community.security.create_token("ana"))
    page = web.get("/web/ventures/acme")
    assert page.status_code == 200 and says in html.unescape(page.text)
