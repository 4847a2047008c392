"""A NUL character (U+0000) in an id or a form's field is a clear refusal on PostgreSQL too,
never a 500.

PostgreSQL's text cannot hold U+0000, and psycopg refuses such a parameter
(``DataError``) whatever the statement, a lookup included: on the PostgreSQL backend,
``GET /profiles/a%00b``, ``/ventures/a%00b``, ``/events/a%00b``, ``PUT /me/avoid/a%00b``,
``/me/threads/a%00b``... and a page's form naming a member ``a\\x00b`` (invite to a venture)
answered 500 "internal error", where SQLite answers that there is no such thing. The
PostgreSQL backend now refuses such a text where it enters the database, as an
:class:`~matcher.errors.InvalidInput` that says which character, where, and the fix (422),
in the page's language on the web; SQLite answers as before.
"""

from __future__ import annotations

from html import unescape

from matcher.community import Community
from tests.apps import client_over
from tests.ventures import venture
from tests.web.pages import post, sign_in

PATHS = [
    ("GET", "/profiles/a%00b"),
    ("GET", "/people/a%00b"),
    ("PUT", "/me/avoid/a%00b"),
    ("GET", "/ventures/a%00b"),
    ("GET", "/events/a%00b"),
    ("GET", "/me/introductions/a%00b"),
    ("POST", "/me/introductions/a%00b/withdraw"),
    ("POST", "/me/inbox/a%00b/read"),
    ("GET", "/me/threads/a%00b"),
]


def test_an_id_with_a_nul_is_refused_or_unknown_never_a_500(
    community: Community, backend: str
) -> None:
    client = client_over(community)
    auth = {"Authorization": f"Bearer {community.security.create_token('ana')}"}
    for method, path in PATHS:
        r = client.request(method, path, headers=auth)
        assert r.status_code in (404, 422), (path, r.status_code, r.text)
        body = r.json()
        assert body["hint"], (path, body)
        if r.status_code == 422:  # PostgreSQL: the character, where, and the fix
            assert backend == "postgres"
            assert "U+0000" in body["detail"] and "remove" in body["hint"], body


def test_a_page_whose_path_holds_a_nul_says_so_in_french(
    community: Community, backend: str
) -> None:
    venture(community.equity, "acme", "ana")
    client = client_over(community)
    sign_in(client, community.security.create_token("ana"))
    for path in ("/web/ventures/a%00b", "/web/events/a%00b", "/web/people/a%00b"):
        r = client.get(f"{path}?lang=fr")
        assert r.status_code in (404, 422), (path, r.text)
        text = unescape(r.text)
        assert "Refusé" not in text, text
        if backend == "postgres":
            assert "U+0000" in text and "supprimez-le" in text, text
    r = post(client, "/web/ventures/acme/members?lang=fr", {"member": "a\x00b"})
    assert r.status_code in (404, 422), r.text
