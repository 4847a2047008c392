"""The page that shows a new API token once is shown again to the same form sent again (the
back button, a double tap): :mod:`api.web.once` keeps it, encrypted, for a day. It was shown
again after the token was revoked, as if the token still worked. Now it is shown only while
the token works; otherwise the account page says it was revoked."""

from __future__ import annotations

from html import unescape

import pytest

from api.web.once import FIELD
from tests.apps import client_over
from tests.support import accounts_community, confirm_address
from tests.web.pages import post

PASSWORD = "correct horse battery"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "This token was revoked or has expired: it no longer works, and its page is no longer shown.",
        ),
        (
            "fr",
            "Ce jeton a été révoqué ou a expiré\xa0: il ne fonctionne plus, et sa page n'est plus affichée.",
        ),
    ],
)
def test_a_revoked_tokens_page_is_not_shown_again(lang: str, said: str) -> None:
    c = accounts_community()
    ana = confirm_address(c, c.accounts.sign_up("Ana", "ana@example.org", PASSWORD).id)
    web = client_over(c)
    assert (
        post(web, "/web/signin", {"email": "ana@example.org", "password": PASSWORD}).status_code
        == 303
    )
    form = {"label": "laptop", "token_password": PASSWORD, FIELD: "key-of-the-token-form"}
    first = post(web, f"/web/account/tokens?lang={lang}", form)
    assert first.status_code == 201
    [info] = c.security.store.listed(ana.id)
    again = post(web, f"/web/account/tokens?lang={lang}", form)  # the back button: shown again
    assert again.status_code == 201 and again.text == first.text
    assert post(web, f"/web/account/tokens/{info.id}/revoke", {}).status_code == 303
    after = post(web, f"/web/account/tokens?lang={lang}", form)
    assert after.status_code == 303, after.text  # to the account page, which says why
    page = unescape(web.get(after.headers["location"]).text).replace("&#39;", "'")
    assert said in page, page
    assert c.security.store.listed(ana.id) == []  # and no new token made either
