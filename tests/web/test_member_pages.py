"""Member pages through the app (TestClient): every page and form, in English and French."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from api.web.context import LANG_COOKIE, SESSION_COOKIE
from matcher.access import Actor
from matcher.community import Community
from matcher.profiles.validation import LIMITS
from tests.apps import client_over
from tests.support import confirm_code
from tests.web.pages import (
    csrf,
    error_for,
    html_lang,
    post,
    sign_in,
    unlabelled,
    unsigned,
    value_of,
)

MEMBER_PAGES = [
    "/web/suggestions",
    "/web/profile",
    "/web/introductions",
    "/web/collaborations",
    "/web/avoid",
    "/web/ventures",
    "/web/introductions/new?target=bob",
]


@pytest.fixture
def app_client(community: Community) -> TestClient:
    return client_over(community)


@pytest.fixture
def tokens(community: Community) -> dict[str, str]:
    return {p: community.security.create_token(p) for p in ("ana", "bob", "cyd", "dan")}


def browser(app_client: TestClient) -> TestClient:
    """Another browser on the same app (its own cookies)."""
    return TestClient(app_client.app)


@pytest.fixture
def ana(app_client: TestClient, tokens: dict[str, str]) -> TestClient:
    sign_in(app_client, tokens["ana"])
    return app_client


# ----------------------------------------------------------------- language
def test_language_from_header_query_and_cookie(app_client: TestClient) -> None:
    r = app_client.get("/web/signin", headers={"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"})
    assert html_lang(r.text) == "fr" and "Se connecter" in r.text
    assert r.headers["content-language"] == "fr"
    assert LANG_COOKIE not in app_client.cookies  # the header is not a choice: nothing stored
    r = app_client.get("/web/signin?lang=en", headers={"Accept-Language": "fr"})
    assert html_lang(r.text) == "en" and "Sign in" in r.text
    assert app_client.cookies[LANG_COOKIE] == "en"  # the choice is remembered...
    r = app_client.get("/web/signup", headers={"Accept-Language": "fr"})
    assert html_lang(r.text) == "en" and "Sign up" in r.text  # ...over the header
    r = app_client.get("/web/signup?lang=fr")
    assert html_lang(r.text) == "fr" and app_client.cookies[LANG_COOKIE] == "fr"
    assert 'hreflang="en"' in r.text and "?lang=en" in r.text  # the switch keeps the page


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_member_page_renders_labelled_in_both_languages(ana: TestClient, lang: str) -> None:
    for path in MEMBER_PAGES:
        sep = "&" if "?" in path else "?"
        r = ana.get(f"{path}{sep}lang={lang}")
        assert r.status_code == 200, (path, r.text[:500])
        assert html_lang(r.text) == lang, path
        assert unlabelled(r.text) == [], path
        assert '<main id="main"' in r.text and "<nav" in r.text and 'name="viewport"' in r.text
        assert not re.search(r"\{[a-z_]+\}", r.text), path  # every placeholder filled
        assert not re.search(
            r"\b(nav|suggest|team|profile|intros|collab|avoid)\.[a-z_]+\b",
            r.text.replace("/web/", ""),
        ), path


def test_signed_out_pages_are_labelled(app_client: TestClient) -> None:
    for path in ("/web/signin", "/web/signup"):
        for lang in ("en", "fr"):
            r = app_client.get(f"{path}?lang={lang}")
            assert r.status_code == 200 and unlabelled(r.text) == [] and html_lang(r.text) == lang


def test_signed_out_member_pages_go_to_sign_in(app_client: TestClient) -> None:
    r = app_client.get("/web/profile", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/web/signin?next=/web/profile"
    assert app_client.get("/", follow_redirects=True).url.path == "/web"  # the landing page


# ------------------------------------------------------------ sign-in, csrf
def test_sign_in_cookie_and_sign_out(app_client: TestClient, tokens: dict[str, str]) -> None:
    r = post(app_client, "/web/signin", {"token": "cf_nope", "next": "/web/profile"})
    assert r.status_code == 401 and "unknown or was revoked" in error_for(r.text, "f-token")
    r = post(app_client, "/web/signin?lang=fr", {"token": "", "next": ""})
    assert "Collez votre jeton" in error_for(r.text, "f-token")
    r = post(app_client, "/web/signin", {"token": tokens["ana"], "next": "/web/profile"})
    assert r.status_code == 303 and r.headers["location"].startswith("/web/profile")
    cookie = r.headers["set-cookie"]
    assert f"{SESSION_COOKIE}=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Ana" in app_client.get("/web/profile").text
    r = post(app_client, "/web/signin", {"token": tokens["ana"], "next": "https://evil.example/"})
    where = r.headers["location"]
    assert where.startswith("/web?") and "evil" not in where  # never off-site: home
    r = post(app_client, "/web/signout")
    assert r.status_code == 303 and SESSION_COOKIE not in app_client.cookies
    assert app_client.get("/web/profile", follow_redirects=False).status_code == 303


def test_admin_token_is_not_a_member(app_client: TestClient, community: Community) -> None:
    admin = community.security.create_token(None, role="admin")
    r = post(app_client, "/web/signin", {"token": admin, "next": ""})
    assert r.status_code == 401 and "belongs to no profile" in r.text


def test_posts_without_the_csrf_field_are_refused(ana: TestClient, tokens: dict[str, str]) -> None:
    before = ana.get("/web/avoid").text
    r = ana.post("/web/avoid", data={"other": "bob"})
    assert r.status_code == 403 and "security field" in r.text and "<html" in r.text
    r = ana.post("/web/avoid", data={"other": "bob", "csrf": "x" * 32})
    assert r.status_code == 403
    r = ana.post(
        "/web/avoid?lang=fr",
        data={"other": "bob", "csrf": csrf(ana)},
        headers={"Origin": "https://evil.example"},
    )
    assert r.status_code == 403 and "Ce formulaire a expiré" in r.text
    assert ana.get("/web/avoid").text.count("bob") == before.count("bob")  # nothing written
    # another browser without the cookie cannot sign anyone in either
    other = TestClient(ana.app)
    r = other.post("/web/signin", data={"token": tokens["bob"], "csrf": csrf(ana)})
    assert r.status_code == 403


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "you cannot avoid yourself"),
        ("fr", "Tapez l'identifiant de profil de quelqu'un d'autre."),
    ],
)
def test_avoiding_myself_says_so_not_that_my_id_is_malformed(
    ana: TestClient, lang: str, says: str
) -> None:
    """My own id on my avoid list was refused in French with the rule of an id's letters
    ('L'identifiant doit compter 1 à 64 minuscules...'), though 'ana' is a good id."""
    r = post(ana, f"/web/avoid?lang={lang}", {"other": "ana"})
    assert r.status_code == 422 and says in error_for(r.text, "f-other")
    assert value_of(r.text, "f-other") == "ana"


# -------------------------------------------------------------- sign-up, profile
def test_sign_up_then_profile_errors_next_to_fields_inputs_kept(
    app_client: TestClient, community: Community
) -> None:
    r = post(
        app_client, "/web/signup?lang=fr", {"name": "Zoé", "email": "zoe@", "password": "short"}
    )
    assert r.status_code == 422 and "nom@exemple.org" in error_for(r.text, "f-email")
    assert value_of(r.text, "f-name") == "Zoé" and value_of(r.text, "f-password") == ""
    creds = {"name": "Zoé Martin", "email": "zoe@example.org", "password": "Zoé Martin"}
    r = post(app_client, "/web/signup?lang=fr", creds)
    assert r.status_code == 422 and "10 à 256 caractères" in error_for(r.text, "f-password")
    r = post(app_client, "/web/signup", creds | {"password": "correct horse battery"})
    assert r.status_code == 303 and r.headers["location"] == "/web/profile/new"
    assert SESSION_COOKIE in app_client.cookies
    # signed in, no profile yet: member pages lead to the profile form
    r = app_client.get("/web/suggestions", follow_redirects=False)
    assert r.status_code == 200 and 'href="/web/profile/new?next=%2Fweb%2Fsuggestions' in r.text
    assert value_of(app_client.get("/web/profile/new").text, "f-name") == "Zoé Martin"
    form = {
        "name": "Zoé",
        "offers": "Je vends aux PME.",
        "needs": "",
        "utc_offset": "99",
        "languages": "fr, xx",
        "commitment": "full-time",
        "stage": "idea",
        "visibility": "public",
        "roles_offered": ["sales"],
        "consent": "on",
    }
    r = post(app_client, "/web/profile/new?lang=fr", form)
    assert r.status_code == 422
    assert "ce que vous cherchez" in error_for(r.text, "f-needs")
    assert "de -12 à 14" in error_for(r.text, "f-timezone")  # shown next to the city list
    # the languages are boxes to tick: no code to type (walk19)
    assert "Cochez les langues" in error_for(r.text, "f-languages")
    assert value_of(r.text, "f-offers") == "Je vends aux PME."
    assert re.search(r'value="sales" checked', r.text)  # checkboxes kept too
    assert 'aria-invalid="true"' in r.text
    r = post(app_client, "/web/profile/new?lang=en", form)
    # English too: the page's sentence, not the service's "id 'zoe-martin': needs is required"
    assert error_for(r.text, "f-needs") == "Say what you look for."
    good = form | {"needs": "A developer.", "utc_offset": "1", "languages": "fr, en"}
    r = post(app_client, "/web/profile/new", good)
    assert r.status_code == 201, r.text
    assert "<title>Welcome, Zoé · cofoundry</title>" in r.text
    profile = community.profiles.store.get_profile("zoe-martin")  # the server picked the id
    # its unconfirmed address stays off the profile others may see, until confirmed
    assert profile is not None and profile.email == ""
    r = app_client.get(f"/web/confirm?code={confirm_code(community, 'zoe-martin')}")
    assert "zoe@example.org est confirmée" in unescape(r.text) or "is confirmed" in r.text
    profile = community.profiles.store.get_profile("zoe-martin")
    assert profile is not None and profile.email == "zoe@example.org"
    assert app_client.get("/web/profile").status_code == 200
    r = app_client.get("/web/profile/new", follow_redirects=False)  # only once
    assert r.headers["location"] == "/web/profile"
    # the same address again: the same answer as a new one (tests/web/test_confirm_pages.py)
    other = TestClient(app_client.app)
    r = post(other, "/web/signup?lang=fr", creds | {"password": "another good one"})
    assert r.status_code == 303 and 'id="confirm-banner"' in other.get("/web/profile/new").text


def test_edit_profile_in_steps(ana: TestClient, community: Community) -> None:
    r = ana.get("/web/profile")
    assert value_of(r.text, "f-name") == "Ana" and 'aria-current="step"' in r.text
    assert 'name="offers"' not in r.text  # one step at a time
    r = ana.get("/web/profile?step=practical&lang=fr")
    # languages by name (checked: the profile's), time zone by city, no code or offset typed
    assert re.search(r'value="fr" checked> français', r.text)
    assert re.search(r'value="en" checked> anglais', r.text)
    assert 'value="Europe/Paris"' in r.text and "Paris (UTC+" in r.text
    assert 'name="utc_offset"' not in r.text and 'name="languages" value' in r.text
    about = {
        "step": "about",
        "name": "Ana Lopez",
        "headline": "Backend",
        "email": "ana@example.org",
    }
    r = post(ana, "/web/profile", about)
    assert r.status_code == 303
    assert r.headers["location"] == "/web/profile?step=offers&done=profile_saved"
    practical = {
        "step": "practical",
        "languages": ["fr", "en", "es"],
        "timezone": "Asia/Kolkata",
        "commitment": "part-time",
        "stage": "prototype",
        "available_from": "2025-01-15",
        "location": "Lyon",
    }
    r = post(ana, "/web/profile", practical)
    assert r.headers["location"] == "/web/profile?step=preferences&done=profile_saved"
    r = post(ana, "/web/profile", {"step": "preferences", "visibility": "members"})  # no consent
    assert r.status_code == 303
    assert r.headers["location"] == "/web/profile/preview?done=profile_saved"
    p = community.profiles.store.get_profile("ana")
    assert p is not None
    assert (p.name, p.languages, p.visibility.value, p.consent, p.commitment.value) == (
        "Ana Lopez",
        ("fr", "en", "es"),
        "members",
        False,
        "part-time",
    )
    assert p.utc_offset == 5.5 and p.location == "Lyon"
    assert p.offers.startswith("Développeuse")  # the steps not posted are unchanged
    preview = ana.get("/web/profile/preview?lang=en").text
    assert "Your first suggestions" in preview and "Your profile is saved" in preview
    r = post(ana, "/web/profile?lang=fr", about | {"email": "not-an-address", "name": ""})
    assert r.status_code == 422
    assert "nom@exemple.org" in error_for(r.text, "f-email") and "obligatoire" in error_for(
        r.text, "f-name"
    )
    assert value_of(r.text, "f-email") == "not-an-address"
    assert community.profiles.store.get_profile("ana") == p  # nothing written
    r = post(ana, "/web/profile", practical | {"timezone": "Mars/Olympus"})
    assert r.status_code == 422 and error_for(r.text, "f-timezone")
    r = post(ana, "/web/profile?lang=fr", practical | {"available_from": "2226-01-15"})
    assert r.status_code == 422  # a typo in the year, told with the days it may name
    told = error_for(r.text, "f-available_from")
    assert "du 1er janvier 1950 au 31 décembre 2099" in told, told
    assert community.profiles.store.get_profile("ana") == p


# ------------------------------------------------------------- suggestions
def test_suggestions_with_explanations(ana: TestClient) -> None:
    r = ana.get("/web/suggestions")
    assert r.status_code == 200
    assert "Bob" in r.text and "(bob)" in r.text
    for label in ("Meets your needs", "You meet theirs", "Values", "Roles"):
        assert label in r.text  # each with its share of the card's points (both ways: theirs)
    assert "points come from:" in r.text
    assert "Your needs, met by their offers" in r.text and "<q>" in r.text
    assert "Introduction path:" in r.text and "/web/introductions/new?target=bob" in r.text
    # private profile never suggested (its name, not three letters a form's random token
    # may hold: "6GGusQox..." failed this once)
    assert not re.search(r"\bGus\b", r.text)
    r = ana.get("/web/suggestions?lang=fr&k=1")
    assert "Répond à vos besoins" in r.text and r.text.count('class="card suggestion"') == 1


# ------------------------------------------------------------ introductions
def test_introduction_request_and_answers(ana: TestClient, tokens: dict[str, str]) -> None:
    r = ana.get("/web/introductions/new?target=bob")
    assert "Meet Bob" in r.text and 'name="connector"' in r.text
    r = post(ana, "/web/introductions", {"target": "bob", "connector": "", "message": "Hello Bob"})
    assert r.status_code == 303 and "intro_sent" in r.headers["location"]
    r = post(
        ana, "/web/introductions?lang=fr", {"target": "bob", "connector": "", "message": "again"}
    )
    assert r.status_code == 422 and "Vous avez déjà demandé" in r.text and "again" in r.text
    r = post(ana, "/web/introductions", {"target": "bob", "connector": "cyd", "message": "via cyd"})
    assert r.status_code == 422 and error_for(r.text, "f-connector")
    assert "You asked to meet Bob" in ana.get("/web/introductions?lang=en").text
    bob = TestClient(ana.app)
    sign_in(bob, tokens["bob"])
    page = bob.get("/web/introductions").text
    assert "Ana would like to meet you" in page and "Hello Bob" in page
    intro_id = re.search(r"/web/introductions/(int_[0-9a-f]+)/answer", page)
    assert intro_id
    r = post(bob, f"/web/introductions/{intro_id.group(1)}/answer", {"accept": "yes"})
    assert r.status_code == 303 and "intro_connected" in r.headers["location"]
    assert "accepted" in ana.get("/web/introductions").text
    r = post(bob, f"/web/introductions/{intro_id.group(1)}/answer", {"accept": "no"})
    assert r.status_code == 409 and "<html" in r.text  # answered already: an HTML error page
    r = post(bob, "/web/introductions/int_000000000000/answer?lang=fr", {"accept": "yes"})
    assert r.status_code == 404 and "n'existe pas" in unescape(r.text)


@pytest.mark.parametrize("query", ["", "?target=", "?target=%20"])
def test_asking_for_an_introduction_without_anyone_named_opens_my_suggestions(
    ana: TestClient, query: str
) -> None:
    """/web/introductions/new as is said 'No visible profile has the id “”' (a 404): the
    page to pick whom to meet is the suggestions."""
    r = ana.get(f"/web/introductions/new{query}", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/web/suggestions"


@pytest.mark.parametrize(
    ("lang", "says"),
    [("en", "There is no page at this address"), ("fr", "Aucune page à cette adresse")],
)
def test_an_address_that_is_no_page_gets_a_page_in_the_readers_language(
    ana: TestClient, lang: str, says: str
) -> None:
    """A mistyped or old link under /web answered the API's JSON ('check the URL; see
    /docs'), in English on a French page; it is a page, with the navigation and a way back.
    The API and the static files keep their JSON 404."""
    for path in ("/web/no-such-page", "/web/introductions/new/extra"):
        r = ana.get(f"{path}?lang={lang}")
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
        assert says in unescape(r.text) and f'<html lang="{lang}">' in r.text
        assert 'href="/web"' in r.text and "/docs" not in r.text
    r = post(ana, "/web/no-such-form", {"x": "1"})
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    for path in ("/no-such-route", "/web/static/none.css"):
        r = ana.get(path)
        assert r.status_code == 404 and r.json()["hint"] == "check the URL; see /docs"


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", ["is 501 characters long", "keep it to 500 characters or fewer"]),
        ("fr", ["fait 501 caractères", "gardez-en 500 ou moins"]),
    ],
)
def test_a_too_long_introduction_message_names_its_length_and_the_limit(
    ana: TestClient, lang: str, says: list[str]
) -> None:
    """The form stops a message over the domain's limit (maxlength, said in the help), and the
    refusal of a longer one says how long it was and how long it may be, keeping the text."""
    form = ana.get(f"/web/introductions/new?target=bob&lang={lang}").text
    assert re.search(r'<textarea id="f-message"[^>]* maxlength="500"', form)
    text = "x" * 501
    r = post(ana, f"/web/introductions?lang={lang}", {"target": "bob", "message": text})
    assert r.status_code == 422
    error = unescape(error_for(r.text, "f-message"))
    assert all(s in error for s in says), error
    assert text in r.text  # the message is kept


def test_asking_to_meet_oneself_is_told_plainly_in_french(ana: TestClient) -> None:
    r = post(ana, "/web/introductions?lang=fr", {"target": "ana", "message": "Bonjour"})
    assert r.status_code == 422
    assert "vous rencontrer vous-même\u00a0: choisissez" in unescape(r.text)  # at the top: no field
    assert "Bonjour" in r.text  # the message is kept


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", ["2,001 characters long", "the limit is 2,000"]),
        ("fr", ["2\u202f001 caractères", "la limite est de 2\u202f000"]),
    ],
)
def test_any_text_over_its_limit_gets_both_figures_from_the_domain(
    ana: TestClient, lang: str, says: list[str]
) -> None:
    """A profile's offers past the profile rule's limit (a browser ignoring maxlength): the
    sentence gives the length and the limit as the domain counted them (TooLong; in French
    written the French way), and keeps what was typed."""
    text = "x" * (LIMITS["offers"] + 1)
    r = post(ana, f"/web/profile?lang={lang}", {"step": "offers", "offers": text, "needs": "Sales"})
    assert r.status_code == 422
    error = unescape(error_for(r.text, "f-offers"))
    assert all(s in error for s in says), error
    assert text in r.text


# --------------------------------------------------------------- avoid list
def test_avoid_list(ana: TestClient) -> None:
    assert "Your avoid list is empty" in ana.get("/web/avoid").text
    r = post(ana, "/web/avoid", {"other": "bob"})
    # the message names the person, not their id
    assert (
        r.status_code == 303
        and unsigned(r.headers["location"]) == "/web/avoid?done=avoid_added&v=Bob"
    )
    page = ana.get(r.headers["location"]).text
    assert "Bob is on your avoid list." in page and "/web/avoid/bob/remove" in page
    assert "(bob)" not in ana.get("/web/suggestions").text
    r = post(ana, "/web/avoid?lang=fr", {"other": "nobody-here"})
    assert r.status_code == 422 and "«\u00a0nobody-here\u00a0»" in error_for(r.text, "f-other")
    assert value_of(r.text, "f-other") == "nobody-here"
    r = post(ana, "/web/avoid/bob/remove")
    assert r.status_code == 303
    assert "Your avoid list is empty" in ana.get("/web/avoid?lang=en").text


def test_a_name_that_would_show_backwards_is_refused_and_the_form_kept(ana: TestClient) -> None:
    """A right-to-left override (U+202E) in a name made it show as another ('Kenza' typed
    backwards showed as 'Kenza', then turned the words after it around on other members'
    pages); Arabic or Hebrew text, which needs no such control, is welcome."""
    r = post(ana, "/web/profile", {"step": "about", "name": "\u202eazneK", "headline": "keep"})
    assert r.status_code == 422 and "without control characters" in error_for(r.text, "f-name")
    assert value_of(r.text, "f-headline") == "keep"
    r = post(ana, "/web/profile", {"step": "about", "name": "ليلى بنعلي", "headline": "h"})
    assert r.status_code == 303


# ----------------------------------------------------------- collaborations
def test_collaborations_propose_confirm_rate(ana: TestClient, tokens: dict[str, str]) -> None:
    r = post(
        ana,
        "/web/collaborations?lang=fr",
        {"partner": "bob", "project": "", "started": "2024-01-01"},
    )
    assert r.status_code == 422 and "Nommez le projet" in error_for(r.text, "f-project")
    assert value_of(r.text, "f-partner") == "bob"
    r = post(
        ana,
        "/web/collaborations?lang=en",
        {"partner": "bob", "project": "Shop", "started": "2024-13-01"},
    )
    assert r.status_code == 422 and error_for(r.text, "f-started")
    # a date input would show the refused value blank (browsers drop what is not a real
    # YYYY-MM-DD): it comes back as text, to be corrected rather than typed again
    assert re.search(r'<input type="text" id="f-started" name="started" value="2024-13-01"', r.text)
    r = post(
        ana, "/web/collaborations", {"partner": "bob", "project": "Shop", "started": "31/12/2024"}
    )
    assert value_of(r.text, "f-started") == "31/12/2024"
    r = post(  # a collaboration yet to happen: refused in French too, what was typed kept
        ana,
        "/web/collaborations?lang=fr",
        {"partner": "bob", "project": "Shop", "started": "2999-05-01"},
    )
    assert r.status_code == 422 and "à aujourd'hui" in error_for(r.text, "f-started")
    assert value_of(r.text, "f-project") == "Shop" and value_of(r.text, "f-started") == "2999-05-01"
    ana.get("/web/collaborations?lang=en")
    assert re.search(r'<input type="date" id="f-started"', ana.get("/web/collaborations").text)
    r = post(
        ana,
        "/web/collaborations",
        {
            "partner": "bob",
            "project": "Shop",
            "started": "2024-01-01",
            "ended": "2024-06-01",
            "rating": "2",
            "note": "great",
        },
    )
    assert r.status_code == 303
    assert "Waiting for your partner" in ana.get("/web/collaborations").text
    bob = TestClient(ana.app)
    sign_in(bob, tokens["bob"])
    page = bob.get("/web/collaborations").text
    cid = re.search(r"/web/collaborations/(col_[0-9a-f]+)/answer", page)
    assert cid and "great" not in page  # ana's note is hers only
    assert (
        post(bob, f"/web/collaborations/{cid.group(1)}/answer", {"confirm": "yes"}).status_code
        == 303
    )
    r = post(bob, f"/web/collaborations/{cid.group(1)}/rating", {"rating": "9", "note": ""})
    assert r.status_code == 422 and error_for(r.text, f"rating-{cid.group(1)}")
    r = post(bob, f"/web/collaborations/{cid.group(1)}/rating", {"rating": "1", "note": "fine"})
    assert r.status_code == 303
    page = bob.get("/web/collaborations").text
    assert "confirmed" in page and "your rating +1" in page
    assert "fine" in page and "great" not in page
    # trust now shows in ana's suggestions
    assert "trust" in ana.get("/web/suggestions").text


def test_a_profile_error_in_english_names_no_id_nor_code(ana: TestClient) -> None:
    """The English profile form said "id 'ana': name is required (got ''); give a non-empty
    name" and "id 'ana': email is not an address (got 'bad')": the member's id and the
    fields' code names. It now says the page's sentences, as the French page does."""
    r = post(ana, "/web/profile?lang=en", {"step": "about", "name": "", "email": "bad"})
    assert r.status_code == 422
    name = unescape(error_for(r.text, "f-name"))
    email = unescape(error_for(r.text, "f-email"))
    assert name == "The name is required: one line of plain text, without control characters."
    assert email == "“bad” is not an e-mail address; write it like name@example.org."


def test_the_contacts_of_an_accepted_introduction_are_one_a_line(
    ana: TestClient, tokens: dict[str, str], community: Community
) -> None:
    """An accepted introduction read "Contact: Bob: bob@… Cyd: cyd@…" on one line (in French
    "Contact : Clara Meyer : clara@…"): each person is now a line of a list. An address
    nobody confirmed (typed into Bob's API profile) is not shown, and the page says why."""
    community.profiles.update_profile("bob", {"email": "bob@example.org"}, actor=Actor("bob"))
    r = post(ana, "/web/introductions", {"target": "bob", "connector": "", "message": "Hi"})
    assert r.status_code == 303
    bob = TestClient(ana.app)
    sign_in(bob, tokens["bob"])
    intro_id = re.search(
        r"/web/introductions/(int_[0-9a-f]+)/answer", bob.get("/web/introductions").text
    )
    assert intro_id
    post(bob, f"/web/introductions/{intro_id.group(1)}/answer", {"accept": "yes"})
    unconfirmed = {
        "en": "Bob: e-mail address not confirmed yet: it is shown once its owner confirms it",
        "fr": "Bob\u00a0: adresse e\u2011mail pas encore confirmée\u00a0: elle s'affiche dès que son"
        " titulaire l'a confirmée",
    }
    for lang, contact in (("en", "Contact:"), ("fr", "Contact\u00a0:")):
        page = unescape(ana.get(f"/web/introductions?lang={lang}").text)
        assert re.search(re.escape(contact) + r"</p>\s*<ul class=\"contact\"><li>Bob\W", page), lang
        # Bob's address was typed into POST /profiles: nobody confirmed it, and it says so
        assert unconfirmed[lang] in page and "bob@" not in page, lang


@pytest.mark.parametrize(
    ("lang", "command"),
    [("en", "“cofoundry token create”"), ("fr", "«\u00a0cofoundry token create\u00a0»")],
)
def test_the_sign_in_page_quotes_the_command_as_text_not_markdown(
    app_client: TestClient, lang: str, command: str
) -> None:
    """The token's help read "(from your account page or `cofoundry token create`)": the
    backticks of a README, shown as they are to people."""
    page = unescape(app_client.get(f"/web/signin?lang={lang}").text)
    assert command in page and "`" not in page
