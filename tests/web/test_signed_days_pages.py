"""The venture page signs the split of a day (sign19), in English and French: the button
beside the fingerprint, who signed and who is awaited, a signature made stale by a
back-dated entry, the signed day marked, and a back-dated entry refused in the reader's
words; forged forms are refused with the field named, never a 500."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over
from tests.ventures import venture
from tests.web.pages import browser, post

DAY = "2024-03-31"
WORDS = {
    "en": {
        "button": "Sign the split of March 31, 2024",
        "recorded": "Your signature of the split of March 31, 2024 is recorded.",
        "signed_by": "Signed by: Ana.",
        "awaited": "Awaited: Bob.",
        "stale": "No longer counted: Ana signed another fingerprint of that day",
        "closed": "Every member signed the split of March 31, 2024.",
        # English says the service's own sentence (as for every refusal)
        "refused": "which every member of venture 'acme' signed: nothing dated on or before"
        " 2024-03-31 changes; date it after 2024-03-31",
        "days": "Days every member signed: March 31, 2024",
    },
    "fr": {
        "button": "Signer la répartition du 31 mars 2024",
        "recorded": "Votre signature de la répartition du 31 mars 2024 est enregistrée.",
        "signed_by": "Signée par\u00a0: Ana.",
        "awaited": "Attendus\u00a0: Bob.",
        "stale": "Ne compte plus\u00a0: Ana a signé une autre empreinte de ce jour",
        "closed": "Tous les membres ont signé la répartition du 31 mars 2024.",
        "refused": "Tous les membres ont signé la répartition du 31 mars 2024\u00a0: plus rien de"
        " daté de ce jour ou d'avant ne change. Datez-le après le 31 mars 2024.",
        "days": "Jours signés par tous les membres\u00a0: 31 mars 2024",
    },
}


@pytest.fixture
def app(community: Community) -> TestClient:
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    for who in ("ana", "bob"):
        raw = {"member": who, "kind": "cash", "on": "2024-02-01", "amount": 100}
        community.equity.post("acme", raw, key=who, actor=Actor(who))
    return client_over(community)


def _text(html: str) -> str:
    return re.sub(r"[ \t\r\n]+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def _signing(html: str) -> str:
    start = html.index('id="signing"')
    return _text(html[start : html.index("</div>", start)])


def _form(html: str) -> dict[str, str]:
    start = html.index('id="signing"')
    form = html[start : html.index("</form>", start)]
    return dict(re.findall(r'name="(day|ledger_hash)" value="([^"]+)"', form))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_partners_sign_a_day_and_a_back_dated_entry_is_refused(
    app: TestClient, community: Community, lang: str
) -> None:
    w = WORDS[lang]
    ana, bob = browser(app, community, "ana"), browser(app, community, "bob")
    page = ana.get(f"/web/ventures/acme?as_of={DAY}&lang={lang}").text
    assert w["button"] in _signing(page)
    fields = _form(page)
    assert fields["day"] == DAY
    r = post(ana, f"/web/ventures/acme/signatures?lang={lang}", fields)
    assert r.status_code == 303, r.text
    page = ana.get(r.headers["location"] + f"&lang={lang}").text
    assert w["recorded"] in _text(page)
    said = _signing(page)
    assert w["signed_by"] in said and w["awaited"] in said and w["button"] not in said
    # a back-dated entry: ana's signature no longer counts, and the page says so
    raw = {"member": "bob", "kind": "cash", "on": "2024-03-02", "amount": 5}
    community.equity.post("acme", raw, key="late", actor=Actor("bob"))
    page = bob.get(f"/web/ventures/acme?as_of={DAY}&lang={lang}").text
    assert w["stale"] in _signing(page)
    r = post(bob, f"/web/ventures/acme/signatures?lang={lang}", fields)  # the old fingerprint
    assert r.status_code == 409 and "ledger_hash" not in _text(r.text), r.text
    for client in (bob, ana):
        page = client.get(f"/web/ventures/acme?as_of={DAY}&lang={lang}").text
        r = post(client, f"/web/ventures/acme/signatures?lang={lang}", _form(page))
        assert r.status_code == 303, r.text
    page = ana.get(f"/web/ventures/acme?as_of={DAY}&lang={lang}").text
    said = _signing(page)
    assert w["closed"] in said and w["days"] in said and w["button"] not in said
    form = {"member": "ana", "kind": "cash", "on": DAY, "amount": "5", "key": "k9"}
    r = post(ana, f"/web/ventures/acme/entries?lang={lang}", form)
    assert r.status_code == 409 and w["refused"] in _text(r.text), _text(r.text)[-2000:]


@pytest.mark.parametrize(
    "form",
    [
        {"day": "NaN", "ledger_hash": "0" * 64},
        {"day": "2999-01-01", "ledger_hash": "0" * 64},
        {"day": "1900-01-01", "ledger_hash": "0" * 64},
        {"day": DAY, "ledger_hash": "NaN"},
        {"day": DAY, "ledger_hash": "x" * 100_000},
        {"day": DAY},
        {},
    ],
)
def test_forged_signature_forms_are_refused_never_a_500(
    app: TestClient, community: Community, form: dict[str, str]
) -> None:
    ana = browser(app, community, "ana")
    r = post(ana, "/web/ventures/acme/signatures", form)
    assert r.status_code in (409, 422), r.text
    assert 'class="error"' in r.text or "error" in r.text
    assert community.equity.signatures("acme", actor=Actor("ana")) == []


def test_no_csrf_another_venture_and_an_outsider_are_refused(
    app: TestClient, community: Community
) -> None:
    ana = browser(app, community, "ana")
    page = ana.get(f"/web/ventures/acme?as_of={DAY}").text
    fields = _form(page)
    r = ana.post("/web/ventures/acme/signatures", data=fields, follow_redirects=False)
    assert r.status_code == 403, r.text
    venture(community.equity, "other", "dan", "eve")
    dan = browser(app, community, "dan")
    r = post(dan, "/web/ventures/acme/signatures", fields)
    assert r.status_code == 404, r.text
    assert community.equity.signatures("acme", actor=Actor("ana")) == []
