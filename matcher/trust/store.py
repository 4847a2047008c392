"""The tables of trust: collaborations, endorsements, introductions, feedback after meetings,
and avoid lists.

Collaborations need two confirmations and carry a rating from each side; endorsements
are one person vouching for another's skill; introductions are double opt-in requests;
feedback is each person's private verdict on someone they met (see
:mod:`matcher.trust.model`). Every write that changes the trust graph appends an
entry of kind ``trust`` to the database's one change log (:mod:`matcher.db`: which pair,
which endorsement, whose ties an erasure touched), so a process holding a live graph
applies them in place instead of rebuilding (see
:class:`matcher.trust.service.TrustService`); :meth:`TrustStore.trust_version` is the
sequence number of the last one.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from matcher.db import TRUST, Database, RowReader, optional, utcnow_text
from matcher.trust.model import (
    Collaboration,
    CollabStatus,
    Endorsement,
    Feedback,
    Introduction,
    Verdict,
)

__all__ = [
    "AvoidStore",
    "TrustChange",
    "TrustStore",
    "m_avoids",
    "m_feedback",
    "m_trust",
    "m_trust_changes",
]

#: kinds of trust entries in the change log: the collaborations of a pair changed (``a``,
#: ``b``), the endorsements from ``a`` to ``b`` changed, or someone tied to ``a`` was erased
#: (``b`` is empty: an erased person is never named in the log), or someone was erased
#: (``a`` is empty: people left without any tie are dropped)
PAIR, ARC, TOUCH, SWEEP = "pair", "arc", "touch", "sweep"
#: sequence numbers of the change log within which trust entries are kept; a process
#: further behind rebuilds its graph
KEEP_CHANGES = 10_000
#: trust entries are pruned once this many sequence numbers were logged past what is kept
PRUNE_EVERY = 1_000
_PRUNED = "trust_changes_pruned"


class TrustChange(NamedTuple):
    """One trust entry of the change log."""

    seq: int
    kind: str
    a: str
    b: str | None


def _trust_change(seq: int, key: str) -> TrustChange:
    """The entry logged as ``key`` (see :meth:`TrustStore._log`)."""
    kind, *people = key.split(" ")
    return TrustChange(
        seq, kind, people[0] if people else "", people[1] if len(people) > 1 else None
    )


def m_trust(db: Database) -> None:
    """Collaborations, endorsements and introductions (see :mod:`matcher.trust`)."""
    for sql in (
        "CREATE TABLE collaborations (id TEXT PRIMARY KEY, proposer TEXT NOT NULL,"
        " partner TEXT NOT NULL, project TEXT NOT NULL, started TEXT NOT NULL, ended TEXT,"
        " status TEXT NOT NULL CHECK (status IN ('proposed', 'confirmed', 'declined')),"
        " proposer_rating INTEGER CHECK (proposer_rating BETWEEN -2 AND 2),"
        " partner_rating INTEGER CHECK (partner_rating BETWEEN -2 AND 2),"
        " proposer_note TEXT NOT NULL, partner_note TEXT NOT NULL, created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL, CHECK (proposer <> partner))",
        "CREATE INDEX collaborations_proposer ON collaborations (proposer)",
        "CREATE INDEX collaborations_partner ON collaborations (partner)",
        "CREATE TABLE endorsements (endorser TEXT NOT NULL, endorsed TEXT NOT NULL,"
        " skill TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (endorser, endorsed, skill),"
        " CHECK (endorser <> endorsed))",
        "CREATE INDEX endorsements_endorsed ON endorsements (endorsed)",
        "CREATE TABLE introductions (id TEXT PRIMARY KEY, requester TEXT NOT NULL,"
        " target TEXT NOT NULL, connector TEXT, message TEXT NOT NULL, created_at TEXT NOT NULL,"
        " expires_at TEXT NOT NULL, target_answer INTEGER, connector_answer INTEGER)",
        "CREATE INDEX introductions_requester ON introductions (requester)",
        "CREATE INDEX introductions_target ON introductions (target)",
        "CREATE INDEX introductions_connector ON introductions (connector)",
    ):
        db.execute(sql)


def m_intro_ended(db: Database) -> None:
    """When a pending introduction request ended for want of a connector (``ended_at``)."""
    db.execute("ALTER TABLE introductions ADD COLUMN ended_at TEXT")


def m_intro_withdrawn(db: Database) -> None:
    """When the requester withdrew a pending introduction request (``withdrawn_at``)."""
    db.execute("ALTER TABLE introductions ADD COLUMN withdrawn_at TEXT")


def m_intro_told(db: Database) -> None:
    """Who was told of each introduction request (``told``: the roles, ``target`` and
    ``connector``, space-separated): a withdrawal is told to them only. A request made before
    it is taken as told to its target and connector (what a withdrawal assumed until then)."""
    db.execute("ALTER TABLE introductions ADD COLUMN told TEXT NOT NULL DEFAULT ''")
    db.execute(
        "UPDATE introductions SET told = CASE WHEN connector IS NULL THEN 'target'"
        " ELSE 'target connector' END"
    )


def m_trust_changes(db: Database) -> None:
    """The trust change log of issue 21 (``trust_changes``); :func:`matcher.db.m_change_log`
    later folds it into the one change log (kind ``trust``)."""
    db.execute(
        f"CREATE TABLE trust_changes (seq {db.id_column('big')},"
        " kind TEXT NOT NULL CHECK (kind IN ('pair', 'arc', 'touch', 'sweep')), a TEXT NOT NULL,"
        " b TEXT)"
    )
    db.execute("CREATE INDEX trust_changes_a ON trust_changes (a)")
    db.execute("CREATE INDEX trust_changes_b ON trust_changes (b)")


def m_feedback(db: Database) -> None:
    """Feedback after meetings: one verdict per (author, about, context), private to its author."""
    for sql in (
        "CREATE TABLE feedback (author TEXT NOT NULL, about TEXT NOT NULL,"
        " context TEXT NOT NULL, verdict TEXT NOT NULL"
        " CHECK (verdict IN ('again', 'not-a-fit', 'met-before')),"
        " created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
        " PRIMARY KEY (author, about, context), CHECK (author <> about))",
        "CREATE INDEX feedback_about ON feedback (about)",
    ):
        db.execute(sql)


def _feedback(row: tuple[str, str, str, str, str]) -> Feedback:
    return Feedback(row[0], row[1], Verdict(row[3]), row[2], dt.datetime.fromisoformat(row[4]))


class TrustStore:
    """Collaborations, endorsements, introductions and feedback, over a :class:`~matcher.db.Database`.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> store = TrustStore(connect())
    >>> t = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    >>> with store.db.transaction():
    ...     store.put_feedback(Feedback("ana", "bob", Verdict.NOT_A_FIT, "", t))
    >>> store.kept_apart("bob"), store.kept_apart("cy"), store.trust_version()
    ({'ana'}, set(), 0)
    """

    _FEEDBACK_SELECT = "SELECT author, about, context, verdict, updated_at FROM feedback"

    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- trust
    # Collaborations (two confirmations, a rating each), endorsements and double opt-in
    # introductions (see :mod:`matcher.trust`). ``trust_version`` grows with every write, so a
    # trust graph built earlier is known to be stale.
    def trust_version(self) -> int:
        """The sequence number of the last trust change logged (0 if none): it grows with
        every collaboration, endorsement or erasure."""
        return self.db.head(TRUST)

    def put_collaboration(self, c: Collaboration) -> None:
        """Insert or replace a collaboration record. Must run in a transaction."""
        self.db.require_transaction()
        now = utcnow_text()
        self.db.execute(
            "INSERT INTO collaborations (id, proposer, partner, project, started, ended, status,"
            " proposer_rating, partner_rating, proposer_note, partner_note, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE"
            " SET project = excluded.project, started = excluded.started, ended = excluded.ended,"
            " status = excluded.status, proposer_rating = excluded.proposer_rating,"
            " partner_rating = excluded.partner_rating, proposer_note = excluded.proposer_note,"
            " partner_note = excluded.partner_note, updated_at = excluded.updated_at",
            [
                c.id,
                c.proposer,
                c.partner,
                c.project,
                c.started.isoformat(),
                c.ended.isoformat() if c.ended else None,
                c.status.value,
                c.proposer_rating,
                c.partner_rating,
                c.proposer_note,
                c.partner_note,
                now,
                now,
            ],
        )
        self._log(PAIR, c.proposer, c.partner)

    def _log(self, kind: str, a: str, b: str | None) -> None:
        """Append a trust change to the change log (kind ``trust``, key ``"pair a b"``,
        ``"arc a b"``, ``"touch a"`` or ``"sweep"``); prune old trust entries now and then.

        The trust entries more than :data:`KEEP_CHANGES` sequence numbers old go; the meta
        counter ``trust_changes_pruned`` keeps the last one deleted, so a process that
        applied no further than it knows it missed some.
        """
        key = " ".join(part for part in (kind, a, b) if part)
        seq = self.db.log_change(TRUST, key)
        if seq - self.db.counter(_PRUNED) < KEEP_CHANGES + PRUNE_EVERY:
            return
        row = self.db.execute(
            "SELECT MAX(seq) FROM change_log WHERE kind = ? AND seq <= ?",
            [TRUST, seq - KEEP_CHANGES],
        ).fetchone()
        if row[0] is None:
            return
        self.db.execute("DELETE FROM change_log WHERE kind = ? AND seq <= ?", [TRUST, row[0]])
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key)"
            " DO UPDATE SET value = excluded.value",
            [_PRUNED, str(row[0])],
        )

    def last_change(self) -> int:
        """The sequence number of the last trust change logged (0 if none), read from the
        database (not a follower's cache)."""
        row = self.db.execute("SELECT MAX(seq) FROM change_log WHERE kind = ?", [TRUST]).fetchone()
        return int(row[0] or 0)

    def changes_since(self, seq: int) -> list[TrustChange] | None:
        """Trust changes logged after ``seq``, oldest first; None if the log was pruned past
        it (the caller rebuilds from the tables).

        Entries an erasure deleted leave gaps that need no rebuild: the erasure also logged
        a ``touch`` for each of the person's ties and a ``sweep``.
        """
        rows = self.db.changes_since(seq, TRUST)  # read every time: the next query anywhere
        if rows and seq < self.db.counter(_PRUNED):  # sees a write (no NOTIFY lag)
            return None
        return [_trust_change(at, key) for at, key in rows]

    def collaborations_between(self, a: str, b: str) -> list[Collaboration]:
        """The confirmed collaborations of the pair ``a``, ``b`` (either side proposing)."""
        return self.db.rows(
            f"{_COLLAB_SELECT} WHERE status = 'confirmed' AND ((proposer = ? AND partner = ?)"
            " OR (proposer = ? AND partner = ?)) ORDER BY created_at, id",
            [a, b, b, a],
            _collaboration,
        )

    def waiting_partners(self, proposer: str) -> list[str]:
        """The partner of each collaboration ``proposer`` proposed that is still unanswered."""
        rows = self.db.execute(
            "SELECT partner FROM collaborations WHERE proposer = ? AND status = 'proposed'",
            [proposer],
        ).fetchall()
        return [r[0] for r in rows]

    def endorses(self, endorser: str, endorsed: str) -> bool:
        """True if ``endorser`` endorses at least one skill of ``endorsed``."""
        row = self.db.execute(
            "SELECT 1 FROM endorsements WHERE endorser = ? AND endorsed = ? LIMIT 1",
            [endorser, endorsed],
        ).fetchone()
        return row is not None

    def get_collaboration(self, collab_id: str) -> Collaboration | None:
        """The collaboration with this id, or None."""
        return self.db.first(f"{_COLLAB_SELECT} WHERE id = ?", [collab_id], _collaboration)

    def collaborations(
        self, person: str | None = None, *, confirmed_only: bool = False
    ) -> list[Collaboration]:
        """Collaborations of ``person`` (or everyone's), oldest first."""
        where: list[str] = []
        params: list[str] = []
        if person is not None:
            where.append("(proposer = ? OR partner = ?)")
            params += [person, person]
        if confirmed_only:
            where.append("status = 'confirmed'")
        sql = _COLLAB_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        return self.db.rows(sql + " ORDER BY created_at, id", params, _collaboration)

    def confirmed_ratings(self, person: str) -> list[tuple[str, int | None, int | None]]:
        """``(other side, proposer_rating, partner_rating)`` of each confirmed collaboration of
        ``person``, unordered: what the "would work again" set needs (no object per row)."""
        rows = self.db.execute(
            "SELECT proposer, partner, proposer_rating, partner_rating FROM collaborations"
            " WHERE (proposer = ? OR partner = ?) AND status = 'confirmed'",
            [person, person],
        ).fetchall()
        return [(b if a == person else a, ra, rb) for a, b, ra, rb in rows]

    def confirmed_rows(self) -> Iterator[tuple[str, str, dt.date | None, int | None, int | None]]:
        """Every confirmed collaboration as ``(proposer, partner, ended, proposer_rating,
        partner_rating)``, unordered: what a trust graph is built from (no object per row)."""
        rows = self.db.execute(
            "SELECT proposer, partner, ended, proposer_rating, partner_rating FROM collaborations"
            " WHERE status = 'confirmed'"
        )
        parse = dt.date.fromisoformat
        return ((a, b, parse(e) if e else None, ra, rb) for a, b, e, ra, rb in rows)

    def endorsement_pairs(self) -> list[tuple[str, str]]:
        """``(endorser, endorsed)`` once per pair, unordered."""
        rows = self.db.execute("SELECT DISTINCT endorser, endorsed FROM endorsements")
        return [(r[0], r[1]) for r in rows]

    def add_endorsement(self, e: Endorsement) -> bool:
        """Record an endorsement; True if it was new. Must run in a transaction."""
        self.db.require_transaction()
        added = self.db.execute(
            "INSERT INTO endorsements (endorser, endorsed, skill, created_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [e.endorser, e.endorsed, e.skill, utcnow_text()],
        ).rowcount
        if added:
            self._log(ARC, e.endorser, e.endorsed)
        return bool(added)

    def remove_endorsement(self, e: Endorsement) -> bool:
        """Withdraw an endorsement; True if it existed. Must run in a transaction."""
        self.db.require_transaction()
        gone = self.db.execute(
            "DELETE FROM endorsements WHERE endorser = ? AND endorsed = ? AND skill = ?",
            [e.endorser, e.endorsed, e.skill],
        ).rowcount
        if gone:
            self._log(ARC, e.endorser, e.endorsed)
        return bool(gone)

    def endorsements(self, endorsed: str | None = None) -> list[Endorsement]:
        """Endorsements received by ``endorsed`` (or all), by endorser and skill."""
        sql = "SELECT endorser, endorsed, skill FROM endorsements"
        params: list[str] = []
        if endorsed is not None:
            sql += " WHERE endorsed = ?"
            params.append(endorsed)
        rows = self.db.execute(sql + " ORDER BY endorsed, endorser, skill", params).fetchall()
        return [Endorsement(r[0], r[1], r[2]) for r in rows]

    def put_introduction(self, i: Introduction) -> None:
        """Insert or replace an introduction request. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO introductions (id, requester, target, connector, message,"
            " created_at, expires_at, target_answer, connector_answer, ended_at, withdrawn_at,"
            " told) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " requester = excluded.requester, target = excluded.target,"
            " connector = excluded.connector, message = excluded.message,"
            " created_at = excluded.created_at, expires_at = excluded.expires_at,"
            " target_answer = excluded.target_answer, connector_answer = excluded.connector_answer,"
            " ended_at = excluded.ended_at, withdrawn_at = excluded.withdrawn_at,"
            " told = excluded.told",
            [
                i.id,
                i.requester,
                i.target,
                i.connector,
                i.message,
                i.created_at.isoformat(),
                i.expires_at.isoformat(),
                i.target_answer,
                i.connector_answer,
                i.ended_at.isoformat() if i.ended_at else None,
                i.withdrawn_at.isoformat() if i.withdrawn_at else None,
                " ".join(sorted(i.told)),
            ],
        )

    def get_introduction(self, intro_id: str) -> Introduction | None:
        """The introduction request with this id, or None."""
        return self.db.first(f"{_INTRO_SELECT} WHERE id = ?", [intro_id], _introduction)

    def introductions(self, person: str) -> list[Introduction]:
        """Requests ``person`` made, received, or was asked to connect, newest first."""
        return self.db.rows(
            f"{_INTRO_SELECT} WHERE requester = ? OR target = ? OR connector = ?"
            " ORDER BY created_at DESC, id",
            [person, person, person],
            _introduction,
        )

    def connected_by(self, people: Sequence[str]) -> list[Introduction]:
        """Requests whose connector is one of ``people`` (one query for any number)."""
        if not people:
            return []
        return self.db.rows(
            f"{_INTRO_SELECT} WHERE connector IN ({self.db.json_values()})"
            " ORDER BY created_at DESC, id",
            [json.dumps(sorted(set(people)))],
            _introduction,
        )

    def requests_from(self, requester: str, to: str) -> list[Introduction]:
        """Requests ``requester`` made to ``to``, as the person asked or the connector."""
        return self.db.rows(
            f"{_INTRO_SELECT} WHERE requester = ? AND (target = ? OR connector = ?)",
            [requester, to, to],
            _introduction,
        )

    def put_feedback(self, f: Feedback) -> None:
        """Record (or change) one verdict. Must run in a transaction."""
        self.db.require_transaction()
        at = f.created_at.isoformat()
        self.db.execute(
            "INSERT INTO feedback (author, about, context, verdict, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (author, about, context) DO UPDATE"
            " SET verdict = excluded.verdict, updated_at = excluded.updated_at",
            [f.author, f.about, f.context, f.verdict.value, at, at],
        )

    def feedback_by(self, author: str) -> list[Feedback]:
        """Everything ``author`` said, newest first (theirs to see, nobody else's)."""
        return self.db.rows(
            f"{self._FEEDBACK_SELECT} WHERE author = ? ORDER BY updated_at DESC, about, context",
            [author],
            _feedback,
        )

    def feedback_in(self, context: str) -> list[Feedback]:
        """Every verdict given about a meeting in ``context`` (e.g. ``event:night``), for
        aggregate figures only: a verdict is private to its author."""
        return self.db.rows(
            f"{self._FEEDBACK_SELECT} WHERE context = ? ORDER BY author, about",
            [context],
            _feedback,
        )

    def all_feedback(self) -> list[Feedback]:
        """Every verdict of the community, oldest first: for the re-ranker's training only
        (aggregate use, never shown; see :mod:`matcher.matching.rerank`)."""
        return self.db.rows(
            f"{self._FEEDBACK_SELECT} ORDER BY updated_at, author, about, context", (), _feedback
        )

    def answered_introductions(self) -> list[Introduction]:
        """Every introduction request its target answered, oldest first (the re-ranker's
        training, as :meth:`all_feedback`)."""
        return self.db.rows(
            f"{_INTRO_SELECT} WHERE target_answer IS NOT NULL ORDER BY created_at, id",
            (),
            _introduction,
        )

    def verdicts(self, author: str, about: str) -> set[Verdict]:
        """The verdicts ``author`` gave about ``about``, in any context."""
        rows = self.db.execute(
            "SELECT DISTINCT verdict FROM feedback WHERE author = ? AND about = ?", [author, about]
        ).fetchall()
        return {Verdict(r[0]) for r in rows}

    def kept_apart(self, person: str) -> set[str]:
        """People never to be suggested to or seated with ``person``: a "not a fit" either
        way, or an introduction request one of them declined as its target."""
        rows = self.db.execute(
            "SELECT about FROM feedback WHERE author = ? AND verdict = 'not-a-fit'"
            " UNION SELECT author FROM feedback WHERE about = ? AND verdict = 'not-a-fit'"
            " UNION SELECT target FROM introductions WHERE requester = ? AND target_answer = 0"
            " UNION SELECT requester FROM introductions WHERE target = ? AND target_answer = 0",
            [person, person, person, person],
        ).fetchall()
        return {r[0] for r in rows}

    def pairs_with(self, verdicts: tuple[Verdict, ...], people: set[str]) -> set[frozenset[str]]:
        """Pairs among ``people`` where either side gave one of ``verdicts`` (for planners)."""
        if not people or not verdicts:
            return set()
        marks = ",".join("?" * len(verdicts))
        rows = self.db.execute(
            f"SELECT author, about FROM feedback WHERE verdict IN ({marks})",
            [v.value for v in verdicts],
        ).fetchall()
        return {frozenset(r) for r in rows if r[0] in people and r[1] in people}

    def requests_sent(self, requester: str, since: dt.datetime) -> list[dt.datetime]:
        """When ``requester`` sent introduction requests after ``since``."""
        margin = (since - dt.timedelta(days=1)).isoformat()  # text order is only near-exact
        rows = self.db.execute(
            "SELECT created_at FROM introductions WHERE requester = ? AND created_at > ?",
            [requester, margin],
        ).fetchall()
        times = (dt.datetime.fromisoformat(r[0]) for r in rows)
        return [t for t in times if t > since]

    def last_declined(self, requester: str, target: str) -> dt.datetime | None:
        """When the last request from ``requester`` that ``target`` declined was sent."""
        row = self.db.execute(
            "SELECT max(created_at) FROM introductions WHERE requester = ? AND target = ?"
            " AND target_answer = 0",
            [requester, target],
        ).fetchone()
        return None if row is None or row[0] is None else dt.datetime.fromisoformat(row[0])

    #: feedback columns that hold person ids (checked empty after an erasure)
    FEEDBACK_COLUMNS = (("feedback", "author"), ("feedback", "about"))

    def export_feedback(self, person: str) -> dict[str, object]:
        """What ``person`` may see of feedback: what they gave (never what others said)."""
        return {
            "feedback_given": [
                {
                    "about": f.about,
                    "verdict": f.verdict.value,
                    "context": f.context,
                    "at": f.created_at.isoformat(),
                }
                for f in self.feedback_by(person)
            ]
        }

    def erase_feedback(self, person: str) -> int:
        """Delete feedback by or about ``person``. Must run in the erasure's transaction."""
        self.db.require_transaction()
        gone = self.db.execute(
            "DELETE FROM feedback WHERE author = ? OR about = ?", [person, person]
        ).rowcount
        return int(gone)

    def skills_endorsed(self, endorser: str, endorsed: str) -> set[str]:
        """The skills ``endorser`` endorses of ``endorsed``."""
        rows = self.db.execute(
            "SELECT skill FROM endorsements WHERE endorser = ? AND endorsed = ?",
            [endorser, endorsed],
        ).fetchall()
        return {r[0] for r in rows}

    def endorsements_given(self, person: str) -> list[tuple[str, str]]:
        """``(endorsed, skill)`` of the endorsements the person gave."""
        rows = self.db.execute(
            "SELECT endorsed, skill FROM endorsements WHERE endorser = ? ORDER BY endorsed, skill",
            [person],
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def forget(self, person: str) -> int:
        """Delete the collaborations, endorsements and introductions naming ``person``.
        Must run in a transaction."""
        self.db.require_transaction()
        ties = {
            r[0]
            for r in self.db.execute(
                "SELECT partner FROM collaborations WHERE proposer = ? UNION"
                " SELECT proposer FROM collaborations WHERE partner = ? UNION"
                " SELECT endorsed FROM endorsements WHERE endorser = ? UNION"
                " SELECT endorser FROM endorsements WHERE endorsed = ?",
                [person] * 4,
            ).fetchall()
        }
        named = sorted(
            {key for _, key in self.db.changes_since(0, TRUST) if person in key.split(" ")[1:]}
        )
        gone = self.db.execute(
            f"DELETE FROM change_log WHERE kind = ? AND key IN ({self.db.json_values()})",
            [TRUST, json.dumps(named)],
        ).rowcount
        for sql in (
            "DELETE FROM collaborations WHERE proposer = ? OR partner = ?",
            "DELETE FROM endorsements WHERE endorser = ? OR endorsed = ?",
            "DELETE FROM introductions WHERE requester = ? OR target = ? OR connector = ?",
        ):
            gone += self.db.execute(sql, [person] * sql.count("?")).rowcount
        for other in sorted(ties - {person}):  # their ties to the person are gone
            self._log(TOUCH, other, None)
        self._log(SWEEP, "", None)
        return int(gone)


def m_avoids(db: Database) -> None:
    """Avoid lists: ``owner`` never wants to meet ``other``."""
    db.execute(
        'CREATE TABLE "avoids" ("owner" TEXT, "other" TEXT, "created_at" TEXT,'
        ' PRIMARY KEY ("owner", "other"))'
    )
    db.execute('CREATE INDEX "idx_avoids_other" ON "avoids" ("other")')


class AvoidStore:
    """Avoid lists over a :class:`~matcher.db.Database`.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> avoids = AvoidStore(connect())
    >>> with avoids.db.transaction():
    ...     avoids.add_avoid("ana", "bob"), avoids.add_avoid("ana", "bob")
    (True, False)
    >>> avoids.avoid_list("ana"), avoids.avoided_either_way("bob")
    (['bob'], {'ana'})
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def add_avoid(self, owner: str, other: str) -> bool:
        """``owner`` never wants to be matched with ``other``; True if it was not on the
        list yet. Must run in a transaction."""
        self.db.require_transaction()
        return bool(
            self.db.execute(
                "INSERT INTO avoids (owner, other, created_at) VALUES (?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                [owner, other, utcnow_text()],
            ).rowcount
        )

    def remove_avoid(self, owner: str, other: str) -> bool:
        """Take ``other`` off ``owner``'s avoid list; True if it was there."""
        self.db.require_transaction()
        return bool(
            self.db.execute(
                "DELETE FROM avoids WHERE owner = ? AND other = ?", [owner, other]
            ).rowcount
        )

    def avoid_list(self, owner: str) -> list[str]:
        """Ids on ``owner``'s own avoid list (private to the owner)."""
        rows = self.db.execute(
            "SELECT other FROM avoids WHERE owner = ? ORDER BY other", [owner]
        ).fetchall()
        return [r[0] for r in rows]

    def avoided_either_way(self, person: str) -> set[str]:
        """Ids ``person`` avoids or is avoided by: they are never matched together."""
        rows = self.db.execute(
            "SELECT other FROM avoids WHERE owner = ? UNION SELECT owner FROM avoids WHERE other = ?",
            [person, person],
        ).fetchall()
        return {r[0] for r in rows}

    def avoided_each(self, people: Iterable[str]) -> dict[str, set[str]]:
        """:meth:`avoided_either_way` of each of ``people``, in one query (a page of
        suggestions); everyone of ``people`` is a key."""
        wanted = list(dict.fromkeys(people))
        out: dict[str, set[str]] = {p: set() for p in wanted}
        if not wanted:
            return out
        marks = ",".join("?" * len(wanted))
        rows = self.db.execute(
            f"SELECT owner, other FROM avoids WHERE owner IN ({marks})"
            f" UNION SELECT other, owner FROM avoids WHERE other IN ({marks})",
            [*wanted, *wanted],
        ).fetchall()
        for person, avoided in rows:
            out[person].add(avoided)
        return out

    def close(self) -> None:
        """Close the database's connections."""
        self.db.close()

    def forget(self, person: str) -> int:
        """Delete every avoid entry naming ``person``. Must run in a transaction."""
        self.db.require_transaction()
        return int(
            self.db.execute(
                "DELETE FROM avoids WHERE owner = ? OR other = ?", [person, person]
            ).rowcount
        )


def _answer(value: Any) -> bool | None:
    return None if value is None else bool(value)


_collaboration = RowReader(
    Collaboration,
    "id, proposer, partner, project, started, ended, status, proposer_rating,"
    " partner_rating, proposer_note, partner_note",
    {
        "started": dt.date.fromisoformat,
        "ended": optional(dt.date.fromisoformat),
        "status": CollabStatus,
    },
)
_introduction = RowReader(
    Introduction,
    "id, requester, target, connector, message, created_at, expires_at, target_answer,"
    " connector_answer, ended_at, withdrawn_at, told",
    {
        "told": lambda roles: frozenset((roles or "").split()),
        "created_at": dt.datetime.fromisoformat,
        "expires_at": dt.datetime.fromisoformat,
        "target_answer": _answer,
        "connector_answer": _answer,
        "ended_at": optional(dt.datetime.fromisoformat),
        "withdrawn_at": optional(dt.datetime.fromisoformat),
    },
)
_COLLAB_SELECT = f"SELECT {_collaboration.columns} FROM collaborations"
_INTRO_SELECT = f"SELECT {_introduction.columns} FROM introductions"
