"""The ledger's formulas count in the reader's grammar, on the venture page (English and
French), in the API's and the CLI's English: "x 1 month", "= 1 slice", "1 hour a year";
"1.5 slices" in English but "1,5 part" in French (CLDR's plural rules, through Babel).
They said "1 months", "1 slices" and "1 hours a year" whatever the number."""

from __future__ import annotations

import datetime as dt
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.cli import app as cli
from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.community import Community
from matcher.equity import Departure, Reason, parse_terms
from tests.apps import client_over
from tests.ventures import venture
from tests.web.pages import browser

#: entries of Ana's: each's formula on the page, in English and in French
ENTRIES = [
    (
        {"kind": "facilities", "amount": "0.5", "months": "1"},
        "0.5 rent/month × 1 month − 0 paid = 0.5 at risk × 2 = 1 slice",
        "0,5 de loyer/mois × 1 mois − 0 payés = 0,5 à risque × 2 = 1 part",
    ),
    (
        {"kind": "facilities", "amount": "100", "months": "3"},
        "100 rent/month × 3 months − 0 paid = 300 at risk × 2 = 600 slices",
        "100 de loyer/mois × 3 mois − 0 payés = 300 à risque × 2 = 600 parts",
    ),
    (
        {"kind": "cash", "amount": "0.375"},
        "0.375 spent − 0 reimbursed = 0.375 at risk × 4 = 1.5 slices",
        "0,375 dépensés − 0 remboursés = 0,375 à risque × 4 = 1,5 part",
    ),
]


@pytest.fixture
def c(community: Community) -> Community:
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    for n, (entry, _, _) in enumerate(ENTRIES):
        community.equity.post(
            "acme", {"member": "ana", "on": "2024-01-02", **entry}, key=f"e{n}",
            actor=Actor("ana"),
        )  # fmt: skip
    venture(community.equity, "solo", "cyd", name="Solo")  # one slice in all
    community.equity.post(
        "solo", {"member": "cyd", "kind": "cash", "on": "2024-01-02", "amount": "0.25"},
        key="s", actor=Actor("cyd"),
    )  # fmt: skip
    return community


def page(app: TestClient, c: Community, who: str, path: str) -> str:
    r = browser(app, c, who).get(path)
    assert r.status_code == 200, r.text
    return " ".join(unescape(r.text).split())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_ledger_on_the_page_counts_months_and_slices(c: Community, lang: str) -> None:
    app = client_over(c)
    html = page(app, c, "ana", f"/web/ventures/acme?lang={lang}")
    for _, en, fr in ENTRIES:
        assert (en if lang == "en" else fr) in html.replace("\u202f", " ")
    assert "× 1 months" not in html and "= 1 slices" not in html and "= 1 parts" not in html
    solo = page(app, c, "cyd", f"/web/ventures/solo?lang={lang}")
    caption = {
        "en": "Each member's share of the 1.00 slices.",  # CLDR: 1.00 is plural in English
        "fr": "La part de chaque membre sur 1,00 part.",
    }[lang]
    assert caption in solo
    assert {
        "en": "0.25 spent − 0 reimbursed = 0.25 at risk × 4 = 1 slice",
        "fr": "0,25 dépensés − 0 remboursés = 0,25 à risque × 4 = 1 part",
    }[lang] in solo


@pytest.mark.parametrize(
    ("hours", "lang", "said"),
    [
        ("1", "en", "1 hour a year"),
        ("1", "fr", "1 heure par an"),
        ("1.5", "en", "1.5 hours a year"),
        ("1.5", "fr", "1,5 heure par an"),
        ("1900", "en", "1,900 hours a year"),
        ("1900", "fr", "1 900 heures par an"),
    ],
)
def test_proposed_terms_count_their_hours(c: Community, hours: str, lang: str, said: str) -> None:
    terms = parse_terms({"effective": "2024-06-01", "hours_per_year": hours})
    c.equity.set_terms("acme", terms, actor=Actor("ana"))  # waits for Bob's word
    html = page(client_over(c), c, "bob", f"/web/ventures/acme?lang={lang}")
    assert said in html.replace("\u202f", " "), html[html.find("new terms") :][:300]


def test_the_api_writes_the_formulas_in_english(c: Community) -> None:
    api = client_over(c)
    ana = {"Authorization": f"Bearer {c.security.create_token('ana')}"}
    r = api.get("/ventures/acme/ledger", headers=ana)
    assert r.status_code == 200, r.text
    formulas = [e["computation"]["formula"] for e in r.json() if e.get("computation")]
    assert formulas == [
        "0.5 rent/month x 1 month - 0 paid = 0.5 at risk x 2 = 1 slice",
        "100 rent/month x 3 months - 0 paid = 300 at risk x 2 = 600 slices",
        "0.375 spent - 0 reimbursed = 0.375 at risk x 4 = 1.5 slices",
    ]


def test_the_cli_writes_the_formulas_and_the_total_in_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COFOUNDRY_DB", str(tmp_path / "c.db"))
    monkeypatch.setenv("COFOUNDRY_ENCODER", "fake")
    c = Community(tmp_path / "c.db", FakeEncoder(dim=16))
    venture(c.equity, "solo", "cyd", name="Solo")
    c.equity.post(
        "solo", {"member": "cyd", "kind": "facilities", "on": "2024-01-02", "amount": "0.5",
                 "months": "1"}, key="s", actor=Actor("cyd"),
    )  # fmt: skip
    runner = CliRunner()
    r = runner.invoke(cli, ["venture", "ledger", "solo", "--as", "cyd"])
    assert r.exit_code == 0, r.output
    said = " ".join(r.output.split())
    assert "0.5 rent/month x 1 month - 0 paid = 0.5 at risk x 2 = 1 slice" in said, said
    r = runner.invoke(cli, ["venture", "split", "solo", "--as", "cyd"])
    assert r.exit_code == 0, r.output
    assert "1.0000 slices" in r.output  # CLDR: written with decimals, plural in English


@pytest.mark.parametrize(
    ("amount", "lang", "said"),
    [
        ("0.125", "en", "0.50 slices before, 0.50 after"),  # CLDR: decimals shown, plural
        ("0.125", "fr", "0,50 part avant, 0,50 après"),
        ("1", "fr", "4,00 parts avant, 4,00 après"),
    ],
)
def test_a_leavers_slices_before_and_after_count_in_their_language(
    community: Community, amount: str, lang: str, said: str
) -> None:
    venture(community.equity, "acme", "ana", "bob")
    community.equity.post(
        "acme", {"member": "bob", "kind": "cash", "on": "2024-01-02", "amount": amount},
        key="b", actor=Actor("bob"),
    )  # fmt: skip
    leave = Departure("bob", dt.date(2024, 6, 1), Reason.FIRED_WITHOUT_CAUSE)
    community.equity.leave("acme", leave, actor=Actor("ana"))
    html = page(client_over(community), community, "bob", f"/web/ventures/acme?lang={lang}")
    assert said in html, html[html.find("departure") :][:400]
