"""A name that shows nothing is as missing as an empty one.

A profile, an account, an event or a venture named with zero-width spaces (U+200B), a
word joiner, a soft hyphen or a Hangul filler (U+3164) passed every check (they are not
spaces, and not the control characters refused already): every page and list then showed
a member, an event or a venture with no name, and ``offers`` of zero-width spaces matched
nobody, silently. The domain's one rule (:func:`matcher.errors.blank`) now treats such
text as empty: required fields are refused naming the field; an optional name is empty
(a venture with a chosen id then goes by its id), and a rejection needs a real reason.
"""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over
from tests.ventures import venture

INVISIBLE = ["\u200b", "\u200b\u200d\u2060\ufeff", "\u00ad", "\u3164", " \u3000\u200b "]


@pytest.fixture
def api(community: Community) -> tuple[TestClient, dict[str, str]]:
    venture(community.equity, "acme", "ana", "bob", name="Acme", require_approval=True)
    return client_over(community), {
        "Authorization": f"Bearer {community.security.create_token('ana')}"
    }


@pytest.mark.parametrize("text", INVISIBLE)
@pytest.mark.parametrize("field", ["name", "offers", "needs"])
def test_a_profile_field_of_invisible_characters_is_refused(
    api: tuple[TestClient, dict[str, str]], field: str, text: str
) -> None:
    client, auth = api
    body = {"id": "zed", "name": "Zed", "offers": "python", "needs": "sales"} | {field: text}
    r = client.post("/profiles", json=body)
    assert r.status_code == 422, r.text
    assert r.json()["field"] == field
    r = client.patch("/profiles/ana", json={field: text}, headers=auth)
    assert r.status_code == 422 and r.json()["field"] == field
    assert client.get("/profiles/ana", headers=auth).json()["name"] == "Ana"


@pytest.mark.parametrize("text", INVISIBLE)
def test_an_account_named_with_invisible_characters_is_refused(
    api: tuple[TestClient, dict[str, str]], text: str
) -> None:
    client, _ = api
    r = client.post(
        "/accounts",
        json={"name": text, "email": "zed@example.org", "password": "correct horse battery"},
    )
    assert r.status_code == 422 and r.json()["field"] == "name"


def test_an_event_or_a_venture_named_with_invisible_characters(
    api: tuple[TestClient, dict[str, str]],
) -> None:
    client, auth = api
    r = client.post("/events", json={"name": "\u200b\u200b"}, headers=auth)
    assert r.status_code == 422 and r.json()["field"] == "name"
    r = client.post("/ventures", json={"name": "\u200b"}, headers=auth)
    assert r.status_code == 422 and r.json()["field"] == "name"
    r = client.post(
        "/ventures",
        json={"id": "v4", "name": "\u2060\u200b"},
        headers=auth | {"Idempotency-Key": uuid.uuid4().hex},
    )
    assert r.status_code == 201 and r.json()["name"] == ""  # goes by its id, as with no name


def test_a_rejection_needs_a_reason_people_can_read(
    api: tuple[TestClient, dict[str, str]], community: Community
) -> None:
    client, auth = api
    r = client.post(
        "/ventures/acme/entries",
        json={"member": "ana", "kind": "cash", "on": "2024-01-01", "amount": "10"},
        headers=auth | {"Idempotency-Key": uuid.uuid4().hex},
    )
    assert r.status_code == 201 and r.json()["state"] == "pending"
    bob = {"Authorization": f"Bearer {community.security.create_token('bob')}"}
    r = client.post("/ventures/acme/entries/1/reject", json={"reason": "\u200b"}, headers=bob)
    assert r.status_code == 422 and r.json()["field"] == "reason"
    assert client.get("/ventures/acme/ledger", headers=auth).json()[0]["state"] == "pending"


@pytest.mark.parametrize("text", INVISIBLE)
def test_a_message_of_invisible_characters_is_empty(
    api: tuple[TestClient, dict[str, str]], community: Community, text: str
) -> None:
    client, auth = api
    bob = {"Authorization": f"Bearer {community.security.create_token('bob')}"}
    r = client.post("/me/introductions", json={"target": "bob", "message": "hi"}, headers=auth)
    intro = r.json()["id"]
    r = client.post(f"/me/introductions/{intro}/answer", json={"accept": True}, headers=bob)
    assert r.status_code == 200, r.text
    r = client.post(f"/me/threads/{intro}/messages", json={"text": text}, headers=auth)
    assert r.status_code == 422 and r.json()["field"] == "text", r.text
    assert client.get(f"/me/threads/{intro}", headers=bob).json()["messages"] == []


@pytest.mark.parametrize("text", INVISIBLE)
def test_a_project_or_skill_of_invisible_characters_is_missing(
    community: Community, text: str
) -> None:
    """A collaboration's project and an endorsement's skill follow the same rule: a member
    could confirm a collaboration on a project with no name, or vouch for a blank skill."""
    from matcher.access import Actor
    from matcher.errors import InvalidInput

    with pytest.raises(InvalidInput) as refused:
        community.trust.propose_collaboration("ana", "bob", text, "2024-01-01", actor=Actor("ana"))
    assert refused.value.field == "project"
    with pytest.raises(InvalidInput) as refused:
        community.trust.endorse("ana", "bob", text, actor=Actor("ana"))
    assert refused.value.field == "skill"
    assert community.trust.store.endorsements() == []
