"""Who is looking, in which language, and the cookies and CSRF checks that carry both.

Cookies (all ``SameSite=Strict``, ``HttpOnly``, ``Secure`` over https or when the
``cookie_secure`` setting says so):

* ``cf_session``: the secret of the member's browser session (:mod:`matcher.accounts`), new
  at every sign-in (a session fixed before sign-in is never reused), ended by sign-out, by
  "sign out everywhere" and by a password reset;
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
import re
import secrets
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, Request
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.responses import Response

from api.web.feedback import shown_value
from api.web.i18n import Translator, pick_language, translator
from matcher.access import Actor
from matcher.community import Community
from matcher.errors import InvalidInput, NoProfileYet, NotAllowed, NotAuthenticated, RepeatedKey
from matcher.profiles import Profile

__all__ = [
    "CSRF_COOKIE",
    "LANG_COOKIE",
    "SESSION_COOKIE",
    "CsrfRefused",
    "Form",
    "FormDep",
    "MemberPageDep",
    "Page",
    "PageDep",
    "SignedInPageDep",
    "apply_cookies",
    "end_session",
    "new_session",
    "queue_cookie",
    "safe_next",
    "session_label",
    "session_secret",
    "with_lang",
]

SESSION_COOKIE = "cf_session"
LANG_COOKIE = "cf_lang"
CSRF_COOKIE = "cf_csrf"
YEAR = 365 * 24 * 3600
#: The most fields Starlette reads in one form (``Request.form``'s ``max_fields``).
MAX_FORM_FIELDS = 1000


class CsrfRefused(NotAllowed):
    """A form was posted without the page's CSRF field (or from another site)."""


def queue_cookie(request: Request, name: str, value: str | None, max_age: int = YEAR) -> None:
    """Set (or, with ``None``, delete) a cookie on whatever response this request gets."""
    pending: list[tuple[str, str | None, int]] = getattr(request.state, "web_cookies", [])
    pending.append((name, value, max_age))
    request.state.web_cookies = pending


def apply_cookies(request: Request, response: Response) -> Response:
    """Write the queued cookies onto ``response`` (called once per web response)."""
    forced = getattr(request.app.state.settings, "cookie_secure", None)
    secure = request.url.scheme == "https" if forced is None else bool(forced)
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


def with_lang(path: str, lang: str) -> str:
    """``path`` (a local address, maybe with a query and a ``#fragment``) with ``lang=``
    added, unless it has one.

    Examples
    --------
    >>> with_lang("/web/x#top", "fr"), with_lang("/web/x?done=sent", "en"), with_lang("/web?lang=en", "fr")
    ('/web/x?lang=fr#top', '/web/x?done=sent&lang=en', '/web?lang=en')
    """
    address, hash_, fragment = path.partition("#")
    if re.search(r"[?&]lang=", address):
        return path
    return f"{address}{'&' if '?' in address else '?'}lang={lang}{hash_}{fragment}"


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
    def chosen_lang(self) -> str | None:
        """The page's language when the reader chose it by the query string (``?lang=``),
        else None: what a form sent from the page keeps (:meth:`keep_lang` for a form that
        posts, the hidden field of ``macros.html``'s ``lang_field`` for one that gets)."""
        return self.lang if self.request.query_params.get("lang") == self.lang else None

    def keep_lang(self, path: str) -> str:
        """``path`` with this page's ``?lang=`` when the reader chose the language by the
        query string (a form sent from the page, and the page it leads to, stay in it);
        ``path`` itself otherwise, or when it names a language already."""
        if self.chosen_lang is None:
            return path
        return with_lang(path, self.chosen_lang)

    @property
    def member_id(self) -> str:
        """The signed-in member's profile id (pages behind :data:`MemberPageDep` or
        :data:`SignedInPageDep` only)."""
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
    secret = request.cookies.get(SESSION_COOKIE)
    if secret:
        community: Community = request.app.state.community
        try:
            actor = community.accounts.authenticate(secret)
        except NotAuthenticated:  # ended, expired, or the member was erased: sign out quietly
            queue_cookie(request, SESSION_COOKIE, None)
            actor = None
        if actor is not None and actor.profile_id is not None:
            page.actor = actor
            page.me = community.profiles.store.get_profile(actor.profile_id)
    request.state.web_page = page
    return page


PageDep = Annotated[Page, Depends(get_page)]


def get_signed_in_page(page: PageDep) -> Page:
    """The page of a signed-in member, with or without a profile (account, inbox)."""
    if page.actor is None:
        raise NotAuthenticated("sign in first", hint="sign in on the sign-in page")
    return page


SignedInPageDep = Annotated[Page, Depends(get_signed_in_page)]


def get_member_page(page: PageDep) -> Page:
    """The page of a signed-in member with a profile; the signed out are sent to the sign-in
    page, a member without a profile yet to the page that creates it."""
    if page.actor is None:
        raise NotAuthenticated("sign in first", hint="sign in on the sign-in page")
    if page.me is None:
        assert page.actor.profile_id is not None
        raise NoProfileYet(page.actor.profile_id)
    return page


MemberPageDep = Annotated[Page, Depends(get_member_page)]


def session_label(request: Request) -> str:
    """What the account page shows of a session: the browser, in a word or two.

    Examples
    --------
    >>> from starlette.requests import Request
    >>> agent = b"Mozilla/5.0 (Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36"
    >>> session_label(Request({"type": "http", "headers": [(b"user-agent", agent)]}))
    'Chrome (mobile)'
    """
    agent = request.headers.get("user-agent", "")
    for name, kind in (
        ("Firefox", "Firefox"),
        ("Edg", "Edge"),
        ("Chrome", "Chrome"),
        ("Safari", "Safari"),
    ):
        if name in agent:
            return kind + (" (mobile)" if "Mobile" in agent else "")
    return agent[:40]


def new_session(page: Page, secret: str) -> None:
    """Sign this browser in: the session cookie, and a fresh CSRF value (nothing an attacker
    planted before sign-in survives it)."""
    queue_cookie(page.request, SESSION_COOKIE, secret)
    page.csrf = secrets.token_urlsafe(24)
    queue_cookie(page.request, CSRF_COOKIE, page.csrf)


def session_secret(page: Page) -> str | None:
    """This browser's session secret, from its cookie (``None`` when signed out)."""
    return page.request.cookies.get(SESSION_COOKIE)


def end_session(page: Page) -> None:
    """Sign this browser out: its session cookie is cleared (the caller ends the session
    itself, or every session, in the accounts)."""
    queue_cookie(page.request, SESSION_COOKIE, None)


class Form:
    """A posted form whose CSRF field was checked: ``form["name"]`` is the stripped text."""

    def __init__(self, data: FormData) -> None:
        self.data = data

    def __getitem__(self, name: str) -> str:
        """The field's one value; sent twice with different values (a page edited, a field
        filled twice by a script), :class:`RepeatedKey`: the last would be kept silently."""
        sent = [v.strip() for v in self.data.getlist(name) if isinstance(v, str)]
        if len(set(sent)) > 1:
            times = "twice" if len(sent) == 2 else f"{len(sent)} times"
            raise RepeatedKey(
                f"form field {name!r} was sent {times}, with different values",
                field=name,
                value=" / ".join(shown_value(v) for v in sent),
                hint="send the form again from the page: a field holds one value",
            )
        return sent[0] if sent else ""

    def raw(self, name: str) -> str:
        """The text exactly as typed (a password: spaces are part of it)."""
        value = self.data.get(name)
        return value if isinstance(value, str) else ""

    def getlist(self, name: str) -> list[str]:
        """Every value of a repeated field (checkboxes), stripped, empty ones left out."""
        return [v.strip() for v in self.data.getlist(name) if isinstance(v, str) and v.strip()]

    def values(self) -> dict[str, str]:
        """Every field's last value (to fill the form again after an error)."""
        return {k: v.strip() for k, v in self.data.items() if k != "csrf" and isinstance(v, str)}


async def read_form(request: Request) -> Form:
    """The posted form, once its CSRF field matches the cookie and its origin is this site."""
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.url.netloc:
        raise CsrfRefused(
            "form posted from another site", field="csrf", hint="use the form on this site"
        )
    try:
        data = await request.form()
    except HTTPException as exc:  # Starlette's limits (1,000 fields, 1 MiB a field), a bad body
        raise InvalidInput(
            f"the form could not be read ({str(exc.detail).rstrip('.')})",
            field="form",
            value=None,
            hint=f"send the form from its page: a form holds at most {MAX_FORM_FIELDS:,} fields",
        ) from None
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
