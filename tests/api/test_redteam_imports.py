"""Profile files as people have them, through ``cofoundry import``: nothing lost silently.

* A semicolon-separated file (French Excel's CSV) was read as one column named
  ``id;name;offers;needs``: every row "has no name", which the file plainly has. It is read
  as the ledger and attendee imports read theirs (the separator guessed from the header).
* A column named twice kept the last one's cells, silently; a key given twice in a JSON
  object kept the last value, silently. Both are refused, naming the column or the key.
* A JSON file saved with a byte-order mark was "not valid JSON" (a CSV file with one was
  fine).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from matcher.community import Community
from matcher.schema import connect

runner = CliRunner()


def _names(env: Path) -> dict[str, str]:
    from embeddings.encoder import FakeEncoder

    community = Community(connect(str(env / "c.db")), FakeEncoder(dim=64))
    return {p.id: p.name for p in community.profiles.store.profiles()}


def _import(env: Path, name: str, content: bytes) -> tuple[int, str]:
    (env / name).write_bytes(content)
    r = runner.invoke(app, ["import", str(env / name)])
    return r.exit_code, r.output


@pytest.mark.parametrize(
    "content",
    [
        "id;name;offers;needs\nzed;Zed Ané;Python, SQL;sales\n",
        "id\tname\toffers\tneeds\nzed\tZed Ané\tPython, SQL\tsales\n",
        '\ufeffId,Name,Offers,Needs\nzed,Zed Ané,"Python, SQL",sales\n',
    ],
    ids=["semicolons", "tabs", "bom-and-capitals"],
)
def test_a_spreadsheet_csv_is_read(env: Path, content: str) -> None:
    code, output = _import(env, "people.csv", content.encode("utf-8"))
    assert code == 0, output
    assert "imported 1 new" in output
    assert _names(env) == {"zed": "Zed Ané"}


def test_a_column_named_twice_is_refused(env: Path) -> None:
    code, output = _import(
        env, "people.csv", b"id,name,offers,needs,name\nzed,Zed,Python,sales,Zoe\n"
    )
    assert code == 2
    assert "column 'name' appears twice in the header" in output
    assert not (env / "c.db").exists() or _names(env) == {}


def test_a_key_given_twice_in_json_is_refused(env: Path) -> None:
    doc = '[{"id": "zed", "name": "Zed", "offers": "Python", "needs": "sales", "name": "Zoe"}]'
    code, output = _import(env, "people.json", doc.encode())
    assert code == 2
    assert "key 'name' appears twice in one object" in output
    assert not (env / "c.db").exists() or _names(env) == {}


def test_a_json_file_with_a_byte_order_mark_is_read(env: Path) -> None:
    doc = [{"id": "zed", "name": "Zed", "offers": "Python", "needs": "sales"}]
    code, output = _import(env, "people.json", b"\xef\xbb\xbf" + json.dumps(doc).encode())
    assert code == 0, output
    assert _names(env) == {"zed": "Zed"}
