"""Every write runs inside ``BEGIN IMMEDIATE`` ... ``COMMIT``: checked on the SQL itself.

SQLite's trace callback sees every statement the store sends. A walk through the write
routes of the API (sign-up with an idempotency key, update, avoid lists, tokens, a throttled
bad token, ventures and ledger entries, collaborations, endorsements, introductions,
erasure) must send no INSERT, UPDATE, DELETE or REPLACE outside such a transaction.
"""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from matcher.community import Community
from matcher.security import new_token
from tests.api.test_http import bearer
from tests.conftest import person

WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


def test_every_write_of_the_api_is_in_a_begin_immediate_transaction(community: Community) -> None:
    client = TestClient(
        create_app(
            Settings(db=":memory:", encoder="fake", warm_on_start=False), community=community
        )
    )
    state = {"open": False, "writes": 0}
    outside: list[str] = []

    def trace(sql: str) -> None:
        head = sql.strip().upper()
        if head.startswith("BEGIN"):
            assert head == "BEGIN IMMEDIATE", sql
            state["open"] = True
        elif head.startswith(("COMMIT", "ROLLBACK")):
            state["open"] = False
        elif WRITE.match(sql):
            state["writes"] += 1
            if not state["open"]:
                outside.append(sql)

    community.db.conn.set_trace_callback(trace)
    body = person("zoe", roles_offered=["tech"], roles_sought=["sales"], languages=["en"])
    r = client.post("/profiles", json=body | {"utc_offset": 0}, headers={"Idempotency-Key": "a"})
    zoe = bearer(r.json()["token"])
    ana = bearer(community.security.create_token("ana"))
    admin = bearer(community.security.create_token(None, role="admin"))
    bob = bearer(community.security.create_token("bob"))
    venture = {"id": "v", "require_approval": True, "start": "2024-01-01", "exact": True}
    steps = [
        client.patch("/profiles/zoe", json={"headline": "CTO"}, headers=zoe),
        client.put("/me/avoid/bob", headers=zoe),
        client.delete("/me/avoid/bob", headers=zoe),
        client.post("/tokens", json={"profile_id": "bob"}, headers=admin),
        client.post("/ventures", json=venture | {"owner": "ana"}, headers=admin),
        client.post("/ventures/v/members", json={"member": "bob"}, headers=ana),
        client.post("/ventures/v/invitation", json={"accept": True}, headers=bob),
        client.post(
            "/ventures/v/entries",
            json={"member": "ana", "kind": "cash", "on": "2024-01-01", "amount": "10"},
            headers=ana | {"Idempotency-Key": "e1"},
        ),
        client.post("/ventures/v/entries/1/approve", headers=bob),
        client.post("/ventures/v/entries/1/reverse", headers=ana),
        client.post(
            "/me/collaborations",
            json={"partner": "bob", "project": "p", "started": "2024-01-01", "rating": 2},
            headers=ana,
        ),
        client.post("/profiles/bob/endorsements", json={"skill": "sales"}, headers=ana),
        client.post("/me/introductions", json={"target": "bob"}, headers=ana),
        client.get("/profiles/zoe/matches", headers=zoe),
        client.delete("/profiles/zoe", headers=zoe),
    ]
    assert [s.status_code for s in steps if s.status_code >= 400] == []
    assert client.get("/me", headers=bearer(new_token())).status_code == 401  # throttle write
    community.db.conn.set_trace_callback(None)
    assert state["writes"] > 30
    assert outside == []
