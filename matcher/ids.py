"""The one rule for ids, chosen by people (profiles, ventures, events, members) or minted here.

An id is 1-64 characters: lower-case letters, digits, ``-`` and ``_``, starting with a
letter or a digit. It appears in URLs, CSV files and logs unchanged, so it is kept
plain; upper case is refused rather than folded, so two spellings never name two
things.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable

from matcher.errors import InvalidInput

__all__ = [
    "ID_PATTERN",
    "ID_SHAPE",
    "MAX_ID",
    "PSEUDONYM_PREFIX",
    "check_id",
    "chosen_id_errors",
    "free_id",
    "id_problem",
    "new_id",
    "suggest_id",
]

#: The longest id.
MAX_ID = 64
_FIRST, _REST = "[a-z0-9]", "[a-z0-9_-]"
#: The id rule, as a regular expression.
ID_PATTERN = rf"^{_FIRST}{_REST}{{0,{MAX_ID - 1}}}$"
#: The same characters without the length: the request schemas' pattern, which state the
#: length apart (``max_length``), so that a long id is told it is too long.
ID_SHAPE = rf"^{_FIRST}{_REST}*$"
_ID = re.compile(ID_PATTERN)
RULE = "1-64 lower-case letters, digits, '-' or '_', starting with a letter or digit"
#: How an erased member's pseudonym starts (``former-member-`` and 12 hex digits): in
#: ledgers, events and notices it stands where their id stood, so no person's id (a
#: profile's, an account's) may start with it: whoever took one would step into the erased
#: member's place (their venture seat and slices).
PSEUDONYM_PREFIX = "former-member-"


def new_id(prefix: str, nbytes: int = 6) -> str:
    """A fresh random id: ``prefix`` then ``nbytes`` random bytes in hex (``2 * nbytes`` digits).

    Every id the product mints (ventures, events, collaborations, introductions,
    invitations, inbox items) comes from here, so each one also follows the id rule.

    Examples
    --------
    >>> i = new_id("col_")
    >>> i.startswith("col_"), len(i), id_problem(i)
    (True, 16, None)
    >>> new_id("Col_")
    Traceback (most recent call last):
    ...
    ValueError: new_id('Col_'): must be 1-64 lower-case letters, digits, '-' or '_', starting with a letter or digit
    """
    minted = prefix + secrets.token_hex(nbytes)
    problem = id_problem(minted)
    if problem is not None:  # a programming error (a bad prefix), not a user's
        raise ValueError(f"new_id({prefix!r}): {problem}")
    return minted


def suggest_id(text: str) -> str:
    """A valid id close to ``text`` (for the hint of an error).

    Examples
    --------
    >>> suggest_id("Ana Lopez!"), suggest_id("ACME.io")
    ('ana-lopez', 'acme-io')
    """
    return re.sub(r"[^a-z0-9_-]+", "-", text.lower()).strip("-_")[:64] or "my-id"


def free_id(base: str, taken: Callable[[str], bool]) -> str:
    """``base`` if it is not ``taken``, else the first of ``base-2``, ``base-3``... that is
    not (``base`` cut so that each stays within :data:`MAX_ID`): the id a refusal suggests,
    or the one a name becomes. ``taken`` says whether a person holds the id now or ever did
    (an erased member's id is never given again), without telling which.

    Examples
    --------
    >>> free_id("ana-lopez", lambda i: False)
    'ana-lopez'
    >>> free_id("ana-lopez", {"ana-lopez", "ana-lopez-2"}.__contains__)
    'ana-lopez-3'
    >>> len(free_id("a" * 64, lambda i: i == "a" * 64))
    64
    """
    n = 1
    candidate = base
    while taken(candidate):
        n += 1
        suffix = f"-{n}"
        candidate = base[: MAX_ID - len(suffix)].rstrip("-_") + suffix
    return candidate


def id_problem(value: object) -> str | None:
    """Why ``value`` is not a valid id, or None.

    Examples
    --------
    >>> id_problem("ana"), id_problem("Ana") is not None, id_problem("") is not None
    (None, True, True)
    """
    if not isinstance(value, str):
        return f"must be text, got {type(value).__name__}"
    if not _ID.match(value):
        return f"must be {RULE}"
    return None


def check_id(value: object, field: str = "id", what: str | None = None) -> str:
    """``value`` if it is a valid id; otherwise :class:`InvalidInput` naming the field and a fix.

    ``what`` names the object in the message (default: the field).

    Examples
    --------
    >>> check_id("acme", "venture")
    'acme'
    >>> check_id("Acme.io", "venture")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: venture must be 1-64 lower-case letters, digits, '-' or '_', starting with a letter or digit (got 'Acme.io'); use for example 'acme-io'
    """
    problem = id_problem(value)
    if problem is None:
        assert isinstance(value, str)
        return value
    hint = f"use for example {suggest_id(value)!r}" if isinstance(value, str) else "send text"
    raise InvalidInput(f"{what or field} {problem}", field=field, value=value, hint=hint)


def chosen_id_errors(value: str | None, field: str) -> list[InvalidInput]:
    """The problem with an id someone chose, as a list for a form that shows every wrong
    field at once: empty when none was chosen (one is made up) or it is valid.

    Examples
    --------
    >>> chosen_id_errors(None, "event"), chosen_id_errors("night", "event")
    ([], [])
    >>> [e.field for e in chosen_id_errors("Night!", "event")]
    ['event']
    """
    if not value:
        return []
    try:
        check_id(value, field)
    except InvalidInput as exc:
        return [exc]
    return []
