"""Signing the split of a day in Chromium at phone size (390 px), in English and French:
each partner taps "Sign the split of DAY" beside the fingerprint; the page says who signed
and who is awaited, then that every member signed; nothing overflows sideways."""

from __future__ import annotations

from typing import Any

import pytest

from matcher.access import Actor
from matcher.community import Community
from tests.ventures import venture
from tests.web.browser import new_page, shoot, sign_in

WORDS = {
    "en": ("Sign the split of March 31, 2024", "Awaited: Bob.", "Every member signed the split"),
    "fr": (
        "Signer la répartition du 31 mars 2024",
        "Attendus\u00a0: Bob.",
        "Tous les membres ont signé la répartition",
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_partners_sign_a_day_on_a_phone(
    site: tuple[str, Community], browser: Any, lang: str
) -> None:
    base, community = site
    equity = community.equity
    venture(equity, f"sign{lang}", "ana", "bob")
    raw = {"member": "ana", "kind": "cash", "on": "2024-02-01", "amount": "1250.5"}
    equity.post(f"sign{lang}", raw, key="a", actor=Actor("ana"))
    button, awaited, signed = WORDS[lang]
    for who in ("ana", "bob"):
        page = new_page(browser, base, phone=True, lang="fr-FR" if lang == "fr" else "en-GB")
        sign_in(page, community.security.create_token(who))
        page.goto(f"/web/ventures/sign{lang}?as_of=2024-03-31&lang={lang}")
        page.get_by_role("button", name=button).click()
        page.wait_for_url("**done=day_**")
        said = page.locator("#signing").inner_text()
        if who == "ana":
            assert awaited in said, said
            shoot(page, f"sign19-awaited-{lang}")
        else:
            assert signed in said, said
            shoot(page, f"sign19-signed-{lang}")
        page.context.close()
    status = equity.day_status(
        f"sign{lang}", equity.today().replace(2024, 3, 31), actor=Actor("ana")
    )
    assert status.signed is not None
