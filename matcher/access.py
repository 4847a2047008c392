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
from typing import Literal, Protocol, get_args

from matcher.errors import NotAllowed, NotAuthenticated

__all__ = [
    "ADMIN",
    "ROLES",
    "RULES",
    "Actor",
    "Role",
    "Rule",
    "Visible",
    "actor_sees",
    "can_see",
    "needs_shared_event",
    "put_forward",
    "signed_in",
]

Role = Literal["member", "admin"]
#: Every role, the default (a member) first.
ROLES: tuple[Role, ...] = get_args(Role)
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
    matcher.errors.NotAllowed: you may only change your own profile, not 'ana'; use the token of that profile's owner
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
            names = _Facts(subject=subject, actor=actor.profile_id, **facts)
            raise NotAllowed(
                self.refusal.format_map(names),
                field=self.field,
                value=shown,
                hint=self.hint.format_map(names),
            )
        return actor


class _Facts(dict[str, object]):
    """The facts a refusal and its hint name; a placeholder no fact fills stays as written
    (a hint may show a route such as ``/attendees/{id}``)."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


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
WITHDRAW_INTRODUCTION = Rule(
    "trust.introduction.withdraw",
    "the member who asked for it (not an admin: the request is theirs)",
    _self,
    "only the member who asked for introduction {introduction!r} can withdraw it",
    "to turn it down, decline it instead",
    field="introduction",
    admin=False,
    action="withdraw an introduction request",
)
# ---------------------------------------------------------------------------- equity
# A venture's roles, from its records (the equity service computes the parties):
#   owner   - its creator, and the members an owner names owner;
#   member  - a person who accepted an invitation (owners are members too);
#   invited - invited, not yet accepted: reads nothing of the venture;
#   former  - a member whose departure is recorded: reads the venture, acts on nothing
#             but their own departure's acknowledgement or dispute;
#   an admin acts on behalf of a named member under that member's rules, and never
#   approves, rejects, accepts, confirms, acknowledges or disputes for anyone.
READ_VENTURE = Rule(
    "equity.venture.read",
    "its members (owners included) and former members, or an admin; to anyone else, and to"
    " people only invited, it does not exist",
    _party,
    "no venture {subject!r} that you belong to",
    "check the id, or ask a member to invite you",
    field="venture",
)
CREATE_VENTURE = Rule(
    "equity.venture.create",
    "anyone with a profile, who becomes its owner; an admin names the owner",
    _self,
    "only an admin may create a venture owned by someone else ({subject!r})",
    "leave owner out: you will own the venture",
    field="owner",
)
LIST_VENTURES = Rule(
    "equity.ventures.list",
    "the person themself, or an admin",
    _self,
    "you may only list your own ventures and invitations, not {subject!r}'s",
    "ask for your own ventures",
    field="member",
)
INVITE_MEMBER = Rule(
    "equity.member.invite",
    "an owner, or an admin; the person joins only when they accept",
    _party,
    "only an owner of venture {venture!r} may invite members",
    "ask an owner ({owners}) to invite them",
    field="member",
)
ANSWER_VENTURE_INVITATION = Rule(
    "equity.invitation.answer",
    "the person invited (not an admin: joining is personal)",
    _party,
    "only the person invited may accept or decline an invitation to {venture!r}",
    "use the invited person's own token",
    field="venture",
    admin=False,
)
NAME_OWNER = Rule(
    "equity.owner.name",
    "an owner, or an admin",
    _party,
    "only an owner of venture {venture!r} may name owners",
    "ask an owner ({owners})",
    field="member",
)
SECOND_MEMBER = Rule(
    "equity.member.second",
    "a current member other than the one who invited them and themself (not an admin)",
    _party,
    "only a member other than {subject!r} and the owner who invited them may second their"
    " membership",
    "ask another member of the venture",
    field="member",
    admin=False,
)
POST_AS = Rule(
    "equity.entry.author",
    "the member themself (the author is the caller), or an admin",
    _self,
    "you may only act as yourself ({actor!r}), not {subject!r}",
    "leave author out; it is taken from your token",
    field="author",
)


def _self_in_party(actor: Actor, subject: str | None, parties: Collection[str]) -> bool:
    return _self(actor, subject, parties) and _party(actor, subject, parties)


POST_ENTRY = Rule(
    "equity.entry.post",
    "a current member, about themself (an admin posts on behalf of a named member, under"
    " that member's rules)",
    _self_in_party,
    "{actor!r} may not post an entry about {subject!r}: a current member posts about themself",
    "post your own contributions; an owner may post an entry about another member, which"
    " counts once that member approves it",
    field="member",
    admin=False,
)
POST_FOR_MEMBER = Rule(
    "equity.entry.post-for",
    "an owner, about another current member (a repayment made to them, imported rows);"
    " it counts only once that member approves it",
    _party,
    "only an owner may post an entry about another member ({subject!r})",
    "ask {subject!r} to post it, or an owner to post it for their approval",
    field="member",
    admin=False,
)
APPROVE_ENTRY = Rule(
    "equity.entry.approve",
    "a current member other than its author (an entry about another member: that member);"
    " never between a member and the one on whose word alone they joined; not an admin",
    _party,
    "{actor!r} may not approve entry {subject}: {why}",
    "ask {approvers} to approve it",
    field="entry",
    admin=False,
)
REJECT_ENTRY = Rule(
    "equity.entry.reject",
    "whoever may approve it (with a reason); not an admin",
    _party,
    "{actor!r} may not reject entry {subject}: {why}",
    "ask {approvers} to review it",
    field="entry",
    admin=False,
)
REVERSE_ENTRY = Rule(
    "equity.entry.reverse",
    "the current member whose slices it would lower: the member it is about once it counts"
    " (a repayment: its author), its author before (an admin on their behalf)",
    _party,
    "only {author!r} may reverse entry {subject}",
    "ask the author to reverse it; an approver who finds it wrong rejects it before approving",
    field="entry",
    admin=False,
)
SET_RATE = Rule(
    "equity.rate.set",
    "an owner, or an admin; a rate applies after its member's last time entry, once the"
    " members it moves against agree",
    _party,
    "only an owner of venture {venture!r} may set salaries",
    "ask an owner ({owners}) to record it",
    field="member",
)
SET_TERMS = Rule(
    "equity.terms.set",
    "an owner, or an admin; terms apply after the last entry",
    _party,
    "only an owner of venture {venture!r} may change its terms",
    "ask an owner ({owners})",
    field="venture",
)
FREEZE_PIE = Rule(
    "equity.freeze",
    "an owner, or an admin, proposes it; it applies once every other current member agrees;"
    " a freeze is final",
    _party,
    "only an owner of venture {venture!r} may freeze its pie",
    "ask an owner ({owners})",
    field="venture",
)
IMPORT_LEDGER = Rule(
    "equity.ledger.import",
    "an owner, or an admin; rows about other members count once each approves them",
    _party,
    "only an owner of venture {venture!r} may import a ledger",
    "ask an owner ({owners})",
    field="venture",
)
RECORD_DEPARTURE = Rule(
    "equity.departure.record",
    "an owner, for another current member (any reason), or an admin",
    _party,
    "only an owner may record the departure of {subject!r}",
    "a member records their own resignation; ask an owner ({owners}) for anything else",
    field="member",
)
RESIGN = Rule(
    "equity.departure.resign",
    "a current member, for themself, with a resignation reason",
    _self_in_party,
    "{actor!r} may not record a departure of {subject!r}",
    "record your own resignation (resigned-good-reason or resigned-no-good-reason)",
    field="member",
    admin=False,
)
ANSWER_DEPARTURE = Rule(
    "equity.departure.answer",
    "the leaver themself (not an admin): acknowledge, or dispute with a reason",
    _self,
    "only {subject!r} may acknowledge or dispute their departure",
    "use the leaver's own token",
    field="member",
    admin=False,
)
PROPOSE_END = Rule(
    "equity.end.propose",
    "an owner (not an admin); every current member then confirms, or one declines",
    _party,
    "only an owner of venture {venture!r} may propose to end it",
    "ask an owner ({owners})",
    field="venture",
    admin=False,
)
CONFIRM_END = Rule(
    "equity.end.confirm",
    "each current member, for the ledger they saw (its hash); not an admin",
    _party,
    "only a current member of venture {venture!r} may confirm its end",
    "ask the current members ({members})",
    field="venture",
    admin=False,
)
SIGN_DAY = Rule(
    "equity.day.sign",
    "each current member, for themself, the fingerprint of a day's split they read; not an admin",
    _party,
    "you sign the split of a day of venture {venture!r} for yourself only, as one of its"
    " current members",
    "each current member signs for themself, signed in as themself",
    field="member",
    admin=False,
)
ANSWER_PROPOSAL = Rule(
    "equity.proposal.answer",
    "a member a proposal waits for (not an admin): a salary that lowers a member's, or"
    " opens it when another sets it, that member; a raise, or one's own opening salary, the"
    " other current members; a freeze, every other current member; a"
    " leaver's own good reason, another owner; its proposer withdraws it",
    _party,
    "{actor!r} is not asked to answer proposal {subject!r} of venture {venture!r}",
    "it waits for {waiting}",
    field="proposal",
    admin=False,
)
DECLINE_END = Rule(
    "equity.end.decline",
    "a current member (not an admin), with a reason: the ledger opens again",
    _party,
    "only a current member of venture {venture!r} may decline its end",
    "ask the current members ({members})",
    field="venture",
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
    WITHDRAW_INTRODUCTION,
    READ_VENTURE,
    CREATE_VENTURE,
    LIST_VENTURES,
    INVITE_MEMBER,
    ANSWER_VENTURE_INVITATION,
    NAME_OWNER,
    SECOND_MEMBER,
    POST_AS,
    POST_ENTRY,
    POST_FOR_MEMBER,
    APPROVE_ENTRY,
    REJECT_ENTRY,
    REVERSE_ENTRY,
    SET_RATE,
    SET_TERMS,
    FREEZE_PIE,
    IMPORT_LEDGER,
    RECORD_DEPARTURE,
    RESIGN,
    ANSWER_DEPARTURE,
    PROPOSE_END,
    CONFIRM_END,
    DECLINE_END,
    SIGN_DAY,
    ANSWER_PROPOSAL,
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
    introduced: bool = False,
) -> bool:
    """True if ``viewer`` (a profile id, or None for anonymous) may see ``profile``.

    An admin and the person themself see a profile; others see it when it is
    ``public``, or ``members`` and they are signed in. ``event-only`` profiles are
    seen by the people they share an event with (its organiser; its other attendees once
    they answered the invitation, else those the plan seats them with) and by no one else; ``private`` profiles by no one else. Whatever its
    visibility, a profile is seen by the people it asked for an introduction (the person
    asked, the connector asked to relay) while the request stands and once it was
    accepted, and by the person who asked, once accepted: ``introduced`` (the caller
    looks it up only when the answer depends on it). The double opt-in never asks anyone
    to answer a stranger, and asking shows no one to the asker before they said yes.
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
    >>> can_see(Profile("p", "P", "o", "n", visibility=Visibility.PRIVATE), "bob", introduced=True)
    True
    """
    if (
        admin
        or (viewer is not None and viewer == profile.id)
        or (viewer is not None and introduced)
    ):
        return True
    if profile.visibility == "public":
        return True
    if profile.visibility == "event-only":
        return viewer is not None and shared_event
    signed = viewer is not None if signed_in is None else signed_in
    return profile.visibility == "members" and signed


def actor_sees(profile: Visible, actor: Actor | None) -> bool:
    """True if ``actor`` (None: anonymous) may see ``profile`` by its visibility alone: the
    :func:`can_see` of a signed-in actor (an admin sees every profile), sharing no event and
    asked for no introduction.

    Examples
    --------
    >>> from matcher.profiles.validation import Profile, Visibility
    >>> ana = Profile("ana", "Ana", "o", "n", visibility=Visibility.MEMBERS)
    >>> actor_sees(ana, None), actor_sees(ana, Actor("bob")), actor_sees(ana, ADMIN)
    (False, True, True)
    """
    if actor is None:
        return can_see(profile, None)
    return can_see(profile, actor.profile_id, admin=actor.is_admin, signed_in=True)


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
