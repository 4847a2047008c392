"""The weekly digest of new suggestions and the unsubscribe link of every e-mail, read back
from a real SMTP server (aiosmtpd): at most one digest in 7 days, only about people no
earlier digest named; the RFC 8058 one-click POST switches that kind off without signing in."""

from __future__ import annotations

import re
from email.message import EmailMessage

import pytest
from fastapi.testclient import TestClient

from api.web.letters import letters
from matcher.access import Actor
from matcher.community import Community
from matcher.errors import UnknownItem
from matcher.mail import MailSettings
from matcher.notices import NoticeKind
from tests.apps import app_over, client_over
from tests.mailserver import Inbox, body, smtp_server
from tests.support import Clock, accounts_community, confirmed_sign_up

SITE = "http://testserver"


def person(pid: str, offers: str, needs: str) -> dict[str, str]:
    return {"id": pid, "name": pid.title(), "offers": offers, "needs": needs}


def community(port: int, clock: Clock) -> Community:
    mail = MailSettings(host="127.0.0.1", port=port, tls="none", timeout=5, public_url=SITE)
    c = accounts_community(clock=clock, mail=mail, compose=letters(SITE))
    for pid in ("ana", "bob", "cyd"):
        confirmed_sign_up(c, pid.title(), f"{pid}@example.org", "correct horse battery")
    c.profiles.import_profiles(
        [person("ana", "python backend", "sales"), person("bob", "sales", "python backend")]
    )  # cyd has an account and no profile: no suggestions, no digest
    return c


def delivered(c: Community, smtp: Inbox, count: int) -> list[EmailMessage]:
    before = len(smtp.messages)
    c.mail.send_due()
    return smtp.wait(before + count)[before:]


def digests(c: Community) -> list[str]:
    return [m.to for m in c.mail.store.messages(limit=100) if m.kind == "digest"]


def test_a_digest_goes_once_a_week_and_only_with_new_people() -> None:
    clock = Clock()
    with smtp_server() as (smtp, port):
        c = community(port, clock)
        assert c.digest.run().sent == 2
        got = delivered(c, smtp, 2)
        assert sorted(m["To"] for m in got) == ["ana@example.org", "bob@example.org"]
        [ana] = [m for m in got if m["To"] == "ana@example.org"]
        assert ana["Subject"] == "New people to meet this week"
        text = body(ana)
        assert "since your last digest: 1." in text and f"{SITE}/web/suggestions" in text
        assert "Bob" not in text  # a count, never names
        assert c.digest.run().sent == 0  # the same day: nothing
        clock.pass_(days=8)
        assert c.digest.run().sent == 0  # a week later, nobody new: nothing
        confirmed_sign_up(c, "Dan", "dan@example.org", "correct horse battery")
        c.profiles.import_profiles([person("dan", "python backend", "sales")])
        clock.pass_(days=1)
        assert c.digest.run().sent == 3  # Dan's first; Ana and Bob each have someone new
        assert sorted(digests(c)) == sorted(
            ["ana@example.org", "bob@example.org"] * 2 + ["dan@example.org"]
        )
        assert len(delivered(c, smtp, 3)) == 3
        assert c.digest.store.sent_to("ana") == {"bob", "dan"}


def test_the_digest_can_be_switched_off_like_any_notice() -> None:
    clock = Clock()
    with smtp_server() as (_, port):
        c = community(port, clock)
        c.inbox.choose_email("ana", "digest", False, actor=Actor("ana"))
        assert c.digest.run().sent == 1 and digests(c) == ["bob@example.org"]
        assert c.digest.store.last("ana") is None  # nothing recorded: it was not sent


def test_the_one_click_unsubscribe_link_stops_that_kind_only() -> None:
    clock = Clock()
    with smtp_server() as (smtp, port):
        c = community(port, clock)
        app = app_over(c)
        web = TestClient(app)
        c.digest.run()
        [ana] = [m for m in delivered(c, smtp, 2) if m["To"] == "ana@example.org"]
        assert ana["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        match = re.fullmatch(
            r"<(http://testserver(/web/unsubscribe/[^>]+))>", ana["List-Unsubscribe"].strip()
        )
        assert match is not None
        url, path = match.groups()
        assert f"To stop e-mails of this kind, open: {url}" in body(ana)
        page = web.get(path)  # what a person sees: a button, nothing changed yet
        assert page.status_code == 200 and "Stop these e-mails" in page.text
        assert "weekly digest" in page.text
        assert c.inbox.email_choices("ana", actor=Actor("ana"))[NoticeKind.DIGEST]
        # what a mail client's button sends (RFC 8058): no cookie, no CSRF field
        r = TestClient(app).post(
            path,
            content="List-Unsubscribe=One-Click",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert r.status_code == 200 and "no more e-mails" in r.text
        choices = c.inbox.email_choices("ana", actor=Actor("ana"))
        assert not choices[NoticeKind.DIGEST] and choices[NoticeKind.MESSAGE]
        assert TestClient(app).post(path).status_code == 200  # twice: the same
        clock.pass_(days=8)
        c.profiles.import_profiles([person("dan", "python backend", "sales")])
        c.digest.run()
        assert digests(c).count("ana@example.org") == 1  # the first one only


def test_a_notice_email_carries_its_own_kinds_unsubscribe_link() -> None:
    clock = Clock()
    with smtp_server() as (smtp, port):
        c = community(port, clock)
        c.trust.request_introduction("ana", "bob", actor=Actor("ana"))
        [mail] = delivered(c, smtp, 1)
        path = re.sub(r"^<http://testserver|>$", "", mail["List-Unsubscribe"].strip())
        assert c.inbox.unsubscribe_target(path.rsplit("/", 1)[1]) == (
            "bob",
            NoticeKind.INTRO_REQUEST,
        )


@pytest.mark.parametrize(
    "forge",
    [
        lambda t: t.replace(".intro_request.", ".digest."),  # another kind
        lambda t: "YW5h" + t[t.index(".") :],  # another member (ana)
        lambda t: t[:-2],  # cut
        lambda t: "nonsense",
        lambda t: "a.b.c.d",
    ],
)
def test_a_forged_unsubscribe_token_is_refused(forge: object) -> None:
    c = accounts_community()
    for pid in ("ana", "bob"):
        confirmed_sign_up(c, pid.title(), f"{pid}@example.org", "correct horse battery")
    token = c.inbox.unsubscribe_path("bob", NoticeKind.INTRO_REQUEST).rsplit("/", 1)[1]
    bad = forge(token)  # type: ignore[operator]
    with pytest.raises(UnknownItem, match="no such unsubscribe link"):
        c.inbox.unsubscribe(bad)
    web = client_over(c)
    assert web.post(f"/web/unsubscribe/{bad}").status_code == 404
    assert all(
        c.inbox.email_choices(p, actor=Actor(p))[NoticeKind.INTRO_REQUEST] for p in ("ana", "bob")
    )


def test_an_erased_members_link_is_unknown() -> None:
    c = accounts_community()
    confirmed_sign_up(c, "Bob", "bob@example.org", "correct horse battery")
    c.profiles.import_profiles([person("bob", "sales", "python")])
    token = c.inbox.unsubscribe_path("bob", NoticeKind.DIGEST).rsplit("/", 1)[1]
    c.privacy.erase("bob", actor=Actor("bob"))
    with pytest.raises(UnknownItem):
        c.inbox.unsubscribe(token)
    assert c.db.execute("SELECT count(*) FROM notification_prefs").fetchone()[0] == 0
