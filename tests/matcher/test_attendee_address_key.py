"""Two spellings of one address in an attendee file are one attendee (``address_key``).

An organiser's import told duplicates apart, and made the id of a line without one, by the
address in lower case (``str.lower``): ``Élise@exemple.fr`` typed with a composed ``É`` and
``ÉLISE@exemple.fr`` typed with ``E`` and a combining accent (as some keyboards and
spreadsheets on macOS write it) were two people: two profiles, two invitations to one
mailbox, and an id that changed with the spelling (the same file, saved again, invited her
again). The project's one rule for addresses (:func:`matcher.addresses.address_key`: NFC,
then lower case) is now used there too.
"""

from __future__ import annotations

import datetime as dt

from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.community import Community
from matcher.events import import_id
from tests.events_day import DAY, Clock

ORG = Actor("org")
COMPOSED = "\u00c9lise@exemple.fr"  # É, one code point
DECOMPOSED = "E\u0301LISE@exemple.fr"  # E and a combining acute accent, upper case


def community() -> Community:
    clock = Clock(dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC))
    c = Community(":memory:", FakeEncoder(dim=32), clock=clock)
    c.profiles.import_profiles([{"id": "org", "name": "Olga", "offers": "events", "needs": "x"}])
    c.events.create_event("night", "Founders night", actor=ORG, details=DAY)
    return c


def test_the_made_id_is_the_same_for_both_spellings() -> None:
    assert import_id("night", "Élise Martin", COMPOSED) == import_id(
        "night", "Élise Martin", DECOMPOSED
    )


def test_two_spellings_in_one_file_are_one_person() -> None:
    c = community()
    both = f"name;email;offers;needs\nÉlise Martin;{COMPOSED};code;sales\nÉlise M;{DECOMPOSED};code;sales\n"
    report = c.events.import_csv("night", both, actor=ORG, skip_invalid=True)
    assert [x.outcome for x in report.lines] == ["added", "rejected"]
    (problem,) = report.lines[1].problems
    assert problem.reason == "duplicate" and problem.same_as == 2


def test_the_same_person_imported_again_in_another_spelling_is_already_there() -> None:
    c = community()
    first = c.events.import_csv(
        "night", f"name;email;offers;needs\nÉlise Martin;{COMPOSED};code;sales\n", actor=ORG
    )
    again = c.events.import_csv(
        "night", f"name;email;offers;needs\nÉlise Martin;{DECOMPOSED};code;sales\n", actor=ORG
    )
    assert [x.outcome for x in again.lines] == ["already"]
    assert again.lines[0].id == first.lines[0].id
    assert len(c.events.events.attendees("night")) == 1
