"""The ``cofoundry`` command line: a thin shell over :class:`matcher.community.Community`.

Every command reads settings (``COFOUNDRY_*`` environment variables, or the
``--db`` / ``--encoder`` options), calls one use case and prints the result.
Errors are printed as ``error: <detail>`` with the field, value and fix, and the
command exits with status 2.
"""

from __future__ import annotations

import inspect
import io
import json
import logging
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
import typer.core
from pydantic import ValidationError

from api.cli_event import EVENT_PANELS, event_app
from api.cli_loop import pipeline
from api.cli_mail import digest, mail_app, worker
from api.cli_privacy import privacy_app
from api.cli_rerank import rerank_app
from api.cli_trust import trust_app
from api.cli_venture import VENTURE_PANELS, venture_app
from api.console import (
    WHOLE,
    Common,
    Panels,
    common,
    err,
    in_panels,
    out,
    read_input,
    require_file,
    say,
    step_bars,
    write_file,
)
from api.console import settings_from as _settings
from api.observability import configure_logging
from api.schemas import SuggestionPublic
from api.settings import settings_problems
from api.startup import preflight
from api.wiring import build_community
from matcher import csvio
from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.db import copy_database, redact
from matcher.errors import InvalidInput, counted
from matcher.matching import MAX_K, Suggestion
from matcher.profiles import COLUMNS, ImportReport, parse_json, read_profile_csv
from matcher.schema import connect

__all__ = ["app", "main"]

app = typer.Typer(
    help="cofoundry: find complementary, compatible associates, with every suggestion explained.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
token_app = typer.Typer(help="Bearer tokens for the HTTP API.", no_args_is_help=True)
app.add_typer(token_app, name="token")
app.add_typer(trust_app, name="trust")
app.add_typer(venture_app, name="venture")
# the name before this release; kept one release as an alias (docs: getting started)
app.add_typer(venture_app, name="pie", hidden=True, deprecated=True)
app.command("pipeline")(pipeline)
app.add_typer(event_app, name="event")
app.add_typer(privacy_app, name="privacy")
app.add_typer(mail_app, name="mail")
app.add_typer(rerank_app, name="rerank")
app.command("worker")(worker)
app.command("digest")(digest)


REPO_DATA = Path(__file__).resolve().parents[1] / "data"


def read_rows(path: Path) -> tuple[list[dict[str, Any]], str]:
    """Rows of a .csv or .json file, with errors that name the file, and the file's language
    for a row that names none and whose texts do not tell: its column names' (a CSV file's),
    else English (a JSON file's keys are the fields' English names)."""
    data = read_input(path, field="FILE", hint="check the path")
    # as every file the product reads: UTF-8, Excel's UTF-16 or Windows-1252 (matcher.csvio)
    try:
        text = csvio.decode(data, source=path.name)
    except InvalidInput as exc:
        raise InvalidInput(exc.detail, field="FILE", value=str(path), hint=exc.hint) from None
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows, language = read_profile_csv(text, source=path.name)
        return rows, language or "en"
    if suffix == ".json":
        return parse_json(text, source=path.name), "en"
    raise InvalidInput(
        f"{path.name}: unknown file type {suffix or '(none)'!r}",
        field="FILE",
        value=str(path),
        hint="import a .csv or a .json file",
    )


def guessed_text(report: ImportReport) -> str:
    """What an import guessed of the languages of the profiles whose row named none, such
    as ``languages guessed for 3 profiles that named none (their texts, else the column
    names; English kept): fr;en 2 (ana, bob), en 1 (cyd)``."""
    by: dict[str, list[str]] = {}
    for pid, langs in report.guessed:
        by.setdefault(langs, []).append(pid)

    def few(ids: list[str]) -> str:
        return ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")

    return (
        f"languages guessed for {counted(len(report.guessed), 'profile')} that named none"
        " (their texts, else the column names; English kept): "
        + "; ".join(f"{langs} {len(ids)} ({few(ids)})" for langs, ids in sorted(by.items()))
    )


def write_rejected(report: ImportReport, path: Path) -> None:
    """Write the rejected rows, with their row number and reasons, to a CSV file atomically."""
    buf = io.StringIO()
    header = ["row", "errors", *COLUMNS]
    writer = csvio.writer(buf)  # a rejected row is someone's input: no formula runs
    writer.writerow(header)
    for number, raw, errors in report.rejected:
        cells = {k: ";".join(map(str, v)) if isinstance(v, list) else v for k, v in raw.items()}
        cells |= {"row": number, "errors": " | ".join(str(e) for e in errors)}
        writer.writerow([cells.get(k) for k in header])
    write_file(path, buf.getvalue().encode("utf-8"), field="--rejected")


@app.command("import")
@common("db", "encoder")
def import_(
    opts: Common,
    file: Annotated[Path, typer.Argument(help="A .csv or .json file of profiles.")],
    skip_invalid: Annotated[
        bool,
        typer.Option(
            "--skip-invalid", help="Import the valid rows; write the rejected ones to a file."
        ),
    ] = False,
    rejected: Annotated[
        Path | None,
        typer.Option(help="Where --skip-invalid writes rejected rows (default FILE.rejected.csv)."),
    ] = None,
) -> None:
    """Import profiles (create new ids, update existing ones) in one transaction."""
    rows, language = read_rows(file)
    community = opts.community()
    with step_bars() as steps:
        report = community.profiles.import_profiles(
            rows, skip_invalid=skip_invalid, source=file.name, steps=steps, file_language=language
        )
    out.print(
        f"imported {counted(len(report.created), 'new profile')} and"
        f" {len(report.updated)} updated from {file.name}; encoded"
        f" {counted(report.encoded, 'changed text')} with"
        f" {community.encoder.name}",
        highlight=False,
    )
    if report.guessed:
        out.print(guessed_text(report), highlight=False)
    if report.rejected:
        target = rejected or file.with_name(file.name + ".rejected.csv")
        write_rejected(report, target)
        out.print(
            f"rejected {counted(len(report.rejected), 'row')}, with reasons, in {target}",
            highlight=False,
        )


#: the parts of a card's points, as the CLI names them (the web's labels are translated)
PART_NAMES = {
    "need_met": "your needs met",
    "need_met_back": "theirs met",
    "values": "values",
    "roles": "roles",
    "preferences": "nice-to-haves",
}


def _print_suggestions(community: Community, viewer_id: str, suggestions: list[Suggestion]) -> None:
    viewer = community.profiles.store.get_profile(viewer_id)
    assert viewer is not None
    people = {
        p.id: p for p in community.profiles.store.profiles([s.candidate for s in suggestions])
    }
    on_paths = [pid for s in suggestions for pid in s.intro_path]
    names = community.profiles.names(on_paths, actor=Actor(viewer_id))
    out.print(
        f"[bold]Suggestions for {viewer.name}[/bold] ({viewer.id})"
        + (f" - {viewer.headline}" if viewer.headline else ""),
        highlight=False,
    )
    if not suggestions:
        out.print("  nobody passes the filters yet (language, commitment, time zone, consent)")
    for rank, s in enumerate(suggestions, 1):
        p = people[s.candidate]
        out.print(
            f"{rank:>3}. [bold]{p.name}[/bold] ({p.id}) match {s.rating.points}/100,"
            f" {s.rating.band}" + (f" - {p.headline}" if p.headline else ""),
            highlight=False,
        )
        roles = []
        if s.roles_they_bring:
            roles.append("brings " + ", ".join(r.value for r in s.roles_they_bring))
        if s.roles_i_bring:
            roles.append("you bring " + ", ".join(r.value for r in s.roles_i_bring))
        points = ", ".join(f"{PART_NAMES[name]} {n}" for name, n in s.parts.items())
        out.print(
            f"     points from: {points}"
            + (" (values not given: not counted)" if s.components.values is None else "")
            + (f" | {'; '.join(roles)}" if roles else "")
            + f" | speaks {', '.join(s.common_languages)}",
            highlight=False,
        )
        nice = [p for p in s.preferences if p.strength == "nice"]
        if nice:
            met = [p.criterion for p in nice if p.met]
            missed = [p.criterion for p in nice if not p.met]
            out.print(
                "     nice-to-haves met: "
                + (", ".join(met) or "none")
                + (f"; missed: {', '.join(missed)}" if missed else ""),
                highlight=False,
            )
        social = []
        if s.trust:
            social.append(f"trust {s.trust:.2f}")
        if s.worked_together_again:
            social.append("you worked together and would again")
        if len(s.intro_path) > 2:
            social.append("warm intro: " + " -> ".join(names[pid] for pid in s.intro_path))
        if social:
            say("     " + " | ".join(social))
        if s.learned is not None:
            say("     " + s.learned.note)
        for m in s.meets_my_needs[:2]:
            say(f'     your need "{m.need}" <- their offer "{m.offer}"')
        for m in s.meets_their_needs[:2]:
            say(f'     their need "{m.need}" <- your offer "{m.offer}"')


def _suggestions_json(community: Community, suggestions: list[Suggestion]) -> str:
    people = {
        p.id: p for p in community.profiles.store.profiles([s.candidate for s in suggestions])
    }
    return json.dumps(
        [
            SuggestionPublic.of(i, s, people[s.candidate]).model_dump(mode="json")
            for i, s in enumerate(suggestions, 1)
        ],
        ensure_ascii=False,
        indent=1,
    )


@app.command()
@common("as_json", "db", "encoder")
def match(
    opts: Common,
    profile_id: Annotated[str, typer.Argument(help="Whose suggestions.")],
    k: Annotated[
        int, typer.Option("--k", "-k", help=f"How many suggestions (1-{MAX_K}).", parser=WHOLE)
    ] = 10,
) -> None:
    """Ranked, explained suggestions of associates for one profile."""
    community = opts.community()
    suggestions = community.matching.suggest(profile_id, k=k, actor=ADMIN)
    if opts.as_json:
        sys.stdout.write(_suggestions_json(community, suggestions) + "\n")
    else:
        _print_suggestions(community, profile_id, suggestions)


@app.command()
@common("db", "encoder")
def demo(
    opts: Common,
    people: Annotated[int, typer.Option(help="How many sample people to show.", parser=WHOLE)] = 3,
    k: Annotated[int, typer.Option("--k", "-k", help="Suggestions per person.", parser=WHOLE)] = 5,
    data: Annotated[Path, typer.Option(help="Sample data folder.")] = REPO_DATA,
) -> None:
    """Import the shipped sample profiles and show explained suggestions for a few people."""
    settings = _settings(opts.db or "cofoundry-demo.db", opts.encoder)
    source = data / "profiles.json"
    rows, language = read_rows(source)
    community = build_community(settings)
    out.print(
        f"cofoundry demo: {len(rows)} sample profiles from {source}, database"
        f" {settings.db}, encoder {community.encoder.name}",
        highlight=False,
    )
    with step_bars() as steps:
        report = community.profiles.import_profiles(
            rows, source=source.name, steps=steps, file_language=language
        )
    out.print(
        f"imported {len(report.created)} new, {len(report.updated)} updated;"
        f" encoded {counted(report.encoded, 'changed text')}",
        highlight=False,
    )
    pairs = json.loads((data / "pairs.json").read_text(encoding="utf-8"))
    for pair in pairs[:people]:
        suggestions = community.matching.suggest(pair["a"], k=k, actor=ADMIN)
        out.print()
        _print_suggestions(community, pair["a"], suggestions)
        ranks = [i for i, s in enumerate(suggestions, 1) if s.candidate == pair["b"]]
        where = f"rank {ranks[0]}" if ranks else f"not in the top {k}"
        out.print(f"     designed partner {pair['b']}: {where}", highlight=False)
    found = [
        next(
            (
                i
                for i, s in enumerate(community.matching.suggest(p["a"], k=10, actor=ADMIN), 1)
                if s.candidate == p["b"]
            ),
            None,
        )
        for p in pairs
    ]
    first = sum(1 for r in found if r == 1)
    top5 = sum(1 for r in found if r is not None and r <= 5)
    out.print(
        f"\nAcross all {len(pairs)} designed pairs of the sample data, the partner is"
        f" suggested first for {first} and in the top 5 for {top5}.",
        highlight=False,
    )
    out.print(
        f"\nNext: cofoundry match {pairs[0]['a']} --db {settings.db} --k 10 [--json];"
        f" cofoundry serve --db {settings.db} then open http://127.0.0.1:8000/docs",
        highlight=False,
    )


@app.command()
@common("db", "encoder")
def reindex(opts: Common) -> None:
    """Encode any changed texts and rebuild the vector index from the database."""
    community = opts.community()
    encoded = community.profiles.ensure_vectors(progress=True)
    size = community.matching.rebuild_index()
    out.print(
        f"encoded {counted(encoded, 'text')}; index holds {counted(size, 'person', 'people')}",
        highlight=False,
    )


THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def worker_threads(workers: int, cpus: int) -> dict[str, str]:
    """Thread counts for the math libraries (OpenMP: FAISS; OpenBLAS / MKL: numpy) of each
    of ``workers`` server processes on ``cpus`` cores: their share, at least 1.

    Each library otherwise starts one thread per core in every worker, and on a busy
    server the workers' threads fight for the same cores (bench/load.py: 9.6 ms of CPU
    per suggestion with the defaults, 7.9 ms with one thread each, 2 workers on 2 cores).
    Set the variables yourself to override.

    >>> worker_threads(2, 2)
    {'OMP_NUM_THREADS': '1', 'OPENBLAS_NUM_THREADS': '1', 'MKL_NUM_THREADS': '1'}
    >>> worker_threads(2, 8)["OMP_NUM_THREADS"]
    '4'
    """
    share = str(max(1, cpus // max(1, workers)))
    return dict.fromkeys(THREAD_VARS, share)


@app.command()
@common("db", "encoder")
def serve(
    opts: Common,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.", parser=WHOLE)] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes.", parser=WHOLE)] = 1,
    worker_timeout: Annotated[
        int,
        typer.Option(
            help="Seconds a worker may take to answer the supervisor's health ping before it"
            " is restarted (uvicorn's 5 s default kills busy workers on a loaded machine).",
            parser=WHOLE,
        ),
    ] = 60,
) -> None:
    """Run the HTTP API (OpenAPI docs at /docs, liveness /health, readiness /ready).

    Checks first that it can serve (database writable, encoder loads, saved index fresh)
    and stops with one message naming the setting and the fix if not. Logs are JSON lines
    on stderr, one per request with its request id (uvicorn's access log, which holds
    paths and client addresses, is off).
    """
    import uvicorn

    if opts.db:  # the workers read the environment: --db wins over both variables
        os.environ["COFOUNDRY_DB"] = opts.db
        os.environ.pop("COFOUNDRY_DATABASE_URL", None)
    if opts.encoder:
        os.environ["COFOUNDRY_ENCODER"] = opts.encoder
    os.environ.setdefault("COFOUNDRY_LOG_JSON", "true")
    if workers > 1:  # one request per worker at a time: its math libraries get its share
        for var, value in worker_threads(workers, os.cpu_count() or 1).items():
            os.environ.setdefault(var, value)
    settings = opts.settings()
    preflight(settings).close()
    if settings.log_json:
        configure_logging(settings.log_level)
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        access_log=False,
        log_config=None,
        timeout_worker_healthcheck=worker_timeout,
    )


@app.command()
@common("db")
def migrate(
    opts: Common,
    database_url: Annotated[
        str | None,
        typer.Option(
            "--database-url",
            help="A postgresql:// URL or a SQLite file (default: COFOUNDRY_DATABASE_URL,"
            " else COFOUNDRY_DB).",
        ),
    ] = None,
) -> None:
    """Create the database schema, or upgrade it to this version (SQLite or PostgreSQL)."""
    target = database_url or opts.db or _settings(None, None).database
    before_after = connect(target)
    version = before_after.schema_version()
    before_after.close()
    out.print(f"{redact(target)}: schema at version {version}", highlight=False)


@app.command("copy-db")
@common("db")
def copy_db(
    opts: Common,
    first: Annotated[
        str, typer.Argument(metavar="SOURCE", help="The SQLite file of the community.")
    ],
    second: Annotated[
        str | None,
        typer.Argument(metavar="TARGET", help="postgresql:// URL of an empty database."),
    ] = None,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace the rows of a non-empty target.")
    ] = False,
) -> None:
    """Copy a community from SQLite to PostgreSQL, then check every table (rows, checksums).

    ``cofoundry copy-db c.db postgresql://...`` (or ``copy-db postgresql://... --db c.db``).
    Both are migrated to this version first. The copy is one transaction of the target;
    a table whose rows or checksum differ afterwards fails the command.
    """
    if second is None:  # copy-db TARGET --db SOURCE
        if not opts.db:
            raise InvalidInput(
                "copy-db needs a source and a target",
                field="SOURCE",
                hint="cofoundry copy-db SOURCE.db postgresql://...",
            )
        first, second = opts.db, first
    source, target = Path(first), second
    require_file(
        source,
        field="SOURCE",
        hint="give the path of the SQLite file (COFOUNDRY_DB)",
        what="database",
    )
    src, dst = connect(source), connect(target)
    try:
        report = copy_database(src, dst, overwrite=overwrite)
    finally:
        src.close()
        dst.close()
    for t in report.tables:
        out.print(
            f"  {t.table:<22} {counted(t.target_rows, 'row'):>14}  sha256 {t.target_checksum[:16]}",
            highlight=False,
        )
    out.print(
        f"copied {counted(report.rows, 'row')} in {counted(len(report.tables), 'table')}"
        f" to {redact(target)}"
        f" in {report.seconds:.1f} s; counts and checksums match",
        highlight=False,
    )


@token_app.command("create")
@common("db")
def token_create(
    opts: Common,
    profile: Annotated[
        str | None, typer.Option("--profile", help="Profile id of the member.")
    ] = None,
    admin: Annotated[bool, typer.Option("--admin", help="An admin token.")] = False,
    label: Annotated[str, typer.Option(help="A note to recognise the token.")] = "",
) -> None:
    """Create a bearer token (printed once; only its hash is stored)."""
    token = opts.community().security.create_token(
        profile, role=ADMIN.role if admin else Actor(profile).role, label=label
    )
    sys.stdout.write(token + "\n")


@token_app.command("list")
@common("db")
def token_list(
    opts: Common,
    profile: Annotated[
        str | None, typer.Option("--profile", help="Only this member's tokens.")
    ] = None,
) -> None:
    """The tokens (their ids, owners, labels and dates; never the tokens themselves)."""
    community = opts.community()
    for t in community.security.tokens(profile, actor=ADMIN):
        expires = f"expires {t.expires_at:%Y-%m-%d}" if t.expires_at else "never expires"
        say(
            f"{t.id}  {t.profile_id or '-'}  {t.role}  {t.label or '-'}  "
            f"created {t.created_at:%Y-%m-%d}  {expires}"
        )


@token_app.command("revoke")
@common("db")
def token_revoke(
    opts: Common,
    token_id: Annotated[str, typer.Argument(help="The token's id, from `cofoundry token list`.")],
) -> None:
    """Revoke a token: it is refused from the next request on."""
    community = opts.community()
    community.security.revoke_token(None, token_id, actor=ADMIN)
    out.print(f"token {token_id} revoked")


#: The help's panels, in the order a newcomer meets them; every visible command is in one.
PANELS: Panels = (
    ("Start here", ("demo", "import", "match", "serve")),
    ("Members", ("pipeline", "trust")),
    ("Organisers", ("event",)),
    ("Teams", ("venture",)),
    ("Privacy and e-mail", ("privacy", "mail", "digest")),
    ("Running a community", ("worker", "rerank", "reindex", "migrate", "copy-db", "token")),
)


def command() -> typer.core.TyperGroup:
    """The whole command line as a click command, each command's summary in a list one line,
    the commands in the panels of :data:`PANELS` (registration order put ``pipeline``,
    ``worker`` and ``digest`` first and ``demo`` fourth), an event's and a venture's in
    theirs (``EVENT_PANELS``, ``VENTURE_PANELS``).

    Typer's help keeps a docstring's line breaks in a list of commands, and wraps each line
    again at the terminal's width: at 80 columns the summaries went ragged. A summary is the
    first paragraph of the docstring, so it is given here as one line (``short_help``), which
    the help then wraps as a whole.

    >>> venture = command().commands["venture"].commands["import"]  # type: ignore[attr-defined]
    >>> venture.help.count(chr(10)), venture.short_help.count(chr(10))
    (2, 0)
    """
    root = typer.main.get_command(app)
    assert isinstance(root, typer.core.TyperGroup)
    in_panels(root, PANELS)
    in_panels(root.commands["event"], EVENT_PANELS)
    in_panels(root.commands["venture"], VENTURE_PANELS)
    stack: list[typer.core.TyperCommand | typer.core.TyperGroup] = [root]
    while stack:
        cmd = stack.pop()
        if cmd.short_help is None and cmd.help:
            first = inspect.cleandoc(cmd.help).partition("\f")[0].split("\n\n")[0]
            cmd.short_help = " ".join(first.split())
        if isinstance(cmd, typer.core.TyperGroup):
            stack.extend(cmd.commands.values())  # type: ignore[arg-type]
    return root


def main() -> None:
    """Entry point of the ``cofoundry`` console script.

    A setting the environment (or ``.env``) gives a value it cannot take is a one-line
    error per setting naming the variable, the value and what it accepts, exit status 2:
    never a traceback.
    """
    logging.basicConfig(level=os.environ.get("COFOUNDRY_LOG", "WARNING"))
    try:
        command()(prog_name="cofoundry")
    except ValidationError as exc:
        for problem in settings_problems(exc):
            err.print("[red]error:[/red] ", end="", markup=True)
            err.print(problem, markup=False, highlight=False)
        sys.exit(2)
