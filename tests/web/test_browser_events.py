"""Issue 19 in a real browser: an event run on its day (Debian's chromium driven by
Playwright, a uvicorn server whose clock the test moves).

- The organiser prepares the event: creates it with its logistics, imports a French Excel
  attendee file (semicolons, Windows-1252) with a bad line, imports the good lines, fixes the
  file and imports it whole again (nothing twice), plans the rounds (the quality in plain
  words), forms teams of 6 (of 6), prints agendas, table cards and badges.
- At the door, on a phone: check-in by a typed code; during round 2 one person is absent,
  and the calm re-plan changes only the later meetings of that person's partners; the
  dashboard lists who is here and who is absent.
- An attendee on a phone, in English and in French: ``/web`` opens today's event on the
  round on, with clock times and places; the French page has no English left; the page never
  scrolls sideways; their answer (RSVP) is saved.

Each test is short: its setup goes through the services, the browser does what a person
does on the day. Screenshots go to ``test-artifacts/screens/``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api.web.i18n import translator
from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.community import Community
from matcher.events import round_slot
from tests.conftest import COMMUNITY, SYNONYMS
from tests.events_day import PARIS, Clock, seats
from tests.web.browser import CHROMIUM, axe_violations, new_page, serve, shoot, sign_in
from tests.web.test_translations import _english_fragments, _english_left

playwright_api = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium (python3 tasks.py test installs it)"
)

ORG = Actor("ana")
EN = translator("en")
DAY = dt.date(2026, 5, 21)
#: The event's logistics: rounds of 10 minutes from 18:00, 5 minutes between them.
DETAILS = {
    "date": DAY.isoformat(),
    "start": "18:00",
    "timezone": "Europe/Paris",
    "venue": "La Cantine",
    "address": "12 rue de la Paix, Paris",
    "places": ["Salle Verte", "Bar", "Terrasse", "Mezzanine"],
    "round_minutes": 10,
    "break_minutes": 5,
}
FIRST = [
    "Léa",
    "Hugo",
    "Chloé",
    "Théo",
    "Inès",
    "Noé",
    "Zoé",
    "Jérôme",
    "Anaïs",
    "Loïc",
    "Maëlle",
    "Cédric",
]
LAST = ["Dubois", "Lefèvre", "Moreau", "Girard", "Faure", "Lambert", "Mercier", "Rousseau"]
OFFERS = [
    "Développeuse Python, je code le produit et l'API.",
    "Commercial, je trouve des clients et je signe la vente.",
    "Financement et levée de fonds auprès des investisseurs.",
    "Designer produit, je dessine la marque et les écrans.",
]
NEEDS = [
    "Un associé commercial pour la vente et les clients.",
    "Un développeur pour coder le produit.",
    "Un développeur technique pour le produit.",
    "Une associée pour le financement.",
]
#: Words that are English and not French: none may be left on a French page.
ENGLISH_WORDS = (
    "the",
    "and",
    "with",
    "you",
    "your",
    "round",
    "next",
    "now",
    "where",
    "why",
    "meet",
    "break",
    "from",
    "to",
    "is",
    "at",
    "my",
    "who",
    "what",
    "when",
    "this",
    "will",
    "add",
    "print",
    "calendar",
    "coming",
    "badge's",
)


def people(n: int, offset: int = 0) -> list[tuple[str, str, str, str]]:
    """``n`` French attendees: name, e-mail, offers, needs (``offset`` gives other names)."""
    out = []
    for i in range(offset, offset + n):
        first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST) + i) % len(LAST)]
        email = f"{first}.{last}@exemple.fr".lower().translate(
            str.maketrans("éèëêïîôç", "eeeeiioc")
        )
        out.append((f"{first} {last}", email, OFFERS[i % 4], NEEDS[(i + 1) % 4]))
    return out


def french_excel(rows: list[tuple[str, str, str, str]], bad: int | None = None) -> bytes:
    """An attendee file as French Excel saves "CSV (séparateur : point-virgule)": semicolons,
    Windows-1252, CRLF, French column names, a column that is no profile field; line ``bad``
    (1-based, after the header) has a language that is no ISO code."""
    lines = ["Nom;E-mail;Apporte;Cherche;Langues;Société"]
    for i, (name, email, offers, needs) in enumerate(rows, start=1):
        languages = "français" if i == bad else "fr"
        lines.append(f"{name};{email};{offers};{needs};{languages};Société n°{i}")
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def paris(hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour, minute), PARIS).astimezone(dt.UTC)


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Community, Clock]]:
    """A server over a community whose clock the tests move (the event's day, in Paris)."""
    db = tmp_path_factory.mktemp("day") / "day.db"
    clock = Clock(paris(9, 0))
    community = Community(db, FakeEncoder(dim=256, synonyms=SYNONYMS), clock=clock)
    community.profiles.import_profiles(COMMUNITY)
    with serve(community, db) as base:
        yield base, community, clock


def planned(community: Community, event_id: str, n: int, offset: int, rounds: int) -> list[str]:
    """An event of ``n`` imported attendees with ``rounds`` rounds planned; their ids."""
    community.events.create_event(event_id, "Soirée des fondateurs", actor=ORG, details=DETAILS)
    found = community.events.import_csv(event_id, french_excel(people(n, offset)), actor=ORG)
    community.events.plan_rounds(event_id, rounds=rounds, actor=ORG)
    return list(found.ids("added"))


def test_organiser_prepares_the_event_from_a_french_excel_file(
    browser: Any, day: tuple[str, Community, Clock], tmp_path: Path
) -> None:
    base, community, clock = day
    clock.at = paris(9, 0)
    org = new_page(browser, base)
    sign_in(org, community.security.create_token("ana"))
    org.goto("/web/events")
    org.get_by_label(re.compile(r"^Name\b")).fill("Demo night")
    org.get_by_label("Date").fill(DAY.isoformat())
    org.get_by_label("Start time").fill("18:00")
    org.get_by_label("Time zone").fill("Europe/Paris")
    org.get_by_label("Venue").fill("La Cantine")
    org.get_by_label("Tables or rooms").fill("Salle Verte\nBar\nTerrasse:4")
    org.get_by_text("Choose the event's id (optional)").click()
    org.get_by_label("Event id").fill("demo-night")
    org.get_by_role("button", name="Create the event").click()
    # a click waits for the next page to start, not to be read: wait for its heading
    org.get_by_role("heading", name=re.compile("Demo night")).wait_for()
    assert "La Cantine" in org.locator("p.when").inner_text()
    # a French Excel file with a bad line: nothing written, the line, column and fix shown
    rows = people(12)
    bad = tmp_path / "inscrits.csv"
    bad.write_bytes(french_excel(rows, bad=3))
    org.get_by_label("Attendee file (CSV)").set_input_files(str(bad))
    org.get_by_role("button", name="Import", exact=True).click()
    problem = org.locator("tr.row-error")
    assert problem.count() == 1
    assert problem.locator("td").first.inner_text() == "4"  # the header is line 1
    assert "français" in problem.inner_text()
    assert org.get_by_role("alert").filter(has_text="Nothing was imported").is_visible()
    assert community.events.events.attendees("demo-night") == []
    shoot(org, "event-import-errors")
    # the good lines only, then the fixed file whole: the missing person only
    org.get_by_label("Attendee file (CSV)").set_input_files(str(bad))
    org.get_by_role("button", name="Import the good lines only").click()
    assert org.locator("#import-report").inner_text() == (
        "11 attendees imported from the good lines."
    )
    good = tmp_path / "inscrits-corrigé.csv"
    good.write_bytes(french_excel(rows))
    org.get_by_label("Attendee file (CSV)").set_input_files(str(good))
    org.get_by_role("button", name="Import", exact=True).click()
    assert org.get_by_role("status").first.inner_text() == (
        "1 attendee imported and e-mailed their invitation."
    )
    assert len(community.events.events.attendees("demo-night")) == 12
    # plan 3 rounds: how good, in plain words; every round has its clock time and places
    org.get_by_label("Number of rounds").fill("3")
    org.get_by_role("button", name="Plan the rounds").click()
    percent = org.locator("#plan-percent").inner_text()
    assert re.fullmatch(r"\d+ ?%", percent), percent
    sentence = org.locator("#plan-sentence").inner_text()
    assert not re.search(r"bound|gap|objective|solver", sentence), sentence
    assert org.locator("details.solver").first.get_attribute("open") is None
    event = community.events.events.get_event("demo-night")
    assert event is not None
    start, end = round_slot(event, 2) or (None, None)
    assert start is not None and start.hour == 18 and end is not None
    caption = org.locator("#round-2 caption").inner_text()
    assert f"{EN.time(start)}\u2013{EN.time(end)}" in caption, caption
    assert "Salle Verte" in org.locator("#round-1").inner_text()
    shoot(org, "event-planned")
    # teams of 6 for 12 people: one way, two teams of exactly 6
    org.get_by_label("People per team").fill("6")
    org.get_by_role("button", name="Next: choose the teams' sizes").click()
    assert org.get_by_role("radio").count() == 1
    org.get_by_text("More settings").click()
    org.get_by_label("Time limit (seconds)").fill("2")
    org.get_by_role("button", name="Form the teams").click()
    teams = org.locator("tr.team")
    assert teams.count() == 2
    for i in range(2):
        assert teams.nth(i).locator("td.members").inner_text().count(" · ") == 5
    # badges: one per attendee with its QR code and code; agendas and table cards
    org.get_by_role("link", name=re.compile("Badges with their check-in QR code")).click()
    assert org.locator("svg").count() >= 12
    codes = {a.code for a in community.events.events.attendees("demo-night")}
    text = org.locator("body").inner_text()
    assert all(c[:4] in text for c in codes)
    shoot(org, "event-badges")
    org.go_back()
    org.get_by_role("link", name="Every attendee's agenda (one page each)").click()
    assert org.locator("section.page").count() == 12
    org.go_back()
    org.get_by_role("link", name="Table cards for every round").click()
    org.get_by_text("Terrasse").first.wait_for()
    org.context.close()


def test_check_in_by_typed_code_and_a_calm_replan_during_round_2(
    browser: Any, day: tuple[str, Community, Clock]
) -> None:
    base, community, clock = day
    clock.at = paris(17, 30)
    ids = planned(community, "soiree", 8, offset=20, rounds=4)
    names = community.events.names("soiree", actor=ORG)
    attendees = {a.profile_id: a for a in community.events.events.attendees("soiree")}
    # at the door, on a phone: the code typed as people read it (lower case, no dash)
    door = new_page(browser, base, phone=True)
    sign_in(door, community.security.create_token("ana"), lands="/web/events")
    for pid in ids[:7]:
        door.goto("/web/events/soiree/checkin")
        door.get_by_label("Check-in code").fill(attendees[pid].code.lower())
        door.get_by_role("button", name="Find").click()
        door.get_by_role("button", name=f"Check {names[pid]} in").click()
        assert door.get_by_role("status").first.inner_text() == f"{names[pid]} is checked in."
    shoot(door, "event-checkin")
    # round 2 is on, and the eighth person has not come: marked absent from the dashboard
    clock.at = paris(18, 17)
    before = seats(community.events.rounds("soiree", actor=ORG))
    absent = ids[7]
    door.goto("/web/events/soiree/dashboard")
    assert door.get_by_role("heading", name="Round 2 is on").is_visible()
    row = door.locator(f"#person-{absent}")
    row.get_by_role("combobox").first.select_option("absent")
    row.get_by_role("button", name="Save").click()
    after = seats(community.events.rounds("soiree", actor=ORG))
    # rounds 1 and 2 have started: unchanged; later, only the absent person's partners move
    assert after[1] == before[1] and after[2] == before[2]
    for n in (3, 4):
        moved = {p for p in after[n] if after[n][p] != before[n].get(p)}
        assert absent not in after[n] or not after[n][absent]
        assert moved <= set(before[n][absent]) | {absent}, (n, moved)
    change = door.locator(".card.change")
    partners = {names[p] for n in (3, 4) for p in before[n][absent]}
    assert "Only" in change.inner_text()
    assert all(name in change.inner_text() for name in partners)
    # the dashboard lists who is here and who is absent
    assert door.locator("#count-checked-in").inner_text() == "7"
    assert door.locator("#count-absent").inner_text() == "1"
    assert names[absent] in door.locator("#list-absent").inner_text()
    assert names[ids[0]] in door.locator("#list-checked-in").inner_text()
    shoot(door, "event-dashboard")
    door.context.close()


def words_of(page: Any) -> str:
    """The page's text as a reader reads it: without what is in no language (``translate="no"``:
    a check-in code, whose letters may spell ``MY`` or ``THE``)."""
    text = str(page.locator("body").inner_text())
    for code in page.locator("[translate=no]").all_inner_texts():
        text = text.replace(code, " ")
    return text


def english_words(text: str) -> list[str]:
    """The words of :data:`ENGLISH_WORDS` in ``text``."""
    return sorted(set(re.findall(r"[a-z']+", text.lower())) & set(ENGLISH_WORDS))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_attendee_on_a_phone_lands_on_todays_agenda(
    browser: Any, day: tuple[str, Community, Clock], lang: str
) -> None:
    base, community, clock = day
    clock.at = paris(17, 0)
    event_id = f"jour-{lang}"
    ids = planned(community, event_id, 6, offset=30 if lang == "en" else 40, rounds=3)
    me = ids[0]
    clock.at = paris(18, 17)  # round 2 is on
    t = translator(lang)
    phone = new_page(browser, base, phone=True, lang="fr-FR" if lang == "fr" else "en-GB")
    sign_in(phone, community.security.create_token(me), lands=f"/web/events/{event_id}")
    phone.goto("/web")  # opened again later in the day: still today's event
    assert phone.url.endswith(f"/web/events/{event_id}")
    assert phone.get_by_role(
        "heading", name=t.gettext("My day · %(event)s", event="Soirée des fondateurs")
    ).is_visible()
    agenda = community.events.agenda(event_id, me, actor=Actor(me))
    cards = phone.locator("ol.agenda > li")
    assert cards.count() == 3
    for item in agenda:  # each round with its clock times and its place
        card = phone.locator(f"#round-{item.round}")
        assert item.start is not None and item.end is not None
        assert f"{t.time(item.start)}\u2013{t.time(item.end)}" in card.inner_text()
        if item.table:
            assert item.place in card.inner_text()
    now = phone.locator("li[aria-current=step]")
    assert now.get_attribute("id") == "round-2" and now.is_visible()
    assert now.locator("details").get_attribute("open") is not None  # why we meet, open
    width = phone.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert width[0] <= width[1], width
    shoot(phone, f"event-my-day-{lang}")
    # my answer
    phone.get_by_role("radio", name=t.pgettext("answer to an invitation", "I'm coming")).check()
    phone.get_by_role("button", name=t.gettext("Save my answer")).click()
    assert phone.get_by_role("status").first.inner_text() == t.gettext("Your answer is saved.")
    # in French nothing English is left: no sentence of the catalogue, no English word (the
    # same sweep over the English page finds both, so it does look)
    text = words_of(phone)
    sentences = _english_left(text, _english_fragments())
    words = english_words(text)
    if lang == "fr":
        assert sentences == [] and words == [], (sentences, words)
    else:
        assert len(sentences) >= 5 and len(words) >= 10, (sentences, words)
    # the other attendee pages fit a phone too: a partner's profile, the invitation, feedback
    partner = now.locator("h4.partner a").first
    who = partner.inner_text()
    partner.click()
    phone.get_by_role("heading", name=who).first.wait_for()
    shoot(phone, f"event-partner-{lang}")
    code = community.events.invitation(event_id, actor=ORG)
    for path, name in ((f"/web/invitations/{code}", "invitation"), ("feedback", "feedback")):
        phone.goto(path if path.startswith("/") else f"/web/events/{event_id}/{path}")
        shoot(phone, f"event-{name}-{lang}")
    phone.context.close()


@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
def test_event_pages_are_accessible(
    browser: Any, day: tuple[str, Community, Clock], phone: bool
) -> None:
    """The organiser's and an attendee's event pages: no serious or critical axe-core
    violation (WCAG 2.x A and AA, best practices), on a desktop and on a phone."""
    base, community, clock = day
    clock.at = paris(17, 0)
    event_id = "axe-phone" if phone else "axe-desk"
    ids = planned(community, event_id, 6, offset=60 if phone else 50, rounds=3)
    code = community.events.invitation(event_id, actor=ORG)
    clock.at = paris(18, 17)  # round 2 is on: the dashboard and the agenda show it
    org = new_page(browser, base, phone=phone)
    sign_in(org, community.security.create_token("ana"), lands="/web/events")
    organiser = [
        "/web/events",
        f"/web/events/{event_id}",
        f"/web/events/{event_id}/edit",
        f"/web/events/{event_id}/invite",
        f"/web/events/{event_id}/teams",
        f"/web/events/{event_id}/checkin",
        f"/web/events/{event_id}/dashboard",
        f"/web/events/{event_id}/report?lang=fr",
        f"/web/events/{event_id}/print/agendas",
        f"/web/events/{event_id}/print/cards",
        f"/web/events/{event_id}/print/badges",
    ]
    for path in organiser:
        org.goto(path)
        assert axe_violations(org) == [], path
    org.context.close()
    me = new_page(browser, base, phone=phone, lang="fr-FR")
    sign_in(me, community.security.create_token(ids[0]), lands=f"/web/events/{event_id}")
    attendee = [
        f"/web/events/{event_id}",
        f"/web/events/{event_id}/people/{ids[1]}",
        f"/web/events/{event_id}/print/agenda",
        f"/web/events/{event_id}/feedback?lang=en",
        f"/web/invitations/{code}",
    ]
    for path in attendee:
        me.goto(path)
        assert axe_violations(me) == [], path
    me.context.close()


def test_an_event_with_a_long_name_fits_a_phone(
    browser: Any, day: tuple[str, Community, Clock]
) -> None:
    """An event named by one long word (200 letters, the most a name may hold) made the
    organiser's pages and the printed report 2,000 to 3,800 px wide on a 390 px phone."""
    base, community, clock = day
    clock.at = paris(9, 0)
    name = "Hackathon" + "x" * 191
    community.events.create_event("long-name", name, actor=ORG, details=DETAILS)
    found = community.events.import_csv("long-name", french_excel(people(4, 80)), actor=ORG)
    assert len(found.ids("added")) == 4
    org = new_page(browser, base, phone=True)
    sign_in(org, community.security.create_token("ana"), lands="/web/events")
    for path in (
        "/web/events",
        "/web/events/long-name",
        "/web/events/long-name/edit",
        "/web/events/long-name/invite",
        "/web/events/long-name/checkin",
        "/web/events/long-name/dashboard",
        "/web/events/long-name/report",
        "/web/events/long-name/print/badges",
    ):
        org.goto(path)
        assert name[:20] in org.content(), path
        shoot(org, "event-long-name-" + (path.rsplit("/", 1)[-1] or "list"))
    org.context.close()


def test_printed_agendas_fit_a_phone(browser: Any, day: tuple[str, Community, Clock]) -> None:
    """The printed agendas (the organiser's, and an attendee's own) were a five-column table
    454 px wide on a 390 px phone, whatever the names: on a narrow screen each meeting is now
    a block (round, time and place, then whom and why)."""
    base, community, clock = day
    clock.at = paris(9, 0)
    ids = planned(community, "print-phone", 6, offset=90, rounds=3)
    org = new_page(browser, base, phone=True)
    sign_in(org, community.security.create_token("ana"), lands="/web/events")
    org.goto("/web/events/print-phone/print/agendas?lang=fr")
    shoot(org, "event-print-agendas")
    assert (
        org.locator("table.agenda td.round").first.evaluate(
            "e => getComputedStyle(e, '::before').content"
        )
        == '"Tour"'
    )
    org.context.close()
    me = new_page(browser, base, phone=True, lang="fr-FR")
    sign_in(me, community.security.create_token(ids[0]), lands="/web/events/print-phone")
    me.goto("/web/events/print-phone/print/agenda")
    shoot(me, "event-print-my-agenda")
    me.context.close()


@pytest.mark.parametrize("lang", ["en-GB", "fr-FR"])
def test_a_team_card_on_a_phone_keeps_its_label_and_number_on_one_line(
    browser: Any, day: tuple[str, Community, Clock], lang: str
) -> None:
    """On a phone the teams table stacks into cards: "Équipe : 1" is one line, as the other
    cells' label and value (the column's desktop width no longer squeezes it)."""
    base, community, clock = day
    clock.at = paris(17, 0)
    event_id = f"team-cards-{lang[:2]}"
    planned(community, event_id, 8, offset=70 if lang == "en-GB" else 80, rounds=1)
    community.events.form_teams(event_id, size=4, actor=ORG, time_limit=1)
    org = new_page(browser, base, phone=True, lang=lang)
    sign_in(org, community.security.create_token("ana"), lands="/web/events")
    org.goto(f"/web/events/{event_id}")
    cell = org.locator("tr.team td").first
    lines = cell.evaluate(
        "td => td.getBoundingClientRect().height / parseFloat(getComputedStyle(td).fontSize)"
    )
    assert lines < 2, f"{cell.inner_text()!r} takes {lines:.1f} em"
    assert org.evaluate("document.documentElement.scrollWidth") <= 390
    shoot(org, f"event-team-cards-{lang[:2]}")
    org.context.close()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_someone_who_left_their_team_starts_its_venture_on_a_phone(
    browser: Any, day: tuple[str, Community, Clock], lang: str
) -> None:
    """Checked in, worked with their team, gone: their day page names the team they worked
    with and offers its venture, as their teammates' pages do; on a 390 px phone, no
    sideways scroll; the button starts the venture."""
    base, community, clock = day
    clock.at = paris(17, 0)
    event_id = f"left-{lang}"
    ids = planned(community, event_id, 6, offset=90 if lang == "en" else 96, rounds=1)
    community.events.form_teams(event_id, size=3, actor=ORG, time_limit=1)
    for p in ids:
        community.events.mark(event_id, p, "checked-in", actor=ORG)
    me = ids[0]
    number = next(t.number for t in community.events.teams(event_id, actor=ORG) if me in t.members)
    community.events.mark(event_id, me, "left", actor=ORG)
    t = translator(lang)
    phone = new_page(browser, base, phone=True, lang="fr-FR" if lang == "fr" else "en-GB")
    sign_in(phone, community.security.create_token(me), lands=f"/web/events/{event_id}")
    phone.goto(f"/web/events/{event_id}")
    heading = t.gettext("The team you worked with: team %(n)s") % {"n": number}
    assert phone.get_by_role("heading", name=heading).is_visible()
    width = phone.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert width[0] <= width[1], width
    phone.get_by_text(t.gettext("Start a venture with my team")).click()
    phone.get_by_label(t.gettext("Venture name")).fill("Après le hackathon")
    shoot(phone, f"event-left-team-venture-{lang}")
    phone.get_by_role("button", name=t.gettext("Start the venture")).click()
    assert "/web/ventures/" in phone.url
    venture = phone.url.split("/web/ventures/")[1].split("?")[0].split("#")[0]
    assert community.equity.view(venture, actor=Actor(me)).roles.members == (me,)
    phone.context.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_checked_in_traveller_reads_their_zone_and_that_they_are_here(
    browser: Any, day: tuple[str, Community, Clock], lang: str
) -> None:
    """On a phone (French) and a laptop (English): an attendee whose profile is in Montréal
    reads the event's zone and its start in theirs; once checked in, that they are here,
    with no answer to change (it could undo the check-in)."""
    base, community, clock = day
    clock.at = paris(17, 0)
    event_id = f"ici-{lang}"
    ids = planned(community, event_id, 4, offset=50 if lang == "en" else 60, rounds=2)
    me = ids[0]
    community.profiles.update_profile(me, {"timezone": "America/Montreal"}, actor=Actor(me))
    code = community.events.badges(event_id, actor=ORG, person=me)[0].code
    clock.at = paris(17, 50)
    community.events.check_in(event_id, code, actor=ORG)
    t = translator(lang)
    page = new_page(browser, base, phone=lang == "fr", lang="fr-FR" if lang == "fr" else "en-GB")
    sign_in(page, community.security.create_token(me), lands=f"/web/events/{event_id}")
    when = page.locator("p.when").inner_text()
    assert t.zone("Europe/Paris") in when and t.zone("America/Montreal") in when
    assert page.locator("p.when span.note").first.get_attribute("title") == "Europe/Paris"
    assert page.get_by_role("heading", name=t.gettext("I am here")).is_visible()
    assert page.get_by_role("radio").count() == 0
    width = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert width[0] <= width[1], width
    shoot(page, f"event-checked-in-{lang}")
    page.context.close()


def test_a_check_in_code_is_no_english_word_on_a_french_day(
    browser: Any, day: tuple[str, Community, Clock]
) -> None:
    """A check-in code is random letters and digits: ``2MY3-THE4`` once made the French day
    read "my". The code is marked as no language (``translate="no"``: a browser's
    translation leaves it alone), and the French page has no English word left."""
    base, community, clock = day
    clock.at = paris(17, 0)
    me = planned(community, "code-mots", 4, offset=70, rounds=2)[0]
    with community.db.transaction():
        community.db.execute(
            "UPDATE event_attendees SET code = '2MY3THE4' WHERE event_id = 'code-mots'"
            " AND profile_id = ?",
            [me],
        )
    phone = new_page(browser, base, phone=True, lang="fr-FR")
    sign_in(phone, community.security.create_token(me), lands="/web/events/code-mots")
    code = phone.locator("figure.qr strong")
    assert code.inner_text() == "2MY3-THE4"
    assert code.get_attribute("translate") == "no"
    assert english_words(words_of(phone)) == []
    phone.context.close()


#: How much wider than its room each choice of a select is, in pixels: the text of the
#: choice (as the select's font draws it) against the select's width less its padding and
#: the arrow's room (1.5rem).
CLIPPED = """sel => {
  const style = getComputedStyle(sel), ctx = document.createElement('canvas').getContext('2d');
  ctx.font = style.font;
  const room = sel.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
    - 1.5 * parseFloat(getComputedStyle(document.documentElement).fontSize);
  return [...sel.options].map(o => [o.text, Math.round(ctx.measureText(o.text).width - room)])
    .filter(([, over]) => over > 0);
}"""


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_dashboards_mark_choices_are_read_whole_on_a_phone(
    browser: Any, day: tuple[str, Community, Clock], lang: str
) -> None:
    """On a phone the dashboard's "mark as" select shared its line with the round's box and
    cut its choices ("sur place (arrivé", "en retard : arrive au t"): every choice is read
    whole, the round's box and the button below it."""
    base, community, clock = day
    clock.at = paris(17, 0)
    event_id = f"marques-{lang}"
    planned(community, event_id, 4, offset=80 if lang == "en" else 90, rounds=2)
    door = new_page(browser, base, phone=True, lang="fr-FR" if lang == "fr" else "en-GB")
    sign_in(door, community.security.create_token("ana"), lands="/web/events")
    door.goto(f"/web/events/{event_id}/dashboard")
    select = door.locator("form.mark select").first
    assert select.evaluate(CLIPPED) == []
    shoot(door, f"event-dashboard-marks-{lang}")
    door.context.close()


def test_a_check_in_desk_works_from_the_keyboard(
    browser: Any, day: tuple[str, Community, Clock]
) -> None:
    """At a desk with a keyboard: type a code and Enter finds the badge; Enter again checks
    the person in (the button had no focus: about twenty tabs to reach it); the code field
    then waits for the next badge."""
    base, community, clock = day
    clock.at = paris(17, 0)
    ids = planned(community, "clavier", 4, offset=100, rounds=2)
    codes = {a.profile_id: a.code for a in community.events.events.attendees("clavier")}
    desk = new_page(browser, base)
    sign_in(desk, community.security.create_token("ana"), lands="/web/events")
    desk.goto("/web/events/clavier/checkin")
    desk.get_by_label("Check-in code").click()
    for pid in ids[:2]:
        desk.keyboard.type(codes[pid].lower())
        with desk.expect_navigation():
            desk.keyboard.press("Enter")
        # autofocus may land a moment after the load event: wait for it (fails after 10 s)
        desk.wait_for_function("document.activeElement.className === 'big'", timeout=10_000)
        with desk.expect_navigation():
            desk.keyboard.press("Enter")
        assert community.events.events.attendee("clavier", pid).state == "checked-in"
        desk.wait_for_function("document.activeElement.id === 'f-code'", timeout=10_000)
    desk.context.close()
