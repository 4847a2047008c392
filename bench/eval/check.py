"""Check a held-out set, bench/eval/complementary_v2.json to _v9.json (stdlib only).

Verifies the importer's format of every person, the pairs and their distractors against
the hard filters, the declared slices, the split balance; prints the counts per slice and
exits non-zero on any problem.

Usage::

    python bench/eval/check.py v3 [--partial] [path/to/complementary_v3.json]
    python bench/eval/check.py v2
    python bench/eval/check.py v4
    python bench/eval/check.py v5
    python bench/eval/check.py v6
    python bench/eval/check.py v7
    python bench/eval/check.py v8

``--partial`` accepts a set with fewer than its full number of pairs (a draft while the
batches are written in parallel); without it the set must have exactly that many.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

ID_RE = re.compile(r"^[a-z0-9_-]{1,64}$")
#: per version: its number of pairs, and the (A, B) languages a cross-lingual pair may have
#: (v2: A writes French and B English; v3 to v9: either way round)
SETS: dict[int, dict[str, Any]] = {
    2: {"pairs": 136, "cross": [({"fr"}, {"en"})]},
    3: {"pairs": 128, "cross": [({"fr"}, {"en"}), ({"en"}, {"fr"})]},
    4: {"pairs": 128, "cross": [({"fr"}, {"en"}), ({"en"}, {"fr"})]},
    5: {"pairs": 119, "cross": [({"fr"}, {"en"}), ({"en"}, {"fr"})]},
    6: {"pairs": 120, "cross": [({"fr"}, {"en"}), ({"en"}, {"fr"})]},
    7: {"pairs": 120, "cross": [({"fr"}, {"en"}), ({"en"}, {"fr"})]},
    8: {"pairs": 120, "cross": [({"fr"}, {"en"}), ({"en"}, {"fr"})]},
    9: {"pairs": 120, "cross": [({"fr"}, {"en"}), ({"en"}, {"fr"})]},
}
REQUIRED = ("id", "name", "offers", "needs")
OPTIONAL = (
    "values",
    "headline",
    "roles_offered",
    "roles_sought",
    "commitment",
    "utc_offset",
    "languages",
    "stage",
    "visibility",
    "consent",
    "location",
)
EXPLICIT = ("languages", "commitment", "utc_offset")  # this set gives them to everyone
ROLES = {
    "tech",
    "product",
    "design",
    "sales",
    "marketing",
    "finance",
    "operations",
    "legal",
    "domain",
}
COMMITMENTS = {"full-time", "part-time", "side-project"}
STAGES = {"idea", "prototype", "revenue"}
VISIBILITIES = {"public", "members", "event-only", "private"}
TEXT_LIMITS = {"name": 80, "offers": 2000, "needs": 2000, "values": 2000, "headline": 160}
LANG_CODE_RE = re.compile(r"^[a-z]{2}$")

PAIR_KEYS = {"id", "a", "b", "split", "language", "roles", "length", "domain", "why", "distractors"}
LANGUAGE_KINDS = ("en", "fr", "mixed", "cross")
ROLE_KINDS = ("none", "partial", "full")
LENGTH_KINDS = ("short", "long", "mixed")
SPLITS = ("dev", "test")
FILTERS = ("language", "consent", "visibility", "commitment", "timezone")
DISTRACTOR_KINDS = ("twin", "one-sided", "filter-trap")

SHORT_LIMIT = 100  # a short profile keeps offers, needs and values under this many characters
MAX_TZ_GAP = 6.0

# fmt: off
# function words that tell French from English (a heuristic; names and jargon are ignored)
FR_WORDS = frozenset({
    "le", "la", "les", "des", "du", "et", "pour", "avec", "une", "dans", "qui", "je", "nous",
    "est", "sur", "mon", "ma", "mes", "notre", "nos", "au", "aux", "ce", "cette", "que", "chez",
    "sans", "très", "être", "ai", "suis", "cherche", "quelqu", "un", "ou", "mais", "aussi",
    "vous", "leur", "leurs", "sont", "ont", "dont", "où", "fait", "peux", "veux", "ne", "plus"
})
EN_WORDS = frozenset({
    "the", "and", "for", "with", "an", "who", "we", "is", "my", "our", "to", "of", "that",
    "this", "without", "am", "looking", "have", "can", "someone", "i'm", "i've", "we're",
    "it's", "what", "which", "you", "from", "are", "has", "been", "but", "also", "they",
    "their", "not", "or", "would", "want", "i"
})
# fmt: on
WORD_RE = re.compile(r"[a-zà-ÿ']+")


def guess_language(text: str) -> str:
    """Return 'fr', 'en', 'both' or '?' for a text, from common function words.

    Example
    -------
    >>> guess_language("Je cherche une personne pour le produit et la vente.")
    'fr'
    """
    words = WORD_RE.findall(text.lower())
    fr = sum(w in FR_WORDS or w.startswith(("j'", "l'", "d'", "qu'", "n'")) for w in words)
    en = sum(w in EN_WORDS for w in words)
    if fr >= 2 and en >= 2 and min(fr, en) * 4 >= max(fr, en):
        return "both"
    if fr >= 2 and fr > 2 * en:
        return "fr"
    if en >= 2 and en > 2 * fr:
        return "en"
    if fr >= 2 and en >= 2:
        return "both"
    return "?"


def person_languages(p: dict[str, Any]) -> set[str]:
    """The written languages seen in a person's offers, needs and values."""
    seen: set[str] = set()
    for field in ("offers", "needs", "values"):
        g = guess_language(p.get(field) or "")
        if g == "both":
            seen |= {"fr", "en"}
        elif g != "?":
            seen.add(g)
    return seen


def failed_filters(x: dict[str, Any], y: dict[str, Any]) -> set[str]:
    """The hard filters that keep x and y apart (empty when they may be suggested)."""
    failed = set()
    if not set(x.get("languages", ["en"])) & set(y.get("languages", ["en"])):
        failed.add("language")
    if x.get("consent", True) is False or y.get("consent", True) is False:
        failed.add("consent")
    if "private" in (x.get("visibility", "public"), y.get("visibility", "public")):
        failed.add("visibility")
    if {x.get("commitment", "full-time"), y.get("commitment", "full-time")} == {
        "full-time",
        "side-project",
    }:
        failed.add("commitment")
    if abs(float(x.get("utc_offset", 0)) - float(y.get("utc_offset", 0))) > MAX_TZ_GAP:
        failed.add("timezone")
    return failed


def split_tolerance(total: int) -> int:
    """How far dev and test may drift apart in a slice of `total` pairs.

    The split was dealt exactly in half; dropping a few flawed pairs later (never
    re-splitting) may unbalance it by up to a tenth of the slice, or one pair.

    Example
    -------
    >>> split_tolerance(68), split_tolerance(8)
    (7, 1)
    """
    return max(1, round(total / 10))


def is_short(p: dict[str, Any]) -> bool:
    return all(len(p.get(f) or "") < SHORT_LIMIT for f in ("offers", "needs", "values"))


def has_roles(p: dict[str, Any]) -> tuple[bool, bool]:
    return bool(p.get("roles_offered")), bool(p.get("roles_sought"))


def roles_kind(a: dict[str, Any], b: dict[str, Any]) -> str:
    flags = has_roles(a) + has_roles(b)
    if not any(flags):
        return "none"
    if all(flags):
        return "full"
    return "partial"


def length_kind(a: dict[str, Any], b: dict[str, Any]) -> str:
    shorts = (is_short(a), is_short(b))
    if all(shorts):
        return "short"
    if not any(shorts):
        return "long"
    return "mixed"


def check_person(p: dict[str, Any], problems: list[str]) -> None:
    pid = p.get("id", "?")
    for key in REQUIRED:
        if key not in p:
            problems.append(f"person {pid}: missing required key {key!r}")
    for key in EXPLICIT:
        if key not in p:
            problems.append(f"person {pid}: {key!r} must be given explicitly in this set")
    for key in p:
        if key not in REQUIRED and key not in OPTIONAL:
            problems.append(f"person {pid}: unknown key {key!r}; the importer refuses it")
    if not isinstance(pid, str) or not ID_RE.match(pid):
        problems.append(f"person {pid!r}: id must be 1-64 of a-z 0-9 - _")
    for key, limit in TEXT_LIMITS.items():
        if key in p:
            v = p[key]
            if not isinstance(v, str) or not v.strip():
                problems.append(f"person {pid}: {key} must be a non-empty string")
            elif len(v) > limit:
                problems.append(f"person {pid}: {key} has {len(v)} chars, limit {limit}")
    for key in ("roles_offered", "roles_sought"):
        v = p.get(key, [])
        if not isinstance(v, list) or not set(v) <= ROLES or len(set(v)) != len(v):
            problems.append(f"person {pid}: {key}={v!r}; use distinct names from {sorted(ROLES)}")
    if p.get("commitment", "full-time") not in COMMITMENTS:
        problems.append(f"person {pid}: commitment={p.get('commitment')!r} not in {COMMITMENTS}")
    tz = p.get("utc_offset", 0)
    if (
        isinstance(tz, bool)
        or not isinstance(tz, int | float)
        or not -12 <= tz <= 14
        or (tz * 4) != int(tz * 4)
    ):
        problems.append(f"person {pid}: utc_offset={tz!r}; hours in [-12, 14] by 0.25")
    langs = p.get("languages", ["en"])
    if (
        not isinstance(langs, list)
        or not langs
        or not all(isinstance(c, str) and LANG_CODE_RE.match(c) for c in langs)
    ):
        problems.append(f"person {pid}: languages={langs!r}; a non-empty list of ISO 639-1 codes")
    if "stage" in p and p["stage"] not in STAGES:
        problems.append(f"person {pid}: stage={p['stage']!r} not in {STAGES}")
    if p.get("visibility", "public") not in VISIBILITIES:
        problems.append(f"person {pid}: visibility={p.get('visibility')!r} not in {VISIBILITIES}")
    if not isinstance(p.get("consent", True), bool):
        problems.append(f"person {pid}: consent must be true or false")
    if "location" in p and not isinstance(p["location"], str):
        problems.append(f"person {pid}: location must be a string")


def check_language(
    pair: dict[str, Any],
    a: dict[str, Any],
    b: dict[str, Any],
    problems: list[str],
    cross: list[tuple[set[str], set[str]]],
) -> None:
    kind, pid = pair["language"], pair["id"]
    la, lb = person_languages(a), person_languages(b)
    if kind == "en" and "fr" in la | lb:
        problems.append(f"pair {pid}: declared 'en' but French text seen ({la}, {lb})")
    elif kind == "fr" and "en" in la | lb:
        problems.append(f"pair {pid}: declared 'fr' but English text seen ({la}, {lb})")
    elif kind == "cross" and (la, lb) not in cross:
        problems.append(f"pair {pid}: declared 'cross' ({cross} for A, B) but saw {la}, {lb}")
    elif kind == "mixed" and la != {"fr", "en"} and lb != {"fr", "en"}:
        problems.append(f"pair {pid}: declared 'mixed' but no person mixes French and English")


def check(data: dict[str, Any], partial: bool = False) -> tuple[list[str], list[str]]:
    """Return (problems, report lines) for a loaded complementary_v2 ... _v9 document."""
    problems: list[str] = []
    report: list[str] = []
    version = data.get("version")
    if set(data) != {"version", "profiles", "pairs"} or version not in SETS:
        problems.append(
            f"document: keys must be version ({', '.join(map(str, SETS))}), profiles, pairs"
        )
        return problems, report
    n_pairs, cross = SETS[version]["pairs"], SETS[version]["cross"]
    pair_id_re = re.compile(rf"^v{version}p\d{{3}}$")
    people: dict[str, dict[str, Any]] = {}
    for p in data["profiles"]:
        check_person(p, problems)
        if p.get("id") in people:
            problems.append(f"person {p.get('id')}: duplicate id")
        people[p.get("id", "?")] = p
    used: Counter[str] = Counter()
    slices: dict[str, Counter[tuple[str, str]]] = {
        k: Counter() for k in ("language", "roles", "length", "domain")
    }
    splits: Counter[str] = Counter()
    traps: Counter[str] = Counter()
    n_twins = Counter[int]()
    direction: Counter[str] = Counter()
    pair_ids: set[str] = set()
    for pair in data["pairs"]:
        pid = pair.get("id", "?")
        if set(pair) != PAIR_KEYS:
            problems.append(f"pair {pid}: keys {sorted(pair)} != {sorted(PAIR_KEYS)}")
            continue
        if not pair_id_re.match(pid) or pid in pair_ids:
            problems.append(f"pair {pid}: id must be v{version}pNNN and unique")
        pair_ids.add(pid)
        if pair["split"] not in SPLITS:
            problems.append(f"pair {pid}: split={pair['split']!r} not in {SPLITS}")
        if pair["language"] not in LANGUAGE_KINDS:
            problems.append(f"pair {pid}: language={pair['language']!r} not in {LANGUAGE_KINDS}")
        if not str(pair["why"]).strip() or not str(pair["domain"]).strip():
            problems.append(f"pair {pid}: why and domain must be non-empty")
        ids = [pair["a"], pair["b"]] + [d.get("id") for d in pair["distractors"]]
        missing = [i for i in ids if i not in people]
        if missing:
            problems.append(f"pair {pid}: unknown people {missing}")
            continue
        for i in ids:
            used[i] += 1
            if not i.startswith(pid):
                problems.append(f"pair {pid}: person {i} should start with the pair id")
        a, b = people[pair["a"]], people[pair["b"]]
        failed = failed_filters(a, b)
        if failed:
            problems.append(f"pair {pid}: true partners fail {sorted(failed)}")
        if pair["roles"] != roles_kind(a, b):
            problems.append(
                f"pair {pid}: roles={pair['roles']!r}, profiles say {roles_kind(a, b)!r}"
            )
        if pair["length"] != length_kind(a, b):
            problems.append(
                f"pair {pid}: length={pair['length']!r}, profiles say {length_kind(a, b)!r}"
            )
        check_language(pair, a, b, problems, cross)
        if pair["language"] == "cross":
            direction[
                next(iter(person_languages(a)), "?") + ">" + next(iter(person_languages(b)), "?")
            ] += 1
        kinds = Counter(d.get("kind") for d in pair["distractors"])
        if kinds["one-sided"] != 1 or kinds["filter-trap"] != 1 or kinds["twin"] not in (1, 2):
            problems.append(f"pair {pid}: distractors {dict(kinds)}; want 1-2 twins, 1, 1")
        if set(kinds) - set(DISTRACTOR_KINDS):
            problems.append(f"pair {pid}: unknown distractor kinds {set(kinds)}")
        n_twins[kinds["twin"]] += 1
        for d in pair["distractors"]:
            other = people[d["id"]]
            got = failed_filters(a, other)
            if d["kind"] == "filter-trap":
                if set(d) != {"id", "kind", "filter"} or d["filter"] not in FILTERS:
                    problems.append(f"pair {pid}: trap {d['id']} needs filter in {FILTERS}")
                    continue
                traps[d["filter"]] += 1
                if got != {d["filter"]}:
                    problems.append(
                        f"pair {pid}: trap {d['id']} claims {d['filter']!r} but fails {sorted(got)}"
                    )
            else:
                if set(d) != {"id", "kind"}:
                    problems.append(f"pair {pid}: distractor {d['id']} keys {sorted(d)}")
                if got:
                    problems.append(f"pair {pid}: {d['kind']} {d['id']} fails {sorted(got)} with A")
            if pair["roles"] == "none" and any(has_roles(other)):
                problems.append(f"pair {pid}: role-free pair but {d['id']} has role tags")
        for key in ("language", "roles", "length"):
            slices[key][(pair[key], pair["split"])] += 1
        slices["domain"][(pair["domain"], pair["split"])] += 1
        splits[pair["split"]] += 1
    for i in people:
        if used[i] != 1:
            problems.append(f"person {i}: belongs to {used[i]} pairs, want exactly 1")
    for key in ("language", "roles"):
        for value in sorted({v for v, _ in slices[key]}):
            dev, test = slices[key][(value, "dev")], slices[key][(value, "test")]
            if not partial and abs(dev - test) > split_tolerance(dev + test):
                problems.append(f"split: {key}={value} has dev {dev} / test {test}; unbalanced")
    if not partial and abs(splits["dev"] - splits["test"]) > split_tolerance(
        splits["dev"] + splits["test"]
    ):  # a partial draft is split by the rule over what exists: balance is checked on the full set
        problems.append(f"split: dev {splits['dev']} / test {splits['test']}; unbalanced")
    if not partial and len(pair_ids) != n_pairs:
        problems.append(f"document: {len(pair_ids)} pairs, want {n_pairs} (or pass --partial)")
    short_people = sum(is_short(p) for p in people.values())
    report.append(
        f"{len(data['pairs'])} pairs, {len(people)} people ({short_people} short profiles); "
        f"split dev {splits['dev']} / test {splits['test']}"
    )
    for key in ("language", "roles", "length", "domain"):
        values = sorted({v for v, _ in slices[key]})
        cells = [
            f"{v} {slices[key][(v, 'dev')] + slices[key][(v, 'test')]}"
            f" ({slices[key][(v, 'dev')]}/{slices[key][(v, 'test')]})"
            for v in values
        ]
        report.append(f"{key} (total (dev/test)): " + ", ".join(cells))
    report.append("filter traps: " + ", ".join(f"{f} {traps[f]}" for f in FILTERS))
    report.append(f"pairs with 1 twin: {n_twins[1]}, with 2 twins: {n_twins[2]}")
    report.append(
        "cross-lingual directions (A>B): "
        + ", ".join(f"{k} {v}" for k, v in sorted(direction.items()))
    )
    report.append(
        "role tags: A or B without any tag "
        + str(
            sum(not any(has_roles(people[p["a"]])) for p in data["pairs"])
            + sum(not any(has_roles(people[p["b"]])) for p in data["pairs"])
        )
        + f" of {2 * len(data['pairs'])}"
    )
    return problems, report


def main(argv: list[str]) -> int:
    args = argv[1:]
    partial = "--partial" in args
    args = [a for a in args if a != "--partial"]
    if not args or args[0] not in ("v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9"):
        print("usage: check.py v2|v3|v4|v5|v6|v7|v8|v9 [--partial] [path]", file=sys.stderr)
        return 2
    path = Path(args[1]) if len(args) > 1 else HERE / f"complementary_{args[0]}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    problems, report = check(data, partial=partial)
    for line in report:
        print(line)
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
