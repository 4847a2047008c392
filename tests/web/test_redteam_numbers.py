"""Whole numbers in a page's query or form are plain ASCII digits, through one parser
(:func:`api.inputs.whole_number`): ``k=1_0`` was read as 10, and ``²`` (a digit to
``str.isdigit``, not to ``int``) made a 500 (red team)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over
from tests.web.pages import post, sign_in


@pytest.fixture
def ana(community: Community) -> TestClient:
    client = client_over(community)
    sign_in(client, community.security.create_token("ana"))
    return client


@pytest.mark.parametrize("value", ["1_0", "+10", "١٠", "10.0", "²", "1000"])
@pytest.mark.parametrize(("lang", "rule"), [("en", "1 to 50"), ("fr", "1 à 50")])
def test_suggestions_k_is_plain_digits_in_range(
    ana: TestClient, value: str, lang: str, rule: str
) -> None:
    r = ana.get(
        "/web/suggestions", params={"k": value, "lang": lang}, headers={"Accept-Language": lang}
    )
    assert r.status_code == 422, r.text[:300]
    assert rule in r.text and value.replace("+", "") in r.text


def test_suggestions_k_plain_digits_still_work(ana: TestClient) -> None:
    assert ana.get("/web/suggestions?k=5").status_code == 200
    assert ana.get("/web/suggestions").status_code == 200


@pytest.fixture
def night(ana: TestClient) -> TestClient:
    r = post(ana, "/web/events", {"event": "night", "name": "Night"})
    assert r.status_code == 303, r.text[:300]
    return ana


@pytest.mark.parametrize("value", ["²", "١"])
def test_a_superscript_round_is_a_clear_error_not_a_500(night: TestClient, value: str) -> None:
    r = post(night, "/web/events/night/round", {"round": value})
    assert r.status_code == 422, r.text[:300]
    assert night.get(f"/web/events/night?change={value}").status_code == 200
    assert night.get(f"/web/events/night/dashboard?change={value}").status_code == 200
