"""The shared layout: templates, the navigation, and how a web route answers errors.

Adding a section later (the organiser's event pages, for example) takes three steps: a
router built with ``APIRouter(route_class=WebRoute)`` included by :func:`api.web.install`,
a :class:`NavItem` in :data:`NAV`, and its strings in both languages of the catalogue.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import Request
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from starlette.responses import RedirectResponse, Response

from api.errors import STATUS
from api.web.context import Page, apply_cookies, get_page
from api.web.feedback import error_message
from api.web.i18n import LANGS
from matcher.errors import CofoundryError, NotAuthenticated

__all__ = ["NAV", "NavItem", "WebRoute", "redirect", "render", "templates"]

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class NavItem:
    """One link of the navigation: its catalogue key, its path, and who sees it."""

    key: str
    href: str
    members_only: bool = True


#: The navigation, in order. Organiser pages add their item here (a ``nav.events`` key).
NAV: list[NavItem] = [
    NavItem("nav.suggestions", "/web/suggestions"),
    NavItem("nav.profile", "/web/profile"),
    NavItem("nav.introductions", "/web/introductions"),
    NavItem("nav.pipeline", "/web/pipeline"),
    NavItem("nav.collaborations", "/web/collaborations"),
    NavItem("nav.avoid", "/web/avoid"),
    NavItem("nav.ventures", "/web/ventures"),
    NavItem("nav.events", "/web/events"),
]


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = lambda x: f"{100 * float(x):.0f}"
    env.filters["num"] = lambda x, places=2: f"{float(x):.{places}f}"
    env.filters["urlq"] = lambda s: quote(str(s), safe="")
    return env


templates = Jinja2Templates(env=_environment())


def _lang_href(request: Request, lang: str) -> str:
    params = dict(request.query_params) | {"lang": lang}
    return f"{request.url.path}?{urlencode(params)}"


def render(page: Page, name: str, *, status: int = 200, **context: Any) -> Response:
    """Render template ``name`` in the page's language, with the layout's context."""
    request = page.request
    done = request.query_params.get("done", "")
    flash = page.t(f"flash.{done}", v=request.query_params.get("v", "")) if done else ""
    nav = [
        (item, page.t(item.key)) for item in NAV if page.actor is not None or not item.members_only
    ]
    response = templates.TemplateResponse(
        request,
        name,
        {
            "page": page,
            "t": page.t,
            "lang": page.lang,
            "nav": nav,
            "path": request.url.path,
            "other_langs": [(code, _lang_href(request, code)) for code in LANGS],
            "flash": flash if page.t.has(f"flash.{done}") else "",
            "errors": {},
            "values": {},
            **context,
        },
        status_code=status,
    )
    response.headers["Content-Language"] = page.lang
    return response


def redirect(path: str, done: str | None = None, value: str = "") -> Response:
    """303 See Other to ``path`` (after a form), with an optional flash message key."""
    if done:
        sep = "&" if "?" in path else "?"
        path += f"{sep}done={quote(done)}" + (f"&v={quote(value)}" if value else "")
    return RedirectResponse(path, status_code=303)


class WebRoute(APIRoute):
    """A route that answers in HTML: domain errors become a page in the user's language
    (sign-in for the signed out), and queued cookies go onto every response."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                response = await handler(request)
            except NotAuthenticated:
                here = request.url.path
                if request.method == "GET" and request.url.query:
                    here += "?" + request.url.query
                response = redirect(f"/web/signin?next={quote(here)}")
            except CofoundryError as exc:
                page = getattr(request.state, "web_page", None) or get_page(request)
                status = next(code for cls, code in STATUS if isinstance(exc, cls))
                response = render(
                    page,
                    "error.html",
                    status=status,
                    message=error_message(exc, page.t),
                    status_code=status,
                )
            return apply_cookies(request, response)

        return route
