"""French writes "e-mail" with a hyphen, and on a phone (390 px) a line broke after "e-",
leaving "mail" alone on the next line. The French catalogue writes it with the no-break
hyphen U+2011 (e\\u2011mail), which the pages' fonts draw as a hyphen (the glyph is not a
missing-character box, and as wide as "-"), and no line breaks inside the word at any
width. The CSV column names a reader types (``nom, e-mail, ...``) keep the plain hyphen
(``tests/web/test_translations.py`` reads the catalogue for it)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from embeddings.encoder import FakeEncoder
from matcher.community import Community
from tests.conftest import SYNONYMS
from tests.web.browser import CHROMIUM, launch, new_page, serve, shoot

playwright_api = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium (python3 tasks.py test installs it)"
)

#: For each text of the page holding the word, laid out again in a box of every width from
#: 60 to 390 px: the widths at which the word starts on one line and ends on another.
SPLITS = r"""() => {
  const word = /[eE][-\u2011]mails?/g;
  const out = [];
  const texts = [...document.querySelectorAll('main p, main label, main li, main h1, main h2, main a, main button')]
    .filter(e => word.test(e.textContent)).slice(0, 12);
  const box = document.createElement('div');
  box.style.cssText = 'position:absolute; left:0; top:0; visibility:hidden;';
  document.body.appendChild(box);
  for (const el of texts) {
    const copy = el.cloneNode(true);
    copy.style.display = 'block';
    box.replaceChildren(copy);
    for (let w = 60; w <= 390; w++) {
      box.style.width = w + 'px';
      const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (const m of n.data.matchAll(word)) {
          const r = document.createRange();
          r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
          const tops = new Set([...r.getClientRects()].map(c => Math.round(c.top)));
          if (tops.size > 1) out.push(w + ': ' + m[0] + ' in ' + el.textContent.trim().slice(0, 60));
        }
      }
    }
  }
  box.remove();
  return out;
}"""

#: The no-break hyphen's width against the hyphen's, in the font of a paragraph of the page.
WIDTHS = """() => {
  const p = document.querySelector('main p') || document.body;
  const c = document.createElement('canvas').getContext('2d');
  c.font = getComputedStyle(p).font;
  return [c.measureText('-').width, c.measureText('\\u2011').width, c.measureText('\\u25a1').width];
}"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("email-word") / "web.db"
    service = Community(db, FakeEncoder(dim=64, synonyms=SYNONYMS))
    with serve(service, db) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch(playwright_api.sync_playwright) as chromium:
        yield chromium


@pytest.mark.parametrize("path", ["/web/signin", "/web/signup", "/web/link"])
def test_on_a_phone_french_e_mail_never_breaks_after_its_hyphen(
    browser: Any, site: str, path: str
) -> None:
    page = new_page(browser, site, phone=True, lang="fr-FR")
    page.goto(f"{path}?lang=fr")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert "e\u2011mail" in page.content() or "E\u2011mail" in page.content(), path
    hyphen, no_break, box = page.evaluate(WIDTHS)
    assert 0.7 * hyphen <= no_break <= 1.5 * hyphen and no_break != box, (hyphen, no_break, box)
    assert page.evaluate(SPLITS) == []
    shoot(page, f"fr-email-word{path.replace('/', '-')}")
    page.context.close()
