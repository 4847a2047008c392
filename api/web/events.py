"""Event pages for an organiser: create an event with its logistics (date, start, time zone
by city, venue, places, rhythm, longer breaks) and edit them, invite by link (with its QR
code) or by an attendee file (checked first, every bad line named with its fix; imported
all or nothing, or the good lines only; imported again without doubles), plan the rounds
(the quality in plain words, the solver's numbers in a details element, a full re-plan only
after a confirmation), form teams in two steps (the layout, then the teams), mark an
attendee (the calm re-plan it causes is shown), and print agendas, table cards and badges.

The day itself (check-in, the dashboard, the report) is :mod:`api.web.events_day`; what an
attendee sees is :mod:`api.web.events_attendee`.

Permissions are the service's (:class:`~matcher.events.EventService`): a member who neither
organises nor attends an event gets 404, as from the JSON API; an attendee gets 404 on the
organiser's pages and forms too (the API answers 403): the web shows them their own day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import partial
from typing import Any
from urllib.parse import quote

from starlette.datastructures import UploadFile
from starlette.responses import Response

from api.deps import EventsDep
from api.inputs import whole_number
from api.settings import Settings
from api.web.context import Form, FormDep, MemberPageDep, Page
from api.web.event_words import (
    CHANGE_KINDS,
    LAYOUT_KINDS,
    change_cause,
    clock_times,
    details_from,
    event_values,
    layout_text,
    local,
    moment_words,
    printed_agendas,
    problem_text,
    quality,
    time_zones,
)
from api.web.feedback import error_message
from api.web.i18n import N_, NC_
from api.web.labels import attendee_state, label
from api.web.once import created_once, new_key
from api.web.render import FIRST, Shown, page_router, redirect, render
from matcher.errors import (
    CofoundryError,
    Conflict,
    InvalidInput,
    RolesNotCovered,
    Throttled,
    UnknownEvent,
)
from matcher.events import (
    BALANCE,
    DETAILS,
    FAIRNESS,
    GROUP_SIZE,
    ODD_MODES,
    ROUNDS,
    TEAM_SIZE,
    TIME_LIMIT,
    AttendeeImport,
    Event,
    EventService,
    EventView,
    Marked,
    PlanChange,
    TeamChange,
    badge_svg,
    badges_html,
    cards_html,
    check_odd,
    check_rounds_args,
    event_details_errors,
    labels,
    new_event_errors,
    parse_sizes,
    place_of,
    plan_csv,
    round_slot,
    team_change_lines,
    unseated,
    when_text,
)
from matcher.profiles import Role

__all__ = [
    "MARK_CHOICES",
    "agendas_response",
    "base_url",
    "change_view",
    "html_response",
    "mark_from_form",
    "marked_redirect",
    "organised",
    "organiser_page",
    "router",
    "shown_change",
    "shown_team_change",
    "team_change_view",
    "when_line",
    "when_of",
    "with_changes",
]

router = page_router("/web/events")

#: The plan CSV's columns for a reader (:data:`matcher.events.outputs.PLAN_COLUMNS`, in order).
PLAN_HEADER = (
    NC_("CSV column", "Round"),
    NC_("CSV column", "Table"),
    NC_("CSV column", "Profile id"),
    NC_("CSV column", "Name"),
    NC_("CSV column", "With"),
    NC_("CSV column", "Match (out of 100)"),
    NC_("CSV column", "Match level"),
)
#: The marks the organiser's forms offer (:data:`matcher.events.MARKS`), most used first.
MARK_CHOICES = ("checked-in", "absent", "late", "left", "going", "declined", "removed")
#: The buttons of the attendee file form: a dry run, all or nothing, the good lines only.
IMPORT_ACTIONS = ("check", "import", "good")
#: What the attendee file form says of a file it cannot read (an empty file, no header, no
#: line under it, not text): the general sentence of ``file`` is about any CSV.
IMPORT_WORDS = {
    "EmptyFile": N_(
        "The file is empty: save the attendee list as CSV, with a header line that names the columns, then one line per person."
    ),
    "NoRows": N_(
        "The file has only its header line: add one line per person under it, then import it again."
    ),
    "file": N_(
        "Choose the attendee file saved as CSV: a header line that names the columns, then one line per person."
    ),
}


def organised(page: Page, events: EventService, event_id: str) -> EventView:
    """The event, for its organiser only: anyone else, attendees included, is told there is
    no such page (404), rather than the API's 403 for attendees."""
    view = events.get_event(event_id, actor=page.actor)
    if not view.organiser_view:
        raise UnknownEvent(f"no event {event_id!r} that you organise", value=event_id)
    return view


def base_url(page: Page) -> str:
    """This site's address for links printed or shared (the invitation link, the check-in
    link of a badge's QR code): ``COFOUNDRY_PUBLIC_URL`` when set, else as the browser
    reached it (:meth:`~api.settings.Settings.site_address`)."""
    settings: Settings = page.request.app.state.settings
    return settings.site_address(str(page.request.base_url))


def _number(value: str, field: str, default: float) -> float:
    """A decimal number typed in a form (``,`` or ``.``); empty: ``default``."""
    if not value:
        return default
    try:
        return float(value.replace(",", "."))
    except ValueError:
        raise InvalidInput(
            f"{field} must be a number", field=field, value=value, hint=f"e.g. {default:g}"
        ) from None


# ------------------------------------------------------------------ the list
@router.get("")
def events_list(page: MemberPageDep, events: EventsDep) -> Response:
    """Events I organise or attend, and a form to create one."""
    return _list_page(page, events)


def _list_page(page: Page, events: EventService, shown: Shown = FIRST) -> Response:
    mine = events.my_events(actor=page.actor)
    return render(
        page,
        "events.html",
        **shown.context(event_values(None)),
        once=new_key(),
        events=mine,
        today=events.my_events(actor=page.actor, today=True),
        zones=time_zones(),
        default_zone=event_values(None)["timezone"],
    )


_DETAIL_FIELDS = ("event", *DETAILS)  # the form's fields: the id, then the logistics


@router.post("")
def event_create(page: MemberPageDep, form: FormDep, events: EventsDep) -> Response:
    """Create an event with its logistics; I organise it. The form sent twice creates it
    once (:func:`api.web.once.created_once`)."""
    create = partial(_event_create, page, form, events)
    return created_once(page.request, page.member_id, form, create)


def _event_create(page: Page, form: Form, events: EventService) -> Response:
    details, unread = details_from(form, editing=False)
    problems = [*unread, *new_event_errors(form["event"] or None, form["name"], details)]
    if problems:  # every field's, each beside its field
        return _list_page(
            page, events, Shown.refused(problems, page.t, _DETAIL_FIELDS, form.values())
        )
    try:
        created = events.create_event(
            form["event"] or None, form["name"], actor=page.actor, details=details
        )
    except CofoundryError as exc:
        return _list_page(page, events, Shown.refused(exc, page.t, _DETAIL_FIELDS, form.values()))
    return redirect(f"/web/events/{created.id}", "event_created")


# ------------------------------------------------------------ edit, invite
@router.get("/{event_id}/edit")
def event_edit_page(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """The event's name and logistics, to change."""
    view = organised(page, events, event_id)
    return _edit_page(page, view, Shown(values=event_values(view.event)))


def _edit_page(page: Page, view: EventView, shown: Shown) -> Response:
    return render(
        page,
        "event_edit.html",
        **shown.context(),
        event=view.event,
        zones=time_zones(),
        default_zone=view.event.timezone,
    )


@router.post("/{event_id}/edit")
def event_edit(event_id: str, page: MemberPageDep, form: FormDep, events: EventsDep) -> Response:
    """Change the name or logistics: agendas and calendar files follow."""
    view = organised(page, events, event_id)
    details, unread = details_from(form, editing=True)
    problems = [*unread, *event_details_errors(details)]
    if problems:  # every field's, each beside its field
        return _edit_page(
            page, view, Shown.refused(problems, page.t, _DETAIL_FIELDS, form.values())
        )
    try:
        events.update_event(event_id, details, actor=page.actor)
    except CofoundryError as exc:
        return _edit_page(page, view, Shown.refused(exc, page.t, _DETAIL_FIELDS, form.values()))
    return redirect(f"/web/events/{event_id}", "event_saved")


@router.get("/{event_id}/invite")
def invite_page(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """The invitation link to share, and its QR code."""
    view = organised(page, events, event_id)
    code = events.invitation(event_id, actor=page.actor)
    link = f"{base_url(page)}/web/invitations/{quote(code)}"
    return render(page, "event_invite.html", event=view.event, link=link, qr=badge_svg(link))


@router.post("/{event_id}/invite")
def invite_renew(event_id: str, page: MemberPageDep, form: FormDep, events: EventsDep) -> Response:
    """A new invitation link: the old one stops working."""
    organised(page, events, event_id)
    events.invitation(event_id, actor=page.actor, renew=True)
    return redirect(f"/web/events/{event_id}/invite", "invitation_renewed")


# ---------------------------------------------------------------- one event
def team_size(view: EventView) -> int:
    """The team size a form starts with: the last one used for this event, else the default."""
    return int((view.teams_summary or {}).get("size", TEAM_SIZE))


def organiser_page(
    page: Page,
    events: EventService,
    view: EventView,
    shown: Shown = FIRST,
    *,
    form: str = "",
    report: AttendeeImport | None = None,
    action: str = "",
) -> Response:
    """The organiser's page of an event; ``form`` names the form whose ``errors`` and
    ``values`` are shown; ``report`` is an attendee file's import (or check)."""
    event = view.event
    event_id = event.id
    names = events.names(event_id, actor=page.actor)
    rounds = events.rounds(event_id, actor=page.actor)
    teams = events.teams(event_id, actor=page.actor)
    stats = events.stats(event_id, actor=page.actor)
    plan = view.rounds_summary or {}
    defaults = {
        "rounds": str(plan.get("rounds", ROUNDS)),
        "group_size": str(plan.get("group_size", GROUP_SIZE)),
        "odd": str(plan.get("odd", ODD_MODES[0])),
        "fairness": page.t.figure(plan.get("fairness", FAIRNESS)),
        # a full re-plan starts at the first round not started: those started never change
        "from_round": str(
            events.round_clock(event_id, actor=page.actor).next_round if rounds else 1
        ),
        "size": str(team_size(view)),
        "status": "absent",
        "round": "",
    }
    change = shown_change(page, events, event_id)
    team_change = shown_team_change(page, events, event_id)
    return render(
        page,
        "event_organiser.html",
        **shown.context(),
        event=event,
        when=when_of(page, view),
        attendees=view.attendees,
        emailed={  # when each invitation e-mail was queued, in the event's time zone
            a.profile_id: moment_words(page.t, local(event, a.emailed_at))
            for a in view.attendees
            if a.emailed_at is not None
        },
        no_address=events.without_address(event_id, actor=page.actor),
        ended=events.ended(event_id, actor=page.actor) is not None,
        names=names,
        rounds=rounds,
        slots={r.number: clock_times(page.t, round_slot(event, r.number)) for r in rounds},
        place=lambda table: place_of(event, table),
        plan=view.rounds_summary,
        plan_quality=quality(page.t, view.rounds_summary, "rounds"),
        teams=teams,
        # each team's match as the CLI and the API read it (0-100 and its word)
        team_matches=events.team_matches(event_id, teams, actor=page.actor) if teams else {},
        # teams no free place seats, at an overflow table: the organiser is told
        unseated=unseated({t.number: len(t.members) for t in teams}, event.places),
        teams_plan=view.teams_summary,
        teams_quality=quality(page.t, view.teams_summary, "teams"),
        stats=stats,
        marks=MARK_CHOICES,
        odd_choices=[(mode, label(page.t, "odd", mode)) for mode in ODD_MODES],
        form=form,
        defaults=defaults,
        report=report,
        report_lines=_report_lines(page, report),
        action=action,
        change=change,
        change_view=change_view(page, event, change, names) if change else None,
        team_change_view=team_change_view(page, event, team_change, names) if team_change else None,
        team_changes=[
            team_change_view(page, event, c, names)
            for c in reversed(events.team_changes(event_id, actor=page.actor))
        ],
    )


def when_of(page: Page, view: EventView) -> dict[str, str]:
    """The event's date, start, time zone (its IANA name, and in words: :meth:`~api.web.i18n.Translator.zone`)
    and place, in the reader's locale."""
    e = view.event
    first = round_slot(e, 1)
    return {
        "date": page.t.date(e.date, "full") if e.date else "",
        "start": page.t.time(first[0]) if first else "",
        "zone": e.timezone,
        "zone_words": page.t.zone(e.timezone),
        "where": e.where,
    }


def when_line(page: Page, event: Event) -> str:
    """The line under a printed page's title (agendas, badges, the report): the event's
    start in the reader's locale (Babel), its time zone in the pages' words (``Paris time``)
    and place."""
    return when_text(
        event, moment_text=lambda m: moment_words(page.t, m, "full"), zone_text=page.t.zone
    )


def _change_number(page: Page, name: str = "change") -> int | None:
    """The number of the change a page was sent to show (``?change=N``): None if there is
    none, or if it is no whole number (a link cut short shows the page without it)."""
    try:
        return whole_number(page.request.query_params.get(name, ""), name)
    except InvalidInput:
        return None


def shown_change(page: Page, events: EventService, event_id: str) -> PlanChange | None:
    """The change of the plan a page was sent to show (``?change=N``), if it exists."""
    number = _change_number(page)
    if number is None:
        return None
    return next((c for c in events.changes(event_id, actor=page.actor) if c.number == number), None)


def change_view(
    page: Page, event: Event, change: PlanChange, names: dict[str, str]
) -> dict[str, Any]:
    """A change of the plan as the pages show it: what, why, from which round, and whose
    agendas changed (by name)."""

    def named(ids: tuple[str, ...]) -> list[str]:
        return [names.get(p, p) for p in ids]

    return {
        "number": change.number,
        "at": page.t.time(local(event, change.at)),
        "kind": page.t.message(CHANGE_KINDS.get(change.kind, change.kind)),
        "repair": change.kind == "repair",
        "first": change.kind == "plan",  # a first plan made these agendas: none "changed"
        "cause": change_cause(page.t, change),
        "from_round": change.from_round,
        "moved": named(change.moved),
        "left_out": named(change.left_out),
        "arrived": named(change.arrived),
        "partners": named(change.partners),
        "others": named(change.others),
    }


def shown_team_change(page: Page, events: EventService, event_id: str) -> TeamChange | None:
    """The change of the teams a page was sent to show (``?team_change=N``), if it exists."""
    number = _change_number(page, "team_change")
    if number is None:
        return None
    return next(
        (c for c in events.team_changes(event_id, actor=page.actor) if c.number == number), None
    )


def team_change_view(
    page: Page,
    event: Event,
    change: TeamChange,
    names: dict[str, str],
    teams: Sequence[int] | None = None,
) -> dict[str, Any]:
    """A calm re-plan of the teams as the pages show it: when, why, one line per team
    touched (of ``teams`` only, when given: an attendee reads their team's), the roles still
    lacking and the arrivals no team could take."""
    return {
        "number": change.number,
        "at": page.t.time(local(event, change.at)),
        "cause": change_cause(page.t, change),
        "moved": sum(1 for m in change.moves if m.from_team and m.to_team),
        "lines": team_change_lines(change, names, labels(page.t.gettext), teams=teams),
        "missing": [
            (n, label(page.t, "role", r)) for n, r in change.missing if teams is None or n in teams
        ],
        "unplaced": [names.get(p, p) for p in change.unplaced] if teams is None else [],
    }


def _column(page: Page, field: str | None, key: str | None, *, in_file: bool) -> str:
    """A problem's column: as the file names it, or, when the file has no such column (an
    id made from the name and the e-mail), the field's name in the reader's language."""
    if in_file or key is None:
        return field or ""
    return label(page.t, "attendee_column", key)


def _report_lines(page: Page, report: AttendeeImport | None) -> list[dict[str, Any]]:
    """Every line of an import report with its outcome, and each problem told in words."""
    if report is None:
        return []
    return [
        {
            "line": x.line,
            "id": x.id or "",
            "name": x.name,
            "outcome": x.outcome,
            "problems": [
                {
                    "column": _column(page, p.field, p.key, in_file=p.in_file),
                    "value": p.value or "",
                    "text": problem_text(page.t, p),
                }
                for p in x.problems
            ],
        }
        for x in report.lines
    ]


@router.post("/{event_id}/import")
def attendees_import(
    event_id: str, page: MemberPageDep, form: FormDep, events: EventsDep
) -> Response:
    """An attendee file: ``check`` it (nothing written), ``import`` it (all or nothing), or
    import its ``good`` lines only. A person already invited is left as they are, so the
    same file may be imported again after fixing its bad lines."""
    view = organised(page, events, event_id)  # 404 before reading anything
    action = form["action"] if form["action"] in IMPORT_ACTIONS else "import"
    upload = form.data.get("file")
    try:
        if not isinstance(upload, UploadFile) or not upload.filename:
            raise InvalidInput("choose a CSV file", field="file", hint="pick the attendee file")
        raw = upload.file.read()  # the body limit bounds it; the service says when it is too big
        report = events.import_csv(
            event_id,
            raw,
            actor=page.actor,
            dry_run=action == "check",
            skip_invalid=action == "good",
            source=upload.filename[:80],
        )
    except CofoundryError as exc:
        errors = {"file": error_message(exc, page.t, IMPORT_WORDS)}
        return organiser_page(page, events, view, Shown(422, errors), form="import", action=action)
    rejected = any(x.outcome == "rejected" for x in report.lines)
    held = bool(report.held)  # letters held back: the report says until when
    if report.written and not rejected and report.ids("added") and not held:  # else: the report
        where = f"/web/events/{event_id}#attendees"
        added, emailed = str(len(report.ids("added"))), str(len(report.emailed))
        if not report.not_emailed:
            return redirect(where, "attendees_imported_emailed", added)
        return redirect(where, "attendees_imported", added, emailed)
    view = events.get_event(event_id, actor=page.actor)  # the good lines may be in
    status = 422 if rejected and not report.written and action != "check" else 200
    return organiser_page(
        page, events, view, Shown(status), form="import", report=report, action=action
    )


@router.post("/{event_id}/attendees/{person}/invitation")
def invitation_resend(
    event_id: str, person: str, page: MemberPageDep, form: FormDep, events: EventsDep
) -> Response:
    """Send one attendee's invitation e-mail again (a new personal link for someone who has
    no account yet); refused for someone without an address, and minutes after the last."""
    view = organised(page, events, event_id)
    try:
        events.resend_invitation(event_id, person, actor=page.actor)
    except (InvalidInput, Conflict, Throttled) as exc:
        status = 429 if isinstance(exc, Throttled) else 409 if isinstance(exc, Conflict) else 422
        shown = Shown(status, {"": error_message(exc, page.t)})
        return organiser_page(page, events, view, shown, form="resend")
    name = events.names(event_id, actor=page.actor).get(person, person)
    return redirect(f"/web/events/{event_id}#attendees", "invitation_emailed", name)


@router.post("/{event_id}/attendees")
def attendees_add(event_id: str, page: MemberPageDep, form: FormDep, events: EventsDep) -> Response:
    """Add existing members by profile id (separated by commas or spaces)."""
    view = organised(page, events, event_id)
    ids = [x for x in re.split(r"[\s,;]+", form["ids"]) if x]
    try:
        if not ids:
            raise InvalidInput("type at least one profile id", field="ids", hint="e.g. ana, bob")
        added = events.add_attendees(event_id, ids, actor=page.actor)
    except CofoundryError as exc:
        errors = {"ids": error_message(exc, page.t)}
        return organiser_page(page, events, view, Shown(422, errors, form.values()), form="add")
    if not added:  # "0 attendees added" would read as a failure
        return redirect(f"/web/events/{event_id}", "attendees_already")
    return redirect(f"/web/events/{event_id}", "attendees_added", str(len(added)))


@router.post("/{event_id}/status")
def status_set(event_id: str, page: MemberPageDep, form: FormDep, events: EventsDep) -> Response:
    """Mark an attendee (checked in, absent or left from a round, late until a round, expected
    again, not coming); the page then shows whose agendas the calm re-plan changed."""
    view = organised(page, events, event_id)
    try:
        done = mark_from_form(events, event_id, form, page)
    except CofoundryError as exc:
        shown = Shown.refused(exc, page.t, ("profile", "status", "round"), form.values())
        return organiser_page(page, events, view, shown, form="status")
    return marked_redirect(page, events, event_id, done)


def mark_from_form(events: EventService, event_id: str, form: Form, page: Page) -> Marked:
    """Mark the form's attendee (``profile``, ``status``, ``round`` empty for the next one)."""
    number = whole_number(form["round"], "round") if form["round"] else None
    return events.mark(event_id, form["profile"], form["status"], actor=page.actor, round=number)


def with_changes(where: str, done: Marked) -> str:
    """``where`` with the numbers of the rounds' and the teams' changes ``done`` made, for
    the page to say who moved."""
    query = [
        f"{name}={change.number}"
        for name, change in (("change", done.change), ("team_change", done.team_change))
        if change is not None
    ]
    return where + "?" + "&".join(query) if query else where


def marked_redirect(
    page: Page, events: EventService, event_id: str, done: Marked, where: str = ""
) -> Response:
    """Back to the organiser's page (or ``where``), saying who moved in the calm re-plan."""
    where = with_changes(where or f"/web/events/{quote(event_id)}", done)
    name = events.display_name(done.attendee.profile_id, actor=page.actor)
    changed = done.change is not None or done.team_change is not None
    state = attendee_state(page.t, done.attendee)
    return redirect(where, "status_set" if changed else "status_set_calm", name, state)


@router.post("/{event_id}/rounds")
def rounds_plan(event_id: str, page: MemberPageDep, form: FormDep, events: EventsDep) -> Response:
    """Plan the rounds; once rounds exist, a full re-plan (from a round; the earlier ones stay
    as they were) may change everyone's agenda, so it asks for a confirmation first."""
    view = organised(page, events, event_id)
    fields = ("rounds", "group_size", "odd", "fairness", "from_round")
    try:
        odd = check_odd(form["odd"] or ODD_MODES[0])
        from_round = whole_number(form["from_round"], "from_round", default=1)
        rounds = whole_number(form["rounds"], "rounds")
        group_size = whole_number(form["group_size"], "group_size", default=2)
        fairness = _number(form["fairness"], "fairness", FAIRNESS)
        planned = bool(events.rounds(event_id, actor=page.actor))
        if planned and form["confirm"] != "yes":
            check_rounds_args(rounds, group_size, fairness, odd)
            events.check_from_round(event_id, from_round, actor=page.actor)
            return render(
                page,
                "event_replan.html",
                event=view.event,
                values=form.values(),
                from_round=from_round,
                attendees=len(view.attendees),
            )
        plan = events.plan_rounds(
            event_id,
            rounds=rounds,
            actor=page.actor,
            group_size=group_size,
            odd=odd,
            fairness=fairness,
            from_round=from_round,
        )
    except CofoundryError as exc:
        shown = Shown.refused(exc, page.t, fields, form.values())
        return organiser_page(page, events, view, shown, form="rounds")
    where = f"/web/events/{event_id}#quality"
    if planned and from_round > 1:  # "the earlier ones are unchanged" only when there are some
        return redirect(where, "rounds_replanned", str(from_round))
    if planned:
        return redirect(where, "rounds_replanned_all", "1")
    # what a first plan did: for how many people, how many rounds, at how many tables
    people, tables = len(plan.seated), plan.tables
    return redirect(where, "rounds_planned", str(people), str(rounds), str(tables))


# -------------------------------------------------------------------- teams
_TEAM_FIELDS = ("size", "layout", "required_roles", "balance", "time_limit")


@router.get("/{event_id}/teams")
def teams_layouts(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """Teams, step 2: how the people present split into teams of about the size asked;
    the organiser picks a layout (and the roles every team needs) before solving."""
    view = organised(page, events, event_id)
    size = page.request.query_params.get("size", "").strip()
    try:  # no size (the page opened as is): the default's layouts, not an error
        return _layouts_page(
            page, events, view, whole_number(size, "size", default=team_size(view))
        )
    except CofoundryError as exc:
        shown = Shown.refused(exc, page.t, ("size",), {"size": size})
        return organiser_page(page, events, view, shown, form="teams")


def _layouts_page(
    page: Page,
    events: EventService,
    view: EventView,
    size: int,
    shown: Shown = FIRST,
) -> Response:
    people, layouts = events.team_layouts(view.event.id, size, actor=page.actor)
    last = view.teams_summary or {}
    context = shown.context(
        {
            "layout": ",".join(str(z) for z in layouts[0].sizes) if layouts else "",
            "balance": f"{BALANCE:g}",
            "time_limit": f"{TIME_LIMIT:g}",
            "_roles": list(last.get("required_roles", [])),
        }
    )
    return render(
        page,
        "event_teams.html",
        **context,
        event=view.event,
        size=size,
        people=people,
        layouts=[
            {
                "value": ",".join(str(z) for z in x.sizes),
                "text": layout_text(page.t, x),
                "kind": page.t.gettext(LAYOUT_KINDS.get(x.kind, x.kind)),
            }
            for x in layouts
        ],
        roles=[r.value for r in Role],
        chosen_roles=set(context["values"].get("_roles", [])),
        formed=len((view.teams_summary or {}).get("sizes", ())),
    )


@router.post("/{event_id}/teams")
def teams_form(event_id: str, page: MemberPageDep, form: FormDep, events: EventsDep) -> Response:
    """Teams of exactly the layout chosen, each with the required roles if the attendees
    allow it. Without a layout chosen, when the people split in more than one way, the
    choice is asked first."""
    view = organised(page, events, event_id)
    roles = form.getlist("required_roles")
    values: dict[str, Any] = form.values() | {"_roles": roles}
    try:
        size = whole_number(form["size"], "size")
        chosen = form["layout"].strip()
        if not chosen and len(events.team_layouts(event_id, size, actor=page.actor)[1]) > 1:
            return _layouts_page(page, events, view, size, Shown(values=values))  # ask first
    except CofoundryError as exc:  # the size itself: back to step 1
        shown = Shown.refused(exc, page.t, ("size",), values)
        return organiser_page(page, events, view, shown, form="teams")
    before = _teammates(t.members for t in events.teams(event_id, actor=page.actor))
    try:
        plan = events.form_teams(
            event_id,
            size=size,
            sizes=parse_sizes(form["layout"]),
            actor=page.actor,
            required_roles=roles[:9],
            keep_collaborators=form["keep_collaborators"] == "on",
            balance=_number(form["balance"], "balance", BALANCE),
            time_limit=_number(form["time_limit"], "time_limit", TIME_LIMIT),
        )
    except CofoundryError as exc:
        if exc.field == "sizes":
            exc.field = "layout"
        if isinstance(exc, RolesNotCovered) and exc.field == "required_roles":
            exc.value = label(page.t, "role", str(exc.value))  # the role as the page names it
        return _layouts_page(
            page, events, view, size, Shown.refused(exc, page.t, _TEAM_FIELDS, values)
        )
    if not before:
        return redirect(f"/web/events/{event_id}#teams", "teams_formed")
    after = _teammates(t.members for t in plan.teams)
    moved = sum(1 for p, mates in after.items() if p in before and before[p] != mates)
    return redirect(f"/web/events/{event_id}#teams", "teams_formed_again", str(moved))


def _teammates(teams: Iterable[Sequence[str]]) -> dict[str, frozenset[str]]:
    """Each person's teammates (``teams``: each team's members), to count whom forming the
    teams again gives other teammates."""
    return {m: frozenset(team) - {m} for team in teams for m in team}


# ------------------------------------------------------------- print views
def html_response(text: str, page: Page) -> Response:
    """A printable page (the outputs' own HTML) in the reader's language."""
    return Response(
        text, media_type="text/html; charset=utf-8", headers={"Content-Language": page.lang}
    )


def agendas_response(
    page: Page,
    view: EventView,
    agendas: Any,
    names: dict[str, str],
    langs: dict[str, str] | None = None,
) -> Response:
    """Printable agendas: each attendee's in their language (``langs``), else the page's."""
    return html_response(printed_agendas(view.event, agendas, names, page.lang, langs or {}), page)


@router.get("/{event_id}/print/agendas")
def print_agendas(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """Every attendee's agenda, one printed page each (organiser), each in its reader's
    language (:meth:`~matcher.events.EventService.agenda_languages`)."""
    view = organised(page, events, event_id)
    agendas = events.agendas(event_id, actor=page.actor)
    langs = events.agenda_languages(event_id, list(agendas), actor=page.actor)
    return agendas_response(page, view, agendas, events.names(event_id, actor=page.actor), langs)


@router.get("/{event_id}/print/cards")
def print_cards(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """Table cards for every round, named after the event's places (organiser)."""
    view = organised(page, events, event_id)
    rounds = events.rounds(event_id, actor=page.actor)
    names = events.names(event_id, actor=page.actor)
    return html_response(
        cards_html(
            view.event.name,
            rounds,
            names,
            event=view.event,
            lang=page.lang,
            labels=labels(page.t.gettext),
        ),
        page,
    )


@router.get("/{event_id}/print/badges")
def print_badges(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """Every attendee's badge with the QR code of their check-in link (organiser)."""
    view = organised(page, events, event_id)
    found = events.badges(event_id, actor=page.actor)
    checkin = f"{base_url(page)}/web/events/{quote(event_id)}/checkin?code={{code}}"
    return html_response(
        badges_html(
            view.event,
            found,
            checkin_url=checkin,
            labels=labels(page.t.gettext),
            lang=page.lang,
            when=when_line(page, view.event),
        ),
        page,
    )


@router.get("/{event_id}/plan.csv")
def plan_download(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """The plan as CSV (organiser), for people: its header, breaks and each table's match
    (points out of 100 and the band's word, as the suggestion cards) in the page's language
    (the API's plan.csv is for programs)."""
    organised(page, events, event_id)
    rounds = events.rounds(event_id, actor=page.actor)
    names = events.names(event_id, actor=page.actor)
    header = [page.t.message(column) for column in PLAN_HEADER]
    return Response(
        plan_csv(
            rounds,
            names,
            header=header,
            labels=labels(page.t.gettext),
            style=page.t.csv_style(),
            matches=events.table_matches(event_id, rounds, actor=page.actor),
            band_text=lambda band: label(page.t, "band", band),
        ),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="plan-{event_id}.csv"',
            "Content-Language": page.lang,
        },
    )
