"""Sign-up through the API answers a taken address exactly as a free one: the same status,
headers and body (ids and times aside), the same throttle; the owner is told by e-mail; the
newcomer confirms with ``POST /me/confirm``."""

from __future__ import annotations

import json
import re
import time

from matcher.community import Community
from tests.apps import client_over
from tests.support import accounts_community, confirm_code, confirmed_sign_up

PASSWORD = "correct horse battery"


def _shape(r: object) -> tuple[int, dict[str, str], dict[str, object]]:
    body = json.loads(r.content)  # type: ignore[attr-defined]
    body |= {"id": "<id>", "created_at": "<time>", "email": "<typed>", "name": "<typed>"}
    skip = {"date", "content-length", "x-request-id", "x-response-time"}
    headers = {k: v for k, v in r.headers.items() if k not in skip}  # type: ignore[attr-defined]
    return r.status_code, headers, body  # type: ignore[attr-defined]


def test_a_taken_address_gets_the_same_answer_as_a_free_one() -> None:
    c: Community = accounts_community()
    confirmed_sign_up(c, "Ana", "ana@example.org", PASSWORD)
    api = client_over(c)
    free = api.post(
        "/accounts", json={"name": "Zed", "email": "zed@example.org", "password": PASSWORD}
    )
    taken = api.post(
        "/accounts", json={"name": "Bea", "email": "ana@example.org", "password": PASSWORD}
    )
    assert _shape(free) == _shape(taken)
    assert free.status_code == 201 and free.json()["confirmed"] is False
    assert len(free.content) == len(taken.content)  # ids, names, addresses of one length
    assert (taken.json()["email"], taken.json()["id"]) == ("ana@example.org", "bea")
    kinds = {(m.to, m.kind) for m in c.mail.store.messages(limit=100)}
    assert kinds == {("zed@example.org", "confirm_link"), ("ana@example.org", "signup_attempt")}


def test_the_time_of_a_sign_up_does_not_tell_a_taken_address() -> None:
    c = accounts_community()
    confirmed_sign_up(c, "Ana", "ana@example.org", PASSWORD)
    times: dict[str, list[float]] = {"free": [], "taken": []}
    for n in range(20):
        for kind, email in (("free", f"new{n}@example.org"), ("taken", "ana@example.org")):
            # the process's CPU time: the work each path does (every thread of it, as
            # argon2's lanes), not the other processes of a loaded machine (13.7 against
            # 0.9 ms in wall time once, under the full suite beside four others)
            start = time.process_time()
            c.accounts.sign_up(f"P{n}", email, PASSWORD, client=f"10.0.{n}.{len(kind)}")
            times[kind].append(time.process_time() - start)
    free, taken = sorted(times["free"])[10], sorted(times["taken"])[10]
    assert abs(free - taken) < max(free, taken) * 0.5, (free, taken)  # medians within 50 %


def test_the_api_confirms_with_the_code_signed_in() -> None:
    c = accounts_community()
    api = client_over(c)
    r = api.post(
        "/accounts", json={"name": "Zed", "email": "zed@example.org", "password": PASSWORD}
    )
    token = api.post("/accounts/signin", json={"email": "zed@example.org", "password": PASSWORD})
    headers = {"Authorization": f"Bearer {token.json()['token']}"}
    assert api.get("/me/account", headers=headers).json()["confirmed"] is False
    assert api.post("/me/confirm/resend", headers=headers).status_code == 202
    code = confirm_code(c, r.json()["id"])
    bad = api.post("/me/confirm", json={"code": code + "x"}, headers=headers)
    assert bad.status_code == 401 and bad.json()["field"] == "code"
    ok = api.post("/me/confirm", json={"code": code}, headers=headers)
    assert ok.status_code == 200 and ok.json()["confirmed"] is True
    again = api.post("/me/confirm", json={"code": code}, headers=headers)
    assert again.status_code == 401 and re.search("used already", again.json()["detail"])
    assert api.post("/me/confirm/resend", headers=headers).status_code == 409
