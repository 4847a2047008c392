"""Trust: collaboration rules, the trust service, introductions, and trust in matching."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from embeddings.encoder import FakeEncoder
from graph.live import LiveTrustGraph
from graph.local import local_trust
from graph.trust import personalized_trust
from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.errors import (
    Conflict,
    InvalidInput,
    NotAllowed,
    NotAuthenticated,
    Throttled,
    UnknownIntroduction,
    UnknownProfile,
)
from matcher.matching import MatchSettings
from matcher.trust import TrustService
from matcher.trust.model import (
    Collaboration,
    CollabStatus,
    IntroStatus,
    InviteLimits,
    TrustSettings,
    build_graph,
    collaboration_edges,
    live_graph,
    pair_parts,
)
from tests.conftest import COMMUNITY, SYNONYMS, person
from tests.support import Clock

DAY = dt.date(2025, 1, 1)


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2025, 1, 1, 12, tzinfo=dt.UTC))


@pytest.fixture
def trust(community: Community, clock: Clock) -> TrustService:
    return TrustService(community.db, clock=clock)


def collab(trust: TrustService, a: str, b: str, ra: int | None, rb: int | None) -> Collaboration:
    c = trust.propose_collaboration(a, b, "project", "2024-01-01", actor=Actor(a))
    trust.answer_collaboration(c.id, True, actor=Actor(b))
    if ra is not None:
        trust.rate_collaboration(c.id, ra, actor=Actor(a))
    if rb is not None:
        trust.rate_collaboration(c.id, rb, actor=Actor(b))
    return c


# ------------------------------------------------------------------ pure rules
def test_edge_weight_from_both_ratings_by_hand() -> None:
    c = Collaboration("c", "a", "b", "p", DAY, DAY, CollabStatus.CONFIRMED, 2, 1)
    rated = TrustSettings(propagation="rated")
    # 0.2 + 0.8 * (2 + 1) / 4 = 0.8, then one half-life later 0.4
    assert collaboration_edges(c, DAY, rated) == (0.8, [])
    assert collaboration_edges(c, DAY + dt.timedelta(days=730), rated) == (0.4, [])
    short = TrustSettings(propagation="rated", half_life_days=365)
    assert collaboration_edges(c, DAY + dt.timedelta(days=730), short) == (0.2, [])
    # ties (the default): one tie whatever the ratings and the age; negatives as before
    for ra, rb, days in ((2, 1, 0), (None, 0, 3000), (0, 0, 730)):
        tie = dataclasses.replace(c, proposer_rating=ra, partner_rating=rb)
        assert collaboration_edges(tie, DAY + dt.timedelta(days=days)) == (1.0, [])
    bad = dataclasses.replace(c, partner_rating=-2)
    later = DAY + dt.timedelta(days=730)
    assert collaboration_edges(bad, later) == (0.0, [("b", "a", -0.5)])
    assert collaboration_edges(bad, later, rated) == (0.0, [("b", "a", -0.5)])


def test_with_ties_the_fakes_own_ratings_cannot_move_anyones_trust() -> None:
    """The rating game: a cluster that leaves its own collaborations unrated makes the edge
    to the honest person it fooled weigh five times its own ties with rated weights, and
    pulls more of that person's collaborators' trust; with ties nothing it rates matters."""
    honest = [("a", "b"), ("b", "c"), ("c", "d"), ("a", "d"), ("b", "d"), ("d", "e")]
    fakes = [(f"f{i}", f"f{j}") for i in range(6) for j in range(i + 1, 6)]

    def c(a: str, b: str, r: int | None) -> Collaboration:
        return Collaboration(f"{a}-{b}", a, b, "p", DAY, None, CollabStatus.CONFIRMED, r, r)

    def fake_share(fake_rating: int | None, settings: TrustSettings) -> float:
        cs = [c(a, b, 1) for a, b in honest] + [c("e", "f0", 2)]
        cs += [c(a, b, fake_rating) for a, b in fakes]
        t = local_trust(live_graph(cs, [], settings=settings), "a", as_of=DAY, tol=1e-9)
        return sum(t.get(f"f{i}", 0.0) for i in range(6)) / sum(t.values())

    ties, rated = TrustSettings(), TrustSettings(propagation="rated")
    assert fake_share(2, ties) == pytest.approx(fake_share(0, ties), abs=1e-12)
    assert fake_share(None, ties) == pytest.approx(fake_share(0, ties), abs=1e-12)
    assert fake_share(0, rated) > 1.5 * fake_share(2, rated)  # the game pays with ratings


def test_unconfirmed_or_declined_records_are_ignored() -> None:
    for status in (CollabStatus.PROPOSED, CollabStatus.DECLINED):
        c = Collaboration("c", "a", "b", "p", DAY, None, status, -2, -2)
        assert collaboration_edges(c, DAY) == (0.0, [])
        assert build_graph([c], [], as_of=DAY).n_edges == 0


ratings = st.one_of(st.none(), st.integers(-2, 2))


@given(ra=ratings, rb=ratings, days=st.integers(0, 5000))
def test_weights_stay_in_range(ra: int | None, rb: int | None, days: int) -> None:
    c = Collaboration("c", "a", "b", "p", DAY, DAY, CollabStatus.CONFIRMED, ra, rb)
    weight, claims = collaboration_edges(c, DAY + dt.timedelta(days=days))
    assert 0 <= weight <= 1
    assert (weight == 0) == bool(claims)
    assert all(-1 <= w < 0 for _, _, w in claims)


# ---------------------------------------------------------- collaborations
def test_unconfirmed_negative_claim_changes_nobodys_trust(trust: TrustService) -> None:
    collab(trust, "ana", "bob", 2, 2)
    collab(trust, "bob", "cyd", 1, 1)
    collab(trust, "cyd", "dan", 2, 1)
    before = {v: trust.trust_for(v, actor=Actor(v)) for v in ("ana", "bob", "cyd", "dan")}
    # dan claims a terrible collaboration with bob; bob never confirms it
    trust.propose_collaboration("dan", "bob", "x", "2024-02-01", rating=-2, actor=Actor("dan"))
    declined = trust.propose_collaboration("ana", "cyd", "y", "2024-02-01", actor=Actor("ana"))
    trust.rate_collaboration(declined.id, -2, actor=Actor("ana"))
    trust.answer_collaboration(declined.id, False, actor=Actor("cyd"))
    after = {v: trust.trust_for(v, actor=Actor(v)) for v in before}
    assert after == before


def test_confirmed_negative_rating_acts_one_hop(trust: TrustService) -> None:
    collab(trust, "ana", "bob", 2, 2)
    collab(trust, "bob", "cyd", 2, 2)
    collab(trust, "cyd", "dan", 2, 2)
    collab(trust, "dan", "eve", 2, 2)
    viewers = ("ana", "bob", "cyd", "dan")
    before = {v: dict(trust.trust_for(v, actor=Actor(v))) for v in viewers}
    collab(trust, "bob", "eve", -2, 1)  # bob had a bad time with eve
    after = {v: dict(trust.trust_for(v, actor=Actor(v))) for v in viewers}
    assert after["bob"].get("eve", 0.0) == 0.0 < before["bob"]["eve"]  # the rater
    # ana's only tie is bob: his -2 (weight -1) wipes eve out; cyd gives half her trust to bob
    assert after["ana"].get("eve", 0.0) == 0.0 < before["ana"]["eve"]
    assert 0 < after["cyd"]["eve"] < before["cyd"]["eve"]
    assert after["dan"] == before["dan"]  # dan is two hops from bob: unchanged
    assert trust.graph().weight("bob", "eve") == 0.0  # and no positive edge


def test_only_the_partner_confirms_and_ratings_stay_private(trust: TrustService) -> None:
    c = trust.propose_collaboration("ana", "bob", "shop", "2024-01-01", actor=Actor("ana"))
    with pytest.raises(NotAllowed, match="only 'bob' can confirm"):
        trust.answer_collaboration(c.id, True, actor=Actor("ana"))
    trust.answer_collaboration(c.id, True, actor=Actor("bob"))
    with pytest.raises(Conflict, match="already confirmed"):
        trust.answer_collaboration(c.id, True, actor=Actor("bob"))
    trust.rate_collaboration(c.id, -1, "missed deadlines", actor=Actor("bob"))
    trust.rate_collaboration(c.id, 2, "great", actor=Actor("ana"))
    mine = trust.collaborations("ana", actor=Actor("ana"))[0]
    assert (mine.proposer_rating, mine.partner_rating, mine.partner_note) == (2, None, "")
    assert trust.collaborations("ana", actor=ADMIN)[0].partner_note == "missed deadlines"
    with pytest.raises(NotAllowed):
        trust.collaborations("ana", actor=Actor("bob"))
    with pytest.raises(InvalidInput, match="rating must be an integer from -2 to"):
        trust.rate_collaboration(c.id, 5, actor=Actor("ana"))
    with pytest.raises(InvalidInput, match=r"ended .* is before started"):
        trust.propose_collaboration(
            "ana", "bob", "p", "2024-02-01", "2024-01-01", actor=Actor("ana")
        )


@pytest.mark.parametrize(
    ("started", "ended", "field"),
    [
        ("2999-05-01", None, "started"),
        ("2025-01-02", None, "started"),
        ("2024-06-01", "2025-03-01", "ended"),
    ],
)
def test_a_collaboration_that_has_not_happened_is_refused(
    trust: TrustService, started: str, ended: str | None, field: str
) -> None:
    """A collaboration 'started' in 2999 was recorded (and, confirmed, would weigh on trust):
    trust is earned by work done. Its start and end are not after today (the clock's)."""
    with pytest.raises(InvalidInput) as refused:
        trust.propose_collaboration("ana", "bob", "p", started, ended, actor=Actor("ana"))
    assert refused.value.field == field and "after today (2025-01-01)" in str(refused.value)
    assert trust.collaborations("ana", actor=Actor("ana")) == []
    done = trust.propose_collaboration(  # today is fine, and an end left open
        "ana", "bob", "p", "2024-06-01", "2025-01-01", actor=Actor("ana")
    )
    assert done.ended == dt.date(2025, 1, 1)


@pytest.mark.parametrize(
    ("started", "ended", "field"),
    [("1900-01-01", None, "started"), ("1949-12-31", "2024-01-01", "started")],
)
def test_a_collaboration_from_implausibly_long_ago_is_refused(
    trust: TrustService, started: str, ended: str | None, field: str
) -> None:
    """A new user's walk: a collaboration started in 1900 was recorded (a typo for 2000).
    Neither its start nor its end may be before 1950-01-01 (FIRST_COLLABORATION_DATE)."""
    with pytest.raises(InvalidInput) as refused:
        trust.propose_collaboration("ana", "bob", "p", started, ended, actor=Actor("ana"))
    assert refused.value.field == field and refused.value.value == started
    assert "before 1950-01-01" in str(refused.value) and "check the year" in str(refused.value)
    assert trust.collaborations("ana", actor=Actor("ana")) == []
    assert trust.propose_collaboration(  # the first day allowed is fine
        "ana", "bob", "p", "1950-01-01", "1950-01-01", actor=Actor("ana")
    ).started == dt.date(1950, 1, 1)


def test_endorsements_are_weak_edges(trust: TrustService) -> None:
    trust.endorse("ana", "bob", "Sales", actor=Actor("ana"))
    trust.endorse("ana", "bob", "negotiation", actor=Actor("ana"))
    assert [e.skill for e in trust.endorsements("bob", actor=Actor("cyd"))] == [
        "negotiation",
        "sales",
    ]
    assert trust.graph().weight("ana", "bob") == 0.1  # once per pair
    assert trust.graph().weight("bob", "ana") == 0.0
    with pytest.raises(NotAllowed):
        trust.endorse("ana", "bob", "x", actor=Actor("bob"))
    # withdrawn: one skill left, still one weak edge; none left, no edge
    trust.unendorse("ana", "bob", " SALES ", actor=Actor("ana"))
    assert [e.skill for e in trust.endorsements("bob", actor=Actor("cyd"))] == ["negotiation"]
    assert trust.graph().weight("ana", "bob") == 0.1
    trust.unendorse("ana", "bob", "negotiation", actor=Actor("ana"))
    assert trust.endorsements("bob", actor=Actor("cyd")) == []
    assert trust.graph().weight("ana", "bob") == 0.0


# ------------------------------------------------------------------- paths
def test_paths_skip_avoided_people_both_ways(community: Community, trust: TrustService) -> None:
    collab(trust, "ana", "bob", 2, 2)
    collab(trust, "bob", "dan", 2, 2)
    collab(trust, "ana", "cyd", 1, 1)
    collab(trust, "cyd", "dan", 1, 1)
    paths = trust.intro_paths("ana", "dan", actor=Actor("ana"))
    assert [p.nodes for p in paths] == [("ana", "bob", "dan"), ("ana", "cyd", "dan")]
    community.trust.avoid("bob", "dan", actor=Actor("bob"))  # the connector avoids the target
    assert [p.nodes for p in trust.intro_paths("ana", "dan", actor=Actor("ana"))] == [
        ("ana", "cyd", "dan")
    ]
    community.trust.avoid("ana", "cyd", actor=Actor("ana"))  # the requester avoids the other one
    assert trust.intro_paths("ana", "dan", actor=Actor("ana")) == []
    assert "cyd" not in dict(trust.trust_for("ana", actor=Actor("ana")))
    with pytest.raises(NotAllowed):
        trust.intro_paths("ana", "dan", actor=Actor("dan"))


def test_zero_paths_is_refused_not_read_as_the_default(trust: TrustService) -> None:
    """k=0 was read as 'the default' (3 paths)."""
    collab(trust, "ana", "bob", 2, 2)
    with pytest.raises(InvalidInput, match="k must be between 1") as info:
        trust.intro_paths("ana", "bob", k=0, actor=Actor("ana"))
    assert info.value.field == "k"


def test_with_ties_the_path_goes_through_the_connector_the_requester_trusts_most(
    community: Community, trust: TrustService
) -> None:
    """Every collaboration weighs 1, so ana -> bob -> dan and ana -> cyd -> dan tie; cyd,
    who also shares eve with ana, is the one ana trusts more: cyd's path comes first (ids
    alone would put bob's first), on the intro page and on the suggestions."""
    for a, b in (("ana", "bob"), ("bob", "dan"), ("ana", "cyd"), ("cyd", "dan")):
        collab(trust, a, b, None, None)
    paths = [p.nodes for p in trust.intro_paths("ana", "dan", actor=Actor("ana"))]
    assert paths[:2] == [("ana", "bob", "dan"), ("ana", "cyd", "dan")]  # equal: by ids
    collab(trust, "ana", "eve", None, None)
    collab(trust, "eve", "cyd", None, None)
    mine = dict(trust.trust_for("ana", actor=Actor("ana")))
    assert mine["cyd"] > mine["bob"]
    paths = [p.nodes for p in trust.intro_paths("ana", "dan", actor=Actor("ana"))]
    assert paths[:2] == [("ana", "cyd", "dan"), ("ana", "bob", "dan")]
    assert trust.intro_paths_to("ana", ["dan"]) == {"dan": ("ana", "cyd", "dan")}


# ----------------------------------------------------------- introductions
def test_double_opt_in_through_a_connector(trust: TrustService, clock: Clock) -> None:
    collab(trust, "ana", "bob", 2, 2)
    collab(trust, "bob", "dan", 2, 2)
    with pytest.raises(InvalidInput, match="no warm path from you to 'dan' goes through 'cyd'"):
        trust.request_introduction("ana", "dan", connector="cyd", actor=Actor("ana"))
    intro = trust.request_introduction(
        "ana", "dan", connector="bob", message="hello", actor=Actor("ana")
    )
    assert intro.status == IntroStatus.PENDING and intro.contact == ()
    with pytest.raises(Conflict, match="already asked to meet 'dan'"):
        trust.request_introduction("ana", "dan", actor=Actor("ana"))
    view = trust.answer_introduction(intro.id, True, actor=Actor("dan"))
    assert view.status == IntroStatus.PENDING and view.contact == ()  # the connector must accept
    trust.answer_introduction(intro.id, True, actor=Actor("bob"))
    mine = trust.get_introduction(intro.id, actor=Actor("ana"))
    assert mine.status == IntroStatus.ACCEPTED
    assert [pid for pid, _ in mine.contact] == ["dan"]
    assert trust.get_introduction(intro.id, actor=Actor("bob")).contact == ()
    with pytest.raises(UnknownIntroduction):
        trust.get_introduction(intro.id, actor=Actor("cyd"))


def test_decline_shows_not_accepted_and_requests_expire(trust: TrustService, clock: Clock) -> None:
    first = trust.request_introduction("ana", "bob", message="hi", actor=Actor("ana"))
    trust.answer_introduction(first.id, False, actor=Actor("bob"))
    seen = trust.introductions("ana", actor=Actor("ana"))[0]
    assert seen.status == IntroStatus.NOT_ACCEPTED and seen.contact == ()
    assert "declin" not in repr(seen)
    late = trust.request_introduction("ana", "dan", actor=Actor("ana"))
    clock.now += dt.timedelta(days=15)
    assert trust.get_introduction(late.id, actor=Actor("ana")).status == IntroStatus.EXPIRED
    with pytest.raises(Conflict, match="is expired"):
        trust.answer_introduction(late.id, True, actor=Actor("dan"))


def test_requests_from_someone_you_avoid_never_reach_you(
    community: Community, trust: TrustService
) -> None:
    community.trust.avoid("bob", "ana", actor=Actor("bob"))
    intro = trust.request_introduction("ana", "bob", actor=Actor("ana"))
    assert intro.status == IntroStatus.PENDING  # ana learns nothing
    assert trust.introductions("bob", actor=Actor("bob")) == []
    with pytest.raises(UnknownIntroduction):
        trust.answer_introduction(intro.id, True, actor=Actor("bob"))


@pytest.mark.parametrize("visibility", ["private", "event-only"])
def test_asking_to_meet_shows_you_to_the_people_you_asked(clock: Clock, visibility: str) -> None:
    """A hidden member who asks for an introduction is seen by the person asked and the
    connector asked to relay (never by anyone else) while the request stands or once it
    was accepted; a decline, an expiry or an avoid list hides them again."""
    c = Community(":memory:", FakeEncoder(dim=32, synonyms=SYNONYMS), MatchSettings(), clock=clock)
    c.profiles.import_profiles(COMMUNITY)
    collab(c.trust, "ana", "cyd", 2, 2)
    collab(c.trust, "cyd", "bob", 2, 2)
    c.profiles.update_profile("ana", {"visibility": visibility}, actor=Actor("ana"))

    def sees(viewer: str) -> bool:
        try:
            c.profiles.get_profile("ana", actor=Actor(viewer))
        except UnknownProfile:
            return False
        return True

    assert not any(sees(v) for v in ("bob", "cyd", "dan"))
    intro = c.trust.request_introduction("ana", "bob", connector="cyd", actor=Actor("ana"))
    assert sees("bob") and sees("cyd") and not sees("dan")
    c.trust.answer_introduction(intro.id, True, actor=Actor("cyd"))
    c.trust.answer_introduction(intro.id, True, actor=Actor("bob"))
    assert sees("bob") and sees("cyd") and not sees("dan")  # accepted: they met
    # the other way round only once accepted: asking shows no one to the asker
    c.profiles.update_profile("dan", {"visibility": "private"}, actor=Actor("dan"))
    with pytest.raises(UnknownProfile):
        c.trust.request_introduction("ana", "dan", actor=Actor("ana"))
    c.profiles.update_profile("bob", {"visibility": "private"}, actor=Actor("bob"))
    assert c.profiles.get_profile("bob", actor=Actor("ana")).id == "bob"  # accepted
    c.profiles.update_profile("bob", {"visibility": "public"}, actor=Actor("bob"))
    c.profiles.update_profile("dan", {"visibility": "public"}, actor=Actor("dan"))
    # declined: hidden again
    second = c.trust.request_introduction("ana", "eve", actor=Actor("ana"))
    assert sees("eve")
    c.trust.answer_introduction(second.id, False, actor=Actor("eve"))
    assert not sees("eve")
    # expired: hidden again
    c.trust.request_introduction("ana", "dan", actor=Actor("ana"))
    assert sees("dan")
    clock.now += dt.timedelta(days=15)
    assert not sees("dan")
    # an avoid list hides the request, and with it the profile
    c.trust.avoid("bob", "ana", actor=Actor("bob"))
    assert not sees("bob")
    # never the other way round: a hidden person cannot be asked at all (as if absent)
    c.profiles.update_profile("fay", {"visibility": "private"}, actor=Actor("fay"))
    with pytest.raises(UnknownProfile):
        c.trust.request_introduction("ana", "fay", actor=Actor("ana"))


# ---------------------------------------------------------------- matching
def _services(clock: Clock) -> tuple[Community, Community, TrustService]:
    plain = Community(
        ":memory:", FakeEncoder(dim=256, synonyms=SYNONYMS), MatchSettings(), with_trust=False
    )
    trusted = Community(
        ":memory:", FakeEncoder(dim=256, synonyms=SYNONYMS), MatchSettings(), clock=clock
    )
    trust = trusted.trust
    rows = [*COMMUNITY, person("hal", roles_offered="sales", roles_sought="tech")]
    plain.profiles.import_profiles(rows)
    trusted.profiles.import_profiles(rows)
    return plain, trusted, trust


def test_matching_is_unchanged_without_trust_edges(clock: Clock) -> None:
    plain, trusted, _ = _services(clock)
    for viewer in ("ana", "bob", "dan"):
        assert plain.matching.suggest(viewer, k=5, actor=ADMIN) == trusted.matching.suggest(
            viewer, k=5, actor=ADMIN
        )


def test_matching_uses_trust_and_shows_the_intro_path(clock: Clock) -> None:
    plain, trusted, trust = _services(clock)
    collab(trust, "ana", "dan", 2, 2)
    collab(trust, "dan", "hal", 2, 2)
    top = {s.candidate: s for s in trusted.matching.suggest("ana", k=5, actor=ADMIN)}
    before = {s.candidate: s for s in plain.matching.suggest("ana", k=5, actor=ADMIN)}
    hal = top["hal"]
    assert hal.trust is not None and hal.trust > 0
    assert hal.intro_path == ("ana", "dan", "hal")
    assert hal.score > before["hal"].score  # trusted: ranked higher than on the text alone
    assert top["bob"].trust == 0.0 and top["bob"].intro_path == ()
    settings = trust.settings
    keep = 1 - settings.trust_weight - settings.again_weight
    assert top["bob"].score == pytest.approx(keep * before["bob"].score, abs=1e-6)
    assert dataclasses.replace(hal, trust=None, intro_path=()).worked_together_again is False


def test_trusted_people_outside_the_text_pool_can_rise(clock: Clock) -> None:
    """Someone the viewer's collaborator worked well with is scored even when 40 people
    match the viewer's text better (the pool of max(3k, 30) best matches misses them)."""
    settings = TrustSettings(trust_weight=0.9, again_weight=0.05)
    service = Community(
        ":memory:",
        FakeEncoder(dim=256, synonyms=SYNONYMS),
        MatchSettings(),
        trust=settings,
        clock=clock,
    )
    trust = service.trust
    twins = [
        person(
            f"s{i:02d}",
            offers=COMMUNITY[1]["offers"],
            needs=COMMUNITY[1]["needs"],
            roles_offered="sales",
            roles_sought="tech",
        )
        for i in range(40)
    ]
    zed = person(
        "zed",
        offers="knitting and pottery",
        needs="a quiet studio",
        roles_offered="design",
        roles_sought="design",
    )
    service.profiles.import_profiles([*COMMUNITY, *twins, zed])
    plain = [s.candidate for s in service.matching.suggest("ana", k=50, actor=ADMIN)]
    assert plain.index("zed") >= 30  # outside the text pool of a k=2 request
    collab(trust, "ana", "dan", 2, 2)
    collab(trust, "dan", "zed", 2, 2)
    top = service.matching.suggest("ana", k=2, actor=ADMIN)
    assert [s.candidate for s in top] == ["dan", "zed"]
    assert top[1].intro_path == ("ana", "dan", "zed")


statuses = st.sampled_from(list(CollabStatus))
records = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c", "d"]),
        st.sampled_from(["a", "b", "c", "d"]),
        statuses,
        ratings,
        ratings,
    ).filter(lambda r: r[0] != r[1]),
    max_size=12,
)


@given(recs=records)
def test_unconfirmed_records_have_zero_effect(
    recs: list[tuple[str, str, CollabStatus, int | None, int | None]],
) -> None:
    cs = [
        Collaboration(f"c{i}", a, b, "p", DAY, None, status, ra, rb)
        for i, (a, b, status, ra, rb) in enumerate(recs)
    ]
    everything = build_graph(cs, [], as_of=DAY, people="abcd")
    confirmed = build_graph([c for c in cs if c.counts], [], as_of=DAY, people="abcd")
    for viewer in "abcd":
        np.testing.assert_array_equal(
            personalized_trust(everything, viewer).values,
            personalized_trust(confirmed, viewer).values,
        )


def test_erasure_removes_a_person_from_the_trust_graph(
    community: Community, trust: TrustService
) -> None:
    collab(trust, "ana", "bob", 2, 2)
    trust.endorse("dan", "bob", "sales", actor=Actor("dan"))
    trust.request_introduction("ana", "bob", actor=Actor("ana"))
    assert "bob" in trust.graph()
    community.profiles.delete_profile("bob", actor=Actor("bob"))
    assert "bob" not in trust.graph()
    assert trust.collaborations("ana", actor=Actor("ana")) == []
    assert trust.introductions("ana", actor=Actor("ana")) == []


def test_endorsements_received_never_lower_trust(community: Community, trust: TrustService) -> None:
    """Issue 21: under the old (in + out) / 2 degree, endorsements someone received raised
    their degree and lowered everyone's trust in them; the out-degree rule ignores them."""
    old_rule = TrustService(community.db, TrustSettings(normalise="degree"), clock=trust.clock)
    collab(trust, "ana", "cyd", 2, 2)
    collab(trust, "ana", "bob", 1, 1)
    before = dict(trust.trust_for("ana", actor=Actor("ana")))
    old_before = dict(old_rule.trust_for("ana", actor=Actor("ana")))
    assert before == old_before  # mutual edges only: the two rules agree
    for endorser in ("dan", "eve", "fay"):
        trust.endorse(endorser, "bob", "sales", actor=Actor(endorser))
    after = dict(trust.trust_for("ana", actor=Actor("ana")))
    assert after["bob"] == pytest.approx(before["bob"]) and after["cyd"] == 1.0
    assert dict(old_rule.trust_for("ana", actor=Actor("ana")))["bob"] < before["bob"]


ends = st.one_of(st.none(), st.integers(-2000, 400).map(lambda d: DAY + dt.timedelta(days=d)))
dated = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c", "d"]),
        st.sampled_from(["a", "b", "c", "d"]),
        statuses,
        ratings,
        ratings,
        ends,
    ).filter(lambda r: r[0] != r[1]),
    max_size=12,
)


@given(recs=dated, later=st.integers(0, 3000))
def test_live_graph_and_pair_updates_equal_build_graph_on_any_day(
    recs: list[tuple[str, str, CollabStatus, int | None, int | None, dt.date | None]], later: int
) -> None:
    """Issue 21: the live graph decays at query time what build_graph decays when built, and
    applying pair_parts pair by pair (what a service does after each write) gives the same."""
    cs = [
        Collaboration(f"c{i}", a, b, "p", DAY - dt.timedelta(days=3000), end, status, ra, rb)
        for i, (a, b, status, ra, rb, end) in enumerate(recs)
    ]
    confirmed = [c for c in cs if c.counts]
    day = DAY + dt.timedelta(days=later)
    static = build_graph(cs, [], as_of=day, people="abcd")
    bulk = live_graph(confirmed, [], people="abcd")
    edited = LiveTrustGraph(half_life_days=TrustSettings().half_life_days)
    for a, b in {frozenset((c.proposer, c.partner)) for c in confirmed}:
        edge, ab, ba = pair_parts(confirmed, a, b)
        edited.set_edge(a, b, edge)
        edited.set_negative(a, b, ab)
        edited.set_negative(b, a, ba)
    for live in (bulk, edited):
        snap = live.snapshot(as_of=day)
        for x in "abcd":
            for y in "abcd":
                assert snap.weight(x, y) == pytest.approx(static.weight(x, y), abs=1e-9)
                assert snap.negatives.get((x, y), 0.0) == pytest.approx(
                    static.negatives.get((x, y), 0.0), abs=1e-9
                )


@pytest.mark.parametrize(
    ("owner", "other"),
    [("dan", "bob"), ("bob", "dan"), ("ana", "bob"), ("bob", "ana")],
)
def test_a_pending_request_leaves_a_connector_once_avoided(
    trust: TrustService, owner: str, other: str
) -> None:
    """The connector stayed on a pending request after the target or the requester avoided
    them, or they avoided either: they still read it and could accept it. Now it moves to
    the connector of another warm path (the target's answer kept), or with none ends 'not
    accepted', as a decline reads."""
    for a, b in (("ana", "bob"), ("bob", "dan"), ("ana", "cyd"), ("cyd", "dan")):
        collab(trust, a, b, 2, 2)
    told: list[tuple[str, str]] = []
    trust.on_notice.append(lambda n: told.append((n.to, n.data.get("as", n.kind.value))))
    intro = trust.request_introduction("ana", "dan", connector="bob", actor=Actor("ana"))
    trust.answer_introduction(intro.id, True, actor=Actor("dan"))
    told.clear()
    trust.avoid(owner, other, actor=Actor(owner))
    # asked as any connector; the requester told it moved (not why); nobody else told
    assert told == [("cyd", "connector"), ("ana", "intro_moved")]
    assert trust.introductions("bob", actor=Actor("bob")) == []
    with pytest.raises(UnknownIntroduction):
        trust.answer_introduction(intro.id, True, actor=Actor("bob"))
    for who in ("ana", "dan", "cyd"):
        seen = trust.get_introduction(intro.id, actor=Actor(who))
        assert seen.connector == "cyd" and seen.status == IntroStatus.PENDING
    assert trust.get_introduction(intro.id, actor=Actor("dan")).my_answer is True
    accepted = trust.answer_introduction(intro.id, True, actor=Actor("cyd"))
    assert accepted.status == IntroStatus.ACCEPTED


def test_a_request_with_no_other_connector_ends_and_the_requester_is_told(
    trust: TrustService,
) -> None:
    """With no other warm path the request ended 'not accepted', as a decline reads, and
    nobody was told: the requester waited for an answer that would never come. Now it
    ends ('ended', no connector named) and the requester is told, not why."""
    collab(trust, "ana", "bob", 2, 2)
    collab(trust, "bob", "dan", 2, 2)
    told: list[tuple[str, str, dict[str, str]]] = []
    trust.on_notice.append(lambda n: told.append((n.to, n.kind.value, dict(n.data))))
    intro = trust.request_introduction("ana", "dan", connector="bob", actor=Actor("ana"))
    told.clear()
    trust.avoid("dan", "bob", actor=Actor("dan"))
    assert told == [("ana", "intro_ended", {"who": "dan", "intro": intro.id})]
    for who in ("ana", "dan"):
        seen = trust.get_introduction(intro.id, actor=Actor(who))
        assert seen.status == IntroStatus.ENDED and seen.contact == ()
        assert seen.connector is None  # nobody named
    with pytest.raises(Conflict, match="ended"):
        trust.answer_introduction(intro.id, True, actor=Actor("dan"))
    # ended, the requester may ask again (directly, or once a path exists)
    assert trust.request_introduction("ana", "dan", actor=Actor("ana")).id != intro.id
    assert trust.introductions("bob", actor=Actor("bob")) == []
    # an answered request stays as it was
    collab(trust, "ana", "cyd", 2, 2)
    collab(trust, "cyd", "eve", 2, 2)
    done = trust.request_introduction("ana", "eve", connector="cyd", actor=Actor("ana"))
    trust.answer_introduction(done.id, True, actor=Actor("cyd"))
    trust.answer_introduction(done.id, True, actor=Actor("eve"))
    trust.avoid("eve", "cyd", actor=Actor("eve"))
    seen = trust.get_introduction(done.id, actor=Actor("ana"))
    assert seen.status == IntroStatus.ACCEPTED and seen.connector == "cyd"


@pytest.mark.parametrize("gone", ["private", "event-only", "no consent", "imported", "erased"])
def test_a_connector_who_turns_private_or_is_erased_leaves_a_pending_request(
    community: Community, gone: str
) -> None:
    """Bob, the connector of Ana's pending request to Dan, turns private (or is erased):
    he stayed on it (private), or the request vanished with him (erased). Now it moves to
    the connector of another warm path, as when an avoid list takes a connector off, the
    requester told; with no other path it ends, the requester told (erased: it stays)."""
    trust = community.trust
    for a, b in (("ana", "bob"), ("bob", "dan"), ("ana", "cyd"), ("cyd", "dan")):
        collab(trust, a, b, 2, 2)
    collab(trust, "bob", "eve", 2, 2)  # dan - bob - eve only: no other path
    told: list[tuple[str, str]] = []
    trust.on_notice.append(lambda n: told.append((n.to, n.data.get("as", n.kind.value))))
    moved = trust.request_introduction("ana", "dan", connector="bob", actor=Actor("ana"))
    trust.answer_introduction(moved.id, True, actor=Actor("dan"))
    ended = trust.request_introduction("dan", "eve", connector="bob", actor=Actor("dan"))
    told.clear()
    if gone == "erased":
        community.privacy.erase("bob", actor=Actor("bob"))
    elif gone == "imported":  # a file that makes him private, among others
        community.profiles.import_profiles(
            [person("bob", visibility="private"), person("zed", visibility="private")]
        )
    else:
        changes = {"visibility": gone} if gone != "no consent" else {"consent": False}
        community.profiles.update_profile("bob", changes, actor=Actor("bob"))
    assert sorted(told) == [("ana", "intro_moved"), ("cyd", "connector"), ("dan", "intro_ended")]
    seen = trust.get_introduction(moved.id, actor=Actor("ana"))
    assert seen.connector == "cyd" and seen.status == IntroStatus.PENDING
    assert trust.get_introduction(moved.id, actor=Actor("dan")).my_answer is True
    # the request with no other path ends, and stays on the requester's page (erased too)
    (seen,) = [i for i in trust.introductions("dan", actor=Actor("dan")) if i.id == ended.id]
    assert seen.status == IntroStatus.ENDED and seen.connector is None
    if gone != "erased":
        with pytest.raises(UnknownIntroduction):  # no longer his to answer
            trust.answer_introduction(moved.id, True, actor=Actor("bob"))


# ------------------------------------------------------------ withdrawn requests
def _asked_through_bob(trust: TrustService) -> str:
    """Ana asks to meet Dan through Bob (ana - bob - dan worked together)."""
    collab(trust, "ana", "bob", 2, 2)
    collab(trust, "bob", "dan", 2, 2)
    return trust.request_introduction("ana", "dan", connector="bob", actor=Actor("ana")).id


def test_the_requester_withdraws_a_pending_request_and_those_asked_are_told(
    trust: TrustService, clock: Clock
) -> None:
    intro = _asked_through_bob(trust)
    trust.answer_introduction(intro, True, actor=Actor("dan"))  # still pending: bob's turn
    told: list[tuple[str, str, dict[str, str]]] = []
    trust.on_notice.append(lambda n: told.append((n.to, n.kind.value, dict(n.data))))
    clock.now += dt.timedelta(hours=3)
    view = trust.withdraw_introduction(intro, actor=Actor("ana"))
    assert view.status == IntroStatus.WITHDRAWN and view.my_role == "requester"
    assert view.withdrawn_at == clock.now and view.contact == ()
    facts = {"who": "ana", "intro": intro}
    assert told == [
        ("dan", "intro_withdrawn", facts | {"as": "target"}),
        ("bob", "intro_withdrawn", facts | {"as": "connector"}),
    ]
    # everyone involved reads it withdrawn, in the list and one by one
    for who in ("ana", "bob", "dan"):
        [seen] = [v for v in trust.introductions(who, actor=Actor(who)) if v.id == intro]
        assert (
            seen.status
            == IntroStatus.WITHDRAWN
            == trust.get_introduction(intro, actor=Actor(who)).status
        )
    assert trust.get_introduction(intro, actor=ADMIN).status == IntroStatus.WITHDRAWN
    # nobody can answer it any more, and it cannot be withdrawn twice
    with pytest.raises(Conflict, match="is withdrawn; it can no longer be answered") as no:
        trust.answer_introduction(intro, True, actor=Actor("bob"))
    assert no.value.hint == "the requester withdrew it; nothing to answer"
    with pytest.raises(Conflict, match="is withdrawn; only a pending request") as twice:
        trust.withdraw_introduction(intro, actor=Actor("ana"))
    assert twice.value.field == "status" and twice.value.value == "withdrawn"
    assert twice.value.hint == "you withdrew it already; nothing more to do"
    assert len(told) == 2  # nobody is told twice
    # a withdrawal is nobody's decline: it does not keep the two apart
    assert "dan" not in trust.store.kept_apart("ana")


def test_only_the_requester_may_withdraw(community: Community, trust: TrustService) -> None:
    intro = _asked_through_bob(trust)
    with pytest.raises(UnknownIntroduction, match=f"no introduction '{intro}'"):
        trust.withdraw_introduction(intro, actor=Actor("cyd"))  # a stranger: as if absent
    with pytest.raises(UnknownIntroduction):
        trust.withdraw_introduction("int_nope", actor=Actor("ana"))
    for who in ("bob", "dan"):  # they see it: refused, and told what they can do instead
        with pytest.raises(NotAllowed, match="only the member who asked") as refused:
            trust.withdraw_introduction(intro, actor=Actor(who))
        assert refused.value.field == "introduction" and refused.value.value == intro
        assert refused.value.hint == "to turn it down, decline it instead"
    with pytest.raises(NotAllowed, match="only the member who asked"):
        trust.withdraw_introduction(intro, actor=ADMIN)  # the request is ana's, not an admin's
    with pytest.raises(NotAuthenticated, match="sign in to withdraw an introduction request"):
        trust.withdraw_introduction(intro, actor=None)
    assert trust.get_introduction(intro, actor=Actor("ana")).status == IntroStatus.PENDING


@pytest.mark.parametrize("status", ["accepted", "not accepted", "expired", "ended"])
def test_only_a_pending_request_can_be_withdrawn(
    trust: TrustService, clock: Clock, status: str
) -> None:
    intro = _asked_through_bob(trust)
    if status == "accepted":
        trust.answer_introduction(intro, True, actor=Actor("dan"))
        trust.answer_introduction(intro, True, actor=Actor("bob"))
    elif status == "not accepted":
        trust.answer_introduction(intro, False, actor=Actor("bob"))
    elif status == "expired":
        clock.now += dt.timedelta(days=15)
    else:
        trust.avoid("dan", "bob", actor=Actor("dan"))  # no other connector: it ends
    with pytest.raises(Conflict, match=f"is {status}; only a pending request") as refused:
        trust.withdraw_introduction(intro, actor=Actor("ana"))
    assert refused.value.field == "status" and refused.value.value == status
    assert trust.get_introduction(intro, actor=Actor("ana")).status.value == status


def test_withdrawing_tells_nobody_who_was_never_told(trust: TrustService) -> None:
    """Dan avoids Ana: her request never reached him, so its withdrawal does not either."""
    trust.avoid("dan", "ana", actor=Actor("dan"))
    intro = trust.request_introduction("ana", "dan", actor=Actor("ana")).id
    told: list[str] = []
    trust.on_notice.append(lambda n: told.append(n.to))
    assert trust.withdraw_introduction(intro, actor=Actor("ana")).status == IntroStatus.WITHDRAWN
    assert told == []
    with pytest.raises(UnknownIntroduction):  # still hidden from Dan
        trust.withdraw_introduction(intro, actor=Actor("dan"))


def test_after_a_withdrawal_one_may_ask_the_same_person_again_within_the_limits(
    community: Community, clock: Clock
) -> None:
    """No pause after a withdrawal (nobody declined), but a withdrawn request was sent:
    it still counts against the requester's limits, so asking and withdrawing in a loop
    cannot flood the person asked."""
    trust = TrustService(community.db, clock=clock, limits=InviteLimits(burst=3))
    first = trust.request_introduction("ana", "dan", actor=Actor("ana"))
    trust.withdraw_introduction(first.id, actor=Actor("ana"))
    again = trust.request_introduction("ana", "dan", message="sorry", actor=Actor("ana"))
    assert again.status == IntroStatus.PENDING and again.id != first.id
    trust.withdraw_introduction(again.id, actor=Actor("ana"))
    third = trust.request_introduction("ana", "dan", actor=Actor("ana"))
    trust.withdraw_introduction(third.id, actor=Actor("ana"))
    with pytest.raises(Throttled, match="3 introduction requests in the last 10 minutes"):
        trust.request_introduction("ana", "dan", actor=Actor("ana"))


def test_a_withdrawn_request_reads_so_in_both_pipelines(community: Community) -> None:
    intro = community.trust.request_introduction("ana", "dan", actor=Actor("ana"))
    community.trust.withdraw_introduction(intro.id, actor=Actor("ana"))
    for me, other in (("ana", "dan"), ("dan", "ana")):
        rows = [r for r in community.loop.pipeline(me, actor=Actor(me)) if r.person == other]
        assert [r.detail for r in rows] == ["introduction withdrawn"]
