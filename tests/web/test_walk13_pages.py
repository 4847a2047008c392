"""What a new member's walk found wrong (walk13), through the app (TestClient), in French
and English: a one-option "Introduced by" list, feedback asked about a meeting as if it had
happened, verdicts named by their codes, error pages titled "Something went wrong" for a
mistyped address, and a request sent with no word of what comes next."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over
from tests.web.pages import post, sign_in


@pytest.fixture
def ana(community: Community) -> TestClient:
    client = client_over(community)
    sign_in(client, community.security.create_token("ana"))
    return client


@pytest.fixture
def bob(community: Community) -> TestClient:
    client = client_over(community)
    sign_in(client, community.security.create_token("bob"))
    return client


def text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", html)).replace("&#39;", "'")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_without_a_warm_path_there_is_no_list_of_one_connector(ana: TestClient, lang: str) -> None:
    page = ana.get(f"/web/introductions/new?target=bob&lang={lang}").text
    assert "Nobody you trust" in page or "Personne de votre réseau de confiance" in unescape(page)
    assert '<select id="f-connector"' not in page  # a list whose one choice is "nobody"
    assert '<input type="hidden" name="connector" value="">' in page
    r = post(ana, "/web/introductions", {"target": "bob", "connector": "", "message": "Hi"})
    assert r.status_code == 303


@pytest.mark.parametrize(
    ("lang", "legend", "choices", "next_step"),
    [
        (
            "en",
            "After you meet Ana: how did it go?",
            ["I would work with them again", "not a fit", "met before"],
            "You accepted: write to them from this page, by e-mail or in your conversation.",
        ),
        (
            "fr",
            "Après votre rencontre avec Ana\xa0: comment s'est-elle passée\u202f?",
            ["je retravaillerais avec cette personne", "pas compatible", "on se connaissait déjà"],
            "Vous avez accepté\xa0: écrivez-lui depuis cette page, par e\u2011mail ou dans votre conversation.",
        ),
    ],
)
def test_the_feedback_asked_after_an_introduction_says_it_is_for_after_meeting(
    ana: TestClient, bob: TestClient, lang: str, legend: str, choices: list[str], next_step: str
) -> None:
    assert post(ana, "/web/introductions", {"target": "bob"}).status_code == 303
    intro = re.search(r'id="intro-([^"]+)"', bob.get("/web/introductions").text)
    assert intro is not None
    r = post(bob, f"/web/introductions/{intro[1]}/answer?lang={lang}", {"accept": "yes"})
    page = text(bob.get(r.headers["location"] + f"&lang={lang}").text)
    assert legend in page
    assert all(c in page for c in choices), page
    assert next_step in page


@pytest.mark.parametrize(
    ("lang", "sent"),
    [
        (
            "en",
            "Your request is sent to Bob: they see it in their inbox, and their answer shows here.",
        ),
        (
            "fr",
            "Votre demande est envoyée à Bob\xa0: cette personne la voit dans sa boîte de réception, et sa réponse s'affichera ici.",
        ),
    ],
)
def test_a_sent_request_says_what_comes_next(ana: TestClient, lang: str, sent: str) -> None:
    r = post(ana, f"/web/introductions?lang={lang}", {"target": "bob", "message": "Hi"})
    assert r.status_code == 303
    assert sent in text(ana.get(r.headers["location"] + f"&lang={lang}").text)


@pytest.mark.parametrize(
    ("lang", "title", "message"),
    [
        ("en", "Not found", "No profile 'nobody-here'"),
        ("fr", "Introuvable", "Aucun profil visible n'a l'identifiant"),
    ],
)
def test_an_unknown_person_is_not_found_with_a_way_back(
    ana: TestClient, lang: str, title: str, message: str
) -> None:
    r = ana.get(
        f"/web/people/nobody-here?lang={lang}",
        headers={"referer": "http://testserver/web/suggestions"},
    )
    assert r.status_code == 404
    page = text(r.text)
    assert f"<title>{title} · cofoundry</title>" in unescape(r.text)
    assert "Something went wrong" not in page and "Un problème est survenu" not in page
    assert message in page
    assert 'href="/web/suggestions"' in r.text  # back where the member came from


@pytest.mark.parametrize(("lang", "via"), [("en", "via you"), ("fr", "par votre intermédiaire")])
def test_a_connector_reads_via_you_and_everyone_gets_the_conversation(
    community: Community, ana: TestClient, bob: TestClient, lang: str, via: str
) -> None:
    """The connector read "via <their own name>"; and once everyone accepted, a person whose
    address is not confirmed could not be written to: the card now links the conversation."""
    trust = community.trust
    for a, b in (("ana", "cyd"), ("cyd", "bob")):
        c = trust.propose_collaboration(a, b, "shop", "2024-01-01", actor=Actor(a))
        trust.answer_collaboration(c.id, True, actor=Actor(b))
    r = post(ana, "/web/introductions", {"target": "bob", "connector": "cyd"})
    assert r.status_code == 303, text(r.text)[-400:]
    cyd = client_over(community)
    sign_in(cyd, community.security.create_token("cyd"))
    page = text(cyd.get(f"/web/introductions?lang={lang}").text)
    assert via in page and "via Cyd" not in page and "par Cyd" not in page
    intro = re.search(r'id="intro-([^"]+)"', cyd.get("/web/introductions").text)
    assert intro is not None
    for who in (cyd, bob):
        post(who, f"/web/introductions/{intro[1]}/answer", {"accept": "yes"})
    for who in (ana, bob, cyd):
        assert f'href="/web/messages/{intro[1]}"' in who.get("/web/introductions").text


def test_a_warm_paths_trust_is_a_percentage(community: Community, ana: TestClient) -> None:
    """It read "(trust 1.000)", and "(confiance 1,000)" in French: a thousand, to a reader."""
    trust = community.trust
    for a, b in (("ana", "cyd"), ("cyd", "bob")):
        c = trust.propose_collaboration(a, b, "shop", "2024-01-01", actor=Actor(a))
        trust.answer_collaboration(c.id, True, actor=Actor(b))
    page = text(ana.get("/web/introductions/new?target=bob&lang=en").text)
    assert re.search(r"\(trust \d{1,3}%\)", page), page
    page = text(ana.get("/web/introductions/new?target=bob&lang=fr").text)
    assert re.search(r"\(confiance \d{1,3}\xa0%\)", page), page


@pytest.mark.parametrize(
    ("lang", "asked", "feedback", "accepted"),
    [
        (
            "en",
            "Someone who has left the community asked to meet you; the request left with them.",
            "The person you were to meet has left the community: there is no feedback to give.",
            "Someone who has left the community accepted your request.",
        ),
        (
            "fr",
            "Une personne qui a quitté la communauté souhaitait vous rencontrer\u202f; la demande est partie avec elle.",
            "La personne que vous deviez rencontrer a quitté la communauté\xa0: aucun retour à donner.",
            "Une personne qui a quitté la communauté a accepté votre demande.",
        ),
    ],
)
def test_the_inbox_of_someone_whose_contact_erased_their_account(
    community: Community,
    ana: TestClient,
    bob: TestClient,
    lang: str,
    asked: str,
    feedback: str,
    accepted: str,
) -> None:
    """Bob's inbox kept 'former-member-3f2a... asks to meet you [Answer]' and 'After you meet
    former-member-...' once the asker erased their account: a dead end under a code."""
    assert post(ana, "/web/introductions", {"target": "bob"}).status_code == 303  # ana asks bob
    assert post(bob, "/web/introductions", {"target": "dan"}).status_code == 303  # bob asks dan
    intro = re.search(r'id="intro-([^"]+)"', bob.get("/web/introductions").text)
    assert intro is not None
    post(bob, f"/web/introductions/{intro[1]}/answer", {"accept": "yes"})  # feedback due
    dan = client_over(community)
    sign_in(dan, community.security.create_token("dan"))
    mine = re.findall(r'id="intro-([^"]+)"', dan.get("/web/introductions").text)
    post(dan, f"/web/introductions/{mine[0]}/answer", {"accept": "yes"})  # bob: dan accepted
    community.privacy.erase("ana", actor=Actor("ana"))
    community.privacy.erase("dan", actor=Actor("dan"))
    html = bob.get(f"/web/inbox?lang={lang}").text
    page = text(html)
    assert "former-member-" not in page
    assert asked in page and accepted in page, page
    assert feedback in page
    assert html.count("/open") <= 1  # nothing to answer, no feedback to give: no button
