"""No partner moves another's share alone (ledger13), on both backends.

The red team's four ways for one partner to move another's share, each a worked case:

* a leaver who records their own resignation "for good reason" kept every slice, and
  nobody could contest it: now that reason waits for another owner's word, and until
  then (or once disputed) the ledger applies the leaver's worst case, a resignation
  without good reason; the split, the departure's report and the ledger's hash say so;
* one owner lowered another member's salary alone (their future slices fell): a rate that
  lowers another member's unpaid hourly value now waits for that member's acceptance, and
  one that raises a member's (the others' shares fall) for the others';
* one owner froze everyone's pie alone: a freeze now waits for every other current member;
* a single-owner venture keeps working: with nobody else, each applies at once.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from matcher.access import ADMIN, Actor
from matcher.db import open_database
from matcher.equity import (
    Departure,
    EquityService,
    Rate,
    Reason,
    Terms,
    ledger_hash,
)
from matcher.equity.store import m_venture_proposals
from matcher.errors import Conflict, InvalidInput, NotAllowed
from matcher.privacy import PrivacyService
from matcher.schema import MIGRATIONS, connect
from tests.matcher.test_privacy import build
from tests.ventures import START, agreed_rate, before_proposals, create, venture

ANA, BOB, CY = Actor("ana"), Actor("bob"), Actor("cy")
JAN = dt.date(2024, 1, 1)


def _service(target: str = ":memory:") -> EquityService:
    return EquityService(connect(target), clock=lambda: dt.datetime(2024, 6, 1, tzinfo=dt.UTC))


def _time(svc: EquityService, who: str, on: str, hours: int = 10) -> None:
    raw = {"member": who, "kind": "time", "on": on, "hours": hours}
    svc.post("v", raw, key=f"{who}-{on}-{hours}", actor=Actor(who))


def _cash(svc: EquityService, who: str, on: str, amount: int) -> None:
    raw = {"member": who, "kind": "cash", "on": on, "amount": amount}
    svc.post("v", raw, key=f"{who}-{on}-{amount}", actor=Actor(who))


def _slices(svc: EquityService, who: str) -> Fraction:
    members = svc.split("v", actor=ANA).members
    return next((m.slices for m in members if m.member == who), Fraction(0))


@pytest.fixture
def svc() -> EquityService:
    """ana (owner), bob and cy; salaries 100,000 each (their first rates, set by ana and
    accepted by those they wait for);
    bob worked 10 hours (1,000 slices) and put 100 in cash (400 slices)."""
    s = _service()
    venture(s, "v", "ana", "bob", "cy")
    for who in ("ana", "bob", "cy"):
        agreed_rate(s, "v", Rate(who, START, Decimal(100_000)), "ana")
    _time(s, "bob", "2024-01-02")
    _cash(s, "bob", "2024-01-03", 100)
    _cash(s, "ana", "2024-01-03", 100)
    return s


# ------------------------------------------------------------------ 1. a leaver's good reason
def test_a_leavers_own_good_reason_counts_as_their_worst_case_until_an_owner_confirms_it(
    svc: EquityService,
) -> None:
    leave = Departure("bob", dt.date(2024, 2, 1), Reason.RESIGNED_GOOD_REASON)
    report = svc.leave("v", leave, actor=BOB)
    # the time slices go, the cash stays at x1: what "no good reason" keeps
    assert report.slices_before == 1400 and report.slices_after == 100
    assert report.departure.reason is Reason.RESIGNED_NO_GOOD_REASON
    assert report.departure.claimed is Reason.RESIGNED_GOOD_REASON
    assert "claimed by the leaver, not confirmed" in report.explanation
    assert _slices(svc, "bob") == 100
    (record,) = svc.departures("v", actor=CY)
    assert record.claim is not None and record.claim.status == "open"
    assert svc.waiting_for("v", record.claim) == ("ana",)
    pending_hash = ledger_hash(svc.store.ledger("v"))  # type: ignore[arg-type]
    # cy is no owner: he may not confirm it; bob may not confirm his own
    for who in (CY, BOB):
        with pytest.raises(NotAllowed):
            svc.answer_proposal("v", record.claim.id, True, actor=who)
    done = svc.answer_proposal("v", record.claim.id, True, actor=ANA)
    assert done.status == "accepted"
    assert _slices(svc, "bob") == 1400
    (record,) = svc.departures("v", actor=BOB)
    assert record.report.departure.reason is Reason.RESIGNED_GOOD_REASON
    assert record.report.departure.claimed is None and record.report.slices_after == 1400
    assert ledger_hash(svc.store.ledger("v")) != pending_hash  # type: ignore[arg-type]


def test_the_preview_shows_a_leavers_own_good_reason_as_it_would_apply(
    svc: EquityService,
) -> None:
    leave = Departure("bob", dt.date(2024, 2, 1), Reason.RESIGNED_GOOD_REASON)
    mine, _, _ = svc.preview_departure("v", leave, actor=BOB)
    assert mine.slices_after == 100 and mine.departure.claimed is Reason.RESIGNED_GOOD_REASON
    theirs, _, _ = svc.preview_departure("v", leave, actor=ANA)  # an owner records it
    assert theirs.slices_after == 1400 and theirs.departure.claimed is None


def test_a_disputed_good_reason_stays_the_leavers_worst_case(svc: EquityService) -> None:
    svc.leave("v", Departure("bob", dt.date(2024, 2, 1), Reason.RESIGNED_GOOD_REASON), actor=BOB)
    (record,) = svc.departures("v", actor=ANA)
    assert record.claim is not None
    with pytest.raises(InvalidInput, match="needs a reason"):
        svc.answer_proposal("v", record.claim.id, False, actor=ANA)
    svc.answer_proposal("v", record.claim.id, False, "he left for a rival", actor=ANA)
    assert _slices(svc, "bob") == 100
    (record,) = svc.departures("v", actor=BOB)
    assert record.claim is not None and record.claim.status == "declined"
    assert record.report.slices_after == 100
    with pytest.raises(Conflict, match="already declined"):
        svc.answer_proposal("v", record.claim.id, True, actor=ANA)
    # the leaver still disputes their departure, as before
    assert not svc.answer_departure("v", "bob", False, "I moved 300 miles", actor=BOB).acknowledged


def test_an_owner_on_the_leavers_word_alone_does_not_confirm(svc: EquityService) -> None:
    """A second account of bob's (invited by bob once an owner, unseconded) is no word but
    bob's own."""
    svc.name_owner("v", "bob", actor=ANA)
    from tests.ventures import join

    join(svc, "v", "bob2", by="bob")
    with svc.db.transaction():
        svc.store.make_owner("v", "bob2")  # an owner named before the rule, as a db may hold
    svc.leave("v", Departure("bob", dt.date(2024, 2, 1), Reason.RESIGNED_GOOD_REASON), actor=BOB)
    (record,) = svc.departures("v", actor=ANA)
    assert record.claim is not None
    assert svc.waiting_for("v", record.claim) == ("ana",)
    with pytest.raises(NotAllowed):
        svc.answer_proposal("v", record.claim.id, True, actor=Actor("bob2"))


def test_a_good_reason_recorded_by_an_owner_or_by_the_only_member_applies_at_once() -> None:
    svc = _service()
    venture(svc, "v", "ana", "bob")
    _cash(svc, "bob", "2024-01-03", 100)
    r = svc.leave(
        "v", Departure("bob", JAN.replace(month=2), Reason.RESIGNED_GOOD_REASON), actor=ANA
    )
    assert r.departure.claimed is None and r.slices_after == 400
    solo = _service()
    create(solo, "v", "ana", start=START)
    _cash(solo, "ana", "2024-01-03", 100)
    r = solo.leave(
        "v", Departure("ana", JAN.replace(month=2), Reason.RESIGNED_GOOD_REASON), actor=ANA
    )
    assert r.departure.claimed is None and r.slices_after == 400
    assert solo.proposals("v", actor=ANA) == []


def test_an_end_waits_for_the_open_claims(svc: EquityService) -> None:
    svc.leave("v", Departure("bob", dt.date(2024, 2, 1), Reason.RESIGNED_GOOD_REASON), actor=BOB)
    with pytest.raises(Conflict, match="wait for an answer") as caught:
        svc.propose_end("v", dt.date(2024, 3, 1), actor=ANA)
    assert caught.value.field == "proposal" and caught.value.hint


# ------------------------------------------------------------------------------ 2. salaries
def test_a_salary_lowered_by_an_owner_waits_for_its_member(svc: EquityService) -> None:
    lower = Rate("bob", dt.date(2024, 2, 1), Decimal(50_000))
    rates = svc.set_rate("v", lower, actor=ANA)
    assert lower not in rates
    (p,) = svc.proposals("v", actor=BOB, open_only=True)
    assert (p.kind, p.subject, svc.waiting_for("v", p)) == ("rate", "bob", ("bob",))
    _time(svc, "bob", "2024-02-05")  # still at 100,000: 1,000 slices
    assert _slices(svc, "bob") == 2400
    with pytest.raises(NotAllowed):
        svc.answer_proposal("v", p.id, True, actor=CY)
    # bob posted time after its effective day: accepting it now would re-price that time
    with pytest.raises(InvalidInput, match="re-price time already posted"):
        svc.answer_proposal("v", p.id, True, actor=BOB)
    svc.answer_proposal("v", p.id, False, actor=ANA)  # its proposer withdraws it
    later = Rate("bob", dt.date(2024, 3, 1), Decimal(50_000))
    svc.set_rate("v", later, actor=ANA)
    (p,) = svc.proposals("v", actor=BOB, open_only=True)
    assert svc.answer_proposal("v", p.id, True, actor=BOB).status == "accepted"
    assert later in svc.store.member_rates("v")
    _time(svc, "bob", "2024-03-05")  # 50,000: 500 slices
    assert _slices(svc, "bob") == 2900


def test_a_raise_waits_for_the_others_and_a_member_lowers_their_own_alone(
    svc: EquityService,
) -> None:
    raise_ = Rate("ana", dt.date(2024, 2, 1), Decimal(300_000))
    assert raise_ not in svc.set_rate("v", raise_, actor=ANA)
    (p,) = svc.proposals("v", actor=ANA, open_only=True)
    assert svc.waiting_for("v", p) == ("bob", "cy")
    svc.answer_proposal("v", p.id, True, actor=BOB)
    assert raise_ not in svc.store.member_rates("v")
    svc.answer_proposal("v", p.id, True, actor=CY)
    assert raise_ in svc.store.member_rates("v")
    # a lower salary of one's own, or the same unpaid value, moves no one else's share
    svc.name_owner("v", "bob", actor=ANA)
    own = Rate("bob", dt.date(2024, 2, 1), Decimal(40_000))
    assert own in svc.set_rate("v", own, actor=BOB)
    same = Rate("cy", dt.date(2024, 2, 1), Decimal(150_000), Decimal(50_000))
    assert same in svc.set_rate("v", same, actor=ANA)


def test_a_single_owner_sets_their_salary_and_freezes_at_once() -> None:
    svc = _service()
    create(svc, "v", "ana", start=START)
    svc.set_rate("v", Rate("ana", START, Decimal(100_000)), actor=ANA)
    assert Rate("ana", JAN, Decimal(200_000)) in svc.set_rate(
        "v", Rate("ana", JAN, Decimal(200_000)), actor=ANA
    )
    assert svc.freeze("v", dt.date(2024, 2, 1), actor=ANA).freeze == dt.date(2024, 2, 1)


# --------------------------------------------------------------------------------- 3. freeze
def test_a_freeze_waits_for_every_other_member(svc: EquityService) -> None:
    day = dt.date(2024, 2, 1)
    assert svc.freeze("v", day, actor=ANA).freeze is None
    (p,) = svc.proposals("v", actor=BOB, open_only=True)
    assert (p.kind, svc.waiting_for("v", p)) == ("freeze", ("bob", "cy"))
    with pytest.raises(Conflict, match="already waits"):
        svc.freeze("v", day, actor=ANA)
    _cash(svc, "cy", "2024-01-20", 10)  # the pie still grows
    svc.answer_proposal("v", p.id, True, actor=BOB)
    assert svc.store.get_venture("v").freeze is None  # type: ignore[union-attr]
    svc.answer_proposal("v", p.id, True, actor=CY)
    assert svc.store.get_venture("v").freeze == day  # type: ignore[union-attr]
    with pytest.raises(Conflict, match="froze its pie"):
        _cash(svc, "cy", "2024-01-21", 10)
    with pytest.raises(Exception, match="append-only"), svc.db.transaction():
        svc.db.execute("DELETE FROM proposal_answers")


def test_a_declined_freeze_leaves_the_pie_growing(svc: EquityService) -> None:
    svc.freeze("v", dt.date(2024, 2, 1), actor=ANA)
    (p,) = svc.proposals("v", actor=BOB, open_only=True)
    assert svc.answer_proposal("v", p.id, False, "not before the round", actor=CY).status == (
        "declined"
    )
    _cash(svc, "cy", "2024-01-20", 10)
    assert svc.store.get_venture("v").freeze is None  # type: ignore[union-attr]


# ------------------------------------------------------------------------------ migration
def test_the_migration_keeps_a_good_reason_recorded_before(
    db_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = open_database(db_target, MIGRATIONS[: MIGRATIONS.index(m_venture_proposals)])
    svc = EquityService(old, clock=lambda: dt.datetime(2024, 6, 1, tzinfo=dt.UTC))
    before_proposals(svc, monkeypatch)  # the code before the migration: no claim
    venture(svc, "v", "ana", "bob")
    svc.set_rate("v", Rate("bob", START, Decimal(100_000)), actor=ANA)
    _time(svc, "bob", "2024-01-02")
    svc.leave("v", Departure("bob", dt.date(2024, 2, 1), Reason.RESIGNED_GOOD_REASON), actor=BOB)
    before = svc.split("v", actor=ANA)
    digest = ledger_hash(svc.store.ledger("v"))  # type: ignore[arg-type]
    old.close()
    monkeypatch.undo()
    svc = _service(db_target)
    assert svc.split("v", actor=ANA) == before and _slices(svc, "bob") == 1000
    assert ledger_hash(svc.store.ledger("v")) == digest  # type: ignore[arg-type]
    (record,) = svc.departures("v", actor=ANA)
    assert record.claim is not None and record.claim.status == "accepted"


# ------------------------------------------------------- 6. a disputed cause (ledger13b)
def test_a_disputed_cause_counts_as_the_leavers_best_case_until_another_owner_confirms(
    svc: EquityService,
) -> None:
    """Before, an owner recorded another member's departure for cause alone, and the
    leaver's dispute changed nothing: they lost their time slices on one partner's word."""
    svc.name_owner("v", "cy", actor=ANA)
    report = svc.leave(
        "v", Departure("bob", dt.date(2024, 2, 1), Reason.FIRED_FOR_CAUSE), actor=ANA
    )
    assert report.slices_after == 100 and _slices(svc, "bob") == 100  # undisputed: it applies
    recorded_hash = ledger_hash(svc.store.ledger("v"))  # type: ignore[arg-type]
    svc.answer_departure("v", "bob", False, "I was never warned", actor=BOB)
    assert _slices(svc, "bob") == 1400  # meanwhile: the leaver's best case, every slice
    (record,) = svc.departures("v", actor=CY)
    assert record.cause is not None and record.cause.status == "open"
    assert record.report.departure.reason is Reason.FIRED_WITHOUT_CAUSE
    assert record.report.departure.disputed is Reason.FIRED_FOR_CAUSE
    assert "disputed by the leaver, not confirmed" in record.report.explanation
    assert record.report.slices_after == 1400
    assert svc.waiting_for("v", record.cause) == ("cy",)  # not the recorder
    assert ledger_hash(svc.store.ledger("v")) != recorded_hash  # type: ignore[arg-type]
    with pytest.raises(NotAllowed):
        svc.answer_proposal("v", record.cause.id, True, actor=ANA)
    svc.answer_proposal("v", record.cause.id, True, actor=CY)
    assert _slices(svc, "bob") == 100
    (record,) = svc.departures("v", actor=BOB)
    assert record.report.departure.reason is Reason.FIRED_FOR_CAUSE
    assert record.report.departure.disputed is None and record.report.slices_after == 100
    assert ledger_hash(svc.store.ledger("v")) == recorded_hash  # type: ignore[arg-type]


def test_a_disputed_cause_another_owner_declines_or_nobody_can_confirm_stays_the_best_case(
    svc: EquityService,
) -> None:
    svc.name_owner("v", "cy", actor=ANA)
    leave = Departure("bob", dt.date(2024, 2, 1), Reason.RESIGNED_NO_GOOD_REASON)
    svc.leave("v", leave, actor=ANA)
    svc.answer_departure("v", "bob", False, "I moved 300 miles", actor=BOB)
    (record,) = svc.departures("v", actor=CY)
    assert record.cause is not None
    svc.answer_proposal("v", record.cause.id, False, "he did move", actor=CY)
    assert _slices(svc, "bob") == 1400
    # with no other owner, the recorder's word alone never costs a disputing leaver
    other = _service()
    venture(other, "v", "ana", "bob")
    agreed_rate(other, "v", Rate("bob", START, Decimal(100_000)), "ana")
    _time(other, "bob", "2024-01-02")
    other.leave("v", Departure("bob", dt.date(2024, 2, 1), Reason.FIRED_FOR_CAUSE), actor=ANA)
    assert _slices(other, "bob") == 0
    other.answer_departure("v", "bob", False, "no cause", actor=BOB)
    opening, p = other.proposals("v", actor=ANA)  # bob's opening salary, then the cause
    assert (opening.kind, p.kind) == ("rate", "cause")
    assert p.status == "lapsed" and _slices(other, "bob") == 1000
    # an acknowledged departure, or one the leaver recorded, opens nothing
    assert other.proposals("v", actor=ANA, open_only=True) == []


# ---------------------------------------------------------------------- 4. terms (ledger13b)
def test_new_terms_wait_for_every_other_member(svc: EquityService) -> None:
    """Before, one owner alone doubled the cash multiplier (their own cash's weight) or
    halved the hours a year; now new terms wait for every other current member."""
    day = dt.date(2024, 2, 1)
    terms = Terms(day, cash_multiplier=Decimal(8))
    assert terms not in svc.set_terms("v", terms, actor=ANA)
    (p,) = svc.proposals("v", actor=BOB, open_only=True)
    assert (p.kind, svc.waiting_for("v", p)) == ("terms", ("bob", "cy"))
    assert p.data["cash_multiplier"] == "8" and "royalty_rate" not in p.data
    with pytest.raises(Conflict, match="already waits"):
        svc.set_terms("v", Terms(dt.date(2024, 2, 2), cash_multiplier=Decimal(5)), actor=ANA)
    svc.answer_proposal("v", p.id, True, actor=BOB)
    assert svc.terms_on("v", day, actor=ANA).cash_multiplier == 4
    svc.answer_proposal("v", p.id, True, actor=CY)
    assert svc.terms_on("v", day, actor=ANA) == terms


def test_declined_terms_change_nothing_and_the_same_terms_apply_at_once(
    svc: EquityService,
) -> None:
    svc.set_terms("v", Terms(dt.date(2024, 2, 1), hours_per_year=Decimal(1000)), actor=ANA)
    (p,) = svc.proposals("v", actor=BOB, open_only=True)
    svc.answer_proposal("v", p.id, False, "our year is 2000 hours", actor=CY)
    assert svc.terms_on("v", dt.date(2024, 3, 1), actor=ANA).hours_per_year == 2000
    same = Terms(dt.date(2024, 2, 3))
    assert same in svc.set_terms("v", same, actor=ANA)  # nobody's share moves


def test_a_single_member_sets_terms_at_once() -> None:
    svc = _service()
    create(svc, "v", "ana", start=START)
    terms = Terms(JAN, cash_multiplier=Decimal(3))
    assert terms in svc.set_terms("v", terms, actor=ANA)


def test_terms_posted_over_before_they_are_accepted_cannot_apply(svc: EquityService) -> None:
    svc.set_terms("v", Terms(dt.date(2024, 2, 1), cash_multiplier=Decimal(8)), actor=ANA)
    (p,) = svc.proposals("v", actor=BOB, open_only=True)
    _cash(svc, "cy", "2024-02-05", 10)
    svc.answer_proposal("v", p.id, True, actor=BOB)
    with pytest.raises(InvalidInput, match="would change entries already posted"):
        svc.answer_proposal("v", p.id, True, actor=CY)


def test_an_admin_withdraws_a_proposal_it_made(svc: EquityService) -> None:
    svc.freeze("v", dt.date(2024, 2, 1), actor=ADMIN)
    (p,) = svc.proposals("v", actor=BOB, open_only=True)
    assert p.proposed_by == "admin"
    assert svc.answer_proposal("v", p.id, False, "too early", actor=ADMIN).status == "withdrawn"


# --------------------------------------------------------------- 5. erased members (ledger13b)
def _erasable() -> tuple[EquityService, PrivacyService]:
    privacy = build(populate=False)
    svc = privacy.equity
    venture(svc, "v", "ana", "bob", "cy")
    for who in ("ana", "bob", "cy"):
        agreed_rate(svc, "v", Rate(who, START, Decimal(100_000)), "ana")
    return svc, privacy


def test_a_freeze_waiting_only_for_an_erased_member_applies() -> None:
    """Before, a freeze that waited only for a member whose data was since erased stayed
    open for ever (nobody could answer it) and locked the venture's end."""
    svc, privacy = _erasable()
    day = dt.date(2024, 2, 1)
    svc.freeze("v", day, actor=ANA)
    (p,) = svc.proposals("v", actor=BOB, open_only=True)
    svc.answer_proposal("v", p.id, True, actor=BOB)
    privacy.erase("cy", actor=ADMIN)
    assert svc.proposals("v", actor=BOB, open_only=True) == []
    assert svc.store.get_venture("v").freeze == day  # type: ignore[union-attr]
    *_, done = svc.proposals("v", actor=BOB)  # after the opening salaries the fixture agreed
    assert (done.kind, done.status, done.closed_by) == ("freeze", "accepted", None)


def test_a_salary_waiting_only_for_an_erased_member_applies_a_freeze_still_waits() -> None:
    svc, privacy = _erasable()
    svc.set_rate("v", Rate("cy", JAN, Decimal(50_000)), actor=ANA)  # waits for cy
    svc.freeze("v", dt.date(2024, 2, 1), actor=ANA)
    privacy.erase("cy", actor=ADMIN)
    states = {q.kind: q.status for q in svc.proposals("v", actor=BOB)}
    assert states == {"rate": "accepted", "freeze": "open"}  # bob is still asked
    (freeze,) = svc.proposals("v", actor=BOB, open_only=True)
    assert svc.waiting_for("v", freeze) == ("bob",)


def test_a_proposal_nobody_is_left_to_answer_lapses_when_it_cannot_apply() -> None:
    svc, privacy = _erasable()
    svc.set_rate("v", Rate("cy", dt.date(2024, 1, 3), Decimal(50_000)), actor=ANA)
    _time(svc, "cy", "2024-01-05")  # cy's time since: the rate would re-price it
    privacy.erase("cy", actor=ADMIN)
    *_, p = svc.proposals("v", actor=BOB)  # after the opening salaries the fixture agreed
    assert p.status == "lapsed" and "re-price time already posted" in p.reason
    svc.propose_end("v", dt.date(2024, 3, 1), actor=ANA)  # nothing waits any more


def test_a_leavers_reason_waits_for_the_owner_an_erasure_makes() -> None:
    svc, privacy = _erasable()
    svc.leave("v", Departure("bob", dt.date(2024, 2, 1), Reason.RESIGNED_GOOD_REASON), actor=BOB)
    (p,) = svc.proposals("v", actor=CY, open_only=True)
    assert svc.waiting_for("v", p) == ("ana",)
    privacy.erase("ana", actor=ADMIN)  # the only other owner: cy becomes owner
    *_, done = svc.proposals("v", actor=CY)  # after the opening salaries the fixture agreed
    assert done.kind == "reason" and done.status == "open"
    assert svc.waiting_for("v", done) == ("cy",)
