"""What a red-team walk found on the pages (walk11), through the app (TestClient), in
French and English: a tampered save/skip button."""

from __future__ import annotations

from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from tests.apps import client_over
from tests.web.pages import browser, post


@pytest.fixture
def app(community: Community) -> TestClient:
    return client_over(community)


@pytest.mark.parametrize(
    ("lang", "mark", "says"),
    [
        (
            "fr",
            "liked",
            ["Repère", "«\u00a0liked\u00a0»", "enregistrer, écarter", "boutons de la page"],
        ),
        ("fr", "", ["Choisissez", "enregistrer, écarter", "boutons de la page"]),
        ("en", "liked", ["Mark", "“liked”", "save, skip", "page's buttons"]),
        ("en", "", ["Choose", "save, skip", "page's buttons"]),
    ],
)
def test_a_tampered_mark_is_told_in_the_pages_language(
    app: TestClient, community: Community, lang: str, mark: str, says: list[str]
) -> None:
    """The save/skip buttons carry the mark; a form sent with another value (or none) was
    told in English on a French page ("Refusé : mark must be saved, skipped or none (got
    'liked'); use the page's buttons") and named the mark by its code, not by its buttons;
    now one sentence in the page's language names the field, the value and the choices.
    Nothing is marked."""
    ana = browser(app, community, "ana")
    r = post(ana, f"/web/people/bob/mark?lang={lang}", {"mark": mark, "next": ""})
    assert r.status_code == 422
    text = unescape(r.text)
    for said in says:
        assert said in text, (said, text[text.find('class="error') :][:400])
    assert "must be" not in text and "got '" not in text
    assert "bob" not in community.loop.loop.marks("ana")
