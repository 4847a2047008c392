"""What an organiser's walk before and after the day found, through the app (TestClient) and
the CLI, over the ``day`` fixture (the event ``night`` in Paris, organiser p00, p01-p10
invited): each test fails without its fix."""

from __future__ import annotations

import datetime as dt
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.cli import app as cli
from api.web.i18n import LANGS, translator
from api.web.letters import letters
from embeddings.encoder import FakeEncoder
from matcher.community import Community
from matcher.errors import InvalidInput
from matcher.mail import MailSettings
from tests.apps import client_over
from tests.conftest import person
from tests.events_day import DAY, ORG, Clock, reading_both
from tests.mailserver import body, smtp_server
from tests.web.pages import csrf, error_for, post, sign_in, value_of


def _client(day: Community, who: str | None = None) -> TestClient:
    client = client_over(day)
    if who:
        sign_in(client, day.security.create_token(who))
    return client


@pytest.mark.parametrize("lang", LANGS)
def test_a_date_out_of_the_events_years_is_refused_not_a_500(day: Community, lang: str) -> None:
    """An event on 31 December 9999 at 23:50 in Kiritimati (UTC+14) was created, then every
    page that says its clock times answered 500 (the last round ends past year 9999)."""
    org = _client(day, "p00")
    fields = {
        "name": "Far",
        "date": "9999-12-31",
        "start": "23:50",
        "timezone": "Pacific/Kiritimati",
    }
    r = post(org, f"/web/events?lang={lang}", fields)
    assert r.status_code == 422 and value_of(r.text, "f-date") == "9999-12-31"
    said = unescape(error_for(r.text, "f-date"))
    if lang == "en":
        assert "2000-01-01 to 2099-12-31" in said and "9999-12-31" in said
    else:
        t = translator(lang)
        assert t.date(dt.date(2000, 1, 1)) in said and t.date(dt.date(2099, 12, 31)) in said
    r = post(org, f"/web/events/night/edit?lang={lang}", {"date": "0001-01-01"})
    assert r.status_code == 422 and value_of(r.text, "f-date") == "0001-01-01"
    with pytest.raises(InvalidInput, match="2000-01-01 to 2099-12-31"):
        day.events.update_event("night", {"date": "2100-01-01"}, actor=ORG)


ROOM_FILE = (
    "name,email,offers,needs\n"
    "Ana,ana@example.org,python code,sales customers\n"
    "Bob,bob@example.org,sales customers,python code\n"
    "Cyd,cyd@example.org,design brand,finance investors\n"
)


@pytest.mark.parametrize("lang", LANGS)
def test_checking_a_file_says_the_event_would_be_too_big(
    day: Community, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Check the file" said "No problem" for more people than an event holds, then "Import"
    refused the same file (and in French the refusal spoke of a plan needing 2 attendees)."""
    monkeypatch.setattr("matcher.events.service.MAX_ATTENDEES", 12)
    org = _client(day, "p00")
    before = len(day.events.events.attendees("night"))
    for action in ("check", "import"):
        r = org.post(
            f"/web/events/night/import?lang={lang}",
            data={"csrf": csrf(org), "action": action},
            files={"file": ("inscrits.csv", ROOM_FILE.encode(), "text/csv")},
            follow_redirects=False,
        )
        assert r.status_code == 422, (action, r.status_code)
        said = unescape(error_for(r.text, "f-file"))
        t = translator(lang)
        assert said == t.gettext(
            "An event has at most %(high)s attendees: split the file, or the event into several.",
            high="12",
        )
    assert len(day.events.events.attendees("night")) == before
    with pytest.raises(InvalidInput, match="got 13"):
        day.events.import_csv("night", ROOM_FILE, actor=ORG, dry_run=True)


def test_a_cell_too_long_in_an_attendee_file_is_told_so_in_french(day: Community) -> None:
    """In French, an 'offers' cell of 2,500 characters was told "Dites ce que vous apportez."
    (the sentence for an empty one): the line's length and limit were lost on the way."""
    org = _client(day, "p00")
    data = "nom,e-mail,apporte,cherche\n" + f"Zoé,zoe@example.org,{'x' * 2500},design\n"
    r = org.post(
        "/web/events/night/import?lang=fr",
        data={"csrf": csrf(org), "action": "check"},
        files={"file": ("inscrits.csv", data.encode(), "text/csv")},
    )
    page = unescape(r.text)
    t = translator("fr")
    limit = day.events.import_csv("night", data, actor=ORG, dry_run=True).lines[0].problems[0]
    assert limit.length == 2500 and limit.limit is not None
    said = t.gettext(
        "This is %(length)s characters long; the limit is %(limit)s: shorten it.",
        length=t.integer(2500),
        limit=t.integer(limit.limit),
    )
    assert said in page and t.gettext("Say what you bring.") not in page


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Bar:-3", "place 'Bar': seats must be 1 to 1000 (got -3)"),
        ("Bar:2.5", "place 'Bar': seats must be a whole number (got '2.5')"),
        ("Bar:1e309", "place 'Bar': seats must be a whole number (got '1e309')"),
        ("Bar:NaN", "place 'Bar': seats must be a whole number (got 'NaN')"),
    ],
)
def test_places_are_read_alike_on_the_page_and_the_command_line(
    day: Community, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, said: str
) -> None:
    """The page took 'Bar:-3' for a table named 'Bar:-3' while the command line refused it:
    two readers of 'Name:seats'. Both now read a place with the domain's one reader."""
    org = _client(day, "p00")
    r = post(org, "/web/events", {"name": "Night", "places": f"Loft:8\n{typed}"})
    assert r.status_code == 422, r.headers.get("location")
    assert value_of(r.text, "f-places") == f"Loft:8\n{typed}"
    assert said in unescape(r.text)
    monkeypatch.setenv("COFOUNDRY_DB", str(tmp_path / "cli.db"))
    monkeypatch.setenv("COFOUNDRY_ENCODER", "fake")
    out = CliRunner().invoke(cli, ["event", "create", "night", "--place", typed])
    assert out.exit_code != 0 and said in out.output
    out = CliRunner().invoke(cli, ["event", "create", "night", "--place", "Salle 2:Nord"])
    assert out.exit_code == 0, out.output
    assert "places: Salle 2:Nord" in out.output


def test_a_file_with_a_header_and_nobody_is_refused_alike_everywhere(
    day: Community, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file with its header line and no one under it: the page refused it (a rule of its
    own) while the API answered 200 and the CLI 'added 0 attendees'; and in French the page
    said 'choose a UTF-8 CSV file with a header line' of a file that has one."""
    header_only = b"nom;e-mail;apporte;cherche\r\n"
    api = _client(day)
    bearer = {"Authorization": f"Bearer {day.security.create_token('p00')}"}
    r = api.post(
        "/events/night/attendees/import?dry_run=true",
        content=header_only,
        headers={**bearer, "Content-Type": "text/csv"},
    )
    assert r.status_code == 422 and r.json()["field"] == "file", r.text
    assert "no line after its header" in r.json()["detail"]
    org = _client(day, "p00")
    r = org.post(
        "/web/events/night/import?lang=fr",
        data={"csrf": csrf(org), "action": "check"},
        files={"file": ("inscrits.csv", header_only, "text/csv")},
    )
    t = translator("fr")
    said = error_for(r.text, "f-file")
    assert r.status_code == 422
    assert said == t.gettext(
        "The file has only its header line: add one line per person under it, then import it again."
    )
    monkeypatch.setenv("COFOUNDRY_DB", str(tmp_path / "cli.db"))
    monkeypatch.setenv("COFOUNDRY_ENCODER", "fake")
    assert CliRunner().invoke(cli, ["event", "create", "night"]).exit_code == 0
    (tmp_path / "inscrits.csv").write_bytes(header_only)
    out = CliRunner().invoke(cli, ["event", "import", "night", str(tmp_path / "inscrits.csv")])
    assert out.exit_code != 0 and "no line after its header" in out.output


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 64, "the file is a spreadsheet workbook"),
    ],
)
def test_a_workbook_is_told_for_what_it_is(day: Community, body: bytes, said: str) -> None:
    """An .xlsx chosen instead of its CSV export was read as a 'CSV' whose header held NUL
    bytes, and refused with "the file has no line after its header"."""
    org = _client(day, "p00")
    r = org.post(
        "/web/events/night/import",
        data={"csrf": csrf(org), "action": "check"},
        files={"file": ("inscrits.xlsx", body, "application/octet-stream")},
    )
    assert r.status_code == 422 and said in error_for(r.text, "f-file")


def test_utf16_saved_without_its_byte_order_mark_is_read(day: Community) -> None:
    """Excel's 'Unicode text' minus its BOM (as some tools save it) was cut on NUL bytes and
    refused with a line of cells holding '\\x00A\\x00c...'."""
    text = "nom\te-mail\tapporte\tcherche\nZoé Lefèvre\tzoe@example.org\tpython code\tsales\n"
    report = day.events.import_csv("night", text.encode("utf-16-le"), actor=ORG, dry_run=True)
    assert [(x.name, x.outcome) for x in report.lines] == [("Zoé Lefèvre", "added")]


@pytest.mark.parametrize("lang", LANGS)
def test_an_old_invitation_link_says_to_ask_for_the_new_one(day: Community, lang: str) -> None:
    """Once the organiser made a new link, the old one answered, in French, "Aucun événement
    de ce nom parmi ceux que vous organisez ou auxquels vous participez": nothing about the
    link, nor what to do."""
    old = day.events.invitation("night", actor=ORG)
    new = day.events.invitation("night", actor=ORG, renew=True)
    guest = _client(day, "p11")
    r = guest.get(f"/web/invitations/{old}?lang={lang}")
    assert r.status_code == 404
    page = unescape(r.text)
    if lang == "en":
        assert "ask the organiser for a new link" in page
    else:
        t = translator(lang)
        assert (
            t.gettext(
                "This invitation link does not work: the organiser has made a new one, or it was copied wrong. Ask the organiser for the current link."
            )
            in page
        )
        assert t.gettext("No such event among those you organise or attend.") not in page
    assert guest.get(f"/web/invitations/{new}?lang={lang}").status_code == 200


@pytest.mark.parametrize("lang", LANGS)
def test_an_invitation_link_names_its_event_before_sign_in(day: Community, lang: str) -> None:
    """A visitor not signed in who opened an invitation link read "You are invited to a
    matchmaking event" and had to create an account to learn which one, what day and
    where; the link (about 60 random bits) now shows that, with the sign-in and sign-up
    buttons that come back to it. A wrong link says so at once, before any sign-up."""
    code = day.events.invitation("night", actor=ORG)
    event = day.events.invited_to(code, actor=ORG).event
    visitor = _client(day)
    r = visitor.get(f"/web/invitations/{code}?lang={lang}")
    assert r.status_code == 200
    page = unescape(r.text)
    t = translator(lang)
    assert t.gettext("Invitation: %(event)s") % {"event": event.name} in page
    assert event.date is not None and t.date(event.date, "full") in page
    assert f"/web/signup?next=%2Fweb%2Finvitations%2F{code}" in page
    assert 'name="answer"' not in page  # answering needs a profile
    other = "Y" if code[-1] == "X" else "X"
    wrong = visitor.get(f"/web/invitations/{code[:-1]}{other}?lang={lang}")
    assert wrong.status_code == 404
    # signed in without a profile yet: one button, to the profile that answers
    day.accounts.sign_up("Zoé", "zoe@example.org", "correct horse battery")
    r = post(
        visitor, "/web/signin", {"email": "zoe@example.org", "password": "correct horse battery"}
    )
    assert r.status_code == 303, r.text
    page = unescape(visitor.get(f"/web/invitations/{code}?lang={lang}").text)
    assert f"/web/profile/new?next=%2Fweb%2Finvitations%2F{code}" in page
    assert "/web/signin?next=" not in page and "/web/signup?next=" not in page


def test_an_invitation_email_says_when_and_where_in_the_readers_language() -> None:
    """The e-mail of an organiser's invitation said only "Kenza Cherif vous invite à
    l'événement Soirée des fondateurs. Répondez dans votre boîte de réception": not the day,
    the time nor the place, which the invited person needs first. Read from a real SMTP
    server (aiosmtpd), as it went over the wire."""
    site = "https://events.example.org"
    with smtp_server() as (smtp, port):
        mail = MailSettings(host="127.0.0.1", port=port, tls="none", timeout=5, public_url=site)
        may_1st = Clock(dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC))  # before the event
        c = Community(
            ":memory:", FakeEncoder(dim=32), mail=mail, compose=letters(site), clock=may_1st
        )
        c.profiles.import_profiles(
            [
                person("p00", email="org@example.org"),
                person("zoe", name="Zoé", languages="fr", email="zoe@example.org"),
                person("bob", name="Bob", languages="en", email="bob@example.org"),
            ]
        )
        c.events.create_event("night", "Soirée des fondateurs", actor=ORG, details=DAY)
        with c.db.transaction():  # their addresses proven, as a personal link answered does
            for pid in ("zoe", "bob"):
                c.accounts.store.prove(pid, f"{pid}@example.org", c.accounts.clock())
        c.events.add_attendees("night", ["zoe", "bob"], actor=ORG)
        assert c.mail.send_due().sent == 2
        got = {m["To"]: body(m) for m in smtp.wait(2)}
    fr, en = translator("fr"), translator("en")
    day = dt.date(2026, 5, 21)
    zoe, bob = got["zoe@example.org"], got["bob@example.org"]
    assert f"Quand\u00a0: {fr.date(day, 'full')} à 18:00 (heure de Paris)" in zoe
    assert "Où\u00a0: Loft, 5 parvis Alan Turing, Paris" in zoe
    assert f"When: {en.date(day, 'full')} at {en.time(dt.time(18, 0))} (Paris time)" in bob
    assert "Where: Loft, 5 parvis Alan Turing, Paris" in bob
    # the link opens the event's page, where the invitee answers, not the inbox
    for text in (zoe, bob):
        assert f"{site}/web/events/night\n" in text and f"{site}/web/inbox" not in text
    assert "Voyez-le et répondez sur sa page" in zoe and "answer on its page" in bob
    web = client_over(c)
    sign_in(web, c.security.create_token("zoe"))
    assert "Soirée des fondateurs" in web.get("/web/events/night").text  # she can see it


@pytest.mark.parametrize("lang", LANGS)
def test_adding_people_already_invited_says_so(day: Community, lang: str) -> None:
    """Adding by id someone already invited said "0 attendees added" ("0 inscription
    ajoutée"), which reads as a failure."""
    org = _client(day, "p00")
    r = post(org, f"/web/events/night/attendees?lang={lang}", {"ids": "p01, p02"})
    assert r.status_code == 303 and "done=attendees_already" in r.headers["location"]
    page = unescape(org.get(r.headers["location"]).text)
    said = translator(lang).gettext("Everyone you typed is already invited: nobody was added.")
    assert said in page


def test_an_import_problem_names_no_id_the_file_does_not_have(day: Community) -> None:
    """A file without an id column: each problem read "id 'zoe-1c2a3b': email is not an
    address", an id made by the import that the organiser never wrote."""
    data = "name,email,offers,needs\nZoé,not-an-address,python code,sales\n"
    [line] = day.events.import_csv("night", data, actor=ORG, dry_run=True).lines
    [problem] = line.problems
    assert problem.what.startswith("email") and line.id is not None
    assert line.id not in problem.detail
    with_ids = "id,name,email,offers,needs\nzoe,Zoé,not-an-address,python code,sales\n"
    [line] = day.events.import_csv("night", with_ids, actor=ORG, dry_run=True).lines
    assert "id 'zoe'" in line.problems[0].detail  # the file's own id helps find the line


@pytest.mark.parametrize(
    ("typed", "zone"), [("Paris", "Europe/Paris"), ("montréal", "America/Montreal")]
)
def test_a_city_typed_in_the_time_zone_field_is_its_zone(
    day: Community, typed: str, zone: str
) -> None:
    """The field says "Type a city to search, such as Paris or Montreal", but "Paris" typed
    and sent without picking "Europe/Paris" from the list (a phone's keyboard, no list) was
    refused as "not a known IANA time zone"."""
    org = _client(day, "p00")
    r = post(org, "/web/events", {"event": "soiree", "name": "Soirée", "timezone": typed})
    assert r.status_code == 303, error_for(r.text, "f-timezone")
    assert day.events.get_event("soiree", actor=ORG).event.timezone == zone
    r = post(org, "/web/events", {"event": "soiree-2", "name": "Soirée", "timezone": "Atlantis"})
    assert r.status_code == 422 and value_of(r.text, "f-timezone") == "Atlantis"


def test_printed_agendas_write_the_rounds_times_the_readers_way(day: Community) -> None:
    """The printed agendas wrote '18:00-18:10' to an English reader, whose event page says
    '6:00 PM'."""
    day.events.plan_rounds("night", rounds=2, actor=ORG)
    first = day.events.agenda("night", "p01", actor=ORG)[0]
    assert first.start is not None and first.end is not None
    org = _client(day, "p00")
    for lang in LANGS:
        reading_both(day, lang)  # each attendee's page is in the language they come first in
        t = translator(lang)
        page = unescape(org.get(f"/web/events/night/print/agendas?lang={lang}").text)
        assert f"{t.time(first.start)}\u2013{t.time(first.end)}" in page, lang


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "Thursday, May 21, 2026 at 6:00\u202fPM"), ("fr", "jeudi 21 mai 2026 à 18:00")],
)
def test_printed_pages_say_the_day_and_the_hour_as_a_sentence(
    day: Community, lang: str, said: str
) -> None:
    """The printed agendas and badges ran the day into the hour: "21 mai 2026 18:00
    (Europe/Paris)"; the day is now the event page's (with its weekday), then "à" / "at"."""
    reading_both(day, lang)
    day.events.plan_rounds("night", rounds=2, actor=ORG)
    org = _client(day, "p00")
    for path in ("print/agendas", "print/badges"):
        page = unescape(org.get(f"/web/events/night/{path}?lang={lang}").text)
        assert said in page, (path, lang)


@pytest.mark.parametrize("fairness", ["NaN", "1e309", "-1", "11"])
def test_a_replan_with_a_value_out_of_range_is_refused_before_its_confirmation(
    day: Community, fairness: str
) -> None:
    """Re-planning with a fairness of NaN (or 1e309) asked "Re-plan the rounds?" first, and
    only after the organiser confirmed said the fairness was wrong: the form is now refused
    at once, with the value kept and what to write, and the confirmation is never shown."""
    day.events.plan_rounds("night", rounds=2, actor=ORG)
    org = _client(day, "p00")
    r = post(org, "/web/events/night/rounds", {"rounds": "2", "fairness": fairness})
    assert r.status_code == 422, r.status_code
    t = translator("en")
    assert t.gettext("Re-plan the rounds of %(event)s?", event="Founders night") not in r.text
    assert error_for(r.text, "p-fairness") and value_of(r.text, "p-fairness") == fairness


def test_a_replan_from_round_1_does_not_speak_of_earlier_rounds(day: Community) -> None:
    """Re-planning everything said "The rounds are re-planned from round 1; the earlier ones
    are unchanged.": there are none before round 1."""
    day.events.plan_rounds("night", rounds=2, actor=ORG)
    org = _client(day, "p00")
    data = {"rounds": "2", "from_round": "1", "confirm": "yes"}
    r = post(org, "/web/events/night/rounds?lang=fr", data)
    assert r.status_code == 303
    page = unescape(org.get(r.headers["location"] + "&lang=fr").text)
    assert "les précédents sont inchangés" not in page
    assert "Tous les tours sont replanifiés." in page


@pytest.mark.parametrize("lang", LANGS)
def test_the_organisers_page_writes_an_ellipsis_not_three_dots(day: Community, lang: str) -> None:
    """The attendee file's help said "name, e-mail, offers, needs... (nom, … cherche...)":
    three full stops where every other page writes the ellipsis "…"."""
    org = _client(day, "p00")
    page = unescape(org.get(f"/web/events/night?lang={lang}").text)
    assert "..." not in page and "…" in page


@pytest.mark.parametrize("lang", LANGS)
def test_a_full_re_plan_from_a_round_that_has_started_is_refused_before_asking(
    day: Community, day_clock: Clock, lang: str
) -> None:
    """At 18:35 with round 3 on, the re-plan form offered round 1 and re-planned the rounds
    already held once confirmed; it now starts at round 4 and refuses 1 to 3 at once."""
    day.events.plan_rounds("night", rounds=5, actor=ORG)
    before = day.events.rounds("night", actor=ORG)
    day_clock.paris(18, 35)
    org = _client(day, "p00")
    page = org.get(f"/web/events/night?lang={lang}").text
    assert value_of(page, "p-from") == "4"
    for confirm in ("", "yes"):
        data = {"rounds": "5", "from_round": "2", "confirm": confirm}
        r = post(org, f"/web/events/night/rounds?lang={lang}", data)
        assert r.status_code == 422, r.status_code
        said = unescape(error_for(r.text, "p-from"))
        assert "4" in said and value_of(r.text, "p-from") == "2"
        assert ("a round that has started never changes" in said) == (lang == "en")
    assert day.events.rounds("night", actor=ORG) == before
