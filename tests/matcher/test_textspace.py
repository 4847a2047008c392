"""The community text space (language centring, hubness reduction) and the calibrated score."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from matcher.errors import InvalidInput
from matcher.matching import BANDS, match_score
from matcher.matching.model import SCORE_ANCHORS, Weights
from matcher.matching.ranking import CandidateTable, pool_keys, pool_query, rank_exact
from matcher.matching.textspace import fit_text_space, text_language
from matcher.profiles.model import Profile, ProfileVectors

DIM = 16


def unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


def test_text_language_counts_function_words() -> None:
    assert text_language("Je cherche une associée pour vendre aux hôpitaux.") == "fr"
    assert text_language("I need someone who can sell to hospitals.") == "en"
    assert text_language("12345") == "en"


def test_a_negative_k_is_refused_with_the_fix() -> None:
    e = np.eye(3, dtype=np.float32)
    with pytest.raises(InvalidInput, match="use 0 to switch hubness reduction off"):
        fit_text_space(e, e, ["en"] * 3, ["en"] * 3, k=-2)


def _community(hub: bool) -> tuple[list[Profile], list[ProfileVectors]]:
    """60 people in pairs (needs of 2i = offers of 2i+1 and the reverse), plus, if ``hub``,
    one person whose offers sit between everyone's needs."""
    rng = np.random.default_rng(3)
    profiles, vectors = [], []
    common = unit(rng.standard_normal(DIM))  # what every text shares (as real embeddings do)
    base = unit(0.7 * common + unit(rng.standard_normal((60, DIM))))
    for i in range(0, 60, 2):
        a, b = base[i], base[i + 1]
        noise = unit(rng.standard_normal((2, DIM))) * 0.3
        profiles += [
            Profile(f"p{i:02d}", "A", "offers", "needs"),
            Profile(f"p{i + 1:02d}", "B", "offers", "needs"),
        ]
        vectors += [
            ProfileVectors(a, unit(b + noise[0]), a),
            ProfileVectors(b, unit(a + noise[1]), b),
        ]
    if hub:
        centre = common
        profiles.append(Profile("hub", "Hub", "offers", "needs"))
        vectors.append(ProfileVectors(centre, centre, centre))
    return profiles, vectors


def test_hubness_reduction_lowers_a_profile_near_everyone() -> None:
    profiles, vectors = _community(hub=True)
    offers = np.stack([v.offers for v in vectors])
    needs = np.stack([v.needs for v in vectors])
    langs = ["en"] * len(profiles)
    space = fit_text_space(offers, needs, langs, langs, k=5, centre_languages=False)
    raw = CandidateTable.build(profiles, vectors, DIM)
    fixed = CandidateTable.build(profiles, vectors, DIM, space=space)
    hub_row = raw.row_of["hub"]
    assert fixed.hub_offers is not None and fixed.hub_needs is not None
    assert fixed.hub_offers[hub_row] == fixed.hub_offers.max()  # the hub pays the most

    def hub_rank(table: CandidateTable) -> float:
        ranks = []
        for i in range(0, 60):
            got = [
                table.profiles[r.row].id for r in rank_exact(profiles[i], vectors[i], table, k=60)
            ]
            ranks.append(got.index("hub") + 1 if "hub" in got else 61)
        return float(np.mean(ranks))

    assert hub_rank(fixed) > hub_rank(raw) + 1  # it no longer crowds every list


def test_the_pools_linear_score_takes_the_hub_terms_off_as_the_exact_score_does() -> None:
    """The index searches ``pool_query . pool_keys``, the linear form of the score; with
    hubness reduction the exact score takes each candidate's hub terms off its two cosines,
    so the linear form must too, or the hubs it lowers keep crowding the pool (the pool's
    recall@10 on the evaluation sets: ``bench/pool_recall.py``). Over the pairs no clipping
    touches, the two differ by one constant (the viewer's own hub terms)."""
    profiles, vectors = _community(hub=True)
    offers = np.stack([v.offers for v in vectors])
    needs = np.stack([v.needs for v in vectors])
    langs = ["en"] * len(profiles)
    space = fit_text_space(offers, needs, langs, langs, k=5, centre_languages=False)
    table = CandidateTable.build(profiles, vectors, DIM, space=space)
    weights = Weights(directions="mean")
    w = weights.normalised()
    keys = pool_keys(table)
    for viewer in (0, 7, 60):
        linear = keys @ pool_query(profiles[viewer], vectors[viewer], weights, table)
        ranked = rank_exact(profiles[viewer], vectors[viewer], table, k=61, weights=weights)
        gaps = [
            linear[r.row]
            - w.reciprocal / 2 * (r.components.need_met + r.components.need_met_back)
            - w.values * (r.components.values or 0.0)
            for r in ranked
            if min(r.components.need_met, r.components.need_met_back, r.components.values or 0) > 0
        ]
        assert len(gaps) > 20
        assert np.ptp(gaps) < 1e-4


def test_the_pool_guesses_the_values_of_someone_who_wrote_none() -> None:
    """The exact score leaves a candidate's unknown values out and scales the other terms
    up; the pool's linear form counted them as 0 and passed over the best partner for
    someone slightly worse who wrote values."""
    e = np.eye(4, dtype=np.float32)
    ana = Profile("ana", "Ana", "code", "sales", values="slow growth")
    bob = Profile("bob", "Bob", "sales", "code")  # the best fit, no values written
    cyd = Profile("cyd", "Cyd", "sales", "code", values="growth")
    near = unit(0.95 * e[1] + np.sqrt(1 - 0.95**2) * e[3])
    some = unit(0.3 * e[2] + np.sqrt(1 - 0.09) * e[3])
    vectors = [
        ProfileVectors(e[0], e[1], e[2]),
        ProfileVectors(e[1], e[0], np.zeros(4, np.float32)),
        ProfileVectors(near, e[0], some),
    ]
    table = CandidateTable.build([ana, bob, cyd], vectors, 4)
    exact = rank_exact(ana, vectors[0], table, k=1)
    assert table.profiles[exact[0].row].id == "bob"
    linear = pool_keys(table) @ pool_query(ana, vectors[0], Weights(), table)
    linear[0] = -np.inf  # never the viewer
    assert table.profiles[int(np.argmax(linear))].id == "bob"  # a pool of one finds him


def test_language_centring_brings_a_partner_across_languages_closer() -> None:
    """Every French text shares an offset: a French need's English partner loses to French
    offers of other meanings, until each language's mean is taken away."""
    rng = np.random.default_rng(5)
    meaning = unit(rng.standard_normal((60, DIM)))
    french, english = unit(rng.standard_normal((2, DIM))) * 1.2
    offers = unit(np.vstack([meaning[:30] + english, meaning[30:] + french]))
    offer_langs = ["en"] * 30 + ["fr"] * 30
    needs = unit(meaning[:30] + french)  # French needs; partner i offers meaning i in English
    need_langs = ["fr"] * 30
    space = fit_text_space(offers, needs, offer_langs, need_langs, k=0)
    o, n, h_o, h_n = space.transform(offers, needs, offer_langs, need_langs)
    assert not h_o.any() and not h_n.any()  # k=0: no hubness terms
    assert np.allclose(np.linalg.norm(o, axis=1), 1.0, atol=1e-5)

    def partner_rank(offer_m: np.ndarray, need_m: np.ndarray) -> float:
        sims = need_m @ offer_m.T
        return float(np.mean([1 + np.sum(sims[i] > sims[i, i]) for i in range(30)]))

    before, after = partner_rank(offers, needs), partner_rank(o, n)
    assert before > 5 and after < 2, (before, after)


def test_an_updated_table_keeps_the_space_and_one_hub_term_per_row() -> None:
    profiles, vectors = _community(hub=False)
    offers = np.stack([v.offers for v in vectors])
    langs = ["en"] * len(profiles)
    space = fit_text_space(offers, np.stack([v.needs for v in vectors]), langs, langs, k=5)
    table = CandidateTable.build(profiles[:50], vectors[:50], DIM, space=space)
    grown = table.updated(list(zip(profiles[50:], vectors[50:], strict=True)), ["p00"], DIM)
    assert grown.space is space
    assert grown.hub_offers is not None and len(grown.hub_offers) == len(grown) == 59
    whole = CandidateTable.build(profiles[1:], vectors[1:], DIM, space=space)
    row, whole_row = grown.row_of["p55"], whole.row_of["p55"]
    assert whole.hub_offers is not None
    assert grown.hub_offers[row] == pytest.approx(whole.hub_offers[whole_row], abs=1e-6)


@given(st.floats(-1, 2, allow_nan=False), st.floats(-1, 2, allow_nan=False))
def test_points_grow_with_the_score_and_stay_in_0_100(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert 0 <= match_score(low).points <= match_score(high).points <= 100


def test_each_band_starts_at_its_points() -> None:
    words = [word for _, word in BANDS]
    assert words == ["excellent", "good", "possible", "weak"]
    # the word follows the points shown (rounded), so 75 points always read "excellent"
    at = {points: score for score, points in SCORE_ANCHORS}
    assert match_score(at[75]) == match_score(at[75] - 0.001)
    assert match_score(at[75]).points == 75 and match_score(at[75]).band == "excellent"
    assert match_score(at[75] - 0.01).band == "good" and match_score(at[50]).band == "good"
    assert match_score(at[50] - 0.01).band == "possible"
    assert match_score(at[20] - 0.01).band == "weak"
    for score in np.linspace(0, 1, 201):
        rating = match_score(float(score))
        assert rating.band == next(w for least, w in BANDS if rating.points >= least)


def _people(n: int) -> list[dict[str, str]]:
    words = ["python", "sales", "design", "finance", "legal", "growth", "data", "retail"]
    rng = np.random.default_rng(n)
    rows = []
    for i in range(n):
        pick = rng.choice(words, size=4)
        rows.append(
            {
                "id": f"p{i:03d}",
                "name": f"P{i}",
                "offers": " ".join(pick[:2]),
                "needs": " ".join(pick[2:]),
                "values": "calm",
            }
        )
    return rows


@pytest.mark.parametrize(("size", "corrected"), [(60, True), (20, False)])
def test_the_service_fits_the_space_from_text_space_from_people(size: int, corrected: bool) -> None:
    from embeddings.encoder import FakeEncoder
    from matcher.access import ADMIN
    from matcher.community import Community
    from matcher.matching import MatchingService, MatchSettings

    c = Community(":memory:", FakeEncoder(dim=32))
    c.profiles.import_profiles(_people(size))
    plain = MatchingService(c.profiles, MatchSettings(hubness_k=0, centre_languages=False))
    default = MatchingService(c.profiles, MatchSettings())
    a = [(s.candidate, s.score) for s in plain.suggest("p001", k=10, actor=ADMIN)]
    b = [(s.candidate, s.score) for s in default.suggest("p001", k=10, actor=ADMIN)]
    assert (a != b) is corrected


@pytest.mark.parametrize("size", [60, 20])
def test_an_event_scores_a_pair_as_the_suggestions_do(size: int) -> None:
    """One number for one pair: the attendees' score matrix (events) is the suggestions'
    score, text space and hub terms included, once the community has one."""
    from embeddings.encoder import FakeEncoder
    from matcher.access import ADMIN
    from matcher.community import Community

    c = Community(":memory:", FakeEncoder(dim=32))
    c.profiles.import_profiles(_people(size))
    got = c.matching.suggest("p001", k=5, actor=ADMIN, explain=False)
    assert got
    for s in got:
        _, _, scores, _ = c.matching.pair_scores(["p001", s.candidate])
        assert s.match == pytest.approx(float(scores[0, 1]), abs=2e-6), s.candidate


def test_an_ensemble_is_centred_block_by_block() -> None:
    """Two encoders side by side (``EnsembleEncoder``): each block centred per language and
    normalised on its own, so a corrected cosine is the mean of each encoder's own."""
    rng = np.random.default_rng(5)
    langs = ["en"] * 20 + ["fr"] * 20
    shift = np.where(np.array(langs)[:, None] == "fr", 2.0, 0.0)  # a language offset
    a_o, a_n = (unit(rng.standard_normal((40, 8)) + shift) for _ in range(2))
    b_o, b_n = (unit(rng.standard_normal((40, 4)) * 0.2 + 1.0) for _ in range(2))  # crowded
    both_o = np.hstack([a_o, b_o]) / np.sqrt(2)
    both_n = np.hstack([a_n, b_n]) / np.sqrt(2)
    joint = fit_text_space(both_o, both_n, langs, langs, k=0, blocks=(8, 4))
    o, n, _, _ = joint.transform(both_o, both_n, langs, langs)
    means = []
    for off, need in ((a_o, a_n), (b_o, b_n)):
        alone = fit_text_space(off, need, langs, langs, k=0)
        oo, nn, _, _ = alone.transform(off, need, langs, langs)
        means.append(nn @ oo.T)
    assert np.allclose(n @ o.T, np.mean(means, axis=0), atol=1e-5)
    # without blocks the crowded encoder's small residual would weigh less
    plain = fit_text_space(both_o, both_n, langs, langs, k=0)
    po, pn, _, _ = plain.transform(both_o, both_n, langs, langs)
    assert not np.allclose(pn @ po.T, np.mean(means, axis=0), atol=1e-3)


@pytest.mark.parametrize("half", [False, True])
def test_a_large_community_is_corrected_a_chunk_at_a_time_with_the_same_bits(
    monkeypatch: pytest.MonkeyPatch, half: bool
) -> None:
    """At a million profiles the text space is fitted and the table corrected a chunk of
    rows at a time (no float32 copy of everyone): the space, the corrected columns and the
    hub terms are bit for bit those of one pass over every row (here chunks of 1,024 rows
    against one chunk of 3,000, French and English mixed)."""
    import matcher.matching.ranking as ranking
    import matcher.matching.textspace as textspace

    rng = np.random.default_rng(5)
    n = 3000
    offers, needs, values = (unit(rng.standard_normal((n, DIM))) for _ in range(3))
    text = ["je cherche une associée", "I need a partner"]
    profiles = [Profile(f"p{i:04d}", "P", text[i % 2], text[(i // 2) % 2]) for i in range(n)]
    o_langs = [text_language(p.offers) for p in profiles]
    n_langs = [text_language(p.needs) for p in profiles]
    dtype = np.float16 if half else np.float32

    def table() -> CandidateTable:
        o, d, v = (x.astype(dtype) for x in (offers, needs, values))
        space = fit_text_space(o, d, o_langs, n_langs, k=10)
        return CandidateTable.from_columns(profiles, o, d, v, space, half=half)

    monkeypatch.setattr(textspace, "CHUNK", 4096)
    monkeypatch.setattr(ranking, "CHUNK", 4096)
    whole = table()
    monkeypatch.setattr(textspace, "CHUNK", 1024)
    monkeypatch.setattr(ranking, "CHUNK", 1024)
    chunked = table()
    assert whole.space is not None and chunked.space is not None
    for lang in ("en", "fr"):
        assert np.array_equal(whole.space.offer_means[lang], chunked.space.offer_means[lang])
    for name in ("offers", "needs", "values", "hub_offers", "hub_needs"):
        assert np.array_equal(getattr(whole, name), getattr(chunked, name)), name
    assert whole.offers.dtype == dtype
