"""Suggestion quality on the evaluation sets, through the product's own import and suggestions.

Usage::

    python bench/matching_eval.py                     # old set, sample data, v2 dev half
    python bench/matching_eval.py --levers            # also each lever alone, on the dev half
    python bench/matching_eval.py --split test --out bench/results/matching-test.json
    python bench/matching_eval.py --sets sample,v2,v3,v4,v5 \
        --encoder use-multilingual-v3+multilingual-e5-small-q   # needs as e5 queries

Each set is imported into a fresh in-memory :class:`matcher.community.Community` with the
real packaged encoder (``use-multilingual-v3``) through
``ProfileService.import_profiles`` (validation, phrases, vectors), and every query is one
``MatchingService.suggest(viewer, k=100)`` call: the ranking members get, hard filters
and all. The partner's rank is its place in those 100 (absent: reciprocal rank 0).

Sets:

* ``old``: ``bench/validation_set.py`` (46 pairs, role tags on everyone; the encoder and
  the default weights were chosen on it). It has no spoken languages, commitment or time
  zones: everyone is imported speaking French and English, full-time, UTC+1.
* ``sample``: the demo's ``data/profiles.json`` and its 48 designed pairs (``data/pairs.json``):
  the partner's rank for A only, as ``cofoundry demo`` counts it.
* ``v2-dev`` / ``v2-test``: ``bench/eval/complementary_v2.json``, one half of the frozen
  split (``bench/eval/split_v2.json``): the half's pairs and their distractors are imported
  alone. **Tune on dev only**; ``--split test`` is run once, at the end, and reported as
  it comes out (see ``bench/eval/README.md``).
* ``v3-dev`` / ``v3-test``: ``bench/eval/complementary_v3.json`` (128 pairs, written blind
  on 2026-12-05 after v2's test half had been read), the same way.

Figures, per set and configuration, over both directions of every pair (B for A and A for
B; ``sample``: A only):

* ``text``: weights reciprocal 1, values 0, roles 0 (the texts alone); ``full``: the
  configuration's own weights (default ``Weights()``);
* MRR, hit@1, hit@3; ``x-ling hit@3``: text-only hit@3 on cross-lingual pairs;
* slices: pairs without role tags, short texts, mixed language;
* ``distractor above``: share of A-queries where a twin or one-sided fit outranks B (full);
* ``filter violations``: suggestions that fail a hard filter (a trap anywhere in A's 100,
  or any suggestion :func:`matcher.matching.model.filter_reason` rejects). Must be 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from embeddings.encoder import (  # noqa: E402
    DEFAULT_ENCODER,
    AdaptedEncoder,
    Encoder,
    EnsembleEncoder,
    encode_field,
    encoder_from_name,
    query_fields,
)
from matcher.access import ADMIN  # noqa: E402
from matcher.community import Community  # noqa: E402
from matcher.matching import MAX_K, MatchingService, MatchSettings, Weights  # noqa: E402
from matcher.matching.model import filter_reason  # noqa: E402

EVAL = ROOT / "bench" / "eval"
RESULTS = ROOT / "bench" / "results"
TEXT_ONLY = Weights(reciprocal=1.0, values=0.0, roles=0.0)


@dataclass
class Query:
    """One ranking to score: ``viewer`` should find ``partner``."""

    viewer: str
    partner: str
    pair: str
    cross: bool = False
    no_roles: bool = False
    short: bool = False
    mixed: bool = False
    is_a: bool = True
    distractors: tuple[str, ...] = ()
    traps: tuple[str, ...] = ()


@dataclass
class EvalSet:
    name: str
    rows: list[dict[str, Any]]
    queries: list[Query] = field(default_factory=list)


# ------------------------------------------------------------------ sets
def _load_module(path: Path, name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def old_set() -> EvalSet:
    """``bench/validation_set.py`` as importer rows (everyone fr+en, full-time, UTC+1)."""
    vs = _load_module(ROOT / "bench" / "validation_set.py", "cofoundry_bench_vs")
    rows = [
        {
            "id": p["id"],
            "name": p["id"],
            "offers": p["offers"],
            "needs": p["needs"],
            "values": p["values"],
            "roles_offered": p["roles_offered"],
            "roles_sought": p["roles_sought"],
            "languages": ["fr", "en"],
            "utc_offset": 1,
        }
        for p in vs.PROFILES
    ]
    out = EvalSet("old", rows)
    for a, b in vs.pairs():
        cross = vs.is_cross_lingual(a, b)
        mixed = "mixed" in (a["lang"], b["lang"])
        for x, y, is_a in ((a, b, True), (b, a, False)):
            out.queries.append(
                Query(x["id"], y["id"], a["id"][:3], cross=cross, mixed=mixed, is_a=is_a)
            )
    return out


def sample_set() -> EvalSet:
    """The demo's sample data and its designed pairs (A's side only)."""
    rows = json.loads((ROOT / "data" / "profiles.json").read_text(encoding="utf-8"))
    pairs = json.loads((ROOT / "data" / "pairs.json").read_text(encoding="utf-8"))
    out = EvalSet("sample", rows)
    for p in pairs:
        out.queries.append(Query(p["a"], p["b"], f"{p['a']}-{p['b']}"))
    return out


def held_out_set(version: int, split: str) -> EvalSet:
    """One half of ``bench/eval/complementary_v<version>.json``: its pairs and their distractors."""
    data = json.loads((EVAL / f"complementary_v{version}.json").read_text(encoding="utf-8"))
    frozen = json.loads((EVAL / f"split_v{version}.json").read_text(encoding="utf-8"))
    pairs = [p for p in data["pairs"] if frozen[p["id"]] == split]
    wanted = {p["a"] for p in pairs} | {p["b"] for p in pairs}
    wanted |= {d["id"] for p in pairs for d in p["distractors"]}
    rows = [p for p in data["profiles"] if p["id"] in wanted]
    out = EvalSet(f"v{version}-{split}", rows)
    for p in pairs:
        common = {
            "pair": p["id"],
            "cross": p["language"] == "cross",
            "no_roles": p["roles"] == "none",
            "short": p["length"] == "short",
            "mixed": p["language"] == "mixed",
        }
        others = tuple(d["id"] for d in p["distractors"] if d["kind"] != "filter-trap")
        traps = tuple(d["id"] for d in p["distractors"] if d["kind"] == "filter-trap")
        out.queries.append(
            Query(p["a"], p["b"], is_a=True, distractors=others, traps=traps, **common)
        )
        out.queries.append(Query(p["b"], p["a"], is_a=False, **common))
    return out


class CachedEncoder:
    """The real encoder behind a text -> vector cache on disk (``bench/.cache``).

    Same ``name``, ``dim`` and :func:`~embeddings.encoder.query_fields` as the wrapped model,
    so the product stores and ranks exactly what it would; only repeated runs skip encoding
    texts already seen. A field the model encodes in its own way (e5's needs as questions) is
    cached under ``"\x00<field>\x00<text>"``.
    """

    def __init__(self, inner: Encoder, path: Path) -> None:
        self.inner = inner
        self.path = path
        self.cache: dict[str, np.ndarray] = {}
        if path.exists():
            with np.load(path, allow_pickle=False) as data:
                texts = json.loads(str(data["texts"]))
                self.cache = dict(zip(texts, data["vectors"], strict=True))
        self.misses = 0

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dim(self) -> int:
        return self.inner.dim

    @property
    def blocks(self) -> tuple[int, ...]:
        """An ensemble's parts (:class:`embeddings.encoder.EnsembleEncoder`), else ()."""
        return tuple(getattr(self.inner, "blocks", ()))

    @property
    def query_fields(self) -> tuple[str, ...]:
        return query_fields(self.inner)

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self._cached(texts, "", lambda todo: self.inner.encode(todo, progress=progress))

    def encode_field(
        self, field: str, texts: Sequence[str], *, progress: bool = False
    ) -> np.ndarray:
        return self._cached(
            texts,
            f"\x00{field}\x00",
            lambda todo: encode_field(self.inner, field, todo, progress=progress),
        )

    def _cached(
        self, texts: Sequence[str], prefix: str, run: Callable[[list[str]], np.ndarray]
    ) -> np.ndarray:
        todo = list(dict.fromkeys(t for t in texts if prefix + t not in self.cache))
        if todo:
            self.misses += len(todo)
            self.cache.update(zip([prefix + t for t in todo], run(todo), strict=True))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i] = self.cache[prefix + t]
        return out

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        texts = list(self.cache)
        np.savez(
            self.path,
            texts=np.array(json.dumps(texts, ensure_ascii=False)),
            vectors=np.stack([self.cache[t] for t in texts]) if texts else np.zeros((0, self.dim)),
        )


def _cache_file(folder: Path, name: str) -> Path:
    """The cache of the encoder named ``name``: an encoder with a query role ("-q") shares its
    other fields' vectors with the plain model's, so one file serves both."""
    plain = re.sub(r"-q(?=\+|$)", "", name)
    return folder / f"eval-{plain}.npz"


def cached(real: Encoder, folder: Path) -> CachedEncoder | EnsembleEncoder | AdaptedEncoder:
    """``real`` behind the vector cache in ``folder``. An ensemble caches each part in its own
    file (an ensemble that adds one model to parts already measured encodes only that model's
    texts); a part's empty cache is first filled from the cache of any earlier ensemble made of
    parts of this one (:func:`split_ensemble_cache`). An encoder with a need map caches its
    inner encoder's vectors (the map is applied to them, not cached)."""
    if isinstance(real, AdaptedEncoder):
        return AdaptedEncoder(cached(real.inner, folder), real.map_name, real.w)
    if not isinstance(real, EnsembleEncoder):
        return CachedEncoder(real, _cache_file(folder, real.name))
    parts = [CachedEncoder(p, _cache_file(folder, p.name)) for p in real.parts]
    by_file = {part.path.name: part for part in parts}
    for joined in sorted(folder.glob("eval-*+*.npz")):
        names = joined.name.removeprefix("eval-").removesuffix(".npz").split("+")
        files = [f"eval-{n}.npz" for n in names]
        if all(f in by_file for f in files) and any(not by_file[f].cache for f in files):
            split_ensemble_cache(joined, [by_file[f] for f in files])
    return EnsembleEncoder(parts)


def save_caches(encoder: Any) -> None:
    """Write the vector caches behind ``encoder`` (:func:`cached`) to disk."""
    inner = encoder.inner if isinstance(encoder, AdaptedEncoder) else encoder
    for part in getattr(inner, "parts", [inner]):
        if isinstance(part, CachedEncoder):
            part.save()


def split_ensemble_cache(joined: Path, parts: Sequence[CachedEncoder]) -> None:
    """Fill the empty caches of ``parts`` from ``joined``, the cache of the ensemble of exactly
    these parts in this order: its vectors are theirs side by side, each scaled by
    1/sqrt(len(parts)) (:class:`~embeddings.encoder.EnsembleEncoder`). A text cached under a
    field (``"\\x00needs\\x00..."``) goes to a part with that field's own encoding under the
    same key, to the others under the plain text."""
    with np.load(joined, allow_pickle=False) as data:
        texts = json.loads(str(data["texts"]))
        vectors = data["vectors"] * np.float32(np.sqrt(len(parts)))
    widths = [p.dim for p in parts]
    if vectors.shape[1:] != (sum(widths),):
        return  # made by another version of these models: leave it
    start = 0
    for part, width in zip(parts, widths, strict=True):
        if not part.cache:
            own = set(part.query_fields)
            for key, vector in zip(texts, vectors[:, start : start + width], strict=True):
                field, _, text = key.removeprefix("\x00").partition("\x00")
                plain = key.startswith("\x00") and field not in own
                part.cache.setdefault(text if plain else key, np.ascontiguousarray(vector))
        start += width


# ------------------------------------------------------------------ ranking
def ranks_for(
    community: Community, settings: MatchSettings, queries: Sequence[Query]
) -> tuple[list[float], list[dict[str, int]], int, float]:
    """For each query the partner's rank (inf if not in the 100), every suggested id's rank,
    the filter violations, and the mean seconds per suggestion call."""
    service = MatchingService(community.profiles, settings)
    profiles = {p.id: p for p in community.profiles.store.profiles()}
    ranks: list[float] = []
    positions: list[dict[str, int]] = []
    violations = 0
    t0 = time.perf_counter()
    for q in queries:
        got = service.suggest(q.viewer, k=MAX_K, actor=ADMIN, explain=False)
        pos = {s.candidate: i for i, s in enumerate(got, 1)}
        positions.append(pos)
        ranks.append(float(pos.get(q.partner, float("inf"))))
        viewer = profiles[q.viewer]
        violations += sum(1 for t in q.traps if t in pos)
        violations += sum(
            1
            for s in got
            if s.candidate not in q.traps
            and filter_reason(viewer, profiles[s.candidate], settings.filters) is not None
        )
    seconds = (time.perf_counter() - t0) / max(1, len(queries))
    return ranks, positions, violations, seconds


def figures(ranks: Sequence[float], mask: Sequence[bool] | None = None) -> dict[str, float]:
    """MRR, hit@1, hit@3 over the queries ``mask`` keeps (``n`` = how many)."""
    kept = [r for r, m in zip(ranks, mask or [True] * len(ranks), strict=True) if m]
    n = len(kept)
    if not n:
        return {"n": 0}
    return {
        "n": n,
        "mrr": round(sum(1.0 / r for r in kept) / n, 4),
        "hit1": round(sum(r <= 1 for r in kept) / n, 4),
        "hit3": round(sum(r <= 3 for r in kept) / n, 4),
    }


def evaluate(community: Community, es: EvalSet, settings: MatchSettings) -> dict[str, Any]:
    """Text-only and full figures, slices and violations for one configuration."""
    qs = es.queries
    text_settings = replace(settings, weights=TEXT_ONLY)
    r_text, _, v_text, sec_text = ranks_for(community, text_settings, qs)
    r_full, pos_full, v_full, sec_full = ranks_for(community, settings, qs)
    out: dict[str, Any] = {
        "text": figures(r_text),
        "full": figures(r_full),
        "xling_text": figures(r_text, [q.cross for q in qs]),
        "xling_full": figures(r_full, [q.cross for q in qs]),
        "filter_violations": v_text + v_full,
        "seconds_per_query": round((sec_text + sec_full) / 2, 5),
        "slices": {},
    }
    for name, pick in (
        ("no_roles", lambda q: q.no_roles),
        ("short", lambda q: q.short),
        ("mixed_language", lambda q: q.mixed),
    ):
        mask = [pick(q) for q in qs]
        if any(mask):
            out["slices"][name] = {"text": figures(r_text, mask), "full": figures(r_full, mask)}
    with_d = [(q, r, pos) for q, r, pos in zip(qs, r_full, pos_full, strict=True) if q.distractors]
    if with_d:
        above = sum(
            1 for q, r, pos in with_d if any(pos.get(d, float("inf")) < r for d in q.distractors)
        )
        out["distractor_above"] = round(above / len(with_d), 4)
    out["ranks_full"] = {
        f"{q.viewer}>{q.partner}": _rank(r) for q, r in zip(qs, r_full, strict=True)
    }
    out["ranks_text"] = {
        f"{q.viewer}>{q.partner}": _rank(r) for q, r in zip(qs, r_text, strict=True)
    }
    return out


def _rank(r: float) -> int | None:
    return None if r == float("inf") else int(r)


def build(es: EvalSet, encoder: Encoder) -> tuple[Community, float, int]:
    """A fresh community with ``es`` imported; the import's seconds and texts encoded."""
    community = Community(":memory:", encoder, with_trust=False)
    t0 = time.perf_counter()
    report = community.profiles.import_profiles(es.rows, source=es.name)
    return community, time.perf_counter() - t0, report.encoded


# ------------------------------------------------------------------ report
def line(label: str, r: dict[str, Any]) -> str:
    def f(d: dict[str, float], key: str) -> str:
        return f"{d[key]:.3f}" if d.get("n") else "  -  "

    t, fu, x = r["text"], r["full"], r["xling_text"]
    sl = r["slices"]
    parts = [
        f"{label:<24}",
        f"text MRR {f(t, 'mrr')} h1 {f(t, 'hit1')} h3 {f(t, 'hit3')}",
        f"| full MRR {f(fu, 'mrr')} h1 {f(fu, 'hit1')} h3 {f(fu, 'hit3')}",
        f"| x-ling text h3 {f(x, 'hit3')}",
    ]
    for name in ("no_roles", "short", "mixed_language"):
        if name in sl:
            parts.append(
                f"| {name} text/full MRR {f(sl[name]['text'], 'mrr')}/{f(sl[name]['full'], 'mrr')}"
            )
    if "distractor_above" in r:
        parts.append(f"| distractor above {r['distractor_above']:.3f}")
    parts.append(f"| violations {r['filter_violations']}")
    return " ".join(parts)


def configurations(levers: bool) -> dict[str, Callable[[MatchSettings], MatchSettings]]:
    """Named changes of the default settings to measure (``baseline``: today's defaults)."""
    configs: dict[str, Callable[[MatchSettings], MatchSettings]] = {"default": lambda s: s}
    if levers:
        configs |= LEVERS
    return configs


#: each lever alone, then together (see matcher.matching.textspace)
LEVERS: dict[str, Callable[[MatchSettings], MatchSettings]] = {
    "before (no text space)": lambda s: replace(s, hubness_k=0, centre_languages=False),
    "hubness k=5": lambda s: replace(s, hubness_k=5, centre_languages=False),
    "hubness k=10": lambda s: replace(s, hubness_k=10, centre_languages=False),
    "hubness k=20": lambda s: replace(s, hubness_k=20, centre_languages=False),
    "centre languages": lambda s: replace(s, hubness_k=0, centre_languages=True),
    "centre + hubness k=10": lambda s: replace(s, hubness_k=10, centre_languages=True),
}


def calibration(built: Sequence[tuple[Community, EvalSet]]) -> dict[str, Any]:
    """Anchors for :func:`matcher.matching.model.match_score`, pooled over the development
    halves given (each in its own community): the quantiles of the true partners' scores
    (default settings), and, per score threshold, the share of suggestions at or above it
    that are the true partner (over every query's 100 suggestions)."""
    true_scores: list[float] = []
    scored: list[tuple[float, bool]] = []
    for community, es in built:
        service = MatchingService(community.profiles, MatchSettings())
        for q in es.queries:
            got = service.suggest(q.viewer, k=MAX_K, actor=ADMIN, explain=False)
            for s in got:
                scored.append((s.score, s.candidate == q.partner))
                if s.candidate == q.partner:
                    true_scores.append(s.score)
    true_scores.sort()
    quantiles = {
        f"{q:.2f}": round(float(np.quantile(true_scores, q)), 4)
        for q in (0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0)
    }
    precision = {}
    for t in np.arange(0.30, 0.80, 0.025):
        above = [hit for sc, hit in scored if sc >= t]
        precision[f"{t:.3f}"] = (round(sum(above) / len(above), 3), len(above)) if above else None

    def lowest(share: float) -> float:
        """The lowest score (0.005 steps) from which at least ``share`` of suggestions are
        the true partner."""
        for t in np.arange(0.0, 1.0, 0.005):
            above = [hit for sc, hit in scored if sc >= t]
            if above and sum(above) / len(above) >= share:
                return round(float(t), 3)
        return 1.0

    anchors = (
        (0.0, 0),
        (round(float(np.quantile(true_scores, 0.05)), 3), 20),
        (lowest(0.5), 50),
        (lowest(0.95), 75),
        (round(float(np.quantile(true_scores, 0.95)), 3), 95),
        (1.0, 100),
    )
    return {
        "true_partner_quantiles": quantiles,
        "precision_at_or_above": precision,
        "anchors": anchors,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sets", default="old,sample,v2", help="comma-separated: old,sample,v2,v3,v4,v5"
    )
    parser.add_argument("--split", default="dev", choices=["dev", "test"])
    parser.add_argument("--levers", action="store_true", help="also measure each lever alone")
    parser.add_argument(
        "--calibrate",
        action="store_true",
        help="print the score anchors, pooled over the held-out sets' development halves",
    )
    parser.add_argument("--only", default="", help="comma-separated configuration names")
    parser.add_argument("--encoder", default=DEFAULT_ENCODER)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--no-cache", action="store_true", help="encode everything (no bench/.cache vectors)"
    )
    args = parser.parse_args(argv)

    real = encoder_from_name(args.encoder)
    real.encode(["warm-up"])
    encoder: Any = real if args.no_cache else cached(real, ROOT / "bench" / ".cache")
    sets: list[EvalSet] = []
    for name in [s.strip() for s in args.sets.split(",") if s.strip()]:
        if re.fullmatch(r"v\d+", name):  # a held-out set of bench/eval/
            sets.append(held_out_set(int(name[1:]), args.split))
        else:
            sets.append({"old": old_set, "sample": sample_set}[name]())
    configs = configurations(args.levers)
    if args.only:
        configs = {k: v for k, v in configs.items() if k in args.only.split(",")}
    results: dict[str, Any] = {}
    to_calibrate: list[tuple[Community, EvalSet]] = []
    for es in sets:
        community, seconds, encoded = build(es, encoder)
        save_caches(encoder)
        print(
            f"[{es.name}] {len(es.rows)} profiles imported in {seconds:.1f} s ({encoded} texts);"
            f" {len(es.queries)} queries"
        )
        results[es.name] = {"profiles": len(es.rows), "queries": len(es.queries), "configs": {}}
        if args.calibrate and es.name.endswith("-dev"):
            to_calibrate.append((community, es))
        for label, make in configs.items():
            r = evaluate(community, es, make(MatchSettings()))
            results[es.name]["configs"][label] = r
            print(line(label, r), flush=True)
    if to_calibrate:
        results["calibration"] = cal = calibration(to_calibrate)
        cal["sets"] = [es.name for _, es in to_calibrate]
        print(json.dumps(cal, indent=1))
    out = args.out or RESULTS / f"matching-{args.split}.json"
    payload = {
        "command": "python bench/matching_eval.py " + " ".join(argv or sys.argv[1:]),
        "encoder": encoder.name,
        "split": args.split,
        "k": MAX_K,
        "machine": {"python": platform.python_version(), "load_average": list(os.getloadavg())},
        "sets": results,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n")
    print(f"figures written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
