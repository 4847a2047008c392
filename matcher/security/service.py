"""Security use cases: sign-up, bearer tokens (issue, check, expire), throttling.

Tokens are stored by their SHA-256 only and expire; throttling buckets live in the
database, so a limit holds across every worker process.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from matcher.access import ADMIN, ISSUE_TOKEN, OWN_ACCOUNT, ROLES, Actor, Role
from matcher.db import utcnow
from matcher.errors import InvalidInput, NotAuthenticated, Throttled, UnknownItem, UnknownProfile
from matcher.profiles import Profile, ProfileService
from matcher.security.model import (
    MAX_LABEL,
    Limit,
    TokenInfo,
    check_token,
    new_token,
    token_hash,
)
from matcher.security.store import SecurityStore

__all__ = ["SecurityService", "SecuritySettings"]


@dataclass(frozen=True, slots=True)
class SecuritySettings:
    """Token lifetime and throttling limits.

    Parameters
    ----------
    token_ttl_days : float
        Tokens expire this many days after they are issued.
    signup : Limit
        Sign-ups (``POST /profiles``, which issues a token) per client address.
    token : Limit
        Tokens issued (``POST /tokens``) per admin.
    auth_failure : Limit
        Refused tokens per client address; past it, every token from that address is
        refused for a while (guessing tokens gets nowhere).
    """

    token_ttl_days: float = 90.0
    signup: Limit = field(default_factory=lambda: Limit(per_minute=6, burst=20))
    token: Limit = field(default_factory=lambda: Limit(per_minute=10, burst=30))
    auth_failure: Limit = field(default_factory=lambda: Limit(per_minute=10, burst=20))


_WHAT = {
    "signup": "sign-ups from this address",
    "token": "tokens issued by this caller",
    "auth_failure": "refused tokens from this address",
}


class SecurityService:
    """Sign-up, tokens and throttles over one community's database.

    Examples
    --------
    >>> from embeddings.encoder import FakeEncoder
    >>> from matcher.schema import connect
    >>> security = SecurityService(ProfileService(connect(), FakeEncoder(dim=32)))
    >>> profile, token = security.sign_up({"id": "ana", "name": "Ana", "offers": "o",
    ...                                    "needs": "n"})
    >>> security.authenticate(token)
    Actor(profile_id='ana', role='member')
    """

    def __init__(
        self,
        profiles: ProfileService,
        settings: SecuritySettings | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.profiles = profiles
        self.db = profiles.db
        self.store = SecurityStore(profiles.db)
        self.settings = settings or SecuritySettings()
        self.clock = clock or utcnow
        #: other ways a member id is known without a profile (an account, signed up but
        #: with no profile yet, may hold tokens); the community adds the accounts' check
        self.members: list[Callable[[str], bool]] = []

    def sign_up(self, raw: Mapping[str, Any]) -> tuple[Profile, str]:
        """Create a profile and a member token for it; returns both (the token is shown once)."""
        token: list[str] = []
        profile = self.profiles.create_profile(
            raw,
            also=lambda p: token.append(self._new_token(p.id, "member", "sign-up")),
            taken=self.known_member,
        )
        return profile, token[0]

    def known_member(self, member_id: str) -> bool:
        """Whether ``member_id`` is a member known without a profile (:attr:`members`): no
        profile is ever made under such an id but the member's own (a sign-up, an
        organiser's import)."""
        return any(known(member_id) for known in self.members)

    # --------------------------------------------------------------- tokens
    def _new_token(self, profile_id: str | None, role: Role, label: str) -> str:
        token = new_token()
        expires = self.clock() + dt.timedelta(days=self.settings.token_ttl_days)
        label = label[:MAX_LABEL]
        self.store.add_token(token_hash(token), profile_id, role, label, expires_at=expires)
        return token

    def create_token(
        self, profile_id: str | None, *, role: Role = "member", label: str = ""
    ) -> str:
        """A new bearer token (returned once; only its SHA-256 is stored); it expires."""
        if role not in ROLES:
            raise InvalidInput(
                f"role must be {' or '.join(ROLES)}",
                field="role",
                value=role,
                hint=f"use {ROLES[0]}",
            )
        if role == "member" and not profile_id:
            raise InvalidInput(
                "a member token needs a profile id",
                field="profile",
                value=profile_id,
                hint="pass the id of the member's profile",
            )
        with self.db.transaction():
            if (
                profile_id is not None
                and self.profiles.store.get_profile(profile_id) is None
                and not self.known_member(profile_id)
            ):
                raise UnknownProfile(
                    f"no profile {profile_id!r}", field="profile", value=profile_id
                )
            return self._new_token(profile_id, role, label)

    def issue_token(
        self, profile_id: str | None, *, role: Role, label: str = "", actor: Actor | None
    ) -> str:
        """A token issued by an admin (throttled per admin); see :meth:`create_token`."""
        actor = ISSUE_TOKEN.require(actor)
        self.throttle("token", actor.profile_id or "admin")
        return self.create_token(profile_id, role=role, label=label)

    def own_token(self, member_id: str, *, label: str = "", actor: Actor | None) -> str:
        """A member creates a token for their own scripts (account page, ``POST /me/tokens``);
        throttled like an admin's. Returned once; only its hash is kept."""
        OWN_ACCOUNT.require(actor, member_id, what="create a token")
        self.throttle("token", member_id)
        return self.create_token(member_id, label=label)

    def token_info(self, token: str) -> TokenInfo:
        """A token just made, as it will be listed (its public id to revoke it by, its expiry):
        what its creator is shown with it. Holding the token is the permission.

        Examples
        --------
        >>> from embeddings.encoder import FakeEncoder
        >>> from matcher.schema import connect
        >>> service = SecurityService(ProfileService(connect(), FakeEncoder(dim=32)))
        >>> info = service.token_info(service.create_token(None, role="admin", label="ops"))
        >>> info.role, info.label, len(info.id), info.expires_at > info.created_at
        ('admin', 'ops', 12, True)
        """
        found = self.store.info(token_hash(check_token(token)))
        if found is None:
            raise NotAuthenticated("unknown or revoked token")
        return found

    def tokens(self, member_id: str | None, *, actor: Actor | None) -> list[TokenInfo]:
        """The member's tokens (``None``: every token, admins only), never their secrets."""
        OWN_ACCOUNT.require(actor, member_id, what="list the tokens")
        return self.store.listed(member_id)

    def token_works(self, member_id: str, token_id: str, *, actor: Actor | None) -> bool:
        """Whether the member's token of public id ``token_id`` still works: neither revoked
        nor expired (a page that showed it once shows it again only then).

        Examples
        --------
        >>> from embeddings.encoder import FakeEncoder
        >>> from matcher.schema import connect
        >>> security = SecurityService(ProfileService(connect(), FakeEncoder(dim=32)))
        >>> _, token = security.sign_up({"id": "ana", "name": "Ana", "offers": "o", "needs": "n"})
        >>> info = security.token_info(token)
        >>> me = Actor("ana")
        >>> security.token_works("ana", info.id, actor=me)
        True
        >>> security.revoke_token("ana", info.id, actor=me)
        >>> security.token_works("ana", info.id, actor=me)
        False
        """
        OWN_ACCOUNT.require(actor, member_id, what="see the tokens")
        now = self.clock()
        return any(
            t.id == token_id and (t.expires_at is None or t.expires_at > now)
            for t in self.store.listed(member_id)
        )

    def revoke_token(self, member_id: str | None, token_id: str, *, actor: Actor | None) -> None:
        """Revoke one token by its public id: refused at once on the next request.
        ``member_id`` None (admins only) revokes any token."""
        OWN_ACCOUNT.require(actor, member_id, what="revoke a token")
        with self.db.transaction():
            if not self.store.revoke(member_id, token_id):
                raise UnknownItem(f"no token {token_id!r}", field="token", value=token_id)

    def authenticate(self, token: str | None) -> Actor | None:
        """The actor behind a bearer token; None for no token; NotAuthenticated for a bad one.

        A token is refused when it is not in cofoundry's format, when its checksum does not
        match (damaged or tampered), when it was never issued or was revoked, and when it
        has expired; each with its own message (see :mod:`matcher.security.model`).
        """
        if not token:
            return None
        found = self.store.find_token(token_hash(check_token(token)))
        if found is None:
            raise NotAuthenticated(
                "unknown or revoked token", hint="create one with: cofoundry token create"
            )
        if found.expires_at is not None and found.expires_at <= self.clock():
            raise NotAuthenticated(
                f"token expired on {found.expires_at.date().isoformat()}",
                hint="tokens expire; create a new one with `cofoundry token create`"
                " or ask an admin (POST /tokens)",
            )
        return (
            Actor(found.profile_id, ADMIN.role)
            if found.role == ADMIN.role
            else Actor(found.profile_id)
        )

    # ------------------------------------------------------------- throttle
    def throttle(self, action: Literal["signup", "token", "auth_failure"], who: str) -> None:
        """Count one attempt at ``action`` by ``who``; :class:`Throttled` when over the limit.

        The buckets live in SQLite, so the limit holds across every worker process.
        """
        limit: Limit = getattr(self.settings, action)
        now = self.clock().timestamp()
        wait = self.store.take(f"{action}:{who}", limit, now=now)
        if wait:
            raise Throttled(f"too many {_WHAT[action]}; try again in {wait} s", retry_after=wait)

    def check_throttle(self, action: Literal["signup", "token", "auth_failure"], who: str) -> None:
        """Refuse with :class:`Throttled` if ``who`` has no attempt left (without taking one)."""
        limit: Limit = getattr(self.settings, action)
        now = self.clock().timestamp()
        wait = self.store.wait_for(f"{action}:{who}", limit, now=now)
        if wait:
            raise Throttled(f"too many {_WHAT[action]}; try again in {wait} s", retry_after=wait)
