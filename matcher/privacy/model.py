"""How a person is erased, and what they may take with them: the rules, pure and without I/O.

Visibility and consent, which every domain applies, are rules of :mod:`matcher.access`
(:func:`~matcher.access.can_see`, :func:`~matcher.access.put_forward`).

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
from typing import Any, Protocol

from matcher.ids import PSEUDONYM_PREFIX

__all__ = [
    "PSEUDONYM_PREFIX",
    "ErasureReport",
    "PersonRecords",
    "PrivacyHook",
    "new_pseudonym",
]


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

    @classmethod
    def of(cls, name: str, store: PersonRecords) -> PrivacyHook:
        """The hook of a store that exports, erases and lists its person columns itself.

        Examples
        --------
        >>> class Notes:
        ...     PERSON_COLUMNS = (("notes", "author"),)
        ...     def export(self, person): return {"notes": []}
        ...     def erase(self, person, pseudonym): return 0
        >>> PrivacyHook.of("notes", Notes()).columns
        (('notes', 'author'),)
        """
        return cls(name, export=store.export, erase=store.erase, columns=store.PERSON_COLUMNS)


class PersonRecords(Protocol):
    """A store that takes part in export and erasure on its own (see :meth:`PrivacyHook.of`)."""

    @property
    def PERSON_COLUMNS(self) -> tuple[tuple[str, str], ...]:
        """Every (table, column) of the store that holds a person id."""

    def export(self, person: str, /) -> Mapping[str, Any]:
        """Everything the store holds about ``person`` that they may see."""

    def erase(self, person: str, pseudonym: str, /) -> int:
        """Delete or pseudonymise ``person``'s rows; how many rows changed."""


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
