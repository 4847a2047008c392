"""Security headers on every response (the red team's finding, issue 18): one ASGI middleware.

* every response: ``X-Content-Type-Options: nosniff`` (a browser never guesses a type: a
  CSV or JSON answer is never run as a page) and ``Referrer-Policy: no-referrer`` (a
  one-time link's code never leaves in a Referer header);
* HTML responses, also: ``Content-Security-Policy`` (:data:`CSP`: scripts, styles, images,
  fonts and forms from this site only, no plug-ins, no framing) and ``X-Frame-Options: DENY``
  (the same as ``frame-ancestors 'none'``, for browsers that only know the old header).

The pages load nothing from elsewhere; their only scripts are this site's own files
(``/web/static/header.js`` on every page, ``/web/static/events.js`` on the form that creates an
event), and every page works without them. Styles allow ``'unsafe-inline'``:
the printable agendas carry their stylesheet inline (one file to save or print) and the score
bars set their width in a ``style`` attribute; a style cannot run code. The API's own
documentation pages (``/docs``, ``/redoc``) load Swagger UI and ReDoc from a CDN with an
inline script: they get :data:`DOCS_CSP`, which allows exactly that.
"""

from __future__ import annotations

from api.asgi import HttpMiddleware, Message, Receive, Scope, Send

__all__ = ["CSP", "DOCS_CSP", "SecurityHeaders"]


#: The pages' policy.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
#: The policy of FastAPI's documentation pages (Swagger UI, ReDoc: a CDN and an inline script).
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    "img-src 'self' data: https://fastapi.tiangolo.com https://cdn.redoc.ly; "
    "font-src 'self' https://fonts.gstatic.com; worker-src 'self' blob:; "
    "object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
)
_DOCS = ("/docs", "/redoc")


class SecurityHeaders(HttpMiddleware):
    """ASGI middleware adding the security headers (see the module docstring).

    Examples
    --------
    >>> from fastapi import FastAPI
    >>> from fastapi.responses import HTMLResponse
    >>> from fastapi.testclient import TestClient
    >>> app = FastAPI()
    >>> @app.get("/page", response_class=HTMLResponse)
    ... def page() -> str:
    ...     return "<p>hi</p>"
    >>> app.add_middleware(SecurityHeaders)
    >>> r = TestClient(app).get("/page")
    >>> r.headers["x-frame-options"], "frame-ancestors 'none'" in r.headers["content-security-policy"]
    ('DENY', True)
    >>> TestClient(app).get("/openapi.json").headers["x-content-type-options"]
    'nosniff'
    """

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        docs = str(scope.get("path", "")).startswith(_DOCS)

        async def add(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers: list[tuple[bytes, bytes]] = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = [(b"x-content-type-options", b"nosniff")]
                extra.append((b"referrer-policy", b"no-referrer"))
                kind = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                if kind.startswith(b"text/html"):
                    policy = DOCS_CSP if docs else CSP
                    extra.append((b"content-security-policy", policy.encode()))
                    extra.append((b"x-frame-options", b"DENY"))
                headers += [(k, v) for k, v in extra if k not in names]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, add)
