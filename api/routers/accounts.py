"""Accounts for scripts and other clients: sign up, sign in (an API token), one-time links,
password reset; the signed-in member's sessions, tokens, inbox and e-mail choices.

Browsers use the web pages (:mod:`api.web.account`), which keep a session in a cookie.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from api.deps import ClientDep, CommunityDep, MemberDep, own_id
from api.idempotency import CREATES, belongs_to
from api.inputs import Digits
from api.schemas import ERROR_RESPONSES, TokenCreated
from api.schemas_accounts import (
    AccountCreate,
    AccountPublic,
    EmailChange,
    EmailChangePending,
    EmailChoice,
    EmailChoices,
    EmailConfirm,
    InboxCount,
    InboxItemPublic,
    InvitationCreate,
    InvitationPublic,
    LinkRequest,
    LinkSent,
    OwnTokenCreate,
    OwnTokenCreated,
    PasswordReset,
    ProfileClaim,
    SessionPublic,
    SignedIn,
    SignedOut,
    SignIn,
    TokenPublic,
)
from matcher.accounts import LinkPurpose

__all__ = ["accounts", "me"]

accounts = APIRouter(prefix="/accounts", tags=["accounts"], responses=ERROR_RESPONSES)
me = APIRouter(prefix="/me", tags=["me"], responses=ERROR_RESPONSES)


@accounts.post("", response_model=AccountPublic, **CREATES)
def sign_up(
    body: AccountCreate, community: CommunityDep, client: ClientDep, request: Request
) -> AccountPublic:
    """Sign up: an account whose id (picked from the name) is the id its profile will have,
    its address unconfirmed (``confirmed: false``) until the link e-mailed to it is used
    (``POST /me/confirm``). The same answer whether or not the address has an account (its
    owner is told by e-mail instead). Throttled per client address (429)."""
    account = community.accounts.sign_up(
        body.name,
        body.email,
        body.password,
        lang=body.lang,
        client=client,
        invitation=body.invitation,
    )
    belongs_to(request, account.id)
    return AccountPublic.of(account)


@accounts.post("/signin", response_model=SignedIn, **CREATES)
def sign_in(body: SignIn, community: CommunityDep, client: ClientDep, request: Request) -> SignedIn:
    """E-mail and password: a new API token for a script (shown once). The same 401 for an
    unknown address and a wrong password; throttled per address and per account (429)."""
    account, token = community.accounts.sign_in_token(
        body.email, body.password, client=client, label=body.label
    )
    belongs_to(request, account.id)
    return SignedIn(member=account.id, token=token)


@accounts.post("/link", status_code=202, response_model=LinkSent)
def request_link(body: LinkRequest, community: CommunityDep, client: ClientDep) -> LinkSent:
    """E-mail a one-time sign-in or reset link. The same 202 whether or not the address has
    an account (nobody learns who is a member); throttled per client and per address."""
    community.accounts.request_link(body.email, LinkPurpose(body.purpose), client=client)
    return LinkSent()


@accounts.post("/reset", response_model=SignedIn)
def reset_password(body: PasswordReset, community: CommunityDep) -> SignedIn:
    """Set a new password with the code of a reset link (once). Every session ends; the
    answer holds a new API token."""
    account, session = community.accounts.reset_password(body.code, body.password, label="api")
    community.accounts.sign_out(session)
    token = community.security.create_token(account.id, label="after reset")
    return SignedIn(member=account.id, token=token)


# ------------------------------------------------------------------- /me
@me.get("/account", response_model=AccountPublic)
def my_account(community: CommunityDep, actor: MemberDep) -> AccountPublic:
    """My account."""
    return AccountPublic.of(community.accounts.get(own_id(actor), actor=actor))


@me.post("/confirm", response_model=AccountPublic)
def confirm_email(body: EmailConfirm, community: CommunityDep, actor: MemberDep) -> AccountPublic:
    """Confirm my address with the code of the link e-mailed to it (once; another account's
    link is refused): from then on e-mails come to it."""
    return AccountPublic.of(community.accounts.confirm(own_id(actor), body.code, actor=actor))


@me.post("/confirm/resend", status_code=202, response_model=AccountPublic)
def resend_confirmation(community: CommunityDep, actor: MemberDep) -> AccountPublic:
    """E-mail my unconfirmed address a new confirmation link (the earlier one stops
    working); throttled per address (429), 409 once confirmed."""
    account = community.accounts.resend_confirmation(own_id(actor), actor=actor)
    return AccountPublic.of(account)


@me.get("/email", response_model=EmailChangePending)
def my_email(community: CommunityDep, actor: MemberDep) -> EmailChangePending:
    """My address, and the one I asked to move to while its link works."""
    account = community.accounts.get(own_id(actor), actor=actor)
    pending = community.accounts.pending_email(account.id, actor=actor)
    return EmailChangePending(email=account.email, pending_email=pending)


@me.post("/email", status_code=202, response_model=EmailChangePending)
def change_email(
    body: EmailChange, community: CommunityDep, actor: MemberDep
) -> EmailChangePending:
    """Ask to move my account to another address: a link is e-mailed there; until it is used
    (``POST /me/email/confirm``) my address stays the same. The same answer whoever holds
    the address (422 not an address, or no ``password``; 401 a wrong password; 403 an
    account without one; 409 my own; 429 too many links to it, or wrong passwords)."""
    member = own_id(actor)
    pending = community.accounts.request_email_change(
        member, body.email, actor=actor, password=body.password
    )
    account = community.accounts.get(member, actor=actor)
    return EmailChangePending(email=account.email, pending_email=pending)


@me.post("/email/confirm", response_model=AccountPublic)
def confirm_email_change(
    body: EmailConfirm, community: CommunityDep, actor: MemberDep
) -> AccountPublic:
    """Move my account to the new address with the code of the link e-mailed there (once;
    401 another account's, used or expired; 409 confirmed by another account meanwhile).
    The old address is told, with a link that gives the account back to it."""
    member = own_id(actor)
    return AccountPublic.of(community.accounts.confirm_email_change(member, body.code, actor=actor))


@me.get("/sessions", response_model=list[SessionPublic])
def my_sessions(community: CommunityDep, actor: MemberDep) -> list[SessionPublic]:
    """My open browser sessions."""
    return [SessionPublic.of(s) for s in community.accounts.sessions(own_id(actor), actor=actor)]


@me.delete("/sessions/{session_id}", status_code=204)
def end_session(session_id: str, community: CommunityDep, actor: MemberDep) -> Response:
    """End one of my sessions."""
    community.accounts.revoke_session(own_id(actor), session_id, actor=actor)
    return Response(status_code=204)


@me.post("/signout-everywhere", response_model=SignedOut)
def sign_out_everywhere(community: CommunityDep, actor: MemberDep) -> SignedOut:
    """End every browser session of mine (API tokens are revoked one by one)."""
    ended = community.accounts.sign_out_everywhere(own_id(actor), actor=actor)
    return SignedOut(sessions_ended=ended)


@me.post("/claim", response_model=AccountPublic)
def claim_profile(
    body: ProfileClaim, community: CommunityDep, actor: MemberDep, client: ClientDep
) -> AccountPublic:
    """Link a profile made through the API to my account (which has none yet) by proving
    its token: my account takes the profile's id. A refused token counts like a bad bearer
    token."""
    account = community.accounts.claim(own_id(actor), body.token, actor=actor, client=client)
    return AccountPublic.of(account)


@me.get("/invitations", response_model=list[InvitationPublic])
def my_invitations(community: CommunityDep, actor: MemberDep) -> list[InvitationPublic]:
    """The sign-up invitations I made, newest first, with their state."""
    now = community.accounts.clock()
    found = community.accounts.invitations(own_id(actor), actor=actor)
    return [InvitationPublic.of(i, now) for i in found]


@me.post("/invitations", response_model=InvitationPublic, **CREATES)
def new_invitation(
    body: InvitationCreate, community: CommunityDep, actor: MemberDep
) -> InvitationPublic:
    """A sign-up invitation to share as ``/web/join/{code}``: it works for ``days`` days and
    at most ``uses`` sign-ups (none: no limit), until revoked."""
    invitation = community.accounts.invite(
        own_id(actor), days=body.days, uses=body.uses, label=body.label, actor=actor
    )
    return InvitationPublic.of(invitation, community.accounts.clock())


@me.delete("/invitations/{invitation_id}", status_code=204)
def revoke_invitation(invitation_id: str, community: CommunityDep, actor: MemberDep) -> Response:
    """Revoke one of my invitations: its link stops working at once."""
    community.accounts.revoke_invitation(own_id(actor), invitation_id, actor=actor)
    return Response(status_code=204)


@me.get("/tokens", response_model=list[TokenPublic])
def my_tokens(community: CommunityDep, actor: MemberDep) -> list[TokenPublic]:
    """My API tokens (never the tokens themselves)."""
    return [TokenPublic.of(t) for t in community.security.tokens(own_id(actor), actor=actor)]


@me.post("/tokens", response_model=OwnTokenCreated, **CREATES)
def new_token(body: OwnTokenCreate, community: CommunityDep, actor: MemberDep) -> OwnTokenCreated:
    """A new API token of mine (shown once), with its id (to revoke it by) and expiry. An
    account's ``password`` proves the request comes from its member (422 none, 401 wrong,
    403 an account without one: make the token on the account page, within minutes of
    signing in with a link)."""
    member = own_id(actor)
    token = community.accounts.own_token(
        member, label=body.label, actor=actor, password=body.password
    )
    made = TokenCreated.of(token, community.security.token_info(token))
    return OwnTokenCreated(member=member, **made.model_dump())


@me.delete("/tokens/{token_id}", status_code=204)
def revoke_token(token_id: str, community: CommunityDep, actor: MemberDep) -> Response:
    """Revoke one of my tokens: refused from the next request on."""
    community.security.revoke_token(own_id(actor), token_id, actor=actor)
    return Response(status_code=204)


@me.get("/inbox", response_model=list[InboxItemPublic])
def my_inbox(
    community: CommunityDep,
    actor: MemberDep,
    unread: bool = False,
    offset: Annotated[int, Query(ge=0, le=1_000_000), Digits] = 0,
    limit: Annotated[int, Query(ge=1, le=200), Digits] = 50,
) -> list[InboxItemPublic]:
    """My inbox, newest first (``unread=true``: only what I have not read)."""
    items = community.inbox.items(
        own_id(actor), actor=actor, unread_only=unread, limit=limit, offset=offset
    )
    return [InboxItemPublic.of(i) for i in items]


@me.get("/inbox/count", response_model=InboxCount)
def my_unread(community: CommunityDep, actor: MemberDep) -> InboxCount:
    """How many items of my inbox are unread."""
    return InboxCount(unread=community.inbox.unread(own_id(actor), actor=actor))


@me.post("/inbox/read", response_model=InboxCount)
def read_all(community: CommunityDep, actor: MemberDep) -> InboxCount:
    """Mark my whole inbox read."""
    member = own_id(actor)
    community.inbox.mark_read(member, None, actor=actor)
    return InboxCount(unread=community.inbox.unread(member, actor=actor))


@me.post("/inbox/{item_id}/read", response_model=InboxCount)
def read_one(item_id: str, community: CommunityDep, actor: MemberDep) -> InboxCount:
    """Mark one item read (another member's: 404)."""
    member = own_id(actor)
    community.inbox.mark_read(member, item_id, actor=actor)
    return InboxCount(unread=community.inbox.unread(member, actor=actor))


@me.get("/notifications", response_model=EmailChoices)
def my_email_choices(community: CommunityDep, actor: MemberDep) -> EmailChoices:
    """Which kinds of notice also come by e-mail."""
    choices = community.inbox.email_choices(own_id(actor), actor=actor)
    return EmailChoices(email={k.value: v for k, v in choices.items()})


@me.put("/notifications/{kind}", response_model=EmailChoices)
def choose_email(
    kind: str, body: EmailChoice, community: CommunityDep, actor: MemberDep
) -> EmailChoices:
    """Switch the e-mail of one kind of notice on or off."""
    choices = community.inbox.choose_email(own_id(actor), kind, body.email, actor=actor)
    return EmailChoices(email={k.value: v for k, v in choices.items()})
