"""Web pages for members, teams and event organisers: server-rendered, in English and French, no build step.

:func:`install` adds them to the API's FastAPI app; they call the same services as the JSON
routes. Layout, navigation and error pages: :mod:`api.web.render`; language and cookies:
:mod:`api.web.i18n`, :mod:`api.web.context`; the strings: gettext catalogues (:mod:`api.web.translations`).
"""

from __future__ import annotations

import inspect

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.responses import FileResponse, RedirectResponse, Response
from starlette.routing import Match

from api.web import account, events, events_attendee, events_day, loop, member, people, ventures
from api.web.render import HERE, not_found_page

__all__ = ["install"]

#: The pages' icon: a hand-made SVG (a "c" on the accent colour), a few hundred bytes.
FAVICON = HERE / "static" / "favicon.svg"
#: A day: the icon rarely changes, and a browser asks for it with every page otherwise.
ICON_CACHE = {"Cache-Control": "public, max-age=86400"}


def install(app: FastAPI) -> None:
    """Add the pages under ``/web``, their static files, ``/`` pointing to them, and the
    icon at ``/favicon.ico``.

    Examples
    --------
    >>> from fastapi.testclient import TestClient
    >>> from api.app import create_app
    >>> from api.settings import Settings
    >>> client = TestClient(create_app(Settings(db=":memory:", encoder="fake")))
    >>> r = client.get("/", headers={"Accept-Language": "fr"})
    >>> r.url.path, r.headers["content-language"], '<html lang="fr">' in r.text
    ('/web', 'fr', True)

    A form whose body is over the limit gets a page, not the API's JSON, with a link back to
    the form (:func:`api.web.render.too_large_page`):

    >>> r = client.post("/web/signup", content=b"x" * 2_000_000,
    ...                 headers={"Referer": "http://testserver/web/signup"})
    >>> r.status_code, r.headers["content-type"], "over 1.05 MB" in r.text, 'href="/web/signup"' in r.text
    (413, 'text/html; charset=utf-8', True, True)

    An address under ``/web`` that is no page gets a page in the reader's language
    (:func:`api.web.render.not_found_page`); a missing static file, the API's JSON:

    >>> r = client.get("/web/no-such-page?lang=fr")
    >>> r.status_code, r.headers["content-type"], "Aucune page" in r.text
    (404, 'text/html; charset=utf-8', True)
    >>> client.get("/web/static/none.css").headers["content-type"]
    'application/json'
    >>> r = client.get("/favicon.ico")
    >>> r.status_code, r.headers["content-type"], r.text.startswith("<svg")
    (200, 'image/svg+xml', True)
    """
    for router in (
        member.router,
        people.router,
        ventures.router,
        events.router,
        events_day.router,
        events_attendee.router,
        loop.router,
        account.router,
    ):
        app.include_router(router)
    app.mount("/web/static", StaticFiles(directory=HERE / "static"), name="web-static")
    api_error = app.exception_handlers[HTTPException]

    async def http_error(request: Request, exc: Exception) -> Response:
        """An address under /web that is no page: a page in the reader's language (the
        static files and the API keep their JSON). A form's address opened as a page (the
        language switch or a reload of a page shown again after an error, a bookmark) leads
        to the page above it, its query (``?lang=``) kept."""
        path = request.url.path
        page = path.startswith("/web/") and not path.startswith("/web/static/")
        if isinstance(exc, HTTPException) and exc.status_code == 404 and page:
            return not_found_page(request)
        if (
            isinstance(exc, HTTPException)
            and exc.status_code == 405
            and page
            and request.method in ("GET", "HEAD")
        ):
            above = page_above(app, path)
            query = f"?{request.url.query}" if request.url.query else ""
            return RedirectResponse(above + query, status_code=303)
        answer = api_error(request, exc)
        return await answer if inspect.isawaitable(answer) else answer

    app.add_exception_handler(HTTPException, http_error)

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/web", status_code=307)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        """The pages' icon (base.html links it) where every browser also asks for it: the
        SVG itself, not a 404 in the logs and the console."""
        return FileResponse(FAVICON, media_type="image/svg+xml", headers=ICON_CACHE)


def page_above(app: FastAPI, path: str) -> str:
    """The nearest address above ``path`` that is a page (answers GET), else ``/web``.

    Examples
    --------
    >>> from api.app import create_app
    >>> from api.settings import Settings
    >>> app = create_app(Settings(db=":memory:", encoder="fake"))
    >>> page_above(app, "/web/events/night/import"), page_above(app, "/web/ventures/acme/entries/3/approve")
    ('/web/events/night', '/web/ventures/acme')
    >>> page_above(app, "/web/signout")
    '/web'
    """
    parts = path.rstrip("/").split("/")
    while len(parts) > 3:
        parts.pop()
        scope = {"type": "http", "path": "/".join(parts), "root_path": "", "method": "GET"}
        if any(route.matches(scope)[0] is Match.FULL for route in app.router.routes):
            return "/".join(parts)
    return "/web"
