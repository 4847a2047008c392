"""What a new user's walk of a team's ledger found (walk18), in English and French: a split
that said "no contribution yet" above a ledger of entries waiting for approval, a chart
legend that gave other shares than the table above it, an end that did not say whom it
waited for, and no way on the page to check a signed copy of a day's split."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over
from tests.ventures import venture
from tests.web.pages import browser, post


@pytest.fixture
def app(community: Community) -> TestClient:
    return client_over(community)


def _cash(community: Community, who: str, on: str, amount: str, key: str) -> int:
    posted = community.equity.post(
        "acme",
        {"member": who, "kind": "cash", "on": on, "amount": amount},
        key=key,
        actor=Actor(who),
    )
    return posted.row.entry.id


def _text(html: str) -> str:
    return re.sub(r"[ \t\r\n]+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def _section(html: str, heading_id: str) -> str:
    start = html.index(f'id="{heading_id}"')
    return html[start : html.find("</section>", start)]


@pytest.mark.parametrize(
    ("lang", "says", "never"),
    [
        (
            "en",
            "No slice yet: 2 entries wait for another member's approval",
            "No contribution yet",
        ),
        (
            "fr",
            "Aucune part pour l'instant\u00a0: 2 écritures attendent l'approbation",
            "Aucune contribution pour l'instant",
        ),
    ],
)
def test_entries_waiting_for_approval_are_not_no_contribution(
    app: TestClient, community: Community, lang: str, says: str, never: str
) -> None:
    """Two entries wait for Bob's approval: the split said "No contribution yet" above a
    ledger listing them, and drew an empty chart ("no entries yet"). It now says how many
    wait, and draws no chart until one counts."""
    venture(community.equity, "acme", "ana", "bob", require_approval=True)
    _cash(community, "ana", "2024-02-01", "1000", "k1")
    _cash(community, "ana", "2024-02-03", "250.75", "k2")
    page = browser(app, community, "ana").get(f"/web/ventures/acme?lang={lang}").text
    split = _text(_section(page, "split"))
    assert says in split and never not in split, split
    assert "<svg" not in _section(page, "split")
    # one approved: the split and its chart are back, the message gone
    community.equity.approve("acme", 1, actor=Actor("bob"))
    page = browser(app, community, "ana").get(f"/web/ventures/acme?lang={lang}").text
    assert "<svg" in _section(page, "split") and says not in _text(page)


@pytest.mark.parametrize(("lang", "legend"), [("en", ">Ana 100%<"), ("fr", ">Ana 100\u00a0%<")])
def test_the_legend_gives_the_shares_of_the_page_s_day(
    app: TestClient, community: Community, lang: str, legend: str
) -> None:
    """As of 5 February, before Bob's cash, the table says Ana 100 % and Bob 0 %; the chart's
    legend under it said the last shares (25 % and 75 %). It now says the day's, and a
    dashed line marks the day on the chart."""
    venture(community.equity, "acme", "ana", "bob")
    _cash(community, "ana", "2024-02-01", "1000", "k1")
    _cash(community, "bob", "2024-02-10", "3000", "k2")
    page = browser(app, community, "ana").get(f"/web/ventures/acme?lang={lang}&as_of=2024-02-05")
    split = _section(page.text, "split")
    assert legend in split.replace("&#39;", "'"), split[split.find("<svg") :][:3000]
    assert "stroke-dasharray" in split
    today = browser(app, community, "ana").get(f"/web/ventures/acme?lang={lang}").text
    assert "stroke-dasharray" not in _section(today, "split")


@pytest.mark.parametrize(
    ("lang", "waits", "read"),
    [
        ("en", "Waiting for: Bob.", "Confirming is your word on the ledger"),
        ("fr", "En attente de\u00a0: Bob.", "Confirmer, c'est donner votre parole"),
    ],
)
def test_a_proposed_end_says_whom_it_waits_for(
    app: TestClient, community: Community, lang: str, waits: str, read: str
) -> None:
    """Ana proposed the end and confirmed it; the section said "Confirmed by: Ana" and
    nothing of Bob, who had still to confirm. It now names whom it waits for, and tells
    that member what confirming means, with the document to read."""
    venture(community.equity, "acme", "ana", "bob")
    _cash(community, "ana", "2024-02-01", "1000", "k1")
    ana, bob = browser(app, community, "ana"), browser(app, community, "bob")
    assert post(ana, "/web/ventures/acme/end", {"ended_on": "2024-03-01"}).status_code == 303
    vote = _text(_section(bob.get(f"/web/ventures/acme?lang={lang}").text, "endvote"))
    assert waits in vote and read in vote, vote
    mine = _text(_section(ana.get(f"/web/ventures/acme?lang={lang}").text, "endvote"))
    assert waits in mine and read not in mine, mine


def test_the_page_shows_the_fingerprint_a_signed_copy_of_its_day_holds(
    app: TestClient, community: Community
) -> None:
    """Ana and Bob print and sign the split of 10 February. Bob later posts cash dated 5
    February: the split of that day changes. The page now shows the fingerprint of the
    document of its day, the PDF's, so either sees that the signed copy no longer holds."""
    venture(community.equity, "acme", "ana", "bob")
    _cash(community, "ana", "2024-02-01", "1000", "k1")
    ana = browser(app, community, "ana")
    day = dt.date(2024, 2, 10)
    signed = community.equity.ledger_hash("acme", actor=Actor("ana"), as_of=day)
    page = ana.get("/web/ventures/acme?as_of=2024-02-10").text
    shown = re.search(r'id="fingerprint">.*?<code class="hash">([0-9a-f]{64})</code>', page, re.S)
    assert shown and shown[1] == signed
    assert "February 10, 2024" in _text(page[page.index('id="fingerprint"') :][:400])
    _cash(community, "bob", "2024-02-05", "500", "k2")  # back-dated, after the signature
    page = ana.get("/web/ventures/acme?as_of=2024-02-10").text
    now = community.equity.ledger_hash("acme", actor=Actor("ana"), as_of=day)
    assert now != signed and now in page and signed not in page
    # without a day: today's, as the split document linked without one
    today = community.equity.ledger_hash("acme", actor=Actor("ana"), as_of=community.equity.today())
    assert today in ana.get("/web/ventures/acme").text


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        (
            "en",
            "December 1, 2022 is outside the venture's life: date it from January 1, 2023,"
            " the day it started, to ",
        ),
        (
            "fr",
            "Le 1er décembre 2022 est en dehors de la vie du projet\u00a0: choisissez une date"
            " du 1er janvier 2023, jour de son début, au ",
        ),
    ],
)
def test_a_date_outside_the_venture_s_life_is_told_with_its_days(
    app: TestClient, community: Community, lang: str, says: str
) -> None:
    """A contribution dated before the venture's start (or after tomorrow) was told "Check
    the date: from the venture's start to tomorrow", naming neither the day typed nor the
    start. It now says all three, beside the date field, in the page's language; nothing
    is saved."""
    venture(community.equity, "acme", "ana", "bob")
    ana = browser(app, community, "ana")
    form = {"member": "ana", "kind": "cash", "amount": "10", "key": "k1"}
    for field in ("hours", "months", "paid", "condition", "rate", "note"):
        form[field] = ""
    r = post(ana, f"/web/ventures/acme/entries?lang={lang}", {**form, "on": "2022-12-01"})
    assert r.status_code == 422
    said = _text(re.findall(r'id="e-on-error"[^>]*>(.*?)</', r.text, re.S)[0])
    assert said.startswith(says), said
    r = post(ana, f"/web/ventures/acme/entries?lang={lang}", {**form, "on": "2999-01-01"})
    assert r.status_code == 422 and "2999" in _text(r.text)
    assert not community.equity.ledger("acme", actor=Actor("ana"))


@pytest.mark.parametrize(
    ("lang", "steps"),
    [
        (
            "en",
            [
                "Record each member's fair market salary: time is valued from it.",
                "Invite your partners: by their profile id; they join when they accept.",
                "Add contributions: time, cash, expenses, equipment, ideas… Each counts once"
                " another member approves it.",
            ],
        ),
        (
            "fr",
            [
                "Enregistrez le salaire de marché de chaque membre\u00a0: c'est d'après lui",
                "Invitez vos associés\u00a0: par l'identifiant de leur profil",
                "Ajoutez les contributions\u00a0: temps, argent, frais, équipement, idées…"
                " Chacune compte une fois approuvée par un autre membre.",
            ],
        ),
    ],
)
def test_a_new_venture_says_its_first_steps_each_a_link_to_its_form(
    app: TestClient, community: Community, lang: str, steps: list[str]
) -> None:
    """A venture just created said "Venture created." above a page of ten forms: nothing
    said where to start. Its owner now reads three steps in order, each a link to its form;
    they go once the ledger has an entry, and a member who is no owner never sees them."""
    venture(community.equity, "acme", "ana", "bob", require_approval=True)
    page = browser(app, community, "ana").get(f"/web/ventures/acme?lang={lang}").text
    first = _section(page, "first-steps")
    said = _text(re.sub(r"</?a[^>]*>", "", first))  # a link is inline: no space after it
    assert all(step in said for step in steps), said
    links = re.findall(r'href="(#[a-z]+)"', first)
    assert links == ["#rates", "#members", "#add"]
    assert all(f'id="{anchor[1:]}"' in page for anchor in links)
    assert 'id="first-steps"' not in browser(app, community, "bob").get("/web/ventures/acme").text
    _cash(community, "ana", "2024-02-01", "1000", "k1")
    assert 'id="first-steps"' not in browser(app, community, "ana").get("/web/ventures/acme").text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_signed_document_names_kinds_and_reasons_as_the_page_does(lang: str) -> None:
    """The French split document said "numéraire", "apport d'investisseur" and "renvoi
    pour faute" where the page both partners read says "argent", "apport de fonds" and
    "licenciement pour faute": the paper signed named a kind otherwise than the screen. And
    the page's slices by kind said "well", in English, on a French page. One word each now."""
    from api.web.i18n import translator
    from api.web.labels import label
    from matcher.equity import Kind
    from matcher.equity.document import LABELS
    from matcher.equity.model import Reason

    t = translator(lang)
    for kind in [k.value for k in Kind] + ["well"]:
        assert LABELS[lang][f"kind.{kind}"] == label(t, "slices", kind), kind
    for reason in Reason:
        assert LABELS[lang][f"reason.{reason.value}"] == label(t, "reason", reason), reason


@pytest.mark.parametrize(("lang", "well"), [("en", "the Well "), ("fr", "le Puits ")])
def test_well_slices_are_named_in_the_page_s_language(
    app: TestClient, community: Community, lang: str, well: str
) -> None:
    venture(community.equity, "acme", "ana", "bob")
    raw = {"member": "ana", "kind": "well-deposit", "on": "2024-02-01", "amount": "50"}
    community.equity.post("acme", raw, key="w", actor=Actor("ana"))
    spent = {"member": "bob", "kind": "well-withdrawal", "on": "2024-02-02", "amount": "50"}
    community.equity.post("acme", spent, key="x", actor=Actor("bob"))  # ana's Well slices
    page = browser(app, community, "ana").get(f"/web/ventures/acme?lang={lang}").text
    split = _text(_section(page, "split"))
    assert well in split and " well " not in split, split[: split.find("Shares")]


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "not before the venture's start (January 1, 2023) or the ledger's last entry"),
        ("fr", "pas avant le début du projet (1er janvier 2023) ni la dernière écriture"),
    ],
)
def test_the_end_form_names_the_days_of_the_venture_s_life(
    app: TestClient, community: Community, lang: str, says: str
) -> None:
    """The end form, sent with a day before the start, is told the start's day and the
    last day allowed, as the contribution form is."""
    venture(community.equity, "acme", "ana", "bob")
    ana = browser(app, community, "ana")
    r = post(ana, f"/web/ventures/acme/end?lang={lang}", {"ended_on": "1900-01-01"})
    assert r.status_code == 422
    said = _text(re.findall(r'id="x-on-error"[^>]*>(.*?)</', r.text, re.S)[0])
    assert says in said and "1900" in said, said


@pytest.mark.parametrize(
    ("lang", "one", "several"),
    [
        (
            "en",
            "waiting for approval Bob approves or rejects it",
            "waiting for approval Bob, Cy: one of them approves or rejects it",
        ),
        (
            "fr",
            "en attente d'approbation Bob l'approuve ou la refuse",
            "en attente d'approbation Bob, Cy\u00a0: l'une de ces personnes l'approuve ou la refuse",
        ),
    ],
)
def test_an_entry_waiting_says_whose_approval_it_waits_for(
    app: TestClient, community: Community, lang: str, one: str, several: str
) -> None:
    """An entry waiting said "waiting for approval", not whose: its author did not know whom
    to ask. It now names them (the member it is about, for an entry an owner posted for
    them; else the other members who may approve it)."""
    venture(community.equity, "acme", "ana", "bob", "cy", require_approval=True)
    _cash(community, "ana", "2024-02-01", "1000", "k1")
    for_bob = {"member": "bob", "kind": "cash", "on": "2024-02-02", "amount": "10"}
    community.equity.post("acme", for_bob, key="k2", actor=Actor("ana"))  # an owner, for bob
    page = browser(app, community, "ana").get(f"/web/ventures/acme?lang={lang}").text
    mine, bobs = (_text(_section_row(page, n)) for n in (1, 2))
    assert several in mine, mine
    assert one in bobs, bobs


def _section_row(html: str, number: int) -> str:
    start = html.index(f'<tr id="entry-{number}"')
    return html[start : html.index("</tr>", start)]
