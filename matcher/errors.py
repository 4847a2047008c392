"""The one exception hierarchy of cofoundry.

Every error names the object, the field, the bad value and the fix, and keeps
them as attributes so the API can return them as JSON (``detail``, ``field``,
``value``, ``hint``) and the CLI can print them. The API maps these classes to
HTTP status codes in one place (``api/errors.py``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from functools import cache
from types import EllipsisType
from typing import Any, ClassVar

from babel import Locale

__all__ = [
    "BinaryFile",
    "CofoundryError",
    "ColumnTwice",
    "Conflict",
    "ControlCharacter",
    "DayOutOfRange",
    "EmptyFile",
    "ErasureIncomplete",
    "EventOver",
    "ImportFailed",
    "InvalidInput",
    "MissingColumns",
    "NoProfileYet",
    "NoRows",
    "NoSuchTime",
    "NotANumber",
    "NotAllowed",
    "NotAuthenticated",
    "NotCsv",
    "NotEnoughFeedback",
    "NotOpenYet",
    "NotText",
    "NulCharacter",
    "OutOfRange",
    "RemovedAttendee",
    "RepeatedKey",
    "RolesNotCovered",
    "RoundStarted",
    "SignedSplit",
    "StaleIndex",
    "StartupProblem",
    "Throttled",
    "TooLong",
    "TooManyDigits",
    "Unknown",
    "UnknownCollaboration",
    "UnknownEntry",
    "UnknownEvent",
    "UnknownIntroduction",
    "UnknownItem",
    "UnknownProfile",
    "UnknownVenture",
    "blank",
    "control_character",
    "counted",
    "keys_once",
    "read_json",
]


class CofoundryError(Exception):
    """Root of every error cofoundry raises on purpose.

    Parameters
    ----------
    detail : str
        What went wrong, in a sentence a user can act on.
    field : str, optional
        The field (or column) at fault.
    value : object, optional
        The offending value.
    hint : str, optional
        How to fix it.

    Examples
    --------
    >>> err = InvalidInput("commitment must be one of full-time, part-time, side-project",
    ...                    field="commitment", value="weekends", hint="use side-project")
    >>> str(err)
    "commitment must be one of full-time, part-time, side-project (got 'weekends'); use side-project"
    >>> err.as_dict()["field"]
    'commitment'
    """

    def __init__(
        self, detail: str, *, field: str | None = None, value: Any = None, hint: str | None = None
    ) -> None:
        self.detail = detail
        self.field = field
        self.value = value
        self.hint = hint
        super().__init__(self._message())

    def _message(self) -> str:
        msg = self.detail
        if self.value is not None and "got " not in msg and not _says(msg, self.value):
            msg += f" (got {self.value!r})"
        if self.hint:
            msg += f"; {self.hint}"
        return msg

    def __str__(self) -> str:
        return self._message()

    def as_dict(self) -> dict[str, Any]:
        """The JSON error shape shared by the API and ``--json`` CLI output."""
        value = self.value
        if value is not None and not isinstance(value, str | int | float | bool | list | dict):
            value = repr(value)
        return {"detail": self.detail, "field": self.field, "value": value, "hint": self.hint}


#: what comes before a number that is a bound of the rule, not the value given ("in (0, 1]",
#: "the limit is 5", "from 1 to 90", "above 0")
_BOUND = re.compile(
    r"(?:[(\[,<>=]\s*|\b(?:is|than|least|most|above|below|over|under|to|and|between|from|of"
    r"|in|limit|max|min|up)\s+)$"
)


def _says(detail: str, value: Any) -> bool:
    """Whether ``detail`` already shows ``value``, so a message never says it twice ("event
    'x' already exists (got 'x')"): quoted (its ``repr``, "x", “x”), or as a word of its own
    (a text of two characters or more; a number, unless it stands where a rule's bounds do).

    Examples
    --------
    >>> _says("event 'demo' already exists", "demo"), _says("no entry 7 in venture 'v'", 7)
    (True, True)
    >>> _says("on 1900-01-01 is before the start", "1900-01-01")
    True
    >>> _says("5 requests in 10 minutes; the limit is 5", 5), _says("the header names 1", ["nom"])
    (True, False)
    >>> _says("a collaboration needs two people", "a"), _says("rounds must be 1 to 6", 16)
    (False, False)
    >>> _says('"x" is not valid', "x"), _says("x is not a field", "x")
    (True, False)
    >>> _says("weight must be in (0, 1]", 0), _says("days must be from 1 to 90", 90)
    (False, False)
    """
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return repr(value) in detail
    if isinstance(value, str) and any(
        quoted in detail for quoted in (repr(value), f'"{value}"', f"“{value}”")
    ):
        return True
    word = str(value).strip()
    if not word or (isinstance(value, str) and len(word) < 2):
        return False
    for m in re.finditer(rf"(?<![\w.-]){re.escape(word)}(?![\w-]|\.\w)", detail):
        if isinstance(value, str) or not _BOUND.search(detail[: m.start()]):
            return True
    return False


class InvalidInput(CofoundryError, ValueError):
    """A value breaks a rule of the domain (bad role, text too long, unknown language...).

    ``line``: for a row of an imported file, its line in the file (also in :meth:`as_dict`).

    >>> InvalidInput("line 3: hours must be positive", field="hours", value=-1, line=3).as_dict()
    {'detail': 'line 3: hours must be positive', 'field': 'hours', 'value': -1, 'hint': None, 'line': 3}
    """

    def __init__(
        self,
        detail: str,
        *,
        field: str | None = None,
        value: Any = None,
        hint: str | None = None,
        line: int | None = None,
        column: str | None = None,
    ) -> None:
        self.line = line
        #: the column of the person's file the error is about, as the file names it (a
        #: French ledger's ``taux`` for the field ``rate``), when a file was read
        self.column = column
        super().__init__(detail, field=field, value=value, hint=hint)

    def as_dict(self) -> dict[str, Any]:
        out = super().as_dict()
        if self.line is not None:
            out["line"] = self.line
        if self.column is not None and self.column != self.field:
            out["column"] = self.column
        return out

    @classmethod
    def unless_within(
        cls, value: float, low: float, high: float, *, field: str, hint: str, unit: str = ""
    ) -> None:
        """Raise :class:`OutOfRange` unless ``low <= value <= high``: the one range check of
        every domain.

        Examples
        --------
        >>> InvalidInput.unless_within(3, 1, 6, field="rounds", hint="plan fewer rounds")
        >>> InvalidInput.unless_within(9, 1, 6, field="rounds", hint="plan fewer rounds")
        Traceback (most recent call last):
        ...
        matcher.errors.OutOfRange: rounds must be between 1 and 6 (got 9); plan fewer rounds
        """
        if not low <= value <= high:
            raise OutOfRange(field=field, value=value, low=low, high=high, hint=hint, unit=unit)


class NoSuchTime(InvalidInput):
    """A local time its day does not have in its time zone: the clocks go forward over it
    (02:30 on the last Sunday of March in Paris). Its own class, so that a page says so
    rather than "write the time as HH:MM", which it was."""


class RolesNotCovered(InvalidInput):
    """Teams that cannot each hold every required role: too few attendees offer one
    (``field`` ``required_roles``, ``value`` the role), or no split of them into the teams
    chosen gives every team all of them (``field`` ``teams``). Its own class, so that a page
    says why rather than "pick roles from the list", which it did."""


class NotCsv(InvalidInput):
    """A file given as CSV that is a spreadsheet workbook (.xlsx, .ods, an old .xls). Its own
    class, so that a page says so rather than "choose a CSV file with a header line", which
    its reader thought they had done."""


class NotText(InvalidInput):
    """A file given as CSV that is no text: a PDF, an image, an archive (``value``: its
    format, known by its first bytes). Its own class, so that a page says what the file is
    rather than "choose a CSV file", which its reader thought they had done."""


class BinaryFile(NotText):
    """A file given as CSV that holds bytes no text holds, of no format known (``value``: the
    offset of the first)."""


class EmptyFile(InvalidInput):
    """A file with nothing in it, not even a header line (field ``file``). Its own class, so
    that a page says the file is empty rather than what a header line is."""


class MissingColumns(InvalidInput):
    """A file without a column an import needs (field ``columns``; ``value``: the names each
    missing column may have); ``columns`` are the file's own, so that a page in any language
    says them beside what is missing, as the message does.

    >>> MissingColumns("no column for name", field="columns", value="name / nom",
    ...                columns=("prénom", "mail")).columns
    ('prénom', 'mail')
    """

    def __init__(
        self,
        detail: str,
        *,
        field: str | None = None,
        value: Any = None,
        hint: str | None = None,
        columns: tuple[str, ...] = (),
    ) -> None:
        self.columns = columns
        super().__init__(detail, field=field, value=value, hint=hint)


class ColumnTwice(InvalidInput):
    """A file with two columns that mean one field (``Nom`` and ``Nom complet``, ``Offre``
    and ``Offers``): one of them would be dropped, silently (field ``columns``; ``value``: the
    two names, as the file wrote them). Its own class, so that a page says what to do rather
    than what a missing column needs."""


class NoRows(InvalidInput):
    """A file with its header line and no line under it (field ``file``). Its own class, so
    that a page says what to add rather than what an empty file needs."""


class RepeatedKey(InvalidInput):
    """A key given twice in one JSON object (:func:`keys_once`); ``field`` is the key and
    ``value`` its second value."""


class NulCharacter(InvalidInput):
    """A text holding U+0000 (NUL), which PostgreSQL's text can neither store nor compare:
    refused by that backend where the text enters it (``value``: the text, shortened)."""


class ControlCharacter(InvalidInput):
    """A text holding a control character it has no place for (:func:`control_character`:
    a NUL, an escape, a bidirectional override, or a line break in a one-line text): the
    one refusal of every domain's free text, so that a page says what is wrong with it
    rather than the field's other rules ("say what you bring" of a text that says it).
    ``at`` is the character's position (from 0) and ``code`` its ``U+XXXX``; ``value`` the
    text's start.

    Examples
    --------
    >>> ControlCharacter.find("Python\\tSQL", field="offers", hint="remove it") is None
    True
    >>> e = ControlCharacter.find("a\\x00b", field="message", hint="remove it")
    >>> str(e), e.at, e.code
    ("message holds a control character (U+0000 at position 1) (got 'a\\\\x00b'); remove it", 1, 'U+0000')
    """

    def __init__(
        self, detail: str, *, field: str, value: str, hint: str, at: int, char: str
    ) -> None:
        self.at = at
        self.code = f"U+{ord(char):04X}"
        super().__init__(detail, field=field, value=value, hint=hint)

    @classmethod
    def find(
        cls, text: str, *, field: str, hint: str, allowed: str = "\t\n\r", where: str = ""
    ) -> ControlCharacter | None:
        """The error for ``text``'s first control character outside ``allowed``, or None;
        ``where`` starts the sentence (a row of a file: ``"id 'ana': "``)."""
        found = control_character(text, allowed=allowed)
        if found is None:
            return None
        at, char = found
        detail = f"{where}{field} holds a control character (U+{ord(char):04X} at position {at})"
        return cls(detail, field=field, value=text[:40], hint=hint, at=at, char=char)


class NotANumber(InvalidInput):
    """A number typed with something else than digits ("abc", "1e999999", "twelve"):
    ``value`` is what was typed (shortened), so a page says it is no number, beside its field."""


class TooManyDigits(InvalidInput):
    """A JSON integer longer than Python reads (:func:`read_json`); ``value`` is its start."""


class OutOfRange(InvalidInput):
    """A number outside its range: ``low`` and ``high`` kept as numbers (also in
    :meth:`as_dict`), so that a page says the domain's range in its own words; ``detail``
    says why when the range is not the field's own (what is left of an allowance).

    >>> OutOfRange(field="size", value=20, low=2, high=12, hint="e.g. 4").as_dict()["high"]
    12
    """

    def __init__(
        self,
        *,
        field: str,
        value: float | str,
        low: float,
        high: float,
        hint: str,
        unit: str = "",
        detail: str = "",
    ) -> None:
        self.low = low
        self.high = high
        super().__init__(
            detail or f"{field} must be between {low:g} and {high:g}{unit}",
            field=field,
            value=value,
            hint=hint,
        )

    def as_dict(self) -> dict[str, Any]:
        out = super().as_dict()
        out["low"] = self.low
        out["high"] = self.high
        return out


class DayOutOfRange(InvalidInput):
    """A day outside the span its rule allows (a contribution dated before its venture
    started, or later than tomorrow): ``first`` and ``last`` kept as dates, so that a page
    says the span in its own words (it said "from the venture's start to tomorrow" with
    neither day, nor the one refused).

    >>> e = DayOutOfRange("on 1900-01-01 is before the start", field="on",
    ...     value="1900-01-01", first=dt.date(2024, 1, 1), last=dt.date(2024, 5, 2), hint="h")
    >>> e.first, e.last, isinstance(e, InvalidInput)
    (datetime.date(2024, 1, 1), datetime.date(2024, 5, 2), True)
    """

    def __init__(
        self, detail: str, *, field: str, value: str, first: dt.date, last: dt.date, hint: str
    ) -> None:
        self.first = first
        self.last = last
        super().__init__(detail, field=field, value=value, hint=hint)


class TooLong(InvalidInput):
    """A text over its limit: the one "too long" rule of every domain.

    ``value`` is the text's start (never the whole of it: it may be 100 kB); ``length`` and
    ``limit`` are the two figures in ``unit`` (``where``: what the sentence starts with, such
    as a row; a file over its size: ``unit="bytes"``, no ``start``), kept as numbers (also in :meth:`as_dict`) so that a page
    can say them in its own words without reading them back from the sentence.

    Examples
    --------
    >>> TooLong.unless_short("  Ana  ", 5, field="name")
    'Ana'
    >>> e = TooLong(field="note", length=612, limit=500, start="x" * 50)
    >>> e.as_dict()["length"], e.as_dict()["limit"], e.value
    (612, 500, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...')
    >>> TooLong.unless_short("Bonjour à tous", 5, field="note", hint="shorten it, or send two")
    Traceback (most recent call last):
    ...
    matcher.errors.TooLong: note is 14 characters long, the limit is 5 (got 'Bonjour à tous'); shorten it, or send two
    """

    #: how much of the text an error repeats
    SHOWN = 40

    def __init__(
        self,
        *,
        field: str,
        length: int,
        limit: int,
        start: str | None = "",
        hint: str | None = None,
        line: int | None = None,
        where: str = "",
        unit: str = "characters",
    ) -> None:
        self.length = length
        self.limit = limit
        self.unit = unit
        shown = start if start is None or len(start) <= self.SHOWN else start[: self.SHOWN] + "..."
        super().__init__(
            f"{where}{field} is {length} {unit} long, the limit is {limit}",
            field=field,
            value=shown,
            hint=hint or f"shorten {field} to {limit} {unit}",
            line=line,
        )

    def as_dict(self) -> dict[str, Any]:
        out = super().as_dict()
        out["length"] = self.length
        out["limit"] = self.limit
        return out

    @classmethod
    def unless_short(
        cls, text: str, limit: int, *, field: str, hint: str | None = None, strip: bool = True
    ) -> str:
        """``text`` (stripped unless ``strip`` is false), or this error when it is longer
        than ``limit`` characters."""
        if strip:
            text = text.strip()
        if len(text) > limit:
            raise cls(field=field, length=len(text), limit=limit, start=text, hint=hint)
        return text


@cache
def _english() -> Locale:
    """English, whose plural rule (CLDR, through Babel) :func:`counted` follows (read once,
    when first needed)."""
    return Locale("en")


def counted(
    n: float | Decimal, singular: str, plural: str | None = None, *, shown: str | None = None
) -> str:
    """``n`` and the noun in its English number: the messages' plurals ("1 row", "3 rows"),
    never "row(s)". ``plural`` for a noun that does not take an ``s`` ("people"). A
    setting's figure may be a float: written as briefly as it reads ("1 minute", "0.5
    minutes"). ``shown``: how ``n`` is written, when not so (the ledger's ``16666.67...``).
    The number of the noun is the one CLDR gives the number as written (Babel's plural
    rule for English): "1 slice", but "1.5 slices" and "1.00 slices".

    Examples
    --------
    >>> counted(1, "row"), counted(0, "row"), counted(3, "person", "people")
    ('1 row', '0 rows', '3 people')
    >>> counted(1.0, "minute"), counted(0.5, "minute"), counted(48.0, "hour")
    ('1 minute', '0.5 minutes', '48 hours')
    >>> counted(Decimal("1.00"), "slice"), counted(1, "slice", shown="1.000..."), counted(-1, "day")
    ('1.00 slices', '1.000... slices', '-1 day')
    """
    if shown is None:
        shown = f"{n:g}" if isinstance(n, float) else str(n)
    try:
        written = Decimal(shown.rstrip(".").replace(",", ""))
    except InvalidOperation:  # not written as a plain number (1e-05 is): n itself
        written = None
    if written is None or not written.is_finite():
        one = n == 1
    else:
        one = _english().plural_form(abs(written)) == "one"
    return f"{shown} {singular if one else plural or singular + 's'}"


class ImportFailed(CofoundryError, ValueError):
    """Some rows of an import are invalid; nothing was written.

    ``errors`` holds one :class:`InvalidInput` per problem, each naming its row.
    """

    def __init__(self, errors: list[InvalidInput], *, source: str = "import") -> None:
        self.errors = errors
        first = errors[0] if errors else None
        more = f" and {len(errors) - 1} more" if len(errors) > 1 else ""
        super().__init__(
            f"{source}: {counted(len(errors), 'invalid row')}, nothing imported; first: {first}{more}",
            field=first.field if first else None,
            value=first.value if first else None,
            hint="fix the rows, or import with --skip-invalid to keep the valid ones and write"
            " the rejected ones to a file",
        )


class Unknown(CofoundryError, KeyError):
    """No object with this id that the caller may see: the base of the ``Unknown*`` errors,
    each of which names its field and a hint unless told otherwise (a :class:`KeyError`
    whose message is not quoted).

    Examples
    --------
    >>> str(UnknownEntry("no entry 7 in venture 'acme'", value=7))
    "no entry 7 in venture 'acme'; list the ledger to see the entry ids"
    >>> UnknownEntry("no entry 7", field=None, hint=None).as_dict()["field"] is None
    True
    """

    #: the field and the hint an error of the class names by default (a subclass sets them
    #: in its class line: ``class UnknownEntry(Unknown, field="entry", hint="...")``)
    default_field: ClassVar[str | None] = "id"
    default_hint: ClassVar[str | None] = None

    def __init_subclass__(cls, *, field: str | None = None, hint: str | None = None) -> None:
        super().__init_subclass__()
        cls.default_field = field or cls.default_field
        cls.default_hint = hint or cls.default_hint

    def __init__(
        self,
        detail: str,
        *,
        field: str | EllipsisType | None = ...,
        value: Any = None,
        hint: str | EllipsisType | None = ...,
    ) -> None:
        super().__init__(
            detail,
            field=self.default_field if isinstance(field, EllipsisType) else field,
            value=value,
            hint=self.default_hint if isinstance(hint, EllipsisType) else hint,
        )


class UnknownProfile(
    Unknown, field="id", hint="check the id; profiles hidden from you are not shown"
):
    """No visible profile has this id."""


class Conflict(CofoundryError):
    """The request clashes with existing data (e.g. an id already taken)."""

    @classmethod
    def taken(cls, kind: str, value: str) -> Conflict:
        """The one error for a new ``kind`` (a venture, an event) whose id is taken.

        Examples
        --------
        >>> raise Conflict.taken("event", "demo-day")
        Traceback (most recent call last):
        ...
        matcher.errors.Conflict: event 'demo-day' already exists; choose another id
        """
        return cls(
            f"{kind} {value!r} already exists", field=kind, value=value, hint="choose another id"
        )


class NoProfileYet(Conflict):
    """A member who signed up (an account) and has not written their profile yet asked for
    what needs one (suggestions, a pipeline, trust, an introduction), or an admin asked about
    such a member: the one definition of that condition and its message, which every shell
    tells in its own words (the API as 409 with its route and the page in ``hint``, the CLI
    with its command (:meth:`for_command_line`), the pages with a link to the profile form,
    :attr:`page`).

    ``own``: whether the caller is that member ("you have no profile yet"); otherwise the
    message names whose profile is missing and who may write it.

    Examples
    --------
    >>> err = NoProfileYet("ana")
    >>> err.as_dict()["field"], err.as_dict()["value"]
    ('profile', 'ana')
    >>> str(err)
    "you have no profile yet (got 'ana'); create your profile first: PUT /me/profile, or the page /web/profile/new, then try again"
    >>> print(NoProfileYet("ana", own=False))
    'ana' has no profile yet; 'ana' signed up and has not written a profile: only they can write it (PUT /me/profile, or the page /web/profile/new, signed in as them)
    """

    #: where each shell writes a profile: the API's route, the page, the command
    route: ClassVar[str] = "PUT /me/profile"
    page: ClassVar[str] = "/web/profile/new"
    command: ClassVar[str] = "cofoundry import PROFILE.json"

    def __init__(self, person: str, *, hint: str | None = None, own: bool = True) -> None:
        self.person = person
        self.own = own
        if own:
            default = (
                f"create your profile first: {self.route}, or the page {self.page}, then try again"
            )
        else:
            default = (
                f"{person!r} signed up and has not written a profile: only they can write it"
                f" ({self.route}, or the page {self.page}, signed in as them)"
            )
        super().__init__(
            "you have no profile yet" if own else f"{person!r} has no profile yet",
            field="profile",
            value=person,
            hint=hint or default,
        )

    def for_command_line(self) -> NoProfileYet:
        """The same error, its fix told as the command that writes the profile.

        >>> print(NoProfileYet("ana").for_command_line())
        'ana' has no profile yet; create the profile first: cofoundry import PROFILE.json (a .json or .csv file of profiles with the id 'ana'), then try again
        """
        err = NoProfileYet(
            self.person,
            hint=f"create the profile first: {self.command} (a .json or .csv file of"
            f" profiles with the id {self.person!r}), then try again",
        )
        err.detail = f"{self.person!r} has no profile yet"
        return err


class EventOver(Conflict):
    """The event has ended: what only makes sense before it (an invitation) is refused."""


class NotOpenYet(Conflict):
    """What only happens during the event (a check-in) is refused before its doors open.

    ``value`` is what was given (the badge's code, or the attendee); ``opens`` is when the
    doors open (aware, in the event's time zone) and ``timezone`` that zone's name, so that a
    page can say the moment in its reader's words without reading the English ``detail``.

    Examples
    --------
    >>> import datetime as dt
    >>> e = NotOpenYet("check-in opens later", field="code", value="K7PM-2QXD",
    ...                opens=dt.datetime(2026, 5, 21, tzinfo=dt.UTC), timezone="UTC")
    >>> e.value, e.opens.day, e.timezone
    ('K7PM-2QXD', 21, 'UTC')
    """

    def __init__(
        self,
        detail: str,
        *,
        opens: dt.datetime,
        timezone: str,
        field: str | None = None,
        value: Any = None,
        hint: str | None = None,
    ) -> None:
        self.opens = opens
        self.timezone = timezone
        super().__init__(detail, field=field, value=value, hint=hint)


class SignedSplit(Conflict):
    """A write that would change the split of a day every current member signed (anything
    dated on or before it: :meth:`matcher.equity.EquityService.sign_day`). ``signed`` is
    that day, kept as a date so that a page says it in its reader's words; ``field`` and
    ``value`` are the write's own (its date, the entry, the member).

    >>> e = SignedSplit("x", field="on", value="2026-11-02", signed=dt.date(2026, 11, 30),
    ...               hint="date it after 2026-11-30")
    >>> e.signed, isinstance(e, Conflict), e.as_dict()["signed"]
    (datetime.date(2026, 11, 30), True, '2026-11-30')
    """

    def __init__(self, detail: str, *, field: str, value: Any, signed: dt.date, hint: str) -> None:
        self.signed = signed
        super().__init__(detail, field=field, value=value, hint=hint)

    def as_dict(self) -> dict[str, Any]:
        return super().as_dict() | {"signed": self.signed.isoformat()}


class RemovedAttendee(Conflict):
    """The organiser removed this person from the event: they no longer answer its
    invitation (by its link or their page); no reason is given."""


class RoundStarted(Conflict):
    """A round of the event has started: what would undo it is refused (a change of the
    schedule that would make it start later, an attendee's "not coming" that would take
    back the meetings they held). A round that has started never changes."""


class NotAuthenticated(CofoundryError, PermissionError):
    """No valid bearer token was given."""


class NotAllowed(CofoundryError, PermissionError):
    """The caller is known but may not do this."""


class Throttled(CofoundryError):
    """Too many attempts from one client in a short time (sign-ups, tokens, bad tokens).

    ``retry_after`` is the number of whole seconds after which the next attempt may succeed
    (the API sends it as the ``Retry-After`` header of a 429). ``limit`` names which limit
    refused (for example ``intro-burst``) and ``figures`` its numbers, so that a page can say
    it in the member's language without reading the English ``detail``.

    Examples
    --------
    >>> e = Throttled("too many sign-ups", retry_after=12, limit="signup", figures={"count": 3})
    >>> e.retry_after, e.limit, e.figures["count"]
    (12, 'signup', 3)
    """

    def __init__(
        self,
        detail: str,
        *,
        retry_after: int,
        field: str | None = None,
        value: Any = None,
        hint: str | None = None,
        limit: str = "",
        figures: Mapping[str, int] | None = None,
    ) -> None:
        self.retry_after = max(1, int(retry_after))
        self.limit = limit
        self.figures: Mapping[str, int] = dict(figures or {})
        super().__init__(
            detail,
            field=field,
            value=value,
            hint=hint or f"wait {self.retry_after} s before trying again",
        )


class ErasureIncomplete(CofoundryError):
    """A person-id column still holds an erased id: a feature did not erase its rows.

    The erasure is rolled back; this is a defect of the feature, not of the request.
    """


class NotEnoughFeedback(CofoundryError):
    """A community's feedback cannot train, or fairly evaluate, a re-ranker yet (too few
    labelled pairs, or good or bad outcomes only)."""


class StaleIndex(CofoundryError):
    """The search index does not match the stored vectors; rebuild it."""


class UnknownVenture(
    Unknown, field="venture", hint="check the id; only members of a venture can see it"
):
    """No venture with this id that the caller belongs to (non-members get this too)."""


class UnknownEntry(Unknown, field="entry", hint="list the ledger to see the entry ids"):
    """No ledger entry with this id in the venture."""


class UnknownCollaboration(
    Unknown, field="collaboration", hint="list your collaborations to see their ids"
):
    """No collaboration with this id that the caller takes part in (others get this too)."""


class UnknownIntroduction(
    Unknown, field="introduction", hint="list your introductions to see their ids"
):
    """No introduction request with this id that involves the caller."""


class UnknownEvent(
    Unknown, field="event", hint="check the id; only an event's organiser and attendees can see it"
):
    """No event with this id that the caller organises or attends (others get this too)."""


class StartupProblem(CofoundryError):
    """The service cannot start or serve: ``field`` names the setting, ``hint`` the fix.

    Raised by start-up checks (missing model, unwritable database, stale index) and by
    the readiness probe; the API answers 503, ``cofoundry serve`` exits with status 2.
    """


class UnknownItem(Unknown, field="id", hint="list your own to see their ids"):
    """No inbox item, session or token with this id that belongs to the caller (others get
    this too: nobody learns what another member holds)."""


#: Control characters (Unicode category Cc) that have no place in a text people write: all but
#: tab and line breaks (NUL, escape sequences, DEL, the C1 controls); and the bidirectional
#: embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which make a text
#: show as another (a name shown backwards, or turning the words after it around).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def control_character(text: str, *, allowed: str = "\t\n\r") -> tuple[int, str] | None:
    """The position and the character of the first control character of ``text`` that has no
    place in it: one of Unicode category ``Cc`` but those of ``allowed`` (tab, line feed and
    carriage return unless the text is one line: a name allows none), or a bidirectional
    control that reorders what is shown. The one rule for profiles, account names, messages
    and the API's text.

    Right-to-left text itself is welcome: Arabic and Hebrew need no such control.

    Examples
    --------
    >>> control_character("Ana\\tLopez\\n") is None, control_character("ليلى") is None
    (True, True)
    >>> control_character("Ana\\x00Lopez"), control_character("red \\x1b[31m")
    ((3, '\\x00'), (4, '\\x1b'))
    >>> control_character("\\u202eazneK")
    (0, '\\u202e')
    >>> control_character("Ana\\tLopez", allowed="")
    (3, '\\t')
    """
    found = _CONTROL.search(text)
    at = None if found is None else found.start()
    for c in "\t\n\r":
        if c not in allowed and (k := text.find(c, 0, at)) != -1:
            at = k
    return None if at is None else (at, text[at])


#: Letters that fonts draw as nothing (the Hangul fillers, the blank Braille pattern): a name
#: of them looks empty, as one of spaces does.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
#: Unicode categories that show nothing alone: separators (spaces), controls, format
#: characters (zero-width space, joiners, word joiner, soft hyphen, byte-order mark) and the
#: combining marks, which only change the letter before them.
_BLANK_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Me"})


def blank(text: str) -> bool:
    """Whether ``text`` shows nothing: only spaces, zero-width and other invisible
    characters. The one rule for "required" text (a name, what one offers), so that a name
    of zero-width spaces is as missing as an empty one, not a blank line on every page.

    Examples
    --------
    >>> blank(""), blank(" \\u3000 "), blank("\\u200b\\u200d\\u2060\\ufeff"), blank("\\u00ad\\u3164")
    (True, True, True, True)
    >>> blank("Zoé"), blank("\\U0001f600"), blank("ليلى"), blank("\\u200bA")
    (False, False, False, False)
    """
    return all(c in _BLANK_LETTERS or unicodedata.category(c) in _BLANK_CATEGORIES for c in text)


def keys_once(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are all different, else :class:`RepeatedKey`: the
    ``object_pairs_hook`` of every JSON the product reads from people (Python's parser keeps
    the last of two values and drops the other silently).

    Examples
    --------
    >>> import json
    >>> json.loads('{"a": 1, "b": {"a": 2}}', object_pairs_hook=keys_once)
    {'a': 1, 'b': {'a': 2}}
    >>> json.loads('{"a": 1, "a": 2}', object_pairs_hook=keys_once)
    Traceback (most recent call last):
    ...
    matcher.errors.RepeatedKey: key 'a' appears twice in one object (got 2); keep one of them: the parser would keep the last, silently
    """
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise RepeatedKey(
                f"key {key!r} appears twice in one object",
                field=key,
                value=value,
                hint="keep one of them: the parser would keep the last, silently",
            )
        seen[key] = value
    return seen


#: The most digits an integer of a JSON text may have: Python refuses to read a longer one
#: (its guard against quadratic-time conversion, 4,300 digits by default) with a ValueError
#: that was no error of ours.
MAX_DIGITS = sys.get_int_max_str_digits() or 4300


class _Unread(str):
    """A JSON integer too long to read, kept as its digits until the keys it sits under are
    known (:func:`read_json` refuses it, naming them: ``terms.rate``)."""

    path = ""


def _unread_in(value: Any) -> _Unread | None:
    if isinstance(value, _Unread):
        return value
    if isinstance(value, list):
        for item in value:
            found = _unread_in(item)
            if found is not None:
                return found
    return None


def _too_many_digits(digits: _Unread) -> TooManyDigits:
    size = len(digits.lstrip("-"))
    said = f"a number of {size} digits, the limit is {MAX_DIGITS}"
    return TooManyDigits(
        f"{digits.path}: {said}" if digits.path else said,
        field=digits.path or None,
        value=digits[:20] + "...",
        hint="write the number in fewer digits",
    )


def _number(digits: str) -> int | _Unread:
    return _Unread(digits) if len(digits.lstrip("-")) > MAX_DIGITS else int(digits)


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any] | _Unread:
    for key, value in pairs:
        unread = _unread_in(value)
        if unread is not None:  # the object stands for it in its parent, one key longer
            under = _Unread(unread)
            under.path = f"{key}.{unread.path}" if unread.path else key
            return under
    return keys_once(pairs)


def read_json(text: str | bytes) -> Any:
    """A JSON text people sent: every key once in each object (:func:`keys_once`), and no
    integer longer than :data:`MAX_DIGITS` (:class:`TooManyDigits`, naming its keys, where
    Python's parser raised a ValueError of its own). Not JSON: ``json.JSONDecodeError``;
    nested deeper than the parser reads: ``RecursionError``.

    Examples
    --------
    >>> read_json('{"k": -12, "t": {"a": [1, 2]}}')
    {'k': -12, 't': {'a': [1, 2]}}
    >>> read_json('{"t": {"a": [1, ' + '9' * 5000 + ']}}')
    Traceback (most recent call last):
    ...
    matcher.errors.TooManyDigits: t.a: a number of 5000 digits, the limit is 4300 (got '99999999999999999999...'); write the number in fewer digits
    >>> read_json('[' + '9' * 5000 + ']')
    Traceback (most recent call last):
    ...
    matcher.errors.TooManyDigits: a number of 5000 digits, the limit is 4300 (got '99999999999999999999...'); write the number in fewer digits
    """
    data = json.loads(text, object_pairs_hook=_object, parse_int=_number)
    unread = _unread_in(data)
    if unread is not None:
        raise _too_many_digits(unread)
    return data
