"""One setting, COFOUNDRY_PUBLIC_URL, starts every link made for a member: the CLI's badges and
e-mails, the API's badges, the pages' invitation link. Unset, the pages and the API use the
address the request reached, and the CLI its default, saying which on standard error."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app as cli
from api.settings import Settings
from embeddings.encoder import FakeEncoder
from matcher.community import Community
from matcher.events import badge_svg
from tests.apps import client_over
from tests.conftest import SYNONYMS
from tests.events_day import DAY, ORG, PEOPLE
from tests.web.pages import sign_in

runner = CliRunner()


def _qr(db: str, url: str) -> str:
    """The QR code of p01's badge opening ``url`` (``{code}``: their check-in code)."""
    c = Community(db, FakeEncoder(dim=64, synonyms=SYNONYMS))
    (badge,) = c.events.badges("night", actor=ORG, person="p01")
    c.close()
    return badge_svg(url.format(code=badge.code))


def _night(db: str) -> None:
    c = Community(db, FakeEncoder(dim=64, synonyms=SYNONYMS))
    c.profiles.import_profiles(PEOPLE)
    c.events.create_event(
        "night", "Founders night", actor=ORG, details={**DAY, "date": "2030-05-21"}
    )
    c.events.add_attendees("night", ["p01"], actor=ORG)
    c.close()


def test_the_cli_badges_open_the_setting_and_say_the_default_when_unset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "c.db")
    _night(db)
    out = tmp_path / "badges.html"
    args = ["event", "badges", "night", "--out", str(out), "--db", db, "--encoder", "fake"]
    monkeypatch.delenv("COFOUNDRY_PUBLIC_URL", raising=False)
    r = runner.invoke(cli, args)
    assert r.exit_code == 0, r.output
    said = " ".join(r.stderr.split())
    assert "the QR codes open http://localhost:8000, COFOUNDRY_PUBLIC_URL's default" in said
    monkeypatch.setenv("COFOUNDRY_PUBLIC_URL", "https://events.example.org/")
    r = runner.invoke(cli, args)
    assert r.exit_code == 0 and "COFOUNDRY_PUBLIC_URL" not in r.stderr, r.output
    assert _qr(db, "https://events.example.org/web/events/night/checkin?code={code}") in (
        out.read_text()
    )


def test_the_cli_says_where_its_e_mails_links_point_when_unset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "c.db")
    _night(db)
    people = tmp_path / "people.csv"
    people.write_text("name,email,offers,needs\nZoe,zoe@example.org,python code,sales\n")
    monkeypatch.delenv("COFOUNDRY_PUBLIC_URL", raising=False)
    args = ["event", "import", "night", str(people), "--db", db, "--encoder", "fake"]
    r = runner.invoke(cli, args)
    assert r.exit_code == 0, r.output
    assert "e-mail links start with http://localhost:8000" in " ".join(r.stderr.split())
    monkeypatch.setenv("COFOUNDRY_PUBLIC_URL", "https://events.example.org")
    people.write_text("name,email,offers,needs\nYan,yan@example.org,python code,sales\n")
    r = runner.invoke(cli, args)
    assert r.exit_code == 0 and "e-mail links" not in r.stderr, r.output
    r = runner.invoke(cli, ["mail", "outbox", "--body", "--db", db])
    assert "https://events.example.org/web/events/night/invited/" in r.stdout


def test_the_api_and_the_pages_use_the_setting_else_the_address_reached(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    _night(db)
    c = Community(db, FakeEncoder(dim=64, synonyms=SYNONYMS))
    token = c.security.create_token("p00")
    auth = {"Authorization": f"Bearer {token}"}
    checkin = "/web/events/night/checkin?code={code}"
    plain = client_over(c)
    badge = plain.get("/events/night/badge/p01", headers=auth).text
    assert _qr(db, "http://testserver" + checkin) in badge
    site = Settings(db=db, encoder="fake", public_url="https://events.example.org")
    public = client_over(c, site)
    badge = public.get("/events/night/badge/p01", headers=auth).text
    assert _qr(db, "https://events.example.org" + checkin) in badge
    sign_in(public, token)
    assert (
        "https://events.example.org/web/invitations/" in public.get("/web/events/night/invite").text
    )


@pytest.mark.parametrize(
    ("public_url", "says", "fix"),
    [
        (None, "http://localhost:8000", True),
        ("http://localhost:8000/", "http://localhost:8000", True),
        ("https://events.example.org/", "https://events.example.org", False),
    ],
)
def test_the_worker_says_at_start_where_its_e_mails_links_point(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    public_url: str | None,
    says: str,
    fix: bool,
) -> None:
    """``cofoundry worker`` sends the e-mails and writes the digests (their unsubscribe and
    claim links) without ever saying which address those links start with: a worker left on
    the local default e-mailed links to http://localhost:8000 that no member could open. It
    now says it as it starts, with the fix when it is the local default."""
    from matcher.mail import MailService

    db = str(tmp_path / "c.db")
    _night(db)
    monkeypatch.setattr(MailService, "run", lambda self, stop, interval: None)
    monkeypatch.setenv("COFOUNDRY_SMTP_HOST", "localhost")
    if public_url is None:
        monkeypatch.delenv("COFOUNDRY_PUBLIC_URL", raising=False)
    else:
        monkeypatch.setenv("COFOUNDRY_PUBLIC_URL", public_url)
    args = ["worker", "--digest-every", "0", "--retrain-every", "0", "--db", db]
    r = runner.invoke(cli, [*args, "--encoder", "fake"])
    assert r.exit_code == 0, r.output
    said = " ".join(r.output.split())
    assert f"links in e-mails (unsubscribe and claim links) start with {says}" in said
    assert ("set COFOUNDRY_PUBLIC_URL" in said) is fix, said
