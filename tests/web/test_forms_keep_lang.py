"""Every form keeps the language the reader chose by ``?lang=``.

The shared form macro (``post_form``) sent its form to ``page.keep_lang(action)``, but the
forms written by hand (the avoid list, sign-in, the account, the venture's entries, the
organiser's pages...) posted to their bare address: a reader who reads French by a link's
``?lang=fr`` (without a language cookie: a browser that keeps none, or a cookie another
reader's language) got the English page back after sending one. Every form of these pages
now keeps it the one way (``Page.keep_lang``; a form that gets carries it in a hidden
``lang`` field, ``macros.html``'s ``lang_field``, as a browser drops the query of such a
form's action)."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.web.context import LANG_COOKIE
from matcher.community import Community
from tests.apps import client_over
from tests.events_day import ORG
from tests.ventures import create
from tests.web.pages import html_lang, post, sign_in


class Forms(HTMLParser):
    """The forms of a page: method, action and the names and values of hidden fields."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, object]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "form":
            self.forms.append(
                {"method": a.get("method", "get"), "action": a.get("action") or "", "hidden": {}}
            )
        elif tag == "input" and a.get("type") == "hidden" and self.forms:
            hidden = self.forms[-1]["hidden"]
            assert isinstance(hidden, dict)
            hidden[a.get("name")] = a.get("value")


def forms_of(html: str) -> list[dict[str, object]]:
    parser = Forms()
    parser.feed(html)
    return parser.forms


PAGES = [
    "/web/avoid",
    "/web/account",
    "/web/profile",
    "/web/collaborations",
    "/web/introductions",
    "/web/ventures/acme",
    "/web/ventures/acme/departure",
    "/web/events/night",
    "/web/events/night/edit",
    "/web/events/night/dashboard",
    "/web/events/night/checkin",
    "/web/events/night/invite",
]


@pytest.fixture
def member(day: Community) -> TestClient:
    create(day.equity, "acme", "p00", "Acme")
    client = client_over(day)
    sign_in(client, day.security.create_token(ORG.profile_id or ""))
    return client


@pytest.mark.parametrize("path", PAGES)
def test_every_form_of_a_page_read_by_lang_keeps_it(member: TestClient, path: str) -> None:
    sep = "&" if "?" in path else "?"
    r = member.get(f"{path}{sep}lang=fr")
    assert r.status_code == 200, (path, r.status_code, r.text[-1500:])
    forms = forms_of(r.text)
    assert forms, f"{path}: no form"
    for form in forms:
        action = unescape(str(form["action"]))
        if form["method"] == "post":
            assert re.search(r"[?&]lang=fr\b", action), (path, action)
        else:
            assert form["hidden"] == {**form["hidden"], "lang": "fr"}, (path, form)  # type: ignore[dict-item]
    # read by the cookie or the browser's language, nothing is added
    plain = member.get(path, headers={"Accept-Language": "fr"})
    assert all("lang=" not in str(f["action"]) for f in forms_of(plain.text)), path


def _action(html: str, ends: str) -> str:
    return next(
        unescape(str(f["action"]))
        for f in forms_of(html)
        if unescape(str(f["action"])).split("?")[0].endswith(ends)
    )


def test_a_french_form_sent_without_a_language_cookie_leads_to_a_french_page(
    member: TestClient,
) -> None:
    page = member.get("/web/avoid?lang=fr").text
    action = _action(page, "/web/avoid")
    member.cookies.delete(LANG_COOKIE)  # a browser that keeps no language cookie
    # a refusal shows the page again, in French
    r = post(member, action, {"other": "nobody-here"})
    assert r.status_code == 422 and html_lang(r.text) == "fr", r.text[-1500:]
    assert "nobody-here" in unescape(r.text)
    # a success leads to the list, in French
    member.cookies.delete(LANG_COOKIE)
    r = post(member, action, {"other": "p02"})
    assert r.status_code == 303 and "lang=fr" in r.headers["location"], r.headers
    member.cookies.delete(LANG_COOKIE)
    shown = member.get(r.headers["location"])
    assert html_lang(shown.text) == "fr", shown.text[-1500:]


def test_a_french_form_that_gets_keeps_the_language(member: TestClient) -> None:
    page = member.get("/web/events/night/checkin?lang=fr").text
    (form,) = [f for f in forms_of(page) if f["method"] == "get"]
    member.cookies.delete(LANG_COOKIE)
    fields = {**form["hidden"], "code": "ZZZZ-ZZZZ"}  # type: ignore[dict-item]
    r = member.get(unescape(str(form["action"])), params=fields)
    assert html_lang(r.text) == "fr", r.text[-1500:]


def test_the_sign_in_form_keeps_the_language_of_a_signed_out_reader(day: Community) -> None:
    client = client_over(day)
    page = client.get("/web/signin?lang=fr").text
    action = _action(page, "/web/signin")
    client.cookies.delete(LANG_COOKIE)
    r = post(client, action, {"token": "not-a-token"})
    assert r.status_code in (401, 403, 422) and html_lang(r.text) == "fr", r.text[-1500:]


def test_no_template_writes_a_form_that_drops_the_language() -> None:
    """Each ``<form>`` of the templates (the pages above and the rest: a reset, an
    unsubscribe, a thread...) keeps ``?lang=`` the one way: ``page.keep_lang`` in its action
    (posting), ``m.lang_field(page)`` right after its tag (getting)."""
    folder = Path(__file__).parents[2] / "api" / "web" / "templates"
    tags = [
        (p.name, m.group(0), p.read_text()[m.end() : m.end() + 40])
        for p in sorted(folder.glob("*.html"))
        for m in re.finditer(r"<form\b[^>]*>", p.read_text())
    ]
    assert len(tags) > 50
    for name, tag, after in tags:
        if 'method="get"' in tag:
            assert after.startswith("{{ m.lang_field(page) }}"), (name, tag)
        else:
            assert "page.keep_lang(" in tag, (name, tag)
