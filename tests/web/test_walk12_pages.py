"""What last session's walks left open on the pages (walk12), through the app (TestClient),
in French and English: forms sent twice, hints that name commands, removals that removed
nothing, an ended event's import form, plurals, the time zone's words."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.apps import app_over, client_over
from tests.support import accounts_community
from tests.web.pages import browser, post
from tests.web.test_account_pages import PASSWORD, join


@pytest.fixture
def app(community: Community) -> TestClient:
    return client_over(community)


def _hidden(html: str, name: str, form: str = "") -> str:
    """The hidden ``name`` of the form posting to ``form`` (the page's first one if empty)."""
    if form:
        start = html.find(f'action="{form}"')
        assert start >= 0, f"no form to {form}"
        html = html[start:]
    m = re.search(rf'<input type="hidden" name="{name}" value="([^"]*)"', html)
    assert m, f"no hidden {name}"
    return m[1]


# ------------------------------------------------------------- sent twice (1)
@pytest.fixture
def accounts() -> Community:
    return accounts_community()


def _signed_up(c: Community) -> tuple[TestClient, str]:
    """A browser signed up (with a password) through the pages, and its member id."""
    client = TestClient(app_over(c))  # type: ignore[arg-type]
    return client, join(client, "Ana", "ana@example.org", c)


def test_a_token_asked_twice_is_one_token_shown_both_times(accounts: Community) -> None:
    """A double tap on "Create a token" made two tokens (the browser shows the second; the
    first, never seen, stayed valid until its expiry). The form carries a one-time key: the
    second sending shows the page of the first, the same token, and one token exists."""
    ana, member = _signed_up(accounts)
    key = _hidden(ana.get("/web/account").text, "once", "/web/account/tokens")
    form = {"label": "laptop", "token_password": PASSWORD, "once": key}
    first = post(ana, "/web/account/tokens", form)
    again = post(ana, "/web/account/tokens", form)
    assert first.status_code == again.status_code == 201, unescape(again.text)[-600:]
    token = re.findall(r'id="new-token"[^>]*value="(cf1_[^"]+)"', first.text)
    assert token and token == re.findall(r'id="new-token"[^>]*value="(cf1_[^"]+)"', again.text)
    assert len(accounts.security.tokens(member, actor=Actor(member))) == 1
    fresh = _hidden(ana.get("/web/account").text, "once", "/web/account/tokens")
    assert post(ana, "/web/account/tokens", {**form, "once": fresh}).status_code == 201
    assert len(accounts.security.tokens(member, actor=Actor(member))) == 2


def test_an_invitation_asked_twice_is_one_link(accounts: Community) -> None:
    """A double tap on "Create an invitation link" made two links; now one."""
    ana, member = _signed_up(accounts)
    key = _hidden(ana.get("/web/account").text, "once", "/web/account/invitations")
    form = {"days": "7", "uses": "", "label": "march", "once": key}
    first = post(ana, "/web/account/invitations", form)
    again = post(ana, "/web/account/invitations", form)
    assert first.status_code == again.status_code == 303
    assert again.headers["location"] == first.headers["location"]
    assert len(accounts.accounts.invitations(member, actor=Actor(member))) == 1


def test_a_collaboration_proposed_twice_is_one_proposal_and_no_error(
    app: TestClient, community: Community
) -> None:
    """A double tap on "Propose" proposed the collaboration, then answered the second tap
    that a proposal to this person waits for their answer, so the member believed it had
    failed; both taps now lead to the proposal made."""
    ana = browser(app, community, "ana")
    key = _hidden(ana.get("/web/collaborations").text, "once", "/web/collaborations")
    form = {"partner": "bob", "project": "Acme", "started": "2024-01-01", "once": key}
    form |= {"ended": "", "rating": "", "note": ""}
    first = post(ana, "/web/collaborations", form)
    again = post(ana, "/web/collaborations", form)
    assert first.status_code == again.status_code == 303, unescape(again.text)[-600:]
    assert again.headers["location"] == first.headers["location"]
    assert len(community.trust.collaborations("ana", actor=Actor("ana"))) == 1


# --------------------------------------------------------------- avoid list (3)
@pytest.mark.parametrize(
    ("lang", "says"),
    [("en", "Bob was not on your avoid list"), ("fr", "Bob n’était pas sur votre liste")],
)
def test_removing_someone_not_on_the_avoid_list_says_so(
    app: TestClient, community: Community, lang: str, says: str
) -> None:
    """The remove button sent again (a second tab, the back button) said "Bob is off your
    avoid list" though Bob was not on it; it now says that he was not on it."""
    ana = browser(app, community, "ana")
    r = post(ana, "/web/avoid/bob/remove")
    assert r.status_code == 303
    page = unescape(ana.get(r.headers["location"] + f"&lang={lang}").text)
    assert says in page.replace("'", "’"), page[page.find('class="flash') :][:300]
    assert "off your avoid list" not in page


# ------------------------------------------------- hints for another shell (2)
@pytest.mark.parametrize(
    ("path", "form", "says", "not_said"),
    [
        (
            "entries/999/approve",
            {},
            ["No entry 999", "ledger on this page"],
            ["list the ledger"],
        ),
        (
            "departures/bob/answer",
            {"answer": "acknowledge", "note": ""},
            ["Only 'bob' may acknowledge or dispute their departure"],
            ["token"],
        ),
    ],
)
def test_an_english_page_never_tells_what_to_do_with_a_token_or_a_command(
    app: TestClient,
    community: Community,
    path: str,
    form: dict[str, str],
    says: list[str],
    not_said: list[str],
) -> None:
    """The pages showed the services' hints written for the API and the command line: "use
    the leaver's own token" to a member who pressed a button, "list the ledger to see the
    entry ids" beside the ledger. A hint that speaks of a token, a command, an option or a
    route is left out; the page says what to do on the page where it has words for it."""
    from tests.ventures import START, create, join

    create(community.equity, "acme", "ana", "Acme", start=START)
    join(community.equity, "acme", "bob")
    ana = browser(app, community, "ana")
    r = post(ana, f"/web/ventures/acme/{path}?lang=en", form)
    assert r.status_code in (403, 404), r.status_code
    said = " ".join(re.findall(r'<p class="error"[^>]*>(.*?)</p>', unescape(r.text), re.S))
    said = said or unescape(r.text)[unescape(r.text).find("<main") :][:800]
    for words in says:
        assert words in said, said
    for words in not_said:
        assert words not in said, said


def test_a_departure_answered_by_someone_else_is_told_so_in_french(
    app: TestClient, community: Community
) -> None:
    """In French, the refusal said "only an owner may do this (a member records their own
    resignation)", the sentence of another refusal on the same field: it says now that only
    the leaver answers their departure."""
    from tests.ventures import START, create, join

    create(community.equity, "acme", "ana", "Acme", start=START)
    join(community.equity, "acme", "bob")
    ana = browser(app, community, "ana")
    form = {"answer": "acknowledge", "note": ""}
    r = post(ana, "/web/ventures/acme/departures/bob/answer?lang=fr", form)
    page = unescape(r.text)
    main = page[page.find("<main") :][:600]
    assert r.status_code == 403 and "Seul le membre qui part" in page, main


@pytest.mark.parametrize(
    ("lang", "says"), [("en", "This token does not work"), ("fr", "Ce jeton ne fonctionne pas")]
)
def test_a_wrong_token_pasted_to_claim_a_profile_is_told_in_the_pages_language(
    accounts: Community, lang: str, says: str
) -> None:
    """A wrong token pasted in the account page's claim form was told in English on the
    French page ("Refusé : token is unknown, revoked, expired or not a member's")."""
    client = TestClient(app_over(accounts))  # type: ignore[arg-type]
    form = {"name": "Ana", "email": "ana@example.org", "password": PASSWORD}
    assert post(client, "/web/signup", form).status_code == 303
    r = post(client, f"/web/account/claim?lang={lang}", {"token": "cf1_" + "a" * 40})
    said = " ".join(re.findall(r'<p class="error"[^>]*>(.*?)</p>', unescape(r.text), re.S))
    assert r.status_code == 422 and says in said and "Refusé" not in said, said


@pytest.mark.parametrize(
    "path", ["tokens/gone1/revoke", "sessions/gone1/end", "invitations/gone1/revoke"]
)
def test_revoking_something_already_gone_says_what_to_do_on_the_page(
    app: TestClient, community: Community, path: str
) -> None:
    """A revoke button of the account page sent again (a second tab) said "list your own to
    see their ids" (or "list your invitations to find its id"), the API's way: the page
    says to reload it."""
    ana = browser(app, community, "ana")
    r = post(ana, f"/web/account/{path}?lang=en")
    said = unescape(r.text)
    assert r.status_code == 404 and "list your" not in said
    assert "reload the page" in said, said[said.find("<main") :][:600]


def test_a_venture_started_twice_from_an_introduction_is_one_venture(
    app: TestClient, community: Community
) -> None:
    """A double tap on "Start the venture" under an accepted introduction made two ventures,
    each with its own random id; both taps now lead to the one venture."""
    intro = community.trust.request_introduction("ana", "bob", message="hi", actor=Actor("ana"))
    community.trust.answer_introduction(intro.id, True, actor=Actor("bob"))
    ana = browser(app, community, "ana")
    path = f"/web/introductions/{intro.id}/venture"
    key = _hidden(ana.get("/web/introductions").text, "once", path)
    form = {"venture": "", "name": "Acme", "once": key}
    first, again = post(ana, path, form), post(ana, path, form)
    assert first.status_code == again.status_code == 303, unescape(again.text)[-600:]
    assert again.headers["location"] == first.headers["location"]
    assert len(community.equity.ventures_of("ana", actor=Actor("ana"))) == 1
