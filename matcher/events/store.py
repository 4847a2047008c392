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
from collections.abc import Sequence
from typing import Any

from matcher.db import Database
from matcher.events.model import Attendee, Event
from matcher.events.planner import Group, Round, Team

__all__ = ["EventStore", "m_events"]


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


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


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
    body = (
        "DELETE FROM event_attendees WHERE profile_id = OLD.id;"
        " DELETE FROM event_seats WHERE profile_id = OLD.id;"
        " DELETE FROM event_teams WHERE profile_id = OLD.id;"
        " UPDATE events SET organiser = NULL WHERE organiser = OLD.id;"
    )
    if db.dialect == "postgresql":
        db.execute(
            "CREATE FUNCTION event_rows_of_erased_profile() RETURNS trigger LANGUAGE plpgsql"
            f" AS $$ BEGIN {body} RETURN OLD; END $$"
        )
        db.execute(
            "CREATE TRIGGER event_rows_of_erased_profile AFTER DELETE ON profiles"
            " FOR EACH ROW EXECUTE FUNCTION event_rows_of_erased_profile()"
        )
    else:
        db.execute(
            f"CREATE TRIGGER event_rows_of_erased_profile AFTER DELETE ON profiles BEGIN {body} END"
        )


class EventStore:
    """Queries of the event tables over a :class:`~matcher.db.Database`."""

    #: columns of the event tables that hold person ids (checked empty after an erasure)
    PERSON_COLUMNS = (
        ("events", "organiser"),
        ("event_attendees", "profile_id"),
        ("event_seats", "profile_id"),
        ("event_teams", "profile_id"),
    )

    def __init__(self, db: Database) -> None:
        self.db = db

    # ---------------------------------------------------------- events
    def add_event(self, event: Event) -> None:
        """Insert an event. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO events (id, name, organiser, created_at) VALUES (?, ?, ?, ?)",
            [event.id, event.name, event.organiser, _now()],
        )

    def get_event(self, event_id: str) -> Event | None:
        """The event, or None."""
        r = self.db.execute(
            "SELECT id, name, organiser FROM events WHERE id = ?", [event_id]
        ).fetchone()
        return Event(r[0], r[1], r[2]) if r else None

    def events_of(self, profile_id: str) -> list[Event]:
        """Events organised or attended by ``profile_id``, by id."""
        rows = self.db.execute(
            "SELECT id, name, organiser FROM events WHERE organiser = ? OR id IN"
            " (SELECT event_id FROM event_attendees WHERE profile_id = ?) ORDER BY id",
            [profile_id, profile_id],
        ).fetchall()
        return [Event(r[0], r[1], r[2]) for r in rows]

    # ------------------------------------------------------- attendees
    def add_attendees(self, event_id: str, ids: Sequence[str]) -> list[str]:
        """Add people (already attending ones are left as they are); return those added."""
        self.db.require_transaction()
        added = []
        now = _now()
        for pid in ids:
            cur = self.db.execute(
                "INSERT INTO event_attendees (event_id, profile_id, status, since_round,"
                " added_at) VALUES (?, ?, 'present', 1, ?) ON CONFLICT DO NOTHING",
                [event_id, pid, now],
            )
            if cur.rowcount:
                added.append(pid)
        return added

    def attendees(self, event_id: str) -> list[Attendee]:
        """Every attendee of the event, by id."""
        rows = self.db.execute(
            "SELECT profile_id, status, since_round FROM event_attendees WHERE event_id = ?"
            " ORDER BY profile_id",
            [event_id],
        ).fetchall()
        return [Attendee(r[0], r[1], int(r[2])) for r in rows]

    def set_status(self, event_id: str, profile_id: str, status: str, since_round: int) -> bool:
        """Change an attendee's status; False if they do not attend. Must run in a transaction."""
        self.db.require_transaction()
        cur = self.db.execute(
            "UPDATE event_attendees SET status = ?, since_round = ? WHERE event_id = ?"
            " AND profile_id = ?",
            [status, since_round, event_id, profile_id],
        )
        return bool(cur.rowcount)

    # ----------------------------------------------------------- plans
    def save_rounds(
        self, event_id: str, rounds: Sequence[Round], from_round: int, summary: dict[str, Any]
    ) -> None:
        """Replace rounds ``from_round`` onwards (earlier ones are not touched). In a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "DELETE FROM event_seats WHERE event_id = ? AND round >= ?", [event_id, from_round]
        )
        rows: list[tuple[str, int, int, str, float]] = []
        for rnd in rounds:
            if rnd.number < from_round:
                continue
            for g in rnd.groups:
                rows.extend((event_id, rnd.number, g.table, m, g.score) for m in g.members)
            rows.extend((event_id, rnd.number, 0, b, 0.0) for b in rnd.byes)
        self.db.executemany(
            "INSERT INTO event_seats (event_id, round, table_no, profile_id, score)"
            " VALUES (?, ?, ?, ?, ?)",
            rows,
        )
        self._save_summary(event_id, "rounds", summary)

    def rounds(self, event_id: str, before: int | None = None) -> list[Round]:
        """The stored rounds (all, or those numbered below ``before``), in order."""
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
        out = []
        for number in sorted(by_round):
            tables = by_round[number]
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

    def met_elsewhere(self, event_id: str, ids: Sequence[str]) -> set[frozenset[str]]:
        """Pairs of ``ids`` who shared a table or a team at another event."""
        if len(ids) < 2:
            return set()
        people = json.dumps(sorted(set(ids)))
        inside = f"IN ({self.db.json_values()})"
        rows = self.db.execute(
            "SELECT a.profile_id, b.profile_id FROM event_seats a JOIN event_seats b"
            " ON a.event_id = b.event_id AND a.round = b.round AND a.table_no = b.table_no"
            " AND a.profile_id < b.profile_id"
            f" WHERE a.event_id != ? AND a.table_no > 0 AND a.profile_id {inside}"
            f" AND b.profile_id {inside}"
            " UNION SELECT a.profile_id, b.profile_id FROM event_teams a JOIN event_teams b"
            " ON a.event_id = b.event_id AND a.team = b.team AND a.profile_id < b.profile_id"
            f" WHERE a.event_id != ? AND a.profile_id {inside} AND b.profile_id {inside}",
            [event_id, people, people, event_id, people, people],
        ).fetchall()
        return {frozenset((a, b)) for a, b in rows}

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

    def _save_summary(self, event_id: str, kind: str, summary: dict[str, Any]) -> None:
        self.db.execute(
            "INSERT INTO event_plans (event_id, kind, summary, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (event_id, kind) DO UPDATE SET summary = excluded.summary,"
            " updated_at = excluded.updated_at",
            [event_id, kind, json.dumps(summary, sort_keys=True), _now()],
        )

    def summary(self, event_id: str, kind: str) -> dict[str, Any] | None:
        """The stored summary of the event's ``rounds`` or ``teams`` plan, or None."""
        r = self.db.execute(
            "SELECT summary FROM event_plans WHERE event_id = ? AND kind = ?", [event_id, kind]
        ).fetchone()
        return dict(json.loads(r[0])) if r else None

    # ------------------------------------------------------------- privacy
    def share_event(self, a: str, b: str) -> bool:
        """True if ``a`` and ``b`` attend one event, or one organises an event the other attends."""
        row = self.db.execute(
            "SELECT 1 FROM event_attendees x JOIN event_attendees y ON x.event_id = y.event_id"
            " WHERE x.profile_id = ? AND y.profile_id = ?"
            " UNION ALL SELECT 1 FROM events e JOIN event_attendees y ON y.event_id = e.id"
            " WHERE (e.organiser = ? AND y.profile_id = ?) OR (e.organiser = ? AND y.profile_id = ?)"
            " LIMIT 1",
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
            }
            for r in db.execute(
                "SELECT e.id, e.name, e.organiser, a.status, a.since_round FROM events e"
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
        for table in ("event_seats", "event_teams"):
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
