"""The canary test: a unique string written into a profile, used everywhere, then erased.

After ``DELETE /me`` the string and the erased id must be found nowhere: not in the
database file, its write-ahead log or shared-memory file, the saved vector index, nor
in the service's memory (search state, trust graph, ledger cache), nor in the logs (an
unexpected error on a route with the id in its path included), nor in the stored responses
of idempotent requests (a retried sign-up is not answered from it). Other members'
ledgers keep working, under a pseudonym.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from matcher.community import Community
from matcher.equity import content_hash
from matcher.privacy import PSEUDONYM_PREFIX
from matcher.trust import TrustService
from tests.api.server_logs import captured_logs
from tests.conftest import COMMUNITY, person
from tests.stores import AnyStore
from tests.ventures import agreed_rate_api


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def files_bytes(folder: Path) -> dict[str, bytes]:
    """Every file in the folder (database, -wal, -shm, index, anything else), by name."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def holders(folder: Path, needle: str) -> list[str]:
    raw = needle.encode()
    return [name for name, data in files_bytes(folder).items() if raw in data]


def build(tmp_path: Path, *, vacuum: bool) -> tuple[TestClient, Community]:
    settings = Settings(
        db=str(tmp_path / "cf.db"), encoder="fake", index_kind="flat", erase_vacuum=vacuum
    )
    app = create_app(settings)
    service: Community = app.state.community
    service.profiles.import_profiles(COMMUNITY)
    return TestClient(app), service


def seed_canary(client: TestClient, service: Community, canary: str, me: str) -> dict[str, Any]:
    """A profile full of the canary, used in suggestions, trust, introductions and a ledger."""
    sign_up = person(
        me,
        name=f"Kenza {canary}",
        headline=f"CTO {canary}",
        offers=f"Python developer backend code {canary}",
        needs=f"sales customers fundraising {canary}",
        values=f"transparency {canary}",
        location=f"Lyon {canary}",
        email=f"{canary}@example.org",
        roles_offered=["tech"],
        roles_sought=["sales"],
        languages=["en", "fr"],
        utc_offset=1,
    )
    signup_key = {"Idempotency-Key": f"signup-{canary}"}  # its response holds my profile
    r = client.post("/profiles", json=sign_up, headers=signup_key)
    assert r.status_code == 201, r.text
    mine = bearer(r.json()["token"])
    replayed = client.post("/profiles", json=sign_up, headers=signup_key)
    assert replayed.headers.get("idempotent-replayed") == "true"
    ana = bearer(service.security.create_token("ana"))
    bob = bearer(service.security.create_token("bob"))
    # an old version of the texts, overwritten: its bytes must go too
    r = client.patch(f"/profiles/{me}", json={"offers": f"Backend, APIs {canary} v2"}, headers=mine)
    assert r.status_code == 200
    # suggestions both ways (my vectors in the search state and the index)
    assert client.get(f"/profiles/{me}/matches?k=5", headers=mine).status_code == 200
    assert client.get("/profiles/ana/matches?k=5", headers=ana).status_code == 200
    # trust: a confirmed, rated collaboration, an unconfirmed one, endorsements, an intro
    c = client.post(
        "/me/collaborations",
        json={
            "partner": "ana",
            "project": f"shop {canary}",
            "started": "2024-01-01",
            "rating": 2,
            "note": f"great {canary}",
        },
        headers=mine,
    ).json()
    assert (
        client.post(
            f"/me/collaborations/{c['id']}/answer", json={"confirm": True}, headers=ana
        ).status_code
        == 200
    )
    assert (
        client.put(
            f"/me/collaborations/{c['id']}/rating", json={"rating": 2}, headers=ana
        ).status_code
        == 200
    )
    assert (
        client.post(
            "/me/collaborations",
            json={"partner": "bob", "project": f"x {canary}", "started": "2024-02-01"},
            headers=mine,
        ).status_code
        == 201
    )
    assert (
        client.post(
            f"/profiles/{me}/endorsements", json={"skill": "python"}, headers=ana
        ).status_code
        == 201
    )
    assert (
        client.post("/profiles/ana/endorsements", json={"skill": "sales"}, headers=mine).status_code
        == 201
    )
    assert (
        client.post(
            "/me/introductions", json={"target": "dan", "message": f"hello {canary}"}, headers=mine
        ).status_code
        == 201
    )
    assert client.get("/me/trust", headers=ana).status_code == 200
    assert client.put("/me/avoid/cyd", headers=mine).status_code == 200
    assert client.put(f"/me/avoid/{me}", headers=bob).status_code == 200
    # a venture with ana: my time and cash, my approval of ana's entry, a departure
    assert (
        client.post(  # an admin's exact id, ana its owner
            "/ventures",
            json={"id": "acme", "name": "Acme", "require_approval": True, "start": "2024-01-01"}
            | {"owner": "ana", "exact": True},
            headers=bearer(service.security.create_token(None, role="admin")),
        ).status_code
        == 201
    )
    assert (
        client.post("/ventures/acme/members", json={"member": me}, headers=ana).status_code == 201
    )
    r = client.post("/ventures/acme/invitation", json={"accept": True}, headers=mine)
    assert r.json() == {"joined": True}, r.text
    for who in (me, "ana"):  # the owner sets the salaries; the other member accepts them
        body = {"member": who, "effective": "2024-01-01", "salary": "100000"}
        agreed_rate_api(client, "acme", body, ana, mine)
    posted = {}
    for n, (who, h, body) in enumerate(
        (
            (
                me,
                mine,
                {
                    "member": me,
                    "kind": "time",
                    "on": "2024-01-02",
                    "hours": "10",
                    "note": f"my work {canary}",
                },
            ),
            (
                me,
                mine,
                {
                    "member": me,
                    "kind": "cash",
                    "on": "2024-01-03",
                    "amount": "500",
                    "note": f"laptop {canary}",
                },
            ),
            ("ana", ana, {"member": "ana", "kind": "time", "on": "2024-01-02", "hours": "20"}),
        )
    ):
        key = f"k{n}-{canary}" if who == me else f"k{n}"  # my keys are mine to erase
        r = client.post("/ventures/acme/entries", json=body, headers=h | {"Idempotency-Key": key})
        assert r.status_code == 201, r.text
        posted[n] = r.json()["number"]
    assert (
        client.post(f"/ventures/acme/entries/{posted[2]}/approve", headers=mine).status_code == 200
    )
    assert (
        client.post(f"/ventures/acme/entries/{posted[0]}/approve", headers=ana).status_code == 200
    )
    assert (
        client.post(f"/ventures/acme/entries/{posted[1]}/approve", headers=ana).status_code == 200
    )
    before = client.get("/ventures/acme/split", headers=ana).json()
    assert client.get("/ventures/acme/ledger", headers=ana).status_code == 200  # cache filled
    # an event ana organises and attends: I attend with bob, cyd and dan; rounds are
    # planned and teams formed keeping ana and me together (we would work again)
    assert (
        client.post("/events", json={"id": "night", "name": "Night"}, headers=ana).status_code
        == 201
    )
    r = client.post(
        "/events/night/attendees", json={"ids": ["ana", me, "bob", "cyd", "dan"]}, headers=ana
    )
    assert r.status_code == 200, r.text
    r = client.post("/events/night/rounds", json={"rounds": 3}, headers=ana)
    assert r.status_code == 200, r.text
    r = client.post(
        "/events/night/teams",
        json={"size": 2, "keep_collaborators": True, "time_limit": 2},
        headers=ana,
    )
    assert r.status_code == 200, r.text
    stored = client.get("/events/night/teams", headers=ana).json()["summary"]
    assert sorted(["ana", me]) in [sorted(p) for p in stored["kept_together"]]
    mine_agenda = client.get(f"/events/night/agenda/{me}", headers=mine)
    assert mine_agenda.status_code == 200 and len(mine_agenda.json()) == 3
    assert me in client.get("/events/night/plan", headers=ana).text
    return {"mine": mine, "ana": ana, "split": before, "sign_up": (sign_up, signup_key)}


@pytest.fixture
def logs() -> Iterator[io.StringIO]:
    """Every record the server logs during the test (see tests/api/server_logs.py)."""
    with captured_logs() as stream:
        yield stream


def fail_once_with(client: TestClient, canary: str, me: str, headers: dict[str, str]) -> None:
    """An unexpected error on a route with my id in its path, my text in the request and in
    the exception's message (as Pydantic's input is in its errors): a 500 that is logged."""
    from matcher.profiles import ProfileService

    original = ProfileService.update_profile

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(f"cannot store {canary} for {me}")

    ProfileService.update_profile = broken  # type: ignore[method-assign]
    try:
        r = client.patch(f"/profiles/{me}", json={"headline": canary}, headers=headers)
    finally:
        ProfileService.update_profile = original  # type: ignore[method-assign]
    assert r.status_code == 500 and canary not in r.text


@pytest.mark.parametrize("vacuum", [True, False], ids=["vacuum", "checkpoint-only"])
def test_canary_is_gone_everywhere_after_erasure(
    tmp_path: Path, vacuum: bool, logs: io.StringIO
) -> None:
    client, service = build(tmp_path, vacuum=vacuum)
    canary = uuid.uuid4().hex
    me = "kz" + uuid.uuid4().hex[:12]
    seeded = seed_canary(client, service, canary, me)
    fail_once_with(client, canary, me, seeded["mine"])
    trust = service.trust
    assert isinstance(trust, TrustService)
    assert me in trust.graph()
    service.matching.save_index()
    state = service.matching._search
    assert state is not None and state.index is not None
    my_key = state.index.vector(me).tobytes()
    # the test can fail: before the erasure the canary, the id and my vector are on disk
    assert holders(tmp_path, canary), "the canary should be on disk before the erasure"
    assert "cf.index" in holders(tmp_path, me)
    assert any(my_key in data for data in files_bytes(tmp_path).values())

    r = client.delete("/me", headers=seeded["mine"])
    assert r.status_code == 200, r.text
    receipt = r.json()
    assert receipt["erased"] == me and receipt["ventures"] == ["acme"]
    assert receipt["checkpointed"] is True and receipt["vacuumed"] is vacuum
    assert receipt["index_rewritten"] is True
    assert receipt["rows"]["profiles"] == 1 and receipt["rows"]["ledger_entries"] >= 2

    # on disk: nowhere
    assert holders(tmp_path, canary) == []
    assert holders(tmp_path, me) == []
    assert not any(my_key in data for data in files_bytes(tmp_path).values())
    assert (
        (tmp_path / "cf.db-wal").stat().st_size == 0 if (tmp_path / "cf.db-wal").exists() else True
    )

    # in memory: nowhere
    state = service.matching._search
    assert state is not None and me not in state.table.row_of and me not in state.vectors
    assert state.index is not None and me not in state.index and me not in state.index.ids_
    assert me not in trust.graph()
    for cached in service.equity.store._ledger_cache.values():
        assert all(me not in (e.member, e.author) and canary not in e.note for e in cached.entries)

    # in the logs: nowhere (they outlive an erasure: they must never have held it)
    assert '"route": "/profiles/{profile_id}", "status": 500' in logs.getvalue()
    assert canary not in logs.getvalue() and me not in logs.getvalue()

    # my sign-up's stored response is gone: a retry with its key is not answered from it
    sign_up, key = seeded["sign_up"]
    again = client.post("/profiles", json=sign_up, headers=key)
    assert again.headers.get("idempotent-replayed") != "true"
    # my id is never given again (tests/api/test_erased_ids.py): refused as a taken one
    assert again.status_code == 409 and again.json()["field"] == "id", again.text
    assert "token" not in again.json()
    assert holders(tmp_path, canary) == []

    # my token is gone; I am absent from every route
    assert client.get("/me", headers=seeded["mine"]).status_code == 401
    assert client.get(f"/profiles/{me}").status_code == 404
    for path in (
        "/profiles/ana/matches?k=10",
        "/me/trust",
        "/me/collaborations",
        "/me/introductions",
        "/ventures/acme",
        "/ventures/acme/ledger",
        "/ventures/acme/departures",
        "/profiles/ana/endorsements",
        "/me/export",
        "/events",
        "/events/night",
        "/events/night/rounds",
        "/events/night/plan",
        "/events/night/plan?format=json",
        "/events/night/teams",
        "/events/night/agendas",
        "/events/night/cards",
        "/events/night/agenda/ana",
        "/events/night/stats",
    ):
        r = client.get(path, headers=seeded["ana"])
        assert r.status_code == 200, (path, r.text)
        assert me not in r.text and canary not in r.text, path

    # the event's plan still holds: every round seats the same five, one of them a pseudonym
    rounds = client.get("/events/night/rounds", headers=seeded["ana"]).json()["rounds"]
    assert len(rounds) == 3
    for rnd in rounds:
        seated = [m for t in rnd["tables"] for m in t["members"]] + rnd["byes"]
        assert len(seated) == len(set(seated)) == 5, rnd
        assert sum(m.startswith(PSEUDONYM_PREFIX) for m in seated) == 1, rnd
    teams = client.get("/events/night/teams", headers=seeded["ana"]).json()
    assert sum(m.startswith(PSEUDONYM_PREFIX) for t in teams["teams"] for m in t["members"]) == 1
    assert len(client.get("/events/night/agenda/ana", headers=seeded["ana"]).json()) == 3

    # ana's venture still works: same total, my slices under one pseudonym
    after = client.get("/ventures/acme/split", headers=seeded["ana"]).json()
    assert after["total"] == seeded["split"]["total"]
    names = {m["member"] for m in after["members"]}
    former = [m for m in names if m.startswith(PREFIX)]
    assert len(former) == 1 and "ana" in names
    ledger = client.get("/ventures/acme/ledger", headers=seeded["ana"]).json()
    assert {e["member"] for e in ledger} == {"ana", former[0]}
    # the append-only rules and the content hashes survived the rewrite
    store = AnyStore(service.db)
    for row in store.ledger_rows("acme"):
        assert row.content_hash == content_hash("acme", row.entry)
    with pytest.raises(Exception, match="append-only"), store.transaction():
        store.execute("UPDATE ledger_entries SET note = 'x'")
    with pytest.raises(Exception, match="append-only"), store.transaction():
        store.execute("DELETE FROM approvals")


PREFIX = PSEUDONYM_PREFIX


def test_erasure_survives_a_restart(tmp_path: Path) -> None:
    """A new process on the same files never brings the erased person back."""
    client, service = build(tmp_path, vacuum=False)
    canary = uuid.uuid4().hex
    me = "kz" + uuid.uuid4().hex[:12]
    seeded = seed_canary(client, service, canary, me)
    assert client.delete("/me", headers=seeded["mine"]).status_code == 200
    service.close()
    settings = Settings(db=str(tmp_path / "cf.db"), encoder="fake", index_kind="flat")
    again = TestClient(create_app(settings))
    ana = bearer(again.app.state.community.security.create_token("ana"))  # type: ignore[attr-defined]
    r = again.get("/profiles/ana/matches?k=10", headers=ana)
    assert r.status_code == 200 and me not in r.text
    assert holders(tmp_path, canary) == []
