"""What every ``cofoundry`` command shares: the consoles, common options, settings and error printing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from rich.console import Console

from api.settings import Settings
from matcher.errors import CofoundryError, ImportFailed

__all__ = ["DbOpt", "EncoderOpt", "JsonOpt", "err", "errors", "out", "settings_from"]

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

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
