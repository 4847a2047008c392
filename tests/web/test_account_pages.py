"""The account pages: sign-up, sign-in by password or one-time link, reset, the account page
(sessions, tokens, e-mail choices, sign out everywhere) and the inbox with its count; and
what an attacker tries (CSRF, session fixation, reused links, another member's inbox)."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from api.web.context import CSRF_COOKIE, SESSION_COOKIE
from api.web.i18n import translator
from api.web.letters import letters
from matcher.access import Actor
from matcher.community import Community
from matcher.security import Limit, SecuritySettings
from tests.apps import app_over
from tests.support import accounts_community
from tests.web.pages import csrf, error_for, html_lang, post, unlabelled, value_of

PASSWORD = "correct horse battery"


@pytest.fixture
def c() -> Community:
    return accounts_community(
        security=SecuritySettings(signup=Limit(per_minute=1, burst=6)),
        compose=letters("http://testserver"),  # the words the server writes e-mails with
    )


@pytest.fixture
def app(c: Community) -> object:
    return app_over(c)


def browser(app: object) -> TestClient:
    return TestClient(app)  # type: ignore[arg-type]


def join(client: TestClient, name: str, email: str, c: Community, lang: str = "en") -> str:
    """Sign up through the pages, open the e-mailed confirmation link and create a profile;
    the member's id."""
    r = post(
        client, f"/web/signup?lang={lang}", {"name": name, "email": email, "password": PASSWORD}
    )
    assert r.status_code == 303, r.text
    code = link_code(c, email, "confirm_link")
    r = client.get(f"/web/confirm?code={code}", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/web/account"), r.text
    form = {
        "name": name,
        "offers": "Python backend.",
        "needs": "Sales.",
        "languages": "en, fr",
        "utc_offset": "1",
        "commitment": "full-time",
        "stage": "idea",
        "visibility": "public",
        "consent": "on",
    }
    r = post(client, "/web/profile/new", form)
    assert r.status_code == 201, r.text
    account = c.accounts.store.by_email(email)
    assert account is not None
    return account.id


def link_code(c: Community, to: str, kind: str) -> str:
    [m] = [m for m in c.mail.store.messages(limit=500) if m.to == to and m.kind == kind][:1]
    found = re.search(r"code=(\S+)", m.body)
    assert found
    return found.group(1)


def test_signed_out_account_pages_are_labelled_in_both_languages(app: object) -> None:
    client = browser(app)
    for path in ("/web/signin", "/web/signup", "/web/link", "/web/reset", "/web/link?code=x"):
        for lang in ("en", "fr"):
            r = client.get(f"{path}{'&' if '?' in path else '?'}lang={lang}")
            assert r.status_code == 200 and html_lang(r.text) == lang, path
            assert unlabelled(r.text) == [], path


def test_every_page_sends_the_security_headers(app: object) -> None:
    r = browser(app).get("/web/signin")
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"


def test_sign_in_with_a_password_and_the_same_refusal_for_an_unknown_address(
    app: object, c: Community
) -> None:
    ana = browser(app)
    join(ana, "Ana", "ana@example.org", c)
    other = browser(app)
    wrong = post(other, "/web/signin", {"email": "ana@example.org", "password": "x" * 12})
    unknown = post(other, "/web/signin", {"email": "nobody@example.org", "password": "x" * 12})
    assert wrong.status_code == unknown.status_code == 401
    assert error_for(wrong.text, "f-password") == error_for(unknown.text, "f-password") != ""
    r = post(
        other,
        "/web/signin",
        {"email": "ana@example.org", "password": PASSWORD, "next": "/web/inbox"},
    )
    assert r.status_code == 303 and r.headers["location"].startswith("/web/inbox")
    cookie = r.headers["set-cookie"]
    assert f"{SESSION_COOKIE}=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert other.get("/web/inbox").status_code == 200


def test_a_session_planted_before_sign_in_is_never_used(app: object, c: Community) -> None:
    """Session fixation: an attacker's cookie values do not survive the victim's sign-in."""
    join(browser(app), "Ana", "ana@example.org", c)
    victim = browser(app)
    victim.cookies.set(SESSION_COOKIE, "cf1_planted-by-the-attacker", domain="testserver.local")
    planted_csrf = csrf(victim)
    r = post(victim, "/web/signin", {"email": "ana@example.org", "password": PASSWORD})
    assert r.status_code == 303
    assert victim.cookies[SESSION_COOKIE] != "cf1_planted-by-the-attacker"
    assert victim.cookies[CSRF_COOKIE] != planted_csrf
    attacker = browser(app)
    attacker.cookies.set(SESSION_COOKIE, "cf1_planted-by-the-attacker", domain="testserver.local")
    assert attacker.get("/web/inbox", follow_redirects=False).status_code == 303


def test_a_sign_in_link_from_the_email_works_once_and_a_get_does_not_spend_it(
    app: object, c: Community
) -> None:
    join(browser(app), "Ana", "ana@example.org", c)
    client = browser(app)
    known = post(client, "/web/link", {"email": "ana@example.org"})
    unknown = post(client, "/web/link", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 202
    # the same page but for the address it names: nothing tells whether it has an account
    assert known.text.replace("ana@", "?@") == unknown.text.replace("nobody@", "?@")
    code = link_code(c, "ana@example.org", "signin_link")
    page = client.get(f"/web/link?code={code}")  # a mail scanner fetching the link...
    assert page.status_code == 200 and 'name="code"' in page.text
    r = post(client, "/web/link/use", {"code": code})  # ...leaves it to the member
    assert r.status_code == 303 and r.headers["location"].startswith("/web/inbox")
    thief = browser(app)
    r = post(thief, "/web/link/use", {"code": code})
    assert r.status_code == 401 and "used already" in r.text
    r = post(thief, "/web/link/use?lang=fr", {"code": code + "x"})
    assert r.status_code == 401 and "Demandez un nouveau lien" in unescape(r.text)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "Too many links asked. Try again in 20 minutes; meanwhile, use the last link"),
        ("fr", "Trop de liens demandés. Réessayez dans 20 minutes\u202f; d'ici là, utilisez"),
    ],
)
def test_a_refused_link_says_when_to_ask_again_in_words(
    app: object, c: Community, lang: str, words: str
) -> None:
    """The fourth link for an address in a row waits a link's life (20 minutes): the page
    says so in minutes, in its language, not "Wait 1200 seconds"."""
    client = browser(app)
    for _ in range(3):
        assert (
            post(client, f"/web/link?lang={lang}", {"email": "ana@example.org"}).status_code == 202
        )
    r = post(client, f"/web/link?lang={lang}", {"email": "ana@example.org"})
    assert r.status_code == 429 and r.headers["Retry-After"] == "1200"
    assert words in unescape(r.text)


def test_reset_a_forgotten_password_signs_out_every_other_browser(
    app: object, c: Community
) -> None:
    laptop = browser(app)
    join(laptop, "Ana", "ana@example.org", c)
    phone = browser(app)
    assert post(phone, "/web/reset", {"email": "ana@example.org"}).status_code == 202
    code = link_code(c, "ana@example.org", "reset_link")
    assert phone.get(f"/web/reset/new?code={code}").status_code == 200
    r = post(phone, "/web/reset/new", {"code": code, "password": "short"})
    assert r.status_code == 422 and error_for(r.text, "f-password")
    r = post(phone, "/web/reset/new", {"code": code, "password": "a brand new password"})
    assert r.status_code == 303 and r.headers["location"].startswith("/web/account")
    assert phone.get("/web/account").status_code == 200
    assert laptop.get("/web/account", follow_redirects=False).status_code == 303  # signed out
    assert phone.get(f"/web/reset/new?code={code}").status_code == 401  # used


def test_the_account_page_creates_lists_and_revokes_tokens(app: object, c: Community) -> None:
    ana = browser(app)
    member = join(ana, "Ana", "ana@example.org", c)
    r = post(ana, "/web/account/tokens", {"label": "laptop script", "token_password": PASSWORD})
    assert r.status_code == 201
    found = re.search(r'id="new-token"[^>]*value="(cf1_[^"]+)"', r.text)
    assert found
    token = found.group(1)
    assert token not in ana.get("/web/account").text  # shown once
    bearer = {"Authorization": f"Bearer {token}"}
    assert ana.get("/me", headers=bearer).status_code == 200
    [listed] = c.security.tokens(member, actor=Actor(member))
    assert listed.label == "laptop script" and listed.id in ana.get("/web/account").text
    r = post(ana, f"/web/account/tokens/{listed.id}/revoke")
    assert r.status_code == 303
    assert ana.get("/me", headers=bearer).status_code == 401  # refused at once


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_account_page_downloads_all_my_data(app: object, c: Community, lang: str) -> None:
    """The right of access from the pages: the account page offered erasure but no export
    (only the API's /me/export, with a token). A link downloads the same document; a member
    gets their own data only; an account without a profile gets its account's data (the
    right of access asks for no profile first); the signed out are sent to sign in."""
    ana = browser(app)
    member = join(ana, "Ana", "ana@example.org", c, lang)
    page = ana.get(f"/web/account?lang={lang}")
    assert 'href="/web/account/export"' in page.text and unlabelled(page.text) == []
    assert translator(lang).gettext("Download all my data") in unescape(page.text)
    r = ana.get("/web/account/export")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    assert f'filename="cofoundry-{member}.json"' in r.headers["content-disposition"]
    data = r.json()
    assert data["person"] == member and data["profile"]["email"] == "ana@example.org"
    bare = browser(app)
    assert (
        post(
            bare, "/web/signup", {"name": "Bo", "email": "bo@example.org", "password": PASSWORD}
        ).status_code
        == 303
    )
    assert 'href="/web/account/export"' in bare.get("/web/account").text
    r = bare.get("/web/account/export", follow_redirects=False)
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    data = r.json()
    assert data["profile"] is None and data["person"] != member
    assert data["features"]["accounts"]["account"]["email"] == "bo@example.org"
    assert browser(app).get("/web/account/export", follow_redirects=False).status_code == 303


@pytest.mark.parametrize(
    ("days", "uses", "field", "says"),
    [
        ("NaN", "", "f-days", "un nombre entier de 1 à 90"),
        ("-1", "", "f-days", "un nombre entier de 1 à 90"),
        ("7", "1e999", "f-uses", "de 1 à 1\u202f000, ou laissez vide"),
    ],
)
def test_a_refused_invitation_is_told_in_french_and_kept(
    app: object, c: Community, days: str, uses: str, field: str, says: str
) -> None:
    """An invitation for 'NaN' days was refused on the French page in English ('Refusé :
    days must be a whole number from 1 to 90...'); it is told in French, with the domain's
    limits, and what was typed comes back."""
    ana = browser(app)
    join(ana, "Ana", "ana@example.org", c, "fr")
    form = {"days": days, "uses": uses, "label": "rencontre de mars"}
    r = post(ana, "/web/account/invitations?lang=fr", form)
    said = error_for(r.text, field)
    assert r.status_code == 422 and says in said and "Refusé" not in said, said
    assert value_of(r.text, "f-invitation-label") == "rencontre de mars"
    assert value_of(r.text, field) == (days if field == "f-days" else uses)


def test_sign_out_everywhere_ends_every_browser(app: object, c: Community) -> None:
    one = browser(app)
    join(one, "Ana", "ana@example.org", c)
    two = browser(app)
    post(two, "/web/signin", {"email": "ana@example.org", "password": PASSWORD})
    assert "Chrome" not in two.get("/web/account").text
    r = post(two, "/web/account/signout-everywhere")
    assert r.status_code == 303 and r.headers["location"].startswith("/web/signin")
    for client in (one, two):
        assert client.get("/web/inbox", follow_redirects=False).status_code == 303


@pytest.mark.parametrize(
    ("lang", "other", "this"),
    [
        ("en", "last used 3 days ago", "used just now"),
        ("fr", "dernière utilisation il y a 3 jours", "utilisée à l'instant"),
    ],
)
def test_two_sessions_of_the_same_day_are_told_apart_by_their_last_use(
    app: object, c: Community, lang: str, other: str, this: str
) -> None:
    """Two browsers signed in the same day read the same label and date; when each was
    last used tells them apart (without a time zone to get wrong)."""
    one = browser(app)
    ana = join(one, "Ana", "ana@example.org", c)
    two = browser(app)
    post(two, "/web/signin", {"email": "ana@example.org", "password": PASSWORD})
    # both last used three days ago; opening the account page uses the second again
    three_days = (dt.datetime.now(dt.UTC) - dt.timedelta(days=3, minutes=1)).isoformat()
    with c.db.transaction():
        c.db.execute("UPDATE sessions SET last_seen_at = ? WHERE member_id = ?", [three_days, ana])
    page = unescape(two.get(f"/web/account?lang={lang}").text)
    rows = re.findall(r"<li>\s*<span>(.*?)</span>", page, re.S)
    assert len(rows) == 2 and rows[0] != rows[1], rows
    [current] = [r for r in rows if "<strong>" in r]
    [elsewhere] = [r for r in rows if "<strong>" not in r]
    assert this in current and other in elsewhere, rows


def test_a_request_shows_in_the_inbox_with_a_count_in_the_header(app: object, c: Community) -> None:
    ana, bob = browser(app), browser(app)
    join(ana, "Ana", "ana@example.org", c)
    join(bob, "Bob", "bob@example.org", c, lang="fr")
    assert post(ana, "/web/introductions", {"target": "bob", "message": "Hello"}).status_code == 303
    page = bob.get("/web/suggestions?lang=fr").text
    assert 'id="unread-count" aria-hidden="true">1<' in page and "(1 non lu)" in page
    inbox = bob.get("/web/inbox?lang=fr")
    assert "Ana souhaite vous rencontrer." in unescape(inbox.text)
    [item] = c.inbox.items("bob", actor=Actor("bob"))
    # Ana cannot open Bob's item, nor mark it read
    assert post(ana, f"/web/inbox/{item.id}/open").status_code == 404
    assert c.inbox.unread("bob", actor=Actor("bob")) == 1
    r = post(bob, f"/web/inbox/{item.id}/open")
    assert r.status_code == 303 and r.headers["location"] == "/web/introductions"
    assert "unread-count" not in bob.get("/web/inbox").text
    [mail] = [
        m for m in c.mail.store.messages() if m.to == "bob@example.org" and m.kind != "confirm_link"
    ]
    assert mail.subject == "Ana souhaite vous rencontrer" and "/web/inbox" in mail.body


def test_a_message_and_the_feedback_due_show_in_the_inbox(app: object, c: Community) -> None:
    ana, bob = browser(app), browser(app)
    a = join(ana, "Ana", "ana@example.org", c)
    b = join(bob, "Bob", "bob@example.org", c, lang="fr")
    assert post(ana, "/web/introductions", {"target": b, "message": "Hello"}).status_code == 303
    [intro] = c.trust.introductions(b, actor=Actor(b))
    assert post(bob, f"/web/introductions/{intro.id}/answer", {"accept": "yes"}).status_code == 303
    post(bob, "/web/inbox/read")
    assert post(ana, f"/web/messages/{intro.id}", {"text": "Hi Bob"}).status_code == 303
    inbox = unescape(bob.get("/web/inbox?lang=fr").text)
    assert "Nouveau message d'Ana." in inbox
    [item] = c.inbox.items(b, actor=Actor(b), unread_only=True)
    r = post(bob, f"/web/inbox/{item.id}/open")
    assert r.headers["location"] == f"/web/messages/{intro.id}#latest"
    [due] = [i for i in c.inbox.items(a, actor=Actor(a)) if i.kind.value == "feedback_due"]
    assert "After you meet Bob, tell us how it went." in unescape(ana.get("/web/inbox").text)
    assert post(ana, f"/web/inbox/{due.id}/open").headers["location"] == "/web/introductions"
    r = post(ana, f"/web/introductions/{intro.id}/feedback", {"verdict": "again"})
    assert r.status_code == 303
    page = unescape(ana.get("/web/inbox").text)
    assert "You said how your meeting with Bob went. Thank you." in page
    assert f"/web/inbox/{due.id}/open" not in page  # done: nothing left to open


def test_email_choices_on_the_account_page(app: object, c: Community) -> None:
    ana = browser(app)
    member = join(ana, "Ana", "ana@example.org", c)
    r = post(ana, "/web/account/email", {"email": ["intro_request", "message", "feedback_due"]})
    assert r.status_code == 303
    choices = c.inbox.email_choices(member, actor=Actor(member))
    on = [k.value for k, on in choices.items() if on]
    assert on == ["intro_request", "message", "feedback_due"]
    page = ana.get("/web/account").text
    assert 'value="message" checked' in page and 'value="event_invite">' in page


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("/web/signup", {"name": "X", "email": "x@example.org", "password": PASSWORD}),
        ("/web/signin", {"email": "ana@example.org", "password": PASSWORD}),
        ("/web/link", {"email": "ana@example.org"}),
        ("/web/reset", {"email": "ana@example.org"}),
        ("/web/account/tokens", {"label": "x"}),
        ("/web/account/signout-everywhere", {}),
        ("/web/account/email", {}),
        ("/web/inbox/read", {}),
    ],
)
def test_every_account_form_refuses_a_missing_csrf_field(
    app: object, c: Community, path: str, data: dict[str, str]
) -> None:
    ana = browser(app)
    join(ana, "Ana", "ana@example.org", c)
    before = c.mail.store.counts(), len(c.security.tokens("ana", actor=Actor("ana")))
    r = ana.post(path, data=data, follow_redirects=False)
    assert r.status_code == 403 and "security field" in r.text
    assert ana.get("/web/account", follow_redirects=False).status_code == 200  # still signed in
    assert (c.mail.store.counts(), len(c.security.tokens("ana", actor=Actor("ana")))) == before


def test_web_sign_up_and_pasted_tokens_are_throttled_like_the_api(app: object) -> None:
    client = browser(app)
    statuses = [
        post(
            client,
            "/web/signup",
            {"name": f"P{n}", "email": f"p{n}@example.org", "password": PASSWORD},
        ).status_code
        for n in range(8)
    ]
    assert statuses[:6] == [303] * 6 and statuses[6:] == [429, 429]
    statuses = [
        post(client, "/web/signin", {"token": f"cf_{'x' * 43}"}).status_code for _ in range(22)
    ]
    assert statuses[:20] == [401] * 20 and statuses[20:] == [429, 429]


def test_cookies_are_secure_when_the_setting_says_so(c: Community) -> None:
    app = create_app(Settings(db=":memory:", encoder="fake", cookie_secure=True), community=c)
    r = TestClient(app).get("/web/signin")
    assert "Secure" in r.headers["set-cookie"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_request_that_ended_without_a_connector_says_so(c: Community, lang: str) -> None:
    """Bob, the only connector between Ana and Dan, turns private: Ana's request read 'not
    accepted · via bob' (a decline, and his id) and her inbox said nothing. Now her inbox
    says it ended, and her introductions page shows it ended, naming nobody in between."""
    from tests.web.pages import sign_in

    people = [
        {"id": p, "name": p.title(), "offers": "sales", "needs": "python"}
        for p in ("ana", "bob", "dan")
    ]
    c.profiles.import_profiles(people)
    for a, b in (("ana", "bob"), ("bob", "dan")):
        done = c.trust.propose_collaboration(a, b, "project", "2024-01-01", actor=Actor(a))
        c.trust.answer_collaboration(done.id, True, actor=Actor(b))
    c.trust.request_introduction("ana", "dan", connector="bob", actor=Actor("ana"))
    c.profiles.update_profile("bob", {"visibility": "private"}, actor=Actor("bob"))
    ana = TestClient(app_over(c))  # type: ignore[arg-type]
    sign_in(ana, c.security.create_token("ana"))
    t = translator(lang)
    inbox = unescape(ana.get(f"/web/inbox?lang={lang}").text)
    ended = (
        "Your request to meet %(name)s has ended: nobody is left to introduce you. You may"
        " ask again later, or ask them directly."
    )
    assert t.gettext(ended) % {"name": "Dan"} in inbox
    page = unescape(ana.get(f"/web/introductions?lang={lang}").text)
    assert t.pgettext("introduction status", "ended: nobody is left to introduce you") in page
    assert "bob" not in page.lower()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Type your current password"),
        ("fr", "Tapez votre mot de passe actuel"),
    ],
)
def test_a_new_token_needs_the_current_password(
    app: object, c: Community, lang: str, said: str
) -> None:
    """A token lets its holder act as the member, like a change of address; the account
    page made one for whoever sat at an unlocked screen, without the password."""
    ana = browser(app)
    member = join(ana, "Ana", "ana@example.org", c)
    before = len(c.security.tokens(member, actor=Actor(member)))
    r = post(
        ana, f"/web/account/tokens?lang={lang}", {"label": "x"}, headers={"Accept-Language": lang}
    )
    assert r.status_code == 422 and said in unescape(error_for(r.text, "f-token-password"))
    r = post(ana, "/web/account/tokens", {"label": "x", "token_password": "not my password"})
    assert r.status_code == 401
    assert len(c.security.tokens(member, actor=Actor(member))) == before
    r = post(ana, "/web/account/tokens", {"label": "x", "token_password": PASSWORD})
    assert r.status_code == 201
