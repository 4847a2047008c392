"""Red team 17 over HTTP: ``cofoundry serve --workers 2`` on one SQLite file, requests from
threads released together by a barrier (each worker a process of its own: what held).

* one ledger ``Idempotency-Key`` sent 8 times at once: one entry, one 201, seven 200 with
  the same entry;
* the target's "yes" and the connector's "no" to one introduction at once, from two
  workers: the "no" always lands (the "yes" too when it came first, else a 409: the request
  is no longer pending), the request is "not accepted" (as its requester reads a decline), and nobody's contact is revealed;
* one person answering "yes" and "no" at once: one answer wins, the other is a 409.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.community import Community
from tests.ventures import venture

PATH = Path(__file__).resolve().parents[2] / "bench" / "redteam.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_redteam", PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def server() -> Iterator[dict[str, Any]]:
    """The server (2 workers), seeded before it starts: ana, bob, cyd, dan; a venture of
    ana and bob; two introduction requests of ana's (to bob directly, to dan through cyd)."""
    with tempfile.TemporaryDirectory(prefix="cofoundry-r17-") as folder:
        srv = _bench().Server(Path(folder), workers=2)
        c = Community(str(srv.db), FakeEncoder(dim=32))
        c.profiles.import_profiles(
            [
                {"id": p, "name": p.title(), "offers": "code", "needs": "sales"}
                for p in ("ana", "bob", "cyd", "dan")
            ]
        )
        for a, b in (("ana", "cyd"), ("cyd", "dan")):
            done = c.trust.propose_collaboration(a, b, "shop", "2024-01-01", actor=Actor(a))
            c.trust.answer_collaboration(done.id, True, actor=Actor(b))
        venture(c.equity, "v", "ana", "bob")
        direct = c.trust.request_introduction("ana", "bob", actor=Actor("ana")).id
        through = c.trust.request_introduction("ana", "dan", connector="cyd", actor=Actor("ana")).id
        tokens = {p: c.security.create_token(p) for p in ("ana", "bob", "cyd", "dan")}
        c.close()
        srv.start()
        try:
            yield {"base": srv.base, "tokens": tokens, "direct": direct, "through": through}
        finally:
            srv.stop()


def at_once(calls: list[Callable[[], httpx.Response]]) -> list[httpx.Response]:
    start = threading.Barrier(len(calls))
    out: list[Any] = [None] * len(calls)

    def run(i: int) -> None:
        start.wait()
        out[i] = calls[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert all(isinstance(r, httpx.Response) for r in out), out
    return out


def post(
    server: dict[str, Any], who: str, path: str, body: Any, **headers: str
) -> Callable[[], httpx.Response]:
    auth = {"Authorization": f"Bearer {server['tokens'][who]}", **headers}
    return lambda: httpx.post(server["base"] + path, json=body, headers=auth, timeout=60)


def test_one_ledger_key_sent_8_times_at_once_to_two_workers_makes_one_entry(
    server: dict[str, Any],
) -> None:
    entry = {"member": "bob", "kind": "cash", "on": "2024-01-02", "amount": "250"}
    send = post(server, "bob", "/ventures/v/entries", entry, **{"Idempotency-Key": "bob-1"})
    answers = at_once([send] * 8)
    assert sorted(r.status_code for r in answers) == [200] * 7 + [201], [r.text for r in answers]
    assert {r.json()["number"] for r in answers} == {answers[0].json()["number"]}
    ledger = httpx.get(
        server["base"] + "/ventures/v/ledger",
        headers={"Authorization": f"Bearer {server['tokens']['bob']}"},
        timeout=30,
    )
    assert ledger.status_code == 200 and len(ledger.json()) == 1, ledger.text


def test_the_target_and_the_connector_answering_at_once_both_count(
    server: dict[str, Any],
) -> None:
    path = f"/me/introductions/{server['through']}/answer"
    yes, no = at_once(
        [post(server, "dan", path, {"accept": True}), post(server, "cyd", path, {"accept": False})]
    )
    # the "no" always lands; the "yes" too if it came first, else it is refused: the
    # request is no longer pending (never both lost, never a 500)
    assert no.status_code == 200, no.text
    assert yes.status_code == 200 or (yes.status_code == 409 and yes.json()["field"] == "status"), (
        yes.text
    )
    seen = httpx.get(
        server["base"] + f"/me/introductions/{server['through']}",
        headers={"Authorization": f"Bearer {server['tokens']['ana']}"},
        timeout=30,
    ).json()
    assert seen["status"] == "not accepted" and not seen["contact"], (
        seen
    )  # as the requester reads it


def test_one_person_answering_yes_and_no_at_once_gets_one_answer(
    server: dict[str, Any],
) -> None:
    path = f"/me/introductions/{server['direct']}/answer"
    answers = at_once(
        [post(server, "bob", path, {"accept": True}), post(server, "bob", path, {"accept": False})]
    )
    assert sorted(r.status_code for r in answers) == [200, 409], [r.text for r in answers]
    (lost,) = [r for r in answers if r.status_code == 409]
    assert lost.json()["field"] == "status"
    (won,) = [r for r in answers if r.status_code == 200]
    assert won.json()["status"] in ("accepted", "not accepted")
