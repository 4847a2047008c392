"""What a new member's walk found (walk19), in English and French: a control character (a
NUL, an escape) in an introduction's message was stored, where every other free text refuses
it; in a profile's text it was told "Say what you bring" of a text that says it; and eleven
languages ticked were told, in French, to type two-letter codes separated by commas (there
are only boxes to tick), and in English the service's "id 'ana': at most 10 languages (got
['ar', ...])"."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.web.letters import letters
from matcher.access import Actor
from matcher.community import Community
from matcher.profiles.validation import LIMITS
from tests.apps import client_over
from tests.web.pages import browser, error_for, post, value_of


@pytest.fixture
def app(community: Community) -> TestClient:
    return client_over(community)


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "invisible control character (U+0000, character 6)"),
        ("fr", "caractère de contrôle invisible (U+0000, en position 6)"),
    ],
)
def test_a_control_character_in_an_introduction_message_is_refused_and_the_text_kept(
    app: TestClient, community: Community, lang: str, says: str
) -> None:
    ana = browser(app, community, "ana")
    message = "Hello\x00Bob, shall we meet?"
    r = post(ana, f"/web/introductions?lang={lang}", {"target": "bob", "message": message})
    assert r.status_code == 422, r.headers.get("location")
    assert says in error_for(r.text, "f-message"), error_for(r.text, "f-message")
    assert "shall we meet?" in value_of(r.text, "f-message")  # nothing typed is lost
    assert community.trust.introductions("ana", actor=Actor("ana")) == []
    # the rule is the service's: the API and any other shell get it too
    with pytest.raises(ValueError, match="U\\+0000 at position 5"):
        community.trust.request_introduction("ana", "bob", message=message, actor=Actor("ana"))


@pytest.mark.parametrize(
    ("lang", "says", "never"),
    [
        ("en", "invisible control character (U+001B, character 7)", "Say what you bring"),
        ("fr", "caractère de contrôle invisible (U+001B, en position 7)", "Dites ce que"),
    ],
)
def test_a_control_character_in_what_i_bring_is_named_not_told_to_say_what_i_bring(
    app: TestClient, community: Community, lang: str, says: str, never: str
) -> None:
    ana = browser(app, community, "ana")
    form = {"step": "offers", "offers": "Python\x1b[31m, SQL", "needs": "a seller"}
    r = post(ana, f"/web/profile?lang={lang}", form)
    assert r.status_code == 422
    said = error_for(r.text, "f-offers")
    assert says in said and never not in said, said
    assert value_of(r.text, "f-needs") == "a seller"


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "Tick the languages you work in, 10 at most, from the list."),
        ("fr", "Cochez les langues dans lesquelles vous travaillez, 10 au plus, dans la liste."),
    ],
)
def test_eleven_languages_ticked_are_told_to_tick_ten_at_most(
    app: TestClient, community: Community, lang: str, says: str
) -> None:
    ana = browser(app, community, "ana")
    ticked = ["en", "fr", "es", "de", "it", "pt", "nl", "ar", "wo", "sw", "ln"]
    r = post(ana, f"/web/profile?lang={lang}", {"step": "practical", "languages": ticked})
    assert r.status_code == 422
    said = r.text[r.text.index('id="f-languages-error"') :][:400]
    assert says in said and "id '" not in said and "codes" not in said, said
    assert r.text.count('name="languages" value=') == 28
    assert all(f'value="{code}" checked' in r.text for code in ticked)  # the ticks kept


@pytest.mark.parametrize(
    ("lang", "ignore"), [("en", "ignore this e-mail"), ("fr", "ignorez cet e\u2011mail")]
)
def test_the_confirmation_e_mail_says_once_what_to_do_if_you_did_not_sign_up(
    lang: str, ignore: str
) -> None:
    _, body = letters("https://cofoundry.example")("confirm_link", lang, {"hours": "48"})
    assert body.count(ignore) == 1, body
    # the other links keep their footer
    _, body = letters("https://cofoundry.example")("signin_link", lang, {"minutes": "15"})
    assert body.count(ignore) == 1, body


@pytest.mark.parametrize(
    ("lang", "says"),
    [("en", "2,000 characters at most."), ("fr", "2\u202f000 caractères au plus.")],
)
def test_what_i_bring_says_its_limit_where_a_browser_cuts_a_pasted_text(
    app: TestClient, community: Community, lang: str, says: str
) -> None:
    assert LIMITS["offers"] == LIMITS["needs"] == LIMITS["values"] == 2000
    page = browser(app, community, "ana").get(f"/web/profile?step=offers&lang={lang}").text
    for field in ("offers", "needs", "values"):
        help_text = page[page.index(f'id="f-{field}-help"') :].split("</p>")[0]
        assert says in help_text and "2" in help_text, help_text
        assert f'id="f-{field}" name="{field}" rows' in page
        assert 'maxlength="2000"' in page[page.index(f'id="f-{field}" ') :].split(">")[0]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_my_own_id_in_a_member_page_address_opens_my_profile(
    app: TestClient, community: Community, lang: str
) -> None:
    """Was a 422 in English on a French page ("Refusé : this is your own profile, not another
    member's..."), with only a link to the start."""
    ana = browser(app, community, "ana")
    r = ana.get(f"/web/people/ana?lang={lang}", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/web/profile?lang={lang}"
    assert ana.get(r.headers["location"]).status_code == 200
    assert ana.get(f"/web/people/bob?lang={lang}").status_code == 200  # another: as before


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "roles left unticked count as half"),
        ("fr", "les rôles non cochés comptent pour moitié"),
    ],
)
def test_role_points_without_any_role_say_where_they_come_from(
    app: TestClient, community: Community, lang: str, says: str
) -> None:
    """A profile written in a hurry (no role ticked) got "Roles: 21 points" beside "Values:
    not given: not counted", with no word on where the 21 came from."""
    ana = browser(app, community, "ana")
    assert says not in ana.get(f"/web/people/bob?lang={lang}").text  # roles ticked both ways
    community.profiles.update_profile(
        "ana", {"roles_offered": [], "roles_sought": []}, actor=Actor("ana")
    )
    page = ana.get(f"/web/people/bob?lang={lang}").text
    assert says in page, page[page.find("components") :][:1500]


def test_asking_to_meet_myself_opens_my_profile_not_a_form(
    app: TestClient, community: Community
) -> None:
    """/web/introductions/new?target=<me> showed "Meet Ana ... Nobody you trust knows them
    yet: you can ask directly" and a Send button that could only be refused."""
    ana = browser(app, community, "ana")
    r = ana.get("/web/introductions/new?target=ana&lang=fr", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/web/profile?lang=fr"
    r = post(ana, "/web/introductions?lang=fr", {"target": "ana", "message": "me"})
    assert r.status_code == 422 and "vous rencontrer vous-même" in r.text  # the service's rule
    assert community.trust.introductions("ana", actor=Actor("ana")) == []
