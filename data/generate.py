"""Generate the synthetic sample profiles shipped with cofoundry.

Every person produced here is invented: names are drawn from pools of common first and
last names, e-mail addresses use the reserved ``example.org`` / ``example.com`` /
``example.net`` domains, and the free texts are composed from phrase pools per role and
language (French, English, or a mix of both).

Besides random profiles, the generator plants *designed complementary pairs*: A's needs
describe B's offers and B's needs describe A's offers, their values match, and they pass
every hard filter (consent, public visibility, a common language, compatible commitment,
time zones at most 6 hours apart). A third of the pairs are cross-lingual: A writes only
in French, B only in English, and they share English.

The pools are data files in ``phrases/`` beside this script (read once, at import):
language-neutral ones (``names.json``, ``places.json``, ``people.json``,
``archetypes.json``) and one folder per text language (``fr/``, ``en/``) holding the same
files with parallel content. ``data/README.md`` describes them.

Standard library only; deterministic for a given ``seed`` (same seed, same bytes).

Usage::

    python data/generate.py [--n 360] [--seed 7] [--out data]
"""

import argparse
import csv
import json
import random
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from itertools import accumulate, permutations
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["COLUMNS", "ROLES", "generate", "main", "write"]

Profile = dict[str, Any]
Persona = dict[str, Any]
Slots = dict[str, str]
GPool = tuple[list[str], list[str]]  # (masculine, feminine) resolved templates
T = TypeVar("T")
Table = tuple[tuple[str, ...], tuple[float, ...]]

COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "headline",
    "offers",
    "needs",
    "values",
    "roles_offered",
    "roles_sought",
    "commitment",
    "available_from",
    "location",
    "utc_offset",
    "languages",
    "stage",
    "visibility",
    "consent",
    "email",
)
LIST_COLUMNS: tuple[str, ...] = ("roles_offered", "roles_sought", "languages")
ROLES: tuple[str, ...] = (
    "tech",
    "product",
    "design",
    "sales",
    "marketing",
    "finance",
    "operations",
    "legal",
    "domain",
)
COMMITMENTS: tuple[str, ...] = ("full-time", "part-time", "side-project")
STAGES: tuple[str, ...] = ("idea", "prototype", "revenue")
FIRST_DATE = date(2026, 11, 1)
LAST_DATE = date(2027, 6, 30)
PHRASES = Path(__file__).resolve().parent / "phrases"
TEXT_LANGS: tuple[str, ...] = ("fr", "en")  # one folder of phrase files each
_TEXT_FILES = ("industries", "specialities", "offers", "needs", "values", "headlines", "words")
_N_ANCHORS = 2  # the first offer clauses of each role name the speciality (skill)
_N_PROJECTS = 4  # projects per industry and language
_N_NUMBER_SETS = 60
_EMAIL_DOMAINS = ("example.org", "example.com", "example.net")


# --------------------------------------------------------------------------------------
# Text helpers. French grammatical gender: "[m|f]" markers are resolved once, at load.
# --------------------------------------------------------------------------------------
_GENDER_RE = re.compile(r"\[([^\[\]|]*)\|([^\[\]|]*)\]")


def _gendered(text: str) -> tuple[str, str]:
    return _GENDER_RE.sub(r"\1", text), _GENDER_RE.sub(r"\2", text)


def _gpool(templates: Sequence[str]) -> GPool:
    pairs = [_gendered(t) for t in templates]
    return [m for m, _ in pairs], [f for _, f in pairs]


def _period(text: str) -> str:
    return text if text[-1] in ".!?»" else text + "."


def _de(word: str) -> str:
    """French "de" with elision: ``de Python``, ``d'API``, ``d'hôtellerie``."""
    return ("d'" if word[:1].lower() in "aeiouyéèêàâîôûh" else "de ") + word


def _fr_de_np(np: str) -> str:
    """French "de" + noun phrase with its article: ``des``, ``du``, ``de la``, ``de l'``."""
    if np.startswith("les "):
        return "des " + np[4:]
    if np.startswith("le "):
        return "du " + np[3:]
    if np.startswith("des "):
        return "de " + np[4:]
    return "de " + np


def _fr_a_np(np: str) -> str:
    """French "à" + noun phrase with its article: ``aux``, ``au``, ``à la``, ``à l'``."""
    if np.startswith("les "):
        return "aux " + np[4:]
    if np.startswith("le "):
        return "au " + np[3:]
    return "à " + np


def _a_an(noun: str) -> str:
    low = noun[0].lower() + noun[1:]
    return ("an " if low[0] in "aeiou" else "a ") + low


def _mix(spec: str) -> list[tuple[str, int]]:
    """``"fr:62 mg:12"`` -> ``[("fr", 62), ("mg", 12)]`` (weights as written in the files)."""
    return [(k, int(w)) for k, w in (item.split(":") for item in spec.split())]


def _table(items: Sequence[tuple[str, int]]) -> Table:
    return tuple(n for n, _ in items), tuple(float(c) for c in accumulate(w for _, w in items))


class _Rng(random.Random):
    """``random.Random`` plus picks that cost a single ``random()`` call."""

    def below(self, n: int) -> int:
        return int(self.random() * n)

    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self.random() * len(seq))]

    def between(self, lo: int, hi: int) -> int:
        return lo + int(self.random() * (hi - lo + 1))

    def distinct(self, n: int, k: int) -> list[int]:
        """``k`` (0, 1 or 2) distinct indices in ``range(n)``."""
        if k <= 0 or n <= 0:
            return []
        i = int(self.random() * n)
        if k == 1 or n == 1:
            return [i]
        return [i, (i + 1 + int(self.random() * (n - 1))) % n]

    def weighted(self, table: Table) -> str:
        names, cum = table
        return names[bisect_right(cum, self.random() * cum[-1])]


# --------------------------------------------------------------------------------------
# Phrase files, read once and resolved into ready-to-format pools.
# --------------------------------------------------------------------------------------
def _load(name: str) -> Any:
    return json.loads((PHRASES / f"{name}.json").read_text("utf-8"))


def _check_parallel(what: str, by_lang: dict[str, Sequence[Any]], size: int = 0) -> None:
    """Lists picked by one index for every language must have the same length."""
    sizes = {lang: len(items) for lang, items in by_lang.items()}
    if len(set(sizes.values())) > 1 or (size and set(sizes.values()) != {size}):
        expected = f"{size} entries each" if size else "the same number of entries"
        raise ValueError(
            f"data/phrases/<lang>/{what}: lengths {sizes}; these lists are parallel "
            f"(same index, same meaning): give every language {expected}"
        )


_NAMES: dict[str, dict[str, Any]] = _load("names")
_CITIES: list[dict[str, Any]] = _load("places")
_PEOPLE: dict[str, Any] = _load("people")
_TEXTS: dict[str, dict[str, Any]] = {
    lang: {name: _load(f"{lang}/{name}") for name in _TEXT_FILES} for lang in TEXT_LANGS
}
INDUSTRIES: tuple[str, ...] = tuple(_PEOPLE["industries"])
_SPEC_KEYS = {r: tuple(s["key"] for s in specs) for r, specs in _PEOPLE["specialities"].items()}


def _spec_pool(role: str, key: str, tools: list[str]) -> dict[str, Any]:
    sp = {lang: _TEXTS[lang]["specialities"][role][key] for lang in TEXT_LANGS}
    _check_parallel(
        f"specialities.json: {role}.{key}.titles", {k: v["titles"] for k, v in sp.items()}
    )
    static: dict[str, tuple[list[Slots], list[Slots]]] = {}
    for lang, s in sp.items():
        skill = s["skill"]
        by_gender: tuple[list[Slots], list[Slots]] = ([], [])
        for title in s["titles"]:
            for slots, gtitle in zip(by_gender, _gendered(title), strict=True):
                slots.append(
                    {
                        "title": gtitle,
                        "a_title": _a_an(gtitle),
                        "skill": skill,
                        "de_skill": _fr_de_np(skill) if lang == "fr" else skill,
                        "need": s["need"],
                    }
                )
        static[lang] = by_gender
    kw = list(tools)
    for filler in ("Excel", "Notion", "Slack"):
        if len(kw) < 3 and filler not in kw:
            kw.append(filler)
    return {
        "static": static,
        "hl": {
            lang: [(h, _de(h) if lang == "fr" else h) for h in s["expertise"]]
            for lang, s in sp.items()
        },
        "kw3": list(permutations(kw, 3)),
        "n_titles": len(sp["en"]["titles"]),
        "title_en": sp["en"]["titles"],
    }


def _industry_pool(key: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for lang in TEXT_LANGS:
        ind = _TEXTS[lang]["industries"][key]
        buyers, users = ind["buyers"], ind["users"]
        out[lang] = {
            "industry": ind["name"],
            "in_industry": ind["in"],
            "buyers": buyers,
            "buyers_a": _fr_a_np(buyers) if lang == "fr" else buyers,
            "users": users,
            "users_de": _fr_de_np(users) if lang == "fr" else users,
        }
        out[lang + "_projects"] = ind["projects"]
    _check_parallel(
        f"industries.json: {key}.projects",
        {lg: out[lg + "_projects"] for lg in TEXT_LANGS},
        _N_PROJECTS,
    )
    return out


def _by_lang(path: tuple[str, ...]) -> dict[str, Any]:
    """``{lang: phrase file content at path}``, e.g. ``("offers", "clauses", "tech")``."""
    out = {}
    for lang in TEXT_LANGS:
        node: Any = _TEXTS[lang]
        for step in path:
            node = node[step]
        out[lang] = node
    return out


_OFFERS = {r: _by_lang(("offers", "clauses", r)) for r in ROLES}
_NEEDS = {r: _by_lang(("needs", "roles", r)) for r in ROLES}
_VALUES = {
    (theme, pole): _by_lang(("values", "themes", theme, pole))
    for theme, poles in _TEXTS["en"]["values"]["themes"].items()
    for pole in poles
}
for _key, _pools in _VALUES.items():  # a designed pair's B takes A's sentence number
    _check_parallel(f"values.json: themes.{'.'.join(_key)}", _pools)
_check_parallel("words.json: companies", _by_lang(("words", "companies")))
# Offer clauses all start with a capital (or a number, or a title) and get their full stop
# here, once.
_OFF = {
    r: {lg: _gpool([_period(t) for t in ts]) for lg, ts in d.items()} for r, d in _OFFERS.items()
}
_CONTEXT_POOL = {
    s: {lg: [_period(t) for t in ts] for lg, ts in _by_lang(("offers", "context", s)).items()}
    for s in STAGES
}
_NEED_POOL = {r: {lg: _gpool(t) for lg, t in d.items()} for r, d in _NEEDS.items()}
_VALUE_POOL = {k: {lg: _gpool(t) for lg, t in d.items()} for k, d in _VALUES.items()}
_HEADLINE_POOL = {lg: _gpool(_TEXTS[lg]["headlines"]) for lg in TEXT_LANGS}
_FRANGLAIS = {f: _TEXTS["fr"][f]["franglais"] for f in ("offers", "needs", "values")}
_FRANGLAIS_POOL = {r: _gpool([_period(t) for t in ts]) for r, ts in _FRANGLAIS["offers"].items()}
_COMMIT_POOL = {
    c: {
        lg: (_gendered(t["dated"]), _gendered(t["undated"]))
        for lg, t in _by_lang(("values", "commitment", c)).items()
    }
    for c in COMMITMENTS
}
_SPEC_POOL = {
    r: {s["key"]: _spec_pool(r, s["key"], s["tools"]) for s in specs}
    for r, specs in _PEOPLE["specialities"].items()
}
_IND_POOL = {k: _industry_pool(k) for k in INDUSTRIES}
_LANG_OF_ORIGIN = {k: v["language"] for k, v in _NAMES.items()}
_NUMBER_SLOTS = {
    lang: [
        {key: vals[k % len(vals)] for key, vals in _TEXTS[lang]["words"]["numbers"].items()}
        for k in range(_N_NUMBER_SETS)
    ]
    for lang in TEXT_LANGS
}
_N_COMPANIES = len(_TEXTS["en"]["words"]["companies"])

# Sampling tables: weights as written in people.json and places.json ("fr:62 mg:12").
_W = {k: _table(_mix(w)) for k, w in _PEOPLE["weights"].items()}
_ORIGIN_GROUPS = {k: _table(_mix(w)) for k, w in _PEOPLE["origin_groups"].items()}
_SEEK = {r: _mix(w) for r, w in _PEOPLE["seek"].items()}
_SECOND_OFFER: dict[str, list[str]] = _PEOPLE["second_offer"]
_COMPATIBLE: dict[str, list[str]] = _PEOPLE["compatible_commitment"]
_THEME_POLES = {t["theme"]: t["poles"] for t in _PEOPLE["themes"]}
_THEMES = tuple(_THEME_POLES)
_CITY_BY_NAME = {c["city"]: i for i, c in enumerate(_CITIES)}
_CITY_TABLES = {
    kind: _table([(c["city"], c["weight"]) for c in _CITIES if c["kind"] == kind])
    for kind in ("fr", "en")  # a city's kind: the language most people there write in
}
_ORIGIN_TABLES = [_table(_mix(c["origins"])) for c in _CITIES]
_DATES = [
    date.fromordinal(d).isoformat()
    for d in range(FIRST_DATE.toordinal(), LAST_DATE.toordinal() + 1)
]


def _archetype_side(specs: list[str]) -> list[tuple[str, str | None]]:
    """``["tech/backend", "domain"]`` -> ``[("tech", "backend"), ("domain", None)]``."""
    return [(role, key or None) for role, _, key in (s.partition("/") for s in specs)]


# Designed pairs: (A's offers, B's offers, industries or None for any). A seeks B's roles and
# B seeks A's. A speciality of None means "any speciality of that role".
_ARCHETYPES = [
    (_archetype_side(a["a"]), _archetype_side(a["b"]), a["industries"]) for a in _load("archetypes")
]


# --------------------------------------------------------------------------------------
# Persona sampling. A persona is the hidden truth behind a profile (language of each
# text, specialities, values); the profile is its rendering.
# --------------------------------------------------------------------------------------
def _pick_city(rng: _Rng, mode: str) -> int:
    r = rng.random()
    if mode == "fr":
        kind = "fr" if r < 0.92 else "en"
    elif mode == "en":
        kind = "en" if r < 0.88 else "fr"
    else:
        kind = "fr" if r < 0.7 else "en"
    return _CITY_BY_NAME[rng.weighted(_CITY_TABLES[kind])]


def _pick_origin(rng: _Rng, city: int, mode: str) -> str:
    kind = _CITIES[city]["kind"]
    if mode == "fr" and kind == "en" and rng.random() < 0.8:
        origin = rng.weighted(_W["expat_fr"])
    elif mode == "en" and kind == "fr" and rng.random() < 0.8:
        origin = rng.weighted(_W["expat_en"])
    else:
        origin = rng.weighted(_ORIGIN_TABLES[city])
    if origin in _ORIGIN_GROUPS:  # "ea" (East Asia), "af" (Anglophone Africa)
        origin = rng.weighted(_ORIGIN_GROUPS[origin])
    return origin


def _languages(rng: _Rng, mode: str, city: int, origin: str, need_en: bool) -> list[str]:
    kind, local = _CITIES[city]["kind"], _CITIES[city]["language"]
    if mode == "fr":
        langs = ["fr"]
        if need_en or kind == "en" or rng.random() < 0.55:
            langs.append("en")
    elif mode == "en":
        langs = ["en"]
        if kind == "fr" and rng.random() < 0.6:
            langs.append("fr")
    else:
        langs = ["fr", "en"] if rng.random() < 0.6 else ["en", "fr"]
    extra = _LANG_OF_ORIGIN[origin]
    if extra == "wo" and local != "wo" and rng.random() < 0.6:
        extra = ""
    for lg in (extra, local):
        if lg and lg not in langs and len(langs) < 3 and rng.random() < 0.75:
            langs.append(lg)
    if mode == "en" and "fr" not in langs and len(langs) < 3 and rng.random() < 0.12:
        langs.append("fr")
    return langs


def _pick_themes(rng: _Rng) -> list[tuple[str, str]]:
    themes = [("mode", rng.weighted(_W["work_mode"]))]
    picked = [_THEMES[i] for i in rng.distinct(len(_THEMES), 1 if rng.random() < 1 / 3 else 2)]
    for theme in picked:
        pole = rng.pick(_THEME_POLES[theme])
        if theme == "pace" and "family" in picked:
            pole = "sustainable"  # family constraints and crunch weeks do not go together
        themes.append((theme, pole))
    return themes


def _text_langs(rng: _Rng, mode: str) -> dict[str, str]:
    if mode in ("fr", "en"):
        return {"headline": mode, "offers": mode, "needs": mode, "values": mode}
    offers, needs = rng.pick((("fr", "en"), ("en", "fr"), ("fr", "fr"), ("en", "en")))
    values = ("en" if offers == "fr" else "fr") if offers == needs else rng.pick(("fr", "en"))
    headline = "en" if rng.random() < 0.5 else offers
    return {"headline": headline, "offers": offers, "needs": needs, "values": values}


def _spec_for(rng: _Rng, role: str, industry: str) -> str:
    return industry if role == "domain" else rng.pick(_SPEC_KEYS[role])


def _seek_tables() -> dict[tuple[str, ...], tuple[Table, dict[str, Table]]]:
    """For each possible offered-roles list: the table of the first sought role, then
    for each first choice the table of a second one."""
    out: dict[tuple[str, ...], tuple[Table, dict[str, Table]]] = {}
    for primary, seeks in _SEEK.items():
        for offered in [(primary,)] + [(primary, s) for s in _SECOND_OFFER[primary]]:
            candidates = [(r, w) for r, w in seeks if r not in offered]
            rest = {
                first: _table([(r, w) for r, w in candidates if r != first])
                for first, _ in candidates
            }
            out[offered] = (_table(candidates), rest)
    return out


_SEEK_TABLES = _seek_tables()


def _random_roles(rng: _Rng) -> tuple[list[str], list[str]]:
    primary = rng.weighted(_W["primary_role"])
    offered = [primary]
    if rng.random() < 0.25:
        offered.append(rng.pick(_SECOND_OFFER[primary]))
    first_table, rest = _SEEK_TABLES[tuple(offered)]
    first = rng.weighted(first_table)
    sought = [first]
    if rng.random() < 0.4 and rest[first][0]:
        sought.append(rng.weighted(rest[first]))
    return offered, sought


def _base_persona(
    rng: _Rng,
    mode: str,
    *,
    city: int | None = None,
    need_en: bool = False,
    industry: str | None = None,
) -> Persona:
    if city is None:
        city = _pick_city(rng, mode)
    origin = _pick_origin(rng, city, mode)
    rnd = rng.random  # hot path: plain float draws, indexed by hand
    gender = int(rnd() * 2)
    names = _NAMES[origin]
    firsts, last = names["female" if gender else "male"], names["last"]
    avail = _DATES[int(rnd() * len(_DATES))] if rnd() < 0.85 else ""
    r = rnd()
    visibility = (
        "public" if r < 0.80 else "members" if r < 0.92 else "event-only" if r < 0.97 else "private"
    )
    return {
        "mode": mode,
        "city": city,
        "g": gender,
        "first": firsts[int(rnd() * len(firsts))],
        "last": last[int(rnd() * len(last))],
        "langs": _languages(rng, mode, city, origin, need_en),
        "industry": industry or INDUSTRIES[int(rnd() * len(INDUSTRIES))],
        "project": int(rnd() * _N_PROJECTS),
        "stage": rng.weighted(_W["stage"]),
        "commitment": rng.weighted(_W["commitment"]),
        "avail": avail,
        "themes": _pick_themes(rng),
        "visibility": visibility,
        "consent": rnd() < 0.95,
        "tl": _text_langs(rng, mode),
        "company": int(rnd() * _N_COMPANIES),
        "title_idx": int(rnd() * 2),
        "forced_need": False,
        "context": True,
    }


def _random_persona(rng: _Rng) -> Persona:
    p = _base_persona(rng, rng.weighted(_W["mode"]))
    offered, sought = _random_roles(rng)
    p["roles_off"] = offered
    p["specs_off"] = [_spec_for(rng, r, p["industry"]) for r in offered]
    p["roles_seek"] = sought
    p["specs_seek"] = [_spec_for(rng, r, p["industry"]) for r in sought]
    return p


def _pair_personas(rng: _Rng, i: int) -> tuple[Persona, Persona, bool]:
    """Build the two personas of designed pair number ``i`` (A first)."""
    a_off, b_off, industries = _ARCHETYPES[i] if i < len(_ARCHETYPES) else rng.pick(_ARCHETYPES)
    if i >= len(_ARCHETYPES) and rng.random() < 0.5:
        a_off, b_off = b_off, a_off
    industry = rng.pick(industries) if industries else rng.pick(INDUSTRIES)

    cross = i % 3 == 1
    if i == 0:
        mode_a = mode_b = "fr"
    elif cross:
        mode_a, mode_b = "fr", "en"
    elif i == 2:
        mode_a = mode_b = "en"
    else:
        mode_a = rng.weighted(_W["mode"])
        if rng.random() < 0.75:
            mode_b = mode_a
        else:
            mode_b = "mixed" if mode_a != "mixed" else rng.pick(("fr", "en"))
    # The showcase pair (the brief's own example) lives where West African distribution is
    # at home.
    city_a = _CITY_BY_NAME[rng.pick(("Dakar", "Abidjan", "Paris"))] if i == 0 else None
    a = _base_persona(rng, mode_a, city=city_a, need_en=cross, industry=industry)
    utc_a = _CITIES[a["city"]]["utc_offset"]
    city_b = a["city"]
    if rng.random() >= 0.35:
        for _ in range(30):
            c = _pick_city(rng, mode_b)
            if abs(_CITIES[c]["utc_offset"] - utc_a) <= 6:
                city_b = c
                break
    b = _base_persona(rng, mode_b, city=city_b, industry=industry)

    def fill(spec_list: list[tuple[str, str | None]]) -> tuple[list[str], list[str]]:
        return [r for r, _ in spec_list], [s or _spec_for(rng, r, industry) for r, s in spec_list]

    a["roles_off"], a["specs_off"] = fill(a_off)
    b["roles_off"], b["specs_off"] = fill(b_off)
    a["roles_seek"], a["specs_seek"] = list(b["roles_off"]), list(b["specs_off"])
    b["roles_seek"], b["specs_seek"] = list(a["roles_off"]), list(a["specs_off"])
    b["themes"] = list(a["themes"])
    # Same values, different wording: B never reuses A's sentence for a theme.
    sizes = [len(_VALUES[t]["en"]) for t in a["themes"]]
    a["vvar"] = [rng.below(k) for k in sizes]
    b["vvar"] = [
        (v + 1 + rng.below(k - 1)) % k if k > 1 else v
        for v, k in zip(a["vvar"], sizes, strict=True)
    ]
    # One project per pair: B joins A's project rather than pitching another one.
    b["stage"] = a["stage"]
    b["context"] = False
    b["commitment"] = rng.pick(_COMPATIBLE[a["commitment"]])
    if a["avail"] and b["avail"] and rng.random() < 0.5:
        b["avail"] = a["avail"]
    for p in (a, b):
        p["visibility"] = "public"
        p["consent"] = True
        p["forced_need"] = True
    return a, b, cross


# --------------------------------------------------------------------------------------
# Rendering.
# --------------------------------------------------------------------------------------
def _lang_slots(p: Persona, lang: str) -> Slots:
    ind = _IND_POOL[p["industry"]]
    company = _TEXTS[lang]["words"]["companies"][p["company"]]
    slots: Slots = {
        **ind[lang],
        "years": str(p["years"]),
        "team": str(p["team"]),
        "n": str(p["n"]),
        "pilots": str(p["pilots"]),
        "pct": str(p["pct"]),
        "cities_n": str(p["cities_n"]),
        "city": _CITIES[p["city"]]["city"],
        "company": company[0],
        "company_short": company[1],
        "project": ind[lang + "_projects"][p["project"]],
    }
    slots.update(_NUMBER_SLOTS[lang][p["numbers"]])
    return slots


def _spec_slots(rng: _Rng, p: Persona, role: str, key: str, base: Slots, lang: str) -> Slots:
    """``base`` (the language slots) plus the slots of one speciality."""
    sp = _SPEC_POOL[role][key]
    s = base.copy()
    s.update(sp["static"][lang][p["g"]][p["title_idx"] % sp["n_titles"]])
    hls, kws = sp["hl"][lang], sp["kw3"]
    rnd = rng.random
    s["hl"], s["de_hl"] = hls[int(rnd() * len(hls))]
    s["kw1"], s["kw2"], s["kw3"] = kws[int(rnd() * len(kws))]
    return s


def _join(parts: list[str], limit: int, keep: int) -> str:
    """Join sentences, dropping the last ones while the text is longer than ``limit``."""
    text = " ".join(parts)
    while len(text) > limit and len(parts) > keep:
        parts.pop()
        text = " ".join(parts)
    return text


def _headline(rng: _Rng, p: Persona, slots: dict[str, Slots]) -> str:
    lang = p["tl"]["headline"]
    s = _spec_slots(rng, p, p["roles_off"][0], p["specs_off"][0], slots[lang], lang)
    pool = _HEADLINE_POOL[lang][p["g"]]
    for _ in range(4):
        t = rng.below(len(pool))
        if p["roles_off"][0] == "domain" and t in (2, 5):
            continue  # "Nurse in healthcare" says the same thing twice
        text = pool[t].format_map(s)
        if len(text) <= 120:
            return text
    return s["title"]


def _offers(rng: _Rng, p: Persona, slots: dict[str, Slots]) -> str:
    lang = p["tl"]["offers"]
    g = p["g"]
    roles = p["roles_off"]
    clauses: list[str] = []
    for j, (role, key) in enumerate(zip(roles, p["specs_off"], strict=True)):
        s = _spec_slots(rng, p, role, key, slots[lang], lang)
        if j > 0:
            s["years"] = str(rng.between(2, max(2, p["years"] - 1)))
        pool = _OFF[role][lang][g]
        clauses.append(pool[rng.below(_N_ANCHORS)].format_map(s))
        if len(roles) == 1:
            n_more = 1 if rng.random() < 0.75 else 2
        else:
            n_more = 1 if j == 0 and rng.random() < 0.3 else 0
        for t in rng.distinct(len(pool) - _N_ANCHORS, n_more):
            clauses.append(pool[_N_ANCHORS + t].format_map(s))
    if lang == "fr" and p["mode"] == "mixed" and rng.random() < 0.6:
        clauses.append(rng.pick(_FRANGLAIS_POOL[roles[0]][g]))
    with_context = p["context"] and (len(clauses) < 2 or rng.random() < 0.55)
    if len(clauses) < 4 and with_context:
        clauses.append(rng.pick(_CONTEXT_POOL[p["stage"]][lang]).format_map(slots[lang]))
    return _join(clauses, 600, keep=2)


def _needs(rng: _Rng, p: Persona, slots: dict[str, Slots]) -> str:
    lang = p["tl"]["needs"]
    texts = _TEXTS[lang]["needs"]
    parts: list[str] = []
    for role, key in zip(p["roles_seek"], p["specs_seek"], strict=True):
        s = _spec_slots(rng, p, role, key, slots[lang], lang)
        pool = _NEED_POOL[role][lang][p["g"]]
        t = 0 if p["forced_need"] or rng.random() < 0.5 else 1 + rng.below(len(pool) - 1)
        parts.append(pool[t].format_map(s))
    x = parts[0]
    if len(parts) > 1:
        x += rng.pick(texts["connectors"]) + parts[1]
        if lang == "fr":
            x = x.replace(" que un", " qu'un").replace(" que une", " qu'une")
    first = rng.pick(texts["openers"]).replace("{x}", x)
    sentences = [first[0].upper() + first[1:]]
    kinds = (p["commitment"], "industry", p["themes"][0][1], p["stage"])
    buyers = slots[lang]["buyers"]
    for k in rng.distinct(len(kinds), rng.pick((0, 1, 1, 2))):
        extra = rng.pick(texts["extras"][kinds[k]]).format_map(slots[lang])
        if not (buyers in extra and buyers in x):
            sentences.append(extra)
    if lang == "fr" and p["mode"] == "mixed" and rng.random() < 0.5:
        sentences.append(rng.pick(_FRANGLAIS["needs"]))
    return _join(sentences, 500, keep=1)


def _values(rng: _Rng, p: Persona) -> str:
    lang = p["tl"]["values"]
    g = p["g"]
    pools = [_VALUE_POOL[theme][lang][g] for theme in p["themes"]]
    if "vvar" in p:
        sentences = [pool[v] for pool, v in zip(pools, p["vvar"], strict=True)]
    else:
        sentences = [rng.pick(pool) for pool in pools]
    if len(sentences) < 3 and rng.random() < 0.5:
        with_date, without = _COMMIT_POOL[p["commitment"]][lang]
        if p["avail"]:
            months = _TEXTS[lang]["words"]["months"]
            month = f"{months[int(p['avail'][5:7]) - 1]} {p['avail'][:4]}"
            sentences.append(with_date[g].format(month=month, de_month=_de(month)))
        else:
            sentences.append(without[g])
    elif len(sentences) < 3 and lang == "fr" and p["mode"] == "mixed":
        sentences.append(rng.pick(_FRANGLAIS["values"]))
    return _join(sentences, 400, keep=1)


@lru_cache(maxsize=4096)
def _email_local(first: str, last: str) -> str:
    raw = f"{first}.{last}".replace("'", "")
    ascii_ = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9.]+", "-", ascii_).strip("-")


def _render(rng: _Rng, p: Persona, pid: str) -> Profile:
    rnd = rng.random
    p["years"] = 3 + int(rnd() * 16)  # 3..18
    p["team"] = 3 + int(rnd() * 23)  # 3..25
    p["n"] = 12 + int(rnd() * 49)  # 12..60
    p["pilots"] = 2 + int(rnd() * 8)  # 2..9
    p["pct"] = 105 + int(rnd() * 56)  # 105..160
    p["cities_n"] = 3 + int(rnd() * 10)  # 3..12
    p["numbers"] = int(rnd() * _N_NUMBER_SETS)
    tl = p["tl"]
    slots = {lg: _lang_slots(p, lg) for lg in TEXT_LANGS if lg in tl.values()}
    city = _CITIES[p["city"]]
    return {
        "id": pid,
        "name": f"{p['first']} {p['last']}",
        "headline": _headline(rng, p, slots),
        "offers": _offers(rng, p, slots),
        "needs": _needs(rng, p, slots),
        "values": _values(rng, p),
        "roles_offered": list(p["roles_off"]),
        "roles_sought": list(p["roles_seek"]),
        "commitment": p["commitment"],
        "available_from": p["avail"],
        "location": f"{city['city']}, {city['country']}",
        "utc_offset": float(city["utc_offset"]),
        "languages": list(p["langs"]),
        "stage": p["stage"],
        "visibility": p["visibility"],
        "consent": p["consent"],
        "email": "",
    }


def _why(a: Persona, b: Persona, cross: bool) -> str:
    def label(p: Persona) -> str:
        sp = _SPEC_POOL[p["roles_off"][0]][p["specs_off"][0]]
        title = sp["title_en"][p["title_idx"] % sp["n_titles"]]
        return f"{title} ({p['first']}) seeking {' + '.join(p['roles_seek'])}"

    common = [lg for lg in a["langs"] if lg in b["langs"]]
    themes = ", ".join(_PEOPLE["labels"][theme][pole] for theme, pole in a["themes"])
    text = (
        f"{label(a)} <-> {label(b)}; each offers what the other seeks, both "
        f"{_IND_POOL[a['industry']]['en']['in_industry']}. Shared values: {themes}. "
        f"Common language: {', '.join(common)}."
    )
    if cross:
        text += " Cross-lingual: A writes in French, B in English."
    return text


def _n_pairs(n: int) -> int:
    return max(min(48, n // 5), n // 50)


def _generate(n: int, seed: int) -> tuple[list[Profile], list[tuple[str, str]], list[str]]:
    if n < 0:
        raise ValueError(f"generate: n must be >= 0, got {n}; pass the number of profiles")
    rng = _Rng(seed)
    width = max(4, len(str(n)))
    n_pairs = _n_pairs(n)

    # Place pair members at random, non-adjacent positions.
    used: set[int] = set()
    positions: list[tuple[int, int]] = []
    for _ in range(n_pairs):
        pos_a = rng.below(n)
        while pos_a in used:
            pos_a = rng.below(n)
        used.add(pos_a)
        pos_b = rng.below(n)
        while pos_b in used or abs(pos_b - pos_a) <= 1:
            pos_b = rng.below(n)
        used.add(pos_b)
        positions.append((pos_a, pos_b))

    personas: list[Persona | None] = [None] * n
    whys: list[str] = []
    for i, (pos_a, pos_b) in enumerate(positions):
        a, b, cross = _pair_personas(rng, i)
        personas[pos_a], personas[pos_b] = a, b
        whys.append(_why(a, b, cross))

    profiles: list[Profile] = []
    seen: dict[str, int] = {}
    for idx in range(n):
        p = personas[idx] or _random_persona(rng)
        prof = _render(rng, p, f"p{idx + 1:0{width}d}")
        local = _email_local(p["first"], p["last"])
        count = seen.get(local, 0) + 1
        seen[local] = count
        if count > 1:
            local = f"{local}{count}"
        prof["email"] = f"{local}@{rng.pick(_EMAIL_DOMAINS)}"
        profiles.append(prof)

    pairs = [(profiles[a]["id"], profiles[b]["id"]) for a, b in positions]
    return profiles, pairs, whys


def generate(n: int = 360, seed: int = 7) -> tuple[list[Profile], list[tuple[str, str]]]:
    """Generate ``n`` synthetic profiles and the designed complementary pairs among them.

    Parameters
    ----------
    n : int
        Number of profiles (ids ``p0001``, ``p0002``, ...).
    seed : int
        Seed of the private random generator; the same seed gives the same output.

    Returns
    -------
    profiles : list of dict
        One dict per profile, with the keys of :data:`COLUMNS`.
    pairs : list of (str, str)
        Ids ``(a, b)`` of the designed complementary pairs: ``min(48, n // 5)`` pairs, or
        ``n // 50`` for large ``n``. In every third pair (the 2nd, 5th, ...) A writes only
        in French and B only in English.

    Examples
    --------
    >>> profiles, pairs = generate(20, seed=1)
    >>> len(profiles), len(pairs), profiles[0]["id"]
    (20, 4, 'p0001')
    >>> generate(20, seed=1) == (profiles, pairs)
    True
    """
    profiles, pairs, _ = _generate(n, seed)
    return profiles, pairs


def _csv_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(value)
    return str(value)


def write(out: Path, n: int = 360, seed: int = 7) -> list[Path]:
    """Write ``profiles.json``, ``profiles.csv`` and ``pairs.json`` into ``out``.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     [p.name for p in write(Path(tmp), n=10)]
    ['profiles.json', 'profiles.csv', 'pairs.json']
    """
    profiles, pairs, whys = _generate(n, seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / "profiles.json", out / "profiles.csv", out / "pairs.json"]
    paths[0].write_text(json.dumps(profiles, ensure_ascii=False, indent=1) + "\n", "utf-8")
    with paths[1].open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(COLUMNS)
        for prof in profiles:
            writer.writerow([_csv_value(prof[c]) for c in COLUMNS])
    pair_rows = [{"a": a, "b": b, "why": w} for (a, b), w in zip(pairs, whys, strict=True)]
    paths[2].write_text(json.dumps(pair_rows, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python data/generate.py [--n 360] [--seed 7] [--out data]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=360, help="number of profiles (default 360)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent,
        help="output folder (default: the folder of this script)",
    )
    args = parser.parse_args(argv)
    for path in write(args.out, n=args.n, seed=args.seed):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
