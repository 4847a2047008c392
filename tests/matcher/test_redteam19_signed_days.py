"""Red team of the signed day (red19), on both backends: a partner who signed the split of
a day tries to change what it says afterwards by a write dated after it.

The split of a day reads the terms effective by then, or the venture's first terms when
none were (``ledger_as_of``: the first terms are in force before any). Terms effective
after the signed day but before the venture's first ones therefore became the terms of
every earlier day, the signed one included: its split and its fingerprint changed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from matcher.access import ADMIN, Actor
from matcher.equity import Departure, EquityService, Reason, SalaryOffer, Terms
from matcher.errors import Conflict, SignedSplit, UnknownVenture
from matcher.schema import connect
from tests.matcher.test_privacy import build
from tests.ventures import START, join, person, venture

ANA, BOB, CY = Actor("ana"), Actor("bob"), Actor("cy")
D = dt.date(2024, 3, 31)  # the day signed
AFTER = D + dt.timedelta(days=2)
FIRST = dt.date(2024, 5, 1)  # the day of the venture's first terms, after D
EARLIER = dt.date(2024, 4, 15)  # after D, before the first terms
TODAY = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)


def _later_terms(members: tuple[str, ...] = ()) -> EquityService:
    """Venture ``v`` (owner ana, started 2023) created with terms effective ``FIRST``."""
    svc = EquityService(connect(), clock=lambda: TODAY)
    person(svc, "ana")
    terms = Terms(effective=FIRST, cash_multiplier=Decimal(4))
    svc.create_venture("v", "V", actor=ADMIN, owner="ana", exact=True, start=START, terms=terms)
    join(svc, "v", *members, by="ana")
    raw = {"member": "ana", "kind": "cash", "on": "2024-01-10", "amount": 1000}
    svc.post("v", raw, key="a", actor=ANA)
    return svc


def _digest(svc: EquityService) -> str:
    return svc.ledger_hash("v", actor=ANA, as_of=D)


def test_terms_dated_after_a_signed_day_but_before_the_first_terms_are_refused(
    backend: str,
) -> None:
    svc = _later_terms()
    svc.sign_day("v", D, _digest(svc), actor=ANA)  # the only member: signed
    signed, split = _digest(svc), svc.split("v", actor=ANA, as_of=D)
    with pytest.raises(SignedSplit) as caught:
        svc.set_terms("v", Terms(effective=EARLIER, cash_multiplier=Decimal(1)), actor=ANA)
    err = caught.value
    assert (err.field, err.value, err.signed) == ("effective", "2024-04-15", D)
    assert (
        "2024-05-01" in err.detail
        and err.hint == "date them on or after 2024-05-01, the first terms' day"
    )
    assert _digest(svc) == signed and svc.split("v", actor=ANA, as_of=D) == split
    assert [t.effective for t in svc.store.venture_terms("v")] == [FIRST]  # nothing written
    svc.set_terms("v", Terms(effective=dt.date(2024, 5, 20), cash_multiplier=Decimal(1)), actor=ANA)
    assert _digest(svc) == signed  # terms after the first ones: the signed day as it was


def test_a_terms_proposal_before_the_first_terms_holds_up_the_signing_of_an_earlier_day(
    backend: str,
) -> None:
    svc = _later_terms(("bob",))
    svc.set_terms("v", Terms(effective=EARLIER, cash_multiplier=Decimal(1)), actor=ANA)
    (p,) = svc.proposals("v", actor=ANA, open_only=True)  # bob's word awaited
    with pytest.raises(Conflict) as waits:  # accepted, it would change the split of D
        svc.sign_day("v", D, _digest(svc), actor=ANA)
    assert waits.value.field == "day" and f"proposals {p.id} (terms)" in str(waits.value)
    assert svc.signatures("v", actor=ANA) == []
    svc.answer_proposal("v", p.id, True, actor=BOB)  # accepted: the split of D changed
    svc.sign_day("v", D, _digest(svc), actor=ANA)  # then both sign it as it now is
    svc.sign_day("v", D, _digest(svc), actor=BOB)
    assert svc.day_status("v", D, actor=ANA).signed is not None


def test_a_day_all_members_left_signed_is_signed_when_the_awaited_member_leaves(
    backend: str,
) -> None:
    """Ana and bob signed; cy, the one awaited, resigns (dated after the day): ana and
    bob are every current member and signed it, so it is signed, and ana's back-dated
    entry is refused (it slipped in, bob's signature gone stale, until one signed again)."""
    svc = EquityService(connect(), clock=lambda: TODAY)
    venture(svc, "v", "ana", "bob", "cy")
    raw = {"member": "bob", "kind": "cash", "on": "2024-01-10", "amount": 100}
    svc.post("v", raw, key="b", actor=BOB)
    for who in (ANA, BOB):
        svc.sign_day("v", D, _digest(svc), actor=who)
    signed = _digest(svc)
    leaving = Departure("cy", AFTER, Reason.RESIGNED_NO_GOOD_REASON)
    svc.leave("v", leaving, actor=CY)
    status = svc.day_status("v", D, actor=BOB)
    assert status.awaited == () and status.signed is not None
    assert status.signed.ledger_hash == signed
    back = {"member": "ana", "kind": "cash", "on": "2024-03-30", "amount": 1_000_000}
    with pytest.raises(SignedSplit) as caught:
        svc.post("v", back, key="a", actor=ANA)
    assert (caught.value.field, caught.value.value) == ("on", "2024-03-30")
    assert _digest(svc) == signed


def test_a_departure_that_changes_the_day_does_not_sign_it(backend: str) -> None:
    """The leaver awaited leaves on the day itself: the day's ledger changed, the
    signatures given are stale, nothing is signed."""
    svc = EquityService(connect(), clock=lambda: TODAY)
    venture(svc, "v", "ana", "bob", "cy")
    for who in (ANA, BOB):
        svc.sign_day("v", D, _digest(svc), actor=who)
    svc.leave("v", Departure("cy", D, Reason.RESIGNED_NO_GOOD_REASON), actor=CY)
    status = svc.day_status("v", D, actor=ANA)
    assert status.signed is None and status.awaited == ("ana", "bob")
    assert [s.member for s in status.stale] == ["ana", "bob"]


def test_an_invitee_a_salary_reaching_back_and_a_file_imported_again_leave_the_day_signed(
    backend: str,
) -> None:
    """Pins (these held before red19): a person invited and not joined is told there is no
    such venture; joining with an opening salary effective before the signed day is
    refused naming ``effective`` (joining without it adds no salary); importing again a
    file imported before the signing adds nothing and refuses nothing."""
    svc = EquityService(connect(), clock=lambda: TODAY)
    venture(svc, "v", "ana", "bob")
    csv = "member,kind,on,amount\nana,cash,2024-01-10,10\n"
    svc.import_ledger("v", csv, actor=ANA)
    person(svc, "cy")
    offer = SalaryOffer(Decimal(90_000), effective=dt.date(2024, 2, 1))
    svc.invite("v", "cy", salary=offer, actor=ANA)
    with pytest.raises(UnknownVenture):
        svc.sign_day("v", D, _digest(svc), actor=CY)
    for who in (ANA, BOB):
        svc.sign_day("v", D, _digest(svc), actor=who)
    signed = _digest(svc)
    again = svc.import_ledger("v", csv, actor=ANA)
    assert (again.posted, again.already, again.rejected) == ((), 1, ())
    with pytest.raises(SignedSplit) as caught:
        svc.answer_invitation("v", True, salary=offer, actor=CY)
    assert (caught.value.field, caught.value.value) == ("effective", "2024-02-01")
    assert "cy" not in svc.members("v", actor=ANA)  # nothing written
    assert svc.answer_invitation("v", True, actor=CY)
    assert _digest(svc) == signed and svc.day_status("v", D, actor=CY).signed is not None


def test_a_day_all_members_left_signed_is_signed_when_the_awaited_member_is_erased() -> None:
    """As for a departure: cy (nothing of theirs in the ledger of D) was the one awaited;
    erased, they are awaited no more, and the day ana and bob signed is signed."""
    privacy = build(populate=False)
    svc = privacy.equity
    svc.clock = lambda: TODAY
    venture(svc, "v", "ana", "bob", "cy")
    raw = {"member": "bob", "kind": "cash", "on": "2024-01-10", "amount": 100}
    svc.post("v", raw, key="b", actor=BOB)
    for who in (ANA, BOB):
        svc.sign_day("v", D, _digest(svc), actor=who)
    signed = _digest(svc)
    privacy.erase("cy", actor=ADMIN)
    status = svc.day_status("v", D, actor=BOB)
    assert status.awaited == () and status.signed is not None and not status.rewritten
    back = {"member": "ana", "kind": "cash", "on": "2024-03-30", "amount": 1_000_000}
    with pytest.raises(SignedSplit):
        svc.post("v", back, key="a", actor=ANA)
    assert _digest(svc) == signed
