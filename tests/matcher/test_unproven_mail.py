"""Letters to an address nobody proved (an organiser's invitation to someone they imported):
capped per address across every sender, refused to the sender alike whoever owns the
address, and stopped for good by the address's owner with the link in each of them (tests
as an adversary: many organisers, or fake accounts, writing to one address; both backends)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.community import Community
from matcher.errors import Throttled, UnknownItem
from tests.events_day import DAY
from tests.support import CHEAP, Clock, accounts_community, confirmed_sign_up

VICTIM = "victim@example.org"
PASSWORD = "correct horse battery"
STOP = re.compile(r"/web/stop/(\S+)")


@pytest.fixture
def clock() -> Clock:
    return Clock()


def organise(c: Community, n: int) -> str:
    """Organiser ``n`` makes an event and imports one person with the victim's address; the
    event's id."""
    org = f"org{n}"
    c.profiles.import_profiles([{"id": org, "name": f"Org {n}", "offers": "o", "needs": "n"}])
    c.events.create_event(f"night{n}", f"Night {n}", actor=Actor(org), details=DAY)
    line = f"Name;E-mail;Offers;Needs\r\nVic {n};{VICTIM};design;python\r\n"
    c.events.import_csv(f"night{n}", line, actor=Actor(org))
    return f"night{n}"


def letters_to(c: Community, to: str) -> list[str]:
    return [m.body for m in c.mail.store.messages(limit=1000) if m.to.lower() == to.lower()]


def test_many_organisers_together_cannot_flood_an_address(clock: Clock) -> None:
    c = accounts_community(clock=clock)
    events = [organise(c, n) for n in range(10)]
    assert len(letters_to(c, VICTIM)) == 3  # the address's budget, whoever sends
    person = c.events.events.attendees(events[-1])[-1].profile_id
    with pytest.raises(Throttled) as refused:
        c.events.resend_invitation(events[-1], person, actor=Actor("org9"))
    assert refused.value.field == "invitation_address" and "another way" in refused.value.hint
    # a day on, the budget lets a few more through: never many a day
    clock.now += dt.timedelta(days=1)
    for n in range(10, 20):
        organise(c, n)
    assert 4 <= len(letters_to(c, VICTIM)) <= 7


def test_the_refusal_is_the_same_whether_the_address_is_a_members(clock: Clock) -> None:
    def refusal(member: bool) -> tuple[str, str | None, int]:
        c = accounts_community(clock=Clock(clock.now))
        if member:  # the address has a confirmed account: the organisers cannot tell
            confirmed_sign_up(c, "Victor", VICTIM, PASSWORD)
        events = [organise(c, n) for n in range(4)]
        person = c.events.events.attendees(events[-1])[-1].profile_id
        with pytest.raises(Throttled) as e:
            c.events.resend_invitation(events[-1], person, actor=Actor("org3"))
        return str(e.value).replace(person, "P"), e.value.field, e.value.retry_after

    assert refusal(member=False) == refusal(member=True)


def test_the_owner_stops_every_letter_to_the_address_with_the_link_in_one(
    clock: Clock,
) -> None:
    c = accounts_community(clock=clock)
    organise(c, 0)
    [letter] = letters_to(c, VICTIM)
    found = STOP.search(letter)
    assert found is not None
    token = found.group(1)
    assert c.inbox.unsubscribe_address_target(token) == VICTIM
    assert c.inbox.unsubscribe_address(token) == VICTIM
    assert c.inbox.unsubscribe_address(token) == VICTIM  # twice changes nothing
    clock.now += dt.timedelta(days=7)  # a full budget again: still nothing, from anyone
    for n in range(1, 6):
        organise(c, n)
    assert len(letters_to(c, VICTIM)) == 1
    with pytest.raises(UnknownItem):  # a forged or cut link stops nothing
        c.inbox.unsubscribe_address(token[:-3] + "xyz")
    # the address's owner, once they prove it, gets mail as a member: the stop was for
    # letters nobody asked for
    confirmed_sign_up(c, "Victor", VICTIM, PASSWORD)
    assert c.accounts.address_of("victor") == (VICTIM, "en")


def test_a_stop_is_kept_on_both_backends(db_target: str, clock: Clock) -> None:
    c = Community(db_target, FakeEncoder(dim=32), clock=clock, accounts=CHEAP)
    assert c.accounts.unproven_wait(VICTIM) == 0
    c.accounts.stop_unproven("Victim@Example.org")
    c.accounts.stop_unproven(VICTIM)  # twice: kept once
    assert c.accounts.unproven_wait(VICTIM) is None
    c.db.close()


def test_the_stop_page_in_both_languages_and_the_one_click_post(clock: Clock) -> None:
    from fastapi.testclient import TestClient

    from api.web.letters import letters
    from tests.apps import app_over

    c = accounts_community(clock=clock, compose=letters("http://testserver"))
    organise(c, 0)
    [message] = [m for m in c.mail.store.messages() if m.to == VICTIM]
    assert message.unsubscribe.startswith("/web/stop/")  # the RFC 8058 headers' path
    assert "someone typed your address" in message.body
    assert "account page" not in message.body  # they have none
    web = TestClient(app_over(c))  # type: ignore[arg-type]
    page = web.get(f"{message.unsubscribe}?lang=fr")
    assert page.status_code == 200 and "tout e\u2011mail de ce genre" in page.text
    assert VICTIM in web.get(message.unsubscribe).text
    assert c.accounts.unproven_wait(VICTIM) == 0  # a GET changes nothing
    done = web.post(message.unsubscribe, data={"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200 and "ne recevra plus" in done.text  # the chosen language
    assert c.accounts.unproven_wait(VICTIM) is None
    assert web.post(message.unsubscribe[:-4] + "abcd").status_code == 404


def test_an_import_says_a_letter_was_held_by_the_addresss_budget_and_until_when(
    clock: Clock,
) -> None:
    c = accounts_community(clock=clock)
    for n in range(3):  # three organisers spend the address's budget
        organise(c, n)
    c.profiles.import_profiles([{"id": "org9", "name": "Org 9", "offers": "o", "needs": "n"}])
    c.events.create_event("night9", "Night 9", actor=Actor("org9"), details=DAY)
    rows = f"Name;E-mail;Offers;Needs\r\nVic;{VICTIM};design;python\r\nZed;;sales;go\r\n"
    report = c.events.import_csv("night9", rows, actor=Actor("org9"))
    vic, zed = report.ids("added")
    # Zed has no address; Vic has one, but her letter was held: not the same thing to say
    assert report.not_emailed == [zed]
    assert list(report.held) == [vic]
    refill = dt.timedelta(minutes=1 / CHEAP.unproven_per_email.per_minute)
    assert clock.now < report.held[vic] <= clock.now + refill


def test_a_profile_without_an_account_is_written_to_in_the_language_it_reads(
    clock: Clock,
) -> None:
    """The one of English and French a profile names, wherever it comes: its e-mails and its
    printed agenda agree (a German and French speaker was written to in English)."""
    c = accounts_community(clock=clock)
    rows = [
        {"id": "vic", "name": "Vic", "offers": "o", "needs": "n", "email": VICTIM},
        {"id": "ines", "name": "Ines", "offers": "o", "needs": "n", "email": "i@example.org"},
    ]
    rows[0]["languages"], rows[1]["languages"] = "de, fr", "fr, en"
    c.profiles.import_profiles(rows)
    assert c.accounts.invitation_address("vic") == (VICTIM, "fr")
    assert c.accounts.reading_language("vic") == "fr"
    assert c.accounts.invitation_address("ines") == ("i@example.org", "fr")  # French first
