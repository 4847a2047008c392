"""What a third new user's walk through the pages found, through the app (TestClient), in
English and French: each test fails without its fix."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from api.web.i18n import LANGS
from matcher.access import ADMIN, Actor
from matcher.community import Community
from tests.apps import client_over
from tests.ventures import create, venture
from tests.web.pages import error_for, post, sign_in, value_of


def text_of(html: str) -> str:
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


def _member(community: Community, who: str = "ana") -> TestClient:
    client = client_over(community)
    sign_in(client, community.security.create_token(who))
    return client


# ---------------------------------------------------------------------- sign-up
@pytest.mark.parametrize("lang", LANGS)
def test_every_wrong_field_of_a_sign_up_is_told_at_once(community: Community, lang: str) -> None:
    """No name, an address that is none and a short password: the three beside their fields
    on the first try (the page told the name, then the address, then the password), and
    no account made."""
    visitor = client_over(community)
    visitor.get(f"/web/signup?lang={lang}")
    form = {"name": "", "email": "not-an-address", "password": "short"}
    r = post(visitor, "/web/signup", form)
    assert r.status_code == 422
    for control in ("f-name", "f-email", "f-password"):
        assert error_for(r.text, control), control
    assert value_of(r.text, "f-email") == "not-an-address"
    assert community.accounts.store.by_email("not-an-address") is None


@pytest.mark.parametrize("path", ["/web/link", "/web/reset"])
@pytest.mark.parametrize("lang", LANGS)
def test_asking_a_link_for_no_address_is_told_and_the_link_page_names_the_address(
    community: Community, lang: str, path: str
) -> None:
    """An empty field or 'ana.example.org' answered 'Look in your e-mail: if an account has
    this address, a link is on its way' (nothing would come, and nothing said why). It is
    now said beside the field; a real address is named on the page that follows, so that a
    typo shows (the same page whether or not it has an account)."""
    visitor = client_over(community)
    visitor.get(f"{path}?lang={lang}")
    for typed in ("", "ana.example.org"):
        r = post(visitor, path, {"email": typed})
        assert r.status_code == 422, typed
        said = error_for(r.text, "f-email")
        assert said and "“”" not in said and "«\xa0\xa0»" not in said, said  # not '“” is not...'
    r = post(visitor, path, {"email": "nobody@example.org"})
    assert r.status_code == 202 and "nobody@example.org" in text_of(r.text)


@pytest.mark.parametrize("lang", LANGS)
def test_both_wrong_terms_of_an_invitation_link_are_told_at_once(
    community: Community, lang: str
) -> None:
    """0 days and 'many' people: both beside their fields (the page told the days, then the
    number of people), and no link made."""
    ana = _member(community)
    ana.get(f"/web/account?lang={lang}")
    r = post(ana, "/web/account/invitations", {"days": "0", "uses": "many", "label": "march"})
    assert r.status_code == 422
    assert error_for(r.text, "f-days") and error_for(r.text, "f-uses")
    assert value_of(r.text, "f-uses") == "many"


# ------------------------------------------------------------- collaborations
@pytest.mark.parametrize("lang", LANGS)
def test_every_field_the_collaboration_form_cannot_read_is_told_at_once(
    community: Community, lang: str
) -> None:
    """No partner, no project, a start date that is none and a wrong rating: each is told
    beside its field on the first try (the form said the partner only, then the project on
    the next try, then the date), and what was typed stays."""
    ana = _member(community)
    form = {"partner": "", "project": "", "started": "last spring", "ended": "soon"}
    r = post(ana, f"/web/collaborations?lang={lang}", form | {"rating": "9", "note": "ok"})
    assert r.status_code == 422
    for control in ("f-partner", "f-project", "f-started", "f-ended", "f-rating"):
        assert error_for(r.text, control), control
    assert value_of(r.text, "f-started") == "last spring"
    assert community.trust.collaborations("ana", actor=Actor("ana")) == []


# -------------------------------------------------------------------- ventures
@pytest.mark.parametrize("lang", LANGS)
def test_every_field_of_a_ledger_entry_that_does_not_read_is_told_at_once(
    community: Community, lang: str
) -> None:
    """A date that is none, an amount in words and a rate of 2: each beside its field on the
    first try (the form told the date, then the amount, then the rate), and nothing posted."""
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    ana = _member(community)
    form = {"member": "ana", "kind": "cash", "on": "2024-02-30", "amount": "twelve"}
    r = post(ana, f"/web/ventures/acme/entries?lang={lang}", form | {"rate": "2", "note": ""})
    assert r.status_code == 422
    for control in ("e-on", "e-amount", "e-rate"):
        assert error_for(r.text, control), control
    assert value_of(r.text, "e-amount") == "twelve"
    assert community.equity.ledger("acme", actor=Actor("ana")) == []


# ---------------------------------------------------------------------- events
@pytest.mark.parametrize("lang", LANGS)
def test_a_printed_agenda_names_its_attendee_without_their_id(
    community: Community, lang: str
) -> None:
    """The sheet handed to each attendee said 'Bob (bob)': the profile id, a code nobody
    reads, beside the name; it now says the name alone (the id stays for two attendees of
    one name, to tell their sheets apart)."""
    org = Actor("ana")
    community.events.create_event("night", "Night", actor=org)
    community.events.add_attendees("night", ["bob", "cyd", "dan", "eve"], actor=org)
    community.events.plan_rounds("night", rounds=2, actor=org)
    ana = _member(community)
    sheets = ana.get(f"/web/events/night/print/agendas?lang={lang}").text
    assert "<strong>Bob</strong>" in sheets
    for pid in ("bob", "cyd", "dan", "eve"):
        assert f"({pid})" not in sheets, pid


# ----------------------------------------------------------------- suggestions
@pytest.mark.parametrize("lang", LANGS)
def test_a_cards_parts_read_as_its_points_not_raw_fractions(
    community: Community, lang: str
) -> None:
    """'Match 64/100: good', then 'Meets your needs 0.12 ... Roles 1.00': the parts read on
    another scale than the card. Each part now says how many of the card's points it
    brings, and they add up to them; no raw fraction is left (the phrases' 0.38 neither)."""
    ana = _member(community)
    page = ana.get(f"/web/suggestions?lang={lang}").text
    cards = re.findall(r'<li class="card[^"]*".*?</li>\s*(?=<li class="card|</ol>)', page, re.S)
    assert cards
    for card in cards:
        points = int(re.search(r"(\d+)/100", card).group(1))  # type: ignore[union-attr]
        said = re.search(r'<dl class="components">(.*?)</dl>', card, re.S).group(1)  # type: ignore[union-attr]
        parts = [int(n) for n in re.findall(r"(\d+)(?:\s|&nbsp;|\xa0)points?\b", said)]
        assert len(parts) >= 3 and sum(parts) == points, (points, parts)
        assert not re.search(r"\b[01][.,]\d\d\b", text_of(card)), text_of(card)


@pytest.mark.parametrize(("lang", "says"), [("en", "from round 2"), ("fr", "à partir du tour 2")])
def test_an_absence_from_round_2_is_told_as_a_change_from_round_2(
    community: Community, lang: str, says: str
) -> None:
    """Marked absent from round 2 before the event: the change read 'calm re-plan ... from
    round 1 (absent)' under 'absent from round 2', though round 1 kept its meetings. It is
    told from the first round whose meetings changed."""
    org = Actor("ana")
    community.events.create_event("night", "Night", actor=org)
    community.events.add_attendees("night", ["bob", "cyd", "dan", "eve"], actor=org)
    community.events.plan_rounds("night", rounds=3, actor=org)
    marked = community.events.mark("night", "bob", "absent", round=2, actor=org)
    assert marked.change is not None and marked.change.from_round == 2
    ana = _member(community)
    shown = f"/web/events/night?change={marked.change.number}&lang={lang}"
    page = text_of(ana.get(shown).text)
    change = re.search(r"(?:Change|Changement) \d+\b.*?\)", page)
    assert change and says in change.group(0), page
    assert "réparation" not in change.group(0)  # French said 'réparation calme' (a calque)


def test_every_printed_page_has_its_main_landmark(community: Community) -> None:
    """The printable agendas, table cards, badges and report had no <main>: a screen reader
    offered no landmark to jump to (axe: landmark-one-main, region)."""
    org = Actor("ana")
    community.events.create_event("night", "Night", actor=org)
    community.events.add_attendees("night", ["bob", "cyd", "dan", "eve"], actor=org)
    community.events.plan_rounds("night", rounds=2, actor=org)
    ana = _member(community)
    for path in ("print/agendas", "print/cards", "print/badges", "report"):
        html = ana.get(f"/web/events/night/{path}").text
        assert html.count("<main>") == 1 and html.count("</main>") == 1, path
    bob = _member(community, "bob")
    assert bob.get("/web/events/night/print/agenda").text.count("<main>") == 1


@pytest.mark.parametrize("lang", LANGS)
def test_every_wrong_field_of_a_new_venture_is_told_at_once(
    community: Community, lang: str
) -> None:
    """An id that is none and a start that is no date, then no name and a start in 1900:
    each pair told at once beside its fields (the form told the start, then the id), and
    no venture made."""
    ana = _member(community)
    ana.get(f"/web/ventures?lang={lang}")
    r = post(ana, "/web/ventures", {"venture": "Acme!", "name": "Acme", "start": "2024-13-45"})
    assert r.status_code == 422
    assert error_for(r.text, "f-venture") and error_for(r.text, "f-start")
    r = post(ana, "/web/ventures", {"venture": "", "name": " ", "start": "1900-01-01"})
    assert r.status_code == 422
    assert error_for(r.text, "f-name") and error_for(r.text, "f-start")
    assert community.equity.ventures_of("ana", actor=Actor("ana")) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_wrong_field_of_a_salary_is_told_at_once(community: Community, lang: str) -> None:
    """A date that is none, no salary and a paid salary in words: each beside its field
    (the form told the salary, then the date, then the paid salary)."""
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    ana = _member(community)
    form = {"member": "bob", "effective": "2024-13-01", "salary": "", "paid_salary": "some"}
    r = post(ana, f"/web/ventures/acme/rates?lang={lang}", form)
    assert r.status_code == 422
    for control in ("r-effective", "r-salary", "r-paid"):
        assert error_for(r.text, control), control
    assert community.equity.store.member_rates("acme") == ()


# ---------------------------------------------------------------------- ventures
@pytest.mark.parametrize("lang", LANGS)
def test_an_invitation_an_admin_made_names_the_administrators(
    community: Community, lang: str
) -> None:
    """The README's tour has an operator create a venture for its owner and invite: the
    invitee's page said "Invited by — on ..." (an admin has no name)."""
    create(community.equity, "acme", "ana", "Acme")
    community.equity.invite("acme", "bob", actor=ADMIN)
    page = text_of(_member(community, "bob").get(f"/web/ventures?lang={lang}").text)
    said = {
        "en": "Invited by the community's administrators on",
        "fr": "Invitation de l’administration de la communauté le",
    }
    assert said[lang] in page and "—" not in page, page
