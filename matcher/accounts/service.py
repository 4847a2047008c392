"""Account use cases: sign up, sign in (password or one-time link), reset a password,
browser sessions (list, revoke one, sign out everywhere), sign-up invitations.

No answer tells whether an e-mail address has an account: a wrong address and a wrong
password get the same refusal, and a link request gets the same answer (and the same
throttles) whether or not a link was sent. Sign-up too: it always makes a new,
*unconfirmed* account (the same answer, the same work) and e-mails the address either a
confirmation link, or, when a confirmed account holds the address already, a note to its
owner that someone tried to sign up with it (sign in, or reset the password).

An unconfirmed account works on the site (its session, its profile) but nothing is e-mailed
to it, and no other member sees its address, until its member opens the confirmation link
while signed in to it (:meth:`AccountService.confirm`). Any number of unconfirmed accounts
may name one address; the first confirmed takes it, and the others can never confirm it.
A stranger's sign-up with someone's address therefore mails them one letter at most per
throttle window and never blocks them. Sign-in and reset links go only to a confirmed
account: opening one for a stranger's unconfirmed sign-up would hand the stranger (who
chose its password) an account with the address confirmed.
"""

from __future__ import annotations

import datetime as dt
import math
import secrets
from collections.abc import Callable, Mapping
from typing import Any

from matcher.access import EDIT_PROFILE, OWN_ACCOUNT, Actor
from matcher.accounts.model import (
    INVITE_DAYS,
    MAX_LABEL,
    PASSWORD_SLOTS,
    Account,
    AccountSettings,
    Invitation,
    LinkPurpose,
    Session,
    check_invitation_terms,
    check_lang,
    check_name,
    check_password,
    hasher,
    id_from_name,
    reading_lang,
    sign_up_errors,
    verify_password,
    written_lang,
)
from matcher.accounts.store import AccountStore
from matcher.addresses import address_key
from matcher.db import utcnow
from matcher.errors import (
    Conflict,
    InvalidInput,
    NotAllowed,
    NotAuthenticated,
    Throttled,
    UnknownItem,
    counted,
)
from matcher.ids import new_id
from matcher.mail import Compose, MailService, Outgoing, check_address, plain_letter
from matcher.profiles import Profile, ProfileService, check_profile, profile_to_dict
from matcher.security import Limit, SecurityService, new_token, token_hash

__all__ = ["AccountService"]

_WRONG = "e-mail address or password is wrong"
_WRONG_HINT = "check both, or ask for a sign-in link by e-mail"


def _link_digest(code: object) -> str:
    """The stored hash of a link's code as a caller gave it ("" for nothing usable: no
    link has that hash)."""
    return token_hash(code.strip()) if isinstance(code, str) and code.strip() else ""


def _lang_of(languages: tuple[str, ...]) -> str:
    """The language of e-mails to a profile without an account: the first of English and
    French it names (:func:`~matcher.accounts.model.written_lang`, as its printed agenda),
    else English."""
    return written_lang(languages) or "en"


class AccountService:
    """Accounts, sessions and one-time links over one community's database.

    Examples
    --------
    >>> from embeddings.encoder import FakeEncoder
    >>> from matcher.schema import connect
    >>> profiles = ProfileService(connect(), FakeEncoder(dim=32))
    >>> accounts = AccountService(profiles, SecurityService(profiles), MailService(profiles.db),
    ...                           AccountSettings(hash_memory_kib=1024, hash_time=1))
    >>> ana = accounts.sign_up("Ana Lopez", "ana@example.org", "correct horse battery")
    >>> ana.id, ana.confirmed
    ('ana-lopez', False)
    >>> account, session = accounts.sign_in("ana@example.org", "correct horse battery")
    >>> accounts.authenticate(session)
    Actor(profile_id='ana-lopez', role='member')
    """

    def __init__(
        self,
        profiles: ProfileService,
        security: SecurityService,
        mail: MailService,
        settings: AccountSettings | None = None,
        *,
        compose: Compose | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.profiles = profiles
        self.security = security
        self.mail = mail
        self.db = profiles.db
        self.store = AccountStore(profiles.db)
        self.settings = settings or AccountSettings()
        self.hasher = hasher(self.settings)
        self.compose: Compose = compose or plain_letter
        self.clock = clock or utcnow
        self._decoy = ""  # made at the first sign-in (a hash costs a fraction of a second)
        #: called with (old id, new id) inside a claim's transaction: the other domains move
        #: what they keep under the account's id (its inbox, its e-mails, its tokens)
        self.on_rekey: list[Callable[[str, str], object]] = []
        #: whether other domains still hold records under an id (an account that claimed a
        #: profile left its avoid list, marks and requests under its old id): a new account
        #: never gets such an id, nor what they say (the community wires privacy's check)
        self.in_use: list[Callable[[str], bool]] = []

    # --------------------------------------------------------------- sign up
    def sign_up(
        self,
        name: str,
        email: str,
        password: str,
        *,
        lang: str = "en",
        client: str = "",
        invitation: str | None = None,
    ) -> Account:
        """A new account; its id is picked from the name (the id the profile will have).

        With ``invitation`` (a code from a member's link) the sign-up takes one of its uses,
        in the same transaction; a community with ``settings.invite_only`` refuses a
        sign-up without an open one."""
        problems = sign_up_errors(name, email, password)
        if problems:  # the first; a form shows them all (sign_up_errors)
            raise problems[0]
        name, email = check_name(name), check_address(email)
        lang = check_lang(lang)
        invited = self.invitation(invitation) if invitation else None
        if invited is None and self.settings.invite_only:
            raise InvalidInput(
                "this community is joined by invitation",
                field="invitation",
                hint="ask a member for an invitation link and open it",
            )
        self.security.throttle("signup", client or "unknown")
        digest = self.hasher.hash(password)
        now = self.clock()
        with self.db.transaction():
            owner = self.store.by_email(email)  # a confirmed account holds the address
            account_id = self._free_id(name)
            self.store.add_account(account_id, email, name, lang, digest, now)
            if invited is not None and not self.store.use_invitation(invited.id, account_id, now):
                raise self._closed(invited, now)  # its last use went meanwhile
            if owner is None:
                self._send_confirmation(account_id, email, name, lang, now)
            else:  # the same answer: the caller must not learn that the address is taken
                self._warn_owner(owner, now)
        account = self.store.get(account_id)
        assert account is not None
        return account

    # ---------------------------------------------------------- confirmation
    def _mail_allowed(self, address: str, now: dt.datetime) -> bool:
        """Take one letter from the address's bucket (confirmation links and warnings):
        a stranger cannot make cofoundry write to someone more than the throttle allows."""
        bucket = f"confirm_email:{address_key(address)}"
        return not self.security.store.take(
            bucket, self.settings.confirm_per_email, now=now.timestamp()
        )

    def _send_confirmation(
        self, account_id: str, email: str, name: str, lang: str, now: dt.datetime
    ) -> bool:
        """Queue a confirmation link to an unconfirmed account's address; False when the
        address's throttle is empty. The code is the address's, not the account's
        (:meth:`confirm`): every letter the throttle lets through serves whoever reads the
        mailbox, so strangers' sign-ups cannot spend the owner's letters. In a transaction."""
        if not self._mail_allowed(email, now):
            return False
        hours = self.settings.confirm_hours
        secret = new_token()
        self.store.add_address_code(token_hash(secret), email, now, now + dt.timedelta(hours=hours))
        subject, body = self.compose(
            "confirm_link",
            lang,
            {"path": f"/web/confirm?code={secret}", "hours": f"{hours:g}", "name": name},
        )
        self.mail.queue(Outgoing(email, subject, body, "confirm_link", account_id, True, lang=lang))
        return True

    def _warn_owner(self, owner: Account, now: dt.datetime) -> bool:
        """Tell a confirmed account's owner that someone signed up with their address (no
        link in it: they sign in, or ask for a reset link, as usual). In a transaction."""
        if not self._mail_allowed(owner.email, now):
            return False
        subject, body = self.compose(
            "signup_attempt", owner.lang, {"path": "/web/signin", "name": owner.name}
        )
        self.mail.queue(
            Outgoing(owner.email, subject, body, "signup_attempt", owner.id, lang=owner.lang)
        )
        return True

    def resend_confirmation(self, account_id: str, *, actor: Actor | None) -> Account:
        """Send the member's unconfirmed address a new confirmation link (the earlier one
        stops working). Throttled per address, like sign-in links; an address another
        account has confirmed meanwhile gets that account's owner a note instead."""
        account = self.get(account_id, actor=actor)
        if account.confirmed:
            raise Conflict(
                "your e-mail address is confirmed already",
                field="email",
                value=account.email,
                hint="nothing to do",
            )
        now = self.clock()
        with self.db.transaction():
            owner = self.store.by_email(account.email)
            if owner is None:
                sent = self._send_confirmation(
                    account.id, account.email, account.name, account.lang, now
                )
            else:
                sent = self._warn_owner(owner, now)
        if not sent:  # the bucket is empty: a letter went less than one refill ago
            limit = self.settings.confirm_per_email
            wait = max(self._wait(f"confirm_email:{address_key(account.email)}", limit), 1)
            hours = math.ceil(1 / limit.per_minute / 60) if limit.per_minute > 0 else 0
            minutes = math.ceil(wait / 60)
            raise Throttled(
                f"a confirmation link was sent to this address in the last"
                f" {counted(hours, 'hour')}; you can ask for another in"
                f" {counted(minutes, 'minute')}",
                retry_after=wait,
                field="email",
                hint="open the newest confirmation e-mail signed in to this account: its link"
                " works for every sign-up with this address, yours too",
                limit="confirm_email",
                figures={"hours": hours, "minutes": minutes},
            )
        return account

    def confirm(self, account_id: str, code: str, *, actor: Actor | None) -> Account:
        """Confirm the account's address with the code of a confirmation link (once), signed
        in to that account. The code is the address's: any confirmation letter to that
        address confirms the account it is opened in, whichever sign-up caused it (reading
        the mailbox is the proof; a stranger's account names the address but its owner
        cannot read it). Refused for a code of another address, and if another account
        confirmed the address first. A profile without an address gets this one (the web's
        profile form leaves an unconfirmed address out: other members see a profile's
        address after an introduction)."""
        account = self.get(account_id, actor=actor)
        digest = _link_digest(code)
        by_address = self.store.find_address_code(digest) if digest else None
        found = self.store.find_link(digest) if digest and by_address is None else None
        if (
            by_address is None or by_address[0] != address_key(account.email)
        ) and (  # a link of an account, before codes were the address's
            found is None or found[0] != account.id or found[1] != LinkPurpose.CONFIRM
        ):
            raise NotAuthenticated(
                "this confirmation link is not valid for this account",
                field="code",
                hint="sign in to the account you signed up with, then open the link again;"
                " or ask for a new link",
            )
        with self.db.transaction():
            if by_address is not None:
                self._redeem_address_code(digest, by_address)
            else:
                self._redeem_id(code, LinkPurpose.CONFIRM)
            if not self.store.confirm(account.id, self.clock()):
                raise Conflict(
                    "another account has confirmed this e-mail address",
                    field="email",
                    value=account.email,
                    hint="sign in to that account (or ask for a reset link), or erase this one",
                )
        profile = self.profiles.store.get_profile(account.id)
        if profile is not None and not profile.email:  # a contact other members may now see
            self.profiles.update_profile(account.id, {"email": account.email}, actor=actor)
        return self.get(account_id, actor=actor)

    def _settle_address(self, address: str) -> int:
        """Once no sign-up names the address unconfirmed any more (the last one was erased,
        or moved to another address), delete its codes and the letters that carry them and
        are not sent yet: a letter whose every possible reader is gone is not sent. How many
        rows went. In the caller's transaction."""
        if self.store.by_email(address) is None and self.store.unconfirmed_by_email(address, k=1):
            return 0  # someone can still confirm the address with any of its letters
        gone = self.store.drop_address_codes(address)
        return gone + self.mail.store.drop_unsent(address, "confirm_link")

    def purge_expired(self) -> int:
        """Delete the address confirmation codes that have expired (``cofoundry worker`` does
        it every hour; a new code does it too): an expired code confirms nothing, and the
        address it names is not kept longer than it serves. How many went."""
        with self.db.transaction():
            return self.store.purge_address_codes(self.clock())

    def forget(self, member_id: str, pseudonym: str = "") -> int:
        """Erase the account (:meth:`AccountStore.forget`). Its unsent confirmation letters
        are the address's, not the account's: they stay while another sign-up naming the
        address can still be confirmed with them, and go with the last one. In the erasure's
        transaction; how many rows went."""
        account = self.store.get(member_id)
        if account is not None and not account.confirmed:
            self.mail.store.hand_to_address(member_id, "confirm_link")
        gone = self.store.forget(member_id, pseudonym)
        return gone + (self._settle_address(account.email) if account is not None else 0)

    def _redeem_address_code(self, digest: str, found: tuple[str, dt.datetime, bool]) -> None:
        """Mark an address's confirmation code used, if unused and unexpired (in the caller's
        transaction)."""
        if found[2] or not self.store.use_address_code(digest, self.clock()):
            raise NotAuthenticated(
                "this link was used already; a link works once",
                field="code",
                hint="ask for a new link",
            )
        if found[1] <= self.clock():
            raise NotAuthenticated("this link has expired", field="code", hint="ask for a new link")

    # ------------------------------------------------------- change of address
    def request_email_change(
        self,
        member_id: str,
        email: str,
        *,
        actor: Actor | None,
        password: str | None = None,
        session: str | None = None,
    ) -> str:
        """Ask to move the account to another address: a link is mailed to it, and the
        account's address changes only once that link is opened, signed in to this account
        (:meth:`confirm_email_change`); until then the current address stays in use. A
        newer request replaces the pending one. When another account has confirmed the
        address, its owner is told instead (no link), and the answer is the same: nobody
        learns whose address it is. Throttled per address (apart from the confirmation
        letters). The address as it will be kept.

        Whoever asks proves they are the member, not someone at their unlocked screen
        (:meth:`recheck`): the account's current ``password``, or, for an account without
        one, a ``session`` (its secret) that signed in in the last ``recent_minutes``."""
        account = self.get(member_id, actor=actor)
        new = check_address(email)
        if address_key(new) == address_key(account.email):
            raise Conflict(
                f"{new} is already your address",
                field="email",
                value=new,
                hint="give another address, or resend the confirmation link"
                if not account.confirmed
                else "give another address",
            )
        proof = self.recheck(account, password=password, session=session)
        now = self.clock()
        hours = self.settings.confirm_hours
        with self.db.transaction():
            self._proof_holds(account, proof)
            # a bucket of its own: asking cannot spend the letters the address's owner
            # needs to confirm their own sign-up
            bucket = f"change_email:{address_key(new)}"
            limit = self.settings.confirm_per_email
            if self.security.store.take(bucket, limit, now=now.timestamp()):
                wait = self._wait(bucket, limit)
                raise Throttled(
                    f"too many links sent to this address; try again in {max(wait, 1)} s",
                    retry_after=max(wait, 1),
                    field="email",
                    value=new,
                    hint="use the last link you received",
                )
            secret = new_token()
            self.store.add_link(
                token_hash(secret),
                account.id,
                LinkPurpose.CHANGE_EMAIL,
                now,
                now + dt.timedelta(hours=hours),
                sent_to=new,
            )
            owner = self.store.by_email(new)
            if owner is not None and owner.id != account.id:  # told, never the asker
                subject, body = self.compose(
                    "email_change_attempt", owner.lang, {"path": "/web/signin", "name": owner.name}
                )
                self.mail.queue(
                    Outgoing(
                        owner.email,
                        subject,
                        body,
                        "email_change_attempt",
                        owner.id,
                        lang=owner.lang,
                    )
                )
            else:
                subject, body = self.compose(
                    "email_change_link",
                    account.lang,
                    {
                        "path": f"/web/account/address/confirm?code={secret}",
                        "hours": f"{hours:g}",
                        "name": account.name,
                    },
                )
                self.mail.queue(
                    Outgoing(
                        new, subject, body, "email_change_link", account.id, True, lang=account.lang
                    )
                )
        return new

    def prove_self(
        self,
        member_id: str,
        *,
        actor: Actor | None,
        password: str | None = None,
        session: str | None = None,
        what: str = "erase the account",
    ) -> None:
        """:meth:`recheck` the member's account before a change that cannot be undone (an
        erasure from the account page) or that hands the account to whoever holds what it
        makes (a token, :meth:`own_token`); nothing to check for a profile without an account
        (its API token is its only key)."""
        self._proved(member_id, actor=actor, password=password, session=session, what=what)

    def _proved(
        self,
        member_id: str,
        *,
        actor: Actor | None,
        password: str | None,
        session: str | None,
        what: str,
    ) -> tuple[Account, str | None] | None:
        """:meth:`prove_self`; the account and the hash :meth:`recheck` checked (None: no
        account, nothing to check)."""
        OWN_ACCOUNT.require(actor, member_id, what=what)
        account = self.store.get(member_id)
        if account is None:
            return None
        return account, self.recheck(account, password=password, session=session)

    def own_token(
        self,
        member_id: str,
        *,
        label: str = "",
        actor: Actor | None,
        password: str | None = None,
        session: str | None = None,
    ) -> str:
        """A new API token of the member's, for their scripts (the account page, ``POST
        /me/tokens``): whoever holds it acts as the member, so the member proves it is them
        first, as for a change of address (:meth:`prove_self`: the current ``password``, or
        for an account without one a ``session`` that signed in with a link within
        ``recent_minutes``). Then :meth:`~matcher.security.SecurityService.own_token`."""
        proved = self._proved(
            member_id, actor=actor, password=password, session=session, what="create a token"
        )
        with self.db.transaction():
            if proved is not None:  # not taken back by a reset since (red team 17)
                self._proof_holds(*proved)
            return self.security.own_token(member_id, label=label, actor=actor)

    def recheck(
        self, account: Account, *, password: str | None = None, session: str | None = None
    ) -> str | None:
        """Make sure the member themself asks, before a change that hands the account to
        whoever asks (its address): the account's current password, or, for an account
        without one (it signs in with links), a session that signed in in the last
        ``settings.recent_minutes``. Wrong passwords are throttled per account like sign-in
        guesses (a stranger at the screen may try many).

        Returns the hash it checked (None: the account has no password): the change's write
        transaction makes sure it is still the account's (:meth:`_proof_holds`)."""
        held = self.store.password_hash(account.id)
        if not held:
            # a session begun with a link mailed to the address (or a password since
            # forgotten), not one opened with an API token: a token proves no mailbox
            found = self.store.session_proof(token_hash(session)) if session else None
            recent = dt.timedelta(minutes=self.settings.recent_minutes)
            if (
                found is None
                or found[0] != account.id
                or found[2] not in ("link", "reset", "password")
                or self.clock() - found[1] > recent
            ):
                minutes = counted(self.settings.recent_minutes, "minute")
                raise NotAllowed(
                    f"this account has no password: this change needs a sign-in with a link"
                    f" of the last {minutes}",
                    field="password",
                    hint=f"sign out, sign in again with a link sent by e-mail, then do it"
                    f" within {minutes}; or choose a password with a reset link",
                )
            return held
        if not isinstance(password, str) or not password:
            raise InvalidInput(
                "password is required for this change",
                field="password",
                hint="type your current password: it shows the change comes from you",
            )
        bucket = f"recheck:{account.id}"
        wait = self._wait(bucket, self.settings.signin_failures)
        if wait:
            raise Throttled(
                f"too many wrong passwords for this account; try again in {wait} s",
                retry_after=wait,
                field="password",
                hint="type your current password; forgot it? sign out and ask for a reset link",
            )
        if not verify_password(self.hasher, held, password):
            self.security.store.take(
                bucket, self.settings.signin_failures, now=self.clock().timestamp()
            )
            raise NotAuthenticated(
                "password is wrong",
                field="password",
                hint="type your current password; forgot it? sign out and ask for a reset link",
            )
        return held

    def _proof_holds(self, account: Account, held: str | None) -> None:
        """In the change's write transaction: the account still holds the password hash
        :meth:`recheck` checked. A reset (or an erasure) committed since the check took the
        account back from whoever knew the old password: the change is refused, as if the
        password were wrong (it is now; red team 17)."""
        if self.store.password_hash(account.id) != held:
            raise NotAuthenticated(
                "password is wrong",
                field="password",
                hint="type your current password; forgot it? sign out and ask for a reset link",
            )

    def pending_email(self, member_id: str, *, actor: Actor | None) -> str | None:
        """The address the member asked to move to, while its link works; None otherwise."""
        account = self.get(member_id, actor=actor)
        return self.store.pending(account.id, LinkPurpose.CHANGE_EMAIL, self.clock())

    def confirm_email_change(self, member_id: str, code: str, *, actor: Actor | None) -> Account:
        """Move the account to the address the change link was mailed to (once), signed in
        to that account: from now on it signs in, and gets its mail, there; the old one
        does not. The old address, when it was confirmed, is told, with a link that gives
        the account back to it (:meth:`revert_email_change`). Every other link stops
        working. A profile whose contact was the old address gets the new one. Refused if
        another account confirmed the address meanwhile."""
        account = self.get(member_id, actor=actor)
        digest = _link_digest(code)
        found = self.store.find_link(digest) if digest else None
        if found is None or found[0] != account.id or found[1] != LinkPurpose.CHANGE_EMAIL:
            raise NotAuthenticated(
                "this link is not valid for this account",
                field="code",
                hint="sign in to the account that asked for the change, then open the link"
                " again; or ask again",
            )
        now = self.clock()
        with self.db.transaction():
            self._redeem_id(code, LinkPurpose.CHANGE_EMAIL)
            new = self.store.link_sent_to(digest)
            held = self.store.by_email(new)
            if held is not None and held.id != account.id:
                raise Conflict(
                    "another account has confirmed this e-mail address",
                    field="email",
                    value=new,
                    hint="give another address",
                )
            self.store.set_email(account.id, new, now)
            self.store.drop_links(account.id)  # links mailed to the old address, too
            self._settle_address(account.email)  # an unconfirmed sign-up's old address
            if account.confirmed:
                self._tell_old_address(account, new, now)
        profile = self.profiles.store.get_profile(account.id)
        if profile is not None and address_key(profile.email) == address_key(account.email):
            self.profiles.update_profile(account.id, {"email": new}, actor=actor)
        return self.get(member_id, actor=actor)

    def _tell_old_address(self, account: Account, new: str, now: dt.datetime) -> None:
        """The notice to the address an account left, with the link that takes it back (in
        the change's transaction)."""
        secret = new_token()
        days = self.settings.revert_days
        self.store.add_link(
            token_hash(secret),
            account.id,
            LinkPurpose.REVERT_EMAIL,
            now,
            now + dt.timedelta(days=days),
            sent_to=account.email,
        )
        subject, body = self.compose(
            "email_changed",
            account.lang,
            {
                "path": f"/web/account/address/revert?code={secret}",
                "address": new,
                "days": f"{days:g}",
                "name": account.name,
            },
        )
        self.mail.queue(
            Outgoing(
                account.email, subject, body, "email_changed", account.id, True, lang=account.lang
            )
        )

    def revert_email_change(self, code: str) -> Account:
        """Give the account back to the address it left (the link of the notice mailed to
        it; once, no sign-in: whoever changed it may hold the session). Every session, link
        and API token ends and the password is forgotten: the owner chooses a new one with a reset
        link, mailed to that address. Refused if another account confirmed it meanwhile."""
        digest = _link_digest(code)
        with self.db.transaction():
            member_id = self._redeem_id(code, LinkPurpose.REVERT_EMAIL)
            old = self.store.link_sent_to(digest)
            held = self.store.by_email(old)
            if held is not None and held.id != member_id:
                raise Conflict(
                    "another account has confirmed this e-mail address since",
                    field="email",
                    value=old,
                    hint="sign in to that account, or sign up anew",
                )
            self.store.set_email(member_id, old, self.clock())
            self.store.delete_sessions(member_id)
            self.store.drop_links(member_id)
            self.store.drop_password(member_id)
            self.security.store.forget(member_id)  # API tokens made with the taken session
        account = self.store.get(member_id)
        assert account is not None
        return account

    # ----------------------------------------------------------------- claim
    def claim(
        self, account_id: str, token: str, *, actor: Actor | None, client: str = ""
    ) -> Account:
        """Link a profile made through the API to this account, by proving its token: the
        account (which has no profile yet) takes the profile's id, with its sessions,
        inbox, e-mails and tokens; the profile must have no account of its own. A refused
        token counts against ``client`` like a refused bearer token."""
        self._claimant(account_id, actor)
        who = client or "unknown"
        self.security.check_throttle("auth_failure", who)
        try:
            proven = self.security.authenticate(token)
        except (NotAuthenticated, InvalidInput):
            proven = None
        if proven is None or proven.profile_id is None or proven.is_admin:
            self.security.throttle("auth_failure", who)
            raise InvalidInput(
                "token is unknown, revoked, expired or not a member's",
                field="token",
                hint="paste the token the API gave when the profile was made",
            )
        target = proven.profile_id
        with self.db.transaction():
            # the token again, in the write: revoked since it was checked (its profile's
            # owner saw it leak), it claims nothing (red team 17)
            try:
                still = self.security.authenticate(token)
            except (NotAuthenticated, InvalidInput):
                still = None
            if still != proven:
                raise InvalidInput(
                    "token is unknown, revoked, expired or not a member's",
                    field="token",
                    hint="paste the token the API gave when the profile was made",
                )
            return self._take_profile(account_id, target)

    def claim_link(self, profile_id: str) -> str:
        """The secret of a personal link that lets its holder claim ``profile_id`` (a profile
        an organiser imported, which has no account): it works once, for
        ``settings.claim_days`` days, and the profile's earlier unused one stops working. Only
        its hash is kept. In the caller's transaction (the e-mail that carries it)."""
        self.db.require_transaction()
        now = self.clock()
        secret = new_token()
        expires = now + dt.timedelta(days=self.settings.claim_days)
        to = self.invitation_address(profile_id)
        self.store.add_link(
            token_hash(secret),
            profile_id,
            LinkPurpose.CLAIM,
            now,
            expires,
            sent_to=to[0] if to else None,
        )
        return secret

    def claim_with_link(self, account_id: str, code: str, *, actor: Actor | None) -> Account:
        """Claim the profile a personal link (:meth:`claim_link`) names, as :meth:`claim` does
        with a token; the link is used up (a second use, or anyone else's, is refused)."""
        self._claimant(account_id, actor)
        digest = _link_digest(code)
        with self.db.transaction():
            target = self._redeem_id(code, LinkPurpose.CLAIM)
            # the address the link was mailed to when it was made, not the profile's now
            # (its holder may have changed that to someone else's since)
            sent_to = self.store.link_sent_to(digest)
            claimed = self._take_profile(account_id, target)
            if (
                not claimed.confirmed
                and sent_to
                and address_key(sent_to) == address_key(claimed.email)
            ):  # the link went to this very address: opening it proves it
                self.store.confirm(claimed.id, self.clock())
                claimed = self.store.get(claimed.id) or claimed
            return claimed

    def _claimant(self, account_id: str, actor: Actor | None) -> None:
        """Refuse a claim for someone else's account, or one that has a profile already."""
        OWN_ACCOUNT.require(actor, account_id, what="claim a profile")
        if self.store.get(account_id) is None:
            raise Conflict(
                f"{account_id!r} has no account to link a profile to",
                field="account",
                value=account_id,
                hint="sign up with an e-mail address first",
            )
        if self.profiles.store.get_profile(account_id) is not None:
            raise Conflict(
                f"account {account_id!r} already has a profile",
                field="profile",
                value=account_id,
                hint="one account holds one profile; erase one of them first",
            )

    def _take_profile(self, account_id: str, target: str) -> Account:
        """The account takes the id of ``target``'s profile (in the caller's transaction);
        refused when other domains hold records under the account's id (:attr:`in_use`),
        which the claim would leave behind."""
        if self.profiles.store.get_profile(target) is None:
            raise Conflict("this token's profile was erased", field="token", hint="sign up anew")
        if self.store.get(target) is not None:
            raise Conflict(
                "this profile already has an account",
                field="token",
                hint="sign in to that account instead",
            )
        self.store.rekey(account_id, target)
        for listener in self.on_rekey:
            listener(account_id, target)
        if any(used(account_id) for used in self.in_use):
            # what the account did before (requests, an avoid list, saved people, feedback)
            # would stay under its old id: lost to it, and out of reach of its erasure
            raise Conflict(
                "your account has introductions, an avoid list, saved or skipped people or"
                " feedback of its own, which the profile would leave behind",
                field="claim",
                hint="make your own profile instead; or withdraw your requests and empty your"
                " avoid list and marks, then claim it",
            )
        claimed = self.store.get(target)
        assert claimed is not None
        return claimed

    # ----------------------------------------------------------- invitations
    def invite(
        self,
        member_id: str,
        *,
        days: object = INVITE_DAYS,
        uses: object = None,
        label: str = "",
        actor: Actor | None,
    ) -> Invitation:
        """A sign-up invitation from ``member_id`` (themself, or an admin): a link that works
        for ``days`` days and at most ``uses`` sign-ups (None: no limit), until revoked."""
        OWN_ACCOUNT.require(actor, member_id, what="invite people")
        n_days, n_uses = check_invitation_terms(days, uses)
        label = label.strip()[:MAX_LABEL] if isinstance(label, str) else ""
        now = self.clock()
        invitation = Invitation(
            id=new_id("inv_"),
            code=secrets.token_urlsafe(18),
            created_by=member_id,
            label=label,
            created_at=now,
            expires_at=now + dt.timedelta(days=n_days),
            max_uses=n_uses,
        )
        with self.db.transaction():
            self.store.add_invitation(invitation)
        return invitation

    def invitations(self, member_id: str, *, actor: Actor | None) -> list[Invitation]:
        """The invitations ``member_id`` made, newest first (themself, or an admin)."""
        OWN_ACCOUNT.require(actor, member_id, what="see the invitations")
        return self.store.invitations_by(member_id)

    def revoke_invitation(
        self, member_id: str, invitation_id: str, *, actor: Actor | None
    ) -> Invitation:
        """Revoke one of ``member_id``'s invitations: its link stops working at once."""
        OWN_ACCOUNT.require(actor, member_id, what="revoke an invitation")
        with self.db.transaction():
            if not self.store.revoke_invitation(member_id, invitation_id, self.clock()):
                raise UnknownItem(
                    f"no invitation {invitation_id!r} of yours",
                    field="invitation",
                    value=invitation_id,
                    hint="list your invitations to find its id",
                )
        return next(i for i in self.store.invitations_by(member_id) if i.id == invitation_id)

    @staticmethod
    def _closed(invitation: Invitation, now: dt.datetime) -> Conflict:
        return Conflict(
            f"this invitation is {invitation.state(now)}",
            field="invitation",
            value=invitation.state(now),
            hint="ask the member who invited you for a new link",
        )

    def invitation(self, code: str) -> Invitation:
        """The open invitation with this code (what a newcomer's link opens); an unknown code
        is refused as unknown, a revoked, expired or used-up one says so."""
        found = self.store.invitation_by_code(code) if isinstance(code, str) else None
        if found is None:
            raise UnknownItem(
                "no such invitation",
                field="invitation",
                value=str(code)[:80],
                hint="check the link, or ask the member who invited you for a new one",
            )
        now = self.clock()
        if found.state(now) != "open":
            raise self._closed(found, now)
        return found

    def _free_id(self, name: str) -> str:
        """The id a new account gets from ``name``: one nobody holds, no record names, and
        no erased member ever had (in the sign-up's transaction)."""
        taken: set[str] = set()
        while True:
            candidate = id_from_name(name, taken)
            if (
                self.store.get(candidate) is None
                and self.profiles.store.get_profile(candidate) is None
                and not self.profiles.store.is_buried(candidate)  # an erased member's
                and not any(used(candidate) for used in self.in_use)
            ):
                return candidate
            taken.add(candidate)

    # --------------------------------------------------------------- sign in
    def _take(self, bucket: str, limit: Limit, message: str, hint: str) -> None:
        wait = self.security.store.take(bucket, limit, now=self.clock().timestamp())
        if wait:
            raise Throttled(f"{message}; try again in {wait} s", retry_after=wait, hint=hint)

    def _wait(self, bucket: str, limit: Limit) -> int:
        return self.security.store.wait_for(bucket, limit, now=self.clock().timestamp())

    def sign_in(
        self, email: str, password: str, *, client: str = "", label: str = ""
    ) -> tuple[Account, str]:
        """Check the password (:meth:`verify`); the account and a new session's secret
        (shown once, for the cookie)."""
        account, held = self._verified(email, password, client=client)
        with self.db.transaction():
            self._still_held(account, held)
            return account, self._start(account.id, label, "password")

    def sign_in_token(
        self, email: str, password: str, *, client: str = "", label: str = ""
    ) -> tuple[Account, str]:
        """Check the password (:meth:`verify`); the account and a new API token (shown once,
        for a script: ``POST /accounts/signin``)."""
        account, held = self._verified(email, password, client=client)
        with self.db.transaction():
            self._still_held(account, held)
            return account, self.security.create_token(account.id, label=label)

    def _still_held(self, account: Account, held: str) -> None:
        """The account still holds the hash its password was checked against (in the
        transaction that starts a session or a token): the check is slow by design and runs
        outside any transaction, and an erasure or a password reset that commits meanwhile
        must not be followed by a session of the erased id (a later sign-up may take it) or
        of the old password (the reset ended them all). The password is wrong now: so is the
        answer (red team 17)."""
        if self.store.password_hash(account.id) != held:
            raise NotAuthenticated(_WRONG, field="password", hint=_WRONG_HINT)

    def verify(self, email: str, password: str, *, client: str = "") -> Account:
        """The account whose e-mail address and password these are.

        Throttled per client address (every attempt), per account and address (wrong
        passwords), and per account (wrong passwords from every address; then a sign-in
        link still works). The same refusal for an unknown address and a wrong password.
        """
        return self._verified(email, password, client=client)[0]

    def _verified(self, email: str, password: str, *, client: str = "") -> tuple[Account, str]:
        """:meth:`verify`'s account, and the hash it holds now (the one checked, or the
        check's re-hash)."""
        s = self.settings
        address = address_key(email) if isinstance(email, str) else ""
        client = client or "unknown"
        self._take(
            f"signin:{client}",
            s.signin,
            "too many sign-in attempts from this address",
            "wait, or ask for a sign-in link by e-mail",
        )
        pair, whole = f"signin_fail:{address}:{client}", f"signin_fail:{address}"
        for bucket, limit in ((pair, s.signin_failures), (whole, s.account_failures)):
            wait = self._wait(bucket, limit)
            if wait:
                raise Throttled(
                    f"too many wrong passwords for this address; try again in {wait} s",
                    retry_after=wait,
                    field="password",
                    hint="or sign in with a link sent by e-mail: it still works",
                )
        if not self._decoy:
            # verified when the address has no account, so a wrong address costs as much
            # time as a wrong password (no enumeration by timing)
            self._decoy = self.hasher.hash("no account has this password, ever")
        # the confirmed account, then the PASSWORD_SLOTS oldest unconfirmed sign-ups naming
        # the address (a later sign-up never displaces an earlier one), padded with the
        # decoy: always 1 + PASSWORD_SLOTS hashes checked, so the time tells neither whether
        # the address is taken nor how many signed up with it
        confirmed = self.store.by_email(address) if address else None
        pending = self.store.unconfirmed_by_email(address, k=PASSWORD_SLOTS) if address else []
        slots: list[Account | None] = [confirmed, *pending]
        slots += [None] * (1 + PASSWORD_SLOTS - len(slots))
        account: Account | None = None
        stored: str | None = None
        for candidate in slots:
            held = self.store.password_hash(candidate.id) if candidate else None
            ok = verify_password(self.hasher, held or self._decoy, password or "")
            if ok and candidate is not None and held is not None and account is None:
                account, stored = candidate, held
        if account is None or stored is None:
            now = self.clock().timestamp()
            self.security.store.take(pair, s.signin_failures, now=now)
            self.security.store.take(whole, s.account_failures, now=now)
            raise NotAuthenticated(_WRONG, field="password", hint=_WRONG_HINT)
        if self.hasher.check_needs_rehash(stored):  # hashed with older parameters
            fresh = self.hasher.hash(password)
            with self.db.transaction():
                # only over the hash checked: a reset committed meanwhile is never undone
                replaced = self.store.replace_password_hash(account.id, stored, fresh)
            if replaced:
                stored = fresh
            else:  # another sign-in re-hashed it first (or a reset changed it: then no)
                held = self.store.password_hash(account.id)
                if held is not None and verify_password(self.hasher, held, password or ""):
                    stored = held
        return account, stored

    # ------------------------------------------------------------ one-time links
    def request_link(self, email: str, purpose: LinkPurpose, *, client: str = "") -> None:
        """E-mail a one-time link (sign in, or reset the password) if the address has an
        account. The caller learns nothing either way: the same return, the same limits."""
        self._take(
            f"link:{client or 'unknown'}",
            self.settings.link,
            "too many links asked from this address",
            "wait, then ask again",
        )
        try:
            address = check_address(email)
        except InvalidInput:
            return  # not an address: nothing to send, and nothing to tell
        self._take(
            f"link_email:{address_key(address)}",
            self.settings.links_per_email,
            "too many links asked for this address",
            "use the last link you received",
        )
        account = self.store.by_email(address)  # a confirmed account only: see the module
        if account is None:
            return
        minutes = (
            self.settings.link_minutes
            if purpose == LinkPurpose.SIGNIN
            else self.settings.reset_minutes
        )
        secret = new_token()
        now = self.clock()
        path = "/web/link" if purpose == LinkPurpose.SIGNIN else "/web/reset/new"
        subject, body = self.compose(
            f"{purpose.value}_link",
            account.lang,
            {"path": f"{path}?code={secret}", "minutes": f"{minutes:g}", "name": account.name},
        )
        with self.db.transaction():
            self.store.add_link(
                token_hash(secret), account.id, purpose, now, now + dt.timedelta(minutes=minutes)
            )
            self.mail.queue(
                Outgoing(
                    account.email,
                    subject,
                    body,
                    f"{purpose.value}_link",
                    account.id,
                    True,
                    lang=account.lang,
                )
            )

    def _redeem_id(self, code: str, purpose: LinkPurpose) -> str:
        """The member id of a valid, unused, unexpired link of ``purpose``, marked used (in
        the caller's transaction)."""
        digest = _link_digest(code)
        found = self.store.find_link(digest) if digest else None
        if found is None or found[1] != purpose:
            raise NotAuthenticated(
                "this link is not valid", field="code", hint="ask for a new link"
            )
        member_id, _, expires, used = found
        if used or not self.store.use_link(digest, self.clock()):
            raise NotAuthenticated(
                "this link was used already; a link works once",
                field="code",
                hint="ask for a new link",
            )
        if expires <= self.clock():
            raise NotAuthenticated("this link has expired", field="code", hint="ask for a new link")
        return member_id

    def _redeem(self, code: str, purpose: LinkPurpose) -> Account:
        """The account of a valid, unused, unexpired link of ``purpose``, marked used (in the
        caller's transaction)."""
        account = self.store.get(self._redeem_id(code, purpose))
        if account is None:
            raise NotAuthenticated("this link is not valid", field="code", hint="sign up")
        return account

    def sign_in_with_link(self, code: str, *, label: str = "") -> tuple[Account, str]:
        """Use a sign-in link (once): the account and a new session's secret."""
        with self.db.transaction():
            account = self._redeem(code, LinkPurpose.SIGNIN)
            return account, self._start(account.id, label, "link")

    def check_link(self, code: str, purpose: LinkPurpose) -> bool:
        """True if the link would work now (to show the new-password form), without using it."""
        return self.link_holder(code, purpose) is not None

    def link_holder(self, code: str, purpose: LinkPurpose) -> str | None:
        """Whose link of ``purpose`` ``code`` is, if it would work now (not used, expired or
        replaced), without using it; None otherwise."""
        digest = _link_digest(code)
        found = self.store.find_link(digest) if digest else None
        if found is None or found[1] != purpose or found[3] or found[2] <= self.clock():
            return None
        return found[0]

    def reset_password(self, code: str, password: str, *, label: str = "") -> tuple[Account, str]:
        """Use a reset link (once) to set a new password. Every other session ends, every
        other link stops working and every API token is revoked (one made with a stolen
        session would outlive it: a reset is how a member takes the account back); returns
        the account and a new session's secret."""
        with self.db.transaction():
            account = self._redeem(code, LinkPurpose.RESET)
            password = check_password(password, email=account.email, name=account.name)
            self.store.set_password_hash(account.id, self.hasher.hash(password))
            self.store.delete_sessions(account.id)
            self.store.drop_links(account.id)
            self.security.store.forget(account.id)
            return account, self._start(account.id, label, "reset")

    # -------------------------------------------------------------- sessions
    def _start(self, member_id: str, label: str, proof: str = "") -> str:
        """A new session of ``member_id`` (in the caller's transaction), if the member is
        still here: an API token pasted in the sign-in form is checked before, and an
        erasure committed in between would leave a session of an erased id, which the next
        sign-up under that name takes (red team 17)."""
        self.db.require_transaction()
        if self.store.get(member_id) is None and self.profiles.store.get_profile(member_id) is None:
            raise NotAuthenticated(
                "this member no longer exists", field="member", hint="sign up, or sign in again"
            )
        secret = new_token()
        now = self.clock()
        expires = now + dt.timedelta(days=self.settings.session_days)
        self.store.add_session(token_hash(secret), member_id, now, expires, label, proof)
        return secret

    def start_session(self, member_id: str, *, label: str = "") -> str:
        """A new session for a member already authenticated another way (an API token
        pasted in the sign-in form); its secret."""
        with self.db.transaction():
            return self._start(member_id, label)

    def authenticate(self, secret: str | None) -> Actor | None:
        """The member of a session secret; None for none; NotAuthenticated when it is
        unknown, revoked or expired."""
        if not secret:
            return None
        digest = token_hash(secret)
        session = self.store.find_session(digest)
        now = self.clock()
        if session is None or session.expires_at <= now:
            raise NotAuthenticated("your session has ended", hint="sign in again")
        if (now - session.last_seen_at).total_seconds() > 60:
            self.store.touch_session(digest, now)
        return Actor(session.member_id)

    def sign_out(self, secret: str | None) -> None:
        """End this session (the cookie's)."""
        if secret:
            with self.db.transaction():
                self.store.delete_session_hash(token_hash(secret))

    def sessions(self, member_id: str, *, actor: Actor | None) -> list[Session]:
        """The member's open sessions (never their secrets)."""
        OWN_ACCOUNT.require(actor, member_id, what="list the sessions")
        now = self.clock()
        return [s for s in self.store.sessions_of(member_id) if s.expires_at > now]

    def revoke_session(self, member_id: str, session_id: str, *, actor: Actor | None) -> None:
        """End one of the member's sessions by its id."""
        OWN_ACCOUNT.require(actor, member_id, what="end a session")
        with self.db.transaction():
            if not self.store.delete_session(member_id, session_id):
                raise UnknownItem(f"no session {session_id!r}", field="session", value=session_id)

    def sign_out_everywhere(self, member_id: str, *, actor: Actor | None) -> int:
        """End every session of the member (this browser's too); how many ended."""
        OWN_ACCOUNT.require(actor, member_id, what="sign out everywhere")
        with self.db.transaction():
            return self.store.delete_sessions(member_id)

    # --------------------------------------------------------------- profile
    def write_profile(
        self, member_id: str, raw: Mapping[str, Any], *, actor: Actor | None
    ) -> tuple[Profile, bool]:
        """Create ``member_id``'s profile, or replace it as a whole (the fields not given
        take their defaults), under the account's id; ``(profile, created)``.

        The one use case behind the profile form (``/web/profile/new``) and ``PUT
        /me/profile``: the same checks (:func:`~matcher.profiles.check_profile`), the same
        errors, the same result for the same fields written twice. With no ``email``, the
        account's address goes in once confirmed (an unconfirmed one comes at
        confirmation). Only the member themself, or an admin (:data:`EDIT_PROFILE`).

        Examples
        --------
        >>> from embeddings.encoder import FakeEncoder
        >>> from matcher.schema import connect
        >>> profiles = ProfileService(connect(), FakeEncoder(dim=32))
        >>> accounts = AccountService(profiles, SecurityService(profiles), MailService(profiles.db),
        ...                           AccountSettings(hash_memory_kib=1024, hash_time=1))
        >>> ana = accounts.sign_up("Ana", "ana@example.org", "correct horse battery")
        >>> me = Actor(ana.id)
        >>> profile, created = accounts.write_profile(
        ...     ana.id, {"name": "Ana", "offers": "code", "needs": "sales"}, actor=me)
        >>> profile.id, created
        ('ana', True)
        >>> accounts.write_profile(ana.id, {"name": "Ana", "offers": "design", "needs": "sales"},
        ...                        actor=me)[0].offers
        'design'
        >>> accounts.write_profile(ana.id, {"name": "Ana", "offers": "o", "needs": "n"},
        ...                        actor=Actor("bob"))
        Traceback (most recent call last):
        ...
        matcher.errors.NotAllowed: you may only change your own profile, not 'ana'; use the token of that profile's owner
        """
        EDIT_PROFILE.require(actor, member_id)
        account = self.store.get(member_id)
        raw = {**raw, "id": member_id}
        if account is not None and account.confirmed and not raw.get("email"):
            raw["email"] = account.email
        if self.profiles.store.get_profile(member_id) is None:
            if account is None:
                raise self.profiles.missing(member_id, actor)
            try:
                return self.profiles.create_profile(raw), True
            except Conflict:  # written by a request at the same moment: this one replaces it
                if self.profiles.store.get_profile(member_id) is None:
                    raise
        whole = profile_to_dict(check_profile(raw))  # every field: a replacement
        return self.profiles.update_profile(member_id, whole, actor=actor), False

    # --------------------------------------------------------------- reading
    def get(self, member_id: str, *, actor: Actor | None) -> Account:
        """The member's account."""
        OWN_ACCOUNT.require(actor, member_id, what="read the account")
        account = self.store.get(member_id)
        if account is None:
            raise UnknownItem(
                f"{member_id!r} has no account (signed up through the API)",
                field="account",
                value=member_id,
                hint="sign up on the sign-up page with the same e-mail address",
            )
        return account

    def set_lang(self, member_id: str, lang: str, *, actor: Actor | None) -> Account:
        """The language of the member's e-mails."""
        account = self.get(member_id, actor=actor)
        with self.db.transaction():
            self.store.set_lang(account.id, check_lang(lang))
        return self.get(member_id, actor=actor)

    # ------------------------------------------------------ confirmed addresses
    def proven(self, member_id: str, address: str) -> bool:
        """THE rule of the community: may anything be sent to, or shown from, ``address``
        as ``member_id``'s? Only once its owner proved they read it: it is the member's
        account's address and that account is confirmed (a confirmation link, a sign-in or
        reset link, or a personal invitation opened), or a profile without an account
        answered, or was claimed through, a personal link mailed to that very address.
        Case does not matter; an address typed by anyone else (an organiser's import, a
        ``POST /profiles``, a profile form) is proven by nothing but that."""
        address = address.strip() if isinstance(address, str) else ""
        if not address:
            return False
        account = self.store.get(member_id)
        if (
            account is not None
            and account.confirmed
            and address_key(account.email) == address_key(address)
        ):
            return True
        return self.store.proven(member_id, address)

    def address_of(self, member_id: str) -> tuple[str, str] | None:
        """Where and in which language to write to a member (:meth:`proven`): their account's
        address once confirmed, else, for a profile without an account, its address once
        proven (in the language it reads: ``_lang_of``); None otherwise."""
        account = self.store.get(member_id)
        if account is not None:  # an unconfirmed address gets nothing but its own links
            return (account.email, account.lang) if account.confirmed else None
        profile = self.profiles.store.get_profile(member_id)
        if profile is not None and self.proven(member_id, profile.email):
            return profile.email, _lang_of(profile.languages)
        return None

    def reading_language(self, member_id: str) -> str | None:
        """The language ``member_id`` reads what is printed for them in: with an account,
        their profile's only language of the pages, else their account's
        (:func:`~matcher.accounts.model.reading_lang`); without one, the language they are
        written to in, the first of the pages' their profile names, as guessed at its import
        (:func:`~matcher.accounts.model.written_lang`: an attendee imported with French texts,
        ``fr;en``, reads French whatever the organiser reads); None when not known."""
        account = self.store.get(member_id)
        profile = self.profiles.store.get_profile(member_id)
        languages = profile.languages if profile is not None else ()
        if account is None:
            return written_lang(languages)
        return reading_lang(languages, account.lang)

    def invitation_address(self, member_id: str) -> tuple[str, str] | None:
        """Where an organiser's own invitation to an event goes: :meth:`address_of`, else,
        for a profile without an account, the address typed for it (the organiser's import:
        the letter names who invites, and carries the personal link that proves the address
        once used). Nothing else goes to an unproven address."""
        found = self.address_of(member_id)
        if found is not None or self.store.get(member_id) is not None:
            return found
        profile = self.profiles.store.get_profile(member_id)
        if profile is not None and profile.email.strip():
            return profile.email, _lang_of(profile.languages)
        return None

    # ------------------------------------------- letters to unproven addresses
    def unproven_wait(self, address: str) -> int | None:
        """Seconds before a letter to ``address``, unproven, may go (0: now), whoever sends
        it; None when the address's owner stopped such letters (:meth:`stop_unproven`)."""
        if self.store.address_stopped(address):
            return None
        bucket = f"unproven_email:{address_key(address)}"
        return self._wait(bucket, self.settings.unproven_per_email)

    def take_unproven(self, address: str) -> bool:
        """Take one letter to ``address`` (unproven) from its budget, across every sender;
        False when it is spent or the owner stopped them. In the letter's transaction."""
        if self.store.address_stopped(address):
            return False
        bucket = f"unproven_email:{address_key(address)}"
        now = self.clock().timestamp()
        return not self.security.store.take(bucket, self.settings.unproven_per_email, now=now)

    def unproven_refusal(self, member_id: str) -> Throttled | None:
        """Why a letter to ``member_id``'s typed address (an organiser's invitation) may not
        go now, told to its sender; None when it may, or when the address is proven. The
        same refusal whether the address's budget is spent or its owner stopped such
        letters, and whoever owns the address: the sender learns nothing of it."""
        if self.address_of(member_id) is not None or self.store.get(member_id) is not None:
            return None
        found = self.invitation_address(member_id)
        if found is None:
            return None
        wait = self.unproven_wait(found[0])
        if wait == 0:
            return None
        limit = self.settings.unproven_per_email
        refill = math.ceil(60 / limit.per_minute) if limit.per_minute > 0 else 86_400
        return Throttled(
            f"{member_id!r}'s e-mail address has had as many invitations as it takes for now",
            retry_after=refill if wait is None else wait,
            field="invitation_address",
            value=member_id,
            hint="give them the event's invitation link another way",
            limit="unproven_address",
        )

    def stop_unproven(self, address: str) -> None:
        """No more letters nobody asked for to ``address`` (its owner's choice, by the link in
        each of them): an organiser's invitation, from anyone. A member whose address is
        proven still gets their own mail."""
        with self.db.transaction():
            self.store.stop_address(address, self.clock())

    def contact_of(self, member_id: str) -> tuple[str, bool]:
        """The contact a profile shows its introduction partners: its address and whether it
        is proven (:meth:`proven`); an unproven one must not be shown, only said to be
        waiting for confirmation. ``("", False)``: no address given."""
        profile = self.profiles.store.get_profile(member_id)
        email = profile.email.strip() if profile is not None else ""
        return email, bool(email) and self.proven(member_id, email)

    def prove_by_link(self, code: str, member_id: str) -> bool:
        """Record that ``member_id`` proved the address a personal link of theirs was mailed
        to, when that is still their profile's (used: the link was answered or claimed). In
        the caller's transaction; whether a proof was recorded."""
        self.db.require_transaction()
        digest = _link_digest(code)
        found = self.store.find_link(digest) if digest else None
        if found is None or found[0] != member_id:
            return False
        sent_to = self.store.link_sent_to(digest)
        profile = self.profiles.store.get_profile(member_id)
        if not sent_to or profile is None or address_key(profile.email) != address_key(sent_to):
            return False  # the profile's address changed since: the link proves the old one
        self.store.prove(member_id, sent_to, self.clock())
        return True

    def export(self, member_id: str) -> Mapping[str, object]:
        """What the account holds about the member (their export): never hashes or secrets."""
        account = self.store.get(member_id)
        sessions = self.store.sessions_of(member_id)
        return {
            "account": None
            if account is None
            else {
                "id": account.id,
                "email": account.email,
                "name": account.name,
                "lang": account.lang,
                "created_at": account.created_at.isoformat(),
                "confirmed": account.confirmed,
            },
            "sessions": [
                {"id": s.id, "created_at": s.created_at.isoformat(), "label": s.label}
                for s in sessions
            ],
            "invitations": [
                {
                    "id": i.id,
                    "label": i.label,
                    "created_at": i.created_at.isoformat(),
                    "expires_at": i.expires_at.isoformat(),
                    "max_uses": i.max_uses,
                    "uses": i.uses,
                    "revoked_at": i.revoked_at.isoformat() if i.revoked_at else None,
                }
                for i in self.store.invitations_by(member_id)
            ],
            "invited_with": (self.store.invited_with(member_id) or (None,))[0],
            "proven_addresses": [
                {"email": e, "proven_at": t.isoformat()} for e, t in self.store.proofs(member_id)
            ],
        }
