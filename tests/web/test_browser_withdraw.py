"""Withdrawing an introduction request in a real browser, on a phone, in French and
English: the button behind its plain confirmation, the page after it (no sideways overflow,
no serious accessibility violation, touch targets of 44 px), and the target's page."""

from __future__ import annotations

import re
from typing import Any

import pytest

from api.web.i18n import translator
from matcher.access import Actor
from matcher.community import Community
from tests.web.browser import CHROMIUM, axe_violations, new_page, shoot, sign_in
from tests.web.test_browser import SMALL_TARGETS

pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium (python3 tasks.py test installs it)"
)


@pytest.mark.parametrize(("lang", "asker", "asked"), [("fr", "ana", "bob"), ("en", "cyd", "dan")])
def test_withdrawing_a_request_on_a_phone(
    browser: Any, site: tuple[str, Community], lang: str, asker: str, asked: str
) -> None:
    base, service = site
    t = translator(lang)
    intro = service.trust.request_introduction(asker, asked, actor=Actor(asker)).id
    page = new_page(browser, base, phone=True, lang="fr-FR" if lang == "fr" else "en-GB")
    sign_in(page, service.security.create_token(asker))
    page.goto(f"/web/introductions?lang={lang}")
    card = page.locator(f"#intro-{intro}")
    yes = card.get_by_role(
        "button", name=re.compile(re.escape(t.gettext("Yes, withdraw my request")))
    )
    assert not yes.is_visible()  # behind its confirmation
    card.get_by_text(t.gettext("Withdraw this request")).click()
    said = t.gettext(
        "%(name)s will not be asked any more; whoever was asked is told that you withdrew it,"
        " with no reason given. You may ask again later.",
        name=asked.title(),
    )
    assert card.get_by_text(said).is_visible()
    shoot(page, f"intro-withdraw-{lang}")
    assert axe_violations(page) == []
    assert page.evaluate(SMALL_TARGETS) == []
    yes.click()
    page.wait_for_url(re.compile("done=intro_withdrawn"))
    flash = t.gettext(
        "Your request to meet %(v)s is withdrawn: nobody can answer it any more, and whoever"
        " was asked is told.",
        v=asked.title(),
    )
    assert page.get_by_role("status").inner_text() == flash
    assert (
        page.locator(f"#intro-{intro}")
        .get_by_text(t.pgettext("introduction status", "withdrawn"), exact=True)
        .is_visible()
    )
    shoot(page, f"intro-withdrawn-{lang}")
    assert axe_violations(page) == []
    page.context.close()
    theirs = new_page(browser, base, phone=True)
    sign_in(theirs, service.security.create_token(asked))
    theirs.goto(f"/web/introductions?lang={lang}")
    card = theirs.locator(f"#intro-{intro}")
    assert card.get_by_text(t.pgettext("introduction status", "withdrawn"), exact=True).is_visible()
    assert card.get_by_role("button").count() == 0  # nothing to answer
    shoot(theirs, f"intro-withdrawn-target-{lang}")
    assert axe_violations(theirs) == []
    theirs.context.close()
