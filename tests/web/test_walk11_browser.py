"""What a red-team walk found in Chromium (walk11): after signing out, the Back button showed
the member's pages again (their name, inbox and messages) from the browser's cache, on a
shared computer as on a phone."""

from __future__ import annotations

from typing import Any

from matcher.community import Community
from tests.web.browser import new_page, sign_in


def test_back_after_signing_out_shows_no_page_of_the_member(
    site: tuple[str, Community], browser: Any
) -> None:
    """The pages answer ``Cache-Control: no-store``: the browser keeps no copy to show
    after sign-out, so Back asks the server again, which sends to the sign-in page."""
    base, community = site
    page = new_page(browser, base, phone=True)
    sign_in(page, community.security.create_token("ana"))
    answer = page.goto("/web/inbox")
    assert answer is not None and "no-store" in answer.headers.get("cache-control", "")
    assert "(ana)" in page.content()
    page.locator('form[action="/web/signout"] button').first.click()
    page.wait_for_url("**/web/signin**")
    page.go_back()
    page.wait_for_load_state()
    assert "(ana)" not in page.content()
    assert "/web/signin" in page.url
    page.context.close()
