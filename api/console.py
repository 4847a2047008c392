"""What every ``cofoundry`` command shares: the consoles, common options, settings and error printing.

The options that end many commands (``--as``, ``--admin``, ``--author``, ``--json``, ``--db``,
``--encoder``) are declared once here; a command names the ones it takes with
:func:`common` and receives them as one :class:`Common`.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import os
import tempfile
import typing
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic_core import PydanticCustomError
from rich.console import Console

from api.inputs import whole_number
from api.settings import Settings
from api.wiring import build_community
from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.errors import CofoundryError, ImportFailed, InvalidInput, NoProfileYet
from matcher.profiles import Steps

__all__ = [
    "WHOLE",
    "AdminOpt",
    "AsOpt",
    "AuthorOpt",
    "Common",
    "DbOpt",
    "EncoderOpt",
    "JsonOpt",
    "Panels",
    "WholeNumber",
    "acting",
    "common",
    "err",
    "errors",
    "in_panels",
    "out",
    "read_input",
    "require_file",
    "say",
    "settings_from",
    "step_bars",
    "write_file",
]

#: A command group's help panels, in order: (title, command names).
Panels = tuple[tuple[str, tuple[str, ...]], ...]


def in_panels(group: Any, panels: Panels) -> None:
    """Show ``group``'s commands (a click group) in ``panels``, in their order; the hidden
    ones (an alias kept one release) after them. A visible command in no panel stays last
    in the default one (the CLI's tests fail on it)."""
    ordered: dict[str, Any] = {}
    for title, names in panels:
        for name in names:
            group.commands[name].rich_help_panel = title
            ordered[name] = group.commands[name]
    group.commands = ordered | dict(group.commands)


class WholeNumber:
    """The parser of every whole number of the command line (its options' and arguments'
    ``typer.Option(parser=...)``): :func:`api.inputs.whole_number`, the one parser the API and
    the pages use, so that ``1_0``, ``+10``, `` 10`` and Arabic-Indic digits, which ``int()``
    reads, are refused here as they are there (typer names the option before the message).
    ``low`` and ``high`` bound it (in place of typer's ``min``/``max``); ``plus`` lets a sign
    be written before a positive number where the help writes one (a rating ``+2``).

    Examples
    --------
    >>> WHOLE("12"), WHOLE(7), WholeNumber(plus=True)("+2")
    (12, 7, 2)
    >>> WHOLE("1_0")
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.PydanticCustomError: must be a whole number, written with the digits 0-9 only (got '1_0'); such as 3
    >>> WholeNumber(1, 1000)("1001")
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.PydanticCustomError: must be between 1 and 1000 (got 1001); give a whole number from 1 to 1000
    """

    def __init__(self, low: int | None = None, high: int | None = None, *, plus: bool = False):
        self.low, self.high, self.plus = low, high, plus

    def __call__(self, value: Any) -> int:
        if isinstance(value, int) and not isinstance(value, bool):  # the option's default
            return value
        text = str(value)
        if self.plus and text[:1] == "+" and text[1:2].isascii() and text[1:2].isdigit():
            text = text[1:]
        try:
            return whole_number(text, "", low=self.low, high=self.high)
        except InvalidInput as exc:  # typer says "Invalid value for '--k': " before it
            message = str(exc).strip().replace("{", "{{").replace("}", "}}")
            raise PydanticCustomError("whole_number", message) from None


#: A whole number option or argument: ``typer.Option(parser=WHOLE)``.
WHOLE = WholeNumber()


out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def say(text: str) -> None:
    """Print ``text`` to standard output as it is: no Rich markup, no highlighting, so that
    names, ids and brackets in the data print to the letter."""
    out.print(text, markup=False, highlight=False)


DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="SQLite database file (env COFOUNDRY_DB), or a postgresql:// URL"
        " (env COFOUNDRY_DATABASE_URL).",
    ),
]
EncoderOpt = Annotated[
    str | None,
    typer.Option("--encoder", help="Encoder name or model folder (env COFOUNDRY_ENCODER)."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]
AsOpt = Annotated[
    str | None,
    typer.Option(
        "--as",
        help="The member who acts (their profile id): the same rules as with their token.",
    ),
]
AdminOpt = Annotated[
    bool,
    typer.Option(
        "--admin",
        help="Act as the operator, bypassing the member rules: create a venture for --owner,"
        " invite, name owners, set salaries and terms, freeze, import, record departures, and"
        " post or reverse on behalf of a member (--author, under that member's rules). An"
        " admin never approves, rejects, accepts an invitation, confirms or declines an end,"
        " or answers a departure for anyone.",
    ),
]
AuthorOpt = Annotated[
    str | None,
    typer.Option("--author", help="With --admin: the member on whose behalf the operator acts."),
]


def settings_from(db: str | None, encoder: str | None) -> Settings:
    """Settings from the environment, with ``--db`` and ``--encoder`` taking precedence.

    Examples
    --------
    >>> settings_from(":memory:", "fake").encoder
    'fake'
    """
    overrides: dict[str, Any] = {}
    if db:  # --db wins over both variables, whichever kind of database it names
        overrides["db"] = db
        overrides["database_url"] = None
    if encoder:
        overrides["encoder"] = encoder
    return Settings(**overrides)


@contextmanager
def errors() -> Iterator[None]:
    """Print domain errors as ``error: ...`` (detail, value, fix) and exit with status 2.

    An import that failed lists its first 20 problems, one per line, then the hint. Text
    that is not valid Unicode (an argument with bytes that were not UTF-8) is an error too,
    never a traceback.
    """
    try:
        yield
    except ImportFailed as exc:
        err.print(f"[red]error:[/red] {exc.detail}", markup=True, highlight=False)
        for e in exc.errors[:20]:
            line = str(e).encode("utf-8", "backslashreplace").decode()
            err.print(f"  - {line}", markup=False, highlight=False)
        if len(exc.errors) > 20:
            err.print(f"  ... and {len(exc.errors) - 20} more", highlight=False)
        err.print(f"hint: {exc.hint}", highlight=False)
        raise typer.Exit(2) from None
    except CofoundryError as exc:
        if isinstance(exc, NoProfileYet):  # said as the command that writes the profile
            exc = exc.for_command_line()
        err.print("[red]error:[/red] ", end="", markup=True)
        err.print(
            str(exc).encode("utf-8", "backslashreplace").decode(), markup=False, highlight=False
        )
        raise typer.Exit(2) from None
    except UnicodeError:  # an argument with bytes that were not UTF-8 (a lone surrogate)
        err.print("[red]error:[/red] ", end="", markup=True)
        err.print(
            "an argument is not valid text (bytes that are not UTF-8); write it in UTF-8",
            markup=False,
            highlight=False,
        )
        raise typer.Exit(2) from None


def require_file(path: Path, *, field: str, hint: str, what: str = "file") -> None:
    """Stop the command with an error naming ``path`` when it does not exist.

    Examples
    --------
    >>> require_file(Path("no-such.csv"), field="FILE", hint="check the path")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: file 'no-such.csv' does not exist; check the path
    """
    if not path.exists():
        raise InvalidInput(
            f"{what} {str(path)!r} does not exist", field=field, value=str(path), hint=hint
        )


def read_input(path: Path, *, field: str, hint: str) -> bytes:
    """The bytes of a file a command reads, or an error naming it: it does not exist (see
    :func:`require_file`), or it cannot be read (a folder, no permission).

    Examples
    --------
    >>> read_input(Path("."), field="file", hint="give the path of a CSV file")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: cannot read .: Is a directory (got '.'); give the path of a CSV file
    """
    require_file(path, field=field, hint=hint)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            f"cannot read {path}: {exc.strerror}", field=field, value=str(path), hint=hint
        ) from None


def write_file(path: Path, data: bytes, *, field: str = "--out") -> None:
    """Write a file atomically: a crash leaves the old file or the new one, never half. A
    path that cannot be written (a folder, a folder that does not exist, no permission) is
    an error naming it and nothing is left behind (it was a traceback, and a stray
    ``*.tmp`` file next to the folder given).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     target = pathlib.Path(folder) / "out.txt"
    ...     write_file(target, b"done")
    ...     target.read_bytes()
    b'done'
    >>> write_file(Path("."), b"done")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: cannot write .: it is a folder (got '.'); give a file name, such as a name inside that folder
    """
    if path.is_dir():
        raise InvalidInput(
            f"cannot write {path}: it is a folder",
            field=field,
            value=str(path),
            hint="give a file name, such as a name inside that folder",
        )
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise InvalidInput(
            f"cannot write {path}: {exc.strerror}",
            field=field,
            value=str(path),
            hint="check that its folder exists and that you may write in it",
        ) from None


def acting(as_: str | None, admin: bool) -> Actor:
    """Who acts: ``--as MEMBER`` or ``--admin`` (exactly one).

    Examples
    --------
    >>> acting("ana", False).profile_id, acting(None, True).is_admin
    ('ana', True)
    """
    if as_ and admin:
        raise InvalidInput(
            "give --as or --admin, not both",
            field="as",
            value=as_,
            hint="--as MEMBER acts under that member's rules; --admin acts as the operator",
        )
    if admin:
        return ADMIN
    if not as_:
        raise InvalidInput(
            "say who acts: --as MEMBER (the member rules apply) or --admin (the operator)",
            field="as",
            hint="e.g. --as ana",
        )
    return Actor(as_)


def _tell_site(address: str) -> None:
    err.print(
        f"e-mail links start with {address}, COFOUNDRY_PUBLIC_URL's default: set it to the"
        " site's address as members reach it",
        markup=False,
        highlight=False,
    )


@dataclass(frozen=True, slots=True)
class Common:
    """The shared options a command was given (those it does not take keep their default).

    Each field is declared once, with its option: :func:`common` lists the ones a command
    takes.

    Examples
    --------
    >>> o = Common(as_="ana", db=":memory:")
    >>> o.actor().profile_id, o.settings().database
    ('ana', ':memory:')
    """

    as_: AsOpt = None
    admin: AdminOpt = False
    author: AuthorOpt = None
    as_json: JsonOpt = False
    db: DbOpt = None
    encoder: EncoderOpt = None

    def actor(self) -> Actor:
        """Who acts, from ``--as`` and ``--admin`` (see :func:`acting`)."""
        return acting(self.as_, self.admin)

    def settings(self) -> Settings:
        """The settings, with ``--db`` and ``--encoder`` taking precedence (:func:`settings_from`)."""
        return settings_from(self.db, self.encoder)

    def community(self) -> Community:
        """Every service over the database these settings name (:func:`api.wiring.build_community`);
        without ``COFOUNDRY_PUBLIC_URL``, the first e-mail written says on standard error which
        address its links start with (the setting's default)."""
        settings = self.settings()
        told = None if "public_url" in settings.model_fields_set else _tell_site
        return build_community(settings, told=told)


def _options(group: type, names: Collection[str] | None = None) -> list[inspect.Parameter]:
    """The command-line parameters of an option group (a dataclass whose fields carry their
    option), all of them or only ``names``, in the order of its fields."""
    hints = typing.get_type_hints(group, include_extras=True)
    return [
        inspect.Parameter(
            f.name, inspect.Parameter.KEYWORD_ONLY, annotation=hints[f.name], default=f.default
        )
        for f in fields(group)
        if names is None or f.name in names
    ]


def common(*names: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Make a command end with the shared options ``names``, in the order of :class:`Common`.

    The command declares its own arguments and options and ``opts: Common``; Typer sees the
    command's parameters followed by the shared ones, so its help and option names are as if
    each command had listed them. A parameter whose type is another option group (a
    dataclass whose fields carry their options) stands for all of that group's options, in
    place. The command runs under :func:`errors`.

    Examples
    --------
    >>> @common("as_json", "db")
    ... def show(k: int, opts: Common) -> None:
    ...     print(k, opts.as_json, opts.db)
    >>> list(inspect.signature(show).parameters)
    ['k', 'as_json', 'db']
    >>> show(k=3, as_json=True, db="x.db")
    3 True x.db
    """
    known = [f.name for f in fields(Common)]
    unknown = sorted(set(names) - set(known))
    if unknown:
        raise ValueError(f"common(): unknown shared options {unknown}; known: {known}")

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        hints = typing.get_type_hints(command, include_extras=True)
        params: list[inspect.Parameter] = []
        groups: dict[str, tuple[type, list[str]]] = {}
        for p in inspect.signature(command).parameters.values():
            kind = hints.get(p.name, p.annotation)
            if p.name == "opts":
                continue
            if isinstance(kind, type) and is_dataclass(kind):
                group = _options(kind)
                groups[p.name] = (kind, [g.name for g in group])
                params += group
            else:
                params.append(p.replace(annotation=kind, kind=inspect.Parameter.KEYWORD_ONLY))
        shared = _options(Common, names)
        taken = [q.name for q in shared]
        params += shared

        @functools.wraps(command)
        def run(**kwargs: Any) -> None:
            opts = Common(**{n: kwargs.pop(n) for n in taken})
            for name, (group, members) in groups.items():
                kwargs[name] = group(**{m: kwargs.pop(m) for m in members})
            with errors():
                command(**kwargs, opts=opts)

        run.__signature__ = inspect.Signature(params, return_annotation=None)  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in params} | {"return": None}
        return run

    return decorate


@contextmanager
def step_bars(label: str = "") -> Iterator[Steps]:
    """Bars for a long import's steps (:data:`matcher.profiles.IMPORT_STEPS`), on stderr,
    cleared when done: ``with step_bars() as steps: profiles.import_profiles(..., steps=steps)``.

    Drawn only on a terminal; elsewhere (a pipe, a test) the steps pass silently.
    """
    if not err.is_terminal:
        yield lambda step, done, total: None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    with Progress(
        TextColumn(f"{label}{{task.description}}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    ) as bars:
        tasks: dict[str, Any] = {}

        def steps(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = bars.add_task(step, total=total)
            bars.update(tasks[step], completed=done, total=total)

        yield steps
