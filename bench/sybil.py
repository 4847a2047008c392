"""Sybil attack harness: fake accounts against personalised trust, per viewer.

Usage::

    python bench/sybil.py [--honest 1000] [--viewers 100] [--seed 1] [--quick]
                          [--out bench/results/sybil.json]

The community is built with the product's own rules (:mod:`matcher.trust`:
``Collaboration``, ``collaboration_edges``, ``build_graph``, ``TrustSettings``):

* **Honest people**: ``powerlaw_cluster_graph(--honest, 5, 0.5)`` (power-law degrees,
  clustering); each edge is a mutually confirmed collaboration, ended at a random
  day of the last four years (30 % still running), rated by each side with
  P(+2, +1, 0, unrated, -1, -2) = (0.30, 0.35, 0.15, 0.10, 0.07, 0.03).
* **Fakes** confirm collaborations among themselves, all still running and rated
  +2 by both sides (the top weight), in two shapes: a **clique** (everyone with
  everyone) and a **mimic** cluster (a power-law graph like the honest one,
  ``powerlaw_cluster_graph(F, 5, 0.5)``: the degrees of honest people, which
  degree normalisation cannot tell apart). Sizes F = 50, 200 (and 1,000 for growth).
* **The rating game** (``game-clique``, ``game-mimic``, 50 fakes): the same clusters, but
  the fakes leave their own collaborations unrated (0/0) while the attack edges stay
  +2/+2. With weights from ratings, that makes each attack edge weigh five times a fake's
  own ties, so the walk leaves a fake towards the honest side and comes back by it.
* **Attack edges**: ``g`` in {1, 5, 20, 100, 500} honest people, chosen at random
  (weighted by degree: busy people confirm more), each fooled into confirming a
  +2/+2 collaboration with a random fake.
* **A compromised honest account** confirms +2/+2 collaborations with ``g`` fakes
  (all attack edges from one real, well-connected account).
* **Fake endorsements**: 50 fakes endorse one honest person (the direct collaborator
  of the viewers measured).

Viewers are ``--viewers`` random honest people (the same for every scenario). For
each viewer: AUC of trust, honest others against fakes (Mann-Whitney, ties count
one half), and the number of fakes in their top 20. Every figure is per viewer:
mean, worst and 5th percentile, and apart for the viewers who themselves confirmed
a collaboration with a fake ("adjacent": for them a fake is a first-hand tie, which
no graph method can tell from an honest one). Growth: the fakes' total trust,
summed over viewers, as the cluster grows from 50 to 200 and 1,000 (same attack edges).

Configurations (see :func:`scorers`):

* ``before``: the product before issue 21, exact personalised PageRank over the static
  :class:`graph.trust.TrustGraph` with weights from ratings and age
  (``propagation="rated"``) and the (in + out) / 2 degree normalisation
  (:func:`graph.trust.personalized_trust`).
* ``rated``, ``rated+legit``: :func:`graph.local.local_trust` over a
  :class:`graph.live.LiveTrustGraph` with weights from ratings and age (the product
  until the ties), out-degree normalisation, without and with legitimacy.
* ``local``: the product: ``local_trust`` over the live graph of **ties** (every
  confirmed, non-negative collaboration is one edge of weight 1: ``TrustSettings()``),
  out-degree normalisation (endorsements received never lower anyone), to a tolerance
  of 1e-5 for AUC (the ranking function itself; the product's tol changes trust by at
  most its bound) and the product tol for the top 20.
* ``local+lone``: the option ``TrustSettings(lone_tie=0.05)``: ``local`` where no single
  tie vouches alone (of what reaches someone beyond the viewer's own collaborators through
  one of them, 5 % is kept); ``local+lone+legit`` with legitimacy.
* ``local-steps4``: early termination after 4 rounds (trust reaches at most 4 hops).
* ``local+legit``: ``local`` times :func:`graph.legitimacy.legitimacy`, a SybilRank
  walk from ``--seeds`` honest people known to be real (e.g. checked in at an
  event by an organiser); the viewer's own direct ties keep their trust.
  ``local+legit5``: the same from 5 seeds only.

What the defence costs honest people is measured on the community without fakes:
the share of honest people whose legitimacy is under 1, and per viewer the overlap
of the top 20 with and without it. For a compromised account, the viewers most
exposed (its own collaborators) are measured apart.

Targets (issue 21): mean AUC >= 0.99 up to 100 attack edges, worst viewer >= 0.95 at
20, no fake in any honest viewer's top 20 at <= 20 attack edges, the fakes' total
trust not growing with the size of the fake cluster.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import logging
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.legitimacy import legitimacy
from graph.live import LiveTrustGraph
from graph.local import local_trust
from graph.trust import TrustGraph, personalized_trust
from matcher.trust.model import (
    Collaboration,
    CollabStatus,
    Endorsement,
    TrustSettings,
    build_graph,
    live_graph,
)

logger = logging.getLogger("bench.sybil")

AS_OF = dt.date(2025, 1, 1)
SETTINGS = TrustSettings()  # the product: ties
RATED = TrustSettings(propagation="rated")  # weights from ratings and age (before)
PRODUCT_TOL = 0.02
EXACT_TOL = 1e-5
#: The share one first-hand tie keeps of what it alone carries (``TrustSettings.lone_tie``,
#: an option): 0.05, fixed before the first run (small, so that a viewer with one tie keeps
#: the plain order).
LONE_TIE = 0.05
G_VALUES = (1, 5, 20, 100, 500)
SIZES = (50, 200)
GROWTH_SIZES = (50, 200, 1000)
RATINGS = (2, 1, 0, None, -1, -2)
RATING_P = (0.30, 0.35, 0.15, 0.10, 0.07, 0.03)


# ------------------------------------------------------------------ community
def honest_collaborations(n: int, seed: int) -> list[Collaboration]:
    """The honest community: a power-law graph of confirmed, rated, dated collaborations."""
    rng = random.Random(seed)
    base = nx.powerlaw_cluster_graph(n, 5, 0.5, seed=seed)
    out = []
    for i, (a, b) in enumerate(sorted(base.edges())):
        ra, rb = rng.choices(RATINGS, RATING_P, k=2)
        ended = None if rng.random() < 0.3 else AS_OF - dt.timedelta(days=rng.randrange(1460))
        started = (ended or AS_OF) - dt.timedelta(days=rng.randrange(30, 400))
        out.append(
            Collaboration(
                f"h{i}", f"h{a}", f"h{b}", "p", started, ended, CollabStatus.CONFIRMED, ra, rb
            )
        )
    return out


def _top(cid: str, a: str, b: str) -> Collaboration:
    return Collaboration(cid, a, b, "p", AS_OF - dt.timedelta(days=60), None,
                         CollabStatus.CONFIRMED, 2, 2)  # fmt: skip


def fake_collaborations(size: int, shape: str, seed: int) -> list[Collaboration]:
    """Fakes confirming collaborations among themselves, all rated +2/+2 (``game-``
    shapes: unrated, 0/0, the rating game)."""
    game = shape.startswith("game-")
    base = shape.removeprefix("game-")
    if base == "clique":
        pairs = [(i, j) for i in range(size) for j in range(i + 1, size)]
    elif base == "mimic":
        pairs = sorted(nx.powerlaw_cluster_graph(size, 5, 0.5, seed=seed + 7).edges())
    else:
        raise ValueError(f"fake shape must be '[game-]clique' or '[game-]mimic', got {shape!r}")
    out = [_top(f"f{i}-{j}", f"f{i}", f"f{j}") for i, j in pairs]
    return (
        [dataclasses.replace(c, proposer_rating=0, partner_rating=0) for c in out] if game else out
    )


def attack_collaborations(
    honest: Sequence[str], weights: Sequence[float], size: int, g: int, seed: int,
    *, compromised: str | None = None,
) -> list[Collaboration]:  # fmt: skip
    """``g`` collaborations between honest people (or one compromised account) and fakes."""
    rng = random.Random(seed * 1000 + g)
    if compromised is not None:
        fakes = rng.sample(range(size), min(g, size))
        return [_top(f"a{k}", compromised, f"f{f}") for k, f in enumerate(fakes)]
    people = rng.choices(list(honest), weights=list(weights), k=g)
    return [_top(f"a{k}", h, f"f{rng.randrange(size)}") for k, h in enumerate(people)]


# -------------------------------------------------------------------- scoring
Scorer = Callable[[str], dict[str, float]]


def scorers(
    collaborations: Sequence[Collaboration],
    endorsements: Sequence[Endorsement],
    seeds: Sequence[str],
) -> dict[str, tuple[Scorer, Scorer]]:
    """Each configuration as (ranking function, product setting) from viewer to trust."""
    static: TrustGraph = build_graph(collaborations, endorsements, as_of=AS_OF, settings=RATED)
    live = live_graph(collaborations, endorsements, settings=SETTINGS)
    rated = live_graph(collaborations, endorsements, settings=RATED)
    s = SETTINGS
    leg = legitimacy(live, seeds, as_of=AS_OF)
    leg5 = legitimacy(live, seeds[:5], as_of=AS_OF)
    rated_leg = legitimacy(rated, seeds, as_of=AS_OF)

    def before(v: str) -> dict[str, float]:
        t = personalized_trust(static, v, alpha=s.alpha, normalise="degree",
                               degree_prior=s.degree_prior, negative_weight=s.negative_weight)  # fmt: skip
        return t.as_dict()

    def local(graph: LiveTrustGraph = live, **kw: Any) -> tuple[Scorer, Scorer]:
        def run(tol: float) -> Scorer:
            return lambda v: dict(local_trust(graph, v, as_of=AS_OF, tol=tol, **kw))

        return run(EXACT_TOL), run(PRODUCT_TOL)

    return {
        "before": (before, before),
        "rated": local(rated),
        "rated+legit": local(rated, legitimacy=rated_leg),
        "local": local(),
        "local-steps4": local(steps=4),
        "local+legit": local(legitimacy=leg),
        "local+legit5": local(legitimacy=leg5),
        "local+lone": local(lone_tie=LONE_TIE),
        "local+lone+legit": local(legitimacy=leg, lone_tie=LONE_TIE),
    }


def auc(honest: np.ndarray, fake: np.ndarray) -> float:
    """P(honest > fake) + P(tie) / 2 (Mann-Whitney), by ranks with ties averaged."""
    from scipy.stats import rankdata

    ranks = rankdata(np.concatenate([honest, fake]))
    n_h, n_f = len(honest), len(fake)
    return float((ranks[:n_h].sum() - n_h * (n_h + 1) / 2) / (n_h * n_f))


def per_viewer(values: Sequence[float]) -> dict[str, float]:
    """Mean, worst and 5th percentile of one figure over viewers."""
    arr = np.asarray(values, dtype=float)
    if not arr.size:
        return {"n": 0}
    return {
        "n": int(arr.size),
        "mean": round(float(arr.mean()), 4),
        "worst": round(float(arr.min()), 4),
        "p5": round(float(np.percentile(arr, 5)), 4),
    }


def measure(
    score: Scorer,
    product: Scorer,
    viewers: Sequence[str],
    honest: Sequence[str],
    fakes: Sequence[str],
    adjacent: dict[str, set[str]],
    exposed: Sequence[str] = (),
) -> dict[str, Any]:
    """AUC and fakes in the top 20, per viewer, apart for viewers tied to a fake
    (and for ``exposed`` viewers, e.g. the collaborators of a compromised account)."""
    fake_set = set(fakes)
    extra = []
    for v in exposed:
        t = score(v)
        h = np.array([t.get(p, 0.0) for p in honest if p != v])
        extra.append(auc(h, np.array([t.get(p, 0.0) for p in fakes])))
    aucs: dict[bool, list[float]] = {True: [], False: []}
    top20: list[int] = []
    second_hand: list[int] = []
    for v in viewers:
        t = score(v)
        h = np.array([t.get(p, 0.0) for p in honest if p != v])
        f = np.array([t.get(p, 0.0) for p in fakes])
        aucs[v in adjacent].append(auc(h, f))
        ranked = sorted(product(v).items(), key=lambda item: (-item[1], item[0]))[:20]
        top20.append(sum(1 for pid, _ in ranked if pid in fake_set))
        mine = adjacent.get(v, set())
        second_hand.append(sum(1 for pid, _ in ranked if pid in fake_set and pid not in mine))
    return {
        "auc": per_viewer(aucs[False] + aucs[True]),
        "auc_not_adjacent": per_viewer(aucs[False]),
        "auc_adjacent": per_viewer(aucs[True]),
        "auc_exposed": per_viewer(extra),
        "top20_fakes_max": max(top20),
        "top20_fakes_max_not_adjacent": max(
            (n for v, n in zip(viewers, top20, strict=True) if v not in adjacent), default=0
        ),
        "top20_fakes_mean": round(float(np.mean(top20)), 3),
        "top20_fakes_not_first_hand_max": max(second_hand),
    }


def run(args: argparse.Namespace) -> dict[str, Any]:
    rng = random.Random(args.seed)
    honest_c = honest_collaborations(args.honest, args.seed)
    honest = [f"h{i}" for i in range(args.honest)]
    degree: dict[str, int] = {}
    for c in honest_c:
        degree[c.proposer] = degree.get(c.proposer, 0) + 1
        degree[c.partner] = degree.get(c.partner, 0) + 1
    weights = [degree.get(h, 0) for h in honest]
    viewers = rng.sample(honest, args.viewers)
    seeds = rng.sample([h for h in honest if h not in viewers], args.seeds)
    median = sorted(honest, key=lambda h: (degree.get(h, 0), h))[len(honest) * 3 // 4]
    g_values = G_VALUES if not args.quick else (5, 100)
    sizes = SIZES if not args.quick else (50,)
    out: dict[str, Any] = {"scenarios": {}, "growth": {}, "endorsements": {}}
    out["honest_cost"] = honest_cost(honest_c, honest, viewers, seeds)

    def scenario(
        name: str, collabs: list[Collaboration], fakes: list[str], exposed: Sequence[str] = ()
    ) -> None:
        start = time.perf_counter()
        adjacent: dict[str, set[str]] = {}  # honest people tied to fakes: their fakes
        for c in collabs:
            if c.partner.startswith("f") and c.proposer.startswith("h"):
                adjacent.setdefault(c.proposer, set()).add(c.partner)
        rows = {}
        for config, (score, product) in scorers(collabs, [], seeds).items():
            rows[config] = measure(score, product, viewers, honest, fakes, adjacent, exposed)
        rows["adjacent_viewers"] = len(adjacent.keys() & set(viewers))
        out["scenarios"][name] = rows
        logger.info("%s (%.0fs): %s", name, time.perf_counter() - start, _line(rows))

    for shape in ("clique", "mimic", "game-clique", "game-mimic"):
        game = shape.startswith("game-")
        for size in sizes if not game else (50,):
            fake_c = fake_collaborations(size, shape, args.seed)
            fakes = [f"f{i}" for i in range(size)]
            for g in g_values if not game else tuple(x for x in g_values if 5 <= x <= 100):
                attack = attack_collaborations(honest, weights, size, g, args.seed)
                scenario(f"{shape}{size} g={g}", honest_c + fake_c + attack, fakes)
            for g in () if game else (20, 100) if not args.quick else (100,):
                attack = attack_collaborations(
                    honest, weights, size, g, args.seed, compromised=median
                )
                scenario(
                    f"{shape}{size} compromised g={g}",
                    honest_c + fake_c + attack,
                    fakes,
                    exposed=sorted(
                        {c.other(median) for c in honest_c if median in (c.proposer, c.partner)}
                    ),
                )
    # growth of the fakes' total trust with the cluster, same attack edges
    for shape in ("clique", "mimic"):
        for g in (5, 20):
            totals: dict[str, dict[int, float]] = {}
            attack = attack_collaborations(honest, weights, 50, g, args.seed)
            for size in GROWTH_SIZES if not args.quick else (50, 200):
                if shape == "clique" and size > 200 and args.quick:
                    continue
                fakes = [f"f{i}" for i in range(size)]
                collabs = honest_c + fake_collaborations(size, shape, args.seed) + attack
                for config, (score, _) in scorers(collabs, [], seeds).items():
                    total = 0.0
                    for v in viewers[: args.growth_viewers]:
                        t = score(v)
                        total += sum(t.get(f, 0.0) for f in fakes)
                    totals.setdefault(config, {})[size] = total
            out["growth"][f"{shape} g={g}"] = {
                config: {
                    "total": {str(size): round(x, 6) for size, x in t.items()},
                    "ratio": {
                        str(size): round(x / t[50], 4) if t[50] > 0 else 0.0
                        for size, x in t.items()
                    },
                }
                for config, t in totals.items()
            }
            logger.info("growth %s g=%d: %s", shape, g, out["growth"][f"{shape} g={g}"])
    out["endorsements"] = endorsement_attack(honest_c, degree, args)
    return out


def honest_cost(
    honest_c: list[Collaboration], honest: list[str], viewers: list[str], seeds: list[str]
) -> dict[str, Any]:
    """What legitimacy costs when there is no attack: honest people it lowers, and how much
    each viewer's top 20 changes."""
    live = live_graph(honest_c, [], settings=SETTINGS)
    out: dict[str, Any] = {}

    def overlap(**kw: Any) -> dict[str, float]:
        """How much of each viewer's top 20 stays with ``kw`` against the plain walk."""
        shares = []
        for v in viewers:
            plain = local_trust(live, v, as_of=AS_OF, tol=PRODUCT_TOL).top(20)
            other = local_trust(live, v, as_of=AS_OF, tol=PRODUCT_TOL, **kw).top(20)
            a, b = {p for p, _ in plain}, {p for p, _ in other}
            shares.append(len(a & b) / max(1, len(a)))
        return per_viewer(shares)

    for name, chosen in (("legit", seeds), ("legit5", seeds[:5])):
        leg = legitimacy(live, chosen, as_of=AS_OF)
        rows = np.array([live.index[h] for h in honest if h in live.index])
        out[name] = {
            "honest_under_1": round(float(np.mean(leg[rows] < 1)), 4),
            "honest_under_half": round(float(np.mean(leg[rows] < 0.5)), 4),
            "top20_overlap": overlap(legitimacy=leg),
        }
    out["lone"] = {"top20_overlap": overlap(lone_tie=LONE_TIE)}
    logger.info("honest cost: %s", out)
    return out


def endorsement_attack(
    honest_c: list[Collaboration], degree: dict[str, int], args: argparse.Namespace
) -> dict[str, Any]:
    """50 fakes (a clique with 5 attack edges) endorse one honest person: the trust of that
    person's direct collaborators in them, before and after, and their rank."""
    rng = random.Random(args.seed + 1)
    honest = [f"h{i}" for i in range(args.honest)]
    fake_c = fake_collaborations(50, "clique", args.seed)
    attack = attack_collaborations(honest, [degree.get(h, 0) for h in honest], 50, 5, args.seed)
    collabs = honest_c + fake_c + attack
    target = rng.choice([h for h in honest if 4 <= degree.get(h, 0) <= 8])
    viewers = sorted({c.other(target) for c in honest_c if target in (c.proposer, c.partner)})
    endorse = [Endorsement(f"f{i}", target, "sales") for i in range(50)]
    result: dict[str, Any] = {"target": target, "viewers": len(viewers)}
    for config in ("before", "rated", "local"):
        before_s = scorers(collabs, [], [])[config][1]
        after_s = scorers(collabs, endorse, [])[config][1]
        ratios, drops = [], []
        for v in viewers:
            b, a = before_s(v), after_s(v)
            if b.get(target, 0.0) <= 0:
                continue
            ratios.append(a.get(target, 0.0) / b[target])
            drops.append(_rank(a, target) - _rank(b, target))
        result[config] = {
            "trust_after_over_before": per_viewer(ratios),
            "rank_drop_max": int(max(drops)),
            "rank_drop_mean": round(float(np.mean(drops)), 2),
        }
    logger.info("endorsements: %s", result)
    return result


def _rank(trust: dict[str, float], pid: str) -> int:
    mine = trust.get(pid, 0.0)
    return 1 + sum(1 for other, t in trust.items() if t > mine and other != pid)


def _line(rows: dict[str, Any]) -> str:
    return " | ".join(
        f"{k}: {v['auc']['mean']:.3f}/{v['auc']['worst']:.3f}"
        f" na {v['auc_not_adjacent'].get('worst', float('nan')):.3f} top{v['top20_fakes_max']}"
        for k, v in rows.items()
        if isinstance(v, dict)
    )


def verdict(res: dict[str, Any], config: str, shape: str) -> dict[str, Any]:
    """Which of the issue's targets ``config`` meets against fakes of one shape (None: that
    figure was not measured for the shape)."""
    sc = res["scenarios"]

    def g_of(name: str) -> int:
        return int(name.rsplit("g=", 1)[1])

    plain = {k: v[config] for k, v in sc.items() if "compromised" not in k and k.startswith(shape)}
    growth = [v[config] for k, v in res["growth"].items() if k.startswith(shape)]
    compromised = [v[config] for k, v in sc.items() if "compromised" in k and k.startswith(shape)]
    return {
        "mean_auc_ge_0.99_up_to_g100": all(
            v["auc"]["mean"] >= 0.99 for k, v in plain.items() if g_of(k) <= 100
        ),
        "worst_viewer_ge_0.95_at_g20": all(
            v["auc"]["worst"] >= 0.95 for k, v in plain.items() if g_of(k) == 20
        ),
        "worst_not_adjacent_viewer_ge_0.95_at_g20": all(
            v["auc_not_adjacent"].get("worst", 1.0) >= 0.95
            for k, v in plain.items()
            if g_of(k) == 20
        ),
        "no_fake_in_top20_up_to_g20": all(
            v["top20_fakes_max"] == 0 for k, v in plain.items() if g_of(k) <= 20
        ),
        "no_fake_in_top20_up_to_g20_not_adjacent": all(
            v["top20_fakes_max_not_adjacent"] == 0 for k, v in plain.items() if g_of(k) <= 20
        ),
        "no_fake_in_top20_up_to_g20_but_first_hand_ties": all(
            v["top20_fakes_not_first_hand_max"] == 0 for k, v in plain.items() if g_of(k) <= 20
        ),
        "total_fake_trust_not_growing": (
            all(all(x <= 1.0 for x in v["ratio"].values()) for v in growth) if growth else None
        ),
        "compromised_account_exposed_worst_ge_0.95": (
            all(v["auc_exposed"].get("worst", 1.0) >= 0.95 for v in compromised)
            if compromised
            else None
        ),
    }


def targets(res: dict[str, Any]) -> dict[str, Any]:
    """The verdicts per fake shape (the clique of the issue, the degree-mimicking cluster)
    and configuration."""
    configs = [c for c in next(iter(res["scenarios"].values())) if c != "adjacent_viewers"]
    shapes = ("clique", "mimic", "game-clique", "game-mimic")
    return {shape: {c: verdict(res, c, shape) for c in configs} for shape in shapes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--honest", type=int, default=1000)
    parser.add_argument("--viewers", type=int, default=100)
    parser.add_argument("--seeds", type=int, default=20, help="honest people known to be real")
    parser.add_argument("--growth-viewers", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="fewer scenarios (a smoke run)")
    parser.add_argument("--out", type=Path, default=Path("bench/results/sybil.json"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    start = time.perf_counter()
    res = run(args)
    res["targets_met"] = targets(res)
    res["settings"] = {
        "honest": args.honest,
        "viewers": args.viewers,
        "seeds": args.seeds,
        "seed": args.seed,
        "product_tol": PRODUCT_TOL,
        "auc_tol": EXACT_TOL,
        "seconds": round(time.perf_counter() - start, 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=2) + "\n")
    sys.stdout.write(json.dumps(res["targets_met"], indent=2) + "\n")


if __name__ == "__main__":
    main()
