"""A member's first salary waits on the venture page for the right person's word (ledger14),
and a leaver's dispute is said as the leaver's, in English and French."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from matcher.equity import Departure, Reason
from tests.apps import client_over
from tests.ventures import venture
from tests.web.pages import browser, post


@pytest.fixture
def app(community: Community) -> TestClient:
    return client_over(community)


def _answer_forms(html: str) -> list[str]:
    return re.findall(r'action="/web/ventures/acme/proposals/(\d+)/answer(?:\?lang=\w+)?"', html)


@pytest.mark.parametrize(
    ("lang", "proposed", "waits", "refused"),
    [
        (
            "en",
            "a salary of 1,000 a year (0 paid) for Bob from",
            "Waiting for: Bob",
            "'bob' has no salary rate in force on 2024-01-02; it waits for acceptance: proposal",
        ),
        (
            "fr",
            "un salaire de 1\u202f000 par an",
            "En attente de\u00a0: Bob",
            "attend encore une réponse (proposition",
        ),
    ],
)
def test_an_opening_salary_waits_for_its_member_on_the_page(
    app: TestClient, community: Community, lang: str, proposed: str, waits: str, refused: str
) -> None:
    venture(community.equity, "acme", "ana", "bob", "cy", name="Acme")
    ana, bob, cy = (browser(app, community, p) for p in ("ana", "bob", "cy"))
    form = {"member": "bob", "effective": "2023-01-01", "salary": "1000", "paid_salary": ""}
    r = post(ana, f"/web/ventures/acme/rates?lang={lang}", form)
    assert r.status_code == 303 and "rate_proposed" in r.headers["location"], r.text
    assert community.equity.store.member_rates("acme") == ()
    (p,) = community.equity.proposals("acme", actor=Actor("bob"), open_only=True)
    page = unescape(bob.get(f"/web/ventures/acme?lang={lang}").text)
    listed = page[page.find('id="proposals"') :][:1500]
    assert proposed in listed and waits in listed, listed
    # one sentence after another, spaced as written: no "2023 ." nor "Ana.Waiting"
    said = re.sub(
        r"[ \t\n]+", " ", re.sub(r"<[^>]+>", "", listed[listed.find('<li id="proposal-') :])
    )
    said = said[: said.find(waits) + len(waits) + 1]
    assert re.search(r"\d\. \w+ \w+ Ana\. " + re.escape(waits) + r"\.$", said), said
    assert _answer_forms(page) == [str(p.id)]  # bob is asked
    assert _answer_forms(cy.get("/web/ventures/acme").text) == []  # cy is not
    mine = ana.get("/web/ventures/acme").text  # ana proposed it: she may withdraw it only
    assert 'value="withdraw"' in mine and 'value="accept"' not in mine
    r = post(cy, f"/web/ventures/acme/proposals/{p.id}/answer", {"answer": "accept", "note": ""})
    assert r.status_code == 403 and community.equity.store.member_rates("acme") == ()
    # bob's time meanwhile is refused, naming the proposal, in the page's language
    entry = {"key": "t1", "member": "bob", "kind": "time", "on": "2024-01-02", "hours": "10"}
    r = post(bob, f"/web/ventures/acme/entries?lang={lang}", entry)
    assert r.status_code == 409 and refused in unescape(r.text), unescape(r.text)[-900:]
    assert community.equity.ledger("acme", actor=Actor("bob")) == []
    r = post(bob, f"/web/ventures/acme/proposals/{p.id}/answer", {"answer": "accept", "note": ""})
    assert r.status_code == 303 and "proposal_accepted" in r.headers["location"]
    assert [r.member for r in community.equity.store.member_rates("acme")] == ["bob"]
    assert post(bob, "/web/ventures/acme/entries", entry | {"key": "t2"}).status_code == 303


@pytest.mark.parametrize(
    ("lang", "said", "inbox"),
    [
        (
            "en",
            "Recorded by Ana, disputed by Bob.",
            "Bob disputed how their departure from the venture Acme was recorded",
        ),
        (
            "fr",
            "Enregistré par Ana, contesté par Bob.",
            "Bob conteste la façon dont son départ du projet Acme a été enregistré",
        ),
    ],
)
def test_a_disputed_cause_is_said_as_the_leavers_dispute(
    app: TestClient, community: Community, lang: str, said: str, inbox: str
) -> None:
    equity = community.equity
    venture(equity, "acme", "ana", "bob", "cy", name="Acme")
    equity.name_owner("acme", "cy", actor=Actor("ana"))
    leave = Departure("bob", dt.date(2024, 2, 1), Reason.FIRED_FOR_CAUSE)
    equity.leave("acme", leave, actor=Actor("ana"))
    equity.answer_departure("acme", "bob", False, "never warned", actor=Actor("bob"))
    cy = browser(app, community, "cy")
    page = unescape(cy.get(f"/web/ventures/acme?lang={lang}").text)
    listed = page[page.find('id="proposals"') :][:1500]
    assert said in listed and "Proposed by" not in listed and "Proposée par" not in listed
    notices = unescape(cy.get(f"/web/inbox?lang={lang}").text)
    assert inbox in notices and "made a proposal" not in notices, notices[-1500:]
