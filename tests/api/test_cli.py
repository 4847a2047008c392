"""End to end through the ``cofoundry`` command line (typer's CliRunner), fake encoder."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from api.settings import Settings
from api.wiring import build_community
from tests.conftest import COMMUNITY, person

runner = CliRunner()


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    cols = sorted({k for r in rows for k in r})
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    return path


def test_import_then_match(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the fake encoder shares no word between Ana's French need and Bob's English offer (a
    # cosine of -0.12, not quoted under any floor): quote every line, to see them printed
    monkeypatch.setenv("COFOUNDRY_MIN_PHRASE_SIMILARITY", "-1")
    src = write_csv(env / "people.csv", COMMUNITY)
    r = runner.invoke(app, ["import", str(src)])
    assert r.exit_code == 0, r.output
    assert f"imported {len(COMMUNITY)} new profiles and 0 updated" in r.output
    r = runner.invoke(app, ["match", "ana", "--k", "3"])
    assert r.exit_code == 0, r.output
    r0 = r.output
    assert "Suggestions for Ana" in r.output and "1. Bob" in r.output
    assert 'your need "Un associé commercial' in r.output
    r = runner.invoke(app, ["match", "ana", "--k", "3", "--json"])
    data = json.loads(r.stdout)
    assert data[0]["id"] == "bob" and data[0]["score"] > 0
    assert set(data[0]["components"]) >= {"reciprocal", "values", "roles"}
    # the text lines show the card's parts in points, as the JSON and the web card do
    parts = data[0]["parts"]
    assert sum(parts.values()) == data[0]["points"]
    assert f"your needs met {parts['need_met']}, theirs met {parts['need_met_back']}" in r0
    assert f"roles {parts['roles']}" in r0 and "reciprocal" not in r0
    again = runner.invoke(app, ["import", str(src)])
    assert f"0 new profiles and {len(COMMUNITY)} updated" in again.output
    assert "encoded 0 changed texts" in again.output


def test_bad_file_imports_nothing_and_names_row_field_value(env: Path) -> None:
    rows = [person("a"), person("b", commitment="weekends")]
    src = write_csv(env / "people.csv", rows)
    r = runner.invoke(app, ["import", str(src)])
    assert r.exit_code == 2
    assert "people.csv: 1 invalid row, nothing imported" in r.output
    assert "row 2 id 'b': commitment must be one of" in r.output and "'weekends'" in r.output
    assert "--skip-invalid" in r.output
    r = runner.invoke(app, ["match", "a"])
    assert r.exit_code == 2 and "no profile 'a'" in r.output


@pytest.mark.parametrize("skip", [[], ["--skip-invalid"]])
def test_a_file_with_wrong_columns_is_told_once_not_once_a_row(env: Path, skip: list[str]) -> None:
    """walk16: a file of six people with two wrong columns printed the same 'unknown field'
    for every row (sixty lines); the file's columns are now said once, and nothing is
    imported, with or without --skip-invalid (every row would be rejected)."""
    src = env / "equipe.csv"
    src.write_text(
        "id,nmo,skills,offers,needs\n"  # nom and mail would be read: French and English
        + "".join(f"p{n},Person {n},p{n}@example.org,code,sales\n" for n in range(6)),
        encoding="utf-8",
    )
    r = runner.invoke(app, ["import", str(src), *skip])
    assert r.exit_code == 2, r.output
    said = " ".join(r.output.split())
    assert "equipe.csv: unknown columns 'nmo', 'skills'; no column for name" in said
    # the names a missing column may have, French ones too, as the attendee import says
    assert "no column for name / full name / nom (the file's columns" in said, said
    assert "add it to the file's first line, by one of these names" in said
    assert "(the file's columns are id, nmo, skills, offers, needs)" in said
    assert "rename each unknown column" in said
    assert r.output.count("'skills'") == 1 and "row 2" not in r.output
    assert not (env / "equipe.csv.rejected.csv").exists()


def test_a_french_spreadsheet_of_profiles_imports(env: Path) -> None:
    """The profile import read only English column names: a French export (Latin-1,
    semicolons, a name in two columns) was refused for 'unknown columns'."""
    src = env / "profils.csv"
    src.write_bytes(
        (
            "Identifiant;Prénom;Nom;Courriel;Ce que je propose;Besoins;Valeurs;Langues;"
            "Rôles;Rôles recherchés;Fuseau horaire\r\n"
            "ana;Ana;Lopez;ana@example.org;Développement Python;Ventes;Franchise;fr;tech;"
            "sales;Europe/Paris\r\n"
            "bob;Bob;Éluard;bob@example.org;Ventes;Python;Rigueur;fr;sales;tech;Europe/Paris\r\n"
        ).encode("latin-1")
    )
    r = runner.invoke(app, ["import", str(src)])
    assert r.exit_code == 0, r.output
    assert "imported 2 new profiles" in r.output
    r = runner.invoke(app, ["match", "ana", "--json"])
    assert [s["id"] for s in json.loads(r.stdout)] == ["bob"]
    twice = env / "twice.csv"
    twice.write_text("id;nom;name;offers;needs\r\na;A;B;o;n\r\n", encoding="utf-8")
    r = runner.invoke(app, ["import", str(twice)])
    assert r.exit_code == 2 and "columns 'nom' and 'name' both mean name" in r.output


def test_a_profile_without_a_language_gets_its_texts_one_and_english_kept(
    env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The profile import gave every row without a language English: a French writer was
    written to in English. It now guesses as the attendee import does (texts, then the
    column names), keeps English after the guess (a language in common is a hard filter:
    a guess must not keep a French and an English writer apart) and says what it guessed."""
    src = env / "profils.csv"
    src.write_text(
        "Identifiant;Nom;Ce que je propose;Besoins;Langues\n"
        "ana;Ana;Je développe le produit et je code l'API;Je cherche quelqu'un pour la vente;\n"
        "bob;Bob;I sell to hospitals and I close the deals;I need someone who can code;\n"
        "cyd;Cyd;Python, SQL;ventes B2B;\n"  # the texts do not tell: the columns are French
        "dan;Dan;Python, SQL;ventes B2B;de\n",  # a language given is kept as given
        encoding="utf-8",
    )
    r = runner.invoke(app, ["import", str(src)])
    assert r.exit_code == 0, r.output
    said = " ".join(r.output.split())
    assert "languages guessed for 3 profiles that named none" in said, said
    assert "en 1 (bob)" in said and "fr;en 2 (ana, cyd)" in said and "dan" not in said
    c = build_community(Settings())
    got = {p.id: p.languages for p in c.profiles.store.profiles(["ana", "bob", "cyd", "dan"])}
    c.close()
    assert got == {"ana": ("fr", "en"), "bob": ("en",), "cyd": ("fr", "en"), "dan": ("de",)}
    # the guess keeps English: Ana (French) and Bob (English) can still be suggested
    r = runner.invoke(app, ["match", "ana", "--json"])
    assert "bob" in [s["id"] for s in json.loads(r.stdout)], r.output
    english = env / "people.json"  # a JSON file's keys are English: Cyd's list says en
    english.write_text(
        json.dumps([{"id": "cyd", "name": "Cyd", "offers": "Python, SQL", "needs": "ventes"}]),
        encoding="utf-8",
    )
    r = runner.invoke(app, ["import", str(english)])
    assert (
        "languages guessed for 1 profile that named none" in r.output and "en 1 (cyd)" in r.output
    )


def test_skip_invalid_writes_the_rejected_rows(env: Path) -> None:
    rows = [person("a"), person("b", commitment="weekends"), person("c", languages="klingon")]
    src = write_csv(env / "people.csv", rows)
    r = runner.invoke(app, ["import", str(src), "--skip-invalid"])
    assert r.exit_code == 0, r.output
    assert "imported 1 new" in r.output and "rejected 2 rows" in r.output
    with (env / "people.csv.rejected.csv").open(encoding="utf-8") as fh:
        rejected = list(csv.DictReader(fh))
    assert [x["row"] for x in rejected] == ["2", "3"]
    assert "commitment must be one of" in rejected[0]["errors"]
    assert rejected[1]["languages"] == "klingon"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("x.txt", "hello", "unknown file type '.txt'"),
        ("x.json", "{oops", "not valid JSON at line 1"),
        ("missing.csv", None, "does not exist"),
        ("book.csv", b"PK\x03\x04\x14\x00\x06\x00", "spreadsheet workbook, not CSV text"),
        ("bad16.csv", b"\xff\xfei\x00d\x00\x00\xd8", "starts as UTF-16 text but is not"),
    ],
)
def test_unreadable_files(env: Path, name: str, content: str | bytes | None, message: str) -> None:
    if isinstance(content, str):
        (env / name).write_text(content)
    elif isinstance(content, bytes):
        (env / name).write_bytes(content)
    r = runner.invoke(app, ["import", str(env / name)])
    assert r.exit_code == 2 and message in r.output


def test_a_csv_saved_by_excel_in_windows_1252_or_utf_16_is_read(env: Path) -> None:
    """The import read UTF-8 only ('not UTF-8 text (byte 24)') where an attendee file was
    read in any of the three encodings a spreadsheet saves: one reading for every file."""
    header = "id,name,offers,needs\n"
    for n, encoding in enumerate(("cp1252", "utf-16")):
        row = f"p{n},Élodie Caré,Je développe des applis,Je cherche une commerciale\n"
        path = env / f"people-{encoding}.csv"
        path.write_bytes((header + row).encode(encoding))
        r = runner.invoke(app, ["import", str(path)])
        assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["match", "p0", "--json"])
    assert r.exit_code == 0, r.output
    assert [m["name"] for m in json.loads(r.stdout)] == ["Élodie Caré"]


def test_token_create_and_bad_k(env: Path) -> None:
    runner.invoke(app, ["import", str(write_csv(env / "p.csv", COMMUNITY))])
    r = runner.invoke(app, ["token", "create", "--profile", "ana"])
    assert r.exit_code == 0 and r.stdout.startswith("cf1_")
    r = runner.invoke(app, ["token", "create", "--profile", "nobody"])
    assert r.exit_code == 2 and "no profile 'nobody'" in r.output
    r = runner.invoke(app, ["token", "create"])
    assert r.exit_code == 2 and "a member token needs a profile id" in r.output
    assert runner.invoke(app, ["token", "create", "--admin"]).exit_code == 0
    r = runner.invoke(app, ["match", "ana", "--k", "0"])
    assert r.exit_code == 2 and "k must be between 1 and 100" in r.output
    assert "fewer" not in r.output  # it said "ask for fewer" to someone who asked for none


def test_reindex(env: Path) -> None:
    runner.invoke(app, ["import", str(write_csv(env / "p.csv", COMMUNITY))])
    r = runner.invoke(app, ["reindex"])
    assert r.exit_code == 0 and "index holds 6 people" in r.output


def test_match_uses_trust_from_the_same_database(env: Path) -> None:
    runner.invoke(app, ["import", str(write_csv(env / "p.csv", COMMUNITY))])
    before = json.loads(runner.invoke(app, ["match", "ana", "--json"]).stdout)
    assert all(not s["worked_together_again"] for s in before)
    r = runner.invoke(
        app,
        [
            "trust",
            "collab",
            "propose",
            "ana",
            "dan",
            "--project",
            "shop",
            "--started",
            "2024-01-01",
            "--rating",
            "2",
        ],
    )
    assert r.exit_code == 0, r.output
    collab = r.stdout.split()[0]
    assert runner.invoke(app, ["trust", "collab", "confirm", "dan", collab]).exit_code == 0
    assert runner.invoke(app, ["trust", "collab", "rate", "dan", collab, "2"]).exit_code == 0
    after = json.loads(runner.invoke(app, ["match", "ana", "--json"]).stdout)
    dan = next(s for s in after if s["id"] == "dan")
    assert dan["worked_together_again"] and dan["trust"] == 1.0
    assert "you worked together and would again" in runner.invoke(app, ["match", "ana"]).output


def test_a_bad_setting_in_the_environment_is_one_line_naming_it_never_a_traceback(
    env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    from api.cli import main

    monkeypatch.setenv("COFOUNDRY_TRUST_PROPAGATION", "weighted")
    monkeypatch.setenv("COFOUNDRY_POOL", "many")
    monkeypatch.setattr(sys, "argv", ["cofoundry", "migrate"])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2 and "Traceback" not in "".join(lines)
    assert any(
        "COFOUNDRY_TRUST_PROPAGATION='weighted'" in x and "'ties' or 'rated'" in x for x in lines
    )
    assert any("COFOUNDRY_POOL='many'" in x and "integer" in x for x in lines)


def test_the_trust_propagation_setting_reaches_the_community() -> None:
    from api.settings import Settings
    from api.wiring import build_community

    for mode in ("ties", "rated"):
        c = build_community(Settings(db=":memory:", encoder="fake", trust_propagation=mode))
        assert c.trust.settings.propagation == mode
    for lone in (None, 0.05):
        c = build_community(Settings(db=":memory:", encoder="fake", trust_lone_tie=lone))
        assert c.trust.settings.lone_tie == lone


def test_no_single_tie_vouches_alone_by_default_and_1_turns_it_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The lone-tie cut is on unless the server says otherwise; ``COFOUNDRY_TRUST_LONE_TIE=1``
    keeps everything a single tie carries (the plain walk)."""
    from api.settings import Settings
    from api.wiring import build_community

    c = build_community(Settings(db=":memory:", encoder="fake"))
    assert c.trust.settings.lone_tie == 0.05
    monkeypatch.setenv("COFOUNDRY_TRUST_LONE_TIE", "1")
    c = build_community(Settings(db=":memory:", encoder="fake"))
    assert c.trust.settings.lone_tie == 1.0
    assert c.trust.settings.error_allowed == c.trust.settings.tol  # the plain walk's bound


def test_the_demo_imports_the_sample_and_says_what_it_used(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    r = runner.invoke(
        app, ["demo", "--db", str(db), "--encoder", "fake", "--people", "1", "--k", "3"]
    )
    assert r.exit_code == 0, r.output
    first = r.output.splitlines()[0]
    assert first.startswith("cofoundry demo: ") and f"database {db}, encoder fake-" in first
    assert "opts." not in r.output  # no code name leaks into what people read
    assert "designed partner" in r.output and "Across all 48 designed pairs" in r.output
    assert "cofoundry match" in r.output and str(db) in r.output


def test_import_draws_a_bar_per_step_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from rich.console import Console

    import api.console

    screen = io.StringIO()
    monkeypatch.setattr(api.console, "err", Console(file=screen, force_terminal=True, width=100))
    source = tmp_path / "people.json"
    source.write_text(json.dumps([person(f"p{i}") for i in range(30)]), encoding="utf-8")
    r = runner.invoke(
        app, ["import", str(source), "--db", str(tmp_path / "c.db"), "--encoder", "fake"]
    )
    assert r.exit_code == 0, r.output
    drawn = screen.getvalue()
    for step in ("checking rows", "writing profiles", "encoding texts", "writing vectors"):
        assert step in drawn
    assert "imported 30 new" in r.output


def test_the_help_groups_every_command_in_a_panel_starting_with_demo() -> None:
    """The help listed pipeline, worker and digest first and demo fourth (registration
    order): the commands now stand in panels for whom they serve, "Start here" first, and a
    command added without a panel would fail here instead of opening an unnamed panel."""
    from api.cli import EVENT_PANELS, PANELS, VENTURE_PANELS, command

    root = command()
    for group, panels in ((root, PANELS), (root.commands["event"], EVENT_PANELS),
                          (root.commands["venture"], VENTURE_PANELS)):  # fmt: skip
        visible = [name for name, cmd in group.commands.items() if not cmd.hidden]  # type: ignore[attr-defined]
        assert visible == [name for _, names in panels for name in names], group.name
    assert next(iter(root.commands)) == "demo" and PANELS[0][0] == "Start here"


def test_every_command_has_a_one_line_summary_in_the_help_lists() -> None:
    """A docstring's line breaks, kept by Typer in a list of commands and wrapped again at 80
    columns, made the summaries ragged: every summary is one line, the whole first paragraph."""
    from api.cli import command

    stack, seen = [command()], 0
    while stack:
        cmd = stack.pop()
        stack.extend(getattr(cmd, "commands", {}).values())
        if cmd.help:
            seen += 1
            assert cmd.short_help and "\n" not in cmd.short_help, cmd.name
            first = cmd.help.split("\n\n")[0].split()
            assert cmd.short_help.split() == first, cmd.name
    assert seen > 60
    script = "import sys; from api.cli import main; sys.argv = ['cofoundry', 'venture', '--help']; main()"
    r = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "COLUMNS": "80"},
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [line.strip("│ ") for line in r.stdout.splitlines()]
    assert "kind, on, amount, hours, months, paid, condition, rate, note," in lines
