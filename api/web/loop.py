"""Loop pages: feedback after a meeting, a venture from an introduction, the end of a venture,
my pipeline, and the fair-invitation limits told in the member's language.

The services (:mod:`matcher.loop`) speak English for the CLI and the API's CSV: a
pipeline row's ``detail`` and ``next_step``. The page, and the CSV it offers, tell the same
row in its language with :func:`pipeline_text`, from what the row carries as data (its
``said``, ``step`` and ``facts``); a row with sentences only keeps them, so nothing is ever
hidden. The invitation limits are told by :func:`api.web.limits.throttle_message`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from itertools import groupby
from urllib.parse import quote

from starlette.responses import Response

from api.deps import CommunityDep, FeedbackDep, LoopDep, TrustDep
from api.inputs import whole_number
from api.web.context import Form, FormDep, MemberPageDep, Page
from api.web.feedback import error_message, field_errors
from api.web.i18n import N_, NC_, Translator
from api.web.labels import label
from api.web.member import intros_page, names_of
from api.web.once import created_once
from api.web.render import FIRST, Shown, page_router, redirect, render
from api.web.ventures import VentureForm, VentureFormDep
from matcher.community import Community
from matcher.equity import parse_day
from matcher.errors import CofoundryError, Conflict, InvalidInput, UnknownIntroduction
from matcher.loop import (
    FeedbackService,
    LoopService,
    NextStep,
    PipelineRow,
    PipelineStage,
    Said,
    pipeline_csv,
)
from matcher.trust import Verdict

__all__ = ["Step", "pipeline_text", "router"]

router = page_router()

VERDICTS = [v.value for v in Verdict]
#: The pipeline CSV's columns for a reader (:data:`matcher.loop.model.PIPELINE_COLUMNS`).
PIPELINE_HEADER = (
    NC_("CSV column", "Profile id"),
    NC_("CSV column", "Name"),
    NC_("CSV column", "Stage"),
    NC_("CSV column", "Since"),
    NC_("CSV column", "Where you are"),
    NC_("CSV column", "Next step"),
)


# -------------------------------------------------------------------- pipeline
@dataclass(frozen=True, slots=True)
class Step:
    """A pipeline row told in the page's language, with where to go for its next step."""

    detail: str
    next_step: str
    href: str = ""


#: a link maker, from the row, for where to act on its next step
_Link = Callable[[PipelineRow], str]
_SAID: dict[Said, str] = {
    Said.MATCH: N_("match %(points)s/100, %(band)s"),
    Said.INTRO_ACCEPTED: N_("introduction accepted"),
    Said.INTRO_PENDING: N_("introduction pending"),
    Said.INTRO_NOT_ACCEPTED: N_("introduction not accepted"),
    Said.INTRO_EXPIRED: N_("introduction expired"),
    Said.INTRO_ENDED: N_("introduction ended"),
    Said.INTRO_WITHDRAWN: N_("introduction withdrawn"),
    Said.VERDICT: N_("you said “%(verdict)s”"),
    Said.VENTURE: N_("venture “%(name)s”"),
    Said.VENTURE_ENDED: N_("venture “%(name)s”, ended on %(ended)s"),
    Said.COLLABORATION: N_("collaboration “%(project)s” (%(status)s)"),
}


def _to(path: str) -> _Link:
    return lambda _: path


_STEPS: dict[NextStep, tuple[str, _Link | None]] = {
    NextStep.ASK: (
        N_("ask for an introduction"),
        lambda r: f"/web/introductions/new?target={quote(r.person)}",
    ),
    NextStep.START_VENTURE: (N_("start a venture together"), _to("/web/introductions")),
    NextStep.FEEDBACK: (
        N_("tell us how it went"),
        lambda r: f"/web/introductions#intro-{r.fact('intro')}",
    ),
    NextStep.WAIT_ANSWER: (N_("wait for their answer (until %(until)s)"), None),
    NextStep.ANSWER: (N_("answer their request"), _to("/web/introductions")),
    NextStep.OTHER_SUGGESTIONS: (N_("look at your other suggestions"), _to("/web/suggestions")),
    NextStep.NOTHING: (N_("nothing to do"), None),
    NextStep.RECORD: (
        N_("record your contributions"),
        lambda r: f"/web/ventures/{quote(r.fact('venture'))}",
    ),
    NextStep.RATE_COLLABORATIONS: (
        N_("confirm and rate your collaborations"),
        _to("/web/collaborations"),
    ),
    NextStep.CONFIRM: (N_("confirm the collaboration"), _to("/web/collaborations")),
    NextStep.WAIT_CONFIRMATION: (N_("wait for their confirmation"), _to("/web/collaborations")),
    NextStep.RATE: (N_("rate the collaboration"), _to("/web/collaborations")),
}

#: how the page tells a fact the sentences name (the others are shown as they are)
_FACTS: dict[str, Callable[[Translator, str], str]] = {
    "verdict": lambda t, v: label(t, "verdict", v),
    "status": lambda t, v: label(t, "collab_status", v),
    "band": lambda t, v: label(t, "band", v),
    "ended": lambda t, v: t.date(dt.date.fromisoformat(v)),
    "until": lambda t, v: t.date(dt.date.fromisoformat(v)),
}


def _values(row: PipelineRow, t: Translator) -> dict[str, str]:
    """The values a row's sentences name, told in the page's language."""
    return {k: _FACTS[k](t, v) if k in _FACTS else v for k, v in row.facts}


def pipeline_text(row: PipelineRow, t: Translator) -> Step:
    """A row's detail and next step in the page's language, and a link to act on it.

    Examples
    --------
    >>> from api.web.i18n import translator
    >>> row = PipelineRow.told("bob", PipelineStage.WORKING_TOGETHER, dt.date(2025, 1, 2),
    ...                        Said.VENTURE_ENDED, NextStep.RECORD, venture="shop",
    ...                        name="The shop", ended="2025-03-01")
    >>> pipeline_text(row, translator("fr"))
    Step(detail='projet «\xa0The shop\xa0», clos le 1er mars 2025', next_step='enregistrer vos contributions', href='/web/ventures/shop')
    >>> odd = PipelineRow("bob", "Bob", PipelineStage.MET, dt.date(2025, 1, 2), "?", "call them")
    >>> pipeline_text(odd, translator("fr"))  # a row with sentences only stays as it is
    Step(detail='?', next_step='call them', href='')
    """
    values = _values(row, t)
    detail = row.detail if row.said is None else t.gettext(_SAID[row.said], **values)
    if row.step is None:
        return Step(detail, row.next_step)
    message, link = _STEPS[row.step]
    return Step(detail, t.gettext(message, **values), link(row) if link else "")


@router.get("/pipeline")
def pipeline(page: MemberPageDep, loop: LoopDep) -> Response:
    """Everyone I was suggested, contacted, met and work with, grouped by stage."""
    rows = loop.pipeline(page.member_id, actor=page.actor)
    groups = [
        (stage, [(row, pipeline_text(row, page.t)) for row in members])
        for stage, members in groupby(rows, key=lambda r: r.stage)
    ]
    return render(page, "pipeline.html", groups=groups, stages=list(PipelineStage))


@router.get("/pipeline.csv")
def pipeline_download(page: MemberPageDep, loop: LoopDep) -> Response:
    """The same rows as CSV for people, in the page's language, dates and separator
    (``GET /me/pipeline?format=csv`` keeps the English column identifiers, sentences and
    ISO dates)."""
    t = page.t
    rows = []
    for row in loop.pipeline(page.member_id, actor=page.actor):
        step = pipeline_text(row, t)
        rows.append(replace(row, detail=step.detail, next_step=step.next_step))
    return Response(
        pipeline_csv(
            rows,
            header=[t.message(column) for column in PIPELINE_HEADER],
            stage_text=lambda stage: label(t, "pipeline_stage", stage),
            style=t.csv_style(),
        ),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="pipeline-{page.member_id}.csv"',
            "Content-Language": page.lang,
        },
    )


# -------------------------------------------------------------------- feedback
def _events(community: Community, page: Page) -> list[tuple[str, str]]:
    """(id, name) of the events I organise or attend, for the feedback form."""
    return [(e.id, e.name or e.id) for e in community.events.my_events(actor=page.actor)]


def _feedback_page(
    page: Page, feedback: FeedbackService, community: Community, shown: Shown = FIRST
) -> Response:
    mine = sorted(
        feedback.mine(page.member_id, actor=page.actor),
        key=lambda f: f.created_at,
        reverse=True,
    )
    events = _events(community, page)
    return render(
        page,
        "feedback.html",
        **shown.context({"event": events[0][0] if events else ""}),
        given=mine,
        names=names_of(community, [f.about for f in mine], page),
        events=events,
        verdicts=VERDICTS,
    )


@router.get("/feedback")
def feedback_page(page: MemberPageDep, feedback: FeedbackDep, community: CommunityDep) -> Response:
    """What I said after meetings (only I see it), and a form for someone met at an event."""
    return _feedback_page(page, feedback, community)


def _give(
    page: Page, feedback: FeedbackService, about: str, verdict: str, context: str, back: str
) -> Response:
    """Record the verdict and go ``back``; the flash says when it proposed a collaboration."""
    given = feedback.give(page.member_id, about, verdict, context, actor=page.actor)
    mutual = given.proposed is not None
    return redirect(back, "feedback_mutual" if mutual else "feedback_saved")


@router.post("/feedback")
def feedback_give(
    page: MemberPageDep, form: FormDep, feedback: FeedbackDep, community: CommunityDep
) -> Response:
    """Leave feedback about someone met at an event (context ``event:<id>``)."""
    event = form["event"]
    try:
        if not form["about"]:
            raise InvalidInput("about is required", field="about", hint="type their profile id")
        context = f"event:{event}" if event else ""
        return _give(page, feedback, form["about"], form["verdict"], context, "/web/feedback")
    except CofoundryError as exc:
        errors = field_errors([exc], page.t, ("about", "verdict", "context"))
        if "context" in errors:
            errors["event"] = errors.pop("context")
        return _feedback_page(page, feedback, community, Shown(422, errors, form.values()))


@router.post("/introductions/{intro_id}/feedback")
def intro_feedback(
    intro_id: str,
    page: MemberPageDep,
    form: FormDep,
    feedback: FeedbackDep,
    trust: TrustDep,
    community: CommunityDep,
) -> Response:
    """Feedback about the other person of an accepted introduction (context ``intro:<id>``)."""
    views = {v.id: v for v in trust.introductions(page.member_id, actor=page.actor)}
    view = views.get(intro_id)
    if view is None or view.my_role == "connector":
        raise UnknownIntroduction(f"no introduction {intro_id!r} of yours", value=intro_id)
    about = view.target if view.requester == page.member_id else view.requester
    back = "/web/introductions"
    try:
        return _give(page, feedback, about, form["verdict"], f"intro:{intro_id}", back)
    except CofoundryError as exc:
        errors = {
            f"{k or 'verdict'}:{intro_id}": v
            for k, v in field_errors([exc], page.t, ("verdict",)).items()
        }
        return intros_page(page, trust, community, Shown(422, errors))


# --------------------------------------------------------------------- ventures
@router.post("/introductions/{intro_id}/venture")
def intro_venture(
    intro_id: str,
    page: MemberPageDep,
    form: FormDep,
    loop: LoopDep,
    trust: TrustDep,
    community: CommunityDep,
) -> Response:
    """Start a venture with the other person of an accepted introduction, in one step. The
    form sent twice starts one venture (:func:`api.web.once.created_once`)."""
    start = partial(_intro_venture, intro_id, page, form, loop, trust, community)
    return created_once(page.request, page.member_id, form, start)


def _intro_venture(
    intro_id: str, page: Page, form: Form, loop: LoopService, trust: TrustDep, community: Community
) -> Response:
    try:
        venture, _ = loop.venture_from_intro(
            intro_id, form["venture"] or None, form["name"], actor=page.actor
        )
    except CofoundryError as exc:
        if exc.field not in ("venture", "name"):  # not this form's fault: an error page
            raise
        fields = ("venture", "name")
        errors = {
            f"{k or 'venture'}:{intro_id}": v
            for k, v in field_errors([exc], page.t, fields).items()
        }
        values = {f"{k}:{intro_id}": v for k, v in form.values().items()}
        status = 409 if isinstance(exc, Conflict) else 422
        return intros_page(page, trust, community, Shown(status, errors, values))
    where = "/web/ventures/" + quote(venture.id)
    return redirect(where, "venture_started")


#: The end form's sentences (:func:`api.web.feedback.error_message`'s ``words``): the service
#: names the end's date ``on``, which the page labels "Ended on"; its refusals are told with
#: these, in English too (never "on must be a date").
END_WORDS = {
    "on": N_(
        "Write the end date YYYY-MM-DD: not before the venture's start or the ledger's last entry, and not in the future."
    ),
    # a day outside the venture's life: its days said (walk18), as the contribution form's
    "DayOutOfRange.on": N_(
        "Write the end date YYYY-MM-DD: not before the venture's start (%(first)s) or the ledger's last entry, and not after %(last)s; %(value)s is not."
    ),
    "Conflict.on": N_(
        "Entries wait for approval: approve or reject them before ending the venture."
    ),
    "Conflict.ledger": N_("This venture has already ended."),
}


@router.post("/ventures/{venture_id}/end")
def venture_end(v: VentureFormDep, loop: LoopDep) -> Response:
    """Propose to end a venture (an owner): every member is asked to confirm the split."""
    try:
        day = parse_day(v.form["ended_on"], "on")
        outcome = loop.end_venture(v.venture_id, day, actor=v.page.actor)
    except (InvalidInput, Conflict) as exc:
        said = error_message(exc, v.page.t, END_WORDS)
        return v.again("end", exc, errors={"ended_on": said})
    return redirect(v.here, "venture_ended" if outcome.ended else "end_proposed")


@router.post("/ventures/{venture_id}/end/confirm")
def venture_end_confirm(v: VentureFormDep, loop: LoopDep) -> Response:
    """Confirm the proposed end for the ledger shown (its hash travels with the form)."""
    try:
        outcome = loop.confirm_end(
            v.venture_id, v.form["ledger_hash"], proposal=_proposal(v), actor=v.page.actor
        )
    except Conflict as exc:
        return v.again("endvote", exc, errors={"end": _end_said(v, exc)}, keep=False)
    return redirect(v.here, "venture_ended" if outcome.ended else "end_confirmed")


def _proposal(v: VentureForm) -> int | None:
    """The proposal an answer's form names (its hidden field), None if it names none."""
    return whole_number(v.form["proposal"], "proposal") if v.form["proposal"] else None


def _end_said(v: VentureForm, exc: CofoundryError) -> str:
    """A refused answer to an end, the reader's way: a stale proposal by its day."""
    if exc.field == "proposal" and isinstance(exc.value, str):
        day = v.page.t.date(dt.date.fromisoformat(exc.value))
        return v.page.t.gettext(
            "This end is no longer proposed: the proposal now open ends the venture on"
            " %(day)s. Read it, then confirm or decline it.",
            day=day,
        )
    return v.message(exc)


@router.post("/ventures/{venture_id}/end/decline")
def venture_end_decline(v: VentureFormDep, loop: LoopDep) -> Response:
    """Decline the proposed end (the proposal the form names), with a reason: the ledger
    opens again."""
    try:
        loop.decline_end(v.venture_id, v.form["reason"], proposal=_proposal(v), actor=v.page.actor)
    except InvalidInput as exc:
        return v.again("endvote", exc, errors={"end_reason": v.message(exc)}, keep=False)
    except Conflict as exc:
        return v.again("endvote", exc, errors={"end": _end_said(v, exc)}, keep=False)
    return redirect(v.here, "end_declined")
