"""The invitation e-mail of people an organiser imports into an event: one e-mail per new
invitee (never on a dry run, never twice, none without an address), its personal link (see
the event, answer, claim the imported profile once signed in), and what is refused: a forged
link, a used one, one for another event, someone else's claim; erasure leaves no e-mail
naming the invitee. Delivery goes over a real SMTP server (aiosmtpd)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.errors import Conflict, InvalidInput, NotAllowed, NotAuthenticated, Throttled
from matcher.mail import SECRET_ERASED, MailSettings
from tests.events_day import DAY, Clock
from tests.mailserver import body, smtp_server
from tests.support import accounts_community, confirmed_sign_up

PASSWORD = "correct horse battery"
ORG = Actor("org")
FILE = (
    "Nom;E-mail;Offers;Needs;Languages\r\n"
    "Zoé Lefèvre;zoe@example.org;développement python;ventes et clients;fr\r\n"
    "Bob Smith;bob@example.org;sales deals;python code;en\r\n"
    "Ida Nomail;;design brand;python code;en\r\n"
)
LINK = re.compile(r"/web/events/night/invited/(cf1_[A-Za-z0-9_-]+)")


def community(clock: Clock, port: int | None = None) -> Community:
    mail = MailSettings(host="127.0.0.1", port=port, tls="none", timeout=5) if port else None
    c = accounts_community(clock=clock, mail=mail)
    c.profiles.import_profiles(
        [{"id": "org", "name": "Olga Org", "offers": "events", "needs": "people"}]
    )
    c.events.create_event("night", "Founders night", actor=ORG, details=DAY)
    return c


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC))


@pytest.fixture
def c(clock: Clock) -> Community:
    return community(clock)


def invitations(c: Community) -> dict[str, str]:
    """The invitation e-mails in the outbox: address -> body."""
    return {m.to: m.body for m in c.mail.store.messages(limit=500) if m.kind == "event_invite"}


def link_of(c: Community, address: str) -> str:
    found = LINK.search(invitations(c)[address])
    assert found is not None
    return found.group(1)


def test_an_import_emails_each_new_invitee_once(c: Community, clock: Clock) -> None:
    dry = c.events.import_csv("night", FILE, actor=ORG, dry_run=True)
    assert dry.emailed == [] and invitations(c) == {}  # a dry run sends nothing
    done = c.events.import_csv("night", FILE, actor=ORG)
    zoe, bob, ida = done.ids("added")
    assert sorted(done.emailed) == sorted([zoe, bob])
    assert done.not_emailed == [ida]  # no address: said so, and nothing queued
    sent = invitations(c)
    assert set(sent) == {"zoe@example.org", "bob@example.org"}
    assert "Olga Org invited you to the event Founders night" in sent["bob@example.org"]
    messages = {m.to: m for m in c.mail.store.messages()}
    assert messages["bob@example.org"].member_id == bob
    assert all(m.kind == "event_invite" for m in messages.values())
    attendees = {a.profile_id: a for a in c.events.events.attendees("night")}
    assert attendees[zoe].emailed_at == clock.at and attendees[ida].emailed_at is None
    again = c.events.import_csv("night", FILE, actor=ORG)  # the same file: nothing twice
    assert again.emailed == [] and [x.outcome for x in again.lines] == ["already"] * 3
    assert len(c.mail.store.messages()) == 2


def test_the_personal_link_answers_and_claims_the_profile(c: Community) -> None:
    bob = c.events.import_csv("night", FILE, actor=ORG).ids("added")[1]
    code = link_of(c, "bob@example.org")
    seen = c.events.invited_by_link("night", code)  # no account, no sign-in
    assert seen.event.name == "Founders night" and seen.me is not None
    assert seen.me.profile_id == bob and seen.me.rsvp == "invited" and not seen.attendees
    assert c.events.answer_by_link("night", code, "maybe").rsvp == "maybe"
    assert c.events.answer_by_link("night", code, "going").rsvp == "going"
    with pytest.raises(InvalidInput) as bad:
        c.events.answer_by_link("night", code, "perhaps")
    assert bad.value.field == "answer"
    account = c.accounts.sign_up("Bob S", "bob.smith@work.example", PASSWORD)
    _, session = c.accounts.sign_in("bob.smith@work.example", PASSWORD)
    assert c.events.claim_by_link("night", code, actor=Actor(account.id)) == bob
    assert c.accounts.authenticate(session) == Actor(bob)  # the same browser, now Bob's
    assert c.events.my_day("night", actor=Actor(bob)).me.rsvp == "going"
    for use in (  # used: it opens nothing more, for anyone
        lambda: c.events.invited_by_link("night", code),
        lambda: c.events.answer_by_link("night", code, "declined"),
    ):
        with pytest.raises(NotAuthenticated):
            use()


def test_a_forged_reused_or_other_events_link_is_refused(c: Community) -> None:
    zoe, bob, _ = c.events.import_csv("night", FILE, actor=ORG).ids("added")
    zoe_code, bob_code = link_of(c, "zoe@example.org"), link_of(c, "bob@example.org")
    c.events.create_event("day2", "Day two", actor=ORG, details=DAY)
    c.events.add_attendees("day2", ["org"], actor=ORG)
    forged = "cf1_" + "A" * 43 + "_" + "b" * 6
    for event_id, code in (("night", forged), ("night", ""), ("day2", bob_code)):
        with pytest.raises(NotAuthenticated) as refused:
            c.events.invited_by_link(event_id, code)
        assert refused.value.field == "code"
        with pytest.raises(NotAuthenticated):
            c.events.answer_by_link(event_id, code, "going")
    # Zoé's link answers for Zoé only, and claims Zoé's profile only
    assert c.events.answer_by_link("night", zoe_code, "declined").profile_id == zoe
    assert c.events.events.attendee("night", bob).rsvp == "invited"  # type: ignore[union-attr]
    eve = c.accounts.sign_up("Eve", "eve@example.org", PASSWORD)
    assert c.events.claim_by_link("night", zoe_code, actor=Actor(eve.id)) == zoe
    mallory = c.accounts.sign_up("Mallory", "mallory@example.org", PASSWORD)
    with pytest.raises(NotAuthenticated):  # Zoé's link again, by someone else
        c.events.claim_by_link("night", zoe_code, actor=Actor(mallory.id))
    with pytest.raises(NotAllowed):  # nobody claims for someone else's account
        c.accounts.claim_with_link(mallory.id, bob_code, actor=Actor(eve.id))
    with pytest.raises(Conflict, match="already has a profile"):  # Eve holds Zoé's now
        c.events.claim_by_link("night", bob_code, actor=Actor(zoe))
    assert c.accounts.store.get(bob) is None  # Bob's profile is still his to claim
    assert c.events.invited_by_link("night", bob_code).me.profile_id == bob  # type: ignore[union-attr]


def test_the_organiser_sends_one_invitation_again(c: Community, clock: Clock) -> None:
    zoe, bob, ida = c.events.import_csv("night", FILE, actor=ORG).ids("added")
    first = link_of(c, "bob@example.org")
    with pytest.raises(Throttled) as soon:  # a double click sends one e-mail
        c.events.resend_invitation("night", bob, actor=ORG)
    assert (soon.value.field, soon.value.value) == ("invitation_email", bob)
    assert 0 < soon.value.retry_after <= 600
    clock.at += dt.timedelta(minutes=11)
    again = c.events.resend_invitation("night", bob, actor=ORG)
    assert again.emailed_at == clock.at
    bodies = [m.body for m in c.mail.store.messages() if m.to == "bob@example.org"]
    assert len(bodies) == 2
    second = LINK.search(bodies[0])
    assert second is not None and second.group(1) != first
    with pytest.raises(NotAuthenticated):  # the newer link replaces the older one
        c.events.invited_by_link("night", first)
    assert c.events.invited_by_link("night", second.group(1)).me.profile_id == bob  # type: ignore[union-attr]
    with pytest.raises(InvalidInput) as nowhere:
        c.events.resend_invitation("night", ida, actor=ORG)
    assert (nowhere.value.field, nowhere.value.value) == ("invitation_email", ida)
    with pytest.raises(NotAllowed):  # an attendee sends nothing
        c.events.resend_invitation("night", bob, actor=Actor(zoe))
    c.inbox.choose_email(zoe, "event_invite", False, actor=Actor(zoe))
    with pytest.raises(Conflict, match="switched"):
        c.events.resend_invitation("night", zoe, actor=ORG)


def test_a_member_sent_the_invitation_again_gets_the_events_page(
    c: Community, clock: Clock
) -> None:
    bob = c.events.import_csv("night", FILE, actor=ORG).ids("added")[1]
    account = confirmed_sign_up(c, "Bob S", "bob.smith@work.example", PASSWORD)
    c.events.claim_by_link("night", link_of(c, "bob@example.org"), actor=Actor(account.id))
    clock.at += dt.timedelta(hours=1)
    c.events.resend_invitation("night", bob, actor=ORG)
    [latest] = [m for m in c.mail.store.messages(limit=1)]
    assert latest.to == "bob.smith@work.example"
    assert "/web/events/night\n" in latest.body and "/invited/" not in latest.body


def test_erasing_an_invitee_leaves_no_email_naming_them(c: Community) -> None:
    zoe = c.events.import_csv("night", FILE, actor=ORG).ids("added")[0]
    code = link_of(c, "zoe@example.org")
    c.privacy.erase(zoe, actor=ADMIN)
    left = c.mail.store.messages(limit=500)
    assert [m.to for m in left] == ["bob@example.org"]
    # the links' random codes left out: one may spell "zoe" by chance (a run in CI did)
    texts = [m.to + re.sub(r"[A-Za-z0-9_-]{20,}", "", m.body) for m in left]
    assert not any("zoe" in t.lower() or "Zoé" in t for t in texts)
    assert c.privacy.rows.references(zoe, c.privacy.columns) == {}
    with pytest.raises(NotAuthenticated):
        c.events.invited_by_link("night", code)
    c.privacy.erase("org", actor=ADMIN)  # the organiser: their invitations named them
    assert c.mail.store.messages(limit=500) == []


def test_the_invitation_goes_over_smtp_and_its_link_leaves_the_outbox(clock: Clock) -> None:
    with smtp_server() as (server, port):
        c = community(clock, port)
        c.events.import_csv("night", FILE, actor=ORG)
        assert c.mail.send_due().sent == 2
        assert c.mail.send_due().sent == 0
        got = {m["To"]: m for m in server.wait(2)}
        text = body(got["bob@example.org"])
        assert got["bob@example.org"]["Subject"] == "You are invited to Founders night"
        found = LINK.search(text)
        assert found is not None
        # sent: the outbox keeps no link, and the link still works
        assert {m.body for m in c.mail.store.messages()} == {SECRET_ERASED}
        assert c.events.invited_by_link("night", found.group(1)).me is not None


def test_an_import_never_writes_the_profile_of_a_member_who_has_none_yet(c: Community) -> None:
    """Red team 14: a member signed up (account ``bob``) and has not written a profile. An
    organiser's file with ``id=bob`` made the profile under bob's account: bob's ``/me``
    showed the organiser's text, with the organiser's address as his contact. The line is
    refused on its id (``taken``); the file's other lines, and a line without the id, are
    imported; bob still writes his own profile."""
    bob = confirmed_sign_up(c, "Bob", "bob@example.org", PASSWORD)
    assert bob.id == "bob" and c.profiles.store.get_profile("bob") is None
    squat = (
        "id,name,offers,needs,email\r\n"
        "bob,Bob,written by the organiser,x,org@example.org\r\n"
        "zed,Zed,design,sales,zed@example.org\r\n"
    )
    held = c.events.import_csv("night", squat, actor=ORG)  # a line refused: nothing written
    assert not held.written and c.profiles.store.get_profile("bob") is None
    done = c.events.import_csv("night", squat, actor=ORG, skip_invalid=True)
    (refused,) = [line for line in done.lines if line.outcome == "rejected"]
    (problem,) = refused.problems
    assert (problem.field, problem.value, problem.reason) == ("id", "bob", "taken")
    assert (
        "has not written their profile" in problem.detail and "leave the id empty" in problem.hint
    )
    assert done.ids("added") == ["zed"]
    assert c.profiles.store.get_profile("bob") is None
    # without the id, the same person gets an id of the event's own
    (made,) = c.events.import_csv(
        "night", "name,offers,needs\r\nBob,written by the organiser,x\r\n", actor=ORG
    ).ids("added")
    assert made != "bob"
    c.profiles.create_profile({"id": "bob", "name": "Bob", "offers": "mine", "needs": "n"})
    assert c.profiles.store.get_profile("bob").offers == "mine"  # type: ignore[union-attr]
