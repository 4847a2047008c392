"""The tables of ventures and their append-only Slicing Pie ledger, and their queries.

Ledger rows (entries, approvals, rejections, departures with their recorded reports and
the leavers' answers, confirmations of an end) are only ever inserted: triggers refuse
``UPDATE`` and ``DELETE``. Entries are numbered 1, 2, ... in each venture (``number``);
the table's own ``id`` stays inside this module. The one controlled exception is erasure
(:meth:`EquityStore.pseudonymise`), which drops the triggers inside the erasure's
transaction, replaces the person's id by a pseudonym, and re-creates them from the
exact SQL read before (DDL is transactional in SQLite: other connections never see
the ledger without its triggers). On PostgreSQL the trigger function lets through the
one transaction that set ``cofoundry.erasing`` (``SET LOCAL``: it ends with it).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from typing import Any

from matcher.db import Database, utcnow_text
from matcher.equity.model import (
    FIRST_DAY,
    Condition,
    Departure,
    DepartureReport,
    Entry,
    Kind,
    Ledger,
    Rate,
    Reason,
    SalaryOffer,
    Terms,
    Venture,
    best_case,
    departure_reports,
    ledger_hash,
)

__all__ = [
    "APPEND_ONLY",
    "PERSON_COLUMNS",
    "DaySignature",
    "DepartureRecord",
    "EndRecord",
    "EntryRewrite",
    "EquityStore",
    "LedgerRow",
    "Membership",
    "Proposal",
    "SignedDay",
    "m_day_signatures",
    "m_entry_keys_per_author",
    "m_equity",
    "m_invitation_salary",
    "m_ledger_rules",
    "m_venture_proposals",
    "report_from_json",
    "report_to_json",
]

#: Tables whose triggers make them append-only (see :func:`m_equity`, :func:`m_ledger_rules`).
APPEND_ONLY = (
    "ledger_entries",
    "approvals",
    "departures",
    "rejections",
    "departure_reports",
    "departure_answers",
    "end_confirmations",
    "proposal_answers",
    "day_signatures",
    "signed_days",
)

#: Columns of the equity tables that hold person ids (the erasure rewrites each one).
PERSON_COLUMNS = (
    ("ventures", "created_by"),
    ("ventures", "frozen_by"),
    ("venture_members", "member_id"),
    ("venture_members", "added_by"),
    ("venture_members", "seconded_by"),
    ("venture_members", "offer_by"),
    ("member_rates", "member_id"),
    ("ledger_entries", "member_id"),
    ("ledger_entries", "author"),
    ("approvals", "approver"),
    ("rejections", "rejecter"),
    ("departures", "member_id"),
    ("departures", "author"),
    ("departure_reports", "member_id"),
    ("departure_answers", "member_id"),
    ("venture_ends", "proposed_by"),
    ("venture_ends", "closed_by"),
    ("end_confirmations", "member_id"),
    ("venture_proposals", "subject"),
    ("venture_proposals", "proposed_by"),
    ("venture_proposals", "closed_by"),
    ("proposal_answers", "member_id"),
    ("day_signatures", "member_id"),
)


def m_equity(db: Database) -> None:
    """Slicing Pie ventures and their append-only ledger (see :mod:`matcher.equity`)."""
    for sql in (
        "CREATE TABLE ventures (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
        ' require_approval INTEGER NOT NULL, "freeze" TEXT, created_by TEXT, created_at TEXT NOT NULL)',
        "CREATE TABLE venture_members (venture_id TEXT NOT NULL REFERENCES ventures(id),"
        " member_id TEXT NOT NULL, added_by TEXT, added_at TEXT NOT NULL,"
        " PRIMARY KEY (venture_id, member_id))",
        "CREATE TABLE venture_terms (venture_id TEXT NOT NULL REFERENCES ventures(id),"
        " effective TEXT NOT NULL, data TEXT NOT NULL, created_at TEXT NOT NULL,"
        " PRIMARY KEY (venture_id, effective))",
        "CREATE TABLE member_rates (venture_id TEXT NOT NULL, member_id TEXT NOT NULL,"
        " effective TEXT NOT NULL, salary TEXT NOT NULL, paid_salary TEXT NOT NULL,"
        " created_at TEXT NOT NULL, PRIMARY KEY (venture_id, member_id, effective),"
        " FOREIGN KEY (venture_id, member_id) REFERENCES venture_members(venture_id, member_id)"
        " DEFERRABLE INITIALLY IMMEDIATE)",
        f"CREATE TABLE ledger_entries (id {db.id_column()},"
        " venture_id TEXT NOT NULL REFERENCES ventures(id), member_id TEXT NOT NULL,"
        " kind TEXT NOT NULL, on_date TEXT NOT NULL, amount TEXT NOT NULL, hours TEXT NOT NULL,"
        " months TEXT NOT NULL, paid TEXT NOT NULL, condition TEXT NOT NULL, rate TEXT,"
        " reverses INTEGER UNIQUE REFERENCES ledger_entries(id), author TEXT NOT NULL,"
        " note TEXT NOT NULL, idempotency_key TEXT NOT NULL, content_hash TEXT NOT NULL,"
        " created_at TEXT NOT NULL, UNIQUE (venture_id, idempotency_key))",
        "CREATE INDEX ledger_entries_venture ON ledger_entries (venture_id, on_date)",
        "CREATE TABLE approvals (entry_id INTEGER PRIMARY KEY REFERENCES ledger_entries(id),"
        " approver TEXT NOT NULL, created_at TEXT NOT NULL)",
        f"CREATE TABLE departures (id {db.id_column()},"
        " venture_id TEXT NOT NULL REFERENCES ventures(id), member_id TEXT NOT NULL,"
        " on_date TEXT NOT NULL, reason TEXT NOT NULL, buyback INTEGER NOT NULL,"
        " refused INTEGER NOT NULL, author TEXT NOT NULL, created_at TEXT NOT NULL,"
        " UNIQUE (venture_id, member_id))",
    ):
        db.execute(sql)
    # The ledger is append-only: the database itself refuses to change or remove a row.
    if db.dialect == "postgresql":
        # one function for every append-only table; an erasure lifts it for its own
        # transaction only (SET LOCAL cofoundry.erasing, see EquityStore.pseudonymise)
        db.execute(
            "CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN IF current_setting('cofoundry.erasing', true) = 'on' THEN"
            " RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;"
            " RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$"
        )
    _append_only(db, "ledger_entries", "approvals", "departures")


def _append_only(db: Database, *tables: str) -> None:
    """Triggers that refuse ``UPDATE`` and ``DELETE`` on ``tables`` (on PostgreSQL through
    the function :func:`m_equity` made)."""
    for table in tables:
        for op in ("UPDATE", "DELETE"):
            if db.dialect == "postgresql":
                db.execute(
                    f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table}"
                    " FOR EACH ROW EXECUTE FUNCTION ledger_append_only()"
                )
            else:
                db.execute(
                    f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table}"
                    f" BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                )


def m_ledger_rules(db: Database) -> None:
    """Roles, invitations, numbered entries, rejections, a start date, a freeze with its
    time, recorded departure reports and answers, and a confirmed end (issue 17).

    Existing ventures keep working: the creator is their owner (a venture created by an
    admin has every member as owner, as every member could do everything before); members
    stay members; the start is the creation day or the first entry's date if earlier; a
    freeze already set takes effect now; entries are numbered in posting order; each
    recorded departure's report is computed once, now, and kept; a venture the loop
    recorded as ended is ended, confirmed by who ended it.
    """
    now = utcnow_text()
    for sql in (
        "ALTER TABLE ventures ADD COLUMN start TEXT",
        "ALTER TABLE ventures ADD COLUMN frozen_at TEXT",
        "ALTER TABLE ventures ADD COLUMN frozen_by TEXT",
        "ALTER TABLE venture_members ADD COLUMN role TEXT NOT NULL DEFAULT 'member'",
        "ALTER TABLE venture_members ADD COLUMN joined_at TEXT",
        "ALTER TABLE venture_members ADD COLUMN needs_second INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE venture_members ADD COLUMN seconded_by TEXT",
        "ALTER TABLE ledger_entries ADD COLUMN number INTEGER",
        "CREATE TABLE rejections (entry_id INTEGER PRIMARY KEY REFERENCES ledger_entries(id),"
        " rejecter TEXT NOT NULL, reason TEXT NOT NULL, created_at TEXT NOT NULL)",
        "CREATE TABLE departure_reports (venture_id TEXT NOT NULL REFERENCES ventures(id),"
        " member_id TEXT NOT NULL, report TEXT NOT NULL, created_at TEXT NOT NULL,"
        " PRIMARY KEY (venture_id, member_id))",
        "CREATE TABLE departure_answers (venture_id TEXT NOT NULL REFERENCES ventures(id),"
        " member_id TEXT NOT NULL, acknowledged INTEGER NOT NULL, note TEXT NOT NULL,"
        " created_at TEXT NOT NULL, PRIMARY KEY (venture_id, member_id))",
        f"CREATE TABLE venture_ends (id {db.id_column()},"
        " venture_id TEXT NOT NULL REFERENCES ventures(id), on_date TEXT NOT NULL,"
        " proposed_by TEXT NOT NULL, proposed_at TEXT NOT NULL, ledger_hash TEXT NOT NULL,"
        " status TEXT NOT NULL, closed_by TEXT, closed_at TEXT, reason TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX venture_ends_venture ON venture_ends (venture_id, id)",
        "CREATE TABLE end_confirmations (end_id INTEGER NOT NULL REFERENCES venture_ends(id),"
        " member_id TEXT NOT NULL, ledger_hash TEXT NOT NULL, created_at TEXT NOT NULL,"
        " PRIMARY KEY (end_id, member_id))",
        "UPDATE venture_members SET joined_at = added_at",
        "UPDATE venture_members SET role = 'owner' WHERE member_id ="
        " (SELECT created_by FROM ventures v WHERE v.id = venture_members.venture_id)",
        "UPDATE venture_members SET role = 'owner' WHERE venture_id IN (SELECT v.id FROM"
        " ventures v WHERE NOT EXISTS (SELECT 1 FROM venture_members m"
        " WHERE m.venture_id = v.id AND m.role = 'owner'))",
        # the earlier of the creation day and the first entry's date (CASE: SQLite's
        # two-argument min() is LEAST() on PostgreSQL)
        "UPDATE ventures SET start = CASE WHEN (SELECT min(on_date) FROM ledger_entries e"
        " WHERE e.venture_id = ventures.id) < substr(created_at, 1, 10) THEN (SELECT"
        " min(on_date) FROM ledger_entries e WHERE e.venture_id = ventures.id)"
        " ELSE substr(created_at, 1, 10) END",
    ):
        db.execute(sql)
    db.execute('UPDATE ventures SET frozen_at = ? WHERE "freeze" IS NOT NULL', [now])
    # entries are numbered in each venture; the rows are append-only: the update trigger is
    # lifted for this one rewrite, inside the migration's transaction
    if db.dialect == "postgresql":
        db.execute("ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_no_update")
    else:
        (trigger,) = db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger'"
            " AND name = 'ledger_entries_no_update'"
        ).fetchone()
        db.execute("DROP TRIGGER ledger_entries_no_update")
    db.execute(
        "UPDATE ledger_entries SET number = (SELECT n FROM (SELECT id, row_number() OVER"
        " (PARTITION BY venture_id ORDER BY id) AS n FROM ledger_entries) r"
        " WHERE r.id = ledger_entries.id)"
    )
    if db.dialect == "postgresql":
        db.execute("ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_no_update")
    else:
        db.execute(trigger)
    db.execute("CREATE UNIQUE INDEX ledger_entries_number ON ledger_entries (venture_id, number)")
    _append_only(db, "rejections", "departure_reports", "departure_answers", "end_confirmations")
    store = EquityStore(db)
    for (venture_id,) in db.execute("SELECT DISTINCT venture_id FROM departures").fetchall():
        ledger = store.ledger(venture_id)
        assert ledger is not None
        for report in departure_reports(ledger, as_of=dt.date.max):
            store.add_departure_report(venture_id, report)
    if "venture_story" in db.table_names():
        ended = db.execute(
            "SELECT s.venture_id, s.ended_on, coalesce(s.ended_by, '') FROM venture_story s"
            " JOIN ventures v ON v.id = s.venture_id WHERE s.ended_on IS NOT NULL"
        ).fetchall()
        for venture_id, ended_on, ended_by in ended:
            ledger = store.ledger(venture_id)
            assert ledger is not None
            digest = ledger_hash(ledger)
            end_id = store.add_end(venture_id, dt.date.fromisoformat(ended_on), ended_by, digest)
            store.add_end_confirmation(end_id, ended_by, digest)
            store.close_end(end_id, "ended", ended_by)


def m_entry_keys_per_author(db: Database) -> None:
    """Idempotency keys are scoped per author: unique per ``(venture, author, key)``, no
    longer per venture, so a partner who uses another's key (a CLI key is derived from the
    arguments, anyone can compute it) neither blocks their post nor gets their entry back.

    Every row is kept as it was (keys, numbers, ids, approvals, rejections). PostgreSQL
    swaps the constraint; SQLite cannot drop one, so the ledger table is rebuilt with its
    two child tables (approvals, rejections) inside the migration's transaction, as SQLite
    documents for schema changes (foreign keys stay on: each child table is copied before
    the ledger is dropped, so no reference ever dangles), with the same indexes, triggers
    and ``AUTOINCREMENT`` counter.
    """
    if db.dialect == "postgresql":
        (name,) = db.execute(
            "SELECT conname FROM pg_constraint WHERE conrelid = 'ledger_entries'::regclass"
            " AND contype = 'u' AND pg_get_constraintdef(oid) LIKE '%idempotency_key%'"
        ).fetchone()
        db.execute(f'ALTER TABLE ledger_entries DROP CONSTRAINT "{name}"')
        db.execute(
            "ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_author_key"
            " UNIQUE (venture_id, author, idempotency_key)"
        )
        return
    tables = ("ledger_entries", "approvals", "rejections")
    marks = ",".join("?" * len(tables))
    schema = dict(
        db.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN ({marks})",
            list(tables),
        ).fetchall()
    )
    extras = [
        sql
        for (sql,) in db.execute(
            "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
            f" AND tbl_name IN ({marks}) AND sql IS NOT NULL ORDER BY type, name",
            list(tables),
        ).fetchall()
    ]
    seq = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'ledger_entries'").fetchone()
    old_unique = "UNIQUE (venture_id, idempotency_key)"
    assert schema["ledger_entries"].count(old_unique) == 1, schema["ledger_entries"]
    schema["ledger_entries"] = schema["ledger_entries"].replace(
        old_unique, "UNIQUE (venture_id, author, idempotency_key)"
    )
    for table in tables:
        sql = schema[table].replace(
            "REFERENCES ledger_entries(id)", "REFERENCES ledger_entries_new(id)"
        )
        head = f"CREATE TABLE {table} ("
        assert sql.startswith(head), sql
        db.execute(f"CREATE TABLE {table}_new (" + sql[len(head) :])
        columns = ", ".join(r[1] for r in db.execute(f'PRAGMA table_info("{table}")').fetchall())
        db.execute(f"INSERT INTO {table}_new ({columns}) SELECT {columns} FROM {table}")
    for table in reversed(tables):  # the children first: nothing refers to a dropped row
        db.execute(f"DROP TABLE {table}")
    for table in tables:  # references to ledger_entries_new follow its new name
        db.execute(f"ALTER TABLE {table}_new RENAME TO {table}")
    for sql in extras:
        db.execute(sql)
    if seq is not None:  # ids are never reused, even those of erased ventures' entries
        db.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'ledger_entries'", [seq[0]])
    problems = db.execute("PRAGMA foreign_key_check").fetchall()
    assert not problems, problems


#: Kinds of :class:`Proposal`: what waits for another member's word before it applies.
PROPOSAL_KINDS = ("rate", "freeze", "reason", "terms", "cause")


def m_venture_proposals(db: Database) -> None:
    """Steps that wait for another member's word (ledger13): a rate that lowers another
    member's salary (``rate``, their acceptance), a freeze (``freeze``, every other current
    member's), a leaver's own good reason (``reason``, another owner's confirmation).

    ``venture_proposals`` holds each proposal and its outcome (``open``, ``accepted``,
    ``declined``, ``withdrawn``); ``proposal_answers`` each member's answer (append-only).
    A proposal names people only in its columns (``subject``, ``proposed_by``,
    ``closed_by``), never inside ``data``, but for the report a leaver's claim would keep
    (which the erasure rewrites as it rewrites ``departure_reports``).

    Departures recorded before keep their effect: a leaver's own good reason recorded
    before this rule counts as confirmed (the split documents signed since say so).
    """
    for sql in (
        f"CREATE TABLE venture_proposals (id {db.id_column()},"
        " venture_id TEXT NOT NULL REFERENCES ventures(id), kind TEXT NOT NULL,"
        " subject TEXT NOT NULL, data TEXT NOT NULL, proposed_by TEXT NOT NULL,"
        " proposed_at TEXT NOT NULL, status TEXT NOT NULL, closed_by TEXT, closed_at TEXT,"
        " reason TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX venture_proposals_venture ON venture_proposals (venture_id, kind, id)",
        "CREATE TABLE proposal_answers (proposal_id INTEGER NOT NULL"
        " REFERENCES venture_proposals(id), member_id TEXT NOT NULL, accepted INTEGER NOT NULL,"
        " note TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (proposal_id, member_id))",
    ):
        db.execute(sql)
    _append_only(db, "proposal_answers")
    db.execute(
        "INSERT INTO venture_proposals (venture_id, kind, subject, data, proposed_by,"
        " proposed_at, status, closed_at, reason) SELECT venture_id, 'reason', member_id,"
        " '{}', member_id, created_at, 'accepted', ?, 'recorded before a leaver''s own good"
        " reason waited for an owner''s word' FROM departures WHERE author = member_id"
        " AND reason = 'resigned-good-reason'",
        [utcnow_text()],
    )


def m_invitation_salary(db: Database) -> None:
    """An invitation may carry the invitee's opening salary (ledger15): ``offer`` on the
    invited person's row of ``venture_members``, JSON of ``salary``, ``paid_salary``,
    ``effective`` (null: the joining day), and who set it (``admin`` for an admin) in ``offer_by`` (a person's column, pseudonymised by an erasure, never inside
    the JSON); both cleared when they join (the salary is then a rate proposal, or a
    rate). Invitations made before have none (NULL) and work as before."""
    db.execute("ALTER TABLE venture_members ADD COLUMN offer TEXT")
    db.execute("ALTER TABLE venture_members ADD COLUMN offer_by TEXT")


def m_day_signatures(db: Database) -> None:
    """The signed split of a day (sign19): ``day_signatures`` holds each member's signature
    of a day's ledger fingerprint (SHA-256 of :func:`matcher.equity.model.ledger_as_of`),
    one row a signature, a later one for another fingerprint beside it; ``signed_days``
    the days every current member signed, with the fingerprint they signed: from then on
    nothing dated on or before that day changes (:meth:`EquityService.sign_day`). Both are
    append-only; ``member_id`` is a person's column (an erasure rewrites it)."""
    for sql in (
        f"CREATE TABLE day_signatures (id {db.id_column()},"
        " venture_id TEXT NOT NULL REFERENCES ventures(id), day TEXT NOT NULL,"
        " member_id TEXT NOT NULL, ledger_hash TEXT NOT NULL, created_at TEXT NOT NULL,"
        " UNIQUE (venture_id, day, member_id, ledger_hash))",
        "CREATE INDEX day_signatures_venture ON day_signatures (venture_id, day)",
        "CREATE TABLE signed_days (venture_id TEXT NOT NULL REFERENCES ventures(id),"
        " day TEXT NOT NULL, ledger_hash TEXT NOT NULL, created_at TEXT NOT NULL,"
        " PRIMARY KEY (venture_id, day))",
    ):
        db.execute(sql)
    _append_only(db, "day_signatures", "signed_days")


@dataclass(frozen=True, slots=True)
class DaySignature:
    """``member`` signed the split of ``day`` for the ledger fingerprint ``ledger_hash``."""

    day: dt.date
    member: str
    ledger_hash: str
    at: str


@dataclass(frozen=True, slots=True)
class SignedDay:
    """A day every current member signed, for ``ledger_hash``, complete at ``at``."""

    day: dt.date
    ledger_hash: str
    at: str


def _offer_json(offer: SalaryOffer) -> str:
    return json.dumps(
        {
            "salary": str(offer.salary),
            "paid_salary": str(offer.paid_salary),
            "effective": offer.effective.isoformat() if offer.effective else None,
        },
        sort_keys=True,
    )


def _offer(text: str | None, by: str | None) -> tuple[SalaryOffer, str] | None:
    if not text:
        return None
    data = json.loads(text)
    effective = data.get("effective")
    offer = SalaryOffer(
        Decimal(data["salary"]),
        Decimal(data["paid_salary"]),
        _date(effective) if effective else None,
    )
    return offer, by or "admin"


#: The columns :meth:`EquityStore.add_entries` writes, in order.
_ENTRY_COLUMNS = (
    "venture_id", "member_id", "kind", "on_date", "amount", "hours", "months", "paid",
    "condition", "rate", "reverses", "author", "note", "idempotency_key", "content_hash",
    "created_at", "number",
)  # fmt: skip


def _refuse_reversal(entry: Entry) -> bool:
    raise ValueError(f"entry {entry.id} is a reversal: post it with add_entry")


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """A ledger entry (``entry.id`` is its number in the venture) with its audit fields:
    idempotency key, content hash, posting time, approver or rejecter and reason."""

    entry: Entry
    key: str
    content_hash: str
    created_at: str
    approver: str | None
    rowid: int = 0  # the table's id: internal to the store and the erasure
    rejecter: str | None = None
    rejection: str = ""

    @property
    def recorded_on(self) -> dt.date:
        """The day (UTC) the entry was posted."""
        return dt.date.fromisoformat(self.created_at[:10])

    @property
    def back_dated(self) -> bool:
        """Posted more than a day (time zones) after its date: the ledger page and the split
        document then say when it was recorded, so that nobody adds to the past unseen."""
        return (self.recorded_on - self.entry.on).days > 1


@dataclass(frozen=True, slots=True)
class Membership:
    """A person's place in a venture: ``owner``, ``member`` or ``invited``; who invited
    them, when they joined, and whether their membership still needs a second (they
    joined, on their inviter's word alone, a venture that had other members)."""

    member: str
    role: str
    added_by: str | None
    added_at: str
    joined_at: str | None
    needs_second: bool
    seconded_by: str | None
    #: the opening salary an invitation carries, and who set it (invited people only)
    offer: tuple[SalaryOffer, str] | None = None

    @property
    def joined(self) -> bool:
        return self.role != "invited"


@dataclass(frozen=True, slots=True)
class DepartureRecord:
    """A recorded departure: its report as it was when recorded (never recomputed), who
    recorded it and when, and the leaver's answer (None: not yet).

    ``claim``: the :class:`Proposal` of a good reason the leaver recorded for themself
    (None: no claim). While it is open or once declined, ``report`` is the leaver's worst
    case (the rules of a resignation without good reason); once accepted, the report of the
    reason claimed, kept since the departure was recorded.

    ``cause``: the :class:`Proposal` (``cause``) opened when the leaver disputed a departure
    another recorded that costs them slices (None: none). Until another owner confirms it
    (accepted), ``report`` is the leaver's best case, computed when they disputed it."""

    report: DepartureReport
    author: str
    created_at: str
    acknowledged: bool | None = None
    answer_note: str = ""
    answered_at: str | None = None
    claim: Proposal | None = None
    cause: Proposal | None = None


@dataclass(frozen=True, slots=True)
class Proposal:
    """A step that waits for another member's word (``kind``: ``rate``, ``freeze``,
    ``reason``) about ``subject`` (the member, or the venture for a freeze), with its
    ``data`` (a rate's figures, a freeze's day, new terms' values), its status (``open``,
    ``accepted``, ``declined``, ``withdrawn``, ``lapsed``) and the answers given ``(member, accepted, note, at)``."""

    id: int
    venture_id: str
    kind: str
    subject: str
    data: Mapping[str, str]
    proposed_by: str
    proposed_at: str
    status: str
    closed_by: str | None
    closed_at: str | None
    reason: str
    answers: tuple[tuple[str, bool, str, str], ...] = ()

    @property
    def accepted_by(self) -> frozenset[str]:
        return frozenset(a[0] for a in self.answers if a[1])


@dataclass(frozen=True, slots=True)
class EndRecord:
    """A proposed end of a venture (``status`` ``proposed``, ``declined`` or ``ended``) and
    the members who confirmed it, with the hash of the ledger each one saw."""

    id: int
    venture_id: str
    on: dt.date
    proposed_by: str
    proposed_at: str
    ledger_hash: str
    status: str
    closed_by: str | None
    closed_at: str | None
    reason: str
    confirmations: tuple[tuple[str, str, str], ...] = ()  # (member, ledger hash, at)


def _frac(text: str) -> Fraction:
    return Fraction(text)


def report_to_json(report: DepartureReport) -> str:
    """A departure report as JSON (exact fractions as ``"num/den"``), to keep it as recorded.

    Examples
    --------
    >>> d = Departure("bob", dt.date(2024, 2, 1), Reason.FIRED_FOR_CAUSE)
    >>> r = DepartureReport(d, {"cash": Fraction(40)}, {"cash": Fraction(10)}, Decimal(0),
    ...                     Fraction(0), "fired-for-cause: ...")
    >>> report_from_json(report_to_json(r)) == r
    True
    """
    d = report.departure
    data = {
        "member": d.member,
        "on": d.on.isoformat(),
        "reason": d.reason.value,
        "buyback": d.buyback,
        "refused": d.refused,
        "before": {k: str(v) for k, v in report.before.items()},
        "after": {k: str(v) for k, v in report.after.items()},
        "buyback_amount": str(report.buyback_amount),
        "buyback_offered": str(report.buyback_offered),
        "well_returned": str(report.well_returned),
        "explanation": report.explanation,
    }
    if d.claimed is not None:
        data["claimed"] = d.claimed.value
    if d.disputed is not None:
        data["disputed"] = d.disputed.value
    return json.dumps(data, sort_keys=True)


def report_from_json(text: str) -> DepartureReport:
    """The report kept by :func:`report_to_json`."""
    data = json.loads(text)
    departure = Departure(
        data["member"],
        _date(data["on"]),
        Reason(data["reason"]),
        bool(data["buyback"]),
        bool(data["refused"]),
        Reason(data["claimed"]) if "claimed" in data else None,
        Reason(data["disputed"]) if "disputed" in data else None,
    )
    return DepartureReport(
        departure,
        {k: _frac(v) for k, v in data["before"].items()},
        {k: _frac(v) for k, v in data["after"].items()},
        Decimal(data["buyback_amount"]),
        _frac(data["well_returned"]),
        data["explanation"],
        Decimal(data.get("buyback_offered", "0")),
    )


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _membership(r: Any) -> Membership:
    return Membership(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], _offer(r[7], r[8]))


def _rate(r: Any) -> Rate:
    return Rate(r[0], _date(r[1]), Decimal(r[2]), Decimal(r[3]))


def _departure(r: Any) -> Departure:
    reason = Reason(r[2])
    if len(r) > 5 and r[5] is not None and r[5] != "accepted":  # a claim not confirmed
        return Departure(
            r[0], _date(r[1]), Reason.RESIGNED_NO_GOOD_REASON, bool(r[3]), bool(r[4]), reason
        )
    if len(r) > 6 and r[6] is not None and r[6] != "accepted":  # a cause disputed, unconfirmed
        return Departure(
            r[0], _date(r[1]), best_case(reason), bool(r[3]), bool(r[4]), disputed=reason
        )
    return Departure(r[0], _date(r[1]), reason, bool(r[3]), bool(r[4]))


_ROLES = ("owner", "member", "invited")


@dataclass(frozen=True, slots=True)
class _EntriesCache:
    """A venture's parsed ledger entries, valid while its last entry and the approvals match.

    Ledger rows, approvals and rejections are append-only (triggers refuse UPDATE and
    DELETE), so the entries up to ``last_id`` never change, except that an entry may become
    approved or rejected: that changes ``approvals`` or ``rejections`` (the tables' counts).
    """

    last_id: int
    last_hash: str
    approvals: int
    rejections: int
    entries: tuple[Entry, ...]
    epoch: str = ""  # meta 'erasure_epoch': an erasure rewrites ledger rows in place


@dataclass(frozen=True, slots=True)
class EntryRewrite:
    """New values of one ledger entry whose member or author is erased; ``id`` is the
    table's row id (:attr:`LedgerRow.rowid`), not the entry's number in its venture."""

    id: int
    member: str
    author: str
    note: str
    key: str
    content_hash: str


class EquityStore:
    """Ventures, members, terms, rates and the ledger, over a :class:`~matcher.db.Database`.

    Parsed ledger entries are cached per venture (the ledger is append-only), so keep one
    store per database and share it.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> store = EquityStore(connect())
    >>> with store.db.transaction():
    ...     store.add_venture(Venture("acme", "Acme"), created_by="ana")
    ...     _ = store.add_membership("acme", "ana", "owner", added_by="ana")
    >>> store.venture_members("acme"), store.ledger("acme").venture.name
    (['ana'], 'Acme')
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._ledger_cache: dict[str, _EntriesCache] = {}  # parsed entries per venture

    def forget_cache(self) -> None:
        """Drop every parsed ledger (after an erasure rewrote ledger rows)."""
        self._ledger_cache.clear()

    # ------------------------------------------------------------ ventures
    def add_venture(self, venture: Venture, created_by: str | None) -> None:
        """Insert a venture. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            'INSERT INTO ventures (id, name, require_approval, "freeze", created_by, created_at,'
            " start) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                venture.id,
                venture.name,
                int(venture.require_approval),
                venture.freeze.isoformat() if venture.freeze else None,
                created_by,
                utcnow_text(),
                venture.start.isoformat(),
            ],
        )

    def freeze(self, venture_id: str, on: dt.date, by: str | None) -> None:
        """Freeze the pie on ``on`` from now on (recorded with its time and who set it)."""
        self.db.require_transaction()
        self.db.execute(
            'UPDATE ventures SET "freeze" = ?, frozen_at = ?, frozen_by = ? WHERE id = ?',
            [on.isoformat(), utcnow_text(), by, venture_id],
        )

    def frozen(self, venture_id: str) -> tuple[str, str | None] | None:
        """(when the freeze was set, by whom) or None while the pie grows."""
        row = self.db.execute(
            "SELECT frozen_at, frozen_by FROM ventures WHERE id = ? AND frozen_at IS NOT NULL",
            [venture_id],
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def get_venture(self, venture_id: str) -> Venture | None:
        """The venture with this id, or None."""
        row = self.db.execute(
            'SELECT id, name, require_approval, "freeze", start FROM ventures WHERE id = ?',
            [venture_id],
        ).fetchone()
        if row is None:
            return None
        return Venture(
            row[0],
            row[1],
            bool(row[2]),
            _date(row[3]) if row[3] else None,
            _date(row[4]) if row[4] else FIRST_DAY,
        )

    def created_by(self, venture_id: str) -> str | None:
        """Who created the venture (None: an admin, or unknown)."""
        row = self.db.execute("SELECT created_by FROM ventures WHERE id = ?", [venture_id])
        found = row.fetchone()
        return None if found is None else found[0]

    # ------------------------------------------------------------- members
    def add_membership(
        self,
        venture_id: str,
        member_id: str,
        role: str,
        added_by: str | None,
    ) -> bool:
        """Add a person as ``owner``, ``member`` or ``invited``; False if they have a place
        already. Must run in a transaction."""
        assert role in _ROLES
        self.db.require_transaction()
        now = utcnow_text()
        cur = self.db.execute(
            "INSERT INTO venture_members (venture_id, member_id, added_by, added_at,"
            " role, joined_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [venture_id, member_id, added_by, now, role, None if role == "invited" else now],
        )
        return bool(cur.rowcount)

    def join(self, venture_id: str, member_id: str, *, needs_second: bool) -> None:
        """An invited person accepts: they become a member. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "UPDATE venture_members SET role = 'member', joined_at = ?, needs_second = ?,"
            " offer = NULL, offer_by = NULL WHERE venture_id = ? AND member_id = ? AND role = 'invited'",
            [utcnow_text(), int(needs_second), venture_id, member_id],
        )

    def set_offer(self, venture_id: str, member_id: str, offer: SalaryOffer, by: str) -> None:
        """The opening salary ``member_id``'s invitation carries, set (or changed) by
        ``by``. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "UPDATE venture_members SET offer = ?, offer_by = ? WHERE venture_id = ?"
            " AND member_id = ? AND role = 'invited'",
            [_offer_json(offer), by, venture_id, member_id],
        )

    def remove_invitation(self, venture_id: str, member_id: str) -> bool:
        """A declined invitation leaves no trace. Must run in a transaction."""
        self.db.require_transaction()
        cur = self.db.execute(
            "DELETE FROM venture_members WHERE venture_id = ? AND member_id = ? AND role = 'invited'",
            [venture_id, member_id],
        )
        return bool(cur.rowcount)

    def make_owner(self, venture_id: str, member_id: str) -> None:
        """A member becomes an owner. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "UPDATE venture_members SET role = 'owner' WHERE venture_id = ? AND member_id = ?"
            " AND role <> 'invited'",
            [venture_id, member_id],
        )

    def second(self, venture_id: str, member_id: str, by: str) -> None:
        """``by`` seconds ``member_id``'s membership. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "UPDATE venture_members SET seconded_by = ? WHERE venture_id = ? AND member_id = ?"
            " AND seconded_by IS NULL",
            [by, venture_id, member_id],
        )

    def memberships(self, venture_id: str) -> list[Membership]:
        """Everyone with a place in the venture (owners, members, invited), by id."""
        return self.db.rows(
            "SELECT member_id, role, added_by, added_at, joined_at, needs_second, seconded_by,"
            " offer, offer_by FROM venture_members WHERE venture_id = ? ORDER BY member_id",
            [venture_id],
            _membership,
        )

    def venture_members(self, venture_id: str) -> list[str]:
        """Ids of the people who joined the venture (owners and members, including those
        who left since), sorted; people only invited are not members."""
        return self.db.column(
            "SELECT member_id FROM venture_members WHERE venture_id = ? AND role <> 'invited'"
            " ORDER BY member_id",
            [venture_id],
        )

    def recent_ventures(self, limit: int) -> list[str]:
        """Ids of the ``limit`` ventures with the latest ledger entries, latest first."""
        return self.db.column(
            "SELECT venture_id FROM ledger_entries GROUP BY venture_id ORDER BY max(id) DESC"
            " LIMIT ?",
            [limit],
        )

    def member_ventures(self, member_id: str, *, invited: bool = True) -> list[str]:
        """Ids of the ventures ``member_id`` has a place in (``invited``: also those they
        are only invited to)."""
        return self.db.column(
            "SELECT venture_id FROM venture_members WHERE member_id = ?"
            + ("" if invited else " AND role <> 'invited'")
            + " ORDER BY venture_id",
            [member_id],
        )

    def invitations_of(self, member_id: str) -> list[tuple[str, str | None, str]]:
        """(venture id, invited by, invited at) of the person's pending invitations."""
        rows = self.db.execute(
            "SELECT venture_id, added_by, added_at FROM venture_members WHERE member_id = ?"
            " AND role = 'invited' ORDER BY added_at, venture_id",
            [member_id],
        ).fetchall()
        return [(r[0], r[1], r[2]) for r in rows]

    # ------------------------------------------------------- terms, rates
    def add_terms(self, venture_id: str, terms: Terms) -> None:
        """Record the venture's terms from ``terms.effective`` on. Must run in a transaction."""
        self.db.require_transaction()
        data = {
            k: (str(v) if v is not None else None)
            for k, v in (
                ("non_cash_multiplier", terms.non_cash_multiplier),
                ("cash_multiplier", terms.cash_multiplier),
                ("hours_per_year", terms.hours_per_year),
                ("commission_rate", terms.commission_rate),
                ("royalty_rate", terms.royalty_rate),
                ("finder_rate", terms.finder_rate),
                ("finder_threshold", terms.finder_threshold),
                ("finder_rate_above", terms.finder_rate_above),
            )
        }
        self.db.execute(
            "INSERT INTO venture_terms (venture_id, effective, data, created_at) VALUES (?, ?, ?, ?)",
            [
                venture_id,
                terms.effective.isoformat(),
                json.dumps(data, sort_keys=True),
                utcnow_text(),
            ],
        )

    def venture_terms(self, venture_id: str) -> tuple[Terms, ...]:
        """The venture's terms, oldest first (the model's defaults if none were recorded)."""
        rows = self.db.execute(
            "SELECT effective, data FROM venture_terms WHERE venture_id = ? ORDER BY effective",
            [venture_id],
        ).fetchall()
        out = []
        for effective, data in rows:
            raw: dict[str, Any] = {
                k: (Decimal(v) if v is not None else None) for k, v in json.loads(data).items()
            }
            out.append(Terms(effective=_date(effective), **raw))
        return tuple(out) or (Terms(),)

    def add_rate(self, venture_id: str, rate: Rate) -> None:
        """Record a member's fair market salary from a date. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO member_rates (venture_id, member_id, effective, salary, paid_salary,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                venture_id,
                rate.member,
                rate.effective.isoformat(),
                str(rate.salary),
                str(rate.paid_salary),
                utcnow_text(),
            ],
        )

    def member_rates(self, venture_id: str) -> tuple[Rate, ...]:
        """Every rate of a venture's members, by member then date."""
        sql = (
            "SELECT member_id, effective, salary, paid_salary FROM member_rates"
            " WHERE venture_id = ? ORDER BY member_id, effective"
        )
        return tuple(self.db.rows(sql, [venture_id], _rate))

    # --------------------------------------------------------------- ledger
    def _rowid(self, venture_id: str, number: int) -> int | None:
        row = self.db.execute(
            "SELECT id FROM ledger_entries WHERE venture_id = ? AND number = ?",
            [venture_id, number],
        ).fetchone()
        return None if row is None else int(row[0])

    def add_entry(self, venture_id: str, entry: Entry, key: str, content_hash: str) -> int:
        """Append a ledger entry (its ``id`` is ignored; ``reverses`` is a number in this
        venture); return its number. Must run in a transaction."""
        self.db.require_transaction()
        reverses = None
        if entry.reverses is not None:
            reverses = self._rowid(venture_id, entry.reverses)
            assert reverses is not None, f"no entry {entry.reverses} in {venture_id}"
        (number,) = self.db.execute(
            "SELECT coalesce(max(number), 0) + 1 FROM ledger_entries WHERE venture_id = ?",
            [venture_id],
        ).fetchone()
        self.db.execute(
            "INSERT INTO ledger_entries (venture_id, member_id, kind, on_date, amount, hours,"
            " months, paid, condition, rate, reverses, author, note, idempotency_key,"
            " content_hash, created_at, number)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                venture_id,
                entry.member,
                entry.kind.value,
                entry.on.isoformat(),
                str(entry.amount),
                str(entry.hours),
                str(entry.months),
                str(entry.paid),
                entry.condition.value,
                None if entry.rate is None else str(entry.rate),
                reverses,
                entry.author,
                entry.note,
                key,
                content_hash,
                utcnow_text(),
                int(number),
            ],
        )
        return int(number)

    def add_entries(self, venture_id: str, rows: Sequence[tuple[Entry, str, str]]) -> int:
        """Append new entries ``(entry, key, content_hash)`` numbered as their ``entry.id``
        says (the next numbers of the venture, in order; no reversals) with as few
        statements as the database takes (:meth:`~matcher.db.Database.insert_many`): an
        import's write. Must run in a transaction; returns how many were written."""
        self.db.require_transaction()
        now = utcnow_text()
        return self.db.insert_many(
            "ledger_entries",
            _ENTRY_COLUMNS,
            (
                (
                    venture_id,
                    e.member,
                    e.kind.value,
                    e.on.isoformat(),
                    str(e.amount),
                    str(e.hours),
                    str(e.months),
                    str(e.paid),
                    e.condition.value,
                    None if e.rate is None else str(e.rate),
                    None,
                    e.author,
                    e.note,
                    key,
                    digest,
                    now,
                    e.id,
                )
                for e, key, digest in rows
                if e.reverses is None or _refuse_reversal(e)
            ),
        )

    def entry_keys(self, venture_id: str) -> dict[tuple[str, str], tuple[int, str]]:
        """Every idempotency key of the venture's entries, each in its author's namespace:
        ``(author, key) -> (number, content hash)``."""
        rows = self.db.execute(
            "SELECT author, idempotency_key, number, content_hash FROM ledger_entries"
            " WHERE venture_id = ?",
            [venture_id],
        ).fetchall()
        return {(r[0], r[1]): (int(r[2]), r[3]) for r in rows}

    def ledger_version(self, venture_id: str) -> tuple[int, int, int]:
        """What changes when the venture's ledger does: its last entry's row id and how many
        of its entries are approved and rejected (one statement)."""
        row = self.db.execute(
            "SELECT (SELECT coalesce(max(id), 0) FROM ledger_entries WHERE venture_id = ?),"
            " (SELECT count(*) FROM approvals a JOIN ledger_entries e ON e.id = a.entry_id"
            " WHERE e.venture_id = ?), (SELECT count(*) FROM rejections j"
            " JOIN ledger_entries e ON e.id = j.entry_id WHERE e.venture_id = ?)",
            [venture_id, venture_id, venture_id],
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    _ENTRY_SQL = (
        "SELECT e.number, e.member_id, e.kind, e.on_date, e.amount, e.hours, e.months, e.paid,"
        " e.condition, e.rate, r.number, a.approver IS NOT NULL, e.author, e.note,"
        " e.idempotency_key, e.content_hash, e.created_at, a.approver, e.id, j.rejecter,"
        " j.reason FROM ledger_entries e LEFT JOIN approvals a ON a.entry_id = e.id"
        " LEFT JOIN ledger_entries r ON r.id = e.reverses"
        " LEFT JOIN rejections j ON j.entry_id = e.id"
    )

    @staticmethod
    def _entry(r: Sequence[Any]) -> Entry:
        return Entry(
            id=int(r[0]),
            member=r[1],
            kind=Kind(r[2]),
            on=_date(r[3]),
            amount=Decimal(r[4]),
            hours=Decimal(r[5]),
            months=Decimal(r[6]),
            paid=Decimal(r[7]),
            condition=Condition(r[8]),
            rate=None if r[9] is None else Decimal(r[9]),
            reverses=r[10],
            approved=bool(r[11]),
            author=r[12],
            note=r[13],
            rejected=r[19] is not None,
        )

    def _row(self, r: Sequence[Any]) -> LedgerRow:
        return LedgerRow(self._entry(r), r[14], r[15], r[16], r[17], int(r[18]), r[19], r[20] or "")

    _FOLD_SQL = (
        "SELECT e.number, e.member_id, e.kind, e.on_date, e.amount, e.hours, e.months, e.paid,"
        " e.condition, e.rate, r.number, a.approver IS NOT NULL, e.author, e.note,"
        " j.entry_id IS NOT NULL FROM ledger_entries e"
        " LEFT JOIN approvals a ON a.entry_id = e.id"
        " LEFT JOIN ledger_entries r ON r.id = e.reverses"
        " LEFT JOIN rejections j ON j.entry_id = e.id"
        " WHERE e.venture_id = ? AND e.id > ? ORDER BY e.id"
    )

    @staticmethod
    def _entries(rows: Sequence[Sequence[Any]]) -> list[Entry]:
        """Entries from ``_FOLD_SQL`` rows; repeated texts (dates, zeros, kinds) parse once."""
        nums: dict[str, Decimal] = {}
        days: dict[str, dt.date] = {}
        kinds = {k.value: k for k in Kind}
        conditions = {c.value: c for c in Condition}
        out = []
        for r in rows:
            on = days.get(r[3])
            if on is None:
                on = days[r[3]] = dt.date.fromisoformat(r[3])
            vals = []
            for text in (r[4], r[5], r[6], r[7]):
                if text in nums:
                    vals.append(nums[text])
                    continue
                d = Decimal(text)
                if len(nums) < 4096:  # zeros and round amounts; not every random amount
                    nums[text] = d
                vals.append(d)
            rate = None if r[9] is None else Decimal(r[9])
            kind, cond, approved = kinds[r[2]], conditions[r[8]], bool(r[11])
            amount, hours, months, paid = vals
            head = (r[0], r[1], kind, on, amount, hours, months, paid)  # in field order
            out.append(Entry(*head, cond, rate, r[10], approved, r[12], r[13], bool(r[14])))
        return out

    def ledger_entries(self, venture_id: str) -> tuple[Entry, ...]:
        """Every entry of a venture, in posting order (with its approval state).

        Parsed entries are cached per venture: the ledger is append-only, so a later call
        reads only the entries added since, and re-reads the approval and rejection flags
        when those tables have grown. The cache is only filled from a read in a
        transaction of its own (committed rows, which never change).
        """
        return self._cached_entries(venture_id, fill=not self.db.in_transaction)

    def _cached_entries(self, venture_id: str, *, fill: bool) -> tuple[Entry, ...]:
        with self.db.transaction():
            last = self.db.execute(  # max(id): from the venture index alone, no sort
                "SELECT id, content_hash FROM ledger_entries WHERE id ="
                " (SELECT max(id) FROM ledger_entries WHERE venture_id = ?)",
                [venture_id],
            ).fetchone()
            if last is None:
                return ()
            approvals, rejections, epoch = self.db.execute(
                "SELECT (SELECT count(*) FROM approvals), (SELECT count(*) FROM rejections),"
                " (SELECT value FROM meta WHERE key = 'erasure_epoch')"
            ).fetchone()
            approvals, rejections, epoch = int(approvals), int(rejections), str(epoch or "")
            cached = self._ledger_cache.get(venture_id)
            if cached is not None and cached.epoch != epoch:  # rows were pseudonymised
                cached = None
            key = (int(last[0]), str(last[1]), approvals, rejections)
            if (
                cached is not None
                and (
                    cached.last_id,
                    cached.last_hash,
                    cached.approvals,
                    cached.rejections,
                )
                == key
            ):
                return cached.entries
            since = 0 if cached is None or cached.last_id > key[0] else cached.last_id
            old = () if since == 0 or cached is None else cached.entries
            if old and cached is not None and (cached.approvals, cached.rejections) != key[2:]:
                flags = {
                    int(r[0]): (bool(r[1]), bool(r[2]))
                    for r in self.db.execute(
                        "SELECT e.number, a.entry_id IS NOT NULL, j.entry_id IS NOT NULL"
                        " FROM ledger_entries e LEFT JOIN approvals a ON a.entry_id = e.id"
                        " LEFT JOIN rejections j ON j.entry_id = e.id WHERE e.venture_id = ?"
                        " AND e.id <= ? AND (a.entry_id IS NOT NULL OR j.entry_id IS NOT NULL)",
                        [venture_id, since],
                    ).fetchall()
                }
                old = tuple(
                    replace(e, approved=flags[e.id][0], rejected=flags[e.id][1])
                    if e.id in flags and (e.approved, e.rejected) != flags[e.id]
                    else e
                    for e in old
                )
            rows = self.db.execute(self._FOLD_SQL, [venture_id, since]).fetchall()
            entries = old + tuple(self._entries(rows))
            if fill:  # a read-only transaction of our own: only committed rows are cached
                self._ledger_cache[venture_id] = _EntriesCache(*key, entries, epoch)
            return entries

    def ledger_rows(self, venture_id: str, after: int = 0) -> list[LedgerRow]:
        """Every entry of a venture with its audit fields (``after``: those numbered after
        it), in posting order."""
        return self.db.rows(
            self._ENTRY_SQL + " WHERE e.venture_id = ? AND e.number > ? ORDER BY e.id",
            [venture_id, after],
            self._row,
        )

    def ledger_entry(self, venture_id: str, number: int) -> LedgerRow | None:
        """Entry number ``number`` of the venture with its audit fields, or None."""
        return self.db.first(
            self._ENTRY_SQL + " WHERE e.venture_id = ? AND e.number = ?",
            [venture_id, number],
            self._row,
        )

    def entry_by_key(self, venture_id: str, author: str, key: str) -> LedgerRow | None:
        """The entry ``author`` posted with this idempotency key, or None (keys are scoped
        per author: another member's entry is never found by its key)."""
        return self.db.first(
            self._ENTRY_SQL + " WHERE e.venture_id = ? AND e.author = ? AND e.idempotency_key = ?",
            [venture_id, author, key],
            self._row,
        )

    def reversal_of(self, venture_id: str, number: int) -> int | None:
        """Number of the entry that reverses entry ``number``, or None."""
        row = self.db.execute(
            "SELECT r.number FROM ledger_entries r JOIN ledger_entries e ON r.reverses = e.id"
            " WHERE e.venture_id = ? AND e.number = ?",
            [venture_id, number],
        ).fetchone()
        return None if row is None else int(row[0])

    def add_approval(self, venture_id: str, number: int, approver: str) -> None:
        """Record that ``approver`` approved an entry. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO approvals (entry_id, approver, created_at) VALUES (?, ?, ?)",
            [self._rowid(venture_id, number), approver, utcnow_text()],
        )

    def add_rejection(self, venture_id: str, number: int, rejecter: str, reason: str) -> None:
        """Record that ``rejecter`` rejected an entry, and why. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO rejections (entry_id, rejecter, reason, created_at) VALUES (?, ?, ?, ?)",
            [self._rowid(venture_id, number), rejecter, reason, utcnow_text()],
        )

    # ----------------------------------------------------------- departures
    def add_departure(self, venture_id: str, departure: Departure, author: str) -> None:
        """Record a member's departure. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO departures (venture_id, member_id, on_date, reason, buyback, refused,"
            " author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                venture_id,
                departure.member,
                departure.on.isoformat(),
                (departure.claimed or departure.reason).value,  # as the leaver gave it
                int(departure.buyback),
                int(departure.refused),
                author,
                utcnow_text(),
            ],
        )

    def add_departure_report(self, venture_id: str, report: DepartureReport) -> None:
        """Keep a departure's report as it is when recorded. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO departure_reports (venture_id, member_id, report, created_at)"
            " VALUES (?, ?, ?, ?)",
            [venture_id, report.departure.member, report_to_json(report), utcnow_text()],
        )

    def add_departure_answer(
        self, venture_id: str, member_id: str, acknowledged: bool, note: str
    ) -> None:
        """The leaver acknowledges or disputes their departure. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO departure_answers (venture_id, member_id, acknowledged, note,"
            " created_at) VALUES (?, ?, ?, ?, ?)",
            [venture_id, member_id, int(acknowledged), note, utcnow_text()],
        )

    def departures(self, venture_id: str) -> tuple[Departure, ...]:
        """A venture's departures, by date, as the ledger applies them: a good reason the
        leaver claimed for themself and no other owner confirmed (its ``reason`` proposal
        open or declined) applies as a resignation without good reason, ``claimed`` kept."""
        sql = (
            "SELECT member_id, on_date, reason, buyback, refused, (SELECT p.status FROM"
            " venture_proposals p WHERE p.venture_id = d.venture_id AND p.kind = 'reason'"
            " AND p.subject = d.member_id ORDER BY p.id DESC LIMIT 1), (SELECT c.status FROM"
            " venture_proposals c WHERE c.venture_id = d.venture_id AND c.kind = 'cause'"
            " AND c.subject = d.member_id ORDER BY c.id DESC LIMIT 1) FROM departures d"
            " WHERE venture_id = ? ORDER BY on_date, id"
        )
        return tuple(self.db.rows(sql, [venture_id], _departure))

    def departure_records(self, venture_id: str) -> list[DepartureRecord]:
        """Each departure with its report as recorded and the leaver's answer, by date: the
        report of the reason claimed once another owner confirmed it."""
        rows = self.db.execute(
            "SELECT r.report, d.author, d.created_at, a.acknowledged, a.note, a.created_at,"
            " d.member_id FROM departures d JOIN departure_reports r"
            " ON r.venture_id = d.venture_id AND r.member_id = d.member_id"
            " LEFT JOIN departure_answers a"
            " ON a.venture_id = d.venture_id AND a.member_id = d.member_id"
            " WHERE d.venture_id = ? ORDER BY d.on_date, d.id",
            [venture_id],
        ).fetchall()
        claims = {p.subject: p for p in self.proposals(venture_id, kind="reason")}
        causes = {p.subject: p for p in self.proposals(venture_id, kind="cause")}
        records = []
        for r in rows:
            report = report_from_json(r[0])
            claim = claims.get(r[6])
            if claim is not None and claim.status == "accepted" and "report" in claim.data:
                report = report_from_json(claim.data["report"])
            cause = causes.get(r[6])  # disputed, not confirmed: the leaver's best case
            if cause is not None and cause.status != "accepted" and "report" in cause.data:
                report = report_from_json(cause.data["report"])
            answered = None if r[3] is None else bool(r[3])
            records.append(
                DepartureRecord(report, r[1], r[2], answered, r[4] or "", r[5], claim, cause)
            )
        return records

    # ------------------------------------------------------------ proposals
    def add_proposal(
        self, venture_id: str, kind: str, subject: str, data: Mapping[str, str], by: str
    ) -> int:
        """A step that waits for another's word (open); its id. Must run in a transaction."""
        assert kind in PROPOSAL_KINDS
        self.db.require_transaction()
        cur = self.db.execute(
            "INSERT INTO venture_proposals (venture_id, kind, subject, data, proposed_by,"
            " proposed_at, status) VALUES (?, ?, ?, ?, ?, ?, 'open') RETURNING id",
            [venture_id, kind, subject, json.dumps(dict(data), sort_keys=True), by, utcnow_text()],
        )
        return int(cur.fetchone()[0])

    def add_proposal_answer(
        self, proposal_id: int, member_id: str, accepted: bool, note: str = ""
    ) -> None:
        """``member_id`` accepts or declines an open proposal. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO proposal_answers (proposal_id, member_id, accepted, note, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [proposal_id, member_id, int(accepted), note, utcnow_text()],
        )

    def close_proposal(
        self, proposal_id: int, status: str, by: str | None, reason: str = ""
    ) -> None:
        """An open proposal ends ``accepted``, ``declined``, ``withdrawn`` or ``lapsed``
        (nobody left to answer it and it can no longer apply)."""
        assert status in ("accepted", "declined", "withdrawn", "lapsed")
        self.db.require_transaction()
        self.db.execute(
            "UPDATE venture_proposals SET status = ?, closed_by = ?, closed_at = ?, reason = ?"
            " WHERE id = ? AND status = 'open'",
            [status, by, utcnow_text(), reason, proposal_id],
        )

    def proposals(
        self, venture_id: str, *, kind: str | None = None, open_only: bool = False
    ) -> list[Proposal]:
        """A venture's proposals (of ``kind``; only those open), oldest first."""
        sql = (
            "SELECT id, venture_id, kind, subject, data, proposed_by, proposed_at, status,"
            " closed_by, closed_at, reason FROM venture_proposals WHERE venture_id = ?"
        )
        args: list[object] = [venture_id]
        if kind is not None:
            sql += " AND kind = ?"
            args.append(kind)
        if open_only:
            sql += " AND status = 'open'"
        rows = self.db.execute(sql + " ORDER BY id", args).fetchall()
        answers: dict[int, list[tuple[str, bool, str, str]]] = {}
        if rows:
            marks = ",".join("?" * len(rows))
            for a in self.db.execute(
                "SELECT proposal_id, member_id, accepted, note, created_at FROM"
                f" proposal_answers WHERE proposal_id IN ({marks}) ORDER BY created_at, member_id",
                [r[0] for r in rows],
            ).fetchall():
                answers.setdefault(int(a[0]), []).append((a[1], bool(a[2]), a[3], a[4]))
        return [
            Proposal(
                int(r[0]), r[1], r[2], r[3], json.loads(r[4]), r[5], r[6], r[7], r[8], r[9],
                r[10], tuple(answers.get(int(r[0]), ())),
            )
            for r in rows
        ]  # fmt: skip

    def proposal(self, venture_id: str, proposal_id: int) -> Proposal | None:
        """One proposal of the venture, or None."""
        return next((p for p in self.proposals(venture_id) if p.id == proposal_id), None)

    # ------------------------------------------------------------------ end
    def add_end(self, venture_id: str, on: dt.date, by: str, digest: str) -> int:
        """Propose to end the venture on ``on`` (the ledger's hash as proposed); its id."""
        self.db.require_transaction()
        cur = self.db.execute(
            "INSERT INTO venture_ends (venture_id, on_date, proposed_by, proposed_at,"
            " ledger_hash, status) VALUES (?, ?, ?, ?, ?, 'proposed') RETURNING id",
            [venture_id, on.isoformat(), by, utcnow_text(), digest],
        )
        return int(cur.fetchone()[0])

    def add_end_confirmation(self, end_id: int, member_id: str, digest: str) -> None:
        """``member_id`` confirms the proposed end, for the ledger of hash ``digest``."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO end_confirmations (end_id, member_id, ledger_hash, created_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [end_id, member_id, digest, utcnow_text()],
        )

    def close_end(self, end_id: int, status: str, by: str | None, reason: str = "") -> None:
        """The proposal ends as ``ended`` (every member confirmed) or ``declined``."""
        assert status in ("ended", "declined")
        self.db.require_transaction()
        self.db.execute(
            "UPDATE venture_ends SET status = ?, closed_by = ?, closed_at = ?, reason = ?"
            " WHERE id = ? AND status = 'proposed'",
            [status, by, utcnow_text(), reason, end_id],
        )

    def current_end(self, venture_id: str) -> EndRecord | None:
        """The venture's end (ended) or its open proposal, or None."""
        row = self.db.execute(
            "SELECT id, venture_id, on_date, proposed_by, proposed_at, ledger_hash, status,"
            " closed_by, closed_at, reason FROM venture_ends WHERE venture_id = ?"
            " AND status IN ('proposed', 'ended') ORDER BY id DESC LIMIT 1",
            [venture_id],
        ).fetchone()
        if row is None:
            return None
        confirmations = tuple(
            (r[0], r[1], r[2])
            for r in self.db.execute(
                "SELECT member_id, ledger_hash, created_at FROM end_confirmations"
                " WHERE end_id = ? ORDER BY created_at, member_id",
                [row[0]],
            ).fetchall()
        )
        return EndRecord(
            int(row[0]),
            row[1],
            _date(row[2]),
            row[3],
            row[4],
            row[5],
            row[6],
            row[7],
            row[8],
            row[9],
            confirmations,
        )

    def add_day_signature(self, venture_id: str, day: dt.date, member: str, digest: str) -> None:
        """``member`` signs the split of ``day`` for the fingerprint ``digest`` (once each)."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO day_signatures (venture_id, day, member_id, ledger_hash, created_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [venture_id, day.isoformat(), member, digest, utcnow_text()],
        )

    def day_signatures(self, venture_id: str) -> list[DaySignature]:
        """Every signature of a day's split in the venture, in the order given."""
        return [
            DaySignature(_date(r[0]), r[1], r[2], r[3])
            for r in self.db.execute(
                "SELECT day, member_id, ledger_hash, created_at FROM day_signatures"
                " WHERE venture_id = ? ORDER BY id",
                [venture_id],
            ).fetchall()
        ]

    def add_signed_day(self, venture_id: str, day: dt.date, digest: str) -> None:
        """Every current member signed ``day`` for ``digest``: it is signed, for good."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO signed_days (venture_id, day, ledger_hash, created_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [venture_id, day.isoformat(), digest, utcnow_text()],
        )

    def signed_days(self, venture_id: str) -> list[SignedDay]:
        """The venture's signed days, the earliest first."""
        return [
            SignedDay(_date(r[0]), r[1], r[2])
            for r in self.db.execute(
                "SELECT day, ledger_hash, created_at FROM signed_days WHERE venture_id = ?"
                " ORDER BY day",
                [venture_id],
            ).fetchall()
        ]

    def ledger(self, venture_id: str) -> Ledger | None:
        """Everything a split needs, read in one snapshot; None for an unknown venture."""
        fill = (
            not self.db.in_transaction
        )  # not inside a writer's transaction: may fill the entry cache
        with self.db.transaction():  # one consistent read (BEGIN IMMEDIATE also waits for writers)
            venture = self.get_venture(venture_id)
            if venture is None:
                return None
            return Ledger(
                venture,
                self.venture_terms(venture_id),
                self.member_rates(venture_id),
                self._cached_entries(venture_id, fill=fill),
                self.departures(venture_id),
            )

    # ------------------------------------------------------------- privacy
    def ventures_of(self, person: str) -> list[str]:
        """Ventures whose records name the person (member, author, approver, leaver, creator)."""
        return self.db.column(
            "SELECT venture_id FROM venture_members WHERE member_id = ? OR added_by = ?"
            " UNION SELECT venture_id FROM member_rates WHERE member_id = ?"
            " UNION SELECT venture_id FROM ledger_entries WHERE member_id = ? OR author = ?"
            " UNION SELECT e.venture_id FROM approvals a JOIN ledger_entries e"
            " ON e.id = a.entry_id WHERE a.approver = ?"
            " UNION SELECT venture_id FROM departures WHERE member_id = ? OR author = ?"
            " UNION SELECT id FROM ventures WHERE created_by = ? OR frozen_by = ?"
            " UNION SELECT venture_id FROM venture_members WHERE seconded_by = ?"
            " UNION SELECT e.venture_id FROM rejections j JOIN ledger_entries e"
            " ON e.id = j.entry_id WHERE j.rejecter = ?"
            " UNION SELECT venture_id FROM departure_reports WHERE member_id = ?"
            " UNION SELECT venture_id FROM departure_answers WHERE member_id = ?"
            " UNION SELECT venture_id FROM venture_ends WHERE proposed_by = ? OR closed_by = ?"
            " UNION SELECT n.venture_id FROM end_confirmations c JOIN venture_ends n"
            " ON n.id = c.end_id WHERE c.member_id = ?"
            " UNION SELECT venture_id FROM venture_proposals WHERE subject = ?"
            " OR proposed_by = ? OR closed_by = ?"
            " UNION SELECT p.venture_id FROM proposal_answers a JOIN venture_proposals p"
            " ON p.id = a.proposal_id WHERE a.member_id = ? ORDER BY 1",
            [person] * 21,
        )

    def solo_ventures(self, person: str) -> list[str]:
        """Ventures whose every member, author and approver is ``person``: nobody depends on them."""
        return self.db.column(
            "SELECT v.id FROM ventures v WHERE EXISTS (SELECT 1 FROM venture_members m"
            " WHERE m.venture_id = v.id AND m.member_id = ?) AND NOT EXISTS (SELECT 1 FROM"
            " venture_members m WHERE m.venture_id = v.id AND m.member_id <> ?) AND NOT EXISTS"
            " (SELECT 1 FROM ledger_entries e LEFT JOIN approvals a ON a.entry_id = e.id"
            " WHERE e.venture_id = v.id AND (e.member_id <> ? OR e.author <> ?"
            " OR a.approver <> ?)) AND NOT EXISTS (SELECT 1 FROM departures d"
            " WHERE d.venture_id = v.id AND (d.member_id <> ? OR d.author <> ?)) ORDER BY v.id",
            [person] * 7,
        )

    def pseudonymise(
        self,
        person: str,
        pseudonym: str,
        entries: Sequence[EntryRewrite],
        *,
        drop: Sequence[str] = (),
    ) -> int:
        """Replace ``person`` by ``pseudonym`` in every venture table; return the rows changed.

        ``entries`` carry the new member, author, note, idempotency key and content hash
        of each ledger entry naming the person (computed by the equity rules). The
        append-only triggers are dropped and re-created around the update, in the
        caller's transaction (see the module docstring). The ventures in ``drop`` (the
        person's alone, :meth:`solo_ventures`) are deleted whole instead, their name
        included. Where the person was the only current owner, the other current members
        become owners (else nobody could invite, record a departure, freeze or end). Must
        run in a transaction.
        """
        self.db.require_transaction()
        triggers: list[tuple[str, str]] = []
        if self.db.dialect == "postgresql":  # the triggers let this transaction through
            self.db.execute("SET LOCAL cofoundry.erasing = 'on'")
        else:
            marks = ",".join("?" * len(APPEND_ONLY))
            triggers = self.db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                f" AND tbl_name IN ({marks})",
                list(APPEND_ONLY),
            ).fetchall()
        # venture_members is referenced by member_rates (composite key): check at commit.
        self.db.defer_foreign_keys()
        for name, _ in triggers:
            self.db.execute(f'DROP TRIGGER "{name}"')
        changed = 0
        for venture_id in drop:
            for sql in (
                "DELETE FROM approvals WHERE entry_id IN"
                " (SELECT id FROM ledger_entries WHERE venture_id = ?)",
                "DELETE FROM rejections WHERE entry_id IN"
                " (SELECT id FROM ledger_entries WHERE venture_id = ?)",
                "DELETE FROM end_confirmations WHERE end_id IN"
                " (SELECT id FROM venture_ends WHERE venture_id = ?)",
                "DELETE FROM venture_ends WHERE venture_id = ?",
                "DELETE FROM proposal_answers WHERE proposal_id IN"
                " (SELECT id FROM venture_proposals WHERE venture_id = ?)",
                "DELETE FROM venture_proposals WHERE venture_id = ?",
                "DELETE FROM day_signatures WHERE venture_id = ?",
                "DELETE FROM signed_days WHERE venture_id = ?",
                "DELETE FROM departure_answers WHERE venture_id = ?",
                "DELETE FROM departure_reports WHERE venture_id = ?",
                "DELETE FROM ledger_entries WHERE venture_id = ? AND reverses IS NOT NULL",
                "DELETE FROM ledger_entries WHERE venture_id = ?",
                "DELETE FROM departures WHERE venture_id = ?",
                "DELETE FROM member_rates WHERE venture_id = ?",
                "DELETE FROM venture_terms WHERE venture_id = ?",
                "DELETE FROM venture_members WHERE venture_id = ?",
                "DELETE FROM ventures WHERE id = ?",
            ):
                changed += self.db.execute(sql, [venture_id]).rowcount
        for sql in (
            "UPDATE venture_members SET member_id = :ps WHERE member_id = :p",
            "UPDATE venture_members SET added_by = :ps WHERE added_by = :p",
            "UPDATE member_rates SET member_id = :ps WHERE member_id = :p",
            "UPDATE ventures SET created_by = :ps WHERE created_by = :p",
            "UPDATE approvals SET approver = :ps WHERE approver = :p",
            "UPDATE departures SET member_id = :ps WHERE member_id = :p",
            "UPDATE departures SET author = :ps WHERE author = :p",
            "UPDATE ventures SET frozen_by = :ps WHERE frozen_by = :p",
            "UPDATE venture_members SET seconded_by = :ps WHERE seconded_by = :p",
            "UPDATE venture_members SET offer_by = :ps WHERE offer_by = :p",
            # what the person wrote goes with them: reasons of rejections, answers, declines
            "UPDATE rejections SET rejecter = :ps, reason = '' WHERE rejecter = :p",
            "UPDATE departure_answers SET member_id = :ps, note = '' WHERE member_id = :p",
            "UPDATE venture_ends SET proposed_by = :ps WHERE proposed_by = :p",
            "UPDATE venture_ends SET closed_by = :ps, reason = '' WHERE closed_by = :p",
            "UPDATE end_confirmations SET member_id = :ps WHERE member_id = :p",
            "UPDATE venture_proposals SET subject = :ps WHERE subject = :p",
            "UPDATE venture_proposals SET proposed_by = :ps WHERE proposed_by = :p",
            "UPDATE venture_proposals SET closed_by = :ps, reason = '' WHERE closed_by = :p",
            "UPDATE proposal_answers SET member_id = :ps, note = '' WHERE member_id = :p",
            "UPDATE day_signatures SET member_id = :ps WHERE member_id = :p",
        ):
            changed += self.db.execute(sql, {"p": person, "ps": pseudonym}).rowcount
        # an end proposed and not yet confirmed by all is withdrawn: the ledger its members
        # confirmed named the person (its hash changed), and the erased person can confirm
        # nothing; an owner proposes it again (the erased member is then not waited for)
        changed += self.db.execute(
            "UPDATE venture_ends SET status = 'declined', closed_by = :ps, closed_at = :now,"
            " reason = '' WHERE status = 'proposed' AND venture_id IN (SELECT venture_id FROM"
            " venture_members WHERE member_id = :ps)",
            {"ps": pseudonym, "now": utcnow_text()},
        ).rowcount
        # a venture whose only current owner is erased would have nobody to run it: its
        # other current members become owners
        changed += self.db.execute(
            "UPDATE venture_members SET role = 'owner' WHERE role = 'member'"
            " AND member_id <> :ps AND venture_id IN (SELECT venture_id FROM venture_members"
            " WHERE member_id = :ps AND role = 'owner') AND NOT EXISTS (SELECT 1 FROM"
            " venture_members o WHERE o.venture_id = venture_members.venture_id AND"
            " o.role = 'owner' AND o.member_id <> :ps AND o.member_id NOT IN (SELECT"
            " d.member_id FROM departures d WHERE d.venture_id = o.venture_id))"
            " AND member_id NOT IN (SELECT d.member_id FROM departures d"
            " WHERE d.venture_id = venture_members.venture_id)",
            {"ps": pseudonym},
        ).rowcount
        reports = self.db.execute(
            "SELECT venture_id, report FROM departure_reports WHERE member_id = ?", [person]
        ).fetchall()
        for venture_id, text in reports:  # the recorded report names the leaver inside too
            report = report_from_json(text)
            moved = replace(report, departure=replace(report.departure, member=pseudonym))
            changed += self.db.execute(
                "UPDATE departure_reports SET member_id = ?, report = ? WHERE venture_id = ?"
                " AND member_id = ?",
                [pseudonym, report_to_json(moved), venture_id, person],
            ).rowcount
        claims = self.db.execute(
            "SELECT id, data FROM venture_proposals WHERE kind IN ('reason', 'cause')"
            " AND subject = ?",
            [pseudonym],
        ).fetchall()
        for proposal_id, text in claims:  # the report a claim keeps names the leaver too
            data = json.loads(text)
            if "report" in data:
                report = report_from_json(data["report"])
                moved = replace(report, departure=replace(report.departure, member=pseudonym))
                data["report"] = report_to_json(moved)
                changed += self.db.execute(
                    "UPDATE venture_proposals SET data = ? WHERE id = ?",
                    [json.dumps(data, sort_keys=True), proposal_id],
                ).rowcount
        for e in entries:
            changed += self.db.execute(
                "UPDATE ledger_entries SET member_id = ?, author = ?, note = ?,"
                " idempotency_key = ?, content_hash = ? WHERE id = ?",
                [e.member, e.author, e.note, e.key, e.content_hash, e.id],
            ).rowcount
        for _, sql in triggers:
            self.db.execute(sql)
        if self.db.dialect == "postgresql":
            self.db.execute("SET LOCAL cofoundry.erasing = 'off'")
        self.forget_cache()  # parsed entries naming the person (always safe)
        return changed
