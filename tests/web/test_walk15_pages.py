"""What a new user's walk found wrong (walk15), through the app (TestClient), in English and
French: the pipeline named a shared venture by its id ("venture v-cb76459f8fcd875bac96"); a
proposal on the venture page was "Proposition 1: ..." in French (the colon outside the
translation, so without its non-breaking space); an attendee file without its columns was
told "no column for name, offers, needs (the columns are foo, bar) (got 'name / nom / full
name / nom complet, of…')", the names cut and said as what the file gave; the command line
left the bad value out of a line's problem ("line 3, courriel: email is not an address"); the
report of an event still to come was a table of zeros with no word of why; a badge code typed
wrong at check-in was told the rule of ids ("An id is 1 to 64 lower-case letters..."); hours
typed as "abc" were told "A time contribution needs hours or months", not that "abc" is no
number; the French venture page told the ledger's columns by their English names only."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.cli import app as cli
from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over
from tests.events_day import ORG, Clock
from tests.ventures import venture
from tests.web.pages import browser, csrf, post, sign_in


@pytest.fixture
def ana(community: Community) -> TestClient:
    client = client_over(community)
    sign_in(client, community.security.create_token("ana"))
    return client


def text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.mark.parametrize(
    ("lang", "said"), [("en", "venture “Home care”"), ("fr", "projet « Home care »")]
)
def test_the_pipeline_names_a_shared_venture_by_its_name(
    ana: TestClient, community: Community, lang: str, said: str
) -> None:
    venture = community.equity.create_venture("", "Home care", actor=Actor("ana"))
    community.equity.invite(venture.id, "bob", actor=Actor("ana"))
    assert community.equity.answer_invitation(venture.id, True, actor=Actor("bob"))
    page = ana.get(f"/web/pipeline?lang={lang}").text
    body = text(page).replace("\xa0", " ")
    assert said in body, body
    assert f"venture {venture.id}" not in body and f"projet {venture.id}" not in body
    assert f'href="/web/ventures/{venture.id}"' in page  # the next step still leads to it


@pytest.mark.parametrize(("lang", "head"), [("en", "Proposal 1:"), ("fr", "Proposition 1\u00a0:")])
def test_a_proposal_is_headed_with_the_colon_of_its_language(
    community: Community, lang: str, head: str
) -> None:
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    app = client_over(community)
    ana, bob = (browser(app, community, p) for p in ("ana", "bob"))
    form = {"member": "bob", "effective": "2023-01-01", "salary": "1000", "paid_salary": ""}
    assert post(ana, f"/web/ventures/acme/rates?lang={lang}", form).status_code == 303
    page = unescape(bob.get(f"/web/ventures/acme?lang={lang}").text)
    assert f"<strong>{head}</strong>" in page, page[page.find('id="proposals"') :][:800]


NAMES = "name / full name / nom, offers / offer / offre, needs / need / besoins"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", f"wrong.csv: no column for {NAMES} (the file's columns are foo, bar)"),
        # the file's own columns beside what it lacks, in French too (walk 16)
        ("fr", f"Le fichier n'a pas de colonne pour : {NAMES} (ses colonnes sont : foo, bar)."),
    ],
)
def test_a_file_without_its_columns_names_them_all_uncut(
    ana: TestClient, lang: str, said: str
) -> None:
    assert post(ana, "/web/events", {"event": "night", "name": "Night"}).status_code == 303
    r = ana.post(
        f"/web/events/night/import?lang={lang}",
        data={"csrf": csrf(ana)},
        files={"file": ("wrong.csv", b"foo,bar\n1,2\n", "text/csv")},
        follow_redirects=False,
    )
    assert r.status_code == 422
    page = text(r.text).replace("\xa0", " ")
    assert said in page, page[page.find("CSV") :][:1500]
    assert "(got" not in page  # the names are what the file lacks, not what it gave


def test_the_cli_says_the_value_of_a_bad_line_and_the_columns_a_file_lacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "c.db")
    run = CliRunner()
    monkeypatch.setenv("COFOUNDRY_ENCODER", "fake")
    assert run.invoke(cli, ["event", "create", "night", "--db", db]).exit_code == 0
    people = tmp_path / "inscrits.csv"  # Windows-1252, as French Excel saves it
    people.write_bytes(
        "nom;courriel;offre;besoins\nBéa;pas-une-adresse;Design;Dév\n".encode("cp1252")
    )
    out = run.invoke(cli, ["event", "import", "night", str(people), "--db", db]).output
    assert "line 2, courriel: email is not an address (got 'pas-une-adresse')" in out, out
    people.write_bytes(b"foo,bar\n1,2\n")
    out = " ".join(
        run.invoke(cli, ["event", "import", "night", str(people), "--db", db]).output.split()
    )
    assert f"no column for {NAMES} (the file's columns are foo, bar)" in out, out
    assert "(got" not in out and "…" not in out
    out = run.invoke(cli, ["event", "report", "night", "--db", db]).output
    assert out.startswith("Nothing has happened yet: no round held"), out


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("en", "Nothing has happened yet: no round held, nobody checked in, no feedback."),
        ("fr", "Rien ne s'est encore passé : aucun tour tenu, personne sur place, aucun retour."),
    ],
)
def test_the_report_of_an_event_to_come_says_why_it_is_all_zeros(
    day: Community, day_clock: Clock, lang: str, note: str
) -> None:
    day.events.plan_rounds("night", rounds=2, actor=ORG)
    org = client_over(day)
    sign_in(org, day.security.create_token("p00"))
    page = text(org.get(f"/web/events/night/report?lang={lang}").text).replace("\xa0", " ")
    assert note in page, page
    day_clock.paris(17, 50)  # the doors open: someone came
    code = day.events.badges("night", actor=ORG, person="p01")[0].code
    day.events.check_in("night", code, actor=ORG)
    page = text(org.get(f"/web/events/night/report?lang={lang}").text).replace("\xa0", " ")
    assert note not in page


@pytest.mark.parametrize(
    ("lang", "said", "rule"),
    [
        ("en", "has the check-in code 'ZZZZ-0000'", "An id is"),
        ("fr", "Aucun badge de cet événement n'a le code « ZZZZ-0000 »", "Un identifiant"),
    ],
)
def test_a_badge_code_typed_wrong_is_not_told_the_rule_of_ids(
    day: Community, lang: str, said: str, rule: str
) -> None:
    org = client_over(day)
    sign_in(org, day.security.create_token("p00"))
    r = org.get(f"/web/events/night/checkin?lang={lang}&code=ZZZZ-0000")
    page = text(r.text).replace("\xa0", " ")
    assert said in page, page
    assert rule not in page


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "“abc” is not a number: write it with digits, such as 12.5."),
        ("fr", "« abc » n'est pas un nombre : écrivez-le en chiffres, par exemple 12,5."),
    ],
)
def test_hours_that_are_no_number_are_told_so_beside_their_field(
    community: Community, lang: str, said: str
) -> None:
    venture(community.equity, "acme", "ana", name="Acme")
    ana = browser(client_over(community), community, "ana")
    form = {"member": "ana", "kind": "time", "on": "2024-01-02", "hours": "abc", "key": "k1"}
    r = post(ana, f"/web/ventures/acme/entries?lang={lang}", form)
    assert r.status_code == 422
    html = unescape(r.text).replace("\xa0", " ")
    beside = re.search(r'id="e-hours-error"[^>]*>(.*?)</', html, re.S)
    assert beside is not None and said in beside.group(1), html[html.find('id="e-hours"') :][:600]


def test_the_french_venture_page_names_the_ledger_columns_in_french_and_they_import(
    community: Community,
) -> None:
    venture(community.equity, "acme", "ana", name="Acme")
    ana = browser(client_over(community), community, "ana")
    page = text(ana.get("/web/ventures/acme?lang=fr").text).replace("\xa0", " ")
    said = re.search(r"avec les colonnes ([^(]+) \(", page)
    assert said is not None, page
    columns = said.group(1)
    assert columns == "membre, nature, date, montant, heures, mois, payé, état, taux, remarque"
    ledger = f"{columns.replace(', ', ';')}\nana;argent;2024-01-02;1 250,50;;;;;;premier achat\n"
    r = ana.post(
        "/web/ventures/acme/import?lang=fr",
        data={"csrf": csrf(ana)},
        files={"file": ("registre.csv", ledger.encode("cp1252"), "text/csv")},
        follow_redirects=False,
    )
    assert r.status_code == 303, text(r.text)
    (entry,) = community.equity.ledger("acme", actor=Actor("ana"))
    assert str(entry.row.entry.amount) == "1250.50" and entry.row.entry.note == "premier achat"
