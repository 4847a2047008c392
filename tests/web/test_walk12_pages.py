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
