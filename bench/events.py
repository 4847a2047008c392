"""Events benchmark: speed-networking rounds and hackathon teams on real matcher scores.

Usage::

    python bench/events.py [--attendees 300] [--rounds 6] [--participants 120] [--size 4]
                           [--time-limit 20] [--encoder use-multilingual-v3] [--seed 1]
                           [--out bench/results/events.json]

Method (every ratio is against figures measured in the same run):

1. **Scores.** The first ``--attendees`` sample profiles (``data/profiles.json``) are imported
   into an in-memory store and encoded with ``--encoder`` (encoding is not timed: it happens
   once, at import). The pair scores come from :func:`matcher.events.service.score_matrix`
   (the suggestion score, every pair at once); 1 % of the pairs are put on avoid lists.
2. **Rounds.** ``--rounds`` rounds of 1:1 meetings planned through
   :meth:`EventService.plan_rounds` (end to end: scores, avoid lists, the plan, the greedy
   baseline, the LP bound, storing the plan). Reported: the time, the plan's score against
   the LP upper bound (target >= 95 %, <= 10 s) and against the greedy baseline (best
   remaining pair first), and the time of the core alone, of the greedy baseline alone and
   of the bound alone.
3. **Teams.** The first ``--participants`` profiles in teams of ``--size`` covering the two
   roles most offered among them (each offered by at least one person per team), CP-SAT with
   ``--time-limit`` seconds: the time (target <= 30 s), the gap to the bound (target <= 5 %)
   and the score of the greedy seating improved by local search. The bound of teams of one
   size is the set-partitioning LP by column generation (its rounds, pricing time and
   whether it converged are reported); for comparison, the clique-partitioning pair LP
   (:func:`matcher.events.teams_bound`, the bound used before, with the time it had then)
   is computed afterwards on the same instance, untimed, with the gap it would give.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

from embeddings.encoder import encoder_from_name
from matcher.access import ADMIN
from matcher.community import Community
from matcher.events.planner import greedy_rounds, plan_rounds, plan_stats, teams_bound

ROOT = Path(__file__).resolve().parents[1]


def _load(n: int) -> list[dict[str, Any]]:
    data = json.loads((ROOT / "data" / "profiles.json").read_text(encoding="utf-8"))
    rows = data if isinstance(data, list) else data["profiles"]
    if len(rows) < n:
        raise SystemExit(f"only {len(rows)} sample profiles; ask for at most that many")
    return [dict(r) for r in rows[:n]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--attendees", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--participants", type=int, default=120)
    ap.add_argument("--size", type=int, default=4)
    ap.add_argument("--time-limit", type=float, default=20.0)
    ap.add_argument("--encoder", default=os.environ.get("COFOUNDRY_ENCODER", "use-multilingual-v3"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "events.json")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    rng = random.Random(args.seed)

    rows = _load(max(args.attendees, args.participants))
    service = Community(":memory:", encoder_from_name(args.encoder))
    t = time.perf_counter()
    service.profiles.import_profiles(rows)
    encode_s = time.perf_counter() - t
    ids = [r["id"] for r in rows]
    events = service.events
    load0 = os.getloadavg()[0]

    # ---------------------------------------------------------------- rounds
    attendees = ids[: args.attendees]
    avoid = set()
    while len(avoid) < len(attendees) * (len(attendees) - 1) // 200:  # 1 % of the pairs
        a, b = rng.sample(attendees, 2)
        avoid.add((a, b))
    for a, b in avoid:
        service.trust.avoid(a, b, actor=ADMIN)
    events.create_event("bench", actor=ADMIN)
    events.add_attendees("bench", attendees, actor=ADMIN)
    events.matching.pair_scores(
        attendees
    )  # warm the search state (vectors loaded once, as in a server)
    t = time.perf_counter()
    plan = events.plan_rounds("bench", rounds=args.rounds, actor=ADMIN)
    end_to_end = time.perf_counter() - t
    order, _, scores, forbidden = events.matching.pair_scores(attendees)
    ordered = [p.id for p in order]
    t = time.perf_counter()
    core = plan_rounds(ordered, scores, args.rounds, forbidden=forbidden)
    core_s = time.perf_counter() - t
    t = time.perf_counter()
    greedy = greedy_rounds(ordered, scores, args.rounds, forbidden=forbidden)
    greedy_s = time.perf_counter() - t
    t = time.perf_counter()
    nofair = plan_rounds(ordered, scores, args.rounds, forbidden=forbidden, fairness=0)
    nofair_s = time.perf_counter() - t
    shares = {
        name: min(v["share"] for v in plan_stats(ordered, scores, r).values())
        for name, r in (("plan", core.rounds), ("greedy", greedy), ("no_fairness", nofair.rounds))
    }
    rounds_result = {
        "attendees": len(attendees),
        "rounds": args.rounds,
        "avoid_pairs": len(avoid),
        "forbidden_pairs": len(forbidden),
        "seconds_end_to_end": round(end_to_end, 3),
        "seconds_core": round(core_s, 3),
        "seconds_greedy": round(greedy_s, 3),
        "seconds_no_fairness": round(nofair_s, 3),
        "score": plan.score,
        "bound": plan.bound,
        "greedy_score": plan.greedy_score,
        "ratio_to_bound": plan.ratio_to_bound,
        "ratio_to_greedy": plan.ratio_to_greedy,
        "no_fairness_score": nofair.score,
        "no_fairness_ratio_to_bound": nofair.ratio_to_bound,
        "worst_share": shares,
        "targets": {"seconds": 10, "ratio_to_bound": 0.95},
        "met": end_to_end <= 10 and plan.ratio_to_bound >= 0.95,
    }
    print(
        f"rounds: {len(attendees)} attendees x {args.rounds} rounds of 1:1 in {end_to_end:.2f} s"
        f" end to end (core {core_s:.2f} s, greedy alone {greedy_s:.2f} s)\n"
        f"  score {plan.score:.3f} = {100 * plan.ratio_to_bound:.2f} % of the LP bound"
        f" {plan.bound:.3f}; x{plan.ratio_to_greedy:.4f} the greedy baseline"
        f" ({plan.greedy_score:.3f}, {100 * plan.greedy_score / plan.bound:.2f} % of the bound)\n"
        f"  without fairness: {100 * nofair.ratio_to_bound:.2f} % of the bound;"
        f" worst fair share: plan {shares['plan']:.3f}, no fairness"
        f" {shares['no_fairness']:.3f}, greedy {shares['greedy']:.3f}"
    )

    # ----------------------------------------------------------------- teams
    people = ids[: args.participants]
    profiles = service.profiles.store.profiles(people)
    offered = Counter(r.value for p in profiles for r in p.roles_offered)
    teams_needed = args.participants // args.size
    required = [r for r, c in offered.most_common() if c >= teams_needed][:2]
    events.create_event("hack", actor=ADMIN)
    events.add_attendees("hack", people, actor=ADMIN)
    t = time.perf_counter()
    teams = events.form_teams(
        "hack", size=args.size, actor=ADMIN, required_roles=required, time_limit=args.time_limit
    )
    teams_s = time.perf_counter() - t
    team_profiles, _, scores, forbidden = events.matching.pair_scores(people)
    order = [p.id for p in team_profiles]
    pos = {p: i for i, p in enumerate(order)}
    forb = np.zeros((len(order), len(order)), dtype=bool)
    for pair in forbidden:
        if all(x in pos for x in pair):  # pairs with someone not in the teams do not matter
            a, b = (pos[x] for x in pair)
            forb[a, b] = forb[b, a] = True
    offers = {p.id: {r.value for r in p.roles_offered} for p in profiles}
    roles = np.array([[r in offers[p] for r in required] for p in order], dtype=bool)
    sizes = [len(tm.members) for tm in teams.teams]
    t = time.perf_counter()
    pair_lp = teams_bound(
        np.asarray(scores), sizes, forbidden=forb, roles=roles, seconds=0.55 * args.time_limit
    )
    pair_lp_s = time.perf_counter() - t
    detail = teams.bound_detail
    teams_result = {
        "participants": len(people),
        "size": args.size,
        "teams": len(teams.teams),
        "required_roles": required,
        "role_holders": {r: offered[r] for r in required},
        "time_limit": args.time_limit,
        "seconds": round(teams_s, 3),
        "status": teams.status,
        "score": teams.score,
        "objective": teams.objective,
        "bound": teams.bound,
        "gap": teams.gap,
        "heuristic_score": teams.heuristic_score,
        "strength_spread": teams.strength_spread,
        "missing_roles": sum(len(t.missing_roles) for t in teams.teams),
        "bound_method": "set partitioning, column generation" if detail else "pair LP",
        "bound_rounds": detail.rounds if detail else 0,
        "bound_pricing_seconds": detail.pricing_seconds if detail else 0.0,
        "bound_seconds": detail.seconds if detail else 0.0,
        "bound_converged": detail.converged if detail else False,
        "pair_lp_bound": pair_lp,
        "pair_lp_seconds": round(pair_lp_s, 3),
        "pair_lp_gap": round((pair_lp - teams.objective) / pair_lp, 6),
        "targets": {"seconds": 30, "gap": 0.05},
        "met": teams_s <= 30 and teams.gap <= 0.05,
    }
    print(
        f"teams: {len(people)} participants into {len(teams.teams)} teams of {args.size}"
        f" covering {', '.join(required)} in {teams_s:.2f} s ({teams.status})\n"
        f"  objective {teams.objective:.3f} (pair score {teams.score:.3f} - spread"
        f" {teams.strength_spread:.3f}), bound {teams.bound:.3f}, gap {100 * teams.gap:.2f} %;"
        f" heuristic alone {teams.heuristic_score:.3f}\n"
        + (
            f"  bound: {detail.rounds} pricing rounds in {detail.seconds:.2f} s"
            f" ({1000 * detail.pricing_seconds / max(1, detail.rounds):.0f} ms a round),"
            f" {'converged' if detail.converged else 'stopped at the time budget'};"
            if detail
            else "  bound: the pair LP;"
        )
        + f" the pair LP alone gives {pair_lp:.3f} (gap {100 * (pair_lp - teams.objective) / pair_lp:.2f} %)"
    )
    result = {
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_average_start": round(load0, 2),
            "load_average_end": round(os.getloadavg()[0], 2),
        },
        "encoder": service.encoder.name,
        "encode_seconds": round(encode_s, 1),
        "rounds": rounds_result,
        "teams": teams_result,
        "numpy": np.__version__,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
