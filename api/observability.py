"""Structured logs: one JSON line per record, and one per request with its request id.

* :class:`RequestLog` (ASGI middleware) gives every request an id (the incoming
  ``X-Request-ID`` if it is a sane token, else a new one), echoes it in the response's
  ``X-Request-ID`` header, makes it available to every log record written while the request
  runs (also in worker threads), and logs ``method``, the route *template* (``/profiles/
  {profile_id}``, never the ids in the path), ``status`` and ``duration_ms``.
* :class:`JsonFormatter` writes records as JSON lines with the stdlib :mod:`logging`.

No personal data is logged: no path parameters, query strings, bodies, tokens or client
addresses (``cofoundry serve`` also turns off uvicorn's access log, which has them), and an
exception is logged by its type and frames, never its text (which can quote ids and input).
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
import re
import sqlite3
import sys
import time
import traceback
import uuid
from typing import Any

from api.asgi import HttpMiddleware, Message, Receive, Scope, Send

__all__ = ["JsonFormatter", "RequestLog", "configure_logging", "current_request_id"]


logger = logging.getLogger("cofoundry.requests")

_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "cofoundry_request_id", default=None
)
_SANE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


def current_request_id() -> str | None:
    """The id of the request being served in this context, if any."""
    return _request_id.get()


class JsonFormatter(logging.Formatter):
    """A log record as one JSON object: time, level, logger, message, request id, extras.

    Examples
    --------
    >>> record = logging.LogRecord("cofoundry", logging.INFO, "", 0, "hello %s", ("you",), None)
    >>> record.status = 200
    >>> out = json.loads(JsonFormatter().format(record))
    >>> out["level"], out["logger"], out["message"], out["status"]
    ('info', 'cofoundry', 'hello you', 200)
    """

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "pid": record.process,
        }
        rid = getattr(record, "request_id", None) or _request_id.get()
        if rid:
            out["request_id"] = rid
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in out:
                out[key] = value if isinstance(value, str | int | float | bool) else repr(value)
        if record.exc_info:
            out["error"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)

    def formatException(self, ei: Any) -> str:
        """The exception's type and frames, never its text: an exception's message can hold
        ids and input values (a Pydantic error quotes the input it refused). SQLite's own
        messages are kept ("database is locked"): they never quote a bound value.

        Examples
        --------
        >>> try:
        ...     int("secret-id")
        ... except ValueError:
        ...     import sys
        ...     text = JsonFormatter().formatException(sys.exc_info())
        >>> text.splitlines()[0], "secret-id" in text
        ('builtins.ValueError', False)
        """
        exc = ei[1]
        lines: list[str] = []
        seen: set[int] = set()
        while isinstance(exc, BaseException) and id(exc) not in seen:
            seen.add(id(exc))
            if lines:
                lines.append("which came from:")  # its cause, or the error being handled
            kind = type(exc)
            said = f": {exc}" if isinstance(exc, sqlite3.Error) else ""  # no values in these
            lines.append(f"{kind.__module__}.{kind.__qualname__}{said}")
            lines.extend(
                f'  File "{f.filename}", line {f.lineno}, in {f.name}'
                for f in traceback.extract_tb(exc.__traceback__)
            )
            exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
        return "\n".join(lines)


def configure_logging(level: str = "INFO", *, stream: Any = None) -> None:
    """Send every log record to ``stream`` (default stderr) as JSON lines, at ``level``."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    logging.getLogger("uvicorn.access").disabled = True  # has paths and client addresses


class RequestLog(HttpMiddleware):
    """Request ids and one structured log line per request (see the module docstring)."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        incoming = dict(scope.get("headers", [])).get(b"x-request-id", b"").decode("latin-1")
        rid = incoming if _SANE_ID.match(incoming) else uuid.uuid4().hex
        token = _request_id.set(rid)
        scope.setdefault("state", {})["request_id"] = rid
        start = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                message["headers"] = [
                    *message.get("headers", []),
                    (b"x-request-id", rid.encode()),
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            route = scope.get("route")
            logger.info(
                "request",
                extra={
                    "request_id": rid,
                    "method": scope["method"],
                    "route": getattr(route, "path", None) or "(unmatched)",
                    "status": status,
                    "duration_ms": round((time.perf_counter() - start) * 1000, 2),
                },
            )
            _request_id.reset(token)
