"""The walk18 fixes in Chromium at phone size, in French: a ledger whose entries all wait
for approval, the fingerprint of the split's day, and a proposed end that names whom it
waits for, each fitting a 390-pixel screen."""

from __future__ import annotations

from typing import Any

from matcher.access import Actor
from matcher.community import Community
from tests.ventures import venture
from tests.web.browser import new_page, shoot, sign_in


def test_a_new_ledger_on_a_phone_says_what_waits_and_what_to_check(
    site: tuple[str, Community], browser: Any
) -> None:
    base, community = site
    equity = community.equity
    venture(equity, "walk18", "ana", "bob", require_approval=True)
    for key, on in (("a", "2024-02-01"), ("b", "2024-02-03")):
        raw = {"member": "ana", "kind": "cash", "on": on, "amount": "1250.5"}
        equity.post("walk18", raw, key=key, actor=Actor("ana"))
    page = new_page(browser, base, phone=True, lang="fr-FR")
    sign_in(page, community.security.create_token("ana"))
    page.goto("/web/ventures/walk18?lang=fr")
    split = page.locator("section:has(#split)")
    said = split.locator("#split-none").inner_text()
    assert "2 écritures attendent l'approbation d'un autre membre" in said, said
    assert split.locator("svg").count() == 0  # no empty chart "aucune écriture"
    fingerprint = page.locator("#fingerprint code").inner_text()
    assert fingerprint == equity.ledger_hash("walk18", actor=Actor("ana"), as_of=equity.today())
    shoot(page, "walk18-pending-fr")
    equity.approve("walk18", 1, actor=Actor("bob"))
    equity.approve("walk18", 2, actor=Actor("bob"))
    # a reversal is final: on a phone one tap no longer posts it, the step says what it does
    page.goto("/web/ventures/walk18?lang=fr")
    confirm = page.locator("#entry-1 details.reverse button")
    assert not confirm.is_visible()
    page.locator("#entry-1 details.reverse summary").click()
    assert "C'est définitif" in page.locator("#entry-1").inner_text()
    assert confirm.inner_text().startswith("Annuler l'écriture n")
    shoot(page, "walk18-reverse-fr")
    confirm.click()
    page.wait_for_url("**done=entry_reversed**")
    reversal = equity.ledger("walk18", actor=Actor("ana"))[-1].row.entry
    assert reversal.reverses == 1
    equity.propose_end("walk18", equity.today(), actor=Actor("ana"))
    page.goto("/web/ventures/walk18?lang=fr")
    vote = page.locator("section:has(#endvote)").inner_text()
    # the proposer's confirmation goes with the proposal: the page names the one it waits for
    assert "Confirmé par\u00a0: Ana. En attente de\u00a0: Bob." in vote, vote
    assert "Confirmer, c'est donner votre parole" not in vote  # said to Bob, not to Ana
    shoot(page, "walk18-end-fr")
    page.context.close()
