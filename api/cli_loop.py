"""The loop on the command line: my pipeline, a venture from an introduction, ending a venture.

``cofoundry pipeline ME``, ``cofoundry trust intro venture ME INTRO VENTURE`` and
``cofoundry venture end VENTURE ME``; the same rules as the API (a member acts as themselves).
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Annotated

import typer

from api.cli_event import event_app
from api.cli_trust import Me, intro_app, print_collab
from api.cli_venture import venture_app
from api.console import DbOpt, EncoderOpt, JsonOpt, out, settings_from
from api.console import errors as _errors
from api.schemas_loop import PipelinePublic
from api.schemas_trust import CollaborationPublic
from api.wiring import build_community
from matcher.access import Actor
from matcher.errors import InvalidInput
from matcher.loop import LoopService, pipeline_csv

__all__ = ["pipeline"]


def _loop(db: str | None, encoder: str | None) -> LoopService:
    settings = settings_from(db, encoder)
    return build_community(settings).loop


def pipeline(
    me: Me,
    k: Annotated[int, typer.Option(help="Suggestions to include.")] = 10,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
    as_json: JsonOpt = False,
    db: DbOpt = None,
    encoder: EncoderOpt = None,
) -> None:
    """People you were suggested, contacted, met and work with, and what to do next."""
    with _errors():
        rows = _loop(db, encoder).pipeline(me, actor=Actor(me), k=k)
        if as_csv:
            sys.stdout.write(pipeline_csv(rows))
            return
        for r in rows:
            if as_json:
                out.print_json(PipelinePublic.of(r).model_dump_json())
                continue
            out.print(
                f"{r.stage.label:<16} {r.person:<12} since {r.since.isoformat()}  {r.detail}"
                f"  -> {r.next_step}",
                highlight=False,
                markup=False,
            )


@intro_app.command("venture")
def intro_venture(
    me: Me,
    intro: Annotated[str, typer.Argument(help="An accepted introduction's id.")],
    venture: Annotated[str, typer.Argument(help="The new venture's id.")],
    name: Annotated[str, typer.Option(help="The venture's name.")] = "",
    db: DbOpt = None,
    encoder: EncoderOpt = None,
) -> None:
    """Start a venture with the other person of an accepted introduction."""
    with _errors():
        v, members = _loop(db, encoder).venture_from_intro(intro, venture, name, actor=Actor(me))
        out.print(f"venture {v.id}: members {', '.join(members)}", highlight=False)


@event_app.command("venture")
def team_venture(
    event: Annotated[str, typer.Argument(help="Event id.")],
    team: Annotated[int, typer.Argument(help="Your team's number.")],
    venture: Annotated[str, typer.Argument(help="The new venture's id.")],
    me: Annotated[str, typer.Option("--as", help="You: a member of the team.")],
    name: Annotated[str, typer.Option(help="The venture's name.")] = "",
    db: DbOpt = None,
    encoder: EncoderOpt = None,
) -> None:
    """Turn your team at an event into a venture (every team member joins it)."""
    with _errors():
        v, members = _loop(db, encoder).venture_from_team(
            event, team, venture, name, actor=Actor(me)
        )
        out.print(f"venture {v.id}: members {', '.join(members)}", highlight=False)


@venture_app.command("end")
def venture_end(
    venture: Annotated[str, typer.Argument(help="Venture id.")],
    me: Me,
    on: Annotated[str | None, typer.Option(help="The day it stopped, YYYY-MM-DD.")] = None,
    db: DbOpt = None,
    encoder: EncoderOpt = None,
) -> None:
    """End a venture: every pair of members is asked to confirm and rate their collaboration."""
    with _errors():
        try:
            day = None if on is None else dt.date.fromisoformat(on)
        except ValueError:
            raise InvalidInput(
                "on must be a date", field="on", value=on, hint="write it YYYY-MM-DD"
            ) from None
        proposed = _loop(db, encoder).end_venture(venture, day, actor=Actor(me))
        out.print(f"venture {venture} ended; {len(proposed)} collaboration(s) to confirm and rate")
        for c in proposed:
            print_collab(CollaborationPublic.of(c), False)
