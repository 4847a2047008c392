"""``cofoundry privacy ...``: export all of a person's data, or erase the person (admins, on the server).

A thin shell over :class:`matcher.privacy.service.PrivacyService`. The command line
runs on the server with direct access to the database: it acts as an admin.
Members use ``GET /me/export`` and ``DELETE /me``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from api.console import Common, common, out, say, write_file
from api.schemas_privacy import ErasurePublic, ExportPublic
from matcher.access import ADMIN

__all__ = ["privacy_app"]

privacy_app = typer.Typer(
    help="Privacy rights: export a person's data, erase a person.", no_args_is_help=True
)

Person = Annotated[str, typer.Argument(help="The profile id of the person.")]


@privacy_app.command("export")
@common("db", "encoder")
def export(
    opts: Common,
    person: Person,
    to: Annotated[
        Path | None, typer.Option("--out", help="Write the JSON to this file (default: stdout).")
    ] = None,
) -> None:
    """Everything cofoundry holds about a person, as one JSON document (GET /me/export's shape)."""
    privacy = opts.community().privacy
    text = ExportPublic.of(privacy.export(person, actor=ADMIN)).model_dump_json(indent=1)
    if to is None:
        sys.stdout.write(text + "\n")
        return
    write_file(to, (text + "\n").encode("utf-8"))
    say(f"exported {person}'s data to {to}")


@privacy_app.command("erase")
@common("as_json", "db", "encoder")
def erase(
    opts: Common,
    person: Person,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
    vacuum: Annotated[
        bool | None,
        typer.Option(
            "--vacuum/--no-vacuum",
            help="Rebuild the database file (default: COFOUNDRY_ERASE_VACUUM).",
        ),
    ] = None,
) -> None:
    """Erase a person everywhere; in ledgers they become a pseudonym. This cannot be undone."""
    community = opts.community()
    if not yes:  # the name beside the id: an id typed wrong erases someone else
        found = community.profiles.store.get_profile(person)
        who = f"{found.name} ({person})" if found is not None else person
        typer.confirm(f"erase {who} everywhere? this cannot be undone", abort=True)
    privacy = community.privacy
    receipt = ErasurePublic.of(privacy.erase(person, actor=ADMIN, vacuum=vacuum))
    if opts.as_json:
        sys.stdout.write(receipt.model_dump_json() + "\n")
        return
    rows = ", ".join(f"{n} {table}" for table, n in sorted(receipt.rows.items()))
    say(f"erased {person}: {rows}")
    if receipt.ventures:
        say(f"now a pseudonym in the ledgers of {', '.join(receipt.ventures)}")
    out.print(
        "index rewritten" if receipt.index_rewritten else "no saved index to rewrite",
        "; log checkpointed" if receipt.checkpointed else "; checkpoint pending (busy)",
        "; file vacuumed" if receipt.vacuumed else "",
        sep="",
        highlight=False,
    )
