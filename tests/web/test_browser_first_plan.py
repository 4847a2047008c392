"""On a 390 px phone, in English and in French, the organiser plans the rounds for the first
time: the message says what was planned (rounds, people, tables), never "Nobody's agenda
changed" / "Aucun programme n'a changé", and the page does not scroll sideways; the
dashboard's list of changes says the same (Debian's chromium driven by Playwright)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from embeddings.encoder import FakeEncoder
from matcher.community import Community
from tests.conftest import COMMUNITY, SYNONYMS
from tests.events_day import Clock
from tests.web.browser import CHROMIUM, launch, new_page, serve, shoot, sign_in
from tests.web.test_browser_events import DETAILS, ORG, french_excel, paris, people

playwright_api = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium (python3 tasks.py test installs it)"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Community]]:
    db = tmp_path_factory.mktemp("first-plan") / "web.db"
    community = Community(db, FakeEncoder(dim=64, synonyms=SYNONYMS), clock=Clock(paris(9, 0)))
    community.profiles.import_profiles(COMMUNITY)
    with serve(community, db) as base:
        yield base, community


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch(playwright_api.sync_playwright) as chromium:
        yield chromium


@pytest.mark.parametrize(
    ("lang", "rounds_label", "button", "said", "listed", "nothing"),
    [
        (
            "en-GB",
            "Number of rounds",
            "Plan the rounds",
            "The rounds are planned: 3 rounds for 9 people, at up to 4 tables a round.",
            "the rounds are planned: 9 people have their agenda.",
            "Nobody's agenda changed",
        ),
        (
            "fr-FR",
            "Nombre de tours",
            "Planifier les tours",
            "Les tours sont planifiés\u00a0: 3 tours pour 9 personnes, jusqu'à 4 tables par tour.",
            "les tours sont planifiés\u00a0: 9 personnes ont leur programme.",
            "Aucun programme n'a changé",
        ),
    ],
)
def test_the_first_plan_says_what_it_did_on_a_phone(
    browser: Any,
    site: tuple[str, Community],
    lang: str,
    rounds_label: str,
    button: str,
    said: str,
    listed: str,
    nothing: str,
) -> None:
    base, community = site
    event_id = f"first-{lang[:2]}"
    community.events.create_event(event_id, "Soirée", actor=ORG, details=DETAILS)
    community.events.import_csv(event_id, french_excel(people(9, 20)), actor=ORG)
    org = new_page(browser, base, phone=True, lang=lang)
    sign_in(org, community.security.create_token("ana"), lands="/web/events")
    org.goto(f"/web/events/{event_id}?lang={lang[:2]}")
    org.get_by_label(rounds_label).fill("3")
    org.locator("form", has=org.get_by_label(rounds_label)).get_by_role(
        "button", name=button
    ).click()
    flash = org.locator("p.flash")
    assert flash.inner_text() == said
    assert nothing not in org.content()
    assert org.evaluate("document.documentElement.scrollWidth") <= 390
    shoot(org, f"event-first-plan-{lang[:2]}")
    org.goto(f"/web/events/{event_id}/dashboard?lang={lang[:2]}")
    changes = org.locator("ol.changes").inner_text()
    assert listed in changes and nothing not in changes
    assert org.evaluate("document.documentElement.scrollWidth") <= 390
    org.context.close()
