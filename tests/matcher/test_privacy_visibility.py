"""Consent and visibility, as a property: random settings over a small community, every path checked.

For random visibility (public, members, event-only, private) and consent of six
people, random avoid lists, collaborations and endorsements, no viewer (anonymous,
each member, an admin) is ever shown someone they may not see, and nobody is put
forward (suggested, offered as a connector, listed as trusted) without consent, in
lists, profile reads, suggestions, trust lists, intro paths, endorsements and
exports, at the service and through HTTP. For events: a random organiser and attendees
(hidden ones refused to the organiser as if absent, then added by an admin), planned
rounds and later visibility changes; each attendee's agenda, the organiser's plan,
cards, agendas and statistics, and every export name only people the reader may see
(event-only people: the organiser and co-attendees).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.schemas_privacy import ExportPublic
from embeddings.encoder import FakeEncoder
from matcher.access import ADMIN, Actor, can_see, put_forward
from matcher.community import Community
from matcher.equity import EquityService
from matcher.errors import UnknownProfile
from matcher.events import agenda_html, agenda_json, cards_html, plan_csv, plan_json
from matcher.privacy import PrivacyService
from matcher.profiles import Profile, Visibility
from matcher.trust import TrustService
from tests.apps import client_over
from tests.conftest import person
from tests.stores import AnyStore

IDS = [f"p{i}" for i in range(6)]


def name_of(pid: str) -> str:
    """A unique string in each profile's name and offers: a hidden person's text must not show."""
    return f"NAME{pid.upper()}CANARY"


def raw(pid: str, visibility: str, consent: bool) -> dict[str, object]:
    tech = int(pid[1:]) % 2 == 0
    return person(
        pid,
        name=name_of(pid),
        offers=("python developer backend code " if tech else "sales customers ") + name_of(pid),
        needs="sales customers" if tech else "python developer backend code",
        roles_offered="tech" if tech else "sales",
        roles_sought="sales" if tech else "tech",
        visibility=visibility,
        consent="true" if consent else "false",
    )


pairs = st.tuples(st.sampled_from(IDS), st.sampled_from(IDS)).filter(lambda p: p[0] != p[1])
worlds = st.fixed_dictionaries(
    {
        "visibility": st.lists(st.sampled_from(list(Visibility)), min_size=6, max_size=6),
        "consent": st.lists(st.booleans(), min_size=6, max_size=6),
        "avoids": st.lists(pairs, max_size=4, unique=True),
        "collabs": st.lists(pairs, max_size=7, unique_by=lambda p: frozenset(p)),
        "endorsements": st.lists(pairs, max_size=5, unique=True),
    }
)


def build(world: dict[str, list]) -> tuple[Community, TrustService, PrivacyService]:  # type: ignore[type-arg]
    service = Community(":memory:", FakeEncoder(dim=64))
    trust = TrustService(service.db)
    service.trust = trust
    rows = [
        raw(pid, v.value, c)
        for pid, v, c in zip(IDS, world["visibility"], world["consent"], strict=True)
    ]
    service.profiles.import_profiles(rows)
    for a, b in world["avoids"]:
        service.trust.avoid(a, b, actor=ADMIN)
    for a, b in world["collabs"]:
        c = trust.propose_collaboration(a, b, "p", "2024-01-01", actor=ADMIN)
        trust.answer_collaboration(c.id, True, actor=ADMIN)
        trust.rate_collaboration(c.id, 2, actor=Actor(a))
        trust.rate_collaboration(c.id, 2, actor=Actor(b))
    for a, b in world["endorsements"]:
        trust.endorse(a, b, "python", actor=ADMIN)
    privacy = PrivacyService(service, trust, EquityService(service.db), vacuum=False)
    return service, trust, privacy


def others_hidden_from(viewer: str | None, people: dict[str, Profile], *, admin: bool) -> list[str]:
    return [pid for pid, p in people.items() if not can_see(p, viewer, admin=admin)]


@settings(max_examples=30)
@given(worlds)
def test_nobody_is_shown_to_someone_not_allowed(world: dict[str, list]) -> None:  # type: ignore[type-arg]
    service, trust, privacy = build(world)
    store = AnyStore(service.db)
    people = {p.id: p for p in store.profiles()}
    viewers: list[tuple[str | None, Actor | None]] = [(None, None), (None, ADMIN)]
    viewers += [(pid, Actor(pid)) for pid in IDS]
    for viewer, actor in viewers:
        admin = actor is not None and actor.is_admin
        allowed = {pid for pid, p in people.items() if can_see(p, viewer, admin=admin)}
        # lists and reads
        assert {
            p.id for p in service.profiles.list_profiles(actor=actor, limit=200).profiles
        } == allowed
        for pid in IDS:
            if pid in allowed:
                assert service.profiles.get_profile(pid, actor=actor).id == pid
            else:
                with pytest.raises(UnknownProfile):
                    service.profiles.get_profile(pid, actor=actor)
        if viewer is None:
            continue
        assert actor is not None
        avoided = store.avoided_either_way(viewer)
        # suggestions: only people who consent and may be seen, never an avoided one
        for s in service.matching.suggest(viewer, k=10, actor=actor):
            cand = people[s.candidate]
            assert put_forward(cand) and can_see(cand, viewer), s.candidate
            assert s.candidate not in avoided and s.candidate != viewer
            for hop in s.intro_path[1:-1]:
                assert put_forward(people[hop]), (s.intro_path, hop)
                assert hop not in avoided and hop not in store.avoided_either_way(s.candidate)
        # trust list
        for pid, _ in trust.trust_for(viewer, k=10, actor=actor):
            assert put_forward(people[pid]) and pid not in store.avoid_list(viewer), pid
        # intro paths, endorsements: hidden people are unknown; connectors are put forward
        for other in IDS:
            if other == viewer:
                continue
            if other not in allowed:
                with pytest.raises(UnknownProfile):
                    trust.intro_paths(viewer, other, actor=actor)
                with pytest.raises(UnknownProfile):
                    trust.endorsements(other, actor=actor)
                continue
            for path in trust.intro_paths(viewer, other, actor=actor):
                for hop in path.connectors:
                    assert put_forward(people[hop]) and can_see(people[hop], viewer), hop
                    assert hop not in avoided and hop not in store.avoided_either_way(other)
            for e in trust.endorsements(other, actor=actor):
                assert can_see(people[e.endorser], viewer), e
        # export: my data only; nobody else's text, hidden endorsers left out
        export = privacy.export(viewer, actor=actor)
        text = json.dumps(ExportPublic.of(export).model_dump(mode="json"))
        assert name_of(viewer) in text
        for pid in IDS:
            if pid != viewer:
                assert name_of(pid) not in text, (viewer, pid)
        for e in export.endorsements_received:
            assert can_see(people[e.endorser], viewer)


@settings(max_examples=10)
@given(worlds)
def test_http_never_shows_a_hidden_or_non_consenting_profile(world: dict[str, list]) -> None:  # type: ignore[type-arg]
    service, _, _ = build(world)
    client = client_over(service)
    people = {p.id: p for p in service.profiles.store.profiles()}
    text = client.get("/profiles", params={"limit": 200}).text
    for pid in others_hidden_from(None, people, admin=False):
        assert name_of(pid) not in text and f'"{pid}"' not in text
    for viewer in IDS:
        headers = {"Authorization": f"Bearer {service.security.create_token(viewer)}"}
        hidden = others_hidden_from(viewer, people, admin=False)
        listed = client.get("/profiles", params={"limit": 200}, headers=headers).text
        matches = client.get(f"/profiles/{viewer}/matches", headers=headers)
        assert matches.status_code == 200
        for pid in hidden:
            assert name_of(pid) not in listed and name_of(pid) not in matches.text
        for s in matches.json():
            assert put_forward(people[s["id"]]), s["id"]
        export = client.get("/me/export", headers=headers).text
        for pid in IDS:
            if pid != viewer:
                assert name_of(pid) not in export


# ------------------------------------------------------------------- events
event_worlds = st.fixed_dictionaries(
    {
        "visibility": st.lists(st.sampled_from(list(Visibility)), min_size=6, max_size=6),
        "consent": st.lists(st.booleans(), min_size=6, max_size=6),
        "avoids": st.lists(pairs, max_size=2, unique=True),
        "collabs": st.just([]),
        "endorsements": st.just([]),
        "organiser": st.sampled_from(IDS),
        "attending": st.lists(st.sampled_from(IDS), min_size=2, max_size=5, unique=True),
        "rounds": st.integers(1, 3),
        # attendees who answer "coming" (the others stay invited, never answering)
        "answered": st.lists(st.sampled_from(IDS), max_size=6, unique=True),
        # visibility changes after the plan was made (someone turns private, say)
        "later": st.lists(st.tuples(st.sampled_from(IDS), st.sampled_from(list(Visibility)))),
    }
)


def _shares(
    a: str,
    b: str,
    organiser: str,
    attending: set[str],
    answered: Collection[str] | None = None,
    seated: Collection[frozenset[str]] = (),
) -> bool:
    """The rule, told independently of the SQL: one organises and the other attends; or
    both attend and ``b`` answered (``answered`` None: everyone did) or the plan seats them
    together (``seated``: the pairs at one table of a round)."""
    both = a in attending and b in attending
    told = answered is None or b in answered or frozenset((a, b)) in seated
    return (both and told) or (
        (a == organiser and b in attending) or (b == organiser and a in attending)
    )


@settings(max_examples=25, deadline=None)
@given(event_worlds)
def test_events_never_show_a_profile_to_someone_not_allowed(world: dict[str, Any]) -> None:
    service, _, privacy = build(world)
    events = service.events
    org = world["organiser"]
    events.create_event("night", "Night", actor=Actor(org))
    before = {p.id: p for p in service.profiles.store.profiles()}
    attending: set[str] = set()
    for pid in world["attending"]:
        # the organiser adds by id only people they may see; anyone else is "unknown",
        # exactly as an id that does not exist
        if can_see(before[pid], org, shared_event=_shares(org, pid, org, attending)):
            events.add_attendees("night", [pid], actor=Actor(org))
        else:
            with pytest.raises(UnknownProfile, match=f"no profile '{pid}'"):
                events.add_attendees("night", [pid], actor=Actor(org))
            events.add_attendees("night", [pid], actor=ADMIN)  # an admin may add anyone
        attending.add(pid)
    answered = [p for p in world["answered"] if p in attending]
    for pid in answered:
        events.rsvp("night", "going", actor=Actor(pid))
    events.plan_rounds("night", rounds=world["rounds"], actor=Actor(org))
    seated = {
        frozenset((x, y))
        for r in events.rounds("night", actor=Actor(org))
        for g in r.groups
        for x in g.members
        for y in g.members
        if x != y
    }
    for pid, visibility in world["later"]:
        service.profiles.update_profile(pid, {"visibility": visibility.value}, actor=ADMIN)
    people = {p.id: p for p in service.profiles.store.profiles()}

    def allowed(viewer: str) -> set[str]:
        return {
            pid
            for pid, p in people.items()
            if can_see(
                p,
                viewer,
                shared_event=_shares(viewer, pid, org, attending, answered, seated),
            )
        }

    def assert_hides(text: str, viewer: str) -> None:
        for pid in set(IDS) - allowed(viewer):
            assert name_of(pid) not in text, (viewer, pid, text[:300])

    # profile reads: event-only people are seen by the organiser and co-attendees only
    for viewer in IDS:
        assert {
            p.id for p in service.profiles.list_profiles(actor=Actor(viewer), limit=200).profiles
        } == allowed(viewer)
    # each attendee's own agenda names only people they may see
    for pid in attending:
        agenda = events.agenda("night", pid, actor=Actor(pid))
        assert_hides(json.dumps(agenda_json(agenda)), pid)
        for item in agenda:
            for m in item.meetings:
                assert m.with_id in allowed(pid), (pid, m.with_id)
    # the organiser's plan, cards, agendas and statistics name only people they may see
    organiser = Actor(org)
    names = events.names("night", actor=organiser)
    rounds = events.rounds("night", actor=organiser)
    summary = events.events.summary("night", "rounds")
    matches = events.table_matches("night", rounds, actor=organiser)
    for text in (
        plan_csv(rounds, names, matches=matches),
        plan_json(rounds, summary, names, matches=matches),
        cards_html("Night", rounds, names),
        agenda_html("Night", events.agendas("night", actor=organiser), names),
        json.dumps(events.stats("night", actor=organiser)),
    ):
        assert_hides(text, org)
    # exports: my events and seats, nobody else's name
    for viewer in IDS:
        export = privacy.export(viewer, actor=Actor(viewer))
        text = json.dumps(ExportPublic.of(export).model_dump(mode="json"))
        for pid in IDS:
            if pid != viewer:
                assert name_of(pid) not in text, (viewer, pid)
        seats = export.features["events"]["agenda"]
        assert len(seats) == (world["rounds"] if viewer in attending else 0)
        for seat in seats:
            assert set(seat["with"]) <= allowed(viewer), (viewer, seat)
