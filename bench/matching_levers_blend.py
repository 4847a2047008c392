"""Dev half only: the blend of the score (issue 20, step 2 of the levers).

Usage::

    python bench/matching_levers_blend.py                 # v2 dev half and the sample data
    python bench/matching_levers_blend.py --no-e5         # without the encoder ensemble
    python bench/matching_levers_blend.py --timing 300    # encoding cost only: USE vs e5

Numpy replica of the product's formula over the vectors the product's import stores (as
``bench/matching_levers.py``: hard filters by :func:`matcher.matching.model.filter_reason`,
ties counted against the partner), on the development half of
``bench/eval/complementary_v2.json`` and on the demo's sample data (A's side of its 48
designed pairs). Each line says how many queries the change moves (better / worse rank of
the partner, full score) against the first line (today's product).

Levers:

* **text**: the two directions ``c(A->B)``, ``c(B->A)`` combined by their harmonic mean
  (today) or their arithmetic mean;
* **weights** text / values / roles;
* **encoder ensemble**: ``[use+e5]``: ``c`` = the mean of USE's and multilingual-e5-small's
  corrected cosines, each in its own text space (centring + hubness), values from USE;
  ``[use|e5]``: one vector per text, ``[use, e5] / sqrt(2)`` (an inner product is the mean
  of the two cosines), in one text space; ``[use|e5 blocks]``: the same, but each encoder's
  part centred per language and normalised on its own before the hubness term (what
  ``--encoder use+e5`` stores and the product's text space does); values: the mean of both;
* **roles**: before this work a person without role tags counted as offering none of what
  the other seeks (share 0); ``roles neutral``: a side with no role tags at all is unknown
  (share 0.5, as a side that seeks nothing), so a tagged distractor is not preferred to an
  untagged partner for its tags alone (the product's :func:`role_score` since);
* **values**: the raw cosine (today), the cosine after each language's mean is taken away
  (as the text space does for offers and needs), or no values term.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
for _p in (ROOT, ROOT / "bench"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

import matching_eval as me  # noqa: E402

from embeddings.encoder import encoder_from_name  # noqa: E402
from matcher.matching.model import filter_reason, role_score  # noqa: E402
from matcher.matching.textspace import fit_text_space, text_language  # noqa: E402
from matcher.profiles.model import Profile  # noqa: E402

F = np.ndarray


def harm(a: F, b: F) -> F:
    s = a + b
    return np.where(s > 0, 2 * a * b / np.where(s > 0, s, 1), 0)


def unit(x: F) -> F:
    n = np.linalg.norm(x, axis=1, keepdims=True)
    n[n == 0] = 1
    return x / n


def centred(x: F, langs: Sequence[str]) -> F:
    out = np.array(x, dtype=np.float64)
    for lang in set(langs):
        rows = [i for i, g in enumerate(langs) if g == lang]
        out[rows] -= out[rows].mean(axis=0)
    return unit(out)


def role_before(a: Profile, b: Profile, overlap_penalty: float = 0.5) -> float:
    """:func:`role_score` before this work: a giver without role tags offers none of them."""

    def share(seeker: Profile, giver: Profile) -> float:
        if not seeker.roles_sought:
            return 0.5
        return sum(r in giver.roles_offered for r in seeker.roles_sought) / len(seeker.roles_sought)

    x, y = share(a, b), share(b, a)
    base = 2 * x * y / (x + y) if x + y else 0.0
    oa, ob = set(a.roles_offered), set(b.roles_offered)
    overlap = len(oa & ob) / len(oa | ob) if oa | ob else 0.0
    return max(0.0, base - overlap_penalty * overlap)


@dataclass
class SetData:
    name: str
    es: me.EvalSet
    people: list[Profile]
    pos: dict[str, int]
    allowed: F
    met: dict[str, F]  # encoder -> corrected c(A->B), unclipped
    values: dict[str, F]
    roles: dict[str, F]
    seconds: dict[str, float]


def load(es: me.EvalSet, encoders: dict[str, Any]) -> SetData:
    met: dict[str, F] = {}
    values: dict[str, F] = {}
    seconds: dict[str, float] = {}
    people: list[Profile] = []
    raw: dict[str, tuple[F, F, F]] = {}
    for name, enc in encoders.items():
        com, secs, _ = me.build(es, enc)
        enc.save()
        seconds[name] = secs
        people = list(com.profiles.store.profiles())
        vec = com.profiles.load_vectors()
        ids = [p.id for p in people]
        o_raw = np.stack([vec[i].offers for i in ids]).astype(np.float32)
        n_raw = np.stack([vec[i].needs for i in ids]).astype(np.float32)
        v_raw = np.stack([vec[i].values for i in ids]).astype(np.float64)
        raw[name] = (o_raw, n_raw, v_raw)
        if name == "use" and "e5" in encoders:
            continue  # measured below, after e5
        if name == "e5" and "use" in raw:
            # one vector per text: [use, e5] / sqrt(2), so an inner product is the mean of
            # the two cosines; one text space over it (what an ensemble encoder would store)
            for short, (o1, n1, v1) in (("use", raw["use"]), ("e5", (o_raw, n_raw, v_raw))):
                _one_space(short, o1, n1, v1, people, met, values)
            cat = [
                np.hstack([a, b]) / np.sqrt(2) for a, b in zip(raw["use"], raw["e5"], strict=True)
            ]
            _one_space(
                "use|e5",
                cat[0].astype(np.float32),
                cat[1].astype(np.float32),
                cat[2].astype(np.float64),
                people,
                met,
                values,
            )
            _one_space(
                "use|e5 blocks",
                cat[0].astype(np.float32),
                cat[1].astype(np.float32),
                cat[2].astype(np.float64),
                people,
                met,
                values,
                blocks=(raw["use"][0].shape[1], o_raw.shape[1]),
            )
            continue
        _one_space(name, o_raw, n_raw, v_raw, people, met, values)
    pos = {p.id: i for i, p in enumerate(people)}
    allowed = np.array([[filter_reason(a, b) is None for b in people] for a in people])
    roles = {
        "today": np.array([[role_before(a, b) for b in people] for a in people]),
        # the product's rule since this work (an untagged side is unknown: 0.5)
        "untagged neutral": np.array([[role_score(a, b) for b in people] for a in people]),
    }
    return SetData(es.name, es, people, pos, allowed, met, values, roles, seconds)


def _blocks_centred(x: F, langs: Sequence[str], blocks: tuple[int, ...]) -> F:
    """Each block (one encoder's part) centred per language and normalised, then / sqrt(n)."""
    parts, lo = [], 0
    for width in blocks:
        parts.append(centred(x[:, lo : lo + width], langs) / np.sqrt(len(blocks)))
        lo += width
    return np.hstack(parts).astype(np.float32)


def _one_space(
    name: str,
    o_raw: F,
    n_raw: F,
    v_raw: F,
    people: list[Profile],
    met: dict,
    values: dict,
    blocks: tuple[int, ...] = (),
) -> None:
    """The corrected cosines and the values of one encoder (or the concatenation; with
    ``blocks``, each encoder's part centred and normalised on its own)."""
    lo = [text_language(p.offers) for p in people]
    ln = [text_language(p.needs) for p in people]
    lv = [text_language(p.values) for p in people]
    if blocks:
        o_raw = _blocks_centred(o_raw, lo, blocks)
        n_raw = _blocks_centred(n_raw, ln, blocks)
    space = fit_text_space(o_raw, n_raw, lo, ln, centre_languages=not blocks)
    o, n, ho, hn = space.transform(o_raw, n_raw, lo, ln)
    met[name] = n.astype(np.float64) @ o.T.astype(np.float64) - ho[None, :] - hn[:, None]
    values[f"{name} raw"] = np.maximum(v_raw @ v_raw.T, 0)
    vc = centred(v_raw, lv)
    values[f"{name} centred"] = np.maximum(vc @ vc.T, 0)


def ranks(d: SetData, score: F) -> F:
    s = np.where(d.allowed, score, -np.inf)
    return np.array(
        [np.sum(s[d.pos[q.viewer]] >= s[d.pos[q.viewer], d.pos[q.partner]]) for q in d.es.queries],
        float,
    )


def text_matrix(d: SetData, encoders: Sequence[str], combine: str) -> F:
    met = np.maximum(np.mean([d.met[e] for e in encoders], axis=0), 0)
    return harm(met, met.T) if combine == "harmonic" else (met + met.T) / 2


@dataclass(frozen=True)
class Config:
    label: str
    encoders: tuple[str, ...] = ("use",)
    combine: str = "harmonic"
    weights: tuple[float, float, float] = (0.6, 0.15, 0.25)  # text, values, roles
    roles: str = "today"
    values: str = "raw"


def run(d: SetData, c: Config, base: F | None) -> tuple[str, F]:
    text = text_matrix(d, c.encoders, c.combine)
    wt, wv, wr = c.weights
    values = d.values[f"{c.encoders[0]} {c.values}"] if wv else 0.0
    full = wt * text + wv * values + wr * d.roles[c.roles]
    rt, rf = ranks(d, text), ranks(d, full)
    cross = np.array([q.cross for q in d.es.queries])
    moved = ""
    if base is not None:
        moved = f" | moves +{int(np.sum(rf < base))} -{int(np.sum(rf > base))}"
    if d.name == "sample":
        out = (
            f"text first {int(np.sum(rt == 1))}/48 MRR {np.mean(1 / rt):.3f}"
            f" | full first {int(np.sum(rf == 1))}/48 MRR {np.mean(1 / rf):.3f}"
            f" h3 {np.mean(rf <= 3):.3f}"
        )
    else:
        out = (
            f"text MRR {np.mean(1 / rt):.3f} h1 {np.mean(rt == 1):.3f} h3 {np.mean(rt <= 3):.3f}"
            f" x-ling h3 {np.mean(rt[cross] <= 3):.3f}"
            f" | full MRR {np.mean(1 / rf):.3f} h1 {np.mean(rf == 1):.3f} h3 {np.mean(rf <= 3):.3f}"
        )
    return out + moved, rf


def configs(e5: bool) -> list[Config]:
    out = [
        Config("before (harmonic, 0.6/0.15/0.25)"),
        Config("mean of directions", combine="mean"),
        Config("weights 0.8/0.1/0.1", weights=(0.8, 0.1, 0.1)),
        Config("(a) mean + 0.8/0.1/0.1", combine="mean", weights=(0.8, 0.1, 0.1)),
        Config("roles: untagged neutral", roles="untagged neutral"),
        Config("values: centred by language", values="centred"),
        Config("values: off (0.6/0/0.25)", weights=(0.6, 0.0, 0.25)),
    ]
    for w in (
        (0.8, 0.1, 0.1),
        (0.7, 0.1, 0.2),
        (0.75, 0.05, 0.2),
        (0.8, 0.0, 0.2),
        (0.6, 0.15, 0.25),
    ):
        for v in ("raw", "centred"):
            out.append(
                Config(
                    f"mean + {w[0]}/{w[1]}/{w[2]} + roles neutral + values {v}",
                    combine="mean",
                    weights=w,
                    roles="untagged neutral",
                    values=v,
                )
            )
    if e5:
        for enc in (("e5",), ("use", "e5"), ("use|e5",), ("use|e5 blocks",)):
            name = "+".join(enc)
            out += [
                Config(f"[{name}] today", encoders=enc),
                Config(f"[{name}] (a) mean + 0.8/0.1/0.1", enc, "mean", (0.8, 0.1, 0.1)),
                Config(f"[{name}] mean", enc, "mean"),
                Config(f"[{name}] mean + roles neutral", enc, "mean", roles="untagged neutral"),
                Config(
                    f"[{name}] mean + 0.7/0.1/0.2 + roles neutral",
                    enc,
                    "mean",
                    (0.7, 0.1, 0.2),
                    "untagged neutral",
                ),
                Config(
                    f"[{name}] mean + 0.8/0.1/0.1 + roles neutral",
                    enc,
                    "mean",
                    (0.8, 0.1, 0.1),
                    "untagged neutral",
                ),
                Config(
                    f"[{name}] mean + 0.8/0.1/0.1 + roles neutral + values centred",
                    enc,
                    "mean",
                    (0.8, 0.1, 0.1),
                    "untagged neutral",
                    "centred",
                ),
                Config(
                    f"[{name}] mean + 0.7/0.1/0.2 + roles neutral + values centred",
                    enc,
                    "mean",
                    (0.7, 0.1, 0.2),
                    "untagged neutral",
                    "centred",
                ),
            ]
    return out


def timing(n: int, rounds: int = 2) -> None:
    """Encoding cost: the first ``n`` distinct texts of the dev half (fields as imported), by
    USE and by multilingual-e5-small, alternately, no cache; best of ``rounds`` each."""
    es = me.held_out_set(2, "dev")
    texts = list(
        dict.fromkeys(t for r in es.rows for t in (r["offers"], r["needs"], r["values"]) if t)
    )[:n]
    encoders = {
        name: encoder_from_name(name) for name in ("use-multilingual-v3", "multilingual-e5-small")
    }
    for enc in encoders.values():
        enc.encode(["warm-up"])
    best: dict[str, float] = {}
    for _ in range(rounds):
        for name, enc in encoders.items():
            t0 = time.perf_counter()
            enc.encode(texts)
            best[name] = min(best.get(name, float("inf")), time.perf_counter() - t0)
    chars = sum(len(t) for t in texts) / len(texts)
    for name, secs in best.items():
        print(
            f"{name:<24} {len(texts)} texts ({chars:.0f} characters on average) in {secs:.1f} s:"
            f" {len(texts) / secs:.1f} texts/s"
        )
    both = sum(best.values())
    print(f"ensemble (both) {both:.1f} s: {both / best['use-multilingual-v3']:.1f}x USE alone")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-e5", action="store_true", help="USE only (no ensemble lines)")
    parser.add_argument(
        "--timing", type=int, default=0, help="only time the two encoders on this many texts"
    )
    args = parser.parse_args(argv)
    if args.timing:
        timing(args.timing)
        return 0
    encoders: dict[str, Any] = {}
    for short, name in (("use", "use-multilingual-v3"), ("e5", "multilingual-e5-small")):
        if short == "e5" and args.no_e5:
            continue
        real = encoder_from_name(name)
        t0 = time.perf_counter()
        real.encode(["warm-up"])
        print(f"# {name}: loaded in {time.perf_counter() - t0:.1f} s")
        encoders[short] = me.CachedEncoder(
            real, ROOT / "bench" / ".cache" / f"eval-{real.name}.npz"
        )
    for es in (me.held_out_set(2, "dev"), me.sample_set()):
        d = load(es, encoders)
        d.name = "sample" if es.name == "sample" else es.name
        print(f"\n## {es.name}: {len(d.people)} profiles, {len(es.queries)} queries")
        base = None
        for c in configs(not args.no_e5):
            text, rf = run(d, c, base)
            if base is None:
                base = rf
            print(f"{c.label:<62} {text}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
