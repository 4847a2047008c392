"""Accounts, the pure rules: who a member is to sign in (e-mail, password, language),
passwords (argon2id), one-time links, browser sessions, and the throttles' keys.

* A member signs up with a name, an e-mail address and a password, and gets an id picked
  by the server from the name (:func:`id_from_name`): the same id their profile will have.
* The address is *unconfirmed* until the member, signed in, opens a one-time confirmation
  link sent to it (any: its code is the address's, whichever sign-up caused it); until then nothing else is sent to it, and no other
  member sees it. Several unconfirmed accounts may name one address (a stranger's sign-up
  with someone else's address blocks nobody); at most one account per address is
  confirmed, and only a confirmed account receives sign-in and reset links.
* Passwords are stored as argon2id hashes (``argon2-cffi``; memory-hard, so a stolen table
  costs an attacker memory as well as time per guess); a hash made with older parameters is
  replaced at the next sign-in.
* A one-time link (sign-in or password reset) and a browser session are 256-bit secrets
  made by :func:`matcher.security.new_token`; only their SHA-256 is stored
  (:func:`matcher.security.token_hash`), like API tokens.
* A session's public id (to list and revoke it) is the first 12 hex digits of its hash:
  it identifies the row and reveals nothing of the secret.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from matcher.addresses import check_address
from matcher.errors import InvalidInput, TooLong, blank, control_character, counted
from matcher.ids import PSEUDONYM_PREFIX
from matcher.languages import LANGS
from matcher.security.model import MAX_LABEL, Limit

__all__ = [
    "INVITE_DAYS",
    "LANGS",
    "MAX_INVITE_DAYS",
    "MAX_INVITE_USES",
    "MAX_LABEL",
    "MAX_NAME",
    "MAX_PASSWORD",
    "MIN_PASSWORD",
    "PASSWORD_SLOTS",
    "Account",
    "AccountSettings",
    "Invitation",
    "LinkPurpose",
    "Session",
    "check_invitation_terms",
    "check_lang",
    "check_name",
    "check_password",
    "hasher",
    "id_from_name",
    "invitation_terms_errors",
    "public_id",
    "reading_lang",
    "sign_up_errors",
    "verify_password",
    "written_lang",
]

MIN_PASSWORD = 10
MAX_PASSWORD = 256  # argon2 takes any length; a cap keeps one request's work bounded
MAX_NAME = 80


class LinkPurpose(StrEnum):
    """What a one-time link does."""

    SIGNIN = "signin"
    RESET = "reset"
    #: an organiser's invitation to someone they imported: answer the event, then claim
    #: the profile made for them (its row names that profile, which has no account yet)
    CLAIM = "claim"
    #: confirmed an account's address (opened while signed in to it); since the migration
    #: ``m_address_codes`` a confirmation code is the address's, kept apart (see
    #: :meth:`~matcher.accounts.AccountService.confirm`), and these rows are older ones
    CONFIRM = "confirm"
    #: moves the account to the address it was mailed to (``sent_to``): opened signed in to
    #: the account that asked for the change (:meth:`~matcher.accounts.AccountService.request_email_change`)
    CHANGE_EMAIL = "change_email"
    #: mailed to the old address after a change: gives the account back to it (no sign-in:
    #: the member whose session was taken has only their mailbox)
    REVERT_EMAIL = "revert_email"


@dataclass(frozen=True, slots=True)
class AccountSettings:
    """Lifetimes, throttles and the cost of a password hash.

    Parameters
    ----------
    session_days : float
        A browser session ends this many days after sign-in (or at sign-out).
    link_minutes : float
        A sign-in link works once, for this many minutes.
    reset_minutes : float
        A password-reset link works once, for this many minutes.
    signin : Limit
        Sign-in attempts per client address (right or wrong).
    signin_failures : Limit
        Wrong passwords per account *and* address: one address guessing one account slows
        down fast; the owner, from another address, is not affected.
    account_failures : Limit
        Wrong passwords per account from every address together (a distributed guess);
        past it, a password sign-in is refused until the bucket refills and the member is
        told to use a sign-in link, which still works.
    link : Limit
        Sign-in and reset links asked per client address.
    link_per_email : Limit or None
        Sign-in and reset links asked per e-mail address, whoever asks (whether or not it
        has an account: the answer is the same either way). None (the default): 3 at once,
        then one per sign-in link's life (``link_minutes``, or ``reset_minutes`` if
        shorter): at most 75 links in a first day, 72 a day after, however many strangers
        type someone's address (it was one every 5 minutes, 288 a day). It must refill at
        least that fast: when it refuses, a link went to the address less than one refill
        ago and still works (a newer link replaces the older, and each one reaches the
        owner's mailbox), so a stranger asking for links cannot leave the owner without one.
    confirm_per_email : Limit
        Letters that anyone's sign-up, resend or change of address makes cofoundry write to
        one address (confirmation links, and notes to an address's owner): 3 at once, then
        one every 6 hours (at most 7 in a first day, 4 a day after). It must refill faster
        than a confirmation link expires (``confirm_hours``): when it refuses, a letter went
        to the address less than one refill ago and its link still works, for the owner's
        sign-up too (a code belongs to the address), so the owner is never left without one.
    hash_time, hash_memory_kib, hash_parallelism : int
        argon2id's cost (defaults: RFC 9106's second recommended option, as argon2-cffi).
    invite_only : bool
        Sign-up needs an open invitation (a member's link); otherwise anyone may sign up and
        an invitation only records who invited whom.
    claim_days : float
        An event invitation's personal link (someone an organiser imported) works this many
        days, until its profile is claimed, or until a newer one is sent.
    confirm_hours : float
        A link confirming a new account's address works once, for this many hours.
    revert_days : float
        After a change of address, the link mailed to the old one that takes the account
        back works this many days.
    recent_minutes : float
        A sign-in this recent stands for the password when an account without one (it
        signs in with links) changes its e-mail address.
    unproven_per_email : Limit
        Letters to an address nobody proved (an organiser's invitation to someone they
        imported), per address, whoever sends them: 3 at once, then one every 8 hours.
    """

    session_days: float = 30.0
    link_minutes: float = 20.0
    reset_minutes: float = 60.0
    signin: Limit = field(default_factory=lambda: Limit(per_minute=10, burst=30))
    signin_failures: Limit = field(default_factory=lambda: Limit(per_minute=1, burst=5))
    account_failures: Limit = field(default_factory=lambda: Limit(per_minute=2, burst=50))
    link: Limit = field(default_factory=lambda: Limit(per_minute=2, burst=10))
    link_per_email: Limit | None = None
    confirm_per_email: Limit = field(default_factory=lambda: Limit(per_minute=1 / 360, burst=3))
    hash_time: int = 3
    hash_memory_kib: int = 65536
    hash_parallelism: int = 4
    invite_only: bool = False
    claim_days: float = 30.0
    confirm_hours: float = 48.0
    revert_days: float = 7.0
    recent_minutes: float = 10.0
    unproven_per_email: Limit = field(default_factory=lambda: Limit(per_minute=1 / 480, burst=3))

    @property
    def links_per_email(self) -> Limit:
        """The per-address limit on sign-in and reset links (``link_per_email``'s rule).

        Examples
        --------
        >>> AccountSettings().links_per_email
        Limit(per_minute=0.05, burst=3)
        >>> AccountSettings(link_minutes=90.0).links_per_email.per_minute  # the reset's 60
        0.016666666666666666
        """
        if self.link_per_email is not None:
            return self.link_per_email
        return Limit(per_minute=1 / min(self.link_minutes, self.reset_minutes), burst=3)

    def __post_init__(self) -> None:
        shortest = min(self.link_minutes, self.reset_minutes)
        if self.link_per_email is not None and self.link_per_email.per_minute * shortest < 1:
            raise ValueError(
                "link_per_email refills one link every"
                f" {counted(1 / self.link_per_email.per_minute, 'minute')}, more than a link"
                f" works ({counted(shortest, 'minute')}): a stranger asking for links could"
                " leave the owner of an address without one; refill it faster"
            )
        refill_hours = (
            1 / self.confirm_per_email.per_minute / 60
            if self.confirm_per_email.per_minute > 0
            else math.inf
        )
        if refill_hours >= self.confirm_hours:
            every = (
                f"refills one letter every {counted(refill_hours, 'hour')}"
                if math.isfinite(refill_hours)
                else "never refills"
            )
            raise ValueError(
                f"confirm_per_email {every}, not less than confirm_hours"
                f" ({counted(self.confirm_hours, 'hour')}): the owner of an address could be"
                " left without a working link; refill it faster, or let links live longer"
            )


def hasher(settings: AccountSettings) -> PasswordHasher:
    """The argon2id hasher of these settings.

    Examples
    --------
    >>> h = hasher(AccountSettings(hash_memory_kib=1024, hash_time=1))
    >>> verify_password(h, h.hash("correct horse battery"), "correct horse battery")
    True
    """
    return PasswordHasher(
        time_cost=settings.hash_time,
        memory_cost=settings.hash_memory_kib,
        parallelism=settings.hash_parallelism,
    )


def verify_password(h: PasswordHasher, stored: str | None, password: str) -> bool:
    """True if ``password`` matches the stored hash (False for no hash or a damaged one).

    Examples
    --------
    >>> h = hasher(AccountSettings(hash_memory_kib=1024, hash_time=1))
    >>> verify_password(h, h.hash("correct horse battery"), "wrong horse battery")
    False
    >>> verify_password(h, None, "anything")
    False
    """
    if not stored:
        return False
    try:
        return bool(h.verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True, slots=True)
class Account:
    """A member's account (never its password hash: the store keeps that apart).

    Examples
    --------
    >>> a = Account("ana", "ana@example.org", "Ana", "fr", dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    >>> a.id, a.has_password, a.confirmed
    ('ana', True, True)
    """

    id: str
    email: str
    name: str
    lang: str
    created_at: dt.datetime
    has_password: bool = True
    #: its owner proved the address by opening a link sent to it (see :class:`LinkPurpose`)
    confirmed: bool = True


@dataclass(frozen=True, slots=True)
class Session:
    """A browser session, as its owner sees it in the list (never its secret)."""

    id: str
    member_id: str
    created_at: dt.datetime
    last_seen_at: dt.datetime
    expires_at: dt.datetime
    label: str = ""


def public_id(secret_hash: str) -> str:
    """The id under which a session (or token) is listed and revoked: 12 hex digits of its hash.

    Examples
    --------
    >>> public_id("93ba558f09f9ab12cd")
    '93ba558f09f9'
    """
    return secret_hash[:12]


def check_name(raw: object) -> str:
    """A display name: trimmed, 1 to 80 characters, no control characters.

    Examples
    --------
    >>> check_name("  Zoé Martin ")
    'Zoé Martin'
    >>> check_name("")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: name is required (got ''); give the name others will see
    """
    text = raw.strip() if isinstance(raw, str) else ""
    if blank(text):  # empty, or only invisible characters (zero-width spaces)
        raise InvalidInput(
            "name is required", field="name", value=raw, hint="give the name others will see"
        )
    if control_character(text, allowed="") is not None:  # one line, shown as written
        raise InvalidInput(
            "name holds a control character", field="name", value=text[:40], hint="remove it"
        )
    return TooLong.unless_short(text, MAX_NAME, field="name", hint="shorten it")


def sign_up_errors(name: object, email: object, password: object) -> list[InvalidInput]:
    """Every problem of a sign-up's name, e-mail address and password, one a field (each
    checked on its own: a form shows them all at once, where the checks stop at the first).
    The password is compared with the name and address as they would be stored.

    Examples
    --------
    >>> [e.field for e in sign_up_errors("", "not-an-address", "short")]
    ['name', 'email', 'password']
    >>> [e.field for e in sign_up_errors("Zoé", "zoe@example.org", " ZOE@example.org")]
    ['password']
    >>> sign_up_errors("Zoé", "zoe@example.org", "correct horse battery")
    []
    """
    errors: list[InvalidInput] = []
    kept: dict[str, str] = {}
    for field_name, check, raw in (("name", check_name, name), ("email", check_address, email)):
        try:
            kept[field_name] = check(raw)
        except InvalidInput as exc:
            errors.append(exc)
    try:
        check_password(password, email=kept.get("email", ""), name=kept.get("name", ""))
    except InvalidInput as exc:
        errors.append(exc)
    return errors


def check_password(raw: object, *, email: str = "", name: str = "") -> str:
    """A password of 10 to 256 characters that is not the e-mail address or the name.

    Examples
    --------
    >>> check_password("correct horse battery")
    'correct horse battery'
    >>> check_password("short")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: password must be at least 10 characters, got 5; a few words you remember make a good one
    """
    if not isinstance(raw, str) or not raw:
        raise InvalidInput(
            "password is required",
            field="password",
            hint=f"choose one of {MIN_PASSWORD} characters or more",
        )
    if len(raw) < MIN_PASSWORD:
        raise InvalidInput(
            f"password must be at least {MIN_PASSWORD} characters, got {len(raw)}",
            field="password",
            hint="a few words you remember make a good one",
        )
    if len(raw) > MAX_PASSWORD:
        raise InvalidInput(
            f"password must be at most {MAX_PASSWORD} characters, got {len(raw)}",
            field="password",
            hint="use a shorter one",
        )
    lowered = raw.strip().lower()
    if lowered in {email.lower(), name.strip().lower()} - {""}:
        raise InvalidInput(
            "password must not be your e-mail address or your name",
            field="password",
            hint="choose something others cannot guess",
        )
    return raw


def check_lang(raw: object) -> str:
    """``en`` or ``fr`` (the language of the pages and the e-mails).

    Examples
    --------
    >>> check_lang("fr"), check_lang("")
    ('fr', 'en')
    """
    if raw in (None, ""):
        return "en"
    if raw not in LANGS:
        raise InvalidInput("lang must be en or fr", field="lang", value=raw, hint="use en or fr")
    return str(raw)


def reading_lang(languages: Sequence[str], account_lang: str | None = None) -> str | None:
    """The language a member reads what is printed for them in (an event's agenda): the one
    of :data:`LANGS` their profile's ``languages`` name when they name only one (a profile
    that says English only reads English, whatever else is chosen), else their account's
    language (``account_lang``, the pages' and e-mails'), else None: not known, the caller's
    own language (the organiser's) is the one to use.

    Examples
    --------
    >>> reading_lang(["en"], "fr"), reading_lang(["de", "fr"]), reading_lang(["fr", "en"], "en")
    ('en', 'fr', 'en')
    >>> reading_lang(["fr", "en"]) is None, reading_lang(["de"]) is None
    (True, True)
    """
    read = {code for code in languages if code in LANGS}
    if len(read) == 1:
        return read.pop()
    return account_lang if account_lang in LANGS else None


def written_lang(languages: Sequence[str]) -> str | None:
    """The language a profile without an account is written to and printed for in (its
    invitation e-mail, its printed agenda): the first of :data:`LANGS` its ``languages``
    name, the order they were given or guessed in (an import puts the guess first, English
    after it: :func:`~matcher.profiles.imported_languages`); None when it names neither.

    Examples
    --------
    >>> written_lang(["fr", "en"]), written_lang(["de", "en", "fr"]), written_lang(["de"]) is None
    ('fr', 'en', True)
    """
    return next((code for code in languages if code in LANGS), None)


def id_from_name(name: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A member id from a name: lower-case ASCII letters, digits and dashes, made unique by a
    number when ``taken`` holds it already (the server picks ids; nobody types one).

    Examples
    --------
    >>> id_from_name("Zoé Martin"), id_from_name("Zoé Martin", {"zoe-martin"})
    ('zoe-martin', 'zoe-martin-2')
    >>> id_from_name("李雷")
    'member'

    Never an erased member's pseudonym (:data:`~matcher.ids.PSEUDONYM_PREFIX`):

    >>> id_from_name("Former Member 3f2a9c1b7d0e")
    'member-former-member-3f2a9c1b7d0e'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-") or "member"
    if f"{base}-".startswith(PSEUDONYM_PREFIX):  # its numbered forms would start with it too
        base = f"member-{base}"
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


#: An invitation link works for at most this many days, and for at most this many sign-ups;
#: by default for two weeks. Its label (for its maker) is at most ``MAX_LABEL`` characters (as a token's).
MAX_INVITE_DAYS = 90
MAX_INVITE_USES = 1000
INVITE_DAYS = 14
#: Unconfirmed accounts naming one address that sign in by password (the oldest ones):
#: a sign-in checks this many hashes plus the confirmed account's, always, whatever the
#: address (a later, third, sign-up signs in by password once confirmed).
PASSWORD_SLOTS = 2


@dataclass(frozen=True, slots=True)
class Invitation:
    """A sign-up invitation: a link a member shares (``/web/join/<code>``) that lets
    newcomers sign up, until it expires, is used up or is revoked.

    Examples
    --------
    >>> t0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    >>> inv = Invitation("inv_1", "c0de", "ana", "meetup", t0, t0 + dt.timedelta(days=7), 2)
    >>> inv.state(t0), inv.state(t0 + dt.timedelta(days=8))
    ('open', 'expired')
    >>> Invitation("inv_1", "c0de", "ana", "", t0, t0 + dt.timedelta(days=7), 2, uses=2).state(t0)
    'used up'
    """

    id: str
    code: str
    created_by: str
    label: str
    created_at: dt.datetime
    expires_at: dt.datetime
    max_uses: int | None = None
    uses: int = 0
    revoked_at: dt.datetime | None = None

    def state(self, now: dt.datetime) -> str:
        """``open``, or why it no longer works: ``revoked``, ``expired``, ``used up``."""
        if self.revoked_at is not None:
            return "revoked"
        if now >= self.expires_at:
            return "expired"
        if self.max_uses is not None and self.uses >= self.max_uses:
            return "used up"
        return "open"


def invitation_terms_errors(days: object, uses: object) -> list[InvalidInput]:
    """Every problem of an invitation's terms, one a field (:func:`check_invitation_terms`
    raises the first): a form shows both beside their fields at once.

    Examples
    --------
    >>> [e.field for e in invitation_terms_errors("0", "many")]
    ['days', 'uses']
    >>> invitation_terms_errors("7", "")
    []
    """
    errors: list[InvalidInput] = []
    if _whole_in(days, MAX_INVITE_DAYS) is None:
        errors.append(
            InvalidInput(
                f"days must be a whole number from 1 to {MAX_INVITE_DAYS}",
                field="days",
                value=days,
                hint=f"an invitation works for at most {MAX_INVITE_DAYS} days: make a new one later",
            )
        )
    if not (uses is None or uses == "") and _whole_in(uses, MAX_INVITE_USES) is None:
        errors.append(
            InvalidInput(
                f"uses must be a whole number from 1 to {MAX_INVITE_USES}, or left out",
                field="uses",
                value=uses,
                hint="leave it out for no limit",
            )
        )
    return errors


def check_invitation_terms(days: object, uses: object) -> tuple[int, int | None]:
    """How long an invitation works (1 to 90 days) and for how many sign-ups (1 to 1000, or
    None for no limit).

    Examples
    --------
    >>> check_invitation_terms(14, None), check_invitation_terms("7", "3")
    ((14, None), (7, 3))
    >>> check_invitation_terms(0, None)
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: days must be a whole number from 1 to 90 (got 0); an invitation works for at most 90 days: make a new one later
    """
    errors = invitation_terms_errors(days, uses)
    if errors:
        raise errors[0]
    n_days = _whole_in(days, MAX_INVITE_DAYS)
    assert n_days is not None
    n_uses = None if uses is None or uses == "" else _whole_in(uses, MAX_INVITE_USES)
    return n_days, n_uses


def _whole_in(value: object, most: int) -> int | None:
    """``value`` (an int or its text; not a bool) as a whole number from 1 to ``most``, or
    None if it is not one."""
    try:
        n = int(str(value)) if not isinstance(value, bool) else 0
    except ValueError:
        return None
    return n if 1 <= n <= most else None
