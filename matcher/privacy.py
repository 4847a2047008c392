"""Who may see whom, and how a person is erased: the rules, pure and without I/O.

* **Visibility** (:func:`can_see`): an admin and the person themself see a profile;
  others see it when it is ``public``, or ``members`` and they are signed in.
  ``event-only`` profiles are seen by the people they share an event with (its other
  attendees and its organiser: ``shared_event``) and by no one else. ``private``
  profiles are seen by no one else.
* **Consent** (:func:`put_forward`): a person is *put forward* to others (in
  suggestions, as a connector on a warm-introduction path, in someone's trust
  list) only if they consent and their profile is ``public`` or ``members``.
* **Erasure** replaces a person, in records that other people's data depends on
  (ledgers, past events), by a random pseudonym (:func:`new_pseudonym`) that is
  stored nowhere next to the old id. Each feature takes part through a
  :class:`PrivacyHook`: what it exports for a person, how it erases them inside the
  erasure's transaction, and the ``(table, column)`` pairs that hold person ids,
  which the erasure checks are empty of the person before it commits.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from matcher.models import Profile, Visibility

__all__ = [
    "PSEUDONYM_PREFIX",
    "ErasureReport",
    "PrivacyHook",
    "can_see",
    "needs_shared_event",
    "new_pseudonym",
    "put_forward",
]

PSEUDONYM_PREFIX = "former-member-"


def can_see(
    profile: Profile,
    viewer: str | None,
    *,
    admin: bool = False,
    signed_in: bool | None = None,
    shared_event: bool = False,
) -> bool:
    """True if ``viewer`` (a profile id, or None for anonymous) may see ``profile``.

    ``signed_in`` defaults to ``viewer is not None`` (an admin token has no profile id
    but is signed in). ``shared_event`` tells that ``viewer`` attends an event
    ``profile`` attends, or organises one (the caller looks it up, and only for
    ``event-only`` profiles: :func:`needs_shared_event`).

    Examples
    --------
    >>> ana = Profile("ana", "Ana", "o", "n", visibility=Visibility.MEMBERS)
    >>> can_see(ana, None), can_see(ana, "bob"), can_see(ana, None, admin=True)
    (False, True, True)
    >>> hid = Profile("hid", "Hid", "o", "n", visibility=Visibility.EVENT_ONLY)
    >>> can_see(hid, "bob"), can_see(hid, "hid"), can_see(hid, "bob", shared_event=True)
    (False, True, True)
    >>> can_see(Profile("p", "P", "o", "n", visibility=Visibility.PRIVATE), "bob", shared_event=True)
    False
    """
    if admin or (viewer is not None and viewer == profile.id):
        return True
    if profile.visibility == Visibility.PUBLIC:
        return True
    if profile.visibility == Visibility.EVENT_ONLY:
        return viewer is not None and shared_event
    signed = viewer is not None if signed_in is None else signed_in
    return profile.visibility == Visibility.MEMBERS and signed


def needs_shared_event(profile: Profile, viewer: str | None, *, admin: bool = False) -> bool:
    """True if :func:`can_see` depends on whether ``viewer`` shares an event with ``profile``
    (so the caller looks it up only then: the rule stays cheap).

    Examples
    --------
    >>> hid = Profile("hid", "Hid", "o", "n", visibility=Visibility.EVENT_ONLY)
    >>> needs_shared_event(hid, "bob"), needs_shared_event(hid, None), needs_shared_event(hid, "hid")
    (True, False, False)
    """
    return (
        profile.visibility == Visibility.EVENT_ONLY
        and viewer is not None
        and viewer != profile.id
        and not admin
    )


def put_forward(profile: Profile) -> bool:
    """True if ``profile`` may be proposed to others: suggested, shown as a connector, trusted.

    Examples
    --------
    >>> put_forward(Profile("a", "A", "o", "n")), put_forward(Profile("a", "A", "o", "n",
    ...                                                               consent=False))
    (True, False)
    """
    return profile.suggestable


def new_pseudonym(taken: Callable[[str], bool] = lambda _: False) -> str:
    """A fresh random pseudonym, ``former-member-`` and 12 hex digits, not ``taken``.

    It is random, not derived from the erased id, so it cannot be traced back.

    Examples
    --------
    >>> p = new_pseudonym()
    >>> p.startswith(PSEUDONYM_PREFIX), len(p) == len(PSEUDONYM_PREFIX) + 12
    (True, True)
    """
    while True:
        candidate = PSEUDONYM_PREFIX + secrets.token_hex(6)
        if not taken(candidate):
            return candidate


@dataclass(frozen=True, slots=True)
class PrivacyHook:
    """How one feature takes part in export and erasure.

    Parameters
    ----------
    name : str
        The feature (``"events"``); its export appears under ``features[name]``.
    export : callable, optional
        ``export(person) -> JSON-ready mapping``: everything the feature holds about
        ``person`` that ``person`` may see.
    erase : callable, optional
        ``erase(person, pseudonym) -> rows changed``: runs inside the erasure's
        ``BEGIN IMMEDIATE`` transaction (use the shared store, never commit); delete
        the person's own rows, and replace their id by ``pseudonym`` where other
        people's records depend on it, dropping free text they wrote.
    columns : tuple of (table, column)
        Every column of the feature's tables that holds a person id; after all hooks
        ran, each must be free of the erased id or the erasure is rolled back.

    Examples
    --------
    >>> hook = PrivacyHook("events", export=lambda person: {"attended": []},
    ...                    columns=(("event_attendees", "person_id"),))
    >>> hook.export("ana")
    {'attended': []}
    """

    name: str
    export: Callable[[str], Mapping[str, Any]] | None = None
    erase: Callable[[str, str], int] | None = None
    columns: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ErasureReport:
    """What an erasure did (the pseudonym is not in it: nobody should link it to the person).

    ``rows`` counts the rows deleted or pseudonymised per feature; ``checkpointed`` is
    False when another connection kept the write-ahead log from being truncated (the
    next checkpoint finishes the job); ``vacuumed`` tells whether the file was rebuilt.
    """

    person: str
    rows: Mapping[str, int] = field(default_factory=dict)
    ventures: tuple[str, ...] = ()
    index_rewritten: bool = False
    checkpointed: bool = False
    vacuumed: bool = False
