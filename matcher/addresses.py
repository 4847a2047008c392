"""E-mail addresses: the one rule for what a form accepts, for every domain (part of the floor).

A profile's contact address and an account's sign-in address follow the same rule; the mail
domain re-exports it. The server that receives the mail is the real judge.
"""

from __future__ import annotations

import re
import unicodedata

from matcher.errors import InvalidInput

__all__ = [
    "MAX_ADDRESS",
    "address_fix",
    "address_key",
    "address_problem",
    "check_address",
    "is_address",
]

MAX_ADDRESS = 254  # RFC 5321's path limit
# one @, a dot in the domain, no spaces or angle brackets: what a form should accept; the
# server that receives the mail is the real judge
_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\]+\.[^@\s<>()\[\],;:\"\\]+$")


def address_problem(text: str) -> str | None:
    """Why ``text`` is not an e-mail address as a form should accept it, or None (the one
    rule). An invisible character (a zero-width space, a joiner, a soft hyphen, a byte-order
    mark: Unicode's format characters), pasted from a document or put there on purpose, is
    named: the address would look like another person's and reach nobody, and two lines of
    one person would not be seen as one.

    >>> address_problem("ana@example.org") is None
    True
    >>> address_problem("ana\u200b@example.org")
    'holds an invisible character (U+200B at position 3)'
    >>> address_problem("ana@localhost")
    'must be an address like name@example.org'

    ``=?`` opens an RFC 2047 encoded word, which mail programs decode in a ``To`` header:
    ``=?utf-8?q?eve=40evil.example_?=@example.org`` went to eve@evil.example (red team 16).

    >>> address_problem("=?utf-8?q?eve=40evil.example_?=@example.org")
    'holds “=?” at position 0, which mail programs read as an encoded word (RFC 2047): its letters would go to another address'
    """
    for at, c in enumerate(text):
        if unicodedata.category(c) == "Cf":
            return f"holds an invisible character (U+{ord(c):04X} at position {at})"
    if "=?" in text:
        return (
            f"holds “=?” at position {text.index('=?')}, which mail programs read as an"
            " encoded word (RFC 2047): its letters would go to another address"
        )
    if len(text) > MAX_ADDRESS or _ADDRESS.match(text) is None:
        return "must be an address like name@example.org"
    return None


def address_fix(problem: str) -> str:
    """The fix for an address refused with ``problem`` (:func:`address_problem`).

    >>> address_fix(address_problem("ana\u200b@example.org"))
    'type the address again (not pasted)'
    >>> address_fix(address_problem("ana@localhost"))
    'check for a typo'
    """
    if "=?" in problem:
        return "type the address as your mail program shows it, without “=?...?=”"
    return (
        "type the address again (not pasted)" if problem.startswith("holds") else "check for a typo"
    )


def is_address(text: str) -> bool:
    """Whether ``text`` is an e-mail address as a form should accept it
    (:func:`address_problem`).

    >>> is_address("ana@example.org"), is_address("ana@localhost"), is_address("a<b@x.org")
    (True, False, False)
    >>> is_address("ana@example.org\ufeff")
    False
    """
    return address_problem(text) is None


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
    problem = address_problem(text)
    if problem is not None:
        raise InvalidInput(
            f"{field} {problem}",
            field=field,
            value=text[:80],
            hint=address_fix(problem),
        )
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


def address_key(address: str) -> str:
    """The one rule by which two spellings of an e-mail address are the same address: what
    an account is looked up, held unique and compared by, on both backends (the database's
    ``lower()`` is ASCII-only on SQLite, and on PostgreSQL depends on the server's locale:
    ``ÉLISE@exemple.fr`` and ``élise@exemple.fr`` were two accounts). Trimmed, in Unicode's
    composed form (NFC: an ``é`` typed as ``e`` and a combining accent is the same ``é``),
    in lower case by Unicode's rule (``É`` -> ``é``). Not casefolded: ``ß`` stays ``ß``
    (``strasse@`` and ``straße@`` may be two mailboxes).

    Examples
    --------
    >>> address_key(" ÉLISE@Exemple.FR ") == address_key("élise@exemple.fr") == "élise@exemple.fr"
    True
    >>> address_key("e\u0301lise@exemple.fr") == "élise@exemple.fr"
    True
    >>> address_key("STRAẞE@example.de"), address_key("strasse@example.de")
    ('straße@example.de', 'strasse@example.de')
    """
    return unicodedata.normalize("NFC", address.strip()).lower()
