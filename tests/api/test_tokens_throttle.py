"""Tokens (tampered, expired, unsigned, garbage) and throttling (429 + Retry-After)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from api.app import create_app
from api.settings import Settings
from api.wiring import build_community
from matcher.community import Community
from matcher.errors import NotAuthenticated
from matcher.schema import connect
from matcher.security import Bucket, Limit, SecurityStore, new_token, take
from tests.api.test_http import assert_error, bearer
from tests.conftest import COMMUNITY, person
from tests.support import Clock

#: when the service's clock starts (tokens expire, buckets refill as it moves)
START = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _app(db: str = ":memory:", clock: Clock | None = None, **overrides: Any) -> TestClient:
    settings = Settings(db=db, encoder="fake", warm_on_start=False, **overrides)
    service = build_community(settings)
    if clock is not None:
        service.security.clock = clock
    if not service.profiles.store.profile_ids():
        service.profiles.import_profiles(COMMUNITY)
    return TestClient(create_app(settings, community=service), raise_server_exceptions=False)


def _service(client: TestClient) -> Community:
    service: Community = client.app.state.community  # type: ignore[attr-defined]
    return service


# ------------------------------------------------------------------ tokens
def test_tampered_unsigned_garbage_and_expired_tokens_are_refused_with_401() -> None:
    clock = Clock(START)
    client = _app(clock=clock, token_ttl_days=30)
    token = _service(client).security.create_token("ana")
    assert client.get("/me", headers=bearer(token)).json()["id"] == "ana"
    i = 12
    tampered = token[:i] + ("A" if token[i] != "A" else "B") + token[i + 1 :]
    assert_error(client.get("/me", headers=bearer(tampered)), 401, None, "tampered")
    unsigned = token.rsplit("_", 1)[0] + "_AAAAAA"  # a made-up checksum
    assert_error(client.get("/me", headers=bearer(unsigned)), 401, None, "tampered")
    assert_error(client.get("/me", headers=bearer(new_token())), 401, None, "unknown or revoked")
    for garbage in ("hello", "cf1_", "x" * 500, token + "x", "cf1_" + "a" * 43 + "_1"):
        assert_error(client.get("/me", headers=bearer(garbage)), 401, None, "not a cofoundry token")
    r = client.get("/me", headers={"Authorization": "Basic YW5hOmFuYQ=="})
    assert_error(r, 401, None, "must read 'Bearer <token>'")
    assert r.headers["www-authenticate"] == "Bearer"
    clock.now += dt.timedelta(days=29, hours=23)
    assert client.get("/me", headers=bearer(token)).status_code == 200
    clock.now += dt.timedelta(hours=2)
    r = client.get("/me", headers=bearer(token))
    assert_error(r, 401, None, "token expired on 2026-01-31")
    assert "create a new one" in r.json()["hint"]


def test_default_token_lifetime_is_90_days(service: Community) -> None:
    clock = Clock(START)
    service.security.clock = clock
    service.profiles.import_profiles([person("ana")])
    token = service.security.create_token("ana")
    clock.now += dt.timedelta(days=89)
    assert service.security.authenticate(token) is not None
    clock.now += dt.timedelta(days=2)
    with pytest.raises(NotAuthenticated, match="expired"):
        service.security.authenticate(token)


def test_tokens_of_the_old_format_still_work_until_they_expire(service: Community) -> None:
    """Rows issued before expiry existed were given created_at + 90 days by the migration."""
    from matcher.security.model import token_hash
    from matcher.security.store import legacy_expiry

    service.profiles.import_profiles([person("ana")])
    old = "cf_" + "Q" * 43
    created = (dt.datetime.now(dt.UTC) - dt.timedelta(days=100)).isoformat(timespec="seconds")
    with service.db.transaction():
        service.db.execute(
            "INSERT INTO tokens (token_hash, profile_id, role, label, created_at, expires_at)"
            " VALUES (?, 'ana', 'member', '', ?, NULL)",
            [token_hash(old), created],
        )
    assert service.security.authenticate(old) is not None  # no expiry recorded: accepted
    with service.db.transaction():
        service.db.execute(
            f"UPDATE tokens SET expires_at = {legacy_expiry(service.db)}"
        )  # what the migration does to existing rows
    with pytest.raises(NotAuthenticated, match="expired"):
        service.security.authenticate(old)


# ---------------------------------------------------------------- throttle
def test_sign_ups_are_throttled_per_client_with_retry_after() -> None:
    clock = Clock(START)
    client = _app(clock=clock, signup_per_minute=6, signup_burst=2)
    for pid in ("s1", "s2"):
        body = person(pid, roles_offered=["tech"], roles_sought=[], languages=["en"])
        assert client.post("/profiles", json=body | {"utc_offset": 0}).status_code == 201
    body = person("s3", roles_offered=["tech"], roles_sought=[], languages=["en"])
    body["utc_offset"] = 0
    r = client.post("/profiles", json=body)
    assert_error(r, 429, None, "too many sign-ups from this address")
    assert r.headers["retry-after"] == "10"  # 6 a minute: one every 10 s
    assert "wait 10 s" in r.json()["hint"]
    clock.now += dt.timedelta(seconds=10)
    assert client.post("/profiles", json=body).status_code == 201


def test_the_throttle_is_shared_by_every_worker(db_target: str) -> None:
    """Two apps over one database stand for two worker processes."""
    db = db_target
    one = _app(db=db, signup_per_minute=1, signup_burst=2)
    two = _app(db=db, signup_per_minute=1, signup_burst=2)
    codes = []
    for i, client in enumerate([one, two, one, two]):
        body = person(f"w{i}", roles_offered=["tech"], roles_sought=[], languages=["en"])
        codes.append(client.post("/profiles", json=body | {"utc_offset": 0}).status_code)
    assert codes == [201, 201, 429, 429]


def test_token_creation_is_throttled_per_admin() -> None:
    client = _app(token_per_minute=1, token_burst=3)
    admin = _service(client).security.create_token(None, role="admin")
    codes = [
        client.post("/tokens", json={"profile_id": "bob"}, headers=bearer(admin)).status_code
        for _ in range(4)
    ]
    assert codes == [201, 201, 201, 429]


def test_guessing_tokens_gets_an_address_throttled() -> None:
    clock = Clock(START)
    client = _app(clock=clock, auth_failures_per_minute=2, auth_failure_burst=3)
    good = _service(client).security.create_token("ana")
    codes = [client.get("/me", headers=bearer(new_token())).status_code for _ in range(4)]
    assert codes == [401, 401, 401, 429]
    r = client.get("/me", headers=bearer(new_token()))
    assert_error(r, 429, None, "too many refused tokens from this address")
    assert r.headers["retry-after"] == "30"
    # a good token from the same address (a neighbour behind the same NAT) is not locked out
    assert client.get("/me", headers=bearer(good)).status_code == 200
    assert client.get("/profiles/ana").status_code == 200  # no token: not throttled
    clock.now += dt.timedelta(seconds=30)
    assert client.get("/me", headers=bearer(new_token())).status_code == 401


@given(
    st.lists(st.floats(min_value=0, max_value=600, allow_nan=False), min_size=1, max_size=80),
    st.integers(min_value=1, max_value=10),
    st.floats(min_value=0.5, max_value=120),
)
def test_a_bucket_never_allows_more_than_burst_plus_refill(
    times: list[float], burst: int, per_minute: float
) -> None:
    """In every window [a, b], allowed attempts <= burst + (b - a) * rate (+1 for rounding)."""
    limit = Limit(per_minute=per_minute, burst=burst)
    times = sorted(times)
    bucket: Bucket | None = None
    allowed = []
    for t in times:
        bucket, wait = take(bucket, t, limit)
        if wait == 0:
            allowed.append(t)
        else:
            assert wait >= 1
    for i, a in enumerate(allowed):
        for j in range(i, len(allowed)):
            assert j - i + 1 <= burst + (allowed[j] - a) * limit.per_second + 1e-9
    assert allowed[0] == times[0]  # a fresh bucket lets the first attempt in


def test_buckets_are_forgotten_a_day_after_their_last_use(db_target: str) -> None:
    """Throttle buckets are keyed by client and e-mail addresses: once full again they go,
    swept by the next attempt at most once an hour; a bucket still in use stays, and
    forgetting a full bucket changes no answer."""
    store = SecurityStore(connect(db_target))
    lim = Limit(per_minute=1, burst=2)
    assert store.take("signin:10.0.0.1", lim, now=0.0) == 0
    assert store.take("signin_fail:ana@example.org", lim, now=0.0) == 0
    # an attempt at t=85,000 sweeps (none a day old yet)
    assert store.take("signin:10.0.0.2", lim, now=85_000.0) == 0

    def keys() -> set[str]:
        return {r[0] for r in store.db.execute("SELECT bucket FROM throttle_buckets")}

    assert len(keys()) == 3
    # 1,500 s later the two of t=0 are a day old, but the last sweep was under an hour ago
    assert store.take("signin:10.0.0.3", lim, now=86_500.0) == 0
    assert len(keys()) == 4
    # an hour after the last sweep: the next attempt drops them
    assert store.take("signin:10.0.0.3", lim, now=88_600.0) == 0
    assert keys() == {"signin:10.0.0.2", "signin:10.0.0.3"}
    assert [store.take("signin:10.0.0.3", lim, now=88_600.0) for _ in range(2)] == [0, 60]
    assert store.take("signin:10.0.0.1", lim, now=88_601.0) == 0  # full again, as it was
    store.db.close()
