"""The SQL of matchmaking events: events, attendees, the rounds plan and teams; who shares an
event (for visibility), and the export and erasure of a person's event rows.

A plan's rounds are stored seat by seat (one row per person per round), so a
re-plan deletes the rounds from the one re-planned and writes the new ones, in
one transaction, leaving every earlier round exactly as it was. A trigger removes
a person's event rows when their profile is erased.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
from collections.abc import Mapping, Sequence
from itertools import combinations
from typing import Any

from matcher.db import Database, RowReader, optional, utc_text, utcnow_text
from matcher.events.model import (
    BADGE_CODE_LENGTH,
    INVITE_CODE_LENGTH,
    Attendee,
    Event,
    Pause,
    Place,
    PlanChange,
    TeamChange,
    TeamsMet,
    tables_held,
    teams_met,
)
from matcher.events.planner import Group, Round, Team

__all__ = [
    "EventStore",
    "m_event_emailed",
    "m_event_removed",
    "m_event_seats_profile",
    "m_events",
    "m_events_day",
    "new_code",
]

#: Check-in and invitation codes: no 0/O, 1/I/L or U, so a code read aloud or typed is unambiguous.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_code(length: int = BADGE_CODE_LENGTH) -> str:
    """A random code of ``length`` characters from :data:`CODE_ALPHABET` (about 5 bits each).

    Examples
    --------
    >>> code = new_code()
    >>> len(code), set(code) <= set(CODE_ALPHABET)
    (8, True)
    """
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def normalise_code(text: str) -> str:
    """A code as typed (any case, spaces or dashes) in its stored form.

    Examples
    --------
    >>> normalise_code(" k7qh-3m9t ")
    'K7QH3M9T'
    """
    return "".join(c for c in text.upper() if c.isalnum())


def _replace_id(value: Any, person: str, pseudonym: str) -> Any:
    """``value`` (decoded JSON) with every string equal to ``person`` replaced.

    Examples
    --------
    >>> _replace_id({"kept_together": [["ana", "bob"]], "size": 3}, "ana", "x")
    {'kept_together': [['x', 'bob']], 'size': 3}
    """
    if value == person:
        return pseudonym
    if isinstance(value, list):
        return [_replace_id(v, person, pseudonym) for v in value]
    if isinstance(value, dict):
        return {
            (pseudonym if k == person else k): _replace_id(v, person, pseudonym)
            for k, v in value.items()
        }
    return value


def m_events(db: Database) -> None:
    """Events, attendees (present / no-show / late), rounds seat by seat, teams, plan summaries."""
    for sql in (
        "CREATE TABLE events (id TEXT PRIMARY KEY, name TEXT NOT NULL, organiser TEXT,"
        " created_at TEXT NOT NULL)",
        "CREATE INDEX events_organiser ON events (organiser)",
        "CREATE TABLE event_attendees (event_id TEXT NOT NULL REFERENCES events(id),"
        " profile_id TEXT NOT NULL,"
        " status TEXT NOT NULL CHECK (status IN ('present', 'no-show', 'late')),"
        " since_round INTEGER NOT NULL DEFAULT 1 CHECK (since_round >= 1),"
        " added_at TEXT NOT NULL, PRIMARY KEY (event_id, profile_id))",
        "CREATE INDEX event_attendees_profile ON event_attendees (profile_id)",
        "CREATE TABLE event_plans (event_id TEXT NOT NULL REFERENCES events(id),"
        " kind TEXT NOT NULL CHECK (kind IN ('rounds', 'teams')), summary TEXT NOT NULL,"
        " updated_at TEXT NOT NULL, PRIMARY KEY (event_id, kind))",
        "CREATE TABLE event_seats (event_id TEXT NOT NULL REFERENCES events(id),"
        " round INTEGER NOT NULL CHECK (round >= 1), table_no INTEGER NOT NULL,"
        " profile_id TEXT NOT NULL, score DOUBLE PRECISION NOT NULL,"
        " PRIMARY KEY (event_id, round, profile_id))",
        "CREATE TABLE event_teams (event_id TEXT NOT NULL REFERENCES events(id),"
        " team INTEGER NOT NULL, profile_id TEXT NOT NULL, score DOUBLE PRECISION NOT NULL,"
        " strength DOUBLE PRECISION NOT NULL, PRIMARY KEY (event_id, profile_id))",
    ):
        db.execute(sql)
    _erased_profile_trigger(db, ("event_attendees", "event_seats", "event_teams"))


def _erased_profile_trigger(db: Database, tables: tuple[str, ...]) -> None:
    """Create the trigger that, after a profile is deleted, deletes its rows of ``tables``
    (by ``profile_id``) and clears it as an organiser: SQLite's trigger body, or a PL/pgSQL
    function and its trigger."""
    body = " ".join(
        [f"DELETE FROM {table} WHERE profile_id = OLD.id;" for table in tables]
        + ["UPDATE events SET organiser = NULL WHERE organiser = OLD.id;"]
    )
    name = "event_rows_of_erased_profile"
    if db.dialect == "postgresql":
        db.execute(
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql"
            f" AS $$ BEGIN {body} RETURN OLD; END $$"
        )
        db.execute(
            f"CREATE TRIGGER {name} AFTER DELETE ON profiles FOR EACH ROW EXECUTE FUNCTION {name}()"
        )
    else:
        db.execute(f"CREATE TRIGGER {name} AFTER DELETE ON profiles BEGIN {body} END")


def m_events_day(db: Database) -> None:
    """Events that run on the day (issue 19).

    * ``events``: date, start (local ``HH:MM``) and IANA time zone, venue, address, places
      (JSON list of ``{"name", "seats"}``), round and break minutes, longer breaks (JSON),
      the rounds the organiser said have started, the plan's version and the version at
      which the logistics last changed, and an invitation code (one per event, unique).
      Existing events keep working: no date and no start time (their agendas have no clock
      times until the organiser sets them), time zone UTC, no venue and no places (tables are
      "Table k"), 10-minute rounds with 2-minute breaks, versions 0, a fresh invitation code.
    * ``event_attendees`` (rebuilt, rows kept): the day status may also be ``left``; the
      answer ``rsvp`` (invited, going, maybe, declined; existing attendees: ``going``), the
      check-in time, a check-in code per attendee (existing ones get one) and how they were
      added (``organiser``, ``import``, ``link``).
    * ``event_seats.revision``: the plan version at which a seat last changed (0 for existing).
    * ``event_changes`` and ``event_change_people``: every change of a plan, and who it moved.
    """
    for sql in (
        "ALTER TABLE events ADD COLUMN date TEXT",
        "ALTER TABLE events ADD COLUMN start TEXT",
        "ALTER TABLE events ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC'",
        "ALTER TABLE events ADD COLUMN venue TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE events ADD COLUMN address TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE events ADD COLUMN places TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE events ADD COLUMN round_minutes INTEGER NOT NULL DEFAULT 10",
        "ALTER TABLE events ADD COLUMN break_minutes INTEGER NOT NULL DEFAULT 2",
        "ALTER TABLE events ADD COLUMN pauses TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE events ADD COLUMN rounds_started INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE events ADD COLUMN version INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE events ADD COLUMN schedule_version INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE events ADD COLUMN invite_code TEXT",
        "CREATE UNIQUE INDEX events_invite_code ON events (invite_code)",
        # SQLite checks triggers at a table's rename: this one names the table rebuilt here
        "DROP TRIGGER event_rows_of_erased_profile"
        + (" ON profiles" if db.dialect == "postgresql" else ""),
        "CREATE TABLE event_attendees_new (event_id TEXT NOT NULL REFERENCES events(id),"
        " profile_id TEXT NOT NULL,"
        " status TEXT NOT NULL CHECK (status IN ('present', 'no-show', 'late', 'left')),"
        " since_round INTEGER NOT NULL DEFAULT 1 CHECK (since_round >= 1),"
        " rsvp TEXT NOT NULL DEFAULT 'invited'"
        " CHECK (rsvp IN ('invited', 'going', 'maybe', 'declined')),"
        " checked_in_at TEXT, code TEXT NOT NULL,"
        " source TEXT NOT NULL DEFAULT 'organiser' CHECK (source IN ('organiser', 'import', 'link')),"
        " added_at TEXT NOT NULL, PRIMARY KEY (event_id, profile_id))",
        "INSERT INTO event_attendees_new (event_id, profile_id, status, since_round, rsvp, code,"
        " added_at) SELECT event_id, profile_id, status, since_round, 'going', '', added_at"
        " FROM event_attendees",
        "DROP TABLE event_attendees",
        "ALTER TABLE event_attendees_new RENAME TO event_attendees",
        "CREATE INDEX event_attendees_profile ON event_attendees (profile_id)",
        "ALTER TABLE event_seats ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
        "CREATE TABLE event_changes (event_id TEXT NOT NULL REFERENCES events(id),"
        " number INTEGER NOT NULL, at TEXT NOT NULL,"
        " kind TEXT NOT NULL CHECK (kind IN ('plan', 'replan', 'repair')),"
        " cause TEXT NOT NULL, from_round INTEGER NOT NULL, version INTEGER NOT NULL,"
        " score DOUBLE PRECISION NOT NULL, PRIMARY KEY (event_id, number))",
        "CREATE TABLE event_change_people (event_id TEXT NOT NULL, number INTEGER NOT NULL,"
        " profile_id TEXT NOT NULL,"
        " role TEXT NOT NULL CHECK (role IN ('left_out', 'arrived', 'partners', 'others')),"
        " PRIMARY KEY (event_id, number, role, profile_id),"
        " FOREIGN KEY (event_id, number) REFERENCES event_changes (event_id, number))",
        "CREATE INDEX event_change_people_profile ON event_change_people (profile_id)",
    ):
        db.execute(sql)
    _erased_profile_trigger(
        db, ("event_attendees", "event_seats", "event_teams", "event_change_people")
    )
    for (event_id,) in db.execute("SELECT id FROM events").fetchall():
        db.execute(
            "UPDATE events SET invite_code = ? WHERE id = ?",
            [new_code(INVITE_CODE_LENGTH), event_id],
        )
    for event_id, pid in db.execute("SELECT event_id, profile_id FROM event_attendees").fetchall():
        db.execute(
            "UPDATE event_attendees SET code = ? WHERE event_id = ? AND profile_id = ?",
            [new_code(), event_id, pid],
        )
    db.execute("CREATE UNIQUE INDEX event_attendees_code ON event_attendees (event_id, code)")


def m_event_emailed(db: Database) -> None:
    """When each attendee's invitation e-mail was last queued (``emailed_at``, ISO UTC)."""
    db.execute("ALTER TABLE event_attendees ADD COLUMN emailed_at TEXT")


def m_event_seats_profile(db: Database) -> None:
    """A person's seats at an event, found without reading the event's others: whether two
    attendees share a table (:meth:`EventStore.share_event`, asked for every event-only
    profile a member lists) reads two seats a round, not every seat of the event."""
    db.execute("CREATE INDEX event_seats_profile ON event_seats (event_id, profile_id)")


def m_event_removed(db: Database) -> None:
    """When the organiser removed an attendee from an event (``removed_at``, ISO UTC; NULL:
    not removed): they no longer answer, and are out of the rounds not started."""
    db.execute("ALTER TABLE event_attendees ADD COLUMN removed_at TEXT")


_event = RowReader(
    Event,
    "id, name, organiser, date, start, timezone, venue, address, places, round_minutes,"
    " break_minutes, pauses, rounds_started, version, schedule_version",
    {
        "date": optional(dt.date.fromisoformat),
        "start": optional(dt.time.fromisoformat),
        "places": lambda v: tuple(Place(p["name"], p.get("seats")) for p in json.loads(v)),
        "round_minutes": int,
        "break_minutes": int,
        "pauses": lambda v: tuple(
            Pause(int(p["after_round"]), int(p["minutes"])) for p in json.loads(v)
        ),
        "rounds_started": int,
        "version": int,
        "schedule_version": int,
    },
)
_EVENT_COLUMNS = _event.columns


def _details_columns(details: Mapping[str, Any]) -> dict[str, Any]:
    """Checked logistics fields as column values."""
    out: dict[str, Any] = {}
    for key, value in details.items():
        if key == "date":
            out[key] = value.isoformat() if value is not None else None
        elif key == "start":
            out[key] = value.strftime("%H:%M") if value is not None else None
        elif key == "places":
            out[key] = json.dumps(
                [{"name": p.name, "seats": p.seats} for p in value], ensure_ascii=False
            )
        elif key == "pauses":
            out[key] = json.dumps(
                [{"after_round": p.after_round, "minutes": p.minutes} for p in value]
            )
        else:
            out[key] = value
    return out


_attendee = RowReader(
    Attendee,
    "profile_id, status, since_round, rsvp, checked_in_at, code, source, emailed_at, removed_at",
    {
        "removed_at": optional(dt.datetime.fromisoformat),
        "since_round": int,
        "checked_in_at": optional(dt.datetime.fromisoformat),
        "emailed_at": optional(dt.datetime.fromisoformat),
    },
)
_ATTENDEE_COLUMNS = _attendee.columns


class EventStore:
    """Queries of the event tables over a :class:`~matcher.db.Database`."""

    #: columns of the event tables that hold person ids (checked empty after an erasure)
    PERSON_COLUMNS = (
        ("events", "organiser"),
        ("event_attendees", "profile_id"),
        ("event_seats", "profile_id"),
        ("event_teams", "profile_id"),
        ("event_change_people", "profile_id"),
    )

    def __init__(self, db: Database) -> None:
        self.db = db

    # ---------------------------------------------------------- events
    def add_event(self, event: Event, details: Mapping[str, Any] | None = None) -> None:
        """Insert an event (with its checked logistics) and a fresh invitation code. In a
        transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO events (id, name, organiser, created_at, invite_code) VALUES (?, ?, ?, ?, ?)",
            [event.id, event.name, event.organiser, utcnow_text(), new_code(INVITE_CODE_LENGTH)],
        )
        if details:
            self._set_details(event.id, details)

    def _set_details(self, event_id: str, details: Mapping[str, Any]) -> None:
        cols = _details_columns(details)
        sets = ", ".join(f"{k} = ?" for k in cols)
        self.db.execute(f"UPDATE events SET {sets} WHERE id = ?", [*cols.values(), event_id])

    def update_event(self, event_id: str, details: Mapping[str, Any]) -> int:
        """Change logistics fields (checked); the event's version goes up and becomes its
        schedule version (calendar files then update). Returns the new version. In a
        transaction."""
        self.db.require_transaction()
        self._set_details(event_id, details)
        version = self.bump_version(event_id)
        self.db.execute("UPDATE events SET schedule_version = ? WHERE id = ?", [version, event_id])
        return version

    def bump_version(self, event_id: str) -> int:
        """One more version of the event (its plan or logistics changed); the new number."""
        self.db.require_transaction()
        self.db.execute("UPDATE events SET version = version + 1 WHERE id = ?", [event_id])
        row = self.db.execute("SELECT version FROM events WHERE id = ?", [event_id]).fetchone()
        return int(row[0])

    def set_rounds_started(self, event_id: str, rounds: int) -> None:
        """Record how many rounds have started (for an event without a clock). In a transaction."""
        self.db.require_transaction()
        self.db.execute("UPDATE events SET rounds_started = ? WHERE id = ?", [rounds, event_id])

    def get_event(self, event_id: str) -> Event | None:
        """The event, or None."""
        return self.db.first(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE id = ?", [event_id], _event
        )

    def events_of(self, profile_id: str) -> list[Event]:
        """Events organised or attended by ``profile_id``, by id."""
        return self.db.rows(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE organiser = ? OR id IN"
            " (SELECT event_id FROM event_attendees WHERE profile_id = ?) ORDER BY id",
            [profile_id, profile_id],
            _event,
        )

    # ------------------------------------------------------- invitations
    def invite_code(self, event_id: str) -> str | None:
        """The event's invitation code."""
        row = self.db.execute("SELECT invite_code FROM events WHERE id = ?", [event_id]).fetchone()
        return None if row is None else row[0]

    def new_invite_code(self, event_id: str) -> str:
        """Replace the invitation code (the old link stops working). In a transaction."""
        self.db.require_transaction()
        code = new_code(INVITE_CODE_LENGTH)
        self.db.execute("UPDATE events SET invite_code = ? WHERE id = ?", [code, event_id])
        return code

    def event_by_code(self, code: str) -> Event | None:
        """The event whose invitation code is ``code`` (as typed), or None."""
        return self.db.first(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE invite_code = ?",
            [normalise_code(code)],
            _event,
        )

    # ------------------------------------------------------- attendees
    def add_attendees(
        self, event_id: str, ids: Sequence[str], *, rsvp: str = "invited", source: str = "organiser"
    ) -> list[str]:
        """Add people (already attending ones are left as they are), each with a check-in code;
        return those added. In a transaction."""
        self.db.require_transaction()
        added = []
        now = utcnow_text()
        for pid in ids:
            for _ in range(5):  # a code already taken at this event: draw another
                cur = self.db.execute(
                    "INSERT INTO event_attendees (event_id, profile_id, status, since_round,"
                    " rsvp, code, source, added_at) VALUES (?, ?, 'present', 1, ?, ?, ?, ?)"
                    " ON CONFLICT DO NOTHING",
                    [event_id, pid, rsvp, new_code(), source, now],
                )
                if cur.rowcount or self.attendee(event_id, pid) is not None:
                    break
            if cur.rowcount:
                added.append(pid)
        return added

    def attendees(self, event_id: str) -> list[Attendee]:
        """Every attendee of the event, by id."""
        return self.db.rows(
            f"SELECT {_ATTENDEE_COLUMNS} FROM event_attendees WHERE event_id = ?"
            " ORDER BY profile_id",
            [event_id],
            _attendee,
        )

    def attendee(self, event_id: str, profile_id: str) -> Attendee | None:
        """One attendee, or None."""
        return self.db.first(
            f"SELECT {_ATTENDEE_COLUMNS} FROM event_attendees WHERE event_id = ? AND profile_id = ?",
            [event_id, profile_id],
            _attendee,
        )

    def attendee_by_code(self, event_id: str, code: str) -> Attendee | None:
        """The attendee whose check-in code is ``code`` (as typed), or None."""
        return self.db.first(
            f"SELECT {_ATTENDEE_COLUMNS} FROM event_attendees WHERE event_id = ? AND code = ?",
            [event_id, normalise_code(code)],
            _attendee,
        )

    def set_status(self, event_id: str, profile_id: str, status: str, since_round: int) -> bool:
        """Change an attendee's status; False if they do not attend. Must run in a transaction."""
        self.db.require_transaction()
        cur = self.db.execute(
            "UPDATE event_attendees SET status = ?, since_round = ? WHERE event_id = ?"
            " AND profile_id = ?",
            [status, since_round, event_id, profile_id],
        )
        return bool(cur.rowcount)

    def set_rsvp(self, event_id: str, profile_id: str, rsvp: str) -> bool:
        """Record an attendee's answer; False if they do not attend. In a transaction."""
        self.db.require_transaction()
        cur = self.db.execute(
            "UPDATE event_attendees SET rsvp = ? WHERE event_id = ? AND profile_id = ?",
            [rsvp, event_id, profile_id],
        )
        return bool(cur.rowcount)

    def set_emailed(self, event_id: str, profile_id: str, at: dt.datetime) -> bool:
        """Record when an attendee's invitation e-mail was queued; False if they do not
        attend. In a transaction."""
        self.db.require_transaction()
        cur = self.db.execute(
            "UPDATE event_attendees SET emailed_at = ? WHERE event_id = ? AND profile_id = ?",
            [utc_text(at), event_id, profile_id],
        )
        return bool(cur.rowcount)

    def set_removed(self, event_id: str, profile_id: str, at: dt.datetime | None) -> bool:
        """Record (or, with None, undo) the organiser's removal of an attendee; False if they
        do not attend. In a transaction."""
        self.db.require_transaction()
        cur = self.db.execute(
            "UPDATE event_attendees SET removed_at = ? WHERE event_id = ? AND profile_id = ?",
            [None if at is None else utc_text(at), event_id, profile_id],
        )
        return bool(cur.rowcount)

    def set_checked_in(self, event_id: str, profile_id: str, at: dt.datetime | None) -> bool:
        """Record (or, with None, undo) a check-in; False if they do not attend. In a transaction."""
        self.db.require_transaction()
        cur = self.db.execute(
            "UPDATE event_attendees SET checked_in_at = ? WHERE event_id = ? AND profile_id = ?",
            [None if at is None else at.isoformat(timespec="seconds"), event_id, profile_id],
        )
        return bool(cur.rowcount)

    # ----------------------------------------------------------- plans
    def save_rounds(
        self, event_id: str, rounds: Sequence[Round], from_round: int, summary: dict[str, Any]
    ) -> int:
        """Replace rounds ``from_round`` onwards (earlier ones are not touched); return the
        event's new version. A seat whose table and partners did not change keeps its
        revision; every other seat gets the new version. In a transaction."""
        self.db.require_transaction()
        seats: dict[tuple[int, str], tuple[int, int]] = {}  # (round, person) -> table, revision
        mates_of: dict[tuple[int, str], set[str]] = {}
        # one row per (seat, tablemate): a bye or a lone seat has one row with no mate
        for number, table, pid, rev, mate in self.db.execute(
            "SELECT s.round, s.table_no, s.profile_id, s.revision, o.profile_id"
            " FROM event_seats s LEFT JOIN event_seats o ON o.event_id = s.event_id"
            " AND o.round = s.round AND o.table_no = s.table_no AND s.table_no > 0"
            " AND o.profile_id <> s.profile_id WHERE s.event_id = ? AND s.round >= ?",
            [event_id, from_round],
        ).fetchall():
            seat = (int(number), pid)
            seats[seat] = (int(table), int(rev))
            mates_of.setdefault(seat, set()).update(() if mate is None else (mate,))
        before = {k: (t, frozenset(mates_of[k]), r) for k, (t, r) in seats.items()}
        version = self.bump_version(event_id)
        self.db.execute(
            "DELETE FROM event_seats WHERE event_id = ? AND round >= ?", [event_id, from_round]
        )

        def revision(number: int, table: int, pid: str, partners: frozenset[str]) -> int:
            old = before.get((number, pid))
            return old[2] if old is not None and old[:2] == (table, partners) else version

        rows: list[tuple[str, int, int, str, float, int]] = []
        for rnd in rounds:
            if rnd.number < from_round:
                continue
            for g in rnd.groups:
                for m in g.members:
                    mates = frozenset(g.members) - {m}
                    rev = revision(rnd.number, g.table, m, mates)
                    rows.append((event_id, rnd.number, g.table, m, g.score, rev))
            for b in rnd.byes:
                rows.append(
                    (event_id, rnd.number, 0, b, 0.0, revision(rnd.number, 0, b, frozenset()))
                )
        self.db.executemany(
            "INSERT INTO event_seats (event_id, round, table_no, profile_id, score, revision)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
        self._save_summary(event_id, "rounds", summary)
        return version

    def revisions(self, event_id: str, person: str) -> dict[int, int]:
        """Round -> the version at which ``person``'s seat there last changed."""
        return {
            int(r): int(v)
            for r, v in self.db.execute(
                "SELECT round, revision FROM event_seats WHERE event_id = ? AND profile_id = ?",
                [event_id, person],
            ).fetchall()
        }

    # ----------------------------------------------------------- changes
    def add_change(self, event_id: str, change: PlanChange) -> PlanChange:
        """Store a change of the plan (numbered after the last one); return it numbered. In a
        transaction."""
        self.db.require_transaction()
        row = self.db.execute(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM event_changes WHERE event_id = ?", [event_id]
        ).fetchone()
        number = int(row[0])
        self.db.execute(
            "INSERT INTO event_changes (event_id, number, at, kind, cause, from_round, version,"
            " score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                event_id,
                number,
                change.at.isoformat(timespec="seconds"),
                change.kind,
                change.cause,
                change.from_round,
                change.version,
                change.score,
            ],
        )
        people = [
            (event_id, number, pid, role)
            for role in ("left_out", "arrived", "partners", "others")
            for pid in getattr(change, role)
        ]
        self.db.executemany(
            "INSERT INTO event_change_people (event_id, number, profile_id, role)"
            " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            people,
        )
        return PlanChange(
            number,
            change.at,
            change.kind,
            change.cause,
            change.from_round,
            change.version,
            change.moved,
            change.left_out,
            change.arrived,
            change.partners,
            change.others,
            change.score,
        )

    def changes(self, event_id: str) -> list[PlanChange]:
        """Every stored change of the event's plan, oldest first."""
        people: dict[int, dict[str, list[str]]] = {}
        for number, pid, role in self.db.execute(
            "SELECT number, profile_id, role FROM event_change_people WHERE event_id = ?"
            " ORDER BY profile_id",
            [event_id],
        ).fetchall():
            people.setdefault(int(number), {}).setdefault(role, []).append(pid)
        out = []
        for number, at, kind, cause, from_round, version, score in self.db.execute(
            "SELECT number, at, kind, cause, from_round, version, score FROM event_changes"
            " WHERE event_id = ? ORDER BY number",
            [event_id],
        ).fetchall():
            who = people.get(int(number), {})
            parts = {
                k: tuple(who.get(k, ())) for k in ("left_out", "arrived", "partners", "others")
            }
            out.append(
                PlanChange(
                    number=int(number),
                    at=dt.datetime.fromisoformat(at),
                    kind=kind,
                    cause=cause,
                    from_round=int(from_round),
                    version=int(version),
                    moved=tuple(sorted({p for v in parts.values() for p in v})),
                    score=float(score),
                    **parts,
                )
            )
        return out

    def rounds(self, event_id: str, before: int | None = None) -> list[Round]:
        """The stored rounds (all, or those numbered below ``before``), in order: every round
        of the plan, an empty one included (everyone absent from it)."""
        sql = "SELECT round, table_no, profile_id, score FROM event_seats WHERE event_id = ?"
        params: list[Any] = [event_id]
        if before is not None:
            sql += " AND round < ?"
            params.append(before)
        by_round: dict[int, dict[int, list[tuple[str, float]]]] = {}
        for r, table, pid, score in self.db.execute(
            sql + " ORDER BY round, table_no, profile_id", params
        ).fetchall():
            by_round.setdefault(int(r), {}).setdefault(int(table), []).append((pid, float(score)))
        # a round is its seats: one everyone is absent from has none, yet stays planned (the
        # plan's count), so that whoever comes back is seated in it and numbers run 1, 2, ...
        planned = (self.summary(event_id, "rounds") or {}).get("rounds", 0)
        last = max([*by_round, int(planned) if isinstance(planned, int) else 0])
        if before is not None:
            last = min(last, before - 1)
        out = []
        for number in range(1, last + 1):
            tables = by_round.get(number, {})
            out.append(
                Round(
                    number=number,
                    groups=tuple(
                        Group(t, tuple(p for p, _ in seats), seats[0][1])
                        for t, seats in sorted(tables.items())
                        if t > 0
                    ),
                    byes=tuple(p for p, _ in tables.get(0, [])),
                )
            )
        return out

    def met_elsewhere(
        self, event_id: str, ids: Sequence[str], *, now: dt.datetime
    ) -> set[frozenset[str]]:
        """Pairs of ``ids`` who met at another event, as of ``now``: at a table by the one
        rule of :func:`~matcher.events.model.tables_held` (a round held, both there: not
        marked absent from it, not a round still to come; once its organiser checked anyone
        in, both checked in), in a team by the one rule of :meth:`teams_met` (who left met
        their team, whoever moved met both, a no-show nobody): never the seats or the teams
        as they are stored."""
        if len(ids) < 2:
            return set()
        here = set(ids)
        people = json.dumps(sorted(here))
        inside = f"IN ({self.db.json_values()})"
        seated = self.db.column(
            "SELECT DISTINCT event_id FROM event_seats WHERE event_id != ? AND table_no > 0"
            f" AND profile_id {inside} ORDER BY event_id",
            [event_id, people],
        )
        met: set[frozenset[str]] = set()
        for other in seated:
            event = self.get_event(other)
            if event is None:
                continue
            held = tables_held(event, self.rounds(other), self.attendees(other), now)
            met |= {
                frozenset(pair)
                for _, there in held
                for pair in combinations(sorted(here.intersection(there)), 2)
            }
        # events with teams that any of them attends (or was placed in, before being erased
        # from the attendees): who met whom there is the one rule's answer
        teamed = self.db.column(
            "SELECT DISTINCT p.event_id FROM event_plans p WHERE p.kind = 'teams'"
            " AND p.event_id != ? AND (p.event_id IN (SELECT a.event_id FROM event_attendees a"
            f" WHERE a.profile_id {inside}) OR p.event_id IN (SELECT t.event_id FROM"
            f" event_teams t WHERE t.profile_id {inside})) ORDER BY p.event_id",
            [event_id, people, people],
        )
        for other in teamed:
            met |= {pair for pair in self.teams_met(other).all_pairs() if pair <= here}
        return met

    def save_teams(self, event_id: str, teams: Sequence[Team], summary: dict[str, Any]) -> None:
        """Replace the event's teams. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute("DELETE FROM event_teams WHERE event_id = ?", [event_id])
        self.db.executemany(
            "INSERT INTO event_teams (event_id, team, profile_id, score, strength)"
            " VALUES (?, ?, ?, ?, ?)",
            [(event_id, t.number, m, t.score, t.strength) for t in teams for m in t.members],
        )
        self._save_summary(event_id, "teams", summary)

    def teams(self, event_id: str) -> list[tuple[int, tuple[str, ...], float, float]]:
        """Stored teams as (number, members, score, strength)."""
        by_team: dict[int, list[tuple[str, float, float]]] = {}
        for team, pid, score, strength in self.db.execute(
            "SELECT team, profile_id, score, strength FROM event_teams WHERE event_id = ?"
            " ORDER BY team, profile_id",
            [event_id],
        ).fetchall():
            by_team.setdefault(int(team), []).append((pid, float(score), float(strength)))
        return [
            (t, tuple(p for p, _, _ in rows), rows[0][1], rows[0][2])
            for t, rows in sorted(by_team.items())
        ]

    def teams_met(self, event_id: str) -> TeamsMet:
        """Who met whom in the event's teams, over the day (:func:`~matcher.events.model.teams_met`:
        those who left met their team, no-shows nobody)."""
        summary = self.summary(event_id, "teams") or {}
        changes = [TeamChange.from_json(c) for c in summary.get("changes", ())]
        teams = {number: members for number, members, _, _ in self.teams(event_id)}
        earlier = [
            (
                {int(n): list(m) for n, m in old["teams"].items()},
                [TeamChange.from_json(c) for c in old.get("changes", ())],
            )
            for old in summary.get("earlier", ())
        ]
        return teams_met(teams, changes, self.attendees(event_id), earlier)

    def _save_summary(self, event_id: str, kind: str, summary: dict[str, Any]) -> None:
        self.db.execute(
            "INSERT INTO event_plans (event_id, kind, summary, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (event_id, kind) DO UPDATE SET summary = excluded.summary,"
            " updated_at = excluded.updated_at",
            [event_id, kind, json.dumps(summary, sort_keys=True), utcnow_text()],
        )

    def summary(self, event_id: str, kind: str) -> dict[str, Any] | None:
        """The stored summary of the event's ``rounds`` or ``teams`` plan, or None."""
        r = self.db.execute(
            "SELECT summary FROM event_plans WHERE event_id = ? AND kind = ?", [event_id, kind]
        ).fetchone()
        return dict(json.loads(r[0])) if r else None

    def checked_in_people(self) -> list[str]:
        """Everyone who was checked in at an event at least once (seen in person by an
        organiser): the members known to be real that trust's legitimacy starts from."""
        return self.db.column(
            "SELECT DISTINCT profile_id FROM event_attendees WHERE checked_in_at IS NOT NULL"
            " ORDER BY profile_id"
        )

    # ------------------------------------------------------------- privacy
    def share_event(self, a: str, b: str) -> bool:
        """True if ``a`` may see ``b``'s event-only profile through an event: one organises an
        event the other attends; or both attend one, and ``b`` answered its invitation
        (coming or maybe; a check-in says coming) or the plan seats them together (a table
        of a round, a team). Someone who declined attends nothing; someone invited who
        never answered (a line of the organiser's file) is not shown to whoever joins by
        the invitation link, only to those they are to meet; someone the organiser removed
        neither sees nor is seen by answering, only by a table or team shared."""
        row = self.db.execute(
            "SELECT 1 FROM event_attendees x JOIN event_attendees y ON x.event_id = y.event_id"
            " WHERE x.profile_id = ? AND y.profile_id = ? AND x.rsvp != 'declined'"
            " AND y.rsvp != 'declined' AND ((y.rsvp != 'invited'"
            " AND x.removed_at IS NULL AND y.removed_at IS NULL)"
            " OR EXISTS (SELECT 1 FROM event_seats s JOIN event_seats t"
            " ON t.event_id = s.event_id AND t.round = s.round AND t.table_no = s.table_no"
            " WHERE s.event_id = x.event_id AND s.profile_id = x.profile_id"
            " AND t.profile_id = y.profile_id AND s.table_no > 0)"
            " OR EXISTS (SELECT 1 FROM event_teams s JOIN event_teams t"
            " ON t.event_id = s.event_id AND t.team = s.team"
            " WHERE s.event_id = x.event_id AND s.profile_id = x.profile_id"
            " AND t.profile_id = y.profile_id))"
            " UNION ALL SELECT 1 FROM events e JOIN event_attendees y ON y.event_id = e.id"
            " WHERE ((e.organiser = ? AND y.profile_id = ?) OR (e.organiser = ? AND y.profile_id = ?))"
            " AND y.rsvp != 'declined' LIMIT 1",
            [a, b, a, b, b, a],
        ).fetchone()
        return row is not None

    def export(self, person: str) -> dict[str, Any]:
        """Events ``person`` organises or attends, their seats and teams (ids of tablemates)."""
        db = self.db
        events = [
            {
                "id": r[0],
                "name": r[1],
                "organiser": r[2] == person,
                "status": r[3],
                "since_round": r[4],
                "rsvp": r[5],
                "checked_in_at": r[6],
                "check_in_code": r[7],
                "date": r[8],
                "venue": r[9],
                "removed_at": r[10],
            }
            for r in db.execute(
                "SELECT e.id, e.name, e.organiser, a.status, a.since_round, a.rsvp,"
                " a.checked_in_at, a.code, e.date, e.venue, a.removed_at FROM events e"
                " LEFT JOIN event_attendees a ON a.event_id = e.id AND a.profile_id = ?"
                " WHERE e.organiser = ? OR a.profile_id IS NOT NULL ORDER BY e.id",
                [person, person],
            )
        ]
        # tablemates and teammates: one row per (seat, other person), grouped here
        seat_rows = db.execute(
            "SELECT s.event_id, s.round, s.table_no, o.profile_id FROM event_seats s"
            " LEFT JOIN event_seats o ON o.event_id = s.event_id AND o.round = s.round"
            " AND o.table_no = s.table_no AND s.table_no > 0 AND o.profile_id <> s.profile_id"
            " WHERE s.profile_id = ? ORDER BY s.event_id, s.round, o.profile_id",
            [person],
        ).fetchall()
        seats: list[dict[str, Any]] = []
        for event_id, rnd, table, other in seat_rows:
            if not seats or (seats[-1]["event"], seats[-1]["round"]) != (event_id, rnd):
                seats.append({"event": event_id, "round": rnd, "table": table, "with": []})
            if other is not None:
                seats[-1]["with"].append(other)
        team_rows = db.execute(
            "SELECT t.event_id, t.team, o.profile_id FROM event_teams t"
            " LEFT JOIN event_teams o ON o.event_id = t.event_id AND o.team = t.team"
            " AND o.profile_id <> t.profile_id WHERE t.profile_id = ?"
            " ORDER BY t.event_id, o.profile_id",
            [person],
        ).fetchall()
        teams: list[dict[str, Any]] = []
        for event_id, team, other in team_rows:
            if not teams or teams[-1]["event"] != event_id:
                teams.append({"event": event_id, "team": team, "with": []})
            if other is not None:
                teams[-1]["with"].append(other)
        return {"events": events, "agenda": seats, "teams": teams}

    def erase(self, person: str, pseudonym: str) -> int:
        """Delete ``person``'s attendee rows; in past plans (seats, teams, summaries) and as
        organiser, put ``pseudonym`` in their place, so other people's agendas still hold.
        Must run in the erasure's transaction."""
        self.db.require_transaction()
        db = self.db
        changed = int(
            db.execute("DELETE FROM event_attendees WHERE profile_id = ?", [person]).rowcount
        )
        for table in ("event_seats", "event_teams", "event_change_people"):
            changed += int(
                db.execute(
                    f"UPDATE {table} SET profile_id = ? WHERE profile_id = ?",
                    [pseudonym, person],
                ).rowcount
            )
        changed += int(
            db.execute(
                "UPDATE events SET organiser = ? WHERE organiser = ?", [pseudonym, person]
            ).rowcount
        )
        # summaries name people (teams kept together): rewrite those that mention the id
        for event_id, kind, summary in db.execute(
            "SELECT event_id, kind, summary FROM event_plans WHERE summary LIKE ? ESCAPE '!'",
            ["%" + re.sub(r"([!%_])", r"!\1", json.dumps(person)) + "%"],
        ).fetchall():
            new = _replace_id(json.loads(summary), person, pseudonym)
            db.execute(
                "UPDATE event_plans SET summary = ? WHERE event_id = ? AND kind = ?",
                [json.dumps(new, sort_keys=True), event_id, kind],
            )
            changed += 1
        return changed
