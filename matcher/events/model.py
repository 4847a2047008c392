"""Events, the vocabulary: an event and its logistics, its attendees, what an attendee's agenda
shows, and the clock of the day.

Frozen dataclasses and pure functions, no I/O (the planning algorithms are
:mod:`matcher.events.planner`). Times are timezone-aware: an event has a date, a start time
and an IANA time zone (:mod:`zoneinfo`); every round's start and end follow from the round
length, the break between rounds and the longer breaks after given rounds
(:func:`round_slot`), computed in UTC so that a change of daylight-saving time in the middle
of an event does not shift a round.

**An attendee** has two independent facts. What they answered, ``rsvp``: ``invited`` (no
answer yet), ``going``, ``maybe`` or ``declined``. What happened on the day, ``status``:
``present`` (expected, or here), ``no-show`` from a round on, ``late`` until a round, or
``left`` from a round on; plus the time they checked in. Their :attr:`Attendee.state`, the
one word an organiser reads, combines the two: ``invited``, ``going``, ``maybe``,
``declined``, ``checked-in``, ``absent`` or ``left``; or ``removed``, once the organiser
removed them from the event (:attr:`Attendee.removed_at`), whatever else holds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, get_args
from zoneinfo import ZoneInfo, available_timezones

from matcher.addresses import address_key
from matcher.errors import (
    InvalidInput,
    NoSuchTime,
    RoundStarted,
    TooLong,
    blank,
    control_character,
)
from matcher.ids import chosen_id_errors
from matcher.matching.model import MatchScore, PhraseMatch, match_score
from matcher.profiles.model import Role, is_zone

if TYPE_CHECKING:
    from matcher.events.planner import Round

__all__ = [
    "ANSWERS",
    "BADGE_CODE_LENGTH",
    "DETAILS",
    "FIRST_EVENT_DATE",
    "INVITE_CODE_LENGTH",
    "LAST_EVENT_DATE",
    "MARKS",
    "MAX_EVENT_NAME",
    "MAX_PAUSES",
    "MAX_PLACES",
    "MAX_PLACE_NAME",
    "MAX_ROUND_MINUTES",
    "MAX_SEATS",
    "MAX_VENUE",
    "NAME_HINT",
    "PRESENCE",
    "REPORT_LEAST",
    "RSVPS",
    "STATES",
    "STATUSES",
    "AgendaItem",
    "Answer",
    "Attendee",
    "AttendeeImport",
    "AttendeeMark",
    "Badge",
    "Dashboard",
    "Event",
    "EventReport",
    "EventView",
    "ImportLine",
    "LineProblem",
    "Marked",
    "Meeting",
    "MyDay",
    "MyTeam",
    "Pause",
    "Place",
    "PlanChange",
    "RoundClock",
    "TableNow",
    "TeamChange",
    "TeamMove",
    "Teammate",
    "TeamsMet",
    "check_event_details",
    "check_rounds_ahead",
    "check_rounds_kept",
    "check_start_exists",
    "clock_text",
    "code_text",
    "doors_open",
    "ended_at",
    "event_details_errors",
    "fill_places",
    "fit_places",
    "import_id",
    "invitation_facts",
    "new_event_errors",
    "pause_from_text",
    "place_from_text",
    "place_of",
    "reseat",
    "round_clock",
    "round_slot",
    "rounds_held",
    "seats_at",
    "shown_twice",
    "starts_at",
    "tables_held",
    "teams_met",
    "unseated",
    "verdict_counts",
    "zone_of_city",
]

#: The day statuses the organiser pages offer (``left`` is set through :data:`MARKS`).
STATUSES = ("present", "no-show", "late")
#: What happened on the day (the stored ``status``).
PRESENCE = ("present", "no-show", "late", "left")
#: What an attendee may answer to an invitation.
Answer = Literal["going", "maybe", "declined"]
ANSWERS: tuple[Answer, ...] = get_args(Answer)
#: What an attendee answered (``invited``: nothing yet).
RSVPS = ("invited", *ANSWERS)
#: The one word an organiser reads (:attr:`Attendee.state`).
STATES = (*RSVPS, "checked-in", "absent", "left", "removed")
#: What an organiser may mark an attendee as: a state, or a day status of the first pages.
AttendeeMark = Literal[
    "invited",
    "going",
    "maybe",
    "declined",
    "checked-in",
    "absent",
    "left",
    "removed",
    "present",
    "no-show",
    "late",
]
MARKS: tuple[AttendeeMark, ...] = get_args(AttendeeMark)

#: The limits of an event's logistics (the API's request schemas take them from here).
MAX_PLACES = 500
MAX_PLACE_NAME = 80
MAX_SEATS = 1000
MAX_PAUSES = 20
MAX_ROUND_MINUTES = 240
MAX_EVENT_NAME = 200
MAX_VENUE = 300  # the venue and the address
#: The days an event may have: every clock time of a long event stays a real moment (a date
#: near year 1 or 9999 cannot be converted between time zones), and a mistyped year (``0226``,
#: ``20226``) is caught.
FIRST_EVENT_DATE = dt.date(2000, 1, 1)
LAST_EVENT_DATE = dt.date(2099, 12, 31)
#: Characters of an attendee's check-in code (printed under the badge's QR code, typed at
#: the door) and of an event's invitation code (in its link).
BADGE_CODE_LENGTH = 8
INVITE_CODE_LENGTH = 12


def code_text(code: str) -> str:
    """A check-in code as printed for people to read and type: two groups of four.

    >>> code_text("K7QH3M9T"), code_text("ABC")
    ('K7QH-3M9T', 'ABC')
    """
    half = BADGE_CODE_LENGTH // 2
    return f"{code[:half]}-{code[half:]}" if len(code) == BADGE_CODE_LENGTH else code


Phase = Literal["unscheduled", "before", "round", "between", "after"]


# ------------------------------------------------------------------ the event
@dataclass(frozen=True, slots=True)
class Place:
    """A table or a room: its name and, where it matters (tables of n, team rooms), its seats."""

    name: str
    seats: int | None = None


@dataclass(frozen=True, slots=True)
class Pause:
    """A longer break after round ``after_round``, of ``minutes`` (in place of the usual one)."""

    after_round: int
    minutes: int


@dataclass(frozen=True, slots=True)
class Event:
    """A matchmaking event; ``organiser`` is the profile that created it (None: an admin's).

    Logistics: ``date``, ``start`` (local time) and ``timezone`` (IANA name) say when it
    starts (both None: not scheduled yet; agendas then have no clock times); ``venue`` and
    ``address`` where; ``places`` the tables or rooms in order (table ``k`` of a round, team
    ``k``, sits at ``places[k - 1]``; beyond the list, "Table k"); ``round_minutes`` and
    ``break_minutes`` (between two rounds) the rhythm, ``pauses`` the longer breaks.
    ``rounds_started`` is how many rounds the organiser said have started (for an event
    without a clock); ``version`` counts the changes of its plan and ``schedule_version``
    is the version at which its logistics last changed (calendar files' sequence numbers).
    """

    id: str
    name: str
    organiser: str | None
    date: dt.date | None = None
    start: dt.time | None = None
    timezone: str = "UTC"
    venue: str = ""
    address: str = ""
    places: tuple[Place, ...] = ()
    round_minutes: int = 10
    break_minutes: int = 2
    pauses: tuple[Pause, ...] = ()
    rounds_started: int = 0
    version: int = 0
    schedule_version: int = 0

    @property
    def scheduled(self) -> bool:
        """True when the event has a clock: a date (in range) and a start time (:func:`starts_at`)."""
        return starts_at(self) is not None

    @property
    def where(self) -> str:
        """Venue and address on one line ("" when neither is known).

        Examples
        --------
        >>> Event("e", "E", None, venue="Station F", address="5 parvis Alan Turing, Paris").where
        'Station F, 5 parvis Alan Turing, Paris'
        """
        return ", ".join(x for x in (self.venue, self.address) if x)


#: The logistics fields of an event, as :func:`check_event_details` accepts them.
DETAILS = (
    "name",
    "date",
    "start",
    "timezone",
    "venue",
    "address",
    "places",
    "round_minutes",
    "break_minutes",
    "pauses",
)


#: How to name an event, told when a name is missing or blank.
NAME_HINT = "give it a name people will recognise, e.g. Founders night"


def _bad(field: str, message: str, value: Any, hint: str) -> InvalidInput:
    return InvalidInput(f"event {field}: {message}", field=field, value=value, hint=hint)


def _minutes(raw: Any, field: str, low: int) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or not low <= raw <= MAX_ROUND_MINUTES:
        raise _bad(
            field,
            f"must be a whole number of minutes from {low} to {MAX_ROUND_MINUTES}",
            raw,
            "e.g. 10",
        )
    return raw


def _text(raw: Any, field: str, limit: int = MAX_EVENT_NAME) -> str:
    if not isinstance(raw, str):
        raise _bad(field, "must be text", raw, f"give {field} as a string")
    text = "" if blank(raw) else " ".join(raw.split())  # zero-width spaces: as good as none
    found = control_character(text, allowed="")  # printed on badges, agendas, calendars
    if found is not None:
        at, char = found
        raise _bad(
            field,
            f"holds a control character (U+{ord(char):04X} at position {at})",
            raw[:40],
            "remove it: control characters and the marks that turn text around"
            " (U+202A-U+202E, U+2066-U+2069) show nothing people can read",
        )
    return TooLong.unless_short(text, limit, field=field, hint="shorten it")


def _places(raw: Any) -> tuple[Place, ...]:
    if not isinstance(raw, list | tuple):
        raise _bad("places", "must be a list of names", raw, 'e.g. ["Table 1", "Room A"]')
    if len(raw) > MAX_PLACES:
        raise _bad("places", f"at most {MAX_PLACES} tables or rooms", len(raw), "merge some")
    out: list[Place] = []
    seen: dict[str, int] = {}
    for k, item in enumerate(raw, start=1):
        name: Any
        seats: Any
        if isinstance(item, Place):
            name, seats = item.name, item.seats
        elif isinstance(item, str):
            name, seats = item, None
        elif isinstance(item, Mapping):
            name, seats = item.get("name"), item.get("seats")
        else:
            raise _bad("places", f"place {k} must be a name or a name and seats", item, "")
        name = _text(name, "places", MAX_PLACE_NAME)
        if not name:
            raise _bad("places", f"place {k} has no name", item, "name every table or room")
        if name.casefold() in seen:
            raise _bad(
                "places",
                f"place {k} has the same name as place {seen[name.casefold()]}",
                name,
                "give every table or room its own name",
            )
        seen[name.casefold()] = k
        if seats is not None and (
            isinstance(seats, bool) or not isinstance(seats, int) or not 1 <= seats <= MAX_SEATS
        ):
            raise _bad("places", f"place {name!r}: seats must be 1 to {MAX_SEATS}", seats, "e.g. 6")
        out.append(Place(name, seats))
    return tuple(out)


def _pauses(raw: Any) -> tuple[Pause, ...]:
    if not isinstance(raw, list | tuple) or len(raw) > MAX_PAUSES:
        raise _bad(
            "pauses",
            f"must be a list of at most {MAX_PAUSES} breaks",
            raw,
            'e.g. [{"after_round": 3, "minutes": 15}]',
        )
    out: dict[int, Pause] = {}
    for item in raw:
        after: Any
        minutes: Any
        if isinstance(item, Pause):
            after, minutes = item.after_round, item.minutes
        elif isinstance(item, Mapping):
            after, minutes = item.get("after_round"), item.get("minutes")
        else:
            raise _bad("pauses", "each break is an after_round and minutes", item, "")
        if isinstance(after, bool) or not isinstance(after, int) or not 1 <= after <= 50:
            raise _bad("pauses", "after_round must be a round from 1 to 50", after, "e.g. 3")
        if after in out:
            raise _bad("pauses", f"two breaks after round {after}", after, "keep one")
        out[after] = Pause(after, _minutes(minutes, "pauses", 0))
    return tuple(out[k] for k in sorted(out))


#: What a number typed after a place's colon looks like (a sign, decimals, an exponent, NaN or
#: infinity included, so that ``Bar:-3``, ``Bar:2.5`` or ``Bar:1e309`` is refused as seats
#: rather than taken for a name).
_SEATS_TYPED = re.compile(
    r"[+-]?(?:\d+(?:[.,]\d*)?(?:e[+-]?\d+)?|nan|inf(?:inity)?)", re.IGNORECASE
)


def place_from_text(text: str) -> dict[str, Any]:
    """A table or room as people type it (a line of the web form, a ``--place`` of the
    command line): ``Name``, or ``Name:seats``; :func:`check_event_details` checks it.

    A colon followed by something else than a number belongs to the name.

    Examples
    --------
    >>> place_from_text(" Loft : 8 "), place_from_text("Bar"), place_from_text("Salle 2:Nord")
    ({'name': 'Loft', 'seats': 8}, {'name': 'Bar'}, {'name': 'Salle 2:Nord'})
    >>> check_event_details({"places": [place_from_text("Bar:-3")]})
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: event places: place 'Bar': seats must be 1 to 1000 (got -3); e.g. 6
    >>> place_from_text("Bar:2.5")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: event places: place 'Bar': seats must be a whole number (got '2.5'); e.g. Bar:8
    >>> place_from_text("Loft:1e309")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: event places: place 'Loft': seats must be a whole number (got '1e309'); e.g. Loft:8
    >>> place_from_text("Loft:NaN")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: event places: place 'Loft': seats must be a whole number (got 'NaN'); e.g. Loft:8
    >>> place_from_text("Salle:Info"), place_from_text("Quai:Est")
    ({'name': 'Salle:Info'}, {'name': 'Quai:Est'})
    """
    line = text.strip()
    name, sep, after = line.rpartition(":")
    name, after = name.strip(), after.strip()
    if not sep or not name or not (after == "" or _SEATS_TYPED.fullmatch(after)):
        return {"name": line}
    if not re.fullmatch(r"[+-]?\d+", after):
        raise _bad(
            "places",
            f"place {name!r}: seats must be a whole number",
            after,
            f"e.g. {name}:8" if after else f"write the seats after the colon, e.g. {name}:8",
        )
    return {"name": name, "seats": int(after)}


def pause_from_text(text: str) -> dict[str, Any]:
    """A longer break as people type it: ``ROUND: MINUTES`` (after that round; ``3 15``,
    ``3=15`` and ``3: 15 min`` too); :func:`check_event_details` checks the figures.

    Examples
    --------
    >>> pause_from_text("3: 15"), pause_from_text("2 = 20 min")
    ({'after_round': 3, 'minutes': 15}, {'after_round': 2, 'minutes': 20})
    >>> pause_from_text("3:-4")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: event pauses: longer break '3:-4': write the round, a colon and the minutes; e.g. 3: 15 for 15 minutes after round 3
    """
    line = text.strip()
    m = re.fullmatch(r"(\d+)\s*[:=,; ]\s*(\d+)(?:\s*min\w*)?", line)
    if m is None:
        raise _bad(
            "pauses",
            f"longer break {line!r}: write the round, a colon and the minutes",
            line,
            "e.g. 3: 15 for 15 minutes after round 3",
        )
    return {"after_round": int(m.group(1)), "minutes": int(m.group(2))}


def _date(raw: Any) -> dt.date | None:
    """A day from :data:`FIRST_EVENT_DATE` to :data:`LAST_EVENT_DATE`, or None.

    >>> _date("9999-12-31")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: event date: must be from 2000-01-01 to 2099-12-31 (got '9999-12-31'); check the year, e.g. 2026-05-21
    """
    day = raw
    if isinstance(raw, str):
        with contextlib.suppress(ValueError):
            day = dt.date.fromisoformat(raw.strip())
    if day is None:
        return None
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise _bad("date", "must be a date YYYY-MM-DD", raw, "e.g. 2026-05-21")
    if not FIRST_EVENT_DATE <= day <= LAST_EVENT_DATE:
        raise _bad(
            "date",
            f"must be from {FIRST_EVENT_DATE.isoformat()} to {LAST_EVENT_DATE.isoformat()}",
            raw.isoformat() if isinstance(raw, dt.date) else raw,
            "check the year, e.g. 2026-05-21",
        )
    return day


def _time(raw: Any) -> dt.time | None:
    if raw is None or isinstance(raw, dt.time):
        return None if raw is None else raw.replace(second=0, microsecond=0, tzinfo=None)
    if isinstance(raw, str) and re.fullmatch(r"\d{1,2}:\d{2}", raw.strip()):
        h, m = (int(x) for x in raw.strip().split(":"))
        if h < 24 and m < 60:
            return dt.time(h, m)
    raise _bad("start", "must be a local time HH:MM", raw, "e.g. 18:30")


def _city_key(text: str) -> str:
    """A city as people type it, to compare: no accents, case, spaces or underscores."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[\s_-]+", " ", plain).strip().casefold()


def zone_of_city(city: str) -> str | None:
    """The IANA time zone named after ``city`` (``Paris``, ``montréal``, ``New York``), or
    None when no zone, or zones of several regions, have that city's name.

    Examples
    --------
    >>> zone_of_city("Paris"), zone_of_city("montréal"), zone_of_city("new york")
    ('Europe/Paris', 'America/Montreal', 'America/New_York')
    >>> zone_of_city("Atlantis") is None
    True
    """
    key = _city_key(city)
    found = sorted(
        (
            z
            for z in available_timezones()
            if "/" in z
            and not z.startswith(("Etc/", "SystemV/"))
            and _city_key(z.rsplit("/", 1)[-1]) == key
        ),
        key=lambda z: (z.count("/"), z),
    )
    if not found or len({z.split("/")[0] for z in found}) > 1:
        return None
    return found[0]


def _zone(raw: Any) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise _bad("timezone", "must be an IANA time zone name", raw, "e.g. Europe/Paris")
    if not is_zone(raw):  # the profiles' rule: IANA names of places (not "localtime")
        city = zone_of_city(raw)
        if city is not None:  # "Paris" typed where the list offers "Europe/Paris"
            return city
        raise _bad(
            "timezone",
            "is not a known IANA time zone",
            raw,
            "use a name like Europe/Paris, America/Montreal or UTC",
        )
    return raw


def check_event_details(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The logistics fields of ``raw`` (a subset of :data:`DETAILS`), checked and normalised.

    Dates may be given as ``date`` objects or ``YYYY-MM-DD``, start times as ``time`` or
    ``HH:MM``; places as names or ``{"name", "seats"}``; pauses as ``{"after_round",
    "minutes"}``. Unknown fields are refused.

    Examples
    --------
    >>> d = check_event_details({"date": "2026-05-21", "start": "18:30",
    ...                          "timezone": "Europe/Paris", "places": ["Bar", {"name": "Loft", "seats": 8}]})
    >>> d["date"], d["start"], d["places"]
    (datetime.date(2026, 5, 21), datetime.time(18, 30), (Place(name='Bar', seats=None), Place(name='Loft', seats=8)))
    >>> check_event_details({"timezone": "Paris"})  # a zone's city is the zone
    {'timezone': 'Europe/Paris'}
    >>> check_event_details({"timezone": "Mars/Olympus"})
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: event timezone: is not a known IANA time zone (got 'Mars/Olympus'); use a name like Europe/Paris, America/Montreal or UTC
    """
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in DETAILS:
            raise _bad(key, "is not a field of an event", value, "use " + ", ".join(DETAILS))
        if key == "name":
            out[key] = _text(value, key)
            if not out[key]:
                raise _bad(key, "cannot be empty", value, NAME_HINT)
        elif key in ("venue", "address"):
            out[key] = _text(value, key, MAX_VENUE)
        elif key == "date":
            out[key] = _date(value)
        elif key == "start":
            out[key] = _time(value)
        elif key == "timezone":
            out[key] = _zone(value)
        elif key == "places":
            out[key] = _places(value)
        elif key == "pauses":
            out[key] = _pauses(value)
        else:
            out[key] = _minutes(value, key, 1 if key == "round_minutes" else 0)
    return out


def event_details_errors(raw: Mapping[str, Any]) -> list[InvalidInput]:
    """Every field of ``raw`` that :func:`check_event_details` refuses, one error a field in
    ``raw``'s order: a form shows each beside its field at once, where the check stops at
    the first (each field is checked on its own, so none hides another).

    Examples
    --------
    >>> errs = event_details_errors({"date": "soon", "name": "Night", "round_minutes": 0})
    >>> [e.field for e in errs]
    ['date', 'round_minutes']
    """
    errors: list[InvalidInput] = []
    for key, value in raw.items():
        try:
            check_event_details({key: value})
        except InvalidInput as exc:
            errors.append(exc)
    return errors


def new_event_errors(
    event_id: str | None, name: str, details: Mapping[str, Any]
) -> list[InvalidInput]:
    """Every problem of a new event, as :meth:`~matcher.events.EventService.create_event`
    refuses them, one a field: its logistics and name (:func:`event_details_errors`), no
    name when no id is chosen (people would see a random id), a chosen id that is not one
    (:func:`matcher.ids.check_id`). Empty: the event can be created (unless its id is taken).

    Examples
    --------
    >>> [e.field for e in new_event_errors("Night!", "", {"start": "25:00"})]
    ['start', 'event']
    >>> [e.field for e in new_event_errors(None, " ", {})]
    ['name']
    >>> new_event_errors("night", "", {"timezone": "Paris"})
    []
    """
    given = {"name": name, **details} if name and name.strip() else dict(details)
    errors = event_details_errors(given)
    if not event_id and "name" not in given:
        errors.append(
            InvalidInput(
                "an event needs a name when no id is chosen",
                field="name",
                value=name,
                hint=NAME_HINT,
            )
        )
    return errors + chosen_id_errors(event_id, "event")


def invitation_facts(event: Event) -> dict[str, str]:
    """What an invitation tells (its inbox item and e-mail): the event's id and name, and
    when and where it is when known (``date`` YYYY-MM-DD, ``start`` HH:MM, ``timezone``,
    ``where``), as text, for the shell to write the reader's way.

    Examples
    --------
    >>> invitation_facts(Event("night", "Night", None, dt.date(2026, 5, 21), dt.time(18, 30),
    ...                        "Europe/Paris", venue="Station F"))
    {'event': 'night', 'title': 'Night', 'date': '2026-05-21', 'start': '18:30', 'timezone': 'Europe/Paris', 'where': 'Station F'}
    >>> invitation_facts(Event("night", "Night", None))
    {'event': 'night', 'title': 'Night'}
    """
    facts = {"event": event.id, "title": event.name}
    if event.date is not None:
        facts["date"] = event.date.isoformat()
        if event.start is not None:
            facts |= {"start": event.start.strftime("%H:%M"), "timezone": event.timezone}
    if event.where:
        facts["where"] = event.where
    return facts


# --------------------------------------------------------------- the clock
def starts_at(event: Event) -> dt.datetime | None:
    """When the event starts, in its time zone (None when it has no date or start time).

    A date outside :data:`FIRST_EVENT_DATE` .. :data:`LAST_EVENT_DATE` (saved before dates
    were limited; the clock of year 9999 overflows) has no clock either: its pages show the
    date, and the organiser changes it to one the form accepts.

    Examples
    --------
    >>> starts_at(Event("e", "E", None, dt.date(2026, 3, 29), dt.time(1, 30), "Europe/Paris"))
    datetime.datetime(2026, 3, 29, 1, 30, tzinfo=zoneinfo.ZoneInfo(key='Europe/Paris'))
    >>> starts_at(Event("e", "E", None, dt.date(9999, 12, 31), dt.time(23, 55), "Europe/Paris"))
    """
    if event.date is None or event.start is None:
        return None
    if not FIRST_EVENT_DATE <= event.date <= LAST_EVENT_DATE:
        return None
    return dt.datetime.combine(event.date, event.start, tzinfo=ZoneInfo(event.timezone))


def check_start_exists(event: Event) -> Event:
    """``event``, if its start is a time its day has in its time zone; else an error on
    ``start``. The night the clocks go forward skips an hour: 02:30 on 29 March 2026 in
    Paris is no time at all (it was kept, and the event started at 03:30 by every clock).

    Examples
    --------
    >>> paris = lambda h, m: Event("e", "E", None, dt.date(2026, 3, 29), dt.time(h, m), "Europe/Paris")
    >>> check_start_exists(paris(3, 30)).start
    datetime.time(3, 30)
    >>> check_start_exists(paris(2, 30))
    Traceback (most recent call last):
    ...
    matcher.errors.NoSuchTime: event start: 02:30 does not exist on 2026-03-29 in Europe/Paris: the clocks go forward an hour; start at 03:30, or at another time
    """
    at = starts_at(event)
    if at is None:
        return event
    shown = at.astimezone(dt.UTC).astimezone(at.tzinfo)  # the clock's reading of that moment
    if shown.replace(tzinfo=None) == at.replace(tzinfo=None):
        return event
    start = at.strftime("%H:%M")
    jump = (shown.replace(tzinfo=None) - at.replace(tzinfo=None)).total_seconds() / 60
    raise NoSuchTime(
        f"event start: {start} does not exist on {at.date().isoformat()} in {event.timezone}:"
        f" the clocks go forward {'an hour' if jump == 60 else f'{jump:.0f} minutes'}",
        field="start",
        value=start,
        hint=f"start at {shown.strftime('%H:%M')}, or at another time",
    )


def round_slot(event: Event, number: int) -> tuple[dt.datetime, dt.datetime] | None:
    """Start and end of round ``number`` (from 1), in the event's time zone; None if unscheduled.

    Round ``k`` starts ``(k - 1) x (round + break)`` minutes after the event, plus the extra
    minutes of every longer break after an earlier round. Elapsed time is counted in UTC,
    so a round straddling a change of daylight-saving time still lasts ``round_minutes``.

    Examples
    --------
    >>> e = Event("e", "E", None, dt.date(2026, 3, 29), dt.time(1, 40), "Europe/Paris",
    ...           round_minutes=10, break_minutes=5, pauses=(Pause(1, 20),))
    >>> [tuple(t.strftime("%H:%M %Z") for t in round_slot(e, k)) for k in (1, 2, 3)]
    [('01:40 CET', '01:50 CET'), ('03:10 CEST', '03:20 CEST'), ('03:25 CEST', '03:35 CEST')]
    """
    first = starts_at(event)
    if first is None:
        return None
    zone = ZoneInfo(event.timezone)
    extra = {p.after_round: p.minutes for p in event.pauses}
    minutes = sum(event.round_minutes + extra.get(k, event.break_minutes) for k in range(1, number))
    start = (first.astimezone(dt.UTC) + dt.timedelta(minutes=minutes)).astimezone(zone)
    end = (start.astimezone(dt.UTC) + dt.timedelta(minutes=event.round_minutes)).astimezone(zone)
    return start, end


def place_of(event: Event, table: int) -> str:
    """The name of table (or team) ``table``: the event's place of that rank, else "Table k";
    "" for 0 (a break).

    Examples
    --------
    >>> e = Event("e", "E", None, places=(Place("Bar"), Place("Loft")))
    >>> place_of(e, 2), place_of(e, 3), place_of(e, 0)
    ('Loft', 'Table 3', '')
    """
    if table <= 0:
        return ""
    if table <= len(event.places):
        return event.places[table - 1].name
    return f"Table {table}"


def seats_at(places: Sequence[Place], table: int) -> float:
    """The seats of table (or team) ``table``: its place's, infinite for a place without
    seats or beyond the named places (an overflow table takes any number).

    Examples
    --------
    >>> seats_at((Place("Window", 2), Place("Bar")), 1), seats_at((Place("Window", 2),), 2)
    (2, inf)
    """
    place = places[table - 1] if 0 < table <= len(places) else None
    return float("inf") if place is None or place.seats is None else place.seats


def fit_places(sizes: Sequence[int], places: Sequence[Place]) -> list[int] | None:
    """Table (or team) numbers for groups of ``sizes`` so that each sits at a place with
    seats enough (table k sits at place k; one beyond the list, or without seats, takes any
    number): None when the order given already fits, else numbers again, the largest groups
    first, each at the free place (a named one, or a number up to n) that fits it with the
    fewest seats; a group that none of them fits sits at an overflow table, the first number
    beyond both the named places and n (a team of 5 never sits at a place of 2 seats: :func:`unseated` tells
    the organiser).

    Examples
    --------
    >>> fit_places([3, 2], (Place("Window", 2), Place("Bar"))), fit_places([2, 3], (Place("Window", 2),))
    ([2, 1], None)
    >>> fit_places([4, 2, 2], (Place("A", 2), Place("B", 2), Place("C", 3)))
    [4, 1, 2]
    >>> fit_places([5, 2], (Place("A", 2), Place("B", 2), Place("C", 6)))
    [3, 1]
    """
    if all(size <= seats_at(places, k) for k, size in enumerate(sizes, start=1)):
        return None
    overflow = max(len(sizes), len(places))
    free = list(range(1, overflow + 1))
    out = [0] * len(sizes)
    for i in sorted(range(len(sizes)), key=lambda i: (-sizes[i], i)):
        fitting = [t for t in free if seats_at(places, t) >= sizes[i]]
        if fitting:
            table = min(fitting, key=lambda t: (seats_at(places, t), t))
            free.remove(table)
        else:
            overflow += 1
            table = overflow
        out[i] = table
    return out


def reseat(sizes: Mapping[int, int], places: Sequence[Place]) -> dict[int, int]:
    """After a calm re-plan of the teams (``sizes``: each team's number and how many are in
    it), the teams to move because their place seats fewer: each, the largest first, to the
    free named place with seats enough and the fewest seats, else to an overflow table (the
    first number beyond the named places and the teams'). Old number -> new number, only for
    the teams that move.

    Examples
    --------
    >>> places = (Place("Bar", 6), Place("Window", 2), Place("Loft", 4))
    >>> reseat({1: 4, 2: 3}, places)  # Window seats 2, Loft (4) is free
    {2: 3}
    >>> reseat({1: 4, 2: 3, 3: 4}, places)  # no free place: an overflow table
    {2: 4}
    >>> reseat({1: 4, 2: 2}, places)
    {}
    """
    free = [k for k in range(1, len(places) + 1) if k not in sizes]
    overflow = max([len(places), *sizes])
    moves: dict[int, int] = {}
    for team in sorted(
        (t for t in sizes if sizes[t] > seats_at(places, t)), key=lambda t: (-sizes[t], t)
    ):
        fitting = [k for k in free if seats_at(places, k) >= sizes[team]]
        if fitting:
            moves[team] = min(fitting, key=lambda k: (seats_at(places, k), k))
            free.remove(moves[team])
        else:
            overflow += 1
            moves[team] = overflow
    return moves


def unseated(sizes: Mapping[int, int], places: Sequence[Place]) -> list[tuple[int, int]]:
    """The teams (or tables) the organiser is told of, as (number, size): those at an
    overflow table while a named place is free (none free seats them: :func:`fit_places`,
    :func:`reseat`), and any at a place with fewer seats than people. More teams than
    places is no news: the others sit at overflow tables.

    Examples
    --------
    >>> unseated({1: 2, 4: 5, 3: 2}, (Place("A", 2), Place("B", 2), Place("C", 2)))
    [(4, 5)]
    >>> unseated({1: 3}, (Place("A", 2),)), unseated({1: 2, 2: 2, 3: 5}, (Place("A", 2), Place("B", 2)))
    ([(1, 3)], [])
    """
    free = any(k not in sizes for k in range(1, len(places) + 1))
    return sorted(
        (n, size)
        for n, size in sizes.items()
        if (n > len(places) and free) or size > seats_at(places, n)
    )


def fill_places(sizes: Mapping[int, int], places: Sequence[Place]) -> dict[int, int]:
    """The tables to move after a change (``sizes``: each table's number and how many sit
    there) so that no named place stays empty while a table beyond them (an overflow table)
    is used: each overflow table, the largest first, moves to the lowest empty place with
    seats enough; a table at a named place never moves. Old number -> new number, only for
    the tables that move.

    Examples
    --------
    >>> places = (Place("Bar"), Place("Window", 2), Place("Door"))
    >>> fill_places({1: 2, 3: 2, 4: 2, 5: 3}, places)  # Window (2) is empty
    {4: 2}
    >>> fill_places({1: 2, 3: 2, 4: 3}, places)  # a trio does not fit Window's 2 seats
    {}
    >>> fill_places({1: 2, 2: 2, 3: 2, 4: 2}, places)  # every place used: 4 overflows
    {}
    """
    named = len(places)
    empty = [k for k in range(1, named + 1) if k not in sizes]
    moves: dict[int, int] = {}
    for table in sorted((t for t in sizes if t > named), key=lambda t: (-sizes[t], t)):
        seats = [k for k in empty if (places[k - 1].seats or sizes[table]) >= sizes[table]]
        if seats:
            moves[table] = seats[0]
            empty.remove(seats[0])
    return moves


@dataclass(frozen=True, slots=True)
class RoundClock:
    """Where an event stands at a moment.

    ``phase``: ``unscheduled`` (no date and start time, or no round planned yet: only the
    organiser's ``rounds_started`` counts),
    ``before`` the first round, during a ``round``, ``between`` two rounds, or ``after`` the
    last one. ``current`` is the round running (0 if none); ``next_round`` the first round
    not started (``rounds + 1`` when every round has started), the first one a re-plan may
    change; ``next_start`` when it starts (None if unknown).
    """

    phase: Phase
    current: int
    next_round: int
    next_start: dt.datetime | None


def round_clock(event: Event, rounds: int, now: dt.datetime) -> RoundClock:
    """Where ``event`` (with ``rounds`` rounds planned) stands at ``now`` (aware).

    A round has started when its start time has passed or the organiser said so
    (``event.rounds_started``), whichever is later.

    Examples
    --------
    >>> e = Event("e", "E", None, dt.date(2026, 5, 21), dt.time(18, 0), "Europe/Paris",
    ...           round_minutes=10, break_minutes=5)
    >>> at = lambda h, m: dt.datetime(2026, 5, 21, h, m, tzinfo=ZoneInfo("Europe/Paris"))
    >>> [(c.phase, c.current, c.next_round) for c in
    ...  (round_clock(e, 3, at(17, 0)), round_clock(e, 3, at(18, 20)), round_clock(e, 3, at(18, 27)),
    ...   round_clock(e, 3, at(19, 0)))]
    [('before', 0, 1), ('round', 2, 3), ('between', 0, 3), ('after', 0, 4)]
    >>> round_clock(Event("u", "U", None, rounds_started=2), 5, at(9, 0)).next_round
    3
    """
    manual = min(max(event.rounds_started, 0), rounds)
    if not event.scheduled or rounds < 1:
        return RoundClock("unscheduled", manual, manual + 1, None)
    slots = [s for k in range(1, rounds + 1) if (s := round_slot(event, k)) is not None]
    started = max(sum(1 for start, _ in slots if start <= now), manual)
    running = next((k for k, (a, b) in enumerate(slots, start=1) if a <= now < b), 0)
    nxt = started + 1
    next_start = slots[nxt - 1][0] if nxt <= rounds else None
    phase: Phase
    if running:
        phase = "round"
    elif started == 0:
        phase = "before"
    elif started < rounds:
        phase = "between"
    elif now >= slots[-1][1]:
        phase = "after"
    else:  # the organiser said every round has started, before the clock did
        phase, running = "round", rounds
    return RoundClock(phase, running, nxt, next_start)


def ended_at(event: Event, rounds: int) -> dt.datetime | None:
    """When ``event`` (with ``rounds`` rounds planned) ends, in its time zone: the end of its
    last round; with no round planned (teams only, or nothing planned yet), the end of its
    day at its place; None when it has no date (it never ends by the clock).

    Examples
    --------
    >>> e = Event("e", "E", None, dt.date(2026, 5, 21), dt.time(18, 0), "Europe/Paris",
    ...           round_minutes=10, break_minutes=5)
    >>> ended_at(e, 3).strftime("%Y-%m-%d %H:%M"), ended_at(e, 0).strftime("%Y-%m-%d %H:%M")
    ('2026-05-21 18:40', '2026-05-22 00:00')
    >>> ended_at(Event("u", "U", None), 3) is None
    True
    """
    last = round_slot(event, rounds) if rounds >= 1 else None
    if last is not None:
        return last[1]
    if event.date is None or not FIRST_EVENT_DATE <= event.date < LAST_EVENT_DATE:
        return None
    return dt.datetime.combine(
        event.date + dt.timedelta(days=1), dt.time(0), tzinfo=ZoneInfo(event.timezone)
    )


def doors_open(event: Event) -> dt.datetime | None:
    """When check-in opens at ``event``: the start of its day (00:00) in its time zone, so
    that an organiser trying the scanner weeks ahead checks nobody in (a check-in locks the
    attendee's answer and counts them as come); None when it has no date (no clock, so
    check-in is always open until the organiser says its last round has started). Check-in
    closes when its last round ends (:func:`round_clock`'s ``after``).

    Examples
    --------
    >>> e = Event("e", "E", None, dt.date(2026, 5, 21), dt.time(18, 0), "Europe/Paris")
    >>> doors_open(e).isoformat()
    '2026-05-21T00:00:00+02:00'
    >>> doors_open(Event("u", "U", None)) is None
    True
    """
    if event.date is None or not FIRST_EVENT_DATE <= event.date <= LAST_EVENT_DATE:
        return None
    return dt.datetime.combine(event.date, dt.time(0), tzinfo=ZoneInfo(event.timezone))


#: The fields of an event that say when its rounds are, in the order a refusal names them.
SCHEDULE = ("date", "start", "timezone", "round_minutes", "break_minutes", "pauses")


def check_rounds_kept(
    before: Event, after: Event, rounds: int, now: dt.datetime, given: Mapping[str, Any]
) -> Event:
    """``after`` (``before`` with the changes ``given``), unless it makes a round that has
    started at ``now`` a round to come: then :class:`~matcher.errors.RoundStarted`, naming the
    first field of the schedule that changed and its value as given.

    A round that has started never changes (a calm re-plan, a full one, the report, feedback
    and the planning of later events read it as held): moving the start of an event during
    its second round, or the date of an event that has ended, would make its rounds held
    ones to come again, which a re-plan then rewrites. A change that starts the rounds
    earlier, or leaves them as they are, is taken; so is any change before the first round.

    Examples
    --------
    >>> e = Event("e", "E", None, dt.date(2026, 5, 21), dt.time(18, 0), "Europe/Paris",
    ...           round_minutes=10, break_minutes=5)
    >>> at = dt.datetime(2026, 5, 21, 18, 20, tzinfo=ZoneInfo("Europe/Paris"))  # round 2 runs
    >>> later = Event("e", "E", None, dt.date(2026, 5, 21), dt.time(19, 0), "Europe/Paris")
    >>> check_rounds_kept(e, later, 3, at, {"start": "19:00"})
    Traceback (most recent call last):
    ...
    matcher.errors.RoundStarted: event 'e': round 2 has started, and with start '19:00' rounds 1 to 2 would start later, as rounds to come: a round that has started never changes; to run late, add a longer break (pauses) after the round on now, which moves only the rounds not started; to hold the event again, create a new event
    >>> check_rounds_kept(e, e, 3, at, {"venue": "Bar"}).start
    datetime.time(18, 0)
    """
    started = round_clock(before, rounds, now).next_round - 1
    kept = round_clock(after, rounds, now).next_round - 1
    if kept >= started:
        return after
    field = next(
        (f for f in SCHEDULE if f in given and getattr(before, f) != getattr(after, f)),
        next((f for f in SCHEDULE if f in given), "date"),
    )
    value = given.get(field)
    if isinstance(value, dt.time):  # as typed: 19:00, 2026-06-21
        value = value.strftime("%H:%M")
    elif isinstance(value, dt.date):
        value = value.isoformat()
    unstarted = f"round {started}" if kept + 1 == started else f"rounds {kept + 1} to {started}"
    raise RoundStarted(
        f"event {before.id!r}: round {started} has started, and with {field} {value!r}"
        f" {unstarted} would start later, as rounds to come: a round that has started never"
        " changes",
        field=field,
        value=value,
        hint="to run late, add a longer break (pauses) after the round on now, which moves"
        " only the rounds not started; to hold the event again, create a new event",
    )


def check_rounds_ahead(event: Event, rounds: int, from_round: int, now: dt.datetime) -> None:
    """Refuse a plan of ``rounds`` rounds whose new ones (from ``from_round``) would start at
    a time that has passed at ``now`` (:class:`~matcher.errors.RoundStarted`, field
    ``rounds``): a round whose time has passed counts as held (the report's meetings, the
    feedback it opens, the pairs later events keep apart), so a plan made after the event,
    or rounds added after the last one ended, would record meetings that never happened. An
    event without a clock plans as before (its rounds start when the organiser says so).

    Examples
    --------
    >>> e = Event("e", "E", None, dt.date(2026, 5, 21), dt.time(18, 0), "Europe/Paris",
    ...           round_minutes=10, break_minutes=5)
    >>> at = dt.datetime(2026, 5, 21, 18, 20, tzinfo=ZoneInfo("Europe/Paris"))  # round 2 runs
    >>> check_rounds_ahead(e, 4, 3, at)  # rounds 3 and 4 are to come
    >>> check_rounds_ahead(e, 3, 1, at)
    Traceback (most recent call last):
    ...
    matcher.errors.RoundStarted: event 'e': round 1 would start at 18:00 on 2026-05-21 (Europe/Paris), which has passed: a round is planned before it starts, and one whose time has passed counts as held (got 3); move the event's start to a time to come, or create a new event for another day
    """
    slot = round_slot(event, from_round)  # the first new round; the later ones follow it
    if rounds >= from_round and slot is not None and slot[0] <= now:
        fix = (
            "move the event's start to a time to come, or create a new event for another day"
            if from_round == 1
            else f"add a longer break (pauses) after round {from_round - 1} so that round"
            f" {from_round} starts later, or create a new event for another day"
        )
        raise RoundStarted(
            f"event {event.id!r}: round {from_round} would start at {slot[0]:%H:%M} on"
            f" {slot[0]:%Y-%m-%d} ({event.timezone}), which has passed: a round is planned"
            " before it starts, and one whose time has passed counts as held",
            field="rounds",
            value=rounds,
            hint=fix,
        )


def shown_twice(moment: dt.datetime) -> bool:
    """Whether the clocks of ``moment``'s zone show its time twice that day (the hour they go
    back): "02:30" alone does not say which, so a page adds the zone's name (02:30 CEST,
    02:30 CET) and a calendar file writes it in UTC.

    >>> paris = ZoneInfo("Europe/Paris")
    >>> shown_twice(dt.datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=paris))
    True
    >>> shown_twice(dt.datetime(2026, 10, 25, 3, 30, tzinfo=paris)), shown_twice(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    (False, False)
    """
    return moment.replace(fold=1 - moment.fold).utcoffset() != moment.utcoffset()


def clock_text(moment: dt.datetime, hhmm: str) -> str:
    """``hhmm`` (``moment``'s time as a reader writes it), with the zone's name when the
    clocks show that time twice (:func:`shown_twice`): a round from 02:30 to 02:30 on the
    night the clocks go back reads "02:30 CEST-02:30 CET".

    >>> clock_text(dt.datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=ZoneInfo("Europe/Paris")), "02:30")
    '02:30 CET'
    """
    return f"{hhmm} {moment.tzname()}" if shown_twice(moment) else hhmm


def rounds_held(event: Event, rounds: int, now: dt.datetime) -> int:
    """How many of ``rounds`` planned rounds are held at ``now``: those started by the clock
    or the organiser's marker; for an event with neither, every round planned.

    >>> rounds_held(Event("u", "U", None), 4, dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    4
    """
    if not (event.scheduled or event.rounds_started):
        return rounds
    return min(round_clock(event, rounds, now).next_round - 1, rounds)


def tables_held(
    event: Event,
    rounds: Sequence[Round],
    attendees: Sequence[Attendee],
    now: dt.datetime,
    *,
    check_ins: bool = True,
) -> list[tuple[int, tuple[str, ...]]]:
    """The tables of the rounds held at ``now`` (:func:`rounds_held`), each as its round and
    who sat there: not marked absent for that round nor declined, and, with ``check_ins``,
    once the organiser checked anyone in, checked in (check-in is then the record of who
    came, for the report's figures). Who met whom is read here alone: the report's meetings,
    and (without ``check_ins``: an attendee nobody scanned is not kept from saying how a
    meeting went) the meetings feedback may follow.

    >>> from matcher.events.planner import Group, Round
    >>> e = Event("u", "U", None)
    >>> r = [Round(1, (Group(1, ("a", "b"), 0.0),)), Round(2, (Group(1, ("a", "c"), 0.0),))]
    >>> tables_held(e, r, [Attendee("a"), Attendee("b"), Attendee("c", "no-show", 2)],
    ...             dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    [(1, ('a', 'b')), (2, ('a',))]
    """
    checked = {a.profile_id for a in attendees if check_ins and a.checked_in_at is not None}
    missing = {
        a.profile_id: a.absent_rounds(len(rounds))
        for a in attendees
        if not checked or a.profile_id in checked
    }
    held = rounds_held(event, len(rounds), now)
    return [
        (r.number, tuple(p for p in g.members if p in missing and r.number not in missing[p]))
        for r in rounds[:held]
        for g in r.groups
    ]


# -------------------------------------------------------------- attendees
@dataclass(frozen=True, slots=True)
class Attendee:
    """A person at an event (see the module docstring for ``rsvp``, ``status`` and ``state``).

    ``since_round``: a ``no-show`` or someone who ``left`` misses the rounds from it on, a
    ``late`` arrival the rounds before it. ``code`` is their check-in code (on their badge);
    ``source`` how they were added (``organiser``, ``import`` or ``link``); ``emailed_at``
    when their invitation e-mail was last queued (imported people, and re-sends);
    ``removed_at`` when the organiser removed them from the event (None: not removed): they
    no longer answer, and are ``left`` from the first round not started then.
    """

    profile_id: str
    status: str = "present"
    since_round: int = 1
    rsvp: str = "going"
    checked_in_at: dt.datetime | None = None
    code: str = ""
    source: str = "organiser"
    emailed_at: dt.datetime | None = None
    removed_at: dt.datetime | None = None

    @property
    def expected(self) -> bool:
        """Still expected at the event (or here): not declined, absent or gone.

        Examples
        --------
        >>> Attendee("a").expected, Attendee("a", rsvp="declined").expected
        (True, False)
        """
        return self.state not in ("declined", "absent", "left", "removed")

    @property
    def state(self) -> str:
        """The one word an organiser reads (:data:`STATES`).

        Examples
        --------
        >>> now = dt.datetime(2026, 5, 21, 18, tzinfo=dt.UTC)
        >>> [Attendee("a", rsvp="invited").state, Attendee("a", "no-show", 2).state,
        ...  Attendee("a", checked_in_at=now).state, Attendee("a", "left", 3, checked_in_at=now).state,
        ...  Attendee("a", rsvp="declined").state, Attendee("a", "left", 1, removed_at=now).state]
        ['invited', 'absent', 'checked-in', 'left', 'declined', 'removed']
        """
        if self.removed_at is not None:
            return "removed"
        if self.rsvp == "declined":
            return "declined"
        if self.status == "no-show":
            return "absent"
        if self.status == "left":
            return "left"
        if self.checked_in_at is not None:
            return "checked-in"
        return self.rsvp

    def absent_rounds(self, rounds: int) -> set[int]:
        """The round numbers (1..rounds) this attendee misses.

        Examples
        --------
        >>> Attendee("a", "late", 3).absent_rounds(5), Attendee("b", "no-show", 2).absent_rounds(4)
        ({1, 2}, {2, 3, 4})
        >>> Attendee("c", "left", 3).absent_rounds(4), Attendee("d", rsvp="declined").absent_rounds(2)
        ({3, 4}, {1, 2})
        """
        if self.rsvp == "declined":
            return set(range(1, rounds + 1))
        if self.status == "late":
            return set(range(1, min(self.since_round, rounds + 1)))
        if self.status in ("no-show", "left"):
            return set(range(self.since_round, rounds + 1))
        return set()


@dataclass(frozen=True, slots=True)
class EventView:
    """An event as the caller may see it (attendee lists and plans only for the organiser;
    ``me``: the caller's own attendance, if they attend; ``ended``: the event has ended, so
    it takes nobody new, as :meth:`~matcher.events.EventService.invited_to` tells)."""

    event: Event
    organiser_view: bool
    attendees: tuple[Attendee, ...]
    rounds_summary: Mapping[str, Any] | None
    teams_summary: Mapping[str, Any] | None
    me: Attendee | None = None
    ended: bool = False


# ----------------------------------------------------------------- agendas
@dataclass(frozen=True, slots=True)
class Meeting:
    """One partner in an agenda, and why the two should meet.

    ``score`` is the pair's own match score (before trust), the raw value of a suggestion
    card's ``match``; :attr:`rating` is how every page and export shows it.
    """

    with_id: str
    with_name: str
    headline: str
    score: float
    meets_my_needs: tuple[PhraseMatch, ...]
    meets_their_needs: tuple[PhraseMatch, ...]
    roles_they_bring: tuple[Role, ...]
    roles_i_bring: tuple[Role, ...]
    common_languages: tuple[str, ...]

    @property
    def rating(self) -> MatchScore:
        """The pair's score as the suggestion cards show it: :func:`match_score` of ``score``."""
        return match_score(self.score)


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One round of one attendee's agenda (``table`` 0 and no meetings: a break).

    ``start`` and ``end`` are the round's clock times in the event's time zone (None when the
    event has no date or start time), ``place`` the table's name (:func:`place_of`), and
    ``revision`` the plan version at which this seat last changed (a calendar's sequence).
    """

    round: int
    table: int
    meetings: tuple[Meeting, ...]
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    place: str = ""
    revision: int = 0


@dataclass(frozen=True, slots=True)
class Teammate:
    """A member of a team, as their teammates see them."""

    id: str
    name: str
    headline: str
    roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MyTeam:
    """An attendee's team: its number, its room (:func:`place_of`) and its members."""

    number: int
    place: str
    members: tuple[Teammate, ...]
    missing_roles: tuple[str, ...] = ()
    #: the calm re-plans of the teams that concern this person (they moved, or their team
    #: lost or gained someone), oldest first
    changes: tuple[TeamChange, ...] = ()
    #: which teams of the day: None for the teams now, ``k`` for the ``k``-th teams formed
    #: and since replaced (the organiser formed them again; :attr:`TeamsMet.earlier`)
    formation: int | None = None


@dataclass(frozen=True, slots=True)
class MyDay:
    """An attendee's event on one page: the event, their attendance, where the event stands,
    their agenda (clock times and places) and their team (None before teams are formed)."""

    view: EventView
    me: Attendee
    clock: RoundClock
    agenda: tuple[AgendaItem, ...]
    team: MyTeam | None
    #: the teams they worked with and are no longer in (they left, a repair moved them, or
    #: the teams were formed again since): each with those they met in it
    #: (:func:`teams_met`), a team they may start a venture with as its members may
    worked_with: tuple[MyTeam, ...] = ()
    #: the rounds planned (0 before the plan): an empty agenda is then told apart from one
    #: the plan left them out of (absent, not coming, or invited after it)
    rounds: int = 0


# ------------------------------------------------------------- the day itself
@dataclass(frozen=True, slots=True)
class PlanChange:
    """One stored change of a plan: who saw their agenda change, and why.

    ``kind``: ``plan`` (planned from round 1), ``replan`` (the organiser re-planned in full
    from ``from_round``), ``repair`` (a calm re-plan after an absence or an arrival: only
    the meetings of the people concerned change, from ``from_round``, the first round whose
    meetings changed). ``moved`` is everyone whose agenda changed;
    ``left_out``, ``arrived``, ``partners`` and ``others`` split them as
    :class:`matcher.events.planner.RoundsRepair` does (a full re-plan puts everyone moved in
    ``others``; a first plan puts there everyone it seats, whose agendas it makes).
    ``score`` is the plan's score after the change.
    """

    number: int
    at: dt.datetime
    kind: str
    cause: str
    from_round: int
    version: int
    moved: tuple[str, ...]
    left_out: tuple[str, ...] = ()
    arrived: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    others: tuple[str, ...] = ()
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class TeamMove:
    """One person's change of team: ``from_team`` 0 for a late arrival who had none,
    ``to_team`` 0 for someone gone (absent, left, declined). ``why`` is one of ``gone``,
    ``arrived``, ``role`` (they bring a required role their new team lacked), ``size`` (their
    new team was too small, or theirs was too small to keep) and ``merge`` (their team merged
    into another)."""

    person: str
    from_team: int
    to_team: int
    why: str


@dataclass(frozen=True, slots=True)
class TeamChange:
    """One stored calm re-plan of the teams (:func:`matcher.events.teams_repair.repair_teams`)
    after an absence or an arrival: who changed team (``moves``), who sees a change
    (``concerned``: those who moved, arrived or left, and the members before and after of
    every team touched), the event's ``version`` after it, the teams' pair score after it,
    the required roles still lacking (team, role) and the arrivals no team could take.

    Examples
    --------
    >>> c = TeamChange(1, dt.datetime(2026, 5, 21, 9, tzinfo=dt.UTC), "absent", 4,
    ...                (TeamMove("bo", 3, 0, "gone"), TeamMove("ana", 1, 3, "role")), ("ana", "bo"))
    >>> [(n, [m.person for m in j], [m.person for m in l]) for n, j, l in c.by_team()]
    [(1, [], ['ana']), (3, ['ana'], ['bo'])]
    """

    number: int
    at: dt.datetime
    cause: str
    version: int
    moves: tuple[TeamMove, ...]
    concerned: tuple[str, ...]
    score: float = 0.0
    missing: tuple[tuple[int, str], ...] = ()
    unplaced: tuple[str, ...] = ()
    #: teams that moved to a place that seats them (:func:`reseat`): (old number, new)
    rooms: tuple[tuple[int, int], ...] = ()

    def by_team(self) -> list[tuple[int, tuple[TeamMove, ...], tuple[TeamMove, ...]]]:
        """Each team touched: (number, who joins, who leaves), by number."""
        numbers = sorted({t for m in self.moves for t in (m.from_team, m.to_team) if t})
        return [
            (
                n,
                tuple(m for m in self.moves if m.to_team == n),
                tuple(m for m in self.moves if m.from_team == n),
            )
            for n in numbers
        ]

    def to_json(self) -> dict[str, Any]:
        """As stored with the teams' summary (plain JSON)."""
        return {
            "number": self.number,
            "at": self.at.isoformat(timespec="seconds"),
            "cause": self.cause,
            "version": self.version,
            "moves": [[m.person, m.from_team, m.to_team, m.why] for m in self.moves],
            "concerned": list(self.concerned),
            "score": self.score,
            "missing": [[n, r] for n, r in self.missing],
            "unplaced": list(self.unplaced),
            "rooms": [[a, b] for a, b in self.rooms],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TeamChange:
        """Read back what :meth:`to_json` stored."""
        return cls(
            number=int(data["number"]),
            at=dt.datetime.fromisoformat(data["at"]),
            cause=str(data["cause"]),
            version=int(data["version"]),
            moves=tuple(TeamMove(str(p), int(f), int(t), str(w)) for p, f, t, w in data["moves"]),
            concerned=tuple(data["concerned"]),
            score=float(data.get("score", 0.0)),
            missing=tuple((int(n), str(r)) for n, r in data.get("missing", ())),
            unplaced=tuple(data.get("unplaced", ())),
            rooms=tuple((int(a), int(b)) for a, b in data.get("rooms", ())),
        )


#: The marks that say someone never came (a gone move they caused voids their place in a
#: team); ``left`` says they came and went.
NEVER_CAME = ("absent", "no-show", "declined")


@dataclass(frozen=True, slots=True)
class TeamsMet:
    """Who met whom in the teams of an event (:func:`teams_met`): for each team number, the
    pairs who were members of it at the same time, both there."""

    pairs: Mapping[int, frozenset[frozenset[str]]]
    #: the teams since replaced (formed again on the day), oldest first: formation ``k``
    #: (from 1) is ``earlier[k - 1]``, its pairs by team number; the teams now are the
    #: formation after them. Their pairs count as met, by their own numbers
    earlier: tuple[Mapping[int, frozenset[frozenset[str]]], ...] = ()

    @property
    def before(self) -> frozenset[frozenset[str]]:
        """The pairs who met in teams since replaced."""
        return frozenset().union(*(p for old in self.earlier for p in old.values()))

    def met(self, a: str, b: str) -> bool:
        """Whether ``a`` and ``b`` were in one team at the same time, both there."""
        pair = frozenset((a, b))
        return a != b and (pair in self.before or any(pair in p for p in self.pairs.values()))

    def teams(self, formation: int | None = None) -> Mapping[int, frozenset[frozenset[str]]]:
        """The pairs of each team of ``formation`` (None, or the number after the earlier
        ones: the teams now).

        Raises ``InvalidInput`` (field ``formation``) for a formation the event never had.
        """
        if formation is None or formation == len(self.earlier) + 1:
            return self.pairs
        if not 1 <= formation <= len(self.earlier):
            now = len(self.earlier) + 1
            raise InvalidInput(
                f"formation must be between 1 and {now}, got {formation}",
                field="formation",
                value=formation,
                hint=f"the teams were formed {'once' if now == 1 else f'{now} times'}:"
                f" {now} is the teams now",
            )
        return self.earlier[formation - 1]

    def mates(
        self, person: str, team: int | None = None, formation: int | None = None
    ) -> frozenset[str]:
        """Everyone ``person`` met in a team (in team ``team`` of ``formation``, the teams
        now by default, when given; without it, in teams since replaced too)."""
        if team is None:
            groups = [*self.pairs.values(), self.before]
        else:
            groups = [self.teams(formation).get(team, frozenset())]
        return frozenset(
            q for pairs in groups for pair in pairs if person in pair for q in pair
        ) - {person}

    def all_pairs(self) -> set[frozenset[str]]:
        """Every pair who met in a team (teams since replaced included)."""
        return set(self.before).union(*self.pairs.values())


def teams_met(
    teams: Mapping[int, Sequence[str]],
    changes: Sequence[TeamChange],
    attendees: Sequence[Attendee],
    earlier: Sequence[tuple[Mapping[int, Sequence[str]], Sequence[TeamChange]]] = (),
) -> TeamsMet:
    """**The one rule of who met whom in a team.** Two people met in a team when they were
    members of it at the same time and neither was a no-show there.

    The teams as they are now (``teams``) and the calm re-plans since they were formed
    (``changes``, oldest first) give every team's members between two changes (the changes
    are undone one by one from the teams now). A member counts from when they were placed
    in a team until they left it, moved to another or went away:

    * someone who **left** (marked ``left``) after working with a team met it: the repair
      takes them out of the team, not out of what happened;
    * someone who **never came** (``absent``, ``no-show``, ``declined``) met nobody: every
      team they were placed in since they last arrived (or since the teams were formed)
      counts for nothing, a team they were moved to before being marked included; so does a
      team still listing them (teams stored before they were mended on the day);
    * someone who replaced a member who had gone did not meet them.

    ``earlier``: the teams formed before and replaced on the day (the organiser formed them
    again), each as they were when replaced with their own changes; who met in them is read
    by the same rule and kept in :attr:`TeamsMet.earlier` (formation 1, 2, ...; their pairs in
    :attr:`TeamsMet.before`).

    Examples
    --------
    Bo worked with Ana, then left; Cy replaced him. Di never came; Eve took her place.

    >>> at = dt.datetime(2026, 5, 21, 9, tzinfo=dt.UTC)
    >>> changes = [
    ...     TeamChange(1, at, "left", 2, (TeamMove("bo", 1, 0, "gone"), TeamMove("cy", 2, 1, "role")), ()),
    ...     TeamChange(2, at, "absent", 3, (TeamMove("di", 2, 0, "gone"), TeamMove("eve", 0, 2, "arrived")), ()),
    ... ]
    >>> met = teams_met({1: ["ana", "cy"], 2: ["fay", "eve"]}, changes,
    ...                 [Attendee("bo", "left"), Attendee("di", "no-show")])
    >>> met.met("ana", "bo"), met.met("cy", "bo"), met.met("cy", "fay"), met.met("di", "fay")
    (True, False, True, False)
    >>> sorted(met.mates("ana")), sorted(met.mates("fay", 2))
    (['bo', 'cy'], ['cy', 'eve'])

    Formed again: Ana and Fay now, the first teams kept as they were replaced.

    >>> again = teams_met({1: ["ana", "fay"]}, [], [Attendee("bo", "left")],
    ...                   [({1: ["ana", "cy"], 2: ["fay", "eve"]}, changes)])
    >>> again.met("ana", "bo"), sorted(again.mates("ana")), sorted(again.mates("ana", 1))
    (True, ['bo', 'cy', 'fay'], ['fay'])
    """
    before = tuple(teams_met(t, c, attendees).pairs for t, c in earlier)
    never = {a.profile_id for a in attendees if a.state in ("absent", "declined")}
    cur = {n: set(m) for n, m in teams.items()}
    snapshots = [{n: set(m) for n, m in cur.items()}]
    for change in reversed(changes):  # undo each change: the teams before it
        for mv in change.moves:
            if mv.to_team:
                cur.get(mv.to_team, set()).discard(mv.person)
            if mv.from_team:
                cur.setdefault(mv.from_team, set()).add(mv.person)
        snapshots.append({n: set(m) for n, m in cur.items()})
    snapshots.reverse()  # as formed, then after each change
    void: set[tuple[int, str]] = set()  # (snapshot, person) a no-show's place
    pending: dict[str, list[int]] = {}
    for j, snap in enumerate(snapshots):
        for members in snap.values():
            for p in members:
                pending.setdefault(p, []).append(j)
        if j < len(changes):
            change = changes[j]
            for mv in change.moves:
                if mv.to_team or mv.from_team == 0:
                    continue
                cause = change.cause if change.cause in (*NEVER_CAME, "left") else None
                came = cause == "left" if cause else mv.person not in never
                if not came:
                    void |= {(i, mv.person) for i in pending.get(mv.person, ())}
                pending.pop(mv.person, None)
    for p, spells in pending.items():
        if p in never:
            void |= {(i, p) for i in spells}
    pairs: dict[int, set[frozenset[str]]] = {}
    for j, snap in enumerate(snapshots):
        for n, members in snap.items():
            there = sorted(p for p in members if (j, p) not in void)
            pairs.setdefault(n, set()).update(
                frozenset((a, b)) for i, a in enumerate(there) for b in there[i + 1 :]
            )
    return TeamsMet({n: frozenset(p) for n, p in pairs.items() if p}, before)


@dataclass(frozen=True, slots=True)
class Marked:
    """An attendee after a change of their status, and the calm re-plans it caused (None: no
    plan, no round left to change, or nothing to change): of the rounds (``change``) and
    of the teams (``team_change``)."""

    attendee: Attendee
    change: PlanChange | None
    team_change: TeamChange | None = None


@dataclass(frozen=True, slots=True)
class Badge:
    """What a badge shows: the name (as the reader may see it), the headline, the check-in
    code (its QR code), and the team and its room once teams are formed."""

    profile_id: str
    name: str
    headline: str
    code: str
    team: int | None = None
    place: str = ""


@dataclass(frozen=True, slots=True)
class TableNow:
    """A table of the round shown on the dashboard: who sits there, who of them is here."""

    table: int
    place: str
    members: tuple[str, ...]
    here: tuple[str, ...]
    missing: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Dashboard:
    """The organiser's view during the event.

    ``by_state`` lists the attendees of each state (:data:`STATES`); ``round`` is the round
    shown (the one running, else the next one; 0 when none is planned); ``tables`` its
    tables, ``empty`` the tables where nobody seated is here (checked in and not absent),
    and ``unused_places`` the event's places with no table this round.
    """

    event: Event
    now: dt.datetime
    clock: RoundClock
    rounds: int
    by_state: Mapping[str, tuple[str, ...]]
    round: int
    tables: tuple[TableNow, ...]
    empty: tuple[TableNow, ...]
    breaks: tuple[str, ...]
    unused_places: tuple[str, ...]


#: The least count of private verdicts an event's report tells: fewer is reported as "fewer
#: than" it (:func:`verdict_counts`), as statistics offices hold back their small cells.
REPORT_LEAST = 5


def verdict_counts(
    again: int, not_a_fit: int, met_before: int, pairs: int, people: int, least: int = REPORT_LEAST
) -> tuple[int | None, int | None, int | None]:
    """The counts of private verdicts an event's report may tell: ``again``, ``not_a_fit``
    and the continuing ``pairs``, each None ("fewer than ``least``") unless it is ``least``
    or more. A small count next to who met whom tells one person's answer: "Not a fit: 1" at
    a meetup of ten tells who said it to an organiser who seated them.

    * Fewer than ``least`` ``people`` answered: none is told (even 0 would tell each one's
      answer); nobody answered: the zeros tell nothing.
    * 0 is told as "fewer than" too, so that it says no more than 1 would.
    * The report shows the total of verdicts, of which ``met_before`` is the rest: with both
      other counts told, a small ``met_before`` would be told by subtraction, so the smaller
      of the two is held back too.

    Examples
    --------
    >>> verdict_counts(2, 1, 0, 1, 3)  # three people answered
    (None, None, None)
    >>> verdict_counts(9, 1, 0, 4, 10)
    (9, None, None)
    >>> verdict_counts(6, 5, 2, 3, 13)  # 13 - 6 - 5 would tell the 2 "met before"
    (6, None, None)
    """
    if people == 0:
        return again, not_a_fit, pairs
    if people < least:
        return None, None, None
    shown = [n if n >= least else None for n in (again, not_a_fit, pairs)]
    if shown[0] is not None and shown[1] is not None and 0 < met_before < least:
        shown[1 if not_a_fit <= again else 0] = None
    return shown[0], shown[1], shown[2]


@dataclass(frozen=True, slots=True)
class EventReport:
    """After the event, in figures an organiser can share (nobody's private verdict shown).

    ``absent``: attendees who did not come or left early (marked so); ``removed``: those the
    organiser removed from the event (:attr:`Attendee.removed_at`), counted apart whether or
    not they came (one checked in before being removed also counts in ``came``).
    ``meetings_held``: pairs that met in the rounds held (both there); ``feedback_given``:
    verdicts left about a meeting of this event, by ``feedback_people`` people; ``again``:
    "I would work with them again" verdicts; ``continuing_pairs``: pairs who both said so;
    ``ventures_from_teams`` and ``ventures_from_intros``: ventures started from a team of
    the event or from an introduction between two people who met there. The counts of
    verdicts are None when fewer than ``least`` (:func:`verdict_counts`).
    """

    event: Event
    attendees: int
    came: int
    absent: int
    removed: int
    rounds_held: int
    meetings_held: int
    teams: int
    feedback_given: int
    feedback_people: int
    again: int | None
    not_a_fit: int | None
    continuing_pairs: int | None
    ventures_from_teams: int
    ventures_from_intros: int
    least: int = REPORT_LEAST

    @property
    def begun(self) -> bool:
        """Whether anything happened yet: a round held, someone came, or feedback given (the
        report of an event still to come is all zeros, and says why).

        Examples
        --------
        >>> EventReport(Event("e", "E", None), 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).begun
        False
        >>> EventReport(Event("e", "E", None), 10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).begun
        True
        """
        return bool(self.rounds_held or self.came or self.feedback_given)


# ------------------------------------------------------------------ imports
@dataclass(frozen=True, slots=True)
class LineProblem:
    """One problem of one line of an attendee file: its line, column, value and the fix.

    ``field`` is the column as the file names it (``nom``, ``e-mail``); ``key`` the profile
    field it holds (``name``, ``email``), for a reader's own words. ``in_file`` is false when
    the file has no such column (an ``id`` made from the name and the e-mail): ``field`` is
    then the profile field's own name, which a reader may translate. ``reason``: ``invalid``
    (the value breaks the field's rule), ``duplicate`` (the same id or e-mail as line
    ``same_as``) or ``taken`` (the id is someone else's profile). ``detail`` names the file
    and the line (``CSV line 3: ...``); ``what`` is the same sentence without them, for a
    reader who shows the line apart. A value over its limit (:class:`~matcher.errors.TooLong`)
    keeps its ``length`` and ``limit``, for a reader's own words.
    """

    line: int
    field: str | None
    value: str | None
    detail: str
    hint: str
    key: str | None = None
    reason: Literal["invalid", "duplicate", "taken"] = "invalid"
    same_as: int | None = None
    what: str = ""
    in_file: bool = True
    length: int | None = None
    limit: int | None = None

    @classmethod
    def of(
        cls,
        source: str,
        column_of: Mapping[str, str],
        line: int,
        key: str | None,
        what: str,
        value: Any,
        hint: str,
        reason: Literal["invalid", "duplicate", "taken"] = "invalid",
        same_as: int | None = None,
        error: InvalidInput | None = None,
    ) -> LineProblem:
        """The problem of ``line`` of file ``source`` with profile field ``key`` (None: the
        whole line), as the file names its column (``column_of``: field -> column).

        Examples
        --------
        >>> p = LineProblem.of("CSV", {"id": "ident"}, 3, "id", "taken", "bob", "another id")
        >>> p.field, p.detail, p.in_file
        ('ident', 'CSV line 3: taken', True)
        """
        return cls(
            line,
            column_of.get(key, key) if key else None,
            None if value is None else str(value)[:200],
            f"{source} line {line}: {what}",
            hint,
            key,
            reason,
            same_as,
            what,
            key is None or key in column_of,
            length=error.length if isinstance(error, TooLong) else None,
            limit=error.limit if isinstance(error, TooLong) else None,
        )


@dataclass(frozen=True, slots=True)
class ImportLine:
    """What an import did (or, in a dry run, would do) with one line of the file.

    ``outcome``: ``added`` (a new profile and attendee), ``already`` (this person is already
    an attendee: nothing written, so a file can be imported again after a partial import),
    ``rejected`` (see ``problems``). ``emailed``: an invitation e-mail with their personal
    link was queued (an added line with an e-mail address, in an import that wrote).
    """

    line: int
    id: str | None
    name: str
    outcome: Literal["added", "already", "rejected"]
    problems: tuple[LineProblem, ...] = ()
    emailed: bool = False
    #: the invitation was held back, not sent: its address had as many letters nobody asked
    #: for as it takes lately (or its owner stopped them); it may be sent from this time
    held_until: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class AttendeeImport:
    """The report of an attendee import: one :class:`ImportLine` per line of the file.

    ``written`` is False for a dry run, and for a file with rejected lines imported without
    ``skip_invalid`` (all or nothing); ``ignored_columns`` are columns of the file that are
    not profile fields (left out, e.g. a ticket number).
    """

    source: str
    dry_run: bool
    written: bool
    lines: tuple[ImportLine, ...]
    ignored_columns: tuple[str, ...] = ()

    def ids(self, outcome: str) -> list[str]:
        """The ids of the lines with ``outcome``."""
        return [x.id for x in self.lines if x.outcome == outcome and x.id is not None]

    @property
    def problems(self) -> list[LineProblem]:
        """Every problem, in line order."""
        return [p for x in self.lines for p in x.problems]

    @property
    def emailed(self) -> list[str]:
        """The ids of the people sent an invitation e-mail by this import."""
        return [x.id for x in self.lines if x.emailed and x.id is not None]

    @property
    def not_emailed(self) -> list[str]:
        """The ids of the people added without an invitation e-mail (no address in the file,
        or e-mail switched off): tell them another way (the event's invitation link)."""
        return [
            x.id
            for x in self.lines
            if x.outcome == "added" and not x.emailed and x.held_until is None and x.id
        ]

    @property
    def held(self) -> dict[str, dt.datetime]:
        """The ids of the people whose invitation e-mail was held back (their address had
        too many such letters lately), and when it may be sent (``Send`` on the event)."""
        return {x.id: x.held_until for x in self.lines if x.held_until is not None and x.id}


def _ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def import_id(event_id: str, name: str, email: str = "") -> str:
    """The id given to an imported person without one: their name as an id and a short hash of
    the event and their e-mail (else their name), so importing the same file again finds them.

    Examples
    --------
    >>> import_id("night", "Zoé Martin", "zoe@example.org")
    'zoe-martin-370e15'
    >>> import_id("night", "Zoé Martin", "ZOE@example.org ") == import_id("night", "Zoé Martin", "zoe@example.org")
    True

    Two spellings of one address are one person (:func:`~matcher.addresses.address_key`:
    composed accents, then lower case):

    >>> import_id("night", "Élise", "E\u0301LISE@x.fr") == import_id("night", "Élise", "élise@x.fr")
    True
    """
    key = (address_key(email) or " ".join(name.split()).lower()).encode()
    digest = hashlib.sha256(event_id.encode() + b"\x00" + key).hexdigest()[:6]
    return f"{(_ascii_slug(name) or 'attendee')[:50]}-{digest}"
