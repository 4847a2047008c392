"""A profile's name, headline and place are one line, as an account's name is; and a
subject with a line break still leaves the outbox.

A member set their profile's name to ``"Ana\\r\\nBcc: x@example.org"`` (``PATCH
/profiles/ana``, 200). Every notice quoting it (``"... asks to meet you"``) then failed at
every try: an e-mail header refuses a line break, so bob never got ana's request by e-mail
and the worker retried it for ever. The profile now refuses line breaks and tabs in those
fields (422 naming the field and the character); the free texts keep theirs. A subject
already holding one (a name stored before) goes out on one line.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from matcher.mail import Outgoing
from tests.api.test_accounts_api import signed_up
from tests.apps import client_over
from tests.mailserver import smtp_server
from tests.matcher.test_mail import mailer
from tests.support import Clock, accounts_community


@pytest.fixture
def api() -> tuple[TestClient, Community, dict[str, str]]:
    c = accounts_community()
    client = client_over(c)
    ana = signed_up(client, "Ana", "ana@example.org")
    c.profiles.create_profile({"id": "ana", "name": "Ana", "offers": "o", "needs": "n"})
    return client, c, ana


@pytest.mark.parametrize("field", ["name", "headline", "location"])
@pytest.mark.parametrize("text", ["Ana\r\nBcc: x@example.org", "Ana\nLopez", "Ana\tLopez"])
def test_one_line_fields_refuse_line_breaks(
    api: tuple[TestClient, Community, dict[str, str]], field: str, text: str
) -> None:
    client, c, ana = api
    r = client.patch("/profiles/ana", json={field: text}, headers=ana)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["field"] == field and "control character" in body["detail"]
    assert "one line" in body["hint"]
    profile = c.profiles.store.get_profile("ana")
    assert profile is not None and getattr(profile, field) in ("Ana", "")
    # the free texts keep their line breaks
    r = client.patch("/profiles/ana", json={"offers": "Python\nand\tSQL"}, headers=ana)
    assert r.status_code == 200 and r.json()["offers"] == "Python\nand\tSQL"


def test_a_subject_with_a_line_break_is_sent_on_one_line() -> None:
    c = accounts_community()
    with smtp_server() as (inbox, port):
        mail = mailer(c.db, port, Clock())
        with c.db.transaction():
            mail.queue(
                Outgoing("bob@example.org", "Ana\r\nBcc: x@example.org asks", "Hi\n", "test")
            )
        assert mail.send_due().sent == 1
        [got] = inbox.wait(1)
        assert got["Subject"] == "Ana Bcc: x@example.org asks" and got["Bcc"] is None
