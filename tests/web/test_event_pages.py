"""Event pages through the app (TestClient): the organiser's flow (create, CSV upload with
errors per row, rounds and fairness figures, no-shows and re-planning, teams, print views),
the attendee's own agenda, permissions, CSRF, in English and French."""

from __future__ import annotations

import csv
import io
import re
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from api.web.i18n import LANGS, translator
from api.web.labels import FAMILIES, label
from matcher.access import Actor
from matcher.community import Community
from matcher.events import STATUSES
from tests.web.pages import csrf, error_for, html_lang, post, sign_in, unlabelled, value_of

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
    app = create_app(Settings(db=":memory:", encoder="fake"), community=community)
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


def _event(ana: TestClient) -> None:
    r = post(ana, "/web/events", {"event": "night", "name": "Demo night"})
    assert r.status_code == 303 and r.headers["location"].startswith("/web/events/night")


def _planned(ana: TestClient, rounds: int = 3) -> None:
    _event(ana)
    assert upload(ana, sample_csv(8)).status_code == 303  # type: ignore[attr-defined]
    assert post(ana, "/web/events/night/attendees", {"ids": "bob"}).status_code == 303
    r = post(ana, "/web/events/night/rounds", {"rounds": str(rounds), "fairness": "0.5"})
    assert r.status_code == 303, r.text


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
        "Your event is created. Upload the attendee CSV to begin."
    ) in unescape(r.text)
    assert translator(lang).gettext(
        "No attendee yet: upload the CSV or add members by id."
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
    # every form of the organiser page carries the field
    assert view.count('name="csrf"') == view.count("<form")


@pytest.mark.parametrize("lang", LANGS)
def test_csv_errors_are_shown_per_row_and_nothing_is_imported(
    clients: dict[str, TestClient], community: Community, lang: str
) -> None:
    ana = clients["ana"]
    ana.get(f"/web/events?lang={lang}")
    _event(ana)
    body = sample_csv(6, bad={2: {"commitment": "weekends"}, 5: {"name": "", "languages": "xx"}})
    r = upload(ana, body)
    assert r.status_code == 422  # type: ignore[attr-defined]
    html = r.text  # type: ignore[attr-defined]
    rows = re.findall(
        r'<tr class="row-error"><td class="num">(\d+)</td><td><code>(\w+)</code>', html
    )
    assert rows == [("2", "commitment"), ("5", "name"), ("5", "languages")]
    assert translator(lang).ngettext(
        "Nothing was imported: %(num)s problem. Fix this row and upload the file again.",
        "Nothing was imported: %(num)s problems. Fix these rows and upload the file again.",
        3,
    ) in unescape(html)
    assert "weekends" in html and 'role="alert"' in html
    assert community.events.events.attendees("night") == []  # all or nothing
    assert community.profiles.store.get_profile("ev001") is None
    # the same file with "skip the invalid rows": the 4 good ones, the bad ones listed
    r = upload(ana, body, skip_invalid="on")
    assert r.status_code == 200  # type: ignore[attr-defined]
    html = unescape(r.text)  # type: ignore[attr-defined]
    t = translator(lang)
    added = t.ngettext("%(num)s attendee added;", "%(num)s attendees added;", 4)
    problems = t.ngettext(
        "%(num)s problem in the skipped rows:", "%(num)s problems in the skipped rows:", 3
    )
    assert f"{added} {problems}" in html
    assert len(community.events.events.attendees("night")) == 4
    # the fixed rows: only the two new people are added; existing ids are refused on their row
    fixed = sample_csv(6)
    r = upload(ana, fixed)
    assert r.status_code == 422  # type: ignore[attr-defined]
    ids = re.findall(r'<tr class="row-error"><td class="num">(\d+)</td>', r.text)  # type: ignore[attr-defined]
    assert ids == ["1", "3", "4", "6"]
    with_new = b"\n".join(fixed.split(b"\n")[i] for i in (0, 2, 5)) + b"\n"
    r = upload(ana, with_new)
    assert r.status_code == 303, r.text  # type: ignore[attr-defined]
    assert r.headers["location"] == "/web/events/night?done=attendees_imported&v=2"  # type: ignore[attr-defined]
    assert len(community.events.events.attendees("night")) == 6


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "choose a CSV file"),
        (b"\xff\xfe", "UTF-8"),
        (b"id,name\n", "no rows"),
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


@pytest.mark.parametrize("lang", LANGS)
def test_rounds_figures_no_show_and_replanning(
    clients: dict[str, TestClient], community: Community, lang: str
) -> None:
    ana = clients["ana"]
    ana.get(f"/web/events?lang={lang}")
    _planned(ana, rounds=3)
    t = translator(lang)
    r = ana.get("/web/events/night?done=rounds_planned")
    html = unescape(r.text)
    assert r.status_code == 200 and html_lang(r.text) == lang and unlabelled(r.text) == []
    events = community.events
    summary = events.events.summary("night", "rounds")
    assert summary is not None
    figures = {}
    for name in ("score", "bound", "greedy"):  # 0.123 in English, 0,123 in French
        m = re.search(rf'id="fig-{name}">(\d+[.,]\d{{3}})<', html)
        assert m, name
        assert ("," in m.group(1)) == (lang == "fr")
        figures[name] = float(m.group(1).replace(",", "."))
    assert figures["score"] == pytest.approx(summary["score"], abs=1e-3)
    assert figures["bound"] == pytest.approx(summary["bound"], abs=1e-3)
    assert figures["greedy"] == pytest.approx(summary["greedy_score"], abs=1e-3)
    assert figures["score"] <= figures["bound"] + 1e-6
    for heading in (
        "Average score per attendee",
        "Worst average",
        "Worst meeting",
        "Sought roles met",
    ):
        assert t.gettext(heading) in html
    assert html.count('<table class="round"') == 3
    round1 = re.search(r'<table class="round" id="round-1">.*?</table>', r.text, re.S)
    assert round1
    # bob is a no-show from round 2; re-plan from round 2: round 1 stays as it was
    r = post(ana, "/web/events/night/status", {"profile": "bob", "status": "no-show", "round": "2"})
    assert r.status_code == 303
    r = post(ana, "/web/events/night/rounds", {"rounds": "3", "from_round": "2"})
    assert r.headers["location"].startswith("/web/events/night?done=rounds_replanned&v=2")
    after = ana.get(r.headers["location"]).text
    assert t.gettext(
        "The rounds are re-planned from round %(v)s; the earlier ones are unchanged.", v=2
    ) in unescape(after)
    assert t.gettext("Re-planned from round %(n)s.", n=2) in unescape(after)
    again = re.search(r'<table class="round" id="round-1">.*?</table>', after, re.S)
    assert again and again.group(0) == round1.group(0)
    later = re.findall(r'<table class="round" id="round-[23]">.*?</table>', after, re.S)
    assert len(later) == 2 and all("Bob" not in x for x in later)
    assert label(t, "attendee_status", "no-show") in unescape(after)
    # a re-plan that would leave a gap is refused next to its field
    r = post(ana, "/web/events/night/rounds", {"rounds": "5", "from_round": "5"})
    assert r.status_code == 422 and error_for(r.text, "p-from")
    assert value_of(r.text, "p-from") == "5"
    r = post(ana, "/web/events/night/rounds", {"rounds": "x"})
    assert r.status_code == 422 and error_for(r.text, "p-rounds")
    r = post(ana, "/web/events/night/status", {"profile": "zed", "status": "late", "round": "2"})
    assert r.status_code == 422
    r = post(ana, "/web/events/night/status", {"profile": "ev003", "status": "late", "round": "3"})
    assert r.status_code == 303
    assert t.gettext("arrives at round %(n)s", n=3) in unescape(ana.get("/web/events/night").text)


@pytest.mark.parametrize("lang", LANGS)
def test_teams_with_a_required_role(
    clients: dict[str, TestClient], community: Community, lang: str
) -> None:
    ana = clients["ana"]
    ana.get(f"/web/events?lang={lang}")
    _planned(ana, rounds=1)
    r = post(
        ana,
        "/web/events/night/teams",
        {"size": "3", "required_roles": "tech", "balance": "1", "time_limit": "2"},
    )
    assert r.status_code == 303, r.text
    html = unescape(ana.get(r.headers["location"]).text)
    teams = community.events.teams("night", actor=Actor("ana"))
    assert len(teams) == 3
    assert html.count('<tr><td class="num">') >= 3
    assert (
        translator(lang)
        .gettext(
            "Score %(score)s (the greedy seating improved by swaps: %(greedy)s); strength spread between teams %(spread)s. The solver's objective, the score minus the balance times the spread, is %(objective)s: within %(gap)s of its upper bound %(bound)s."
        )
        .split("%")[0]
        in html
    )
    assert label(translator(lang), "role", "tech") in html
    assert value_of(html, "t-size") == "3" and 'value="tech" checked' in html  # the last choice
    r = post(ana, "/web/events/night/teams", {"size": "1", "required_roles": "tech"})
    assert r.status_code == 422 and error_for(r.text, "t-size")
    assert 'value="tech" checked' in r.text  # the choice is kept
    r = post(ana, "/web/events/night/teams", {"size": "3", "required_roles": "wizard"})
    assert r.status_code == 422 and error_for(r.text, "f-required_roles")


def test_print_views_reuse_the_outputs(clients: dict[str, TestClient]) -> None:
    ana = clients["ana"]
    _planned(ana, rounds=2)
    page = ana.get("/web/events/night").text
    assert 'href="/web/events/night/print/agendas"' in page
    assert 'href="/web/events/night/print/cards"' in page
    r = ana.get("/web/events/night/print/agendas")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert r.text.count('<section class="page">') == 9  # one page per attendee
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
    assert t.gettext("My agenda · %(event)s", event="Demo night") in html
    for n in (1, 2, 3):
        assert t.gettext("Round %(n)s", n=n) in html
    assert t.gettext("Why you should meet:") in html
    # whom bob meets is shown; nobody else's agenda, no organiser section or figure
    agenda = community.events.agenda("night", "bob", actor=Actor("bob"))
    met = {m.with_name for item in agenda for m in item.meetings}
    assert met and all(name in html for name in met)
    names = community.events.names("night", actor=Actor("ana"))
    strangers = set(names.values()) - met - {"Bob"}
    assert strangers and not any(name in html for name in strangers)
    assert "fig-score" not in html and '<form method="post" action="/web/events/night' not in html
    assert "/web/events/night" in bob.get("/web/events").text
    # the printable copy: bob's page only
    r = bob.get("/web/events/night/print/agenda")
    assert r.status_code == 200 and r.text.count('<section class="page">') == 1
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
    client = TestClient(create_app(Settings(db=":memory:", encoder="fake"), community=community))
    r = client.get("/web/events/night", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/web/signin?next=")


def test_the_event_pages_have_a_label_for_every_status_and_odd_choice() -> None:
    assert set(FAMILIES["attendee_status"]) == set(STATUSES)
    assert set(FAMILIES["odd"]) == {"bye", "trio"}
