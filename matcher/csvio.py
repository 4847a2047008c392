"""CSV files as people have them, in and out: one reader and one writer for the whole product.

**Reading** (:func:`read_csv`): the files people export from spreadsheets. The bytes may
be UTF-8 with or without a byte-order mark, Windows-1252 (Excel's "CSV" export on a
French Windows) or UTF-16 with its byte-order mark (Excel's "Unicode text"); the separator
may be a comma, a semicolon (French Excel) or a tab (Unicode text), guessed from the header
line; every row keeps the line number it starts on, so an error can
name it; header names are trimmed and lower-cased; empty cells become missing values.

**Writing** (:func:`writer`, :func:`write_csv`, :func:`safe_cell`): every CSV the product
writes goes through one function that neutralises formula injection (CSV injection,
OWASP): a cell that a spreadsheet would run as a formula (it starts with ``=``, ``+``,
``-``, ``@``, their full-width forms, a tab or a carriage return) is prefixed with a
single quote, so ``=HYPERLINK(...)`` in a member's name stays text; plain numbers are
left as they are.

Written by hand over the standard library's :mod:`csv`: it does the parsing; what is
here is the guessing of encoding and separator, and the escaping, which it does not do.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from matcher.errors import BinaryFile, EmptyFile, InvalidInput, NotCsv, NotText, TooLong, counted

__all__ = [
    "FORMULA_STARTS",
    "MACHINE",
    "MAX_CSV_BYTES",
    "CellWriter",
    "CsvRow",
    "CsvStyle",
    "decode",
    "read_csv",
    "safe_cell",
    "write_csv",
    "writer",
]


#: Files that are no text, by their first bytes (their "magic number"), and their format's name.
_FORMATS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"BM", "BMP"),
    (b"\x1f\x8b", "gzip"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"{\\rtf", "RTF"),
)
#: Control bytes no CSV text holds (tab, line feed, form feed and carriage return are text).
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13} | {127}
#: How the fix reads for any file that is not CSV text.
_SAVE_AS_CSV = "in your spreadsheet, save or export the list as 'CSV UTF-8', then choose that file"


def _format(data: bytes) -> str | None:
    """The format of a file that is no text, by its first bytes; None for any other.

    >>> _format(b"%PDF-1.7"), _format(b"RIFF\\x00\\x00\\x00\\x00WEBPVP8 "), _format(b"id,name")
    ('PDF', 'WebP', None)
    """
    for magic, name in _FORMATS:
        if data.startswith(magic) and (
            name != "BMP" or data[14:15] in (b"\x0c", b"(", b"@", b"l", b"|")
        ):
            return name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WebP"
    if data[4:8] == b"ftyp":
        return "HEIC/MP4"
    return None


def _binary_at(data: bytes) -> int | None:
    """Where bytes that no text holds start, when the file's first 4,096 bytes hold many
    (over 1 %, at least 3): a binary file. A few stray ones are a cell's error, on its line.

    >>> _binary_at(bytes(range(256)) * 4), _binary_at(b"id,name\\nana,A\\x00na\\n")
    (0, None)
    """
    head = data[:4096]
    found = [i for i, byte in enumerate(head) if byte in _CONTROL]
    if len(found) >= 3 and len(found) > len(head) / 100:
        return found[0]
    return None


def decode(data: bytes | str, *, source: str = "CSV") -> str:
    """The text of a file: UTF-16 when it starts with a UTF-16 byte-order mark (Excel's
    "Unicode text"), else UTF-8, else Windows-1252; a UTF-8 byte-order mark is dropped in
    both cases (a tool that adds one to a Windows-1252 file still gives a readable header).

    Examples
    --------
    >>> decode("\\ufeffid;nom".encode("utf-8")), decode("café".encode("cp1252"))
    ('id;nom', 'café')
    >>> decode(codecs.BOM_UTF8 + "nom;société".encode("cp1252"))
    'nom;société'
    >>> decode("\\ufeffnom\\tsociété".encode("utf-16-le"))
    'nom\\tsociété'
    >>> decode("nom;société".encode("utf-16-le")), decode("nom;société".encode("utf-16-be"))
    ('nom;société', 'nom;société')
    >>> decode(b"PK\\x03\\x04\\x14\\x00\\x06\\x00")
    Traceback (most recent call last):
    ...
    matcher.errors.NotCsv: CSV: the file is a spreadsheet workbook, not CSV text; in your spreadsheet, save or download the sheet as CSV
    >>> decode(b"%PDF-1.7 ...", source="people.pdf")
    Traceback (most recent call last):
    ...
    matcher.errors.NotText: people.pdf: the file is a PDF file, not CSV text; in your spreadsheet, save or export the list as 'CSV UTF-8', then choose that file
    >>> decode(b"id,name\\n" + bytes(range(1, 9)) * 4)
    Traceback (most recent call last):
    ...
    matcher.errors.BinaryFile: CSV: the file is not text: byte 0x01 at offset 8 is no character of a CSV file; in your spreadsheet, save or export the list as 'CSV UTF-8', then choose that file
    """
    if isinstance(data, str):
        return data.lstrip("\ufeff")
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):  # a zip (.xlsx, .ods), an old .xls
        raise NotCsv(
            f"{source}: the file is a spreadsheet workbook, not CSV text",
            field="file",
            value=None,
            hint="in your spreadsheet, save or download the sheet as CSV",
        )
    found = _format(data)
    if found is not None:
        raise NotText(
            f"{source}: the file is a {found} file, not CSV text",
            field="file",
            value=found,
            hint=_SAVE_AS_CSV,
        )
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = _utf16_without_bom(data)
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        at = _binary_at(data)
        if at is not None:
            raise BinaryFile(
                f"{source}: the file is not text: byte {data[at]:#04x} at offset {at} is no"
                " character of a CSV file",
                field="file",
                value=at,
                hint=_SAVE_AS_CSV,
            )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16").lstrip("\ufeff")
        except UnicodeDecodeError as exc:
            raise InvalidInput(
                f"{source}: the file starts as UTF-16 text but is not (byte {exc.start})",
                field="file",
                value=None,
                hint="save it as 'CSV UTF-8' from your spreadsheet",
            ) from None
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


def _utf16_without_bom(data: bytes) -> bytes:
    """UTF-16 text saved without its byte-order mark (a NUL beside nearly every character of
    a CSV file) with the mark put back; other bytes as they are (a NUL in a cell is then the
    cell's error, on its line).

    >>> _utf16_without_bom("nom;é".encode("utf-16-be"))[:2] == codecs.BOM_UTF16_BE
    True
    >>> _utf16_without_bom(b"id,name\\nana,A\\x00na\\n")
    b'id,name\\nana,A\\x00na\\n'
    """
    half = max(1, len(data) // 2)
    for bom, nuls in ((codecs.BOM_UTF16_LE, data[1::2]), (codecs.BOM_UTF16_BE, data[0::2])):
        if len(data) % 2 == 0 and nuls.count(0) >= half * 0.6:
            return bom + data
    return data


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One row: the line of the file it starts on, and its non-empty cells by column."""

    line: int
    cells: dict[str, str]


def _separator(header: str) -> str:
    """The separator the header line uses most: a comma unless semicolons or tabs win."""
    counts = {",": header.count(","), ";": header.count(";"), "\t": header.count("\t")}
    return max(counts, key=lambda sep: counts[sep])  # ties: the first, the comma


#: The largest CSV file any import reads (an attendee list, a ledger): some 10,000 rows.
MAX_CSV_BYTES = 1_000_000


def read_csv(
    data: bytes | str,
    *,
    source: str = "CSV",
    hint: str = "split the file",
    columns: str = "id,name,offers,needs",
    limit: int | None = MAX_CSV_BYTES,
) -> tuple[tuple[str, ...], list[CsvRow]]:
    """The columns and the rows of a CSV file (see the module docstring).

    Raises :class:`~matcher.errors.TooLong` (field ``file``, with ``hint``) for a file over
    ``limit`` bytes (None: no limit, for an administrator's bulk import), :class:`InvalidInput` for a file with no header, a duplicated
    column, or a row with more cells than the header has columns (naming its line). A file
    without a header is the ``file`` field's error, its fix naming ``columns`` (the header
    this kind of file has); an empty one is :class:`~matcher.errors.EmptyFile`, said so.

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
    size = len(data.encode() if isinstance(data, str) else data) if limit is not None else 0
    if limit is not None and size > limit:
        raise TooLong(field="file", length=size, limit=limit, start=None, unit="bytes", hint=hint)
    text = decode(data, source=source)
    if not text.strip():
        raise EmptyFile(
            f"{source}: the file is empty",
            field="file",
            hint=f"save it again with a header line that names the columns (e.g. {columns}),"
            " then a line under it for each row",
        )
    first = text.split("\n", 1)[0]
    if not first.strip():
        raise InvalidInput(
            f"{source}: no header line",
            field="file",
            hint=f"the first line must name the columns, e.g. {columns}",
        )
    sep = _separator(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    try:
        header = tuple(h.strip().lower() for h in next(reader))
    except csv.Error as exc:
        raise _unreadable(source, 1, exc) from None
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
    while True:
        try:
            cells = next(reader, None)
        except csv.Error as exc:  # a cell over the csv module's limit, an unclosed quote
            raise _unreadable(source, line, exc) from None
        if cells is None:
            break
        start = line
        line = reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            raise InvalidInput(
                f"{source} line {start}: {counted(len(cells), 'cell')}, but the header has"
                f" {counted(len(header), 'column')}",
                field=None,
                value=";".join(cells[len(header) :]),
                hint=f"quote cells that contain the separator {sep!r}",
                line=start,
            )
        row = {h: c.strip() for h, c in zip(header, cells, strict=False) if h and c.strip()}
        rows.append(CsvRow(start, row))
    return header, rows


def _unreadable(source: str, line: int, exc: csv.Error) -> InvalidInput:
    """The error of a row the csv module cannot read (it raised ``exc``), on its ``line``.

    >>> _unreadable("CSV", 2, csv.Error("field larger than field limit (131072)")).detail
    'CSV line 2: a cell is longer than 131,072 characters'
    """
    if "field larger than field limit" in str(exc):
        return InvalidInput(
            f"{source} line {line}: a cell is longer than {csv.field_size_limit():,} characters",
            hint="close the quote opened on this line (a quote left open takes in the rest of"
            " the file), or shorten the cell",
            line=line,
        )
    return InvalidInput(
        f"{source} line {line}: not readable as CSV ({exc})",
        hint="save the file again as CSV from your spreadsheet",
        line=line,
    )


#: First characters that make a spreadsheet read a cell as a formula (with the full-width
#: forms of the four signs, which some spreadsheets take as formula signs too).
FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
#: A plain number written as text (a sign is part of it, not a formula).
_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?([eE][+-]?\d+)?(/\d+)?$")


def safe_cell(value: object) -> str:
    """``value`` as the text of a CSV cell that no spreadsheet runs as a formula: a single
    quote before a text a spreadsheet would read as one; numbers, and texts that are plain
    numbers (``-1.5``, ``2/3``), are left as they are.

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


@dataclass(frozen=True, slots=True)
class CsvStyle:
    """How a CSV file writes its values. :data:`MACHINE` (the default) is for programs:
    commas between cells, ISO dates, decimal points; the API and the CLI write it. A file
    downloaded from a page is for people, who open it in a spreadsheet: the shell passes
    the reader's style (``api.web.i18n.Translator.csv_style``: the locale's dates and
    decimal sign, and semicolons where the decimal sign is a comma, as French Excel reads).
    """

    delimiter: str = ","
    day: Callable[[dt.date], str] = dt.date.isoformat
    number: Callable[[Decimal], str] = str


#: The style of files for programs: commas, ISO dates, decimal points.
MACHINE = CsvStyle()


def write_csv(
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    columns: Sequence[str] | None = None,
    what: str = "CSV",
    style: CsvStyle = MACHINE,
) -> str:
    """A CSV text (``\\n`` line ends), every cell through :func:`safe_cell`.

    ``columns``: the file's columns, which a (translated) ``header`` must name one for one;
    ``what`` names the file in the error ("the timeline CSV"); ``style`` gives the
    separator (the caller formats its values with the style's ``day`` and ``number``).

    Examples
    --------
    >>> print(write_csv(["name", "score"], [["=1+1", 0.5]]).strip())
    name,score
    '=1+1,0.5
    >>> write_csv(["nom"], [], columns=["name", "score"], what="the people CSV")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: the people CSV has 2 columns, the header names 1 (got ['nom']); name name, score in this order
    """
    if columns is not None and len(header) != len(columns):
        raise InvalidInput(
            f"{what} has {counted(len(columns), 'column')}, the header names {len(header)}",
            field="header",
            value=list(header),
            hint="name " + ", ".join(columns) + " in this order",
        )
    buf = io.StringIO()
    w = writer(buf, lineterminator="\n", delimiter=style.delimiter)
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()
