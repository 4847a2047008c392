"""The command line reads its whole numbers as the API and the pages do (api.inputs.whole_number):
``1_0``, ``+10``, `` 10`` and Arabic-Indic digits, which ``int()`` reads, are refused, naming the
option, the value and the fix."""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from api.cli import app
from api.console import WholeNumber

runner = CliRunner()


def _commands(group: typer.Typer) -> list[Any]:
    found = [c.callback for c in group.registered_commands]
    for sub in group.registered_groups:
        found += _commands(sub.typer_instance)
    return found


def test_every_whole_number_of_the_command_line_is_read_by_the_one_parser() -> None:
    ints, parsed = [], 0
    for callback in _commands(app):
        for name, hint in typing.get_type_hints(callback, include_extras=True).items():
            if typing.get_origin(hint) is not typing.Annotated:
                continue
            kind, *extras = typing.get_args(hint)
            if kind not in (int, int | None):
                continue
            info = next(e for e in extras if isinstance(e, typer.models.ParameterInfo))
            if isinstance(info.parser, WholeNumber):
                parsed += 1
            else:
                ints.append(f"{callback.__module__}.{callback.__name__} {name}")
    assert ints == [], "read with int(): give them parser=WHOLE"
    assert parsed >= 20


@pytest.mark.parametrize("bad", ["1_0", "+10", " 10", "١٠", "10.0", "²"])
def test_k_written_otherwise_than_with_digits_is_refused_naming_option_value_and_fix(
    env: Path, bad: str
) -> None:
    r = runner.invoke(app, ["match", "ana", "--k", bad])
    assert r.exit_code == 2, r.output
    out = " ".join(r.output.split())
    assert "--k" in out and "whole number" in out and "digits 0-9" in out
    assert repr(bad).strip("'") in out or bad.strip() in out


def test_a_range_given_to_click_is_the_parsers_range(env: Path) -> None:
    r = runner.invoke(app, ["mail", "outbox", "--limit", "1001"])
    out = " ".join(r.output.split())
    assert r.exit_code == 2 and "--limit" in out and "from 1 to 1000" in out, out


def test_a_rating_may_carry_its_plus_sign_as_the_help_writes_it() -> None:
    assert WholeNumber(plus=True)("+2") == 2
    with pytest.raises(ValueError, match="digits 0-9"):
        WholeNumber(plus=True)("+_2")


def test_a_count_of_one_is_said_in_the_singular(tmp_path: Path) -> None:
    """One profile imported said "imported 1 new and 0 updated profiles ... encoded 1
    changed texts", and the index "holds 1 people": counts now take their singular
    (:func:`matcher.errors.counted`)."""
    db = str(tmp_path / "c.db")
    people = tmp_path / "people.csv"
    people.write_text("id,name,offers,needs\nzoe,Zoe,python code,sales customers\n")
    r = runner.invoke(app, ["import", str(people), "--db", db, "--encoder", "fake"])
    said = " ".join(r.output.split())
    assert r.exit_code == 0, r.output
    assert "imported 1 new profile and 0 updated from" in said, said
    r = runner.invoke(app, ["reindex", "--db", db, "--encoder", "fake"])
    said = " ".join(r.output.split())
    assert r.exit_code == 0 and "index holds 1 person" in said and "0 texts" in said, said
