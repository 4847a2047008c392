"""The venture page's answers name what they answer (ledger13), in English and French."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from matcher.equity import Rate
from tests.apps import client_over
from tests.ventures import agreed_rate, venture
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


@pytest.mark.parametrize(
    ("lang", "proposed", "waits"),
    [
        ("en", "freeze the pie on March 1, 2024", "Waiting for: Bob"),
        ("fr", "geler la tarte au 1 mars 2024", "En attente de\u00a0: Bob"),
    ],
)
def test_a_freeze_waits_on_the_page_for_the_others_word(
    app: TestClient, community: Community, lang: str, proposed: str, waits: str
) -> None:
    """Ana's freeze is proposed, not applied; Bob's page asks for his word, and his answer
    names the proposal it answers (its number in the form's address)."""
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    ana, bob = browser(app, community, "ana"), browser(app, community, "bob")
    r = post(ana, "/web/ventures/acme/freeze", {"freeze": "2024-03-01"})
    assert r.status_code == 303 and "freeze_proposed" in r.headers["location"]
    assert community.equity.store.get_venture("acme").freeze is None  # type: ignore[union-attr]
    page = unescape(bob.get(f"/web/ventures/acme?lang={lang}").text)
    assert proposed in page.replace("1er", "1") and waits in page, page[page.find("proposals") :][
        :800
    ]
    form = "/web/ventures/acme/proposals/1/answer"
    assert f'action="{form}?lang={lang}"' in page
    r = post(bob, f"{form}?lang={lang}", {"answer": "decline", "note": ""})  # no reason
    assert r.status_code == 422, _alert(r.text)
    said = {"en": "needs a reason", "fr": "un refus demande une raison"}[lang]
    assert said in unescape(r.text), _alert(r.text)
    r = post(bob, form, {"answer": "accept", "note": ""})
    assert r.status_code == 303 and "proposal_accepted" in r.headers["location"]
    assert community.equity.store.get_venture("acme").freeze is not None  # type: ignore[union-attr]
    # the same form again: the proposal was answered, and nothing else is
    r = post(bob, f"{form}?lang={lang}", {"answer": "accept", "note": ""})
    said = {"en": "Proposal 1 was already answered", "fr": "La proposition 1 a déjà reçu"}[lang]
    assert r.status_code == 409 and said in unescape(r.text), _alert(r.text)


@pytest.mark.parametrize(
    ("lang", "badge", "mine"),
    [
        ("en", "good reason not confirmed yet", "it applies once another owner confirms it"),
        ("fr", "motif légitime pas encore confirmé", "il s'applique dès qu'une autre personne"),
    ],
)
def test_a_leavers_own_good_reason_is_shown_pending_and_an_owner_confirms_it(
    app: TestClient, community: Community, lang: str, badge: str, mine: str
) -> None:
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    community.equity.post(
        "acme", {"member": "bob", "kind": "cash", "on": "2024-01-02", "amount": 100},
        key="b1", actor=Actor("bob"),
    )  # fmt: skip
    ana, bob = browser(app, community, "ana"), browser(app, community, "bob")
    leave = {"member": "bob", "on": "2024-02-01", "reason": "resigned-good-reason"}
    r = post(bob, "/web/ventures/acme/departures", leave)
    assert r.status_code == 303 and "departure_claimed" in r.headers["location"], r.text
    page = unescape(bob.get(f"/web/ventures/acme?lang={lang}").text)
    assert badge in page and mine in page, page[page.find('id="answer"') :][:900]
    page = unescape(ana.get("/web/ventures/acme").text)
    assert 'action="/web/ventures/acme/proposals/1/answer"' in page
    r = post(ana, "/web/ventures/acme/proposals/1/answer", {"answer": "accept", "note": ""})
    assert r.status_code == 303, r.text
    (record,) = community.equity.departures("acme", actor=Actor("ana"))
    assert record.report.departure.claimed is None and record.report.slices_after == 400
    page = unescape(bob.get(f"/web/ventures/acme?lang={lang}").text)
    assert badge not in page


@pytest.mark.parametrize(
    ("lang", "says"),
    [("en", "applies once another owner confirms it"), ("fr", "s'applique dès qu'une autre")],
)
def test_the_preview_of_ones_own_good_reason_shows_the_worst_case(
    app: TestClient, community: Community, lang: str, says: str
) -> None:
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    agreed_rate(community.equity, "acme", Rate("bob", dt.date(2023, 1, 1), Decimal(100_000)), "ana")
    community.equity.post(
        "acme", {"member": "bob", "kind": "time", "on": "2024-01-02", "hours": 10},
        key="b1", actor=Actor("bob"),
    )  # fmt: skip
    bob = browser(app, community, "bob")
    query = "member=bob&on=2024-02-01&reason=resigned-good-reason"
    page = unescape(bob.get(f"/web/ventures/acme/departure?{query}&lang={lang}").text)
    assert says in page, page[page.find('id="effect"') :][:900]
    total = page.split('class="total"')[1].split("</tr>")[0]
    assert re.search(r">0[.,]00</td>$", total.rstrip()), total  # time lost: the worst case


@pytest.mark.parametrize(
    ("lang", "says"),
    [("en", "changed since you read the invitation"), ("fr", "ont changé depuis")],
)
def test_joining_from_an_old_invitation_page_is_refused_when_the_members_changed(
    app: TestClient, community: Community, lang: str, says: str
) -> None:
    from tests.ventures import START, create, person

    eq = community.equity
    create(eq, "acme", "ana", "Acme", start=START)
    for pid in ("ana2", "bob"):
        person(eq, pid)
        eq.invite("acme", pid, actor=Actor("ana"))
    bob = browser(app, community, "bob")
    page = bob.get("/web/ventures").text
    assert _hidden(page, "/web/ventures/acme/invitation", "members") == "ana"
    eq.answer_invitation("acme", True, actor=Actor("ana2"))
    r = post(
        bob, f"/web/ventures/acme/invitation?lang={lang}", {"answer": "accept", "members": "ana"}
    )
    assert r.status_code == 409 and says in unescape(r.text), _alert(r.text)
    assert "bob" not in eq.view("acme", actor=Actor("ana")).roles.members


@pytest.mark.parametrize(
    ("lang", "badge", "line"),
    [
        ("en", "fired for cause disputed, not confirmed by another owner", "they keep every slice"),
        (
            "fr",
            "«\u00a0licenciement pour faute\u00a0» contesté, non confirmé par une autre personne",
            "elle garde toutes ses parts",
        ),
    ],
)
def test_a_disputed_cause_is_shown_and_another_owner_confirms_it(
    app: TestClient, community: Community, lang: str, badge: str, line: str
) -> None:
    """ledger13b: the page says a departure for cause is disputed and not confirmed, and
    the owner it waits for confirms it from the proposals' section."""
    venture(community.equity, "acme", "ana", "bob", "cy", name="Acme")
    community.equity.name_owner("acme", "cy", actor=Actor("ana"))
    community.equity.post(
        "acme", {"member": "bob", "kind": "cash", "on": "2024-01-02", "amount": 100},
        key="b1", actor=Actor("bob"),
    )  # fmt: skip
    ana, cy = browser(app, community, "ana"), browser(app, community, "cy")
    leave = {"member": "bob", "on": "2024-02-01", "reason": "fired-for-cause"}
    assert post(ana, "/web/ventures/acme/departures", leave).status_code == 303
    community.equity.answer_departure("acme", "bob", False, "no cause", actor=Actor("bob"))
    page = unescape(cy.get(f"/web/ventures/acme?lang={lang}").text)
    assert badge in page and line in page
    assert f'action="/web/ventures/acme/proposals/1/answer?lang={lang}"' in page
    r = post(cy, "/web/ventures/acme/proposals/1/answer", {"answer": "accept", "note": ""})
    assert r.status_code == 303, r.text
    page = unescape(cy.get(f"/web/ventures/acme?lang={lang}").text)
    assert badge not in page
