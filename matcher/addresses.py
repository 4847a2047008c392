"""E-mail addresses: the one rule for what a form accepts, for every domain (part of the floor).

A profile's contact address and an account's sign-in address follow the same rule; the mail
domain re-exports it. The server that receives the mail is the real judge.
"""

from __future__ import annotations

import re

from matcher.errors import InvalidInput

__all__ = ["MAX_ADDRESS", "check_address", "is_address"]

MAX_ADDRESS = 254  # RFC 5321's path limit
# one @, a dot in the domain, no spaces or angle brackets: what a form should accept; the
# server that receives the mail is the real judge
_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\]+\.[^@\s<>()\[\],;:\"\\]+$")


def is_address(text: str) -> bool:
    """Whether ``text`` is an e-mail address as a form should accept it (the one rule).

    >>> is_address("ana@example.org"), is_address("ana@localhost"), is_address("a<b@x.org")
    (True, False, False)
    """
    return len(text) <= MAX_ADDRESS and _ADDRESS.match(text) is not None


def check_address(raw: object, field: str = "email") -> str:
    """An e-mail address, trimmed and with its domain in lower case; refused with the fix.

    Examples
    --------
    >>> check_address("  Ana.Lopez@Example.ORG ")
    'Ana.Lopez@example.org'
    >>> check_address("ana@localhost")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: email must be an address like name@example.org (got 'ana@localhost'); check for a typo
    """
    if not isinstance(raw, str) or not raw.strip():
        raise InvalidInput(
            f"{field} is required", field=field, value=raw, hint="give an e-mail address"
        )
    text = raw.strip()
    if not is_address(text):
        raise InvalidInput(
            f"{field} must be an address like name@example.org",
            field=field,
            value=text[:80],
            hint="check for a typo",
        )
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"
