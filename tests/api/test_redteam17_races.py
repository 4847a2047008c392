"""Red team 17: two processes, two partners, one database: what was attacked and held.

Each test opens the database twice (two communities, each with its own connections: two
worker processes as far as the database can tell) and fires its requests from threads
released together by a barrier, so that they really overlap. On both backends. Writes are
serial on both (``BEGIN IMMEDIATE``; PostgreSQL's writer lock) and each of these use cases
reads what it checks inside its write, so exactly one of each pair of rivals wins and the
other is refused with a 4xx naming the field; these tests keep it so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.accounts import LinkPurpose
from matcher.community import Community
from matcher.errors import CofoundryError, Conflict, NotAuthenticated
from tests.conftest import SYNONYMS
from tests.events_day import DAY, ORG, PEOPLE, Clock
from tests.support import CHEAP, at_once, confirm_code
from tests.ventures import venture

PASSWORD = "correct horse battery"


@pytest.fixture
def two(db_target: str) -> Iterator[tuple[Community, Community]]:
    """Two communities over one database (two processes, as the database sees them)."""
    one = Community(db_target, FakeEncoder(dim=32, synonyms=SYNONYMS), accounts=CHEAP)
    other = Community(db_target, FakeEncoder(dim=32, synonyms=SYNONYMS), accounts=CHEAP)
    yield one, other
    one.close()
    other.close()


def test_a_sign_in_link_opened_at_once_from_two_processes_signs_in_once(
    two: tuple[Community, Community],
) -> None:
    one, other = two
    account = one.accounts.sign_up("Élise", "elise@example.org", PASSWORD)
    one.accounts.confirm(account.id, confirm_code(one, account.id), actor=Actor(account.id))
    one.accounts.request_link("elise@example.org", LinkPurpose.SIGNIN)
    code = next(
        m.body.split("code=")[1].split()[0]
        for m in one.mail.store.messages(limit=100)
        if m.kind == "signin_link"
    )
    results = at_once(*(lambda c=c: c.accounts.sign_in_with_link(code) for c in (one, other) * 3))
    won = [r for r in results if isinstance(r, tuple)]
    refused = [r for r in results if isinstance(r, NotAuthenticated)]
    assert len(won) == 1 and len(refused) == 5, results
    assert all(r.field == "code" and "used already" in str(r) for r in refused)
    sessions = one.db.execute("SELECT COUNT(*) FROM sessions WHERE member_id = ?", [account.id])
    assert sessions.fetchone()[0] == 1


def test_one_address_in_two_cases_confirmed_at_once_has_one_owner(
    two: tuple[Community, Community],
) -> None:
    """``Élise@`` and ``élise@`` are one address (NFC, lower case): two sign-ups naming it,
    both confirmed at the same moment from two processes, give it one owner."""
    one, other = two
    first = one.accounts.sign_up("Élise", "Élise@exemple.fr", PASSWORD)
    second = other.accounts.sign_up("Elise B", "e\u0301lise@EXEMPLE.fr", PASSWORD)  # decomposed
    assert first.id != second.id
    codes = {a.id: confirm_code(one, a.id) for a in (first, second)}
    results = at_once(
        lambda: one.accounts.confirm(first.id, codes[first.id], actor=Actor(first.id)),
        lambda: other.accounts.confirm(second.id, codes[second.id], actor=Actor(second.id)),
    )
    refused = [r for r in results if isinstance(r, CofoundryError)]
    assert len(refused) == 1, results
    assert isinstance(refused[0], Conflict | NotAuthenticated), refused
    confirmed = one.db.execute(
        "SELECT COUNT(*) FROM accounts WHERE confirmed_at IS NOT NULL"
    ).fetchone()[0]
    assert confirmed == 1


def test_one_ledger_key_sent_at_once_from_two_processes_makes_one_entry(
    two: tuple[Community, Community],
) -> None:
    one, other = two
    venture(one.equity, "v", "ana", "bob")
    raw = {"member": "ana", "kind": "cash", "on": "2024-01-02", "amount": Decimal("250")}
    results = at_once(
        *(lambda c=c: c.equity.post("v", raw, key="k1", actor=Actor("ana")) for c in two * 3)
    )
    assert not [r for r in results if isinstance(r, CofoundryError)], results
    assert {r.row.entry.id for r in results} == {1}
    assert len(one.equity.ledger("v", actor=Actor("ana"))) == 1
    # the same key with other content, at once: refused, naming the key
    other_raw = raw | {"amount": Decimal("999")}
    (late,) = at_once(lambda: other.equity.post("v", other_raw, key="k1", actor=Actor("ana")))
    assert isinstance(late, Conflict) and late.field == "idempotency_key"


def test_two_partners_approving_one_entry_at_once_approve_it_once(
    two: tuple[Community, Community],
) -> None:
    one, other = two
    venture(one.equity, "v", "ana", "bob", "cy", require_approval=True)
    raw = {"member": "ana", "kind": "cash", "on": "2024-01-02", "amount": Decimal("250")}
    number = one.equity.post("v", raw, key="k1", actor=Actor("ana")).row.entry.id
    results = at_once(
        lambda: one.equity.approve("v", number, actor=Actor("bob")),
        lambda: other.equity.approve("v", number, actor=Actor("cy")),
    )
    assert all(not isinstance(r, CofoundryError) or isinstance(r, Conflict) for r in results)
    assert any(not isinstance(r, CofoundryError) for r in results), results
    approvals = one.db.execute("SELECT COUNT(*) FROM approvals").fetchone()[0]
    assert approvals == 1
    (row,) = one.equity.ledger("v", actor=Actor("ana"))
    assert row.row.entry.approved


def test_an_end_proposed_while_a_partner_posts_covers_exactly_the_ledger(
    two: tuple[Community, Community],
) -> None:
    """Ana proposes the end while Bob posts an entry: whichever commits first, the end's
    hash is the hash of the ledger as it stands (the post came before it, or was refused);
    a confirmation of the ledger Bob saw before his post is refused once the post is in."""
    one, other = two
    venture(one.equity, "v", "ana", "bob")
    raw = {"member": "bob", "kind": "cash", "on": "2024-01-02", "amount": Decimal("10")}
    one.equity.post("v", raw, key="first", actor=Actor("bob"))
    seen = other.equity.ledger_hash("v", actor=Actor("bob"))
    results = at_once(
        lambda: one.equity.propose_end("v", actor=Actor("ana")),
        lambda: other.equity.post("v", raw, key="second", actor=Actor("bob")),
    )
    end, posted = results
    assert not isinstance(end, CofoundryError), end
    now = one.equity.ledger_hash("v", actor=Actor("ana"))
    assert end.ledger_hash == now  # the end covers what is in the ledger, nothing else
    if isinstance(posted, CofoundryError):  # the end came first: the ledger was locked
        assert isinstance(posted, Conflict) and seen == now
    else:  # the post came first: a confirmation of the ledger seen before it is refused
        assert seen != now
        with pytest.raises(Conflict) as stale:
            other.equity.confirm_end("v", seen, actor=Actor("bob"))
        assert stale.value.field == "ledger_hash"
    assert other.equity.confirm_end("v", now, actor=Actor("bob")).status == "ended"


def test_one_badge_checked_in_at_once_at_two_desks_is_checked_in_once(db_target: str) -> None:
    clock = Clock(dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC))
    desks = [
        Community(db_target, FakeEncoder(dim=64, synonyms=SYNONYMS), clock=clock) for _ in "ab"
    ]
    one, other = desks
    try:
        one.profiles.import_profiles(PEOPLE)
        one.events.create_event("night", "Founders night", actor=ORG, details=DAY)
        one.events.add_attendees("night", [p["id"] for p in PEOPLE[1:11]], actor=ORG)
        one.events.plan_rounds("night", rounds=3, actor=ORG)
        badge = one.events.badges("night", actor=ORG, person="p02")[0]
        clock.paris(18, 20)  # round 2 has begun: the late arrival is fitted in calmly
        one.events.mark("night", "p02", "no-show", actor=ORG)
        before = len(one.events.changes("night", actor=ORG))
        results = at_once(
            lambda: one.events.check_in("night", badge.code, actor=ORG),
            lambda: other.events.check_in("night", badge.code, actor=ORG),
        )
        assert not [r for r in results if isinstance(r, CofoundryError)], results
        assert {r.attendee.state for r in results} == {"checked-in"}
        changes = one.events.changes("night", actor=ORG)
        assert len(changes) <= before + 1, changes  # one calm re-plan at most, not two
        rounds = one.events.events.rounds("night")
        seats = [p for r in rounds if r.number >= 2 for g in r.groups for p in g.members]
        for r in rounds:  # nobody sits twice in a round
            people = [p for g in r.groups for p in g.members] + list(r.byes)
            assert len(people) == len(set(people)), r
        assert seats.count("p02") <= 2
    finally:
        for c in desks:
            c.close()
