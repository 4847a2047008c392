"""The loop, the vocabulary: a member's pipeline of people, feedback just given, where a member
stands with each person, their marks on people, and messages after an introduction.

Pure data and its CSV rendering; the use cases are :mod:`matcher.loop.service`,
:mod:`matcher.loop.feedback` and :mod:`matcher.loop.messages`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from matcher import csvio
from matcher.errors import InvalidInput, TooLong, blank, control_character
from matcher.matching.model import PairFit
from matcher.profiles.model import Profile
from matcher.trust.model import Collaboration, Feedback

__all__ = [
    "DIGEST_EVERY",
    "DIGEST_SIZE",
    "MAX_MESSAGE",
    "PIPELINE_COLUMNS",
    "REPEAT_WITHIN",
    "Given",
    "Mark",
    "Message",
    "MessageNotice",
    "NextStep",
    "Person",
    "PipelineRow",
    "PipelineStage",
    "Said",
    "Standing",
    "Thread",
    "check_message",
    "furthest",
    "is_repeat",
    "may_ask",
    "parse_mark",
    "pipeline_csv",
]

#: A member gets at most one digest of new suggestions in this time.
DIGEST_EVERY = dt.timedelta(days=7)
#: How many of a member's top suggestions a digest looks at for new people.
DIGEST_SIZE = 10

#: The longest message, in characters.
MAX_MESSAGE = 4000
#: The same words from the same writer again within this time are the same message sent
#: twice (a double tap on Send, a form posted again): written once (:func:`is_repeat`).
REPEAT_WITHIN = dt.timedelta(minutes=1)

#: The columns of :func:`pipeline_csv`: stable identifiers (the API's and the CLI's header).
PIPELINE_COLUMNS = ("person", "name", "stage", "since", "detail", "next_step")


@dataclass(frozen=True, slots=True)
class Given:
    """A verdict just recorded, and the collaboration it proposed (when both said again)."""

    feedback: Feedback
    proposed: Collaboration | None = None


class PipelineStage(IntEnum):
    """How far a member got with someone (a later stage replaces an earlier one)."""

    SUGGESTED = 1
    CONTACTED = 2
    MET = 3
    WORKING_TOGETHER = 4

    @property
    def label(self) -> str:
        """``working together`` and so on."""
        return self.name.lower().replace("_", " ")


class Said(StrEnum):
    """What a pipeline row says about the pair. The value is the row's English ``detail``, a
    format string over the row's :attr:`PipelineRow.facts`; a page in another language tells
    the member (not its words) in its own."""

    MATCH = "match {points}/100, {band}"
    INTRO_ACCEPTED = "introduction accepted"
    INTRO_PENDING = "introduction pending"
    INTRO_NOT_ACCEPTED = "introduction not accepted"
    INTRO_EXPIRED = "introduction expired"
    INTRO_ENDED = "introduction ended"
    INTRO_WITHDRAWN = "introduction withdrawn"
    VERDICT = "you said {verdict}"
    VENTURE = "venture {name!r}"
    VENTURE_ENDED = "venture {name!r}, ended {ended}"
    COLLABORATION = "collaboration {project!r} ({status})"


class NextStep(StrEnum):
    """What the member can do next about the pair. The value is the row's English
    ``next_step``, a format string over the row's :attr:`PipelineRow.facts`."""

    ASK = "ask for an introduction"
    START_VENTURE = "start a venture together"
    FEEDBACK = "tell us how it went: feedback with context intro:{intro}"
    WAIT_ANSWER = "wait for their answer (until {until})"
    ANSWER = "answer their request"
    OTHER_SUGGESTIONS = "look at your other suggestions"
    NOTHING = "none"
    RECORD = "record your contributions"
    RATE_COLLABORATIONS = "see the collaborations to rate"
    CONFIRM = "confirm it"
    WAIT_CONFIRMATION = "wait for their confirmation"
    RATE = "rate it"

    @property
    def urgency(self) -> int:
        """How pressing the step is: 3 the member must act, 1 they may, 0 nothing to do.

        >>> NextStep.CONFIRM.urgency, NextStep.ASK.urgency, NextStep.WAIT_ANSWER.urgency
        (3, 1, 0)
        """
        return _URGENCY.get(self, 1)


_URGENCY = {
    NextStep.ANSWER: 3,
    NextStep.CONFIRM: 3,
    NextStep.RATE: 3,
    NextStep.FEEDBACK: 3,
    NextStep.WAIT_ANSWER: 0,
    NextStep.WAIT_CONFIRMATION: 0,
    NextStep.NOTHING: 0,
    NextStep.OTHER_SUGGESTIONS: 0,
}


@dataclass(frozen=True, slots=True)
class PipelineRow:
    """One person in a member's pipeline.

    ``detail`` and ``next_step`` are English sentences (the API's and the CLI's); ``said``,
    ``step`` and ``facts`` are the same as data, for a page that tells them in its language
    (a row built by hand may have only the sentences). Build a row with :meth:`told`.
    """

    person: str
    name: str
    stage: PipelineStage
    since: dt.date
    detail: str
    next_step: str
    #: the pair's score (``Suggestion.match``) for a suggestion, shown as its ``fit``
    score: float | None = None
    said: Said | None = None
    step: NextStep | None = None
    #: the values the sentences name: ``points``, ``band``, ``verdict``, ``venture``,
    #: ``ended`` and ``until`` (ISO dates), ``project``, ``status``, ``intro``
    facts: tuple[tuple[str, str], ...] = ()

    @classmethod
    def told(
        cls,
        person: str,
        stage: PipelineStage,
        since: dt.date,
        said: Said,
        step: NextStep,
        score: float | None = None,
        **facts: str,
    ) -> PipelineRow:
        """A row whose sentences are ``said`` and ``step`` with ``facts`` filled in.

        >>> row = PipelineRow.told("bob", PipelineStage.MET, dt.date(2025, 1, 2),
        ...                        Said.VERDICT, NextStep.START_VENTURE, verdict="again")
        >>> row.detail, row.next_step, row.fact("verdict")
        ('you said again', 'start a venture together', 'again')
        """
        return cls(
            person,
            "",
            stage,
            since,
            said.value.format(**facts),
            step.value.format(**facts),
            score,
            said,
            step,
            tuple(sorted(facts.items())),
        )

    def fact(self, name: str) -> str:
        """The value ``name`` the row's sentences name ('' when they name none)."""
        return dict(self.facts).get(name, "")

    @property
    def urgency(self) -> int:
        """How pressing the row's next step is (:attr:`NextStep.urgency`; 1 when unknown)."""
        return self.step.urgency if self.step is not None else 1


def _stage_label(stage: PipelineStage) -> str:
    return stage.label


def pipeline_csv(
    rows: Sequence[PipelineRow],
    header: Sequence[str] = PIPELINE_COLUMNS,
    stage_text: Callable[[PipelineStage], str] = _stage_label,
    style: csvio.CsvStyle = csvio.MACHINE,
) -> str:
    """The pipeline as CSV (one row per person).

    In English by default (the API and the CLI). A shell writing it for a reader passes a
    translated ``header`` (the columns of :data:`PIPELINE_COLUMNS`, in order), the reader's
    ``stage_text``, rows whose detail and next step it told in the reader's language, and
    the reader's ``style`` (dates, separator; :data:`~matcher.csvio.MACHINE` keeps ISO).

    Examples
    --------
    >>> row = PipelineRow("bob", "Bob", PipelineStage.MET, dt.date(2025, 1, 2), "introduction accepted",
    ...                   "start a venture together")
    >>> print(pipeline_csv([row]).strip())
    person,name,stage,since,detail,next_step
    bob,Bob,met,2025-01-02,introduction accepted,start a venture together
    >>> print(pipeline_csv([row], header="abcdef", stage_text=lambda s: "rencontre").splitlines()[1])
    bob,Bob,rencontre,2025-01-02,introduction accepted,start a venture together
    """
    lines = (
        [r.person, r.name, stage_text(r.stage), style.day(r.since), r.detail, r.next_step]
        for r in rows
    )
    return csvio.write_csv(
        header, lines, columns=PIPELINE_COLUMNS, what="the pipeline CSV", style=style
    )


# ------------------------------------------------------------------- standing
class Standing(StrEnum):
    """Where a member stands with another person, furthest first in :data:`_ORDER`.

    ``asked``: I asked to meet them, no answer yet; ``asked-you``: they asked me;
    ``declined``: an introduction between us was not accepted (by whom is not said);
    ``accepted``: an introduction both accepted; ``met``: I gave feedback after meeting
    them; ``partners``: a venture or a confirmed collaboration together.
    """

    ASKED = "asked"
    ASKED_YOU = "asked-you"
    DECLINED = "declined"
    ACCEPTED = "accepted"
    MET = "met"
    PARTNERS = "partners"


_ORDER = (
    Standing.DECLINED,
    Standing.ASKED,
    Standing.ASKED_YOU,
    Standing.ACCEPTED,
    Standing.MET,
    Standing.PARTNERS,
)


def furthest(a: Standing | None, b: Standing | None) -> Standing | None:
    """The further of two standings (None: nothing yet).

    Examples
    --------
    >>> furthest(Standing.ASKED, Standing.PARTNERS), furthest(None, Standing.DECLINED)
    (<Standing.PARTNERS: 'partners'>, <Standing.DECLINED: 'declined'>)
    >>> furthest(Standing.ACCEPTED, Standing.ASKED)
    <Standing.ACCEPTED: 'accepted'>
    """
    if a is None or b is None:
        return a or b
    return a if _ORDER.index(a) >= _ORDER.index(b) else b


class Mark(StrEnum):
    """A member's own mark on a person: ``saved`` to come back to, ``skipped`` to leave them
    out of their suggestions (one way: the other person is not told, and still sees them)."""

    SAVED = "saved"
    SKIPPED = "skipped"


#: The word that takes a mark off (:func:`parse_mark`), beside the marks' own values.
NO_MARK = "none"


def parse_mark(text: str) -> Mark | None:
    """The mark a form or a command names: a :class:`Mark`'s value, or ``"none"`` to take the
    mark off (None); anything else is refused with the choices.

    Examples
    --------
    >>> parse_mark("saved"), parse_mark("none")
    (<Mark.SAVED: 'saved'>, None)
    >>> parse_mark("liked")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: mark must be saved, skipped or none, got 'liked'; save a person, skip them, or take the mark off
    """
    if text == NO_MARK:
        return None
    try:
        return Mark(text)
    except ValueError:
        marks = ", ".join(m.value for m in Mark)
        raise InvalidInput(
            f"mark must be {marks} or {NO_MARK}, got {text!r}",
            field="mark",
            value=text,
            hint="save a person, skip them, or take the mark off",
        ) from None


# ------------------------------------------------------------------- a person
@dataclass(frozen=True, slots=True)
class Person:
    """Another member as a viewer sees them on their page.

    ``profile`` is what that member lets the viewer see (:func:`matcher.access.can_see`);
    ``fit`` the same score and explanation as on a suggestion card; ``standing`` and
    ``mark`` where the viewer stands with them; ``shared`` the people both of them trust
    (a confirmed collaboration or an endorsement, either way) whom the viewer may see;
    ``may_ask``: an introduction may be requested (nothing asked, answered or shared yet).
    """

    profile: Profile
    fit: PairFit
    standing: Standing | None = None
    mark: Mark | None = None
    shared: tuple[str, ...] = ()
    may_ask: bool = True


def may_ask(standing: Standing | None) -> bool:
    """True if a member may ask for an introduction to someone they stand so with: only when
    nothing is under way or done between them (never twice, never to a partner).

    Examples
    --------
    >>> may_ask(None), may_ask(Standing.ASKED), may_ask(Standing.PARTNERS)
    (True, False, False)
    """
    return standing is None


# ------------------------------------------------------------------- messages
@dataclass(frozen=True, slots=True)
class Message:
    """One message of a conversation."""

    id: int
    thread: str
    author: str
    body: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class Thread:
    """The conversation of an accepted introduction (its id is the introduction's id).

    ``people`` are its members (requester, target, and the connector if any; an erased
    member appears under a pseudonym); ``unread`` counts the messages the reader has not
    read; ``messages`` is empty in a list of threads.
    """

    id: str
    people: tuple[str, ...]
    unread: int = 0
    last_at: dt.datetime | None = None
    messages: tuple[Message, ...] = ()


@dataclass(frozen=True, slots=True)
class MessageNotice:
    """What a new message tells each other member (for an e-mail): who wrote in which
    conversation, never the text."""

    recipient: str
    author: str
    thread: str
    message: int


def is_repeat(last: Message | None, author: str, text: str, at: dt.datetime) -> bool:
    """Whether ``text`` by ``author`` at ``at`` repeats the conversation's ``last`` message:
    the same writer, the same words (as :func:`check_message` keeps them), within
    :data:`REPEAT_WITHIN`. Then it is the same message sent twice, not a new one.

    Examples
    --------
    >>> at = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    >>> last = Message(1, "int_1", "ana", "See you", at)
    >>> is_repeat(last, "ana", "See you", at + dt.timedelta(seconds=5))
    True
    >>> is_repeat(last, "bob", "See you", at), is_repeat(last, "ana", "See you!", at)
    (False, False)
    >>> is_repeat(last, "ana", "See you", at + dt.timedelta(minutes=2)), is_repeat(None, "ana", "x", at)
    (False, False)
    """
    return (
        last is not None
        and last.author == author
        and last.body == text
        and at - last.at <= REPEAT_WITHIN
    )


def check_message(body: object) -> str:
    """A message's text, stripped: 1 to :data:`MAX_MESSAGE` characters, no control characters
    but line breaks and tabs.

    Examples
    --------
    >>> check_message("  Hello Bob!  ")
    'Hello Bob!'
    >>> check_message("")
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: the message is empty (got ''); write something
    >>> check_message("\\u200b\\u2060")  # shows nothing: as empty (matcher.errors.blank)
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: the message is empty (got '\\u200b\\u2060'); write something
    """
    if not isinstance(body, str):
        raise InvalidInput(
            "the message must be text", field="text", value=type(body).__name__, hint="send text"
        )
    text = body.replace("\r\n", "\n").strip()
    if blank(text):
        raise InvalidInput("the message is empty", field="text", value=text, hint="write something")
    TooLong.unless_short(text, MAX_MESSAGE, field="text", hint="shorten it, or send two")
    found = control_character(text, allowed="\n\t")
    if found is not None:
        raise InvalidInput(
            "the message holds a control character",
            field="text",
            value=repr(found[1]),
            hint="remove it",
        )
    return text
