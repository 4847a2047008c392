"""Event pages through the app (TestClient): the organiser's flow (create, CSV upload with
errors per row, rounds and fairness figures, no-shows and re-planning, teams, print views),
the attendee's own agenda, permissions, CSRF, in English and French."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.web.i18n import LANGS, translator
from api.web.labels import FAMILIES, label
from matcher.access import Actor
from matcher.community import Community
from matcher.events import STATUSES, TEAM_SIZE
from matcher.profiles.model import Role
from tests.apps import app_over, client_over
from tests.web.pages import (
    csrf,
    error_for,
    html_lang,
    post,
    sign_in,
    unlabelled,
    unsigned,
    value_of,
)

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "event_attendees.csv"


def sample_csv(n: int = 8, *, bad: dict[int, dict[str, str]] | None = None) -> bytes:
    """The first ``n`` rows of the sample attendees, with some cells replaced per row (1-based)."""
    with SAMPLE.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))[:n]
    for number, cells in (bad or {}).items():
        rows[number - 1].update(cells)
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return out.getvalue().encode()


@pytest.fixture
def clients(community: Community) -> dict[str, TestClient]:
    app = app_over(community)
    out = {}
    for who in ("ana", "bob", "cyd"):
        out[who] = TestClient(app)
        sign_in(out[who], community.security.create_token(who))
    return out


def text(html: str) -> str:
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


def upload(client: TestClient, body: bytes, **data: str) -> object:
    return client.post(
        "/web/events/night/import",
        data={"csrf": csrf(client), **data},
        files={"file": ("attendees.csv", body, "text/csv")},
        follow_redirects=False,
    )


@pytest.mark.parametrize("lang", LANGS)
def test_an_event_without_a_name_is_refused_and_the_form_kept(
    clients: dict[str, TestClient], community: Community, lang: str
) -> None:
    """No name and no id: refused next to the name (not named by its random id), with what
    was typed kept."""
    ana = clients["ana"]
    ana.get(f"/web/events?lang={lang}")
    r = post(ana, "/web/events", {"name": "  ", "venue": "La Cantine", "start": "18:30"})
    assert r.status_code == 422
    assert error_for(r.text, "f-name")
    assert value_of(r.text, "f-venue") == "La Cantine" and value_of(r.text, "f-start") == "18:30"
    assert community.events.my_events(actor=Actor("ana")) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_refused_detail_is_told_in_words_not_by_its_name_in_the_code(
    clients: dict[str, TestClient], lang: str
) -> None:
    """Minutes per round out of range: next to the field, the page's sentence in the
    reader's language (English included), never the service's ``event round_minutes: ...``."""
    ana = clients["ana"]
    ana.get(f"/web/events?lang={lang}")
    r = post(ana, "/web/events", {"event": "night", "name": "Night", "round_minutes": "999"})
    assert r.status_code == 422
    said = unescape(error_for(r.text, "f-round_minutes"))
    assert said == translator(lang).gettext(
        "Give the minutes of a round as a whole number, such as 10."
    )
    assert "round_minutes" not in text(r.text)


#: A new event with five fields wrong at once (the browser's checks are off: novalidate).
FIVE_WRONG = {
    "event": "Night!",
    "name": "Night",
    "timezone": "Mars/Olympus",
    "round_minutes": "0",
    "places": "Loft:NaN",
    "pauses": "x",
}
#: Their controls on the create and edit forms.
FIVE_FIELDS = ("f-timezone", "f-round_minutes", "f-places", "f-pauses")


@pytest.mark.parametrize("lang", LANGS)
def test_every_wrong_field_of_a_new_event_is_told_at_once(
    clients: dict[str, TestClient], community: Community, lang: str
) -> None:
    """Five fields wrong: each is told beside its field on the first try (the form said the
    first only, so an organiser fixed one, sent again and got the next), and nothing is
    created."""
    ana = clients["ana"]
    ana.get(f"/web/events?lang={lang}")
    r = post(ana, "/web/events", FIVE_WRONG)
    assert r.status_code == 422
    for control in (*FIVE_FIELDS, "f-event"):
        assert error_for(r.text, control), control
    assert value_of(r.text, "f-places") == "Loft:NaN"
    assert community.events.my_events(actor=Actor("ana")) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_wrong_field_of_an_event_edited_is_told_at_once(
    clients: dict[str, TestClient], lang: str
) -> None:
    """The edit form as well: every wrong field beside it, and the event unchanged."""
    ana = clients["ana"]
    _event(ana)
    ana.get(f"/web/events/night/edit?lang={lang}")
    wrong = {k: v for k, v in FIVE_WRONG.items() if k != "event"} | {"start": "25:00"}
    r = post(ana, "/web/events/night/edit", wrong)
    assert r.status_code == 422
    for control in (*FIVE_FIELDS, "f-start"):
        assert error_for(r.text, control), control
    assert "Mars" not in text(ana.get("/web/events/night/edit").text)


@pytest.mark.parametrize(("lang", "word"), [("en", "break"), ("fr", "pause")])
def test_the_plan_file_shows_a_break_as_a_break(
    clients: dict[str, TestClient], lang: str, word: str
) -> None:
    """Nine people at tables of two: each round one person has a break, which the plan's
    CSV for people writes as a break in the reader's words (no table 0, no score 0); the
    API's CSV keeps its machine values."""
    ana = clients["ana"]
    _event(ana)
    assert upload(ana, sample_csv(8)).status_code == 303  # type: ignore[attr-defined]
    assert post(ana, "/web/events/night/attendees", {"ids": "bob"}).status_code == 303
    r = post(ana, "/web/events/night/rounds", {"rounds": "2", "group_size": "2", "odd": "bye"})
    assert r.status_code == 303, r.text
    got = ana.get(f"/web/events/night/plan.csv?lang={lang}").text
    rows = list(csv.reader(io.StringIO(got), delimiter=";" if lang == "fr" else ","))
    breaks = [row for row in rows[1:] if row[4] == ""]
    assert len(breaks) == 2 and all(row[1] == word and row[5] == "" for row in breaks), breaks
    assert all(row[1] != "0" for row in rows[1:])


@pytest.mark.parametrize(
    ("day", "start", "zone"),
    [("9999-12-31", "23:55", "Europe/Paris"), ("0001-01-01", "00:05", "Pacific/Kiritimati")],
)
def test_an_event_saved_with_a_date_out_of_range_still_shows(
    clients: dict[str, TestClient], community: Community, day: str, start: str, zone: str
) -> None:
    """A date saved before dates were limited to 2000-2099, whose clock overflows: the
    pages show the event and its date, without clock times (none is a 500); its calendar
    file is refused with the reason, and the edit form says which dates it accepts."""
    ana = clients["ana"]
    _planned(ana)
    with community.db.transaction():
        community.db.execute(
            "UPDATE events SET date = ?, start = ?, timezone = ? WHERE id = 'night'",
            [day, start, zone],
        )
    for path in (
        "",
        "/edit",
        "/print/agendas",
        "/print/cards",
        "/print/badges",
        "/report",
        "/plan.csv",
    ):
        assert ana.get(f"/web/events/night{path}").status_code == 200, path
    assert ana.get("/web/events").status_code == 200
    assert translator("en").date(dt.date.fromisoformat(day)) in text(
        ana.get("/web/events/night").text
    )
    assert ana.get("/web/events/night/calendar.ics").status_code == 422
    r = post(
        ana,
        "/web/events/night/edit",
        {"name": "Night", "date": day, "start": start, "timezone": zone},
    )
    assert r.status_code == 422 and "2099" in error_for(r.text, "f-date")


def _event(ana: TestClient) -> None:
    r = post(ana, "/web/events", {"event": "night", "name": "Demo night"})
    assert r.status_code == 303 and r.headers["location"].startswith("/web/events/night")


def _planned(ana: TestClient, rounds: int = 3) -> None:
    _event(ana)
    assert upload(ana, sample_csv(8)).status_code == 303  # type: ignore[attr-defined]
    assert post(ana, "/web/events/night/attendees", {"ids": "bob"}).status_code == 303
    r = post(ana, "/web/events/night/rounds", {"rounds": str(rounds), "fairness": "0.5"})
    assert r.status_code == 303, r.text


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "the file is a spreadsheet workbook, not CSV text"),
        ("fr", "Ce fichier est un classeur de tableur, pas du texte CSV"),
    ],
)
def test_a_workbook_given_as_the_attendee_file_is_told_so(
    clients: dict[str, TestClient], lang: str, says: str
) -> None:
    """An .xlsx renamed or picked by mistake: the French page said only to choose a CSV file
    with a header line, not that this one was a workbook to save as CSV (walk8)."""
    ana = clients["ana"]
    ana.get(f"/web/events?lang={lang}")
    _event(ana)
    r = upload(ana, b"PK\x03\x04" + bytes(200), action="check")
    assert r.status_code == 422  # type: ignore[attr-defined]
    assert says in unescape(error_for(r.text, "f-file"))  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", LANGS)
def test_events_list_and_create_in_both_languages(
    clients: dict[str, TestClient], lang: str
) -> None:
    ana = clients["ana"]
    r = ana.get(f"/web/events?lang={lang}")
    assert r.status_code == 200 and html_lang(r.text) == lang
    assert translator(lang).gettext("My events") in unescape(r.text)
    assert unlabelled(r.text) == []
    assert 'href="/web/events" aria-current="page"' in r.text  # in the navigation
    # a bad id: the error next to the field, what was typed kept
    r = post(ana, "/web/events", {"event": "Demo Night", "name": "Demo"})
    assert r.status_code == 422
    assert error_for(r.text, "f-event")
    assert value_of(r.text, "f-event") == "Demo Night"
    _event(ana)
    r = ana.get("/web/events/night?done=event_created")
    assert translator(lang).gettext(
        "Your event is created. Invite people by link or with an attendee file."
    ) in unescape(r.text)
    assert translator(lang).gettext(
        "No attendee yet: share the invitation link, import a file or add members by id."
    ) in unescape(r.text)
    assert unlabelled(r.text) == []
    r = post(ana, "/web/events", {"event": "night", "name": "again"})
    assert r.status_code == 422 and "night" in error_for(r.text, "f-event")
    assert "night" in ana.get("/web/events").text


def test_every_form_refuses_a_missing_csrf_field(clients: dict[str, TestClient]) -> None:
    ana = clients["ana"]
    _planned(ana)
    for path, data in (
        ("/web/events", {"event": "other"}),
        ("/web/events/night/attendees", {"ids": "cyd"}),
        ("/web/events/night/status", {"profile": "bob", "status": "no-show", "round": "2"}),
        ("/web/events/night/rounds", {"rounds": "2"}),
        ("/web/events/night/teams", {"size": "3"}),
        ("/web/events/night/edit", {"name": "forged"}),
        ("/web/events/night/invite", {}),
        ("/web/events/night/checkin", {"code": "whatever"}),
        ("/web/events/night/round", {"round": "1"}),
    ):
        r = ana.post(path, data=data | {"csrf": "forged"}, follow_redirects=False)
        assert r.status_code == 403, path
    r = ana.post(
        "/web/events/night/import",
        files={"file": ("a.csv", sample_csv(2), "text/csv")},
        follow_redirects=False,
    )
    assert r.status_code == 403
    r = ana.post(
        "/web/events/night/rounds",
        data={"csrf": csrf(ana), "rounds": "2"},
        headers={"Origin": "https://evil.example"},
        follow_redirects=False,
    )
    assert r.status_code == 403
    view = ana.get("/web/events/night").text
    assert "cyd" not in text(view).split("Attendees", 1)[1].split("Plan the rounds")[0]
    # every form that writes carries the field (the teams' first step only reads)
    assert view.count('name="csrf"') == view.count('<form method="post"')
    assert view.count("<form") == view.count('<form method="post"') + 1


@pytest.mark.parametrize("lang", LANGS)
def test_csv_errors_are_shown_per_row_and_nothing_is_imported(
    clients: dict[str, TestClient], community: Community, lang: str
) -> None:
    ana = clients["ana"]
    ana.get(f"/web/events?lang={lang}")
    _event(ana)
    body = sample_csv(6, bad={2: {"commitment": "weekends"}, 5: {"name": "", "languages": "xx"}})
    t = translator(lang)
    # checked first: nothing written, every problem on its line (the header is line 1)
    r = upload(ana, body, action="check")
    assert r.status_code == 200  # type: ignore[attr-defined]
    assert community.events.events.attendees("night") == []
    rows = re.findall(
        r'<tr class="row-error"><td class="num"[^>]*>(\d+)</td><td[^>]*><code>(\w+)</code>',
        r.text,  # type: ignore[attr-defined]
    )
    assert rows == [("3", "commitment"), ("6", "name"), ("6", "languages")]
    r = upload(ana, body, action="import")
    assert r.status_code == 422  # type: ignore[attr-defined]
    html = r.text  # type: ignore[attr-defined]
    assert t.ngettext(
        "Nothing was imported: %(num)s line has a problem. Fix it and import the file again.",
        "Nothing was imported: %(num)s lines have a problem. Fix them and import the file again.",
        2,
    ) in unescape(html)
    assert "weekends" in html and 'role="alert"' in html
    assert community.events.events.attendees("night") == []  # all or nothing
    assert community.profiles.store.get_profile("ev001") is None
    # the same file, its good lines only: the 4 good ones in, the bad ones listed
    r = upload(ana, body, action="good")
    assert r.status_code == 200  # type: ignore[attr-defined]
    html = unescape(r.text)  # type: ignore[attr-defined]
    assert (
        t.ngettext(
            "%(num)s attendee imported from the good lines.",
            "%(num)s attendees imported from the good lines.",
            4,
        )
        in html
    )
    assert t.ngettext("%(num)s line has a problem:", "%(num)s lines have a problem:", 2) in html
    assert len(community.events.events.attendees("night")) == 4
    # the fixed file imported whole again: only the two people missing are added
    r = upload(ana, sample_csv(6), action="import")
    assert r.status_code == 303, r.text  # type: ignore[attr-defined]
    where = r.headers["location"]  # type: ignore[attr-defined]
    assert (
        unsigned(where) == "/web/events/night?done=attendees_imported&v=2&w=0#attendees"
    )  # no address
    assert len(community.events.events.attendees("night")) == 6
    # and once more: nothing twice
    r = upload(ana, sample_csv(6), action="import")
    assert r.status_code == 200  # type: ignore[attr-defined]
    assert t.ngettext(
        "%(num)s person is already invited: left as they are.",
        "%(num)s people are already invited: left as they are.",
        6,
    ) in unescape(r.text)  # type: ignore[attr-defined]
    assert len(community.events.events.attendees("night")) == 6


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "choose a CSV file"),
        (b"id,name\n\x81\x8d\n", "UTF-8"),
        (b"id,name\n", "no line after its header"),
    ],
)
def test_a_file_that_is_not_a_csv_is_refused_next_to_the_field(
    clients: dict[str, TestClient], body: bytes, message: str
) -> None:
    ana = clients["ana"]
    _event(ana)
    if body:
        r = upload(ana, body)
    else:
        r = ana.post("/web/events/night/import", data={"csrf": csrf(ana)}, follow_redirects=False)
    assert r.status_code == 422  # type: ignore[attr-defined]
    assert message in error_for(r.text, "f-file")  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_empty_file_and_a_header_alone_are_each_told_what_is_wrong(
    clients: dict[str, TestClient], lang: str
) -> None:
    """An empty attendee file and a file with only its header line got the same French
    sentence ("choose the attendee file saved as CSV: a header line..."), and the empty one
    in English "no header line": each now says what is wrong with it and how to fix it."""
    ana = clients["ana"]
    _event(ana)
    ana.get(f"/web/events?lang={lang}")
    t = translator(lang)
    r = upload(ana, b"", action="check")
    assert r.status_code == 422  # type: ignore[attr-defined]
    empty = error_for(r.text, "f-file")  # type: ignore[attr-defined]
    r = upload(ana, b"nom;e-mail;apporte;cherche\r\n", action="check")
    assert r.status_code == 422  # type: ignore[attr-defined]
    header = error_for(r.text, "f-file")  # type: ignore[attr-defined]
    assert empty != header
    if lang == "en":
        assert "the file is empty" in empty and "name,email,offers,needs" in empty
        assert "no line after its header" in header and "one line per person" in header
    else:
        assert empty == t.gettext(
            "The file is empty: save the attendee list as CSV, with a header line that names the columns, then one line per person."
        )
        assert header == t.gettext(
            "The file has only its header line: add one line per person under it, then import it again."
        )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_person_twice_in_a_file_is_told_on_the_files_own_columns(
    clients: dict[str, TestClient], lang: str
) -> None:
    """A French file without an id column, the same person twice: told once, on the file's
    own column (``e-mail``, as read). It was told twice, the second time on an "id" the file
    has not (made from the name and the e-mail: ``lea-3f2a1c``, which the organiser never
    wrote). Without e-mail addresses, the same name twice is told on the name's column."""
    ana = clients["ana"]
    _event(ana)
    ana.get(f"/web/events?lang={lang}")
    rows = "Léa;lea@exemple.fr;code;vente\n" * 2 + "Noé;;vente;code\n" * 2
    body = "Nom;E-mail;Apporte;Cherche\n" + rows
    r = upload(ana, body.encode(), action="check")
    html = unescape(r.text)  # type: ignore[attr-defined]
    found = re.findall(
        r'<tr class="row-error">\s*<td[^>]*>(\d+)</td>\s*<td[^>]*><code>([^<]*)</code>\s*</td>'
        r"\s*<td[^>]*>(?:<code>)?([^<]*)",
        html,
    )
    assert [(line, column, value.strip()) for line, column, value in found] == [
        ("3", "e-mail", "lea@exemple.fr"),
        ("5", "nom", "Noé"),
    ], found


def test_a_file_without_a_needs_column_is_told_once_in_french(
    clients: dict[str, TestClient],
) -> None:
    ana = clients["ana"]
    _event(ana)
    r = ana.post(
        "/web/events/night/import?lang=fr",
        data={"csrf": csrf(ana)},
        files={
            "file": (
                "inscrits.csv",
                "nom;e-mail;offre\nZoé;zoe@example.org;design\n".encode(),
                "text/csv",
            )
        },
        follow_redirects=False,
    )
    assert r.status_code == 422  # type: ignore[attr-defined]
    page = text(r.text)  # type: ignore[attr-defined]
    assert (
        "Le fichier n'a pas de colonne pour : needs / need / besoins"
        " (ses colonnes sont : nom, e-mail, offre)." in page
    )
    assert "pour\u00a0: needs" in unescape(r.text)  # type: ignore[attr-defined]
    assert "needs is required" not in page and "est obligatoire" not in page


@pytest.mark.parametrize(("lang", "says"), [("en", "over 1.05 MB"), ("fr", "plus de 1,05 Mo")])
def test_a_file_over_the_body_limit_gets_a_page_in_the_readers_language(
    clients: dict[str, TestClient], lang: str, says: str
) -> None:
    """A 2 MB attendee file is stopped before the app reads it: the organiser gets a page in
    their language, with the limit and a way back to the event, not the API's JSON."""
    ana = clients["ana"]
    _event(ana)
    r = ana.post(
        f"/web/events/night/import?lang={lang}",
        data={"csrf": csrf(ana)},
        files={"file": ("big.csv", b"name,email\n" + b"x" * 2_000_000, "text/csv")},
        headers={"Referer": "http://testserver/web/events/night"},
        follow_redirects=False,
    )
    assert r.status_code == 413 and r.headers["content-type"].startswith("text/html")
    assert html_lang(r.text) == lang and says in text(r.text)
    assert 'href="/web/events/night"' in r.text  # back to the form


def test_a_line_whose_id_is_taken_says_what_to_do_on_the_page_not_a_command(
    clients: dict[str, TestClient],
) -> None:
    """The English page showed the service's hint "add existing people by id (event add)":
    a command of the command line, which the organiser on the web page cannot run."""
    ana = clients["ana"]
    _event(ana)
    r = upload(ana, sample_csv(2, bad={1: {"id": "bob"}}))
    assert r.status_code == 422  # type: ignore[attr-defined]
    page = text(r.text)  # type: ignore[attr-defined]
    assert "a profile with the id 'bob' already exists" in page
    assert "(event add)" not in page and "by their id" in page


def _pairs(community: Community, number: int) -> dict[str, frozenset[str]]:
    """Whom each attendee meets in round ``number`` (their table)."""
    rounds = community.events.rounds("night", actor=Actor("ana"))
    out: dict[str, frozenset[str]] = {}
    for g in rounds[number - 1].groups:
        for m in g.members:
            out[m] = frozenset(g.members) - {m}
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_plan_quality_in_words_a_calm_no_show_and_a_confirmed_replan(
    clients: dict[str, TestClient], community: Community, lang: str
) -> None:
    ana = clients["ana"]
    ana.get(f"/web/events?lang={lang}")
    _planned(ana, rounds=3)
    t = translator(lang)
    r = ana.get("/web/events/night?done=rounds_planned")
    html = unescape(r.text)
    assert r.status_code == 200 and html_lang(r.text) == lang and unlabelled(r.text) == []
    summary = community.events.events.summary("night", "rounds")
    assert summary is not None
    # the quality as a percentage and one sentence, the solver's words kept in a details
    percent = re.search(r'id="plan-percent">([^<]+)<', html)
    sentence = re.search(r'id="plan-sentence">([^<]+)<', html)
    assert percent and sentence and "%" in percent.group(1)
    for word in ("bound", "gap", "objective", "solver", "borne", "écart", "objectif"):
        assert word not in sentence.group(1).lower()
    details = html.split('<details class="solver">', 1)[1].split("</details>", 1)[0]
    figures = {}
    for name in ("score", "bound", "greedy"):  # 0.123 in English, 0,123 in French
        m = re.search(rf'id="fig-{name}">(\d+[.,]\d{{3}})<', details)
        assert m, name
        assert ("," in m.group(1)) == (lang == "fr")
        figures[name] = float(m.group(1).replace(",", "."))
    assert figures["score"] == pytest.approx(summary["score"], abs=1e-3)
    assert figures["bound"] == pytest.approx(summary["bound"], abs=1e-3)
    assert figures["score"] <= figures["bound"] + 1e-6
    assert html.count('<table class="round stack"') == 3
    round1 = re.search(r'<table class="round stack" id="round-1">.*?</table>', r.text, re.S)
    assert round1
    before = {n: _pairs(community, n) for n in (1, 2, 3)}
    # bob is absent from round 2: the plan mends itself, only his partners' agendas change
    r = post(ana, "/web/events/night/status", {"profile": "bob", "status": "absent", "round": "2"})
    assert r.status_code == 303
    assert re.match(r"/web/events/night\?change=\d+&done=status_set&v=Bob", r.headers["location"])
    after_html = unescape(ana.get(r.headers["location"]).text)
    # the message says what was marked: absent, and from which round
    state = f"{label(t, 'attendee_state', 'absent')} · {t.gettext('from round %(n)s', n=2)}"
    said = t.gettext("%(v)s: %(w)s. Only the agendas listed below changed.", v="Bob", w=state)
    assert said in after_html, said
    assert t.gettext("No longer seated:") + " Bob" in after_html
    after = {n: _pairs(community, n) for n in (1, 2, 3)}
    assert after[1] == before[1]  # a round already held never changes
    for n in (2, 3):
        assert "bob" not in after[n]
        moved = {p for p in after[n] if after[n][p] != before[n].get(p)}
        assert moved <= set(before[n].get("bob", ())) | {p for p in after[n] if p not in before[n]}
    again = re.search(r'<table class="round stack" id="round-1">.*?</table>', after_html, re.S)
    assert again and again.group(0) == unescape(round1.group(0))
    # a full re-plan asks first, and changes nothing until confirmed
    plan = {"rounds": "3", "from_round": "2", "group_size": "2", "fairness": "0.5"}
    r = post(ana, "/web/events/night/rounds", plan)
    assert r.status_code == 200
    assert t.gettext("Re-plan the rounds of %(event)s?", event="Demo night") in unescape(r.text)
    assert {n: _pairs(community, n) for n in (1, 2, 3)} == after
    r = post(ana, "/web/events/night/rounds", plan | {"confirm": "yes"})
    assert r.headers["location"].startswith("/web/events/night?done=rounds_replanned&v=2")
    replanned = ana.get(r.headers["location"]).text
    assert t.gettext(
        "The rounds are re-planned from round %(v)s; the earlier ones are unchanged.", v=2
    ) in unescape(replanned)
    assert _pairs(community, 1) == before[1]
    # a re-plan that would leave a gap is refused next to its field
    r = post(ana, "/web/events/night/rounds", {"rounds": "5", "from_round": "5", "confirm": "yes"})
    assert r.status_code == 422 and error_for(r.text, "p-from")
    assert value_of(r.text, "p-from") == "5"
    if lang != "en":  # the page's own sentence, true whether or not round 1 has started
        assert t.gettext(
            "Re-plan from a round that has not started, at most the one right after the rounds already planned."
        ) in unescape(error_for(r.text, "p-from"))
    r = post(ana, "/web/events/night/rounds", {"rounds": "x"})
    assert r.status_code == 422 and error_for(r.text, "p-rounds")
    r = post(ana, "/web/events/night/status", {"profile": "zed", "status": "late", "round": "2"})
    assert r.status_code == 422
    r = post(ana, "/web/events/night/status", {"profile": "ev003", "status": "late", "round": "3"})
    assert r.status_code == 303
    assert t.gettext("arrives at round %(n)s", n=3) in unescape(ana.get("/web/events/night").text)


@pytest.mark.parametrize("lang", LANGS)
def test_the_organiser_reads_scores_as_the_suggestion_cards_do(
    clients: dict[str, TestClient], community: Community, lang: str
) -> None:
    """Per attendee and overall: points out of 100 and the band's word in the reader's
    language (as on a suggestion card), the domain's figures, never a raw blend like 0,06."""
    ana = clients["ana"]
    ana.get(f"/web/events?lang={lang}")
    _planned(ana, rounds=3)
    t = translator(lang)
    html = unescape(ana.get("/web/events/night").text)
    st = community.events.stats("night", actor=Actor("ana"))

    def shown(points: int, band: str) -> str:
        return t.gettext("%(points)s/100 · %(band)s", points=points, band=label(t, "band", band))

    table = html.split('<table class="attendees stack">', 1)[1].split("</table>", 1)[0]
    cells = re.findall(r'data-label="([^"]+)">(.*?)</td>', table, re.S)
    averages = [text(cell).strip() for name, cell in cells if name == t.gettext("Average match")]
    met = [v for v in st["per_attendee"].values() if v["meetings"]]
    assert len(averages) == len(st["per_attendee"]) and met
    for v in met:
        assert shown(v["average_points"], v["average_band"]) in averages
    assert all(re.fullmatch(r"\d+/100 · \w+|-", a) for a in averages), averages
    figures = html.split('id="match-figures">', 1)[1].split("</dl>", 1)[0]
    for name, key in (
        ("average", "average"),
        ("worst-average", "worst_average"),
        ("worst-meeting", "worst_meeting"),
    ):
        m = re.search(rf'id="fig-{name}">(.*?)</dd>', figures, re.S)
        assert m and text(m.group(1)).strip() == shown(st[f"{key}_points"], st[f"{key}_band"]), name
    assert t.gettext("Average match per attendee") in figures
    # no raw blend anywhere outside the solver's totals: no 0.06 or 0,06
    outside = re.sub(r'<details class="solver">.*?</details>', "", html, flags=re.S)
    assert not re.search(r"\b0[.,]\d{2,3}\b", text(outside)), "a raw score is shown"


@pytest.mark.parametrize("lang", LANGS)
def test_the_plan_file_for_people_shows_each_table_as_the_cards_do(
    clients: dict[str, TestClient], community: Community, lang: str
) -> None:
    """The organiser's plan.csv: each seat's table match in points out of 100 and the band's
    word in the reader's language, under translated headers; no raw planning score."""
    ana = clients["ana"]
    _planned(ana, rounds=2)
    t = translator(lang)
    got = ana.get(f"/web/events/night/plan.csv?lang={lang}").text
    rows = list(csv.reader(io.StringIO(got), delimiter=";" if lang == "fr" else ","))
    assert rows[0][-2:] == [
        t.pgettext("CSV column", "Match (out of 100)"),
        t.pgettext("CSV column", "Match level"),
    ]
    matches = community.events.table_matches("night", actor=Actor("ana"))
    seats = [row for row in rows[1:] if row[4] != ""]
    assert seats and len({row[5] for row in seats}) > 1
    for row in seats:
        read = matches[int(row[0]), int(row[1])]
        assert row[5:] == [str(read.points), label(t, "band", read.band)], row


@pytest.mark.parametrize("lang", LANGS)
def test_teams_in_two_steps_of_the_sizes_chosen(
    clients: dict[str, TestClient], community: Community, lang: str
) -> None:
    ana = clients["ana"]
    ana.get(f"/web/events?lang={lang}")
    _planned(ana, rounds=1)  # 9 people
    t = translator(lang)
    # step 1: 9 people in teams of 4 do not split evenly: the ways are shown, none chosen yet
    r = ana.get("/web/events/night/teams?size=4")
    assert r.status_code == 200 and unlabelled(r.text) == []
    layouts = re.findall(r'name="layout" value="([\d,]+)"', r.text)
    assert sorted(layouts) == ["3,3,3", "5,4"]
    assert t.gettext("One more team, so some teams are one person smaller.") in unescape(r.text)
    # a post without a layout comes back to the choice
    r = post(ana, "/web/events/night/teams", {"size": "4", "required_roles": "tech"})
    assert r.status_code == 200 and 'name="layout"' in r.text
    assert 'value="tech" checked' in r.text  # the choice is kept
    # step 2: three teams of 3, each with a tech person if the attendees allow it
    r = post(
        ana,
        "/web/events/night/teams",
        {"size": "4", "layout": "3,3,3", "required_roles": "tech", "time_limit": "2"},
    )
    assert r.status_code == 303, r.text
    html = unescape(ana.get(r.headers["location"]).text)
    teams = community.events.teams("night", actor=Actor("ana"))
    assert sorted(len(x.members) for x in teams) == [3, 3, 3]
    assert html.count('<tr class="team">') == 3
    assert re.search(r'id="teams-percent">[^<]*%', html)
    # each team's match, the numbers `cofoundry event teams` prints (and its --json)
    read = community.events.team_matches("night", actor=Actor("ana"))
    assert sorted(read) == sorted(x.number for x in teams)
    for match in read.values():
        shown = t.gettext("%(points)s/100 · %(band)s") % {
            "points": match.points,
            "band": label(t, "band", match.band),
        }
        assert shown in html
    assert label(t, "role", "tech") in html
    # when the size divides the number, there is one way: formed at once
    r = post(ana, "/web/events/night/teams", {"size": "3", "time_limit": "2"})
    assert r.status_code == 303
    r = post(ana, "/web/events/night/teams", {"size": "1", "required_roles": "tech"})
    assert r.status_code == 422 and error_for(r.text, "t-size")
    r = post(
        ana, "/web/events/night/teams", {"size": "3", "layout": "3,3,3", "required_roles": "wizard"}
    )
    assert r.status_code == 422 and error_for(r.text, "f-required_roles")
    r = post(ana, "/web/events/night/teams", {"size": "3", "layout": "4,4"})
    assert r.status_code == 422 and error_for(r.text, "f-layout")
    # a forged layout is refused whole, not read as "3,3,3" without its "x"
    r = post(ana, "/web/events/night/teams", {"size": "3", "layout": "3,3,3,x", "time_limit": "2"})
    assert r.status_code == 422 and error_for(r.text, "f-layout")
    assert len(community.events.teams("night", actor=Actor("ana"))) == 3  # the teams of 3 stay


@pytest.mark.parametrize(("field", "value"), [("balance", "NaN"), ("time_limit", "1e309")])
def test_a_refused_team_setting_opens_more_settings_to_show_why(
    clients: dict[str, TestClient], field: str, value: str
) -> None:
    """A balance or time limit refused comes back with "More settings" open: folded, its
    error was hidden and the page seemed to do nothing (walk8)."""
    ana = clients["ana"]
    _planned(ana, rounds=1)
    form = {"size": "3", "layout": "3,3,3", "balance": "1", "time_limit": "2"} | {field: value}
    r = post(ana, "/web/events/night/teams", form)
    assert r.status_code == 422
    assert error_for(r.text, "t-balance" if field == "balance" else "t-time")
    assert re.search(r"<details open><summary>[^<]*More settings", r.text)
    r = ana.get("/web/events/night/teams?size=3")
    assert re.search(r"<details><summary>[^<]*More settings", r.text)  # folded unless refused


@pytest.mark.parametrize("query", ["", "?size=", "?size=%20"])
def test_the_teams_page_without_a_size_starts_from_the_default(
    clients: dict[str, TestClient], query: str
) -> None:
    """Opened as is (a bookmark, the link without a size): the layouts of the default size
    (the last one used, else TEAM_SIZE), not a refusal of an empty number."""
    ana = clients["ana"]
    _planned(ana, rounds=1)  # 9 people
    r = ana.get(f"/web/events/night/teams{query}")
    assert r.status_code == 200, r.text
    assert "whole number" not in r.text and 'class="error' not in r.text
    assert f'name="size" value="{TEAM_SIZE}"' in r.text
    assert sorted(re.findall(r'name="layout" value="([\d,]+)"', r.text)) == ["3,3,3", "5,4"]
    # after teams of 3 were formed, the page starts from 3
    assert post(ana, "/web/events/night/teams", {"size": "3", "time_limit": "2"}).status_code == 303
    r = ana.get(f"/web/events/night/teams{query}")
    assert r.status_code == 200 and 'name="size" value="3"' in r.text


@pytest.mark.parametrize(
    ("lang", "size", "time"),
    [
        ("en", "Give a team size from 2 to 12.", "Give a time limit from 1 to 600 seconds."),
        ("fr", "Donnez une taille d'équipe de 2 à 12.", "de 1 à 600 secondes"),
    ],
)
def test_a_number_out_of_range_is_told_with_the_domains_range(
    clients: dict[str, TestClient], lang: str, size: str, time: str
) -> None:
    """The pages said "a time limit from 1 to 60 seconds" while the planner takes up to 600:
    the range now comes from the refusal (OutOfRange), not from a sentence that restates it."""
    ana = clients["ana"]
    _planned(ana, rounds=1)  # 9 people
    path = f"/web/events/night/teams?lang={lang}"
    r = post(ana, path, {"size": "13", "required_roles": "tech"})
    assert r.status_code == 422
    said = unescape(error_for(r.text, "t-size"))
    assert size in said, said  # in English too: the page's words, not "size must be ..."
    r = post(ana, path, {"size": "3", "layout": "3,3,3", "time_limit": "601"})
    assert r.status_code == 422
    said = unescape(error_for(r.text, "t-time"))
    assert time in said  # in English too: the page's words, not "time_limit must be ..."
    assert value_of(r.text, "t-time") == "601"


def test_print_views_reuse_the_outputs(clients: dict[str, TestClient]) -> None:
    ana = clients["ana"]
    _planned(ana, rounds=2)
    page = ana.get("/web/events/night").text
    assert 'href="/web/events/night/print/agendas"' in page
    assert 'href="/web/events/night/print/cards"' in page
    r = ana.get("/web/events/night/print/agendas")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert r.text.count('<section class="page"') == 9  # one page per attendee
    assert "Why you should meet" in r.text and "Bob" in r.text
    r = ana.get("/web/events/night/print/cards")
    assert r.status_code == 200 and "Table 1" in r.text and "round 2" in r.text


def test_another_member_gets_404_everywhere(clients: dict[str, TestClient]) -> None:
    ana, cyd = clients["ana"], clients["cyd"]
    _planned(ana)
    for path in (
        "/web/events/night",
        "/web/events/night/print/agendas",
        "/web/events/night/print/cards",
        "/web/events/night/print/agenda",
        "/web/events/nosuch",
    ):
        r = cyd.get(path)
        assert r.status_code == 404, path
        assert "Bob" not in r.text and "ev001" not in r.text
    for path, data in (
        ("/web/events/night/attendees", {"ids": "cyd"}),
        ("/web/events/night/rounds", {"rounds": "2"}),
        ("/web/events/night/teams", {"size": "3"}),
        ("/web/events/night/status", {"profile": "bob", "status": "no-show"}),
    ):
        assert post(cyd, path, data).status_code == 404, path
    r = cyd.post(
        "/web/events/night/import",
        data={"csrf": csrf(cyd)},
        files={"file": ("a.csv", sample_csv(2), "text/csv")},
        follow_redirects=False,
    )
    assert r.status_code == 404
    assert "/web/events/night" not in cyd.get("/web/events").text


@pytest.mark.parametrize("lang", LANGS)
def test_an_attendee_sees_only_their_own_agenda(
    clients: dict[str, TestClient], community: Community, lang: str
) -> None:
    ana, bob = clients["ana"], clients["bob"]
    _planned(ana, rounds=3)
    r = bob.get(f"/web/events/night?lang={lang}")
    assert r.status_code == 200 and html_lang(r.text) == lang
    html = unescape(r.text)
    t = translator(lang)
    assert t.gettext("My day · %(event)s", event="Demo night") in html
    for n in (1, 2, 3):
        assert t.gettext("Round %(n)s", n=n) in html
    assert t.gettext("Why you should meet") in html
    # whom bob meets is shown; nobody else's agenda, no organiser section or figure
    agenda = community.events.agenda("night", "bob", actor=Actor("bob"))
    met = {m.with_name for item in agenda for m in item.meetings}
    assert met and all(name in html for name in met)
    names = community.events.names("night", actor=Actor("ana"))
    strangers = set(names.values()) - met - {"Bob"}
    assert strangers and not any(name in html for name in strangers)
    assert "fig-score" not in html
    forms = re.findall(r'<form method="post" action="(/web/events/[^"]+)"', html)
    assert forms == [
        f"/web/events/night/rsvp?lang={lang}"
    ]  # my answer only: nothing of the organiser's
    assert "/web/events/night" in bob.get("/web/events").text
    # the printable copy: bob's page only
    r = bob.get("/web/events/night/print/agenda")
    assert r.status_code == 200 and r.text.count('<section class="page"') == 1
    # the organiser's views and forms are not there for an attendee
    for path in ("/web/events/night/print/agendas", "/web/events/night/print/cards"):
        assert bob.get(path).status_code == 404
    assert post(bob, "/web/events/night/rounds", {"rounds": "2"}).status_code == 404


def test_an_attendee_before_the_plan_is_told_to_come_back(clients: dict[str, TestClient]) -> None:
    ana, bob = clients["ana"], clients["bob"]
    _event(ana)
    assert post(ana, "/web/events/night/attendees", {"ids": "bob, cyd"}).status_code == 303
    assert "The organiser has not planned the rounds yet. Come back later." in unescape(
        bob.get("/web/events/night").text
    )
    r = post(ana, "/web/events/night/attendees", {"ids": "nobody"})
    assert r.status_code == 422 and error_for(r.text, "f-ids")


def test_signed_out_visitors_are_sent_to_sign_in(community: Community) -> None:
    client = client_over(community)
    r = client.get("/web/events/night", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/web/signin?next=")


def test_the_event_pages_have_a_label_for_every_status_and_odd_choice() -> None:
    assert set(FAMILIES["attendee_status"]) == set(STATUSES)
    assert set(FAMILIES["odd"]) == {"bye", "trio"}


def test_the_language_switch_of_a_refused_form_leads_to_the_page_not_a_405(
    clients: dict[str, TestClient],
) -> None:
    """A form refused is shown again at the form's address, which takes only POST: its
    language switch (or a reload, a bookmark) opens the page above it in that language, not
    the API's JSON ``Method Not Allowed``."""
    ana = clients["ana"]
    _event(ana)
    ana.get("/web/events/night?lang=fr")
    r = post(ana, "/web/events/night/attendees", {"ids": "nobody-here"})
    assert r.status_code == 422
    switch = re.search(r'<a href="([^"]+)" hreflang="en"', r.text)
    assert switch and switch.group(1) == "/web/events/night/attendees?lang=en"
    r = ana.get(unescape(switch.group(1)), follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/web/events/night?lang=en"
    r = ana.get(r.headers["location"])
    assert r.status_code == 200 and html_lang(r.text) == "en"
    assert "Demo night" in r.text
    r = ana.get("/web/events/night/import", follow_redirects=False)
    assert r.headers["location"] == "/web/events/night"
    assert ana.get("/web/signout", follow_redirects=False).headers["location"] == "/web"
    assert ana.get("/events/night/attendees").status_code in (404, 405)  # the API: as it was


@pytest.mark.parametrize(("lang", "fairness"), [("en", "0.5"), ("fr", "0,5")])
def test_the_fairness_field_starts_from_a_number_written_as_the_reader_writes_it(
    clients: dict[str, TestClient], lang: str, fairness: str
) -> None:
    """The French page offered "0.5" in the fairness field while its error said "par exemple
    0,5": the field now starts from the number in the reader's locale (both are accepted)."""
    ana = clients["ana"]
    _event(ana)
    assert upload(ana, sample_csv(8)).status_code == 303  # type: ignore[attr-defined]
    r = ana.get(f"/web/events/night?lang={lang}")
    assert value_of(r.text, "p-fairness") == fairness
    r = post(ana, "/web/events/night/rounds", {"rounds": "2", "fairness": fairness})
    assert r.status_code == 303, r.text


@pytest.mark.parametrize("lang", LANGS)
def test_teams_the_attendees_cannot_give_a_role_say_why_in_the_readers_words(
    clients: dict[str, TestClient], community: Community, lang: str
) -> None:
    """Roles ticked from the list that too few attendees offer: the page said "Pick roles
    from the list." in French (the sentence for a role not on the list), and the French
    page showed a split that gives no team the roles as "Refusé : no way to split ..."."""
    ana = clients["ana"]
    _planned(ana, rounds=1)  # 9 people
    holders = {
        p.id: {r.value for r in p.roles_offered}
        for p in community.profiles.store.profiles(
            [a.profile_id for a in community.events.events.attendees("night")]
        )
    }
    rare = next(r.value for r in Role if sum(r.value in h for h in holders.values()) < 3)
    r = post(
        ana,
        f"/web/events/night/teams?lang={lang}",
        {"size": "3", "layout": "3,3,3", "required_roles": rare, "time_limit": "2"},
    )
    assert r.status_code == 422
    said = error_for(r.text, "f-required_roles")
    t = translator(lang)
    if lang == "en":  # the service's own words, with its figures
        held = sum(rare in h for h in holders.values())
        assert said.startswith(f"only {held} attendee{'' if held == 1 else 's'} offer")
    else:
        assert said == t.gettext(
            "Too few of the people expected offer the role %(value)s for every team to have"
            " one: tick fewer roles, choose fewer (larger) teams, or invite more people.",
            value=label(t, "role", rare),
        )
    assert label(t, "role", rare) in said or rare in said
    # tech, sales and design each offered by three or more, but four offer none of them and
    # nobody all three: a team of three holds at most one of the four, so no split works
    kinds = [[]] * 4 + [["sales", "design"]] * 2 + [["tech", "design"]] + [["tech", "sales"]] * 2
    for pid, kind in zip(sorted(holders), kinds, strict=True):
        community.profiles.update_profile(pid, {"roles_offered": kind}, actor=Actor(pid))
    r = post(
        ana,
        f"/web/events/night/teams?lang={lang}",
        {"size": "3", "required_roles": ["tech", "sales", "design"], "time_limit": "2"},
    )
    assert r.status_code == 422
    said = text(r.text)
    if lang == "en":
        assert (
            "No way to split the 9 attendees into 3 teams of 3 gives every team tech, sales,"
            " design (4 of them offer none of these roles)"
        ) in said
    else:
        sentence = t.gettext(
            "No way to split the people expected into these teams gives every team all the"
            " roles ticked: choose larger teams or tick fewer roles."
        )
        assert " ".join(sentence.split()) in said  # text() makes every space one
    assert "more time" not in said and "Refus" not in said


@pytest.mark.parametrize("lang", LANGS)
def test_forming_the_teams_again_warns_first_and_says_how_many_changed_team(
    clients: dict[str, TestClient], community: Community, lang: str
) -> None:
    """Teams formed and told, then formed again (another size): the teams page said nothing
    of the teams it replaces, and the page after it only "The teams are formed."; now it
    warns first, and says afterwards how many people have other teammates (counted here
    from the teams stored before and after)."""
    ana = clients["ana"]
    _planned(ana, rounds=1)  # 9 people
    t = translator(lang)
    r = ana.get(f"/web/events/night/teams?size=3&lang={lang}")
    assert 'id="teams-formed"' not in r.text
    r = post(ana, "/web/events/night/teams", {"size": "3", "time_limit": "2"})
    assert r.headers["location"].endswith("done=teams_formed#teams")
    first = {
        m: set(x.members) - {m}
        for x in community.events.teams("night", actor=Actor("ana"))
        for m in x.members
    }
    r = ana.get(f"/web/events/night/teams?size=4&lang={lang}")
    notice = re.search(r'<p class="notice" id="teams-formed">(.*?)</p>', r.text, re.S)
    assert notice is not None
    assert unescape(notice.group(1)) == t.ngettext(
        "%(num)s team is already formed, and its members may have been told: forming the"
        " teams again replaces it, and people may change team.",
        "%(num)s teams are already formed, and their members may have been told: forming"
        " the teams again replaces them, and people may change team.",
        3,
    )
    r = post(ana, "/web/events/night/teams", {"size": "4", "layout": "5,4", "time_limit": "2"})
    assert r.status_code == 303
    then = {
        m: set(x.members) - {m}
        for x in community.events.teams("night", actor=Actor("ana"))
        for m in x.members
    }
    moved = sum(first[m] != then[m] for m in then)
    assert moved == 9  # from three teams of 3 to 5 and 4, everyone has new teammates
    assert unsigned(r.headers["location"]).endswith(f"done=teams_formed_again&v={moved}#teams")
    page = text(ana.get(r.headers["location"]).text)
    said = t.ngettext(
        "The teams are formed again: %(num)s person has other teammates than before.",
        "The teams are formed again: %(num)s people have other teammates than before.",
        moved,
    )
    assert " ".join(said.split()) in page
