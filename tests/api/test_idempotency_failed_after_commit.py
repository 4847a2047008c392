"""A request that fails after its work committed does not free its ``Idempotency-Key``.

The middleware released the claim of any request that did not answer 2xx, so that a
corrected request may use the key again. But a request can fail *after* its work
committed (a step after the service's write raises: 500): its claim was marked as run
(``ran_at``, red team 17's commit hook), then deleted by the release, and the client's
retry with the same key and body ran the work again: a second venture (medium: the key's
one promise broken by an ordinary error, no crash needed).

A claim that ran is no longer released: a retry is told that its first request was
carried out and its answer lost (409, field ``Idempotency-Key``), and runs nothing. A
request that failed before any write (a 4xx of the service, the throttle's own write
aside) still frees the key.
"""

from __future__ import annotations

from typing import Any

import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over

BODY = {"name": "Acme", "start": "2024-01-01"}


def ventures(c: Community) -> int:
    return len(c.equity.store.member_ventures("ana"))


@pytest.fixture
def c(backend: str) -> Community:
    c = Community(":memory:", FakeEncoder(dim=32))
    c.profiles.import_profiles([{"id": "ana", "name": "Ana", "offers": "code", "needs": "s"}])
    return c


def test_a_retry_after_a_failure_past_the_commit_runs_nothing_again(
    c: Community, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = client_over(c, raise_server_exceptions=False)
    headers = {
        "Authorization": f"Bearer {c.security.create_token('ana')}",
        "Idempotency-Key": "k-1",
    }
    real = c.equity.create_venture

    def fails_after_its_write(*args: Any, **kwargs: Any) -> Any:
        real(*args, **kwargs)  # committed
        raise RuntimeError("a step after the write failed")

    monkeypatch.setattr(c.equity, "create_venture", fails_after_its_write)
    assert api.post("/ventures", json=BODY, headers=headers).status_code == 500
    assert ventures(c) == 1
    monkeypatch.undo()

    retry = api.post("/ventures", json=BODY, headers=headers)
    assert retry.status_code == 409, retry.text
    assert retry.json()["field"] == "Idempotency-Key" and "carried out" in retry.json()["detail"]
    assert ventures(c) == 1  # not made twice
    fresh = api.post("/ventures", json=BODY, headers={**headers, "Idempotency-Key": "k-2"})
    assert fresh.status_code == 201 and ventures(c) == 2


def test_a_request_refused_before_any_write_still_frees_its_key(c: Community) -> None:
    """POST /profiles takes from the sign-up throttle (a write of its own) and is then
    refused (the id is taken): the corrected request may use the same key."""
    api = client_over(c)
    key = {"Idempotency-Key": "s-1"}
    taken = {"id": "ana", "name": "Ana", "offers": "o", "needs": "n"}
    assert api.post("/profiles", json=taken, headers=key).status_code == 409
    fixed = api.post("/profiles", json={**taken, "id": "ana-2"}, headers=key)
    assert fixed.status_code == 201, fixed.text
    assert c.profiles.store.get_profile("ana-2") is not None
    assert Actor("ana-2").profile_id == "ana-2"
