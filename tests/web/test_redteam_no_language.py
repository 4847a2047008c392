"""A profile edited down to no language is refused, not silently made English.

The practical step of the profile page with every language unticked saved the profile with
``en`` (the default of an imported row left empty): a French speaker who cleared the list by
mistake was then matched as an English speaker only (languages weigh "must" by default). The
API refused the same change (``{"languages": []}``: 422). The rule now lives in the domain:
an update that names ``languages`` must keep at least one.
"""

from __future__ import annotations

from html import unescape

import pytest
from fastapi.testclient import TestClient

from matcher.access import Actor
from matcher.community import Community
from matcher.errors import InvalidInput
from tests.web.pages import post
from tests.web.test_member_pages import ana, app_client, tokens

__all__ = ["ana", "app_client", "tokens"]  # the fixtures


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "tick at least one language"), ("fr", "cochez au moins une langue")],
    ids=["en", "fr"],
)
def test_unticking_every_language_is_refused_on_the_page(
    ana: TestClient, community: Community, lang: str, said: str
) -> None:
    form = {"step": "practical", "commitment": "full-time", "stage": "idea"}
    r = post(ana, f"/web/profile?lang={lang}", form)
    assert r.status_code == 422, r.headers.get("location")
    assert 'role="alert"' in r.text or "has-error" in r.text
    assert said in unescape(r.text).lower()
    [me] = community.profiles.store.profiles(["ana"])
    assert me.languages == ("fr", "en")


@pytest.mark.parametrize("empty", [[], "", " ; "])
def test_the_service_refuses_an_update_to_no_language(community: Community, empty: object) -> None:
    with pytest.raises(InvalidInput, match="at least one language") as refused:
        community.profiles.update_profile("ana", {"languages": empty}, actor=Actor("ana"))
    assert refused.value.field == "languages" and refused.value.hint
    [me] = community.profiles.store.profiles(["ana"])
    assert me.languages == ("fr", "en")
