"""CSV files as people have them, in and out: one reader and one writer for the whole product.

**Reading** (:func:`read_csv`): the files people export from spreadsheets. The bytes may
be UTF-8 with or without a byte-order mark, or Windows-1252 (Excel's "CSV" export on a
French Windows); the separator may be a comma or a semicolon (French Excel), guessed
from the header line; every row keeps the line number it starts on, so an error can
name it; header names are trimmed and lower-cased; empty cells become missing values.

**Writing** (:func:`write_csv`, :func:`safe_cell`): every CSV the product writes goes
through one function that neutralises formula injection: a cell that a spreadsheet would
run as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return)
is prefixed with an apostrophe, as OWASP recommends, so ``=HYPERLINK(...)`` in a name
stays text.

Written by hand over the standard library's :mod:`csv`: it does the parsing; what is
here is the guessing of encoding and separator, and the escaping, which it does not do.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from matcher.errors import InvalidInput

__all__ = ["CsvRow", "decode", "read_csv", "safe_cell", "write_csv"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def decode(data: bytes | str, *, source: str = "CSV") -> str:
    """The text of a file: UTF-8, else Windows-1252; a UTF-8 byte-order mark is dropped in
    both cases (a tool that adds one to a Windows-1252 file still gives a readable header).

    Examples
    --------
    >>> decode("\\ufeffid;nom".encode("utf-8")), decode("café".encode("cp1252"))
    ('id;nom', 'café')
    >>> decode(codecs.BOM_UTF8 + "nom;société".encode("cp1252"))
    'nom;société'
    """
    if isinstance(data, str):
        return data.lstrip("\ufeff")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            f"{source}: the file is neither UTF-8 nor Windows-1252 text (byte {exc.start})",
            field="file",
            value=None,
            hint="save it as 'CSV UTF-8' from your spreadsheet",
        ) from None


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One row: the line of the file it starts on, and its non-empty cells by column."""

    line: int
    cells: dict[str, str]


def _separator(header: str) -> str:
    return ";" if header.count(";") > header.count(",") else ","


def read_csv(data: bytes | str, *, source: str = "CSV") -> tuple[tuple[str, ...], list[CsvRow]]:
    """The columns and the rows of a CSV file (see the module docstring).

    Raises :class:`InvalidInput` for a file with no header, a duplicated column, or a row
    with more cells than the header has columns (naming its line).

    Examples
    --------
    >>> cols, rows = read_csv("Id;Nom;Offers\\nana;Ana;\\n\\nbob;Bob;vente, marketing\\n")
    >>> cols, [(r.line, r.cells) for r in rows]
    (('id', 'nom', 'offers'), [(2, {'id': 'ana', 'nom': 'Ana'}), (4, {'id': 'bob', 'nom': 'Bob', 'offers': 'vente, marketing'})])
    >>> read_csv("id,name\\na,b,c\\n")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: CSV line 2: 3 cells, but the header has 2 columns (got 'c'); quote cells that contain the separator ','
    """
    text = decode(data, source=source)
    first = text.split("\n", 1)[0]
    if not first.strip():
        raise InvalidInput(
            f"{source}: no header line",
            hint="the first line must name the columns, e.g. id,name,offers,needs",
        )
    sep = _separator(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    header = tuple(h.strip().lower() for h in next(reader))
    seen: set[str] = set()
    for h in header:
        if h in seen:
            raise InvalidInput(
                f"{source}: column {h!r} appears twice in the header",
                field=h,
                value=h,
                hint="remove or rename one of them",
            )
        seen.add(h)
    rows: list[CsvRow] = []
    line = 2
    for cells in reader:
        start = line
        line = reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            raise InvalidInput(
                f"{source} line {start}: {len(cells)} cells, but the header has {len(header)}"
                " columns",
                field=None,
                value=";".join(cells[len(header) :]),
                hint=f"quote cells that contain the separator {sep!r}",
            )
        row = {h: c.strip() for h, c in zip(header, cells, strict=False) if h and c.strip()}
        rows.append(CsvRow(start, row))
    return header, rows


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def safe_cell(value: Any) -> str:
    """The text of one cell, with a leading apostrophe where a spreadsheet would see a formula
    (a plain number such as ``-2`` is left as it is: a spreadsheet reads it as a number).

    Examples
    --------
    >>> safe_cell("=HYPERLINK(\\"http://x\\")"), safe_cell("-1+2"), safe_cell("@sum")
    ('\\'=HYPERLINK("http://x")', "'-1+2", "'@sum")
    >>> safe_cell("Ana"), safe_cell(-2), safe_cell("-0.5"), safe_cell(None)
    ('Ana', '-2', '-0.5', '')
    """
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START) and not _number(text):
        return "'" + text
    return text


def write_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A CSV text (``\\n`` line ends), every cell through :func:`safe_cell`.

    Examples
    --------
    >>> print(write_csv(["name", "score"], [["=1+1", 0.5]]).strip())
    name,score
    '=1+1,0.5
    """
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([safe_cell(h) for h in header])
    for row in rows:
        w.writerow([safe_cell(c) for c in row])
    return buf.getvalue()
