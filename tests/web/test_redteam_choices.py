"""A form value outside its choices (a tampered radio, select or hidden value) is told by one
sentence in the page's language naming the field, the value and the choices: never a Python
dict nor the API's own wording (red team: ``pref_roles=forever`` showed a dict in English)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over
from tests.web.pages import error_for, post, sign_in


@pytest.fixture
def ana(community: Community) -> TestClient:
    client = client_over(community)
    sign_in(client, community.security.create_token("ana"))
    return client


#: (form field, the error's place on the page, a word naming the field, a choice), by language
CASES = {
    "en": [
        ("pref_roles", "f-pref_roles", "Brings a role I look for", "nice to have"),
        ("stage", "f-stage", "Stage of the project", "prototype"),
        ("visibility", "f-visibility", "Who may see my profile", "signed-in members"),
        ("commitment", "f-commitment", "Commitment", "part-time"),
        ("roles_sought", "f-roles_sought", "Roles I look for", "marketing"),
    ],
    "fr": [
        ("pref_roles", "f-pref_roles", "rôle", "un plus"),
        ("stage", "f-stage", "Avancement du projet", "prototype"),
        ("visibility", "f-visibility", "Qui peut voir mon profil", "membres"),
        ("commitment", "f-commitment", "Engagement", "temps partiel"),
        ("roles_sought", "f-roles_sought", "rôles", "marketing"),
    ],
}


#: the step of the profile form that holds each field
STEP = {"stage": "practical", "commitment": "practical", "roles_sought": "roles"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_value_outside_its_choices_names_field_value_and_choices(
    ana: TestClient, community: Community, lang: str
) -> None:
    before = community.profiles.store.get_profile("ana")
    for name, place, field_word, choice in CASES[lang]:
        r = post(
            ana,
            f"/web/profile?lang={lang}",
            {"step": STEP.get(name, "preferences"), name: "forever"},
            headers={"Accept-Language": lang},
        )
        assert r.status_code == 422, (name, r.text[:300])
        said = error_for(r.text, place)
        assert ("“forever”" if lang == "en" else "«\xa0forever\xa0»") in said, (name, said)
        assert field_word.casefold() in said.casefold(), (name, said)
        assert choice in said, (name, said)
        assert "{" not in said and "criterion=strength" not in said, said
    assert community.profiles.store.get_profile("ana") == before


def test_a_long_tampered_value_is_shortened(ana: TestClient) -> None:
    r = post(ana, "/web/profile", {"step": "preferences", "pref_roles": "x" * 5000})
    said = error_for(r.text, "f-pref_roles")
    assert "x" * 40 + "…" in said and "x" * 41 not in said, said
