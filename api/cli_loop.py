"""The loop on the command line: my pipeline, a venture from an introduction, ending a venture.

``cofoundry pipeline ME``, ``cofoundry trust intro venture ME INTRO VENTURE`` and
``cofoundry venture end VENTURE --as ME`` (then ``end-confirm``, ``end-decline``,
``end-status``); the same rules as the API (a member acts as themselves).
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from api.cli_event import EventArg, event_app
from api.cli_trust import Me, intro_app, print_collab
from api.cli_venture import FirstDayOpt, VentureArg, venture_app
from api.console import (
    WHOLE,
    AsOpt,
    Common,
    WholeNumber,
    acting,
    common,
    out,
    say,
)
from api.schemas_loop import PipelinePublic
from api.schemas_trust import CollaborationPublic
from api.schemas_ventures import optional_day
from matcher.access import Actor
from matcher.errors import counted
from matcher.loop import EndOutcome, LoopService, pipeline_csv

__all__ = ["pipeline"]

NewVentureArg = Annotated[str, typer.Argument(help="The new venture's id.")]
VentureNameOpt = Annotated[str, typer.Option(help="The venture's name.")]
EndProposalOpt = Annotated[
    int | None,
    typer.Option(
        help="The number of the proposal you read (end-status): refused if another is"
        " open, which may end the venture on another day.",
        parser=WHOLE,
    ),
]


@common("as_json", "db", "encoder")
def pipeline(
    opts: Common,
    me: Me,
    k: Annotated[int, typer.Option(help="Suggestions to include.", parser=WHOLE)] = 10,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
) -> None:
    """People you were suggested, contacted, met and work with, and what to do next."""
    rows = opts.community().loop.pipeline(me, actor=Actor(me), k=k)
    if as_csv:
        sys.stdout.write(pipeline_csv(rows))
        return
    for r in rows:
        if opts.as_json:
            out.print_json(PipelinePublic.of(r).model_dump_json())
            continue
        say(
            f"{r.stage.label:<16} {r.person:<12} since {r.since.isoformat()}  {r.detail}"
            f"  -> {r.next_step}"
        )


@intro_app.command("venture")
@common("db", "encoder")
def intro_venture(
    opts: Common,
    me: Me,
    intro: Annotated[str, typer.Argument(help="An accepted introduction's id.")],
    venture: NewVentureArg,
    name: VentureNameOpt = "",
    start: FirstDayOpt = None,
) -> None:
    """Start a venture with the other person of an accepted introduction: you own it, they
    are invited (they join by accepting: cofoundry venture accept)."""
    loop = opts.community().loop
    v, _ = loop.venture_from_intro(
        intro, venture, name, actor=Actor(me), start=optional_day(start, "start")
    )
    _show_started(loop, v.id, Actor(me))


@event_app.command("venture")
@common("db", "encoder")
def team_venture(
    opts: Common,
    event: EventArg,
    team: Annotated[int, typer.Argument(help="Your team's number.", parser=WHOLE)],
    venture: NewVentureArg,
    me: Annotated[str, typer.Option("--as", help="You: a member of the team.")],
    name: VentureNameOpt = "",
    start: FirstDayOpt = None,
    formation: Annotated[
        int | None,
        typer.Option(
            parser=WholeNumber(1, 10_000),
            help="A team of the teams formed before and replaced on the day (1: the first"
            " teams formed), as your day lists it; by default the teams now.",
        ),
    ] = None,
) -> None:
    """Turn your team at an event into a venture: you own it, the other team members you
    worked with are invited (they join by accepting)."""
    loop = opts.community().loop
    v, _ = loop.venture_from_team(
        event,
        team,
        venture,
        name,
        actor=Actor(me),
        start=optional_day(start, "start"),
        formation=formation,
    )
    _show_started(loop, v.id, Actor(me))


def _show_started(loop: LoopService, venture_id: str, actor: Actor) -> None:
    roles = loop.equity.view(venture_id, actor=actor).roles
    out.print(
        f"venture {venture_id}: members {', '.join(roles.members)};"
        f" invited {', '.join(roles.invited) or 'nobody'}",
        highlight=False,
    )


@venture_app.command("end")
@common("db", "encoder")
def venture_end(
    opts: Common,
    venture: VentureArg,
    as_: AsOpt = None,  # before --on in the help, unlike the shared options
    on: Annotated[str | None, typer.Option(help="The day it stops, YYYY-MM-DD (today).")] = None,
) -> None:
    """Propose to end a venture (an owner): the ledger locks until every member confirms it
    (end-confirm) or one declines (end-decline). When the last one confirms, every pair of
    members is asked to confirm and rate their collaboration."""
    actor = acting(as_, False)
    outcome = opts.community().loop.end_venture(venture, optional_day(on, "on"), actor=actor)
    _show_end(venture, outcome)


@venture_app.command("end-confirm")
@common("as_", "db", "encoder")
def venture_end_confirm(
    opts: Common,
    venture: VentureArg,
    ledger_hash: Annotated[
        str, typer.Option("--hash", help="The ledger's SHA-256 you read (end-status, pdf).")
    ],
    proposal: EndProposalOpt = None,
) -> None:
    """Confirm the proposed end for the ledger you read (its SHA-256)."""
    outcome = opts.community().loop.confirm_end(
        venture, ledger_hash, proposal=proposal, actor=opts.actor()
    )
    _show_end(venture, outcome)


@venture_app.command("end-decline")
@common("as_", "db", "encoder")
def venture_end_decline(
    opts: Common,
    venture: VentureArg,
    reason: Annotated[str, typer.Option(help="What must change first.")],
    proposal: EndProposalOpt = None,
) -> None:
    """Decline the proposed end, with a reason: the ledger opens again."""
    opts.community().loop.decline_end(venture, reason, proposal=proposal, actor=opts.actor())
    out.print(f"venture {venture}: end declined; the ledger is open again", highlight=False)


@venture_app.command("end-status")
@common("as_", "admin", "db", "encoder")
def venture_end_status(opts: Common, venture: VentureArg) -> None:
    """The proposed or recorded end: who confirmed, who is awaited, the ledger's SHA-256."""
    outcome = opts.community().loop.end_state(venture, actor=opts.actor())
    if outcome is None:
        out.print(f"venture {venture}: no end proposed", highlight=False)
        return
    _show_end(venture, outcome)


def _show_end(venture: str, outcome: EndOutcome) -> None:
    end = outcome.end
    confirmed = ", ".join(c[0] for c in end.confirmations) or "nobody"
    if outcome.ended:
        out.print(
            f"venture {venture} ended on {end.on.isoformat()}; confirmed by {confirmed};"
            f" ledger SHA-256 {end.ledger_hash}",
            highlight=False,
        )
        n = len(outcome.collaborations)
        if n:
            out.print(f"{counted(n, 'collaboration')} to confirm and rate", highlight=False)
        for c in outcome.collaborations:
            print_collab(CollaborationPublic.of(c), False)
        return
    out.print(
        f"venture {venture}: end on {end.on.isoformat()} (proposal {end.id}) proposed by"
        f" {end.proposed_by};"
        f" confirmed by {confirmed}; waiting for {', '.join(outcome.waiting) or 'nobody'}",
        highlight=False,
    )
    out.print(f"ledger SHA-256 {end.ledger_hash}", highlight=False)
