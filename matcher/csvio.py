"""Reading the CSV files people have: spreadsheets exported by Excel, LibreOffice, Google
Sheets or a script, in English or French settings.

What arrives in practice, and what :func:`read_csv` does about it:

* **Encoding**: UTF-8, with or without the byte-order mark Excel writes ("CSV UTF-8"),
  or Excel's legacy "CSV (separator: semicolon)" export on a French Windows, which is
  cp1252 (``é`` is one byte 0xE9, the euro sign 0x80). Bytes are decoded as UTF-8 first;
  only when that fails, as cp1252 (which :attr:`CsvFile.encoding` reports). A file that
  is neither is refused with the line and byte at fault.
* **Separator**: a comma, or a semicolon (the French export: the comma is the decimal
  separator there). It is read from the header line: the one of the two that occurs
  there outside quotes (a tab is accepted too). :attr:`CsvFile.delimiter` reports it.
* **Header**: the first non-empty line names the columns; names are normalised
  (:func:`normalise_header`: trimmed, lower case, accents removed, spaces and dashes
  become ``_``), so ``"Montant "``, ``"montant"`` and ``"MONTANT"`` are one column.
  Duplicate names and empty names (other than trailing empty columns) are refused.
* **Rows** keep the number of the line they start on in the file (a quoted cell may
  span lines), so every error can say "line 7"; blank lines are skipped; cells are
  trimmed; empty cells are left out of the row's dict (a missing value, not ``""``);
  a row with more cells than the header has columns is refused.

This module knows nothing of ventures, events or profiles: each import maps the columns
it knows and reports its own errors, using :class:`CsvRow.line`.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from matcher.errors import InvalidInput

__all__ = ["MAX_BYTES", "CsvFile", "CsvRow", "normalise_header", "read_csv"]

#: Largest file read (bytes): a ledger or an attendee list, not a data dump.
MAX_BYTES = 5_000_000
_DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One data row: its cells by normalised column name (empty cells left out) and the
    number of the line it starts on (the header is line 1 when it is the first line)."""

    line: int
    cells: Mapping[str, str]

    def get(self, column: str, default: str = "") -> str:
        """The cell of ``column`` ("" when empty or absent)."""
        return self.cells.get(column, default)


@dataclass(frozen=True, slots=True)
class CsvFile:
    """A decoded CSV file: its normalised header, its rows, and how it was read."""

    header: tuple[str, ...]
    rows: tuple[CsvRow, ...]
    encoding: str
    delimiter: str
    source: str = "CSV"

    def __iter__(self) -> Iterator[CsvRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def normalise_header(name: str) -> str:
    """A column name as imports compare it.

    Examples
    --------
    >>> normalise_header("  Montant payé "), normalise_header("Paid-Salary"), normalise_header("On")
    ('montant_paye', 'paid_salary', 'on')
    """
    text = unicodedata.normalize("NFKD", name.strip().lstrip("\ufeff"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return "_".join(text.replace("-", " ").split())


def _decode(data: bytes, source: str) -> tuple[str, str]:
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    line = data.count(b"\n", 0, utf8_error.start) + 1
    raise InvalidInput(
        f"{source}: line {line}: byte 0x{data[utf8_error.start]:02X} is neither UTF-8 nor"
        " Windows-1252 text",
        field="file",
        hint="save the file as CSV UTF-8 (Excel: Save As > CSV UTF-8)",
    )


def _delimiter(header_line: str) -> str:
    """The separator of a header line: the candidate found outside quotes (the most
    frequent, a comma on a tie)."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for c in header_line:
        if c == '"':
            quoted = not quoted
        elif not quoted and c in counts:
            counts[c] += 1
    best = max(_DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def read_csv(data: bytes | str, *, source: str = "CSV", max_bytes: int = MAX_BYTES) -> CsvFile:
    """Decode and parse a CSV file (see the module docstring for what is accepted).

    Parameters
    ----------
    data : bytes or str
        The file's content (bytes as uploaded or read; a str is taken as decoded).
    source : str
        How errors name the file ("ledger CSV").
    max_bytes : int
        Larger files are refused.

    Raises
    ------
    InvalidInput
        Too large, not text, no header, a duplicate or empty column name, or a row with
        more cells than the header; the message names the line.

    Examples
    --------
    >>> f = read_csv("Membre;Montant;Note\\r\\nana;1250,50;\\"bureau; loyer\\"\\r\\n\\r\\nbob;30;\\r\\n".encode("cp1252"))
    >>> f.header, f.delimiter, f.encoding
    (('membre', 'montant', 'note'), ';', 'utf-8')
    >>> [(r.line, dict(r.cells)) for r in f]
    [(2, {'membre': 'ana', 'montant': '1250,50', 'note': 'bureau; loyer'}), (4, {'membre': 'bob', 'montant': '30'})]
    >>> read_csv("caf\\xe9,prix\\n".encode("cp1252")).encoding, read_csv(b"\\xef\\xbb\\xbfa,b\\n1,2\\n").header
    ('cp1252', ('a', 'b'))
    >>> read_csv(b"a,b\\n1,2,3\\n", source="ledger CSV")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: ledger CSV: line 2 has 3 cells, the header has 2 columns (got '3'); quote cells that contain the separator ','
    """
    if isinstance(data, str):
        raw_len = len(data.encode("utf-8", "surrogatepass"))
        text, encoding = data, "text"
    else:
        raw_len = len(data)
        text, encoding = "", ""
    if raw_len > max_bytes:
        raise InvalidInput(
            f"{source}: the file is {raw_len} bytes, over {max_bytes}",
            field="file",
            value=raw_len,
            hint="split the file",
        )
    if isinstance(data, bytes):
        text, encoding = _decode(data, source)
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise InvalidInput(
            f"{source}: the file is empty",
            field="file",
            hint="the first line must name the columns",
        )
    delimiter = _delimiter(lines[first])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: tuple[str, ...] | None = None
    rows: list[CsvRow] = []
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = _header(cells, line, source)
                continue
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
                raise InvalidInput(
                    f"{source}: line {line} has {len(cells)} cells, the header has"
                    f" {len(header)} columns",
                    field="file",
                    value=cells[len(header)].strip()[:80],
                    hint=f"quote cells that contain the separator {delimiter!r}",
                )
            values = {k: v.strip() for k, v in zip(header, cells, strict=False) if v.strip()}
            rows.append(CsvRow(line, values))
    except csv.Error as exc:
        raise InvalidInput(
            f"{source}: line {start}: {exc}",
            field="file",
            hint='close every quoted cell with a double quote (write "" for a quote inside)',
        ) from None
    assert header is not None
    return CsvFile(header, tuple(rows), encoding, delimiter, source)


def _header(cells: list[str], line: int, source: str) -> tuple[str, ...]:
    names = [normalise_header(c) for c in cells]
    while names and not names[-1]:  # trailing empty columns (a spreadsheet's ;;;)
        names.pop()
    seen: set[str] = set()
    for i, name in enumerate(names, start=1):
        if not name:
            raise InvalidInput(
                f"{source}: line {line}: column {i} has no name",
                field="file",
                value=f"column {i}",
                hint="name every column in the first line",
            )
        if name in seen:
            raise InvalidInput(
                f"{source}: line {line}: column {name!r} appears twice",
                field="file",
                value=name,
                hint="keep one column of each name",
            )
        seen.add(name)
    return tuple(names)
