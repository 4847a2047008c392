"""What a new user's walk through the pages found, through the app (TestClient), in English and
French: each test fails without its fix."""

from __future__ import annotations

from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over
from tests.ventures import venture
from tests.web.pages import error_for, post, sign_in


def _member(community: Community, who: str = "ana") -> TestClient:
    client = client_over(community)
    sign_in(client, community.security.create_token(who))
    return client


# ------------------------------------------------------------- collaborations
@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "Write the start date YYYY-MM-DD, from January 1, 1950 to today."),
        ("fr", "Écrivez la date de début AAAA-MM-JJ, du 1 janvier 1950 à aujourd'hui."),
    ],
)
def test_a_collaboration_dated_1900_is_refused_on_the_page(
    community: Community, lang: str, says: str
) -> None:
    """A collaboration started on 1 January 1900 was accepted (a typo for 2000): the form now
    refuses it under its start date, saying from when, in the reader's language."""
    ana = _member(community)
    form = {"partner": "bob", "project": "shop", "started": "1900-01-01", "ended": ""}
    r = post(ana, f"/web/collaborations?lang={lang}", form | {"rating": "", "note": ""})
    assert r.status_code == 422
    assert unescape(error_for(r.text, "f-started")) == says
    assert community.trust.collaborations("ana", actor=Actor("ana")) == []


# -------------------------------------------------------------------- ventures
@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "from the venture's start on"),
        ("fr", "à partir du début du projet"),
    ],
)
def test_a_salary_dated_before_the_venture_started_is_refused_on_the_page(
    community: Community, lang: str, says: str
) -> None:
    """A salary "from 1900" was recorded in a venture started in 2023: entries before the
    start were refused, salaries were not. The rates form now refuses it under its date."""
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    ana = _member(community)
    form = {"member": "bob", "effective": "1900-01-01", "salary": "60000", "paid_salary": ""}
    r = post(ana, f"/web/ventures/acme/rates?lang={lang}", form)
    assert r.status_code == 422
    assert says in unescape(error_for(r.text, "r-effective"))
    assert community.equity.store.member_rates("acme") == ()
