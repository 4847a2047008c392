"""The letter and the inbox of an admin's venture invitation name the community's
administrators: they said "Someone invites you" (the invitation has no inviter)."""

from __future__ import annotations

import pytest

from api.web.letters import letters
from matcher.access import ADMIN
from matcher.community import Community
from matcher.mail.model import plain_letter
from tests.apps import client_over
from tests.ventures import create, person
from tests.web.pages import sign_in


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "The community's administrators invite you to join the venture Acme."),
        ("fr", "Les administrateurs de la communauté vous invitent à rejoindre le projet Acme."),
    ],
)
def test_the_letter_of_an_admins_invitation_names_the_administrators(lang: str, said: str) -> None:
    facts = {"who": "", "venture": "acme", "title": "Acme", "path": "/web/inbox"}
    _, body = letters("https://c.example")("venture_invite", lang, facts)
    assert said in body and "Someone" not in body and "Quelqu" not in body


def test_the_plain_letter_of_an_admins_invitation_names_the_administrators() -> None:
    facts = {"who": "", "venture": "acme", "title": "Acme"}
    _, body = plain_letter("venture_invite", "en", facts)
    assert body.startswith("The community's administrators invite you to join the venture Acme.")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "The community's administrators invite you to join the venture Acme."),
        ("fr", "Les administrateurs de la communauté vous invitent à rejoindre le projet Acme."),
    ],
)
def test_the_inbox_names_the_administrators(community: Community, lang: str, said: str) -> None:
    create(community.equity, "acme", "ana", "Acme")
    person(community.equity, "cyd")
    community.equity.invite("acme", "cyd", actor=ADMIN)
    web = client_over(community)
    sign_in(web, community.security.create_token("cyd"))
    page = web.get(f"/web/inbox?lang={lang}").text.replace("&#39;", "'")
    assert said in page
