"""What a third new user's walk found in a real browser (Debian's chromium, Playwright), at
phone and desktop sizes, in English and French: each test fails without its fix."""

from __future__ import annotations

from typing import Any

import pytest

from matcher.access import Actor
from matcher.community import Community
from tests.web.browser import CHROMIUM, new_page, shoot, sign_in

playwright_api = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium (python3 tasks.py test installs it)"
)

#: The colour of a refused field's box (``--error`` in cofoundry.css).
ERROR_RED = "rgb(164, 0, 28)"


@pytest.mark.parametrize(("lang", "phone"), [("fr", True), ("en", False)])
def test_a_refused_form_shows_its_fields_in_red_and_opens_at_the_first(
    site: tuple[str, Community], browser: Any, lang: str, phone: bool
) -> None:
    """The event form sent with a wrong time zone and minutes: every wrong box is drawn in
    red (text and number boxes stayed grey: ``input[type=text]`` came after the error rule
    and is as specific), and the page opens at the first wrong field, focused, instead of
    its top, a few screens above the errors on a phone."""
    base, community = site
    page = new_page(browser, base, phone=phone, lang=lang)
    sign_in(page, community.security.create_token("ana"))
    page.goto(f"/web/events?lang={lang}")
    form = page.locator("form:has(input[name=event])")
    form.locator("input[name=name]").fill("Night")
    form.locator("input[name=timezone]").fill("Mars/Olympus")
    form.locator("input[name=round_minutes]").fill("0")
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert page.evaluate("document.activeElement.name") == "timezone"
    assert page.evaluate("window.scrollY") > 0
    top = page.evaluate("document.querySelector('#f-timezone').getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"]
    for name in ("timezone", "round_minutes"):
        box = form.locator(f"input[name={name}]")
        assert box.evaluate("e => getComputedStyle(e).borderTopColor") == ERROR_RED, name
        assert box.evaluate("e => getComputedStyle(e).borderTopWidth") == "2px", name
    assert (
        form.locator("input[name=name]").evaluate("e => getComputedStyle(e).borderTopColor")
        != ERROR_RED
    )
    shoot(page, f"walk3-refused-event-{lang}")
    page.context.close()


@pytest.mark.parametrize("phone", [True, False])
def test_the_invitation_qr_code_fills_its_box(
    site: tuple[str, Community], browser: Any, phone: bool
) -> None:
    """The invitation's QR code is drawn across the box the page gives it: without a viewBox
    the SVG kept its 148 px in the top left corner of a 224 px box on a phone (a blank band
    under and beside it, the code off centre)."""
    base, community = site
    event = f"qr-{'phone' if phone else 'desktop'}"
    community.events.create_event(event, "QR night", actor=Actor("ana"))
    page = new_page(browser, base, phone=phone)
    sign_in(page, community.security.create_token("ana"))
    page.goto(f"/web/events/{event}/invite")
    box = page.locator(".qr svg").bounding_box()
    code = page.locator(".qr svg path").bounding_box()
    assert box and code
    assert box["x"] + box["width"] - (code["x"] + code["width"]) < 0.1 * box["width"], (box, code)
    assert box["y"] + box["height"] - (code["y"] + code["height"]) < 0.1 * box["height"], (
        box,
        code,
    )
    shoot(page, f"walk3-invite-qr-{'phone' if phone else 'desktop'}")
    page.context.close()


def test_the_printable_table_cards_fit_a_phone(site: tuple[str, Community], browser: Any) -> None:
    """The table cards had no viewport line (the agendas, badges and report have one): a
    phone laid them out 980 px wide and showed them shrunk to a third."""
    base, community = site
    org = Actor("ana")
    community.events.create_event("cards", "Cards night", actor=org)
    community.events.add_attendees("cards", ["bob", "cyd", "dan", "eve"], actor=org)
    community.events.plan_rounds("cards", rounds=2, actor=org)
    page = new_page(browser, base, phone=True)
    sign_in(page, community.security.create_token("ana"))
    page.goto("/web/events/cards/print/cards")
    assert page.evaluate("document.documentElement.clientWidth") == 390
    shoot(page, "walk3-table-cards")
    page.context.close()
