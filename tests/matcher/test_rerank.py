"""Learning from the loop (issue 20, point 3): labels, training data, refusals, versions, the
switch, held-out evaluation, explanations, isolation between communities, erasure."""

from __future__ import annotations

import datetime as dt
import json
import random
import time

import numpy as np
import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.db import Jobs
from matcher.errors import Conflict, InvalidInput, NotAllowed, NotEnoughFeedback
from matcher.matching import MatchSettings, RerankSettings, match_score
from matcher.matching.model import band_floor
from matcher.matching.rerank import (
    FEATURES,
    Example,
    LabelledPair,
    check_training,
    fit,
    labels_from,
    pair_features,
    viewer_weights,
)
from matcher.matching.service import RETRAIN_JOB
from matcher.trust import Feedback, Introduction, Verdict
from tests.apps import client_over

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
WORDS = ["python", "sales", "design", "finance", "marketing", "legal", "hardware", "data"]


def people(n: int = 40, seed: int = 1) -> list[dict[str, object]]:
    """``n`` people with varied texts and roles, everyone within the time-zone filter."""
    rng = random.Random(seed)
    roles = ["tech", "sales", "design", "finance", "marketing"]
    out = []
    for i in range(n):
        offers = " ".join(rng.sample(WORDS, 3))
        needs = " ".join(rng.sample(WORDS, 3))
        out.append(
            {
                "id": f"p{i:02d}",
                "name": f"P{i:02d}",
                "offers": offers,
                "needs": needs,
                "values": " ".join(rng.sample(WORDS, 2)),
                "roles_offered": rng.choice(roles),
                "roles_sought": rng.choice(roles),
                "languages": "en",
                "utc_offset": str(i % 6),  # 0..5 h: every pair passes the 6 h filter
            }
        )
    return out


def build(**match: object) -> Community:
    c = Community(":memory:", FakeEncoder(dim=64), MatchSettings(**match))  # type: ignore[arg-type]
    c.profiles.import_profiles(people())
    return c


def put_feedback(c: Community, author: str, about: str, good: bool, at: dt.datetime) -> None:
    """A verdict as the feedback service stores it (the meeting check is the loop's own
    test's business; here only what training reads matters)."""
    verdict = Verdict.AGAIN if good else Verdict.NOT_A_FIT
    with c.db.transaction():
        c.trust.store.put_feedback(Feedback(author, about, verdict, "event:night", at))


def gap(a: str, b: str) -> int:
    return abs(int(a[1:]) % 6 - int(b[1:]) % 6)


def seed_feedback(c: Community, rule: str, *, per_viewer: int = 4, seed: int = 2) -> int:
    """Feedback of 40 viewers on ``per_viewer`` people each, one day after another.

    ``rule`` ``timezone``: good when the two are at most 1 h apart (a component the fixed
    weights ignore, so the learned order can beat them); ``fixed``: good when the fixed
    score is above the median (the fixed weights order them perfectly already)."""
    rng = random.Random(seed)
    ids = [p["id"] for p in people()]
    pairs = []
    for v in ids:
        others = [o for o in ids if o != v]
        close = [o for o in others if gap(v, o) <= 1]
        far = [o for o in others if gap(v, o) >= 3]
        pairs += [(v, o) for o in rng.sample(close, per_viewer // 2)]
        pairs += [(v, o) for o in rng.sample(far, per_viewer - per_viewer // 2)]
    rng.shuffle(pairs)
    if rule == "timezone":
        good = [gap(a, b) <= 1 for a, b in pairs]
    else:
        fixed = [c.matching.explain(a, b, actor=ADMIN).suggestion.match for a, b in pairs]  # type: ignore[union-attr]
        cut = float(np.median(fixed))
        good = [f > cut for f in fixed]
    for i, ((a, b), g) in enumerate(zip(pairs, good, strict=True)):
        put_feedback(c, a, b, g, T0 + dt.timedelta(hours=i))
    return len(pairs)


# ------------------------------------------------------------------ labels, features
def test_a_viewers_own_word_beats_the_answer_to_their_request_and_the_latest_counts() -> None:
    day = dt.timedelta(days=1)
    intros = [Introduction("i1", "ana", "bob", None, "", T0, T0 + 14 * day, True)]
    fb = [
        Feedback("ana", "bob", Verdict.AGAIN, "intro:i1", T0 + day),
        Feedback("ana", "bob", Verdict.NOT_A_FIT, "event:e", T0 + 3 * day),
        Feedback("bob", "ana", Verdict.MET_BEFORE, "", T0 + day),
    ]
    got = labels_from(fb, intros)
    assert [(e.viewer, e.candidate, e.label, e.source) for e in got] == [
        ("ana", "bob", 0, "not-a-fit")
    ]
    # the target's answer alone labels the request; a connector's no says nothing
    declined = Introduction("i2", "cyd", "dan", "eve", "", T0, T0 + 14 * day, None, False)
    assert labels_from([], [declined]) == []
    no = Introduction("i3", "cyd", "dan", None, "", T0, T0 + 14 * day, False)
    assert [(e.label, e.source) for e in labels_from([], [no])] == [(0, "declined")]


def test_training_pairs_carry_the_components_every_card_shows() -> None:
    c = build()
    seed_feedback(c, "timezone")
    pairs = c.matching.training_pairs()
    assert len(pairs) == 160
    assert [p.example.at for p in pairs] == sorted(p.example.at for p in pairs)
    for p in pairs[:20]:
        fit_ = c.matching.explain(p.example.viewer, p.example.candidate, actor=ADMIN)
        s = fit_.suggestion
        assert s is not None
        viewer = c.profiles.store.get_profile(p.example.viewer)
        cand = c.profiles.store.get_profile(p.example.candidate)
        assert viewer is not None and cand is not None
        assert p.fixed == s.match
        assert p.features == pair_features(s.components, viewer, cand)
        assert len(p.features) == len(FEATURES)
        assert all(0.0 <= x <= 1.0 for x in p.features)


# ----------------------------------------------------------------------- refusals
def test_too_few_examples_are_refused_naming_the_count_and_the_minimum() -> None:
    c = build()
    for i in range(5):
        put_feedback(c, "p00", f"p{i + 1:02d}", i % 2 == 0, T0 + dt.timedelta(hours=i))
    with pytest.raises(NotEnoughFeedback, match=r"5 labelled pairs, at least 30 needed"):
        c.matching.train_reranker(actor=ADMIN)
    assert c.matching.rerank.latest() is None


def test_one_kind_of_outcome_only_is_refused() -> None:
    c = build()
    ids = [p["id"] for p in people()]
    for i, v in enumerate(ids):
        put_feedback(c, v, ids[(i + 1) % len(ids)], True, T0 + dt.timedelta(hours=i))
    with pytest.raises(NotEnoughFeedback, match=r"all 40 labelled pairs are positive"):
        c.matching.train_reranker(actor=ADMIN)


def test_a_held_out_part_with_one_kind_of_outcome_is_refused() -> None:
    ex = [
        LabelledPair(Example(f"v{i}", "c", int(i < 20), T0 + dt.timedelta(hours=i), "x"), (0.5,), 0)
        for i in range(40)
    ]
    with pytest.raises(NotEnoughFeedback, match=r"newer \(held-out\) part's 12 pairs are all"):
        check_training(ex, RerankSettings(min_examples=30, holdout=0.3))


def test_only_an_admin_trains_or_switches() -> None:
    c = build()
    with pytest.raises(NotAllowed, match="only an admin may train the re-ranker"):
        c.matching.train_reranker(actor=Actor("p00"))
    with pytest.raises(NotAllowed):
        c.matching.set_reranker(False, actor=Actor("p00"))
    with pytest.raises(NotAllowed):
        c.matching.reranker_status(actor=Actor("p00"))


# -------------------------------------------------- versions, evaluation, the switch
def test_a_model_that_beats_the_fixed_weights_orders_suggestions_but_not_the_score() -> None:
    c = build()
    before = {v: c.matching.suggest(v, k=8, actor=ADMIN) for v in ("p00", "p07", "p13")}
    seed_feedback(c, "timezone")
    model = c.matching.train_reranker(actor=ADMIN)
    e = model.evaluation
    assert model.version == 1 and model.examples == 160 and 0 < model.positives < 160
    assert e.train_examples + e.test_examples == 160 and e.test_examples == 48
    assert e.auc_learned > e.auc_fixed and e.auc_learned > 0.9, e
    assert e.mrr_learned >= e.mrr_fixed and e.lists > 0
    assert model.beats_fixed
    timezone = dict(zip(model.weights.features, model.weights.coefficients, strict=True))
    assert timezone["timezone"] == max(model.weights.coefficients)
    status = c.matching.reranker_status(actor=ADMIN)
    assert status.in_use == 1 and "version 1 orders suggestions" in status.reason
    changed = False
    for v, old in before.items():
        new = c.matching.suggest(v, k=8, actor=ADMIN)
        assert all(s.learned is not None and s.learned.version == 1 for s in new)
        assert "ordered using what this community's feedback taught" in new[0].learned.note  # type: ignore[union-attr]
        # the displayed number is the pair's match score, unchanged, and the same as the
        # person's page shows
        old_match = {s.candidate: s.match for s in old}
        for s in new:
            if s.candidate in old_match:
                assert s.match == old_match[s.candidate]
            page = c.matching.explain(v, s.candidate, actor=ADMIN).suggestion
            assert page is not None and page.match == s.match
            assert s.rating == match_score(page.match)  # type: ignore[arg-type]
        # the learned order moves people within a band, never a weaker band above a stronger
        floors = [band_floor(s.match) for s in new]  # type: ignore[arg-type]
        assert floors == sorted(floors, reverse=True), floors
        # within a band, the time-zone neighbours first
        for floor in set(floors):
            gaps = [gap(v, s.candidate) for s in new if band_floor(s.match) == floor]  # type: ignore[arg-type]
            near = [g <= 1 for g in gaps]
            assert near == sorted(near, reverse=True), (floor, gaps)
        changed |= [s.candidate for s in new] != [s.candidate for s in old]
    assert changed


def test_a_model_that_cannot_beat_the_fixed_weights_is_stored_but_stays_off() -> None:
    c = build()
    seed_feedback(c, "fixed")
    model = c.matching.train_reranker(actor=ADMIN)
    assert model.evaluation.auc_fixed == 1.0 and not model.beats_fixed
    status = c.matching.reranker_status(actor=ADMIN)
    assert status.latest is not None and status.latest.version == 1
    assert status.in_use is None
    assert "did not beat the fixed weights" in status.reason and "not switched on" in status.reason
    assert all(s.learned is None for s in c.matching.suggest("p00", k=5, actor=ADMIN))


def test_each_training_is_a_new_version_stored_as_json_numbers() -> None:
    c = build()
    seed_feedback(c, "timezone")
    first = c.matching.train_reranker(actor=ADMIN)
    second = c.matching.train_reranker(actor=ADMIN)
    assert (first.version, second.version) == (1, 2)
    assert first.weights == second.weights  # the same feedback, the same fit
    rows = c.db.execute(
        "SELECT version, trained_at, examples, weights, evaluation FROM rerank_models"
    ).fetchall()
    assert [r[0] for r in rows] == [1, 2] and all(r[2] == 160 for r in rows)
    weights, evaluation = json.loads(rows[0][3]), json.loads(rows[0][4])
    assert set(weights["coefficients"]) == set(FEATURES)
    assert all(isinstance(v, float) for v in weights["coefficients"].values())
    assert isinstance(evaluation["auc_learned"], float) and evaluation["beats_fixed"] is True
    dt.datetime.fromisoformat(rows[0][1])
    assert [m.version for m in c.matching.rerank.models()] == [2, 1]


def test_the_switch_and_the_setting_turn_it_off() -> None:
    c = build()
    seed_feedback(c, "timezone")
    c.matching.train_reranker(actor=ADMIN)
    assert c.matching.suggest("p00", k=3, actor=ADMIN)[0].learned is not None
    status = c.matching.set_reranker(False, actor=ADMIN)
    assert status.in_use is None and "turned off for this community" in status.reason
    assert all(s.learned is None for s in c.matching.suggest("p00", k=5, actor=ADMIN))
    assert c.matching.set_reranker(True, actor=ADMIN).in_use == 1
    # the server's setting wins over the community's switch
    off = Community(c.db, FakeEncoder(dim=64), MatchSettings(rerank=False))
    assert all(s.learned is None for s in off.matching.suggest("p00", k=5, actor=ADMIN))
    assert "COFOUNDRY_RERANK" in off.matching.reranker_status(actor=ADMIN).reason


# ------------------------------------------------------------------------ adversarial
def test_feedback_in_one_community_never_reaches_another_communitys_model() -> None:
    a, b = build(), build()
    seed_feedback(b, "timezone")
    model_b = b.matching.train_reranker(actor=ADMIN)
    # a member of community a floods it with feedback saying the opposite
    ids = [p["id"] for p in people()]
    n = 0
    for v in ids[:3]:
        for o in ids:
            if o != v:
                put_feedback(a, v, o, gap(v, o) >= 3, T0 + dt.timedelta(minutes=n))
                n += 1
    a.matching.train_reranker(actor=ADMIN)
    assert b.matching.rerank.models() == [model_b]
    assert b.matching.training_pairs() == b.matching.training_pairs()
    assert len(b.matching.training_pairs()) == 160
    assert b.matching.reranker_status(actor=ADMIN).in_use == 1


def test_one_member_flooding_feedback_cannot_outweigh_the_others() -> None:
    """Each viewer's pairs weigh at most ``per_viewer``: one member's 117 contrary
    verdicts (three times over) weigh like 10 pairs against the community's 160."""
    c = build()
    seed_feedback(c, "timezone")
    ids = [p["id"] for p in people()]
    honest = c.matching.training_pairs()
    flood = []
    for i, o in enumerate(ids[1:]):
        ex = Example("p00", o, int(gap("p00", o) >= 3), T0 - dt.timedelta(hours=i + 1), "again")
        flood.append(LabelledPair(ex, (*honest[0].features[:7], 1 - gap("p00", o) / 12, 1.0), 0))
    flood = flood * 3
    both = flood + honest
    w = viewer_weights(both, 10)
    mine = [i for i, p in enumerate(both) if p.example.viewer == "p00"]
    assert len(mine) == 121 and w[mine].sum() == pytest.approx(10.0)
    weights = fit(flood + honest)
    coef = dict(zip(weights.features, weights.coefficients, strict=True))
    assert coef["timezone"] > 0  # still learns what the community taught
    unweighted = fit(flood + honest, RerankSettings(per_viewer=10_000))
    assert (
        dict(zip(FEATURES, unweighted.coefficients, strict=True))["timezone"] < coef["timezone"] / 2
    )


# ------------------------------------------------------------------------- privacy
def test_an_erased_members_feedback_leaves_the_training_data() -> None:
    c = build()
    seed_feedback(c, "timezone")
    model = c.matching.train_reranker(actor=ADMIN)
    assert any(
        p.example.viewer == "p05" or p.example.candidate == "p05"
        for p in c.matching.training_pairs()
    )
    c.privacy.erase("p05", actor=ADMIN)
    pairs = c.matching.training_pairs()
    assert not any("p05" in (p.example.viewer, p.example.candidate) for p in pairs)
    assert len(pairs) < model.examples
    status = c.matching.reranker_status(actor=ADMIN)
    assert status.erasures_since == 1
    # the stored model names nobody: its rows hold numbers, dates and feature names only
    for row in c.db.execute("SELECT * FROM rerank_models"):
        text = json.dumps(list(row))
        assert not any(f'"{p["id"]}"' in text or p["id"] in text for p in people())
    again = c.matching.train_reranker(actor=ADMIN)
    assert again.examples == len(pairs)
    assert c.matching.reranker_status(actor=ADMIN).erasures_since == 0


def test_with_trust_the_learned_order_keeps_trust_and_the_pairs_score() -> None:
    c = build()
    seed_feedback(c, "timezone")
    collab = c.trust.propose_collaboration("p00", "p01", "shop", "2025-01-01", actor=Actor("p00"))
    c.trust.answer_collaboration(collab.id, True, actor=Actor("p01"))
    c.trust.rate_collaboration(collab.id, 2, actor=Actor("p00"))
    c.trust.rate_collaboration(collab.id, 2, actor=Actor("p01"))
    c.matching.train_reranker(actor=ADMIN)
    shown = c.matching.suggest("p00", k=10, actor=ADMIN)
    assert all(s.learned is not None and s.trust is not None for s in shown)
    for s in shown:
        page = c.matching.explain("p00", s.candidate, actor=ADMIN).suggestion
        assert page is not None and page.match == s.match  # the pair's score, before trust
    c.matching.set_reranker(False, actor=ADMIN)
    fixed = c.matching.suggest("p00", k=10, actor=ADMIN)
    assert all(s.learned is None and s.trust is not None for s in fixed)
    assert {s.candidate: s.match for s in fixed}.items() >= {
        s.candidate: s.match for s in shown if s.candidate in {f.candidate for f in fixed}
    }.items()


def test_the_web_card_says_the_list_was_ordered_by_feedback_in_english_and_french() -> None:

    from tests.web.pages import sign_in

    c = build()
    seed_feedback(c, "timezone")
    c.matching.train_reranker(actor=ADMIN)
    client = client_over(c)
    sign_in(client, c.security.create_token("p00"))
    shown = c.matching.suggest("p00", k=10, actor=Actor("p00"))
    en = client.get("/web/suggestions?lang=en").text
    assert "Ordered using what this community's feedback taught" in en
    assert "(here most: time zone" in en
    first = shown[0]
    assert f"Match {first.rating.points}/100: {first.rating.band}" in en
    fr = client.get("/web/suggestions?lang=fr").text
    assert "Ordre appris des retours de cette communauté" in fr and "le fuseau horaire" in fr
    c.matching.set_reranker(False, actor=ADMIN)
    assert "Ordered using" not in client.get("/web/suggestions?lang=en").text


# ------------------------------------------------------------ one process at a time
def test_a_training_while_another_process_holds_the_lease_is_refused_naming_it() -> None:
    c = build()
    seed_feedback(c, "timezone")
    jobs = Jobs(c.db)
    jobs.enqueue(RETRAIN_JOB, {}, key="train")
    held = jobs.claim(RETRAIN_JOB, "host-9:4242", lease_seconds=900)
    assert held is not None
    with pytest.raises(Conflict, match="host-9:4242") as caught:
        c.matching.train_reranker(actor=ADMIN)
    assert caught.value.field == "rerank"
    assert c.matching.retrain_if_due(dt.timedelta(days=1), actor=ADMIN) is None  # it skips
    assert c.matching.rerank.latest_version() == 0
    # the holder died: once its lease ran out, the next training takes the job over
    c.db.execute("UPDATE jobs SET lease_until = ? WHERE id = ?", [time.time() - 1, held.id])
    assert c.matching.train_reranker(actor=ADMIN, worker="w2").version == 1
    assert jobs.counts(RETRAIN_JOB) == {"done": 1}


def test_a_failed_training_gives_the_lease_back() -> None:
    c = build()  # no feedback: the training is refused, and the job with it
    with pytest.raises(NotEnoughFeedback):
        c.matching.train_reranker(actor=ADMIN)
    assert Jobs(c.db).counts(RETRAIN_JOB) == {"failed": 1}
    seed_feedback(c, "timezone")
    assert c.matching.train_reranker(actor=ADMIN).version == 1


def test_retrain_if_due_waits_for_age_and_new_feedback() -> None:
    c = build()
    now = [T0 + dt.timedelta(days=30)]
    c.matching.clock = lambda: now[0]
    day = dt.timedelta(days=1)
    assert c.matching.retrain_if_due(day, actor=ADMIN) is None  # no feedback yet
    assert Jobs(c.db).counts(RETRAIN_JOB) == {}  # and nothing written to find that out
    seed_feedback(c, "timezone")
    first = c.matching.retrain_if_due(day, actor=ADMIN)
    assert first is not None and first.version == 1 and first.examples == 160
    assert len(first.labels_digest) == 12 and c.matching.rerank.latest() == first
    # a worker does not keep the search state it built to train (nor builds one to check)
    assert c.matching._search is None
    assert c.matching.retrain_if_due(day, actor=ADMIN) is None  # a minute old
    now[0] += 2 * day
    assert c.matching.retrain_if_due(day, actor=ADMIN) is None  # old, but nothing new
    assert c.matching._search is None
    seen = {(p.example.viewer, p.example.candidate) for p in c.matching.training_pairs()}
    a, b = next((a, b) for a in ("p00", "p01") for b in ("p02", "p03", "p04") if (a, b) not in seen)
    put_feedback(c, a, b, False, T0 + dt.timedelta(days=20))
    second = c.matching.retrain_if_due(day, actor=ADMIN)
    assert second is not None and (second.version, second.examples) == (2, 161)
    assert Jobs(c.db).counts(RETRAIN_JOB) == {"done": 2}
    with pytest.raises(NotAllowed):
        c.matching.retrain_if_due(day, actor=Actor("p00"))
    with pytest.raises(InvalidInput, match="every"):
        c.matching.retrain_if_due(dt.timedelta(0), actor=ADMIN)


def test_a_community_that_turned_reranking_off_is_never_retrained_by_the_worker() -> None:
    c = build(rerank=False)
    seed_feedback(c, "timezone")
    assert c.matching.retrain_if_due(dt.timedelta(days=1), actor=ADMIN) is None
    assert c.matching.rerank.latest_version() == 0
    assert c.matching.train_reranker(actor=ADMIN).version == 1  # an admin still may, by hand


def test_an_erasure_makes_a_new_version_due_without_new_feedback() -> None:
    c = build()
    now = [T0 + dt.timedelta(days=30)]
    c.matching.clock = lambda: now[0]
    seed_feedback(c, "timezone")
    assert c.matching.retrain_if_due(dt.timedelta(days=1), actor=ADMIN) is not None
    c.privacy.erase("p05", actor=ADMIN)
    now[0] += dt.timedelta(days=2)
    again = c.matching.retrain_if_due(dt.timedelta(days=1), actor=ADMIN)
    assert again is not None and again.version == 2 and again.examples < 160
    assert c.matching.reranker_status(actor=ADMIN).erasures_since == 0
