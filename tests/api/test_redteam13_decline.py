"""A decline names the proposal it answers: one sent for an end since declined never
declines the proposal now open.

Ana proposed to end the venture on 1 June; Bob read it (his page's decline form, his
script's ``GET /ventures/{id}/end``); Cy declined it, and Ana proposed 1 March instead.
Bob's decline, written against 1 June and sent now, declined 1 March, a proposal he never
read: the decline form carried no proposal and the API took none. Now both name it
(``proposal``, as the confirmation does) and a stale one is refused (409, field
``proposal``, naming the day now proposed); without it, as scripts written before, the
decline answers the proposal open.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from matcher.errors import Conflict
from tests.apps import client_over
from tests.ventures import venture

Auth = dict[str, dict[str, str]]


@pytest.fixture
def api(community: Community) -> tuple[TestClient, Auth]:
    venture(community.equity, "acme", "ana", "bob", "cy", name="Acme")
    auth = {
        p: {"Authorization": f"Bearer {community.security.create_token(p)}"}
        for p in ("ana", "bob", "cy")
    }
    return client_over(community), auth


def test_a_decline_of_a_proposal_since_declined_declines_no_other(
    api: tuple[TestClient, Auth], community: Community
) -> None:
    client, auth = api
    june = client.post("/ventures/acme/end", json={"on": "2024-06-01"}, headers=auth["ana"])
    read = june.json()["proposal"]
    r = client.post("/ventures/acme/end/decline", json={"reason": "no"}, headers=auth["cy"])
    assert r.status_code == 200, r.text
    march = client.post("/ventures/acme/end", json={"on": "2024-03-01"}, headers=auth["ana"])
    assert march.status_code == 200 and march.json()["proposal"] != read
    stale = {"reason": "not in June", "proposal": read}
    r = client.post("/ventures/acme/end/decline", json=stale, headers=auth["bob"])
    assert r.status_code == 409, r.text
    body = r.json()
    assert body["field"] == "proposal" and "2024-03-01" in body["detail"] and body["hint"]
    record = community.equity.end_record("acme", actor=Actor("bob"))
    assert record is not None and record.status == "proposed"
    assert record.on.isoformat() == "2024-03-01"
    fresh = {"reason": "not in March either", "proposal": march.json()["proposal"]}
    r = client.post("/ventures/acme/end/decline", json=fresh, headers=auth["bob"])
    assert r.status_code == 200 and r.json()["status"] == "declined", r.text


def test_a_decline_without_a_proposal_answers_the_one_open(
    api: tuple[TestClient, Auth],
) -> None:
    client, auth = api
    client.post("/ventures/acme/end", json={"on": "2024-06-01"}, headers=auth["ana"])
    r = client.post("/ventures/acme/end/decline", json={"reason": "no"}, headers=auth["bob"])
    assert r.status_code == 200 and r.json()["status"] == "declined", r.text


def test_the_service_declines_only_the_proposal_named(community: Community) -> None:
    venture(community.equity, "acme", "ana", "bob", "cy", name="Acme")
    first = community.loop.end_venture("acme", None, actor=Actor("ana")).end.id
    community.loop.decline_end("acme", "no", actor=Actor("cy"))
    community.loop.end_venture("acme", None, actor=Actor("ana"))
    with pytest.raises(Conflict, match="no longer proposed") as caught:
        community.loop.decline_end("acme", "late", proposal=first, actor=Actor("bob"))
    assert caught.value.field == "proposal"
