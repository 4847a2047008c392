"""Reciprocity, standardisation and role levers, offline, on the components the product computes.

Usage::

    python bench/matching_levers_recip.py            # old set, sample data, v2 dev half

Each set is imported through the product (as ``bench/matching_eval.py`` does), then every
suggestable person's exact ranking over everyone is taken once from
:func:`matcher.matching.ranking.rank_exact` (hard filters applied, text space fitted), so
that each pair's components (need met, need met back, values, roles, preferences) are known
for both directions. The levers below re-score those components; a query's rank is its
partner's place among the candidates the filters allow (ties by id, as the product), absent
past 100. Dev half only (``--split test`` is refused): tune here, measure once elsewhere.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.matching_eval import (  # noqa: E402
    CachedEncoder,
    EvalSet,
    build,
    held_out_set,
    old_set,
    sample_set,
)
from embeddings.encoder import encoder_from_name  # noqa: E402
from matcher.matching import MatchingService, MatchSettings  # noqa: E402
from matcher.matching.ranking import rank_exact  # noqa: E402
from matcher.matching.textspace import text_language  # noqa: E402


@dataclass
class Parts:
    """Dense per-pair components, row = viewer, column = candidate (NaN: not allowed)."""

    ids: list[str]
    met: np.ndarray  # need_met of viewer by candidate
    back: np.ndarray
    values: np.ndarray  # NaN where unknown
    roles: np.ndarray
    pref: np.ndarray  # NaN where none
    ok: np.ndarray
    tagged: np.ndarray  # per person: any role tag
    id_rank: np.ndarray
    lang_offers: np.ndarray  # per person: 1 if French (text_language), else 0
    lang_needs: np.ndarray
    #: per person, 9 roles: offered / sought tags (0/1), and the role prototypes' cosines
    #: with the raw offers / needs vectors (role inference from text)
    tag_off: np.ndarray | None = None
    tag_seek: np.ndarray | None = None
    cos_off: np.ndarray | None = None
    cos_need: np.ndarray | None = None
    #: the score the product ranked by (:func:`components`), NaN where not allowed
    score: np.ndarray | None = None


def dump(es: EvalSet, encoder: Any) -> Parts:
    community, _, _ = build(es, encoder)
    return with_role_prototypes(components(community), community, encoder)


def components(community: Any, settings: MatchSettings | None = None) -> Parts:
    """Every allowed pair's components in ``community``, as the product's exact ranking gives
    them (``settings``: the default), and in ``score`` the score it ranks by."""
    service = MatchingService(community.profiles, settings or MatchSettings())
    state = service._state()
    table = state.table
    n = len(table)
    ids = [p.id for p in table.profiles]
    shape = (n, n)
    met, back = np.full(shape, np.nan), np.full(shape, np.nan)
    values, roles, pref = np.full(shape, np.nan), np.full(shape, np.nan), np.full(shape, np.nan)
    ok = np.zeros(shape, bool)
    score = np.full(shape, np.nan)
    s = service.settings
    for i, viewer in enumerate(table.profiles):
        vv = state.vectors[viewer.id]
        for r in rank_exact(viewer, vv, table, k=n, weights=s.weights, filters=s.filters):
            c = r.components
            j = r.row
            ok[i, j] = True
            met[i, j], back[i, j], roles[i, j] = c.need_met, c.need_met_back, c.roles
            values[i, j] = np.nan if c.values is None else c.values
            pref[i, j] = np.nan if c.preferences is None else c.preferences
            score[i, j] = r.score
    tagged = np.array([bool(p.roles_offered or p.roles_sought) for p in table.profiles])
    order = np.argsort(np.array(ids))
    id_rank = np.empty(n, int)
    id_rank[order] = np.arange(n)
    lo = np.array([text_language(p.offers) == "fr" for p in table.profiles], int)
    ln = np.array([text_language(p.needs) == "fr" for p in table.profiles], int)
    return Parts(ids, met, back, values, roles, pref, ok, tagged, id_rank, lo, ln, score=score)


def with_role_prototypes(p: Parts, community: Any, encoder: Any) -> Parts:
    """``p`` with the role tags and the role prototypes' cosines with the raw texts."""
    from bench.matching_levers import ROLE_TEXT
    from matcher.profiles.model import Role

    state = MatchingService(community.profiles, MatchSettings())._state()
    people = state.table.profiles
    roles_list = list(Role)
    protos = encoder.encode([ROLE_TEXT[r.value] for r in roles_list]).astype(np.float64)
    raw_o = np.stack([state.vectors[x.id].offers for x in people]).astype(np.float64)
    raw_n = np.stack([state.vectors[x.id].needs for x in people]).astype(np.float64)
    return replace(
        p,
        tag_off=np.array([[r in x.roles_offered for r in roles_list] for x in people], float),
        tag_seek=np.array([[r in x.roles_sought for r in roles_list] for x in people], float),
        cos_off=raw_o @ protos.T,
        cos_need=raw_n @ protos.T,
    )


Scorer = Callable[[Parts], np.ndarray]


def ranks(parts: Parts, score: np.ndarray, queries: Sequence[tuple[str, str]]) -> list[float]:
    row = {x: i for i, x in enumerate(parts.ids)}
    out = []
    for a, b in queries:
        i, j = row[a], row[b]
        if not parts.ok[i, j]:
            out.append(float("inf"))
            continue
        s = np.where(parts.ok[i], np.round(score[i], 6), -np.inf)
        better = (s > s[j]) | ((s == s[j]) & (parts.id_rank < parts.id_rank[j]))
        better[j] = False
        r = int(better.sum()) + 1
        out.append(float(r) if r <= 100 else float("inf"))
    return out


def figs(rk: Sequence[float]) -> tuple[float, float, float]:
    n = len(rk)
    return (
        sum(1 / r for r in rk) / n,
        sum(r <= 1 for r in rk) / n,
        sum(r <= 3 for r in rk) / n,
    )


# ------------------------------------------------------------------ levers
W_REC, W_VAL, W_ROL, W_PREF = 0.6, 0.15, 0.25, 0.1


def blend(
    p: Parts,
    rec: np.ndarray,
    roles: np.ndarray | None = None,
    w: tuple[float, float, float] = (W_REC, W_VAL, W_ROL),
    role_known: np.ndarray | None = None,
    values: np.ndarray | None = None,
) -> np.ndarray:
    """The product's blend (values left out where unknown; roles too where ``role_known``
    says unknown), with the preferences."""
    total = sum(w)
    wr, wv, wo = (x / total for x in w)
    roles = p.roles if roles is None else roles
    values = p.values if values is None else values
    vk = ~np.isnan(values)
    rk = np.ones_like(vk) if role_known is None else role_known
    raw = wr * rec + wv * np.nan_to_num(values) * vk + wo * roles * rk
    score = raw / (1.0 - wv * (~vk) - wo * (~rk))
    has = ~np.isnan(p.pref)
    return np.where(has, (score + W_PREF * np.nan_to_num(p.pref)) / (1 + W_PREF), score)


def mean_rec(p: Parts) -> np.ndarray:
    return (p.met + p.back) / 2


def power_mean(q: float) -> Scorer:
    def f(p: Parts) -> np.ndarray:
        a, b = np.maximum(p.met, 1e-6), np.maximum(p.back, 1e-6)
        return ((a**q + b**q) / 2) ** (1 / q)

    return f


def mean_plus_min(lam: float) -> Scorer:
    def f(p: Parts) -> np.ndarray:
        return (1 - lam) * (p.met + p.back) / 2 + lam * np.minimum(p.met, p.back)

    return f


def softmin_floor(q: float) -> Scorer:
    """min of the directions, but each direction first floored at the viewer's own median
    (one weak direction costs at most down to what is ordinary for that person)."""

    def f(p: Parts) -> np.ndarray:
        med = np.nanmedian(np.where(p.ok, p.met, np.nan), axis=1)
        a = np.maximum(p.met, med[:, None])  # the viewer's need, floored at its median
        b = np.maximum(p.back, med[None, :])  # the candidate's need, floored at theirs
        return (1 - q) * (p.met + p.back) / 2 + q * np.minimum(a, b)

    return f


def standardised_directions(p: Parts) -> np.ndarray:
    """Each direction standardised in the distribution of the person whose need it is:
    met (viewer's need) by the viewer's row; back (candidate's need) by the candidate's
    own row of needs met, i.e. column statistics of ``met`` transposed. Symmetric."""
    m = np.where(p.ok, p.met, np.nan)
    mu = np.nanmean(m, axis=1)
    sd = np.nanstd(m, axis=1) + 1e-6
    z_met = (p.met - mu[:, None]) / sd[:, None]
    z_back = (p.back - mu[None, :]) / sd[None, :]
    return z_met, z_back  # type: ignore[return-value]


def zdir_rec(scale: float) -> Scorer:
    def f(p: Parts) -> np.ndarray:
        z_met, z_back = standardised_directions(p)
        z = (z_met + z_back) / 2
        return np.clip(0.25 + scale * z, 0, 1)

    return f


def rrf(k: float) -> Scorer:
    """Reciprocal-rank fusion of B's place in A's list of needs met and A's place in B's."""

    def f(p: Parts) -> np.ndarray:
        m = np.where(p.ok, p.met, -np.inf)
        # rank of each candidate in the viewer's list (by met), 1 = best
        order = np.argsort(-m, axis=1, kind="stable")
        rank_row = np.empty_like(order)
        rows = np.arange(len(m))[:, None]
        rank_row[rows, order] = np.arange(1, m.shape[1] + 1)[None, :]
        # A's place in B's list: rank_row[B, A] -> transpose
        return 1 / (k + rank_row) + 1 / (k + rank_row.T)

    return f


def per_query_z(p: Parts, w: tuple[float, float, float] = (W_REC, W_VAL, W_ROL)) -> np.ndarray:
    """Each component z-scored within the viewer's allowed list, then blended (a constant
    component contributes nothing)."""

    def z(x: np.ndarray) -> np.ndarray:
        xm = np.where(p.ok & ~np.isnan(x), x, np.nan)
        mu = np.nanmean(xm, axis=1, keepdims=True)
        sd = np.nanstd(xm, axis=1, keepdims=True)
        sd = np.where(sd > 1e-6, sd, np.inf)
        return np.nan_to_num((x - mu) / sd)

    wr, wv, wo = w
    return wr * z(mean_rec(p)) + wv * z(p.values) + wo * z(p.roles)


def per_query_z_balanced(p: Parts) -> np.ndarray:
    """:func:`per_query_z` with the balanced mean as the text component."""
    bal = Parts(
        p.ids,
        power_mean(0.5)(p) * 2 - p.back,
        p.back,
        p.values,
        p.roles,
        p.pref,
        p.ok,
        p.tagged,
        p.id_rank,
        p.lang_offers,
        p.lang_needs,
    )
    return per_query_z(bal)  # mean_rec of bal = the balanced mean


def roles_unknown_out(p: Parts) -> np.ndarray:
    """Roles left out of the blend (like values) when either side has no tag."""
    known = p.tagged[:, None] & p.tagged[None, :]
    return blend(p, mean_rec(p), role_known=np.broadcast_to(known, p.met.shape))


def values_centred(p: Parts) -> np.ndarray:
    """Values minus the mean of both people's values similarities (CSLS-like, symmetric)."""
    v = np.where(p.ok, p.values, np.nan)
    mu = np.nanmean(v, axis=1)
    mu = np.nan_to_num(mu)
    return np.clip(p.values - (mu[:, None] + mu[None, :]) / 2 + np.nanmean(mu), 0, 1)


def language_pair_offsets(p: Parts, scale: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """``met`` and ``back`` with each (needs language, offers language) pair's mean taken
    away (plus the overall mean back): a same-language bonus the centring leaves."""
    n = len(p.ids)
    # raw cosine of needs_i and offers_j (before the clip at 0 is lost: use met as is)
    m = p.met.copy()
    off = np.zeros((2, 2))
    sd = np.ones((2, 2))
    valid = ~np.isnan(m) & ~np.eye(n, dtype=bool)
    allv = m[valid]
    for x in (0, 1):
        for y in (0, 1):
            mask = valid & (p.lang_needs[:, None] == x) & (p.lang_offers[None, :] == y)
            if mask.any():
                off[x, y] = m[mask].mean() - allv.mean()
                sd[x, y] = m[mask].std() / allv.std() if scale else 1.0
    o_met = off[p.lang_needs[:, None], p.lang_offers[None, :]]
    s_met = sd[p.lang_needs[:, None], p.lang_offers[None, :]]
    o_back = off[p.lang_needs[None, :], p.lang_offers[:, None]]
    s_back = sd[p.lang_needs[None, :], p.lang_offers[:, None]]
    mu = allv.mean()
    met = np.maximum(mu + (p.met - mu - o_met) / s_met, 0)
    back = np.maximum(mu + (p.back - mu - o_back) / s_back, 0)
    return met, back


def with_language_pairs(p: Parts, scale: bool = False) -> Parts:
    met, back = language_pair_offsets(p, scale)
    return Parts(
        p.ids,
        met,
        back,
        p.values,
        p.roles,
        p.pref,
        p.ok,
        p.tagged,
        p.id_rank,
        p.lang_offers,
        p.lang_needs,
    )


def soft_roles(p: Parts, beta: float, temp: float = 0.05) -> np.ndarray:
    """The role term with each unknown (0.5) share replaced by ``0.5 + beta * (soft - 0.5)``,
    ``soft`` from roles inferred from the texts (a soft-max over the role prototypes)."""
    assert p.tag_off is not None and p.tag_seek is not None
    assert p.cos_off is not None and p.cos_need is not None

    def softmax(x: np.ndarray) -> np.ndarray:
        e = np.exp((x - x.max(axis=1, keepdims=True)) / temp)
        return e / e.sum(axis=1, keepdims=True)

    po, pn = softmax(p.cos_off), softmax(p.cos_need)
    has_seek = p.tag_seek.sum(1) > 0
    has_any = (p.tag_off.sum(1) + p.tag_seek.sum(1)) > 0
    seek = np.where(
        has_seek[:, None], p.tag_seek / np.maximum(p.tag_seek.sum(1, keepdims=True), 1), pn
    )
    give = np.where(has_any[:, None], p.tag_off, po / po.max(1, keepdims=True))
    soft = seek @ give.T  # soft[a, b]: share of a's (inferred) sought roles b (maybe) offers
    known = has_seek[:, None] & has_any[None, :]
    # today's shares where known
    share = np.where(known, soft, 0.5 + beta * (soft - 0.5))
    sab, sba = share, share.T
    h = np.where(sab + sba > 0, 2 * sab * sba / np.maximum(sab + sba, 1e-9), 0)
    inter = p.tag_off @ p.tag_off.T
    union = p.tag_off.sum(1)[:, None] + p.tag_off.sum(1)[None, :] - inter
    overlap = np.where(union > 0, inter / np.maximum(union, 1), 0)
    return np.maximum(h - 0.5 * overlap, 0)


LEVERS: dict[str, Scorer] = {
    "today (mean, 0.6/0.15/0.25)": lambda p: blend(p, mean_rec(p)),
    "text only (mean)": mean_rec,
    "harmonic": lambda p: blend(p, 2 * p.met * p.back / np.maximum(p.met + p.back, 1e-9)),
    "power mean q=0.5": lambda p: blend(p, power_mean(0.5)(p)),
    "power mean q=-0.5": lambda p: blend(p, power_mean(-0.5)(p)),
    "mean + 0.25 min": lambda p: blend(p, mean_plus_min(0.25)(p)),
    "softmin floor q=0.5 (viewer median)": lambda p: blend(p, softmin_floor(0.5)(p)),
    "softmin floor q=1": lambda p: blend(p, softmin_floor(1.0)(p)),
    "standardised directions x0.1": lambda p: blend(p, zdir_rec(0.1)(p)),
    "standardised directions x0.15": lambda p: blend(p, zdir_rec(0.15)(p)),
    "standardised directions x0.05": lambda p: blend(p, zdir_rec(0.05)(p)),
    "rrf k=5 (text)": rrf(5),
    "rrf k=5 + blend": lambda p: blend(p, 10 * rrf(5)(p)),
    "per-query z of each component": per_query_z,
    "per-query z 0.7/0.1/0.2": lambda p: per_query_z(p, (0.7, 0.1, 0.2)),
    "roles left out when a side is untagged": roles_unknown_out,
    "power mean q=0.4": lambda p: blend(p, power_mean(0.4)(p)),
    "power mean q=0.6": lambda p: blend(p, power_mean(0.6)(p)),
    "balanced w 0.7/0.1/0.2": lambda p: blend(p, power_mean(0.5)(p), w=(0.7, 0.1, 0.2)),
    "balanced w 0.65/0.15/0.2": lambda p: blend(p, power_mean(0.5)(p), w=(0.65, 0.15, 0.2)),
    "balanced w 0.6/0.1/0.3": lambda p: blend(p, power_mean(0.5)(p), w=(0.6, 0.1, 0.3)),
    "balanced w 0.65/0.12/0.23": lambda p: blend(p, power_mean(0.5)(p), w=(0.65, 0.12, 0.23)),
    "balanced w 0.62/0.15/0.23": lambda p: blend(p, power_mean(0.5)(p), w=(0.62, 0.15, 0.23)),
    "balanced w 0.68/0.15/0.17": lambda p: blend(p, power_mean(0.5)(p), w=(0.68, 0.15, 0.17)),
    "balanced w 0.7/0.15/0.15": lambda p: blend(p, power_mean(0.5)(p), w=(0.7, 0.15, 0.15)),
    "mean w 0.65/0.15/0.2": lambda p: blend(p, mean_rec(p), w=(0.65, 0.15, 0.2)),
    "adopted: balanced + 0.65/0.15/0.2": lambda p: blend(
        p, power_mean(0.5)(p), w=(0.65, 0.15, 0.2)
    ),
    "adopted + std dirs x0.1 (half)": lambda p: blend(
        p, 0.5 * power_mean(0.5)(p) + 0.5 * zdir_rec(0.1)(p), w=(0.65, 0.15, 0.2)
    ),
    "adopted but text = std dirs x0.1": lambda p: blend(p, zdir_rec(0.1)(p), w=(0.65, 0.15, 0.2)),
    "adopted + soft roles b=0.2": lambda p: blend(
        p, power_mean(0.5)(p), roles=soft_roles(p, 0.2), w=(0.65, 0.15, 0.2)
    ),
    "balanced + per-query z": lambda p: per_query_z_balanced(p),
    "balanced + soft roles b=0.2": lambda p: blend(p, power_mean(0.5)(p), roles=soft_roles(p, 0.2)),
    "balanced + soft roles b=0.5": lambda p: blend(p, power_mean(0.5)(p), roles=soft_roles(p, 0.5)),
    "balanced + soft roles b=1": lambda p: blend(p, power_mean(0.5)(p), roles=soft_roles(p, 1.0)),
    "balanced + soft roles b=0 (check)": lambda p: blend(
        p, power_mean(0.5)(p), roles=soft_roles(p, 0.0)
    ),
    "balanced + language-pair offsets": lambda p: blend(p, power_mean(0.5)(with_language_pairs(p))),
    "mean + language-pair offsets": lambda p: blend(p, mean_rec(with_language_pairs(p))),
    "balanced + language-pair z": lambda p: blend(p, power_mean(0.5)(with_language_pairs(p, True))),
    "power mean q=0.25": lambda p: blend(p, power_mean(0.25)(p)),
    "power mean q=0.75": lambda p: blend(p, power_mean(0.75)(p)),
    "power mean q=0.5 w 0.7/0.1/0.2": lambda p: blend(p, power_mean(0.5)(p), w=(0.7, 0.1, 0.2)),
    "power mean q=0.5 w 0.65/0.1/0.25": lambda p: blend(p, power_mean(0.5)(p), w=(0.65, 0.1, 0.25)),
    "values centred (both rows)": lambda p: blend(p, mean_rec(p), values=values_centred(p)),
    "power q=0.5 + values centred": lambda p: blend(
        p, power_mean(0.5)(p), values=values_centred(p)
    ),
    "power q=0.5 + std dirs x0.05": lambda p: blend(
        p, 0.5 * power_mean(0.5)(p) + 0.5 * zdir_rec(0.05)(p)
    ),
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="old,sample,v2")
    parser.add_argument("--only", default="")
    args = parser.parse_args(argv)
    real = encoder_from_name("use-multilingual-v3")
    encoder = CachedEncoder(real, ROOT / "bench" / ".cache" / f"eval-{real.name}.npz")
    names = [s for s in args.sets.split(",") if s]
    sets = [
        {"old": old_set, "sample": sample_set, "v2": lambda: held_out_set(2, "dev")}[n]()
        for n in names
    ]
    for es in sets:
        parts = dump(es, encoder)
        encoder.save()
        qs = [(q.viewer, q.partner) for q in es.queries]
        base = ranks(parts, LEVERS["today (mean, 0.6/0.15/0.25)"](parts), qs)
        print(f"## {es.name}: {len(parts.ids)} profiles, {len(qs)} queries")
        for label, scorer in LEVERS.items():
            if args.only and label not in args.only.split(","):
                continue
            rk = ranks(parts, scorer(parts), qs)
            mrr, h1, h3 = figs(rk)
            up = sum(r < b for r, b in zip(rk, base, strict=True))
            down = sum(r > b for r, b in zip(rk, base, strict=True))
            first = sum(r <= 1 for r in rk)
            print(
                f"{label:<42} MRR {mrr:.3f} h1 {h1:.3f} h3 {h3:.3f} first {first:>3}/{len(rk)}"
                f" | moves +{up} -{down}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
