"""What a demanding member noticed after walk13, in English and French: jargon about the
API on the profile form, a connector mentioned when there is none, a form's redirect that
dropped the reader's ``?lang``, and service errors starting with a lower-case letter."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over
from tests.support import accounts_community
from tests.web.pages import post, sign_in

PASSWORD = "correct horse battery"


def text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", html)).replace("&#39;", "'")


@pytest.fixture
def ana(community: Community) -> TestClient:
    client = client_over(community)
    sign_in(client, community.security.create_token("ana"))
    return client


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_profile_form_speaks_plainly_to_a_new_member(lang: str) -> None:
    c = accounts_community()
    web = client_over(c)
    r = post(
        web, f"/web/signup?lang={lang}", {"name": "Bo", "email": "bo@x.org", "password": PASSWORD}
    )
    assert r.status_code == 303, r.text
    page = text(web.get(f"/web/profile/new?lang={lang}").text)
    assert "API" not in page and "script" not in page, page
    assert "/web/account#claim" in web.get("/web/profile/new").text  # the way stays


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Bob must accept before e-mails are exchanged."),
        ("fr", "Bob doit accepter avant que vos adresses e\u2011mail soient échangées."),
    ],
)
def test_a_request_without_a_connector_does_not_mention_one(
    ana: TestClient, lang: str, said: str
) -> None:
    page = text(ana.get(f"/web/introductions/new?target=bob&lang={lang}").text)
    assert "connector" not in page and "intermédiaire" not in page, page
    assert said in " ".join(page.split())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_form_sent_from_a_page_read_by_its_query_keeps_the_language(
    ana: TestClient, lang: str
) -> None:
    page = ana.get(f"/web/introductions/new?target=bob&lang={lang}").text
    assert f'action="/web/introductions?lang={lang}"' in page
    r = post(
        ana, f"/web/introductions?lang={lang}", {"target": "bob", "connector": "", "message": "Hi"}
    )
    assert r.status_code == 303, r.text
    assert f"lang={lang}" in r.headers["location"], r.headers["location"]


def test_an_error_page_starts_its_sentence_with_a_capital(ana: TestClient) -> None:
    """The service's messages start in lower case (tests match them so); the page shows a
    sentence."""
    page = ana.get("/web/people/zzz?lang=en").text
    found = re.search(r'<p class="error" role="alert">(.*?)</p>', page, re.S)
    assert found and unescape(found.group(1)).startswith("No profile 'zzz'"), page
