"""``cofoundry trust ...``: collaborations, endorsements, trust scores, paths and introductions.

A thin shell over :class:`matcher.trust.service.TrustService`. The first
argument of every command is the member acting (``ME``): the command line runs
on the server with direct access to the database, so it acts on that member's
behalf with the same rules as the API (a member sees only their own private data).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from operator import attrgetter
from typing import Annotated, Any

import typer

from api.console import WHOLE, Common, WholeNumber, common, out, say
from api.schemas_trust import (
    CollaborationPublic,
    FeedbackGiven,
    FeedbackPublic,
    IntroPublic,
    PathPublic,
)
from matcher.access import Actor
from matcher.trust import Collaboration, Feedback, IntroView

__all__ = ["collab_app", "feedback_app", "intro_app", "trust_app"]

trust_app = typer.Typer(
    help="Trust: collaborations, endorsements, trust scores, warm intros.", no_args_is_help=True
)
collab_app = typer.Typer(help="Collaborations (count once both confirm).", no_args_is_help=True)
intro_app = typer.Typer(help="Double opt-in introductions.", no_args_is_help=True)
feedback_app = typer.Typer(help="Private feedback after a meeting.", no_args_is_help=True)
trust_app.add_typer(collab_app, name="collab")
trust_app.add_typer(intro_app, name="intro")
trust_app.add_typer(feedback_app, name="feedback")


Me = Annotated[str, typer.Argument(help="The member acting (their profile id).")]
CollabArg = Annotated[str, typer.Argument(help="The collaboration id.")]
IntroArg = Annotated[str, typer.Argument(help="The request id.")]
NoteOpt = Annotated[str, typer.Option(help="Private note.")]


def _mine(
    group: typer.Typer, method: str
) -> Callable[[Callable[[Any, bool], None]], Callable[[Any, bool], None]]:
    """Make a function that shows one item also add ``group list ME``, whose help is its
    docstring: each of the member's own items that the service ``method`` (e.g.
    ``"trust.collaborations"``) finds, shown (as JSON with ``--json``)."""

    def add(show: Callable[[Any, bool], None]) -> Callable[[Any, bool], None]:
        def listing(opts: Common, me: Me) -> None:
            for item in attrgetter(method)(opts.community())(me, actor=Actor(me)):
                show(item, opts.as_json)

        listing.__doc__ = show.__doc__
        group.command("list")(common("as_json", "db", "encoder")(listing))
        return show

    return add


def print_collab(c: CollaborationPublic, as_json: bool) -> None:
    if as_json:
        out.print_json(c.model_dump_json())
        return
    mine = c.proposer_rating if c.proposer_rating is not None else c.partner_rating
    say(
        f"{c.id}  {c.proposer} + {c.partner}  {c.project!r}  {c.started}..{c.ended or 'now'}"
        f"  {c.status}" + (f"  your rating {mine:+d}" if mine is not None else "")
    )


def _print_intro(v: IntroPublic, as_json: bool) -> None:
    if as_json:
        out.print_json(v.model_dump_json())
        return
    via = f" via {v.connector}" if v.connector else ""
    contact = "  contact: " + ", ".join(
        f"{k} <{e}>"
        if e
        else f"{k} (address not confirmed yet)"
        if k in v.unconfirmed
        else f"{k} (no e-mail given)"
        for k, e in v.contact.items()
    )
    say(
        f"{v.id}  {v.requester} -> {v.target}{via}  {v.status}  (you: {v.my_role})"
        + (contact if v.contact else "")
    )


@collab_app.command("propose")
@common("as_json", "db", "encoder")
def collab_propose(
    opts: Common,
    me: Me,
    partner: Annotated[str, typer.Argument(help="Whom you worked with.")],
    project: Annotated[str, typer.Option(help="The project.")],
    started: Annotated[str, typer.Option(help="Start date, YYYY-MM-DD.")],
    ended: Annotated[str | None, typer.Option(help="End date, YYYY-MM-DD.")] = None,
    rating: Annotated[
        int | None, typer.Option(help="Your rating, -2..+2.", parser=WholeNumber(plus=True))
    ] = None,
    note: NoteOpt = "",
) -> None:
    """Propose a collaboration; the partner confirms it with `collab confirm`."""
    c = opts.community().trust.propose_collaboration(
        me, partner, project, started, ended, rating=rating, note=note, actor=Actor(me)
    )
    print_collab(CollaborationPublic.of(c), opts.as_json)


@collab_app.command("confirm")
@common("as_json", "db", "encoder")
def collab_confirm(
    opts: Common,
    me: Me,
    collab_id: CollabArg,
    decline: Annotated[bool, typer.Option("--decline", help="Decline instead.")] = False,
) -> None:
    """Confirm (or --decline) a collaboration someone proposed with you."""
    c = opts.community().trust.answer_collaboration(collab_id, not decline, actor=Actor(me))
    print_collab(CollaborationPublic.of(c), opts.as_json)


@collab_app.command("rate")
@common("as_json", "db", "encoder")
def collab_rate(
    opts: Common,
    me: Me,
    collab_id: CollabArg,
    rating: Annotated[
        int,
        typer.Argument(
            parser=WholeNumber(plus=True), help="-2 (never again) .. +2 (again any time)."
        ),
    ],
    note: NoteOpt = "",
) -> None:
    """Rate a collaboration."""
    c = opts.community().trust.rate_collaboration(collab_id, rating, note, actor=Actor(me))
    print_collab(CollaborationPublic.of(c), opts.as_json)


@_mine(collab_app, "trust.collaborations")
def _collab_item(c: Collaboration, as_json: bool) -> None:
    """Your collaborations (your own ratings only)."""
    print_collab(CollaborationPublic.of(c), as_json)


@trust_app.command("endorse")
@common("db", "encoder")
def endorse(
    opts: Common,
    me: Me,
    other: Annotated[str, typer.Argument(help="Whom you vouch for.")],
    skill: Annotated[str, typer.Argument(help="The skill.")],
) -> None:
    """Vouch for a skill of someone (a weak trust edge)."""
    got = opts.community().trust.endorse(me, other, skill, actor=Actor(me))
    say(f"{other} is endorsed for: " + ", ".join(sorted({e.skill for e in got})))


@trust_app.command("show")
@common("as_json", "db", "encoder")
def show(
    opts: Common,
    me: Me,
    k: Annotated[int, typer.Option(help="How many people.", parser=WHOLE)] = 20,
) -> None:
    """The people you trust most, from your point of view."""
    community = opts.community()
    ranked = community.trust.trust_for(me, k=k, actor=Actor(me))
    if opts.as_json:
        out.print_json(json.dumps([{"id": pid, "trust": t} for pid, t in ranked]))
        return
    if not ranked:
        out.print("no trust yet: confirmed collaborations and endorsements build it")
    names = community.profiles.names([pid for pid, _ in ranked], actor=Actor(me))
    for rank, (pid, t) in enumerate(ranked, 1):
        say(f"{rank:>3}. {_who(names, pid)}  {t:.3f}")


def _who(names: dict[str, str], pid: str) -> str:
    """A person as a command line shows them: their name and the id the next command takes
    (the id alone when the name is hidden from the caller)."""
    return pid if names[pid] == pid else f"{names[pid]} ({pid})"


@trust_app.command("path")
@common("as_json", "db", "encoder")
def path(
    opts: Common,
    me: Me,
    other: Annotated[str, typer.Argument(help="Whom you want to meet.")],
    k: Annotated[int, typer.Option(help="How many paths.", parser=WHOLE)] = 3,
) -> None:
    """The most trusted warm-introduction paths (at most 3 hops)."""
    community = opts.community()
    paths = community.trust.intro_paths(me, other, k=k, actor=Actor(me))
    if opts.as_json:
        out.print_json(json.dumps([PathPublic.of(p).model_dump() for p in paths]))
        return
    names = community.profiles.names([other, *(n for p in paths for n in p.nodes)], actor=Actor(me))
    if not paths and other == me:
        say(f"{other} is you: a warm path leads to someone else")
    elif not paths:
        say(f"no warm path to {_who(names, other)} within 3 hops")
    for p in paths:
        say(f"{' -> '.join(_who(names, n) for n in p.nodes)}  trust {p.trust:.3f}")


@intro_app.command("request")
@common("as_json", "db", "encoder")
def intro_request(
    opts: Common,
    me: Me,
    target: Annotated[str, typer.Argument(help="Whom you want to meet.")],
    via: Annotated[str | None, typer.Option(help="A connector on a warm path.")] = None,
    message: Annotated[str, typer.Option(help="A short message.")] = "",
) -> None:
    """Ask to be introduced (double opt-in)."""
    v = opts.community().trust.request_introduction(
        me, target, connector=via, message=message, actor=Actor(me)
    )
    _print_intro(IntroPublic.of(v), opts.as_json)


def _answer(name: str, accept: bool, doc: str) -> None:
    """Add ``intro NAME ME INTRO_ID``: answer an introduction, yes or no."""

    def answer(opts: Common, me: Me, intro_id: IntroArg) -> None:
        v = opts.community().trust.answer_introduction(intro_id, accept, actor=Actor(me))
        _print_intro(IntroPublic.of(v), opts.as_json)

    answer.__doc__ = doc
    intro_app.command(name)(common("as_json", "db", "encoder")(answer))


_answer("accept", True, "Accept an introduction (as its target or connector).")
_answer("decline", False, 'Decline an introduction (the requester sees "not accepted", no reason).')


@intro_app.command("withdraw")
@common("as_json", "db", "encoder")
def intro_withdraw(opts: Common, me: Me, intro_id: IntroArg) -> None:
    """Withdraw a request you made, while it is pending (whoever was asked is told)."""
    v = opts.community().trust.withdraw_introduction(intro_id, actor=Actor(me))
    _print_intro(IntroPublic.of(v), opts.as_json)


@_mine(intro_app, "trust.introductions")
def _intro_item(v: IntroView, as_json: bool) -> None:
    """Requests you made, received, or were asked to connect."""
    _print_intro(IntroPublic.of(v), as_json)


@feedback_app.command("give")
@common("as_json", "db", "encoder")
def feedback_give(
    opts: Common,
    me: Me,
    about: Annotated[str, typer.Argument(help="Whom you met.")],
    verdict: Annotated[str, typer.Argument(help="again, not-a-fit or met-before.")],
    context: Annotated[
        str | None, typer.Option(help="The meeting: intro:<id> or event:<id>.")
    ] = None,
) -> None:
    """Leave private feedback; both saying 'again' proposes a collaboration."""
    given = opts.community().feedback.give(me, about, verdict, context, actor=Actor(me))
    g = FeedbackGiven.of(given)
    if opts.as_json:
        out.print_json(g.model_dump_json())
        return
    out.print(f"noted: {g.feedback.verdict.value} about {about}", highlight=False)
    if g.proposed_collaboration is not None:
        print_collab(g.proposed_collaboration, False)


@_mine(feedback_app, "feedback.mine")
def _feedback_item(f: Feedback, as_json: bool) -> None:
    """Everything you said (nobody else sees it)."""
    p = FeedbackPublic.of(f)
    if as_json:
        out.print_json(p.model_dump_json())
        return
    say(f"{p.at:%Y-%m-%d}  {p.about}  {p.verdict.value}  {p.context or '-'}")
