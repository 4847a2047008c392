"""Event pages: an organiser creates an event, uploads the attendee CSV (errors shown per
row), plans speed-networking rounds or hackathon teams, reads the plan's score against its
bound and the greedy baseline with the fairness figures, marks no-shows and re-plans the
rounds still to come, and prints agendas and table cards. An attendee sees their own
agenda only (round, table, who, and why you should meet).

Permissions are the service's (:class:`~matcher.events.service.EventService`): a member who
neither organises nor attends an event gets 404, as from the JSON API. The printable views
and the plan's CSV are the API's own outputs (:mod:`matcher.events.outputs`) in the reader's
language: the page passes its translations, and the CSV's header is translated (its values
stay machine values; the API's CSV keeps its English column identifiers).
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter
from starlette.datastructures import UploadFile
from starlette.responses import Response

from api.deps import EventsDep
from api.web.context import FormDep, MemberPageDep, Page
from api.web.feedback import error_message, field_errors
from api.web.i18n import NC_
from api.web.labels import label
from api.web.render import WebRoute, redirect, render
from matcher.errors import CofoundryError, ImportFailed, InvalidInput, UnknownEvent
from matcher.events import STATUSES, EventService, agenda_html, cards_html, labels, plan_csv
from matcher.profiles import Role, parse_csv

__all__ = ["router"]

router = APIRouter(prefix="/web/events", route_class=WebRoute, include_in_schema=False)

MAX_CSV_BYTES = 1_000_000
_ROW = re.compile(r"\brow (\d+)\b")
#: The plan CSV's columns for a reader (:data:`matcher.events.outputs.PLAN_COLUMNS`, in order).
PLAN_HEADER = (
    NC_("CSV column", "Round"),
    NC_("CSV column", "Table"),
    NC_("CSV column", "Profile id"),
    NC_("CSV column", "Name"),
    NC_("CSV column", "With"),
    NC_("CSV column", "Score"),
)


def _organised(page: Page, events: EventService, event_id: str) -> None:
    """Organiser pages and forms: anyone else, attendees included, is told there is no such
    page (404), rather than the API's 403 for attendees: the web shows them only their agenda."""
    if not events.get_event(event_id, actor=page.actor).organiser_view:
        raise UnknownEvent(f"no event {event_id!r} that you organise", value=event_id)


def _int(value: str, field: str, low: int, high: int, default: int | None = None) -> int:
    """A whole number typed in a form, within ``low .. high``."""
    if not value and default is not None:
        return default
    try:
        number = int(value)
    except ValueError:
        number = low - 1
    if not low <= number <= high:
        raise InvalidInput(
            f"{field} must be a whole number from {low} to {high}",
            field=field,
            value=value,
            hint=f"e.g. {low}",
        )
    return number


def _float(value: str, field: str, low: float, high: float, default: float) -> float:
    """A decimal number typed in a form (``,`` or ``.``), within ``low .. high``."""
    if not value:
        return default
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        number = float("nan")
    if not low <= number <= high:
        raise InvalidInput(
            f"{field} must be a number from {low:g} to {high:g}",
            field=field,
            value=value,
            hint=f"e.g. {default:g}",
        )
    return number


# ------------------------------------------------------------------ the list
@router.get("")
def events_list(page: MemberPageDep, events: EventsDep) -> Response:
    """Events I organise or attend, and a form to create one."""
    return _list_page(page, events)


def _list_page(
    page: Page,
    events: EventService,
    *,
    status: int = 200,
    errors: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
) -> Response:
    mine = events.my_events(actor=page.actor)
    return render(
        page,
        "events.html",
        status=status,
        events=mine,
        errors=errors or {},
        values=values or {},
    )


@router.post("")
def event_create(page: MemberPageDep, form: FormDep, events: EventsDep) -> Response:
    """Create an event; I organise it."""
    try:
        events.create_event(form["event"], form["name"], actor=page.actor)
    except CofoundryError as exc:
        errors = field_errors([exc], page.t, ("event", "name"))
        return _list_page(page, events, status=422, errors=errors, values=form.values())
    return redirect(f"/web/events/{form['event']}", "event_created")


# ---------------------------------------------------------------- one event
def _event_page(
    page: Page,
    event_id: str,
    events: EventService,
    *,
    status: int = 200,
    form: str = "",
    errors: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
    row_errors: list[dict[str, Any]] | None = None,
    imported: int | None = None,
) -> Response:
    """The organiser's page, or an attendee's own agenda; ``form`` names the form whose
    ``errors`` and ``values`` are shown."""
    view = events.get_event(event_id, actor=page.actor)
    if not view.organiser_view:
        agenda = events.agenda(event_id, page.member_id, actor=page.actor)
        return render(page, "event_agenda.html", event=view.event, agenda=agenda)
    names = events.names(event_id, actor=page.actor)
    rounds = events.rounds(event_id, actor=page.actor)
    teams = events.teams(event_id, actor=page.actor)
    stats = events.stats(event_id, actor=page.actor)
    plan = view.rounds_summary or {}
    last_teams = view.teams_summary or {}
    next_round = len(rounds) + 1
    defaults = {
        "rounds": str(plan.get("rounds", 3)),
        "group_size": str(plan.get("group_size", 2)),
        "odd": str(plan.get("odd", "bye")),
        "fairness": f"{plan.get('fairness', 0.5):g}",
        "from_round": "1",
        "size": str(last_teams.get("size", 4)),
        "balance": "1",
        "time_limit": "10",
        "status": "no-show",
        "round": str(min(next_round, 2)) if rounds else "1",
    }
    shown = values if values is not None else {}
    return render(
        page,
        "event_organiser.html",
        status=status,
        event=view.event,
        attendees=view.attendees,
        names=names,
        rounds=rounds,
        round_scores=[round(sum(g.score for g in r.groups), 6) for r in rounds],
        plan=view.rounds_summary,
        teams=teams,
        teams_plan=view.teams_summary,
        stats=stats,
        statuses=STATUSES,
        roles=[r.value for r in Role],
        form=form,
        errors=errors or {},
        values=shown,
        defaults=defaults,
        chosen_roles=set(
            form_roles(shown) if form == "teams" else last_teams.get("required_roles", [])
        ),
        row_errors=row_errors or [],
        imported=imported,
    )


def form_roles(values: dict[str, Any]) -> list[str]:
    """The required roles kept in a re-shown teams form."""
    roles = values.get("_roles", [])
    return list(roles) if isinstance(roles, list) else []


@router.get("/{event_id}")
def event(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """The organiser's page; for an attendee, their own agenda; for anyone else, 404."""
    return _event_page(page, event_id, events)


def _rows_of(exc: ImportFailed, page: Page) -> list[dict[str, Any]]:
    """One line per problem, with its CSV row (data rows counted from 1, as the API does)."""
    out = []
    for e in exc.errors:
        m = _ROW.search(e.detail)
        out.append(
            {
                "row": int(m.group(1)) if m else None,
                "field": e.field or "",
                "value": "" if e.value is None else str(e.value)[:80],
                "message": error_message(e, page.t),
            }
        )
    return sorted(out, key=lambda r: (r["row"] is None, r["row"] or 0))


@router.post("/{event_id}/import")
def attendees_import(
    event_id: str, page: MemberPageDep, form: FormDep, events: EventsDep
) -> Response:
    """Upload the attendee CSV: new profiles are created and added, all or nothing (or,
    with "skip the invalid rows", the valid ones); every bad row is listed with its error."""
    _organised(page, events, event_id)  # 404 before reading anything
    upload = form.data.get("file")
    skip = form["skip_invalid"] == "on"
    try:
        if not isinstance(upload, UploadFile) or not upload.filename:
            raise InvalidInput("choose a CSV file", field="file", hint="pick the attendee CSV")
        raw = upload.file.read(MAX_CSV_BYTES + 1)
        if len(raw) > MAX_CSV_BYTES:
            raise InvalidInput(
                f"CSV over {MAX_CSV_BYTES} bytes", field="file", hint="split the file"
            )
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InvalidInput(
                "the CSV must be UTF-8", field="file", hint="save the file as UTF-8"
            ) from None
        rows = parse_csv(text)
        if not rows:
            raise InvalidInput("the CSV has no rows", field="file", hint="one line per attendee")
        report, added = events.import_attendees(event_id, rows, actor=page.actor, skip_invalid=skip)
    except ImportFailed as exc:
        return _event_page(
            page, event_id, events, status=422, form="import", row_errors=_rows_of(exc, page)
        )
    except CofoundryError as exc:
        errors = field_errors([exc], page.t, ("file",))
        return _event_page(page, event_id, events, status=422, form="import", errors=errors)
    if report.rejected:
        skipped = ImportFailed([e for _, _, errs in report.rejected for e in errs])
        return _event_page(
            page,
            event_id,
            events,
            form="import",
            row_errors=_rows_of(skipped, page),
            imported=len(added),
        )
    return redirect(f"/web/events/{event_id}", "attendees_imported", str(len(added)))


@router.post("/{event_id}/attendees")
def attendees_add(event_id: str, page: MemberPageDep, form: FormDep, events: EventsDep) -> Response:
    """Add existing members by profile id (separated by commas or spaces)."""
    _organised(page, events, event_id)
    ids = [x for x in re.split(r"[\s,;]+", form["ids"]) if x]
    try:
        if not ids:
            raise InvalidInput("type at least one profile id", field="ids", hint="e.g. ana, bob")
        added = events.add_attendees(event_id, ids, actor=page.actor)
    except CofoundryError as exc:
        errors = {"ids": error_message(exc, page.t)}
        return _event_page(
            page, event_id, events, status=422, form="add", errors=errors, values=form.values()
        )
    return redirect(f"/web/events/{event_id}", "attendees_added", str(len(added)))


@router.post("/{event_id}/status")
def status_set(event_id: str, page: MemberPageDep, form: FormDep, events: EventsDep) -> Response:
    """Mark an attendee present, a no-show from a round on, or late until a round."""
    _organised(page, events, event_id)
    try:
        since = _int(form["round"], "round", 1, 50, default=1)
        events.set_status(
            event_id, form["profile"], form["status"], actor=page.actor, since_round=since
        )
    except CofoundryError as exc:
        errors = field_errors([exc], page.t, ("profile", "status", "round"))
        return _event_page(
            page, event_id, events, status=422, form="status", errors=errors, values=form.values()
        )
    return redirect(f"/web/events/{event_id}", "status_set", form["profile"])


@router.post("/{event_id}/rounds")
def rounds_plan(event_id: str, page: MemberPageDep, form: FormDep, events: EventsDep) -> Response:
    """Plan the rounds, or re-plan from a round (the earlier ones stay as they were)."""
    _organised(page, events, event_id)
    try:
        odd = form["odd"] or "bye"
        if odd not in ("bye", "trio"):
            raise InvalidInput("odd must be bye or trio", field="odd", value=odd, hint="bye")
        from_round = _int(form["from_round"], "from_round", 1, 50, default=1)
        events.plan_rounds(
            event_id,
            rounds=_int(form["rounds"], "rounds", 1, 50),
            actor=page.actor,
            group_size=_int(form["group_size"], "group_size", 2, 12, default=2),
            odd="trio" if odd == "trio" else "bye",
            fairness=_float(form["fairness"], "fairness", 0, 10, 0.5),
            from_round=from_round,
        )
    except CofoundryError as exc:
        fields = ("rounds", "group_size", "odd", "fairness", "from_round")
        errors = field_errors([exc], page.t, fields)
        return _event_page(
            page, event_id, events, status=422, form="rounds", errors=errors, values=form.values()
        )
    replanned = from_round > 1
    done = "rounds_replanned" if replanned else "rounds_planned"
    return redirect(f"/web/events/{event_id}", done, str(from_round))


@router.post("/{event_id}/teams")
def teams_form(event_id: str, page: MemberPageDep, form: FormDep, events: EventsDep) -> Response:
    """Form hackathon teams, each with the required roles if the attendees allow it."""
    _organised(page, events, event_id)
    roles = form.getlist("required_roles")
    try:
        events.form_teams(
            event_id,
            size=_int(form["size"], "size", 2, 12),
            actor=page.actor,
            required_roles=roles[:9],
            keep_collaborators=form["keep_collaborators"] == "on",
            balance=_float(form["balance"], "balance", 0, 100, 1.0),
            time_limit=_float(form["time_limit"], "time_limit", 1, 60, 10.0),
        )
    except CofoundryError as exc:
        fields = ("size", "required_roles", "balance", "time_limit")
        errors = field_errors([exc], page.t, fields)
        values: dict[str, Any] = form.values() | {"_roles": roles}
        return _event_page(
            page, event_id, events, status=422, form="teams", errors=errors, values=values
        )
    return redirect(f"/web/events/{event_id}", "teams_formed")


# ------------------------------------------------------------- print views
def _html(text: str, page: Page) -> Response:
    return Response(
        text, media_type="text/html; charset=utf-8", headers={"Content-Language": page.lang}
    )


def _agendas(page: Page, name: str, agendas: Any, names: dict[str, str]) -> Response:
    """Printable agendas in the page's language."""
    return _html(
        agenda_html(
            name,
            agendas,
            names,
            lang=page.lang,
            labels=labels(page.t.gettext),
            role_text=lambda role: label(page.t, "role", role),
            language_text=page.t.language,
        ),
        page,
    )


@router.get("/{event_id}/print/agendas")
def print_agendas(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """Every attendee's agenda, one printed page each (organiser)."""
    _organised(page, events, event_id)
    agendas = events.agendas(event_id, actor=page.actor)
    view = events.get_event(event_id, actor=page.actor)
    names = events.names(event_id, actor=page.actor)
    return _agendas(page, view.event.name, agendas, names)


@router.get("/{event_id}/print/cards")
def print_cards(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """Table cards for every round (organiser)."""
    _organised(page, events, event_id)
    rounds = events.rounds(event_id, actor=page.actor)
    view = events.get_event(event_id, actor=page.actor)
    names = events.names(event_id, actor=page.actor)
    return _html(
        cards_html(view.event.name, rounds, names, lang=page.lang, labels=labels(page.t.gettext)),
        page,
    )


@router.get("/{event_id}/plan.csv")
def plan_download(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """The plan as CSV (organiser), its header in the page's language."""
    _organised(page, events, event_id)
    rounds = events.rounds(event_id, actor=page.actor)
    names = events.names(event_id, actor=page.actor)
    header = [page.t.message(column) for column in PLAN_HEADER]
    return Response(
        plan_csv(rounds, names, header=header),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="plan-{event_id}.csv"',
            "Content-Language": page.lang,
        },
    )


@router.get("/{event_id}/print/agenda")
def print_my_agenda(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """My own agenda, printable (any attendee)."""
    items = events.agenda(event_id, page.member_id, actor=page.actor)
    view = events.get_event(event_id, actor=page.actor)
    assert page.me is not None
    return _agendas(page, view.event.name, {page.member_id: items}, {page.member_id: page.me.name})
