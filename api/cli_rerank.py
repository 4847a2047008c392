"""``cofoundry rerank ...``: train the community's re-ranker on its feedback, see whether it
orders suggestions, turn it off or on (admins, on the server).

A thin shell over :meth:`matcher.matching.MatchingService.train_reranker` and its
neighbours (:mod:`matcher.matching.rerank` tells how it learns and is evaluated).
"""

from __future__ import annotations

import sys

import typer

from api.console import Common, common, say
from api.schemas_rerank import RerankStatusPublic
from matcher.access import ADMIN
from matcher.errors import counted
from matcher.matching import RerankStatus

__all__ = ["rerank_app"]

rerank_app = typer.Typer(
    help="Learning from the loop: a re-ranker trained on this community's feedback.",
    no_args_is_help=True,
)


def _print(status: RerankStatus, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(RerankStatusPublic.of(status).model_dump_json(indent=1) + "\n")
        return
    say(status.reason)
    m = status.latest
    if m is None:
        return
    e = m.evaluation
    say(
        f"version {m.version}, trained {m.trained_at:%Y-%m-%d %H:%M} UTC on {m.examples} labelled"
        f" pairs ({m.positives} good): {e.train_examples} older to learn, {e.test_examples}"
        f" newer (from {e.split_at[:10]}) held out"
    )
    say(
        f"held-out   AUC {e.auc_learned:.3f} learned vs {e.auc_fixed:.3f} fixed weights;"
        f" MRR {e.mrr_learned:.3f} vs {e.mrr_fixed:.3f}, precision@1 {e.p1_learned:.3f} vs"
        f" {e.p1_fixed:.3f} over {e.lists} members' lists"
    )
    coefs = sorted(
        zip(m.weights.features, m.weights.coefficients, strict=True), key=lambda t: -abs(t[1])
    )
    say("coefficients (standardised): " + ", ".join(f"{f} {c:+.2f}" for f, c in coefs))
    if status.erasures_since:
        say(
            f"{counted(status.erasures_since, 'member')} erased since it was trained: train again to"
            " leave their feedback out of it"
        )


@rerank_app.command("train")
@common("as_json", "db", "encoder")
def train(opts: Common) -> None:
    """Train a new version on the feedback so far, evaluated on the newest part."""
    matching = opts.community().matching
    matching.train_reranker(actor=ADMIN)
    _print(matching.reranker_status(actor=ADMIN), opts.as_json)


@rerank_app.command("status")
@common("as_json", "db", "encoder")
def status(opts: Common) -> None:
    """Whether a re-ranker orders suggestions, and its held-out figures."""
    matching = opts.community().matching
    _print(matching.reranker_status(actor=ADMIN), opts.as_json)


@rerank_app.command("off")
@common("db", "encoder")
def off(opts: Common) -> None:
    """Order suggestions by the fixed weights (the models stay stored)."""
    matching = opts.community().matching
    _print(matching.set_reranker(False, actor=ADMIN), False)


@rerank_app.command("on")
@common("db", "encoder")
def on(opts: Common) -> None:
    """Let the newest model order suggestions again (if it beat the fixed weights)."""
    matching = opts.community().matching
    _print(matching.set_reranker(True, actor=ADMIN), False)
