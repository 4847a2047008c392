"""The layout holds: no module reaches a private name of another, every domain has the same
shape, and the faces are pinned.

The import rules (layers, no cycles, pure models, domains through their faces) are
import-linter contracts in ``pyproject.toml``, run by the test command.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("api", "matcher", "embeddings", "graph")
DOMAINS = (
    "profiles",
    "matching",
    "trust",
    "equity",
    "events",
    "loop",
    "privacy",
    "security",
    "accounts",
    "mail",
    "inbox",
)


def _modules() -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py"))


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _defined_here(tree: ast.Module) -> set[str]:
    """Private names this module defines: functions, classes, attributes set on self,
    class attributes, module names."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
    return {n for n in names if _private(n)}


def reaches_into_others(path: Path) -> list[str]:
    """``module:line: name`` for every private name of another module this one uses."""
    tree = ast.parse(path.read_text(), str(path))
    mine = _defined_here(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found += [
                f"{path.relative_to(ROOT)}:{node.lineno}: from {node.module} import {a.name}"
                for a in node.names
                if _private(a.name)
            ]
        elif isinstance(node, ast.Attribute) and _private(node.attr) and node.attr not in mine:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: .{node.attr}")
    return found


def test_no_module_reaches_a_private_name_of_another() -> None:
    assert [hit for p in _modules() for hit in reaches_into_others(p)] == []


def test_the_check_catches_a_private_reach(tmp_path: Path) -> None:
    bad = ROOT / "matcher" / "_probe_private_reach.py"
    try:
        bad.write_text(
            "from matcher.events.planner import _State\n\n\ndef f(s):\n    return s._lock\n"
        )
        hits = reaches_into_others(bad)
    finally:
        bad.unlink()
    assert len(hits) == 2


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_domain_has_a_model_a_store_or_none_and_a_service(domain: str) -> None:
    """The same inner shape everywhere: ``model.py`` (pure), ``service.py`` (use cases), and
    ``store.py`` (its tables); every domain owns tables now (matching: its re-rankers)."""
    folder = ROOT / "matcher" / domain
    assert (folder / "__init__.py").exists() and (folder / "service.py").exists()
    assert (folder / "model.py").exists()
    assert (folder / "store.py").exists()


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_face_exports_what_it_declares(domain: str) -> None:
    face = importlib.import_module(f"matcher.{domain}")
    assert face.__all__ == sorted(face.__all__, key=lambda n: (not n.isupper(), n))
    for name in face.__all__:
        assert hasattr(face, name), f"matcher.{domain}.__all__ names {name!r}, not defined"
