"""People and messages pages (issue 18, points 5 and 6): suggestion cards with where I stand,
save and skip, a member's page, conversations; in English and French."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over
from tests.web.pages import browser, error_for, post, unlabelled


@pytest.fixture
def app(community: Community) -> TestClient:
    return client_over(community)


@pytest.fixture
def ana(app: TestClient, community: Community) -> TestClient:
    return browser(app, community, "ana")


@pytest.fixture
def bob(app: TestClient, community: Community) -> TestClient:
    return browser(app, community, "bob")


def card_of(html: str, pid: str) -> str:
    """The suggestion card of ``pid`` ("" if absent)."""
    cards = html.split('<ol class="cards">', 1)[-1].split("\n</ol>")[0]
    for card in cards.split('<li class="card suggestion">')[1:]:
        if f"({pid})" in card:
            return card
    return ""


def test_cards_show_one_score_and_where_i_stand(ana: TestClient, community: Community) -> None:
    page = ana.get("/web/suggestions").text
    bob_card = card_of(page, "bob")
    [s] = [
        s
        for s in community.matching.suggest("ana", k=10, actor=Actor("ana"))
        if s.candidate == "bob"
    ]
    assert f"Match {s.rating.points}/100: {s.rating.band}" in bob_card
    assert "/web/introductions/new?target=bob" in bob_card and "Score" not in bob_card
    community.trust.request_introduction("ana", "bob", actor=Actor("ana"))
    bob_card = card_of(ana.get("/web/suggestions").text, "bob")
    assert bob_card, "a pending request keeps bob on the cards, with where ana stands"
    assert "you asked to meet" in bob_card
    assert "/web/introductions/new?target=bob" not in bob_card  # never asked twice
    fr = card_of(ana.get("/web/suggestions?lang=fr").text, "bob")
    assert "rencontre demandée" in fr and "Affinité" in fr


def test_no_introduction_offered_to_a_partner(ana: TestClient, community: Community) -> None:
    trust = community.trust
    c = trust.propose_collaboration("ana", "bob", "shop", "2024-01-01", actor=Actor("ana"))
    trust.answer_collaboration(c.id, True, actor=Actor("bob"))
    page = ana.get("/web/people/bob").text
    assert "partners" in page and "/web/introductions/new?target=bob" not in page
    card = card_of(ana.get("/web/suggestions").text, "bob")
    assert not card or "/web/introductions/new?target=bob" not in card


def test_save_and_skip_from_a_card(ana: TestClient) -> None:
    r = post(ana, "/web/people/bob/mark", {"mark": "saved", "next": "/web/suggestions"})
    assert r.status_code == 303 and r.headers["location"].startswith(
        "/web/suggestions?done=mark_saved"
    )
    page = ana.get(r.headers["location"]).text
    assert "bob is saved" in page and 'id="saved-h"' in page and "/web/people/bob" in page
    r = post(ana, "/web/people/cyd/mark", {"mark": "skipped", "next": "https://evil.example/"})
    assert r.headers["location"].startswith("/web/people/cyd?")  # never off-site
    assert not card_of(ana.get("/web/suggestions?k=20").text, "cyd")
    assert "skipped" in ana.get("/web/people/cyd").text
    post(ana, "/web/people/cyd/mark", {"mark": "none"})
    assert card_of(ana.get("/web/suggestions?k=20").text, "cyd")
    r = post(ana, "/web/people/cyd/mark?lang=fr", {"mark": "liked"})
    assert r.status_code == 422 and "<html" in r.text


def test_a_members_page(ana: TestClient, community: Community) -> None:
    trust = community.trust
    trust.endorse("dan", "ana", "python", actor=Actor("dan"))
    trust.endorse("dan", "bob", "sales", actor=Actor("dan"))
    page = ana.get("/web/people/bob").text
    assert "<h1" in page and "Bob" in page and "People you both trust" in page
    assert "/web/people/dan" in page  # a shared trusted person, linked
    assert "Why you match" in page and "Match " in page
    assert not unlabelled(page)
    fr = ana.get("/web/people/bob?lang=fr").text
    assert "Personnes de confiance en commun" in fr and "Pourquoi vous correspondez" in fr
    r = ana.get("/web/people/gus")  # private
    assert r.status_code == 404 and "Gus" not in r.text


def test_a_conversation_in_the_pages(
    app: TestClient, ana: TestClient, bob: TestClient, community: Community
) -> None:
    intro = community.trust.request_introduction("ana", "bob", actor=Actor("ana"))
    community.trust.answer_introduction(intro.id, True, actor=Actor("bob"))
    assert f"/web/messages/{intro.id}" in ana.get("/web/messages").text
    r = post(ana, f"/web/messages/{intro.id}", {"text": "Hello <b>Bob</b>"})
    assert r.status_code == 303 and "message_sent" in r.headers["location"]
    listed = bob.get("/web/messages").text
    assert "1 unread message" in listed
    page = bob.get(f"/web/messages/{intro.id}").text
    assert "Hello &lt;b&gt;Bob&lt;/b&gt;" in page and "Conversation with Ana" in page
    assert "unread message" not in bob.get("/web/messages").text
    r = post(bob, f"/web/messages/{intro.id}?lang=fr", {"text": ""})
    assert r.status_code == 422 and error_for(r.text, "f-text")
    fr = ana.get("/web/messages?lang=fr").text
    assert "Messages" in fr and "Une fois une mise en relation acceptée" in unescape(fr)
    # a stranger: as if the conversation did not exist
    cyd = browser(app, community, "cyd")
    r = cyd.get(f"/web/messages/{intro.id}")
    assert r.status_code == 404 and "Hello" not in r.text
    r = post(cyd, f"/web/messages/{intro.id}", {"text": "intruding"})
    assert r.status_code == 404
    assert "intruding" not in str(community.db.execute("SELECT body FROM messages").fetchall())
    assert re.search(r'href="/web/messages"', ana.get("/web/suggestions").text)  # in the nav


@pytest.mark.parametrize("text", ["   ", "salut\x00\x01"])
def test_a_refused_message_is_told_in_french_and_kept(
    ana: TestClient, community: Community, text: str
) -> None:
    """An empty message or one with a control character was refused on the French page in
    English ('Refusé : the message is empty...'); it is told in French, and what was typed
    comes back."""
    intro = community.trust.request_introduction("ana", "bob", actor=Actor("ana"))
    community.trust.answer_introduction(intro.id, True, actor=Actor("bob"))
    r = post(ana, f"/web/messages/{intro.id}?lang=fr", {"text": text})
    said = error_for(r.text, "f-text")
    assert r.status_code == 422 and said.startswith("Écrivez votre message en texte simple"), said
    assert "Refusé" not in said and "message is" not in said
    if text.strip():
        assert "salut" in unescape(r.text)


def test_the_landing_page_explains_the_product(app: TestClient) -> None:
    r = app.get("/", headers={"Accept-Language": "en"})
    assert r.url.path == "/web" and r.status_code == 200
    for heading in ("Who it is for", "What happens", "Your privacy"):
        assert f">{heading}</h2>" in r.text
    assert 'href="/web/signup"' in r.text and 'href="/web/signin"' in r.text
    assert "paste your token" not in r.text.lower()
    fr = app.get("/web?lang=fr").text
    assert "Pour qui" in fr and "Ce qui se passe" in fr and "Votre vie privée" in fr
    # one minute of reading: the main text stays short (about 200 words a minute)
    words = len(re.sub(r"<[^>]+>", " ", r.text.split("<main", 1)[1].split("</main>")[0]).split())
    assert words < 300, words


@pytest.mark.parametrize(
    ("lang", "they", "you"),
    [
        ("en", "They bring:", "You bring:"),
        ("fr", "Cette personne apporte\u00a0:", "Vous apportez\u00a0:"),
    ],
)
def test_the_roles_each_brings_are_two_sentences(
    ana: TestClient, community: Community, lang: str, they: str, you: str
) -> None:
    """The explanation read "They bring sales you bring tech" (in French "Apporte vente vous
    apportez technique"): one run-on line; each side now has its own line and colon."""
    [s] = [
        s
        for s in community.matching.suggest("ana", k=10, actor=Actor("ana"))
        if s.candidate == "bob"
    ]
    assert s.roles_they_bring and s.roles_i_bring, "the fixture's pair brings roles both ways"
    text = re.sub(r"<[^>]+>", " ", unescape(ana.get(f"/web/people/bob?lang={lang}").text))
    text = re.sub(r"[ \n]+", " ", text)
    assert f"{they} " in text and f" {you} " in text
    assert re.search(
        r"<p>\s*" + re.escape(you), unescape(ana.get(f"/web/people/bob?lang={lang}").text)
    )
