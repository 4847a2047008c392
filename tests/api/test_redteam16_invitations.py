"""Invitations nobody asked for (red team 16): an avoided sender, and a mail bomb.

Any member may create an event or a venture and invite any member they can see; each
invitation wrote an inbox item and an e-mail, from whoever sent it:

* bob put ana on his avoid list (a partner turned hostile). Her messages no longer reached
  him (``test_redteam_avoid_messages``), but ``POST /events/{id}/attendees`` and ``POST
  /ventures/{id}/members`` did: "Ana invited you to the event ...", with an event's or a
  venture's name she chose, in his inbox and by e-mail, as often as she liked;
* ana, a stranger to bob, created 30 events (or ventures) and invited bob to each: 30
  e-mails to bob in a minute, and ``POST /events/{id}/attendees/bob/invitation`` sent one
  more every 10 minutes for each event.

Now no invitation reaches a member from someone either of them avoids (no item, no
e-mail; the sender is told nothing, avoid lists are private), and one sender's
invitations e-mail a member at most ``INVITATION_EMAILS_PER_DAY`` times in 24 hours (the
inbox still lists every one); sending one again past that is a 429 naming the field
``invitation_sender`` and the fix, on the API and on the organiser's page (EN and FR).
"""

from __future__ import annotations

import datetime as dt
from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from matcher.inbox import INVITATION_EMAILS_PER_DAY
from tests.apps import client_over
from tests.conftest import person
from tests.support import Clock, accounts_community, confirmed_sign_up
from tests.web.pages import post, sign_in

Auth = dict[str, dict[str, str]]


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC))


@pytest.fixture
def c(clock: Clock) -> Community:
    c = accounts_community(clock=clock)
    for name in ("Ana", "Bob", "Cyd"):
        pid = name.lower()
        confirmed_sign_up(c, name, f"{pid}@example.org", "correct horse battery")
        c.profiles.create_profile(person(pid, name=name, email=f"{pid}@example.org"))
    return c


@pytest.fixture
def auth(c: Community) -> Auth:
    return {p: {"Authorization": f"Bearer {c.security.create_token(p)}"} for p in ("ana", "bob")}


def letters(c: Community, to: str) -> list[str]:
    """The subjects of the e-mails queued to ``to``'s address, oldest first."""
    found = [m for m in c.mail.store.messages(limit=10_000) if m.to == f"{to}@example.org"]
    return [m.subject for m in sorted(found, key=lambda m: m.id)]


def items(c: Community, to: str) -> list[str]:
    return [str(i.kind) for i in c.inbox.items(to, actor=Actor(to))]


def event_invites(api: TestClient, auth: Auth, n: int, to: str = "bob") -> list[str]:
    made = []
    for i in range(n):
        r = api.post("/events", json={"name": f"Night {i}"}, headers=auth["ana"])
        assert r.status_code == 201, r.text
        made.append(r.json()["id"])
        r = api.post(f"/events/{made[-1]}/attendees", json={"ids": [to]}, headers=auth["ana"])
        assert r.status_code in (200, 201), r.text
    return made


def venture_invites(api: TestClient, auth: Auth, n: int) -> None:
    for i in range(n):
        r = api.post("/ventures", json={"name": f"Acme {i}"}, headers=auth["ana"])
        assert r.status_code == 201, r.text
        v = r.json()["id"]
        r = api.post(f"/ventures/{v}/members", json={"member": "bob"}, headers=auth["ana"])
        assert r.status_code in (200, 201), r.text


@pytest.mark.parametrize("who_avoids", ["bob", "ana"])
def test_no_invitation_reaches_a_member_from_someone_either_avoids(
    c: Community, auth: Auth, who_avoids: str
) -> None:
    other = "ana" if who_avoids == "bob" else "bob"
    c.trust.avoid(who_avoids, other, actor=Actor(who_avoids))
    api = client_over(c)
    [event] = event_invites(api, auth, 1)  # the organiser is answered as usual (not told)
    venture_invites(api, auth, 1)
    assert letters(c, "bob") == []
    assert items(c, "bob") == []
    # the invitations themselves stand: bob is on the event's list, and may still answer
    attending = c.events.events.attendees(event)
    assert "bob" in [a.profile_id for a in attending]
    # e-mailing it again is refused as for someone who turned these e-mails off: the
    # organiser learns nothing of the avoid list
    r = api.post(f"/events/{event}/attendees/bob/invitation", headers=auth["ana"])
    assert r.status_code == 409 and r.json()["field"] == "invitation_email", r.text
    # another organiser's invitation still reaches bob
    cyd = {"Authorization": f"Bearer {c.security.create_token('cyd')}"}
    e2 = api.post("/events", json={"name": "Cyd's night"}, headers=cyd).json()["id"]
    api.post(f"/events/{e2}/attendees", json={"ids": ["bob"]}, headers=cyd)
    assert letters(c, "bob") == ["You are invited to Cyd's night"]


def test_one_senders_invitations_email_a_member_a_few_times_a_day(
    c: Community, auth: Auth, clock: Clock
) -> None:
    api = client_over(c)
    event_invites(api, auth, INVITATION_EMAILS_PER_DAY + 2)
    venture_invites(api, auth, 2)
    assert len(letters(c, "bob")) == INVITATION_EMAILS_PER_DAY  # was 7
    assert len(items(c, "bob")) == INVITATION_EMAILS_PER_DAY + 4  # every one in the inbox
    # nobody else's letters are spent by ana's
    cyd = {"Authorization": f"Bearer {c.security.create_token('cyd')}"}
    e2 = api.post("/events", json={"name": "Cyd's night"}, headers=cyd).json()["id"]
    api.post(f"/events/{e2}/attendees", json={"ids": ["bob"]}, headers=cyd)
    assert letters(c, "bob")[-1] == "You are invited to Cyd's night"
    # a day later, ana's next invitation is e-mailed again
    clock.pass_(hours=24, minutes=1)
    event_invites(api, auth, 1)
    assert letters(c, "bob")[-1].startswith("You are invited to Night")
    assert len(letters(c, "bob")) == INVITATION_EMAILS_PER_DAY + 2


def test_sending_one_again_past_the_limit_is_a_429_naming_the_field(
    c: Community, auth: Auth, clock: Clock
) -> None:
    api = client_over(c)
    events = event_invites(api, auth, INVITATION_EMAILS_PER_DAY)
    clock.pass_(minutes=11)  # past the 10 minutes between two of one event's letters
    before = letters(c, "bob")
    r = api.post(f"/events/{events[0]}/attendees/bob/invitation", headers=auth["ana"])
    assert r.status_code == 429, r.text
    body = r.json()
    assert body["field"] == "invitation_sender" and body["value"] == "bob", body
    assert f"{INVITATION_EMAILS_PER_DAY} times in the last 24 hours" in body["detail"]
    assert "inbox" in body["hint"] and "invitation link" in body["hint"]
    assert letters(c, "bob") == before


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "Your invitations have e-mailed 'bob' 3 times in the last 24 hours"),
        (
            "fr",
            "Vos invitations ont écrit 3\u00a0fois à «\u00a0bob\u00a0» ces dernières 24\u00a0heures",
        ),
    ],
)
def test_the_organisers_page_says_so_in_its_language(
    c: Community, auth: Auth, clock: Clock, lang: str, words: str
) -> None:
    api = client_over(c)
    events = event_invites(api, auth, INVITATION_EMAILS_PER_DAY)
    clock.pass_(minutes=11)
    org = client_over(c)
    sign_in(org, c.security.create_token("ana"))
    r = post(org, f"/web/events/{events[0]}/attendees/bob/invitation?lang={lang}")
    assert r.status_code == 429, r.text[:300]
    assert words in unescape(r.text), r.text
