"""A name that starts with the site's address is no link in an e-mail's HTML part.

The HTML part of a letter (:func:`matcher.mail.html_letter`) makes an anchor of every word
that starts with the site's public address: the letter's own links. A person's name, a
venture's title or an event's place is written by a member, and went into the same text:
a member named ``https://cf.example/web/account/erase`` made every introduction request
they sent carry a live link to a page of the site of their choosing, in their own name's
place ("... asks to meet you"), which the reader had no way to tell from the letter's own
link. What people write now reaches a letter with the site's address broken by an
invisible word joiner after its scheme (:func:`matcher.mail.unlinked`): shown the same,
never an anchor, and not a link a mail reader makes by itself either.
"""

from __future__ import annotations

import re

import pytest

from api.web.letters import letters
from matcher.mail import html_letter, plain_letter, unlinked

SITE = "https://cf.example"
EVIL = f"{SITE}/web/account/erase"


def anchors(html: str) -> list[str]:
    return re.findall(r'<a href="([^"]*)"', html)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_name_that_is_a_site_address_is_no_link(lang: str) -> None:
    subject, body = letters(SITE)("intro_request", lang, {"name": EVIL, "path": "/web/inbox"})
    assert anchors(html_letter(body, public_url=SITE)) == [
        f"{SITE}/web/inbox",
        f"{SITE}/web/account#email",
    ]
    assert EVIL not in body and unlinked(EVIL, SITE) in body  # shown, not linked
    assert EVIL not in subject


def test_a_venture_title_and_an_event_place_are_no_links() -> None:
    compose = letters(SITE)
    _, invite = compose(
        "venture_invite", "en", {"name": "Ana", "title": EVIL, "path": "/web/inbox"}
    )
    _, event = compose(
        "event_invite",
        "en",
        {"name": "Ana", "title": "Night", "where": EVIL, "date": "2026-05-21", "path": "/web/x"},
    )
    for body in (invite, event):
        assert all(not a.startswith(EVIL) for a in anchors(html_letter(body, public_url=SITE)))


def test_the_plain_english_letters_too() -> None:
    subject, body = plain_letter("intro_request", "en", {"name": EVIL}, base_url=SITE)
    assert anchors(html_letter(body, public_url=SITE)) == [f"{SITE}/web/inbox"]
    assert EVIL not in subject


def test_the_letters_own_links_stay_links() -> None:
    _, body = letters(SITE)(
        "intro_request", "en", {"name": "Ana", "path": "/web/inbox", "unsubscribe": "/web/u/x"}
    )
    assert anchors(html_letter(body, public_url=SITE)) == [
        f"{SITE}/web/inbox",
        f"{SITE}/web/u/x",
        f"{SITE}/web/account#email",
    ]
