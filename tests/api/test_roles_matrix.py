"""Every route, called as every role, over one seeded world: exact statuses, no private data leaks.

The matrix is data: :data:`CASES` holds one row per (route, resource variant) with the
status each role must get. :func:`test_route_as_role` runs every row as every role on
a fresh copy of the world, checks the status and the error shape, and scans the
response text for :data:`CANARIES` the role must not see (another person's avoid
list, notes on ratings, unconfirmed collaborations, other ventures' ledgers, hidden
profiles, e-mails, token hashes). :func:`test_every_route_is_in_the_matrix` fails as
soon as a route exists without a row.

How to add a route
------------------
1. Append a ``Case`` to :data:`CASES`: method, the path template exactly as in the
   OpenAPI schema (``/ventures/{venture_id}/ledger``), the path parameters
   (``params``, values may name a seeded object: ``"@e_ana"`` reads ``World.ids``),
   a body factory, and ``S(anonymous, owner, member, venture, admin)``: the status for
   each role. "owner" is ``ana``, whose data the path names; "member" is ``bob``, a
   member unrelated to ana's data; "venture" is ``vic``, in ana's venture ``anaco``;
   "admin" has an admin token and no profile.
2. If the route shows new private data, seed it in :func:`_seed` with a unique string
   and add it to :data:`CANARIES` with the roles allowed to see it.

Events and their organisers
---------------------------
"organiser_other" is ``oli``, who organises ``olev`` (cyd and dan attend; ana does not):
an organiser of *another* event. ``ana`` (the owner) organises ``anaev`` without
attending it; ``bob`` (the member) attends it, with cyd, dan, ``zevatt9`` (event-only:
seen by co-attendees and the organiser) and ``zatt9`` (private, added by an admin; they
avoid bob, so bob never sits with them and nobody but ana and admins learns their id).
Rounds and teams of ``anaev`` are planned in :func:`_seed`. Every row gives
``organiser_other`` a status (the member's by default, ``S(..., organiser_other=...)``
overrides it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from api.app import create_app
from api.settings import Settings
from embeddings.encoder import FakeEncoder
from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.equity import EquityService, Rate
from matcher.events import EventStore
from matcher.matching import MatchSettings
from matcher.notices import Notice, NoticeKind
from matcher.schema import connect
from matcher.trust import Feedback, TrustService, TrustStore, Verdict
from tests.apps import app_over
from tests.conftest import COMMUNITY, SYNONYMS, person
from tests.stores import AnyStore
from tests.ventures import agreed_rate
from tests.ventures import venture as make_venture

ROLES = ("anonymous", "owner", "member", "venture", "admin", "organiser_other")
SIGNED_IN = frozenset({"owner", "member", "venture", "admin", "organiser_other"})

# ----------------------------------------------------------------- the world
EXTRA = [
    person("vic", offers="Marketing and growth.", roles_offered="marketing"),
    person("zprivate9", visibility="private", offers="ZPRIVTEXT backend python"),
    person("zevent9", visibility="event-only", offers="ZEVENTTEXT backend python"),
    person("zmembers9", visibility="members", offers="ZMEMBERSTEXT sales customers"),
    person("znocon9", consent="false", offers="sales customers ZNOCONTEXT"),
    person("oli", offers="Community events and meetups.", roles_offered="operations"),
    person("zevatt9", visibility="event-only", offers="ZEVATTTEXT design brand"),
    person("zatt9", name="ZATTNAME", visibility="private", offers="ZATTTEXT python code"),
]

#: Private strings seeded in the world, and the roles allowed to see each one.
CANARIES: dict[str, frozenset[str]] = {
    "zprivate9": frozenset({"owner", "admin"}),  # a private profile, on ana's avoid list
    "zevent9": frozenset({"member", "admin"}),  # an event-only profile, on bob's avoid list
    "ana-account-canary@example.org": frozenset({"owner"}),  # her account's address
    "ANA-SESSION-CANARY": frozenset({"owner"}),  # her session's label
    "ANA-INVITE-CANARY": frozenset({"owner"}),  # her sign-up invitation's label
    "ZPRIVTEXT": frozenset({"admin"}),
    "ZEVENTTEXT": frozenset({"admin"}),
    "ZMEMBERSTEXT": SIGNED_IN,
    "ANA-NOTE-CANARY": frozenset({"owner", "admin"}),  # ana's note on her rating of vic
    "VIC-NOTE-CANARY": frozenset({"venture", "admin"}),  # vic's note on his rating of ana
    "UNCONF-ANA-CANARY": frozenset({"owner", "admin"}),  # ana -> cyd, not confirmed
    "UNCONF-BOB-CANARY": frozenset({"member", "admin"}),  # bob -> dan, not confirmed
    "ANACO-LEDGER-CANARY": frozenset({"owner", "venture", "admin"}),
    "anaco-key-canary": frozenset({"owner", "venture", "admin"}),
    "BOBCO-LEDGER-CANARY": frozenset({"member", "admin"}),
    "INTRO-ANA-CANARY": frozenset({"owner", "admin"}),  # ana asks dan, directly
    "ana-mail-canary@example.org": frozenset({"owner", "admin"}),
    "bob-mail-canary@example.org": frozenset({"member", "admin"}),
    # events: an event-only attendee of ana's event, seen by its organiser and co-attendees
    "ZEVATTTEXT": frozenset({"owner", "member", "admin"}),
    # a private attendee of ana's event (never at bob's table): the organiser sees the id
    # in the plan, nobody but admins the name or text
    "zatt9": frozenset({"owner", "admin"}),
    "ZATTNAME": frozenset({"admin"}),
    "ZATTTEXT": frozenset({"admin"}),
    "OLEV-NAME-CANARY": frozenset({"organiser_other", "admin"}),  # oli's event
    # feedback verdicts: private to their author (admins have no "me" and see none)
    "bob-verdict-canary": frozenset({"member"}),  # bob's not-a-fit about ana
    "ana-verdict-canary": frozenset({"owner"}),  # ana's not-a-fit about cyd
}


@dataclass
class World:
    client: TestClient
    headers: dict[str, dict[str, str]]
    ids: dict[str, str]
    secrets: dict[str, frozenset[str]] = field(default_factory=dict)  # CANARIES + token hashes


def _seed(service: Community) -> tuple[dict[str, str], dict[str, str]]:
    """Seed the world through the services; return (ids of seeded objects, token per role)."""
    service.profiles.import_profiles([*COMMUNITY, *EXTRA])
    for pid in ("ana", "bob"):
        service.profiles.update_profile(
            pid, {"email": f"{pid}-mail-canary@example.org"}, actor=ADMIN
        )
    trust = TrustService(service.db)
    equity = EquityService(service.db)
    ana, bob, vic = Actor("ana"), Actor("bob"), Actor("vic")
    service.trust.avoid("ana", "zprivate9", actor=ADMIN)
    service.trust.avoid("bob", "zevent9", actor=ADMIN)
    c1 = trust.propose_collaboration(
        "ana", "vic", "anaco build", "2024-01-01", rating=2, note="ANA-NOTE-CANARY", actor=ana
    )
    trust.answer_collaboration(c1.id, True, actor=vic)
    trust.rate_collaboration(c1.id, 1, "VIC-NOTE-CANARY", actor=vic)
    c2 = trust.propose_collaboration("ana", "cyd", "UNCONF-ANA-CANARY", "2024-02-01", actor=ana)
    c3 = trust.propose_collaboration("vic", "ana", "pending for ana", "2024-03-01", actor=vic)
    c4 = trust.propose_collaboration("bob", "dan", "UNCONF-BOB-CANARY", "2024-02-01", actor=bob)
    trust.endorse("vic", "ana", "python", actor=vic)
    trust.endorse("ana", "bob", "sales", actor=ana)
    trust.endorse("zprivate9", "ana", "design", actor=ADMIN)  # a hidden endorser stays hidden
    i1 = trust.request_introduction("ana", "dan", message="INTRO-ANA-CANARY", actor=ana)
    i2 = trust.request_introduction("bob", "ana", message="hello ana", actor=bob)
    make_venture(equity, "anaco", "ana", "vic", name="Ana Co")
    make_venture(equity, "bobco", "bob", "cyd", name="Bob Co")
    equity.invite("anaco", "bob", actor=ana)  # bob is invited to anaco, and has not answered
    day = dt.date(2024, 1, 1)
    for venture, who, actor in (
        ("anaco", "ana", ana),
        ("anaco", "vic", ana),  # the owner sets the salaries
        ("bobco", "bob", bob),
    ):
        agreed_rate(equity, venture, Rate(who, day, Decimal(100_000)), actor)
    e_ana = equity.post(
        "anaco",
        {
            "member": "ana",
            "kind": "time",
            "on": "2024-01-02",
            "hours": 10,
            "note": "ANACO-LEDGER-CANARY",
        },
        key="anaco-key-canary",
        actor=ana,
    )
    equity.post(
        "anaco",
        {"member": "vic", "kind": "cash", "on": "2024-01-03", "amount": 100},
        key="v1",
        actor=vic,
    )
    equity.post(
        "bobco",
        {
            "member": "bob",
            "kind": "time",
            "on": "2024-01-02",
            "hours": 5,
            "note": "BOBCO-LEDGER-CANARY",
        },
        key="bobco-key",
        actor=bob,
    )
    # the loop: an accepted introduction ana may start a venture from; private verdicts
    i3 = trust.request_introduction("ana", "cyd", message="hi cyd", actor=ana)
    trust.answer_introduction(i3.id, True, actor=Actor("cyd"))
    loop = TrustStore(service.db)
    at = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    with service.db.transaction():  # contexts the meeting checks would refuse: unique
        loop.put_feedback(Feedback("bob", "ana", Verdict.NOT_A_FIT, "event:bob-verdict-canary", at))
        loop.put_feedback(Feedback("ana", "cyd", Verdict.NOT_A_FIT, "event:ana-verdict-canary", at))
    # events: ana organises anaev (bob attends), oli organises olev (ana does not attend)
    events = service.events
    events.create_event(
        "anaev",
        "Ana's night",
        actor=ana,
        # to come, so that it can be checked in to (nobody checks in once it is over)
        details={"date": "2099-05-21", "start": "18:30", "timezone": "Europe/Paris"},
    )
    events.add_attendees("anaev", ["bob", "cyd", "dan"], actor=ana)
    # hidden from ana until they share the event: only an admin adds them by id
    events.add_attendees("anaev", ["zevatt9", "zatt9"], actor=ADMIN)
    service.trust.avoid("zatt9", "bob", actor=ADMIN)
    events.plan_rounds("anaev", rounds=2, actor=ana)
    events.form_teams("anaev", size=2, actor=ana, time_limit=2)
    events.create_event("olev", "OLEV-NAME-CANARY", actor=Actor("oli"))
    events.add_attendees("olev", ["cyd", "dan"], actor=Actor("oli"))
    events.plan_rounds("olev", rounds=1, actor=Actor("oli"))
    ids = {
        "i_accepted": i3.id,
        "c_confirmed": c1.id,
        "c_unconfirmed_ana": c2.id,
        "c_pending_for_ana": c3.id,
        "c_bob": c4.id,
        "i_ana": i1.id,
        "i_to_ana": i2.id,
        "e_ana": str(e_ana.row.entry.id),
        "invite_anaev": events.invitation("anaev", actor=ana),
        "code_bob": next(a.code for a in events.events.attendees("anaev") if a.profile_id == "bob"),
        # the number of bob's team at anaev (a venture from a team: its members only)
        "t_bob": str(
            next(
                n for n, members, _, _ in EventStore(service.db).teams("anaev") if "bob" in members
            )
        ),
    }
    # accounts (link-only: no password; addresses confirmed), a browser session and a spare
    # token of ana's
    with service.db.transaction():
        for pid in ("ana", "bob", "vic", "oli"):
            now = dt.datetime.now(dt.UTC)
            service.accounts.store.add_account(
                pid, f"{pid}-account-canary@example.org", pid, "en", None, now, confirmed=now
            )
    service.accounts.start_session("ana", label="ANA-SESSION-CANARY")
    ids["s_ana"] = service.accounts.sessions("ana", actor=ana)[0].id
    service.security.create_token("ana", label="spare")
    ids["t_ana"] = next(
        t.id for t in service.security.tokens("ana", actor=ana) if t.label == "spare"
    )
    ids["inv_ana"] = service.accounts.invite("ana", label="ANA-INVITE-CANARY", actor=ana).id
    with service.db.transaction():  # an inbox item of ana's
        ids["n_ana"] = service.inbox.deliver(
            Notice("ana", NoticeKind.VENTURE_INVITE, {"who": "vic", "venture": "anaco"})
        )
    tokens = {
        "owner": service.security.create_token("ana"),
        "member": service.security.create_token("bob"),
        "venture": service.security.create_token("vic"),
        "admin": service.security.create_token(None, role="admin"),
        "organiser_other": service.security.create_token("oli"),
    }
    return ids, tokens


_TEMPLATE: dict[str, Any] = {}


def _at_the_door() -> dt.datetime:
    """The events' clock of the matrix: 17:00 on the day of ``anaev`` (21 May 2099, Paris),
    before its first round, when its doors are open (a check-in opens on the event's day)."""
    return dt.datetime(2099, 5, 21, 15, 0, tzinfo=dt.UTC)


def make_world(*, shared: bool = True) -> World:
    """A fresh copy of the seeded world (seeded once, then copied with SQLite's backup);
    ``shared``: served by the app the tests share (:func:`tests.apps.app_over`: a fresh
    world per row would otherwise build FastAPI's routing state 600 times), else its own."""
    if not _TEMPLATE:
        seeded = Community(":memory:", FakeEncoder(dim=256, synonyms=SYNONYMS))
        ids, tokens = _seed(seeded)
        _TEMPLATE.update(store=seeded.db, ids=ids, tokens=tokens)
    store = AnyStore(connect(":memory:"))
    _TEMPLATE["store"].conn.backup(store.conn)
    service = Community(store.db, FakeEncoder(dim=256, synonyms=SYNONYMS), MatchSettings())
    service.events.clock = _at_the_door  # check-in opens on the event's day only
    service.warm()  # as a started server is: GET /ready answers 200 for everyone
    app = (
        app_over(service)
        if shared
        else create_app(Settings(db=":memory:", encoder="fake"), community=service)
    )
    client = TestClient(app)
    tokens: dict[str, str] = _TEMPLATE["tokens"]
    headers = {"anonymous": {}} | {r: {"Authorization": f"Bearer {t}"} for r, t in tokens.items()}
    secrets = dict(CANARIES)
    for t in tokens.values():  # token hashes: nobody, ever
        secrets[hashlib.sha256(t.encode()).hexdigest()] = frozenset()
    return World(client, headers, dict(_TEMPLATE["ids"]), secrets)


def _shared_world() -> World:
    if "shared" not in _TEMPLATE:
        _TEMPLATE["shared"] = make_world(shared=False)
    world: World = _TEMPLATE["shared"]
    return world


# ---------------------------------------------------------------- the matrix
def S(
    anonymous: int,
    owner: int,
    member: int,
    venture: int,
    admin: int,
    *,
    organiser_other: int | None = None,
) -> dict[str, int]:
    """The status each role must get (an organiser of another event: the member's, by default)."""
    return {
        "anonymous": anonymous,
        "owner": owner,
        "member": member,
        "venture": venture,
        "admin": admin,
        "organiser_other": member if organiser_other is None else organiser_other,
    }


Body = Callable[[World], Any] | Mapping[str, Any] | str | None  # str: sent as it is


@dataclass(frozen=True)
class Case:
    method: str
    path: str
    expect: dict[str, int]
    params: Mapping[str, str] = field(default_factory=dict)
    body: Body = None
    query: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    variant: str = ""
    reveals: Mapping[str, frozenset[str]] = field(default_factory=dict)  # canary -> extra roles

    @property
    def name(self) -> str:
        return f"{self.method} {self.path}" + (f" [{self.variant}]" if self.variant else "")


OWN = S(401, 200, 200, 200, 403)  # a /me route: every member for themselves; admins have no "me"
ANA_VENTURE = S(401, 200, 404, 200, 200)  # ana's venture: its members and admins
#: ana's event: the organiser and admins; bob, an attendee, is refused (403); others: 404
ORGANISER = S(401, 200, 403, 404, 200, organiser_other=404)
#: what an attendee of ana's event may read too
ATTENDEE = S(401, 200, 200, 404, 200, organiser_other=404)
#: a change to ana's venture only its owners (and admins) make: vic, a member, is refused
OWNERS = S(401, 201, 404, 403, 201, organiser_other=404)
#: a route of the loop for "me": admins have no "me"
LOOP_OWN = S(401, 200, 200, 200, 403, organiser_other=200)
CSV_HEAD = "id,name,offers,needs\n"
NEW_PERSON = person(
    "newbie", roles_offered=["tech"], roles_sought=["sales"], languages=["en"], utc_offset=1
)


def _as_ana(world: World, method: str, url: str, body: Any, **headers: str) -> Any:
    """A step ana takes before the call under test (its world is a fresh copy)."""
    r = world.client.request(method, url, json=body, headers=world.headers["owner"] | dict(headers))
    assert r.status_code in (200, 201), r.text
    return r.json()


def _entry_for_vic(world: World) -> None:
    """Ana posts entry 3 about vic: it waits for his approval."""
    entry = {"member": "vic", "kind": "cash", "on": "2024-02-01", "amount": "50"}
    posted = _as_ana(world, "POST", "/ventures/anaco/entries", entry, **{"Idempotency-Key": "p3"})
    assert posted["number"] == 3 and posted["state"] == "pending", posted


def _vic_left(world: World) -> None:
    """Ana records vic's departure (he resigned)."""
    gone = {"member": "vic", "on": "2024-12-31", "reason": "resigned-good-reason"}
    _as_ana(world, "POST", "/ventures/anaco/departures", gone, **{"Idempotency-Key": "d1"})


def _freeze_proposed(world: World) -> int:
    """Ana proposes to freeze anaco (vic's word is needed): its number is ``@freeze`` (the
    salaries the seed agreed on were proposals before it)."""
    r = world.client.put(
        "/ventures/anaco/freeze", json={"freeze": "2024-06-01"}, headers=world.headers["owner"]
    )
    assert r.status_code == 202, r.text
    world.ids["freeze"] = str(r.json()["proposal"])
    return int(r.json()["proposal"])


def _end_proposed(world: World) -> str:
    """Ana proposes to end anaco; the ledger's hash the members confirm."""
    end = _as_ana(world, "POST", "/ventures/anaco/end", {"on": "2024-12-31"})
    return str(end["ledger_hash"])


def _fingerprint(world: World) -> str:
    """The fingerprint of anaco's split of 2024-06-30, as its members read it."""
    status = _as_ana(world, "GET", "/ventures/anaco/signatures/2024-06-30", None)
    return str(status["ledger_hash"])


CASES: list[Case] = [
    # ------------------------------------------------------------ profiles
    Case("POST", "/profiles", S(201, 201, 201, 201, 201), body=NEW_PERSON),
    Case("GET", "/profiles", S(200, 200, 200, 200, 200)),
    Case("GET", "/profiles/{profile_id}", S(200, 200, 200, 200, 200), {"profile_id": "ana"}),
    Case(
        "GET",
        "/profiles/{profile_id}",
        S(404, 404, 404, 404, 200),
        {"profile_id": "zprivate9"},
        variant="private",
    ),
    Case(
        "GET",
        "/profiles/{profile_id}",
        S(404, 404, 404, 404, 200),
        {"profile_id": "zevent9"},
        variant="event-only",
    ),
    Case(
        "GET",
        "/profiles/{profile_id}",
        S(404, 200, 200, 200, 200),
        {"profile_id": "zmembers9"},
        variant="members-only",
    ),
    Case(
        "PATCH",
        "/profiles/{profile_id}",
        S(401, 200, 403, 403, 200),
        {"profile_id": "ana"},
        body={"headline": "CTO"},
    ),
    Case("DELETE", "/profiles/{profile_id}", S(401, 204, 403, 403, 204), {"profile_id": "ana"}),
    Case(
        "GET", "/profiles/{profile_id}/matches", S(401, 200, 403, 403, 200), {"profile_id": "ana"}
    ),
    # ------------------------------------------------------------------ me
    Case("GET", "/me", OWN),
    Case("GET", "/me/profile", OWN),
    # every member writes their own profile (replaced: each has one); an admin has no "me"
    Case(
        "PUT",
        "/me/profile",
        OWN,
        body={"name": "Me", "offers": "python code", "needs": "sales", "visibility": "private"},
    ),
    Case("GET", "/me/avoid", OWN),
    Case("PUT", "/me/avoid/{other_id}", OWN, {"other_id": "cyd"}),
    Case(
        "PUT",
        "/me/avoid/{other_id}",
        S(401, 404, 404, 404, 403),
        {"other_id": "zprivate9"},
        variant="hidden",
    ),
    Case("DELETE", "/me/avoid/{other_id}", OWN, {"other_id": "zprivate9"}),
    Case("POST", "/tokens", S(401, 403, 403, 403, 201), body={"profile_id": "cyd"}),
    # --------------------------------------------------- accounts, sessions, inbox
    Case(
        "POST",
        "/accounts",
        S(201, 201, 201, 201, 201),
        body={
            "name": "New Person",
            "email": "new@example.org",
            "password": "correct horse battery",
        },
    ),
    Case(
        "POST",
        "/accounts/signin",
        S(401, 401, 401, 401, 401),
        body={"email": "ana-account-canary@example.org", "password": "not her password"},
    ),
    Case(
        "POST",
        "/accounts/link",
        S(202, 202, 202, 202, 202),
        body={"email": "ana-account-canary@example.org", "purpose": "signin"},
    ),
    Case(
        "POST",
        "/accounts/reset",
        S(401, 401, 401, 401, 401),
        body={"code": "cf1_not-a-code", "password": "correct horse battery"},
    ),
    Case("GET", "/me/account", OWN),
    # every seeded account is confirmed: a made-up code is refused, a resend has nothing to do
    Case("POST", "/me/confirm", S(401, 401, 401, 401, 403), body={"code": "cf1_not-a-code"}),
    Case("POST", "/me/confirm/resend", S(401, 409, 409, 409, 403)),
    # a change of address waits for its link: asking answers alike, a made-up code is refused
    Case("GET", "/me/email", OWN),
    # the matrix's accounts have no password, and a token is no recent sign-in: only the
    # account page moves them (a few minutes after a link sign-in)
    Case("POST", "/me/email", S(401, 403, 403, 403, 403), body={"email": "moved@example.org"}),
    Case("POST", "/me/email/confirm", S(401, 401, 401, 401, 403), body={"code": "cf1_not-a-code"}),
    Case("GET", "/me/sessions", OWN),
    Case(
        "DELETE",
        "/me/sessions/{session_id}",
        S(401, 204, 404, 404, 403),
        {"session_id": "@s_ana"},
    ),
    Case("POST", "/me/signout-everywhere", OWN),
    Case("GET", "/me/tokens", OWN),
    # a new token proves the member asks, like a change of address: these accounts have no
    # password, and a bearer token is no sign-in with a link
    Case("POST", "/me/tokens", S(401, 403, 403, 403, 403), body={"label": "script"}),
    Case("DELETE", "/me/tokens/{token_id}", S(401, 204, 404, 404, 403), {"token_id": "@t_ana"}),
    Case("GET", "/me/invitations", OWN),
    Case("POST", "/me/invitations", S(401, 201, 201, 201, 403), body={"days": 7, "uses": 2}),
    Case(
        "DELETE",
        "/me/invitations/{invitation_id}",
        S(401, 204, 404, 404, 403),
        {"invitation_id": "@inv_ana"},
    ),
    # every seeded member has a profile already: a claim is refused (tests/matcher/test_claim.py)
    Case("POST", "/me/claim", S(401, 409, 409, 409, 403), body={"token": "cf_nothing"}),
    Case("GET", "/me/inbox", OWN),
    Case("GET", "/me/inbox/count", OWN),
    Case("POST", "/me/inbox/read", OWN),
    Case("POST", "/me/inbox/{item_id}/read", S(401, 200, 404, 404, 403), {"item_id": "@n_ana"}),
    Case("GET", "/me/notifications", OWN),
    Case("PUT", "/me/notifications/{kind}", OWN, {"kind": "intro_request"}, body={"email": False}),
    # --------------------------------------------------------------- trust
    Case(
        "POST",
        "/me/collaborations",
        S(401, 201, 201, 201, 403),
        # eve: no role's proposal to them waits (ana's to cyd does: a second one is a 409)
        body={"partner": "eve", "project": "p", "started": "2024-01-01"},
    ),
    Case(
        "POST",
        "/me/collaborations",
        S(401, 404, 404, 404, 403),
        body={"partner": "zprivate9", "project": "p", "started": "2024-01-01"},
        variant="hidden partner",
    ),
    Case("GET", "/me/collaborations", OWN),
    Case(
        "POST",
        "/me/collaborations/{collab_id}/answer",
        S(401, 200, 404, 403, 200),
        {"collab_id": "@c_pending_for_ana"},
        body={"confirm": True},
    ),
    Case(
        "PUT",
        "/me/collaborations/{collab_id}/rating",
        S(401, 200, 404, 200, 403),
        {"collab_id": "@c_confirmed"},
        body={"rating": -1, "note": "n"},
    ),
    Case(
        "PUT",
        "/me/collaborations/{collab_id}/rating",
        S(401, 200, 404, 404, 403),
        {"collab_id": "@c_unconfirmed_ana"},
        body={"rating": 1},
        variant="unconfirmed",
    ),
    Case(
        "POST",
        "/profiles/{profile_id}/endorsements",
        S(401, 422, 201, 201, 403),
        {"profile_id": "ana"},
        body={"skill": "go"},
    ),
    Case(
        "POST",
        "/profiles/{profile_id}/endorsements",
        S(401, 404, 404, 404, 403),
        {"profile_id": "zprivate9"},
        body={"skill": "go"},
        variant="hidden",
    ),
    Case(
        "DELETE",
        "/profiles/{profile_id}/endorsements/{skill}",
        S(401, 200, 200, 200, 403),
        {"profile_id": "ana", "skill": "python"},
    ),
    Case(
        "DELETE",
        "/profiles/{profile_id}/endorsements/{skill}",
        S(401, 404, 404, 404, 403),
        {"profile_id": "zprivate9", "skill": "python"},
        variant="hidden",
    ),
    Case(
        "GET",
        "/profiles/{profile_id}/endorsements",
        S(401, 200, 200, 200, 200),
        {"profile_id": "ana"},
    ),
    Case(
        "GET",
        "/profiles/{profile_id}/endorsements",
        S(401, 404, 404, 404, 200),
        {"profile_id": "zprivate9"},
        variant="hidden",
    ),
    Case("GET", "/me/trust", OWN),
    Case("GET", "/me/paths/{other_id}", OWN, {"other_id": "dan"}),
    Case(
        "GET",
        "/me/paths/{other_id}",
        S(401, 404, 404, 404, 403),
        {"other_id": "zprivate9"},
        variant="hidden",
    ),
    Case("POST", "/me/introductions", S(401, 201, 201, 201, 403), body={"target": "cyd"}),
    Case(
        "POST",
        "/me/introductions",
        S(401, 404, 404, 404, 403),
        body={"target": "zevent9"},
        variant="hidden",
    ),
    Case("GET", "/me/introductions", OWN),
    Case("GET", "/me/introductions/{intro_id}", S(401, 200, 404, 404, 200), {"intro_id": "@i_ana"}),
    # accepting bob's request (no connector) completes it: the two exchange e-mails
    Case(
        "POST",
        "/me/introductions/{intro_id}/answer",
        S(401, 200, 404, 404, 404),
        {"intro_id": "@i_to_ana"},
        body={"accept": True},
        reveals={"bob-mail-canary@example.org": frozenset({"owner"})},
    ),
    # only the requester withdraws a pending request: ana hers; an admin, who may read it,
    # and its target (ana, of bob's) are refused; anyone else: as if absent
    Case(
        "POST",
        "/me/introductions/{intro_id}/withdraw",
        S(401, 200, 404, 404, 403),
        {"intro_id": "@i_ana"},
    ),
    Case(
        "POST",
        "/me/introductions/{intro_id}/withdraw",
        S(401, 403, 200, 404, 403, organiser_other=404),
        {"intro_id": "@i_to_ana"},
        variant="asked",
    ),
    # ------------------------------------------------------------ ventures
    # anaco: ana owns it, vic joined, bob is invited (and sees nothing of it until he
    # accepts); entries 1 (ana's 10 hours) and 2 (vic's cash) count. bobco: bob and cyd.
    # An admin creates a venture for a named owner only; a member, for themself only.
    Case("POST", "/ventures", S(401, 201, 201, 201, 422), body={"id": "newco"}),
    Case(
        "POST",
        "/ventures",
        S(401, 403, 403, 201, 201),
        body={"id": "newco", "owner": "vic"},
        variant="owner named",
    ),
    Case("GET", "/ventures/{venture_id}", ANA_VENTURE, {"venture_id": "anaco"}),
    Case(
        "GET",
        "/ventures/{venture_id}",
        S(401, 404, 200, 404, 200, organiser_other=404),
        {"venture_id": "bobco"},
        variant="bob's",
    ),
    # an owner invites (a member may not); bob, only invited, does not see the venture
    Case(
        "POST",
        "/ventures/{venture_id}/members",
        OWNERS,
        {"venture_id": "anaco"},
        body={"member": "cyd"},
    ),
    # only the person invited answers; to anyone else there is no invitation
    Case(
        "POST",
        "/ventures/{venture_id}/invitation",
        S(401, 404, 200, 404, 403, organiser_other=404),
        {"venture_id": "anaco"},
        body={"accept": True},
    ),
    Case("GET", "/me/venture-invitations", S(401, 200, 200, 200, 403, organiser_other=200)),
    Case(
        "POST",
        "/ventures/{venture_id}/owners",
        S(401, 200, 404, 403, 200, organiser_other=404),
        {"venture_id": "anaco"},
        body={"member": "vic"},
    ),
    # vic joined on ana's word alone: neither of them may second him (an admin neither)
    Case(
        "POST",
        "/ventures/{venture_id}/members/{member}/second",
        S(401, 403, 404, 403, 403, organiser_other=404),
        {"venture_id": "anaco", "member": "vic"},
    ),
    Case(
        "PUT",
        "/ventures/{venture_id}/freeze",  # vic is a member too: proposed, for his word
        S(401, 202, 404, 403, 202, organiser_other=404),
        {"venture_id": "anaco"},
        body={"freeze": "2024-06-01"},
    ),
    Case(
        "POST",
        "/ventures/{venture_id}/terms",
        OWNERS,
        {"venture_id": "anaco"},
        body={"effective": "2025-01-01"},
    ),
    Case(
        "POST",
        "/ventures/{venture_id}/rates",  # a raise: ana's own applies, an admin's waits for her
        S(401, 201, 404, 403, 202, organiser_other=404),
        {"venture_id": "anaco"},
        body={"member": "vic", "effective": "2024-06-01", "salary": "110000"},
    ),
    Case(  # a lower salary for vic waits for his word
        "POST",
        "/ventures/{venture_id}/rates",
        S(401, 202, 404, 403, 202, organiser_other=404),
        {"venture_id": "anaco"},
        body={"member": "vic", "effective": "2024-06-01", "salary": "90000"},
        variant="lower",
    ),
    Case("GET", "/ventures/{venture_id}/proposals", ANA_VENTURE, {"venture_id": "anaco"}),
    Case(  # ana proposed a freeze: vic answers it; ana, who proposed it, does not accept it
        "POST",
        "/ventures/{venture_id}/proposals/{number}/answer",
        S(401, 403, 404, 200, 403, organiser_other=404),
        {"venture_id": "anaco", "number": "@freeze"},
        body=lambda w: _freeze_proposed(w) and {"accept": True},
    ),
    # a member posts about themself; an owner about another member (for their approval);
    # an admin must name the member on whose behalf they post (422 without)
    Case(
        "POST",
        "/ventures/{venture_id}/entries",
        S(401, 201, 404, 403, 422, organiser_other=404),
        {"venture_id": "anaco"},
        body={"member": "ana", "kind": "cash", "on": "2024-02-01", "amount": "10"},
        headers={"Idempotency-Key": "m1"},
    ),
    Case(
        "POST",
        "/ventures/{venture_id}/entries",
        S(401, 201, 404, 201, 422, organiser_other=404),
        {"venture_id": "anaco"},
        body={"member": "vic", "kind": "cash", "on": "2024-02-01", "amount": "10"},
        headers={"Idempotency-Key": "m2"},
        variant="about vic",
    ),
    Case(
        "POST",
        "/ventures/{venture_id}/entries/import",
        S(401, 200, 404, 403, 200, organiser_other=404),
        {"venture_id": "anaco"},
        body="member,kind,on,amount\nana,cash,2024-02-01,10\nvic,cash,2024-02-02,20\n",
        headers={"Content-Type": "text/csv"},
    ),
    # entry 1 counts: only ana, whose slices a reversal lowers, reverses it (an admin on
    # her behalf)
    Case(
        "POST",
        "/ventures/{venture_id}/entries/{number}/reverse",
        S(401, 201, 404, 403, 201, organiser_other=404),
        {"venture_id": "anaco", "number": "@e_ana"},
    ),
    # entry 3, posted by ana about vic as the body is made, waits for vic alone
    Case(
        "POST",
        "/ventures/{venture_id}/entries/{number}/approve",
        S(401, 403, 404, 200, 403, organiser_other=404),
        {"venture_id": "anaco", "number": "3"},
        body=lambda w: _entry_for_vic(w),
    ),
    Case(
        "POST",
        "/ventures/{venture_id}/entries/{number}/reject",
        S(401, 403, 404, 200, 403, organiser_other=404),
        {"venture_id": "anaco", "number": "3"},
        body=lambda w: _entry_for_vic(w) or {"reason": "not mine"},
    ),
    Case("GET", "/ventures/{venture_id}/ledger", ANA_VENTURE, {"venture_id": "anaco"}),
    Case(
        "GET",
        "/ventures/{venture_id}/ledger",
        S(401, 404, 200, 404, 200, organiser_other=404),
        {"venture_id": "bobco"},
        variant="bob's",
    ),
    Case("GET", "/ventures/{venture_id}/split", ANA_VENTURE, {"venture_id": "anaco"}),
    Case("GET", "/ventures/{venture_id}/split.pdf", ANA_VENTURE, {"venture_id": "anaco"}),
    Case(
        "GET",
        "/ventures/{venture_id}/timeline.{fmt}",
        ANA_VENTURE,
        {"venture_id": "anaco", "fmt": "json"},
    ),
    # an owner records vic's departure; vic his own resignation
    Case(
        "POST",
        "/ventures/{venture_id}/departures",
        S(401, 201, 404, 201, 201, organiser_other=404),
        {"venture_id": "anaco"},
        body={"member": "vic", "on": "2024-12-31", "reason": "resigned-good-reason"},
    ),
    Case("GET", "/ventures/{venture_id}/departures", ANA_VENTURE, {"venture_id": "anaco"}),
    # vic's departure, recorded by ana as the body is made: only vic answers it
    Case(
        "POST",
        "/ventures/{venture_id}/departures/{member}/answer",
        S(401, 403, 404, 200, 403, organiser_other=404),
        {"venture_id": "anaco", "member": "vic"},
        body=lambda w: _vic_left(w) or {"acknowledge": True},
    ),
    # -------------------------------------------------------------- events
    Case("POST", "/events", S(401, 201, 201, 201, 201), body={"id": "newev"}),
    Case("GET", "/events", S(401, 200, 200, 200, 403)),
    Case("GET", "/events", S(401, 200, 200, 200, 403), query={"today": "true"}, variant="today"),
    Case("GET", "/events/{event_id}", ATTENDEE, {"event_id": "anaev"}),
    Case(
        "GET",
        "/events/{event_id}",
        S(401, 404, 404, 404, 200, organiser_other=200),
        {"event_id": "olev"},
        variant="oli's",
    ),
    Case(
        "POST",
        "/events/{event_id}/attendees",
        ORGANISER,
        {"event_id": "anaev"},
        body={"ids": ["zmembers9"]},
    ),
    # hidden people answer as if they did not exist (an admin sees everyone)
    Case(
        "POST",
        "/events/{event_id}/attendees",
        S(401, 404, 403, 404, 200, organiser_other=404),
        {"event_id": "anaev"},
        body={"ids": ["zprivate9"]},
        variant="private",
    ),
    Case(
        "POST",
        "/events/{event_id}/attendees",
        S(401, 404, 403, 404, 200, organiser_other=404),
        {"event_id": "anaev"},
        body={"ids": ["zevent9"]},
        variant="event-only elsewhere",
    ),
    Case(
        "POST",
        "/events/{event_id}/attendees",
        S(401, 404, 404, 404, 200, organiser_other=404),
        {"event_id": "olev"},
        body={"ids": ["zevatt9"]},
        variant="oli adds ana's event-only attendee",
    ),
    Case(
        "POST",
        "/events/{event_id}/attendees/import",
        ORGANISER,
        {"event_id": "anaev"},
        body=CSV_HEAD + "newatt,New,python code,sales deals\n",
        headers={"Content-Type": "text/csv"},
    ),
    Case(
        "POST",
        "/events/{event_id}/attendees/{profile_id}/invitation",
        ORGANISER,
        {"event_id": "anaev", "profile_id": "bob"},
    ),
    Case(
        "POST",
        "/events/{event_id}/attendees/{profile_id}/invitation",
        S(401, 422, 403, 404, 422, organiser_other=404),
        {"event_id": "anaev", "profile_id": "zevatt9"},
        variant="no e-mail address",
    ),
    Case(
        "PUT",
        "/events/{event_id}/attendees/{profile_id}/status",
        ORGANISER,
        {"event_id": "anaev", "profile_id": "bob"},
        body={"status": "late", "round": 2},
    ),
    Case(
        "PUT",
        "/events/{event_id}/attendees/{profile_id}/status",
        S(401, 404, 403, 404, 404, organiser_other=404),
        {"event_id": "anaev", "profile_id": "zevent9"},
        body={"status": "no-show"},
        variant="not attending",
    ),
    Case(  # a re-plan of anaev's two rounds, adding a third
        "POST",
        "/events/{event_id}/rounds",
        ORGANISER,
        {"event_id": "anaev"},
        body={"rounds": 3, "from_round": 3},
    ),
    Case("GET", "/events/{event_id}/rounds", ORGANISER, {"event_id": "anaev"}),
    Case("GET", "/events/{event_id}/plan", ORGANISER, {"event_id": "anaev"}),
    Case(
        "GET",
        "/events/{event_id}/plan",
        ORGANISER,
        {"event_id": "anaev"},
        query={"format": "json"},
        variant="json",
    ),
    Case(
        "POST",
        "/events/{event_id}/teams",
        ORGANISER,
        {"event_id": "anaev"},
        body={"size": 2, "time_limit": 1},
    ),
    Case("GET", "/events/{event_id}/teams", ORGANISER, {"event_id": "anaev"}),
    Case("GET", "/events/{event_id}/agendas", ORGANISER, {"event_id": "anaev"}),
    Case("GET", "/events/{event_id}/cards", ORGANISER, {"event_id": "anaev"}),
    Case("GET", "/events/{event_id}/stats", ORGANISER, {"event_id": "anaev"}),
    Case(
        "GET",
        "/events/{event_id}/agenda/{profile_id}",
        ATTENDEE,
        {"event_id": "anaev", "profile_id": "bob"},
    ),
    Case(
        "GET",
        "/events/{event_id}/agenda/{profile_id}",
        ATTENDEE,
        {"event_id": "anaev", "profile_id": "bob"},
        query={"format": "html"},
        variant="html",
    ),
    Case(
        "GET",
        "/events/{event_id}/agenda/{profile_id}",
        ORGANISER,
        {"event_id": "anaev", "profile_id": "cyd"},
        variant="another attendee's",
    ),
    Case(
        "GET",
        "/events/{event_id}/agenda/{profile_id}",
        ORGANISER,
        {"event_id": "anaev", "profile_id": "zatt9"},
        query={"format": "html"},
        variant="a private attendee's",
    ),
    # ------------------------------------------------------- events on the day
    Case(
        "PATCH",
        "/events/{event_id}",
        ORGANISER,
        {"event_id": "anaev"},
        body={"venue": "Loft", "places": [{"name": "Bar", "seats": 2}], "round_minutes": 8},
    ),
    Case("GET", "/events/{event_id}/invitation", ORGANISER, {"event_id": "anaev"}),
    Case("POST", "/events/{event_id}/invitation", ORGANISER, {"event_id": "anaev"}),
    # anyone signed in who has the code sees the event (name and logistics, no attendee)
    Case("GET", "/invitations/{code}", S(401, 200, 200, 200, 200), {"code": "@invite_anaev"}),
    Case(
        "GET",
        "/invitations/{code}",
        S(401, 404, 404, 404, 404),
        {"code": "NOSUCHCODE99"},
        variant="unknown code",
    ),
    # joining takes a member (an admin has no profile)
    Case(
        "POST",
        "/invitations/{code}",
        S(401, 200, 200, 200, 403),
        {"code": "@invite_anaev"},
        body={"answer": "maybe"},
    ),
    # only an attendee answers for themself: ana organises without attending
    Case(
        "PUT",
        "/events/{event_id}/rsvp",
        S(401, 403, 200, 404, 403, organiser_other=404),
        {"event_id": "anaev"},
        body={"answer": "declined"},
    ),
    Case(
        "POST",
        "/events/{event_id}/checkin",
        ORGANISER,
        {"event_id": "anaev"},
        body=lambda w: {"code": w.ids["code_bob"]},
    ),
    Case(
        "GET",
        "/events/{event_id}/checkin/{code}",
        ORGANISER,
        {"event_id": "anaev", "code": "@code_bob"},
    ),
    Case("PUT", "/events/{event_id}/round", ORGANISER, {"event_id": "anaev"}, body={"round": 1}),
    Case("GET", "/events/{event_id}/changes", ORGANISER, {"event_id": "anaev"}),
    Case("GET", "/events/{event_id}/teams/changes", ORGANISER, {"event_id": "anaev"}),
    Case("GET", "/events/{event_id}/dashboard", ORGANISER, {"event_id": "anaev"}),
    Case(
        "GET",
        "/events/{event_id}/teams/layouts",
        ORGANISER,
        {"event_id": "anaev"},
        query={"size": 2},
    ),
    # "my" routes: an attendee; ana organises without attending (404: not an attendee)
    Case(
        "GET",
        "/events/{event_id}/my-team",
        S(401, 404, 200, 404, 403, organiser_other=404),
        {"event_id": "anaev"},
    ),
    Case(
        "GET",
        "/events/{event_id}/me",
        S(401, 404, 200, 404, 403, organiser_other=404),
        {"event_id": "anaev"},
    ),
    Case("GET", "/events/{event_id}/calendar.ics", ATTENDEE, {"event_id": "anaev"}),
    Case(
        "GET",
        "/events/{event_id}/agenda/{profile_id}/calendar.ics",
        ATTENDEE,
        {"event_id": "anaev", "profile_id": "bob"},
    ),
    Case(
        "GET",
        "/events/{event_id}/agenda/{profile_id}/calendar.ics",
        ORGANISER,
        {"event_id": "anaev", "profile_id": "cyd"},
        variant="another attendee's",
    ),
    Case("GET", "/events/{event_id}/badges", ORGANISER, {"event_id": "anaev"}),
    Case(
        "GET",
        "/events/{event_id}/badge/{profile_id}",
        ATTENDEE,
        {"event_id": "anaev", "profile_id": "bob"},
    ),
    Case(
        "GET",
        "/events/{event_id}/badge/{profile_id}",
        ATTENDEE,
        {"event_id": "anaev", "profile_id": "bob"},
        query={"format": "svg"},
        variant="svg",
    ),
    Case(
        "GET",
        "/events/{event_id}/badge/{profile_id}",
        ORGANISER,
        {"event_id": "anaev", "profile_id": "zatt9"},
        variant="a private attendee's",
    ),
    Case("GET", "/events/{event_id}/report", ORGANISER, {"event_id": "anaev"}),
    Case(
        "GET",
        "/events/{event_id}/report",
        ORGANISER,
        {"event_id": "anaev"},
        query={"format": "csv"},
        variant="csv",
    ),
    Case(
        "GET",
        "/events/{event_id}/report",
        ORGANISER,
        {"event_id": "anaev"},
        query={"format": "html"},
        variant="html",
    ),
    # ---------------------------------------------------------------- loop
    Case(
        "POST",
        "/me/feedback",
        S(401, 201, 201, 201, 403, organiser_other=201),
        body={"about": "dan", "verdict": "not-a-fit"},
    ),
    Case(
        "POST",
        "/me/feedback",
        S(401, 404, 404, 404, 403, organiser_other=404),
        body={"about": "zprivate9", "verdict": "not-a-fit"},
        variant="hidden",
    ),
    Case("GET", "/me/feedback", LOOP_OWN),
    Case("GET", "/me/pipeline", LOOP_OWN),
    # people and messages (issue 18): a member's page of another, marks, conversations
    Case("GET", "/people/{person_id}", LOOP_OWN, {"person_id": "cyd"}),
    Case("GET", "/me/standings", LOOP_OWN),
    Case("GET", "/me/marks", LOOP_OWN),
    Case("PUT", "/me/marks/{person_id}", LOOP_OWN, {"person_id": "dan"}, body={"mark": "saved"}),
    Case(
        "DELETE",
        "/me/marks/{person_id}",
        S(401, 204, 204, 204, 403, organiser_other=204),
        {"person_id": "dan"},
    ),
    Case("GET", "/me/threads", LOOP_OWN),
    # the conversation of ana and cyd's accepted introduction: theirs only, not an admin's
    Case(
        "GET",
        "/me/threads/{thread_id}",
        S(401, 200, 404, 404, 403, organiser_other=404),
        {"thread_id": "@i_accepted"},
    ),
    Case(
        "POST",
        "/me/threads/{thread_id}/messages",
        S(401, 201, 404, 404, 403, organiser_other=404),
        {"thread_id": "@i_accepted"},
        body={"text": "hello cyd"},
    ),
    Case(
        "GET",
        "/me/pipeline",
        LOOP_OWN,
        query={"format": "csv"},
        variant="csv",
    ),
    Case(
        "POST",
        "/me/introductions/{intro_id}/venture",
        S(401, 201, 404, 404, 403, organiser_other=404),
        {"intro_id": "@i_accepted"},
        body={"id": "fromintro"},
    ),
    Case(
        "POST",
        "/events/{event_id}/teams/{team}/venture",
        # only a member of the team; anyone else is told they are not in it, whether or not
        # the event or the team exists (the same 422 for all); an admin has no profile
        S(401, 422, 201, 422, 403, organiser_other=422),
        {"event_id": "anaev", "team": "@t_bob"},
        body={"id": "fromteam"},
    ),
    # ending: an owner proposes; each current member confirms the ledger they saw (its
    # hash), or declines; an admin does none of it
    Case(
        "POST",
        "/ventures/{venture_id}/end",
        S(401, 200, 404, 403, 403, organiser_other=404),
        {"venture_id": "anaco"},
        body={"on": "2024-12-31"},
    ),
    # no end proposed yet: its readers are told so (409), others that there is no venture
    Case(
        "GET",
        "/ventures/{venture_id}/end",
        S(401, 409, 404, 409, 409, organiser_other=404),
        {"venture_id": "anaco"},
    ),
    Case(
        "POST",
        "/ventures/{venture_id}/end/confirm",
        S(401, 200, 404, 200, 403, organiser_other=404),
        {"venture_id": "anaco"},
        body=lambda w: {"ledger_hash": _end_proposed(w)},
    ),
    Case(
        "POST",
        "/ventures/{venture_id}/end/decline",
        S(401, 200, 404, 200, 403, organiser_other=404),
        {"venture_id": "anaco"},
        body=lambda w: _end_proposed(w) and {"reason": "not yet"},
    ),
    # signing a day's split: each current member for themself; an admin signs nothing
    Case(
        "POST",
        "/ventures/{venture_id}/signatures",
        S(401, 200, 404, 200, 403, organiser_other=404),
        {"venture_id": "anaco"},
        body=lambda w: {"day": "2024-06-30", "ledger_hash": _fingerprint(w)},
    ),
    Case(
        "GET",
        "/ventures/{venture_id}/signatures",
        S(401, 200, 404, 200, 200, organiser_other=404),
        {"venture_id": "anaco"},
    ),
    Case(
        "GET",
        "/ventures/{venture_id}/signatures/{day}",
        S(401, 200, 404, 200, 200, organiser_other=404),
        {"venture_id": "anaco", "day": "2024-06-30"},
    ),
    # ------------------------------------------------------------- privacy
    Case("GET", "/me/export", OWN),
    Case("DELETE", "/me", OWN),
    Case("GET", "/health", S(200, 200, 200, 200, 200)),
    Case("GET", "/ready", S(200, 200, 200, 200, 200)),
]


def _call(world: World, case: Case, role: str) -> tuple[Response, str]:
    body = case.body(world) if callable(case.body) else case.body  # may name an id (@freeze)
    params = {k: world.ids[v[1:]] if v.startswith("@") else v for k, v in case.params.items()}
    url = case.path.format(**params)
    headers = dict(case.headers) | world.headers[role]
    r = world.client.request(
        case.method,
        url,
        params=dict(case.query),
        headers=headers,
        json=body if body is not None and not isinstance(body, str) else None,
        content=body if isinstance(body, str) else None,
    )
    return r, url + " " + json.dumps(body)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_route_as_role(case: Case, role: str) -> None:
    world = _shared_world() if case.method == "GET" else make_world()  # reads change nothing
    r, request = _call(world, case, role)
    assert r.status_code == case.expect[role], f"{case.name} as {role}: {r.text[:300]}"
    if r.status_code >= 400:
        assert set(r.json()) >= {"detail", "field", "value", "hint"}, r.text
    leaked = [
        s
        for s, allowed in world.secrets.items()
        if role not in allowed | case.reveals.get(s, frozenset())
        and s in r.text
        and s not in request  # an error echoing the requested id is no leak
    ]
    assert not leaked, f"{case.name} as {role} shows {leaked}: {r.text[:500]}"
    if role != "admin" and r.headers.get("content-type", "").startswith("application/json"):
        for c in _collaborations(r.json()):
            assert_ratings_private(c, PROFILE_OF.get(role))


#: The profile behind each role's token (the admin has none).
PROFILE_OF = {"owner": "ana", "member": "bob", "venture": "vic"}


def _collaborations(doc: Any) -> list[dict[str, Any]]:
    """Every collaboration object anywhere in a JSON document."""
    found: list[dict[str, Any]] = []
    stack = [doc]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if {"proposer", "partner", "proposer_rating", "partner_rating"} <= set(item):
                found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def assert_ratings_private(c: dict[str, Any], viewer: str | None) -> None:
    """A rating and its note are shown to the person who gave it, never to anyone else."""
    for side in ("proposer", "partner"):
        if c[side] != viewer:
            assert c[f"{side}_rating"] is None and c[f"{side}_note"] == "", (viewer, c)


def _openapi_operations() -> set[tuple[str, str]]:
    app = create_app(Settings(db=":memory:", encoder="fake"))
    return {
        (method.upper(), path)
        for path, item in app.openapi()["paths"].items()
        for method in item
        if method in {"get", "post", "put", "patch", "delete"}
    }


def test_every_route_is_in_the_matrix() -> None:
    """A new route fails here until it gets a row in CASES (see the module docstring)."""
    in_matrix = {(c.method, c.path) for c in CASES}
    missing = sorted(_openapi_operations() - in_matrix)
    assert not missing, f"routes without a row in the roles matrix: {missing}"
    stale = sorted(in_matrix - _openapi_operations())
    assert not stale, f"rows for routes that do not exist: {stale}"


def test_every_row_names_every_role() -> None:
    for case in CASES:
        assert set(ROLES) <= set(case.expect), case.name


def test_the_leak_scan_can_fail() -> None:
    """Each canary really is in the world: the owner (or bob, or vic) can see it somewhere."""
    world = make_world()
    seen = ""
    for role in ("owner", "member", "venture", "admin", "organiser_other"):
        for path in (
            "/me/feedback",
            "/profiles",
            "/events/anaev/plan",
            "/events/olev",
            "/me/avoid",
            "/me/account",
            "/me/sessions",
            "/me/collaborations",
            "/me/introductions",
            "/me/export",
            "/ventures/anaco/ledger",
            "/ventures/bobco/ledger",
            "/profiles/zprivate9",
            "/profiles/zevent9",
            "/profiles/zmembers9",
        ):
            seen += world.client.get(path, headers=world.headers[role]).text
    missing = [s for s in world.secrets if s not in seen and len(world.secrets[s])]
    assert not missing, f"canaries nobody can see (the scan would prove nothing): {missing}"
