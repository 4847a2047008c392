"""Durations read from the settings are counted in the reader's grammar: a sign-in link of
``link_minutes=1`` works "for 1 minute", not "for 1 minutes"; a French reader reads "1 heure"
and "0,5 minute". They were plural whatever the setting said."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from html import unescape

import pytest

from api.web.i18n import translator
from api.web.letters import letters
from api.web.limits import throttle_message
from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.accounts import LinkPurpose
from matcher.community import Community
from matcher.errors import NotAllowed, Throttled
from matcher.trust.model import InviteLimits, check_invitation
from tests.apps import client_over
from tests.support import CHEAP
from tests.web.pages import post

COMPOSE = letters("https://c.example")


@pytest.mark.parametrize(
    ("kind", "facts", "lang", "said"),
    [
        ("signin_link", {"minutes": "1"}, "en", "It works once, for 1 minute:"),
        ("signin_link", {"minutes": "1"}, "fr", "Il fonctionne une fois, pendant 1 minute\xa0:"),
        ("signin_link", {"minutes": "20"}, "en", "It works once, for 20 minutes:"),
        ("signin_link", {"minutes": "0.5"}, "fr", "pendant 0,5 minute\xa0:"),
        ("signin_link", {"minutes": "2.5"}, "en", "for 2.5 minutes:"),
        ("reset_link", {"minutes": "1"}, "en", "It works once, for 1 minute:"),
        ("reset_link", {"minutes": "1"}, "fr", "pendant 1 minute\xa0:"),
        ("confirm_link", {"hours": "1"}, "en", "It works once, for 1 hour."),
        ("confirm_link", {"hours": "1"}, "fr", "pendant 1 heure."),
        ("confirm_link", {"hours": "48"}, "fr", "pendant 48 heures."),
        ("email_change_link", {"hours": "1"}, "en", "It works once, for 1 hour;"),
        ("email_change_link", {"hours": "1"}, "fr", "pendant 1 heure\u202f;"),
        ("email_changed", {"days": "1", "address": "a@b.c"}, "en", "within 1 day:"),
        ("email_changed", {"days": "1", "address": "a@b.c"}, "fr", "dans un délai de 1 jour\xa0:"),
        ("email_changed", {"days": "7", "address": "a@b.c"}, "fr", "dans les 7 jours\xa0:"),
    ],
)
def test_a_letter_counts_its_links_lifetime(
    kind: str, facts: dict[str, str], lang: str, said: str
) -> None:
    _, body = COMPOSE(kind, lang, facts | {"path": "/web/x"})
    assert said in body.replace("\n", " "), body


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "You sent 5 requests in the last minute, the most allowed at once."),
        ("fr", "Vous avez envoyé 5 demandes cette dernière minute, le maximum d'un coup."),
    ],
)
def test_a_burst_of_requests_counts_its_window(lang: str, said: str) -> None:
    now = dt.datetime(2025, 3, 3, 12, 0, tzinfo=dt.UTC)
    sent = [now - dt.timedelta(seconds=s) for s in range(5)]
    with pytest.raises(Throttled) as caught:
        check_invitation(sent, now, InviteLimits(burst_minutes=1))
    assert throttle_message(caught.value, now, translator(lang)).startswith(said)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "the address can be changed within 1 minute of signing in with a link."),
        (
            "fr",
            "l'adresse peut être changée dans un délai de 1 minute suivant une connexion par lien.",
        ),
    ],
)
def test_the_account_page_counts_the_minutes_of_a_recent_sign_in(lang: str, said: str) -> None:
    c = Community(
        ":memory:",
        FakeEncoder(dim=32),
        accounts=dataclasses.replace(CHEAP, recent_minutes=1.0),
        compose=COMPOSE,
    )
    now = dt.datetime.now(dt.UTC)
    with c.db.transaction():  # an account without a password (it signs in with links)
        c.accounts.store.add_account(
            "ana", "ana@example.org", "Ana", lang, None, now, confirmed=now
        )
    c.accounts.request_link("ana@example.org", LinkPurpose.SIGNIN)
    [letter] = [m for m in c.mail.store.messages(limit=50) if m.kind == "signin_link"]
    found = re.search(r"code=(\S+)", letter.body)
    assert found
    web = client_over(c)
    assert post(web, "/web/link/use", {"code": found.group(1)}).status_code == 303
    page = unescape(web.get(f"/web/account?lang={lang}").text).replace("&#39;", "'")
    assert said in page


def test_the_services_refusal_counts_the_minutes_too() -> None:
    c = Community(
        ":memory:",
        FakeEncoder(dim=32),
        accounts=dataclasses.replace(CHEAP, recent_minutes=1.0),
    )
    now = dt.datetime.now(dt.UTC)
    with c.db.transaction():
        c.accounts.store.add_account(
            "ana", "ana@example.org", "Ana", "en", None, now, confirmed=now
        )
    with pytest.raises(NotAllowed) as caught:
        c.accounts.prove_self("ana", actor=Actor("ana"), session="not-a-session")
    said = f"{caught.value} {caught.value.hint}"
    assert "of the last 1 minute;" in said and "within 1 minute;" in said, said


def test_the_services_intro_limits_count_their_window() -> None:
    """The API's 429s (the service's own English, not the page's): "in the last minute",
    "for 1 day", not "in the last 1 minutes", "for 1 days"."""
    now = dt.datetime(2025, 3, 3, 12, 0, tzinfo=dt.UTC)
    sent = [now - dt.timedelta(seconds=s) for s in range(5)]
    with pytest.raises(Throttled) as caught:
        check_invitation(sent, now, InviteLimits(burst_minutes=1))
    assert "5 introduction requests in the last 1 minute;" in str(caught.value)
    with pytest.raises(Throttled) as caught:
        check_invitation([], now, InviteLimits(after_decline_days=1), declined_at=now, target="bo")
    assert caught.value.hint and caught.value.hint.endswith(" for 1 day"), caught.value.hint
