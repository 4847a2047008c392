"""HTML pages send a Content-Security-Policy, X-Frame-Options and nosniff (red team, issue 18)."""

from __future__ import annotations

import re
from pathlib import Path

from api.headers import CSP
from matcher.community import Community
from tests.apps import client_over
from tests.web.pages import sign_in

TEMPLATES = Path(__file__).resolve().parents[2] / "api" / "web" / "templates"


def test_every_html_page_sends_the_headers(community: Community) -> None:
    client = client_over(community)
    pages = ["/web/signin", "/web/signup"]
    for path in pages:
        r = client.get(path)
        assert r.headers["content-type"].startswith("text/html"), path
        assert r.headers["content-security-policy"] == CSP, path
        assert r.headers["x-frame-options"] == "DENY", path
        assert r.headers["x-content-type-options"] == "nosniff", path
    sign_in(client, community.security.create_token("ana"))
    for path in ("/web/suggestions", "/web/people/bob", "/web/messages", "/web/pipeline"):
        r = client.get(path)
        assert (
            r.status_code == 200
            and "frame-ancestors 'none'" in r.headers["content-security-policy"]
        ), path
    # other answers: never sniffed, no page policy on data
    for path in ("/health", "/web/static/cofoundry.css", "/web/pipeline.csv"):
        r = client.get(path)
        assert r.headers["x-content-type-options"] == "nosniff", path
        assert "content-security-policy" not in r.headers, path
    # FastAPI's docs load Swagger UI from a CDN: their own policy, still no framing
    r = client.get("/docs")
    policy = r.headers["content-security-policy"]
    assert "cdn.jsdelivr.net" in policy and "frame-ancestors 'none'" in policy


def test_the_policy_forbids_what_it_must() -> None:
    directives = dict(d.strip().split(" ", 1) for d in CSP.split(";"))
    assert directives["script-src"] == "'self'" and directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'" and directives["form-action"] == "'self'"


def test_the_pages_have_no_inline_script_the_policy_would_block() -> None:
    for template in TEMPLATES.glob("*.html"):
        text = template.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), template.name
        assert not re.search(r"\son[a-z]+\s*=", text), template.name  # onclick= and the like
