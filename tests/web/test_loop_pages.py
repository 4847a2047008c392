"""Loop pages through the app (TestClient), in English and French: preferences on the
profile and on suggestions, the invitation limits (429), feedback after an introduction and
an event, a venture from an introduction, the end of a venture, and the pipeline."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest
from babel.dates import format_date
from fastapi.testclient import TestClient

from api.web.i18n import translator
from api.web.loop import pipeline_text
from matcher.access import Actor
from matcher.community import Community
from matcher.loop import PipelineRow
from matcher.profiles import Strength
from matcher.trust import InviteLimits
from tests.apps import client_over
from tests.web.pages import error_for, html_lang, post, sign_in, unlabelled, value_of

LOOP_KEYS = (
    r"\b(pipe|fb|nv|vend|crit|strength|verdict|pstage|throttle|wait|suggest|profile)\.[a-z_]+\b"
)


@pytest.fixture
def app_client(community: Community) -> TestClient:
    return client_over(community)


@pytest.fixture
def tokens(community: Community) -> dict[str, str]:
    return {
        p: community.security.create_token(p) for p in ("ana", "bob", "cyd", "dan", "eve", "fay")
    }


def browser(app_client: TestClient, token: str) -> TestClient:
    """Another signed-in browser on the same app (its own cookies)."""
    other = TestClient(app_client.app)
    sign_in(other, token)
    return other


@pytest.fixture
def ana(app_client: TestClient, tokens: dict[str, str]) -> TestClient:
    sign_in(app_client, tokens["ana"])
    return app_client


@pytest.fixture
def bob(app_client: TestClient, tokens: dict[str, str]) -> TestClient:
    return browser(app_client, tokens["bob"])


def text(html: str) -> str:
    """The visible text of a page, tags removed, spaces collapsed."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def met(ana: TestClient, bob: TestClient) -> str:
    """Ana asks Bob for an introduction through the pages, Bob accepts: the intro id."""
    assert post(ana, "/web/introductions", {"target": "bob"}).status_code == 303
    intro = re.search(r'id="intro-([^"]+)"', bob.get("/web/introductions").text)
    assert intro is not None
    r = post(bob, f"/web/introductions/{intro.group(1)}/answer", {"accept": "yes"})
    assert r.status_code == 303
    return intro.group(1)


# ----------------------------------------------------------------- every page
def made(r: Any) -> str:
    """The id of the venture a form created, from where it sends the browser."""
    found = re.fullmatch(r"/web/ventures/([a-z0-9_-]+)\?.*", r.headers["location"])
    assert found, r.headers["location"]
    return found[1]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_loop_pages_render_labelled_in_both_languages(
    ana: TestClient, bob: TestClient, lang: str
) -> None:
    intro = met(ana, bob)
    r = post(ana, f"/web/introductions/{intro}/venture", {"venture": "shop"})
    assert r.status_code == 303
    shop = made(r)
    for path in (
        "/web/profile",
        "/web/signup",
        "/web/suggestions",
        "/web/introductions",
        "/web/feedback",
        "/web/pipeline",
        f"/web/ventures/{shop}",
    ):
        r = ana.get(f"{path}?lang={lang}")
        assert r.status_code == 200, (path, r.text[:500])
        assert html_lang(r.text) == lang, path
        assert unlabelled(r.text) == [], path
        assert not re.search(r"\{[a-z_]+\}", r.text), path  # every placeholder filled
        assert not re.search(LOOP_KEYS, r.text.replace("/web/", "")), path
    nav = ana.get(f"/web/pipeline?lang={lang}").text
    assert (
        'aria-current="page">Pipeline<' if lang == "en" else 'aria-current="page">Mon suivi<'
    ) in nav


def test_a_venture_needs_no_chosen_id_and_an_accepted_intro_shows_no_expiry(
    ana: TestClient, bob: TestClient
) -> None:
    pending = post(ana, "/web/introductions", {"target": "cyd"})
    assert pending.status_code == 303
    intro = met(ana, bob)
    cards = {
        m.group(1): m.group(2)
        for m in re.finditer(
            r'id="intro-([^"]+)"(.*?)</li>', ana.get("/web/introductions").text, re.S
        )
    }
    assert "expires" not in text(cards.pop(intro))  # accepted: nothing left to expire
    assert all("expires" in text(card) for card in cards.values()) and cards  # the pending one
    # the id field may stay empty, in both forms: a private id is chosen, and the page follows
    r = post(ana, f"/web/introductions/{intro}/venture", {"venture": "", "name": "Bakery"})
    assert r.status_code == 303
    first = r.headers["location"].split("?")[0]
    assert re.fullmatch(r"/web/ventures/v-[0-9a-f]{20}", first), first
    r = post(ana, "/web/ventures", {"venture": "", "name": "Second shop", "start": ""})
    assert r.status_code == 303
    second = r.headers["location"].split("?")[0]
    assert re.fullmatch(r"/web/ventures/v-[0-9a-f]{20}", second) and second != first, second
    assert "Second shop" in ana.get(second).text and "Bakery" in ana.get(first).text
    form = ana.get("/web/ventures").text
    assert (
        "Venture id (optional)" in form and "required" not in form.split('name="venture"')[1][:80]
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_venture_without_a_name_nor_an_id(
    ana: TestClient, bob: TestClient, community: Community, lang: str
) -> None:
    """It was named by its random id ('v-3449...') on every page: the ventures form refuses
    it next to the name, keeping what was typed; a venture started from an introduction
    without a name is named after its two people."""
    r = post(ana, f"/web/ventures?lang={lang}", {"venture": "", "name": " ", "start": "2024-01-01"})
    assert r.status_code == 422 and error_for(r.text, "f-name")
    assert value_of(r.text, "f-start") == "2024-01-01"
    assert community.equity.ventures_of("ana", actor=Actor("ana")) == []
    intro = met(ana, bob)
    r = post(ana, f"/web/introductions/{intro}/venture", {"venture": "", "name": ""})
    assert r.status_code == 303
    page = text(ana.get(r.headers["location"]).text)
    names = [community.profiles.store.get_profile(p).name for p in ("ana", "bob")]  # type: ignore[union-attr]
    assert f"{names[0]} & {names[1]}" in page and "v-" not in page.split("(")[0]


def test_an_introduction_shows_who_asks_and_links_to_why_you_match(
    ana: TestClient, bob: TestClient, community: Community
) -> None:
    """The person asked sees who is asking before answering: their headline and a link to
    their page, which explains the fit with the suggestion card's number; the asker sees
    the same about the person asked. Asking shows a private asker to the person asked
    only; a profile hidden from the viewer gets no link."""
    community.profiles.update_profile("ana", {"headline": "Backend developer"}, actor=Actor("ana"))
    assert post(ana, "/web/introductions", {"target": "bob"}).status_code == 303
    page = bob.get("/web/introductions?lang=fr").text
    card = re.search(r'id="intro-[^"]+"(.*?)</li>', page, re.S)
    assert card is not None
    assert "Backend developer" in text(card.group(1))
    assert 'href="/web/people/ana"' in card.group(1)
    assert "Le profil d'Ana et pourquoi vous correspondez" in text(card.group(1))
    person = bob.get("/web/people/ana").text
    fit = community.matching.explain("bob", "ana", actor=Actor("bob")).suggestion
    assert fit is not None and fit.rating is not None
    assert f"{fit.rating.points}/100" in text(person)
    mine = text(ana.get("/web/introductions").text)
    assert "Bob's profile and why you match" in mine
    # a private asker stays visible to the person asked (nobody answers a stranger)...
    community.profiles.update_profile("ana", {"visibility": "private"}, actor=Actor("ana"))
    still = bob.get("/web/introductions?lang=en").text
    assert 'href="/web/people/ana"' in still and "Ana would like to meet you" in still
    assert bob.get("/web/people/ana").status_code == 200
    # ...and to no one else; someone the viewer may not see gets no link
    cyd = browser(ana, community.security.create_token("cyd"))
    assert cyd.get("/web/people/ana").status_code == 404
    community.profiles.update_profile("bob", {"visibility": "private"}, actor=Actor("bob"))
    mine = ana.get("/web/introductions?lang=en").text
    assert 'href="/web/people/bob"' not in mine and "You asked to meet bob" in mine
    # once bob says yes, each sees the other
    intro = re.search(r'id="intro-([^"]+)"', bob.get("/web/introductions").text)
    assert intro is not None
    assert (
        post(bob, f"/web/introductions/{intro.group(1)}/answer", {"accept": "yes"}).status_code
        == 303
    )
    assert 'href="/web/people/bob"' in ana.get("/web/introductions").text


def test_signed_out_pages_go_to_sign_in(app_client: TestClient) -> None:
    for path in ("/web/pipeline", "/web/pipeline.csv", "/web/feedback"):
        r = app_client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/web/signin?next="), path


def test_every_loop_form_refuses_a_missing_csrf_field(ana: TestClient, bob: TestClient) -> None:
    intro = met(ana, bob)
    shop = made(post(ana, f"/web/introductions/{intro}/venture", {"venture": "shop"}))
    for path, data in (
        ("/web/feedback", {"about": "bob", "verdict": "not-a-fit"}),
        (f"/web/introductions/{intro}/feedback", {"verdict": "again"}),
        (f"/web/introductions/{intro}/venture", {"venture": "other"}),
        (f"/web/ventures/{shop}/end", {"ended_on": "2030-01-01"}),
    ):
        r = ana.post(path, data=data, follow_redirects=False)
        assert r.status_code == 403, path
        assert "reload the page" in r.text, path
        r = ana.post(
            path,
            data=data | {"csrf": "forged-value-forged-value"},
            headers={"Accept-Language": "fr"},
        )
        assert r.status_code == 403
    assert ana.get("/me/feedback", headers={}).status_code == 401  # nothing was recorded...
    assert "/web/ventures/other" not in ana.get("/web/ventures").text  # ...nor created
    assert "ended on" not in ana.get(f"/web/ventures/{shop}").text


# ---------------------------------------------------------------- preferences
def test_profile_saves_industries_and_preferences(ana: TestClient, community: Community) -> None:
    page = ana.get("/web/profile?step=preferences").text
    # the defaults are checked: commitment, languages and time zone must, the rest don't care
    for criterion, strength in (("languages", "must"), ("stage", "any"), ("roles", "any")):
        assert re.search(rf'name="pref_{criterion}" value="{strength}" checked', page), criterion
    assert "We speak at least one language in common." in page  # each criterion explained
    form = {
        k: v
        for k, v in re.findall(
            r'<input type="text" id="f-[^"]+" name="([^"]+)" value="([^"]*)"', page
        )
    }
    form |= {
        "offers": community.profiles.store.get_profile("ana").offers,  # type: ignore[union-attr]
        "needs": community.profiles.store.get_profile("ana").needs,  # type: ignore[union-attr]
        "consent": "on",
        "commitment": "full-time",
        "stage": "idea",
        "visibility": "public",
        "utc_offset": "1",
        "industries": "Health, energy",
        "pref_stage": "nice",
        "pref_industry": "must",
        "pref_timezone": "any",
        "step": "preferences",  # the step of the profile form that holds them
    }
    r = post(ana, "/web/profile", form)
    assert r.status_code == 303, r.text
    saved = community.profiles.store.get_profile("ana")
    assert saved is not None
    assert saved.industries == ("health", "energy")
    assert saved.preferences.stage is Strength.NICE
    assert saved.preferences.industry is Strength.MUST
    assert saved.preferences.timezone is Strength.ANY
    assert saved.preferences.languages is Strength.MUST  # not in the form: kept
    page = ana.get("/web/profile?step=preferences").text
    assert value_of(page, "f-industries") == "health, energy"
    assert re.search(r'name="pref_stage" value="nice" checked', page)


@pytest.mark.parametrize(
    ("lang", "industries_error", "pref_error"),
    [
        ("en", "must be 1-40 letters", "“maybe” is not one of the choices (must have,"),
        ("fr", "lettres, chiffres, espaces", "«\xa0maybe\xa0» ne fait pas partie des choix"),
    ],
)
def test_profile_preference_errors_next_to_their_field_inputs_kept(
    ana: TestClient, community: Community, lang: str, industries_error: str, pref_error: str
) -> None:
    before = community.profiles.store.get_profile("ana")
    r = post(
        ana,
        f"/web/profile?lang={lang}",
        {
            "step": "preferences",
            "industries": "santé!",  # accents are fine (read as sante), not "!"
            "pref_stage": "maybe",
            "pref_roles": "nice",
        },
        headers={"Accept-Language": lang},
    )
    assert r.status_code == 422
    assert industries_error in error_for(r.text, "f-industries")
    assert pref_error in error_for(r.text, "f-pref_stage")
    assert value_of(r.text, "f-industries") == "santé!"  # what was typed is kept
    assert re.search(r'name="pref_roles" value="nice" checked', r.text)
    assert 'aria-describedby="f-pref_stage-help f-pref_stage-error"' in r.text
    assert community.profiles.store.get_profile("ana") == before  # nothing saved


def test_suggestions_show_which_preferences_each_one_meets(
    ana: TestClient, community: Community
) -> None:
    from matcher.profiles.validation import profile_to_dict

    me = profile_to_dict(community.profiles.store.get_profile("ana"))  # type: ignore[arg-type]
    form = {
        "name": "Ana",
        "offers": me["offers"],
        "needs": me["needs"],
        "languages": "fr, en",
        "utc_offset": "1",
        "consent": "on",
        "roles_offered": "tech",
        "roles_sought": "sales",
        "industries": "retail",
        "pref_stage": "nice",
        "pref_industry": "nice",
        "step": "preferences",
    }
    assert post(ana, "/web/profile", form).status_code == 303
    found = community.matching.suggest("ana", k=5, actor=Actor("ana"))
    assert found and all(s.preferences for s in found)
    page = text(ana.get("/web/suggestions").text)
    assert "Your must-haves" in page and "Your nice-to-haves" in page
    assert "Same project stage: met" in page  # everyone is at the idea stage
    assert "Shared industry: missed" in page  # nobody else named an industry
    assert "Nice-to-haves met" in page  # the component
    fr = text(ana.get("/web/suggestions?lang=fr").text)
    assert "Vos souhaits" in fr and "Même avancement de projet : rempli" in fr
    assert "Secteur en commun : non rempli" in fr


# ------------------------------------------------------------- invitation limits
@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            r"You sent 2 requests in the last 10 minutes, the most allowed at once\. You can send the next one on [A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d\d\s[AP]M UTC \(in 10 minutes\)\.",
        ),
        (
            "fr",
            r"Vous avez envoyé 2 demandes ces 10 dernières minutes, le maximum d'un coup\. Vous pourrez envoyer la suivante le \d{1,2} [a-zéû]+ \d{4} à \d\d:\d\d UTC \(dans 10 minutes\)\.",
        ),
    ],
)
def test_a_burst_is_refused_with_a_clear_message_and_when_to_retry(
    ana: TestClient, lang: str, expected: str
) -> None:
    ana.app.state.community.trust.limits = InviteLimits(burst=2)  # type: ignore[attr-defined]
    for target in ("bob", "cyd"):
        assert post(ana, "/web/introductions", {"target": target}).status_code == 303
    r = post(ana, f"/web/introductions?lang={lang}", {"target": "dan", "message": "Hi Dan"})
    assert r.status_code == 429
    assert 0 < int(r.headers["retry-after"]) <= 600
    alert = re.search(r'<p class="error" role="alert">(.*?)</p>', r.text, re.S)
    assert alert is not None and re.fullmatch(expected, unescape(alert.group(1)).strip())
    assert value_of(r.text, "f-message") == "Hi Dan"  # the message is kept for later


def test_the_weekly_limit_and_a_decline_are_told_too(ana: TestClient, bob: TestClient) -> None:
    ana.app.state.community.trust.limits = InviteLimits(weekly=2, burst=50)  # type: ignore[attr-defined]
    assert post(ana, "/web/introductions", {"target": "bob"}).status_code == 303
    page = bob.get("/web/introductions").text
    intro_id = re.search(r'id="intro-([^"]+)"', page).group(1)  # type: ignore[union-attr]
    assert post(bob, f"/web/introductions/{intro_id}/answer", {"accept": "no"}).status_code == 303
    r = post(ana, "/web/introductions", {"target": "bob"})
    assert r.status_code == 429
    assert "Bob did not accept your last request; you can ask them again on " in unescape(r.text)
    assert "(in 90 days)" in r.text
    r = post(ana, "/web/introductions?lang=fr", {"target": "bob"})
    assert "Bob n'a pas accepté votre dernière demande" in unescape(r.text)
    assert post(ana, "/web/introductions?lang=en", {"target": "cyd"}).status_code == 303
    r = post(ana, "/web/introductions", {"target": "dan"})
    assert r.status_code == 429
    assert "You sent 2 requests in the last 7 days; the limit is 2 a week" in r.text
    assert "(in 7 days)" in r.text


# ----------------------------------------------- feedback and a venture after an intro
def test_feedback_both_ways_proposes_a_collaboration(ana: TestClient, bob: TestClient) -> None:
    intro = met(ana, bob)
    page = ana.get("/web/introductions").text
    assert "After you meet Bob: how did it go?" in page and "Start a venture with Bob" in page
    # no verdict is chosen for the member: a pre-ticked "again" would be sent by a hurried
    # click, propose collaborations nobody chose and teach the re-ranker what nobody said
    assert not re.search(r'name="verdict" value="[^"]+" checked', page)
    assert not re.search(r'name="verdict" value="[^"]+" checked', ana.get("/web/feedback").text)
    r = post(ana, f"/web/introductions/{intro}/feedback", {})
    assert r.status_code == 422
    assert (
        error_for(r.text, f"fb-{intro}")
        == "Pick one: I would work with them again, not a fit or met before."
    )
    r = post(ana, f"/web/introductions/{intro}/feedback", {"verdict": "again"})
    assert (
        r.status_code == 303 and r.headers["location"] == "/web/introductions?done=feedback_saved"
    )
    page = ana.get(r.headers["location"]).text
    assert "Your feedback is saved; only you see it." in page
    assert "You said: I would work with them again." in page
    r = post(bob, f"/web/introductions/{intro}/feedback?lang=fr", {"verdict": "again"})
    assert r.headers["location"] == "/web/introductions?done=feedback_mutual&lang=fr"
    assert "une collaboration est proposée" in bob.get(r.headers["location"]).text
    collabs = text(bob.get("/web/collaborations?lang=en").text)
    assert f"met via intro:{intro}" in collabs and "waiting for confirmation" in collabs
    # only the author sees a verdict: Bob's page says nothing of Ana's
    assert "You said: I would work with them again." in bob.get("/web/introductions").text
    assert "I would work with them again" in text(ana.get("/web/feedback").text)


def test_feedback_on_an_introduction_errors_and_permissions(
    app_client: TestClient, ana: TestClient, bob: TestClient, tokens: dict[str, str]
) -> None:
    intro = met(ana, bob)
    r = post(ana, f"/web/introductions/{intro}/feedback", {"verdict": "maybe"})
    assert r.status_code == 422
    assert (
        error_for(r.text, f"fb-{intro}")
        == "Pick one: I would work with them again, not a fit or met before."
    )
    r = post(ana, f"/web/introductions/{intro}/feedback?lang=fr", {"verdict": "maybe"})
    assert (
        error_for(r.text, f"fb-{intro}")
        == "Choisissez\u00a0: je retravaillerais avec cette personne, pas compatible ou on se connaissait déjà."
    )
    cyd = browser(app_client, tokens["cyd"])
    r = post(cyd, f"/web/introductions/{intro}/feedback", {"verdict": "again"})
    assert r.status_code == 404  # not her introduction
    r = post(cyd, f"/web/introductions/{intro}/venture", {"venture": "mine"})
    assert r.status_code == 404


def test_a_venture_from_an_introduction(
    app_client: TestClient, ana: TestClient, bob: TestClient, community: Community
) -> None:
    intro = met(ana, bob)
    r = post(bob, f"/web/introductions/{intro}/venture", {"venture": "shop", "name": "The shop"})
    assert r.status_code == 303
    shop = made(r)  # shop-3f9a2c: the id bob chose, and a random suffix
    assert r.headers["location"] == f"/web/ventures/{shop}?done=venture_started"
    page = text(bob.get(r.headers["location"]).text)
    assert "the other person is invited and joins by accepting." in page
    assert "The shop" in page and "Members: Bob (bob)" in page and "Invited: Ana (ana)" in page
    assert community.equity.store.venture_members(shop) == ["bob"]
    r = post(ana, f"/web/ventures/{shop}/invitation", {"answer": "accept"})  # ana joins
    assert r.status_code == 303 and "invitation_accepted" in r.headers["location"]
    assert community.equity.store.venture_members(shop) == ["ana", "bob"]
    # errors next to the field, with the typed values kept
    r = post(
        ana,
        f"/web/introductions/{intro}/venture?lang=en",
        {"venture": "Bad id!", "name": "Encore"},
    )
    assert r.status_code == 422 and error_for(r.text, f"nv-{intro}-id")
    assert value_of(r.text, f"nv-{intro}-name") == "Encore"
    # a pending introduction cannot start a venture: an error page, no venture
    assert post(ana, "/web/introductions", {"target": "dan"}).status_code == 303
    views = ana.app.state.community.trust.introductions("ana", actor=Actor("ana"))  # type: ignore[attr-defined]
    pending = next(v.id for v in views if v.target == "dan")
    r = post(ana, f"/web/introductions/{pending}/venture", {"venture": "early"})
    assert r.status_code == 409
    assert "A venture starts from an introduction both sides accepted." in r.text
    assert community.equity.store.venture_members("early") == []


# ------------------------------------------------------------- feedback at events
def test_feedback_about_someone_met_at_an_event(
    app_client: TestClient, ana: TestClient, tokens: dict[str, str]
) -> None:
    h = {p: {"Authorization": f"Bearer {tokens[p]}"} for p in ("ana", "dan")}
    api = TestClient(app_client.app)
    assert api.post(
        "/events", json={"id": "night", "name": "Founders night"}, headers=h["ana"]
    ).is_success
    assert api.post(
        "/events/night/attendees", json={"ids": ["ana", "dan"]}, headers=h["ana"]
    ).is_success
    assert api.post("/events/night/rounds", json={"rounds": 1}, headers=h["ana"]).is_success
    page = ana.get("/web/feedback").text
    assert '<option value="night" selected>Founders night</option>' in page
    r = post(ana, "/web/feedback", {"event": "night", "about": "dan", "verdict": "again"})
    assert r.status_code == 303 and r.headers["location"] == "/web/feedback?done=feedback_saved"
    page = text(ana.get("/web/feedback").text)
    assert "Dan (dan) I would work with them again event night" in page
    # errors next to their field, in both languages, the values kept
    r = post(ana, "/web/feedback", {"event": "", "about": "cyd", "verdict": "again"})
    assert r.status_code == 422 and "'again' needs the meeting" in error_for(r.text, "f-event")
    r = post(ana, "/web/feedback?lang=fr", {"event": "night", "about": "cyd", "verdict": "again"})
    assert "même table" in error_for(r.text, "f-event")
    assert value_of(r.text, "f-about") == "cyd"
    r = post(ana, "/web/feedback?lang=fr", {"event": "", "about": "ana", "verdict": "not-a-fit"})
    assert (
        error_for(r.text, "f-about")
        == "Tapez l'identifiant de profil de quelqu'un d'autre que vous."
    )
    r = post(ana, "/web/feedback?lang=en", {"event": "", "about": "", "verdict": "not-a-fit"})
    assert r.status_code == 422
    assert error_for(r.text, "f-about") == "Type the profile id of someone else than you."
    # not a fit needs no meeting, and keeps the two apart from now on
    r = post(ana, "/web/feedback", {"event": "", "about": "bob", "verdict": "not-a-fit"})
    assert r.status_code == 303
    assert "Bob" not in text(ana.get("/web/suggestions").text)
    assert "Bob (bob) not a fit no meeting named" in text(ana.get("/web/feedback").text)


# ----------------------------------------------------------------- the end of a venture
def test_ending_a_venture_asks_each_pair_to_confirm_and_rate(
    app_client: TestClient, ana: TestClient, bob: TestClient, tokens: dict[str, str]
) -> None:
    intro = met(ana, bob)
    r = post(ana, f"/web/introductions/{intro}/venture", {"venture": "shop", "name": "The shop"})
    shop = made(r)
    page = ana.get(f"/web/ventures/{shop}").text
    assert "End the venture" in page and 'id="x-on"' in page
    assert post(bob, f"/web/ventures/{shop}/invitation", {"answer": "accept"}).status_code == 303
    cyd = browser(app_client, tokens["cyd"])
    today = ana.app.state.community.equity.today()  # type: ignore[attr-defined]
    assert (
        post(cyd, f"/web/ventures/{shop}/end", {"ended_on": today.isoformat()}).status_code == 404
    )
    r = post(ana, f"/web/ventures/{shop}/end?lang=fr", {"ended_on": "hier"})
    assert r.status_code == 422
    assert error_for(r.text, "x-on").startswith("Écrivez la date de fin")
    assert value_of(r.text, "x-on") == "hier"
    r = post(ana, f"/web/ventures/{shop}/end?lang=fr", {"ended_on": "2999-01-31"})
    assert r.status_code == 422 and value_of(r.text, "x-on") == "2999-01-31"  # not in the future
    # ana proposes the end; bob confirms the split he reads (its hash travels with the form)
    r = post(ana, f"/web/ventures/{shop}/end", {"ended_on": today.isoformat()})
    assert (
        r.status_code == 303 and r.headers["location"] == f"/web/ventures/{shop}?done=end_proposed"
    )
    found = re.search(
        r'name="ledger_hash" value="([0-9a-f]{64})"', bob.get(f"/web/ventures/{shop}").text
    )
    assert found is not None
    r = post(bob, f"/web/ventures/{shop}/end/confirm", {"ledger_hash": found.group(1)})
    assert (
        r.status_code == 303 and r.headers["location"] == f"/web/ventures/{shop}?done=venture_ended"
    )
    page = text(ana.get(f"/web/ventures/{shop}?lang=en").text)
    assert "Each pair of members is asked to confirm and rate their collaboration" in page
    on_en, on_fr = format_date(today, "long", locale="en"), format_date(today, "long", locale="fr")
    assert f"This venture ended on {on_en}." in page and "Go to my collaborations" in page
    fr = text(ana.get(f"/web/ventures/{shop}?lang=fr").text)
    assert f"Ce projet a été clos le {on_fr}." in fr  # a date in prose, never ISO
    assert 'id="x-on"' not in ana.get(f"/web/ventures/{shop}").text  # ends once
    r = post(ana, f"/web/ventures/{shop}/end?lang=fr", {"ended_on": today.isoformat()})
    assert r.status_code == 409 and "Ce projet est déjà clos." in r.text
    collabs = text(bob.get("/web/collaborations").text)
    assert "The shop · with Ana" in collabs and "waiting for confirmation" in collabs


# ----------------------------------------------------------------------- pipeline
def test_the_pipeline_grouped_by_stage_with_next_steps_and_csv(
    ana: TestClient, bob: TestClient
) -> None:
    intro = met(ana, bob)
    page = ana.get("/web/pipeline").text
    stages = re.findall(r'<h2 id="stage-(\d)">', page)
    assert stages == sorted(stages, reverse=True) and "3" in stages and "1" in stages
    body = text(page)
    assert "Met" in body and "Suggested" in body
    assert f'href="/web/introductions#intro-{intro}">tell us how it went' in page
    assert 'href="/web/introductions/new?target=' in page  # a suggestion: ask for an intro
    fr = text(ana.get("/web/pipeline?lang=fr").text)
    assert "Rencontre" in fr and "mise en relation acceptée" in fr and "dire comment" in fr
    # the CSV is in the reader's language too (the API's keeps its column identifiers)
    r = ana.get("/web/pipeline.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert 'filename="pipeline-ana.csv"' in r.headers["content-disposition"]
    assert r.text.startswith(
        "Identifiant du profil;Nom;Étape;Depuis le;Où vous en êtes;Prochaine étape\n"
    )  # a file for people: French Excel's semicolons, and its dates
    assert re.search(r"^bob;Bob;Rencontre;\d\d/\d\d/20\d\d;", r.text, re.M), r.text
    assert "mise en relation acceptée" in r.text
    r = ana.get("/web/pipeline.csv?lang=en")
    assert r.text.startswith("Profile id,Name,Stage,Since,Where you are,Next step\n")
    assert re.search(r"^bob,Bob,Met,\d\d?/\d\d?/20\d\d,", r.text, re.M), r.text
    assert ",introduction accepted,tell us how it went" in r.text


def test_every_pipeline_sentence_of_the_service_is_translated(
    ana: TestClient, bob: TestClient, community: Community
) -> None:
    """The sentences of the service's rows, as the journey produces them, all have French."""
    import datetime as dt

    from matcher.loop import NextStep, PipelineStage, Said

    samples = [
        (Said.MATCH, NextStep.ASK, {"points": "42", "band": "possible"}),
        (Said.INTRO_ACCEPTED, NextStep.FEEDBACK, {"intro": "int_1"}),
        (Said.INTRO_PENDING, NextStep.WAIT_ANSWER, {"until": "2030-01-01"}),
        (Said.INTRO_PENDING, NextStep.ANSWER, {}),
        (Said.INTRO_NOT_ACCEPTED, NextStep.OTHER_SUGGESTIONS, {}),
        (Said.INTRO_EXPIRED, NextStep.OTHER_SUGGESTIONS, {}),
        (Said.INTRO_ENDED, NextStep.OTHER_SUGGESTIONS, {}),
        (Said.INTRO_WITHDRAWN, NextStep.OTHER_SUGGESTIONS, {}),
        (Said.VERDICT, NextStep.START_VENTURE, {"verdict": "again"}),
        (Said.VERDICT, NextStep.NOTHING, {"verdict": "not-a-fit"}),
        (Said.VENTURE, NextStep.RECORD, {"venture": "shop", "name": "The shop"}),
        (
            Said.VENTURE_ENDED,
            NextStep.RATE_COLLABORATIONS,
            {"venture": "shop", "name": "The shop", "ended": "2030-01-31"},
        ),
        (Said.COLLABORATION, NextStep.CONFIRM, {"project": "The shop", "status": "proposed"}),
        (
            Said.COLLABORATION,
            NextStep.WAIT_CONFIRMATION,
            {"project": "The shop", "status": "proposed"},
        ),
        (Said.COLLABORATION, NextStep.RATE, {"project": "The shop", "status": "confirmed"}),
    ]
    assert {s for s, _, _ in samples} == set(Said) and {s for _, s, _ in samples} == set(NextStep)
    t = translator("fr")
    for said, next_step, facts in samples:
        row = PipelineRow.told(
            "bob", PipelineStage.MET, dt.date(2030, 1, 1), said, next_step, **facts
        )
        detail, step = row.detail, row.next_step
        told = pipeline_text(row, t)
        assert told.detail != detail, detail
        assert told.next_step != step, step
    # and the service really says these: the rows of a whole journey are all recognised
    intro = met(ana, bob)
    post(ana, f"/web/introductions/{intro}/feedback", {"verdict": "again"})
    shop = made(post(ana, f"/web/introductions/{intro}/venture", {"venture": "shop"}))
    post(ana, f"/web/ventures/{shop}/end", {"ended_on": dt.date.today().isoformat()})
    loop = ana.app.state.community.loop  # type: ignore[attr-defined]
    rows = loop.pipeline("ana", actor=Actor("ana"))
    for row in rows:
        told = pipeline_text(row, t)
        assert told.next_step != row.next_step, row


# ------------------------------------------------------------ one calibrated score
def test_the_suggestion_card_the_pipeline_and_the_api_show_the_same_points(
    ana: TestClient, community: Community, tokens: dict[str, str]
) -> None:
    """Issue 20, point 4: the same pair shows the same 0-100 points and word on the
    suggestion card, the pipeline page, both pipeline CSVs and the API's matches."""
    from matcher.matching import match_score

    api = TestClient(ana.app)
    bearer = {"Authorization": f"Bearer {tokens['ana']}"}
    matches = api.get("/profiles/ana/matches?k=5", headers=bearer).json()
    assert matches, "ana has suggestions in the test community"
    card = text(ana.get("/web/suggestions?k=5&lang=en").text)
    pipeline = text(ana.get("/web/pipeline?lang=en").text)
    web_csv = ana.get("/web/pipeline.csv?lang=en").text
    api_csv = api.get("/me/pipeline?k=5&format=csv", headers=bearer).text
    for m in matches:
        rating = match_score(m["score"])
        assert (m["points"], m["band"]) == (rating.points, rating.band), m["id"]
        shown = f"match {m['points']}/100, {m['band']}"
        assert f"Match {m['points']}/100: {m['band']}" in card, (m["id"], card)
        # the card's parts are the API's parts, whole points adding up to the card's
        assert sum(m["parts"].values()) == m["points"], m
        assert f"Roles {m['parts']['roles']} point" in card, (m["id"], card)
        assert shown in pipeline, m["id"]
        assert any(
            line.startswith(f"{m['id']},") and shown in line for line in web_csv.splitlines()
        ), (m["id"], web_csv)
        assert any(
            line.startswith(f"{m['id']},") and shown in line for line in api_csv.splitlines()
        ), (m["id"], api_csv)
    fr = text(ana.get("/web/suggestions?k=5&lang=fr").text)
    assert f"Affinité {matches[0]['points']}/100" in fr
