"""An event named like an address (``www.evil.example``), or held at one, is no link in its
invitation e-mail, in the plain text part as in the HTML part: the HTML part wrote its dots
apart (web17), but the plain text said it as typed, and mail readers make links of the
addresses in plain text. Its dots and colons now carry a word joiner (U+2060: no width),
so it reads as typed and no reader's autolinker finds an address in it. Read back from a
real SMTP server (aiosmtpd), in English and French."""

from __future__ import annotations

import datetime as dt
import re
from email.message import EmailMessage

import pytest

from api.web.letters import letters
from matcher.access import Actor
from matcher.mail import MailSettings
from tests.events_day import DAY, Clock
from tests.mailserver import smtp_server
from tests.support import accounts_community, confirmed_sign_up
from tests.web.test_mail_html17 import parts, seen

SITE = "https://cofoundry.example"
PASSWORD = "correct horse battery"
NAME = "www.evil.example"
VENUE = "https://evil.example/login"
#: What a mail reader's autolinker takes for an address (a scheme, www., a domain).
LINKABLE = re.compile(
    r"(?i)(?:\b[a-z][a-z0-9+.-]*://\S+|\bwww\.[a-z0-9-]+|\b[a-z0-9-]+\.[a-z]{2,}\b)"
)


@pytest.fixture(scope="module", params=["en", "fr"])
def invitation(request: pytest.FixtureRequest) -> EmailMessage:
    lang = request.param
    clock = Clock(dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC))
    with smtp_server() as (inbox, port):
        mail = MailSettings(host="127.0.0.1", port=port, tls="none", timeout=5, public_url=SITE)
        c = accounts_community(clock=clock, mail=mail, compose=letters(SITE))
        confirmed_sign_up(c, "Bob", "bob@example.org", PASSWORD, lang=lang)
        c.profiles.import_profiles(
            [
                {"id": "bob", "name": "Bob", "offers": "sales", "needs": "code"},
                {"id": "org", "name": "Olga", "offers": "events", "needs": "people"},
            ]
        )
        c.events.create_event(
            "night", NAME, actor=Actor("org"), details=DAY | {"venue": VENUE, "address": ""}
        )
        c.events.add_attendees("night", ["bob"], actor=Actor("org"))
        c.mail.send_due()
        (received,) = inbox.wait(1)
    return received


def test_the_event_s_name_and_venue_are_no_link_in_either_part(invitation: EmailMessage) -> None:
    plain, html = parts(invitation)
    # read as typed, both parts
    assert NAME in seen(plain) and VENUE in seen(plain)
    assert NAME in seen("".join(html.text)) and VENUE in seen("".join(html.text))
    # nothing a reader would make a link of but the site's own addresses, in either part
    for text in (plain, "".join(html.text)):
        found = [m for m in LINKABLE.findall(text) if not m.startswith(SITE) and "@" not in m]
        assert not [m for m in found if "evil" in m], found
    assert all(href.startswith(f"{SITE}/") for href, _ in html.anchors), html.anchors


def test_the_subject_still_names_the_event_as_typed(invitation: EmailMessage) -> None:
    assert NAME in str(invitation["Subject"])
