"""Event pages for the organiser on the day and after it: check-in by a badge's QR code or a
typed code, the dashboard (who is here, which round, which tables are empty, one action per
person, the changes of the plan), "round N has started" for an event without a clock, and
the report afterwards (printable, and as CSV in the reader's language).

A badge's QR code holds ``/web/events/{id}/checkin?code=...``: opening it (a phone's camera
app does) only shows whose badge it is; the check-in itself is a POST from that page, so a
link followed by a browser or a preview never checks anyone in.
"""

from __future__ import annotations

from urllib.parse import quote

from starlette.responses import Response

from api.deps import EventsDep, LoopDep
from api.inputs import whole_number
from api.web.context import FormDep, MemberPageDep, Page
from api.web.event_words import change_cause, clock_times, local
from api.web.events import (
    MARK_CHOICES,
    change_view,
    html_response,
    mark_from_form,
    marked_redirect,
    organised,
    shown_change,
    shown_team_change,
    team_change_view,
    when_line,
    when_of,
    with_changes,
)
from api.web.feedback import error_message
from api.web.render import page_router, redirect, render
from matcher.errors import CofoundryError
from matcher.events import (
    BADGE_CODE_LENGTH,
    STATES,
    Attendee,
    EventService,
    labels,
    report_csv,
    report_html,
    round_slot,
)

__all__ = ["REFRESH_SECONDS", "WHO_LISTS", "router"]

router = page_router("/web/events")

#: The states whose people the dashboard lists by name (the others are counted only).
WHO_LISTS = ("checked-in", "absent", "left")
#: The dashboard reloads itself this often (an HTTP ``Refresh`` header: no script needed).
REFRESH_SECONDS = 60


# ------------------------------------------------------------------ check-in
@router.get("/{event_id}/checkin")
def checkin_page(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """Whose badge a code is (from its QR code, or typed), else whose name holds the text
    typed (someone who came without their badge: one found is shown as a badge is, several
    are listed, each with its button); nothing is written here."""
    view = organised(page, events, event_id)
    code = page.request.query_params.get("code", "").strip()[:40]
    who = None
    matches: list[Attendee] = []
    errors: dict[str, str] = {}
    status = 200
    if code:
        try:
            who = events.attendee_by_code(event_id, code, actor=page.actor)
        except CofoundryError as exc:
            matches = events.attendees_named(event_id, code, actor=page.actor)
            if len(matches) == 1:
                who, matches = matches[0], []
            elif not matches:
                said = page.t.gettext("No attendee's name holds it either.")
                errors = {"code": f"{error_message(exc, page.t)} {said}"}
                status = 404
    names = events.names(event_id, actor=page.actor)
    change = shown_change(page, events, event_id)
    team_change = shown_team_change(page, events, event_id)
    here = sum(1 for a in view.attendees if a.state == "checked-in")
    expected = sum(1 for a in view.attendees if a.expected)
    return render(
        page,
        "event_checkin.html",
        status=status,
        code_length=BADGE_CODE_LENGTH,
        event=view.event,
        code=who.code if who else code,
        who=who,
        matches=[(a, names.get(a.profile_id, a.profile_id)) for a in matches],
        who_name=events.display_name(who.profile_id, actor=page.actor) if who else "",
        checked_at=page.t.time(local(view.event, who.checked_in_at))
        if who and who.checked_in_at
        else "",
        errors=errors,
        values={"code": code},
        here=here,
        expected=expected,
        change_view=change_view(page, view.event, change, names) if change else None,
        team_change_view=team_change_view(page, view.event, team_change, names)
        if team_change
        else None,
    )


@router.post("/{event_id}/checkin")
def checkin(event_id: str, page: MemberPageDep, form: FormDep, events: EventsDep) -> Response:
    """Check the badge's owner in; a late arrival is fitted into the rounds not started
    without moving anyone else (the page then says who moved)."""
    organised(page, events, event_id)
    done = events.check_in(event_id, form["code"], actor=page.actor)
    name = events.display_name(done.attendee.profile_id, actor=page.actor)
    where = with_changes(f"/web/events/{quote(event_id)}/checkin", done)
    return redirect(where, "checked_in", name)


# ----------------------------------------------------------------- dashboard
@router.get("/{event_id}/dashboard")
def dashboard(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """During the event: counts by state, the round on (or next) with its clock times, its
    tables with who is here and who is missing, the empty tables and unused places, one
    action per person, and every change of the plan. Reloads itself every minute."""
    return _dashboard(event_id, page, events)


@router.post("/{event_id}/dashboard")
def dashboard_mark(
    event_id: str, page: MemberPageDep, form: FormDep, events: EventsDep
) -> Response:
    """Mark one person from the dashboard; a refusal shows the dashboard again with the
    error on that person's row and what was chosen there (no reload: nothing else is lost)."""
    organised(page, events, event_id)
    try:
        done = mark_from_form(events, event_id, form, page)
    except CofoundryError as exc:
        refused = {
            "profile": form["profile"],
            "status": form["status"],
            "round": form["round"][:20],
            "error": error_message(exc, page.t),
        }
        return _dashboard(event_id, page, events, refused=refused)
    return marked_redirect(page, events, event_id, done, f"/web/events/{quote(event_id)}/dashboard")


def _dashboard(
    event_id: str, page: Page, events: EventService, refused: dict[str, str] | None = None
) -> Response:
    """The dashboard; after a refused mark (``refused``: the row's values and the error),
    status 422 and no self-reload, so the error stays on screen."""
    view = organised(page, events, event_id)
    board = events.dashboard(event_id, actor=page.actor)
    names = events.names(event_id, actor=page.actor)
    change = shown_change(page, events, event_id)
    changes = events.changes(event_id, actor=page.actor)
    team_change = shown_team_change(page, events, event_id)
    clock = board.clock
    response = render(
        page,
        "event_dashboard.html",
        status=422 if refused else 200,
        refused=refused,
        event=view.event,
        when=when_of(page, view),
        board=board,
        states=STATES,
        counts={s: len(board.by_state.get(s, ())) for s in STATES},
        lists={  # who is here, who is absent, who left: by name
            s: sorted(names.get(p, p) for p in board.by_state[s])
            for s in WHO_LISTS
            if board.by_state.get(s)
        },
        names=names,
        attendees=sorted(view.attendees, key=lambda a: names.get(a.profile_id, a.profile_id)),
        marks=MARK_CHOICES,
        shown_slot=clock_times(page.t, round_slot(view.event, board.round)) if board.round else "",
        next_start=page.t.time(clock.next_start) if clock.next_start else "",
        can_start=0 < clock.next_round <= board.rounds,
        change_view=change_view(page, view.event, change, names) if change else None,
        changes=[
            (c, change_cause(page.t, c), change_view(page, view.event, c, names))
            for c in reversed(changes)
        ],
        team_change_view=team_change_view(page, view.event, team_change, names)
        if team_change
        else None,
        team_changes=[
            team_change_view(page, view.event, c, names)
            for c in reversed(events.team_changes(event_id, actor=page.actor))
        ],
        updated=page.t.time(local(view.event, board.now)),
        refresh=REFRESH_SECONDS,
    )
    if not refused:
        response.headers["Refresh"] = str(REFRESH_SECONDS)
    return response


@router.post("/{event_id}/round")
def round_started(event_id: str, page: MemberPageDep, form: FormDep, events: EventsDep) -> Response:
    """Say that a round has started (for an event without a clock, or ahead of it): a calm
    re-plan then leaves it as it is."""
    organised(page, events, event_id)
    number = whole_number(form["round"], "round")
    events.start_round(event_id, number, actor=page.actor)
    return redirect(f"/web/events/{event_id}/dashboard", "round_started", str(number))


# -------------------------------------------------------------------- report
@router.get("/{event_id}/report")
def report(event_id: str, page: MemberPageDep, events: EventsDep, loop: LoopDep) -> Response:
    """After the event: who came, the meetings held, the feedback given, the pairs who both
    want to continue, the ventures started; a printable page in the reader's language."""
    organised(page, events, event_id)
    found = loop.event_report(event_id, actor=page.actor)
    return html_response(
        report_html(
            found, labels(page.t.gettext), lang=page.lang, when=when_line(page, found.event)
        ),
        page,
    )


@router.get("/{event_id}/report.csv")
def report_download(
    event_id: str, page: MemberPageDep, events: EventsDep, loop: LoopDep
) -> Response:
    """The same figures as CSV, its header and labels in the reader's language (the first
    column keeps the figures' identifiers, as the API's CSV)."""
    organised(page, events, event_id)
    found = loop.event_report(event_id, actor=page.actor)
    return Response(
        report_csv(found, labels(page.t.gettext), style=page.t.csv_style()),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="report-{event_id}.csv"',
            "Content-Language": page.lang,
        },
    )
