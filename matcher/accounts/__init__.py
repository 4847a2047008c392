"""Accounts: sign up with a name, an e-mail address and a password (argon2id), sign in with
the password or a one-time link sent by e-mail, reset a forgotten password, browser
sessions that can be listed and revoked (sign out everywhere).

API tokens stay in :mod:`matcher.security`; this domain reuses its secrets, hashes and
throttles. The public face of the domain.
"""

from matcher.accounts import model
from matcher.accounts.model import *  # noqa: F403
from matcher.accounts.service import AccountService
from matcher.accounts.store import AccountStore

__all__ = ["AccountService", "AccountStore"]
__all__ += model.__all__
__all__.sort(key=lambda name: (not name.isupper(), name))  # constants first
