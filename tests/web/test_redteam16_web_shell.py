"""The web shell from outside (red team 16): forms, return links, cookies, frames.

Found: a form Starlette cannot read (over its 1,000 fields, a ``multipart/form-data`` body
with no boundary) answered the API's bare JSON ``{"detail": "Too many fields...", "field":
null, "hint": null}``, in English, where a page was expected (a page edited by a script,
a checkbox list sent 5,000 times). It is now the error page, 422 in the reader's language,
naming the form and the fix; nothing is changed.

Pinned as sound (tried, nothing to fix): every state-changing form refuses a cross-site
``Origin`` and a missing or stale CSRF field (403 page, nothing changed); the return link
``next=`` of the sign-in never leaves the site (another host, ``//host``, backslashes,
``javascript:``, line breaks); ``?lang=`` takes ``en`` or ``fr`` only; the session and CSRF
cookies are ``HttpOnly`` and ``SameSite=Strict``; pages may not be framed and run no inline
script; text a member writes (a name, a headline) is escaped on another member's page.
"""

from __future__ import annotations

from html import unescape
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from tests.apps import client_over
from tests.web.pages import csrf, post, sign_in


@pytest.fixture
def bob(community: Community) -> TestClient:
    client = client_over(community)
    sign_in(client, community.security.create_token("bob"))
    return client


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "The form could not be read (Too many fields. Maximum number of fields is 1000)"),
        ("fr", "Ce formulaire n'a pas pu être lu\u00a0: il a plus de champs"),
    ],
)
def test_a_form_over_a_thousand_fields_gets_a_page_in_the_readers_language(
    bob: TestClient, community: Community, lang: str, words: str
) -> None:
    before = community.profiles.store.get_profile("bob")
    body = "&".join(["roles_sought=tech"] * 5000 + ["step=roles", f"csrf={csrf(bob)}"])
    r = bob.post(
        f"/web/profile?lang={lang}",
        content=body,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        follow_redirects=False,
    )
    assert r.status_code == 422, r.text[:300]
    assert r.headers["content-type"].startswith("text/html")
    assert f'<html lang="{lang}">' in r.text
    assert words in unescape(r.text), r.text
    assert community.profiles.store.get_profile("bob") == before


def test_a_multipart_body_without_boundary_gets_a_page(bob: TestClient) -> None:
    r = bob.post(
        "/web/profile",
        content=b"--x\r\n",
        headers={"Content-Type": "multipart/form-data"},
        follow_redirects=False,
    )
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html"), r.text
    assert "The form could not be read" in unescape(r.text)


def test_a_cross_site_or_tokenless_post_changes_nothing(
    bob: TestClient, community: Community
) -> None:
    data = {"csrf": csrf(bob), "other": "ana"}
    r = bob.post(
        "/web/avoid", data=data, headers={"Origin": "https://evil.example"}, follow_redirects=False
    )
    assert r.status_code == 403 and r.headers["content-type"].startswith("text/html")
    r = bob.post("/web/avoid", data={"other": "ana"}, follow_redirects=False)
    assert r.status_code == 403
    r = bob.post("/web/avoid", data={"other": "ana", "csrf": "x" * 32}, follow_redirects=False)
    assert r.status_code == 403
    assert community.trust.avoid_list("bob", actor=Actor("bob")) == []


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/",
        "//evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "/web\\@evil.example",
        "javascript:alert(1)",
        "https:evil.example",
        " //evil.example",
        "/web/\r\nSet-Cookie: x=1",
    ],
)
def test_the_return_link_never_leaves_the_site(community: Community, target: str) -> None:
    client = client_over(community)
    r = post(
        client, "/web/signin", {"token": community.security.create_token("bob"), "next": target}
    )
    assert r.status_code == 303, r.text
    where = r.headers["location"]
    assert where.startswith("/web") and not where.startswith("//"), where
    assert "\\" not in where and "\r" not in where and "\n" not in where
    assert urlsplit(where).netloc == "" and urlsplit(where).scheme == ""
    assert not any(k.lower() == b"set-cookie" and b"x=1" in v for k, v in r.headers.raw)


def test_cookies_frames_and_scripts(community: Community) -> None:
    client = client_over(community)
    r = post(client, "/web/signin", {"token": community.security.create_token("bob")})
    cookies = [v.decode() for k, v in r.headers.raw if k.lower() == b"set-cookie"]
    assert cookies and all("HttpOnly" in c and "SameSite=strict" in c for c in cookies), cookies
    r = client.get("/web/people/ana")
    policy = r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy and "script-src 'self';" in policy
    assert r.headers["x-frame-options"] == "DENY"
    for lang in ("de", "fr\r\nX: y", "<script>"):
        r = client.get("/web/signin", params={"lang": lang}, headers={"Accept-Language": "en"})
        assert r.headers["content-language"] == "en" and "<script>" not in r.text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_members_text_is_escaped_on_anothers_page(
    bob: TestClient, community: Community, lang: str
) -> None:
    payload = '"><svg/onload=alert(1)>'
    community.profiles.update_profile(
        "ana", {"name": "Ana" + payload, "headline": "Dev" + payload}, actor=Actor("ana")
    )
    for path in ("/web/people/ana", "/web/suggestions"):
        r = bob.get(f"{path}?lang={lang}")
        assert r.status_code == 200, (path, r.text[:300])
        assert "<svg/onload" not in r.text, path
