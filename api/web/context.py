"""Who is looking, in which language, and the cookies and CSRF checks that carry both.

Cookies (all ``SameSite=Strict``, ``HttpOnly``, ``Secure`` over https):

* ``cf_token``: the member's bearer token, pasted at sign-in or issued at sign-up;
* ``cf_lang``: ``en`` or ``fr``, set by ``?lang=`` or the language switch;
* ``cf_csrf``: a random value; every form carries it in a hidden ``csrf`` field and a
  POST whose field differs from the cookie is refused (double-submit).

Hand-written rather than a CSRF package: the double-submit check is a dozen lines, the
libraries (starlette-csrf, fastapi-csrf-protect) bring their own cookie names, signing
keys shared between workers, and middleware that would also guard the JSON API, which uses
bearer tokens and needs no CSRF protection. ``SameSite=Strict`` already keeps the token
cookie off cross-site requests; the CSRF field also covers the signed-out forms (sign-in,
sign-up) and browsers that ignore SameSite, and a cross-site ``Origin`` is refused outright.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, Request
from starlette.datastructures import FormData
from starlette.responses import Response

from api.web.i18n import Translator, pick_language, translator
from matcher.access import Actor
from matcher.community import Community
from matcher.errors import NotAllowed, NotAuthenticated
from matcher.profiles import Profile

__all__ = [
    "CSRF_COOKIE",
    "LANG_COOKIE",
    "TOKEN_COOKIE",
    "CsrfRefused",
    "Form",
    "FormDep",
    "MemberPageDep",
    "Page",
    "PageDep",
    "apply_cookies",
    "queue_cookie",
    "safe_next",
]

TOKEN_COOKIE = "cf_token"
LANG_COOKIE = "cf_lang"
CSRF_COOKIE = "cf_csrf"
YEAR = 365 * 24 * 3600


class CsrfRefused(NotAllowed):
    """A form was posted without the page's CSRF field (or from another site)."""


def queue_cookie(request: Request, name: str, value: str | None, max_age: int = YEAR) -> None:
    """Set (or, with ``None``, delete) a cookie on whatever response this request gets."""
    pending: list[tuple[str, str | None, int]] = getattr(request.state, "web_cookies", [])
    pending.append((name, value, max_age))
    request.state.web_cookies = pending


def apply_cookies(request: Request, response: Response) -> Response:
    """Write the queued cookies onto ``response`` (called once per web response)."""
    secure = request.url.scheme == "https"
    for name, value, max_age in getattr(request.state, "web_cookies", []):
        if value is None:
            response.delete_cookie(name, path="/", secure=secure, httponly=True, samesite="strict")
        else:
            response.set_cookie(
                name,
                value,
                max_age=max_age,
                path="/",
                secure=secure,
                httponly=True,
                samesite="strict",
            )
    return response


def safe_next(target: str | None, default: str = "/web/suggestions") -> str:
    """A local path to go back to after a form; anything else (another site) gives ``default``.

    Examples
    --------
    >>> safe_next("/web/profile"), safe_next("https://evil.example/"), safe_next("//evil")
    ('/web/profile', '/web/suggestions', '/web/suggestions')
    """
    if not target or not target.startswith("/web") or target.startswith("//") or "\\" in target:
        return default
    return target


@dataclass
class Page:
    """Everything a page needs about its viewer: language, translator, member, CSRF value."""

    request: Request
    lang: str
    t: Translator
    csrf: str
    actor: Actor | None = None
    me: Profile | None = None

    @property
    def community(self) -> Community:
        """The community the app serves."""
        community: Community = self.request.app.state.community
        return community

    @property
    def member_id(self) -> str:
        """The signed-in member's profile id (pages behind :data:`MemberPageDep` only)."""
        assert self.actor is not None and self.actor.profile_id is not None
        return self.actor.profile_id


def get_page(request: Request) -> Page:
    """The viewer of this request; queues the language and CSRF cookies when they change."""
    query_lang = request.query_params.get("lang")
    cookie_lang = request.cookies.get(LANG_COOKIE)
    lang = pick_language(query_lang, cookie_lang, request.headers.get("accept-language"))
    if query_lang == lang and cookie_lang != lang:
        queue_cookie(request, LANG_COOKIE, lang)
    csrf = request.cookies.get(CSRF_COOKIE, "")
    if len(csrf) < 20:
        csrf = secrets.token_urlsafe(24)
        queue_cookie(request, CSRF_COOKIE, csrf, max_age=YEAR)
    page = Page(request, lang, translator(lang), csrf)
    token = request.cookies.get(TOKEN_COOKIE)
    if token:
        community: Community = request.app.state.community
        try:
            actor = community.security.authenticate(token)
        except NotAuthenticated:  # revoked, or the profile was erased: sign out quietly
            queue_cookie(request, TOKEN_COOKIE, None)
            actor = None
        if actor is not None and actor.profile_id is not None:
            page.actor = actor
            page.me = community.profiles.store.get_profile(actor.profile_id)
    request.state.web_page = page
    return page


PageDep = Annotated[Page, Depends(get_page)]


def get_member_page(page: PageDep) -> Page:
    """The page of a signed-in member; others are sent to the sign-in page."""
    if page.actor is None or page.me is None:
        raise NotAuthenticated("sign in first", hint="paste your token on the sign-in page")
    return page


MemberPageDep = Annotated[Page, Depends(get_member_page)]


class Form:
    """A posted form whose CSRF field was checked: ``form["name"]`` is the stripped text."""

    def __init__(self, data: FormData) -> None:
        self.data = data

    def __getitem__(self, name: str) -> str:
        value = self.data.get(name)
        return value.strip() if isinstance(value, str) else ""

    def getlist(self, name: str) -> list[str]:
        """Every value of a repeated field (checkboxes), stripped, empty ones left out."""
        return [v.strip() for v in self.data.getlist(name) if isinstance(v, str) and v.strip()]

    def values(self) -> dict[str, str]:
        """Every single-valued field (to fill the form again after an error)."""
        return {k: self[k] for k in self.data if k != "csrf"}


async def read_form(request: Request) -> Form:
    """The posted form, once its CSRF field matches the cookie and its origin is this site."""
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.url.netloc:
        raise CsrfRefused(
            "form posted from another site", field="csrf", hint="use the form on this site"
        )
    data = await request.form()
    sent = data.get("csrf")
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not (isinstance(sent, str) and cookie and hmac.compare_digest(sent, cookie)):
        raise CsrfRefused(
            "the form's security field is missing or stale",
            field="csrf",
            hint="reload the page and send the form again",
        )
    return Form(data)


FormDep = Annotated[Form, Depends(read_form)]
