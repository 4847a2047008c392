"""The walk-through notebooks run from top to bottom, offline, with no outputs committed."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "notebooks"


def run(name: str) -> nbformat.NotebookNode:
    """Execute ``notebooks/<name>`` in a fresh kernel from the notebooks folder; the executed
    copy, plots included, is kept in ``test-artifacts/notebooks/`` (git-ignored)."""
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    os.environ["HF_HUB_OFFLINE"] = "1"  # the kernel inherits it: no model is fetched
    os.environ.pop("MPLBACKEND", None)  # the kernel's inline backend puts the plots in the notebook
    NotebookClient(
        nb, timeout=900, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, ARTIFACTS / name)
    return nb


def outputs(nb: nbformat.NotebookNode, kind: str) -> list[dict[str, object]]:
    return [
        o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == kind
    ]


@pytest.mark.parametrize(
    "name", ["entrepreneur.ipynb", "team.ipynb", "organiser.ipynb", "season.ipynb"]
)
def test_committed_without_outputs(name: str) -> None:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    assert all(
        not c.get("outputs") and c.get("execution_count") is None
        for c in nb.cells
        if c.cell_type == "code"
    )


def test_team_notebook_runs() -> None:
    nb = run("team.ipynb")
    text = "".join(str(o.get("text", "")) for o in outputs(nb, "stream"))
    assert "total 100.00 %" in text
    assert "resigned-no-good-reason: Clara's slices 20200 -> 3300" in text
    assert len([o for o in outputs(nb, "display_data") if "image/png" in o["data"]]) == 2  # type: ignore[operator]


@pytest.mark.slow
def test_entrepreneur_notebook_runs_with_the_real_encoder() -> None:
    nb = run("entrepreneur.ipynb")
    text = "".join(str(o.get("text", "")) for o in outputs(nb, "stream"))
    assert "encoded with use-multilingual-v3" in text
    assert "Kenza Cherif -> " in text and "Clara Meyer" in text
    assert len([o for o in outputs(nb, "display_data") if "image/png" in o["data"]]) == 2  # type: ignore[operator]
    assert "'accepted'" in str(outputs(nb, "execute_result")[-1]["data"])


@pytest.mark.slow
def test_season_notebook_plays_and_measures() -> None:
    """A season of five evenings with and without feedback (real encoder): it runs, prints
    the hit rates and draws both plots."""
    nb = run("season.ipynb")
    text = "".join(str(o.get("text", "")) for o in outputs(nb, "stream"))
    assert "150 people" in text and "hit rate of the meetings, first evening" in text
    assert "new pairs over the season" in text
    assert len([o for o in outputs(nb, "display_data") if "image/png" in o["data"]]) == 2  # type: ignore[operator]


@pytest.mark.slow
def test_organiser_notebook_runs_with_the_real_encoder() -> None:
    nb = run("organiser.ipynb")
    text = "".join(str(o.get("text", "")) for o in outputs(nb, "stream"))
    assert "41 attendees imported" in text and "encoded with use-multilingual-v3" in text
    assert "line 4: id 'ev003': commitment must be one of" in text  # the refused file, per line
    assert "attendees after the refused file: 0" in text
    assert "the same file again: 0 added, 41 already there" in text
    assert "round 1 unchanged: True" in text and "ev002 seated after round 1: False" in text
    assert "your need" in text and "team 1:" in text
    assert len([o for o in outputs(nb, "display_data") if "image/png" in o["data"]]) == 3  # type: ignore[operator]
