"""An attendee file without a language column: each invitation e-mail is written in the
language of the person's own texts, else of the file's column names, else the organiser's
(:func:`matcher.profiles.imported_language`). Before, everyone got the profile default,
English, so a French evening's attendees were invited in English. Read from a real SMTP
server (aiosmtpd), as it went over the wire."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from api.web.letters import letters
from embeddings.encoder import FakeEncoder
from matcher.community import Community
from matcher.mail import MailSettings
from tests.apps import client_over
from tests.conftest import person
from tests.events_day import DAY, ORG, Clock
from tests.mailserver import body, smtp_server
from tests.web.pages import csrf, post, sign_in

SITE = "https://events.example.org"
FILE = (
    "Prénom;Nom;Courriel;Ce que je propose;Ce que je cherche\r\n"
    "Zoé;Lefèvre;zoe@example.org;Je développe des applications web;Une associée pour la vente\r\n"
    "Hélène;Roy;helene@example.org;Python, SQL;Ventes B2B\r\n"
    "Amy;Lee;amy@example.org;I build the product;someone who can sell it\r\n"
)
ENGLISH_FILE = (
    "Name,Email,Offers,Needs,Languages\r\n"
    "Léa Roy,lea@example.org,Python,B2B,\r\n"
    "Tom Roy,tom@example.org,Je fais du design,un associé technique,en\r\n"
)


def _sent(organiser_languages: str, data: bytes) -> dict[str, str]:
    with smtp_server() as (smtp, port):
        mail = MailSettings(host="127.0.0.1", port=port, tls="none", timeout=5, public_url=SITE)
        may_1st = Clock(dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC))  # before the event
        c = Community(
            ":memory:", FakeEncoder(dim=32), mail=mail, compose=letters(SITE), clock=may_1st
        )
        c.profiles.import_profiles([person("p00", languages=organiser_languages)])
        c.events.create_event("night", "Soirée des fondateurs", actor=ORG, details=DAY)
        done = c.events.import_csv("night", data, actor=ORG)
        n = len(done.emailed)
        assert c.mail.send_due().sent == n
        return {m["To"]: body(m) for m in smtp.wait(n)}


def test_a_french_file_invites_in_each_persons_language() -> None:
    got = _sent("en", FILE.encode("cp1252"))  # an organiser who reads English
    assert "vous invite à l'événement Soirée des fondateurs" in got["zoe@example.org"]
    # texts without a function word ("Python, SQL"): the file's French column names
    assert "vous invite à l'événement" in got["helene@example.org"]
    assert "invited you to the event Soirée des fondateurs" in got["amy@example.org"]


def test_an_english_file_keeps_a_given_language_and_guesses_the_others() -> None:
    got = _sent("fr", ENGLISH_FILE.encode())
    # no text to tell, English column names: English, whatever the organiser reads
    assert "invited you to the event" in got["lea@example.org"]
    # a language the file gives wins over French texts
    assert "invited you to the event" in got["tom@example.org"]


@pytest.fixture
def ana(community: Community) -> TestClient:
    client = client_over(community)
    sign_in(client, community.security.create_token("ana"))
    return client


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Two columns of the file mean the same: nom, nom complet. Keep one of them"),
        ("fr", "Deux colonnes du fichier veulent dire la même chose : nom, nom complet."),
    ],
)
def test_two_columns_for_the_name_are_told_on_the_page(
    ana: TestClient, lang: str, said: str
) -> None:
    """Before, the second column silently replaced the first; the page now says which two
    columns mean one field, and imports nothing (not a 'no column for' sentence)."""
    assert post(ana, "/web/events", {"event": "night", "name": "Night"}).status_code == 303
    r = ana.post(
        f"/web/events/night/import?lang={lang}",
        data={"csrf": csrf(ana)},
        files={"file": ("two.csv", b"Nom;Nom complet;Offre;Besoins\nA;B;o;n\n", "text/csv")},
        follow_redirects=False,
    )
    assert r.status_code == 422
    page = " ".join(unescape(re.sub(r"<[^>]+>", " ", r.text)).split()).replace("\xa0", " ")
    assert said in page, page[page.find("CSV") :][:1500]
    assert "has no column for" not in page and "pas de colonne pour" not in page
