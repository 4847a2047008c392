"""Authoring helpers for the held-out sets complementary_v2 to _v5 (standard library only).

The batches (``batch1.py``, ...) describe each pair with :func:`person` and :func:`pair`;
``bench/eval/build.py`` turns them into ``bench/eval/complementary_vN.json``.  Ids are
given here, from the pair number and the person's slot, so that no batch spells one.
"""

from __future__ import annotations

from typing import Any

Person = dict[str, Any]

#: the set being built (``build.py`` sets it before loading a set's batches): ids v{VERSION}pNNN
VERSION = 3

# slot of a person in its pair -> id suffix and distractor kind
SLOTS = {
    "a": ("a", None),
    "b": ("b", None),
    "twin": ("twin", "twin"),
    "twin2": ("twin2", "twin"),
    "one": ("one", "one-sided"),
    "trap": ("trap", "filter-trap"),
}


def person(
    name: str,
    offers: str,
    needs: str,
    values: str | None = None,
    *,
    headline: str | None = None,
    ro: tuple[str, ...] | list[str] = (),
    rs: tuple[str, ...] | list[str] = (),
    c: str = "full-time",
    tz: float = 0,
    langs: tuple[str, ...] | list[str] = ("en",),
    stage: str | None = None,
    loc: str | None = None,
    vis: str | None = None,
    consent: bool | None = None,
) -> Person:
    """One profile in the importer's format, without its id (given by :func:`pair`)."""
    out: Person = {"name": name, "offers": " ".join(offers.split())}
    out["needs"] = " ".join(needs.split())
    if values is not None:
        out["values"] = " ".join(values.split())
    if headline is not None:
        out["headline"] = headline
    out["roles_offered"] = list(ro)
    out["roles_sought"] = list(rs)
    out["commitment"] = c
    out["utc_offset"] = tz
    out["languages"] = list(langs)
    if stage is not None:
        out["stage"] = stage
    if loc is not None:
        out["location"] = loc
    if vis is not None:
        out["visibility"] = vis
    if consent is not None:
        out["consent"] = consent
    return out


def pair(
    n: int,
    lang: str,
    domain: str,
    why: str,
    *,
    a: Person,
    b: Person,
    twin: Person,
    one: Person,
    trap: Person,
    twin2: Person | None = None,
) -> dict[str, Any]:
    """One true pair with its distractors; the trap's filter follows the pair number.

    Pair n's filter trap fails ``TRAP_FILTERS[n % 5]`` with A (a fixed rotation).
    """
    pid = f"v{VERSION}p{n:03d}"
    people = {"a": a, "b": b, "twin": twin, "one": one, "trap": trap}
    if twin2 is not None:
        people["twin2"] = twin2
    profiles = []
    distractors = []
    for slot, who in people.items():
        suffix, kind = SLOTS[slot]
        pid_person = pid + suffix
        profiles.append({"id": pid_person, **who})
        if kind is not None:
            d: dict[str, str] = {"id": pid_person, "kind": kind}
            if kind == "filter-trap":
                d["filter"] = TRAP_FILTERS[n % 5]
            distractors.append(d)
    order = {"twin": 0, "one-sided": 1, "filter-trap": 2}
    distractors.sort(key=lambda d: (order[d["kind"]], d["id"]))
    return {
        "pair": {
            "id": pid,
            "a": pid + "a",
            "b": pid + "b",
            "language": lang,
            "domain": domain,
            "why": why,
            "distractors": distractors,
        },
        "profiles": profiles,
    }


TRAP_FILTERS = ("timezone", "language", "consent", "visibility", "commitment")
