"""Export and erasure at the service: content, permissions, hooks, pseudonyms, other processes."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from embeddings.encoder import FakeEncoder
from embeddings.index import VectorIndex
from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.equity import Departure, Rate, Reason, content_hash, split
from matcher.errors import ErasureIncomplete, NotAllowed, NotAuthenticated, UnknownProfile
from matcher.events import EventService, EventStore
from matcher.matching import MatchSettings
from matcher.privacy import PSEUDONYM_PREFIX, PrivacyHook, PrivacyService
from matcher.schema import connect
from matcher.security import SecurityStore
from matcher.trust import AvoidStore
from tests.conftest import COMMUNITY, SYNONYMS
from tests.stores import AnyStore, dump_rows
from tests.ventures import agreed_rate, create, venture
from tests.waiting import within_a_second

ANA, BOB, CYD = Actor("ana"), Actor("bob"), Actor("cyd")


def build(
    path: str | Path = ":memory:",
    *,
    populate: bool = True,
    index_path: Path | None = None,
    **match: object,
) -> PrivacyService:
    if index_path is None and path != ":memory:" and not str(path).startswith("postgresql:"):
        index_path = Path(path).with_suffix(".index")
    community = Community(
        path,
        FakeEncoder(dim=64, synonyms=SYNONYMS),
        MatchSettings(**match),  # type: ignore[arg-type]
        index_path=index_path,
    )
    if populate:
        community.profiles.import_profiles(COMMUNITY)
    privacy = community.privacy
    privacy.community = community  # type: ignore[attr-defined]  # the tests reach the rest
    return privacy


@pytest.fixture
def privacy() -> PrivacyService:
    return build()


def seed(p: PrivacyService) -> None:
    trust, equity, service = p.trust, p.equity, p.community  # type: ignore[attr-defined]
    service.trust.avoid("ana", "cyd", actor=ANA)
    c = trust.propose_collaboration(
        "ana", "bob", "shop", "2024-01-01", rating=2, note="mine", actor=ANA
    )
    trust.answer_collaboration(c.id, True, actor=BOB)
    trust.rate_collaboration(c.id, -1, "bob's secret", actor=BOB)
    trust.endorse("bob", "ana", "python", actor=BOB)
    trust.endorse("ana", "bob", "sales", actor=ANA)
    trust.request_introduction("ana", "dan", message="hi dan", actor=ANA)
    venture(equity, "acme", "ana", "bob", name="Acme")
    for who in ("ana", "bob"):
        agreed_rate(equity, "acme", Rate(who, dt.date(2024, 1, 1), Decimal(100_000)), ANA)
    equity.post(
        "acme",
        {
            "member": "ana",
            "kind": "time",
            "on": "2024-01-02",
            "hours": 10,
            "note": "ana's design work",
        },
        key="k-ana",
        actor=ANA,
    )
    equity.post(
        "acme",
        {
            "member": "bob",
            "kind": "cash",
            "on": "2024-01-03",
            "amount": 300,
            "note": "bob's server",
        },
        key="k-bob",
        actor=BOB,
    )
    equity.post(
        "acme",
        {"member": "bob", "kind": "cash", "on": "2024-01-04", "amount": 50},
        key="k-ana-for-bob",
        actor=ANA,
    )


# ------------------------------------------------------------------ export
def test_export_holds_my_data_and_only_mine(privacy: PrivacyService) -> None:
    seed(privacy)
    privacy.community.security.create_token("ana", label="laptop")
    e = privacy.export("ana", actor=ANA)
    assert e.profile.id == "ana" and e.created_at <= e.updated_at
    assert [(t.role, t.label) for t in e.tokens] == [("member", "laptop")]
    assert e.avoid == ("cyd",)
    (c,) = e.collaborations
    assert c.proposer_rating == 2 and c.proposer_note == "mine"
    assert c.partner_rating is None and c.partner_note == ""  # bob's rating stays his
    assert [(x.endorsed, x.skill) for x in e.endorsements_given] == [("bob", "sales")]
    assert [(x.endorser, x.skill) for x in e.endorsements_received] == [("bob", "python")]
    assert [(i.target, i.message) for i in e.introductions] == [("dan", "hi dan")]
    (v,) = e.ventures
    assert v.venture.id == "acme" and v.members == ("ana", "bob")
    # entries about ana, or posted by her; not bob's own entry
    assert [(p.row.entry.member, p.row.entry.author) for p in v.entries] == [
        ("ana", "ana"),
        ("bob", "ana"),
    ]
    assert [r.member for r in v.rates] == ["ana"] and v.departure is None
    assert {x.field for x in e.vectors} == {"offers", "needs", "values"}
    # an admin's export of ana shows what ana sees, not more
    assert privacy.export("ana", actor=ADMIN).collaborations == e.collaborations


def test_export_is_for_its_owner_and_admins(privacy: PrivacyService) -> None:
    with pytest.raises(NotAuthenticated):
        privacy.export("ana", actor=None)
    with pytest.raises(NotAllowed, match="only export the data of your own profile"):
        privacy.export("ana", actor=BOB)
    with pytest.raises(UnknownProfile):
        privacy.export("nobody", actor=ADMIN)


# ----------------------------------------------------------------- erasure
def test_erasure_permissions(privacy: PrivacyService) -> None:
    with pytest.raises(NotAuthenticated):
        privacy.erase("ana", actor=None)
    with pytest.raises(NotAllowed, match="only erase the data of your own profile"):
        privacy.erase("ana", actor=BOB)
    with pytest.raises(UnknownProfile):
        privacy.erase("nobody", actor=ADMIN)
    assert privacy.erase("ana", actor=ADMIN).rows["profiles"] == 1
    with pytest.raises(UnknownProfile):
        privacy.erase("ana", actor=ADMIN)


def test_erasure_pseudonymises_ledgers_and_keeps_the_split(privacy: PrivacyService) -> None:
    seed(privacy)
    store, equity = AnyStore(privacy.db), privacy.equity
    before = split(store.ledger("acme"))  # type: ignore[arg-type]
    report = privacy.erase("ana", actor=ANA)
    assert report.ventures == ("acme",)
    members = store.venture_members("acme")
    (former,) = [m for m in members if m.startswith(PSEUDONYM_PREFIX)]
    assert members == sorted(["bob", former])
    after = split(store.ledger("acme"))  # type: ignore[arg-type]
    assert after.total == before.total
    assert {m.member: m.share for m in after.members} == {
        (former if m.member == "ana" else m.member): m.share for m in before.members
    }
    rows = store.ledger_rows("acme")
    assert [(r.entry.member, r.entry.author, r.entry.note, r.key) for r in rows] == [
        (former, former, "", f"#erased-{rows[0].entry.id}"),
        ("bob", "bob", "bob's server", "k-bob"),  # bob's own entry and words stay
        ("bob", former, "", f"#erased-{rows[2].entry.id}"),
    ]
    assert all(r.content_hash == content_hash("acme", r.entry) for r in rows)
    assert [r.member for r in store.member_rates("acme")] == sorted(["bob", former])
    # the venture goes on: the erased member was its only owner, so bob, the other current
    # member, owns it now; he posts and records the former member's departure
    assert equity.view("acme", actor=BOB).roles.owners == ("bob", former)
    equity.post(
        "acme",
        {"member": "bob", "kind": "cash", "on": "2024-02-01", "amount": 10},
        key="k2",
        actor=BOB,
    )
    equity.leave(
        "acme", Departure(former, dt.date(2024, 3, 1), Reason.RESIGNED_GOOD_REASON), actor=BOB
    )
    # bob's trust no longer knows ana; his own data is whole
    assert "ana" not in privacy.trust.graph()
    assert privacy.trust.collaborations("bob", actor=BOB) == []
    assert store.avoid_list("ana") == [] and store.get_profile("bob") is not None


def test_erasure_rewrites_the_entries_of_the_right_venture(privacy: PrivacyService) -> None:
    """Entries are numbered per venture: entry 1 of the second venture is not row 1, and the
    erasure rewrites that row, never entry 1 of another venture."""
    seed(privacy)
    store, equity = AnyStore(privacy.db), privacy.equity
    venture(equity, "beta", "cyd", "dan", name="Beta")
    raw = {"member": "dan", "kind": "cash", "on": "2024-01-05", "amount": 7, "note": "dan's"}
    equity.post("beta", raw, key="d1", actor=Actor("dan"))
    acme = [(r.entry.member, r.entry.note, r.key) for r in store.ledger_rows("acme")]
    privacy.erase("dan", actor=ADMIN)
    assert [(r.entry.member, r.entry.note, r.key) for r in store.ledger_rows("acme")] == acme
    (row,) = store.ledger_rows("beta")
    assert row.entry.id == 1 and row.entry.member.startswith(PSEUDONYM_PREFIX)
    assert row.key == f"#erased-{row.rowid}" and row.entry.note == ""


def test_each_erasure_gets_its_own_pseudonym(privacy: PrivacyService) -> None:
    seed(privacy)
    privacy.erase("ana", actor=ANA)
    privacy.erase("bob", actor=BOB)
    members = AnyStore(privacy.db).venture_members("acme")
    assert len(members) == 2 and all(m.startswith(PSEUDONYM_PREFIX) for m in members)
    assert privacy.db.execute("SELECT count(*) FROM erasures").fetchone()[0] == 2


def test_a_feature_hook_exports_and_erases_its_rows(privacy: PrivacyService) -> None:
    """How a feature plugs in: a table of its own, a hook, and the columns to check."""
    store = AnyStore(privacy.db)
    with store.transaction():
        store.execute("CREATE TABLE workshop_seats (event TEXT, person TEXT, note TEXT)")
        store.execute("INSERT INTO workshop_seats VALUES ('e1', 'ana', 'vegan'), ('e1', 'bob', '')")

    def export(person: str) -> dict[str, object]:
        rows = store.execute("SELECT event FROM workshop_seats WHERE person = ?", [person])
        return {"attended": [r[0] for r in rows]}

    def erase(person: str, pseudonym: str) -> int:
        return int(
            store.execute(
                "UPDATE workshop_seats SET person = ?, note = '' WHERE person = ?",
                [pseudonym, person],
            ).rowcount
        )

    privacy.register(
        PrivacyHook(
            "workshops", export=export, erase=erase, columns=(("workshop_seats", "person"),)
        )
    )
    assert privacy.export("ana", actor=ANA).features["workshops"] == {"attended": ["e1"]}
    report = privacy.erase("ana", actor=ANA)
    assert report.rows["workshop_seats"] == 1
    rows = store.execute("SELECT person, note FROM workshop_seats ORDER BY person").fetchall()
    assert rows[0] == ("bob", "") and rows[1][0].startswith(PSEUDONYM_PREFIX) and rows[1][1] == ""
    with pytest.raises(ValueError, match="already registered"):
        privacy.register(PrivacyHook("workshops"))


def test_weekly_digests_are_exported_and_erased(privacy: PrivacyService) -> None:
    """Who a digest named is the member's data; erasing either side removes the row."""
    digests = privacy.community.digest.store  # type: ignore[attr-defined]
    now = dt.datetime(2026, 3, 2, tzinfo=dt.UTC)
    with privacy.db.transaction():
        digests.record("ana", ["bob"], now)
        digests.record("bob", ["ana", "cyd"], now)
    exported = privacy.export("ana", actor=ANA).features["digests"]
    assert exported == {"suggested": [{"person": "bob", "at": "2026-03-02T00:00:00+00:00"}]}
    report = privacy.erase("ana", actor=ANA)
    assert report.rows["digest_sent"] == 2
    assert digests.sent_to("bob") == {"cyd"} and digests.last("ana") is None


def test_a_feature_that_forgets_its_rows_blocks_the_erasure(privacy: PrivacyService) -> None:
    store = AnyStore(privacy.db)
    with store.transaction():
        store.execute("CREATE TABLE workshop_seats (event TEXT, person TEXT)")
        store.execute("INSERT INTO workshop_seats VALUES ('e1', 'ana')")
    privacy.register(PrivacyHook("workshops", columns=(("workshop_seats", "person"),)))
    with pytest.raises(ErasureIncomplete, match=r"workshop_seats.person \(1\) still hold the id"):
        privacy.erase("ana", actor=ANA)
    assert store.get_profile("ana") is not None  # rolled back: nothing erased
    assert store.vector_hashes(privacy.community.encoder.name)  # vectors too


#: Columns that hold no person id (everything else in the schema must be a registered
#: person column). A new table fails test_every_column_is_known until it is listed here
#: or in its feature's PrivacyHook.columns.
NOT_PERSON = {
    "schema_migrations": {"version", "applied_at"},
    "profiles": {"data", "created_at", "updated_at"},
    "vectors": {"field", "model", "dim", "text_hash", "vector", "phrases", "phrase_vectors"},
    "tokens": {"token_hash", "role", "label", "created_at", "expires_at"},
    "avoids": {"created_at"},
    "meta": {"key", "value"},
    "change_log": {"seq", "kind"},  # its key names people: registered by profiles
    # the job queue (matcher.db.jobs) is generic: a feature whose jobs name a person
    # (an e-mail outbox) deletes them in its own PrivacyHook
    "jobs": {
        "id",
        "kind",
        "key",
        "payload",
        "state",
        "run_at",
        "attempts",
        "worker",
        "lease_until",
        "last_error",
        "created_at",
        "finished_at",
    },
    "ventures": {"id", "name", "require_approval", "freeze", "created_at", "start", "frozen_at"},
    "venture_members": {"venture_id", "added_at", "role", "joined_at", "needs_second", "offer"},
    "venture_terms": {"venture_id", "effective", "data", "created_at"},
    "member_rates": {"venture_id", "effective", "salary", "paid_salary", "created_at"},
    "ledger_entries": {
        "id",
        "number",
        "venture_id",
        "kind",
        "on_date",
        "amount",
        "hours",
        "months",
        "paid",
        "condition",
        "rate",
        "reverses",
        "note",
        "idempotency_key",
        "content_hash",
        "created_at",
    },
    "approvals": {"entry_id", "created_at"},
    "rejections": {"entry_id", "reason", "created_at"},
    # the report is rewritten with its member_id row (EquityStore.pseudonymise)
    "departure_reports": {"venture_id", "report", "created_at"},
    "departure_answers": {"venture_id", "acknowledged", "note", "created_at"},
    "venture_ends": {
        "id",
        "venture_id",
        "on_date",
        "proposed_at",
        "ledger_hash",
        "status",
        "closed_at",
        "reason",
    },
    "end_confirmations": {"end_id", "ledger_hash", "created_at"},
    # a reason proposal's data keeps the leaver's report, rewritten with its subject
    "venture_proposals": {
        "id",
        "venture_id",
        "kind",
        "data",
        "proposed_at",
        "status",
        "closed_at",
        "reason",
    },
    "proposal_answers": {"proposal_id", "accepted", "note", "created_at"},
    "day_signatures": {"id", "venture_id", "day", "ledger_hash", "created_at"},
    "signed_days": {"venture_id", "day", "ledger_hash", "created_at"},
    "departures": {"id", "venture_id", "on_date", "reason", "buyback", "refused", "created_at"},
    "collaborations": {
        "id",
        "project",
        "started",
        "ended",
        "status",
        "proposer_rating",
        "partner_rating",
        "proposer_note",
        "partner_note",
        "created_at",
        "updated_at",
    },
    "endorsements": {"skill", "created_at"},
    "introductions": {
        "id",
        "message",
        "told",  # roles told of the request (target, connector), not ids
        "created_at",
        "expires_at",
        "target_answer",
        "connector_answer",
        "ended_at",
        "withdrawn_at",
    },
    "erasures": {"pseudonym", "erased_at"},
    # accounts (issue 18): the rows of the erased member go with the "accounts" hook (by id,
    # member_id, account_id); an address, a name or a hash is no other person's id
    # email_key: the address's key (member16), "<key> #2" for a later duplicate: no id
    "accounts": {
        "email",
        "email_key",
        "name",
        "lang",
        "password_hash",
        "created_at",
        "confirmed_at",
        "seq",
    },
    "sessions": {"hash", "created_at", "last_seen_at", "expires_at", "label", "proof"},
    # sent_to: the address a personal link went to (the erased member's own links only)
    "account_links": {"hash", "purpose", "created_at", "expires_at", "used_at", "sent_to"},
    "address_proofs": {"email", "proven_at"},
    # keyed by an address, never by a member: confirmation codes (48 hours; whoever signed
    # up with the address caused them, and erasing a sign-up must not take the owner's away)
    # and the addresses whose owner stopped letters nobody asked for (their wish, kept)
    "address_codes": {"hash", "email", "created_at", "expires_at", "used_at"},
    "address_stops": {"email", "stopped_at"},
    # sign-up invitations (created_by, account_id: the "accounts" hook deletes both sides)
    "invitations": {
        "id",
        "code",
        "label",
        "created_at",
        "expires_at",
        "max_uses",
        "uses",
        "revoked_at",
        "seq",
    },
    "invitation_uses": {"invitation_id", "used_at"},
    # the outbox: messages to the erased member (member_id) and to others that name them
    # (about_id) go with the "mail" hook
    "outbox": {
        "id",
        "kind",
        "cause",  # what a message comes from (intro:<id>), no person id
        "to_addr",
        "subject",
        "body",
        "secret",
        "message_id",
        "created_at",
        "status",
        "attempts",
        "next_at",
        "claimed_until",
        "sent_at",
        "last_error",
        # the unsubscribe path encodes its reader's id: only on messages to them (member_id)
        "unsubscribe",
        "lang",  # the reader's language (en, fr): no person id
    },
    # the community's signing keys (unsubscribe links, erased ids): nobody's
    "signing_keys": {"purpose", "secret"},
    # erased members' ids, as an HMAC-SHA256 under a signing key: never given again; no
    # time, no pseudonym (tests/api/test_erased_ids.py)
    "erased_ids": {"digest"},
    # who each weekly digest named (member_id, candidate: the "digests" hook)
    "digest_sent": {"sent_at"},
    # an item's data names who acted ("who"): the "inbox" hook replaces it by the pseudonym
    # and drops the name (tests/matcher/test_inbox.py)
    "inbox_items": {"id", "kind", "data", "created_at", "read_at", "seq"},
    "notification_prefs": {"kind", "email"},
    # tokens expire; throttle buckets are keyed by action and client address or admin id
    # ("token:<id>": deleted by the profile eraser, see PrivacyStore.forget_throttle)
    "throttle_buckets": {"bucket", "level", "updated"},
    # keyed by SHA-256 of the credential and the key, bodies AES-GCM encrypted with a key
    # the server does not keep, rows deleted after their retention (matcher.store_idempotency);
    # subject is a SHA-256 of the owner's id: the "idempotency" hook deletes their rows
    "idempotency_keys": {
        "id",
        "request_hash",
        "state",
        "status",
        "media_type",
        "body",
        "created_at",
        "updated_at",
        "subject",
        "ran_at",  # when the request holding the key committed its work (red team 17)
    },
    "feedback": {"context", "verdict", "created_at", "updated_at"},
    "venture_story": {"venture_id", "origin", "ended_on"},
    "events": {
        "id",
        "name",
        "created_at",
        "date",
        "start",
        "timezone",
        "venue",
        "address",
        "places",  # names of tables and rooms
        "round_minutes",
        "break_minutes",
        "pauses",
        "rounds_started",
        "version",
        "schedule_version",
        "invite_code",
    },
    "event_attendees": {
        "event_id",
        "status",
        "since_round",
        "added_at",
        "rsvp",
        "checked_in_at",
        "code",
        "source",
        "emailed_at",
        "removed_at",
    },
    # summaries are JSON and may name people (teams kept together): the events hook
    # rewrites them, and test_erasure_of_an_attendee_keeps_the_plans_whole checks it
    "event_plans": {"event_id", "kind", "summary", "updated_at"},
    "event_seats": {"event_id", "round", "table_no", "score", "revision"},
    "event_teams": {"event_id", "team", "score", "strength"},
    "event_changes": {
        "event_id",
        "number",
        "at",
        "kind",
        "cause",
        "from_round",
        "version",
        "score",
    },
    "event_change_people": {"event_id", "number", "role"},
    "sqlite_sequence": {"name", "seq"},
    # a member's saved and skipped people (owner, other: the "marks" hook)
    "marks": {"mark", "created_at"},
    # conversations: thread ids are introduction ids; members and authors: the "messages"
    # hook (the erased person's messages deleted, a pseudonym among the members)
    "threads": {"id", "created_at"},
    "thread_members": {"thread_id", "role", "read_upto", "seat"},
    "messages": {"id", "thread_id", "body", "created_at"},
    # trained re-rankers (issue 20): numbers fitted on the feedback, no row names a person
    # (the training pairs are assembled from feedback and introductions, never stored);
    # tests/matcher/test_rerank.py checks it, and that an erased member's feedback leaves
    # the next training
    "rerank_models": {
        "version",
        "trained_at",
        "examples",
        "positives",
        "weights",
        "evaluation",
        "beats_fixed",
        "erasure_epoch",
        # 12 hex digits of one SHA-256 over all the labels together: it names no one, and an
        # erasure changes it (the worker then trains without that member's labels)
        "labels_digest",
    },
    "rerank_switch": {"id", "enabled", "changed_at"},
}


def test_every_column_is_known(privacy: PrivacyService) -> None:
    """Each column is a registered person column or declared free of person ids."""
    db = privacy.db
    person = set(privacy.columns)
    unknown = []
    for table in db.table_names():
        for col in db.column_names(table):
            if (table, col) not in person and col not in NOT_PERSON.get(table, set()):
                unknown.append(f"{table}.{col}")
    assert not unknown, (
        f"columns neither registered as person ids nor declared free of them: {unknown};"
        " a person-id column goes into its feature's PrivacyHook(columns=...) with an eraser,"
        " any other into NOT_PERSON here"
    )


# ------------------------------------------------- vectors, other processes
@pytest.mark.sqlite_only
def test_removed_vectors_leave_the_saved_index(tmp_path: Path) -> None:
    vecs = np.random.default_rng(0).random((50, 8), dtype=np.float32)
    ids = [f"person-{i}" for i in range(50)]
    for kind in ("flat", "hnsw"):
        index = VectorIndex(kind=kind).fit(vecs, ids, model="m")  # type: ignore[arg-type]
        index.remove(["person-7"])  # one tombstone: no compaction
        assert len(index.ids_) == 50
        raw = index.save(tmp_path / f"{kind}.npz").read_bytes()
        assert b"person-7" not in raw and vecs[7].tobytes() not in raw
        assert vecs[8].tobytes() in raw  # the others are still stored as they were
        back = VectorIndex.load(tmp_path / f"{kind}.npz")
        assert "person-7" not in back and len(back) == 49
        assert back.search(vecs[7], k=3)[0][0][0] != "person-7"


def test_another_process_forgets_the_erased_person(db_target: str, tmp_path: Path) -> None:
    """A second service on the same database (another worker) drops the person within a
    second (its next read on SQLite; the change log's notice on PostgreSQL)."""
    db, index = db_target, tmp_path / "c.index"
    first = build(db, index_kind="flat", index_path=index)
    first.community.matching.suggest("ana", k=5, actor=ANA)
    other = Community(
        db,
        FakeEncoder(dim=64, synonyms=SYNONYMS),
        MatchSettings(index_kind="flat"),
        index_path=index,
    )

    def shown() -> list[str]:
        return [s.candidate for s in other.matching.suggest("ana", k=5, actor=ANA)]

    within_a_second(shown, lambda ids: "bob" in ids, "an import")
    first.erase("bob", actor=BOB)
    within_a_second(shown, lambda ids: "bob" not in ids, "an erasure")
    assert other.matching.save_index()  # catches up before writing: bob is not written back
    assert b"bob" not in index.read_bytes()
    state = other.matching._search
    assert state is not None and "bob" not in state.vectors and "bob" not in state.table.row_of


@pytest.mark.sqlite_only
def test_wal_is_truncated_after_erasure(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    p = build(db)
    p.erase("ana", actor=ANA)
    assert (tmp_path / "c.db-wal").stat().st_size == 0
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


def _many_people(path: Path, n: int) -> AnyStore:
    """``n`` people with 60-character ids, each with a token and an avoid entry: several
    levels of b-tree in every index, so ids also sit in interior pages."""
    from matcher.profiles.validation import check_profile

    store = AnyStore(connect(path))
    with store.transaction():
        for i in range(n):
            pid = f"person-{i:05d}-" + "x" * 47
            store.put_profile(
                check_profile({"id": pid, "name": f"N{i}", "offers": "o", "needs": "n"})
            )
            store.add_token(
                f"h{i}", pid, "member", "", expires_at=dt.datetime(2099, 1, 1, tzinfo=dt.UTC)
            )
            store.add_avoid(pid, "person-00000-" + "x" * 47)
    return store


@pytest.mark.sqlite_only
def test_secure_delete_and_a_checkpoint_suffice_without_vacuum(tmp_path: Path) -> None:
    """Erased ids leave the file without VACUUM: secure_delete zeroes deleted cells and freed
    pages (SQLite's index b-trees keep keys in interior cells, and a deleted interior key is
    replaced and zeroed too); the TRUNCATE checkpoint empties the log. The control, the same
    deletes with secure_delete off, leaves the ids in the file: the scan can fail."""
    n, gone = 1000, range(400, 470)
    store = _many_people(tmp_path / "on.db", n)
    privacy = Community(store.db, FakeEncoder(dim=8)).privacy
    ids = [f"person-{i:05d}-" + "x" * 47 for i in gone]
    for pid in ids:
        privacy.erase(pid, actor=ADMIN)
    data = (tmp_path / "on.db").read_bytes() + (tmp_path / "on.db-wal").read_bytes()
    assert [p for p in ids if p.encode() in data] == []

    control = _many_people(tmp_path / "off.db", n)
    control.execute("PRAGMA secure_delete = OFF")
    with control.transaction():
        for pid in ids:
            SecurityStore(control.db).forget(pid)
            AvoidStore(control.db).forget(pid)
            control.delete_profile(pid)
    control.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = (tmp_path / "off.db").read_bytes()
    assert len([p for p in ids if p.encode() in raw]) > len(ids) // 2


def test_a_venture_of_my_own_goes_with_me(privacy: PrivacyService) -> None:
    """Nobody else's records depend on it, and its name is my text: deleted whole."""
    seed(privacy)
    equity = privacy.equity
    create(equity, "solo", "ana", "Ana's secret shop", start=dt.date(2024, 1, 1))
    equity.set_rate("solo", Rate("ana", dt.date(2024, 1, 1), Decimal(1)), actor=ANA)
    p = equity.post(
        "solo",
        {"member": "ana", "kind": "cash", "on": "2024-01-02", "amount": 5},
        key="s1",
        actor=ANA,
    )
    equity.reverse("solo", p.row.entry.id, actor=ANA)
    report = privacy.erase("ana", actor=ANA)
    assert report.ventures == ("acme", "solo")
    store = AnyStore(privacy.db)
    assert store.get_venture("solo") is None and store.ledger_rows("solo") == []
    assert b"secret shop" not in str(store.execute("SELECT * FROM ventures").fetchall()).encode()
    assert store.get_venture("acme") is not None  # bob's venture stays, under a pseudonym


people = st.sampled_from(["ana", "bob", "cyd", "dan"])


@settings(max_examples=20)
@given(
    st.lists(st.tuples(people, people), max_size=5),  # collaborations, confirmed
    st.lists(st.tuples(people, people, st.integers(1, 500), st.booleans()), max_size=12),
    people,
)
def test_erasure_keeps_every_ledger_whole(
    collabs: list[tuple[str, str]], entries: list[tuple[str, str, int, bool]], gone: str
) -> None:
    """Whoever is erased, after any history: no id left, every split's total unchanged, every
    hash valid, the database consistent, and the others' data untouched."""
    p = build()
    trust, equity, store = p.trust, p.equity, AnyStore(p.db)
    for a, b in collabs:
        if a != b:
            c = trust.propose_collaboration(a, b, "p", "2024-01-01", actor=Actor(a))
            trust.answer_collaboration(c.id, True, actor=Actor(b))
    venture(equity, "v", "ana", "bob", "cyd", "dan")
    for n, (member, author, amount, approve) in enumerate(entries):
        if author != member:
            author = "ana"  # only an owner posts about another member (issue 17)
        posted = equity.post(
            "v",
            {
                "member": member,
                "kind": "cash",
                "on": "2024-01-02",
                "amount": amount,
                "note": f"by {author}",
            },
            key=f"k{n}",
            actor=Actor(author),
        )
        if approve and author != member:  # it counts once that member approves it
            equity.approve("v", posted.row.entry.id, actor=Actor(member))
    total = split(store.ledger("v")).total  # type: ignore[arg-type]
    others = {x: trust.collaborations(x, actor=Actor(x)) for x in ("ana", "bob", "cyd", "dan")}
    p.erase(gone, actor=ADMIN)
    assert p.rows.references(gone, p.columns) == {}
    assert split(store.ledger("v")).total == total  # type: ignore[arg-type]
    rows = store.ledger_rows("v")
    assert all(r.content_hash == content_hash("v", r.entry) for r in rows)
    assert all(f"by {gone}" not in r.entry.note for r in rows)
    if store.db.dialect == "sqlite":  # PostgreSQL checks every key at commit, deferred or not
        assert store.execute("PRAGMA foreign_key_check").fetchall() == []
    for x, before in others.items():
        if x != gone:
            assert trust.collaborations(x, actor=Actor(x)) == [
                c for c in before if gone not in (c.proposer, c.partner)
            ]


def test_an_index_that_missed_an_erasure_is_deleted_not_patched(
    db_target: str, tmp_path: Path
) -> None:
    """A crash between an erasure's commit and its index rewrite leaves the person's vector in
    the file; the next erasure (from a process without a search state) deletes that file."""
    db, index_file = db_target, tmp_path / "c.index"
    p = build(db, index_kind="flat", index_path=index_file)
    p.community.matching.suggest("ana", k=3, actor=ANA)
    p.community.matching.save_index()
    p.community.matching.forget = lambda ids: False  # type: ignore[method-assign]  # the "crash"
    p.erase("bob", actor=BOB)
    assert b"bob" in index_file.read_bytes()  # the first erasure left him there
    cli = build(db, populate=False, index_kind="flat", index_path=index_file)  # like the CLI
    assert cli.community.matching._search is None
    assert cli.erase("cyd", actor=CYD).index_rewritten is False
    assert not index_file.exists()
    assert "bob" not in [s.candidate for s in cli.community.matching.suggest("ana", k=5, actor=ANA)]
    assert b"bob" not in index_file.read_bytes()  # rebuilt from SQLite


# ------------------------------------------------------------------ events
def _planned_event(p: PrivacyService) -> EventService:
    """ana organises 'night' (without attending); bob, cyd, dan and fay attend; planned."""
    events = p.community.events
    events.create_event("night", "Night", actor=ANA)
    events.add_attendees("night", ["bob", "cyd", "dan", "fay"], actor=ANA)
    events.plan_rounds("night", rounds=3, actor=ANA)
    events.form_teams("night", size=2, actor=ANA, time_limit=2)
    with AnyStore(p.db).transaction():  # a summary naming bob (as a kept-together pair would)
        summary = events.events.summary("night", "teams") or {}
        events.events._save_summary("night", "teams", summary | {"kept_together": [["bob", "cyd"]]})
    return events


def _seated(events: EventService) -> list[list[str]]:
    return [
        sorted([m for g in r.groups for m in g.members] + list(r.byes))
        for r in events.events.rounds("night")
    ]


def events_code(privacy: PrivacyService, person: str) -> str:
    found = EventStore(privacy.db).attendee("night", person)
    assert found is not None
    return found.code


def test_events_export_my_events_seats_and_teams(privacy: PrivacyService) -> None:
    _planned_event(privacy)
    doc = privacy.export("bob", actor=BOB)
    ev = doc.features["events"]
    (mine,) = ev["events"]
    code = mine.pop("check_in_code")
    assert mine == {
        "id": "night",
        "name": "Night",
        "organiser": False,
        "status": "present",
        "since_round": 1,
        "rsvp": "invited",
        "checked_in_at": None,
        "date": None,
        "venue": "",
        "removed_at": None,  # when the organiser removed them from the event
    }
    assert code == events_code(privacy, "bob")  # their own check-in code is their data
    assert [s["round"] for s in ev["agenda"]] == [1, 2, 3]
    assert all(len(s["with"]) == 1 and s["with"][0] in {"cyd", "dan", "fay"} for s in ev["agenda"])
    assert len(ev["teams"]) == 1 and len(ev["teams"][0]["with"]) == 1
    organiser = privacy.export("ana", actor=ANA).features["events"]
    assert organiser == {
        "events": [
            {
                "id": "night",
                "name": "Night",
                "organiser": True,
                "status": None,
                "since_round": None,
                "rsvp": None,
                "checked_in_at": None,
                "check_in_code": None,
                "date": None,
                "venue": "",
                "removed_at": None,
            }
        ],
        "agenda": [],
        "teams": [],
    }


def test_erasure_of_an_attendee_keeps_the_plans_whole(privacy: PrivacyService) -> None:
    events = _planned_event(privacy)
    before = _seated(events)
    teams_before = [len(m) for _, m, _, _ in events.events.teams("night")]
    report = privacy.erase("bob", actor=BOB)
    assert report.rows["event_seats"] == 3 and report.rows["event_attendees"] == 1
    after = _seated(events)
    assert [len(r) for r in after] == [len(r) for r in before]  # fayry round still whole
    former = {m for r in after for m in r if m.startswith(PSEUDONYM_PREFIX)}
    assert len(former) == 1  # one pseudonym, the same in fayry round and team
    assert [len(m) for _, m, _, _ in events.events.teams("night")] == teams_before
    assert {m for _, ms, _, _ in events.events.teams("night") for m in ms} >= former
    assert "bob" not in [a.profile_id for a in events.events.attendees("night")]
    summary = events.events.summary("night", "teams") or {}
    assert summary["kept_together"] == [[next(iter(former)), "cyd"]]
    # other people's agendas still hold: three rounds each
    for who in ("cyd", "dan", "fay"):
        assert len(events.agenda("night", who, actor=Actor(who))) == 3
    dump = dump_rows(privacy.db)
    assert "'bob'" not in dump and '"bob"' not in dump


def test_erasure_of_an_organiser_keeps_the_event(privacy: PrivacyService) -> None:
    events = _planned_event(privacy)
    privacy.erase("ana", actor=ANA)
    event = events.events.get_event("night")
    assert event is not None and event.organiser is not None
    assert event.organiser.startswith(PSEUDONYM_PREFIX)
    assert len(events.rounds("night", actor=ADMIN)) == 3  # an admin still runs it


def test_co_attendees_see_an_event_only_profile_and_nobody_else_does(
    privacy: PrivacyService,
) -> None:
    service = privacy.community
    service.profiles.update_profile("fay", {"visibility": "event-only"}, actor=ADMIN)
    events = service.events
    events.create_event("night", "Night", actor=ANA)
    with pytest.raises(UnknownProfile, match="no profile 'fay'") as hidden:
        events.add_attendees("night", ["fay"], actor=ANA)
    with pytest.raises(UnknownProfile, match="no profile 'nobody'") as absent:
        events.add_attendees("night", ["nobody"], actor=ANA)
    assert hidden.value.hint == absent.value.hint  # as if fay did not exist
    events.add_attendees("night", ["bob"], actor=ANA)
    events.add_attendees("night", ["fay"], actor=ADMIN)
    # invited, no answer yet: the organiser sees her, a co-attendee not (red team 13)
    assert service.profiles.get_profile("fay", actor=ANA).id == "fay"
    with pytest.raises(UnknownProfile):
        service.profiles.get_profile("fay", actor=Actor("bob"))
    events.rsvp("night", "going", actor=Actor("fay"))
    for viewer in ("ana", "bob"):  # the organiser and a co-attendee
        assert service.profiles.get_profile("fay", actor=Actor(viewer)).id == "fay"
        assert "fay" in {
            p.id for p in service.profiles.list_profiles(actor=Actor(viewer), limit=200).profiles
        }
    for viewer in ("cyd", "dan"):
        with pytest.raises(UnknownProfile):
            service.profiles.get_profile("fay", actor=Actor(viewer))
    with pytest.raises(UnknownProfile):
        service.profiles.get_profile("fay", actor=None)


# ------------------------------------------------------------ the re-ranker (issue 20)
def test_a_trained_reranker_holds_nothing_of_a_person_and_forgets_the_erased() -> None:
    """A model is numbers fitted on feedback: no row names anyone (so the export has nothing
    of it to hold), the erasure completes, and the next training leaves the erased out."""
    from matcher.matching import RerankSettings
    from matcher.trust import Feedback, Verdict

    p = build(rerank_training=RerankSettings(min_examples=4, holdout=0.5))
    matching = p.community.matching  # type: ignore[attr-defined]
    t0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    said = [("ana", "bob", True), ("bob", "ana", True), ("cyd", "ana", False),
            ("dan", "bob", True), ("ana", "cyd", False), ("dan", "cyd", False),
            ("bob", "dan", True), ("cyd", "dan", False)]  # fmt: skip
    with p.db.transaction():
        for i, (a, b, good) in enumerate(said):
            verdict = Verdict.AGAIN if good else Verdict.NOT_A_FIT
            p.trust.store.put_feedback(Feedback(a, b, verdict, "", t0 + dt.timedelta(hours=i)))
    model = matching.train_reranker(actor=ADMIN)
    assert model.examples == 8
    rows = [json.dumps(list(r)) for r in p.db.execute("SELECT * FROM rerank_models")]
    assert rows and not any(f'"{x}"' in r for r in rows for x in ("ana", "bob", "cyd", "dan"))
    p.erase("ana", actor=ADMIN)  # ErasureIncomplete if a person column kept "ana"
    left = matching.training_pairs()
    assert {x.example.viewer for x in left} | {x.example.candidate for x in left} <= {
        "bob",
        "cyd",
        "dan",
    }
    assert len(left) == 4
    assert matching.reranker_status(actor=ADMIN).erasures_since == 1
