"""Worked examples of the Slicing Pie model (Moyer, The Slicing Pie Handbook; slicingpie.com).

Every expected number is computed by hand in the comment beside it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from fractions import Fraction as F

import pytest

from matcher.equity.model import (
    Condition,
    Departure,
    Entry,
    Kind,
    Ledger,
    Rate,
    Reason,
    Terms,
    Venture,
    apply_departure,
    check_entry,
    departure_reports,
    largest_remainder,
    ledger_hash,
    parse_entry,
    slices_for,
    split,
    timeline,
)
from matcher.errors import InvalidInput

DAY = dt.date(2024, 3, 1)
JAN = dt.date(2024, 1, 1)


def entry(i: int, member: str, kind: Kind, on: dt.date = DAY, **kw: object) -> Entry:
    fields = {
        k: (D(str(v)) if isinstance(v, int | str) and not isinstance(v, Condition) else v)
        for k, v in kw.items()
    }
    return Entry(i, member, kind, on, **fields)  # type: ignore[arg-type]


def test_time_unpaid_salary_100k_is_100_slices_an_hour() -> None:
    # 100,000 / 2,000 h = 50 an hour at risk; x2 = 100 slices per hour.
    c = slices_for(entry(1, "ana", Kind.TIME, hours=1), Terms(), [Rate("ana", JAN, D(100_000))])
    assert c.value == D(50) and c.unpaid == 50 and c.multiplier == 2 and c.slices == 100
    assert c.formula == "(100000 - 0 paid) / 2000 h x 1 h = 50 at risk x 2 = 100 slices"


def test_time_partly_paid_salary_is_30_slices_an_hour() -> None:
    # (50,000 - 20,000) / 2,000 = 15 an hour at risk; x2 = 30 slices per hour; 10 h = 300.
    rate = Rate("bob", JAN, D(50_000), paid_salary=D(20_000))
    assert slices_for(entry(1, "bob", Kind.TIME, hours=1), Terms(), [rate]).slices == 30
    assert slices_for(entry(2, "bob", Kind.TIME, hours=10), Terms(), [rate]).slices == 300


def test_time_by_month_is_exact() -> None:
    # 100,000 / 12 = 8,333.33... a month; x2 = 50,000/3 slices: a Fraction, not a rounded Decimal.
    c = slices_for(entry(1, "ana", Kind.TIME, months=1), Terms(), [Rate("ana", JAN, D(100_000))])
    assert c.slices == F(50_000, 3)


def test_rate_with_effective_dates() -> None:
    # Before April 60,000 (30/h), from April 80,000 (40/h): 1 h in March = 60, in April = 80.
    rates = [Rate("ana", JAN, D(60_000)), Rate("ana", dt.date(2024, 4, 1), D(80_000))]
    assert slices_for(entry(1, "ana", Kind.TIME, hours=1), Terms(), rates).slices == 60
    april = entry(2, "ana", Kind.TIME, dt.date(2024, 4, 2), hours=1)
    assert slices_for(april, Terms(), rates).slices == 80
    with pytest.raises(InvalidInput, match="member 'ana' has no fair market salary on 2023-12-31"):
        slices_for(entry(3, "ana", Kind.TIME, dt.date(2023, 12, 31), hours=1), Terms(), rates)


def test_cash_2500_is_10000_slices() -> None:
    assert slices_for(entry(1, "ana", Kind.CASH, amount=2500), Terms()).slices == 10_000


def test_expense_40_with_10_reimbursed_is_120() -> None:
    # (40 - 10) x 4 = 120
    c = slices_for(entry(1, "ana", Kind.EXPENSE, amount=40, paid=10), Terms())
    assert c.slices == 120
    assert c.formula == "40 spent - 10 reimbursed = 30 at risk x 4 = 120 slices"


def test_facilities_1000_a_month_is_2000_slices() -> None:
    assert (
        slices_for(entry(1, "ana", Kind.FACILITIES, amount=1000, months=1), Terms()).slices == 2000
    )
    # 3 months, 500 rent paid: (3,000 - 500) x 2 = 5,000
    three = entry(2, "ana", Kind.FACILITIES, amount=1000, months=3, paid=500)
    assert slices_for(three, Terms()).slices == 5000


def test_supplies_and_equipment_by_condition() -> None:
    # new laptop 1,200: x4 = 4,800; pre-owned < 1 year bought 1,200: x2 = 2,400; older, resale 300: 600
    new = entry(1, "ana", Kind.EQUIPMENT, amount=1200)
    recent = entry(2, "ana", Kind.EQUIPMENT, amount=1200, condition=Condition.USED_RECENT)
    old = entry(3, "ana", Kind.EQUIPMENT, amount=300, condition=Condition.USED_OLD)
    assert [slices_for(e, Terms()).slices for e in (new, recent, old)] == [4800, 2400, 600]
    assert slices_for(entry(4, "ana", Kind.SUPPLIES, amount=50), Terms()).slices == 200


def test_idea_royalty_and_sales_commission() -> None:
    # idea: 5 % royalty on 20,000 revenue = 1,000, 200 paid -> 800 x2 = 1,600
    idea = entry(1, "ana", Kind.IDEA, amount=20_000, rate="0.05", paid=200)
    assert slices_for(idea, Terms()).slices == 1600
    # sales: default 10 % commission on 30,000 = 3,000 unpaid x2 = 6,000
    assert slices_for(entry(2, "bob", Kind.SALES, amount=30_000), Terms()).slices == 6000
    with pytest.raises(InvalidInput, match="an idea needs a royalty rate"):
        slices_for(entry(3, "ana", Kind.IDEA, amount=100), Terms())
    assert (
        slices_for(entry(4, "ana", Kind.IDEA, amount=100), Terms(royalty_rate=D("0.1"))).slices
        == 20
    )


def test_finder_fee_tiers() -> None:
    # raised 1,500,000: 5 % x 1,000,000 + 2.5 % x 500,000 = 50,000 + 12,500 = 62,500; x2 = 125,000
    c = slices_for(entry(1, "eve", Kind.FINDER, amount=1_500_000), Terms())
    assert c.value == D(62_500) and c.slices == 125_000
    # raised 400,000: 5 % = 20,000; x2 = 40,000
    assert slices_for(entry(2, "eve", Kind.FINDER, amount=400_000), Terms()).slices == 40_000


def test_split_shares_and_percentages() -> None:
    # ana 10 h at 100/h = 1,000; bob cash 500 x4 = 2,000; cyd facilities 1,000 x2 = 2,000 -> 5,000
    led = Ledger(
        Venture("v"),
        rates=(Rate("ana", JAN, D(100_000)),),
        entries=(
            entry(1, "ana", Kind.TIME, hours=10),
            entry(2, "bob", Kind.CASH, amount=500),
            entry(3, "cyd", Kind.FACILITIES, amount=1000, months=1),
        ),
    )
    s = split(led)
    assert s.total == 5000
    assert [(m.member, m.share, m.percent) for m in s.members] == [
        ("ana", F(1, 5), D("20.00")),
        ("bob", F(2, 5), D("40.00")),
        ("cyd", F(2, 5), D("40.00")),
    ]
    assert s.members[1].by_kind["cash"] == 2000
    assert sum(m.share for m in s.members) == 1


def test_largest_remainder_sums_to_100() -> None:
    shares = {"a": F(1, 7), "b": F(2, 7), "c": F(4, 7)}
    pct = largest_remainder(shares)
    # 14.2857, 28.5714, 57.1428 -> floors 14.28 + 28.57 + 57.14 = 99.99; largest remainder is a's .57
    assert pct == {"a": D("14.29"), "b": D("28.57"), "c": D("57.14")}
    assert sum(pct.values()) == D("100.00")


def test_terms_change_applies_to_later_contributions_only() -> None:
    terms = (Terms(), Terms(effective=dt.date(2024, 6, 1), cash_multiplier=D(3)))
    led = Ledger(
        Venture("v"),
        terms=terms,
        entries=(
            entry(1, "ana", Kind.CASH, amount=100),
            entry(2, "ana", Kind.CASH, dt.date(2024, 7, 1), amount=100),
        ),
    )
    # 100 x4 + 100 x3 = 700
    assert split(led).total == 700


def test_the_well() -> None:
    # ana deposits 3,000, bob 1,000: no slices. The company spends 2,000: ana 3/4 (1,500 x4 = 6,000),
    # bob 1/4 (500 x4 = 2,000). Balances left: 1,500 and 500.
    led = Ledger(
        Venture("v"),
        entries=(
            entry(1, "ana", Kind.WELL_DEPOSIT, JAN, amount=3000),
            entry(2, "bob", Kind.WELL_DEPOSIT, JAN, amount=1000),
            entry(3, "ana", Kind.WELL_WITHDRAWAL, DAY, amount=2000),
        ),
    )
    before, after = timeline(led, [JAN, DAY])
    assert before.total == 0 and before.members[0].well_balance == 3000
    assert [(m.member, m.slices, m.well_balance) for m in after.members] == [
        ("ana", F(6000), F(1500)),
        ("bob", F(2000), F(500)),
    ]


def test_repayment_reduces_cash_then_well_then_non_cash_never_negative() -> None:
    # ana: cash 1,000 (4,000 slices), Well 500, time 10 h at 50/h = 500 at risk (1,000 slices).
    # Paid back 1,700: cash 1,000 gone, Well 500 gone, 200 of the 500 time value -> 600 slices left.
    entries = (
        entry(1, "ana", Kind.CASH, JAN, amount=1000),
        entry(2, "ana", Kind.WELL_DEPOSIT, JAN, amount=500),
        entry(3, "ana", Kind.TIME, JAN, hours=10),
        entry(4, "bob", Kind.CASH, JAN, amount=100),
        entry(5, "ana", Kind.REPAYMENT, DAY, amount=1700),
    )
    rates = (Rate("ana", JAN, D(100_000)),)
    ana = split(Ledger(Venture("v"), rates=rates, entries=entries)).members[0]
    assert "cash" not in ana.by_kind and ana.well_balance == 0 and ana.by_kind["time"] == 600
    # paying back 1,000,000 leaves zero, never negative (a member with nothing is not listed)
    big = (*entries[:4], entry(5, "ana", Kind.REPAYMENT, DAY, amount=1_000_000))
    after = split(Ledger(Venture("v"), rates=rates, entries=big))
    assert after.share("ana") == 0 and [m.member for m in after.members] == ["bob"]


def _leaver_ledger(reason: Reason, buyback: bool = False, refused: bool = False) -> Ledger:
    # bob: time 60 h at 50/h x2 = 6,000; cash 1,000 x4 = 4,000; idea 500 x2 = 1,000 -> 11,000.
    # ana: time 100 h x2 at 50/h = 10,000.
    return Ledger(
        Venture("v"),
        rates=(Rate("ana", JAN, D(100_000)), Rate("bob", JAN, D(100_000))),
        entries=(
            entry(1, "bob", Kind.TIME, JAN, hours=60),
            entry(2, "bob", Kind.CASH, JAN, amount=1000),
            entry(3, "bob", Kind.IDEA, JAN, amount=10_000, rate="0.05"),
            entry(4, "ana", Kind.TIME, JAN, hours=100),
        ),
        departures=(Departure("bob", DAY, reason, buyback, refused),),
    )


def test_leaving_at_fault_loses_non_cash_and_keeps_cash_at_x1() -> None:
    for reason in (Reason.FIRED_FOR_CAUSE, Reason.RESIGNED_NO_GOOD_REASON):
        led = _leaver_ledger(reason)
        before, after = timeline(led, [JAN, DAY])
        assert before.share("bob") == F(11_000, 21_000)
        # after: cash 1,000 at x1 = 1,000; time and idea lost -> bob 1,000 of 11,000
        assert after.share("bob") == F(1000, 11_000) and after.share("ana") == F(10, 11)
        (report,) = departure_reports(led)
        assert report.slices_before == 11_000 and report.slices_after == 1000
        assert (
            report.after["time"] == 0 and report.after["idea"] == 0 and report.buyback_amount == 0
        )


def test_leaving_at_fault_with_forced_buyback() -> None:
    (report,) = departure_reports(_leaver_ledger(Reason.FIRED_FOR_CAUSE, buyback=True))
    # 1,000 slices kept at x1, bought back at 1 per slice = 1,000.00; nothing left in the pie
    assert report.buyback_amount == D("1000.00") and report.slices_after == 0
    assert split(_leaver_ledger(Reason.FIRED_FOR_CAUSE, buyback=True)).share("ana") == 1


def test_leaving_without_fault_keeps_everything_and_may_refuse_buyback() -> None:
    for reason in (Reason.FIRED_WITHOUT_CAUSE, Reason.RESIGNED_GOOD_REASON):
        assert split(_leaver_ledger(reason)).share("bob") == F(11, 21)
    refused = departure_reports(_leaver_ledger(Reason.RESIGNED_GOOD_REASON, True, refused=True))[0]
    assert refused.slices_after == 11_000 and refused.buyback_amount == 0
    accepted = departure_reports(_leaver_ledger(Reason.FIRED_WITHOUT_CAUSE, True))[0]
    assert accepted.buyback_amount == D("11000.00") and accepted.slices_after == 0


def test_apply_departure_returns_the_well_balance() -> None:
    leave = Departure("bob", DAY, Reason.RESIGNED_GOOD_REASON)
    report = apply_departure({"cash": F(40)}, {"cash": F(10)}, F(250), leave)
    assert report.well_returned == 250 and report.slices_after == 40


def test_freeze_stops_growth() -> None:
    led = Ledger(
        Venture("v", freeze=dt.date(2024, 2, 1)),
        entries=(
            entry(1, "ana", Kind.CASH, JAN, amount=100),
            entry(2, "bob", Kind.CASH, DAY, amount=100),
        ),
    )
    assert split(led, as_of=DAY).share("ana") == 1


def test_reversal_and_approval() -> None:
    e1 = entry(1, "ana", Kind.CASH, JAN, amount=100)
    e2 = entry(2, "bob", Kind.CASH, JAN, amount=100)
    rev = Entry(3, "ana", Kind.CASH, DAY, amount=D(100), reverses=1)
    led = Ledger(Venture("v"), entries=(e1, e2, rev))
    jan, later = timeline(led, [JAN, DAY])
    assert jan.share("ana") == F(1, 2) and later.share("ana") == 0
    pending = Entry(4, "cyd", Kind.CASH, JAN, amount=D(100), approved=False)
    strict = Ledger(Venture("v", require_approval=True), entries=(e1, pending))
    assert split(strict).share("cyd") == 0
    assert split(Ledger(Venture("v"), entries=(e1, pending))).share("cyd") == F(1, 2)


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"kind": Kind.CASH, "amount": D(-50)}, "entry 7: amount must be >= 0, got -50"),
        ({"kind": Kind.TIME, "hours": D(-1)}, "entry 7: hours must be >= 0, got -1"),
        ({"kind": Kind.TIME}, "entry 7: a time entry needs hours or months"),
        ({"kind": Kind.CASH}, "entry 7: amount must be > 0 for a cash entry, got 0"),
        ({"kind": Kind.SALES, "amount": D(1), "rate": D(2)}, "rate must be between 0 and 1"),
        ({"kind": Kind.FACILITIES, "amount": D(1)}, "needs months > 0"),
    ],
)
def test_check_entry_messages(kw: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        check_entry(Entry(7, "ana", on=DAY, **kw))  # type: ignore[arg-type]


def test_same_day_order_does_not_matter() -> None:
    # On one day: deposits (3,000 and 1,000), a withdrawal of 2,000, ana's cash 100 and a repayment
    # of 50 to ana. Folded by phase, every posting order gives: ana Well share 3/4 of 2,000 x4 =
    # 6,000, cash (100 - 50 repaid) x4 = 200 -> 6,200; bob 1/4 of 2,000 x4 = 2,000.
    import itertools

    entries = [
        entry(1, "ana", Kind.WELL_DEPOSIT, amount=3000),
        entry(2, "bob", Kind.WELL_DEPOSIT, amount=1000),
        entry(3, "ana", Kind.WELL_WITHDRAWAL, amount=2000),
        entry(4, "ana", Kind.CASH, amount=100),
        entry(5, "ana", Kind.REPAYMENT, amount=50),
    ]
    results = {
        tuple((m.member, m.slices) for m in split(Ledger(Venture("v"), entries=order)).members)
        for order in itertools.permutations(entries)
    }
    assert results == {(("ana", F(6200)), ("bob", F(2000)))}


@pytest.mark.parametrize("compact", [False, True])
def test_the_chart_axis_label_does_not_overlap_the_legend(compact: bool) -> None:
    """On the phone's chart the legend sits under the plot: its first line must start below
    the x axis's label ("date"), not on top of it."""
    import re

    from matcher.equity.chart import timeline_svg
    from matcher.equity.model import MemberSplit, Split

    splits = [
        Split(
            dt.date(2026, 2, 1),
            F(3),
            (
                MemberSplit("ines", F(1), F(1, 3), D("33.33")),
                MemberSplit("tom", F(2), F(2, 3), D("66.67")),
            ),
        )
    ]
    svg = timeline_svg(splits, compact=compact, until=dt.date(2026, 12, 5))
    font = float(re.search(r'font-size="(\d+)"', svg).group(1))  # type: ignore[union-attr]
    axis = re.search(r'<text x="([\d.]+)" y="([\d.]+)"[^>]*>date</text>', svg)
    legend = [
        (float(x), float(y))
        for x, y in re.findall(r'<rect x="([\d.]+)" y="([\d.]+)" width="12"', svg)
    ]
    assert axis and len(legend) == 2
    ax, ay = float(axis.group(1)), float(axis.group(2))
    height = float(re.search(r'height="([\d.]+)"', svg).group(1))  # type: ignore[union-attr]
    for lx, ly in legend:  # a legend box (12 high) and the axis label (font high) apart
        apart_v = ly >= ay + 2 or ly + 12 <= ay - font
        apart_h = lx >= ax + 4 * font or lx + 200 <= ax - 4 * font
        assert apart_v or apart_h, (ax, ay, lx, ly)
        assert ly + 12 <= height  # inside the picture


def _three_splits() -> list:
    from matcher.equity.model import MemberSplit, Split

    def one(day: dt.date, a: str) -> Split:
        return Split(
            day,
            F(3),
            (
                MemberSplit("amelie", F(1), F(1, 3), D(a)),
                MemberSplit("kenza", F(2), F(2, 3), D("61.73")),
            ),
        )

    return [
        one(dt.date(2026, 2, 1), "0"),
        one(dt.date(2026, 3, 1), "33.33"),
        one(dt.date(2026, 3, 5), "30.86"),
    ]


def test_the_chart_dates_do_not_run_into_each_other() -> None:
    """Entries on Feb 1, Mar 1 and Mar 5 shown until Dec 5: the wide chart drew "Mar 1,
    2026" 28 px from "Feb 1, 2026", the two dates over each other. A date too close to an
    end's is left out; the ends' dates stay."""
    import re

    from matcher.equity.chart import timeline_svg

    svg = timeline_svg(
        _three_splits(),
        until=dt.date(2026, 12, 5),
        date_text=lambda d: d.strftime("%b %-d, %Y"),
    )
    dates = [
        (float(x), text)
        for x, text in re.findall(
            r'<text x="([\d.]+)" y="[\d.]+" text-anchor="middle">(\w{3} \d+, \d{4})</text>', svg
        )
    ]
    assert [t for _, t in dates] == ["Feb 1, 2026", "Dec 5, 2026"]


def test_the_chart_legend_is_never_cut_off() -> None:
    """A name of 14 letters with its share ("Amélie Lambert 30.86 %") ran past the wide
    chart's right edge: its "%" was cut off. The legend's column is as wide as its longest line."""
    import re

    from matcher.equity.chart import timeline_svg

    names = {"amelie": "Amélie Lambert-Dupont de la Tour", "kenza": "Kenza Cherif"}
    svg = timeline_svg(_three_splits(), until=dt.date(2026, 12, 5), names=names)
    width = float(re.search(r'width="([\d.]+)"', svg).group(1))  # type: ignore[union-attr]
    for x, text in re.findall(r'<text x="([\d.]+)" y="[\d.]+">([^<]+ %)</text>', svg):
        assert float(x) + len(text) * 12 * 0.6 <= width, (text, x, width)


def test_a_computation_that_ends_is_shown_exactly_not_with_an_ellipsis() -> None:
    """1234.56 x 2 = 2469.12 slices exactly, but the slices are a Fraction (61728/25) and the
    formula said '2469.12... slices', as if rounded; a third still says it never ends."""
    day = dt.date(2024, 3, 1)
    used = Entry(1, "ana", Kind.SUPPLIES, day, amount=D("1234.56"), condition=Condition.USED_RECENT)
    assert slices_for(used, Terms()).formula.endswith("= 2469.12 slices")
    rate = Rate("ana", dt.date(2024, 1, 1), D(100_000))
    third = slices_for(Entry(2, "ana", Kind.TIME, day, months=D(1)), Terms(), [rate])
    assert third.formula.endswith("= 16666.6667... slices")


@pytest.mark.parametrize("zero", ["-0", "-0.00", " -0 ", -0.0])
def test_a_negative_zero_is_zero(zero: object) -> None:
    """'-0' was kept as a negative zero: the ledger and the API showed paid -0, the same
    entry retried with paid 0 was refused as other content (its content hash differs),
    and two copies of one ledger had two SHA-256. Zero has no sign."""
    raw = {"member": "ana", "kind": "cash", "on": "2024-01-02", "amount": 5}
    entry = parse_entry({**raw, "paid": zero, "hours": zero, "months": zero})
    assert not any(getattr(entry, f).is_signed() for f in ("paid", "hours", "months"))
    plain = parse_entry({**raw, "paid": 0})
    venture = Venture("v")
    assert ledger_hash(Ledger(venture, entries=(entry,))) == ledger_hash(
        Ledger(venture, entries=(plain,))
    )
