"""Rough edges a member or an organiser met on the pages (member16), in English and French:
the list "Waiting for a member's word" rounded a salary to whole units (60,000.50 read
60,001); the invitee read their own opening salary "from the day the person joins"; French
said "(0 versés)"; a French ledger's refused rows named the field by its code name (Champ :
rate) instead of the file's column (taux); the attendee list read "E-mail d'invitation : Pas
envoyé" (a capital after the colon); a round's break read "Table : -"."""

from __future__ import annotations

import re
from decimal import Decimal
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from matcher.equity import Rate
from matcher.errors import ImportFailed
from tests.apps import client_over
from tests.events_day import ORG, PEOPLE
from tests.ventures import START, create, person, venture
from tests.web.pages import browser, post


def _text(html: str) -> str:
    return re.sub(r"[ \t\n]+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


@pytest.fixture
def app(community: Community) -> TestClient:
    return client_over(community)


@pytest.mark.parametrize(
    ("lang", "said", "rounded"),
    [
        ("en", "a salary of 60,000.5 a year (0 paid) for Bob from", "60,001"),
        (
            "fr",
            "un salaire de 60\u202f000,5 par an (0 versé) pour Bob à partir du",
            "60\u202f001",
        ),
    ],
)
def test_the_waiting_list_shows_the_salary_proposed_exactly(
    app: TestClient, community: Community, lang: str, said: str, rounded: str
) -> None:
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    rate = Rate("bob", START, Decimal("60000.50"))
    community.equity.set_rate("acme", rate, actor=Actor("ana"))
    assert community.equity.proposals("acme", actor=Actor("bob"), open_only=True)
    page = _text(browser(app, community, "ana").get(f"/web/ventures/acme?lang={lang}").text)
    waiting = page[page.index("Proposal" if lang == "en" else "Proposition") :]
    assert said in waiting, waiting[:600]
    assert rounded not in waiting


@pytest.mark.parametrize(
    ("lang", "invitee_reads", "owner_reads"),
    [
        (
            "en",
            "a salary of 60,000 a year (0 paid) from the day you join",
            "a salary of 60,000 a year (0 paid) from the day of joining",
        ),
        (
            "fr",
            "un salaire de 60\u202f000 par an (0 versé) à partir du jour où vous rejoignez le"
            " projet",
            "un salaire de 60\u202f000 par an (0 versé) à partir du jour où la personne"
            " rejoint le projet",
        ),
    ],
)
def test_the_invitee_reads_their_own_salary_as_theirs(
    app: TestClient, community: Community, lang: str, invitee_reads: str, owner_reads: str
) -> None:
    create(community.equity, "acme", "ana", "Acme", start=START)
    person(community.equity, "bob")
    ana, bob = browser(app, community, "ana"), browser(app, community, "bob")
    invite = {"member": "bob", "salary": "60000", "paid_salary": "0", "effective": ""}
    assert post(ana, f"/web/ventures/acme/members?lang={lang}", invite).status_code == 303
    card = _text(bob.get(f"/web/ventures?lang={lang}").text)
    assert invitee_reads in card, card[-1500:]
    assert "la personne rejoint" not in card and "day of joining" not in card
    assert owner_reads in _text(ana.get(f"/web/ventures/acme?lang={lang}").text)


@pytest.mark.parametrize(
    ("lang", "header"),
    [("en", "member,kind,on,amount,rate"), ("fr", "membre,nature,date,montant,taux")],
)
def test_a_refused_ledger_row_names_the_column_as_the_file_does(
    app: TestClient, community: Community, lang: str, header: str
) -> None:
    create(community.equity, "acme", "ana", "Acme", start=START)
    ana = browser(app, community, "ana")
    kind = "sales" if lang == "en" else "ventes"
    csv = f"{header}\nana,{kind},2024-01-10,1000,beaucoup\n".encode()
    r = post(
        ana,
        f"/web/ventures/acme/import?lang={lang}",
        files={"file": ("ledger.csv", csv, "text/csv")},
    )
    assert r.status_code == 422, _text(r.text)[-1500:]
    [row] = re.findall(r"<tbody>\s*<tr>(.*?)</tr>", r.text, re.S)
    cells = [_text(c).strip() for c in re.findall(r"<td>(.*?)</td>", row, re.S)]
    column = header.rsplit(",", 1)[1]
    assert cells[:3] == ["2", column, "beaucoup"], cells
    # the API says the file's column beside the field
    with pytest.raises(ImportFailed) as failed:
        community.equity.import_ledger("acme", csv, actor=Actor("ana"))
    [error] = failed.value.errors
    assert error.field == "rate"
    assert error.as_dict().get("column") == (None if lang == "en" else "taux")


@pytest.fixture
def odd_night(day: Community) -> Community:
    day.events.add_attendees("night", ["p11"], actor=ORG)  # 11 attendees: a break each round
    day.events.plan_rounds("night", rounds=1, actor=ORG)
    return day


@pytest.mark.parametrize(
    ("lang", "bye"), [("en", "sits this round out."), ("fr", "fait une pause ce tour-ci.")]
)
def test_a_break_says_who_sits_the_round_out(odd_night: Community, lang: str, bye: str) -> None:
    [round_] = odd_night.events.rounds("night", actor=ORG)
    [who] = round_.byes
    name = next(p["name"] for p in PEOPLE if p["id"] == who)
    org = browser(client_over(odd_night), odd_night, "p00")
    html = org.get(f"/web/events/night?lang={lang}").text
    [row] = re.findall(r'<tr class="muted">(<td colspan="2" class="bye">.*?)</tr>', html, re.S)
    assert f"{name} {bye}" in _text(row), _text(row)
    assert "data-label" not in row  # no "Table: -" in the stacked table
    assert not re.search(r'data-label="Table">\s*-\s*<', html)


@pytest.mark.parametrize(("lang", "word"), [("en", "not sent"), ("fr", "pas envoyé")])
def test_not_sent_is_lower_case_after_its_label(odd_night: Community, lang: str, word: str) -> None:
    org = browser(client_over(odd_night), odd_night, "p00")
    html = unescape(org.get(f"/web/events/night?lang={lang}").text)
    label = {"en": "Invitation e-mail", "fr": "E\u2011mail d'invitation"}[lang]
    cells = re.findall(rf'<td data-label="{label}">(.*?)<br>', html, re.S)
    assert len(cells) == 11 and {c.strip() for c in cells} == {word}, cells
