"""Who is calling, and who may do what: :class:`Actor` and the policy, one named rule each.

Every service asks this module before it acts; no service writes its own permission
test. A rule states who may act (the person themself, one of a set of people, or
nobody but an admin), whether an admin passes, and what a refused caller is told
(the error names the field, the value and the fix). The rules are listed in
:data:`RULES` and tested together as one role x action matrix
(``tests/api/test_roles_matrix.py`` and ``tests/matcher/test_access.py``); the documentation's table of roles is built from
the same list.

Reading an object one may not see is answered as if it did not exist (the services
raise their ``Unknown*`` error: no leak of what exists); the rules here are for
actions on objects the caller can see.

Visibility of a profile (:func:`can_see`) and consent to be put forward
(:func:`put_forward`) are rules of the same kind, for every domain that shows people.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Literal, Protocol

from matcher.errors import NotAllowed, NotAuthenticated

__all__ = [
    "ADMIN",
    "RULES",
    "Actor",
    "Role",
    "Rule",
    "Visible",
    "can_see",
    "needs_shared_event",
    "put_forward",
    "signed_in",
]

Role = Literal["member", "admin"]
BEARER_HINT = "send Authorization: Bearer <token>"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is calling: a member (with their profile id) or an admin.

    Examples
    --------
    >>> Actor("ana").is_admin, ADMIN.is_admin
    (False, True)
    """

    profile_id: str | None
    role: Role = "member"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


#: An admin acting for the operator (CLI with ``--admin``, scripts, tests).
ADMIN = Actor(None, "admin")


def signed_in(actor: Actor | None, action: str = "", *, hint: str = BEARER_HINT) -> Actor:
    """The actor, who must be signed in (any token).

    Examples
    --------
    >>> signed_in(Actor("ana")).profile_id
    'ana'
    >>> signed_in(None, "give feedback")
    Traceback (most recent call last):
    ...
    matcher.errors.NotAuthenticated: sign in to give feedback; send Authorization: Bearer <token>
    """
    if actor is None:
        raise NotAuthenticated(f"sign in to {action}" if action else "sign in first", hint=hint)
    return actor


Test = Callable[[Actor, str | None, Collection[str]], bool]


def _self(actor: Actor, subject: str | None, parties: Collection[str]) -> bool:
    return actor.profile_id is not None and actor.profile_id == subject


def _party(actor: Actor, subject: str | None, parties: Collection[str]) -> bool:
    return actor.profile_id is not None and actor.profile_id in parties


def _has_profile(actor: Actor, subject: str | None, parties: Collection[str]) -> bool:
    return actor.profile_id is not None


def _nobody(actor: Actor, subject: str | None, parties: Collection[str]) -> bool:
    return False


@dataclass(frozen=True, slots=True)
class Rule:
    """One permission.

    Parameters
    ----------
    name : str
        Its key, ``domain.action`` (``"profile.edit"``).
    who : str
        Who may, in words (the documentation's table).
    test : callable
        ``test(actor, subject, parties)`` for a signed-in non-admin caller.
    admin : bool
        Whether an admin passes whatever ``test`` says.
    action : str
        What a caller without a token is asked to sign in for ("" -> "sign in first"), a
        template like ``refusal``.
    refusal, hint : str
        The message and the fix for a refused caller; ``refusal`` is formatted with
        ``subject`` and the keyword facts given to :meth:`require`.
    field : str or None
        The field named by the refusal (None: the request as a whole).

    Examples
    --------
    >>> EDIT_PROFILE.require(Actor("ana"), "ana").profile_id
    'ana'
    >>> EDIT_PROFILE.require(Actor("bob"), "ana")
    Traceback (most recent call last):
    ...
    matcher.errors.NotAllowed: you may only change your own profile, not 'ana' (got 'ana'); use the token of that profile's owner
    >>> EDIT_PROFILE.allows(ADMIN, "ana"), GIVE_FEEDBACK.allows(ADMIN, "ana")
    (True, False)
    """

    name: str
    who: str
    test: Test
    refusal: str
    hint: str
    field: str | None = "id"
    admin: bool = True
    action: str = ""
    anonymous_hint: str = BEARER_HINT

    def allows(
        self, actor: Actor | None, subject: str | None = None, parties: Collection[str] = ()
    ) -> bool:
        """True if ``actor`` may act on ``subject`` (``parties``: the people the rule names)."""
        if actor is None:
            return False
        return (self.admin and actor.is_admin) or self.test(actor, subject, parties)

    def require(
        self,
        actor: Actor | None,
        subject: str | None = None,
        parties: Collection[str] = (),
        *,
        value: object = None,
        **facts: object,
    ) -> Actor:
        """The actor if allowed; :class:`NotAuthenticated` or :class:`NotAllowed` otherwise.

        ``value`` is the value the refusal names (default ``subject``); ``facts`` fill the
        refusal's other placeholders.
        """
        action = self.action.format(subject=subject, **facts) if self.action else ""
        actor = signed_in(actor, action, hint=self.anonymous_hint)
        if not self.allows(actor, subject, parties):
            shown = subject if value is None else value
            raise NotAllowed(
                self.refusal.format(subject=subject, actor=actor.profile_id, **facts),
                field=self.field,
                value=shown,
                hint=self.hint,
            )
        return actor


# ---------------------------------------------------------------- profiles, matching
EDIT_PROFILE = Rule(
    "profile.edit",
    "the person themself, or an admin",
    _self,
    "you may only change your own profile, not {subject!r}",
    "use the token of that profile's owner",
    action="change a profile",
)
SEE_SUGGESTIONS = Rule(
    "matching.suggestions",
    "the person themself, or an admin",
    _self,
    "suggestions are private to their owner; you are not {subject!r}",
    "ask for your own suggestions",
    action="see suggestions",
)
# ----------------------------------------------------------------------------- trust
ACT_AS = Rule(
    "member.act-as",
    "the person themself, or an admin",
    _self,
    "you may only {what} as yourself, not as {subject!r}",
    "use your own token",
    action="{what}",
)
ANSWER_COLLABORATION = Rule(
    "trust.collaboration.answer",
    "the partner asked to confirm, or an admin",
    _self,
    "only {subject!r} can confirm or decline collaboration {collaboration!r}",
    "ask your partner to confirm it",
    field="collaboration",
)
RATE_COLLABORATION = Rule(
    "trust.collaboration.rate",
    "the two people who worked together (not an admin: a rating is personal)",
    _party,
    "only the two people who worked together can rate a collaboration",
    "use the token of one of them",
    field="collaboration",
    admin=False,
)
# ---------------------------------------------------------------------------- equity
LIST_VENTURES = Rule(
    "equity.ventures.list",
    "the person themself, or an admin",
    _self,
    "you may only list your own ventures, not {subject!r}'s",
    "ask for your own ventures",
    field="member",
)
POST_AS = Rule(
    "equity.entry.author",
    "the member themself (the author is the caller), or an admin",
    _self,
    "you may only act as yourself ({actor!r}), not {subject!r}",
    "leave author out; it is taken from your token",
    field="author",
)
REVERSE_ENTRY = Rule(
    "equity.entry.reverse",
    "the entry's author or its approver, or an admin",
    _party,
    "only the author ({author!r}) or the approver of entry {subject} may reverse it",
    "ask the author to reverse it",
    field="entry",
)
APPROVE_ENTRY = Rule(
    "equity.entry.approve",
    "a member other than the entry's author",
    _party,
    "entry {subject} was posted by {author!r}: another member must approve it",
    "ask another member of the venture to approve it",
    field="entry",
    admin=False,
)
# ---------------------------------------------------------------------------- events
ORGANISE_EVENT = Rule(
    "events.organise",
    "the event's organiser, or an admin",
    _party,
    "only the organiser of event {subject!r} may {what}",
    "ask the organiser; as an attendee you can read your own agenda",
    field="event",
)
NAME_ORGANISER = Rule(
    "events.organiser.name",
    "an admin (a member organises the events they create)",
    _self,
    "only an admin may name another organiser",
    "leave organiser out; you will organise the event",
    field="organiser",
)
READ_AGENDA = Rule(
    "events.agenda",
    "the attendee themself (the organiser and an admin read every agenda)",
    _self,
    "an attendee sees only their own agenda",
    "ask for your own agenda",
    field="profile",
)
ANSWER_INVITATION = Rule(
    "events.rsvp",
    "the attendee themself (the organiser marks attendees instead)",
    _self,
    "only an attendee of event {event!r} may answer its invitation",
    "as the organiser, mark attendees on the event (PUT .../attendees/{id}/status)",
    field="event",
    admin=False,
    action="answer an invitation",
)
# ------------------------------------------------------------------ a member's things
HAVE_PROFILE = Rule(
    "member.profile",
    "a member token (one that belongs to a profile)",
    _has_profile,
    "this token belongs to no profile",
    "use a member token",
    field=None,
    admin=False,
)
GIVE_FEEDBACK = Rule(
    "loop.feedback",
    "the person themself (feedback is personal: not even an admin)",
    _self,
    "feedback is personal: you may only give your own, not {subject!r}'s",
    "use your own token",
    field="author",
    admin=False,
    action="give feedback",
    anonymous_hint="send a bearer token",
)
MESSAGES = Rule(
    "loop.messages",
    "the people of an accepted introduction: its requester, its target and its connector"
    " (not an admin: messages are private)",
    _party,
    "only the people of conversation {subject!r} may read or write its messages",
    "ask one of them; a conversation opens when an introduction is accepted",
    field="thread",
    admin=False,
    action="read or write messages",
)
MARK_PEOPLE = Rule(
    "loop.marks",
    "the person themself (saved and skipped people are private: not even an admin)",
    _self,
    "you may only save or skip people for yourself, not for {subject!r}",
    "use your own token",
    field="owner",
    admin=False,
    action="save or skip people",
)
OWN_DATA = Rule(
    "privacy.own-data",
    "the person themself, or an admin",
    _self,
    "you may only {what} of your own profile, not {subject!r}",
    "use that person's own token, or ask an admin",
    action="{what}",
)
ISSUE_TOKEN = Rule(
    "security.token.issue",
    "an admin (members get their token when they sign up)",
    _nobody,
    "only admins issue tokens",
    "ask an admin, or sign up with POST /profiles",
    field=None,
)
OWN_ACCOUNT = Rule(
    "account.own",
    "the person themself, or an admin",
    _self,
    "you may only {what} of your own account, not {subject!r}",
    "sign in as that member",
    action="{what}",
)
READ_INBOX = Rule(
    "inbox.read",
    "the person themself (an inbox is private: not even an admin)",
    _self,
    "an inbox is private to its owner; you are not {subject!r}",
    "sign in as that member",
    admin=False,
    action="read an inbox",
)
ADMIN_ONLY = Rule(
    "admin",
    "an admin",
    _nobody,
    "only an admin may {what}",
    "use an admin token",
    field="token",
)

#: Every rule, for the documentation and the role x action matrix test.
RULES: tuple[Rule, ...] = (
    EDIT_PROFILE,
    SEE_SUGGESTIONS,
    ACT_AS,
    ANSWER_COLLABORATION,
    RATE_COLLABORATION,
    LIST_VENTURES,
    POST_AS,
    REVERSE_ENTRY,
    APPROVE_ENTRY,
    ORGANISE_EVENT,
    NAME_ORGANISER,
    READ_AGENDA,
    ANSWER_INVITATION,
    HAVE_PROFILE,
    GIVE_FEEDBACK,
    MESSAGES,
    MARK_PEOPLE,
    OWN_DATA,
    ISSUE_TOKEN,
    OWN_ACCOUNT,
    READ_INBOX,
    ADMIN_ONLY,
)


# -------------------------------------------------------------------- visibility
class Visible(Protocol):
    """What visibility needs of a profile (:class:`matcher.profiles.model.Profile` has it)."""

    @property
    def id(self) -> str: ...

    @property
    def visibility(self) -> str: ...

    @property
    def suggestable(self) -> bool: ...


def can_see(
    profile: Visible,
    viewer: str | None,
    *,
    admin: bool = False,
    signed_in: bool | None = None,
    shared_event: bool = False,
) -> bool:
    """True if ``viewer`` (a profile id, or None for anonymous) may see ``profile``.

    An admin and the person themself see a profile; others see it when it is
    ``public``, or ``members`` and they are signed in. ``event-only`` profiles are
    seen by the people they share an event with (its other attendees and its
    organiser) and by no one else; ``private`` profiles by no one else.
    ``signed_in`` defaults to ``viewer is not None`` (an admin token has no profile id
    but is signed in). ``shared_event`` tells that ``viewer`` attends an event
    ``profile`` attends, or organises one (the caller looks it up, and only for
    ``event-only`` profiles: :func:`needs_shared_event`).

    Examples
    --------
    >>> from matcher.profiles.validation import Profile, Visibility
    >>> ana = Profile("ana", "Ana", "o", "n", visibility=Visibility.MEMBERS)
    >>> can_see(ana, None), can_see(ana, "bob"), can_see(ana, None, admin=True)
    (False, True, True)
    >>> hid = Profile("hid", "Hid", "o", "n", visibility=Visibility.EVENT_ONLY)
    >>> can_see(hid, "bob"), can_see(hid, "hid"), can_see(hid, "bob", shared_event=True)
    (False, True, True)
    >>> can_see(Profile("p", "P", "o", "n", visibility=Visibility.PRIVATE), "bob", shared_event=True)
    False
    """
    if admin or (viewer is not None and viewer == profile.id):
        return True
    if profile.visibility == "public":
        return True
    if profile.visibility == "event-only":
        return viewer is not None and shared_event
    signed = viewer is not None if signed_in is None else signed_in
    return profile.visibility == "members" and signed


def needs_shared_event(profile: Visible, viewer: str | None, *, admin: bool = False) -> bool:
    """True if :func:`can_see` depends on whether ``viewer`` shares an event with ``profile``
    (so the caller looks it up only then: the rule stays cheap).

    Examples
    --------
    >>> from matcher.profiles.validation import Profile, Visibility
    >>> hid = Profile("hid", "Hid", "o", "n", visibility=Visibility.EVENT_ONLY)
    >>> needs_shared_event(hid, "bob"), needs_shared_event(hid, None), needs_shared_event(hid, "hid")
    (True, False, False)
    """
    return (
        profile.visibility == "event-only"
        and viewer is not None
        and viewer != profile.id
        and not admin
    )


def put_forward(profile: Visible) -> bool:
    """True if ``profile`` may be proposed to others: suggested, shown as a connector, trusted.

    A person is put forward only if they consent and their profile is ``public`` or
    ``members``.

    Examples
    --------
    >>> from matcher.profiles.validation import Profile
    >>> put_forward(Profile("a", "A", "o", "n")), put_forward(Profile("a", "A", "o", "n",
    ...                                                               consent=False))
    (True, False)
    """
    return profile.suggestable
