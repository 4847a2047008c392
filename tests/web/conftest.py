"""Fixtures the browser test modules share: a server over a small community, and Chromium.

Both are module-scoped: each browser test module gets its own server and database."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from embeddings.encoder import FakeEncoder
from matcher.community import Community
from matcher.matching import MatchSettings
from tests.conftest import COMMUNITY, SYNONYMS
from tests.web.browser import launch, serve


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Community]]:
    """A uvicorn server in a thread, on 127.0.0.1 only, over a temporary database."""
    db = tmp_path_factory.mktemp("web") / "web.db"
    service = Community(db, FakeEncoder(dim=256, synonyms=SYNONYMS), MatchSettings())
    service.profiles.import_profiles(COMMUNITY)
    with serve(service, db) as base:
        yield base, service


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium through Playwright."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    with launch(playwright_api.sync_playwright) as chromium:
        yield chromium
