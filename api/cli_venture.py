"""``cofoundry venture ...``: ventures and their Slicing Pie ledger from the command line.

A thin shell over :class:`matcher.equity.EquityService`, under the same rules as the API:
every command says who acts, ``--as MEMBER`` (that member's rules apply, as with their
token) or ``--admin`` (the operator: bypasses the member rules where an admin may, see
``--admin``'s help). Values go through the domain's parse (a bad number, date or file is
one ``error:`` line and exit status 2, never a traceback). Only the database is opened
(no encoder is loaded).
"""

from __future__ import annotations

import hashlib
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import BaseModel

from api.console import WHOLE, Common, Panels, common, read_input, say, write_file
from api.schemas_ventures import (
    DayStatusPublic,
    DeparturePublic,
    EntryPublic,
    InvitationPublic,
    ProposalPublic,
    VenturePublic,
    optional_day,
)
from api.settings import Settings
from api.wiring import build_community
from matcher.equity import (
    TIMELINES,
    Condition,
    DayStatus,
    EquityService,
    Kind,
    Posted,
    Reason,
    fraction_text,
    hourly_at_risk,
    parse_day,
    parse_departure,
    parse_rate,
    parse_salary_offer,
    parse_terms,
    split_dict,
)
from matcher.errors import InvalidInput, counted

__all__ = ["VENTURE_PANELS", "FirstDayOpt", "VentureArg", "venture_app"]

venture_app = typer.Typer(
    help="Slicing Pie: dynamic equity for unfunded ventures.", no_args_is_help=True
)
member_app = typer.Typer(help="Venture members: invite, name owners, second.", no_args_is_help=True)
rate_app = typer.Typer(help="Fair market salaries, with effective dates.", no_args_is_help=True)
terms_app = typer.Typer(help="Multipliers and rates, with effective dates.", no_args_is_help=True)
departure_app = typer.Typer(help="A leaver's answer to their departure.", no_args_is_help=True)
venture_app.add_typer(member_app, name="member")
venture_app.add_typer(rate_app, name="rate")
venture_app.add_typer(terms_app, name="terms")
venture_app.add_typer(departure_app, name="departure")

#: The help's panels, in the order of a venture's life.
VENTURE_PANELS: Panels = (
    ("The venture", ("create", "show", "member", "terms", "rate", "freeze")),
    ("Waiting for your word", ("proposals", "answer")),
    ("Your invitations", ("invitations", "accept", "decline")),
    ("The ledger", ("post", "import", "approve", "reject", "reverse", "ledger")),
    ("The split", ("split", "timeline", "pdf", "sign", "signatures")),
    ("Departures", ("leave", "departures", "departure")),
    ("The end", ("end", "end-confirm", "end-decline", "end-status")),
)

VentureArg = Annotated[str, typer.Argument(help="Venture id.")]
FirstDayOpt = Annotated[
    str | None, typer.Option(help="First day an entry may be dated, YYYY-MM-DD (today).")
]
RoyaltyOpt = Annotated[str | None, typer.Option(help="Royalty rate for ideas.")]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Date YYYY-MM-DD (today).")]


def _equity(db: str | None) -> EquityService:
    """The community's equity service over the settings' database (``db`` overriding it):
    wired as the server's is, so what a venture tells its members (an invitation, an entry
    to confirm) reaches their inbox and e-mail, and people hidden from the actor stay so."""
    overrides: dict[str, Any] = {"db": db} if db else {}
    return build_community(Settings(**overrides)).equity


def _print_json(value: BaseModel | list[Any] | dict[str, Any]) -> None:
    """``--json``: a model as pydantic writes it, a list of models or a dict with json.dumps
    (one-space indent)."""
    if isinstance(value, BaseModel):
        text = value.model_dump_json(indent=1)
    else:
        data = [v.model_dump(mode="json") for v in value] if isinstance(value, list) else value
        text = json.dumps(data, indent=1)
    sys.stdout.write(text + "\n")


def _show_entry(p: Posted, *, listed: bool = False) -> None:
    """One entry as a line; ``listed`` (the ledger's listing, not the answer to a post):
    with when it was recorded, if back-dated."""
    e, c = p.row.entry, p.computation
    state = {
        "counts": "counts",
        "pending": "pending approval",
        "rejected": f"rejected by {p.row.rejecter}: {p.row.rejection}",
        "reversed": f"reversed by #{p.reversed_by}",
        "reversal": f"reverses #{e.reverses}",
    }[p.state]
    if p.state == "counts" and p.row.approver:
        state += f", approved by {p.row.approver}"
    line = f"#{e.id} {e.on.isoformat()} {e.member} {e.kind.value} by {e.author} [{state}]"
    if listed and p.row.back_dated:
        line += f" (recorded on {p.row.recorded_on.isoformat()})"
    if c is not None:
        line += f": {c.formula}"
    say(line)


def _show_venture(public: VenturePublic) -> None:
    say(
        f"venture {public.id} ({public.name or 'no name'}), started {public.start.isoformat()}"
        + (", entries need approval" if public.require_approval else "")
        + (f", frozen on {public.freeze.isoformat()}" if public.freeze else "")
    )
    say(f"  owners: {', '.join(public.owners) or 'none'}")
    say(f"  members: {', '.join(public.members) or 'none'}")
    if public.invited:
        say(f"  invited: {', '.join(public.invited)}")
        for member, offer in public.invited_salaries.items():
            day = offer.effective or "the joining day"
            say(f"    {member}: salary {offer.salary} ({offer.paid_salary} paid) from {day}")
    if public.former:
        say(f"  left: {', '.join(public.former)}")
    if public.end is not None:
        end = public.end
        say(f"  end: {end.status} on {end.on.isoformat()}, ledger SHA-256 {end.ledger_hash}")
        if end.waiting:
            say(f"  waiting for: {', '.join(end.waiting)}")


@venture_app.command("create")
@common("as_", "admin", "db")
def create(
    opts: Common,
    venture: VentureArg,
    name: Annotated[str, typer.Option(help="Display name.")] = "",
    invite: Annotated[
        list[str] | None,
        typer.Option(
            "--invite",
            "--member",
            help="A person to invite (repeat); they join when they accept.",
        ),
    ] = None,
    start: FirstDayOpt = None,
    require_approval: Annotated[
        bool, typer.Option("--require-approval", help="Entries count once another member approves.")
    ] = False,
    non_cash: Annotated[str, typer.Option(help="Non-cash multiplier (model: 2).")] = "2",
    cash: Annotated[str, typer.Option(help="Cash multiplier (model: 4).")] = "4",
    commission: Annotated[str, typer.Option(help="Sales commission rate (model: 0.10).")] = "0.10",
    royalty: RoyaltyOpt = None,
    owner: Annotated[
        str | None, typer.Option(help="With --admin: the venture's owner (a profile id).")
    ] = None,
    exact: Annotated[
        bool,
        typer.Option(
            "--exact", help="With --admin: the id as given (a member's gets a random suffix)."
        ),
    ] = False,
) -> None:
    """Create a venture (you own it) with its multipliers; invite its first members. Its
    id is the one given followed by a random suffix (acme-3f9a2c), printed; an admin's
    with --exact is the one given."""
    actor = opts.actor()
    svc = _equity(opts.db)
    raw: dict[str, object] = {
        "non_cash_multiplier": non_cash,
        "cash_multiplier": cash,
        "commission_rate": commission,
        "royalty_rate": royalty,
    }
    terms = parse_terms({k: v for k, v in raw.items() if v is not None})
    venture = svc.create_venture(
        venture,
        name,
        actor=actor,
        require_approval=require_approval,
        terms=terms,
        start=optional_day(start or None, "start"),
        owner=owner,
        exact=exact,
    ).id
    for person in invite or []:
        svc.invite(venture, person, actor=actor)
    view = svc.view(venture, actor=actor)
    say(
        f"created venture {venture} (non-cash x{terms.non_cash_multiplier}, cash"
        f" x{terms.cash_multiplier}), started {view.venture.start.isoformat()};"
        f" owner: {', '.join(view.roles.owners)}; invited: {', '.join(view.roles.invited) or 'none'}"
    )


@venture_app.command("show")
@common("as_", "admin", "as_json", "db")
def show(opts: Common, venture: VentureArg) -> None:
    """A venture's owners, members, invitations, former members, freeze and end."""
    public = VenturePublic.of(_equity(opts.db).view(venture, actor=opts.actor()))
    if opts.as_json:
        return _print_json(public)
    _show_venture(public)


@venture_app.command("freeze")
@common("as_", "admin", "db")
def freeze_cmd(
    opts: Common,
    venture: VentureArg,
    on: Annotated[str, typer.Argument(help="Freeze date YYYY-MM-DD (final).")],
) -> None:
    """Freeze the pie (an owner; final): every entry posted afterwards is refused. With
    other members, a proposal that applies when each accepts it."""
    day = parse_day(on, "freeze")
    equity = _equity(opts.db)
    v = equity.freeze(venture, day, actor=opts.actor())
    if v.freeze is None:
        _say_proposed(equity, venture, "freeze", venture, opts)
        return
    say(f"venture {venture} froze its pie on {v.freeze.isoformat()}")


def _say_proposed(
    equity: EquityService, venture: str, kind: str, subject: str, opts: Common
) -> None:
    """Say that a step is a proposal now, and whom it waits for."""
    p = next(
        p
        for p in reversed(equity.proposals(venture, actor=opts.actor(), open_only=True))
        if p.kind == kind and p.subject == subject
    )
    say(
        f"proposal {p.id} ({kind}) waits for {', '.join(equity.waiting_for(venture, p))}:"
        f" it applies when they accept it (cofoundry venture answer {venture} {p.id})"
    )


@venture_app.command("proposals")
@common("as_", "admin", "as_json", "db")
def proposals_cmd(opts: Common, venture: VentureArg) -> None:
    """Salaries, freezes and leavers' own good reasons that wait (or waited) for another
    member's word, with whom they wait for."""
    equity = _equity(opts.db)
    found = equity.proposals(venture, actor=opts.actor())
    if opts.as_json:
        return _print_json([ProposalPublic.of(p, equity.waiting_for(venture, p)) for p in found])
    for p in found:
        data = ", ".join(f"{k} {v}" for k, v in p.data.items() if k not in ("report", "needs"))
        waiting = equity.waiting_for(venture, p)
        state = f"waits for {', '.join(waiting) or 'nobody who may answer'}"
        if p.status != "open":
            state = f"{p.status} by {p.closed_by or '-'}" + (f": {p.reason}" if p.reason else "")
        say(f"{p.id} {p.kind} {p.subject} ({data or '-'}) by {p.proposed_by}: {state}")
    if not found:
        say(f"venture {venture}: no proposal")


@venture_app.command("answer")
@common("as_", "db")
def proposal_answer(
    opts: Common,
    venture: VentureArg,
    number: Annotated[int, typer.Argument(help="The proposal's number (proposals).", parser=WHOLE)],
    accept: Annotated[
        bool, typer.Option("--accept/--decline", help="Accept, or decline with --note.")
    ],
    note: Annotated[str, typer.Option(help="Why you decline (needed to decline).")] = "",
) -> None:
    """Accept a proposal you are asked to answer, or decline it with a reason (its proposer
    declining withdraws it)."""
    p = _equity(opts.db).answer_proposal(venture, number, accept, note, actor=opts.actor())
    say(f"proposal {p.id} ({p.kind} {p.subject}): {p.status}")


@member_app.command("invite")
@common("as_", "admin", "db")
def member_invite(
    opts: Common,
    venture: VentureArg,
    person: Annotated[str, typer.Argument(help="The profile id to invite.")],
    salary: Annotated[
        str | None,
        typer.Option(help="Their opening yearly fair market salary, which they accept with it."),
    ] = None,
    paid_salary: Annotated[
        str | None, typer.Option(help="Yearly cash salary actually paid (with --salary).")
    ] = None,
    effective: Annotated[
        str | None,
        typer.Option("--from", help="The salary's effective date YYYY-MM-DD (the joining day)."),
    ] = None,
) -> None:
    """Invite a person (an owner): they join when they accept. With --salary, the
    invitation carries their opening salary (checked as a rate is); inviting them again
    with another changes it."""
    offer = parse_salary_offer(
        {"salary": salary, "paid_salary": paid_salary, "effective": effective}, person
    )
    view = _equity(opts.db).invite(venture, person, salary=offer, actor=opts.actor())
    said = f" with {offer.text}" if offer else ""
    say(f"invited {person} to {venture}{said}; invited: {', '.join(view.roles.invited)}")


member_app.command("add", hidden=True, help="Same as invite.")(member_invite)


@member_app.command("owner")
@common("as_", "admin", "db")
def member_owner(
    opts: Common,
    venture: VentureArg,
    member: Annotated[str, typer.Argument(help="A current member to make an owner.")],
) -> None:
    """Make a member an owner too (an owner)."""
    view = _equity(opts.db).name_owner(venture, member, actor=opts.actor())
    say(f"owners of {venture}: {', '.join(view.roles.owners)}")


@member_app.command("second")
@common("as_", "admin", "db")
def member_second(
    opts: Common,
    venture: VentureArg,
    member: Annotated[str, typer.Argument(help="The member you vouch for.")],
) -> None:
    """Vouch for a member an owner invited: their approvals then count for that owner's
    entries too."""
    _equity(opts.db).second(venture, member, actor=opts.actor())
    say(f"you seconded {member} in {venture}")


@venture_app.command("invitations")
@common("as_", "as_json", "db")
def invitations(opts: Common) -> None:
    """Your invitations waiting for an answer (give --as)."""
    actor = opts.actor()
    assert actor.profile_id is not None
    found = _equity(opts.db).invitations(actor.profile_id, actor=actor)
    if opts.as_json:
        return _print_json([InvitationPublic.of(i) for i in found])
    if not found:
        say("no invitation waiting")
    for i in found:
        by = i.invited_by or "the community's administrators"  # an admin has no profile
        offer = f"; {i.salary.text}" if i.salary else ""
        say(
            f"{i.venture.id} ({i.venture.name or 'no name'}): invited by {by}"
            f" on {i.invited_at[:10]}; members {', '.join(i.members)}{offer}"
        )


@venture_app.command("accept")
@common("as_", "db")
def accept_invitation(
    opts: Common,
    venture: VentureArg,
    members: Annotated[
        str | None,
        typer.Option(
            help="The members your invitation showed (venture invitations), comma-separated:"
            " the acceptance is refused when they changed since. Left out: the members now,"
            " which the answer names."
        ),
    ] = None,
    salary: Annotated[
        str | None,
        typer.Option(
            help="The salary your invitation carries (venture invitations), to accept it with"
            " the invitation; refused when it changed since. Left out: you join, and the"
            " salary waits for your word as a proposal."
        ),
    ] = None,
    paid_salary: Annotated[
        str | None, typer.Option(help="Its cash salary paid, as the invitation says.")
    ] = None,
    effective: Annotated[
        str | None, typer.Option("--from", help="Its effective date, as the invitation says.")
    ] = None,
) -> None:
    """Accept your invitation: you join the venture, with the members it names (as the
    API's and the page's acceptance do), and the salary it carries when you name it
    (--salary, with --paid-salary and --from as the invitation says them)."""
    actor = opts.actor()
    equity = _equity(opts.db)
    named = {"salary": salary, "paid_salary": paid_salary, "effective": effective}
    offer = parse_salary_offer(named, actor.profile_id or "")
    if offer is None and (paid_salary or effective):
        raise InvalidInput(
            "--salary is required to accept the invitation's salary",
            field="salary",
            value=None,
            hint="give --salary as the invitation says it, or leave the salary options out"
            " to join and discuss the salary",
        )
    if members is None:
        assert actor.profile_id is not None
        seen = next(
            (
                i.members
                for i in equity.invitations(actor.profile_id, actor=actor)
                if i.venture.id == venture
            ),
            None,
        )
    else:
        seen = tuple(m.strip() for m in members.split(",") if m.strip())
    equity.answer_invitation(venture, True, members=seen, salary=offer, actor=actor)
    said = f" (members {', '.join(seen)})" if seen else ""
    say(f"you joined {venture}{said}")
    me = actor.profile_id or ""
    if any(
        p.kind == "rate" and p.subject == me
        for p in equity.proposals(venture, actor=actor, open_only=True)
    ):  # joined to discuss the salary (or it waits for others too)
        _say_proposed(equity, venture, "rate", me, opts)
    elif offer is not None:
        say(f"you accepted {offer.text}: it is in force")


@venture_app.command("decline")
@common("as_", "db")
def decline_invitation(opts: Common, venture: VentureArg) -> None:
    """Decline your invitation."""
    _equity(opts.db).answer_invitation(venture, False, actor=opts.actor())
    say(f"you declined the invitation to {venture}")


@rate_app.command("set")
@common("as_", "admin", "db")
def rate_set(
    opts: Common,
    venture: VentureArg,
    member: str,
    salary: Annotated[str, typer.Option(help="Yearly fair market salary.")],
    paid_salary: Annotated[str, typer.Option(help="Yearly cash salary actually paid.")] = "0",
    effective: Annotated[str, typer.Option("--from", help="Effective date YYYY-MM-DD.")] = "",
) -> None:
    """Set a member's fair market salary from a date (an owner), after their last time
    entry; a change of rate is a new rate from a later date. With other members, a first
    salary (as a lower one, or a raise) is a proposal: the command says whom it waits for."""
    actor = opts.actor()
    equity = _equity(opts.db)
    rate = parse_rate(
        {
            "member": member,
            "effective": effective or equity.today().isoformat(),
            "salary": salary,
            "paid_salary": paid_salary,
        }
    )
    if rate not in equity.set_rate(venture, rate, actor=actor):
        _say_proposed(equity, venture, "rate", member, opts)
        return
    terms = equity.terms_on(venture, rate.effective, actor=actor)
    hourly = hourly_at_risk(rate, terms)
    say(
        f"{member}: {rate.salary} a year, {rate.paid_salary} paid, from"
        f" {rate.effective.isoformat()} ({hourly:f} an hour at risk at"
        f" {terms.hours_per_year} h/year)"
    )


@terms_app.command("set")
@common("as_", "admin", "db")
def terms_set(
    opts: Common,
    venture: VentureArg,
    effective: Annotated[str, typer.Option("--from", help="Effective date YYYY-MM-DD.")],
    non_cash: Annotated[str | None, typer.Option(help="Non-cash multiplier.")] = None,
    cash: Annotated[str | None, typer.Option(help="Cash multiplier.")] = None,
    hours: Annotated[str | None, typer.Option(help="Hours a year.")] = None,
    commission: Annotated[str | None, typer.Option(help="Sales commission rate.")] = None,
    royalty: RoyaltyOpt = None,
) -> None:
    """New terms from a date after the last entry (an owner); missing values are the
    model's defaults. With other current members, terms that change how contributions
    count are a proposal that applies when each accepts it."""
    raw = {
        "effective": effective,
        "non_cash_multiplier": non_cash,
        "cash_multiplier": cash,
        "hours_per_year": hours,
        "commission_rate": commission,
        "royalty_rate": royalty,
    }
    terms = parse_terms({k: v for k, v in raw.items() if v is not None})
    equity = _equity(opts.db)
    if terms not in equity.set_terms(venture, terms, actor=opts.actor()):
        _say_proposed(equity, venture, "terms", venture, opts)
        return
    say(
        f"terms of {venture} from {terms.effective.isoformat()}: non-cash"
        f" x{terms.non_cash_multiplier}, cash x{terms.cash_multiplier}"
    )


@venture_app.command("post")
@common("as_", "admin", "author", "as_json", "db")
def post(
    opts: Common,
    venture: VentureArg,
    kind: Annotated[str, typer.Option(help=f"One of: {', '.join(k.value for k in Kind)}.")],
    on: Annotated[str, typer.Option(help="Date of the contribution YYYY-MM-DD.")],
    member: Annotated[
        str | None,
        typer.Option(
            help="Whose entry (default: you). An owner may name another member: it counts"
            " once that member approves it."
        ),
    ] = None,
    amount: Annotated[str, typer.Option(help="Money: spent, price, rent/month, revenue...")] = "",
    hours: Annotated[str, typer.Option(help="Hours of unpaid time.")] = "",
    months: Annotated[str, typer.Option(help="Months (time or facilities).")] = "",
    paid: Annotated[str, typer.Option(help="Cash received for it (reimbursed, paid).")] = "",
    condition: Annotated[
        str, typer.Option(help="Supplies/equipment: new, used-recent, used-old.")
    ] = Condition.NEW.value,
    rate: Annotated[str | None, typer.Option(help="Royalty or commission rate (0.10).")] = None,
    note: Annotated[str, typer.Option(help="What it was.")] = "",
    key: Annotated[
        str | None,
        typer.Option(
            help="Idempotency key (default: derived from the arguments, so a retry"
            " never double counts; give one to post two identical entries)."
        ),
    ] = None,
) -> None:
    """Record a contribution; prints its slice computation."""
    actor = opts.actor()
    if opts.admin and not opts.author:
        raise InvalidInput(
            "with --admin, name the member on whose behalf you post: --author MEMBER",
            field="author",
            hint="or act as the member: --as MEMBER",
        )
    who = opts.author if opts.admin else actor.profile_id
    raw: dict[str, object] = {
        "member": member or who,
        "kind": kind,
        "on": on,
        "amount": amount,
        "hours": hours,
        "months": months,
        "paid": paid,
        "condition": condition,
        "rate": rate,
        "note": note,
    }
    entry = EquityService.parse_entry(raw)
    if key is None:
        blob = json.dumps([venture, who, raw], sort_keys=True, default=str)
        key = "cli-" + hashlib.sha256(blob.encode("utf-8", "backslashreplace")).hexdigest()[:32]
    posted = _equity(opts.db).post(venture, entry, key=key, actor=actor, author=opts.author)
    if opts.as_json:
        return _print_json(EntryPublic.of(posted))
    if not posted.created:
        say(f"already recorded (same idempotency key) as entry {posted.row.entry.id}:")
    _show_entry(posted)


@venture_app.command("import")
@common("as_", "admin", "db")
def import_cmd(
    opts: Common,
    venture: VentureArg,
    file: Annotated[Path, typer.Argument(help="A ledger CSV (comma or semicolon).")],
    skip_invalid: Annotated[
        bool,
        typer.Option("--skip-invalid", help="Write the valid rows even if some are refused."),
    ] = False,
) -> None:
    """Import a ledger from a spreadsheet (an owner): columns member, kind, on, amount,
    hours, months, paid, condition, rate, note, key. Rows about other members count once
    each approves them; every bad row is reported by line, field and fix."""
    data = read_input(file, field="file", hint="give the path of a CSV file")
    report = _equity(opts.db).import_ledger(
        venture, data, actor=opts.actor(), skip_invalid=skip_invalid
    )
    say(
        f"imported {counted(len(report.posted), 'entry', 'entries')} into {venture}"
        f" ({report.already} already recorded, {len(report.rejected)} refused)"
    )
    for e in report.rejected:
        say(f"  refused: {e}")


@venture_app.command("reverse")
@common("as_", "admin", "author", "db")
def reverse(
    opts: Common,
    venture: VentureArg,
    entry: Annotated[int, typer.Argument(help="Number of the entry to reverse.", parser=WHOLE)],
    on: Annotated[
        str | None, typer.Option(help="Date of the correction (default: the entry's date).")
    ] = None,
    note: Annotated[str, typer.Option(help="Why.")] = "",
) -> None:
    """Post the reversing entry of an entry (its author), dated at the entry."""
    posted = _equity(opts.db).reverse(
        venture,
        entry,
        actor=opts.actor(),
        author=opts.author,
        on=optional_day(on or None, "on"),
        note=note,
    )
    _show_entry(posted)


@venture_app.command("approve")
@common("as_", "db")
def approve(
    opts: Common,
    venture: VentureArg,
    entry: Annotated[int, typer.Argument(help="Number of the entry to approve.", parser=WHOLE)],
) -> None:
    """Approve an entry (a member other than its author; an admin never approves)."""
    _show_entry(_equity(opts.db).approve(venture, entry, actor=opts.actor()))


@venture_app.command("reject")
@common("as_", "db")
def reject(
    opts: Common,
    venture: VentureArg,
    entry: Annotated[int, typer.Argument(help="Number of the entry to reject.", parser=WHOLE)],
    reason: Annotated[str, typer.Option(help="What is wrong with it.")],
) -> None:
    """Reject an entry waiting for approval, with a reason (whoever may approve it)."""
    _show_entry(_equity(opts.db).reject(venture, entry, reason, actor=opts.actor()))


@venture_app.command("ledger")
@common("as_", "admin", "as_json", "db")
def ledger(opts: Common, venture: VentureArg) -> None:
    """Every entry and its computation, in posting order."""
    rows = _equity(opts.db).ledger(venture, actor=opts.actor())
    if opts.as_json:
        return _print_json([EntryPublic.of(p) for p in rows])
    if not rows:
        say(f"venture {venture}: no entries yet")
    for p in rows:
        _show_entry(p, listed=True)


@venture_app.command("split")
@common("as_", "admin", "as_json", "db")
def split_cmd(
    opts: Common,
    venture: VentureArg,
    as_of: AsOfOpt = None,
) -> None:
    """Each member's slices, exact share and percentage (sums to exactly 100.00)."""
    s = _equity(opts.db).split(
        venture, actor=opts.actor(), as_of=optional_day(as_of or None, "as_of")
    )
    if opts.as_json:
        return _print_json(split_dict(s))
    total = counted(0, "slice", shown=fraction_text(s.total))
    say(f"venture {venture} as of {s.as_of.isoformat()}: {total}")
    for m in s.members:
        kinds = ", ".join(f"{k} {fraction_text(v, 2)}" for k, v in m.by_kind.items() if v)
        left = " (left)" if m.left else ""
        say(
            f"  {m.member}{left}: {m.percent}%  share {m.share}  slices"
            f" {fraction_text(m.slices, 2)}" + (f"  ({kinds})" if kinds else "")
        )
    say(f"  total: {sum((m.percent for m in s.members), Decimal(0))}%")


@venture_app.command("timeline")
@common("as_", "admin", "db")
def timeline_cmd(
    opts: Common,
    venture: VentureArg,
    out_file: Annotated[Path, typer.Option("--out", help="FILE.svg, FILE.csv or FILE.json.")],
) -> None:
    """Write the shares over time as a chart (SVG) or a table (CSV, JSON)."""
    fmt = out_file.suffix.lower().removeprefix(".")
    if fmt not in TIMELINES:
        raise InvalidInput(
            f"--out must end in .svg, .csv or .json, got {out_file.name!r}",
            field="out",
            value=str(out_file),
            hint="e.g. --out shares.svg",
        )
    splits = _equity(opts.db).timeline(venture, actor=opts.actor())
    write_file(out_file, TIMELINES[fmt](splits).encode("utf-8"))
    say(f"wrote {out_file} ({len(splits)} dates)")


@venture_app.command("pdf")
@common("as_", "admin", "db")
def pdf_cmd(
    opts: Common,
    venture: VentureArg,
    out_file: Annotated[Path, typer.Option("--out", help="FILE.pdf")],
    as_of: AsOfOpt = None,
    lang: Annotated[str, typer.Option(help="en or fr.")] = "en",
) -> None:
    """Write the split as a document to sign (PDF): terms, slices by kind, a chart, the
    ledger with reversals, departures, the end, and the ledger's SHA-256."""
    equity = _equity(opts.db)
    actor = opts.actor()
    day = optional_day(as_of or None, "as_of")
    day = equity.document_day(venture, actor=actor, as_of=day)  # today, or an end's day
    data = equity.split_pdf(venture, actor=actor, as_of=day, lang=lang)
    write_file(out_file, data)
    digest = equity.ledger_hash(venture, actor=actor, as_of=day)  # the one the PDF prints
    say(f"wrote {out_file} ({len(data)} bytes); ledger SHA-256 up to {day.isoformat()} {digest}")


@venture_app.command("sign")
@common("as_", "as_json", "db")
def sign_cmd(
    opts: Common,
    venture: VentureArg,
    day: Annotated[str, typer.Argument(help="The day whose split you sign, YYYY-MM-DD.")],
    ledger_hash: Annotated[
        str,
        typer.Option(
            "--hash", help="The fingerprint you read (cofoundry venture pdf --as-of DAY prints it)."
        ),
    ],
) -> None:
    """Sign the split of a day for the fingerprint you read (for yourself). Once every
    current member signed it, nothing dated on or before that day changes."""
    equity = _equity(opts.db)
    status = equity.sign_day(venture, parse_day(day, "day"), ledger_hash, actor=opts.actor())
    if opts.as_json:
        return _print_json(DayStatusPublic.of(status))
    _show_day(venture, status)


@venture_app.command("signatures")
@common("as_", "admin", "as_json", "db")
def signatures_cmd(
    opts: Common,
    venture: VentureArg,
    day: Annotated[
        str | None, typer.Option("--day", help="One day, YYYY-MM-DD (its fingerprint to sign).")
    ] = None,
) -> None:
    """The days whose split members signed, the latest first: who signed, whose signature
    no longer counts (the ledger of that day changed since), who is awaited."""
    equity = _equity(opts.db)
    actor = opts.actor()
    if day is not None:
        found = [equity.day_status(venture, parse_day(day, "day"), actor=actor)]
    else:
        found = equity.signatures(venture, actor=actor)
    if opts.as_json:
        return _print_json([DayStatusPublic.of(s) for s in found])
    if not found:
        say(
            f"venture {venture}: no split signed yet (cofoundry venture sign {venture} DAY --hash ...)"
        )
    for status in found:
        _show_day(venture, status)


def _show_day(venture: str, status: DayStatus) -> None:
    """Where the signing of a day stands, in two or three lines."""
    day = status.day.isoformat()
    names = ", ".join(s.member for s in status.signatures) or "nobody"
    if status.signed is not None:
        say(
            f"venture {venture}: the split of {day} is signed by every member ({names}, complete"
            f" {status.signed.at[:16]}): nothing dated on or before {day} changes"
        )
        say(f"signed fingerprint {status.signed.ledger_hash}")
        if status.rewritten:
            say(f"fingerprint now {status.ledger_hash} (an erasure renamed a member since)")
        return
    awaited = ", ".join(status.awaited) or "nobody"
    say(f"venture {venture}: the split of {day} is signed by {names}; waiting for {awaited}")
    if status.stale:
        stale = ", ".join(s.member for s in status.stale)
        say(f"no longer counted: {stale} (signed another fingerprint: the ledger of {day} changed)")
    say(f"fingerprint {status.ledger_hash}")


@venture_app.command("leave")
@common("as_", "admin", "as_json", "db")
def leave(
    opts: Common,
    venture: VentureArg,
    member: str,
    reason: Annotated[str, typer.Option(help=f"One of: {', '.join(r.value for r in Reason)}.")],
    on: Annotated[str, typer.Option(help="Departure date YYYY-MM-DD.")],
    buyback: Annotated[
        bool, typer.Option("--buyback", help="The company buys back (or offers to) at 1/slice.")
    ] = False,
    refused: Annotated[
        bool, typer.Option("--refused", help="The leaver refused the offer.")
    ] = False,
) -> None:
    """Record a departure (an owner; a member for their own resignation); shows the
    leaver's slices before and after the recovery rules, kept as recorded."""
    departure = parse_departure(
        {"member": member, "on": on, "reason": reason, "buyback": buyback, "refused": refused}
    )
    equity = _equity(opts.db)
    report = equity.leave(venture, departure, actor=opts.actor())
    public = DeparturePublic.of(report)
    if opts.as_json:
        return _print_json(public)
    say(f"{member} left {venture} on {departure.on.isoformat()}: {report.explanation}")
    if report.departure.claimed is not None:
        _say_proposed(equity, venture, "reason", member, opts)
    say(f"  before: {public.slices_before} slices {public.before}")
    say(f"  after:  {public.slices_after} slices {public.after}")
    if report.buyback_amount:
        say(f"  buy-back: {report.buyback_amount} paid for the remaining slices")
    elif departure.buyback:
        say(f"  buy-back offered: {report.buyback_offered}, refused")


@venture_app.command("departures")
@common("as_", "admin", "as_json", "db")
def departures(opts: Common, venture: VentureArg) -> None:
    """Every departure as recorded, with the leaver's answer."""
    records = _equity(opts.db).departures(venture, actor=opts.actor())
    if opts.as_json:
        return _print_json([DeparturePublic.of_record(r) for r in records])
    for r in records:
        d = r.report.departure
        answer = {None: "no answer yet", True: "acknowledged", False: "disputed"}[r.acknowledged]
        claim = ""
        if d.claimed is not None and r.claim is not None:
            how = {"open": "waiting for an owner's word", "declined": "disputed by"}
            claim = (
                f", {d.claimed.value} claimed ({how.get(r.claim.status, r.claim.status)}"
                + (f" {r.claim.closed_by}" if r.claim.status == "declined" else "")
                + f", proposal {r.claim.id})"
            )
        if d.disputed is not None and r.cause is not None:
            claim = (
                f", recorded as {d.disputed.value} and disputed: not confirmed by another"
                f" owner ({r.cause.status}, proposal {r.cause.id})"
            )
        say(
            f"{d.member} left on {d.on.isoformat()} ({d.reason.value}{claim}): slices"
            f" {fraction_text(r.report.slices_before, 2)} ->"
            f" {fraction_text(r.report.slices_after, 2)}; {answer}"
            + (f": {r.answer_note}" if r.answer_note else "")
        )


def _answer_departure(opts: Common, venture: str, acknowledge: bool, note: str = "") -> None:
    """The leaver's answer to their departure as recorded, then what they answered."""
    actor = opts.actor()
    assert actor.profile_id is not None
    record = _equity(opts.db).answer_departure(
        venture, actor.profile_id, acknowledge, note, actor=actor
    )
    say(f"you {'acknowledged' if acknowledge else 'disputed'} your departure from {venture}")
    cause = record.cause
    if cause is not None and cause.status == "open":
        equity = _equity(opts.db)
        say(
            f"until an owner other than {cause.proposed_by} confirms it (proposal {cause.id},"
            f" waiting for {', '.join(equity.waiting_for(venture, cause))}), your best case"
            f" applies: {record.report.departure.reason.value}"
        )


@departure_app.command("acknowledge")
@common("as_", "db")
def departure_acknowledge(opts: Common, venture: VentureArg) -> None:
    """Acknowledge your departure as recorded (the leaver)."""
    _answer_departure(opts, venture, True)


@departure_app.command("dispute")
@common("as_", "db")
def departure_dispute(
    opts: Common, venture: VentureArg, note: Annotated[str, typer.Option(help="What you dispute.")]
) -> None:
    """Dispute your departure as recorded, with a reason (the leaver)."""
    _answer_departure(opts, venture, False, note)
