"""What walk 16 found on the organiser's evening, walked in Chromium at 390 and 1280 pixels in
English and French, each fixed and pinned here through the app (TestClient): the check-in desk
finds someone who came without their badge by their name."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.cli import app as cli
from api.web.i18n import LANGS, translator
from matcher.community import Community
from tests.apps import client_over
from tests.conftest import person
from tests.events_day import ORG, Clock
from tests.web.pages import csrf, error_for, post, sign_in, unlabelled


@pytest.fixture
def ana(community: Community) -> TestClient:
    client = client_over(community)
    sign_in(client, community.security.create_token("ana"))
    return client


def _organiser(day: Community) -> TestClient:
    client = client_over(day)
    sign_in(client, day.security.create_token("p00"))
    return client


def _code(day: Community, pid: str) -> str:
    found = day.events.events.attendee("night", pid)
    assert found is not None
    return found.code


@pytest.mark.parametrize("lang", LANGS)
def test_the_check_in_desk_finds_a_person_without_a_badge_by_name(
    day: Community, day_clock: Clock, lang: str
) -> None:
    """At the desk, on a phone, someone arrives without their badge: the page took only a
    badge's code ("no badge has the code 'Léa'"), and the organiser had to find them in the
    dashboard's list of everyone. Part of a name, in any case and without accents, now finds
    them: one person is shown as a badge is, with the button that checks them in; several
    are listed, each with its button; nobody: the page says neither a code nor a name."""
    t = translator(lang)
    day.profiles.import_profiles(
        [person("p03", name="Léa Fontaine"), person("p04", name="Léo Durand")]
    )
    day.events.plan_rounds("night", rounds=2, actor=ORG)
    day_clock.paris(17, 50)
    org = _organiser(day)
    r = org.get(f"/web/events/night/checkin?code=lea%20FONTAINE&lang={lang}")
    page = unescape(r.text)
    assert r.status_code == 200 and unlabelled(r.text) == [], error_for(r.text, "f-code")
    assert t.gettext("Check %(name)s in", name="Léa Fontaine") in page
    assert f'name="code" value="{_code(day, "p03")}"' in page  # the button sends her code
    post(org, "/web/events/night/checkin", {"code": _code(day, "p03")})
    lea = day.events.events.attendee("night", "p03")
    assert lea is not None and lea.state == "checked-in"

    r = org.get(f"/web/events/night/checkin?code=LE&lang={lang}")
    page = unescape(r.text)
    assert r.status_code == 200
    heading = t.ngettext(
        "%(num)s attendee named “%(text)s”", "%(num)s attendees named “%(text)s”", 2, text="LE"
    )
    assert heading in page, page[page.find("<main") :][:2000]
    # Léa, already here, has no button; Léo has his, with his code
    assert t.gettext("Check %(name)s in", name="Léa Fontaine") not in page
    assert t.gettext("Check %(name)s in", name="Léo Durand") in page
    assert re.search(rf'name="code" value="{_code(day, "p04")}"', page)

    r = org.get(f"/web/events/night/checkin?code=Zo%C3%A9&lang={lang}")
    assert r.status_code == 404
    assert t.gettext("No attendee's name holds it either.") in error_for(r.text, "f-code")


def test_a_name_search_is_the_organisers_alone(day: Community) -> None:
    """Another attendee cannot search the names at the desk (the page is the organiser's)."""
    day.profiles.import_profiles([person("p03", name="Léa Fontaine")])
    other = client_over(day)
    sign_in(other, day.security.create_token("p04"))
    assert other.get("/web/events/night/checkin?code=Lea").status_code == 404


def test_the_cli_lists_the_attendees_a_name_typed_for_a_code_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``cofoundry event checkin`` given a name (no badge at hand): the attendees it names,
    each with the code to check them in by, instead of "no such code" alone."""
    db = str(tmp_path / "c.db")
    run = CliRunner()
    monkeypatch.setenv("COFOUNDRY_ENCODER", "fake")
    assert run.invoke(cli, ["event", "create", "night", "--db", db]).exit_code == 0
    people = tmp_path / "inscrits.csv"
    people.write_text("nom,apporte,cherche\nLéa Fontaine,Design,Dév\nTom Wright,Code,Sales\n")
    assert run.invoke(cli, ["event", "import", "night", str(people), "--db", db]).exit_code == 0
    out = run.invoke(cli, ["event", "checkin", "night", "LEA", "--db", db])
    assert out.exit_code != 0
    said = " ".join(out.output.split())
    code = re.search(r"Léa Fontaine \(([\w-]+)\): (\w{8}), invited", said)
    assert code, said
    assert "Tom Wright" not in said and "check one in by the code given" in said
    out = run.invoke(cli, ["event", "checkin", "night", "Zoé", "--db", db])
    assert "has the check-in code 'Zoé'" in " ".join(out.output.split()), out.output


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("offered", "sought"),
    [("Rôles apportés", "Rôles cherchés"), ("roles offerts", "roles cherches")],
)
def test_an_attendee_file_s_roles_sought_in_french_are_read(
    ana: TestClient, community: Community, lang: str, offered: str, sought: str
) -> None:
    """A French file with the columns of the page's own words ("apporte, cherche": so
    "Rôles cherchés") lost the roles each person seeks: the column was listed as ignored
    (only "rôles recherchés" was read, and only with its accents). The names of the columns
    are now read in any case, with or without accents, "rôles cherchés" among them."""
    assert post(ana, "/web/events", {"event": "night", "name": "Night"}).status_code == 303
    data = f"nom;apporte;cherche;{offered};{sought}\nLéa;Design;Dév;design;Technique\n"
    r = ana.post(
        f"/web/events/night/import?lang={lang}",
        data={"csrf": csrf(ana)},
        files={"file": ("inscrits.csv", data.encode("cp1252"), "text/csv")},
        follow_redirects=False,
    )
    assert r.status_code == 303, unescape(r.text)[:2000]
    (lea,) = [p for p in community.profiles.store.profiles(None) if p.name == "Léa"]
    assert [r.value for r in lea.roles_offered] == ["design"]
    assert [r.value for r in lea.roles_sought] == ["tech"]


def test_a_late_arrival_reads_in_french_on_the_dashboard(day: Community, day_clock: Clock) -> None:
    """Walk 16 marked someone late at round 3: the French dashboard said "invitation sans
    réponse · arrives at round 3" (the sentence sat inside an f-string, which Babel does not
    read, so it was never in the catalogue)."""
    day.events.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(17, 50)
    day.events.mark("night", "p05", "late", round=3, actor=ORG)
    page = unescape(_organiser(day).get("/web/events/night/dashboard?lang=fr").text)
    assert "arrive au tour 3" in page, page[page.find("<main") :][:3000]
    assert "arrives at round" not in page


@pytest.mark.parametrize("lang", LANGS)
def test_a_late_arrival_s_own_page_marks_their_first_meeting(
    day: Community, day_clock: Clock, lang: str
) -> None:
    """Someone expected at round 3 opened their day on their phone: it said only "Next:
    round 1 at 18:30" (the event's) and marked no card, though their first meeting was
    round 3. Their own first round is now marked "next" and said with its time."""
    t = translator(lang)
    day.events.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(17, 50)
    day.events.mark("night", "p05", "late", round=3, actor=ORG)
    (first,) = [i for i in day.events.agenda("night", "p05", actor=ORG) if i.round == 3]
    assert first.start is not None
    client = client_over(day)
    sign_in(client, day.security.create_token("p05"))
    page = unescape(client.get(f"/web/events/night?lang={lang}").text)
    said = t.gettext("Your first meeting: round %(n)s at %(time)s.", n=3, time=t.time(first.start))
    assert said in page, page[page.find('id="phase"') :][:600]
    card = page[page.find('id="round-3"') - 80 :][:400]
    assert 'aria-current="step"' in card, card


@pytest.mark.parametrize("lang", LANGS)
def test_a_late_arrival_s_first_meeting_is_next_while_a_round_is_on(
    day: Community, day_clock: Clock, lang: str
) -> None:
    """During round 2, the late arrival's round 3 card was badged "now" (the badge followed
    the event's phase, not the card's round): it is "next" until round 3 starts."""
    t = translator(lang)
    day.events.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(17, 50)
    day.events.mark("night", "p05", "late", round=3, actor=ORG)
    (second,) = [i for i in day.events.agenda("night", "p01", actor=ORG) if i.round == 2]
    assert second.start is not None
    on = second.start.astimezone(ZoneInfo("Europe/Paris"))
    day_clock.paris(on.hour, on.minute + 1)
    client = client_over(day)
    sign_in(client, day.security.create_token("p05"))
    page = unescape(client.get(f"/web/events/night?lang={lang}").text)
    card = page[page.find('id="round-3"') :][:400]
    assert f'<span class="badge now-badge">{t.gettext("next")}</span>' in card, card
