"""``cofoundry venture ...``: ventures and their Slicing Pie ledger from the command line.

A thin shell over :class:`matcher.equity.service.EquityService`. The command line is
the local operator (an admin, like the other commands); ``--author`` names the member
who posts, reverses or approves, and the same rules as the API apply to that member.
Only the database is opened (no encoder is loaded).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, Any

import typer

from api.console import DbOpt, JsonOpt, out
from api.console import errors as _errors
from api.schemas_ventures import DeparturePublic, EntryPublic
from api.settings import Settings
from matcher.access import ADMIN
from matcher.equity import (
    Condition,
    Departure,
    EquityService,
    Kind,
    Posted,
    Rate,
    Reason,
    Terms,
    fraction_text,
    hourly_at_risk,
    split_dict,
    timeline_csv,
    timeline_json,
    timeline_svg,
)
from matcher.errors import InvalidInput
from matcher.schema import connect

__all__ = ["venture_app"]

venture_app = typer.Typer(
    help="Slicing Pie: dynamic equity for unfunded ventures.", no_args_is_help=True
)
member_app = typer.Typer(help="Venture members.", no_args_is_help=True)
rate_app = typer.Typer(help="Fair market salaries, with effective dates.", no_args_is_help=True)
venture_app.add_typer(member_app, name="member")
venture_app.add_typer(rate_app, name="rate")


VentureArg = Annotated[str, typer.Argument(help="Venture id.")]
AuthorOpt = Annotated[str, typer.Option("--author", help="The member who acts.")]


def _equity(db: str | None) -> EquityService:
    overrides: dict[str, Any] = {"db": db} if db else {}
    settings = Settings(**overrides)
    return EquityService(connect(settings.database))


def _date(value: str | None, field: str) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(
            f"{field} must be a date YYYY-MM-DD, got {value!r}",
            field=field,
            value=value,
            hint="e.g. 2024-03-01",
        ) from None


def _dec(value: str, field: str) -> Decimal:
    try:
        return Decimal(value)
    except InvalidOperation:
        raise InvalidInput(
            f"{field} must be a number, got {value!r}",
            field=field,
            value=value,
            hint="write amounts like 1250.50",
        ) from None


def _say(text: str) -> None:
    out.print(text, markup=False, highlight=False)


def _show_entry(p: Posted) -> None:
    e, c = p.row.entry, p.computation
    state = "counts" if p.counts else ("reversed" if p.reversed_by else "pending approval")
    if e.reverses is not None:
        state = f"reverses entry {e.reverses}"
    line = f"#{e.id} {e.on.isoformat()} {e.member} {e.kind.value} by {e.author} [{state}]"
    if c is not None:
        line += f": {c.formula}"
    _say(line)


@venture_app.command("create")
def create(
    venture: VentureArg,
    name: Annotated[str, typer.Option(help="Display name.")] = "",
    member: Annotated[
        list[str] | None, typer.Option("--member", help="A member to add (repeat).")
    ] = None,
    require_approval: Annotated[
        bool, typer.Option("--require-approval", help="Entries count once another member approves.")
    ] = False,
    freeze: Annotated[str | None, typer.Option(help="Freeze date YYYY-MM-DD.")] = None,
    non_cash: Annotated[str, typer.Option(help="Non-cash multiplier (model: 2).")] = "2",
    cash: Annotated[str, typer.Option(help="Cash multiplier (model: 4).")] = "4",
    commission: Annotated[str, typer.Option(help="Sales commission rate (model: 0.10).")] = "0.10",
    royalty: Annotated[str | None, typer.Option(help="Royalty rate for ideas.")] = None,
    db: DbOpt = None,
) -> None:
    """Create a venture with its multipliers and optional freeze date."""
    with _errors():
        svc = _equity(db)
        terms = Terms(
            non_cash_multiplier=_dec(non_cash, "non_cash"),
            cash_multiplier=_dec(cash, "cash"),
            commission_rate=_dec(commission, "commission"),
            royalty_rate=_dec(royalty, "royalty") if royalty else None,
        )
        svc.create_venture(
            venture,
            name,
            actor=ADMIN,
            require_approval=require_approval,
            freeze=_date(freeze, "freeze"),
            terms=terms,
        )
        members: list[str] = []
        for m in member or []:
            members = svc.add_member(venture, m, actor=ADMIN)
        _say(
            f"created venture {venture} (non-cash x{terms.non_cash_multiplier}, cash"
            f" x{terms.cash_multiplier}); members: {', '.join(members) or 'none yet'}"
        )


@venture_app.command("freeze")
def freeze_cmd(
    venture: VentureArg,
    on: Annotated[str, typer.Argument(help="Freeze date YYYY-MM-DD, or 'none' to clear.")],
    db: DbOpt = None,
) -> None:
    """Set the date after which the pie stops growing."""
    with _errors():
        v = _equity(db).set_freeze(
            venture, None if on == "none" else _date(on, "freeze"), actor=ADMIN
        )
        _say(f"venture {venture} freeze: {v.freeze.isoformat() if v.freeze else 'none'}")


@member_app.command("add")
def member_add(venture: VentureArg, member: str, db: DbOpt = None) -> None:
    """Add a member (by profile id)."""
    with _errors():
        members = _equity(db).add_member(venture, member, actor=ADMIN)
        _say(f"members of {venture}: {', '.join(members)}")


@rate_app.command("set")
def rate_set(
    venture: VentureArg,
    member: str,
    salary: Annotated[str, typer.Option(help="Yearly fair market salary.")],
    paid_salary: Annotated[str, typer.Option(help="Yearly cash salary actually paid.")] = "0",
    effective: Annotated[str, typer.Option("--from", help="Effective date YYYY-MM-DD.")] = "",
    db: DbOpt = None,
) -> None:
    """Set a member's fair market salary from a date (rates change: add a new one)."""
    with _errors():
        day = _date(effective, "from") or dt.date.today()
        rate = Rate(member, day, _dec(salary, "salary"), _dec(paid_salary, "paid_salary"))
        equity = _equity(db)
        equity.set_rate(venture, rate, actor=ADMIN)
        terms = equity.terms_on(venture, day, actor=ADMIN)
        hourly = hourly_at_risk(rate, terms)
        _say(
            f"{member}: {rate.salary} a year, {rate.paid_salary} paid, from {day.isoformat()}"
            f" ({hourly:f} an hour at risk at {terms.hours_per_year} h/year)"
        )


@venture_app.command("post")
def post(
    venture: VentureArg,
    author: AuthorOpt,
    kind: Annotated[str, typer.Option(help=f"One of: {', '.join(k.value for k in Kind)}.")],
    on: Annotated[str, typer.Option(help="Date of the contribution YYYY-MM-DD.")],
    member: Annotated[
        str | None, typer.Option(help="Whose contribution (default: author).")
    ] = None,
    amount: Annotated[str, typer.Option(help="Money: spent, price, rent/month, revenue...")] = "0",
    hours: Annotated[str, typer.Option(help="Hours of unpaid time.")] = "0",
    months: Annotated[str, typer.Option(help="Months (time or facilities).")] = "0",
    paid: Annotated[str, typer.Option(help="Cash received for it (reimbursed, paid).")] = "0",
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
    as_json: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """Record a contribution; prints its slice computation."""
    with _errors():
        raw: dict[str, object] = {
            "member": member or author,
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
        if key is None:
            blob = json.dumps([venture, author, raw], sort_keys=True, default=str)
            key = "cli-" + hashlib.sha256(blob.encode()).hexdigest()[:32]
        posted = _equity(db).post(venture, raw, key=key, actor=ADMIN, author=author)
        if as_json:
            sys.stdout.write(EntryPublic.of(posted).model_dump_json(indent=1) + "\n")
            return
        if not posted.created:
            _say(f"already recorded (same idempotency key) as entry {posted.row.entry.id}:")
        _show_entry(posted)


@venture_app.command("reverse")
def reverse(
    venture: VentureArg,
    entry: Annotated[int, typer.Argument(help="Entry id to reverse.")],
    author: AuthorOpt,
    on: Annotated[str | None, typer.Option(help="Date of the correction.")] = None,
    note: Annotated[str, typer.Option(help="Why.")] = "",
    db: DbOpt = None,
) -> None:
    """Post the reversing entry of an entry (its author or approver)."""
    with _errors():
        posted = _equity(db).reverse(
            venture, entry, actor=ADMIN, author=author, on=_date(on, "on"), note=note
        )
        _show_entry(posted)


@venture_app.command("approve")
def approve(
    venture: VentureArg,
    entry: Annotated[int, typer.Argument(help="Entry id to approve.")],
    author: AuthorOpt,
    db: DbOpt = None,
) -> None:
    """Approve an entry (a member other than its author)."""
    with _errors():
        _show_entry(_equity(db).approve(venture, entry, actor=ADMIN, author=author))


@venture_app.command("ledger")
def ledger(venture: VentureArg, as_json: JsonOpt = False, db: DbOpt = None) -> None:
    """Every entry and its computation, in posting order."""
    with _errors():
        rows = _equity(db).ledger(venture, actor=ADMIN)
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
    as_of: Annotated[str | None, typer.Option("--as-of", help="Date YYYY-MM-DD.")] = None,
    as_json: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """Each member's slices, exact share and percentage (sums to exactly 100.00)."""
    with _errors():
        s = _equity(db).split(venture, actor=ADMIN, as_of=_date(as_of, "as_of"))
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
        splits = _equity(db).timeline(venture, actor=ADMIN)
        text = render[suffix](splits)
        folder = out_file.resolve().parent
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=out_file.name, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, out_file)
        _say(f"wrote {out_file} ({len(splits)} dates)")


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
    as_json: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """Record a departure; shows the leaver's slices before and after the recovery rules."""
    with _errors():
        if reason not in {r.value for r in Reason}:
            raise InvalidInput(
                f"reason must be one of {', '.join(r.value for r in Reason)}, got {reason!r}",
                field="reason",
                value=reason,
                hint="the reason decides which slices the leaver keeps",
            )
        day = _date(on, "on")
        assert day is not None
        report = _equity(db).leave(
            venture, Departure(member, day, Reason(reason), buyback, refused), actor=ADMIN
        )
        public = DeparturePublic.of(report)
        if as_json:
            sys.stdout.write(public.model_dump_json(indent=1) + "\n")
            return
        _say(f"{member} left {venture} on {day.isoformat()}: {report.explanation}")
        _say(f"  before: {public.slices_before} slices {public.before}")
        _say(f"  after:  {public.slices_after} slices {public.after}")
        if report.buyback_amount:
            _say(f"  buy-back: {report.buyback_amount} paid for the remaining slices")
