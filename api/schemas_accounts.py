"""Request and response bodies of accounts, sessions, tokens and the inbox."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from api.inputs import AsTyped, Input
from api.schemas import Mirror, TokenCreated, fields_of
from matcher.accounts import (
    INVITE_DAYS,
    LANGS,
    MAX_INVITE_DAYS,
    MAX_INVITE_USES,
    MAX_LABEL,
    MAX_NAME,
    MAX_PASSWORD,
    Invitation,
)
from matcher.inbox import InboxItem
from matcher.mail import MAX_ADDRESS

__all__ = [
    "AccountCreate",
    "AccountPublic",
    "EmailChange",
    "EmailChangePending",
    "EmailChoice",
    "EmailChoices",
    "InboxCount",
    "InboxItemPublic",
    "InvitationCreate",
    "InvitationPublic",
    "LinkRequest",
    "LinkSent",
    "OwnTokenCreate",
    "PasswordReset",
    "ProfileClaim",
    "SessionPublic",
    "SignIn",
    "SignedIn",
    "SignedOut",
    "TokenPublic",
]


class AccountCreate(Input):
    """Sign up: a name, an e-mail address and a password (``MIN_PASSWORD`` characters or more)."""

    name: str = Field(max_length=MAX_NAME)
    email: str = Field(max_length=MAX_ADDRESS)
    password: AsTyped = Field(max_length=MAX_PASSWORD)
    lang: str = Field(LANGS[0], pattern=f"^({'|'.join(LANGS)})$")
    invitation: str | None = Field(
        None, max_length=100, description="the code of a member's invitation link"
    )


class AccountPublic(Mirror):  # shows an Account
    """An account; ``confirmed`` is false until its member opens the link e-mailed to its
    address (``POST /me/confirm``): nothing else is e-mailed to it until then."""

    id: str
    email: str
    name: str
    lang: str
    created_at: dt.datetime
    confirmed: bool


class SignIn(Input):
    """E-mail address and password; ``label`` names the token this sign-in creates."""

    email: str = Field(max_length=MAX_ADDRESS)
    password: AsTyped = Field(max_length=MAX_PASSWORD)
    label: str = Field("sign-in", max_length=MAX_LABEL)


class SignedIn(BaseModel):
    """A new API token for scripts (shown once)."""

    member: str
    token: str


class OwnTokenCreated(TokenCreated):
    """A token I made for my scripts (shown once): ``member`` and ``token`` as a sign-in
    gives them, and what ``GET /me/tokens`` lists of it (``id`` to revoke it by, expiry)."""

    member: str


class LinkRequest(Input):
    """Ask for a one-time link: ``signin`` or ``reset`` (a new password)."""

    email: str = Field(max_length=MAX_ADDRESS)
    purpose: str = Field("signin", pattern="^(signin|reset)$")


class LinkSent(BaseModel):
    """The same answer whether or not the address has an account."""

    detail: str = "if an account has this address, a link is on its way; it works once"


class PasswordReset(Input):
    """The code of a reset link and the new password."""

    code: str = Field(max_length=100)
    password: AsTyped = Field(max_length=MAX_PASSWORD)


class SessionPublic(Mirror):  # shows a Session
    id: str
    created_at: dt.datetime
    last_seen_at: dt.datetime
    expires_at: dt.datetime
    label: str


class SignedOut(BaseModel):
    sessions_ended: int


class EmailConfirm(Input):
    """The code of the link e-mailed to the account's address (its ``code=`` value)."""

    code: str = Field(max_length=200)


class EmailChange(Input):
    """The address to move my account to: a link goes there, and the account's address
    changes only once it is used (``POST /me/email/confirm``). ``password``: the account's
    current password, which proves the request comes from its member (required when the
    account has one; an account without one changes its address on the account page, within
    minutes of signing in with a link)."""

    email: str = Field(max_length=MAX_ADDRESS)
    password: str | None = Field(None, max_length=MAX_PASSWORD)


class EmailChangePending(BaseModel):
    """The address waiting for its link (``null``: none), and the one in use until then."""

    email: str
    pending_email: str | None


class ProfileClaim(Input):
    """The API token of a profile made through the API, to link it to this account."""

    token: str = Field(max_length=200)


class OwnTokenCreate(Input):
    """A token for my scripts. ``password``: the account's current password, which proves
    the request comes from its member (required when the account has one; a profile made
    through the API, without an account, has only its tokens)."""

    label: str = Field("", max_length=MAX_LABEL)
    password: AsTyped | None = Field(None, max_length=MAX_PASSWORD)


class TokenPublic(Mirror):  # shows a TokenInfo
    """A token as listed (never the token itself): revoke it by ``id``."""

    id: str
    profile_id: str | None
    role: str
    label: str
    created_at: dt.datetime
    expires_at: dt.datetime | None


class InboxItemPublic(BaseModel):
    id: str
    kind: str
    data: dict[str, str]
    created_at: dt.datetime
    read: bool

    @classmethod
    def of(cls, i: InboxItem) -> InboxItemPublic:
        return cls(
            id=i.id,
            kind=i.kind.value,
            data=dict(i.data),
            created_at=i.created_at,
            read=i.read_at is not None,
        )


class InboxCount(BaseModel):
    unread: int


class InvitationCreate(Input):
    """A sign-up invitation: how long it works and for how many sign-ups (none: no limit)."""

    days: int = Field(INVITE_DAYS, ge=1, le=MAX_INVITE_DAYS)
    uses: int | None = Field(None, ge=1, le=MAX_INVITE_USES)
    label: str = Field("", max_length=MAX_LABEL)


class InvitationPublic(BaseModel):
    """An invitation as its maker sees it; the link to share is ``/web/join/{code}``."""

    id: str
    code: str
    label: str
    created_at: dt.datetime
    expires_at: dt.datetime
    max_uses: int | None
    uses: int
    state: str

    @classmethod
    def of(cls, i: Invitation, now: dt.datetime) -> InvitationPublic:
        return cls(**fields_of(cls, i, state=i.state(now)))


class EmailChoice(Input):
    email: bool


class EmailChoices(BaseModel):
    """Which kinds of notice also come by e-mail."""

    email: dict[str, bool]
