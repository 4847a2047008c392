"""An e-mail address with an invisible character is refused where it enters (red team 15).

"bob\\u200b@example.org" (a zero-width space after "bob") was a valid address: an account
signed up with it, a profile kept it, and an organiser's attendee file took it as a second
person next to "bob@example.org" on another line (the duplicate e-mail went unseen, and
the invitation went to an address no server delivers to). It looks exactly like bob's own
address. Such an address is now refused naming the character and its position, with the
fix (type it again); the same rule for every door (:func:`matcher.addresses.address_problem`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.access import Actor
from matcher.errors import InvalidInput
from matcher.mail import check_address
from tests.apps import client_over
from tests.events_day import DAY, Clock
from tests.support import accounts_community

PASSWORD = "correct horse battery"


@pytest.mark.parametrize("mark", ["\u200b", "\u200d", "\u2060", "\u00ad", "\ufeff"])
def test_an_address_with_an_invisible_character_is_refused(mark: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        check_address(f"bob{mark}@example.org")
    err = refused.value
    assert err.field == "email" and err.value == f"bob{mark}@example.org"
    assert f"invisible character (U+{ord(mark):04X} at position 3)" in err.detail
    assert err.hint == "type the address again (not pasted)"


def test_every_door_refuses_it() -> None:
    c = accounts_community(clock=Clock(dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC)))
    api = client_over(c)
    sly = "bob\u200b@example.org"
    r = api.post("/accounts", json={"name": "Bob", "email": sly, "password": PASSWORD})
    assert r.status_code == 422, r.text
    assert r.json()["field"] == "email" and "U+200B at position 3" in r.json()["detail"]
    assert c.accounts.store.get("bob") is None

    r = api.post("/profiles", json={"id": "zed", "name": "Zed", "offers": "o", "needs": "n"})
    token = {"Authorization": f"Bearer {r.json()['token']}"}
    r = api.patch("/profiles/zed", json={"email": sly}, headers=token)
    assert r.status_code == 422 and r.json()["field"] == "email", r.text
    assert "U+200B" in r.json()["detail"]

    c.profiles.import_profiles([{"id": "org", "name": "Olga", "offers": "o", "needs": "n"}])
    c.events.create_event("night", "Founders night", actor=Actor("org"), details=DAY)
    file = f"name,email,offers,needs\r\nBob Smith,bob@example.org,a,b\r\nBob Smith,{sly},a,b\r\n"
    report = c.events.import_csv("night", file, actor=Actor("org"))
    assert not report.written
    (problem,) = report.problems
    assert (problem.line, problem.field, problem.reason) == (3, "email", "invalid")
    assert "invisible character (U+200B at position 3)" in problem.detail
