"""What a demanding new user found on the pages (walk8), through the app (TestClient), in
French and English: industries typed with accents, a conversation's message over its
limit, the French wording of a few sentences."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from matcher.loop.model import MAX_MESSAGE
from tests.apps import client_over
from tests.web.pages import browser, error_for, post, value_of

PO = Path(__file__).resolve().parents[2] / "api/web/locale/fr/LC_MESSAGES/messages.po"


@pytest.fixture
def app(community: Community) -> TestClient:
    return client_over(community)


def test_industries_typed_with_accents_are_kept_without_them(
    app: TestClient, community: Community
) -> None:
    """A French member types her industries as she writes them (santé, Énergie): they are
    saved as the labels everyone matches on (sante, energie), not refused; the form's help
    no longer asks her to leave the accents out."""
    ana = browser(app, community, "ana")
    page = unescape(ana.get("/web/profile?step=preferences&lang=fr").text)
    assert "sans accents" not in page
    r = post(
        ana,
        "/web/profile?lang=fr",
        {"step": "preferences", "industries": "Santé, Énergie", "visibility": "public"},
    )
    assert r.status_code == 303, error_for(r.text, "f-industries")
    saved = community.profiles.store.get_profile("ana")
    assert saved is not None and saved.industries == ("sante", "energie")
    page = ana.get("/web/profile?step=preferences&lang=fr").text
    assert value_of(page, "f-industries") == "sante, energie"


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", ["4,001 characters long", "4,000"]),
        ("fr", ["4\u202f001 caractères", "4\u202f000"]),
    ],
)
def test_a_message_over_its_limit_says_its_length_and_the_limit(
    app: TestClient, community: Community, lang: str, says: list[str]
) -> None:
    """A message past the conversation's limit is refused with its length and the limit (it
    was told, in French, that it was empty or held a control character), and kept."""
    intro = community.trust.request_introduction("ana", "bob", actor=Actor("ana"))
    community.trust.answer_introduction(intro.id, True, actor=Actor("bob"))
    ana = browser(app, community, "ana")
    text = "x" * (MAX_MESSAGE + 1)
    r = post(ana, f"/web/messages/{intro.id}?lang={lang}", {"text": text})
    assert r.status_code == 422
    error = unescape(error_for(r.text, "f-text"))
    assert all(s in error for s in says), error
    assert "control" not in error and "contrôle" not in error
    assert text in r.text


def test_the_french_sentences_are_not_gendered() -> None:
    """docs/web.md: the French avoids gendered wording; no "connecté(e)" nor "invité·e", nor
    an adjective agreeing with the reader ("ce lien marche pour vous seul": a woman reads
    "seule")."""
    msgstrs = re.findall(r'^msgstr(?:\[\d\])? "(.*)"$', PO.read_text(encoding="utf-8"), flags=re.M)
    gendered = [
        s
        for s in msgstrs
        if re.search(r"\w(\(e\)|·e\b|\(ne\)|·ne\b)|\bvous (seule?|sûre?|prête?)\b", s)
    ]
    assert not gendered, gendered
