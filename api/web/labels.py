"""What the pages call the values of the domain's enumerations: roles, commitments, kinds of
contribution, statuses, verdicts... in English, marked for extraction with a context each.

The context (``pgettext``) tells a translator what the word is (``sales``: a role, *vente*;
a kind of contribution, *ventes*) and keeps two meanings of one English word apart. Templates
write ``label("role", r)``; Python code :func:`label` with a translator. A test checks that
every member of every enumeration has its label.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from api.web.i18n import NC_, Message, Translator

__all__ = ["FAMILIES", "attendee_state", "label"]

#: The kinds of a ledger's entries (a family of its own, and the most of "slices").
_KINDS: dict[object, Message] = {
    "time": NC_("contribution kind", "time"),
    "cash": NC_("contribution kind", "cash"),
    "expense": NC_("contribution kind", "expense"),
    "supplies": NC_("contribution kind", "supplies"),
    "equipment": NC_("contribution kind", "equipment"),
    "facilities": NC_("contribution kind", "facilities"),
    "idea": NC_("contribution kind", "idea"),
    "sales": NC_("contribution kind", "sales"),
    "finder": NC_("contribution kind", "finder's fee"),
    "well-deposit": NC_("contribution kind", "deposit in the Well"),
    "well-withdrawal": NC_("contribution kind", "withdrawal from the Well"),
    "repayment": NC_("contribution kind", "repayment"),
}

FAMILIES: dict[str, Mapping[object, Message]] = {
    "role": {
        "tech": NC_("role", "tech"),
        "product": NC_("role", "product"),
        "design": NC_("role", "design"),
        "sales": NC_("role", "sales"),
        "marketing": NC_("role", "marketing"),
        "finance": NC_("role", "finance"),
        "operations": NC_("role", "operations"),
        "legal": NC_("role", "legal"),
        "domain": NC_("role", "domain expertise"),
    },
    "commitment": {
        "full-time": NC_("commitment", "full-time"),
        "part-time": NC_("commitment", "part-time"),
        "side-project": NC_("commitment", "side project (evenings, weekends)"),
    },
    "stage": {
        "idea": NC_("project stage", "idea"),
        "prototype": NC_("project stage", "prototype"),
        "revenue": NC_("project stage", "revenue"),
    },
    "visibility": {
        "public": NC_("who may see a profile", "everyone"),
        "members": NC_("who may see a profile", "signed-in members"),
        "event-only": NC_("who may see a profile", "people at my events only"),
        "private": NC_("who may see a profile", "only me"),
    },
    "band": {
        "excellent": NC_("match score band", "excellent"),
        "good": NC_("match score band", "good"),
        "possible": NC_("match score band", "possible"),
        "weak": NC_("match score band", "weak"),
    },
    # the components a community's re-ranker names on a card ("here most: ...")
    "learned": {
        "reciprocal": NC_("what a learned order weighed", "what you offer each other"),
        "need_met": NC_("what a learned order weighed", "what they bring you"),
        "need_met_back": NC_("what a learned order weighed", "what you bring them"),
        "values": NC_("what a learned order weighed", "how you work"),
        "roles": NC_("what a learned order weighed", "roles"),
        "preferences": NC_("what a learned order weighed", "nice-to-haves"),
        "languages": NC_("what a learned order weighed", "languages"),
        "timezone": NC_("what a learned order weighed", "time zone"),
        "commitment": NC_("what a learned order weighed", "commitment"),
    },
    "component": {
        "need_met": NC_("score component", "Meets your needs"),
        "need_met_back": NC_("score component", "You meet theirs"),
        "reciprocal": NC_("score component", "Both ways"),
        "values": NC_("score component", "Values"),
        "roles": NC_("score component", "Roles"),
        "preferences": NC_("score component", "Nice-to-haves met"),
    },
    "standing": {
        "asked": NC_("where I stand with a person", "you asked to meet"),
        "asked-you": NC_("where I stand with a person", "asked to meet you"),
        "declined": NC_("where I stand with a person", "introduction not accepted"),
        "accepted": NC_("where I stand with a person", "introduction accepted"),
        "met": NC_("where I stand with a person", "met"),
        "partners": NC_("where I stand with a person", "partners"),
    },
    "person_mark": {
        "saved": NC_("a member's mark on a person", "saved"),
        "skipped": NC_("a member's mark on a person", "skipped"),
    },
    "kind": _KINDS,
    #: slices by kind (a split's, a leaver's): the kinds, and the Well's slices of its
    #: depositors, which are no kind of entry (the page said "well", in English, in French)
    "slices": {**_KINDS, "well": NC_("contribution kind", "the Well")},
    "condition": {
        "new": NC_("condition of equipment", "new"),
        "used-recent": NC_("condition of equipment", "used, less than a year old"),
        "used-old": NC_("condition of equipment", "used, older"),
    },
    "reason": {
        "fired-for-cause": NC_("reason for leaving", "fired for cause"),
        "resigned-no-good-reason": NC_("reason for leaving", "resigned without good reason"),
        "fired-without-cause": NC_("reason for leaving", "fired without cause"),
        "resigned-good-reason": NC_("reason for leaving", "resigned for good reason"),
    },
    "reason_rule": {
        "fired-for-cause": NC_(
            "rule for leaving",
            "At fault: time, idea, relationship and facilities slices are lost; cash, supplies and equipment are kept at x1.",
        ),
        "resigned-no-good-reason": NC_(
            "rule for leaving",
            "At fault: time, idea, relationship and facilities slices are lost; cash, supplies and equipment are kept at x1.",
        ),
        "fired-without-cause": NC_(
            "rule for leaving", "Not at fault: every slice is kept with its multiplier."
        ),
        "resigned-good-reason": NC_(
            "rule for leaving", "Not at fault: every slice is kept with its multiplier."
        ),
    },
    "intro_status": {
        "pending": NC_("introduction status", "pending"),
        "accepted": NC_("introduction status", "accepted"),
        "not accepted": NC_("introduction status", "not accepted"),
        "expired": NC_("introduction status", "expired"),
        "ended": NC_("introduction status", "ended: nobody is left to introduce you"),
        "withdrawn": NC_("introduction status", "withdrawn"),
    },
    "collab_status": {
        "proposed": NC_("collaboration status", "waiting for confirmation"),
        "confirmed": NC_("collaboration status", "confirmed"),
        "declined": NC_("collaboration status", "declined"),
    },
    "rating": {
        2: NC_("collaboration rating", "+2 any time"),
        1: NC_("collaboration rating", "+1 yes"),
        0: NC_("collaboration rating", "0 no opinion"),
        -1: NC_("collaboration rating", "-1 rather not"),
        -2: NC_("collaboration rating", "-2 never again"),
    },
    "criterion": {
        "roles": NC_("criterion", "Brings a role I look for"),
        "commitment": NC_("criterion", "Similar commitment"),
        "languages": NC_("criterion", "A common language"),
        "timezone": NC_("criterion", "Close time zone"),
        "stage": NC_("criterion", "Same project stage"),
        "industry": NC_("criterion", "Shared industry"),
    },
    "criterion_help": {
        "roles": NC_("criterion", "They bring at least one of the roles I look for."),
        "commitment": NC_(
            "criterion", "Their commitment (full-time, part-time, side project) is close to mine."
        ),
        "languages": NC_("criterion", "We speak at least one language in common."),
        "timezone": NC_("criterion", "Our time zones are a few hours apart at most."),
        "stage": NC_(
            "criterion", "Their project is at the same stage as mine (idea, prototype, revenue)."
        ),
        "industry": NC_("criterion", "They share one of my industries."),
    },
    "strength": {
        "must": NC_("preference strength", "must have"),
        "nice": NC_("preference strength", "nice to have"),
        "any": NC_("preference strength", "don't care"),
    },
    "verdict": {
        "again": NC_("verdict after a meeting", "I would work with them again"),
        "not-a-fit": NC_("verdict after a meeting", "not a fit"),
        "met-before": NC_("verdict after a meeting", "met before"),
    },
    "pipeline_stage": {
        1: NC_("pipeline stage", "Suggested"),
        2: NC_("pipeline stage", "Contacted"),
        3: NC_("pipeline stage", "Met"),
        4: NC_("pipeline stage", "Working together"),
    },
    "pipeline_stage_help": {
        1: NC_("pipeline stage", "Suggested to you; nobody has asked yet."),
        2: NC_("pipeline stage", "An introduction was asked for."),
        3: NC_("pipeline stage", "An accepted introduction, or feedback after a meeting."),
        4: NC_("pipeline stage", "A shared venture or a collaboration."),
    },
    "attendee_status": {
        "present": NC_("attendee status", "present"),
        "no-show": NC_("attendee status", "no-show"),
        "late": NC_("attendee status", "late"),
    },
    "attendee_state": {
        "invited": NC_("attendee state", "invited, no answer yet"),
        "going": NC_("attendee state", "coming"),
        "maybe": NC_("attendee state", "maybe"),
        "declined": NC_("attendee state", "not coming"),
        "checked-in": NC_("attendee state", "checked in"),
        "absent": NC_("attendee state", "absent"),
        "left": NC_("attendee state", "left"),
        "late": NC_("attendee state", "late"),
        "removed": NC_("attendee state", "removed"),
    },
    "rsvp": {
        "going": NC_("answer to an invitation", "I'm coming"),
        "maybe": NC_("answer to an invitation", "Maybe"),
        "declined": NC_("answer to an invitation", "I can't come"),
    },
    "mark": {
        "checked-in": NC_("mark an attendee", "checked in"),
        "absent": NC_("mark an attendee", "absent from the round given"),
        "late": NC_("mark an attendee", "late: arrives at the round given"),
        "left": NC_("mark an attendee", "left before the round given"),
        "going": NC_("mark an attendee", "expected again (undo)"),
        "declined": NC_("mark an attendee", "not coming"),
        "removed": NC_("mark an attendee", "remove from the event"),
    },
    "phase": {
        "unscheduled": NC_("where an event stands", "no clock times"),
        "before": NC_("where an event stands", "not started yet"),
        "round": NC_("where an event stands", "a round is on"),
        "between": NC_("where an event stands", "between two rounds"),
        "after": NC_("where an event stands", "over"),
    },
    "invitation": {
        "open": NC_("an invitation link", "works"),
        "expired": NC_("an invitation link", "expired"),
        "used up": NC_("an invitation link", "used up"),
        "revoked": NC_("an invitation link", "revoked"),
    },
    # a column of an attendee file that the file lacks, named in a problem's row (in
    # French, the names the import understands where it has one: matcher.profiles COLUMN_ALIASES)
    "attendee_column": {
        "id": NC_("attendee file column", "id"),
        "name": NC_("attendee file column", "name"),
        "headline": NC_("attendee file column", "headline"),
        "offers": NC_("attendee file column", "offers"),
        "needs": NC_("attendee file column", "needs"),
        "values": NC_("attendee file column", "values"),
        "roles_offered": NC_("attendee file column", "roles_offered"),
        "roles_sought": NC_("attendee file column", "roles_sought"),
        "commitment": NC_("attendee file column", "commitment"),
        "available_from": NC_("attendee file column", "available_from"),
        "location": NC_("attendee file column", "location"),
        "utc_offset": NC_("attendee file column", "utc_offset"),
        "timezone": NC_("attendee file column", "timezone"),
        "languages": NC_("attendee file column", "languages"),
        "stage": NC_("attendee file column", "stage"),
        "visibility": NC_("attendee file column", "visibility"),
        "consent": NC_("attendee file column", "consent"),
        "email": NC_("attendee file column", "email"),
        "industries": NC_("attendee file column", "industries"),
        "preferences": NC_("attendee file column", "preferences"),
    },
    "odd": {
        "bye": NC_("odd number of people", "one person takes a break"),
        "trio": NC_("odd number of people", "one table of three"),
    },
    "notice": {
        "intro_request": NC_("notice", "someone asks to meet me, or asks me to introduce them"),
        "intro_answer": NC_("notice", "someone answers my request for an introduction"),
        "intro_moved": NC_(
            "notice", "my request for an introduction goes through another connector"
        ),
        "intro_ended": NC_(
            "notice", "my request for an introduction ends: nobody is left to introduce me"
        ),
        "intro_withdrawn": NC_(
            "notice", "someone withdraws a request for an introduction I was asked about"
        ),
        "venture_invite": NC_("notice", "someone invites me to join a venture"),
        "ledger_approval": NC_("notice", "an entry of a venture's ledger waits for my approval"),
        "venture_proposal": NC_("notice", "a proposal in a venture waits for my word"),
        "proposal_answer": NC_(
            "notice", "my proposal in a venture is accepted, declined or lapses"
        ),
        "event_invite": NC_("notice", "an organiser invites me to an event"),
        "message": NC_("notice", "someone writes to me in a conversation"),
        "feedback_due": NC_("notice", "after an accepted introduction, feedback to give"),
        "digest": NC_("notice", "a weekly digest of the people newly suggested to me"),
    },
}


def label(t: Translator, family: str, value: object) -> str:
    """The label of ``value`` (an enumeration member or its value) in ``t``'s language.

    A value without a label shows as it is rather than fail (a test keeps the tables complete).

    Examples
    --------
    >>> from api.web.i18n import translator
    >>> from matcher.profiles import Role
    >>> label(translator("fr"), "role", Role.DOMAIN), label(translator("en"), "kind", "sales")
    ('expertise métier', 'sales')
    >>> label(translator("fr"), "role", "astronaut")
    'astronaut'
    """
    key = value.value if isinstance(value, Enum) and isinstance(value.value, str) else value
    message = FAMILIES[family].get(key)
    return str(key) if message is None else t.message(message)


def attendee_state(t: Translator, a: Any) -> str:
    """An attendee's state as an organiser reads it, with the round it starts from.

    Examples
    --------
    >>> from api.web.i18n import translator
    >>> from matcher.events import Attendee
    >>> attendee_state(translator("fr"), Attendee("ana", status="no-show", since_round=3))
    'absence · à partir du tour 3'
    >>> attendee_state(translator("en"), Attendee("ana", status="late", since_round=2))
    'coming · arrives at round 2'
    >>> attendee_state(translator("fr"), Attendee("ana", status="late", since_round=2))
    'vient · arrive au tour 2'
    """
    text = label(t, "attendee_state", a.state)
    # each sentence a call of its own: Babel reads no call inside an f-string, and "arrives at
    # round 3" stayed English on the French dashboard (walk 16)
    if a.status in ("no-show", "left"):
        since = t.gettext("from round %(n)s", n=a.since_round)
    elif a.status == "late":
        since = t.gettext("arrives at round %(n)s", n=a.since_round)
    else:
        return text
    return f"{text} · {since}"
