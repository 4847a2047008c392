"""Issue 16, item 2: 4 writers against ``cofoundry serve --workers 2``, no error.

A real server (two worker processes) on a temporary file database: four threads write
(sign-ups, ledger entries) and four read (profiles, the ledger, suggestions, trust) for
ten seconds; every answer must be below 500. It fails today with "database is locked"
(each process shares one SQLite connection across its threads, and only writes take the
lock): the lead's new db layer gives each thread its own connection, and this test then
passes (``strict``: it must be flipped then). The load is ``bench/redteam.py``'s, as in
``python bench/redteam.py --sections load``.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import pytest

PATH = Path(__file__).resolve().parents[2] / "bench" / "redteam.py"


@pytest.fixture(scope="module")
def redteam() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_redteam", PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_four_writers_against_two_workers_get_no_error(redteam: ModuleType) -> None:
    with tempfile.TemporaryDirectory(prefix="cofoundry-load-") as folder:
        server = redteam.Server(Path(folder), workers=2)
        try:
            world = redteam.seed(server)
            section = redteam.load(world, writers=4, readers=4, seconds=10)
        finally:
            server.stop()
    assert section.requests > 200, section.statuses  # the load ran
    assert section.of(500) == 0, section.problems()
