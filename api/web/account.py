"""Account pages: one-time sign-in links, password reset, signing out, the account page
(sessions, API tokens, e-mail choices, sign out everywhere), the inbox, and the unsubscribe
links of e-mails.

A link in an e-mail opens a page with a button; only the button's POST uses the link, so a
mail scanner that fetches every link cannot spend it. Asking for a link answers the same
page whether or not the address has an account.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from urllib.parse import quote

from starlette.responses import Response

from api.deps import CommunityDep, client_address
from api.schemas_privacy import ExportPublic
from api.web.context import (
    Form,
    FormDep,
    Page,
    PageDep,
    SignedInPageDep,
    end_session,
    new_session,
    safe_next,
    session_label,
    session_secret,
)
from api.web.feedback import error_message, field_errors
from api.web.i18n import N_
from api.web.limits import wait_words
from api.web.once import SHOWN_ONCE, created_once, new_key
from api.web.render import FIRST, Shown, page_router, redirect, render
from matcher.accounts import INVITE_DAYS, LinkPurpose, invitation_terms_errors
from matcher.community import Community
from matcher.errors import (
    CofoundryError,
    Conflict,
    InvalidInput,
    NotAllowed,
    NotAuthenticated,
    Throttled,
)
from matcher.inbox import KINDS, InboxItem
from matcher.mail import check_address
from matcher.notices import NoticeKind
from matcher.privacy import PSEUDONYM_PREFIX
from matcher.security import token_hash

__all__ = ["router", "target_of"]

router = page_router()


# ------------------------------------------------------------ one-time links
def _ask_page(
    page: Page,
    purpose: LinkPurpose,
    *,
    status: int = 200,
    error: str = "",
    shown: Shown | None = None,
) -> Response:
    """The form asking for a link; ``shown``: the address refused beside its field."""
    if shown is not None:
        return render(page, "link_ask.html", **shown.context(), purpose=purpose.value)
    return render(
        page,
        "link_ask.html",
        status=status,
        purpose=purpose.value,
        errors={"": error} if error else {},
        values={"email": page.request.query_params.get("email", "")[:254]},
    )


def _link_refused(page: Page, purpose: LinkPurpose, message: str) -> Response:
    """A link that does not work (used, expired or replaced): ask for a new one, saying why."""
    return render(
        page, "link_ask.html", status=401, purpose=purpose.value, errors={"": message}, values={}
    )


def _ask(page: Page, form: FormDep, community: CommunityDep, purpose: LinkPurpose) -> Response:
    """E-mail the link; an empty field or one that is no address is said beside the field
    (it tells nothing of accounts), and the page that follows names the address the link
    goes to, so that a typo shows."""
    try:
        address = check_address(form["email"])
    except InvalidInput as exc:
        shown = Shown.refused(exc, page.t, ("email",), {"email": form["email"]})
        return _ask_page(page, purpose, shown=shown)
    try:
        community.accounts.request_link(address, purpose, client=client_address(page.request))
    except Throttled as exc:
        error = page.t.gettext(
            "Too many links asked. Try again %(wait)s; meanwhile, use the last link you received.",
            wait=wait_words(exc.retry_after, page.t),
        )
        response = _ask_page(page, purpose, status=429, error=error)
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    return render(page, "link_sent.html", status=202, purpose=purpose.value, address=address)


@router.get("/link")
def link_page(page: PageDep) -> Response:
    """Ask for a sign-in link; opened from the e-mail (``?code=``), the button that uses it."""
    code = page.request.query_params.get("code", "")
    if code:
        return render(page, "link_use.html", code=code[:100])
    return _ask_page(page, LinkPurpose.SIGNIN)


@router.post("/link")
def link_ask(page: PageDep, form: FormDep, community: CommunityDep) -> Response:
    """E-mail a sign-in link (the same answer whether or not the address has an account)."""
    return _ask(page, form, community, LinkPurpose.SIGNIN)


@router.post("/link/use")
def link_use(page: PageDep, form: FormDep, community: CommunityDep) -> Response:
    """Use the link (once): a new session in this browser."""
    try:
        _, secret = community.accounts.sign_in_with_link(
            form["code"], label=session_label(page.request)
        )
    except NotAuthenticated as exc:
        return _link_refused(page, LinkPurpose.SIGNIN, error_message(exc, page.t))
    new_session(page, secret)
    return redirect("/web/inbox", "signed_in")


@router.get("/reset")
def reset_page(page: PageDep) -> Response:
    """Ask for a password-reset link."""
    return _ask_page(page, LinkPurpose.RESET)


@router.post("/reset")
def reset_ask(page: PageDep, form: FormDep, community: CommunityDep) -> Response:
    """E-mail a reset link (the same answer whether or not the address has an account)."""
    return _ask(page, form, community, LinkPurpose.RESET)


@router.get("/reset/new")
def reset_new_page(page: PageDep, community: CommunityDep) -> Response:
    """Choose a new password (from the link in the e-mail)."""
    code = page.request.query_params.get("code", "")[:100]
    if not community.accounts.check_link(code, LinkPurpose.RESET):
        message = page.t.gettext(
            "This link does not work: it was used already, has expired, or was replaced by a newer one. Ask for a new link."
        )
        return _link_refused(page, LinkPurpose.RESET, message)
    return render(page, "reset_new.html", code=code)


@router.post("/reset/new")
def reset_new(page: PageDep, form: FormDep, community: CommunityDep) -> Response:
    """Set the new password: every other session ends; this browser is signed in."""
    try:
        _, secret = community.accounts.reset_password(
            form["code"],
            form.raw("password"),
            label=session_label(page.request),
        )
    except NotAuthenticated as exc:
        return _link_refused(page, LinkPurpose.RESET, error_message(exc, page.t))
    except CofoundryError as exc:
        errors = field_errors([exc], page.t, ("password",))
        return render(page, "reset_new.html", status=422, code=form["code"], errors=errors)
    new_session(page, secret)
    return redirect("/web/account", "password_reset")


# ------------------------------------------------------------------ account
def _account_page(
    page: Page, community: Community, shown: Shown = FIRST, *, new_token: str = ""
) -> Response:
    member, actor = page.member_id, page.actor
    cookie = session_secret(page)
    return render(
        page,
        "account.html",
        **shown.context({"days": str(INVITE_DAYS)}),
        token_once=new_key(),
        invitation_once=new_key(),
        account=community.accounts.store.get(member),
        pending_email=community.accounts.store.pending(
            member, LinkPurpose.CHANGE_EMAIL, community.accounts.clock()
        ),
        sessions=community.accounts.sessions(member, actor=actor),
        this_session=token_hash(cookie)[:12] if cookie else "",
        tokens=community.security.tokens(member, actor=actor),
        new_token=new_token,
        choices=community.inbox.email_choices(member, actor=actor),
        kinds=KINDS,
        invitations=community.accounts.invitations(member, actor=actor),
        has_profile=community.profiles.store.get_profile(member) is not None,
        now=community.accounts.clock(),
        recent_minutes=community.accounts.settings.recent_minutes,
        join_url=page.request.app.state.settings.site_address(str(page.request.base_url))
        + "/web/join/",
    )


@router.get("/account")
def account(page: SignedInPageDep, community: CommunityDep) -> Response:
    """My account: sessions, API tokens, which notices come by e-mail."""
    return _account_page(page, community)


def _revoker(
    end: Callable[[Community], Callable[..., object]], back: str, notice: str, doc: str
) -> Callable[..., Response]:
    """The handler of a revoke button: ``end(community)(member, item_id, actor=...)``, then
    back to ``back`` with ``notice``."""

    def revoke(
        item_id: str, page: SignedInPageDep, form: FormDep, community: CommunityDep
    ) -> Response:
        end(community)(page.member_id, item_id, actor=page.actor)
        return redirect(back, notice)

    revoke.__doc__ = doc
    return revoke


#: the account page's revoke buttons: path, what ends, where the page goes back, the notice
for _path, _end, _back, _notice, _doc in (
    (
        "/account/sessions/{item_id}/end",
        lambda c: c.accounts.revoke_session,
        "/web/account",
        "session_ended",
        "End one session (another device's, or this one).",
    ),
    (
        "/account/tokens/{item_id}/revoke",
        lambda c: c.security.revoke_token,
        "/web/account",
        "token_revoked",
        "Revoke a token: refused from the next request on.",
    ),
    (
        "/account/invitations/{item_id}/revoke",
        lambda c: c.accounts.revoke_invitation,
        "/web/account#invitations",
        "invitation_revoked",
        "Revoke an invitation: its link stops working at once.",
    ),
):
    router.post(_path)(_revoker(_end, _back, _notice, _doc))


@router.get("/confirm")
def confirm_email(page: SignedInPageDep, community: CommunityDep) -> Response:
    """The link of a confirmation e-mail: confirms the signed-in account's address (signed
    out, the sign-in page comes first and brings the member back here)."""
    code = page.request.query_params.get("code", "")[:100]
    try:
        account = community.accounts.confirm(page.member_id, code, actor=page.actor)
    except (NotAuthenticated, Throttled) as exc:  # another account's, used, expired
        message = error_message(exc, page.t)
        return render(page, "error.html", status=400, message=message, status_code=400)
    return redirect("/web/account", "email_confirmed", account.email)


#: The address form's own sentences (a sign-up's "an account has this address" would mislead)
_ADDRESS_WORDS = {
    "Conflict.email": N_("“%(value)s” is already your address: give another one."),
    "Throttled.email": N_(
        "Too many links were sent to “%(value)s” lately: use the last one, or try again later."
    ),
    "InvalidInput.password": N_(
        "Type your current password: it shows that the change comes from you."
    ),
    "NotAuthenticated.password": N_(
        "This is not your current password. Forgot it? Sign out and ask for a reset link."
    ),
    "Throttled.password": N_(
        "Too many wrong passwords: wait a few minutes. Forgot it? Sign out and ask for a reset link."
    ),
    "NotAllowed.password": N_(
        "This account has no password: sign out, sign in again with a link sent by e-mail, then do it right away; or choose a password with a reset link."
    ),
}
_TAKEN_WORDS = {
    "Conflict.email": N_(
        "Another account has confirmed “%(value)s” meanwhile: give another address."
    )
}


@router.post("/account/address")
def address_change(page: SignedInPageDep, form: FormDep, community: CommunityDep) -> Response:
    """Ask to move the account to another address: a link goes there (refused beside the
    field: not an address, or the current one; too many: the error page with the wait)."""
    try:
        new = community.accounts.request_email_change(
            page.member_id,
            form["email"],
            actor=page.actor,
            password=form.raw("password"),
            session=session_secret(page),
        )
    except (InvalidInput, Conflict, Throttled, NotAuthenticated, NotAllowed) as exc:
        typed = {"email": form["email"]}  # never the password
        shown = Shown.refused(exc, page.t, ("email", "password"), typed, _ADDRESS_WORDS)
        status = {Throttled: 429, Conflict: 409, NotAuthenticated: 401, NotAllowed: 403}
        if type(exc) in status:
            shown = Shown(status[type(exc)], shown.errors, shown.values)
        return _account_page(page, community, shown)
    return redirect("/web/account#address", "address_change_sent", new)


@router.get("/account/address/confirm")
def address_confirm(page: SignedInPageDep, community: CommunityDep) -> Response:
    """The link mailed to the new address: moves the signed-in account there (signed out,
    the sign-in page comes first and brings the member back here)."""
    code = page.request.query_params.get("code", "")[:100]
    try:
        account = community.accounts.confirm_email_change(page.member_id, code, actor=page.actor)
    except (NotAuthenticated, Conflict) as exc:  # another account's, used, expired, taken
        status = 409 if isinstance(exc, Conflict) else 400
        message = error_message(exc, page.t, _TAKEN_WORDS)
        return render(page, "error.html", status=status, message=message, status_code=status)
    return redirect("/web/account#address", "address_changed", account.email)


@router.get("/account/address/revert")
def address_revert_page(page: PageDep) -> Response:
    """The link mailed to the address an account left: a button that gives it back (a GET
    changes nothing: mail scanners open links)."""
    code = page.request.query_params.get("code", "")[:100]
    return render(page, "address_revert.html", code=code)


@router.post("/account/address/revert")
def address_revert(page: PageDep, form: FormDep, community: CommunityDep) -> Response:
    """Give the account back to the address it left: every session ends (this browser's
    too) and the password is forgotten; a reset link to that address chooses a new one."""
    try:
        community.accounts.revert_email_change(form.raw("code").strip())
    except (NotAuthenticated, Conflict) as exc:
        status = 409 if isinstance(exc, Conflict) else 400
        message = error_message(exc, page.t)
        return render(page, "error.html", status=status, message=message, status_code=status)
    end_session(page)
    return redirect("/web/reset", "address_reverted")


@router.post("/confirm/resend")
def confirm_resend(page: SignedInPageDep, form: FormDep, community: CommunityDep) -> Response:
    """Send the signed-in member's unconfirmed address a new confirmation link."""
    account = community.accounts.resend_confirmation(page.member_id, actor=page.actor)
    return redirect(safe_next(form["next"], "/web/account"), "confirm_sent", account.email)


@router.post("/signout")
def signout(page: PageDep, form: FormDep, community: CommunityDep) -> Response:
    """End this browser's session."""
    community.accounts.sign_out(session_secret(page))
    end_session(page)
    return redirect("/web/signin", "signed_out")


@router.post("/account/signout-everywhere")
def signout_everywhere(page: SignedInPageDep, form: FormDep, community: CommunityDep) -> Response:
    """End every session, this one too."""
    community.accounts.sign_out_everywhere(page.member_id, actor=page.actor)
    end_session(page)
    return redirect("/web/signin", "signed_out_everywhere")


@router.post("/account/tokens")
def create_token(page: SignedInPageDep, form: FormDep, community: CommunityDep) -> Response:
    """A new API token for my scripts, shown once on the page, once the current password
    (or a recent sign-in with a link) shows the member asks (:meth:`~matcher.accounts.AccountService.own_token`).
    The form sent twice makes one token, and shows it to both sendings
    (:func:`api.web.once.created_once`)."""
    make = partial(_create_token, page, form, community)
    return created_once(
        page.request, page.member_id, form, make, recheck=partial(_token_gone, page, community)
    )


#: Where a token's page says which token it shows: ``Content-Location`` of the account page
#: with the token's public id (its row in the list of tokens).
_TOKEN_SHOWN = "/web/account#token-"


def _token_gone(page: Page, community: Community, location: str) -> Response | None:
    """None while the token the stored page shows still works; else the account page, which
    says it no longer works (the page is not shown again as if it did)."""
    token_id = location.removeprefix(_TOKEN_SHOWN)
    if community.security.token_works(page.member_id, token_id, actor=page.actor):
        return None
    return redirect("/web/account#tokens", "token_gone")


def _create_token(page: Page, form: Form, community: Community) -> Response:
    # too many: the error page with when to try again (WebRoute, as for every refusal)
    try:
        token = community.accounts.own_token(
            page.member_id,
            label=form["label"],
            actor=page.actor,
            password=form.raw("token_password"),
            session=session_secret(page),
        )
    except (InvalidInput, NotAuthenticated, NotAllowed, Throttled) as exc:
        if exc.field != "password":
            raise
        errors = field_errors([exc], page.t, ("password",), _ADDRESS_WORDS)
        status = {Throttled: 429, NotAuthenticated: 401, NotAllowed: 403}.get(type(exc), 422)
        return _account_page(page, community, Shown(status, {"token_password": errors["password"]}))
    answer = _account_page(page, community, Shown(SHOWN_ONCE), new_token=token)
    answer.headers["content-location"] = _TOKEN_SHOWN + community.security.token_info(token).id
    return answer


@router.post("/account/invitations")
def create_invitation(page: SignedInPageDep, form: FormDep, community: CommunityDep) -> Response:
    """A sign-up invitation link to share (how long it works, how many may use it); both
    terms wrong are told at once, each beside its field. The form sent twice makes one link
    (:func:`api.web.once.created_once`)."""
    make = partial(_create_invitation, page, form, community)
    return created_once(page.request, page.member_id, form, make)


def _create_invitation(page: Page, form: Form, community: Community) -> Response:
    problems = invitation_terms_errors(form["days"], form["uses"] or None)
    if problems:
        shown = Shown.refused(problems, page.t, ("days", "uses"), form.values())
        return _account_page(page, community, shown)
    try:
        community.accounts.invite(
            page.member_id,
            days=form["days"],
            uses=form["uses"] or None,
            label=form["label"],
            actor=page.actor,
        )
    except InvalidInput as exc:
        shown = Shown.refused(exc, page.t, ("days", "uses"), form.values())
        return _account_page(page, community, shown)
    return redirect("/web/account#invitations", "invitation_made")


@router.post("/account/claim")
def claim_profile(page: SignedInPageDep, form: FormDep, community: CommunityDep) -> Response:
    """Link a profile made through the API to this account by pasting its token."""
    try:
        community.accounts.claim(
            page.member_id,
            form.raw("token").strip(),
            actor=page.actor,
            client=client_address(page.request),
        )
    except Throttled:  # the error page with when to try again (WebRoute)
        raise
    except CofoundryError as exc:
        status = 409 if isinstance(exc, Conflict) else 422
        # the token field, or the claim's heading when the form is not shown (an account
        # with a profile, a session from an API token): never a refusal without its words
        errors = {"token": error_message(exc, page.t)}
        return _account_page(page, community, Shown(status, errors))
    return redirect("/web/profile", "profile_claimed")


@router.get("/account/export")
def export_data(page: SignedInPageDep, community: CommunityDep) -> Response:
    """All my data as one JSON file to download: the API's ``GET /me/export``, from the page
    (reading changes nothing; an account without a profile gets its account, inbox and
    e-mails, with ``profile`` null)."""
    found = community.privacy.export(page.member_id, actor=page.actor)
    return Response(
        ExportPublic.of(found).model_dump_json(indent=1),
        media_type="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="cofoundry-{page.member_id}.json"',
            "Cache-Control": "no-store",
        },
    )


@router.post("/account/erase")
def erase_account(page: SignedInPageDep, form: FormDep, community: CommunityDep) -> Response:
    """Erase my account and everything about me (profile or not); this browser is signed
    out. The box must be ticked."""
    if form["confirm"] != "yes":
        message = page.t.gettext("Tick the box to confirm: erasing cannot be undone.")
        return _account_page(page, community, Shown(422, {"confirm": message}))
    proof = {"password": form.raw("erase_password"), "session": session_secret(page)}
    try:
        community.privacy.erase(page.member_id, actor=page.actor, proof=proof)
    except (InvalidInput, NotAuthenticated, NotAllowed, Throttled) as exc:
        errors = field_errors([exc], page.t, ("password",), _ADDRESS_WORDS)
        status = {Throttled: 429, NotAuthenticated: 401, NotAllowed: 403}.get(type(exc), 422)
        return _account_page(page, community, Shown(status, {"erase_password": errors["password"]}))
    end_session(page)
    return redirect("/web", "account_erased")


@router.post("/account/email")
def email_choices(page: SignedInPageDep, form: FormDep, community: CommunityDep) -> Response:
    """Which notices also come by e-mail (a box per kind; unticked: inbox only)."""
    wanted = set(form.getlist("email"))
    for kind in KINDS:
        community.inbox.choose_email(
            page.member_id, kind.value, kind.value in wanted, actor=page.actor
        )
    return redirect("/web/account#email", "email_saved")


# -------------------------------------------------------------- unsubscribe
@router.get("/unsubscribe/{token}")
def unsubscribe_page(token: str, page: PageDep, community: CommunityDep) -> Response:
    """The link in an e-mail: which e-mails it stops, and the button that does it (a GET
    changes nothing: mail scanners open links)."""
    _, kind = community.inbox.unsubscribe_target(token)
    return render(page, "unsubscribe.html", token=token, kind=kind.value, done=False)


@router.post("/unsubscribe/{token}")
def unsubscribe(token: str, page: PageDep, community: CommunityDep) -> Response:
    """Stop the e-mails of the token's kind. No sign-in and no CSRF field: the signed token
    is the proof, and a mail client's one-click button (RFC 8058) posts here with only
    ``List-Unsubscribe=One-Click``."""
    _, kind = community.inbox.unsubscribe(token)
    return render(page, "unsubscribe.html", token=token, kind=kind.value, done=True)


@router.get("/stop/{token}")
def stop_address_page(token: str, page: PageDep, community: CommunityDep) -> Response:
    """The link in a letter to an address nobody proved (an organiser's invitation): what
    it stops, and the button that does it (a GET changes nothing)."""
    address = community.inbox.unsubscribe_address_target(token)
    return render(page, "stop.html", token=token, address=address, done=False)


@router.post("/stop/{token}")
def stop_address(token: str, page: PageDep, community: CommunityDep) -> Response:
    """Stop every letter nobody asked for to the token's address, from anyone. No sign-in
    and no CSRF field, as for an unsubscribe link (RFC 8058's one-click POST too)."""
    address = community.inbox.unsubscribe_address(token)
    return render(page, "stop.html", token=token, address=address, done=True)


# -------------------------------------------------------------------- inbox
def target_of(item: InboxItem) -> str:
    """The page an inbox item opens.

    Examples
    --------
    >>> target_of(InboxItem("i", "bob", NoticeKind.EVENT_INVITE, {"event": "night"}))
    '/web/events/night'
    >>> target_of(InboxItem("i", "bob", NoticeKind.FEEDBACK_DUE, {"intro": "int_1"}))
    '/web/introductions'
    """
    if item.kind == NoticeKind.VENTURE_INVITE:
        return "/web/ventures"  # the invitations are answered there, the venture is not seen
    if item.kind == NoticeKind.LEDGER_APPROVAL and item.data.get("venture"):
        entry = item.data.get("entry", "")
        anchor = f"#entry-{entry}" if entry.isdigit() else ""
        return f"/web/ventures/{quote(item.data['venture'], safe='')}{anchor}"
    if item.kind in (NoticeKind.VENTURE_PROPOSAL, NoticeKind.PROPOSAL_ANSWER) and item.data.get(
        "venture"
    ):
        return f"/web/ventures/{quote(item.data['venture'], safe='')}#proposals"
    if item.kind == NoticeKind.EVENT_INVITE and item.data.get("event"):
        return f"/web/events/{item.data['event']}"
    if item.kind == NoticeKind.MESSAGE and item.data.get("thread"):
        return f"/web/messages/{item.data['thread']}#latest"
    return "/web/introductions"


@router.get("/inbox")
def inbox(page: SignedInPageDep, community: CommunityDep) -> Response:
    """Everything I was told, newest first, unread ones marked."""
    items = community.inbox.items(page.member_id, actor=page.actor, limit=100)
    # an item about someone who erased their account names them by a pseudonym
    return render(page, "inbox.html", items=items, former=PSEUDONYM_PREFIX)


@router.post("/inbox/read")
def inbox_read_all(page: SignedInPageDep, form: FormDep, community: CommunityDep) -> Response:
    """Mark everything read."""
    community.inbox.mark_read(page.member_id, None, actor=page.actor)
    return redirect("/web/inbox", "inbox_read")


@router.post("/inbox/{item_id}/open")
def inbox_open(
    item_id: str, page: SignedInPageDep, form: FormDep, community: CommunityDep
) -> Response:
    """Mark an item read and open what it is about."""
    item = community.inbox.open(page.member_id, item_id, actor=page.actor)
    return redirect(target_of(item))
