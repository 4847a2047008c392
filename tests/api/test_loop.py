"""Closing the loop (issue 9, parts 2 and 3): fair invitation limits and feedback after
meetings, end to end through HTTP, plus the concurrency property of the limits."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from matcher.access import Actor
from matcher.community import Community
from matcher.errors import Throttled
from matcher.profiles import check_profile
from matcher.schema import connect
from matcher.trust import InviteLimits, TrustService
from tests.api.test_http import assert_error
from tests.stores import AnyStore

SETTINGS = Settings(db=":memory:", encoder="fake", intro_weekly_limit=4, intro_burst=3)


@pytest.fixture
def client(community: Community) -> TestClient:
    app = create_app(SETTINGS, community=community)
    app.state.community.trust.limits = SETTINGS.invite_limits()
    return TestClient(app)


@pytest.fixture
def tokens(community: Community) -> dict[str, dict[str, str]]:
    return {
        p: {"Authorization": f"Bearer {community.security.create_token(p)}"}
        for p in ("ana", "bob", "cyd", "dan", "eve", "fay")
    }


def ask(client: TestClient, tokens: dict[str, dict[str, str]], who: str, target: str) -> object:
    return client.post("/me/introductions", json={"target": target}, headers=tokens[who])


def suggested(client: TestClient, tokens: dict[str, dict[str, str]], who: str) -> list[str]:
    r = client.get(f"/profiles/{who}/matches", params={"k": 20}, headers=tokens[who])
    assert r.status_code == 200, r.text
    return [s["id"] for s in r.json()]


def test_a_burst_is_refused_with_the_time_to_wait(
    client: TestClient, tokens: dict[str, dict[str, str]]
) -> None:
    for target in ("bob", "cyd", "dan"):
        assert ask(client, tokens, "ana", target).status_code == 201  # type: ignore[attr-defined]
    r = ask(client, tokens, "ana", "eve")
    assert_error(r, 429, "target", "3 introduction requests in the last 10 minutes")
    assert "slow down" in r.json()["hint"]  # type: ignore[attr-defined]
    assert int(r.headers["Retry-After"]) > 0  # type: ignore[attr-defined]
    assert ask(client, tokens, "bob", "eve").status_code == 201  # type: ignore[attr-defined]


def test_the_weekly_limit_counts_seven_days(community: Community) -> None:
    import datetime as dt

    now = [dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.UTC)]
    trust = TrustService(community.db, clock=lambda: now[0], limits=InviteLimits(weekly=3))
    ana = Actor("ana")
    for target in ("bob", "cyd", "dan"):
        trust.request_introduction("ana", target, actor=ana)
        now[0] += dt.timedelta(days=1)
    with pytest.raises(Throttled, match="3 introduction requests in the last 7 days") as e:
        trust.request_introduction("ana", "eve", actor=ana)
    assert e.value.retry_after == 4 * 24 * 3600  # the first request leaves the window
    now[0] += dt.timedelta(days=4)
    assert trust.request_introduction("ana", "eve", actor=ana).status.value == "pending"


def test_a_decline_keeps_the_two_apart(
    client: TestClient, tokens: dict[str, dict[str, str]]
) -> None:
    assert "bob" in suggested(client, tokens, "ana")
    intro = ask(client, tokens, "ana", "bob").json()  # type: ignore[attr-defined]
    r = client.post(
        f"/me/introductions/{intro['id']}/answer", json={"accept": False}, headers=tokens["bob"]
    )
    assert r.json()["status"] == "not accepted"
    assert "bob" not in suggested(client, tokens, "ana")
    assert "ana" not in suggested(client, tokens, "bob")
    assert_error(ask(client, tokens, "ana", "bob"), 429, "target", "bob did not accept")


def test_feedback_after_an_introduction(
    client: TestClient, tokens: dict[str, dict[str, str]]
) -> None:
    intro = ask(client, tokens, "ana", "bob").json()  # type: ignore[attr-defined]
    context = f"intro:{intro['id']}"
    body = {"about": "bob", "verdict": "again", "context": context}
    # not yet met: the introduction is still pending
    assert_error(
        client.post("/me/feedback", json=body, headers=tokens["ana"]), 422, "context", "did not"
    )
    client.post(
        f"/me/introductions/{intro['id']}/answer", json={"accept": True}, headers=tokens["bob"]
    )
    r = client.post("/me/feedback", json=body, headers=tokens["ana"])
    assert r.status_code == 201 and r.json()["proposed_collaboration"] is None
    # bob's view: nothing about ana's verdict
    assert client.get("/me/feedback", headers=tokens["bob"]).json() == []
    assert client.get("/me/collaborations", headers=tokens["bob"]).json() == []
    back = {"about": "ana", "verdict": "again", "context": context}
    r = client.post("/me/feedback", json=back, headers=tokens["bob"])
    proposed = r.json()["proposed_collaboration"]
    assert proposed["proposer"] == "ana" and proposed["partner"] == "bob"
    assert proposed["status"] == "proposed" and proposed["project"] == f"met via {context}"
    mine = client.get("/me/feedback", headers=tokens["ana"]).json()
    assert [(f["about"], f["verdict"], f["context"]) for f in mine] == [("bob", "again", context)]
    # a third person cannot claim that meeting
    cyd = {"about": "ana", "verdict": "again", "context": context}
    assert_error(
        client.post("/me/feedback", json=cyd, headers=tokens["cyd"]), 422, "context", "did not"
    )


def test_not_a_fit_keeps_the_two_apart_both_ways(
    client: TestClient, tokens: dict[str, dict[str, str]]
) -> None:
    assert "ana" in suggested(client, tokens, "bob")
    r = client.post(
        "/me/feedback", json={"about": "bob", "verdict": "not-a-fit"}, headers=tokens["ana"]
    )
    assert r.status_code == 201
    assert "bob" not in suggested(client, tokens, "ana")
    assert "ana" not in suggested(client, tokens, "bob")


def test_bad_feedback_is_refused(client: TestClient, tokens: dict[str, dict[str, str]]) -> None:
    post = lambda body: client.post("/me/feedback", json=body, headers=tokens["ana"])  # noqa: E731
    assert_error(post({"about": "bob", "verdict": "again"}), 422, "context", "needs the meeting")
    assert_error(post({"about": "bob", "verdict": "maybe"}), 422, "verdict", "")
    assert_error(
        post({"about": "bob", "verdict": "not-a-fit", "context": "party:1"}),
        422,
        "context",
        "intro:<id> or event:<id>",
    )
    assert_error(post({"about": "zzz", "verdict": "met-before"}), 404, "about", "no profile")
    assert_error(post({"about": "ana", "verdict": "met-before"}), 422, "about", "someone else")
    r = client.post("/me/feedback", json={"about": "bob", "verdict": "met-before"})
    assert r.status_code == 401


def _ask_many(path: str, worker: int, targets: list[str], out: multiprocessing.Queue) -> None:
    """In a child process: a store of its own, asking for introductions one after another."""
    trust = TrustService(connect(path), limits=InviteLimits(weekly=10, burst=100))
    made = 0
    for t in targets:
        try:
            trust.request_introduction("ana", t, actor=Actor("ana"))
            made += 1
        except Throttled:
            pass
    out.put((worker, made))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_limits_hold_under_concurrent_requests(tmp_path: Path) -> None:
    """4 processes x 8 requests for one member with a weekly limit of 10: exactly 10 are
    created (the count and the insert share one BEGIN IMMEDIATE transaction)."""
    path = str(tmp_path / "c.db")
    store = AnyStore(connect(path))
    with store.transaction():
        for pid in ["ana", *(f"p{i}" for i in range(32))]:
            store.put_profile(check_profile({"id": pid, "name": pid, "offers": "o", "needs": "n"}))
    store.close()
    ctx = multiprocessing.get_context("fork")
    out: multiprocessing.Queue = ctx.Queue()
    procs = [
        ctx.Process(target=_ask_many, args=(path, w, [f"p{w * 8 + i}" for i in range(8)], out))
        for w in range(4)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    made = sum(out.get(timeout=5)[1] for _ in procs)
    store = AnyStore(connect(path))
    stored = store.execute("SELECT count(*) FROM introductions").fetchone()[0]
    assert made == stored == 10


def test_creating_posts_accept_an_idempotency_key(
    client: TestClient, tokens: dict[str, dict[str, str]]
) -> None:
    headers = {**tokens["ana"], "Idempotency-Key": "fb-1"}
    body = {"about": "bob", "verdict": "met-before"}
    first = client.post("/me/feedback", json=body, headers=headers)
    again = client.post("/me/feedback", json=body, headers=headers)
    assert first.status_code == again.status_code == 201 and first.json() == again.json()
    other = client.post("/me/feedback", json={**body, "verdict": "not-a-fit"}, headers=headers)
    assert other.status_code == 409  # the same key for another request
    created = client.post("/events", json={"id": "e1"}, headers={**headers, "Idempotency-Key": "e"})
    replay = client.post("/events", json={"id": "e1"}, headers={**headers, "Idempotency-Key": "e"})
    assert created.status_code == replay.status_code == 201 and created.json() == replay.json()
