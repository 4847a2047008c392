"""A lexical channel beside the encoder (issue 20; docs/matching-quality.md, "A lexical channel").

Usage::

    python bench/matching_lexical.py --grid                           # old + v2-v7: the candidate
    python bench/matching_lexical.py --final v8 --config "char beta=0.2"   # v8's dev half

Each text direction's score (the dense cosine in the community's text space, clipped at 0, as
:func:`matcher.matching.ranking.rank_exact` computes it) becomes ``(1 - beta) * dense + beta *
lexical``, ``lexical`` the cosine of the TF-IDF vectors of the needing person's needs and the
other's offers (scikit-learn's ``TfidfVectorizer``, the IDF fitted on every offers and needs
text of the community: :func:`lexical`), the raw cosine with no per-viewer scaling (the pair's
score stays the same on both pages). The rest of the score is the product's
(:func:`bench.matching_blend_fit.fixed` over the mixed directions).

``--grid``: ``old`` and v2-v7 (both halves of each imported alone; needs of v2-v6 mapped by the
need map of their fold, :func:`bench.matching_blend_fit.need_maps`), every configuration of
:data:`CONFIGS` re-scored over ``rank_exact``'s components; the re-scored default must give the
product's exact ranking, full and text-only, query by query (printed first); pooled over every
query; the candidate by :func:`candidate`. ``--final v8``: the candidate against the default on
v8's development half, the default through the product (every query a ``suggest``), and the
cost of the lexical scoring beside a ``suggest`` (:func:`cost`); ``python
bench/matching_compare.py --rule lexical FILE`` decides. complementary_v9 is refused.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
for _p in (ROOT, ROOT / "bench"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

import matching_adapter as ma  # noqa: E402
import matching_blend_fit as bf  # noqa: E402
import matching_eval as me  # noqa: E402
from common import write_figures  # noqa: E402
from matching_compare import paired  # noqa: E402
from matching_levers_recip import Parts, components, ranks  # noqa: E402

from embeddings.encoder import DEFAULT_ENCODER, encoder_from_name  # noqa: E402
from matcher.access import ADMIN  # noqa: E402
from matcher.matching import MAX_K, MatchingService, MatchSettings  # noqa: E402

F = np.ndarray

#: the analyzers of the grid (both lowercase, accents stripped, sublinear tf, l2 norm)
ANALYZERS: dict[str, dict[str, Any]] = {
    "word": {"analyzer": "word", "ngram_range": (1, 2)},
    "char": {"analyzer": "char_wb", "ngram_range": (3, 5)},
}
BETAS = (0.1, 0.2, 0.3, 0.4)
CONFIGS: dict[str, tuple[str, float] | None] = {
    "default": None,
    **{f"{a} beta={b:g}": (a, b) for a in ANALYZERS for b in BETAS},
}
READ_SETS = ("old", *bf.FOLD_SETS)
SLICES = ("cross", "mixed", "short", "no_roles")


# ------------------------------------------------------------------ the channel
def vectorizer(analyzer: str) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(
        lowercase=True, strip_accents="unicode", sublinear_tf=True, **ANALYZERS[analyzer]
    )


def lexical(corpus: Sequence[str], needs: Sequence[str], offers: Sequence[str], analyzer: str) -> F:
    """``out[i, j]``: the cosine of the TF-IDF vectors of ``needs[i]`` and ``offers[j]``, the IDF
    fitted on ``corpus`` (every offers and needs text of the community).

    Examples
    --------
    >>> m = lexical(["pointe shoes", "sell shoes", "code"], ["pointe shoes", "x"],
    ...             ["sell pointe shoes", "code"], "word")
    >>> bool(m[0, 0] > 0.5), float(m[0, 1]), float(m[1, 0])
    (True, 0.0, 0.0)
    """
    vec = vectorizer(analyzer).fit(list(corpus))
    n, o = vec.transform(list(needs)), vec.transform(list(offers))
    return np.asarray((n @ o.T).toarray(), np.float64)


@dataclass
class Loaded:
    """One imported set: the product's components, its text-only scores and the lexical
    cosines (viewer's needs against candidate's offers) by analyzer, in ``parts.ids`` order."""

    name: str
    es: me.EvalSet
    parts: Parts
    text_score: F | None
    lex: dict[str, F]


def community_lexical(community: Any, ids: Sequence[str]) -> dict[str, F]:
    """Each analyzer's needs x offers cosines over ``ids``, the IDF on every profile's texts."""
    people = {p.id: p for p in community.profiles.store.profiles()}
    corpus = [t for p in people.values() for t in (p.offers, p.needs)]
    needs = [people[i].needs for i in ids]
    offers = [people[i].offers for i in ids]
    return {a: lexical(corpus, needs, offers, a) for a in ANALYZERS}


def mixed(p: Parts, lex: F | None, beta: float) -> Parts:
    """``p`` with each allowed direction ``(1 - beta) * dense + beta * lexical``."""
    if lex is None or beta == 0:
        return p
    met = (1 - beta) * np.maximum(np.nan_to_num(p.met), 0) + beta * lex
    back = (1 - beta) * np.maximum(np.nan_to_num(p.back), 0) + beta * lex.T
    return replace(p, met=np.where(p.ok, met, np.nan), back=np.where(p.ok, back, np.nan))


def scores(d: Loaded, label: str) -> tuple[F, F]:
    """The full and text-only scores of configuration ``label`` over every pair of ``d``."""
    kind = CONFIGS[label]
    p = d.parts if kind is None else mixed(d.parts, d.lex[kind[0]], kind[1])
    return bf.fixed(p), bf.fixed(p, me.TEXT_ONLY)


# ------------------------------------------------------------------ sets
def load(name: str, es: me.EvalSet, community: Any, with_text: bool = True) -> Loaded:
    t0 = time.perf_counter()
    parts = components(community)
    text = None
    if with_text:
        text_settings = replace(MatchSettings(), weights=me.TEXT_ONLY)
        text = components(community, text_settings).score
    lex = community_lexical(community, parts.ids)
    print(f"[{name}] components and lexical cosines in {time.perf_counter() - t0:.1f} s")
    return Loaded(name, es, parts, text, lex)


def read_sets(encoder: Any) -> dict[str, Loaded]:
    """``old`` and v2-v7, each imported alone, needs mapped as the rule says."""
    blocks = tuple(getattr(encoder, "blocks", ()))
    built = {name: ma.build(name, encoder) for name in READ_SETS}
    maps = bf.need_maps(built)
    out: dict[str, Loaded] = {}
    for name in READ_SETS:
        es, community = built[name]
        ma.write_needs(community, ma.raw(community, "needs"), maps[name], blocks)
        out[name] = load(name, es, community)
    return out


def _key(q: me.Query) -> str:
    return f"{q.viewer}>{q.partner}"


def rank_map(d: Loaded, score: F) -> dict[str, int | None]:
    qs = [(q.viewer, q.partner) for q in d.es.queries]
    return {
        _key(q): (None if r == float("inf") else int(r))
        for q, r in zip(d.es.queries, ranks(d.parts, score, qs), strict=True)
    }


def replica_differs(d: Loaded, full: dict[str, int | None], text: dict[str, int | None]) -> int:
    """Queries where the re-scored default's ranks differ from ``full`` / ``text`` (the
    product's)."""
    f, t = scores(d, "default")
    mine_f, mine_t = rank_map(d, f), rank_map(d, t)
    return sum(mine_f[k] != full[k] for k in full) + sum(mine_t[k] != text[k] for k in text)


def distractors_above(d: Loaded, score: F, full: dict[str, int | None]) -> dict[str, Any]:
    """Share of A-queries where a distractor (any / a twin) outranks the partner."""
    any_above = twin_above = n = n_twin = 0
    for q in d.es.queries:
        if not q.distractors:
            continue
        r = full[_key(q)] or float("inf")
        rd = ranks(d.parts, score, [(q.viewer, x) for x in q.distractors])
        n += 1
        any_above += any(x < r for x in rd)
        twins = [x for x, i in zip(rd, q.distractors, strict=True) if "twin" in i]
        if twins:
            n_twin += 1
            twin_above += any(x < r for x in twins)
    return {
        "distractor_above": round(any_above / n, 4) if n else None,
        "twin_above": round(twin_above / n_twin, 4) if n_twin else None,
        "with_distractors": n,
        "with_twins": n_twin,
    }


# ------------------------------------------------------------------ figures and the rule
def _rr(rank: int | None) -> float:
    return 0.0 if rank is None else 1.0 / rank


def summary(
    items: Sequence[tuple[me.Query, int | None, int | None]], base: Sequence[tuple[Any, ...]] = ()
) -> dict[str, Any]:
    """Text and full MRR, hit@1, hit@3 over ``(query, full rank, text rank)``, each slice's, and
    against ``base`` (the same queries under the default) the paired differences' standard
    errors."""

    def figs(rk: Sequence[int | None]) -> dict[str, float]:
        n = len(rk)
        if not n:
            return {"n": 0}
        return {
            "n": n,
            "mrr": round(sum(map(_rr, rk)) / n, 4),
            "hit1": round(sum(r is not None and r <= 1 for r in rk) / n, 4),
            "hit3": round(sum(r is not None and r <= 3 for r in rk) / n, 4),
        }

    full = [f for _, f, _ in items]
    text = [t for _, _, t in items]
    out: dict[str, Any] = {"full": figs(full), "text": figs(text), "slices": {}}
    for name in SLICES:
        keep = [i for i, (q, _, _) in enumerate(items) if getattr(q, name)]
        out["slices"][name] = {
            "full": figs([full[i] for i in keep]),
            "text": figs([text[i] for i in keep]),
        }
    if base:
        keys = [str(i) for i in range(len(items))]
        for kind, col in (("full", 1), ("text", 2)):
            b = {k: x[col] for k, x in zip(keys, base, strict=True)}
            a = {k: x[col] for k, x in zip(keys, items, strict=True)}
            before, after, se, _ = paired(b, a, keys)
            out[f"{kind}_diff"] = round(after - before, 4)
            out[f"{kind}_se"] = round(se, 4)
        cross = [str(i) for i, (q, _, _) in enumerate(items) if q.cross]
        b = {str(i): x[2] for i, x in enumerate(base)}
        a = {str(i): x[2] for i, x in enumerate(items)}
        xb, xa, xse, _ = paired(b, a, cross, lambda r: 1.0 if r is not None and r <= 3 else 0.0)
        out["xling_text_hit3_diff"] = round(xa - xb, 4)
        out["xling_text_hit3_se"] = round(xse, 4)
    return out


def candidate(pool: dict[str, dict[str, Any]]) -> str | None:
    """The rule's candidate: the configuration (not ``default``) with the highest pooled full
    MRR among those raising both pooled full and pooled text MRR by more than one standard
    error of the paired difference (ties: the first); None if none.

    Examples
    --------
    >>> d = {"full": {"mrr": 0.70}, "text": {"mrr": 0.60}}
    >>> def c(f, t, fse=0.01, tse=0.01):
    ...     return {"full": {"mrr": f}, "text": {"mrr": t}, "full_diff": f - 0.70,
    ...             "text_diff": t - 0.60, "full_se": fse, "text_se": tse}
    >>> candidate({"default": d, "a": c(0.72, 0.62), "b": c(0.73, 0.605), "e": c(0.72, 0.63)})
    'a'
    >>> candidate({"default": d, "a": c(0.705, 0.65)}) is None
    True
    """
    rising = [
        (-f["full"]["mrr"], i, label)
        for i, (label, f) in enumerate(pool.items())
        if label != "default" and f["full_diff"] > f["full_se"] and f["text_diff"] > f["text_se"]
    ]
    return min(rising)[2] if rising else None


def line(label: str, s: dict[str, Any]) -> str:
    out = (
        f"{label:<14} text MRR {s['text']['mrr']:.4f} h1 {s['text']['hit1']:.3f}"
        f" h3 {s['text']['hit3']:.3f} | full MRR {s['full']['mrr']:.4f}"
        f" h1 {s['full']['hit1']:.3f} h3 {s['full']['hit3']:.3f}"
    )
    x = s["slices"]["cross"]["text"]
    if x.get("n"):
        out += f" | x-ling text h3 {x['hit3']:.3f} ({x['n']})"
    if "full_diff" in s:
        out += (
            f" | diff full {s['full_diff']:+.4f} (se {s['full_se']:.4f})"
            f" text {s['text_diff']:+.4f} (se {s['text_se']:.4f})"
        )
    return out


def evaluate_set(d: Loaded) -> dict[str, Any]:
    """Every configuration's ranks and figures on ``d``."""
    out: dict[str, Any] = {}
    base: list[tuple[Any, ...]] = []
    for label in CONFIGS:
        full, text = scores(d, label)
        rf, rt = rank_map(d, full), rank_map(d, text)
        items = [(q, rf[_key(q)], rt[_key(q)]) for q in d.es.queries]
        if label == "default":
            base = items
        out[label] = {
            "ranks_full": rf,
            "ranks_text": rt,
            **summary(items, base if label != "default" else ()),
            **distractors_above(d, full, rf),
        }
        print(f"[{d.name}] {line(label, out[label])}", flush=True)
    return out


def run_grid(sets: dict[str, Loaded]) -> dict[str, Any]:
    per_set: dict[str, Any] = {}
    for name, d in sets.items():
        assert d.parts.score is not None and d.text_score is not None
        product_full = rank_map(d, np.nan_to_num(d.parts.score, nan=-1.0))
        product_text = rank_map(d, np.nan_to_num(d.text_score, nan=-1.0))
        bad = replica_differs(d, product_full, product_text)
        print(f"[{name}] re-scored default vs the product's exact ranking: {bad} queries differ")
        if bad:
            raise SystemExit(f"{name}: the re-scored default does not reproduce the product")
        per_set[name] = evaluate_set(d)
    pool: dict[str, Any] = {}
    base: list[tuple[Any, ...]] = []
    for label in CONFIGS:
        items = [
            (q, per_set[n][label]["ranks_full"][_key(q)], per_set[n][label]["ranks_text"][_key(q)])
            for n, d in sets.items()
            for q in d.es.queries
        ]
        if label == "default":
            base = items
        pool[label] = summary(items, base if label != "default" else ())
    print(f"## pooled over {'+'.join(sets)} ({len(base)} queries)")
    for label, s in pool.items():
        print(line(label, s))
    best = candidate(pool)
    print(f"THE CANDIDATE: {best}" if best else "NO CANDIDATE: v8 stays unread")
    slim = {
        n: {lab: {k: v for k, v in r.items() if not k.startswith("ranks")} for lab, r in c.items()}
        for n, c in per_set.items()
    }
    ranks_only = {
        n: {lab: {k: r[k] for k in ("ranks_full", "ranks_text")} for lab, r in c.items()}
        for n, c in per_set.items()
    }
    return {"pooled": pool, "candidate": best, "sets": slim, "ranks": ranks_only}


# ------------------------------------------------------------------ v8
def cost(d: Loaded, community: Any, label: str) -> dict[str, Any]:
    """Median seconds of one ``suggest(k=100)`` against that plus the lexical scoring of the
    viewer's allowed candidates in both directions (TF-IDF vectors made once per profile, as
    the product stores vectors; per suggestion two sparse products and the mix), alternated
    query by query."""
    kind = CONFIGS[label]
    assert kind is not None
    analyzer, beta = kind
    people = {p.id: p for p in community.profiles.store.profiles()}
    vec = vectorizer(analyzer).fit([t for p in people.values() for t in (p.offers, p.needs)])
    xn = vec.transform([people[i].needs for i in d.parts.ids]).tocsr()
    xo = vec.transform([people[i].offers for i in d.parts.ids]).tocsr()
    row = {x: i for i, x in enumerate(d.parts.ids)}
    service = MatchingService(community.profiles, MatchSettings())
    service.suggest(d.es.queries[0].viewer, k=MAX_K, actor=ADMIN, explain=False)  # warm
    plain: list[float] = []
    plus: list[float] = []
    for n, q in enumerate(d.es.queries):
        i = row[q.viewer]
        idx = np.flatnonzero(d.parts.ok[i])
        for which in (0, 1) if n % 2 else (1, 0):
            t0 = time.perf_counter()
            service.suggest(q.viewer, k=MAX_K, actor=ADMIN, explain=False)
            if which:
                met = np.asarray((xo[idx] @ xn[i].T).toarray()).ravel()
                back = np.asarray((xn[idx] @ xo[i].T).toarray()).ravel()
                mix_met = (1 - beta) * np.nan_to_num(d.parts.met[i, idx]) + beta * met
                mix_back = (1 - beta) * np.nan_to_num(d.parts.back[i, idx]) + beta * back
                assert mix_met.shape == mix_back.shape
            (plus if which else plain).append(time.perf_counter() - t0)
    a, b = statistics.median(plain), statistics.median(plus)
    return {
        "suggest_s": round(a, 6),
        "suggest_plus_lexical_s": round(b, 6),
        "ratio": round(b / a, 4),
        "queries": len(plain),
        "pool": int(d.parts.ok.sum(axis=1).mean()),
    }


def run_final(target: str, label: str) -> dict[str, Any]:
    """``label`` against the default on ``target``'s development half (and the sample data,
    reported): the default through the product, ``label`` re-scored over its components."""
    product = me.cached(encoder_from_name(DEFAULT_ENCODER), ROOT / "bench" / ".cache")
    out: dict[str, Any] = {"config": label, "sets": {}}
    for name in (f"{target}-dev", "sample"):
        es, community = ma.build(name, product)
        default = me.evaluate(community, es, MatchSettings())
        d = load(name, es, community, with_text=False)
        differ = replica_differs(d, default["ranks_full"], default["ranks_text"])
        print(f"[{name}] re-scored default vs the product's suggest: {differ} queries differ")
        full, text = scores(d, label)
        rf, rt = rank_map(d, full), rank_map(d, text)
        base = [
            (q, default["ranks_full"][_key(q)], default["ranks_text"][_key(q)]) for q in es.queries
        ]
        mine = [(q, rf[_key(q)], rt[_key(q)]) for q in es.queries]
        out["sets"][name] = {
            "queries": len(es.queries),
            "replica_differs": differ,
            "configs": {
                "default": {
                    **{k: default[k] for k in ma.KEEP},
                    **summary(base),
                    **distractors_above(d, bf.fixed(d.parts), default["ranks_full"]),
                },
                label: {
                    "ranks_full": rf,
                    "ranks_text": rt,
                    "filter_violations": 0,
                    **summary(mine, base),
                    **distractors_above(d, full, rf),
                },
            },
        }
        if name.endswith("-dev"):
            out["sets"][name]["cost"] = c = cost(d, community, label)
            print(f"[{name}] cost: {c}")
        for lab in ("default", label):
            print(f"[{name}] {line(lab, out['sets'][name]['configs'][lab])}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument("--grid", action="store_true", help="old + v2-v7: the grid, the candidate")
    how.add_argument("--final", default="", help="a set never read (v8): its development half")
    parser.add_argument("--config", default="", help="--final: the candidate to judge")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.final:
        if args.final == "v9":
            parser.error("v9 is kept unread for the lever after this one")
        if CONFIGS.get(args.config) is None:
            parser.error(f"--final needs --config, one of: {', '.join(list(CONFIGS)[1:])}")
        result = run_final(args.final, args.config)
        default_out = ROOT / "bench" / "results" / f"matching_lexical_{args.final}_dev.json"
    else:
        encoder = me.cached(encoder_from_name(ma.BASE_ENCODER), ROOT / "bench" / ".cache")
        result = run_grid(read_sets(encoder))
        default_out = ROOT / "bench" / "results" / "matching_lexical_grid.json"
    write_figures(
        "matching_lexical.py",
        argv or sys.argv[1:],
        result,
        args.out or default_out,
        encoder=DEFAULT_ENCODER,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
