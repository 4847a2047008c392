"""The API edge: what a request body may hold, checked once, before any route runs.

Every request body model derives from :class:`Input`, which refuses (422, naming the field):

* unknown fields (a typo such as ``nedds`` would otherwise lose data);
* numbers that are not finite: ``NaN``, ``Infinity``, ``-Infinity`` and ``1e999`` (which
  Python's JSON parser reads as infinity) are accepted by the parser, never by a field;
* values of another JSON type than the field's: a flag is ``true`` or ``false`` (not ``0``),
  a count is a JSON integer (not ``2.0``, ``"2"`` or ``true``), a number is a JSON number
  (not ``"1"`` or ``true``), a date is ``"YYYY-MM-DD"`` text (not ``0``, which lax parsing
  reads as 1970-01-01, nor a date-time);
* control characters in text (:func:`check_text`, the rule of
  :func:`matcher.errors.control_character`): NUL, escape sequences, DEL and the C1
  controls have no place in a profile, a note or a name; tab and line breaks are kept.

Query parameters are text by nature and keep their usual parsing, except dates: use
:data:`Day` (``as_of=0`` is not a date); and whole numbers: use :data:`Digits` beside the
``Query`` (``k=1_0``, ``k=+10``, ``k= 10``, ``k=10.0`` and Arabic-Indic digits are not numbers, though
``int()`` or Pydantic would read some of them), and :func:`whole_number` for a form's.
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from decimal import Decimal
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError
from starlette.responses import JSONResponse

from api.asgi import HttpMiddleware, Receive, Scope, Send, read_body, replaying
from api.errors import error_body, jsonable
from matcher.errors import (
    InvalidInput,
    OutOfRange,
    RepeatedKey,
    TooManyDigits,
    control_character,
    read_json,
)
from matcher.ids import ID_SHAPE, MAX_ID  # a request body's id (the domain checks it)

__all__ = [
    "ID_SHAPE",
    "AsTyped",
    "Day",
    "Digits",
    "Input",
    "OneKeyOnce",
    "check_day",
    "check_text",
    "chosen_id",
    "twice_in",
    "whole_number",
]

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_text(text: str) -> str:
    """``text`` if it holds no refused control character, else a validation error.

    Examples
    --------
    >>> check_text("Python\\tSQL\\r\\n")
    'Python\\tSQL\\r\\n'
    >>> check_text("N\\x00L")
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.PydanticCustomError: text must not contain control characters (found U+0000 at position 1)
    """
    found = control_character(text)
    if found is not None:
        at, ch = found
        raise PydanticCustomError(
            "control_character",
            "text must not contain control characters (found U+{code} at position {at})",
            {"code": f"{ord(ch):04X}", "at": at},
        )
    return text


def chosen_id(description: str) -> Any:
    """The ``id`` field of a body that creates something: optional (left out, the server
    picks one), else 1 to 64 characters of :data:`ID_SHAPE`.

    Examples
    --------
    >>> field = chosen_id("leave out and the server picks one")
    >>> field.default is None, field.description
    (True, 'leave out and the server picks one')
    """
    return Field(None, min_length=1, max_length=MAX_ID, pattern=ID_SHAPE, description=description)


def check_day(value: Any) -> Any:
    """A date given as ``YYYY-MM-DD`` text (or a ``date``), else a validation error.

    Lax parsing would read ``0`` or ``"0"`` as 1970-01-01 and ``"2024-01-01T00:00:00"``
    as a day; neither is what a client means.

    Examples
    --------
    >>> check_day("2024-01-31")
    '2024-01-31'
    >>> check_day(0)
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.PydanticCustomError: a date must be text written YYYY-MM-DD, got 0
    """
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, str) and _ISO_DAY.match(value):
        return value
    raise PydanticCustomError(
        "date_format",
        "a date must be text written YYYY-MM-DD, got {got}",
        {"got": repr(value)[:60]},
    )


#: A whole number as a query or a form writes it: the ASCII digits, after a minus for a
#: negative one; at most 4,000 of them (Python's ``int()`` refuses over 4,300), so that a
#: number far out of its range is told its range, not that it is no number.
_WHOLE = re.compile(r"-?[0-9]{1,4000}")


def whole_number(
    text: str,
    field: str,
    *,
    low: int | None = None,
    high: int | None = None,
    default: int | None = None,
) -> int:
    """The whole number ``text``: the one parser of a query's or a form's whole numbers
    (``int()`` also reads ``1_0``, `` 10``, ``+10`` and Arabic-Indic digits; ``str.isdigit``
    takes ``²``, which ``int()`` refuses). Empty text is ``default`` when there is one; with
    ``low`` and ``high``, the number must be in that range, and a refusal names it
    (:class:`~matcher.errors.OutOfRange`); without, the service checks the range.

    Examples
    --------
    >>> whole_number("10", "k", low=1, high=50), whole_number("", "k", default=10)
    (10, 10)
    >>> whole_number("1_0", "k", low=1, high=50)
    Traceback (most recent call last):
    ...
    matcher.errors.OutOfRange: k must be a whole number between 1 and 50, written with the digits 0-9 only (got '1_0'); give a whole number from 1 to 50
    >>> whole_number("99", "k", low=1, high=50)
    Traceback (most recent call last):
    ...
    matcher.errors.OutOfRange: k must be between 1 and 50 (got 99); give a whole number from 1 to 50
    >>> whole_number("²", "round")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: round must be a whole number, written with the digits 0-9 only (got '²'); such as 3
    """
    if text == "" and default is not None:
        return default
    negative = low is None or low < 0
    if not _WHOLE.fullmatch(text) or (text.startswith("-") and not negative):
        if low is None or high is None:
            raise InvalidInput(
                f"{field} must be a whole number, written with the digits 0-9 only",
                field=field,
                value=text[:100],
                hint="such as 3",
            )
        raise OutOfRange(
            field=field,
            value=text[:100],
            low=low,
            high=high,
            hint=f"give a whole number from {low} to {high}",
            detail=f"{field} must be a whole number between {low} and {high},"
            " written with the digits 0-9 only",
        )
    number = int(text)
    if low is not None and high is not None:
        InvalidInput.unless_within(
            number, low, high, field=field, hint=f"give a whole number from {low} to {high}"
        )
    return number


def check_digits(value: Any) -> Any:
    """A whole number sent as text (a query's, a path's) only if written with the ASCII digits
    (after a minus for a negative one); its range is the field's (``Query(ge=..., le=...)``).

    Examples
    --------
    >>> check_digits("10"), check_digits(10)
    ('10', 10)
    >>> check_digits("1_0")
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.PydanticCustomError: must be a whole number written with the digits 0-9 only, got '1_0'
    """
    if isinstance(value, str) and not _WHOLE.fullmatch(value):
        raise PydanticCustomError(
            "whole_number",
            "must be a whole number written with the digits 0-9 only, got {got}",
            {"got": repr(value[:60])},
        )
    return value


#: Beside a whole number's ``Query`` or ``Path``: only ASCII digits (:func:`check_digits`).
Digits = BeforeValidator(check_digits)


#: Text taken exactly as sent: :class:`Input` trims the spaces around text, but those of a
#: password are part of it (the domain and the web pages keep them; trimmed here, a password
#: chosen on the web with a trailing space never matched through the API, nor the other way).
AsTyped = Annotated[str, StringConstraints(strip_whitespace=False)]

#: A date query parameter (``?as_of=2024-01-31``): only ``YYYY-MM-DD``.
Day = Annotated[dt.date, BeforeValidator(check_day)]

#: JSON kinds a field of each type accepts (``bool`` is an ``int`` in Python: listed apart).
_KINDS: tuple[tuple[type, str, tuple[type, ...]], ...] = (
    (bool, "true or false", (bool,)),
    (int, "a whole JSON number such as 3", (int,)),
    (float, "a JSON number such as 1.5", (int, float)),
    (Decimal, 'a number or a decimal text such as "12.50"', (int, float, str, Decimal)),
)


def _plain(annotation: Any) -> Any:
    """``X`` from ``X | None`` (and ``Annotated[X, ...]``); other annotations unchanged."""
    if typing.get_origin(annotation) is Annotated:
        annotation = typing.get_args(annotation)[0]
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return _plain(args[0])
    return annotation


def _kind_error(expected: str, value: Any) -> PydanticCustomError:
    got = "true or false" if isinstance(value, bool) else type(value).__name__
    if isinstance(value, str):
        got = "text"
    return PydanticCustomError(
        "strict_type", "must be {expected}, got {got}", {"expected": expected, "got": got}
    )


def _walk_text(value: Any) -> None:
    if isinstance(value, str):
        check_text(value)
    elif isinstance(value, list | tuple):
        for item in value:
            _walk_text(item)


class Input(BaseModel):
    """Base of every request body (see the module docstring for what it refuses).

    Examples
    --------
    >>> class Freeze(Input):
    ...     freeze: dt.date | None
    ...     confirm: bool = False
    >>> Freeze.model_validate({"freeze": "2030-01-01"}).freeze
    datetime.date(2030, 1, 1)
    >>> Freeze.model_validate({"freeze": 0})
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for Freeze
    freeze
      a date must be text written YYYY-MM-DD, got 0 [type=date_format, input_value=0, input_type=int]
    >>> Freeze.model_validate({"freeze": None, "confirm": 0}).confirm
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for Freeze
    confirm
      must be true or false, got int [type=strict_type, input_value=0, input_type=int]
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, allow_inf_nan=False)

    @field_validator("*", mode="before")
    @classmethod
    def _json_kind(cls, value: Any, info: ValidationInfo) -> Any:
        """Refuse a value of another JSON kind than its field's (no lax coercion)."""
        if value is None or info.field_name is None:
            return value
        annotation = _plain(cls.model_fields[info.field_name].annotation)
        if annotation is dt.date:
            return check_day(value)
        for kind, expected, accepted in _KINDS:
            if annotation is kind:
                if isinstance(value, bool) and kind is not bool:
                    raise _kind_error(expected, value)
                if not isinstance(value, accepted):
                    raise _kind_error(expected, value)
                break
        return value

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value: Any) -> Any:
        """Refuse text holding control characters (NUL, escape sequences...)."""
        _walk_text(value)
        return value


def twice_in(body: bytes) -> RepeatedKey | None:
    """The first key given twice in one object of the JSON ``body`` (None: none, or not JSON:
    the route's own parsing answers that). A body nested deeper than Python's parser reads
    (``[[[...]]]`` 100,000 deep) raises RecursionError; one with an integer longer than
    Python reads raises :class:`~matcher.errors.TooManyDigits`, naming its key.

    Examples
    --------
    >>> twice_in(b'{"amount": "10", "note": "x", "amount": "1000"}').field
    'amount'
    >>> twice_in(b'{"terms": {"a": 1}, "b": [{"a": 2}]}') is None, twice_in(b"{oops") is None
    (True, True)
    """
    try:
        read_json(body)
    except RepeatedKey as twice:
        return twice
    except TooManyDigits:
        raise
    except ValueError:  # not JSON, or not UTF-8: for the route to say
        return None
    return None


class OneKeyOnce(HttpMiddleware):
    """ASGI middleware: a JSON body that gives a key twice in one object is refused (422
    naming the key), before any route runs; so is one that is not UTF-8 (422 naming the
    byte, where FastAPI answered 400 with no fix).

    Python's JSON parser keeps the last of two values and drops the other silently: a
    client's ``{"amount": "10", ..., "amount": "1000"}`` (a merge gone wrong, a template
    filled twice) would have been recorded with one of the two, and which one the client
    meant is not known. The pages' forms (``/web/``) are not JSON and are not read here.
    """

    def watches(self, scope: Scope) -> bool:
        if scope["method"] not in ("POST", "PUT", "PATCH"):
            return False
        if str(scope.get("path", "")).startswith("/web/"):
            return False
        for name, value in scope.get("headers", []):
            if name == b"content-type":
                kind: bytes = value.split(b";", 1)[0].strip().lower()
                return kind == b"application/json" or kind.endswith(b"+json")
        return False  # without a content type, FastAPI does not read the body as JSON

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = await read_body(receive)  # bounded: the body limit runs outside
        if body is None:
            return  # the client left
        refusal: dict[str, Any] | None
        try:
            body.decode("utf-8")
        except UnicodeDecodeError as e:  # FastAPI answered 400 "error parsing the body", no fix
            refusal = error_body(
                f"body: the JSON is not valid UTF-8 (byte {e.start} is {body[e.start]:#04x})",
                "body",
                None,
                "send the body encoded as UTF-8, as JSON always is; a charset such as latin-1"
                " is not read",
            )
            await JSONResponse(refusal, status_code=422)(scope, receive, send)
            return
        try:
            twice = twice_in(body) if body.lstrip()[:1] in (b"{", b"[") else None
        except RecursionError:  # FastAPI's parser fails too: a 400 that named no fix
            refusal = error_body(
                "body: the JSON is nested too deeply to read",
                "body",
                None,
                "send the body as /docs shows it: no field nests more than a few levels",
            )
        except TooManyDigits as e:  # FastAPI's parser fails too: a 400 that named no fix
            refusal = error_body(e.detail, e.field or "body", jsonable(e.value), e.hint)
        else:
            refusal = (
                None
                if twice is None
                else error_body(
                    f"{twice.field}: given twice in one object",
                    twice.field,
                    jsonable(twice.value),
                    "send each field once: which of the two values was meant is not known",
                )
            )
        if refusal is not None:
            await JSONResponse(refusal, status_code=422)(scope, receive, send)
            return
        await self.app(scope, replaying(body, receive), send)
