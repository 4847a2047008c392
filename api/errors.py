"""One JSON error shape for every failure: ``{"detail", "field", "value", "hint"}``.

Domain errors are mapped to HTTP status codes here and nowhere else.
"""

from __future__ import annotations

import json
import logging
import math
import re
import typing
from typing import Any

import annotated_types
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.routing import Match

from api.asgi import HttpMiddleware, Message, Receive, Scope, Send
from api.idempotency import Replayed
from matcher.errors import (
    CofoundryError,
    Conflict,
    ErasureIncomplete,
    ImportFailed,
    InvalidInput,
    NotAllowed,
    NotAuthenticated,
    StaleIndex,
    StartupProblem,
    Throttled,
    UnknownCollaboration,
    UnknownEntry,
    UnknownEvent,
    UnknownIntroduction,
    UnknownItem,
    UnknownProfile,
    UnknownVenture,
    counted,
)
from matcher.ids import ID_SHAPE, suggest_id

__all__ = [
    "STATUS",
    "LastResort",
    "allowed_methods",
    "error_body",
    "install_error_handlers",
    "jsonable",
    "not_json",
    "validation_fix",
]


logger = logging.getLogger(__name__)

#: HTTP status of each domain error (first match in order wins).
STATUS: tuple[tuple[type[CofoundryError], int], ...] = (
    (UnknownProfile, 404),
    (UnknownVenture, 404),
    (UnknownEntry, 404),
    (UnknownEvent, 404),
    (UnknownCollaboration, 404),
    (UnknownIntroduction, 404),
    (UnknownItem, 404),
    (Conflict, 409),
    (NotAuthenticated, 401),
    (NotAllowed, 403),
    (ImportFailed, 422),
    (InvalidInput, 422),
    (Throttled, 429),
    (StaleIndex, 503),
    (ErasureIncomplete, 500),
    (StartupProblem, 503),
    (CofoundryError, 400),
)


def error_body(
    detail: str, field: str | None = None, value: Any = None, hint: str | None = None
) -> dict[str, Any]:
    """The error shape.

    Examples
    --------
    >>> error_body("k must be between 1 and 100", "k", 500, "ask for fewer")
    {'detail': 'k must be between 1 and 100', 'field': 'k', 'value': 500, 'hint': 'ask for fewer'}
    """
    return {"detail": detail, "field": field, "value": value, "hint": hint}


#: Longest text echoed back in an error's ``value`` (a 1 MiB body is not sent back).
MAX_ECHO = 200


def jsonable(value: Any, depth: int = 0) -> Any:
    """``value`` made safe to send back: valid UTF-8, short, JSON types only.

    Examples
    --------
    >>> jsonable("bad " + chr(0xD800) + " text")
    'bad \\\\ud800 text'
    >>> len(jsonable("x" * 10_000))
    201
    >>> jsonable(float("nan")), jsonable(float("-inf"))
    ('NaN', '-Infinity')
    """
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if value is None or isinstance(value, int | float | bool):
        return value
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if isinstance(value, str):
        text = value.encode("utf-8", "backslashreplace").decode("utf-8")
        return text if len(text) <= MAX_ECHO else text[:MAX_ECHO] + "\u2026"
    if depth > 3:
        return "..."
    if isinstance(value, list | tuple):
        return [jsonable(v, depth + 1) for v in value[:20]]
    if isinstance(value, dict):
        return {str(k)[:MAX_ECHO]: jsonable(v, depth + 1) for k, v in list(value.items())[:20]}
    return jsonable(repr(value), depth)


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers that turn every error into the shared shape."""

    @app.exception_handler(CofoundryError)
    async def domain_error(request: Request, exc: CofoundryError) -> JSONResponse:
        status = next(code for cls, code in STATUS if isinstance(exc, cls))
        body = {k: jsonable(v) for k, v in exc.as_dict().items()}
        if isinstance(exc, ImportFailed):
            body["errors"] = [e.as_dict() for e in exc.errors[:100]]
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        if isinstance(exc, Throttled):
            headers = {"Retry-After": str(exc.retry_after)}
        return JSONResponse(body, status_code=status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        if not_json(request, first):
            kind = request.headers.get("content-type")
            return JSONResponse(
                error_body(
                    f"the body must be JSON, sent as Content-Type: application/json (got {kind!r})"
                    if kind
                    else "the body must be JSON, sent as Content-Type: application/json (got none)",
                    "Content-Type",
                    jsonable(kind),
                    "send the header Content-Type: application/json",
                ),
                status_code=415,
            )
        kind = first.get("type", "")
        where = ("body", "query", "path")
        place = tuple(first.get("loc", ()))
        loc = [str(p) for p in place if p not in where]
        field = None if kind == "json_invalid" else (".".join(loc) or None)
        msg = first.get("msg", "invalid request")
        hint = validation_fix(kind, first.get("ctx") or {}, first.get("input"))
        if place[:1] == ("header",) and len(place) == 2:  # named as the header is sent, and
            # as the other errors about it name it: Idempotency-Key, not header.idempotency-key
            field = "-".join(w.capitalize() for w in str(place[1]).split("-"))
            hint = f"send the header {field}" if kind == "missing" else hint
        value = first.get("input") if kind != "missing" else None
        bounds = _bounds(request, place) if kind in _NUMBER_KINDS else None
        if bounds is not None:  # the whole range, not only the bound broken (le=50)
            low, high, whole = bounds
            number = "whole number" if whole or kind in _WHOLE_KINDS else "number"
            msg = f"must be a {number} between {low} and {high}"
            if kind == "whole_number":
                msg += ", written with the digits 0-9 only"
            msg += f", got {value!r}" if isinstance(value, str) else f", got {value}"
            hint = f"give a {number} from {low} to {high}"
        if place[:1] == ("body",) and (kind == "json_invalid" or len(place) == 1):
            field, (msg, hint) = "body", _body_problem(kind, first, msg, hint)
            value = None if kind == "json_invalid" else value  # Pydantic gives {}
        detail = f"{field}: {msg}" if field else msg
        return JSONResponse(
            error_body(jsonable(detail), field and jsonable(field), jsonable(value), hint)
            | {
                "errors": [
                    {"loc": jsonable(list(e.get("loc", ()))), "msg": jsonable(e.get("msg"))}
                    for e in errors[:20]
                ]
            },
            status_code=422,
        )

    @app.exception_handler(Replayed)
    async def replayed(request: Request, exc: Replayed) -> Response:
        r = exc.replay
        headers = {"Idempotent-Replayed": "true"}
        if r.location:
            headers["Location"] = r.location
        return Response(r.body, status_code=r.status, media_type=r.media_type, headers=headers)

    @app.exception_handler(UnicodeError)
    async def bad_text(request: Request, exc: UnicodeError) -> JSONResponse:
        return JSONResponse(
            error_body(
                "text is not valid Unicode (a lone surrogate such as \\ud800)",
                None,
                None,
                "send text as valid UTF-8",
            ),
            status_code=422,
        )

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        hint = {
            404: "check the URL; see /docs",
            405: "check the HTTP method; see /docs",
            413: "send a smaller body",
        }.get(exc.status_code)
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:  # Starlette names only the first route of the path
            headers = dict(headers or {}) | {"Allow": ", ".join(allowed_methods(request))}
        return JSONResponse(
            error_body(str(exc.detail), None, None, hint),
            status_code=exc.status_code,
            headers=headers,
        )

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        # reached only by an error of the outermost middleware: LastResort catches the others
        logger.exception("unexpected error on %s %s", request.method, _template(request.scope))
        return JSONResponse(INTERNAL, status_code=500)


#: The validation errors about a number whose message names the field's whole range.
_WHOLE_KINDS = frozenset({"whole_number", "int_parsing", "int_from_float", "int_type"})
_NUMBER_KINDS = _WHOLE_KINDS | {
    "greater_than_equal",
    "less_than_equal",
    "greater_than",
    "less_than",
}


def _bounds(request: Request, place: tuple[Any, ...]) -> tuple[Any, Any, bool] | None:
    """The lowest and highest values the field at ``place`` (``("query", "k")``, ``("body",
    "round_minutes")``) allows, from the route's own declaration (``Query(ge=1, le=50)``,
    ``Field(ge=1, le=240)``); None unless both are inclusive bounds (Pydantic's error names
    only the one broken: "less than or equal to 50"); and whether the field is a whole number."""
    dependant = getattr(request.scope.get("route"), "dependant", None)
    if dependant is None or len(place) < 2 or place[0] not in ("query", "path", "body"):
        return None
    params: list[Any] = []
    todo = [dependant]
    while todo:  # the route's parameters and those of its dependencies
        d = todo.pop()
        params += {"query": d.query_params, "path": d.path_params, "body": d.body_params}[place[0]]
        todo += d.dependencies
    steps = list(place[1:])
    info = next((p.field_info for p in params if steps[0] in (p.name, p.alias)), None)
    if info is not None:
        steps = steps[1:]
    elif place[0] == "body" and len(params) == 1:  # the fields of the one body model
        info = params[0].field_info
    for step in steps:
        fields = getattr(info.annotation if info is not None else None, "model_fields", None)
        if not isinstance(fields, dict) or step not in fields:
            return None
        info = fields[step]
    if info is None:
        return None
    low = next((m.ge for m in info.metadata if isinstance(m, annotated_types.Ge)), None)
    high = next((m.le for m in info.metadata if isinstance(m, annotated_types.Le)), None)
    if low is None or high is None:
        return None
    return low, high, int in (info.annotation, *typing.get_args(info.annotation))


def _body_problem(kind: str, error: Any, msg: str, hint: str) -> tuple[str, str]:
    """What is wrong with a body as a whole (none, ``null``, not JSON) and its fix: FastAPI
    said "Field required" or "JSON decode error", naming no field.

    >>> _body_problem("missing", {}, "Field required", "add this field")
    ('the request has no body', 'send a JSON object ({...}) as /docs shows it')
    >>> _body_problem("json_invalid", {"loc": ("body", 7), "ctx": {"error": "Expecting value"}}, "", "")
    ('not valid JSON at character 7: Expecting value', 'send a valid JSON object ({...}) as /docs shows it')
    """
    if kind == "missing":
        return "the request has no body", "send a JSON object ({...}) as /docs shows it"
    if kind == "json_invalid":
        loc = tuple(error.get("loc", ()))
        where = f" at character {loc[1]}" if len(loc) > 1 else ""
        why = (error.get("ctx") or {}).get("error")
        return (
            f"not valid JSON{where}" + (f": {why}" if why else ""),
            "send a valid JSON object ({...}) as /docs shows it",
        )
    return msg, hint


def not_json(request: Request, error: Any) -> bool:
    """Whether a route that reads a JSON object got a body that was not sent as JSON (another
    Content-Type, or none): FastAPI then passes the raw bytes on and says "Input should be a
    valid dictionary", a 422 about the body's content when its type is at fault (415).
    """
    if error.get("type") not in ("model_attributes_type", "dict_type"):
        return False
    if tuple(error.get("loc", ())) != ("body",):
        return False
    kind = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return not (kind == "application/json" or kind.endswith("+json"))


#: The fix of a validation error of each kind that needs no context.
#: The noun a length bound counts, told in its number ("give at least 1 character").
_COUNTED = {"string_too_short": "character", "too_short": "item"}

_FIXES = {
    "extra_forbidden": "remove this field; see /docs for the accepted fields",
    "missing": "add this field",
    "json_invalid": "send a valid JSON body",
    "finite_number": "send a finite number (NaN, Infinity and 1e999 are not numbers)",
    "strict_type": "send the JSON type the field has in /docs",
    "date_format": "write the date as text, YYYY-MM-DD",
    "control_character": "remove control characters (NUL, escapes); tabs and line breaks are fine",
    "null_value": 'leave the field out to keep it; send "" to clear a text',
    "int_parsing": "write a whole number such as 3",
    "int_type": "write a whole number such as 3",
    "int_from_float": "write a whole number such as 3",
    "float_parsing": "write a number such as 1.5",
    "float_type": "write a number such as 1.5",
    "bool_parsing": "write true or false",
    "bool_type": "write true or false",
    "string_type": "send text (a JSON string)",
    "list_type": "send a list ([...])",
    "dict_type": "send an object ({...})",
    "model_attributes_type": "send a JSON object ({...}) with Content-Type: application/json",
}


def validation_fix(kind: str, ctx: dict[str, Any], value: Any = None) -> str:
    """What to do about a validation error of type ``kind`` (with Pydantic's ``ctx``) on
    ``value``: the bound, the length, the choices it names, an id close to the one sent;
    "see /docs" only when nothing better is known (it said that for every one of these).

    Examples
    --------
    >>> validation_fix("less_than_equal", {"le": 90}), validation_fix("enum", {"expected": "'a' or 'b'"})
    ('give 90 or less', "use 'a' or 'b'")
    >>> validation_fix("string_too_long", {"max_length": 64})
    'shorten it to 64 characters or fewer'
    >>> validation_fix("string_pattern_mismatch", {"pattern": "^(en|fr)$"})
    'use en or fr'
    >>> validation_fix("string_pattern_mismatch", {"pattern": "^[a-z0-9][a-z0-9_-]*$"}, "Ana.L")
    "use lower-case letters, digits, '-' and '_', starting with a letter or a digit: 'ana-l'"
    """
    if kind in _FIXES:
        return _FIXES[kind]
    bounds = {
        "greater_than_equal": ("ge", "give {} or more"),
        "greater_than": ("gt", "give more than {}"),
        "less_than_equal": ("le", "give {} or less"),
        "less_than": ("lt", "give less than {}"),
        "string_too_short": ("min_length", "give at least {}"),
        "string_too_long": ("max_length", "shorten it to {} characters or fewer"),
        "too_short": ("min_length", "give at least {}"),
        "too_long": ("max_length", "give at most {} items"),
        "enum": ("expected", "use {}"),
        "literal_error": ("expected", "use {}"),
    }
    if kind in bounds and bounds[kind][0] in ctx:
        key, fix = bounds[kind]
        if kind in _COUNTED:
            return fix.format(counted(ctx[key], _COUNTED[kind]))
        return fix.format(ctx[key])
    if kind == "string_pattern_mismatch":
        if ctx.get("pattern") == ID_SHAPE:  # the id's own fix
            close = suggest_id(value) if isinstance(value, str) else "ana-lopez"
            return (
                "use lower-case letters, digits, '-' and '_', starting with a letter or a digit:"
                f" {close!r}"
            )
        if ctx.get("pattern") == r"^[\x21-\x7e]+$":  # a header value such as a key
            return "use printable ASCII without spaces, such as a UUID"
        choices = re.fullmatch(r"\^\(([\w|-]+)\)\$", str(ctx.get("pattern", "")))
        if choices:  # a pattern that lists words: ^(en|fr)$
            return "use " + " or ".join(choices.group(1).split("|"))
        return f"write it to match {ctx.get('pattern', 'the pattern in /docs')}"
    return "see /docs for the expected format"


def allowed_methods(request: Request) -> list[str]:
    """Every method some route of the app answers on the request's path (for ``Allow``).

    Each method of a path is its own route in FastAPI, so Starlette's 405 names the first
    one only; here each method is tried against every route.
    """
    allowed = []
    for method in METHODS:
        scope = dict(request.scope) | {"method": method}
        if any(route.matches(scope)[0] == Match.FULL for route in request.app.router.routes):
            allowed.append(method)
    return allowed


#: The methods a 405's ``Allow`` may list, in this order.
METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")

#: The body of a 500: nothing about the error (it is logged, by type and frames only).
INTERNAL = error_body("internal error", None, None, "retry later; the error was logged")


def _template(scope: Scope) -> str:
    """The route template of a request (``/profiles/{profile_id}``), never its path."""
    return getattr(scope.get("route"), "path", None) or "(unmatched)"


class LastResort(HttpMiddleware):
    """ASGI middleware: an exception a route lets escape becomes a 500 in the error shape.

    Starlette's own handler answers 500 and then re-raises the exception to the server,
    which logs it whole (message, Pydantic's input) and closes the connection, so the
    client's next request on it fails too. Here it stops: the error is logged with the
    route template and the exception's type and frames (see
    :meth:`api.observability.JsonFormatter.formatException`), and the connection stays.
    """

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception:
            logger.exception("unexpected error on %s %s", scope["method"], _template(scope))
            if started:  # part of a response is out: nothing else can be said on it
                raise
            body = json.dumps(INTERNAL).encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": 500,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
