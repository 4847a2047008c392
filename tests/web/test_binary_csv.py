"""A file that is no text, chosen as an attendee or profile CSV (a PDF, an image, an archive,
bytes of no known format) is told for what it is, with the fix (export as CSV UTF-8), on the
page (English and French), the API and the CLI; it was read as Windows-1252 text and refused
for want of columns, or told only "choose a CSV file"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app as cli
from api.web.i18n import translator
from matcher.community import Community
from tests.apps import client_over
from tests.events_day import ORG
from tests.web.pages import csrf, error_for, sign_in

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 20
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
NOISE = bytes(range(1, 256)) * 16  # no format known, no text
FIX = "save or export the list as 'CSV UTF-8'"


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(
    ("body", "found", "value"),
    [(PDF, "a PDF file", "PDF"), (PNG, "a PNG file", "PNG"), (NOISE, "byte 0x01 at offset 0", "0")],
)
def test_the_page_says_what_the_file_is_and_how_to_fix_it(
    day: Community, lang: str, body: bytes, found: str, value: str
) -> None:
    org = client_over(day)
    sign_in(org, day.security.create_token("p00"))
    org.get(f"/web/events/night?lang={lang}")
    r = org.post(
        "/web/events/night/import",
        data={"csrf": csrf(org), "action": "check"},
        files={"file": ("inscrits.csv", body, "text/csv")},
    )
    said = error_for(r.text, "f-file")
    assert r.status_code == 422, said
    if lang == "en":
        assert found in said and FIX in said
    else:
        t = translator("fr")
        key = (
            "This file is not text: from byte %(value)s on, it holds no characters of a CSV file. In your spreadsheet, save or export the list as “CSV UTF-8”, then choose that file."
            if body is NOISE
            else "This file is a %(value)s file, not CSV text: in your spreadsheet, save or export the list as “CSV UTF-8”, then choose that file."
        )
        assert said == t.gettext(key, value=value) and "CSV UTF-8" in said
        assert said.startswith("Ce fichier")


def test_the_api_says_it_422_naming_the_file_and_the_format(day: Community) -> None:
    api = client_over(day)
    auth = {"Authorization": f"Bearer {day.security.create_token('p00')}"}
    for body, value in ((PDF, "PDF"), (PNG, "PNG"), (NOISE, 0)):
        r = api.post(
            "/events/night/attendees/import",
            content=body,
            headers={**auth, "Content-Type": "text/csv"},
        )
        assert r.status_code == 422, r.text
        got = r.json()
        assert got["field"] == "file" and got["value"] == value and "CSV UTF-8" in got["hint"]


def test_the_cli_says_it_for_an_attendee_file_and_a_profile_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "c.db")
    run = CliRunner()
    monkeypatch.setenv("COFOUNDRY_ENCODER", "fake")
    assert run.invoke(cli, ["event", "create", "night", "--db", db]).exit_code == 0
    (tmp_path / "people.csv").write_bytes(PDF)
    for args in (["event", "import", "night"], ["import"]):
        r = run.invoke(cli, [*args, str(tmp_path / "people.csv"), "--db", db])
        out = " ".join(r.output.split())
        assert r.exit_code == 2 and "people.csv: the file is a PDF file, not CSV text" in out, out
        assert FIX in out
    assert ORG.profile_id == "p00" and os.path.exists(db)
