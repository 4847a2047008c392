"""Scoring and ranking: a worked example by hand, then properties."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from matcher.matching.model import (
    Components,
    Filters,
    Weights,
    blend_preferences,
    combine,
    filter_reason,
    harmonic,
    match_score,
    points_by_part,
    preference_share,
    role_score,
    two_way,
)
from matcher.matching.ranking import (
    DOT_ROWS,
    FEW_BANNED,
    CandidateTable,
    ProfileVectors,
    _allowed,
    allowed_count,
    allowed_rows,
    rank_exact,
    score_matrix,
    screen,
)
from matcher.profiles import (
    CRITERIA,
    Commitment,
    Preferences,
    Profile,
    Role,
    Stage,
    Strength,
    Visibility,
)


def unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_worked_example_by_hand() -> None:
    """Ana (tech) needs sales; Bob (sales) needs tech; 3-d toy embeddings.

    needs_A = (1, 0, 0), offers_B = (0.8, 0.6, 0): c(A->B) = 0.8
    needs_B = (0, 1, 0), offers_A = (0, 0.6, 0.8): c(B->A) = 0.6
    reciprocal = ((sqrt(0.8) + sqrt(0.6)) / 2) ** 2 = 0.696410, their balanced mean (the mean:
    (0.8 + 0.6) / 2 = 0.7; harmonic directions: 2 * 0.8 * 0.6 / 1.4 = 0.685714)
    values: (1, 0, 0) . (0.6, 0.8, 0) = 0.6
    roles: Ana seeks sales, Bob offers sales and design (1/1); Bob seeks tech and
    finance, Ana offers tech (1/2): H(1, 0.5) = 2/3; no common offered role.
    score = 0.65 * 0.696410 + 0.15 * 0.6 + 0.2 * 0.666667 = 0.676000
    (mean: 0.65 * 0.7 + ... = 0.678333; harmonic: 0.65 * 0.685714 + ... = 0.669048)
    """
    ana = Profile("ana", "Ana", "o", "n", roles_offered=(Role.TECH,), roles_sought=(Role.SALES,))
    bob = Profile(
        "bob",
        "Bob",
        "o",
        "n",
        roles_offered=(Role.SALES, Role.DESIGN),
        roles_sought=(Role.TECH, Role.FINANCE),
    )
    va = ProfileVectors(offers=unit(0, 0.6, 0.8), needs=unit(1, 0, 0), values=unit(1, 0, 0))
    vb = ProfileVectors(offers=unit(0.8, 0.6, 0), needs=unit(0, 1, 0), values=unit(0.6, 0.8, 0))
    table = CandidateTable.build([ana, bob], [va, vb], 3)
    [ranked] = rank_exact(ana, va, table)
    c = ranked.components
    assert (c.need_met, c.need_met_back) == (pytest.approx(0.8), pytest.approx(0.6))
    assert c.reciprocal == pytest.approx(0.696410, abs=1e-6)
    assert c.values == pytest.approx(0.6)
    assert c.roles == pytest.approx(2 / 3, abs=1e-6)
    assert ranked.score == pytest.approx(0.676, abs=1e-6)
    # the scalar path agrees with the vectorised one
    score, parts = combine(0.8, 0.6, 0.6, role_score(ana, bob))
    assert score == ranked.score and parts == c
    # the arithmetic and the harmonic mean of the directions, when asked for
    for directions, reciprocal, expected in (
        ("mean", 0.7, 0.678333),
        ("harmonic", 0.685714, 0.669048),
    ):
        w = Weights(directions=directions)
        [h] = rank_exact(ana, va, table, weights=w)
        assert h.components.reciprocal == pytest.approx(reciprocal, abs=1e-6)
        assert h.score == pytest.approx(expected, abs=1e-6)
        assert combine(0.8, 0.6, 0.6, role_score(ana, bob), w) == (h.score, h.components)
    # and from Bob's side everything is the same: the score is reciprocal
    [back] = rank_exact(bob, vb, table)
    assert back.score == ranked.score


def test_score_matrix_forbids_a_pair_with_no_common_language() -> None:
    # moved from score_matrix's docstring, which now points at rank_exact's example
    e = np.eye(4, dtype=np.float32)
    ana = Profile(
        "ana", "Ana", "code", "sales", roles_offered=(Role.TECH,), roles_sought=(Role.SALES,)
    )
    bob = Profile(
        "bob", "Bob", "sales", "code", roles_offered=(Role.SALES,), roles_sought=(Role.TECH,)
    )
    cyd = Profile("cyd", "Cyd", "sales", "design", roles_offered=(Role.SALES,), languages=("fr",))
    vec = [
        ProfileVectors(e[0], e[1], e[2]),
        ProfileVectors(e[1], e[0], e[2]),
        ProfileVectors(e[1], e[3], e[2]),
    ]
    s, forbidden = score_matrix(CandidateTable.build([ana, bob, cyd], vec, 4))
    assert (s.round(6).tolist()[0], forbidden[0].tolist()) == (
        [0.0, 1.0, 0.0],
        [True, False, True],
    )


def test_one_sided_fit_cannot_rank_high_under_the_harmonic_mean() -> None:
    assert harmonic(1.0, 0.0) == 0.0
    assert harmonic(0.9, 0.1) < 0.2 < harmonic(0.5, 0.5)
    assert two_way(1.0, 0.0, "harmonic") == 0.0
    # the arithmetic mean ranks a fit both ways level with a one-sided one of the same sum
    assert two_way(0.5, 0.5, "mean") == two_way(1.0, 0.0, "mean") == 0.5


def test_balanced_directions_prefer_a_fit_both_ways_without_sinking_one_weak_direction() -> None:
    """The default: the square of the mean of the square roots. Of two pairs with the same
    sum, the one that meets both ways ranks first; a true pair whose texts meet well one way
    only keeps a score between its harmonic and its arithmetic mean."""
    assert two_way(0.5, 0.5) == 0.5 > two_way(0.7, 0.3) > two_way(1.0, 0.0) == 0.25
    assert two_way(0.6, 0.5) > two_way(1.0, 0.0)
    for a, b in ((0.6, 0.05), (0.4, 0.1), (0.3, 0.0), (0.25, 0.25)):
        assert two_way(a, b, "harmonic") <= two_way(a, b) <= two_way(a, b, "mean")
        assert two_way(a, b) == two_way(b, a)  # one number for a pair, both ways
    assert two_way(-0.2, 0.4) == two_way(0.0, 0.4) == 0.1  # negatives count as 0
    # the vectorised path gives the same numbers
    e = np.eye(2, dtype=np.float32)
    a = Profile("a", "A", "o", "n")
    b = Profile("b", "B", "o", "n")
    c = 0.6
    va = ProfileVectors(offers=e[0], needs=e[1], values=np.zeros(2, np.float32))
    vb = ProfileVectors(
        offers=unit(c, np.sqrt(1 - c * c)), needs=e[0], values=np.zeros(2, np.float32)
    )
    table = CandidateTable.build([a, b], [va, vb], 2)
    [r] = rank_exact(a, va, table)
    assert r.components.need_met == pytest.approx(np.sqrt(1 - c * c), abs=1e-6)
    assert r.components.need_met_back == 1.0
    assert r.components.reciprocal == pytest.approx(
        two_way(r.components.need_met, r.components.need_met_back), abs=1e-6
    )


def test_untagged_person_is_unknown_for_roles_not_empty() -> None:
    dev = Profile("d", "D", "o", "n", roles_offered=(Role.TECH,), roles_sought=(Role.SALES,))
    seller = Profile("s", "S", "o", "n", roles_offered=(Role.SALES,), roles_sought=(Role.TECH,))
    untagged = Profile("u", "U", "o", "n")
    designer = Profile("x", "X", "o", "n", roles_offered=(Role.DESIGN,))
    assert role_score(dev, untagged) == role_score(untagged, dev) == 0.5
    assert role_score(dev, seller) == 1.0 > 0.5 > role_score(dev, designer) == 0.0
    assert role_score(untagged, untagged) == 0.5


def test_a_person_who_wrote_nothing_about_how_they_work_is_not_marked_down() -> None:
    """An empty values text is encoded as the zero vector: its cosine with anyone is 0.
    That is unknown, not "nothing in common": the values term is left out and the other
    weights scaled up, so the pair scores as its texts and roles say; the components say
    None (pages: "not given"), the same in the vectorised and the pairwise paths."""
    e = np.eye(3, dtype=np.float32)
    zero = np.zeros(3, dtype=np.float32)
    ana = Profile("ana", "Ana", "o", "n", roles_offered=(Role.TECH,), roles_sought=(Role.SALES,))
    bob = Profile("bob", "Bob", "o", "n", roles_offered=(Role.SALES,), roles_sought=(Role.TECH,))
    cyd = Profile("cyd", "Cyd", "o", "n", roles_offered=(Role.SALES,), roles_sought=(Role.TECH,))
    va = ProfileVectors(offers=e[0], needs=e[1], values=e[2])
    vb = ProfileVectors(offers=e[1], needs=e[0], values=zero)  # bob wrote no values
    vc = ProfileVectors(offers=e[1], needs=e[0], values=e[2])  # cyd works exactly as ana
    table = CandidateTable.build([ana, bob, cyd], [va, vb, vc], 3)
    got = {table.profiles[r.row].id: r for r in rank_exact(ana, va, table, k=2)}
    assert got["bob"].components.values is None and got["bob"].score == 1.0  # (0.65 + 0.2) / 0.85
    assert got["cyd"].components.values == 1.0 and got["cyd"].score == 1.0
    assert combine(1.0, 1.0, None, 1.0) == (got["bob"].score, got["bob"].components)
    # a viewer who wrote none: unknown for everyone, and the order is the texts' and roles'
    mute = ProfileVectors(offers=e[0], needs=e[1], values=zero)
    for r in rank_exact(ana, mute, table, k=2):
        assert r.components.values is None and r.score == 1.0
    # before, bob lost 0.15 for an empty field: 0.85 against cyd's 1.0
    assert got["bob"].score > 0.65 * 1.0 + 0.15 * 0.0 + 0.2 * 1.0


def test_same_role_only_is_penalised() -> None:
    a = Profile("a", "A", "o", "n", roles_offered=(Role.TECH,))
    b = Profile("b", "B", "o", "n", roles_offered=(Role.TECH,))
    assert role_score(a, b) == 0.0  # H(0.5, 0.5) - 0.5 * 1
    assert role_score(a, b, overlap_penalty=0) == 0.5


def test_weights_are_normalised_and_checked() -> None:
    assert Weights(3, 0, 1).normalised() == Weights(0.75, 0, 0.25)
    with pytest.raises(ValueError, match="weights reciprocal, values and roles are all 0"):
        Weights(0, 0, 0)


def test_filter_reasons() -> None:
    a = Profile("a", "A", "o", "n", languages=("fr", "en"), commitment=Commitment.FULL_TIME)
    assert filter_reason(a, a) == "same person"
    side = Profile("s", "S", "o", "n", commitment=Commitment.SIDE_PROJECT)
    assert filter_reason(a, side) == "commitment full-time vs side-project"
    assert filter_reason(a, side, Filters(max_commitment_gap=2)) is None
    hidden = Profile("h", "H", "o", "n", visibility=Visibility.EVENT_ONLY)
    assert filter_reason(a, hidden) == "not open to suggestions"
    no = Profile("n", "N", "o", "n", consent=False)
    assert filter_reason(a, no) == "not open to suggestions"
    assert filter_reason(a, Profile("x", "X", "o", "n"), avoided={"x"}) == "avoided"


# ----------------------------------------------------------------- properties
ROLE = st.sampled_from(list(Role))
LANG = st.sampled_from(["fr", "en", "de"])
INDUSTRY = st.sampled_from(["health", "energy", "fintech"])
PREFERENCES = st.builds(
    Preferences, **{c: st.sampled_from(list(Strength)) for c in CRITERIA}
) | st.just(Preferences())


@st.composite
def community(draw: st.DrawFn) -> tuple[list[Profile], list[ProfileVectors]]:
    n = draw(st.integers(min_value=2, max_value=12))
    seed = draw(st.integers(min_value=0, max_value=10_000))
    rng = np.random.default_rng(seed)
    profiles, vectors = [], []
    for i in range(n):
        offered = draw(st.lists(ROLE, max_size=2, unique=True))
        sought = draw(
            st.lists(ROLE.filter(lambda r, o=offered: r not in o), max_size=2, unique=True)
        )
        profiles.append(
            Profile(
                f"p{i}",
                f"P{i}",
                "o",
                "n",
                roles_offered=tuple(offered),
                roles_sought=tuple(sought),
                commitment=draw(st.sampled_from(list(Commitment))),
                utc_offset=draw(st.sampled_from([-5.0, 0.0, 1.0, 3.5, 8.0])),
                languages=tuple(draw(st.lists(LANG, min_size=1, max_size=2, unique=True))),
                visibility=draw(st.sampled_from(list(Visibility))),
                consent=draw(st.booleans()),
                stage=draw(st.sampled_from(list(Stage))),
                industries=tuple(draw(st.lists(INDUSTRY, max_size=2, unique=True))),
                preferences=draw(PREFERENCES),
            )
        )
        m = rng.normal(size=(3, 8)).astype(np.float32)
        m /= np.linalg.norm(m, axis=1, keepdims=True)
        if draw(st.booleans()):  # wrote nothing about how they work: the zero vector
            m[2] = 0.0
        vectors.append(ProfileVectors(*m))
    return profiles, vectors


FILTERS = st.builds(
    Filters,
    max_utc_gap=st.sampled_from([None, 0.0, 2.0, 6.0]),
    max_commitment_gap=st.sampled_from([None, 0, 1, 2]),
    require_common_language=st.booleans(),
)


@given(community(), FILTERS)
def test_filters_are_never_violated(data, filters: Filters) -> None:  # type: ignore[no-untyped-def]
    profiles, vectors = data
    table = CandidateTable.build(profiles, vectors, 8)
    for viewer, vv in zip(profiles, vectors, strict=True):
        ranked = rank_exact(viewer, vv, table, k=len(profiles), filters=filters)
        got = {table.profiles[r.row].id for r in ranked}
        allowed = {p.id for p in profiles if filter_reason(viewer, p, filters) is None}
        assert got == allowed
        rows = np.arange(len(table), dtype=np.intp)
        fast, _, _ = _allowed(viewer, table, rows, filters, ())
        assert [p.id for p, ok in zip(profiles, fast, strict=True) if ok] == sorted(
            allowed, key=lambda i: int(i[1:])
        )


@given(community())
def test_score_is_symmetric(data) -> None:  # type: ignore[no-untyped-def]
    profiles, vectors = data
    open_profiles = [
        Profile(
            p.id,
            p.name,
            p.offers,
            p.needs,
            roles_offered=p.roles_offered,
            roles_sought=p.roles_sought,
        )
        for p in profiles
    ]
    table = CandidateTable.build(open_profiles, vectors, 8)
    scores = {}
    for viewer, vv in zip(open_profiles, vectors, strict=True):
        for r in rank_exact(viewer, vv, table, k=len(profiles)):
            scores[viewer.id, table.profiles[r.row].id] = r.score
    for (a, b), s in scores.items():
        assert math.isclose(s, scores[b, a], abs_tol=2e-6)
        assert 0 <= s <= 1


@given(community(), st.randoms(use_true_random=False))
def test_ranking_does_not_depend_on_input_order(data, rnd) -> None:  # type: ignore[no-untyped-def]
    profiles, vectors = data
    order = list(range(len(profiles)))
    rnd.shuffle(order)
    t1 = CandidateTable.build(profiles, vectors, 8)
    t2 = CandidateTable.build([profiles[i] for i in order], [vectors[i] for i in order], 8)
    for viewer, vv in zip(profiles, vectors, strict=True):
        r1 = [(t1.profiles[r.row].id, r.score) for r in rank_exact(viewer, vv, t1, k=5)]
        r2 = [(t2.profiles[r.row].id, r.score) for r in rank_exact(viewer, vv, t2, k=5)]
        assert r1 == r2


@given(community(), FILTERS)
def test_vectorised_score_equals_the_pairwise_definition(data, filters: Filters) -> None:  # type: ignore[no-untyped-def]
    """rank_exact (every row at once) gives each pair the score of the pairwise functions:
    combine, then the preference component blended in (when either side has nice-to-haves)."""
    profiles, vectors = data
    table = CandidateTable.build(profiles, vectors, 8)
    w = Weights()
    by_id = dict(zip((p.id for p in profiles), vectors, strict=True))
    for viewer, vv in zip(profiles, vectors, strict=True):
        for r in rank_exact(viewer, vv, table, k=len(profiles), filters=filters):
            other = table.profiles[r.row]
            ov = by_id[other.id]
            known = bool(ov.values.any() and vv.values.any())
            base, _ = combine(
                float(ov.offers @ vv.needs),
                float(ov.needs @ vv.offers),
                float(ov.values @ vv.values) if known else None,
                role_score(viewer, other),
                w,
            )
            assert (r.components.values is None) == (not known)
            share = preference_share(viewer, other, filters)
            assert r.components.preferences == (None if share is None else round(share, 6))
            assert math.isclose(r.score, blend_preferences(base, share, 0.1), abs_tol=2e-6)


def _allowed_one_by_one(viewer, table, rows, filters, avoided):  # type: ignore[no-untyped-def]
    """The reference of :func:`matcher.matching.ranking._allowed`'s last step, one row at a time (as it
    was written before it was vectorised): never the viewer, never anyone avoided."""
    ok, _, _ = _allowed(viewer, table, rows, filters, ())
    ok = ok.copy()
    for i, row in enumerate(rows):
        if table.profiles[row].id == viewer.id or table.profiles[row].id in avoided:
            ok[i] = False
    return ok


@given(community(), FILTERS, st.data())
def test_fast_path_equals_the_reference_on_random_pools(data, filters: Filters, draw) -> None:  # type: ignore[no-untyped-def]
    """rank_exact over a random pool (as the index gives it: any rows, in any order) with a
    random avoid list (short, compared row by row, or longer than FEW_BANNED): the allowed
    rows are those of the row-by-row reference, the result is sorted by score then id, and
    it is the full ranking restricted to the pool; the pool screened first (the
    suggestions count it, then rank it) ranks the same, bit for bit."""
    profiles, vectors = data
    table = CandidateTable.build(profiles, vectors, 8)
    ids = [p.id for p in profiles]
    for viewer, vv in zip(profiles, vectors, strict=True):
        avoided = set(
            draw.draw(st.lists(st.sampled_from([*ids, "nobody"]), max_size=FEW_BANNED + 4))
        )
        pool = draw.draw(st.permutations(range(len(table))))
        pool = pool[: draw.draw(st.integers(min_value=0, max_value=len(pool)))]
        rows = np.asarray(pool, dtype=np.intp)
        fast, _, _ = _allowed(viewer, table, rows, filters, avoided)
        assert fast.tolist() == _allowed_one_by_one(viewer, table, rows, filters, avoided).tolist()
        ranked = rank_exact(
            viewer, vv, table, k=len(table), filters=filters, avoided=avoided, rows=rows
        )
        seen = screen(viewer, table, rows, filters, avoided)
        assert seen.count == int(fast.sum()) == allowed_count(viewer, table, rows, filters, avoided)
        assert ranked == rank_exact(
            viewer,
            vv,
            table,
            k=len(table),
            filters=filters,
            avoided=avoided,
            rows=rows,
            screened=seen,
        )
        got = [(table.profiles[r.row].id, r.score) for r in ranked]
        assert got == sorted(got, key=lambda t: (-t[1], t[0]))
        assert {i for i, _ in got} == {ids[r] for r, ok in zip(rows, fast, strict=True) if ok}
        full = rank_exact(viewer, vv, table, k=len(table), filters=filters, avoided=avoided)
        allowed = {i for i, _ in got}
        assert [
            (i, s) for i, s in ((table.profiles[r.row].id, r.score) for r in full) if i in allowed
        ] == got
        k = draw.draw(st.integers(min_value=1, max_value=len(table)))
        assert (
            rank_exact(viewer, vv, table, k=k, filters=filters, avoided=avoided, rows=rows)
            == ranked[:k]
        )


@given(community(), FILTERS, st.data())
def test_a_scan_of_everyone_filters_first_and_ranks_as_every_row_given(
    data, filters: Filters, draw
) -> None:  # type: ignore[no-untyped-def]
    """rank_exact over the whole table (``rows=None``) takes the allowed rows from one pass
    over the compact columns (:func:`allowed_rows`) and scores only those: the same rows as
    the row-by-row reference, and the same list, bit for bit, as every row given."""
    profiles, vectors = data
    table = CandidateTable.build(profiles, vectors, 8)
    ids = [p.id for p in profiles]
    everyone = np.arange(len(table), dtype=np.intp)
    for viewer, vv in zip(profiles, vectors, strict=True):
        avoided = set(draw.draw(st.lists(st.sampled_from([*ids, "nobody"]), max_size=4)))
        reference = _allowed_one_by_one(viewer, table, everyone, filters, avoided)
        assert allowed_rows(viewer, table, filters, avoided).tolist() == (
            np.flatnonzero(reference).tolist()
        )
        k = draw.draw(st.integers(min_value=1, max_value=len(table)))
        assert rank_exact(viewer, vv, table, k=k, filters=filters, avoided=avoided) == rank_exact(
            viewer, vv, table, k=k, filters=filters, avoided=avoided, rows=everyone
        )


@given(community(), FILTERS, st.data())
def test_rows_ranked_apart_score_as_a_second_ranking_of_those_left_out(
    data, filters: Filters, draw
) -> None:  # type: ignore[no-untyped-def]
    """``also`` (the suggestions' most trusted people beside their pool, scored in the same
    call): the ``k`` best of the pool, then every allowed one of the ``also`` rows not
    among them, best first: the same list, bit for bit, as the pool ranked alone followed
    by a second ranking of those rows left out (what the suggestions did before), with the
    rows screened first or not, whether the ``also`` rows are in the pool or not."""
    profiles, vectors = data
    table = CandidateTable.build(profiles, vectors, 8)
    ids = [p.id for p in profiles]
    everyone = list(range(len(table)))
    for viewer, vv in zip(profiles, vectors, strict=True):
        avoided = set(draw.draw(st.lists(st.sampled_from([*ids, "nobody"]), max_size=4)))
        pool = draw.draw(st.lists(st.sampled_from(everyone), unique=True))
        trusted = draw.draw(st.lists(st.sampled_from(everyone), unique=True))
        k = draw.draw(st.integers(min_value=1, max_value=len(table)))
        ask = {"k": k, "filters": filters, "avoided": avoided}
        alone = rank_exact(viewer, vv, table, rows=np.asarray(pool, np.intp), **ask)
        have = {r.row for r in alone}
        left = [row for row in trusted if row not in have]
        second = rank_exact(
            viewer, vv, table, **(ask | {"k": len(left)}), rows=np.asarray(left, np.intp)
        )
        both = np.asarray(pool + trusted, np.intp)
        seen = screen(viewer, table, both, filters, avoided)
        for screened in (None, seen):
            got = rank_exact(
                viewer, vv, table, rows=both, screened=screened, also=len(trusted), **ask
            )
            assert got == alone + (second if left else [])
    with pytest.raises(ValueError, match="also must be in"):
        rank_exact(profiles[0], vectors[0], table, rows=np.asarray([0], np.intp), also=2)


def test_a_pool_screened_for_other_rows_or_another_viewer_is_refused() -> None:
    """rank_exact takes the filters' verdicts of :func:`screen` only for the rows and the
    viewer they were made for: never another pool's, which would let the wrong people through."""
    e = np.eye(2, dtype=np.float32)
    people = [Profile(i, i, "o", "n") for i in ("ana", "bob", "cyd")]
    vv = ProfileVectors(*e[[0, 1, 0]])
    table = CandidateTable.build(people, [vv] * 3, 2)
    seen = screen(people[0], table, [1, 2])
    assert rank_exact(people[0], vv, table, rows=[1, 2], screened=seen) == rank_exact(
        people[0], vv, table, rows=[1, 2]
    )
    for viewer, rows in ((people[0], [2, 1]), (people[1], [1, 2])):
        with pytest.raises(ValueError, match="screened was made for other rows"):
            rank_exact(viewer, vv, table, rows=rows, screened=seen)


def test_normalised_weights_are_made_once_and_a_replacement_has_its_own() -> None:
    """Every score asks for the normalised weights (a suggestion about 45 times): kept on
    the instance, equal to what the formula gives; a changed copy does not inherit them."""
    w = Weights(reciprocal=2, values=1, roles=1)
    first = w.normalised()
    assert w.normalised() is first
    assert first == Weights(0.5, 0.25, 0.25)
    other = replace(w, roles=2)
    assert other.normalised() == Weights(0.4, 0.2, 0.4) and other == Weights(2, 1, 2)
    assert repr(w) == "Weights(reciprocal=2, values=1, roles=1, overlap_penalty=0.5, " + (
        "preferences=0.1, directions='balanced')"
    )


def test_the_text_products_do_not_depend_on_how_many_rows_are_gathered() -> None:
    """The products are computed :data:`DOT_ROWS` rows at a time: a candidate's score is
    the same bits in a pool, in a block and in a scan of thousands (the pool and the scan
    must rank the same people the same)."""
    rng = np.random.default_rng(3)
    n = 3 * DOT_ROWS + 7
    profiles = [Profile(f"p{i:04d}", "P", "o", "n") for i in range(n)]

    def vec() -> np.ndarray:
        v = rng.normal(size=16).astype(np.float32)
        return v / np.linalg.norm(v)

    vectors = [ProfileVectors(offers=vec(), needs=vec(), values=vec()) for _ in profiles]
    table = CandidateTable.build(profiles, vectors, 16)
    viewer, vv = profiles[0], vectors[0]
    scan = {r.row: r for r in rank_exact(viewer, vv, table, k=n)}
    for rows in ([5], [DOT_ROWS - 1, DOT_ROWS, n - 1], list(range(DOT_ROWS + 1, 2 * DOT_ROWS + 9))):
        for r in rank_exact(viewer, vv, table, k=n, rows=np.asarray(rows)):
            assert r == scan[r.row]


def test_a_half_table_ranks_as_the_float32_table() -> None:
    """Text columns kept in float16 (a large community's table): the same top 10 for every
    viewer here, but for candidates tied within 1e-4 (which float16 may swap), scores within
    1e-3; updates keep the half columns."""
    rng = np.random.default_rng(9)
    roles = list(Role)
    profiles = [
        Profile(
            f"p{i}",
            f"P{i}",
            "o",
            "n",
            roles_offered=(roles[i % len(roles)],),
            roles_sought=(roles[(i * 7 + 3) % len(roles)],),
        )
        for i in range(400)
    ]

    def vec() -> np.ndarray:
        v = rng.normal(size=32).astype(np.float32)
        return v / np.linalg.norm(v)

    vectors = [ProfileVectors(offers=vec(), needs=vec(), values=vec()) for _ in profiles]
    full = CandidateTable.build(profiles, vectors, 32)
    half = CandidateTable.build(profiles, vectors, 32, half=True)
    assert half.offers.dtype == np.float16 and full.offers.dtype == np.float32
    assert half.offers.nbytes * 2 == full.offers.nbytes
    for viewer, vv in list(zip(profiles, vectors, strict=True))[:20]:
        a, b = rank_exact(viewer, vv, full, k=10), rank_exact(viewer, vv, half, k=10)
        exact = {r.row: r.score for r in rank_exact(viewer, vv, full, k=len(profiles))}
        assert all(
            x.row == y.row or abs(exact[y.row] - x.score) < 1e-4 for x, y in zip(a, b, strict=True)
        )
        assert sum(x.row != y.row for x, y in zip(a, b, strict=True)) <= 2
        assert max(abs(x.score - y.score) for x, y in zip(a, b, strict=True)) < 1e-3
    moved = half.updated([(profiles[0], vectors[1])], removed=["p2"], dim=32)
    assert moved.offers.dtype == np.float16 and len(moved) == 399


@given(
    st.floats(0, 1),
    st.floats(0, 1),
    st.one_of(st.none(), st.floats(0, 1)),
    st.floats(0, 1),
    st.one_of(st.none(), st.floats(0, 1)),
    st.sampled_from(["balanced", "mean", "harmonic"]),
)
def test_a_cards_points_are_told_part_by_part_and_add_up(
    need: float, back: float, values: float | None, roles: float, prefs: float | None, how: str
) -> None:
    """points_by_part splits the card's points (match_score of the blend) into whole points
    a part, never negative, adding up to the card's figure, in any direction setting."""
    w = Weights(directions=how)
    score, parts = combine(need, back, values, roles, w)
    parts = Components(
        parts.need_met, parts.need_met_back, parts.reciprocal, parts.values, parts.roles, prefs
    )
    score = blend_preferences(score, prefs, w.normalised().preferences)
    points = match_score(score).points
    split = points_by_part(parts, points, w)
    assert sum(split.values()) == points and min(split.values()) >= 0
    assert ("values" in split) == (values is not None)
    assert ("preferences" in split) == (prefs is not None)
