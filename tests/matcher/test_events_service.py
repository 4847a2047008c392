"""Event use cases: scores from the matcher, imports, statuses, permissions, re-planning, teams."""

from __future__ import annotations

import numpy as np
import pytest

from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.errors import InvalidInput, NotAllowed, NotAuthenticated, TooLong, UnknownEvent
from matcher.events import MAX_EVENT_NAME, EventService
from matcher.matching import match_score
from matcher.matching.model import SCORE_ANCHORS, filter_reason
from matcher.matching.ranking import rank_exact, score_matrix
from matcher.trust import TrustService
from tests.conftest import person

ANA, BOB, CYD = Actor("ana"), Actor("bob"), Actor("cyd")


@pytest.fixture
def events(community: Community) -> EventService:
    svc = community.events
    svc.create_event("night", "Demo night", actor=ANA)
    svc.add_attendees("night", ["ana", "bob", "cyd", "dan", "fay"], actor=ANA)
    return svc


@pytest.mark.parametrize("blank", [False, True])
def test_score_matrix_equals_the_suggestion_scores(community: Community, blank: bool) -> None:
    if blank:  # some wrote nothing about how they work: unknown, left out in both paths
        for pid in ("ana", "cyd"):
            community.profiles.update_profile(pid, {"values": ""}, actor=Actor(pid))
    state = community.matching._state()
    assert bool(blank) == (not state.table.values_known.all())
    table = state.table
    s, forbidden = score_matrix(
        table, community.matching.settings.weights, community.matching.settings.filters
    )
    ids = [p.id for p in table.profiles]
    checked = 0
    for a, viewer in enumerate(table.profiles):
        ranked = rank_exact(viewer, state.vectors[viewer.id], table, k=100)
        for r in ranked:
            assert s[a, r.row] == pytest.approx(r.score, abs=2e-6)
            checked += 1
        for b, cand in enumerate(table.profiles):
            reason = filter_reason(viewer, cand)
            if reason == "no common language":
                assert forbidden[a, b]
            elif reason is None:
                assert (not forbidden[a, b] and s[a, b] > 0) or s[a, b] == 0
    assert checked >= 4 and np.allclose(s, s.T)
    assert ids  # rows follow the table


def test_avoid_pairs_never_meet_and_scores_follow_the_matcher(
    community: Community, events: EventService
) -> None:
    community.trust.avoid("bob", "ana", actor=BOB)  # Bob avoids Ana: they must never meet
    plan = events.plan_rounds("night", rounds=4, actor=ANA, fairness=0)
    assert all(frozenset({"ana", "bob"}) not in r.pairs() for r in plan.rounds)
    assert plan.score <= plan.bound and plan.rounds[0].byes  # 5 people: one break per round


def test_import_csv_of_new_people(community: Community, events: EventService) -> None:
    header = "id,name,offers,needs,commitment\n"
    first = header + "zoe,Zoé,python code,sales\nyan,Yan,sales,python code\n"
    report = events.import_csv("night", first, actor=ANA)
    assert report.written and report.ids("added") == ["zoe", "yan"]
    assert community.profiles.store.get_profile("zoe").visibility.value == "event-only"
    # a line with an existing id is refused (an organiser never overwrites a profile), as is a
    # bad line and a repeated one; nothing of that import is written
    second = header + (
        "xia,Xia,code,sales\neve,Eve,code,sales\nwes,Wes,code,sales,weekends\nxia,Xia,a,b\n"
    )
    report = events.import_csv("night", second, actor=ANA)
    assert not report.written
    found = [(p.line, p.key, p.reason, p.same_as) for p in report.problems]
    assert found == [
        (3, "id", "taken", None),
        (4, "commitment", "invalid", None),
        (5, "id", "duplicate", 2),
    ]
    assert "a profile with the id 'eve' already exists" in report.problems[0].detail
    assert community.profiles.store.get_profile("xia") is None


def test_permissions(events: EventService) -> None:
    with pytest.raises(NotAuthenticated):
        events.get_event("night", actor=None)
    with pytest.raises(UnknownEvent, match="no event 'night' that you organise or attend"):
        events.get_event("night", actor=Actor("eve"))  # not an attendee: as if absent
    assert events.get_event("night", actor=BOB).attendees == ()  # attendees: name only
    with pytest.raises(NotAllowed, match="only the organiser"):
        events.plan_rounds("night", rounds=2, actor=BOB)
    with pytest.raises(NotAllowed, match="only the organiser"):
        events.stats("night", actor=BOB)
    events.plan_rounds("night", rounds=2, actor=ANA)
    assert len(events.agenda("night", "bob", actor=BOB)) == 2
    with pytest.raises(NotAllowed, match="only their own agenda"):
        events.agenda("night", "cyd", actor=BOB)
    assert events.agenda("night", "cyd", actor=ANA)  # the organiser sees everyone's
    assert events.agenda("night", "cyd", actor=ADMIN)


def test_replan_keeps_past_rounds_and_drops_no_shows(events: EventService) -> None:
    first = events.plan_rounds("night", rounds=4, actor=ANA)
    events.set_status("night", "dan", "no-show", since_round=3, actor=ANA)
    events.add_attendees("night", ["eve"], actor=ANA)
    events.set_status("night", "eve", "late", since_round=3, actor=ANA)
    again = events.plan_rounds("night", rounds=4, actor=ANA, from_round=3)
    stored = events.rounds("night", actor=ANA)
    assert stored[:2] == list(first.rounds[:2]) == list(again.rounds[:2])
    later = [{m for g in r.groups for m in g.members} | set(r.byes) for r in stored[2:]]
    assert all("dan" not in people and "eve" in people for people in later)
    with pytest.raises(Exception, match="cannot re-plan from round 6: 4 rounds are planned"):
        events.plan_rounds("night", rounds=8, actor=ANA, from_round=6)
    events.plan_rounds("night", rounds=1, actor=ANA)
    with pytest.raises(Exception, match="cannot re-plan from round 3: 1 round is planned"):
        events.plan_rounds("night", rounds=4, actor=ANA, from_round=3)


def test_agenda_explains_why(events: EventService) -> None:
    events.plan_rounds("night", rounds=4, actor=ANA)
    items = events.agenda("night", "ana", actor=ANA)
    meetings = [m for item in items for m in item.meetings]
    bob = next(m for m in meetings if m.with_id == "bob")
    assert bob.roles_they_bring == ("sales",) and bob.roles_i_bring == ("tech",)
    assert bob.meets_my_needs and bob.common_languages == ("en",)


def test_stats(events: EventService) -> None:
    events.plan_rounds("night", rounds=2, actor=ANA)
    st = events.stats("night", actor=ANA)
    assert st["attendees"] == 5 and st["rounds"] == 2 and st["meetings"] == 4
    assert st["worst_average"] <= st["average_score"]
    assert sum(st["byes"].values()) == 2 and 0 <= st["role_coverage"] <= 1
    assert st["plan"]["ratio_to_bound"] <= 1


#: three people whose pairs score these raw blends (20, 95 and 50 points by match_score)
# scores on the calibration's anchors: 20, 95 and 50 points
_AT = {points: score for score, points in SCORE_ANCHORS}
KNOWN = {
    frozenset(("ana", "bob")): _AT[20],
    frozenset(("ana", "cyd")): _AT[95],
    frozenset(("bob", "cyd")): _AT[50],
}


def test_stats_read_each_meeting_in_points_then_average(
    community: Community, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The organiser's figures are the suggestion cards' points and words: an attendee's
    average is the mean of their meetings' points (ana: 20 and 95 give 58, good), not the
    points of their average raw score (which would read 70)."""
    svc = community.events
    real = svc.matching.pair_scores

    def known(ids: list[str], *, trust: bool = False) -> object:
        profiles, vectors, _, _ = real(ids, trust=trust)
        s = [[KNOWN.get(frozenset((a.id, b.id)), 0.0) for b in profiles] for a in profiles]
        return profiles, vectors, np.array(s), set()

    monkeypatch.setattr(svc.matching, "pair_scores", known)
    svc.create_event("trio", actor=ANA)
    svc.add_attendees("trio", ["ana", "bob", "cyd"], actor=ANA)
    svc.plan_rounds("trio", rounds=3, actor=ANA, fairness=0)  # every pair meets once
    st = svc.stats("trio", actor=ANA)
    per = st["per_attendee"]
    assert match_score(_AT[20]).points == 20 and match_score(_AT[95]).points == 95
    assert match_score(_AT[50]).points == 50
    assert per["ana"]["average"] == pytest.approx((_AT[20] + _AT[95]) / 2)  # the raw blend
    assert match_score(per["ana"]["average"]).points == 70  # what the average would read
    assert (per["ana"]["average_points"], per["ana"]["average_band"]) == (58, "good")  # 57.5 up
    assert (per["bob"]["average_points"], per["bob"]["average_band"]) == (35, "possible")
    assert (per["cyd"]["average_points"], per["cyd"]["average_band"]) == (73, "good")  # not 78
    assert per["ana"]["worst_points"] == 20 and per["cyd"]["worst_points"] == 50
    # overall: the mean of the attendees' points (58, 35, 73), the lowest, the weakest meeting
    assert (st["average_points"], st["average_band"]) == (55, "good")
    assert (st["worst_average_points"], st["worst_average_band"]) == (35, "possible")
    assert (st["worst_meeting_points"], st["worst_meeting_band"]) == (20, "possible")
    means = [(_AT[20] + _AT[95]) / 2, (_AT[20] + _AT[50]) / 2, (_AT[95] + _AT[50]) / 2]
    assert st["average_score"] == pytest.approx(sum(means) / 3, abs=1e-6)


def test_stats_before_any_meeting_give_no_band(events: EventService) -> None:
    st = events.stats("night", actor=ANA)
    assert st["average_points"] == 0 and st["average_band"] is None
    assert st["worst_meeting_points"] == 0 and st["worst_meeting_band"] is None
    assert st["per_attendee"]["ana"]["average_band"] is None


def test_teams_keep_good_collaborators_together(community: Community) -> None:
    community.profiles.import_profiles(
        [person(f"t{i}", roles_offered="tech" if i % 2 else "sales") for i in range(8)]
    )
    svc = community.events
    svc.create_event("hack", actor=ANA)
    svc.add_attendees("hack", [f"t{i}" for i in range(8)], actor=ANA)
    trust = TrustService(community.db)
    c = trust.propose_collaboration("t0", "t2", "shop", "2024-01-01", rating=2, actor=Actor("t0"))
    trust.answer_collaboration(c.id, True, actor=Actor("t2"))
    trust.rate_collaboration(c.id, 2, actor=Actor("t2"))
    plan = svc.form_teams(
        "hack",
        size=4,
        actor=ANA,
        required_roles=["tech", "sales"],
        keep_collaborators=True,
        time_limit=5,
    )
    assert plan.kept_together == (("t0", "t2"),)
    team_of = {m: t.number for t in plan.teams for m in t.members}
    assert team_of["t0"] == team_of["t2"]
    assert all({"tech", "sales"} <= set(t.roles) for t in plan.teams)
    # person() seeks sales; every team has a seller, so no team member lacks one
    assert svc.stats("hack", actor=ANA)["team_unmet_needs"] == {}
    community.profiles.update_profile("t1", {"roles_sought": ["design"]}, actor=Actor("t1"))
    assert svc.stats("hack", actor=ANA)["team_unmet_needs"] == {"t1": ["design"]}
    assert [t.members for t in svc.teams("hack", actor=ANA)] == [t.members for t in plan.teams]


def test_erasing_a_profile_removes_it_from_events(
    community: Community, events: EventService
) -> None:
    events.plan_rounds("night", rounds=2, actor=ANA)
    community.profiles.delete_profile("cyd", actor=Actor("cyd"))
    assert "cyd" not in {a.profile_id for a in events.events.attendees("night")}
    assert all("cyd" not in g.members for r in events.rounds("night", actor=ANA) for g in r.groups)


def test_tables_of_three_and_trios(community: Community, events: EventService) -> None:
    tables = events.plan_rounds("night", rounds=1, actor=ANA, group_size=3)
    assert [sorted(len(g.members) for g in r.groups) for r in tables.rounds] == [[2, 3]]
    assert not tables.rounds[0].byes
    # 5 people, a table of 3 twice: no 3 of them are still strangers to each other
    with pytest.raises(InvalidInput, match="round 2: cannot seat every table"):
        events.plan_rounds("night", rounds=2, actor=ANA, group_size=3)
    trio = events.plan_rounds("night", rounds=2, actor=ANA, odd="trio")
    assert sorted(len(g.members) for g in trio.rounds[0].groups) == [2, 3]
    for r in trio.rounds:  # a trio when the odd one out has not met both of a pair yet
        assert len([m for g in r.groups for m in g.members]) + len(r.byes) == 5
        assert r.byes or sorted(len(g.members) for g in r.groups) == [2, 3]
    stored = events.rounds("night", actor=ANA)
    assert stored == list(trio.rounds)  # a new plan from round 1 replaces the old one


def test_planning_uses_trust_as_the_suggestions_do(community: Community) -> None:
    """Two sellers match two developers equally well on paper; the developer whose trusted
    collaborator worked well with one of the sellers meets that seller."""
    sell = {
        "offers": "sales customers",
        "needs": "python developer",
        "roles_offered": "sales",
        "roles_sought": "tech",
    }
    community.profiles.import_profiles(
        [person("t0"), person("t1"), person("s0", **sell), person("s1", **sell), person("x")]
    )
    svc = community.events
    svc.create_event("night2", actor=ANA)
    svc.add_attendees("night2", ["t0", "t1", "s0", "s1"], actor=ANA)
    plain = svc.plan_rounds("night2", rounds=1, actor=ANA)
    # the seller t0 did not meet on paper is the one x worked well with
    friend, other = (
        ("s0", "s1") if frozenset(("t0", "s1")) in plain.rounds[0].pairs() else ("s1", "s0")
    )
    trust = TrustService(community.db)
    community.trust = trust
    for a, b in (("t0", "x"), ("x", friend)):
        c = trust.propose_collaboration(a, b, "shop", "2024-01-01", rating=2, actor=Actor(a))
        trust.answer_collaboration(c.id, True, actor=Actor(b))
        trust.rate_collaboration(c.id, 2, actor=Actor(b))
    planned = svc.plan_rounds("night2", rounds=1, actor=ANA)
    assert frozenset(("t0", friend)) in planned.rounds[0].pairs()
    # agendas and statistics keep the plain match score, equal for both sellers
    ids = ["t0", friend, other]
    _, _, raw, _ = svc.matching.pair_scores(ids)
    _, _, blended, _ = svc.matching.pair_scores(ids, trust=True)
    assert raw[0, 1] == pytest.approx(raw[0, 2])
    assert blended[0, 1] > blended[0, 2]
    # the exports read that table as t0's suggestion card for the friend (the plain match),
    # not as the planner's blend, which stays the table's planning score
    table = next(g for g in planned.rounds[0].groups if set(g.members) == {"t0", friend})
    card = svc.matching.explain("t0", friend, actor=ADMIN).suggestion
    assert card is not None
    assert svc.table_matches("night2", actor=ANA)[1, table.table] == card.rating
    assert card.rating == match_score(raw[0, 1]) != match_score(blended[0, 1])
    assert table.score == pytest.approx(blended[0, 1], abs=1e-6)


def test_people_who_met_at_another_event_meet_someone_new(community: Community) -> None:
    svc = community.events
    people = ["ana", "bob", "cyd", "dan"]
    seen: set[frozenset[str]] = set()
    for number in (1, 2, 3):  # 4 people, 3 evenings of 1 round: 6 pairs, all different
        svc.create_event(f"e{number}", actor=ANA)
        svc.add_attendees(f"e{number}", people, actor=ANA)
        pairs = svc.plan_rounds(f"e{number}", rounds=1, actor=ANA, fairness=0).rounds[0].pairs()
        assert not pairs & seen
        seen |= pairs
    assert len(seen) == 6
    svc.create_event("e4", actor=ANA)  # nobody new is left: people still meet
    svc.add_attendees("e4", people, actor=ANA)
    assert len(svc.plan_rounds("e4", rounds=1, actor=ANA).rounds[0].pairs()) == 2


def test_an_event_name_past_the_limit_is_refused_not_cut(community: Community) -> None:
    """The name given beside the details was cut to 200 characters without a word; now it
    goes through the same rule as a name in the details: refused, with its length."""
    svc = community.events
    with pytest.raises(TooLong) as refused:
        svc.create_event("long", "n" * (MAX_EVENT_NAME + 1), actor=ANA)
    assert (refused.value.field, refused.value.length) == ("name", MAX_EVENT_NAME + 1)
    assert svc.events.get_event("long") is None
    named = svc.create_event("spaced", "  Demo   night ", actor=ANA)
    assert named.name == "Demo night"  # the same tidying as a name in the details
    assert svc.create_event("bare", actor=ANA).name == "bare"  # no name: its id


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_an_event_without_a_name_nor_an_id_is_refused_naming_the_name(
    community: Community, name: str
) -> None:
    """No id chosen and no name: the event would be shown by its random id (e-3fa9...), so
    the name is asked for; every shell (web, API, CLI) goes through this rule."""
    svc = community.events
    with pytest.raises(InvalidInput) as refused:
        svc.create_event(None, name, actor=ANA)
    assert refused.value.field == "name" and "Founders night" in str(refused.value)
    assert svc.my_events(actor=ANA) == []
    assert svc.create_event(None, "Founders night", actor=ANA).name == "Founders night"
    assert svc.create_event("chosen", name, actor=ANA).name == "chosen"  # a chosen id names it
    with pytest.raises(InvalidInput) as blank:  # nor can a name be changed into a blank one
        svc.update_event("chosen", {"name": name}, actor=ANA)
    assert blank.value.field == "name"
    assert svc.get_event("chosen", actor=ANA).event.name == "chosen"


def test_a_no_show_marked_while_a_plan_is_solved_is_not_overwritten(
    events: EventService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another organiser's device (another process) marks dan a no-show while a re-plan is
    being solved: the saved plan is solved again with it, and never seats dan."""
    import matcher.events.service as service

    events.plan_rounds("night", rounds=3, actor=ANA)
    real, calls = service.plan_rounds, []

    def solve_while_dan_goes(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:  # committed between the plan's reads and its save
            events.set_status("night", "dan", "no-show", since_round=1, actor=ANA)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(service, "plan_rounds", solve_while_dan_goes)
    plan = events.plan_rounds("night", rounds=3, actor=ANA)
    seated = [{m for g in r.groups for m in g.members} for r in events.rounds("night", actor=ANA)]
    assert all("dan" not in people for people in seated), seated
    assert list(plan.rounds) == events.rounds("night", actor=ANA) and len(calls) == 2


def test_required_roles_are_read_as_profiles_read_them(community: Community) -> None:
    """An organiser who types ``Tech, Sales`` (or tech twice) asks for tech and sales: a
    profile's roles are read without case, so the teams' are too (it was 'unknown role')."""
    community.profiles.import_profiles(
        [person(f"t{i}", roles_offered="Tech" if i % 2 else "sales") for i in range(4)]
    )
    svc = community.events
    svc.create_event("hack", actor=ANA)
    svc.add_attendees("hack", [f"t{i}" for i in range(4)], actor=ANA)
    plan = svc.form_teams(
        "hack", size=2, actor=ANA, required_roles=["Tech", " SALES ", "tech"], time_limit=2
    )
    assert plan.required_roles == ("tech", "sales")
    assert all({"tech", "sales"} <= set(t.roles) for t in plan.teams)
    with pytest.raises(InvalidInput, match="unknown role 'wizard'"):
        svc.form_teams("hack", size=2, actor=ANA, required_roles=["wizard"])


def test_a_no_show_takes_their_role_away_from_their_team(community: Community) -> None:
    """Teams of 3 with one tech person each: when one of them is a no-show and no other team
    can spare a tech (each has one), their team says it now has nobody for tech (to the
    organiser, to their teammates and in the statistics); it kept saying tech was covered.
    The calm re-plan of the teams took them out of the team and moved nobody else."""
    community.profiles.import_profiles(
        [person(f"t{i}", roles_offered="tech" if i < 2 else "sales") for i in range(6)]
    )
    svc = community.events
    svc.create_event("hack", actor=ANA)
    svc.add_attendees("hack", [f"t{i}" for i in range(6)], actor=ANA)
    plan = svc.form_teams("hack", size=3, actor=ANA, required_roles=["tech"], time_limit=2)
    assert all(t.missing_roles == () for t in plan.teams)
    number = next(t.number for t in plan.teams if "t0" in t.members)
    mate = next(m for t in plan.teams if t.number == number for m in t.members if m != "t0")
    marked = svc.mark("hack", "t0", "no-show", actor=ANA)
    assert marked.team_change is not None
    assert [(m.person, m.why) for m in marked.team_change.moves] == [("t0", "gone")]
    missing = {t.number: t.missing_roles for t in svc.teams("hack", actor=ANA)}
    assert missing[number] == ("tech",) and sum(map(bool, missing.values())) == 1
    mine = svc.team_of("hack", mate, actor=Actor(mate))
    assert mine is not None and mine.missing_roles == ("tech",)
    # the statistics say it too: a teammate who seeks tech has nobody for it now
    community.profiles.update_profile(mate, {"roles_sought": ["tech"]}, actor=Actor(mate))
    stats = svc.stats("hack", actor=ANA)
    assert stats["teams"]["missing_roles"][str(number)] == ["tech"]
    assert stats["team_unmet_needs"] == {mate: ["tech"]}
    back = svc.mark("hack", "t0", "present", actor=ANA)  # back: they rejoin the team lacking tech
    assert back.team_change is not None
    assert [(m.person, m.to_team) for m in back.team_change.moves] == [("t0", number)]
    assert all(t.missing_roles == () for t in svc.teams("hack", actor=ANA))


def test_a_french_hackathon_file_gives_its_roles_in_french(community: Community) -> None:
    """A French organiser's file names its roles column "rôles" and writes the roles as
    the French pages name them ("Technique", "Ventes", "Opérations"): the column was ignored
    (so nobody offered a role, and no team could require one) and the words were unknown
    roles. The team form takes the same words."""
    svc = community.events
    svc.create_event("hack", actor=ANA)
    rows = [
        ("Zoé", "Technique"),
        ("Élodie", "ventes, Opérations"),
        ("José", "TECH"),
        ("Yan", "Vente"),
    ]
    data = "nom;offre;besoins;rôles;rôles recherchés\n" + "".join(
        f"{name};python code;sales;{roles};Expertise métier\n" for name, roles in rows
    )
    report = svc.import_csv("hack", data, actor=ANA)
    assert report.written and not report.problems
    offered = {
        p.name: [r.value for r in p.roles_offered]
        for p in community.profiles.store.profiles(report.ids("added"))
    }
    assert offered == {
        "Zoé": ["tech"],
        "Élodie": ["sales", "operations"],
        "José": ["tech"],
        "Yan": ["sales"],
    }
    sought = {p.roles_sought for p in community.profiles.store.profiles(report.ids("added"))}
    assert [[r.value for r in s] for s in sought] == [["domain"]]
    plan = svc.form_teams(
        "hack", size=2, actor=ANA, required_roles=["technique", "Ventes"], time_limit=2
    )
    assert plan.required_roles == ("tech", "sales")
    assert all(not t.missing_roles for t in plan.teams)
