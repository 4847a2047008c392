"""An attendee import whose invitation letter was held back by the address's budget of letters
nobody asked for (``AccountSettings.unproven_per_email``) says so, and until when, on the
page (EN, FR), through the API and on the command line: it used to count that person among
those "without an e-mail address"."""

from __future__ import annotations

from html import unescape
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app as cli
from api.web.i18n import LANGS
from matcher.community import Community
from tests.apps import client_over
from tests.web.pages import csrf, sign_in

VICTIM = "vic@example.org"
FILE = f"Name;E-mail;Offers;Needs\r\nVic;{VICTIM};design;python\r\nZed;;sales;go\r\n"
HELD = {
    "en": "1 invitation was held back, not sent: its address had too many e-mails",
    "fr": "1 invitation a été retenue, pas envoyée : son adresse a reçu trop d’e\u2011mails",
}


def spend_budget(c: Community) -> None:
    """Other organisers wrote to the address lately, as much as its budget allows."""
    with c.db.transaction():
        while c.accounts.take_unproven(VICTIM):
            pass


@pytest.mark.parametrize("lang", LANGS)
def test_the_import_page_says_the_letter_was_held_and_until_when(day: Community, lang: str) -> None:
    spend_budget(day)
    org = client_over(day)
    sign_in(org, day.security.create_token("p00"))
    r = org.post(
        f"/web/events/night/import?lang={lang}",
        data={"csrf": csrf(org), "action": "import"},
        files={"file": ("inscrits.csv", FILE.encode(), "text/csv")},
    )
    assert r.status_code == 200, r.text  # the report, not a flash saying all were e-mailed
    page = unescape(r.text).replace("\u202f", " ").replace("\u00a0", " ")
    assert HELD[lang] in page and " UTC" in page
    assert ("1 person has no e-mail address" if lang == "en" else "1 personne n'a pas") in page


def test_the_api_and_the_command_line_say_it_too(
    day: Community, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spend_budget(day)
    api = client_over(day)
    bearer = {"Authorization": f"Bearer {day.security.create_token('p00')}"}
    r = api.post(
        "/events/night/attendees/import",
        content=FILE.encode(),
        headers={**bearer, "Content-Type": "text/csv"},
    )
    assert r.status_code == 200, r.text
    report = r.json()
    [vic] = report["held"]
    assert vic.startswith("vic-") and vic not in report["not_emailed"]
    assert [x for x in report["not_emailed"] if x.startswith("zed-")] == report["not_emailed"]
    monkeypatch.setenv("COFOUNDRY_DB", str(tmp_path / "cli.db"))
    monkeypatch.setenv("COFOUNDRY_ENCODER", "fake")
    assert CliRunner().invoke(cli, ["event", "create", "night"]).exit_code == 0
    c = Community(str(tmp_path / "cli.db"))
    spend_budget(c)
    c.close()
    (tmp_path / "inscrits.csv").write_text(FILE)
    out = CliRunner().invoke(cli, ["event", "import", "night", str(tmp_path / "inscrits.csv")])
    assert out.exit_code == 0, out.output
    assert "1 invitation held back, not sent" in out.output and " UTC " in out.output
    assert "1 without an e-mail address" in out.output
