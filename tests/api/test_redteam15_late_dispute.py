"""A leaver's dispute never moves a split the members have signed (red team 15).

ana fired bob for cause (he keeps no time slices); bob did not answer. ana and cy then
ended the venture: each confirmed the ledger's SHA-256, and the split was final. bob's
dispute, sent after the end, still went through: the ledger applied his best case (every
slice kept), ana's and cy's shares fell in an ended venture, and the owner who could have
confirmed the cause was refused (the ledger is closed): bob's word alone stood for ever,
against a split both had signed. The same while the end waited for confirmations: the
ledger they were confirming changed under them. A dispute is now refused once the end is
proposed or confirmed (409, field ``ledger``), and nothing changes; an acknowledgement,
which changes no slice, is still taken.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from html import unescape

import pytest

from matcher.access import Actor
from matcher.community import Community
from matcher.equity import Departure, Rate, Reason
from matcher.errors import Conflict
from tests.apps import client_over
from tests.ventures import START, agreed_rate, venture
from tests.web.pages import browser

ANA, BOB, CY = Actor("ana"), Actor("bob"), Actor("cy")


@pytest.fixture
def fired(community: Community) -> Community:
    """acme: ana (owner), bob and cy; bob worked 100 hours, then ana fired him for cause."""
    equity = community.equity
    venture(equity, "acme", "ana", "bob", "cy", name="Acme")
    agreed_rate(equity, "acme", Rate("bob", START, Decimal(100000)), "ana")
    time = {"member": "bob", "kind": "time", "on": "2024-01-10", "hours": "100"}
    equity.post("acme", equity.parse_entry(time), key="t1", actor=BOB)
    for who in ("ana", "cy"):
        cash = {"member": who, "kind": "cash", "on": "2024-01-11", "amount": "1000"}
        equity.post("acme", equity.parse_entry(cash), key=f"c-{who}", actor=Actor(who))
    leave = Departure("bob", dt.date(2024, 2, 1), Reason.FIRED_FOR_CAUSE)
    equity.leave("acme", leave, actor=ANA)
    return community


def _shares(community: Community) -> dict[str, object]:
    split = community.equity.split("acme", actor=ANA)
    return {m.member: m.share for m in split.members}


def test_a_dispute_after_the_end_moves_no_signed_split(fired: Community) -> None:
    equity = fired.equity
    end = equity.propose_end("acme", actor=ANA)
    equity.confirm_end("acme", end.ledger_hash, actor=CY)
    assert equity.end_record("acme", actor=ANA).status == "ended"  # type: ignore[union-attr]
    signed, shares = equity.ledger_hash("acme", actor=ANA), _shares(fired)

    api = client_over(fired)
    bob = {"Authorization": f"Bearer {fired.security.create_token('bob')}"}
    r = api.post(
        "/ventures/acme/departures/bob/answer",
        json={"acknowledge": False, "note": "it was not for cause"},
        headers=bob,
    )
    assert r.status_code == 409, r.text
    err = r.json()
    assert (err["field"], err["value"]) == ("ledger", "acme")
    assert "ended" in err["detail"] and err["hint"]
    assert equity.ledger_hash("acme", actor=ANA) == signed and _shares(fired) == shares
    assert not equity.rewritten_since_end("acme", actor=ANA)
    assert equity.proposals("acme", actor=ANA, open_only=True) == []


def test_a_dispute_waits_while_the_end_is_confirmed(fired: Community) -> None:
    equity = fired.equity
    end = equity.propose_end("acme", actor=ANA)
    with pytest.raises(Conflict) as refused:
        equity.answer_departure("acme", "bob", False, "not for cause", actor=BOB)
    assert refused.value.field == "ledger" and "locked" in refused.value.detail
    equity.confirm_end("acme", end.ledger_hash, actor=CY)  # the hash cy read still holds
    assert equity.end_record("acme", actor=ANA).status == "ended"  # type: ignore[union-attr]
    # an acknowledgement changes no slice: taken, even now
    record = equity.answer_departure("acme", "bob", True, actor=BOB)
    assert record.acknowledged is True
    assert equity.ledger_hash("acme", actor=ANA) == end.ledger_hash


def test_a_dispute_before_the_end_still_counts(fired: Community) -> None:
    before = _shares(fired)
    fired.equity.answer_departure("acme", "bob", False, "not for cause", actor=BOB)
    assert _shares(fired)["bob"] > before["bob"]  # his best case until another owner confirms


def test_a_dispute_after_a_freeze_can_be_confirmed(fired: Community) -> None:
    """Recovery rules still apply after a freeze: bob may dispute, and cy, another owner,
    confirms the cause (before, his confirmation was refused: the pie is frozen, and bob's
    best case stood for ever on his word alone)."""
    equity = fired.equity
    equity.name_owner("acme", "cy", actor=ANA)
    equity.freeze("acme", dt.date(2024, 3, 1), actor=ANA)
    (p,) = equity.proposals("acme", actor=ANA, open_only=True)
    equity.answer_proposal("acme", p.id, True, actor=CY)
    assert equity.store.get_venture("acme").freeze is not None  # type: ignore[union-attr]
    fired_shares = _shares(fired)
    equity.answer_departure("acme", "bob", False, "not for cause", actor=BOB)
    assert _shares(fired)["bob"] > fired_shares["bob"]  # his best case, for now
    (cause,) = equity.proposals("acme", actor=ANA, open_only=True)
    assert cause.kind == "cause" and equity.waiting_for("acme", cause) == ("cy",)
    assert equity.answer_proposal("acme", cause.id, True, actor=CY).status == "accepted"
    assert _shares(fired) == fired_shares


@pytest.mark.parametrize(
    ("lang", "dispute", "closed"),
    [
        ("en", "I dispute it", "your departure can no longer be disputed"),
        ("fr", "Je le conteste", "votre départ ne peut plus être contesté"),
    ],
)
def test_the_page_offers_no_dispute_once_the_end_is_proposed(
    fired: Community, lang: str, dispute: str, closed: str
) -> None:
    app = client_over(fired)
    bob = browser(app, fired, "bob")
    page = unescape(bob.get(f"/web/ventures/acme?lang={lang}").text)
    assert dispute in page and closed not in page
    fired.equity.propose_end("acme", actor=ANA)
    page = unescape(bob.get(f"/web/ventures/acme?lang={lang}").text)
    assert dispute not in page and closed in page
