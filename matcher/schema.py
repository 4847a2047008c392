"""The database schema: every domain's migrations, in the order they were introduced.

Each domain owns its tables (its ``store.py`` defines their migrations); this list fixes
their order once, so a database created by any version upgrades step by step. The
position + 1 of a step is its version in ``schema_migrations``: never reorder or remove
a step, only append.
"""

from __future__ import annotations

from pathlib import Path

from matcher.accounts.store import (
    m_account_address_key,
    m_account_confirmation,
    m_accounts,
    m_address_codes,
    m_address_proofs,
    m_address_side_keys,
    m_address_stops,
    m_invitations,
    m_session_proof,
)
from matcher.db import Database, Migration, m_change_log, m_jobs, open_database
from matcher.equity.store import (
    m_day_signatures,
    m_entry_keys_per_author,
    m_equity,
    m_invitation_salary,
    m_ledger_rules,
    m_venture_proposals,
)
from matcher.events.store import (
    m_event_emailed,
    m_event_removed,
    m_event_seats_profile,
    m_events,
    m_events_day,
)
from matcher.inbox.store import m_inbox, m_inbox_seq, m_signing_keys
from matcher.loop.store import (
    m_digests,
    m_marks,
    m_messages,
    m_thread_seats,
    m_venture_story,
)
from matcher.mail.store import (
    m_outbox,
    m_outbox_about,
    m_outbox_cause,
    m_outbox_lang,
    m_outbox_unsubscribe,
)
from matcher.matching.store import m_rerank, m_rerank_digest
from matcher.privacy.store import m_privacy
from matcher.profiles.store import m_erased_ids, m_profile_zones, m_profiles
from matcher.security.idempotency import (
    m_idempotency,
    m_idempotency_ran,
    m_idempotency_subject,
)
from matcher.security.store import m_security, m_tokens
from matcher.trust.store import (
    m_avoids,
    m_feedback,
    m_intro_ended,
    m_intro_told,
    m_intro_withdrawn,
    m_trust,
    m_trust_changes,
)

__all__ = ["MIGRATIONS", "connect"]


def _m1_initial(db: Database) -> None:
    """Profiles, vectors, the change log and counters; tokens; avoid lists."""
    m_profiles(db)
    m_tokens(db)
    m_avoids(db)


#: Ordered schema migrations; the position + 1 is the version.
MIGRATIONS: tuple[Migration, ...] = (
    _m1_initial,
    m_equity,
    m_trust,
    m_feedback,
    m_venture_story,
    m_events,
    m_privacy,
    m_security,  # token expiry, throttle buckets
    m_idempotency,
    m_idempotency_subject,  # whose response it is (erasure purges it)
    m_events_day,  # logistics, RSVP and check-in, seat revisions, plan changes (issue 19)
    m_accounts,  # accounts, browser sessions, one-time links (issue 18)
    m_outbox,  # e-mail outbox (issue 18)
    m_inbox,  # inbox items, e-mail choices (issue 18)
    m_trust_changes,  # the trust change log: live graphs follow it (issue 21)
    m_outbox_about,  # the member an e-mail names, erased with them (issue 18)
    m_marks,  # a member's saved and skipped people (issue 18)
    m_messages,  # conversations after an accepted introduction (issue 18)
    m_ledger_rules,  # venture roles, invitations, numbered entries, freeze, end (issue 17)
    m_rerank,  # trained re-rankers and their switch (issue 20)
    m_outbox_unsubscribe,  # each e-mail's one-click unsubscribe path (issue 18)
    m_signing_keys,  # the community's key for unsubscribe links (issue 18)
    m_digests,  # who each weekly digest of new suggestions named (issue 18)
    m_invitations,  # sign-up invitations and who signed up with each (issue 18)
    m_profile_zones,  # a profile's IANA time zone, guessed from its location (issue 18)
    m_change_log,  # one change log for every kind of write (replaces `changes`)
    m_jobs,  # background jobs taken by one worker at a time
    m_inbox_seq,  # inbox items in the order added, without SQLite's rowid
    m_thread_seats,  # a thread's members in order, without SQLite's rowid
    m_rerank_digest,  # the digest of the labels a re-ranker learned from (issue 22's worker)
    m_event_emailed,  # when each imported attendee's invitation e-mail was queued
    m_account_confirmation,  # when each account's address was confirmed (unconfirmed sign-ups)
    m_address_proofs,  # where each personal link went; the profile addresses proven by one
    m_entry_keys_per_author,  # ledger idempotency keys unique per (venture, author, key)
    m_address_codes,  # confirmation codes bound to an address, whichever sign-up caused them
    m_address_stops,  # addresses whose owner stopped the letters nobody there asked for
    m_session_proof,  # how each browser session began: a change of address trusts a recent link
    m_intro_ended,  # when an introduction request ended for want of a connector
    m_event_seats_profile,  # a person's seats at an event (who shares a table, for visibility)
    m_venture_proposals,  # steps that wait for another member's word: rates, freezes, reasons
    m_event_removed,  # when the organiser removed an attendee from an event
    m_intro_withdrawn,  # when the requester withdrew a pending introduction request
    m_invitation_salary,  # an invitation's opening salary (ledger15)
    m_intro_told,  # who was told of each introduction request (a withdrawal tells them only)
    m_outbox_cause,  # what each e-mail comes from: a withdrawn request cancels its unsent ones
    m_account_address_key,  # accounts by one address rule on both backends (NFC, lower case)
    m_address_side_keys,  # the address codes, stops and proofs by that rule too
    m_outbox_lang,  # each e-mail's language (its HTML part says it)
    m_idempotency_ran,  # a claim whose request committed its work is never run again
    m_erased_ids,  # erased members' ids (a keyed hash), never given to anyone again
    m_day_signatures,  # members' signatures of a day's split; the days every member signed
)


def connect(path: str | Path = ":memory:") -> Database:
    """The database at ``path`` with the schema applied: a ``postgresql://`` URL, a SQLite
    file, or ``":memory:"`` (see :func:`matcher.db.open_database`).

    Examples
    --------
    >>> db = connect()
    >>> db.schema_version() == len(MIGRATIONS)
    True
    """
    return open_database(path, MIGRATIONS)
