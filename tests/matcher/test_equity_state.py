"""A hypothesis state machine over the equity service: random posts, retries, reversals,
approvals and departures, checking after every step that

* shares sum to exactly 1 and percentages to exactly 100.00;
* the split does not depend on the order entries were posted;
* the as-of history (one incremental pass) equals independent splits at each date;
* replaying an idempotency key changes nothing;
* reversing every entry leaves an empty pie (when nobody left).

The rules of who may do what are exercised adversarially in test_equity_roles_state.py;
here the members act within them, and the Well refuses withdrawals it cannot cover.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from matcher.access import ADMIN, Actor
from matcher.equity import EquityService
from matcher.equity.model import Departure, Kind, Rate, Reason, split, timeline
from matcher.errors import Conflict, InvalidInput, NotAllowed, OutOfRange
from matcher.schema import connect
from tests.ventures import agreed_rate, venture

MEMBERS = ("ana", "bob", "cyd")
BASE = dt.date(2024, 1, 1)
KINDS = st.sampled_from(
    [
        Kind.TIME,
        Kind.CASH,
        Kind.EXPENSE,
        Kind.FACILITIES,
        Kind.EQUIPMENT,
        Kind.WELL_DEPOSIT,
        Kind.WELL_WITHDRAWAL,
        Kind.REPAYMENT,
    ]
)
#: Kinds that change a Well balance, and what refuses such a change before a withdrawal
#: already shared among the depositors' balances.
WELL_BALANCE = (Kind.WELL_DEPOSIT.value, Kind.REPAYMENT.value)
RESHARED = "already shared among the depositors"
#: a deposit whose money later withdrawals took is reversed only once they are
TAKEN = "of what it deposited"
AMOUNTS = st.one_of(
    st.integers(1, 5000).map(Decimal),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal(999), places=2),
)


class PieMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.svc = EquityService(connect(":memory:"))
        self.posted: dict[str, tuple[int, dict[str, object]]] = {}
        self.left: set[str] = set()
        self.last_day: dict[str, dt.date] = {}
        self.counter = 0

    @initialize(approval=st.booleans())
    def create(self, approval: bool) -> None:
        self.approval = approval
        venture(self.svc, "v", "ana", *MEMBERS[1:], require_approval=approval)
        self.svc.second("v", "cyd", actor=Actor("bob"))  # cyd joined on ana's word alone
        for i, m in enumerate(MEMBERS):
            rate = Rate(m, BASE, Decimal(60_000 + 20_000 * i), Decimal(10_000 * i))
            agreed_rate(self.svc, "v", rate, ADMIN)

    def actor(self, member: str) -> Actor:
        return Actor(member)

    @rule(member=st.sampled_from(MEMBERS), kind=KINDS, amount=AMOUNTS, day=st.integers(0, 12))
    def post(self, member: str, kind: Kind, amount: Decimal, day: int) -> None:
        on = BASE + dt.timedelta(days=day)
        raw: dict[str, object] = {"member": member, "kind": kind.value, "on": on.isoformat()}
        if kind is Kind.TIME:
            raw["hours"] = amount
        elif kind is Kind.FACILITIES:
            raw |= {"amount": amount, "months": 1}
        else:
            raw["amount"] = amount
        key = f"k{self.counter}"
        self.counter += 1
        if member in self.left:
            with pytest.raises(InvalidInput, match=f"member '{member}' has left venture 'v'"):
                self.svc.post("v", raw, key=key, actor=self.actor(member))
            return
        try:
            posted = self.svc.post("v", raw, key=key, actor=self.actor(member))
        except OutOfRange as exc:  # more hours than 24 a day since the start hold
            assert kind is Kind.TIME and "24 hours a day" in str(exc), exc
            return
        except InvalidInput as exc:  # the Well holds less, or was settled by a departure
            assert kind in (Kind.WELL_WITHDRAWAL, Kind.REPAYMENT, Kind.WELL_DEPOSIT), exc
            assert "Well" in str(exc), exc
            return
        except Conflict as exc:  # a Well balance changed before a withdrawal already shared
            assert kind in (Kind.REPAYMENT, Kind.WELL_DEPOSIT) and RESHARED in str(exc), exc
            return
        assert posted.created and posted.computation is not None
        self.posted[key] = (posted.row.entry.id, raw)
        self.last_day[member] = max(self.last_day.get(member, BASE), on)

    @precondition(lambda self: self.posted)
    @rule(data=st.data())
    def retry(self, data: st.DataObject) -> None:
        key = data.draw(st.sampled_from(sorted(self.posted)))
        entry_id, raw = self.posted[key]
        before = self.svc.store.ledger("v")
        member = str(raw["member"])
        again = self.svc.post("v", raw, key=key, actor=self.actor(member))
        assert again.row.entry.id == entry_id and not again.created
        assert self.svc.store.ledger("v") == before
        changed = {**raw, "note": "something else"}
        with pytest.raises(Conflict, match=f"idempotency key '{key}' was already used"):
            self.svc.post("v", changed, key=key, actor=self.actor(member))

    @precondition(lambda self: self.posted)
    @rule(data=st.data())
    def approve(self, data: st.DataObject) -> None:
        entry_id, raw = self.posted[data.draw(st.sampled_from(sorted(self.posted)))]
        candidates = [m for m in MEMBERS if m != raw["member"] and m not in self.left]
        if not candidates:
            return
        approver = data.draw(st.sampled_from(candidates))
        try:
            posted = self.svc.approve("v", entry_id, actor=self.actor(approver))
        except Conflict as exc:  # withdrawn, or about a member who left: settled, or a
            # Well balance changed before a withdrawal already shared
            assert (
                "withdrawn" in str(exc)
                or "no longer changes" in str(exc)
                or (raw["kind"] in WELL_BALANCE and RESHARED in str(exc))
            ), exc
            return
        except InvalidInput as exc:  # the Well cannot cover it (or was settled)
            assert "Well" in str(exc), exc
            return
        assert posted.row.approver is not None

    @precondition(lambda self: self.posted)
    @rule(data=st.data())
    def reverse(self, data: st.DataObject) -> None:
        entry_id, raw = self.posted[data.draw(st.sampled_from(sorted(self.posted)))]
        author = str(raw["member"])
        later = dt.date.fromisoformat(str(raw["on"])) + dt.timedelta(
            days=data.draw(st.integers(0, 30))
        )
        done = self.svc.store.reversal_of("v", entry_id)
        if raw["kind"] == Kind.WELL_WITHDRAWAL.value:
            # its slices are the depositors' it spent: the one depositor reverses it (an
            # admin on their behalf), none when it spent several members' deposits
            try:
                self.svc.reverse("v", entry_id, actor=ADMIN, on=later)
            except NotAllowed:  # the depositor left: only a current member acts
                return
            except Conflict as exc:  # several depositors' Well, settled, or reversed before
                assert (
                    "spent the Well deposits" in str(exc)
                    or "no longer changes" in str(exc)
                    or (done is not None and "already reversed" in str(exc))
                ), exc
            except InvalidInput as exc:
                assert "Well" in str(exc), exc
            return
        other = next(m for m in MEMBERS if m != author)
        with pytest.raises(NotAllowed, match=f"only .{author}. may reverse entry"):
            self.svc.reverse("v", entry_id, actor=self.actor(other), on=BASE)
        try:
            first = self.svc.reverse("v", entry_id, actor=self.actor(author), on=later)
        except NotAllowed:  # the author left: only a current member acts
            assert author in self.left
            return
        except Conflict as exc:  # about a leaver: settled; a withdrawal shared again
            assert (
                "no longer changes" in str(exc)
                or (raw["kind"] in WELL_BALANCE and RESHARED in str(exc))
                or (raw["kind"] == Kind.WELL_DEPOSIT.value and TAKEN in str(exc))
            ), exc
            return
        except InvalidInput as exc:  # the Well would not cover what was taken from it
            assert "Well" in str(exc), exc
            return
        if done is not None:
            assert first.row.entry.id == done and not first.created  # a retry, not a new row
        again = self.svc.reverse("v", entry_id, actor=self.actor(author), on=later)
        assert again.row.entry.id == first.row.entry.id

    @precondition(lambda self: len(self.left) < len(MEMBERS) - 1)
    @rule(
        member=st.sampled_from(MEMBERS[1:]), reason=st.sampled_from(Reason), buyback=st.booleans()
    )
    def depart(self, member: str, reason: Reason, buyback: bool) -> None:
        if member in self.left:
            return
        on = self.last_day.get(member, BASE)
        try:
            report = self.svc.leave("v", Departure(member, on, reason, buyback), actor=ADMIN)
        except Conflict as exc:  # entries about them wait for approval
            assert "wait for approval" in str(exc), exc
            return
        except InvalidInput as exc:  # their Well balance is still needed by a withdrawal
            assert "Well" in str(exc), exc
            return
        assert report.slices_after <= report.slices_before
        if not reason.at_fault and not buyback:
            assert report.slices_after == report.slices_before
        self.left.add(member)

    @invariant()
    def shares_are_exact_and_order_free(self) -> None:
        ledger = self.svc.store.ledger("v")
        if ledger is None:
            return
        s = split(ledger, as_of=dt.date(2025, 1, 1), members=MEMBERS)
        if s.total:
            assert sum((m.share for m in s.members), Fraction(0)) == 1
            assert sum(m.percent for m in s.members) == Decimal("100.00")
        assert all(m.slices >= 0 for m in s.members)
        shuffled = list(ledger.entries)
        random.Random(len(shuffled)).shuffle(shuffled)
        other = split(
            replace(ledger, entries=tuple(shuffled)), as_of=dt.date(2025, 1, 1), members=MEMBERS
        )
        assert other == s
        dates = sorted({e.on for e in ledger.entries} | {d.on for d in ledger.departures})
        history = timeline(ledger, dates)
        assert history == [split(ledger, as_of=d) for d in dates]
        # the service keeps entries' numbers between calls: never a different answer
        assert self.svc.split("v", actor=ADMIN, as_of=dt.date(2025, 1, 1)) == s
        assert self.svc.timeline("v", actor=ADMIN, dates=dates) == history

    def teardown(self) -> None:
        if not hasattr(self, "approval") or self.left:
            return
        ledger = self.svc.store.ledger("v")
        assert ledger is not None
        # withdrawals first: the Well then holds the deposits again, which can go back too;
        # all on the ledger's last day: a withdrawal reversed later than its own date (the
        # reverse rule's ``later``) still stood until then, and a deposit reversed at its own
        # date would leave it uncovered in between (the Well rightly refuses)
        order = {Kind.WELL_WITHDRAWAL: 0, Kind.REPAYMENT: 1}
        last = max((e.on for e in ledger.entries), default=BASE)
        standing = False  # a withdrawal that spent several members' deposits stands
        for e in sorted(ledger.entries, key=lambda e: order.get(e.kind, 2)):
            if e.reverses is None and self.svc.store.reversal_of("v", e.id) is None:
                withdrawal = e.kind is Kind.WELL_WITHDRAWAL
                try:  # a withdrawal by the depositor it spent (the default), else its author
                    author = None if withdrawal else e.author
                    self.svc.reverse("v", e.id, actor=ADMIN, author=author, on=last)
                except Conflict as exc:
                    if e.kind is Kind.WELL_DEPOSIT:  # a standing withdrawal took it
                        assert standing and "cannot be reversed: the Well's" in str(exc), exc
                    elif e.kind is Kind.REPAYMENT:  # it would share a standing one again
                        assert standing and RESHARED in str(exc), exc
                    else:
                        assert withdrawal and "spent the Well deposits" in str(exc), exc
                        standing = True
                except InvalidInput as exc:  # the deposits it spent cannot go back
                    assert standing and "Well" in str(exc), exc
        ledger = self.svc.store.ledger("v")
        assert ledger is not None
        if not standing:
            assert split(ledger, as_of=dt.date(2025, 1, 1)).total == 0


PieMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=25, deadline=None)
TestPie = PieMachine.TestCase
