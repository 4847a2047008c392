"""Event pages for an attendee, made for a phone: the invitation (answer it, after signing in
or up if need be), the personal link of an imported person's invitation e-mail (answer without
an account, then keep the profile the organiser made), my day (where the event stands, the round on or next highlighted, each
round's time, place, partner and why we should meet, my team and teammates, my badge's QR
code, my answer, calendar files), the profile of someone I meet, feedback afterwards about
each person met, and a venture started from my team.

On the event's day, ``/web`` opens that event's page (:func:`today_path`). The page of an
event (``/web/events/{id}``) is the organiser's page for its organiser
(:func:`api.web.events.organiser_page`) and my day for an attendee; anyone else gets 404.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote
from zoneinfo import ZoneInfo

from starlette.responses import Response

from api.deps import EventsDep, FeedbackDep, LoopDep, ProfilesDep
from api.inputs import whole_number
from api.web.context import FormDep, MemberPageDep, Page, PageDep, SignedInPageDep
from api.web.event_words import clock_times, local, moment_words
from api.web.events import (
    agendas_response,
    base_url,
    organiser_page,
    team_change_view,
    when_of,
)
from api.web.feedback import error_message, field_errors
from api.web.render import FIRST, Shown, page_router, redirect, render
from matcher.access import Actor
from matcher.errors import CofoundryError, Conflict, EventOver, NotAuthenticated, UnknownProfile
from matcher.events import (
    RSVPS,
    EventService,
    MyDay,
    Teammate,
    badge_svg,
    code_text,
    labels,
    round_slot,
)
from matcher.loop import FeedbackService
from matcher.trust import Verdict

__all__ = ["router", "today_path"]

router = page_router()

#: The answers an attendee may give (:data:`matcher.events.RSVPS` but "invited").
ANSWERS = tuple(a for a in RSVPS if a != "invited")


def today_path(page: Page, events: EventService) -> str | None:
    """Where ``/web`` sends a member on the day of an event: that event's page, or the list
    of events when several take place today; None on other days."""
    today = events.my_events(actor=page.actor, today=True)
    if len(today) == 1:
        return f"/web/events/{quote(today[0].id)}"
    return "/web/events" if today else None


def _answer_refused(exc: CofoundryError, page: Page) -> Shown:
    """An answer (coming, maybe, not coming) the domain refused: 422, the error under
    ``answer``; an error about anything else is not the form's (the error page)."""
    if exc.field != "answer":
        raise exc
    return Shown(422, field_errors([exc], page.t, ("answer",)))


# ------------------------------------------------------------------ invitations
@router.get("/invitations/{code}")
def invitation(code: str, page: PageDep, events: EventsDep) -> Response:
    """The event an invitation opens and a form to answer it; a visitor who is not signed in
    is asked to sign in or sign up first, and comes back here."""
    here = f"/web/invitations/{quote(code)}"
    if page.actor is None or page.me is None:  # what the link opens, then sign in to answer
        view = events.invited_to(code, actor=None)
        return render(
            page,
            "event_invitation.html",
            view=view,
            when=when_of(page, view),
            code="",
            here=quote(here, safe=""),
        )
    return _invitation_page(page, events, code, quote(here, safe=""))


def _invitation_page(
    page: Page, events: EventService, code: str, here: str, shown: Shown = FIRST
) -> Response:
    """The event an invitation opens, with the form to answer it."""
    view = events.invited_to(code, actor=page.actor)
    return render(
        page,
        "event_invitation.html",
        **shown.context(),
        view=view,
        code=code,
        when=when_of(page, view),
        answers=ANSWERS,
        here=here,
    )


@router.post("/invitations/{code}")
def invitation_answer(code: str, page: MemberPageDep, form: FormDep, events: EventsDep) -> Response:
    """Answer an invitation: I become an attendee with my answer, or change it."""
    try:
        events.join(code, form["answer"], actor=page.actor)
    except EventOver:  # a page left open: the page now says the event is over, without form
        return _invitation_page(page, events, code, "", Shown(409))
    except CofoundryError as exc:
        return _invitation_page(page, events, code, "", _answer_refused(exc, page))
    event = events.invited_to(code, actor=page.actor).event
    return redirect(f"/web/events/{event.id}", "rsvp_saved")


# ---------------------------------------------------- a personal invitation link
@router.get("/events/{event_id}/invited/{code}")
def invited(event_id: str, code: str, page: PageDep, events: EventsDep) -> Response:
    """The page of an imported person's personal link (from their invitation e-mail): the
    event and its answer form without an account, and how to keep the profile the organiser
    made (sign up or sign in, then one button)."""
    return _invited_page(page, events, event_id, code)


def _invited_page(
    page: Page, events: EventService, event_id: str, code: str, shown: Shown = FIRST
) -> Response:
    here = f"/web/events/{quote(event_id, safe='')}/invited/{quote(code, safe='')}"
    try:
        view = events.invited_by_link(event_id, code)
    except NotAuthenticated as exc:  # used, expired, replaced, forged: say so, no sign-in page
        error = error_message(exc, page.t)
        return render(page, "event_invited.html", status=401, view=None, error=error, here=here)
    return render(
        page,
        "event_invited.html",
        **shown.context(),
        view=view,
        when=when_of(page, view),
        answers=ANSWERS,
        here=here,
        back=quote(here, safe=""),
        error="",
    )


@router.post("/events/{event_id}/invited/{code}")
def invited_answer(
    event_id: str, code: str, page: PageDep, form: FormDep, events: EventsDep
) -> Response:
    """Answer with the personal link (no account needed): going, maybe, not coming."""
    try:
        events.answer_by_link(event_id, code, form["answer"])
    except NotAuthenticated:
        return _invited_page(page, events, event_id, code)
    except CofoundryError as exc:
        return _invited_page(page, events, event_id, code, _answer_refused(exc, page))
    return redirect(
        f"/web/events/{quote(event_id, safe='')}/invited/{quote(code, safe='')}", "rsvp_saved"
    )


@router.post("/events/{event_id}/invited/{code}/claim")
def invited_claim(
    event_id: str, code: str, page: SignedInPageDep, form: FormDep, events: EventsDep
) -> Response:
    """Keep the profile the organiser made: the signed-in account (with no profile yet)
    takes it, and the link is used up."""
    try:
        events.claim_by_link(event_id, code, actor=page.actor)
    except NotAuthenticated:
        return _invited_page(page, events, event_id, code)
    except Conflict as exc:
        shown = Shown(409, {"claim": error_message(exc, page.t)})
        return _invited_page(page, events, event_id, code, shown)
    return redirect(f"/web/events/{quote(event_id, safe='')}", "profile_claimed")


# -------------------------------------------------------------------- my day
@router.get("/events/{event_id}")
def event(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """The organiser's page; for an attendee, their day; for anyone else, 404."""
    view = events.get_event(event_id, actor=page.actor)
    if view.organiser_view:
        return organiser_page(page, events, view)
    return _my_day_page(page, events, events.my_day(event_id, actor=page.actor))


def _team_names(events: EventService, day: MyDay) -> dict[str, str]:
    """The names of the people in my team's changes, as I may see them (the ids of those
    I may not see were left out of the changes by the service)."""
    assert day.team is not None
    me = day.me.profile_id
    ids = sorted({m.person for c in day.team.changes for m in c.moves})
    return {p: events.display_name(p, actor=Actor(me)) for p in ids}


def _my_day_page(
    page: Page,
    events: EventService,
    day: MyDay,
    shown: Shown = FIRST,
    venture_team: str = "",
) -> Response:
    event = day.view.event
    clock = day.clock
    focus = clock.current or clock.next_round
    # someone expected later (a late arrival) has no seat in the round on or next: their
    # own next round is the one marked, and the page says when it starts (walk 16: it said
    # only "Next: round 1 at 20:00" to someone whose first meeting was round 3 at 20:28)
    later = None
    if focus and all(i.round != focus for i in day.agenda):
        later = next((i for i in day.agenda if i.round > focus), None)
    if later is not None:
        focus = later.round
    checkin = f"{base_url(page)}/web/events/{quote(event.id)}/checkin?code={quote(day.me.code)}"
    code = day.me.code
    # the clock times are the venue's; a reader whose profile is in another zone is told
    # when the event starts in theirs (a traveller, or an event held elsewhere)
    mine = page.me.timezone if page.me is not None else ""
    first = round_slot(event, 1)
    my_start = ""
    if first and mine and mine != event.timezone:
        my_start = moment_words(page.t, first[0].astimezone(ZoneInfo(mine)))
    here = day.me.checked_in_at
    return render(
        page,
        "event_agenda.html",
        **shown.context(),
        event=event,
        when=when_of(page, day.view),
        me=day.me,
        clock=clock,
        focus=focus,
        my_next=later,
        my_next_start=page.t.time(later.start) if later is not None and later.start else "",
        next_start=page.t.time(clock.next_start) if clock.next_start else "",
        agenda=day.agenda,
        rounds=day.rounds,
        times={
            i.round: clock_times(page.t, (i.start, i.end) if i.start and i.end else None)
            for i in day.agenda
        },
        team=day.team,
        worked_with=day.worked_with,
        venture_team=venture_team,
        team_changes=[
            team_change_view(page, event, c, _team_names(events, day), teams=[day.team.number])
            for c in reversed(day.team.changes)
        ]
        if day.team is not None
        else [],
        answers=ANSWERS,
        my_zone=mine if my_start else "",
        my_zone_words=page.t.zone(mine) if my_start else "",
        my_start=my_start,
        here_at=page.t.time(local(event, here)) if here is not None else "",
        qr=badge_svg(checkin),
        code_text=code_text(code),
    )


@router.post("/events/{event_id}/rsvp")
def rsvp(event_id: str, page: MemberPageDep, form: FormDep, events: EventsDep) -> Response:
    """Change my answer: coming, maybe, not coming."""
    try:
        events.rsvp(event_id, form["answer"], actor=page.actor)
    except CofoundryError as exc:
        shown = _answer_refused(exc, page)
        return _my_day_page(page, events, events.my_day(event_id, actor=page.actor), shown)
    return redirect(f"/web/events/{event_id}", "rsvp_saved")


@router.get("/events/{event_id}/people/{person}")
def person_page(
    event_id: str, person: str, page: MemberPageDep, events: EventsDep, profiles: ProfilesDep
) -> Response:
    """The profile of someone I meet at this event (a partner of my agenda or a teammate)."""
    day = events.my_day(event_id, actor=page.actor)
    rounds = [(item, m) for item in day.agenda for m in item.meetings if m.with_id == person]
    mate = day.team is not None and any(x.id == person for x in day.team.members)
    if person == page.member_id or not (rounds or mate):
        raise UnknownProfile(f"{person!r} is not on your agenda", field="profile", value=person)
    profile = profiles.get_profile(person, actor=page.actor)
    return render(
        page,
        "event_person.html",
        event=day.view.event,
        profile=profile,
        rounds=rounds,
        times={
            i.round: clock_times(page.t, (i.start, i.end) if i.start and i.end else None)
            for i, _ in rounds
        },
        mate=mate,
        team=day.team,
    )


def _calendar(text: str, name: str, page: Page) -> Response:
    return Response(
        text,
        media_type="text/calendar; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Content-Language": page.lang,
        },
    )


@router.get("/events/{event_id}/my-calendar.ics")
def my_calendar(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """My agenda as a calendar file: one entry per round (time, place, whom, why), updated
    in place when imported again after a change."""
    text = events.attendee_calendar(
        event_id, page.member_id, actor=page.actor, labels=labels(page.t.gettext)
    )
    return _calendar(text, f"{event_id}-{page.member_id}.ics", page)


@router.get("/events/{event_id}/calendar.ics")
def event_calendar(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """The event as one calendar entry, from its start to the end of its last round."""
    text = events.event_calendar(event_id, actor=page.actor, labels=labels(page.t.gettext))
    return _calendar(text, f"{event_id}.ics", page)


@router.get("/events/{event_id}/print/agenda")
def print_my_agenda(event_id: str, page: MemberPageDep, events: EventsDep) -> Response:
    """My own agenda, printable (any attendee)."""
    day = events.my_day(event_id, actor=page.actor)
    assert page.me is not None
    return agendas_response(
        page, day.view, {page.member_id: list(day.agenda)}, {page.member_id: page.me.name}
    )


# ----------------------------------------------------------------- afterwards
def _met(
    day: MyDay, held: frozenset[str], teammates: Sequence[Teammate]
) -> list[tuple[str, str, str]]:
    """Whom I met at the event, once each: ``(id, name, how)``, ``how`` the first round we
    met or ``team``; a meeting of my agenda counts once held with both there (``held``), a
    teammate once we were in a team at the same time (``teammates``: one who left after
    working with me too, a no-show not)."""
    out: dict[str, tuple[str, str, str]] = {}
    for item in day.agenda:
        for m in item.meetings:
            if m.with_id in held:
                out.setdefault(m.with_id, (m.with_id, m.with_name, str(item.round)))
    for mate in teammates:
        if mate.id != day.me.profile_id:
            out.setdefault(mate.id, (mate.id, mate.name, "team"))
    return list(out.values())


def _feedback_page(
    page: Page,
    events: EventService,
    feedback: FeedbackService,
    event_id: str,
    shown: Shown = FIRST,
) -> Response:
    day = events.my_day(event_id, actor=page.actor)
    context = f"event:{event_id}"
    said = {
        f.about: f.verdict.value
        for f in feedback.mine(page.member_id, actor=page.actor)
        if f.context == context
    }
    return render(
        page,
        "event_feedback.html",
        **shown.context(),
        event=day.view.event,
        met=_met(
            day,
            events.met_at_tables(event_id, actor=page.actor),
            events.met_in_teams(event_id, actor=page.actor),
        ),
        said=said,
        verdicts=[v.value for v in Verdict],
    )


@router.get("/events/{event_id}/feedback")
def feedback_page(
    event_id: str, page: MemberPageDep, events: EventsDep, feedback: FeedbackDep
) -> Response:
    """After the event: for each person I met, say privately how it went."""
    return _feedback_page(page, events, feedback, event_id)


@router.post("/events/{event_id}/feedback")
def feedback_give(
    event_id: str,
    page: MemberPageDep,
    form: FormDep,
    events: EventsDep,
    feedback: FeedbackDep,
) -> Response:
    """My verdict about one person met at this event (context ``event:<id>``)."""
    about = form["about"]
    try:
        given = feedback.give(
            page.member_id, about, form["verdict"], f"event:{event_id}", actor=page.actor
        )
    except CofoundryError as exc:
        if exc.field not in ("verdict", "about", "context"):
            raise
        found = field_errors([exc], page.t, ("verdict", "about", "context"))
        errors = {about: next(iter(found.values()))}
        return _feedback_page(page, events, feedback, event_id, Shown(422, errors))
    mutual = given.proposed is not None
    done = "feedback_mutual" if mutual else "feedback_saved"
    return redirect(f"/web/events/{event_id}/feedback#about-{about}", done)


@router.post("/events/{event_id}/venture")
def team_venture(
    event_id: str, page: MemberPageDep, form: FormDep, events: EventsDep, loop: LoopDep
) -> Response:
    """Start a venture with my team (``team``: one I worked with and left, by its number;
    ``formation``: of the teams since formed again): every teammate I met in it becomes a
    member."""
    day = events.my_day(event_id, actor=page.actor)
    formation = whole_number(form["formation"], "formation") if form["formation"] else None
    if form["team"]:
        number = whole_number(form["team"], "team")
    elif day.team is not None:
        number = day.team.number
    else:
        raise UnknownProfile("you are in no team at this event", field="team", value=event_id)
    try:
        venture, _ = loop.venture_from_team(
            event_id,
            number,
            form["venture"] or None,
            form["name"],
            actor=page.actor,
            formation=formation,
        )
    except CofoundryError as exc:
        if exc.field not in ("venture", "name"):
            raise
        errors = field_errors([exc], page.t, ("venture", "name"))
        mine = formation is None and day.team is not None and number == day.team.number
        former = "" if mine else f"{formation}-{number}" if formation else str(number)
        return _my_day_page(page, events, day, Shown(422, errors), venture_team=former)
    return redirect(f"/web/ventures/{venture.id}", "venture_started")
