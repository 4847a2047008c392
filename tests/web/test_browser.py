"""End to end in a real browser: Debian's chromium, driven by Playwright, against a real
uvicorn server on a free loopback port (fake encoder, temporary database).

Every flow of the issue is clicked through as a person would: sign-up and sign-in, the
profile, suggestions and an introduction answered by the other side, the avoid list,
collaborations, the language switch, and a team's ledger (add, approve, reverse, split,
chart, departure preview). Screenshots of the main pages at desktop and phone widths go to
``test-artifacts/screens/``.
"""

from __future__ import annotations

import csv
import io
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from api.app import create_app
from api.settings import Settings
from embeddings.encoder import FakeEncoder
from matcher.community import Community
from matcher.matching import MatchSettings
from tests.conftest import COMMUNITY, SYNONYMS

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screens"
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
WIDEST = """[...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll'))
  .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"""
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium (python3 tasks.py test installs it)"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Community]]:
    """A uvicorn server in a thread, on 127.0.0.1 only, over a temporary database."""
    db = tmp_path_factory.mktemp("web") / "web.db"
    service = Community(db, FakeEncoder(dim=256, synonyms=SYNONYMS), MatchSettings())
    service.profiles.import_profiles(COMMUNITY)
    app = create_app(Settings(db=str(db), encoder="fake"), community=service)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=free_port(), log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}", service
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        yield chromium
        chromium.close()


def new_page(browser: Any, base: str, *, phone: bool = False, lang: str = "en-GB") -> Any:
    context = browser.new_context(
        viewport=PHONE if phone else DESKTOP,
        base_url=base,
        locale=lang,
        is_mobile=phone,
        has_touch=phone,
        device_scale_factor=2 if phone else 1,
    )
    context.set_default_timeout(15_000)
    return context.new_page()


def shoot(page: Any, name: str) -> None:
    """Save a full-page screenshot, and check nothing overflows sideways."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    width = page.viewport_size["width"]
    page.screenshot(
        path=str(ARTIFACTS / f"{name}-{'phone' if width < 600 else 'desktop'}.png"), full_page=True
    )
    overflow = page.evaluate("document.documentElement.scrollWidth")
    widest = page.evaluate(WIDEST)
    assert overflow <= width + 1, (
        f"{name}: the page is {overflow}px wide in a {width}px window: {widest}"
    )


def sign_in(page: Any, token: str) -> None:
    page.goto("/web/signin")
    page.get_by_label(re.compile("token|jeton", re.I)).first.fill(token)
    page.get_by_role("button", name=re.compile("Sign in|Se connecter")).click()
    page.wait_for_url(re.compile("/web/suggestions"))


def test_sign_up_on_a_phone_then_sign_in_elsewhere(
    browser: Any, site: tuple[str, Community]
) -> None:
    base, _ = site
    page = new_page(browser, base, phone=True, lang="fr-FR")
    page.goto("/")
    assert page.get_attribute("html", "lang") == "fr"  # from Accept-Language
    shoot(page, "signin")
    page.get_by_role("link", name="Créer mon profil").click()
    page.get_by_label("Identifiant du profil").fill("Zoé")
    page.get_by_label("Nom").first.fill("Zoé Martin")
    page.get_by_label("Ce que j'apporte").fill("Je vends aux PME et je signe les premiers clients.")
    page.get_by_role("button", name="Créer mon profil").click()
    # errors next to their fields, what was typed kept
    assert "minuscules" in page.locator("#f-id-error").inner_text()
    assert "ce que vous cherchez" in page.locator("#f-needs-error").inner_text()
    assert page.get_by_label("Ce que j'apporte").input_value().startswith("Je vends")
    assert page.locator("#f-needs").get_attribute("aria-invalid") == "true"
    shoot(page, "signup-errors")
    page.get_by_label("Identifiant du profil").fill("zoe")
    page.get_by_label("Ce que je cherche").fill("Un développeur pour coder le produit.")
    page.get_by_text("vente", exact=True).first.click()  # a role I bring, by its label
    page.get_by_role("button", name="Créer mon profil").click()
    token = page.locator("#new-token").input_value()
    assert token.startswith("cf1_")
    shoot(page, "welcome")
    page.get_by_role("link", name="Voir mes suggestions").click()
    assert page.get_by_role("heading", name="Mes suggestions").is_visible()
    other = new_page(browser, base)
    sign_in(other, token)
    other.goto("/web/profile")
    assert other.get_by_label("Name").first.input_value() == "Zoé Martin"
    assert other.locator('input[name="roles_offered"][value="sales"]').is_checked()
    other.context.close()
    page.context.close()


def test_member_flows_and_the_language_switch(browser: Any, site: tuple[str, Community]) -> None:
    base, service = site
    ana = new_page(browser, base)
    sign_in(ana, service.security.create_token("ana"))
    # suggestions, with their explanation
    card = ana.locator("li.suggestion", has_text="Bob").first
    assert card.get_by_text("Meets your needs").is_visible()
    assert card.locator("q").count() >= 2  # matched phrases
    shoot(ana, "suggestions")
    # the language switch is remembered
    ana.get_by_role("link", name="Français").click()
    assert ana.get_attribute("html", "lang") == "fr"
    ana.get_by_role("link", name="Mon profil").click()
    assert ana.get_attribute("html", "lang") == "fr" and "/web/profile" in ana.url
    shoot(ana, "profile")
    ana.get_by_role("link", name="English").click()
    # edit the profile
    ana.get_by_label("Headline").fill("Backend developer, Python")
    ana.get_by_label("Languages").fill("fr, en, es")
    ana.get_by_role("button", name="Save my profile").click()
    assert ana.get_by_role("status").inner_text() == "Your profile is saved."
    assert ana.get_by_label("Languages").input_value() == "fr, en, es"
    # ask Bob for an introduction
    ana.get_by_role("link", name="Suggestions").click()
    ana.locator("li.suggestion", has_text="Bob").first.get_by_role(
        "link", name=re.compile("Ask for an introduction")
    ).click()
    ana.get_by_label("Message").fill("Hello Bob, shall we talk?")
    shoot(ana, "introduce")
    ana.get_by_role("button", name="Send the request").click()
    assert ana.get_by_text("You asked to meet Bob").is_visible()
    # Bob accepts in his own browser; Ana then sees his contact
    bob = new_page(browser, base)
    sign_in(bob, service.security.create_token("bob"))
    bob.get_by_role("link", name="Introductions").click()
    assert bob.get_by_text("Hello Bob, shall we talk?").is_visible()
    shoot(bob, "introductions")
    bob.get_by_role("button", name="Accept").click()
    assert bob.get_by_role("status").inner_text() == "You accepted."
    ana.reload()
    assert ana.get_by_text("accepted", exact=True).is_visible()
    # the avoid list
    ana.get_by_role("link", name="Avoid list").click()
    ana.get_by_label("Profile id").fill("dan")
    ana.get_by_role("button", name="Add to my avoid list").click()
    assert ana.get_by_role("status").inner_text() == "dan is on your avoid list."
    shoot(ana, "avoid")
    ana.get_by_role("button", name=re.compile("Remove")).click()
    assert ana.get_by_text("Your avoid list is empty.").is_visible()
    # collaborations: propose, the partner confirms and rates
    ana.get_by_role("link", name="Collaborations").click()
    ana.get_by_label("Partner's profile id").fill("bob")
    ana.get_by_label("Project").fill("Market stall app")
    ana.get_by_label("Started on").fill("2024-01-01")
    ana.get_by_role("button", name="Propose").click()
    assert ana.get_by_text("Waiting for your partner to confirm.").is_visible()
    bob.get_by_role("link", name="Collaborations").click()
    bob.get_by_role("button", name="Confirm").click()
    bob.get_by_label("Would you work together again?").first.select_option("2")
    bob.get_by_role("button", name="Save my rating").click()
    assert bob.get_by_text("your rating +2").is_visible()
    shoot(bob, "collaborations")
    # sign out
    ana.get_by_role("button", name="Sign out").click()
    assert "/web/signin" in ana.url
    ana.goto("/web/suggestions")
    assert "/web/signin" in ana.url
    ana.context.close()
    bob.context.close()


def test_keyboard_focus_is_visible_and_skip_link_works(
    browser: Any, site: tuple[str, Community]
) -> None:
    base, service = site
    page = new_page(browser, base)
    sign_in(page, service.security.create_token("cyd"))
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Skip to content"
    style = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert style != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.context.close()


def test_team_ledger_split_chart_and_departure(browser: Any, site: tuple[str, Community]) -> None:
    base, service = site
    ana = new_page(browser, base)
    sign_in(ana, service.security.create_token("ana"))
    ana.get_by_role("link", name="Ventures").click()
    ana.get_by_label("Venture id").fill("stall")
    ana.get_by_label("Name", exact=True).fill("Market stall")
    ana.get_by_label(re.compile("needs another member's approval")).check()
    ana.get_by_role("button", name="Create").click()
    assert ana.get_by_role("heading", name=re.compile("Market stall")).is_visible()
    ana.locator("#m-member").fill("bob")
    ana.get_by_role("button", name="Add", exact=True).click()
    for who, salary in (("ana", "100000"), ("bob", "50000")):
        ana.locator("#r-member").select_option(who)
        ana.locator("#r-effective").fill("2024-01-01")
        ana.locator("#r-salary").fill(salary)
        ana.get_by_role("button", name="Record the salary").click()
    ana.locator("#e-kind").select_option("time")
    ana.locator("#e-on").fill("2024-01-08")
    ana.locator("#e-hours").fill("40")
    ana.get_by_role("button", name="Add to the ledger").click()
    assert ana.get_by_role("status").inner_text() == "Entry #1 added to the ledger."
    assert ana.get_by_text("= 4000 slices").is_visible()
    bob = new_page(browser, base, phone=True)
    sign_in(bob, service.security.create_token("bob"))
    bob.goto("/web/ventures/stall")
    bob.locator("#e-member").select_option("bob")
    bob.locator("#e-kind").select_option("cash")
    bob.locator("#e-on").fill("2024-01-10")
    bob.locator("#e-amount").fill("2500")
    bob.get_by_role("button", name="Add to the ledger").click()
    bob.get_by_role("button", name="Approve #1").click()
    assert bob.get_by_role("status").inner_text() == "Entry #1 approved."
    ana.reload()
    ana.get_by_role("button", name="Approve #2").click()
    split = ana.locator("table").first
    assert "28.57%" in split.inner_text() and "71.43%" in split.inner_text()
    assert ana.locator("figure.chart svg polyline").count() == 2
    shoot(ana, "venture")
    shoot(bob, "venture")
    # ana reverses her own entry; bob cannot (he approved it, so he could: check the author's)
    ana.get_by_role("button", name="Reverse #1").click()
    assert ana.get_by_text("reversed by #3").is_visible()
    assert "100.00%" in ana.locator("table").first.inner_text()
    # the effect of a departure, before recording it
    ana.get_by_role("link", name="Effect of a departure").click()
    ana.get_by_label("Who leaves").select_option("bob")
    ana.get_by_label("On", exact=True).fill("2024-02-01")
    ana.get_by_label("Reason").select_option("resigned-no-good-reason")
    ana.get_by_role("button", name="Show the effect").click()
    leaver = ana.locator("table").first.inner_text()
    assert "10,000.00" in leaver and "2,500.00" in leaver
    shoot(ana, "departure")
    bob.goto(
        "/web/ventures/stall/departure?member=bob&on=2024-02-01&reason=fired-without-cause&lang=fr"
    )
    assert "Sans faute" in bob.locator("main").inner_text()
    shoot(bob, "departure")
    ana.get_by_role("button", name="Record this departure").click()
    assert ana.get_by_role("status").inner_text() == "The departure of bob is recorded."
    ana.context.close()
    bob.context.close()


@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
def test_main_pages_fit_the_screen(browser: Any, site: tuple[str, Community], phone: bool) -> None:
    base, service = site
    page = new_page(browser, base, phone=phone)
    sign_in(page, service.security.create_token("dan"))
    for path, name in (
        ("/web/suggestions", "suggestions-dan"),
        ("/web/profile?lang=fr", "profile-fr"),
        ("/web/ventures", "ventures"),
        ("/web/collaborations", "collaborations-empty"),
        ("/web/events?lang=fr", "events-fr"),
        ("/web/pipeline?lang=fr", "pipeline-fr"),
        ("/web/feedback", "feedback-empty"),
    ):
        page.goto(path)
        shoot(page, name)
    page.context.close()


def attendee_csv(path: Path, n: int, bad_row: int | None = None) -> Path:
    """The first ``n`` sample attendees as a CSV file; ``bad_row`` gets a wrong commitment."""
    sample = Path(__file__).resolve().parents[2] / "data" / "event_attendees.csv"
    lines = sample.read_text(encoding="utf-8").splitlines(keepends=True)
    header, rows = lines[0], lines[1:]
    parsed = list(csv.DictReader(io.StringIO(header + "".join(rows))))[:n]
    if bad_row is not None:
        parsed[bad_row - 1]["commitment"] = "weekends"
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=list(parsed[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(parsed)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_organiser_plans_an_event_replans_after_a_no_show_and_prints(
    browser: Any, site: tuple[str, Community], tmp_path: Path
) -> None:
    base, service = site
    org = new_page(browser, base)
    sign_in(org, service.security.create_token("ana"))
    org.get_by_role("link", name="Events").click()
    org.get_by_label("Event id").fill("demo-night")
    org.get_by_label("Name", exact=True).fill("Demo night")
    org.get_by_role("button", name="Create the event").click()
    assert org.get_by_role("heading", name=re.compile("Demo night")).is_visible()
    shoot(org, "event-new")
    # a CSV with one bad row: nothing imported, the row and its error shown
    org.get_by_label("CSV file").set_input_files(str(attendee_csv(tmp_path / "bad.csv", 12, 3)))
    org.get_by_role("button", name="Upload").click()
    problems = org.locator("tr.row-error")
    assert problems.count() == 1
    assert problems.first.locator("td").first.inner_text() == "3"
    assert "weekends" in problems.first.inner_text()
    assert org.get_by_role("alert").filter(has_text="Nothing was imported").is_visible()
    shoot(org, "event-csv-errors")
    # the fixed file
    org.get_by_label("CSV file").set_input_files(str(attendee_csv(tmp_path / "good.csv", 12)))
    org.get_by_role("button", name="Upload").click()
    assert org.get_by_role("status").inner_text() == "12 attendees imported."
    # plan 3 rounds: the score against the bound and the greedy baseline, the fairness figures
    org.get_by_label("Number of rounds").fill("3")
    org.get_by_role("button", name="Plan the rounds").click()
    assert org.get_by_role("status").inner_text() == "The rounds are planned."
    score = float(org.locator("#fig-score").inner_text())
    bound = float(org.locator("#fig-bound").inner_text())
    greedy = float(org.locator("#fig-greedy").inner_text())
    assert 0 < score <= bound + 1e-6 and greedy > 0
    assert org.get_by_text("Worst average").is_visible()
    assert float(org.locator("#fig-worst-meeting").inner_text()) >= 0
    assert org.locator("table.round").count() == 3
    round1 = org.locator("#round-1").inner_text()
    shoot(org, "event-planned")
    # Ethan Parker (ev002) does not come back after round 1; re-plan from round 2
    org.locator("#s-profile").select_option("ev002")
    org.locator("#s-status").select_option("no-show")
    org.locator("#s-round").fill("2")
    org.get_by_role("button", name="Save the status").click()
    assert "ev002" in org.get_by_role("status").inner_text()
    org.get_by_label("Re-plan from round").fill("2")
    org.get_by_role("button", name="Plan the rounds").click()
    assert "re-planned from round 2" in org.get_by_role("status").inner_text()
    assert org.locator("#round-1").inner_text() == round1
    for n in (2, 3):
        assert "Ethan Parker" not in org.locator(f"#round-{n}").inner_text()
    # teams of 3, each with a developer if possible
    org.get_by_label("People per team").fill("3")
    org.get_by_label("Time limit (seconds)").fill("2")
    org.locator("fieldset", has_text="Roles every team needs").get_by_label("tech").check()
    org.get_by_role("button", name="Form the teams").click()
    assert org.get_by_role("status").inner_text() == "The teams are formed."
    assert org.locator("table.teams tbody tr").count() >= 3
    shoot(org, "event-teams")
    # the print views
    org.get_by_role("link", name="Every attendee's agenda (one page each)").click()
    assert org.locator("section.page").count() == 12
    assert org.get_by_text("Why you should meet").first.is_visible()
    shoot(org, "event-print-agendas")
    org.go_back()
    org.get_by_role("link", name="Table cards for every round").click()
    assert org.get_by_role("heading", name="Demo night: round 3").is_visible()
    shoot(org, "event-print-cards")
    # the same organiser page on a phone, in French
    phone = new_page(browser, base, phone=True, lang="fr-FR")
    sign_in(phone, service.security.create_token("ana"))
    phone.goto("/web/events/demo-night")
    assert phone.get_by_role("heading", name="Qualité du plan").is_visible()
    shoot(phone, "event-planned")
    phone.context.close()
    # an attendee, on a phone: their own agenda only
    guest = new_page(browser, base, phone=True)
    sign_in(guest, service.security.create_token("ev001"))
    guest.goto("/web/events")
    guest.get_by_role("link", name="Demo night").click()
    assert guest.get_by_role("heading", name="My agenda · Demo night").is_visible()
    assert guest.locator("ol.agenda > li").count() == 3
    assert guest.locator("#fig-score").count() == 0
    shoot(guest, "event-agenda")
    guest.goto("/web/events/demo-night/print/cards")
    assert guest.get_by_text("Table 1").count() == 0
    guest.context.close()
    org.context.close()


def test_the_loop_from_a_nice_to_have_to_a_venture_and_the_pipeline(
    browser: Any, site: tuple[str, Community]
) -> None:
    """Issue 9 in a browser: a nice-to-have set on the profile shows in a suggestion's
    explanation; an introduction asked and accepted; "again" both ways proposes a
    collaboration; a venture started from the introduction; the pipeline shows it all."""
    base, service = site
    dan = new_page(browser, base, phone=True)
    sign_in(dan, service.security.create_token("dan"))
    dan.goto("/web/profile")
    prefs = dan.get_by_role("group", name="Same project stage")
    assert prefs.get_by_text("Their project is at the same stage as mine").is_visible()
    prefs.get_by_label("nice to have").check()
    dan.get_by_label("My industries").fill("retail, fintech")
    dan.get_by_role("button", name="Save my profile").click()
    assert dan.get_by_role("status").inner_text() == "Your profile is saved."
    assert (
        dan.get_by_role("group", name="Same project stage")
        .get_by_label("nice to have")
        .is_checked()
    )
    shoot(dan, "profile-preferences")
    # the nice-to-have in the explanation of a suggestion
    dan.get_by_role("link", name="Suggestions").click()
    card = dan.locator("li.suggestion", has_text="Bob").first
    assert card.get_by_text("Your nice-to-haves").is_visible()
    assert card.get_by_text("Same project stage: met").is_visible()
    assert card.get_by_text("A common language: met").is_visible()  # a must-have, by default
    shoot(dan, "suggestions-preferences")
    card.get_by_role("link", name=re.compile("Ask for an introduction")).click()
    dan.get_by_label("Message").fill("Hi Bob, you sell, I code.")
    dan.get_by_role("button", name="Send the request").click()
    assert dan.get_by_text("You asked to meet Bob").is_visible()
    # Bob accepts, and says he would work with Dan again
    bob = new_page(browser, base)
    sign_in(bob, service.security.create_token("bob"))
    bob.get_by_role("link", name="Introductions").click()
    intro = bob.locator("li.card", has_text="Dan would like to meet you")
    intro.get_by_role("button", name="Accept").click()
    intro = bob.locator("li.card", has_text="Dan would like to meet you")
    feedback = intro.get_by_role("group", name="How was meeting Dan?")
    feedback.get_by_label("again").check()
    intro.get_by_role("button", name=re.compile("Save my feedback")).click()
    assert bob.get_by_role("status").inner_text() == "Your feedback is saved; only you see it."
    shoot(bob, "introductions-after")
    # Dan says so too, in French: a collaboration is proposed
    dan.goto("/web/introductions?lang=fr")
    intro = dan.locator("li.card", has_text="Vous avez demandé à rencontrer Bob")
    intro.get_by_role("group", name="Comment s'est passée la rencontre avec Bob ?").get_by_label(
        "à refaire"
    ).check()
    intro.get_by_role("button", name=re.compile("Enregistrer mon retour")).click()
    assert "une collaboration est proposée" in dan.get_by_role("status").inner_text()
    shoot(dan, "introductions-after")
    dan.get_by_role("link", name="Collaborations").click()
    assert dan.get_by_text(re.compile("met via intro:")).is_visible()
    assert dan.get_by_role("button", name="Confirmer").first.is_visible()  # Dan is asked
    bob.get_by_role("link", name="Collaborations").click()
    assert bob.get_by_text("Waiting for your partner to confirm.").first.is_visible()
    # a venture from the introduction, in one step
    dan.goto("/web/introductions?lang=en")
    intro = dan.locator("li.card", has_text="You asked to meet Bob")
    intro.get_by_label("Venture id").fill("stall-app")
    intro.get_by_label("Name", exact=True).fill("Stall app")
    intro.get_by_role("button", name="Start the venture").click()
    assert dan.get_by_role("status").inner_text() == "The venture is started; you are both members."
    assert dan.get_by_role("heading", name=re.compile("Stall app")).is_visible()
    assert dan.get_by_role("heading", name="End the venture").is_visible()
    shoot(dan, "venture-from-intro")
    # the pipeline: Bob is working with Dan now; the CSV is one click away
    dan.get_by_role("link", name="Pipeline").click()
    working = dan.locator(
        "section", has=dan.get_by_role("heading", name=re.compile("Working together"))
    )
    assert working.get_by_text("Bob").first.is_visible()
    assert working.get_by_role("link", name="confirm the collaboration").first.is_visible()
    assert (
        dan.get_by_role("link", name="Download as CSV").get_attribute("href") == "/web/pipeline.csv"
    )
    shoot(dan, "pipeline")
    bob.get_by_role("link", name="Pipeline").click()
    shoot(bob, "pipeline")
    bob.goto("/web/feedback?lang=fr")
    assert bob.get_by_text("Ce que j'ai dit").is_visible()
    shoot(bob, "feedback")
    dan.context.close()
    bob.context.close()
