"""A venture's answer buttons on the web: an answer that is neither button's (missing,
tampered with) is refused naming the field, never taken as the other answer.

* A leaver's answer to their departure read anything but ``acknowledge`` as a dispute: the
  form sent without its button (or with ``answer=yes``) and a note recorded a dispute in the
  leaver's name, and an answer is given once: they could never acknowledge it after.
* An invitation's answer read anything but ``accept`` as a decline: the invitation was
  removed, and the person could join only if an owner invited them again.

Both are now refused (422) in the page's language, and nothing is recorded.
"""

from __future__ import annotations

import datetime as dt
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from matcher.equity.model import Departure, Reason
from tests.apps import client_over
from tests.ventures import person, venture
from tests.web.pages import post, sign_in


def _signed_in(community: Community, who: str) -> TestClient:
    client = client_over(community)
    sign_in(client, community.security.create_token(who))
    return client


@pytest.mark.parametrize("answer", ["", "yes", "Acknowledge "])
@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "Press “I acknowledge it”"), ("fr", "Appuyez sur «\u00a0Je le reconnais\u00a0»")],
)
def test_a_departure_answer_that_is_no_button_records_nothing(
    community: Community, answer: str, lang: str, said: str
) -> None:
    venture(community.equity, "acme", "ana", "bob")
    leave = Departure("bob", dt.date(2024, 6, 1), Reason.FIRED_WITHOUT_CAUSE)
    community.equity.leave("acme", leave, actor=Actor("ana"))
    bob = _signed_in(community, "bob")
    form = {"note": "fine by me"} | ({"answer": answer} if answer else {})
    r = post(bob, f"/web/ventures/acme/departures/bob/answer?lang={lang}", form)
    assert r.status_code == 422, r.text
    assert said in unescape(r.text)
    [record] = community.equity.departures("acme", actor=Actor("bob"))
    assert record.acknowledged is None  # still free to acknowledge
    r = post(bob, "/web/ventures/acme/departures/bob/answer", {"answer": "acknowledge"})
    assert r.status_code == 303, r.text


@pytest.mark.parametrize("answer", ["", "yes", "Decline"])
def test_an_invitation_answer_that_is_no_button_declines_nothing(
    community: Community, answer: str
) -> None:
    venture(community.equity, "acme", "ana")
    person(community.equity, "bob")
    community.equity.invite("acme", "bob", actor=Actor("ana"))
    bob = _signed_in(community, "bob")
    form = {"answer": answer} if answer else {}
    r = post(bob, "/web/ventures/acme/invitation?lang=fr", form)
    assert r.status_code == 422, r.text
    assert "Répondez oui ou non" in unescape(r.text)
    assert "bob" in community.equity.view("acme", actor=Actor("ana")).roles.invited
    assert post(bob, "/web/ventures/acme/invitation", {"answer": "accept"}).status_code == 303
