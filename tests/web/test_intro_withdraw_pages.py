"""Withdrawing an introduction request on the pages, in English and French: the requester's
button and its plain confirmation, the flash, the card that says it was withdrawn; the
target's and the connector's cards and inbox say so too, without asking for an answer any
more; a request no longer pending is refused on its card, never a 500."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from api.web.i18n import translator
from api.web.letters import letters
from matcher.access import Actor
from matcher.community import Community
from tests.apps import app_over
from tests.support import accounts_community
from tests.web.pages import post, sign_in

NAMES = {"ana": "Ana", "bob": "Bob", "dan": "Dan", "cyd": "Cyd"}


@pytest.fixture
def c() -> Community:
    c = accounts_community(compose=letters("http://testserver"))
    c.profiles.import_profiles(
        [{"id": p, "name": n, "offers": "sales", "needs": "python"} for p, n in NAMES.items()]
    )
    for a, b in (("ana", "bob"), ("bob", "dan")):
        done = c.trust.propose_collaboration(a, b, "project", "2024-01-01", actor=Actor(a))
        c.trust.answer_collaboration(done.id, True, actor=Actor(b))
    return c


def browser(c: Community, who: str) -> TestClient:
    client = TestClient(app_over(c))
    sign_in(client, c.security.create_token(who))
    return client


def page(client: TestClient, path: str) -> str:
    r = client.get(path)
    assert r.status_code == 200, r.text
    return unescape(r.text)


def card(html: str, intro: str) -> str:
    """The card of one request on the introductions page."""
    [piece] = [p for p in html.split('<li class="card" id="intro-')[1:] if p.startswith(intro)]
    return piece.split("</article>")[0]


def no_longer_pending(lang: str, english: str) -> str:
    """What a card says of a request no longer pending: the service's words in English,
    the page's sentence in French."""
    if lang == "en":
        return english
    return translator(lang).gettext(
        "This request is no longer pending: it was answered, it expired or ended, or the"
        " person who asked withdrew it. It shows here as it stands now."
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_requester_withdraws_and_everyone_involved_sees_it(c: Community, lang: str) -> None:
    t = translator(lang)
    intro = c.trust.request_introduction("ana", "dan", connector="bob", actor=Actor("ana")).id
    ana, bob, dan = (browser(c, who) for who in ("ana", "bob", "dan"))
    action = f"/web/introductions/{intro}/withdraw"
    mine = card(page(ana, f"/web/introductions?lang={lang}"), intro)
    assert t.gettext("Withdraw this request") in mine and action in mine
    confirm = t.gettext(
        "%(name)s will not be asked any more; whoever was asked is told that you withdrew it,"
        " with no reason given. You may ask again later.",
        name="Dan",
    )
    assert confirm in mine and t.gettext("Yes, withdraw my request") in mine
    for other in (bob, dan):  # only the requester has the button
        assert action not in page(other, f"/web/introductions?lang={lang}")
    answer = t.gettext("Answer their request")
    assert answer in page(dan, f"/web/people/ana?lang={lang}")
    ask = t.gettext("Ask for an introduction")
    assert ask not in page(ana, f"/web/people/dan?lang={lang}")
    r = post(dan, f"{action}?lang={lang}")  # the target tries anyway: refused, as a page
    assert r.status_code == 403 and "<html" in r.text
    if lang == "fr":
        assert "Seule la personne qui a demandé cette mise en relation" in unescape(r.text)
    else:
        assert "Only the member who asked for introduction" in unescape(r.text)
    r = post(ana, f"{action}?lang={lang}")
    assert r.status_code == 303 and "done=intro_withdrawn" in r.headers["location"]
    shown = page(ana, r.headers["location"])
    flash = t.gettext(
        "Your request to meet %(v)s is withdrawn: nobody can answer it any more, and whoever"
        " was asked is told.",
        v="Dan",
    )
    assert flash in shown
    mine = card(shown, intro)
    assert t.pgettext("introduction status", "withdrawn") in mine
    assert re.search(
        re.escape(t.gettext("You withdrew this request on %(date)s.", date="X")).replace("X", ".+"),
        mine,
    )
    assert action not in mine
    # Dan is no longer asked to answer; Ana may ask again at once
    assert answer not in page(dan, f"/web/people/ana?lang={lang}")
    assert ask in page(ana, f"/web/people/dan?lang={lang}")
    again = post(ana, f"{action}?lang={lang}")  # a double click lands where the first did
    assert again.status_code == 303 and "done=intro_withdrawn" in again.headers["location"]
    # the target and the connector: withdrawn, no reason, nothing to answer
    for client in (dan, bob):
        theirs = card(page(client, f"/web/introductions?lang={lang}"), intro)
        assert t.pgettext("introduction status", "withdrawn") in theirs
        said = t.gettext(
            "%(name)s withdrew this request on %(date)s: there is nothing to answer.",
            name="Ana",
            date="X",
        )
        assert re.search(re.escape(said).replace("X", ".+"), theirs)
        assert f"/web/introductions/{intro}/answer" not in theirs
        assert not any(w in theirs.lower() for w in ("declin", "refus", "reject"))
    inbox = page(dan, f"/web/inbox?lang={lang}")
    assert (
        t.gettext(
            "%(name)s withdrew the request to meet you: there is nothing to answer.", name="Ana"
        )
        in inbox
    )
    assert t.gettext("%(name)s asked to meet you, then withdrew the request.", name="Ana") in inbox
    assert t.gettext("Answer") not in re.findall(r"<button[^>]*>([^<]*)</button>", inbox)
    inbox = page(bob, f"/web/inbox?lang={lang}")
    assert (
        t.gettext(
            "%(name)s withdrew the request to be introduced to someone you know: there is"
            " nothing to answer.",
            name="Ana",
        )
        in inbox
    )
    # bob answers from the page he loaded before: refused on the card, which says why
    r = post(bob, f"/web/introductions/{intro}/answer?lang={lang}", {"accept": "yes"})
    assert r.status_code == 409
    refused = card(unescape(r.text), intro)
    assert no_longer_pending(lang, "is withdrawn; it can no longer be answered") in refused


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_answered_request_cannot_be_withdrawn_on_the_page(c: Community, lang: str) -> None:
    t = translator(lang)
    intro = c.trust.request_introduction("ana", "cyd", actor=Actor("ana")).id
    ana = browser(c, "ana")
    form = card(page(ana, f"/web/introductions?lang={lang}"), intro)
    assert f"/web/introductions/{intro}/withdraw" in form
    c.trust.answer_introduction(intro, True, actor=Actor("cyd"))  # meanwhile, Cyd accepts
    r = post(ana, f"/web/introductions/{intro}/withdraw?lang={lang}")
    assert r.status_code == 409 and "<html" in r.text
    shown = card(unescape(r.text), intro)
    assert t.pgettext("introduction status", "accepted") in shown
    assert no_longer_pending(lang, "is accepted; only a pending request can be withdrawn") in shown
    assert "write to each other in your conversation instead" in shown or lang == "fr"
    assert c.trust.get_introduction(intro, actor=Actor("ana")).status.value == "accepted"
    r = post(browser(c, "dan"), f"/web/introductions/{intro}/withdraw?lang={lang}")
    assert r.status_code == 404  # a stranger: as if absent
