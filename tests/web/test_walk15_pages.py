"""What a new user's walk found wrong (walk15), through the app (TestClient), in English and
French: the pipeline named a shared venture by its id ("venture v-cb76459f8fcd875bac96")."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over
from tests.web.pages import sign_in


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
