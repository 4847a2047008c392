"""An organiser's attendee import never overwrites a profile written while it read the file.

The import checked each line's id (a profile's? an account's?) while it read the file, then
wrote every line in one transaction later: whoever took one of those ids in between (a member
who signed up as "Bob" and wrote his profile, another organiser importing the same id into
their event) had their profile overwritten by the organiser's line, its text and contact
address included (red team 15). The ids are now checked again in the writing transaction;
such a line is refused on its id (``taken``, as when it was taken before the import began)
and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

import matcher.events.service as events_service
from matcher.access import Actor
from matcher.community import Community
from tests.events_day import DAY, Clock
from tests.support import accounts_community, confirmed_sign_up

ORG, ORG2 = Actor("org"), Actor("org2")
FILE = (
    "id,name,offers,needs,email\r\n"
    "bob,Bob,written by the organiser,x,org@example.org\r\n"
    "zed,Zed,design,sales,zed@example.org\r\n"
)


@pytest.fixture
def c() -> Community:
    c = accounts_community(clock=Clock(dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC)))
    c.profiles.import_profiles(
        [
            {"id": "org", "name": "Olga Org", "offers": "events", "needs": "people"},
            {"id": "org2", "name": "Otto Org", "offers": "events", "needs": "people"},
        ]
    )
    c.events.create_event("night", "Founders night", actor=ORG, details=DAY)
    c.events.create_event("day", "Founders day", actor=ORG2, details=DAY)
    return c


def meanwhile(monkeypatch: pytest.MonkeyPatch, at: str, step: Callable[[], Any]) -> None:
    """Run ``step`` while the import checks the line of ``at`` (after it checked the lines
    before it, before it writes anything): another request that commits in between."""
    checked = events_service.profile_errors

    def errors(raw: Any, *args: Any, **kw: Any) -> Any:
        if raw.get("name") == at:
            step()
        return checked(raw, *args, **kw)

    monkeypatch.setattr(events_service, "profile_errors", errors)


def test_a_profile_written_during_an_import_is_not_overwritten(
    c: Community, monkeypatch: pytest.MonkeyPatch
) -> None:
    def bob_signs_up_and_writes_his_profile() -> None:
        assert confirmed_sign_up(c, "Bob", "bob@example.org", "correct horse battery").id == "bob"
        c.profiles.create_profile({"id": "bob", "name": "Bob", "offers": "mine", "needs": "n"})

    meanwhile(monkeypatch, "Zed", bob_signs_up_and_writes_his_profile)
    report = c.events.import_csv("night", FILE, actor=ORG)
    assert not report.written and report.ids("added") == ["zed"]
    (refused,) = report.problems
    assert (refused.line, refused.field, refused.value, refused.reason) == (2, "id", "bob", "taken")
    assert refused.detail == "CSV line 2: a profile with the id 'bob' already exists"
    assert "by their id" in refused.hint
    bob = c.profiles.store.get_profile("bob")
    assert bob is not None and (bob.offers, bob.email) == ("mine", "")
    assert c.profiles.store.get_profile("zed") is None  # all or nothing
    assert c.events.events.attendees("night") == []

    # imported again, the line is refused as any taken id, and the others go in
    monkeypatch.undo()
    done = c.events.import_csv("night", FILE, actor=ORG, skip_invalid=True)
    assert done.ids("added") == ["zed"]
    assert c.profiles.store.get_profile("bob").offers == "mine"  # type: ignore[union-attr]


def test_two_organisers_importing_one_id_never_share_a_profile(
    c: Community, monkeypatch: pytest.MonkeyPatch
) -> None:
    theirs = "id,name,offers,needs,email\r\nbob,Bob Other,their text,y,other@example.org\r\n"
    meanwhile(monkeypatch, "Zed", lambda: c.events.import_csv("day", theirs, actor=ORG2))
    report = c.events.import_csv("night", FILE, actor=ORG, skip_invalid=True)
    assert report.written and report.ids("added") == ["zed"]
    assert [(p.value, p.reason) for p in report.problems] == [("bob", "taken")]
    bob = c.profiles.store.get_profile("bob")
    assert bob is not None and (bob.name, bob.email) == ("Bob Other", "other@example.org")
    assert [a.profile_id for a in c.events.events.attendees("night")] == ["zed"]
    assert [a.profile_id for a in c.events.events.attendees("day")] == ["bob"]


def test_the_same_file_imported_twice_at_once_adds_each_person_once(
    c: Community, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A double submit: the second import read the file before the first wrote it; its
    lines are then ``already`` (the event's attendees), nothing written twice."""
    first: list[Any] = []

    def the_first_import() -> None:
        if not first:  # the first import reads the file too: it runs the step once
            first.append(None)
            first.append(c.events.import_csv("night", FILE, actor=ORG))

    meanwhile(monkeypatch, "Zed", the_first_import)
    second = c.events.import_csv("night", FILE, actor=ORG)
    assert first[1].ids("added") == ["bob", "zed"]
    assert [x.outcome for x in second.lines] == ["already", "already"] and second.emailed == []
    assert sorted(a.profile_id for a in c.events.events.attendees("night")) == ["bob", "zed"]
