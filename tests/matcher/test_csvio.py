"""The CSV reader reads what spreadsheets write: encodings, separators, headers, line numbers."""

from __future__ import annotations

import pytest

from matcher.csvio import read_csv
from matcher.errors import InvalidInput

FRENCH_EXCEL = "Membre;Nature;Date;Montant;Note\r\nana;espèces;02/01/2024;1 250,50;café € 3\r\n"


def test_excel_french_export_in_cp1252_with_semicolons() -> None:
    f = read_csv(FRENCH_EXCEL.encode("cp1252"))
    assert (f.encoding, f.delimiter) == ("cp1252", ";")
    assert f.header == ("membre", "nature", "date", "montant", "note")
    (row,) = f.rows
    assert row.line == 2 and row.get("montant") == "1 250,50" and row.get("note") == "café € 3"


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_utf8_with_or_without_bom(bom: bytes) -> None:
    f = read_csv(bom + "member,note\nana,été\n".encode())
    assert f.encoding in ("utf-8", "utf-8-sig") and f.header == ("member", "note")
    assert f.rows[0].cells == {"member": "ana", "note": "été"}


def test_line_numbers_count_blank_lines_and_quoted_line_breaks() -> None:
    text = 'member,note\n\nana,"two\nlines"\n\n\nbob,x\n'
    f = read_csv(text)
    assert [(r.line, r.get("member")) for r in f] == [(3, "ana"), (7, "bob")]
    assert f.rows[0].get("note") == "two\nlines"


def test_header_normalised_and_checked() -> None:
    assert read_csv(" Paid Salary ;Équipe;;\n1;2;;\n").header == ("paid_salary", "equipe")
    with pytest.raises(InvalidInput, match="column 'a' appears twice"):
        read_csv("a,A\n1,2\n")
    with pytest.raises(InvalidInput, match="column 2 has no name"):
        read_csv("a,,b\n1,2,3\n")
    with pytest.raises(InvalidInput, match="the file is empty"):
        read_csv(b"\n\n")


def test_bytes_that_are_no_text_are_refused_with_their_line() -> None:
    # 0x81 is undefined in Windows-1252 and invalid alone in UTF-8
    with pytest.raises(InvalidInput, match="line 2: byte 0x81 is neither UTF-8 nor Windows-1252"):
        read_csv(b"a,b\n\x81,2\n")


def test_too_many_cells_and_unclosed_quotes() -> None:
    with pytest.raises(InvalidInput, match="line 3 has 3 cells, the header has 2 columns"):
        read_csv("a,b\n1,2\n1,2,3\n")
    assert len(read_csv("a,b\n1,2,,\n")) == 1  # trailing empty cells are no extra data
    with pytest.raises(InvalidInput, match="the file is 102 bytes, over 10"):
        read_csv(b"a\n" + b"x" * 100, max_bytes=10)
    with pytest.raises(InvalidInput, match="line 2: unexpected end of data"):
        read_csv('a,b\n1,"2\n3,4\n')  # an unclosed quote does not swallow the rest


def test_a_comma_file_with_semicolons_in_quoted_cells() -> None:
    f = read_csv('member,"note; with semicolons"\nana,"a;b"\n')
    assert f.delimiter == "," and f.header == ("member", "note;_with_semicolons")
