"""The shared layout: templates, the navigation, the messages after a form, and how a web
route answers errors.

Each language has its own Jinja2 environment, with the i18n extension's ``_``, ``gettext``,
``ngettext``, ``pgettext`` and ``{% trans %}`` bound to that language's translations
(new-style: placeholders are ``%(name)s``, values are escaped, ``%(num)s`` is the count in
the reader's locale), ``label(family, value)`` for the enumerations (:mod:`api.web.labels`),
and filters in the reader's locale: ``date``, ``number(places)``, ``percent(places)``;
``bar`` is a 0-100 width for CSS, never shown.

Adding a section later (the organiser's event pages, for example) takes three steps: a
router built with :func:`page_router` included by :func:`api.web.install`,
a :class:`NavItem` in :data:`NAV`, and its strings in English in the templates, then
``pybabel extract``, ``pybabel update``, the French in the ``.po``, ``pybabel compile``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Coroutine, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import jinja2
from fastapi import APIRouter, Request
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.responses import RedirectResponse, Response

from api.errors import STATUS
from api.inputs import whole_number
from api.web.context import Page, apply_cookies, get_page, safe_next, with_lang
from api.web.feedback import error_message, field_errors
from api.web.figures import FORM_LIMITS
from api.web.i18n import LANGS, N_, NC_, NN_, Message, Translator, elide, rounded, translator
from api.web.labels import attendee_state, label
from api.web.letters import salary_said
from matcher.errors import CofoundryError, InvalidInput, NoProfileYet, NotAuthenticated
from matcher.security import note_signature, signed_note

__all__ = [
    "FIRST",
    "FLASHES",
    "LANGUAGE_NAMES",
    "NAV",
    "NavItem",
    "Shown",
    "WebRoute",
    "environment",
    "flash_of",
    "flash_text",
    "install_language",
    "not_found_page",
    "page_router",
    "redirect",
    "render",
    "sign_flash",
    "templates",
    "too_large_page",
]

HERE = Path(__file__).resolve().parent
APP_NAME = "cofoundry"
#: Each language's name in itself, for the language switch (never translated).
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


@dataclass(frozen=True, slots=True)
class NavItem:
    """One link of the navigation: its text (English, marked for extraction), its path, and
    who sees it."""

    label: str
    href: str
    members_only: bool = True


#: The navigation, in order. A new section adds its item here.
NAV: list[NavItem] = [
    NavItem(N_("Suggestions"), "/web/suggestions"),
    NavItem(N_("My profile"), "/web/profile"),
    NavItem(N_("Introductions"), "/web/introductions"),
    NavItem(N_("Messages"), "/web/messages"),
    NavItem(N_("Pipeline"), "/web/pipeline"),
    NavItem(N_("Collaborations"), "/web/collaborations"),
    NavItem(N_("Avoid list"), "/web/avoid"),
    NavItem(N_("Ventures"), "/web/ventures"),
    NavItem(N_("Events"), "/web/events"),
    NavItem(N_("Inbox"), "/web/inbox"),
    NavItem(N_("Account"), "/web/account"),
]

#: The message after a form (``?done=<name>&v=<value>``): ``%(v)s`` is the value; a plural
#: message takes the value as its count.
FLASHES: dict[str, str | Message] = {
    "signed_in": N_("You are signed in."),
    "email_confirmed": N_("Your e-mail address %(v)s is confirmed."),
    "confirm_sent": N_("We sent a new confirmation link to %(v)s."),
    "address_change_sent": N_(
        "We sent a link to %(v)s: open it, signed in, to use that address. Until then your address stays the same."
    ),
    "address_changed": N_("Your e-mail address is now %(v)s."),
    "address_reverted": N_(
        "Your account is back at its address and everyone is signed out: ask here for a link to choose a new password."
    ),
    "signed_out": N_("You are signed out."),
    "signed_out_everywhere": N_("You are signed out on every device."),
    "session_ended": N_("That session is ended."),
    "token_revoked": N_("The token is revoked; it no longer works."),
    "token_gone": N_(
        "This token was revoked or has expired: it no longer works, and its page is no longer shown."
    ),
    "invitation_made": N_("Your invitation link is ready: copy it from the list and share it."),
    "invitation_revoked": N_("The invitation is revoked; its link no longer works."),
    "profile_claimed": N_("The profile is now yours: it is linked to your account."),
    "account_erased": N_("Your account and your data are erased."),
    "password_reset": N_("Your password is changed and every other session is ended."),
    "email_saved": N_("Your e-mail choices are saved."),
    "inbox_read": N_("Everything in your inbox is marked read."),
    "profile_created": N_("Your profile is created: here are your first suggestions."),
    "profile_saved": N_("Your profile is saved."),
    "intro_sent": N_(
        "Your request is sent to %(v)s: they see it in their inbox, and their answer shows here."
    ),
    "intro_accepted": N_("You accepted; contact details show here once everyone has accepted."),
    "intro_connected": N_(
        "You accepted: write to them from this page, by e-mail or in your conversation."
    ),
    "intro_declined": N_("You declined."),
    "intro_withdrawn": N_(
        "Your request to meet %(v)s is withdrawn: nobody can answer it any more, and whoever was asked is told."
    ),
    "avoid_added": N_("%(v)s is on your avoid list."),
    "avoid_removed": N_("%(v)s is off your avoid list."),
    "avoid_already": N_("%(v)s was already on your avoid list."),
    "avoid_not_listed": N_("%(v)s was not on your avoid list: nothing changed."),
    "collab_proposed": N_("Collaboration proposed; your partner will be asked to confirm it."),
    "collab_confirmed": N_("Collaboration confirmed."),
    "collab_declined": N_("Collaboration declined."),
    "collab_rated": N_("Your rating is saved."),
    "venture_created": N_("Venture created."),
    "entry_added": N_("Entry #%(v)s added to the ledger."),
    "entry_approved": N_("Entry #%(v)s approved."),
    "entry_reversed": N_("Entry #%(v)s reversed."),
    "member_added": N_("%(v)s is invited."),
    "member_invited": N_("%(v)s is invited; they join when they accept."),
    "member_seconded": N_("You seconded %(v)s."),
    "owner_named": N_("%(v)s is an owner now."),
    "invitation_accepted": N_("You joined the venture."),
    "invitation_declined": N_("You declined the invitation to %(v)s."),
    "entry_rejected": N_("Entry #%(v)s rejected."),
    "ledger_imported": NN_("%(num)s entry imported.", "%(num)s entries imported."),
    "pie_frozen": N_("The pie is frozen on %(v)s."),
    "freeze_proposed": N_(
        "The freeze on %(v)s is proposed: it applies when every other member accepts it."
    ),
    "rate_proposed": N_(
        "The salary of %(v)s is proposed: it applies when the members it affects accept it."
    ),
    "departure_claimed": N_(
        "The departure of %(v)s is recorded. Until another owner confirms the good reason, the rules of a resignation without good reason apply."
    ),
    "proposal_accepted": N_("Proposal %(v)s is accepted and applied."),
    "proposal_open": N_("Your answer to proposal %(v)s is recorded; it waits for the others."),
    "proposal_declined": N_("Proposal %(v)s is declined."),
    "proposal_withdrawn": N_("Proposal %(v)s is withdrawn."),
    "departure_acknowledged": N_("You acknowledged your departure."),
    "departure_disputed": N_("Your dispute is recorded."),
    "end_proposed": N_("The end is proposed; every member is asked to confirm it."),
    "end_confirmed": N_("Your confirmation is recorded."),
    "day_signed": N_("Your signature of the split of %(v)s is recorded."),
    "day_closed": N_(
        "Every member signed the split of %(v)s: nothing dated on or before that day changes any more."
    ),
    "end_declined": N_("The end is declined; the ledger is open again."),
    "rate_set": N_("Salary of %(v)s recorded."),
    "departure_recorded": N_("The departure of %(v)s is recorded."),
    "event_created": N_("Your event is created. Invite people by link or with an attendee file."),
    "event_saved": N_("The event is saved; agendas and calendar files follow."),
    "invitation_renewed": N_("A new invitation link is ready; the old one no longer works."),
    "attendees_imported": NN_(
        "%(num)s attendee imported; invitations e-mailed: %(w)s. Give the invitation link to whoever has no e-mail address.",
        "%(num)s attendees imported; invitations e-mailed: %(w)s. Give the invitation link to those who have no e-mail address.",
    ),
    "attendees_imported_emailed": NN_(
        "%(num)s attendee imported and e-mailed their invitation.",
        "%(num)s attendees imported, each e-mailed their invitation.",
    ),
    "invitation_emailed": N_("The invitation is e-mailed to %(v)s again, with a new link."),
    "attendees_added": NN_("%(num)s attendee added.", "%(num)s attendees added."),
    "attendees_already": N_("Everyone you typed is already invited: nobody was added."),
    "status_set": N_("%(v)s: %(w)s. Only the agendas listed below changed."),
    "status_set_calm": N_("%(v)s: %(w)s. Nobody's agenda changed."),
    "checked_in": N_("%(v)s is checked in."),
    "round_started": N_("Round %(v)s has started: it will not change any more."),
    "rsvp_saved": N_("Your answer is saved."),
    "rounds_planned": NN_(
        "The rounds are planned: %(w)s rounds for %(num)s person, at up to %(x)s tables a round.",
        "The rounds are planned: %(w)s rounds for %(num)s people, at up to %(x)s tables a round.",
    ),
    "rounds_replanned_all": N_("All the rounds are re-planned."),
    "rounds_replanned": N_(
        "The rounds are re-planned from round %(v)s; the earlier ones are unchanged."
    ),
    "teams_formed": N_("The teams are formed."),
    "teams_formed_again": NN_(
        "The teams are formed again: %(num)s person has other teammates than before.",
        "The teams are formed again: %(num)s people have other teammates than before.",
    ),
    "feedback_saved": N_("Your feedback is saved; only you see it."),
    "feedback_mutual": N_(
        "You both would work together again: a collaboration is proposed. Confirm and rate it on the Collaborations page."
    ),
    "mark_saved": N_("%(v)s is saved: find them under Saved on your suggestions."),
    "mark_skipped": N_("%(v)s is skipped: they leave your suggestions (they are not told)."),
    "mark_none": N_("Your mark on %(v)s is taken off."),
    "message_sent": N_("Your message is sent."),
    "venture_started": N_(
        "The venture is started; the other person is invited and joins by accepting."
    ),
    "venture_ended": N_(
        "The venture is ended; each pair of members is asked to confirm and rate their collaboration."
    ),
}


def flash_text(t: Translator, done: str, value: str, detail: str = "", extra: str = "") -> str:
    """The message after the form ``done`` (empty for an unknown name); ``value``,
    ``detail`` and ``extra`` what it says (``%(v)s``, ``%(w)s``, ``%(x)s``).

    Examples
    --------
    >>> flash_text(translator("fr"), "attendees_added", "1"), flash_text(translator("en"), "avoid_added", "bob")
    ('1 inscription ajoutée.', 'bob is on your avoid list.')
    >>> flash_text(translator("en"), "no-such-form", "")
    ''
    """
    message = FLASHES.get(done)
    if message is None:
        return ""
    if isinstance(message, Message) and message.plural is not None:
        try:
            count = whole_number(value, "v")
        except InvalidInput:
            count = 0
        return t.message(message, count, v=value, w=detail, x=extra)
    return t.message(message, v=value, w=detail, x=extra)


def install_language(env: jinja2.Environment, t: Translator) -> None:
    """Teach the Jinja2 environment ``env`` the language of ``t``, for any templates (the
    pages, an e-mail): ``_``, ``gettext``, ``ngettext``, ``pgettext``, ``npgettext`` and
    ``{% trans %}`` (new style: placeholders ``%(name)s``, values escaped, ``%(num)s`` the
    count in the reader's locale; a ``{% trans %}`` block's msgid on one line), ``label``,
    and the filters ``date``, ``time``, ``number``, ``percent`` and ``language``.

    Examples
    --------
    >>> import datetime as dt
    >>> env = jinja2.Environment(autoescape=True)
    >>> install_language(env, translator("fr"))
    >>> env.from_string('{{ ngettext("%(num)s no-show", "%(num)s no-shows", 2) }}, {{ day | date }}').render(
    ...     day=dt.date(2026, 12, 4))
    '2 absences, 4 décembre 2026'
    """
    tr = t.translations

    def gettext(message: str, **values: Any) -> str:
        return Markup(elide(t.lang, tr.gettext(message), values)) % values

    def ngettext(singular: str, plural: str, n: float, **values: Any) -> str:
        values.setdefault("num", t.figure(n))
        count = t.plural_count(n)
        return Markup(elide(t.lang, tr.ngettext(singular, plural, count), values)) % values

    def pgettext(context: str, message: str, **values: Any) -> str:
        return Markup(elide(t.lang, tr.pgettext(context, message), values)) % values

    def npgettext(context: str, singular: str, plural: str, n: float, **values: Any) -> str:
        values.setdefault("num", t.figure(n))
        count = t.plural_count(n)
        return (
            Markup(elide(t.lang, tr.npgettext(context, singular, plural, count), values)) % values
        )

    env.add_extension("jinja2.ext.i18n")
    env.policies["ext.i18n.trimmed"] = True
    setattr(env, "newstyle_gettext", True)  # noqa: B010 - set by the i18n extension, untyped
    env.globals.update(
        _=gettext, gettext=gettext, ngettext=ngettext, pgettext=pgettext, npgettext=npgettext
    )
    env.globals["label"] = lambda family, value: label(t, family, value)
    env.globals["attendee_state"] = lambda a: attendee_state(t, a)
    env.filters["number"] = t.number
    env.filters["figure"] = t.figure
    env.globals["salary_said"] = lambda data: salary_said(t, data)
    env.filters["percent"] = t.percent
    env.filters["rounded"] = rounded
    env.filters["date"] = t.date
    env.filters["time"] = t.time
    env.filters["ago"] = t.ago
    env.filters["language"] = t.language


@cache
def environment(lang: str) -> jinja2.Environment:
    """The pages' templates in ``lang`` (see :func:`install_language`)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.do"],
    )
    install_language(env, translator(lang))
    env.globals["app_name"] = APP_NAME
    env.globals["language_names"] = LANGUAGE_NAMES
    env.globals["limits"] = FORM_LIMITS
    env.filters["bar"] = lambda x: f"{100 * float(x):.0f}"  # a CSS width, not for reading
    env.filters["urlq"] = lambda s: quote(str(s), safe="")
    env.filters["sentence"] = sentence
    env.tests["iso_date"] = _iso_date
    return env


def _iso_date(value: object) -> bool:
    """Whether ``value`` is a date an ``<input type="date">`` keeps (``YYYY-MM-DD``, a real
    day): a browser blanks any other value, so a refused one is shown as text instead.

    >>> _iso_date("2024-02-29"), _iso_date("2024-13-01"), _iso_date("31/12/2024")
    (True, False, False)
    """
    try:
        return len(str(value)) == 10 and dt.date.fromisoformat(str(value)) is not None
    except ValueError:
        return False


@cache
def templates(lang: str) -> Jinja2Templates:
    """The templates in ``lang``."""
    return Jinja2Templates(env=environment(lang))


def _lang_href(request: Request, lang: str) -> str:
    params = dict(request.query_params) | {"lang": lang}
    return f"{request.url.path}?{urlencode(params)}"


@dataclass(frozen=True, slots=True)
class Shown:
    """How a page with a form is shown: the first time (200, no errors, the values the page
    starts from) or again after a refusal (its status, the first error of each field, what
    the reader typed).

    Examples
    --------
    >>> Shown().context({"days": "14"})
    {'status': 200, 'errors': {}, 'values': {'days': '14'}}
    >>> Shown(422, {"days": "at most 90"}, {"days": "900"}).context({"days": "14"})
    {'status': 422, 'errors': {'days': 'at most 90'}, 'values': {'days': '900'}}
    """

    status: int = 200
    errors: Mapping[str, str] = field(default_factory=dict)
    values: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def refused(
        cls,
        problems: CofoundryError | Sequence[CofoundryError],
        t: Translator,
        fields: Collection[str],
        values: Mapping[str, Any] | None = None,
        words: Mapping[str, str] | None = None,
    ) -> Shown:
        """A form shown again after the domain refused it (422): each error under its field
        (one, or every field's at once: see :func:`~api.web.feedback.field_errors`), and what
        the reader typed.

        Examples
        --------
        >>> from api.web.i18n import translator
        >>> from matcher.errors import InvalidInput
        >>> exc = InvalidInput("write something", field="text")
        >>> Shown.refused(exc, translator("en"), ("text",), {"text": ""}).context()
        {'status': 422, 'errors': {'text': 'write something'}, 'values': {'text': ''}}
        >>> two = [exc, InvalidInput("a number", field="days")]
        >>> Shown.refused(two, translator("en"), ("text", "days")).errors
        {'text': 'write something', 'days': 'a number'}
        """
        listed = [problems] if isinstance(problems, CofoundryError) else list(problems)
        return cls(422, field_errors(listed, t, fields, words), values or {})

    def context(self, start: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """``status``, ``errors`` and ``values`` for :func:`render`: the values typed, or
        else ``start``."""
        return {
            "status": self.status,
            "errors": dict(self.errors),
            "values": dict(self.values or start or {}),
        }


#: A page the first time: 200, no errors, the values it starts from.
FIRST = Shown()


def render(page: Page, name: str, *, status: int = 200, **context: Any) -> Response:
    """Render template ``name`` in the page's language, with the layout's context."""
    request = page.request
    flash = flash_text(page.t, *flash_of(page))
    nav = [
        (item, page.t.gettext(item.label))
        for item in NAV
        if page.actor is not None or not item.members_only
    ]
    unread, unconfirmed = 0, ""
    if page.actor is not None and page.actor.profile_id is not None:
        unread = page.community.inbox.unread(page.actor.profile_id, actor=page.actor)
        account = page.community.accounts.store.get(page.actor.profile_id)
        unconfirmed = account.email if account is not None and not account.confirmed else ""
    response = templates(page.lang).TemplateResponse(
        request,
        name,
        {
            "page": page,
            "lang": page.lang,
            "nav": nav,
            "unread": unread,
            "unconfirmed": unconfirmed,
            "path": request.url.path,
            "other_langs": [(code, _lang_href(request, code)) for code in LANGS],
            "flash": flash,
            "errors": {},
            "values": {},
            **context,
        },
        status_code=status,
    )
    response.headers["Content-Language"] = page.lang
    return response


#: The query keys of what a message after a form says (``value``, ``detail``, ``extra`` of
#: :func:`redirect`), all signed by :func:`sign_flash`.
FLASH_VALUES = ("v", "w", "x")


def redirect(
    path: str, done: str | None = None, value: str = "", detail: str = "", extra: str = ""
) -> Response:
    """303 See Other to ``path`` (after a form), with an optional message (a :data:`FLASHES`
    name) and what it says (``value``, and ``detail`` and ``extra`` for a message that says
    two or three things); a ``#fragment`` of ``path`` stays at the end.

    Examples
    --------
    >>> redirect("/web/events/x#teams", "teams_formed").headers["location"]
    '/web/events/x?done=teams_formed#teams'
    """
    path, hash_, fragment = path.partition("#")
    if done:
        sep = "&" if "?" in path else "?"
        path += f"{sep}done={quote(done)}" + (f"&v={quote(value)}" if value else "")
        path += f"&w={quote(detail)}" if detail else ""
        path += f"&x={quote(extra)}" if extra else ""
    return RedirectResponse(path + hash_ + fragment, status_code=303)


def flash_of(page: Page) -> tuple[str, str, str, str]:
    """The message this page's address names after a form: ``(done, value, detail, extra)``.
    What it says is shown only when the address is signed for this browser (``s=``,
    :func:`~matcher.security.signed_note` over its CSRF cookie, added by :func:`sign_flash`):
    a link written by anyone else shows no message at all, so nobody can make the site say
    their words. A message without values is a fixed sentence of :data:`FLASHES`."""
    query = page.request.query_params
    done, *said = (query.get(k, "") for k in ("done", *FLASH_VALUES))
    if not any(said):
        return done, "", "", ""
    if signed_note(page.csrf, query.get("s", ""), done, *said):
        return done, said[0], said[1], said[2]
    return "", "", "", ""


def sign_flash(request: Request, response: Response) -> None:
    """Sign the message a redirect to this site names (``done=`` with a value: :func:`redirect`)
    for the browser it answers (its CSRF cookie after this response: a sign-in renews it), so
    that :func:`flash_of` shows it there and nowhere else."""
    page = getattr(request.state, "web_page", None)
    location = response.headers.get("location", "")
    if page is None or response.status_code != 303 or not location.startswith("/"):
        return
    if location.startswith("//"):
        return
    path, hash_, fragment = location.partition("#")
    query = parse_qs(urlsplit(path).query)
    done, *said = (query.get(k, [""])[-1] for k in ("done", *FLASH_VALUES))
    if done and any(said) and "s" not in query:
        signature = note_signature(page.csrf, done, *said)
        response.headers["location"] = f"{path}&s={signature}{hash_}{fragment}"


#: What the pages tell the browser to keep of them: nothing (see :class:`WebRoute`).
NO_STORE = "no-store"


class WebRoute(APIRoute):
    """A route that answers in HTML: domain errors become a page in the user's language
    (sign-in for the signed out), and queued cookies go onto every response. Every answer
    is ``Cache-Control: no-store`` (:data:`NO_STORE`) unless the route set its own: a page
    shows a member's data and carries their CSRF value, so the browser keeps no copy that
    Back would show after signing out."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                response = await handler(request)
            except NoProfileYet as exc:
                # mine: not an error, the way to the profile form (this page next); someone
                # else's (an admin asking): an error page
                response = _profile_form_first(request) if exc.own else _error_page(request, exc)
            except NotAuthenticated:
                here = request.url.path
                if request.method == "GET" and request.url.query:
                    here += "?" + request.url.query
                response = redirect(f"/web/signin?next={quote(here)}")
            except CofoundryError as exc:
                response = _error_page(request, exc)
            sign_flash(request, response)
            kept_lang(request, response)
            response.headers.setdefault("Cache-Control", NO_STORE)
            return apply_cookies(request, response)

        return route


def _profile_form_first(request: Request) -> Response:
    """The page that tells a member with no profile yet to write it, this page next."""
    page = getattr(request.state, "web_page", None) or get_page(request)
    here = request.url.path if request.method == "GET" else ""
    form = f"{NoProfileYet.page}?{urlencode({'next': here})}" if here else NoProfileYet.page
    return render(page, "no_profile.html", create=with_lang(form, page.lang))


def _error_page(request: Request, exc: CofoundryError) -> Response:
    """A domain error as a page in the reader's language, with its HTTP status."""
    page = getattr(request.state, "web_page", None) or get_page(request)
    status = next(code for cls, code in STATUS if isinstance(exc, cls))
    return render(
        page,
        "error.html",
        status=status,
        message=error_message(exc, page.t),
        status_code=status,
        title=page.t.message(ERROR_TITLES.get(status, _WENT_WRONG)),
        back=came_from(request),
        back_words=page.t.gettext("Back to the previous page"),
    )


def sentence(message: object) -> str:
    """A message as a sentence on a page: its first letter a capital (the service's messages
    start in lower case, and tests match them so); markup stays markup.

    Examples
    --------
    >>> sentence("no profile 'zz'; check the id"), sentence("«\xa0x\xa0» est pris"), sentence("")
    ("No profile 'zz'; check the id", '«\xa0x\xa0» est pris', '')
    """
    text = message if isinstance(message, str) else str(message)
    shown = text[:1].upper() + text[1:]
    return Markup(shown) if isinstance(message, Markup) else shown


def kept_lang(request: Request, response: Response) -> None:
    """A form sent with ``?lang=`` (from a page read in that language by its query string)
    leads to a page of this site in that language too: its redirect keeps ``lang=``."""
    lang = request.query_params.get("lang")
    location = response.headers.get("location", "")
    if (
        request.method == "POST"
        and response.status_code == 303
        and lang in LANGS
        and location.startswith("/")
        and not location.startswith("//")
    ):
        response.headers["location"] = with_lang(location, lang)


def page_router(prefix: str = "/web") -> APIRouter:
    """A router of web pages under ``prefix``: every route answers through :class:`WebRoute`,
    and the pages stay out of the OpenAPI schema (they are not the API).

    Examples
    --------
    >>> router = page_router("/web/events")
    >>> router.prefix, router.route_class is WebRoute, router.include_in_schema
    ('/web/events', True, False)
    """
    return APIRouter(prefix=prefix, route_class=WebRoute, include_in_schema=False)


#: An error page's title by its status: what happened, not "Something went wrong" for a
#: mistyped address or a refusal (:data:`_WENT_WRONG` for the rest).
ERROR_TITLES: dict[int, Message] = {
    400: NC_("error page", "This could not be done"),
    401: NC_("error page", "Sign in first"),
    403: NC_("error page", "Not allowed"),
    404: NC_("error page", "Not found"),
    409: NC_("error page", "This could not be done"),
    413: NC_("error page", "Too large"),
    422: NC_("error page", "This could not be done"),
    429: NC_("error page", "Too many tries: wait a moment"),
}
_WENT_WRONG = NC_("error page", "Something went wrong")


def came_from(request: Request) -> str:
    """The page of this site the browser came from (its ``Referer``), as a path to link back
    to; empty when it came from elsewhere, from nowhere, or from this very address."""
    referer = urlsplit(request.headers.get("referer", ""))
    if referer.netloc != request.url.netloc:
        return ""
    back = safe_next(referer.path + (f"?{referer.query}" if referer.query else ""), "")
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return "" if back == here else back


def not_found_page(request: Request) -> Response:
    """The page for an address under ``/web`` that is no page (a mistyped or old link): in
    the reader's language, with a way back, instead of the API's JSON 404 (static files
    keep it; :func:`api.web.install` has the example)."""
    page = get_page(request)
    message = page.t.gettext("There is no page at this address: check it, or go back to the start.")
    title = page.t.message(ERROR_TITLES[404])
    response = render(page, "error.html", status=404, message=message, title=title)
    return apply_cookies(request, response)


def too_large_page(request: Request, limit: int) -> Response:
    """The page for a form whose body is over ``limit`` bytes (413): in the reader's language,
    with the limit, what to do, and a link back to the form it came from (when that page is
    one of ours), instead of the API's JSON (:func:`api.web.install` has the example).
    """
    page = get_page(request)
    referer = urlsplit(request.headers.get("referer", ""))
    back = ""
    if referer.netloc == request.url.netloc:
        back = safe_next(referer.path + (f"?{referer.query}" if referer.query else ""), "")
    message = page.t.gettext(
        "What you sent is over %(size)s, the most a form may send: choose a smaller file"
        " (a long list can be split in two) and send it again.",
        size=page.t.megabytes(limit),
    )
    title = page.t.message(ERROR_TITLES[413])
    response = render(page, "error.html", status=413, message=message, back=back, title=title)
    return apply_cookies(request, response)
