"""Erasing one's account on the account page asks for the current password, as a change of
address does: someone at an unlocked screen must not erase a member for good (EN, FR)."""

from __future__ import annotations

from html import unescape

import pytest
from fastapi.testclient import TestClient

from api.web.letters import letters
from matcher.community import Community
from matcher.security import Limit, SecuritySettings
from tests.apps import app_over
from tests.support import accounts_community
from tests.web.pages import error_for, post
from tests.web.test_account_pages import PASSWORD, join


@pytest.fixture
def c() -> Community:
    return accounts_community(
        security=SecuritySettings(signup=Limit(per_minute=1, burst=6)),
        compose=letters("http://testserver"),
    )


def test_erasing_the_account_needs_the_current_password(c: Community) -> None:
    web = TestClient(app_over(c))  # type: ignore[arg-type]
    ana = join(web, "Ana", "ana@example.org", c, lang="fr")
    assert 'id="f-erase-password"' in web.get("/web/account").text
    r = post(web, "/web/account/erase", {"confirm": "yes"})
    assert r.status_code == 422
    assert "mot de passe actuel" in unescape(error_for(r.text, "f-erase-password"))
    r = post(web, "/web/account/erase", {"confirm": "yes", "erase_password": "not her password"})
    assert r.status_code == 401 and c.accounts.store.get(ana) is not None
    r = post(web, "/web/account/erase", {"confirm": "yes", "erase_password": PASSWORD})
    assert r.status_code == 303 and c.accounts.store.get(ana) is None
