"""Rating a collaboration on the web from a stale page: the refusal is shown.

The rating form's error was shown beside that collaboration's rating field only; a
collaboration that is not (or no longer) shown with one (declined, erased with its partner, an
id typed by hand) answered 422 with the page and no error at all.
"""

from __future__ import annotations

from html import unescape

from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.web.pages import post
from tests.web.test_member_pages import ana, app_client, tokens
from tests.web.test_redteam_answers import bob

__all__ = ["ana", "app_client", "bob", "tokens"]  # the fixtures


def test_rating_an_unknown_collaboration_says_so(ana: TestClient) -> None:
    for lang, said in (
        ("en", "No collaboration 'col_000000000000'"),
        ("fr", "Cette collaboration"),
    ):
        r = post(ana, f"/web/collaborations/col_000000000000/rating?lang={lang}", {"rating": "2"})
        assert r.status_code == 404, r.text
        assert said in unescape(r.text), r.text


def test_rating_a_declined_collaboration_says_why(bob: TestClient, community: Community) -> None:
    c = community.trust.propose_collaboration(
        "ana", "bob", "shop", "2024-01-01", actor=Actor("ana")
    )
    community.trust.answer_collaboration(c.id, False, actor=Actor("bob"))
    r = post(bob, f"/web/collaborations/{c.id}/rating?lang=en", {"rating": "-2"})
    assert r.status_code in (409, 422), r.text
    assert 'role="alert"' in r.text and "declined" in unescape(r.text), r.text
    mine = community.trust.collaborations("bob", actor=Actor("bob"))[0]
    assert mine.partner_rating is None
