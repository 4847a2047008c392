"""What the event pages say, in the reader's language: how good a plan is, the ways to split
people into teams, an attendee file's problems, a change of the plan; and the logistics form
read back into the fields the service checks.

The services speak English for the CLI and the API (a plan's quality sentence, a team
layout's description, an import problem's detail and hint). These functions tell the same
facts in the page's language from their machine parts (a quality's ``kind`` and
``percent``, a layout's ``counts``, a problem's ``key`` and ``reason``); in English, where a
service's sentence exists, they show it as it is. No rule of the domain is restated: the
thresholds, sizes and checks stay in :mod:`matcher.events`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from enum import Enum
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from babel.lists import format_list

from api.inputs import whole_number
from api.web.context import Form
from api.web.feedback import error_message
from api.web.i18n import N_, NC_, SOURCE, Message, Translator, translator
from api.web.labels import label
from matcher.errors import InvalidInput, TooLong
from matcher.events import (
    AgendaItem,
    Event,
    LineProblem,
    PlanChange,
    Reader,
    TeamChange,
    TeamLayout,
    agenda_html,
    clock_text,
    organiser_summary,
    pause_from_text,
    place_from_text,
    when_text,
)
from matcher.events import labels as agenda_labels
from matcher.profiles import Commitment, Role, Stage, Visibility

__all__ = [
    "CHANGE_KINDS",
    "LAYOUT_KINDS",
    "QUALITY",
    "change_cause",
    "clock_times",
    "details_from",
    "event_values",
    "layout_text",
    "local",
    "moment_words",
    "printed_agendas",
    "problem_text",
    "quality",
    "time_zones",
]

#: How good a plan is, by subject and the quality's kind (:func:`matcher.events.plan_quality`):
#: ``%(percent)s`` the share of the best possible reached at least, ``%(short)s`` the rest.
QUALITY: dict[tuple[str, str], str] = {
    ("rounds", "best"): N_("This plan is the best possible: no other plan brings better meetings."),
    ("rounds", "near best"): N_(
        "This plan reaches at least %(percent)s of the best possible, so at most %(short)s short of it: searching longer would change little."
    ),
    ("rounds", "good"): N_(
        "This plan reaches at least %(percent)s of the best possible, so at most %(short)s short of it: a better plan may exist."
    ),
    ("rounds", "could be better"): N_(
        "This plan reaches at least %(percent)s of the best possible, so at most %(short)s short of it: the best possible is estimated generously, so the true shortfall is likely smaller."
    ),
    ("rounds", "nothing to gain"): N_(
        "No pair here scores above zero, so every plan is as good as this one."
    ),
    ("teams", "best"): N_("These teams are the best possible: no other split makes better teams."),
    ("teams", "near best"): N_(
        "These teams reach at least %(percent)s of the best possible, so at most %(short)s short of it: searching longer would change little."
    ),
    ("teams", "good"): N_(
        "These teams reach at least %(percent)s of the best possible, so at most %(short)s short of it: a better split may exist."
    ),
    ("teams", "could be better"): N_(
        "These teams reach at least %(percent)s of the best possible, so at most %(short)s short of it: giving the search more time may find better teams."
    ),
    ("teams", "nothing to gain"): N_(
        "No split into teams can score above zero here, so every split is as good as this one."
    ),
}

#: What each kind of team layout means (:class:`matcher.events.TeamLayout`).
LAYOUT_KINDS: dict[str, str] = {
    "exact": N_("Every team has exactly the size you asked for."),
    "larger": N_("The people left over join teams, which are then one person larger."),
    "smaller": N_("One more team, so some teams are one person smaller."),
    "leftover": N_("The people left over make one smaller team."),
    "one team": N_("Fewer people than the size you asked for: they make one team."),
    "chosen": N_("The sizes you chose."),
}

#: What a change of the plan was (:class:`matcher.events.PlanChange` ``kind``).
CHANGE_KINDS: dict[str, Message] = {
    "plan": NC_("change of a plan", "planned"),
    "replan": NC_("change of a plan", "re-planned in full"),
    "repair": NC_("change of a plan", "calm re-plan"),
}

#: An attendee file's column holding one of an enumeration's values: the values to write.
_CHOICES: dict[str, type[Enum]] = {
    "commitment": Commitment,
    "stage": Stage,
    "visibility": Visibility,
    "roles_offered": Role,
    "roles_sought": Role,
}


def quality(
    t: Translator, summary: Mapping[str, Any] | None, subject: str
) -> dict[str, Any] | None:
    """A stored plan summary's quality told to an organiser: ``percent`` (a whole number),
    ``percent_text`` and ``sentence`` in the reader's language, and the solver's numbers
    (``solver``, for the details); None before any plan.

    Examples
    --------
    >>> from api.web.i18n import translator
    >>> q = quality(translator("fr"), {"score": 9.9, "bound": 10.0}, "rounds")
    >>> q["percent_text"], q["sentence"][:40]
    ('99\\xa0%', 'Ce plan atteint au moins 99\\xa0% du meilleu')
    >>> quality(translator("en"), None, "teams") is None
    True
    """
    found = organiser_summary(summary, "teams" if subject == "teams" else "rounds")
    if found is None or "quality" not in found:
        return None
    q = found["quality"]
    percent = int(q["percent"])
    message = QUALITY.get((subject, str(q["kind"])))
    sentence = (
        t.gettext(message, percent=t.percent(percent / 100), short=t.percent(1 - percent / 100))
        if message is not None
        else str(q["sentence"])
    )
    return {
        "percent": percent,
        "percent_text": t.percent(percent / 100),
        "kind": q["kind"],
        "sentence": sentence,
        "solver": found.get("solver", {}),
    }


def layout_text(t: Translator, layout: TeamLayout) -> str:
    """A team layout in words, in the reader's language ("2 équipes de 7 et 1 équipe de 6").

    Examples
    --------
    >>> from api.web.i18n import translator
    >>> layout_text(translator("fr"), TeamLayout((7, 7, 6), "larger"))
    '2 équipes de 7 et 1 équipe de 6'
    >>> layout_text(translator("en"), TeamLayout((6, 6), "exact"))
    '2 teams of 6'
    """
    parts = [
        t.ngettext("%(num)s team of %(size)s", "%(num)s teams of %(size)s", k, size=t.integer(z))
        for z, k in layout.counts
    ]
    return format_list(parts, locale=t.locale)


def problem_text(t: Translator, problem: LineProblem) -> str:
    """What is wrong with one line of an attendee file and how to fix it, in the reader's
    language (in English, the service's own words, without the line it already names).

    Examples
    --------
    >>> from api.web.i18n import translator
    >>> p = LineProblem(3, "e-mail", "zoe@", "CSV line 3: email 'zoe@' is not an e-mail address",
    ...                 "write it like name@example.org", "email",
    ...                 what="email 'zoe@' is not an e-mail address")
    >>> problem_text(translator("en"), p)
    "email 'zoe@' is not an e-mail address; write it like name@example.org"
    >>> problem_text(translator("fr"), p)
    "«\\xa0zoe@\\xa0» n'est pas une adresse e\\u2011mail\\u202f; écrivez-la comme nom@exemple.org."
    """
    value = problem.value or ""
    if t.lang == SOURCE:
        return f"{problem.what}; {problem.hint}" if problem.hint else problem.what
    if problem.reason == "duplicate":
        return t.gettext(
            "“%(value)s” is already on line %(line)s: keep one line per person.",
            value=value,
            line=problem.same_as or "",
        )
    if problem.reason == "taken":
        return t.gettext(
            "The id “%(value)s” is already taken: add this person by id if they have a profile, or give this line another id (or none: one is made).",
            value=value,
        )
    kind = _CHOICES.get(problem.key or "")
    if kind is not None:
        return t.gettext(
            "Write one of these values (several separated by commas for roles): %(choices)s.",
            choices=", ".join(str(m.value) for m in kind),
        )
    if problem.limit is not None and problem.length is not None and problem.key:
        too_long = TooLong(field=problem.key, length=problem.length, limit=problem.limit)
        return error_message(too_long, t)
    return error_message(InvalidInput(problem.what, field=problem.key, value=value), t)


def change_cause(t: Translator, change: PlanChange | TeamChange) -> str:
    """Why the plan changed: the organiser's choice, or a mark (an absence, a check-in) or an
    answer, in the reader's language."""
    cause = change.cause
    if cause == "organiser":
        return t.gettext("your choice")
    if cause.startswith("rsvp:"):
        return t.gettext("an answer: %(answer)s", answer=label(t, "attendee_state", cause[5:]))
    return label(t, "attendee_state", _STATE_OF_MARK.get(cause, cause))


#: The state a mark of the first pages means (``no-show`` is shown as absent).
_STATE_OF_MARK = {"no-show": "absent", "present": "going"}


# ----------------------------------------------------------- the logistics form
@cache
def time_zones() -> tuple[tuple[str, str], ...]:
    """The IANA time zones an organiser picks from, by city: ``(name, city)``, sorted by
    name (``Europe/Paris``, ``Paris``); the old aliases (``US/Eastern``) left out."""
    zones = [
        z
        for z in available_timezones()
        if "/" in z and z.split("/")[0] in _REGIONS and not z.startswith("Etc/")
    ]
    by_city = [(z, z.rsplit("/", 1)[-1].replace("_", " ")) for z in sorted(zones)]
    return (*by_city, ("UTC", "UTC"))


_REGIONS = {
    "Africa",
    "America",
    "Antarctica",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
}


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _places(text: str) -> list[dict[str, Any]]:
    """One table or room per line (:func:`matcher.events.place_from_text`)."""
    return [place_from_text(line) for line in _lines(text)]


def _pauses(text: str) -> list[dict[str, Any]]:
    """One longer break per line (:func:`matcher.events.pause_from_text`)."""
    return [pause_from_text(line) for line in _lines(text)]


def _whole(text: str) -> int | str:
    """A whole number as typed (the service refuses anything else, naming the field)."""
    try:
        return whole_number(text, "number")
    except InvalidInput:
        return text


def details_from(form: Form, *, editing: bool) -> tuple[dict[str, Any], list[InvalidInput]]:
    """The logistics typed in the create or edit form, as the service takes them, and the
    problem of each field it could not read (a line of places or pauses), so that the form
    shows them with what :func:`matcher.events.event_details_errors` refuses, every field's
    at once. When creating, an empty field is left out (the event's default); when editing,
    an empty date or start time removes it.
    """
    out: dict[str, Any] = {}
    unread: list[InvalidInput] = []
    if form["name"] and editing:  # an event keeps a name: empty leaves it as it was
        out["name"] = form["name"]
    for key in ("date", "start"):
        if form[key] or editing:
            out[key] = form[key] or None
    if form["timezone"]:
        out["timezone"] = form["timezone"]
    for key in ("venue", "address"):
        if form[key] or editing:
            out[key] = form[key]
    for key in ("round_minutes", "break_minutes"):
        if form[key]:
            out[key] = _whole(form[key])
    for key, read in (("places", _places), ("pauses", _pauses)):
        if form[key] or editing:
            try:
                out[key] = read(form[key])
            except InvalidInput as exc:
                unread.append(exc)
    return out, unread


def event_values(event: Event | None) -> dict[str, str]:
    """The create or edit form filled with an event's logistics (a new event's defaults
    when ``event`` is None: :class:`matcher.events.Event`'s own)."""
    e = event or Event("", "", None)
    return {
        "name": e.name if event is not None else "",
        "date": e.date.isoformat() if e.date else "",
        "start": e.start.strftime("%H:%M") if e.start else "",
        "timezone": e.timezone,
        "venue": e.venue,
        "address": e.address,
        "places": "\n".join(p.name if p.seats is None else f"{p.name}:{p.seats}" for p in e.places),
        "round_minutes": str(e.round_minutes),
        "break_minutes": str(e.break_minutes),
        "pauses": "\n".join(f"{p.after_round}: {p.minutes}" for p in e.pauses),
    }


def local(event: Event, moment: dt.datetime) -> dt.datetime:
    """``moment`` (aware) at the event's place: the times the pages show are the venue's."""
    return moment.astimezone(ZoneInfo(event.timezone))


def clock_times(t: Translator, slot: Sequence[dt.datetime] | None) -> str:
    """A round's start and end in the reader's locale ("18:30-18:40", an en dash between), "" when unscheduled."""
    if not slot:
        return ""
    start, end = slot[0], slot[1]
    return f"{clock_text(start, t.time(start))}\u2013{clock_text(end, t.time(end))}"


def moment_words(t: Translator, moment: dt.datetime, day_format: str = "long") -> str:
    """A moment in words both readers read alike (``1er mai 2026 à 11:00``, ``May 1, 2026 at
    11:00 AM``), not the short ``5/1/26`` that a French reader takes for the 5th of January;
    ``day_format`` ``"full"`` names the weekday too."""
    return t.gettext(
        "%(day)s at %(time)s", day=t.date(moment.date(), day_format), time=t.time(moment)
    )


def agenda_reader(event: Event, t: Translator) -> Reader:
    """How a printed agenda speaks to a reader of ``t``'s language: its words, the roles'
    and languages' names, the clock times and the event's start and time zone in that
    language (the zone as every page says it: :meth:`~api.web.i18n.Translator.zone`)."""
    return Reader(
        lang=t.lang,
        labels=agenda_labels(t.gettext),
        role_text=lambda role: label(t, "role", role),
        language_text=t.language,
        slot_text=lambda start, end: clock_times(t, (start, end)),
        when=when_text(event, moment_text=lambda m: moment_words(t, m, "full"), zone_text=t.zone),
    )


def printed_agendas(
    event: Event,
    agendas: Mapping[str, Sequence[AgendaItem]],
    names: Mapping[str, str],
    lang: str,
    langs: Mapping[str, str],
) -> str:
    """Every attendee's printable agenda (the web page's, the API's, the CLI's), each in the
    language its reader reads (``langs``, by attendee id:
    :meth:`~matcher.events.EventService.agenda_languages`), else in ``lang``, the
    organiser's: one document, whose pages each say their language.

    Examples
    --------
    >>> from matcher.events import Event
    >>> night = Event("n", "Night", None, dt.date(2030, 5, 1), dt.time(18, 0))
    >>> html = printed_agendas(night, {"a": [], "b": []}, {}, "fr", {"b": "en"})
    >>> '<html lang="fr">' in html, '<section class="page" lang="en">' in html
    (True, True)
    >>> "mercredi 1er mai 2030" in html, "Wednesday, May 1, 2030" in html
    (True, True)
    """
    readers = {code: agenda_reader(event, translator(code)) for code in {lang, *langs.values()}}
    return agenda_html(
        event.name,
        agendas,
        names,
        document=readers[lang],
        readers={pid: readers[code] for pid, code in langs.items()},
    )
