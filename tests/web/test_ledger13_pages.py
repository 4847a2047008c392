"""The venture page's answers name what they answer (ledger13), in English and French."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over
from tests.ventures import venture
from tests.web.pages import browser, post


@pytest.fixture
def app(community: Community) -> TestClient:
    return client_over(community)


def _hidden(html: str, form: str, name: str) -> str:
    part = html.split(f'action="{form}"')[1].split("</form>")[0]
    m = re.search(rf'<input type="hidden" name="{name}" value="([^"]*)"', part)
    assert m, f"no hidden {name} in {form}"
    return m[1]


def _alert(html: str) -> list[str]:
    return re.findall(r"role=\"alert\">(.*?)</p>", html, re.S)


@pytest.mark.parametrize(
    ("lang", "says"), [("en", "March 1, 2024"), ("fr", "termine le projet le 1er mars 2024")]
)
def test_a_decline_from_an_old_page_declines_no_newer_proposal(
    app: TestClient, community: Community, lang: str, says: str
) -> None:
    """Bob's page shows the end proposed for 1 June; Cy declines it and Ana proposes 1
    March. Bob's decline form, sent from the tab left open, declined 1 March; now it names
    its proposal and is refused with the day now proposed, which stays open."""
    venture(community.equity, "acme", "ana", "bob", "cy", name="Acme")
    ana, bob, cy = (browser(app, community, p) for p in ("ana", "bob", "cy"))
    end = "/web/ventures/acme/end"
    assert post(ana, end, {"ended_on": "2024-06-01"}).status_code == 303
    page = bob.get("/web/ventures/acme").text
    read = _hidden(page, f"{end}/decline", "proposal")
    assert post(cy, f"{end}/decline", {"reason": "no"}).status_code == 303
    assert post(ana, end, {"ended_on": "2024-03-01"}).status_code == 303
    r = post(bob, f"{end}/decline?lang={lang}", {"reason": "not in June", "proposal": read})
    assert r.status_code == 409 and says in unescape(r.text), _alert(r.text)
    record = community.equity.end_record("acme", actor=Actor("ana"))
    assert record is not None and record.status == "proposed"
    assert record.on.isoformat() == "2024-03-01"
