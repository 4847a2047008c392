"""Shared fixtures: a fake encoder, in-memory services, a tiny bilingual community, and
the two database backends.

**Both backends.** The store contract (every domain's store and service tests, the
modules in :data:`CONTRACT`) runs once on SQLite and once on a real PostgreSQL server
(started once per session, :mod:`tests.pg`): under the ``postgres`` parameter, every
database the code under test opens as ``":memory:"`` is a fresh PostgreSQL schema
instead, so the same assertions hold on both. A test that is about SQLite itself (its
files, PRAGMAs, a crash of a SQLite writer) is marked ``sqlite_only``. If PostgreSQL
cannot start, its tests fail with the reason: never skipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, settings

import matcher.schema
from embeddings.encoder import FakeEncoder
from matcher.community import Community
from matcher.db import Database
from matcher.matching import MatchSettings
from tests.pg import PgServer, ServerUnavailable, start_server

if TYPE_CHECKING:
    from tests.events_day import Clock

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci")

#: French words mapped onto English ones, so the fake encoder is "cross-lingual" for tests.
SYNONYMS = {
    "developpeur": "developer",
    "developpeuse": "developer",
    "technique": "technical",
    "associe": "partner",
    "associee": "partner",
    "vente": "sales",
    "ventes": "sales",
    "commercial": "sales",
    "clients": "customers",
    "code": "code",
    "produit": "product",
    "financement": "fundraising",
    "levee": "fundraising",
    "transparence": "transparency",
}


@pytest.fixture
def encoder() -> FakeEncoder:
    return FakeEncoder(dim=256, synonyms=SYNONYMS)


@pytest.fixture
def service(encoder: FakeEncoder) -> Community:
    return Community(":memory:", encoder, MatchSettings())


def person(pid: str, **fields: Any) -> dict[str, Any]:
    """A valid raw profile with overridable fields."""
    base: dict[str, Any] = {
        "id": pid,
        "name": pid.title(),
        "offers": "python developer backend code",
        "needs": "sales customers fundraising",
        "values": "transparency remote",
        "roles_offered": "tech",
        "roles_sought": "sales",
        "languages": "en;fr",
        "utc_offset": "1",
    }
    base.update(fields)
    return base


COMMUNITY = [
    person(
        "ana",
        offers="Développeuse Python, je code le produit. Backend et API.",
        needs="Un associé commercial pour la vente et les clients.",
        languages="fr;en",
    ),
    person(
        "bob",
        offers="Sales lead: I find customers and close deals.",
        needs="A technical partner, a developer who can code the product.",
        roles_offered="sales",
        roles_sought="tech",
        languages="en",
    ),
    person(
        "cyd",
        offers="Sales and customers in retail.",
        needs="A designer for the brand.",
        roles_offered="sales",
        roles_sought="design",
        languages="en",
    ),
    person(
        "dan",
        offers="Python developer, backend code.",
        needs="sales customers",
        roles_offered="tech",
        roles_sought="sales",
        languages="en",
    ),
    person(
        "eve",
        offers="Fundraising and finance, investors.",
        needs="A developer to code the product.",
        roles_offered="finance",
        roles_sought="tech",
        languages="de",
        utc_offset="1",
    ),
    person(
        "fay",
        offers="Sales, customers, partnerships.",
        needs="A developer to code.",
        roles_offered="sales",
        roles_sought="tech",
        languages="en",
        utc_offset="9",
    ),
    person(
        "gus",
        offers="Sales and customers.",
        needs="A developer to code the product.",
        roles_offered="sales",
        roles_sought="tech",
        visibility="private",
    ),
]


@pytest.fixture
def community(service: Community) -> Community:
    service.profiles.import_profiles(COMMUNITY)
    return service


# ------------------------------------------------------ an event on the day
@pytest.fixture
def day_clock() -> Clock:
    """A clock the test moves, on 1 May 2026 (three weeks before the event)."""
    from tests.events_day import Clock

    return Clock(dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC))


@pytest.fixture
def day(day_clock: Clock) -> Community:
    """A community with the event ``night`` (organiser p00, p01-p10 invited) in Paris."""
    from tests.events_day import DAY, ORG, PEOPLE

    c = Community(":memory:", FakeEncoder(dim=64, synonyms=SYNONYMS), clock=day_clock)
    c.profiles.import_profiles(PEOPLE)
    c.events.create_event("night", "Founders night", actor=ORG, details=DAY)
    c.events.add_attendees("night", [p["id"] for p in PEOPLE[1:11]], actor=ORG)
    return c


# ------------------------------------------------------------------ backends
#: The store contract: what runs on both backends. A module name: all its tests; a
#: ``module::test`` name: that test only (a module whose other tests are solvers or
#: properties that read the store the same way: the second backend would add minutes and
#: no SQL). Every store's SQL is reached from here on PostgreSQL.
CONTRACT = {
    "tests.matcher.test_address_case16",  # account addresses: one case rule (member16)
    "tests.matcher.test_accounts17",  # a profile's first write twice at once; address keys
    "tests.matcher.test_accounts",  # accounts, sessions, one-time links (issue 18)
    # the letters carrying an address's confirmation code: kept, dropped, capped, purged
    "tests.matcher.test_address_letters",
    # proven addresses (what is mailed and shown), password sign-in slots (issue 18)
    "tests.matcher.test_address_proof",
    "tests.matcher.test_backends",
    "tests.matcher.test_claim",  # an account claims an API-made profile (issue 18)
    # confirmation codes bound to an address, whichever sign-up caused them
    "tests.matcher.test_email_confirmation::test_an_address_code_confirms_the_owner_once_on_both_backends",
    "tests.matcher.test_digest",  # the weekly digest of new suggestions (issue 18)
    "tests.matcher.test_email_change::test_a_change_on_both_backends",  # a new address
    # a change of address asks for the password, or a sign-in by link (sessions' proof)
    "tests.matcher.test_email_change::test_an_account_without_a_password_needs_a_sign_in_of_the_last_10_minutes",
    "tests.matcher.test_equity",
    # letters to unproven addresses: the owner's stop (the address's budget is a bucket)
    "tests.matcher.test_unproven_mail::test_a_stop_is_kept_on_both_backends",
    "tests.matcher.test_equity_cache",
    "tests.matcher.test_equity_crash",
    "tests.matcher.test_equity_import",  # the ledger import: statements, lock, guard, kills
    "tests.matcher.test_equity_keys",  # idempotency keys per author, and their migration
    "tests.matcher.test_equity_agreements",  # what waits for another member's word (ledger13)
    "tests.matcher.test_equity_invitation_salary",  # an invitation's opening salary (ledger15)
    "tests.matcher.test_venture_ids",  # a member's chosen venture id tells nothing
    # issue 17's rules (roles, invitations, rejections, freeze, confirmed end): a few runs
    # of the state machine of partners who fall out; its 80 runs stay on SQLite
    "tests.matcher.test_equity_roles_state::test_partners_who_fall_out_on_each_backend",
    "tests.matcher.test_equity_state",
    "tests.matcher.test_events",
    "tests.matcher.test_event_invite_mail",  # an import's invitation e-mails and their links
    "tests.matcher.test_events_service",
    # events on the day: logistics, invitation and check-in codes, RSVP, calm re-plans and
    # seat revisions, plan changes, the report, the migration of older events
    "tests.matcher.test_events_day",
    "tests.matcher.test_events_replan::test_one_no_show_during_round_2_changes_no_one_elses_meetings",
    "tests.matcher.test_events_files::test_a_french_excel_file_with_a_bad_line",
    # who met whom in another event's teams (the one rule), for planning this one
    "tests.matcher.test_events_teams_repair::test_planning_another_event_counts_who_met_in_teams_by_the_one_rule",
    "tests.matcher.test_events_teams_repair::test_forming_the_teams_again_keeps_who_met_in_the_teams_before",
    "tests.matcher.test_events_files::test_calendar_files_match_the_plan_and_update",
    "tests.matcher.test_inbox",
    # a withdrawn introduction request: its migration, and a withdrawal racing an acceptance
    "tests.matcher.test_intro_withdrawal",
    # who was told of a request, and its e-mails cancelled, after the migrations
    "tests.matcher.test_intro_withdrawal_mail::test_the_migrations_on_a_database_made_before_them",
    "tests.matcher.test_invitations",  # sign-up invitations and their quotas (issue 18)
    "tests.matcher.test_loop",
    "tests.matcher.test_mail",  # the outbox and its claims (two workers on one database)
    "tests.matcher.test_privacy",
    "tests.matcher.test_profiles",
    "tests.matcher.test_rerank",  # the re-ranker's models and switch (issue 20)
    "tests.matcher.test_service",
    "tests.matcher.test_store",
    "tests.matcher.test_timezones",  # IANA time zones and their migration (issue 18)
    "tests.matcher.test_trust",
    "tests.matcher.test_trust_live",  # the live graph following the change log's trust entries
    # a viewer's trust kept until a write touches it, in this process and through the log
    "tests.matcher.test_trust_kept",
    "tests.api.test_people_messages",  # messages and marks
    "tests.api.test_idempotency",
    # an erased member's id is never given again: sign-ups, imports, races with the erasure
    "tests.api.test_erased_ids",
    # sign19: a signed day closes the books; the last signature racing a back-dated write
    "tests.matcher.test_equity_signed_days",
    "tests.matcher.test_redteam19_signed_days",
    # a stranger probing venture ids learns nothing (a member's chosen id gets a suffix)
    "tests.api.test_redteam_ids::test_a_stranger_probing_venture_ids_learns_nothing",
    "tests.api.test_redteam_ids::test_only_an_admin_chooses_an_exact_venture_id",
    "tests.api.test_redteam_replay",  # stored responses erased with their owner
    # red team 17: a sign-in straddling an erasure or a reset starts no session
    "tests.api.test_redteam17_sign_in_race",
    # red team 17: a request or a mark straddling an erasure names no one erased
    "tests.api.test_redteam17_erased_meanwhile",
    # red team 17: a worker killed between its write and its answer: the retry runs nothing twice
    "tests.api.test_redteam17_lost_answer",
    # red team 17: rivals from two processes at once (what held): one wins, one is refused
    "tests.api.test_redteam17_races",
    # red team 17: a full re-plan never rewrites a round started while it solved
    "tests.api.test_redteam17_replan_race",
    # red team 12: an owner's unseconded account names no owner; a huge entry number
    "tests.api.test_redteam12_owner_chain",
    "tests.api.test_redteam12_nul",  # a NUL in an id: PostgreSQL text cannot hold one
    "tests.web.test_redteam12_entry_numbers::test_the_service_says_no_such_entry",
    "tests.api.test_tokens_throttle",
    # red team 13: a schedule change never un-starts a round held (the calm re-plan's store)
    "tests.api.test_redteam13_events_schedule::test_a_change_that_would_unstart_a_round_is_refused",
    # an attendee's "not coming" never takes back the meetings they held
    "tests.api.test_redteam13_events_answers::test_declining_during_the_event_keeps_the_meetings_held",
    # whom an event-only attendee is shown to: who answered, whom the plan seats together
    "tests.api.test_redteam13_events_privacy",
    # a plan's new rounds start at a time to come (a round whose time passed is held)
    "tests.api.test_redteam13_events_past_rounds::test_more_rounds_after_the_end_are_refused",
    # the organiser removes an attendee (removed_at), and adds them back
    "tests.api.test_events_remove::test_a_removed_attendee_leaves_the_rounds_to_come_and_keeps_what_was_held",
    "tests.api.test_events_remove::test_the_api_removes_and_refuses_the_answer",
    "tests.api.test_events_remove::test_a_removed_attendee_no_longer_sees_the_event_only_attendees",
}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about SQLite itself; not run on the PostgreSQL backend"
    )
    config.addinivalue_line(
        "markers",
        "one_backend: a solver's or planner's test whose store SQL other contract tests"
        " already run on both backends: SQLite only, even in a contract module",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module.__name__
    if "backend" not in metafunc.fixturenames or not (
        module in CONTRACT or f"{module}::{metafunc.function.__name__}" in CONTRACT
    ):
        return
    if metafunc.definition.get_closest_marker(
        "sqlite_only"
    ) or metafunc.definition.get_closest_marker("one_backend"):
        return
    metafunc.parametrize("backend", ["sqlite", "postgres"], indirect=True)


_SERVER: list[PgServer | ServerUnavailable] = []


@pytest.fixture(scope="session")
def postgres() -> Iterator[PgServer]:
    """The session's PostgreSQL server (started on first use; fails loudly if it cannot)."""
    if not _SERVER:
        try:
            _SERVER.append(start_server())
        except ServerUnavailable as exc:
            _SERVER.append(exc)
    server = _SERVER[0]
    if isinstance(server, ServerUnavailable):
        pytest.fail(f"PostgreSQL is unavailable: {server}", pytrace=False)
    yield server


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _SERVER and isinstance(_SERVER[0], PgServer):
        _SERVER[0].stop()


@pytest.fixture(autouse=True)
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """``"sqlite"``, or ``"postgres"``: then ``":memory:"`` opens a fresh PostgreSQL schema."""
    kind: str = getattr(request, "param", "sqlite")
    if kind != "postgres":
        yield kind
        return
    server: PgServer = request.getfixturevalue("postgres")
    opened: list[Any] = []
    real = matcher.schema.open_database

    def open_database(target: str | Path = ":memory:", migrations: Any = ()) -> Database:
        db = server.new_database(migrations) if str(target) == ":memory:" else None
        db = db or real(target, migrations)
        if db.dialect == "postgresql":
            opened.append(db)  # closed (and its schema dropped) after the test
        return db

    monkeypatch.setattr(matcher.schema, "open_database", open_database)
    yield kind
    for db in opened:
        server.drop(db)


@pytest.fixture
def db_target(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """Where a test opens one database from several services (several processes): a SQLite
    file, or the URL of a fresh PostgreSQL schema."""
    if backend != "postgres":
        yield str(tmp_path / "c.db")
        return
    server: PgServer = request.getfixturevalue("postgres")
    schema = server.new_schema()
    yield server.schema_url(schema)
    server.drop_schema(schema)
