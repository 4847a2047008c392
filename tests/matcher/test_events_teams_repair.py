"""The calm re-plan of hackathon teams through the service: a no-show or a late arrival after
the teams were formed moves as few people as possible, is stored and shown to those concerned
only; the organiser alone reads the changes; a no-show met nobody of their team."""

from __future__ import annotations

import pytest

from matcher.access import Actor
from matcher.community import Community
from matcher.errors import InvalidInput, NotAllowed, UnknownEvent
from matcher.events import EventService
from tests.conftest import person

ORG = Actor("org")
PEOPLE = [f"p{i}" for i in range(9)]
TECH = {"p0", "p1", "p2", "p3"}  # four techs for three teams: one team has two


@pytest.fixture
def hack(community: Community) -> EventService:
    community.profiles.import_profiles(
        [person("org")]
        + [person(p, roles_offered="tech" if p in TECH else "sales") for p in PEOPLE]
    )
    svc = community.events
    svc.create_event("hack", actor=ORG)
    svc.add_attendees("hack", PEOPLE, actor=ORG)
    svc.form_teams("hack", size=3, actor=ORG, required_roles=["tech"], time_limit=2)
    return svc


def _invited(community: Community, venture_id: str) -> set[str]:
    return {
        p
        for p in PEOPLE
        if any(i.venture.id == venture_id for i in community.equity.invitations(p, actor=Actor(p)))
    }


def _teams(svc: EventService) -> dict[int, set[str]]:
    return {t.number: set(t.members) for t in svc.teams("hack", actor=ORG)}


def test_a_lone_tech_no_show_is_replaced_by_one_person(hack: EventService) -> None:
    before = _teams(hack)
    lone = next(  # a tech who is the only one of their team
        p for t in before.values() for p in t if p in TECH and len(t & TECH) == 1
    )
    number = next(n for n, t in before.items() if lone in t)
    version = hack.get_event("hack", actor=ORG).event.version
    marked = hack.mark("hack", lone, "absent", actor=ORG)
    change = marked.team_change
    assert change is not None and change.cause == "absent"
    after = _teams(hack)
    moved = [m for m in change.moves if m.why != "gone"]
    assert len(moved) == 1 and moved[0].to_team == number and moved[0].why == "role"
    assert moved[0].person in TECH
    assert all(not t.missing_roles for t in hack.teams("hack", actor=ORG))
    assert lone not in set().union(*after.values())
    # everyone else kept their team
    changed = {p for n, t in after.items() for p in t if p not in before[n]}
    assert changed == {moved[0].person}
    assert hack.get_event("hack", actor=ORG).event.version == version + 1
    assert hack.team_changes("hack", actor=ORG) == [change]
    # those concerned see it in their team; a member of an untouched team does not
    donor = moved[0].from_team
    untouched = next(n for n in after if n not in (number, donor))
    for p in after[number] | after[donor]:
        mine = hack.team_of("hack", p, actor=Actor(p))
        assert mine is not None and mine.changes == (change,)
    calm = next(iter(after[untouched]))
    mine = hack.team_of("hack", calm, actor=Actor(calm))
    assert mine is not None and mine.changes == ()


def test_a_late_arrival_joins_one_team_and_nobody_moves(
    community: Community, hack: EventService
) -> None:
    before = _teams(hack)
    community.profiles.import_profiles([person("late", roles_offered="design")])
    hack.add_attendees("hack", ["late"], actor=ORG)
    marked = hack.mark("hack", "late", "checked-in", actor=ORG)
    change = marked.team_change
    assert change is not None
    assert [(m.person, m.from_team, m.why) for m in change.moves] == [("late", 0, "arrived")]
    after = _teams(hack)
    for n, members in before.items():
        assert members <= after[n]
    mine = hack.team_of("hack", "late", actor=Actor("late"))
    assert mine is not None and mine.changes == (change,)
    # marking them again changes nothing more
    assert hack.mark("hack", "late", "checked-in", actor=ORG).team_change is None


def test_only_the_organiser_reads_the_team_changes(hack: EventService) -> None:
    hack.mark("hack", "p0", "absent", actor=ORG)
    with pytest.raises(NotAllowed):
        hack.team_changes("hack", actor=Actor("p1"))
    with pytest.raises(NotAllowed):
        hack.mark("hack", "p1", "absent", actor=Actor("p1"))
    hack.create_event("other", actor=Actor("p5"))
    with pytest.raises(UnknownEvent):  # another event's: as if it did not exist
        hack.team_changes("other", actor=Actor("p1"))
    with pytest.raises(NotAllowed):  # someone else's team
        hack.team_of("hack", "p2", actor=Actor("p1"))


def test_a_no_show_met_nobody_of_their_team(community: Community, hack: EventService) -> None:
    """Teams stored with a no-show still in them (marked before the teams were mended on
    the day): the no-show was counted as having met their teammates (feedback about them
    was taken) and was invited to the team's venture."""
    team = next(iter(_teams(hack).values()))
    away, *rest = sorted(team)
    with community.db.transaction():  # as before the calm re-plan of teams existed
        hack.events.set_status("hack", away, "no-show", 1)
    assert not community.feedback._met_at_event("hack", rest[0], away)
    assert community.feedback._met_at_event("hack", rest[0], rest[1])
    mine = hack.team_of("hack", rest[0], actor=Actor(rest[0]))
    assert mine is not None and away not in {m.id for m in mine.members}
    venture, _ = community.loop.venture_from_team(
        "hack", mine.number, None, "Team venture", actor=Actor(rest[0])
    )
    assert _invited(community, venture.id) == set(rest[1:])


def test_someone_who_left_met_their_team(community: Community, hack: EventService) -> None:
    """Checked in, then gone mid-hackathon: the repair takes them out of their team, but
    they met it (feedback, the report, the team's venture, whom they met); whoever
    replaced them did not meet them; a no-show still met nobody."""
    for p in PEOPLE:
        hack.mark("hack", p, "checked-in", actor=ORG)
    before = _teams(hack)
    lone = next(p for t in before.values() for p in t if p in TECH and len(t & TECH) == 1)
    number = next(n for n, t in before.items() if lone in t)
    mates = sorted(before[number] - {lone})
    change = hack.mark("hack", lone, "left", actor=ORG).team_change
    assert change is not None
    (incoming,) = [m.person for m in change.moves if m.to_team == number]
    assert lone not in set().union(*_teams(hack).values())
    feedback = community.feedback
    assert feedback._met_at_event("hack", mates[0], lone)
    assert feedback._met_at_event("hack", lone, mates[1])
    assert not feedback._met_at_event("hack", incoming, lone)  # came after they left
    # the one who moved met their first team too
    donor = next(m.from_team for m in change.moves if m.person == incoming)
    assert all(feedback._met_at_event("hack", incoming, p) for p in before[donor] - {incoming})
    assert {m.id for m in hack.met_in_teams("hack", actor=Actor(lone))} == set(mates)
    assert lone in {m.id for m in hack.met_in_teams("hack", actor=Actor(mates[0]))}
    venture, _ = community.loop.venture_from_team(
        "hack", number, None, "Team venture", actor=Actor(mates[0])
    )
    assert _invited(community, venture.id) == {lone, incoming, *mates[1:]}
    # a no-show in another team still met nobody, and is invited to nothing
    other = next(n for n in _teams(hack) if n not in (number, donor))
    away, *rest = sorted(_teams(hack)[other])
    hack.mark("hack", away, "absent", actor=ORG)
    assert not feedback._met_at_event("hack", rest[0], away)
    assert away not in {m.id for m in hack.met_in_teams("hack", actor=Actor(rest[0]))}
    assert not hack.met_in_teams("hack", actor=Actor(away))
    with pytest.raises(InvalidInput):
        community.loop.venture_from_team("hack", other, None, "Nope", actor=Actor(away))
    report = community.loop.event_report("hack", actor=ORG)
    assert report.came == len(PEOPLE)  # checked in, the one who left included


def test_a_no_show_moved_before_being_marked_met_nobody(
    community: Community, hack: EventService
) -> None:
    """Moved to another team to give it a role before anyone knew they would not come,
    then marked absent: they met neither team."""
    before = _teams(hack)
    lone = next(p for t in before.values() for p in t if p in TECH and len(t & TECH) == 1)
    change = hack.mark("hack", lone, "absent", actor=ORG).team_change
    assert change is not None
    (incoming,) = [m.person for m in change.moves if m.why == "role"]
    donor = next(m.from_team for m in change.moves if m.person == incoming)
    hack.mark("hack", incoming, "absent", actor=ORG)
    feedback = community.feedback
    assert not any(feedback._met_at_event("hack", incoming, p) for p in PEOPLE)
    assert not any(feedback._met_at_event("hack", lone, p) for p in PEOPLE)
    rest = sorted(before[donor] - {incoming})
    assert feedback._met_at_event("hack", rest[0], rest[1])


def test_the_team_venture_invites_nobody_who_avoids_its_starter(
    community: Community, hack: EventService
) -> None:
    """After the hackathon a teammate puts the starter on their avoid list (or the other
    way round): the team's venture invited them all the same."""
    team = next(iter(_teams(hack).values()))
    starter, shy, keen = sorted(team)
    community.trust.avoid(shy, starter, actor=Actor(shy))
    number = next(n for n, t in _teams(hack).items() if starter in t)
    venture, _ = community.loop.venture_from_team(
        "hack", number, None, "Team venture", actor=Actor(starter)
    )
    assert _invited(community, venture.id) == {keen}
    community.trust.unavoid(shy, starter, actor=Actor(shy))
    community.trust.avoid(starter, keen, actor=Actor(starter))
    venture, _ = community.loop.venture_from_team(
        "hack", number, None, "Team venture 2", actor=Actor(starter)
    )
    assert _invited(community, venture.id) == {shy}


def test_a_stranger_with_the_link_joins_no_team_until_checked_in(
    community: Community, hack: EventService
) -> None:
    """Someone who joins by the invitation link after the teams were formed (the link
    passed around) was placed in a team at the organiser's next mark of anyone, without
    having come: named to their teammates, able to say 'again' about them."""
    community.profiles.import_profiles([person("stranger", roles_offered="tech")])
    code = hack.invitation("hack", actor=ORG)
    hack.join(code, "going", actor=Actor("stranger"))
    hack.mark("hack", "p8", "checked-in", actor=ORG)  # the day goes on
    hack.mark("hack", "p0", "absent", actor=ORG)
    assert "stranger" not in set().union(*_teams(hack).values())
    assert hack.team_of("hack", "stranger", actor=Actor("stranger")) is None
    assert not any(community.feedback._met_at_event("hack", "stranger", p) for p in PEOPLE)
    # once they are really there, they join one
    change = hack.mark("hack", "stranger", "checked-in", actor=ORG).team_change
    assert change is not None and ("stranger", 0) in {(m.person, m.from_team) for m in change.moves}


def test_an_attendee_who_declines_leaves_their_team_at_once(hack: EventService) -> None:
    """Their own 'declined' answer, after the teams were formed, left the team as it was
    (a member who will not come) until the organiser marked someone."""
    before = _teams(hack)
    lone = next(p for t in before.values() for p in t if p in TECH and len(t & TECH) == 1)
    hack.rsvp("hack", "declined", actor=Actor(lone))
    assert lone not in set().union(*_teams(hack).values())
    assert all(not t.missing_roles for t in hack.teams("hack", actor=ORG))
    (change,) = hack.team_changes("hack", actor=ORG)
    assert change.cause == "declined"


def _a_day_of_changes(hack: EventService) -> tuple[str, str, list[str], str, list[str]]:
    """Everyone checked in; a lone tech leaves (someone moves in from another team); a member
    of a third team is then marked absent. Returns (leaver, incoming, the leaver's mates,
    the no-show, the no-show's teammates)."""
    for p in PEOPLE:
        hack.mark("hack", p, "checked-in", actor=ORG)
    before = _teams(hack)
    lone = next(p for t in before.values() for p in t if p in TECH and len(t & TECH) == 1)
    number = next(n for n, t in before.items() if lone in t)
    change = hack.mark("hack", lone, "left", actor=ORG).team_change
    assert change is not None
    (incoming,) = [m.person for m in change.moves if m.to_team == number]
    donor = next(m.from_team for m in change.moves if m.person == incoming)
    other = next(n for n in _teams(hack) if n not in (number, donor))
    away, *rest = sorted(_teams(hack)[other])
    hack.mark("hack", away, "absent", actor=ORG)
    return lone, incoming, sorted(before[number] - {lone}), away, rest


def test_planning_another_event_counts_who_met_in_teams_by_the_one_rule(
    hack: EventService,
) -> None:
    """Planning the next event lowers the pairs who already met at this one: who met whom
    in its teams is :func:`teams_met`'s answer (the leaver met their team, the one who moved
    met both teams, a no-show nobody), not the teams as stored at the end of the day."""
    lone, incoming, mates, away, rest = _a_day_of_changes(hack)
    hack.create_event("next", actor=ORG)
    met = hack.events.met_elsewhere("next", PEOPLE, now=hack.clock())
    assert met == hack.events.teams_met("hack").all_pairs()
    assert frozenset((lone, mates[0])) in met  # left after working with them
    assert frozenset((incoming, lone)) not in met  # came after the leaver went
    assert not any(away in pair for pair in met)  # never came
    assert frozenset((rest[0], rest[1])) in met


def test_forming_the_teams_again_keeps_who_met_in_the_teams_before(
    community: Community, hack: EventService
) -> None:
    """Mid-hackathon the organiser forms the teams again: the new teams take effect, and the
    day before them still counts (the leaver met their team, the one who moved met both,
    the no-show nobody) for feedback, whom one met, the report and planning elsewhere."""
    lone, incoming, mates, away, rest = _a_day_of_changes(hack)
    met_before = hack.events.teams_met("hack").all_pairs()
    hack.form_teams("hack", size=3, actor=ORG, required_roles=["tech"], time_limit=2)
    assert hack.team_changes("hack", actor=ORG) == []  # the new teams' own changes: none yet
    met = hack.events.teams_met("hack")
    now = {frozenset(pair) for t in _teams(hack).values() for pair in _pairs(t)}
    assert met.all_pairs() == met_before | now
    feedback = community.feedback
    assert feedback._met_at_event("hack", lone, mates[0])
    assert not feedback._met_at_event("hack", incoming, lone)
    assert not any(feedback._met_at_event("hack", away, p) for p in rest)
    assert set(mates) <= {m.id for m in hack.met_in_teams("hack", actor=Actor(lone))}
    report = community.loop.event_report("hack", actor=ORG)
    assert report.came == len(PEOPLE)
    hack.create_event("next", actor=ORG)
    assert frozenset((lone, mates[0])) in hack.events.met_elsewhere(
        "next", PEOPLE, now=hack.clock()
    )
    # forming them once more keeps both days before
    hack.form_teams("hack", size=3, actor=ORG, required_roles=["tech"], time_limit=2)
    assert hack.events.teams_met("hack").all_pairs() >= met_before | now


def test_who_left_a_team_formed_again_starts_its_venture_from_their_day(
    community: Community, hack: EventService
) -> None:
    """Someone left mid-hackathon, then the organiser formed the teams again: their day
    page still shows the team they worked with (those they met in it, whichever teams
    now), and its venture invites those people; a member who stayed sees the first team
    they worked in beside their team now."""
    lone, incoming, mates, _, _ = _a_day_of_changes(hack)
    hack.form_teams("hack", size=3, actor=ORG, required_roles=["tech"], time_limit=2)
    day = hack.my_day("hack", actor=Actor(lone))
    assert day.team is None
    (former,) = day.worked_with
    assert former.formation == 1
    assert {m.id for m in former.members} == {lone, *mates}
    venture, _ = community.loop.venture_from_team(
        "hack", former.number, None, "Old team", actor=Actor(lone), formation=former.formation
    )
    assert _invited(community, venture.id) == set(mates)
    # a member of that team: their team now, and the first one (the leaver, and whoever
    # came in their place)
    stayer = hack.my_day("hack", actor=Actor(mates[0]))
    assert stayer.team is not None
    earlier = [t for t in stayer.worked_with if t.formation == 1]
    assert [{m.id for m in t.members} for t in earlier] == [{lone, incoming, *mates}]
    with pytest.raises(InvalidInput, match="formation") as refused:
        community.loop.venture_from_team(
            "hack", former.number, None, "Nope", actor=Actor(lone), formation=3
        )
    assert refused.value.field == "formation"


def test_teams_formed_again_before_anyone_came_met_nobody(hack: EventService) -> None:
    """Formed again before the day began (nobody checked in): the first teams never met."""
    hack.mark("hack", "p0", "absent", actor=ORG)  # a change before the day: still nobody met
    hack.form_teams("hack", size=3, actor=ORG, time_limit=2)
    now = {frozenset(pair) for t in _teams(hack).values() for pair in _pairs(t)}
    assert hack.events.teams_met("hack").all_pairs() == now
    assert "earlier" not in (hack.events.summary("hack", "teams") or {})


def _pairs(team: set[str]) -> list[tuple[str, str]]:
    people = sorted(team)
    return [(a, b) for i, a in enumerate(people) for b in people[i + 1 :]]
