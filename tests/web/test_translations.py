"""The translations: the gettext catalogue is current and complete (the test that fails on a
missing translation), every text of the templates goes through gettext, plurals, numbers and
dates follow the reader's locale, and the French pages, print views and CSV files leave no
English sentence of the catalogue untranslated."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
from decimal import Decimal
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import pytest
from babel.messages.catalog import Catalog
from fastapi.testclient import TestClient

from api.web import translations
from api.web.feedback import ERRORS
from api.web.i18n import LANGS, NN_, translator
from api.web.labels import FAMILIES, label
from api.web.render import FLASHES, flash_text, install_language
from api.web.translations import TEMPLATE, extract, po_path, problems, read
from matcher.access import Actor
from matcher.community import Community
from matcher.equity import Condition, Kind, Reason
from matcher.events import STATUSES
from matcher.loop import PipelineStage
from matcher.matching.model import FEATURE_WORDS
from matcher.matching.rerank import FEATURES
from matcher.profiles import COLUMNS, CRITERIA, Commitment, Role, Stage, Strength, Visibility
from matcher.trust import CollabStatus, IntroStatus, Verdict
from tests.apps import app_over, client_over
from tests.ventures import create
from tests.web.pages import csrf, post, sign_in, signed
from tests.web.test_event_pages import sample_csv

WEB = Path(translations.__file__).parent


# ------------------------------------------------------------------- the catalogue
def _catalogues() -> tuple[Catalog, dict[str, Catalog]]:
    return read(TEMPLATE), {"fr": read(po_path("fr"), "fr")}


def test_the_catalogue_is_current_and_every_msgid_has_its_french() -> None:
    """Extraction now finds exactly the msgids of messages.pot, and each has a French
    translation, not empty, not fuzzy, with the English placeholders. This is the check that
    fails when a string is added to the code or a template without its translation."""
    template, langs = _catalogues()
    assert problems(extract(), template, langs) == []
    assert len(template) > 600


def test_the_check_fails_on_each_kind_of_missing_translation() -> None:
    template, langs = _catalogues()
    fr = langs["fr"]
    fresh = read(TEMPLATE)
    fresh.add("A sentence added to the code")  # extracted, but not in messages.pot
    stale = read(TEMPLATE)
    stale.add("A sentence the code no longer has")  # in messages.pot only
    assert problems(fresh, template, langs) == [
        "'A sentence added to the code': in the code, not in messages.pot: run pybabel extract, then pybabel update"
    ]
    assert "no longer in the code" in problems(template, stale, langs)[0]
    broken = read(po_path("fr"), "fr")
    del broken["Sign in"]  # missing
    broken["Sign out"].string = ""  # empty
    broken["Welcome, %(name)s"].flags.add("fuzzy")  # fuzzy
    broken["Meet %(name)s"].string = "Rencontrer %(nom)s"  # a placeholder renamed
    plural = broken[("%(num)s no-show", "%(num)s no-shows")]
    plural.string = ("%(num)s absence", "", "")  # a plural form left empty
    found = problems(template, template, {"fr": broken})
    assert sorted(found) == sorted(
        [
            "fr: 'Sign in': missing: run pybabel update, then translate it",
            "fr: 'Meet %(name)s': placeholders ['nom'] differ from the English ['name']",
            "fr: 'Sign out': not translated",
            "fr: 'Welcome, %(name)s': fuzzy: check the translation, then remove the fuzzy flag",
            "fr: '%(num)s no-show': not translated",
        ]
    )
    assert problems(template, template, {"fr": fr}) == []


def test_the_check_fails_on_french_text_with_a_plain_space_before_its_punctuation() -> None:
    """French puts a narrow no-break space before ; ! ? and a no-break space before : and
    inside « »: a plain space there (a line may start with the mark) fails the check, with
    the corrected text; a mark glued to its word fails too; 18:30 and Loft:8 are data."""
    template, _ = _catalogues()
    broken = read(po_path("fr"), "fr")
    broken["Sign out"].string = "Se déconnecter ?"
    broken["Sign in"].string = "Entrer : « ici »"
    broken["Welcome, %(name)s"].string = "Bienvenue: %(name)s"
    found = problems(template, template, {"fr": broken})
    assert len(found) == 3
    assert "fr: 'Sign out': a plain space" in found[1] and "'Se déconnecter\\u202f?'" in found[1]
    assert "'Entrer\\xa0: «\\xa0ici\\xa0»'" in found[0]
    assert found[2] == (
        "fr: 'Welcome, %(name)s': ':' glued to its word in 'Bienvenue:':"
        " put a no-break space before it"
    )
    assert translations.spacing_problem("Écrivez HH:MM, par exemple 18:30 ou Loft:8.") is None


def test_every_french_text_has_its_typographic_spaces() -> None:
    """The rule holds wherever French is written: the catalogue (above) and the words of the
    split document, the one French text outside it (its fonts print U+202F as U+00A0)."""
    from matcher.equity.document import LABELS

    assert {k: translations.spacing_problem(v) for k, v in LABELS["fr"].items()} == dict.fromkeys(
        LABELS["fr"]
    )
    fr = translator("fr")
    assert fr.gettext("Sign out") == "Se déconnecter"
    assert fr.gettext("When: %(when)s", when="demain") == "Quand\u00a0: demain"


def test_printed_agendas_and_calendars_quote_the_same_way() -> None:
    """Why two people meet quotes their need and offer: with « » in French, “ ” in English,
    in the printed agenda as in the calendar file (one rule: the catalogue's sentences)."""
    from matcher.events import outputs
    from matcher.events.model import AgendaItem, Event, Meeting
    from matcher.matching.model import PhraseMatch

    event = Event("night", "Night", None, dt.date(2026, 5, 21), dt.time(18, 30), "Europe/Paris")
    start = dt.datetime(2026, 5, 21, 18, 30, tzinfo=dt.UTC)
    why = (PhraseMatch("a designer", "product design", 0.9),)
    meeting = Meeting("bob", "Bob", "", 0.9, why, why, (), (), ())
    items = [AgendaItem(1, 1, (meeting,), start, start + dt.timedelta(minutes=10))]
    for lang, quoted in (
        ("en", "\u201cproduct design\u201d"),
        ("fr", "«\u00a0product design\u00a0»"),
    ):
        words = outputs.labels(translator(lang).gettext)
        document = outputs.Reader(lang, words)
        agenda = unescape(outputs.agenda_html("Night", {"ana": items}, {}, document=document))
        ics = outputs.attendee_ics(event, "ana", "Ana", items, stamp=start, labels=words)
        ics = re.sub(r"\r\n[ \t]", "", ics)  # unfolded lines
        assert quoted in agenda and quoted in ics, lang
        other = "\u201c" if lang == "fr" else "«"
        assert other not in agenda and other not in ics, lang


def test_a_stale_compiled_catalogue_is_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A .mo older than its .po (pybabel compile not run since an edit) is compiled again in
    memory, so a page never shows an out-of-date translation."""
    locale = tmp_path / "locale"
    shutil.copytree(translations.LOCALE_DIR, locale, ignore=shutil.ignore_patterns("*.mo"))
    monkeypatch.setattr(translations, "LOCALE_DIR", locale)
    po = po_path("fr")
    po.write_text(po.read_text().replace('msgstr "Se déconnecter"', 'msgstr "Quitter"'))
    mo = po.with_suffix(".mo")
    mo.write_bytes(b"not a catalogue")
    stamp = po.stat().st_mtime
    os.utime(mo, (stamp - 60, stamp - 60))
    assert translations.load("fr").gettext("Sign out") == "Quitter"
    mo.unlink()  # no .mo at all: the same
    assert translations.load("fr").gettext("Sign out") == "Quitter"


# ------------------------------------------------------------- what is extracted
_VISIBLE_ATTRIBUTE = re.compile(r'\b(?:aria-label|title|placeholder|alt|data-label)="([^"]*)"')


def test_every_text_of_the_templates_goes_through_gettext() -> None:
    """Outside ``{{ }}`` and ``{% %}``, a template holds markup and punctuation, never a word:
    every word a reader sees is a msgid (``_()``, ``{% trans %}``, a label) or data."""
    for path in sorted((WEB / "templates").glob("*.html")):
        source = path.read_text()
        for pattern in (r"\{#.*?#\}", r"\{%.*?%\}", r"\{\{.*?\}\}"):
            source = re.sub(pattern, " ", source, flags=re.S)
        attributes = [a for a in _VISIBLE_ATTRIBUTE.findall(source) if re.search(r"[^\W\d_]", a)]
        assert attributes == [], path.name
        text = re.sub(r"&#?\w+;", " ", re.sub(r"<[^>]*>", " ", source))
        words = [
            w
            for w in text.split()
            if re.search(r"[^\W\d_]", w) and not re.match(r'^[\w-]+="', w)  # a macro's attribute
        ]
        assert words == [], path.name


def test_every_label_family_names_every_member_of_its_enumeration() -> None:
    families = {
        "role": Role,
        "commitment": Commitment,
        "stage": Stage,
        "visibility": Visibility,
        "kind": Kind,
        "condition": Condition,
        "reason": Reason,
        "reason_rule": Reason,
        "intro_status": IntroStatus,
        "collab_status": CollabStatus,
        "strength": Strength,
        "verdict": Verdict,
    }
    for family, enum in families.items():
        assert set(FAMILIES[family]) == {m.value for m in enum}, family
    assert set(FAMILIES["criterion"]) == set(FAMILIES["criterion_help"]) == set(CRITERIA)
    assert (
        set(FAMILIES["pipeline_stage"])
        == set(FAMILIES["pipeline_stage_help"])
        == set(PipelineStage)
    )
    assert set(FAMILIES["attendee_status"]) == set(STATUSES)
    assert set(FAMILIES["attendee_column"]) == set(COLUMNS)
    assert set(FAMILIES["learned"]) == set(FEATURES) == set(FEATURE_WORDS)
    assert set(FAMILIES["rating"]) == {-2, -1, 0, 1, 2}
    fr = translator("fr")
    assert label(fr, "role", Role.SALES) == "vente" and label(fr, "kind", Kind.SALES) == "ventes"
    assert label(fr, "pipeline_stage", PipelineStage.MET) == "Rencontre"


def test_every_message_a_route_gives_after_a_form_exists() -> None:
    given: set[str] = set()
    for path in WEB.glob("*.py"):
        source = path.read_text()
        given |= set(re.findall(r'redirect\([^)]*?,\s*"([a-z_]+)"', source, re.S))
        for pair in re.findall(r'"([a-z_]+)" if \w+ else "([a-z_]+)"', source):
            given |= set(pair)
    assert {"signed_in", "profile_saved", "entry_added", "intro_accepted"} <= given
    assert {"feedback_saved", "attendees_added", "rounds_replanned", "venture_ended"} <= given
    assert sorted(given - set(FLASHES)) == []


def test_the_error_sentences_are_keyed_by_class_or_field() -> None:
    """The keys of the error table are ``<Class>``, ``<field>`` or ``<Class>.<field>``, and
    ``<field>.missing`` for a field left empty."""
    from matcher import errors

    classes = {name for name in dir(errors) if name[0].isupper()} | {"CsrfRefused"}
    for key in ERRORS:
        head, _, field = key.partition(".")
        if field == "missing":
            assert head.islower(), key
        elif field or head[0].isupper():
            assert head in classes, key
        assert re.fullmatch(r"[A-Za-z_]+(\.[a-z_]+)?", key), key


# ------------------------------------------------------------ plurals, numbers, dates
@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("en", 0, "0 no-shows"),
        ("en", 1, "1 no-show"),
        ("en", 2, "2 no-shows"),
        ("fr", 0, "0 absence"),
        ("fr", 1, "1 absence"),
        ("fr", 2, "2 absences"),
        ("fr", 1_000_000, "1\u202f000\u202f000 absences"),
        ("en", 1234, "1,234 no-shows"),
    ],
)
def test_plural_forms_follow_the_language(lang: str, n: int, expected: str) -> None:
    assert translator(lang).ngettext("%(num)s no-show", "%(num)s no-shows", n) == expected


@pytest.mark.parametrize("n", [1, 2, 1_000_000])
def test_a_change_of_the_plan_or_the_teams_says_the_others_keep_theirs_in_french(n: int) -> None:
    """French said "2 agendas changed; everyone keeps theirs" after a change of the teams (its
    usual plural was the agendas' sentence), and of the agendas "everyone keeps theirs" where
    the English says everyone else."""
    fr = translator("fr")
    teams = fr.ngettext(
        "%(num)s person changed team; everyone else keeps theirs.",
        "%(num)s people changed team; everyone else keeps theirs.",
        n,
    )
    agendas = fr.ngettext(
        "Only %(num)s agenda changed; everyone else keeps theirs.",
        "Only %(num)s agendas changed; everyone else keeps theirs.",
        n,
    )
    assert "équipe" in teams and "les autres gardent la leur" in teams, teams
    assert "programme" in agendas and "les autres gardent le leur" in agendas, agendas


def test_plurals_in_flash_messages() -> None:
    fr, en = translator("fr"), translator("en")
    done = "attendees_imported_emailed"
    assert (
        flash_text(fr, done, "1") == "1 inscription importée, invitation envoyée par e\u2011mail."
    )
    assert flash_text(fr, done, "12").startswith("12 inscriptions importées, chacune")
    assert flash_text(en, done, "1") == "1 attendee imported and e-mailed their invitation."
    assert flash_text(en, done, "").startswith("0 attendees imported,")  # no count
    some = flash_text(fr, "attendees_imported", "12", "10")
    assert some.startswith(
        "12 inscriptions importées\u202f; invitations envoyées par e\u2011mail\u00a0: 10."
    )
    message = NN_("%(num)s attendee added.", "%(num)s attendees added.")
    assert fr.message(message, 0) == "0 inscription ajoutée."  # French: 0 is singular


def test_numbers_and_dates_in_the_readers_locale() -> None:
    fr, en = translator("fr"), translator("en")
    assert fr.percent(0.125, 1) == "12,5\xa0%" and en.percent(0.125, 1) == "12.5%"
    assert fr.percent(Decimal("0.2857"), 2) == "28,57\xa0%" and en.percent(1) == "100%"
    assert fr.date(dt.date(2026, 12, 4)) == "4 décembre 2026"
    assert en.date(dt.date(2026, 12, 4)) == "December 4, 2026"
    assert fr.date(dt.date(2026, 12, 4), "medium") == "4 déc. 2026"
    assert fr.number(12345.678, 2) == "12\u202f345,68" and en.number(12345.678, 2) == "12,345.68"
    assert fr.number(0.5, 3) == "0,500" and en.integer(1000) == "1,000"
    assert fr.time(dt.time(17, 5)) == "17:05" and en.time(dt.time(17, 5)) == "5:05\u202fPM"


def test_a_translator_works_outside_a_request() -> None:
    """An e-mail or an export in the reader's language: no request, no page."""
    t = translator("fr")
    body = t.gettext("Welcome, %(name)s", name="Zoé") + " — " + t.date(dt.date(2027, 1, 2))
    assert body == "Bienvenue, Zoé — 2 janvier 2027"
    assert translator("fr") is t  # loaded once


# ------------------------------------------------------- no English left in French
def _english_fragments() -> list[str]:
    """Sentences of the catalogue whose French differs from the English, cut at their
    placeholders; only pieces of three words or more (a word alone may be the same)."""
    fr = read(po_path("fr"), "fr")
    pieces: set[str] = set()
    for message in fr:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for english in ids:
            if english in strings:
                continue
            for piece in re.split(r"%\(\w+\)s", english):
                piece = piece.strip(" .,:;()“”")
                if len(piece.split()) >= 3:
                    pieces.add(piece)
    return sorted(pieces, key=len, reverse=True)


class _Visible(HTMLParser):
    """The text a reader sees or hears: text nodes and labelling attributes; not style."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self.skip += 1
        for name, value in attrs:
            if name in ("aria-label", "title", "placeholder", "alt", "data-label") and value:
                self.texts.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip and data.strip():
            self.texts.append(data)


#: A printed agenda's page for an attendee who reads English only: English by design, and
#: marked so (``lang="en"``), in a French organiser's document.
_ENGLISH_PAGE = re.compile(r'<section class="page" lang="en">.*?</section>', re.S)


def _visible(html: str) -> str:
    parser = _Visible()
    parser.feed(_ENGLISH_PAGE.sub("", html))
    return " ".join(" ".join(unescape(t).split()) for t in parser.texts)


def _english_left(text: str, fragments: list[str]) -> list[str]:
    return [f for f in fragments if f in text]


@pytest.fixture
def journey(community: Community) -> dict[str, TestClient]:
    """Ana and Bob through every page: an accepted introduction with feedback, a
    collaboration, an avoid list, a venture with entries and a departure preview, an event
    with attendees, rounds, teams and a no-show (Ana organises, Bob attends)."""
    app = app_over(community)
    clients = {}
    for who in ("ana", "bob"):
        clients[who] = TestClient(app)
        sign_in(clients[who], community.security.create_token(who))
    ana, bob = clients["ana"], clients["bob"]
    assert post(ana, "/web/introductions", {"target": "bob", "message": "Hello"}).status_code == 303
    intro = community.trust.introductions("bob", actor=Actor("bob"))[0].id
    assert post(bob, f"/web/introductions/{intro}/answer", {"accept": "yes"}).status_code == 303
    assert (
        post(ana, f"/web/introductions/{intro}/feedback", {"verdict": "again"}).status_code == 303
    )
    assert post(ana, "/web/introductions", {"target": "dan"}).status_code == 303
    assert post(ana, "/web/avoid", {"other": "eve"}).status_code == 303
    r = post(
        ana,
        "/web/collaborations",
        {"partner": "cyd", "project": "Kiosk", "started": "2024-03-01", "rating": "1"},
    )
    assert r.status_code == 303
    started = {"venture": "acme", "name": "Acme", "start": "2023-01-01"}
    assert post(ana, "/web/ventures", started).status_code == 303  # acme-3f9a2c: a suffix
    create(community.equity, "acme", "ana", "Acme", start=dt.date(2023, 1, 1))  # the exact id
    assert post(ana, "/web/ventures/acme/members", {"member": "bob"}).status_code == 303
    answer = {"answer": "accept"}  # bob joins only by accepting
    assert post(bob, "/web/ventures/acme/invitation", answer).status_code == 303
    rate = {"member": "ana", "effective": "2024-01-01", "salary": "60000", "paid_salary": "0"}
    assert post(ana, "/web/ventures/acme/rates", rate).status_code == 303
    (proposed,) = community.equity.proposals("acme", actor=Actor("ana"), open_only=True)
    answer = {"answer": "accept", "note": ""}  # ana's opening salary waits for bob's word
    r = post(bob, f"/web/ventures/acme/proposals/{proposed.id}/answer", answer)
    assert r.status_code == 303 and "proposal_accepted" in r.headers["location"]
    for key, member, kind, extra in (
        ("k1", "ana", "time", {"hours": "40"}),
        ("k2", "bob", "cash", {"amount": "2500"}),
    ):
        entry = dict.fromkeys(("amount", "hours", "months", "paid", "rate", "note"), "")
        entry |= {"key": key, "member": member, "kind": kind, "on": "2024-01-08"}
        entry |= {"condition": "new"}
        assert post(clients[member], "/web/ventures/acme/entries", entry | extra).status_code == 303
    assert post(ana, "/web/events", {"event": "night", "name": "Night"}).status_code == 303
    r = ana.post(
        "/web/events/night/import",
        data={"csrf": csrf(ana)},
        files={"file": ("a.csv", sample_csv(8), "text/csv")},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert post(ana, "/web/events/night/attendees", {"ids": "bob"}).status_code == 303
    assert post(ana, "/web/events/night/rounds", {"rounds": "3"}).status_code == 303
    status = {"profile": "bob", "status": "late", "round": "2"}
    assert post(ana, "/web/events/night/status", status).status_code == 303
    teams = {"size": "3", "required_roles": "tech", "balance": "1", "time_limit": "2"}
    r = post(ana, "/web/events/night/teams", teams)
    assert r.status_code == 303, re.findall(r"class=\"error\"[^>]*>([^<]*)", r.text)
    return clients


PAGES = {
    "ana": [
        "/web/suggestions",
        "/web/profile",
        "/web/introductions",
        "/web/introductions/new?target=bob",
        "/web/feedback",
        "/web/pipeline",
        "/web/collaborations",
        "/web/avoid",
        "/web/ventures",
        "/web/ventures/acme",
        "/web/ventures/acme/departure?member=bob&on=2024-02-01&reason=fired-for-cause",
        "/web/events",
        "/web/events/night",
        "/web/events/night?done=attendees_added&v=1",
        "/web/events/night/print/agendas",
        "/web/events/night/print/cards",
        "/web/events/night/print/badges",
        "/web/events/night/edit",
        "/web/events/night/invite",
        "/web/events/night/teams?size=4",
        "/web/events/night/checkin",
        "/web/events/night/checkin?code=nosuch",
        "/web/events/night/dashboard",
        "/web/events/night/report",
        "/web/ventures/no-such-venture",
    ],
    "bob": [
        "/web/events/night",
        "/web/events/night/print/agenda",
        "/web/events/night/feedback",
        "/web/introductions",
    ],
}


#: Pages of the journey that tell, in the reader's language, that something is not there.
NOT_FOUND = {"/web/events/night/checkin?code=nosuch", "/web/ventures/no-such-venture"}


def _day_pages(community: Community) -> dict[str, list[str]]:
    """The pages of the event's day that need its data: a badge found by its code, the
    change of the plan a mark caused, a partner's profile, the invitation."""
    ana, bob = Actor("ana"), Actor("bob")
    code = community.events.events.attendee("night", "bob")
    partner = next(
        m.with_id for i in community.events.agenda("night", "bob", actor=bob) for m in i.meetings
    )
    changes = community.events.changes("night", actor=ana)
    invitation = community.events.invitation("night", actor=ana)
    assert code is not None and changes
    return {
        "ana": [
            f"/web/events/night/checkin?code={code.code}",
            f"/web/events/night?change={changes[-1].number}",
            f"/web/events/night/dashboard?change={changes[-1].number}",
        ],
        "bob": [f"/web/events/night/people/{partner}", f"/web/invitations/{invitation}"],
    }


def test_french_pages_leave_no_english_sentence(
    journey: dict[str, TestClient], community: Community
) -> None:
    """Every page of the journey, in French, holds none of the catalogue's English sentences;
    the same pages in English hold many (so the check can fail)."""
    fragments = _english_fragments()
    assert len(fragments) > 300
    found_in_english = 0
    day = _day_pages(community)
    for who, paths in PAGES.items():
        client = journey[who]
        for path in [*paths, *day[who]]:
            path = signed(client, path) if "done=" in path else path  # as a form's redirect
            assert client.get(path).status_code == (404 if path in NOT_FOUND else 200), path
            sep = "&" if "?" in path else "?"
            french = client.get(f"{path}{sep}lang=fr")
            assert french.headers["content-language"] == "fr", path
            assert _english_left(_visible(french.text), fragments) == [], path
            found_in_english += len(
                _english_left(_visible(client.get(f"{path}{sep}lang=en").text), fragments)
            )
    assert found_in_english > 100


def test_signed_out_pages_in_french(community: Community) -> None:
    client = client_over(community)
    fragments = _english_fragments()
    for path in ("/web/signin?lang=fr", "/web/signup?lang=fr"):
        assert _english_left(_visible(client.get(path).text), fragments) == [], path


def test_the_print_views_and_csv_files_speak_french(journey: dict[str, TestClient]) -> None:
    ana = journey["ana"]
    fragments = _english_fragments()
    agendas = ana.get("/web/events/night/print/agendas?lang=fr").text
    assert '<html lang="fr">' in agendas and "Pourquoi vous rencontrer" in agendas
    cards = ana.get("/web/events/night/print/cards?lang=fr").text
    assert "Night\u00a0: tour 1" in cards and "Table 1" in cards
    for html in (agendas, cards):
        assert _english_left(_visible(html), fragments) == []
    assert "Why you should meet" in ana.get("/web/events/night/print/agendas?lang=en").text
    plan = ana.get("/web/events/night/plan.csv?lang=fr")
    assert plan.text.startswith(
        "Tour;Table;Identifiant du profil;Nom;Avec;Affinité (sur 100);Niveau d'affinité\n"
    )
    assert re.search(
        r"\n1;\d+;[^;\n]+;[^;\n]+;[^;\n]+;\d+;(excellente|bonne|possible|faible)\n", plan.text
    )
    assert ana.get("/web/events/night/plan.csv?lang=en").text.startswith(
        "Round,Table,Profile id,Name,With,Match (out of 100),Match level\n"
    )
    # a file for people opening it in a spreadsheet: the reader's dates, decimal sign and
    # separator (French Excel: semicolons, decimal commas); the API's stays for programs
    shares = ana.get("/web/ventures/acme/timeline.csv?lang=fr").text
    assert shares.startswith("Date;Membre;Parts;Part (15 décimales);Pourcentage\n")
    rows = [line.split(";") for line in shares.splitlines()[1:]]
    assert rows and all(re.fullmatch(r"\d\d/\d\d/\d{4}", r[0]) for r in rows), rows
    assert rows[0][:2] == ["08/01/2024", "ana"]
    assert all("." not in r[2] + r[3] + r[4] and "," in r[2] for r in rows), rows
    assert all("/" not in r[3] for r in rows), rows  # 1/2 would be a date
    pdf = ana.get("/web/ventures/acme/split.pdf?lang=fr")  # named by its day, not "today"
    assert re.search(
        r'filename="acme-split-\d{4}-\d\d-\d\d-fr\.pdf"', pdf.headers["content-disposition"]
    )
    english = ana.get("/web/ventures/acme/timeline.csv?lang=en").text.splitlines()
    assert english[1].startswith("1/8/2024,ana,") and "." in english[1].split(",")[2]
    chart = ana.get("/web/ventures/acme?lang=fr").text
    assert "Parts de la tarte au fil du temps" in chart and "8 janv. 2024" in chart
    assert "2024-01-08" not in _visible(chart)  # no ISO date in what a reader reads
    assert "part de l'ensemble des parts" in unescape(chart)


def test_the_api_keeps_its_english_column_identifiers(
    journey: dict[str, TestClient], community: Community
) -> None:
    """CSV from the JSON API and the CLI: stable identifiers whatever the reader's language."""
    ana = journey["ana"]
    token = community.security.create_token("ana")
    headers = {"Authorization": f"Bearer {token}", "Accept-Language": "fr"}
    r = ana.get("/events/night/plan?format=csv", headers=headers)
    assert r.text.startswith("round,table,id,name,with,points,band\n")
    r = ana.get("/ventures/acme/timeline.csv", headers=headers)
    assert r.text.startswith("as_of,member,slices,share,percent\n")
    r = ana.get("/me/pipeline?format=csv", headers=headers)
    assert r.text.startswith("person,name,stage,since,detail,next_step\n")


# ------------------------------------------------------------------- accessibility
def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_stylesheet_colours_meet_wcag_aa() -> None:
    """Every text colour of the stylesheet on every background it is used on: >= 4.5:1."""
    css = (WEB / "static" / "cofoundry.css").read_text()
    colours = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", css))
    backgrounds = {"white": "#ffffff", "bg": colours["bg"], "flash": "#eef7ef"}
    texts = ("ink", "muted", "accent", "error", "ok")
    for text in texts:
        for name, background in backgrounds.items():
            assert contrast(colours[text], background) >= 4.5, (text, name)
    assert contrast(colours["accent-ink"], colours["accent"]) >= 4.5  # button labels
    assert contrast(colours["accent-ink"], colours["error"]) >= 4.5  # the danger button
    assert contrast(colours["focus"], "#ffffff") >= 3  # focus outline: non-text, 3:1
    assert contrast("#767676", "#ffffff") >= 4.5  # input borders (3:1 needed)


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_its_name_and_a_translator(lang: str) -> None:
    from api.web.render import LANGUAGE_NAMES

    assert LANGUAGE_NAMES[lang] and translator(lang).lang == lang


def test_the_sweep_finds_a_sentence_left_untranslated(
    journey: dict[str, TestClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With one French translation gone, its English sentence shows on the French page and
    the check above names it."""
    from babel.messages.mofile import write_mo
    from babel.support import Translations

    from api.web import i18n, render

    def without_one(lang: str) -> Translations:
        catalog = read(po_path(lang), lang)
        del catalog[
            "Hackathon teams among the attendees present, each with the required roles when the attendees allow it."
        ]
        buffer = io.BytesIO()
        write_mo(buffer, catalog)
        buffer.seek(0)
        return Translations(buffer)

    caches = (i18n.translator, render.environment, render.templates)
    for cache in caches:
        cache.cache_clear()
    monkeypatch.setattr(translations, "load", without_one)
    try:
        page = journey["ana"].get("/web/events/night?lang=fr").text
        assert _english_left(_visible(page), _english_fragments()) == [
            "Hackathon teams among the attendees present, each with the required roles when the attendees allow it"
        ]
    finally:
        monkeypatch.undo()
        for cache in caches:
            cache.cache_clear()


def test_every_ledger_formula_has_the_domains_english_as_its_msgid() -> None:
    """The venture page says each entry's computation from :data:`api.web.ventures.FORMULAS`:
    one sentence per :class:`matcher.equity.Formula`, its msgid the domain's English with the
    same figures (a formula added to the domain without its sentence would fail the page),
    the operations written with their signs (U+00D7 and U+2212 for the plain text's x and -)."""
    from api.web.ventures import FORMULAS
    from matcher.equity import Formula

    assert set(FORMULAS) == set(Formula)
    for formula, msgid in FORMULAS.items():
        # a formula with a counted figure (months, slices) says its noun in both numbers;
        # the domain's English leaves the noun to the figure ("{months}" is "3 months")
        texts = [msgid] if isinstance(msgid, str) else [msgid.msgid, msgid.plural or ""]
        for text in texts:
            plain = text.replace(" × ", " x ").replace(" − ", " - ")
            plain = re.sub(r"%\((months|slices)\)s (month|slice)s?", r"%(\1)s", plain)
            assert re.sub(r"%\((\w+)\)s", r"{\1}", plain) == formula.value, formula.name


def test_the_first_of_the_month_is_1er_in_french() -> None:
    """French writes the first day of a month "1er" (Lexique des règles typographiques); the
    pages said "Commencé le 1 janvier 2024" and "du 1 janvier 1950 à aujourd'hui"."""
    fr, en = translator("fr"), translator("en")
    first, second = dt.date(2024, 1, 1), dt.date(2024, 1, 2)
    assert fr.date(first) == "1er janvier 2024"
    assert fr.date(first, "full") == "lundi 1er janvier 2024"
    assert fr.date(first, "medium") == "1er janv. 2024"
    assert fr.date(first, "short") == "01/01/2024"
    assert fr.date(dt.date(2021, 11, 1)) == "1er novembre 2021"
    assert (
        fr.date(second) == "2 janvier 2024" and fr.date(dt.date(2024, 1, 11)) == "11 janvier 2024"
    )
    assert en.date(first) == "January 1, 2024"


def test_french_elides_de_and_que_before_a_name_that_begins_with_a_vowel() -> None:
    """The organiser's dashboard labelled its fields "Statut de Alice Martin", the inbox said
    "Nouveau message de Élodie": French writes d'Alice, d'Élodie (and keeps "de Bob")."""
    fr = translator("fr")
    assert fr.gettext("Mark %(name)s as", name="Alice") == "Statut d'Alice"
    assert fr.gettext("Mark %(name)s as", name="Élodie") == "Statut d'Élodie"
    assert fr.gettext("Mark %(name)s as", name="Bob") == "Statut de Bob"
    assert fr.gettext("Mark %(name)s as", name="Hugo") == "Statut de Hugo"
    assert translator("en").gettext("Mark %(name)s as", name="Ana") == "Mark Ana as"
    env = jinja2.Environment(autoescape=True)
    install_language(env, fr)
    page = env.from_string('{{ _("Mark %(name)s as", name=who) }}').render(who="Émile <b>")
    assert page == "Statut d'Émile &lt;b&gt;"


def test_the_catalogue_writes_e_mail_with_a_no_break_hyphen_but_not_in_column_names() -> None:
    """French "e-mail" broke after "e-" on a phone: the catalogue writes it with U+2011 (the
    browser test ``test_browser_email_word`` lays it out), except a column name a reader
    types in a file ("nom, e-mail, ...", the attendee file's column)."""
    fr = translator("fr")
    assert fr.gettext("E-mail address") == "Adresse e\u2011mail"
    assert fr.pgettext("attendee file column", "email") == "e-mail"  # a column a reader types
    text = (Path(__file__).parents[2] / "api/web/locale/fr/LC_MESSAGES/messages.po").read_text()
    plain = [
        line
        for line in text.splitlines()
        if line.startswith("msgstr") and "e-mail" in line.lower() and "nom, e-mail" not in line
    ]
    assert plain == ['msgstr "e-mail"'], plain
