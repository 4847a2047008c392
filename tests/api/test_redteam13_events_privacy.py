"""A stranger with the invitation link does not read the profiles of people who never
answered.

The organiser imports a file of registrations: each line becomes an ``event-only`` profile,
invited, which nobody but people who share an event with it may see. The invitation link is
made to be passed around (an e-mail, a chat, a slide); anyone signed in who opens it and
answers "maybe" became an attendee, and so shared the event with everyone in the file: they
listed every imported person's profile (``GET /profiles``: name, what they offer and look
for, roles, languages), though none of those people had answered or come. Now an
event-only profile is shown to the event's other attendees once its person answered the
invitation (coming or maybe) or checked in; before that, only to the organiser and to the
people the plan seats them with (a table of a round, a team), whose agendas name them.
"""

from __future__ import annotations

import pytest

from matcher.access import Actor
from matcher.community import Community
from matcher.errors import UnknownProfile
from tests.apps import client_over
from tests.conftest import person
from tests.events_day import ORG, Clock

FILE = "name,email,offers,needs\nZoe Secret,zoe@example.org,python code,sales deals\n"


def _imported(day: Community) -> str:
    """Zoe imported (event-only, invited), and mal, a member, joined by the link."""
    (line,) = day.events.import_csv("night", FILE, actor=ORG).lines
    assert line.id is not None
    day.profiles.import_profiles([person("mal", visibility="members")])
    code = day.events.invitation("night", actor=ORG)
    day.events.join(code, "maybe", actor=Actor("mal"))
    return line.id


def sees(day: Community, viewer: str, pid: str) -> bool:
    try:
        day.profiles.get_profile(pid, actor=Actor(viewer))
    except UnknownProfile:
        return False
    return True


def test_who_joins_by_the_link_does_not_see_who_never_answered(day: Community) -> None:
    zoe = _imported(day)
    assert not sees(day, "mal", zoe)
    assert not sees(day, "p01", zoe)  # nor does an attendee the organiser added
    listed = day.profiles.list_profiles(actor=Actor("mal"), limit=200).profiles
    assert zoe not in {p.id for p in listed}
    assert sees(day, "p00", zoe)  # the organiser does
    token = day.security.create_token("mal")
    client = client_over(day)
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get(f"/profiles/{zoe}", headers=headers).status_code == 404
    assert "Zoe Secret" not in client.get("/profiles?limit=200", headers=headers).text


@pytest.mark.parametrize("how", ["going", "maybe", "checked-in"])
def test_once_they_answer_or_check_in_the_attendees_see_them(
    day: Community, day_clock: Clock, how: str
) -> None:
    zoe = _imported(day)
    day_clock.paris(17, 0)  # check-in opens on the event's day
    day.events.mark("night", zoe, how, actor=ORG)
    assert sees(day, "mal", zoe) and sees(day, "p01", zoe)
    day.events.mark("night", zoe, "invited", actor=ORG)  # the organiser undoes it
    assert not sees(day, "mal", zoe)


def test_whom_the_plan_seats_them_with_sees_them(day: Community) -> None:
    zoe = _imported(day)
    # a small evening of their own: the two of them, one round
    day.events.create_event("duo", "Duo", actor=ORG)
    day.events.add_attendees("duo", ["mal"], actor=ORG)
    day.events.add_attendees("duo", [zoe], actor=ORG)
    assert not sees(day, "mal", zoe)
    day.events.plan_rounds("duo", rounds=1, actor=ORG)
    assert sees(day, "mal", zoe)
    (item,) = day.events.agenda("duo", "mal", actor=Actor("mal"))
    assert [m.with_name for m in item.meetings] == ["Zoe Secret"]


def test_a_team_shows_its_members_to_each_other(day: Community) -> None:
    zoe = _imported(day)
    day.events.create_event("pair", "Pair", actor=ORG)
    day.events.add_attendees("pair", ["mal", zoe], actor=ORG)
    assert not sees(day, "mal", zoe)
    day.events.form_teams("pair", size=2, actor=ORG, time_limit=1.0)
    assert sees(day, "mal", zoe)
