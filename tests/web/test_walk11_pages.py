"""What a red-team walk found on the pages (walk11), through the app (TestClient), in
French and English: a tampered save/skip button, a create form sent twice."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over
from tests.ventures import START, create, join
from tests.web.pages import browser, error_for, post


@pytest.fixture
def app(community: Community) -> TestClient:
    return client_over(community)


@pytest.mark.parametrize(
    ("lang", "mark", "says"),
    [
        (
            "fr",
            "liked",
            ["Repère", "«\u00a0liked\u00a0»", "enregistrer, écarter", "boutons de la page"],
        ),
        ("fr", "", ["Choisissez", "enregistrer, écarter", "boutons de la page"]),
        ("en", "liked", ["Mark", "“liked”", "save, skip", "page's buttons"]),
        ("en", "", ["Choose", "save, skip", "page's buttons"]),
    ],
)
def test_a_tampered_mark_is_told_in_the_pages_language(
    app: TestClient, community: Community, lang: str, mark: str, says: list[str]
) -> None:
    """The save/skip buttons carry the mark; a form sent with another value (or none) was
    told in English on a French page ("Refusé : mark must be saved, skipped or none (got
    'liked'); use the page's buttons") and named the mark by its code, not by its buttons;
    now one sentence in the page's language names the field, the value and the choices.
    Nothing is marked."""
    ana = browser(app, community, "ana")
    r = post(ana, f"/web/people/bob/mark?lang={lang}", {"mark": mark, "next": ""})
    assert r.status_code == 422
    text = unescape(r.text)
    for said in says:
        assert said in text, (said, text[text.find('class="error') :][:400])
    assert "must be" not in text and "got '" not in text
    assert "bob" not in community.loop.loop.marks("ana")


def _hidden(html: str, name: str) -> str:
    m = re.search(rf'<input type="hidden" name="{name}" value="([^"]*)"', html)
    assert m, f"no hidden {name}"
    return m[1]


CREATE_FORMS = {
    "venture": ("/web/ventures", {"venture": "", "name": "Acme", "start": "2024-01-01"}),
    "event": (
        "/web/events",
        {"event": "", "name": "Demo night", "date": "2026-12-01", "start": "18:00"},
    ),
}


def _mine(community: Community, kind: str) -> list[str]:
    if kind == "venture":
        return [v.id for v in community.equity.ventures_of("ana", actor=Actor("ana"))]
    return [e.id for e in community.events.my_events(actor=Actor("ana"))]


@pytest.mark.parametrize("kind", sorted(CREATE_FORMS))
def test_a_create_form_sent_twice_creates_one_thing(
    app: TestClient, community: Community, kind: str
) -> None:
    """A double tap on "Create" (or the form sent again after the back button) made two
    ventures, or two events, each with its own random id: the form now carries a one-time
    key, and the same form sent again leads to what the first one created. A new form (a
    new key), or the same key with other values, creates another."""
    path, fields = CREATE_FORMS[kind]
    ana = browser(app, community, "ana")
    key = _hidden(ana.get(path).text, "once")
    first = post(ana, path, {**fields, "once": key})
    again = post(ana, path, {**fields, "once": key})
    assert first.status_code == again.status_code == 303, again.text[:300]
    assert again.headers["location"] == first.headers["location"]
    assert len(_mine(community, kind)) == 1
    other = post(ana, path, {**fields, "name": "Other", "once": key})  # back, edited, sent
    assert other.status_code == 303 and other.headers["location"] != first.headers["location"]
    fresh = post(ana, path, {**fields, "once": _hidden(ana.get(path).text, "once")})
    assert fresh.status_code == 303
    assert len(set(_mine(community, kind))) == 3


def test_a_refused_create_form_leaves_its_key_free(app: TestClient, community: Community) -> None:
    """A form refused for a bad field is corrected and sent again with the same key: it
    creates the venture (the key is taken only by a form that created something)."""
    ana = browser(app, community, "ana")
    key = _hidden(ana.get("/web/ventures").text, "once")
    bad = post(ana, "/web/ventures", {"name": "Acme", "start": "2024-02-30", "once": key})
    assert bad.status_code == 422
    good = post(ana, "/web/ventures", {"name": "Acme", "start": "2024-02-29", "once": key})
    assert good.status_code == 303 and len(_mine(community, "venture")) == 1


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_time_without_a_salary_names_the_form_that_sets_it(
    app: TestClient, community: Community, lang: str
) -> None:
    """Time posted for a member with no fair market salary yet was told to run "pie rate
    set", a command that does not exist (the CLI's is ``venture rate set``), on the English
    page and in the API's hint alike: the fix is now said without a command's name."""
    create(community.equity, "acme", "ana", "Acme", start=START)
    ana = browser(app, community, "ana")
    entry = {"key": "k1", "member": "ana", "kind": "time", "on": "2024-01-08", "hours": "4"}
    r = post(ana, f"/web/ventures/acme/entries?lang={lang}", entry)
    assert r.status_code == 422
    said = error_for(r.text, "f-hours") or error_for(r.text, "f-member") or unescape(r.text)
    assert "pie rate set" not in unescape(r.text)
    assert ("salary" if lang == "en" else "salaire") in said
    token = community.security.create_token("ana")
    api = app.post(
        "/ventures/acme/entries",
        json={k: v for k, v in entry.items() if k != "key"},
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": "k1"},
    )
    assert api.status_code == 422 and "pie rate set" not in api.text
    assert "salary" in api.json()["hint"]


def test_an_introduction_asked_twice_is_one_request_and_no_error(
    app: TestClient, community: Community
) -> None:
    """A double tap on "Ask for an introduction" sent the request, then answered the second
    tap with an error page ("you already asked to meet bob"), so the member believed the
    request had failed; the form sent twice now leads both times to the request sent."""
    ana = browser(app, community, "ana")
    key = _hidden(ana.get("/web/introductions/new?target=bob").text, "once")
    form = {"target": "bob", "connector": "", "message": "Hello", "once": key}
    first, again = post(ana, "/web/introductions", form), post(ana, "/web/introductions", form)
    assert first.status_code == again.status_code == 303, unescape(again.text)[-600:]
    assert again.headers["location"] == first.headers["location"]
    assert len(community.trust.introductions("ana", actor=Actor("ana"))) == 1


def test_a_salary_saved_twice_is_one_rate_and_no_error(
    app: TestClient, community: Community
) -> None:
    """A double tap on "Save the salary" saved it, then answered the second tap that the
    member "already has a rate effective" that day; now both lead to the saved salary."""
    create(community.equity, "acme", "ana", "Acme", start=START)
    ana = browser(app, community, "ana")
    key = _hidden(ana.get("/web/ventures/acme").text, "once")
    form = {"member": "ana", "effective": "2024-01-01", "salary": "90000", "paid_salary": ""}
    form["once"] = key
    path = "/web/ventures/acme/rates"
    first, again = post(ana, path, form), post(ana, path, form)
    assert first.status_code == again.status_code == 303, unescape(again.text)[-600:]
    assert again.headers["location"] == first.headers["location"]


def test_a_departure_recorded_twice_is_one_departure_and_no_error(
    app: TestClient, community: Community
) -> None:
    """A double tap on "Record this departure" recorded it, then answered the second tap
    with "Not possible for this member: ... already left": the owner could not tell whether
    the departure was recorded. Both taps now lead to the venture, the departure recorded."""
    create(community.equity, "acme", "ana", "Acme", start=START)
    join(community.equity, "acme", "bob")
    ana = browser(app, community, "ana")
    asked = "/web/ventures/acme/departure?member=bob&on=2024-03-01&reason=fired-without-cause"
    preview = ana.get(asked).text
    form = {name: _hidden(preview, name) for name in ("member", "on", "reason", "once")}
    path = "/web/ventures/acme/departures"
    first, again = post(ana, path, form), post(ana, path, form)
    assert first.status_code == again.status_code == 303, unescape(again.text)[-600:]
    assert again.headers["location"] == first.headers["location"]
    records = community.equity.departures("acme", actor=Actor("ana"))
    assert [d.report.departure.member for d in records] == ["bob"]


@pytest.mark.parametrize(
    ("lang", "says"),
    [("en", "still being sent"), ("fr", "encore en cours d\u2019envoi")],
)
def test_a_form_sent_while_its_first_sending_runs_is_told_to_wait(
    community: Community, lang: str, says: str
) -> None:
    """The second tap arrives while the first is still being worked on (its key claimed, no
    answer stored yet): it waits for the first, and past the wait it is told, in the page's
    language, that the form is still being sent; nothing is created twice."""
    from api.settings import Settings
    from api.web.once import FIELD
    from matcher.security import request_fingerprint

    settings = Settings(db=":memory:", encoder="fake", idempotency_wait=0)
    app = client_over(community, settings)
    ana = browser(app, community, "ana")
    form = {"name": "Acme", "start": "2024-01-01", FIELD: "k-held"}
    held = urlencode(sorted((k, v) for k, v in form.items() if k != FIELD)).encode()
    community.idempotency.begin(
        "web\x00ana", "k-held", request_fingerprint("POST", "/web/ventures", held)
    )
    r = post(ana, f"/web/ventures?lang={lang}", form)
    assert r.status_code == 409 and says in unescape(r.text).replace("'", "\u2019")
    assert _mine(community, "venture") == []


@pytest.mark.parametrize(
    ("lang", "says"), [("en", "March 1, 2024"), ("fr", "termine le projet le 1er mars 2024")]
)
def test_a_confirmation_of_an_end_declined_confirms_no_other_end(
    app: TestClient, community: Community, lang: str, says: str
) -> None:
    """Bob reads the proposal to end the venture on 1 June (his page's form carries the
    ledger's fingerprint), declines it; Ana proposes 1 March instead, for the same ledger.
    The old form, sent from a tab left open, ended the venture on 1 March, a date Bob never
    confirmed: the fingerprint names the ledger, not the proposal. Now the form names its
    proposal, and an old one is refused with the day of the proposal now open."""
    create(community.equity, "acme", "ana", "Acme", start=START)
    join(community.equity, "acme", "bob")
    ana, bob = browser(app, community, "ana"), browser(app, community, "bob")
    end = "/web/ventures/acme/end"
    assert post(ana, end, {"ended_on": "2024-06-01"}).status_code == 303
    page = bob.get("/web/ventures/acme").text
    old = {n: _hidden(page, n) for n in ("ledger_hash", "proposal")}
    assert post(bob, f"{end}/decline", {"reason": "not yet"}).status_code == 303
    assert post(ana, end, {"ended_on": "2024-03-01"}).status_code == 303
    r = post(bob, f"{end}/confirm?lang={lang}", old)
    assert r.status_code == 409 and says in unescape(r.text), re.findall(
        r"role=\"alert\">(.*?)</p>", r.text, re.S
    )
    record = community.equity.end_record("acme", actor=Actor("ana"))
    assert record is not None and record.status == "proposed"
