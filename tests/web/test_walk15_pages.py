"""What a new user's walk found wrong (walk15), through the app (TestClient), in English and
French: the pipeline named a shared venture by its id ("venture v-cb76459f8fcd875bac96"); a
proposal on the venture page was "Proposition 1: ..." in French (the colon outside the
translation, so without its non-breaking space)."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over
from tests.ventures import venture
from tests.web.pages import browser, post, sign_in


@pytest.fixture
def ana(community: Community) -> TestClient:
    client = client_over(community)
    sign_in(client, community.security.create_token("ana"))
    return client


def text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.mark.parametrize(
    ("lang", "said"), [("en", "venture “Home care”"), ("fr", "projet « Home care »")]
)
def test_the_pipeline_names_a_shared_venture_by_its_name(
    ana: TestClient, community: Community, lang: str, said: str
) -> None:
    venture = community.equity.create_venture("", "Home care", actor=Actor("ana"))
    community.equity.invite(venture.id, "bob", actor=Actor("ana"))
    assert community.equity.answer_invitation(venture.id, True, actor=Actor("bob"))
    page = ana.get(f"/web/pipeline?lang={lang}").text
    body = text(page).replace("\xa0", " ")
    assert said in body, body
    assert f"venture {venture.id}" not in body and f"projet {venture.id}" not in body
    assert f'href="/web/ventures/{venture.id}"' in page  # the next step still leads to it


@pytest.mark.parametrize(("lang", "head"), [("en", "Proposal 1:"), ("fr", "Proposition 1\u00a0:")])
def test_a_proposal_is_headed_with_the_colon_of_its_language(
    community: Community, lang: str, head: str
) -> None:
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    app = client_over(community)
    ana, bob = (browser(app, community, p) for p in ("ana", "bob"))
    form = {"member": "bob", "effective": "2023-01-01", "salary": "1000", "paid_salary": ""}
    assert post(ana, f"/web/ventures/acme/rates?lang={lang}", form).status_code == 303
    page = unescape(bob.get(f"/web/ventures/acme?lang={lang}").text)
    assert f"<strong>{head}</strong>" in page, page[page.find('id="proposals"') :][:800]
