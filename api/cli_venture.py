"""``cofoundry venture ...``: ventures and their Slicing Pie ledger from the command line.

A thin shell over :class:`matcher.equity.EquityService`, under the same rules as the API:
every command says who acts, ``--as MEMBER`` (that member's rules apply, as with their
token) or ``--admin`` (the operator: bypasses the member rules where an admin may, see
``--admin``'s help). Values go through the domain's parse (a bad number, date or file is
one ``error:`` line and exit status 2, never a traceback). Only the database is opened
(no encoder is loaded).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

import typer

from api.console import DbOpt, JsonOpt, out
from api.console import errors as _errors
from api.schemas_ventures import DeparturePublic, EntryPublic, InvitationPublic, VenturePublic
from api.settings import Settings
from matcher.access import ADMIN, Actor
from matcher.equity import (
    Condition,
    EquityService,
    Kind,
    Posted,
    Reason,
    fraction_text,
    hourly_at_risk,
    parse_day,
    parse_departure,
    parse_rate,
    parse_terms,
    split_dict,
    timeline_csv,
    timeline_json,
    timeline_svg,
)
from matcher.errors import InvalidInput
from matcher.schema import connect

__all__ = ["AdminOpt", "AsOpt", "acting", "venture_app"]

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


VentureArg = Annotated[str, typer.Argument(help="Venture id.")]
AsOpt = Annotated[
    str | None,
    typer.Option(
        "--as",
        help="The member who acts (their profile id): the same rules as with their token.",
    ),
]
AdminOpt = Annotated[
    bool,
    typer.Option(
        "--admin",
        help="Act as the operator, bypassing the member rules: create a venture for --owner,"
        " invite, name owners, set salaries and terms, freeze, import, record departures, and"
        " post or reverse on behalf of a member (--author, under that member's rules). An"
        " admin never approves, rejects, accepts an invitation, confirms or declines an end,"
        " or answers a departure for anyone.",
    ),
]
AuthorOpt = Annotated[
    str | None,
    typer.Option("--author", help="With --admin: the member on whose behalf the operator acts."),
]


def acting(as_: str | None, admin: bool) -> Actor:
    """Who acts: ``--as MEMBER`` or ``--admin`` (exactly one).

    Examples
    --------
    >>> acting("ana", False).profile_id, acting(None, True).is_admin
    ('ana', True)
    """
    if as_ and admin:
        raise InvalidInput(
            "give --as or --admin, not both",
            field="as",
            value=as_,
            hint="--as MEMBER acts under that member's rules; --admin acts as the operator",
        )
    if admin:
        return ADMIN
    if not as_:
        raise InvalidInput(
            "say who acts: --as MEMBER (the member rules apply) or --admin (the operator)",
            field="as",
            hint="e.g. --as ana",
        )
    return Actor(as_)


def _equity(db: str | None) -> EquityService:
    overrides: dict[str, Any] = {"db": db} if db else {}
    settings = Settings(**overrides)
    return EquityService(connect(settings.database))


def _day(value: str | None, field: str) -> dt.date | None:
    return None if value is None or value == "" else parse_day(value, field)


def _say(text: str) -> None:
    out.print(text, markup=False, highlight=False)


def _show_entry(p: Posted) -> None:
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
    if c is not None:
        line += f": {c.formula}"
    _say(line)


def _write(out_file: Path, data: bytes) -> None:
    """Write a file atomically (a crash leaves the old file or the new one, never half)."""
    folder = out_file.resolve().parent
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=out_file.name, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, out_file)


def _show_venture(public: VenturePublic) -> None:
    _say(
        f"venture {public.id} ({public.name or 'no name'}), started {public.start.isoformat()}"
        + (", entries need approval" if public.require_approval else "")
        + (f", frozen on {public.freeze.isoformat()}" if public.freeze else "")
    )
    _say(f"  owners: {', '.join(public.owners) or 'none'}")
    _say(f"  members: {', '.join(public.members) or 'none'}")
    if public.invited:
        _say(f"  invited: {', '.join(public.invited)}")
    if public.former:
        _say(f"  left: {', '.join(public.former)}")
    if public.end is not None:
        end = public.end
        _say(f"  end: {end.status} on {end.on.isoformat()}, ledger SHA-256 {end.ledger_hash}")
        if end.waiting:
            _say(f"  waiting for: {', '.join(end.waiting)}")


@venture_app.command("create")
def create(
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
    start: Annotated[
        str | None, typer.Option(help="First day an entry may be dated, YYYY-MM-DD (today).")
    ] = None,
    require_approval: Annotated[
        bool, typer.Option("--require-approval", help="Entries count once another member approves.")
    ] = False,
    non_cash: Annotated[str, typer.Option(help="Non-cash multiplier (model: 2).")] = "2",
    cash: Annotated[str, typer.Option(help="Cash multiplier (model: 4).")] = "4",
    commission: Annotated[str, typer.Option(help="Sales commission rate (model: 0.10).")] = "0.10",
    royalty: Annotated[str | None, typer.Option(help="Royalty rate for ideas.")] = None,
    owner: Annotated[
        str | None, typer.Option(help="With --admin: the venture's owner (a profile id).")
    ] = None,
    as_: AsOpt = None,
    admin: AdminOpt = False,
    db: DbOpt = None,
) -> None:
    """Create a venture (you own it) with its multipliers; invite its first members."""
    with _errors():
        actor = acting(as_, admin)
        svc = _equity(db)
        raw: dict[str, object] = {
            "non_cash_multiplier": non_cash,
            "cash_multiplier": cash,
            "commission_rate": commission,
            "royalty_rate": royalty,
        }
        terms = parse_terms({k: v for k, v in raw.items() if v is not None})
        svc.create_venture(
            venture,
            name,
            actor=actor,
            require_approval=require_approval,
            terms=terms,
            start=_day(start, "start"),
            owner=owner,
        )
        for person in invite or []:
            svc.invite(venture, person, actor=actor)
        view = svc.view(venture, actor=actor)
        _say(
            f"created venture {venture} (non-cash x{terms.non_cash_multiplier}, cash"
            f" x{terms.cash_multiplier}), started {view.venture.start.isoformat()};"
            f" owner: {', '.join(view.roles.owners)}; invited: {', '.join(view.roles.invited) or 'none'}"
        )


@venture_app.command("show")
def show(
    venture: VentureArg,
    as_: AsOpt = None,
    admin: AdminOpt = False,
    as_json: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """A venture's owners, members, invitations, former members, freeze and end."""
    with _errors():
        public = VenturePublic.of(_equity(db).view(venture, actor=acting(as_, admin)))
        if as_json:
            sys.stdout.write(public.model_dump_json(indent=1) + "\n")
            return
        _show_venture(public)


@venture_app.command("freeze")
def freeze_cmd(
    venture: VentureArg,
    on: Annotated[str, typer.Argument(help="Freeze date YYYY-MM-DD (final).")],
    as_: AsOpt = None,
    admin: AdminOpt = False,
    db: DbOpt = None,
) -> None:
    """Freeze the pie (an owner; final): every entry posted afterwards is refused."""
    with _errors():
        day = parse_day(on, "freeze")
        v = _equity(db).freeze(venture, day, actor=acting(as_, admin))
        _say(f"venture {venture} froze its pie on {v.freeze.isoformat() if v.freeze else day}")


@member_app.command("invite")
def member_invite(
    venture: VentureArg,
    person: Annotated[str, typer.Argument(help="The profile id to invite.")],
    as_: AsOpt = None,
    admin: AdminOpt = False,
    db: DbOpt = None,
) -> None:
    """Invite a person (an owner): they join when they accept."""
    with _errors():
        view = _equity(db).invite(venture, person, actor=acting(as_, admin))
        _say(f"invited {person} to {venture}; invited: {', '.join(view.roles.invited)}")


member_app.command("add", hidden=True, help="Same as invite.")(member_invite)


@member_app.command("owner")
def member_owner(
    venture: VentureArg,
    member: Annotated[str, typer.Argument(help="A current member to make an owner.")],
    as_: AsOpt = None,
    admin: AdminOpt = False,
    db: DbOpt = None,
) -> None:
    """Make a member an owner too (an owner)."""
    with _errors():
        view = _equity(db).name_owner(venture, member, actor=acting(as_, admin))
        _say(f"owners of {venture}: {', '.join(view.roles.owners)}")


@member_app.command("second")
def member_second(
    venture: VentureArg,
    member: Annotated[str, typer.Argument(help="The member you vouch for.")],
    as_: AsOpt = None,
    admin: AdminOpt = False,
    db: DbOpt = None,
) -> None:
    """Vouch for a member an owner invited: their approvals then count for that owner's
    entries too."""
    with _errors():
        _equity(db).second(venture, member, actor=acting(as_, admin))
        _say(f"you seconded {member} in {venture}")


@venture_app.command("invitations")
def invitations(
    as_: AsOpt = None,
    as_json: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """Your invitations waiting for an answer (give --as)."""
    with _errors():
        actor = acting(as_, False)
        assert actor.profile_id is not None
        found = _equity(db).invitations(actor.profile_id, actor=actor)
        if as_json:
            data = [InvitationPublic.of(i).model_dump(mode="json") for i in found]
            sys.stdout.write(json.dumps(data, indent=1) + "\n")
            return
        if not found:
            _say("no invitation waiting")
        for i in found:
            _say(
                f"{i.venture.id} ({i.venture.name or 'no name'}): invited by {i.invited_by}"
                f" on {i.invited_at[:10]}; members {', '.join(i.members)}"
            )


@venture_app.command("accept")
def accept(venture: VentureArg, as_: AsOpt = None, db: DbOpt = None) -> None:
    """Accept your invitation: you join the venture."""
    with _errors():
        _equity(db).answer_invitation(venture, True, actor=acting(as_, False))
        _say(f"you joined {venture}")


@venture_app.command("decline")
def decline(venture: VentureArg, as_: AsOpt = None, db: DbOpt = None) -> None:
    """Decline your invitation."""
    with _errors():
        _equity(db).answer_invitation(venture, False, actor=acting(as_, False))
        _say(f"you declined the invitation to {venture}")


@rate_app.command("set")
def rate_set(
    venture: VentureArg,
    member: str,
    salary: Annotated[str, typer.Option(help="Yearly fair market salary.")],
    paid_salary: Annotated[str, typer.Option(help="Yearly cash salary actually paid.")] = "0",
    effective: Annotated[str, typer.Option("--from", help="Effective date YYYY-MM-DD.")] = "",
    as_: AsOpt = None,
    admin: AdminOpt = False,
    db: DbOpt = None,
) -> None:
    """Set a member's fair market salary from a date (an owner), after their last time
    entry; a change of rate is a new rate from a later date."""
    with _errors():
        actor = acting(as_, admin)
        equity = _equity(db)
        rate = parse_rate(
            {
                "member": member,
                "effective": effective or equity.today().isoformat(),
                "salary": salary,
                "paid_salary": paid_salary,
            }
        )
        equity.set_rate(venture, rate, actor=actor)
        terms = equity.terms_on(venture, rate.effective, actor=actor)
        hourly = hourly_at_risk(rate, terms)
        _say(
            f"{member}: {rate.salary} a year, {rate.paid_salary} paid, from"
            f" {rate.effective.isoformat()} ({hourly:f} an hour at risk at"
            f" {terms.hours_per_year} h/year)"
        )


@terms_app.command("set")
def terms_set(
    venture: VentureArg,
    effective: Annotated[str, typer.Option("--from", help="Effective date YYYY-MM-DD.")],
    non_cash: Annotated[str | None, typer.Option(help="Non-cash multiplier.")] = None,
    cash: Annotated[str | None, typer.Option(help="Cash multiplier.")] = None,
    hours: Annotated[str | None, typer.Option(help="Hours a year.")] = None,
    commission: Annotated[str | None, typer.Option(help="Sales commission rate.")] = None,
    royalty: Annotated[str | None, typer.Option(help="Royalty rate for ideas.")] = None,
    as_: AsOpt = None,
    admin: AdminOpt = False,
    db: DbOpt = None,
) -> None:
    """New terms from a date after the last entry (an owner); missing values are the
    model's defaults."""
    with _errors():
        raw = {
            "effective": effective,
            "non_cash_multiplier": non_cash,
            "cash_multiplier": cash,
            "hours_per_year": hours,
            "commission_rate": commission,
            "royalty_rate": royalty,
        }
        terms = parse_terms({k: v for k, v in raw.items() if v is not None})
        _equity(db).set_terms(venture, terms, actor=acting(as_, admin))
        _say(
            f"terms of {venture} from {terms.effective.isoformat()}: non-cash"
            f" x{terms.non_cash_multiplier}, cash x{terms.cash_multiplier}"
        )


@venture_app.command("post")
def post(
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
    as_: AsOpt = None,
    admin: AdminOpt = False,
    author: AuthorOpt = None,
    as_json: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """Record a contribution; prints its slice computation."""
    with _errors():
        actor = acting(as_, admin)
        if admin and not author:
            raise InvalidInput(
                "with --admin, name the member on whose behalf you post: --author MEMBER",
                field="author",
                hint="or act as the member: --as MEMBER",
            )
        who = author if admin else actor.profile_id
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
        posted = _equity(db).post(venture, entry, key=key, actor=actor, author=author)
        if as_json:
            sys.stdout.write(EntryPublic.of(posted).model_dump_json(indent=1) + "\n")
            return
        if not posted.created:
            _say(f"already recorded (same idempotency key) as entry {posted.row.entry.id}:")
        _show_entry(posted)


@venture_app.command("import")
def import_cmd(
    venture: VentureArg,
    file: Annotated[Path, typer.Argument(help="A ledger CSV (comma or semicolon).")],
    skip_invalid: Annotated[
        bool,
        typer.Option("--skip-invalid", help="Write the valid rows even if some are refused."),
    ] = False,
    as_: AsOpt = None,
    admin: AdminOpt = False,
    db: DbOpt = None,
) -> None:
    """Import a ledger from a spreadsheet (an owner): columns member, kind, on, amount,
    hours, months, paid, condition, rate, note, key. Rows about other members count once
    each approves them; every bad row is reported by line, field and fix."""
    with _errors():
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise InvalidInput(
                f"cannot read {file}: {exc.strerror}",
                field="file",
                value=str(file),
                hint="give the path of a CSV file",
            ) from None
        report = _equity(db).import_ledger(
            venture, data, actor=acting(as_, admin), skip_invalid=skip_invalid
        )
        _say(
            f"imported {len(report.posted)} entries into {venture}"
            f" ({report.already} already recorded, {len(report.rejected)} refused)"
        )
        for e in report.rejected:
            _say(f"  refused: {e}")


@venture_app.command("reverse")
def reverse(
    venture: VentureArg,
    entry: Annotated[int, typer.Argument(help="Number of the entry to reverse.")],
    on: Annotated[
        str | None, typer.Option(help="Date of the correction (default: the entry's date).")
    ] = None,
    note: Annotated[str, typer.Option(help="Why.")] = "",
    as_: AsOpt = None,
    admin: AdminOpt = False,
    author: AuthorOpt = None,
    db: DbOpt = None,
) -> None:
    """Post the reversing entry of an entry (its author), dated at the entry."""
    with _errors():
        posted = _equity(db).reverse(
            venture,
            entry,
            actor=acting(as_, admin),
            author=author,
            on=_day(on, "on"),
            note=note,
        )
        _show_entry(posted)


@venture_app.command("approve")
def approve(
    venture: VentureArg,
    entry: Annotated[int, typer.Argument(help="Number of the entry to approve.")],
    as_: AsOpt = None,
    db: DbOpt = None,
) -> None:
    """Approve an entry (a member other than its author; an admin never approves)."""
    with _errors():
        _show_entry(_equity(db).approve(venture, entry, actor=acting(as_, False)))


@venture_app.command("reject")
def reject(
    venture: VentureArg,
    entry: Annotated[int, typer.Argument(help="Number of the entry to reject.")],
    reason: Annotated[str, typer.Option(help="What is wrong with it.")],
    as_: AsOpt = None,
    db: DbOpt = None,
) -> None:
    """Reject an entry waiting for approval, with a reason (whoever may approve it)."""
    with _errors():
        _show_entry(_equity(db).reject(venture, entry, reason, actor=acting(as_, False)))


@venture_app.command("ledger")
def ledger(
    venture: VentureArg,
    as_: AsOpt = None,
    admin: AdminOpt = False,
    as_json: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """Every entry and its computation, in posting order."""
    with _errors():
        rows = _equity(db).ledger(venture, actor=acting(as_, admin))
        if as_json:
            data = [EntryPublic.of(p).model_dump(mode="json") for p in rows]
            sys.stdout.write(json.dumps(data, indent=1) + "\n")
            return
        if not rows:
            _say(f"venture {venture}: no entries yet")
        for p in rows:
            _show_entry(p)


@venture_app.command("split")
def split_cmd(
    venture: VentureArg,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Date YYYY-MM-DD (today).")] = None,
    as_: AsOpt = None,
    admin: AdminOpt = False,
    as_json: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """Each member's slices, exact share and percentage (sums to exactly 100.00)."""
    with _errors():
        s = _equity(db).split(venture, actor=acting(as_, admin), as_of=_day(as_of, "as_of"))
        if as_json:
            sys.stdout.write(json.dumps(split_dict(s), indent=1) + "\n")
            return
        _say(f"venture {venture} as of {s.as_of.isoformat()}: {fraction_text(s.total)} slices")
        for m in s.members:
            kinds = ", ".join(f"{k} {fraction_text(v, 2)}" for k, v in m.by_kind.items() if v)
            left = " (left)" if m.left else ""
            _say(
                f"  {m.member}{left}: {m.percent}%  share {m.share}  slices"
                f" {fraction_text(m.slices, 2)}" + (f"  ({kinds})" if kinds else "")
            )
        _say(f"  total: {sum((m.percent for m in s.members), Decimal(0))}%")


@venture_app.command("timeline")
def timeline_cmd(
    venture: VentureArg,
    out_file: Annotated[Path, typer.Option("--out", help="FILE.svg, FILE.csv or FILE.json.")],
    as_: AsOpt = None,
    admin: AdminOpt = False,
    db: DbOpt = None,
) -> None:
    """Write the shares over time as a chart (SVG) or a table (CSV, JSON)."""
    with _errors():
        render: dict[str, Any] = {
            ".svg": timeline_svg,
            ".csv": timeline_csv,
            ".json": timeline_json,
        }
        suffix = out_file.suffix.lower()
        if suffix not in render:
            raise InvalidInput(
                f"--out must end in .svg, .csv or .json, got {out_file.name!r}",
                field="out",
                value=str(out_file),
                hint="e.g. --out shares.svg",
            )
        splits = _equity(db).timeline(venture, actor=acting(as_, admin))
        _write(out_file, render[suffix](splits).encode("utf-8"))
        _say(f"wrote {out_file} ({len(splits)} dates)")


@venture_app.command("pdf")
def pdf_cmd(
    venture: VentureArg,
    out_file: Annotated[Path, typer.Option("--out", help="FILE.pdf")],
    as_of: Annotated[str | None, typer.Option("--as-of", help="Date YYYY-MM-DD (today).")] = None,
    lang: Annotated[str, typer.Option(help="en or fr.")] = "en",
    as_: AsOpt = None,
    admin: AdminOpt = False,
    db: DbOpt = None,
) -> None:
    """Write the split as a document to sign (PDF): terms, slices by kind, a chart, the
    ledger with reversals, departures, the end, and the ledger's SHA-256."""
    with _errors():
        equity = _equity(db)
        actor = acting(as_, admin)
        data = equity.split_pdf(venture, actor=actor, as_of=_day(as_of, "as_of"), lang=lang)
        _write(out_file, data)
        digest = equity.ledger_hash(venture, actor=actor)
        _say(f"wrote {out_file} ({len(data)} bytes); ledger SHA-256 {digest}")


@venture_app.command("leave")
def leave(
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
    as_: AsOpt = None,
    admin: AdminOpt = False,
    as_json: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """Record a departure (an owner; a member for their own resignation); shows the
    leaver's slices before and after the recovery rules, kept as recorded."""
    with _errors():
        departure = parse_departure(
            {"member": member, "on": on, "reason": reason, "buyback": buyback, "refused": refused}
        )
        report = _equity(db).leave(venture, departure, actor=acting(as_, admin))
        public = DeparturePublic.of(report)
        if as_json:
            sys.stdout.write(public.model_dump_json(indent=1) + "\n")
            return
        _say(f"{member} left {venture} on {departure.on.isoformat()}: {report.explanation}")
        _say(f"  before: {public.slices_before} slices {public.before}")
        _say(f"  after:  {public.slices_after} slices {public.after}")
        if report.buyback_amount:
            _say(f"  buy-back: {report.buyback_amount} paid for the remaining slices")
        elif departure.buyback:
            _say(f"  buy-back offered: {report.buyback_offered}, refused")


@venture_app.command("departures")
def departures(
    venture: VentureArg,
    as_: AsOpt = None,
    admin: AdminOpt = False,
    as_json: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """Every departure as recorded, with the leaver's answer."""
    with _errors():
        records = _equity(db).departures(venture, actor=acting(as_, admin))
        if as_json:
            data = [DeparturePublic.of_record(r).model_dump(mode="json") for r in records]
            sys.stdout.write(json.dumps(data, indent=1) + "\n")
            return
        for r in records:
            d = r.report.departure
            answer = {None: "no answer yet", True: "acknowledged", False: "disputed"}[
                r.acknowledged
            ]
            _say(
                f"{d.member} left on {d.on.isoformat()} ({d.reason.value}): slices"
                f" {fraction_text(r.report.slices_before, 2)} ->"
                f" {fraction_text(r.report.slices_after, 2)}; {answer}"
                + (f": {r.answer_note}" if r.answer_note else "")
            )


@departure_app.command("acknowledge")
def departure_acknowledge(venture: VentureArg, as_: AsOpt = None, db: DbOpt = None) -> None:
    """Acknowledge your departure as recorded (the leaver)."""
    with _errors():
        actor = acting(as_, False)
        assert actor.profile_id is not None
        _equity(db).answer_departure(venture, actor.profile_id, True, actor=actor)
        _say(f"you acknowledged your departure from {venture}")


@departure_app.command("dispute")
def departure_dispute(
    venture: VentureArg,
    note: Annotated[str, typer.Option(help="What you dispute.")],
    as_: AsOpt = None,
    db: DbOpt = None,
) -> None:
    """Dispute your departure as recorded, with a reason (the leaver)."""
    with _errors():
        actor = acting(as_, False)
        assert actor.profile_id is not None
        _equity(db).answer_departure(venture, actor.profile_id, False, note, actor=actor)
        _say(f"you disputed your departure from {venture}")
