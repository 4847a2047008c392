"""What the browser tests share: Debian's chromium driven by Playwright, a real uvicorn
server on a free loopback port, pages at desktop and phone sizes, and a check that a page
fits its window (full-page screenshots go to ``test-artifacts/screens/``)."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from api.app import create_app
from api.settings import Settings
from matcher.community import Community
from tests.support import free_port

CHROMIUM = Path("/usr/bin/chromium")
#: axe-core, fetched from npm by ``python3 tasks.py test`` (checked against its hash)
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screens"
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
WIDEST = """[...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll'))
  .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"""
#: Scrolling boxes wider than their room (a table that scrolls sideways inside the page).
INNER_SCROLL = """[...document.querySelectorAll('.scroll')]
  .filter(e => e.scrollWidth > e.clientWidth + 1)
  .map(e => (e.querySelector('table') || e).className + ' ' + e.scrollWidth + '>' + e.clientWidth)"""
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@contextmanager
def serve(
    community: Community, db: Path, settings: Settings | None = None, port: int | None = None
) -> Iterator[str]:
    """A uvicorn server in a thread, on 127.0.0.1 only, over ``community``; its address
    (``port``: one picked beforehand, for settings that must know the address)."""
    app = create_app(settings or Settings(db=str(db), encoder="fake"), community=community)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port or free_port(), log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def launch(sync_playwright: Any) -> Iterator[Any]:
    """Debian's chromium, headless (``sync_playwright`` from ``playwright.sync_api``)."""
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


def new_page(browser: Any, base: str, *, phone: bool = False, lang: str = "en-GB") -> Any:
    context = browser.new_context(
        viewport=PHONE if phone else DESKTOP,
        base_url=base,
        locale=lang,
        is_mobile=phone,
        has_touch=phone,
        device_scale_factor=2 if phone else 1,
    )
    context.set_default_timeout(15_000)
    return context.new_page()


def shoot(page: Any, name: str) -> None:
    """Save a full-page screenshot, and check nothing overflows sideways."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    width = page.viewport_size["width"]
    page.screenshot(
        path=str(ARTIFACTS / f"{name}-{'phone' if width < 600 else 'desktop'}.png"), full_page=True
    )
    overflow = page.evaluate("document.documentElement.scrollWidth")
    widest = page.evaluate(WIDEST)
    assert overflow <= width + 1, (
        f"{name}: the page is {overflow}px wide in a {width}px window: {widest}"
    )


def sign_in(page: Any, token: str, lands: str = "/web/suggestions") -> None:
    """Sign in with a token; the page then opens ``/web``, which sends a member to ``lands``."""
    page.goto("/web/signin")
    page.locator("details.more summary").click()
    page.get_by_label(re.compile("token|jeton", re.I)).first.fill(token)
    page.get_by_role("button", name=re.compile("with the token|avec le jeton")).click()
    page.wait_for_url(re.compile(re.escape(lands)))


def axe_violations(page: Any) -> list[str]:
    """axe-core's serious and critical violations on the page (WCAG 2.x A and AA rules)."""
    if not AXE.exists():
        pytest.skip(f"{AXE} is missing: python3 tasks.py test fetches axe-core from npm")
    page.evaluate(AXE.read_text(encoding="utf-8"))  # through the debugger: the page's CSP holds
    result = page.evaluate(
        """async () => (await axe.run(document, {runOnly: {type: 'tag',
             values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}}))
           .violations.filter(v => ['serious', 'critical'].includes(v.impact))
           .map(v => v.id + ': ' + v.help + ' ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))"""
    )
    return list(result)
