"""A member who signed up and has not written a profile yet is told so, and how to write it,
by every shell: the API answers 409 on ``profile`` naming the page; the pages show a
sentence and a link to the profile form (keeping ``?lang``), not an error; the CLI names the
command. Before, each answered "no profile 'ana'" with a hint about hidden profiles (404 on
the API), and the pages sent the member to the form without a word.

What needs no profile (account, inbox, export, ventures) keeps working; a stranger asking
about the account's id still learns nothing (unknown, 404)."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.cli import app as cli
from embeddings.encoder import FakeEncoder
from matcher.community import Community
from tests.api.test_accounts_api import signed_up
from tests.apps import client_over
from tests.support import CHEAP, accounts_community, confirmed_sign_up
from tests.web.pages import sign_in

#: what the member's own use cases answered: each needs a profile
NEEDS_A_PROFILE = [
    "/me",
    "/me/trust",
    "/me/pipeline",
    "/me/pipeline?format=csv",
    "/profiles/ana",
    "/profiles/ana/matches",
    "/profiles/ana/endorsements",
    "/people/bob",
]
#: what works without one
WORKS_WITHOUT = [
    "/me/account",
    "/me/avoid",
    "/me/collaborations",
    "/me/introductions",
    "/me/feedback",
    "/me/inbox",
    "/me/notifications",
    "/me/tokens",
    "/me/sessions",
    "/me/standings",
    "/me/marks",
    "/me/threads",
    "/me/venture-invitations",
    "/me/export",
]
MEMBER_PAGES = [
    "/web/suggestions",
    "/web/profile",
    "/web/profile/preview",
    "/web/pipeline",
    "/web/introductions",
    "/web/introductions/new",
    "/web/collaborations",
    "/web/avoid",
    "/web/messages",
    "/web/feedback",
    "/web/events",
    "/web/people/bob",
]
PAGES_WITHOUT = ["/web/account", "/web/inbox", "/web/ventures"]


@pytest.fixture
def c() -> Community:
    c = accounts_community()
    c.profiles.create_profile({"id": "bob", "name": "Bob", "offers": "o", "needs": "n"})
    return c


def test_the_api_says_create_your_profile_first(c: Community) -> None:
    api: TestClient = client_over(c)
    ana = signed_up(api, "Ana", "ana@example.org")
    for path in NEEDS_A_PROFILE:
        r = api.get(path, headers=ana)
        assert r.status_code == 409, (path, r.text)
        body = r.json()
        assert body["detail"] == "you have no profile yet", path
        assert body["field"] == "profile" and body["value"] == "ana", path
        assert "create your profile first" in body["hint"], path
        assert "/web/profile/new" in body["hint"], path
        assert "hidden" not in r.text, path
    for path, body in (
        ("/me/introductions", {"target": "bob", "message": "hi"}),
        ("/me/collaborations", {"partner": "bob", "project": "p", "started": "2024-01-01"}),
        ("/events", {"id": "night", "name": "Night"}),  # an organiser writes a profile first
    ):
        r = api.post(path, json=body, headers=ana)
        assert r.status_code == 409 and r.json()["field"] == "profile", (path, r.text)
    for path in WORKS_WITHOUT:
        assert api.get(path, headers=ana).status_code == 200, path
    r = api.post("/ventures", json={"id": "acme", "name": "Acme"}, headers=ana)
    assert r.status_code == 201, r.text

    # once written, the same routes answer
    c.profiles.create_profile({"id": "ana", "name": "Ana", "offers": "o", "needs": "n"})
    for path in NEEDS_A_PROFILE:
        assert api.get(path, headers=ana).status_code == 200, path


def test_nobody_else_learns_that_an_account_has_no_profile(c: Community) -> None:
    api: TestClient = client_over(c)
    signed_up(api, "Ana", "ana@example.org")
    bob = {"Authorization": f"Bearer {c.security.create_token('bob')}"}
    for path in ("/profiles/ana", "/people/ana", "/profiles/ana/endorsements"):
        r = api.get(path, headers=bob)
        assert r.status_code == 404 and r.json()["field"] != "profile", (path, r.text)
    r = api.post("/me/introductions", json={"target": "ana", "message": "hi"}, headers=bob)
    assert r.status_code == 404 and r.json()["field"] == "target", r.text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_pages_show_the_way_to_the_profile_form(c: Community, lang: str) -> None:
    api: TestClient = client_over(c)
    ana = signed_up(api, "Ana", "ana@example.org")
    browser = TestClient(api.app)
    sign_in(browser, ana["Authorization"].split()[1])
    sentence = {
        "en": "You have no profile yet: this page shows what fits your profile",
        "fr": "Vous n'avez pas encore de profil\xa0: cette page",
    }[lang]
    for path in MEMBER_PAGES:
        r = browser.get(f"{path}?lang={lang}", follow_redirects=False)
        assert r.status_code == 200, (path, r.status_code, r.headers.get("location"))
        html = unescape(r.text)
        assert sentence in html, path
        assert "no profile 'ana'" not in html and 'class="error"' not in html, path
        [link] = re.findall(r'href="(/web/profile/new[^"]*)"', html)
        assert f"lang={lang}" in link and "next=" + path.replace("/", "%2F") in link, link
        assert browser.get(link).status_code == 200
    for path in PAGES_WITHOUT:
        r = browser.get(f"{path}?lang={lang}", follow_redirects=False)
        assert r.status_code == 200 and sentence not in unescape(r.text), path
    assert browser.get("/web/account/export").status_code == 200


def test_the_command_line_names_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COFOUNDRY_DB", str(tmp_path / "c.db"))
    monkeypatch.setenv("COFOUNDRY_ENCODER", "fake")
    monkeypatch.chdir(tmp_path)
    c = Community(tmp_path / "c.db", FakeEncoder(dim=16), accounts=CHEAP)
    c.profiles.create_profile({"id": "bob", "name": "Bob", "offers": "o", "needs": "n"})
    ana = confirmed_sign_up(c, "Ana", "ana@example.org", "a long enough password 1").id
    runner = CliRunner()
    for args in (["match", ana], ["trust", "show", ana]):
        r = runner.invoke(cli, args)
        assert r.exit_code == 2, (args, r.output)
        said = " ".join(r.output.split())
        assert f"{ana!r} has no profile yet" in said, said
        assert "cofoundry import" in said and "hidden" not in said, said
    (tmp_path / "ana.json").write_text(
        json.dumps([{"id": ana, "name": "Ana", "offers": "o", "needs": "n"}]), "utf-8"
    )
    assert runner.invoke(cli, ["import", "ana.json"]).exit_code == 0
    assert runner.invoke(cli, ["match", ana]).exit_code == 0
    r = runner.invoke(cli, ["match", "zed"])  # an id nobody has stays unknown
    assert r.exit_code == 2 and "no profile 'zed'" in " ".join(r.output.split())
