"""Answering an introduction or a collaboration on the web: a form whose answer is neither
"yes" nor "no" (missing, tampered with) is refused naming the field, instead of declining; an
answer that comes too late says so in French too (it said "Pick a status from the list")."""

from __future__ import annotations

from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.web.pages import post, sign_in
from tests.web.test_member_pages import ana, app_client, tokens

__all__ = ["ana", "app_client", "tokens"]  # the fixtures


@pytest.fixture
def bob(ana: TestClient, tokens: dict[str, str]) -> TestClient:
    browser = TestClient(ana.app)
    sign_in(browser, tokens["bob"])
    return browser


@pytest.mark.parametrize("form", [{}, {"accept": "maybe"}, {"accept": "YES "}])
def test_an_answer_that_is_not_yes_or_no_declines_nothing(
    bob: TestClient, community: Community, form: dict[str, str]
) -> None:
    intro = community.trust.request_introduction("ana", "bob", actor=Actor("ana"))
    r = post(bob, f"/web/introductions/{intro.id}/answer?lang=fr", form)
    assert r.status_code == 422, r.text
    assert "Répondez oui ou non" in unescape(r.text)
    view = community.trust.get_introduction(intro.id, actor=Actor("bob"))
    assert view.status.value == "pending" and view.my_answer is None


def test_a_collaboration_answer_that_is_not_yes_or_no_declines_nothing(
    bob: TestClient, community: Community
) -> None:
    c = community.trust.propose_collaboration(
        "ana", "bob", "shop", "2024-01-01", actor=Actor("ana")
    )
    r = post(bob, f"/web/collaborations/{c.id}/answer?lang=en", {"confirm": "on"})
    assert r.status_code == 422 and "Answer yes or no" in unescape(r.text), r.text
    assert community.trust.collaborations("bob", actor=Actor("bob"))[0].status.value == "proposed"


def test_an_answer_too_late_says_so_in_both_languages(
    bob: TestClient, community: Community
) -> None:
    intro = community.trust.request_introduction("ana", "bob", actor=Actor("ana"))
    assert post(bob, f"/web/introductions/{intro.id}/answer", {"accept": "no"}).status_code == 303
    r = post(bob, f"/web/introductions/{intro.id}/answer?lang=fr", {"accept": "yes"})
    text = unescape(r.text)
    assert r.status_code == 409 and "Choisissez un statut" not in text
    assert "a déjà reçu une réponse" in text, text
    r = post(bob, f"/web/introductions/{intro.id}/answer?lang=en", {"accept": "yes"})
    text = unescape(r.text)  # to the one who declined: not "the requester may ask again"
    assert r.status_code == 409 and "may ask again" not in text, text
