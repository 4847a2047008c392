"""Partners who fall out (issue 17), as a hypothesis state machine through the equity
service: random operations by random actors, among them the owner, members, a member whose
membership nobody seconded, a second account of the owner, a person only invited, an
outsider, a leaver once someone left, and an admin.

After every step:

* the split equals the sum of the ledger's counting entries (each member's slices are the
  slices of their counting contributions; a leaver's are their departure's report, kept as
  recorded), less what counted repayments took back;
* shares sum to exactly 1 and percentages to exactly 100.00 (when anything counts);
* no member's slices decreased, except through an action the rules allow that member (a
  reversal of their own entry, their approval of a repayment made to them, their
  resignation) or an owner (recording their departure);
* refusals are refusals: an outsider or an invited person learns nothing (the venture does
  not exist for them), an approval counts only from a member who is neither the author nor
  someone the author alone added, and nothing changes after a refused operation;
* what waits for another member's word waits (ledger13): a salary lower than the one before
  it applies at once only when its member set it, a freeze only when its proposer is the
  only member, and a proposal is answered only by a member it waits for (a leaver's own
  good reason: another owner, not one on the leaver's word alone) or withdrawn by its
  proposer.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from hypothesis import event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from matcher.access import ADMIN, Actor
from matcher.equity import EquityService, ledger_hash
from matcher.equity.model import Departure, Kind, Rate, Reason, Terms
from matcher.errors import CofoundryError, NotAllowed, UnknownVenture
from matcher.schema import connect
from tests.ventures import agreed_rate, create, join, person

OWNER, MEMBER, UNSECONDED, SECOND_ACCOUNT = "ana", "bob", "cyd", "ana2"
INVITED, OUTSIDER = "dee", "zed"
PEOPLE = (OWNER, MEMBER, UNSECONDED, SECOND_ACCOUNT, INVITED, OUTSIDER)
#: who acts: half the time a member, else anyone (an outsider, the invited, an admin)
ACTORS = st.one_of(
    st.sampled_from([OWNER, MEMBER, UNSECONDED, SECOND_ACCOUNT]),
    st.sampled_from([*PEOPLE, "admin"]),
)
START = dt.date(2024, 1, 1)
CONTRIBUTIONS = (Kind.TIME, Kind.CASH, Kind.EXPENSE, Kind.FACILITIES, Kind.EQUIPMENT)


def actor_of(name: str) -> Actor:
    return ADMIN if name == "admin" else Actor(name)


class Falling(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.svc = EquityService(connect(":memory:"))
        self.keys = 0
        self.posts = 0  # entries posted: the freeze, the end and departures wait for a few
        # the machine's own account of the roles, independent of the service's
        self.members = {OWNER, MEMBER, UNSECONDED, SECOND_ACCOUNT}
        self.owners = {OWNER}
        self.left: set[str] = set()
        self.invited_by = {INVITED: OWNER}
        #: who joined on their inviter's word alone (nobody else seconded them): -> inviter
        self.alone = {UNSECONDED: OWNER, SECOND_ACCOUNT: OWNER}
        self.frozen = False
        self.end = ""  # "", "proposed" or "ended"
        self.step = ""  # what the last step did, for the decrease check: (kind, actor, member)
        self.allowed_decrease: set[str] = set()

    @initialize(approval=st.booleans())
    def create(self, approval: bool) -> None:
        svc = self.svc
        for p in PEOPLE:
            person(svc, p)
        create(svc, "v", OWNER, start=START, require_approval=approval)
        join(svc, "v", MEMBER, UNSECONDED, SECOND_ACCOUNT, by=OWNER)  # the last two: unseconded
        svc.invite("v", INVITED, actor=Actor(OWNER))
        for m in (OWNER, MEMBER, UNSECONDED, SECOND_ACCOUNT):
            agreed_rate(svc, "v", Rate(m, START, Decimal(60_000)), OWNER)
        self.before = self.slices()

    # ------------------------------------------------------------ helpers
    def slices(self) -> dict[str, Fraction]:
        s = self.svc.split("v", actor=ADMIN, as_of=self.svc.today() + dt.timedelta(days=1))
        return {m.member: m.slices for m in s.members}

    def attempt(self, what: str, who: str, fn: object, *args: object, **kw: object) -> bool:
        """Run an operation; True if done. A refusal changes nothing; to someone who is not
        in the venture (an outsider, a person only invited) the venture does not exist,
        and the only thing they can do is accept an invitation they have."""
        roles = self.roles()
        stranger = who != "admin" and who not in roles.joined
        before = ledger_hash(self.svc.store.ledger("v") or self.fail())
        try:
            fn(*args, **kw)  # type: ignore[operator]
        except CofoundryError as exc:
            if stranger and what != "accept":
                assert isinstance(exc, UnknownVenture), (what, who, exc)
            after = self.svc.store.ledger("v")
            assert after is not None and ledger_hash(after) == before, (what, who, exc)
            self.step = ""
            event(f"{what}: refused {type(exc).__name__} {exc.field}")
            return False
        event(f"{what}: done")
        writes = {"post", "repay", "reverse", "rate", "terms"}
        if what == "proposal" and args and isinstance(args[1], int):  # a rate, a freeze
            kinds = {p.id: p.kind for p in self.svc.store.proposals("v")}
            # a leaver's reason and a disputed cause may be answered after a freeze (red team 15)
            writes |= {"proposal"} if kinds.get(args[1]) not in ("reason", "cause") else set()
        assert not (self.frozen and what in writes), f"{what} after the freeze"
        locked = writes | {"approve", "reject", "invite", "accept", "leave", "second", "freeze"}
        assert not (self.end and what in locked), f"{what} while the end is {self.end}"
        assert not stranger or (what == "accept" and who in roles.invited), (what, who)
        return True

    def paired(self, a: str, b: str) -> bool:
        """One of the two joined on the other's word alone."""
        return self.alone.get(a) == b or self.alone.get(b) == a

    def fail(self) -> None:
        raise AssertionError("no venture")

    def roles(self):  # type: ignore[no-untyped-def]
        return self.svc.view("v", actor=ADMIN).roles

    def key(self) -> str:
        self.keys += 1
        return f"k{self.keys}"

    # ------------------------------------------------------------ operations
    @rule(
        who=ACTORS,
        about=st.one_of(st.none(), st.sampled_from(PEOPLE)),
        kind=st.sampled_from(CONTRIBUTIONS),
        amount=st.integers(1, 3000),
        day=st.integers(-3, 40),
    )
    def post(self, who: str, about: str | None, kind: Kind, amount: int, day: int) -> None:
        """About oneself (None) or about someone else."""
        member = about or (OWNER if who == "admin" else who)
        raw: dict[str, object] = {"member": member, "kind": kind.value}
        raw["on"] = (START + dt.timedelta(days=day)).isoformat()
        if kind is Kind.TIME:
            raw["hours"] = amount
        elif kind is Kind.FACILITIES:
            raw |= {"amount": amount, "months": 1}
        else:
            raw["amount"] = amount
        author = member if who == "admin" else None
        done = self.attempt(
            "post", who, self.svc.post, "v", raw, key=self.key(), actor=actor_of(who), author=author
        )
        if done:
            self.posts += 1
            poster = member if who == "admin" else who
            assert poster in self.members - self.left, (who, member)
            assert poster == member or poster in self.owners, (who, member)
            assert day >= 0, "an entry before the venture's start"

    @rule(who=ACTORS, member=st.sampled_from(PEOPLE), amount=st.integers(1, 500))
    def repay(self, who: str, member: str, amount: int) -> None:
        """Cash paid back to a member lowers their slices: only with their approval."""
        raw = {"member": member, "kind": "repayment", "on": "2024-02-20", "amount": amount}
        self.step = f"repay:{who}:{member}"
        if self.attempt("repay", who, self.svc.post, "v", raw, key=self.key(), actor=actor_of(who)):
            assert who == member or who in self.owners - self.left, (who, member)

    @staticmethod
    def _near(data: st.DataObject, who: str, *people: str) -> str:
        """Half the time, one of the people an entry is about (those a rule may allow)."""
        return data.draw(st.sampled_from(people)) if data.draw(st.booleans()) else who

    @rule(who=ACTORS, data=st.data())
    def approve(self, who: str, data: st.DataObject) -> None:
        rows = self.svc.ledger("v", actor=ADMIN)
        if not rows:
            return
        p = data.draw(st.sampled_from(rows))
        e = p.row.entry
        who = self._near(data, who, e.member, e.author, MEMBER, UNSECONDED, SECOND_ACCOUNT)
        self.step = f"approve:{who}:{e.member}:{e.author}"
        if self.attempt("approve", who, self.svc.approve, "v", e.id, actor=actor_of(who)):
            if p.row.approver is None and p.state == "pending":
                assert who in self.members - self.left and who != e.author, (who, e)
                assert not self.paired(who, e.author), f"{e.author}'s {who} approved {e}"
                if e.author != e.member:
                    assert who == e.member, (who, e)
        else:
            self.step = ""

    @rule(who=ACTORS, data=st.data())
    def reject(self, who: str, data: st.DataObject) -> None:
        rows = [p for p in self.svc.ledger("v", actor=ADMIN) if p.state == "pending"]
        if not rows:
            return
        e = data.draw(st.sampled_from(rows)).row.entry
        who = self._near(data, who, e.member, e.author, MEMBER, UNSECONDED, SECOND_ACCOUNT)
        if self.attempt("reject", who, self.svc.reject, "v", e.id, "wrong", actor=actor_of(who)):
            assert who in self.members - self.left and who != e.author, (who, e)
            assert not self.paired(who, e.author), f"{e.author}'s {who} rejected {e}"

    @rule(who=ACTORS, data=st.data(), later=st.integers(0, 5))
    def reverse(self, who: str, data: st.DataObject, later: int) -> None:
        rows = [p for p in self.svc.ledger("v", actor=ADMIN) if p.row.entry.reverses is None]
        if not rows:
            return
        p = data.draw(st.sampled_from(rows))
        e = p.row.entry
        who = self._near(data, who, e.member, e.author)
        # a reversal never takes slices from someone else
        lowers = p.counts and e.kind is not Kind.REPAYMENT
        reverser = e.member if lowers else e.author
        on = e.on + dt.timedelta(days=later) if later else None
        self.step = f"reverse:{who}:{e.member}"
        author = reverser if who == "admin" else None
        fn = self.svc.reverse
        if p.reversed_by is not None:
            # already reversed: the one who reversed it, asking again, gets that reversal back
            # (a retry, nothing written, even once the ledger is frozen or an end proposed);
            # anyone else is refused. Either way the ledger does not change.
            done = next(
                q.row.entry
                for q in self.svc.ledger("v", actor=ADMIN)
                if q.row.entry.id == p.reversed_by
            )
            before = ledger_hash(self.svc.store.ledger("v") or self.fail())
            try:
                again = fn("v", e.id, actor=actor_of(who), author=author, on=on)
            except CofoundryError:
                event("reverse again: refused")
            else:
                event("reverse again: the same reversal")
                assert again.row.entry.id == done.id, (who, e, done)
                assert (author or who) == done.author, (who, author, done)
            after = self.svc.store.ledger("v")
            assert after is not None and ledger_hash(after) == before, (who, e)
            return
        if self.attempt("reverse", who, fn, "v", e.id, actor=actor_of(who), author=author, on=on):
            assert who in ("admin", reverser), (who, e)

    def _target(self, data: st.DataObject, kinds: tuple[Kind, ...]) -> tuple[str, dt.date]:
        """A member and a day to aim a change at: mostly an entry already posted (the
        change would reach back over it), else anyone, any day."""
        posted = [
            p.row.entry
            for p in self.svc.ledger("v", actor=ADMIN)
            if p.row.entry.kind in kinds and p.row.entry.reverses is None
        ]
        if posted and data.draw(st.booleans()):
            e = data.draw(st.sampled_from(posted))
            return e.member, e.on - dt.timedelta(days=data.draw(st.integers(0, 2)))
        day = START + dt.timedelta(days=data.draw(st.integers(-5, 40)))
        return data.draw(st.sampled_from(PEOPLE)), day

    @rule(who=ACTORS, data=st.data())
    def rate(self, who: str, data: st.DataObject) -> None:
        """A lower salary, often dated back over time already posted."""
        member, day = self._target(data, (Kind.TIME,))
        rate = Rate(member, day, Decimal(1))
        earlier = [
            r.salary
            for r in sorted(self.svc.store.member_rates("v"), key=lambda r: r.effective)
            if r.member == member and r.effective < day
        ]
        if self.attempt("rate", who, self.svc.set_rate, "v", rate, actor=actor_of(who)):
            assert who == "admin" or who in self.owners - self.left, who
            # lower than the salary before it: another member's waits for their word; a
            # first salary waits too (its member's word, or the others' for one's own)
            waits = not earlier or (earlier[-1] > 1 and who != member)
            assert (rate in self.svc.store.member_rates("v")) != waits, (who, rate, earlier)

    @rule(who=ACTORS, data=st.data())
    def terms(self, who: str, data: st.DataObject) -> None:
        """Lower multipliers, often dated back over entries already posted."""
        _, day = self._target(data, CONTRIBUTIONS)
        terms = Terms(day, cash_multiplier=Decimal(1), non_cash_multiplier=Decimal(1))
        self.attempt("terms", who, self.svc.set_terms, "v", terms, actor=actor_of(who))

    @rule(who=ACTORS, member=st.sampled_from(PEOPLE))
    def second(self, who: str, member: str) -> None:
        if self.attempt("second", who, self.svc.second, "v", member, actor=actor_of(who)):
            inviter = self.alone.pop(member, None) or self.invited_by.get(member)
            assert who in self.members - self.left and who not in (member, inviter), who

    @rule(who=ACTORS, person=st.sampled_from(PEOPLE))
    def invite(self, who: str, person: str) -> None:
        if self.attempt("invite", who, self.svc.invite, "v", person, actor=actor_of(who)):
            assert who == "admin" or who in self.owners - self.left, who
            self.invited_by.setdefault(person, who)

    @rule(who=ACTORS)
    def accept(self, who: str) -> None:
        if self.attempt("accept", who, self.svc.answer_invitation, "v", True, actor=actor_of(who)):
            inviter = self.invited_by.pop(who)
            if inviter != "admin" and self.members - self.left - {inviter}:
                self.alone[who] = inviter
            self.members.add(who)

    @precondition(lambda self: self.posts >= 4)
    @rule(who=ACTORS, member=st.sampled_from(PEOPLE), reason=st.sampled_from(Reason))
    def leave(self, who: str, member: str, reason: Reason) -> None:
        self.step = f"leave:{who}:{member}"
        departure = Departure(member, dt.date(2024, 3, 1), reason)
        if self.attempt("leave", who, self.svc.leave, "v", departure, actor=actor_of(who)):
            assert who in ("admin", *(self.owners - self.left)) or (
                who == member and not reason.value.startswith("fired")
            ), (who, member, reason)
            assert member in self.members - self.left
            self.left.add(member)

    @rule(who=ACTORS, acknowledge=st.booleans())
    def answer(self, who: str, acknowledge: bool) -> None:
        fn = self.svc.answer_departure
        if self.attempt("answer", who, fn, "v", who, acknowledge, "no", actor=actor_of(who)):
            assert who in self.left, who

    @precondition(lambda self: self.posts >= 8)
    @rule(who=ACTORS)
    def freeze(self, who: str) -> None:
        day = dt.date(2024, 3, 2)
        if self.attempt("freeze", who, self.svc.freeze, "v", day, actor=actor_of(who)):
            assert who == "admin" or who in self.owners - self.left, who
            # with other members, only proposed: it waits for each one's word
            self.frozen = self.svc.store.frozen("v") is not None
            assert self.frozen == (self.members - self.left <= {who}), who

    @rule(who=ACTORS, data=st.data(), accept=st.booleans())
    def proposal(self, who: str, data: st.DataObject, accept: bool) -> None:
        """Answer a salary, a freeze or a leaver's own good reason that waits for a word."""
        waiting = self.svc.proposals("v", actor=ADMIN, open_only=True)
        if not waiting:
            return
        p = data.draw(st.sampled_from(waiting))
        asked = self.svc.waiting_for("v", p)
        who = self._near(data, who, p.proposed_by, *asked) if asked else who
        fn = self.svc.answer_proposal
        if self.attempt("proposal", who, fn, "v", p.id, accept, "no", actor=actor_of(who)):
            assert who in asked or (who == p.proposed_by and not accept), (who, p, asked)
            if who == "admin":  # an admin withdraws a proposal it made, and answers nothing else
                assert who == p.proposed_by and not accept, (who, p)
            else:
                assert who in self.members - self.left, who
            if p.kind == "reason":  # the leaver's own word is never another owner's
                assert who != p.subject and who in self.owners and not self.paired(who, p.subject)
            self.frozen = self.svc.store.frozen("v") is not None

    @precondition(lambda self: self.posts >= 8)
    @rule(who=ACTORS, confirm=st.booleans())
    def end(self, who: str, confirm: bool) -> None:
        end = self.svc.store.current_end("v")
        if end is None or end.status != "proposed":
            day = dt.date(2024, 3, 3)
            if self.attempt("end", who, self.svc.propose_end, "v", day, actor=actor_of(who)):
                assert who in self.owners - self.left and not self.end, who
                self.end = "proposed"
        elif confirm:
            fn = self.svc.confirm_end
            if self.attempt("end", who, fn, "v", end.ledger_hash, actor=actor_of(who)):
                assert who in self.members - self.left and self.end == "proposed", who
        elif self.attempt("end", who, self.svc.decline_end, "v", "no", actor=actor_of(who)):
            assert who in self.members - self.left and self.end == "proposed", who
            self.end = ""
        done = self.svc.store.current_end("v")
        if done is not None and done.status == "ended":
            self.end = "ended"

    # ------------------------------------------------------------ invariants
    @invariant()
    def split_is_the_sum_of_counting_entries(self) -> None:
        if not hasattr(self, "before"):
            return
        s = self.svc.split("v", actor=ADMIN, as_of=self.svc.today() + dt.timedelta(days=1))
        rows = self.svc.ledger("v", actor=ADMIN)
        reports = {
            r.report.departure.member: r.report for r in self.svc.departures("v", actor=ADMIN)
        }
        repaid = {
            p.row.entry.member for p in rows if p.counts and p.row.entry.kind is Kind.REPAYMENT
        }
        for m in s.members:
            counted = sum(
                (
                    p.computation.slices
                    for p in rows
                    if p.counts and p.row.entry.member == m.member and p.computation is not None
                ),
                Fraction(0),
            )
            if m.member in reports:
                assert m.slices == reports[m.member].slices_after, m.member  # as recorded
            elif m.member in repaid:
                assert 0 <= m.slices <= counted, m.member
            else:
                assert m.slices == counted, (m.member, m.slices, counted)
        if s.total:
            assert sum((m.share for m in s.members), Fraction(0)) == 1
            assert sum(m.percent for m in s.members) == Decimal("100.00")
        strangers = {INVITED, OUTSIDER} - set(self.roles().joined)
        assert not strangers & {m.member for m in s.members}

    @invariant()
    def nobody_loses_slices_but_by_their_own_hand_or_an_owner_recording_their_departure(
        self,
    ) -> None:
        if not hasattr(self, "before"):
            return
        after = self.slices()
        kind, who, member, author = [*self.step.split(":"), "", "", "", ""][:4]
        for m, was in self.before.items():
            now = after.get(m, Fraction(0))
            if now >= was:
                continue
            ok = (
                (kind == "reverse" and member == m and who in (m, "admin"))
                or (kind == "approve" and member == m and m in (who, author))
                or (kind == "repay" and member == m and who == m)
                or (kind == "leave" and member == m)
            )
            assert ok, f"{m} went from {was} to {now} after {self.step or 'a refused step'}"
        self.before = after
        self.step = ""

    @invariant()
    def outsiders_and_the_invited_see_nothing(self) -> None:
        if not hasattr(self, "before"):
            return
        for who in (OUTSIDER, INVITED):
            if who in self.roles().joined:
                continue
            try:
                self.svc.split("v", actor=Actor(who))
            except UnknownVenture:
                pass
            else:
                raise AssertionError(f"{who} read the split")
            try:
                self.svc.approve("v", 1, actor=Actor(who))
            except (UnknownVenture, NotAllowed):
                pass
            except CofoundryError as exc:
                raise AssertionError(f"{who}: {exc}") from None


Falling.TestCase.settings = settings(max_examples=80, stateful_step_count=60, deadline=None)
TestFallingOut = Falling.TestCase


def test_partners_who_fall_out_on_each_backend(backend: str) -> None:
    """A few runs of the same machine on this test's backend (in the store contract: on
    PostgreSQL too, where each run is a fresh schema)."""
    run_state_machine_as_test(
        Falling, settings=settings(max_examples=4, stateful_step_count=40, deadline=None)
    )
