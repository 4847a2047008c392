"""A password is the same through the API and the web pages: its spaces are part of it.

The API's bodies trim the spaces around text; they trimmed passwords too, while the domain
and the web pages keep a password as typed. A member who chose ``"correct horse battery "``
on the web was refused by ``POST /accounts/signin`` with that very password (and one who
signed up through the API with a leading space was refused by the sign-in page); a
password of ten spaces and a letter was refused as "1 character long".
"""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over
from tests.support import accounts_community, confirmed_sign_up

SPACED = " correct horse battery "


@pytest.fixture
def c() -> Community:
    return accounts_community()


@pytest.fixture
def api(c: Community) -> TestClient:
    return client_over(c)


def test_a_password_chosen_on_the_web_signs_in_through_the_api(
    api: TestClient, c: Community
) -> None:
    confirmed_sign_up(c, "Zoe", "zoe@example.org", SPACED)  # as the sign-up page does
    r = api.post("/accounts/signin", json={"email": "zoe@example.org", "password": SPACED})
    assert r.status_code == 201, r.text
    r = api.post("/accounts/signin", json={"email": "zoe@example.org", "password": SPACED.strip()})
    assert r.status_code == 401


def test_a_password_chosen_through_the_api_signs_in_on_the_web(
    api: TestClient, c: Community
) -> None:
    r = api.post("/accounts", json={"name": "Yan", "email": "yan@example.org", "password": SPACED})
    assert r.status_code == 201, r.text
    account, _ = c.accounts.sign_in("yan@example.org", SPACED)  # as the sign-in page does
    assert account.id == "yan"


def test_spaces_count_towards_the_length(api: TestClient) -> None:
    r = api.post(
        "/accounts", json={"name": "Xu", "email": "xu@example.org", "password": " " * 10 + "a"}
    )
    assert r.status_code == 201, r.text


def test_a_reset_through_the_api_keeps_the_spaces(api: TestClient, c: Community) -> None:
    confirmed_sign_up(c, "Ana", "ana@example.org", "an old password")
    api.post("/accounts/link", json={"email": "ana@example.org", "purpose": "reset"})
    [mail] = [m for m in c.mail.store.messages() if m.kind == "reset_link"]
    code = re.search(r"code=(\S+)", mail.body)
    assert code
    r = api.post("/accounts/reset", json={"code": code.group(1), "password": SPACED})
    assert r.status_code == 200, r.text
    account, _ = c.accounts.sign_in("ana@example.org", SPACED)
    assert account.id == "ana"
