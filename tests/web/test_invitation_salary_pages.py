"""Salaries on the pages (ledger15), in English and French: an invitation carrying the
opening salary (the owner's form, the invitee's card and its two ways to join), which
salary a proposal's notice and e-mail are about, and where a time entry refused while the
member's salary waits says so (above the time fields, with the way to the proposal, not
beside the royalty rate box)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from html import unescape

import pytest
from fastapi.testclient import TestClient

from api.web.letters import letters
from matcher.access import Actor
from matcher.community import Community
from matcher.equity import Rate
from tests.apps import client_over
from tests.ventures import START, create, person, venture
from tests.web.pages import browser, error_for, post

INVITE = {"member": "bob", "salary": "60000", "paid_salary": "10000", "effective": "2024-05-01"}


@pytest.fixture
def app(community: Community) -> TestClient:
    return client_over(community)


@pytest.fixture
def acme(community: Community) -> None:
    create(community.equity, "acme", "ana", "Acme", start=START)
    person(community.equity, "bob")


def _text(html: str) -> str:
    return re.sub(r"[ \t\n]+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


@pytest.mark.parametrize(
    ("lang", "owner_sees", "bob_sees"),
    [
        (
            "en",
            "a salary of 60,000 a year (10,000 paid) from May 1, 2024",
            "Your opening salary: a salary of 60,000 a year (10,000 paid) from May 1, 2024.",
        ),
        (
            "fr",
            "un salaire de 60\u202f000 par an (10\u202f000 versés) à partir du 1er mai 2024",
            "Votre salaire de départ\u00a0: un salaire de 60\u202f000 par an (10\u202f000 versés)"
            " à partir du 1er mai 2024.",
        ),
    ],
)
def test_the_invitation_carries_the_salary_and_joining_accepts_it(
    app: TestClient, community: Community, acme: None, lang: str, owner_sees: str, bob_sees: str
) -> None:
    ana, bob = browser(app, community, "ana"), browser(app, community, "bob")
    r = post(ana, f"/web/ventures/acme/members?lang={lang}", INVITE)
    assert r.status_code == 303, r.text
    assert owner_sees in _text(ana.get(f"/web/ventures/acme?lang={lang}").text)
    card = bob.get(f"/web/ventures?lang={lang}").text
    assert bob_sees in _text(card), _text(card)[-1500:]
    assert 'value="discuss"' in card  # join, discuss the salary
    assert 'name="salary" value="60000"' in card  # the salary read goes back with the answer
    form = {"answer": "accept", "members": "ana", "salary": "60000", "paid_salary": "10000",
            "effective": "2024-05-01"}  # fmt: skip
    r = post(bob, f"/web/ventures/acme/invitation?lang={lang}", form)
    assert r.status_code == 303 and "invitation_accepted" in r.headers["location"], r.text
    rate = Rate("bob", dt.date(2024, 5, 1), Decimal(60_000), Decimal(10_000))
    assert community.equity.store.member_rates("acme") == (rate,)
    assert community.equity.proposals("acme", actor=Actor("bob"), open_only=True) == []


@pytest.mark.parametrize(
    ("lang", "changed"),
    [
        ("en", "is not the one you accept: it is now a salary of 20000"),
        ("fr", "Le salaire de cette invitation a changé depuis que vous l'avez lue"),
    ],
)
def test_a_salary_changed_since_the_card_was_read_is_refused_then_join_and_discuss(
    app: TestClient, community: Community, acme: None, lang: str, changed: str
) -> None:
    ana, bob = browser(app, community, "ana"), browser(app, community, "bob")
    post(ana, "/web/ventures/acme/members", INVITE)
    read = {"answer": "accept", "members": "ana", "salary": "60000", "paid_salary": "10000",
            "effective": "2024-05-01"}  # fmt: skip
    post(ana, "/web/ventures/acme/members", INVITE | {"salary": "20000"})  # after bob read it
    r = post(bob, f"/web/ventures/acme/invitation?lang={lang}", read)
    assert r.status_code == 409 and changed in unescape(r.text), unescape(r.text)[-1200:]
    assert community.equity.store.member_rates("acme") == ()
    r = post(bob, f"/web/ventures/acme/invitation?lang={lang}", read | {"answer": "discuss"})
    assert r.status_code == 303, r.text
    (p,) = community.equity.proposals("acme", actor=Actor("bob"), open_only=True)
    assert (p.subject, p.data["salary"]) == ("bob", "20000")
    assert community.equity.store.member_rates("acme") == ()


@pytest.mark.parametrize(
    ("lang", "bad", "no_number"),
    [
        ("en", "The salary must be a yearly amount", "is not a number: write it with digits"),
        ("fr", "Le salaire doit être", "n'est pas un nombre\xa0: écrivez-le en chiffres"),
    ],
)
def test_a_bad_salary_in_the_invite_form_is_said_beside_it(
    app: TestClient, community: Community, acme: None, lang: str, bad: str, no_number: str
) -> None:
    ana = browser(app, community, "ana")
    for value, said in (("NaN", no_number), ("-5", bad), ("1e999999", no_number)):
        r = post(ana, f"/web/ventures/acme/members?lang={lang}", INVITE | {"salary": value})
        assert r.status_code == 422, r.text
        assert said in error_for(r.text, "m-salary"), error_for(r.text, "m-salary")
        assert community.equity.view("acme", actor=Actor("ana")).roles.invited == ()


@pytest.mark.parametrize(
    ("lang", "refused", "link"),
    [
        ("en", "it waits for acceptance: proposal", "Go to proposal"),
        ("fr", "attend encore une réponse (proposition", "Aller à la proposition"),
    ],
)
def test_time_refused_while_the_salary_waits_is_said_above_the_time_fields(
    app: TestClient, community: Community, lang: str, refused: str, link: str
) -> None:
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    community.equity.set_rate("acme", Rate("bob", START, Decimal(1000)), actor=Actor("ana"))
    (p,) = community.equity.proposals("acme", actor=Actor("bob"), open_only=True)
    bob = browser(app, community, "bob")
    entry = {"key": "t1", "member": "bob", "kind": "time", "on": "2024-01-02", "hours": "10"}
    r = post(bob, f"/web/ventures/acme/entries?lang={lang}", entry)
    assert r.status_code == 409, r.text
    assert error_for(r.text, "e-rate") == ""  # not beside the royalty rate box
    said = re.search(r'<p class="error" role="alert" id="e-waiting">(.*?)</p>', r.text, re.S)
    assert said is not None, r.text[-2000:]
    assert refused in unescape(said.group(1))
    assert f'href="#proposal-{p.id}"' in said.group(1) and link in unescape(said.group(1))
    form = r.text[r.text.find('id="add"') :]
    assert form.find('id="e-waiting"') < form.find('id="e-hours"')  # read before the hours
    assert f'<li id="proposal-{p.id}">' in r.text  # where the link goes


@pytest.mark.parametrize(
    ("lang", "salary"),
    [
        ("en", "The salary: Bob, 1,000.5 a year (0 paid) from January 1, 2023."),
        (
            "fr",
            "Le salaire\u00a0: Bob, 1\u202f000,5 par an (0 versé) à partir du 1er janvier 2023.",
        ),
    ],
)
def test_the_notices_of_a_rate_proposal_say_which_salary(
    app: TestClient, community: Community, lang: str, salary: str
) -> None:
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    community.equity.set_rate("acme", Rate("bob", START, Decimal("1000.5")), actor=Actor("ana"))
    (p,) = community.equity.proposals("acme", actor=Actor("bob"), open_only=True)
    bob, ana = browser(app, community, "bob"), browser(app, community, "ana")
    assert salary in _text(bob.get(f"/web/inbox?lang={lang}").text)  # proposed
    community.equity.answer_proposal("acme", p.id, False, "too low", actor=Actor("bob"))
    assert salary in _text(ana.get(f"/web/inbox?lang={lang}").text)  # declined
    # withdrawn: the member it waited for learns there is nothing to answer, and which salary
    community.equity.set_rate("acme", Rate("bob", START, Decimal("1000.5")), actor=Actor("ana"))
    (q,) = community.equity.proposals("acme", actor=Actor("bob"), open_only=True)
    community.equity.answer_proposal("acme", q.id, False, actor=Actor("ana"))
    inbox = _text(bob.get(f"/web/inbox?lang={lang}").text)
    withdrew = {"en": f"Ana withdrew proposal {q.id}", "fr": f"Ana a retiré la proposition {q.id}"}
    assert withdrew[lang] in inbox and inbox.count(salary) == 3, inbox  # and two proposals
    # accepted: the proposer is told it applies, with the salary
    community.equity.set_rate("acme", Rate("bob", START, Decimal("1000.5")), actor=Actor("ana"))
    (s,) = community.equity.proposals("acme", actor=Actor("bob"), open_only=True)
    community.equity.answer_proposal("acme", s.id, True, actor=Actor("bob"))
    assert _text(ana.get(f"/web/inbox?lang={lang}").text).count(salary) == 2  # and declined


@pytest.mark.parametrize(
    ("lang", "proposed", "invited"),
    [
        (
            "en",
            "The salary: Bob, 60,000 a year (0 paid) from March 1, 2024.",
            "Your opening salary: 60,000 a year (10,000 paid) from the day you join.",
        ),
        (
            "fr",
            "Le salaire\u00a0: Bob, 60\u202f000 par an (0 versé) à partir du 1er mars 2024.",
            "Votre salaire de départ\u00a0: 60\u202f000 par an (10\u202f000 versés) à partir du"
            " jour où vous rejoignez le projet.",
        ),
    ],
)
def test_the_emails_say_which_salary(lang: str, proposed: str, invited: str) -> None:
    compose = letters("https://cofoundry.example")
    facts = {"who": "ana", "name": "Ana", "venture": "acme", "title": "Acme", "proposal": "3",
             "what": "rate", "member": "bob", "member_name": "Bob", "salary": "60000",
             "paid_salary": "0", "effective": "2024-03-01"}  # fmt: skip
    for kind in ("venture_proposal", "proposal_answer"):
        _, body = compose(kind, lang, facts)
        assert proposed in body, body
    _, body = compose("venture_proposal", lang, facts | {"status": "withdrawn", "done": "1"})
    assert proposed in body and ("withdrew" in body or "retiré" in body), body
    invite = {"who": "ana", "name": "Ana", "venture": "acme", "title": "Acme",
              "salary": "60000", "paid_salary": "10000", "effective": ""}  # fmt: skip
    _, body = compose("venture_invite", lang, invite)
    assert invited in body, body
