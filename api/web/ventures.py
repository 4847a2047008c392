"""Team pages: a venture's Slicing Pie ledger (each entry with its computation), adding,
approving and reversing contributions, the split and its chart over time, and the effect
of a departure before it is recorded.

The chart is :func:`matcher.equity.chart.timeline_svg` inlined in the page (no script), in
the page's language; the split table next to it carries the same numbers for screen
readers, and the history downloads as CSV with a translated header.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from fastapi import APIRouter
from markupsafe import Markup
from starlette.responses import Response

from api.deps import CommunityDep, EquityDep
from api.web.context import Form, FormDep, MemberPageDep, Page
from api.web.feedback import error_message, field_errors
from api.web.i18n import NC_
from api.web.member import names_of
from api.web.render import WebRoute, redirect, render
from matcher.community import Community
from matcher.equity import (
    Condition,
    Departure,
    EquityService,
    Kind,
    Rate,
    Reason,
    fraction_text,
    timeline_csv,
    timeline_svg,
)
from matcher.errors import CofoundryError, InvalidInput

__all__ = ["router"]

router = APIRouter(prefix="/web/ventures", route_class=WebRoute, include_in_schema=False)

ENTRY_FIELDS = ("member", "kind", "on", "amount", "hours", "months", "paid", "condition", "rate")
#: The share history CSV's columns for a reader (:data:`matcher.equity.chart.TIMELINE_COLUMNS`).
TIMELINE_HEADER = (
    NC_("CSV column", "Date"),
    NC_("CSV column", "Member"),
    NC_("CSV column", "Slices"),
    NC_("CSV column", "Exact share"),
    NC_("CSV column", "Percent"),
)


def _day(value: str, field: str, default: dt.date | None = None) -> dt.date:
    if not value:
        if default is not None:
            return default
        raise InvalidInput(f"{field} is required", field=field, hint="write it YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(
            f"{field} must be a date", field=field, value=value, hint="write it YYYY-MM-DD"
        ) from None


def _money(value: str, field: str) -> Decimal:
    try:
        amount = Decimal(value.replace(",", ".").replace(" ", "") or "0")
    except ArithmeticError:
        raise InvalidInput(
            f"{field} must be a number", field=field, value=value, hint="write it like 1250.50"
        ) from None
    if not amount.is_finite() or amount < 0:
        raise InvalidInput(f"{field} must be >= 0", field=field, value=value, hint="e.g. 100000")
    return amount


@router.get("")
def ventures(page: MemberPageDep, equity: EquityDep) -> Response:
    """My ventures, and a form to create one."""
    return _ventures_page(page, equity)


def _ventures_page(
    page: Page,
    equity: EquityService,
    *,
    status: int = 200,
    errors: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
) -> Response:
    mine = equity.ventures_of(page.member_id, actor=page.actor)
    return render(
        page,
        "ventures.html",
        status=status,
        ventures=mine,
        errors=errors or {},
        values=values or {},
    )


@router.post("")
def venture_create(page: MemberPageDep, form: FormDep, equity: EquityDep) -> Response:
    """Create a venture (I become its first member)."""
    try:
        equity.create_venture(
            form["venture"],
            form["name"],
            actor=page.actor,
            require_approval=form["require_approval"] == "on",
        )
    except CofoundryError as exc:
        errors = field_errors([exc], page.t, ("venture", "name"))
        return _ventures_page(page, equity, status=422, errors=errors, values=form.values())
    return redirect(f"/web/ventures/{form['venture']}", "venture_created")


def venture_page(
    page: Page,
    venture_id: str,
    equity: EquityService,
    community: Community,
    *,
    status: int = 200,
    errors: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
    form: str = "",
) -> Response:
    """The venture's page; ``form`` names the form whose ``errors`` and ``values`` are shown."""
    venture = equity.get_venture(venture_id, actor=page.actor)
    members = equity.members(venture_id, actor=page.actor)
    ledger = equity.ledger(venture_id, actor=page.actor)
    as_of_text = page.request.query_params.get("as_of", "")
    as_of: dt.date | None = None
    date_error = ""
    if as_of_text:
        try:
            as_of = _day(as_of_text, "as_of")
        except InvalidInput as exc:
            date_error = error_message(exc, page.t)
    current = equity.split(venture_id, actor=page.actor, as_of=as_of)
    history = equity.timeline(venture_id, actor=page.actor)
    t = page.t
    chart = timeline_svg(
        history,
        gettext=t.gettext,
        date_text=lambda day: t.date(day, "medium"),
        # the axis at 0, 25, 50... %, the legend with its decimals
        percent_text=lambda pct: t.percent(pct / 100, 0 if pct == pct.to_integral_value() else 2),
    )
    chart = chart.replace("<svg ", '<svg role="img" aria-labelledby="chart-title" ', 1).replace(
        "<title>", '<title id="chart-title">', 1
    )
    left = {r.departure.member: r for r in equity.departures(venture_id, actor=page.actor)}
    today = dt.date.today().isoformat()
    defaults: dict[str, str] = {"member": page.member_id, "on": today, "kind": "time"}
    return render(
        page,
        "venture.html",
        status=status,
        venture=venture,
        members=members,
        names=names_of(community, members, page),
        ledger=ledger,
        split=current,
        as_of=as_of_text,
        date_error=date_error,
        chart=Markup(chart),  # our own SVG: every text in it is escaped by timeline_svg
        history=history,
        departures=left,
        kinds=[k.value for k in Kind],
        conditions=[c.value for c in Condition],
        reasons=[r.value for r in Reason],
        key=secrets.token_urlsafe(12),
        today=today,
        form=form,
        errors=errors or {},
        values=(values if values is not None else {}) | {"_defaults": defaults},
        frac=fraction_text,
        ended=page.community.loop.ended_on(venture_id),
    )


@router.get("/{venture_id}/timeline.csv")
def timeline_download(venture_id: str, page: MemberPageDep, equity: EquityDep) -> Response:
    """Each member's share at every date the ledger changed, as CSV with the header in the
    page's language (``GET /ventures/{id}/timeline.csv`` keeps its English identifiers)."""
    history = equity.timeline(venture_id, actor=page.actor)
    return Response(
        timeline_csv(history, header=[page.t.message(column) for column in TIMELINE_HEADER]),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="shares-{venture_id}.csv"',
            "Content-Language": page.lang,
        },
    )


@router.get("/{venture_id}")
def venture(
    venture_id: str, page: MemberPageDep, equity: EquityDep, community: CommunityDep
) -> Response:
    """The ledger, the split (as of a date) and its chart over time, and the forms."""
    return venture_page(page, venture_id, equity, community)


def _entry_raw(form: Form) -> dict[str, Any]:
    raw: dict[str, Any] = {name: form[name] for name in ENTRY_FIELDS}
    for name in ("amount", "hours", "months", "paid", "rate"):
        raw[name] = raw[name].replace(",", ".").replace(" ", "")
    raw["note"] = form["note"]
    return raw


@router.post("/{venture_id}/entries")
def entry_add(
    venture_id: str, page: MemberPageDep, form: FormDep, equity: EquityDep, community: CommunityDep
) -> Response:
    """Add a contribution; the form's one-time key makes a double submit count once."""
    raw = _entry_raw(form)
    try:
        posted = equity.post(venture_id, raw, key=form["key"] or "", actor=page.actor)
    except CofoundryError as exc:
        errors = field_errors([exc], page.t, (*ENTRY_FIELDS, "note"))
        return venture_page(
            page,
            venture_id,
            equity,
            community,
            status=422,
            errors=errors,
            values=form.values(),
            form="entry",
        )
    return redirect(f"/web/ventures/{venture_id}", "entry_added", str(posted.row.entry.id))


@router.post("/{venture_id}/entries/{entry_id}/approve")
def entry_approve(
    venture_id: str, entry_id: int, page: MemberPageDep, form: FormDep, equity: EquityDep
) -> Response:
    """Approve another member's entry."""
    equity.approve(venture_id, entry_id, actor=page.actor)
    return redirect(f"/web/ventures/{venture_id}", "entry_approved", str(entry_id))


@router.post("/{venture_id}/entries/{entry_id}/reverse")
def entry_reverse(
    venture_id: str, entry_id: int, page: MemberPageDep, form: FormDep, equity: EquityDep
) -> Response:
    """Post the reversing entry (the author or the approver only)."""
    equity.reverse(venture_id, entry_id, actor=page.actor, note=form["note"])
    return redirect(f"/web/ventures/{venture_id}", "entry_reversed", str(entry_id))


@router.post("/{venture_id}/members")
def member_add(
    venture_id: str, page: MemberPageDep, form: FormDep, equity: EquityDep, community: CommunityDep
) -> Response:
    """Add a member by profile id."""
    try:
        community.profiles.get_profile(
            form["member"], actor=page.actor
        )  # a typo is an error, not a member
        equity.add_member(venture_id, form["member"], actor=page.actor)
    except CofoundryError as exc:
        errors = {"new_member": error_message(exc, page.t)}
        return venture_page(
            page, venture_id, equity, community, status=422, errors=errors, form="member"
        )
    return redirect(f"/web/ventures/{venture_id}", "member_added", form["member"])


@router.post("/{venture_id}/rates")
def rate_set(
    venture_id: str, page: MemberPageDep, form: FormDep, equity: EquityDep, community: CommunityDep
) -> Response:
    """Record a member's fair market salary (and cash salary paid) from a date."""
    try:
        rate = Rate(
            form["member"],
            _day(form["effective"], "effective"),
            _money(form["salary"], "salary"),
            _money(form["paid_salary"], "paid_salary"),
        )
        equity.set_rate(venture_id, rate, actor=page.actor)
    except CofoundryError as exc:
        errors = field_errors([exc], page.t, ("member", "effective", "salary", "paid_salary"))
        return venture_page(
            page,
            venture_id,
            equity,
            community,
            status=422,
            errors=errors,
            values=form.values(),
            form="rate",
        )
    return redirect(f"/web/ventures/{venture_id}", "rate_set", form["member"])


def _departure(form_get: Callable[[str], str]) -> Departure:
    reason = form_get("reason")
    if reason not in {r.value for r in Reason}:
        raise InvalidInput(
            "reason must be one of " + ", ".join(r.value for r in Reason),
            field="reason",
            value=reason,
            hint="pick the reason from the list",
        )
    return Departure(
        form_get("member"),
        _day(form_get("on"), "on", dt.date.today()),
        Reason(reason),
        form_get("buyback") == "on",
        form_get("refused") == "on",
    )


@router.get("/{venture_id}/departure")
def departure_preview(
    venture_id: str, page: MemberPageDep, equity: EquityDep, community: CommunityDep
) -> Response:
    """The effect of a departure, before and after, for the leaver and the whole team."""
    venture = equity.get_venture(venture_id, actor=page.actor)
    members = equity.members(venture_id, actor=page.actor)
    query = page.request.query_params
    values = {k: query.get(k, "") for k in ("member", "on", "reason", "buyback", "refused")}
    preview = None
    errors: dict[str, str] = {}
    if values["member"]:
        try:
            departure = _departure(lambda name: query.get(name, "").strip())
            preview = equity.preview_departure(venture_id, departure, actor=page.actor)
        except CofoundryError as exc:
            errors = field_errors([exc], page.t, ("member", "on", "reason"))
    return render(
        page,
        "departure.html",
        status=422 if errors else 200,
        venture=venture,
        members=members,
        names=names_of(community, members, page),
        reasons=[r.value for r in Reason],
        preview=preview,
        values=values,
        errors=errors,
        today=dt.date.today().isoformat(),
        frac=fraction_text,
    )


@router.post("/{venture_id}/departures")
def departure_record(
    venture_id: str, page: MemberPageDep, form: FormDep, equity: EquityDep
) -> Response:
    """Record the departure that was previewed."""
    departure = _departure(lambda name: form[name])
    equity.leave(venture_id, departure, actor=page.actor)
    return redirect(f"/web/ventures/{venture_id}", "departure_recorded", departure.member)
