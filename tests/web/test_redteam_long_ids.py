"""An id of 5,000 characters in a page's path is not echoed whole on the error page: the
page shows its first 40 characters and "…", and says what an id looks like (red team)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over
from tests.web.pages import sign_in

LONG = "a" * 5000

#: what the page says an id looks like, by language
RULE = {"en": "lower-case letters, digits", "fr": "lettres minuscules, chiffres"}


@pytest.fixture
def ana(community: Community) -> TestClient:
    client = client_over(community)
    sign_in(client, community.security.create_token("ana"))
    return client


def alerts(html: str) -> str:
    return " ".join(re.findall(r'<p class="error" role="alert">(.*?)</p>', html, re.S))


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(
    "path",
    [
        f"/web/ventures/{LONG}",
        f"/web/events/{LONG}",
        f"/web/people/{LONG}",
        f"/web/events/{LONG}/edit",
    ],
)
def test_a_long_id_in_the_path_is_shortened_and_the_rule_said(
    ana: TestClient, path: str, lang: str
) -> None:
    r = ana.get(f"{path}?lang={lang}", headers={"Accept-Language": lang})
    assert r.status_code == 404
    said = alerts(r.text)
    assert "a" * 41 not in said, said[:300]
    assert RULE[lang] in said, said


@pytest.mark.parametrize("path", ["/ventures/", "/events/", "/profiles/"])
def test_the_api_error_stays_bounded(community: Community, path: str) -> None:
    api = client_over(community)
    token = community.security.create_token("ana")
    r = api.get(path + LONG, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 404
    assert len(r.text) < 1000
