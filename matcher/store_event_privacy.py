"""The SQL of events' part in privacy: who shares an event, export and erasure of event rows.

Kept apart from :mod:`matcher.store_events` (the planning feature) so that privacy rules
and planning change independently. No migration of its own: it reads and rewrites the
tables of :func:`matcher.store_events.m_events`.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from matcher.privacy import can_see, needs_shared_event

if TYPE_CHECKING:
    from matcher.models import Profile
    from matcher.store import Store

__all__ = ["EventPrivacyStore"]


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


class EventPrivacyStore:
    """Queries over the event tables for visibility, export and erasure.

    Examples
    --------
    >>> from matcher.store import Store
    >>> from matcher.store_events import Event, EventStore
    >>> store = Store(":memory:")
    >>> events = EventStore(store)
    >>> with store.transaction():
    ...     events.add_event(Event("night", "Night", "org"))
    ...     _ = events.add_attendees("night", ["ana", "bob"])
    >>> rows = EventPrivacyStore(store)
    >>> rows.share_event("ana", "bob"), rows.share_event("org", "ana"), rows.share_event("ana", "x")
    (True, True, False)
    """

    #: columns of the event tables that hold person ids (checked empty after an erasure)
    PERSON_COLUMNS = (
        ("events", "organiser"),
        ("event_attendees", "profile_id"),
        ("event_seats", "profile_id"),
        ("event_teams", "profile_id"),
    )

    def __init__(self, store: Store) -> None:
        self.store = store

    def share_event(self, a: str, b: str) -> bool:
        """True if ``a`` and ``b`` attend one event, or one organises an event the other attends."""
        row = self.store.db.execute(
            "SELECT 1 FROM event_attendees x JOIN event_attendees y ON x.event_id = y.event_id"
            " WHERE x.profile_id = ? AND y.profile_id = ?"
            " UNION ALL SELECT 1 FROM events e JOIN event_attendees y ON y.event_id = e.id"
            " WHERE (e.organiser = ? AND y.profile_id = ?) OR (e.organiser = ? AND y.profile_id = ?)"
            " LIMIT 1",
            [a, b, a, b, b, a],
        ).fetchone()
        return row is not None

    def visible(self, profile: Profile, viewer: str | None, *, admin: bool = False) -> bool:
        """:func:`matcher.privacy.can_see` for a signed-in ``viewer`` (None: an admin token
        or anonymous, as ``admin`` says), looking up a shared event only when it matters."""
        shared = (
            viewer is not None
            and needs_shared_event(profile, viewer, admin=admin)
            and self.share_event(viewer, profile.id)
        )
        return can_see(profile, viewer, admin=admin, signed_in=True, shared_event=shared)

    def export(self, person: str) -> dict[str, Any]:
        """Events ``person`` organises or attends, their seats and teams (ids of tablemates)."""
        db = self.store.db
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
        seats = [
            {
                "event": r[0],
                "round": r[1],
                "table": r[2],
                "with": r[3].split("\x1f") if r[3] else [],
            }
            for r in db.execute(
                "SELECT s.event_id, s.round, s.table_no, (SELECT group_concat(o.profile_id, char(31))"
                " FROM event_seats o WHERE o.event_id = s.event_id AND o.round = s.round"
                " AND o.table_no = s.table_no AND s.table_no > 0 AND o.profile_id != s.profile_id)"
                " FROM event_seats s WHERE s.profile_id = ? ORDER BY s.event_id, s.round",
                [person],
            )
        ]
        teams = [
            {"event": r[0], "team": r[1], "with": r[2].split("\x1f") if r[2] else []}
            for r in db.execute(
                "SELECT t.event_id, t.team, (SELECT group_concat(o.profile_id, char(31))"
                " FROM event_teams o WHERE o.event_id = t.event_id AND o.team = t.team"
                " AND o.profile_id != t.profile_id) FROM event_teams t WHERE t.profile_id = ?"
                " ORDER BY t.event_id",
                [person],
            )
        ]
        return {"events": events, "agenda": seats, "teams": teams}

    def erase(self, person: str, pseudonym: str) -> int:
        """Delete ``person``'s attendee rows; in past plans (seats, teams, summaries) and as
        organiser, put ``pseudonym`` in their place, so other people's agendas still hold.
        Must run in the erasure's transaction."""
        self.store._require_tx()
        db = self.store.db
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
            "SELECT event_id, kind, summary FROM event_plans WHERE instr(summary, ?) > 0",
            [json.dumps(person)],
        ).fetchall():
            new = _replace_id(json.loads(summary), person, pseudonym)
            db.execute(
                "UPDATE event_plans SET summary = ? WHERE event_id = ? AND kind = ?",
                [json.dumps(new, sort_keys=True), event_id, kind],
            )
            changed += 1
        return changed
