"""Nothing is sent to, or shown from, an e-mail address until its owner proved they read it
(:meth:`~matcher.accounts.AccountService.proven`): a profile made through ``POST /profiles``
or by an organiser's import gets its organiser's invitation and nothing else, and its
introduction partners read "not confirmed yet" instead of the address, until a personal
link mailed to that very address is used. Password sign-in finds its owner's unconfirmed
account whatever strangers sign up later, checking a constant number of hashes (tests as
an adversary: a stranger typing someone's address, a fake account)."""

from __future__ import annotations

import contextlib
import datetime as dt
import re

import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import ADMIN, Actor
from matcher.accounts import PASSWORD_SLOTS, hasher
from matcher.accounts import service as account_service
from matcher.accounts.store import m_address_proofs
from matcher.community import Community
from matcher.db import open_database
from matcher.errors import NotAuthenticated
from matcher.notices import Notice, NoticeKind
from matcher.schema import MIGRATIONS
from tests.events_day import DAY, Clock
from tests.support import CHEAP, accounts_community, confirm_code, confirmed_sign_up

PASSWORD = "correct horse battery"
OTHER = "a stranger's password"
ORG = Actor("org")
VICTIM = "vic@example.org"
FILE = "Name;E-mail;Offers;Needs\r\nVic Tim;vic@example.org;sales deals;python code\r\n"
LINK = re.compile(r"/web/events/night/invited/(cf1_[A-Za-z0-9_-]+)")


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC))


@pytest.fixture
def c(clock: Clock) -> Community:
    c = accounts_community(clock=clock)
    confirmed_sign_up(c, "Olga Org", "org@example.org", PASSWORD)
    c.profiles.import_profiles(
        [{"id": "org", "name": "Olga Org", "offers": "events people", "needs": "python code"}]
    )
    c.events.create_event("night", "Founders night", actor=ORG, details=DAY)
    return c


def kinds_to(c: Community, to: str) -> list[str]:
    return [m.kind for m in reversed(c.mail.store.messages(limit=500)) if m.to == to]


def notify(c: Community, to: str, kind: NoticeKind = NoticeKind.INTRO_REQUEST) -> None:
    with c.db.transaction():
        c.inbox.deliver(Notice(to, kind, {"who": "org", "name": "Olga Org"}))


def link_of(c: Community, address: str) -> str:
    """The personal link of the newest invitation e-mailed to ``address``."""
    for m in c.mail.store.messages(limit=500):
        found = LINK.search(m.body) if m.to == address else None
        if found:
            return found.group(1)
    raise AssertionError(f"no personal link was e-mailed to {address}")


def accepted_intro(c: Community, requester: str, target: str) -> str:
    intro = c.trust.request_introduction(requester, target, actor=Actor(requester))
    c.trust.answer_introduction(intro.id, True, actor=Actor(target))
    return intro.id


# ------------------------------------------------- a profile made through the API
def test_a_strangers_api_profile_with_someones_address_mails_them_nothing(c: Community) -> None:
    profile, _token = c.security.sign_up(
        {
            "id": "vic-fake",
            "name": "Vic Fake",
            "email": VICTIM,
            "offers": "sales deals",
            "needs": "python code",
        }
    )
    assert c.accounts.address_of(profile.id) is None
    assert c.accounts.contact_of(profile.id) == (VICTIM, False)
    for kind in (NoticeKind.INTRO_REQUEST, NoticeKind.MESSAGE, NoticeKind.FEEDBACK_DUE):
        notify(c, profile.id, kind)
    assert kinds_to(c, VICTIM) == []  # the items are in its inbox, nothing in Vic's mailbox
    assert c.inbox.store.unread(profile.id) == 3
    # its introduction partner reads "not confirmed", never the typed address
    view = c.trust.get_introduction(accepted_intro(c, "org", profile.id), actor=ORG)
    assert view.contact == ((profile.id, ""),) and view.unconfirmed == (profile.id,)


def test_a_members_hand_typed_profile_address_is_not_shown_until_it_is_theirs(
    c: Community,
) -> None:
    confirmed_sign_up(c, "Ana", "ana@example.org", PASSWORD)
    c.profiles.import_profiles(
        [{"id": "ana", "name": "Ana", "offers": "python code", "needs": "sales deals"}]
    )
    c.profiles.update_profile("ana", {"email": VICTIM}, actor=Actor("ana"))  # someone else's
    intro = accepted_intro(c, "org", "ana")
    view = c.trust.get_introduction(intro, actor=ORG)
    assert view.contact == (("ana", ""),) and view.unconfirmed == ("ana",)
    c.profiles.update_profile("ana", {"email": "ANA@example.org"}, actor=Actor("ana"))
    view = c.trust.get_introduction(intro, actor=ORG)  # her confirmed address, any case
    assert view.contact == (("ana", "ANA@example.org"),) and view.unconfirmed == ()
    # her e-mails go to the confirmed account's address, whatever the profile says
    assert c.accounts.address_of("ana") == ("ana@example.org", "en")


# ----------------------------------------------------- an organiser's imported attendee
def test_an_imported_address_gets_its_invitation_and_nothing_else_until_the_link_is_used(
    c: Community,
) -> None:
    [vic] = c.events.import_csv("night", FILE, actor=ORG).ids("added")
    assert kinds_to(c, VICTIM) == ["event_invite"]  # the organiser's own invitation
    notify(c, vic)
    assert kinds_to(c, VICTIM) == ["event_invite"]
    assert c.accounts.contact_of(vic) == (VICTIM, False)  # what an introduction would show
    code = link_of(c, VICTIM)
    c.events.invited_by_link("night", code)  # a look (a mail scanner's, maybe) proves nothing
    notify(c, vic, NoticeKind.MESSAGE)
    assert kinds_to(c, VICTIM) == ["event_invite"]
    c.events.answer_by_link("night", code, "going")  # the owner read it: the address is theirs
    notify(c, vic, NoticeKind.MESSAGE)
    assert kinds_to(c, VICTIM) == ["event_invite", "message"]
    assert c.accounts.contact_of(vic) == (VICTIM, True)
    # a proof is of one address: changed (by an admin), the new one is unproven
    c.profiles.update_profile(vic, {"email": "other@example.org"}, actor=ADMIN)
    assert c.accounts.address_of(vic) is None


def test_a_link_proves_only_the_address_it_was_mailed_to(c: Community) -> None:
    """A stranger makes a profile with their own address, gets an organiser's personal link
    in their own mailbox, then changes the profile's address to the victim's: the link
    proves nothing of the victim's address, and claiming with it does not confirm an
    account that names the victim's address (which would take it from its owner)."""
    fake, _token = c.security.sign_up(
        {
            "id": "mal",
            "name": "Mal",
            "email": "mal@example.org",
            "offers": "sales deals",
            "needs": "python",
        }
    )
    c.events.add_attendees("night", [fake.id], actor=ORG)  # its notice: to a proven address
    assert kinds_to(c, "mal@example.org") == []
    c.events.resend_invitation("night", fake.id, actor=ORG)  # the organiser's own invitation
    assert kinds_to(c, "mal@example.org") == ["event_invite"]
    code = link_of(c, "mal@example.org")
    c.profiles.update_profile(fake.id, {"email": VICTIM}, actor=Actor(fake.id))  # its token
    c.events.answer_by_link("night", code, "going")
    mal = c.accounts.sign_up("Mal Two", VICTIM, OTHER)
    c.events.claim_by_link("night", code, actor=Actor(mal.id))
    claimed = c.accounts.store.get(fake.id)
    assert claimed is not None and not claimed.confirmed
    assert c.accounts.address_of(fake.id) is None
    assert c.accounts.contact_of(fake.id) == (VICTIM, False)
    # the victim still confirms her own address
    vic = c.accounts.sign_up("Vic", VICTIM, PASSWORD)
    assert c.accounts.confirm(vic.id, confirm_code(c, vic.id), actor=Actor(vic.id)).confirmed


def test_the_claim_link_confirms_the_address_it_was_mailed_to(c: Community) -> None:
    [vic] = c.events.import_csv("night", FILE, actor=ORG).ids("added")
    code = link_of(c, VICTIM)
    account = c.accounts.sign_up("Vic", VICTIM, PASSWORD)
    c.events.claim_by_link("night", code, actor=Actor(account.id))
    assert c.accounts.address_of(vic) == (VICTIM, "en")


# ------------------------------------------------------------- password sign-in
def test_strangers_later_sign_ups_never_stop_the_owners_password(c: Community) -> None:
    owner = c.accounts.sign_up("Vic", VICTIM, PASSWORD)
    for n in range(PASSWORD_SLOTS + 2):  # more strangers than there are slots
        c.accounts.sign_up(f"Mal {n}", VICTIM.upper(), f"{OTHER} {n}")
    assert c.accounts.sign_in(VICTIM, PASSWORD)[0].id == owner.id
    assert c.accounts.sign_in(VICTIM, f"{OTHER} 0")[0].id != owner.id  # the 1st stranger
    # a stranger past the slots signs in by password once confirmed (they cannot: Vic can)
    with pytest.raises(NotAuthenticated):
        c.accounts.sign_in(VICTIM, f"{OTHER} {PASSWORD_SLOTS + 1}")


def test_a_sign_in_checks_the_same_number_of_hashes_whatever_the_address(
    c: Community, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[int] = []
    real = account_service.verify_password

    def counting(hasher: object, stored: str, password: str) -> bool:
        checked[-1] += 1
        return real(hasher, stored, password)  # type: ignore[arg-type]

    monkeypatch.setattr(account_service, "verify_password", counting)
    c.accounts.sign_up("Vic", VICTIM, PASSWORD)
    for n in range(PASSWORD_SLOTS + 2):
        c.accounts.sign_up(f"Mal {n}", VICTIM, f"{OTHER} {n}")
    for address, password in (
        ("nobody@example.org", PASSWORD),  # no account
        ("org@example.org", "wrong password!"),  # one confirmed account
        ("org@example.org", PASSWORD),  # the right password
        (VICTIM, "wrong password!"),  # many unconfirmed sign-ups
        (VICTIM, PASSWORD),
    ):
        checked.append(0)
        with contextlib.suppress(NotAuthenticated):
            c.accounts.sign_in(address, password, client=f"c{len(checked)}")
    assert checked == [1 + PASSWORD_SLOTS] * 5


def test_the_migration_keeps_an_earlier_owner_first_and_proofs_on_both_backends(
    db_target: str,
) -> None:
    path = db_target  # a SQLite file, or a PostgreSQL schema
    old = open_database(path, MIGRATIONS[: MIGRATIONS.index(m_address_proofs)])
    with old.transaction():  # an unconfirmed sign-up made before the migration
        old.execute(
            "INSERT INTO accounts (id, email, name, lang, password_hash, created_at)"
            " VALUES ('vic', ?, 'Vic', 'en', ?, '2026-01-01T00:00:00+00:00')",
            [VICTIM, hasher(CHEAP).hash(PASSWORD)],
        )
    old.close()
    c = Community(path, FakeEncoder(dim=32), accounts=CHEAP)
    for n in range(PASSWORD_SLOTS + 1):
        c.accounts.sign_up(f"Mal {n}", VICTIM, f"{OTHER} {n}")
    assert c.accounts.sign_in(VICTIM, PASSWORD)[0].id == "vic"
    now = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)
    with c.db.transaction():
        c.accounts.store.prove("mal-0", "Someone@Example.org", now)
        c.accounts.store.prove("mal-0", "someone@example.org", now)  # once is enough
    assert c.accounts.store.proofs("mal-0") == [("someone@example.org", now)]
    assert c.accounts.store.proven("mal-0", "SOMEONE@example.org")
    c.db.close()
