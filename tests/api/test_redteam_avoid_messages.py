"""A partner turned hostile: once a member avoids someone (either way), that person's messages
no longer reach them, in a conversation opened before: no notice, no inbox item, no e-mail,
not shown and not counted unread (the avoid list stays private: the writer is not told)."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from matcher.loop import MessageNotice
from tests.api.test_people_messages import Headers, accepted, client, h

__all__ = ["client", "h"]  # the fixtures


def test_an_avoided_partner_no_longer_reaches_the_member(
    client: TestClient, h: Headers, community: Community
) -> None:
    sent: list[MessageNotice] = []
    community.messages.notify = sent.append
    thread = accepted(client, h)
    client.post(f"/me/threads/{thread}/messages", json={"text": "hello"}, headers=h["ana"])
    client.get(f"/me/threads/{thread}", headers=h["bob"])  # bob read it
    sent.clear()
    assert client.put("/me/avoid/ana", headers=h["bob"]).status_code in (200, 204)
    r = client.post(f"/me/threads/{thread}/messages", json={"text": "answer me"}, headers=h["ana"])
    assert r.status_code == 201, r.text  # the writer is not told
    assert sent == []
    assert not [i for i in community.inbox.items("bob", actor=Actor("bob")) if i.kind == "message"][
        1:
    ]  # only the notice of the first message
    for t in client.get("/me/threads", headers=h["bob"]).json():
        assert t["unread"] == 0
    bodies = [
        m["body"] for m in client.get(f"/me/threads/{thread}", headers=h["bob"]).json()["messages"]
    ]
    assert "answer me" not in bodies


def test_an_avoided_partner_does_not_move_the_conversation_up(
    client: TestClient, h: Headers, community: Community
) -> None:
    thread = accepted(client, h)
    client.post(f"/me/threads/{thread}/messages", json={"text": "hello"}, headers=h["ana"])
    before = client.get("/me/threads", headers=h["bob"]).json()[0]["last_at"]
    client.put("/me/avoid/ana", headers=h["bob"])
    community.messages.clock = lambda: community.trust.clock() + dt.timedelta(hours=1)
    client.post(f"/me/threads/{thread}/messages", json={"text": "again"}, headers=h["ana"])
    assert client.get("/me/threads", headers=h["bob"]).json()[0]["last_at"] in (before, None)
