"""The database floor on both backends: serial write transactions, the change log seen by
another process, the job queue's one-worker-per-job claims, the dialect helpers."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import Counter
from collections.abc import Callable

import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import ADMIN
from matcher.community import Community
from matcher.db import ERASURE_EPOCH, Jobs
from matcher.db.postgres import to_pyformat
from matcher.errors import CofoundryError
from matcher.matching import MatchSettings
from matcher.matching.service import RETRAIN_JOB
from matcher.profiles import ProfileStore, check_profile
from matcher.schema import MIGRATIONS, connect
from tests.conftest import COMMUNITY, person
from tests.waiting import within_a_second


def test_read_modify_write_transactions_never_lose_an_update(db_target: str) -> None:
    """Four workers (each its own connection pool, as processes) add 1 to a counter 40 times
    each by reading it and writing it back: serial write transactions lose nothing."""
    setup = connect(db_target)
    with setup.transaction():
        setup.execute("INSERT INTO meta (key, value) VALUES ('n', '0')")

    def work() -> None:
        db = connect(db_target)
        for _ in range(40):
            with db.transaction():
                (value,) = db.execute("SELECT value FROM meta WHERE key = 'n'").fetchone()
                db.execute("UPDATE meta SET value = ? WHERE key = 'n'", [str(int(value) + 1)])
        db.close()

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert setup.counter("n") == 160
    setup.close()


def test_a_write_is_seen_by_another_process_within_a_second(db_target: str) -> None:
    """The change log: another connection's head moves, and the changed key is listed."""
    writer, reader = connect(db_target), connect(db_target)
    before = ProfileStore(reader).data_version()
    with writer.transaction():
        ProfileStore(writer).put_profile(check_profile(person("ana")))
    version = within_a_second(
        ProfileStore(reader).data_version, lambda v: v > before, "a profile write"
    )
    assert ProfileStore(reader).changed_since(before) == {"ana"}
    assert reader.changes_since(before, "profile") == [(version, "ana")]
    writer.close()
    reader.close()


def test_a_rolled_back_write_logs_nothing(db_target: str) -> None:
    db = connect(db_target)
    head = db.head("profile")
    with pytest.raises(RuntimeError, match="abort"), db.transaction():
        db.log_change("profile", "ghost")
        raise RuntimeError("abort")
    assert db.head("profile") == head and db.changes_since(head, "profile") == []
    db.close()


def test_suggestions_of_another_process_follow_writes_and_erasures(db_target: str) -> None:
    """Two communities on one database stand for two API processes."""
    one = Community(db_target, FakeEncoder(dim=64))
    two = Community(db_target, FakeEncoder(dim=64))
    one.profiles.import_profiles(COMMUNITY)
    assert "bob" in {s.candidate for s in two.matching.suggest("ana", k=5, actor=ADMIN)}
    one.profiles.import_profiles([person("zed", offers="Sales lead, customers, deals.")])
    _shown_within_a_second(two, lambda shown: "zed" in shown, "a profile saved by one process")
    one.privacy.erase("bob", actor=ADMIN)
    _shown_within_a_second(two, lambda shown: "bob" not in shown, "an erasure")
    state = two.matching._search
    assert state is not None and "bob" not in state.vectors
    one.close()
    two.close()


def _shown_within_a_second(
    two: Community, wanted: Callable[[set[str]], bool], what: str
) -> set[str]:
    """Ana's suggestions in process ``two`` once ``wanted`` holds of them."""
    return within_a_second(
        lambda: {s.candidate for s in two.matching.suggest("ana", k=9, actor=ADMIN)}, wanted, what
    )


def test_an_erasure_elsewhere_patches_the_index_without_a_rebuild(db_target: str) -> None:
    """A process whose index holds someone erased by another process drops them from its
    table, its vectors and its index in place: the same index object, patched, not built
    again (a rebuild at a million profiles takes minutes)."""
    settings = MatchSettings(index_kind="hnsw")
    one = Community(db_target, FakeEncoder(dim=64), settings)
    two = Community(db_target, FakeEncoder(dim=64), settings)
    one.profiles.import_profiles(COMMUNITY)
    _shown_within_a_second(two, lambda shown: "bob" in shown, "an import")
    before = two.matching._search
    assert before is not None and before.index is not None and "bob" in before.index
    index = before.index
    one.privacy.erase("bob", actor=ADMIN)
    _shown_within_a_second(two, lambda shown: "bob" not in shown, "an erasure")
    after = two.matching._search
    assert after is not None and after.index is index  # patched in place
    assert "bob" not in index and "bob" not in after.table.row_of and "bob" not in after.vectors
    assert after.epoch == two.db.head(ERASURE_EPOCH)
    # the next write is caught up as before, and the erased person stays gone
    one.profiles.import_profiles([person("zed", offers="Sales lead, customers, deals.")])
    shown = _shown_within_a_second(two, lambda shown: "zed" in shown, "a new profile")
    assert "bob" not in shown and two.matching._search.index is index  # type: ignore[union-attr]
    one.close()
    two.close()


def test_the_trust_graph_of_another_process_follows_the_change_log(db_target: str) -> None:
    """The other process's live trust graph applies the trust entries of the change log in
    place (no rebuild): a collaboration, an endorsement, then an erasure."""
    one = Community(db_target, FakeEncoder(dim=64))
    two = Community(db_target, FakeEncoder(dim=64))
    one.profiles.import_profiles(COMMUNITY)
    c = one.trust.propose_collaboration("ana", "bob", "shop", "2024-01-01", actor=ADMIN)
    one.trust.answer_collaboration(c.id, True, actor=ADMIN)
    within_a_second(lambda: two.trust.graph().weight("ana", "bob"), bool, "a collaboration")
    live = two.trust.live()
    one.trust.endorse("cyd", "dan", "sales", actor=ADMIN)
    within_a_second(lambda: two.trust.graph().weight("cyd", "dan"), bool, "an endorsement")
    one.privacy.erase("bob", actor=ADMIN)
    within_a_second(lambda: "bob" in two.trust.live(), lambda held: not held, "an erasure")
    assert two.trust.live() is live  # applied in place
    fresh = Community(db_target, FakeEncoder(dim=64)).trust.snapshot()
    caught_up = two.trust.snapshot()
    assert sorted(caught_up.nx.edges(data="weight")) == sorted(fresh.nx.edges(data="weight"))
    one.close()
    two.close()


def test_n_workers_never_take_the_same_job(db_target: str) -> None:
    """Eight workers, each its own database handle, drain 200 jobs: each job is taken once."""
    jobs = Jobs(connect(db_target))
    ids = {jobs.enqueue("email", {"n": i}) for i in range(200)}
    taken: list[tuple[str, int]] = []
    lock = threading.Lock()

    def worker(name: str) -> None:
        mine = Jobs(connect(db_target))
        while (job := mine.claim("email", name, lease_seconds=60)) is not None:
            with lock:
                taken.append((name, job.id))
            mine.done(job.id)
        mine.db.close()

    threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    counts = Counter(job for _, job in taken)
    assert set(counts) == ids and set(counts.values()) == {1}
    assert jobs.counts("email") == {"done": 200}
    assert len({name for name, _ in taken}) > 1  # the work was shared
    jobs.db.close()


def test_enqueueing_a_key_while_its_job_finishes_adds_it_anew(db_target: str) -> None:
    """Enqueue races done: the insert meets the running job, which finishes before the
    second statement looks for it. Whatever the interleaving, enqueue returns a live job."""
    jobs = Jobs(connect(db_target))
    other = Jobs(connect(db_target))
    stop = threading.Event()
    errors: list[BaseException] = []

    def finisher() -> None:
        while not stop.is_set():
            job = other.claim("compact-index", "w", lease_seconds=60)
            if job is not None:
                other.done(job.id)

    t = threading.Thread(target=finisher)
    t.start()
    try:
        for _ in range(300):
            try:
                jid = jobs.enqueue("compact-index", {}, key="matching")
            except BaseException as exc:  # the test reports any
                errors.append(exc)
                break
            assert isinstance(jid, int)
    finally:
        stop.set()
        t.join()
    assert errors == []
    jobs.db.close()
    other.db.close()


def test_a_dead_workers_job_is_taken_again_after_its_lease(db_target: str) -> None:
    jobs = Jobs(connect(db_target))
    jid = jobs.enqueue("compact-index", {}, key="matching", now=0.0)
    first = jobs.claim("compact-index", "dies", lease_seconds=30, now=1.0)
    assert first is not None and first.id == jid
    assert jobs.claim("compact-index", "other", lease_seconds=30, now=30.0) is None
    again = jobs.claim("compact-index", "other", lease_seconds=30, now=31.5)
    assert again is not None and (again.id, again.attempts, again.worker) == (jid, 2, "other")
    jobs.fail(again.id, retry_at=None, error="gave up")
    assert jobs.counts("compact-index") == {"failed": 1}
    # a finished job no longer holds its key
    assert jobs.enqueue("compact-index", {}, key="matching", now=40.0) != jid
    jobs.db.close()


def test_workers_retraining_at_once_train_one_version(db_target: str) -> None:
    """Four processes (each its own community on the database) ask whether a re-training is
    due, at once and again: exactly one trains; the others skip, then see it is done."""
    from tests.matcher.test_rerank import people, seed_feedback

    first = Community(db_target, FakeEncoder(dim=64))
    first.profiles.import_profiles(people())
    seed_feedback(first, "timezone")
    barrier = threading.Barrier(4)
    trained: list[int] = []
    lock = threading.Lock()

    def worker(name: str) -> None:
        c = Community(db_target, FakeEncoder(dim=64))
        barrier.wait()
        for _ in range(3):
            model = c.matching.retrain_if_due(dt.timedelta(days=1), actor=ADMIN, worker=name)
            if model is not None:
                with lock:
                    trained.append(model.version)
        c.close()

    threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert trained == [1]
    assert first.matching.rerank.latest_version() == 1
    # a worker that took the lease after the training saw the new version and let it go
    assert set(Jobs(first.db).counts(RETRAIN_JOB)) == {"done"}
    first.close()


def test_json_values_lists_a_json_array() -> None:
    db = connect()
    rows = db.execute(
        f"SELECT value FROM ({db.json_values()}) AS v ORDER BY value", [json.dumps(["b", "a"])]
    ).fetchall()
    assert [r[0] for r in rows] == ["a", "b"]


def test_named_and_positional_parameters_and_literals() -> None:
    db = connect()
    row = db.execute("SELECT :a || '?:b%' || :b", {"a": "x", "b": "y"}).fetchone()
    assert row[0] == "x?:b%y"
    assert to_pyformat("SELECT a::text, 'it''s ?' FROM t WHERE b = ?") == (
        "SELECT a::text, 'it''s ?' FROM t WHERE b = %s"
    )


def test_schema_version_and_tables() -> None:
    db = connect()
    assert db.schema_version() == len(MIGRATIONS)
    assert {"profiles", "change_log", "jobs", "ledger_entries"} <= db.table_names()
    assert db.column_names("change_log") == ["seq", "kind", "key"]


@pytest.mark.sqlite_only
def test_an_unreachable_server_is_named_with_the_fix() -> None:
    with pytest.raises(CofoundryError, match=r"cannot connect to PostgreSQL at .*\*\*\*") as err:
        connect("postgresql://app:secret@127.0.0.1:1/nothing?connect_timeout=1")
    assert "secret" not in str(err.value) and "COFOUNDRY_DATABASE_URL" in str(err.value)


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql://app:secret@[::1/db", r"database URL postgresql://\*\*\* cannot be read"),
        ("postgresql://app:secret@host:port/db", r"cannot be read: Port could not be cast"),
        ("postgresql://app:secret@h/db?pool_max=ten", r"pool_max must be a positive whole num"),
        ("postgresql://app:secret@h/db?pool_timeout=-1", r"pool_timeout must be a positive"),
        ("postgresql://app:secret@h/db?pool_min=5&pool_max=2", r"pool_min \(5\) is above pool_max"),
    ],
)
def test_a_malformed_database_url_is_named_with_the_fix(url: str, message: str) -> None:
    """Said before any connection, never as a traceback, and without the password."""
    with pytest.raises(CofoundryError, match=message) as err:
        connect(url)
    assert "secret" not in str(err.value) and "COFOUNDRY_DATABASE_URL" in str(err.value)
