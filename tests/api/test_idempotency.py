"""Idempotency-Key on the POST routes that create things.

Unit behaviour through the TestClient, then 50 concurrent retries against a real uvicorn
server with 2 worker processes over one database file: exactly one thing is created.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from api.wiring import build_community
from matcher.schema import connect
from matcher.security import request_fingerprint
from tests.api.test_http import assert_error, bearer
from tests.conftest import COMMUNITY, person
from tests.stores import AnyStore
from tests.support import free_port

ROOT = Path(__file__).resolve().parents[2]


def sign_up(pid: str, **fields: Any) -> dict[str, Any]:
    body = person(pid, roles_offered=["tech"], roles_sought=["sales"], languages=["en"])
    return body | {"utc_offset": 0} | fields


@pytest.fixture
def client() -> TestClient:
    settings = Settings(db=":memory:", encoder="fake", warm_on_start=False, signup_burst=3)
    service = build_community(settings)
    service.profiles.import_profiles(COMMUNITY)
    return TestClient(create_app(settings, community=service), raise_server_exceptions=False)


def test_a_retry_replays_the_first_response(client: TestClient) -> None:
    key = {"Idempotency-Key": "7c4e-sign-up"}
    first = client.post("/profiles", json=sign_up("zoe"), headers=key)
    assert first.status_code == 201 and "idempotent-replayed" not in first.headers
    again = client.post("/profiles", json=sign_up("zoe"), headers=key)
    assert again.status_code == 201
    assert again.json() == first.json()  # the same token, shown again to its holder
    assert again.headers["idempotent-replayed"] == "true"
    token = first.json()["token"]
    assert client.get("/me", headers=bearer(token)).json()["id"] == "zoe"


def test_replays_do_not_count_against_the_sign_up_throttle(client: TestClient) -> None:
    key = {"Idempotency-Key": "retry-me"}
    codes = [client.post("/profiles", json=sign_up("yan"), headers=key).status_code]
    codes += [client.post("/profiles", json=sign_up("yan"), headers=key).status_code] * 5
    assert set(codes) == {201}
    codes = [client.post("/profiles", json=sign_up(f"n{i}")).status_code for i in range(3)]
    assert codes == [201, 201, 429]  # burst 3: the five replays took nothing


def test_the_same_key_with_another_body_is_refused(client: TestClient) -> None:
    key = {"Idempotency-Key": "one-key"}
    assert client.post("/profiles", json=sign_up("zoe"), headers=key).status_code == 201
    r = client.post("/profiles", json=sign_up("zoe", name="Other"), headers=key)
    assert_error(r, 409, "Idempotency-Key", "already used for a different request")
    assert "new key" in r.json()["hint"]


def test_a_failed_request_leaves_the_key_free(client: TestClient) -> None:
    key = {"Idempotency-Key": "fix-and-retry"}
    r = client.post("/profiles", json=sign_up("ana"), headers=key)  # id taken
    assert_error(r, 409, "id", "already taken")
    r = client.post("/profiles", json=sign_up("zed"), headers=key)  # corrected
    assert r.status_code == 201 and r.json()["profile"]["id"] == "zed"


def test_keys_are_scoped_per_caller_and_bound_to_one_request(client: TestClient) -> None:
    service = client.app.state.community  # type: ignore[attr-defined]
    ana, bob = (
        bearer(service.security.create_token("ana")),
        bearer(service.security.create_token("bob")),
    )
    key = {"Idempotency-Key": "same-key"}
    r1 = client.post("/ventures", json={"id": "v1"}, headers=ana | key)
    r2 = client.post("/ventures", json={"id": "v2"}, headers=bob | key)
    assert (r1.status_code, r2.status_code) == (201, 201)
    assert r2.json()["id"].startswith("v2-") and r2.json()["members"] == ["bob"]
    r3 = client.post(
        "/me/collaborations",
        json={"partner": "bob", "project": "p", "started": "2024-01-01"},
        headers=ana | key,
    )
    assert_error(r3, 409, "Idempotency-Key", "different request")  # a key names one request
    again = client.post("/ventures", json={"id": "v1"}, headers=ana | key)
    assert again.status_code == 201 and again.json() == r1.json()


def test_without_a_key_nothing_changes(client: TestClient) -> None:
    assert client.post("/profiles", json=sign_up("zoe")).status_code == 201
    assert_error(client.post("/profiles", json=sign_up("zoe")), 409, "id", "already taken")


def test_the_ledger_keeps_its_own_idempotency(client: TestClient) -> None:
    service = client.app.state.community  # type: ignore[attr-defined]
    ana = bearer(service.security.create_token("ana"))
    venture = {"id": "pie", "start": "2024-01-01"}
    made = client.post("/ventures", json=venture, headers=ana)
    assert made.status_code == 201
    pie = made.json()["id"]  # pie-3f9a2c: a member's chosen id gets a random suffix
    body = {"member": "ana", "kind": "cash", "on": "2024-01-01", "amount": "10"}
    key = {"Idempotency-Key": "entry-1"}
    first = client.post(f"/ventures/{pie}/entries", json=body, headers=ana | key)
    again = client.post(f"/ventures/{pie}/entries", json=body, headers=ana | key)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["number"] == first.json()["number"]
    assert "idempotent-replayed" not in again.headers


def test_a_waiting_retry_holds_no_worker_thread() -> None:
    """A retry waits for its key's first request on the event loop: with one worker thread
    and a retry waiting, another sign-up is still served (a retry that slept on a worker
    thread would hold it until it gave up: 50 retries starved the pool of 40 in CI)."""
    settings = Settings(db=":memory:", encoder="fake", warm_on_start=False, idempotency_wait=6)
    community = build_community(settings)
    body = json.dumps(sign_up("slow")).encode()
    anonymous = hashlib.sha256(b"").hexdigest()
    fingerprint = request_fingerprint("POST", "/profiles", body)
    assert community.idempotency.begin(anonymous, "held", fingerprint).kind == "claimed"
    with TestClient(create_app(settings, community=community)) as c:

        def one_worker() -> None:
            anyio.to_thread.current_default_thread_limiter().total_tokens = 1

        c.portal.call(one_worker)
        json_type = {"content-type": "application/json"}
        waiting: list[httpx.Response] = []
        retry = threading.Thread(
            target=lambda: waiting.append(
                c.post("/profiles", content=body, headers=json_type | {"Idempotency-Key": "held"})
            )
        )
        retry.start()
        time.sleep(0.5)  # the retry is now waiting for "held"
        other = c.post("/profiles", json=sign_up("quick"), headers={"Idempotency-Key": "k2"})
        assert other.status_code == 201
        assert retry.is_alive()  # served while the retry still waits
        retry.join()
    assert waiting[0].status_code == 409
    assert "still being processed" in waiting[0].text


def test_the_routes_that_create_things_document_the_header(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    marked = {
        path
        for path, ops in spec["paths"].items()
        if any(p["name"] == "idempotency-key" for p in ops.get("post", {}).get("parameters", []))
    }
    assert marked >= {
        "/profiles",
        "/tokens",
        "/ventures",
        "/ventures/{venture_id}/entries",
        "/me/collaborations",
        "/me/introductions",
        "/profiles/{profile_id}/endorsements",
    }


# ------------------------------------------------------- a real server, 2 workers
@pytest.fixture
def server(db_target: str) -> Any:
    db = db_target  # a SQLite file, or a PostgreSQL schema: two workers on one database
    service = build_community(Settings(db=db, encoder="fake"))
    service.profiles.import_profiles(COMMUNITY)
    admin = service.security.create_token(None, role="admin")
    member = service.security.create_token("ana")
    service.close()
    port = free_port()
    env = os.environ | {
        "COFOUNDRY_DB": db,
        "COFOUNDRY_ENCODER": "fake",
        "COFOUNDRY_SIGNUP_BURST": "1000",
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "api.app:create_app",
            "--factory",
            "--workers",
            "2",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-access-log",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/ready", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "the server did not become ready"
            assert proc.poll() is None, "the server exited"
            time.sleep(0.1)
        yield {"base": base, "db": db, "admin": admin, "member": member}
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def _concurrently(n: int, call: Any) -> list[httpx.Response]:
    barrier = threading.Barrier(n)
    results: list[Any] = [None] * n

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = call()
        except Exception as exc:  # reported below
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not [r for r in results if isinstance(r, Exception)], results
    return results


def test_50_concurrent_retries_create_exactly_one(server: dict[str, Any]) -> None:
    base = server["base"]
    key = {"Idempotency-Key": "f47ac10b-58cc-4372-a567-0e02b2c3d479"}
    body = sign_up("racer")
    with httpx.Client(base_url=base, timeout=30, limits=httpx.Limits(max_connections=60)) as c:
        replies = _concurrently(50, lambda: c.post("/profiles", json=body, headers=key))
        assert {r.status_code for r in replies} == {201}, {r.status_code for r in replies}
        assert len({r.text for r in replies}) == 1  # one profile, one token, same answer
        assert sum(r.headers.get("idempotent-replayed") == "true" for r in replies) == 49

        ana = bearer(server["member"])
        vkey = {"Idempotency-Key": "venture-create-1"}
        replies = _concurrently(
            50, lambda: c.post("/ventures", json={"id": "race", "name": "R"}, headers=ana | vkey)
        )
        assert {r.status_code for r in replies} == {201}
        assert len({r.text for r in replies}) == 1

    store = AnyStore(connect(server["db"]))
    try:
        assert store.execute("SELECT COUNT(*) FROM profiles WHERE id = 'racer'").fetchone()[0] == 1
        assert (
            store.execute("SELECT COUNT(*) FROM tokens WHERE profile_id = 'racer'").fetchone()[0]
            == 1
        )
        made = store.execute("SELECT COUNT(*) FROM ventures WHERE id LIKE 'race-%'").fetchone()
        assert made[0] == 1
    finally:
        store.close()
