"""Proposals answered from outside (red team 15): the refusals say what to do.

A member not asked saw the hint "it waits for {waiting}" (a placeholder nobody filled), and
a member who had accepted, clicking again (a second tab, a double submit), was told they
were not asked (403), as if their word had not counted. Now the hint names whom it waits
for, and a second answer is a conflict (409, field ``proposal``) that says their acceptance
counted and whom it still waits for. What was sound already is pinned too: a proposal of
another venture answered by its number, a proposal answered twice or withdrawn once accepted.
"""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over
from tests.ventures import START, Auth, two_ventures, venture
from tests.web.pages import browser, post


@pytest.fixture
def api(community: Community) -> tuple[TestClient, Auth]:
    return client_over(community), two_ventures(community)


def answer(client: TestClient, who: dict[str, str], venture_id: str, n: int, **body: object):  # type: ignore[no-untyped-def]
    return client.post(f"/ventures/{venture_id}/proposals/{n}/answer", json=body, headers=who)


def test_a_second_answer_says_the_first_counted(api: tuple[TestClient, Auth]) -> None:
    client, auth = api
    own = {"member": "ana", "effective": START.isoformat(), "salary": "200000"}
    r = client.post("/ventures/acme/rates", json=own, headers=auth["ana"])
    assert r.status_code == 202 and r.json()["waiting"] == ["bob", "cy"], r.text
    n = r.json()["proposal"]
    assert answer(client, auth["bob"], "acme", n, accept=True).json()["waiting"] == ["cy"]
    for again in ({"accept": True}, {"accept": False, "note": "changed my mind"}):
        r = answer(client, auth["bob"], "acme", n, **again)
        assert r.status_code == 409, r.text
        err = r.json()
        assert (err["field"], err["value"]) == ("proposal", n)
        assert "'bob' accepted proposal" in err["detail"] and "it waits for cy" in err["detail"]
        assert err["hint"] == "an answer is given once: nothing more to do"
    # the proposer is not asked: the hint names whom it waits for, no placeholder
    r = answer(client, auth["ana"], "acme", n, accept=True)
    assert r.status_code == 403 and r.json()["hint"] == "it waits for cy", r.text
    assert answer(client, auth["cy"], "acme", n, accept=True).json()["status"] == "accepted"


def test_a_proposal_is_answered_in_its_venture_once(api: tuple[TestClient, Auth]) -> None:
    client, auth = api
    low = {"member": "bob", "effective": START.isoformat(), "salary": "1000"}
    n = client.post("/ventures/acme/rates", json=low, headers=auth["ana"]).json()["proposal"]
    # another venture's member, by the number, through their own venture: no such proposal
    r = answer(client, auth["dan"], "other", n, accept=True)
    assert r.status_code == 404 and r.json()["field"] == "proposal", r.text
    assert answer(client, auth["dan"], "acme", n, accept=True).status_code == 404
    # a member not asked, accepting or declining
    for body in ({"accept": True}, {"accept": False, "note": "no"}):
        r = answer(client, auth["cy"], "acme", n, **body)
        assert r.status_code == 403 and r.json()["hint"] == "it waits for bob", r.text
    assert answer(client, auth["bob"], "acme", n, accept=True).json()["status"] == "accepted"
    # answered: once; its proposer can no longer withdraw it
    for who, body in (("bob", {"accept": True}), ("ana", {"accept": False, "note": "oops"})):
        r = answer(client, auth[who], "acme", n, **body)
        assert r.status_code == 409 and "already accepted" in r.json()["detail"], r.text


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "'bob' accepted proposal 1 of venture 'acme' already; it waits for cy"),
        ("fr", "La proposition 1 a déjà reçu sa réponse"),
    ],
)
def test_the_page_says_a_second_click_was_answered_already(
    community: Community, lang: str, said: str
) -> None:
    """bob accepted the freeze, which still waits for cy; his second click (another tab)
    was told the proposal did not wait for his word. The page now says it was answered."""
    venture(community.equity, "acme", "ana", "bob", "cy", name="Acme")
    app = client_over(community)
    ana, bob = browser(app, community, "ana"), browser(app, community, "bob")
    assert post(ana, "/web/ventures/acme/freeze", {"freeze": "2024-03-01"}).status_code == 303
    form = f"/web/ventures/acme/proposals/1/answer?lang={lang}"
    r = post(bob, form, {"answer": "accept", "note": ""})
    assert r.status_code == 303 and "proposal_open" in r.headers["location"], r.headers
    r = post(bob, form, {"answer": "accept", "note": ""})
    alert = " ".join(re.findall(r"role=\"alert\">(.*?)</p>", r.text, re.S))
    assert r.status_code == 409 and said in unescape(r.text), alert
