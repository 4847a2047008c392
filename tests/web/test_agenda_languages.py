"""Printed agendas speak each attendee's language: an attendee whose profile says English only
reads an English page in an organiser's French document (and French only, a French page in an
English one); one without an account who names both reads the first they name (as their
invitation e-mail); an attendee whose language is not known reads the organiser's. On the web page,
the API and the CLI."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app as cli
from embeddings.encoder import FakeEncoder
from matcher.accounts import reading_lang
from matcher.community import Community
from tests.apps import client_over
from tests.conftest import SYNONYMS
from tests.events_day import DAY, ORG, PEOPLE, Clock
from tests.web.pages import sign_in

#: p01 reads French only, p02 English only, p03 both (English first), p04 German (not known)
LANGUAGES = {"p01": "fr", "p02": "en", "p03": "en;fr", "p04": "de"}


def _community(clock: Clock, db: str = ":memory:") -> Community:
    people = [{**p, "languages": LANGUAGES.get(p["id"], p["languages"])} for p in PEOPLE]
    c = Community(db, FakeEncoder(dim=64, synonyms=SYNONYMS), clock=clock)
    c.profiles.import_profiles(people)
    c.events.create_event("night", "Founders night", actor=ORG, details=DAY)
    c.events.add_attendees("night", ["p01", "p02", "p03", "p04", "p05"], actor=ORG)
    c.events.plan_rounds("night", rounds=2, actor=ORG)
    return c


def _pages(html: str) -> dict[str, str]:
    """Each attendee's page (by the name printed on it) and the language it says it is in."""
    document = re.search(r'<html lang="(\w+)"', html)
    assert document is not None
    found = {}
    for lang, body in re.findall(
        r'<section class="page"(?: lang="(\w+)")?>(.*?)</section>', html, re.S
    ):
        name = re.search(r"<p><strong>([^<]+)</strong>", body)
        assert name is not None
        found[unescape(name.group(1))] = lang or document.group(1)
    return found


def _names(c: Community) -> dict[str, str]:
    return c.events.names("night", actor=ORG)


def test_the_rule_the_profile_only_language_then_the_account() -> None:
    assert reading_lang(["fr"], "en") == "fr" and reading_lang(["en", "fr"], "fr") == "fr"
    assert reading_lang(["en", "fr"]) is None and reading_lang([]) is None


@pytest.mark.parametrize("organiser", ["fr", "en"])
def test_each_printed_agenda_is_in_its_readers_language(day_clock: Clock, organiser: str) -> None:
    c = _community(day_clock)
    org = client_over(c)
    sign_in(org, c.security.create_token("p00"))
    html = org.get(f"/web/events/night/print/agendas?lang={organiser}").text
    pages = _pages(html)
    names = _names(c)
    assert pages[names["p01"]] == "fr" and pages[names["p02"]] == "en"
    # without an account, the first of the pages' languages the profile names (p03's
    # "en;fr": English, as its invitation e-mail), else the organiser's (p04, German)
    assert pages[names["p03"]] == "en" and pages[names["p04"]] == organiser
    assert pages[names["p05"]] == "en"  # the day's people say English only
    # the words of each page are its language's
    fr_page = html.split(names["p01"])[1].split("</section>")[0]
    en_page = html.split(names["p02"])[1].split("</section>")[0]
    assert "<th>Tour</th>" in fr_page and "jeudi 21 mai 2026" in html
    assert "<th>Round</th>" in en_page and "Thursday, May 21, 2026" in html


def test_the_api_and_the_cli_print_them_alike(day_clock: Clock, tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    c = _community(day_clock, db)
    names = _names(c)
    api = client_over(c)
    html = api.get(
        "/events/night/agendas",
        headers={"Authorization": f"Bearer {c.security.create_token('p00')}"},
    ).text
    pages = _pages(html)
    assert pages[names["p01"]] == "fr" and pages[names["p02"]] == pages[names["p03"]] == "en"
    out = tmp_path / "agendas.html"
    r = CliRunner().invoke(
        cli,
        [
            "event",
            "export",
            "night",
            "--format",
            "agendas",
            "--out",
            str(out),
            "--db",
            db,
            "--encoder",
            "fake",
        ],
    )
    assert r.exit_code == 0, r.output
    assert _pages(out.read_text(encoding="utf-8")) == pages


@pytest.mark.parametrize("organiser", ["fr", "en"])
def test_a_printed_agendas_header_names_the_time_zone_as_the_pages_do(
    day_clock: Clock, organiser: str
) -> None:
    """The printed agendas' header said the time zone by its IANA name, "(Europe/Paris)",
    while every page and letter says "Paris time" (Translator.zone): each page of the
    document now says it in its reader's words, and so do the printed badges."""
    c = _community(day_clock)
    org = client_over(c)
    sign_in(org, c.security.create_token("p00"))
    html = unescape(org.get(f"/web/events/night/print/agendas?lang={organiser}").text)
    names = _names(c)
    fr_page = html.split(names["p01"])[0].rsplit('<section class="page"', 1)[-1]
    en_page = html.split(names["p02"])[0].rsplit('<section class="page"', 1)[-1]
    assert "(heure de Paris)" in fr_page and "(Paris time)" in en_page, (fr_page, en_page)
    assert "(Europe/Paris)" not in html
    badges = unescape(org.get(f"/web/events/night/print/badges?lang={organiser}").text)
    assert ("(heure de Paris)" if organiser == "fr" else "(Paris time)") in badges
    assert "(Europe/Paris)" not in badges
