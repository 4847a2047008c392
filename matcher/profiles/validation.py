"""Checking and converting profiles at the boundary: raw rows (CSV, JSON, API) in, :class:`Profile` out.

This is the one place where profile input is validated; the rest of the code
trusts a :class:`Profile`. Every problem becomes an :class:`InvalidInput` that
names the row, the field, the bad value and the fix. Parsing file *text* lives
here too (pure); opening files is the caller's business.

Columns (CSV header or JSON keys)
---------------------------------
===============  ========  ==================================================================
column           required  format
===============  ========  ==================================================================
id               yes       1-64 chars: lower-case letters, digits, ``-`` and ``_``
name             yes       display name, 1-80 chars
offers           yes       what the person brings, 1-2000 chars, any language
needs            yes       what the person looks for, 1-2000 chars
values           no        how the person works, 0-2000 chars
headline         no        0-160 chars
roles_offered    no        roles separated by ``;`` (CSV) or a list (JSON), from
                           tech, product, design, sales, marketing, finance, operations,
                           legal, domain
roles_sought     no        same format
commitment       no        full-time (default), part-time or side-project
available_from   no        ISO date ``YYYY-MM-DD``, 1950-01-01 to 2099-12-31
location         no        free text, 0-120 chars
utc_offset       no        hours from UTC, -12 to 14, in steps of 0.25 (default 0): a fixed
                           offset, for a profile without ``timezone``
timezone         no        an IANA time zone such as ``Europe/Paris`` (chosen by city): the
                           offset then follows daylight saving time
languages        no        ISO 639-1 codes separated by ``;`` (default ``en``)
stage            no        idea (default), prototype or revenue
visibility       no        public (default), members, event-only or private
consent          no        true (default) or false: may this person be suggested to others
email            no        contact address, shown only after an accepted introduction
industries       no        up to 5 short labels separated by ``;`` (e.g. ``health;energy``),
                           kept in lower case without accents (``Santé`` is ``sante``)
preferences      no        how much each criterion matters about the people suggested:
                           ``criterion=strength`` pairs separated by ``;`` (CSV) or an
                           object (JSON); criteria roles, commitment, languages, timezone,
                           stage, industry; strengths must, nice, any (defaults: commitment,
                           languages and timezone must, the others any)
===============  ========  ==================================================================
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import fields, replace
from enum import StrEnum
from functools import cache
from typing import Any, TypeVar

from matcher.addresses import MAX_ADDRESS, address_fix, address_problem
from matcher.csvio import read_csv
from matcher.errors import (
    ControlCharacter,
    InvalidInput,
    TooLong,
    blank,
    control_character,
    read_json,
)
from matcher.ids import PSEUDONYM_PREFIX, id_problem, suggest_id
from matcher.profiles.columns import (
    COLUMNS,
    REQUIRED,
    column_fields,
    columns_language,
    missing_columns,
    profile_row,
)
from matcher.profiles.model import (
    CRITERIA,
    Commitment,
    Preferences,
    Profile,
    Role,
    Stage,
    Strength,
    Visibility,
    industry_label,
    is_zone,
    role_named,
)

__all__ = [
    "AVAILABLE_FROM",
    "LIMITS",
    "MAX_UTC_OFFSET",
    "MIN_UTC_OFFSET",
    "check_profile",
    "check_rows",
    "merge_profile",
    "parse_csv",
    "parse_json",
    "profile_errors",
    "profile_to_dict",
    "read_profile_csv",
]


#: A fixed offset from UTC, in hours: the lowest and the highest (steps of 0.25).
#: the days an ``available_from`` may name: fixed days (a profile valid today stays valid),
#: wide enough for any real start; outside them the date is a typo
AVAILABLE_FROM = (dt.date(1950, 1, 1), dt.date(2099, 12, 31))
MIN_UTC_OFFSET = -12
MAX_UTC_OFFSET = 14

#: The texts shown on one line (in lists, e-mail subjects, badges): no line break or tab,
#: as an account's name. The free texts (offers, needs, values) may have them.
ONE_LINE = frozenset({"id", "name", "headline", "location", "email", "industry"})

#: Length limits (characters, or items for lists).
LIMITS = {
    "id": 64,
    "name": 80,
    "headline": 160,
    "offers": 2000,
    "needs": 2000,
    "values": 2000,
    "location": 120,
    "email": MAX_ADDRESS,
    "languages": 10,
    "industries": 5,
    "industry": 40,
}

_INDUSTRY = re.compile(r"^[a-z0-9][a-z0-9 &+/-]*$")
_ISO_639_1 = frozenset(
    [
        "aa",
        "ab",
        "ae",
        "af",
        "ak",
        "am",
        "an",
        "ar",
        "as",
        "av",
        "ay",
        "az",
        "ba",
        "be",
        "bg",
        "bh",
        "bi",
        "bm",
        "bn",
        "bo",
        "br",
        "bs",
        "ca",
        "ce",
        "ch",
        "co",
        "cr",
        "cs",
        "cu",
        "cv",
        "cy",
        "da",
        "de",
        "dv",
        "dz",
        "ee",
        "el",
        "en",
        "eo",
        "es",
        "et",
        "eu",
        "fa",
        "ff",
        "fi",
        "fj",
        "fo",
        "fr",
        "fy",
        "ga",
        "gd",
        "gl",
        "gn",
        "gu",
        "gv",
        "ha",
        "he",
        "hi",
        "ho",
        "hr",
        "ht",
        "hu",
        "hy",
        "hz",
        "ia",
        "id",
        "ie",
        "ig",
        "ii",
        "ik",
        "io",
        "is",
        "it",
        "iu",
        "ja",
        "jv",
        "ka",
        "kg",
        "ki",
        "kj",
        "kk",
        "kl",
        "km",
        "kn",
        "ko",
        "kr",
        "ks",
        "ku",
        "kv",
        "kw",
        "ky",
        "la",
        "lb",
        "lg",
        "li",
        "ln",
        "lo",
        "lt",
        "lu",
        "lv",
        "mg",
        "mh",
        "mi",
        "mk",
        "ml",
        "mn",
        "mr",
        "ms",
        "mt",
        "my",
        "na",
        "nb",
        "nd",
        "ne",
        "ng",
        "nl",
        "nn",
        "no",
        "nr",
        "nv",
        "ny",
        "oc",
        "oj",
        "om",
        "or",
        "os",
        "pa",
        "pi",
        "pl",
        "ps",
        "pt",
        "qu",
        "rm",
        "rn",
        "ro",
        "ru",
        "rw",
        "sa",
        "sc",
        "sd",
        "se",
        "sg",
        "si",
        "sk",
        "sl",
        "sm",
        "sn",
        "so",
        "sq",
        "sr",
        "ss",
        "st",
        "su",
        "sv",
        "sw",
        "ta",
        "te",
        "tg",
        "th",
        "ti",
        "tk",
        "tl",
        "tn",
        "to",
        "tr",
        "ts",
        "tt",
        "tw",
        "ty",
        "ug",
        "uk",
        "ur",
        "uz",
        "ve",
        "vi",
        "vo",
        "wa",
        "wo",
        "xh",
        "yi",
        "yo",
        "za",
        "zh",
        "zu",
    ]
)
_TRUE = {"true", "yes", "1", "oui", "y"}
_FALSE = {"false", "no", "0", "non", "n"}


def _role(word: str) -> Role:
    """The role of a word :func:`profile_errors` accepted (``Role(word)`` raises otherwise)."""
    return role_named(word) or Role(word)


@cache
def _values(enum: type[StrEnum]) -> frozenset[str]:
    """The values of a string enum (``Role``, ``Commitment``...), computed once per enum."""
    return frozenset(m.value for m in enum)


def _where(row: int | str | None, raw: Mapping[str, Any]) -> str:
    rid = raw.get("id")
    parts = []
    if row is not None:
        parts.append(f"row {row}")
    if rid not in (None, ""):
        parts.append(f"id {str(rid)!r}")
    return (" ".join(parts) + ": ") if parts else ""


def _as_list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in re.split(r"[;,|]", value) if v.strip()]
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    raise TypeError(value)


def profile_errors(
    raw: Mapping[str, Any], *, row: int | str | None = None, where: str | None = None
) -> list[InvalidInput]:
    """Every problem of one raw profile, each an :class:`InvalidInput` naming row and field
    (``where``: what each message starts with instead, e.g. ``""`` when the caller names the
    line itself and the id is none of the user's).

    Examples
    --------
    >>> errs = profile_errors({"id": "ana", "name": "Ana", "offers": "Python", "needs": "sales",
    ...                        "commitment": "weekends", "languages": "fr;xx"}, row=3)
    >>> [e.field for e in errs]
    ['commitment', 'languages']
    >>> str(errs[0])
    "row 3 id 'ana': commitment must be one of full-time, part-time, side-project (got 'weekends'); use side-project for evenings and weekends"
    """
    where = _where(row, raw) if where is None else where
    errors: list[InvalidInput] = []

    def bad(field: str, message: str, value: Any, hint: str) -> None:
        errors.append(InvalidInput(f"{where}{message}", field=field, value=value, hint=hint))

    unknown = [k for k in raw if k not in COLUMNS]
    for key in unknown:
        bad(
            key,
            f"unknown field {key!r}",
            raw[key],
            f"remove it, or rename it to one of: {', '.join(COLUMNS)}",
        )
    for key in REQUIRED:
        value = raw.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            bad(key, f"{key} is required", value, f"give a non-empty {key}")
        elif isinstance(value, str) and blank(value):  # zero-width spaces: as good as empty
            bad(
                key,
                f"{key} shows nothing (only invisible characters)",
                value,
                "write it with letters people can see",
            )
    for key, limit in LIMITS.items():
        value = raw.get(key)
        if key in ("languages", "industries", "industry") or value is None:
            continue
        if not isinstance(value, str):
            bad(key, f"{key} must be text", value, f"give {key} as a string")
        elif len(value) > limit:
            errors.append(
                TooLong(field=key, length=len(value), limit=limit, start=value, where=where)
            )
        elif key in ONE_LINE and (found := control_character(value, allowed="")) is not None:
            bad(
                key,
                f"{key} holds a control character (U+{ord(found[1]):04X} at position {found[0]})",
                value[:40],
                "write it on one line: no line break, tab or other control character",
            )
        elif control := ControlCharacter.find(
            value,
            field=key,
            where=where,
            hint="remove control characters such as NUL; tabs and line breaks are fine",
        ):
            errors.append(control)
    rid = raw.get("id")
    if isinstance(rid, str) and rid and (problem := id_problem(rid)) is not None:
        bad("id", f"id {problem}", rid, f"use for example {suggest_id(rid)!r}")
    elif isinstance(rid, str) and rid.startswith(PSEUDONYM_PREFIX):
        bad(
            "id",
            f"an id starting with {PSEUDONYM_PREFIX!r} is kept for erased members",
            rid,
            "choose another id",
        )
    for key in ("roles_offered", "roles_sought"):
        try:
            roles = _as_list(raw.get(key))
        except TypeError:
            bad(key, f"{key} must be a list of roles", raw.get(key), "separate roles with ';'")
            continue
        wrong = [r for r in roles if role_named(r) is None]
        if wrong:
            bad(
                key,
                f"{key} has unknown role {wrong[0]!r}",
                raw.get(key),
                f"use roles from: {', '.join(r.value for r in Role)}",
            )
    choices: list[tuple[str, type[Commitment] | type[Stage] | type[Visibility], str]] = [
        ("commitment", Commitment, "use side-project for evenings and weekends"),
        ("stage", Stage, "idea if nothing is built yet"),
        ("visibility", Visibility, "public to be suggested to everyone"),
    ]
    for key, enum, tip in choices:
        value = raw.get(key)
        if value not in (None, "") and str(value).strip().lower() not in _values(enum):
            bad(
                key,
                f"{key} must be one of {', '.join(m.value for m in enum)}",
                value,
                tip,
            )
    value = raw.get("available_from")
    if value not in (None, ""):
        try:
            day = dt.date.fromisoformat(str(value))
        except ValueError:
            bad("available_from", "available_from must be a date", value, "write it YYYY-MM-DD")
        else:
            if not AVAILABLE_FROM[0] <= day <= AVAILABLE_FROM[1]:
                bad(
                    "available_from",
                    f"available_from must fall between {AVAILABLE_FROM[0]} and {AVAILABLE_FROM[1]}",
                    value,
                    "check the year (a typo such as 0226 or 2226), or leave it empty",
                )
    value = raw.get("timezone")
    if value not in (None, "") and not (isinstance(value, str) and is_zone(value.strip())):
        bad(
            "timezone",
            "timezone must be an IANA time zone name",
            value,
            "such as Europe/Paris, America/Montreal or Africa/Dakar; or give utc_offset",
        )
    value = raw.get("utc_offset")
    if value not in (None, ""):
        try:
            off = float(value)
            if not MIN_UTC_OFFSET <= off <= MAX_UTC_OFFSET or (off * 4) != int(off * 4):
                raise ValueError
        except (TypeError, ValueError):
            bad(
                "utc_offset",
                f"utc_offset must be hours from UTC between {MIN_UTC_OFFSET} and"
                f" {MAX_UTC_OFFSET}, in steps of 0.25",
                value,
                "Paris is 1, Montréal -5, Dakar 0, Singapore 8",
            )

    def listed(key: str, example: str) -> list[str]:
        """The list under ``key`` (none when it is not one), at most ``LIMITS[key]`` long."""
        try:
            items = _as_list(raw.get(key))
        except TypeError:
            bad(key, f"{key} must be a list", raw.get(key), example)
            return []
        if len(items) > LIMITS[key]:
            bad(key, f"at most {LIMITS[key]} {key}", items, "keep the main ones")
        return items

    langs = listed("languages", "e.g. fr;en")
    wrong_langs = [lang for lang in langs if lang.lower() not in _ISO_639_1]
    if wrong_langs:
        bad(
            "languages",
            f"languages has {wrong_langs[0]!r}, which is not an ISO 639-1 code",
            raw.get("languages"),
            "use two-letter codes such as fr, en, es, de, ar, wo",
        )
    industries = listed("industries", "e.g. health;energy")
    for label in industries:  # read as matched: without case nor accents
        if len(label) > LIMITS["industry"] or not _INDUSTRY.match(industry_label(label)):
            bad(
                "industries",
                f"industry {label[:60]!r} must be 1-{LIMITS['industry']} letters, digits, spaces"
                " or & + / -",
                raw.get("industries"),
                "use short labels such as health, energy, fintech",
            )
            break
    try:
        _preferences(raw.get("preferences"))
    except InvalidInput as e:
        bad("preferences", e.detail, raw.get("preferences"), e.hint or "")
    value = raw.get("consent")
    if (
        value not in (None, "")
        and not isinstance(value, bool)
        and str(value).strip().lower() not in _TRUE | _FALSE
    ):
        bad("consent", "consent must be true or false", value, "write true or false")
    value = raw.get("email")
    if isinstance(value, str) and value and (problem := address_problem(value)) is not None:
        if problem.startswith("holds"):
            bad("email", f"email {problem}", value, address_fix(problem))
        else:
            bad("email", "email is not an address", value, "write it like name@example.org")
    return errors


def check_profile(raw: Mapping[str, Any], *, row: int | str | None = None) -> Profile:
    """Validate one raw profile (strings from CSV, or JSON values) and build a :class:`Profile`.

    Raises
    ------
    InvalidInput
        The first problem found (see :func:`profile_errors` for all of them).

    Examples
    --------
    >>> p = check_profile({"id": "ana", "name": "Ana", "offers": "Je code en Python",
    ...                    "needs": "a sales partner", "roles_offered": "tech",
    ...                    "roles_sought": "sales;marketing", "languages": "fr;en",
    ...                    "utc_offset": "1", "consent": "true"})
    >>> p.roles_sought, p.languages, p.utc_offset
    ((<Role.SALES: 'sales'>, <Role.MARKETING: 'marketing'>), ('fr', 'en'), 1.0)
    >>> check_profile({"id": "a", "name": "A", "offers": "o", "needs": "n", "utc_offset": "-0"}).utc_offset
    0.0
    >>> check_profile({"id": "Ana Lopez", "name": "Ana", "offers": "x", "needs": "y"})
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: id 'Ana Lopez': id must be 1-64 lower-case letters, digits, '-' or '_', starting with a letter or digit; use for example 'ana-lopez'
    """
    errors = profile_errors(raw, row=row)
    if errors:
        raise errors[0]
    return _build(raw)


def _build(raw: Mapping[str, Any]) -> Profile:
    """The :class:`Profile` of a raw profile that :func:`profile_errors` found no fault with."""

    def text(key: str) -> str:
        value = raw.get(key)
        return "" if value is None else str(value).strip()

    def enum_or(key: str, enum: Any, default: Any) -> Any:
        value = raw.get(key)
        return default if value in (None, "") else enum(str(value).strip().lower())

    consent = raw.get("consent")
    avail = raw.get("available_from")
    offset = raw.get("utc_offset")
    langs = tuple(dict.fromkeys(lang.lower() for lang in _as_list(raw.get("languages"))))
    return Profile(
        id=text("id"),
        name=text("name"),
        headline=text("headline"),
        offers=text("offers"),
        needs=text("needs"),
        values=text("values"),
        roles_offered=_ROLES.shared(
            tuple(dict.fromkeys(_role(r) for r in _as_list(raw.get("roles_offered"))))
        ),
        roles_sought=_ROLES.shared(
            tuple(dict.fromkeys(_role(r) for r in _as_list(raw.get("roles_sought"))))
        ),
        commitment=enum_or("commitment", Commitment, Commitment.FULL_TIME),
        available_from=None if avail in (None, "") else dt.date.fromisoformat(str(avail)),
        location=text("location"),
        utc_offset=0.0 if offset in (None, "") else float(offset) + 0.0,  # -0 is 0
        timezone=text("timezone"),
        languages=_LABELS.shared(langs or ("en",)),
        stage=enum_or("stage", Stage, Stage.IDEA),
        visibility=enum_or("visibility", Visibility, Visibility.PUBLIC),
        consent=True
        if consent in (None, "")
        else (consent if isinstance(consent, bool) else str(consent).strip().lower() in _TRUE),
        email=text("email"),
        industries=_LABELS.shared(
            tuple(dict.fromkeys(map(industry_label, _as_list(raw.get("industries")))))
        ),
        preferences=_preferences(raw.get("preferences")),
    )


_PREFERENCES_HINT = (
    "write criterion=strength pairs such as roles=must;stage=nice, with criteria "
    + ", ".join(CRITERIA)
    + " and strengths must, nice, any"
)


def _preferences(value: Any) -> Preferences:
    """Preferences from an object ``{criterion: strength}`` or text ``roles=must;stage=nice``.

    Examples
    --------
    >>> _preferences("roles=must; stage=nice").roles, _preferences(None) == Preferences()
    (<Strength.MUST: 'must'>, True)
    >>> _preferences({"timezone": "whatever"})
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: preferences: timezone must be must, nice or any, not 'whatever' (got {'timezone': 'whatever'}); write criterion=strength pairs such as roles=must;stage=nice, with criteria roles, commitment, languages, timezone, stage, industry and strengths must, nice, any
    """
    if value is None or value == "":
        return _DEFAULT_PREFERENCES
    key = tuple(value.items()) if isinstance(value, Mapping) else value
    known: Preferences | None
    try:
        known = _PREFERENCES.get(key)
    except TypeError:  # not hashable: parsed (and refused) below
        known = None
    if known is not None:
        return known
    parsed = _parse_preferences(value)
    return _PREFERENCES.shared(parsed, key)


def _parse_preferences(value: Any) -> Preferences:
    pairs: list[tuple[str, Any]]
    if isinstance(value, Mapping):
        pairs = list(value.items())
    elif isinstance(value, str):
        pairs = []
        for part in _as_list(value):
            criterion, sep, strength = part.partition("=")
            if not sep:
                raise InvalidInput(
                    f"preferences: {part!r} is not criterion=strength",
                    field="preferences",
                    value=value,
                    hint=_PREFERENCES_HINT,
                )
            pairs.append((criterion.strip(), strength.strip()))
    else:
        raise InvalidInput(
            "preferences must be an object or criterion=strength text",
            field="preferences",
            value=value,
            hint=_PREFERENCES_HINT,
        )
    chosen: dict[str, Strength] = {}
    for criterion, strength in pairs:
        key = str(criterion).lower()
        if key not in CRITERIA:
            raise InvalidInput(
                f"preferences: unknown criterion {criterion!r}",
                field="preferences",
                value=value,
                hint=_PREFERENCES_HINT,
            )
        text = str(strength).strip().lower()
        if text not in _values(Strength):
            raise InvalidInput(
                f"preferences: {key} must be must, nice or any, not {strength!r}",
                field="preferences",
                value=value,
                hint=_PREFERENCES_HINT,
            )
        chosen[key] = Strength(text)
    return Preferences(**chosen)


_T = TypeVar("_T")


class _Shared:
    """Equal immutable parts of profiles (a tuple of roles, of languages, preferences),
    one object each: a million profiles read at once then hold one ``("en",)`` and one
    default :class:`Preferences`, not a million of each. Holds at most ``limit`` of them
    (free texts such as industries could otherwise grow it without end).

    Examples
    --------
    >>> labels = _Shared()
    >>> a, b = labels.shared(tuple(["en", "fr"])), labels.shared(tuple(["en", "fr"]))
    >>> a is b
    True
    """

    def __init__(self, limit: int = 4096) -> None:
        self.limit = limit
        self._seen: dict[Any, Any] = {}

    def get(self, key: Any) -> Any:
        """The shared object stored under ``key``, or None."""
        return self._seen.get(key)

    def shared(self, value: _T, key: Any = None) -> _T:
        """The shared object equal to ``value`` (stored under ``key``, by default itself)."""
        key = value if key is None else key
        try:
            got: _T | None = self._seen.get(key)
        except TypeError:  # an unhashable key: nothing to share
            return value
        if got is not None:
            return got
        if len(self._seen) < self.limit:
            self._seen[key] = value
        return value


#: one cache per kind of part: a tuple of roles is never handed out for a tuple of labels
#: (a Role equals its text)
_ROLES, _LABELS, _PREFERENCES = _Shared(), _Shared(), _Shared()
_DEFAULT_PREFERENCES = Preferences()


def profile_to_dict(profile: Profile) -> dict[str, Any]:
    """Plain JSON-ready dict of a profile (lists, ISO dates, enum values).

    Examples
    --------
    >>> d = profile_to_dict(check_profile({"id": "a", "name": "A", "offers": "o", "needs": "n"}))
    >>> d["commitment"], d["languages"], d["available_from"]
    ('full-time', ['en'], None)
    >>> check_profile(d) == check_profile({"id": "a", "name": "A", "offers": "o", "needs": "n"})
    True
    """
    # field by field, shallow: ``dataclasses.asdict`` deep-copies every value, which was
    # most of the cost of writing a profile during a large import
    out = {f.name: getattr(profile, f.name) for f in fields(profile)}
    out["preferences"] = {c: profile.preferences.strength(c).value for c in CRITERIA}
    for key, value in out.items():
        if isinstance(value, tuple):
            out[key] = [str(v) for v in value]
        elif isinstance(value, dt.date):
            out[key] = value.isoformat()
        elif hasattr(value, "value"):
            out[key] = value.value
    return out


def merge_profile(profile: Profile, changes: Mapping[str, Any]) -> Profile:
    """Apply a partial update and validate the result as a whole.

    Examples
    --------
    >>> p = check_profile({"id": "a", "name": "A", "offers": "o", "needs": "n"})
    >>> merge_profile(p, {"stage": "revenue"}).stage
    <Stage.REVENUE: 'revenue'>
    >>> merge_profile(p, {"id": "b"})
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: id 'a': the id of a profile cannot change (got 'b'); create a new profile instead
    >>> merge_profile(p, {"languages": []})
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: id 'a': languages must keep at least one language (got []); name the languages you work in, e.g. fr;en

    An imported row with no languages gets ``en``; a change to none is refused: whoever
    clears the list by mistake would be matched in English only.
    """
    if "id" in changes and changes["id"] != profile.id:
        raise InvalidInput(
            f"id {profile.id!r}: the id of a profile cannot change",
            field="id",
            value=changes["id"],
            hint="create a new profile instead",
        )
    languages = changes.get("languages", ())
    if "languages" in changes and (
        languages is None or (isinstance(languages, str | list | tuple) and not _as_list(languages))
    ):
        raise InvalidInput(
            f"id {profile.id!r}: languages must keep at least one language",
            field="languages",
            value=languages,
            hint="name the languages you work in, e.g. fr;en",
        )
    merged = profile_to_dict(profile) | dict(changes)
    return replace(check_profile(merged))


def column_problem(
    rows: Sequence[Mapping[str, Any]], *, source: str = "import"
) -> InvalidInput | None:
    """The problem of a file's columns, said once for the file (field ``columns``): a
    column every row has and no profile knows, or a required one no row has. Each row would
    otherwise repeat it (sixty lines for a file of six people with two wrong columns); a
    key only some rows of a JSON file have stays a problem of those rows, and so does every
    problem of a file of one row (its row says it as precisely, in a JSON file's words).

    Examples
    --------
    >>> rows = [{"name": "Ana", "mail": "a@x.org", "skills": "code", "id": "ana"}] * 6
    >>> print(column_problem(rows, source="team.csv"))
    team.csv: unknown columns 'mail', 'skills'; no column for offers / offer / offre, needs / need / besoins (the file's columns are name, mail, skills, id); rename each unknown column: the columns a profile has are id, name, headline, offers, needs, values, roles_offered, roles_sought, commitment, available_from, location, utc_offset, timezone, languages, stage, visibility, consent, email, industries, preferences; add one column for each to the file's first line, by one of these names
    >>> column_problem([{"id": "a", "name": "A", "offers": "o"}]) is None  # its row says it
    True
    >>> column_problem([{"id": "a", "name": "A", "offers": "o", "needs": "n", "x": 1},
    ...                 {"id": "b", "name": "B", "offers": "o", "needs": "n"}]) is None
    True
    """
    if len(rows) < 2:
        return None
    common = set(rows[0]).intersection(*rows[1:])
    unknown = [k for k in rows[0] if k in common and k not in COLUMNS]
    missing = [f for f in REQUIRED if not any(f in row for row in rows)]
    if not unknown and not missing:
        return None
    said = []
    if unknown:
        said.append(
            ("unknown column " if len(unknown) == 1 else "unknown columns ")
            + ", ".join(repr(k) for k in unknown)
        )
    hints = []
    if unknown:
        hints.append(
            f"rename each unknown column: the columns a profile has are {', '.join(COLUMNS)}"
        )
    if missing:  # the names each may have, French ones too, as an attendee import says
        names, hint = missing_columns(missing)
        said.append(f"no column for {names}")
        hints.append(hint)
    columns = ", ".join(map(str, rows[0]))
    return InvalidInput(  # the value said in the sentence: not again as "(got ...)"
        f"{source}: {'; '.join(said)} (the file's columns are {columns})",
        field="columns",
        value=columns,
        hint="; ".join(hints),
    )


def check_rows(
    rows: Iterable[Mapping[str, Any]],
    *,
    first_row: int = 1,
    checked: Callable[[int], None] | None = None,
) -> tuple[list[Profile], list[tuple[int, Mapping[str, Any], list[InvalidInput]]]]:
    """Validate many rows; return the good profiles and, for each bad row, its errors.

    A duplicate id within the rows is an error on its second occurrence. ``checked(n)`` is
    called after every 1,000th row and after the last, with the rows checked so far.

    Examples
    --------
    >>> good, bad = check_rows([{"id": "a", "name": "A", "offers": "o", "needs": "n"},
    ...                         {"id": "a", "name": "B", "offers": "o", "needs": "n"}])
    >>> [p.id for p in good], [(row, errs[0].field) for row, _, errs in bad]
    (['a'], [(2, 'id')])
    """
    good: list[Profile] = []
    bad: list[tuple[int, Mapping[str, Any], list[InvalidInput]]] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(rows, start=first_row):
        if checked is not None and number > first_row and (number - first_row) % 1000 == 0:
            checked(number - first_row)
        errors = profile_errors(raw, row=number)
        rid = raw.get("id")
        if not errors and isinstance(rid, str) and rid in seen:
            errors.append(
                InvalidInput(
                    f"row {number}: id {rid!r} already used on row {seen[rid]}",
                    field="id",
                    value=rid,
                    hint="give each profile its own id",
                )
            )
        if errors:
            bad.append((number, raw, errors))
            continue
        profile = _build(raw)  # checked just above: no second pass of the checks
        seen[profile.id] = number
        good.append(profile)
    if checked is not None:
        checked(len(good) + len(bad))
    return good, bad


def parse_csv(text: str, *, source: str = "CSV") -> list[dict[str, Any]]:
    """Rows of a CSV text with a header line; empty cells become missing values.

    Read by :func:`matcher.csvio.read_csv`, as every CSV file of the product: the separator
    is a comma, a semicolon (French Excel) or a tab, guessed from the header; a byte-order
    mark is dropped; header names are trimmed and lower-cased; a column named twice is
    refused (one of them was dropped, silently); no size limit (an administrator's import).
    French and English column names are read as the profile fields they mean, and a first
    and a last name are joined (:mod:`matcher.profiles.columns`, the attendee import's
    table too).

    Examples
    --------
    >>> parse_csv("id,name,offers,needs\\nana,Ana,Python,sales\\n")
    [{'id': 'ana', 'name': 'Ana', 'offers': 'Python', 'needs': 'sales'}]
    >>> parse_csv("\\ufeffId;Name;Offers;Needs\\nana;Ana;Python, SQL;sales\\n")
    [{'id': 'ana', 'name': 'Ana', 'offers': 'Python, SQL', 'needs': 'sales'}]
    >>> parse_csv("Identifiant;Prénom;Nom;Ce que je propose;Besoins\\nana;Ana;Lopez;Python;ventes\\n")
    [{'id': 'ana', 'offers': 'Python', 'needs': 'ventes', 'name': 'Ana Lopez'}]
    >>> parse_csv("")
    Traceback (most recent call last):
    ...
    matcher.errors.EmptyFile: CSV: the file is empty; save it again with a header line that names the columns (e.g. id,name,offers,needs), then a line under it for each row
    >>> parse_csv("id,name,offers,needs,name\\nana,Ana,Python,sales,Bob\\n")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: CSV: column 'name' appears twice in the header; remove or rename one of them
    """
    return read_profile_csv(text, source=source)[0]


def read_profile_csv(text: str, *, source: str = "CSV") -> tuple[list[dict[str, Any]], str | None]:
    """:func:`parse_csv`'s rows, and the language of the file's column names
    (:func:`~matcher.profiles.columns.columns_language`: None when it cannot tell), which a
    profile without a language is given when its texts do not tell
    (:func:`~matcher.profiles.columns.imported_languages`).

    Examples
    --------
    >>> read_profile_csv("Identifiant;Nom;Offre;Besoins\\nana;Ana;Python;ventes\\n")
    ([{'id': 'ana', 'name': 'Ana', 'offers': 'Python', 'needs': 'ventes'}], 'fr')
    """
    header, rows = read_csv(text, source=source, limit=None)
    fields = column_fields(header, source=source)
    return [profile_row(row.cells, fields) for row in rows], columns_language(header)


def parse_json(text: str, *, source: str = "JSON") -> list[dict[str, Any]]:
    """Rows of a JSON text: a list of objects, or ``{"profiles": [...]}``; a byte-order mark
    is dropped (as from a CSV file); a key given twice in one object is refused.

    Examples
    --------
    >>> parse_json('\\ufeff[{"id": "ana"}]')
    [{'id': 'ana'}]
    >>> parse_json('{"people": []}')
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: JSON: expected a list of profiles or {"profiles": [...]}; wrap the objects in a list
    >>> parse_json('[{"id": "ana", "name": "Ana", "name": "Bob"}]')
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: JSON: key 'name' appears twice in one object (got 'Bob'); keep one of them: the parser would keep the last, silently
    >>> parse_json("[" * 100_000 + "]" * 100_000)
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: JSON: the JSON is nested too deeply to read; a profile file is a list of objects: [{"id": ..., "name": ...}, ...]
    """
    try:
        data = read_json(text.lstrip("\ufeff"))
    except RecursionError:
        raise InvalidInput(
            f"{source}: the JSON is nested too deeply to read",
            hint='a profile file is a list of objects: [{"id": ..., "name": ...}, ...]',
        ) from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"{source}: not valid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
            hint="check the file with a JSON validator",
        ) from None
    except InvalidInput as exc:
        raise InvalidInput(
            f"{source}: {exc.detail}", field=exc.field, value=exc.value, hint=exc.hint
        ) from None
    if isinstance(data, dict) and isinstance(data.get("profiles"), list):
        data = data["profiles"]
    if not isinstance(data, list):
        raise InvalidInput(
            f'{source}: expected a list of profiles or {{"profiles": [...]}}',
            hint="wrap the objects in a list",
        )
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise InvalidInput(
                f"{source}: item {number} is not an object",
                value=item,
                hint='each profile is an object like {"id": ..., "name": ...}',
            )
    return data
