"""One JSON error shape for every failure: ``{"detail", "field", "value", "hint"}``.

Domain errors are mapped to HTTP status codes here and nowhere else.
"""

from __future__ import annotations

import json
import logging
import math
from typing import Any

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
)

__all__ = ["STATUS", "LastResort", "allowed_methods", "error_body", "install_error_handlers"]


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


def _jsonable(value: Any, depth: int = 0) -> Any:
    """``value`` made safe to send back: valid UTF-8, short, JSON types only.

    Examples
    --------
    >>> _jsonable("bad " + chr(0xD800) + " text")
    'bad \\\\ud800 text'
    >>> len(_jsonable("x" * 10_000))
    201
    >>> _jsonable(float("nan")), _jsonable(float("-inf"))
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
        return [_jsonable(v, depth + 1) for v in value[:20]]
    if isinstance(value, dict):
        return {str(k)[:MAX_ECHO]: _jsonable(v, depth + 1) for k, v in list(value.items())[:20]}
    return _jsonable(repr(value), depth)


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers that turn every error into the shared shape."""

    @app.exception_handler(CofoundryError)
    async def domain_error(request: Request, exc: CofoundryError) -> JSONResponse:
        status = next(code for cls, code in STATUS if isinstance(exc, cls))
        body = {k: _jsonable(v) for k, v in exc.as_dict().items()}
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
        kind = first.get("type", "")
        where = ("body", "query", "path")
        loc = [str(p) for p in first.get("loc", ()) if p not in where]
        field = None if kind == "json_invalid" else (".".join(loc) or None)
        msg = first.get("msg", "invalid request")
        hint = {
            "extra_forbidden": "remove this field; see /docs for the accepted fields",
            "missing": "add this field",
            "json_invalid": "send a valid JSON body",
            "finite_number": "send a finite number (NaN, Infinity and 1e999 are not numbers)",
            "strict_type": "send the JSON type the field has in /docs",
            "date_format": "write the date as text, YYYY-MM-DD",
            "control_character": "remove control characters (NUL, escapes); tabs and line"
            " breaks are fine",
        }.get(kind, "see /docs for the expected format")
        value = first.get("input") if kind != "missing" else None
        detail = f"{field}: {msg}" if field else msg
        return JSONResponse(
            error_body(_jsonable(detail), field and _jsonable(field), _jsonable(value), hint)
            | {
                "errors": [
                    {"loc": _jsonable(list(e.get("loc", ()))), "msg": _jsonable(e.get("msg"))}
                    for e in errors[:20]
                ]
            },
            status_code=422,
        )

    @app.exception_handler(Replayed)
    async def replayed(request: Request, exc: Replayed) -> Response:
        r = exc.replay
        return Response(
            r.body,
            status_code=r.status,
            media_type=r.media_type,
            headers={"Idempotent-Replayed": "true"},
        )

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
