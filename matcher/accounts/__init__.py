"""Accounts: sign up with a name, an e-mail address and a password (argon2id), sign in with
the password or a one-time link sent by e-mail, reset a forgotten password, browser
sessions that can be listed and revoked (sign out everywhere).

API tokens stay in :mod:`matcher.security`; this domain reuses its secrets, hashes and
throttles. The public face of the domain.
"""

from matcher.accounts.model import (
    LANGS,
    MIN_PASSWORD,
    Account,
    AccountSettings,
    Invitation,
    LinkPurpose,
    Session,
    check_invitation_terms,
    check_lang,
    check_name,
    check_password,
    id_from_name,
)
from matcher.accounts.service import AccountService
from matcher.accounts.store import AccountStore

__all__ = [
    "LANGS",
    "MIN_PASSWORD",
    "Account",
    "AccountService",
    "AccountSettings",
    "AccountStore",
    "Invitation",
    "LinkPurpose",
    "Session",
    "check_invitation_terms",
    "check_lang",
    "check_name",
    "check_password",
    "id_from_name",
]
