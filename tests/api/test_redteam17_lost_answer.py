"""Red team 17: a worker killed (SIGKILL) between its write and its answer.

An ``Idempotency-Key`` makes a retry safe: the first request claims the key (one
transaction), runs (its own transactions), then stores its answer (a third). A worker
killed after the work committed and before the answer was stored left the claim
``pending``; ``pending_timeout`` (60 s) later a retry took the claim over as if nothing had
run, and **ran the request again**: a second venture, a second account, a second event
(high: the one promise of the key broken, by a crash or a deploy's restart).

The work's transaction now marks the claim as run (``ran_at``, in the same commit: on both
backends, a commit hook of the database), so a retry after the timeout knows: the work ran
and its answer was lost. It is refused (409, field ``Idempotency-Key``) and runs nothing;
a worker killed *before* its work committed left nothing, and the retry runs it once.

The kill is real: a forked worker serves the request in-process and kills itself with
SIGKILL at the chosen moment; the retry is served by a new app over the same database.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from embeddings.encoder import FakeEncoder
from matcher.community import Community
from matcher.equity import EquityService, EquityStore

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

BODY = {"name": "Acme", "start": "2024-01-01"}


def _settings(target: str, folder: Path) -> Settings:
    return Settings(
        db=target,
        encoder="fake",
        index_kind="flat",
        index_path=folder / "c.index",
        warm_on_start=False,
    )


def _token(target: str) -> str:
    c = Community(target, FakeEncoder(dim=32))
    c.profiles.import_profiles([{"id": "ana", "name": "Ana", "offers": "code", "needs": "sales"}])
    token = c.security.create_token("ana")
    c.close()
    return token


def _killed_worker(settings: Settings, headers: dict[str, str], die: Callable[[], None]) -> None:
    """Serve one ``POST /ventures`` in a forked worker that ``die`` kills (SIGKILL)."""
    pid = os.fork()
    if pid == 0:  # the worker
        try:
            die()
            with TestClient(create_app(settings)) as client:
                client.post("/ventures", json=BODY, headers=headers)
        finally:
            os._exit(3)  # never reached when the kill came
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status


def _kill_self() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _retry(settings: Settings, headers: dict[str, str]) -> Any:
    app = create_app(settings)
    app.state.idempotency.pending_timeout = 0.0  # the dead worker's claim is stale at once
    with TestClient(app) as client:
        return client.post("/ventures", json=BODY, headers=headers)


def _ventures(target: str) -> list[str]:
    c = Community(target, FakeEncoder(dim=32))
    try:
        return EquityStore(c.db).ventures_of("ana")
    finally:
        c.close()


def test_killed_after_its_write_the_retry_runs_nothing_twice(
    db_target: str, tmp_path: Path
) -> None:
    settings = _settings(db_target, tmp_path)
    headers = {"Authorization": f"Bearer {_token(db_target)}", "Idempotency-Key": "acme-1"}

    def die_after_the_commit() -> None:
        real = EquityService.create_venture

        def create(self: EquityService, *args: Any, **kwargs: Any) -> Any:
            real(self, *args, **kwargs)  # committed
            _kill_self()  # before the answer is stored

        EquityService.create_venture = create  # type: ignore[method-assign]

    _killed_worker(settings, headers, die_after_the_commit)
    assert len(_ventures(db_target)) == 1  # the work committed
    again = _retry(settings, headers)
    assert again.status_code == 409, again.text
    problem = again.json()
    assert problem["field"] == "Idempotency-Key"
    assert "was carried out" in problem["detail"] and "answer was lost" in problem["detail"]
    assert len(_ventures(db_target)) == 1  # nothing ran twice
    # a new key is a new request: it runs
    fresh = _retry(settings, headers | {"Idempotency-Key": "acme-2"})
    assert fresh.status_code == 201 and len(_ventures(db_target)) == 2


def test_killed_before_its_write_the_retry_runs_it_once(db_target: str, tmp_path: Path) -> None:
    settings = _settings(db_target, tmp_path)
    headers = {"Authorization": f"Bearer {_token(db_target)}", "Idempotency-Key": "acme-1"}

    def die_inside_the_write() -> None:
        real = EquityStore.add_venture

        def add(self: EquityStore, *args: Any, **kwargs: Any) -> Any:
            real(self, *args, **kwargs)  # written, not committed
            _kill_self()

        EquityStore.add_venture = add  # type: ignore[method-assign]

    _killed_worker(settings, headers, die_inside_the_write)
    assert _ventures(db_target) == []  # rolled back
    again = _retry(settings, headers)
    assert again.status_code == 201, again.text
    assert _ventures(db_target) == [again.json()["id"]]
    replay = _retry(settings, headers)  # and its answer is kept, as for any request
    assert replay.status_code == 201 and replay.json() == again.json()
    assert len(_ventures(db_target)) == 1
