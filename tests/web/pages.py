"""Helpers shared by the web tests: sign-in through the pages, CSRF fields, HTML checks."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urlsplit

from fastapi.testclient import TestClient

from api.web.context import CSRF_COOKIE
from matcher.community import Community
from matcher.security import note_signature


def csrf(client: TestClient) -> str:
    """The CSRF value of this browser (a GET sets the cookie the first time)."""
    if CSRF_COOKIE not in client.cookies:
        client.get("/web/signin")
    return str(client.cookies[CSRF_COOKIE])


def unsigned(location: str) -> str:
    """A redirect's address without the signature of its message (``&s=``, which differs
    from browser to browser: :func:`api.web.render.sign_flash`)."""
    return re.sub(r"&s=[A-Za-z0-9_-]*", "", location)


def signed(client: TestClient, path: str) -> str:
    """``path`` with the signature its message has in this browser (as a form's redirect
    would give it)."""
    query = parse_qs(urlsplit(path).query)
    parts = [query.get(k, [""])[-1] for k in ("done", "v", "w")]
    return f"{path}&s={note_signature(csrf(client), *parts)}"


def post(client: TestClient, path: str, data: dict[str, Any] | None = None, **kw: Any) -> Any:
    """POST a form with this browser's CSRF field, without following the redirect."""
    return client.post(
        path, data={"csrf": csrf(client), **(data or {})}, follow_redirects=False, **kw
    )


def sign_in(client: TestClient, token: str) -> None:
    r = post(client, "/web/signin", {"token": token, "next": "/web/suggestions"})
    assert r.status_code == 303, r.text
    assert r.headers["location"].startswith("/web/suggestions")


def browser(app: TestClient, community: Community, who: str) -> TestClient:
    """A browser of its own on ``app``'s application, signed in as ``who``."""
    client = TestClient(app.app)
    sign_in(client, community.security.create_token(who))
    return client


class Controls(HTMLParser):
    """Collects the form controls of a page, the labels' targets, and text by id."""

    def __init__(self) -> None:
        super().__init__()
        self.controls: list[dict[str, str]] = []
        self.label_for: set[str] = set()
        self.in_label = 0
        self.html_lang = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.html_lang = a.get("lang", "")
        if tag == "label":
            self.in_label += 1
            if a.get("for"):
                self.label_for.add(a["for"])
        if tag in ("input", "select", "textarea") and a.get("type") not in ("hidden", "submit"):
            self.controls.append(a | {"_tag": tag, "_wrapped": "1" if self.in_label else ""})

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self.in_label -= 1


def unlabelled(html: str) -> list[dict[str, str]]:
    """Controls with neither a <label for=...> nor a wrapping <label>."""
    p = Controls()
    p.feed(html)
    return [c for c in p.controls if not c["_wrapped"] and c.get("id") not in p.label_for]


def html_lang(html: str) -> str:
    p = Controls()
    p.feed(html)
    return p.html_lang


def error_for(html: str, control_id: str) -> str:
    """The error text tied to a control (its ``<id>-error`` paragraph), or ''."""
    m = re.search(rf'<p class="error" id="{re.escape(control_id)}-error">(.*?)</p>', html, re.S)
    return unescape(m.group(1).strip()) if m else ""


def value_of(html: str, control_id: str) -> str:
    """The value a text input or textarea is filled with."""
    m = re.search(rf'<input[^>]*id="{re.escape(control_id)}"[^>]*value="([^"]*)"', html)
    if m:
        return unescape(m.group(1))
    m = re.search(rf'<textarea[^>]*id="{re.escape(control_id)}"[^>]*>(.*?)</textarea>', html, re.S)
    return unescape(m.group(1)) if m else ""
