"""The documentation checks itself: what README.md and docs/ promise must exist.

A page promises that a file is where it says (a link, or a path in a code span), that a
test exists (``tests/x.py::test_name``), that a name is defined where it says
(``api.cli.worker_threads``), that a ``cofoundry`` command takes the options shown, and that
the command table lists every command, and that two tables of docs/architecture.md follow
the code: the permissions are exactly ``matcher.access.RULES``, and every module of the old
flat layout is gone to the paths its row names. These tests fail when a promise breaks (a
module moved, a command renamed, a rule added), as sqlite-utils' documentation tests do. The site's own build
(``mkdocs build --strict``, run by ``python3 tasks.py test``) checks the links between pages
and the API reference; this file covers README.md, the repository's paths and names quoted in
the pages, and the command line. It reads files and the CLI's command tree: no model, no
server, no build.

Paths of the target layout (issue 15: one package per domain, ``matcher/<domain>/model.py``)
are checked as soon as their package exists; until then they are the plan the pages describe.
"""

from __future__ import annotations

import importlib.util
import re
import shlex
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import typer

from api.cli import app
from matcher import access

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]

#: The domain packages and the floor of matcher/ after the restructure (docs/architecture.md).
TARGET_DOMAINS = (
    "profiles",
    "matching",
    "trust",
    "equity",
    "events",
    "loop",
    "privacy",
    "security",
)
TARGET_FLOOR = ("errors.py", "ids.py", "access.py", "db")

_FENCE = re.compile(r"^ *(```|~~~)[^\n]*\n(.*?)^ *\1 *$", re.M | re.S)
_SPAN = re.compile(r"`([^`]+)`")
_LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^#{1,6} +(.+?) *#* *$", re.M)
_PATH = re.compile(
    r"^((?:api|matcher|embeddings|graph|tests|bench|data|notebooks|docs)/[\w./-]*"
    r"|tasks\.py|pyproject\.toml|constraints\.txt|mkdocs\.yml|README\.md)(?:::(\w+))?$"
)
_DOTTED = re.compile(r"^(?:api|matcher|embeddings|graph)(?:\.[A-Za-z_]\w*)+$")
ARCHITECTURE = ROOT / "docs" / "architecture.md"


@dataclass(frozen=True, slots=True)
class Page:
    """A Markdown page split into what its checks read."""

    path: Path
    prose: str  # the text outside fenced blocks and code spans
    spans: tuple[str, ...]  # inline code, whitespace normalised
    blocks: tuple[str, ...]  # fenced code blocks

    @property
    def name(self) -> str:
        return str(self.path.relative_to(ROOT))


@cache
def read(path: Path) -> Page:
    text = path.read_text(encoding="utf-8")
    blocks = tuple(m.group(2) for m in _FENCE.finditer(text))
    outside = _FENCE.sub("", text)
    spans = tuple(" ".join(m.group(1).split()) for m in _SPAN.finditer(outside))
    return Page(path, _SPAN.sub("", outside), spans, blocks)


def pages() -> Iterator[Page]:
    return (read(p) for p in PAGES)


def slug(heading: str) -> str:
    """The anchor MkDocs (Python-Markdown's toc) gives a heading."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).replace("`", "").replace("*", "")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def anchors(path: Path) -> set[str]:
    return {slug(h) for h in _HEADING.findall(_FENCE.sub("", path.read_text(encoding="utf-8")))}


def pending(rel: str) -> bool:
    """A path of the target layout whose package or floor module is not there yet."""
    parts = rel.rstrip("/").split("/")
    if parts[0] != "matcher" or len(parts) < 2:
        return False
    if parts[1] in TARGET_DOMAINS:
        return not (ROOT / "matcher" / parts[1]).is_dir()
    return parts[1] in TARGET_FLOOR and not (ROOT / "matcher" / parts[1]).exists()


def test_the_readme_starts_with_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.startswith("```\npython3 tasks.py demo\npython3 tasks.py test\n```\n"), (
        "README.md must start with the two commands, in a plain code block"
    )


def test_the_readme_is_a_front_page() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").count("\n")
    assert lines <= 150, (
        f"README.md has {lines} lines; keep it a front page, move the rest to docs/"
    )


def test_every_link_points_to_a_file_and_a_heading() -> None:
    broken = []
    for page in pages():
        for target in _LINK.findall(page.prose):
            if re.match(r"^[a-z]+:", target):  # http:, https:, mailto:
                continue
            file, _, anchor = target.partition("#")
            dest = (page.path.parent / file).resolve() if file else page.path
            if not dest.is_relative_to(ROOT) or not dest.exists():
                broken.append(f"{page.name}: link {target!r}: no file {file!r}")
            elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
                broken.append(f"{page.name}: link {target!r}: no heading with anchor #{anchor}")
    assert not broken, "\n".join(broken)


def quoted_paths(page: Page) -> Iterator[tuple[str, str | None]]:
    """Repository paths (and ``::test`` names) quoted in code spans and code blocks."""
    for text in (*page.spans, *page.blocks):
        for token in re.split(r"[\s()\[\],;\"'=|<>]+", text):
            token = token.rstrip(".:")
            if "*" in token or "{" in token:
                continue
            m = _PATH.match(token)
            if m:
                yield m.group(1), m.group(2)


def test_every_quoted_path_and_test_exists() -> None:
    missing = []
    moved_away = {rel for row in moved_rows() for rel in row.old}
    for page in pages():
        for rel, test_name in quoted_paths(page):
            path = ROOT / rel
            if not path.exists():
                if not pending(rel) and not (page.path == ARCHITECTURE and rel in moved_away):
                    missing.append(f"{page.name}: `{rel}` does not exist")
            elif test_name and not re.search(
                rf"^\s*(?:async )?def {test_name}\b", path.read_text(encoding="utf-8"), re.M
            ):
                missing.append(f"{page.name}: `{rel}::{test_name}`: no such test")
    assert not missing, "\n".join(sorted(set(missing)))


def module_file(dotted: str) -> Path | None:
    base = ROOT.joinpath(*dotted.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def defines(source: str, name: str) -> bool:
    """``name`` is defined, assigned or imported at the top of a module, or is a method;
    or a module the source imports everything from (``from x import *``, a domain's face)
    defines it."""
    if (
        re.search(rf"^\s*(?:async )?(?:def|class) {name}\b", source, re.M)
        or re.search(rf"^{name}\s*[:=]", source, re.M)
        or re.search(rf"^(?:from \S+ )?import [^\n]*\b{name}\b", source, re.M)
        or re.search(rf"^from \S+ import \([^)]*\b{name}\b", source, re.M)
    ):
        return True
    for star in re.findall(r"^from (\S+) import \*", source, re.M):
        module = module_file(star)
        if module is not None and defines(module.read_text(encoding="utf-8"), name):
            return True
    return False


def test_every_dotted_name_is_defined_where_it_says() -> None:
    wrong = []
    for page in pages():
        for span in page.spans:
            if not _DOTTED.match(span):
                continue
            parts = span.split(".")
            cut = next((i for i in range(len(parts), 0, -1) if module_file(".".join(parts[:i]))), 0)
            if cut == 0:
                wrong.append(f"{page.name}: `{span}`: no module {parts[0]}")
                continue
            module = module_file(".".join(parts[:cut]))
            assert module is not None
            if cut < len(parts) and pending("/".join(parts[: cut + 1])):
                continue  # a module of the target layout, not there yet
            source = module.read_text(encoding="utf-8")
            missing = [name for name in parts[cut:] if not defines(source, name)]
            if missing:
                where = module.relative_to(ROOT)
                wrong.append(f"{page.name}: `{span}`: {where} defines no {missing[0]!r}")
    assert not wrong, "\n".join(wrong)


# -- tables of docs/architecture.md that follow the code ------------------------------------


def section(path: Path, heading: str) -> str:
    """The text of a page's ``## heading`` section, up to the next ``## `` heading."""
    text = path.read_text(encoding="utf-8")
    assert f"\n## {heading}\n" in text, f"{path.relative_to(ROOT)} has no section {heading!r}"
    return text.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]


def table_rows(text: str) -> list[list[str]]:
    """The body rows of the Markdown tables in ``text``, as lists of stripped cells."""
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("|") and not re.match(r"^\|[-| :]+\|$", line):
            rows.append([c.strip() for c in line.strip("|").split("|")])
    return rows[1:] if rows else rows  # without the header


@dataclass(frozen=True, slots=True)
class Moved:
    """A row of "Where things moved": the old paths and the new ones (code spans)."""

    old: tuple[str, ...]
    new: tuple[str, ...]


def moved_rows() -> list[Moved]:
    def paths(cell: str) -> tuple[str, ...]:
        return tuple(s for s in _SPAN.findall(cell) if _PATH.match(s))

    return [
        Moved(paths(row[0]), paths(row[1]))
        for row in table_rows(section(ARCHITECTURE, "Where things moved"))
    ]


def test_the_moved_table_names_old_paths_gone_and_new_paths_there() -> None:
    """Every old module of the flat layout is listed once, is gone, and points to new paths."""
    rows = moved_rows()
    assert len(rows) >= 20, "docs/architecture.md: the table of moved modules is missing rows"
    wrong = [f"`{old}` still exists" for row in rows for old in row.old if (ROOT / old).exists()]
    wrong += [
        f"`{new}` does not exist" for row in rows for new in row.new if not (ROOT / new).exists()
    ]
    wrong += [f"row {row.old} names no new path" for row in rows if not row.new]
    olds = [old for row in rows for old in row.old]
    wrong += [f"`{old}` is listed twice" for old in sorted(set(olds)) if olds.count(old) > 1]
    assert not wrong, "docs/architecture.md, Where things moved:\n" + "\n".join(wrong)


def rules_table() -> list[list[str]]:
    """The rows "Who may do what" must hold: one per rule of ``matcher.access.RULES``, in order."""
    names = {id(v): k for k, v in vars(access).items() if isinstance(v, access.Rule)}
    return [
        [f"`{r.name}`", f"`matcher.access.{names[id(r)]}`", r.who, "yes" if r.admin else "no"]
        for r in access.RULES
    ]


def test_the_rules_table_is_the_list_of_rules() -> None:
    """docs/architecture.md's table of permissions is exactly ``matcher.access.RULES``.

    A rule added, renamed, reworded or taken out of ``RULES`` fails here until the table
    follows; the message prints the table to paste.
    """
    shown = table_rows(section(ARCHITECTURE, "Who may do what"))
    expected = rules_table()
    table = "\n".join("| " + " | ".join(row) + " |" for row in expected)
    assert shown == expected, (
        "docs/architecture.md, Who may do what: the table differs from matcher.access.RULES;"
        f" it should read:\n{table}"
    )


# -- the command line ---------------------------------------------------------------------


@cache
def cli() -> Any:
    return typer.main.get_command(app)


def options(command: Any) -> set[str]:
    return {"--help"} | {
        o
        for p in command.params
        if p.param_type_name == "option"
        for o in (*p.opts, *p.secondary_opts)
    }


def leaves(command: Any, path: tuple[str, ...] = ("cofoundry",)) -> Iterator[tuple[str, Any]]:
    if hasattr(command, "commands"):
        for name, sub in command.commands.items():
            yield from leaves(sub, (*path, name))
    else:
        yield " ".join(path), command


def shown_commands(page: Page) -> Iterator[tuple[str, str]]:
    """Each ``cofoundry ...`` command line of a page: (the command, a comment after it)."""
    lines = list(page.spans) + [line for b in page.blocks for line in b.splitlines()]
    for line in lines:
        line = line.strip().removeprefix(".venv/bin/")
        if line == "cofoundry" or line.startswith("cofoundry "):
            command, _, comment = line.partition(" #")
            yield command, comment


def check_command(line: str, comment: str) -> list[str]:
    try:
        tokens = shlex.split(line.replace("[", " ").replace("]", " "))
    except ValueError:
        tokens = line.replace("[", " ").replace("]", " ").split()
    command, path, rest = cli(), ["cofoundry"], tokens[1:]
    while rest and hasattr(command, "commands") and rest[0] in command.commands:
        command = command.commands[rest[0]]
        path.append(rest.pop(0))
    if hasattr(command, "commands") and rest and rest[0] not in ("...", *options(command)):
        return [f"`{line}`: `{' '.join(path)}` has no command {rest[0]!r}"]
    if hasattr(command, "commands"):
        return []
    given = [t.split("=")[0] for t in rest if t.startswith("-") and t not in ("-", "--", "...")]
    given += re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", comment)
    unknown = [o for o in given if o not in options(command)]
    return [f"`{line}`: `{' '.join(path)}` has no option {o}" for o in unknown]


def test_every_command_shown_exists_with_its_options() -> None:
    wrong = []
    for page in pages():
        for line, comment in shown_commands(page):
            wrong += [f"{page.name}: {problem}" for problem in check_command(line, comment)]
    assert not wrong, "\n".join(wrong)


def test_the_command_table_lists_every_command() -> None:
    """Getting started's table names every command of ``cofoundry --help``."""
    text = (ROOT / "docs" / "getting-started.md").read_text(encoding="utf-8")
    table = text.split("## Using it", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"`cofoundry ([a-z-]+)", table))
    missing = sorted(set(cli().commands) - listed)
    assert not missing, f"docs/getting-started.md's command table lacks: {missing}"


def test_every_command_takes_db() -> None:
    """Getting started says so."""
    assert [name for name, c in leaves(cli()) if "--db" not in options(c)] == []


def load_tasks() -> Any:
    """tasks.py as a module (it is a script at the root, not a package)."""
    spec = importlib.util.spec_from_file_location("tasks", ROOT / "tasks.py")
    assert spec is not None and spec.loader is not None
    tasks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tasks)
    return tasks


def test_the_task_names_shown_exist() -> None:
    tasks = load_tasks()
    shown = {
        m
        for page in pages()
        for text in (*page.spans, *page.blocks)
        for m in re.findall(r"python3 tasks\.py (\w+)", text)
    }
    assert shown, "the pages show no task"
    assert shown <= set(tasks.TASKS), f"tasks shown but not in tasks.py: {shown - set(tasks.TASKS)}"


def test_the_bench_task_runs_every_benchmark_and_only_what_runs_without_arguments() -> None:
    """``python3 tasks.py bench`` ran every script of bench/ in turn and stopped at the first
    that needs arguments (compare.py): every script is a benchmark or a tool, never both,
    and a benchmark takes no required argument."""
    tasks = load_tasks()
    scripts = {p.name for p in (ROOT / "bench").glob("*.py") if p.name != "__init__.py"}
    benchmarks, tools = set(tasks.BENCHMARKS), set(tasks.TOOLS)
    assert not benchmarks & tools
    assert scripts == benchmarks | tools, (
        scripts - benchmarks - tools,
        benchmarks | tools - scripts,
    )
    required = re.compile(r'add_argument\(\s*"[^-]|required=True')
    needy = [n for n in sorted(benchmarks) if required.search((ROOT / "bench" / n).read_text())]
    assert needy == []
    assert required.search((ROOT / "bench" / "compare.py").read_text())  # the check sees it


# -- the settings and the HTTP routes --------------------------------------------------------

SETTINGS = ROOT / "docs" / "settings.md"
#: variables read outside ``api.settings.Settings`` (the page names them under its table)
OTHER_VARIABLES = {"COFOUNDRY_LOG", "COFOUNDRY_CACHE", "COFOUNDRY_VENV"}


def settings_variables() -> set[str]:
    from api.settings import Settings

    return {f"COFOUNDRY_{name.upper()}" for name in Settings.model_fields}


def documented_variables() -> tuple[set[str], set[str]]:
    """The variables the settings table names in full, and every one it names at all (a row
    `` `COFOUNDRY_INTRO_BURST` / `_BURST_MINUTES` `` names ``COFOUNDRY_INTRO_BURST_MINUTES``:
    a short name ends one of the full name's prefixes)."""
    full: set[str] = set()
    named: set[str] = set()
    for row in SETTINGS.read_text(encoding="utf-8").splitlines():
        if not row.startswith("| `"):
            continue
        cell = row.split("|")[1]
        names = re.findall(r"`(COFOUNDRY_[A-Z0-9_]+)`", cell)
        full |= set(names)
        named |= set(names)
        for short in re.findall(r"`(_[A-Z0-9_]+)`", cell):
            for name in names:
                parts = name.split("_")
                named |= {"_".join(parts[:i]) + short for i in range(2, len(parts))}
    return full, named


def test_the_settings_page_names_every_setting_and_no_other() -> None:
    """docs/settings.md's table is the settings of ``api.settings.Settings``, both ways.

    It once left out `COFOUNDRY_DATABASE_URL` and `COFOUNDRY_INDEX_PATH`: a newcomer reading
    it could not find how to choose PostgreSQL or where the index goes.
    """
    real = settings_variables()
    full, named = documented_variables()
    text = SETTINGS.read_text(encoding="utf-8")
    missing = sorted(real - named)
    unknown = sorted(full - real)
    others = sorted(v for v in OTHER_VARIABLES if f"`{v}`" not in text)
    assert not (missing or unknown or others), (
        f"docs/settings.md: settings not in the table {missing}; in the table but not settings"
        f" {unknown}; variables read elsewhere not named {others}"
    )


_METHODS = "GET|POST|PUT|PATCH|DELETE"
_ROUTE_SPAN = re.compile(rf"^((?:{_METHODS})(?:[/|](?:{_METHODS}))*)(?: +(\S+))?(?: .*)?$")


@cache
def api_operations() -> dict[tuple[str, str], Any]:
    from api.app import create_app
    from api.settings import Settings

    app = create_app(Settings(db=":memory:", encoder="fake", warm_on_start=False))
    return {
        (method.upper(), path): operation
        for path, operations in app.openapi()["paths"].items()
        for method, operation in operations.items()
    }


def api_routes() -> frozenset[tuple[str, str]]:
    """(method, path template) of every operation of the app's OpenAPI document."""
    return frozenset(api_operations())


def route_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]*\})", template)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts))


def spelled_paths(path: str) -> list[str]:
    """A page's path as the routes it names: no query, no ``[optional part]``, and a last
    segment ``a|b`` (or ``timeline.csv|json``) for each of its choices."""
    path = re.sub(r"\[[^\]]*\]", "", path).split("?")[0].rstrip(".:,")
    head, _, last = path.rpartition("/")
    first, *others = last.split("|")
    stem = first.rsplit(".", 1)[0] + "." if "." in first else ""
    return [f"{head}/{first}"] + [f"{head}/{stem if '.' not in o else ''}{o}" for o in others]


def units(text: str) -> Iterator[str]:
    """A page's table rows one by one, and its other paragraphs whole."""
    for paragraph in re.split(r"\n\s*\n", _FENCE.sub("", text)):
        prose = []
        for line in paragraph.splitlines():
            if line.lstrip().startswith("|"):
                yield line
            else:
                prose.append(line)
        yield " ".join(prose)


def shown_routes() -> Iterator[tuple[str, str, str, bool]]:
    """(page, method, path, spelled in full) of every route the pages show in a code span.

    A span with a method and a full path names it (`` `GET`, `POST /x` ``: both methods); the
    spans after it in the same table row or paragraph may name its neighbours in short:
    `` `/my-team` `` (a sibling), `` `.../{skill}` `` or `` `GET ...` `` (the previous path, or
    its parent, continued)."""
    for page in pages():
        for unit in units(page.path.read_text(encoding="utf-8")):
            methods, previous, alone = ["GET"], "", []
            for span in (" ".join(s.split()) for s in _SPAN.findall(unit)):
                m = _ROUTE_SPAN.match(span)
                path = m.group(2) or "" if m else span
                if m:
                    methods = re.split(r"[/|]", m.group(1))
                    if not path:  # `GET`, `POST /x`: the GET of the next path
                        alone += methods
                        continue
                    methods, alone = [*alone, *methods], []
                if path.startswith("/") and m and not path.startswith("/web"):
                    for spelled in spelled_paths(path):
                        for method in methods:
                            yield page.name, method, spelled, True
                    previous = spelled_paths(path)[0]
                elif previous and path.startswith(("/", "...")):
                    rest = path.removeprefix("...")
                    parent = previous.rpartition("/")[0]
                    bases = [previous, parent] if path.startswith("...") else [parent]
                    for base in bases:
                        for spelled in spelled_paths(base + rest) if rest else [base]:
                            for method in methods:
                                yield page.name, method, spelled, False


def test_every_route_shown_exists() -> None:
    """A route a page spells out (`` `PUT /me/avoid/{id}` ``) is a route of the app, with that
    method. http-api.md once offered `GET /me/avoid/{id}`, which answers 405."""
    routes = [(method, route_pattern(path)) for method, path in api_routes()]
    wrong = sorted(
        {
            f"{page}: {method} {path}"
            for page, method, path, full in shown_routes()
            if full and not any(m == method and p.fullmatch(path) for m, p in routes)
        }
    )
    assert not wrong, "routes the pages show that the app does not have:\n" + "\n".join(wrong)


def test_every_route_is_shown_on_a_page() -> None:
    """Every operation of the OpenAPI document is named on some page, in full or in short
    beside its neighbours: the accounts' sessions, inbox and e-mail choices, and an event's
    check-in lookup, were once on none."""
    shown = {(method, path) for _, method, path, _ in shown_routes()}
    missing = sorted(
        f"{method} {template}"
        for method, template in api_routes()
        if not any(m == method and route_pattern(template).fullmatch(p) for m, p in shown)
    )
    assert not missing, "routes named on no page of docs/:\n" + "\n".join(missing)


def test_the_idempotent_routes_listed_are_those_of_the_app() -> None:
    """docs/operations.md, Idempotency: the routes listed (`` `/rates` `` short for a path that
    ends so) are the POST routes that take an ``Idempotency-Key``, both ways. Six of them
    (events, feedback, messages, ventures from an introduction or a team, a venture's end) were
    once left out."""
    takes_key = {
        re.sub(r"\{[^}]*\}", "{}", path)
        for (method, path), op in api_operations().items()
        if method == "POST"
        and any(
            p.get("name", "").lower() == "idempotency-key" and not p.get("required")
            for p in op.get("parameters", [])
        )  # the ledger's entries require the key: their own scheme, told after the list
    }
    text = section(ROOT / "docs" / "operations.md", "Idempotency").split(". The first", 1)[0]
    listed = {
        re.sub(r"\{[^}]*\}", "{}", span.removeprefix("POST "))
        for span in _SPAN.findall(text)
        if span.removeprefix("POST ").startswith("/")
    }
    unlisted = sorted(r for r in takes_key if not any(r.endswith(s) for s in listed))
    unknown = sorted(s for s in listed if not any(r.endswith(s) for r in takes_key))
    assert not (unlisted or unknown), (
        f"docs/operations.md, Idempotency: routes that take the key, not listed {unlisted};"
        f" listed, no such route {unknown}"
    )


# -- the picture ----------------------------------------------------------------------------


def test_the_layers_picture_is_legible_and_self_contained() -> None:
    """docs/img/layers.svg: valid SVG, no text under 15 px, nothing fetched from elsewhere."""
    path = ROOT / "docs" / "img" / "layers.svg"
    root = ET.parse(path).getroot()  # well-formed, or this raises
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    source = path.read_text(encoding="utf-8")
    sizes = [float(s) for s in re.findall(r"font-size:\s*([\d.]+)px", source)]
    sizes += [float(s) for s in re.findall(r'font-size="([\d.]+)', source)]
    assert sizes and min(sizes) >= 15, f"text as small as {min(sizes)} px"
    assert not re.search(r"(?:href|src)=\"(?!#)|<script|<image|@import|url\((?!#)", source)
    words = " ".join(root.itertext())
    for name in (*TARGET_DOMAINS, "api/", "embeddings/", "graph/", "errors.py", "ids.py", "db/"):
        assert name in words, f"the picture does not show {name}"


@pytest.mark.parametrize("name", TARGET_DOMAINS)
def test_each_domain_page_starts_with_what_lives_there(name: str) -> None:
    page = ROOT / "docs" / "domains" / f"{name}.md"
    headings = _HEADING.findall(page.read_text(encoding="utf-8"))
    assert headings[1] == "What lives here and why", f"{page.name}: first section {headings[1]!r}"
    assert f"`matcher/{name}/model.py`" in page.read_text(encoding="utf-8")


def test_the_readme_tour_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tour's command blocks run as a reader would paste them, in order, on the sample
    community (the fake encoder stands in for the model): every command succeeds and every
    output line the README shows (a ``#`` line after a command) is printed. The equity block
    once named people the sample does not have and no ``--as``: it failed at its first line."""
    from typer.testing import CliRunner

    monkeypatch.setenv("COFOUNDRY_ENCODER", "fake")
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "cofoundry-demo.db")
    runner = CliRunner()
    r = runner.invoke(app, ["import", str(ROOT / "data" / "profiles.json"), "--db", db])
    assert r.exit_code == 0, r.output
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    tour = readme.split("## A five-minute tour", 1)[1].split("\n## ", 1)[0]
    ran, output = 0, ""
    for block in re.findall(r"```sh\n(.*?)```", tour, re.S):
        for line in block.splitlines():
            if line.startswith("#"):
                assert line.lstrip("#").strip() in output, (line, output)
                continue
            tokens = shlex.split(line.split(" #", 1)[0])
            assert tokens[0] == "cofoundry", line
            args = [str(ROOT / t) if t.startswith("data/") else t for t in tokens[1:]]
            r = runner.invoke(app, args)
            assert r.exit_code == 0, f"{line}\n{r.output}"
            output, ran = r.output, ran + 1
    assert ran >= 8
