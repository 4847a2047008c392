"""A season of a community, simulated with cofoundry's public API (used by ``season.ipynb``).

A community of people from the sample data meets at several matchmaking events. What the
people really think of each other is hidden from cofoundry (the *truth*, below); cofoundry
only learns it from what they say after meeting: private feedback (``again`` /
``not-a-fit``), collaborations confirmed and rated, ventures formed and ended.

The truth (fixed by ``seed``): each person has a hidden working style (``styles`` of them),
which no profile text states. Two people would like to work together with probability
``p_designed`` for the sample data's designed pairs, ``p_same`` when they share a style, and
``p_other`` otherwise. After a meeting, with that probability both say ``again``; otherwise,
with probability ``p_not_fit``, one of them says ``not-a-fit``.

What is measured at each event: the **hit rate of its meetings** (the planner's suggestions
of whom to meet), i.e. the share of the event's meetings that lead to mutual positive
feedback between two people who had not found each other before; and, at the start of the
event, the **hit rate of the attendees' top suggestions** among people they have not met yet
(the mean probability that such a suggestion leads to mutual positive feedback: the truth's
own probability, no sampling noise). The same season is played twice on the same people and
events: with feedback recorded, and without (cofoundry never hears back), the baseline.

**Learning from the loop** (``learn_after``): in the season with feedback, after that many
evenings the community's re-ranker is trained on the feedback so far (``cofoundry rerank
train``: a logistic regression over the explained components, see
:mod:`matcher.matching.rerank`). At the start of each later evening the hit rate of the top
suggestions is measured twice on the same state, ordered by the learned model and by the fixed
weights (the switch turned on, then off: ``hit_rate`` stays the fixed weights' figure, so the
comparison with the season without feedback is unchanged); and after the season the model is
evaluated on the feedback of the later evenings, which it never saw (AUC and MRR against the
fixed weights).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from embeddings.encoder import encoder_from_name
from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.errors import NotEnoughFeedback
from matcher.events import EventService
from matcher.loop import LoopService
from matcher.matching import Reranker
from matcher.matching.rerank import evaluate
from matcher.trust import Collaboration, TrustSettings

DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class Truth:
    """What people really think of each other (hidden from cofoundry)."""

    style: dict[str, int]
    designed: frozenset[frozenset[str]]
    p_designed: float = 0.9
    p_same: float = 0.35
    p_other: float = 0.03
    #: each person's commitment, and the factor on ``p`` when two people's differ: 1.0, it
    #: does not matter; 0.2, a community where people click only with someone who puts in
    #: as much time (a preference the fixed weights do not score: their filter only keeps
    #: full-time and side projects apart)
    commitment: dict[str, str] = field(default_factory=dict)
    mismatch: float = 1.0

    def p(self, a: str, b: str) -> float:
        """Probability that ``a`` and ``b`` would both like to work together."""
        if frozenset((a, b)) in self.designed:
            p = self.p_designed
        else:
            p = self.p_same if self.style[a] == self.style[b] else self.p_other
        if self.commitment and self.commitment[a] != self.commitment[b]:
            p *= self.mismatch
        return p


@dataclass
class EventResult:
    """One event of the season."""

    event: str
    attendees: int
    hit_rate: float  # of the top suggestions, at the start of the event
    meetings: int
    mutual_again: int  # new pairs who both said again
    repeats: int  # meetings of two people who had met at an earlier event
    not_a_fit: int
    ventures: int
    #: the same hit rate with the re-ranker's order (evenings after it was trained and beat
    #: the fixed weights; else None)
    hit_rate_learned: float | None = None


@dataclass
class Learning:
    """The re-ranker trained after the first ``after`` evenings, and how it did later."""

    after: int
    model: Reranker | None  # None: not enough feedback yet (``refused`` says why)
    refused: str = ""
    #: its evaluation on the feedback of the later evenings (never seen in training)
    later: dict[str, object] = field(default_factory=dict)


@dataclass
class Season:
    """A season played on one copy of the community."""

    feedback: bool
    events: list[EventResult] = field(default_factory=list)
    collaborations: int = 0
    learning: Learning | None = None


def community(
    n: int, seed: int, styles: int, mismatch: float = 1.0
) -> tuple[list[dict[str, object]], Truth]:
    """``n`` sample profiles (every designed pair whose two people are drawn stays whole)
    and the hidden truth about them (``mismatch``: see :class:`Truth`)."""
    rng = random.Random(seed)
    profiles = json.loads((DATA / "profiles.json").read_text(encoding="utf-8"))
    pairs = json.loads((DATA / "pairs.json").read_text(encoding="utf-8"))
    chosen: list[str] = []
    for pair in rng.sample(pairs, min(len(pairs), n // 3)):
        chosen += [pair["a"], pair["b"]]
    rest = [p["id"] for p in profiles if p["id"] not in set(chosen)]
    chosen += rng.sample(rest, n - len(chosen))
    keep = set(chosen)
    style = {pid: rng.randrange(styles) for pid in sorted(keep)}
    designed = set()
    for pair in pairs:
        if pair["a"] in keep and pair["b"] in keep:
            style[pair["b"]] = style[pair["a"]]  # a designed pair works the same way
            designed.add(frozenset((pair["a"], pair["b"])))
    # everyone open to suggestions and events (the sample has some hidden profiles)
    rows = [p | {"visibility": "public", "consent": True} for p in profiles if p["id"] in keep]
    commitment = {str(r["id"]): str(r.get("commitment", "full-time")) for r in rows}
    return rows, Truth(style, frozenset(designed), commitment=commitment, mismatch=mismatch)


class SimClock:
    """The season's time: evening ``n`` starts ``n`` weeks after 2026-12-01 and each call moves
    it on by a second, so that every verdict has its own time, the same in every run (the
    re-ranker's split by time is then the same whatever the machine's speed)."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 12, 1, 18, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now

    def evening(self, number: int) -> None:
        """Move to the start of evening ``number``."""
        self.now = max(
            self.now, dt.datetime(2026, 12, 1, 18, tzinfo=dt.UTC) + dt.timedelta(weeks=number)
        )


@contextmanager
def services(
    db: Path, encoder: str, trust_weight: float | None = None, clock: SimClock | None = None
) -> Iterator[tuple[Community, LoopService, EventService]]:
    """The services over one database file, wired as the API wires them (``trust_weight``:
    another weight of trust than the default, to compare; ``clock``: the season's time)."""
    settings = TrustSettings() if trust_weight is None else TrustSettings(trust_weight=trust_weight)
    service = Community(db, encoder_from_name(encoder), trust=settings, clock=clock)
    try:
        yield service, service.loop, service.events
    finally:
        service.close()


def hit_rate(
    service: Community, truth: Truth, people: list[str], met: dict[str, set[str]], top: int
) -> float:
    """Mean truth probability of each person's top suggestions among people not met yet."""
    rates = []
    for a in people:
        fresh = [
            s.candidate
            for s in service.matching.suggest(a, k=top + 20, actor=Actor(a), explain=False)
            if s.candidate not in met[a]
        ][:top]
        rates += [truth.p(a, b) for b in fresh]
    return sum(rates) / len(rates) if rates else 0.0


def play(
    db: Path,
    truth: Truth,
    schedule: list[list[str]],
    *,
    feedback: bool,
    encoder: str,
    seed: int,
    rounds: int = 4,
    top: int = 5,
    p_not_fit: float = 0.5,
    trust_weight: float | None = None,
    learn_after: int | None = None,
) -> Season:
    """Play the events of ``schedule`` (attendee lists) on the community in ``db``
    (``learn_after``: train the re-ranker after that many evenings, with feedback only)."""
    rng = random.Random(seed)  # the same outcomes of the same meetings in both seasons
    season = Season(feedback)
    met: dict[str, set[str]] = {p: set() for p in truth.style}
    clock = SimClock()
    with services(db, encoder, trust_weight, clock) as (service, loop, events):
        matching = service.matching
        matching.set_reranker(False, actor=ADMIN)  # on only while measuring its order
        for number, people in enumerate(schedule, start=1):
            clock.evening(number)
            event_id = f"event-{number}"
            rate = hit_rate(service, truth, people, met, top)
            learned_rate = None
            learning = season.learning
            if learning is not None and learning.model is not None and learning.model.beats_fixed:
                matching.set_reranker(True, actor=ADMIN)
                learned_rate = hit_rate(service, truth, people, met, top)
                matching.set_reranker(False, actor=ADMIN)
            events.create_event(event_id, f"Founders night {number}", actor=ADMIN)
            events.add_attendees(event_id, people, actor=ADMIN)
            plan = events.plan_rounds(event_id, rounds=rounds, actor=ADMIN)
            again = not_fit = ventures = repeats = 0
            for pair in sorted({tuple(sorted(p)) for r in plan.rounds for p in r.pairs()}):
                a, b = pair
                if b in met[a]:
                    repeats += 1  # nothing new comes of it
                    continue
                met[a].add(b)
                met[b].add(a)
                outcome = rng.random()
                if outcome < truth.p(a, b):
                    again += 1
                    if not feedback:
                        continue
                    loop.feedback.give(a, b, "again", f"event:{event_id}", actor=Actor(a))
                    given = loop.feedback.give(b, a, "again", f"event:{event_id}", actor=Actor(b))
                    if given.proposed is not None and confirm_and_rate(loop, given.proposed):
                        season.collaborations += 1  # they start something
                    if again <= 2:  # the first two pairs of the night form a venture
                        ventures += 1
                        start_venture(loop, a, b, f"v{number}-{again}")
                elif rng.random() < p_not_fit:
                    not_fit += 1
                    if feedback:
                        loop.feedback.give(a, b, "not-a-fit", f"event:{event_id}", actor=Actor(a))
            season.events.append(
                EventResult(
                    event_id,
                    len(people),
                    rate,
                    len(met_in(plan)),
                    again,
                    repeats,
                    not_fit,
                    ventures,
                    learned_rate,
                )
            )
            if feedback and number == learn_after:
                season.learning = learn(service, number)
        if season.learning is not None and season.learning.model is not None:
            season.learning.later = later_evaluation(service, season.learning.model)
    return season


def learn(service: Community, after: int) -> Learning:
    """Train the community's re-ranker on the feedback of the evenings so far."""
    try:
        model = service.matching.train_reranker(actor=ADMIN)
    except NotEnoughFeedback as exc:
        return Learning(after, None, refused=str(exc))
    return Learning(after, model)


def later_evaluation(service: Community, model: Reranker) -> dict[str, object]:
    """``model`` (trained after the first evenings) against the fixed weights on the
    feedback given after it was trained: the later part of the season."""
    pairs = service.matching.training_pairs()
    later = [p for p in pairs if p.example.at > model.trained_at]
    if not later:
        return {}
    return evaluate(model.weights, [], later).as_json() | {"pairs": len(later)}


def met_in(plan: object) -> set[frozenset[str]]:
    """Every pair that met in a plan's rounds."""
    rounds = getattr(plan, "rounds", ())
    return {p for r in rounds for p in r.pairs()}


def start_venture(loop: LoopService, a: str, b: str, venture_id: str) -> None:
    """Two people start a venture, put in some work and money, end it, and rate each other."""
    equity = loop.equity
    start = dt.date(2026, 1, 1)
    made = equity.create_venture(venture_id, f"Venture of {a} and {b}", actor=Actor(a), start=start)
    venture_id = made.id  # the id chosen and a random suffix
    equity.invite(venture_id, b, actor=Actor(a))  # b joins by accepting (issue 17)
    equity.answer_invitation(venture_id, True, actor=Actor(b))
    for key, (who, amount) in enumerate(((a, 1500), (b, 2500))):
        raw = {"member": who, "kind": "cash", "on": "2026-01-15", "amount": Decimal(amount)}
        equity.post(venture_id, raw, key=f"{venture_id}-{key}", actor=Actor(who))
    proposed = loop.end_venture(venture_id, None, actor=Actor(a))
    ended = loop.confirm_end(venture_id, proposed.end.ledger_hash, actor=Actor(b))
    for collab in ended.collaborations:
        confirm_and_rate(loop, collab)


def confirm_and_rate(loop: LoopService, collab: Collaboration) -> bool:
    """The partner confirms a proposed collaboration and both rate it +2 (False: it was not
    a new proposal, e.g. the pair already had one)."""
    if collab.status.value != "proposed":
        return False
    loop.trust.answer_collaboration(collab.id, True, actor=Actor(collab.partner))
    for who in (collab.proposer, collab.partner):
        loop.trust.rate_collaboration(collab.id, 2, actor=Actor(who))
    return True


def past_collaborations(db: Path, truth: Truth, encoder: str, seed: int, per_person: int) -> int:
    """The community's history before the season: each person worked with ``per_person``
    others, mostly of their own working style, confirmed and rated (both seasons have it)."""
    rng = random.Random(seed + 2)
    ids = sorted(truth.style)
    made = 0
    with services(db, encoder) as (_, loop, _):
        done: set[frozenset[str]] = set()
        for a in ids:
            for _ in range(per_person):
                b = rng.choice(ids)
                if b == a or frozenset((a, b)) in done:
                    continue
                if rng.random() >= truth.p(a, b) / truth.p_same:  # like works with like
                    continue
                done.add(frozenset((a, b)))
                c = loop.trust.propose_collaboration(
                    a, b, "an earlier project", "2024-01-01", "2024-12-31", rating=2, actor=Actor(a)
                )
                loop.trust.answer_collaboration(c.id, True, actor=Actor(b))
                loop.trust.rate_collaboration(c.id, 2, actor=Actor(b))
                made += 1
    return made


def season(
    *,
    people: int = 150,
    events: int = 5,
    attendees: int = 48,
    styles: int = 5,
    seed: int = 11,
    history: int = 3,
    encoder: str = "use-multilingual-v3",
    trust_weight: float | None = None,
    learn_after: int | None = 3,
    mismatch: float = 1.0,
) -> tuple[Season, Season, Truth]:
    """Play the season with and without feedback; return both and the truth (``learn_after``:
    evenings after which the re-ranker is trained in the season with feedback)."""
    rows, truth = community(people, seed, styles, mismatch)
    rng = random.Random(seed + 1)
    ids = sorted(truth.style)
    schedule = [sorted(rng.sample(ids, attendees)) for _ in range(events)]
    with tempfile.TemporaryDirectory() as tmp:
        first = Path(tmp) / "with.db"
        with services(first, encoder) as (service, _, _):
            service.profiles.import_profiles(rows)
            service.profiles.ensure_vectors()  # encoded once; the copy keeps the vectors
        past_collaborations(first, truth, encoder, seed, history)
        second = Path(tmp) / "without.db"
        shutil.copy(first, second)
        kw = {"encoder": encoder, "seed": seed, "trust_weight": trust_weight}
        with_feedback = play(first, truth, schedule, feedback=True, learn_after=learn_after, **kw)  # type: ignore[arg-type]
        without = play(second, truth, schedule, feedback=False, **kw)  # type: ignore[arg-type]
    return with_feedback, without, truth


@dataclass
class Figures:
    """The season over several seeds: per evening, sums of new pairs and mean hit rates."""

    seeds: list[int]
    encoder: str
    trust_weight: float
    meetings: list[int]
    found_with: list[int]
    found_without: list[int]
    hit_with: list[float]
    hit_without: list[float]
    #: per seed, the re-ranker trained after the first evenings (:func:`learning_figures`)
    learned: list[dict[str, object]] = field(default_factory=list)

    @property
    def found_lift(self) -> list[float]:
        return [
            round(a / b, 3) if b else 0.0
            for a, b in zip(self.found_with, self.found_without, strict=True)
        ]

    @property
    def hit_lift(self) -> list[float]:
        return [
            round(a / b, 3) if b else 0.0
            for a, b in zip(self.hit_with, self.hit_without, strict=True)
        ]


def seasons(
    seeds: list[int],
    *,
    encoder: str = "use-multilingual-v3",
    trust_weight: float | None = None,
    mismatch: float = 1.0,
) -> Figures:
    """Play the season for each seed (with and without feedback) and add the figures up."""
    played: list[tuple[Season, Season]] = []
    for seed in seeds:
        with_feedback, without, _ = season(
            seed=seed, encoder=encoder, trust_weight=trust_weight, mismatch=mismatch
        )
        played.append((with_feedback, without))

    def column(get: Callable[[EventResult], float], which: int) -> list[float]:
        evenings = range(len(played[0][0].events))
        return [float(sum(get(p[which].events[e]) for p in played)) for e in evenings]

    n = len(seeds)
    return Figures(
        seeds=seeds,
        encoder=encoder,
        trust_weight=TrustSettings().trust_weight if trust_weight is None else trust_weight,
        meetings=[e.meetings * n for e in played[0][0].events],
        found_with=[int(x) for x in column(lambda e: e.mutual_again, 0)],
        found_without=[int(x) for x in column(lambda e: e.mutual_again, 1)],
        hit_with=[round(x / n, 4) for x in column(lambda e: e.hit_rate, 0)],
        hit_without=[round(x / n, 4) for x in column(lambda e: e.hit_rate, 1)],
        learned=[learning_figures(seed, p[0]) for seed, p in zip(seeds, played, strict=True)],
    )


def learning_figures(seed: int, played: Season) -> dict[str, object]:
    """What the re-ranker of one season learned and how it did on the later evenings."""
    lr = played.learning
    if lr is None:
        return {"seed": seed, "trained": False}
    if lr.model is None:
        return {"seed": seed, "trained": False, "after": lr.after, "refused": lr.refused}
    m = lr.model
    later = [e for e in played.events[lr.after :]]
    return {
        "seed": seed,
        "trained": True,
        "after": lr.after,
        "examples": m.examples,
        "positives": m.positives,
        "beats_fixed": m.beats_fixed,
        "coefficients": dict(zip(m.weights.features, m.weights.coefficients, strict=True)),
        "held_out": m.evaluation.as_json(),  # its own held-out part (the newest 30 %)
        "later": lr.later,  # the later evenings' feedback, never seen in training
        "hit_fixed_later": [round(e.hit_rate, 4) for e in later],
        "hit_learned_later": [
            None if e.hit_rate_learned is None else round(e.hit_rate_learned, 4) for e in later
        ],
    }


def print_learning(fig: Figures) -> None:
    """One line per seed: held-out AUC and MRR, learned against fixed, and the hit rates."""
    print("re-ranker trained after the first evenings; evaluated on the later evenings' feedback")
    print(
        f"{'seed':<6}{'pairs':>6}{'AUC learned':>13}{'fixed':>7}{'MRR learned':>13}{'fixed':>7}"
        f"{'lists':>7}{'on?':>5}{'top-5 hit later: learned':>26}{'fixed':>8}"
    )
    for f in fig.learned:
        if not f.get("trained"):
            print(f"{f['seed']:<6}not trained: {f.get('refused', '')}")
            continue
        later = f["later"]
        assert isinstance(later, dict)
        hit_l = [x for x in f["hit_learned_later"] if x is not None]  # type: ignore[attr-defined]
        hit_f = f["hit_fixed_later"]
        mean_l = f"{sum(hit_l) / len(hit_l):.3f}" if hit_l else "off"
        mean_f = sum(hit_f) / len(hit_f)  # type: ignore[arg-type]
        print(
            f"{f['seed']:<6}{later.get('test_examples', 0):>6}{later.get('auc_learned') or 0:>13.3f}"
            f"{later.get('auc_fixed') or 0:>7.3f}{later.get('mrr_learned') or 0:>13.3f}"
            f"{later.get('mrr_fixed') or 0:>7.3f}{later.get('lists', 0):>7}"
            f"{'yes' if f['beats_fixed'] else 'no':>5}{mean_l:>26}{mean_f:>8.3f}"
        )


if __name__ == "__main__":  # python notebooks/season.py [--seeds 11,12,13,14] [--encoder E] ...
    import argparse
    from dataclasses import asdict

    parser = argparse.ArgumentParser(description="A season of a community, over several seeds.")
    parser.add_argument("--seeds", default="11,12,13,14")
    parser.add_argument("--encoder", default="use-multilingual-v3")
    parser.add_argument("--trust-weight", type=float, default=None)
    parser.add_argument("--out", type=Path, default=None, help="write the figures as JSON")
    parser.add_argument(
        "--mismatch", type=float, default=1.0, help="truth: factor when commitments differ"
    )
    args = parser.parse_args()
    fig = seasons(
        [int(x) for x in args.seeds.split(",")],
        encoder=args.encoder,
        trust_weight=args.trust_weight,
        mismatch=args.mismatch,
    )
    print(
        f"seeds {fig.seeds}, trust_weight {fig.trust_weight}, encoder {fig.encoder},"
        f" commitment mismatch x{args.mismatch}"
    )
    print(
        f"{'evening':<8}{'new pairs: with':>16}{'without':>9}{'lift':>7}"
        f"{'top-5 hit: with':>17}{'without':>9}{'lift':>7}"
    )
    for n in range(len(fig.meetings)):
        print(
            f"{n + 1:<8}{fig.found_with[n]:>10}/{fig.meetings[n]:<5}{fig.found_without[n]:>9}"
            f"{fig.found_lift[n]:>7}{fig.hit_with[n]:>17.3f}{fig.hit_without[n]:>9.3f}"
            f"{fig.hit_lift[n]:>7}"
        )
    print_learning(fig)
    if args.out is not None:
        figures = asdict(fig) | {
            "found_lift": fig.found_lift,
            "hit_lift": fig.hit_lift,
            "mismatch": args.mismatch,
        }
        args.out.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
