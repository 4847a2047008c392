"""Rows to dataclasses: the one reader of a store's ``SELECT`` rows.

A store names the columns it selects once, in a :class:`RowReader`, and the reader builds
the dataclass from a row by column name: the same string is the ``SELECT`` list and the
order of the values, so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

__all__ = ["RowReader", "optional"]

T = TypeVar("T")
V = TypeVar("V")


def optional(read: Callable[[Any], V]) -> Callable[[Any], V | None]:
    """``read`` a stored value, or ``None`` for an empty one (``NULL`` or ``''``).

    Examples
    --------
    >>> import datetime as dt
    >>> day = optional(dt.date.fromisoformat)
    >>> day("2026-03-01"), day(None), day("")
    (datetime.date(2026, 3, 1), None, None)
    """
    return lambda value: read(value) if value else None


@dataclass(frozen=True, slots=True)
class RowReader(Generic[T]):
    """Builds ``make`` from the columns ``columns`` (comma-separated field names, in the
    order of the ``SELECT``), each value through its reader in ``read`` (as stored if none).

    Examples
    --------
    >>> from typing import NamedTuple
    >>> class Point(NamedTuple):
    ...     name: str
    ...     x: int
    >>> point = RowReader(Point, "name, x", {"x": int})
    >>> point.columns
    'name, x'
    >>> point(("a", "3"))
    Point(name='a', x=3)
    """

    make: Callable[..., T]
    columns: str
    read: Mapping[str, Callable[[Any], Any]] = field(default_factory=dict)

    def __call__(self, row: Sequence[Any]) -> T:
        names = [c.strip() for c in self.columns.split(",")]
        return self.make(
            **{
                name: self.read[name](value) if name in self.read else value
                for name, value in zip(names, row, strict=True)
            }
        )
