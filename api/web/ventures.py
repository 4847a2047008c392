"""Team pages: my ventures and my invitations; a venture's Slicing Pie ledger (each entry
with its computation), adding, approving, rejecting and reversing contributions, the split
and its chart over time, the split document (PDF), a ledger import, salaries, members and
owners, the freeze, the effect of a departure before it is recorded and the leaver's answer.

What each viewer may do comes from the service (:meth:`EquityService.actions`,
:meth:`EquityService.entry_actions`, which apply the ``equity.*`` rules): the pages show
the forms the viewer may use and restate no rule.

The chart is :func:`matcher.equity.chart.timeline_svg` inlined in the page (no script), in
the page's language; the split table next to it carries the same numbers for screen
readers, and the history downloads as CSV with a translated header.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends
from markupsafe import Markup
from starlette.datastructures import UploadFile
from starlette.responses import Response

from api.deps import CommunityDep, EquityDep
from api.errors import STATUS
from api.inputs import whole_number
from api.web.context import Form, FormDep, Page, SignedInPageDep
from api.web.feedback import error_message, field_errors
from api.web.i18n import N_, NC_, NN_, Message, Translator
from api.web.member import names_of
from api.web.once import created_once, new_key
from api.web.render import FIRST, Shown, page_router, redirect, render
from matcher.community import Community
from matcher.equity import (
    COUNTED,
    Computation,
    Condition,
    Departure,
    EquityService,
    Formula,
    Kind,
    Proposal,
    Reason,
    Terms,
    entry_errors,
    fraction_text,
    parse_day,
    parse_departure,
    parse_rate,
    parse_salary_offer,
    rate_errors,
    timeline_csv,
    timeline_svg,
)
from matcher.errors import CofoundryError, Conflict, ImportFailed, InvalidInput, NotAllowed

__all__ = ["FORMULAS", "VentureForm", "VentureFormDep", "formula_text", "router", "venture_page"]

#: How an entry's value is worked out, in the reader's words (:class:`matcher.equity.Formula`
#: names the figures; the domain's English is the msgid's model). A formula with a counted
#: figure (:data:`matcher.equity.COUNTED`: months, slices) has its plural forms, chosen by
#: that figure.
FORMULAS: dict[Formula, str | Message] = {
    Formula.TIME_HOURS: N_(
        "(%(salary)s − %(paid_salary)s paid) / %(hours_per_year)s h × %(hours)s h"
    ),
    Formula.TIME_HOURS_PAID: N_(
        "(%(salary)s − %(paid_salary)s paid) / %(hours_per_year)s h × %(hours)s h − %(paid)s paid"
    ),
    Formula.TIME_MONTHS: NN_(
        "(%(salary)s − %(paid_salary)s paid) / 12 × %(months)s month",
        "(%(salary)s − %(paid_salary)s paid) / 12 × %(months)s months",
    ),
    Formula.TIME_MONTHS_PAID: NN_(
        "(%(salary)s − %(paid_salary)s paid) / 12 × %(months)s month − %(paid)s paid",
        "(%(salary)s − %(paid_salary)s paid) / 12 × %(months)s months − %(paid)s paid",
    ),
    Formula.SPENT: N_("%(amount)s spent − %(paid)s reimbursed"),
    Formula.NEW: N_("%(amount)s price (new) − %(paid)s reimbursed"),
    Formula.USED_RECENT: N_("%(amount)s purchase price (< 1 year old) − %(paid)s reimbursed"),
    Formula.USED_OLD: N_("%(amount)s resale value (older) − %(paid)s reimbursed"),
    Formula.RENT: NN_(
        "%(amount)s rent/month × %(months)s month − %(paid)s paid",
        "%(amount)s rent/month × %(months)s months − %(paid)s paid",
    ),
    Formula.ROYALTY: N_("%(amount)s revenue × %(rate)s royalty − %(paid)s paid"),
    Formula.COMMISSION: N_("%(amount)s revenue × %(rate)s commission − %(paid)s paid"),
    Formula.FINDER: N_("%(rate)s × %(low)s + %(rate_above)s × %(high)s raised − %(paid)s paid"),
    Formula.WELL_WITHDRAWAL: N_("%(amount)s spent from the Well, split among depositors pro rata"),
    Formula.WELL_DEPOSIT: N_("%(amount)s deposited in the Well"),
    Formula.REPAYMENT: N_("%(amount)s paid back: reduces cash, then Well balance, then non-cash"),
    Formula.SLICES: NN_(
        "%(how)s = %(unpaid)s at risk × %(multiplier)s = %(slices)s slice",
        "%(how)s = %(unpaid)s at risk × %(multiplier)s = %(slices)s slices",
    ),
}


def formula_text(t: Translator, c: Computation) -> str:
    """An entry's computation in ``t``'s language, its numbers written the reader's way
    (``2 500``, ``0,05``; a fraction that does not end, to 2 places and ``…``) and its
    operations with their signs (the multiplication and minus signs, where the domain's
    plain text writes x and -).

    >>> from decimal import Decimal
    >>> from fractions import Fraction
    >>> from api.web.i18n import translator
    >>> c = Computation(Decimal(2500), Fraction(2500), Decimal(4), Fraction(10000), Formula.SPENT,
    ...                 {"amount": Decimal(2500), "paid": Decimal(0), "unpaid": Fraction(2500),
    ...                  "multiplier": Decimal(4), "slices": Fraction(10000)})
    >>> formula_text(translator("en"), c).encode("ascii", "backslashreplace").decode()
    '2,500 spent \\\\u2212 0 reimbursed = 2,500 at risk \\\\xd7 4 = 10,000 slices'
    >>> c.formula
    '2500 spent - 0 reimbursed = 2500 at risk x 4 = 10000 slices'

    A counted figure takes its noun in the reader's number (CLDR's rule, through Babel):
    French says *1,5 part*, English *1.5 slices*.

    >>> half = Computation(Decimal(1), Fraction(3, 4), Decimal(2), Fraction(3, 2), Formula.SPENT,
    ...                    {"amount": Decimal(1), "paid": Decimal("0.25"), "unpaid": Fraction(3, 4),
    ...                     "multiplier": Decimal(2), "slices": Fraction(3, 2)})
    >>> formula_text(translator("en"), half).endswith("= 1.5 slices")
    True
    """
    figures = {name: t.figure(x) for name, x in c.figures.items()}
    how = _said(t, FORMULAS[c.how], c, figures)
    return _said(t, FORMULAS[Formula.SLICES], c, figures | {"how": how})


def _said(t: Translator, message: str | Message, c: Computation, figures: dict[str, str]) -> str:
    """One formula in ``t``'s language; a plural one in the number of its counted figure."""
    if isinstance(message, str):
        return t.gettext(message, **figures)
    [counted] = [k for k in COUNTED if f"%({k})s" in message.msgid and k in c.figures]
    return t.message(message, float(c.figures[counted]), **figures)


router = page_router("/web/ventures")

ENTRY_FIELDS = ("member", "kind", "on", "amount", "hours", "months", "paid", "condition", "rate")
#: This page's own error sentences (an event's "start" is a time of day).
WORDS = {"start": N_("Write the start date YYYY-MM-DD, not in the future.")}
#: The share history CSV's columns for a reader (:data:`matcher.equity.chart.TIMELINE_COLUMNS`).
TIMELINE_HEADER = (
    NC_("CSV column", "Date"),
    NC_("CSV column", "Member"),
    NC_("CSV column", "Slices"),
    NC_("CSV column", "Share (15 decimals)"),
    NC_("CSV column", "Percent"),
)


def _day(value: str, field: str, default: dt.date | None = None) -> dt.date:
    if not value and default is not None:
        return default
    return parse_day(value, field)


@router.get("")
def ventures(page: SignedInPageDep, equity: EquityDep, community: CommunityDep) -> Response:
    """My ventures, my invitations, and a form to create a venture."""
    return _ventures_page(page, equity, community)


def _ventures_page(
    page: Page, equity: EquityService, community: Community, shown: Shown = FIRST
) -> Response:
    mine = equity.ventures_of(page.member_id, actor=page.actor)
    invitations = equity.invitations(page.member_id, actor=page.actor)
    people = [p for i in invitations for p in (*i.members, i.invited_by or "")]
    return render(
        page,
        "ventures.html",
        **shown.context({"start": equity.today().isoformat()}),
        once=new_key(),
        ventures=mine,
        invitations=invitations,
        invited_on={i.venture.id: dt.date.fromisoformat(i.invited_at[:10]) for i in invitations},
        names=names_of(community, [p for p in people if p], page),
    )


@router.post("")
def venture_create(
    page: SignedInPageDep, form: FormDep, equity: EquityDep, community: CommunityDep
) -> Response:
    """Create a venture (I own it); every wrong field is told at once, beside it. The form
    sent twice creates it once (:func:`api.web.once.created_once`)."""
    create = partial(_venture_create, page, form, equity, community)
    return created_once(page.request, page.member_id, form, create)


def _venture_create(
    page: Page, form: Form, equity: EquityService, community: Community
) -> Response:
    fields = ("venture", "name", "start")
    problems: list[CofoundryError] = []
    start: dt.date | None = None
    try:
        start = _day(form["start"], "start", equity.today())
    except InvalidInput as exc:
        problems.append(exc)
    problems += equity.venture_errors(form["venture"] or None, form["name"], start)
    if problems:
        shown = Shown.refused(problems, page.t, fields, form.values(), WORDS)
        return _ventures_page(page, equity, community, shown)
    try:
        venture = equity.create_venture(
            form["venture"] or None,
            form["name"],
            actor=page.actor,
            require_approval=form["require_approval"] == "on",
            start=start,
        )
    except CofoundryError as exc:
        shown = Shown.refused(exc, page.t, fields, form.values(), WORDS)
        return _ventures_page(page, equity, community, shown)
    return redirect("/web/ventures/" + quote(venture.id), "venture_created")


def _button(value: str, field: str, yes: str, no: str) -> bool:
    """A form's answer sent by one of its two buttons: True for ``yes``, False for ``no``,
    anything else refused (never read as ``no``)."""
    if value not in (yes, no):
        raise InvalidInput(
            f"{field} must be {yes!r} or {no!r}",
            field=field,
            value=value,
            hint="press one of the form's two buttons",
        )
    return value == yes


@router.post("/{venture_id}/invitation")
def invitation_answer(
    venture_id: str, page: SignedInPageDep, form: FormDep, equity: EquityDep
) -> Response:
    """Accept (join) or decline my invitation: one of its buttons, nothing else (a
    missing or tampered answer declines nothing). An invitation with a salary has two ways
    to join: accepting the salary it showed (the form carries it back, so a salary changed
    since is refused, never accepted) or joining to discuss it (it waits as a proposal)."""
    answer = form["answer"]
    discuss = answer == "discuss"
    accept = discuss or _button(answer, "accept", "accept", "decline")
    seen = form["members"]  # the members the invitation showed, if the form says them
    members = [m for m in seen.split(",") if m] if seen else None
    shown = {name: form[name] for name in ("salary", "paid_salary", "effective")}
    salary = None if discuss or not accept else parse_salary_offer(shown, page.member_id)
    joined = equity.answer_invitation(
        venture_id, accept, members=members, salary=salary, actor=page.actor
    )
    if joined:
        return redirect(f"/web/ventures/{venture_id}", "invitation_accepted")
    return redirect("/web/ventures", "invitation_declined", venture_id)


def _shown_data(p: Proposal) -> dict[str, object]:
    """A proposal's figures as the page shows them: days as dates, money as numbers."""
    out: dict[str, object] = {}
    for name in ("on", "effective"):
        if name in p.data:
            out[name] = dt.date.fromisoformat(p.data[name])
    # a salary, or new terms (multipliers, hours a year, rates): numbers
    for name in ("salary", "paid_salary", *TERMS_FIGURES):
        if p.data.get(name) is not None:
            out[name] = Decimal(p.data[name])
    return out


#: The figures of a terms proposal (:meth:`matcher.equity.Terms.values`; the page read them
#: and found none: a proposal of new terms answered 500).
TERMS_FIGURES = tuple(Terms().values())


def venture_page(
    page: Page,
    venture_id: str,
    equity: EquityService,
    community: Community,
    shown: Shown = FIRST,
    *,
    form: str = "",
    row_errors: list[dict[str, Any]] | None = None,
) -> Response:
    """The venture's page; ``form`` names the form whose ``errors`` and ``values`` are shown."""
    view = equity.view(venture_id, actor=page.actor)
    roles = view.roles
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
    member_names = names_of(community, [m.member for s in history for m in s.members], page)
    charts = []
    for compact, title_id in ((False, "chart-title"), (True, "chart-title-phone")):
        svg = timeline_svg(
            history,
            gettext=t.gettext,
            date_text=lambda day: t.date(day, "medium"),
            # the axis at 0, 25, 50... %, the legend with its decimals
            percent_text=lambda pct: t.percent(
                pct / 100, 0 if pct == pct.to_integral_value() else 2
            ),
            compact=compact,
            until=current.as_of,
            names=member_names,
        )
        svg = svg.replace("<svg ", f'<svg role="img" aria-labelledby="{title_id}" ', 1)
        charts.append(svg.replace("<title>", f'<title id="{title_id}">', 1))
    # the wide chart on a screen, the compact one on a phone (the style sheet picks one)
    chart = f'<div class="wide">{charts[0]}</div><div class="narrow">{charts[1]}</div>'
    records = equity.departures(venture_id, actor=page.actor)
    left = {r.report.departure.member: r for r in records}
    today = equity.today().isoformat()
    actions = equity.actions(venture_id, actor=page.actor)
    can_post_for = "post_for" in actions
    authors = list(roles.members) if can_post_for else [page.member_id]
    defaults: dict[str, str] = {"member": page.member_id, "on": today, "kind": "time"}
    people = [*roles.joined, *roles.invited] + ([view.end.proposed_by] if view.end else [])
    # the fingerprint the split document linked below prints: a member holding a signed
    # copy of that day sees on the page whether that day's ledger is still the one signed
    document_day = equity.document_day(venture_id, actor=page.actor, as_of=as_of)
    # who signed the split of that day, who is awaited; the days every member signed
    day_status = equity.day_status(venture_id, document_day, actor=page.actor)
    fingerprint = day_status.ledger_hash  # the one the split document of that day prints
    signed_days = equity.signed_days(venture_id, actor=page.actor)
    can_sign = (
        page.member_id in roles.members
        and document_day <= equity.today()
        and not any(s.member == page.member_id for s in day_status.signatures)
    )
    people += [s.member for s in (*day_status.signatures, *day_status.stale)]
    people += list(day_status.awaited)
    # who has yet to confirm a proposed end: the page says whom it waits for
    end_waiting = equity.end_waiting(venture_id, view.end) if view.end else ()
    mine = left.get(page.member_id)
    open_ones = equity.proposals(venture_id, actor=page.actor, open_only=True)
    waiting = [(p, equity.waiting_for(venture_id, p), _shown_data(p)) for p in open_ones]
    people += [p.proposed_by for p in open_ones] + [m for _, w, _ in waiting for m in w]
    shown_names = names_of(community, people, page)
    return render(
        page,
        "venture.html",
        proposals=waiting,
        end_waiting=end_waiting,
        document_day=document_day,
        fingerprint=fingerprint,
        day_status=day_status,
        signed_days=signed_days,
        can_sign=can_sign,
        signed_on={s.member: dt.date.fromisoformat(s.at[:10]) for s in day_status.signatures},
        stale_names=", ".join(shown_names.get(s.member, s.member) for s in day_status.stale),
        claims={
            member: r.claim.status
            for member, r in left.items()
            if r.claim is not None and r.report.departure.claimed is not None
        },
        # a departure another recorded that the leaver disputes, not confirmed by an owner
        disputes={
            m: r.report.departure.disputed for m, r in left.items() if r.report.departure.disputed
        },
        status=shown.status,
        view=view,
        venture=view.venture,
        roles=roles,
        members=list(roles.members),
        authors=authors,
        names=shown_names,
        ledger=ledger,
        split=current,
        as_of=as_of_text,
        date_error=date_error,
        chart=Markup(chart),  # our own SVG: every text in it is escaped by timeline_svg
        formula=lambda c: formula_text(page.t, c),
        history=history,
        departures=left,
        my_departure=mine if mine is not None and mine.acknowledged is None else None,
        actions=actions,
        entry_actions=equity.entry_actions(venture_id, actor=page.actor),
        seconds=[
            m.member
            for m in roles.memberships
            if m.member in roles.members
            and m.needs_second
            and m.seconded_by is None
            and m.member != page.member_id
            and page.member_id not in roles.inviters(m.member)
        ],
        kinds=[k.value for k in Kind],
        conditions=[c.value for c in Condition],
        reasons=[r.value for r in Reason],
        key=secrets.token_urlsafe(12),
        once=new_key(),
        today=today,
        form=form,
        errors=dict(shown.errors),
        values=dict(shown.values) | {"_defaults": defaults},
        row_errors=row_errors or [],
        frac=fraction_text,
        ended=view.end.on if view.ended and view.end else None,
        rewritten=view.ended and equity.rewritten_since_end(venture_id, actor=page.actor),
    )


@router.get("/{venture_id}/timeline.csv")
def timeline_download(venture_id: str, page: SignedInPageDep, equity: EquityDep) -> Response:
    """Each member's share at every date the ledger changed, as CSV for people: the header,
    dates and numbers in the page's language (``GET /ventures/{id}/timeline.csv`` is for
    programs: English identifiers, ISO dates, decimal points)."""
    history = equity.timeline(venture_id, actor=page.actor)
    return Response(
        timeline_csv(
            history,
            header=[page.t.message(column) for column in TIMELINE_HEADER],
            style=page.t.csv_style(),
        ),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="shares-{venture_id}.csv"',
            "Content-Language": page.lang,
        },
    )


@dataclass(frozen=True, slots=True)
class VentureForm:
    """A form posted from a venture's page, with what showing that page again takes."""

    venture_id: str
    page: Page
    form: Form
    equity: EquityService
    community: Community

    def show(
        self, name: str, shown: Shown = FIRST, row_errors: list[dict[str, Any]] | None = None
    ) -> Response:
        """The venture's page again, the form ``name`` showing ``shown`` and the refused
        rows of an import (see :func:`venture_page`)."""
        return venture_page(
            self.page,
            self.venture_id,
            self.equity,
            self.community,
            shown,
            form=name,
            row_errors=row_errors,
        )

    def name(self, member: str) -> str:
        """A member's name as the viewer may see it (their id if hidden), for a message."""
        return names_of(self.community, [member], self.page)[member]

    def again(
        self,
        name: str,
        exc: CofoundryError,
        *,
        fields: tuple[str, ...] = (),
        errors: dict[str, str] | None = None,
        keep: bool = True,
    ) -> Response:
        """The venture's page again, the form ``name`` showing why ``exc`` refused it: under
        its ``fields`` (or as ``errors``), with what was typed unless ``keep`` is false."""
        return self.show(
            name,
            Shown(
                _status(exc),
                field_errors([exc], self.page.t, fields) if errors is None else errors,
                self.form.values() if keep else {},
            ),
        )

    def message(self, exc: CofoundryError) -> str:
        """``exc`` as one sentence in the page's language."""
        return error_message(exc, self.page.t)

    @property
    def here(self) -> str:
        """The venture's page, where a form goes back to once done."""
        return "/web/ventures/" + quote(self.venture_id)


def _venture_form(
    venture_id: str,
    page: SignedInPageDep,
    form: FormDep,
    equity: EquityDep,
    community: CommunityDep,
) -> VentureForm:
    return VentureForm(venture_id, page, form, equity, community)


VentureFormDep = Annotated[VentureForm, Depends(_venture_form)]


@router.get("/{venture_id}")
def venture(
    venture_id: str, page: SignedInPageDep, equity: EquityDep, community: CommunityDep
) -> Response:
    """The ledger, the split (as of a date) and its chart over time, and the forms."""
    return venture_page(page, venture_id, equity, community)


@router.get("/{venture_id}/split.pdf")
def split_pdf(
    venture_id: str, page: SignedInPageDep, equity: EquityDep, community: CommunityDep
) -> Response:
    """The split document (PDF) in the page's language, as of a date (default today; a
    venture's end: its day), named by that date."""
    query = page.request.query_params
    as_of = _day(query.get("as_of", ""), "as_of") if query.get("as_of") else None
    members = equity.members(venture_id, actor=page.actor)
    as_of = equity.document_day(venture_id, actor=page.actor, as_of=as_of)  # an end's: its day
    pdf = equity.split_pdf(
        venture_id,
        actor=page.actor,
        as_of=as_of,
        lang=page.lang,
        names=names_of(community, members, page),
    )
    name = f"{venture_id}-split-{as_of.isoformat()}-{page.lang}.pdf"
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.post("/{venture_id}/signatures")
def sign_day(v: VentureFormDep) -> Response:
    """Sign the split of the day the form names, for the fingerprint the page showed (both
    travel with the form): once every current member signed it, nothing dated on or before
    it changes."""
    t = v.page.t
    try:
        day = _day(v.form["day"], "day")
        status = v.equity.sign_day(v.venture_id, day, v.form["ledger_hash"], actor=v.page.actor)
    except CofoundryError as exc:
        if exc.field == "ledger_hash" and isinstance(exc, Conflict):
            said = t.gettext(
                "The split of that day changed since you read it (something dated by then was"
                " recorded): read it again, then sign the fingerprint it shows now."
            )
        elif exc.field == "day" and isinstance(exc, Conflict):
            said = t.gettext(
                "Something dated by then still waits for a member's word (an entry to approve,"
                " a salary, terms, a freeze, a departure's reason): answer it first, then sign."
            )
        else:
            said = v.message(exc)
        return v.again("sign", exc, errors={"sign": said}, keep=False)
    here = f"{v.here}?as_of={day.isoformat()}#signing"
    return redirect(here, "day_closed" if status.signed else "day_signed", t.date(day))


def _entry_raw(form: Form) -> dict[str, Any]:
    raw: dict[str, Any] = {name: form[name] for name in ENTRY_FIELDS}
    raw["note"] = form["note"]
    return raw


@router.post("/{venture_id}/entries")
def entry_add(v: VentureFormDep) -> Response:
    """Add a contribution; the form's one-time key makes a double submit count once. Every
    field the entry cannot be made of is told at once, each beside its field."""
    raw = _entry_raw(v.form)
    fields = (*ENTRY_FIELDS, "note")
    problems = entry_errors(raw)
    if problems:
        return v.show("entry", Shown.refused(problems, v.page.t, fields, v.form.values()))
    try:
        posted = v.equity.post(v.venture_id, raw, key=v.form["key"] or "", actor=v.page.actor)
    except Conflict as exc:
        if exc.field == "rate":  # the member's salary waits: not the royalty rate box
            said = {"": v.message(exc), "waiting_rate": str(exc.value)}
            return v.again("entry", exc, errors=said)
        return v.again("entry", exc, fields=fields)
    except CofoundryError as exc:
        return v.again("entry", exc, fields=fields)
    return redirect(v.here, "entry_added", str(posted.row.entry.id))


def _status(exc: CofoundryError) -> int:
    return next(code for cls, code in STATUS if isinstance(exc, cls))


def _number(text: str) -> int:
    """An entry's number from a form's path: plain digits (:func:`api.inputs.whole_number`),
    whose refusal is the page's error in its language, not the API's JSON."""
    return whole_number(text, "number")


@router.post("/{venture_id}/entries/{number}/approve")
def entry_approve(number: str, v: VentureFormDep) -> Response:
    """Approve another member's entry."""
    n = _number(number)
    v.equity.approve(v.venture_id, n, actor=v.page.actor)
    return redirect(v.here, "entry_approved", str(n))


@router.post("/{venture_id}/entries/{number}/reject")
def entry_reject(number: str, v: VentureFormDep) -> Response:
    """Reject an entry waiting for approval, with a reason."""
    n = _number(number)
    try:
        v.equity.reject(v.venture_id, n, v.form["reason"], actor=v.page.actor)
    except InvalidInput as exc:
        return v.again("reject", exc, errors={f"reason:{n}": v.message(exc)}, keep=False)
    return redirect(v.here, "entry_rejected", str(n))


@router.post("/{venture_id}/entries/{number}/reverse")
def entry_reverse(number: str, v: VentureFormDep) -> Response:
    """Post the reversing entry (the author only), dated at the entry."""
    n = _number(number)
    v.equity.reverse(v.venture_id, n, actor=v.page.actor, note=v.form["note"])
    return redirect(v.here, "entry_reversed", str(n))


@router.post("/{venture_id}/members")
def member_invite(v: VentureFormDep) -> Response:
    """Invite a person by profile id (an owner): they join when they accept; with a
    salary, the invitation carries their opening salary (checked as the salary form's)."""
    if not v.form["member"].strip():  # the service's "member must be an id" would be said
        # with the sentence of a member's errors: "“” is not a current member of this venture"
        empty = InvalidInput("member is required", field="member", value="")
        said = v.page.t.gettext("Type the profile id of the person to invite.")
        return v.again("member", empty, errors={"new_member": said})
    salary_fields = ("salary", "paid_salary", "effective")
    try:
        offer = parse_salary_offer({name: v.form[name] for name in salary_fields})
        v.equity.invite(v.venture_id, v.form["member"], salary=offer, actor=v.page.actor)
    except CofoundryError as exc:
        if exc.field in salary_fields:
            return v.again("member", exc, fields=salary_fields)
        return v.again("member", exc, errors={"new_member": v.message(exc)})
    return redirect(v.here, "member_invited", v.name(v.form["member"]))


@router.post("/{venture_id}/owners")
def owner_name(v: VentureFormDep) -> Response:
    """Make a member an owner too (an owner)."""
    v.equity.name_owner(v.venture_id, v.form["member"], actor=v.page.actor)
    return redirect(v.here, "owner_named", v.name(v.form["member"]))


@router.post("/{venture_id}/members/{member}/second")
def member_second(member: str, v: VentureFormDep) -> Response:
    """Vouch for a member another owner invited."""
    v.equity.second(v.venture_id, member, actor=v.page.actor)
    return redirect(v.here, "member_seconded", v.name(member))


@router.post("/{venture_id}/rates")
def rate_set(v: VentureFormDep) -> Response:
    """Record a member's fair market salary (and cash salary paid) from a date. The form
    sent twice records it once (:func:`api.web.once.created_once`)."""
    return created_once(v.page.request, v.page.member_id, v.form, partial(_rate_set, v))


def _rate_set(v: VentureForm) -> Response:
    fields = ("member", "effective", "salary", "paid_salary")
    raw = {name: v.form[name] for name in fields}
    problems = rate_errors(raw)
    if problems:  # every field's at once, each beside its field
        return v.show("rate", Shown.refused(problems, v.page.t, fields, v.form.values()))
    try:
        rate = parse_rate(raw)
        rates = v.equity.set_rate(v.venture_id, rate, actor=v.page.actor)
    except CofoundryError as exc:
        return v.again("rate", exc, fields=fields)
    if rate not in rates:  # it waits for the word of those it moves against
        return redirect(v.here + "#proposals", "rate_proposed", v.name(rate.member))
    return redirect(v.here, "rate_set", v.name(v.form["member"]))


@router.post("/{venture_id}/freeze")
def freeze(v: VentureFormDep) -> Response:
    """Freeze the pie (an owner; final)."""
    try:
        day = _day(v.form["freeze"], "freeze")
        venture = v.equity.freeze(v.venture_id, day, actor=v.page.actor)
    except CofoundryError as exc:
        return v.again("freeze", exc, fields=("freeze",))
    if venture.freeze is None:  # every other member's word freezes it
        return redirect(v.here + "#proposals", "freeze_proposed", v.page.t.date(day))
    return redirect(v.here, "pie_frozen", v.page.t.date(day))


@router.post("/{venture_id}/proposals/{number}/answer")
def proposal_answer(number: str, v: VentureFormDep) -> Response:
    """Accept, decline (with a reason) or withdraw the proposal the URL names: a form read
    before it was answered never answers another."""
    try:
        which = whole_number(number, "proposal")
        answer = v.form["answer"]
        if answer not in ("accept", "decline", "withdraw"):
            raise InvalidInput(
                f"answer must be accept, decline or withdraw, got {answer!r}",
                field="answer",
                value=answer,
                hint="press one of the form's buttons",
            )
        done = v.equity.answer_proposal(
            v.venture_id, which, answer == "accept", v.form["note"], actor=v.page.actor
        )
    except CofoundryError as exc:
        return v.again("proposal", exc, errors={"proposal": v.message(exc)}, keep=False)
    return redirect(v.here + "#proposals", f"proposal_{done.status}", str(done.id))


def _rows_of(exc: ImportFailed, page: Page) -> list[dict[str, Any]]:
    """One line per refused row: its line in the file, the field, the value and the fix."""
    out = []
    for e in exc.errors:
        out.append(
            {
                "line": e.line,
                # the column as the person's file names it (``taux``), else the field
                "field": e.column or e.field or "",
                "value": "" if e.value is None else str(e.value)[:80],
                "message": error_message(e, page.t),
            }
        )
    return sorted(out, key=lambda r: (r["line"] is None, r["line"] or 0))


@router.post("/{venture_id}/import")
def ledger_import(v: VentureFormDep) -> Response:
    """Upload a ledger CSV (an owner): all rows or nothing (or, with "skip the invalid
    rows", the valid ones); every bad row is listed with its line, field and fix."""
    upload = v.form.data.get("file")
    skip = v.form["skip_invalid"] == "on"
    try:
        if not isinstance(upload, UploadFile) or not upload.filename:
            raise InvalidInput("choose a CSV file", field="file", hint="pick the ledger CSV")
        raw = upload.file.read()  # the body limit bounds it; the service says when it is too big
        report = v.equity.import_ledger(v.venture_id, raw, actor=v.page.actor, skip_invalid=skip)
    except ImportFailed as exc:
        return v.show("import", Shown(422), row_errors=_rows_of(exc, v.page))
    except CofoundryError as exc:
        errors = field_errors([exc], v.page.t, ("file",))
        if "file" not in errors and "" in errors:
            errors["file"] = errors.pop("")
        return v.again("import", exc, errors=errors, keep=False)
    if report.rejected:
        skipped = ImportFailed(list(report.rejected))
        imported = {"imported": str(len(report.posted))}
        return v.show("import", Shown(values=imported), row_errors=_rows_of(skipped, v.page))
    return redirect(v.here, "ledger_imported", str(len(report.posted)))


def _departure(form_get: Callable[[str], str], default_day: dt.date) -> Departure:
    return parse_departure(
        {
            "member": form_get("member"),
            "on": form_get("on") or default_day.isoformat(),
            "reason": form_get("reason"),
            "buyback": form_get("buyback") == "on",
            "refused": form_get("refused") == "on",
        }
    )


@router.get("/{venture_id}/departure")
def departure_preview(
    venture_id: str, page: SignedInPageDep, equity: EquityDep, community: CommunityDep
) -> Response:
    """The effect of a departure, before and after, for the leaver and the whole team."""
    view = equity.view(venture_id, actor=page.actor)
    actions = equity.actions(venture_id, actor=page.actor)
    members = list(view.roles.members)
    recordable = (
        members
        if "record_departure" in actions
        else [m for m in members if m == page.member_id and "resign" in actions]
    )
    query = page.request.query_params
    values = {k: query.get(k, "") for k in ("member", "on", "reason", "buyback", "refused")}
    preview = None
    errors: dict[str, str] = {}
    if values["member"]:
        try:
            departure = _departure(lambda name: query.get(name, "").strip(), equity.today())
            preview = equity.preview_departure(venture_id, departure, actor=page.actor)
        except CofoundryError as exc:
            errors = field_errors([exc], page.t, ("member", "on", "reason", "refused"))
    return render(
        page,
        "departure.html",
        status=422 if errors else 200,
        venture=view.venture,
        members=members,
        recordable=recordable,
        names=names_of(community, view.roles.joined, page),
        reasons=[r.value for r in Reason],
        preview=preview,
        values=values,
        errors=errors,
        today=equity.today().isoformat(),
        once=new_key(),
        frac=fraction_text,
    )


@router.post("/{venture_id}/departures")
def departure_record(v: VentureFormDep) -> Response:
    """Record the departure that was previewed. The form sent twice records it once
    (:func:`api.web.once.created_once`)."""
    return created_once(v.page.request, v.page.member_id, v.form, partial(_departure_record, v))


def _departure_record(v: VentureForm) -> Response:
    departure = _departure(lambda name: v.form[name], v.equity.today())
    report = v.equity.leave(v.venture_id, departure, actor=v.page.actor)
    if report.departure.claimed is not None:  # another owner's word applies the reason
        return redirect(v.here + "#proposals", "departure_claimed", v.name(departure.member))
    return redirect(v.here, "departure_recorded", v.name(departure.member))


#: The departure answer's own refusal ("NotAllowed.member" is, elsewhere, an owner's action)
_ANSWER_WORDS = {
    "NotAllowed.member": N_(
        "Only the member who leaves acknowledges or disputes their departure, from their own account."
    )
}


@router.post("/{venture_id}/departures/{member}/answer")
def departure_answer(member: str, v: VentureFormDep) -> Response:
    """The leaver acknowledges their departure, or disputes it with a reason: one of the
    two buttons, nothing else (an answer is given once: a missing or tampered one must not
    dispute in the leaver's name)."""
    try:
        acknowledge = _button(v.form["answer"], "answer", "acknowledge", "dispute")
    except InvalidInput as exc:
        said = v.page.t.gettext("Press “I acknowledge it” or “I dispute it” (with a reason).")
        return v.again("answer", exc, errors={"answer_note": said}, keep=False)
    try:
        v.equity.answer_departure(
            v.venture_id, member, acknowledge, v.form["note"], actor=v.page.actor
        )
    except InvalidInput as exc:
        return v.again("answer", exc, errors={"answer_note": v.message(exc)}, keep=False)
    except NotAllowed as exc:  # not the leaver: this refusal's own sentence, not an owner's
        message = error_message(exc, v.page.t, _ANSWER_WORDS)
        return render(v.page, "error.html", status=403, message=message, status_code=403)
    return redirect(v.here, "departure_acknowledged" if acknowledge else "departure_disputed")
