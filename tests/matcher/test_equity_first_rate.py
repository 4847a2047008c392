"""A member's first salary waits for the right word (ledger14), on both backends.

Before, ``_rate_needs`` let a member's first rate apply at once whoever set it: an owner
opened another member's salary very low (their slices per hour fell for as long as they
worked) or their own very high (every other member's share fell), without anyone's word.
Now an opening salary set by another waits for its member; one a member sets for themself
waits for every other current member; a venture with one member never waits. Time of a
member with no salary in force while one waits is refused, naming the proposal.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from matcher.access import ADMIN, Actor
from matcher.equity import EquityService, Rate
from matcher.errors import Conflict, ImportFailed, InvalidInput, NotAllowed, UnknownVenture
from matcher.schema import connect
from tests.matcher.test_privacy import build
from tests.ventures import START, agreed_rate, create, venture

ANA, BOB, CY = Actor("ana"), Actor("bob"), Actor("cy")
JAN = dt.date(2024, 1, 1)


def _service() -> EquityService:
    return EquityService(connect(":memory:"), clock=lambda: dt.datetime(2024, 6, 1, tzinfo=dt.UTC))


def _time(svc: EquityService, who: str, on: str, hours: int = 10) -> None:
    raw = {"member": who, "kind": "time", "on": on, "hours": hours}
    svc.post("v", raw, key=f"{who}-{on}-{hours}", actor=Actor(who))


def _slices(svc: EquityService, who: str) -> Fraction:
    members = svc.split("v", actor=ANA).members
    return next((m.slices for m in members if m.member == who), Fraction(0))


@pytest.fixture
def svc() -> EquityService:
    """ana (owner), bob and cy: nobody has a salary yet."""
    s = _service()
    venture(s, "v", "ana", "bob", "cy")
    return s


def test_an_owner_opening_another_members_salary_low_waits_for_that_member(
    svc: EquityService,
) -> None:
    low = Rate("bob", START, Decimal(1_000))  # 0.50 an hour: his slices per hour, for ever
    assert low not in svc.set_rate("v", low, actor=ANA)
    assert svc.store.member_rates("v") == ()
    (p,) = svc.proposals("v", actor=BOB, open_only=True)
    assert (p.kind, p.subject, p.proposed_by, p.data["needs"]) == ("rate", "bob", "ana", "member")
    assert svc.waiting_for("v", p) == ("bob",)
    # his time meanwhile is refused, naming the proposal: never valued at 0, nor held
    with pytest.raises(Conflict) as caught:
        _time(svc, "bob", "2024-01-02")
    e = caught.value
    assert (e.field, e.value) == ("rate", p.id)
    assert str(e).startswith(
        f"'bob' has no salary rate in force on 2024-01-02; it waits for acceptance:"
        f" proposal {p.id} (a salary of 1000 from {START.isoformat()}), waiting for bob"
    )
    assert e.hint == f"post this time again once proposal {p.id} is accepted"
    assert svc.ledger("v", actor=ANA) == []
    # nobody but bob accepts it: not cy, not ana who proposed it, not an admin
    for other in (CY, ANA, ADMIN):
        with pytest.raises(NotAllowed):
            svc.answer_proposal("v", p.id, True, actor=other)
    assert svc.answer_proposal("v", p.id, False, "far below market", actor=BOB).status == (
        "declined"
    )
    assert svc.store.member_rates("v") == ()
    # a stale answer (the proposal was declined) is refused, and changes nothing
    with pytest.raises(Conflict, match="was already declined"):
        svc.answer_proposal("v", p.id, True, actor=BOB)
    assert svc.store.member_rates("v") == ()
    fair = Rate("bob", START, Decimal(90_000))
    svc.set_rate("v", fair, actor=ANA)
    (q,) = svc.proposals("v", actor=BOB, open_only=True)
    assert svc.answer_proposal("v", q.id, True, actor=BOB).status == "accepted"
    assert svc.store.member_rates("v") == (fair,)
    _time(svc, "bob", "2024-01-02")  # 90,000 / 2,000 x 10 h x 2
    assert _slices(svc, "bob") == 900


def test_an_owner_opening_their_own_salary_high_waits_for_every_other_member(
    svc: EquityService,
) -> None:
    high = Rate("ana", START, Decimal(900_000))
    assert high not in svc.set_rate("v", high, actor=ANA)
    (p,) = svc.proposals("v", actor=CY, open_only=True)
    assert (p.subject, p.data["needs"], svc.waiting_for("v", p)) == ("ana", "others", ("bob", "cy"))
    # ana may not accept her own proposal for the others (she may only withdraw it)
    with pytest.raises(NotAllowed, match="not asked to answer"):
        svc.answer_proposal("v", p.id, True, actor=ANA)
    svc.answer_proposal("v", p.id, True, actor=BOB)
    assert svc.store.member_rates("v") == ()  # cy's word is still missing
    with pytest.raises(Conflict, match="waiting for cy"):
        _time(svc, "ana", "2024-01-02")
    # a second accept by bob is no second word: still cy's (409, saying his counted)
    with pytest.raises(Conflict, match=r"'bob' accepted proposal .* already; it waits for cy"):
        svc.answer_proposal("v", p.id, True, actor=BOB)
    svc.answer_proposal("v", p.id, True, actor=CY)
    assert svc.store.member_rates("v") == (high,)
    _time(svc, "ana", "2024-01-02")
    assert _slices(svc, "ana") == 9_000


def test_an_admins_opening_salary_waits_for_its_member_and_its_proposer_withdraws_it(
    svc: EquityService,
) -> None:
    svc.set_rate("v", Rate("cy", START, Decimal(50_000)), actor=ADMIN)
    (p,) = svc.proposals("v", actor=CY, open_only=True)
    assert (p.proposed_by, svc.waiting_for("v", p)) == ("admin", ("cy",))
    assert svc.answer_proposal("v", p.id, False, actor=ADMIN).status == "withdrawn"
    assert svc.store.member_rates("v") == ()


def test_a_stranger_and_another_ventures_member_cannot_answer(svc: EquityService) -> None:
    svc.set_rate("v", Rate("bob", START, Decimal(1_000)), actor=ANA)
    (p,) = svc.proposals("v", actor=BOB, open_only=True)
    venture(svc, "w", "dan", "eve")  # eve has her own venture, and an opening salary in it
    svc.set_rate("w", Rate("eve", START, Decimal(70_000)), actor=Actor("dan"))
    (q,) = svc.proposals("w", actor=Actor("eve"), open_only=True)
    for stranger in (Actor("dan"), Actor("eve"), Actor("zed")):
        with pytest.raises(UnknownVenture):
            svc.answer_proposal("v", p.id, True, actor=stranger)
    # bob answering through his venture a number that is another venture's: no such proposal
    with pytest.raises(Exception, match=f"no proposal {q.id} in venture 'v'"):
        svc.answer_proposal("v", q.id, True, actor=BOB)
    with pytest.raises(UnknownVenture):
        svc.answer_proposal("w", q.id, True, actor=BOB)
    assert svc.store.member_rates("v") == svc.store.member_rates("w") == ()


def test_one_opening_salary_waits_at_a_time_and_the_rules_still_apply(
    svc: EquityService,
) -> None:
    svc.set_rate("v", Rate("bob", START, Decimal(60_000)), actor=ANA)
    with pytest.raises(Conflict, match="already waits for bob"):
        svc.set_rate("v", Rate("bob", START, Decimal(20_000)), actor=ANA)
    with pytest.raises(NotAllowed):  # a member sets nobody's salary, not even their own
        svc.set_rate("v", Rate("cy", START, Decimal(500_000)), actor=CY)
    with pytest.raises(InvalidInput, match="is not a member"):
        svc.set_rate("v", Rate("zed", START, Decimal(500_000)), actor=ANA)


def test_time_before_the_proposed_day_is_told_to_get_a_salary_first(svc: EquityService) -> None:
    """A proposal from a later day does not cover an earlier entry: the model's own error
    (no salary on that day) asks for one, as with no proposal at all."""
    svc.set_rate("v", Rate("bob", dt.date(2024, 3, 1), Decimal(60_000)), actor=ANA)
    with pytest.raises(InvalidInput, match="has no fair market salary on 2024-01-02"):
        _time(svc, "bob", "2024-01-02")


def test_an_import_refuses_time_of_a_member_whose_salary_waits(svc: EquityService) -> None:
    svc.set_rate("v", Rate("bob", START, Decimal(60_000)), actor=ANA)
    (p,) = svc.proposals("v", actor=BOB, open_only=True)
    rows = b"member,kind,on,hours\nbob,time,2024-01-02,10\n"
    with pytest.raises(ImportFailed) as caught:
        svc.import_ledger("v", rows, actor=ANA)
    (problem,) = caught.value.errors
    assert (problem.field, problem.value) == ("rate", p.id)
    assert str(problem).startswith("line 2: 'bob' has no salary rate in force on 2024-01-02")
    assert svc.ledger("v", actor=ANA) == []


def test_a_venture_with_one_member_never_waits() -> None:
    svc = _service()
    create(svc, "v", "ana", start=START)
    first = Rate("ana", START, Decimal(900_000))
    assert first in svc.set_rate("v", first, actor=ANA)
    assert svc.proposals("v", actor=ANA) == []
    # someone else's word on her price is still not hers: an admin's rate waits for her
    by_admin = Rate("ana", JAN, Decimal(10_000))
    assert by_admin not in svc.set_rate("v", by_admin, actor=ADMIN)
    (p,) = svc.proposals("v", actor=ANA, open_only=True)
    assert svc.waiting_for("v", p) == ("ana",)


def test_rates_recorded_before_stay_in_force() -> None:
    """Existing data: a first rate recorded before this rule (as the store holds it, no
    proposal) is in force; only a rate set from now on waits."""
    svc = _service()
    venture(svc, "v", "ana", "bob")
    with svc.db.transaction():
        svc.store.add_rate("v", Rate("bob", START, Decimal(40_000)))
    _time(svc, "bob", "2024-01-02")
    assert _slices(svc, "bob") == 400
    assert svc.proposals("v", actor=ANA) == []


def test_an_opening_salary_waiting_for_an_erased_member_and_for_others() -> None:
    """An erased member cannot answer: an opening salary that waited only for them applies
    (nobody is left to ask, as for any proposal); one that waits for others still waits
    for those who are left."""
    privacy = build(populate=False)
    svc = privacy.equity
    venture(svc, "v", "ana", "bob", "cy")
    svc.set_rate("v", Rate("ana", START, Decimal(300_000)), actor=ANA)  # waits for bob, cy
    (own,) = svc.proposals("v", actor=ANA, open_only=True)
    privacy.erase("cy", actor=ADMIN)
    assert svc.waiting_for("v", own) == ("bob",)
    assert svc.proposals("v", actor=ANA, open_only=True) == [own]  # bob is still asked
    svc.answer_proposal("v", own.id, True, actor=BOB)
    assert [r.member for r in svc.store.member_rates("v")] == ["ana"]
    svc.set_rate("v", Rate("bob", START, Decimal(60_000)), actor=ANA)  # waits for bob
    privacy.erase("bob", actor=ADMIN)
    assert [p.status for p in svc.proposals("v", actor=ANA)] == ["accepted", "accepted"]
    assert svc.proposals("v", actor=ANA, open_only=True) == []  # nothing blocks the end


def test_the_helper_agrees_a_salary_as_members_do(svc: EquityService) -> None:
    """tests.ventures.agreed_rate, used by the tests that need salaries in force, answers the
    proposal as its members would: the rule stays on their path."""
    agreed_rate(svc, "v", Rate("ana", START, Decimal(100_000)), "ana")
    (p,) = svc.proposals("v", actor=ANA)
    assert (p.status, p.accepted_by) == ("accepted", frozenset({"bob", "cy"}))
