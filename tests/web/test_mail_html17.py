"""Every e-mail has an HTML part (web17): ``multipart/alternative``, the plain text first and
whole, then the same letter in HTML, escaped, the site's links as anchors, in the reader's
language. Read back from a real SMTP server (aiosmtpd), never from a mock.

The adversary names their profile, or an event, with markup (``<script>``, ``"``), an RFC
2047 encoded word, or an address ("www.example.com"): none of it is markup or a link in
the HTML part."""

from __future__ import annotations

import datetime as dt
import re
from email.message import EmailMessage
from html import unescape
from html.parser import HTMLParser

import pytest

from api.web.letters import letters
from matcher.access import Actor
from matcher.community import Community
from matcher.mail import MailSettings
from tests.events_day import DAY, Clock
from tests.mailserver import body, smtp_server
from tests.support import accounts_community, confirmed_sign_up

SITE = "https://cofoundry.example"
PASSWORD = "correct horse battery"
NAMES = {
    "script": '<script>alert("x")</script> Ana',
    "quote": 'Ana "the" <b>builder</b> & co',
    "encoded": "=?utf-8?q?x=0D=0ABcc:_eve@example.org?= Ana",
    "scheme": "https://evil.example/login Ana",
    "address": "www.example.com",
}


class Html(HTMLParser):
    """The tags, the anchors (href, text) and the visible text of an HTML part."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.anchors: list[tuple[str, str]] = []
        self.text: list[str] = []
        self._href: str | None = None
        self.lang = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang") or ""
        if tag == "a":
            self._href = a.get("href") or ""
            self.anchors.append((self._href, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._href = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._href is not None:
            href, said = self.anchors[-1]
            self.anchors[-1] = (href, said + data)


def parts(message: EmailMessage) -> tuple[str, Html]:
    """The plain text and the parsed HTML part of ``message``, once its structure is checked:
    ``multipart/alternative``, plain text first, HTML second, both UTF-8."""
    assert message.get_content_type() == "multipart/alternative"
    kinds = [p.get_content_type() for p in message.iter_parts()]
    assert kinds == ["text/plain", "text/html"], kinds
    html_part = message.get_body(("html",))
    assert html_part is not None and html_part.get_content_charset() == "utf-8"
    parsed = Html()
    parsed.feed(str(html_part.get_content()))
    return body(message), parsed


def seen(text: str) -> str:
    """``text`` as a reader sees it: without the word joiners (U+2060, no width) written
    after the dots of an event's name that reads like an address (events18)."""
    return text.replace("\u2060", "")


def _words(text: str) -> list[str]:
    return unescape(" ".join(text.split())).split()


@pytest.fixture
def sent() -> dict[str, EmailMessage]:
    """One community over a real SMTP server: an introduction request to a French reader
    from a member named with each adversary's name, and an event named like an address
    inviting an English reader; the e-mails as the server received them, by name."""
    clock = Clock(dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC))
    with smtp_server() as (inbox, port):
        mail = MailSettings(host="127.0.0.1", port=port, tls="none", timeout=5, public_url=SITE)
        c: Community = accounts_community(clock=clock, mail=mail, compose=letters(SITE))
        confirmed_sign_up(c, "Zoé", "zoe@example.org", PASSWORD, lang="fr")
        confirmed_sign_up(c, "Bob", "bob@example.org", PASSWORD, lang="en")
        c.profiles.import_profiles(
            [
                {"id": "zoe", "name": "Zoé", "offers": "ventes", "needs": "code"},
                {"id": "bob", "name": "Bob", "offers": "sales", "needs": "code"},
                {"id": "org", "name": "Olga", "offers": "events", "needs": "people"},
            ]
            + [
                {"id": key, "name": name, "offers": "code", "needs": "ventes"}
                for key, name in NAMES.items()
            ]
        )
        for key in NAMES:
            c.trust.request_introduction(key, "zoe", message="hi", actor=Actor(key))
        c.events.create_event("night", NAMES["address"], actor=Actor("org"), details=DAY)
        c.events.add_attendees("night", ["bob"], actor=Actor("org"))
        c.mail.send_due()
        received = inbox.wait(len(NAMES) + 1)
    assert len(received) == len(NAMES) + 1, [m["Subject"] for m in received]
    out = {}
    for m in received:
        if m["To"] == "bob@example.org":
            out["event"] = m
        else:
            out[next(k for k, n in NAMES.items() if m["Subject"].startswith(n))] = m
    return out


def test_every_e_mail_has_both_parts_with_the_same_words_and_links(
    sent: dict[str, EmailMessage],
) -> None:
    for key, message in sent.items():
        plain, html = parts(message)
        # the same words (the HTML part splits nothing a reader sees)
        assert _words("".join(html.text)) == _words(plain), key
        # the same links: every address of the site in the text, as an anchor saying it
        links = re.findall(rf"{re.escape(SITE)}/\S+", plain)
        assert links and [href for href, _ in html.anchors] == links, key
        assert all(href == said for href, said in html.anchors), key


def test_the_html_part_speaks_the_reader_s_language(sent: dict[str, EmailMessage]) -> None:
    plain, html = parts(sent["script"])
    assert html.lang == "fr" and "Bonjour" in plain  # Zoé reads French
    plain, html = parts(sent["event"])
    assert html.lang == "en" and "Hello" in plain  # Bob reads English


@pytest.mark.parametrize("key", list(NAMES))
def test_a_name_is_text_in_the_html_part(sent: dict[str, EmailMessage], key: str) -> None:
    """A member's or an event's name is never markup (no tag of theirs), never a link, and
    reads as typed."""
    message = sent["event" if key == "address" else key]
    plain, html = parts(message)
    assert set(html.tags) <= {"html", "head", "meta", "body", "p", "br", "a", "span"}, html.tags
    assert all(href.startswith(f"{SITE}/") for href, _ in html.anchors), html.anchors
    # as typed (an event's name has word joiners after its dots: no link, nothing seen)
    assert NAMES[key] in seen("".join(html.text)) and NAMES[key] in seen(plain)
    raw = str(message.get_body(("html",)).get_content())  # type: ignore[union-attr]
    assert "<script" not in raw and "<b>" not in raw
    assert message["Bcc"] is None and message["Reply-To"] is None


def test_an_event_named_like_an_address_is_no_link(sent: dict[str, EmailMessage]) -> None:
    """ "www.example.com" reads as written, is no anchor, and is written so that a mail
    reader does not make one of it either (its dots apart from the words)."""
    _, html = parts(sent["event"])
    raw = str(sent["event"].get_body(("html",)).get_content())  # type: ignore[union-attr]
    assert "www.example.com" in seen("".join(html.text))
    assert not any("example.com" in href or "example.com" in said for href, said in html.anchors)
    assert "www.example.com" not in seen(raw)
    assert "www<span>.</span>example<span>.</span>com" in seen(raw)
