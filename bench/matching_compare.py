"""Compare two runs of ``bench/matching_eval.py`` on the development halves, by a rule fixed
before the candidate is measured (docs/matching-quality.md, "e5's query prompt for needs").

Usage::

    python bench/matching_compare.py bench/results/matching-e5q-dev-baseline.json \\
        bench/results/matching-e5q-dev.json

Both files must hold the development halves of v2, v3, v4 and v5 and the sample data, run
with default settings (configuration ``default``). For every half: text and full MRR of each
run, their paired difference and its standard error (the standard deviation of the per-query
differences of reciprocal rank over the square root of the queries), hit@1, hit@3 and the
cross-lingual text hit@3. The rule, checked at the end:

1. pooled over the four halves, full MRR and text MRR both rise;
2. on no half does full or text MRR fall by more than one standard error;
3. the pooled cross-lingual text hit@3 falls by no more than one standard error;
4. sample data: the designed partner first, and in the top 5, at least as often;
5. no filter violation.

``--rule v6`` applies the rule written on 7 December for the fifth blind set (the same page):
the files hold v6's development half (``--sets v6 --split dev``); ``--older BASE CANDIDATE``
names the two runs of the first rule above, for the pooled figure. Adopt only if:

1. on v6's development half, full MRR and text MRR both rise;
2. its cross-lingual text hit@3 falls by no more than one standard error;
3. pooled over the development halves of v2-v5 (from ``--older``) and v6, full and text MRR
   both rise;
4. no filter violation.

The sample data, when the files hold it, is printed, not judged.

``--rule v7`` applies the rule written on 7 December (evening) for the sixth blind set: the
same four points on v7's development half, pooled with every development half the
``--older`` pairs hold (give ``--older BASE CANDIDATE`` once per pair of files: for
example the v2-v6 runs of the candidate's survey); its fifth point (the test command and the
demo within their time limits with the candidate as the default) is measured on a fresh
clone.

``--rule candidate`` names **the candidate** of the rule written for the sixth blind set (v7,
the same page) among packaged encoders: ``before`` is today's default, ``after`` one or more
runs of other encoders over the development halves of v2-v6 (``--sets v2,v3,v4,v5,v6 --split
dev``), ``--speeds`` a ``bench/encoders.py`` result giving each encoder's texts a second. For
each run: every half's text and full MRR with the paired difference and its standard error,
the pooled figures, the pooled cross-lingual text hit@3 and hit@1. The candidate is the run
with the highest pooled full MRR among those that encode at least 25 texts a second and beat
the default on pooled text and full MRR; there may be none.

``--rule adapter`` applies the rule written on 7 December (21:35 UTC) for a learned need
adapter (the same page) to one ``bench/matching_adapter.py --final v7`` result: configuration
``none`` against the candidate (the result's other configuration), on v7's development half.
Adopt only if (1) full MRR and text MRR both rise; (2) the cross-lingual text hit@3 falls by no
more than one standard error of the paired difference; (3) no filter violation. Its fourth
point (the test command and the demo within their time limits) is measured on a fresh clone.
The sample data is printed, not judged.

``--rule blend`` applies the rule written on 8 December (00:30 UTC) for a learned blend (the
same page) to one ``bench/matching_blend_fit.py --final v8`` result: configuration ``default``
(through the product) against the candidate (re-scored over the same community's components),
on v8's development half. Adopt only if (1) full MRR rises by more than one standard error of
the paired difference; (2) full hit@1 does not fall; (3) cross-lingual full hit@3 falls by no
more than one standard error; (4) no filter violation, and the re-scored fixed blend gives the
product's ranks query by query. Its fifth point (the per-suggestion cost within 1.2x) is
measured once wired. The sample data is printed, not judged.

``--rule lexical`` applies the rule written on 8 December (03:18 UTC) for a lexical channel (the
same page) to one ``bench/matching_lexical.py --final v8`` result: ``default`` (through the
product) against the candidate (re-scored over the same community's components), on v8's
development half. Adopt only if (1) full MRR rises by more than one standard error of the paired
difference; (2) text MRR rises; (3) full hit@1 does not fall; (4) cross-lingual text hit@3 falls
by no more than one standard error; (5) no filter violation, and the re-scored default gives the
product's ranks (full and text-only) query by query; (6) the per-suggestion cost with the
lexical scoring is within 1.2x of a ``suggest`` alone. The sample data is printed, not judged.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HALVES = ("v2-dev", "v3-dev", "v4-dev", "v5-dev")

#: the development halves the candidate for v7 is chosen on, and the speed it needs (texts a
#: second on the 2-core machine: a profile written in well under a second)
CANDIDATE_HALVES = (*HALVES, "v6-dev")
CANDIDATE_MIN_SPEED = 25.0


def _rr(rank: int | None) -> float:
    return 0.0 if rank is None else 1.0 / rank


def paired(
    before: dict[str, int | None],
    after: dict[str, int | None],
    keys: Sequence[str],
    score: Any = _rr,
) -> tuple[float, float, float, int]:
    """Mean of ``score`` before, after, the standard error of the paired difference, n."""
    b = [score(before[k]) for k in keys]
    a = [score(after[k]) for k in keys]
    n = len(keys)
    if not n:
        return 0.0, 0.0, 0.0, 0
    d = [y - x for x, y in zip(b, a, strict=True)]
    mean_d = sum(d) / n
    sd = math.sqrt(sum((x - mean_d) ** 2 for x in d) / (n - 1)) if n > 1 else 0.0
    return sum(b) / n, sum(a) / n, sd / math.sqrt(n), n


def _hit(k: int) -> Any:
    return lambda rank: 1.0 if rank is not None and rank <= k else 0.0


def _cross_keys(half: str) -> list[str]:
    """The queries of cross-lingual pairs in one half (``v7-dev``, ``v7-test``:
    ``viewer>partner``)."""
    version, _, split = half[1:].partition("-")
    root = Path(__file__).resolve().parent / "eval"
    data = json.loads((root / f"complementary_v{version}.json").read_text(encoding="utf-8"))
    out = []
    for p in data["pairs"]:
        if p["language"] == "cross" and p["split"] == split:
            out += [f"{p['a']}>{p['b']}", f"{p['b']}>{p['a']}"]
    return out


def _half(b: dict[str, int | None], a: dict[str, int | None]) -> tuple[str, float, float, float]:
    """One half's MRR before and after (ranks by query), its paired standard error, and a
    line of them with hit@1 and hit@3."""
    keys = list(b)
    mb, ma, se, n = paired(b, a, keys)
    h1 = paired(b, a, keys, _hit(1))
    h3 = paired(b, a, keys, _hit(3))
    line = (
        f"MRR ({n} queries) {mb:.4f} -> {ma:.4f} ({ma - mb:+.4f}, se {se:.4f})"
        f" h1 {h1[0]:.3f} -> {h1[1]:.3f} h3 {h3[0]:.3f} -> {h3[1]:.3f}"
    )
    return line, mb, ma, se


def _sample(sb: dict[str, Any], sa: dict[str, Any]) -> list[tuple[int, int, int, int]]:
    """The sample data's designed partners in the top 1 and top 5, from the ranks before
    (``sb``) and after (``sa``: ``ranks_full``): ``(k, before, after, of)``."""
    out = []
    for k in (1, 5):
        nb = sum(1 for r in sb.values() if r is not None and r <= k)
        na = sum(1 for r in sa.values() if r is not None and r <= k)
        out.append((k, nb, na, len(sa)))
    return out


def _sample_reported(sb: dict[str, Any], sa: dict[str, Any]) -> list[str]:
    """The report's lines on the sample data, printed and not judged (ranks as for
    :func:`_sample`)."""
    return [
        f"sample data (reported, not judged), designed partner in the top {k}: {nb} -> {na} of {of}"
        for k, nb, na, of in _sample(sb, sa)
    ]


def _default_ranks(result: dict[str, Any]) -> dict[str, Any]:
    """The sample data's ranks in a run of one configuration (``default``)."""
    return result["sets"]["sample"]["configs"]["default"]["ranks_full"]


def compare(before: dict[str, Any], after: dict[str, Any]) -> tuple[list[str], bool]:
    """The report's lines and whether the rule adopts ``after``."""
    lines: list[str] = []
    ok = True
    pooled: dict[str, tuple[list[str], dict[str, Any], dict[str, Any]]] = {}
    for kind in ("text", "full"):
        pooled[kind] = ([], {}, {})
    xl_keys: list[str] = []
    xl_b: dict[str, Any] = {}
    xl_a: dict[str, Any] = {}
    violations = 0
    for half in HALVES:
        rb = before["sets"][half]["configs"]["default"]
        ra = after["sets"][half]["configs"]["default"]
        violations += ra["filter_violations"]
        cells = [f"{half:<8}"]
        for kind in ("text", "full"):
            b, a = rb[f"ranks_{kind}"], ra[f"ranks_{kind}"]
            keys = list(b)
            line, mb, ma, se = _half(b, a)
            cells.append(f"{kind} {line}")
            if ma - mb < -se:
                ok = False
                cells.append(f"[rule 2: {kind} falls by more than one se]")
            pk, pb, pa = pooled[kind]
            pk += [f"{half}:{k}" for k in keys]
            pb.update({f"{half}:{k}": v for k, v in b.items()})
            pa.update({f"{half}:{k}": v for k, v in a.items()})
        cross = [k for k in _cross_keys(half) if k in rb["ranks_text"]]
        xb, xa, _, _ = paired(rb["ranks_text"], ra["ranks_text"], cross, _hit(3))
        cells.append(f"x-ling text h3 {xb:.3f} -> {xa:.3f} (n {len(cross)})")
        xl_keys += [f"{half}:{k}" for k in cross]
        xl_b.update({f"{half}:{k}": rb["ranks_text"][k] for k in cross})
        xl_a.update({f"{half}:{k}": ra["ranks_text"][k] for k in cross})
        lines.append(" | ".join(cells))
    for kind in ("text", "full"):
        keys, b, a = pooled[kind]
        mb, ma, se, n = paired(b, a, keys)
        lines.append(
            f"pooled {kind} MRR ({n} queries): {mb:.4f} -> {ma:.4f} ({ma - mb:+.4f}, se {se:.4f})"
        )
        if not ma > mb:
            ok = False
            lines.append(f"[rule 1: pooled {kind} MRR does not rise]")
    xb, xa, xse, xn = paired(xl_b, xl_a, xl_keys, _hit(3))
    lines.append(f"pooled x-ling text hit@3 ({xn} queries): {xb:.4f} -> {xa:.4f} (se {xse:.4f})")
    if xa - xb < -xse:
        ok = False
        lines.append("[rule 3: cross-lingual text hit@3 falls by more than one se]")
    for k, nb, na, of in _sample(_default_ranks(before), _default_ranks(after)):
        lines.append(f"sample data, designed partner in the top {k}: {nb} -> {na} of {of}")
        if na < nb:
            ok = False
            lines.append(f"[rule 4: fewer designed partners in the top {k}]")
    violations += after["sets"]["sample"]["configs"]["default"]["filter_violations"]
    lines.append(f"filter violations (candidate): {violations}")
    if violations:
        ok = False
        lines.append("[rule 5: filter violations]")
    lines.append("ADOPT" if ok else "NOT ADOPTED")
    return lines, ok


def _rules_1_2(rb: dict[str, Any], ra: dict[str, Any], half: str, lines: list[str]) -> bool:
    """Points 1 and 2 of the rules written before a fresh set (v6, v7, the adapter's): on
    ``half``, text and full MRR both rise (``ra`` against ``rb``), and cross-lingual text hit@3
    falls by no more than one standard error of the paired difference; the report's lines
    appended to ``lines``."""
    ok = True
    for kind in ("text", "full"):
        line, mb, ma, _ = _half(rb[f"ranks_{kind}"], ra[f"ranks_{kind}"])
        lines.append(f"{half} {kind} {line}")
        if not ma > mb:
            ok = False
            lines.append(f"[rule 1: {kind} MRR does not rise on {half}]")
    cross = [k for k in _cross_keys(half) if k in rb["ranks_text"]]
    xb, xa, xse, xn = paired(rb["ranks_text"], ra["ranks_text"], cross, _hit(3))
    lines.append(f"{half} x-ling text hit@3 ({xn} queries): {xb:.4f} -> {xa:.4f} (se {xse:.4f})")
    if xa - xb < -xse:
        ok = False
        lines.append("[rule 2: cross-lingual text hit@3 falls by more than one se]")
    return ok


def compare_fresh(
    before: dict[str, Any],
    after: dict[str, Any],
    older: Sequence[tuple[dict[str, Any], dict[str, Any]]],
    half: str,
) -> tuple[list[str], bool]:
    """The report's lines and whether a rule written before a fresh blind set existed
    (``--rule v6``, ``--rule v7``) adopts ``after``: ``half`` is the fresh set's development
    half; ``older`` pairs of runs (baseline, candidate) hold the earlier development halves,
    pooled with it."""
    lines: list[str] = []
    rb = before["sets"][half]["configs"]["default"]
    ra = after["sets"][half]["configs"]["default"]
    ok = _rules_1_2(rb, ra, half, lines)
    runs = [
        (b_run, a_run, h)
        for b_run, a_run in older
        for h in sorted(set(b_run["sets"]) & set(a_run["sets"]))
        if h.endswith("-dev") and h != half
    ] + [(before, after, half)]
    span = f"{runs[0][2].split('-')[0]}-{half.split('-')[0]}"
    for kind in ("text", "full"):
        pb: dict[str, Any] = {}
        pa: dict[str, Any] = {}
        for b_run, a_run, h in runs:
            b = b_run["sets"][h]["configs"]["default"][f"ranks_{kind}"]
            a = a_run["sets"][h]["configs"]["default"][f"ranks_{kind}"]
            pb.update({f"{h}:{k}": v for k, v in b.items()})
            pa.update({f"{h}:{k}": v for k, v in a.items()})
        mb, ma, se, n = paired(pb, pa, list(pb))
        lines.append(
            f"pooled {span} dev {kind} MRR ({n} queries): {mb:.4f} -> {ma:.4f}"
            f" ({ma - mb:+.4f}, se {se:.4f})"
        )
        if not ma > mb:
            ok = False
            lines.append(f"[rule 3: pooled {kind} MRR does not rise]")
    violations = ra["filter_violations"]
    lines.append(f"filter violations (candidate): {violations}")
    if violations:
        ok = False
        lines.append("[rule 4: filter violations]")
    if "sample" in before["sets"] and "sample" in after["sets"]:
        lines += _sample_reported(_default_ranks(before), _default_ranks(after))
    lines.append("ADOPT" if ok else "NOT ADOPTED")
    return lines, ok


def compare_adapter(result: dict[str, Any], half: str = "v7-dev") -> tuple[list[str], bool]:
    """The report's lines and whether the adapter rule (``--rule adapter``) adopts the
    candidate of ``result`` (a ``bench/matching_adapter.py --final`` result holding ``half``
    with configurations ``none`` and the candidate)."""
    if half not in result["sets"]:
        raise ValueError(f"the result holds {', '.join(result['sets'])}, not {half}")
    configs = result["sets"][half]["configs"]
    others = [c for c in configs if c != "none"]
    if "none" not in configs or len(others) != 1:
        raise ValueError(
            f"{half} must hold 'none' and one candidate, it holds {', '.join(configs)}"
        )
    fit = others[0]
    rb, ra = configs["none"], configs[fit]
    lines = [f"none -> {fit}"]
    ok = _rules_1_2(rb, ra, half, lines)
    violations = ra["filter_violations"]
    lines.append(f"filter violations (candidate): {violations}")
    if violations:
        ok = False
        lines.append("[rule 3: filter violations]")
    if "sample" in result["sets"]:
        sample = result["sets"]["sample"]["configs"]
        if "none" in sample and fit in sample:
            lines += _sample_reported(sample["none"]["ranks_full"], sample[fit]["ranks_full"])
    lines.append(
        "rule 4 (the test command under 15 min, the demo under 10 min with the adapter as the"
        " default) is measured on a fresh clone, not here"
    )
    if not half.endswith("-dev"):  # a test half is run once after the decision: reported
        lines.append("REPORTED (a test half decides nothing)")
        return lines, False
    lines.append("ADOPT" if ok else "NOT ADOPTED")
    return lines, ok


def _candidate(result: dict[str, Any], half: str) -> tuple[dict[str, Any], dict[str, Any], str]:
    """``half``'s figures in ``result`` (a ``--final`` result), its configurations and the
    name of the one candidate beside ``default``."""
    if half not in result["sets"]:
        raise ValueError(f"the result holds {', '.join(result['sets'])}, not {half}")
    data = result["sets"][half]
    configs = data["configs"]
    others = [c for c in configs if c != "default"]
    if "default" not in configs or len(others) != 1:
        raise ValueError(f"{half} must hold 'default' and one candidate: {', '.join(configs)}")
    fit = others[0]
    return data, configs, fit


def compare_blend(result: dict[str, Any], half: str = "v8-dev") -> tuple[list[str], bool]:
    """The report's lines and whether the learned blend's rule (``--rule blend``) adopts the
    candidate of ``result`` (a ``bench/matching_blend_fit.py --final`` result holding ``half``
    with configurations ``default`` and the candidate)."""
    data, configs, fit = _candidate(result, half)
    rb, ra = configs["default"]["ranks_full"], configs[fit]["ranks_full"]
    lines = [f"default -> {fit}"]
    line, mb, ma, se = _half(rb, ra)
    lines.append(f"{half} full {line}")
    ok = True
    if not ma - mb > se:
        ok = False
        lines.append("[rule 1: full MRR does not rise by more than one se]")
    h1 = paired(rb, ra, list(rb), _hit(1))
    if h1[1] < h1[0]:
        ok = False
        lines.append("[rule 2: full hit@1 falls]")
    cross = [k for k in _cross_keys(half) if k in rb]
    xb, xa, xse, xn = paired(rb, ra, cross, _hit(3))
    lines.append(f"{half} x-ling full hit@3 ({xn} queries): {xb:.4f} -> {xa:.4f} (se {xse:.4f})")
    if xa - xb < -xse:
        ok = False
        lines.append("[rule 3: cross-lingual full hit@3 falls by more than one se]")
    violations = configs["default"]["filter_violations"] + configs[fit]["filter_violations"]
    lines.append(
        f"filter violations: {violations}; queries where the re-scored fixed blend differs from"
        f" the product: {data['replica_differs']}"
    )
    if violations or data["replica_differs"]:
        ok = False
        lines.append(
            "[rule 4: filter violations, or the re-scoring does not reproduce the product]"
        )
    if "sample" in result["sets"]:
        sample = result["sets"]["sample"]["configs"]
        lines += _sample_reported(sample["default"]["ranks_full"], sample[fit]["ranks_full"])
    lines.append("rule 5 (the per-suggestion cost within 1.2x) is measured once wired, not here")
    if not half.endswith("-dev"):
        lines.append("REPORTED (a test half decides nothing)")
        return lines, False
    lines.append("ADOPT (points 1-4)" if ok else "NOT ADOPTED")
    return lines, ok


def compare_lexical(result: dict[str, Any], half: str = "v8-dev") -> tuple[list[str], bool]:
    """The report's lines and whether the lexical channel's rule (``--rule lexical``) adopts the
    candidate of ``result`` (a ``bench/matching_lexical.py --final`` result holding ``half`` with
    configurations ``default`` and the candidate, and the cost measured on it)."""
    data, configs, fit = _candidate(result, half)
    rb, ra = configs["default"], configs[fit]
    lines = [f"default -> {fit}"]
    ok = True
    moved = {}
    for kind in ("full", "text"):
        line, mb, ma, se = _half(rb[f"ranks_{kind}"], ra[f"ranks_{kind}"])
        lines.append(f"{half} {kind} {line}")
        moved[kind] = (mb, ma, se)
    mb, ma, se = moved["full"]
    if not ma - mb > se:
        ok = False
        lines.append("[rule 1: full MRR does not rise by more than one se]")
    if not moved["text"][1] > moved["text"][0]:
        ok = False
        lines.append("[rule 2: text MRR does not rise]")
    h1 = paired(rb["ranks_full"], ra["ranks_full"], list(rb["ranks_full"]), _hit(1))
    if h1[1] < h1[0]:
        ok = False
        lines.append("[rule 3: full hit@1 falls]")
    cross = [k for k in _cross_keys(half) if k in rb["ranks_text"]]
    xb, xa, xse, xn = paired(rb["ranks_text"], ra["ranks_text"], cross, _hit(3))
    lines.append(f"{half} x-ling text hit@3 ({xn} queries): {xb:.4f} -> {xa:.4f} (se {xse:.4f})")
    if xa - xb < -xse:
        ok = False
        lines.append("[rule 4: cross-lingual text hit@3 falls by more than one se]")
    violations = rb["filter_violations"] + ra["filter_violations"]
    lines.append(
        f"filter violations: {violations}; queries where the re-scored default differs from"
        f" the product: {data['replica_differs']}"
    )
    if violations or data["replica_differs"]:
        ok = False
        lines.append(
            "[rule 5: filter violations, or the re-scoring does not reproduce the product]"
        )
    if "cost" in data:
        c = data["cost"]
        lines.append(
            f"cost: suggest {c['suggest_s'] * 1000:.2f} ms, with the lexical scoring"
            f" {c['suggest_plus_lexical_s'] * 1000:.2f} ms: {c['ratio']:.3f}x"
        )
        if c["ratio"] > 1.2:
            ok = False
            lines.append("[rule 6: the per-suggestion cost exceeds 1.2x]")
    else:
        ok = False
        lines.append("[rule 6: the cost was not measured]")
    if "sample" in result["sets"]:
        sample = result["sets"]["sample"]["configs"]
        lines += _sample_reported(sample["default"]["ranks_full"], sample[fit]["ranks_full"])
    if not half.endswith("-dev"):
        lines.append("REPORTED (a test half decides nothing)")
        return lines, False
    lines.append("ADOPT" if ok else "NOT ADOPTED")
    return lines, ok


def compare_v6(
    before: dict[str, Any], after: dict[str, Any], older: tuple[dict[str, Any], dict[str, Any]]
) -> tuple[list[str], bool]:
    """The report's lines and whether the rule for v6 (``--rule v6``) adopts ``after``."""
    return compare_fresh(before, after, [older], "v6-dev")


def _pooled(
    before: dict[str, Any], after: dict[str, Any], kind: str, keys_of: Any = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The ranks of ``kind`` (``text`` or ``full``) over :data:`CANDIDATE_HALVES`, keyed
    ``half:viewer>partner``; ``keys_of(half, ranks)`` keeps some queries only."""
    pb: dict[str, Any] = {}
    pa: dict[str, Any] = {}
    for half in CANDIDATE_HALVES:
        b = before["sets"][half]["configs"]["default"][f"ranks_{kind}"]
        a = after["sets"][half]["configs"]["default"][f"ranks_{kind}"]
        keys = keys_of(half, b) if keys_of else list(b)
        pb.update({f"{half}:{k}": b[k] for k in keys})
        pa.update({f"{half}:{k}": a[k] for k in keys})
    return pb, pa


def judge_run(before: dict[str, Any], after: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
    """One run against the default over the development halves of v2-v6: the report's lines
    and the pooled figures (``text`` and ``full``: ``(before, after, se)``; ``beats``: both
    pooled MRRs rise; ``violations``)."""
    missing = [h for h in CANDIDATE_HALVES if h not in before["sets"] or h not in after["sets"]]
    if missing:
        raise ValueError(
            f"the runs must hold the development halves {', '.join(CANDIDATE_HALVES)};"
            f" {', '.join(missing)} missing: run bench/matching_eval.py --sets v2,v3,v4,v5,v6"
            " --split dev"
        )
    lines: list[str] = []
    for half in CANDIDATE_HALVES:
        rb = before["sets"][half]["configs"]["default"]
        ra = after["sets"][half]["configs"]["default"]
        cells = [f"{half:<8}"]
        for kind in ("text", "full"):
            line, _, _, _ = _half(rb[f"ranks_{kind}"], ra[f"ranks_{kind}"])
            cells.append(f"{kind} {line}")
        cross = [k for k in _cross_keys(half) if k in rb["ranks_text"]]
        xb, xa, xse, _ = paired(rb["ranks_text"], ra["ranks_text"], cross, _hit(3))
        cells.append(f"x-ling text h3 {xb:.3f} -> {xa:.3f} (se {xse:.3f}, n {len(cross)})")
        lines.append(" | ".join(cells))
    figures: dict[str, Any] = {}
    for kind in ("text", "full"):
        pb, pa = _pooled(before, after, kind)
        mb, ma, se, n = paired(pb, pa, list(pb))
        h1 = paired(pb, pa, list(pb), _hit(1))
        figures[kind] = (mb, ma, se)
        lines.append(
            f"pooled {kind} MRR ({n} queries): {mb:.4f} -> {ma:.4f} ({ma - mb:+.4f}, se {se:.4f});"
            f" hit@1 {h1[0]:.3f} -> {h1[1]:.3f} ({h1[1] - h1[0]:+.3f}, se {h1[2]:.3f})"
        )

    def cross_of(half: str, ranks: dict[str, Any]) -> list[str]:
        return [k for k in _cross_keys(half) if k in ranks]

    xb_, xa_ = _pooled(before, after, "text", cross_of)
    xb, xa, xse, xn = paired(xb_, xa_, list(xb_), _hit(3))
    figures["xling_hit3"] = (xb, xa, xse)
    lines.append(f"pooled x-ling text hit@3 ({xn} queries): {xb:.4f} -> {xa:.4f} (se {xse:.4f})")
    figures["violations"] = sum(
        after["sets"][h]["configs"]["default"]["filter_violations"] for h in CANDIDATE_HALVES
    )
    figures["beats"] = all(figures[k][1] > figures[k][0] for k in ("text", "full"))
    lines.append(f"filter violations: {figures['violations']}")
    lines.append(
        "beats the default on pooled text and full MRR"
        if figures["beats"]
        else "does not beat the default on pooled text and full MRR"
    )
    return lines, figures


def speeds_of(encoders_result: dict[str, Any]) -> dict[str, float]:
    """Texts a second by encoder name (:attr:`Encoder.name`, as the runs record it) from a
    ``bench/encoders.py`` result file."""
    return {r["model_name"]: float(r["sentences_per_s"]) for r in encoders_result["results"]}


def pick_candidate(
    before: dict[str, Any], runs: Sequence[dict[str, Any]], speeds: dict[str, float]
) -> tuple[list[str], str | None]:
    """The report's lines and the candidate's encoder name (None when no run qualifies): the
    highest pooled full MRR among runs at :data:`CANDIDATE_MIN_SPEED` texts a second or more
    that beat ``before`` (today's default) on pooled text and full MRR."""
    lines: list[str] = []
    qualified: list[tuple[float, str]] = []
    for run in runs:
        name = run["encoder"]
        if name not in speeds:
            raise ValueError(
                f"no speed for encoder {name!r} in the --speeds file (it has"
                f" {', '.join(sorted(speeds)) or 'none'}): measure it with bench/encoders.py"
                f" --encoders NAME"
            )
        report, figures = judge_run(before, run)
        speed = speeds[name]
        fast = speed >= CANDIDATE_MIN_SPEED
        lines.append(f"{before['encoder']} -> {name} ({speed:.0f} texts/s)")
        lines += ["  " + line for line in report]
        if not fast:
            lines.append(f"  slower than {CANDIDATE_MIN_SPEED:.0f} texts/s: not a candidate")
        if fast and figures["beats"]:
            qualified.append((figures["full"][1], name))
    best = max(qualified)[1] if qualified else None
    lines.append(f"THE CANDIDATE: {best}" if best else "NO CANDIDATE")
    return lines, best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument(
        "after",
        type=Path,
        nargs="*",
        help="one run (several: --rule candidate; none: --rule adapter, whose file holds both)",
    )
    parser.add_argument(
        "--rule",
        choices=["e5q", "v6", "v7", "candidate", "adapter", "blend", "lexical"],
        default="e5q",
    )
    parser.add_argument(
        "--older", type=Path, nargs=2, metavar=("BASE", "CANDIDATE"), action="append"
    )
    parser.add_argument(
        "--half",
        default="v7-dev",
        help="--rule adapter / blend / lexical: the half judged (default v7-dev / v8-dev; -test: reported)",
    )
    parser.add_argument(
        "--speeds", type=Path, help="--rule candidate: a bench/encoders.py result (texts/s)"
    )
    args = parser.parse_args(argv)
    before = json.loads(args.before.read_text(encoding="utf-8"))
    if args.rule in ("adapter", "blend", "lexical"):
        if args.after:
            parser.error(f"--rule {args.rule} reads one --final result (it holds both runs)")
        try:
            if args.rule == "adapter":
                lines, _ = compare_adapter(before, args.half)
            elif args.rule == "lexical":
                half = args.half if args.half != "v7-dev" else "v8-dev"
                lines, _ = compare_lexical(before, half)
            else:
                half = args.half if args.half != "v7-dev" else "v8-dev"
                lines, _ = compare_blend(before, half)
        except ValueError as exc:
            parser.error(str(exc))
        print("\n".join(lines))
        return 0
    runs = [json.loads(f.read_text(encoding="utf-8")) for f in args.after]
    if args.rule == "candidate":
        if not args.speeds:
            parser.error("--rule candidate needs --speeds FILE (a bench/encoders.py result)")
        speeds = speeds_of(json.loads(args.speeds.read_text(encoding="utf-8")))
        try:
            lines, _ = pick_candidate(before, runs, speeds)
        except ValueError as exc:
            parser.error(str(exc))
        print("\n".join(lines))
        return 0
    if len(runs) != 1:
        parser.error(f"--rule {args.rule} compares one run with the baseline, got {len(runs)}")
    after = runs[0]
    if args.rule in ("v6", "v7"):
        if not args.older:
            parser.error(
                f"--rule {args.rule} needs --older BASE CANDIDATE (the runs over the earlier"
                " development halves; give it once per pair of files)"
            )
        older = [
            (json.loads(b.read_text(encoding="utf-8")), json.loads(a.read_text(encoding="utf-8")))
            for b, a in args.older
        ]
        lines, _ = compare_fresh(before, after, older, f"{args.rule}-dev")
        if args.rule == "v7":
            lines.insert(
                -1,
                "rule 5 (the test command under 15 min, the demo under 10 min with the"
                " candidate as the default) is measured on a fresh clone, not here",
            )
    else:
        lines, _ = compare(before, after)
    print(f"{before['encoder']} -> {after['encoder']}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
