#!/usr/bin/env python3
"""One-off: port code written against the old dict catalogue (``t("team.members")``, the
``EN``/``FR`` dicts of ``api/web/catalogue*.py``) to the gettext catalogues. Delete it once
every branch started before the switch is merged.

From the repository's root, with the branch's old catalogue read from git::

    python tools/port_catalogue.py rewrite ledger api/web/ventures.py api/web/templates/venture*.html
    .venv/bin/pybabel extract && .venv/bin/pybabel update
    python tools/port_catalogue.py fill ledger      # French of the new msgids, from the branch
    python tools/port_catalogue.py leftovers ledger # err.* and flash.* keys: table lines to paste
    .venv/bin/python -m api.web.translations check  # then review the French (gender, plurals)

``rewrite`` turns ``t("key", a=b)`` (templates) and ``page.t("key", a=b)`` (Python) into
``_("English", a=b)`` and ``page.t.gettext("English", a=b)``, ``{name}`` placeholders into
``%(name)s``, ``t("role." ~ r)`` into ``label("role", r)`` (see ``FAMILIES``) and
``{% set _ = x.append(y) %}`` into ``{% do x.append(y) %}`` (``_`` is gettext now); a key it
does not know is listed, left as it was. By hand, then: dates in prose ``d.isoformat()`` ->
``d | date``, numbers ``frac(x, 2)`` -> ``x | number(2)``, ``{{ p }} %`` -> ``(p / 100) |
percent(2)``, counts with ``ngettext``. ``fill`` gives the empty French msgstrs of the
``.po`` the branch's French, never overwriting a translation.
"""

from __future__ import annotations

import re
import subprocess
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "api" / "web" / "locale" / "fr" / "LC_MESSAGES" / "messages.po"
MODULES = ("catalogue_events", "catalogue_loop", "catalogue_ventures", "catalogue")
#: old key prefix -> label family (api/web/labels.py)
FAMILIES = {
    "role": "role",
    "commitment": "commitment",
    "stage": "stage",
    "visibility": "visibility",
    "comp": "component",
    "kind": "kind",
    "condition": "condition",
    "reason": "reason",
    "reason_rule": "reason_rule",
    "istatus": "intro_status",
    "cstatus": "collab_status",
    "rating": "rating",
    "crit": "criterion",
    "strength": "strength",
    "verdict": "verdict",
    "estatus": "attendee_status",
    "odd": "odd",
}
_CALL = re.compile(r"""(?<![\w.])(page\.t|t)\(\s*(["'])([a-z_]+\.[A-Za-z_.0-9 -]+)\2""")
_DYNAMIC = re.compile(r"""(?<![\w.])t\(\s*["']([a-z_]+)\.["']\s*~\s*([^)]+?)\)""")
_SET_UNDERSCORE = re.compile(r"\{%(-?) set _ = (.+?) (-?)%\}")


def catalogue(rev: str) -> tuple[dict[str, str], dict[str, str]]:
    """The English and French dicts of the branch ``rev``'s old catalogue modules."""
    namespace: dict[str, types.ModuleType] = {}
    for name in MODULES:
        source = subprocess.run(
            ["git", "show", f"{rev}:api/web/{name}.py"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        module = types.ModuleType(f"api.web.{name}")
        sys.modules[f"api.web.{name}"] = module
        exec(compile(source, f"{rev}:{name}.py", "exec"), module.__dict__)
        namespace[name] = module
    messages = namespace["catalogue"].MESSAGES
    return dict(messages["en"]), dict(messages["fr"])


def gettext_text(text: str) -> str:
    """``{name}`` placeholders as ``%(name)s``, a literal ``%`` doubled."""
    return re.sub(r"\{(\w+)\}", r"%(\1)s", text.replace("%", "%%"))


def rewrite(rev: str, files: list[str]) -> None:
    en, _ = catalogue(rev)
    unknown: list[str] = []
    for name in files:
        path = Path(name)
        python = path.suffix == ".py"
        text = path.read_text(encoding="utf-8")

        def literal(m: re.Match[str], path: Path = path, python: bool = python) -> str:
            who, _, key = m.groups()
            if key not in en:
                unknown.append(f"{path}: {key}")
                return m.group(0)
            english = gettext_text(en[key]).replace('"', '\\"')
            return f'{who}.gettext("{english}"' if python else f'_("{english}"'

        def dynamic(m: re.Match[str], path: Path = path) -> str:
            prefix, value = m.groups()
            if prefix not in FAMILIES:
                unknown.append(f"{path}: {prefix}.<dynamic>")
                return m.group(0)
            return f'label("{FAMILIES[prefix]}", {value.strip()})'

        text = _DYNAMIC.sub(dynamic, _CALL.sub(literal, text))
        if not python:
            text = _SET_UNDERSCORE.sub(r"{%\1 do \2 \3%}", text)
        path.write_text(text, encoding="utf-8")
    for line in unknown:
        print("left as it was:", line)


def fill(rev: str) -> None:
    from babel.messages.pofile import read_po, write_po

    en, fr = catalogue(rev)
    french = {gettext_text(en[k]): gettext_text(fr[k]) for k in en if k in fr}
    with PO.open("rb") as f:
        po = read_po(f, locale="fr")
    filled = 0
    for message in po:
        if isinstance(message.id, str) and not message.string and message.id in french:
            message.string = french[message.id]
            message.flags.discard("fuzzy")
            filled += 1
    with PO.open("wb") as f:
        write_po(f, po, width=0)
    print(f"{filled} French translations filled in from {rev}; review them in {PO}")


def leftovers(rev: str) -> None:
    """The err.* and flash.* keys, as lines for ERRORS (feedback.py) and FLASHES (render.py)."""
    en, _ = catalogue(rev)
    for key, text in sorted(en.items()):
        family, _, rest = key.partition(".")
        if family in ("err", "flash"):
            table = "ERRORS" if family == "err" else "FLASHES"
            print(f'{table}: "{rest}": N_("{gettext_text(text)}"),')


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("rewrite", "fill", "leftovers"):
        sys.exit(__doc__)
    command, revision, *paths = sys.argv[1:]
    if command == "rewrite":
        rewrite(revision, paths)
    elif command == "fill":
        fill(revision)
    else:
        leftovers(revision)
