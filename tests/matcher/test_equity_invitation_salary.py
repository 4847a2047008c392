"""An invitation that carries the opening salary (ledger15), on both backends.

Before, an owner invited a member, the member joined, then the owner proposed their
salary and the member accepted that proposal apart. Now the invitation may carry the
opening salary: accepting the invitation with it is the invitee's word on it (the word a
first rate another sets waits for), so it applies from its day with no second step;
joining without it leaves the salary an open proposal waiting for them; declining records
nothing; a salary changed after the invitee read it is never accepted in their name.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from matcher.access import ADMIN, Actor
from matcher.equity import EquityService, Rate, SalaryOffer, parse_salary_offer
from matcher.errors import Conflict, InvalidInput
from matcher.notices import Notice, NoticeKind
from matcher.schema import connect
from tests.ventures import START, create, person

ANA, BOB, CY = Actor("ana"), Actor("bob"), Actor("cy")
TODAY = dt.date(2024, 6, 1)
OFFER = SalaryOffer(Decimal(60_000), Decimal(10_000), dt.date(2024, 5, 1))


@pytest.fixture
def svc() -> EquityService:
    """ana owns v (started on START, her own salary in force); bob has a profile."""
    s = EquityService(connect(":memory:"), clock=lambda: dt.datetime(2024, 6, 1, tzinfo=dt.UTC))
    create(s, "v", "ana", start=START)
    s.set_rate("v", Rate("ana", START, Decimal(100_000)), actor=ANA)  # alone: at once
    person(s, "bob")
    person(s, "cy")
    return s


def _heard(svc: EquityService) -> list[Notice]:
    heard: list[Notice] = []
    svc.on_notice.append(heard.append)
    return heard


def test_the_invitee_sees_the_salary_and_accepting_it_puts_it_in_force(
    svc: EquityService,
) -> None:
    heard = _heard(svc)
    svc.invite("v", "bob", salary=OFFER, actor=ANA)
    (told,) = heard
    assert (told.to, told.kind) == ("bob", NoticeKind.VENTURE_INVITE)
    assert {k: told.data[k] for k in ("salary", "paid_salary", "effective")} == {
        "salary": "60000",
        "paid_salary": "10000",
        "effective": "2024-05-01",
    }
    (invitation,) = svc.invitations("bob", actor=BOB)
    assert invitation.salary == OFFER
    heard.clear()
    assert svc.answer_invitation("v", True, salary=OFFER, actor=BOB)
    # in force from its day, with no proposal left open
    assert Rate("bob", dt.date(2024, 5, 1), Decimal(60_000), Decimal(10_000)) in (
        svc.store.member_rates("v")
    )
    assert svc.proposals("v", actor=BOB, open_only=True) == []
    (p,) = [p for p in svc.proposals("v", actor=BOB) if p.subject == "bob"]
    assert (p.status, p.proposed_by, p.accepted_by) == ("accepted", "ana", frozenset({"bob"}))
    # bob is not asked for the word he just gave; ana is told it applies, with the salary
    assert [(n.to, n.kind) for n in heard] == [("ana", NoticeKind.PROPOSAL_ANSWER)]
    assert heard[0].data["status"] == "accepted"
    assert (heard[0].data["member"], heard[0].data["salary"]) == ("bob", "60000")
    # his time then counts at it: (60000 - 10000) / 2000 x 10 h x 2 = 500 slices
    svc.post(
        "v", {"member": "bob", "kind": "time", "on": "2024-05-02", "hours": 10}, key="t",
        actor=BOB,
    )  # fmt: skip
    bob = next(m for m in svc.split("v", actor=ANA).members if m.member == "bob")
    assert bob.slices == 500


def test_the_joining_day_is_the_default_effective_day(svc: EquityService) -> None:
    svc.invite("v", "bob", salary=SalaryOffer(Decimal(50_000)), actor=ANA)
    svc.answer_invitation("v", True, salary=SalaryOffer(Decimal("50000.00")), actor=BOB)
    assert Rate("bob", TODAY, Decimal(50_000)) in svc.store.member_rates("v")


def test_join_and_discuss_leaves_an_open_proposal_waiting_for_the_invitee(
    svc: EquityService,
) -> None:
    svc.invite("v", "bob", salary=OFFER, actor=ANA)
    heard = _heard(svc)
    assert svc.answer_invitation("v", True, actor=BOB)
    assert "bob" in svc.view("v", actor=BOB).roles.members
    assert [r.member for r in svc.store.member_rates("v")] == ["ana"]
    (p,) = svc.proposals("v", actor=BOB, open_only=True)
    assert (p.kind, p.subject, p.proposed_by, p.data["needs"]) == ("rate", "bob", "ana", "member")
    assert svc.waiting_for("v", p) == ("bob",)
    assert p.data["effective"] == "2024-05-01" and p.data["salary"] == "60000"
    (told,) = heard
    assert (told.to, told.kind, told.data["salary"]) == (
        "bob",
        NoticeKind.VENTURE_PROPOSAL,
        "60000",
    )
    # his time meanwhile is refused naming that proposal, as for any first salary
    with pytest.raises(Conflict) as caught:
        svc.post(
            "v", {"member": "bob", "kind": "time", "on": "2024-05-02", "hours": 1}, key="t",
            actor=BOB,
        )  # fmt: skip
    assert (caught.value.field, caught.value.value) == ("rate", p.id)
    svc.answer_proposal("v", p.id, True, actor=BOB)
    assert len(svc.store.member_rates("v")) == 2


def test_declining_records_nothing(svc: EquityService) -> None:
    svc.invite("v", "bob", salary=OFFER, actor=ANA)
    assert not svc.answer_invitation("v", False, actor=BOB)
    assert svc.view("v", actor=ANA).roles.invited == ()
    assert svc.proposals("v", actor=ANA) == [] and len(svc.store.member_rates("v")) == 1
    # invited again without a salary: the old one is gone with the declined invitation
    svc.invite("v", "bob", actor=ANA)
    assert svc.invitations("bob", actor=BOB)[0].salary is None


def test_a_salary_changed_after_the_invitee_read_it_is_never_accepted_in_their_name(
    svc: EquityService,
) -> None:
    svc.invite("v", "bob", salary=OFFER, actor=ANA)
    (seen,) = svc.invitations("bob", actor=BOB)
    lower = SalaryOffer(Decimal(6_000), Decimal(0), dt.date(2024, 5, 1))
    heard = _heard(svc)
    svc.invite("v", "bob", salary=lower, actor=ANA)  # ana changes it after bob read it
    assert heard[0].to == "bob" and heard[0].data["salary"] == "6000"  # he is told again
    with pytest.raises(Conflict) as caught:
        svc.answer_invitation("v", True, salary=seen.salary, actor=BOB)
    e = caught.value
    assert e.field == "salary"
    assert e.value == "a salary of 6000 (0 paid) from 2024-05-01"
    assert "read the invitation again" in (e.hint or "")
    # nothing happened: still invited, no rate, no proposal
    assert svc.view("v", actor=ANA).roles.invited == ("bob",)
    assert len(svc.store.member_rates("v")) == 1 and svc.proposals("v", actor=ANA) == []
    # a salary named for an invitation that carries none is refused too
    svc.invite("v", "cy", actor=ANA)
    with pytest.raises(Conflict) as none:
        svc.answer_invitation("v", True, salary=OFFER, actor=CY)
    assert (none.value.field, none.value.value) == ("salary", "none")
    # inviting again with the same salary changes nothing and tells nobody
    heard.clear()
    svc.invite("v", "bob", salary=lower, actor=ANA)
    assert heard == []


def test_an_invitation_without_salary_works_as_before(svc: EquityService) -> None:
    svc.invite("v", "bob", actor=ANA)
    assert svc.invitations("bob", actor=BOB)[0].salary is None
    assert svc.answer_invitation("v", True, actor=BOB)
    assert svc.proposals("v", actor=ANA) == [] and len(svc.store.member_rates("v")) == 1


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"salary": "NaN"}, "salary"),
        ({"salary": "-1"}, "salary"),
        ({"salary": "1e999999"}, "salary"),
        ({"salary": "10000000000000"}, "salary"),
        ({"salary": "50000", "paid_salary": "60000"}, "paid_salary"),
        ({"salary": "50000", "effective": "2024-13-01"}, "effective"),
        ({"paid_salary": "5"}, "salary"),
    ],
)
def test_bad_salaries_are_refused_naming_the_field(raw: dict[str, str], field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_salary_offer(raw, "bob")
    assert caught.value.field == field


def test_a_salary_before_the_start_or_in_a_frozen_venture_is_refused(
    svc: EquityService,
) -> None:
    early = SalaryOffer(Decimal(1), Decimal(0), START - dt.timedelta(days=1))
    with pytest.raises(InvalidInput) as caught:
        svc.invite("v", "bob", salary=early, actor=ANA)
    assert caught.value.field == "effective"
    assert svc.view("v", actor=ANA).roles.invited == ()
    svc.freeze("v", dt.date(2024, 5, 1), actor=ANA)  # ana alone: at once
    with pytest.raises(Conflict):
        svc.invite("v", "bob", salary=OFFER, actor=ANA)
    svc.invite("v", "bob", actor=ANA)  # without a salary, as before


def test_a_freeze_since_the_invitation_refuses_the_salary_not_the_join(
    svc: EquityService,
) -> None:
    svc.invite("v", "bob", salary=OFFER, actor=ANA)
    svc.freeze("v", dt.date(2024, 5, 1), actor=ANA)
    with pytest.raises(Conflict):  # the salary can no longer apply: said, nothing joined
        svc.answer_invitation("v", True, salary=OFFER, actor=BOB)
    assert svc.view("v", actor=ANA).roles.invited == ("bob",)
    assert svc.answer_invitation("v", True, actor=BOB)  # join: no salary to discuss now
    assert svc.proposals("v", actor=BOB) == []


def test_an_admins_invitation_salary_is_the_admins_proposal(svc: EquityService) -> None:
    svc.invite("v", "bob", salary=OFFER, actor=ADMIN)
    svc.answer_invitation("v", True, salary=OFFER, actor=BOB)
    (p,) = [p for p in svc.proposals("v", actor=BOB) if p.subject == "bob"]
    assert (p.proposed_by, p.status) == ("admin", "accepted")


def test_the_offer_survives_an_erasure_of_its_setter_without_naming_them() -> None:
    from tests.matcher.test_privacy import build

    privacy = build()
    equity = privacy.equity
    create(equity, "w", "ana", start=START)
    person(equity, "zed")
    equity.invite("w", "zed", salary=OFFER, actor=ANA)
    privacy.erase("ana", actor=ANA)
    rows = equity.db.execute(
        "SELECT offer, offer_by FROM venture_members WHERE member_id = 'zed'"
    ).fetchall()
    assert rows and all("ana" not in str(cell) for row in rows for cell in row)


def test_invitations_made_before_the_migration_keep_working(db_target: str) -> None:
    from matcher.db import open_database
    from matcher.equity import EquityStore, Venture, m_invitation_salary
    from matcher.schema import MIGRATIONS

    old = open_database(db_target, MIGRATIONS[: MIGRATIONS.index(m_invitation_salary)])
    store = EquityStore(old)
    with old.transaction():
        store.add_venture(Venture("v", "V", start=START), created_by="ana")
        store.add_membership("v", "ana", "owner", added_by="ana")
        store.add_membership("v", "bob", "invited", added_by="ana")
    old.close()

    svc = EquityService(connect(db_target), clock=lambda: dt.datetime(2024, 6, 1, tzinfo=dt.UTC))
    person(svc, "ana")
    person(svc, "bob")
    person(svc, "cy")
    (invitation,) = svc.invitations("bob", actor=BOB)
    assert invitation.salary is None
    assert svc.answer_invitation("v", True, actor=BOB)
    assert svc.proposals("v", actor=ANA) == []
    svc.invite("v", "cy", salary=OFFER, actor=ANA)  # a new one carries its salary
    assert svc.invitations("cy", actor=CY)[0].salary == OFFER
    svc.db.close()
